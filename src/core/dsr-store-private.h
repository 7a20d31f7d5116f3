/* dsr-store-private.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "dsr-store.h"

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

struct _DsrStore
{
  GObject   parent_instance;

  char     *path;
  sqlite3  *db;
  int       lock_fd;     /* holds the single-writer flock; -1 when read-only or a sibling */
  gboolean  read_only;
  DsrStore *lock_owner;  /* for a sibling: the store whose lock it shares */
};

/* Schema (dsr-schema.c) */
guint         _dsr_schema_current_version (void);
gboolean      _dsr_schema_migrate         (sqlite3     *db,
                                           guint        from_version,
                                           guint        to_version,
                                           GError     **error);

/* Helpers shared by the dsr-store-*.c files (dsr-store.c) */
sqlite3_stmt *_dsr_store_prepare          (DsrStore    *self,
                                           const char  *sql,
                                           GError     **error);
gboolean      _dsr_store_exec             (DsrStore    *self,
                                           const char  *sql,
                                           GError     **error);
gboolean      _dsr_store_step_done        (DsrStore    *self,
                                           sqlite3_stmt *stmt,
                                           GError     **error);
gboolean      _dsr_store_begin            (DsrStore    *self,
                                           GError     **error);
gboolean      _dsr_store_commit           (DsrStore    *self,
                                           GError     **error);
void          _dsr_store_rollback         (DsrStore    *self);
gboolean      _dsr_store_ensure_writable  (DsrStore    *self,
                                           GError     **error);
void          _dsr_store_set_sqlite_error (DsrStore    *self,
                                           GError     **error,
                                           const char  *what);
gint64        _dsr_store_ensure_source    (DsrStore    *self,
                                           const char  *name,
                                           GError     **error);
gint64        _dsr_store_ensure_entity    (DsrStore    *self,
                                           DsrEntityKind kind,
                                           const char  *name,
                                           GError     **error);
GArray       *_dsr_store_read_links       (DsrStore     *self,
                                           sqlite3_stmt *stmt,
                                           GError      **error);
gint64        _dsr_store_insert_claim     (DsrStore     *self,
                                           gint64        document_id,
                                           gint64        start,
                                           gint64        end,
                                           GError      **error);
gboolean      _dsr_store_link_said_by     (DsrStore     *self,
                                           gint64        claim_id,
                                           gint64        entity_id,
                                           GError      **error);
gboolean      _dsr_store_insert_analysis  (DsrStore     *self,
                                           gint64        document_id,
                                           DsrDocumentContent *content,
                                           GError      **error);
char         *_dsr_store_now_utc          (void);
const char   *_dsr_column_text            (sqlite3_stmt *stmt,
                                           int           column);

G_END_DECLS
