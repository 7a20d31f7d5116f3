/* dsr-store-documents.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-store-documents"

#include "config.h"

#include <glib/gi18n.h>

#include <string.h>

#include "dsr-document-private.h"
#include "dsr-store-private.h"

static void
bind_text_or_null (sqlite3_stmt *stmt,
                   int           index,
                   const char   *text)
{
  if (text != NULL && *text != '\0')
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, index);
}

static char *
default_title (const char *file_name)
{
  g_autofree char *base = NULL;
  char *dot;

  if (file_name == NULL)
    return g_strdup ("Untitled document");

  base = g_path_get_basename (file_name);
  if ((dot = strrchr (base, '.')) != NULL && dot != base)
    *dot = '\0';
  return g_steal_pointer (&base);
}

gint64
_dsr_store_ensure_source (DsrStore    *self,
                          const char  *name,
                          GError     **error)
{
  g_autoptr(sqlite3_stmt) find = NULL;
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (name));

  if (*trimmed == '\0')
    {
      g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_INVALID, _("a source needs a name"));
      return 0;
    }

  if (!(find = _dsr_store_prepare (self, "SELECT id FROM sources WHERE name = ?", error)))
    return 0;
  sqlite3_bind_text (find, 1, trimmed, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (find) == SQLITE_ROW)
    return sqlite3_column_int64 (find, 0);

  if (!(insert = _dsr_store_prepare (self, "INSERT INTO sources (name) VALUES (?)", error)))
    return 0;
  sqlite3_bind_text (insert, 1, trimmed, -1, SQLITE_TRANSIENT);
  if (!_dsr_store_step_done (self, insert, error))
    return 0;
  return sqlite3_last_insert_rowid (self->db);
}

static gboolean
insert_spans (DsrStore            *self,
              gint64               document_id,
              DsrDocumentContent  *content,
              GError             **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = _dsr_store_prepare (self,
                             "INSERT INTO document_spans (document_id, kind, start, \"end\", level, href) "
                             "VALUES (?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < content->spans->len; i++)
    {
      const DsrSpan *span = &g_array_index (content->spans, DsrSpan, i);

      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, document_id);
      sqlite3_bind_text (stmt, 2, dsr_span_kind_to_string (span->kind), -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 3, span->start);
      sqlite3_bind_int64 (stmt, 4, span->end);
      sqlite3_bind_int (stmt, 5, span->level);
      bind_text_or_null (stmt, 6, span->href);
      if (!_dsr_store_step_done (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

gint64
dsr_store_find_document_by_sha256 (DsrStore    *self,
                                   const char  *sha256,
                                   GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (DSR_IS_STORE (self), 0);
  g_return_val_if_fail (sha256 != NULL, 0);

  if (!(stmt = _dsr_store_prepare (self, "SELECT id FROM documents WHERE sha256 = ?", error)))
    return -1;
  sqlite3_bind_text (stmt, 1, sha256, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  return 0;
}

/**
 * dsr_store_add_document:
 * @content: what a reader made of the file
 * @original: the file's bytes, kept as they were
 * @file_name: (nullable): the file's name, without its folder
 * @media_type: the media type the reader handled
 * @options: (nullable): source and URL given by the user
 * @already_present: (out) (optional): set when the same bytes were imported before
 *
 * Adds a document in one transaction: its record, original bytes, structure and
 * full-text index row are stored together or not at all. Importing the same bytes
 * again keeps the one document and returns its id.
 *
 * Returns: the document's id, or 0 with @error set
 */
gint64
dsr_store_add_document (DsrStore               *self,
                        DsrDocumentContent     *content,
                        GBytes                 *original,
                        const char             *file_name,
                        const char             *media_type,
                        const DsrImportOptions *options,
                        gboolean               *already_present,
                        GError                **error)
{
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autoptr(sqlite3_stmt) insert_original = NULL;
  g_autofree char *sha256 = NULL;
  g_autofree char *fallback_title = NULL;
  g_autofree char *now = NULL;
  const char *url;
  const char *source_name = NULL;
  gint64 source_id = 0;
  gint64 existing;
  gint64 id;

  g_return_val_if_fail (DSR_IS_STORE (self), 0);
  g_return_val_if_fail (content != NULL, 0);
  g_return_val_if_fail (original != NULL, 0);
  g_return_val_if_fail (media_type != NULL, 0);

  if (already_present)
    *already_present = FALSE;

  if (!_dsr_store_ensure_writable (self, error))
    return 0;

  sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, original);

  if (!_dsr_store_begin (self, error))
    return 0;

  if ((existing = dsr_store_find_document_by_sha256 (self, sha256, error)) != 0)
    {
      _dsr_store_rollback (self);
      if (existing > 0 && already_present)
        *already_present = TRUE;
      return existing > 0 ? existing : 0;
    }

  /* The outlet named on import wins; otherwise the site the page names itself
   * (og:site_name and the like) becomes the document's source, so that web pages
   * imported from the window are graded like any other source. */
  if (options && options->source_name)
    source_name = options->source_name;
  else if (content->site_name && !dsr_text_is_blank (content->site_name))
    source_name = content->site_name;
  if (source_name != NULL &&
      !(source_id = _dsr_store_ensure_source (self, source_name, error)))
    goto failed;

  insert = _dsr_store_prepare (self,
                               "INSERT INTO documents (title, byline, url, published, imported, "
                               "file_name, media_type, language, site_name, source_id, sha256, "
                               "chars, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                               error);
  if (insert == NULL)
    goto failed;

  fallback_title = default_title (file_name);
  url = options && options->url ? options->url : content->url;
  now = _dsr_store_now_utc ();

  sqlite3_bind_text (insert, 1, content->title ? content->title : fallback_title, -1, SQLITE_STATIC);
  bind_text_or_null (insert, 2, content->byline);
  bind_text_or_null (insert, 3, url);
  bind_text_or_null (insert, 4, content->published);
  sqlite3_bind_text (insert, 5, now, -1, SQLITE_STATIC);
  bind_text_or_null (insert, 6, file_name);
  sqlite3_bind_text (insert, 7, media_type, -1, SQLITE_STATIC);
  bind_text_or_null (insert, 8, content->language);
  bind_text_or_null (insert, 9, content->site_name);
  if (source_id > 0)
    sqlite3_bind_int64 (insert, 10, source_id);
  else
    sqlite3_bind_null (insert, 10);
  sqlite3_bind_text (insert, 11, sha256, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (insert, 12, content->chars);
  sqlite3_bind_text (insert, 13, content->text->str, content->text->len, SQLITE_STATIC);
  if (!_dsr_store_step_done (self, insert, error))
    goto failed;
  id = sqlite3_last_insert_rowid (self->db);

  insert_original = _dsr_store_prepare (self,
                                        "INSERT INTO document_originals (document_id, bytes) "
                                        "VALUES (?, ?)", error);
  if (insert_original == NULL)
    goto failed;
  sqlite3_bind_int64 (insert_original, 1, id);
  sqlite3_bind_blob64 (insert_original, 2,
                       g_bytes_get_size (original) ? g_bytes_get_data (original, NULL) : "",
                       g_bytes_get_size (original), SQLITE_STATIC);
  if (!_dsr_store_step_done (self, insert_original, error))
    goto failed;

  if (!insert_spans (self, id, content, error))
    goto failed;

  if (!_dsr_store_insert_analysis (self, id, content, error))
    goto failed;

  if (!_dsr_store_commit (self, error))
    return 0;

  return id;

failed:
  _dsr_store_rollback (self);
  return 0;
}

/**
 * dsr_store_list_documents:
 *
 * Returns: (transfer full) (nullable): a list of #DsrDocument, in import order
 */
GListModel *
dsr_store_list_documents (DsrStore  *self,
                          GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GListStore) list = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  g_return_val_if_fail (DSR_IS_STORE (self), NULL);

  stmt = _dsr_store_prepare (self,
                             "SELECT " DSR_DOCUMENT_COLUMNS " FROM " DSR_DOCUMENT_FROM
                             " ORDER BY d.id", error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (rows, _dsr_document_new_from_row (stmt));
  if (rc != SQLITE_DONE)
    {
      _dsr_store_set_sqlite_error (self, error, _("cannot list documents"));
      return NULL;
    }

  list = g_list_store_new (DSR_TYPE_DOCUMENT);
  g_list_store_splice (list, 0, 0, rows->pdata, rows->len);
  return G_LIST_MODEL (g_steal_pointer (&list));
}

static void
set_no_document (GError **error,
                 gint64   id)
{
  g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_NOT_FOUND,
               _("no document with id %lld"), (long long)id);
}

/**
 * dsr_store_get_document:
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error set
 */
DsrDocument *
dsr_store_get_document (DsrStore  *self,
                        gint64     id,
                        GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (DSR_IS_STORE (self), NULL);

  stmt = _dsr_store_prepare (self,
                             "SELECT " DSR_DOCUMENT_COLUMNS " FROM " DSR_DOCUMENT_FROM
                             " WHERE d.id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      set_no_document (error, id);
      return NULL;
    }
  return _dsr_document_new_from_row (stmt);
}

/**
 * dsr_store_dup_document_text:
 *
 * Returns: (transfer full) (nullable): the document's extracted text
 */
char *
dsr_store_dup_document_text (DsrStore  *self,
                             gint64     id,
                             GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (DSR_IS_STORE (self), NULL);

  if (!(stmt = _dsr_store_prepare (self, "SELECT text FROM documents WHERE id = ?", error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      set_no_document (error, id);
      return NULL;
    }
  return g_strdup (_dsr_column_text (stmt, 0));
}

/**
 * dsr_store_dup_document_original:
 *
 * Returns: (transfer full) (nullable): the bytes the document was imported from
 */
GBytes *
dsr_store_dup_document_original (DsrStore  *self,
                                 gint64     id,
                                 GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (DSR_IS_STORE (self), NULL);

  stmt = _dsr_store_prepare (self,
                             "SELECT bytes FROM document_originals WHERE document_id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      set_no_document (error, id);
      return NULL;
    }
  return g_bytes_new (sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0));
}

/**
 * dsr_store_list_document_spans:
 *
 * Returns: (transfer full) (element-type DsrSpan): the structure spans, by start offset
 */
GArray *
dsr_store_list_document_spans (DsrStore  *self,
                               gint64     id,
                               GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(DsrDocumentContent) holder = dsr_document_content_new ();
  int rc;

  g_return_val_if_fail (DSR_IS_STORE (self), NULL);

  stmt = _dsr_store_prepare (self,
                             "SELECT kind, start, \"end\", level, href FROM document_spans "
                             "WHERE document_id = ? ORDER BY start, \"end\" DESC, id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      DsrSpan span = { 0, };

      if (!dsr_span_kind_from_string (_dsr_column_text (stmt, 0), &span.kind))
        continue;
      span.start = sqlite3_column_int64 (stmt, 1);
      span.end = sqlite3_column_int64 (stmt, 2);
      span.level = sqlite3_column_int (stmt, 3);
      span.href = g_strdup (_dsr_column_text (stmt, 4));
      g_array_append_val (holder->spans, span);
    }
  if (rc != SQLITE_DONE)
    {
      _dsr_store_set_sqlite_error (self, error, _("cannot read the document's structure"));
      return NULL;
    }

  return g_array_ref (holder->spans);
}
