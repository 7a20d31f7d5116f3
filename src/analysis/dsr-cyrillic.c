/* dsr-cyrillic.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-cyrillic"

#include "config.h"

#include <string.h>

#include "dsr-cyrillic-private.h"
#include "dsr-cyrillic.h"

/* Russian (and other Cyrillic) text. Russian capitalises only the first word of a
 * name, declines nouns and makes adjectives of places and offices, so capitalised runs
 * mean less than in English:
 *
 * - an adjective ("Федерального", "Генеральный") is not a name by itself; it opens an
 *   organisation's name when an organisation noun follows it ("Федерального совета");
 * - an organisation noun ("Лаборатория", "Службы", "Агентство") heading a name makes it
 *   an organisation ("Лаборатория Белозара");
 * - a country in any case ("Канады", "Канаде") is a place: iso-codes' Russian
 *   translation of the country list names it, and gives its English name so the two
 *   spellings are one entity; a capitalised word before it ("Посол Германии", the
 *   sentence's first word) is left out;
 * - a single unknown name after "в", "во" or "из" ("в Твери") is a place;
 * - a sentence's first word that the Russian dictionary (hunspell-ru, read only when a
 *   text has Cyrillic names) has in lower case and never capitalised is a common word
 *   ("Ответ Морозова"), not part of a name.
 *
 * The rules work on the recogniser's mentions, before names are grouped. */

#define ISO_3166_RU_MO "/usr/share/locale/ru/LC_MESSAGES/iso_3166-1.mo"
#define RU_DICTIONARY  "/usr/share/hunspell/ru_RU.dic"

/* Stems of nouns that head organisations' names, in any case and number. */
static const char * const org_stems[] = {
  "лаборатори", "служб", "агентств", "министерств", "комитет", "компани", "корпораци",
  "совет", "управлени", "департамент", "ведомств", "банк", "фонд", "университет",
  "институт", "академи", "парти", "групп", "холдинг", "концерн", "завод", "объединени",
  "ассоциаци", "союз", "дум", "палат", "прокуратур", "полици", "организаци", "обществ",
  "издательств", "редакци", "инспекци", "комисси", "трибунал", "собрани", "парламент",
  "правительств", "администраци", "предприяти", "канцеляри", "штаб", "секретариат",
  "бюро", "центр", "суд", "коллеги", "дирекци", "агентур",
};

/* Adjective endings, masculine to plural, in all cases. Nouns' "-ом", "-ем", "-ей" and
 * given names' "-ий" ("Евгений", "Дмитрий") are not among them; "-ский", "-цкий" are. */
static const char * const adjective_endings[] = {
  "ый", "ой", "ая", "яя", "ое", "ее", "ого", "его", "ому", "ему", "ым", "ыми", "ими",
  "ых", "ских", "ую", "юю", "ые", "ский", "цкий", "жий", "ший", "чий", "щий", "хий",
};

/* Nominative forms a declined noun may have: an ending and what replaces it. */
static const struct
{
  const char *ending;
  const char *nominative;
} declensions[] = {
  { "ии", "ия" }, { "ией", "ия" }, { "ию", "ия" },
  { "ой", "а" }, { "ою", "а" }, { "ы", "а" }, { "и", "а" }, { "и", "я" }, { "и", "ь" },
  { "е", "а" }, { "е", "" }, { "е", "я" }, { "у", "а" }, { "у", "" }, { "ю", "я" },
  { "ю", "ь" }, { "ом", "" }, { "ем", "ь" }, { "ем", "й" }, { "а", "" }, { "я", "ь" },
  { "я", "й" },
};

static const char * const place_prepositions[] = { "в", "во", "из", NULL };

/**
 * _dsr_cyrillic_is_word:
 *
 * Returns: whether @word begins with a Cyrillic letter
 */
gboolean
_dsr_cyrillic_is_word (const char *word)
{
  gunichar c = g_utf8_get_char (word);

  return c >= 0x400 && c <= 0x52F;
}

/**
 * _dsr_cyrillic_is_adjective:
 * @lower: a lower-case word
 *
 * Returns: whether @lower has the ending of a Russian adjective
 */
gboolean
_dsr_cyrillic_is_adjective (const char *lower)
{
  if (g_utf8_strlen (lower, -1) < 5)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (adjective_endings); i++)
    if (g_str_has_suffix (lower, adjective_endings[i]))
      return TRUE;
  return FALSE;
}

/**
 * _dsr_cyrillic_is_org_head:
 * @lower: a lower-case word
 *
 * Returns: whether @lower is a noun that heads organisations' names, in any case
 */
gboolean
_dsr_cyrillic_is_org_head (const char *lower)
{
  if (_dsr_cyrillic_is_adjective (lower))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (org_stems); i++)
    if (g_str_has_prefix (lower, org_stems[i])
        && g_utf8_strlen (lower + strlen (org_stems[i]), -1) <= 3)
      return TRUE;
  return FALSE;
}

/**
 * _dsr_cyrillic_nominatives:
 * @lower: a lower-case word
 *
 * Returns: (transfer full) (element-type utf8): the nominative forms @lower may be a
 *   case of ("канады" -> "канада", "белозара" -> "белозар"), most likely first
 */
GPtrArray *
_dsr_cyrillic_nominatives (const char *lower)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  gsize len = strlen (lower);

  for (guint i = 0; i < G_N_ELEMENTS (declensions); i++)
    {
      gsize ending = strlen (declensions[i].ending);

      /* At least two letters (four bytes) of stem are left. */
      if (len >= ending + 4 && g_str_has_suffix (lower, declensions[i].ending))
        {
          g_autofree char *stem = g_strndup (lower, len - ending);

          g_ptr_array_add (out, g_strconcat (stem, declensions[i].nominative, NULL));
        }
    }

  return out;
}

/* A 32-bit number of a catalogue, wherever it lies and whichever its byte order. */
static guint32
read_word (const char *data,
           gsize       offset,
           gboolean    swap)
{
  guint32 word;

  memcpy (&word, data + offset, sizeof word);
  return swap ? GUINT32_SWAP_LE_BE (word) : word;
}

/* Reads a gettext catalogue into a table from lower-cased translation to original. */
static GHashTable *
read_catalogue (const char *path)
{
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autofree char *data = NULL;
  gsize size;
  guint32 magic, n, originals, translations;
  gboolean swap;

  if (!g_file_get_contents (path, &data, &size, NULL) || size < 20)
    return table;

#define WORD(off) read_word (data, (off), swap)
  memcpy (&magic, data, 4);
  swap = magic == 0xde120495;
  if (!swap && magic != 0x950412de)
    return table;
  n = WORD (8);
  originals = WORD (12);
  translations = WORD (16);
  if (originals > size || translations > size || n > (size - MAX (originals, translations)) / 8)
    return table;

  for (guint32 i = 0; i < n; i++)
    {
      guint32 o_len = WORD (originals + 8 * i), o_off = WORD (originals + 8 * i + 4);
      guint32 t_len = WORD (translations + 8 * i), t_off = WORD (translations + 8 * i + 4);

      if (o_off >= size || o_len >= size - o_off || t_off >= size || t_len >= size - t_off
          || o_len == 0 || t_len == 0 || memchr (data + o_off, '\004', o_len) != NULL
          || !g_utf8_validate_len (data + t_off, t_len, NULL))
        continue;
      g_hash_table_insert (table, g_utf8_strdown (data + t_off, t_len),
                           g_strndup (data + o_off, o_len));
    }
#undef WORD

  return table;
}

static GHashTable *
countries (void)
{
  static GHashTable *table;

  if (g_once_init_enter (&table))
    g_once_init_leave (&table, read_catalogue (ISO_3166_RU_MO));

  return table;
}

/**
 * _dsr_cyrillic_country:
 * @lower: a lower-case word or phrase
 *
 * Returns: (nullable): the English name of the country @lower names in Russian, in any
 *   case ("канады" -> "Canada"), or %NULL
 */
const char *
_dsr_cyrillic_country (const char *lower)
{
  g_autoptr(GPtrArray) forms = NULL;
  const char *english;

  if ((english = g_hash_table_lookup (countries (), lower)) != NULL)
    return english;

  forms = _dsr_cyrillic_nominatives (lower);
  for (guint i = 0; i < forms->len; i++)
    if ((english = g_hash_table_lookup (countries (), forms->pdata[i])) != NULL)
      return english;

  return NULL;
}

enum
{
  WORD_COMMON = 1 << 0,   /* the dictionary has it in lower case */
  WORD_PROPER = 1 << 1,   /* ... or capitalised */
};

/* The Russian dictionary's stems, lower-cased, to what it says of them; empty without
 * hunspell-ru. */
static GHashTable *
dictionary (void)
{
  static GHashTable *table;
  static GStringChunk *chunk;   /* the table's keys, for the life of the program */

  if (g_once_init_enter (&table))
    {
      GHashTable *t = g_hash_table_new (g_str_hash, g_str_equal);
      g_autofree char *data = NULL;
      char *line, *next;

      chunk = g_string_chunk_new (1 << 20);
      if (g_file_get_contents (RU_DICTIONARY, &data, NULL, NULL))
        for (line = data; line != NULL && *line != '\0'; line = next)
          {
            char *end = strpbrk (line, "/\n");
            g_autofree char *lower = NULL;
            const char *key;
            guint flags;

            next = strchr (line, '\n');
            next = next != NULL ? next + 1 : NULL;
            if (end == NULL || !_dsr_cyrillic_is_word (line)
                || !g_utf8_validate_len (line, end - line, NULL))
              continue;
            lower = g_utf8_strdown (line, end - line);
            flags = g_unichar_isupper (g_utf8_get_char (line)) ? WORD_PROPER : WORD_COMMON;
            key = g_string_chunk_insert_const (chunk, lower);
            flags |= GPOINTER_TO_UINT (g_hash_table_lookup (t, key));
            g_hash_table_insert (t, (gpointer)key, GUINT_TO_POINTER (flags));
          }
      g_once_init_leave (&table, t);
    }

  return table;
}

static gboolean
is_common_word (const char *lower)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (dictionary (), lower)) == WORD_COMMON;
}

/* Does a sentence begin at p: after nothing, a line break or a sentence's end, past
 * spaces and opening quotation marks? */
static gboolean
starts_sentence (const char *text,
                 const char *p)
{
  while (p > text)
    {
      gunichar c = g_utf8_get_char (g_utf8_prev_char (p));

      if (c == '\n' || c == '.' || c == '!' || c == '?' || c == 0x2026)
        return TRUE;
      if (c != ' ' && c != '\t' && c != 0xAB && c != '"' && c != 0x201E && c != 0x201C
          && c != 0x2014 && c != '-')
        return FALSE;
      p = g_utf8_prev_char (p);
    }

  return TRUE;
}

static gboolean
is_name_char (gunichar c)
{
  return g_unichar_isalpha (c) || g_unichar_ismark (c) || c == '-';
}

/* The word starting at or after p on the same line; NULL if none. */
static const char *
next_word (const char  *p,
           const char **end)
{
  while (*p == ' ' || *p == '\t')
    p++;
  *end = p;
  while (**end != '\0' && is_name_char (g_utf8_get_char (*end)))
    *end = g_utf8_next_char (*end);

  return *end > p ? p : NULL;
}

/* The lower-cased word that ends right before p, past spaces and quotation marks. */
static char *
previous_word (const char *text,
               const char *p)
{
  const char *end;

  while (p > text)
    {
      const char *prev = g_utf8_prev_char (p);
      gunichar c = g_utf8_get_char (prev);

      if (c != ' ' && c != 0xAB && c != '"' && c != 0x201E && c != 0x201C)
        break;
      p = prev;
    }
  end = p;
  while (p > text && g_unichar_isalpha (g_utf8_get_char (g_utf8_prev_char (p))))
    p = g_utf8_prev_char (p);

  return g_utf8_strdown (p, end - p);
}

/* Looks at the words after an adjective: further adjectives, then an organisation
 * noun? Returns the noun's end, or NULL. */
static const char *
org_noun_after (const char *p)
{
  const char *start, *end;

  while ((start = next_word (p, &end)) != NULL)
    {
      g_autofree char *lower = g_utf8_strdown (start, end - start);

      if (_dsr_cyrillic_is_org_head (lower))
        return end;
      if (!_dsr_cyrillic_is_adjective (lower))
        return NULL;
      p = end;
    }

  return NULL;
}

/**
 * dsr_cyrillic_refine:
 * @text: a document's text
 * @mentions: (element-type DsrEntityMention): the recogniser's mentions in @text, in
 *   text order, before grouping
 * @known: (nullable) (element-type utf8 utf8): names people confirmed, lower case, with
 *   single spaces; they are left as they are
 *
 * Applies the rules of Cyrillic text to the mentions whose names begin with a Cyrillic
 * letter: adjectives alone are dropped or joined to the organisation noun after them,
 * names headed by an organisation noun become organisations, and countries and names
 * after "в" or "из" become places.
 */
void
dsr_cyrillic_refine (const char *text,
                     GArray     *mentions,
                     GHashTable *known)
{
  const char *p = text;
  gint64 offset = 0;
  guint i = 0;

  g_return_if_fail (text != NULL);
  g_return_if_fail (mentions != NULL);

  while (i < mentions->len)
    {
      DsrEntityMention *m = &g_array_index (mentions, DsrEntityMention, i);
      g_autofree char *lower = NULL;
      g_auto(GStrv) words = NULL;
      const char *end;
      guint n_words, n_adjectives = 0;

      if (m->start < offset)
        {
          p = text;
          offset = 0;
        }
      for (; offset < m->start && *p != '\0'; offset++)
        p = g_utf8_next_char (p);
      end = p;
      for (gint64 k = m->start; k < m->end && *end != '\0'; k++)
        end = g_utf8_next_char (end);

      lower = g_utf8_strdown (p, end - p);
      if (!_dsr_cyrillic_is_word (p) || (known != NULL && g_hash_table_contains (known, lower)))
        {
          i++;
          continue;
        }

      words = g_strsplit_set (lower, " \t\n", -1);
      n_words = g_strv_length (words);
      while (n_adjectives < n_words && _dsr_cyrillic_is_adjective (words[n_adjectives]))
        n_adjectives++;

      if (n_adjectives == 0 && !_dsr_cyrillic_is_org_head (words[0])
          && starts_sentence (text, p) && is_common_word (words[0]))
        {
          if (n_words == 1)
            g_array_remove_index (mentions, i);
          else
            {
              const char *rest = g_utf8_offset_to_pointer (p, g_utf8_strlen (words[0], -1));

              m->start += g_utf8_strlen (words[0], -1);
              for (; g_unichar_isspace (g_utf8_get_char (rest)); rest = g_utf8_next_char (rest))
                m->start++;
            }
          continue;   /* what is left is looked at again */
        }

      if (n_adjectives == n_words)
        {
          const char *noun_end = org_noun_after (end);

          if (noun_end == NULL)
            {
              g_array_remove_index (mentions, i);
              continue;
            }
          /* "Федерального совета": the name takes in the noun and whatever mention the
           * noun was part of. */
          m->end += g_utf8_strlen (end, noun_end - end);
          m->kind = DSR_ENTITY_ORG;
          while (i + 1 < mentions->len
                 && g_array_index (mentions, DsrEntityMention, i + 1).start < m->end)
            {
              m->end = MAX (m->end, g_array_index (mentions, DsrEntityMention, i + 1).end);
              g_array_remove_index (mentions, i + 1);
              m = &g_array_index (mentions, DsrEntityMention, i);
            }
        }
      else if (_dsr_cyrillic_is_org_head (words[n_adjectives]))
        m->kind = DSR_ENTITY_ORG;
      else if (n_words > 1 && _dsr_cyrillic_country (words[n_words - 1]) != NULL)
        {
          /* "Посол Германии": a sentence-initial noun ran into the country after it. */
          m->start = m->end - g_utf8_strlen (words[n_words - 1], -1);
          m->kind = DSR_ENTITY_PLACE;
        }
      else if (n_words == 1 && _dsr_cyrillic_country (words[0]) != NULL)
        m->kind = DSR_ENTITY_PLACE;
      else if (n_words == 1 && m->kind == DSR_ENTITY_PERSON)
        {
          g_autofree char *before = previous_word (text, p);

          if (g_strv_contains (place_prepositions, before))
            m->kind = DSR_ENTITY_PLACE;
        }

      i++;
    }
}
