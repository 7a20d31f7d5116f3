/* dsr-source-private.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "dsr-source.h"

G_BEGIN_DECLS

#define DSR_SOURCE_COLUMNS \
  "s.id, s.name, s.kind, s.url, s.reliability, " \
  "(SELECT count(*) FROM documents d WHERE d.source_id = s.id)"

DsrSource *_dsr_source_new_from_row (sqlite3_stmt *stmt);

G_END_DECLS
