/* dsr-cli-claims.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-cli"

#include "config.h"

#include <glib/gi18n.h>

#include <stdio.h>

#include "dsr-claim.h"
#include "dsr-cli.h"

int
dsr_cli_claim (int    argc,
               char **argv)
{
  static const char usage[] = "claim FILE DOC_ID START END [--speaker NAME] [--source NAME]";
  g_autofree char *speaker = NULL;
  g_autofree char *source = NULL;
  const GOptionEntry entries[] = {
    { "speaker", 0, 0, G_OPTION_ARG_STRING, &speaker, "Who said it", "NAME" },
    { "source", 0, 0, G_OPTION_ARG_STRING, &source, "Who reported it", "NAME" },
    { NULL }
  };
  g_autoptr(DsrStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gint64 document_id;
  gint64 start;
  gint64 end;
  gint64 id;
  int status;

  if (!dsr_cli_parse (usage, entries, &argc, &argv, 4, 4, &status))
    return status;
  if (!dsr_cli_parse_id (argv[2], &document_id))
    return dsr_cli_usage_error (usage, _("“%s” is not a document id"), argv[2]);
  if (!g_ascii_string_to_signed (argv[3], 10, 0, G_MAXINT64, &start, NULL) ||
      !g_ascii_string_to_signed (argv[4], 10, 0, G_MAXINT64, &end, NULL))
    return dsr_cli_usage_error (usage, _("START and END must be character offsets"));

  if (!(store = dsr_cli_open (argv[1], TRUE, &status)))
    return status;

  id = dsr_store_add_claim (store, document_id, start, end, speaker, source, &error);
  if (id == 0)
    return dsr_cli_input_error (argv[1], error);

  printf ("%" G_GINT64_FORMAT "\n", id);
  return DSR_CLI_OK;
}

static gboolean
show_claim (DsrStore     *store,
            gpointer      item,
            JsonBuilder  *builder,
            GError      **error)
{
  DsrClaim *claim = item;
  g_autoptr(GArray) links = NULL;
  DsrNode node = { DSR_NODE_CLAIM, dsr_claim_get_id (claim) };

  if (builder == NULL)
    {
      printf ("%" G_GINT64_FORMAT "\t%s\t%s\n", dsr_claim_get_id (claim),
              dsr_claim_get_speaker (claim) ? dsr_claim_get_speaker (claim) : "-",
              dsr_claim_get_quote (claim));
      return TRUE;
    }

  if (!(links = dsr_store_list_links_of (store, &node, error)))
    return FALSE;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, dsr_claim_get_id (claim));
  json_builder_set_member_name (builder, "document");
  json_builder_add_int_value (builder, dsr_claim_get_document_id (claim));
  json_builder_set_member_name (builder, "start");
  json_builder_add_int_value (builder, dsr_claim_get_start (claim));
  json_builder_set_member_name (builder, "end");
  json_builder_add_int_value (builder, dsr_claim_get_end (claim));
  dsr_cli_add_string (builder, "quote", dsr_claim_get_quote (claim));
  dsr_cli_add_string (builder, "speaker", dsr_claim_get_speaker (claim));
  dsr_cli_add_string (builder, "source", dsr_claim_get_source (claim));
  dsr_cli_add_links (builder, links);
  json_builder_end_object (builder);
  return TRUE;
}

int
dsr_cli_claims (int    argc,
                char **argv)
{
  return dsr_cli_list (argc, argv, "claims FILE [--json]", dsr_store_list_claims, show_claim);
}
