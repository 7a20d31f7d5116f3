/* fuzz-html-reader.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libFuzzer entry point: any bytes, read as a web page, give a document or an error,
 * never a crash, a leak or undefined behaviour. The text must be valid UTF-8 and every
 * span must lie within it. */

#include "config.h"

#include <stdint.h>

#include "dsr-reader.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(DsrDocumentContent) content = NULL;

  content = dsr_html_reader_read (bytes, "fuzz.html", &error);
  if (content == NULL)
    {
      g_assert (error != NULL);
      return 0;
    }

  g_assert (g_utf8_validate (content->text->str, content->text->len, NULL));
  g_assert (content->chars == g_utf8_strlen (content->text->str, content->text->len));
  for (guint i = 0; i < content->spans->len; i++)
    {
      const DsrSpan *span = &g_array_index (content->spans, DsrSpan, i);

      g_assert (span->start >= 0 && span->start < span->end && span->end <= content->chars);
    }
  return 0;
}
