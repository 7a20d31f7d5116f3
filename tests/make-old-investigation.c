/* make-old-investigation.c: writes an empty investigation of an earlier file format
 * version, for the Python tests of updating old files (test_crash_safety.py)
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "dsr-store-private.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;
  guint version;

  if (argc != 3 || (version = strtoul (argv[2], NULL, 10)) == 0 ||
      version > _dsr_schema_current_version ())
    {
      fprintf (stderr, "usage: %s OUT.dossier VERSION (1 to %u)\n", argv[0],
               _dsr_schema_current_version ());
      return 2;
    }
  if (g_file_test (argv[1], G_FILE_TEST_EXISTS))
    {
      fprintf (stderr, "%s: already exists\n", argv[1]);
      return 1;
    }
  if (sqlite3_open (argv[1], &db) != SQLITE_OK ||
      !_dsr_schema_migrate (db, 0, version, &error))
    {
      fprintf (stderr, "%s: %s\n", argv[1], error ? error->message : sqlite3_errmsg (db));
      sqlite3_close (db);
      return 1;
    }
  sqlite3_close (db);
  return 0;
}
