/* test-import.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-import"

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "dsr-application.h"
#include "dsr-document.h"
#include "dsr-importer.h"
#include "dsr-store.h"
#include "dsr-ui-test.h"
#include "dsr-window-private.h"

/* The import path of the window (chooser, drop and Cancel end in the same
 * function), New and Recent, and a second file given on the command line. */

typedef struct
{
  char *folder;       /* investigations */
  char *inbox;        /* files to import */
  char *path;         /* an investigation with one document */
  char *empty_path;   /* an investigation without documents */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsrStore) store = NULL;
  g_autoptr(DsrStore) empty = NULL;

  fixture->folder = dsr_ui_test_make_folder ("investigations");
  fixture->inbox = dsr_ui_test_make_folder ("inbox");
  fixture->path = g_build_filename (fixture->folder, "Harbour deal.dossier", NULL);
  fixture->empty_path = g_build_filename (fixture->folder, "Fresh start.dossier", NULL);

  dsr_ui_test_write_file (fixture->folder, "first.txt", "First note\n\nAlready in the investigation.\n");

  store = dsr_store_create (fixture->path, &error);
  g_assert_no_error (error);
  dsr_ui_test_import_file (store, fixture->folder, "first.txt");

  empty = dsr_store_create (fixture->empty_path, &error);
  g_assert_no_error (error);

  dsr_ui_test_write_file (fixture->inbox, "minutes.txt", "Board minutes\n\nThe harbour contract was signed.\n");
  dsr_ui_test_write_file (fixture->inbox, "memo.txt", "Memo\n\nNobody asked the council.\n");
  dsr_ui_test_write_file (fixture->inbox, "notes.docx", "PK not really a word-processor file\n");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_free (fixture->folder);
  g_free (fixture->inbox);
  g_free (fixture->path);
  g_free (fixture->empty_path);
}

static GListModel *
files_in (const char *folder,
          ...)
{
  GListStore *files = g_list_store_new (G_TYPE_FILE);
  const char *name;
  va_list args;

  va_start (args, folder);
  while ((name = va_arg (args, const char *)))
    {
      g_autoptr(GFile) file = g_file_new_build_filename (folder, name, NULL);

      g_list_store_append (files, file);
    }
  va_end (args);

  return G_LIST_MODEL (files);
}

/* Counted through a connection of its own, as another program would. */
static guint
count_stored_documents (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsrStore) reader = dsr_store_open (path, DSR_STORE_OPEN_READ_ONLY, &error);
  g_autoptr(GListModel) documents = NULL;

  g_assert_no_error (error);
  documents = dsr_store_list_documents (reader, &error);
  g_assert_no_error (error);

  return g_list_model_get_n_items (documents);
}

static guint
count_listed_documents (DsrWindow *window)
{
  return g_list_model_get_n_items (G_LIST_MODEL (window->selection));
}

static gint64
selected_id (DsrWindow *window)
{
  DsrDocument *document = gtk_single_selection_get_selected_item (window->selection);

  return document ? dsr_document_get_id (document) : 0;
}

/* The titles of the rows of the list in the failure dialog. */
static void
collect_row_titles (GtkWidget *widget,
                    GString   *titles)
{
  if (ADW_IS_ACTION_ROW (widget))
    {
      g_string_append (titles, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)));
      g_string_append (titles, " — ");
      g_string_append (titles, adw_action_row_get_subtitle (ADW_ACTION_ROW (widget)));
      g_string_append_c (titles, '\n');
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_row_titles (child, titles);
}

static void
test_import_files (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GListModel) files = files_in (fixture->inbox, "minutes.txt", "memo.txt", "notes.docx", NULL);
  g_autoptr(GListModel) again = files_in (fixture->inbox, "memo.txt", "minutes.txt", NULL);
  g_autoptr(GString) rows = g_string_new (NULL);
  DsrWindow *window = dsr_ui_test_open_window (fixture->path);
  gint64 shown = selected_id (window);
  GtkWindow *details;

  g_assert_cmpint (shown, >, 0);
  g_assert_true (dsr_ui_test_action_enabled (window, "import"));
  g_assert_false (dsr_ui_test_action_enabled (window, "cancel-import"));

  g_assert_true (_dsr_window_import_files (window, files));
  /* While it runs, a second import is refused and Cancel is offered. */
  g_assert_false (dsr_ui_test_action_enabled (window, "import"));
  g_assert_true (dsr_ui_test_action_enabled (window, "cancel-import"));
  dsr_ui_test_wait_for_import (window);

  g_assert_cmpuint (count_listed_documents (window), ==, 3);
  g_assert_cmpuint (count_stored_documents (fixture->path), ==, 3);
  g_assert_cmpstr (adw_window_title_get_subtitle (window->window_title), ==, "3 documents");
  g_assert_cmpstr (_dsr_window_get_last_toast_title (window), ==, "Imported 2 documents, 1 failed");
  /* The document being read stays shown. */
  g_assert_cmpint (selected_id (window), ==, shown);
  g_assert_false (gtk_revealer_get_reveal_child (window->import_revealer));
  g_assert_true (dsr_ui_test_action_enabled (window, "import"));

  /* The toast's Details button opens the list of failures. */
  g_assert_true (dsr_ui_test_action_enabled (window, "show-import-details"));
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-import-details", NULL);
  details = _dsr_window_get_import_details (window);
  g_assert_nonnull (details);
  collect_row_titles (GTK_WIDGET (details), rows);
  g_assert_cmpstr (rows->str, ==, "notes.docx — Dossier has no reader for .docx files\n");
  gtk_window_destroy (details);
  g_assert_null (_dsr_window_get_import_details (window));

  /* The same files again add nothing. */
  g_assert_true (_dsr_window_import_files (window, again));
  dsr_ui_test_wait_for_import (window);
  g_assert_cmpuint (count_stored_documents (fixture->path), ==, 3);
  g_assert_cmpstr (_dsr_window_get_last_toast_title (window), ==, "All 2 documents were already present");
  g_assert_false (dsr_ui_test_action_enabled (window, "show-import-details"));

  /* Nothing but failures. */
  {
    g_autoptr(GListModel) bad = files_in (fixture->inbox, "notes.docx", "missing.txt", NULL);

    g_assert_true (_dsr_window_import_files (window, bad));
    dsr_ui_test_wait_for_import (window);
    g_assert_cmpstr (_dsr_window_get_last_toast_title (window), ==, "2 files could not be imported");
    g_assert_cmpuint (window->import_failures->len, ==, 2);
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_import_into_empty (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GListModel) files = files_in (fixture->inbox, "minutes.txt", NULL);
  DsrWindow *window = dsr_ui_test_open_window (fixture->empty_path);

  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->document_stack), ==, "no-documents");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window->empty_import_button)));
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (window->empty_import_button)));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (window->empty_import_button)), ==,
                   "win.import");

  g_assert_true (_dsr_window_import_files (window, files));
  dsr_ui_test_wait_for_import (window);

  /* Nothing was selected: the new document is. */
  g_assert_cmpstr (_dsr_window_get_last_toast_title (window), ==, "Imported 1 document");
  g_assert_cmpuint (count_listed_documents (window), ==, 1);
  g_assert_cmpint (selected_id (window), >, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->document_stack), ==, "document");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->sidebar_stack), ==, "list");
  g_assert_cmpstr (adw_window_title_get_subtitle (window->window_title), ==, "1 document");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_drop_imports (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GFile) folder = g_file_new_for_path (fixture->inbox);
  g_autoptr(GSList) list = g_slist_prepend (NULL, folder);
  GValue value = G_VALUE_INIT;
  DsrWindow *window = dsr_ui_test_open_window (fixture->empty_path);
  gboolean handled = FALSE;

  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_list (list));
  g_signal_emit_by_name (window->drop_target, "drop", &value, 20.0, 20.0, &handled);
  g_value_unset (&value);

  g_assert_true (handled);
  g_assert_nonnull (window->import_job);
  dsr_ui_test_wait_for_import (window);

  /* A folder brings the files a reader takes; the .docx file is not even tried. */
  g_assert_cmpuint (count_stored_documents (fixture->empty_path), ==, 2);
  g_assert_cmpuint (count_listed_documents (window), ==, 2);
  g_assert_cmpstr (_dsr_window_get_last_toast_title (window), ==, "Imported 2 documents");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Cancels at the first progress report, as soon as the main loop hears of one,
 * so that the worker cannot finish the folder first on a busy machine. */
static void
cancel_at_first_progress_cb (DsrImportJob *job,
                             GParamSpec   *pspec,
                             DsrWindow    *window)
{
  g_signal_handlers_disconnect_by_func (job, cancel_at_first_progress_cb, window);
  g_action_group_activate_action (G_ACTION_GROUP (window), "cancel-import", NULL);
}

#define N_BULK_FILES 1000

static void
test_cancel_leaves_whole_documents (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autofree char *bulk = g_build_filename (fixture->inbox, "bulk", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (bulk);
  g_autoptr(GListStore) files = g_list_store_new (G_TYPE_FILE);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(DsrStore) checker = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  DsrWindow *window;
  guint n_stored;

  g_assert_cmpint (g_mkdir_with_parents (bulk, 0700), ==, 0);
  for (guint i = 0; i < N_BULK_FILES; i++)
    {
      g_autofree char *name = g_strdup_printf ("wire-%04u.txt", i);
      g_autofree char *text = g_strdup_printf ("Wire %u\n\nParagraph number %u of the feed.\n", i, i);

      dsr_ui_test_write_file (bulk, name, text);
    }

  window = dsr_ui_test_open_window (fixture->empty_path);
  g_list_store_append (files, folder);
  g_assert_true (_dsr_window_import_files (window, G_LIST_MODEL (files)));
  g_signal_connect (window->import_job, "notify::n-done",
                    G_CALLBACK (cancel_at_first_progress_cb), window);

  /* The window keeps drawing while the worker runs. */
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  dsr_ui_test_wait_for_import (window);

  n_stored = count_stored_documents (fixture->empty_path);
  g_assert_cmpuint (n_stored, >, 0);
  g_assert_cmpuint (n_stored, <, N_BULK_FILES);
  g_assert_cmpuint (count_listed_documents (window), ==, n_stored);
  expected = g_strdup_printf ("Import cancelled after %u documents", n_stored);
  g_assert_cmpstr (_dsr_window_get_last_toast_title (window), ==, expected);

  checker = dsr_store_open (fixture->empty_path, DSR_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (dsr_store_check (checker, problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_read_only_disables_import (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GListModel) files = files_in (fixture->inbox, "memo.txt", NULL);
  g_autoptr(DsrStore) writer = NULL;
  g_autoptr(GError) error = NULL;
  DsrWindow *window;

  writer = dsr_store_open (fixture->path, DSR_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);

  window = dsr_ui_test_open_window (fixture->path);

  g_assert_true (dsr_store_is_read_only (dsr_window_get_store (window)));
  g_assert_false (dsr_ui_test_action_enabled (window, "import"));
  g_assert_false (dsr_ui_test_action_enabled (window, "import-folder"));
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (window->import_button)));
  g_assert_true (gtk_revealer_get_reveal_child (window->read_only_revealer));
  g_assert_nonnull (strstr (gtk_label_get_label (window->read_only_label), "cannot be imported"));

  /* A drop is refused with a toast saying why. */
  g_assert_false (_dsr_window_import_files (window, files));
  g_assert_null (window->import_job);
  g_assert_cmpstr (_dsr_window_get_last_toast_title (window), ==,
                   "This investigation is open read-only: documents cannot be imported");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_new_investigation (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *typed = g_build_filename (fixture->folder, "Port authority", NULL);
  g_autofree char *created = g_strconcat (typed, ".dossier", NULL);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) recent = NULL;
  g_autofree char *last = NULL;
  DsrWindow *window = dsr_ui_test_open_window (fixture->path);

  g_assert_true (_dsr_window_create_investigation (window, typed, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_test (created, G_FILE_TEST_IS_REGULAR));
  g_assert_true (dsr_window_shows_path (window, created));
  g_assert_cmpstr (adw_window_title_get_title (window->window_title), ==, "Port authority");
  g_assert_cmpstr (adw_window_title_get_subtitle (window->window_title), ==, "0 documents");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->document_stack), ==, "no-documents");
  g_assert_true (dsr_ui_test_action_enabled (window, "import"));

  recent = g_settings_get_strv (settings, "recent-investigations");
  g_assert_cmpstr (recent[0], ==, created);
  g_assert_cmpstr (recent[1], ==, fixture->path);
  last = g_settings_get_string (settings, "last-investigation");
  g_assert_cmpstr (last, ==, created);

  /* An existing file is never replaced, with or without the suffix typed. */
  g_assert_false (_dsr_window_create_investigation (window, fixture->path, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_false (_dsr_window_create_investigation (window, typed, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_assert_true (dsr_window_shows_path (window, created));
  g_assert_cmpuint (count_stored_documents (fixture->path), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_recent_menu (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *gone = g_build_filename (fixture->folder, "Gone_soon.dossier", NULL);
  g_autoptr(DsrStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) recent = NULL;
  g_autoptr(GMenuModel) submenu = NULL;
  g_autofree char *label = NULL;
  DsrWindow *window;

  g_settings_reset (settings, "recent-investigations");
  store = dsr_store_create (gone, &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  window = dsr_ui_test_open_window (gone);
  g_assert_true (dsr_window_open_path (window, fixture->empty_path, &error));
  g_assert_true (dsr_window_open_path (window, fixture->path, &error));

  /* One “Open Recent” submenu, the newest first; underscores are not mnemonics. */
  g_assert_cmpint (g_menu_model_get_n_items (G_MENU_MODEL (window->recent_section)), ==, 1);
  submenu = g_menu_model_get_item_link (G_MENU_MODEL (window->recent_section), 0, G_MENU_LINK_SUBMENU);
  g_assert_cmpint (g_menu_model_get_n_items (submenu), ==, 3);
  g_assert_true (g_menu_model_get_item_attribute (submenu, 0, G_MENU_ATTRIBUTE_LABEL, "s", &label));
  g_assert_cmpstr (label, ==, "Harbour deal");
  g_clear_pointer (&label, g_free);
  g_assert_true (g_menu_model_get_item_attribute (submenu, 2, G_MENU_ATTRIBUTE_LABEL, "s", &label));
  g_assert_cmpstr (label, ==, "Gone__soon");

  /* A file that is gone leaves the list when the menu opens. */
  g_assert_cmpint (g_unlink (gone), ==, 0);
  gtk_menu_button_popup (window->primary_menu_button);
  gtk_menu_button_popdown (window->primary_menu_button);
  recent = g_settings_get_strv (settings, "recent-investigations");
  g_assert_cmpuint (g_strv_length (recent), ==, 2);
  g_assert_cmpstr (recent[0], ==, fixture->path);
  g_assert_cmpstr (recent[1], ==, fixture->empty_path);

  /* Opening a recent file goes through the window's action. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "open-recent",
                                  g_variant_new_string (fixture->empty_path));
  g_assert_true (dsr_window_shows_path (window, fixture->empty_path));

  gtk_window_destroy (GTK_WINDOW (window));
}

static guint
count_windows (GtkApplication *application)
{
  return g_list_length (gtk_application_get_windows (application));
}

static void
test_second_file_new_window (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(DsrApplication) app = dsr_application_new ();
  g_autoptr(GFile) first = g_file_new_for_path (fixture->path);
  g_autoptr(GFile) second = g_file_new_for_path (fixture->empty_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GList) windows = NULL;

  /* No D-Bus name: the test must not meet another instance. */
  g_application_set_flags (G_APPLICATION (app),
                           g_application_get_flags (G_APPLICATION (app)) | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  g_application_open (G_APPLICATION (app), &first, 1, "");
  g_assert_cmpuint (count_windows (GTK_APPLICATION (app)), ==, 1);

  g_application_open (G_APPLICATION (app), &second, 1, "");
  g_assert_cmpuint (count_windows (GTK_APPLICATION (app)), ==, 2);

  /* The same file again comes back to its window. */
  g_application_open (G_APPLICATION (app), &first, 1, "");
  g_assert_cmpuint (count_windows (GTK_APPLICATION (app)), ==, 2);

  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (app)));
  for (GList *l = windows; l; l = l->next)
    {
      DsrWindow *window = l->data;

      g_assert_true (dsr_window_shows_path (window, fixture->path) ||
                     dsr_window_shows_path (window, fixture->empty_path));
      gtk_window_destroy (GTK_WINDOW (window));
    }
}

int
main (int   argc,
      char *argv[])
{
  if (!dsr_ui_test_init (&argc, &argv))
    return 0;

#define ADD(name, func) \
  g_test_add ("/dsr/import/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("files", test_import_files);
  ADD ("into-empty", test_import_into_empty);
  ADD ("drop", test_drop_imports);
  ADD ("cancel", test_cancel_leaves_whole_documents);
  ADD ("read-only", test_read_only_disables_import);
  ADD ("new-investigation", test_new_investigation);
  ADD ("recent-menu", test_recent_menu);
  ADD ("second-file-new-window", test_second_file_new_window);

#undef ADD

  return g_test_run ();
}
