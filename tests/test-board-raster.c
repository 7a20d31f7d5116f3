/* test-board-raster.c: the far-out board drawn straight into pixels: one-pixel
 * lines and blocks where cairo would put them, each pixel blended once (no display)
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "dsr-board-raster.h"

static const double red[3] = { 1, 0, 0 };
static const double blue[3] = { 0, 0, 1 };

static cairo_surface_t *
white_surface (int size)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, size, size);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_destroy (cr);
  return surface;
}

static guint32
pixel (cairo_surface_t *surface,
       int              x,
       int              y)
{
  cairo_surface_flush (surface);
  return *(guint32 *)(cairo_image_surface_get_data (surface) +
                      y * cairo_image_surface_get_stride (surface) + x * 4) & 0xffffff;
}

static guint
count_not_white (cairo_surface_t *surface)
{
  int size = cairo_image_surface_get_width (surface);
  guint n = 0;

  for (int y = 0; y < size; y++)
    for (int x = 0; x < size; x++)
      n += pixel (surface, x, y) != 0xffffff;
  return n;
}

/* A pixel two strings of one colour cross is blended once, as in one cairo stroke:
 * a string drawn twice looks as drawn once. */
static void
test_blended_once (void)
{
  cairo_surface_t *surface = white_surface (20);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(DsrBoardRaster) raster = dsr_board_raster_new (cr);
  guint8 color;
  guint32 once;

  g_assert_nonnull (raster);
  color = dsr_board_raster_add_color (raster, red, 0.5);
  dsr_board_raster_add_line (raster, color, 2.5, 10.5, 17.5, 10.5);
  dsr_board_raster_add_line (raster, color, 2.5, 10.5, 17.5, 10.5);
  dsr_board_raster_add_line (raster, color, 10.5, 2.5, 10.5, 17.5);
  dsr_board_raster_paint (raster, cr);

  /* half red over white */
  once = pixel (surface, 5, 10);
  g_assert_cmphex (once >> 16, ==, 0xff);
  g_assert_cmpint (ABS ((int)(once & 0xff) - 0x80), <=, 1);
  g_assert_cmphex (pixel (surface, 10, 10), ==, once);
  g_assert_cmphex (pixel (surface, 10, 5), ==, once);
  /* 16 pixels across, 16 down, one shared */
  g_assert_cmpuint (count_not_white (surface), ==, 31);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* The last thing drawn on a pixel gives its colour: a card covers its strings. */
static void
test_last_wins (void)
{
  cairo_surface_t *surface = white_surface (20);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(DsrBoardRaster) raster = dsr_board_raster_new (cr);
  guint8 color;

  color = dsr_board_raster_add_color (raster, red, 1.0);
  dsr_board_raster_add_line (raster, color, 0.5, 10.5, 19.5, 10.5);
  color = dsr_board_raster_add_color (raster, blue, 1.0);
  dsr_board_raster_add_box (raster, color, 8, 8, 4, 4);
  dsr_board_raster_paint (raster, cr);

  g_assert_cmphex (pixel (surface, 2, 10), ==, 0xff0000);
  g_assert_cmphex (pixel (surface, 9, 10), ==, 0x0000ff);
  g_assert_cmphex (pixel (surface, 11, 11), ==, 0x0000ff);
  g_assert_cmphex (pixel (surface, 12, 10), ==, 0xff0000);
  g_assert_cmphex (pixel (surface, 7, 9), ==, 0xffffff);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* Coordinates are the user space of the cairo context: scaled, shifted and clipped
 * as cairo would. A line whose ends fall in one pixel is left out; a box smaller than
 * a pixel still shows one. */
static void
test_user_space (void)
{
  cairo_surface_t *surface = white_surface (40);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(DsrBoardRaster) raster = NULL;
  guint8 color;

  cairo_rectangle (cr, 10, 10, 20, 20);
  cairo_clip (cr);
  cairo_scale (cr, 0.1, 0.1);
  cairo_translate (cr, 100, 100);
  raster = dsr_board_raster_new (cr);
  g_assert_nonnull (raster);

  color = dsr_board_raster_add_color (raster, red, 1.0);
  /* from far outside, across the clip: only the part inside is drawn */
  dsr_board_raster_add_line (raster, color, -5000, 105, 5000, 105);
  /* shorter than a pixel */
  dsr_board_raster_add_line (raster, color, 150, 250, 152, 252);
  color = dsr_board_raster_add_color (raster, blue, 1.0);
  /* a box of 0.3 x 0.3 device pixels */
  dsr_board_raster_add_box (raster, color, 190, 190, 3, 3);
  /* coordinates no pixel can hold draw nothing */
  dsr_board_raster_add_line (raster, color, NAN, 105, 5000, 105);
  dsr_board_raster_add_line (raster, color, 150, INFINITY, 152, 252);
  dsr_board_raster_add_box (raster, color, -1e300, 150, 3, 3);
  dsr_board_raster_add_box (raster, color, 1e300, 150, 3, 3);
  dsr_board_raster_paint (raster, cr);

  g_assert_cmphex (pixel (surface, 10, 20), ==, 0xff0000);
  g_assert_cmphex (pixel (surface, 29, 20), ==, 0xff0000);
  g_assert_cmphex (pixel (surface, 9, 20), ==, 0xffffff);
  g_assert_cmphex (pixel (surface, 30, 20), ==, 0xffffff);
  g_assert_cmphex (pixel (surface, 25, 35), ==, 0xffffff);
  g_assert_cmphex (pixel (surface, 29, 29), ==, 0x0000ff);
  g_assert_cmpuint (count_not_white (surface), ==, 21);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* Only pixels: a vector surface and a rotated context keep cairo's paths. */
static void
test_pixels_only (void)
{
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);

  g_assert_null (dsr_board_raster_new (cr));
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  surface = white_surface (20);
  cr = cairo_create (surface);
  cairo_rotate (cr, 0.5);
  g_assert_null (dsr_board_raster_new (cr));
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/board/raster/blended-once", test_blended_once);
  g_test_add_func ("/board/raster/last-wins", test_last_wins);
  g_test_add_func ("/board/raster/user-space", test_user_space);
  g_test_add_func ("/board/raster/pixels-only", test_pixels_only);
  return g_test_run ();
}
