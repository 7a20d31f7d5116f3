/* dsr-entity-list.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "dsr-entity-model.h"

G_BEGIN_DECLS

#define DSR_TYPE_ENTITY_LIST (dsr_entity_list_get_type ())

G_DECLARE_FINAL_TYPE (DsrEntityList, dsr_entity_list, DSR, ENTITY_LIST, GtkWidget)

GtkWidget      *dsr_entity_list_new           (void);
void            dsr_entity_list_set_entities  (DsrEntityList *self,
                                               GListModel    *entities);
DsrEntityModel *dsr_entity_list_get_model     (DsrEntityList *self);
GtkListView    *dsr_entity_list_get_list_view (DsrEntityList *self);
GtkEditable    *dsr_entity_list_get_filter    (DsrEntityList *self);
GPtrArray      *dsr_entity_list_dup_selected  (DsrEntityList *self);
gboolean        dsr_entity_list_select        (DsrEntityList *self,
                                               gint64         entity_id);
void            dsr_entity_list_set_step      (DsrEntityList *self,
                                               guint          position,
                                               guint          n_mentions,
                                               guint          n_documents);

G_END_DECLS
