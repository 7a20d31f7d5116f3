/* dsr-board-tiles.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-board-tiles"

#include "config.h"

#include <math.h>

#include "dsr-board-tiles.h"

/* Tiles are squares of TILE device pixels on a grid fixed to the board at the current
 * zoom, so a tile, once painted, stays valid while the view pans. A change of scene,
 * zoom or theme, or any edit or mark, empties the cache. */
#define TILE 256
#define MAX_TILES 96   /* about six screens of 1280 x 800 */

struct _DsrBoardTiles
{
  DsrBoardScene *scene;    /* not owned: only compared */
  double         scale;
  DsrBoardTheme  theme;
  GHashTable    *tiles;    /* packed (tx, ty) -> cairo_surface_t */
};

static gint64
pack (gint64 tx,
      gint64 ty)
{
  return (gint64)(((guint64)(tx & 0xffffffff) << 32) | (guint64)(ty & 0xffffffff));
}

DsrBoardTiles *
dsr_board_tiles_new (void)
{
  DsrBoardTiles *self = g_new0 (DsrBoardTiles, 1);

  self->tiles = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                       (GDestroyNotify)cairo_surface_destroy);
  return self;
}

void
dsr_board_tiles_free (DsrBoardTiles *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->tiles);
  g_free (self);
}

void
dsr_board_tiles_invalidate (DsrBoardTiles *self)
{
  g_return_if_fail (self != NULL);
  g_hash_table_remove_all (self->tiles);
}

/* Paints the missing tiles among tx0..tx1, ty0..ty1 in one go: the smallest block of
 * tiles holding them is painted once and cut up, which costs about what a direct paint
 * of that block costs, however many tiles it holds. */
static void
paint_missing (DsrBoardTiles              *self,
               DsrBoardScene              *scene,
               const DsrBoardPaintOptions *options,
               gint64                      tx0,
               gint64                      ty0,
               gint64                      tx1,
               gint64                      ty1)
{
  gint64 mx0 = G_MAXINT64, my0 = G_MAXINT64, mx1 = G_MININT64, my1 = G_MININT64;
  DsrBoardPaintOptions block = *options;
  cairo_surface_t *surface;
  cairo_t *cr;

  for (gint64 ty = ty0; ty <= ty1; ty++)
    for (gint64 tx = tx0; tx <= tx1; tx++)
      {
        gint64 key = pack (tx, ty);

        if (!g_hash_table_contains (self->tiles, &key))
          {
            mx0 = MIN (mx0, tx), my0 = MIN (my0, ty);
            mx1 = MAX (mx1, tx), my1 = MAX (my1, ty);
          }
      }
  if (mx0 > mx1)
    return;

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (mx1 - mx0 + 1) * TILE, (my1 - my0 + 1) * TILE);
  cr = cairo_create (surface);
  block.visible = (DsrBoardRect) { mx0 * TILE / options->scale, my0 * TILE / options->scale,
                                   (mx1 - mx0 + 1) * TILE / options->scale,
                                   (my1 - my0 + 1) * TILE / options->scale };
  block.legend = FALSE;
  block.background = TRUE;
  dsr_board_paint (scene, cr, &block);
  cairo_destroy (cr);

  for (gint64 ty = my0; ty <= my1; ty++)
    for (gint64 tx = mx0; tx <= mx1; tx++)
      {
        gint64 key = pack (tx, ty);
        cairo_surface_t *tile;

        if (g_hash_table_contains (self->tiles, &key))
          continue;
        tile = cairo_image_surface_create (CAIRO_FORMAT_RGB24, TILE, TILE);
        cr = cairo_create (tile);
        cairo_set_source_surface (cr, surface, -(tx - mx0) * TILE, -(ty - my0) * TILE);
        cairo_set_operator (cr, CAIRO_OPERATOR_SOURCE);
        cairo_paint (cr);
        cairo_destroy (cr);
        g_hash_table_insert (self->tiles, g_memdup2 (&key, sizeof key), tile);
      }
  cairo_surface_destroy (surface);
}

/**
 * dsr_board_tiles_paint:
 *
 * Paints as dsr_board_paint() does, from cached tiles. The visible rectangle's
 * corner is snapped to whole device pixels, so that tiles meet without seams.
 */
void
dsr_board_tiles_paint (DsrBoardTiles              *self,
                       DsrBoardScene              *scene,
                       cairo_t                    *cr,
                       const DsrBoardPaintOptions *options)
{
  double scale = options->scale;
  double left = round (options->visible.x * scale), top = round (options->visible.y * scale);
  double width = options->visible.width * scale, height = options->visible.height * scale;
  gint64 tx0 = (gint64)floor (left / TILE), ty0 = (gint64)floor (top / TILE);
  gint64 tx1 = (gint64)floor ((left + width) / TILE), ty1 = (gint64)floor ((top + height) / TILE);

  g_return_if_fail (self != NULL);
  g_return_if_fail (DSR_IS_BOARD_SCENE (scene));

  if (self->scene != scene || self->scale != scale || self->theme != options->theme)
    {
      g_hash_table_remove_all (self->tiles);
      self->scene = scene;
      self->scale = scale;
      self->theme = options->theme;
    }
  /* a full cache starts again from what is in sight */
  if (g_hash_table_size (self->tiles) > MAX_TILES)
    g_hash_table_remove_all (self->tiles);

  paint_missing (self, scene, options, tx0, ty0, tx1, ty1);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  for (gint64 ty = ty0; ty <= ty1; ty++)
    for (gint64 tx = tx0; tx <= tx1; tx++)
      {
        gint64 key = pack (tx, ty);
        cairo_surface_t *tile = g_hash_table_lookup (self->tiles, &key);

        cairo_set_source_surface (cr, tile, tx * TILE - left, ty * TILE - top);
        cairo_paint (cr);
      }
  cairo_restore (cr);

  if (options->legend)
    dsr_board_paint_legend (cr, options->theme, height);
}
