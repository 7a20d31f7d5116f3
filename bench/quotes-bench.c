/* quotes-bench.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Quotation detection and speaker attribution throughput on a few MB of generated
 * news-like text: paragraphs of narrative with quotations in every style the detector
 * reads, names with their mentions and groups, as entity recognition would hand them on. */

#include "config.h"

#include <stdio.h>

#include "dsr-quotes.h"

#define TARGET_BYTES (4 * 1024 * 1024)
#define RUNS 5

static const char *people[] = {
  "Helen Marsh", "Tomasz Wierzba", "Ada Quennell", "Orla Fenwick", "Kwame Asante",
  "Lidia Moroz", "Jonas Ekdahl", "Sabine Roux",
};
static const char *orgs[] = {
  "Calloway Freight", "Harbour Safety Board", "Dunmore Partners", "Port Authority",
};

/* Each template has %P (a person), %O (an organisation) and %Q (a quoted sentence). */
static const char *templates[] = {
  "“%Q,” %P said. “%Q.”",
  "%P, an analyst at %O, said the plan was “%Q”.",
  "“%Q,” the company said in a statement.",
  "According to %O, “%Q”.",
  "%P told reporters: \"%Q.\" %O declined to comment.",
  "The board's report says “%Q”, and %P called it an \"exercise\".",
  "“%Q,” he added, “but %Q.”",
  "It's the drivers' view, %P noted, that the '90s contracts were fair. “%Q.”",
  "%O said on Tuesday that it would review the findings of the inquiry by the end of the year.",
};

static const char *words[] = {
  "the", "depot", "will", "reopen", "in", "spring", "and", "nobody", "loses", "a", "job",
  "we", "have", "seen", "worse", "figures", "do", "not", "add", "up", "this", "is",
  "a", "matter", "for", "the", "courts", "cranes", "are", "old", "ships", "wait",
};

static void
append_sentence (GString *text,
                 GRand   *rand)
{
  guint n = g_rand_int_range (rand, 5, 14);

  for (guint i = 0; i < n; i++)
    {
      const char *w = words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))];

      if (i == 0)
        {
          g_string_append_unichar (text, g_unichar_toupper (g_utf8_get_char (w)));
          g_string_append (text, g_utf8_next_char (w));
        }
      else
        g_string_append_printf (text, " %s", w);
    }
}

static void
add_mention (GArray        *mentions,
             gint64         start,
             const char    *name,
             DsrEntityKind  kind,
             int            group)
{
  DsrEntityMention m = { start, start + g_utf8_strlen (name, -1), kind, group };

  g_array_append_val (mentions, m);
}

static void
make_text (GString *text,
           GArray  *mentions,
           GArray  *groups)
{
  GRand *rand = g_rand_new_with_seed (4);
  gint64 chars = 0;

  for (guint i = 0; i < G_N_ELEMENTS (people) + G_N_ELEMENTS (orgs); i++)
    {
      gboolean person = i < G_N_ELEMENTS (people);
      DsrEntityGroup group = {
        person ? DSR_ENTITY_PERSON : DSR_ENTITY_ORG,
        g_strdup (person ? people[i] : orgs[i - G_N_ELEMENTS (people)]),
        g_ptr_array_new_with_free_func (g_free),
      };

      g_array_append_val (groups, group);
    }

  while (text->len < TARGET_BYTES)
    {
      guint sentences = g_rand_int_range (rand, 1, 4);

      if (text->len > 0)
        {
          g_string_append (text, "\n\n");
          chars += 2;
        }
      for (guint s = 0; s < sentences; s++)
        {
          const char *p = templates[g_rand_int_range (rand, 0, G_N_ELEMENTS (templates))];

          if (s > 0)
            {
              g_string_append_c (text, ' ');
              chars++;
            }
          for (; *p != '\0'; p = g_utf8_next_char (p))
            {
              gsize before = text->len;

              if (p[0] == '%' && p[1] == 'P')
                {
                  int g = g_rand_int_range (rand, 0, G_N_ELEMENTS (people));

                  add_mention (mentions, chars, people[g], DSR_ENTITY_PERSON, g);
                  g_string_append (text, people[g]);
                  p++;
                }
              else if (p[0] == '%' && p[1] == 'O')
                {
                  int g = g_rand_int_range (rand, 0, G_N_ELEMENTS (orgs));

                  add_mention (mentions, chars, orgs[g], DSR_ENTITY_ORG,
                               (int)G_N_ELEMENTS (people) + g);
                  g_string_append (text, orgs[g]);
                  p++;
                }
              else if (p[0] == '%' && p[1] == 'Q')
                {
                  append_sentence (text, rand);
                  p++;
                }
              else
                g_string_append_unichar (text, g_utf8_get_char (p));
              chars += g_utf8_strlen (text->str + before, text->len - before);
            }
        }
    }
  g_rand_free (rand);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

int
main (int   argc,
      char *argv[])
{
  GString *text = g_string_new (NULL);
  g_autoptr(GArray) mentions = g_array_new (FALSE, FALSE, sizeof (DsrEntityMention));
  g_autoptr(GArray) groups = g_array_new (FALSE, TRUE, sizeof (DsrEntityGroup));
  double seconds[RUNS];
  double megabytes;
  guint found = 0, attributed = 0;

  g_array_set_clear_func (groups, (GDestroyNotify)dsr_entity_group_clear);
  make_text (text, mentions, groups);
  megabytes = text->len / (1024.0 * 1024.0);

  for (guint r = 0; r < RUNS; r++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GArray) quotes = dsr_quotes_find (text->str, NULL, mentions, groups);

      seconds[r] = (g_get_monotonic_time () - start) / 1e6;
      found = quotes->len;
      attributed = 0;
      for (guint i = 0; i < quotes->len; i++)
        attributed += g_array_index (quotes, DsrQuote, i).speaker_group >= 0;
    }
  qsort (seconds, RUNS, sizeof (double), compare_doubles);

  printf ("\nQuotation detection and speaker attribution on %.1f MB of generated news text "
          "(%u mentions), median of %u runs:\n", megabytes, mentions->len, RUNS);
  printf ("  dossier   %6.2f MB/s  (%.3f s)  %u quotations, %u with a speaker\n",
          megabytes / seconds[RUNS / 2], seconds[RUNS / 2], found, attributed);
  g_string_free (text, TRUE);
  return 0;
}
