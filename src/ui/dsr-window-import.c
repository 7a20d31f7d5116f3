/* dsr-window-import.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The window's import: the Import actions, files dropped on the window, the progress
 * at the foot of the sidebar, and the toast that sums an import up. */

#define G_LOG_DOMAIN "dsr-window-import"

#include "config.h"

#include <glib/gi18n.h>

#include "dsr-dialogs.h"
#include "dsr-document.h"
#include "dsr-import-job.h"
#include "dsr-store.h"
#include "dsr-window-private.h"

/* An import shorter than this shows no progress at all, rather than a flash of it. */
#define IMPORT_REVEAL_DELAY_MS 300


static void
set_toast (DsrWindow  *self,
           AdwToast   *toast)
{
  g_free (self->last_toast_title);
  self->last_toast_title = g_strdup (adw_toast_get_title (toast));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
show_toast (DsrWindow  *self,
            const char *title)
{
  set_toast (self, adw_toast_new (title));
}

static void
hide_import_progress (DsrWindow *self)
{
  g_clear_handle_id (&self->import_reveal_source, g_source_remove);
  gtk_revealer_set_reveal_child (self->import_revealer, FALSE);
}

/* Lets an import go on to its end (it stops at its next file) without the window
 * following it any more. */
void
_dsr_window_stop_import (DsrWindow *self)
{
  g_assert (DSR_IS_WINDOW (self));

  if (self->import_cancellable != NULL)
    g_cancellable_cancel (self->import_cancellable);
  if (self->import_job != NULL)
    g_signal_handlers_disconnect_by_data (self->import_job, self);

  g_clear_object (&self->import_cancellable);
  g_clear_object (&self->import_job);
  hide_import_progress (self);
  _dsr_window_update_actions (self);
}

static void
update_import_progress (DsrWindow *self)
{
  g_autofree char *title = NULL;
  const char *name;
  guint done, total;

  g_assert (DSR_IS_WINDOW (self));

  if (self->import_job == NULL)
    return;

  done = dsr_import_job_get_n_done (self->import_job);
  total = dsr_import_job_get_n_total (self->import_job);
  name = dsr_import_job_get_current_name (self->import_job);

  if (total == 0)
    {
      gtk_label_set_label (self->import_title, _("Looking for files…"));
      gtk_label_set_label (self->import_file, "");
      gtk_progress_bar_pulse (self->import_progress);
      return;
    }

  /* Translators: shown while an import runs, e.g. “Importing 12 of 300”; the
   * plural follows the second number, the files the import reads */
  title = g_strdup_printf (ngettext ("Importing %u of %u", "Importing %u of %u", total),
                           MIN (done + (name ? 1 : 0), total), total);
  gtk_label_set_label (self->import_title, title);
  gtk_label_set_label (self->import_file, name ? name : "");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->import_file), name);

  gtk_progress_bar_set_fraction (self->import_progress, (double)done / total);
}

static gboolean
reveal_import_progress_cb (gpointer user_data)
{
  DsrWindow *self = user_data;

  self->import_reveal_source = 0;
  gtk_revealer_set_reveal_child (self->import_revealer, TRUE);

  return G_SOURCE_REMOVE;
}

static guint
find_document (GListModel *documents,
               gint64      id)
{
  guint n = g_list_model_get_n_items (documents);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DsrDocument) document = g_list_model_get_item (documents, i);

      if (dsr_document_get_id (document) == id)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

/* Reads the documents again after an import, keeping the document shown (and
 * where it is scrolled to); with none shown, shows @new_id. */
static gboolean
refresh_documents (DsrWindow  *self,
                   gint64      new_id,
                   GError    **error)
{
  g_autoptr(GListModel) documents = NULL;
  DsrDocument *selected;
  gint64 selected_id = 0;
  guint position = GTK_INVALID_LIST_POSITION;

  g_assert (DSR_IS_WINDOW (self));

  if (!(documents = dsr_store_list_documents (self->store, error)))
    return FALSE;

  if ((selected = gtk_single_selection_get_selected_item (self->selection)))
    selected_id = dsr_document_get_id (selected);

  if (selected_id != 0)
    position = find_document (documents, selected_id);
  if (position == GTK_INVALID_LIST_POSITION && new_id != 0)
    position = find_document (documents, new_id);

  g_set_object (&self->documents, documents);

  /* Setting the model would show the first document for a moment. */
  g_signal_handlers_block_matched (self->selection, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  gtk_single_selection_set_model (self->selection, documents);
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_single_selection_set_selected (self->selection, position);
  g_signal_handlers_unblock_matched (self->selection, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);

  _dsr_window_update_header (self);

  selected = gtk_single_selection_get_selected_item (self->selection);
  if (selected == NULL || dsr_document_get_id (selected) != selected_id)
    {
      _dsr_window_show_document (self);
      if (selected != NULL)
        gtk_widget_activate_action (GTK_WIDGET (self->documents_list), "list.scroll-to-item", "u",
                                    gtk_single_selection_get_selected (self->selection));
    }

  return TRUE;
}

static char *
dup_import_summary (guint    n_imported,
                    guint    n_present,
                    guint    n_failed,
                    gboolean cancelled)
{
  g_autoptr(GString) summary = g_string_new (NULL);

  if (cancelled)
    /* Translators: the toast after an import was cancelled; %u counts the documents added */
    g_string_printf (summary, ngettext ("Import cancelled after %u document",
                                        "Import cancelled after %u documents", n_imported),
                     n_imported);
  else if (n_imported == 0 && n_present == 0 && n_failed == 0)
    g_string_assign (summary, _("No files to import"));
  else if (n_imported == 0 && n_present == 0)
    {
      /* Translators: the toast after an import in which every file failed */
      g_string_printf (summary, ngettext ("The file could not be imported",
                                          "%u files could not be imported", n_failed),
                       n_failed);
      return g_string_free (g_steal_pointer (&summary), FALSE);
    }
  else if (n_imported == 0 && n_failed == 0)
    /* Translators: the toast after an import that found only documents the investigation has */
    g_string_printf (summary, ngettext ("The document was already present",
                                        "All %u documents were already present", n_present),
                     n_present);
  else
    /* Translators: the toast after an import; more parts may follow */
    g_string_printf (summary, ngettext ("Imported %u document", "Imported %u documents", n_imported),
                     n_imported);

  if (n_present > 0 && (cancelled || n_imported > 0 || n_failed > 0))
    {
      g_string_append (summary, _(", "));
      /* Translators: part of the import toast, after “Imported 3 documents, ” */
      g_string_append_printf (summary, ngettext ("%u already present", "%u already present", n_present),
                              n_present);
    }

  if (n_failed > 0)
    {
      g_string_append (summary, _(", "));
      /* Translators: part of the import toast, after “Imported 3 documents, ” */
      g_string_append_printf (summary, ngettext ("%u failed", "%u failed", n_failed), n_failed);
    }

  return g_string_free (g_steal_pointer (&summary), FALSE);
}

static void
import_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  DsrImportJob *job = DSR_IMPORT_JOB (object);
  g_autoptr(DsrWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  GPtrArray *failures;
  AdwToast *toast;
  gboolean done;

  done = dsr_import_job_run_finish (job, result, &error);

  /* The window moved on to another investigation, or closed. */
  if (job != self->import_job)
    return;

  g_signal_handlers_disconnect_by_data (job, self);
  g_clear_object (&self->import_cancellable);
  hide_import_progress (self);

  if (!done)
    {
      g_autofree char *path = g_strdup (dsr_store_get_path (dsr_import_job_get_store (job)));

      g_clear_object (&self->import_job);
      _dsr_window_update_actions (self);
      dsr_dialogs_show_file_error (GTK_WINDOW (self), _("Cannot Import"), path, error);
      return;
    }

  /* import_failures already holds the files that were not local; the job's follow. */
  failures = dsr_import_job_get_failures (job);
  for (guint i = 0; i < failures->len; i++)
    {
      const DsrImportFailure *failure = g_ptr_array_index (failures, i);
      DsrImportFailure *copy = g_new0 (DsrImportFailure, 1);

      copy->path = g_strdup (failure->path);
      copy->message = g_strdup (failure->message);
      g_ptr_array_add (self->import_failures, copy);
    }

  if (!refresh_documents (self, dsr_import_job_get_first_new_id (job), &error))
    {
      g_autofree char *message = g_strdup_printf (_("Cannot list the documents: %s"), error->message);

      show_toast (self, message);
    }
  /* curating edits stay undoable (and redoable) across an import */
  _dsr_window_reload_analysis (self, FALSE);

  summary = dup_import_summary (dsr_import_job_get_n_imported (job),
                                dsr_import_job_get_n_present (job),
                                self->import_failures->len,
                                dsr_import_job_was_cancelled (job));
  g_clear_object (&self->import_job);
  _dsr_window_update_actions (self);

  toast = adw_toast_new (summary);
  if (self->import_failures->len > 0)
    {
      adw_toast_set_button_label (toast, _("_Details"));
      adw_toast_set_action_name (toast, "win.show-import-details");
      adw_toast_set_timeout (toast, 10);
    }
  set_toast (self, toast);
}

static void
failure_free (gpointer data)
{
  DsrImportFailure *failure = data;

  g_free (failure->path);
  g_free (failure->message);
  g_free (failure);
}

static gboolean
import_files (DsrWindow  *self,
              GListModel *files)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  guint n_files;

  g_assert (DSR_IS_WINDOW (self));

  if (self->store == NULL)
    return FALSE;

  if (dsr_store_is_read_only (self->store))
    {
      show_toast (self, _("This investigation is open read-only: documents cannot be imported"));
      return FALSE;
    }

  if (self->import_job != NULL)
    {
      show_toast (self, _("Wait for the current import to finish, or cancel it"));
      return FALSE;
    }

  g_clear_pointer (&self->import_failures, g_ptr_array_unref);
  self->import_failures = g_ptr_array_new_with_free_func (failure_free);

  n_files = g_list_model_get_n_items (files);
  for (guint i = 0; i < n_files; i++)
    {
      g_autoptr(GFile) file = g_list_model_get_item (files, i);
      char *path = g_file_get_path (file);

      if (path != NULL)
        g_ptr_array_add (paths, path);
      else
        {
          DsrImportFailure *failure = g_new0 (DsrImportFailure, 1);

          failure->path = g_file_get_uri (file);
          failure->message = g_strdup (_("only files on this computer can be imported"));
          g_ptr_array_add (self->import_failures, failure);
        }
    }
  g_ptr_array_add (paths, NULL);

  self->import_job = dsr_import_job_new (self->store, (const char * const *)paths->pdata);
  self->import_cancellable = g_cancellable_new ();

  g_signal_connect_object (self->import_job, "notify::n-done",
                           G_CALLBACK (update_import_progress), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->import_job, "notify::n-total",
                           G_CALLBACK (update_import_progress), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->import_job, "notify::current-name",
                           G_CALLBACK (update_import_progress), self, G_CONNECT_SWAPPED);

  gtk_progress_bar_set_fraction (self->import_progress, 0.0);
  update_import_progress (self);
  g_clear_handle_id (&self->import_reveal_source, g_source_remove);
  self->import_reveal_source = g_timeout_add (IMPORT_REVEAL_DELAY_MS, reveal_import_progress_cb, self);

  _dsr_window_update_actions (self);

  dsr_import_job_run_async (self->import_job, self->import_cancellable,
                            import_done_cb, g_object_ref (self));

  return TRUE;
}

static void
import_chosen_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(DsrWindow) self = user_data;
  g_autoptr(GListModel) files = NULL;
  g_autoptr(GError) error = NULL;

  if (!(files = dsr_dialogs_choose_import_finish (result, &error)))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Cannot choose files to import: %s", error->message);
      return;
    }

  import_files (self, files);
}

static void
choose_import (DsrWindow       *self,
               DsrImportChoice  choice)
{
  dsr_dialogs_choose_import_async (GTK_WINDOW (self), choice, NULL, import_chosen_cb, g_object_ref (self));
}

static void
import_action (GSimpleAction *action,
               GVariant      *param,
               gpointer       user_data)
{
  choose_import (DSR_WINDOW (user_data), DSR_IMPORT_CHOOSE_FILES);
}

static void
import_folder_action (GSimpleAction *action,
                      GVariant      *param,
                      gpointer       user_data)
{
  choose_import (DSR_WINDOW (user_data), DSR_IMPORT_CHOOSE_FOLDERS);
}

static void
cancel_import_action (GSimpleAction *action,
                      GVariant      *param,
                      gpointer       user_data)
{
  DsrWindow *self = DSR_WINDOW (user_data);

  /* The job stops before its next file and reports what it did. */
  if (self->import_cancellable != NULL)
    g_cancellable_cancel (self->import_cancellable);
  gtk_label_set_label (self->import_title, _("Cancelling…"));
}

static void
show_import_details_action (GSimpleAction *action,
                            GVariant      *param,
                            gpointer       user_data)
{
  DsrWindow *self = DSR_WINDOW (user_data);

  if (self->import_failures == NULL || self->import_failures->len == 0)
    return;

  if (self->import_details != NULL)
    {
      gtk_window_present (self->import_details);
      return;
    }

  self->import_details = dsr_dialogs_show_import_failures (GTK_WINDOW (self), self->import_failures);
  g_object_add_weak_pointer (G_OBJECT (self->import_details), (gpointer *)&self->import_details);
}

static gboolean
drop_cb (DsrWindow     *self,
         const GValue  *value,
         double         x,
         double         y,
         GtkDropTarget *target)
{
  g_autoptr(GListStore) files = g_list_store_new (G_TYPE_FILE);
  g_autoptr(GSList) list = NULL;

  g_assert (DSR_IS_WINDOW (self));

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  list = gdk_file_list_get_files (g_value_get_boxed (value));
  for (GSList *l = list; l; l = l->next)
    g_list_store_append (files, l->data);

  return import_files (self, G_LIST_MODEL (files));
}

static const GActionEntry import_entries[] = {
  { .name = "import", .activate = import_action },
  { .name = "import-folder", .activate = import_folder_action },
  { .name = "cancel-import", .activate = cancel_import_action },
  { .name = "show-import-details", .activate = show_import_details_action },
};

/* Adds the import actions and the drop target; called from dsr_window_init(). */
void
_dsr_window_init_import (DsrWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), import_entries,
                                   G_N_ELEMENTS (import_entries), self);

  self->drop_target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect_object (self->drop_target, "drop", G_CALLBACK (drop_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->toast_overlay), GTK_EVENT_CONTROLLER (self->drop_target));
}

/**
 * _dsr_window_import_files:
 * @files: (element-type GFile): files and folders, as the user gave them
 *
 * Imports @files in a worker thread, as the Import chooser and a drop do, showing
 * progress and then a toast. Refused, with a toast, while the investigation is
 * read-only or another import runs.
 *
 * Returns: whether the import started
 */
gboolean
_dsr_window_import_files (DsrWindow  *self,
                          GListModel *files)
{
  g_return_val_if_fail (DSR_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_LIST_MODEL (files), FALSE);

  return import_files (self, files);
}

/**
 * _dsr_window_get_last_toast_title:
 *
 * Returns: (nullable): the title of the last toast shown, for tests
 */
const char *
_dsr_window_get_last_toast_title (DsrWindow *self)
{
  g_return_val_if_fail (DSR_IS_WINDOW (self), NULL);

  return self->last_toast_title;
}

/**
 * _dsr_window_get_import_details:
 *
 * Returns: (transfer none) (nullable): the dialog listing the files the last
 *   import could not read, while it is open
 */
GtkWindow *
_dsr_window_get_import_details (DsrWindow *self)
{
  g_return_val_if_fail (DSR_IS_WINDOW (self), NULL);

  return self->import_details;
}
