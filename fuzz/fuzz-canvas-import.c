/* fuzz-canvas-import.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libFuzzer entry point: the bytes read as a JSON Canvas file (.canvas), then written back. */

#include "config.h"

#include "fuzz-board-import.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  fuzz_board_round_trip (_dsr_export_read_canvas, _dsr_export_canvas, data, size);
  return 0;
}
