/* dsr-board-private.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dsr-board.h"

G_BEGIN_DECLS

DsrBoard *_dsr_board_new (gint64      id,
                          const char *name,
                          guint       n_items);

G_END_DECLS
