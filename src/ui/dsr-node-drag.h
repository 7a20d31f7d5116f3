/* dsr-node-drag.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "dsr-core-types.h"

G_BEGIN_DECLS

GtkDragSource      *dsr_node_drag_source_new (void);
GdkContentProvider *dsr_node_drag_prepare    (GtkDragSource *source,
                                              const DsrNode *node);
GMenuModel         *dsr_node_menu_new        (const DsrNode *node);
void                dsr_node_menu_popup      (GtkWidget     *widget,
                                              double         x,
                                              double         y,
                                              const DsrNode *node);

G_END_DECLS
