/* dsr-cli-sources.c: the sources command group of dossier-cli
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "dsr-cli.h"
#include "dsr-source.h"

static gboolean
show_source (DsrStore     *store,
             gpointer      item,
             JsonBuilder  *builder,
             GError      **error)
{
  DsrSource *source = item;
  char grade[2] = { dsr_source_get_reliability (source), '\0' };

  if (builder == NULL)
    {
      printf ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%u\n", dsr_source_get_id (source),
              dsr_source_get_name (source), dsr_source_get_kind (source),
              grade[0] ? grade : "-", dsr_source_get_n_documents (source));
      return TRUE;
    }

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, dsr_source_get_id (source));
  dsr_cli_add_string (builder, "name", dsr_source_get_name (source));
  dsr_cli_add_string (builder, "kind", dsr_source_get_kind (source));
  dsr_cli_add_string (builder, "url", dsr_source_get_url (source));
  dsr_cli_add_string (builder, "reliability", grade[0] ? grade : NULL);
  json_builder_set_member_name (builder, "documents");
  json_builder_add_int_value (builder, dsr_source_get_n_documents (source));
  json_builder_end_object (builder);
  return TRUE;
}

int
dsr_cli_sources (int    argc,
                 char **argv)
{
  return dsr_cli_list (argc, argv, "sources FILE [--json]", dsr_store_list_sources, show_source);
}

/* source FILE grade SOURCE_ID GRADE: GRADE is A to F on the Admiralty scale, or
 * "none" to take a grade back. */
int
dsr_cli_source (int    argc,
                char **argv)
{
  static const char usage[] = "source FILE grade SOURCE_ID A|B|C|D|E|F|none";
  g_autoptr(DsrStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;
  char grade;
  int status;

  if (!dsr_cli_parse (usage, NULL, &argc, &argv, 4, 4, &status))
    return status;
  if (strcmp (argv[2], "grade") != 0)
    return dsr_cli_usage_error (usage, _("unknown source command “%s”"), argv[2]);
  if (!dsr_cli_parse_id (argv[3], &id))
    return dsr_cli_usage_error (usage, _("“%s” is not a source id"), argv[3]);
  if (strcmp (argv[4], "none") == 0)
    grade = 0;
  else if (strlen (argv[4]) == 1 && argv[4][0] >= 'A' && argv[4][0] <= 'F')
    grade = argv[4][0];
  else
    return dsr_cli_usage_error (usage, _("“%s” is not a grade: use A to F, or none"), argv[4]);

  if (!(store = dsr_cli_open (argv[1], TRUE, &status)))
    return status;
  if (!dsr_store_set_source_reliability (store, id, grade, &error))
    return dsr_cli_input_error (argv[1], error);
  return DSR_CLI_OK;
}
