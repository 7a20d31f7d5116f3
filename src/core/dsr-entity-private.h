/* dsr-entity-private.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "dsr-entity.h"

G_BEGIN_DECLS

#define DSR_ENTITY_COLUMNS \
  "e.id, e.kind, e.name, e.state, " \
  "(SELECT group_concat (name, char (31)) FROM (SELECT a.name FROM aliases a " \
  "  WHERE a.entity_id = e.id ORDER BY a.name)), " \
  "(SELECT count(*) FROM mentions m WHERE m.entity_id = e.id AND m.state <> 'rejected'), " \
  "(SELECT count(DISTINCT m.document_id) FROM mentions m " \
  "  WHERE m.entity_id = e.id AND m.state <> 'rejected')"

DsrEntity *_dsr_entity_new_from_row      (sqlite3_stmt   *stmt);
gboolean   _dsr_entity_state_from_string (const char     *str,
                                          DsrEntityState *state);

G_END_DECLS
