/* dsr-board-raster.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* A board seen from far out, drawn straight into pixels: strings as one-pixel lines
 * and cards as blocks, each pixel taking the colour of the last thing drawn on it,
 * then laid over the target in one go. Tens of thousands of strings filled through
 * cairo's paths cost tens of milliseconds; here a pixel costs a byte written. The
 * result is aliased, as cairo draws with CAIRO_ANTIALIAS_NONE. */

typedef struct _DsrBoardRaster DsrBoardRaster;

#define DSR_BOARD_RASTER_MAX_COLORS 255

DsrBoardRaster *dsr_board_raster_new       (cairo_t        *cr);
guint8          dsr_board_raster_add_color (DsrBoardRaster *self,
                                            const double   *rgb,
                                            double          alpha);
void            dsr_board_raster_add_line  (DsrBoardRaster *self,
                                            guint8          color,
                                            double          x0,
                                            double          y0,
                                            double          x1,
                                            double          y1);
void            dsr_board_raster_add_box   (DsrBoardRaster *self,
                                            guint8          color,
                                            double          x,
                                            double          y,
                                            double          width,
                                            double          height);
void            dsr_board_raster_paint     (DsrBoardRaster *self,
                                            cairo_t        *cr);
void            dsr_board_raster_free      (DsrBoardRaster *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsrBoardRaster, dsr_board_raster_free)

G_END_DECLS
