/* fuzz-markdown-reader.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libFuzzer entry point: any bytes, read as Markdown, give a document or an error,
 * never a crash, a leak or undefined behaviour. */

#include "config.h"

#include "fuzz-common.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  fuzz_read (dsr_markdown_reader_read, "fuzz.md", data, size);
  return 0;
}
