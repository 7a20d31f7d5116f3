/* dsr-translit.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-translit"

#include "config.h"

#include <string.h>

#include "dsr-translit-private.h"

/* Names written in Cyrillic and their Latin transliterations meet in one key. A word is
 * first romanised letter by letter (a plain scheme close to BGN/PCGN), then both sides go
 * through the same loose spelling, which forgets what the common romanisation systems
 * disagree on: "Yevgeny", "Evgeniy", "Jewgenij" and "Евгений" all become "evgeny". The
 * key is for comparing names, never for showing them. */

/* Lower-case Cyrillic from U+0430, in code-point order up to U+044F. */
static const char * const russian[] = {
  "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
  "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya",
};

static const char *
romanise_letter (gunichar c)
{
  if (c >= 0x430 && c <= 0x44F)
    return russian[c - 0x430];

  switch (c)
    {
    case 0x451: return "e";    /* ё */
    case 0x456: return "i";    /* і (Ukrainian, Belarusian) */
    case 0x457: return "yi";   /* ї */
    case 0x454: return "ye";   /* є */
    case 0x491: return "g";    /* ґ */
    case 0x45E: return "u";    /* ў */
    case 0x458: return "j";    /* ј (Serbian, Macedonian) */
    case 0x459: return "lj";   /* љ */
    case 0x45A: return "nj";   /* њ */
    case 0x45B: return "c";    /* ћ */
    case 0x452: return "dj";   /* ђ */
    case 0x45F: return "dz";   /* џ */
    default: return NULL;
    }
}

/**
 * _dsr_translit_romanise:
 * @word: a word in any script and letter case
 *
 * Returns: (transfer full): @word in lower case, Cyrillic letters romanised and Latin
 *   letters stripped of their accents ("Белозар" -> "belozar", "Dvořák" -> "dvorak");
 *   letters of other scripts are kept as they are
 */
char *
_dsr_translit_romanise (const char *word)
{
  GString *out = g_string_sized_new (strlen (word) + 4);

  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_unichar_tolower (g_utf8_get_char (p));
      gunichar base[4];
      const char *latin;

      if (c < 0x80)
        g_string_append_c (out, (char)c);
      else if ((latin = romanise_letter (c)) != NULL)
        g_string_append (out, latin);
      else if (g_unichar_fully_decompose (c, FALSE, base, G_N_ELEMENTS (base)) > 0
               && base[0] < 0x80)
        g_string_append_c (out, (char)base[0]);
      else
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/* Tried in order at each position: longer spellings first. Upper-case letters stand
 * for the sounds that have no letter of their own. */
static const struct
{
  const char *from;
  const char *to;
} spellings[] = {
  { "shch", "S" }, { "sch", "S" }, { "sh", "S" }, { "zh", "Z" }, { "tch", "C" }, { "ch", "C" },
  { "kh", "h" }, { "ts", "c" }, { "tz", "c" }, { "ph", "f" }, { "ck", "k" },
  { "ya", "A" }, { "ja", "A" }, { "ia", "A" }, { "yu", "U" }, { "ju", "U" }, { "iu", "U" },
  { "ye", "e" }, { "je", "e" }, { "x", "ks" }, { "w", "v" }, { "j", "y" },
};

/**
 * _dsr_translit_loose_key:
 * @romanised: a lower-case word, as _dsr_translit_romanise() gives it
 *
 * Spells @romanised loosely: one letter for each of "shch"/"sch"/"sh", "zh", "ch"/"tch",
 * "kh"/"h", "ts"/"tz", "ya"/"ja"/"ia", "yu"/"ju"/"iu"; "ye" and "je" as "e", "j" as "y",
 * "w" as "v", "x" as "ks"; doubled letters once; and a final "-iy", "-ii", "-ij", "-i"
 * as "-y" ("Dmitrii", "Dmitri", "Dmitriy" -> "dmitry", "Sergei" -> "sergey").
 *
 * Returns: (transfer full): the key
 */
char *
_dsr_translit_loose_key (const char *romanised)
{
  GString *pass = g_string_sized_new (strlen (romanised) + 2);
  GString *out = g_string_sized_new (strlen (romanised) + 2);
  const char *p = romanised;

  while (*p != '\0')
    {
      guint i;

      for (i = 0; i < G_N_ELEMENTS (spellings); i++)
        if (strncmp (p, spellings[i].from, strlen (spellings[i].from)) == 0)
          break;
      if (i < G_N_ELEMENTS (spellings))
        {
          g_string_append (pass, spellings[i].to);
          p += strlen (spellings[i].from);
        }
      else
        g_string_append_c (pass, *p++);
    }

  /* "Mariya" and "Maria", "Yuliya" and "Julia"; doubled letters once. */
  for (gsize i = 0; i < pass->len; i++)
    {
      char c = pass->str[i];

      if (c == 'i' && (pass->str[i + 1] == 'A' || pass->str[i + 1] == 'U'))
        continue;
      if (g_ascii_isalpha (c) && out->len > 0 && out->str[out->len - 1] == c)
        continue;
      g_string_append_c (out, c);
    }

  /* Endings: "-iy"/"-yi" -> "-y", "-ai"/"-ei" -> "-ay"/"-ey", "-i" -> "-y". */
  if (out->len > 2 && (g_str_has_suffix (out->str, "iy") || g_str_has_suffix (out->str, "yi")))
    {
      g_string_truncate (out, out->len - 2);
      g_string_append_c (out, 'y');
    }
  else if (out->len > 1 && out->str[out->len - 1] == 'i')
    out->str[out->len - 1] = 'y';

  g_string_free (pass, TRUE);
  return g_string_free (out, FALSE);
}
