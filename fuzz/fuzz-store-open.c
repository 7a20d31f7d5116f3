/* fuzz-store-open.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libFuzzer entry point: any bytes saved as a .dossier file are refused with an error,
 * or open (updating an older file format) and pass or fail the integrity check, never
 * crashing. The seeds are real investigations, so mutations reach SQLite's pages and
 * the schema as well as the header. */

#include "config.h"

#include <stdint.h>
#include <glib/gstdio.h>

#include "dsr-store.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static char *folder;

static void
empty_folder (void)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);

      g_unlink (path);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DsrStore) store = NULL;

  if (folder == NULL)
    folder = g_dir_make_tmp ("dossier-fuzz-XXXXXX", NULL);
  g_assert (folder != NULL);
  path = g_build_filename (folder, "fuzz.dossier", NULL);
  g_assert (g_file_set_contents (path, (const char *)data, size, NULL));

  store = dsr_store_open (path, DSR_STORE_OPEN_DEFAULT, &error);
  if (store == NULL)
    {
      g_assert (error != NULL && error->domain == DSR_STORE_ERROR);
    }
  else
    {
      g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GError) check_error = NULL;

      dsr_store_check (store, problems, &check_error);
    }
  g_clear_object (&store);
  empty_folder ();
  return 0;
}
