/* fuzz-board-import.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The board-import fuzz targets: any bytes, read as a board file of one format, give
 * a board or an error, never a crash, a leak or undefined behaviour; a board read is
 * written back out in the same format. */

#pragma once

#include <stdint.h>

#include "dsr-export-private.h"

G_BEGIN_DECLS

typedef DsrBoardSnapshot *(*FuzzBoardReadFunc)  (const char              *contents,
                                                 gsize                    length,
                                                 GError                 **error);
typedef GBytes           *(*FuzzBoardWriteFunc) (const DsrBoardSnapshot  *snapshot,
                                                 GError                 **error);

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static inline void
fuzz_board_round_trip (FuzzBoardReadFunc   read,
                       FuzzBoardWriteFunc  write,
                       const uint8_t      *data,
                       size_t              size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsrBoardSnapshot) snapshot = NULL;
  g_autoptr(GBytes) written = NULL;

  snapshot = read ((const char *)data, size, &error);
  if (snapshot == NULL)
    {
      g_assert (error != NULL);
      return;
    }
  written = write (snapshot, &error);
  g_assert ((written != NULL) == (error == NULL));
}

G_END_DECLS
