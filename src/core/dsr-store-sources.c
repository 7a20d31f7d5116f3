/* dsr-store-sources.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-store-sources"

#include "config.h"

#include <glib/gi18n.h>

#include "dsr-source-private.h"
#include "dsr-store-private.h"

/* Sources: the outlets and originators documents come from, graded on the Admiralty
 * scale for reliability (A to F), apart from each claim's credibility. */

/**
 * dsr_store_list_sources:
 *
 * Returns: (transfer full) (nullable): a list of #DsrSource, by name
 */
GListModel *
dsr_store_list_sources (DsrStore  *self,
                        GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GListStore) list = g_list_store_new (DSR_TYPE_SOURCE);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  g_return_val_if_fail (DSR_IS_STORE (self), NULL);

  stmt = _dsr_store_prepare (self,
                             "SELECT " DSR_SOURCE_COLUMNS " FROM sources s "
                             "ORDER BY s.name COLLATE NOCASE, s.id", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (rows, _dsr_source_new_from_row (stmt));
  if (rc != SQLITE_DONE)
    {
      _dsr_store_set_sqlite_error (self, error, _("cannot list sources"));
      return NULL;
    }
  g_list_store_splice (list, 0, 0, rows->pdata, rows->len);
  return G_LIST_MODEL (g_steal_pointer (&list));
}

/**
 * dsr_store_set_source_reliability:
 * @source_id: a source
 * @grade: 'A' to 'F', or 0 to remove the grade
 *
 * Grades a source's reliability on the Admiralty scale, in one transaction.
 */
gboolean
dsr_store_set_source_reliability (DsrStore  *self,
                                  gint64     source_id,
                                  char       grade,
                                  GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  char text[2] = { grade, 0 };

  g_return_val_if_fail (DSR_IS_STORE (self), FALSE);

  if (grade != 0 && (grade < 'A' || grade > 'F'))
    {
      g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_INVALID,
                   _("a reliability grade is a letter from A to F"));
      return FALSE;
    }

  if (!_dsr_store_begin (self, error))
    return FALSE;
  if (!(stmt = _dsr_store_prepare (self, "UPDATE sources SET reliability = ? WHERE id = ?", error)))
    goto failed;
  if (grade != 0)
    sqlite3_bind_text (stmt, 1, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, 1);
  sqlite3_bind_int64 (stmt, 2, source_id);
  if (!_dsr_store_step_done (self, stmt, error))
    goto failed;
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_NOT_FOUND,
                   _("no source with id %lld"), (long long)source_id);
      goto failed;
    }
  return _dsr_store_commit (self, error);

failed:
  _dsr_store_rollback (self);
  return FALSE;
}
