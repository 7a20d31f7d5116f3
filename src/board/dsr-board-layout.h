/* dsr-board-layout.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dsr-store.h"

G_BEGIN_DECLS

/* Auto-arrange. Both layouts change only the items' x and y; links whose ends are not
 * among the items are ignored. The view stores the result as one undoable move. */

#define DSR_BOARD_LAYOUT_FORCE_DISTANCE 320.0

void  dsr_board_layout_layered         (DsrBoardItem   *items,
                                        guint           n_items,
                                        const DsrLink  *links,
                                        guint           n_links);
void  dsr_board_layout_force           (DsrBoardItem   *items,
                                        guint           n_items,
                                        const DsrLink  *links,
                                        guint           n_links,
                                        guint           iterations);
guint dsr_board_layout_count_crossings (const DsrBoardItem *items,
                                        guint               n_items,
                                        const DsrLink      *links,
                                        guint               n_links);

G_END_DECLS
