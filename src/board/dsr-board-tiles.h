/* dsr-board-tiles.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dsr-board-painter.h"

G_BEGIN_DECLS

/* A cache of painted tiles of one scene at one zoom, for the view: panning then only
 * paints the strip of board that comes into sight, and copies the rest. */

typedef struct _DsrBoardTiles DsrBoardTiles;

DsrBoardTiles *dsr_board_tiles_new        (void);
void           dsr_board_tiles_free       (DsrBoardTiles              *self);
void           dsr_board_tiles_invalidate (DsrBoardTiles              *self);
void           dsr_board_tiles_paint      (DsrBoardTiles              *self,
                                           DsrBoardScene              *scene,
                                           cairo_t                    *cr,
                                           const DsrBoardPaintOptions *options);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsrBoardTiles, dsr_board_tiles_free)

G_END_DECLS
