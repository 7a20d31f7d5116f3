/* dsr-store-search.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-store-search"

#include "config.h"

#include <glib/gi18n.h>

#include "dsr-search-hit.h"
#include "dsr-search-query.h"
#include "dsr-store-private.h"

/**
 * dsr_store_search:
 * @query: words as a person types them (see dsr_search_query_to_fts5())
 * @limit: the most hits to return
 *
 * Searches the documents' titles and text, best matches first; a match in the title
 * counts five times one in the text.
 *
 * Returns: (transfer full) (element-type DsrSearchHit) (nullable): the hits
 */
GPtrArray *
dsr_store_search (DsrStore    *self,
                  const char  *query,
                  guint        limit,
                  GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) hits = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *match = NULL;
  int rc;

  g_return_val_if_fail (DSR_IS_STORE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  if (!(match = dsr_search_query_to_fts5 (query, error)))
    return NULL;

  stmt = _dsr_store_prepare (self,
                             "SELECT d.id, d.title, s.name, "
                             "  snippet (documents_fts, 1, '\xee\x80\x80', '\xee\x80\x81', '…', 24), "
                             "  bm25 (documents_fts, 5.0, 1.0) AS score "
                             "FROM documents_fts "
                             "JOIN documents d ON d.id = documents_fts.rowid "
                             "LEFT JOIN sources s ON s.id = d.source_id "
                             "WHERE documents_fts MATCH ? ORDER BY score LIMIT ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, match, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, limit);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (hits, _dsr_search_hit_new (sqlite3_column_int64 (stmt, 0),
                                                _dsr_column_text (stmt, 1),
                                                _dsr_column_text (stmt, 2),
                                                _dsr_column_text (stmt, 3),
                                                -sqlite3_column_double (stmt, 4)));
  if (rc != SQLITE_DONE)
    {
      _dsr_store_set_sqlite_error (self, error, _("cannot search"));
      return NULL;
    }

  return g_steal_pointer (&hits);
}
