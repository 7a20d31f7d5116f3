/* fuzz-common.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What every fuzz target checks of a document a reader made: valid UTF-8 text, a
 * character count that matches it, and spans that lie within it. */

#pragma once

#include <stdint.h>

#include "dsr-reader.h"

G_BEGIN_DECLS

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static inline void
fuzz_assert_content_valid (const DsrDocumentContent *content)
{
  g_assert (g_utf8_validate (content->text->str, content->text->len, NULL));
  g_assert (content->chars == g_utf8_strlen (content->text->str, content->text->len));
  for (guint i = 0; i < content->spans->len; i++)
    {
      const DsrSpan *span = &g_array_index (content->spans, DsrSpan, i);

      g_assert (span->start >= 0 && span->start < span->end && span->end <= content->chars);
    }
}

/* Runs one reader on the bytes; a reader must give a valid document or an error. */
static inline void
fuzz_read (DsrReadFunc    read,
           const char    *file_name,
           const uint8_t *data,
           size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(DsrDocumentContent) content = NULL;

  content = read (bytes, file_name, &error);
  if (content == NULL)
    g_assert (error != NULL);
  else
    fuzz_assert_content_valid (content);
}

G_END_DECLS
