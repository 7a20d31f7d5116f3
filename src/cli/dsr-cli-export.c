/* dsr-cli-export.c: dossier-cli export and import-board
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
#include "dsr-export.h"

static const char export_usage[] =
  "export FILE BOARD [--format FORMAT] [--scale N] -o OUT\n"
  "       (FORMAT: canvas, graphml, gexf, csv, md, html, svg, pdf or png; by default from\n"
  "       OUT's extension; --scale N: pixels per board unit of a png, 0.1 to 8, 1 by default;\n"
  "       OUT may be - for standard output)";

static const char import_board_usage[] = "import-board FILE PATH [--name NAME]";

/* The format an output file's extension names, as a format name. */
static const char *
format_of_path (const char *path)
{
  static const struct { const char *extension, *format; } extensions[] = {
    { ".canvas", "canvas" }, { ".graphml", "graphml" }, { ".gexf", "gexf" }, { ".csv", "csv" },
    { ".md", "md" }, { ".markdown", "md" }, { ".html", "html" }, { ".htm", "html" },
    { ".svg", "svg" }, { ".pdf", "pdf" }, { ".png", "png" },
  };
  g_autofree char *lower = g_ascii_strdown (path, -1);

  for (guint i = 0; i < G_N_ELEMENTS (extensions); i++)
    if (g_str_has_suffix (lower, extensions[i].extension))
      return extensions[i].format;
  return NULL;
}

int
dsr_cli_export (int    argc,
                char **argv)
{
  g_autofree char *format_name = NULL;
  g_autofree char *output = NULL;
  g_autofree char *board_option = NULL;
  double scale = 0;
  const GOptionEntry entries[] = {
    { "scale", 0, 0, G_OPTION_ARG_DOUBLE, &scale, "Pixels per board unit (png)", "N" },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name, "Export format", "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Where to write", "OUT" },
    { "board", 0, 0, G_OPTION_ARG_STRING, &board_option, "The board to export", "NAME" },
    { NULL }
  };
  g_autoptr(DsrStore) store = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  DsrExportOptions options = { 0, };
  DsrExportFormat format;
  const char *board;
  int status;

  if (!dsr_cli_parse (export_usage, entries, &argc, &argv, 1, 2, &status))
    return status;
  /* The board is named after the file, or with --board as DESIGN.md's contract writes it. */
  if ((argc == 3) == (board_option != NULL))
    return dsr_cli_usage_error (export_usage, _("name one board, after FILE or with --board"));
  board = board_option != NULL ? board_option : argv[2];
  if (output == NULL)
    return dsr_cli_usage_error (export_usage, _("-o OUT is required"));
  if (format_name == NULL && (format_name = g_strdup (format_of_path (output))) == NULL)
    return dsr_cli_usage_error (export_usage, _("give --format: “%s” has no known extension"),
                                output);
  if (!dsr_export_format_from_string (format_name, &format))
    return dsr_cli_usage_error (export_usage,
                                _("“%s” is not an export format (canvas, graphml, gexf, csv, md, html, "
                                  "svg, pdf, png)"), format_name);
  if (scale != 0 && format != DSR_EXPORT_PNG)
    return dsr_cli_usage_error (export_usage, _("--scale goes with png"));
  if (scale != 0 && (scale < 0.1 || scale > 8))
    return dsr_cli_usage_error (export_usage, _("--scale takes a number from 0.1 to 8"));
  options.scale = scale;

  if (!(store = dsr_cli_open (argv[1], FALSE, &status)))
    return status;
  if (!(bytes = dsr_export_board (store, board, format, &options, &error)))
    return dsr_cli_input_error (argv[1], error);

  if (g_str_equal (output, "-"))
    {
      gsize size;
      const char *data;

      data = g_bytes_get_data (bytes, &size);
      if (fwrite (data, 1, size, stdout) != size || fflush (stdout) != 0)
        {
          g_printerr (_("dossier-cli: cannot write to standard output\n"));
          return DSR_CLI_INPUT_ERROR;
        }
      return DSR_CLI_OK;
    }

  /* Replaced at once: a failed export leaves no partial file. */
  if (!g_file_set_contents_full (output, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0644, &error))
    return dsr_cli_input_error (output, error);
  return DSR_CLI_OK;
}

int
dsr_cli_import_board (int    argc,
                      char **argv)
{
  g_autofree char *name = NULL;
  const GOptionEntry entries[] = {
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, "The new board's name", "NAME" },
    { NULL }
  };
  g_autoptr(DsrStore) store = NULL;
  g_autoptr(DsrBoardSnapshot) snapshot = NULL;
  g_autoptr(GError) error = NULL;
  const char *path;
  int status;

  if (!dsr_cli_parse (import_board_usage, entries, &argc, &argv, 2, 2, &status))
    return status;
  path = argv[2];

  /* Read the board first: a file that is not one changes nothing, not even a lock. */
  if (!(snapshot = dsr_export_read_board (path, &error)))
    return dsr_cli_input_error (path, error);
  if (!(store = dsr_cli_open (argv[1], TRUE, &status)))
    return status;
  if (!dsr_store_import_board (store, snapshot, name, &error))
    return dsr_cli_input_error (path, error);

  printf (ngettext ("Imported board “%s” with %u card", "Imported board “%s” with %u cards",
                    snapshot->cards->len),
          name != NULL ? name : snapshot->name, snapshot->cards->len);
  printf (ngettext (" and %u link.\n", " and %u links.\n", snapshot->edges->len),
          snapshot->edges->len);
  return DSR_CLI_OK;
}
