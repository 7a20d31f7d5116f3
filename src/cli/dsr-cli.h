/* dsr-cli.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "dsr-store.h"

G_BEGIN_DECLS

/* Exit statuses of the dossier-cli contract (DESIGN.md section 5). */
enum
{
  DSR_CLI_OK = 0,
  DSR_CLI_INPUT_ERROR = 1,
  DSR_CLI_USAGE_ERROR = 2,
};

typedef int (*DsrCliCommand) (int argc, char **argv);

/* A listing command's parts (dsr-cli-list.c): what it lists, and how it shows an item,
 * as a line when @builder is %NULL, else as a JSON object added to @builder. */
typedef GListModel *(*DsrCliListFunc) (DsrStore     *store,
                                       GError      **error);
typedef gboolean    (*DsrCliShowFunc) (DsrStore     *store,
                                       gpointer      item,
                                       JsonBuilder  *builder,
                                       GError      **error);

/* Shared helpers (dsr-cli-common.c) */
int       dsr_cli_usage_error    (const char    *usage,
                                  const char    *format,
                                  ...) G_GNUC_PRINTF (2, 3);
int       dsr_cli_input_error    (const char    *file,
                                  const GError  *error);
gboolean  dsr_cli_parse          (const char    *usage,
                                  const GOptionEntry *entries,
                                  int           *argc,
                                  char        ***argv,
                                  guint          min_args,
                                  guint          max_args,
                                  int           *status);
DsrStore *dsr_cli_open           (const char    *path,
                                  gboolean       writable,
                                  int           *status);
gboolean  dsr_cli_parse_id       (const char    *text,
                                  gint64        *id);
void      dsr_cli_print_json     (JsonBuilder   *builder);
void      dsr_cli_add_string     (JsonBuilder   *builder,
                                  const char    *name,
                                  const char    *value);
void      dsr_cli_add_node       (JsonBuilder   *builder,
                                  const char    *name,
                                  const DsrNode *node);
void      dsr_cli_add_links      (JsonBuilder   *builder,
                                  GArray        *links);
int       dsr_cli_list           (int            argc,
                                  char         **argv,
                                  const char    *usage,
                                  DsrCliListFunc list,
                                  DsrCliShowFunc show);

/* Commands, one file per group */
int dsr_cli_new        (int argc, char **argv);
int dsr_cli_import     (int argc, char **argv);
int dsr_cli_documents  (int argc, char **argv);
int dsr_cli_text       (int argc, char **argv);
int dsr_cli_search     (int argc, char **argv);
int dsr_cli_claim      (int argc, char **argv);
int dsr_cli_claims     (int argc, char **argv);
int dsr_cli_entities   (int argc, char **argv);
int dsr_cli_mentions   (int argc, char **argv);
int dsr_cli_quotes     (int argc, char **argv);
int dsr_cli_entity     (int argc, char **argv);
int dsr_cli_tag        (int argc, char **argv);
int dsr_cli_quote      (int argc, char **argv);
int dsr_cli_board      (int argc, char **argv);
int dsr_cli_check      (int argc, char **argv);
int dsr_cli_export     (int argc, char **argv);
int dsr_cli_import_board (int argc, char **argv);
int dsr_cli_sources    (int argc, char **argv);
int dsr_cli_source     (int argc, char **argv);

G_END_DECLS
