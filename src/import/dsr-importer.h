/* dsr-importer.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dsr-analyzer.h"
#include "dsr-reader.h"
#include "dsr-store.h"

G_BEGIN_DECLS

GPtrArray *dsr_importer_collect_files (const char * const     *paths);
gint64     dsr_importer_import_file   (DsrStore               *store,
                                       const char             *path,
                                       const DsrImportOptions *options,
                                       gboolean               *already_present,
                                       GError                **error);
gint64     dsr_importer_import_and_analyse (DsrStore               *store,
                                       const char             *path,
                                       const DsrImportOptions *options,
                                       DsrAnalyzer            *analyzer,
                                       gboolean               *already_present,
                                       GError                **error);

G_END_DECLS
