/* dsr-document-marks.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "dsr-core-types.h"

G_BEGIN_DECLS

#define DSR_TYPE_DOCUMENT_MARKS (dsr_document_marks_get_type ())

G_DECLARE_FINAL_TYPE (DsrDocumentMarks, dsr_document_marks, DSR, DOCUMENT_MARKS, GObject)

DsrDocumentMarks *dsr_document_marks_new              (GtkTextView      *view);
void              dsr_document_marks_prepare          (DsrDocumentMarks *self,
                                                       GArray           *mentions,
                                                       GArray           *quotes,
                                                       GArray           *ranges);
void              dsr_document_marks_set_analysis     (DsrDocumentMarks *self,
                                                       GArray           *mentions,
                                                       GArray           *quotes);
void              dsr_document_marks_highlight_entity (DsrDocumentMarks *self,
                                                       gint64            entity_id);
void              dsr_document_marks_show_range       (DsrDocumentMarks *self,
                                                       gint64            start,
                                                       gint64            end);
gint64            dsr_document_marks_entity_at        (DsrDocumentMarks *self,
                                                       gint64            offset);
char             *dsr_document_marks_dup_tooltip_at   (DsrDocumentMarks *self,
                                                       gint64            offset);

G_END_DECLS
