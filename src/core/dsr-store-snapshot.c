/* dsr-store-snapshot.c: a board with everything exports need, and boards brought back
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-store-snapshot"

#include "config.h"

#include <glib/gi18n.h>

#include <math.h>

#include "dsr-board-snapshot.h"
#include "dsr-store-private.h"

/* Who said a claim and who reported it: its said_by and reported_by links, confirmed
 * ones first; the source falls back to the one its document came from. */
static const char claim_sql[] =
  "SELECT c.quote, c.context_before, c.context_after, c.start, c.\"end\", c.summary, "
  "  c.credibility, c.claimed, d.title, d.byline, d.url, d.published, d.sha256, ds.name, "
  "  (SELECT e.name FROM links l JOIN entities e ON e.id = l.to_id "
  "   WHERE l.kind = 'said_by' AND l.from_kind = 'claim' AND l.from_id = c.id "
  "   ORDER BY l.state = 'confirmed' DESC, l.id LIMIT 1), "
  "  rs.name, rs.reliability "
  "FROM claims c JOIN documents d ON d.id = c.document_id "
  "LEFT JOIN sources ds ON ds.id = d.source_id "
  "LEFT JOIN sources rs ON rs.id = coalesce ("
  "  (SELECT l.to_id FROM links l WHERE l.kind = 'reported_by' AND l.from_kind = 'claim' "
  "   AND l.from_id = c.id AND l.to_kind = 'source' ORDER BY l.state = 'confirmed' DESC, l.id "
  "   LIMIT 1), d.source_id) "
  "WHERE c.id = ?";
static const char * const claim_columns[] = {
  "quote", "context_before", "context_after", "start", "end", "summary", "credibility",
  "claimed", "doc_title", "doc_byline", "doc_url", "doc_published", "doc_sha256", "doc_source",
  "speaker", "source", "reliability", NULL
};

static const char entity_sql[] = "SELECT name, kind FROM entities WHERE id = ?";
static const char * const entity_columns[] = { "name", "entity_kind", NULL };

static const char source_sql[] = "SELECT name, kind, url, reliability FROM sources WHERE id = ?";
static const char * const source_columns[] = { "name", "source_kind", "url", "reliability", NULL };

static const char document_sql[] =
  "SELECT d.title, d.byline, d.url, d.published, d.sha256, s.name FROM documents d "
  "LEFT JOIN sources s ON s.id = d.source_id WHERE d.id = ?";
static const char * const document_columns[] = {
  "doc_title", "doc_byline", "doc_url", "doc_published", "doc_sha256", "doc_source", NULL
};

static const char note_sql[] = "SELECT text FROM notes WHERE id = ?";
static const char * const note_columns[] = { "text", NULL };

/* By node kind: claim, entity, source, document, note. */
static const struct { const char *sql; const char * const *columns; } card_queries[] = {
  { claim_sql, claim_columns },
  { entity_sql, entity_columns },
  { source_sql, source_columns },
  { document_sql, document_columns },
  { note_sql, note_columns },
};

static gboolean
fill_card (DsrStore      *self,
           DsrSnapshotCard  *card,
           GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_assert (card->node.kind < G_N_ELEMENTS (card_queries));

  if (!(stmt = _dsr_store_prepare (self, card_queries[card->node.kind].sql, error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, card->node.id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_autofree char *node = dsr_node_to_string (&card->node);

      g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_NOT_FOUND,
                   _("the board shows %s, which is missing"), node);
      return FALSE;
    }

  for (int i = 0; card_queries[card->node.kind].columns[i] != NULL; i++)
    if (sqlite3_column_type (stmt, i) != SQLITE_NULL)
      dsr_snapshot_card_set (card, card_queries[card->node.kind].columns[i],
                          (const char *)sqlite3_column_text (stmt, i));
  return TRUE;
}

/**
 * dsr_store_read_board:
 *
 * Reads the board named @name with what each card's node holds and the links
 * between the cards, for exporting.
 *
 * Returns: (transfer full) (nullable): the board, or %NULL with @error set
 */
DsrBoardSnapshot *
dsr_store_read_board (DsrStore    *self,
                      const char  *name,
                      GError     **error)
{
  g_autoptr(DsrBoardSnapshot) snapshot = NULL;
  g_autoptr(sqlite3_stmt) items = NULL;
  g_autoptr(sqlite3_stmt) links = NULL;
  gint64 board_id;
  int rc;

  g_return_val_if_fail (DSR_IS_STORE (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (!(board_id = dsr_store_find_board (self, name, error)))
    return NULL;
  snapshot = dsr_board_snapshot_new (name);

  items = _dsr_store_prepare (self,
                              "SELECT node_kind, node_id, x, y, w, h, color FROM board_items "
                              "WHERE board_id = ? ORDER BY id", error);
  if (items == NULL)
    return NULL;
  sqlite3_bind_int64 (items, 1, board_id);
  while ((rc = sqlite3_step (items)) == SQLITE_ROW)
    {
      DsrNode node;
      DsrSnapshotCard *card;

      if (!dsr_node_kind_from_string (_dsr_column_text (items, 0), &node.kind))
        continue;
      node.id = sqlite3_column_int64 (items, 1);
      card = dsr_board_snapshot_add_card (snapshot, &node);
      card->x = sqlite3_column_double (items, 2);
      card->y = sqlite3_column_double (items, 3);
      card->w = sqlite3_column_double (items, 4);
      card->h = sqlite3_column_double (items, 5);
      if (sqlite3_column_type (items, 6) != SQLITE_NULL)
        card->color = g_strdup (_dsr_column_text (items, 6));
      if (!fill_card (self, card, error))
        return NULL;
    }
  if (rc != SQLITE_DONE)
    {
      _dsr_store_set_sqlite_error (self, error, _("cannot read the board"));
      return NULL;
    }

  links = _dsr_store_prepare (self,
                              "SELECT l.kind, l.from_kind, l.from_id, l.to_kind, l.to_id, "
                              "  l.state, l.label FROM links l "
                              "JOIN board_items a ON a.board_id = ?1 AND a.node_kind = l.from_kind "
                              "  AND a.node_id = l.from_id "
                              "JOIN board_items b ON b.board_id = ?1 AND b.node_kind = l.to_kind "
                              "  AND b.node_id = l.to_id "
                              "ORDER BY l.id", error);
  if (links == NULL)
    return NULL;
  sqlite3_bind_int64 (links, 1, board_id);
  while ((rc = sqlite3_step (links)) == SQLITE_ROW)
    {
      DsrLinkKind kind;
      DsrNode from, to;
      DsrSnapshotLink *edge;

      if (!dsr_link_kind_from_string (_dsr_column_text (links, 0), &kind) ||
          !dsr_node_kind_from_string (_dsr_column_text (links, 1), &from.kind) ||
          !dsr_node_kind_from_string (_dsr_column_text (links, 3), &to.kind))
        continue;
      from.id = sqlite3_column_int64 (links, 2);
      to.id = sqlite3_column_int64 (links, 4);
      edge = dsr_board_snapshot_add_link (snapshot, kind, &from, &to);
      edge->state = g_strcmp0 (_dsr_column_text (links, 5), "suggested") == 0
                    ? DSR_LINK_STATE_SUGGESTED : DSR_LINK_STATE_CONFIRMED;
      if (sqlite3_column_type (links, 6) != SQLITE_NULL)
        edge->label = g_strdup (_dsr_column_text (links, 6));
    }
  if (rc != SQLITE_DONE)
    {
      _dsr_store_set_sqlite_error (self, error, _("cannot read the board's links"));
      return NULL;
    }
  return g_steal_pointer (&snapshot);
}

/* Importing: each card finds its node in this investigation or makes it. */

static gboolean
card_error (GError            **error,
            const DsrSnapshotCard *card,
            const char         *reason)
{
  g_autofree char *node = dsr_node_to_string (&card->node);

  g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_INVALID, _("card %s: %s"), node, reason);
  return FALSE;
}

static gboolean
parse_int (const char *text,
           gint64      min,
           gint64      max,
           gint64     *value)
{
  return text != NULL && g_ascii_string_to_signed (text, 10, min, max, value, NULL);
}

static gboolean
is_color (const char *color)
{
  if (strlen (color) != 7 || color[0] != '#')
    return FALSE;
  for (int i = 1; i < 7; i++)
    if (!g_ascii_isxdigit (color[i]))
      return FALSE;
  return TRUE;
}

static gboolean
present (const DsrSnapshotCard *card,
         const char         *field)
{
  const char *value = dsr_snapshot_card_get (card, field);

  if (value == NULL)
    return FALSE;
  while (g_ascii_isspace (*value))
    value++;
  return *value != '\0';
}

/* Everything that can be said about a card before touching the file. */
static gboolean
validate_card (const DsrSnapshotCard  *card,
               GError             **error)
{
  const char *value;
  gint64 number;

  if (!isfinite (card->x) || !isfinite (card->y) || fabs (card->x) > 1e9 || fabs (card->y) > 1e9)
    return card_error (error, card, _("its position must be a pair of numbers within ±1e9"));
  if (!isfinite (card->w) || !isfinite (card->h) || card->w <= 0 || card->h <= 0 ||
      card->w > 1e6 || card->h > 1e6)
    return card_error (error, card, _("its size must be positive and at most 1e6"));
  if (card->color != NULL && !is_color (card->color))
    return card_error (error, card, _("its colour is not written #rrggbb"));

  switch (card->node.kind)
    {
    case DSR_NODE_CLAIM:
      if (!present (card, "quote"))
        return card_error (error, card, _("a claim needs its quote"));
      if ((value = dsr_snapshot_card_get (card, "credibility")) != NULL &&
          !parse_int (value, 1, 6, &number))
        return card_error (error, card, _("credibility is a number from 1 to 6"));
      break;
    case DSR_NODE_ENTITY:
      if (!present (card, "name"))
        return card_error (error, card, _("a speaker needs a name"));
      {
        DsrEntityKind kind;

        if ((value = dsr_snapshot_card_get (card, "entity_kind")) != NULL &&
            !dsr_entity_kind_from_string (value, &kind))
          return card_error (error, card, _("the entity kind is not person, org, place or other"));
      }
      break;
    case DSR_NODE_SOURCE:
      if (!present (card, "name"))
        return card_error (error, card, _("a source needs a name"));
      if ((value = dsr_snapshot_card_get (card, "reliability")) != NULL &&
          (strlen (value) != 1 || value[0] < 'A' || value[0] > 'F'))
        return card_error (error, card, _("reliability is a grade from A to F"));
      if ((value = dsr_snapshot_card_get (card, "source_kind")) != NULL &&
          !g_strv_contains ((const char * const[]) { "outlet", "agency", "organisation", "person",
                                                     "report", NULL }, value))
        return card_error (error, card,
                           _("the source kind is not outlet, agency, organisation, person or report"));
      break;
    case DSR_NODE_DOCUMENT:
      if (!present (card, "doc_title"))
        return card_error (error, card, _("a document needs a title"));
      break;
    case DSR_NODE_NOTE:
      if (dsr_snapshot_card_get (card, "text") == NULL)
        return card_error (error, card, _("a note needs its text"));
      break;
    default:
      g_assert_not_reached ();
    }
  return TRUE;
}

static gint64
find_id (DsrStore    *self,
         const char  *sql,
         const char  *a,
         const char  *b,
         GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  if (!(stmt = _dsr_store_prepare (self, sql, error)))
    return -1;
  sqlite3_bind_text (stmt, 1, a, -1, SQLITE_TRANSIENT);
  if (b != NULL)
    sqlite3_bind_text (stmt, 2, b, -1, SQLITE_TRANSIENT);
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  if (rc != SQLITE_DONE)
    {
      _dsr_store_set_sqlite_error (self, error, _("cannot read the investigation"));
      return -1;
    }
  return 0;
}

static gint64
insert_row (DsrStore            *self,
            const char          *sql,
            const char * const  *values,
            guint                n_values,
            GError             **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!(stmt = _dsr_store_prepare (self, sql, error)))
    return 0;
  for (guint i = 0; i < n_values; i++)
    sqlite3_bind_text (stmt, i + 1, values[i], -1, SQLITE_TRANSIENT);
  if (!_dsr_store_step_done (self, stmt, error))
    return 0;
  return sqlite3_last_insert_rowid (self->db);
}

static gint64
resolve_source (DsrStore               *self,
                const DsrSnapshotCard  *card,
                GError                **error)
{
  g_autofree char *name = g_strstrip (g_strdup (dsr_snapshot_card_get (card, "name")));
  const char *kind = dsr_snapshot_card_get (card, "source_kind");
  const char *values[] = {
    name, kind ? kind : "outlet", dsr_snapshot_card_get (card, "url"),
    dsr_snapshot_card_get (card, "reliability"),
  };
  g_autoptr(sqlite3_stmt) update = NULL;
  gint64 id;

  if ((id = find_id (self, "SELECT id FROM sources WHERE name = ?", name, NULL, error)) == 0)
    return insert_row (self, "INSERT INTO sources (name, kind, url, reliability) VALUES (?, ?, ?, ?)",
                       values, G_N_ELEMENTS (values), error);
  if (id < 0)
    return 0;

  /* A grade or address given by the colleague fills what is still empty here. */
  update = _dsr_store_prepare (self,
                               "UPDATE sources SET url = coalesce (url, ?2), "
                               "  reliability = coalesce (reliability, ?3) WHERE id = ?1", error);
  if (update == NULL)
    return 0;
  sqlite3_bind_int64 (update, 1, id);
  sqlite3_bind_text (update, 2, values[2], -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (update, 3, values[3], -1, SQLITE_TRANSIENT);
  if (!_dsr_store_step_done (self, update, error))
    return 0;
  return id;
}

static gint64
resolve_entity (DsrStore            *self,
                const DsrSnapshotCard  *card,
                GError             **error)
{
  g_autofree char *name = g_strstrip (g_strdup (dsr_snapshot_card_get (card, "name")));
  const char *kind = dsr_snapshot_card_get (card, "entity_kind");
  const char *values[] = { kind ? kind : "person", name };
  gint64 id;

  /* The same name as another kind is another entity: a company is not its founder. */
  id = find_id (self,
                "SELECT id FROM entities WHERE kind = ?1 AND name = ?2 "
                "UNION ALL SELECT a.entity_id FROM aliases a JOIN entities e ON e.id = a.entity_id "
                "WHERE e.kind = ?1 AND a.name = ?2 LIMIT 1", values[0], values[1], error);
  if (id != 0)
    return MAX (id, 0);
  return insert_row (self,
                     "INSERT INTO entities (kind, name, origin, state) VALUES (?, ?, 'user', 'confirmed')",
                     values, G_N_ELEMENTS (values), error);
}

static gint64
resolve_note (DsrStore            *self,
              const DsrSnapshotCard  *card,
              GError             **error)
{
  const char *values[] = { dsr_snapshot_card_get (card, "text") };
  gint64 id;

  if ((id = find_id (self, "SELECT id FROM notes WHERE text = ? ORDER BY id LIMIT 1",
                     values[0], NULL, error)) != 0)
    return MAX (id, 0);
  return insert_row (self, "INSERT INTO notes (text) VALUES (?)", values, 1, error);
}

/* A document that is not in this investigation is made again from what the card
 * carries: @text is all of it that is known (a claim's passage with its context, or a
 * document's title), kept as its original bytes so that the checksum holds. */
static gint64
make_document (DsrStore            *self,
               const DsrSnapshotCard  *card,
               const char          *text,
               GError             **error)
{
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autoptr(sqlite3_stmt) original = NULL;
  g_autofree char *sha256 = g_compute_checksum_for_string (G_CHECKSUM_SHA256, text, -1);
  const char *title = dsr_snapshot_card_get (card, "doc_title");
  const char *source = dsr_snapshot_card_get (card, "doc_source");
  gint64 source_id = 0;
  gint64 id;

  if ((id = find_id (self, "SELECT id FROM documents WHERE sha256 = ?", sha256, NULL, error)) != 0)
    return MAX (id, 0);

  if (source != NULL && !(source_id = _dsr_store_ensure_source (self, source, error)))
    return 0;

  insert = _dsr_store_prepare (self,
                               "INSERT INTO documents (title, byline, url, published, media_type, "
                               "  sha256, chars, text, source_id) "
                               "VALUES (?, ?, ?, ?, 'text/plain', ?, ?, ?, nullif (?, 0))", error);
  if (insert == NULL)
    return 0;
  sqlite3_bind_text (insert, 1, title != NULL && *title != '\0' ? title : _("Imported passage"),
                     -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (insert, 2, dsr_snapshot_card_get (card, "doc_byline"), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (insert, 3, dsr_snapshot_card_get (card, "doc_url"), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (insert, 4, dsr_snapshot_card_get (card, "doc_published"), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (insert, 5, sha256, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (insert, 6, g_utf8_strlen (text, -1));
  sqlite3_bind_text (insert, 7, text, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (insert, 8, source_id);
  if (!_dsr_store_step_done (self, insert, error))
    return 0;
  id = sqlite3_last_insert_rowid (self->db);

  original = _dsr_store_prepare (self,
                                 "INSERT INTO document_originals (document_id, bytes) VALUES (?, ?)",
                                 error);
  if (original == NULL)
    return 0;
  sqlite3_bind_int64 (original, 1, id);
  sqlite3_bind_blob (original, 2, text, strlen (text), SQLITE_STATIC);
  if (!_dsr_store_step_done (self, original, error))
    return 0;
  return id;
}

static gint64
resolve_document (DsrStore            *self,
                  const DsrSnapshotCard  *card,
                  GError             **error)
{
  const char *sha256 = dsr_snapshot_card_get (card, "doc_sha256");
  gint64 id;

  if (sha256 != NULL &&
      (id = find_id (self, "SELECT id FROM documents WHERE sha256 = ?", sha256, NULL, error)) != 0)
    return MAX (id, 0);
  return make_document (self, card, dsr_snapshot_card_get (card, "doc_title"), error);
}

/* The claim at @start-@end of @document_id if the document holds @quote there, making
 * it if needed; 0 without an error when the document holds something else. */
static gint64
claim_in_document (DsrStore     *self,
                   gint64        document_id,
                   gint64        start,
                   gint64        end,
                   const char   *quote,
                   GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = _dsr_store_prepare (self,
                             "SELECT substr (d.text, ?2 + 1, ?3 - ?2) = ?4, "
                             "  (SELECT c.id FROM claims c WHERE c.document_id = d.id "
                             "   AND c.start = ?2 AND c.\"end\" = ?3) "
                             "FROM documents d WHERE d.id = ?1", error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, document_id);
  sqlite3_bind_int64 (stmt, 2, start);
  sqlite3_bind_int64 (stmt, 3, end);
  sqlite3_bind_text (stmt, 4, quote, -1, SQLITE_TRANSIENT);
  if ((rc = sqlite3_step (stmt)) != SQLITE_ROW)
    {
      if (rc != SQLITE_DONE)
        _dsr_store_set_sqlite_error (self, error, _("cannot read the investigation"));
      return rc == SQLITE_DONE ? 0 : -1;
    }
  if (!sqlite3_column_int (stmt, 0))
    return 0;
  if (sqlite3_column_type (stmt, 1) != SQLITE_NULL)
    return sqlite3_column_int64 (stmt, 1);
  return _dsr_store_insert_claim (self, document_id, start, end, error) ?: -1;
}

static gint64
resolve_claim (DsrStore            *self,
               const DsrSnapshotCard  *card,
               GError             **error)
{
  const char *quote = dsr_snapshot_card_get (card, "quote");
  const char *before = dsr_snapshot_card_get (card, "context_before");
  const char *after = dsr_snapshot_card_get (card, "context_after");
  const char *sha256 = dsr_snapshot_card_get (card, "doc_sha256");
  g_autofree char *text = NULL;
  g_autoptr(sqlite3_stmt) update = NULL;
  gint64 start, end, document_id, credibility, id = 0;

  /* The same passage of a document this investigation holds is the same claim. */
  if (sha256 != NULL &&
      parse_int (dsr_snapshot_card_get (card, "start"), 0, G_MAXINT32, &start) &&
      parse_int (dsr_snapshot_card_get (card, "end"), start + 1, G_MAXINT32, &end))
    {
      document_id = find_id (self, "SELECT id FROM documents WHERE sha256 = ?", sha256, NULL, error);
      if (document_id < 0)
        return 0;
      if (document_id > 0 &&
          (id = claim_in_document (self, document_id, start, end, quote, error)) < 0)
        return 0;
    }

  if (id == 0)
    {
      before = before ? before : "";
      after = after ? after : "";
      text = g_strconcat (before, quote, after, NULL);
      start = g_utf8_strlen (before, -1);
      end = start + g_utf8_strlen (quote, -1);
      if (!(document_id = make_document (self, card, text, error)))
        return 0;
      if ((id = claim_in_document (self, document_id, start, end, quote, error)) <= 0)
        return 0;
    }

  /* What the colleague added to the claim fills what is still empty here. */
  update = _dsr_store_prepare (self,
                               "UPDATE claims SET summary = coalesce (summary, ?2), "
                               "  credibility = coalesce (credibility, ?3), "
                               "  claimed = coalesce (claimed, ?4) WHERE id = ?1", error);
  if (update == NULL)
    return 0;
  sqlite3_bind_int64 (update, 1, id);
  sqlite3_bind_text (update, 2, dsr_snapshot_card_get (card, "summary"), -1, SQLITE_TRANSIENT);
  if (parse_int (dsr_snapshot_card_get (card, "credibility"), 1, 6, &credibility))
    sqlite3_bind_int64 (update, 3, credibility);
  sqlite3_bind_text (update, 4, dsr_snapshot_card_get (card, "claimed"), -1, SQLITE_TRANSIENT);
  if (!_dsr_store_step_done (self, update, error))
    return 0;
  return id;
}

static gint64
resolve_card (DsrStore            *self,
              const DsrSnapshotCard  *card,
              GError             **error)
{
  switch (card->node.kind)
    {
    case DSR_NODE_CLAIM:
      return resolve_claim (self, card, error);
    case DSR_NODE_ENTITY:
      return resolve_entity (self, card, error);
    case DSR_NODE_SOURCE:
      return resolve_source (self, card, error);
    case DSR_NODE_DOCUMENT:
      return resolve_document (self, card, error);
    case DSR_NODE_NOTE:
      return resolve_note (self, card, error);
    default:
      g_assert_not_reached ();
    }
}

static gboolean
validate_snapshot (const DsrBoardSnapshot  *snapshot,
                   GHashTable              *cards,
                   GError                 **error)
{
  for (guint i = 0; i < snapshot->cards->len; i++)
    {
      DsrSnapshotCard *card = g_ptr_array_index (snapshot->cards, i);
      char *key = dsr_node_to_string (&card->node);

      if (!validate_card (card, error))
        {
          g_free (key);
          return FALSE;
        }
      if (!g_hash_table_insert (cards, key, card))
        return card_error (error, card, _("the board holds it twice"));
    }

  for (guint i = 0; i < snapshot->edges->len; i++)
    {
      DsrSnapshotLink *edge = g_ptr_array_index (snapshot->edges, i);
      g_autofree char *from = dsr_node_to_string (&edge->from);
      g_autofree char *to = dsr_node_to_string (&edge->to);

      if (!g_hash_table_contains (cards, from) || !g_hash_table_contains (cards, to))
        {
          g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_INVALID,
                       _("link %s → %s: joins a card that is not on the board"), from, to);
          return FALSE;
        }
      if (g_str_equal (from, to) || !dsr_link_kind_accepts (edge->kind, edge->from.kind, edge->to.kind))
        {
          g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_INVALID,
                       _("link %s → %s: a %s link cannot join these"), from, to,
                       dsr_link_kind_to_string (edge->kind));
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
place_card (DsrStore            *self,
            gint64               board_id,
            const DsrSnapshotCard  *card,
            const DsrNode       *node,
            GError             **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = _dsr_store_prepare (self,
                             "INSERT INTO board_items (board_id, node_kind, node_id, x, y, w, h, color) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT (board_id, node_kind, node_id) DO NOTHING", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, board_id);
  sqlite3_bind_text (stmt, 2, dsr_node_kind_to_string (node->kind), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, node->id);
  sqlite3_bind_double (stmt, 4, card->x);
  sqlite3_bind_double (stmt, 5, card->y);
  sqlite3_bind_double (stmt, 6, card->w);
  sqlite3_bind_double (stmt, 7, card->h);
  sqlite3_bind_text (stmt, 8, card->color, -1, SQLITE_TRANSIENT);
  if (!_dsr_store_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (self->db) == 0)
    return card_error (error, card, _("it is the same node as another card on the board"));
  return TRUE;
}

static gboolean
insert_edge (DsrStore            *self,
             const DsrSnapshotLink  *edge,
             const DsrNode       *from,
             const DsrNode       *to,
             GError             **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  /* A link this investigation already has stays as it is. */
  stmt = _dsr_store_prepare (self,
                             "INSERT INTO links (kind, from_kind, from_id, to_kind, to_id, state, label) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT (kind, from_kind, from_id, to_kind, to_id) DO NOTHING",
                             error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, dsr_link_kind_to_string (edge->kind), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, dsr_node_kind_to_string (from->kind), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, from->id);
  sqlite3_bind_text (stmt, 4, dsr_node_kind_to_string (to->kind), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 5, to->id);
  sqlite3_bind_text (stmt, 6, edge->state == DSR_LINK_STATE_SUGGESTED ? "suggested" : "confirmed",
                     -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, edge->label, -1, SQLITE_TRANSIENT);
  return _dsr_store_step_done (self, stmt, error);
}

/**
 * dsr_store_import_board:
 * @name: (nullable): the new board's name, or %NULL for the snapshot's
 *
 * Stores @snapshot as a new board, in one transaction. Each card's node is the
 * matching one of this investigation when there is one (a document by its sha256, a
 * claim by its document and offsets, an entity by kind and name or alias, a source by
 * name, a note by its text); otherwise it is made from what the card carries. On any
 * error nothing is changed.
 *
 * Returns: the new board's id, or 0 with @error set
 */
gint64
dsr_store_import_board (DsrStore                *self,
                        const DsrBoardSnapshot  *snapshot,
                        const char              *name,
                        GError                 **error)
{
  g_autoptr(GHashTable) cards = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) nodes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  gint64 board_id;

  g_return_val_if_fail (DSR_IS_STORE (self), 0);
  g_return_val_if_fail (snapshot != NULL, 0);

  if (!validate_snapshot (snapshot, cards, error))
    return 0;

  if (!_dsr_store_begin (self, error))
    return 0;

  if (!(board_id = dsr_store_create_board (self, name ? name : snapshot->name, error)))
    goto failed;

  for (guint i = 0; i < snapshot->cards->len; i++)
    {
      DsrSnapshotCard *card = g_ptr_array_index (snapshot->cards, i);
      DsrNode *node = g_new (DsrNode, 1);

      node->kind = card->node.kind;
      g_hash_table_insert (nodes, dsr_node_to_string (&card->node), node);
      if (!(node->id = resolve_card (self, card, error)) ||
          !place_card (self, board_id, card, node, error))
        goto failed;
    }

  for (guint i = 0; i < snapshot->edges->len; i++)
    {
      DsrSnapshotLink *edge = g_ptr_array_index (snapshot->edges, i);
      g_autofree char *from = dsr_node_to_string (&edge->from);
      g_autofree char *to = dsr_node_to_string (&edge->to);

      if (!insert_edge (self, edge, g_hash_table_lookup (nodes, from),
                        g_hash_table_lookup (nodes, to), error))
        goto failed;
    }

  if (!_dsr_store_commit (self, error))
    return 0;
  return board_id;

failed:
  _dsr_store_rollback (self);
  return 0;
}
