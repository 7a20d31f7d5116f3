/* dsr-test-spans.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dsr-reader.h"

G_BEGIN_DECLS

/* What the reader tests ask of a document's spans. */

/* The @index-th span of @kind (counting from 0), or %NULL. */
static inline const DsrSpan *
dsr_test_nth_span (DsrDocumentContent *content,
                   DsrSpanKind         kind,
                   guint               index)
{
  for (guint i = 0; i < content->spans->len; i++)
    {
      const DsrSpan *span = &g_array_index (content->spans, DsrSpan, i);

      if (span->kind == kind && index-- == 0)
        return span;
    }
  return NULL;
}

/* The text under the @index-th span of @kind, or %NULL. */
static inline char *
dsr_test_span_text (DsrDocumentContent *content,
                    DsrSpanKind         kind,
                    guint               index)
{
  const DsrSpan *span = dsr_test_nth_span (content, kind, index);

  return span ? dsr_document_content_dup_block_text (content, span) : NULL;
}

static inline guint
dsr_test_count_spans (DsrDocumentContent *content,
                      DsrSpanKind         kind)
{
  guint n = 0;

  for (guint i = 0; i < content->spans->len; i++)
    n += g_array_index (content->spans, DsrSpan, i).kind == kind;
  return n;
}

G_END_DECLS
