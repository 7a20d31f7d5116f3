/* dsr-document-private.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "dsr-document.h"

G_BEGIN_DECLS

#define DSR_DOCUMENT_COLUMNS \
  "d.id, d.title, d.byline, d.url, d.published, d.imported, d.file_name, d.media_type, " \
  "d.language, s.name, d.sha256, d.site_name, d.chars"
#define DSR_DOCUMENT_FROM "documents d LEFT JOIN sources s ON s.id = d.source_id"

DsrDocument *_dsr_document_new_from_row (sqlite3_stmt *stmt);

G_END_DECLS
