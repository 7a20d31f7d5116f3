/* main.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dossier"

#include "config.h"

#include <glib/gi18n.h>

#include "dsr-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(DsrApplication) app = NULL;

  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = dsr_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
