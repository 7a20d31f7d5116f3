/* dsr-board-history.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "dsr-store.h"

G_BEGIN_DECLS

/* The board's edits, each stored at once in its own transaction and recorded so it can
 * be undone and redone (Ctrl+Z, Ctrl+Shift+Z). A failed edit changes nothing and is
 * not recorded. */

#define DSR_TYPE_BOARD_HISTORY (dsr_board_history_get_type ())

G_DECLARE_FINAL_TYPE (DsrBoardHistory, dsr_board_history, DSR, BOARD_HISTORY, GObject)

DsrBoardHistory *dsr_board_history_new            (DsrStore            *store);
DsrStore        *dsr_board_history_get_store      (DsrBoardHistory     *self);

gboolean         dsr_board_history_add_items      (DsrBoardHistory     *self,
                                                   gint64               board_id,
                                                   const DsrBoardItem  *items,
                                                   guint                n_items,
                                                   GError             **error);
gboolean         dsr_board_history_move_items     (DsrBoardHistory     *self,
                                                   gint64               board_id,
                                                   const DsrBoardItem  *before,
                                                   const DsrBoardItem  *after,
                                                   guint                n_items,
                                                   GError             **error);
gboolean         dsr_board_history_remove_items   (DsrBoardHistory     *self,
                                                   gint64               board_id,
                                                   const DsrBoardItem  *items,
                                                   guint                n_items,
                                                   GError             **error);
GArray          *dsr_board_history_paste_items    (DsrBoardHistory     *self,
                                                   gint64               board_id,
                                                   const DsrBoardItem  *items,
                                                   guint                n_items,
                                                   GError             **error);
gint64           dsr_board_history_add_note       (DsrBoardHistory     *self,
                                                   gint64               board_id,
                                                   const char          *text,
                                                   double               x,
                                                   double               y,
                                                   GError             **error);
gint64           dsr_board_history_add_claim      (DsrBoardHistory     *self,
                                                   gint64               board_id,
                                                   gint64               document_id,
                                                   gint64               start,
                                                   gint64               end,
                                                   gint64               speaker_id,
                                                   const DsrBoardItem  *item,
                                                   GError             **error);
gboolean         dsr_board_history_edit_note      (DsrBoardHistory     *self,
                                                   gint64               note_id,
                                                   const char          *old_text,
                                                   const char          *new_text,
                                                   GError             **error);
gboolean         dsr_board_history_add_link       (DsrBoardHistory     *self,
                                                   DsrLinkKind          kind,
                                                   const DsrNode       *from,
                                                   const DsrNode       *to,
                                                   GError             **error);
gboolean         dsr_board_history_delete_link    (DsrBoardHistory     *self,
                                                   DsrLinkKind          kind,
                                                   const DsrNode       *from,
                                                   const DsrNode       *to,
                                                   DsrLinkState         state,
                                                   const char          *label,
                                                   GError             **error);
gboolean         dsr_board_history_set_link_label (DsrBoardHistory     *self,
                                                   DsrLinkKind          kind,
                                                   const DsrNode       *from,
                                                   const DsrNode       *to,
                                                   const char          *old_label,
                                                   const char          *new_label,
                                                   GError             **error);
gboolean         dsr_board_history_rename_board   (DsrBoardHistory     *self,
                                                   gint64               board_id,
                                                   const char          *old_name,
                                                   const char          *new_name,
                                                   GError             **error);

gboolean         dsr_board_history_can_undo       (DsrBoardHistory     *self);
gboolean         dsr_board_history_can_redo       (DsrBoardHistory     *self);
gboolean         dsr_board_history_undo           (DsrBoardHistory     *self,
                                                   GError             **error);
gboolean         dsr_board_history_redo           (DsrBoardHistory     *self,
                                                   GError             **error);
void             dsr_board_history_clear          (DsrBoardHistory     *self);

/* Size of the card a node gets when it is added to a board. */
void             dsr_board_card_size              (DsrNodeKind          kind,
                                                   double              *w,
                                                   double              *h);

G_END_DECLS
