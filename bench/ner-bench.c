/* ner-bench.c: runs Dossier's entity recognizer over the ner-dev sentences
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: ner-bench GOLD.jsonl PREDICTED.jsonl [REPEAT]
 *
 * Reads each line's id and text, recognises entities in the text, writes
 * {"id", "entities": [{start, end, type}]} lines and prints key=value figures: sentences,
 * bytes, seconds (recognition only, best of REPEAT runs over the whole set, one thread)
 * and kb_per_second, and the same on the thread's CPU time (cpu_seconds,
 * cpu_kb_per_second), which waiting for a core on a shared machine does not inflate.
 */

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include <json-glib/json-glib.h>

#include "dsr-recognizer.h"

static double
cpu_seconds (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static const char *
type_name (DsrEntityKind kind)
{
  switch (kind)
    {
    case DSR_ENTITY_PERSON:
      return "PERSON";
    case DSR_ENTITY_ORG:
      return "ORG";
    case DSR_ENTITY_PLACE:
      return "PLACE";
    case DSR_ENTITY_OTHER:
    default:
      return "OTHER";
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsrRecognizer) recognizer = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) results = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
  g_autoptr(GString) out = g_string_new (NULL);
  guint repeat = argc > 3 ? (guint)g_ascii_strtoull (argv[3], NULL, 10) : 5;
  gsize bytes = 0;
  double best = G_MAXDOUBLE;
  double best_cpu = G_MAXDOUBLE;

  if (argc < 3)
    {
      fprintf (stderr, "usage: %s GOLD.jsonl PREDICTED.jsonl [REPEAT]\n", argv[0]);
      return 2;
    }

  if (!(recognizer = dsr_recognizer_new (&error))
      || !g_file_get_contents (argv[1], &contents, NULL, &error))
    {
      fprintf (stderr, "ner-bench: %s\n", error->message);
      return 1;
    }

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      JsonObject *object;

      if (*g_strstrip (lines[i]) == '\0')
        continue;
      if (!json_parser_load_from_data (parser, lines[i], -1, &error))
        {
          fprintf (stderr, "ner-bench: %s:%u: %s\n", argv[1], i + 1, error->message);
          return 1;
        }
      object = json_node_get_object (json_parser_get_root (parser));
      g_ptr_array_add (ids, g_strdup (json_object_get_string_member (object, "id")));
      g_ptr_array_add (texts, g_strdup (json_object_get_string_member (object, "text")));
      bytes += strlen (g_ptr_array_index (texts, texts->len - 1));
    }

  for (guint r = 0; r < MAX (repeat, 1); r++)
    {
      gint64 start = g_get_monotonic_time ();
      double cpu_start = cpu_seconds ();
      double seconds;

      g_ptr_array_set_size (results, 0);
      for (guint i = 0; i < texts->len; i++)
        g_ptr_array_add (results, dsr_recognizer_find (recognizer, g_ptr_array_index (texts, i),
                                                       NULL));
      seconds = (g_get_monotonic_time () - start) / 1e6;
      best = MIN (best, seconds);
      best_cpu = MIN (best_cpu, cpu_seconds () - cpu_start);
    }

  for (guint i = 0; i < ids->len; i++)
    {
      GArray *mentions = g_ptr_array_index (results, i);
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonGenerator) generator = json_generator_new ();
      g_autoptr(JsonNode) root = NULL;
      g_autofree char *line = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, g_ptr_array_index (ids, i));
      json_builder_set_member_name (builder, "entities");
      json_builder_begin_array (builder);
      for (guint m = 0; m < mentions->len; m++)
        {
          DsrEntityMention *mention = &g_array_index (mentions, DsrEntityMention, m);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "start");
          json_builder_add_int_value (builder, mention->start);
          json_builder_set_member_name (builder, "end");
          json_builder_add_int_value (builder, mention->end);
          json_builder_set_member_name (builder, "type");
          json_builder_add_string_value (builder, type_name (mention->kind));
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      json_generator_set_root (generator, root);
      line = json_generator_to_data (generator, NULL);
      g_string_append_printf (out, "%s\n", line);
    }

  if (!g_file_set_contents (argv[2], out->str, out->len, &error))
    {
      fprintf (stderr, "ner-bench: %s\n", error->message);
      return 1;
    }

  printf ("sentences=%u\nbytes=%" G_GSIZE_FORMAT "\nseconds=%.6f\nkb_per_second=%.1f\n"
          "cpu_seconds=%.6f\ncpu_kb_per_second=%.1f\n",
          texts->len, bytes, best, bytes / 1024.0 / best, best_cpu, bytes / 1024.0 / best_cpu);

  return 0;
}
