/* dsr-store-boards.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-store-boards"

#include "config.h"

#include <glib/gi18n.h>

#include <math.h>

#include "dsr-board-private.h"
#include "dsr-store-private.h"

/* Card sizes in board units, by node kind (claim, entity, source, document, note). */
static const struct { double w, h; } card_sizes[] = {
  { 240, 120 }, { 160, 64 }, { 180, 72 }, { 200, 80 }, { 200, 120 },
};

/* Where a card goes when no position is given: the next cell of a grid, in rows of
 * five, so that cards added from the command line never overlap. */
#define GRID_COLUMNS 5
#define GRID_CELL_W 280.0
#define GRID_CELL_H 160.0
#define GRID_MARGIN 40.0

/**
 * dsr_store_create_board:
 *
 * Returns: the new board's id, or 0 with @error set (also when the name is taken)
 */
gint64
dsr_store_create_board (DsrStore    *self,
                        const char  *name,
                        GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *trimmed = NULL;

  g_return_val_if_fail (DSR_IS_STORE (self), 0);
  g_return_val_if_fail (name != NULL, 0);

  trimmed = g_strstrip (g_strdup (name));
  if (*trimmed == '\0')
    {
      g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_INVALID, _("a board needs a name"));
      return 0;
    }

  if (!_dsr_store_ensure_writable (self, error))
    return 0;
  if (dsr_store_find_board (self, trimmed, NULL) > 0)
    {
      g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_EXISTS,
                   _("a board named “%s” already exists"), trimmed);
      return 0;
    }

  if (!(stmt = _dsr_store_prepare (self, "INSERT INTO boards (name) VALUES (?)", error)))
    return 0;
  sqlite3_bind_text (stmt, 1, trimmed, -1, SQLITE_TRANSIENT);
  if (!_dsr_store_step_done (self, stmt, error))
    return 0;
  return sqlite3_last_insert_rowid (self->db);
}

/**
 * dsr_store_find_board:
 *
 * Returns: the id of the board named @name, or 0 with @error set
 */
gint64
dsr_store_find_board (DsrStore    *self,
                      const char  *name,
                      GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (DSR_IS_STORE (self), 0);
  g_return_val_if_fail (name != NULL, 0);

  if (!(stmt = _dsr_store_prepare (self, "SELECT id FROM boards WHERE name = ?", error)))
    return 0;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);

  g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_NOT_FOUND, _("no board named “%s”"), name);
  return 0;
}

/**
 * dsr_store_list_boards:
 *
 * Returns: (transfer full) (nullable): a list of #DsrBoard, by name
 */
GListModel *
dsr_store_list_boards (DsrStore  *self,
                       GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GListStore) list = g_list_store_new (DSR_TYPE_BOARD);
  int rc;

  g_return_val_if_fail (DSR_IS_STORE (self), NULL);

  stmt = _dsr_store_prepare (self,
                             "SELECT b.id, b.name, (SELECT count(*) FROM board_items i "
                             "WHERE i.board_id = b.id) FROM boards b ORDER BY b.name, b.id", error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(DsrBoard) board = _dsr_board_new (sqlite3_column_int64 (stmt, 0),
                                                  _dsr_column_text (stmt, 1),
                                                  sqlite3_column_int (stmt, 2));
      g_list_store_append (list, board);
    }
  if (rc != SQLITE_DONE)
    {
      _dsr_store_set_sqlite_error (self, error, _("cannot list boards"));
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}

static gboolean
board_exists (DsrStore  *self,
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

/**
 * dsr_store_board_add_item:
 * @has_position: whether @x and @y are given; if not, the card takes the next free cell
 *
 * Places @node on a board, or moves it there if it is on the board already and a
 * position is given.
 *
 * Returns: %TRUE on success
 */
gboolean
dsr_store_board_add_item (DsrStore       *self,
                          gint64          board_id,
                          const DsrNode  *node,
                          gboolean        has_position,
                          double          x,
                          double          y,
                          GError        **error)
{
  g_autoptr(sqlite3_stmt) count = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (DSR_IS_STORE (self), FALSE);
  g_return_val_if_fail (node != NULL && node->kind < G_N_ELEMENTS (card_sizes), FALSE);

  if (!isfinite (x) || !isfinite (y) || fabs (x) > 1e9 || fabs (y) > 1e9)
    {
      g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_INVALID,
                   _("a card's position must be a pair of numbers within ±1e9"));
      return FALSE;
    }

  if (!_dsr_store_begin (self, error))
    return FALSE;

  if (!board_exists (self, board_id, error))
    goto failed;

  if (!dsr_store_node_exists (self, node, NULL))
    {
      g_autofree char *name = dsr_node_to_string (node);

      g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_NOT_FOUND, _("no %s"), name);
      goto failed;
    }

  if (!has_position)
    {
      gint64 n;

      count = _dsr_store_prepare (self,
                                  "SELECT count(*) FROM board_items WHERE board_id = ?", error);
      if (count == NULL)
        goto failed;
      sqlite3_bind_int64 (count, 1, board_id);
      sqlite3_step (count);
      n = sqlite3_column_int64 (count, 0);
      x = GRID_MARGIN + (n % GRID_COLUMNS) * GRID_CELL_W;
      y = GRID_MARGIN + (n / GRID_COLUMNS) * GRID_CELL_H;
    }

  stmt = _dsr_store_prepare (self,
                             "INSERT INTO board_items (board_id, node_kind, node_id, x, y, w, h) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
                             "ON CONFLICT (board_id, node_kind, node_id) DO UPDATE "
                             "SET x = ?4, y = ?5 WHERE ?8", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, board_id);
  sqlite3_bind_text (stmt, 2, dsr_node_kind_to_string (node->kind), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, node->id);
  sqlite3_bind_double (stmt, 4, x);
  sqlite3_bind_double (stmt, 5, y);
  sqlite3_bind_double (stmt, 6, card_sizes[node->kind].w);
  sqlite3_bind_double (stmt, 7, card_sizes[node->kind].h);
  sqlite3_bind_int (stmt, 8, has_position);
  if (!_dsr_store_step_done (self, stmt, error))
    goto failed;

  return _dsr_store_commit (self, error);

failed:
  _dsr_store_rollback (self);
  return FALSE;
}

/**
 * dsr_store_list_board_items:
 *
 * Returns: (transfer full) (element-type DsrBoardItem) (nullable): the board's cards
 */
GArray *
dsr_store_list_board_items (DsrStore  *self,
                            gint64     board_id,
                            GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) items = g_array_new (FALSE, TRUE, sizeof (DsrBoardItem));
  int rc;

  g_return_val_if_fail (DSR_IS_STORE (self), NULL);

  if (!board_exists (self, board_id, error))
    return NULL;

  stmt = _dsr_store_prepare (self,
                             "SELECT node_kind, node_id, x, y, w, h FROM board_items "
                             "WHERE board_id = ? ORDER BY id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, board_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      DsrBoardItem item = { { 0, }, };

      if (!dsr_node_kind_from_string (_dsr_column_text (stmt, 0), &item.node.kind))
        continue;
      item.node.id = sqlite3_column_int64 (stmt, 1);
      item.x = sqlite3_column_double (stmt, 2);
      item.y = sqlite3_column_double (stmt, 3);
      item.w = sqlite3_column_double (stmt, 4);
      item.h = sqlite3_column_double (stmt, 5);
      g_array_append_val (items, item);
    }
  if (rc != SQLITE_DONE)
    {
      _dsr_store_set_sqlite_error (self, error, _("cannot read the board"));
      return NULL;
    }
  return g_steal_pointer (&items);
}

/**
 * dsr_store_list_board_links:
 *
 * A board shows the links between the nodes it holds; the links themselves belong
 * to the investigation.
 *
 * Returns: (transfer full) (element-type DsrLink) (nullable): links between the board's cards
 */
GArray *
dsr_store_list_board_links (DsrStore  *self,
                            gint64     board_id,
                            GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (DSR_IS_STORE (self), NULL);

  if (!board_exists (self, board_id, error))
    return NULL;

  stmt = _dsr_store_prepare (self,
                             "SELECT l.id, l.kind, l.from_kind, l.from_id, l.to_kind, l.to_id, l.state "
                             "FROM links l "
                             "JOIN board_items a ON a.board_id = ?1 AND a.node_kind = l.from_kind "
                             "  AND a.node_id = l.from_id "
                             "JOIN board_items b ON b.board_id = ?1 AND b.node_kind = l.to_kind "
                             "  AND b.node_id = l.to_id "
                             "ORDER BY l.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, board_id);
  return _dsr_store_read_links (self, stmt, error);
}
