/* dsr-text-batch.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkTextBuffer *dsr_text_view_detach_buffer (GtkTextView   *view);
void           dsr_text_view_attach_buffer (GtkTextView   *view,
                                            GtkTextBuffer *buffer);

G_END_DECLS
