/* test-board-model.c: the board's scene, edits, undo/redo and copy/paste, without a display
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <sqlite3.h>

#include "dsr-board-history.h"
#include "dsr-board-scene.h"
#include "dsr-store.h"

typedef struct
{
  char     *path;
  DsrStore *store;
  gint64    document;
  gint64    claim_a;      /* said by Ana Ruiz, reported by Daily Wire */
  gint64    claim_b;
  gint64    board;
  DsrNode   speaker;
  DsrNode   source;
} Fixture;

#define TEXT "The vendor denied the report. Analysts called it much ado about nothing."

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(DsrDocumentContent) content = dsr_document_content_new ();
  g_autoptr(GBytes) bytes = g_bytes_new_static (TEXT, strlen (TEXT));
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) links = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_cache_dir (), 0700), ==, 0);
  f->path = g_build_filename (g_get_user_cache_dir (), "board.dossier", NULL);
  f->store = dsr_store_create (f->path, &error);
  g_assert_no_error (error);

  dsr_document_content_set_title (content, "Vendor denies report");
  dsr_document_content_begin_block (content);
  dsr_document_content_append (content, TEXT, -1);
  dsr_document_content_end_block (content, DSR_SPAN_PARAGRAPH, 0);
  f->document = dsr_store_add_document (f->store, content, bytes, "a.txt", "text/plain",
                                        NULL, NULL, &error);
  g_assert_no_error (error);

  f->claim_a = dsr_store_add_claim (f->store, f->document, 0, 29, "Ana Ruiz", "Daily Wire", &error);
  g_assert_no_error (error);
  f->claim_b = dsr_store_add_claim (f->store, f->document, 30, 72, NULL, NULL, &error);
  g_assert_no_error (error);
  f->board = dsr_store_create_board (f->store, "Main", &error);
  g_assert_no_error (error);

  links = dsr_store_list_links_of (f->store, &(DsrNode) { DSR_NODE_CLAIM, f->claim_a }, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (links->len, ==, 2);
  for (guint i = 0; i < links->len; i++)
    {
      const DsrLink *link = &g_array_index (links, DsrLink, i);

      if (link->kind == DSR_LINK_SAID_BY)
        f->speaker = link->to;
      else
        f->source = link->to;
    }
  g_assert_cmpint (f->speaker.kind, ==, DSR_NODE_ENTITY);
  g_assert_cmpint (f->source.kind, ==, DSR_NODE_SOURCE);

  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE sources SET reliability = 'B'", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  g_free (f->path);
}

static DsrBoardItem
item (DsrNodeKind kind,
      gint64      id,
      double      x,
      double      y)
{
  DsrBoardItem it = { { kind, id }, x, y, 0, 0 };

  dsr_board_card_size (kind, &it.w, &it.h);
  return it;
}

static DsrBoardScene *
load (Fixture *f,
      gint64   board)
{
  g_autoptr(GError) error = NULL;
  DsrBoardScene *scene = dsr_board_scene_load (f->store, board, &error);

  g_assert_no_error (error);
  g_assert_nonnull (scene);
  return scene;
}

static guint
n_items (Fixture *f,
         gint64   board)
{
  g_autoptr(GArray) items = dsr_store_list_board_items (f->store, board, NULL);

  return items->len;
}

static void
test_placement (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(DsrBoardHistory) history = dsr_board_history_new (f->store);
  g_autoptr(DsrBoardScene) scene = NULL;
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GError) error = NULL;
  DsrBoardItem items[] = {
    item (DSR_NODE_CLAIM, f->claim_a, 100, 100),
    item (DSR_NODE_ENTITY, f->speaker.id, 100, 400),
    item (DSR_NODE_SOURCE, f->source.id, 2000, 100),
    item (DSR_NODE_DOCUMENT, f->document, 5000, 5000),
  };
  DsrBoardRect bounds;
  DsrBoardCard *claim, *source;
  int index;

  g_assert_true (dsr_board_history_add_items (history, f->board, items, G_N_ELEMENTS (items), &error));
  g_assert_no_error (error);

  scene = load (f, f->board);
  g_assert_cmpuint (dsr_board_scene_get_n_cards (scene), ==, 4);
  index = dsr_board_scene_find_card (scene, &(DsrNode) { DSR_NODE_CLAIM, f->claim_a });
  g_assert_cmpint (index, ==, 0);
  claim = dsr_board_scene_get_card (scene, index);
  g_assert_cmpstr (claim->title, ==, "The vendor denied the report.");
  g_assert_cmpstr (claim->speaker, ==, "Ana Ruiz");
  g_assert_cmpstr (claim->source, ==, "Daily Wire");
  g_assert_cmpfloat (claim->w, ==, 240);
  source = dsr_board_scene_get_card (scene, dsr_board_scene_find_card (scene, &f->source));
  g_assert_cmpstr (source->title, ==, "Daily Wire");
  g_assert_cmpint (source->grade, ==, 'B');
  g_assert_cmpstr (dsr_board_scene_get_card (scene, 3)->title, ==, "Vendor denies report");
  g_assert_cmpint (dsr_board_scene_find_card (scene, &(DsrNode) { DSR_NODE_CLAIM, f->claim_b }), ==, -1);

  g_assert_true (dsr_board_scene_get_bounds (scene, &bounds));
  g_assert_cmpfloat (bounds.x, ==, 100);
  g_assert_cmpfloat (bounds.width, ==, 5000 + 200 - 100);

  /* the index answers visible-rect queries and hit tests */
  dsr_board_scene_query_cards (scene, &(DsrBoardRect) { 0, 0, 1000, 1000 }, found);
  g_assert_cmpuint (found->len, ==, 2);
  g_assert_cmpuint (g_array_index (found, guint, 0), ==, 0);
  g_assert_cmpuint (g_array_index (found, guint, 1), ==, 1);
  g_assert_cmpint (dsr_board_scene_card_at (scene, 110, 110), ==, 0);
  g_assert_cmpint (dsr_board_scene_card_at (scene, 5199, 5079), ==, 3);
  g_assert_cmpint (dsr_board_scene_card_at (scene, 90, 110), ==, -1);

  /* a rect holding the whole board (fit-to-view) gives every card in board order,
   * as the grid gives them for a rect a unit short of it */
  for (int shrink = 0; shrink < 2; shrink++)
    {
      DsrBoardRect rect = { bounds.x, bounds.y, bounds.width - shrink, bounds.height - shrink };

      g_array_set_size (found, 0);
      dsr_board_scene_query_cards (scene, &rect, found);
      g_assert_cmpuint (found->len, ==, 4);
      for (guint i = 0; i < found->len; i++)
        g_assert_cmpuint (g_array_index (found, guint, i), ==, i);
    }

  /* a card moved in the scene is found where it went, across cells */
  dsr_board_scene_move_card (scene, 0, 3000, 3000);
  g_assert_cmpint (dsr_board_scene_card_at (scene, 110, 110), ==, -1);
  g_assert_cmpint (dsr_board_scene_card_at (scene, 3010, 3010), ==, 0);
  g_array_set_size (found, 0);
  dsr_board_scene_query_cards (scene, &(DsrBoardRect) { 0, 0, 1000, 1000 }, found);
  g_assert_cmpuint (found->len, ==, 1);
}

static void
test_links (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(DsrBoardHistory) history = dsr_board_history_new (f->store);
  g_autoptr(DsrBoardScene) scene = NULL;
  g_autoptr(GError) error = NULL;
  DsrNode a = { DSR_NODE_CLAIM, f->claim_a }, b = { DSR_NODE_CLAIM, f->claim_b };
  DsrBoardItem items[] = {
    item (DSR_NODE_CLAIM, f->claim_a, 0, 0),
    item (DSR_NODE_CLAIM, f->claim_b, 600, 0),
    item (DSR_NODE_ENTITY, f->speaker.id, 0, 400),
  };
  const DsrBoardLink *link;
  int hit;

  g_assert_true (dsr_board_history_add_items (history, f->board, items, G_N_ELEMENTS (items), &error));
  g_assert_true (dsr_board_history_add_link (history, DSR_LINK_CONTRADICTS, &b, &a, &error));
  g_assert_no_error (error);
  g_assert_true (dsr_store_set_link_label (f->store, DSR_LINK_CONTRADICTS, &b, &a, "denies", &error));

  /* the same link again is refused, and changes nothing */
  g_assert_false (dsr_board_history_add_link (history, DSR_LINK_CONTRADICTS, &b, &a, &error));
  g_assert_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_EXISTS);
  g_clear_error (&error);

  scene = load (f, f->board);
  /* said_by (a -> speaker) and contradicts (b -> a); reported_by's source is not here */
  g_assert_cmpuint (dsr_board_scene_get_n_links (scene), ==, 2);
  link = dsr_board_scene_get_link (scene, 1);
  g_assert_cmpint (link->kind, ==, DSR_LINK_CONTRADICTS);
  g_assert_cmpint (link->from, ==, 1);
  g_assert_cmpint (link->to, ==, 0);
  g_assert_cmpstr (link->label, ==, "denies");
  g_assert_cmpint (link->state, ==, DSR_LINK_STATE_CONFIRMED);

  /* the string from b's centre (720, 60) to a's (120, 60), cards side by side, has
   * its control point (120 + 64) above the chord, so its middle passes 92 above it,
   * clear of the cards' top edge (y = 0) */
  hit = dsr_board_scene_link_at (scene, 420, 60 - 92, 6);
  g_assert_cmpint (hit, ==, 1);
  g_assert_cmpint (dsr_board_scene_link_at (scene, 420, 300, 6), ==, -1);

  /* taking a card off the board keeps its links in the investigation */
  g_assert_true (dsr_board_history_remove_items (history, f->board, &items[0], 1, &error));
  g_clear_object (&scene);
  scene = load (f, f->board);
  g_assert_cmpuint (dsr_board_scene_get_n_links (scene), ==, 0);
  g_assert_true (dsr_board_history_undo (history, &error));
  g_clear_object (&scene);
  scene = load (f, f->board);
  g_assert_cmpuint (dsr_board_scene_get_n_links (scene), ==, 2);

  /* deleting the link, then undoing, brings it back with its label */
  g_assert_true (dsr_board_history_delete_link (history, DSR_LINK_CONTRADICTS, &b, &a,
                                                DSR_LINK_STATE_CONFIRMED, "denies", &error));
  g_clear_object (&scene);
  scene = load (f, f->board);
  g_assert_cmpuint (dsr_board_scene_get_n_links (scene), ==, 1);
  g_assert_true (dsr_board_history_undo (history, &error));
  g_clear_object (&scene);
  scene = load (f, f->board);
  g_assert_cmpuint (dsr_board_scene_get_n_links (scene), ==, 2);
  g_assert_cmpstr (dsr_board_scene_get_link (scene, 1)->label, ==, "denies");
}

static void
test_suggested_link_confirmed (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(DsrBoardHistory) history = dsr_board_history_new (f->store);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) links = NULL;
  DsrNode b = { DSR_NODE_CLAIM, f->claim_b };

  g_assert_cmpint (dsr_store_add_link (f->store, DSR_LINK_SAID_BY, &b, &f->speaker,
                                       DSR_LINK_STATE_SUGGESTED, &error), >, 0);
  g_assert_true (dsr_board_history_add_link (history, DSR_LINK_SAID_BY, &b, &f->speaker, &error));
  g_assert_no_error (error);
  links = dsr_store_list_links_of (f->store, &b, NULL);
  g_assert_cmpuint (links->len, ==, 1);
  g_assert_cmpint (g_array_index (links, DsrLink, 0).state, ==, DSR_LINK_STATE_CONFIRMED);

  g_assert_true (dsr_board_history_undo (history, &error));
  g_clear_pointer (&links, g_array_unref);
  links = dsr_store_list_links_of (f->store, &b, NULL);
  g_assert_cmpuint (links->len, ==, 1);
  g_assert_cmpint (g_array_index (links, DsrLink, 0).state, ==, DSR_LINK_STATE_SUGGESTED);
}

static void
test_undo_redo (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(DsrBoardHistory) history = dsr_board_history_new (f->store);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) items = NULL;
  g_autoptr(GArray) links = NULL;
  DsrNode b = { DSR_NODE_CLAIM, f->claim_b };
  DsrBoardItem placed = item (DSR_NODE_CLAIM, f->claim_b, 10, 20);
  DsrBoardItem moved = placed;
  gint64 note;

  g_assert_false (dsr_board_history_can_undo (history));
  g_assert_true (dsr_board_history_add_items (history, f->board, &placed, 1, &error));
  moved.x = 500;
  moved.y = 600;
  g_assert_true (dsr_board_history_move_items (history, f->board, &placed, &moved, 1, &error));
  g_assert_true (dsr_board_history_add_link (history, DSR_LINK_REPORTED_BY, &b, &f->source, &error));
  note = dsr_board_history_add_note (history, f->board, "Call the analyst", 900, 40, &error);
  g_assert_no_error (error);
  g_assert_cmpint (note, >, 0);
  g_assert_true (dsr_board_history_edit_note (history, note, "Call the analyst",
                                              "Call the analyst on Monday", &error));
  g_assert_true (dsr_board_history_rename_board (history, f->board, "Main", "Denial", &error));
  g_assert_no_error (error);
  g_assert_cmpint (dsr_store_find_board (f->store, "Denial", NULL), ==, f->board);
  g_assert_cmpuint (n_items (f, f->board), ==, 2);

  /* undo, one edit at a time, back to the start */
  g_assert_true (dsr_board_history_undo (history, &error));
  g_assert_cmpint (dsr_store_find_board (f->store, "Main", NULL), ==, f->board);
  g_assert_true (dsr_board_history_undo (history, &error));
  {
    g_autoptr(DsrBoardScene) scene = load (f, f->board);
    int i = dsr_board_scene_find_card (scene, &(DsrNode) { DSR_NODE_NOTE, note });

    g_assert_cmpstr (dsr_board_scene_get_card (scene, i)->title, ==, "Call the analyst");
  }
  g_assert_true (dsr_board_history_undo (history, &error));
  g_assert_cmpuint (n_items (f, f->board), ==, 1);
  g_assert_true (dsr_board_history_undo (history, &error));
  links = dsr_store_list_links_of (f->store, &b, NULL);
  g_assert_cmpuint (links->len, ==, 0);
  g_assert_true (dsr_board_history_undo (history, &error));
  items = dsr_store_list_board_items (f->store, f->board, NULL);
  g_assert_cmpfloat (g_array_index (items, DsrBoardItem, 0).x, ==, 10);
  g_assert_true (dsr_board_history_undo (history, &error));
  g_assert_cmpuint (n_items (f, f->board), ==, 0);
  g_assert_false (dsr_board_history_can_undo (history));
  g_assert_false (dsr_board_history_undo (history, &error));
  g_assert_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* and redo, all the way */
  for (int i = 0; i < 6; i++)
    g_assert_true (dsr_board_history_redo (history, &error));
  g_assert_no_error (error);
  g_assert_false (dsr_board_history_can_redo (history));
  g_clear_pointer (&items, g_array_unref);
  items = dsr_store_list_board_items (f->store, f->board, NULL);
  g_assert_cmpuint (items->len, ==, 2);
  g_assert_cmpfloat (g_array_index (items, DsrBoardItem, 0).x, ==, 500);
  g_clear_pointer (&links, g_array_unref);
  links = dsr_store_list_links_of (f->store, &b, NULL);
  g_assert_cmpuint (links->len, ==, 1);
  g_assert_cmpint (dsr_store_find_board (f->store, "Denial", NULL), ==, f->board);

  /* a new edit after an undo forgets what could be redone */
  g_assert_true (dsr_board_history_undo (history, &error));
  g_assert_true (dsr_board_history_can_redo (history));
  g_assert_true (dsr_board_history_move_items (history, f->board, &moved, &placed, 1, &error));
  g_assert_false (dsr_board_history_can_redo (history));
}

static void
test_copy_paste (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(DsrBoardHistory) history = dsr_board_history_new (f->store);
  g_autoptr(DsrBoardScene) scene = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) pasted = NULL;
  DsrBoardItem items[] = {
    item (DSR_NODE_CLAIM, f->claim_a, 0, 0),
    item (DSR_NODE_ENTITY, f->speaker.id, 0, 300),
  };
  DsrBoardItem copied[3];
  gint64 second, note;

  g_assert_true (dsr_board_history_add_items (history, f->board, items, 2, &error));
  note = dsr_board_history_add_note (history, f->board, "Check the date", 300, 0, &error);
  second = dsr_store_create_board (f->store, "Second", &error);
  g_assert_no_error (error);

  /* the claim brings its said_by link; the note becomes a note of the second board */
  copied[0] = item (DSR_NODE_CLAIM, f->claim_a, 1000, 1000);
  copied[1] = item (DSR_NODE_ENTITY, f->speaker.id, 1000, 1300);
  copied[2] = item (DSR_NODE_NOTE, note, 1300, 1000);
  pasted = dsr_board_history_paste_items (history, second, copied, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pasted->len, ==, 3);
  g_assert_cmpint (g_array_index (pasted, DsrBoardItem, 2).node.kind, ==, DSR_NODE_NOTE);
  g_assert_cmpint (g_array_index (pasted, DsrBoardItem, 2).node.id, !=, note);

  scene = load (f, second);
  g_assert_cmpuint (dsr_board_scene_get_n_cards (scene), ==, 3);
  g_assert_cmpuint (dsr_board_scene_get_n_links (scene), ==, 1);
  g_assert_cmpint (dsr_board_scene_get_link (scene, 0)->kind, ==, DSR_LINK_SAID_BY);
  g_assert_cmpstr (dsr_board_scene_get_card (scene, 2)->title, ==, "Check the date");
  g_assert_cmpfloat (dsr_board_scene_get_card (scene, 0)->x, ==, 1000);

  /* editing the pasted note leaves the first board's note as it was */
  g_assert_true (dsr_store_set_note_text (f->store, g_array_index (pasted, DsrBoardItem, 2).node.id,
                                          "Dated 11 July", &error));
  g_clear_object (&scene);
  scene = load (f, f->board);
  g_assert_cmpstr (dsr_board_scene_get_card (scene, 2)->title, ==, "Check the date");

  g_assert_true (dsr_board_history_undo (history, &error));
  g_assert_cmpuint (n_items (f, second), ==, 0);
  g_assert_cmpuint (n_items (f, f->board), ==, 3);
}

static void
test_boards (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  DsrBoardItem it = item (DSR_NODE_CLAIM, f->claim_a, 5, 5);
  gint64 copy;

  g_assert_true (dsr_store_board_put_items (f->store, f->board, &it, 1, &error));
  g_assert_cmpint (dsr_store_board_add_note (f->store, f->board, "n", &it, &error), >, 0);

  copy = dsr_store_duplicate_board (f->store, f->board, "Copy", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (f, copy), ==, 2);
  g_assert_cmpint (dsr_store_duplicate_board (f->store, f->board, " Copy ", &error), ==, 0);
  g_assert_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_EXISTS);
  g_clear_error (&error);

  g_assert_false (dsr_store_rename_board (f->store, copy, "Main", &error));
  g_assert_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_false (dsr_store_rename_board (f->store, copy, "   ", &error));
  g_assert_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (dsr_store_delete_board (f->store, copy, &error));
  g_assert_false (dsr_store_delete_board (f->store, copy, &error));
  g_assert_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (n_items (f, f->board), ==, 2);
}

static void
test_bad_input_changes_nothing (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(DsrBoardHistory) history = dsr_board_history_new (f->store);
  g_autoptr(GError) error = NULL;
  DsrBoardItem items[] = {
    item (DSR_NODE_CLAIM, f->claim_a, 0, 0),
    item (DSR_NODE_CLAIM, 999, 0, 0),
  };

  /* one missing node: neither card is placed, and nothing is recorded */
  g_assert_false (dsr_board_history_add_items (history, f->board, items, 2, &error));
  g_assert_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (n_items (f, f->board), ==, 0);
  g_assert_false (dsr_board_history_can_undo (history));

  items[1] = item (DSR_NODE_CLAIM, f->claim_b, NAN, 0);
  g_assert_false (dsr_board_history_add_items (history, f->board, items, 2, &error));
  g_assert_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (n_items (f, f->board), ==, 0);

  g_assert_false (dsr_board_history_add_items (history, 4242, items, 1, &error));
  g_assert_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_false (dsr_store_delete_link (f->store, DSR_LINK_SUPPORTS,
                                         &(DsrNode) { DSR_NODE_CLAIM, f->claim_a },
                                         &(DsrNode) { DSR_NODE_CLAIM, f->claim_b }, &error));
  g_assert_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/board/model/placement", test_placement);
  ADD ("/board/model/links", test_links);
  ADD ("/board/model/suggested-link-confirmed", test_suggested_link_confirmed);
  ADD ("/board/model/undo-redo", test_undo_redo);
  ADD ("/board/model/copy-paste", test_copy_paste);
  ADD ("/board/model/boards", test_boards);
  ADD ("/board/model/bad-input-changes-nothing", test_bad_input_changes_nothing);
#undef ADD

  return g_test_run ();
}
