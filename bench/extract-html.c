/* extract-html.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Runs Dossier's HTML reader on every page of a folder and writes each page's text to
 * OUT_DIR/<name>.txt, for bench/extraction-bench.py to score. Only the reading is
 * timed, not the program's start nor the file input and output. As a yardstick it
 * also times a bare libxml2 parse of the same bytes, so that the import throughput
 * can be given as a ratio that holds across machines.
 *
 * Usage: extract-html HTML_DIR OUT_DIR [ROUNDS]
 * Prints: key=value lines (pages, seconds, pages_per_second, mb_per_second,
 * bare_mb_per_second, ratio_to_bare). */

#include "config.h"

#include <glib/gstdio.h>
#include <libxml/HTMLparser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dsr-reader.h"

typedef struct
{
  char   *name;
  GBytes *bytes;
} Page;

static void
page_clear (gpointer data)
{
  Page *page = data;

  g_free (page->name);
  g_bytes_unref (page->bytes);
}

static GArray *
load_pages (const char  *folder,
            GError     **error)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, error);
  g_autoptr(GArray) pages = g_array_new (FALSE, FALSE, sizeof (Page));
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_array_set_clear_func (pages, page_clear);
  if (dir == NULL)
    return NULL;
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".html") || g_str_has_suffix (name, ".htm"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc)g_strcmp0);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (folder, names->pdata[i], NULL);
      char *data = NULL;
      gsize size = 0;
      Page page;

      if (!g_file_get_contents (path, &data, &size, error))
        return NULL;
      page.name = g_strdup (names->pdata[i]);
      page.bytes = g_bytes_new_take (data, size);
      g_array_append_val (pages, page);
    }
  return g_steal_pointer (&pages);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) pages = NULL;
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  guint rounds = argc > 3 ? (guint)atoi (argv[3]) : 5;
  gint64 reader_us = 0, bare_us = 0;
  guint64 total_bytes = 0;
  double seconds, bare_seconds, megabytes;

  if (argc < 3)
    {
      fprintf (stderr, "usage: %s HTML_DIR OUT_DIR [ROUNDS]\n", argv[0]);
      return 2;
    }
  if (!(pages = load_pages (argv[1], &error)))
    {
      fprintf (stderr, "%s: %s\n", argv[1], error->message);
      return 1;
    }
  if (g_mkdir_with_parents (argv[2], 0755) != 0)
    {
      fprintf (stderr, "%s: cannot create the folder\n", argv[2]);
      return 1;
    }
  rounds = MAX (rounds, 1);

  for (guint i = 0; i < pages->len; i++)
    {
      Page *page = &g_array_index (pages, Page, i);
      g_autoptr(DsrDocumentContent) content = NULL;
      g_autoptr(GError) read_error = NULL;
      gint64 start = g_get_monotonic_time ();

      for (guint r = 0; r < rounds; r++)
        {
          g_clear_pointer (&content, dsr_document_content_free);
          g_clear_error (&read_error);
          content = dsr_html_reader_read (page->bytes, page->name, &read_error);
        }
      reader_us += g_get_monotonic_time () - start;
      total_bytes += g_bytes_get_size (page->bytes) * rounds;

      if (content == NULL)
        fprintf (stderr, "%s: %s\n", page->name, read_error->message);
      g_ptr_array_add (texts, content ? g_strdup (content->text->str) : g_strdup (""));
    }

  /* The same bytes through libxml2's parser alone, with the reader's options. */
  for (guint i = 0; i < pages->len; i++)
    {
      Page *page = &g_array_index (pages, Page, i);
      gsize size = 0;
      const char *data = g_bytes_get_data (page->bytes, &size);
      gint64 start = g_get_monotonic_time ();

      for (guint r = 0; r < rounds; r++)
        {
          xmlDoc *doc = htmlReadMemory (data, (int)size, NULL, "UTF-8",
                                        HTML_PARSE_RECOVER | HTML_PARSE_NONET |
                                        HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                        HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT);
          xmlFreeDoc (doc);
        }
      bare_us += g_get_monotonic_time () - start;
    }

  for (guint i = 0; i < pages->len; i++)
    {
      Page *page = &g_array_index (pages, Page, i);
      g_autofree char *stem = g_strndup (page->name, strrchr (page->name, '.') - page->name);
      g_autofree char *file = g_strconcat (stem, ".txt", NULL);
      g_autofree char *path = g_build_filename (argv[2], file, NULL);

      if (!g_file_set_contents (path, texts->pdata[i], -1, &error))
        {
          fprintf (stderr, "%s: %s\n", path, error->message);
          return 1;
        }
    }

  seconds = reader_us / 1e6;
  bare_seconds = bare_us / 1e6;
  megabytes = total_bytes / (1024.0 * 1024.0);
  printf ("pages=%u\n", pages->len);
  printf ("rounds=%u\n", rounds);
  printf ("seconds=%.6f\n", seconds);
  printf ("pages_per_second=%.2f\n", pages->len * rounds / MAX (seconds, 1e-9));
  printf ("mb_per_second=%.2f\n", megabytes / MAX (seconds, 1e-9));
  printf ("bare_mb_per_second=%.2f\n", megabytes / MAX (bare_seconds, 1e-9));
  printf ("ratio_to_bare=%.3f\n", bare_seconds / MAX (seconds, 1e-9));
  return 0;
}
