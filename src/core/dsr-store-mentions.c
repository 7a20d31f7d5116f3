/* dsr-store-mentions.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-store-mentions"

#include "config.h"

#include <glib/gi18n.h>

#include "dsr-store-private.h"

/**
 * dsr_store_list_entity_mentions:
 * @entity_id: an entity
 *
 * Where an entity is mentioned, across all documents, for stepping through its
 * mentions. Rejected mentions are left out.
 *
 * Returns: (transfer full) (element-type DsrMentionPlace) (nullable): by document
 *   (by id, as documents are listed) and position
 */
GArray *
dsr_store_list_entity_mentions (DsrStore  *self,
                                gint64     entity_id,
                                GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) places = g_array_new (FALSE, TRUE, sizeof (DsrMentionPlace));
  int rc;

  g_return_val_if_fail (DSR_IS_STORE (self), NULL);

  stmt = _dsr_store_prepare (self,
                             "SELECT m.document_id, m.start, m.\"end\" FROM mentions m "
                             
                             "WHERE m.entity_id = ? AND m.state <> 'rejected' "
                             "ORDER BY m.document_id, m.start, m.\"end\"", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, entity_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      DsrMentionPlace place;

      place.document_id = sqlite3_column_int64 (stmt, 0);
      place.start = sqlite3_column_int64 (stmt, 1);
      place.end = sqlite3_column_int64 (stmt, 2);
      g_array_append_val (places, place);
    }
  if (rc != SQLITE_DONE)
    {
      _dsr_store_set_sqlite_error (self, error, _("cannot list the entity’s mentions"));
      return NULL;
    }
  return g_steal_pointer (&places);
}
