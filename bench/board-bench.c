/* board-bench.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The evidence board at the scale of a large investigation: a generated board of
 * 10,000 cards (claims, speakers, sources) and 20,000 links, mostly between neighbours
 * as people pin them, with some long strings across the board. Measures opening it,
 * painting it whole and while panning, its memory, and storing one edit. */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <stdio.h>
#include <time.h>

#include "dsr-board-history.h"
#include "dsr-board-painter.h"
#include "dsr-board-tiles.h"

#define N_CLAIMS 6000
#define N_ENTITIES 2500
#define N_SOURCES 1500
#define N_CARDS (N_CLAIMS + N_ENTITIES + N_SOURCES)
#define N_LINKS 20000
#define COLUMNS 100
#define VIEW_W 1280
#define VIEW_H 800
#define TEXT "Officials said the report was much ado about nothing and denied every claim in it."

static long
rss_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return 0;
  line = strstr (status, "VmRSS:");
  return line != NULL ? strtol (line + 6, NULL, 10) : 0;
}

static void
exec_sql (sqlite3    *db,
          const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

/* Cards on a grid of 100 columns; every card kind is spread over the whole board. */
static void
place (int     index,
       double *x,
       double *y)
{
  *x = (index % COLUMNS) * 300.0;
  *y = (index / COLUMNS) * 180.0;
}

static gint64
generate (const char *path)
{
  g_autoptr(DsrStore) store = NULL;
  g_autoptr(DsrDocumentContent) content = dsr_document_content_new ();
  g_autoptr(GBytes) bytes = g_bytes_new_static (TEXT, strlen (TEXT));
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 board;
  g_autofree int *order = g_new0 (int, N_CARDS);
  g_autofree const char **kinds = g_new0 (const char *, N_CARDS);
  g_autofree gint64 *ids = g_new0 (gint64, N_CARDS);
  int n = 0, links = 0;

  store = dsr_store_create (path, &error);
  g_assert_no_error (error);
  dsr_document_content_set_title (content, "Generated");
  dsr_document_content_begin_block (content);
  dsr_document_content_append (content, TEXT, -1);
  dsr_document_content_end_block (content, DSR_SPAN_PARAGRAPH, 0);
  dsr_store_add_document (store, content, bytes, "g.txt", "text/plain", NULL, NULL, &error);
  g_assert_no_error (error);
  board = dsr_store_create_board (store, "Everything", &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  exec_sql (db, "BEGIN");
  for (int i = 1; i <= N_CLAIMS; i++)
    {
      g_autofree char *sql = g_strdup_printf ("INSERT INTO claims (document_id, start, \"end\", quote) "
                                              "VALUES (1, 0, %d, '%s %d')", 80, "Officials said "
                                              "the report was much ado about nothing", i);
      exec_sql (db, sql);
      kinds[n] = "claim", ids[n++] = i;
    }
  for (int i = 1; i <= N_ENTITIES; i++)
    {
      g_autofree char *sql = g_strdup_printf ("INSERT INTO entities (kind, name) VALUES "
                                              "('person', 'Analyst %d')", i);
      exec_sql (db, sql);
      kinds[n] = "entity", ids[n++] = i;
    }
  for (int i = 1; i <= N_SOURCES; i++)
    {
      g_autofree char *sql = g_strdup_printf ("INSERT INTO sources (name, reliability) VALUES "
                                              "('Outlet %d', 'B')", i);
      exec_sql (db, sql);
      kinds[n] = "source", ids[n++] = i;
    }

  /* shuffle, so that claims, speakers and sources mix on the grid */
  for (int i = 0; i < N_CARDS; i++)
    order[i] = i;
  for (int i = N_CARDS - 1; i > 0; i--)
    {
      int j = g_rand_int_range (rand, 0, i + 1), t = order[i];

      order[i] = order[j], order[j] = t;
    }
  sqlite3_prepare_v2 (db, "INSERT INTO board_items (board_id, node_kind, node_id, x, y, w, h) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?)", -1, &stmt, NULL);
  for (int p = 0; p < N_CARDS; p++)
    {
      int c = order[p];
      double x, y, w, h;

      place (p, &x, &y);
      dsr_board_card_size (c < N_CLAIMS ? DSR_NODE_CLAIM : c < N_CLAIMS + N_ENTITIES
                           ? DSR_NODE_ENTITY : DSR_NODE_SOURCE, &w, &h);
      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, board);
      sqlite3_bind_text (stmt, 2, kinds[c], -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 3, ids[c]);
      sqlite3_bind_double (stmt, 4, x);
      sqlite3_bind_double (stmt, 5, y);
      sqlite3_bind_double (stmt, 6, w);
      sqlite3_bind_double (stmt, 7, h);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
    }
  sqlite3_finalize (stmt);

  /* each claim to a speaker and a source near it on the grid (98 % of strings are
   * local), some claims to claims; the rest cross the board */
  sqlite3_prepare_v2 (db, "INSERT OR IGNORE INTO links (kind, from_kind, from_id, to_kind, to_id, "
                      "state) VALUES (?, 'claim', ?, ?, ?, ?)", -1, &stmt, NULL);
  while (links < N_LINKS)
    {
      int p = g_rand_int_range (rand, 0, N_CARDS), q, c, d;
      gboolean far = g_rand_int_range (rand, 0, 100) < 2;

      if (order[p] >= N_CLAIMS)
        continue;
      q = p + g_rand_int_range (rand, -2, 3) + COLUMNS * g_rand_int_range (rand, -2, 3);
      q = far ? g_rand_int_range (rand, 0, N_CARDS) : CLAMP (q, 0, N_CARDS - 1);
      c = order[p], d = order[q];
      if (c == d)
        continue;
      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 1, d < N_CLAIMS ? (links % 2 ? "supports" : "contradicts")
                         : d < N_CLAIMS + N_ENTITIES ? "said_by" : "reported_by", -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 2, ids[c]);
      sqlite3_bind_text (stmt, 3, kinds[d], -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 4, ids[d]);
      sqlite3_bind_text (stmt, 5, links % 5 == 0 ? "suggested" : "confirmed", -1, SQLITE_STATIC);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
      links += sqlite3_changes (db);
    }
  sqlite3_finalize (stmt);
  exec_sql (db, "COMMIT");
  sqlite3_close (db);
  return board;
}

/* The machine may be shared: paint figures are the thread's CPU time, which waiting for
 * a core does not inflate; the wall-clock time is printed beside them. */
static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return x < y ? -1 : x > y;
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return values[n / 2];
}

static void
report (const char *what,
        double      value,
        const char *unit,
        const char *target,
        gboolean    met)
{
  printf ("  %-44s %9.2f %-3s  target %-8s %s\n", what, value, unit, target,
          met ? "met" : "NOT MET");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = g_dir_make_tmp ("board-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "board.dossier", NULL);
  g_autoptr(DsrStore) store = NULL;
  g_autoptr(DsrBoardScene) scene = NULL;
  g_autoptr(DsrBoardHistory) history = NULL;
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  DsrBoardPaintOptions options;
  double t, c, open_s, fit[15], fit_wall[15], pan[200], pan_wall[200], direct[200], card_ms[40], link_ms[40];
  g_autoptr(DsrBoardTiles) tiles = dsr_board_tiles_new ();
  long rss_before, rss_after;
  gint64 board, spare_entity;

  printf ("Evidence board: %d cards, %d links, view %dx%d\n", N_CARDS, N_LINKS, VIEW_W, VIEW_H);
  board = generate (path);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, VIEW_W, VIEW_H);
  cr = cairo_create (surface);
  rss_before = rss_kb ();

  t = g_get_monotonic_time ();
  store = dsr_store_open (path, DSR_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  scene = dsr_board_scene_load (store, board, &error);
  g_assert_no_error (error);
  open_s = (g_get_monotonic_time () - t) / 1e6;
  g_assert_cmpuint (dsr_board_scene_get_n_cards (scene), ==, N_CARDS);
  g_assert_cmpuint (dsr_board_scene_get_n_links (scene), ==, N_LINKS);

  dsr_board_paint_options_init_fit (&options, scene, VIEW_W, VIEW_H, 24);
  options.legend = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (fit); i++)
    {
      t = g_get_monotonic_time ();
      c = cpu_ms ();
      dsr_board_paint (scene, cr, &options);
      cairo_surface_flush (surface);
      fit[i] = cpu_ms () - c;
      fit_wall[i] = (g_get_monotonic_time () - t) / 1e3;
    }

  /* panning as the view does it: through the tile cache (a drag, 7 and 3 px a frame) */
  options.scale = 1.0;
  options.visible = (DsrBoardRect) { 12000, 8000, VIEW_W, VIEW_H };
  for (guint i = 0; i < G_N_ELEMENTS (pan); i++)
    {
      options.visible.x += 7;
      options.visible.y += 3;
      t = g_get_monotonic_time ();
      c = cpu_ms ();
      dsr_board_tiles_paint (tiles, scene, cr, &options);
      cairo_surface_flush (surface);
      pan[i] = cpu_ms () - c;
      pan_wall[i] = (g_get_monotonic_time () - t) / 1e3;
    }
  /* and every frame painted in full, as after an edit */
  for (guint i = 0; i < G_N_ELEMENTS (direct); i++)
    {
      options.visible.x += 7;
      c = cpu_ms ();
      dsr_board_paint (scene, cr, &options);
      cairo_surface_flush (surface);
      direct[i] = cpu_ms () - c;
    }
  rss_after = rss_kb ();

  /* edits: a speaker card dropped on the board, a claim dropped on a speaker */
  history = dsr_board_history_new (store);
  spare_entity = dsr_store_tag_entity (store, 1, 0, 9, DSR_ENTITY_PERSON, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (card_ms); i++)
    {
      DsrBoardItem item = { { DSR_NODE_ENTITY, spare_entity }, 31000 + i * 200.0, 0, 160, 64 };
      DsrNode claim = { DSR_NODE_CLAIM, i + 1 }, speaker = { DSR_NODE_ENTITY, spare_entity };

      t = g_get_monotonic_time ();
      g_assert_true (dsr_board_history_add_items (history, board, &item, 1, &error));
      card_ms[i] = (g_get_monotonic_time () - t) / 1e3;

      t = g_get_monotonic_time ();
      g_assert_true (dsr_board_history_add_link (history, DSR_LINK_SAID_BY, &claim, &speaker, &error));
      link_ms[i] = (g_get_monotonic_time () - t) / 1e3;
    }

  report ("open (read the board, index it)", open_s * 1000, "ms", "< 1000", open_s < 1.0);
  report ("full repaint at fit-to-view (median, CPU)", median (fit, G_N_ELEMENTS (fit)), "ms",
          "< 16", median (fit, G_N_ELEMENTS (fit)) < 16);
  printf ("  %-44s %9.2f ms\n", "  same, wall clock", median (fit_wall, G_N_ELEMENTS (fit_wall)));
  report ("repaint while panning at 100 % (median, CPU)", median (pan, G_N_ELEMENTS (pan)), "ms",
          "< 4", median (pan, G_N_ELEMENTS (pan)) < 4);
  printf ("  %-44s %9.2f ms\n", "  same, wall clock", median (pan_wall, G_N_ELEMENTS (pan_wall)));
  printf ("  %-44s %9.2f ms\n", "  slowest pan frame (CPU, new tiles)", pan[G_N_ELEMENTS (pan) - 1]);
  printf ("  %-44s %9.2f ms\n", "full repaint at 100 % (median, CPU)", median (direct, G_N_ELEMENTS (direct)));
  report ("memory for the board (RSS growth)", (rss_after - rss_before) / 1024.0, "MB",
          "< 150", (rss_after - rss_before) / 1024.0 < 150);
  printf ("  %-44s %9.2f MB\n", "whole process RSS", rss_after / 1024.0);
  report ("add a card, stored (median)", median (card_ms, G_N_ELEMENTS (card_ms)), "ms", "< 20",
          median (card_ms, G_N_ELEMENTS (card_ms)) < 20);
  report ("add a link, stored (median)", median (link_ms, G_N_ELEMENTS (link_ms)), "ms", "< 20",
          median (link_ms, G_N_ELEMENTS (link_ms)) < 20);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  g_clear_object (&history);
  g_clear_object (&scene);
  g_clear_object (&store);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);

    g_unlink (wal);
    g_unlink (shm);
  }
  g_unlink (path);
  g_rmdir (dir);
  return 0;
}
