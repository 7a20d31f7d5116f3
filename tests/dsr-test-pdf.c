/* dsr-test-pdf.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "dsr-test-pdf.h"

struct _DsrTestPdf
{
  cairo_surface_t *surface;
  cairo_t         *cr;
  PangoLayout     *layout;
};

DsrTestPdf *
dsr_test_pdf_new (const char *path,
                  double      width,
                  double      height)
{
  DsrTestPdf *self = g_new0 (DsrTestPdf, 1);

  self->surface = cairo_pdf_surface_create (path, width, height);
  self->cr = cairo_create (self->surface);
  self->layout = pango_cairo_create_layout (self->cr);
  g_assert_cmpint (cairo_surface_status (self->surface), ==, CAIRO_STATUS_SUCCESS);
  return self;
}

void
dsr_test_pdf_set_info (DsrTestPdf *self,
                       const char *title,
                       const char *author,
                       const char *create_date)
{
  if (title)
    cairo_pdf_surface_set_metadata (self->surface, CAIRO_PDF_METADATA_TITLE, title);
  if (author)
    cairo_pdf_surface_set_metadata (self->surface, CAIRO_PDF_METADATA_AUTHOR, author);
  if (create_date)
    cairo_pdf_surface_set_metadata (self->surface, CAIRO_PDF_METADATA_CREATE_DATE, create_date);
}

/* Draws one line of text whose top left corner is at (@x, @y), in DejaVu Serif of
 * @size points (user units of the PDF). */
void
dsr_test_pdf_line (DsrTestPdf *self,
                   double      x,
                   double      y,
                   double      size,
                   const char *text)
{
  PangoFontDescription *font = pango_font_description_from_string ("DejaVu Serif");

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_layout_set_font_description (self->layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (self->layout, text, -1);

  cairo_move_to (self->cr, x, y);
  pango_cairo_update_layout (self->cr, self->layout);
  pango_cairo_show_layout (self->cr, self->layout);
}

void
dsr_test_pdf_rectangle (DsrTestPdf *self,
                        double      x,
                        double      y,
                        double      width,
                        double      height)
{
  cairo_rectangle (self->cr, x, y, width, height);
  cairo_fill (self->cr);
}

void
dsr_test_pdf_next_page (DsrTestPdf *self)
{
  cairo_show_page (self->cr);
}

void
dsr_test_pdf_finish (DsrTestPdf *self)
{
  g_object_unref (self->layout);
  cairo_destroy (self->cr);
  cairo_surface_finish (self->surface);
  g_assert_cmpint (cairo_surface_status (self->surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (self->surface);
  g_free (self);
}

/* The article of the reader test and the command-line test: two pages with a title
 * in a larger font, a running header, page numbers, paragraphs wrapped over lines
 * (one across the page break), hyphenated line ends, curly quotes and Cyrillic. */
void
dsr_test_pdf_write_article (const char *path)
{
  DsrTestPdf *pdf = dsr_test_pdf_new (path, 420, 595);
  const double left = 50, step = 14, size = 10;
  double y;

  dsr_test_pdf_set_info (pdf, "Vendor denies agency report", "Ana Petrova",
                         "2017-07-12T09:30:00Z");

  dsr_test_pdf_line (pdf, left, 24, 8, "Packet & Policy · Trade press");
  dsr_test_pdf_line (pdf, left, 60, 20, "Vendor denies agency report");

  y = 110;
  dsr_test_pdf_line (pdf, left, y, size, "The security vendor on Tuesday denied a news");
  dsr_test_pdf_line (pdf, left, y += step, size, "agency’s report that it had helped a government");
  dsr_test_pdf_line (pdf, left, y += step, size, "inves-");
  dsr_test_pdf_line (pdf, left, y += step, size, "tigation into rival firms, calling it “false”.");

  /* A new paragraph after a larger gap. */
  y += 2 * step;
  dsr_test_pdf_line (pdf, left, y, size, "An analyst called the report “much ado about");
  dsr_test_pdf_line (pdf, left, y += step, size, "nothing” and said the state-owned carrier and");
  dsr_test_pdf_line (pdf, left, y += step, size, "the other state-");
  dsr_test_pdf_line (pdf, left, y += step, size, "owned firms were not named.");

  /* A new paragraph marked by an indent only. */
  dsr_test_pdf_line (pdf, left + 12, y += step, size, "The agency’s Moscow bureau quoted the line");
  dsr_test_pdf_line (pdf, left, y += step, size, "«Мы не работаем на правительство», which");
  dsr_test_pdf_line (pdf, left, y += step, size, "the vendor said it had never written and");

  dsr_test_pdf_line (pdf, 205, 560, 9, "1");
  dsr_test_pdf_next_page (pdf);

  dsr_test_pdf_line (pdf, left, 24, 8, "Packet & Policy · Trade press");
  y = 90;
  dsr_test_pdf_line (pdf, left, y, size, "would not comment on further.");
  dsr_test_pdf_line (pdf, left, y += 2 * step, 14, "What comes next");
  dsr_test_pdf_line (pdf, left, y += 2 * step, size, "A consultant said he would not run the");
  dsr_test_pdf_line (pdf, left, y += step, size, "vendor’s products.");
  dsr_test_pdf_line (pdf, left, y += step, size, "He gave no reason.");
  dsr_test_pdf_line (pdf, left, y += step, size, "The vendor did not reply to a request for");
  dsr_test_pdf_line (pdf, left, y += step, size, "comment (COVID-");
  dsr_test_pdf_line (pdf, left, y += step, size, "19 rules applied).");

  dsr_test_pdf_line (pdf, 205, 560, 9, "2");
  dsr_test_pdf_finish (pdf);
}
