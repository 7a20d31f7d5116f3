/* dsr-wordnet.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-lexicon"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dsr-lexicon-private.h"

/* A gazetteer from WordNet (Debian package wordnet-base), read at run time. Only the
 * capitalised words count, and what kind of name each one is comes from where WordNet
 * files it:
 *
 * - an instance noun in noun.person ("Churchill", "Walt Disney") is a person; a plain
 *   noun there ("Slav", "Tory") is a member of a people or a party, not a name;
 * - noun.location ("Thrace") and noun.object ("Danube", "Alps") are places;
 * - in noun.group, a word whose hypernyms reach "organization", "dynasty", "royal
 *   family" or any other social group is an organisation ("Senate", "Qing"); one that
 *   reaches "ethnic group" or "people" is a people ("Bantu"); biological groups (genera,
 *   families) are none of these;
 * - a capitalised adjective ("Mycenaean", "Anglican") is an adjective, not a name.
 *
 * WordNet knows a word in all its senses, so a word may carry several kinds ("Ford" the
 * person, "Washington" the place and the person); the recogniser weighs them. */

#define NOUN_PATH "/usr/share/wordnet/data.noun"
#define ADJ_PATH  "/usr/share/wordnet/data.adj"
#define VERB_PATH "/usr/share/wordnet/data.verb"
#define VERB_EXC_PATH "/usr/share/wordnet/verb.exc"

enum
{
  FILE_GROUP    = 14,
  FILE_LOCATION = 15,
  FILE_OBJECT   = 17,
  FILE_PERSON   = 18,
};

typedef enum
{
  GROUP_UNKNOWN = 0,
  GROUP_NONE,
  GROUP_ORG,
  GROUP_PEOPLE,
} GroupKind;

/* One parsed synset line: its words and its hypernyms. Points into the file's text. */
typedef struct
{
  guint       offset;
  guint       lex_file;
  gboolean    instance;   /* it has an instance hypernym (@i): a named individual */
  guint       n_words;
  const char *words[32];
  guint       word_lens[32];
  guint       n_hypernyms;
  guint       hypernyms[8];
} Synset;

static const char *
skip_field (const char *p)
{
  while (*p != ' ' && *p != '\n' && *p != '\0')
    p++;
  while (*p == ' ')
    p++;
  return p;
}

static gboolean
parse_synset (const char *line,
              Synset     *synset)
{
  const char *p = line;
  char *end;
  guint n_pointers;

  memset (synset, 0, sizeof *synset);
  synset->offset = strtoul (p, &end, 10);
  if (end == p)
    return FALSE;
  p = skip_field (p);
  synset->lex_file = strtoul (p, NULL, 10);
  p = skip_field (skip_field (p));   /* lex_filenum, ss_type */
  synset->n_words = strtoul (p, NULL, 16);
  p = skip_field (p);
  for (guint i = 0; i < synset->n_words; i++)
    {
      const char *word = p;
      const char *stop = strchr (word, ' ');

      if (stop == NULL)
        return FALSE;
      if (i < G_N_ELEMENTS (synset->words))
        {
          synset->words[i] = word;
          synset->word_lens[i] = stop - word;
        }
      p = skip_field (skip_field (p));   /* word, lex_id */
    }
  synset->n_words = MIN (synset->n_words, G_N_ELEMENTS (synset->words));

  n_pointers = strtoul (p, NULL, 10);
  p = skip_field (p);
  for (guint i = 0; i < n_pointers && *p != '\0' && *p != '|'; i++)
    {
      gboolean hypernym = p[0] == '@' && (p[1] == ' ' || (p[1] == 'i' && p[2] == ' '));

      if (hypernym && p[1] == 'i')
        synset->instance = TRUE;
      p = skip_field (p);
      if (hypernym && synset->n_hypernyms < G_N_ELEMENTS (synset->hypernyms))
        synset->hypernyms[synset->n_hypernyms++] = strtoul (p, NULL, 10);
      p = skip_field (skip_field (skip_field (p)));   /* offset, pos, source/target */
    }

  return TRUE;
}

static gboolean
has_first_word (const Synset *synset,
                const char   *word)
{
  return synset->n_words > 0 && synset->word_lens[0] == strlen (word)
         && strncmp (synset->words[0], word, synset->word_lens[0]) == 0;
}

/* "Amnesty_International" -> "amnesty international"; an adjective's syntactic marker ("(a)") is dropped. */
static void
add_word (GHashTable *words,
          const char *word,
          guint       len,
          guint       flags)
{
  g_autofree char *copy = g_strndup (word, len);
  char *marker = strchr (copy, '(');
  g_autofree char *lower = NULL;

  if (marker != NULL)
    *marker = '\0';
  g_strdelimit (copy, "_", ' ');
  lower = g_utf8_strdown (copy, -1);
  _dsr_lexicon_add_flags (words, lower, flags);
}

static gboolean
is_common_word (GHashTable *words,
                const char *word,
                guint       len)
{
  g_autofree char *lower = g_utf8_strdown (word, len);

  return (GPOINTER_TO_UINT (g_hash_table_lookup (words, lower)) & LEX_LOWER) != 0;
}

static gboolean
is_capitalised (const char *word)
{
  return g_ascii_isupper (word[0]);
}

static GroupKind
group_kind (GHashTable *groups,
            GHashTable *verdicts,
            guint       offset,
            guint       depth)
{
  const char *line;
  Synset synset;
  GroupKind kind = GROUP_NONE;
  gpointer known;

  if (g_hash_table_lookup_extended (verdicts, GUINT_TO_POINTER (offset), NULL, &known))
    return GPOINTER_TO_UINT (known);
  line = g_hash_table_lookup (groups, GUINT_TO_POINTER (offset));
  if (line == NULL || depth > 20 || !parse_synset (line, &synset))
    return GROUP_NONE;

  for (guint i = 0; i < synset.n_hypernyms && kind == GROUP_NONE; i++)
    kind = group_kind (groups, verdicts, synset.hypernyms[i], depth + 1);
  g_hash_table_insert (verdicts, GUINT_TO_POINTER (offset), GUINT_TO_POINTER (kind));

  return kind;
}

static void
add_nouns (GHashTable *words,
           char       *contents)
{
  g_autoptr(GHashTable) groups = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) verdicts = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) lines = g_ptr_array_new ();

  for (char *line = contents; line != NULL && *line != '\0';)
    {
      char *next = strchr (line, '\n');
      Synset synset;

      if (line[0] != ' ' && parse_synset (line, &synset))
        {
          g_ptr_array_add (lines, line);
          if (synset.lex_file == FILE_GROUP)
            {
              GroupKind root = GROUP_UNKNOWN;

              g_hash_table_insert (groups, GUINT_TO_POINTER (synset.offset), line);
              if (has_first_word (&synset, "organization") || has_first_word (&synset, "dynasty")
                  || has_first_word (&synset, "royalty") || has_first_word (&synset, "social_group"))
                root = GROUP_ORG;
              else if (has_first_word (&synset, "ethnic_group") || has_first_word (&synset, "people"))
                root = GROUP_PEOPLE;
              else if (has_first_word (&synset, "biological_group"))
                root = GROUP_NONE;
              if (root != GROUP_UNKNOWN)
                g_hash_table_insert (verdicts, GUINT_TO_POINTER (synset.offset),
                                     GUINT_TO_POINTER (root));
            }
        }
      line = next != NULL ? next + 1 : NULL;
    }

  for (guint i = 0; i < lines->len; i++)
    {
      Synset synset;
      guint flags = 0;

      parse_synset (g_ptr_array_index (lines, i), &synset);
      switch (synset.lex_file)
        {
        case FILE_PERSON:
          flags = synset.instance ? LEX_WN_PERSON : LEX_WN_PEOPLE;
          break;
        case FILE_LOCATION:
        case FILE_OBJECT:
          flags = LEX_WN_PLACE;
          break;
        case FILE_GROUP:
          switch (group_kind (groups, verdicts, synset.offset, 0))
            {
            case GROUP_ORG:
              flags = LEX_WN_ORG;
              break;
            case GROUP_PEOPLE:
              flags = LEX_WN_PEOPLE;
              break;
            default:
              break;
            }
          break;
        default:
          break;
        }
      if (flags == 0)
        continue;

      for (guint w = 0; w < synset.n_words; w++)
        {
          if (!is_capitalised (synset.words[w]))
            continue;
          /* "Town" names a kind of person somewhere in WordNet, but "town" is a common
           * word first: only words used as names alone mark a people. */
          if (flags == LEX_WN_PEOPLE && is_common_word (words, synset.words[w], synset.word_lens[w]))
            continue;
          add_word (words, synset.words[w], synset.word_lens[w], flags);
          /* Peoples are mostly written in the plural: "Slavs", "Caribs". */
          if (flags == LEX_WN_PEOPLE)
            {
              g_autofree char *plural = g_strdup_printf ("%.*ss", synset.word_lens[w],
                                                         synset.words[w]);

              add_word (words, plural, strlen (plural), flags);
            }
        }
    }
}

/* "Federal" and "Gothic" are common words too, and begin names ("Federal Reserve");
 * "Julian" is a given name too; "Mycenaean" is only ever an adjective of a name. */
static void
add_adjective (GHashTable *words,
               const char *word,
               guint       len)
{
  g_autofree char *lower = g_utf8_strdown (word, len);
  char *marker = strchr (lower, '(');
  guint flags;

  if (marker != NULL)
    *marker = '\0';
  flags = GPOINTER_TO_UINT (g_hash_table_lookup (words, lower));
  if (!(flags & (LEX_LOWER | LEX_GIVEN | LEX_SURNAME | LEX_WN_PERSON | LEX_WN_PLACE
                 | LEX_WN_ORG | LEX_COUNTRY | LEX_CITY | LEX_REGION)))
    add_word (words, word, len, LEX_DEMONYM);
}

/* Every word WordNet knows as a verb, lower-cased: "account" is one, "feed" is one,
 * "monarchy" is not. */
static GHashTable *
collect_verbs (char *contents)
{
  GHashTable *verbs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (char *line = contents; line != NULL && *line != '\0';)
    {
      char *next = strchr (line, '\n');
      Synset synset;

      if (line[0] != ' ' && parse_synset (line, &synset))
        for (guint w = 0; w < synset.n_words; w++)
          g_hash_table_add (verbs, g_utf8_strdown (synset.words[w], synset.word_lens[w]));
      line = next != NULL ? next + 1 : NULL;
    }

  return verbs;
}

/* Irregular forms ("won", "ran") are verbs too; verb.exc lists them. */
static void
add_verb_forms (GHashTable *verbs)
{
  g_autofree char *contents = NULL;

  if (!g_file_get_contents (VERB_EXC_PATH, &contents, NULL, NULL))
    return;
  for (char *line = contents; line != NULL && *line != '\0';)
    {
      char *next = strchr (line, '\n');
      gsize len = strcspn (line, " \n");

      if (len > 0)
        g_hash_table_add (verbs, g_strndup (line, len));
      line = next != NULL ? next + 1 : NULL;
    }
}

/* Common nouns that are never verbs, and their plurals: after a name, they show the
 * name is a modifier ("the Romanov monarchy", "Twitter feed"), not the thing named. */
static void
add_plain_nouns (GHashTable *words,
                 GHashTable *verbs,
                 char       *contents)
{
  for (char *line = contents; line != NULL && *line != '\0';)
    {
      char *next = strchr (line, '\n');
      Synset synset;

      if (line[0] != ' ' && parse_synset (line, &synset))
        for (guint w = 0; w < synset.n_words; w++)
          {
            g_autofree char *noun = NULL;
            g_autofree char *plural = NULL;

            if (is_capitalised (synset.words[w]) || memchr (synset.words[w], '_', synset.word_lens[w]))
              continue;
            noun = g_strndup (synset.words[w], synset.word_lens[w]);
            if (g_hash_table_contains (verbs, noun) || g_str_has_suffix (noun, "ing")
                || g_str_has_suffix (noun, "ed"))
              continue;
            plural = g_strconcat (noun, "s", NULL);
            _dsr_lexicon_add_flags (words, noun, LEX_NOUN_ONLY);
            if (!g_hash_table_contains (verbs, plural))
              _dsr_lexicon_add_flags (words, plural, LEX_NOUN_ONLY);
          }
      line = next != NULL ? next + 1 : NULL;
    }
}

static void
add_adjectives (GHashTable *words,
                char       *contents)
{
  for (char *line = contents; line != NULL && *line != '\0';)
    {
      char *next = strchr (line, '\n');
      Synset synset;

      if (line[0] != ' ' && parse_synset (line, &synset))
        for (guint w = 0; w < synset.n_words; w++)
          if (is_capitalised (synset.words[w]))
            add_adjective (words, synset.words[w], synset.word_lens[w]);
      line = next != NULL ? next + 1 : NULL;
    }
}

/**
 * _dsr_wordnet_load:
 * @words: the lexicon's table, lower-cased word or phrase -> DsrLexFlags
 *
 * Adds WordNet's evidence to @words. WordNet is optional: without it recognition works
 * from the other lists alone.
 */
void
_dsr_wordnet_load (GHashTable *words)
{
  g_autofree char *nouns = NULL;
  g_autofree char *adjectives = NULL;
  g_autofree char *verb_text = NULL;
  g_autoptr(GHashTable) verbs = NULL;

  if (!g_file_get_contents (NOUN_PATH, &nouns, NULL, NULL)
      || !g_file_get_contents (ADJ_PATH, &adjectives, NULL, NULL)
      || !g_file_get_contents (VERB_PATH, &verb_text, NULL, NULL))
    {
      g_debug ("No WordNet at %s: no gazetteer of names (install wordnet-base)", NOUN_PATH);
      return;
    }

  verbs = collect_verbs (verb_text);
  add_verb_forms (verbs);
  add_plain_nouns (words, verbs, nouns);
  add_nouns (words, nouns);
  add_adjectives (words, adjectives);
}
