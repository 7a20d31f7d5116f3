/* dsr-store.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-store"

#include "config.h"

#include <glib/gi18n.h>

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dsr-store-private.h"

G_DEFINE_FINAL_TYPE (DsrStore, dsr_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (dsr-store-error-quark, dsr_store_error)

static const char sqlite_magic[16] = "SQLite format 3";

/* How an existing file looks from its first 100 bytes, before SQLite touches it:
 * opening a foreign file with SQLite in WAL mode would leave -wal and -shm files
 * beside it, so foreign files are refused from their header alone. */
static gboolean
check_header (const char  *path,
              GError     **error)
{
  guint8 header[100];
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) stream = NULL;
  gsize n_read = 0;
  guint32 application_id;

  if (!(stream = g_file_read (file, NULL, &local_error)))
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_NOT_FOUND, _("no such file"));
      else if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
        g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_NOT_SQLITE,
                     _("a folder, not a Dossier investigation"));
      else
        g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_FAILED,
                     _("cannot read the file: %s"), local_error->message);
      return FALSE;
    }

  if (!g_input_stream_read_all (G_INPUT_STREAM (stream), header, sizeof header, &n_read,
                                NULL, &local_error))
    {
      g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_FAILED,
                   _("cannot read the file: %s"), local_error->message);
      return FALSE;
    }

  if (n_read == 0)
    {
      g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_NOT_SQLITE,
                   _("an empty file, not a Dossier investigation"));
      return FALSE;
    }

  if (n_read < sizeof header || memcmp (header, sqlite_magic, sizeof sqlite_magic) != 0)
    {
      g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_NOT_SQLITE,
                   _("not a Dossier investigation (not an SQLite database)"));
      return FALSE;
    }

  application_id = (guint32)header[68] << 24 | (guint32)header[69] << 16 |
                   (guint32)header[70] << 8 | header[71];
  if (application_id != DSR_STORE_APPLICATION_ID)
    {
      g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_NOT_DOSSIER,
                   _("an SQLite database, but not a Dossier investigation"));
      return FALSE;
    }

  return TRUE;
}

/* One writer at a time: the writer holds an exclusive flock() on the file for as long
 * as the store is open. SQLite itself only uses fcntl() locks, which flock() does not
 * disturb; the descriptor stays open until after sqlite3_close() because closing any
 * descriptor of a file drops the process's fcntl() locks on it. A killed process
 * loses its flock() at once, so a crash never leaves a stale lock. */
static int
take_writer_lock (const char  *path,
                  gboolean     create,
                  GError     **error)
{
  int flags = O_RDWR | O_CLOEXEC | (create ? O_CREAT | O_EXCL : 0);
  int fd;

  fd = g_open (path, flags, 0644);
  if (fd < 0)
    {
      int saved_errno = errno;

      if (saved_errno == EEXIST)
        g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_EXISTS, _("the file already exists"));
      else if (saved_errno == EACCES || saved_errno == EROFS || saved_errno == EPERM)
        g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_READ_ONLY,
                     _("cannot write to the file (%s)"), g_strerror (saved_errno));
      else
        g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_FAILED,
                     _("cannot open the file (%s)"), g_strerror (saved_errno));
      return -1;
    }

  if (flock (fd, LOCK_EX | LOCK_NB) != 0)
    {
      int saved_errno = errno;

      close (fd);
      if (saved_errno == EWOULDBLOCK)
        g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_LOCKED,
                     _("the investigation is open for writing in another Dossier process"));
      else
        g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_FAILED,
                     _("cannot lock the file (%s)"), g_strerror (saved_errno));
      return -1;
    }

  return fd;
}

static gboolean
query_int (sqlite3     *db,
           const char  *sql,
           gint64      *value)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK ||
      sqlite3_step (stmt) != SQLITE_ROW)
    return FALSE;
  *value = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

static gboolean
back_up_before_migration (DsrStore  *self,
                          guint      version,
                          GError   **error)
{
  g_autofree char *backup_path = g_strdup_printf ("%s.v%u.bak", self->path, version);
  sqlite3 *backup_db = NULL;
  sqlite3_backup *backup;
  int rc;

  g_unlink (backup_path);
  if (sqlite3_open_v2 (backup_path, &backup_db,
                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK)
    goto failed;

  backup = sqlite3_backup_init (backup_db, "main", self->db, "main");
  if (backup == NULL)
    goto failed;
  sqlite3_backup_step (backup, -1);
  rc = sqlite3_backup_finish (backup);
  if (rc != SQLITE_OK)
    goto failed;

  sqlite3_close (backup_db);
  return TRUE;

failed:
  g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_FAILED,
               _("could not write a backup before updating the file: %s"),
               backup_db ? sqlite3_errmsg (backup_db) : "out of memory");
  sqlite3_close (backup_db);
  g_unlink (backup_path);
  return FALSE;
}

static gboolean
prepare_schema (DsrStore  *self,
                gboolean   created,
                GError   **error)
{
  guint current = _dsr_schema_current_version ();
  gint64 version = 0;
  gint64 application_id = 0;

  if (!query_int (self->db, "PRAGMA user_version", &version) ||
      !query_int (self->db, "PRAGMA application_id", &application_id))
    {
      int primary = sqlite3_errcode (self->db) & 0xff;

      /* Reading a file in WAL mode writes a shared-memory index beside it; in a folder
       * that cannot be written to that fails, and the file is fine. */
      if (self->read_only && (primary == SQLITE_READONLY || primary == SQLITE_CANTOPEN))
        {
          g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_READ_ONLY,
                       _("cannot be read where it is: reading writes a small index file "
                         "beside it, and its folder cannot be written to; copy it to a "
                         "folder of yours"));
          return FALSE;
        }
      g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_NOT_SQLITE,
                   _("not a Dossier investigation (%s)"), sqlite3_errmsg (self->db));
      return FALSE;
    }

  if (!created && application_id != DSR_STORE_APPLICATION_ID)
    {
      g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_NOT_DOSSIER,
                   _("an SQLite database, but not a Dossier investigation"));
      return FALSE;
    }

  if (version > current)
    {
      g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_TOO_NEW,
                   _("made by a newer Dossier (file format %lld; this version reads up to %u)"),
                   (long long)version, current);
      return FALSE;
    }

  if (version == current)
    return TRUE;

  if (self->read_only)
    {
      g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_NEEDS_UPGRADE,
                   _("made by an older Dossier (file format %lld); open it for writing once to update it"),
                   (long long)version);
      return FALSE;
    }

  if (!created && !back_up_before_migration (self, (guint)version, error))
    return FALSE;

  return _dsr_schema_migrate (self->db, (guint)version, current, error);
}

/* The same file reached through a symbolic link or another relative path must be
 * recognised as the same investigation, so existing files go by their real path. */
static char *
resolve_path (const char *path)
{
  char *real = realpath (path, NULL);
  char *resolved;

  if (real == NULL)
    return g_canonicalize_filename (path, NULL);
  resolved = g_strdup (real);
  free (real);
  return resolved;
}

static DsrStore *
open_store (const char         *path,
            gboolean            create,
            DsrStoreOpenFlags   flags,
            GError            **error)
{
  g_autoptr(DsrStore) self = NULL;
  int sqlite_flags;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (DSR_TYPE_STORE, NULL);
  self->path = resolve_path (path);
  self->read_only = (flags & DSR_STORE_OPEN_READ_ONLY) != 0;

  if (!create && !check_header (self->path, error))
    return NULL;

  if (!self->read_only && (self->lock_fd = take_writer_lock (self->path, create, error)) < 0)
    return NULL;

  sqlite_flags = SQLITE_OPEN_EXRESCODE |
                 (self->read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE);
  if (sqlite3_open_v2 (self->path, &self->db, sqlite_flags, NULL) != SQLITE_OK)
    {
      g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_FAILED,
                   _("cannot open the file: %s"),
                   self->db ? sqlite3_errmsg (self->db) : "out of memory");
      return NULL;
    }

  sqlite3_busy_timeout (self->db, 5000);
  sqlite3_extended_result_codes (self->db, 1);

  /* A new file gets its schema in rollback-journal mode, so that the application_id
   * is in the main file (where the header check reads it) before WAL is switched on. */
  if (!_dsr_store_exec (self, "PRAGMA foreign_keys = ON", error))
    return NULL;
  if (create && !prepare_schema (self, TRUE, error))
    return NULL;
  if (!self->read_only &&
      !_dsr_store_exec (self, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL", error))
    return NULL;
  if (!create && !prepare_schema (self, FALSE, error))
    return NULL;

  return g_steal_pointer (&self);
}

static void
dsr_store_finalize (GObject *object)
{
  DsrStore *self = (DsrStore *)object;

  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  if (self->lock_fd >= 0)
    close (self->lock_fd);
  g_clear_object (&self->lock_owner);
  g_free (self->path);

  G_OBJECT_CLASS (dsr_store_parent_class)->finalize (object);
}

static void
dsr_store_class_init (DsrStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dsr_store_finalize;
}

static void
dsr_store_init (DsrStore *self)
{
  self->lock_fd = -1;
}

/* Helpers for the dsr-store-*.c files */

void
_dsr_store_set_sqlite_error (DsrStore    *self,
                             GError     **error,
                             const char  *what)
{
  int code = sqlite3_errcode (self->db);
  int primary = code & 0xff;

  if (primary == SQLITE_FULL)
    g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_FAILED,
                 _("%s: the disk is full"), what);
  else if (primary == SQLITE_READONLY)
    g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_READ_ONLY,
                 _("%s: the investigation is open read-only"), what);
  else if (primary == SQLITE_CONSTRAINT)
    g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_INVALID,
                 "%s: %s", what, sqlite3_errmsg (self->db));
  else
    g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_FAILED,
                 "%s: %s", what, sqlite3_errmsg (self->db));
}

sqlite3_stmt *
_dsr_store_prepare (DsrStore    *self,
                    const char  *sql,
                    GError     **error)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v3 (self->db, sql, -1, 0, &stmt, NULL) != SQLITE_OK)
    {
      _dsr_store_set_sqlite_error (self, error, _("cannot read the investigation"));
      return NULL;
    }
  return stmt;
}

gboolean
_dsr_store_exec (DsrStore    *self,
                 const char  *sql,
                 GError     **error)
{
  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    {
      _dsr_store_set_sqlite_error (self, error, _("cannot use the investigation"));
      return FALSE;
    }
  return TRUE;
}

gboolean
_dsr_store_step_done (DsrStore      *self,
                      sqlite3_stmt  *stmt,
                      GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      _dsr_store_set_sqlite_error (self, error, _("cannot save"));
      return FALSE;
    }
  return TRUE;
}

gboolean
_dsr_store_ensure_writable (DsrStore  *self,
                            GError   **error)
{
  if (self->read_only)
    {
      g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_READ_ONLY,
                   _("the investigation is open read-only"));
      return FALSE;
    }
  return TRUE;
}

/* A file deleted (or replaced) while open takes every later change with it, silently:
 * the writer's lock is held on the file, so its link count tells. */
static gboolean
ensure_file_present (DsrStore  *self,
                     GError   **error)
{
  DsrStore *owner = self->lock_owner ? self->lock_owner : self;
  struct stat st;

  if (owner->lock_fd >= 0 && fstat (owner->lock_fd, &st) == 0 && st.st_nlink == 0)
    {
      g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_NOT_FOUND,
                   _("the file was deleted or replaced while it was open; nothing more can be saved to it"));
      return FALSE;
    }
  return TRUE;
}

gboolean
_dsr_store_begin (DsrStore  *self,
                  GError   **error)
{
  return _dsr_store_ensure_writable (self, error) &&
         ensure_file_present (self, error) &&
         _dsr_store_exec (self, "BEGIN IMMEDIATE", error);
}

gboolean
_dsr_store_commit (DsrStore  *self,
                   GError   **error)
{
  if (sqlite3_exec (self->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
    {
      _dsr_store_set_sqlite_error (self, error, _("cannot save"));
      _dsr_store_rollback (self);
      return FALSE;
    }
  return TRUE;
}

void
_dsr_store_rollback (DsrStore *self)
{
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

char *
_dsr_store_now_utc (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

const char *
_dsr_column_text (sqlite3_stmt *stmt,
                  int           column)
{
  return (const char *)sqlite3_column_text (stmt, column);
}

/* Public API */

/**
 * dsr_store_get_schema_version:
 *
 * Returns: the file format version this build writes
 */
guint
dsr_store_get_schema_version (void)
{
  return _dsr_schema_current_version ();
}

/**
 * dsr_store_create:
 * @path: where to create the investigation; must not exist
 *
 * Returns: (transfer full) (nullable): the new, empty investigation, open for writing
 */
DsrStore *
dsr_store_create (const char  *path,
                  GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  DsrStore *self;

  self = open_store (path, TRUE, DSR_STORE_OPEN_DEFAULT, &local_error);
  if (self == NULL)
    {
      /* Leave nothing behind but what was there before. */
      if (!g_error_matches (local_error, DSR_STORE_ERROR, DSR_STORE_ERROR_EXISTS))
        g_unlink (path);
      g_propagate_error (error, g_steal_pointer (&local_error));
    }
  return self;
}

/**
 * dsr_store_open:
 * @path: an investigation file
 * @flags: %DSR_STORE_OPEN_READ_ONLY to read without taking the writer's lock
 *
 * Opens an investigation, updating an older file format first (after writing a
 * backup copy beside it). Refuses files that are not investigations, files from a
 * newer Dossier, and, unless read-only, files another process is writing.
 *
 * Returns: (transfer full) (nullable): the store, or %NULL with @error set
 */
DsrStore *
dsr_store_open (const char         *path,
                DsrStoreOpenFlags   flags,
                GError            **error)
{
  return open_store (path, FALSE, flags, error);
}

/**
 * dsr_store_open_sibling:
 * @self: an open store
 *
 * Opens a second connection to the same investigation, for use in another thread
 * (one connection must never be used by two threads at once). The sibling shares
 * @self's writer's lock and keeps it alive; SQLite keeps the two connections'
 * transactions apart, so a worker can import while the window reads.
 *
 * Returns: (transfer full) (nullable): the sibling store
 */
DsrStore *
dsr_store_open_sibling (DsrStore  *self,
                        GError   **error)
{
  g_autoptr(DsrStore) sibling = NULL;
  int flags;

  g_return_val_if_fail (DSR_IS_STORE (self), NULL);

  sibling = g_object_new (DSR_TYPE_STORE, NULL);
  sibling->path = g_strdup (self->path);
  sibling->read_only = self->read_only;
  sibling->lock_owner = g_object_ref (self->lock_owner ? self->lock_owner : self);

  flags = SQLITE_OPEN_EXRESCODE | (self->read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE);
  if (sqlite3_open_v2 (sibling->path, &sibling->db, flags, NULL) != SQLITE_OK)
    {
      g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_FAILED,
                   _("cannot open the file: %s"),
                   sibling->db ? sqlite3_errmsg (sibling->db) : "out of memory");
      return NULL;
    }
  sqlite3_busy_timeout (sibling->db, 5000);
  if (!_dsr_store_exec (sibling, "PRAGMA foreign_keys = ON", error))
    return NULL;

  return g_steal_pointer (&sibling);
}

const char *
dsr_store_get_path (DsrStore *self)
{
  g_return_val_if_fail (DSR_IS_STORE (self), NULL);

  return self->path;
}

/**
 * dsr_store_dup_name:
 *
 * Returns: (transfer full): the investigation's name, its file name without `.dossier`
 */
char *
dsr_store_dup_name (DsrStore *self)
{
  g_autofree char *base = NULL;

  g_return_val_if_fail (DSR_IS_STORE (self), NULL);

  base = g_path_get_basename (self->path);
  if (g_str_has_suffix (base, ".dossier") && strlen (base) > strlen (".dossier"))
    base[strlen (base) - strlen (".dossier")] = '\0';
  return g_steal_pointer (&base);
}

gboolean
dsr_store_is_read_only (DsrStore *self)
{
  g_return_val_if_fail (DSR_IS_STORE (self), TRUE);

  return self->read_only;
}
