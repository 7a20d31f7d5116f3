/* dsr-ui-test.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "dsr-store.h"
#include "dsr-window.h"

G_BEGIN_DECLS

gboolean   dsr_ui_test_init               (int         *argc,
                                           char      ***argv);

char      *dsr_ui_test_make_folder        (const char  *name);
void       dsr_ui_test_write_file         (const char  *folder,
                                           const char  *name,
                                           const char  *contents);
gint64     dsr_ui_test_import_file        (DsrStore    *store,
                                           const char  *folder,
                                           const char  *name);

DsrWindow *dsr_ui_test_open_window        (const char  *path);
gboolean   dsr_ui_test_action_enabled     (DsrWindow   *window,
                                           const char  *name);
void       dsr_ui_test_iterate_until_idle (void);
void       dsr_ui_test_wait_for_import    (DsrWindow   *window);
GtkWidget *dsr_ui_test_find_descendant    (GtkWidget   *widget,
                                           GType        type);
AdwMessageDialog *dsr_ui_test_find_dialog (void);

G_END_DECLS
