/* dsr-sidebar-page.c: the parts every list page of the sidebar is made of
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-sidebar-page"

#include "config.h"

#include "dsr-sidebar-page.h"

/**
 * dsr_sidebar_page_scroller_new:
 * @label: the list's accessible name
 *
 * Styles @list_view as a sidebar list and puts it in a vertical scroller.
 *
 * Returns: (transfer floating): the scroller
 */
GtkWidget *
dsr_sidebar_page_scroller_new (GtkListView *list_view,
                               const char  *label)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();

  gtk_widget_add_css_class (GTK_WIDGET (list_view), "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (list_view));
  return scroller;
}

/**
 * dsr_sidebar_page_empty_new:
 *
 * Returns: (transfer floating): the compact status page a list shows while it is empty
 */
AdwStatusPage *
dsr_sidebar_page_empty_new (const char *icon_name,
                            const char *title,
                            const char *description)
{
  AdwStatusPage *empty = ADW_STATUS_PAGE (adw_status_page_new ());

  adw_status_page_set_icon_name (empty, icon_name);
  adw_status_page_set_title (empty, title);
  adw_status_page_set_description (empty, description);
  gtk_widget_add_css_class (GTK_WIDGET (empty), "compact");
  return empty;
}

/**
 * dsr_sidebar_page_stack_new:
 *
 * Returns: (transfer floating): a stack of @list ("list") and @empty ("empty"),
 *   showing @empty until there is something to list
 */
GtkStack *
dsr_sidebar_page_stack_new (GtkWidget *list,
                            GtkWidget *empty)
{
  GtkStack *stack = GTK_STACK (gtk_stack_new ());

  gtk_stack_add_named (stack, list, "list");
  gtk_stack_add_named (stack, empty, "empty");
  gtk_stack_set_visible_child_name (stack, "empty");
  return stack;
}
