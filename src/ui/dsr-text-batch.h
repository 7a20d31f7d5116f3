/* dsr-text-batch.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A stretch of text to tag, in code points. */
typedef struct
{
  gint64      start;
  gint64      end;
  GtkTextTag *tag;
} DsrTagRange;

GtkTextBuffer *dsr_text_view_detach_buffer (GtkTextView   *view);
void           dsr_text_view_attach_buffer (GtkTextView   *view,
                                            GtkTextBuffer *buffer);
GArray        *dsr_tag_ranges_new         (void);
void           dsr_text_buffer_fill        (GtkTextBuffer *buffer,
                                            const char    *text,
                                            GArray        *ranges);

G_END_DECLS
