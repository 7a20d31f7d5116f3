/* dsr-store-board-edits.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-store-board-edits"

#include "config.h"

#include <glib/gi18n.h>

#include <math.h>

#include "dsr-store-private.h"

/* Edits made on the evidence board. Each is one transaction, stored at once: a kill at
 * any moment loses at most the edit in flight. Links are the investigation's, so none
 * of the board edits below removes a link; deleting a link is its own edit. */

static gboolean
require_board (DsrStore  *self,
               gint64     board_id,
               GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!(stmt = _dsr_store_prepare (self, "SELECT 1 FROM boards WHERE id = ?", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, board_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    return TRUE;
  g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_NOT_FOUND,
               _("no board with id %lld"), (long long)board_id);
  return FALSE;
}

static gboolean
check_geometry (const DsrBoardItem  *item,
                GError             **error)
{
  const double values[] = { item->x, item->y, item->w, item->h };

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      if (!isfinite (values[i]) || fabs (values[i]) > 1e9)
        {
          g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_INVALID,
                       _("a card's position and size must be numbers within ±1e9"));
          return FALSE;
        }
    }
  if (item->w <= 0 || item->h <= 0)
    {
      g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_INVALID,
                   _("a card must have a positive size"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
put_item (DsrStore            *self,
          sqlite3_stmt        *stmt,
          gint64               board_id,
          const DsrBoardItem  *item,
          GError             **error)
{
  sqlite3_reset (stmt);
  sqlite3_bind_int64 (stmt, 1, board_id);
  sqlite3_bind_text (stmt, 2, dsr_node_kind_to_string (item->node.kind), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, item->node.id);
  sqlite3_bind_double (stmt, 4, item->x);
  sqlite3_bind_double (stmt, 5, item->y);
  sqlite3_bind_double (stmt, 6, item->w);
  sqlite3_bind_double (stmt, 7, item->h);
  return _dsr_store_step_done (self, stmt, error);
}

static sqlite3_stmt *
prepare_put (DsrStore  *self,
             GError   **error)
{
  return _dsr_store_prepare (self,
                             "INSERT INTO board_items (board_id, node_kind, node_id, x, y, w, h) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
                             "ON CONFLICT (board_id, node_kind, node_id) DO UPDATE "
                             "SET x = ?4, y = ?5, w = ?6, h = ?7", error);
}

/**
 * dsr_store_board_put_items:
 *
 * Places each item on the board with its position and size, or moves and resizes it
 * when it is there already: adding cards, moving a group and undoing a removal are
 * all this one edit.
 *
 * Returns: %TRUE on success; on failure nothing changed
 */
gboolean
dsr_store_board_put_items (DsrStore            *self,
                           gint64               board_id,
                           const DsrBoardItem  *items,
                           guint                n_items,
                           GError             **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (DSR_IS_STORE (self), FALSE);
  g_return_val_if_fail (items != NULL || n_items == 0, FALSE);

  for (guint i = 0; i < n_items; i++)
    if (!check_geometry (&items[i], error))
      return FALSE;

  if (!_dsr_store_begin (self, error))
    return FALSE;
  if (!require_board (self, board_id, error) || !(stmt = prepare_put (self, error)))
    goto failed;

  for (guint i = 0; i < n_items; i++)
    {
      if (!dsr_store_node_exists (self, &items[i].node, NULL))
        {
          g_autofree char *name = dsr_node_to_string (&items[i].node);

          g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_NOT_FOUND, _("no %s"), name);
          goto failed;
        }
      if (!put_item (self, stmt, board_id, &items[i], error))
        goto failed;
    }
  return _dsr_store_commit (self, error);

failed:
  _dsr_store_rollback (self);
  return FALSE;
}

/**
 * dsr_store_board_remove_items:
 *
 * Takes cards off a board. The nodes and their links stay in the investigation.
 *
 * Returns: %TRUE on success
 */
gboolean
dsr_store_board_remove_items (DsrStore       *self,
                              gint64          board_id,
                              const DsrNode  *nodes,
                              guint           n_nodes,
                              GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (DSR_IS_STORE (self), FALSE);
  g_return_val_if_fail (nodes != NULL || n_nodes == 0, FALSE);

  if (!_dsr_store_begin (self, error))
    return FALSE;
  if (!require_board (self, board_id, error))
    goto failed;
  stmt = _dsr_store_prepare (self,
                             "DELETE FROM board_items WHERE board_id = ? AND node_kind = ? "
                             "AND node_id = ?", error);
  if (stmt == NULL)
    goto failed;

  for (guint i = 0; i < n_nodes; i++)
    {
      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, board_id);
      sqlite3_bind_text (stmt, 2, dsr_node_kind_to_string (nodes[i].kind), -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 3, nodes[i].id);
      if (!_dsr_store_step_done (self, stmt, error))
        goto failed;
    }
  return _dsr_store_commit (self, error);

failed:
  _dsr_store_rollback (self);
  return FALSE;
}

/**
 * dsr_store_board_add_claim:
 * @speaker_id: an entity suggested as the claim's speaker, or 0
 * @item: where the card goes; its node is ignored
 *
 * Makes a claim of the passage @start - @end (code points) of a document and pins its
 * card on the board, in one transaction; the speaker, if any, is linked as a
 * suggestion (said_by).
 *
 * Returns: the claim's id, or 0 with @error set and nothing changed
 */
gint64
dsr_store_board_add_claim (DsrStore            *self,
                           gint64               board_id,
                           gint64               document_id,
                           gint64               start,
                           gint64               end,
                           gint64               speaker_id,
                           const DsrBoardItem  *item,
                           GError             **error)
{
  g_autoptr(sqlite3_stmt) put = NULL;
  DsrBoardItem card = *item;

  g_return_val_if_fail (DSR_IS_STORE (self), 0);
  g_return_val_if_fail (item != NULL, 0);

  if (!check_geometry (item, error) || !_dsr_store_begin (self, error))
    return 0;
  if (!require_board (self, board_id, error))
    goto failed;
  card.node = (DsrNode) { DSR_NODE_CLAIM, 0 };
  if (!(card.node.id = _dsr_store_insert_claim (self, document_id, start, end, error)))
    goto failed;
  if (speaker_id > 0)
    {
      g_autoptr(sqlite3_stmt) link = NULL;

      link = _dsr_store_prepare (self,
                                 "INSERT INTO links (kind, from_kind, from_id, to_kind, to_id, state) "
                                 "VALUES ('said_by', 'claim', ?, 'entity', ?, 'suggested')", error);
      if (link == NULL)
        goto failed;
      sqlite3_bind_int64 (link, 1, card.node.id);
      sqlite3_bind_int64 (link, 2, speaker_id);
      if (!_dsr_store_step_done (self, link, error))
        goto failed;
    }
  if (!(put = prepare_put (self, error)) || !put_item (self, put, board_id, &card, error))
    goto failed;
  if (!_dsr_store_commit (self, error))
    return 0;
  return card.node.id;

failed:
  _dsr_store_rollback (self);
  return 0;
}

/**
 * dsr_store_claim_is_used:
 * @board_id: the board the claim was placed on
 * @used: (out): whether the claim is placed on another board or has a confirmed link
 *
 * Tells whether a claim matters beyond the one card it has on @board_id: a user put
 * it on another board, or confirmed a link of it. Suggested links do not count.
 *
 * Returns: %TRUE on success
 */
gboolean
dsr_store_claim_is_used (DsrStore   *self,
                         gint64      claim_id,
                         gint64      board_id,
                         gboolean   *used,
                         GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (DSR_IS_STORE (self), FALSE);
  g_return_val_if_fail (used != NULL, FALSE);

  stmt = _dsr_store_prepare (self,
                             "SELECT EXISTS (SELECT 1 FROM board_items WHERE node_kind = 'claim' "
                             "                 AND node_id = ?1 AND board_id <> ?2) "
                             "    OR EXISTS (SELECT 1 FROM links WHERE state = 'confirmed' AND "
                             "                 ((from_kind = 'claim' AND from_id = ?1) OR "
                             "                  (to_kind = 'claim' AND to_id = ?1)))", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, claim_id);
  sqlite3_bind_int64 (stmt, 2, board_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      _dsr_store_set_sqlite_error (self, error, _("cannot read the claim’s uses"));
      return FALSE;
    }
  *used = sqlite3_column_int (stmt, 0) != 0;
  return TRUE;
}

static gint64
insert_note (DsrStore    *self,
             const char  *text,
             GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!(stmt = _dsr_store_prepare (self, "INSERT INTO notes (text) VALUES (?)", error)))
    return 0;
  sqlite3_bind_text (stmt, 1, text, -1, SQLITE_TRANSIENT);
  if (!_dsr_store_step_done (self, stmt, error))
    return 0;
  return sqlite3_last_insert_rowid (self->db);
}

/**
 * dsr_store_board_add_note:
 * @item: where the note goes; its node is ignored
 *
 * Writes a free note and pins it on the board, in one transaction.
 *
 * Returns: the note's id, or 0 with @error set
 */
gint64
dsr_store_board_add_note (DsrStore            *self,
                          gint64               board_id,
                          const char          *text,
                          const DsrBoardItem  *item,
                          GError             **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  DsrBoardItem placed;

  g_return_val_if_fail (DSR_IS_STORE (self), 0);
  g_return_val_if_fail (text != NULL && item != NULL, 0);

  if (!check_geometry (item, error))
    return 0;
  if (!_dsr_store_begin (self, error))
    return 0;
  if (!require_board (self, board_id, error) || !(stmt = prepare_put (self, error)))
    goto failed;

  placed = *item;
  placed.node.kind = DSR_NODE_NOTE;
  if (!(placed.node.id = insert_note (self, text, error)) ||
      !put_item (self, stmt, board_id, &placed, error) ||
      !_dsr_store_commit (self, error))
    goto failed;
  return placed.node.id;

failed:
  _dsr_store_rollback (self);
  return 0;
}

static gboolean
update_one (DsrStore      *self,
            sqlite3_stmt  *stmt,
            const char    *missing,
            GError       **error)
{
  if (!_dsr_store_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error_literal (error, DSR_STORE_ERROR, DSR_STORE_ERROR_NOT_FOUND, missing);
      return FALSE;
    }
  return TRUE;
}

/**
 * dsr_store_set_note_text:
 *
 * Returns: %TRUE on success
 */
gboolean
dsr_store_set_note_text (DsrStore    *self,
                         gint64       note_id,
                         const char  *text,
                         GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (DSR_IS_STORE (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  if (!_dsr_store_ensure_writable (self, error))
    return FALSE;
  if (!(stmt = _dsr_store_prepare (self, "UPDATE notes SET text = ? WHERE id = ?", error)))
    return FALSE;
  sqlite3_bind_text (stmt, 1, text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, note_id);
  return update_one (self, stmt, _("no such note"), error);
}

static void
bind_link (sqlite3_stmt   *stmt,
           int             first,
           DsrLinkKind     kind,
           const DsrNode  *from,
           const DsrNode  *to)
{
  sqlite3_bind_text (stmt, first, dsr_link_kind_to_string (kind), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, first + 1, dsr_node_kind_to_string (from->kind), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, first + 2, from->id);
  sqlite3_bind_text (stmt, first + 3, dsr_node_kind_to_string (to->kind), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, first + 4, to->id);
}

#define LINK_MATCH "kind = ? AND from_kind = ? AND from_id = ? AND to_kind = ? AND to_id = ?"

/**
 * dsr_store_delete_link:
 *
 * Deletes the link of @kind from @from to @to, from the investigation (and so from
 * every board).
 *
 * Returns: %TRUE on success; %DSR_STORE_ERROR_NOT_FOUND when there is no such link
 */
gboolean
dsr_store_delete_link (DsrStore       *self,
                       DsrLinkKind     kind,
                       const DsrNode  *from,
                       const DsrNode  *to,
                       GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (DSR_IS_STORE (self), FALSE);
  g_return_val_if_fail (from != NULL && to != NULL, FALSE);

  if (!_dsr_store_ensure_writable (self, error))
    return FALSE;
  if (!(stmt = _dsr_store_prepare (self, "DELETE FROM links WHERE " LINK_MATCH, error)))
    return FALSE;
  bind_link (stmt, 1, kind, from, to);
  return update_one (self, stmt, _("no such link"), error);
}

/**
 * dsr_store_set_link_label:
 * @label: (nullable): the label, or %NULL or "" for none
 *
 * Returns: %TRUE on success
 */
gboolean
dsr_store_set_link_label (DsrStore       *self,
                          DsrLinkKind     kind,
                          const DsrNode  *from,
                          const DsrNode  *to,
                          const char     *label,
                          GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (DSR_IS_STORE (self), FALSE);
  g_return_val_if_fail (from != NULL && to != NULL, FALSE);

  if (!_dsr_store_ensure_writable (self, error))
    return FALSE;
  stmt = _dsr_store_prepare (self, "UPDATE links SET label = nullif (?1, '') WHERE "
                             "kind = ?2 AND from_kind = ?3 AND from_id = ?4 AND to_kind = ?5 "
                             "AND to_id = ?6", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, label, -1, SQLITE_TRANSIENT);
  bind_link (stmt, 2, kind, from, to);
  return update_one (self, stmt, _("no such link"), error);
}

/**
 * dsr_store_set_link_state:
 *
 * Confirms a suggested link, or turns a confirmed one back into a suggestion.
 *
 * Returns: %TRUE on success
 */
gboolean
dsr_store_set_link_state (DsrStore       *self,
                          DsrLinkKind     kind,
                          const DsrNode  *from,
                          const DsrNode  *to,
                          DsrLinkState    state,
                          GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (DSR_IS_STORE (self), FALSE);
  g_return_val_if_fail (from != NULL && to != NULL, FALSE);

  if (!_dsr_store_ensure_writable (self, error))
    return FALSE;
  stmt = _dsr_store_prepare (self, "UPDATE links SET state = ?1 WHERE "
                             "kind = ?2 AND from_kind = ?3 AND from_id = ?4 AND to_kind = ?5 "
                             "AND to_id = ?6", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, state == DSR_LINK_STATE_CONFIRMED ? "confirmed" : "suggested",
                     -1, SQLITE_STATIC);
  bind_link (stmt, 2, kind, from, to);
  return update_one (self, stmt, _("no such link"), error);
}

static char *
valid_board_name (DsrStore    *self,
                  const char  *name,
                  GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (name));

  if (*trimmed == '\0')
    {
      g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_INVALID, _("a board needs a name"));
      return NULL;
    }
  if (dsr_store_find_board (self, trimmed, NULL) > 0)
    {
      g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_EXISTS,
                   _("a board named “%s” already exists"), trimmed);
      return NULL;
    }
  return g_steal_pointer (&trimmed);
}

/**
 * dsr_store_rename_board:
 *
 * Returns: %TRUE on success; fails when another board has the name
 */
gboolean
dsr_store_rename_board (DsrStore    *self,
                        gint64       board_id,
                        const char  *name,
                        GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *valid = NULL;

  g_return_val_if_fail (DSR_IS_STORE (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  if (!_dsr_store_ensure_writable (self, error))
    return FALSE;
  if (!(valid = valid_board_name (self, name, error)))
    return FALSE;
  if (!(stmt = _dsr_store_prepare (self, "UPDATE boards SET name = ? WHERE id = ?", error)))
    return FALSE;
  sqlite3_bind_text (stmt, 1, valid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, board_id);
  return update_one (self, stmt, _("no such board"), error);
}

/* Places a copy of @item: a note gets a note of its own with the same text, so that
 * editing one board's note does not change another's; other nodes are shared. */
static gboolean
place_copy (DsrStore      *self,
            sqlite3_stmt  *put,
            gint64         board_id,
            DsrBoardItem  *item,
            GError       **error)
{
  if (item->node.kind == DSR_NODE_NOTE)
    {
      g_autoptr(sqlite3_stmt) text = NULL;

      if (!(text = _dsr_store_prepare (self, "SELECT text FROM notes WHERE id = ?", error)))
        return FALSE;
      sqlite3_bind_int64 (text, 1, item->node.id);
      if (sqlite3_step (text) != SQLITE_ROW)
        {
          g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_NOT_FOUND,
                       _("no note:%lld"), (long long)item->node.id);
          return FALSE;
        }
      if (!(item->node.id = insert_note (self, _dsr_column_text (text, 0), error)))
        return FALSE;
    }
  else if (!dsr_store_node_exists (self, &item->node, NULL))
    {
      g_autofree char *name = dsr_node_to_string (&item->node);

      g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_NOT_FOUND, _("no %s"), name);
      return FALSE;
    }
  return put_item (self, put, board_id, item, error);
}

/**
 * dsr_store_board_paste_items:
 *
 * Pastes cards copied from any board: the nodes are placed at the items' positions
 * (moved if already on the board), and notes are copied. Links come with the nodes,
 * since they belong to the investigation.
 *
 * Returns: (transfer full) (element-type DsrBoardItem) (nullable): the items as placed
 *   (a pasted note is a new note), or %NULL with @error set and nothing changed
 */
GArray *
dsr_store_board_paste_items (DsrStore            *self,
                             gint64               board_id,
                             const DsrBoardItem  *items,
                             guint                n_items,
                             GError             **error)
{
  g_autoptr(sqlite3_stmt) put = NULL;
  g_autoptr(GArray) placed = NULL;

  g_return_val_if_fail (DSR_IS_STORE (self), NULL);
  g_return_val_if_fail (items != NULL || n_items == 0, NULL);

  for (guint i = 0; i < n_items; i++)
    if (!check_geometry (&items[i], error))
      return NULL;

  placed = g_array_sized_new (FALSE, TRUE, sizeof (DsrBoardItem), n_items);
  g_array_append_vals (placed, items, n_items);

  if (!_dsr_store_begin (self, error))
    return NULL;
  if (!require_board (self, board_id, error) || !(put = prepare_put (self, error)))
    goto failed;
  for (guint i = 0; i < n_items; i++)
    if (!place_copy (self, put, board_id, &g_array_index (placed, DsrBoardItem, i), error))
      goto failed;
  if (!_dsr_store_commit (self, error))
    return NULL;
  return g_steal_pointer (&placed);

failed:
  _dsr_store_rollback (self);
  return NULL;
}

/**
 * dsr_store_duplicate_board:
 *
 * Makes a new board named @name holding the same cards at the same places (notes
 * are copied).
 *
 * Returns: the new board's id, or 0 with @error set
 */
gint64
dsr_store_duplicate_board (DsrStore    *self,
                           gint64       board_id,
                           const char  *name,
                           GError     **error)
{
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autoptr(sqlite3_stmt) put = NULL;
  g_autoptr(GArray) items = NULL;
  g_autofree char *valid = NULL;
  gint64 copy_id;

  g_return_val_if_fail (DSR_IS_STORE (self), 0);
  g_return_val_if_fail (name != NULL, 0);

  if (!_dsr_store_begin (self, error))
    return 0;
  if (!(items = dsr_store_list_board_items (self, board_id, error)) ||
      !(valid = valid_board_name (self, name, error)) ||
      !(insert = _dsr_store_prepare (self, "INSERT INTO boards (name) VALUES (?)", error)))
    goto failed;
  sqlite3_bind_text (insert, 1, valid, -1, SQLITE_TRANSIENT);
  if (!_dsr_store_step_done (self, insert, error))
    goto failed;
  copy_id = sqlite3_last_insert_rowid (self->db);

  if (!(put = prepare_put (self, error)))
    goto failed;
  for (guint i = 0; i < items->len; i++)
    if (!place_copy (self, put, copy_id, &g_array_index (items, DsrBoardItem, i), error))
      goto failed;
  if (!_dsr_store_commit (self, error))
    return 0;
  return copy_id;

failed:
  _dsr_store_rollback (self);
  return 0;
}

/**
 * dsr_store_delete_board:
 *
 * Deletes a board and its placements. Its nodes and links stay in the investigation.
 *
 * Returns: %TRUE on success
 */
gboolean
dsr_store_delete_board (DsrStore  *self,
                        gint64     board_id,
                        GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (DSR_IS_STORE (self), FALSE);

  if (!_dsr_store_ensure_writable (self, error))
    return FALSE;
  if (!(stmt = _dsr_store_prepare (self, "DELETE FROM boards WHERE id = ?", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, board_id);
  return update_one (self, stmt, _("no such board"), error);
}

void
dsr_board_card_text_clear (DsrBoardCardText *card)
{
  g_clear_pointer (&card->title, g_free);
  g_clear_pointer (&card->detail, g_free);
  g_clear_pointer (&card->speaker, g_free);
  g_clear_pointer (&card->source, g_free);
}

/* A claim's chips prefer a confirmed link to a suggested one, then the oldest. */
#define CHIP(kind, name_sql) \
  "(SELECT " name_sql " FROM links l WHERE l.kind = '" kind "' AND l.from_kind = 'claim' " \
  "AND l.from_id = i.node_id ORDER BY l.state = 'confirmed' DESC, l.id LIMIT 1)"

#define SPEAKER_CHIP CHIP ("said_by", "(SELECT name FROM entities WHERE id = l.to_id)")
#define SOURCE_CHIP \
  CHIP ("reported_by", "CASE l.to_kind WHEN 'source' THEN (SELECT name FROM sources " \
        "WHERE id = l.to_id) ELSE (SELECT title FROM documents WHERE id = l.to_id) END")

/**
 * dsr_store_list_board_cards:
 *
 * Reads a board's cards with what each shows, in one query.
 *
 * Returns: (transfer full) (element-type DsrBoardCardText) (nullable): the cards
 */
GArray *
dsr_store_list_board_cards (DsrStore  *self,
                            gint64     board_id,
                            GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) cards = g_array_new (FALSE, TRUE, sizeof (DsrBoardCardText));
  int rc;

  g_return_val_if_fail (DSR_IS_STORE (self), NULL);

  g_array_set_clear_func (cards, (GDestroyNotify)dsr_board_card_text_clear);
  if (!require_board (self, board_id, error))
    return NULL;

  stmt = _dsr_store_prepare (self,
    "SELECT i.node_kind, i.node_id, i.x, i.y, i.w, i.h, "
    "  CASE i.node_kind WHEN 'claim' THEN c.quote WHEN 'entity' THEN e.name "
    "    WHEN 'source' THEN s.name WHEN 'document' THEN d.title ELSE n.text END, "
    "  CASE i.node_kind WHEN 'entity' THEN e.kind WHEN 'source' THEN s.kind "
    "    WHEN 'document' THEN d.byline END, "
    "  s.reliability, "
    "  CASE WHEN i.node_kind = 'claim' THEN " SPEAKER_CHIP " END, "
    "  CASE WHEN i.node_kind = 'claim' THEN " SOURCE_CHIP " END "
    "FROM board_items i "
    "LEFT JOIN claims c ON i.node_kind = 'claim' AND c.id = i.node_id "
    "LEFT JOIN entities e ON i.node_kind = 'entity' AND e.id = i.node_id "
    "LEFT JOIN sources s ON i.node_kind = 'source' AND s.id = i.node_id "
    "LEFT JOIN documents d ON i.node_kind = 'document' AND d.id = i.node_id "
    "LEFT JOIN notes n ON i.node_kind = 'note' AND n.id = i.node_id "
    "WHERE i.board_id = ? ORDER BY i.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, board_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      DsrBoardCardText card = { { { 0, }, }, };
      const char *grade;

      if (!dsr_node_kind_from_string (_dsr_column_text (stmt, 0), &card.item.node.kind))
        continue;
      card.item.node.id = sqlite3_column_int64 (stmt, 1);
      card.item.x = sqlite3_column_double (stmt, 2);
      card.item.y = sqlite3_column_double (stmt, 3);
      card.item.w = sqlite3_column_double (stmt, 4);
      card.item.h = sqlite3_column_double (stmt, 5);
      card.title = g_strdup (_dsr_column_text (stmt, 6));
      card.detail = g_strdup ((const char *)sqlite3_column_text (stmt, 7));
      grade = (const char *)sqlite3_column_text (stmt, 8);
      card.grade = grade != NULL ? grade[0] : 0;
      card.speaker = g_strdup ((const char *)sqlite3_column_text (stmt, 9));
      card.source = g_strdup ((const char *)sqlite3_column_text (stmt, 10));
      if (card.item.node.kind == DSR_NODE_ENTITY && card.detail != NULL)
        dsr_entity_kind_from_string (card.detail, &card.entity_kind);
      g_array_append_val (cards, card);
    }
  if (rc != SQLITE_DONE)
    {
      _dsr_store_set_sqlite_error (self, error, _("cannot read the board"));
      return NULL;
    }
  return g_steal_pointer (&cards);
}

/**
 * dsr_store_dup_board_link_labels:
 *
 * Returns: (transfer full) (nullable): link id (a pointer to a gint64) -> label, for
 *   the labelled links between the board's cards
 */
GHashTable *
dsr_store_dup_board_link_labels (DsrStore  *self,
                                 gint64     board_id,
                                 GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GHashTable) labels = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                        g_free, g_free);
  int rc;

  g_return_val_if_fail (DSR_IS_STORE (self), NULL);

  stmt = _dsr_store_prepare (self,
                             "SELECT l.id, l.label FROM links l "
                             "JOIN board_items a ON a.board_id = ?1 AND a.node_kind = l.from_kind "
                             "  AND a.node_id = l.from_id "
                             "JOIN board_items b ON b.board_id = ?1 AND b.node_kind = l.to_kind "
                             "  AND b.node_id = l.to_id "
                             "WHERE l.label IS NOT NULL", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, board_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (labels, g_memdup2 (&(gint64) { sqlite3_column_int64 (stmt, 0) },
                                            sizeof (gint64)),
                         g_strdup (_dsr_column_text (stmt, 1)));
  if (rc != SQLITE_DONE)
    {
      _dsr_store_set_sqlite_error (self, error, _("cannot list links"));
      return NULL;
    }
  return g_steal_pointer (&labels);
}
