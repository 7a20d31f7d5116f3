/* dsr-board.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "dsr-core-types.h"

G_BEGIN_DECLS

#define DSR_TYPE_BOARD (dsr_board_get_type ())

G_DECLARE_FINAL_TYPE (DsrBoard, dsr_board, DSR, BOARD, GObject)

gint64      dsr_board_get_id      (DsrBoard *self);
const char *dsr_board_get_name    (DsrBoard *self);
guint       dsr_board_get_n_items (DsrBoard *self);

G_END_DECLS
