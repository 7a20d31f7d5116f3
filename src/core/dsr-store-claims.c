/* dsr-store-claims.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-store-claims"

#include "config.h"

#include <glib/gi18n.h>

#include "dsr-claim-private.h"
#include "dsr-store-private.h"

/* Characters of context kept on each side of a claim's quote, so that the passage can
 * be found again if the document is ever read anew. */
#define CONTEXT_CHARS 48

/* Finds an entity by name or alias, whatever its kind, or creates one of @kind. */
gint64
_dsr_store_ensure_entity (DsrStore       *self,
                          DsrEntityKind   kind,
                          const char     *name,
                          GError        **error)
{
  g_autoptr(sqlite3_stmt) find = NULL;
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (name));

  if (*trimmed == '\0')
    {
      g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_INVALID, _("a speaker needs a name"));
      return 0;
    }

  find = _dsr_store_prepare (self,
                             "SELECT id FROM entities WHERE name = ?1 "
                             "UNION ALL SELECT entity_id FROM aliases WHERE name = ?1 LIMIT 1",
                             error);
  if (find == NULL)
    return 0;
  sqlite3_bind_text (find, 1, trimmed, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (find) == SQLITE_ROW)
    return sqlite3_column_int64 (find, 0);

  insert = _dsr_store_prepare (self,
                               "INSERT INTO entities (kind, name, origin, state) "
                               "VALUES (?, ?, 'user', 'confirmed')",
                               error);
  if (insert == NULL)
    return 0;
  sqlite3_bind_text (insert, 1, dsr_entity_kind_to_string (kind), -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 2, trimmed, -1, SQLITE_TRANSIENT);
  if (!_dsr_store_step_done (self, insert, error))
    return 0;
  return sqlite3_last_insert_rowid (self->db);
}

static char *
substring (const char *text,
           gint64      start,
           gint64      end)
{
  const char *from = g_utf8_offset_to_pointer (text, start);
  const char *to = g_utf8_offset_to_pointer (from, end - start);

  return g_strndup (from, to - from);
}


static gboolean
insert_link (DsrStore       *self,
             DsrLinkKind     kind,
             const DsrNode  *from,
             const DsrNode  *to,
             DsrLinkState    state,
             gint64         *id,
             GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!dsr_link_kind_accepts (kind, from->kind, to->kind))
    {
      g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_INVALID,
                   _("a %s link cannot go from a %s to a %s"), dsr_link_kind_to_string (kind),
                   dsr_node_kind_to_string (from->kind), dsr_node_kind_to_string (to->kind));
      return FALSE;
    }
  if (from->kind == to->kind && from->id == to->id)
    {
      g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_INVALID,
                   _("a link cannot join a node to itself"));
      return FALSE;
    }

  /* A link made again is confirmed, never duplicated nor demoted to a suggestion. */
  stmt = _dsr_store_prepare (self,
                             "INSERT INTO links (kind, from_kind, from_id, to_kind, to_id, state) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
                             "ON CONFLICT (kind, from_kind, from_id, to_kind, to_id) DO UPDATE "
                             "SET state = 'confirmed' WHERE ?6 = 'confirmed' "
                             "RETURNING id", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, dsr_link_kind_to_string (kind), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, dsr_node_kind_to_string (from->kind), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, from->id);
  sqlite3_bind_text (stmt, 4, dsr_node_kind_to_string (to->kind), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 5, to->id);
  sqlite3_bind_text (stmt, 6, state == DSR_LINK_STATE_CONFIRMED ? "confirmed" : "suggested",
                     -1, SQLITE_STATIC);

  switch (sqlite3_step (stmt))
    {
    case SQLITE_ROW:
      *id = sqlite3_column_int64 (stmt, 0);
      return TRUE;
    case SQLITE_DONE:
      *id = 0;
      return TRUE;
    default:
      _dsr_store_set_sqlite_error (self, error, _("cannot link"));
      return FALSE;
    }
}

/**
 * dsr_store_add_claim:
 * @document_id: the document the passage is in
 * @start: first code point of the passage
 * @end: code point after the passage
 * @speaker_name: (nullable): who said it; an entity of that name or alias, or a new person
 * @source_name: (nullable): who reported it; a source of that name, or a new one
 *
 * Makes a claim of a passage, with confirmed `said_by` and `reported_by` links when a
 * speaker or source is given, in one transaction.
 *
 * Returns: the claim's id, or 0 with @error set
 */
/* Inserts a claim of a passage, inside the caller's transaction. */
gint64
_dsr_store_insert_claim (DsrStore    *self,
                         gint64       document_id,
                         gint64       start,
                         gint64       end,
                         GError     **error)
{
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autofree char *text = NULL;
  g_autofree char *quote = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  glong chars;

  if (!(text = dsr_store_dup_document_text (self, document_id, error)))
    return 0;

  chars = g_utf8_strlen (text, -1);
  if (start < 0 || end > chars || start >= end)
    {
      g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_INVALID,
                   _("the passage %lld-%lld is not within document %lld (0-%ld)"),
                   (long long)start, (long long)end, (long long)document_id, chars);
      return 0;
    }

  quote = substring (text, start, end);
  if (dsr_text_is_blank (quote))
    {
      g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_INVALID,
                   _("the passage holds only white space"));
      return 0;
    }
  before = substring (text, MAX (0, start - CONTEXT_CHARS), start);
  after = substring (text, end, MIN (chars, end + CONTEXT_CHARS));

  insert = _dsr_store_prepare (self,
                               "INSERT INTO claims (document_id, start, \"end\", quote, "
                               "context_before, context_after) VALUES (?, ?, ?, ?, ?, ?)", error);
  if (insert == NULL)
    return 0;
  sqlite3_bind_int64 (insert, 1, document_id);
  sqlite3_bind_int64 (insert, 2, start);
  sqlite3_bind_int64 (insert, 3, end);
  sqlite3_bind_text (insert, 4, quote, -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 5, before, -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 6, after, -1, SQLITE_STATIC);
  if (!_dsr_store_step_done (self, insert, error))
    return 0;
  return sqlite3_last_insert_rowid (self->db);
}

/* Links, inside the caller's transaction, a claim to whoever said it. */
gboolean
_dsr_store_link_said_by (DsrStore    *self,
                         gint64       claim_id,
                         gint64       entity_id,
                         GError     **error)
{
  DsrNode claim = { DSR_NODE_CLAIM, claim_id };
  DsrNode speaker = { DSR_NODE_ENTITY, entity_id };
  gint64 link_id;

  return insert_link (self, DSR_LINK_SAID_BY, &claim, &speaker, DSR_LINK_STATE_CONFIRMED,
                      &link_id, error);
}

gint64
dsr_store_add_claim (DsrStore    *self,
                     gint64       document_id,
                     gint64       start,
                     gint64       end,
                     const char  *speaker_name,
                     const char  *source_name,
                     GError     **error)
{
  DsrNode claim = { DSR_NODE_CLAIM, 0 };
  gint64 link_id;

  g_return_val_if_fail (DSR_IS_STORE (self), 0);

  if (!_dsr_store_begin (self, error))
    return 0;

  if (!(claim.id = _dsr_store_insert_claim (self, document_id, start, end, error)))
    goto failed;

  if (speaker_name != NULL)
    {
      DsrNode speaker = { DSR_NODE_ENTITY, 0 };

      if (!(speaker.id = _dsr_store_ensure_entity (self, DSR_ENTITY_PERSON, speaker_name, error)) ||
          !insert_link (self, DSR_LINK_SAID_BY, &claim, &speaker, DSR_LINK_STATE_CONFIRMED,
                        &link_id, error))
        goto failed;
    }

  if (source_name != NULL)
    {
      DsrNode source = { DSR_NODE_SOURCE, 0 };

      if (!(source.id = _dsr_store_ensure_source (self, source_name, error)) ||
          !insert_link (self, DSR_LINK_REPORTED_BY, &claim, &source, DSR_LINK_STATE_CONFIRMED,
                        &link_id, error))
        goto failed;
    }

  if (!_dsr_store_commit (self, error))
    return 0;
  return claim.id;

failed:
  _dsr_store_rollback (self);
  return 0;
}

/**
 * dsr_store_list_claims:
 *
 * Returns: (transfer full) (nullable): a list of #DsrClaim, by document and position
 */
GListModel *
dsr_store_list_claims (DsrStore  *self,
                       GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GListStore) list = g_list_store_new (DSR_TYPE_CLAIM);
  int rc;

  g_return_val_if_fail (DSR_IS_STORE (self), NULL);

  stmt = _dsr_store_prepare (self,
                             "SELECT " DSR_CLAIM_COLUMNS " FROM " DSR_CLAIM_FROM
                             " ORDER BY c.id", error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(DsrClaim) claim = _dsr_claim_new_from_row (stmt);
      g_list_store_append (list, claim);
    }
  if (rc != SQLITE_DONE)
    {
      _dsr_store_set_sqlite_error (self, error, _("cannot list claims"));
      return NULL;
    }

  return G_LIST_MODEL (g_steal_pointer (&list));
}

/**
 * dsr_store_node_exists:
 *
 * Returns: %TRUE if @node is in the investigation; %FALSE if not, or on error
 */
gboolean
dsr_store_node_exists (DsrStore       *self,
                       const DsrNode  *node,
                       GError        **error)
{
  static const char *tables[] = { "claims", "entities", "sources", "documents", "notes" };
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *sql = NULL;

  g_return_val_if_fail (DSR_IS_STORE (self), FALSE);
  g_return_val_if_fail (node != NULL && node->kind < G_N_ELEMENTS (tables), FALSE);

  sql = g_strdup_printf ("SELECT 1 FROM %s WHERE id = ?", tables[node->kind]);
  if (!(stmt = _dsr_store_prepare (self, sql, error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, node->id);
  return sqlite3_step (stmt) == SQLITE_ROW;
}

/**
 * dsr_store_add_link:
 *
 * Links two nodes. Linking again what is already linked confirms the link.
 *
 * Returns: the link's id, or 0 with @error set
 */
gint64
dsr_store_add_link (DsrStore       *self,
                    DsrLinkKind     kind,
                    const DsrNode  *from,
                    const DsrNode  *to,
                    DsrLinkState    state,
                    GError        **error)
{
  const DsrNode *nodes[] = { from, to };
  gint64 id = 0;

  g_return_val_if_fail (DSR_IS_STORE (self), 0);
  g_return_val_if_fail (from != NULL && to != NULL, 0);

  if (!_dsr_store_begin (self, error))
    return 0;

  for (guint i = 0; i < G_N_ELEMENTS (nodes); i++)
    {
      if (!dsr_store_node_exists (self, nodes[i], NULL))
        {
          g_autofree char *name = dsr_node_to_string (nodes[i]);

          g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_NOT_FOUND, _("no %s"), name);
          goto failed;
        }
    }

  if (!insert_link (self, kind, from, to, state, &id, error))
    goto failed;

  if (id == 0)
    {
      /* Already there as a confirmed link, and a suggestion was asked for: keep it. */
      g_autoptr(sqlite3_stmt) find = NULL;

      find = _dsr_store_prepare (self,
                                 "SELECT id FROM links WHERE kind = ? AND from_kind = ? AND "
                                 "from_id = ? AND to_kind = ? AND to_id = ?", error);
      if (find == NULL)
        goto failed;
      sqlite3_bind_text (find, 1, dsr_link_kind_to_string (kind), -1, SQLITE_STATIC);
      sqlite3_bind_text (find, 2, dsr_node_kind_to_string (from->kind), -1, SQLITE_STATIC);
      sqlite3_bind_int64 (find, 3, from->id);
      sqlite3_bind_text (find, 4, dsr_node_kind_to_string (to->kind), -1, SQLITE_STATIC);
      sqlite3_bind_int64 (find, 5, to->id);
      if (sqlite3_step (find) == SQLITE_ROW)
        id = sqlite3_column_int64 (find, 0);
    }

  if (!_dsr_store_commit (self, error))
    return 0;
  return id;

failed:
  _dsr_store_rollback (self);
  return 0;
}

/* Reads links from a statement whose columns are id, kind, from_kind, from_id, to_kind,
 * to_id, state. */
GArray *
_dsr_store_read_links (DsrStore      *self,
                       sqlite3_stmt  *stmt,
                       GError       **error)
{
  g_autoptr(GArray) links = g_array_new (FALSE, TRUE, sizeof (DsrLink));
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      DsrLink link = { 0, };

      link.id = sqlite3_column_int64 (stmt, 0);
      if (!dsr_link_kind_from_string (_dsr_column_text (stmt, 1), &link.kind) ||
          !dsr_node_kind_from_string (_dsr_column_text (stmt, 2), &link.from.kind) ||
          !dsr_node_kind_from_string (_dsr_column_text (stmt, 4), &link.to.kind))
        continue;
      link.from.id = sqlite3_column_int64 (stmt, 3);
      link.to.id = sqlite3_column_int64 (stmt, 5);
      link.state = g_strcmp0 (_dsr_column_text (stmt, 6), "confirmed") == 0
                   ? DSR_LINK_STATE_CONFIRMED : DSR_LINK_STATE_SUGGESTED;
      g_array_append_val (links, link);
    }
  if (rc != SQLITE_DONE)
    {
      _dsr_store_set_sqlite_error (self, error, _("cannot list links"));
      return NULL;
    }
  return g_steal_pointer (&links);
}

/**
 * dsr_store_list_links_of:
 *
 * Returns: (transfer full) (element-type DsrLink): the links from or to @node
 */
GArray *
dsr_store_list_links_of (DsrStore       *self,
                         const DsrNode  *node,
                         GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (DSR_IS_STORE (self), NULL);
  g_return_val_if_fail (node != NULL, NULL);

  stmt = _dsr_store_prepare (self,
                             "SELECT id, kind, from_kind, from_id, to_kind, to_id, state FROM links "
                             "WHERE (from_kind = ?1 AND from_id = ?2) OR (to_kind = ?1 AND to_id = ?2) "
                             "ORDER BY id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, dsr_node_kind_to_string (node->kind), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, node->id);
  return _dsr_store_read_links (self, stmt, error);
}
