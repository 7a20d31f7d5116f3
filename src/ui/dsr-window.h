/* dsr-window.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "dsr-store.h"

G_BEGIN_DECLS

#define DSR_TYPE_WINDOW (dsr_window_get_type ())

G_DECLARE_FINAL_TYPE (DsrWindow, dsr_window, DSR, WINDOW, AdwApplicationWindow)

DsrWindow *dsr_window_new       (GtkApplication  *application);
DsrStore  *dsr_window_get_store (DsrWindow       *self);
gboolean   dsr_window_open_path (DsrWindow       *self,
                                 const char      *path,
                                 GError         **error);
gboolean   dsr_window_shows_path (DsrWindow      *self,
                                  const char     *path);

G_END_DECLS
