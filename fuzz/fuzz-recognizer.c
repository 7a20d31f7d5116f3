/* fuzz-recognizer.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libFuzzer entry point: the entity recogniser and alias grouping on any text find
 * mentions within it, grouped consistently, without a crash, a leak or undefined
 * behaviour. */

#include "config.h"

#include "fuzz-analysis.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(DsrDocumentContent) content = fuzz_read_text (data, size);

  if (content != NULL)
    fuzz_recognize (content);
  return 0;
}
