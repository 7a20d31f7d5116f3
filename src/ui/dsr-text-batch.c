/* dsr-text-batch.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-text-batch"

#include "config.h"

#include "dsr-text-batch.h"

/* Changing a buffer that a text view shows costs the view's layout some work for each
 * change: applying the 20,000 mention tags of a 5 MB document took most of a second,
 * nearly all of it there. A buffer that no view shows takes the same changes in a
 * fraction of that time, and the view lays out the result once, when it gets the
 * buffer back. Between the two calls the view shows an empty buffer with the same
 * tags. */

/**
 * dsr_text_view_detach_buffer:
 *
 * Returns: (transfer full): the buffer the view showed, to change and then give back
 *   with dsr_text_view_attach_buffer()
 */
GtkTextBuffer *
dsr_text_view_detach_buffer (GtkTextView *view)
{
  GtkTextBuffer *buffer;
  g_autoptr(GtkTextBuffer) placeholder = NULL;

  g_return_val_if_fail (GTK_IS_TEXT_VIEW (view), NULL);

  buffer = g_object_ref (gtk_text_view_get_buffer (view));
  placeholder = gtk_text_buffer_new (gtk_text_buffer_get_tag_table (buffer));
  gtk_text_view_set_buffer (view, placeholder);

  return buffer;
}

/**
 * dsr_text_view_attach_buffer:
 * @buffer: (transfer full): what dsr_text_view_detach_buffer() returned
 */
void
dsr_text_view_attach_buffer (GtkTextView   *view,
                             GtkTextBuffer *buffer)
{
  g_return_if_fail (GTK_IS_TEXT_VIEW (view));
  g_return_if_fail (GTK_IS_TEXT_BUFFER (buffer));

  gtk_text_view_set_buffer (view, buffer);
  g_object_unref (buffer);
}

/**
 * dsr_tag_ranges_new:
 *
 * Returns: (transfer full) (element-type DsrTagRange): an empty array of ranges to tag
 */
GArray *
dsr_tag_ranges_new (void)
{
  return g_array_new (FALSE, FALSE, sizeof (DsrTagRange));
}

/* Bytes of text inserted at least at a time. */
#define MIN_INSERT 512

static int
compare_range_ends (gconstpointer a,
                    gconstpointer b)
{
  const DsrTagRange *x = a, *y = b;

  return (x->end > y->end) - (x->end < y->end);
}

/* The buffer's lines, as it breaks them (as pango_find_paragraph_boundary() does):
 * after a \n, a \r\n, a \r alone or a U+2029 paragraph separator. */
static gboolean
ends_line (const char *c,
           const char *next)
{
  return c[0] == '\n' || (c[0] == '\r' && next[0] != '\n') ||
         (c[0] == '\xe2' && c[1] == '\x80' && c[2] == '\xa9');
}

/* Steps @next over the text up to character @target, never stopping between a \r
 * and its \n (inserted apart, they would make two line breaks), nor past the end
 * of the text; counts the characters in @n and notes where lines begin. */
static const char *
scan_to (const char *next,
         gint64     *n,
         gint64      target,
         GArray     *line_starts)
{
  gint64 count = *n;

  while (*next != '\0' && (count < target || (count > 0 && next[-1] == '\r' && next[0] == '\n')))
    {
      const char *c = next;

      /* Most of a text is ASCII other than line breaks: one byte, one character. */
      if (G_LIKELY ((guchar)*c > '\r' && (guchar)*c < 0x80))
        {
          next++;
          count++;
          continue;
        }

      next = g_utf8_next_char (next);
      count++;
      if (ends_line (c, next))
        g_array_append_val (line_starts, count);
    }

  *n = count;
  return next;
}

/* Moves @iter to @offset, a character in the buffer (not its end), by its line: by
 * offset alone, or from the buffer by line, the buffer counts through every piece of
 * text of the lines before it in its part of the tree. */
static void
move_iter (GtkTextIter *iter,
           GArray      *line_starts,
           gint64       offset)
{
  guint lo = 0, hi = line_starts->len;

  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (line_starts, gint64, mid) <= offset)
        lo = mid;
      else
        hi = mid;
    }
  gtk_text_iter_set_line (iter, (int)lo);
  gtk_text_iter_set_line_offset (iter, (int)(offset - g_array_index (line_starts, gint64, lo)));
}

/**
 * dsr_text_buffer_fill:
 * @buffer: an empty buffer that no view shows (see dsr_text_view_detach_buffer())
 * @text: valid UTF-8
 * @ranges: (element-type DsrTagRange): the stretches to tag, in any order (sorted
 *   here); those that reach past the text or are empty are left out
 *
 * Fills the buffer with @text, tagged as @ranges say, in one pass.
 *
 * A buffer keeps the text between two tag boundaries as one piece, and counts its
 * characters again each time a new boundary splits it: tags applied over a whole
 * document already in the buffer split its long paragraphs again and again. Here
 * the text goes in in order, and each tag as soon as the end of its range is in,
 * so that a boundary only ever splits the little text inserted since the last one.
 */
void
dsr_text_buffer_fill (GtkTextBuffer *buffer,
                      const char    *text,
                      GArray        *ranges)
{
  g_autoptr(GArray) line_starts = g_array_new (FALSE, FALSE, sizeof (gint64));
  const char *rest = text;    /* the text not inserted yet */
  gint64 n_inserted = 0;      /* in code points */
  GtkTextMark *end_mark;      /* at the end of the buffer, where text goes in */
  GtkTextIter start, end;

  g_return_if_fail (GTK_IS_TEXT_BUFFER (buffer));
  g_return_if_fail (gtk_text_buffer_get_char_count (buffer) == 0);
  g_return_if_fail (text != NULL);
  g_return_if_fail (ranges != NULL);

  g_array_sort (ranges, compare_range_ends);
  g_array_append_val (line_starts, n_inserted);

  /* The reader's text, not an edit: nothing to undo. */
  gtk_text_buffer_begin_irreversible_action (buffer);
  gtk_text_buffer_get_end_iter (buffer, &end);
  end_mark = gtk_text_buffer_create_mark (buffer, NULL, &end, FALSE);

  for (guint i = 0; i < ranges->len; i++)
    {
      const DsrTagRange *range = &g_array_index (ranges, DsrTagRange, i);

      if (range->start < 0 || range->start >= range->end)
        continue;

      if (range->end > n_inserted)
        {
          const char *next = rest;
          gint64 n = n_inserted;

          next = scan_to (next, &n, range->end, line_starts);
          /* Past the end of the text: so are all the ranges after it. */
          if (n < range->end)
            break;
          /* The text of a few ranges at a time: an insertion costs the buffer more
           * than splitting a few hundred more bytes when their tags go on. */
          for (guint j = i + 1; next - rest < MIN_INSERT && j < ranges->len && *next != '\0'; j++)
            next = scan_to (next, &n, g_array_index (ranges, DsrTagRange, j).end, line_starts);

          gtk_text_buffer_get_iter_at_mark (buffer, &end, end_mark);
          gtk_text_buffer_insert (buffer, &end, rest, (int)(next - rest));
          rest = next;
          n_inserted = n;
        }

      gtk_text_buffer_get_iter_at_mark (buffer, &end, end_mark);
      start = end;
      move_iter (&start, line_starts, range->start);
      if (range->end < n_inserted)
        move_iter (&end, line_starts, range->end);
      gtk_text_buffer_apply_tag (buffer, range->tag, &start, &end);
    }

  gtk_text_buffer_get_iter_at_mark (buffer, &end, end_mark);
  gtk_text_buffer_insert (buffer, &end, rest, -1);
  gtk_text_buffer_delete_mark (buffer, end_mark);
  gtk_text_buffer_end_irreversible_action (buffer);
}
