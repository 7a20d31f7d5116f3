/* dsr-dialogs.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Every file chooser and message dialog of the application, behind one set of
 * GTask-style functions: GTK 4.8 has no GtkFileDialog or GtkAlertDialog, and this
 * file is the only one to change when it does. A chooser dismissed by the user
 * finishes with G_IO_ERROR_CANCELLED. */

typedef enum
{
  DSR_IMPORT_CHOOSE_FILES,
  DSR_IMPORT_CHOOSE_FOLDERS,
} DsrImportChoice;

void        dsr_dialogs_choose_import_async         (GtkWindow            *parent,
                                                     DsrImportChoice       choice,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
GListModel *dsr_dialogs_choose_import_finish        (GAsyncResult         *result,
                                                     GError              **error);
void        dsr_dialogs_choose_investigation_async  (GtkWindow            *parent,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
GFile      *dsr_dialogs_choose_investigation_finish (GAsyncResult         *result,
                                                     GError              **error);
void        dsr_dialogs_choose_new_investigation_async  (GtkWindow        *parent,
                                                         GCancellable     *cancellable,
                                                         GAsyncReadyCallback callback,
                                                         gpointer          user_data);
GFile      *dsr_dialogs_choose_new_investigation_finish (GAsyncResult     *result,
                                                         GError          **error);

GtkWindow  *dsr_dialogs_show_message                (GtkWindow            *parent,
                                                     const char           *heading,
                                                     const char           *body);
GtkWindow  *dsr_dialogs_show_file_error             (GtkWindow            *parent,
                                                     const char           *heading,
                                                     const char           *path,
                                                     const GError         *error);
GtkWindow  *dsr_dialogs_show_import_failures        (GtkWindow            *parent,
                                                     GPtrArray            *failures);

G_END_DECLS
