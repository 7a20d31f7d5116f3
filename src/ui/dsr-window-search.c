/* dsr-window-search.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-window-search"

#include "config.h"

#include "dsr-document.h"
#include "dsr-find-bar.h"
#include "dsr-search-panel.h"
#include "dsr-text-reveal.h"
#include "dsr-window-private.h"

/* The window's two searches: Ctrl+F finds text in the document shown (DsrFindBar),
 * Ctrl+Shift+F or the Search button searches every document (DsrSearchPanel, in a
 * popover of the header bar, so the sidebar keeps its place); choosing a result shows
 * its document with the passage selected. */

static gboolean
shows_document (DsrWindow *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->document_stack), "document") == 0;
}

static void
find_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  DsrWindow *self = DSR_WINDOW (user_data);

  if (shows_document (self))
    dsr_find_bar_open (self->find_bar);
}

static void
search_action (GSimpleAction *action,
               GVariant      *param,
               gpointer       user_data)
{
  DsrWindow *self = DSR_WINDOW (user_data);

  if (self->store != NULL)
    gtk_menu_button_popup (self->search_button);
}

static const GActionEntry search_entries[] = {
  { .name = "find", .activate = find_action },
  { .name = "search", .activate = search_action },
};

static void
set_action_enabled (DsrWindow  *self,
                    const char *name,
                    gboolean    enabled)
{
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), name)),
                               enabled);
}

static gboolean
reveal_passage_cb (gpointer user_data)
{
  g_autoptr(DsrWindow) self = user_data;

  _dsr_window_reveal_passage (self, self->passage_start, self->passage_end);
  return G_SOURCE_REMOVE;
}

static void
passage_activated_cb (DsrWindow      *self,
                      gint64          document_id,
                      gint64          start,
                      gint64          end,
                      DsrSearchPanel *panel)
{
  guint n_documents = g_list_model_get_n_items (self->documents);

  gtk_popover_popdown (gtk_menu_button_get_popover (self->search_button));

  for (guint i = 0; i < n_documents; i++)
    {
      g_autoptr(DsrDocument) document = g_list_model_get_item (self->documents, i);

      if (dsr_document_get_id (document) != document_id)
        continue;

      if (gtk_single_selection_get_selected (self->selection) != i)
        gtk_single_selection_set_selected (self->selection, i);
      gtk_widget_activate_action (GTK_WIDGET (self->documents_list), "list.scroll-to-item", "u", i);
      break;
    }

  if (!shows_document (self))
    return;

  gtk_widget_grab_focus (GTK_WIDGET (self->document_view));
  self->passage_start = start;
  self->passage_end = end;
  _dsr_window_reveal_passage (self, start, end);

  /* Lines further down get their true heights only once the text view has laid them
   * out, which it does in idle time: reveal again after that. */
  g_idle_add_full (G_PRIORITY_LOW, reveal_passage_cb, g_object_ref (self), NULL);
}

static void
document_stack_changed_cb (DsrWindow *self)
{
  set_action_enabled (self, "find", shows_document (self));
  if (!shows_document (self))
    dsr_find_bar_close (self->find_bar);
}

/**
 * _dsr_window_reveal_passage:
 * @start: where the passage begins in the document shown, or -1 for its start
 * @end: where it ends
 *
 * Selects the passage in the document shown and scrolls it into view.
 */
void
_dsr_window_reveal_passage (DsrWindow *self,
                            gint64     start,
                            gint64     end)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->document_view));
  int n_chars = gtk_text_buffer_get_char_count (buffer);
  GtkTextIter start_iter, end_iter;

  g_return_if_fail (DSR_IS_WINDOW (self));

  if (start < 0 || end > n_chars || start > end)
    start = end = 0;

  gtk_text_buffer_get_iter_at_offset (buffer, &start_iter, (int)start);
  gtk_text_buffer_get_iter_at_offset (buffer, &end_iter, (int)end);
  dsr_text_view_reveal_range (GTK_TEXT_VIEW (self->document_view), &start_iter, &end_iter);
}

void
_dsr_window_update_search (DsrWindow *self)
{
  g_assert (DSR_IS_WINDOW (self));

  set_action_enabled (self, "search", self->store != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->search_button), self->store != NULL);
  if (self->store != dsr_search_panel_get_store (self->search_panel))
    dsr_search_panel_set_store (self->search_panel, self->store);
  document_stack_changed_cb (self);
}

void
_dsr_window_class_init_search (GtkWidgetClass *widget_class)
{
  g_type_ensure (DSR_TYPE_FIND_BAR);
  g_type_ensure (DSR_TYPE_SEARCH_PANEL);

  gtk_widget_class_bind_template_child (widget_class, DsrWindow, find_bar);
  gtk_widget_class_bind_template_child (widget_class, DsrWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, DsrWindow, search_panel);
}

void
_dsr_window_init_search (DsrWindow *self)
{
  g_assert (DSR_IS_WINDOW (self));

  g_action_map_add_action_entries (G_ACTION_MAP (self), search_entries, G_N_ELEMENTS (search_entries), self);
  dsr_find_bar_set_text_view (self->find_bar, GTK_TEXT_VIEW (self->document_view));

  g_signal_connect_object (self->search_panel, "passage-activated",
                           G_CALLBACK (passage_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document_stack, "notify::visible-child",
                           G_CALLBACK (document_stack_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_menu_button_get_popover (self->search_button), "show",
                           G_CALLBACK (dsr_search_panel_focus_entry), self->search_panel,
                           G_CONNECT_SWAPPED);
}
