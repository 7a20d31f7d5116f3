/* dsr-document-content.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "dsr-core-types.h"

G_BEGIN_DECLS

/* One structure span over a document's text; offsets are Unicode code points. */
typedef struct
{
  DsrSpanKind  kind;
  gint64       start;
  gint64       end;
  int          level;   /* heading level 1-6, 0 otherwise */
  char        *href;    /* link target, NULL otherwise */
} DsrSpan;

/* What a reader makes of a file: the text as stored (one block per line, blocks separated
 * by a blank line), its structure and its metadata. Readers build it with the block and
 * inline functions below, which keep offsets in code points and whitespace normalised. */
typedef struct
{
  GString *text;
  gint64   chars;       /* code points in text */
  GArray  *spans;       /* DsrSpan */

  char    *title;
  char    *byline;
  char    *url;
  char    *published;   /* ISO 8601 date or date-time */
  char    *language;    /* BCP 47 tag */
  char    *site_name;

  /* What analysis found, stored with the document; NULL until analysis runs */
  GArray  *mentions;    /* DsrEntityMention */
  GArray  *groups;      /* DsrEntityGroup */
  GArray  *quotes;      /* DsrQuote */

  /* private to the builder */
  gint64   block_start;
  gboolean pending_space;
} DsrDocumentContent;

DsrDocumentContent *dsr_document_content_new          (void);
void                dsr_document_content_free         (DsrDocumentContent *self);
gint64              dsr_document_content_begin_block  (DsrDocumentContent *self);
gboolean            dsr_document_content_end_block    (DsrDocumentContent *self,
                                                       DsrSpanKind         kind,
                                                       int                 level);
gint64              dsr_document_content_append       (DsrDocumentContent *self,
                                                       const char         *utf8,
                                                       gssize              len);
gint64              dsr_document_content_get_offset   (DsrDocumentContent *self);
void                dsr_document_content_add_span     (DsrDocumentContent *self,
                                                       DsrSpanKind         kind,
                                                       gint64              start,
                                                       gint64              end,
                                                       int                 level,
                                                       const char         *href);
void                dsr_document_content_set_title    (DsrDocumentContent *self,
                                                       const char         *title);
char               *dsr_document_content_dup_block_text (DsrDocumentContent *self,
                                                         const DsrSpan      *span);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsrDocumentContent, dsr_document_content_free)

G_END_DECLS
