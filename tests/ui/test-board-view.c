/* test-board-view.c: the board view under Xvfb, through its controllers and actions
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "dsr-board-view.h"
#include "dsr-importer.h"
#include "dsr-store.h"
#include "dsr-ui-test.h"
#include "dsr-window-private.h"

#define TEXT "The analyst Helen Okafor said “the report is much ado about nothing,” and left.\n"

typedef struct
{
  char            *path;
  DsrStore        *store;
  DsrBoardHistory *history;
  gint64           document;
  gint64           board;
  DsrNode          claim;
  DsrNode          speaker;
  DsrNode          source;
  GtkWidget       *window;
  DsrBoardView    *view;
  GtkTextBuffer   *buffer;
} Fixture;

static gint64
resolve (GtkTextBuffer *buffer,
         gpointer       user_data)
{
  Fixture *f = user_data;

  return buffer == f->buffer ? f->document : 0;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) links = NULL;
  g_autofree char *file = NULL;
  g_autofree char *text = NULL;
  g_autoptr(DsrAnalyzer) analyzer = NULL;
  DsrImportOptions options = { .source_name = "Packet & Policy" };
  DsrBoardItem items[3];

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_cache_dir (), 0700), ==, 0);
  f->path = g_build_filename (g_get_user_cache_dir (), "view.dossier", NULL);
  f->store = dsr_store_create (f->path, &error);
  g_assert_no_error (error);
  /* imported, so that analysis finds the quotation and its speaker */
  file = g_build_filename (g_get_user_cache_dir (), "okafor.txt", NULL);
  g_assert_true (g_file_set_contents (file, TEXT, -1, NULL));
  analyzer = dsr_analyzer_new_for_store (f->store, &error);
  g_assert_no_error (error);
  f->document = dsr_importer_import_and_analyse (f->store, file, &options, analyzer, NULL, &error);
  g_assert_no_error (error);
  text = dsr_store_dup_document_text (f->store, f->document, &error);
  g_assert_cmpstr (text, ==, "The analyst Helen Okafor said “the report is much ado about nothing,” and left.");

  /* a claim said by Okafor, whose said_by link gives the speaker's node */
  f->claim.kind = DSR_NODE_CLAIM;
  f->claim.id = dsr_store_add_claim (f->store, f->document, 12, 24, "Helen Okafor", "Packet & Policy", &error);
  g_assert_no_error (error);
  links = dsr_store_list_links_of (f->store, &f->claim, NULL);
  for (guint i = 0; i < links->len; i++)
    {
      const DsrLink *link = &g_array_index (links, DsrLink, i);

      if (link->kind == DSR_LINK_SAID_BY)
        f->speaker = link->to;
      else
        f->source = link->to;
      g_assert_true (dsr_store_delete_link (f->store, link->kind, &link->from, &link->to, NULL));
    }

  f->board = dsr_store_create_board (f->store, "Main", &error);
  items[0] = (DsrBoardItem) { f->claim, 0, 200, 240, 120 };
  items[1] = (DsrBoardItem) { f->speaker, 40, 500, 160, 64 };
  items[2] = (DsrBoardItem) { f->source, 40, 0, 180, 72 };
  g_assert_true (dsr_store_board_put_items (f->store, f->board, items, 3, &error));
  g_assert_no_error (error);

  f->history = dsr_board_history_new (f->store);
  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 600, 700);
  f->view = DSR_BOARD_VIEW (dsr_board_view_new ());
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->view));
  f->buffer = gtk_text_buffer_new (NULL);
  gtk_text_buffer_set_text (f->buffer, text, -1);
  dsr_board_view_set_buffer_resolver (f->view, resolve, f);
  dsr_board_view_set_board (f->view, f->history, f->board);
  gtk_window_present (GTK_WINDOW (f->window));
  gtk_test_widget_wait_for_draw (f->window);
  /* 100 %, the board's origin at the widget's top-left */
  dsr_board_view_set_view (f->view, 1.0, 0, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_object (&f->buffer);
  g_clear_object (&f->history);
  g_clear_object (&f->store);
  g_free (f->path);
}

static GtkDropTarget *
drop_target_of (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        return GTK_DROP_TARGET (controller);
    }
  g_assert_not_reached ();
}

static gboolean
emit_drop (GtkWidget    *widget,
           const GValue *value,
           double        x,
           double        y)
{
  gboolean ret = FALSE;

  g_signal_emit_by_name (drop_target_of (widget), "drop", value, x, y, &ret);
  return ret;
}

static guint
n_links (Fixture       *f,
         const DsrNode *node)
{
  g_autoptr(GArray) links = dsr_store_list_links_of (f->store, node, NULL);

  return links->len;
}

static void
test_accessible (Fixture       *f,
                 gconstpointer  data)
{
  gtk_test_accessible_assert_role (f->view, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_test_accessible_assert_property (f->view, GTK_ACCESSIBLE_PROPERTY_LABEL, "Evidence board");
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (f->view)));

  /* selecting a card tells screen readers what it says */
  dsr_board_view_select (f->view, &f->claim, FALSE);
  gtk_test_accessible_assert_property (f->view, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Claim: “Helen Okafor”");
  dsr_board_view_select (f->view, &f->source, FALSE);
  gtk_test_accessible_assert_property (f->view, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Source: Packet & Policy");
}

static void
test_view_transform (Fixture       *f,
                     gconstpointer  data)
{
  DsrBoardScene *scene = dsr_board_view_get_scene (f->view);
  double x, y, bx, by;

  dsr_board_view_set_view (f->view, 0.5, 100, 50);
  dsr_board_view_to_widget (f->view, 300, 250, &x, &y);
  g_assert_cmpfloat (x, ==, 100);
  g_assert_cmpfloat (y, ==, 100);
  dsr_board_view_to_board (f->view, x, y, &bx, &by);
  g_assert_cmpfloat (bx, ==, 300);
  g_assert_cmpfloat (by, ==, 250);

  /* zooming keeps the point under the pointer */
  dsr_board_view_zoom (f->view, 2.0, 100, 100);
  g_assert_cmpfloat (dsr_board_view_get_scale (f->view), ==, 1.0);
  dsr_board_view_to_board (f->view, 100, 100, &bx, &by);
  g_assert_cmpfloat_with_epsilon (bx, 300, 1e-9);
  g_assert_cmpfloat_with_epsilon (by, 250, 1e-9);

  /* fit to view: every card inside the widget */
  dsr_board_view_fit (f->view);
  for (guint i = 0; i < dsr_board_scene_get_n_cards (scene); i++)
    {
      const DsrBoardCard *card = dsr_board_scene_get_card (scene, i);
      double x1, y1;

      dsr_board_view_to_widget (f->view, card->x, card->y, &x, &y);
      dsr_board_view_to_widget (f->view, card->x + card->w, card->y + card->h, &x1, &y1);
      g_assert_cmpfloat (x, >=, 0);
      g_assert_cmpfloat (y, >=, 0);
      g_assert_cmpfloat (x1, <=, gtk_widget_get_width (GTK_WIDGET (f->view)));
      g_assert_cmpfloat (y1, <=, gtk_widget_get_height (GTK_WIDGET (f->view)));
    }
}

/* The five drags, through the drop target and the card-on-card path. */
static void
test_drops (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  GtkTextIter start, end;
  DsrBoardScene *scene;
  DsrNode document = { DSR_NODE_DOCUMENT, 0 };
  DsrNode claim;
  GArray *selection;
  int index;

  /* a text selection becomes a claim card with its offsets; the detected quotation
   * it lies in suggests its speaker */
  /* (the spaces around the selection are left out of the claim) */
  gtk_text_buffer_get_iter_at_offset (f->buffer, &start, 29);
  gtk_text_buffer_get_iter_at_offset (f->buffer, &end, 70);
  gtk_text_buffer_select_range (f->buffer, &start, &end);
  g_value_init (&value, GTK_TYPE_TEXT_BUFFER);
  g_value_set_object (&value, f->buffer);
  g_assert_true (emit_drop (GTK_WIDGET (f->view), &value, 400, 400));
  g_value_unset (&value);

  selection = dsr_board_view_dup_selection (f->view);
  g_assert_cmpuint (selection->len, ==, 1);
  claim = g_array_index (selection, DsrNode, 0);
  g_array_unref (selection);
  g_assert_cmpint (claim.kind, ==, DSR_NODE_CLAIM);
  scene = dsr_board_view_get_scene (f->view);
  index = dsr_board_scene_find_card (scene, &claim);
  g_assert_cmpint (index, >=, 0);
  g_assert_cmpstr (dsr_board_scene_get_card (scene, index)->title, ==,
                   "“the report is much ado about nothing,”");
  /* centred where it was dropped */
  g_assert_cmpfloat (dsr_board_scene_get_card (scene, index)->x, ==, 400 - 120);
  {
    g_autoptr(GArray) links = dsr_store_list_links_of (f->store, &claim, NULL);

    g_assert_cmpuint (links->len, ==, 1);
    g_assert_cmpint (g_array_index (links, DsrLink, 0).kind, ==, DSR_LINK_SAID_BY);
    g_assert_cmpint (g_array_index (links, DsrLink, 0).state, ==, DSR_LINK_STATE_SUGGESTED);
  }

  /* a node (a document from the sidebar) becomes its card */
  document.id = f->document;
  g_value_init (&value, DSR_TYPE_NODE);
  g_value_set_boxed (&value, &document);
  g_assert_true (emit_drop (GTK_WIDGET (f->view), &value, 500, 100));
  g_assert_cmpint (dsr_board_scene_find_card (dsr_board_view_get_scene (f->view), &document), >=, 0);

  /* a claim card on a speaker: said_by; on a source: reported_by */
  g_assert_cmpuint (n_links (f, &f->claim), ==, 0);
  g_assert_true (dsr_board_view_drop_card_on (f->view, &f->claim, &f->speaker, &error));
  g_assert_no_error (error);
  g_assert_true (dsr_board_view_drop_card_on (f->view, &f->claim, &f->source, &error));
  g_assert_cmpuint (n_links (f, &f->claim), ==, 2);
  /* a note or the card itself is no target */
  g_assert_false (dsr_board_view_drop_card_on (f->view, &f->claim, &f->claim, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  /* a claim on a claim asks which; "contradicts" is chosen */
  g_assert_true (dsr_board_view_drop_card_on (f->view, &claim, &f->claim, &error));
  g_assert_cmpuint (n_links (f, &f->claim), ==, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "board.link-as", "s", "contradicts"));
  g_assert_cmpuint (n_links (f, &f->claim), ==, 3);

  /* undo, twice: the contradiction and the reported_by link are gone */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "board.undo", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "board.undo", NULL));
  g_assert_cmpuint (n_links (f, &f->claim), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "board.redo", NULL));
  g_assert_cmpuint (n_links (f, &f->claim), ==, 2);
}

static void
test_keyboard_edits (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GArray) items = NULL;
  DsrBoardScene *scene;

  /* select the claim and the speaker, link them from the keyboard (Ctrl+L) */
  dsr_board_view_select (f->view, &f->claim, FALSE);
  dsr_board_view_select (f->view, &f->speaker, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "board.link-selected", NULL));
  g_assert_cmpuint (n_links (f, &f->claim), ==, 1);
  scene = dsr_board_view_get_scene (f->view);
  g_assert_cmpuint (dsr_board_scene_get_n_links (scene), ==, 1);

  /* delete takes the selected cards off the board; the link stays in the file */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "board.delete", NULL));
  items = dsr_store_list_board_items (f->store, f->board, NULL);
  g_assert_cmpuint (items->len, ==, 1);
  g_assert_cmpuint (n_links (f, &f->claim), ==, 1);

  /* undo puts them back */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "board.undo", NULL));
  g_clear_pointer (&items, g_array_unref);
  items = dsr_store_list_board_items (f->store, f->board, NULL);
  g_assert_cmpuint (items->len, ==, 3);

  /* arrange in layers: sources on top, claims, then speakers */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "board.arrange-layered", NULL));
  {
    /* the cards glide there for 300 ms; the move is stored at once */
    g_autoptr(GArray) stored = dsr_store_list_board_items (f->store, f->board, NULL);
    gint64 until = g_get_monotonic_time () + 1000 * 1000;

    double source_y = 0, speaker_y = 0;

    for (guint i = 0; i < stored->len; i++)
      {
        const DsrBoardItem *item = &g_array_index (stored, DsrBoardItem, i);

        if (item->node.kind == DSR_NODE_SOURCE)
          source_y = item->y;
        else if (item->node.kind == DSR_NODE_ENTITY)
          speaker_y = item->y;
      }
    g_assert_cmpfloat (source_y, ==, 40);   /* was 0: the top row starts at the margin */
    g_assert_cmpfloat (source_y, <, speaker_y);
    while (g_get_monotonic_time () < until)
      g_main_context_iteration (NULL, FALSE);
  }
  scene = dsr_board_view_get_scene (f->view);
  {
    const DsrBoardCard *source = dsr_board_scene_get_card (scene, dsr_board_scene_find_card (scene, &f->source));
    const DsrBoardCard *claim = dsr_board_scene_get_card (scene, dsr_board_scene_find_card (scene, &f->claim));
    const DsrBoardCard *speaker = dsr_board_scene_get_card (scene, dsr_board_scene_find_card (scene, &f->speaker));

    g_assert_cmpfloat (source->y, <, claim->y);
    g_assert_cmpfloat (claim->y, <, speaker->y);
  }
}

/* The board pane of the window: the switcher, and the menu equivalents of the drags. */
static void
test_window_pane (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) items = NULL;
  g_autoptr(GListModel) boards = NULL;
  DsrWindow *window = dsr_window_new (NULL);
  g_autofree char *node = g_strdup_printf ("document:%" G_GINT64_FORMAT, f->document);

  /* one writer at a time: the fixture lets go of the file first */
  dsr_board_view_set_board (f->view, NULL, 0);
  g_clear_object (&f->history);
  g_clear_object (&f->store);

  g_assert_true (dsr_window_open_path (window, f->path, &error));
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  g_assert_cmpint (dsr_board_view_get_board_id (_dsr_window_get_board_view (window)), ==, f->board);
  g_assert_cmpstr (gtk_menu_button_get_label (window->board_button), ==, "Main");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window->board_button)));

  /* a node from the sidebar, by its menu action */
  g_action_group_activate_action (G_ACTION_GROUP (window), "add-node-to-board", g_variant_new_string (node));
  items = dsr_store_list_board_items (dsr_window_get_store (window), f->board, NULL);
  g_assert_cmpuint (items->len, ==, 4);

  /* duplicate: a second board with the same cards, shown at once */
  g_action_group_activate_action (G_ACTION_GROUP (window), "duplicate-board", NULL);
  boards = dsr_store_list_boards (dsr_window_get_store (window), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (boards), ==, 2);
  g_assert_cmpstr (gtk_menu_button_get_label (window->board_button), ==, "Main (copy)");
  g_assert_cmpuint (dsr_board_scene_get_n_cards (dsr_board_view_get_scene (_dsr_window_get_board_view (window))),
                    ==, 4);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  if (!dsr_ui_test_init (&argc, &argv))
    return 0;

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/board-view/accessible", test_accessible);
  ADD ("/board-view/view-transform", test_view_transform);
  ADD ("/board-view/drops", test_drops);
  ADD ("/board-view/keyboard-edits", test_keyboard_edits);
  ADD ("/board-view/window-pane", test_window_pane);
#undef ADD

  return g_test_run ();
}
