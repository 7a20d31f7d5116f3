/* dsr-board-layout.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-board-layout"

#include "config.h"

#include <math.h>
#include <string.h>

#include "dsr-board-layout.h"

#define MARGIN 40.0
#define COLUMN_GAP 40.0
#define ROW_GAP 140.0
#define N_LAYERS 3
#define SWEEPS 8

/* An edge between two items, by index. */
typedef struct
{
  guint a;
  guint b;
} Edge;

static gint64
node_key (const DsrNode *node)
{
  return (gint64)((guint64)node->id << 3 | (guint64)node->kind);
}

/* Resolves the links to pairs of item indices, dropping those with an end elsewhere. */
static GArray *
edges_of (const DsrBoardItem *items,
          guint               n_items,
          const DsrLink      *links,
          guint               n_links)
{
  g_autoptr(GHashTable) index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  GArray *edges = g_array_new (FALSE, FALSE, sizeof (Edge));

  for (guint i = 0; i < n_items; i++)
    g_hash_table_insert (index, g_memdup2 (&(gint64) { node_key (&items[i].node) }, sizeof (gint64)),
                         GUINT_TO_POINTER (i + 1));
  for (guint i = 0; i < n_links; i++)
    {
      gint64 from = node_key (&links[i].from), to = node_key (&links[i].to);
      guint a = GPOINTER_TO_UINT (g_hash_table_lookup (index, &from));
      guint b = GPOINTER_TO_UINT (g_hash_table_lookup (index, &to));

      if (a > 0 && b > 0 && a != b)
        g_array_append_val (edges, ((Edge) { a - 1, b - 1 }));
    }
  return edges;
}

/* Sources on top, claims (and notes) in the middle, speakers below: every said_by and
 * reported_by string then runs between neighbouring rows. */
static int
layer_of (DsrNodeKind kind)
{
  switch (kind)
    {
    case DSR_NODE_SOURCE:
    case DSR_NODE_DOCUMENT:
      return 0;
    case DSR_NODE_ENTITY:
      return 2;
    case DSR_NODE_CLAIM:
    case DSR_NODE_NOTE:
    default:
      return 1;
    }
}

typedef struct
{
  guint  item;
  double key;
} Slot;

static int
compare_slots (gconstpointer a,
               gconstpointer b)
{
  const Slot *x = a, *y = b;

  if (x->key != y->key)
    return x->key < y->key ? -1 : 1;
  return x->item < y->item ? -1 : x->item > y->item;
}

/* Crossings between the strings of two neighbouring rows, from the order alone. */
static guint
order_crossings (GArray  *edges,
                 guint   *layer,
                 guint   *position)
{
  guint crossings = 0;

  for (guint i = 0; i < edges->len; i++)
    for (guint j = i + 1; j < edges->len; j++)
      {
        Edge e = g_array_index (edges, Edge, i), f = g_array_index (edges, Edge, j);
        guint eu = e.a, ev = e.b, fu = f.a, fv = f.b;

        if (layer[eu] > layer[ev])
          eu = e.b, ev = e.a;
        if (layer[fu] > layer[fv])
          fu = f.b, fv = f.a;
        if (layer[eu] + 1 != layer[ev] || layer[fu] != layer[eu] || layer[fv] != layer[ev])
          continue;
        if (((double)position[eu] - position[fu]) * ((double)position[ev] - position[fv]) < 0)
          crossings++;
      }
  return crossings;
}

/* Reorders row @l by the barycentre of each item's neighbours in row @ref; an item
 * without such neighbours keeps its place. */
static void
reorder (GArray   *rows[],
         int       l,
         int       ref,
         GArray   *edges,
         guint    *layer,
         guint    *position)
{
  GArray *row = rows[l];
  g_autofree double *sum = g_new0 (double, row->len);
  g_autofree guint *count = g_new0 (guint, row->len);
  g_autoptr(GArray) slots = g_array_sized_new (FALSE, FALSE, sizeof (Slot), row->len);

  for (guint i = 0; i < edges->len; i++)
    {
      Edge e = g_array_index (edges, Edge, i);

      if ((int)layer[e.a] == l && (int)layer[e.b] == ref)
        sum[position[e.a]] += position[e.b], count[position[e.a]]++;
      else if ((int)layer[e.b] == l && (int)layer[e.a] == ref)
        sum[position[e.b]] += position[e.a], count[position[e.b]]++;
    }
  for (guint p = 0; p < row->len; p++)
    {
      Slot slot = { g_array_index (row, guint, p), count[p] > 0 ? sum[p] / count[p] : p };

      g_array_append_val (slots, slot);
    }
  g_array_sort (slots, compare_slots);
  for (guint p = 0; p < row->len; p++)
    {
      guint item = g_array_index (slots, Slot, p).item;

      g_array_index (row, guint, p) = item;
      position[item] = p;
    }
}

/**
 * dsr_board_layout_layered:
 *
 * Three rows (sources, claims, speakers), each ordered to cross few strings: starting
 * from the current left-to-right order, barycentre sweeps down and up, keeping the
 * order with the fewest crossings; then rows are spaced evenly and centred.
 */
void
dsr_board_layout_layered (DsrBoardItem  *items,
                          guint          n_items,
                          const DsrLink *links,
                          guint          n_links)
{
  g_autoptr(GArray) edges = edges_of (items, n_items, links, n_links);
  g_autofree guint *layer = g_new0 (guint, MAX (n_items, 1));
  g_autofree guint *position = g_new0 (guint, MAX (n_items, 1));
  g_autofree guint *best = g_new0 (guint, MAX (n_items, 1));
  GArray *rows[N_LAYERS];
  guint best_crossings;
  double widest = 0, y = MARGIN;
  /* counting crossings is quadratic in the strings: past this, trust the sweeps */
  gboolean count = edges->len <= 4000;

  for (int l = 0; l < N_LAYERS; l++)
    {
      g_autoptr(GArray) slots = g_array_new (FALSE, FALSE, sizeof (Slot));

      for (guint i = 0; i < n_items; i++)
        if (layer_of (items[i].node.kind) == l)
          g_array_append_val (slots, ((Slot) { i, items[i].x }));
      g_array_sort (slots, compare_slots);
      rows[l] = g_array_new (FALSE, FALSE, sizeof (guint));
      for (guint p = 0; p < slots->len; p++)
        {
          guint item = g_array_index (slots, Slot, p).item;

          g_array_append_val (rows[l], item);
          layer[item] = l;
          position[item] = p;
        }
    }

  memcpy (best, position, sizeof (guint) * n_items);
  best_crossings = count ? order_crossings (edges, layer, position) : G_MAXUINT;
  for (int sweep = 0; sweep < SWEEPS && best_crossings > 0; sweep++)
    {
      guint crossings;

      if (sweep % 2 == 0)
        for (int l = 1; l < N_LAYERS; l++)
          reorder (rows, l, l - 1, edges, layer, position);
      else
        for (int l = N_LAYERS - 2; l >= 0; l--)
          reorder (rows, l, l + 1, edges, layer, position);
      crossings = count ? order_crossings (edges, layer, position) : 0;
      if (!count || crossings < best_crossings)
        {
          best_crossings = crossings;
          memcpy (best, position, sizeof (guint) * n_items);
        }
    }

  /* rows by the best order, each centred under the widest */
  for (int l = 0; l < N_LAYERS; l++)
    {
      double width = 0;

      for (guint p = 0; p < rows[l]->len; p++)
        width += items[g_array_index (rows[l], guint, p)].w + (p > 0 ? COLUMN_GAP : 0);
      widest = MAX (widest, width);
    }
  for (int l = 0; l < N_LAYERS; l++)
    {
      g_autofree guint *order = g_new0 (guint, MAX (rows[l]->len, 1));
      double width = 0, x, tallest = 0;

      if (rows[l]->len == 0)
        {
          g_array_unref (rows[l]);
          continue;
        }
      for (guint p = 0; p < rows[l]->len; p++)
        {
          guint item = g_array_index (rows[l], guint, p);

          order[best[item]] = item;
          width += items[item].w + (p > 0 ? COLUMN_GAP : 0);
          tallest = MAX (tallest, items[item].h);
        }
      x = MARGIN + (widest - width) / 2;
      for (guint p = 0; p < rows[l]->len; p++)
        {
          DsrBoardItem *item = &items[order[p]];

          item->x = x;
          item->y = y + (tallest - item->h) / 2;
          x += item->w + COLUMN_GAP;
        }
      y += tallest + ROW_GAP;
      g_array_unref (rows[l]);
    }
}

/* Pushes overlapping cards apart along the axis where they overlap least. */
static void
separate (DsrBoardItem *items,
          guint         n_items)
{
  for (int pass = 0; pass < 100; pass++)
    {
      gboolean moved = FALSE;

      for (guint i = 0; i < n_items; i++)
        for (guint j = i + 1; j < n_items; j++)
          {
            DsrBoardItem *a = &items[i], *b = &items[j];
            double ox = MIN (a->x + a->w, b->x + b->w) - MAX (a->x, b->x) + COLUMN_GAP / 2;
            double oy = MIN (a->y + a->h, b->y + b->h) - MAX (a->y, b->y) + COLUMN_GAP / 2;

            if (ox <= 0 || oy <= 0)
              continue;
            if (ox < oy)
              {
                double s = (a->x + a->w / 2 <= b->x + b->w / 2) ? 1 : -1;

                a->x -= s * ox / 2;
                b->x += s * ox / 2;
              }
            else
              {
                double s = (a->y + a->h / 2 <= b->y + b->h / 2) ? 1 : -1;

                a->y -= s * oy / 2;
                b->y += s * oy / 2;
              }
            moved = TRUE;
          }
      if (!moved)
        break;
    }
}

/**
 * dsr_board_layout_force:
 *
 * A force-directed layout (Fruchterman and Reingold) for free boards: linked cards pull
 * together to about DSR_BOARD_LAYOUT_FORCE_DISTANCE between centres, all cards push
 * apart, and a cooling step size settles the board; overlaps are then removed. It
 * starts from the current positions, so it is deterministic and keeps the board's
 * general shape. Quadratic in the cards per iteration: meant for boards of hundreds.
 */
void
dsr_board_layout_force (DsrBoardItem  *items,
                        guint          n_items,
                        const DsrLink *links,
                        guint          n_links,
                        guint          iterations)
{
  g_autoptr(GArray) edges = edges_of (items, n_items, links, n_links);
  g_autofree double *px = g_new0 (double, MAX (n_items, 1));
  g_autofree double *py = g_new0 (double, MAX (n_items, 1));
  g_autofree double *dx = g_new0 (double, MAX (n_items, 1));
  g_autofree double *dy = g_new0 (double, MAX (n_items, 1));
  const double k = DSR_BOARD_LAYOUT_FORCE_DISTANCE;
  double min_x = G_MAXDOUBLE, min_y = G_MAXDOUBLE;

  if (n_items == 0)
    return;

  for (guint i = 0; i < n_items; i++)
    {
      px[i] = items[i].x + items[i].w / 2;
      py[i] = items[i].y + items[i].h / 2;
    }

  for (guint it = 0; it < iterations; it++)
    {
      double temperature = k * (1.0 - (double)it / iterations) / 2 + 1;

      memset (dx, 0, sizeof (double) * n_items);
      memset (dy, 0, sizeof (double) * n_items);
      for (guint i = 0; i < n_items; i++)
        for (guint j = i + 1; j < n_items; j++)
          {
            double vx = px[i] - px[j], vy = py[i] - py[j], d = hypot (vx, vy), f;

            if (d < 1e-3)
              {
                /* cards on the same spot: part them along a fixed direction */
                vx = 1e-3 * ((i + j) % 2 ? 1 : -1);
                vy = 1e-3;
                d = hypot (vx, vy);
              }
            f = k * k / d;
            dx[i] += vx / d * f, dy[i] += vy / d * f;
            dx[j] -= vx / d * f, dy[j] -= vy / d * f;
          }
      for (guint e = 0; e < edges->len; e++)
        {
          Edge edge = g_array_index (edges, Edge, e);
          double vx = px[edge.a] - px[edge.b], vy = py[edge.a] - py[edge.b];
          double d = hypot (vx, vy), f = d * d / k;

          if (d < 1e-3)
            continue;
          dx[edge.a] -= vx / d * f, dy[edge.a] -= vy / d * f;
          dx[edge.b] += vx / d * f, dy[edge.b] += vy / d * f;
        }
      for (guint i = 0; i < n_items; i++)
        {
          double d = hypot (dx[i], dy[i]);

          if (d > 0)
            {
              px[i] += dx[i] / d * MIN (d, temperature);
              py[i] += dy[i] / d * MIN (d, temperature);
            }
        }
    }

  for (guint i = 0; i < n_items; i++)
    {
      items[i].x = px[i] - items[i].w / 2;
      items[i].y = py[i] - items[i].h / 2;
    }
  separate (items, n_items);

  /* keep the board's top-left corner at the margin */
  for (guint i = 0; i < n_items; i++)
    {
      min_x = MIN (min_x, items[i].x);
      min_y = MIN (min_y, items[i].y);
    }
  for (guint i = 0; i < n_items; i++)
    {
      items[i].x += MARGIN - min_x;
      items[i].y += MARGIN - min_y;
    }
}

static gboolean
segments_cross (double ax, double ay, double bx, double by,
                double cx, double cy, double dx, double dy)
{
  double d1 = (dx - cx) * (ay - cy) - (dy - cy) * (ax - cx);
  double d2 = (dx - cx) * (by - cy) - (dy - cy) * (bx - cx);
  double d3 = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  double d4 = (bx - ax) * (dy - ay) - (by - ay) * (dx - ax);

  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) &&
         ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

/**
 * dsr_board_layout_count_crossings:
 *
 * Returns: how many pairs of links cross, drawn straight from centre to centre (links
 *   that share a card do not count)
 */
guint
dsr_board_layout_count_crossings (const DsrBoardItem *items,
                                  guint               n_items,
                                  const DsrLink      *links,
                                  guint               n_links)
{
  g_autoptr(GArray) edges = edges_of (items, n_items, links, n_links);
  guint crossings = 0;

  for (guint i = 0; i < edges->len; i++)
    for (guint j = i + 1; j < edges->len; j++)
      {
        Edge e = g_array_index (edges, Edge, i), f = g_array_index (edges, Edge, j);
        const DsrBoardItem *a = &items[e.a], *b = &items[e.b], *c = &items[f.a], *d = &items[f.b];

        if (e.a == f.a || e.a == f.b || e.b == f.a || e.b == f.b)
          continue;
        if (segments_cross (a->x + a->w / 2, a->y + a->h / 2, b->x + b->w / 2, b->y + b->h / 2,
                            c->x + c->w / 2, c->y + c->h / 2, d->x + d->w / 2, d->y + d->h / 2))
          crossings++;
      }
  return crossings;
}
