/* dsr-export-xml.c: what the XML writers (GraphML, GEXF, HTML) share
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-export"

#include "config.h"

#include <glib/gi18n.h>

#include "dsr-export-private.h"

#define XSI_NS "http://www.w3.org/2001/XMLSchema-instance"

gboolean
_dsr_export_xml_failed (int      rc,
                        GError **error)
{
  if (rc >= 0)
    return FALSE;
  g_set_error (error, DSR_EXPORT_ERROR, DSR_EXPORT_ERROR_FAILED, _("cannot write the XML"));
  return TRUE;
}

GBytes *
_dsr_export_xml_finish (xmlTextWriter  *writer,
                        xmlBuffer      *buffer,
                        GError        **error)
{
  if (_dsr_export_xml_failed (xmlTextWriterEndDocument (writer), error) ||
      _dsr_export_xml_failed (xmlTextWriterFlush (writer), error))
    return NULL;
  return g_bytes_new (xmlBufferContent (buffer), xmlBufferLength (buffer));
}

/**
 * _dsr_export_xml_start:
 * @schema_location: the value of the root's xsi:schemaLocation
 *
 * Starts an indented UTF-8 document whose root element @root, in namespace @ns, is
 * left open.
 */
gboolean
_dsr_export_xml_start (xmlTextWriter  *writer,
                       const char     *root,
                       const char     *ns,
                       const char     *schema_location,
                       GError        **error)
{
  xmlTextWriterSetIndent (writer, 1);
  return !_dsr_export_xml_failed (xmlTextWriterStartDocument (writer, NULL, "UTF-8", NULL), error) &&
         !_dsr_export_xml_failed (xmlTextWriterStartElementNS (writer, NULL, BAD_CAST root,
                                                               BAD_CAST ns), error) &&
         !_dsr_export_xml_failed (xmlTextWriterWriteAttributeNS (writer, BAD_CAST "xsi",
                                                                 BAD_CAST "schemaLocation",
                                                                 BAD_CAST XSI_NS,
                                                                 BAD_CAST schema_location), error);
}

static gboolean
start_element_valist (xmlTextWriter  *writer,
                      GError        **error,
                      const char     *name,
                      va_list         attributes)
{
  const char *attribute;

  if (_dsr_export_xml_failed (xmlTextWriterStartElement (writer, BAD_CAST name), error))
    return FALSE;
  while ((attribute = va_arg (attributes, const char *)) != NULL)
    {
      const char *value = va_arg (attributes, const char *);

      if (_dsr_export_xml_failed (xmlTextWriterWriteAttribute (writer, BAD_CAST attribute,
                                                               BAD_CAST value), error))
        return FALSE;
    }
  return TRUE;
}

/**
 * _dsr_export_xml_start_element:
 * @...: attribute names and values, then %NULL
 *
 * Starts element @name with its attributes, and leaves it open.
 */
gboolean
_dsr_export_xml_start_element (xmlTextWriter  *writer,
                               GError        **error,
                               const char     *name,
                               ...)
{
  va_list attributes;
  gboolean ok;

  va_start (attributes, name);
  ok = start_element_valist (writer, error, name, attributes);
  va_end (attributes);
  return ok;
}

/**
 * _dsr_export_xml_element:
 * @...: attribute names and values, then %NULL
 *
 * Writes element @name with its attributes and no content.
 */
gboolean
_dsr_export_xml_element (xmlTextWriter  *writer,
                         GError        **error,
                         const char     *name,
                         ...)
{
  va_list attributes;
  gboolean ok;

  va_start (attributes, name);
  ok = start_element_valist (writer, error, name, attributes);
  va_end (attributes);
  return ok && !_dsr_export_xml_failed (xmlTextWriterEndElement (writer), error);
}

/* Starts a link's <edge>, named link-N by its place (@index counts from 0) and its
 * ends by their nodes, as GraphML and GEXF both name them. */
gboolean
_dsr_export_xml_start_edge (xmlTextWriter          *writer,
                            const DsrSnapshotLink  *edge,
                            guint                   index,
                            GError                **error)
{
  g_autofree char *id = g_strdup_printf ("link-%u", index + 1);
  g_autofree char *from = dsr_node_to_string (&edge->from);
  g_autofree char *to = dsr_node_to_string (&edge->to);

  return _dsr_export_xml_start_element (writer, error, "edge",
                                        "id", id, "source", from, "target", to, NULL);
}
