/* dsr-cli-common.c
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

/**
 * dsr_cli_usage_error:
 *
 * Prints what was wrong with the command line and the command's usage.
 *
 * Returns: %DSR_CLI_USAGE_ERROR
 */
int
dsr_cli_usage_error (const char *usage,
                     const char *format,
                     ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_printerr ("dossier-cli: %s\n%s dossier-cli %s\n", message, _("Usage:"), usage);
  return DSR_CLI_USAGE_ERROR;
}

/**
 * dsr_cli_input_error:
 *
 * Prints one line naming the file and the reason.
 *
 * Returns: %DSR_CLI_INPUT_ERROR
 */
int
dsr_cli_input_error (const char   *file,
                     const GError *error)
{
  g_printerr ("%s: %s\n", file, error->message);
  return DSR_CLI_INPUT_ERROR;
}

/**
 * dsr_cli_parse:
 * @usage: the command's usage line, without "dossier-cli"
 * @entries: (nullable): the command's options
 * @min_args: positional arguments required, after the command name
 * @max_args: positional arguments allowed, or G_MAXUINT
 * @status: (out): the exit status when parsing fails
 *
 * Parses the options of a command. On return @argv[1] is the first positional
 * argument.
 */
gboolean
dsr_cli_parse (const char          *usage,
               const GOptionEntry  *entries,
               int                 *argc,
               char              ***argv,
               guint                min_args,
               guint                max_args,
               int                 *status)
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  guint n_args;

  g_option_context_set_help_enabled (context, FALSE);
  if (entries)
    g_option_context_add_main_entries (context, entries, NULL);

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      *status = dsr_cli_usage_error (usage, "%s", error->message);
      return FALSE;
    }

  n_args = *argc - 1;
  if (n_args < min_args || n_args > max_args)
    {
      *status = dsr_cli_usage_error (usage, "%s", n_args < min_args ? _("missing arguments")
                                                                    : _("too many arguments"));
      return FALSE;
    }

  return TRUE;
}

/**
 * dsr_cli_open:
 * @writable: whether the command changes the investigation; a reading command opens
 *   it read-only, so it works while the app has the file open
 *
 * Returns: (transfer full) (nullable): the store, or %NULL after printing why
 */
DsrStore *
dsr_cli_open (const char *path,
              gboolean    writable,
              int        *status)
{
  g_autoptr(GError) error = NULL;
  DsrStore *store;

  store = dsr_store_open (path, writable ? DSR_STORE_OPEN_DEFAULT : DSR_STORE_OPEN_READ_ONLY,
                          &error);
  if (store == NULL)
    *status = dsr_cli_input_error (path, error);
  return store;
}

gboolean
dsr_cli_parse_id (const char *text,
                  gint64     *id)
{
  char *end = NULL;

  if (text == NULL || !g_ascii_isdigit (*text))
    return FALSE;
  *id = g_ascii_strtoll (text, &end, 10);
  return *end == '\0' && *id > 0;
}

/* Prints what @builder holds, pretty, on stdout. */
void
dsr_cli_print_json (JsonBuilder *builder)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  g_autofree char *text = NULL;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, NULL);
  fputs (text, stdout);
  fputc ('\n', stdout);
}

/* Adds a string member, or null when there is no value. */
void
dsr_cli_add_string (JsonBuilder *builder,
                    const char  *name,
                    const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

void
dsr_cli_add_node (JsonBuilder   *builder,
                  const char    *name,
                  const DsrNode *node)
{
  g_autofree char *text = dsr_node_to_string (node);

  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, text);
}

/* Adds member "links": an array of @links (DsrLink), each with its kind, ends and state. */
void
dsr_cli_add_links (JsonBuilder *builder,
                   GArray      *links)
{
  json_builder_set_member_name (builder, "links");
  json_builder_begin_array (builder);
  for (guint i = 0; i < links->len; i++)
    {
      const DsrLink *link = &g_array_index (links, DsrLink, i);

      json_builder_begin_object (builder);
      dsr_cli_add_string (builder, "kind", dsr_link_kind_to_string (link->kind));
      dsr_cli_add_node (builder, "from", &link->from);
      dsr_cli_add_node (builder, "to", &link->to);
      dsr_cli_add_string (builder, "state",
                          link->state == DSR_LINK_STATE_CONFIRMED ? "confirmed" : "suggested");
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}
