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

/**
 * dsr_text_view_reveal_range:
 * @view: a text view inside a scrolled window
 * @start: where the passage begins
 * @end: where it ends
 *
 * Selects the passage and scrolls the nearest scrolled window so that it is in view.
 * The document view shares its scrolled window with the document's header, so it has
 * no adjustments of its own and gtk_text_view_scroll_to_iter() cannot do this.
 */
void
dsr_text_view_reveal_range (GtkTextView       *view,
                            const GtkTextIter *start,
                            const GtkTextIter *end)
{
  GtkTextBuffer *buffer;
  GtkWidget *scroller;
  GtkWidget *content;
  GtkAdjustment *adjustment;
  GdkRectangle location;
  double x, y;
  double value;

  g_return_if_fail (GTK_IS_TEXT_VIEW (view));
  g_return_if_fail (start != NULL && end != NULL);

  buffer = gtk_text_view_get_buffer (view);
  gtk_text_buffer_select_range (buffer, start, end);

  scroller = gtk_widget_get_ancestor (GTK_WIDGET (view), GTK_TYPE_SCROLLED_WINDOW);
  if (scroller == NULL)
    {
      gtk_text_view_scroll_to_iter (view, (GtkTextIter *)start, 0.0, TRUE, 0.0, REVEAL_AT);
      return;
    }

  content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller));
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));

  gtk_text_view_get_iter_location (view, start, &location);
  gtk_text_view_buffer_to_window_coords (view, GTK_TEXT_WINDOW_WIDGET,
                                         location.x, location.y, &location.x, &location.y);

  /* Coordinates in the scrolled content are what the adjustment counts. */
  if (!gtk_widget_translate_coordinates (GTK_WIDGET (view), content, location.x, location.y, &x, &y))
    return;
  y += gtk_adjustment_get_value (adjustment);

  value = y - gtk_adjustment_get_page_size (adjustment) * REVEAL_AT;
  gtk_adjustment_set_value (adjustment,
                            CLAMP (value, gtk_adjustment_get_lower (adjustment),
                                   gtk_adjustment_get_upper (adjustment) -
                                   gtk_adjustment_get_page_size (adjustment)));
}
