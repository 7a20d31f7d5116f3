/* dsr-board-scene.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "dsr-store.h"

G_BEGIN_DECLS

/* A rectangle in board units. */
typedef struct
{
  double x;
  double y;
  double width;
  double height;
} DsrBoardRect;

/* What the view marks on a card or a link; the painter draws each mark. */
typedef enum
{
  DSR_BOARD_MARK_NONE        = 0,
  DSR_BOARD_MARK_SELECTED    = 1 << 0,
  DSR_BOARD_MARK_HOVER       = 1 << 1,
  DSR_BOARD_MARK_DROP_TARGET = 1 << 2,
} DsrBoardMarks;

/* One card: a placed node with what it shows, read from the store. */
typedef struct
{
  DsrNode        node;
  double         x;
  double         y;
  double         w;
  double         h;
  char          *title;       /* claim quote, entity/source name, document title, note text */
  char          *speaker;     /* claim: the said_by entity's name, or NULL */
  char          *source;      /* claim: the reported_by source's or document's name, or NULL */
  char          *detail;      /* entity kind, source kind, document byline, or NULL */
  char           grade;       /* source: reliability A-F, or 0 when not graded */
  DsrEntityKind  entity_kind; /* entity cards only */
  DsrBoardMarks  marks;
} DsrBoardCard;

/* One link between two cards of the board. */
typedef struct
{
  gint64         id;
  DsrLinkKind    kind;
  DsrLinkState   state;
  guint          from;        /* card indices */
  guint          to;
  char          *label;       /* or NULL */
  DsrBoardMarks  marks;
} DsrBoardLink;

#define DSR_TYPE_BOARD_SCENE (dsr_board_scene_get_type ())

G_DECLARE_FINAL_TYPE (DsrBoardScene, dsr_board_scene, DSR, BOARD_SCENE, GObject)

DsrBoardScene *dsr_board_scene_load            (DsrStore            *store,
                                                gint64               board_id,
                                                GError             **error);
gint64         dsr_board_scene_get_board_id    (DsrBoardScene       *self);
guint          dsr_board_scene_get_n_cards     (DsrBoardScene       *self);
DsrBoardCard  *dsr_board_scene_get_card        (DsrBoardScene       *self,
                                                guint                index);
guint          dsr_board_scene_get_n_links     (DsrBoardScene       *self);
DsrBoardLink  *dsr_board_scene_get_link        (DsrBoardScene       *self,
                                                guint                index);
int            dsr_board_scene_find_card       (DsrBoardScene       *self,
                                                const DsrNode       *node);
gboolean       dsr_board_scene_get_bounds      (DsrBoardScene       *self,
                                                DsrBoardRect        *bounds);
void           dsr_board_scene_move_card       (DsrBoardScene       *self,
                                                guint                index,
                                                double               x,
                                                double               y);
void           dsr_board_scene_query_cards     (DsrBoardScene       *self,
                                                const DsrBoardRect  *rect,
                                                GArray              *indices);
void           dsr_board_scene_query_links     (DsrBoardScene       *self,
                                                const DsrBoardRect  *rect,
                                                GArray              *indices);
int            dsr_board_scene_card_at         (DsrBoardScene       *self,
                                                double               x,
                                                double               y);
int            dsr_board_scene_link_at         (DsrBoardScene       *self,
                                                double               x,
                                                double               y,
                                                double               tolerance);
void           dsr_board_scene_clear_marks     (DsrBoardScene       *self,
                                                DsrBoardMarks        marks);
char          *dsr_board_card_dup_description  (const DsrBoardCard  *card);

gboolean       dsr_board_rect_intersects       (const DsrBoardRect  *a,
                                                const DsrBoardRect  *b);

G_END_DECLS
