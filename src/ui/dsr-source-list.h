/* dsr-source-list.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "dsr-core-types.h"

G_BEGIN_DECLS

#define DSR_TYPE_SOURCE_LIST (dsr_source_list_get_type ())

G_DECLARE_FINAL_TYPE (DsrSourceList, dsr_source_list, DSR, SOURCE_LIST, GtkWidget)

GtkWidget   *dsr_source_list_new           (void);
void         dsr_source_list_set_store     (DsrSourceList *self,
                                            DsrStore      *store);
GtkListView *dsr_source_list_get_list_view (DsrSourceList *self);

G_END_DECLS
