/* dsr-node-drag.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-node-drag"

#include "config.h"

#include <glib/gi18n.h>

#include "dsr-node-drag.h"

/* What the sidebar's rows share to put their entity, document or source on the
 * evidence board: a drag that carries the node, and its menu equivalent, “Add to
 * Board”, which activates win.add-node-to-board. */

/**
 * dsr_node_drag_source_new:
 *
 * Returns: (transfer full): a drag source that copies; its owner answers
 *   #GtkDragSource::prepare with dsr_node_drag_prepare()
 */
GtkDragSource *
dsr_node_drag_source_new (void)
{
  GtkDragSource *source = gtk_drag_source_new ();

  gtk_drag_source_set_actions (source, GDK_ACTION_COPY);
  return source;
}

/**
 * dsr_node_drag_prepare:
 *
 * Shows the row that @source belongs to as the drag icon: the row itself, as it
 * looks, follows the pointer.
 *
 * Returns: (transfer full): the content of a drag of @node, which the board accepts
 */
GdkContentProvider *
dsr_node_drag_prepare (GtkDragSource *source,
                       const DsrNode *node)
{
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);

  gtk_drag_source_set_icon (source, paintable, 0, 0);
  return gdk_content_provider_new_typed (DSR_TYPE_NODE, node);
}

/**
 * dsr_node_menu_new:
 *
 * Returns: (transfer full): a section with “Add to Board” for @node
 */
GMenuModel *
dsr_node_menu_new (const DsrNode *node)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenuItem) item = g_menu_item_new (_("Add to _Board"), NULL);
  g_autofree char *target = dsr_node_to_string (node);

  g_menu_item_set_action_and_target (item, "win.add-node-to-board", "s", target);
  g_menu_append_item (menu, item);
  return G_MENU_MODEL (menu);
}

static gboolean
remove_popover (gpointer data)
{
  GtkWidget *popover = data;

  if (gtk_widget_get_parent (popover) != NULL)
    gtk_widget_unparent (popover);
  return G_SOURCE_REMOVE;
}

static void
popover_closed_cb (GtkPopover *popover)
{
  /* after the menu item's action ran: GTK activates it once the popover is hidden;
   * the reference keeps it while its row may go first */
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, remove_popover, g_object_ref (popover), g_object_unref);
}

/* Pops up “Add to Board” for @node at @x, @y of @widget. */
void
dsr_node_menu_popup (GtkWidget     *widget,
                     double         x,
                     double         y,
                     const DsrNode *node)
{
  g_autoptr(GMenuModel) model = dsr_node_menu_new (node);
  GtkWidget *popover = gtk_popover_menu_new_from_model (model);

  gtk_widget_set_parent (popover, widget);
  gtk_popover_set_has_arrow (GTK_POPOVER (popover), FALSE);
  gtk_widget_set_halign (popover, GTK_ALIGN_START);
  gtk_popover_set_pointing_to (GTK_POPOVER (popover), &(GdkRectangle) { (int)x, (int)y, 1, 1 });
  g_signal_connect (popover, "closed", G_CALLBACK (popover_closed_cb), NULL);
  gtk_popover_popup (GTK_POPOVER (popover));
}
