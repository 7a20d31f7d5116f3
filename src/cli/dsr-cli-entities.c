/* dsr-cli-entities.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "dsr-cli.h"
#include "dsr-entity.h"

static void
add_int (JsonBuilder *builder,
         const char  *name,
         gint64       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

/* Adds an offset, or null for -1 (no such place). */
static void
add_offset (JsonBuilder *builder,
            const char  *name,
            gint64       value)
{
  json_builder_set_member_name (builder, name);
  if (value >= 0)
    json_builder_add_int_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static gboolean
show_entity (DsrStore     *store,
             gpointer      item,
             JsonBuilder  *builder,
             GError      **error)
{
  DsrEntity *entity = item;
  const char * const *aliases = dsr_entity_get_aliases (entity);

  if (builder == NULL)
    {
      g_autofree char *joined = g_strjoinv (", ", (char **)aliases);

      printf ("%" G_GINT64_FORMAT "\t%s\t%s\t%u\t%s\t%s\n", dsr_entity_get_id (entity),
              dsr_entity_kind_to_string (dsr_entity_get_kind (entity)),
              dsr_entity_get_name (entity), dsr_entity_get_n_mentions (entity),
              dsr_entity_state_to_string (dsr_entity_get_state (entity)), joined);
      return TRUE;
    }

  json_builder_begin_object (builder);
  add_int (builder, "id", dsr_entity_get_id (entity));
  dsr_cli_add_string (builder, "kind", dsr_entity_kind_to_string (dsr_entity_get_kind (entity)));
  dsr_cli_add_string (builder, "name", dsr_entity_get_name (entity));
  json_builder_set_member_name (builder, "aliases");
  json_builder_begin_array (builder);
  for (guint j = 0; aliases[j]; j++)
    json_builder_add_string_value (builder, aliases[j]);
  json_builder_end_array (builder);
  add_int (builder, "mentions", dsr_entity_get_n_mentions (entity));
  add_int (builder, "documents", dsr_entity_get_n_documents (entity));
  dsr_cli_add_string (builder, "state", dsr_entity_state_to_string (dsr_entity_get_state (entity)));
  json_builder_end_object (builder);
  return TRUE;
}

int
dsr_cli_entities (int    argc,
                  char **argv)
{
  return dsr_cli_list (argc, argv, "entities FILE [--json]", dsr_store_list_entities, show_entity);
}

int
dsr_cli_mentions (int    argc,
                  char **argv)
{
  static const char usage[] = "mentions FILE DOC_ID --json";
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, NULL, NULL },
    { NULL }
  };
  g_autoptr(DsrStore) store = NULL;
  g_autoptr(GArray) mentions = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  gint64 document_id;
  int status;

  if (!dsr_cli_parse (usage, entries, &argc, &argv, 2, 2, &status))
    return status;
  if (!dsr_cli_parse_id (argv[2], &document_id))
    return dsr_cli_usage_error (usage, _("“%s” is not a document id"), argv[2]);
  if (!(store = dsr_cli_open (argv[1], FALSE, &status)))
    return status;
  if (!dsr_store_node_exists (store, &(DsrNode) { DSR_NODE_DOCUMENT, document_id }, NULL))
    {
      g_set_error (&error, DSR_STORE_ERROR, DSR_STORE_ERROR_NOT_FOUND,
                   _("no document with id %lld"), (long long)document_id);
      return dsr_cli_input_error (argv[1], error);
    }
  if (!(mentions = dsr_store_list_mentions (store, document_id, &error)))
    return dsr_cli_input_error (argv[1], error);

  json_builder_begin_array (builder);
  for (guint i = 0; i < mentions->len; i++)
    {
      const DsrMention *mention = &g_array_index (mentions, DsrMention, i);

      if (!json)
        {
          printf ("%" G_GINT64_FORMAT "-%" G_GINT64_FORMAT "\t%s\t%s\t%s\n", mention->start,
                  mention->end, dsr_entity_kind_to_string (mention->kind), mention->name,
                  dsr_entity_state_to_string (mention->state));
          continue;
        }
      json_builder_begin_object (builder);
      add_int (builder, "entity_id", mention->entity_id);
      dsr_cli_add_string (builder, "name", mention->name);
      dsr_cli_add_string (builder, "kind", dsr_entity_kind_to_string (mention->kind));
      add_int (builder, "start", mention->start);
      add_int (builder, "end", mention->end);
      dsr_cli_add_string (builder, "state", dsr_entity_state_to_string (mention->state));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  if (json)
    dsr_cli_print_json (builder);
  return DSR_CLI_OK;
}

int
dsr_cli_quotes (int    argc,
                char **argv)
{
  static const char usage[] = "quotes FILE [DOC_ID] --json";
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, NULL, NULL },
    { NULL }
  };
  g_autoptr(DsrStore) store = NULL;
  g_autoptr(GArray) quotes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  gint64 document_id = 0;
  int status;

  if (!dsr_cli_parse (usage, entries, &argc, &argv, 1, 2, &status))
    return status;
  if (argc == 3 && !dsr_cli_parse_id (argv[2], &document_id))
    return dsr_cli_usage_error (usage, _("“%s” is not a document id"), argv[2]);
  if (!(store = dsr_cli_open (argv[1], FALSE, &status)))
    return status;
  if (!(quotes = dsr_store_list_quotes (store, document_id, &error)))
    return dsr_cli_input_error (argv[1], error);

  json_builder_begin_array (builder);
  for (guint i = 0; i < quotes->len; i++)
    {
      const DsrStoredQuote *quote = &g_array_index (quotes, DsrStoredQuote, i);

      if (!json)
        {
          printf ("%" G_GINT64_FORMAT "\t%" G_GINT64_FORMAT "\t%s\t%s\n", quote->id,
                  quote->document_id, quote->speaker ? quote->speaker : "-", quote->text);
          continue;
        }
      json_builder_begin_object (builder);
      add_int (builder, "id", quote->id);
      add_int (builder, "document", quote->document_id);
      add_int (builder, "start", quote->start);
      add_int (builder, "end", quote->end);
      dsr_cli_add_string (builder, "text", quote->text);
      dsr_cli_add_string (builder, "speaker", quote->speaker);
      json_builder_set_member_name (builder, "speaker_id");
      if (quote->speaker_id > 0)
        json_builder_add_int_value (builder, quote->speaker_id);
      else
        json_builder_add_null_value (builder);
      add_offset (builder, "speaker_start", quote->speaker_start);
      add_offset (builder, "speaker_end", quote->speaker_end);
      dsr_cli_add_string (builder, "cue", quote->cue);
      add_offset (builder, "cue_start", quote->cue_start);
      add_offset (builder, "cue_end", quote->cue_end);
      json_builder_set_member_name (builder, "scare");
      json_builder_add_boolean_value (builder, quote->scare);
      dsr_cli_add_string (builder, "state", quote->confirmed ? "confirmed" : "suggested");
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  if (json)
    dsr_cli_print_json (builder);
  return DSR_CLI_OK;
}

static const char entity_usage[] =
  "entity FILE confirm|reject ENTITY_ID\n"
  "       dossier-cli entity FILE rename ENTITY_ID NAME\n"
  "       dossier-cli entity FILE merge ENTITY_ID ENTITY_ID...";

int
dsr_cli_entity (int    argc,
                char **argv)
{
  g_autoptr(DsrStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = g_array_new (TRUE, TRUE, sizeof (gint64));
  const char *action;
  gboolean ok;
  int status;

  if (!dsr_cli_parse (entity_usage, NULL, &argc, &argv, 3, G_MAXUINT, &status))
    return status;

  action = argv[2];
  for (int i = 3; i < argc; i++)
    {
      gint64 id;

      if (g_str_equal (action, "rename") && i == 4)
        break;
      if (!dsr_cli_parse_id (argv[i], &id))
        return dsr_cli_usage_error (entity_usage, _("“%s” is not an entity id"), argv[i]);
      g_array_append_val (ids, id);
    }

  if ((g_str_equal (action, "confirm") || g_str_equal (action, "reject")) && argc != 4)
    return dsr_cli_usage_error (entity_usage, _("entity %s takes one entity id"), action);
  if (g_str_equal (action, "rename") && argc != 5)
    return dsr_cli_usage_error (entity_usage, _("entity rename takes an entity id and a name"));
  if (g_str_equal (action, "merge") && argc < 5)
    return dsr_cli_usage_error (entity_usage, _("entity merge takes two entity ids or more"));
  if (!g_str_equal (action, "confirm") && !g_str_equal (action, "reject") &&
      !g_str_equal (action, "rename") && !g_str_equal (action, "merge"))
    return dsr_cli_usage_error (entity_usage, _("“%s” is not an entity action"), action);

  if (!(store = dsr_cli_open (argv[1], TRUE, &status)))
    return status;

  if (g_str_equal (action, "confirm"))
    ok = dsr_store_confirm_entity (store, g_array_index (ids, gint64, 0), &error);
  else if (g_str_equal (action, "reject"))
    ok = dsr_store_reject_entity (store, g_array_index (ids, gint64, 0), &error);
  else if (g_str_equal (action, "rename"))
    ok = dsr_store_rename_entity (store, g_array_index (ids, gint64, 0), argv[4], &error);
  else
    ok = dsr_store_merge_entities (store, g_array_index (ids, gint64, 0),
                                   &g_array_index (ids, gint64, 1), &error);

  return ok ? DSR_CLI_OK : dsr_cli_input_error (argv[1], error);
}

int
dsr_cli_tag (int    argc,
             char **argv)
{
  static const char usage[] = "tag FILE DOC_ID START END KIND";
  g_autoptr(DsrStore) store = NULL;
  g_autoptr(GError) error = NULL;
  DsrEntityKind kind;
  gint64 document_id, start, end, id;
  int status;

  if (!dsr_cli_parse (usage, NULL, &argc, &argv, 5, 5, &status))
    return status;
  if (!dsr_cli_parse_id (argv[2], &document_id))
    return dsr_cli_usage_error (usage, _("“%s” is not a document id"), argv[2]);
  if (!g_ascii_string_to_signed (argv[3], 10, 0, G_MAXINT64, &start, NULL) ||
      !g_ascii_string_to_signed (argv[4], 10, 0, G_MAXINT64, &end, NULL))
    return dsr_cli_usage_error (usage, _("START and END must be character offsets"));
  if (!dsr_entity_kind_from_string (argv[5], &kind))
    return dsr_cli_usage_error (usage, _("KIND is person, org, place or other"));

  if (!(store = dsr_cli_open (argv[1], TRUE, &status)))
    return status;
  if (!(id = dsr_store_tag_entity (store, document_id, start, end, kind, &error)))
    return dsr_cli_input_error (argv[1], error);

  printf ("%" G_GINT64_FORMAT "\n", id);
  return DSR_CLI_OK;
}

int
dsr_cli_quote (int    argc,
               char **argv)
{
  static const char usage[] = "quote FILE confirm QUOTE_ID";
  g_autoptr(DsrStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gint64 quote_id, claim_id;
  int status;

  if (!dsr_cli_parse (usage, NULL, &argc, &argv, 3, 3, &status))
    return status;
  if (!g_str_equal (argv[2], "confirm"))
    return dsr_cli_usage_error (usage, _("“%s” is not a quotation action"), argv[2]);
  if (!dsr_cli_parse_id (argv[3], &quote_id))
    return dsr_cli_usage_error (usage, _("“%s” is not a quotation id"), argv[3]);

  if (!(store = dsr_cli_open (argv[1], TRUE, &status)))
    return status;
  if (!(claim_id = dsr_store_confirm_quote (store, quote_id, &error)))
    return dsr_cli_input_error (argv[1], error);

  printf ("%" G_GINT64_FORMAT "\n", claim_id);
  return DSR_CLI_OK;
}
