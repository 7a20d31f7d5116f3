/* run-benchmarks.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Prints Dossier's speed figures, each beside a peer measured in the same run on the
 * same data: a bare SQLite program doing the least the same job needs. The ratio is
 * what to compare across machines; the absolute figures depend on the machine. */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <stdio.h>

#include "dsr-importer.h"
#include "dsr-search-hit.h"
#include "dsr-test-pdf.h"

#define IMPORT_FILES 1000
#define SEARCH_DOCUMENTS 10000
#define SEARCH_QUERIES 400
#define PDF_PAGES 300
#define PDF_RUNS 5

/* A made-up vocabulary whose words are drawn with a Zipf-like skew, so that the text
 * has common and rare words as real prose does. */
typedef struct
{
  GPtrArray *words;
  GRand     *rand;
} Vocabulary;

static Vocabulary *
vocabulary_new (guint n_words)
{
  static const char *syllables[] = {
    "ka", "lo", "mer", "ti", "van", "sor", "el", "du", "pra", "gen", "rus", "ost",
    "li", "na", "bel", "oz", "ar", "kin", "tre", "mo", "sta", "vi", "cor", "den",
  };
  Vocabulary *self = g_new0 (Vocabulary, 1);

  self->words = g_ptr_array_new_with_free_func (g_free);
  self->rand = g_rand_new_with_seed (20261122);
  for (guint i = 0; i < n_words; i++)
    {
      GString *word = g_string_new (NULL);
      guint n = 1 + g_rand_int_range (self->rand, 1, 4);

      for (guint j = 0; j < n; j++)
        g_string_append (word, syllables[g_rand_int_range (self->rand, 0, G_N_ELEMENTS (syllables))]);
      g_ptr_array_add (self->words, g_string_free (word, FALSE));
    }
  return self;
}

static void
vocabulary_free (Vocabulary *self)
{
  g_ptr_array_unref (self->words);
  g_rand_free (self->rand);
  g_free (self);
}

static const char *
vocabulary_pick (Vocabulary *self)
{
  double u = g_rand_double (self->rand);
  guint index = (guint)(self->words->len * u * u * u);

  return self->words->pdata[MIN (index, self->words->len - 1)];
}

/* An article of about @n_words words: a title line, then paragraphs. */
static char *
make_article (Vocabulary *vocabulary,
              guint       n_words)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < 6; i++)
    g_string_append_printf (text, "%s%s", i ? " " : "", vocabulary_pick (vocabulary));
  g_string_append (text, "\n\n");

  for (guint i = 0; i < n_words; i++)
    {
      g_string_append (text, vocabulary_pick (vocabulary));
      if (i % 60 == 59)
        g_string_append (text, ".\n\n");
      else if (i % 12 == 11)
        g_string_append (text, ". ");
      else
        g_string_append_c (text, ' ');
    }
  g_string_append (text, ".\n");
  return g_string_free (text, FALSE);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

static double
percentile (GArray *sorted,
            double  p)
{
  guint index = (guint)(p * (sorted->len - 1) + 0.5);

  return g_array_index (sorted, double, index);
}

/* The peer of an import: each file's bytes stored in a one-table SQLite file, one
 * transaction per file, same journal settings; no reading, no index, no search. */
static double
peer_import (const char *db_path,
             GPtrArray  *files)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 start = g_get_monotonic_time ();

  sqlite3_open (db_path, &db);
  sqlite3_exec (db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
                    "CREATE TABLE files (id INTEGER PRIMARY KEY, name TEXT, bytes BLOB)",
                NULL, NULL, NULL);
  sqlite3_prepare_v2 (db, "INSERT INTO files (name, bytes) VALUES (?, ?)", -1, &stmt, NULL);
  for (guint i = 0; i < files->len; i++)
    {
      g_autofree char *data = NULL;
      gsize size;

      g_file_get_contents (files->pdata[i], &data, &size, NULL);
      sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 1, files->pdata[i], -1, SQLITE_STATIC);
      sqlite3_bind_blob (stmt, 2, data, size, SQLITE_STATIC);
      sqlite3_step (stmt);
      sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return (g_get_monotonic_time () - start) / 1e6;
}

static void
bench_import (const char *folder,
              Vocabulary *vocabulary)
{
  g_autofree char *pile = g_build_filename (folder, "pile", NULL);
  g_autofree char *db_path = g_build_filename (folder, "import.dossier", NULL);
  g_autofree char *peer_path = g_build_filename (folder, "peer.sqlite", NULL);
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(DsrStore) store = NULL;
  g_autoptr(DsrAnalyzer) analyzer = NULL;
  g_autoptr(GError) error = NULL;
  gsize total_bytes = 0;
  gint64 start;
  double seconds, peer_seconds;

  g_mkdir_with_parents (pile, 0700);
  for (guint i = 0; i < IMPORT_FILES; i++)
    {
      g_autofree char *text = make_article (vocabulary, 300 + g_rand_int_range (vocabulary->rand, 0, 1200));
      char *path = g_strdup_printf ("%s/article-%04u.txt", pile, i);

      g_file_set_contents (path, text, -1, NULL);
      total_bytes += strlen (text);
      g_ptr_array_add (files, path);
    }

  store = dsr_store_create (db_path, &error);
  g_assert_no_error (error);
  /* The import a person runs: reading, analysis (its word lists loaded once per run,
   * as dossier-cli and the window do) and storing. */
  start = g_get_monotonic_time ();
  if (!(analyzer = dsr_analyzer_new_for_store (store, &error)))
    g_error ("no analysis: %s", error->message);
  for (guint i = 0; i < files->len; i++)
    if (!dsr_importer_import_and_analyse (store, files->pdata[i], NULL, analyzer, NULL, &error))
      g_error ("import failed: %s", error->message);
  seconds = (g_get_monotonic_time () - start) / 1e6;
  g_clear_object (&store);

  peer_seconds = peer_import (peer_path, files);

  printf ("Import of %u plain-text files (%.1f MB), one transaction each:\n",
          IMPORT_FILES, total_bytes / 1e6);
  printf ("  dossier   %8.1f documents/s  %6.2f MB/s  (%.2f s)\n",
          files->len / seconds, total_bytes / 1e6 / seconds, seconds);
  printf ("  peer      %8.1f documents/s  %6.2f MB/s  (%.2f s)  bare SQLite insert of the bytes\n",
          files->len / peer_seconds, total_bytes / 1e6 / peer_seconds, peer_seconds);
  printf ("  ratio     dossier takes %.1fx the peer's time (reading, analysis, structure, "
          "sha256, full-text index)\n\n", seconds / peer_seconds);
}

static void
fill_search_store (DsrStore   *store,
                   Vocabulary *vocabulary)
{
  for (guint i = 0; i < SEARCH_DOCUMENTS; i++)
    {
      g_autofree char *text = make_article (vocabulary, 200 + g_rand_int_range (vocabulary->rand, 0, 800));
      g_autofree char *name = g_strdup_printf ("doc-%05u.txt", i);
      g_autoptr(GBytes) bytes = g_bytes_new_take (g_strdup (text), strlen (text));
      g_autoptr(DsrDocumentContent) content = NULL;
      g_autoptr(GError) error = NULL;

      content = dsr_text_reader_read (bytes, name, &error);
      if (!content || !dsr_store_add_document (store, content, bytes, name, "text/plain",
                                               NULL, NULL, &error))
        g_error ("could not build the search corpus: %s", error->message);
    }
}

/* The peer of a search: the same FTS5 match, best 20 rowids by bm25, with no
 * snippet, no join and no query translation. */
static double
peer_search (sqlite3    *db,
             const char *word_a,
             const char *word_b)
{
  sqlite3_stmt *stmt = NULL;
  g_autofree char *match = g_strdup_printf ("\"%s\" AND \"%s\"", word_a, word_b);
  gint64 start = g_get_monotonic_time ();

  sqlite3_prepare_v2 (db, "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? "
                          "ORDER BY bm25 (documents_fts) LIMIT 20", -1, &stmt, NULL);
  sqlite3_bind_text (stmt, 1, match, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    ;
  sqlite3_finalize (stmt);
  return (g_get_monotonic_time () - start) / 1e3;
}

static void
bench_search (const char *folder,
              Vocabulary *vocabulary)
{
  g_autofree char *db_path = g_build_filename (folder, "search.dossier", NULL);
  g_autoptr(DsrStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ours = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) theirs = g_array_new (FALSE, FALSE, sizeof (double));
  sqlite3 *db = NULL;
  guint total_hits = 0;
  gint64 start;
  double build_seconds;

  store = dsr_store_create (db_path, &error);
  g_assert_no_error (error);
  start = g_get_monotonic_time ();
  fill_search_store (store, vocabulary);
  build_seconds = (g_get_monotonic_time () - start) / 1e6;

  sqlite3_open_v2 (db_path, &db, SQLITE_OPEN_READONLY, NULL);

  for (guint i = 0; i < SEARCH_QUERIES; i++)
    {
      /* Two words of the vocabulary: common, middling and rare ones. */
      const char *a = vocabulary_pick (vocabulary);
      const char *b = vocabulary_pick (vocabulary);
      g_autofree char *query = g_strdup_printf ("%s %s", a, b);
      g_autoptr(GPtrArray) hits = NULL;
      double ms;

      start = g_get_monotonic_time ();
      hits = dsr_store_search (store, query, 20, &error);
      ms = (g_get_monotonic_time () - start) / 1e3;
      g_assert_no_error (error);
      total_hits += hits->len;
      g_array_append_val (ours, ms);

      ms = peer_search (db, a, b);
      g_array_append_val (theirs, ms);
    }
  sqlite3_close (db);

  g_array_sort (ours, compare_doubles);
  g_array_sort (theirs, compare_doubles);

  printf ("Search over %u documents (built in %.1f s), %u two-word queries, best 20 each "
          "(%.1f hits per query on average):\n",
          SEARCH_DOCUMENTS, build_seconds, SEARCH_QUERIES, (double)total_hits / SEARCH_QUERIES);
  printf ("  dossier   median %6.2f ms   p95 %6.2f ms   (ranked, with snippets and highlights)\n",
          percentile (ours, 0.5), percentile (ours, 0.95));
  printf ("  peer      median %6.2f ms   p95 %6.2f ms   bare FTS5 match, rowids only\n",
          percentile (theirs, 0.5), percentile (theirs, 0.95));
  printf ("  ratio     median %.2fx, p95 %.2fx the peer's time\n",
          percentile (ours, 0.5) / percentile (theirs, 0.5),
          percentile (ours, 0.95) / percentile (theirs, 0.95));
}

/* A PDF of @n_pages A4 pages as a report would have them: a running header, a page
 * number, and body text in paragraphs of wrapped lines, some hyphenated, with an
 * occasional heading in a larger font. */
static void
write_bench_pdf (const char *path,
                 Vocabulary *vocabulary,
                 guint       n_pages)
{
  DsrTestPdf *pdf = dsr_test_pdf_new (path, 595, 842);
  g_autoptr(GString) line = g_string_new (NULL);

  dsr_test_pdf_set_info (pdf, "Benchmark report", "Dossier", "2026-01-01T00:00:00Z");
  for (guint page = 0; page < n_pages; page++)
    {
      g_autofree char *number = g_strdup_printf ("%u", page + 1);
      double y = 80;
      guint in_paragraph = 0;

      dsr_test_pdf_line (pdf, 60, 30, 8, "Benchmark report · Dossier");
      while (y < 760)
        {
          if (in_paragraph == 0 && g_rand_int_range (vocabulary->rand, 0, 8) == 0)
            {
              dsr_test_pdf_line (pdf, 60, y + 6, 14, vocabulary_pick (vocabulary));
              y += 34;
              continue;
            }

          g_string_truncate (line, 0);
          while (line->len < 80)
            g_string_append_printf (line, "%s ", vocabulary_pick (vocabulary));
          g_string_truncate (line, line->len - 1);
          if (g_rand_int_range (vocabulary->rand, 0, 6) == 0)
            g_string_append_printf (line, " %.4s-", vocabulary_pick (vocabulary));
          else if (in_paragraph > 4 && g_rand_int_range (vocabulary->rand, 0, 3) == 0)
            {
              g_string_truncate (line, line->len / 2);
              g_string_append_c (line, '.');
              in_paragraph = G_MAXUINT;
            }
          dsr_test_pdf_line (pdf, in_paragraph == 0 ? 72 : 60, y, 10, line->str);
          in_paragraph = in_paragraph == G_MAXUINT ? 0 : in_paragraph + 1;
          y += 13;
        }
      dsr_test_pdf_line (pdf, 295, 800, 9, number);
      dsr_test_pdf_next_page (pdf);
    }
  dsr_test_pdf_finish (pdf);
}

static double
median_of (double *values,
           guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return values[n / 2];
}

/* The peer: poppler's own pdftotext, plain text in reading order to stdout, timed as
 * a process (start-up included) on the same file. */
static double
peer_pdftotext (const char *pdftotext,
                const char *path)
{
  const char *argv[] = { pdftotext, path, "-", NULL };
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  int status;

  if (!g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, NULL, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    g_error ("pdftotext failed: %s", error->message);
  return (g_get_monotonic_time () - start) / 1e6;
}

static void
bench_pdf (const char *folder,
           Vocabulary *vocabulary)
{
  g_autofree char *path = g_build_filename (folder, "report.pdf", NULL);
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  double ours[PDF_RUNS], theirs[PDF_RUNS];
  double seconds, peer_seconds = 0, megabytes;
  gint64 chars = 0;
  char *data;
  gsize size;

  write_bench_pdf (path, vocabulary, PDF_PAGES);
  if (!g_file_get_contents (path, &data, &size, &error))
    g_error ("%s", error->message);
  bytes = g_bytes_new_take (data, size);
  megabytes = size / 1e6;

  for (guint i = 0; i < PDF_RUNS; i++)
    {
      g_autoptr(DsrDocumentContent) content = NULL;
      gint64 start = g_get_monotonic_time ();

      if (!(content = dsr_pdf_reader_read (bytes, "report.pdf", &error)))
        g_error ("PDF read failed: %s", error->message);
      ours[i] = (g_get_monotonic_time () - start) / 1e6;
      chars = content->chars;

      if (pdftotext != NULL)
        theirs[i] = peer_pdftotext (pdftotext, path);
    }
  seconds = median_of (ours, PDF_RUNS);

  printf ("\nPDF reading of a %u-page report (%.1f MB, %" G_GINT64_FORMAT " characters of text), "
          "median of %u runs:\n", PDF_PAGES, megabytes, chars, PDF_RUNS);
  printf ("  dossier   %8.1f pages/s  %6.2f MB/s  (%.3f s)  paragraphs, hyphens, furniture, "
          "headings, page spans\n", PDF_PAGES / seconds, megabytes / seconds, seconds);
  if (pdftotext == NULL)
    {
      printf ("  peer      pdftotext is not installed (Debian package poppler-utils)\n");
      return;
    }
  peer_seconds = median_of (theirs, PDF_RUNS);
  printf ("  peer      %8.1f pages/s  %6.2f MB/s  (%.3f s)  pdftotext FILE -, as a process\n",
          PDF_PAGES / peer_seconds, megabytes / peer_seconds, peer_seconds);
  printf ("  ratio     dossier takes %.2fx pdftotext's time\n", seconds / peer_seconds);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *folder = NULL;
  g_autoptr(GError) error = NULL;
  Vocabulary *vocabulary;

  if (!(folder = g_dir_make_tmp ("dossier-bench-XXXXXX", &error)))
    g_error ("%s", error->message);

  vocabulary = vocabulary_new (20000);
  bench_import (folder, vocabulary);
  bench_search (folder, vocabulary);
  bench_pdf (folder, vocabulary);
  vocabulary_free (vocabulary);

  /* The figures are printed; the files are of no further use. */
  {
    g_autofree char *command = g_strdup_printf ("rm -rf '%s'", folder);
    if (system (command) != 0)
      g_printerr ("could not remove %s\n", folder);
  }
  return 0;
}
