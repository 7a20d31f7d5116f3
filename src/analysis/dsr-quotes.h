/* dsr-quotes.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "dsr-analysis-types.h"

G_BEGIN_DECLS

GArray *dsr_quotes_find (const char *text,
                         GArray     *spans,
                         GArray     *mentions,
                         GArray     *groups);

G_END_DECLS
