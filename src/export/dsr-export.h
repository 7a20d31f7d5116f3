/* dsr-export.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "dsr-board-snapshot.h"

G_BEGIN_DECLS

#define DSR_EXPORT_ERROR (dsr_export_error_quark ())

typedef enum
{
  DSR_EXPORT_ERROR_FAILED,
  DSR_EXPORT_ERROR_UNSUPPORTED,
  DSR_EXPORT_ERROR_INVALID,
} DsrExportError;

typedef enum
{
  DSR_EXPORT_CANVAS,
  DSR_EXPORT_GRAPHML,
  DSR_EXPORT_GEXF,
  DSR_EXPORT_CSV,
  DSR_EXPORT_MARKDOWN,
  DSR_EXPORT_HTML,
  DSR_EXPORT_SVG,
  DSR_EXPORT_PDF,
  DSR_EXPORT_PNG,
} DsrExportFormat;

typedef struct
{
  double scale;   /* PNG: pixels per board unit, from 0.1 to 8; 0 means 1 */
} DsrExportOptions;

GQuark            dsr_export_error_quark         (void);
const char       *dsr_export_format_to_string    (DsrExportFormat          format);
gboolean          dsr_export_format_from_string  (const char              *str,
                                                  DsrExportFormat         *format);

GBytes           *dsr_export_board               (DsrStore                *store,
                                                  const char              *board,
                                                  DsrExportFormat          format,
                                                  const DsrExportOptions  *options,
                                                  GError                 **error);
GBytes           *dsr_export_snapshot            (const DsrBoardSnapshot  *snapshot,
                                                  DsrExportFormat          format,
                                                  GError                 **error);

DsrBoardSnapshot *dsr_export_read_board          (const char              *path,
                                                  GError                 **error);

G_END_DECLS
