/* dsr-document-view.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "dsr-core-types.h"

G_BEGIN_DECLS

#define DSR_TYPE_DOCUMENT_VIEW (dsr_document_view_get_type ())

G_DECLARE_FINAL_TYPE (DsrDocumentView, dsr_document_view, DSR, DOCUMENT_VIEW, GtkTextView)

GtkWidget  *dsr_document_view_new         (void);
void        dsr_document_view_set_content (DsrDocumentView *self,
                                           const char      *text,
                                           GArray          *spans,
                                           GArray          *ranges);
const char *dsr_document_view_tag_name    (DsrSpanKind      kind,
                                           int              level);

G_END_DECLS
