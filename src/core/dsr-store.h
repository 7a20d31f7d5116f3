/* dsr-store.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dsr-core-types.h"
#include "dsr-document-content.h"
#include "dsr-entity.h"

G_BEGIN_DECLS

#define DSR_STORE_ERROR (dsr_store_error_quark ())

typedef enum
{
  DSR_STORE_ERROR_FAILED,
  DSR_STORE_ERROR_NOT_FOUND,
  DSR_STORE_ERROR_EXISTS,
  DSR_STORE_ERROR_NOT_SQLITE,
  DSR_STORE_ERROR_NOT_DOSSIER,
  DSR_STORE_ERROR_TOO_NEW,
  DSR_STORE_ERROR_NEEDS_UPGRADE,
  DSR_STORE_ERROR_LOCKED,
  DSR_STORE_ERROR_READ_ONLY,
  DSR_STORE_ERROR_INVALID,
} DsrStoreError;

typedef enum
{
  DSR_STORE_OPEN_DEFAULT   = 0,
  DSR_STORE_OPEN_READ_ONLY = 1 << 0,
} DsrStoreOpenFlags;

/* "Doss" in ASCII: PRAGMA application_id of every investigation file. */
#define DSR_STORE_APPLICATION_ID 0x446f7373

/* Links and mentions made by analysis are suggestions until a user confirms them. */
typedef enum
{
  DSR_LINK_STATE_SUGGESTED,
  DSR_LINK_STATE_CONFIRMED,
} DsrLinkState;

typedef struct
{
  gint64       id;
  DsrLinkKind  kind;
  DsrNode      from;
  DsrNode      to;
  DsrLinkState state;
} DsrLink;

typedef struct
{
  DsrNode node;
  double  x;
  double  y;
  double  w;
  double  h;
} DsrBoardItem;

/* A board card with what it shows (dsr_store_list_board_cards). */
typedef struct
{
  DsrBoardItem   item;
  char          *title;     /* claim quote, entity/source name, document title, note text */
  char          *detail;    /* entity kind, source kind or document byline, or NULL */
  char          *speaker;   /* claim: the said_by entity, confirmed first, or NULL */
  char          *source;    /* claim: the reported_by source or document, or NULL */
  char           grade;     /* source: reliability A-F, or 0 */
  DsrEntityKind  entity_kind;
} DsrBoardCardText;

/* An entity's mention in a document. */
typedef struct
{
  gint64          entity_id;
  char           *name;       /* the entity's name */
  DsrEntityKind   kind;
  gint64          start;
  gint64          end;
  DsrEntityState  state;
} DsrMention;

/* A detected quotation, as stored, with its suggested speaker and the evidence. */
typedef struct
{
  gint64    id;
  gint64    document_id;
  gint64    start;
  gint64    end;
  char     *text;
  gboolean  scare;
  gint64    speaker_id;      /* 0 if none */
  char     *speaker;
  gint64    speaker_start;   /* -1 if none */
  gint64    speaker_end;
  char     *cue;
  gint64    cue_start;       /* -1 if none */
  gint64    cue_end;
  gboolean  confirmed;
} DsrStoredQuote;

/* Where an entity is mentioned, for stepping through its mentions across documents. */
typedef struct
{
  gint64 document_id;
  gint64 start;
  gint64 end;
} DsrMentionPlace;

typedef struct
{
  const char *source_name;   /* outlet that published the document, or NULL */
  const char *url;           /* overrides the URL found in the document, or NULL */
} DsrImportOptions;

#define DSR_TYPE_STORE (dsr_store_get_type ())

G_DECLARE_FINAL_TYPE (DsrStore, dsr_store, DSR, STORE, GObject)

GQuark       dsr_store_error_quark           (void);
guint        dsr_store_get_schema_version    (void);

DsrStore    *dsr_store_create                (const char             *path,
                                              GError                **error);
DsrStore    *dsr_store_open                  (const char             *path,
                                              DsrStoreOpenFlags       flags,
                                              GError                **error);
DsrStore    *dsr_store_open_sibling          (DsrStore               *self,
                                              GError                **error);
const char  *dsr_store_get_path              (DsrStore               *self);
char        *dsr_store_dup_name              (DsrStore               *self);
gboolean     dsr_store_is_read_only          (DsrStore               *self);

/* Documents */
gint64       dsr_store_add_document          (DsrStore               *self,
                                              DsrDocumentContent     *content,
                                              GBytes                 *original,
                                              const char             *file_name,
                                              const char             *media_type,
                                              const DsrImportOptions *options,
                                              gboolean               *already_present,
                                              GError                **error);
gint64       dsr_store_find_document_by_sha256 (DsrStore             *self,
                                              const char             *sha256,
                                              GError                **error);
GListModel  *dsr_store_list_documents        (DsrStore               *self,
                                              GError                **error);
DsrDocument *dsr_store_get_document          (DsrStore               *self,
                                              gint64                  id,
                                              GError                **error);
char        *dsr_store_dup_document_text     (DsrStore               *self,
                                              gint64                  id,
                                              GError                **error);
GArray      *dsr_store_list_document_spans   (DsrStore               *self,
                                              gint64                  id,
                                              GError                **error);
GBytes      *dsr_store_dup_document_original (DsrStore               *self,
                                              gint64                  id,
                                              GError                **error);

/* Search */
GPtrArray   *dsr_store_search                (DsrStore               *self,
                                              const char             *query,
                                              guint                   limit,
                                              GError                **error);

/* Claims and links */
gint64       dsr_store_add_claim             (DsrStore               *self,
                                              gint64                  document_id,
                                              gint64                  start,
                                              gint64                  end,
                                              const char             *speaker_name,
                                              const char             *source_name,
                                              GError                **error);
GListModel  *dsr_store_list_claims           (DsrStore               *self,
                                              GError                **error);
gint64       dsr_store_add_link              (DsrStore               *self,
                                              DsrLinkKind             kind,
                                              const DsrNode          *from,
                                              const DsrNode          *to,
                                              DsrLinkState            state,
                                              GError                **error);
GArray      *dsr_store_list_links_of         (DsrStore               *self,
                                              const DsrNode          *node,
                                              GError                **error);
gboolean     dsr_store_node_exists           (DsrStore               *self,
                                              const DsrNode          *node,
                                              GError                **error);

/* Entities, mentions and quotations */
GListModel  *dsr_store_list_entities         (DsrStore               *self,
                                              GError                **error);
GArray      *dsr_store_list_mentions         (DsrStore               *self,
                                              gint64                  document_id,
                                              GError                **error);
GArray      *dsr_store_list_quotes           (DsrStore               *self,
                                              gint64                  document_id,
                                              GError                **error);
gboolean     dsr_store_list_verdicts         (DsrStore               *self,
                                              GHashTable            **known,
                                              GPtrArray             **rejected,
                                              GError                **error);
gboolean     dsr_store_confirm_entity        (DsrStore               *self,
                                              gint64                  entity_id,
                                              GError                **error);
gboolean     dsr_store_reject_entity         (DsrStore               *self,
                                              gint64                  entity_id,
                                              GError                **error);
gboolean     dsr_store_rename_entity         (DsrStore               *self,
                                              gint64                  entity_id,
                                              const char             *name,
                                              GError                **error);
gboolean     dsr_store_merge_entities        (DsrStore               *self,
                                              gint64                  target_id,
                                              const gint64           *source_ids,
                                              GError                **error);
gint64       dsr_store_tag_entity            (DsrStore               *self,
                                              gint64                  document_id,
                                              gint64                  start,
                                              gint64                  end,
                                              DsrEntityKind           kind,
                                              GError                **error);
gint64       dsr_store_confirm_quote         (DsrStore               *self,
                                              gint64                  quote_id,
                                              GError                **error);

/* Sources, an entity's mentions across documents, and undo of curating edits
 * (dsr-store-sources.c, dsr-store-mentions.c, dsr-store-undo.c) */
GListModel  *dsr_store_list_sources          (DsrStore               *self,
                                              GError                **error);
gboolean     dsr_store_set_source_reliability (DsrStore              *self,
                                              gint64                  source_id,
                                              char                    grade,
                                              GError                **error);
GArray      *dsr_store_list_entity_mentions  (DsrStore               *self,
                                              gint64                  entity_id,
                                              GError                **error);
gboolean     dsr_store_begin_undo_record     (DsrStore               *self,
                                              GError                **error);
GBytes      *dsr_store_end_undo_record       (DsrStore               *self);
gboolean     dsr_store_undo                  (DsrStore               *self,
                                              GBytes                 *record,
                                              GError                **error);
gboolean     dsr_store_redo                  (DsrStore               *self,
                                              GBytes                 *record,
                                              GError                **error);

/* Boards */
gint64       dsr_store_create_board          (DsrStore               *self,
                                              const char             *name,
                                              GError                **error);
gint64       dsr_store_find_board            (DsrStore               *self,
                                              const char             *name,
                                              GError                **error);
GListModel  *dsr_store_list_boards           (DsrStore               *self,
                                              GError                **error);
gboolean     dsr_store_board_add_item        (DsrStore               *self,
                                              gint64                  board_id,
                                              const DsrNode          *node,
                                              gboolean                has_position,
                                              double                  x,
                                              double                  y,
                                              GError                **error);
GArray      *dsr_store_list_board_items      (DsrStore               *self,
                                              gint64                  board_id,
                                              GError                **error);
GArray      *dsr_store_list_board_links      (DsrStore               *self,
                                              gint64                  board_id,
                                              GError                **error);

/* Board edits: each one transaction (dsr-store-board-edits.c) */
gboolean     dsr_store_board_put_items       (DsrStore               *self,
                                              gint64                  board_id,
                                              const DsrBoardItem     *items,
                                              guint                   n_items,
                                              GError                **error);
gboolean     dsr_store_board_remove_items    (DsrStore               *self,
                                              gint64                  board_id,
                                              const DsrNode          *nodes,
                                              guint                   n_nodes,
                                              GError                **error);
gint64       dsr_store_board_add_claim       (DsrStore               *self,
                                              gint64                  board_id,
                                              gint64                  document_id,
                                              gint64                  start,
                                              gint64                  end,
                                              gint64                  speaker_id,
                                              const DsrBoardItem     *item,
                                              GError                **error);
gboolean     dsr_store_claim_is_used         (DsrStore               *self,
                                              gint64                  claim_id,
                                              gint64                  board_id,
                                              gboolean               *used,
                                              GError                **error);
GArray      *dsr_store_board_paste_items     (DsrStore               *self,
                                              gint64                  board_id,
                                              const DsrBoardItem     *items,
                                              guint                   n_items,
                                              GError                **error);
gint64       dsr_store_board_add_note        (DsrStore               *self,
                                              gint64                  board_id,
                                              const char             *text,
                                              const DsrBoardItem     *item,
                                              GError                **error);
gboolean     dsr_store_set_note_text         (DsrStore               *self,
                                              gint64                  note_id,
                                              const char             *text,
                                              GError                **error);
gboolean     dsr_store_delete_link           (DsrStore               *self,
                                              DsrLinkKind             kind,
                                              const DsrNode          *from,
                                              const DsrNode          *to,
                                              GError                **error);
gboolean     dsr_store_set_link_label        (DsrStore               *self,
                                              DsrLinkKind             kind,
                                              const DsrNode          *from,
                                              const DsrNode          *to,
                                              const char             *label,
                                              GError                **error);
gboolean     dsr_store_set_link_state        (DsrStore               *self,
                                              DsrLinkKind             kind,
                                              const DsrNode          *from,
                                              const DsrNode          *to,
                                              DsrLinkState            state,
                                              GError                **error);
gboolean     dsr_store_rename_board          (DsrStore               *self,
                                              gint64                  board_id,
                                              const char             *name,
                                              GError                **error);
gint64       dsr_store_duplicate_board       (DsrStore               *self,
                                              gint64                  board_id,
                                              const char             *name,
                                              GError                **error);
gboolean     dsr_store_delete_board          (DsrStore               *self,
                                              gint64                  board_id,
                                              GError                **error);
GArray      *dsr_store_list_board_cards      (DsrStore               *self,
                                              gint64                  board_id,
                                              GError                **error);
GHashTable  *dsr_store_dup_board_link_labels (DsrStore               *self,
                                              gint64                  board_id,
                                              GError                **error);
void         dsr_board_card_text_clear       (DsrBoardCardText       *card);

/* Integrity */
gboolean     dsr_store_check                 (DsrStore               *self,
                                              GPtrArray              *problems,
                                              GError                **error);

G_END_DECLS
