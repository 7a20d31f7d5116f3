/* test-readers.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "dsr-charset.h"
#include "dsr-dateline.h"
#include "dsr-importer.h"
#include "dsr-test-spans.h"

/* G_TEST_OPTION_ISOLATE_DIRS gives each test case a fresh, empty cache folder. */
static char *
temp_path (const char *name)
{
  g_assert_cmpint (g_mkdir_with_parents (g_get_user_cache_dir (), 0700), ==, 0);
  return g_build_filename (g_get_user_cache_dir (), name, NULL);
}

static DsrDocumentContent *
read_with (DsrReadFunc  read,
           const char  *data,
           gssize       len)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, len < 0 ? strlen (data) : (gsize)len);
  g_autoptr(GError) error = NULL;
  DsrDocumentContent *content = read (bytes, "test", &error);

  g_assert_no_error (error);
  g_assert_nonnull (content);
  return content;
}

static void
test_text_paragraphs (void)
{
  g_autoptr(DsrDocumentContent) content = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *item = NULL;

  content = read_with (dsr_text_reader_read,
                       "\r\nBelozar denies report\r\n\r\n"
                       "The analyst said \"much ado\r\nabout nothing\" and\r\n"
                       "the CEO said “never”.\r\n\r\n\r\n"
                       "Points made:\n- first point\n  continued\n- second point\n", -1);

  g_assert_cmpstr (content->title, ==, "Belozar denies report");
  g_assert_cmpstr (content->text->str, ==,
                   "Belozar denies report\n\n"
                   "The analyst said \"much ado about nothing\" and the CEO said “never”.\n\n"
                   "Points made:\n\nfirst point continued\n\nsecond point");
  g_assert_cmpint (content->chars, ==, g_utf8_strlen (content->text->str, -1));
  heading = dsr_test_span_text (content, DSR_SPAN_HEADING, 0);
  g_assert_cmpstr (heading, ==, "Belozar denies report");
  g_assert_cmpuint (dsr_test_count_spans (content, DSR_SPAN_PARAGRAPH), ==, 2);
  g_assert_cmpuint (dsr_test_count_spans (content, DSR_SPAN_LIST_ITEM), ==, 2);
  item = dsr_test_span_text (content, DSR_SPAN_LIST_ITEM, 0);
  g_assert_cmpstr (item, ==, "first point continued");
}

static void
test_text_without_blank_lines (void)
{
  g_autoptr(DsrDocumentContent) content = NULL;

  /* Without blank lines, every line is a paragraph and no line is taken as a title. */
  content = read_with (dsr_text_reader_read, "One line.\nAnother line\nA third one.", -1);
  g_assert_null (content->title);
  g_assert_cmpstr (content->text->str, ==, "One line.\n\nAnother line\n\nA third one.");
  g_assert_cmpuint (dsr_test_count_spans (content, DSR_SPAN_PARAGRAPH), ==, 3);
}

static void
test_text_encodings (void)
{
  g_autoptr(DsrDocumentContent) utf16 = NULL;
  g_autoptr(DsrDocumentContent) legacy = NULL;
  g_autoptr(DsrDocumentContent) bom = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) empty = g_bytes_new_static (" \n\t\n", 4);
  static const char utf16le[] = "\xff\xfe" "E\0\x16\x04\n\0";   /* "EЖ\n" */

  utf16 = read_with (dsr_text_reader_read, utf16le, sizeof utf16le - 1);
  g_assert_cmpstr (utf16->text->str, ==, "EЖ");

  /* Bytes that are not UTF-8 and declare nothing are read as windows-1252. */
  legacy = read_with (dsr_text_reader_read, "Caf\xe9 \x93quoted\x94", -1);
  g_assert_cmpstr (legacy->text->str, ==, "Café “quoted”");

  bom = read_with (dsr_text_reader_read, "\xef\xbb\xbfplain", -1);
  g_assert_cmpstr (bom->text->str, ==, "plain");

  g_assert_null (dsr_text_reader_read (empty, "empty.txt", &error));
  g_assert_error (error, DSR_IMPORT_ERROR, DSR_IMPORT_ERROR_EMPTY);
}

/* Text in each legacy encoding, without any declaration, is recognised and decoded. */
static void
test_undeclared_legacy_encodings (void)
{
  static const struct { const char *charset; const char *text; } samples[] = {
    { "WINDOWS-1251", "Евгений Белозар заявил комитету, что его компания никогда не передавала данные клиентов." },
    { "KOI8-R", "Евгений Белозар заявил комитету, что его компания никогда не передавала данные клиентов." },
    { "WINDOWS-1252", "Le président a déclaré que la société était «à l’écoute» de ses clients." },
    { "ISO-8859-2", "Przedstawiciel firmy powiedział, że spółka nigdy nie przekazała żadnych danych klientów." },
    { "ISO-8859-7", "Ο εκπρόσωπος της εταιρείας δήλωσε ότι η εταιρεία δεν έδωσε ποτέ δεδομένα πελατών." },
    { "SHIFT_JIS", "東京の会社は顧客のデータを政府に渡したことは一度もないと述べた。" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *encoded = NULL;
      g_autofree char *decoded = NULL;
      g_autoptr(GBytes) bytes = NULL;
      gsize len = 0;

      encoded = g_convert (samples[i].text, -1, samples[i].charset, "UTF-8", NULL, &len, &error);
      g_assert_no_error (error);
      bytes = g_bytes_new (encoded, len);
      decoded = dsr_charset_decode (bytes, NULL, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (decoded, ==, samples[i].text);
    }
}

static void
assert_sniffed (const char *page,
                const char *expected)
{
  g_autoptr(GBytes) bytes = g_bytes_new (page, strlen (page));
  g_autofree char *label = dsr_charset_sniff_html (bytes);

  g_assert_cmpstr (label, ==, expected);
}

static void
test_html_declarations (void)
{
  g_autoptr(GBytes) latin = NULL;
  g_autoptr(GBytes) lying = NULL;
  g_autoptr(GBytes) nul = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  const char *used = NULL;
  static const char latin_page[] = "<meta charset=iso-8859-1><p>\x93Quoted\x94 caf\xe9";
  static const char lying_page[] = "<meta charset=\"utf-8\"><p>Caf\xe9 cr\xe8me br\xfbl\xe9" "e et \xe0 la carte";
  static const char nul_page[] = "<p>A\0B</p>";

  assert_sniffed ("<!doctype html><html><head><meta charset=\"windows-1251\">", "windows-1251");
  assert_sniffed ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=KOI8-R\">", "koi8-r");
  assert_sniffed ("<META CONTENT='text/html;charset=shift_jis' HTTP-EQUIV='content-type'>", "shift_jis");
  assert_sniffed ("<?xml version=\"1.0\" encoding=\"ISO-8859-5\"?><html/>", "ISO-8859-5");
  assert_sniffed ("<!-- <meta charset=koi8-r> --><meta charset=utf-8>", "utf-8");
  assert_sniffed ("<metadata charset=x><p>nothing declared</p>", NULL);

  /* A Latin-1 label means windows-1252, as browsers read it. */
  latin = g_bytes_new_static (latin_page, sizeof latin_page - 1);
  text = dsr_charset_decode_html (latin, &used, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (used, ==, "WINDOWS-1252");
  g_assert_true (g_str_has_suffix (text, "“Quoted” café"));
  g_clear_pointer (&text, g_free);

  /* A page that declares UTF-8 but is not is read by what it is. */
  lying = g_bytes_new_static (lying_page, sizeof lying_page - 1);
  text = dsr_charset_decode_html (lying, &used, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (text, "Café crème brûlée et à la carte"));
  g_clear_pointer (&text, g_free);

  nul = g_bytes_new_static (nul_page, sizeof nul_page - 1);
  text = dsr_charset_decode_html (nul, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, "<p>AB</p>");
}

static void
assert_date (const char *text,
             const char *expected)
{
  g_autofree char *date = dsr_dateline_find_date (text);

  g_assert_cmpstr (date, ==, expected);
}

static void
assert_byline (const char *text,
               const char *expected)
{
  g_autofree char *name = dsr_dateline_find_byline (text);

  g_assert_cmpstr (name, ==, expected);
}

static void
test_datelines (void)
{
  g_autoptr(DsrDocumentContent) content = NULL;

  assert_date ("Null Pointer Notes. Geneva, 9 October 2012.", "2012-10-09");
  assert_date ("LONDON, July 11, 2017 (Meridian Wire)", "2017-07-11");
  assert_date ("Ottawa, Sept. 14, 2017", "2017-09-14");
  assert_date ("Updated 2017-07-13T10:00Z", "2017-07-13");
  assert_date ("31 February 2017", NULL);
  assert_date ("May be 12 or 2017", NULL);
  assert_date ("Order 12017-07-13", NULL);

  assert_byline ("By Nadia Brennan. LONDON, July 11, 2017", "Nadia Brennan");
  assert_byline ("Null Pointer Notes, by Tobias Ferrand. Geneva", "Tobias Ferrand");
  assert_byline ("By Marc-Antoine Girard, Ottawa bureau.", "Marc-Antoine Girard");
  assert_byline ("by A. Writer and others", "A. Writer");
  assert_byline ("Stand by me", NULL);
  assert_byline ("Written by the agency", NULL);
  assert_byline ("Nearby Town Hall", NULL);

  /* Only the first short blocks count: a date deep in the text is not the document's. */
  content = read_with (dsr_text_reader_read,
                       "Headline\n\nBy Jo Smith. Paris, 3 March 2016.\n\n"
                       "On 4 April 2015 something happened, as by Anna Other said.\n", -1);
  g_assert_cmpstr (content->byline, ==, "Jo Smith");
  g_assert_cmpstr (content->published, ==, "2016-03-03");
}

static void
test_markdown_structure (void)
{
  g_autoptr(DsrDocumentContent) content = NULL;
  g_autofree char *quote = NULL;
  g_autofree char *link = NULL;
  g_autofree char *emphasis = NULL;
  g_autofree char *item = NULL;
  const DsrSpan *link_span = NULL;

  content = read_with (dsr_markdown_reader_read,
                       "---\ntitle: \"Front matter title\"\ndate: 2017-07-13\nauthor: A. Writer\n---\n"
                       "# The heading\n\n"
                       "A paragraph with *emphasised words* and a [link](https://example.org/x).\n\n"
                       "> “Much ado about nothing,” she said.\n>\n> Second quoted paragraph.\n\n"
                       "- item one\n- item **two**\n\n"
                       "<script>alert(1)</script>\n\n"
                       "![alt text](http://tracker.example/p.png) after image\n", -1);

  g_assert_cmpstr (content->title, ==, "Front matter title");
  g_assert_cmpstr (content->published, ==, "2017-07-13");
  g_assert_cmpstr (content->byline, ==, "A. Writer");
  g_assert_cmpstr (content->text->str, ==,
                   "The heading\n\n"
                   "A paragraph with emphasised words and a link.\n\n"
                   "“Much ado about nothing,” she said.\n\n"
                   "Second quoted paragraph.\n\n"
                   "item one\n\nitem two\n\n"
                   "after image");

  quote = dsr_test_span_text (content, DSR_SPAN_BLOCKQUOTE, 0);
  g_assert_cmpstr (quote, ==, "“Much ado about nothing,” she said.\n\nSecond quoted paragraph.");
  emphasis = dsr_test_span_text (content, DSR_SPAN_EMPHASIS, 0);
  g_assert_cmpstr (emphasis, ==, "emphasised words");
  link = dsr_test_span_text (content, DSR_SPAN_LINK, 0);
  g_assert_cmpstr (link, ==, "link");
  for (guint i = 0; i < content->spans->len; i++)
    if (g_array_index (content->spans, DsrSpan, i).kind == DSR_SPAN_LINK)
      link_span = &g_array_index (content->spans, DsrSpan, i);
  g_assert_cmpstr (link_span->href, ==, "https://example.org/x");
  item = dsr_test_span_text (content, DSR_SPAN_LIST_ITEM, 1);
  g_assert_cmpstr (item, ==, "item two");
  g_assert_cmpuint (dsr_test_count_spans (content, DSR_SPAN_HEADING), ==, 1);
}

static void
test_markdown_title_from_heading (void)
{
  g_autoptr(DsrDocumentContent) content = NULL;

  content = read_with (dsr_markdown_reader_read, "Intro line.\n\n## Belozar’s *answer*\n\nText.", -1);
  g_assert_cmpstr (content->title, ==, "Belozar’s answer");
}

static void
test_reader_choice (void)
{
  g_autoptr(GBytes) text = g_bytes_new_static ("plain words", 11);
  g_autoptr(GBytes) binary = g_bytes_new_static ("\x89PNG\r\n\x1a\n\0\0", 10);

  g_assert_cmpstr (dsr_reader_for_file ("a.TXT", text)->media_type, ==, "text/plain");
  g_assert_cmpstr (dsr_reader_for_file ("notes.md", text)->media_type, ==, "text/markdown");
  g_assert_cmpstr (dsr_reader_for_file ("README", text)->media_type, ==, "text/plain");
  g_assert_null (dsr_reader_for_file ("README", binary));
  g_assert_null (dsr_reader_for_file ("photo.png", text));
  g_assert_false (dsr_reader_handles_name ("page.docx"));
  g_assert_true (dsr_reader_handles_name ("dir/notes.markdown"));
}

static void
test_import_refusals_change_nothing (void)
{
  g_autofree char *path = temp_path ("refusals.dossier");
  g_autofree char *huge = temp_path ("huge.txt");
  g_autofree char *image = temp_path ("image.png");
  g_autofree char *good = temp_path ("good.txt");
  g_autoptr(GError) error = NULL;
  g_autoptr(DsrStore) store = dsr_store_create (path, &error);
  g_autoptr(GListModel) documents = NULL;
  FILE *file;

  g_assert_no_error (error);

  /* A sparse file: too large, and refused before a byte of it is read. */
  file = g_fopen (huge, "w");
  g_assert_nonnull (file);
  g_assert_cmpint (fseek (file, DSR_IMPORT_MAX_BYTES + 1, SEEK_SET), ==, 0);
  fputc ('x', file);
  fclose (file);
  g_assert_cmpint (dsr_importer_import_file (store, huge, NULL, NULL, &error), ==, 0);
  g_assert_error (error, DSR_IMPORT_ERROR, DSR_IMPORT_ERROR_TOO_LARGE);
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (image, "not really", -1, NULL));
  g_assert_cmpint (dsr_importer_import_file (store, image, NULL, NULL, &error), ==, 0);
  g_assert_error (error, DSR_IMPORT_ERROR, DSR_IMPORT_ERROR_UNSUPPORTED);
  g_clear_error (&error);

  g_assert_cmpint (dsr_importer_import_file (store, "/nonexistent/x.txt", NULL, NULL, &error), ==, 0);
  g_assert_error (error, DSR_IMPORT_ERROR, DSR_IMPORT_ERROR_FAILED);
  g_clear_error (&error);

  documents = dsr_store_list_documents (store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (documents), ==, 0);

  g_assert_true (g_file_set_contents (good, "Fine text.", -1, NULL));
  g_assert_cmpint (dsr_importer_import_file (store, good, NULL, NULL, &error), >, 0);
  g_assert_no_error (error);
}

static void
test_collect_folder (void)
{
  g_autofree char *root = temp_path ("tree");
  g_autofree char *sub = g_build_filename (root, "sub", NULL);
  g_autoptr(GPtrArray) files = NULL;
  const char *paths[] = { root, NULL };
  const char *names[] = { "b.txt", "a.md", ".hidden.txt", "skip.png", "sub/c.txt" };

  g_assert_cmpint (g_mkdir_with_parents (sub, 0700), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (root, names[i], NULL);
      g_assert_true (g_file_set_contents (path, "x", -1, NULL));
    }

  files = dsr_importer_collect_files (paths);
  g_assert_cmpuint (files->len, ==, 3);
  g_assert_true (g_str_has_suffix (files->pdata[0], "/a.md"));
  g_assert_true (g_str_has_suffix (files->pdata[1], "/b.txt"));
  g_assert_true (g_str_has_suffix (files->pdata[2], "/sub/c.txt"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/dsr/readers/text-paragraphs", test_text_paragraphs);
  g_test_add_func ("/dsr/readers/text-without-blank-lines", test_text_without_blank_lines);
  g_test_add_func ("/dsr/readers/text-encodings", test_text_encodings);
  g_test_add_func ("/dsr/readers/undeclared-legacy-encodings", test_undeclared_legacy_encodings);
  g_test_add_func ("/dsr/readers/html-declarations", test_html_declarations);
  g_test_add_func ("/dsr/readers/datelines", test_datelines);
  g_test_add_func ("/dsr/readers/markdown-structure", test_markdown_structure);
  g_test_add_func ("/dsr/readers/markdown-title-from-heading", test_markdown_title_from_heading);
  g_test_add_func ("/dsr/readers/reader-choice", test_reader_choice);
  g_test_add_func ("/dsr/readers/import-refusals-change-nothing", test_import_refusals_change_nothing);
  g_test_add_func ("/dsr/readers/collect-folder", test_collect_folder);

  return g_test_run ();
}
