/* dsr-window-private.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dsr-document-view.h"
#include "dsr-window.h"

G_BEGIN_DECLS

/* The instance struct is shared with the widget tests, which read the template
 * widgets to check what the window shows. */
struct _DsrWindow
{
  AdwApplicationWindow  parent_instance;

  /* Owned */
  DsrStore             *store;
  GListModel           *documents;
  GSettings            *settings;
  int                   board_width;
  guint                 board_width_restored : 1;

  /* Template widgets */
  AdwWindowTitle       *window_title;
  GtkMenuButton        *primary_menu_button;
  GtkRevealer          *read_only_revealer;
  GtkLabel             *read_only_label;
  GtkStack             *main_stack;
  GtkPaned             *outer_paned;
  GtkPaned             *inner_paned;
  GtkStack             *sidebar_stack;
  GtkListView          *documents_list;
  GtkSingleSelection   *selection;
  GtkStack             *document_stack;
  AdwStatusPage        *no_documents_page;
  AdwStatusPage        *document_error_page;
  GtkScrolledWindow    *document_scroller;
  GtkWidget            *document_header;
  GtkLabel             *document_source;
  GtkLabel             *document_title;
  GtkLabel             *document_details;
  GtkLabel             *document_url;
  DsrDocumentView      *document_view;
  GtkWidget            *board;
};

gboolean _dsr_window_load_store (DsrWindow  *self,
                                 DsrStore   *store,
                                 GError    **error);

G_END_DECLS
