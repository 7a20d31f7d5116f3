/* dsr-window.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-window"

#include "config.h"

#include <glib/gi18n.h>

#include "dsr-document-content.h"
#include "dsr-document-view.h"
#include "dsr-document.h"
#include "dsr-store.h"
#include "dsr-window-private.h"

G_DEFINE_FINAL_TYPE (DsrWindow, dsr_window, ADW_TYPE_APPLICATION_WINDOW)

typedef enum
{
  READ_ONLY_NONE,
  READ_ONLY_LOCKED,
  READ_ONLY_NOT_WRITABLE,
} ReadOnlyReason;

/* Store access
 *
 * Every call into DsrStore the window makes is in this section, so that a later
 * change can move them into a GTask together. They are quick enough to run on the
 * main thread for now: listing reads one row per document, and a document is read
 * only when it is shown. */

static DsrStore *
open_store (const char      *path,
            ReadOnlyReason  *reason,
            GError         **error)
{
  g_autoptr(GError) local_error = NULL;
  DsrStore *store;

  *reason = READ_ONLY_NONE;

  if ((store = dsr_store_open (path, DSR_STORE_OPEN_DEFAULT, &local_error)))
    return store;

  /* Another process writes the file, or we may not: reading it is still useful. */
  if (g_error_matches (local_error, DSR_STORE_ERROR, DSR_STORE_ERROR_LOCKED))
    *reason = READ_ONLY_LOCKED;
  else if (g_error_matches (local_error, DSR_STORE_ERROR, DSR_STORE_ERROR_READ_ONLY))
    *reason = READ_ONLY_NOT_WRITABLE;
  else
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  g_clear_error (&local_error);
  return dsr_store_open (path, DSR_STORE_OPEN_READ_ONLY, error);
}

static GListModel *
list_documents (DsrStore  *store,
                GError   **error)
{
  return dsr_store_list_documents (store, error);
}

static gboolean
read_document (DsrStore     *store,
               DsrDocument  *document,
               char        **text,
               GArray      **spans,
               GError      **error)
{
  gint64 id = dsr_document_get_id (document);

  if (!(*text = dsr_store_dup_document_text (store, id, error)))
    return FALSE;

  if (!(*spans = dsr_store_list_document_spans (store, id, error)))
    {
      g_clear_pointer (text, g_free);
      return FALSE;
    }

  return TRUE;
}

/* Helpers */

static gboolean
has_text (const char *str)
{
  return str != NULL && str[0] != '\0';
}

static char *
format_published (const char *published)
{
  g_autoptr(GDateTime) date = NULL;
  int year, month, day;

  if (!has_text (published))
    return NULL;

  /* Dates are stored as ISO 8601; only the date part is shown. */
  if (sscanf (published, "%4d-%2d-%2d", &year, &month, &day) == 3 &&
      (date = g_date_time_new_utc (year, month, day, 0, 0, 0)))
    /* Translators: how a document's publication date is shown, in g_date_time_format() syntax */
    return g_date_time_format (date, _("%-d %B %Y"));

  return g_strdup (published);
}

/* "a · b", "a", "b" or NULL, for two optional parts of a caption. */
static char *
join_present (const char *first,
              const char *second)
{
  if (has_text (first) && has_text (second))
    return g_strdup_printf ("%s · %s", first, second);
  if (has_text (first))
    return g_strdup (first);
  if (has_text (second))
    return g_strdup (second);
  return NULL;
}

/* Whether the text opens with a heading that repeats the title, as most imported
 * articles do; then the header does not show the title a second time. */
static gboolean
text_starts_with_title (const char *text,
                        GArray     *spans,
                        const char *title)
{
  g_autofree char *heading = NULL;

  if (!has_text (title))
    return TRUE;

  for (guint i = 0; i < spans->len; i++)
    {
      const DsrSpan *span = &g_array_index (spans, DsrSpan, i);

      if (span->start > 0)
        break;
      if (span->kind != DSR_SPAN_HEADING || span->end <= span->start)
        continue;

      heading = g_utf8_substring (text, span->start, span->end);
      return g_strcmp0 (g_strstrip (heading), title) == 0;
    }

  return FALSE;
}

static void
set_label_or_hide (GtkLabel   *label,
                   const char *text)
{
  gtk_label_set_label (label, has_text (text) ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), has_text (text));
}

static void
show_document (DsrWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *published = NULL;
  g_autofree char *details = NULL;
  g_autoptr(GArray) spans = NULL;
  GtkAdjustment *vadjustment;
  DsrDocument *document;
  const char *title;

  g_assert (DSR_IS_WINDOW (self));

  if (self->store == NULL)
    return;

  if (self->documents == NULL || g_list_model_get_n_items (self->documents) == 0)
    {
      dsr_document_view_set_content (self->document_view, NULL, NULL);
      gtk_stack_set_visible_child_name (self->document_stack, "no-documents");
      return;
    }

  if (!(document = gtk_single_selection_get_selected_item (self->selection)))
    {
      dsr_document_view_set_content (self->document_view, NULL, NULL);
      gtk_stack_set_visible_child_name (self->document_stack, "no-selection");
      return;
    }

  if (!read_document (self->store, document, &text, &spans, &error))
    {
      g_autofree char *message = g_strdup_printf ("%s.", error->message);

      message[0] = g_unichar_toupper (message[0]);
      adw_status_page_set_description (self->document_error_page, message);
      dsr_document_view_set_content (self->document_view, NULL, NULL);
      gtk_stack_set_visible_child_name (self->document_stack, "error");
      return;
    }

  title = dsr_document_get_title (document);
  published = format_published (dsr_document_get_published (document));
  details = join_present (dsr_document_get_byline (document), published);

  set_label_or_hide (self->document_source, dsr_document_get_source (document));
  set_label_or_hide (self->document_title,
                     text_starts_with_title (text, spans, title) ? NULL : title);
  set_label_or_hide (self->document_details, details);
  set_label_or_hide (self->document_url, dsr_document_get_url (document));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->document_url), dsr_document_get_url (document));

  dsr_document_view_set_content (self->document_view, text, spans);

  vadjustment = gtk_scrolled_window_get_vadjustment (self->document_scroller);
  gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_lower (vadjustment));

  gtk_stack_set_visible_child_name (self->document_stack, "document");
}

static void
show_store (DsrWindow      *self,
            ReadOnlyReason  reason)
{
  g_autofree char *name = NULL;
  g_autofree char *subtitle = NULL;
  guint n_documents;

  g_assert (DSR_IS_WINDOW (self));
  g_assert (DSR_IS_STORE (self->store));

  name = dsr_store_dup_name (self->store);
  n_documents = g_list_model_get_n_items (self->documents);

  if (dsr_store_is_read_only (self->store))
    subtitle = g_strdup (_("Read-only"));
  else
    /* Translators: the subtitle of the window, under the investigation's name */
    subtitle = g_strdup_printf (ngettext ("%u document", "%u documents", n_documents), n_documents);

  gtk_window_set_title (GTK_WINDOW (self), name);
  adw_window_title_set_title (self->window_title, name);
  adw_window_title_set_subtitle (self->window_title, subtitle);

  switch (reason)
    {
    case READ_ONLY_LOCKED:
      gtk_label_set_label (self->read_only_label,
                           _("Another Dossier window or dossier-cli is changing this investigation, "
                             "so it is open read-only here."));
      break;
    case READ_ONLY_NOT_WRITABLE:
      gtk_label_set_label (self->read_only_label,
                           _("This file cannot be written to, so the investigation is open read-only."));
      break;
    case READ_ONLY_NONE:
    default:
      gtk_label_set_label (self->read_only_label, _("This investigation is open read-only."));
      break;
    }
  gtk_revealer_set_reveal_child (self->read_only_revealer, dsr_store_is_read_only (self->store));

  /* The selection picks the first document by itself (autoselect). */
  gtk_single_selection_set_model (self->selection, self->documents);
  gtk_stack_set_visible_child_name (self->sidebar_stack, n_documents > 0 ? "list" : "empty");
  gtk_stack_set_visible_child_name (self->main_stack, "investigation");

  show_document (self);
}

static gboolean
load_store (DsrWindow       *self,
            DsrStore        *store,
            ReadOnlyReason   reason,
            GError         **error)
{
  g_autoptr(GListModel) documents = NULL;

  g_assert (DSR_IS_WINDOW (self));
  g_assert (DSR_IS_STORE (store));

  if (!(documents = list_documents (store, error)))
    return FALSE;

  gtk_single_selection_set_model (self->selection, NULL);
  g_set_object (&self->store, store);
  g_set_object (&self->documents, documents);
  show_store (self, reason);

  return TRUE;
}

/* Callbacks */

static char *
document_caption (gpointer    item,
                  const char *source,
                  const char *published)
{
  g_autofree char *date = format_published (published);
  char *caption = join_present (source, date);

  return caption != NULL ? caption : g_strdup ("");
}

static gboolean
document_has_caption (gpointer    item,
                      const char *source,
                      const char *published)
{
  return has_text (source) || has_text (published);
}

static void
selection_changed_cb (DsrWindow          *self,
                      GParamSpec         *pspec,
                      GtkSingleSelection *selection)
{
  g_assert (DSR_IS_WINDOW (self));

  show_document (self);
}

/* GtkPaned positions count from the start, but the board keeps its width when the
 * window is resized (resize-end-child is off), so its width is what is saved; it is
 * turned into a position once the paned first knows its size. */
static void
inner_paned_max_position_cb (DsrWindow  *self,
                             GParamSpec *pspec,
                             GtkPaned   *paned)
{
  int min_position, max_position, board_min;

  g_assert (DSR_IS_WINDOW (self));

  if (self->board_width_restored || gtk_widget_get_width (GTK_WIDGET (paned)) <= 0)
    return;

  g_object_get (paned,
                "min-position", &min_position,
                "max-position", &max_position,
                NULL);
  gtk_widget_measure (self->board, GTK_ORIENTATION_HORIZONTAL, -1, &board_min, NULL, NULL, NULL);

  /* With shrink-end-child off, max-position already leaves the board its minimum. */
  gtk_paned_set_position (paned, CLAMP (max_position + board_min - self->board_width,
                                        min_position, max_position));
  self->board_width_restored = TRUE;
}

static gboolean
dsr_window_close_request (GtkWindow *window)
{
  DsrWindow *self = (DsrWindow *)window;

  if (self->board_width_restored && gtk_widget_get_mapped (self->board))
    g_settings_set_int (self->settings, "board-width", gtk_widget_get_width (self->board));

  return GTK_WINDOW_CLASS (dsr_window_parent_class)->close_request (window);
}

/* GObject overrides */

static void
dsr_window_dispose (GObject *object)
{
  DsrWindow *self = (DsrWindow *)object;

  if (self->selection != NULL)
    gtk_single_selection_set_model (self->selection, NULL);
  g_clear_object (&self->documents);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (dsr_window_parent_class)->dispose (object);
}

static void
dsr_window_finalize (GObject *object)
{
  DsrWindow *self = (DsrWindow *)object;

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (dsr_window_parent_class)->finalize (object);
}

static void
dsr_window_class_init (DsrWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = dsr_window_dispose;
  object_class->finalize = dsr_window_finalize;

  window_class->close_request = dsr_window_close_request;

  g_type_ensure (DSR_TYPE_DOCUMENT);
  g_type_ensure (DSR_TYPE_DOCUMENT_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/dsr-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DsrWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, DsrWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, DsrWindow, read_only_revealer);
  gtk_widget_class_bind_template_child (widget_class, DsrWindow, read_only_label);
  gtk_widget_class_bind_template_child (widget_class, DsrWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, DsrWindow, outer_paned);
  gtk_widget_class_bind_template_child (widget_class, DsrWindow, inner_paned);
  gtk_widget_class_bind_template_child (widget_class, DsrWindow, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, DsrWindow, documents_list);
  gtk_widget_class_bind_template_child (widget_class, DsrWindow, selection);
  gtk_widget_class_bind_template_child (widget_class, DsrWindow, document_stack);
  gtk_widget_class_bind_template_child (widget_class, DsrWindow, no_documents_page);
  gtk_widget_class_bind_template_child (widget_class, DsrWindow, document_error_page);
  gtk_widget_class_bind_template_child (widget_class, DsrWindow, document_scroller);
  gtk_widget_class_bind_template_child (widget_class, DsrWindow, document_header);
  gtk_widget_class_bind_template_child (widget_class, DsrWindow, document_source);
  gtk_widget_class_bind_template_child (widget_class, DsrWindow, document_title);
  gtk_widget_class_bind_template_child (widget_class, DsrWindow, document_details);
  gtk_widget_class_bind_template_child (widget_class, DsrWindow, document_url);
  gtk_widget_class_bind_template_child (widget_class, DsrWindow, document_view);
  gtk_widget_class_bind_template_child (widget_class, DsrWindow, board);
  gtk_widget_class_bind_template_callback (widget_class, document_caption);
  gtk_widget_class_bind_template_callback (widget_class, document_has_caption);
  gtk_widget_class_bind_template_callback (widget_class, selection_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, inner_paned_max_position_cb);
}

static void
dsr_window_init (DsrWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  self->board_width = g_settings_get_int (self->settings, "board-width");

  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "sidebar-width", self->outer_paned, "position",
                   G_SETTINGS_BIND_DEFAULT);

  gtk_stack_set_visible_child_name (self->main_stack, "none");
}

/* Public API */

DsrWindow *
dsr_window_new (GtkApplication *application)
{
  g_return_val_if_fail (!application || GTK_IS_APPLICATION (application), NULL);

  return g_object_new (DSR_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

/**
 * dsr_window_get_store:
 *
 * Returns: (transfer none) (nullable): the investigation shown, or %NULL
 */
DsrStore *
dsr_window_get_store (DsrWindow *self)
{
  g_return_val_if_fail (DSR_IS_WINDOW (self), NULL);

  return self->store;
}

/**
 * dsr_window_shows_path:
 * @path: an investigation file
 *
 * Returns: whether the window shows the investigation at @path
 */
gboolean
dsr_window_shows_path (DsrWindow  *self,
                       const char *path)
{
  g_autofree char *canonical = NULL;

  g_return_val_if_fail (DSR_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (self->store == NULL)
    return FALSE;

  canonical = g_canonicalize_filename (path, NULL);
  return g_strcmp0 (canonical, dsr_store_get_path (self->store)) == 0;
}

/**
 * dsr_window_open_path:
 * @path: an investigation file
 *
 * Opens the investigation at @path and shows it in place of the one shown before.
 * A file that another process is writing, or that cannot be written, is opened
 * read-only. On failure the window keeps what it showed.
 *
 * Returns: %TRUE if the investigation is shown
 */
gboolean
dsr_window_open_path (DsrWindow   *self,
                      const char  *path,
                      GError     **error)
{
  g_autoptr(DsrStore) store = NULL;
  ReadOnlyReason reason;

  g_return_val_if_fail (DSR_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(store = open_store (path, &reason, error)))
    return FALSE;

  return load_store (self, store, reason, error);
}

/* Private API */

gboolean
_dsr_window_load_store (DsrWindow  *self,
                        DsrStore   *store,
                        GError    **error)
{
  g_return_val_if_fail (DSR_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (DSR_IS_STORE (store), FALSE);

  return load_store (self, store, READ_ONLY_NONE, error);
}
