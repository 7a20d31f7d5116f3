/* dsr-export-graphml.c: GraphML 1.0 (yEd, Gephi, networkx), written and read back
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-export"

#include "config.h"

#include <glib/gi18n.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "dsr-export-private.h"

#define GRAPHML_NS "http://graphml.graphdrawing.org/xmlns"

/* Attributes of the graph, of each node and of each edge, declared as GraphML keys.
 * Readers find them by name; their ids only tie the data to the declarations. */
static const struct { const char *id, *domain, *name, *type; } fixed_keys[] = {
  { "board", "graph", "board", "string" },
  { "node", "node", "node", "string" },
  { "kind", "node", "kind", "string" },
  { "label", "node", "label", "string" },
  { "x", "node", "x", "double" },
  { "y", "node", "y", "double" },
  { "w", "node", "width", "double" },
  { "h", "node", "height", "double" },
  { "color", "node", "color", "string" },
  { "link_kind", "edge", "kind", "string" },
  { "link_state", "edge", "state", "string" },
  { "link_label", "edge", "label", "string" },
};

#define FAILED(rc) _dsr_export_xml_failed ((rc), error)

static gboolean
write_data (xmlTextWriter  *writer,
            const char     *key,
            const char     *value,
            GError        **error)
{
  g_autofree char *clean = _dsr_export_clean (value);

  return _dsr_export_xml_start_element (writer, error, "data", "key", key, NULL) &&
         !FAILED (xmlTextWriterWriteString (writer, BAD_CAST clean)) &&
         !FAILED (xmlTextWriterEndElement (writer));
}

static gboolean
write_number (xmlTextWriter  *writer,
              const char     *key,
              double          value,
              GError        **error)
{
  g_autofree char *text = _dsr_export_format_double (value);

  return write_data (writer, key, text, error);
}

static gboolean
write_key (xmlTextWriter  *writer,
           const char     *id,
           const char     *domain,
           const char     *name,
           const char     *type,
           GError        **error)
{
  return _dsr_export_xml_element (writer, error, "key", "id", id, "for", domain,
                                  "attr.name", name, "attr.type", type, NULL);
}

static gboolean
write_keys (xmlTextWriter  *writer,
            GError        **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (fixed_keys); i++)
    if (!write_key (writer, fixed_keys[i].id, fixed_keys[i].domain, fixed_keys[i].name,
                    fixed_keys[i].type, error))
      return FALSE;

  for (guint i = 0; dsr_snapshot_card_fields[i] != NULL; i++)
    {
      g_autofree char *id = g_strconcat ("f_", dsr_snapshot_card_fields[i], NULL);

      if (!write_key (writer, id, "node", dsr_snapshot_card_fields[i], "string", error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_card (xmlTextWriter       *writer,
            const DsrSnapshotCard  *card,
            GError             **error)
{
  g_autofree char *id = dsr_node_to_string (&card->node);

  if (!_dsr_export_xml_start_element (writer, error, "node", "id", id, NULL) ||
      !write_data (writer, "node", id, error) ||
      !write_data (writer, "kind", dsr_node_kind_to_string (card->node.kind), error) ||
      !write_data (writer, "label", dsr_snapshot_card_title (card), error) ||
      !write_number (writer, "x", card->x, error) ||
      !write_number (writer, "y", card->y, error) ||
      !write_number (writer, "w", card->w, error) ||
      !write_number (writer, "h", card->h, error) ||
      !write_data (writer, "color", _dsr_export_card_color (card), error))
    return FALSE;

  for (guint i = 0; dsr_snapshot_card_fields[i] != NULL; i++)
    {
      const char *value = dsr_snapshot_card_get (card, dsr_snapshot_card_fields[i]);
      g_autofree char *key = g_strconcat ("f_", dsr_snapshot_card_fields[i], NULL);

      if (value != NULL && !write_data (writer, key, value, error))
        return FALSE;
    }
  return !FAILED (xmlTextWriterEndElement (writer));
}

static gboolean
write_edge (xmlTextWriter       *writer,
            const DsrSnapshotLink  *edge,
            guint                index,
            GError             **error)
{
  return _dsr_export_xml_start_edge (writer, edge, index, error) &&
         write_data (writer, "link_kind", dsr_link_kind_to_string (edge->kind), error) &&
         write_data (writer, "link_state",
                     edge->state == DSR_LINK_STATE_SUGGESTED ? "suggested" : "confirmed", error) &&
         (edge->label == NULL || write_data (writer, "link_label", edge->label, error)) &&
         !FAILED (xmlTextWriterEndElement (writer));
}

GBytes *
_dsr_export_graphml (const DsrBoardSnapshot  *snapshot,
                     GError                 **error)
{
  g_autoptr(xmlBuffer) buffer = xmlBufferCreate ();
  g_autoptr(xmlTextWriter) writer = xmlNewTextWriterMemory (buffer, 0);

  if (!_dsr_export_xml_start (writer, "graphml", GRAPHML_NS,
                              GRAPHML_NS " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
                              error) ||
      !write_keys (writer, error) ||
      !_dsr_export_xml_start_element (writer, error, "graph",
                                      "id", "board", "edgedefault", "directed", NULL) ||
      !write_data (writer, "board", snapshot->name, error))
    return NULL;

  for (guint i = 0; i < snapshot->cards->len; i++)
    if (!write_card (writer, g_ptr_array_index (snapshot->cards, i), error))
      return NULL;
  for (guint i = 0; i < snapshot->edges->len; i++)
    if (!write_edge (writer, g_ptr_array_index (snapshot->edges, i), i, error))
      return NULL;

  return _dsr_export_xml_finish (writer, buffer, error);
}

/* Reading back */

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)

static gboolean
is_graphml (xmlNode    *node,
            const char *name)
{
  return node->type == XML_ELEMENT_NODE && xmlStrEqual (node->name, BAD_CAST name) &&
         node->ns != NULL && xmlStrEqual (node->ns->href, BAD_CAST GRAPHML_NS);
}

static char *
get_attribute (xmlNode    *node,
               const char *name)
{
  xmlChar *value = xmlGetProp (node, BAD_CAST name);
  char *copy = g_strdup ((const char *)value);

  xmlFree (value);
  return copy;
}

static char *
get_text (xmlNode *node)
{
  xmlChar *value = xmlNodeGetContent (node);
  char *copy = g_strdup (value != NULL ? (const char *)value : "");

  xmlFree (value);
  return copy;
}

/* The values of an element's <data> children, by their key's attr.name. */
static GHashTable *
read_data (xmlNode    *element,
           GHashTable *keys)
{
  GHashTable *values = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  for (xmlNode *child = element->children; child != NULL; child = child->next)
    {
      g_autofree char *key = NULL;
      const char *name;

      if (!is_graphml (child, "data"))
        continue;
      key = get_attribute (child, "key");
      if (key != NULL && (name = g_hash_table_lookup (keys, key)) != NULL)
        g_hash_table_insert (values, (gpointer)name, get_text (child));
    }
  return values;
}

static gboolean
invalid (GError     **error,
         const char  *message)
{
  g_set_error_literal (error, DSR_EXPORT_ERROR, DSR_EXPORT_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
read_number (GHashTable *values,
             const char *name,
             double     *number)
{
  const char *text = g_hash_table_lookup (values, name);
  char *end = NULL;

  if (text == NULL)
    return FALSE;
  *number = g_ascii_strtod (text, &end);
  return end != text && *end == '\0';
}

static gboolean
read_node (DsrBoardSnapshot  *snapshot,
           xmlNode           *element,
           GHashTable        *keys,
           GHashTable        *ids,
           GError           **error)
{
  g_autoptr(GHashTable) values = read_data (element, keys);
  g_autofree char *id = get_attribute (element, "id");
  const char *color;
  DsrSnapshotCard *card;
  DsrNode node;

  if (id == NULL)
    return invalid (error, _("a node has no id"));
  if (!dsr_node_parse (g_hash_table_lookup (values, "node"), &node))
    {
      g_set_error (error, DSR_EXPORT_ERROR, DSR_EXPORT_ERROR_INVALID,
                   _("node “%s” was not made by Dossier"), id);
      return FALSE;
    }
  if (dsr_board_snapshot_find_card (snapshot, &node) != NULL)
    {
      g_set_error (error, DSR_EXPORT_ERROR, DSR_EXPORT_ERROR_INVALID,
                   _("node “%s” is on the board twice"), id);
      return FALSE;
    }

  card = dsr_board_snapshot_add_card (snapshot, &node);
  if (!read_number (values, "x", &card->x) || !read_number (values, "y", &card->y) ||
      !read_number (values, "width", &card->w) || !read_number (values, "height", &card->h))
    {
      g_set_error (error, DSR_EXPORT_ERROR, DSR_EXPORT_ERROR_INVALID,
                   _("node “%s” lacks its position or size"), id);
      return FALSE;
    }
  /* A card without a colour of its own is written with its kind's colour. */
  if ((color = g_hash_table_lookup (values, "color")) != NULL &&
      g_ascii_strcasecmp (color, _dsr_export_kind_color (node.kind)) != 0)
    card->color = g_strdup (color);

  for (guint i = 0; dsr_snapshot_card_fields[i] != NULL; i++)
    {
      g_autofree char *key = g_strconcat ("f_", dsr_snapshot_card_fields[i], NULL);
      const char *value = g_hash_table_lookup (values, key);

      if (value != NULL)
        dsr_snapshot_card_set (card, dsr_snapshot_card_fields[i], value);
    }
  g_hash_table_insert (ids, g_steal_pointer (&id), card);
  return TRUE;
}

static gboolean
read_edge (DsrBoardSnapshot  *snapshot,
           xmlNode           *element,
           GHashTable        *keys,
           GHashTable        *ids,
           GError           **error)
{
  g_autoptr(GHashTable) values = read_data (element, keys);
  g_autofree char *source = get_attribute (element, "source");
  g_autofree char *target = get_attribute (element, "target");
  DsrSnapshotCard *from, *to;
  DsrSnapshotLink *edge;
  DsrLinkKind kind;

  if (!dsr_link_kind_from_string (g_hash_table_lookup (values, "edge kind"), &kind))
    return invalid (error, _("an edge was not made by Dossier (it has no link kind)"));
  if (source == NULL || target == NULL ||
      !(from = g_hash_table_lookup (ids, source)) || !(to = g_hash_table_lookup (ids, target)))
    return invalid (error, _("an edge joins a node that is not in the graph"));

  edge = dsr_board_snapshot_add_link (snapshot, kind, &from->node, &to->node);
  if (g_strcmp0 (g_hash_table_lookup (values, "edge state"), "suggested") == 0)
    edge->state = DSR_LINK_STATE_SUGGESTED;
  edge->label = g_strdup (g_hash_table_lookup (values, "edge label"));
  return TRUE;
}

/* Key ids to the names this reader looks for: node keys by attr.name ("f_" and the
 * name for card fields), edge keys as "edge NAME", graph keys as "graph NAME". */
static GHashTable *
read_keys (xmlNode *root)
{
  GHashTable *keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (xmlNode *child = root->children; child != NULL; child = child->next)
    {
      g_autofree char *id = NULL;
      g_autofree char *domain = NULL;
      g_autofree char *name = NULL;

      if (!is_graphml (child, "key"))
        continue;
      id = get_attribute (child, "id");
      domain = get_attribute (child, "for");
      name = get_attribute (child, "attr.name");
      if (id == NULL || name == NULL)
        continue;
      if (g_strcmp0 (domain, "node") == 0)
        g_hash_table_insert (keys, g_steal_pointer (&id),
                             dsr_snapshot_card_field_known (name) ? g_strconcat ("f_", name, NULL)
                                                               : g_strdup (name));
      else if (g_strcmp0 (domain, "edge") == 0 || g_strcmp0 (domain, "graph") == 0)
        g_hash_table_insert (keys, g_steal_pointer (&id), g_strdup_printf ("%s %s", domain, name));
    }
  return keys;
}

DsrBoardSnapshot *
_dsr_export_read_graphml (const char  *contents,
                          gsize        length,
                          GError     **error)
{
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(GHashTable) keys = NULL;
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) graph_values = NULL;
  g_autoptr(DsrBoardSnapshot) snapshot = NULL;
  const char *board;
  xmlNode *root, *graph = NULL;

  if (length > G_MAXINT)
    {
      invalid (error, _("the file is too large"));
      return NULL;
    }

  /* No network, no DTD loaded, no entity expanded. */
  doc = xmlReadMemory (contents, (int)length, NULL, NULL,
                       XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (doc == NULL)
    {
      const xmlError *xml_error = xmlGetLastError ();
      g_autofree char *reason = g_strdup (xml_error && xml_error->message ? xml_error->message : "");

      g_set_error (error, DSR_EXPORT_ERROR, DSR_EXPORT_ERROR_INVALID,
                   _("not well-formed XML (line %d: %s)"), xml_error ? xml_error->line : 0,
                   g_strstrip (reason));
      return NULL;
    }
  if (doc->intSubset != NULL || doc->extSubset != NULL)
    {
      invalid (error, _("the file declares a DTD, which a Dossier board never does"));
      return NULL;
    }
  root = xmlDocGetRootElement (doc);
  if (root == NULL || !is_graphml (root, "graphml"))
    {
      invalid (error, _("not a GraphML file"));
      return NULL;
    }

  keys = read_keys (root);
  for (xmlNode *child = root->children; child != NULL && graph == NULL; child = child->next)
    if (is_graphml (child, "graph"))
      graph = child;
  if (graph == NULL)
    {
      invalid (error, _("the GraphML file holds no graph"));
      return NULL;
    }
  graph_values = read_data (graph, keys);
  if (!(board = g_hash_table_lookup (graph_values, "graph board")))
    {
      invalid (error, _("not a board exported by Dossier (the graph has no board name)"));
      return NULL;
    }

  snapshot = dsr_board_snapshot_new (board);
  for (xmlNode *child = graph->children; child != NULL; child = child->next)
    if (is_graphml (child, "node") && !read_node (snapshot, child, keys, ids, error))
      return NULL;
  for (xmlNode *child = graph->children; child != NULL; child = child->next)
    if (is_graphml (child, "edge") && !read_edge (snapshot, child, keys, ids, error))
      return NULL;
  return g_steal_pointer (&snapshot);
}
