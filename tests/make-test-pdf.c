/* make-test-pdf.c: writes the test article PDF (dsr-test-pdf.c) for the Python tests
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>

#include "dsr-test-pdf.h"

int
main (int   argc,
      char *argv[])
{
  if (argc != 2)
    {
      fprintf (stderr, "usage: %s OUT.pdf\n", argv[0]);
      return 2;
    }
  dsr_test_pdf_write_article (argv[1]);
  return 0;
}
