/* dsr-core-types.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _DsrStore   DsrStore;
typedef struct _DsrDocument DsrDocument;
typedef struct _DsrClaim   DsrClaim;
typedef struct _DsrBoard   DsrBoard;
typedef struct _DsrSearchHit DsrSearchHit;

/* Nodes are the things a link joins and a board places. */
typedef enum
{
  DSR_NODE_CLAIM,
  DSR_NODE_ENTITY,
  DSR_NODE_SOURCE,
  DSR_NODE_DOCUMENT,
  DSR_NODE_NOTE,
} DsrNodeKind;

typedef struct
{
  DsrNodeKind kind;
  gint64      id;
} DsrNode;

typedef enum
{
  DSR_LINK_SAID_BY,
  DSR_LINK_REPORTED_BY,
  DSR_LINK_SUPPORTS,
  DSR_LINK_CONTRADICTS,
  DSR_LINK_RELATED,
} DsrLinkKind;

typedef enum
{
  DSR_ENTITY_PERSON,
  DSR_ENTITY_ORG,
  DSR_ENTITY_PLACE,
  DSR_ENTITY_OTHER,
} DsrEntityKind;

typedef enum
{
  DSR_SPAN_HEADING,
  DSR_SPAN_PARAGRAPH,
  DSR_SPAN_BLOCKQUOTE,
  DSR_SPAN_LIST_ITEM,
  DSR_SPAN_LINK,
  DSR_SPAN_EMPHASIS,
  DSR_SPAN_STRONG,
  DSR_SPAN_CODE,
  DSR_SPAN_CAPTION,
  DSR_SPAN_PAGE,
} DsrSpanKind;

/* A node as a boxed type, so that a drag can carry it (GdkContentProvider) to the board. */
#define DSR_TYPE_NODE (dsr_node_get_type ())

GType       dsr_node_get_type         (void) G_GNUC_CONST;
DsrNode    *dsr_node_copy             (const DsrNode *node);
void        dsr_node_free             (DsrNode       *node);

const char *dsr_node_kind_to_string   (DsrNodeKind    kind);
gboolean    dsr_node_kind_from_string (const char    *str,
                                       DsrNodeKind   *kind);
char       *dsr_node_to_string        (const DsrNode *node);
gboolean    dsr_node_parse            (const char    *str,
                                       DsrNode       *node);

const char *dsr_link_kind_to_string   (DsrLinkKind    kind);
gboolean    dsr_link_kind_from_string (const char    *str,
                                       DsrLinkKind   *kind);
gboolean    dsr_link_kind_accepts     (DsrLinkKind    kind,
                                       DsrNodeKind    from,
                                       DsrNodeKind    to);

const char *dsr_entity_kind_to_string   (DsrEntityKind  kind);
gboolean    dsr_entity_kind_from_string (const char    *str,
                                         DsrEntityKind *kind);

const char *dsr_span_kind_to_string   (DsrSpanKind    kind);
gboolean    dsr_span_kind_from_string (const char    *str,
                                       DsrSpanKind   *kind);

/* A claim's passage often carries its own quotation marks; who shows it quoted
 * adds marks only when this is FALSE. */
gboolean    dsr_text_opens_with_quote_mark (const char *text);
gboolean    dsr_text_is_blank              (const char *text);

G_END_DECLS
