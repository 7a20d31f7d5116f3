/* dsr-text-reveal.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-text-reveal"

#include "config.h"

#include "dsr-text-reveal.h"

/* Where a passage begins, as a fraction of the visible height: a little above the
 * middle, so that the lines after it, which a reader goes on to, stay in view. */
#define REVEAL_AT 0.3

/* A text just shown is laid out over the next frames, and lines above the passage
 * get their true heights only then: the scroll follows for up to MAX_FRAMES frames,
 * until the passage has stayed put for STABLE_FRAMES (a tick runs before the frame's
 * layout, so one unchanged frame proves nothing). */
#define MAX_FRAMES    60
#define STABLE_FRAMES  3

typedef struct
{
  GtkTextMark *mark;       /* the passage's start */
  guint        tick_id;
  int          frames_left;
  int          stable_frames;
  double       last_y;
} Reveal;

static void
reveal_free (gpointer data)
{
  Reveal *reveal = data;

  if (reveal->mark != NULL)
    {
      GtkTextBuffer *buffer = gtk_text_mark_get_buffer (reveal->mark);

      if (buffer != NULL)
        gtk_text_buffer_delete_mark (buffer, reveal->mark);
      g_object_unref (reveal->mark);
    }
  g_free (reveal);
}

/* Scrolls so that the passage is in view, unless it is already; returns where it
 * is in the scrolled content, or -1 if that is not known yet. */
static double
scroll_to_mark (GtkTextView *view,
                GtkTextMark *mark)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (view), GTK_TYPE_SCROLLED_WINDOW);
  GtkTextIter iter;
  GtkWidget *content;
  GtkAdjustment *adjustment;
  GdkRectangle location;
  double x, y, page;

  if (scroller == NULL || gtk_text_mark_get_deleted (mark))
    return -1;

  content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller));
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  page = gtk_adjustment_get_page_size (adjustment);

  gtk_text_buffer_get_iter_at_mark (gtk_text_view_get_buffer (view), &iter, mark);
  gtk_text_view_get_iter_location (view, &iter, &location);
  gtk_text_view_buffer_to_window_coords (view, GTK_TEXT_WINDOW_WIDGET,
                                         location.x, location.y, &location.x, &location.y);

  /* Coordinates in the scrolled content are what the adjustment counts. */
  if (!gtk_widget_translate_coordinates (GTK_WIDGET (view), content, location.x, location.y, &x, &y))
    return -1;

  /* A passage already in full view stays where it is: the page does not jump. */
  if (y < 0 || y + location.height > page)
    gtk_adjustment_set_value (adjustment,
                              CLAMP (y + gtk_adjustment_get_value (adjustment) - page * REVEAL_AT,
                                     gtk_adjustment_get_lower (adjustment),
                                     gtk_adjustment_get_upper (adjustment) - page));

  return y + gtk_adjustment_get_value (adjustment);
}

static gboolean
reveal_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  Reveal *reveal = user_data;
  double y = scroll_to_mark (GTK_TEXT_VIEW (widget), reveal->mark);

  reveal->stable_frames = y == reveal->last_y ? reveal->stable_frames + 1 : 0;
  reveal->last_y = y;
  if (reveal->stable_frames < STABLE_FRAMES && --reveal->frames_left > 0)
    return G_SOURCE_CONTINUE;

  reveal->tick_id = 0;
  g_object_set_data (G_OBJECT (widget), "dsr-text-reveal", NULL);
  return G_SOURCE_REMOVE;
}

/**
 * dsr_text_view_reveal_range:
 * @view: a text view inside a scrolled window
 * @start: where the passage begins
 * @end: where it ends
 *
 * Selects the passage and, unless it is in view already, scrolls the nearest scrolled
 * window so that it is, now and over the frames in which a text just shown is laid
 * out. The document view shares its scrolled window with the document's header, so it
 * has no adjustments of its own and gtk_text_view_scroll_to_iter() cannot do this.
 */
void
dsr_text_view_reveal_range (GtkTextView       *view,
                            const GtkTextIter *start,
                            const GtkTextIter *end)
{
  GtkTextBuffer *buffer;
  Reveal *reveal;

  g_return_if_fail (GTK_IS_TEXT_VIEW (view));
  g_return_if_fail (start != NULL && end != NULL);

  buffer = gtk_text_view_get_buffer (view);
  gtk_text_buffer_select_range (buffer, start, end);

  if (gtk_widget_get_ancestor (GTK_WIDGET (view), GTK_TYPE_SCROLLED_WINDOW) == NULL)
    {
      gtk_text_view_scroll_to_iter (view, (GtkTextIter *)start, 0.0, TRUE, 0.0, REVEAL_AT);
      return;
    }

  /* A new reveal replaces one that is still following its passage. */
  if ((reveal = g_object_get_data (G_OBJECT (view), "dsr-text-reveal")) != NULL)
    {
      if (reveal->tick_id != 0)
        gtk_widget_remove_tick_callback (GTK_WIDGET (view), reveal->tick_id);
      reveal->tick_id = 0;
      g_object_set_data (G_OBJECT (view), "dsr-text-reveal", NULL);
    }

  reveal = g_new0 (Reveal, 1);
  reveal->mark = g_object_ref (gtk_text_buffer_create_mark (buffer, NULL, start, TRUE));
  reveal->frames_left = MAX_FRAMES;
  reveal->last_y = scroll_to_mark (view, reveal->mark);
  reveal->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (view), reveal_tick_cb, reveal, NULL);
  g_object_set_data_full (G_OBJECT (view), "dsr-text-reveal", reveal, reveal_free);
}
