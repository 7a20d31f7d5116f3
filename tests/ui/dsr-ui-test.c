/* dsr-ui-test.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <stdio.h>

#include "dsr-ui-test.h"

/* Each test gets fresh XDG folders, XDG_DATA_DIRS included, so GTK falls back to its
 * built-in SVG icons; telling those apart from other files needs the shared MIME
 * database, which is looked up in the real system folders, fixed here once. */
static void
keep_system_mime_database (void)
{
  const char * const *data_dirs = g_get_system_data_dirs ();
  g_autoptr(GPtrArray) mime_dirs = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; data_dirs[i] != NULL; i++)
    g_ptr_array_add (mime_dirs, g_build_filename (data_dirs[i], "mime", NULL));
  g_ptr_array_add (mime_dirs, NULL);

  g_content_type_set_mime_dirs ((const char * const *)mime_dirs->pdata);
}

/**
 * dsr_ui_test_init:
 *
 * Sets up a widget test: isolated folders, GTK and libadwaita. Without a display it
 * prints a TAP skip line, unless REQUIRE_DISPLAY is set, when a missing display is an
 * error (so that CI cannot pass without running the widget tests).
 *
 * Returns: %FALSE if the test program should exit at once
 */
gboolean
dsr_ui_test_init (int    *argc,
                  char ***argv)
{
  keep_system_mime_database ();
  g_test_init (argc, argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  if (!gtk_init_check ())
    {
      if (g_getenv ("REQUIRE_DISPLAY"))
        g_error ("no display, but REQUIRE_DISPLAY is set");
      printf ("1..0 # SKIP no display (run under xvfb-run)\n");
      return FALSE;
    }

  adw_init ();
  return TRUE;
}
