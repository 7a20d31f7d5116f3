/* dsr-export.c: board exports, by format
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-export"

#include "config.h"

#include <glib/gi18n.h>

#include <math.h>

#include "dsr-export-private.h"

G_DEFINE_QUARK (dsr-export-error-quark, dsr_export_error)

static const char * const format_names[] = {
  [DSR_EXPORT_CANVAS] = "canvas",
  [DSR_EXPORT_GRAPHML] = "graphml",
  [DSR_EXPORT_GEXF] = "gexf",
  [DSR_EXPORT_CSV] = "csv",
  [DSR_EXPORT_MARKDOWN] = "md",
  [DSR_EXPORT_HTML] = "html",
  [DSR_EXPORT_SVG] = "svg",
  [DSR_EXPORT_PDF] = "pdf",
  [DSR_EXPORT_PNG] = "png",
};

const char *
dsr_export_format_to_string (DsrExportFormat format)
{
  g_return_val_if_fail (format < G_N_ELEMENTS (format_names), NULL);
  return format_names[format];
}

gboolean
dsr_export_format_from_string (const char      *str,
                               DsrExportFormat *format)
{
  for (guint i = 0; i < G_N_ELEMENTS (format_names); i++)
    if (g_strcmp0 (format_names[i], str) == 0)
      {
        *format = i;
        return TRUE;
      }
  return FALSE;
}

/**
 * dsr_export_snapshot:
 *
 * Writes @snapshot in a format that needs no picture of the board (the HTML report
 * is then written without one). Every string from the investigation is escaped for
 * the format, control characters and bidirectional overrides are left out, and
 * nothing in the output refers to anything outside it.
 *
 * Returns: (transfer full) (nullable): the file's bytes, or %NULL with @error set
 */
GBytes *
dsr_export_snapshot (const DsrBoardSnapshot  *snapshot,
                     DsrExportFormat          format,
                     GError                 **error)
{
  g_return_val_if_fail (snapshot != NULL, NULL);

  switch (format)
    {
    case DSR_EXPORT_CANVAS:
      return _dsr_export_canvas (snapshot, error);
    case DSR_EXPORT_GRAPHML:
      return _dsr_export_graphml (snapshot, error);
    case DSR_EXPORT_GEXF:
      return _dsr_export_gexf (snapshot, error);
    case DSR_EXPORT_CSV:
      return _dsr_export_csv (snapshot, error);
    case DSR_EXPORT_MARKDOWN:
      return _dsr_export_markdown (snapshot, error);
    case DSR_EXPORT_HTML:
      return _dsr_export_html (snapshot, NULL, error);
    case DSR_EXPORT_SVG:
    case DSR_EXPORT_PDF:
    case DSR_EXPORT_PNG:
    default:
      g_set_error (error, DSR_EXPORT_ERROR, DSR_EXPORT_ERROR_UNSUPPORTED,
                   _("%s is a picture of the board, drawn from the investigation"),
                   dsr_export_format_to_string (format));
      return NULL;
    }
}

/**
 * dsr_export_board:
 * @options: (nullable): the PNG's scale
 *
 * Exports the board named @board in @format. Pictures (SVG, PDF, PNG and the one in
 * the HTML report) are drawn by the board's own painter, without a display.
 *
 * Returns: (transfer full) (nullable): the file's bytes, or %NULL with @error set
 */
GBytes *
dsr_export_board (DsrStore                *store,
                  const char              *board,
                  DsrExportFormat          format,
                  const DsrExportOptions  *options,
                  GError                 **error)
{
  g_autoptr(DsrBoardSnapshot) snapshot = NULL;
  g_autoptr(GBytes) svg = NULL;
  double scale = options != NULL && options->scale > 0 ? options->scale : 1.0;
  gint64 board_id;

  g_return_val_if_fail (DSR_IS_STORE (store), NULL);
  g_return_val_if_fail (board != NULL, NULL);
  g_return_val_if_fail (format < G_N_ELEMENTS (format_names), NULL);

  if (scale < 0.1 || scale > 8 || !isfinite (scale))
    {
      g_set_error (error, DSR_EXPORT_ERROR, DSR_EXPORT_ERROR_INVALID,
                   _("the scale must be between 0.1 and 8"));
      return NULL;
    }
  if (!(board_id = dsr_store_find_board (store, board, error)))
    return NULL;

  if (format == DSR_EXPORT_SVG || format == DSR_EXPORT_PDF || format == DSR_EXPORT_PNG)
    return _dsr_export_image (store, board_id, board, format, scale, error);

  if (!(snapshot = dsr_store_read_board (store, board, error)))
    return NULL;
  if (format != DSR_EXPORT_HTML)
    return dsr_export_snapshot (snapshot, format, error);
  if (!(svg = _dsr_export_image (store, board_id, board, DSR_EXPORT_SVG, 1.0, error)))
    return NULL;
  return _dsr_export_html (snapshot, svg, error);
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
