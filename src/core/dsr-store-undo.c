/* dsr-store-undo.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-store-undo"

/* The session extension's API is declared only when asked for; Debian's SQLite is
 * built with it. */
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1

#include "config.h"

#include <glib/gi18n.h>

#include "dsr-store-private.h"

/* Undo and redo of curating edits and of the board edits that make claims, with
 * SQLite's session extension: while an edit runs, a session records every row it
 * changes (those changed by triggers and cascades too); undoing applies the inverse of
 * that changeset in one transaction, which puts back exactly the rows as they were,
 * with their ids, and redoing applies the changeset itself.
 *
 * Tables are attached in this order, which is the order the changeset lists them and
 * so the order the inverse is applied: entities come first, so that an entity a merge
 * deleted exists again before the links and board items that name it come back (a
 * trigger refuses links to missing nodes), and an entity a tag created is deleted
 * first, its mentions going with it by cascade; claims come before links and board
 * items for the same reasons. */
static const char * const recorded_tables[] = {
  "entities",
  "aliases",
  "entity_verdicts",
  "mentions",
  "quotes",
  "claims",
  "links",
  "board_items",
};

static sqlite3_session *
get_session (DsrStore *self)
{
  return g_object_get_data (G_OBJECT (self), "dsr-undo-session");
}

static void
set_session (DsrStore        *self,
             sqlite3_session *session)
{
  g_object_set_data (G_OBJECT (self), "dsr-undo-session", session);
}

/**
 * dsr_store_begin_undo_record:
 *
 * Starts recording the changes of the next edits, until
 * dsr_store_end_undo_record(). Only one record is made at a time.
 */
gboolean
dsr_store_begin_undo_record (DsrStore  *self,
                             GError   **error)
{
  sqlite3_session *session = NULL;

  g_return_val_if_fail (DSR_IS_STORE (self), FALSE);
  g_return_val_if_fail (get_session (self) == NULL, FALSE);

  if (!_dsr_store_ensure_writable (self, error))
    return FALSE;

  if (sqlite3session_create (self->db, "main", &session) != SQLITE_OK)
    {
      _dsr_store_set_sqlite_error (self, error, _("cannot record the change for undo"));
      return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (recorded_tables); i++)
    if (sqlite3session_attach (session, recorded_tables[i]) != SQLITE_OK)
      {
        sqlite3session_delete (session);
        _dsr_store_set_sqlite_error (self, error, _("cannot record the change for undo"));
        return FALSE;
      }
  set_session (self, session);
  return TRUE;
}

/**
 * dsr_store_end_undo_record:
 *
 * Stops recording.
 *
 * Returns: (transfer full) (nullable): what dsr_store_undo() needs to undo the edits
 *   made since dsr_store_begin_undo_record(), or %NULL if they changed nothing
 */
GBytes *
dsr_store_end_undo_record (DsrStore *self)
{
  sqlite3_session *session;
  void *changeset = NULL;
  int n_bytes = 0;
  GBytes *record = NULL;

  g_return_val_if_fail (DSR_IS_STORE (self), NULL);

  if (!(session = get_session (self)))
    return NULL;
  set_session (self, NULL);

  if (sqlite3session_changeset (session, &n_bytes, &changeset) == SQLITE_OK && n_bytes > 0)
    record = g_bytes_new (changeset, n_bytes);
  else if (n_bytes > 0)
    g_warning ("Cannot read the changes recorded for undo");
  sqlite3_free (changeset);
  sqlite3session_delete (session);

  return record;
}

/* Rows a changeset deletes may already be gone with a row deleted before them (the
 * mentions of an entity, the links of a claim); anything else means the investigation
 * changed since the edit, and applying it would not restore what was. */
static int
conflict_cb (void                 *user_data,
             int                   conflict,
             sqlite3_changeset_iter *iter)
{
  const char *table;
  int n_columns, op, indirect;

  if (conflict == SQLITE_CHANGESET_NOTFOUND &&
      sqlite3changeset_op (iter, &table, &n_columns, &op, &indirect) == SQLITE_OK &&
      op == SQLITE_DELETE)
    return SQLITE_CHANGESET_OMIT;

  return SQLITE_CHANGESET_ABORT;
}

static gboolean
apply (DsrStore    *self,
       void        *changeset,
       int          n_bytes,
       const char  *failure,
       GError     **error)
{
  int rc;

  if (!_dsr_store_begin (self, error))
    return FALSE;
  rc = sqlite3changeset_apply (self->db, n_bytes, changeset, NULL, conflict_cb, self);
  if (rc != SQLITE_OK)
    {
      _dsr_store_rollback (self);
      g_set_error_literal (error, DSR_STORE_ERROR, DSR_STORE_ERROR_FAILED, failure);
      return FALSE;
    }
  return _dsr_store_commit (self, error);
}

/**
 * dsr_store_undo:
 * @record: from dsr_store_end_undo_record()
 *
 * Undoes the edits of @record, in one transaction. It fails, changing nothing, if the
 * rows they changed have changed since.
 */
gboolean
dsr_store_undo (DsrStore  *self,
                GBytes    *record,
                GError   **error)
{
  void *inverse = NULL;
  int n_inverse = 0;
  gsize n_bytes;
  gconstpointer bytes;
  gboolean done;

  g_return_val_if_fail (DSR_IS_STORE (self), FALSE);
  g_return_val_if_fail (record != NULL, FALSE);
  g_return_val_if_fail (get_session (self) == NULL, FALSE);

  bytes = g_bytes_get_data (record, &n_bytes);
  if (sqlite3changeset_invert ((int)n_bytes, (void *)bytes, &n_inverse, &inverse) != SQLITE_OK)
    {
      g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_INVALID, _("the change cannot be undone"));
      return FALSE;
    }
  done = apply (self, inverse, n_inverse,
                _("the change cannot be undone: the investigation changed since"), error);
  sqlite3_free (inverse);
  return done;
}

/**
 * dsr_store_redo:
 * @record: from dsr_store_end_undo_record(), undone with dsr_store_undo()
 *
 * Makes the edits of @record again, in one transaction, with the ids they had. It
 * fails, changing nothing, if the rows they changed have changed since the undo.
 */
gboolean
dsr_store_redo (DsrStore  *self,
                GBytes    *record,
                GError   **error)
{
  gsize n_bytes;
  gconstpointer bytes;

  g_return_val_if_fail (DSR_IS_STORE (self), FALSE);
  g_return_val_if_fail (record != NULL, FALSE);
  g_return_val_if_fail (get_session (self) == NULL, FALSE);

  bytes = g_bytes_get_data (record, &n_bytes);
  return apply (self, (void *)bytes, (int)n_bytes,
                _("the change cannot be redone: the investigation changed since"), error);
}
