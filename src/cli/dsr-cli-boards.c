/* dsr-cli-boards.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-cli"

#include "config.h"

#include <glib/gi18n.h>

#include <math.h>
#include <stdio.h>

#include "dsr-board.h"
#include "dsr-cli.h"

static const char board_usage[] =
  "board FILE new NAME\n"
  "       dossier-cli board FILE list [--json]\n"
  "       dossier-cli board FILE add NAME NODE [--at X,Y]\n"
  "       dossier-cli board FILE link LINK_KIND NODE NODE\n"
  "       dossier-cli board FILE show NAME --json";

static int
board_new (DsrStore   *store,
           const char *file,
           char      **args)
{
  g_autoptr(GError) error = NULL;

  if (!dsr_store_create_board (store, args[0], &error))
    return dsr_cli_input_error (file, error);
  return DSR_CLI_OK;
}

static int
board_list (DsrStore   *store,
            const char *file,
            gboolean    json)
{
  g_autoptr(GListModel) boards = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  guint n;

  if (!(boards = dsr_store_list_boards (store, &error)))
    return dsr_cli_input_error (file, error);

  n = g_list_model_get_n_items (boards);
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DsrBoard) board = g_list_model_get_item (boards, i);

      if (!json)
        {
          printf ("%s\t%u\n", dsr_board_get_name (board), dsr_board_get_n_items (board));
          continue;
        }
      json_builder_begin_object (builder);
      dsr_cli_add_string (builder, "name", dsr_board_get_name (board));
      json_builder_set_member_name (builder, "items");
      json_builder_add_int_value (builder, dsr_board_get_n_items (board));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  if (json)
    dsr_cli_print_json (builder);
  return DSR_CLI_OK;
}

static gboolean
parse_position (const char *text,
                double     *x,
                double     *y)
{
  g_auto(GStrv) parts = g_strsplit (text, ",", -1);
  char *end = NULL;

  if (g_strv_length (parts) != 2)
    return FALSE;
  *x = g_ascii_strtod (g_strstrip (parts[0]), &end);
  if (end == parts[0] || *end != '\0' || !isfinite (*x))
    return FALSE;
  *y = g_ascii_strtod (g_strstrip (parts[1]), &end);
  return end != parts[1] && *end == '\0' && isfinite (*y);
}

static int
board_add (DsrStore   *store,
           const char *file,
           char      **args,
           const char *at)
{
  g_autoptr(GError) error = NULL;
  DsrNode node;
  double x = 0, y = 0;
  gint64 board_id;

  if (!dsr_node_parse (args[1], &node))
    return dsr_cli_usage_error (board_usage, _("“%s” is not a node such as claim:3 or entity:7"),
                                args[1]);
  if (at != NULL && !parse_position (at, &x, &y))
    return dsr_cli_usage_error (board_usage, _("--at takes two numbers, as in --at 120,40"));

  if (!(board_id = dsr_store_find_board (store, args[0], &error)) ||
      !dsr_store_board_add_item (store, board_id, &node, at != NULL, x, y, &error))
    return dsr_cli_input_error (file, error);
  return DSR_CLI_OK;
}

static int
board_link (DsrStore   *store,
            const char *file,
            char      **args)
{
  g_autoptr(GError) error = NULL;
  DsrLinkKind kind;
  DsrNode from;
  DsrNode to;

  if (!dsr_link_kind_from_string (args[0], &kind))
    return dsr_cli_usage_error (board_usage,
                                _("“%s” is not a link kind (said_by, reported_by, supports, "
                                "contradicts, related)"), args[0]);
  if (!dsr_node_parse (args[1], &from) || !dsr_node_parse (args[2], &to))
    return dsr_cli_usage_error (board_usage, _("nodes are written kind:id, as in claim:3"));

  if (!dsr_store_add_link (store, kind, &from, &to, DSR_LINK_STATE_CONFIRMED, &error))
    return dsr_cli_input_error (file, error);
  return DSR_CLI_OK;
}

static int
board_show (DsrStore   *store,
            const char *file,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) items = NULL;
  g_autoptr(GArray) links = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  gint64 board_id;

  if (!(board_id = dsr_store_find_board (store, name, &error)) ||
      !(items = dsr_store_list_board_items (store, board_id, &error)) ||
      !(links = dsr_store_list_board_links (store, board_id, &error)))
    return dsr_cli_input_error (file, error);

  json_builder_begin_object (builder);
  dsr_cli_add_string (builder, "name", name);
  json_builder_set_member_name (builder, "items");
  json_builder_begin_array (builder);
  for (guint i = 0; i < items->len; i++)
    {
      const DsrBoardItem *item = &g_array_index (items, DsrBoardItem, i);
      const struct { const char *name; double value; } numbers[] = {
        { "x", item->x }, { "y", item->y }, { "w", item->w }, { "h", item->h },
      };

      json_builder_begin_object (builder);
      dsr_cli_add_node (builder, "node", &item->node);
      for (guint j = 0; j < G_N_ELEMENTS (numbers); j++)
        {
          json_builder_set_member_name (builder, numbers[j].name);
          json_builder_add_double_value (builder, numbers[j].value);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  dsr_cli_add_links (builder, links);
  json_builder_end_object (builder);

  dsr_cli_print_json (builder);
  return DSR_CLI_OK;
}

int
dsr_cli_board (int    argc,
               char **argv)
{
  gboolean json = FALSE;
  g_autofree char *at = NULL;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, "Print JSON", NULL },
    { "at", 0, 0, G_OPTION_ARG_STRING, &at, "Where to place the card", "X,Y" },
    { NULL }
  };
  static const struct { const char *name; guint n_args; gboolean writes; } actions[] = {
    { "new", 1, TRUE }, { "list", 0, FALSE }, { "add", 2, TRUE },
    { "link", 3, TRUE }, { "show", 1, FALSE },
  };
  g_autoptr(DsrStore) store = NULL;
  const char *action;
  guint a;
  int status;

  if (!dsr_cli_parse (board_usage, entries, &argc, &argv, 2, 5, &status))
    return status;

  action = argv[2];
  for (a = 0; a < G_N_ELEMENTS (actions); a++)
    if (g_str_equal (actions[a].name, action))
      break;
  if (a == G_N_ELEMENTS (actions))
    return dsr_cli_usage_error (board_usage, _("“%s” is not a board action"), action);
  if ((guint)argc - 3 != actions[a].n_args)
    return dsr_cli_usage_error (board_usage,
                                ngettext ("board %s takes %u argument",
                                          "board %s takes %u arguments", actions[a].n_args),
                                action, actions[a].n_args);
  if (at != NULL && !g_str_equal (action, "add"))
    return dsr_cli_usage_error (board_usage, _("--at goes with board add"));

  if (!(store = dsr_cli_open (argv[1], actions[a].writes, &status)))
    return status;

  switch (a)
    {
    case 0:
      return board_new (store, argv[1], &argv[3]);
    case 1:
      return board_list (store, argv[1], json);
    case 2:
      return board_add (store, argv[1], &argv[3], at);
    case 3:
      return board_link (store, argv[1], &argv[3]);
    default:
      return board_show (store, argv[1], argv[3]);
    }
}
