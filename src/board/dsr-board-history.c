/* dsr-board-history.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-board-history"

#include "config.h"

#include <glib/gi18n.h>

#include "dsr-board-history.h"

/* The longest undo history kept; older edits stay stored but cannot be undone. */
#define MAX_COMMANDS 500

typedef enum
{
  COMMAND_PLACE,        /* items placed (added or pasted): undo takes them off */
  COMMAND_MOVE,         /* items moved: before and after positions */
  COMMAND_REMOVE,       /* items taken off: undo puts them back where they were */
  COMMAND_NOTE_TEXT,
  COMMAND_ADD_LINK,
  COMMAND_DELETE_LINK,
  COMMAND_LINK_LABEL,
  COMMAND_CONFIRM_LINK,
  COMMAND_RENAME_BOARD,
  COMMAND_NEW_CLAIM,    /* a passage made a claim card: undo takes the claim away too */
} CommandKind;

/* Links are named by kind and ends, not by id: a link deleted and made again by
 * undo/redo gets a new id, but its kind and ends stay. */
typedef struct
{
  CommandKind   kind;
  gint64        board_id;
  GArray       *before;    /* DsrBoardItem */
  GArray       *after;     /* DsrBoardItem */
  gint64        note_id;
  DsrLinkKind   link_kind;
  DsrNode       from;
  DsrNode       to;
  DsrLinkState  state;
  char         *old_text;  /* note text, link label or board name */
  char         *new_text;
  GBytes       *record;      /* COMMAND_NEW_CLAIM: the rows it made, for the store's undo */
  gboolean      claim_kept;  /* undone as the card only, the claim being used elsewhere */
  gboolean      claim_used;  /* … and kept because it is used elsewhere (not for want of a record) */
} Command;

struct _DsrBoardHistory
{
  GObject    parent_instance;

  DsrStore  *store;
  GPtrArray *undo;   /* Command */
  GPtrArray *redo;
};

G_DEFINE_FINAL_TYPE (DsrBoardHistory, dsr_board_history, G_TYPE_OBJECT)

enum
{
  CLAIMS_CHANGED,
  CLAIM_KEPT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
command_free (Command *command)
{
  g_clear_pointer (&command->before, g_array_unref);
  g_clear_pointer (&command->after, g_array_unref);
  g_free (command->old_text);
  g_free (command->new_text);
  g_clear_pointer (&command->record, g_bytes_unref);
  g_free (command);
}

static GArray *
items_copy (const DsrBoardItem *items,
            guint               n_items)
{
  GArray *copy = g_array_sized_new (FALSE, FALSE, sizeof (DsrBoardItem), n_items);

  g_array_append_vals (copy, items, n_items);
  return copy;
}

static void
dsr_board_history_finalize (GObject *object)
{
  DsrBoardHistory *self = DSR_BOARD_HISTORY (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_pointer (&self->redo, g_ptr_array_unref);

  G_OBJECT_CLASS (dsr_board_history_parent_class)->finalize (object);
}

static void
dsr_board_history_class_init (DsrBoardHistoryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dsr_board_history_finalize;

  /**
   * DsrBoardHistory::claims-changed:
   *
   * An edit, its undo or its redo made a claim or took one out of the investigation.
   */
  signals[CLAIMS_CHANGED] = g_signal_new ("claims-changed", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 0);
  /**
   * DsrBoardHistory::claim-kept:
   * @claim_id: the claim whose card came off
   *
   * Undoing a passage made a claim took only its card off: the claim is used elsewhere
   * (on another board, or with a confirmed link), so it stays.
   */
  signals[CLAIM_KEPT] = g_signal_new ("claim-kept", G_TYPE_FROM_CLASS (klass),
                                      G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                      G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
dsr_board_history_init (DsrBoardHistory *self)
{
  self->undo = g_ptr_array_new_with_free_func ((GDestroyNotify)command_free);
  self->redo = g_ptr_array_new_with_free_func ((GDestroyNotify)command_free);
}

DsrBoardHistory *
dsr_board_history_new (DsrStore *store)
{
  DsrBoardHistory *self;

  g_return_val_if_fail (DSR_IS_STORE (store), NULL);

  self = g_object_new (DSR_TYPE_BOARD_HISTORY, NULL);
  self->store = g_object_ref (store);
  return self;
}

/**
 * dsr_board_history_get_store:
 *
 * Returns: (transfer none): the store the edits go to
 */
DsrStore *
dsr_board_history_get_store (DsrBoardHistory *self)
{
  g_return_val_if_fail (DSR_IS_BOARD_HISTORY (self), NULL);
  return self->store;
}

void
dsr_board_card_size (DsrNodeKind  kind,
                     double      *w,
                     double      *h)
{
  /* the same sizes as cards placed from the command line */
  static const struct { double w, h; } sizes[] = {
    { 240, 120 }, { 160, 64 }, { 180, 72 }, { 200, 80 }, { 200, 120 },
  };

  *w = sizes[MIN (kind, DSR_NODE_NOTE)].w;
  *h = sizes[MIN (kind, DSR_NODE_NOTE)].h;
}

static void
push (DsrBoardHistory *self,
      Command         *command)
{
  g_ptr_array_set_size (self->redo, 0);
  g_ptr_array_add (self->undo, command);
  if (self->undo->len > MAX_COMMANDS)
    g_ptr_array_remove_index (self->undo, 0);
}

static Command *
command_new (CommandKind kind)
{
  Command *command = g_new0 (Command, 1);

  command->kind = kind;
  return command;
}

/* A command on the link of @link_kind from @from to @to. */
static Command *
link_command_new (CommandKind    kind,
                  DsrLinkKind    link_kind,
                  const DsrNode *from,
                  const DsrNode *to)
{
  Command *command = command_new (kind);

  command->link_kind = link_kind;
  command->from = *from;
  command->to = *to;
  return command;
}

static GArray *
nodes_of (GArray *items)
{
  GArray *nodes = g_array_sized_new (FALSE, FALSE, sizeof (DsrNode), items->len);

  for (guint i = 0; i < items->len; i++)
    g_array_append_val (nodes, g_array_index (items, DsrBoardItem, i).node);
  return nodes;
}

static gboolean
take_off (DsrStore  *store,
          gint64     board_id,
          GArray    *items,
          GError   **error)
{
  g_autoptr(GArray) nodes = nodes_of (items);

  return dsr_store_board_remove_items (store, board_id, (DsrNode *)nodes->data, nodes->len,
                                       error);
}

static gboolean
put (DsrStore  *store,
     gint64     board_id,
     GArray    *items,
     GError   **error)
{
  return dsr_store_board_put_items (store, board_id, (DsrBoardItem *)items->data, items->len,
                                    error);
}

/* A claim made from a passage is taken away with its card, unless it has come to
 * matter elsewhere since (on another board, or with a confirmed link): then only the
 * card comes off, and redo puts it back. */
static gboolean
undo_new_claim (DsrStore  *store,
                Command   *command,
                GError   **error)
{
  const DsrBoardItem *card = &g_array_index (command->after, DsrBoardItem, 0);
  gboolean used;

  if (!dsr_store_claim_is_used (store, card->node.id, command->board_id, &used, error))
    return FALSE;
  command->claim_used = used;
  command->claim_kept = used || command->record == NULL;
  return command->claim_kept ? take_off (store, command->board_id, command->after, error)
                             : dsr_store_undo (store, command->record, error);
}

static gboolean
redo_new_claim (DsrStore  *store,
                Command   *command,
                GError   **error)
{
  return command->claim_kept ? put (store, command->board_id, command->after, error)
                             : dsr_store_redo (store, command->record, error);
}

/* Runs @command forward (redo) or backward (undo). */
static gboolean
run (DsrBoardHistory  *self,
     Command          *command,
     gboolean          forward,
     GError          **error)
{
  DsrStore *store = self->store;
  const char *text = forward ? command->new_text : command->old_text;

  switch (command->kind)
    {
    case COMMAND_PLACE:
      return forward ? put (store, command->board_id, command->after, error)
                     : take_off (store, command->board_id, command->after, error);
    case COMMAND_MOVE:
      return put (store, command->board_id, forward ? command->after : command->before, error);
    case COMMAND_REMOVE:
      return forward ? take_off (store, command->board_id, command->before, error)
                     : put (store, command->board_id, command->before, error);
    case COMMAND_NOTE_TEXT:
      return dsr_store_set_note_text (store, command->note_id, text, error);
    case COMMAND_ADD_LINK:
    case COMMAND_DELETE_LINK:
      if (forward == (command->kind == COMMAND_ADD_LINK))
        {
          if (dsr_store_add_link (store, command->link_kind, &command->from, &command->to,
                                  command->state, error) == 0)
            return FALSE;
          return command->old_text == NULL ||
                 dsr_store_set_link_label (store, command->link_kind, &command->from,
                                           &command->to, command->old_text, error);
        }
      return dsr_store_delete_link (store, command->link_kind, &command->from, &command->to,
                                    error);
    case COMMAND_LINK_LABEL:
      return dsr_store_set_link_label (store, command->link_kind, &command->from, &command->to,
                                       text, error);
    case COMMAND_CONFIRM_LINK:
      return dsr_store_set_link_state (store, command->link_kind, &command->from, &command->to,
                                       forward ? DSR_LINK_STATE_CONFIRMED
                                               : DSR_LINK_STATE_SUGGESTED, error);
    case COMMAND_RENAME_BOARD:
      return dsr_store_rename_board (store, command->board_id, text, error);
    case COMMAND_NEW_CLAIM:
      return forward ? redo_new_claim (store, command, error) : undo_new_claim (store, command, error);
    default:
      g_assert_not_reached ();
    }
}

/* Does @command and records it, or records nothing when it fails. */
static gboolean
perform (DsrBoardHistory  *self,
         Command          *command,
         GError          **error)
{
  if (!run (self, command, TRUE, error))
    {
      command_free (command);
      return FALSE;
    }
  push (self, command);
  return TRUE;
}

/* Performs @command, which changes a text (a note's, a link's label, a board's name)
 * from @old_text to @new_text. */
static gboolean
perform_text_change (DsrBoardHistory  *self,
                     Command          *command,
                     const char       *old_text,
                     const char       *new_text,
                     GError          **error)
{
  command->old_text = g_strdup (old_text);
  command->new_text = g_strdup (new_text);
  return perform (self, command, error);
}

/**
 * dsr_board_history_add_items:
 *
 * Places cards on a board (each item has its position and size).
 */
gboolean
dsr_board_history_add_items (DsrBoardHistory     *self,
                             gint64               board_id,
                             const DsrBoardItem  *items,
                             guint                n_items,
                             GError             **error)
{
  Command *command;

  g_return_val_if_fail (DSR_IS_BOARD_HISTORY (self), FALSE);

  command = command_new (COMMAND_PLACE);
  command->board_id = board_id;
  command->after = items_copy (items, n_items);
  return perform (self, command, error);
}

gboolean
dsr_board_history_move_items (DsrBoardHistory     *self,
                              gint64               board_id,
                              const DsrBoardItem  *before,
                              const DsrBoardItem  *after,
                              guint                n_items,
                              GError             **error)
{
  Command *command;

  g_return_val_if_fail (DSR_IS_BOARD_HISTORY (self), FALSE);

  command = command_new (COMMAND_MOVE);
  command->board_id = board_id;
  command->before = items_copy (before, n_items);
  command->after = items_copy (after, n_items);
  return perform (self, command, error);
}

/**
 * dsr_board_history_remove_items:
 * @items: the cards as they are, so that undo puts them back in place
 */
gboolean
dsr_board_history_remove_items (DsrBoardHistory     *self,
                                gint64               board_id,
                                const DsrBoardItem  *items,
                                guint                n_items,
                                GError             **error)
{
  Command *command;

  g_return_val_if_fail (DSR_IS_BOARD_HISTORY (self), FALSE);

  command = command_new (COMMAND_REMOVE);
  command->board_id = board_id;
  command->before = items_copy (items, n_items);
  return perform (self, command, error);
}

/**
 * dsr_board_history_paste_items:
 *
 * Pastes cards copied from a board (see dsr_store_board_paste_items()).
 *
 * Returns: (transfer full) (nullable): the items as placed, or %NULL with @error set
 */
GArray *
dsr_board_history_paste_items (DsrBoardHistory     *self,
                               gint64               board_id,
                               const DsrBoardItem  *items,
                               guint                n_items,
                               GError             **error)
{
  g_autoptr(GArray) placed = NULL;
  Command *command;

  g_return_val_if_fail (DSR_IS_BOARD_HISTORY (self), NULL);

  placed = dsr_store_board_paste_items (self->store, board_id, items, n_items, error);
  if (placed == NULL)
    return NULL;
  command = command_new (COMMAND_PLACE);
  command->board_id = board_id;
  command->after = g_array_ref (placed);
  push (self, command);
  return g_steal_pointer (&placed);
}

/**
 * dsr_board_history_add_note:
 *
 * Returns: the new note's id, or 0 with @error set
 */
gint64
dsr_board_history_add_note (DsrBoardHistory  *self,
                            gint64            board_id,
                            const char       *text,
                            double            x,
                            double            y,
                            GError          **error)
{
  DsrBoardItem item = { { DSR_NODE_NOTE, 0 }, x, y, 0, 0 };
  Command *command;

  g_return_val_if_fail (DSR_IS_BOARD_HISTORY (self), 0);

  dsr_board_card_size (DSR_NODE_NOTE, &item.w, &item.h);
  item.node.id = dsr_store_board_add_note (self->store, board_id, text, &item, error);
  if (item.node.id == 0)
    return 0;
  /* undo takes the note off the board; redo pins the same note again */
  command = command_new (COMMAND_PLACE);
  command->board_id = board_id;
  command->after = items_copy (&item, 1);
  push (self, command);
  return item.node.id;
}

/**
 * dsr_board_history_add_claim:
 * @speaker_id: an entity suggested as the speaker, or 0
 * @item: where the card goes; its node is ignored
 *
 * Makes a claim of a passage and pins its card (see dsr_store_board_add_claim()). Undo
 * takes the claim out of the investigation again, with its suggested link, unless it
 * is used elsewhere by then; redo brings back the same claim, with its id.
 *
 * Returns: the claim's id, or 0 with @error set
 */
gint64
dsr_board_history_add_claim (DsrBoardHistory     *self,
                             gint64               board_id,
                             gint64               document_id,
                             gint64               start,
                             gint64               end,
                             gint64               speaker_id,
                             const DsrBoardItem  *item,
                             GError             **error)
{
  g_autoptr(GBytes) record = NULL;
  DsrBoardItem card = *item;
  Command *command;

  g_return_val_if_fail (DSR_IS_BOARD_HISTORY (self), 0);
  g_return_val_if_fail (item != NULL, 0);

  if (!dsr_store_begin_undo_record (self->store, error))
    return 0;
  card.node.kind = DSR_NODE_CLAIM;
  card.node.id = dsr_store_board_add_claim (self->store, board_id, document_id, start, end,
                                            speaker_id, item, error);
  record = dsr_store_end_undo_record (self->store);
  if (card.node.id == 0)
    return 0;
  command = command_new (COMMAND_NEW_CLAIM);
  command->board_id = board_id;
  command->after = items_copy (&card, 1);
  command->record = g_steal_pointer (&record);   /* NULL if it could not be read */
  push (self, command);
  g_signal_emit (self, signals[CLAIMS_CHANGED], 0);
  return card.node.id;
}

gboolean
dsr_board_history_edit_note (DsrBoardHistory  *self,
                             gint64            note_id,
                             const char       *old_text,
                             const char       *new_text,
                             GError          **error)
{
  Command *command;

  g_return_val_if_fail (DSR_IS_BOARD_HISTORY (self), FALSE);
  g_return_val_if_fail (old_text != NULL && new_text != NULL, FALSE);

  command = command_new (COMMAND_NOTE_TEXT);
  command->note_id = note_id;
  return perform_text_change (self, command, old_text, new_text, error);
}

/**
 * dsr_board_history_add_link:
 *
 * Makes a confirmed link. When a suggested one of the same kind and ends exists, it is
 * confirmed instead, and undo turns it back into a suggestion.
 */
gboolean
dsr_board_history_add_link (DsrBoardHistory  *self,
                            DsrLinkKind       kind,
                            const DsrNode    *from,
                            const DsrNode    *to,
                            GError          **error)
{
  g_autoptr(GArray) existing = NULL;
  Command *command;

  g_return_val_if_fail (DSR_IS_BOARD_HISTORY (self), FALSE);

  if (!(existing = dsr_store_list_links_of (self->store, from, error)))
    return FALSE;
  for (guint i = 0; i < existing->len; i++)
    {
      const DsrLink *link = &g_array_index (existing, DsrLink, i);

      if (link->kind == kind && link->to.kind == to->kind && link->to.id == to->id &&
          link->from.kind == from->kind && link->from.id == from->id)
        {
          if (link->state == DSR_LINK_STATE_CONFIRMED)
            {
              g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_EXISTS,
                           "%s", _("these two are linked already"));
              return FALSE;
            }
          /* confirming a suggestion: undo turns it back into one */
          command = link_command_new (COMMAND_CONFIRM_LINK, kind, from, to);
          return perform (self, command, error);
        }
    }

  command = link_command_new (COMMAND_ADD_LINK, kind, from, to);
  command->state = DSR_LINK_STATE_CONFIRMED;
  return perform (self, command, error);
}

/**
 * dsr_board_history_delete_link:
 * @state: the link's state and @label its label, so that undo makes it again as it was
 */
gboolean
dsr_board_history_delete_link (DsrBoardHistory  *self,
                               DsrLinkKind       kind,
                               const DsrNode    *from,
                               const DsrNode    *to,
                               DsrLinkState      state,
                               const char       *label,
                               GError          **error)
{
  Command *command;

  g_return_val_if_fail (DSR_IS_BOARD_HISTORY (self), FALSE);

  command = link_command_new (COMMAND_DELETE_LINK, kind, from, to);
  command->state = state;
  command->old_text = g_strdup (label);
  return perform (self, command, error);
}

gboolean
dsr_board_history_set_link_label (DsrBoardHistory  *self,
                                  DsrLinkKind       kind,
                                  const DsrNode    *from,
                                  const DsrNode    *to,
                                  const char       *old_label,
                                  const char       *new_label,
                                  GError          **error)
{
  g_return_val_if_fail (DSR_IS_BOARD_HISTORY (self), FALSE);

  return perform_text_change (self, link_command_new (COMMAND_LINK_LABEL, kind, from, to),
                              old_label, new_label, error);
}

gboolean
dsr_board_history_rename_board (DsrBoardHistory  *self,
                                gint64            board_id,
                                const char       *old_name,
                                const char       *new_name,
                                GError          **error)
{
  Command *command;

  g_return_val_if_fail (DSR_IS_BOARD_HISTORY (self), FALSE);
  g_return_val_if_fail (old_name != NULL && new_name != NULL, FALSE);

  command = command_new (COMMAND_RENAME_BOARD);
  command->board_id = board_id;
  return perform_text_change (self, command, old_name, new_name, error);
}

gboolean
dsr_board_history_can_undo (DsrBoardHistory *self)
{
  g_return_val_if_fail (DSR_IS_BOARD_HISTORY (self), FALSE);
  return self->undo->len > 0;
}

gboolean
dsr_board_history_can_redo (DsrBoardHistory *self)
{
  g_return_val_if_fail (DSR_IS_BOARD_HISTORY (self), FALSE);
  return self->redo->len > 0;
}

/* Moves the last command of @from to @to once it has run; a command that fails (the
 * file changed under it) is dropped, with the error. */
static gboolean
step (DsrBoardHistory  *self,
      GPtrArray        *from,
      GPtrArray        *to,
      gboolean          forward,
      GError          **error)
{
  Command *command;

  if (from->len == 0)
    {
      g_set_error_literal (error, DSR_STORE_ERROR, DSR_STORE_ERROR_NOT_FOUND,
                           forward ? _("nothing to redo") : _("nothing to undo"));
      return FALSE;
    }
  command = g_ptr_array_steal_index (from, from->len - 1);
  if (!run (self, command, forward, error))
    {
      command_free (command);
      return FALSE;
    }
  g_ptr_array_add (to, command);
  if (command->kind == COMMAND_NEW_CLAIM && !command->claim_kept)
    g_signal_emit (self, signals[CLAIMS_CHANGED], 0);
  else if (command->kind == COMMAND_NEW_CLAIM && !forward && command->claim_used)
    g_signal_emit (self, signals[CLAIM_KEPT], 0,
                   g_array_index (command->after, DsrBoardItem, 0).node.id);
  return TRUE;
}

gboolean
dsr_board_history_undo (DsrBoardHistory  *self,
                        GError          **error)
{
  g_return_val_if_fail (DSR_IS_BOARD_HISTORY (self), FALSE);
  return step (self, self->undo, self->redo, FALSE, error);
}

gboolean
dsr_board_history_redo (DsrBoardHistory  *self,
                        GError          **error)
{
  g_return_val_if_fail (DSR_IS_BOARD_HISTORY (self), FALSE);
  return step (self, self->redo, self->undo, TRUE, error);
}

/* Forgets every edit, for another investigation. */
void
dsr_board_history_clear (DsrBoardHistory *self)
{
  g_return_if_fail (DSR_IS_BOARD_HISTORY (self));
  g_ptr_array_set_size (self->undo, 0);
  g_ptr_array_set_size (self->redo, 0);
}
