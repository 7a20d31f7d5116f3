/* dsr-board-painter.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "dsr-board-scene.h"

G_BEGIN_DECLS

/* The one painter of a board, for the board view and for every image export: what is
 * drawn on screen is what is exported. It draws with cairo and pango only, so it works
 * on any cairo_t (image, SVG, PDF, recording) without a display. */

typedef enum
{
  DSR_BOARD_THEME_LIGHT,
  DSR_BOARD_THEME_DARK,
} DsrBoardTheme;

typedef struct
{
  DsrBoardRect  visible;   /* the part of the board to draw, in board units */
  double        scale;     /* device units per board unit (1.0 is 100 %) */
  DsrBoardTheme theme;
  gboolean      legend;    /* draw the legend of link kinds in the bottom-left corner */
  gboolean      background;/* fill the area with the board's colour first */
} DsrBoardPaintOptions;

/* Fills @options to show the whole board in a @width x @height device area, with a
 * margin of @margin device units, at no more than 100 %. */
void dsr_board_paint_options_init_fit (DsrBoardPaintOptions *options,
                                       DsrBoardScene        *scene,
                                       double                width,
                                       double                height,
                                       double                margin);

/* Paints options->visible of @scene so that its top-left corner lands on the current
 * origin of @cr, at options->scale. Only cards and links that intersect the visible
 * rectangle are drawn; far out (a small scale), cards are drawn as plain blocks and
 * links as straight strings. @cr's state is restored on return. */
void dsr_board_paint                  (DsrBoardScene              *scene,
                                       cairo_t                    *cr,
                                       const DsrBoardPaintOptions *options);

/* The colour of a link kind, as used by the strings and the legend. */
void dsr_board_link_kind_color        (DsrLinkKind                 kind,
                                       DsrBoardTheme               theme,
                                       double                     *rgb);

G_END_DECLS
