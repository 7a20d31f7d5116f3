/* dsr-schema.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-schema"

#include "config.h"

#include <glib/gi18n.h>

#include "dsr-store-private.h"

/* Forward-only migrations: migrations[i] takes a file from version i to version i + 1.
 * A released migration is never edited; a change to the schema is a new entry, with a
 * test that opens a file made at the version before it (tests/test-store.c). */

#define NODE_KINDS "('claim', 'entity', 'source', 'document', 'note')"
#define NOW_UTC "(strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))"

/* Links and board items name their nodes as (kind, id), which a foreign key cannot
 * express; these expressions let triggers refuse a reference to a missing node. */
#define NODE_EXISTS(k, i) \
  "(CASE " k \
  " WHEN 'claim' THEN EXISTS (SELECT 1 FROM claims WHERE id = " i ")" \
  " WHEN 'entity' THEN EXISTS (SELECT 1 FROM entities WHERE id = " i ")" \
  " WHEN 'source' THEN EXISTS (SELECT 1 FROM sources WHERE id = " i ")" \
  " WHEN 'document' THEN EXISTS (SELECT 1 FROM documents WHERE id = " i ")" \
  " WHEN 'note' THEN EXISTS (SELECT 1 FROM notes WHERE id = " i ")" \
  " ELSE 0 END)"

#define DROP_NODE_TRIGGER(table, kind) \
  "CREATE TRIGGER " table "_forget_node AFTER DELETE ON " table " BEGIN\n" \
  "  DELETE FROM links WHERE (from_kind = '" kind "' AND from_id = old.id)\n" \
  "                       OR (to_kind = '" kind "' AND to_id = old.id);\n" \
  "  DELETE FROM board_items WHERE node_kind = '" kind "' AND node_id = old.id;\n" \
  "END;\n"

/* Version 1: the investigation's tables. */
static const char migration_1[] =
  "CREATE TABLE sources (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),\n"
  "  kind TEXT NOT NULL DEFAULT 'outlet'\n"
  "       CHECK (kind IN ('outlet', 'agency', 'organisation', 'person', 'report')),\n"
  "  url TEXT,\n"
  "  reliability TEXT CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F')),\n"
  "  created TEXT NOT NULL DEFAULT " NOW_UTC "\n"
  ");\n"
  "CREATE TABLE documents (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  title TEXT NOT NULL,\n"
  "  byline TEXT,\n"
  "  url TEXT,\n"
  "  published TEXT,\n"
  "  imported TEXT NOT NULL DEFAULT " NOW_UTC ",\n"
  "  file_name TEXT,\n"
  "  media_type TEXT NOT NULL,\n"
  "  language TEXT,\n"
  "  site_name TEXT,\n"
  "  source_id INTEGER REFERENCES sources (id) ON DELETE SET NULL,\n"
  "  sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),\n"
  "  chars INTEGER NOT NULL CHECK (chars >= 0),\n"
  "  text TEXT NOT NULL\n"
  ");\n"
  "CREATE INDEX documents_by_source ON documents (source_id);\n"
  /* Kept apart so that listing documents never reads the original bytes. */
  "CREATE TABLE document_originals (\n"
  "  document_id INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,\n"
  "  bytes BLOB NOT NULL\n"
  ");\n"
  "CREATE TABLE document_spans (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,\n"
  "  kind TEXT NOT NULL CHECK (kind IN ('heading', 'paragraph', 'blockquote', 'list_item',\n"
  "                                     'link', 'emphasis', 'strong', 'code', 'caption', 'page')),\n"
  "  start INTEGER NOT NULL,\n"
  "  \"end\" INTEGER NOT NULL,\n"
  "  level INTEGER NOT NULL DEFAULT 0,\n"
  "  href TEXT,\n"
  "  CHECK (0 <= start AND start < \"end\")\n"
  ");\n"
  "CREATE INDEX document_spans_by_document ON document_spans (document_id, start);\n"
  "CREATE TABLE entities (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  kind TEXT NOT NULL CHECK (kind IN ('person', 'org', 'place', 'other')),\n"
  "  name TEXT NOT NULL CHECK (length(trim(name)) > 0),\n"
  "  origin TEXT NOT NULL DEFAULT 'user' CHECK (origin IN ('suggested', 'user')),\n"
  "  UNIQUE (kind, name)\n"
  ");\n"
  "CREATE TABLE aliases (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,\n"
  "  name TEXT NOT NULL CHECK (length(trim(name)) > 0),\n"
  "  origin TEXT NOT NULL DEFAULT 'user' CHECK (origin IN ('suggested', 'user')),\n"
  "  UNIQUE (entity_id, name)\n"
  ");\n"
  "CREATE INDEX aliases_by_name ON aliases (name);\n"
  "CREATE TABLE mentions (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,\n"
  "  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,\n"
  "  start INTEGER NOT NULL,\n"
  "  \"end\" INTEGER NOT NULL,\n"
  "  state TEXT NOT NULL DEFAULT 'suggested'\n"
  "        CHECK (state IN ('suggested', 'confirmed', 'rejected')),\n"
  "  CHECK (0 <= start AND start < \"end\"),\n"
  "  UNIQUE (document_id, start, \"end\", entity_id)\n"
  ");\n"
  "CREATE INDEX mentions_by_entity ON mentions (entity_id);\n"
  "CREATE TABLE claims (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,\n"
  "  start INTEGER NOT NULL,\n"
  "  \"end\" INTEGER NOT NULL,\n"
  "  quote TEXT NOT NULL,\n"
  "  context_before TEXT NOT NULL DEFAULT '',\n"
  "  context_after TEXT NOT NULL DEFAULT '',\n"
  "  summary TEXT,\n"
  "  credibility INTEGER CHECK (credibility BETWEEN 1 AND 6),\n"
  "  claimed TEXT,\n"
  "  created TEXT NOT NULL DEFAULT " NOW_UTC ",\n"
  "  CHECK (0 <= start AND start < \"end\")\n"
  ");\n"
  "CREATE INDEX claims_by_document ON claims (document_id, start);\n"
  "CREATE TABLE notes (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  text TEXT NOT NULL,\n"
  "  created TEXT NOT NULL DEFAULT " NOW_UTC "\n"
  ");\n"
  "CREATE TABLE links (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  kind TEXT NOT NULL\n"
  "       CHECK (kind IN ('said_by', 'reported_by', 'supports', 'contradicts', 'related')),\n"
  "  from_kind TEXT NOT NULL CHECK (from_kind IN " NODE_KINDS "),\n"
  "  from_id INTEGER NOT NULL,\n"
  "  to_kind TEXT NOT NULL CHECK (to_kind IN " NODE_KINDS "),\n"
  "  to_id INTEGER NOT NULL,\n"
  "  state TEXT NOT NULL DEFAULT 'confirmed' CHECK (state IN ('suggested', 'confirmed')),\n"
  "  label TEXT,\n"
  "  created TEXT NOT NULL DEFAULT " NOW_UTC ",\n"
  "  UNIQUE (kind, from_kind, from_id, to_kind, to_id),\n"
  "  CHECK (from_kind <> to_kind OR from_id <> to_id),\n"
  "  CHECK (kind <> 'said_by' OR (from_kind = 'claim' AND to_kind = 'entity')),\n"
  "  CHECK (kind <> 'reported_by' OR (from_kind = 'claim' AND to_kind IN ('source', 'document'))),\n"
  "  CHECK (kind NOT IN ('supports', 'contradicts') OR (from_kind = 'claim' AND to_kind = 'claim'))\n"
  ");\n"
  "CREATE INDEX links_by_from ON links (from_kind, from_id);\n"
  "CREATE INDEX links_by_to ON links (to_kind, to_id);\n"
  "CREATE TRIGGER links_refuse_missing_node BEFORE INSERT ON links\n"
  "WHEN NOT " NODE_EXISTS ("new.from_kind", "new.from_id")
  " OR NOT " NODE_EXISTS ("new.to_kind", "new.to_id") "\n"
  "BEGIN SELECT RAISE (ABORT, 'link refers to a missing node'); END;\n"
  "CREATE TABLE boards (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),\n"
  "  created TEXT NOT NULL DEFAULT " NOW_UTC "\n"
  ");\n"
  "CREATE TABLE board_items (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  board_id INTEGER NOT NULL REFERENCES boards (id) ON DELETE CASCADE,\n"
  "  node_kind TEXT NOT NULL CHECK (node_kind IN " NODE_KINDS "),\n"
  "  node_id INTEGER NOT NULL,\n"
  "  x REAL NOT NULL,\n"
  "  y REAL NOT NULL,\n"
  "  w REAL NOT NULL CHECK (w > 0),\n"
  "  h REAL NOT NULL CHECK (h > 0),\n"
  "  color TEXT,\n"
  "  UNIQUE (board_id, node_kind, node_id)\n"
  ");\n"
  "CREATE INDEX board_items_by_node ON board_items (node_kind, node_id);\n"
  "CREATE TRIGGER board_items_refuse_missing_node BEFORE INSERT ON board_items\n"
  "WHEN NOT " NODE_EXISTS ("new.node_kind", "new.node_id") "\n"
  "BEGIN SELECT RAISE (ABORT, 'board item refers to a missing node'); END;\n"
  DROP_NODE_TRIGGER ("claims", "claim")
  DROP_NODE_TRIGGER ("entities", "entity")
  DROP_NODE_TRIGGER ("sources", "source")
  DROP_NODE_TRIGGER ("documents", "document")
  DROP_NODE_TRIGGER ("notes", "note");

/* Version 2: full-text search over documents and claims, kept in step by triggers,
 * and filled from what a version 1 file already holds. */
static const char migration_2[] =
  "CREATE VIRTUAL TABLE documents_fts USING fts5 (\n"
  "  title, text, content = 'documents', content_rowid = 'id',\n"
  "  tokenize = 'unicode61 remove_diacritics 2'\n"
  ");\n"
  "CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN\n"
  "  INSERT INTO documents_fts (rowid, title, text) VALUES (new.id, new.title, new.text);\n"
  "END;\n"
  "CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN\n"
  "  INSERT INTO documents_fts (documents_fts, rowid, title, text)\n"
  "  VALUES ('delete', old.id, old.title, old.text);\n"
  "END;\n"
  "CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN\n"
  "  INSERT INTO documents_fts (documents_fts, rowid, title, text)\n"
  "  VALUES ('delete', old.id, old.title, old.text);\n"
  "  INSERT INTO documents_fts (rowid, title, text) VALUES (new.id, new.title, new.text);\n"
  "END;\n"
  "CREATE VIRTUAL TABLE claims_fts USING fts5 (\n"
  "  quote, summary, content = 'claims', content_rowid = 'id',\n"
  "  tokenize = 'unicode61 remove_diacritics 2'\n"
  ");\n"
  "CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN\n"
  "  INSERT INTO claims_fts (rowid, quote, summary) VALUES (new.id, new.quote, new.summary);\n"
  "END;\n"
  "CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN\n"
  "  INSERT INTO claims_fts (claims_fts, rowid, quote, summary)\n"
  "  VALUES ('delete', old.id, old.quote, old.summary);\n"
  "END;\n"
  "CREATE TRIGGER claims_fts_update AFTER UPDATE OF quote, summary ON claims BEGIN\n"
  "  INSERT INTO claims_fts (claims_fts, rowid, quote, summary)\n"
  "  VALUES ('delete', old.id, old.quote, old.summary);\n"
  "  INSERT INTO claims_fts (rowid, quote, summary) VALUES (new.id, new.quote, new.summary);\n"
  "END;\n"
  "INSERT INTO documents_fts (documents_fts) VALUES ('rebuild');\n"
  "INSERT INTO claims_fts (claims_fts) VALUES ('rebuild');\n";

/* Version 3: what analysis suggests and what people teach it. Entities get a state;
 * detected quotations are kept with the evidence for their suggested speaker; and
 * names confirmed or rejected are remembered for documents imported later. */
static const char migration_3[] =
  "ALTER TABLE entities ADD COLUMN state TEXT NOT NULL DEFAULT 'suggested'\n"
  "  CHECK (state IN ('suggested', 'confirmed', 'rejected'));\n"
  "UPDATE entities SET state = 'confirmed' WHERE origin = 'user';\n"
  "CREATE TABLE quotes (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,\n"
  "  start INTEGER NOT NULL,\n"
  "  \"end\" INTEGER NOT NULL,\n"
  "  scare INTEGER NOT NULL DEFAULT 0 CHECK (scare IN (0, 1)),\n"
  "  speaker_id INTEGER REFERENCES entities (id) ON DELETE SET NULL,\n"
  "  speaker_start INTEGER,\n"
  "  speaker_end INTEGER,\n"
  "  cue TEXT,\n"
  "  cue_start INTEGER,\n"
  "  cue_end INTEGER,\n"
  "  state TEXT NOT NULL DEFAULT 'suggested'\n"
  "        CHECK (state IN ('suggested', 'confirmed', 'rejected')),\n"
  "  CHECK (0 <= start AND start < \"end\")\n"
  ");\n"
  "CREATE INDEX quotes_by_document ON quotes (document_id, start);\n"
  "CREATE INDEX quotes_by_speaker ON quotes (speaker_id);\n"
  "CREATE TABLE entity_verdicts (\n"
  "  name TEXT NOT NULL PRIMARY KEY,\n"
  "  kind TEXT CHECK (kind IN ('person', 'org', 'place', 'other')),\n"
  "  verdict TEXT NOT NULL CHECK (verdict IN ('known', 'rejected')),\n"
  "  CHECK ((verdict = 'known') = (kind IS NOT NULL))\n"
  ");\n"
  "INSERT OR IGNORE INTO entity_verdicts (name, kind, verdict)\n"
  "  SELECT name, kind, 'known' FROM entities WHERE origin = 'user';\n";

static const char * const migrations[] = {
  migration_1,
  migration_2,
  migration_3,
};

guint
_dsr_schema_current_version (void)
{
  return G_N_ELEMENTS (migrations);
}

/**
 * _dsr_schema_migrate:
 *
 * Runs the migrations from @from_version up to @to_version in one transaction,
 * and records the new version. Tests use a @to_version below the current one to
 * make files of an earlier version.
 */
gboolean
_dsr_schema_migrate (sqlite3  *db,
                     guint     from_version,
                     guint     to_version,
                     GError  **error)
{
  g_autofree char *set_version = NULL;
  char *message = NULL;

  g_return_val_if_fail (to_version <= G_N_ELEMENTS (migrations), FALSE);
  g_return_val_if_fail (from_version <= to_version, FALSE);

  if (sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, &message) != SQLITE_OK)
    goto failed;

  for (guint v = from_version; v < to_version; v++)
    {
      if (sqlite3_exec (db, migrations[v], NULL, NULL, &message) != SQLITE_OK)
        {
          sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
          goto failed;
        }
    }

  set_version = g_strdup_printf ("PRAGMA user_version = %u; PRAGMA application_id = %d;",
                                 to_version, DSR_STORE_APPLICATION_ID);
  if (sqlite3_exec (db, set_version, NULL, NULL, &message) != SQLITE_OK ||
      sqlite3_exec (db, "COMMIT", NULL, NULL, &message) != SQLITE_OK)
    {
      sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
      goto failed;
    }

  return TRUE;

failed:
  g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_FAILED,
               _("could not update the file's schema to version %u: %s"),
               to_version, message ? message : sqlite3_errmsg (db));
  sqlite3_free (message);
  return FALSE;
}
