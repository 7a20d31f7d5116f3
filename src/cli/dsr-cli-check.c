/* dsr-cli-check.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-cli"

#include "config.h"

#include <glib/gi18n.h>

#include <stdio.h>

#include "dsr-cli.h"

int
dsr_cli_check (int    argc,
               char **argv)
{
  static const char usage[] = "check FILE";
  g_autoptr(DsrStore) store = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  int status;

  if (!dsr_cli_parse (usage, NULL, &argc, &argv, 1, 1, &status))
    return status;
  if (!(store = dsr_cli_open (argv[1], FALSE, &status)))
    return status;
  if (!dsr_store_check (store, problems, &error))
    return dsr_cli_input_error (argv[1], error);

  for (guint i = 0; i < problems->len; i++)
    g_printerr ("%s: %s\n", argv[1], (char *)problems->pdata[i]);

  if (problems->len > 0)
    return DSR_CLI_INPUT_ERROR;

  printf (_("%s: ok (file format %u)\n"), argv[1], dsr_store_get_schema_version ());
  return DSR_CLI_OK;
}
