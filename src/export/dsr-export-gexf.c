/* dsr-export-gexf.c: GEXF 1.3 (Gephi)
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-export"

#include "config.h"

#include <glib/gi18n.h>

#include "dsr-export-private.h"

#define GEXF_NS "http://gexf.net/1.3"

#define FAILED(rc) _dsr_export_xml_failed ((rc), error)

static gboolean
write_attribute_decl (xmlTextWriter  *writer,
                      const char     *id,
                      const char     *title,
                      GError        **error)
{
  return _dsr_export_xml_element (writer, error, "attribute",
                                  "id", id, "title", title, "type", "string", NULL);
}

static gboolean
write_declarations (xmlTextWriter  *writer,
                    GError        **error)
{
  if (!_dsr_export_xml_start_element (writer, error, "attributes", "class", "node", NULL) ||
      !write_attribute_decl (writer, "kind", "kind", error) ||
      !write_attribute_decl (writer, "node", "node", error))
    return FALSE;
  for (guint i = 0; dsr_snapshot_card_fields[i] != NULL; i++)
    if (!write_attribute_decl (writer, dsr_snapshot_card_fields[i], dsr_snapshot_card_fields[i], error))
      return FALSE;
  return !FAILED (xmlTextWriterEndElement (writer)) &&
         _dsr_export_xml_start_element (writer, error, "attributes", "class", "edge", NULL) &&
         write_attribute_decl (writer, "kind", "kind", error) &&
         write_attribute_decl (writer, "state", "state", error) &&
         write_attribute_decl (writer, "label", "label", error) &&
         !FAILED (xmlTextWriterEndElement (writer));
}

static gboolean
write_value (xmlTextWriter  *writer,
             const char     *id,
             const char     *value,
             GError        **error)
{
  g_autofree char *clean = _dsr_export_clean (value);

  return _dsr_export_xml_element (writer, error, "attvalue", "for", id, "value", clean, NULL);
}

/* The published GEXF 1.3 schema declares color, position and size in the GEXF
 * namespace itself (its viz.xsd has no namespace of its own), so that is where they
 * go; Gephi matches them by local name. */
static gboolean
write_viz (xmlTextWriter       *writer,
           const DsrSnapshotCard  *card,
           GError             **error)
{
  const char *color = _dsr_export_card_color (card);
  guint rgb = (guint)g_ascii_strtoull (color + 1, NULL, 16);
  g_autofree char *r = g_strdup_printf ("%u", (rgb >> 16) & 0xff);
  g_autofree char *g = g_strdup_printf ("%u", (rgb >> 8) & 0xff);
  g_autofree char *b = g_strdup_printf ("%u", rgb & 0xff);
  g_autofree char *x = _dsr_export_format_double (card->x + card->w / 2);
  /* Gephi's y axis points up, the board's down. */
  g_autofree char *y = _dsr_export_format_double (-(card->y + card->h / 2));
  g_autofree char *size = _dsr_export_format_double (MAX (card->w, card->h) / 2);

  return _dsr_export_xml_element (writer, error, "color", "r", r, "g", g, "b", b, NULL) &&
         _dsr_export_xml_element (writer, error, "position", "x", x, "y", y, "z", "0.0", NULL) &&
         _dsr_export_xml_element (writer, error, "size", "value", size, NULL);
}

static gboolean
write_card (xmlTextWriter       *writer,
            const DsrSnapshotCard  *card,
            GError             **error)
{
  g_autofree char *id = dsr_node_to_string (&card->node);
  g_autofree char *label = _dsr_export_clean (dsr_snapshot_card_title (card));

  if (!_dsr_export_xml_start_element (writer, error, "node", "id", id, "label", label, NULL) ||
      FAILED (xmlTextWriterStartElement (writer, BAD_CAST "attvalues")) ||
      !write_value (writer, "kind", dsr_node_kind_to_string (card->node.kind), error) ||
      !write_value (writer, "node", id, error))
    return FALSE;
  for (guint i = 0; dsr_snapshot_card_fields[i] != NULL; i++)
    {
      const char *value = dsr_snapshot_card_get (card, dsr_snapshot_card_fields[i]);

      if (value != NULL && !write_value (writer, dsr_snapshot_card_fields[i], value, error))
        return FALSE;
    }
  return !FAILED (xmlTextWriterEndElement (writer)) &&
         write_viz (writer, card, error) &&
         !FAILED (xmlTextWriterEndElement (writer));
}

static gboolean
write_edge (xmlTextWriter       *writer,
            const DsrSnapshotLink  *edge,
            guint                index,
            GError             **error)
{
  return _dsr_export_xml_start_edge (writer, edge, index, error) &&
         !FAILED (xmlTextWriterWriteAttribute (writer, BAD_CAST "label",
                                               BAD_CAST _dsr_export_link_label (edge->kind))) &&
         !FAILED (xmlTextWriterStartElement (writer, BAD_CAST "attvalues")) &&
         write_value (writer, "kind", dsr_link_kind_to_string (edge->kind), error) &&
         write_value (writer, "state",
                      edge->state == DSR_LINK_STATE_SUGGESTED ? "suggested" : "confirmed", error) &&
         (edge->label == NULL || write_value (writer, "label", edge->label, error)) &&
         !FAILED (xmlTextWriterEndElement (writer)) &&
         !FAILED (xmlTextWriterEndElement (writer));
}

GBytes *
_dsr_export_gexf (const DsrBoardSnapshot  *snapshot,
                  GError                 **error)
{
  g_autoptr(xmlBuffer) buffer = xmlBufferCreate ();
  g_autoptr(xmlTextWriter) writer = xmlNewTextWriterMemory (buffer, 0);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *board = _dsr_export_clean (snapshot->name);

  if (!_dsr_export_xml_start (writer, "gexf", GEXF_NS, GEXF_NS " http://gexf.net/1.3/gexf.xsd", error) ||
      FAILED (xmlTextWriterWriteAttribute (writer, BAD_CAST "version", BAD_CAST "1.3")) ||
      !_dsr_export_xml_start_element (writer, error, "meta", "lastmodifieddate", today, NULL) ||
      FAILED (xmlTextWriterWriteElement (writer, BAD_CAST "creator", BAD_CAST "Dossier " PACKAGE_VERSION)) ||
      FAILED (xmlTextWriterWriteElement (writer, BAD_CAST "description", BAD_CAST board)) ||
      FAILED (xmlTextWriterEndElement (writer)) ||
      !_dsr_export_xml_start_element (writer, error, "graph",
                                      "defaultedgetype", "directed", "mode", "static", NULL) ||
      !write_declarations (writer, error) ||
      FAILED (xmlTextWriterStartElement (writer, BAD_CAST "nodes")))
    return NULL;

  for (guint i = 0; i < snapshot->cards->len; i++)
    if (!write_card (writer, g_ptr_array_index (snapshot->cards, i), error))
      return NULL;
  if (FAILED (xmlTextWriterEndElement (writer)) ||
      FAILED (xmlTextWriterStartElement (writer, BAD_CAST "edges")))
    return NULL;
  for (guint i = 0; i < snapshot->edges->len; i++)
    if (!write_edge (writer, g_ptr_array_index (snapshot->edges, i), i, error))
      return NULL;

  return _dsr_export_xml_finish (writer, buffer, error);
}
