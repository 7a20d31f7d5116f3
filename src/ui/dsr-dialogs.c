/* dsr-dialogs.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-dialogs"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "dsr-dialogs.h"
#include "dsr-import-job.h"
#include "dsr-reader.h"

#define INVESTIGATION_MIME_TYPE "application/x-dossier-investigation"
#define INVESTIGATION_SUFFIX    "dossier"

/* Helpers */

/* Error messages from the core start in lower case, to be used inside sentences;
 * shown on their own they get a capital. */
static char *
dup_sentence (const char *message)
{
  g_autofree char *first = NULL;
  const char *rest;

  if (message == NULL || message[0] == '\0')
    return g_strdup ("");

  rest = g_utf8_next_char (message);
  first = g_utf8_strup (message, rest - message);
  return g_strconcat (first, rest, NULL);
}

static GtkFileFilter *
new_documents_filter (void)
{
  const char * const *extensions = dsr_reader_list_extensions ();
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Documents"));
  for (guint i = 0; extensions[i] != NULL; i++)
    gtk_file_filter_add_suffix (filter, extensions[i]);

  return filter;
}

static GtkFileFilter *
new_all_files_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("All Files"));
  gtk_file_filter_add_pattern (filter, "*");

  return filter;
}

static GtkFileFilter *
new_investigations_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Investigations"));
  gtk_file_filter_add_suffix (filter, INVESTIGATION_SUFFIX);
  gtk_file_filter_add_mime_type (filter, INVESTIGATION_MIME_TYPE);

  return filter;
}

/* Runs a chooser and finishes @task with what it returned. The task holds the
 * chooser until it answers. */
static void
run_chooser (GtkFileChooserNative *native,
             GTask                *task,
             GCallback             response_cb)
{
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_task_set_task_data (task, native, g_object_unref);
  g_signal_connect (native, "response", response_cb, task);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static gboolean
return_if_dismissed (GTask *task,
                     int    response)
{
  if (response == GTK_RESPONSE_ACCEPT && !g_task_return_error_if_cancelled (task))
    return FALSE;

  if (!g_task_had_error (task))
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "dismissed");
  return TRUE;
}

/* Callbacks */

static void
import_response_cb (GtkNativeDialog *native,
                    int              response,
                    gpointer         user_data)
{
  g_autoptr(GTask) task = user_data;

  g_signal_handlers_disconnect_by_data (native, task);
  gtk_native_dialog_hide (native);

  if (return_if_dismissed (task, response))
    return;

  g_task_return_pointer (task, gtk_file_chooser_get_files (GTK_FILE_CHOOSER (native)),
                         g_object_unref);
}

static void
single_file_response_cb (GtkNativeDialog *native,
                         int              response,
                         gpointer         user_data)
{
  g_autoptr(GTask) task = user_data;

  g_signal_handlers_disconnect_by_data (native, task);
  gtk_native_dialog_hide (native);

  if (return_if_dismissed (task, response))
    return;

  g_task_return_pointer (task, gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native)),
                         g_object_unref);
}

/* Public API */

/**
 * dsr_dialogs_choose_import_async:
 * @choice: whether to choose files or folders
 *
 * Asks for files (or folders) to import, several at once.
 */
void
dsr_dialogs_choose_import_async (GtkWindow           *parent,
                                 DsrImportChoice      choice,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  GtkFileChooserNative *native;
  GTask *task;

  g_return_if_fail (!parent || GTK_IS_WINDOW (parent));

  task = g_task_new (parent, cancellable, callback, user_data);
  g_task_set_source_tag (task, dsr_dialogs_choose_import_async);

  if (choice == DSR_IMPORT_CHOOSE_FOLDERS)
    native = gtk_file_chooser_native_new (_("Import Folders"), parent,
                                          GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                          _("_Import"), _("_Cancel"));
  else
    {
      g_autoptr(GtkFileFilter) documents = new_documents_filter ();
      g_autoptr(GtkFileFilter) all_files = new_all_files_filter ();

      native = gtk_file_chooser_native_new (_("Import Files"), parent,
                                            GTK_FILE_CHOOSER_ACTION_OPEN,
                                            _("_Import"), _("_Cancel"));
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), documents);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), all_files);
      gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (native), documents);
    }
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (native), TRUE);

  run_chooser (native, task, G_CALLBACK (import_response_cb));
}

/**
 * dsr_dialogs_choose_import_finish:
 *
 * Returns: (transfer full) (nullable): a list of #GFile
 */
GListModel *
dsr_dialogs_choose_import_finish (GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * dsr_dialogs_choose_investigation_async:
 *
 * Asks for an investigation file to open.
 */
void
dsr_dialogs_choose_investigation_async (GtkWindow           *parent,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data)
{
  g_autoptr(GtkFileFilter) investigations = new_investigations_filter ();
  GtkFileChooserNative *native;
  GTask *task;

  g_return_if_fail (!parent || GTK_IS_WINDOW (parent));

  task = g_task_new (parent, cancellable, callback, user_data);
  g_task_set_source_tag (task, dsr_dialogs_choose_investigation_async);

  native = gtk_file_chooser_native_new (_("Open Investigation"), parent,
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), investigations);

  run_chooser (native, task, G_CALLBACK (single_file_response_cb));
}

/**
 * dsr_dialogs_choose_investigation_finish:
 *
 * Returns: (transfer full) (nullable): the file chosen
 */
GFile *
dsr_dialogs_choose_investigation_finish (GAsyncResult  *result,
                                         GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * dsr_dialogs_choose_new_investigation_async:
 *
 * Asks where to save a new investigation. The chooser's own question about
 * replacing a file does not make replacing allowed: the caller refuses to.
 */
void
dsr_dialogs_choose_new_investigation_async (GtkWindow           *parent,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data)
{
  g_autoptr(GtkFileFilter) investigations = new_investigations_filter ();
  const char *documents_dir = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  GtkFileChooserNative *native;
  GTask *task;

  g_return_if_fail (!parent || GTK_IS_WINDOW (parent));

  task = g_task_new (parent, cancellable, callback, user_data);
  g_task_set_source_tag (task, dsr_dialogs_choose_new_investigation_async);

  native = gtk_file_chooser_native_new (_("New Investigation"), parent,
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Create"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), investigations);
  /* Translators: the file name suggested for a new investigation; keep “.dossier” */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), _("Untitled investigation.dossier"));

  if (documents_dir != NULL && g_file_test (documents_dir, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GFile) folder = g_file_new_for_path (documents_dir);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);
    }

  run_chooser (native, task, G_CALLBACK (single_file_response_cb));
}

/**
 * dsr_dialogs_choose_new_investigation_finish:
 *
 * Returns: (transfer full) (nullable): the file chosen, as typed (without the
 *   `.dossier` the caller may add)
 */
GFile *
dsr_dialogs_choose_new_investigation_finish (GAsyncResult  *result,
                                             GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * dsr_dialogs_show_message:
 *
 * Shows a message with a Close button, modal to @parent.
 *
 * Returns: (transfer none): the dialog
 */
GtkWindow *
dsr_dialogs_show_message (GtkWindow  *parent,
                          const char *heading,
                          const char *body)
{
  AdwMessageDialog *dialog;

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (heading != NULL, NULL);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading, body));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_default_response (dialog, "close");
  adw_message_dialog_set_close_response (dialog, "close");
  gtk_window_present (GTK_WINDOW (dialog));

  return GTK_WINDOW (dialog);
}

/**
 * dsr_dialogs_show_file_error:
 * @heading: the dialog's heading, e.g. “Cannot Open “x””
 * @path: the file concerned, shown in full under the reason
 * @error: why it failed
 *
 * Returns: (transfer none): the dialog
 */
GtkWindow *
dsr_dialogs_show_file_error (GtkWindow    *parent,
                             const char   *heading,
                             const char   *path,
                             const GError *error)
{
  g_autofree char *display_path = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *body = NULL;

  g_return_val_if_fail (heading != NULL, NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error != NULL, NULL);

  display_path = g_filename_display_name (path);
  reason = dup_sentence (error->message);
  /* Translators: the first %s is why a file could not be used, the second its full path */
  body = g_strdup_printf (_("%s.\n\n%s"), reason, display_path);

  return dsr_dialogs_show_message (parent, heading, body);
}

/**
 * dsr_dialogs_show_import_failures:
 * @failures: (element-type DsrImportFailure): the files an import could not read
 *
 * Lists each file an import could not read, with the reason.
 *
 * Returns: (transfer none): the dialog
 */
GtkWindow *
dsr_dialogs_show_import_failures (GtkWindow *parent,
                                  GPtrArray *failures)
{
  const char * const *extensions = dsr_reader_list_extensions ();
  g_autoptr(GString) readable = g_string_new (NULL);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *scroller;
  GtkWidget *list;

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (failures != NULL, NULL);

  for (guint i = 0; extensions[i] != NULL; i++)
    {
      if (i > 0)
        /* Translators: the separator in a list of file extensions */
        g_string_append (readable, _(", "));
      g_string_append_printf (readable, ".%s", extensions[i]);
    }

  /* Translators: the heading of the dialog listing the files an import could not read */
  heading = g_strdup_printf (ngettext ("%u File Not Imported", "%u Files Not Imported", failures->len),
                             failures->len);
  /* Translators: %s is a list of file extensions, e.g. “.txt, .md, .html” */
  body = g_strdup_printf (_("Dossier reads files ending in %s."), readable->str);

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Files not imported"),
                                  -1);

  for (guint i = 0; i < failures->len; i++)
    {
      const DsrImportFailure *failure = g_ptr_array_index (failures, i);
      g_autofree char *name = g_filename_display_basename (failure->path);
      g_autofree char *full = g_filename_display_name (failure->path);
      g_autofree char *reason = dup_sentence (failure->message);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), reason);
      adw_preferences_row_set_title_selectable (ADW_PREFERENCES_ROW (row), TRUE);
      gtk_widget_set_tooltip_text (row, full);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);
  gtk_widget_add_css_class (scroller, "dsr-import-failures");

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading, body));
  adw_message_dialog_set_extra_child (dialog, scroller);
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_default_response (dialog, "close");
  adw_message_dialog_set_close_response (dialog, "close");
  gtk_window_present (GTK_WINDOW (dialog));

  return GTK_WINDOW (dialog);
}
