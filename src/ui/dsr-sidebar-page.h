/* dsr-sidebar-page.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

GtkWidget     *dsr_sidebar_page_scroller_new   (GtkListView *list_view,
                                                const char  *label);
AdwStatusPage *dsr_sidebar_page_empty_new      (const char  *icon_name,
                                                const char  *title,
                                                const char  *description);
GtkStack      *dsr_sidebar_page_stack_new      (GtkWidget   *list,
                                                GtkWidget   *empty);

G_END_DECLS
