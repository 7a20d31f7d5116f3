/* dsr-search-query.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *dsr_search_query_to_fts5 (const char  *query,
                                GError     **error);

G_END_DECLS
