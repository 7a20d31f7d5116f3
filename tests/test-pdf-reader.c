/* test-pdf-reader.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "dsr-importer.h"
#include "dsr-test-spans.h"
#include "dsr-test-pdf.h"

/* G_TEST_OPTION_ISOLATE_DIRS gives each test case a fresh, empty cache folder. */
static char *
temp_path (const char *name)
{
  g_assert_cmpint (g_mkdir_with_parents (g_get_user_cache_dir (), 0700), ==, 0);
  return g_build_filename (g_get_user_cache_dir (), name, NULL);
}

static GBytes *
load (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *data = NULL;
  gsize size = 0;

  g_file_get_contents (path, &data, &size, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (data, size);
}

static DsrDocumentContent *
read_pdf (const char *path)
{
  g_autoptr(GBytes) bytes = load (path);
  g_autoptr(GError) error = NULL;
  DsrDocumentContent *content = dsr_pdf_reader_read (bytes, path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (content);
  g_assert_cmpint (content->chars, ==, g_utf8_strlen (content->text->str, -1));
  return content;
}

static void
assert_refused (GBytes     *bytes,
                const char *name,
                int         code)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (dsr_pdf_reader_read (bytes, name, &error));
  g_assert_error (error, DSR_IMPORT_ERROR, code);
  g_test_message ("%s: %s", name, error->message);
}

static void
test_article (void)
{
  g_autofree char *path = temp_path ("article.pdf");
  g_autoptr(DsrDocumentContent) content = NULL;
  g_autofree char *page_one = NULL;
  g_autofree char *page_two = NULL;
  g_autofree char *heading = NULL;
  const DsrSpan *span;

  dsr_test_pdf_write_article (path);
  content = read_pdf (path);

  /* Running header and page numbers gone, paragraphs joined (one across the page
   * break), "inves-tigation" mended, "state-owned" and "COVID-19" kept. */
  g_assert_cmpstr (content->text->str, ==,
                   "Vendor denies agency report\n\n"
                   "The security vendor on Tuesday denied a news agency’s report that it had "
                   "helped a government investigation into rival firms, calling it “false”.\n\n"
                   "An analyst called the report “much ado about nothing” and said the "
                   "state-owned carrier and the other state-owned firms were not named.\n\n"
                   "The agency’s Moscow bureau quoted the line «Мы не работаем на правительство», "
                   "which the vendor said it had never written and would not comment on further.\n\n"
                   "What comes next\n\n"
                   "A consultant said he would not run the vendor’s products.\n\n"
                   "He gave no reason.\n\n"
                   "The vendor did not reply to a request for comment (COVID-19 rules applied).");

  /* Each page is a span, its level the page number; the break falls inside a paragraph. */
  g_assert_nonnull ((span = dsr_test_nth_span (content, DSR_SPAN_PAGE, 0)));
  g_assert_cmpint (span->level, ==, 1);
  g_assert_cmpint (span->start, ==, 0);
  page_one = dsr_test_span_text (content, DSR_SPAN_PAGE, 0);
  g_assert_true (g_str_has_prefix (page_one, "Vendor denies agency report\n\n"));
  g_assert_true (g_str_has_suffix (page_one, "it had never written and"));
  g_assert_nonnull ((span = dsr_test_nth_span (content, DSR_SPAN_PAGE, 1)));
  g_assert_cmpint (span->level, ==, 2);
  g_assert_cmpint (span->end, ==, content->chars);
  page_two = dsr_test_span_text (content, DSR_SPAN_PAGE, 1);
  g_assert_true (g_str_has_prefix (page_two, "would not comment on further.\n\nWhat comes next"));
  g_assert_null (dsr_test_nth_span (content, DSR_SPAN_PAGE, 2));

  /* The title in the largest font is a level 1 heading, the smaller one level 2. */
  heading = dsr_test_span_text (content, DSR_SPAN_HEADING, 0);
  g_assert_cmpstr (heading, ==, "Vendor denies agency report");
  g_assert_cmpint (dsr_test_nth_span (content, DSR_SPAN_HEADING, 0)->level, ==, 1);
  g_clear_pointer (&heading, g_free);
  heading = dsr_test_span_text (content, DSR_SPAN_HEADING, 1);
  g_assert_cmpstr (heading, ==, "What comes next");
  g_assert_cmpint (dsr_test_nth_span (content, DSR_SPAN_HEADING, 1)->level, ==, 2);
  g_assert_null (dsr_test_nth_span (content, DSR_SPAN_HEADING, 2));
  g_assert_nonnull (dsr_test_nth_span (content, DSR_SPAN_PARAGRAPH, 5));
  g_assert_null (dsr_test_nth_span (content, DSR_SPAN_PARAGRAPH, 6));

  g_assert_cmpstr (content->title, ==, "Vendor denies agency report");
  g_assert_cmpstr (content->byline, ==, "Ana Petrova");
  g_assert_cmpstr (content->published, ==, "2017-07-12T09:30:00Z");
}

/* Without a title in the document information, the first heading is the title. */
static void
test_title_from_heading (void)
{
  g_autofree char *path = temp_path ("untitled.pdf");
  g_autoptr(DsrDocumentContent) content = NULL;
  DsrTestPdf *pdf = dsr_test_pdf_new (path, 420, 595);

  dsr_test_pdf_set_info (pdf, "Microsoft Word - draft3.docx", NULL, NULL);
  dsr_test_pdf_line (pdf, 50, 100, 18, "Annual report");
  dsr_test_pdf_line (pdf, 50, 140, 10, "Revenue grew by a third.");
  dsr_test_pdf_line (pdf, 50, 154, 10, "Costs did not.");
  dsr_test_pdf_finish (pdf);

  content = read_pdf (path);
  g_assert_cmpstr (content->title, ==, "Annual report");
  g_assert_null (content->byline);
  /* Two lines of about the same length: nothing says a paragraph ends between them. */
  g_assert_cmpstr (content->text->str, ==, "Annual report\n\nRevenue grew by a third. Costs did not.");
}

static void
test_two_columns (void)
{
  g_autofree char *path = temp_path ("columns.pdf");
  g_autoptr(DsrDocumentContent) content = NULL;
  DsrTestPdf *pdf = dsr_test_pdf_new (path, 420, 595);
  static const char * const left[] = {
    "The left column opens the", "story with a paragraph that", "ends on this line.", "",
    "A second paragraph starts", "after a gap and goes on to", "the next column, where",
  };
  static const char * const right[] = {
    "readers find its end on the", "right-hand side.", "",
    "The right column closes with", "one more paragraph.",
  };
  double y;

  y = 100;
  for (guint i = 0; i < G_N_ELEMENTS (left); i++, y += 12)
    dsr_test_pdf_line (pdf, 40, y, 10, left[i]);
  y = 100;
  for (guint i = 0; i < G_N_ELEMENTS (right); i++, y += 12)
    dsr_test_pdf_line (pdf, 230, y, 10, right[i]);
  dsr_test_pdf_finish (pdf);

  content = read_pdf (path);
  g_assert_cmpstr (content->text->str, ==,
                   "The left column opens the story with a paragraph that ends on this line.\n\n"
                   "A second paragraph starts after a gap and goes on to the next column, "
                   "where readers find its end on the right-hand side.\n\n"
                   "The right column closes with one more paragraph.");
  g_assert_cmpint (dsr_test_nth_span (content, DSR_SPAN_PAGE, 0)->level, ==, 1);
}

/* Bullets drawn apart from their text, continuation lines hanging under the text. */
static void
test_list (void)
{
  g_autofree char *path = temp_path ("list.pdf");
  g_autoptr(DsrDocumentContent) content = NULL;
  g_autofree char *item = NULL;
  DsrTestPdf *pdf = dsr_test_pdf_new (path, 420, 595);

  dsr_test_pdf_line (pdf, 50, 100, 10, "The report makes three claims about the vendor:");
  dsr_test_pdf_line (pdf, 50, 114, 10, "•");
  dsr_test_pdf_line (pdf, 62, 114, 10, "it shared samples with an agency, which the");
  dsr_test_pdf_line (pdf, 62, 128, 10, "vendor denies;");
  dsr_test_pdf_line (pdf, 50, 142, 10, "•");
  dsr_test_pdf_line (pdf, 62, 142, 10, "its staff met officials twice;");
  dsr_test_pdf_line (pdf, 50, 156, 10, "- and a contract was signed.");
  dsr_test_pdf_line (pdf, 50, 170, 10, "None of them was confirmed by a second source, the");
  dsr_test_pdf_line (pdf, 50, 184, 10, "editors said.");
  dsr_test_pdf_finish (pdf);

  content = read_pdf (path);
  g_assert_cmpstr (content->text->str, ==,
                   "The report makes three claims about the vendor:\n\n"
                   "it shared samples with an agency, which the vendor denies;\n\n"
                   "its staff met officials twice;\n\n"
                   "and a contract was signed.\n\n"
                   "None of them was confirmed by a second source, the editors said.");
  item = dsr_test_span_text (content, DSR_SPAN_LIST_ITEM, 0);
  g_assert_cmpstr (item, ==, "it shared samples with an agency, which the vendor denies;");
  g_assert_nonnull (dsr_test_nth_span (content, DSR_SPAN_LIST_ITEM, 2));
  g_assert_null (dsr_test_nth_span (content, DSR_SPAN_LIST_ITEM, 3));
}

/* A PDF written by hand, as small tools write them: a standard font that is not
 * embedded, and XMP metadata that gives the language. */
static GBytes *
hand_written_pdf (void)
{
  static const char xmp[] =
    "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF "
    "xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
    "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><rdf:Description rdf:about=\"\">"
    "<dc:language><rdf:Bag><rdf:li>de-DE</rdf:li></rdf:Bag></dc:language>"
    "</rdf:Description></rdf:RDF></x:xmpmeta>";
  static const char stream[] =
    "BT /F1 11 Tf 72 720 Td (Die Agentur widerspricht.) Tj ET";
  GString *pdf = g_string_new ("%PDF-1.4\n");
  char *objects[6];
  gsize offsets[6];
  gsize xref;

  objects[0] = g_strdup ("<< /Type /Catalog /Pages 2 0 R /Metadata 5 0 R >>");
  objects[1] = g_strdup ("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
  objects[2] = g_strdup ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                         "/Resources << /Font << /F1 6 0 R >> >> /Contents 4 0 R >>");
  objects[3] = g_strdup_printf ("<< /Length %zu >>\nstream\n%s\nendstream", strlen (stream), stream);
  objects[4] = g_strdup_printf ("<< /Type /Metadata /Subtype /XML /Length %zu >>\nstream\n%s\nendstream",
                                strlen (xmp), xmp);
  objects[5] = g_strdup ("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");

  for (guint i = 0; i < 6; i++)
    {
      offsets[i] = pdf->len;
      g_string_append_printf (pdf, "%u 0 obj\n%s\nendobj\n", i + 1, objects[i]);
      g_free (objects[i]);
    }
  xref = pdf->len;
  g_string_append (pdf, "xref\n0 7\n0000000000 65535 f \n");
  for (guint i = 0; i < 6; i++)
    g_string_append_printf (pdf, "%010zu 00000 n \n", offsets[i]);
  g_string_append_printf (pdf, "trailer\n<< /Size 7 /Root 1 0 R >>\nstartxref\n%zu\n%%%%EOF\n", xref);
  return g_string_free_to_bytes (pdf);
}

static void
test_hand_written (void)
{
  g_autoptr(GBytes) bytes = hand_written_pdf ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DsrDocumentContent) content = dsr_pdf_reader_read (bytes, "kurz.pdf", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (content->text->str, ==, "Die Agentur widerspricht.");
  g_assert_cmpstr (content->language, ==, "de-DE");
  g_assert_null (content->title);
  g_assert_null (content->published);
  g_assert_cmpint (dsr_test_nth_span (content, DSR_SPAN_PAGE, 0)->level, ==, 1);
}

static void
test_broken (void)
{
  g_autofree char *path = temp_path ("cut.pdf");
  g_autoptr(GBytes) whole = NULL;
  g_autoptr(GBytes) half = NULL;
  g_autoptr(GBytes) noise = NULL;
  g_autoptr(GBytes) framed = NULL;
  g_autofree guint8 *random = g_malloc (16384);
  GRand *rand = g_rand_new_with_seed (7);

  dsr_test_pdf_write_article (path);
  whole = load (path);
  half = g_bytes_new_from_bytes (whole, 0, g_bytes_get_size (whole) / 2);
  assert_refused (half, "cut.pdf", DSR_IMPORT_ERROR_MALFORMED);

  for (guint i = 0; i < 16384; i++)
    random[i] = g_rand_int_range (rand, 0, 256);
  g_rand_free (rand);
  noise = g_bytes_new (random, 16384);
  assert_refused (noise, "noise.pdf", DSR_IMPORT_ERROR_MALFORMED);

  /* A header and an end marker around noise get past the first checks to poppler. */
  memcpy (random, "%PDF-1.5\n", 9);
  memcpy (random + 16384 - 6, "%%EOF\n", 6);
  framed = g_bytes_new (random, 16384);
  assert_refused (framed, "framed.pdf", DSR_IMPORT_ERROR_MALFORMED);
}

static void
test_encrypted (void)
{
  g_autofree char *plain = temp_path ("plain.pdf");
  g_autofree char *locked = temp_path ("locked.pdf");
  g_autofree char *owner_only = temp_path ("owner-only.pdf");
  g_autofree char *qpdf = g_find_program_in_path ("qpdf");
  g_autoptr(DsrDocumentContent) content = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  const char *lock[] = { qpdf, "--encrypt", "user", "owner", "256", "--", plain, locked, NULL };
  const char *restrict_only[] = { qpdf, "--encrypt", "", "owner", "256", "--print=none", "--",
                                  plain, owner_only, NULL };
  int status;

  if (qpdf == NULL)
    {
      g_test_skip ("qpdf is not installed (Debian package qpdf); it makes the encrypted PDF");
      return;
    }

  dsr_test_pdf_write_article (plain);
  g_spawn_sync (NULL, (char **)lock, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);

  bytes = load (locked);
  assert_refused (bytes, "locked.pdf", DSR_IMPORT_ERROR_ENCRYPTED);

  /* Only an owner password: it opens without one, and is read. */
  g_spawn_sync (NULL, (char **)restrict_only, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL,
                &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);
  content = read_pdf (owner_only);
  g_assert_cmpstr (content->title, ==, "Vendor denies agency report");
}

static void
test_no_text (void)
{
  g_autofree char *path = temp_path ("scan.pdf");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  DsrTestPdf *pdf = dsr_test_pdf_new (path, 420, 595);

  dsr_test_pdf_rectangle (pdf, 40, 40, 300, 20);
  dsr_test_pdf_rectangle (pdf, 40, 80, 280, 400);
  dsr_test_pdf_next_page (pdf);
  dsr_test_pdf_rectangle (pdf, 40, 40, 300, 500);
  dsr_test_pdf_finish (pdf);

  bytes = load (path);
  g_assert_null (dsr_pdf_reader_read (bytes, "scan.pdf", &error));
  g_assert_error (error, DSR_IMPORT_ERROR, DSR_IMPORT_ERROR_EMPTY);
  g_assert_nonnull (strstr (error->message, "no text"));
}

/* Through the importer: the reader is chosen by the extension, and a refused PDF
 * leaves the investigation as it was. */
static void
test_import (void)
{
  g_autofree char *db_path = temp_path ("pdf.dossier");
  g_autofree char *good = temp_path ("good.pdf");
  g_autofree char *cut = temp_path ("cut.pdf");
  g_autoptr(GError) error = NULL;
  g_autoptr(DsrStore) store = dsr_store_create (db_path, &error);
  g_autoptr(GListModel) documents = NULL;
  g_autoptr(GBytes) whole = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (dsr_reader_for_file ("Report.PDF", NULL)->media_type, ==, "application/pdf");

  dsr_test_pdf_write_article (good);
  whole = load (good);
  g_assert_true (g_file_set_contents (cut, g_bytes_get_data (whole, NULL),
                                      g_bytes_get_size (whole) * 3 / 4, NULL));
  g_assert_cmpint (dsr_importer_import_file (store, cut, NULL, NULL, &error), ==, 0);
  g_assert_error (error, DSR_IMPORT_ERROR, DSR_IMPORT_ERROR_MALFORMED);
  g_clear_error (&error);
  documents = dsr_store_list_documents (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (documents), ==, 0);
  g_clear_object (&documents);

  g_assert_cmpint (dsr_importer_import_file (store, good, NULL, NULL, &error), >, 0);
  g_assert_no_error (error);
  documents = dsr_store_list_documents (store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (documents), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/dsr/pdf-reader/article", test_article);
  g_test_add_func ("/dsr/pdf-reader/title-from-heading", test_title_from_heading);
  g_test_add_func ("/dsr/pdf-reader/two-columns", test_two_columns);
  g_test_add_func ("/dsr/pdf-reader/list", test_list);
  g_test_add_func ("/dsr/pdf-reader/hand-written", test_hand_written);
  g_test_add_func ("/dsr/pdf-reader/broken", test_broken);
  g_test_add_func ("/dsr/pdf-reader/encrypted", test_encrypted);
  g_test_add_func ("/dsr/pdf-reader/no-text", test_no_text);
  g_test_add_func ("/dsr/pdf-reader/import", test_import);

  return g_test_run ();
}
