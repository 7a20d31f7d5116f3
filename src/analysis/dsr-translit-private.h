/* dsr-translit-private.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *_dsr_translit_romanise  (const char *word);
char *_dsr_translit_loose_key (const char *romanised);

G_END_DECLS
