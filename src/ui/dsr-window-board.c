/* dsr-window-board.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-window-board"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "dsr-board-view.h"
#include "dsr-board.h"
#include "dsr-claim.h"
#include "dsr-document.h"
#include "dsr-node-drag.h"
#include "dsr-window-private.h"

/* The window's evidence-board pane: the board view, the board switcher in the header
 * bar (create, rename, duplicate, delete), the drags into the board from the document
 * pane and their keyboard and menu equivalents. */

struct _DsrWindowBoard
{
  GtkStack       *stack;
  DsrBoardView   *view;
  GListModel     *boards;
  GHashTable     *histories;   /* board id -> DsrBoardHistory: undo is per board */
  gint64          board_id;
};

static DsrDocument *
selected_document (DsrWindow *self)
{
  return self->store != NULL ? gtk_single_selection_get_selected_item (self->selection) : NULL;
}

/* The document pane's buffer is the only one whose offsets are a document's. */
static gint64
resolve_buffer (GtkTextBuffer *buffer,
                gpointer       user_data)
{
  DsrWindow *self = user_data;
  DsrDocument *document = selected_document (self);

  if (document == NULL || buffer != gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->document_view)))
    return 0;
  return dsr_document_get_id (document);
}

static void
toast (DsrWindow  *self,
       const char *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

static void
problem_cb (DsrWindow    *self,
            const char   *message,
            DsrBoardView *view)
{
  toast (self, message);
}

/* A claim a board edit made or took away (or its undo, or redo) is listed, or no
 * longer, in the Claims page at once. */
static void
claims_changed_cb (DsrWindow       *self,
                   DsrBoardHistory *history)
{
  if (dsr_board_history_get_store (history) == self->store)
    dsr_claim_list_set_store (self->claim_list, self->store);
}

static void
claim_kept_cb (DsrWindow       *self,
               gint64           claim_id,
               DsrBoardHistory *history)
{
  /* Translators: undoing a passage dropped on the board took its card off, but
   * the claim is used elsewhere (on another board, or with a confirmed link) */
  toast (self, _("The claim stays, as it is used elsewhere"));
}

static DsrBoardHistory *
history_for (DsrWindow *self,
             gint64     board_id)
{
  DsrWindowBoard *board = self->board_pane;
  DsrBoardHistory *history = g_hash_table_lookup (board->histories, &board_id);

  if (history == NULL)
    {
      history = dsr_board_history_new (self->store);
      g_signal_connect_object (history, "claims-changed", G_CALLBACK (claims_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (history, "claim-kept", G_CALLBACK (claim_kept_cb), self, G_CONNECT_SWAPPED);
      g_hash_table_insert (board->histories, g_memdup2 (&board_id, sizeof board_id), history);
    }
  return history;
}

static const char *
board_name (DsrWindow *self,
            gint64     board_id)
{
  DsrWindowBoard *board = self->board_pane;

  for (guint i = 0; board->boards != NULL && i < g_list_model_get_n_items (board->boards); i++)
    {
      g_autoptr(DsrBoard) b = g_list_model_get_item (board->boards, i);

      if (dsr_board_get_id (b) == board_id)
        return dsr_board_get_name (b);
    }
  return NULL;
}

static void
update_switcher (DsrWindow *self)
{
  DsrWindowBoard *board = self->board_pane;
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) list = g_menu_new ();
  g_autoptr(GMenu) manage = g_menu_new ();
  gboolean writable = self->store != NULL && !dsr_store_is_read_only (self->store);
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), "board");
  g_autofree char *state = g_strdup_printf ("%" G_GINT64_FORMAT, board->board_id);
  const char *name = board_name (self, board->board_id);

  for (guint i = 0; board->boards != NULL && i < g_list_model_get_n_items (board->boards); i++)
    {
      g_autoptr(DsrBoard) b = g_list_model_get_item (board->boards, i);
      g_autoptr(GMenuItem) item = g_menu_item_new (dsr_board_get_name (b), NULL);
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, dsr_board_get_id (b));

      g_menu_item_set_action_and_target (item, "win.board", "s", id);
      g_menu_append_item (list, item);
    }
  g_menu_append_section (menu, NULL, G_MENU_MODEL (list));
  g_menu_append (manage, _("_New Board…"), "win.new-board");
  g_menu_append (manage, _("_Rename Board…"), "win.rename-board");
  g_menu_append (manage, _("_Duplicate Board"), "win.duplicate-board");
  g_menu_append (manage, _("De_lete Board…"), "win.delete-board");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (manage));
  gtk_menu_button_set_menu_model (self->board_button, G_MENU_MODEL (menu));
  gtk_menu_button_set_label (self->board_button, name != NULL ? name : _("Boards"));
  gtk_widget_set_visible (GTK_WIDGET (self->board_button), self->store != NULL);

  g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_string (state));
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), "new-board")),
                               writable);
  for (guint i = 0; i < 3; i++)
    {
      static const char *names[] = { "rename-board", "duplicate-board", "delete-board" };

      g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), names[i])),
                                   writable && board->board_id > 0);
    }
  for (guint i = 0; i < 3; i++)
    {
      static const char *names[] = { "add-passage-to-board", "add-document-to-board", "add-node-to-board" };

      g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), names[i])),
                                   writable && board->board_id > 0);
    }
  _dsr_window_update_export (self);
}

static void
show_board (DsrWindow *self,
            gint64     board_id)
{
  DsrWindowBoard *board = self->board_pane;

  board->board_id = board_id;
  if (board_id > 0)
    {
      dsr_board_view_set_board (board->view, history_for (self, board_id), board_id);
      gtk_stack_set_visible_child_name (board->stack, "board");
    }
  else
    {
      dsr_board_view_set_board (board->view, NULL, 0);
      gtk_stack_set_visible_child_name (board->stack, "none");
    }
  update_switcher (self);
}

/* Reads the list of boards again, and shows @board_id (or the first board). */
static void
reload_boards (DsrWindow *self,
               gint64     board_id)
{
  DsrWindowBoard *board = self->board_pane;
  g_autoptr(GError) error = NULL;

  g_clear_object (&board->boards);
  if (self->store != NULL && !(board->boards = dsr_store_list_boards (self->store, &error)))
    toast (self, error->message);
  if (board_id <= 0 || board_name (self, board_id) == NULL)
    {
      g_autoptr(DsrBoard) first = board->boards != NULL ? g_list_model_get_item (board->boards, 0) : NULL;

      board_id = first != NULL ? dsr_board_get_id (first) : 0;
    }
  show_board (self, board_id);
}

static void
edited_cb (DsrWindow    *self,
           DsrBoardView *view)
{
  /* an undone rename changes the board's name in the switcher */
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->board_pane->boards);
  self->board_pane->boards = dsr_store_list_boards (self->store, &error);
  update_switcher (self);
}

/**
 * _dsr_window_reload_board:
 *
 * Reads the board shown again, after the entities, sources or claims its cards show
 * changed elsewhere in the window (renamed, merged, graded, undone).
 */
void
_dsr_window_reload_board (DsrWindow *self)
{
  DsrWindowBoard *board = self->board_pane;
  DsrBoardHistory *history;

  if (board == NULL || board->board_id <= 0 ||
      !(history = dsr_board_view_get_history (board->view)) ||
      dsr_board_history_get_store (history) != self->store)
    return;   /* no board, or the one of the investigation shown before */
  dsr_board_view_reload (board->view);
}

static void
source_graded_cb (DsrWindow     *self,
                  gint64         source_id,
                  DsrSourceList *list)
{
  _dsr_window_reload_board (self);
}

/* Double-clicking a claim shows its passage, selected, in the document pane. */
static void
open_claim_cb (DsrWindow    *self,
               gint64        claim_id,
               DsrBoardView *view)
{
  g_autoptr(GListModel) claims = NULL;
  g_autoptr(DsrClaim) claim = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  if (self->store == NULL || !(claims = dsr_store_list_claims (self->store, NULL)))
    return;
  for (guint i = 0; claim == NULL && i < g_list_model_get_n_items (claims); i++)
    {
      g_autoptr(DsrClaim) c = g_list_model_get_item (claims, i);

      if (dsr_claim_get_id (c) == claim_id)
        claim = g_steal_pointer (&c);
    }
  if (claim == NULL)
    return;

  for (guint i = 0; i < g_list_model_get_n_items (self->documents); i++)
    {
      g_autoptr(DsrDocument) document = g_list_model_get_item (self->documents, i);

      if (dsr_document_get_id (document) == dsr_claim_get_document_id (claim))
        {
          if (gtk_single_selection_get_selected (self->selection) != i)
            gtk_single_selection_set_selected (self->selection, i);
          break;
        }
    }
  if (resolve_buffer (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->document_view)), self) !=
      dsr_claim_get_document_id (claim))
    return;

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->document_view));
  gtk_text_buffer_get_iter_at_offset (buffer, &start, dsr_claim_get_start (claim));
  gtk_text_buffer_get_iter_at_offset (buffer, &end, dsr_claim_get_end (claim));
  gtk_text_buffer_select_range (buffer, &start, &end);
  gtk_text_view_scroll_to_iter (GTK_TEXT_VIEW (self->document_view), &start, 0.1, TRUE, 0, 0.3);
}

/* A board name from the user */

typedef void (*NameCallback) (DsrWindow *self, const char *name);

static void
name_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  DsrWindow        *self)
{
  NameCallback callback = g_object_get_data (G_OBJECT (dialog), "callback");
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));

  if (g_str_equal (response, "ok"))
    callback (self, gtk_editable_get_text (entry));
}

static void
entry_activate_cb (GtkEntry         *entry,
                   AdwMessageDialog *dialog)
{
  adw_message_dialog_response (dialog, "ok");
  gtk_window_close (GTK_WINDOW (dialog));
}

static void
ask_name (DsrWindow    *self,
          const char   *heading,
          const char   *ok_label,
          const char   *initial,
          NameCallback  callback)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, NULL);
  GtkWidget *entry = gtk_entry_new ();

  gtk_editable_set_text (GTK_EDITABLE (entry), initial);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Board name"), -1);
  g_signal_connect (entry, "activate", G_CALLBACK (entry_activate_cb), dialog);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"), "ok", ok_label, NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "ok",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "ok");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "callback", callback);
  g_signal_connect_object (dialog, "response", G_CALLBACK (name_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

/* @base, or @base with a number, so as not to be a board's name already. */
char *
_dsr_window_unused_board_name (DsrWindow  *self,
                               const char *base)
{
  char *name = g_strdup (base);

  for (int i = 2; dsr_store_find_board (self->store, name, NULL) > 0; i++)
    {
      g_free (name);
      /* Translators: a board name made unique, e.g. "Board 2" */
      name = g_strdup_printf (C_("board name", "%s %d"), base, i);
    }
  return name;
}

static void
create_board (DsrWindow  *self,
              const char *name)
{
  g_autoptr(GError) error = NULL;
  gint64 id = dsr_store_create_board (self->store, name, &error);

  if (id == 0)
    {
      g_autofree char *message = g_strdup (error->message);

      message[0] = g_unichar_toupper (message[0]);
      toast (self, message);
      return;
    }
  reload_boards (self, id);
  gtk_widget_grab_focus (GTK_WIDGET (self->board_pane->view));
}

static void
new_board_action (GSimpleAction *action,
                  GVariant      *param,
                  gpointer       user_data)
{
  DsrWindow *self = user_data;
  g_autofree char *name = _dsr_window_unused_board_name (self, _("Board"));

  ask_name (self, _("New Board"), _("C_reate"), name, create_board);
}

static void
rename_board (DsrWindow  *self,
              const char *name)
{
  DsrWindowBoard *board = self->board_pane;
  g_autoptr(GError) error = NULL;
  const char *old = board_name (self, board->board_id);

  if (old == NULL || g_strcmp0 (old, name) == 0)
    return;
  if (!dsr_board_history_rename_board (history_for (self, board->board_id), board->board_id,
                                       old, name, &error))
    {
      g_autofree char *message = g_strdup (error->message);

      message[0] = g_unichar_toupper (message[0]);
      toast (self, message);
      return;
    }
  reload_boards (self, board->board_id);
}

static void
rename_board_action (GSimpleAction *action,
                     GVariant      *param,
                     gpointer       user_data)
{
  DsrWindow *self = user_data;
  const char *name = board_name (self, self->board_pane->board_id);

  if (name != NULL)
    ask_name (self, _("Rename Board"), _("_Rename"), name, rename_board);
}

static void
duplicate_board_action (GSimpleAction *action,
                        GVariant      *param,
                        gpointer       user_data)
{
  DsrWindow *self = user_data;
  g_autoptr(GError) error = NULL;
  const char *name = board_name (self, self->board_pane->board_id);
  g_autofree char *base = NULL;
  g_autofree char *copy_name = NULL;
  gint64 id;

  if (name == NULL)
    return;
  /* Translators: the name of a copy of a board */
  base = g_strdup_printf (_("%s (copy)"), name);
  copy_name = _dsr_window_unused_board_name (self, base);
  if (!(id = dsr_store_duplicate_board (self->store, self->board_pane->board_id, copy_name, &error)))
    {
      toast (self, error->message);
      return;
    }
  reload_boards (self, id);
}

static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    DsrWindow        *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "board-id"));

  if (!g_str_equal (response, "delete"))
    return;
  if (!dsr_store_delete_board (self->store, id, &error))
    toast (self, error->message);
  g_hash_table_remove (self->board_pane->histories, &id);
  reload_boards (self, 0);
}

static void
delete_board_action (GSimpleAction *action,
                     GVariant      *param,
                     gpointer       user_data)
{
  DsrWindow *self = user_data;
  gint64 id = self->board_pane->board_id;
  const char *name = board_name (self, id);
  GtkWidget *dialog;

  if (name == NULL)
    return;
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Delete Board?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("“%s” and the places of its cards will be deleted. The claims, "
                                    "speakers, sources and links stay in the investigation."), name);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"), "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "board-id", GSIZE_TO_POINTER (id));
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
board_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  DsrWindow *self = user_data;

  show_board (self, g_ascii_strtoll (g_variant_get_string (param, NULL), NULL, 10));
}

/* Keyboard and menu equivalents of the drags from the document pane */

static void
centre_of_view (DsrWindow *self,
                double    *x,
                double    *y)
{
  *x = gtk_widget_get_width (GTK_WIDGET (self->board_pane->view)) / 2.0;
  *y = gtk_widget_get_height (GTK_WIDGET (self->board_pane->view)) / 2.0;
}

/* An edit that lands on the board, as a drop does, gives the board the focus, with the
 * new card selected: Ctrl+Z then undoes it, since undo acts on the pane with focus. */
static void
focus_board (DsrWindow *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->board_pane->view));
}

/* A node's card in the middle of the board's view, as a drop there would place it. */
static void
add_node_at_centre (DsrWindow     *self,
                    const DsrNode *node)
{
  g_autoptr(GError) error = NULL;
  double x, y;

  centre_of_view (self, &x, &y);
  if (!dsr_board_view_add_node (self->board_pane->view, node, x, y, &error))
    toast (self, error->message);
  else
    focus_board (self);
}

static void
add_passage_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  DsrWindow *self = user_data;
  g_autoptr(GError) error = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->document_view));
  gint64 document = resolve_buffer (buffer, self);
  GtkTextIter start, end;
  double x, y;

  if (document <= 0 || !gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    {
      toast (self, _("Select a passage in the document first"));
      return;
    }
  centre_of_view (self, &x, &y);
  if (!dsr_board_view_add_passage (self->board_pane->view, document, gtk_text_iter_get_offset (&start),
                                   gtk_text_iter_get_offset (&end), x, y, &error))
    toast (self, error->message);
  else
    focus_board (self);
}

static void
add_document_action (GSimpleAction *action,
                     GVariant      *param,
                     gpointer       user_data)
{
  DsrWindow *self = user_data;
  DsrDocument *document = selected_document (self);

  if (document != NULL)
    add_node_at_centre (self, &(DsrNode) { DSR_NODE_DOCUMENT, dsr_document_get_id (document) });
}

/* "kind:id" (claim:3, entity:7, source:2, document:1): the menu and keyboard way of
 * dropping a node from the sidebar onto the board. */
static void
add_node_action (GSimpleAction *action,
                 GVariant      *param,
                 gpointer       user_data)
{
  DsrWindow *self = user_data;
  DsrNode node;

  if (dsr_node_parse (g_variant_get_string (param, NULL), &node))
    add_node_at_centre (self, &node);
}

/* The open document's header drags onto the board as its card. */
static GdkContentProvider *
document_drag_prepare_cb (GtkDragSource *source,
                          double         x,
                          double         y,
                          DsrWindow     *self)
{
  DsrDocument *document = selected_document (self);
  DsrNode node = { DSR_NODE_DOCUMENT, 0 };

  if (document == NULL || self->board_pane->board_id <= 0)
    return NULL;
  node.id = dsr_document_get_id (document);
  return gdk_content_provider_new_typed (DSR_TYPE_NODE, &node);
}

/* A row of the Documents list drags onto the board as the document's card, the
 * card that claims are reported by. (The row is built by the window's template.) */
static GdkContentProvider *
document_row_drag_prepare_cb (GtkListItem   *item,
                              double         x,
                              double         y,
                              GtkDragSource *source)
{
  DsrDocument *document = gtk_list_item_get_item (item);

  if (document == NULL)
    return NULL;
  return dsr_node_drag_prepare (source, &(DsrNode) { DSR_NODE_DOCUMENT, dsr_document_get_id (document) });
}

static void
document_row_pressed_cb (GtkListItem     *item,
                         int              n_press,
                         double           x,
                         double           y,
                         GtkGestureClick *gesture)
{
  DsrDocument *document = gtk_list_item_get_item (item);

  if (document == NULL)
    return;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  dsr_node_menu_popup (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture)), x, y,
                       &(DsrNode) { DSR_NODE_DOCUMENT, dsr_document_get_id (document) });
}

void
_dsr_window_class_init_board (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, document_row_drag_prepare_cb);
  gtk_widget_class_bind_template_callback (widget_class, document_row_pressed_cb);
}

static const GActionEntry board_entries[] = {
  { .name = "board", .activate = board_action, .parameter_type = "s", .state = "'0'" },
  { .name = "new-board", .activate = new_board_action },
  { .name = "rename-board", .activate = rename_board_action },
  { .name = "duplicate-board", .activate = duplicate_board_action },
  { .name = "delete-board", .activate = delete_board_action },
  { .name = "add-passage-to-board", .activate = add_passage_action },
  { .name = "add-document-to-board", .activate = add_document_action },
  { .name = "add-node-to-board", .activate = add_node_action, .parameter_type = "s" },
};

/* The zoom buttons sit beside the view, not inside it, so they call its actions. */
static void
osd_clicked_cb (GtkButton *button,
                GtkWidget *view)
{
  gtk_widget_activate_action (view, g_object_get_data (G_OBJECT (button), "action"), NULL);
}

static GtkWidget *
osd_button (DsrBoardView *view,
            const char   *icon,
            const char   *tooltip,
            const char   *action)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  g_object_set_data (G_OBJECT (button), "action", (gpointer)action);
  g_signal_connect (button, "clicked", G_CALLBACK (osd_clicked_cb), view);
  gtk_widget_set_focusable (button, FALSE);
  return button;
}

static GtkWidget *
empty_page_new (void)
{
  GtkWidget *page = adw_status_page_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_New Board"));

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), "view-grid-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (page), _("No Boards"));
  adw_status_page_set_description (ADW_STATUS_PAGE (page),
                                   _("A board pins claims to the people who made them and the outlets that reported them"));
  gtk_widget_add_css_class (page, "compact");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.new-board");
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_add_css_class (button, "suggested-action");
  adw_status_page_set_child (ADW_STATUS_PAGE (page), button);
  return page;
}

void
_dsr_window_init_board (DsrWindow *self)
{
  DsrWindowBoard *board = g_new0 (DsrWindowBoard, 1);
  GtkWidget *overlay = gtk_overlay_new ();
  GtkWidget *zoom = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  g_autoptr(GMenu) extra = g_menu_new ();
  g_autoptr(GMenu) board_items = g_menu_new ();
  GMenuModel *other;
  GtkDragSource *drag;
  GtkEventController *shortcuts;

  self->board_pane = board;
  board->histories = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  board->view = DSR_BOARD_VIEW (dsr_board_view_new ());
  dsr_board_view_set_buffer_resolver (board->view, resolve_buffer, self);
  g_signal_connect_object (board->view, "problem", G_CALLBACK (problem_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (board->view, "edited", G_CALLBACK (edited_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (board->view, "open-claim", G_CALLBACK (open_claim_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->source_list, "graded", G_CALLBACK (source_graded_cb), self, G_CONNECT_SWAPPED);

  gtk_overlay_set_child (GTK_OVERLAY (overlay), GTK_WIDGET (board->view));
  gtk_box_append (GTK_BOX (zoom), osd_button (board->view, "zoom-out-symbolic", _("Zoom Out"), "board.zoom-out"));
  gtk_box_append (GTK_BOX (zoom), osd_button (board->view, "zoom-fit-best-symbolic", _("Fit to View"), "board.fit"));
  gtk_box_append (GTK_BOX (zoom), osd_button (board->view, "zoom-in-symbolic", _("Zoom In"), "board.zoom-in"));
  gtk_box_append (GTK_BOX (zoom), osd_button (board->view, "view-list-symbolic", _("Arrange in Layers"),
                                              "board.arrange-layered"));
  gtk_widget_add_css_class (zoom, "osd");
  gtk_widget_add_css_class (zoom, "toolbar");
  gtk_widget_set_halign (zoom, GTK_ALIGN_END);
  gtk_widget_set_valign (zoom, GTK_ALIGN_END);
  gtk_widget_set_margin_end (zoom, 12);
  gtk_widget_set_margin_bottom (zoom, 12);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), zoom);

  board->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_add_named (board->stack, overlay, "board");
  gtk_stack_add_named (board->stack, empty_page_new (), "none");
  gtk_widget_set_vexpand (GTK_WIDGET (board->stack), TRUE);
  gtk_box_append (GTK_BOX (self->board), GTK_WIDGET (board->stack));

  g_action_map_add_action_entries (G_ACTION_MAP (self), board_entries, G_N_ELEMENTS (board_entries), self);

  /* the document pane: drag its header, or use its menu, to put things on the board */
  g_menu_append (board_items, _("Add Passage to _Board"), "win.add-passage-to-board");
  g_menu_append (board_items, _("Add _Document to Board"), "win.add-document-to-board");
  /* after what other parts of the window put in the document's menu */
  if ((other = gtk_text_view_get_extra_menu (GTK_TEXT_VIEW (self->document_view))) != NULL)
    g_menu_append_section (extra, NULL, other);
  g_menu_append_section (extra, NULL, G_MENU_MODEL (board_items));
  gtk_text_view_set_extra_menu (GTK_TEXT_VIEW (self->document_view), G_MENU_MODEL (extra));
  drag = gtk_drag_source_new ();
  gtk_drag_source_set_actions (drag, GDK_ACTION_COPY);
  g_signal_connect (drag, "prepare", G_CALLBACK (document_drag_prepare_cb), self);
  gtk_widget_add_controller (self->document_header, GTK_EVENT_CONTROLLER (drag));

  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_b, GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("win.add-passage-to-board")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  update_switcher (self);
}

/* The boards of the investigation now shown. */
void
_dsr_window_load_boards (DsrWindow *self)
{
  g_hash_table_remove_all (self->board_pane->histories);
  self->board_pane->board_id = 0;
  reload_boards (self, 0);
}

void
_dsr_window_finalize_board (DsrWindow *self)
{
  DsrWindowBoard *board = g_steal_pointer (&self->board_pane);

  if (board == NULL)
    return;
  g_clear_object (&board->boards);
  g_clear_pointer (&board->histories, g_hash_table_unref);
  g_free (board);
}

/**
 * _dsr_window_get_board_view:
 *
 * Returns: (transfer none): the board view, for the tests
 */
DsrBoardView *
_dsr_window_get_board_view (DsrWindow *self)
{
  return self->board_pane->view;
}

/**
 * _dsr_window_get_board_name:
 *
 * Returns: (nullable): the name of the board shown, %NULL when none is
 */
const char *
_dsr_window_get_board_name (DsrWindow *self)
{
  return self->board_pane != NULL ? board_name (self, self->board_pane->board_id) : NULL;
}

/* Reads the boards again, as after a board came in, and shows @board_id. */
void
_dsr_window_show_board (DsrWindow *self,
                        gint64     board_id)
{
  reload_boards (self, board_id);
}
