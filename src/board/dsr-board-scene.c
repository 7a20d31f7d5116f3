/* dsr-board-scene.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-board-scene"

#include "config.h"

#include <glib/gi18n.h>

#include <math.h>
#include <string.h>

#include "dsr-board-scene.h"

/* Cards and links are indexed in a uniform grid of square cells: a visible-rect query
 * or a hit test looks only at the cells it covers, so painting and picking cost what
 * is on screen, not what is on the board. A link is entered in every cell its
 * bounding box covers, clipped to a budget so that a few long strings cannot bloat
 * the grid; those go to a short list that every query checks. */
#define CELL_SIZE 512.0
#define MAX_LINK_CELLS 64

struct _DsrBoardScene
{
  GObject     parent_instance;

  gint64      board_id;
  GArray     *cards;        /* DsrBoardCard */
  GArray     *links;        /* DsrBoardLink */
  GHashTable *by_node;      /* packed node -> index + 1 */
  GHashTable *card_cells;   /* packed cell -> GArray of guint card indices */
  GHashTable *link_cells;   /* packed cell -> GArray of guint link indices */
  GArray     *long_links;   /* guint link indices not in the grid */
  guint      *stamps;       /* per link: the query that last saw it (dedup) */
  guint       stamp;
};

G_DEFINE_FINAL_TYPE (DsrBoardScene, dsr_board_scene, G_TYPE_OBJECT)

static void
card_clear (DsrBoardCard *card)
{
  g_clear_pointer (&card->title, g_free);
  g_clear_pointer (&card->speaker, g_free);
  g_clear_pointer (&card->source, g_free);
  g_clear_pointer (&card->detail, g_free);
}

static void
link_clear (DsrBoardLink *link)
{
  g_clear_pointer (&link->label, g_free);
}

static void
dsr_board_scene_finalize (GObject *object)
{
  DsrBoardScene *self = DSR_BOARD_SCENE (object);

  g_clear_pointer (&self->cards, g_array_unref);
  g_clear_pointer (&self->links, g_array_unref);
  g_clear_pointer (&self->by_node, g_hash_table_unref);
  g_clear_pointer (&self->card_cells, g_hash_table_unref);
  g_clear_pointer (&self->link_cells, g_hash_table_unref);
  g_clear_pointer (&self->long_links, g_array_unref);
  g_clear_pointer (&self->stamps, g_free);

  G_OBJECT_CLASS (dsr_board_scene_parent_class)->finalize (object);
}

static void
dsr_board_scene_class_init (DsrBoardSceneClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dsr_board_scene_finalize;
}

static void
dsr_board_scene_init (DsrBoardScene *self)
{
  self->cards = g_array_new (FALSE, TRUE, sizeof (DsrBoardCard));
  g_array_set_clear_func (self->cards, (GDestroyNotify)card_clear);
  self->links = g_array_new (FALSE, TRUE, sizeof (DsrBoardLink));
  g_array_set_clear_func (self->links, (GDestroyNotify)link_clear);
  self->by_node = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->card_cells = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                            (GDestroyNotify)g_array_unref);
  self->link_cells = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                            (GDestroyNotify)g_array_unref);
  self->long_links = g_array_new (FALSE, FALSE, sizeof (guint));
}

/* Node ids and cell coordinates are packed into one 64-bit key; the hash tables keep
 * pointers to keys owned by the cards array or allocated per cell. */
static gint64
pack_node (const DsrNode *node)
{
  return (gint64)((guint64)node->id << 3 | (guint64)node->kind);
}

static gint64
pack_cell (gint64 cx,
           gint64 cy)
{
  return (gint64)(((guint64)(cx & 0xffffffff) << 32) | (guint64)(cy & 0xffffffff));
}

static void
cell_range (const DsrBoardRect *r,
            gint64             *x0,
            gint64             *y0,
            gint64             *x1,
            gint64             *y1)
{
  *x0 = (gint64)floor (r->x / CELL_SIZE);
  *y0 = (gint64)floor (r->y / CELL_SIZE);
  *x1 = (gint64)floor ((r->x + r->width) / CELL_SIZE);
  *y1 = (gint64)floor ((r->y + r->height) / CELL_SIZE);
}

static void
cells_add (GHashTable *cells,
           gint64      cx,
           gint64      cy,
           guint       index)
{
  gint64 key = pack_cell (cx, cy);
  GArray *list = g_hash_table_lookup (cells, &key);

  if (list == NULL)
    {
      list = g_array_new (FALSE, FALSE, sizeof (guint));
      g_hash_table_insert (cells, g_memdup2 (&key, sizeof key), list);
    }
  g_array_append_val (list, index);
}

static void
cells_remove (GHashTable *cells,
              gint64      cx,
              gint64      cy,
              guint       index)
{
  gint64 key = pack_cell (cx, cy);
  GArray *list = g_hash_table_lookup (cells, &key);

  if (list == NULL)
    return;
  for (guint i = 0; i < list->len; i++)
    {
      if (g_array_index (list, guint, i) == index)
        {
          g_array_remove_index_fast (list, i);
          break;
        }
    }
}

/**
 * dsr_board_string_control:
 *
 * A link is drawn as a string: a quadratic Bézier curve from the centre of @from to
 * the centre of @to whose control point (@cx, @cy) sits to one side of the chord, so
 * that it sags like a string pinned at both ends. Between cards side by side in a
 * row, or stacked in a column, it sags far enough to show beside them rather than
 * behind them.
 */
void
dsr_board_string_control (const DsrBoardCard *from,
                          const DsrBoardCard *to,
                          double             *cx,
                          double             *cy)
{
  double ax = from->x + from->w / 2, ay = from->y + from->h / 2;
  double bx = to->x + to->w / 2, by = to->y + to->h / 2;
  double chord = hypot (bx - ax, by - ay), k = 0.15;

  if (chord > 0 && fabs (by - ay) < (from->h + to->h) / 2)
    k = MAX (k, (MAX (from->h, to->h) + 64) / chord);       /* side by side in a row */
  else if (chord > 0 && fabs (bx - ax) < (from->w + to->w) / 2)
    k = MAX (k, (MAX (from->w, to->w) + 64) / chord);       /* stacked in a column */
  *cx = (ax + bx) / 2 - k * (by - ay);
  *cy = (ay + by) / 2 + k * (bx - ax);
}

static void
card_rect (const DsrBoardCard *card,
           DsrBoardRect       *rect)
{
  *rect = (DsrBoardRect) { card->x, card->y, card->w, card->h };
}

static void
link_rect (DsrBoardScene      *self,
           const DsrBoardLink *link,
           DsrBoardRect       *rect)
{
  const DsrBoardCard *a = &g_array_index (self->cards, DsrBoardCard, link->from);
  const DsrBoardCard *b = &g_array_index (self->cards, DsrBoardCard, link->to);
  double ax = a->x + a->w / 2, ay = a->y + a->h / 2;
  double bx = b->x + b->w / 2, by = b->y + b->h / 2;
  double cx, cy, x0, y0;

  /* the curve lies within the triangle of its ends and control point */
  dsr_board_string_control (a, b, &cx, &cy);
  x0 = MIN (MIN (ax, bx), cx) - 8;
  y0 = MIN (MIN (ay, by), cy) - 8;
  rect->x = x0;
  rect->y = y0;
  rect->width = MAX (MAX (ax, bx), cx) + 8 - x0;
  rect->height = MAX (MAX (ay, by), cy) + 8 - y0;
}

static void
index_card (DsrBoardScene *self,
            guint          index,
            gboolean       add)
{
  DsrBoardRect r;
  gint64 x0, y0, x1, y1;

  card_rect (&g_array_index (self->cards, DsrBoardCard, index), &r);
  cell_range (&r, &x0, &y0, &x1, &y1);
  for (gint64 cx = x0; cx <= x1; cx++)
    for (gint64 cy = y0; cy <= y1; cy++)
      (add ? cells_add : cells_remove) (self->card_cells, cx, cy, index);
}

static void
index_link (DsrBoardScene *self,
            guint          index,
            gboolean       add)
{
  DsrBoardRect r;
  gint64 x0, y0, x1, y1;

  link_rect (self, &g_array_index (self->links, DsrBoardLink, index), &r);
  cell_range (&r, &x0, &y0, &x1, &y1);
  if ((x1 - x0 + 1) * (y1 - y0 + 1) > MAX_LINK_CELLS)
    {
      if (add)
        g_array_append_val (self->long_links, index);
      else
        for (guint i = 0; i < self->long_links->len; i++)
          if (g_array_index (self->long_links, guint, i) == index)
            {
              g_array_remove_index_fast (self->long_links, i);
              break;
            }
      return;
    }
  for (gint64 cx = x0; cx <= x1; cx++)
    for (gint64 cy = y0; cy <= y1; cy++)
      (add ? cells_add : cells_remove) (self->link_cells, cx, cy, index);
}

/**
 * dsr_board_scene_load:
 *
 * Reads a board from @store: its cards with what they show, and the links between
 * them with their labels.
 *
 * Returns: (transfer full) (nullable): the scene, or %NULL with @error set
 */
DsrBoardScene *
dsr_board_scene_load (DsrStore  *store,
                      gint64     board_id,
                      GError   **error)
{
  g_autoptr(DsrBoardScene) self = NULL;
  g_autoptr(GArray) texts = NULL;
  g_autoptr(GArray) links = NULL;
  g_autoptr(GHashTable) labels = NULL;

  g_return_val_if_fail (DSR_IS_STORE (store), NULL);

  if (!(texts = dsr_store_list_board_cards (store, board_id, error)) ||
      !(links = dsr_store_list_board_links (store, board_id, error)) ||
      !(labels = dsr_store_dup_board_link_labels (store, board_id, error)))
    return NULL;

  self = g_object_new (DSR_TYPE_BOARD_SCENE, NULL);
  self->board_id = board_id;
  g_array_set_size (self->cards, texts->len);
  for (guint i = 0; i < texts->len; i++)
    {
      DsrBoardCardText *text = &g_array_index (texts, DsrBoardCardText, i);
      DsrBoardCard *card = &g_array_index (self->cards, DsrBoardCard, i);

      card->node = text->item.node;
      card->x = text->item.x;
      card->y = text->item.y;
      card->w = text->item.w;
      card->h = text->item.h;
      card->title = g_steal_pointer (&text->title);
      card->speaker = g_steal_pointer (&text->speaker);
      card->source = g_steal_pointer (&text->source);
      card->detail = g_steal_pointer (&text->detail);
      card->grade = text->grade;
      card->entity_kind = text->entity_kind;
      g_hash_table_insert (self->by_node, g_memdup2 (&(gint64) { pack_node (&card->node) },
                                                     sizeof (gint64)),
                           GUINT_TO_POINTER (i + 1));
      index_card (self, i, TRUE);
    }

  for (guint i = 0; i < links->len; i++)
    {
      const DsrLink *stored = &g_array_index (links, DsrLink, i);
      int from = dsr_board_scene_find_card (self, &stored->from);
      int to = dsr_board_scene_find_card (self, &stored->to);
      DsrBoardLink link = { 0, };

      if (from < 0 || to < 0)
        continue;
      link.id = stored->id;
      link.kind = stored->kind;
      link.state = stored->state;
      link.from = from;
      link.to = to;
      link.label = g_strdup (g_hash_table_lookup (labels, &stored->id));
      g_array_append_val (self->links, link);
      index_link (self, self->links->len - 1, TRUE);
    }
  self->stamps = g_new0 (guint, MAX (self->links->len, 1));
  return g_steal_pointer (&self);
}

gint64
dsr_board_scene_get_board_id (DsrBoardScene *self)
{
  g_return_val_if_fail (DSR_IS_BOARD_SCENE (self), 0);
  return self->board_id;
}

guint
dsr_board_scene_get_n_cards (DsrBoardScene *self)
{
  g_return_val_if_fail (DSR_IS_BOARD_SCENE (self), 0);
  return self->cards->len;
}

/**
 * dsr_board_scene_get_card:
 *
 * Returns: (transfer none): the card; the view may change its marks
 */
DsrBoardCard *
dsr_board_scene_get_card (DsrBoardScene *self,
                          guint          index)
{
  g_return_val_if_fail (DSR_IS_BOARD_SCENE (self), NULL);
  g_return_val_if_fail (index < self->cards->len, NULL);
  return &g_array_index (self->cards, DsrBoardCard, index);
}

guint
dsr_board_scene_get_n_links (DsrBoardScene *self)
{
  g_return_val_if_fail (DSR_IS_BOARD_SCENE (self), 0);
  return self->links->len;
}

/**
 * dsr_board_scene_get_link:
 *
 * Returns: (transfer none): the link; the view may change its marks
 */
DsrBoardLink *
dsr_board_scene_get_link (DsrBoardScene *self,
                          guint          index)
{
  g_return_val_if_fail (DSR_IS_BOARD_SCENE (self), NULL);
  g_return_val_if_fail (index < self->links->len, NULL);
  return &g_array_index (self->links, DsrBoardLink, index);
}

/**
 * dsr_board_scene_find_card:
 *
 * Returns: the index of the card showing @node, or -1
 */
int
dsr_board_scene_find_card (DsrBoardScene *self,
                           const DsrNode *node)
{
  gint64 key;

  g_return_val_if_fail (DSR_IS_BOARD_SCENE (self), -1);
  key = pack_node (node);
  return GPOINTER_TO_INT (g_hash_table_lookup (self->by_node, &key)) - 1;
}

/**
 * dsr_board_scene_get_bounds:
 *
 * Returns: %FALSE for an empty board; else the rectangle holding every card
 */
gboolean
dsr_board_scene_get_bounds (DsrBoardScene *self,
                            DsrBoardRect  *bounds)
{
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;

  g_return_val_if_fail (DSR_IS_BOARD_SCENE (self), FALSE);

  *bounds = (DsrBoardRect) { 0, 0, 0, 0 };
  if (self->cards->len == 0)
    return FALSE;
  for (guint i = 0; i < self->cards->len; i++)
    {
      const DsrBoardCard *card = &g_array_index (self->cards, DsrBoardCard, i);

      x0 = MIN (x0, card->x);
      y0 = MIN (y0, card->y);
      x1 = MAX (x1, card->x + card->w);
      y1 = MAX (y1, card->y + card->h);
    }
  *bounds = (DsrBoardRect) { x0, y0, x1 - x0, y1 - y0 };
  return TRUE;
}

/**
 * dsr_board_scene_move_card:
 *
 * Moves a card in the scene (not in the store) and keeps the index in step, for a
 * drag in progress and for an edit the view has just stored.
 */
void
dsr_board_scene_move_card (DsrBoardScene *self,
                           guint          index,
                           double         x,
                           double         y)
{
  DsrBoardCard *card;

  g_return_if_fail (DSR_IS_BOARD_SCENE (self));
  g_return_if_fail (index < self->cards->len);

  card = &g_array_index (self->cards, DsrBoardCard, index);
  for (guint i = 0; i < self->links->len; i++)
    {
      DsrBoardLink *link = &g_array_index (self->links, DsrBoardLink, i);

      if (link->from == index || link->to == index)
        index_link (self, i, FALSE);
    }
  index_card (self, index, FALSE);
  card->x = x;
  card->y = y;
  index_card (self, index, TRUE);
  for (guint i = 0; i < self->links->len; i++)
    {
      DsrBoardLink *link = &g_array_index (self->links, DsrBoardLink, i);

      if (link->from == index || link->to == index)
        index_link (self, i, TRUE);
    }
}

gboolean
dsr_board_rect_intersects (const DsrBoardRect *a,
                           const DsrBoardRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

static int
compare_uint (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  guint x = *(const guint *)a, y = *(const guint *)b;

  return x < y ? -1 : x > y;
}

/* Whether @rect holds every card: then every card and link is in it (a link may be
 * reported that only passes near, as the grid reports it too), and a query returns
 * them all in board order without looking at the grid: fit-to-view costs no lookups. */
static gboolean
holds_every_card (DsrBoardScene      *self,
                  const DsrBoardRect *rect)
{
  for (guint i = 0; i < self->cards->len; i++)
    {
      const DsrBoardCard *card = &g_array_index (self->cards, DsrBoardCard, i);

      if (card->x < rect->x || card->y < rect->y || card->x + card->w > rect->x + rect->width ||
          card->y + card->h > rect->y + rect->height)
        return FALSE;
    }
  return self->cards->len > 0;
}

static void
append_all (GArray *indices,
            guint   n)
{
  guint first = indices->len;

  g_array_set_size (indices, first + n);
  for (guint i = 0; i < n; i++)
    g_array_index (indices, guint, first + i) = i;
}

/**
 * dsr_board_scene_query_cards:
 * @indices: (element-type guint): receives the indices of the cards that intersect
 *   @rect, in board order (later cards are drawn on top)
 */
void
dsr_board_scene_query_cards (DsrBoardScene      *self,
                             const DsrBoardRect *rect,
                             GArray             *indices)
{
  gint64 x0, y0, x1, y1;
  guint first = indices->len;

  g_return_if_fail (DSR_IS_BOARD_SCENE (self));

  if (holds_every_card (self, rect))
    {
      append_all (indices, self->cards->len);
      return;
    }
  cell_range (rect, &x0, &y0, &x1, &y1);
  for (gint64 cx = x0; cx <= x1; cx++)
    for (gint64 cy = y0; cy <= y1; cy++)
      {
        gint64 key = pack_cell (cx, cy);
        GArray *list = g_hash_table_lookup (self->card_cells, &key);

        for (guint i = 0; list != NULL && i < list->len; i++)
          {
            guint index = g_array_index (list, guint, i);
            DsrBoardRect r;

            card_rect (&g_array_index (self->cards, DsrBoardCard, index), &r);
            /* a card spanning several cells is reported from its first covered cell */
            if (dsr_board_rect_intersects (&r, rect) &&
                MAX (x0, (gint64)floor (r.x / CELL_SIZE)) == cx &&
                MAX (y0, (gint64)floor (r.y / CELL_SIZE)) == cy)
              g_array_append_val (indices, index);
          }
      }
  /* an empty array has no data pointer to offset */
  if (indices->len > first)
    g_qsort_with_data (indices->data + first * sizeof (guint), indices->len - first,
                       sizeof (guint), compare_uint, NULL);
}

/**
 * dsr_board_scene_query_links:
 * @indices: (element-type guint): receives the indices of the links whose string may
 *   cross @rect, in board order
 */
void
dsr_board_scene_query_links (DsrBoardScene      *self,
                             const DsrBoardRect *rect,
                             GArray             *indices)
{
  gint64 x0, y0, x1, y1;
  guint first = indices->len;

  g_return_if_fail (DSR_IS_BOARD_SCENE (self));

  if (holds_every_card (self, rect))
    {
      append_all (indices, self->links->len);
      return;
    }
  if (++self->stamp == 0)
    {
      memset (self->stamps, 0, sizeof (guint) * MAX (self->links->len, 1));
      self->stamp = 1;
    }

  cell_range (rect, &x0, &y0, &x1, &y1);
  for (gint64 cx = x0; cx <= x1; cx++)
    for (gint64 cy = y0; cy <= y1; cy++)
      {
        gint64 key = pack_cell (cx, cy);
        GArray *list = g_hash_table_lookup (self->link_cells, &key);

        for (guint i = 0; list != NULL && i < list->len; i++)
          {
            guint index = g_array_index (list, guint, i);

            if (self->stamps[index] != self->stamp)
              {
                self->stamps[index] = self->stamp;
                g_array_append_val (indices, index);
              }
          }
      }
  for (guint i = 0; i < self->long_links->len; i++)
    {
      guint index = g_array_index (self->long_links, guint, i);
      DsrBoardRect r;

      link_rect (self, &g_array_index (self->links, DsrBoardLink, index), &r);
      if (self->stamps[index] != self->stamp && dsr_board_rect_intersects (&r, rect))
        {
          self->stamps[index] = self->stamp;
          g_array_append_val (indices, index);
        }
    }
  /* an empty array has no data pointer to offset */
  if (indices->len > first)
    g_qsort_with_data (indices->data + first * sizeof (guint), indices->len - first,
                       sizeof (guint), compare_uint, NULL);
}

/**
 * dsr_board_scene_card_at:
 *
 * Returns: the index of the topmost card under the board point (@x, @y), or -1
 */
int
dsr_board_scene_card_at (DsrBoardScene *self,
                         double         x,
                         double         y)
{
  DsrBoardRect point = { x, y, 1e-6, 1e-6 };
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (guint));

  g_return_val_if_fail (DSR_IS_BOARD_SCENE (self), -1);

  dsr_board_scene_query_cards (self, &point, found);
  return found->len > 0 ? (int)g_array_index (found, guint, found->len - 1) : -1;
}

/* The string's curve, shared with the painter: a quadratic Bézier from centre to
 * centre whose control point sags perpendicular to the chord. */
static double
distance_to_string (DsrBoardScene      *self,
                    const DsrBoardLink *link,
                    double              x,
                    double              y)
{
  const DsrBoardCard *a = &g_array_index (self->cards, DsrBoardCard, link->from);
  const DsrBoardCard *b = &g_array_index (self->cards, DsrBoardCard, link->to);
  double ax = a->x + a->w / 2, ay = a->y + a->h / 2;
  double bx = b->x + b->w / 2, by = b->y + b->h / 2;
  double cx, cy;
  double best = G_MAXDOUBLE;

  dsr_board_string_control (a, b, &cx, &cy);
  for (int i = 0; i <= 32; i++)
    {
      double t = i / 32.0, u = 1 - t;
      double px = u * u * ax + 2 * u * t * cx + t * t * bx;
      double py = u * u * ay + 2 * u * t * cy + t * t * by;

      best = MIN (best, hypot (px - x, py - y));
    }
  return best;
}

/**
 * dsr_board_scene_link_at:
 *
 * Returns: the index of the link whose string passes within @tolerance board units
 *   of (@x, @y) and outside any card, or -1
 */
int
dsr_board_scene_link_at (DsrBoardScene *self,
                         double         x,
                         double         y,
                         double         tolerance)
{
  DsrBoardRect area = { x - tolerance, y - tolerance, 2 * tolerance, 2 * tolerance };
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (guint));
  double best = tolerance;
  int hit = -1;

  g_return_val_if_fail (DSR_IS_BOARD_SCENE (self), -1);

  dsr_board_scene_query_links (self, &area, found);
  for (guint i = 0; i < found->len; i++)
    {
      guint index = g_array_index (found, guint, i);
      double d = distance_to_string (self, &g_array_index (self->links, DsrBoardLink, index),
                                     x, y);

      if (d <= best)
        {
          best = d;
          hit = index;
        }
    }
  return hit;
}

void
dsr_board_scene_clear_marks (DsrBoardScene *self,
                             DsrBoardMarks  marks)
{
  g_return_if_fail (DSR_IS_BOARD_SCENE (self));

  for (guint i = 0; i < self->cards->len; i++)
    g_array_index (self->cards, DsrBoardCard, i).marks &= ~marks;
  for (guint i = 0; i < self->links->len; i++)
    g_array_index (self->links, DsrBoardLink, i).marks &= ~marks;
}

/**
 * dsr_board_card_dup_description:
 *
 * Returns: (transfer full): what a screen reader says for @card
 */
char *
dsr_board_card_dup_description (const DsrBoardCard *card)
{
  const char *title = card->title != NULL ? card->title : "";

  switch (card->node.kind)
    {
    case DSR_NODE_CLAIM:
      if (card->speaker != NULL && card->source != NULL)
        /* Translators: a claim card: the quote, who said it, who reported it */
        return g_strdup_printf (_("Claim: “%s”, said by %s, reported by %s"), title,
                                card->speaker, card->source);
      if (card->speaker != NULL)
        return g_strdup_printf (_("Claim: “%s”, said by %s"), title, card->speaker);
      if (card->source != NULL)
        return g_strdup_printf (_("Claim: “%s”, reported by %s"), title, card->source);
      return g_strdup_printf (_("Claim: “%s”"), title);
    case DSR_NODE_ENTITY:
      return g_strdup_printf (_("Speaker: %s"), title);
    case DSR_NODE_SOURCE:
      if (card->grade != 0)
        return g_strdup_printf (_("Source: %s, reliability %c"), title, card->grade);
      return g_strdup_printf (_("Source: %s"), title);
    case DSR_NODE_DOCUMENT:
      return g_strdup_printf (_("Document: %s"), title);
    case DSR_NODE_NOTE:
    default:
      return g_strdup_printf (_("Note: %s"), title);
    }
}
