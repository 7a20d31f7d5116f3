/* dsr-find-bar.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define DSR_TYPE_FIND_BAR (dsr_find_bar_get_type ())

G_DECLARE_FINAL_TYPE (DsrFindBar, dsr_find_bar, DSR, FIND_BAR, GtkWidget)

/* Beyond this many matches in one document, the rest are neither counted nor tinted. */
#define DSR_FIND_BAR_MAX_MATCHES 10000

GtkWidget   *dsr_find_bar_new             (void);
void         dsr_find_bar_set_text_view   (DsrFindBar  *self,
                                           GtkTextView *view);
GtkTextView *dsr_find_bar_get_text_view   (DsrFindBar  *self);
void         dsr_find_bar_open            (DsrFindBar  *self);
void         dsr_find_bar_close           (DsrFindBar  *self);
gboolean     dsr_find_bar_is_open         (DsrFindBar  *self);
void         dsr_find_bar_search          (DsrFindBar  *self,
                                           const char  *text);
guint        dsr_find_bar_get_n_matches   (DsrFindBar  *self);
int          dsr_find_bar_get_current     (DsrFindBar  *self);
const char  *dsr_find_bar_get_count_label (DsrFindBar  *self);
void         dsr_find_bar_next            (DsrFindBar  *self);
void         dsr_find_bar_previous        (DsrFindBar  *self);

G_END_DECLS
