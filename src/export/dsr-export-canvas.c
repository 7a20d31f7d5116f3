/* dsr-export-canvas.c: JSON Canvas 1.0 (jsoncanvas.org), written and read back
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-export"

#include "config.h"

#include <glib/gi18n.h>

#include <json-glib/json-glib.h>
#include <math.h>

#include "dsr-export-private.h"

/* Dossier's own facts ride in a "dossier" member on the canvas, on each node and on
 * each edge; JSON Canvas readers ignore members they do not know. */
#define DOSSIER_MEMBER "dossier"
#define CANVAS_VERSION 1

static char *
card_markdown (const DsrSnapshotCard *card)
{
  GString *out = g_string_new (NULL);
  const char *value;

  switch (card->node.kind)
    {
    case DSR_NODE_CLAIM:
      g_string_append (out, "> ");
      _dsr_export_append_markdown (out, dsr_snapshot_card_get (card, "quote"));
      g_string_replace (out, "\n", "\n> ", 0);
      if ((value = dsr_snapshot_card_get (card, "speaker")) != NULL)
        {
          g_string_append (out, "\n\n— ");
          _dsr_export_append_markdown (out, value);
        }
      if ((value = dsr_snapshot_card_get (card, "doc_title")) != NULL)
        {
          g_string_append (out, "\n\n*");
          _dsr_export_append_markdown (out, value);
          g_string_append (out, "*");
        }
      break;
    case DSR_NODE_NOTE:
      _dsr_export_append_markdown (out, dsr_snapshot_card_get (card, "text"));
      break;
    case DSR_NODE_ENTITY:
    case DSR_NODE_SOURCE:
    case DSR_NODE_DOCUMENT:
    default:
      g_string_append (out, "**");
      _dsr_export_append_markdown (out, dsr_snapshot_card_title (card));
      g_string_append (out, "**");
      value = dsr_snapshot_card_get (card, card->node.kind == DSR_NODE_ENTITY ? "entity_kind"
                                        : card->node.kind == DSR_NODE_SOURCE ? "source_kind"
                                        : "doc_byline");
      if (value != NULL)
        {
          g_string_append (out, "\n\n");
          _dsr_export_append_markdown (out, value);
        }
      if (card->node.kind == DSR_NODE_SOURCE &&
          (value = dsr_snapshot_card_get (card, "reliability")) != NULL)
        {
          g_string_append (out, "\n\n");
          g_string_append_printf (out, _("Reliability %s"), value);
        }
      break;
    }
  return g_string_free (out, FALSE);
}

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  g_autofree char *clean = _dsr_export_clean (value);

  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, clean);
}

static void
add_int (JsonBuilder *builder,
         const char  *name,
         double       value)
{
  json_builder_set_member_name (builder, name);
  /* A coordinate read from a hostile file may be far beyond any integer. */
  json_builder_add_int_value (builder, (gint64)CLAMP (round (value), -1e15, 1e15));
}

static void
add_card (JsonBuilder        *builder,
          const DsrSnapshotCard *card)
{
  g_autofree char *id = dsr_node_to_string (&card->node);
  const char *url = dsr_snapshot_card_get (card, card->node.kind == DSR_NODE_DOCUMENT ? "doc_url" : "url");

  json_builder_begin_object (builder);
  add_string (builder, "id", id);

  /* Sources and documents with a web address are link cards; everything else is text. */
  if ((card->node.kind == DSR_NODE_SOURCE || card->node.kind == DSR_NODE_DOCUMENT) &&
      _dsr_export_is_web_url (url))
    {
      add_string (builder, "type", "link");
      add_string (builder, "url", url);
    }
  else
    {
      g_autofree char *text = card_markdown (card);

      add_string (builder, "type", "text");
      add_string (builder, "text", text);
    }
  add_int (builder, "x", card->x);
  add_int (builder, "y", card->y);
  add_int (builder, "width", card->w);
  add_int (builder, "height", card->h);
  if (_dsr_export_is_color (card->color))
    add_string (builder, "color", card->color);

  json_builder_set_member_name (builder, DOSSIER_MEMBER);
  json_builder_begin_object (builder);
  add_string (builder, "node", id);
  json_builder_set_member_name (builder, "x");
  json_builder_add_double_value (builder, card->x);
  json_builder_set_member_name (builder, "y");
  json_builder_add_double_value (builder, card->y);
  json_builder_set_member_name (builder, "w");
  json_builder_add_double_value (builder, card->w);
  json_builder_set_member_name (builder, "h");
  json_builder_add_double_value (builder, card->h);
  for (guint i = 0; dsr_snapshot_card_fields[i] != NULL; i++)
    {
      const char *value = dsr_snapshot_card_get (card, dsr_snapshot_card_fields[i]);

      if (value != NULL)
        add_string (builder, dsr_snapshot_card_fields[i], value);
    }
  json_builder_end_object (builder);
  json_builder_end_object (builder);
}

static void
add_edge (JsonBuilder        *builder,
          const DsrSnapshotLink *edge,
          guint               index)
{
  g_autofree char *id = g_strdup_printf ("link-%u", index + 1);
  g_autofree char *from = dsr_node_to_string (&edge->from);
  g_autofree char *to = dsr_node_to_string (&edge->to);
  g_autofree char *label = NULL;

  label = edge->label != NULL && *edge->label != '\0'
          ? g_strdup_printf ("%s: %s", _dsr_export_link_label (edge->kind), edge->label)
          : g_strdup (_dsr_export_link_label (edge->kind));

  json_builder_begin_object (builder);
  add_string (builder, "id", id);
  add_string (builder, "fromNode", from);
  add_string (builder, "toNode", to);
  add_string (builder, "toEnd", "arrow");
  add_string (builder, "label", label);
  /* JSON Canvas preset colours: 1 is red, 4 green */
  if (edge->kind == DSR_LINK_CONTRADICTS)
    add_string (builder, "color", "1");
  else if (edge->kind == DSR_LINK_SUPPORTS)
    add_string (builder, "color", "4");

  json_builder_set_member_name (builder, DOSSIER_MEMBER);
  json_builder_begin_object (builder);
  add_string (builder, "kind", dsr_link_kind_to_string (edge->kind));
  add_string (builder, "state", edge->state == DSR_LINK_STATE_SUGGESTED ? "suggested" : "confirmed");
  if (edge->label != NULL)
    add_string (builder, "label", edge->label);
  json_builder_end_object (builder);
  json_builder_end_object (builder);
}

GBytes *
_dsr_export_canvas (const DsrBoardSnapshot  *snapshot,
                    GError                 **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  char *data;
  gsize length;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "nodes");
  json_builder_begin_array (builder);
  for (guint i = 0; i < snapshot->cards->len; i++)
    add_card (builder, g_ptr_array_index (snapshot->cards, i));
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "edges");
  json_builder_begin_array (builder);
  for (guint i = 0; i < snapshot->edges->len; i++)
    add_edge (builder, g_ptr_array_index (snapshot->edges, i), i);
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, DOSSIER_MEMBER);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, CANVAS_VERSION);
  add_string (builder, "board", snapshot->name);
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  data = json_generator_to_data (generator, &length);
  return g_bytes_new_take (data, length);
}

/* Reading back */

static gboolean
invalid (GError    **error,
         const char *format,
         ...) G_GNUC_PRINTF (2, 3);

static gboolean
invalid (GError    **error,
         const char *format,
         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, DSR_EXPORT_ERROR, DSR_EXPORT_ERROR_INVALID, message);
  return FALSE;
}

static JsonObject *
get_object (JsonObject *object,
            const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static const char *
get_string (JsonObject *object,
            const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static gboolean
get_number (JsonObject *object,
            const char *member,
            double     *value)
{
  JsonNode *node = json_object_get_member (object, member);
  GType type;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  type = json_node_get_value_type (node);
  if (type == G_TYPE_INT64)
    *value = json_node_get_int (node);
  else if (type == G_TYPE_DOUBLE)
    *value = json_node_get_double (node);
  else
    return FALSE;
  return TRUE;
}

static gboolean
read_card (DsrBoardSnapshot  *snapshot,
           JsonObject        *object,
           guint              index,
           GHashTable        *ids,
           GError           **error)
{
  JsonObject *dossier = get_object (object, DOSSIER_MEMBER);
  const char *id = get_string (object, "id");
  const char *node_name;
  const char *color;
  DsrSnapshotCard *card;
  DsrNode node;

  if (id == NULL)
    return invalid (error, _("node %u has no id"), index + 1);
  if (dossier == NULL || !(node_name = get_string (dossier, "node")) ||
      !dsr_node_parse (node_name, &node))
    return invalid (error, _("node “%s” was not made by Dossier"), id);
  if (dsr_board_snapshot_find_card (snapshot, &node) != NULL)
    return invalid (error, _("node “%s” is on the board twice"), id);

  card = dsr_board_snapshot_add_card (snapshot, &node);
  /* Dossier's exact geometry first; the canvas's rounded one otherwise. */
  if ((!get_number (dossier, "x", &card->x) && !get_number (object, "x", &card->x)) ||
      (!get_number (dossier, "y", &card->y) && !get_number (object, "y", &card->y)) ||
      (!get_number (dossier, "w", &card->w) && !get_number (object, "width", &card->w)) ||
      (!get_number (dossier, "h", &card->h) && !get_number (object, "height", &card->h)))
    return invalid (error, _("node “%s” lacks its position or size"), id);
  if (_dsr_export_is_color (color = get_string (object, "color")))
    card->color = g_strdup (color);

  for (guint i = 0; dsr_snapshot_card_fields[i] != NULL; i++)
    {
      const char *value = get_string (dossier, dsr_snapshot_card_fields[i]);

      if (value != NULL)
        dsr_snapshot_card_set (card, dsr_snapshot_card_fields[i], value);
    }
  g_hash_table_insert (ids, g_strdup (id), card);
  return TRUE;
}

static gboolean
read_edge (DsrBoardSnapshot  *snapshot,
           JsonObject        *object,
           guint              index,
           GHashTable        *ids,
           GError           **error)
{
  JsonObject *dossier = get_object (object, DOSSIER_MEMBER);
  const char *from = get_string (object, "fromNode");
  const char *to = get_string (object, "toNode");
  DsrSnapshotCard *from_card, *to_card;
  DsrSnapshotLink *edge;
  DsrLinkKind kind;

  if (dossier == NULL || !dsr_link_kind_from_string (get_string (dossier, "kind"), &kind))
    return invalid (error, _("edge %u was not made by Dossier"), index + 1);
  if (from == NULL || to == NULL ||
      !(from_card = g_hash_table_lookup (ids, from)) || !(to_card = g_hash_table_lookup (ids, to)))
    return invalid (error, _("edge %u joins a node that is not on the canvas"), index + 1);

  edge = dsr_board_snapshot_add_link (snapshot, kind, &from_card->node, &to_card->node);
  if (g_strcmp0 (get_string (dossier, "state"), "suggested") == 0)
    edge->state = DSR_LINK_STATE_SUGGESTED;
  edge->label = g_strdup (get_string (dossier, "label"));
  return TRUE;
}

static JsonArray *
get_array (JsonObject *object,
           const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

DsrBoardSnapshot *
_dsr_export_read_canvas (const char  *contents,
                         gsize        length,
                         GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(DsrBoardSnapshot) snapshot = NULL;
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) parse_error = NULL;
  JsonNode *root;
  JsonObject *canvas, *dossier;
  JsonArray *nodes, *edges;
  const char *board;

  if (!json_parser_load_from_data (parser, contents, length, &parse_error))
    {
      invalid (error, _("not valid JSON: %s"), parse_error->message);
      return NULL;
    }
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      invalid (error, _("not a JSON Canvas: the top level is not an object"));
      return NULL;
    }
  canvas = json_node_get_object (root);
  dossier = get_object (canvas, DOSSIER_MEMBER);
  if (dossier == NULL || !(board = get_string (dossier, "board")))
    {
      invalid (error, _("not a board exported by Dossier (no “dossier” member with the board's name)"));
      return NULL;
    }
  nodes = get_array (canvas, "nodes");
  edges = get_array (canvas, "edges");
  if ((json_object_has_member (canvas, "nodes") && nodes == NULL) ||
      (json_object_has_member (canvas, "edges") && edges == NULL))
    {
      invalid (error, _("not a JSON Canvas: nodes and edges must be arrays"));
      return NULL;
    }

  snapshot = dsr_board_snapshot_new (board);
  for (guint i = 0; nodes != NULL && i < json_array_get_length (nodes); i++)
    {
      JsonNode *node = json_array_get_element (nodes, i);

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          invalid (error, _("node %u is not an object"), i + 1);
          return NULL;
        }
      if (!read_card (snapshot, json_node_get_object (node), i, ids, error))
        return NULL;
    }
  for (guint i = 0; edges != NULL && i < json_array_get_length (edges); i++)
    {
      JsonNode *node = json_array_get_element (edges, i);

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          invalid (error, _("edge %u is not an object"), i + 1);
          return NULL;
        }
      if (!read_edge (snapshot, json_node_get_object (node), i, ids, error))
        return NULL;
    }
  return g_steal_pointer (&snapshot);
}
