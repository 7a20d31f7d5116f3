/* test-board-claims.c: undo and redo of a passage made a claim card, without a display
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "dsr-board-history.h"
#include "dsr-claim.h"
#include "dsr-store.h"

#define TEXT "The vendor denied the report. Analysts called it much ado about nothing."

typedef struct
{
  char            *path;
  DsrStore        *store;
  DsrBoardHistory *history;
  gint64           document;
  gint64           board;
  DsrNode          speaker;
  guint            n_claims_changed;   /* the history's signals, as the window hears them */
  gint64           kept;
} Fixture;

static void
claims_changed_cb (DsrBoardHistory *history,
                   Fixture         *f)
{
  f->n_claims_changed++;
}

static void
claim_kept_cb (DsrBoardHistory *history,
               gint64           claim_id,
               Fixture         *f)
{
  f->kept = claim_id;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(DsrDocumentContent) content = dsr_document_content_new ();
  g_autoptr(GBytes) bytes = g_bytes_new_static (TEXT, strlen (TEXT));
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) links = NULL;
  gint64 claim;

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_cache_dir (), 0700), ==, 0);
  f->path = g_build_filename (g_get_user_cache_dir (), "board-claims.dossier", NULL);
  g_unlink (f->path);
  f->store = dsr_store_create (f->path, &error);
  g_assert_no_error (error);

  dsr_document_content_set_title (content, "Vendor denies report");
  dsr_document_content_begin_block (content);
  dsr_document_content_append (content, TEXT, -1);
  dsr_document_content_end_block (content, DSR_SPAN_PARAGRAPH, 0);
  f->document = dsr_store_add_document (f->store, content, bytes, "a.txt", "text/plain",
                                        NULL, NULL, &error);
  g_assert_no_error (error);

  /* a speaker, by the claim that names her */
  claim = dsr_store_add_claim (f->store, f->document, 0, 10, "Ana Ruiz", NULL, &error);
  g_assert_no_error (error);
  links = dsr_store_list_links_of (f->store, &(DsrNode) { DSR_NODE_CLAIM, claim }, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (links->len, ==, 1);
  f->speaker = g_array_index (links, DsrLink, 0).to;

  f->board = dsr_store_create_board (f->store, "Main", &error);
  g_assert_no_error (error);
  f->history = dsr_board_history_new (f->store);
  g_signal_connect (f->history, "claims-changed", G_CALLBACK (claims_changed_cb), f);
  g_signal_connect (f->history, "claim-kept", G_CALLBACK (claim_kept_cb), f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->history);
  g_clear_object (&f->store);
  g_unlink (f->path);
  g_free (f->path);
}

static DsrBoardItem
claim_item (double x,
            double y)
{
  DsrBoardItem item = { { DSR_NODE_CLAIM, 0 }, x, y, 0, 0 };

  dsr_board_card_size (DSR_NODE_CLAIM, &item.w, &item.h);
  return item;
}

/* The claim with @id, or NULL when the investigation has none. */
static DsrClaim *
find_claim (Fixture *f,
            gint64   id)
{
  g_autoptr(GListModel) claims = dsr_store_list_claims (f->store, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (claims); i++)
    {
      g_autoptr(DsrClaim) claim = g_list_model_get_item (claims, i);

      if (dsr_claim_get_id (claim) == id)
        return g_steal_pointer (&claim);
    }
  return NULL;
}

static guint
n_claims (Fixture *f)
{
  g_autoptr(GListModel) claims = dsr_store_list_claims (f->store, NULL);

  return g_list_model_get_n_items (claims);
}

static GArray *
links_of (Fixture *f,
          gint64   claim)
{
  GArray *links = dsr_store_list_links_of (f->store, &(DsrNode) { DSR_NODE_CLAIM, claim }, NULL);

  g_assert_nonnull (links);
  return links;
}

static const DsrBoardItem *
find_item (GArray  *items,
           gint64   claim)
{
  for (guint i = 0; i < items->len; i++)
    {
      const DsrBoardItem *item = &g_array_index (items, DsrBoardItem, i);

      if (item->node.kind == DSR_NODE_CLAIM && item->node.id == claim)
        return item;
    }
  return NULL;
}

static gboolean
on_board (Fixture *f,
          gint64   board,
          gint64   claim)
{
  g_autoptr(GArray) items = dsr_store_list_board_items (f->store, board, NULL);

  return find_item (items, claim) != NULL;
}

/* The claims' full-text index agrees with the claims (FTS5's own check). */
static void
assert_index_sound (Fixture *f)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (f->path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO claims_fts (claims_fts) VALUES ('integrity-check')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

/* Undo takes away the claim the drop made, its card and its suggested speaker; redo
 * brings back the same claim, with its id, provenance, link and place. */
static void
test_undo_removes_claim (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsrClaim) claim = NULL;
  g_autoptr(DsrClaim) again = NULL;
  g_autoptr(GArray) links = NULL;
  g_autoptr(GArray) items = NULL;
  DsrBoardItem where = claim_item (300, 40);
  guint before = n_claims (f);
  gint64 id;

  id = dsr_board_history_add_claim (f->history, f->board, f->document, 30, 72, f->speaker.id,
                                    &where, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpuint (n_claims (f), ==, before + 1);
  claim = find_claim (f, id);
  g_assert_cmpstr (dsr_claim_get_quote (claim), ==, "Analysts called it much ado about nothing.");
  links = links_of (f, id);
  g_assert_cmpuint (links->len, ==, 1);
  g_assert_cmpint (g_array_index (links, DsrLink, 0).kind, ==, DSR_LINK_SAID_BY);
  g_assert_cmpint (g_array_index (links, DsrLink, 0).state, ==, DSR_LINK_STATE_SUGGESTED);
  g_assert_true (on_board (f, f->board, id));
  g_assert_cmpuint (f->n_claims_changed, ==, 1);
  g_clear_pointer (&links, g_array_unref);

  g_assert_true (dsr_board_history_undo (f->history, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (f->n_claims_changed, ==, 2);
  g_assert_cmpint (f->kept, ==, 0);
  g_assert_cmpuint (n_claims (f), ==, before);
  g_assert_null (find_claim (f, id));
  g_assert_false (on_board (f, f->board, id));
  links = links_of (f, id);
  g_assert_cmpuint (links->len, ==, 0);
  g_clear_pointer (&links, g_array_unref);
  assert_index_sound (f);

  g_assert_true (dsr_board_history_redo (f->history, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (f->n_claims_changed, ==, 3);
  again = find_claim (f, id);
  g_assert_nonnull (again);
  g_assert_cmpint (dsr_claim_get_document_id (again), ==, f->document);
  g_assert_cmpint (dsr_claim_get_start (again), ==, 30);
  g_assert_cmpint (dsr_claim_get_end (again), ==, 72);
  g_assert_cmpstr (dsr_claim_get_quote (again), ==, dsr_claim_get_quote (claim));
  links = links_of (f, id);
  g_assert_cmpuint (links->len, ==, 1);
  g_assert_cmpint (g_array_index (links, DsrLink, 0).to.id, ==, f->speaker.id);
  g_assert_cmpint (g_array_index (links, DsrLink, 0).state, ==, DSR_LINK_STATE_SUGGESTED);
  items = dsr_store_list_board_items (f->store, f->board, NULL);
  g_assert_nonnull (find_item (items, id));
  g_assert_cmpfloat (find_item (items, id)->x, ==, 300);
  g_assert_cmpfloat (find_item (items, id)->y, ==, 40);
  assert_index_sound (f);
}

/* Edits made on the new claim after the drop are undone first; then the drop; and
 * redo makes all of them again on the same claim. */
static void
test_undo_after_later_edits (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  DsrBoardItem where = claim_item (0, 0);
  DsrBoardItem moved;
  DsrNode claim = { DSR_NODE_CLAIM, 0 };
  guint before = n_claims (f);

  claim.id = dsr_board_history_add_claim (f->history, f->board, f->document, 11, 29, 0, &where, &error);
  g_assert_no_error (error);
  where.node = claim;
  moved = where;
  moved.x = 500;
  g_assert_true (dsr_board_history_move_items (f->history, f->board, &where, &moved, 1, &error));
  g_assert_true (dsr_board_history_add_link (f->history, DSR_LINK_SAID_BY, &claim, &f->speaker, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < 3; i++)
    {
      g_assert_true (dsr_board_history_undo (f->history, &error));
      g_assert_no_error (error);
    }
  g_assert_false (dsr_board_history_can_undo (f->history));
  g_assert_cmpuint (n_claims (f), ==, before);
  g_assert_null (find_claim (f, claim.id));

  for (guint i = 0; i < 3; i++)
    {
      g_assert_true (dsr_board_history_redo (f->history, &error));
      g_assert_no_error (error);
    }
  {
    g_autoptr(GArray) links = links_of (f, claim.id);
    g_autoptr(GArray) items = dsr_store_list_board_items (f->store, f->board, NULL);

    g_assert_cmpuint (links->len, ==, 1);
    g_assert_cmpint (g_array_index (links, DsrLink, 0).state, ==, DSR_LINK_STATE_CONFIRMED);
    g_assert_cmpfloat (find_item (items, claim.id)->x, ==, 500);
  }
}

/* A claim placed on another board since is kept: undo takes only this card off, and
 * redo puts it back. */
static void
test_kept_when_on_another_board (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsrClaim) claim = NULL;
  DsrBoardItem where = claim_item (10, 10);
  gint64 other, id;

  id = dsr_board_history_add_claim (f->history, f->board, f->document, 11, 29, 0, &where, &error);
  g_assert_no_error (error);
  other = dsr_store_create_board (f->store, "Timeline", &error);
  g_assert_no_error (error);
  where.node = (DsrNode) { DSR_NODE_CLAIM, id };
  g_assert_true (dsr_store_board_put_items (f->store, other, &where, 1, &error));

  g_assert_true (dsr_board_history_undo (f->history, &error));
  g_assert_no_error (error);
  claim = find_claim (f, id);
  g_assert_nonnull (claim);
  g_assert_false (on_board (f, f->board, id));
  g_assert_true (on_board (f, other, id));
  g_assert_cmpuint (f->n_claims_changed, ==, 1);   /* the drop's own; its undo kept the claim */
  g_assert_cmpint (f->kept, ==, id);

  g_assert_true (dsr_board_history_redo (f->history, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (f->n_claims_changed, ==, 1);
  g_assert_true (on_board (f, f->board, id));
  g_assert_true (on_board (f, other, id));
}

/* So is a claim given a confirmed link elsewhere (another board's history, or the
 * command line); a suggested link alone does not keep it. */
static void
test_kept_when_confirmed_link (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsrClaim) claim = NULL;
  DsrBoardItem where = claim_item (10, 10);
  DsrNode node = { DSR_NODE_CLAIM, 0 };
  gboolean used = TRUE;

  node.id = dsr_board_history_add_claim (f->history, f->board, f->document, 11, 29, f->speaker.id,
                                         &where, &error);
  g_assert_no_error (error);
  g_assert_true (dsr_store_claim_is_used (f->store, node.id, f->board, &used, &error));
  g_assert_false (used);
  g_assert_cmpint (dsr_store_add_link (f->store, DSR_LINK_SAID_BY, &node, &f->speaker,
                                       DSR_LINK_STATE_CONFIRMED, &error), >, 0);
  g_assert_true (dsr_store_claim_is_used (f->store, node.id, f->board, &used, &error));
  g_assert_true (used);

  g_assert_true (dsr_board_history_undo (f->history, &error));
  g_assert_no_error (error);
  g_assert_cmpint (f->kept, ==, node.id);
  claim = find_claim (f, node.id);
  g_assert_nonnull (claim);
  g_assert_false (on_board (f, f->board, node.id));
  {
    g_autoptr(GArray) links = links_of (f, node.id);

    g_assert_cmpuint (links->len, ==, 1);
  }
}

/* A passage that cannot be a claim changes nothing and records nothing. */
static void
test_bad_passage (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  DsrBoardItem where = claim_item (0, 0);
  guint before = n_claims (f);

  g_assert_cmpint (dsr_board_history_add_claim (f->history, f->board, f->document, 60, 9999, 0,
                                                &where, &error), ==, 0);
  g_assert_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_INVALID);
  g_clear_error (&error);
  /* on a board that is not there, the claim is not made either */
  g_assert_cmpint (dsr_board_history_add_claim (f->history, f->board + 100, f->document, 11, 29, 0,
                                                &where, &error), ==, 0);
  g_assert_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_NOT_FOUND);
  g_assert_cmpuint (n_claims (f), ==, before);
  g_assert_false (dsr_board_history_can_undo (f->history));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/board-claims/undo-removes-claim", test_undo_removes_claim);
  ADD ("/board-claims/undo-after-later-edits", test_undo_after_later_edits);
  ADD ("/board-claims/kept-when-on-another-board", test_kept_when_on_another_board);
  ADD ("/board-claims/kept-when-confirmed-link", test_kept_when_confirmed_link);
  ADD ("/board-claims/bad-passage", test_bad_passage);
#undef ADD

  return g_test_run ();
}
