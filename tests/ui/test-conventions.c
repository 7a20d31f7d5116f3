/* test-conventions.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-conventions"

#include "config.h"

#include <adwaita.h>

#include "dsr-application.h"
#include "dsr-store.h"
#include "dsr-ui-test.h"
#include "dsr-window-private.h"

/* GNOME conventions: what the window remembers, the read-only bar, the shortcuts
 * window, and the command line (`dossier FILE`, `dossier`). */

typedef struct
{
  char *folder;
  char *path;
  char *other_path;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(DsrStore) store = NULL;
  g_autoptr(DsrStore) other = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  /* The memory backend lives as long as the process: each test starts from the
   * defaults. */
  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
  g_settings_reset (settings, "window-maximized");
  g_settings_reset (settings, "sidebar-width");
  g_settings_reset (settings, "board-width");
  g_settings_reset (settings, "last-investigation");
  g_settings_reset (settings, "recent-investigations");

  fixture->folder = dsr_ui_test_make_folder ("investigations");
  fixture->path = g_build_filename (fixture->folder, "Port authority.dossier", NULL);
  fixture->other_path = g_build_filename (fixture->folder, "Second case.dossier", NULL);

  dsr_ui_test_write_file (fixture->folder, "note.txt", "A note\n\nThe port authority met on Monday.\n");

  store = dsr_store_create (fixture->path, &error);
  g_assert_no_error (error);
  dsr_ui_test_import_file (store, fixture->folder, "note.txt");

  other = dsr_store_create (fixture->other_path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_free (fixture->folder);
  g_free (fixture->path);
  g_free (fixture->other_path);
}

/* Settings */

static void
test_window_size_remembered (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  DsrWindow *window;
  int width, height;

  g_settings_set_int (settings, "window-width", 1000);
  g_settings_set_int (settings, "window-height", 700);

  window = dsr_window_new (NULL);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 1000);
  g_assert_cmpint (height, ==, 700);

  /* A resize is stored as it happens. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 650);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1100);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 650);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_pane_positions_remembered (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  DsrWindow *window = dsr_ui_test_open_window (fixture->path);
  int board_width;

  gtk_paned_set_position (window->outer_paned, 333);
  g_assert_cmpint (g_settings_get_int (settings, "sidebar-width"), ==, 333);

  gtk_paned_set_position (window->inner_paned, gtk_paned_get_position (window->inner_paned) - 80);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  board_width = gtk_widget_get_width (window->board);
  g_assert_cmpint (board_width, !=, g_settings_get_int (settings, "board-width"));

  /* The board's width is stored when the window closes. */
  gtk_window_close (GTK_WINDOW (window));
  g_assert_cmpint (g_settings_get_int (settings, "board-width"), ==, board_width);

  window = dsr_ui_test_open_window (fixture->path);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpint (gtk_paned_get_position (window->outer_paned), ==, 333);
  g_assert_cmpint (gtk_widget_get_width (window->board), ==, board_width);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The read-only bar */

static void
test_read_only_bar (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(DsrStore) writer = NULL;
  g_autoptr(GError) error = NULL;
  DsrWindow *window;
  const char *message;

  /* Another process writes the file. */
  writer = dsr_store_open (fixture->path, DSR_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);

  window = dsr_ui_test_open_window (fixture->path);
  g_assert_true (gtk_revealer_get_reveal_child (window->read_only_revealer));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window->read_only_label)));
  message = gtk_label_get_label (window->read_only_label);
  g_assert_nonnull (strstr (message, "read-only"));
  g_assert_nonnull (strstr (message, "Close the other program"));

  /* Editing is off, reading and searching are not. */
  g_assert_false (dsr_ui_test_action_enabled (window, "import"));
  g_assert_false (dsr_ui_test_action_enabled (window, "import-folder"));
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (window->document_view));
    GtkTextIter start, end;

    /* Even with text selected, it cannot be tagged. */
    gtk_text_buffer_get_iter_at_offset (buffer, &start, 0);
    gtk_text_buffer_get_iter_at_offset (buffer, &end, 6);
    gtk_text_buffer_select_range (buffer, &start, &end);
    g_assert_false (dsr_ui_test_action_enabled (window, "tag-entity"));
    g_assert_false (dsr_ui_test_action_enabled (window, "undo"));
  }
  g_assert_true (dsr_ui_test_action_enabled (window, "find"));
  g_assert_true (dsr_ui_test_action_enabled (window, "search"));
  dsr_search_panel_search (window->search_panel, "authority");
  g_assert_cmpstr (dsr_search_panel_get_state (window->search_panel), ==, "results");

  /* A writable investigation in the same window: the bar goes. */
  g_assert_true (dsr_window_open_path (window, fixture->other_path, &error));
  g_assert_no_error (error);
  g_assert_false (gtk_revealer_get_reveal_child (window->read_only_revealer));
  g_assert_true (dsr_ui_test_action_enabled (window, "import"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Accessibility: a button that shows no text has a name for screen readers. */

static gboolean
shows_text (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && gtk_label_get_label (GTK_LABEL (widget))[0] != '\0')
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (shows_text (child))
      return TRUE;
  return FALSE;
}

static gboolean
has_accessible_name (GtkWidget *widget)
{
  /* A menu or split button names the button inside it. */
  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    {
      if (gtk_test_accessible_has_property (GTK_ACCESSIBLE (w), GTK_ACCESSIBLE_PROPERTY_LABEL) ||
          gtk_test_accessible_has_relation (GTK_ACCESSIBLE (w), GTK_ACCESSIBLE_RELATION_LABELLED_BY))
        return TRUE;
      if (w != widget && !GTK_IS_MENU_BUTTON (w) && !ADW_IS_SPLIT_BUTTON (w))
        break;
    }
  return FALSE;
}

static void
collect_unnamed_buttons (GtkWidget *widget,
                         GString   *unnamed,
                         guint     *n_icon_only)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) && !shows_text (widget))
    (*n_icon_only)++;

  if (GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
      !shows_text (widget) && !has_accessible_name (widget))
    {
      const char *tooltip = gtk_widget_get_tooltip_text (widget);
      const char *icon = GTK_IS_BUTTON (widget) ? gtk_button_get_icon_name (GTK_BUTTON (widget)) : NULL;

      g_string_append_printf (unnamed, " %s(%s, %s)", G_OBJECT_TYPE_NAME (widget),
                              icon ? icon : "-", tooltip ? tooltip : "-");
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_unnamed_buttons (child, unnamed, n_icon_only);
}

static void
test_buttons_named (Fixture       *fixture,
                    gconstpointer  data)
{
  DsrWindow *window = dsr_ui_test_open_window (fixture->path);
  g_autoptr(GString) unnamed = g_string_new (NULL);
  guint n_icon_only = 0;

  /* With the find bar open, so that its buttons are there too. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "find", NULL);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  collect_unnamed_buttons (GTK_WIDGET (window), unnamed, &n_icon_only);
  g_test_message ("%u buttons show only an icon", n_icon_only);
  /* At least Search, the main menu, the import menu and the find bar's three. */
  g_assert_cmpuint (n_icon_only, >=, 6);
  if (unnamed->len > 0)
    g_error ("buttons without a name for screen readers:%s", unnamed->str);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The application: shortcuts window and command line */

typedef struct
{
  char *shown_path;
} RunResult;

/* Applications made in one test process must not find each other on the bus, where
 * an application that was let go may still be exported: each gets a name of its own.
 * Settings and resources do not follow the name. */
static void
make_private (DsrApplication *application)
{
  static guint n_made;
  g_autofree char *id = g_strdup_printf ("%s.Test%u", APP_ID, ++n_made);

  g_application_set_application_id (G_APPLICATION (application), id);
  g_application_set_flags (G_APPLICATION (application),
                           g_application_get_flags (G_APPLICATION (application)) | G_APPLICATION_NON_UNIQUE);
}

static gboolean
close_windows_cb (gpointer user_data)
{
  GApplication *application = user_data;
  RunResult *result = g_object_get_data (G_OBJECT (application), "run-result");
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (application)));

  for (GList *l = windows; l; l = l->next)
    {
      DsrStore *store = DSR_IS_WINDOW (l->data) ? dsr_window_get_store (l->data) : NULL;

      if (store != NULL && result->shown_path == NULL)
        result->shown_path = g_strdup (dsr_store_get_path (store));
      gtk_window_destroy (l->data);
    }

  return G_SOURCE_REMOVE;
}

static void
window_added_cb (GtkApplication *application,
                 GtkWindow      *window)
{
  g_idle_add_full (G_PRIORITY_LOW, close_windows_cb, application, NULL);
}

/* Runs the application with @argv as its command line, until its first window has
 * shown something; returns the investigation it showed. */
static char *
run_application (const char * const *argv)
{
  g_autoptr(DsrApplication) application = dsr_application_new ();
  RunResult result = { NULL };
  int status;

  make_private (application);
  g_object_set_data (G_OBJECT (application), "run-result", &result);
  g_signal_connect (application, "window-added", G_CALLBACK (window_added_cb), NULL);

  status = g_application_run (G_APPLICATION (application), (int)g_strv_length ((GStrv)argv), (char **)argv);
  g_assert_cmpint (status, ==, 0);

  return result.shown_path;
}

static void
test_command_line (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  const char *open_argv[] = { "dossier", fixture->other_path, NULL };
  const char *bare_argv[] = { "dossier", NULL };
  g_autofree char *shown = NULL;
  g_autofree char *last = NULL;
  g_autofree char *sample_copy = g_build_filename (g_get_user_data_dir (), "dossier",
                                                   "Sample investigation.dossier", NULL);

  /* On first start, `dossier` opens a copy of the sample. */
  g_setenv ("DOSSIER_SAMPLE", fixture->path, TRUE);
  shown = run_application (bare_argv);
  g_unsetenv ("DOSSIER_SAMPLE");
  g_assert_cmpstr (shown, ==, sample_copy);
  g_clear_pointer (&shown, g_free);

  /* `dossier FILE` opens that investigation and remembers it. */
  shown = run_application (open_argv);
  g_assert_cmpstr (shown, ==, fixture->other_path);
  last = g_settings_get_string (settings, "last-investigation");
  g_assert_cmpstr (last, ==, fixture->other_path);
  g_clear_pointer (&shown, g_free);

  /* `dossier` alone reopens it. */
  shown = run_application (bare_argv);
  g_assert_cmpstr (shown, ==, fixture->other_path);
}

static void
collect_shortcut_actions (GtkWidget  *widget,
                          GHashTable *actions)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
    {
      g_autofree char *action_name = NULL;

      g_object_get (widget, "action-name", &action_name, NULL);
      if (action_name != NULL)
        g_hash_table_add (actions, g_steal_pointer (&action_name));
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_shortcut_actions (child, actions);
}

static void
test_shortcuts_window_lists_every_accel (Fixture       *fixture,
                                         gconstpointer  data)
{
  g_autoptr(DsrApplication) application = dsr_application_new ();
  g_autoptr(GtkBuilder) builder = NULL;
  g_autoptr(GHashTable) listed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) described = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *shortcuts_window;
  GHashTableIter iter;
  const char *name;

  make_private (application);
  g_assert_true (g_application_register (G_APPLICATION (application), NULL, &error));
  g_assert_no_error (error);

  builder = gtk_builder_new_from_resource (RESOURCE_PATH "/gtk/help-overlay.ui");
  shortcuts_window = GTK_WIDGET (gtk_builder_get_object (builder, "help_overlay"));
  g_assert_nonnull (shortcuts_window);
  collect_shortcut_actions (shortcuts_window, listed);

  /* Every action with a keyboard shortcut is listed... */
  described = gtk_application_list_action_descriptions (GTK_APPLICATION (application));
  for (guint i = 0; described[i] != NULL; i++)
    {
      g_autofree char *action = NULL;
      g_autoptr(GVariant) target = NULL;

      g_assert_true (g_action_parse_detailed_name (described[i], &action, &target, NULL));
      if (!g_hash_table_contains (listed, action))
        g_error ("%s has a shortcut but is not in the shortcuts window", action);
    }

  /* ...and every listed action has one. */
  g_hash_table_iter_init (&iter, listed);
  while (g_hash_table_iter_next (&iter, (gpointer *)&name, NULL))
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (application), name);

      if (accels[0] == NULL)
        g_error ("%s is in the shortcuts window but has no shortcut", name);
    }
  g_assert_true (g_hash_table_contains (listed, "win.find"));
  g_assert_true (g_hash_table_contains (listed, "win.search"));

  gtk_window_destroy (GTK_WINDOW (shortcuts_window));
}

int
main (int   argc,
      char *argv[])
{
  if (!dsr_ui_test_init (&argc, &argv))
    return 0;

#define ADD(name, func) \
  g_test_add ("/dsr/conventions/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("window-size-remembered", test_window_size_remembered);
  ADD ("pane-positions-remembered", test_pane_positions_remembered);
  ADD ("read-only-bar", test_read_only_bar);
  ADD ("buttons-named", test_buttons_named);
  ADD ("shortcuts-window-lists-every-accel", test_shortcuts_window_lists_every_accel);
  ADD ("command-line", test_command_line);

#undef ADD

  return g_test_run ();
}
