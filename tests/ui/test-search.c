/* test-search.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-search"

#include "config.h"

#include <adwaita.h>

#include "dsr-document.h"
#include "dsr-search-hit.h"
#include "dsr-store.h"
#include "dsr-ui-test.h"
#include "dsr-window-private.h"

/* The find bar (Ctrl+F) and the investigation-wide search panel (Ctrl+Shift+F), in a
 * real window over a real investigation. */

typedef struct
{
  char *folder;
  char *path;
} Fixture;

static const char report_doc[] =
  "# Harbour report\n"
  "\n"
  "The harbour authority met on Monday. The Harbour master spoke first.\n"
  "\n"
  "Dredging of the harbour will start in spring, the authority said.\n";

static const char letter_doc[] =
  "Letter to the editor\n"
  "\n"
  "Кириллица: the ferry timetable changed without notice.\n"
  "\n"
  "Nobody asked the ferry passengers.\n";

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(DsrStore) store = NULL;
  g_autoptr(GError) error = NULL;

  fixture->folder = dsr_ui_test_make_folder ("investigations");
  fixture->path = g_build_filename (fixture->folder, "Harbour.dossier", NULL);

  store = dsr_store_create (fixture->path, &error);
  g_assert_no_error (error);
  dsr_ui_test_write_file (fixture->folder, "report.md", report_doc);
  dsr_ui_test_import_file (store, fixture->folder, "report.md");
  dsr_ui_test_write_file (fixture->folder, "letter.txt", letter_doc);
  dsr_ui_test_import_file (store, fixture->folder, "letter.txt");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_free (fixture->folder);
  g_free (fixture->path);
}

static GtkTextBuffer *
document_buffer (DsrWindow *window)
{
  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (window->document_view));
}

static char *
dup_selected_text (DsrWindow *window,
                   int       *start_offset)
{
  GtkTextIter start, end;

  if (!gtk_text_buffer_get_selection_bounds (document_buffer (window), &start, &end))
    return NULL;
  if (start_offset != NULL)
    *start_offset = gtk_text_iter_get_offset (&start);
  return gtk_text_iter_get_text (&start, &end);
}

static guint
count_tagged (DsrWindow  *window,
              const char *tag_name)
{
  GtkTextBuffer *buffer = document_buffer (window);
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), tag_name);
  GtkTextIter iter;
  guint n = 0;

  g_assert_nonnull (tag);
  gtk_text_buffer_get_start_iter (buffer, &iter);
  do
    if (gtk_text_iter_starts_tag (&iter, tag))
      n++;
  while (gtk_text_iter_forward_to_tag_toggle (&iter, tag));

  return n;
}

static void
select_document (DsrWindow *window,
                 guint      position)
{
  gtk_single_selection_set_selected (window->selection, position);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
}

/* The find bar */

static void
test_find_counts_and_steps (Fixture       *fixture,
                            gconstpointer  data)
{
  DsrWindow *window = dsr_ui_test_open_window (fixture->path);
  g_autofree char *selected = NULL;
  int offset;

  select_document (window, 0);
  g_assert_false (dsr_find_bar_is_open (window->find_bar));

  g_action_group_activate_action (G_ACTION_GROUP (window), "find", NULL);
  g_assert_true (dsr_find_bar_is_open (window->find_bar));

  /* Case does not matter: "Harbour" and "harbour" are both found. */
  dsr_find_bar_search (window->find_bar, "harbour");
  g_assert_cmpuint (dsr_find_bar_get_n_matches (window->find_bar), ==, 4);
  g_assert_cmpint (dsr_find_bar_get_current (window->find_bar), ==, 0);
  g_assert_cmpstr (dsr_find_bar_get_count_label (window->find_bar), ==, "1 of 4");
  g_assert_cmpuint (count_tagged (window, "find-match"), ==, 4);

  selected = dup_selected_text (window, &offset);
  g_assert_cmpstr (selected, ==, "Harbour");
  g_assert_cmpint (offset, ==, 0);
  g_clear_pointer (&selected, g_free);

  dsr_find_bar_next (window->find_bar);
  dsr_find_bar_next (window->find_bar);
  g_assert_cmpstr (dsr_find_bar_get_count_label (window->find_bar), ==, "3 of 4");
  selected = dup_selected_text (window, &offset);
  g_assert_cmpstr (selected, ==, "Harbour");
  g_assert_cmpint (offset, ==, (int)g_utf8_strlen ("Harbour report\n\nThe harbour authority met on Monday. The ", -1));
  g_clear_pointer (&selected, g_free);

  /* Both ways wrap around. */
  dsr_find_bar_next (window->find_bar);
  dsr_find_bar_next (window->find_bar);
  g_assert_cmpint (dsr_find_bar_get_current (window->find_bar), ==, 0);
  dsr_find_bar_previous (window->find_bar);
  g_assert_cmpint (dsr_find_bar_get_current (window->find_bar), ==, 3);
  g_assert_cmpuint (count_tagged (window, "find-current"), ==, 1);

  dsr_find_bar_search (window->find_bar, "lighthouse");
  g_assert_cmpuint (dsr_find_bar_get_n_matches (window->find_bar), ==, 0);
  g_assert_cmpint (dsr_find_bar_get_current (window->find_bar), ==, -1);
  g_assert_cmpstr (dsr_find_bar_get_count_label (window->find_bar), ==, "No matches");
  g_assert_cmpuint (count_tagged (window, "find-match"), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_find_follows_document (Fixture       *fixture,
                            gconstpointer  data)
{
  DsrWindow *window = dsr_ui_test_open_window (fixture->path);
  g_autofree char *selected = NULL;

  select_document (window, 0);
  dsr_find_bar_search (window->find_bar, "the");
  g_assert_cmpuint (dsr_find_bar_get_n_matches (window->find_bar), ==, 4);

  /* Another document: its own matches, in its own text. */
  select_document (window, 1);
  dsr_ui_test_iterate_until_idle ();
  g_assert_true (dsr_find_bar_is_open (window->find_bar));
  g_assert_cmpuint (dsr_find_bar_get_n_matches (window->find_bar), ==, 3);
  g_assert_cmpuint (count_tagged (window, "find-match"), ==, 3);

  dsr_find_bar_search (window->find_bar, "кириллица");
  g_assert_cmpuint (dsr_find_bar_get_n_matches (window->find_bar), ==, 1);
  selected = dup_selected_text (window, NULL);
  g_assert_cmpstr (selected, ==, "Кириллица");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_find_escape_closes (Fixture       *fixture,
                         gconstpointer  data)
{
  DsrWindow *window = dsr_ui_test_open_window (fixture->path);
  GtkWidget *entry;

  select_document (window, 0);
  g_action_group_activate_action (G_ACTION_GROUP (window), "find", NULL);
  dsr_find_bar_search (window->find_bar, "authority");
  g_assert_cmpuint (count_tagged (window, "find-match"), ==, 2);

  entry = dsr_ui_test_find_descendant (GTK_WIDGET (window->find_bar), GTK_TYPE_SEARCH_ENTRY);
  g_assert_nonnull (entry);
  gtk_test_accessible_assert_property (entry, GTK_ACCESSIBLE_PROPERTY_LABEL, "Find in document");
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (window)), entry));

  /* Escape in the entry emits stop-search. */
  g_signal_emit_by_name (entry, "stop-search");
  g_assert_false (dsr_find_bar_is_open (window->find_bar));
  g_assert_cmpuint (count_tagged (window, "find-match"), ==, 0);
  g_assert_cmpuint (count_tagged (window, "find-current"), ==, 0);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (window->document_view)));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The search panel */

static void
test_search_states (Fixture       *fixture,
                    gconstpointer  data)
{
  DsrWindow *window = dsr_ui_test_open_window (fixture->path);
  DsrSearchPanel *panel = window->search_panel;
  g_autoptr(DsrSearchHit) hit = NULL;

  g_assert_cmpstr (dsr_search_panel_get_state (panel), ==, "empty");

  dsr_search_panel_search (panel, "   ");
  g_assert_cmpstr (dsr_search_panel_get_state (panel), ==, "empty");

  dsr_search_panel_search (panel, "lighthouse");
  g_assert_cmpstr (dsr_search_panel_get_state (panel), ==, "no-results");
  g_assert_cmpuint (g_list_model_get_n_items (dsr_search_panel_get_results (panel)), ==, 0);

  dsr_search_panel_search (panel, "ferry");
  g_assert_cmpstr (dsr_search_panel_get_state (panel), ==, "results");
  g_assert_cmpuint (g_list_model_get_n_items (dsr_search_panel_get_results (panel)), ==, 1);
  hit = g_list_model_get_item (dsr_search_panel_get_results (panel), 0);
  g_assert_cmpstr (dsr_search_hit_get_title (hit), ==, "Letter to the editor");
  g_assert_cmpuint (dsr_search_hit_get_highlights (hit)->len, >=, 1);

  /* Words from both documents: each listed once. */
  dsr_search_panel_search (panel, "harbour OR ferry");
  g_assert_cmpuint (g_list_model_get_n_items (dsr_search_panel_get_results (panel)), ==, 2);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_search_opens_passage (Fixture       *fixture,
                           gconstpointer  data)
{
  DsrWindow *window = dsr_ui_test_open_window (fixture->path);
  DsrSearchPanel *panel = window->search_panel;
  g_autofree char *selected = NULL;
  g_autoptr(DsrDocument) shown = NULL;
  int offset;

  select_document (window, 0);
  g_action_group_activate_action (G_ACTION_GROUP (window), "search", NULL);
  dsr_ui_test_iterate_until_idle ();
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (panel)));

  dsr_search_panel_search (panel, "passengers");
  g_assert_cmpstr (dsr_search_panel_get_state (panel), ==, "results");
  dsr_search_panel_activate_result (panel, 0);
  dsr_ui_test_iterate_until_idle ();

  /* The letter is shown, with the passage selected and the popover gone. */
  shown = g_object_ref (gtk_single_selection_get_selected_item (window->selection));
  g_assert_cmpstr (dsr_document_get_title (shown), ==, "Letter to the editor");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (window->search_button))));
  selected = dup_selected_text (window, &offset);
  g_assert_cmpstr (selected, ==, "passengers");
  g_assert_cmpint (offset, ==, (int)g_utf8_strlen (letter_doc, -1) - (int)strlen ("passengers.\n"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_locate_prefers_context (void)
{
  static const char text[] =
    "Another one. Then another thing.\n"
    "\n"
    "And again in another place.\n"
    "\n"
    "Line one.\n"
    "\n"
    "Second line.\n";
  g_autoptr(DsrSearchHit) repeated = _dsr_search_hit_new (1, "t", NULL, "…again in \xee\x80\x80" "another\xee\x80\x81 place…", 0);
  g_autoptr(DsrSearchHit) across = _dsr_search_hit_new (1, "t", NULL, "Line one.\n\xee\x80\x80Second\xee\x80\x81 line", 0);
  g_autoptr(DsrSearchHit) title_only = _dsr_search_hit_new (1, "t", NULL, "Another one.", 0);
  gint64 start = -1, end = -1;

  g_assert_true (dsr_search_hit_locate (repeated, text, &start, &end));
  g_assert_cmpint (start, ==, g_utf8_strlen ("Another one. Then another thing.\n\nAnd again in ", -1));
  g_assert_cmpint (end - start, ==, 7);

  /* A block break is one space in the snippet. */
  g_assert_true (dsr_search_hit_locate (across, text, &start, &end));
  g_assert_cmpint (start, ==, g_utf8_strlen (text, -1) - (glong)strlen ("Second line.\n"));

  g_assert_false (dsr_search_hit_locate (title_only, text, &start, &end));
}

int
main (int   argc,
      char *argv[])
{
  if (!dsr_ui_test_init (&argc, &argv))
    return 0;

#define ADD(name, func) \
  g_test_add ("/dsr/search/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("find-counts-and-steps", test_find_counts_and_steps);
  ADD ("find-follows-document", test_find_follows_document);
  ADD ("find-escape-closes", test_find_escape_closes);
  ADD ("panel-states", test_search_states);
  ADD ("panel-opens-passage", test_search_opens_passage);
  g_test_add_func ("/dsr/search/locate-prefers-context", test_locate_prefers_context);

#undef ADD

  return g_test_run ();
}
