/* dsr-find-bar.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-find-bar"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "dsr-find-bar.h"
#include "dsr-text-reveal.h"

/* Finds text in one text view: every match is tinted, the current one is also
 * selected (so it can be copied or tagged) and scrolled into view. The matches are
 * found again whenever the view's text changes, e.g. when another document is shown. */
struct _DsrFindBar
{
  GtkWidget       parent_instance;

  /* Owned */
  GtkTextView    *view;
  GArray         *matches;        /* pairs of int: start and end offsets */
  gboolean        truncated;      /* more than DSR_FIND_BAR_MAX_MATCHES */
  int             current;        /* index of the current match, or -1 */
  guint           refresh_source;

  /* Borrowed: in the view's buffer */
  GtkTextTag     *match_tag;
  GtkTextTag     *current_tag;

  /* Template widgets */
  GtkSearchBar   *search_bar;
  GtkSearchEntry *entry;
  GtkLabel       *count_label;
  GtkButton      *previous_button;
  GtkButton      *next_button;
};

G_DEFINE_FINAL_TYPE (DsrFindBar, dsr_find_bar, GTK_TYPE_WIDGET)

static GtkTextBuffer *
get_buffer (DsrFindBar *self)
{
  return self->view != NULL ? gtk_text_view_get_buffer (self->view) : NULL;
}

static void
update_tag_colors (DsrFindBar *self)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  GdkRGBA match, current;

  if (self->match_tag == NULL)
    return;

  /* A soft yellow for every match, a stronger amber for the current one; text tags
   * cannot take colours from CSS, so each scheme has its own. */
  gdk_rgba_parse (&match, dark ? "rgba(229,165,10,0.35)" : "rgba(246,211,45,0.55)");
  gdk_rgba_parse (&current, dark ? "rgba(255,120,0,0.6)" : "rgba(255,163,72,0.85)");
  g_object_set (self->match_tag, "background-rgba", &match, NULL);
  g_object_set (self->current_tag, "background-rgba", &current, NULL);
}

static void
ensure_tags (DsrFindBar *self)
{
  GtkTextBuffer *buffer = get_buffer (self);
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (buffer);

  if (!(self->match_tag = gtk_text_tag_table_lookup (table, "find-match")))
    self->match_tag = gtk_text_buffer_create_tag (buffer, "find-match", NULL);
  if (!(self->current_tag = gtk_text_tag_table_lookup (table, "find-current")))
    self->current_tag = gtk_text_buffer_create_tag (buffer, "find-current", NULL);
  update_tag_colors (self);
}

static void
clear_highlights (DsrFindBar *self)
{
  GtkTextBuffer *buffer = get_buffer (self);
  GtkTextIter start, end;

  if (buffer == NULL || self->match_tag == NULL)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag (buffer, self->match_tag, &start, &end);
  gtk_text_buffer_remove_tag (buffer, self->current_tag, &start, &end);
}

static void
update_count (DsrFindBar *self)
{
  g_autofree char *label = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  guint n = self->matches->len / 2;

  if (text[0] == '\0')
    label = g_strdup ("");
  else if (n == 0)
    label = g_strdup (_("No matches"));
  else if (self->truncated)
    /* Translators: the current match and more than the number found, e.g. “3 of 10000+” */
    label = g_strdup_printf (_("%d of %u+"), self->current + 1, n);
  else
    /* Translators: the current match and the number of matches, e.g. “3 of 12” */
    label = g_strdup_printf (_("%d of %u"), self->current + 1, n);

  gtk_label_set_label (self->count_label, label);
  gtk_widget_set_sensitive (GTK_WIDGET (self->previous_button), n > 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->next_button), n > 0);

  if (n == 0 && text[0] != '\0')
    gtk_widget_add_css_class (GTK_WIDGET (self->entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->entry), "error");
}

static void
get_match (DsrFindBar  *self,
           int          index,
           GtkTextIter *start,
           GtkTextIter *end)
{
  GtkTextBuffer *buffer = get_buffer (self);

  gtk_text_buffer_get_iter_at_offset (buffer, start, g_array_index (self->matches, int, index * 2));
  gtk_text_buffer_get_iter_at_offset (buffer, end, g_array_index (self->matches, int, index * 2 + 1));
}

static void
set_current (DsrFindBar *self,
             int         index)
{
  GtkTextIter start, end;

  if (self->current >= 0)
    {
      get_match (self, self->current, &start, &end);
      gtk_text_buffer_remove_tag (get_buffer (self), self->current_tag, &start, &end);
    }

  self->current = index;
  if (index >= 0)
    {
      get_match (self, index, &start, &end);
      gtk_text_buffer_apply_tag (get_buffer (self), self->current_tag, &start, &end);
      dsr_text_view_reveal_range (self->view, &start, &end);
    }

  update_count (self);
}

static void
find_all (DsrFindBar *self)
{
  GtkTextBuffer *buffer = get_buffer (self);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  GtkTextIter iter, match_start, match_end, insert;
  int first = -1;
  int from;

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  clear_highlights (self);
  g_array_set_size (self->matches, 0);
  self->truncated = FALSE;
  self->current = -1;

  if (buffer == NULL || text[0] == '\0' || !gtk_search_bar_get_search_mode (self->search_bar))
    {
      update_count (self);
      return;
    }

  /* The current match is the first one from the selection on, so that refining the
   * search keeps the reader where they are. */
  gtk_text_buffer_get_selection_bounds (buffer, &insert, NULL);
  from = gtk_text_iter_get_offset (&insert);

  gtk_text_buffer_get_start_iter (buffer, &iter);
  while (gtk_text_iter_forward_search (&iter, text,
                                       GTK_TEXT_SEARCH_CASE_INSENSITIVE | GTK_TEXT_SEARCH_TEXT_ONLY,
                                       &match_start, &match_end, NULL))
    {
      int offsets[2] = { gtk_text_iter_get_offset (&match_start), gtk_text_iter_get_offset (&match_end) };

      if (self->matches->len / 2 == DSR_FIND_BAR_MAX_MATCHES)
        {
          self->truncated = TRUE;
          break;
        }

      if (first < 0 && offsets[0] >= from)
        first = self->matches->len / 2;
      g_array_append_vals (self->matches, offsets, 2);
      gtk_text_buffer_apply_tag (buffer, self->match_tag, &match_start, &match_end);
      iter = match_end;
    }

  if (self->matches->len > 0)
    set_current (self, first >= 0 ? first : 0);
  else
    update_count (self);
}

static gboolean
refresh_cb (gpointer user_data)
{
  DsrFindBar *self = user_data;

  self->refresh_source = 0;
  find_all (self);
  return G_SOURCE_REMOVE;
}

/* The view's text was replaced: the offsets no longer hold. The matches are found
 * once the new text is complete, after the tags of its structure are applied. */
static void
buffer_changed_cb (DsrFindBar    *self,
                   GtkTextBuffer *buffer)
{
  g_array_set_size (self->matches, 0);
  self->current = -1;

  if (gtk_search_bar_get_search_mode (self->search_bar) && self->refresh_source == 0)
    self->refresh_source = g_idle_add (refresh_cb, self);
}

/* Template callbacks */

static void
entry_search_changed_cb (DsrFindBar *self)
{
  find_all (self);
}

static void
entry_activate_cb (DsrFindBar *self)
{
  dsr_find_bar_next (self);
}

static void
entry_stop_search_cb (DsrFindBar *self)
{
  dsr_find_bar_close (self);
}

static gboolean
previous_shortcut_cb (GtkWidget *entry,
                      GVariant  *args,
                      gpointer   user_data)
{
  dsr_find_bar_previous (DSR_FIND_BAR (gtk_widget_get_ancestor (entry, DSR_TYPE_FIND_BAR)));
  return TRUE;
}

static void
search_mode_changed_cb (DsrFindBar *self)
{
  if (gtk_search_bar_get_search_mode (self->search_bar))
    return;

  /* Closed (Escape, the close button or dsr_find_bar_close()): the tints go, the
   * selection of the last match stays, and the reader is back in the document. */
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  clear_highlights (self);
  g_array_set_size (self->matches, 0);
  self->current = -1;
  update_count (self);

  if (self->view != NULL && gtk_widget_get_mapped (GTK_WIDGET (self->view)))
    gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

/* GObject overrides */

static void
dsr_find_bar_dispose (GObject *object)
{
  DsrFindBar *self = (DsrFindBar *)object;

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  dsr_find_bar_set_text_view (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), DSR_TYPE_FIND_BAR);

  G_OBJECT_CLASS (dsr_find_bar_parent_class)->dispose (object);
}

static void
dsr_find_bar_finalize (GObject *object)
{
  DsrFindBar *self = (DsrFindBar *)object;

  g_clear_pointer (&self->matches, g_array_unref);

  G_OBJECT_CLASS (dsr_find_bar_parent_class)->finalize (object);
}

static void
dsr_find_bar_class_init (DsrFindBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dsr_find_bar_dispose;
  object_class->finalize = dsr_find_bar_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/dsr-find-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, DsrFindBar, search_bar);
  gtk_widget_class_bind_template_child (widget_class, DsrFindBar, entry);
  gtk_widget_class_bind_template_child (widget_class, DsrFindBar, count_label);
  gtk_widget_class_bind_template_child (widget_class, DsrFindBar, previous_button);
  gtk_widget_class_bind_template_child (widget_class, DsrFindBar, next_button);
  gtk_widget_class_bind_template_callback (widget_class, entry_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, dsr_find_bar_next);
  gtk_widget_class_bind_template_callback (widget_class, dsr_find_bar_previous);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "findbar");
}

static void
dsr_find_bar_init (DsrFindBar *self)
{
  GtkEventController *shortcuts;

  self->matches = g_array_new (FALSE, FALSE, sizeof (int));
  self->current = -1;

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->entry));

  /* Shift+Enter goes back, as Enter goes forward. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Return, GDK_SHIFT_MASK),
                                                          gtk_callback_action_new (previous_shortcut_cb, NULL, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self->entry), shortcuts);
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled",
                           G_CALLBACK (search_mode_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (update_tag_colors), self, G_CONNECT_SWAPPED);
  update_count (self);
}

/* Public API */

GtkWidget *
dsr_find_bar_new (void)
{
  return g_object_new (DSR_TYPE_FIND_BAR, NULL);
}

/**
 * dsr_find_bar_set_text_view:
 * @view: (nullable): the view to find text in
 */
void
dsr_find_bar_set_text_view (DsrFindBar  *self,
                            GtkTextView *view)
{
  g_return_if_fail (DSR_IS_FIND_BAR (self));
  g_return_if_fail (!view || GTK_IS_TEXT_VIEW (view));

  if (self->view == view)
    return;

  if (self->view != NULL)
    {
      clear_highlights (self);
      g_signal_handlers_disconnect_by_data (gtk_text_view_get_buffer (self->view), self);
      self->match_tag = NULL;
      self->current_tag = NULL;
    }
  g_set_object (&self->view, view);
  g_array_set_size (self->matches, 0);
  self->current = -1;

  if (view != NULL)
    {
      ensure_tags (self);
      g_signal_connect_object (gtk_text_view_get_buffer (view), "changed",
                               G_CALLBACK (buffer_changed_cb), self, G_CONNECT_SWAPPED);
    }
}

/**
 * dsr_find_bar_get_text_view:
 *
 * Returns: (transfer none) (nullable): the view it finds text in
 */
GtkTextView *
dsr_find_bar_get_text_view (DsrFindBar *self)
{
  g_return_val_if_fail (DSR_IS_FIND_BAR (self), NULL);

  return self->view;
}

/**
 * dsr_find_bar_open:
 *
 * Shows the bar with the focus in its entry. A short selection within one line of the
 * view becomes the text to find, as in other GNOME applications.
 */
void
dsr_find_bar_open (DsrFindBar *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_if_fail (DSR_IS_FIND_BAR (self));

  buffer = get_buffer (self);
  if (buffer != NULL && gtk_text_buffer_get_selection_bounds (buffer, &start, &end) &&
      gtk_text_iter_get_line (&start) == gtk_text_iter_get_line (&end) &&
      gtk_text_iter_get_offset (&end) - gtk_text_iter_get_offset (&start) <= 80)
    {
      g_autofree char *selected = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

      gtk_editable_set_text (GTK_EDITABLE (self->entry), selected);
    }

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
  gtk_editable_select_region (GTK_EDITABLE (self->entry), 0, -1);
  find_all (self);
}

void
dsr_find_bar_close (DsrFindBar *self)
{
  g_return_if_fail (DSR_IS_FIND_BAR (self));

  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

gboolean
dsr_find_bar_is_open (DsrFindBar *self)
{
  g_return_val_if_fail (DSR_IS_FIND_BAR (self), FALSE);

  return gtk_search_bar_get_search_mode (self->search_bar);
}

/**
 * dsr_find_bar_search:
 * @text: what to find
 *
 * Opens the bar if need be and finds @text at once, without the entry's typing delay.
 */
void
dsr_find_bar_search (DsrFindBar *self,
                     const char *text)
{
  g_return_if_fail (DSR_IS_FIND_BAR (self));
  g_return_if_fail (text != NULL);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (self->entry), text);
  find_all (self);
}

guint
dsr_find_bar_get_n_matches (DsrFindBar *self)
{
  g_return_val_if_fail (DSR_IS_FIND_BAR (self), 0);

  return self->matches->len / 2;
}

/**
 * dsr_find_bar_get_current:
 *
 * Returns: the index of the current match, or -1 if there is none
 */
int
dsr_find_bar_get_current (DsrFindBar *self)
{
  g_return_val_if_fail (DSR_IS_FIND_BAR (self), -1);

  return self->current;
}

const char *
dsr_find_bar_get_count_label (DsrFindBar *self)
{
  g_return_val_if_fail (DSR_IS_FIND_BAR (self), NULL);

  return gtk_label_get_label (self->count_label);
}

void
dsr_find_bar_next (DsrFindBar *self)
{
  guint n;

  g_return_if_fail (DSR_IS_FIND_BAR (self));

  if ((n = self->matches->len / 2) > 0)
    set_current (self, (self->current + 1) % n);
}

void
dsr_find_bar_previous (DsrFindBar *self)
{
  guint n;

  g_return_if_fail (DSR_IS_FIND_BAR (self));

  if ((n = self->matches->len / 2) > 0)
    set_current (self, (self->current + n - 1) % n);
}
