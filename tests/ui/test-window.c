/* test-window.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-window"

#include "config.h"

#include <adwaita.h>
#include <stdio.h>

#include "dsr-document.h"
#include "dsr-store.h"
#include "dsr-ui-test.h"
#include "dsr-window-private.h"

typedef struct
{
  char *folder;
  char *path;         /* an investigation with two documents */
  char *empty_path;   /* an investigation without documents */
} Fixture;

static const char markdown_doc[] =
  "# Alpha heading\n"
  "\n"
  "The first paragraph, with *emphasis*.\n"
  "\n"
  "## Second heading\n"
  "\n"
  "- a list item\n";

static const char text_doc[] =
  "Beta report\n"
  "\n"
  "Кириллица and ünïcödé in the second document.\n";

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsrStore) store = NULL;
  g_autoptr(DsrStore) empty = NULL;

  /* G_TEST_OPTION_ISOLATE_DIRS gives each test its own data folder. */
  fixture->folder = dsr_ui_test_make_folder ("investigations");
  fixture->path = g_build_filename (fixture->folder, "Pipeline leak.dossier", NULL);
  fixture->empty_path = g_build_filename (fixture->folder, "Nothing yet.dossier", NULL);

  dsr_ui_test_write_file (fixture->folder, "alpha.md", markdown_doc);
  dsr_ui_test_write_file (fixture->folder, "beta.txt", text_doc);

  store = dsr_store_create (fixture->path, &error);
  g_assert_no_error (error);
  dsr_ui_test_import_file (store, fixture->folder, "alpha.md");
  dsr_ui_test_import_file (store, fixture->folder, "beta.txt");

  empty = dsr_store_create (fixture->empty_path, &error);
  g_assert_no_error (error);

  /* Both stores close here, releasing their writer's lock. */
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_free (fixture->folder);
  g_free (fixture->path);
  g_free (fixture->empty_path);
}

static char *
dup_buffer_text (DsrWindow *window)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (window->document_view));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
}

static DsrDocument *
document_at (DsrWindow *window,
             guint      position)
{
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (window->documents_list));
  g_autoptr(DsrDocument) document = g_list_model_get_item (model, position);

  return document;   /* the model keeps it alive */
}

static void
test_shows_investigation (Fixture       *fixture,
                          gconstpointer  data)
{
  DsrWindow *window = dsr_ui_test_open_window (fixture->path);
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (window->documents_list));

  g_assert_cmpstr (adw_window_title_get_title (window->window_title), ==, "Pipeline leak");
  g_assert_cmpstr (adw_window_title_get_subtitle (window->window_title), ==, "2 documents");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Pipeline leak");
  g_assert_false (gtk_revealer_get_reveal_child (window->read_only_revealer));

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->sidebar_stack), ==, "list");

  /* The first document is selected by itself. */
  g_assert_cmpuint (gtk_single_selection_get_selected (window->selection), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->document_stack), ==, "document");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window->document_view)));

  gtk_test_accessible_assert_property (window->document_view, GTK_ACCESSIBLE_PROPERTY_LABEL, "Document");
  gtk_test_accessible_assert_property (window->documents_list, GTK_ACCESSIBLE_PROPERTY_LABEL, "Documents");
  gtk_test_accessible_assert_property (_dsr_window_get_board_view (window), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Evidence board");
  gtk_test_accessible_assert_role (window->documents_list, GTK_ACCESSIBLE_ROLE_LIST);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_select_shows_stored_text (Fixture       *fixture,
                               gconstpointer  data)
{
  DsrWindow *window = dsr_ui_test_open_window (fixture->path);
  DsrStore *store = dsr_window_get_store (window);
  g_autoptr(GError) error = NULL;
  g_autofree char *last = NULL;

  for (guint position = 0; position < 2; position++)
    {
      DsrDocument *document = document_at (window, position);
      g_autofree char *stored = NULL;
      g_autofree char *shown = NULL;

      gtk_single_selection_set_selected (window->selection, position);
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

      stored = dsr_store_dup_document_text (store, dsr_document_get_id (document), &error);
      g_assert_no_error (error);
      shown = dup_buffer_text (window);

      /* Exactly the stored text: offsets in the store are offsets in the buffer. */
      g_assert_cmpstr (shown, ==, stored);
      g_assert_cmpint (g_utf8_strlen (shown, -1), ==, dsr_document_get_chars (document));
    }

  last = dup_buffer_text (window);
  g_assert_true (g_str_has_prefix (last, "Beta report"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_heading_tag_at_span (Fixture       *fixture,
                          gconstpointer  data)
{
  DsrWindow *window = dsr_ui_test_open_window (fixture->path);
  DsrStore *store = dsr_window_get_store (window);
  DsrDocument *document = document_at (window, 0);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (window->document_view));
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (buffer);
  g_autoptr(GArray) spans = NULL;
  g_autoptr(GError) error = NULL;
  guint n_headings = 0;

  gtk_single_selection_set_selected (window->selection, 0);

  spans = dsr_store_list_document_spans (store, dsr_document_get_id (document), &error);
  g_assert_no_error (error);

  for (guint i = 0; i < spans->len; i++)
    {
      const DsrSpan *span = &g_array_index (spans, DsrSpan, i);
      g_autofree char *name = g_strdup_printf ("heading-%d", span->level);
      g_autofree char *heading = NULL;
      GtkTextTag *tag;
      GtkTextIter start, end, before;

      if (span->kind != DSR_SPAN_HEADING)
        continue;
      n_headings++;

      tag = gtk_text_tag_table_lookup (table, name);
      g_assert_nonnull (tag);

      gtk_text_buffer_get_iter_at_offset (buffer, &start, (int)span->start);
      gtk_text_buffer_get_iter_at_offset (buffer, &end, (int)span->end);
      g_assert_true (gtk_text_iter_starts_tag (&start, tag));
      g_assert_true (gtk_text_iter_ends_tag (&end, tag));
      g_assert_true (gtk_text_iter_has_tag (&start, tag));

      /* The character before the heading is not part of it. */
      before = start;
      if (gtk_text_iter_backward_char (&before))
        g_assert_false (gtk_text_iter_has_tag (&before, tag));

      heading = gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
      if (span->level == 1)
        g_assert_cmpstr (heading, ==, "Alpha heading");
      else
        g_assert_cmpstr (heading, ==, "Second heading");
    }

  g_assert_cmpuint (n_headings, ==, 2);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_empty_investigation (Fixture       *fixture,
                          gconstpointer  data)
{
  DsrWindow *window = dsr_ui_test_open_window (fixture->empty_path);

  g_assert_cmpstr (adw_window_title_get_title (window->window_title), ==, "Nothing yet");
  g_assert_cmpstr (adw_window_title_get_subtitle (window->window_title), ==, "0 documents");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->document_stack), ==, "no-documents");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->sidebar_stack), ==, "empty");
  g_assert_cmpstr (adw_status_page_get_title (window->no_documents_page), ==, "No Documents");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window->no_documents_page)));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_locked_opens_read_only (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(DsrStore) writer = NULL;
  g_autoptr(GError) error = NULL;
  DsrWindow *window;

  /* Another writer holds the file, as another Dossier process would. */
  writer = dsr_store_open (fixture->path, DSR_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);

  window = dsr_ui_test_open_window (fixture->path);

  g_assert_true (dsr_store_is_read_only (dsr_window_get_store (window)));
  g_assert_cmpstr (adw_window_title_get_subtitle (window->window_title), ==, "Read-only");
  g_assert_true (gtk_revealer_get_reveal_child (window->read_only_revealer));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (window->selection)), ==, 2);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->document_stack), ==, "document");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_bad_file_keeps_investigation (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autofree char *bad_path = g_build_filename (fixture->folder, "notes.dossier", NULL);
  g_autofree char *missing_path = g_build_filename (fixture->folder, "missing.dossier", NULL);
  g_autoptr(GError) error = NULL;
  DsrWindow *window = dsr_ui_test_open_window (fixture->path);

  dsr_ui_test_write_file (fixture->folder, "notes.dossier", "not an investigation, just some notes\n");

  g_assert_false (dsr_window_open_path (window, bad_path, &error));
  g_assert_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_NOT_SQLITE);
  g_clear_error (&error);

  g_assert_false (dsr_window_open_path (window, missing_path, &error));
  g_assert_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_NOT_FOUND);

  g_assert_true (dsr_window_shows_path (window, fixture->path));
  g_assert_cmpstr (adw_window_title_get_title (window->window_title), ==, "Pipeline leak");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  if (!dsr_ui_test_init (&argc, &argv))
    return 0;

#define ADD(name, func) \
  g_test_add ("/dsr/window/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("shows-investigation", test_shows_investigation);
  ADD ("select-shows-stored-text", test_select_shows_stored_text);
  ADD ("heading-tag-at-span", test_heading_tag_at_span);
  ADD ("empty-investigation", test_empty_investigation);
  ADD ("locked-opens-read-only", test_locked_opens_read_only);
  ADD ("bad-file-keeps-investigation", test_bad_file_keeps_investigation);

#undef ADD

  return g_test_run ();
}
