/* dsr-ui-test.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean dsr_ui_test_init (int    *argc,
                           char ***argv);

G_END_DECLS
