/* dsr-store-check.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-store-check"

#include "config.h"

#include <glib/gi18n.h>

#include "dsr-store-private.h"

#define NODE_MISSING(k, i) \
  "NOT (CASE " k \
  " WHEN 'claim' THEN EXISTS (SELECT 1 FROM claims WHERE id = " i ")" \
  " WHEN 'entity' THEN EXISTS (SELECT 1 FROM entities WHERE id = " i ")" \
  " WHEN 'source' THEN EXISTS (SELECT 1 FROM sources WHERE id = " i ")" \
  " WHEN 'document' THEN EXISTS (SELECT 1 FROM documents WHERE id = " i ")" \
  " WHEN 'note' THEN EXISTS (SELECT 1 FROM notes WHERE id = " i ")" \
  " ELSE 0 END)"

/* Each query returns one row per problem, whose first column describes it. */
static const char * const checks[] = {
  "SELECT 'database: ' || integrity_check FROM pragma_integrity_check "
  "WHERE integrity_check <> 'ok'",

  "SELECT 'foreign key: ' || \"table\" || ' row ' || rowid || ' refers to a missing ' || parent "
  "FROM pragma_foreign_key_check",

  "SELECT 'document ' || d.id || ': original bytes missing' FROM documents d "
  "WHERE NOT EXISTS (SELECT 1 FROM document_originals o WHERE o.document_id = d.id)",

  "SELECT 'document ' || d.id || ': stored length ' || d.chars || ' but text has ' || "
  "length (d.text) || ' characters' FROM documents d WHERE d.chars <> length (d.text)",

  "SELECT 'document ' || d.id || ': not in the search index' FROM documents d "
  "WHERE NOT EXISTS (SELECT 1 FROM documents_fts_docsize f WHERE f.id = d.id)",

  "SELECT 'search index: entry ' || f.id || ' has no document' FROM documents_fts_docsize f "
  "WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = f.id)",

  "SELECT 'claim ' || c.id || ': not in the search index' FROM claims c "
  "WHERE NOT EXISTS (SELECT 1 FROM claims_fts_docsize f WHERE f.id = c.id)",

  "SELECT 'search index: entry ' || f.id || ' has no claim' FROM claims_fts_docsize f "
  "WHERE NOT EXISTS (SELECT 1 FROM claims c WHERE c.id = f.id)",

  "SELECT 'document ' || s.document_id || ': structure span ' || s.id || ' lies outside the text' "
  "FROM document_spans s JOIN documents d ON d.id = s.document_id WHERE s.\"end\" > d.chars",

  "SELECT 'claim ' || c.id || ': quote differs from document ' || c.document_id || "
  "' at ' || c.start || '-' || c.\"end\" FROM claims c JOIN documents d ON d.id = c.document_id "
  "WHERE c.\"end\" > d.chars OR substr (d.text, c.start + 1, c.\"end\" - c.start) <> c.quote",

  "SELECT 'mention ' || m.id || ': lies outside document ' || m.document_id "
  "FROM mentions m JOIN documents d ON d.id = m.document_id WHERE m.\"end\" > d.chars",

  "SELECT 'quotation ' || q.id || ': lies outside document ' || q.document_id "
  "FROM quotes q JOIN documents d ON d.id = q.document_id WHERE q.\"end\" > d.chars "
  "  OR q.speaker_end > d.chars OR q.cue_end > d.chars",

  "SELECT 'link ' || id || ': refers to a missing ' || from_kind || ' or ' || to_kind "
  "FROM links WHERE " NODE_MISSING ("from_kind", "from_id") " OR "
  NODE_MISSING ("to_kind", "to_id"),

  "SELECT 'board item ' || id || ': refers to a missing ' || node_kind "
  "FROM board_items WHERE " NODE_MISSING ("node_kind", "node_id"),
};

static gboolean
check_checksums (DsrStore   *self,
                 GPtrArray  *problems,
                 GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = _dsr_store_prepare (self,
                             "SELECT d.id, d.sha256, o.bytes FROM documents d "
                             "JOIN document_originals o ON o.document_id = d.id", error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *sha256 = NULL;
      gconstpointer data = sqlite3_column_blob (stmt, 2);
      int size = sqlite3_column_bytes (stmt, 2);

      sha256 = g_compute_checksum_for_data (G_CHECKSUM_SHA256, data ? data : (gconstpointer)"", size);
      if (g_strcmp0 (sha256, _dsr_column_text (stmt, 1)) != 0)
        g_ptr_array_add (problems,
                         g_strdup_printf ("document %" G_GINT64_FORMAT
                                          ": original bytes do not match their sha256",
                                          (gint64)sqlite3_column_int64 (stmt, 0)));
    }
  if (rc != SQLITE_DONE)
    {
      _dsr_store_set_sqlite_error (self, error, _("cannot check documents"));
      return FALSE;
    }
  return TRUE;
}

/**
 * dsr_store_check:
 * @problems: (element-type utf8): where each problem found is added, as a sentence
 *
 * Checks the file's integrity and the investigation's consistency: SQLite's own
 * checks, foreign keys, original bytes against their checksums, the search indexes
 * against their tables, offsets within their documents and links to existing nodes.
 *
 * Returns: %TRUE if the check ran (whatever it found), %FALSE with @error set if not
 */
gboolean
dsr_store_check (DsrStore   *self,
                 GPtrArray  *problems,
                 GError    **error)
{
  g_return_val_if_fail (DSR_IS_STORE (self), FALSE);
  g_return_val_if_fail (problems != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (checks); i++)
    {
      g_autoptr(sqlite3_stmt) stmt = NULL;
      int rc;

      if (!(stmt = _dsr_store_prepare (self, checks[i], error)))
        return FALSE;

      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        g_ptr_array_add (problems, g_strdup (_dsr_column_text (stmt, 0)));
      if (rc != SQLITE_DONE)
        {
          g_ptr_array_add (problems, g_strdup_printf ("database: %s", sqlite3_errmsg (self->db)));
          return TRUE;
        }
    }

  return check_checksums (self, problems, error);
}
