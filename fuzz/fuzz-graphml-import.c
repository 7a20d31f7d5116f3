/* fuzz-graphml-import.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libFuzzer entry point: any bytes, read as a GraphML file to bring a board back, give a
 * board or an error, never a crash, a leak or undefined behaviour; a board read is
 * written back out in the same format. */

#include "config.h"

#include <stdint.h>

#include "dsr-export-private.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsrBoardSnapshot) snapshot = NULL;
  g_autoptr(GBytes) written = NULL;

  snapshot = _dsr_export_read_graphml ((const char *)data, size, &error);
  if (snapshot == NULL)
    {
      g_assert (error != NULL);
      return 0;
    }
  written = _dsr_export_graphml (snapshot, &error);
  g_assert ((written != NULL) == (error == NULL));
  return 0;
}
