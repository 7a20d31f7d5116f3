/* test-board-layout.c: auto-arrange on small boards with known answers
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "dsr-board-history.h"
#include "dsr-board-layout.h"

static DsrBoardItem
card (DsrNodeKind kind,
      gint64      id,
      double      x,
      double      y)
{
  DsrBoardItem it = { { kind, id }, x, y, 0, 0 };

  dsr_board_card_size (kind, &it.w, &it.h);
  return it;
}

static DsrLink
link_of (DsrLinkKind kind,
         DsrNodeKind from_kind,
         gint64      from_id,
         DsrNodeKind to_kind,
         gint64      to_id)
{
  return (DsrLink) { 0, kind, { from_kind, from_id }, { to_kind, to_id },
                     DSR_LINK_STATE_CONFIRMED };
}

/* Two sources, two claims, two speakers, every string crossed in the given order: the
 * layered layout puts sources on top, claims in the middle, speakers below, in the
 * order that crosses nothing. */
static void
test_layered_known_answer (void)
{
  DsrBoardItem items[] = {
    card (DSR_NODE_ENTITY, 1, 0, 0),      /* P1 */
    card (DSR_NODE_CLAIM, 1, 0, 0),       /* C1 */
    card (DSR_NODE_SOURCE, 1, 0, 0),      /* S1 */
    card (DSR_NODE_ENTITY, 2, 500, 0),    /* P2 */
    card (DSR_NODE_CLAIM, 2, 500, 0),     /* C2 */
    card (DSR_NODE_SOURCE, 2, 500, 0),    /* S2 */
  };
  DsrLink links[] = {
    link_of (DSR_LINK_REPORTED_BY, DSR_NODE_CLAIM, 1, DSR_NODE_SOURCE, 2),
    link_of (DSR_LINK_REPORTED_BY, DSR_NODE_CLAIM, 2, DSR_NODE_SOURCE, 1),
    link_of (DSR_LINK_SAID_BY, DSR_NODE_CLAIM, 1, DSR_NODE_ENTITY, 2),
    link_of (DSR_LINK_SAID_BY, DSR_NODE_CLAIM, 2, DSR_NODE_ENTITY, 1),
    link_of (DSR_LINK_RELATED, DSR_NODE_CLAIM, 9, DSR_NODE_ENTITY, 1),  /* not on the board */
  };
  DsrBoardItem spread[G_N_ELEMENTS (items)];

  /* laid out in the given order (rows by x), the strings cross twice */
  memcpy (spread, items, sizeof items);
  for (guint i = 0; i < G_N_ELEMENTS (spread); i++)
    spread[i].y = (spread[i].node.kind == DSR_NODE_SOURCE ? 0 :
                   spread[i].node.kind == DSR_NODE_CLAIM ? 300 : 600);
  g_assert_cmpuint (dsr_board_layout_count_crossings (spread, 6, links, 5), ==, 2);

  dsr_board_layout_layered (items, G_N_ELEMENTS (items), links, G_N_ELEMENTS (links));
  g_assert_cmpuint (dsr_board_layout_count_crossings (items, 6, links, 5), ==, 0);

  /* widest row: two claims of 240 with a gap of 40 = 520 wide, from x = 40 */
  /* sources (180 wide) keep their order S1, S2, centred: (520 - 400) / 2 = 60 in */
  g_assert_cmpfloat (items[2].x, ==, 100);
  g_assert_cmpfloat (items[5].x, ==, 320);
  /* claims by their sources: C2 (on S1) first, then C1 */
  g_assert_cmpfloat (items[4].x, ==, 40);
  g_assert_cmpfloat (items[1].x, ==, 320);
  /* speakers by their claims: P1 (C2's) first */
  g_assert_cmpfloat (items[0].x, <, items[3].x);
  /* rows: sources at 40, claims below the tallest source (72) and a gap of 140 */
  g_assert_cmpfloat (items[2].y, ==, 40);
  g_assert_cmpfloat (items[4].y, ==, 40 + 72 + 140);
  g_assert_cmpfloat (items[0].y, ==, 40 + 72 + 140 + 120 + 140);
}

static double
centre_distance (const DsrBoardItem *a,
                 const DsrBoardItem *b)
{
  return hypot (a->x + a->w / 2 - b->x - b->w / 2, a->y + a->h / 2 - b->y - b->h / 2);
}

/* Two linked cards settle where pull and push balance: at the ideal distance. */
static void
test_force_two_cards (void)
{
  DsrBoardItem items[] = {
    card (DSR_NODE_CLAIM, 1, 0, 0),
    card (DSR_NODE_ENTITY, 1, 1500, 900),
  };
  DsrLink links[] = { link_of (DSR_LINK_SAID_BY, DSR_NODE_CLAIM, 1, DSR_NODE_ENTITY, 1) };

  dsr_board_layout_force (items, 2, links, 1, 300);
  g_assert_cmpfloat_with_epsilon (centre_distance (&items[0], &items[1]),
                                  DSR_BOARD_LAYOUT_FORCE_DISTANCE, 2.0);
  /* the board starts at the margin */
  g_assert_cmpfloat (MIN (items[0].x, items[1].x), ==, 40);
  g_assert_cmpfloat (MIN (items[0].y, items[1].y), ==, 40);
}

/* A star of four claims around one speaker, and one loose note, all piled on the same
 * spot: after the layout no two cards overlap, the claims sit closer to their speaker
 * than the note does, and the result is the same every time. */
static void
test_force_star (void)
{
  DsrBoardItem items[6], again[6];
  DsrLink links[4];

  items[0] = card (DSR_NODE_ENTITY, 1, 100, 100);
  for (int i = 0; i < 4; i++)
    {
      items[i + 1] = card (DSR_NODE_CLAIM, i + 1, 100, 100);
      links[i] = link_of (DSR_LINK_SAID_BY, DSR_NODE_CLAIM, i + 1, DSR_NODE_ENTITY, 1);
    }
  items[5] = card (DSR_NODE_NOTE, 1, 100, 100);
  memcpy (again, items, sizeof items);

  dsr_board_layout_force (items, 6, links, 4, 300);
  dsr_board_layout_force (again, 6, links, 4, 300);
  g_assert_cmpmem (items, sizeof items, again, sizeof again);

  for (int i = 0; i < 6; i++)
    for (int j = i + 1; j < 6; j++)
      g_assert_false (items[i].x < items[j].x + items[j].w && items[j].x < items[i].x + items[i].w &&
                      items[i].y < items[j].y + items[j].h && items[j].y < items[i].y + items[i].h);
  for (int i = 1; i <= 4; i++)
    g_assert_cmpfloat (centre_distance (&items[0], &items[i]), <,
                       centre_distance (&items[0], &items[5]));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/board/layout/layered-known-answer", test_layered_known_answer);
  g_test_add_func ("/board/layout/force-two-cards", test_force_two_cards);
  g_test_add_func ("/board/layout/force-star", test_force_star);

  return g_test_run ();
}
