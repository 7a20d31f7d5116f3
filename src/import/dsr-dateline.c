/* dsr-dateline.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-dateline"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "dsr-dateline.h"

/* A dateline or byline is a short line; a longer block is body text that merely
 * mentions a date or the word "by". */
#define MAX_DATELINE_CHARS 200

/* How many paragraphs at the top of a document may hold its dateline. */
#define DATELINE_BLOCKS 2

static const char *months[] = {
  "january", "february", "march", "april", "may", "june", "july",
  "august", "september", "october", "november", "december",
};

static int
month_from_word (const char *word,
                 gsize       len)
{
  g_autofree char *lower = g_ascii_strdown (word, len);

  if (len < 3)
    return 0;
  for (guint i = 0; i < G_N_ELEMENTS (months); i++)
    {
      /* Full names, and abbreviations of at least three letters ("Sept", "Oct"). */
      if (g_str_has_prefix (months[i], lower) && (len == strlen (months[i]) || len <= 4))
        return i + 1;
    }
  return 0;
}

static char *
format_date (int year,
             int month,
             int day)
{
  if (year < 1000 || year > 2999 || !g_date_valid_dmy (day, month, year))
    return NULL;
  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}

/* Splits @text into words of letters or digits, with their positions. */
typedef struct
{
  const char *start;
  gsize       len;
  gboolean    digits;
} Word;

static GArray *
split_words (const char *text)
{
  GArray *words = g_array_new (FALSE, FALSE, sizeof (Word));
  const char *p = text;

  while (*p)
    {
      Word word = { p, 0, g_ascii_isdigit (*p) };

      if (!g_ascii_isalnum (*p))
        {
          p++;
          continue;
        }
      while (*p && (word.digits ? g_ascii_isdigit (*p) : g_ascii_isalpha (*p)))
        p++;
      word.len = p - word.start;
      g_array_append_val (words, word);
    }
  return words;
}

static int
number (const Word *word)
{
  int value = 0;

  if (!word->digits || word->len > 4)
    return -1;
  for (gsize i = 0; i < word->len; i++)
    value = value * 10 + (word->start[i] - '0');
  return value;
}

/**
 * dsr_dateline_find_date:
 * @text: a short line of text
 *
 * Finds a calendar date written as people write them in datelines: "9 October 2012",
 * "July 11, 2017", "Oct. 5, 2017" or "2017-07-13".
 *
 * Returns: (transfer full) (nullable): the first date found, as YYYY-MM-DD
 */
char *
dsr_dateline_find_date (const char *text)
{
  g_autoptr(GArray) words = NULL;
  const char *iso;

  g_return_val_if_fail (text != NULL, NULL);

  /* ISO 8601: 2017-07-13 */
  for (iso = text; (iso = strchr (iso, '-')) != NULL; iso++)
    {
      int year, month, day;

      if (iso - text >= 4 && g_ascii_isdigit (iso[-4]) && g_ascii_isdigit (iso[-1]) &&
          (iso - text == 4 || !g_ascii_isdigit (iso[-5])) &&
          g_ascii_isdigit (iso[1]) && g_ascii_isdigit (iso[2]) && iso[3] == '-' &&
          sscanf (iso - 4, "%4d-%2d-%2d", &year, &month, &day) == 3)
        {
          char *date = format_date (year, month, day);

          if (date)
            return date;
        }
    }

  words = split_words (text);
  for (guint i = 0; i + 2 < words->len; i++)
    {
      Word *a = &g_array_index (words, Word, i);
      Word *b = &g_array_index (words, Word, i + 1);
      Word *c = &g_array_index (words, Word, i + 2);
      int month;
      char *date = NULL;

      /* 9 October 2012 */
      if (a->digits && !b->digits && c->digits && c->len == 4 &&
          (month = month_from_word (b->start, b->len)))
        date = format_date (number (c), month, number (a));
      /* July 11, 2017 */
      else if (!a->digits && b->digits && c->digits && c->len == 4 &&
               (month = month_from_word (a->start, a->len)))
        date = format_date (number (c), month, number (b));

      if (date)
        return date;
    }

  return NULL;
}

/**
 * dsr_dateline_find_byline:
 * @text: a short line of text
 *
 * Finds an author named after "By" or "by": the capitalised words that follow, up to
 * a comma, a full stop after a word of two letters or more, or the end of the line.
 *
 * Returns: (transfer full) (nullable): the name, or %NULL
 */
char *
dsr_dateline_find_byline (const char *text)
{
  const char *p;

  g_return_val_if_fail (text != NULL, NULL);

  for (p = text; (p = strstr (p, "y ")) != NULL; p++)
    {
      g_autoptr(GString) name = g_string_new (NULL);
      const char *q;
      guint n_words = 0;

      if (p == text || (p[-1] != 'B' && p[-1] != 'b') ||
          (p - 1 > text && g_ascii_isalpha (p[-2])))
        continue;

      for (q = p + 2; *q; )
        {
          const char *start = q;
          gunichar c = g_utf8_get_char (q);

          if (!g_unichar_isupper (c))
            break;
          while (*q && (g_unichar_isalpha (g_utf8_get_char (q)) || *q == '-' || *q == '\'' ||
                        g_str_has_prefix (q, "’")))
            q = g_utf8_next_char (q);
          if (*q == '.' && q - start == 1)
            q++;    /* an initial: "A. Writer" */
          if (name->len)
            g_string_append_c (name, ' ');
          g_string_append_len (name, start, q - start);
          n_words++;
          if (*q != ' ')
            break;
          q++;
        }

      if (n_words >= 2 && n_words <= 5)
        return g_string_free (g_steal_pointer (&name), FALSE);
    }

  return NULL;
}

/**
 * dsr_dateline_read:
 * @block: one block of text near the top of a document
 * @byline: (out): the author named in it, or unchanged
 * @published: (out): the date in it, as YYYY-MM-DD, or unchanged
 *
 * Reads a dateline such as "By Nadia Brennan. LONDON, July 11, 2017 (Meridian Wire)".
 * Only short blocks are read; a field already set is kept.
 *
 * Returns: %TRUE if the block gave anything
 */
gboolean
dsr_dateline_read (const char  *block,
                   char       **byline,
                   char       **published)
{
  gboolean found = FALSE;

  g_return_val_if_fail (block != NULL, FALSE);

  if (g_utf8_strlen (block, -1) > MAX_DATELINE_CHARS)
    return FALSE;

  if (*published == NULL && (*published = dsr_dateline_find_date (block)) != NULL)
    found = TRUE;
  if (*byline == NULL && (*byline = dsr_dateline_find_byline (block)) != NULL)
    found = TRUE;
  return found;
}

/**
 * dsr_dateline_read_content:
 * @content: a document as a reader made it
 *
 * Looks for a byline and a date in the first blocks of a document (after its
 * heading), where plain text and Markdown articles put their dateline, and fills
 * the fields the document does not have yet.
 */
void
dsr_dateline_read_content (DsrDocumentContent *content)
{
  guint n_blocks = 0;

  g_return_if_fail (content != NULL);

  for (guint i = 0; i < content->spans->len && n_blocks < DATELINE_BLOCKS; i++)
    {
      const DsrSpan *span = &g_array_index (content->spans, DsrSpan, i);
      g_autofree char *text = NULL;

      if (span->kind != DSR_SPAN_PARAGRAPH)
        continue;
      n_blocks++;
      text = dsr_document_content_dup_block_text (content, span);
      dsr_dateline_read (text, &content->byline, &content->published);
    }
}
