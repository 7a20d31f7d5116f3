/* test-board-painter.c: the shared painter draws cards, strings and the legend where
 * they belong, at any scale, on an image surface (no display)
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "dsr-board-history.h"
#include "dsr-board-painter.h"
#include "dsr-board-tiles.h"
#include "dsr-document.h"

#define TEXT "The vendor denied the report."

static DsrStore *
make_board (gint64 *board)
{
  g_autoptr(DsrDocumentContent) content = dsr_document_content_new ();
  g_autoptr(GBytes) bytes = g_bytes_new_static (TEXT, strlen (TEXT));
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  DsrStore *store;
  gint64 document, claim;
  DsrBoardItem items[2];
  g_autoptr(GArray) links = NULL;

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_cache_dir (), 0700), ==, 0);
  path = g_build_filename (g_get_user_cache_dir (), "paint.dossier", NULL);
  store = dsr_store_create (path, &error);
  g_assert_no_error (error);
  dsr_document_content_set_title (content, "Denial");
  dsr_document_content_begin_block (content);
  dsr_document_content_append (content, TEXT, -1);
  dsr_document_content_end_block (content, DSR_SPAN_PARAGRAPH, 0);
  document = dsr_store_add_document (store, content, bytes, "a.txt", "text/plain", NULL, NULL, &error);
  claim = dsr_store_add_claim (store, document, 0, 29, "Ana Ruiz", NULL, &error);
  g_assert_no_error (error);
  *board = dsr_store_create_board (store, "Main", &error);
  links = dsr_store_list_links_of (store, &(DsrNode) { DSR_NODE_CLAIM, claim }, NULL);

  items[0] = (DsrBoardItem) { { DSR_NODE_CLAIM, claim }, 0, 0, 240, 120 };
  items[1] = (DsrBoardItem) { g_array_index (links, DsrLink, 0).to, 600, 0, 160, 64 };
  g_assert_true (dsr_store_board_put_items (store, *board, items, 2, &error));
  g_assert_no_error (error);
  return store;
}

static void
pixel (cairo_surface_t *surface,
       int              x,
       int              y,
       guint8          *rgb)
{
  unsigned char *data = cairo_image_surface_get_data (surface);
  guint32 p = *(guint32 *)(data + y * cairo_image_surface_get_stride (surface) + x * 4);

  rgb[0] = (p >> 16) & 0xff;
  rgb[1] = (p >> 8) & 0xff;
  rgb[2] = p & 0xff;
}

static cairo_surface_t *
paint (DsrBoardScene *scene,
       double         x,
       double         y,
       double         scale,
       DsrBoardTheme  theme)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 400, 300);
  cairo_t *cr = cairo_create (surface);
  DsrBoardPaintOptions options = {
    .visible = { x, y, 400 / scale, 300 / scale }, .scale = scale, .theme = theme,
    .background = TRUE,
  };

  dsr_board_paint (scene, cr, &options);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static void
test_cards_where_they_belong (void)
{
  g_autoptr(DsrStore) store = NULL;
  g_autoptr(DsrBoardScene) scene = NULL;
  cairo_surface_t *surface;
  gint64 board;
  guint8 bg[3], body[3], stripe[3];

  store = make_board (&board);
  scene = dsr_board_scene_load (store, board, NULL);
  g_assert_nonnull (scene);

  /* 100 %, the claim card at the top-left: white body, blue stripe, grey board beyond */
  surface = paint (scene, -20, -20, 1.0, DSR_BOARD_THEME_LIGHT);
  pixel (surface, 390, 290, bg);
  pixel (surface, 20 + 230, 20 + 110, body);
  pixel (surface, 20 + 120, 20 + 1, stripe);
  g_assert_cmpuint (bg[0], ==, 235);
  g_assert_cmpuint (body[0], ==, 255);
  g_assert_cmpuint (body[2], ==, 255);
  g_assert_cmpuint (stripe[2], >, stripe[0] + 100);
  cairo_surface_destroy (surface);

  /* dark: the board and the card are dark */
  surface = paint (scene, -20, -20, 1.0, DSR_BOARD_THEME_DARK);
  pixel (surface, 390, 290, bg);
  pixel (surface, 20 + 230, 20 + 110, body);
  g_assert_cmpuint (bg[0], ==, 36);
  g_assert_cmpuint (body[0], ==, 56);
  cairo_surface_destroy (surface);

  /* a rect away from every card paints only the board */
  surface = paint (scene, 2000, 2000, 1.0, DSR_BOARD_THEME_LIGHT);
  pixel (surface, 0, 0, bg);
  g_assert_cmpuint (bg[0], ==, 235);
  for (int y = 0; y < 300; y += 10)
    for (int x = 0; x < 400; x += 10)
      {
        pixel (surface, x, y, body);
        g_assert_cmpmem (body, 3, bg, 3);
      }
  cairo_surface_destroy (surface);
}

static void
test_far_out_blocks (void)
{
  g_autoptr(DsrStore) store = NULL;
  g_autoptr(DsrBoardScene) scene = NULL;
  cairo_surface_t *surface;
  gint64 board;
  guint8 block[3];

  store = make_board (&board);
  scene = dsr_board_scene_load (store, board, NULL);

  /* at 10 % a claim is a solid block of its kind's blue */
  surface = paint (scene, -100, -100, 0.1, DSR_BOARD_THEME_LIGHT);
  pixel (surface, 10 + 12, 10 + 6, block);
  g_assert_cmpuint (block[0], ==, 53);
  g_assert_cmpuint (block[1], ==, 132);
  g_assert_cmpuint (block[2], ==, 228);
  cairo_surface_destroy (surface);
}

static gboolean
has_color (cairo_surface_t *surface,
           guint8           r,
           guint8           g,
           guint8           b)
{
  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
      {
        guint8 rgb[3];

        pixel (surface, x, y, rgb);
        if (rgb[0] == r && rgb[1] == g && rgb[2] == b)
          return TRUE;
      }
  return FALSE;
}

/* Far out, an image is drawn straight into pixels, a vector drawing with cairo's
 * paths: both give the same picture, to a few pixels at the ends of strings. */
static void
test_far_out_pixels_like_paths (void)
{
  g_autoptr(DsrStore) store = NULL;
  g_autoptr(DsrBoardScene) scene = NULL;
  cairo_surface_t *direct, *replayed, *recording;
  cairo_t *cr;
  gint64 board;
  guint differ = 0, drawn = 0;

  store = make_board (&board);
  /* an organisation's card too: entity cards take their colour from the entity's kind */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GListModel) documents = dsr_store_list_documents (store, &error);
    g_autoptr(DsrDocument) document = g_list_model_get_item (documents, 0);
    gint64 org = dsr_store_tag_entity (store, dsr_document_get_id (document), 4, 10,
                                       DSR_ENTITY_ORG, &error);
    DsrBoardItem item = { { DSR_NODE_ENTITY, org }, 0, 400, 160, 64 };

    g_assert_no_error (error);
    g_assert_true (dsr_store_board_put_items (store, board, &item, 1, &error));
  }
  scene = dsr_board_scene_load (store, board, NULL);

  for (int step = 0; step < 2; step++)
    {
      double scale = step == 0 ? 0.1 : 0.037;
      DsrBoardPaintOptions options = {
        .visible = { -130.3, -70.7, 400 / scale, 300 / scale }, .scale = scale,
        .theme = DSR_BOARD_THEME_LIGHT, .background = TRUE,
      };

      direct = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 400, 300);
      cr = cairo_create (direct);
      dsr_board_paint (scene, cr, &options);
      cairo_destroy (cr);
      cairo_surface_flush (direct);

      recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
      cr = cairo_create (recording);
      dsr_board_paint (scene, cr, &options);
      cairo_destroy (cr);
      replayed = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 400, 300);
      cr = cairo_create (replayed);
      cairo_set_source_surface (cr, recording, 0, 0);
      cairo_paint (cr);
      cairo_destroy (cr);
      cairo_surface_flush (replayed);

      for (int y = 0; y < 300; y++)
        for (int x = 0; x < 400; x++)
          {
            guint8 a[3], b[3];

            pixel (direct, x, y, a);
            pixel (replayed, x, y, b);
            drawn += a[0] != 235 || a[1] != 235;
            differ += ABS ((int)a[0] - (int)b[0]) + ABS ((int)a[1] - (int)b[1]) +
                      ABS ((int)a[2] - (int)b[2]) > 24;
          }
      cairo_surface_destroy (recording);
      cairo_surface_destroy (replayed);
      cairo_surface_destroy (direct);
    }
  /* three cards and a string, drawn; at most a few pixels of each string's ends apart */
  g_assert_cmpuint (drawn, >, 60);
  g_assert_cmpuint (differ, <=, 6);
}

/* However far out, every card keeps at least a pixel of its kind's colour. */
static void
test_far_out_cards_stay (void)
{
  g_autoptr(DsrStore) store = NULL;
  g_autoptr(DsrBoardScene) scene = NULL;
  cairo_surface_t *surface;
  gint64 board;

  store = make_board (&board);
  scene = dsr_board_scene_load (store, board, NULL);

  /* at 0.4 %, a claim is a tenth of a pixel high and its speaker 2.4 px to its right */
  surface = paint (scene, -10000, -10000, 0.004, DSR_BOARD_THEME_LIGHT);
  g_assert_true (has_color (surface, 53, 132, 228));
  g_assert_true (has_color (surface, 145, 65, 172));
  cairo_surface_destroy (surface);
}

static void
test_fit_and_svg (void)
{
  g_autoptr(DsrStore) store = NULL;
  g_autoptr(DsrBoardScene) scene = NULL;
  DsrBoardPaintOptions options;
  cairo_surface_t *surface;
  cairo_t *cr;
  gint64 board;

  store = make_board (&board);
  scene = dsr_board_scene_load (store, board, NULL);

  /* the board is 760 wide: in 400 px with 20 px margins, 360 / 760 */
  dsr_board_paint_options_init_fit (&options, scene, 400, 300, 20);
  g_assert_cmpfloat_with_epsilon (options.scale, 360.0 / 760.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (options.visible.x + options.visible.width / 2, 380, 1e-9);

  /* any cairo surface will do: a recording surface records the cards' text */
  surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cr = cairo_create (surface);
  options.scale = 1.0;
  dsr_board_paint (scene, cr, &options);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* Painting from cached tiles gives the picture painting directly gives, also once
 * the view has panned and most tiles come from the cache. */
static void
test_tiles_match (void)
{
  g_autoptr(DsrStore) store = NULL;
  g_autoptr(DsrBoardScene) scene = NULL;
  g_autoptr(DsrBoardTiles) tiles = dsr_board_tiles_new ();
  gint64 board;

  store = make_board (&board);
  scene = dsr_board_scene_load (store, board, NULL);

  /* at 100 %, and far out where the board is drawn into pixels */
  for (int step = 0; step < 5; step++)
    {
      double scale = step < 3 ? 1.0 : 0.05;
      DsrBoardPaintOptions options = {
        .visible = { step < 3 ? -20 + 37 * step : -3000 + 371 * step,
                     step < 3 ? -20 + 11 * step : -2000 + 113 * step, 400 / scale, 300 / scale },
        .scale = scale, .theme = DSR_BOARD_THEME_LIGHT, .background = TRUE,
      };
      cairo_surface_t *direct = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 400, 300);
      cairo_surface_t *tiled = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 400, 300);
      cairo_t *cr;
      guint differ = 0;

      cr = cairo_create (direct);
      dsr_board_paint (scene, cr, &options);
      cairo_destroy (cr);
      cr = cairo_create (tiled);
      dsr_board_tiles_paint (tiles, scene, cr, &options);
      cairo_destroy (cr);
      cairo_surface_flush (direct);
      cairo_surface_flush (tiled);

      for (int y = 0; y < 300; y++)
        for (int x = 0; x < 400; x++)
          {
            guint8 a[3], b[3];

            pixel (direct, x, y, a);
            pixel (tiled, x, y, b);
            for (int c = 0; c < 3; c++)
              differ += ABS ((int)a[c] - (int)b[c]) > 8;
          }
      /* text and strings cut at tile edges may round a few edge pixels apart */
      g_assert_cmpuint (differ, <, 400 * 300 / 200);
      cairo_surface_destroy (direct);
      cairo_surface_destroy (tiled);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/board/painter/cards-where-they-belong", test_cards_where_they_belong);
  g_test_add_func ("/board/painter/far-out-blocks", test_far_out_blocks);
  g_test_add_func ("/board/painter/far-out-pixels-like-paths", test_far_out_pixels_like_paths);
  g_test_add_func ("/board/painter/far-out-cards-stay", test_far_out_cards_stay);
  g_test_add_func ("/board/painter/fit-and-svg", test_fit_and_svg);
  g_test_add_func ("/board/painter/tiles-match", test_tiles_match);

  return g_test_run ();
}
