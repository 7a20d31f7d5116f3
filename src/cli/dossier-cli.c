/* dossier-cli.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dossier-cli"

#include "config.h"

#include <glib/gi18n.h>

#include <locale.h>
#include <stdio.h>

#include "dsr-cli.h"

static const struct
{
  const char    *name;
  DsrCliCommand  run;
} commands[] = {
  { "new", dsr_cli_new },
  { "import", dsr_cli_import },
  { "documents", dsr_cli_documents },
  { "text", dsr_cli_text },
  { "search", dsr_cli_search },
  { "claim", dsr_cli_claim },
  { "claims", dsr_cli_claims },
  { "entities", dsr_cli_entities },
  { "mentions", dsr_cli_mentions },
  { "quotes", dsr_cli_quotes },
  { "entity", dsr_cli_entity },
  { "tag", dsr_cli_tag },
  { "quote", dsr_cli_quote },
  { "board", dsr_cli_board },
  { "check", dsr_cli_check },
  { "export", dsr_cli_export },
  { "import-board", dsr_cli_import_board },
  { "sources", dsr_cli_sources },
  { "source", dsr_cli_source },
};

static const char usage[] =
  N_("Usage: dossier-cli COMMAND FILE ...\n"
  "\n"
  "  new FILE                                   create an empty investigation\n"
  "  import FILE PATH... [--source NAME] [--url URL]\n"
  "                                             import files or folders (txt, md, html, pdf)\n"
  "  documents FILE [--json]                    list the documents\n"
  "  text FILE DOC_ID                           print a document's text\n"
  "  search FILE QUERY [--json] [--limit N]     search the documents\n"
  "  claim FILE DOC_ID START END [--speaker NAME] [--source NAME]\n"
  "                                             make a claim of a passage\n"
  "  claims FILE [--json]                       list the claims\n"
  "  entities FILE [--json]                     list people, organisations, places...\n"
  "  mentions FILE DOC_ID --json                list a document's entity mentions\n"
  "  quotes FILE [DOC_ID] --json                list detected quotations and speakers\n"
  "  entity FILE confirm|reject ENTITY_ID       confirm or reject a suggested entity\n"
  "  entity FILE rename ENTITY_ID NAME          rename an entity (the old name stays an alias)\n"
  "  entity FILE merge ENTITY_ID ENTITY_ID...   merge entities into the first\n"
  "  tag FILE DOC_ID START END KIND             tag a name by hand (person, org, place, other)\n"
  "  quote FILE confirm QUOTE_ID                confirm a quotation's speaker (makes a claim)\n"
  "  sources FILE [--json]                      list the sources and their grades\n"
  "  source FILE grade SOURCE_ID GRADE          grade a source's reliability: A to F, or none\n"
  "  board FILE new NAME                        create a board\n"
  "  board FILE list [--json]                   list the boards\n"
  "  board FILE add NAME NODE [--at X,Y]        place a node (claim:3, entity:7...)\n"
  "  board FILE link LINK_KIND NODE NODE        link two nodes\n"
  "  board FILE show NAME --json                print a board\n"
  "  check FILE                                 check the file's integrity\n"
  "  export FILE BOARD [--format FORMAT] [--scale N] -o OUT\n"
  "                                             export a board: canvas, graphml, gexf, csv,\n"
  "                                             md, html, svg, pdf or png (default: OUT's)\n"
  "  import-board FILE PATH [--name NAME]       bring back a board exported as canvas\n"
  "                                             or graphml\n"
  "\n"
  "Exit status: 0 on success, 1 for a problem with the input, 2 for wrong usage.\n");

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc < 2)
    {
      fputs (_(usage), stderr);
      return DSR_CLI_USAGE_ERROR;
    }

  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") ||
      g_str_equal (argv[1], "help"))
    {
      fputs (_(usage), stdout);
      return DSR_CLI_OK;
    }
  if (g_str_equal (argv[1], "--version"))
    {
      printf ("dossier-cli %s\n", PACKAGE_VERSION);
      return DSR_CLI_OK;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (commands[i].name, argv[1]))
      return commands[i].run (argc - 1, argv + 1);

  g_printerr (_("dossier-cli: “%s” is not a command\n"), argv[1]);
  fputs (_(usage), stderr);
  return DSR_CLI_USAGE_ERROR;
}
