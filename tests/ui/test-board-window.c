/* test-board-window.c: the evidence board inside the window, with the sidebar beside it
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-board-window"

#include "config.h"

#include <adwaita.h>

#include "dsr-analyzer.h"
#include "dsr-claim.h"
#include "dsr-importer.h"
#include "dsr-source.h"
#include "dsr-store.h"
#include "dsr-ui-test.h"
#include "dsr-window-private.h"

/* What the board shows follows the edits made in the sidebar; undo acts on the pane
 * with focus; a passage made a claim card is undone with its claim. */

static const char text[] =
  "Belozar Labs denies report\n"
  "\n"
  "Helen Okafor, chief executive of Belozar Labs, said the report was wrong. "
  "\"We never worked for the agency,\" Okafor said in Toronto on Monday.\n"
  "\n"
  "Ivan Belozar founded Belozar Labs in Moscow.\n";

typedef struct
{
  char      *path;
  DsrNode    okafor;
  DsrNode    belozar;
  DsrNode    source;
  DsrWindow *window;
} Fixture;

static DsrNode
entity_named (GListModel *entities,
              const char *name)
{
  for (guint i = 0; i < g_list_model_get_n_items (entities); i++)
    {
      g_autoptr(DsrEntity) entity = g_list_model_get_item (entities, i);

      if (g_strcmp0 (dsr_entity_get_name (entity), name) == 0)
        return (DsrNode) { DSR_NODE_ENTITY, dsr_entity_get_id (entity) };
    }
  g_assert_not_reached ();
}

/* An imported article, analysed, and a board with Okafor's, Belozar's and the
 * outlet's cards; then the window on it. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsrStore) store = NULL;
  g_autoptr(DsrAnalyzer) analyzer = NULL;
  g_autoptr(GListModel) entities = NULL;
  g_autoptr(GListModel) sources = NULL;
  g_autoptr(DsrSource) source = NULL;
  g_autofree char *file = g_build_filename (g_get_user_data_dir (), "labs.txt", NULL);
  DsrImportOptions options = { .source_name = "Packet & Policy" };
  DsrBoardItem items[3];
  gint64 board;

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  f->path = g_build_filename (g_get_user_data_dir (), "Labs.dossier", NULL);
  store = dsr_store_create (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (file, text, -1, NULL));
  analyzer = dsr_analyzer_new_for_store (store, &error);
  g_assert_no_error (error);
  g_assert_cmpint (dsr_importer_import_and_analyse (store, file, &options, analyzer, NULL, &error), >, 0);
  g_assert_no_error (error);

  entities = dsr_store_list_entities (store, &error);
  g_assert_no_error (error);
  f->okafor = entity_named (entities, "Helen Okafor");
  f->belozar = entity_named (entities, "Ivan Belozar");
  sources = dsr_store_list_sources (store, &error);
  source = g_list_model_get_item (sources, 0);
  f->source = (DsrNode) { DSR_NODE_SOURCE, dsr_source_get_id (source) };

  board = dsr_store_create_board (store, "Main", &error);
  g_assert_no_error (error);
  items[0] = (DsrBoardItem) { f->okafor, 0, 300, 160, 64 };
  items[1] = (DsrBoardItem) { f->belozar, 200, 300, 160, 64 };
  items[2] = (DsrBoardItem) { f->source, 0, 0, 180, 72 };
  g_assert_true (dsr_store_board_put_items (store, board, items, 3, &error));
  g_assert_no_error (error);
  g_clear_object (&store);   /* one writer at a time: the window's */

  f->window = dsr_window_new (NULL);
  g_assert_true (dsr_window_open_path (f->window, f->path, &error));
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (f->window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  adw_view_stack_set_visible_child_name (f->window->sidebar_view_stack, "entities");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_free (f->path);
}

static DsrBoardView *
view_of (Fixture *f)
{
  return _dsr_window_get_board_view (f->window);
}

/* The card of @node as the board shows it now, or NULL. */
static const DsrBoardCard *
card_of (Fixture       *f,
         const DsrNode *node)
{
  DsrBoardScene *scene = dsr_board_view_get_scene (view_of (f));
  int index = dsr_board_scene_find_card (scene, node);

  return index >= 0 ? dsr_board_scene_get_card (scene, index) : NULL;
}

static guint
n_claims (Fixture *f)
{
  g_autoptr(GListModel) claims = dsr_store_list_claims (dsr_window_get_store (f->window), NULL);

  return g_list_model_get_n_items (claims);
}

static void
select_entities (Fixture            *f,
                 const DsrNode      *nodes,
                 guint               n_nodes)
{
  GtkSelectionModel *selection = gtk_list_view_get_model (dsr_entity_list_get_list_view (f->window->entity_list));
  GListModel *model = G_LIST_MODEL (dsr_entity_list_get_model (f->window->entity_list));

  gtk_selection_model_unselect_all (selection);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      for (guint n = 0; n < n_nodes; n++)
        if (DSR_IS_ENTITY (item) && dsr_entity_get_id (DSR_ENTITY (item)) == nodes[n].id)
          gtk_selection_model_select_item (selection, i, FALSE);
    }
}

/* Runs the main loop for @ms milliseconds, animations included. */
static void
run_for (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

static void
activate (Fixture    *f,
          const char *name,
          GVariant   *param)
{
  g_assert_true (dsr_ui_test_action_enabled (f->window, name));
  g_action_group_activate_action (G_ACTION_GROUP (f->window), name, param);
}

static gboolean
try_shortcuts (GtkWidget          *widget,
               GtkShortcutTrigger *trigger)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint s = 0; s < g_list_model_get_n_items (G_LIST_MODEL (controller)); s++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), s);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), trigger) &&
              gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), GTK_SHORTCUT_ACTION_EXCLUSIVE,
                                            widget, gtk_shortcut_get_arguments (shortcut)))
            return TRUE;
        }
    }
  return FALSE;
}

/* A key press as GTK handles it once nothing nearer took it: the shortcuts of the
 * focus widget first, then those of each widget it is in, up to the window, whose
 * shortcuts are the window-wide ones (the window alone when nothing has focus). */
static gboolean
press (Fixture         *f,
       guint            keyval,
       GdkModifierType  modifiers)
{
  g_autoptr(GtkShortcutTrigger) trigger = gtk_keyval_trigger_new (keyval, modifiers);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));

  for (GtkWidget *widget = focus != NULL ? focus : GTK_WIDGET (f->window); widget != NULL;
       widget = gtk_widget_get_parent (widget))
    if (try_shortcuts (widget, trigger))
      return TRUE;
  return FALSE;
}

static void
select_passage (Fixture    *f,
                const char *needle)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (f->window->document_view));
  GtkTextIter start, end, match_start, match_end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  g_assert_true (gtk_text_iter_forward_search (&start, needle, 0, &match_start, &match_end, NULL));
  gtk_text_buffer_select_range (buffer, &match_start, &match_end);
}

/* Ctrl+B puts the passage on the board as a claim card; the board takes the focus,
 * so Ctrl+Z undoes it, claim and all, and Ctrl+Shift+Z brings the same claim back. */
static void
test_passage_undo (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GArray) selection = NULL;
  guint before = n_claims (f);
  DsrNode claim;

  select_passage (f, "We never worked for the agency");
  gtk_widget_grab_focus (GTK_WIDGET (f->window->document_view));
  g_assert_true (press (f, GDK_KEY_b, GDK_CONTROL_MASK));
  g_assert_cmpuint (n_claims (f), ==, before + 1);
  selection = dsr_board_view_dup_selection (view_of (f));
  g_assert_cmpuint (selection->len, ==, 1);
  claim = g_array_index (selection, DsrNode, 0);
  g_assert_nonnull (card_of (f, &claim));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (f->window)) == GTK_WIDGET (view_of (f)));

  g_assert_true (press (f, GDK_KEY_z, GDK_CONTROL_MASK));
  g_assert_cmpuint (n_claims (f), ==, before);
  g_assert_null (card_of (f, &claim));

  g_assert_true (press (f, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK));
  g_assert_cmpuint (n_claims (f), ==, before + 1);
  g_assert_nonnull (card_of (f, &claim));
  g_assert_cmpstr (card_of (f, &claim)->title, ==, "We never worked for the agency");
}

static GtkSingleSelection *
claims_page (Fixture *f)
{
  return GTK_SINGLE_SELECTION (gtk_list_view_get_model (dsr_claim_list_get_list_view (f->window->claim_list)));
}

static guint
n_listed_claims (Fixture *f)
{
  return g_list_model_get_n_items (G_LIST_MODEL (claims_page (f)));
}

static gint64
selected_listed_claim (Fixture *f)
{
  DsrClaim *claim = gtk_single_selection_get_selected_item (claims_page (f));

  return claim != NULL ? dsr_claim_get_id (claim) : 0;
}

/* The Claims page lists a claim made on the board at once, and no longer lists it once
 * the drop is undone; the claim selected there stays selected. */
static void
test_claims_page_follows_board (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GArray) selection = NULL;
  gint64 first;
  guint before;

  adw_view_stack_set_visible_child_name (f->window->sidebar_view_stack, "claims");
  before = n_listed_claims (f);
  select_passage (f, "We never worked for the agency");
  gtk_widget_grab_focus (GTK_WIDGET (f->window->document_view));
  g_assert_true (press (f, GDK_KEY_b, GDK_CONTROL_MASK));
  g_assert_cmpuint (n_listed_claims (f), ==, before + 1);
  selection = dsr_board_view_dup_selection (view_of (f));
  first = g_array_index (selection, DsrNode, 0).id;
  gtk_single_selection_set_selected (claims_page (f), before);
  g_assert_cmpint (selected_listed_claim (f), ==, first);

  select_passage (f, "Ivan Belozar founded Belozar Labs");
  gtk_widget_grab_focus (GTK_WIDGET (f->window->document_view));
  g_assert_true (press (f, GDK_KEY_b, GDK_CONTROL_MASK));
  g_assert_cmpuint (n_listed_claims (f), ==, before + 2);
  g_assert_cmpint (selected_listed_claim (f), ==, first);

  g_assert_true (press (f, GDK_KEY_z, GDK_CONTROL_MASK));
  g_assert_cmpuint (n_listed_claims (f), ==, before + 1);
  g_assert_cmpint (selected_listed_claim (f), ==, first);
  g_assert_true (press (f, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK));
  g_assert_cmpuint (n_listed_claims (f), ==, before + 2);
  g_assert_cmpint (selected_listed_claim (f), ==, first);

  /* both undone: the selected claim is gone, and nothing is selected */
  g_assert_true (press (f, GDK_KEY_z, GDK_CONTROL_MASK));
  g_assert_true (press (f, GDK_KEY_z, GDK_CONTROL_MASK));
  g_assert_cmpuint (n_listed_claims (f), ==, before);
  g_assert_cmpint (selected_listed_claim (f), ==, 0);
}

static DsrEntityState
state_of (Fixture       *f,
          const DsrNode *node)
{
  g_autoptr(GListModel) entities = dsr_store_list_entities (dsr_window_get_store (f->window), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (entities); i++)
    {
      g_autoptr(DsrEntity) entity = g_list_model_get_item (entities, i);

      if (dsr_entity_get_id (entity) == node->id)
        return dsr_entity_get_state (entity);
    }
  g_assert_not_reached ();
}

/* Ctrl+Z and Ctrl+Shift+Z act on the pane with focus: on the board with nothing to
 * undo they do nothing, rather than undo a curating edit of the sidebar. */
static void
test_undo_follows_focus (Fixture       *f,
                         gconstpointer  data)
{

  g_assert_cmpint (state_of (f, &f->okafor), ==, DSR_ENTITY_SUGGESTED);
  select_entities (f, &f->okafor, 1);
  activate (f, "confirm-entities", NULL);
  g_assert_cmpint (state_of (f, &f->okafor), ==, DSR_ENTITY_CONFIRMED);

  gtk_widget_grab_focus (GTK_WIDGET (view_of (f)));
  g_assert_false (dsr_board_history_can_undo (dsr_board_view_get_history (view_of (f))));
  g_assert_true (press (f, GDK_KEY_z, GDK_CONTROL_MASK));
  g_assert_true (press (f, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK));
  g_assert_cmpint (state_of (f, &f->okafor), ==, DSR_ENTITY_CONFIRMED);
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (f->window), "undo"));

  /* a board edit, then the sidebar: its Ctrl+Z undoes the curating edit, and the
   * board's edit stays */
  dsr_board_view_select (view_of (f), &f->source, FALSE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view_of (f)), "board.delete", NULL));
  g_assert_null (card_of (f, &f->source));
  gtk_widget_grab_focus (GTK_WIDGET (dsr_entity_list_get_list_view (f->window->entity_list)));
  g_assert_true (press (f, GDK_KEY_z, GDK_CONTROL_MASK));
  g_assert_cmpint (state_of (f, &f->okafor), ==, DSR_ENTITY_SUGGESTED);
  g_assert_null (card_of (f, &f->source));

  /* back on the board, Ctrl+Z undoes the board's edit */
  gtk_widget_grab_focus (GTK_WIDGET (view_of (f)));
  g_assert_true (press (f, GDK_KEY_z, GDK_CONTROL_MASK));
  g_assert_nonnull (card_of (f, &f->source));
}

/* The cards show what the sidebar's edits made of their entities and sources at once,
 * not at the board's next edit. */
static void
test_cards_follow_sidebar (Fixture       *f,
                           gconstpointer  data)
{
  const DsrNode pair[] = { f->okafor, f->belozar };
  AdwMessageDialog *dialog;
  GtkWidget *grade;

  g_assert_cmpstr (card_of (f, &f->okafor)->title, ==, "Helen Okafor");
  select_entities (f, &f->okafor, 1);
  activate (f, "rename-entity", NULL);
  dialog = dsr_ui_test_find_dialog ();
  g_assert_nonnull (dialog);
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog)), "Helen A. Okafor");
  g_signal_emit_by_name (adw_message_dialog_get_extra_child (dialog), "activate");
  g_assert_cmpstr (card_of (f, &f->okafor)->title, ==, "Helen A. Okafor");
  activate (f, "undo", NULL);
  g_assert_cmpstr (card_of (f, &f->okafor)->title, ==, "Helen Okafor");

  /* merged into Okafor, Belozar's card leaves the board with him */
  select_entities (f, pair, 2);
  activate (f, "merge-entities", NULL);
  dialog = dsr_ui_test_find_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "merge");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_null (card_of (f, &f->belozar));
  g_assert_nonnull (card_of (f, &f->okafor));
  activate (f, "undo", NULL);
  g_assert_nonnull (card_of (f, &f->belozar));

  /* a grade chosen in the Sources page */
  g_assert_cmpint (card_of (f, &f->source)->grade, ==, 0);
  adw_view_stack_set_visible_child_name (f->window->sidebar_view_stack, "sources");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  grade = dsr_ui_test_find_descendant (GTK_WIDGET (dsr_source_list_get_list_view (f->window->source_list)), GTK_TYPE_DROP_DOWN);
  g_assert_nonnull (grade);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (grade), 2);
  g_assert_cmpint (card_of (f, &f->source)->grade, ==, 'B');
}

/* Curating edits are redone with Ctrl+Shift+Z in the sidebar, until a new edit. */
static void
test_curating_redo (Fixture       *f,
                    gconstpointer  data)
{
  AdwMessageDialog *dialog;

  g_assert_false (dsr_ui_test_action_enabled (f->window, "redo"));
  select_entities (f, &f->okafor, 1);
  activate (f, "rename-entity", NULL);
  dialog = dsr_ui_test_find_dialog ();
  g_assert_nonnull (dialog);
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog)), "Helen A. Okafor");
  g_signal_emit_by_name (adw_message_dialog_get_extra_child (dialog), "activate");
  select_entities (f, &f->belozar, 1);
  activate (f, "confirm-entities", NULL);
  g_assert_cmpint (state_of (f, &f->belozar), ==, DSR_ENTITY_CONFIRMED);

  gtk_widget_grab_focus (GTK_WIDGET (dsr_entity_list_get_list_view (f->window->entity_list)));
  g_assert_true (press (f, GDK_KEY_z, GDK_CONTROL_MASK));
  g_assert_true (press (f, GDK_KEY_z, GDK_CONTROL_MASK));
  g_assert_cmpint (state_of (f, &f->belozar), ==, DSR_ENTITY_SUGGESTED);
  g_assert_cmpstr (card_of (f, &f->okafor)->title, ==, "Helen Okafor");
  g_assert_false (dsr_ui_test_action_enabled (f->window, "undo"));
  g_assert_true (dsr_ui_test_action_enabled (f->window, "redo"));

  /* redone in order: the rename, then the confirmation */
  g_assert_true (press (f, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK));
  g_assert_cmpstr (card_of (f, &f->okafor)->title, ==, "Helen A. Okafor");
  g_assert_cmpint (state_of (f, &f->belozar), ==, DSR_ENTITY_SUGGESTED);
  g_assert_cmpstr (_dsr_window_get_last_toast_title (f->window), ==, "Redone: “Helen Okafor” renamed “Helen A. Okafor”");
  g_assert_true (press (f, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK));
  g_assert_cmpint (state_of (f, &f->belozar), ==, DSR_ENTITY_CONFIRMED);
  g_assert_false (dsr_ui_test_action_enabled (f->window, "redo"));

  /* undone again, then a new edit: nothing to redo any more */
  activate (f, "undo", NULL);
  g_assert_cmpint (state_of (f, &f->belozar), ==, DSR_ENTITY_SUGGESTED);
  g_assert_true (dsr_ui_test_action_enabled (f->window, "redo"));
  select_entities (f, &f->belozar, 1);
  activate (f, "reject-entities", NULL);
  g_assert_false (dsr_ui_test_action_enabled (f->window, "redo"));
}

/* An import does not end the curating history: the edit before it is undone and
 * redone after it. */
/* Is a label reading @text among the descendants of @widget? */
static gboolean
shows_label (GtkWidget  *widget,
             const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if ((GTK_IS_LABEL (child) && g_str_equal (gtk_label_get_label (GTK_LABEL (child)), text)) ||
        shows_label (child, text))
      return TRUE;
  return FALSE;
}

/* Edits in quick succession: each one's toast takes the place of the one before, and
 * the last says what the last edit did. The window changes the toast shown in place:
 * libadwaita 1.2 crashes (SIGSEGV) when a toast is dismissed while still sliding in,
 * as the window did before for each new edit. */
static void
test_quick_edits (Fixture       *f,
                  gconstpointer  data)
{
  /* toasts slide only in a window on screen */
  gtk_window_present (GTK_WINDOW (f->window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  select_entities (f, &f->belozar, 1);
  for (guint i = 0; i < 12; i++)
    {
      activate (f, i % 2 == 0 ? "confirm-entities" : "undo", NULL);
      run_for (40 + (i % 4) * 40);
    }
  g_assert_cmpint (state_of (f, &f->belozar), ==, DSR_ENTITY_SUGGESTED);
  g_assert_true (g_str_has_prefix (_dsr_window_get_last_toast_title (f->window), "Undone"));
  g_assert_true (shows_label (GTK_WIDGET (f->window->toast_overlay), _dsr_window_get_last_toast_title (f->window)));
  run_for (600);
  activate (f, "redo", NULL);
  run_for (100);
  g_assert_cmpint (state_of (f, &f->belozar), ==, DSR_ENTITY_CONFIRMED);
  g_assert_true (g_str_has_prefix (_dsr_window_get_last_toast_title (f->window), "Redone"));
  g_assert_true (shows_label (GTK_WIDGET (f->window->toast_overlay), _dsr_window_get_last_toast_title (f->window)));
}

static void
test_curating_undo_survives_import (Fixture       *f,
                                    gconstpointer  data)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "weather.txt", NULL);
  g_autoptr(GListStore) files = g_list_store_new (G_TYPE_FILE);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  guint n_documents = g_list_model_get_n_items (f->window->documents);

  select_entities (f, &f->belozar, 1);
  activate (f, "confirm-entities", NULL);
  g_assert_cmpint (state_of (f, &f->belozar), ==, DSR_ENTITY_CONFIRMED);

  g_assert_true (g_file_set_contents (path, "Mild weather\n\nThe spring was mild in Lisbon.\n", -1, NULL));
  g_list_store_append (files, file);
  g_assert_true (_dsr_window_import_files (f->window, G_LIST_MODEL (files)));
  dsr_ui_test_wait_for_import (f->window);
  g_assert_cmpuint (g_list_model_get_n_items (f->window->documents), ==, n_documents + 1);

  activate (f, "undo", NULL);
  g_assert_cmpint (state_of (f, &f->belozar), ==, DSR_ENTITY_SUGGESTED);
  activate (f, "redo", NULL);
  g_assert_cmpint (state_of (f, &f->belozar), ==, DSR_ENTITY_CONFIRMED);
}

int
main (int   argc,
      char *argv[])
{
  if (!dsr_ui_test_init (&argc, &argv))
    return 0;

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/board-window/passage-undo", test_passage_undo);
  ADD ("/board-window/claims-page-follows-board", test_claims_page_follows_board);
  ADD ("/board-window/undo-follows-focus", test_undo_follows_focus);
  ADD ("/board-window/cards-follow-sidebar", test_cards_follow_sidebar);
  ADD ("/board-window/curating-redo", test_curating_redo);
  ADD ("/board-window/quick-edits", test_quick_edits);
  ADD ("/board-window/curating-undo-survives-import", test_curating_undo_survives_import);
#undef ADD

  return g_test_run ();
}
