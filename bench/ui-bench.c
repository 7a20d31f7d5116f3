/* ui-bench.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The window's figures, each printed beside its target (issue 5):
 *   - launch to first frame with the sample investigation (< 0.5 s) and with one of
 *     10,000 documents and 100,000 entities (< 1 s): the real application is started
 *     as a new process, which reports when its window has painted its first frame;
 *   - showing a 5 MB document with its mentions (< 300 ms): from choosing it in the
 *     sidebar to the frame that shows it;
 *   - memory with the 10,000 documents open (< 200 MB): resident set of a process that
 *     has opened and painted that investigation.
 * Generated investigations are cached in the build folder; run under Xvfb
 * (make bench does). */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <string.h>
#include <unistd.h>

#include "dsr-analysis-types.h"
#include "dsr-application.h"
#include "dsr-store.h"
#include "dsr-window-private.h"

#define BIG_DOCUMENTS        10000
#define ENTITIES_PER_DOCUMENT   10
#define LARGE_DOCUMENT_BYTES (5 * 1024 * 1024)
#define LARGE_MENTIONS       20000
#define LAUNCH_RUNS              5
#define SHOW_RUNS                5

static const char *syllables[] = {
  "ka", "lo", "mer", "ti", "van", "sor", "el", "du", "pra", "gen", "rus", "ost",
  "li", "na", "bel", "oz", "ar", "kin", "tre", "mo", "sta", "vi", "cor", "den",
};

static void
append_word (GString *out,
             GRand   *rand)
{
  guint n = g_rand_int_range (rand, 1, 4);

  for (guint i = 0; i < n; i++)
    g_string_append (out, syllables[g_rand_int_range (rand, 0, G_N_ELEMENTS (syllables))]);
}

/* A paragraph of about @n_words words; every @name_every words, a name from @names
 * (chosen by @pick) is written and recorded as a mention of its group. */
static void
append_paragraph (DsrDocumentContent *content,
                  GRand              *rand,
                  guint               n_words,
                  GPtrArray          *names,
                  guint               name_every,
                  guint              *next_name)
{
  g_autoptr(GString) words = g_string_new (NULL);

  dsr_document_content_begin_block (content);
  for (guint i = 0; i < n_words; i++)
    {
      if (names != NULL && i % name_every == name_every - 1)
        {
          guint group = (*next_name)++ % names->len;
          DsrEntityMention mention = { 0 };
          const char *name = names->pdata[group];

          if (words->len > 0)
            {
              dsr_document_content_append (content, words->str, words->len);
              g_string_truncate (words, 0);
            }
          mention.start = dsr_document_content_append (content, name, -1);
          mention.end = mention.start + g_utf8_strlen (name, -1);
          mention.kind = g_array_index (content->groups, DsrEntityGroup, group).kind;
          mention.group = group;
          g_array_append_val (content->mentions, mention);
          g_string_append_c (words, ' ');
          continue;
        }

      append_word (words, rand);
      g_string_append (words, i % 12 == 11 ? ". " : " ");
    }
  if (words->len > 0)
    dsr_document_content_append (content, words->str, words->len);
  dsr_document_content_end_block (content, DSR_SPAN_PARAGRAPH, 0);
}

static DsrDocumentContent *
new_content (const char *title,
             GPtrArray  *names)
{
  DsrDocumentContent *content = dsr_document_content_new ();

  dsr_document_content_set_title (content, title);
  content->mentions = g_array_new (FALSE, FALSE, sizeof (DsrEntityMention));
  content->groups = g_array_new (FALSE, FALSE, sizeof (DsrEntityGroup));

  for (guint i = 0; names != NULL && i < names->len; i++)
    {
      DsrEntityGroup group = { 0 };

      group.kind = (DsrEntityKind)(i % 4);
      group.name = names->pdata[i];
      g_array_append_val (content->groups, group);
    }

  dsr_document_content_begin_block (content);
  dsr_document_content_append (content, title, -1);
  dsr_document_content_end_block (content, DSR_SPAN_HEADING, 1);
  return content;
}

static void
add_content (DsrStore           *store,
             DsrDocumentContent *content,
             const char         *file_name)
{
  g_autoptr(GBytes) original = g_bytes_new (content->text->str, content->text->len);
  g_autoptr(GError) error = NULL;

  if (dsr_store_add_document (store, content, original, file_name, "text/plain", NULL, NULL, &error) <= 0)
    g_error ("cannot add %s: %s", file_name, error->message);

  /* The names belong to the caller's array, not to the content. */
  g_array_set_size (content->groups, 0);
}

/* 10,000 documents of about 400 words, each naming ten entities of its own:
 * 100,000 entities in all. */
static void
generate_big (const char *path)
{
  g_autofree char *partial = g_strconcat (path, ".partial", NULL);
  g_autoptr(DsrStore) store = NULL;
  g_autoptr(GError) error = NULL;
  GRand *rand = g_rand_new_with_seed (20261203);
  gint64 begin = g_get_monotonic_time ();

  g_unlink (partial);
  if (!(store = dsr_store_create (partial, &error)))
    g_error ("%s", error->message);

  for (guint d = 0; d < BIG_DOCUMENTS; d++)
    {
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *title = g_strdup_printf ("Report %05u on the harbour", d + 1);
      g_autofree char *file_name = g_strdup_printf ("report-%05u.txt", d + 1);
      g_autoptr(DsrDocumentContent) content = NULL;
      guint next_name = 0;

      for (guint e = 0; e < ENTITIES_PER_DOCUMENT; e++)
        {
          GString *name = g_string_new (NULL);

          append_word (name, rand);
          name->str[0] = g_ascii_toupper (name->str[0]);
          g_string_append_printf (name, " Entity%06u", d * ENTITIES_PER_DOCUMENT + e);
          g_ptr_array_add (names, g_string_free (name, FALSE));
        }

      content = new_content (title, names);
      for (guint p = 0; p < 5; p++)
        append_paragraph (content, rand, 80, names, 8, &next_name);
      add_content (store, content, file_name);
    }

  g_clear_object (&store);
  if (g_rename (partial, path) != 0)
    g_error ("cannot rename %s", partial);
  g_rand_free (rand);
  printf ("  (generated %s in %.1f s)\n", path, (g_get_monotonic_time () - begin) / 1e6);
}

/* A small note, then a document of 5 MB with 2,000 paragraphs and 20,000 mentions of
 * 200 entities. */
static void
generate_large (const char *path)
{
  g_autofree char *partial = g_strconcat (path, ".partial", NULL);
  g_autoptr(DsrStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(DsrDocumentContent) note = NULL;
  g_autoptr(DsrDocumentContent) content = NULL;
  GRand *rand = g_rand_new_with_seed (5);
  guint next_name = 0;
  guint words_per_mention;

  g_unlink (partial);
  if (!(store = dsr_store_create (partial, &error)))
    g_error ("%s", error->message);

  note = new_content ("A short note", NULL);
  append_paragraph (note, rand, 50, NULL, 1, &next_name);
  add_content (store, note, "note.txt");

  for (guint e = 0; e < 200; e++)
    g_ptr_array_add (names, g_strdup_printf ("Kalo Vanmer%03u", e));
  content = new_content ("The long report", names);

  /* About 7 bytes a word: 5 MB is some 750,000 words. */
  words_per_mention = (LARGE_DOCUMENT_BYTES / 7) / LARGE_MENTIONS;
  while (content->text->len < LARGE_DOCUMENT_BYTES)
    append_paragraph (content, rand, 400, names, words_per_mention, &next_name);
  add_content (store, content, "long-report.txt");

  g_clear_object (&store);
  if (g_rename (partial, path) != 0)
    g_error ("cannot rename %s", partial);
  g_rand_free (rand);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

static double
median (GArray *values)
{
  g_array_sort (values, compare_doubles);
  return g_array_index (values, double, values->len / 2);
}

/* Child: the application itself, told to report its first frame. */

static gint64 launch_start;

/* CPU time this process has used, user and system, in seconds: unlike wall-clock
 * time it hardly changes when other programs load the machine. */
static double
cpu_seconds (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

static void
after_paint_cb (GdkFrameClock *clock,
                GtkWidget     *window)
{
  DsrStore *store = dsr_window_get_store (DSR_WINDOW (window));

  /* The first frame that shows the investigation, not an empty window. */
  if (store == NULL)
    return;

  printf ("%.6f %.6f\n", (g_get_monotonic_time () - launch_start) / 1e6, cpu_seconds ());
  fflush (stdout);
  _exit (0);
}

static void
window_realize_cb (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (after_paint_cb), window);
}

static void
window_added_cb (GtkApplication *application,
                 GtkWindow      *window)
{
  g_signal_connect (window, "realize", G_CALLBACK (window_realize_cb), NULL);
}

static int
run_first_frame (const char *path,
                 const char *start)
{
  g_autoptr(DsrApplication) application = NULL;
  char *argv[] = { (char *)"dossier", (char *)path, NULL };

  launch_start = g_ascii_strtoll (start, NULL, 10);

  application = dsr_application_new ();
  g_application_set_flags (G_APPLICATION (application),
                           g_application_get_flags (G_APPLICATION (application)) | G_APPLICATION_NON_UNIQUE);
  g_signal_connect (application, "window-added", G_CALLBACK (window_added_cb), NULL);
  return g_application_run (G_APPLICATION (application), 2, argv);
}

static void
launch_once (const char *self_path,
             const char *path,
             double     *wall,
             double     *cpu)
{
  g_autofree char *start = g_strdup_printf ("%" G_GINT64_FORMAT, g_get_monotonic_time ());
  const char *argv[] = { self_path, "--first-frame", path, start, NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  /* CLOCK_MONOTONIC is shared by processes: the child measures from our start. */
  if (!g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    g_error ("cannot launch: %s", error ? error->message : "?");

  if (sscanf (out, "%lf %lf", wall, cpu) != 2)
    g_error ("unexpected output: %s", out);
}

/* Child: resident memory with an investigation open. */

static long
resident_kib (const char *field)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) || !(line = strstr (status, field)))
    return -1;
  return strtol (line + strlen (field), NULL, 10);
}

static int
run_memory (const char *path)
{
  g_autoptr(GError) error = NULL;
  DsrWindow *window;

  gtk_init ();
  adw_init ();

  window = dsr_window_new (NULL);
  if (!dsr_window_open_path (window, path, &error))
    g_error ("%s", error->message);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  /* The entity list is read when its page first shows: count it too. */
  adw_view_stack_set_visible_child_name (window->sidebar_view_stack, "entities");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  adw_view_stack_set_visible_child_name (window->sidebar_view_stack, "documents");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  /* Scroll the document list to its end and back, as a reader would. */
  gtk_widget_activate_action (GTK_WIDGET (window->documents_list), "list.scroll-to-item", "u",
                              g_list_model_get_n_items (window->documents) - 1);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  gtk_widget_activate_action (GTK_WIDGET (window->documents_list), "list.scroll-to-item", "u", 0);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  printf ("%ld %ld\n", resident_kib ("VmRSS:"), resident_kib ("VmHWM:"));
  return 0;
}

/* Parent */

static void
print_figure (const char *what,
              double      value,
              const char *unit,
              double      target)
{
  printf ("  %-58s %8.3f %s   (target < %g %s: %s)\n", what, value, unit, target, unit,
          value < target ? "met" : "MISSED");
}

static void
print_cpu (double value,
           const char *unit)
{
  printf ("  %-58s %8.3f %s\n", "  of which CPU time of the process", value, unit);
}

static void
bench_launch (const char *self_path,
              const char *what,
              const char *path,
              double      target)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpu_times = g_array_new (FALSE, FALSE, sizeof (double));
  double wall, cpu;

  /* One launch first, so that every measured one finds the files in the page cache. */
  launch_once (self_path, path, &wall, &cpu);
  for (guint i = 0; i < LAUNCH_RUNS; i++)
    {
      launch_once (self_path, path, &wall, &cpu);
      g_array_append_val (times, wall);
      g_array_append_val (cpu_times, cpu);
    }
  print_figure (what, median (times), "s", target);
  print_cpu (median (cpu_times), "s");
}

static void
bench_memory (const char *self_path,
              const char *path)
{
  const char *argv[] = { self_path, "--memory", path, NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  long rss = 0, peak = 0;
  int status;

  if (!g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    g_error ("cannot measure memory: %s", error ? error->message : "?");
  if (sscanf (out, "%ld %ld", &rss, &peak) != 2)
    g_error ("unexpected output: %s", out);

  print_figure ("memory, 10,000 documents open, entities listed (resident)", rss / 1024.0, "MB", 200);
  print_figure ("memory, 10,000 documents open, entities listed (peak)", peak / 1024.0, "MB", 200);
}

static void
bench_show_large (const char *path)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpu_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  DsrWindow *window;

  window = dsr_window_new (NULL);
  if (!dsr_window_open_path (window, path, &error))
    g_error ("%s", error->message);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  for (guint i = 0; i < SHOW_RUNS + 1; i++)
    {
      gint64 begin;
      double cpu_begin;
      double t, cpu;

      gtk_single_selection_set_selected (window->selection, 0);
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

      begin = g_get_monotonic_time ();
      cpu_begin = cpu_seconds ();
      gtk_single_selection_set_selected (window->selection, 1);
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
      t = (g_get_monotonic_time () - begin) / 1e3;
      cpu = (cpu_seconds () - cpu_begin) * 1e3;
      if (i > 0)   /* the first run warms the page cache */
        {
          g_array_append_val (times, t);
          g_array_append_val (cpu_times, cpu);
        }
    }

  print_figure ("showing a 5 MB document with 20,000 mentions", median (times), "ms", 300);
  print_cpu (median (cpu_times), "ms");
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *self_path = NULL;
  g_autofree char *big_path = NULL;
  g_autofree char *large_path = NULL;
  g_autofree char *sample_path = NULL;

  if (argc == 4 && g_str_equal (argv[1], "--first-frame"))
    return run_first_frame (argv[2], argv[3]);
  if (argc == 3 && g_str_equal (argv[1], "--memory"))
    return run_memory (argv[2]);

  /* Every process here reads the build tree's schema and keeps settings in memory,
   * so the user's own are neither read nor changed. */
  g_setenv ("GSETTINGS_SCHEMA_DIR", BENCH_BUILD_ROOT "/data", TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);

  /* Xvfb has no GPU: GTK's GL renderer would run on Mesa's software rasteriser,
   * which measures that rasteriser more than Dossier. Cairo is GTK's software
   * renderer; GSK_RENDERER=gl make bench measures the other. */
  g_setenv ("GSK_RENDERER", "cairo", FALSE);

  self_path = g_file_read_link ("/proc/self/exe", NULL);
  sample_path = g_build_filename (BENCH_BUILD_ROOT, "data", "sample.dossier", NULL);
  big_path = g_build_filename (BENCH_BUILD_ROOT, "bench", "big-10000.dossier", NULL);
  large_path = g_build_filename (BENCH_BUILD_ROOT, "bench", "large-5mb.dossier", NULL);

  if (!gtk_init_check ())
    {
      g_printerr ("ui-bench: no display; run it under xvfb-run (make bench does)\n");
      return 1;
    }
  adw_init ();

  {
    g_autofree char *load = NULL;

    /* Wall-clock figures grow with the machine's load; the CPU times hardly do. */
    g_file_get_contents ("/proc/loadavg", &load, NULL, NULL);
    printf ("Window (issue 5), median of %d runs, GSK_RENDERER=%s, %u CPUs, load average %.*s:\n",
            LAUNCH_RUNS, g_getenv ("GSK_RENDERER"), g_get_num_processors (),
            load ? (int)strcspn (load, " ") : 1, load ? load : "?");
  }
  if (!g_file_test (big_path, G_FILE_TEST_EXISTS))
    generate_big (big_path);
  if (!g_file_test (large_path, G_FILE_TEST_EXISTS))
    generate_large (large_path);

  bench_launch (self_path, "launch to first frame, sample investigation", sample_path, 0.5);
  bench_launch (self_path, "launch to first frame, 10,000 documents, 100,000 entities", big_path, 1.0);
  bench_show_large (large_path);
  bench_memory (self_path, big_path);

  return 0;
}
