/* dsr-cyrillic-private.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean    _dsr_cyrillic_is_word      (const char *word);
gboolean    _dsr_cyrillic_is_adjective (const char *lower);
gboolean    _dsr_cyrillic_is_org_head  (const char *lower);
GPtrArray  *_dsr_cyrillic_nominatives  (const char *lower);
const char *_dsr_cyrillic_country      (const char *lower);

G_END_DECLS
