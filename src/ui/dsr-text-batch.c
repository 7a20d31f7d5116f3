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
