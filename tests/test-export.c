/* test-export.c: board exports and imports, without a display
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "dsr-export-private.h"
#include "dsr-store.h"

static char *
temp_path (const char *name)
{
  g_assert_cmpint (g_mkdir_with_parents (g_get_user_cache_dir (), 0700), ==, 0);
  return g_build_filename (g_get_user_cache_dir (), name, NULL);
}

/* One card of every kind, a colour, a labelled and a suggested link. */
static DsrBoardSnapshot *
sample_board (void)
{
  DsrBoardSnapshot *board = dsr_board_snapshot_new ("Vendor & agency");
  DsrNode claim = { DSR_NODE_CLAIM, 3 }, other = { DSR_NODE_CLAIM, 9 };
  DsrNode person = { DSR_NODE_ENTITY, 7 }, outlet = { DSR_NODE_SOURCE, 2 };
  DsrNode document = { DSR_NODE_DOCUMENT, 1 }, note = { DSR_NODE_NOTE, 4 };
  DsrSnapshotCard *card;
  DsrSnapshotLink *edge;

  card = dsr_board_snapshot_add_card (board, &claim);
  card->x = 40.5; card->y = -12.25; card->w = 240; card->h = 120;
  card->color = g_strdup ("#ff8800");
  dsr_snapshot_card_set (card, "quote", "much ado about nothing");
  dsr_snapshot_card_set (card, "context_before", "called the report \"");
  dsr_snapshot_card_set (card, "context_after", "\", he said");
  dsr_snapshot_card_set (card, "start", "120");
  dsr_snapshot_card_set (card, "end", "142");
  dsr_snapshot_card_set (card, "credibility", "3");
  dsr_snapshot_card_set (card, "doc_title", "Vendor denies report");
  dsr_snapshot_card_set (card, "doc_sha256", "ab12");
  dsr_snapshot_card_set (card, "speaker", "Ann Analyst");

  card = dsr_board_snapshot_add_card (board, &other);
  card->x = 400; card->y = 40; card->w = 240; card->h = 120;
  dsr_snapshot_card_set (card, "quote", "Привет, мир\nsecond line");

  card = dsr_board_snapshot_add_card (board, &person);
  card->x = 40; card->y = 300; card->w = 160; card->h = 64;
  dsr_snapshot_card_set (card, "name", "Ann Analyst");
  dsr_snapshot_card_set (card, "entity_kind", "person");

  card = dsr_board_snapshot_add_card (board, &outlet);
  card->x = 300; card->y = 300; card->w = 180; card->h = 72;
  dsr_snapshot_card_set (card, "name", "Packet & Policy");
  dsr_snapshot_card_set (card, "url", "https://packet.example/");
  dsr_snapshot_card_set (card, "reliability", "B");

  card = dsr_board_snapshot_add_card (board, &document);
  card->x = 600; card->y = 300; card->w = 200; card->h = 80;
  dsr_snapshot_card_set (card, "doc_title", "A blog post");

  card = dsr_board_snapshot_add_card (board, &note);
  card->x = 900; card->y = 300; card->w = 200; card->h = 120;
  dsr_snapshot_card_set (card, "text", "Ask the agency <today>");

  dsr_board_snapshot_add_link (board, DSR_LINK_SAID_BY, &claim, &person);
  dsr_board_snapshot_add_link (board, DSR_LINK_REPORTED_BY, &claim, &outlet);
  edge = dsr_board_snapshot_add_link (board, DSR_LINK_CONTRADICTS, &other, &claim);
  edge->label = g_strdup ("denial");
  edge = dsr_board_snapshot_add_link (board, DSR_LINK_RELATED, &note, &document);
  edge->state = DSR_LINK_STATE_SUGGESTED;
  return board;
}

static void
assert_same_board (const DsrBoardSnapshot *a,
                   const DsrBoardSnapshot *b)
{
  g_assert_cmpstr (a->name, ==, b->name);
  g_assert_cmpuint (a->cards->len, ==, b->cards->len);
  for (guint i = 0; i < a->cards->len; i++)
    {
      const DsrSnapshotCard *x = g_ptr_array_index (a->cards, i);
      const DsrSnapshotCard *y = g_ptr_array_index (b->cards, i);

      g_assert_cmpint (x->node.kind, ==, y->node.kind);
      g_assert_cmpint (x->node.id, ==, y->node.id);
      g_assert_cmpfloat_with_epsilon (x->x, y->x, 0.01);
      g_assert_cmpfloat_with_epsilon (x->y, y->y, 0.01);
      g_assert_cmpfloat_with_epsilon (x->w, y->w, 0.01);
      g_assert_cmpfloat_with_epsilon (x->h, y->h, 0.01);
      g_assert_cmpstr (x->color, ==, y->color);
      for (guint f = 0; dsr_snapshot_card_fields[f] != NULL; f++)
        g_assert_cmpstr (dsr_snapshot_card_get (x, dsr_snapshot_card_fields[f]), ==,
                         dsr_snapshot_card_get (y, dsr_snapshot_card_fields[f]));
    }
  g_assert_cmpuint (a->edges->len, ==, b->edges->len);
  for (guint i = 0; i < a->edges->len; i++)
    {
      const DsrSnapshotLink *x = g_ptr_array_index (a->edges, i);
      const DsrSnapshotLink *y = g_ptr_array_index (b->edges, i);

      g_assert_cmpint (x->kind, ==, y->kind);
      g_assert_cmpint (x->state, ==, y->state);
      g_assert_true (x->from.kind == y->from.kind && x->from.id == y->from.id);
      g_assert_true (x->to.kind == y->to.kind && x->to.id == y->to.id);
      g_assert_cmpstr (x->label, ==, y->label);
    }
}

static void
round_trip (DsrExportFormat format,
            const char     *name)
{
  g_autoptr(DsrBoardSnapshot) board = sample_board ();
  g_autoptr(DsrBoardSnapshot) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = temp_path (name);
  g_autoptr(GBytes) bytes = dsr_export_snapshot (board, format, &error);

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
  back = dsr_export_read_board (path, &error);
  g_assert_no_error (error);
  assert_same_board (board, back);
}

static void
test_canvas_round_trip (void)
{
  round_trip (DSR_EXPORT_CANVAS, "board.canvas");
}

static void
test_graphml_round_trip (void)
{
  round_trip (DSR_EXPORT_GRAPHML, "board.graphml");
}

static void
test_clean (void)
{
  g_autofree char *clean = _dsr_export_clean ("a\x01" "b\r\nc\rd\u202Eevil\u2066x\u2069\u200Fok\x7f\xff");

  g_assert_cmpstr (clean, ==, "ab\nc\ndevilx\u200Fok\uFFFD");
}

static void
test_markdown_escape (void)
{
  g_autoptr(GString) out = g_string_new (NULL);

  _dsr_export_append_markdown (out, "<script>alert(1)</script> [x](javascript:y) *b*\n1. no list\n- no item\n"
                                    "Q&A &amp; ![i](u) ==hi== %%c%% 50% = 1!");
  g_assert_cmpstr (out->str, ==,
                   "\\<script\\>alert(1)\\</script\\> \\[x\\](javascript:y) \\*b\\*\n"
                   "1\\. no list\n\\- no item\n"
                   "Q\\&A \\&amp; \\!\\[i\\](u) \\==hi\\== \\%%c\\%% 50% = 1!");
}

static void
test_csv (void)
{
  g_autoptr(DsrBoardSnapshot) board = sample_board ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  DsrSnapshotCard *card = g_ptr_array_index (board->cards, 1);
  g_autofree char *text = NULL;

  dsr_snapshot_card_set (card, "speaker", "=HYPERLINK(\"http://x\")");
  bytes = dsr_export_snapshot (board, DSR_EXPORT_CSV, &error);
  g_assert_no_error (error);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  g_assert_true (g_str_has_prefix (text, "id,quote,context_before,"));
  g_assert_true (g_str_has_suffix (text, "\r\n"));
  /* quotes doubled, line breaks kept inside the quoted field as CR LF */
  g_assert_nonnull (strstr (text, "\"called the report \"\"\""));
  g_assert_nonnull (strstr (text, "\"Привет, мир\r\nsecond line\""));
  /* a formula is text */
  g_assert_nonnull (strstr (text, "\"'=HYPERLINK(\"\"http://x\"\")\""));
  /* claim 9 contradicts claim 3 */
  g_assert_true (g_str_has_suffix (text, ",\"\",\"3\"\r\n"));
}

static void
assert_read_error (const char *name,
                   const char *contents,
                   const char *reason)
{
  g_autofree char *path = temp_path (name);
  g_autoptr(GError) error = NULL;
  g_autoptr(DsrBoardSnapshot) board = NULL;

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  board = dsr_export_read_board (path, &error);
  g_assert_null (board);
  g_assert_error (error, DSR_EXPORT_ERROR, DSR_EXPORT_ERROR_INVALID);
  if (strstr (error->message, reason) == NULL)
    g_error ("%s: expected “%s” in “%s”", name, reason, error->message);
}

static void
test_read_errors (void)
{
  assert_read_error ("a.canvas", "{\"nodes\": [", "not valid JSON");
  assert_read_error ("b.canvas", "{\"nodes\": [], \"edges\": []}", "not a board exported by Dossier");
  assert_read_error ("c.canvas",
                     "{\"dossier\": {\"board\": \"b\"}, \"nodes\": [{\"id\": \"n\", \"type\": \"text\","
                     " \"x\": 0, \"y\": 0, \"width\": 1, \"height\": 1, \"text\": \"hi\"}]}",
                     "node “n” was not made by Dossier");
  assert_read_error ("d.canvas",
                     "{\"dossier\": {\"board\": \"b\"}, \"nodes\": [{\"id\": \"n\", \"type\": \"text\","
                     " \"dossier\": {\"node\": \"note:1\"}}]}",
                     "lacks its position or size");
  assert_read_error ("e.canvas",
                     "{\"dossier\": {\"board\": \"b\"}, \"nodes\": [], \"edges\": [{\"id\": \"e\","
                     " \"fromNode\": \"a\", \"toNode\": \"b\", \"dossier\": {\"kind\": \"related\"}}]}",
                     "joins a node that is not on the canvas");
  assert_read_error ("f.graphml", "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph",
                     "not well-formed XML");
  assert_read_error ("g.graphml",
                     "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                     "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
                     "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph>&lol2;</graph></graphml>",
                     "declares a DTD");
  assert_read_error ("h.graphml", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>", "not a GraphML file");
  assert_read_error ("i.graphml",
                     "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph edgedefault=\"directed\">"
                     "<node id=\"n0\"/></graph></graphml>",
                     "not a board exported by Dossier");
  assert_read_error ("j.txt", "just words", "not a JSON Canvas or GraphML board");
}

static gint64
count (DsrStore   *store,
       const char *what)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GListModel) list = NULL;

  if (g_str_equal (what, "boards"))
    list = dsr_store_list_boards (store, NULL);
  else if (g_str_equal (what, "claims"))
    list = dsr_store_list_claims (store, NULL);
  else
    list = dsr_store_list_documents (store, NULL);
  return g_list_model_get_n_items (list);
}

/* Into an empty investigation: every node is made from the card, the file stays
 * consistent, and reading the board back gives the same facts. */
static void
test_store_import (void)
{
  g_autoptr(DsrBoardSnapshot) board = sample_board ();
  g_autoptr(DsrBoardSnapshot) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = temp_path ("import.dossier");
  g_autoptr(DsrStore) store = dsr_store_create (path, &error);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  const DsrSnapshotCard *claim;

  g_assert_no_error (error);
  g_assert_cmpint (dsr_store_import_board (store, board, NULL, &error), >, 0);
  g_assert_no_error (error);
  g_assert_true (dsr_store_check (store, problems, &error));
  g_assert_cmpuint (problems->len, ==, 0);

  back = dsr_store_read_board (store, "Vendor & agency", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (back->cards->len, ==, 6);
  g_assert_cmpuint (back->edges->len, ==, 4);
  claim = g_ptr_array_index (back->cards, 0);
  g_assert_cmpstr (dsr_snapshot_card_get (claim, "quote"), ==, "much ado about nothing");
  g_assert_cmpstr (dsr_snapshot_card_get (claim, "context_before"), ==, "called the report \"");
  g_assert_cmpstr (dsr_snapshot_card_get (claim, "credibility"), ==, "3");
  g_assert_cmpstr (dsr_snapshot_card_get (claim, "doc_title"), ==, "Vendor denies report");
  g_assert_cmpstr (dsr_snapshot_card_get (claim, "speaker"), ==, "Ann Analyst");
  g_assert_cmpstr (dsr_snapshot_card_get (claim, "source"), ==, "Packet & Policy");
  g_assert_cmpstr (dsr_snapshot_card_get (claim, "reliability"), ==, "B");
  g_assert_cmpstr (claim->color, ==, "#ff8800");
  g_assert_cmpstr (((DsrSnapshotLink *)g_ptr_array_index (back->edges, 2))->label, ==, "denial");
  g_assert_cmpint (((DsrSnapshotLink *)g_ptr_array_index (back->edges, 3))->state, ==,
                   DSR_LINK_STATE_SUGGESTED);

  /* The same board again under another name finds every node it made the first time. */
  g_assert_cmpint (dsr_store_import_board (store, board, "Again", &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (count (store, "claims"), ==, 2);
  g_assert_cmpint (count (store, "documents"), ==, 3);
}

/* A board that cannot be stored changes nothing, whichever card is wrong. */
static void
test_store_import_refused (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = temp_path ("refused.dossier");
  g_autoptr(DsrStore) store = dsr_store_create (path, &error);
  const char *problems[] = { "link", "credibility", "colour", "size", "name" };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (problems); i++)
    {
      g_autoptr(DsrBoardSnapshot) board = sample_board ();
      DsrSnapshotCard *last = g_ptr_array_index (board->cards, board->cards->len - 1);
      DsrSnapshotCard *claim = g_ptr_array_index (board->cards, 0);
      DsrSnapshotCard *person = g_ptr_array_index (board->cards, 2);
      DsrNode a = { DSR_NODE_NOTE, 4 }, b = { DSR_NODE_ENTITY, 7 };

      switch (i)
        {
        case 0:
          dsr_board_snapshot_add_link (board, DSR_LINK_SUPPORTS, &a, &b);
          break;
        case 1:
          dsr_snapshot_card_set (claim, "credibility", "9");
          break;
        case 2:
          g_free (last->color);
          last->color = g_strdup ("red; background:url(x)");
          break;
        case 3:
          last->w = -1;
          break;
        default:
          dsr_snapshot_card_set (person, "name", " ");
          break;
        }
      g_assert_cmpint (dsr_store_import_board (store, board, NULL, &error), ==, 0);
      g_assert_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_INVALID);
      g_clear_error (&error);
      g_assert_cmpint (count (store, "boards"), ==, 0);
      g_assert_cmpint (count (store, "claims"), ==, 0);
      g_assert_cmpint (count (store, "documents"), ==, 0);
    }
}

/* Pictures come from the board's painter through the store; PDF keeps its text. */
static void
test_pictures (void)
{
  g_autoptr(DsrBoardSnapshot) board = sample_board ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = temp_path ("pictures.dossier");
  g_autoptr(DsrStore) store = dsr_store_create (path, &error);
  g_autoptr(GBytes) svg = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GBytes) png = NULL;
  g_autoptr(GBytes) png2 = NULL;
  g_autoptr(GBytes) html = NULL;
  g_autofree char *svg_text = NULL;
  g_autofree char *html_text = NULL;
  DsrExportOptions twice = { 2.0 };
  DsrExportOptions huge = { 9.0 };
  const guint8 *header;

  g_assert_no_error (error);
  g_assert_cmpint (dsr_store_import_board (store, board, NULL, &error), >, 0);
  g_assert_no_error (error);

  svg = dsr_export_board (store, "Vendor & agency", DSR_EXPORT_SVG, NULL, &error);
  g_assert_no_error (error);
  svg_text = g_strndup (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg));
  g_assert_nonnull (strstr (svg_text, "<svg"));
  g_assert_null (strstr (svg_text, "<script"));

  pdf = dsr_export_board (store, "Vendor & agency", DSR_EXPORT_PDF, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (g_bytes_get_data (pdf, NULL), "%PDF-"));

  png = dsr_export_board (store, "Vendor & agency", DSR_EXPORT_PNG, NULL, &error);
  g_assert_no_error (error);
  png2 = dsr_export_board (store, "Vendor & agency", DSR_EXPORT_PNG, &twice, &error);
  g_assert_no_error (error);
  header = g_bytes_get_data (png, NULL);
  g_assert_cmpmem (header, 8, "\x89PNG\r\n\x1a\n", 8);
  /* the width, big-endian at byte 16, nearly doubles (the margins stay in pixels) */
  g_assert_cmpuint (GUINT32_FROM_BE (*(guint32 *)((guint8 *)g_bytes_get_data (png2, NULL) + 16)), >,
                    GUINT32_FROM_BE (*(guint32 *)(header + 16)) * 19 / 10);

  g_assert_null (dsr_export_board (store, "Vendor & agency", DSR_EXPORT_PNG, &huge, &error));
  g_assert_error (error, DSR_EXPORT_ERROR, DSR_EXPORT_ERROR_INVALID);
  g_clear_error (&error);

  /* a board too wide for a PNG is refused, not drawn into gigabytes */
  ((DsrSnapshotCard *)g_ptr_array_index (board->cards, 5))->x = 200000;
  g_assert_cmpint (dsr_store_import_board (store, board, "Wide", &error), >, 0);
  g_assert_no_error (error);
  g_assert_null (dsr_export_board (store, "Wide", DSR_EXPORT_PNG, NULL, &error));
  g_assert_error (error, DSR_EXPORT_ERROR, DSR_EXPORT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "choose a smaller scale"));
  g_clear_error (&error);
  g_assert_null (dsr_export_snapshot (board, DSR_EXPORT_PNG, &error));
  g_assert_error (error, DSR_EXPORT_ERROR, DSR_EXPORT_ERROR_UNSUPPORTED);
  g_clear_error (&error);

  /* the report holds the same picture, inline */
  html = dsr_export_board (store, "Vendor & agency", DSR_EXPORT_HTML, NULL, &error);
  g_assert_no_error (error);
  html_text = g_strndup (g_bytes_get_data (html, NULL), g_bytes_get_size (html));
  g_assert_true (g_str_has_prefix (html_text, "<!DOCTYPE html>"));
  g_assert_nonnull (strstr (html_text, "<section id=\"board\" class=\"board\"><h2>Board</h2><figure><svg"));
  g_assert_null (strstr (html_text, "<?xml"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/export/clean", test_clean);
  g_test_add_func ("/export/markdown-escape", test_markdown_escape);
  g_test_add_func ("/export/csv", test_csv);
  g_test_add_func ("/export/canvas-round-trip", test_canvas_round_trip);
  g_test_add_func ("/export/graphml-round-trip", test_graphml_round_trip);
  g_test_add_func ("/export/read-errors", test_read_errors);
  g_test_add_func ("/export/store-import", test_store_import);
  g_test_add_func ("/export/store-import-refused", test_store_import_refused);
  g_test_add_func ("/export/pictures", test_pictures);
  return g_test_run ();
}
