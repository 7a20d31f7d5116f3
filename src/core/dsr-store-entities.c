/* dsr-store-entities.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-store-entities"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dsr-analysis-types.h"
#include "dsr-entity-private.h"
#include "dsr-store-private.h"

/* Entities, their mentions, detected quotations, and what people teach analysis.
 *
 * Analysis suggests; people confirm, reject, tag, rename and merge. Each of those
 * verdicts applies to every document at once and is kept in entity_verdicts, so that
 * documents imported later are read with it: a known name is always recognised with
 * its kind, a rejected one never suggested again. */

static void
clear_mention (gpointer data)
{
  g_clear_pointer (&((DsrMention *)data)->name, g_free);
}

static void
clear_stored_quote (gpointer data)
{
  DsrStoredQuote *quote = data;

  g_clear_pointer (&quote->text, g_free);
  g_clear_pointer (&quote->speaker, g_free);
  g_clear_pointer (&quote->cue, g_free);
}

static const char *
verdict_of (DsrStore   *self,
            const char *name,
            DsrEntityKind *kind)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  static const char *known = "known";
  static const char *rejected = "rejected";

  stmt = _dsr_store_prepare (self, "SELECT verdict, kind FROM entity_verdicts WHERE name = ?", NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;
  if (g_strcmp0 (_dsr_column_text (stmt, 0), "rejected") == 0)
    return rejected;
  if (kind)
    dsr_entity_kind_from_string (_dsr_column_text (stmt, 1), kind);
  return known;
}

static gboolean
set_verdict (DsrStore       *self,
             const char     *name,
             DsrEntityKind   kind,
             gboolean        known,
             GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = _dsr_store_prepare (self,
                             "INSERT OR REPLACE INTO entity_verdicts (name, kind, verdict) "
                             "VALUES (?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  if (known)
    sqlite3_bind_text (stmt, 2, dsr_entity_kind_to_string (kind), -1, SQLITE_STATIC);
  else
    sqlite3_bind_null (stmt, 2);
  sqlite3_bind_text (stmt, 3, known ? "known" : "rejected", -1, SQLITE_STATIC);
  return _dsr_store_step_done (self, stmt, error);
}

static gboolean mention_in_documents (DsrStore    *self,
                                      gint64       entity_id,
                                      const char  *name,
                                      gint64       document_id,
                                      gint64       start,
                                      GError     **error);

/* Applies a verdict to an entity's name and all its aliases. */
static gboolean
set_verdict_for_entity (DsrStore  *self,
                        gint64     entity_id,
                        gboolean   known,
                        GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  int rc;

  stmt = _dsr_store_prepare (self,
                             "SELECT name, kind FROM entities WHERE id = ?1 "
                             "UNION SELECT a.name, e.kind FROM aliases a "
                             "JOIN entities e ON e.id = a.entity_id WHERE a.entity_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, entity_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      DsrEntityKind kind = DSR_ENTITY_OTHER;

      dsr_entity_kind_from_string (_dsr_column_text (stmt, 1), &kind);
      if (!set_verdict (self, _dsr_column_text (stmt, 0), kind, known, error))
        return FALSE;
      g_ptr_array_add (names, g_strdup (_dsr_column_text (stmt, 0)));
    }
  if (rc != SQLITE_DONE)
    return FALSE;

  /* A known name is found in documents imported later even where the rules missed it;
   * the documents already here get the same. */
  for (guint i = 0; known && i < names->len; i++)
    if (!mention_in_documents (self, entity_id, g_ptr_array_index (names, i), 0, -1, error))
      return FALSE;
  return TRUE;
}

/* Finds the entity of @kind that goes by @name, as its name or an alias. */
static gint64
find_entity (DsrStore       *self,
             DsrEntityKind   kind,
             const char     *name,
             GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = _dsr_store_prepare (self,
                             "SELECT id FROM entities WHERE kind = ?1 AND name = ?2 "
                             "UNION ALL SELECT e.id FROM aliases a JOIN entities e ON e.id = a.entity_id "
                             "WHERE e.kind = ?1 AND a.name = ?2 LIMIT 1", error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, dsr_entity_kind_to_string (kind), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
  return sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
}

static gboolean
add_alias (DsrStore    *self,
           gint64       entity_id,
           const char  *name,
           const char  *origin,
           GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = _dsr_store_prepare (self,
                             "INSERT OR IGNORE INTO aliases (entity_id, name, origin) "
                             "SELECT ?1, ?2, ?3 WHERE NOT EXISTS "
                             "(SELECT 1 FROM entities WHERE id = ?1 AND name = ?2)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, entity_id);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, origin, -1, SQLITE_STATIC);
  return _dsr_store_step_done (self, stmt, error);
}

static gboolean
entity_is_confirmed (DsrStore *self,
                     gint64    entity_id)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = _dsr_store_prepare (self, "SELECT state FROM entities WHERE id = ?", NULL);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, entity_id);
  return sqlite3_step (stmt) == SQLITE_ROW &&
         g_strcmp0 (_dsr_column_text (stmt, 0), "confirmed") == 0;
}

/* The entity a group of names found in a new document stands for: one already in the
 * investigation under any of its names, or a new suggestion. Returns 0 when people
 * rejected the name, -1 on error. */
static gint64
entity_for_group (DsrStore              *self,
                  const DsrEntityGroup  *group,
                  GError               **error)
{
  g_autoptr(sqlite3_stmt) insert = NULL;
  DsrEntityKind known_kind = group->kind;
  const char *verdict = verdict_of (self, group->name, &known_kind);
  gint64 id;

  if (verdict != NULL && g_str_equal (verdict, "rejected"))
    return 0;

  if ((id = find_entity (self, known_kind, group->name, error)) != 0)
    return id;
  for (guint i = 0; group->aliases && i < group->aliases->len; i++)
    if ((id = find_entity (self, known_kind, group->aliases->pdata[i], error)) != 0)
      return id;

  insert = _dsr_store_prepare (self,
                               "INSERT INTO entities (kind, name, origin, state) "
                               "VALUES (?, ?, 'suggested', ?)", error);
  if (insert == NULL)
    return -1;
  sqlite3_bind_text (insert, 1, dsr_entity_kind_to_string (known_kind), -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 2, group->name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (insert, 3, verdict ? "confirmed" : "suggested", -1, SQLITE_STATIC);
  if (!_dsr_store_step_done (self, insert, error))
    return -1;
  return sqlite3_last_insert_rowid (self->db);
}

/**
 * _dsr_store_insert_analysis:
 *
 * Stores what analysis found in a new document, inside the caller's transaction:
 * its entities (joined to those the investigation has under the same names), their
 * mentions, and its quotations with their suggested speakers.
 */
gboolean
_dsr_store_insert_analysis (DsrStore            *self,
                            gint64               document_id,
                            DsrDocumentContent  *content,
                            GError             **error)
{
  g_autoptr(sqlite3_stmt) mention = NULL;
  g_autoptr(sqlite3_stmt) quote = NULL;
  g_autofree gint64 *entity_ids = NULL;
  guint n_groups = content->groups ? content->groups->len : 0;

  entity_ids = g_new0 (gint64, MAX (n_groups, 1));
  for (guint i = 0; i < n_groups; i++)
    {
      const DsrEntityGroup *group = &g_array_index (content->groups, DsrEntityGroup, i);

      if ((entity_ids[i] = entity_for_group (self, group, error)) < 0)
        return FALSE;
      if (entity_ids[i] == 0)
        continue;
      if (!add_alias (self, entity_ids[i], group->name, "suggested", error))
        return FALSE;
      for (guint j = 0; group->aliases && j < group->aliases->len; j++)
        if (!add_alias (self, entity_ids[i], group->aliases->pdata[j], "suggested", error))
          return FALSE;
    }

  mention = _dsr_store_prepare (self,
                                "INSERT OR IGNORE INTO mentions (entity_id, document_id, start, \"end\", state) "
                                "VALUES (?, ?, ?, ?, ?)", error);
  if (mention == NULL)
    return FALSE;
  for (guint i = 0; content->mentions && i < content->mentions->len; i++)
    {
      const DsrEntityMention *m = &g_array_index (content->mentions, DsrEntityMention, i);
      gint64 entity_id;

      if (m->group < 0 || (guint)m->group >= n_groups || (entity_id = entity_ids[m->group]) == 0 ||
          m->start < 0 || m->end > content->chars || m->start >= m->end)
        continue;
      sqlite3_reset (mention);
      sqlite3_bind_int64 (mention, 1, entity_id);
      sqlite3_bind_int64 (mention, 2, document_id);
      sqlite3_bind_int64 (mention, 3, m->start);
      sqlite3_bind_int64 (mention, 4, m->end);
      sqlite3_bind_text (mention, 5, entity_is_confirmed (self, entity_id) ? "confirmed" : "suggested",
                         -1, SQLITE_STATIC);
      if (!_dsr_store_step_done (self, mention, error))
        return FALSE;
    }

  quote = _dsr_store_prepare (self,
                              "INSERT INTO quotes (document_id, start, \"end\", scare, speaker_id, "
                              "speaker_start, speaker_end, cue, cue_start, cue_end) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error);
  if (quote == NULL)
    return FALSE;
  for (guint i = 0; content->quotes && i < content->quotes->len; i++)
    {
      const DsrQuote *q = &g_array_index (content->quotes, DsrQuote, i);
      gint64 speaker = q->speaker_group >= 0 && (guint)q->speaker_group < n_groups
                       ? entity_ids[q->speaker_group] : 0;

      if (q->start < 0 || q->end > content->chars || q->start >= q->end)
        continue;
      sqlite3_reset (quote);
      sqlite3_clear_bindings (quote);
      sqlite3_bind_int64 (quote, 1, document_id);
      sqlite3_bind_int64 (quote, 2, q->start);
      sqlite3_bind_int64 (quote, 3, q->end);
      sqlite3_bind_int (quote, 4, q->scare ? 1 : 0);
      if (speaker > 0)
        sqlite3_bind_int64 (quote, 5, speaker);
      if (q->speaker_start >= 0 && q->speaker_end > q->speaker_start && q->speaker_end <= content->chars)
        {
          sqlite3_bind_int64 (quote, 6, q->speaker_start);
          sqlite3_bind_int64 (quote, 7, q->speaker_end);
        }
      if (q->cue != NULL && q->cue_start >= 0 && q->cue_end > q->cue_start && q->cue_end <= content->chars)
        {
          sqlite3_bind_text (quote, 8, q->cue, -1, SQLITE_STATIC);
          sqlite3_bind_int64 (quote, 9, q->cue_start);
          sqlite3_bind_int64 (quote, 10, q->cue_end);
        }
      if (!_dsr_store_step_done (self, quote, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * dsr_store_list_entities:
 *
 * Returns: (transfer full) (nullable): a list of #DsrEntity, rejected ones left out,
 *   by kind and then name
 */
GListModel *
dsr_store_list_entities (DsrStore  *self,
                         GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GListStore) list = g_list_store_new (DSR_TYPE_ENTITY);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  g_return_val_if_fail (DSR_IS_STORE (self), NULL);

  stmt = _dsr_store_prepare (self,
                             DSR_ENTITY_SELECT
                             "WHERE e.state <> 'rejected' ORDER BY e.kind, e.name COLLATE NOCASE, e.id",
                             error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (rows, _dsr_entity_new_from_row (stmt));
  if (rc != SQLITE_DONE)
    {
      _dsr_store_set_sqlite_error (self, error, _("cannot list entities"));
      return NULL;
    }
  g_list_store_splice (list, 0, 0, rows->pdata, rows->len);
  return G_LIST_MODEL (g_steal_pointer (&list));
}

/**
 * dsr_store_list_mentions:
 *
 * Returns: (transfer full) (element-type DsrMention) (nullable): the document's
 *   mentions, rejected ones included (with their state), by position
 */
GArray *
dsr_store_list_mentions (DsrStore  *self,
                         gint64     document_id,
                         GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) mentions = g_array_new (FALSE, TRUE, sizeof (DsrMention));
  int rc;

  g_return_val_if_fail (DSR_IS_STORE (self), NULL);

  g_array_set_clear_func (mentions, clear_mention);
  stmt = _dsr_store_prepare (self,
                             "SELECT m.entity_id, e.name, e.kind, m.start, m.\"end\", m.state "
                             "FROM mentions m JOIN entities e ON e.id = m.entity_id "
                             "WHERE m.document_id = ? ORDER BY m.start, m.\"end\"", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, document_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      DsrMention mention = { 0, };
      DsrEntityState state = DSR_ENTITY_SUGGESTED;

      mention.entity_id = sqlite3_column_int64 (stmt, 0);
      mention.name = g_strdup (_dsr_column_text (stmt, 1));
      dsr_entity_kind_from_string (_dsr_column_text (stmt, 2), &mention.kind);
      mention.start = sqlite3_column_int64 (stmt, 3);
      mention.end = sqlite3_column_int64 (stmt, 4);
      _dsr_entity_state_from_string (_dsr_column_text (stmt, 5), &state);
      mention.state = state;
      g_array_append_val (mentions, mention);
    }
  if (rc != SQLITE_DONE)
    {
      _dsr_store_set_sqlite_error (self, error, _("cannot list mentions"));
      return NULL;
    }
  return g_steal_pointer (&mentions);
}

/**
 * dsr_store_list_quotes:
 * @document_id: a document, or 0 for all documents
 *
 * Returns: (transfer full) (element-type DsrStoredQuote) (nullable): the detected
 *   quotations, rejected ones left out, by document and position
 */
GArray *
dsr_store_list_quotes (DsrStore  *self,
                       gint64     document_id,
                       GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) quotes = g_array_new (FALSE, TRUE, sizeof (DsrStoredQuote));
  int rc;

  g_return_val_if_fail (DSR_IS_STORE (self), NULL);

  g_array_set_clear_func (quotes, clear_stored_quote);
  stmt = _dsr_store_prepare (self,
                             "SELECT q.id, q.document_id, q.start, q.\"end\", "
                             "  substr (d.text, q.start + 1, q.\"end\" - q.start), q.scare, "
                             "  q.speaker_id, e.name, q.speaker_start, q.speaker_end, "
                             "  q.cue, q.cue_start, q.cue_end, q.state "
                             "FROM quotes q JOIN documents d ON d.id = q.document_id "
                             "LEFT JOIN entities e ON e.id = q.speaker_id AND e.state <> 'rejected' "
                             "WHERE (?1 = 0 OR q.document_id = ?1) AND q.state <> 'rejected' "
                             "ORDER BY q.document_id, q.start", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, document_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      DsrStoredQuote quote = { 0, };

      quote.id = sqlite3_column_int64 (stmt, 0);
      quote.document_id = sqlite3_column_int64 (stmt, 1);
      quote.start = sqlite3_column_int64 (stmt, 2);
      quote.end = sqlite3_column_int64 (stmt, 3);
      quote.text = g_strdup (_dsr_column_text (stmt, 4));
      quote.scare = sqlite3_column_int (stmt, 5) != 0;
      quote.speaker_id = _dsr_column_text (stmt, 7) ? sqlite3_column_int64 (stmt, 6) : 0;
      quote.speaker = g_strdup (_dsr_column_text (stmt, 7));
      quote.speaker_start = sqlite3_column_type (stmt, 8) == SQLITE_NULL ? -1 : sqlite3_column_int64 (stmt, 8);
      quote.speaker_end = sqlite3_column_type (stmt, 9) == SQLITE_NULL ? -1 : sqlite3_column_int64 (stmt, 9);
      quote.cue = g_strdup (_dsr_column_text (stmt, 10));
      quote.cue_start = sqlite3_column_type (stmt, 11) == SQLITE_NULL ? -1 : sqlite3_column_int64 (stmt, 11);
      quote.cue_end = sqlite3_column_type (stmt, 12) == SQLITE_NULL ? -1 : sqlite3_column_int64 (stmt, 12);
      quote.confirmed = g_strcmp0 (_dsr_column_text (stmt, 13), "confirmed") == 0;
      g_array_append_val (quotes, quote);
    }
  if (rc != SQLITE_DONE)
    {
      _dsr_store_set_sqlite_error (self, error, _("cannot list quotations"));
      return NULL;
    }
  return g_steal_pointer (&quotes);
}

/**
 * dsr_store_list_verdicts:
 * @known: (out) (element-type utf8 DsrEntityKind): names always recognised, with their kind
 * @rejected: (out) (element-type utf8): names never suggested
 *
 * Reads what people taught analysis, for the recogniser of a new import.
 */
gboolean
dsr_store_list_verdicts (DsrStore     *self,
                         GHashTable  **known,
                         GPtrArray   **rejected,
                         GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GHashTable) known_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) rejected_names = g_ptr_array_new_with_free_func (g_free);
  int rc;

  g_return_val_if_fail (DSR_IS_STORE (self), FALSE);

  if (!(stmt = _dsr_store_prepare (self, "SELECT name, kind, verdict FROM entity_verdicts", error)))
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      DsrEntityKind kind = DSR_ENTITY_OTHER;

      if (g_strcmp0 (_dsr_column_text (stmt, 2), "rejected") == 0)
        g_ptr_array_add (rejected_names, g_strdup (_dsr_column_text (stmt, 0)));
      else if (dsr_entity_kind_from_string (_dsr_column_text (stmt, 1), &kind))
        g_hash_table_insert (known_names, g_strdup (_dsr_column_text (stmt, 0)),
                             GINT_TO_POINTER (kind));
    }
  if (rc != SQLITE_DONE)
    {
      _dsr_store_set_sqlite_error (self, error, _("cannot read what analysis was taught"));
      return FALSE;
    }

  *known = g_steal_pointer (&known_names);
  *rejected = g_steal_pointer (&rejected_names);
  return TRUE;
}

static gboolean
require_entity (DsrStore  *self,
                gint64     entity_id,
                GError   **error)
{
  DsrNode node = { DSR_NODE_ENTITY, entity_id };

  if (dsr_store_node_exists (self, &node, NULL))
    return TRUE;
  g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_NOT_FOUND,
               _("no entity with id %lld"), (long long)entity_id);
  return FALSE;
}

static gboolean
run (DsrStore    *self,
     const char  *sql,
     gint64       a,
     gint64       b,
     GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!(stmt = _dsr_store_prepare (self, sql, error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, a);
  if (sqlite3_bind_parameter_count (stmt) >= 2)
    sqlite3_bind_int64 (stmt, 2, b);
  return _dsr_store_step_done (self, stmt, error);
}

/* Applies a verdict on an entity in one transaction: @updates (SQL taking the entity's
 * id) change its state and its mentions, and its names become known or rejected. */
static gboolean
judge_entity (DsrStore            *self,
              gint64               entity_id,
              const char * const  *updates,
              gboolean             known,
              GError             **error)
{
  if (!_dsr_store_begin (self, error))
    return FALSE;
  if (!require_entity (self, entity_id, error))
    goto failed;
  for (guint i = 0; updates[i] != NULL; i++)
    if (!run (self, updates[i], entity_id, 0, error))
      goto failed;
  if (!set_verdict_for_entity (self, entity_id, known, error))
    goto failed;
  return _dsr_store_commit (self, error);

failed:
  _dsr_store_rollback (self);
  return FALSE;
}

/**
 * dsr_store_confirm_entity:
 *
 * Confirms a suggested entity: all its mentions, in every document, are confirmed, and
 * its names are always recognised, with its kind, in documents imported later.
 */
gboolean
dsr_store_confirm_entity (DsrStore  *self,
                          gint64     entity_id,
                          GError   **error)
{
  static const char * const updates[] = {
    "UPDATE entities SET state = 'confirmed' WHERE id = ?",
    "UPDATE mentions SET state = 'confirmed' WHERE entity_id = ? AND state = 'suggested'",
    NULL
  };

  g_return_val_if_fail (DSR_IS_STORE (self), FALSE);

  return judge_entity (self, entity_id, updates, TRUE, error);
}

/**
 * dsr_store_reject_entity:
 *
 * Rejects an entity: its mentions are rejected in every document, it no longer speaks
 * any quotation, and its names are never suggested again.
 */
gboolean
dsr_store_reject_entity (DsrStore  *self,
                         gint64     entity_id,
                         GError   **error)
{
  static const char * const updates[] = {
    "UPDATE entities SET state = 'rejected' WHERE id = ?",
    "UPDATE mentions SET state = 'rejected' WHERE entity_id = ?",
    "UPDATE quotes SET speaker_id = NULL WHERE speaker_id = ?",
    NULL
  };

  g_return_val_if_fail (DSR_IS_STORE (self), FALSE);

  return judge_entity (self, entity_id, updates, FALSE, error);
}

/**
 * dsr_store_rename_entity:
 *
 * Gives an entity a new name; the old one stays as an alias.
 */
gboolean
dsr_store_rename_entity (DsrStore    *self,
                         gint64       entity_id,
                         const char  *name,
                         GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *trimmed = NULL;
  g_autofree char *old_name = NULL;

  g_return_val_if_fail (DSR_IS_STORE (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  trimmed = g_strstrip (g_strdup (name));
  if (*trimmed == '\0')
    {
      g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_INVALID, _("an entity needs a name"));
      return FALSE;
    }

  if (!_dsr_store_begin (self, error))
    return FALSE;
  if (!require_entity (self, entity_id, error))
    goto failed;

  if (!(stmt = _dsr_store_prepare (self, "SELECT name FROM entities WHERE id = ?", error)))
    goto failed;
  sqlite3_bind_int64 (stmt, 1, entity_id);
  sqlite3_step (stmt);
  old_name = g_strdup (_dsr_column_text (stmt, 0));
  g_clear_pointer (&stmt, sqlite3_finalize);

  if (!(stmt = _dsr_store_prepare (self, "UPDATE entities SET name = ? WHERE id = ?", error)))
    goto failed;
  sqlite3_bind_text (stmt, 1, trimmed, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, entity_id);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_EXISTS,
                   _("another entity of this kind is named “%s”; merge the two instead"), trimmed);
      goto failed;
    }

  if (!add_alias (self, entity_id, old_name, "user", error) ||
      !run (self, "DELETE FROM aliases WHERE entity_id = ?1 AND name = "
                  "(SELECT name FROM entities WHERE id = ?1)", entity_id, 0, error) ||
      !run (self, "UPDATE entities SET state = 'confirmed' WHERE id = ?", entity_id, 0, error) ||
      !set_verdict_for_entity (self, entity_id, TRUE, error))
    goto failed;

  return _dsr_store_commit (self, error);

failed:
  _dsr_store_rollback (self);
  return FALSE;
}

/**
 * dsr_store_merge_entities:
 * @target_id: the entity that stays
 * @source_ids: (array zero-terminated=1): entities merged into it, ending with 0
 *
 * Merges entities into one: their mentions, aliases, links, board cards and
 * quotations move to @target_id, their names become its aliases, and the names are
 * known as @target_id from then on.
 */
gboolean
dsr_store_merge_entities (DsrStore      *self,
                          gint64         target_id,
                          const gint64  *source_ids,
                          GError       **error)
{
  static const char * const moves[] = {
    "UPDATE OR IGNORE mentions SET entity_id = ?1 WHERE entity_id = ?2",
    "INSERT OR IGNORE INTO aliases (entity_id, name, origin) "
    "  SELECT ?1, name, 'user' FROM entities WHERE id = ?2",
    "UPDATE OR IGNORE aliases SET entity_id = ?1 WHERE entity_id = ?2",
    "UPDATE OR IGNORE links SET to_id = ?1 WHERE to_kind = 'entity' AND to_id = ?2",
    "UPDATE OR IGNORE links SET from_id = ?1 WHERE from_kind = 'entity' AND from_id = ?2",
    "UPDATE OR IGNORE board_items SET node_id = ?1 WHERE node_kind = 'entity' AND node_id = ?2",
    "UPDATE quotes SET speaker_id = ?1 WHERE speaker_id = ?2",
    "DELETE FROM entities WHERE id = ?2",
  };

  g_return_val_if_fail (DSR_IS_STORE (self), FALSE);
  g_return_val_if_fail (source_ids != NULL, FALSE);

  if (!_dsr_store_begin (self, error))
    return FALSE;
  if (!require_entity (self, target_id, error))
    goto failed;

  for (guint i = 0; source_ids[i] != 0; i++)
    {
      if (source_ids[i] == target_id)
        {
          g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_INVALID,
                       _("an entity cannot be merged into itself"));
          goto failed;
        }
      if (!require_entity (self, source_ids[i], error))
        goto failed;
      for (guint j = 0; j < G_N_ELEMENTS (moves); j++)
        if (!run (self, moves[j], target_id, source_ids[i], error))
          goto failed;
    }

  /* The target's own name is not an alias of it. */
  if (!run (self, "DELETE FROM aliases WHERE entity_id = ?1 AND name = "
                  "(SELECT name FROM entities WHERE id = ?1)", target_id, 0, error) ||
      !run (self, "UPDATE entities SET state = 'confirmed' WHERE id = ?", target_id, 0, error) ||
      !run (self, "UPDATE mentions SET state = 'confirmed' WHERE entity_id = ? AND state = 'suggested'",
            target_id, 0, error) ||
      !set_verdict_for_entity (self, target_id, TRUE, error))
    goto failed;

  return _dsr_store_commit (self, error);

failed:
  _dsr_store_rollback (self);
  return FALSE;
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || c == '_';
}

/* Adds a confirmed mention of @entity_id at every whole-word occurrence of @name in
 * @text, in place of suggestions of other entities over exactly the same words. An
 * occurrence inside a longer name ("Belozar" in "Belozar Labs", "Tessaro" in "Mark
 * Tessaro") is left alone, except at @selected_start, where a person chose it. */
static gboolean
mention_everywhere (DsrStore    *self,
                    gint64       entity_id,
                    gint64       document_id,
                    const char  *text,
                    const char  *name,
                    gint64       selected_start,
                    GError     **error)
{
  g_autoptr(sqlite3_stmt) inside = NULL;
  g_autoptr(sqlite3_stmt) drop = NULL;
  g_autoptr(sqlite3_stmt) insert = NULL;
  gsize name_len = strlen (name);
  glong name_chars = g_utf8_strlen (name, -1);
  const char *p = text;
  gint64 offset = 0;
  gunichar previous = 0;

  inside = _dsr_store_prepare (self,
                               "SELECT 1 FROM mentions WHERE document_id = ?1 "
                               "AND state <> 'rejected' AND start <= ?2 AND \"end\" >= ?3 "
                               "AND \"end\" - start > ?3 - ?2", error);
  drop = _dsr_store_prepare (self,
                             "DELETE FROM mentions WHERE document_id = ? AND entity_id <> ? "
                             "AND start = ? AND \"end\" = ? AND state = 'suggested'", error);
  insert = _dsr_store_prepare (self,
                               "INSERT INTO mentions (entity_id, document_id, start, \"end\", state) "
                               "VALUES (?1, ?2, ?3, ?4, 'confirmed') "
                               "ON CONFLICT (document_id, start, \"end\", entity_id) "
                               "DO UPDATE SET state = 'confirmed'", error);
  if (inside == NULL || drop == NULL || insert == NULL)
    return FALSE;

  while (*p)
    {
      gunichar c = g_utf8_get_char (p);

      if (!is_word_char (previous) && strncmp (p, name, name_len) == 0 &&
          !is_word_char (g_utf8_get_char (p + name_len)))
        {
          gboolean nested;

          sqlite3_reset (inside);
          sqlite3_bind_int64 (inside, 1, document_id);
          sqlite3_bind_int64 (inside, 2, offset);
          sqlite3_bind_int64 (inside, 3, offset + name_chars);
          nested = sqlite3_step (inside) == SQLITE_ROW;

          if (!nested || offset == selected_start)
            {
              sqlite3_reset (drop);
              sqlite3_bind_int64 (drop, 1, document_id);
              sqlite3_bind_int64 (drop, 2, entity_id);
              sqlite3_bind_int64 (drop, 3, offset);
              sqlite3_bind_int64 (drop, 4, offset + name_chars);
              sqlite3_reset (insert);
              sqlite3_bind_int64 (insert, 1, entity_id);
              sqlite3_bind_int64 (insert, 2, document_id);
              sqlite3_bind_int64 (insert, 3, offset);
              sqlite3_bind_int64 (insert, 4, offset + name_chars);
              if (!_dsr_store_step_done (self, drop, error) ||
                  !_dsr_store_step_done (self, insert, error))
                return FALSE;
            }
        }

      previous = c;
      p = g_utf8_next_char (p);
      offset++;
    }

  return TRUE;
}

/* Mentions @name as @entity_id in every document where the full-text index sees the
 * name's words; in @document_id (0 for none) a person chose the occurrence at @start. */
static gboolean
mention_in_documents (DsrStore    *self,
                      gint64       entity_id,
                      const char  *name,
                      gint64       document_id,
                      gint64       start,
                      GError     **error)
{
  g_autoptr(sqlite3_stmt) documents = NULL;
  g_autofree char *phrase = g_strdup_printf ("\"%s\"", name);
  int rc;

  for (char *q = phrase + 1; q[1]; q++)
    if (*q == '"')
      *q = ' ';
  documents = _dsr_store_prepare (self,
                                  "SELECT d.id, d.text FROM documents d WHERE d.id = ?1 OR d.id IN "
                                  "(SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?2)",
                                  error);
  if (documents == NULL)
    return FALSE;
  sqlite3_bind_int64 (documents, 1, document_id);
  sqlite3_bind_text (documents, 2, phrase, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (documents)) == SQLITE_ROW)
    if (!mention_everywhere (self, entity_id, sqlite3_column_int64 (documents, 0),
                             _dsr_column_text (documents, 1), name,
                             sqlite3_column_int64 (documents, 0) == document_id ? start : -1,
                             error))
      return FALSE;
  if (rc != SQLITE_DONE)
    {
      _dsr_store_set_sqlite_error (self, error, _("cannot mention the name"));
      return FALSE;
    }
  return TRUE;
}

/**
 * dsr_store_tag_entity:
 * @document_id: the document where the name was selected
 * @start: first code point of the name
 * @end: code point after it
 * @kind: what the name is
 *
 * Tags a name by hand: it becomes (or joins) a confirmed entity of @kind, is
 * mentioned wherever it stands as a whole word in any document, and is recognised
 * with that kind in documents imported later.
 *
 * Returns: the entity's id, or 0 with @error set
 */
gint64
dsr_store_tag_entity (DsrStore       *self,
                      gint64          document_id,
                      gint64          start,
                      gint64          end,
                      DsrEntityKind   kind,
                      GError        **error)
{
  g_autofree char *text = NULL;
  g_autofree char *name = NULL;
  glong chars;
  gint64 entity_id;

  g_return_val_if_fail (DSR_IS_STORE (self), 0);

  if (!_dsr_store_begin (self, error))
    return 0;
  if (!(text = dsr_store_dup_document_text (self, document_id, error)))
    goto failed;

  chars = g_utf8_strlen (text, -1);
  if (start < 0 || end > chars || start >= end)
    {
      g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_INVALID,
                   _("the passage %lld-%lld is not within document %lld (0-%ld)"),
                   (long long)start, (long long)end, (long long)document_id, chars);
      goto failed;
    }
  name = g_utf8_substring (text, start, end);
  if (*name == '\0' || strchr (name, '\n') || g_unichar_isspace (g_utf8_get_char (name)) ||
      g_utf8_strlen (name, -1) > 200)
    {
      g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_INVALID,
                   _("a name is a few words on one line, without space around it"));
      goto failed;
    }

  if ((entity_id = find_entity (self, kind, name, error)) < 0)
    goto failed;
  if (entity_id == 0)
    {
      g_autoptr(sqlite3_stmt) insert = NULL;

      insert = _dsr_store_prepare (self,
                                   "INSERT INTO entities (kind, name, origin, state) "
                                   "VALUES (?, ?, 'user', 'confirmed')", error);
      if (insert == NULL)
        goto failed;
      sqlite3_bind_text (insert, 1, dsr_entity_kind_to_string (kind), -1, SQLITE_STATIC);
      sqlite3_bind_text (insert, 2, name, -1, SQLITE_STATIC);
      if (!_dsr_store_step_done (self, insert, error))
        goto failed;
      entity_id = sqlite3_last_insert_rowid (self->db);
    }
  if (!run (self, "UPDATE entities SET state = 'confirmed' WHERE id = ?", entity_id, 0, error) ||
      !set_verdict (self, name, kind, TRUE, error))
    goto failed;

  if (!mention_in_documents (self, entity_id, name, document_id, start, error))
    goto failed;

  if (!_dsr_store_commit (self, error))
    return 0;
  return entity_id;

failed:
  _dsr_store_rollback (self);
  return 0;
}

/**
 * dsr_store_confirm_quote:
 *
 * Confirms a detected quotation's suggested speaker: the quotation becomes a claim
 * with a confirmed `said_by` link to the speaker.
 *
 * Returns: the claim's id, or 0 with @error set
 */
gint64
dsr_store_confirm_quote (DsrStore  *self,
                         gint64     quote_id,
                         GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 document_id, start, end, speaker_id, claim_id;

  g_return_val_if_fail (DSR_IS_STORE (self), 0);

  if (!_dsr_store_begin (self, error))
    return 0;

  stmt = _dsr_store_prepare (self,
                             "SELECT document_id, start, \"end\", speaker_id FROM quotes "
                             "WHERE id = ? AND state <> 'rejected'", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, quote_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_NOT_FOUND,
                   _("no quotation with id %lld"), (long long)quote_id);
      goto failed;
    }
  document_id = sqlite3_column_int64 (stmt, 0);
  start = sqlite3_column_int64 (stmt, 1);
  end = sqlite3_column_int64 (stmt, 2);
  speaker_id = sqlite3_column_int64 (stmt, 3);
  if (speaker_id == 0)
    {
      g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_INVALID,
                   _("the quotation has no suggested speaker; make a claim of it with a speaker instead"));
      goto failed;
    }

  if (!(claim_id = _dsr_store_insert_claim (self, document_id, start, end, error)) ||
      !_dsr_store_link_said_by (self, claim_id, speaker_id, error) ||
      !run (self, "UPDATE quotes SET state = 'confirmed' WHERE id = ?", quote_id, 0, error) ||
      !run (self, "UPDATE entities SET state = 'confirmed' WHERE id = ? AND state = 'suggested'",
            speaker_id, 0, error))
    goto failed;

  if (!_dsr_store_commit (self, error))
    return 0;
  return claim_id;

failed:
  _dsr_store_rollback (self);
  return 0;
}
