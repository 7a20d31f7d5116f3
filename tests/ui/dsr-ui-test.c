/* dsr-ui-test.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <stdio.h>

#include "dsr-importer.h"
#include "dsr-ui-test.h"
#include "dsr-window-private.h"

/* Each test gets fresh XDG folders, XDG_DATA_DIRS included, so GTK falls back to its
 * built-in SVG icons; telling those apart from other files needs the shared MIME
 * database, which is looked up in the real system folders, fixed here once. */
static void
keep_system_mime_database (void)
{
  const char * const *data_dirs = g_get_system_data_dirs ();
  g_autoptr(GPtrArray) mime_dirs = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; data_dirs[i] != NULL; i++)
    g_ptr_array_add (mime_dirs, g_build_filename (data_dirs[i], "mime", NULL));
  g_ptr_array_add (mime_dirs, NULL);

  g_content_type_set_mime_dirs ((const char * const *)mime_dirs->pdata);
}

/**
 * dsr_ui_test_init:
 *
 * Sets up a widget test: isolated folders, GTK and libadwaita. Without a display it
 * prints a TAP skip line, unless REQUIRE_DISPLAY is set, when a missing display is an
 * error (so that CI cannot pass without running the widget tests).
 *
 * Returns: %FALSE if the test program should exit at once
 */
gboolean
dsr_ui_test_init (int    *argc,
                  char ***argv)
{
  keep_system_mime_database ();
  g_test_init (argc, argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  if (!gtk_init_check ())
    {
      if (g_getenv ("REQUIRE_DISPLAY"))
        g_error ("no display, but REQUIRE_DISPLAY is set");
      printf ("1..0 # SKIP no display (run under xvfb-run)\n");
      return FALSE;
    }

  adw_init ();
  return TRUE;
}

/**
 * dsr_ui_test_make_folder:
 *
 * Returns: (transfer full): the path of folder @name in the test's own data folder,
 *   made if it was not there
 */
char *
dsr_ui_test_make_folder (const char *name)
{
  char *folder = g_build_filename (g_get_user_data_dir (), name, NULL);

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  return folder;
}

void
dsr_ui_test_write_file (const char *folder,
                        const char *name,
                        const char *contents)
{
  g_autofree char *path = g_build_filename (folder, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

/**
 * dsr_ui_test_import_file:
 *
 * Imports file @name of @folder into @store, without analysis.
 *
 * Returns: the new document's id
 */
gint64
dsr_ui_test_import_file (DsrStore   *store,
                         const char *folder,
                         const char *name)
{
  g_autofree char *path = g_build_filename (folder, name, NULL);
  g_autoptr(GError) error = NULL;
  gint64 id;

  id = dsr_importer_import_file (store, path, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/**
 * dsr_ui_test_open_window:
 *
 * Returns: (transfer none): a new window showing the investigation at @path, presented
 *   and drawn once; the test destroys it
 */
DsrWindow *
dsr_ui_test_open_window (const char *path)
{
  g_autoptr(GError) error = NULL;
  DsrWindow *window = dsr_window_new (NULL);

  g_assert_true (dsr_window_open_path (window, path, &error));
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  return window;
}

gboolean
dsr_ui_test_action_enabled (DsrWindow  *window,
                            const char *name)
{
  return g_action_group_get_action_enabled (G_ACTION_GROUP (window), name);
}

/* Runs what is ready in the main context (idles, finished tasks), without waiting. */
void
dsr_ui_test_iterate_until_idle (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* The first widget of @type under @widget, itself included, or %NULL. */
GtkWidget *
dsr_ui_test_find_descendant (GtkWidget *widget,
                             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = dsr_ui_test_find_descendant (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Runs the main loop until the window's import job has finished. No deadline of its
 * own: under the sanitizers on a loaded machine an import can take minutes, and
 * Meson's timeout for the test (scaled by --timeout-multiplier) ends a real hang. */
void
dsr_ui_test_wait_for_import (DsrWindow *window)
{
  while (window->import_job != NULL)
    g_main_context_iteration (NULL, TRUE);
}

/* The message dialog on screen, if any. */
AdwMessageDialog *
dsr_ui_test_find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}
