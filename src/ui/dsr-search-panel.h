/* dsr-search-panel.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "dsr-search-hit.h"
#include "dsr-store.h"

G_BEGIN_DECLS

#define DSR_TYPE_SEARCH_PANEL (dsr_search_panel_get_type ())

G_DECLARE_FINAL_TYPE (DsrSearchPanel, dsr_search_panel, DSR, SEARCH_PANEL, GtkWidget)

/* The most documents a search lists. */
#define DSR_SEARCH_PANEL_MAX_RESULTS 200

GtkWidget   *dsr_search_panel_new             (void);
void         dsr_search_panel_set_store       (DsrSearchPanel *self,
                                               DsrStore       *store);
DsrStore    *dsr_search_panel_get_store       (DsrSearchPanel *self);
void         dsr_search_panel_search          (DsrSearchPanel *self,
                                               const char     *query);
void         dsr_search_panel_focus_entry     (DsrSearchPanel *self);
GListModel  *dsr_search_panel_get_results     (DsrSearchPanel *self);
const char  *dsr_search_panel_get_state       (DsrSearchPanel *self);
void         dsr_search_panel_activate_result (DsrSearchPanel *self,
                                               guint           position);

gboolean     dsr_search_hit_locate            (DsrSearchHit   *hit,
                                               const char     *text,
                                               gint64         *start,
                                               gint64         *end);

G_END_DECLS
