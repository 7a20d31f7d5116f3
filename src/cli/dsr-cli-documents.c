/* dsr-cli-documents.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-cli"

#include "config.h"

#include <glib/gi18n.h>

#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "dsr-cli.h"
#include "dsr-document.h"
#include "dsr-importer.h"
#include "dsr-search-hit.h"

#define SEARCH_DEFAULT_LIMIT 20

int
dsr_cli_new (int    argc,
             char **argv)
{
  static const char usage[] = "new FILE";
  g_autoptr(DsrStore) store = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if (!dsr_cli_parse (usage, NULL, &argc, &argv, 1, 1, &status))
    return status;

  if (!(store = dsr_store_create (argv[1], &error)))
    return dsr_cli_input_error (argv[1], error);

  return DSR_CLI_OK;
}

/* On a terminal, one line that rewrites itself; elsewhere (logs, pipes), nothing. */
static void
show_progress (guint       done,
               guint       total,
               const char *path)
{
  g_autofree char *name = g_path_get_basename (path);

  if (g_utf8_strlen (name, -1) > 40)
    {
      char *cut = g_utf8_offset_to_pointer (name, 39);
      strcpy (cut, "…");
    }
  fprintf (stderr, "\r\033[KImporting %u/%u (%u%%) %s", done + 1, total,
           total ? (done * 100) / total : 0, name);
  fflush (stderr);
}

int
dsr_cli_import (int    argc,
                char **argv)
{
  static const char usage[] = "import FILE PATH... [--source NAME] [--url URL]";
  g_autofree char *source = NULL;
  g_autofree char *url = NULL;
  const GOptionEntry entries[] = {
    { "source", 0, 0, G_OPTION_ARG_STRING, &source, "Outlet that published the documents", "NAME" },
    { "url", 0, 0, G_OPTION_ARG_STRING, &url, "Address the documents came from", "URL" },
    { NULL }
  };
  g_autoptr(DsrStore) store = NULL;
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(DsrAnalyzer) analyzer = NULL;
  g_autoptr(GError) analyzer_error = NULL;
  DsrImportOptions options = { 0, };
  gboolean progress = isatty (STDERR_FILENO);
  guint imported = 0;
  guint present = 0;
  guint failed = 0;
  guint not_imported = 0;
  int status;

  if (!dsr_cli_parse (usage, entries, &argc, &argv, 2, G_MAXUINT, &status))
    return status;
  if (source != NULL && *g_strstrip (source) == '\0')
    return dsr_cli_usage_error (usage, _("--source needs a name"));

  if (!(store = dsr_cli_open (argv[1], TRUE, &status)))
    return status;

  options.source_name = source;
  options.url = url;
  if (!(analyzer = dsr_analyzer_new_for_store (store, &analyzer_error)))
    return dsr_cli_input_error (argv[1], analyzer_error);
  files = dsr_importer_collect_files ((const char * const *)&argv[2]);

  for (guint i = 0; i < files->len; i++)
    {
      const char *path = files->pdata[i];
      g_autoptr(GError) error = NULL;
      gboolean already_present = FALSE;

      if (progress)
        show_progress (i, files->len, path);

      if (dsr_importer_import_and_analyse (store, path, &options, analyzer, &already_present,
                                           &error) == 0)
        {
          if (progress)
            fputs ("\r\033[K", stderr);
          /* The investigation cannot take more (a full disk, say): every file left would
           * fail the same way, so stop with one message naming the investigation. */
          if (error->domain == DSR_STORE_ERROR)
            {
              dsr_cli_input_error (argv[1], error);
              not_imported = files->len - i;
              break;
            }
          dsr_cli_input_error (path, error);
          failed++;
        }
      else if (already_present)
        present++;
      else
        imported++;
    }

  if (progress)
    fputs ("\r\033[K", stderr);

  /* Translators: the start of the import summary; more parts may follow, then a full stop */
  printf (ngettext ("Imported %u document", "Imported %u documents", imported), imported);
  if (present)
    printf (ngettext ("; %u already in the investigation", "; %u already in the investigation",
                      present), present);
  if (failed)
    printf (ngettext ("; %u could not be read", "; %u could not be read", failed), failed);
  if (not_imported)
    printf (ngettext ("; %u not imported", "; %u not imported", not_imported), not_imported);
  printf (".\n");

  return failed || not_imported ? DSR_CLI_INPUT_ERROR : DSR_CLI_OK;
}

static gboolean
show_document (DsrStore     *store,
               gpointer      item,
               JsonBuilder  *builder,
               GError      **error)
{
  DsrDocument *doc = item;

  if (builder == NULL)
    {
      printf ("%" G_GINT64_FORMAT "\t%s", dsr_document_get_id (doc), dsr_document_get_title (doc));
      if (dsr_document_get_source (doc))
        printf ("\t%s", dsr_document_get_source (doc));
      if (dsr_document_get_published (doc))
        printf ("\t%s", dsr_document_get_published (doc));
      printf ("\n");
      return TRUE;
    }

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, dsr_document_get_id (doc));
  dsr_cli_add_string (builder, "title", dsr_document_get_title (doc));
  dsr_cli_add_string (builder, "file", dsr_document_get_file_name (doc));
  dsr_cli_add_string (builder, "url", dsr_document_get_url (doc));
  dsr_cli_add_string (builder, "source", dsr_document_get_source (doc));
  dsr_cli_add_string (builder, "published", dsr_document_get_published (doc));
  dsr_cli_add_string (builder, "media_type", dsr_document_get_media_type (doc));
  json_builder_set_member_name (builder, "chars");
  json_builder_add_int_value (builder, dsr_document_get_chars (doc));
  dsr_cli_add_string (builder, "byline", dsr_document_get_byline (doc));
  dsr_cli_add_string (builder, "language", dsr_document_get_language (doc));
  dsr_cli_add_string (builder, "imported", dsr_document_get_imported (doc));
  dsr_cli_add_string (builder, "sha256", dsr_document_get_sha256 (doc));
  dsr_cli_add_string (builder, "site", dsr_document_get_site_name (doc));
  json_builder_end_object (builder);
  return TRUE;
}

int
dsr_cli_documents (int    argc,
                   char **argv)
{
  return dsr_cli_list (argc, argv, "documents FILE [--json]", dsr_store_list_documents, show_document);
}

int
dsr_cli_text (int    argc,
              char **argv)
{
  static const char usage[] = "text FILE DOC_ID";
  g_autoptr(DsrStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gint64 id;
  int status;

  if (!dsr_cli_parse (usage, NULL, &argc, &argv, 2, 2, &status))
    return status;
  if (!dsr_cli_parse_id (argv[2], &id))
    return dsr_cli_usage_error (usage, _("“%s” is not a document id"), argv[2]);
  if (!(store = dsr_cli_open (argv[1], FALSE, &status)))
    return status;
  if (!(text = dsr_store_dup_document_text (store, id, &error)))
    return dsr_cli_input_error (argv[1], error);

  fputs (text, stdout);
  fputc ('\n', stdout);
  return DSR_CLI_OK;
}

int
dsr_cli_search (int    argc,
                char **argv)
{
  static const char usage[] = "search FILE QUERY [--json] [--limit N]";
  gboolean json = FALSE;
  int limit = SEARCH_DEFAULT_LIMIT;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, "Print JSON", NULL },
    { "limit", 0, 0, G_OPTION_ARG_INT, &limit, "Most results to show", "N" },
    { NULL }
  };
  g_autoptr(DsrStore) store = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  int status;

  if (!dsr_cli_parse (usage, entries, &argc, &argv, 2, 2, &status))
    return status;
  if (limit <= 0)
    return dsr_cli_usage_error (usage, _("--limit must be a positive number"));
  if (!(store = dsr_cli_open (argv[1], FALSE, &status)))
    return status;
  if (!(hits = dsr_store_search (store, argv[2], limit, &error)))
    return dsr_cli_input_error (argv[1], error);

  json_builder_begin_array (builder);
  for (guint i = 0; i < hits->len; i++)
    {
      DsrSearchHit *hit = hits->pdata[i];
      GArray *highlights = dsr_search_hit_get_highlights (hit);

      if (!json)
        {
          printf ("%" G_GINT64_FORMAT "\t%s\n\t%s\n", dsr_search_hit_get_document_id (hit),
                  dsr_search_hit_get_title (hit), dsr_search_hit_get_snippet (hit));
          continue;
        }

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "document");
      json_builder_add_int_value (builder, dsr_search_hit_get_document_id (hit));
      dsr_cli_add_string (builder, "title", dsr_search_hit_get_title (hit));
      dsr_cli_add_string (builder, "source", dsr_search_hit_get_source (hit));
      dsr_cli_add_string (builder, "snippet", dsr_search_hit_get_snippet (hit));
      json_builder_set_member_name (builder, "highlights");
      json_builder_begin_array (builder);
      for (guint j = 0; j < highlights->len; j++)
        {
          const DsrTextRange *range = &g_array_index (highlights, DsrTextRange, j);

          json_builder_begin_array (builder);
          json_builder_add_int_value (builder, range->start);
          json_builder_add_int_value (builder, range->end);
          json_builder_end_array (builder);
        }
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "score");
      json_builder_add_double_value (builder, dsr_search_hit_get_score (hit));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  if (json)
    dsr_cli_print_json (builder);
  return DSR_CLI_OK;
}
