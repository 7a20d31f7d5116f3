/* test-window-export.c: the window's Export menu, and the sidebar's drags to the board
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "dsr-export.h"
#include "dsr-store.h"
#include "dsr-ui-test.h"
#include "dsr-window-private.h"

typedef struct
{
  char      *folder;
  char      *path;
  gint64     board;
  DsrWindow *window;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsrStore) store = NULL;
  DsrBoardItem item = { { DSR_NODE_NOTE, 0 }, 40, 40, 200, 100 };

  f->folder = g_dir_make_tmp ("dsr-export-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->folder, "case.dossier", NULL);
  store = dsr_store_create (f->path, &error);
  g_assert_no_error (error);
  if (data == NULL)
    {
      f->board = dsr_store_create_board (store, "Main", &error);
      g_assert_no_error (error);
      g_assert_cmpint (dsr_store_board_add_note (store, f->board, "Call the ministry back", &item, &error), >, 0);
      g_assert_no_error (error);
    }
  g_clear_object (&store);   /* one writer at a time: the window opens it next */

  f->window = dsr_ui_test_open_window (f->path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->folder, 0, NULL);
  const char *name;

  gtk_window_destroy (GTK_WINDOW (f->window));
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (f->folder, name, NULL);

      g_remove (file);
    }
  g_rmdir (f->folder);
  g_free (f->path);
  g_free (f->folder);
}

/* Exports the board shown as @format into the folder, as the save dialog would. */
static char *
export (Fixture    *f,
        const char *format,
        gsize      *length)
{
  g_autofree char *path = g_strdup_printf ("%s/board.%s", f->folder, format);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  char *contents = NULL;

  _dsr_window_set_test_chooser_file (f->window, file);
  g_action_group_activate_action (G_ACTION_GROUP (f->window), "export-board", g_variant_new_string (format));
  g_assert_true (g_file_get_contents (path, &contents, length, NULL));
  return contents;
}

static void
test_export_formats (Fixture       *f,
                     gconstpointer  data)
{
  /* the report and graphs carry the note's text; CSV and Markdown list only claims */
  static const char *formats[] = { "html", "graphml", "gexf" };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *canvas = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *png = NULL;
  g_autofree char *svg = NULL;
  JsonObject *root;
  gsize length;
  int width;

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->window->export_button)));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (f->window), "export-board"));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (f->window->export_button)), ==, "Export the Board");

  /* JSON Canvas: JSON with the note among its nodes */
  canvas = export (f, "canvas", &length);
  g_assert_true (json_parser_load_from_data (parser, canvas, length, NULL));
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "nodes")), ==, 1);
  g_assert_nonnull (strstr (canvas, "Call the ministry back"));
  g_assert_cmpstr (_dsr_window_get_last_toast_title (f->window), ==, "Exported “Main” as JSON Canvas");

  pdf = export (f, "pdf", &length);
  g_assert_true (g_str_has_prefix (pdf, "%PDF-"));
  g_assert_cmpstr (_dsr_window_get_last_toast_title (f->window), ==, "Exported “Main” as PDF");

  /* PNG at twice the board's size: wider than the 200-unit note with its margins */
  png = export (f, "png", &length);
  g_assert_cmpuint (length, >, 24);
  g_assert_cmpmem (png, 8, "\x89PNG\r\n\x1a\n", 8);
  width = ((guint8)png[16] << 24) | ((guint8)png[17] << 16) | ((guint8)png[18] << 8) | (guint8)png[19];
  g_assert_cmpint (width, >=, 400);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *contents = export (f, formats[i], &length);

      g_assert_cmpuint (length, >, 0);
      g_assert_nonnull (g_strstr_len (contents, length, "Call the ministry back"));
    }
  /* SVG draws its text as glyphs */
  svg = export (f, "svg", &length);
  g_assert_nonnull (g_strstr_len (svg, length, "<svg"));
  g_free (export (f, "csv", &length));
  g_assert_cmpuint (length, >, 0);
  g_free (export (f, "md", &length));
  g_assert_cmpuint (length, >, 0);
}

/* A file that cannot be written: an error, no toast, no file. */
static void
test_export_error (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->folder, "missing", "board.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  _dsr_window_set_test_chooser_file (f->window, file);
  g_action_group_activate_action (G_ACTION_GROUP (f->window), "export-board", g_variant_new_string ("pdf"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_null (_dsr_window_get_last_toast_title (f->window));
}

/* An exported board comes back in beside the original, and is shown. */
static void
test_import (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GListModel) boards = NULL;
  g_autoptr(GArray) items = NULL;
  g_autofree char *canvas = NULL;
  g_autofree char *path = g_build_filename (f->folder, "board.canvas", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  DsrStore *store = dsr_window_get_store (f->window);
  gsize length;
  gint64 imported;

  canvas = export (f, "canvas", &length);
  _dsr_window_set_test_chooser_file (f->window, file);
  g_action_group_activate_action (G_ACTION_GROUP (f->window), "import-board", NULL);

  boards = dsr_store_list_boards (store, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (boards), ==, 2);
  imported = dsr_store_find_board (store, "Main 2", NULL);
  g_assert_cmpint (imported, >, 0);
  items = dsr_store_list_board_items (store, imported, NULL);
  g_assert_cmpuint (items->len, ==, 1);
  g_assert_cmpstr (_dsr_window_get_board_name (f->window), ==, "Main 2");
  g_assert_cmpstr (gtk_menu_button_get_label (f->window->board_button), ==, "Main 2");
}

/* Without a board nothing can be exported, and the button says why; a board can
 * still be imported. */
static void
test_no_board (Fixture       *f,
               gconstpointer  data)
{
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->window->export_button)));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (f->window), "export-board"));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (f->window), "import-board"));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (f->window->export_button)), ==,
                   "No board to export: create or import one first");
}

int
main (int   argc,
      char *argv[])
{
  if (!dsr_ui_test_init (&argc, &argv))
    return 0;

  g_test_add ("/window-export/formats", Fixture, NULL, fixture_set_up, test_export_formats, fixture_tear_down);
  g_test_add ("/window-export/error", Fixture, NULL, fixture_set_up, test_export_error, fixture_tear_down);
  g_test_add ("/window-export/import", Fixture, NULL, fixture_set_up, test_import, fixture_tear_down);
  g_test_add ("/window-export/no-board", Fixture, "empty", fixture_set_up, test_no_board, fixture_tear_down);

  return g_test_run ();
}
