/* test-store.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "dsr-analysis-types.h"
#include "dsr-board.h"
#include "dsr-claim.h"
#include "dsr-document.h"
#include "dsr-entity.h"
#include "dsr-search-hit.h"
#include "dsr-store-private.h"

/* G_TEST_OPTION_ISOLATE_DIRS gives each test case a fresh, empty cache folder. */
static char *
temp_path (const char *name)
{
  g_assert_cmpint (g_mkdir_with_parents (g_get_user_cache_dir (), 0700), ==, 0);
  return g_build_filename (g_get_user_cache_dir (), name, NULL);
}

static gint64
add_text (DsrStore   *store,
          const char *title,
          const char *text)
{
  g_autoptr(DsrDocumentContent) content = dsr_document_content_new ();
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  gint64 id;

  dsr_document_content_set_title (content, title);
  dsr_document_content_begin_block (content);
  dsr_document_content_append (content, text, -1);
  dsr_document_content_end_block (content, DSR_SPAN_PARAGRAPH, 0);

  id = dsr_store_add_document (store, content, bytes, "note.txt", "text/plain", NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gint64
raw_int (const char *path,
         const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

static void
raw_exec (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
assert_no_sidecar_files (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
}

static void
test_create_marks_file (void)
{
  g_autofree char *path = temp_path ("create.dossier");
  g_autoptr(GError) error = NULL;
  g_autoptr(DsrStore) store = NULL;
  g_autoptr(DsrStore) again = NULL;
  g_autofree char *name = NULL;

  store = dsr_store_create (path, &error);
  g_assert_no_error (error);
  name = dsr_store_dup_name (store);
  g_assert_cmpstr (name, ==, "create");
  g_clear_object (&store);

  g_assert_cmpint (raw_int (path, "PRAGMA application_id"), ==, DSR_STORE_APPLICATION_ID);
  g_assert_cmpint (raw_int (path, "PRAGMA user_version"), ==, dsr_store_get_schema_version ());
  g_assert_cmpint (raw_int (path, "SELECT count(*) FROM pragma_journal_mode WHERE journal_mode = 'wal'"), ==, 1);

  again = dsr_store_create (path, &error);
  g_assert_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_EXISTS);
  g_assert_null (again);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_refuses_missing_and_foreign_files (void)
{
  g_autofree char *missing = temp_path ("missing.dossier");
  g_autofree char *random = temp_path ("random.dossier");
  g_autofree char *empty = temp_path ("empty.dossier");
  g_autofree char *foreign = temp_path ("foreign.sqlite");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_len, after_len;
  guint8 noise[4096];
  GError *error = NULL;

  g_assert_null (dsr_store_open (missing, 0, &error));
  g_assert_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  for (guint i = 0; i < sizeof noise; i++)
    noise[i] = g_random_int_range (0, 256);
  g_assert_true (g_file_set_contents (random, (char *)noise, sizeof noise, NULL));
  g_assert_null (dsr_store_open (random, 0, &error));
  g_assert_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_NOT_SQLITE);
  g_clear_error (&error);
  assert_no_sidecar_files (random);

  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  g_assert_null (dsr_store_open (empty, 0, &error));
  g_assert_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_NOT_SQLITE);
  g_clear_error (&error);

  raw_exec (foreign, "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x');");
  g_assert_true (g_file_get_contents (foreign, &before, &before_len, NULL));
  g_assert_null (dsr_store_open (foreign, 0, &error));
  g_assert_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_NOT_DOSSIER);
  g_clear_error (&error);
  g_assert_null (dsr_store_open (foreign, DSR_STORE_OPEN_READ_ONLY, &error));
  g_assert_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_NOT_DOSSIER);
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (foreign, &after, &after_len, NULL));
  g_assert_cmpmem (before, before_len, after, after_len);
  assert_no_sidecar_files (foreign);
}

static void
test_refuses_newer_version (void)
{
  g_autofree char *path = temp_path ("newer.dossier");
  g_autoptr(GError) error = NULL;
  g_autoptr(DsrStore) store = dsr_store_create (path, &error);
  g_autofree char *sql = NULL;

  g_assert_no_error (error);
  g_clear_object (&store);

  sql = g_strdup_printf ("PRAGMA user_version = %u", dsr_store_get_schema_version () + 1);
  raw_exec (path, sql);

  g_assert_null (dsr_store_open (path, 0, &error));
  g_assert_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_TOO_NEW);
  g_assert_nonnull (strstr (error->message, "newer"));
  /* Refusing it must not have changed its version. */
  g_assert_cmpint (raw_int (path, "PRAGMA user_version"), ==, dsr_store_get_schema_version () + 1);
}

/* A file written by any earlier version of the schema opens, is updated in place
 * after a backup copy is written, and keeps its content; the document it held is
 * found by a search (version 2 added full-text search) and is whole. */
static void
test_migrates_earlier_versions (void)
{
  static const char memo[] = "An archived aardvark memo";
  g_autofree char *sha256 = g_compute_checksum_for_string (G_CHECKSUM_SHA256, memo, -1);

  for (guint version = 1; version < dsr_store_get_schema_version (); version++)
    {
      g_autofree char *name = g_strdup_printf ("v%u.dossier", version);
      g_autofree char *path = temp_path (name);
      g_autofree char *backup = NULL;
      g_autofree char *insert = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(DsrStore) store = NULL;
      g_autoptr(GPtrArray) hits = NULL;
      g_autoptr(GListModel) entities = NULL;
      g_autoptr(DsrEntity) entity = NULL;
      g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
      sqlite3 *db = NULL;

      g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
      g_assert_true (_dsr_schema_migrate (db, 0, version, &error));
      g_assert_no_error (error);
      insert = g_strdup_printf ("INSERT INTO documents (title, media_type, sha256, chars, text) "
                                "VALUES ('Old note', 'text/plain', '%s', 25, '%s');"
                                "INSERT INTO document_originals VALUES (1, CAST ('%s' AS BLOB));"
                                "INSERT INTO entities (kind, name, origin) VALUES ('person', 'Ann Aardvark', 'user');",
                                sha256, memo, memo);
      g_assert_cmpint (sqlite3_exec (db, insert, NULL, NULL, NULL), ==, SQLITE_OK);
      sqlite3_close (db);

      /* Reading alone cannot update the file. */
      g_assert_null (dsr_store_open (path, DSR_STORE_OPEN_READ_ONLY, &error));
      g_assert_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_NEEDS_UPGRADE);
      g_clear_error (&error);

      store = dsr_store_open (path, 0, &error);
      g_assert_no_error (error);
      g_assert_cmpint (raw_int (path, "PRAGMA user_version"), ==, dsr_store_get_schema_version ());

      backup = g_strdup_printf ("%s.v%u.bak", path, version);
      g_assert_true (g_file_test (backup, G_FILE_TEST_EXISTS));
      g_assert_cmpint (raw_int (backup, "PRAGMA user_version"), ==, version);
      g_assert_cmpint (raw_int (backup, "SELECT count(*) FROM documents"), ==, 1);

      hits = dsr_store_search (store, "aardvark", 10, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (hits->len, ==, 1);
      g_assert_cmpstr (dsr_search_hit_get_title (hits->pdata[0]), ==, "Old note");

      /* An entity a person made before version 3 counts as confirmed, and known. */
      entities = dsr_store_list_entities (store, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (entities), ==, 1);
      entity = g_list_model_get_item (entities, 0);
      g_assert_cmpint (dsr_entity_get_state (entity), ==, DSR_ENTITY_CONFIRMED);
      g_assert_cmpint (raw_int (path, "SELECT count(*) FROM entity_verdicts WHERE verdict = 'known'"), ==, 1);

      g_assert_true (dsr_store_check (store, problems, &error));
      g_assert_cmpuint (problems->len, ==, 0);
    }
}

static void
test_single_writer (void)
{
  g_autofree char *path = temp_path ("locked.dossier");
  g_autoptr(GError) error = NULL;
  g_autoptr(DsrStore) writer = dsr_store_create (path, &error);
  g_autoptr(DsrStore) second = NULL;
  g_autoptr(DsrStore) reader = NULL;
  g_autoptr(GListModel) documents = NULL;

  g_assert_no_error (error);
  add_text (writer, "First", "written by the first writer");

  second = dsr_store_open (path, 0, &error);
  g_assert_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_LOCKED);
  g_assert_null (second);
  g_clear_error (&error);

  reader = dsr_store_open (path, DSR_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (dsr_store_is_read_only (reader));
  documents = dsr_store_list_documents (reader, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (documents), ==, 1);
  g_assert_cmpint (dsr_store_create_board (reader, "Mine", &error), ==, 0);
  g_assert_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);

  g_clear_object (&writer);
  second = dsr_store_open (path, 0, &error);
  g_assert_no_error (error);
  g_assert_nonnull (second);
}

/* A sibling connection writes under the same lock, for a worker thread, and each
 * connection sees only what the other has committed. */
static void
test_sibling_shares_the_lock (void)
{
  g_autofree char *path = temp_path ("sibling.dossier");
  g_autoptr(GError) error = NULL;
  g_autoptr(DsrStore) store = dsr_store_create (path, &error);
  g_autoptr(DsrStore) sibling = NULL;
  g_autoptr(DsrStore) other = NULL;
  g_autoptr(GListModel) documents = NULL;

  g_assert_no_error (error);
  sibling = dsr_store_open_sibling (store, &error);
  g_assert_no_error (error);

  add_text (sibling, "From the worker", "written through the sibling");
  documents = dsr_store_list_documents (store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (documents), ==, 1);

  /* The lock outlives the first store while the sibling is open. */
  g_clear_object (&store);
  other = dsr_store_open (path, 0, &error);
  g_assert_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_LOCKED);
  g_clear_error (&error);
  g_clear_object (&sibling);
  other = dsr_store_open (path, 0, &error);
  g_assert_no_error (error);
}

static void
test_documents_are_kept_once (void)
{
  g_autofree char *path = temp_path ("docs.dossier");
  g_autoptr(GError) error = NULL;
  g_autoptr(DsrStore) store = dsr_store_create (path, &error);
  g_autoptr(DsrDocumentContent) content = dsr_document_content_new ();
  g_autoptr(GBytes) bytes = g_bytes_new_static ("Title\n\nBody “quoted” text", strlen ("Title\n\nBody “quoted” text"));
  g_autoptr(GBytes) original = NULL;
  g_autoptr(DsrDocument) doc = NULL;
  g_autoptr(GArray) spans = NULL;
  g_autofree char *text = NULL;
  g_autofree char *sha256 = NULL;
  DsrImportOptions options = { "Example Wire", "https://example.org/a" };
  gboolean present = TRUE;
  gint64 id, again;

  g_assert_no_error (error);

  dsr_document_content_begin_block (content);
  dsr_document_content_append (content, "Title", -1);
  dsr_document_content_end_block (content, DSR_SPAN_HEADING, 1);
  dsr_document_content_begin_block (content);
  dsr_document_content_append (content, "Body “quoted” text", -1);
  dsr_document_content_end_block (content, DSR_SPAN_PARAGRAPH, 0);

  id = dsr_store_add_document (store, content, bytes, "a.txt", "text/plain", &options, &present, &error);
  g_assert_no_error (error);
  g_assert_false (present);

  again = dsr_store_add_document (store, content, bytes, "copy.txt", "text/plain", NULL, &present, &error);
  g_assert_no_error (error);
  g_assert_true (present);
  g_assert_cmpint (again, ==, id);
  g_assert_cmpint (raw_int (path, "SELECT count(*) FROM documents"), ==, 1);

  doc = dsr_store_get_document (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dsr_document_get_title (doc), ==, "a");
  g_assert_cmpstr (dsr_document_get_source (doc), ==, "Example Wire");
  g_assert_cmpstr (dsr_document_get_url (doc), ==, "https://example.org/a");
  g_assert_cmpint (dsr_document_get_chars (doc), ==, 25);
  sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
  g_assert_cmpstr (dsr_document_get_sha256 (doc), ==, sha256);

  text = dsr_store_dup_document_text (store, id, &error);
  g_assert_cmpstr (text, ==, "Title\n\nBody “quoted” text");

  original = dsr_store_dup_document_original (store, id, &error);
  g_assert_true (g_bytes_equal (original, bytes));

  spans = dsr_store_list_document_spans (store, id, &error);
  g_assert_cmpuint (spans->len, ==, 2);
  g_assert_cmpint (g_array_index (spans, DsrSpan, 0).kind, ==, DSR_SPAN_HEADING);
  g_assert_cmpint (g_array_index (spans, DsrSpan, 0).level, ==, 1);
  g_assert_cmpint (g_array_index (spans, DsrSpan, 1).start, ==, 7);
  g_assert_cmpint (g_array_index (spans, DsrSpan, 1).end, ==, 25);

  g_assert_null (dsr_store_get_document (store, 999, &error));
  g_assert_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_NOT_FOUND);
}

static void
test_search_ranks_and_highlights (void)
{
  g_autofree char *path = temp_path ("search.dossier");
  g_autoptr(GError) error = NULL;
  g_autoptr(DsrStore) store = dsr_store_create (path, &error);
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GPtrArray) cyrillic = NULL;
  GArray *ranges;
  const char *snippet;
  g_autofree char *marked = NULL;
  gint64 weak, strong;

  weak = add_text (store, "Weather", "Rain in the morning; a regulator was mentioned once.");
  strong = add_text (store, "Regulator fines vendor", "The regulator said the regulator would act.");
  add_text (store, "Сводка", "Евгений Белозар выступил в комитете.");

  hits = dsr_store_search (store, "regulator", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 2);
  g_assert_cmpint (dsr_search_hit_get_document_id (hits->pdata[0]), ==, strong);
  g_assert_cmpint (dsr_search_hit_get_document_id (hits->pdata[1]), ==, weak);

  snippet = dsr_search_hit_get_snippet (hits->pdata[1]);
  ranges = dsr_search_hit_get_highlights (hits->pdata[1]);
  g_assert_cmpuint (ranges->len, ==, 1);
  marked = g_utf8_substring (snippet, g_array_index (ranges, DsrTextRange, 0).start,
                             g_array_index (ranges, DsrTextRange, 0).end);
  g_assert_cmpstr (marked, ==, "regulator");

  cyrillic = dsr_store_search (store, "белозар", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cyrillic->len, ==, 1);

  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = dsr_store_search (store, "regulator -weather", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 1);

  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = dsr_store_search (store, "  \"  ", 10, &error);
  g_assert_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_INVALID);
  g_assert_null (hits);
}

static void
test_claims_and_links (void)
{
  g_autofree char *path = temp_path ("claims.dossier");
  g_autoptr(GError) error = NULL;
  g_autoptr(DsrStore) store = dsr_store_create (path, &error);
  g_autoptr(GListModel) claims = NULL;
  g_autoptr(DsrClaim) claim = NULL;
  g_autoptr(GArray) links = NULL;
  gint64 doc, id, other;
  DsrNode claim_node, other_node, missing = { DSR_NODE_CLAIM, 99 };

  /* Offsets count code points: "Ёлки" is four, whatever its UTF-8 length. */
  doc = add_text (store, "Quote", "Ёлки said: “much ado about nothing”, he added.");

  id = dsr_store_add_claim (store, doc, 11, 35, "Helen Okafor", "Packet & Policy", &error);
  g_assert_no_error (error);
  other = dsr_store_add_claim (store, doc, 0, 4, "Helen Okafor", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (raw_int (path, "SELECT count(*) FROM entities"), ==, 1);

  claims = dsr_store_list_claims (store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (claims), ==, 2);
  claim = g_list_model_get_item (claims, 0);
  g_assert_cmpstr (dsr_claim_get_quote (claim), ==, "“much ado about nothing”");
  g_assert_cmpstr (dsr_claim_get_speaker (claim), ==, "Helen Okafor");
  g_assert_cmpstr (dsr_claim_get_source (claim), ==, "Packet & Policy");

  g_assert_cmpint (dsr_store_add_claim (store, doc, 30, 400, NULL, NULL, &error), ==, 0);
  g_assert_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (dsr_store_add_claim (store, doc, 4, 5, NULL, NULL, &error), ==, 0);
  g_assert_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (raw_int (path, "SELECT count(*) FROM claims"), ==, 2);

  claim_node = (DsrNode) { DSR_NODE_CLAIM, id };
  other_node = (DsrNode) { DSR_NODE_CLAIM, other };
  g_assert_cmpint (dsr_store_add_link (store, DSR_LINK_CONTRADICTS, &claim_node, &other_node,
                                       DSR_LINK_STATE_CONFIRMED, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (dsr_store_add_link (store, DSR_LINK_SAID_BY, &claim_node, &other_node,
                                       DSR_LINK_STATE_CONFIRMED, &error), ==, 0);
  g_assert_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (dsr_store_add_link (store, DSR_LINK_RELATED, &claim_node, &claim_node,
                                       DSR_LINK_STATE_CONFIRMED, &error), ==, 0);
  g_assert_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (dsr_store_add_link (store, DSR_LINK_SUPPORTS, &claim_node, &missing,
                                       DSR_LINK_STATE_CONFIRMED, &error), ==, 0);
  g_assert_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  links = dsr_store_list_links_of (store, &claim_node, &error);
  g_assert_cmpuint (links->len, ==, 3);   /* said_by, reported_by, contradicts */
}

static void
test_boards (void)
{
  g_autofree char *path = temp_path ("boards.dossier");
  g_autoptr(GError) error = NULL;
  g_autoptr(DsrStore) store = dsr_store_create (path, &error);
  g_autoptr(GArray) items = NULL;
  g_autoptr(GArray) links = NULL;
  g_autoptr(GListModel) boards = NULL;
  g_autoptr(DsrBoard) board = NULL;
  DsrNode a, b, c, doc_node;
  gint64 doc, board_id;

  doc = add_text (store, "Doc", "One claim here. Another claim there. A third.");
  a = (DsrNode) { DSR_NODE_CLAIM, dsr_store_add_claim (store, doc, 0, 15, NULL, NULL, &error) };
  b = (DsrNode) { DSR_NODE_CLAIM, dsr_store_add_claim (store, doc, 16, 36, NULL, NULL, &error) };
  c = (DsrNode) { DSR_NODE_CLAIM, dsr_store_add_claim (store, doc, 37, 45, NULL, NULL, &error) };
  doc_node = (DsrNode) { DSR_NODE_DOCUMENT, doc };
  g_assert_no_error (error);

  board_id = dsr_store_create_board (store, "Main", &error);
  g_assert_no_error (error);
  g_assert_cmpint (dsr_store_create_board (store, " Main ", &error), ==, 0);
  g_assert_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_EXISTS);
  g_clear_error (&error);

  g_assert_true (dsr_store_board_add_item (store, board_id, &a, FALSE, 0, 0, &error));
  g_assert_true (dsr_store_board_add_item (store, board_id, &b, TRUE, 500, -20, &error));
  g_assert_true (dsr_store_board_add_item (store, board_id, &doc_node, FALSE, 0, 0, &error));
  g_assert_no_error (error);
  /* Placing it again moves it, and keeps one card. */
  g_assert_true (dsr_store_board_add_item (store, board_id, &b, TRUE, 600, 10, &error));
  g_assert_false (dsr_store_board_add_item (store, board_id,
                                            &(DsrNode) { DSR_NODE_ENTITY, 42 }, FALSE, 0, 0, &error));
  g_assert_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  dsr_store_add_link (store, DSR_LINK_SUPPORTS, &a, &b, DSR_LINK_STATE_CONFIRMED, &error);
  dsr_store_add_link (store, DSR_LINK_SUPPORTS, &a, &c, DSR_LINK_STATE_CONFIRMED, &error);
  g_assert_no_error (error);

  items = dsr_store_list_board_items (store, board_id, &error);
  g_assert_cmpuint (items->len, ==, 3);
  g_assert_cmpfloat (g_array_index (items, DsrBoardItem, 0).x, ==, 40);
  g_assert_cmpfloat (g_array_index (items, DsrBoardItem, 1).x, ==, 600);
  g_assert_cmpfloat (g_array_index (items, DsrBoardItem, 1).y, ==, 10);
  /* The third card took the third grid cell, not the second card's place. */
  g_assert_cmpfloat (g_array_index (items, DsrBoardItem, 2).x, ==, 40 + 2 * 280);

  /* Only the link between cards on this board is shown on it. */
  links = dsr_store_list_board_links (store, board_id, &error);
  g_assert_cmpuint (links->len, ==, 1);
  g_assert_cmpint (g_array_index (links, DsrLink, 0).to.id, ==, b.id);

  boards = dsr_store_list_boards (store, &error);
  board = g_list_model_get_item (boards, 0);
  g_assert_cmpstr (dsr_board_get_name (board), ==, "Main");
  g_assert_cmpuint (dsr_board_get_n_items (board), ==, 3);

  /* Deleting a node takes its links and cards with it. */
  g_clear_object (&store);
  raw_exec (path, "PRAGMA foreign_keys = ON; DELETE FROM claims WHERE id = 2;");
  g_assert_cmpint (raw_int (path, "SELECT count(*) FROM links"), ==, 1);
  g_assert_cmpint (raw_int (path, "SELECT count(*) FROM board_items"), ==, 2);
}

static void
test_check_finds_damage (void)
{
  g_autofree char *path = temp_path ("damaged.dossier");
  g_autoptr(GError) error = NULL;
  g_autoptr(DsrStore) store = dsr_store_create (path, &error);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  gint64 doc;

  doc = add_text (store, "Doc", "Exact words matter.");
  g_assert_cmpint (dsr_store_add_claim (store, doc, 0, 11, NULL, NULL, &error), >, 0);
  g_assert_true (dsr_store_check (store, problems, &error));
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_object (&store);

  raw_exec (path, "UPDATE document_originals SET bytes = 'tampered';"
                  "UPDATE claims SET quote = 'Other words';");

  store = dsr_store_open (path, DSR_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (dsr_store_check (store, problems, &error));
  g_assert_cmpuint (problems->len, ==, 2);
  g_assert_nonnull (strstr (problems->pdata[0], "quote differs"));
  g_assert_nonnull (strstr (problems->pdata[1], "sha256"));
}

/* A document as a reader and analysis would leave it: one paragraph, with the entity
 * groups and mentions given as (name, kind, start, end) and one quotation. */
static gint64
add_analysed (DsrStore   *store,
              const char *text,
              GError    **error)
{
  g_autoptr(DsrDocumentContent) content = dsr_document_content_new ();
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  static const struct { const char *name; DsrEntityKind kind; } groups[] = {
    { "Helen Okafor", DSR_ENTITY_PERSON },
    { "Belozar Labs", DSR_ENTITY_ORG },
    { "Toronto", DSR_ENTITY_PLACE },
  };

  dsr_document_content_begin_block (content);
  dsr_document_content_append (content, text, -1);
  dsr_document_content_end_block (content, DSR_SPAN_PARAGRAPH, 0);

  content->groups = g_array_new (FALSE, TRUE, sizeof (DsrEntityGroup));
  g_array_set_clear_func (content->groups, (GDestroyNotify)dsr_entity_group_clear);
  content->mentions = g_array_new (FALSE, TRUE, sizeof (DsrEntityMention));
  content->quotes = g_array_new (FALSE, TRUE, sizeof (DsrQuote));
  g_array_set_clear_func (content->quotes, (GDestroyNotify)dsr_quote_clear);

  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    {
      DsrEntityGroup group = { groups[g].kind, g_strdup (groups[g].name),
                               g_ptr_array_new_with_free_func (g_free) };
      const char *p = text;

      /* Every occurrence of the full name, and of its last word alone, is a mention. */
      if (g == 0)
        g_ptr_array_add (group.aliases, g_strdup ("Okafor"));
      g_array_append_val (content->groups, group);
      for (guint a = 0; a <= group.aliases->len; a++)
        {
          const char *form = a == 0 ? groups[g].name : group.aliases->pdata[a - 1];

          for (p = text; (p = strstr (p, form)) != NULL; p += strlen (form))
            {
              DsrEntityMention mention = { g_utf8_pointer_to_offset (text, p), 0, groups[g].kind, g };

              if (a > 0 && p > text && p[-1] != ' ')
                continue;
              if (a > 0 && g_str_has_prefix (p - MIN (p - text, 6), "Helen "))
                continue;
              mention.end = mention.start + g_utf8_strlen (form, -1);
              g_array_append_val (content->mentions, mention);
            }
        }
    }

  {
    const char *open = strstr (text, "“");
    const char *close = strstr (text, "”");
    const char *said = strstr (text, "said");
    DsrQuote quote = { 0, };

    quote.start = g_utf8_pointer_to_offset (text, open);
    quote.end = g_utf8_pointer_to_offset (text, close) + 1;
    quote.speaker_group = 0;
    quote.speaker_start = g_utf8_pointer_to_offset (text, strstr (text, "Okafor said"));
    quote.speaker_end = quote.speaker_start + 6;
    quote.cue = g_strdup ("said");
    quote.cue_start = g_utf8_pointer_to_offset (text, said);
    quote.cue_end = quote.cue_start + 4;
    g_array_append_val (content->quotes, quote);
  }

  return dsr_store_add_document (store, content, bytes, "analysed.txt", "text/plain", NULL, NULL, error);
}

static DsrEntity *
entity_named (DsrStore   *store,
              const char *name)
{
  g_autoptr(GListModel) entities = dsr_store_list_entities (store, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (entities); i++)
    {
      g_autoptr(DsrEntity) entity = g_list_model_get_item (entities, i);

      if (g_str_equal (dsr_entity_get_name (entity), name))
        return g_steal_pointer (&entity);
    }
  return NULL;
}

static void
test_analysis_is_stored (void)
{
  g_autofree char *path = temp_path ("analysis.dossier");
  g_autoptr(GError) error = NULL;
  g_autoptr(DsrStore) store = dsr_store_create (path, &error);
  g_autoptr(DsrEntity) okafor = NULL;
  g_autoptr(GArray) mentions = NULL;
  g_autoptr(GArray) quotes = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  const DsrStoredQuote *quote;
  gint64 doc, second, claim;

  doc = add_analysed (store, "Helen Okafor of Toronto studies Belozar Labs. “It is much ado about "
                             "nothing,” Okafor said.", &error);
  g_assert_no_error (error);

  okafor = entity_named (store, "Helen Okafor");
  g_assert_nonnull (okafor);
  g_assert_cmpint (dsr_entity_get_kind (okafor), ==, DSR_ENTITY_PERSON);
  g_assert_cmpint (dsr_entity_get_state (okafor), ==, DSR_ENTITY_SUGGESTED);
  g_assert_cmpstr (dsr_entity_get_aliases (okafor)[0], ==, "Okafor");
  g_assert_cmpuint (dsr_entity_get_n_mentions (okafor), ==, 2);

  mentions = dsr_store_list_mentions (store, doc, &error);
  g_assert_cmpuint (mentions->len, ==, 4);
  g_assert_cmpstr (g_array_index (mentions, DsrMention, 0).name, ==, "Helen Okafor");
  g_assert_cmpint (g_array_index (mentions, DsrMention, 0).start, ==, 0);
  g_assert_cmpint (g_array_index (mentions, DsrMention, 0).end, ==, 12);

  quotes = dsr_store_list_quotes (store, 0, &error);
  g_assert_cmpuint (quotes->len, ==, 1);
  quote = &g_array_index (quotes, DsrStoredQuote, 0);
  g_assert_cmpstr (quote->text, ==, "“It is much ado about nothing,”");
  g_assert_cmpstr (quote->speaker, ==, "Helen Okafor");
  g_assert_cmpstr (quote->cue, ==, "said");
  g_assert_false (quote->confirmed);

  /* The same names in a second document join the same entities. */
  second = add_analysed (store, "Belozar Labs denied it. Helen Okafor disagreed: “No,” Okafor said.", &error);
  g_assert_no_error (error);
  g_clear_object (&okafor);
  okafor = entity_named (store, "Helen Okafor");
  g_assert_cmpuint (dsr_entity_get_n_documents (okafor), ==, 2);
  g_assert_cmpint (raw_int (path, "SELECT count(*) FROM entities"), ==, 3);

  /* Confirming the quotation makes a claim said by her. */
  claim = dsr_store_confirm_quote (store, quote->id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (raw_int (path, "SELECT count(*) FROM links WHERE kind = 'said_by' AND state = 'confirmed'"), ==, 1);
  g_assert_cmpint (raw_int (path, "SELECT quote = '“It is much ado about nothing,”' FROM claims"), ==, 1);
  g_assert_cmpint (claim, >, 0);
  g_assert_cmpint (second, >, doc);

  g_assert_true (dsr_store_check (store, problems, &error));
  g_assert_cmpuint (problems->len, ==, 0);
}

static void
test_people_teach_analysis (void)
{
  g_autofree char *path = temp_path ("taught.dossier");
  g_autoptr(GError) error = NULL;
  g_autoptr(DsrStore) store = dsr_store_create (path, &error);
  g_autoptr(DsrEntity) okafor = NULL;
  g_autoptr(DsrEntity) labs = NULL;
  g_autoptr(DsrEntity) toronto = NULL;
  g_autoptr(GArray) mentions = NULL;
  gint64 doc, other, tagged, sources[2] = { 0, 0 };
  GHashTable *known = NULL;
  GPtrArray *rejected = NULL;

  doc = add_analysed (store, "Helen Okafor of Toronto studies Belozar Labs. “Fine,” Okafor said.", &error);
  g_assert_no_error (error);
  okafor = entity_named (store, "Helen Okafor");
  labs = entity_named (store, "Belozar Labs");
  toronto = entity_named (store, "Toronto");

  /* Confirming: all mentions confirmed, the names known with their kind. */
  g_assert_true (dsr_store_confirm_entity (store, dsr_entity_get_id (okafor), &error));
  mentions = dsr_store_list_mentions (store, doc, &error);
  for (guint i = 0; i < mentions->len; i++)
    if (g_array_index (mentions, DsrMention, i).entity_id == dsr_entity_get_id (okafor))
      g_assert_cmpint (g_array_index (mentions, DsrMention, i).state, ==, DSR_ENTITY_CONFIRMED);

  /* Rejecting: gone from the list, and never suggested again. */
  g_assert_true (dsr_store_reject_entity (store, dsr_entity_get_id (toronto), &error));
  g_clear_object (&toronto);
  g_assert_null ((toronto = entity_named (store, "Toronto")));
  other = add_analysed (store, "Toronto again, with Helen Okafor and Belozar Labs. “Yes,” Okafor said.", &error);
  g_assert_no_error (error);
  g_assert_cmpint (raw_int (path, "SELECT count(*) FROM entities WHERE name = 'Toronto'"), ==, 1);
  g_assert_cmpint (raw_int (path, "SELECT count(*) FROM mentions m JOIN entities e ON e.id = m.entity_id "
                                  "WHERE e.name = 'Toronto' AND m.state <> 'rejected'"), ==, 0);
  /* ... while the confirmed person's mentions in the new document are confirmed at once. */
  g_assert_cmpint (raw_int (path, "SELECT count(*) FROM mentions WHERE document_id = 2 AND entity_id = 1 "
                                  "AND state = 'confirmed'"), ==, 2);

  g_assert_true (dsr_store_list_verdicts (store, &known, &rejected, &error));
  g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (known, "Okafor")), ==, DSR_ENTITY_PERSON);
  g_assert_cmpuint (rejected->len, ==, 1);
  g_assert_cmpstr (rejected->pdata[0], ==, "Toronto");
  g_hash_table_unref (known);
  g_ptr_array_unref (rejected);

  /* Tagging by hand applies to every document where the name stands as a word, but
   * not inside a longer name ("Belozar Labs" in the second document). */
  add_text (store, "Plain", "Belozar said nothing; Belozarov did.");
  tagged = dsr_store_tag_entity (store, doc, 39, 40, DSR_ENTITY_OTHER, &error);
  g_assert_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_INVALID);   /* a space */
  g_clear_error (&error);
  tagged = dsr_store_tag_entity (store, doc, 32, 39, DSR_ENTITY_ORG, &error);   /* "Belozar" */
  g_assert_no_error (error);
  g_assert_cmpint (raw_int (path, "SELECT count(*) FROM mentions WHERE entity_id = (SELECT id FROM entities "
                                  "WHERE name = 'Belozar' AND kind = 'org')"), ==, 2);

  /* Renaming keeps the old name as an alias; merging moves everything to the target. */
  g_assert_true (dsr_store_rename_entity (store, dsr_entity_get_id (labs), "Belozar Labs Ltd", &error));
  sources[0] = tagged;
  g_assert_true (dsr_store_merge_entities (store, dsr_entity_get_id (labs), sources, &error));
  g_clear_object (&labs);
  labs = entity_named (store, "Belozar Labs Ltd");
  g_assert_nonnull (labs);
  g_assert_true (g_strv_contains (dsr_entity_get_aliases (labs), "Belozar Labs"));
  g_assert_true (g_strv_contains (dsr_entity_get_aliases (labs), "Belozar"));
  g_assert_cmpint (raw_int (path, "SELECT count(*) FROM entities WHERE name = 'Belozar'"), ==, 0);
  g_assert_false (dsr_store_merge_entities (store, dsr_entity_get_id (labs),
                                            (gint64[]) { dsr_entity_get_id (labs), 0 }, &error));
  g_assert_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_INVALID);
  g_assert_cmpint (other, >, doc);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/dsr/store/create-marks-file", test_create_marks_file);
  g_test_add_func ("/dsr/store/refuses-missing-and-foreign-files", test_refuses_missing_and_foreign_files);
  g_test_add_func ("/dsr/store/refuses-newer-version", test_refuses_newer_version);
  g_test_add_func ("/dsr/store/migrates-earlier-versions", test_migrates_earlier_versions);
  g_test_add_func ("/dsr/store/single-writer", test_single_writer);
  g_test_add_func ("/dsr/store/sibling-shares-the-lock", test_sibling_shares_the_lock);
  g_test_add_func ("/dsr/store/documents-are-kept-once", test_documents_are_kept_once);
  g_test_add_func ("/dsr/store/search-ranks-and-highlights", test_search_ranks_and_highlights);
  g_test_add_func ("/dsr/store/claims-and-links", test_claims_and_links);
  g_test_add_func ("/dsr/store/boards", test_boards);
  g_test_add_func ("/dsr/store/check-finds-damage", test_check_finds_damage);
  g_test_add_func ("/dsr/store/analysis-is-stored", test_analysis_is_stored);
  g_test_add_func ("/dsr/store/people-teach-analysis", test_people_teach_analysis);

  return g_test_run ();
}
