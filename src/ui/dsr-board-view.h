/* dsr-board-view.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "dsr-board-history.h"
#include "dsr-board-scene.h"

G_BEGIN_DECLS

#define DSR_TYPE_BOARD_VIEW (dsr_board_view_get_type ())

G_DECLARE_FINAL_TYPE (DsrBoardView, dsr_board_view, DSR, BOARD_VIEW, GtkWidget)

GtkWidget     *dsr_board_view_new            (void);
void           dsr_board_view_set_board      (DsrBoardView     *self,
                                              DsrBoardHistory  *history,
                                              gint64            board_id);
gint64         dsr_board_view_get_board_id   (DsrBoardView     *self);
DsrBoardScene *dsr_board_view_get_scene      (DsrBoardView     *self);
DsrBoardHistory *dsr_board_view_get_history  (DsrBoardView     *self);
void           dsr_board_view_reload         (DsrBoardView     *self);

double         dsr_board_view_get_scale      (DsrBoardView     *self);
void           dsr_board_view_set_view       (DsrBoardView     *self,
                                              double            scale,
                                              double            x,
                                              double            y);
void           dsr_board_view_fit            (DsrBoardView     *self);
void           dsr_board_view_zoom           (DsrBoardView     *self,
                                              double            factor,
                                              double            widget_x,
                                              double            widget_y);
void           dsr_board_view_to_widget      (DsrBoardView     *self,
                                              double            board_x,
                                              double            board_y,
                                              double           *widget_x,
                                              double           *widget_y);
void           dsr_board_view_to_board       (DsrBoardView     *self,
                                              double            widget_x,
                                              double            widget_y,
                                              double           *board_x,
                                              double           *board_y);

GArray        *dsr_board_view_dup_selection  (DsrBoardView     *self);
void           dsr_board_view_select         (DsrBoardView     *self,
                                              const DsrNode    *node,
                                              gboolean          add);

gboolean       dsr_board_view_add_node       (DsrBoardView     *self,
                                              const DsrNode    *node,
                                              double            widget_x,
                                              double            widget_y,
                                              GError          **error);
gboolean       dsr_board_view_add_passage    (DsrBoardView     *self,
                                              gint64            document_id,
                                              gint64            start,
                                              gint64            end,
                                              double            widget_x,
                                              double            widget_y,
                                              GError          **error);
gboolean       dsr_board_view_drop_card_on   (DsrBoardView     *self,
                                              const DsrNode    *dragged,
                                              const DsrNode    *target,
                                              GError          **error);
gboolean       dsr_board_view_link           (DsrBoardView     *self,
                                              DsrLinkKind       kind,
                                              const DsrNode    *from,
                                              const DsrNode    *to,
                                              GError          **error);

/* Resolves a text buffer dropped on the board to the document it shows, or 0. */
typedef gint64 (*DsrBoardBufferResolver) (GtkTextBuffer *buffer,
                                          gpointer       user_data);

void           dsr_board_view_set_buffer_resolver (DsrBoardView         *self,
                                                   DsrBoardBufferResolver resolver,
                                                   gpointer              user_data);

G_END_DECLS
