/* dsr-entity-list.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-entity-list"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "dsr-entity-list.h"
#include "dsr-entity-row.h"
#include "dsr-node-drag.h"
#include "dsr-sidebar-page.h"

/* The sidebar's Entities page: a filter, the entities grouped by kind, a context menu
 * on each row (Confirm, Reject, Rename, Merge: window actions that act on the
 * selection), and at the foot, while one entity is selected, where the reader is in
 * its mentions with buttons to step through them. */
struct _DsrEntityList
{
  GtkWidget           parent_instance;

  /* Owned */
  DsrEntityModel     *model;
  GtkMultiSelection  *selection;
  GMenuModel         *menu;
  GMenu              *board_section;   /* “Add to Board” for the entity the menu is for */

  /* Children */
  GtkSearchEntry     *filter_entry;
  GtkStack           *stack;
  GtkListView        *list_view;
  AdwStatusPage      *empty_page;
  GtkRevealer        *step_revealer;
  GtkLabel           *step_label;
  GtkPopover         *popover;

  guint               scroll_tick;
  guint               scroll_position;
  guint               scroll_frames;
};

G_DEFINE_FINAL_TYPE (DsrEntityList, dsr_entity_list, GTK_TYPE_WIDGET)

enum {
  SELECTION_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_stack (DsrEntityList *self)
{
  const char *filter = gtk_editable_get_text (GTK_EDITABLE (self->filter_entry));

  if (dsr_entity_model_get_n_entities (self->model) > 0)
    gtk_stack_set_visible_child_name (self->stack, "list");
  else if (filter != NULL && *filter != '\0')
    gtk_stack_set_visible_child_name (self->stack, "no-match");
  else
    gtk_stack_set_visible_child_name (self->stack, "empty");
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  gtk_list_item_set_child (item, dsr_entity_row_new ());
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  GObject *object = gtk_list_item_get_item (item);
  gboolean is_entity = DSR_IS_ENTITY (object);

  dsr_entity_row_set_item (DSR_ENTITY_ROW (gtk_list_item_get_child (item)), object);
  gtk_list_item_set_selectable (item, is_entity);
  gtk_list_item_set_activatable (item, is_entity);
}

static void
filter_changed_cb (DsrEntityList  *self,
                   GtkSearchEntry *entry)
{
  dsr_entity_model_set_filter (self->model, gtk_editable_get_text (GTK_EDITABLE (entry)));
  update_stack (self);
}

static void
selection_changed_cb (DsrEntityList *self)
{
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

static gboolean
scroll_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  DsrEntityList *self = user_data;

  if (self->scroll_position < g_list_model_get_n_items (G_LIST_MODEL (self->model)))
    gtk_widget_activate_action (widget, "list.scroll-to-item", "u", self->scroll_position);
  /* Ticks come before layout: the list has its size only from the second one. */
  if (++self->scroll_frames < 3)
    return G_SOURCE_CONTINUE;
  self->scroll_tick = 0;
  return G_SOURCE_REMOVE;
}

static void
popup_menu_at (DsrEntityList *self,
               DsrEntity     *entity,
               double         x,
               double         y)
{
  g_autoptr(GMenuModel) board = dsr_node_menu_new (&(DsrNode) { DSR_NODE_ENTITY, dsr_entity_get_id (entity) });

  g_menu_remove_all (self->board_section);
  g_menu_append_section (self->board_section, NULL, board);
  gtk_popover_set_pointing_to (self->popover, &(GdkRectangle) { (int)x, (int)y, 1, 1 });
  gtk_popover_popup (self->popover);
}

/* A right click on a row that is not selected selects it alone first, as file
 * managers do, so the menu acts on what was clicked. */
static void
secondary_pressed_cb (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      DsrEntityList   *self)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self->list_view), x, y, GTK_PICK_DEFAULT);
  GtkWidget *row = picked ? gtk_widget_get_ancestor (picked, DSR_TYPE_ENTITY_ROW) : NULL;
  DsrEntity *entity = row ? dsr_entity_row_get_entity (DSR_ENTITY_ROW (row)) : NULL;
  graphene_point_t point;
  guint position;

  if (entity == NULL)
    return;

  position = dsr_entity_model_find (self->model, dsr_entity_get_id (entity));
  if (position != G_MAXUINT &&
      !gtk_selection_model_is_selected (GTK_SELECTION_MODEL (self->selection), position))
    gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, TRUE);

  if (!gtk_widget_compute_point (GTK_WIDGET (self->list_view), GTK_WIDGET (self),
                                 &GRAPHENE_POINT_INIT (x, y), &point))
    return;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  popup_menu_at (self, entity, point.x, point.y);
}

static gboolean
menu_key_cb (GtkWidget *widget,
             GVariant  *args,
             gpointer   user_data)
{
  DsrEntityList *self = DSR_ENTITY_LIST (widget);
  g_autoptr(GPtrArray) selected = dsr_entity_list_dup_selected (self);
  graphene_point_t point;

  if (selected->len == 0 ||
      !gtk_widget_compute_point (GTK_WIDGET (self->list_view), widget,
                                 &GRAPHENE_POINT_INIT (gtk_widget_get_width (GTK_WIDGET (self->list_view)) / 2.0f, 12),
                                 &point))
    return FALSE;
  popup_menu_at (self, g_ptr_array_index (selected, 0), point.x, point.y);
  return TRUE;
}

static GMenuModel *
create_menu (DsrEntityList *self)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) verdicts = g_menu_new ();
  g_autoptr(GMenu) edits = g_menu_new ();

  g_menu_append (verdicts, _("_Confirm"), "win.confirm-entities");
  g_menu_append (verdicts, _("_Reject"), "win.reject-entities");
  g_menu_append (edits, _("Re_name…"), "win.rename-entity");
  g_menu_append (edits, _("_Merge…"), "win.merge-entities");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (verdicts));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (edits));
  self->board_section = g_menu_new ();
  g_menu_append_section (menu, NULL, G_MENU_MODEL (self->board_section));
  return G_MENU_MODEL (menu);
}

static GtkWidget *
create_step_bar (DsrEntityList *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *previous = gtk_button_new_from_icon_name ("go-up-symbolic");
  GtkWidget *next = gtk_button_new_from_icon_name ("go-down-symbolic");

  gtk_widget_add_css_class (box, "dsr-step-bar");

  self->step_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->step_label, 0);
  gtk_label_set_ellipsize (self->step_label, PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (GTK_WIDGET (self->step_label), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->step_label), "caption");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->step_label));

  gtk_actionable_set_action_name (GTK_ACTIONABLE (previous), "win.previous-mention");
  gtk_widget_set_tooltip_text (previous, _("Previous Mention (Shift+F3)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (previous), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Previous Mention"), -1);
  gtk_widget_add_css_class (previous, "flat");
  gtk_box_append (GTK_BOX (box), previous);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (next), "win.next-mention");
  gtk_widget_set_tooltip_text (next, _("Next Mention (F3)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (next), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Next Mention"), -1);
  gtk_widget_add_css_class (next, "flat");
  gtk_box_append (GTK_BOX (box), next);

  self->step_revealer = GTK_REVEALER (gtk_revealer_new ());
  gtk_revealer_set_transition_type (self->step_revealer, GTK_REVEALER_TRANSITION_TYPE_SLIDE_UP);
  gtk_revealer_set_child (self->step_revealer, box);
  return GTK_WIDGET (self->step_revealer);
}

static void
dsr_entity_list_dispose (GObject *object)
{
  DsrEntityList *self = (DsrEntityList *)object;
  GtkWidget *child;

  if (self->scroll_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->list_view), self->scroll_tick);
  self->scroll_tick = 0;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->selection);
  g_clear_object (&self->model);
  g_clear_object (&self->menu);
  g_clear_object (&self->board_section);

  G_OBJECT_CLASS (dsr_entity_list_parent_class)->dispose (object);
}

static void
dsr_entity_list_class_init (DsrEntityListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dsr_entity_list_dispose;

  /**
   * DsrEntityList::selection-changed:
   *
   * The entities selected changed, by the user or by dsr_entity_list_select().
   */
  signals[SELECTION_CHANGED] = g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                             G_TYPE_NONE, 0);

  gtk_widget_class_add_binding (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, menu_key_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Menu, 0, menu_key_cb, NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "entitylist");
}

static void
dsr_entity_list_init (DsrEntityList *self)
{
  GtkBoxLayout *layout = GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self)));
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *scroller;
  GtkWidget *no_match = gtk_label_new (_("No entity has this name"));
  GtkGesture *secondary = gtk_gesture_click_new ();

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);

  self->model = dsr_entity_model_new ();
  self->selection = gtk_multi_selection_new (G_LIST_MODEL (g_object_ref (self->model)));
  g_signal_connect_object (self->selection, "selection-changed", G_CALLBACK (selection_changed_cb),
                           self, G_CONNECT_SWAPPED);

  self->filter_entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (self->filter_entry, "placeholder-text", _("Filter Entities"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->filter_entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Filter Entities"), -1);
  gtk_widget_add_css_class (GTK_WIDGET (self->filter_entry), "dsr-sidebar-filter");
  g_signal_connect_object (self->filter_entry, "search-changed", G_CALLBACK (filter_changed_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_widget_set_parent (GTK_WIDGET (self->filter_entry), GTK_WIDGET (self));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  self->list_view = GTK_LIST_VIEW (gtk_list_view_new (GTK_SELECTION_MODEL (g_object_ref (self->selection)),
                                                      factory));
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (secondary), GDK_BUTTON_SECONDARY);
  g_signal_connect_object (secondary, "pressed", G_CALLBACK (secondary_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), GTK_EVENT_CONTROLLER (secondary));

  scroller = dsr_sidebar_page_scroller_new (self->list_view, _("Entities"));

  self->empty_page = dsr_sidebar_page_empty_new ("avatar-default-symbolic", _("No Entities Yet"),
                                                 _("People, organisations and places found in imported documents "
                                                   "appear here. To add one, select its name in a document and "
                                                   "press Ctrl+1 to Ctrl+4."));

  gtk_label_set_wrap (GTK_LABEL (no_match), TRUE);
  gtk_label_set_xalign (GTK_LABEL (no_match), 0);
  gtk_widget_set_valign (no_match, GTK_ALIGN_START);
  gtk_widget_add_css_class (no_match, "dim-label");
  gtk_widget_add_css_class (no_match, "dsr-sidebar-empty");

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_stack_add_named (self->stack, scroller, "list");
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->empty_page), "empty");
  gtk_stack_add_named (self->stack, no_match, "no-match");
  gtk_widget_set_parent (GTK_WIDGET (self->stack), GTK_WIDGET (self));

  gtk_widget_set_parent (create_step_bar (self), GTK_WIDGET (self));

  self->menu = create_menu (self);
  self->popover = GTK_POPOVER (gtk_popover_menu_new_from_model (self->menu));
  gtk_popover_set_has_arrow (self->popover, FALSE);
  gtk_widget_set_halign (GTK_WIDGET (self->popover), GTK_ALIGN_START);
  gtk_widget_set_parent (GTK_WIDGET (self->popover), GTK_WIDGET (self));

  update_stack (self);
}

GtkWidget *
dsr_entity_list_new (void)
{
  return g_object_new (DSR_TYPE_ENTITY_LIST, NULL);
}

/**
 * dsr_entity_list_set_entities:
 * @entities: (nullable): a list of #DsrEntity
 *
 * Shows @entities, keeping selected those that were.
 */
void
dsr_entity_list_set_entities (DsrEntityList *self,
                              GListModel    *entities)
{
  g_autoptr(GPtrArray) selected = NULL;
  g_autoptr(GtkBitset) keep = gtk_bitset_new_empty ();

  g_return_if_fail (DSR_IS_ENTITY_LIST (self));

  selected = dsr_entity_list_dup_selected (self);
  g_signal_handlers_block_by_func (self->selection, selection_changed_cb, self);
  dsr_entity_model_set_entities (self->model, entities);
  for (guint i = 0; i < selected->len; i++)
    {
      guint position = dsr_entity_model_find (self->model, dsr_entity_get_id (selected->pdata[i]));

      if (position != G_MAXUINT)
        gtk_bitset_add (keep, position);
    }
  gtk_selection_model_set_selection (GTK_SELECTION_MODEL (self->selection), keep, keep);
  g_signal_handlers_unblock_by_func (self->selection, selection_changed_cb, self);
  update_stack (self);

  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

/**
 * dsr_entity_list_get_model:
 *
 * Returns: (transfer none): the list's model, headers included
 */
DsrEntityModel *
dsr_entity_list_get_model (DsrEntityList *self)
{
  g_return_val_if_fail (DSR_IS_ENTITY_LIST (self), NULL);
  return self->model;
}

/**
 * dsr_entity_list_get_list_view:
 *
 * Returns: (transfer none): the list view, labelled “Entities”
 */
GtkListView *
dsr_entity_list_get_list_view (DsrEntityList *self)
{
  g_return_val_if_fail (DSR_IS_ENTITY_LIST (self), NULL);
  return self->list_view;
}

/**
 * dsr_entity_list_get_filter:
 *
 * Returns: (transfer none): the filter entry
 */
GtkEditable *
dsr_entity_list_get_filter (DsrEntityList *self)
{
  g_return_val_if_fail (DSR_IS_ENTITY_LIST (self), NULL);
  return GTK_EDITABLE (self->filter_entry);
}

/**
 * dsr_entity_list_dup_selected:
 *
 * Returns: (transfer full) (element-type DsrEntity): the selected entities, in list order
 */
GPtrArray *
dsr_entity_list_dup_selected (DsrEntityList *self)
{
  GPtrArray *selected = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GtkBitset) set = NULL;
  GtkBitsetIter iter;
  guint position;

  g_return_val_if_fail (DSR_IS_ENTITY_LIST (self), selected);

  set = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  for (gboolean ok = gtk_bitset_iter_init_first (&iter, set, &position); ok;
       ok = gtk_bitset_iter_next (&iter, &position))
    {
      GObject *item = g_list_model_get_item (G_LIST_MODEL (self->model), position);

      if (DSR_IS_ENTITY (item))
        g_ptr_array_add (selected, item);
      else
        g_clear_object (&item);
    }
  return selected;
}

/**
 * dsr_entity_list_select:
 * @entity_id: an entity, or 0 to select none
 *
 * Selects one entity alone and scrolls to it; a filter that hides it is cleared.
 *
 * Returns: whether the entity is in the list
 */
gboolean
dsr_entity_list_select (DsrEntityList *self,
                        gint64         entity_id)
{
  guint position;

  g_return_val_if_fail (DSR_IS_ENTITY_LIST (self), FALSE);

  if (entity_id == 0)
    {
      gtk_selection_model_unselect_all (GTK_SELECTION_MODEL (self->selection));
      return FALSE;
    }

  position = dsr_entity_model_find (self->model, entity_id);
  if (position == G_MAXUINT && *gtk_editable_get_text (GTK_EDITABLE (self->filter_entry)) != '\0')
    {
      gtk_editable_set_text (GTK_EDITABLE (self->filter_entry), "");
      filter_changed_cb (self, self->filter_entry);
      position = dsr_entity_model_find (self->model, entity_id);
    }
  if (position == G_MAXUINT)
    return FALSE;

  gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
  /* A list just shown, or just filled, scrolls only once laid out: again in the next frames. */
  self->scroll_position = position;
  self->scroll_frames = 0;
  if (self->scroll_tick == 0)
    self->scroll_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->list_view), scroll_tick_cb, self, NULL);
  return TRUE;
}

/**
 * dsr_entity_list_set_step:
 * @position: the mention shown, counting from 1, or 0 when none is shown yet
 * @n_mentions: how many mentions the selected entity has; 0 hides the step bar
 * @n_documents: in how many documents
 */
void
dsr_entity_list_set_step (DsrEntityList *self,
                          guint          position,
                          guint          n_mentions,
                          guint          n_documents)
{
  g_autofree char *label = NULL;
  g_autofree char *tooltip = NULL;

  g_return_if_fail (DSR_IS_ENTITY_LIST (self));

  if (n_mentions == 0)
    {
      gtk_revealer_set_reveal_child (self->step_revealer, FALSE);
      return;
    }

  if (position > 0)
    /* Translators: where the reader is in an entity's mentions, e.g. “Mention 3 of 12” */
    label = g_strdup_printf (ngettext ("Mention %u of %u", "Mention %u of %u", n_mentions),
                             position, n_mentions);
  else
    label = g_strdup_printf (ngettext ("%u mention", "%u mentions", n_mentions), n_mentions);
  /* Translators: tooltip of the mention counter: in how many documents the entity is mentioned */
  tooltip = g_strdup_printf (ngettext ("Mentioned in %u document", "Mentioned in %u documents", n_documents),
                             n_documents);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->step_label), tooltip);
  gtk_label_set_label (self->step_label, label);
  gtk_revealer_set_reveal_child (self->step_revealer, TRUE);
}
