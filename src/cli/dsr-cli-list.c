/* dsr-cli-list.c: the listing commands' common run (documents, claims, entities, sources)
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dsr-cli.h"

/**
 * dsr_cli_list:
 * @usage: the command's usage line, "NAME FILE [--json]"
 * @list: lists the items of the investigation
 * @show: prints an item as a line, or adds it to a JSON array
 *
 * Runs a listing command: one line per item, or with --json one JSON array of them.
 *
 * Returns: the exit status
 */
int
dsr_cli_list (int              argc,
              char           **argv,
              const char      *usage,
              DsrCliListFunc   list,
              DsrCliShowFunc   show)
{
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, NULL, NULL },
    { NULL }
  };
  g_autoptr(DsrStore) store = NULL;
  g_autoptr(GListModel) items = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  guint n;
  int status;

  if (!dsr_cli_parse (usage, entries, &argc, &argv, 1, 1, &status))
    return status;
  if (!(store = dsr_cli_open (argv[1], FALSE, &status)))
    return status;
  if (!(items = list (store, &error)))
    return dsr_cli_input_error (argv[1], error);

  n = g_list_model_get_n_items (items);
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);

      if (!show (store, item, json ? builder : NULL, &error))
        return dsr_cli_input_error (argv[1], error);
    }
  json_builder_end_array (builder);

  if (json)
    dsr_cli_print_json (builder);
  return DSR_CLI_OK;
}
