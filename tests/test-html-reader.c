/* test-html-reader.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "dsr-reader.h"
#include "dsr-test-spans.h"

/* The time limits below catch runaway work (a quadratic loop, a hang). AddressSanitizer
 * slows every memory access, so the sanitizer build (make test) allows ten times as long. */
#if defined(__SANITIZE_ADDRESS__)
#define SLOWDOWN 10
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SLOWDOWN 10
#endif
#endif
#ifndef SLOWDOWN
#define SLOWDOWN 1
#endif

/* A paragraph long enough to count as article text, about one topic. */
#define PARA(n) \
  "<p>Paragraph " #n " of the report: the vendor, which sells security software to " \
  "governments, denied the agency's account, and an analyst said the claims were " \
  "much ado about nothing, while a consultant said he would not run the products.</p>\n"

static char *
temp_path (const char *name)
{
  g_assert_cmpint (g_mkdir_with_parents (g_get_user_cache_dir (), 0700), ==, 0);
  return g_build_filename (g_get_user_cache_dir (), name, NULL);
}

static DsrDocumentContent *
read_html (const char *data,
           gssize      len)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, len < 0 ? strlen (data) : (gsize)len);
  g_autoptr(GError) error = NULL;
  DsrDocumentContent *content = dsr_html_reader_read (bytes, "page.html", &error);

  g_assert_no_error (error);
  g_assert_nonnull (content);
  g_assert_cmpint (content->chars, ==, g_utf8_strlen (content->text->str, -1));
  return content;
}

static void
test_structure (void)
{
  g_autoptr(DsrDocumentContent) content = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *quote = NULL;
  g_autofree char *item = NULL;
  g_autofree char *link = NULL;
  g_autofree char *emphasis = NULL;
  g_autofree char *strong = NULL;
  g_autofree char *caption = NULL;
  const DsrSpan *span;

  content = read_html ("<!DOCTYPE html><html lang='en'><head><title>Vendor denies report</title>"
                       "<link rel='canonical' href='https://news.example.org/2017/vendor'>"
                       "</head><body><article>"
                       "<h1>Vendor denies report</h1>"
                       "<p>The vendor <em>denied</em> the <strong>agency's</strong> report, "
                       "calling it <a href='/reports/1'>a fabrication</a>, and said that it had "
                       "never shared data with any government at all.</p>"
                       "<h2>What the analysts said</h2>"
                       "<blockquote><p>Much ado about nothing, in my view.</p>"
                       "<p>Nothing in it is new.</p></blockquote>"
                       "<ul><li>First point</li><li>Second <b>point</b></li></ul>"
                       "<figure><img src='x.jpg' alt='photo'><figcaption>The vendor's office.</figcaption></figure>"
                       "<p>Line one<br>line two<br><br>A new paragraph, after two breaks, "
                       "<a href='javascript:alert(1)'>unsafe</a> <a href='mailto:desk@example.org'>mail</a>.</p>"
                       "<script>var tracker = 1;</script><style>p { color: red }</style>"
                       "</article></body></html>", -1);

  /* The headline is the title, not part of the text. */
  g_assert_cmpstr (content->title, ==, "Vendor denies report");
  g_assert_cmpstr (content->text->str, ==,
                   "The vendor denied the agency's report, calling it a fabrication, and said "
                   "that it had never shared data with any government at all.\n\n"
                   "What the analysts said\n\n"
                   "Much ado about nothing, in my view.\n\n"
                   "Nothing in it is new.\n\n"
                   "First point\n\n"
                   "Second point\n\n"
                   "The vendor's office.\n\n"
                   "Line one line two\n\n"
                   "A new paragraph, after two breaks, unsafe mail.");

  heading = dsr_test_span_text (content, DSR_SPAN_HEADING, 0);
  g_assert_cmpstr (heading, ==, "What the analysts said");
  g_assert_cmpint (dsr_test_nth_span (content, DSR_SPAN_HEADING, 0)->level, ==, 2);
  quote = dsr_test_span_text (content, DSR_SPAN_BLOCKQUOTE, 0);
  g_assert_cmpstr (quote, ==, "Much ado about nothing, in my view.\n\nNothing in it is new.");
  g_assert_cmpuint (dsr_test_count_spans (content, DSR_SPAN_LIST_ITEM), ==, 2);
  item = dsr_test_span_text (content, DSR_SPAN_LIST_ITEM, 1);
  g_assert_cmpstr (item, ==, "Second point");
  emphasis = dsr_test_span_text (content, DSR_SPAN_EMPHASIS, 0);
  g_assert_cmpstr (emphasis, ==, "denied");
  strong = dsr_test_span_text (content, DSR_SPAN_STRONG, 0);
  g_assert_cmpstr (strong, ==, "agency's");
  caption = dsr_test_span_text (content, DSR_SPAN_CAPTION, 0);
  g_assert_cmpstr (caption, ==, "The vendor's office.");

  /* Links are made absolute against the canonical address; only web and mail links
   * stay. */
  g_assert_cmpuint (dsr_test_count_spans (content, DSR_SPAN_LINK), ==, 2);
  link = dsr_test_span_text (content, DSR_SPAN_LINK, 0);
  g_assert_cmpstr (link, ==, "a fabrication");
  span = dsr_test_nth_span (content, DSR_SPAN_LINK, 0);
  g_assert_cmpstr (span->href, ==, "https://news.example.org/reports/1");
  span = dsr_test_nth_span (content, DSR_SPAN_LINK, 1);
  g_assert_cmpstr (span->href, ==, "mailto:desk@example.org");
  g_assert_null (strstr (content->text->str, "tracker"));
}

/* Found by fuzzing: an inline element that spans a block boundary and ends in an
 * empty block must not reach past the end of the text. */
static void
test_inline_across_empty_block (void)
{
  g_autoptr(DsrDocumentContent) content = NULL;
  g_autofree char *strong = NULL;

  content = read_html ("<html><body><div><b>bold words<div></div><i></i></b></div></body></html>", -1);
  g_assert_cmpstr (content->text->str, ==, "bold words");
  strong = dsr_test_span_text (content, DSR_SPAN_STRONG, 0);
  g_assert_cmpstr (strong, ==, "bold words");
  for (guint i = 0; i < content->spans->len; i++)
    {
      const DsrSpan *span = &g_array_index (content->spans, DsrSpan, i);

      g_assert_cmpint (span->start, <, span->end);
      g_assert_cmpint (span->end, <=, content->chars);
    }
}

static void
test_metadata_meta_and_opengraph (void)
{
  g_autoptr(DsrDocumentContent) content = NULL;

  content = read_html ("<html lang='de-DE'><head>"
                       "<title>Anbieter bestreitet Bericht | Packet &amp; Policy</title>"
                       "<meta property='og:site_name' content='Packet &amp; Policy'>"
                       "<meta property='og:url' content='https://packet.example/a/1'>"
                       "<meta name='author' content='By Jana Novak'>"
                       "<meta property='article:published_time' content='2017-10-25T09:30:00+0200'>"
                       "</head><body><div class='article-body'>" PARA (1) PARA (2) "</div></body></html>",
                       -1);

  g_assert_cmpstr (content->title, ==, "Anbieter bestreitet Bericht");
  g_assert_cmpstr (content->site_name, ==, "Packet & Policy");
  g_assert_cmpstr (content->url, ==, "https://packet.example/a/1");
  g_assert_cmpstr (content->byline, ==, "Jana Novak");
  g_assert_cmpstr (content->published, ==, "2017-10-25T09:30:00+02:00");
  g_assert_cmpstr (content->language, ==, "de-DE");
}

static void
test_metadata_json_ld (void)
{
  g_autoptr(DsrDocumentContent) content = NULL;
  g_autoptr(DsrDocumentContent) dated = NULL;

  content = read_html ("<html><head><title>Ignored title - Site</title>"
                       "<script type='application/ld+json'>{\"@context\": \"https://schema.org\", "
                       "\"@graph\": [{\"@type\": \"WebSite\", \"name\": \"The Wire Desk\"}, "
                       "{\"@type\": [\"ReportageNewsArticle\"], \"headline\": \"Analysts doubt the agency\", "
                       "\"datePublished\": \"2017-10-26T08:00:00Z\", "
                       "\"author\": [{\"@type\": \"Person\", \"name\": \"Ana Lima\"}, "
                       "{\"@type\": \"Person\", \"name\": \"Tom Berg\"}], "
                       "\"mainEntityOfPage\": {\"@id\": \"https://wire.example/analysts\"}}]}</script>"
                       "<script type='application/ld+json'>[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["
                       "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1</script>"
                       "</head><body><main>" PARA (1) PARA (2) "</main></body></html>", -1);

  g_assert_cmpstr (content->title, ==, "Analysts doubt the agency");
  g_assert_cmpstr (content->byline, ==, "Ana Lima, Tom Berg");
  g_assert_cmpstr (content->published, ==, "2017-10-26T08:00:00Z");
  g_assert_cmpstr (content->url, ==, "https://wire.example/analysts");
  g_assert_cmpstr (content->site_name, ==, "The Wire Desk");

  /* Without any metadata: <title> without its site suffix, and a <time> element. */
  dated = read_html ("<html><head><title>Vendor's chief speaks out – The Wire</title></head>"
                     "<body><article><time datetime='2012-03-04'>4 March</time>"
                     PARA (1) "</article></body></html>", -1);
  g_assert_cmpstr (dated->title, ==, "Vendor's chief speaks out");
  g_assert_cmpstr (dated->published, ==, "2012-03-04");
  g_assert_null (dated->url);
}

/* A page with every kind of furniture around and inside the article. */
static void
test_boilerplate_removed (void)
{
  g_autoptr(DsrDocumentContent) content = NULL;
  static const char * const furniture[] = {
    "Home", "World news", "We use cookies", "Accept all", "Share on Twitter",
    "Related stories", "Another story", "Leave a comment", "Post comment",
    "Sign up for our newsletter", "Copyright", "Jana Novak is a reporter", "Most read",
    "Advertisement", "hidden text",
  };

  content = read_html (
    "<html><head><title>Vendor denies report</title></head><body>"
    "<div id='cookie-banner'><p>We use cookies to improve your experience on this site, "
    "and to show you ads.</p><button>Accept all</button></div>"
    "<header class='site-header'><a href='/'>Home</a></header>"
    "<nav><ul><li><a href='/world'>World news</a></li><li><a href='/tech'>Tech</a></li></ul></nav>"
    "<div class='page'><div class='main-column'>"
    "<h1>Vendor denies report</h1>"
    "<div class='share-bar'><a href='https://twitter.com/share'>Share on Twitter</a></div>"
    "<div class='article-body'>" PARA (1) PARA (2)
    "<div class='ad-slot'>Advertisement</div>"
    "<div class='related-links'><h3>Related stories</h3><ul><li><a href='/b'>Another story</a></li>"
    "<li><a href='/c'>A third story</a></li></ul></div>"
    PARA (3) "<p style='display: none'>hidden text</p>" PARA (4) "</div>"
    "<div class='author-bio'><p>Jana Novak is a reporter who covers security.</p></div>"
    "<div class='newsletter-signup'><p>Sign up for our newsletter</p><form><input type='email'>"
    "<button>Subscribe</button></form></div>"
    "<div id='comments'><h3>Leave a comment</h3><form><textarea></textarea>"
    "<button>Post comment</button></form></div>"
    "</div><aside class='sidebar'><h3>Most read</h3><ol><li><a href='/d'>Story</a></li></ol></aside>"
    "</div><footer><p>Copyright 2026 Example News</p></footer></body></html>", -1);

  for (guint i = 1; i <= 4; i++)
    {
      g_autofree char *needle = g_strdup_printf ("Paragraph %u of the report", i);
      g_assert_nonnull (strstr (content->text->str, needle));
    }
  for (guint i = 0; i < G_N_ELEMENTS (furniture); i++)
    if (strstr (content->text->str, furniture[i]) != NULL)
      g_error ("furniture \"%s\" left in: %s", furniture[i], content->text->str);
  g_assert_cmpuint (dsr_test_count_spans (content, DSR_SPAN_PARAGRAPH), ==, 4);
}

static void
test_declared_encodings (void)
{
  static const struct { const char *charset; const char *head; const char *text; } pages[] = {
    { "WINDOWS-1251", "<meta charset=windows-1251>",
      "Евгений Белозар заявил комитету, что его компания никогда не передавала данные." },
    { "KOI8-R", "<meta http-equiv='Content-Type' content='text/html; charset=koi8-r'>",
      "Аналитик назвал сообщение агентства много шума из ничего." },
    { "SHIFT_JIS", "<meta charset='Shift_JIS'>",
      "東京の会社は顧客のデータを政府に渡したことは一度もないと述べた。" },
    { "ISO-8859-2", "<meta charset='iso-8859-2'>",
      "Przedstawiciel firmy powiedział, że spółka nigdy nie przekazała danych." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *page = g_strdup_printf ("<html><head>%s<title>t</title></head><body>"
                                               "<p>%s</p></body></html>",
                                               pages[i].head, pages[i].text);
      g_autoptr(GError) error = NULL;
      gsize size = 0;
      g_autofree char *encoded = g_convert (page, -1, pages[i].charset, "UTF-8", NULL, &size, &error);
      g_autoptr(DsrDocumentContent) content = NULL;

      g_assert_no_error (error);
      content = read_html (encoded, size);
      g_assert_cmpstr (content->text->str, ==, pages[i].text);
    }
}

static void
test_nul_bytes_and_invalid_utf8 (void)
{
  static const char page[] = "<html><body><p>Vendor\0 denies \xff\xfe report, "
                             "caf\xc3\xa9 \xc3 closed.</p></body></html>";
  g_autoptr(GBytes) bytes = g_bytes_new (page, sizeof page - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(DsrDocumentContent) content = dsr_html_reader_read (bytes, "bad.html", &error);

  /* One clear error or a readable text; never a crash nor invalid UTF-8. */
  if (content == NULL)
    {
      g_assert_error (error, DSR_IMPORT_ERROR, DSR_IMPORT_ERROR_ENCODING);
      return;
    }
  g_assert_true (g_utf8_validate (content->text->str, -1, NULL));
  g_assert_nonnull (strstr (content->text->str, "denies"));
  g_assert_nonnull (strstr (content->text->str, "closed."));
}

static void
test_nested_deep (void)
{
  GString *page = g_string_new ("<html><body>");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DsrDocumentContent) content = NULL;
  gint64 start = g_get_monotonic_time ();

  for (guint i = 0; i < 100000; i++)
    g_string_append (page, i % 2 ? "<span>" : "<div>");
  g_string_append (page, "Deep text at the bottom of the page.");
  for (guint i = 0; i < 50000; i++)
    g_string_append (page, "</span></div>");
  g_string_append (page, PARA (1) "</body></html>");
  bytes = g_string_free_to_bytes (page);

  content = dsr_html_reader_read (bytes, "deep.html", &error);
  if (content == NULL)
    g_assert_error (error, DSR_IMPORT_ERROR, DSR_IMPORT_ERROR_MALFORMED);
  else
    g_assert_true (g_utf8_validate (content->text->str, -1, NULL));
  g_assert_cmpint (g_get_monotonic_time () - start, <, SLOWDOWN * 30 * G_USEC_PER_SEC);
}

static void
test_huge_page (void)
{
  g_autofree char *path = temp_path ("huge.html");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) full = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(DsrDocumentContent) content = NULL;
  FILE *file = fopen (path, "w");
  char *data = NULL;
  gsize size = 0;
  gint64 start;

  /* 100 MB: over the import limit, so refused at once with a clear error. */
  g_assert_nonnull (file);
  fputs ("<html><body><article>", file);
  for (guint i = 0; i < 100 * 1024 * 1024 / (sizeof PARA (1) - 1) + 1; i++)
    fputs (PARA (1), file);
  fputs ("</article></body></html>", file);
  fclose (file);

  g_assert_true (g_file_get_contents (path, &data, &size, NULL));
  g_assert_cmpuint (size, >, 100 * 1024 * 1024);
  full = g_bytes_new_take (data, size);
  start = g_get_monotonic_time ();
  g_assert_null (dsr_html_reader_read (full, path, &error));
  g_assert_error (error, DSR_IMPORT_ERROR, DSR_IMPORT_ERROR_TOO_LARGE);
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);
  g_clear_error (&error);

  /* 60 MB, just under the limit, is read whole, in seconds rather than minutes. */
  bytes = g_bytes_new_from_bytes (full, 0, 60 * 1024 * 1024);
  start = g_get_monotonic_time ();
  content = dsr_html_reader_read (bytes, path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (content);
  g_assert_cmpuint (dsr_test_count_spans (content, DSR_SPAN_PARAGRAPH), >, 100000);
  g_assert_cmpint (g_get_monotonic_time () - start, <, SLOWDOWN * 60 * G_USEC_PER_SEC);
  g_test_message ("60 MB page read in %.1f s",
                  (g_get_monotonic_time () - start) / (double)G_USEC_PER_SEC);
  g_unlink (path);
}

static void
test_xhtml_entities_not_expanded (void)
{
  static const char external[] =
    "<?xml version='1.0' encoding='utf-8'?>\n"
    "<!DOCTYPE html PUBLIC '-//W3C//DTD XHTML 1.0 Strict//EN' "
    "'http://127.0.0.1:9/xhtml1-strict.dtd' [\n"
    "  <!ENTITY secret SYSTEM 'file:///etc/passwd'>\n"
    "  <!ENTITY remote SYSTEM 'http://127.0.0.1:9/remote.txt'>\n"
    "]>\n"
    "<html xmlns='http://www.w3.org/1999/xhtml'><head><title>Entities</title></head>"
    "<body><p>Before &secret; middle &remote; after, and a few more words to read.</p></body></html>";
  static const char laughs[] =
    "<?xml version='1.0'?>\n"
    "<!DOCTYPE lolz [\n"
    "  <!ENTITY lol 'lol'>\n"
    "  <!ENTITY lol1 '&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;'>\n"
    "  <!ENTITY lol2 '&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;'>\n"
    "  <!ENTITY lol3 '&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;'>\n"
    "  <!ENTITY lol4 '&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;'>\n"
    "  <!ENTITY lol5 '&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;'>\n"
    "  <!ENTITY lol6 '&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;'>\n"
    "  <!ENTITY lol7 '&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;'>\n"
    "  <!ENTITY lol8 '&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;'>\n"
    "  <!ENTITY lol9 '&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;'>\n"
    "]>\n"
    "<html xmlns='http://www.w3.org/1999/xhtml'><body><p>Laughs: &lol9; end of the text.</p></body></html>";
  const DsrReader *reader = dsr_reader_for_file ("page.xhtml", NULL);
  g_autoptr(GBytes) external_bytes = g_bytes_new_static (external, sizeof external - 1);
  g_autoptr(GBytes) laughs_bytes = g_bytes_new_static (laughs, sizeof laughs - 1);
  g_autoptr(DsrDocumentContent) first = NULL;
  g_autoptr(DsrDocumentContent) second = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (reader);
  g_assert_cmpstr (reader->media_type, ==, "application/xhtml+xml");

  first = reader->read (external_bytes, "page.xhtml", &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (first->text->str, "Before"));
  g_assert_nonnull (strstr (first->text->str, "after"));
  g_assert_null (strstr (first->text->str, "root:"));
  g_assert_cmpuint (first->text->len, <, 200);

  second = reader->read (laughs_bytes, "laughs.xhtml", &error);
  g_assert_no_error (error);
  g_assert_null (strstr (second->text->str, "lollollol"));
  g_assert_cmpuint (second->text->len, <, 200);
}

static void
test_empty_page (void)
{
  static const char page[] = "<html><head><script>x()</script></head><body>"
                             "<img src=a.png></body></html>";
  g_autoptr(GBytes) bytes = g_bytes_new_static (page, sizeof page - 1);
  g_autoptr(GError) error = NULL;

  g_assert_null (dsr_html_reader_read (bytes, "empty.html", &error));
  g_assert_error (error, DSR_IMPORT_ERROR, DSR_IMPORT_ERROR_EMPTY);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/dsr/html-reader/structure", test_structure);
  g_test_add_func ("/dsr/html-reader/inline-across-empty-block", test_inline_across_empty_block);
  g_test_add_func ("/dsr/html-reader/metadata/meta-and-opengraph", test_metadata_meta_and_opengraph);
  g_test_add_func ("/dsr/html-reader/metadata/json-ld", test_metadata_json_ld);
  g_test_add_func ("/dsr/html-reader/boilerplate-removed", test_boilerplate_removed);
  g_test_add_func ("/dsr/html-reader/declared-encodings", test_declared_encodings);
  g_test_add_func ("/dsr/html-reader/nul-bytes-and-invalid-utf8", test_nul_bytes_and_invalid_utf8);
  g_test_add_func ("/dsr/html-reader/nested-deep", test_nested_deep);
  g_test_add_func ("/dsr/html-reader/huge-page", test_huge_page);
  g_test_add_func ("/dsr/html-reader/xhtml-entities-not-expanded", test_xhtml_entities_not_expanded);
  g_test_add_func ("/dsr/html-reader/empty-page", test_empty_page);

  return g_test_run ();
}
