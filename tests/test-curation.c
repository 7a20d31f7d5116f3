/* test-curation.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "dsr-analyzer.h"
#include "dsr-entity.h"
#include "dsr-importer.h"
#include "dsr-source.h"
#include "dsr-store.h"

/* Sources and their grades, an entity's mentions across documents, and undo of every
 * curating edit, which must give back the investigation's rows exactly. */

static const char first_text[] =
  "Belozar Labs denies report\n"
  "\n"
  "Helen Okafor, chief executive of Belozar Labs, said the report was wrong. "
  "\"We never worked for the agency,\" Okafor said in Toronto on Monday.\n"
  "\n"
  "Ivan Belozar founded Belozar Labs in Moscow. Analysts at Greyline Research "
  "called the report \"much ado about nothing\".\n";

static const char second_text[] =
  "Vendor under scrutiny\n"
  "\n"
  "Belozar Labs was questioned again. Helen Okafor spoke to the Toronto Herald. "
  "\"Our products are safe,\" said Okafor.\n";

typedef struct
{
  char     *path;
  DsrStore *store;
  gint64    first;
  gint64    second;
} Fixture;

static gint64
import_text (DsrStore   *store,
             const char *folder,
             const char *name,
             const char *text,
             const char *source)
{
  g_autofree char *path = g_build_filename (folder, name, NULL);
  DsrImportOptions options = { .source_name = source };
  g_autoptr(GError) error = NULL;
  g_autoptr(DsrAnalyzer) analyzer = dsr_analyzer_new_for_store (store, &error);
  gint64 id;

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  id = dsr_importer_import_and_analyse (store, path, &options, analyzer, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* The two documents imported and analysed once per run (loading the recogniser's word
 * lists is most of the work, many times over under the sanitizers); each test case
 * works on a copy. */
static char   *seed_folder;
static char   *seed_path;
static gint64  seed_first;
static gint64  seed_second;

static void
make_seed (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsrStore) store = NULL;

  seed_folder = g_dir_make_tmp ("dossier-curation-XXXXXX", &error);
  g_assert_no_error (error);
  seed_path = g_build_filename (seed_folder, "seed.dossier", NULL);
  store = dsr_store_create (seed_path, &error);
  g_assert_no_error (error);
  seed_first = import_text (store, seed_folder, "first.txt", first_text, "Packet & Policy");
  seed_second = import_text (store, seed_folder, "second.txt", second_text, "Argus Wire");
}

static void
remove_seed (void)
{
  const char *names[] = { "seed.dossier", "seed.dossier-wal", "seed.dossier-shm",
                          "first.txt", "second.txt" };

  if (seed_folder == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (seed_folder, names[i], NULL);

      g_unlink (path);
    }
  g_rmdir (seed_folder);
  g_clear_pointer (&seed_folder, g_free);
  g_clear_pointer (&seed_path, g_free);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  if (seed_path == NULL)
    make_seed ();
  g_assert_cmpint (g_mkdir_with_parents (g_get_user_cache_dir (), 0700), ==, 0);
  fixture->path = g_build_filename (g_get_user_cache_dir (), "curation.dossier", NULL);
  g_assert_true (g_file_get_contents (seed_path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (fixture->path, contents, length, NULL));
  fixture->store = dsr_store_open (fixture->path, DSR_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  fixture->first = seed_first;
  fixture->second = seed_second;
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  g_free (fixture->path);
}

static gint64
entity_id (Fixture    *fixture,
           const char *name)
{
  g_autoptr(GListModel) entities = dsr_store_list_entities (fixture->store, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (entities); i++)
    {
      g_autoptr(DsrEntity) entity = g_list_model_get_item (entities, i);

      if (g_strcmp0 (dsr_entity_get_name (entity), name) == 0)
        return dsr_entity_get_id (entity);
    }
  g_error ("no entity named %s", name);
  return 0;
}

/* Every row of every table curating touches, and the entity list as the CLI prints
 * it, read through a separate read-only connection. */
static char *
dump (Fixture *fixture)
{
  static const char *tables[] = {
    "entities", "aliases", "entity_verdicts", "mentions", "quotes", "links", "board_items",
    "claims", "sources", "documents",
  };
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GListModel) entities = dsr_store_list_entities (fixture->store, NULL);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (fixture->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s ORDER BY 1", tables[t]);
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      g_string_append_printf (out, "[%s]\n", tables[t]);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            g_string_append_printf (out, "%s|", (const char *)sqlite3_column_text (stmt, c));
          g_string_append_c (out, '\n');
        }
      sqlite3_finalize (stmt);
    }
  sqlite3_close (db);

  for (guint i = 0; i < g_list_model_get_n_items (entities); i++)
    {
      g_autoptr(DsrEntity) entity = g_list_model_get_item (entities, i);
      g_autofree char *aliases = g_strjoinv (",", (char **)dsr_entity_get_aliases (entity));

      g_string_append_printf (out, "%" G_GINT64_FORMAT " %s %s [%s] %u %u %s\n",
                              dsr_entity_get_id (entity),
                              dsr_entity_kind_to_string (dsr_entity_get_kind (entity)),
                              dsr_entity_get_name (entity), aliases,
                              dsr_entity_get_n_mentions (entity),
                              dsr_entity_get_n_documents (entity),
                              dsr_entity_state_to_string (dsr_entity_get_state (entity)));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

typedef gboolean (*EditFunc) (Fixture *fixture);

/* Runs @edit recorded, checks that it changed the rows, undoes it and checks that
 * the rows are back exactly as they were. */
static void
assert_undo_restores (Fixture  *fixture,
                      EditFunc  edit)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) record = NULL;
  g_autofree char *before = dump (fixture);
  g_autofree char *edited = NULL;
  g_autofree char *after = NULL;

  g_assert_true (dsr_store_begin_undo_record (fixture->store, &error));
  g_assert_no_error (error);
  g_assert_true (edit (fixture));
  record = dsr_store_end_undo_record (fixture->store);
  g_assert_nonnull (record);

  edited = dump (fixture);
  g_assert_cmpstr (edited, !=, before);

  g_assert_true (dsr_store_undo (fixture->store, record, &error));
  g_assert_no_error (error);
  after = dump (fixture);
  g_assert_cmpstr (after, ==, before);
}

static gboolean
tag_edit (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  /* "Greyline Research" in the first document, tagged as an organisation: it is
   * then mentioned wherever it stands. */
  g_autofree char *text = dsr_store_dup_document_text (fixture->store, fixture->first, NULL);
  const char *at = strstr (text, "Greyline Research");
  glong start = g_utf8_pointer_to_offset (text, at);
  gint64 id;

  id = dsr_store_tag_entity (fixture->store, fixture->first, start, start + 17, DSR_ENTITY_ORG, &error);
  g_assert_no_error (error);
  return id > 0;
}

static gboolean
tag_existing_edit (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = dsr_store_dup_document_text (fixture->store, fixture->second, NULL);
  const char *at = strstr (text, "Toronto Herald");
  glong start = g_utf8_pointer_to_offset (text, at);

  return dsr_store_tag_entity (fixture->store, fixture->second, start, start + 14,
                               DSR_ENTITY_ORG, &error) > 0;
}

static gboolean
confirm_edit (Fixture *fixture)
{
  return dsr_store_confirm_entity (fixture->store, entity_id (fixture, "Helen Okafor"), NULL);
}

static gboolean
reject_edit (Fixture *fixture)
{
  return dsr_store_reject_entity (fixture->store, entity_id (fixture, "Helen Okafor"), NULL);
}

static gboolean
rename_edit (Fixture *fixture)
{
  return dsr_store_rename_entity (fixture->store, entity_id (fixture, "Helen Okafor"),
                                  "Helen A. Okafor", NULL);
}

static gboolean
merge_edit (Fixture *fixture)
{
  gint64 sources[] = { entity_id (fixture, "Ivan Belozar"), 0 };

  return dsr_store_merge_entities (fixture->store, entity_id (fixture, "Helen Okafor"), sources, NULL);
}

static void
test_undo_tag (Fixture *fixture, gconstpointer data)
{
  assert_undo_restores (fixture, tag_edit);
  assert_undo_restores (fixture, tag_existing_edit);
}

static void
test_undo_confirm (Fixture *fixture, gconstpointer data)
{
  assert_undo_restores (fixture, confirm_edit);
}

static void
test_undo_reject (Fixture *fixture, gconstpointer data)
{
  assert_undo_restores (fixture, reject_edit);
}

static void
test_undo_rename (Fixture *fixture, gconstpointer data)
{
  assert_undo_restores (fixture, rename_edit);
}

/* A merge moves links and board cards; where both entities were linked to the same
 * claim, the source's link is deleted by a trigger, and undo must bring it back. */
static void
test_undo_merge (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gint64 claim, board;
  DsrNode okafor = { DSR_NODE_ENTITY, entity_id (fixture, "Helen Okafor") };
  DsrNode belozar = { DSR_NODE_ENTITY, entity_id (fixture, "Ivan Belozar") };
  DsrNode claim_node = { DSR_NODE_CLAIM, 0 };

  claim = dsr_store_add_claim (fixture->store, fixture->first, 0, 26, "Helen Okafor", NULL, &error);
  g_assert_no_error (error);
  claim_node.id = claim;
  g_assert_cmpint (dsr_store_add_link (fixture->store, DSR_LINK_SAID_BY, &claim_node, &belozar,
                                       DSR_LINK_STATE_SUGGESTED, &error), >, 0);
  g_assert_no_error (error);
  board = dsr_store_create_board (fixture->store, "Vendor", &error);
  g_assert_no_error (error);
  g_assert_true (dsr_store_board_add_item (fixture->store, board, &okafor, TRUE, 10, 10, &error));
  g_assert_true (dsr_store_board_add_item (fixture->store, board, &belozar, TRUE, 300, 10, &error));
  g_assert_no_error (error);

  assert_undo_restores (fixture, merge_edit);
}

/* Undo after the rows changed again refuses and changes nothing. */
static void
test_undo_refuses_stale (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) record = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 okafor = entity_id (fixture, "Helen Okafor");

  g_assert_true (dsr_store_begin_undo_record (fixture->store, &error));
  g_assert_true (dsr_store_rename_entity (fixture->store, okafor, "Helen A. Okafor", &error));
  record = dsr_store_end_undo_record (fixture->store);
  g_assert_true (dsr_store_rename_entity (fixture->store, okafor, "H. Okafor", &error));
  g_assert_no_error (error);

  before = dump (fixture);
  g_assert_false (dsr_store_undo (fixture->store, record, &error));
  g_assert_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_FAILED);
  after = dump (fixture);
  g_assert_cmpstr (after, ==, before);
}

static void
test_record_of_nothing (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (dsr_store_begin_undo_record (fixture->store, &error));
  g_assert_null (dsr_store_end_undo_record (fixture->store));
}

static void
test_entity_mentions (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) places = NULL;
  g_autofree char *first = dsr_store_dup_document_text (fixture->store, fixture->first, NULL);
  g_autofree char *second = dsr_store_dup_document_text (fixture->store, fixture->second, NULL);
  gint64 previous_document = 0, previous_start = -1;
  gboolean in_first = FALSE, in_second = FALSE;
  gint64 okafor = entity_id (fixture, "Helen Okafor");

  places = dsr_store_list_entity_mentions (fixture->store, okafor, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (places->len, >=, 4);
  for (guint i = 0; i < places->len; i++)
    {
      DsrMentionPlace *place = &g_array_index (places, DsrMentionPlace, i);
      g_autofree char *words = g_utf8_substring (place->document_id == fixture->first ? first : second,
                                                 place->start, place->end);

      g_assert_true (g_str_has_suffix (words, "Okafor"));
      /* by document, then position */
      g_assert_true (place->document_id > previous_document ||
                     (place->document_id == previous_document && place->start > previous_start));
      previous_document = place->document_id;
      previous_start = place->start;
      in_first |= place->document_id == fixture->first;
      in_second |= place->document_id == fixture->second;
    }
  g_assert_true (in_first && in_second);

  /* A rejected entity has no mentions to step through. */
  g_assert_true (dsr_store_reject_entity (fixture->store, okafor, &error));
  g_clear_pointer (&places, g_array_unref);
  places = dsr_store_list_entity_mentions (fixture->store, okafor, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (places->len, ==, 0);
}

static DsrSource *
find_source (DsrStore   *store,
             const char *name)
{
  g_autoptr(GListModel) sources = dsr_store_list_sources (store, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      DsrSource *source = g_list_model_get_item (sources, i);

      if (g_strcmp0 (dsr_source_get_name (source), name) == 0)
        return source;
      g_object_unref (source);
    }
  return NULL;
}

static void
test_sources (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) sources = dsr_store_list_sources (fixture->store, &error);
  g_autoptr(DsrSource) argus = NULL;
  g_autoptr(DsrSource) packet = NULL;
  g_autoptr(DsrStore) reader = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (sources), ==, 2);
  argus = g_list_model_get_item (sources, 0);   /* by name */
  g_assert_cmpstr (dsr_source_get_name (argus), ==, "Argus Wire");
  g_assert_cmpstr (dsr_source_get_kind (argus), ==, "outlet");
  g_assert_cmpint (dsr_source_get_reliability (argus), ==, 0);
  g_assert_cmpuint (dsr_source_get_n_documents (argus), ==, 1);

  g_assert_true (dsr_store_set_source_reliability (fixture->store, dsr_source_get_id (argus), 'B', &error));
  g_assert_no_error (error);

  /* Refusals change nothing. */
  g_assert_false (dsr_store_set_source_reliability (fixture->store, dsr_source_get_id (argus), 'G', &error));
  g_assert_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (dsr_store_set_source_reliability (fixture->store, 999, 'A', &error));
  g_assert_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Stored at once: another connection reads it. */
  reader = dsr_store_open (fixture->path, DSR_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_clear_object (&argus);
  argus = find_source (reader, "Argus Wire");
  g_assert_cmpint (dsr_source_get_reliability (argus), ==, 'B');
  packet = find_source (reader, "Packet & Policy");
  g_assert_cmpint (dsr_source_get_reliability (packet), ==, 0);

  g_assert_true (dsr_store_set_source_reliability (fixture->store, dsr_source_get_id (argus), 0, &error));
  g_clear_object (&argus);
  argus = find_source (reader, "Argus Wire");
  g_assert_cmpint (dsr_source_get_reliability (argus), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/curation/sources", test_sources);
  ADD ("/curation/entity-mentions", test_entity_mentions);
  ADD ("/curation/undo/tag", test_undo_tag);
  ADD ("/curation/undo/confirm", test_undo_confirm);
  ADD ("/curation/undo/reject", test_undo_reject);
  ADD ("/curation/undo/rename", test_undo_rename);
  ADD ("/curation/undo/merge", test_undo_merge);
  ADD ("/curation/undo/refuses-stale", test_undo_refuses_stale);
  ADD ("/curation/undo/nothing", test_record_of_nothing);
#undef ADD

  status = g_test_run ();
  remove_seed ();
  return status;
}
