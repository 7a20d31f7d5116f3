/* dsr-test-pdf.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Writes PDFs for tests and benchmarks with cairo's PDF surface and pango, one
 * text line at a time, so that a test knows exactly where each line sits. */
typedef struct _DsrTestPdf DsrTestPdf;

DsrTestPdf *dsr_test_pdf_new       (const char *path,
                                    double      width,
                                    double      height);
void        dsr_test_pdf_set_info  (DsrTestPdf *self,
                                    const char *title,
                                    const char *author,
                                    const char *create_date);
void        dsr_test_pdf_line      (DsrTestPdf *self,
                                    double      x,
                                    double      y,
                                    double      size,
                                    const char *text);
void        dsr_test_pdf_rectangle (DsrTestPdf *self,
                                    double      x,
                                    double      y,
                                    double      width,
                                    double      height);
void        dsr_test_pdf_next_page (DsrTestPdf *self);
void        dsr_test_pdf_finish    (DsrTestPdf *self);

void        dsr_test_pdf_write_article (const char *path);

G_END_DECLS
