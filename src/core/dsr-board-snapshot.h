/* dsr-board-snapshot.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "dsr-core-types.h"
#include "dsr-store.h"

G_BEGIN_DECLS

/* A board as exports see it: each card with everything an editor or another tool
 * needs to know about its node, and the links between the cards. Exporters write it;
 * importers read it back and dsr_store_import_board() stores it.
 *
 * A card's facts are named fields (all strings), the same names in every format:
 *   entities:  name, entity_kind
 *   sources:   name, source_kind, url, reliability
 *   notes:     text
 *   documents: doc_title, doc_byline, doc_url, doc_published, doc_sha256, doc_source
 *   claims:    quote, context_before, context_after, start, end, summary,
 *              credibility, claimed, the doc_* fields of the claim's document, and
 *              speaker, source, reliability (who said it and who reported it, for reading) */
typedef struct
{
  DsrNode     node;
  double      x;
  double      y;
  double      w;
  double      h;
  char       *color;    /* "#rrggbb", or NULL */
  GHashTable *fields;   /* field name -> value; absent when unknown */
} DsrSnapshotCard;

typedef struct
{
  DsrLinkKind   kind;
  DsrNode       from;
  DsrNode       to;
  DsrLinkState  state;
  char         *label;  /* or NULL */
} DsrSnapshotLink;

typedef struct
{
  char      *name;
  GPtrArray *cards;     /* DsrSnapshotCard */
  GPtrArray *edges;     /* DsrSnapshotLink */
} DsrBoardSnapshot;

/* Every field name a card may carry, NULL-terminated, in a stable order. */
extern const char * const dsr_snapshot_card_fields[];

DsrBoardSnapshot *dsr_board_snapshot_new         (const char              *name);
void              dsr_board_snapshot_free        (DsrBoardSnapshot        *snapshot);
DsrSnapshotCard  *dsr_board_snapshot_add_card    (DsrBoardSnapshot        *snapshot,
                                                  const DsrNode           *node);
DsrSnapshotLink  *dsr_board_snapshot_add_link    (DsrBoardSnapshot        *snapshot,
                                                  DsrLinkKind              kind,
                                                  const DsrNode           *from,
                                                  const DsrNode           *to);
DsrSnapshotCard  *dsr_board_snapshot_find_card   (DsrBoardSnapshot        *snapshot,
                                                  const DsrNode           *node);
gboolean          dsr_snapshot_card_field_known  (const char              *field);
const char       *dsr_snapshot_card_get          (const DsrSnapshotCard   *card,
                                                  const char              *field);
void              dsr_snapshot_card_set          (DsrSnapshotCard         *card,
                                                  const char              *field,
                                                  const char              *value);
const char       *dsr_snapshot_card_title        (const DsrSnapshotCard   *card);

DsrBoardSnapshot *dsr_store_read_board           (DsrStore                *self,
                                                  const char              *name,
                                                  GError                 **error);
gint64            dsr_store_import_board         (DsrStore                *self,
                                                  const DsrBoardSnapshot  *snapshot,
                                                  const char              *name,
                                                  GError                 **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsrBoardSnapshot, dsr_board_snapshot_free)

G_END_DECLS
