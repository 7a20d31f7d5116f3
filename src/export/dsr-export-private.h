/* dsr-export-private.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libxml/xmlwriter.h>

#include "dsr-export.h"

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlTextWriter, xmlFreeTextWriter)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlBuffer, xmlBufferFree)

/* Text (dsr-export-text.c) */
char       *_dsr_export_clean          (const char              *text);
void        _dsr_export_append_markdown (GString                *out,
                                        const char              *text);
const char *_dsr_export_link_label     (DsrLinkKind              kind);
const char *_dsr_export_kind_color     (DsrNodeKind              kind);
gboolean    _dsr_export_is_color      (const char              *color);
const char *_dsr_export_card_color     (const DsrSnapshotCard      *card);
gboolean    _dsr_export_is_web_url     (const char              *url);
char       *_dsr_export_format_double  (double                   value);
gboolean    _dsr_export_read_limited   (const char              *path,
                                        char                   **contents,
                                        gsize                   *length,
                                        GError                 **error);

/* XML (dsr-export-xml.c) */
gboolean    _dsr_export_xml_failed        (int                      rc,
                                           GError                 **error);
GBytes     *_dsr_export_xml_finish        (xmlTextWriter           *writer,
                                           xmlBuffer               *buffer,
                                           GError                 **error);
gboolean    _dsr_export_xml_start         (xmlTextWriter           *writer,
                                           const char              *root,
                                           const char              *ns,
                                           const char              *schema_location,
                                           GError                 **error);
gboolean    _dsr_export_xml_start_element (xmlTextWriter           *writer,
                                           GError                 **error,
                                           const char              *name,
                                           ...) G_GNUC_NULL_TERMINATED;
gboolean    _dsr_export_xml_element       (xmlTextWriter           *writer,
                                           GError                 **error,
                                           const char              *name,
                                           ...) G_GNUC_NULL_TERMINATED;
gboolean    _dsr_export_xml_start_edge    (xmlTextWriter           *writer,
                                           const DsrSnapshotLink   *edge,
                                           guint                    index,
                                           GError                 **error);

/* Writers, one file per format */
GBytes *_dsr_export_canvas   (const DsrBoardSnapshot *snapshot, GError **error);
GBytes *_dsr_export_graphml  (const DsrBoardSnapshot *snapshot, GError **error);
GBytes *_dsr_export_gexf     (const DsrBoardSnapshot *snapshot, GError **error);
GBytes *_dsr_export_csv      (const DsrBoardSnapshot *snapshot, GError **error);
GBytes *_dsr_export_markdown (const DsrBoardSnapshot *snapshot, GError **error);
GBytes *_dsr_export_html     (const DsrBoardSnapshot *snapshot, GBytes *svg, GError **error);
GBytes *_dsr_export_image    (DsrStore               *store,
                              gint64                  board_id,
                              const char             *title,
                              DsrExportFormat         format,
                              double                  scale,
                              GError                **error);

/* Readers of boards made by Dossier */
DsrBoardSnapshot *_dsr_export_read_canvas  (const char *contents, gsize length, GError **error);
DsrBoardSnapshot *_dsr_export_read_graphml (const char *contents, gsize length, GError **error);

G_END_DECLS
