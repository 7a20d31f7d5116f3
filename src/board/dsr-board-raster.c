/* dsr-board-raster.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-board-raster"

#include "config.h"

#include <math.h>
#include <string.h>

#include "dsr-board-raster.h"

/* One byte per device pixel under the clip: the index of its colour, 0 for none. A
 * byte, not a colour, is written per pixel so that a whole board's strings stay in
 * the processor's cache; the colours are looked up once, when the layer is laid. */
struct _DsrBoardRaster
{
  cairo_matrix_t matrix;         /* user to device, when the raster was made */
  int            x, y;           /* the raster's corner on the target */
  int            width, height;
  guint8        *indices;
  guint32        palette[DSR_BOARD_RASTER_MAX_COLORS + 1]; /* premultiplied ARGB */
  guint          n_colors;
  int            x0, y0, x1, y1; /* the pixels drawn, to lay only those */
};

/**
 * dsr_board_raster_new:
 *
 * Returns: (transfer full) (nullable): a raster for @cr, or %NULL when @cr does not
 *   draw pixels on an image surface with a plain scale and shift (a vector export, a
 *   rotation), or its clip is empty: those keep cairo's paths
 */
DsrBoardRaster *
dsr_board_raster_new (cairo_t *cr)
{
  cairo_surface_t *target;
  DsrBoardRaster *self;
  cairo_matrix_t m;
  double sx, sy, ox, oy, x1, y1, x2, y2;
  int left, top, right, bottom;

  g_return_val_if_fail (cr != NULL, NULL);

  target = cairo_get_group_target (cr);
  if (cairo_surface_get_type (target) != CAIRO_SURFACE_TYPE_IMAGE)
    return NULL;
  cairo_surface_get_device_scale (target, &sx, &sy);
  cairo_surface_get_device_offset (target, &ox, &oy);
  cairo_get_matrix (cr, &m);
  if (sx != 1 || sy != 1 || ox != 0 || oy != 0 || m.xy != 0 || m.yx != 0 ||
      m.xx <= 0 || m.yy <= 0)
    return NULL;

  cairo_clip_extents (cr, &x1, &y1, &x2, &y2);
  cairo_user_to_device (cr, &x1, &y1);
  cairo_user_to_device (cr, &x2, &y2);
  left = (int)MAX (0, floor (x1));
  top = (int)MAX (0, floor (y1));
  right = (int)MIN (cairo_image_surface_get_width (target), ceil (x2));
  bottom = (int)MIN (cairo_image_surface_get_height (target), ceil (y2));
  if (right <= left || bottom <= top)
    return NULL;

  self = g_new0 (DsrBoardRaster, 1);
  self->matrix = m;
  self->x = left;
  self->y = top;
  self->width = right - left;
  self->height = bottom - top;
  self->indices = g_malloc0 ((gsize)self->width * self->height);
  self->x0 = self->width, self->y0 = self->height;
  self->x1 = self->y1 = -1;
  return self;
}

void
dsr_board_raster_free (DsrBoardRaster *self)
{
  if (self == NULL)
    return;
  g_free (self->indices);
  g_free (self);
}

/**
 * dsr_board_raster_add_color:
 *
 * Returns: the index that draws in this colour (the same for the same colour); up
 *   to DSR_BOARD_RASTER_MAX_COLORS of them
 */
guint8
dsr_board_raster_add_color (DsrBoardRaster *self,
                            const double   *rgb,
                            double          alpha)
{
  double a = CLAMP (alpha, 0, 1);
  guint32 argb = (guint32)round (a * 255) << 24;

  g_return_val_if_fail (self != NULL, 0);

  for (int i = 0; i < 3; i++)
    argb |= (guint32)round (CLAMP (rgb[i], 0, 1) * a * 255) << (16 - 8 * i);
  for (guint i = 1; i <= self->n_colors; i++)
    if (self->palette[i] == argb)
      return i;
  g_return_val_if_fail (self->n_colors < DSR_BOARD_RASTER_MAX_COLORS, self->n_colors);
  self->palette[++self->n_colors] = argb;
  return self->n_colors;
}

static void
grow (DsrBoardRaster *self,
      int             x0,
      int             y0,
      int             x1,
      int             y1)
{
  self->x0 = MIN (self->x0, x0), self->x1 = MAX (self->x1, x1);
  self->y0 = MIN (self->y0, y0), self->y1 = MAX (self->y1, y1);
}

/* Liang-Barsky: cuts the segment to 0 <= x < width, 0 <= y < height. */
static gboolean
clip (double *x0,
      double *y0,
      double *x1,
      double *y1,
      double  width,
      double  height)
{
  double dx = *x1 - *x0, dy = *y1 - *y0, t0 = 0, t1 = 1;
  double p[4] = { -dx, dx, -dy, dy };
  double q[4] = { *x0, width - 1e-6 - *x0, *y0, height - 1e-6 - *y0 };

  for (int i = 0; i < 4; i++)
    {
      double r;

      if (p[i] == 0)
        {
          if (q[i] < 0)
            return FALSE;
          continue;
        }
      r = q[i] / p[i];
      if (p[i] < 0)
        {
          if (r > t1)
            return FALSE;
          t0 = MAX (t0, r);
        }
      else
        {
          if (r < t0)
            return FALSE;
          t1 = MIN (t1, r);
        }
    }
  *x1 = *x0 + t1 * dx, *y1 = *y0 + t1 * dy;
  *x0 = *x0 + t0 * dx, *y0 = *y0 + t0 * dy;
  return TRUE;
}

/* Adds the one-pixel line from (@x0, @y0) to (@x1, @y1), in the user space @cr had
 * when the raster was made, in @color (an index from dsr_board_raster_add_color()). As cairo strokes a hairline without antialiasing, it
 * takes, along its longer axis, each pixel whose centre it passes, at the row (or
 * column) the line crosses there: a line that passes no pixel centre, hidden under
 * the card it starts from, leaves nothing. */
void
dsr_board_raster_add_line (DsrBoardRaster *self,
                           guint8          color,
                           double          x0,
                           double          y0,
                           double          x1,
                           double          y1)
{
  const cairo_matrix_t *m = &self->matrix;
  gboolean steep;
  double slope, across;
  int first, last, limit;

  x0 = m->xx * x0 + m->x0 - self->x, y0 = m->yy * y0 + m->y0 - self->y;
  x1 = m->xx * x1 + m->x0 - self->x, y1 = m->yy * y1 + m->y0 - self->y;
  if (!isfinite (x0 + y0 + x1 + y1) || !clip (&x0, &y0, &x1, &y1, self->width, self->height))
    return;

  /* walk along x (or y, for a steep line) from the lower end */
  steep = fabs (y1 - y0) > fabs (x1 - x0);
  if (steep)
    {
      double t;

      t = x0, x0 = y0, y0 = t;
      t = x1, x1 = y1, y1 = t;
    }
  if (x0 > x1)
    {
      double t;

      t = x0, x0 = x1, x1 = t;
      t = y0, y0 = y1, y1 = t;
    }
  first = (int)ceil (x0 - 0.5);
  last = (int)floor (x1 - 0.5);
  if (last < first)
    return;
  slope = (y1 - y0) / (x1 - x0);
  across = y0 + (first + 0.5 - x0) * slope;
  limit = (steep ? self->width : self->height) - 1;
  if (steep)
    grow (self, (int)floor (MIN (y0, y1)), first, (int)floor (MAX (y0, y1)), last);
  else
    grow (self, first, (int)floor (MIN (y0, y1)), last, (int)floor (MAX (y0, y1)));

  for (int along = first; along <= last; along++, across += slope)
    {
      /* across is not negative: the line was clipped to the raster */
      int at = MIN ((int)across, limit);

      if (steep)
        self->indices[(gsize)along * self->width + at] = color;
      else
        self->indices[(gsize)at * self->width + along] = color;
    }
}

/* Adds a box: the pixels whose centres it holds, as cairo fills without antialiasing,
 * but never none, so that a card too small for a pixel still shows. */
void
dsr_board_raster_add_box (DsrBoardRaster *self,
                          guint8          color,
                          double          x,
                          double          y,
                          double          width,
                          double          height)
{
  const cairo_matrix_t *m = &self->matrix;
  double left = m->xx * x + m->x0 - self->x, top = m->yy * y + m->y0 - self->y;
  double right = left + m->xx * width, bottom = top + m->yy * height;
  int x0, y0, x1, y1;

  /* outside, or too far out to be taken as whole numbers */
  if (!(right >= 0 && bottom >= 0 && left < self->width && top < self->height))
    return;
  x0 = (int)floor (MAX (left, -1) + 0.5), y0 = (int)floor (MAX (top, -1) + 0.5);
  x1 = (int)floor (MIN (right, self->width) + 0.5), y1 = (int)floor (MIN (bottom, self->height) + 0.5);
  x1 = MAX (x1, x0 + 1), y1 = MAX (y1, y0 + 1);
  x0 = MAX (x0, 0), y0 = MAX (y0, 0);
  x1 = MIN (x1, self->width), y1 = MIN (y1, self->height);
  if (x1 <= x0 || y1 <= y0)
    return;
  grow (self, x0, y0, x1 - 1, y1 - 1);
  for (int row = y0; row < y1; row++)
    memset (self->indices + (gsize)row * self->width + x0, color, x1 - x0);
}

/* Lays what was drawn over @cr's target, within its clip. */
void
dsr_board_raster_paint (DsrBoardRaster *self,
                        cairo_t        *cr)
{
  cairo_surface_t *layer;
  guint32 *pixels;
  int width, height, stride;

  g_return_if_fail (self != NULL);

  if (self->x1 < self->x0)
    return;
  width = self->x1 - self->x0 + 1;
  height = self->y1 - self->y0 + 1;
  layer = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_surface_flush (layer);
  pixels = (guint32 *)cairo_image_surface_get_data (layer);
  stride = cairo_image_surface_get_stride (layer) / 4;
  for (int row = 0; row < height; row++)
    {
      const guint8 *from = self->indices + (gsize)(self->y0 + row) * self->width + self->x0;
      guint32 *to = pixels + (gsize)row * stride;

      for (int i = 0; i < width; i++)
        to[i] = self->palette[from[i]];
    }
  cairo_surface_mark_dirty (layer);

  cairo_save (cr);
  cairo_identity_matrix (cr);
  cairo_set_source_surface (cr, layer, self->x + self->x0, self->y + self->y0);
  cairo_rectangle (cr, self->x + self->x0, self->y + self->y0, width, height);
  cairo_fill (cr);
  cairo_restore (cr);
  cairo_surface_destroy (layer);
}
