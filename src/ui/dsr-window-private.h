/* dsr-window-private.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dsr-board-view.h"
#include "dsr-claim-list.h"
#include "dsr-document-marks.h"
#include "dsr-document-view.h"
#include "dsr-entity-list.h"
#include "dsr-find-bar.h"
#include "dsr-import-job.h"
#include "dsr-search-panel.h"
#include "dsr-source-list.h"
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
  guint                 read_only_reason;
  DsrImportJob         *import_job;           /* while an import runs */
  GCancellable         *import_cancellable;
  GPtrArray            *import_failures;      /* of DsrImportFailure, of the last import */
  guint                 import_reveal_source;
  char                 *last_toast_title;
  GtkWindow            *import_details;       /* weak */
  GtkDropTarget        *drop_target;
  struct _DsrWindowBoard *board_pane;         /* dsr-window-board.c */
  GFile                *test_chooser_file;    /* dsr-window-export.c, from a test */

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;
  AdwSplitButton       *import_button;
  GtkMenuButton        *primary_menu_button;
  GtkMenuButton        *board_button;
  GtkMenuButton        *export_button;
  GMenu                *recent_section;
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
  GtkRevealer          *import_revealer;
  GtkLabel             *import_title;
  GtkLabel             *import_file;
  GtkProgressBar       *import_progress;
  GtkButton            *empty_import_button;

  /* Entities, claims, sources and curating (dsr-window-entities.c) */
  AdwViewStack         *sidebar_view_stack;
  DsrEntityList        *entity_list;
  DsrClaimList         *claim_list;
  DsrSourceList        *source_list;
  DsrDocumentMarks     *marks;
  GArray               *mention_places;       /* DsrMentionPlace of the one selected entity */
  guint                 mention_index;        /* of the place shown, from 1; 0 for none */
  gint64                clicked_offset;       /* a mention clicked, -1 if none */
  GPtrArray            *undo_stack;           /* of DsrUndoEntry, the newest last */
  AdwToast             *curation_toast;       /* weak: the last one shown */
  gboolean              entities_stale;       /* read again when the Entities page shows */

  /* Search (dsr-window-search.c) */
  DsrFindBar           *find_bar;
  GtkMenuButton        *search_button;
  DsrSearchPanel       *search_panel;
};

/* dsr-window.c, for its siblings */
void        _dsr_window_update_actions         (DsrWindow   *self);
void        _dsr_window_show_document          (DsrWindow   *self);
void        _dsr_window_update_header          (DsrWindow   *self);

/* dsr-window-board.c */
typedef struct _DsrWindowBoard DsrWindowBoard;

void          _dsr_window_class_init_board (GtkWidgetClass *widget_class);
void          _dsr_window_init_board       (DsrWindow   *self);
void          _dsr_window_load_boards      (DsrWindow   *self);
void          _dsr_window_finalize_board   (DsrWindow   *self);
DsrBoardView *_dsr_window_get_board_view   (DsrWindow   *self);
const char   *_dsr_window_get_board_name   (DsrWindow   *self);
void          _dsr_window_show_board       (DsrWindow   *self,
                                            gint64       board_id);
char         *_dsr_window_unused_board_name (DsrWindow  *self,
                                             const char *base);

/* dsr-window-export.c */
void        _dsr_window_init_export            (DsrWindow   *self);
void        _dsr_window_update_export          (DsrWindow   *self);
void        _dsr_window_set_test_chooser_file  (DsrWindow   *self,
                                                GFile       *file);

/* dsr-window-entities.c */
void        _dsr_window_init_entities          (DsrWindow   *self);
void        _dsr_window_dispose_entities       (DsrWindow   *self);
void        _dsr_window_reload_analysis        (DsrWindow   *self,
                                                gboolean     forget_undo);
void        _dsr_window_mark_document          (DsrWindow   *self,
                                                gint64       document_id);
GArray     *_dsr_window_prepare_marks          (DsrWindow   *self,
                                                gint64       document_id);
void        _dsr_window_marks_shown            (DsrWindow   *self,
                                                gint64       document_id);
void        _dsr_window_update_entity_actions  (DsrWindow   *self);
gboolean    _dsr_window_tag_selection          (DsrWindow   *self,
                                                DsrEntityKind kind);
gboolean    _dsr_window_undo                   (DsrWindow   *self);

/* dsr-window-import.c */
void        _dsr_window_init_import            (DsrWindow   *self);
void        _dsr_window_stop_import            (DsrWindow   *self);

/* dsr-window-search.c */
void        _dsr_window_class_init_search      (GtkWidgetClass *widget_class);
void        _dsr_window_init_search            (DsrWindow   *self);
void        _dsr_window_update_search          (DsrWindow   *self);
void        _dsr_window_reveal_passage         (DsrWindow   *self,
                                                gint64       start,
                                                gint64       end);

gboolean    _dsr_window_load_store             (DsrWindow   *self,
                                                DsrStore    *store,
                                                GError     **error);
gboolean    _dsr_window_import_files           (DsrWindow   *self,
                                                GListModel  *files);
gboolean    _dsr_window_create_investigation   (DsrWindow   *self,
                                                const char  *path,
                                                GError     **error);
void        _dsr_window_open_investigation     (DsrWindow   *self,
                                                const char  *path);
const char *_dsr_window_get_last_toast_title   (DsrWindow   *self);
GtkWindow  *_dsr_window_get_import_details     (DsrWindow   *self);

G_END_DECLS
