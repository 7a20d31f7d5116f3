/* test-text-fill.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-text-fill"

#include "config.h"

#include <gtk/gtk.h>

#include "dsr-text-batch.h"
#include "dsr-ui-test.h"

/* dsr_text_buffer_fill() must leave a buffer exactly as setting the text and then
 * applying each tag would: the same text, the same lines, the same tags on every
 * character. */

static GtkTextTagTable *
new_table (void)
{
  GtkTextTagTable *table = gtk_text_tag_table_new ();
  const char *names[] = { "a", "b", "c" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GtkTextTag) tag = gtk_text_tag_new (names[i]);

      gtk_text_tag_table_add (table, tag);
    }
  return table;
}

static void
add_range (GArray          *ranges,
           GtkTextTagTable *table,
           const char      *name,
           gint64           start,
           gint64           end)
{
  DsrTagRange range = { start, end, gtk_text_tag_table_lookup (table, name) };

  g_array_append_val (ranges, range);
}

/* What the fill must match: the whole text, then each valid range tagged. */
static GtkTextBuffer *
reference_buffer (GtkTextTagTable *table,
                  const char      *text,
                  GArray          *ranges)
{
  GtkTextBuffer *buffer = gtk_text_buffer_new (table);
  int n_chars;

  gtk_text_buffer_set_text (buffer, text, -1);
  n_chars = gtk_text_buffer_get_char_count (buffer);
  for (guint i = 0; i < ranges->len; i++)
    {
      const DsrTagRange *range = &g_array_index (ranges, DsrTagRange, i);
      GtkTextIter start, end;

      if (range->start < 0 || range->start >= range->end || range->end > n_chars)
        continue;
      gtk_text_buffer_get_iter_at_offset (buffer, &start, (int)range->start);
      gtk_text_buffer_get_iter_at_offset (buffer, &end, (int)range->end);
      gtk_text_buffer_apply_tag (buffer, range->tag, &start, &end);
    }
  return buffer;
}

static char *
describe_tags (GtkTextIter *iter)
{
  g_autoptr(GSList) tags = gtk_text_iter_get_tags (iter);
  GString *names = g_string_new (NULL);

  for (GSList *l = tags; l != NULL; l = l->next)
    {
      g_autofree char *name = NULL;

      g_object_get (l->data, "name", &name, NULL);
      g_string_append_printf (names, "%s ", name);
    }
  return g_string_free (names, FALSE);
}

static void
assert_fill_matches (const char *text,
                     GArray     *ranges)
{
  g_autoptr(GtkTextTagTable) table = NULL;
  g_autoptr(GtkTextBuffer) expected = NULL;
  g_autoptr(GtkTextBuffer) filled = NULL;
  g_autofree char *expected_text = NULL;
  g_autofree char *filled_text = NULL;
  g_autoptr(GArray) own_ranges = dsr_tag_ranges_new ();
  GtkTextIter a, b;

  table = new_table ();
  /* The ranges name tags of their own table. */
  for (guint i = 0; i < ranges->len; i++)
    {
      DsrTagRange range = g_array_index (ranges, DsrTagRange, i);
      g_autofree char *name = NULL;

      g_object_get (range.tag, "name", &name, NULL);
      add_range (own_ranges, table, name, range.start, range.end);
    }

  expected = reference_buffer (table, text, own_ranges);
  filled = gtk_text_buffer_new (table);
  dsr_text_buffer_fill (filled, text, own_ranges);

  gtk_text_buffer_get_bounds (expected, &a, &b);
  expected_text = gtk_text_buffer_get_text (expected, &a, &b, TRUE);
  gtk_text_buffer_get_bounds (filled, &a, &b);
  filled_text = gtk_text_buffer_get_text (filled, &a, &b, TRUE);
  g_assert_cmpstr (filled_text, ==, expected_text);
  g_assert_cmpstr (filled_text, ==, text);
  g_assert_cmpint (gtk_text_buffer_get_line_count (filled), ==, gtk_text_buffer_get_line_count (expected));

  for (int offset = 0; offset <= gtk_text_buffer_get_char_count (expected); offset++)
    {
      g_autofree char *expected_tags = NULL;
      g_autofree char *filled_tags = NULL;

      gtk_text_buffer_get_iter_at_offset (expected, &a, offset);
      gtk_text_buffer_get_iter_at_offset (filled, &b, offset);
      g_assert_cmpint (gtk_text_iter_get_line (&b), ==, gtk_text_iter_get_line (&a));
      expected_tags = describe_tags (&a);
      filled_tags = describe_tags (&b);
      g_assert_cmpstr (filled_tags, ==, expected_tags);
    }

  /* Filling is no edit: there is nothing to undo. */
  g_assert_false (gtk_text_buffer_get_can_undo (filled));
}

static void
test_paragraphs_and_mentions (void)
{
  g_autoptr(GtkTextTagTable) table = new_table ();
  g_autoptr(GArray) ranges = dsr_tag_ranges_new ();
  const char *text = "Heading\nFirst paragraph names Ada Lovelace twice: Ada.\nSecond one.";

  add_range (ranges, table, "a", 0, 7);          /* the heading */
  add_range (ranges, table, "a", 8, 54);         /* a paragraph */
  add_range (ranges, table, "b", 29, 41);        /* mentions in it */
  add_range (ranges, table, "b", 49, 52);
  add_range (ranges, table, "a", 55, 66);        /* the last paragraph, to the end */
  add_range (ranges, table, "c", 50, 60);        /* across a line break */
  assert_fill_matches (text, ranges);
}

static void
test_line_breaks (void)
{
  g_autoptr(GtkTextTagTable) table = new_table ();
  g_autoptr(GArray) ranges = dsr_tag_ranges_new ();
  /* \r\n, a \r alone, U+2029 and a blank line; non-ASCII letters shift bytes from
   * characters. */
  const char *text = "one\r\ntwo\rthr\xc3\xa9\xe2\x80\xa9" "f\xc3\xb6ur\n\nfive";

  for (gint64 start = 0; start < 22; start += 3)
    for (gint64 end = start + 1; end <= 23; end += 4)
      add_range (ranges, table, end % 2 ? "a" : "b", start, end);
  /* Ranges that end between a \r and its \n, and right after the \r alone. */
  add_range (ranges, table, "c", 1, 4);
  add_range (ranges, table, "c", 5, 9);
  assert_fill_matches (text, ranges);
}

static void
test_nested_and_shared_ends (void)
{
  g_autoptr(GtkTextTagTable) table = new_table ();
  g_autoptr(GArray) ranges = dsr_tag_ranges_new ();
  const char *text = "\xe2\x80\x9cWe will not sell,\xe2\x80\x9d said Ada Lovelace of Belozar Labs.";

  add_range (ranges, table, "a", 0, 19);         /* a quotation */
  add_range (ranges, table, "b", 25, 37);        /* “Ada Lovelace” */
  add_range (ranges, table, "b", 25, 28);        /* “Ada” inside it */
  add_range (ranges, table, "c", 41, 53);        /* two ranges ending together */
  add_range (ranges, table, "a", 49, 53);
  add_range (ranges, table, "a", 0, 54);         /* the whole text */
  assert_fill_matches (text, ranges);
}

static void
test_damaged_ranges_left_out (void)
{
  g_autoptr(GtkTextTagTable) table = new_table ();
  g_autoptr(GArray) ranges = dsr_tag_ranges_new ();
  const char *text = "Short text.\nTwo lines.";

  add_range (ranges, table, "a", 0, 5);
  add_range (ranges, table, "b", 6, 6);          /* empty */
  add_range (ranges, table, "b", 9, 3);          /* backwards */
  add_range (ranges, table, "c", -4, 2);         /* before the text */
  add_range (ranges, table, "c", 12, 400);       /* past its end */
  add_range (ranges, table, "a", 20, 23);        /* just past its end */
  assert_fill_matches (text, ranges);
}

static void
test_empty_text (void)
{
  g_autoptr(GtkTextTagTable) table = new_table ();
  g_autoptr(GArray) ranges = dsr_tag_ranges_new ();

  add_range (ranges, table, "a", 0, 1);
  assert_fill_matches ("", ranges);
}

int
main (int   argc,
      char *argv[])
{
  if (!dsr_ui_test_init (&argc, &argv))
    return 0;

  g_test_add_func ("/dsr/text-fill/paragraphs-and-mentions", test_paragraphs_and_mentions);
  g_test_add_func ("/dsr/text-fill/line-breaks", test_line_breaks);
  g_test_add_func ("/dsr/text-fill/nested-and-shared-ends", test_nested_and_shared_ends);
  g_test_add_func ("/dsr/text-fill/damaged-ranges-left-out", test_damaged_ranges_left_out);
  g_test_add_func ("/dsr/text-fill/empty-text", test_empty_text);

  return g_test_run ();
}
