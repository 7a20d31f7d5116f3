/* dsr-window.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dsr-dialogs.h"
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

#define INVESTIGATION_SUFFIX ".dossier"
#define MAX_RECENT           8

static void selection_changed_cb (DsrWindow          *self,
                                  GParamSpec         *pspec,
                                  GtkSingleSelection *selection);

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

void
_dsr_window_show_document (DsrWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *published = NULL;
  g_autofree char *details = NULL;
  g_autoptr(GArray) spans = NULL;
  g_autoptr(GArray) marks = NULL;
  GtkAdjustment *vadjustment;
  DsrDocument *document;
  const char *title;

  g_assert (DSR_IS_WINDOW (self));

  if (self->store == NULL)
    return;

  if (self->documents == NULL || g_list_model_get_n_items (self->documents) == 0)
    {
      dsr_document_view_set_content (self->document_view, NULL, NULL, NULL);
      gtk_stack_set_visible_child_name (self->document_stack, "no-documents");
      return;
    }

  if (!(document = gtk_single_selection_get_selected_item (self->selection)))
    {
      dsr_document_view_set_content (self->document_view, NULL, NULL, NULL);
      gtk_stack_set_visible_child_name (self->document_stack, "no-selection");
      return;
    }

  if (!read_document (self->store, document, &text, &spans, &error))
    {
      g_autofree char *message = g_strdup_printf ("%s.", error->message);

      message[0] = g_unichar_toupper (message[0]);
      adw_status_page_set_description (self->document_error_page, message);
      dsr_document_view_set_content (self->document_view, NULL, NULL, NULL);
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

  marks = _dsr_window_prepare_marks (self, dsr_document_get_id (document));
  dsr_document_view_set_content (self->document_view, text, spans, marks);
  _dsr_window_marks_shown (self, dsr_document_get_id (document));

  vadjustment = gtk_scrolled_window_get_vadjustment (self->document_scroller);
  gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_lower (vadjustment));

  gtk_stack_set_visible_child_name (self->document_stack, "document");
}

void
_dsr_window_update_header (DsrWindow *self)
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

  switch (self->read_only_reason)
    {
    case READ_ONLY_LOCKED:
      gtk_label_set_label (self->read_only_label,
                           _("Another Dossier window or dossier-cli is changing this investigation, "
                             "so it is open read-only here: you can read and search it, but documents "
                             "cannot be imported and entities cannot be changed. Close the other "
                             "program, then open the investigation again."));
      break;
    case READ_ONLY_NOT_WRITABLE:
      gtk_label_set_label (self->read_only_label,
                           _("This file cannot be written to, so the investigation is open read-only: "
                             "you can read and search it, but documents cannot be imported and "
                             "entities cannot be changed."));
      break;
    case READ_ONLY_NONE:
    default:
      gtk_label_set_label (self->read_only_label,
                           _("This investigation is open read-only: you can read and search it, but "
                             "documents cannot be imported and entities cannot be changed."));
      break;
    }
  gtk_revealer_set_reveal_child (self->read_only_revealer, dsr_store_is_read_only (self->store));
  gtk_stack_set_visible_child_name (self->sidebar_stack, n_documents > 0 ? "list" : "empty");
}

static void
show_store (DsrWindow *self)
{
  g_assert (DSR_IS_WINDOW (self));
  g_assert (DSR_IS_STORE (self->store));

  _dsr_window_update_header (self);

  /* The selection picks the first document by itself (autoselect). */
  gtk_single_selection_set_model (self->selection, self->documents);
  gtk_stack_set_visible_child_name (self->main_stack, "investigation");

  _dsr_window_show_document (self);
  _dsr_window_reload_analysis (self, TRUE);
  _dsr_window_update_actions (self);
}

/* Recent investigations
 *
 * The newest first, at most MAX_RECENT, as absolute paths. The window that opens
 * an investigation records it, whichever way it was opened. */

static void
remember (DsrWindow  *self,
          const char *path)
{
  g_auto(GStrv) recent = g_settings_get_strv (self->settings, "recent-investigations");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) updated = NULL;
  guint n = 1;

  g_strv_builder_add (builder, path);
  for (guint i = 0; recent[i] != NULL && n < MAX_RECENT; i++)
    if (g_strcmp0 (recent[i], path) != 0)
      {
        g_strv_builder_add (builder, recent[i]);
        n++;
      }
  updated = g_strv_builder_end (builder);

  g_settings_set_strv (self->settings, "recent-investigations", (const char * const *)updated);
  g_settings_set_string (self->settings, "last-investigation", path);
}

static void
forget (DsrWindow  *self,
        const char *path)
{
  g_auto(GStrv) recent = g_settings_get_strv (self->settings, "recent-investigations");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) updated = NULL;
  gboolean changed = FALSE;

  for (guint i = 0; recent[i] != NULL; i++)
    {
      /* path NULL: forget the files that are gone */
      if (path != NULL ? g_strcmp0 (recent[i], path) == 0
                       : !g_file_test (recent[i], G_FILE_TEST_EXISTS))
        changed = TRUE;
      else
        g_strv_builder_add (builder, recent[i]);
    }

  if (!changed)
    return;

  updated = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-investigations", (const char * const *)updated);
}

/* Menus read underscores as mnemonics; a file name's own are doubled. */
static char *
escape_mnemonics (const char *label)
{
  g_auto(GStrv) parts = g_strsplit (label, "_", -1);

  return g_strjoinv ("__", parts);
}

static void
rebuild_recent_menu (DsrWindow *self)
{
  g_auto(GStrv) recent = g_settings_get_strv (self->settings, "recent-investigations");
  g_autoptr(GMenu) submenu = NULL;

  g_assert (DSR_IS_WINDOW (self));

  g_menu_remove_all (self->recent_section);
  if (recent[0] == NULL)
    return;

  submenu = g_menu_new ();
  for (guint i = 0; recent[i] != NULL; i++)
    {
      g_autofree char *base = g_filename_display_basename (recent[i]);
      g_autofree char *label = NULL;
      g_autoptr(GMenuItem) item = NULL;

      if (g_str_has_suffix (base, INVESTIGATION_SUFFIX) && strlen (base) > strlen (INVESTIGATION_SUFFIX))
        base[strlen (base) - strlen (INVESTIGATION_SUFFIX)] = '\0';
      label = escape_mnemonics (base);

      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target_value (item, "win.open-recent", g_variant_new_string (recent[i]));
      g_menu_append_item (submenu, item);
    }

  g_menu_append_submenu (self->recent_section, _("Open _Recent"), G_MENU_MODEL (submenu));
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

  /* An import into the investigation shown before stops at its next file; what it
   * imported stays there. */
  _dsr_window_stop_import (self);

  gtk_single_selection_set_model (self->selection, NULL);
  g_set_object (&self->store, store);
  g_set_object (&self->documents, documents);
  self->read_only_reason = reason;
  show_store (self);
  _dsr_window_load_boards (self);
  remember (self, dsr_store_get_path (store));

  return TRUE;
}

/* Actions */

void
_dsr_window_update_actions (DsrWindow *self)
{
  gboolean writable = self->store != NULL && !dsr_store_is_read_only (self->store);
  gboolean can_import = writable && self->import_job == NULL;
  const char *tooltip;

  g_assert (DSR_IS_WINDOW (self));

  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), "import")),
                               can_import);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), "import-folder")),
                               can_import);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), "cancel-import")),
                               self->import_job != NULL);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), "show-import-details")),
                               self->import_failures != NULL && self->import_failures->len > 0);

  /* A disabled button still shows its tooltip: it says why. */
  if (self->store != NULL && !writable)
    tooltip = _("Import Files (not possible: the investigation is read-only)");
  else if (self->import_job != NULL)
    tooltip = _("Import Files (an import is running)");
  else
    tooltip = _("Import Files");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->import_button), tooltip);
  /* The action only reaches the split button's main part; its menu would offer
   * nothing but disabled items. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), can_import);

  _dsr_window_update_entity_actions (self);
  _dsr_window_update_search (self);
}

static void
new_investigation_chosen_cb (GObject      *object,
                             GAsyncResult *result,
                             gpointer      user_data)
{
  g_autoptr(DsrWindow) self = user_data;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (!(file = dsr_dialogs_choose_new_investigation_finish (result, &error)))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Cannot choose a file for the investigation: %s", error->message);
      return;
    }

  if (!(path = g_file_get_path (file)))
    {
      dsr_dialogs_show_message (GTK_WINDOW (self), _("Cannot Create Investigation"),
                                _("Investigations can only be saved on this computer."));
      return;
    }

  if (!_dsr_window_create_investigation (self, path, &error))
    {
      g_autofree char *base = g_filename_display_basename (path);
      /* Translators: %s is a file name */
      g_autofree char *heading = g_strdup_printf (_("Cannot Create “%s”"), base);

      dsr_dialogs_show_file_error (GTK_WINDOW (self), heading, path, error);
    }
}

static void
new_investigation_action (GSimpleAction *action,
                          GVariant      *param,
                          gpointer       user_data)
{
  DsrWindow *self = DSR_WINDOW (user_data);

  dsr_dialogs_choose_new_investigation_async (GTK_WINDOW (self), NULL, new_investigation_chosen_cb,
                                              g_object_ref (self));
}

static void
investigation_chosen_cb (GObject      *object,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(DsrWindow) self = user_data;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (!(file = dsr_dialogs_choose_investigation_finish (result, &error)))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Cannot choose an investigation: %s", error->message);
      return;
    }

  if (!(path = g_file_get_path (file)))
    {
      dsr_dialogs_show_message (GTK_WINDOW (self), _("Cannot Open Investigation"),
                                _("Only investigations on this computer can be opened."));
      return;
    }

  _dsr_window_open_investigation (self, path);
}

static void
open_investigation_action (GSimpleAction *action,
                           GVariant      *param,
                           gpointer       user_data)
{
  DsrWindow *self = DSR_WINDOW (user_data);

  dsr_dialogs_choose_investigation_async (GTK_WINDOW (self), NULL, investigation_chosen_cb,
                                          g_object_ref (self));
}

static void
open_recent_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  _dsr_window_open_investigation (DSR_WINDOW (user_data), g_variant_get_string (param, NULL));
}

static const GActionEntry win_entries[] = {
  { .name = "new-investigation", .activate = new_investigation_action },
  { .name = "open-investigation", .activate = open_investigation_action },
  { .name = "open-recent", .activate = open_recent_action, .parameter_type = "s" },
};

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

  _dsr_window_show_document (self);
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

/* Called each time the main menu opens: investigations that are gone since the
 * list was written leave it. */
static void
primary_menu_popup_cb (GtkMenuButton *button,
                       gpointer       user_data)
{
  DsrWindow *self = user_data;

  forget (self, NULL);
}

static void
recent_changed_cb (DsrWindow  *self,
                   const char *key,
                   GSettings  *settings)
{
  rebuild_recent_menu (self);
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

  if (self->import_cancellable != NULL)
    g_cancellable_cancel (self->import_cancellable);
  if (self->import_job != NULL)
    g_signal_handlers_disconnect_by_data (self->import_job, self);
  g_clear_object (&self->import_cancellable);
  g_clear_object (&self->import_job);
  g_clear_handle_id (&self->import_reveal_source, g_source_remove);
  if (self->import_details != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->import_details), (gpointer *)&self->import_details);
      self->import_details = NULL;
    }

  _dsr_window_dispose_entities (self);
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
  g_clear_pointer (&self->import_failures, g_ptr_array_unref);
  g_clear_pointer (&self->last_toast_title, g_free);
  g_clear_object (&self->test_chooser_file);
  _dsr_window_finalize_board (self);

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
  g_type_ensure (DSR_TYPE_ENTITY_LIST);
  g_type_ensure (DSR_TYPE_CLAIM_LIST);
  g_type_ensure (DSR_TYPE_SOURCE_LIST);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/dsr-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DsrWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, DsrWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, DsrWindow, import_button);
  gtk_widget_class_bind_template_child (widget_class, DsrWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, DsrWindow, recent_section);
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
  gtk_widget_class_bind_template_child (widget_class, DsrWindow, board_button);
  gtk_widget_class_bind_template_child (widget_class, DsrWindow, export_button);
  gtk_widget_class_bind_template_child (widget_class, DsrWindow, import_revealer);
  gtk_widget_class_bind_template_child (widget_class, DsrWindow, import_title);
  gtk_widget_class_bind_template_child (widget_class, DsrWindow, import_file);
  gtk_widget_class_bind_template_child (widget_class, DsrWindow, import_progress);
  gtk_widget_class_bind_template_child (widget_class, DsrWindow, empty_import_button);
  gtk_widget_class_bind_template_child (widget_class, DsrWindow, sidebar_view_stack);
  gtk_widget_class_bind_template_child (widget_class, DsrWindow, entity_list);
  gtk_widget_class_bind_template_child (widget_class, DsrWindow, claim_list);
  gtk_widget_class_bind_template_child (widget_class, DsrWindow, source_list);
  _dsr_window_class_init_board (widget_class);
  gtk_widget_class_bind_template_callback (widget_class, document_caption);
  gtk_widget_class_bind_template_callback (widget_class, document_has_caption);
  gtk_widget_class_bind_template_callback (widget_class, selection_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, inner_paned_max_position_cb);
  _dsr_window_class_init_search (widget_class);
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

  g_action_map_add_action_entries (G_ACTION_MAP (self), win_entries, G_N_ELEMENTS (win_entries), self);

  _dsr_window_init_search (self);
  _dsr_window_init_import (self);
  _dsr_window_init_entities (self);
  _dsr_window_init_board (self);
  _dsr_window_init_export (self);

  gtk_menu_button_set_create_popup_func (self->primary_menu_button, primary_menu_popup_cb, self, NULL);
  g_signal_connect_object (self->settings, "changed::recent-investigations",
                           G_CALLBACK (recent_changed_cb), self, G_CONNECT_SWAPPED);
  rebuild_recent_menu (self);

  gtk_stack_set_visible_child_name (self->main_stack, "none");
  _dsr_window_update_actions (self);
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

/**
 * _dsr_window_create_investigation:
 * @path: where to create it; `.dossier` is added if the name lacks it
 *
 * Creates an empty investigation and shows it. Never replaces a file.
 *
 * Returns: whether it was created
 */
gboolean
_dsr_window_create_investigation (DsrWindow   *self,
                                  const char  *path,
                                  GError     **error)
{
  g_autofree char *full_path = NULL;
  g_autoptr(DsrStore) store = NULL;

  g_return_val_if_fail (DSR_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (g_str_has_suffix (path, INVESTIGATION_SUFFIX))
    full_path = g_strdup (path);
  else
    full_path = g_strconcat (path, INVESTIGATION_SUFFIX, NULL);

  /* The chooser asked whether to replace an existing file; an investigation is
   * never replaced, whatever the answer was. */
  if (g_file_test (full_path, G_FILE_TEST_EXISTS))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                           _("there is already a file with this name. "
                             "Choose another name for the new investigation"));
      return FALSE;
    }

  if (!(store = dsr_store_create (full_path, error)))
    return FALSE;

  return load_store (self, store, READ_ONLY_NONE, error);
}

/**
 * _dsr_window_open_investigation:
 * @path: an investigation file
 *
 * Shows the investigation at @path: the window of the application that already
 * shows it comes forward, else this window opens it. On failure a dialog says
 * why and this window keeps what it showed.
 */
void
_dsr_window_open_investigation (DsrWindow  *self,
                                const char *path)
{
  g_autoptr(GError) error = NULL;
  GtkApplication *application;

  g_return_if_fail (DSR_IS_WINDOW (self));
  g_return_if_fail (path != NULL);

  if ((application = gtk_window_get_application (GTK_WINDOW (self))))
    for (GList *l = gtk_application_get_windows (application); l; l = l->next)
      if (DSR_IS_WINDOW (l->data) && dsr_window_shows_path (l->data, path))
        {
          gtk_window_present (l->data);
          return;
        }

  if (!dsr_window_open_path (self, path, &error))
    {
      g_autofree char *base = g_filename_display_basename (path);
      /* Translators: %s is a file name */
      g_autofree char *heading = g_strdup_printf (_("Cannot Open “%s”"), base);

      if (g_error_matches (error, DSR_STORE_ERROR, DSR_STORE_ERROR_NOT_FOUND))
        forget (self, path);
      dsr_dialogs_show_file_error (GTK_WINDOW (self), heading, path, error);
    }
}

