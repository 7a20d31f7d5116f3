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
#define XSI_NS "http://www.w3.org/2001/XMLSchema-instance"

#define FAILED(rc) _dsr_export_xml_failed ((rc), error)

static gboolean
write_attribute_decl (xmlTextWriter  *writer,
                      const char     *id,
                      const char     *title,
                      GError        **error)
{
  return !FAILED (xmlTextWriterStartElement (writer, BAD_CAST "attribute")) &&
         !FAILED (xmlTextWriterWriteAttribute (writer, BAD_CAST "id", BAD_CAST id)) &&
         !FAILED (xmlTextWriterWriteAttribute (writer, BAD_CAST "title", BAD_CAST title)) &&
         !FAILED (xmlTextWriterWriteAttribute (writer, BAD_CAST "type", BAD_CAST "string")) &&
         !FAILED (xmlTextWriterEndElement (writer));
}

static gboolean
write_declarations (xmlTextWriter  *writer,
                    GError        **error)
{
  if (FAILED (xmlTextWriterStartElement (writer, BAD_CAST "attributes")) ||
      FAILED (xmlTextWriterWriteAttribute (writer, BAD_CAST "class", BAD_CAST "node")) ||
      !write_attribute_decl (writer, "kind", "kind", error) ||
      !write_attribute_decl (writer, "node", "node", error))
    return FALSE;
  for (guint i = 0; dsr_snapshot_card_fields[i] != NULL; i++)
    if (!write_attribute_decl (writer, dsr_snapshot_card_fields[i], dsr_snapshot_card_fields[i], error))
      return FALSE;
  return !FAILED (xmlTextWriterEndElement (writer)) &&
         !FAILED (xmlTextWriterStartElement (writer, BAD_CAST "attributes")) &&
         !FAILED (xmlTextWriterWriteAttribute (writer, BAD_CAST "class", BAD_CAST "edge")) &&
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

  return !FAILED (xmlTextWriterStartElement (writer, BAD_CAST "attvalue")) &&
         !FAILED (xmlTextWriterWriteAttribute (writer, BAD_CAST "for", BAD_CAST id)) &&
         !FAILED (xmlTextWriterWriteAttribute (writer, BAD_CAST "value", BAD_CAST clean)) &&
         !FAILED (xmlTextWriterEndElement (writer));
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

  return !FAILED (xmlTextWriterStartElement (writer, BAD_CAST "color")) &&
         !FAILED (xmlTextWriterWriteAttribute (writer, BAD_CAST "r", BAD_CAST r)) &&
         !FAILED (xmlTextWriterWriteAttribute (writer, BAD_CAST "g", BAD_CAST g)) &&
         !FAILED (xmlTextWriterWriteAttribute (writer, BAD_CAST "b", BAD_CAST b)) &&
         !FAILED (xmlTextWriterEndElement (writer)) &&
         !FAILED (xmlTextWriterStartElement (writer, BAD_CAST "position")) &&
         !FAILED (xmlTextWriterWriteAttribute (writer, BAD_CAST "x", BAD_CAST x)) &&
         !FAILED (xmlTextWriterWriteAttribute (writer, BAD_CAST "y", BAD_CAST y)) &&
         !FAILED (xmlTextWriterWriteAttribute (writer, BAD_CAST "z", BAD_CAST "0.0")) &&
         !FAILED (xmlTextWriterEndElement (writer)) &&
         !FAILED (xmlTextWriterStartElement (writer, BAD_CAST "size")) &&
         !FAILED (xmlTextWriterWriteAttribute (writer, BAD_CAST "value", BAD_CAST size)) &&
         !FAILED (xmlTextWriterEndElement (writer));
}

static gboolean
write_card (xmlTextWriter       *writer,
            const DsrSnapshotCard  *card,
            GError             **error)
{
  g_autofree char *id = dsr_node_to_string (&card->node);
  g_autofree char *label = _dsr_export_clean (dsr_snapshot_card_title (card));

  if (FAILED (xmlTextWriterStartElement (writer, BAD_CAST "node")) ||
      FAILED (xmlTextWriterWriteAttribute (writer, BAD_CAST "id", BAD_CAST id)) ||
      FAILED (xmlTextWriterWriteAttribute (writer, BAD_CAST "label", BAD_CAST label)) ||
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
  g_autofree char *id = g_strdup_printf ("link-%u", index + 1);
  g_autofree char *from = dsr_node_to_string (&edge->from);
  g_autofree char *to = dsr_node_to_string (&edge->to);

  return !FAILED (xmlTextWriterStartElement (writer, BAD_CAST "edge")) &&
         !FAILED (xmlTextWriterWriteAttribute (writer, BAD_CAST "id", BAD_CAST id)) &&
         !FAILED (xmlTextWriterWriteAttribute (writer, BAD_CAST "source", BAD_CAST from)) &&
         !FAILED (xmlTextWriterWriteAttribute (writer, BAD_CAST "target", BAD_CAST to)) &&
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

  xmlTextWriterSetIndent (writer, 1);
  if (FAILED (xmlTextWriterStartDocument (writer, NULL, "UTF-8", NULL)) ||
      FAILED (xmlTextWriterStartElementNS (writer, NULL, BAD_CAST "gexf", BAD_CAST GEXF_NS)) ||
      FAILED (xmlTextWriterWriteAttributeNS (writer, BAD_CAST "xsi", BAD_CAST "schemaLocation",
                                             BAD_CAST XSI_NS,
                                             BAD_CAST GEXF_NS " http://gexf.net/1.3/gexf.xsd")) ||
      FAILED (xmlTextWriterWriteAttribute (writer, BAD_CAST "version", BAD_CAST "1.3")) ||
      FAILED (xmlTextWriterStartElement (writer, BAD_CAST "meta")) ||
      FAILED (xmlTextWriterWriteAttribute (writer, BAD_CAST "lastmodifieddate", BAD_CAST today)) ||
      FAILED (xmlTextWriterWriteElement (writer, BAD_CAST "creator", BAD_CAST "Dossier " PACKAGE_VERSION)) ||
      FAILED (xmlTextWriterWriteElement (writer, BAD_CAST "description", BAD_CAST board)) ||
      FAILED (xmlTextWriterEndElement (writer)) ||
      FAILED (xmlTextWriterStartElement (writer, BAD_CAST "graph")) ||
      FAILED (xmlTextWriterWriteAttribute (writer, BAD_CAST "defaultedgetype", BAD_CAST "directed")) ||
      FAILED (xmlTextWriterWriteAttribute (writer, BAD_CAST "mode", BAD_CAST "static")) ||
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
