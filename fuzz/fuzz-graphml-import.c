/* fuzz-graphml-import.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libFuzzer entry point: the bytes read as a GraphML file, then written back. */

#include "config.h"

#include "fuzz-board-import.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  fuzz_board_round_trip (_dsr_export_read_graphml, _dsr_export_graphml, data, size);
  return 0;
}
