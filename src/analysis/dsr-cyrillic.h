/* dsr-cyrillic.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "dsr-analysis-types.h"

G_BEGIN_DECLS

void dsr_cyrillic_refine (const char *text,
                          GArray     *mentions,
                          GHashTable *known);

G_END_DECLS
