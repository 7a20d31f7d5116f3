/* dsr-text-reveal.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void dsr_text_view_reveal_range (GtkTextView       *view,
                                 const GtkTextIter *start,
                                 const GtkTextIter *end);

G_END_DECLS
