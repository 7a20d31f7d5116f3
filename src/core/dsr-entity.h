/* dsr-entity.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "dsr-core-types.h"

G_BEGIN_DECLS

#define DSR_TYPE_ENTITY (dsr_entity_get_type ())

G_DECLARE_FINAL_TYPE (DsrEntity, dsr_entity, DSR, ENTITY, GObject)

/* A person, organisation, place or other named thing, as listed in the sidebar and by
 * `dossier-cli entities`. */
typedef enum
{
  DSR_ENTITY_SUGGESTED,
  DSR_ENTITY_CONFIRMED,
  DSR_ENTITY_REJECTED,
} DsrEntityState;

gint64               dsr_entity_get_id          (DsrEntity *self);
DsrEntityKind        dsr_entity_get_kind        (DsrEntity *self);
const char          *dsr_entity_get_name        (DsrEntity *self);
const char * const  *dsr_entity_get_aliases     (DsrEntity *self);
DsrEntityState       dsr_entity_get_state       (DsrEntity *self);
guint                dsr_entity_get_n_mentions  (DsrEntity *self);
guint                dsr_entity_get_n_documents (DsrEntity *self);

const char          *dsr_entity_state_to_string (DsrEntityState state);

G_END_DECLS
