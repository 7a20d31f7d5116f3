/* dsr-export.c: board exports, by format
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-export"

#include "config.h"

#include <glib/gi18n.h>

#include "dsr-export-private.h"

G_DEFINE_QUARK (dsr-export-error-quark, dsr_export_error)

static const struct
{
  const char *name;
  GBytes *(*write) (const DsrBoardSnapshot *snapshot, GError **error);
} formats[] = {
  [DSR_EXPORT_CANVAS] = { "canvas", _dsr_export_canvas },
  [DSR_EXPORT_GRAPHML] = { "graphml", _dsr_export_graphml },
  [DSR_EXPORT_GEXF] = { "gexf", _dsr_export_gexf },
  [DSR_EXPORT_CSV] = { "csv", _dsr_export_csv },
  [DSR_EXPORT_MARKDOWN] = { "md", _dsr_export_markdown },
  [DSR_EXPORT_HTML] = { "html", _dsr_export_html },
};

const char *
dsr_export_format_to_string (DsrExportFormat format)
{
  g_return_val_if_fail (format < G_N_ELEMENTS (formats), NULL);
  return formats[format].name;
}

gboolean
dsr_export_format_from_string (const char      *str,
                               DsrExportFormat *format)
{
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_strcmp0 (formats[i].name, str) == 0)
      {
        *format = i;
        return TRUE;
      }
  return FALSE;
}

/**
 * dsr_export_board:
 *
 * Writes @snapshot in @format. Every string from the investigation is escaped for the
 * format, control characters and bidirectional overrides are left out, and nothing in
 * the output refers to anything outside it.
 *
 * Returns: (transfer full) (nullable): the file's bytes, or %NULL with @error set
 */
GBytes *
dsr_export_board (const DsrBoardSnapshot  *snapshot,
                  DsrExportFormat          format,
                  GError                 **error)
{
  g_return_val_if_fail (snapshot != NULL, NULL);
  g_return_val_if_fail (format < G_N_ELEMENTS (formats), NULL);

  return formats[format].write (snapshot, error);
}

/**
 * dsr_export_board_to_file:
 *
 * Exports to @path, replacing it at once: a failed export leaves no partial file.
 */
gboolean
dsr_export_board_to_file (const DsrBoardSnapshot  *snapshot,
                          DsrExportFormat          format,
                          const char              *path,
                          GError                 **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize size;
  const char *data;

  if (!(bytes = dsr_export_board (snapshot, format, error)))
    return FALSE;
  data = g_bytes_get_data (bytes, &size);
  return g_file_set_contents_full (path, data, size, G_FILE_SET_CONTENTS_CONSISTENT, 0644, error);
}

/**
 * dsr_export_read_board:
 *
 * Reads a board that Dossier exported as JSON Canvas or GraphML, told apart by their
 * content. Anything else, or a file that is damaged or was not made by Dossier, is an
 * error that says why.
 *
 * Returns: (transfer full) (nullable): the board, or %NULL with @error set
 */
DsrBoardSnapshot *
dsr_export_read_board (const char  *path,
                       GError     **error)
{
  g_autofree char *contents = NULL;
  gsize length;
  const char *start;

  g_return_val_if_fail (path != NULL, NULL);

  if (!_dsr_export_read_limited (path, &contents, &length, error))
    return NULL;

  start = contents;
  if (length >= 3 && memcmp (start, "\xef\xbb\xbf", 3) == 0)
    start += 3;
  while (g_ascii_isspace (*start))
    start++;

  if (*start == '{')
    return _dsr_export_read_canvas (contents, length, error);
  if (*start == '<')
    return _dsr_export_read_graphml (contents, length, error);

  g_set_error (error, DSR_EXPORT_ERROR, DSR_EXPORT_ERROR_INVALID,
               _("not a JSON Canvas or GraphML board"));
  return NULL;
}
