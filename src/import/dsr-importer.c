/* dsr-importer.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-importer"

#include "config.h"

#include <glib/gi18n.h>

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>

#include "dsr-importer.h"

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *)a, *(char * const *)b);
}

static void
collect_folder (const char *folder,
                GPtrArray  *files)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (!(dir = g_dir_open (folder, 0, NULL)))
    {
      /* Reported by the import of the folder itself, which cannot be read. */
      g_ptr_array_add (files, g_strdup (folder));
      return;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.')
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (folder, names->pdata[i], NULL);

      if (g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        continue;
      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        collect_folder (path, files);
      else if (g_file_test (path, G_FILE_TEST_IS_REGULAR) && dsr_reader_handles_name (path))
        g_ptr_array_add (files, g_steal_pointer (&path));
    }
}

/**
 * dsr_importer_collect_files:
 * @paths: files and folders, as the user gave them
 *
 * Lists the files an import of @paths reads: files as given, and in folders (walked
 * down, in name order, without hidden files or symbolic links) the files whose
 * extension some reader takes.
 *
 * Returns: (transfer full) (element-type filename): the files
 */
GPtrArray *
dsr_importer_collect_files (const char * const *paths)
{
  GPtrArray *files = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; paths[i]; i++)
    {
      if (g_file_test (paths[i], G_FILE_TEST_IS_DIR))
        collect_folder (paths[i], files);
      else
        g_ptr_array_add (files, g_strdup (paths[i]));
    }

  return files;
}

static GBytes *
read_file (const char  *path,
           GError     **error)
{
  GStatBuf st;
  g_autoptr(GError) local_error = NULL;
  char *data = NULL;
  gsize size = 0;

  if (g_stat (path, &st) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, DSR_IMPORT_ERROR, DSR_IMPORT_ERROR_FAILED, "%s",
                   saved_errno == ENOENT ? _("no such file") : g_strerror (saved_errno));
      return NULL;
    }
  if (S_ISDIR (st.st_mode))
    {
      g_set_error (error, DSR_IMPORT_ERROR, DSR_IMPORT_ERROR_FAILED, _("a folder that cannot be read"));
      return NULL;
    }
  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, DSR_IMPORT_ERROR, DSR_IMPORT_ERROR_UNSUPPORTED, _("not a regular file"));
      return NULL;
    }
  if (st.st_size > DSR_IMPORT_MAX_BYTES)
    {
      g_set_error (error, DSR_IMPORT_ERROR, DSR_IMPORT_ERROR_TOO_LARGE,
                   _("too large (%lld MB; Dossier reads files up to %d MB)"),
                   (long long)st.st_size / (1024 * 1024), DSR_IMPORT_MAX_BYTES / (1024 * 1024));
      return NULL;
    }

  if (!g_file_get_contents (path, &data, &size, &local_error))
    {
      g_set_error (error, DSR_IMPORT_ERROR, DSR_IMPORT_ERROR_FAILED, _("cannot read the file: %s"),
                   local_error->message);
      return NULL;
    }
  /* The file may have grown since it was measured. */
  if (size > DSR_IMPORT_MAX_BYTES)
    {
      g_free (data);
      g_set_error (error, DSR_IMPORT_ERROR, DSR_IMPORT_ERROR_TOO_LARGE,
                   _("too large (Dossier reads files up to %d MB)"), DSR_IMPORT_MAX_BYTES / (1024 * 1024));
      return NULL;
    }

  return g_bytes_new_take (data, size);
}

/**
 * dsr_importer_import_and_analyse:
 * @path: the file to import
 * @options: (nullable): source and URL for the document
 * @analyzer: (nullable): finds entities and quotations in the document's text
 * @already_present: (out) (optional): set when the same bytes were imported before
 *
 * Reads a file with the reader its name (or, without an extension, its content)
 * calls for, analyses it, and adds it to @store with what analysis found, in one
 * transaction. A file that cannot be read changes nothing.
 *
 * Returns: the document's id, or 0 with @error set
 */
gint64
dsr_importer_import_and_analyse (DsrStore               *store,
                                 const char             *path,
                                 const DsrImportOptions *options,
                                 DsrAnalyzer            *analyzer,
                                 gboolean               *already_present,
                                 GError                **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(DsrDocumentContent) content = NULL;
  g_autofree char *file_name = NULL;
  g_autofree char *sha256 = NULL;
  const DsrReader *reader;
  gint64 existing;

  g_return_val_if_fail (DSR_IS_STORE (store), 0);
  g_return_val_if_fail (path != NULL, 0);

  if (already_present)
    *already_present = FALSE;

  if (!(bytes = read_file (path, error)))
    return 0;

  file_name = g_path_get_basename (path);
  if (!(reader = dsr_reader_for_file (file_name, bytes)))
    {
      const char *dot = strrchr (file_name, '.');

      if (dot != NULL && dot != file_name)
        g_set_error (error, DSR_IMPORT_ERROR, DSR_IMPORT_ERROR_UNSUPPORTED,
                     _("Dossier has no reader for %s files"), dot);
      else
        g_set_error (error, DSR_IMPORT_ERROR, DSR_IMPORT_ERROR_UNSUPPORTED,
                     _("not a text file, and its name has no extension that says what it is"));
      return 0;
    }

  /* Bytes imported before are neither read nor analysed again. */
  sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
  if ((existing = dsr_store_find_document_by_sha256 (store, sha256, error)) != 0)
    {
      if (existing > 0 && already_present)
        *already_present = TRUE;
      return MAX (existing, 0);
    }

  if (!(content = reader->read (bytes, file_name, error)))
    return 0;

  if (analyzer != NULL)
    dsr_analyzer_run (analyzer, content);

  return dsr_store_add_document (store, content, bytes, file_name, reader->media_type,
                                 options, already_present, error);
}

/**
 * dsr_importer_import_file:
 *
 * Imports a file as dsr_importer_import_and_analyse() does, without analysis.
 *
 * Returns: the document's id, or 0 with @error set
 */
gint64
dsr_importer_import_file (DsrStore               *store,
                          const char             *path,
                          const DsrImportOptions *options,
                          gboolean               *already_present,
                          GError                **error)
{
  return dsr_importer_import_and_analyse (store, path, options, NULL, already_present, error);
}
