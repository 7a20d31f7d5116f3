/* dsr-entity-model.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dsr-entity.h"

G_BEGIN_DECLS

#define DSR_TYPE_ENTITY_HEADER (dsr_entity_header_get_type ())

G_DECLARE_FINAL_TYPE (DsrEntityHeader, dsr_entity_header, DSR, ENTITY_HEADER, GObject)

DsrEntityKind dsr_entity_header_get_kind       (DsrEntityHeader *self);
guint         dsr_entity_header_get_n_entities (DsrEntityHeader *self);

#define DSR_TYPE_ENTITY_MODEL (dsr_entity_model_get_type ())

G_DECLARE_FINAL_TYPE (DsrEntityModel, dsr_entity_model, DSR, ENTITY_MODEL, GObject)

DsrEntityModel *dsr_entity_model_new          (void);
void            dsr_entity_model_set_entities (DsrEntityModel *self,
                                               GListModel     *entities);
void            dsr_entity_model_set_filter   (DsrEntityModel *self,
                                               const char     *filter);
guint           dsr_entity_model_get_n_entities (DsrEntityModel *self);
guint           dsr_entity_model_find         (DsrEntityModel *self,
                                               gint64          entity_id);

G_END_DECLS
