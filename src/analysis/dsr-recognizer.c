/* dsr-recognizer.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-recognizer"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "dsr-document-content.h"
#include "dsr-lexicon-private.h"
#include "dsr-recognizer.h"

/* Entity recognition by rules, in one pass over the text plus one over its candidate
 * names:
 *
 * 1. The text is cut into tokens (words and single punctuation marks), with code-point
 *    offsets, a shape (capitalised, acronym, initial, lower case) and the lexicon's flags
 *    for the word, looked up once.
 * 2. Runs of capitalised words, joined by connectors ("of" after "University", "de" inside
 *    a person's name, "&"), are candidate names. Titles ("President", "CEO") split a run
 *    and stay outside the names; a sentence-initial common word ("The", "Security") is
 *    trimmed; nationality adjectives, months and the like are dropped.
 * 3. Each candidate is typed by weighing cues inside it (organisation words, gazetteers,
 *    given names, acronyms, domain names) and around it (titles and roles before it, "in"
 *    or "-based" for places, "said" after it for people).
 * 4. Within one text, a single word that is the surname of a person found elsewhere, or a
 *    name found with stronger evidence elsewhere, takes that type.
 *
 * Names the user confirmed or rejected (dsr_recognizer_add_known(), _add_rejected())
 * override all of this. */

#define MAX_KEY 256

/* How much a kind WordNet gives a name weighs against the cues of its context. */
#define WORDNET_WEIGHT 3.0

/* A kind that won by this much is taken as settled. */
#define STRONG_MARGIN 2.0

typedef enum
{
  SHAPE_NONE,      /* punctuation */
  SHAPE_LOWER,
  SHAPE_DIGIT,
  SHAPE_CAP,       /* "Okafor", "McDonald", "iPhone" */
  SHAPE_UPPER,     /* "FCOB", "U.S." */
  SHAPE_INITIAL,   /* "J." */
} Shape;

typedef struct
{
  const char *p;           /* the token's bytes in the text */
  guint       len;
  gint64      start;       /* code points */
  gint64      end;
  guint       flags;       /* DsrLexFlags of the lower-cased word, period excluded */
  guint8      shape;
  guint8      punct;       /* the character, for one-byte punctuation; 0x80 for others */
  guint       sent_start : 1;
  guint       space_before : 1;
  guint       line_before : 1;
  guint       heading : 1;
  guint       dotted : 1;  /* a period belongs to the token: "Inc.", "U.S.", "J." */
  guint       domain : 1;  /* "Example.com" */
  guint       possessive : 1; /* "’s" or "'s" follows directly */
} Token;

typedef struct
{
  guint          first;    /* token indices, inclusive */
  guint          last;
  DsrEntityKind  kind;
  gboolean       person_cue;  /* a title or role stood right before it */
  gboolean       keep;
  double         margin;   /* how much the chosen kind won by */
  gboolean       country;     /* a country the gazetteers know */
  gboolean       government;  /* ... standing for its government */
} Candidate;

struct _DsrRecognizer
{
  DsrLexicon *lexicon;

  GRWLock     lock;        /* guards the two tables below */
  GHashTable *known;       /* normalised name -> DsrEntityKind + 1 */
  GHashTable *known_first; /* its first word -> longest known name in words */
  GHashTable *rejected;    /* normalised name -> itself */
  GHashTable *seen;        /* normalised name -> DsrEntityKind + 1, from other texts */
};

G_DEFINE_QUARK (dsr-recognizer-error-quark, dsr_recognizer_error)

/* Helpers */

static gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019;
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

static const char * const tlds[] = {
  "com", "org", "net", "io", "ru", "uk", "de", "gov", "edu", "info", "co", "ai", "biz",
  "ca", "fr", "eu", "us", "tv", "me", "app", "dev", NULL
};

/* After a '.', does a known top-level domain follow and end the word? */
static gsize
domain_suffix_len (const char *p)
{
  for (guint i = 0; tlds[i] != NULL; i++)
    {
      gsize len = strlen (tlds[i]);

      if (g_ascii_strncasecmp (p, tlds[i], len) == 0
          && !is_word_char (g_utf8_get_char (p + len)))
        return len;
    }

  return 0;
}

/* Lower-cases a token into buf (period excluded) for the lexicon. */
static const char *
token_key (const Token *tok,
           char        *buf,
           gsize        size)
{
  guint len = tok->len;
  g_autofree char *lower = NULL;

  if (tok->dotted && len > 1 && tok->p[len - 1] == '.')
    len--;

  for (guint i = 0; i < len; i++)
    {
      if ((guchar)tok->p[i] >= 0x80)
        {
          lower = g_utf8_strdown (tok->p, len);
          if (strlen (lower) >= size)
            return NULL;
          strcpy (buf, lower);
          return buf;
        }
    }

  if (len >= size)
    return NULL;
  for (guint i = 0; i < len; i++)
    buf[i] = g_ascii_tolower (tok->p[i]);
  buf[len] = '\0';

  return buf;
}

static Shape
word_shape (const char *p,
            guint       len,
            gboolean    dotted)
{
  const char *end = p + len;
  gunichar first = g_utf8_get_char (p);
  guint letters = 0;
  guint upper = 0;
  gboolean later_upper = FALSE;

  if (g_unichar_isdigit (first))
    return SHAPE_DIGIT;

  for (const char *q = p; q < end; q = g_utf8_next_char (q))
    {
      gunichar c = g_utf8_get_char (q);

      if (g_unichar_isalpha (c))
        {
          letters++;
          if (g_unichar_isupper (c) || g_unichar_istitle (c))
            {
              upper++;
              if (q != p)
                later_upper = TRUE;
            }
        }
    }

  if (letters == 1 && upper == 1 && dotted)
    return SHAPE_INITIAL;
  if (letters >= 2 && upper == letters)
    return SHAPE_UPPER;
  if (g_unichar_isupper (first) || g_unichar_istitle (first))
    return SHAPE_CAP;
  /* "al-Assad", "iPhone", "eBay" */
  if (later_upper)
    return SHAPE_CAP;

  return SHAPE_LOWER;
}

/* Scans one word from p; returns its end. Stops before a possessive "'s", keeps
 * "O'Brien", "Jean-Paul", "U.S.", "Example.com"; a hyphen followed by a lower-case
 * letter after a capitalised start ends the word ("Moscow-based"). */
static const char *
scan_word (const char *p,
           gboolean   *dotted,
           gboolean   *domain,
           gboolean   *possessive)
{
  const char *start = p;
  gboolean cap = g_unichar_isupper (g_utf8_get_char (p));
  guint chars = 0;

  *dotted = *domain = *possessive = FALSE;

  for (;;)
    {
      gunichar c = g_utf8_get_char (p);

      if (is_word_char (c))
        {
          p = g_utf8_next_char (p);
          chars++;
          continue;
        }

      if (chars > 0 && (c == '-' || c == 0x2010))
        {
          const char *next = g_utf8_next_char (p);
          gunichar n = g_utf8_get_char (next);

          if (!is_word_char (n))
            break;
          if (cap && g_unichar_islower (n))
            break;
          p = next;
          continue;
        }

      if (chars > 0 && is_apostrophe (c))
        {
          const char *next = g_utf8_next_char (p);
          gunichar n = g_utf8_get_char (next);

          if (!g_unichar_isalpha (n))
            break;
          if ((n == 's' || n == 'S') && !is_word_char (g_utf8_get_char (next + 1)))
            {
              *possessive = TRUE;
              break;
            }
          p = next;
          continue;
        }

      if (c == '&' && cap && p > start && g_ascii_isupper (p[-1]) && g_ascii_isupper (p[1]))
        {
          p++;
          continue;
        }

      if (c == '.')
        {
          gsize tld;

          /* "U.S.", "J.", "U.S.A." */
          if (chars == 1 && g_unichar_isalpha (g_utf8_get_char (p - 1)))
            {
              *dotted = TRUE;
              p++;
              if (g_unichar_isalpha (g_utf8_get_char (p)) && p[1] == '.')
                {
                  chars = 0;
                  continue;
                }
              break;
            }
          if (chars > 0 && (tld = domain_suffix_len (p + 1)) > 0)
            {
              *domain = TRUE;
              p += 1 + tld;
              break;
            }
        }

      break;
    }

  return p;
}

static gboolean
is_sentence_end (gunichar c)
{
  return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == ';';
}

static gboolean
is_closing (gunichar c)
{
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019
         || c == 0xBB;
}

typedef struct
{
  gint64 start;
  gint64 end;
  gboolean heading;
} Block;

static int
compare_blocks (gconstpointer a,
                gconstpointer b)
{
  const Block *x = a;
  const Block *y = b;

  return (x->start > y->start) - (x->start < y->start);
}

static GArray *
collect_blocks (GArray *spans)
{
  GArray *blocks = g_array_new (FALSE, FALSE, sizeof (Block));

  if (spans == NULL)
    return blocks;

  for (guint i = 0; i < spans->len; i++)
    {
      const DsrSpan *span = &g_array_index (spans, DsrSpan, i);
      Block block = { span->start, span->end, span->kind == DSR_SPAN_HEADING };

      if (span->kind == DSR_SPAN_HEADING || span->kind == DSR_SPAN_PARAGRAPH
          || span->kind == DSR_SPAN_BLOCKQUOTE || span->kind == DSR_SPAN_LIST_ITEM
          || span->kind == DSR_SPAN_CAPTION)
        g_array_append_val (blocks, block);
    }
  g_array_sort (blocks, compare_blocks);

  return blocks;
}

/* The dictionary lists few plurals: "superheroes" is a common word when "superhero" is. */
static guint
plural_flags (DsrLexicon *lexicon,
              char       *key)
{
  gsize len = strlen (key);
  guint flags = 0;

  if (len < 4 || key[len - 1] != 's')
    return 0;
  key[len - 1] = '\0';
  flags = _dsr_lexicon_lookup (lexicon, key);
  if (flags == 0 && key[len - 2] == 'e')
    {
      key[len - 2] = '\0';
      flags = _dsr_lexicon_lookup (lexicon, key);
      key[len - 2] = 'e';
    }
  key[len - 1] = 's';

  return (flags & LEX_LOWER) && !(flags & LEX_PROPER) ? LEX_LOWER : 0;
}

static GArray *
tokenize (DsrLexicon *lexicon,
          const char *text,
          GArray     *spans)
{
  g_autoptr(GArray) blocks = collect_blocks (spans);
  GArray *tokens = g_array_sized_new (FALSE, FALSE, sizeof (Token), 64);
  const char *p = text;
  gint64 offset = 0;
  gboolean sentence_start = TRUE;
  gboolean space = FALSE;
  gboolean line = TRUE;
  guint block = 0;
  guint heading_block = G_MAXUINT;
  char buf[MAX_KEY];

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);
      Token tok = { 0 };
      gboolean dotted, domain, possessive;

      if (g_unichar_isspace (c))
        {
          if (c == '\n')
            {
              line = TRUE;
              sentence_start = TRUE;
            }
          space = TRUE;
          p = g_utf8_next_char (p);
          offset++;
          continue;
        }

      /* Block starts begin sentences; headings are title case. */
      while (block < blocks->len && g_array_index (blocks, Block, block).start <= offset)
        {
          if (g_array_index (blocks, Block, block).heading)
            heading_block = block;
          sentence_start = TRUE;
          block++;
        }
      if (heading_block != G_MAXUINT && g_array_index (blocks, Block, heading_block).end <= offset)
        heading_block = G_MAXUINT;

      tok.p = p;
      tok.start = offset;
      tok.space_before = space;
      tok.line_before = line;
      tok.heading = heading_block != G_MAXUINT;

      if (is_word_char (c))
        {
          const char *end = scan_word (p, &dotted, &domain, &possessive);
          const char *key;

          tok.len = end - p;
          tok.dotted = dotted;
          tok.domain = domain;
          tok.possessive = possessive;
          tok.sent_start = sentence_start;
          tok.end = offset + g_utf8_strlen (p, tok.len);
          key = token_key (&tok, buf, sizeof buf);
          tok.flags = key != NULL ? _dsr_lexicon_lookup (lexicon, key) : 0;
          if (!(tok.flags & (LEX_LOWER | LEX_PROPER)) && key != NULL)
            tok.flags |= plural_flags (lexicon, buf);

          /* "Inc.", "Mr.": the period is the abbreviation's; whether it also ends the
           * sentence is decided below. */
          if (!dotted && *end == '.' && (tok.flags & LEX_ABBREV) && end - p <= 5)
            {
              tok.dotted = TRUE;
              tok.len++;
              tok.end++;
              end++;
            }
          tok.shape = word_shape (p, tok.len, tok.dotted);
          sentence_start = FALSE;

          if (tok.dotted && !domain)
            {
              /* After an initial or a title, no new sentence; after "Inc." or "U.S." one
               * may start, and the sentence-initial rules only ever trim common words. */
              if (tok.shape != SHAPE_INITIAL && !(tok.flags & LEX_TITLE))
                sentence_start = TRUE;
            }
          p = end;
          offset = tok.end;
        }
      else
        {
          tok.len = g_utf8_next_char (p) - p;
          tok.end = offset + 1;
          tok.shape = SHAPE_NONE;
          tok.punct = c < 0x80 ? (guint8)c : 0x80;
          if (c == '-' || c == 0x2013 || c == 0x2014)
            tok.punct = '-';
          if (c == 0x201C || c == 0x201D || c == 0xAB || c == 0xBB)
            tok.punct = '"';
          if (c == 0x2019 || c == 0x2018)
            tok.punct = '\'';

          if (is_sentence_end (c) || c == ':')
            sentence_start = TRUE;
          else if (!is_closing (c) && c != '"' && c != 0x201C && c != '(' && c != '['
                   && c != 0xAB && c != 0x2018 && c != '*' && c != '#' && c != '-'
                   && c != 0x2014 && c != 0x2013)
            sentence_start = FALSE;
          p = g_utf8_next_char (p);
          offset++;
        }

      g_array_append_val (tokens, tok);
      space = FALSE;
      line = FALSE;
    }

  return tokens;
}

#define TOK(i) (&g_array_index (tokens, Token, (i)))

static gboolean
is_name_shape (const Token *tok)
{
  return tok->shape == SHAPE_CAP || tok->shape == SHAPE_UPPER || tok->shape == SHAPE_INITIAL;
}

static gboolean
is_roman (const Token *tok)
{
  static const char * const numerals[] = {
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV",
    "XV", "XVI", NULL
  };

  for (guint i = 0; numerals[i] != NULL; i++)
    if (tok->len == strlen (numerals[i]) && strncmp (tok->p, numerals[i], tok->len) == 0)
      return TRUE;
  return FALSE;
}

/* Endings that mark a single unknown word as a place: "Flensburg", "Moravia",
 * "Göttingen", "Samnium", "Cumae". */
static gboolean
has_place_ending (const Token *tok)
{
  static const char * const endings[] = {
    "ia", "burg", "bourg", "stan", "shire", "ville", "polis", "grad", "pur", "abad", "sund",
    "holm", "vik", "hafen", "heim", "ingen", "hausen", "stadt", "furt", "dorf", "chester",
    "caster", "mouth", "onne", "ium", "ae", NULL
  };

  if (tok->flags & (LEX_GIVEN | LEX_SURNAME))
    return FALSE;
  for (guint i = 0; endings[i] != NULL; i++)
    {
      gsize len = strlen (endings[i]);

      if (tok->len > len + 2 && strncmp (tok->p + tok->len - len, endings[i], len) == 0)
        return TRUE;
    }
  return FALSE;
}

/* "Slavs", "Spartans", "Melanesians": peoples, not places or people. */
static gboolean
is_people_plural (const Token *tok)
{
  if (tok->flags & (LEX_GIVEN | LEX_SURNAME | LEX_COUNTRY | LEX_CITY | LEX_REGION))
    return FALSE;
  return tok->len > 4 && tok->shape == SHAPE_CAP
         && (strncmp (tok->p + tok->len - 3, "ans", 3) == 0
             || strncmp (tok->p + tok->len - 3, "ese", 3) == 0);
}

/* "Megarian colony", "Achaemenid army": an unknown word with an adjective's ending before
 * a lower-case word is an adjective of a name, not a name. */
static gboolean
is_adjective_shape (const Token *tok,
                    const Token *next)
{
  static const char * const endings[] = { "ic", "ian", "ean", "ese", "ish", "ist", "id", NULL };

  if (next == NULL || next->shape != SHAPE_LOWER || !next->space_before)
    return FALSE;
  if (tok->flags & (LEX_GIVEN | LEX_SURNAME | LEX_COUNTRY | LEX_CITY | LEX_REGION
                    | LEX_WN_PERSON | LEX_WN_ORG | LEX_WN_PLACE))
    return FALSE;
  for (guint i = 0; endings[i] != NULL; i++)
    {
      gsize len = strlen (endings[i]);

      if (tok->len > len + 2 && strncmp (tok->p + tok->len - len, endings[i], len) == 0)
        return TRUE;
    }
  return FALSE;
}

static gboolean
is_brand_shape (const Token *tok)
{
  static const char * const surname_prefixes[] = {
    "Mc", "Mac", "Di", "De", "Da", "Du", "La", "Le", "Van", "Von", "Fitz", NULL
  };
  const char *end = tok->p + tok->len;

  if (tok->shape != SHAPE_CAP || !g_ascii_isupper (tok->p[0]))
    return FALSE;
  for (guint i = 0; surname_prefixes[i] != NULL; i++)
    if (g_str_has_prefix (tok->p, surname_prefixes[i])
        && g_ascii_isupper (tok->p[strlen (surname_prefixes[i])]))
      return FALSE;
  for (const char *q = tok->p + 1; q + 1 < end; q++)
    if (g_ascii_islower (q[0]) && g_ascii_isupper (q[1]))
      return TRUE;
  return FALSE;
}

/* Is the word after a name a plain noun the name modifies? Not a role ("party leader"),
 * a title, nor an organisation's or place's word, which the name is often the owner of. */
static gboolean
modifies_noun (const Token *after)
{
  return after != NULL && after->shape == SHAPE_LOWER && after->space_before
         && (after->flags & LEX_NOUN_ONLY)
         && !(after->flags & (LEX_ROLE | LEX_TITLE | LEX_ORG_NOUN | LEX_ORG_WORD
                              | LEX_PLACE_WORD | LEX_FUNCTION | LEX_SPEECH | LEX_PERSON_VERB));
}

static gboolean
has_ending (const Token *tok,
            const char  *ending)
{
  gsize len = strlen (ending);

  return tok->len > len + 2 && strncmp (tok->p + tok->len - len, ending, len) == 0;
}

static gboolean
is_acronym_plural (const Token *tok)
{
  guint upper = 0;

  if (tok->len < 3 || tok->p[tok->len - 1] != 's')
    return FALSE;
  for (guint i = 0; i + 1 < tok->len; i++)
    {
      if (g_ascii_isupper (tok->p[i]))
        upper++;
      else if (!g_ascii_isdigit (tok->p[i]) && tok->p[i] != '-')
        return FALSE;
    }
  return upper >= 1 && (upper >= 2 || tok->len > 3);
}

/* A capitalised word that is, as far as the lists know, an ordinary word. */
static gboolean
is_common_word (const Token *tok)
{
  if (tok->flags & LEX_FUNCTION)
    return TRUE;
  return (tok->flags & LEX_LOWER)
         && !(tok->flags & (LEX_PROPER | LEX_GIVEN | LEX_SURNAME | LEX_COUNTRY | LEX_CITY
                            | LEX_REGION));
}

static gboolean
is_name_token (const Token *tok)
{
  if (!is_name_shape (tok))
    return FALSE;
  /* Headings are title case: their common words are not names. */
  if (tok->heading && is_common_word (tok) && !(tok->flags & (LEX_ORG_WORD | LEX_PLACE_WORD)))
    return FALSE;
  return TRUE;
}

static gboolean
word_is (const Token *tok,
         const char  *lower)
{
  gsize len = strlen (lower);

  return tok->shape != SHAPE_NONE && tok->len == len && g_ascii_strncasecmp (tok->p, lower, len) == 0;
}

static guint
connector_width (GArray *tokens,
                 guint   i)
{
  if ((word_is (TOK (i), "of") || word_is (TOK (i), "for")) && i + 1 < tokens->len
      && word_is (TOK (i + 1), "the"))
    return 2;
  if ((TOK (i)->flags & LEX_PARTICLE) && TOK (i)->shape == SHAPE_LOWER && i + 1 < tokens->len
      && (TOK (i + 1)->flags & LEX_PARTICLE) && TOK (i + 1)->shape == SHAPE_LOWER
      && TOK (i + 1)->space_before)
    return 2;
  return 1;
}

/* May the connector at index i join the run [first, i) to the name at i + 1? */
static gboolean
connector_joins (GArray *tokens,
                 guint   first,
                 guint   i)
{
  const Token *conn = TOK (i);
  const Token *prev = TOK (i - 1);
  const Token *head = TOK (first);
  guint next_i = i + 1;

  if (conn->space_before == FALSE && conn->shape != SHAPE_NONE)
    return FALSE;

  /* "of the"; two particles: "Plaza de las Victorias", "Puerto de la Cruz" */
  next_i += connector_width (tokens, i) - 1;
  if (next_i >= tokens->len || !is_name_token (TOK (next_i)) || TOK (next_i)->line_before)
    return FALSE;

  if (conn->punct == '&')
    return TRUE;
  if (conn->shape != SHAPE_LOWER)
    return FALSE;
  if (word_is (conn, "of"))
    return (prev->flags & (LEX_ORG_HEAD | LEX_ORG_WORD | LEX_PLACE_HEAD | LEX_PLACE_WORD
                           | LEX_EVENT))
           || (head->flags & (LEX_ORG_HEAD | LEX_PLACE_HEAD));
  if (word_is (conn, "for") || word_is (conn, "on"))
    return (prev->flags & (LEX_ORG_WORD | LEX_ORG_HEAD)) != 0;
  if (word_is (conn, "and"))
    {
      gboolean of_head = FALSE;

      /* "Ministry of Trade and Industry", but not "Ministry of Digital Affairs and
       * Larchmont Research": both sides of the "and" are common words. */
      for (guint k = first; k < i; k++)
        if (word_is (TOK (k), "of") && (TOK (first)->flags & LEX_ORG_HEAD))
          of_head = TRUE;
      return of_head && is_common_word (prev) && is_common_word (TOK (next_i))
             && (next_i + 1 >= tokens->len || !is_name_token (TOK (next_i + 1))
                 || (TOK (next_i + 1)->flags & LEX_ORG_WORD));
    }
  if (conn->flags & LEX_PARTICLE)
    return is_name_shape (prev) && !(prev->flags & LEX_TITLE);

  return FALSE;
}


/* Appends the lower-cased, space-normalised text of tokens [first, last] to key. */
static void
span_key (GArray  *tokens,
          guint    first,
          guint    last,
          GString *key)
{
  g_string_truncate (key, 0);
  for (guint i = first; i <= last; i++)
    {
      const Token *tok = TOK (i);
      g_autofree char *lower = g_utf8_strdown (tok->p, tok->len);

      if (i > first && tok->space_before)
        g_string_append_c (key, ' ');
      g_string_append (key, lower);
    }
}

static guint
phrase_flags (DsrLexicon *lexicon,
              GArray     *tokens,
              guint       first,
              guint       last,
              GString    *key)
{
  guint flags;

  if (first == last && !TOK (first)->dotted)
    return TOK (first)->flags;

  span_key (tokens, first, last, key);
  flags = _dsr_lexicon_lookup (lexicon, key->str);
  if (flags == 0 && key->len > 0 && key->str[key->len - 1] == '.')
    {
      g_string_truncate (key, key->len - 1);
      flags = _dsr_lexicon_lookup (lexicon, key->str);
    }

  return flags;
}

/* The cue flags (DsrCueFlags) of the words [first, last] as one phrase. */
static guint
phrase_cues (DsrLexicon *lexicon,
             GArray     *tokens,
             guint       first,
             guint       last,
             GString    *key)
{
  span_key (tokens, first, last, key);
  return _dsr_lexicon_cues (lexicon, key->str);
}

static const Token *
prev_word (GArray *tokens,
           guint   i)
{
  return i > 0 ? TOK (i - 1) : NULL;
}

static gboolean
completes_title (GArray *tokens,
                 guint   first)
{
  guint i = first;

  if (i > 0 && word_is (TOK (i - 1), "the"))
    i--;
  return i > 1 && word_is (TOK (i - 1), "of") && (TOK (i - 2)->flags & LEX_TITLE);
}

/* The cue flags (DsrCueFlags) of a word token; 0 for punctuation. */
static guint
token_cues (DsrLexicon  *lexicon,
            const Token *tok)
{
  char buf[MAX_KEY];
  const char *key;

  if (tok == NULL || tok->shape == SHAPE_NONE)
    return 0;
  key = token_key (tok, buf, sizeof buf);
  return key != NULL ? _dsr_lexicon_cues (lexicon, key) : 0;
}

/* The word a possessive name owns: "boss" in "Vantor's boss". */
static const Token *
owned_word (GArray          *tokens,
            const Candidate *cand)
{
  guint i = cand->last + 3;

  if (!TOK (cand->last)->possessive || i >= tokens->len || TOK (i)->shape != SHAPE_LOWER)
    return NULL;
  return TOK (i);
}

/* Do the words after the name [.., last] make it a company's: "Vantor shares", "a Vantor
 * spokeswoman", "Vantor's shareholders"? After a common word ("Apple", but also "Tech
 * shares fell") only a company's people count: "Apple CEO Tim Cook". */
static gboolean
org_cue_after (DsrLexicon *lexicon,
               GArray     *tokens,
               guint       last)
{
  const Token *next = last + 1 < tokens->len ? TOK (last + 1) : NULL;

  if (TOK (last)->possessive)
    return last + 3 < tokens->len && TOK (last + 3)->shape == SHAPE_LOWER
           && (token_cues (lexicon, TOK (last + 3)) & CUE_ORG_OWNS);
  return next != NULL && next->space_before && (token_cues (lexicon, next) & CUE_ORG_AFTER)
         && (!is_common_word (TOK (last)) || (next->flags & (LEX_TITLE | LEX_ROLE)));
}

/* Is the word at i a past participle or a past tense ("imposed", "integrated")? */
static gboolean
is_past_form (GArray *tokens,
              guint   i)
{
  const Token *tok = i < tokens->len ? TOK (i) : NULL;

  return tok != NULL && tok->shape == SHAPE_LOWER && tok->len > 4
         && strncmp (tok->p + tok->len - 2, "ed", 2) == 0 && (tok->flags & LEX_LOWER);
}

/* Does the country (or the city) named by cand act, as a government does? Only verbs of its own
 * count ("Russia announced", "France has imposed", "Norway would have to", "Chile found
 * itself"), or being what wars, talks and measures are with or against ("sanctions
 * against Russia", "war by Venice", "talks with Norway"). A possessive ("by Canada's
 * regulator") names the owner of what follows, and a region of the world never
 * governs. */
static gboolean
acts_as_government (DsrLexicon      *lexicon,
                    GArray          *tokens,
                    const Candidate *cand,
                    GString         *key)
{
  static const char * const auxiliaries[] = {
    "doesn't", "didn't", "won't", "wants", "refuses", "plans", "insists", "agrees",
    "demands", "threatens", "accuses", "rejects", "imposes", "signs", "recognises",
    "recognizes", NULL
  };
  guint next = cand->last + 1;
  const Token *after = next < tokens->len ? TOK (next) : NULL;
  guint b = cand->first;
  const Token *before;
  guint after_cues;
  gboolean city = !cand->country;

  if ((phrase_cues (lexicon, tokens, cand->first, cand->last, key) & CUE_WORLD_REGION)
      || TOK (cand->last)->possessive)
    return FALSE;

  /* "war with the United States", "blame on both Germany and Austria" */
  if (b > 0 && (word_is (TOK (b - 1), "the") || word_is (TOK (b - 1), "both")))
    b--;
  before = b > 0 ? TOK (b - 1) : NULL;
  if (before != NULL && !city && (word_is (before, "against") || word_is (before, "by")))
    return TRUE;
  if (before != NULL && b > 1 && before->shape == SHAPE_LOWER
      && (word_is (before, "with") || word_is (before, "on") || word_is (before, "to")
          || word_is (before, "of"))
      && (token_cues (lexicon, TOK (b - 2)) & CUE_DIPLOMACY))
    return TRUE;

  if (after == NULL || after->shape != SHAPE_LOWER)
    return FALSE;
  /* "the war in Syria continued": the verb is another subject's. */
  if (before != NULL && before->shape == SHAPE_LOWER
      && ((before->flags & (LEX_PLACE_PREP | LEX_WEAK_PREP | LEX_ORG_PREP))
          || word_is (before, "of") || word_is (before, "on")))
    return FALSE;
  if (after->flags & LEX_SPEECH)
    return TRUE;
  /* Of the verbs after it, a city acts only by what it says and what it does to itself:
   * "Moscow said", "Sparta established itself"; "Lyon hosted" is the place. */
  if (city)
    return next + 1 < tokens->len && word_is (TOK (next + 1), "itself");
  for (guint i = 0; auxiliaries[i] != NULL; i++)
    if (word_is (after, auxiliaries[i]))
      return TRUE;
  if (is_past_form (tokens, next))
    return TRUE;

  /* "Spain had expelled", "Chile was defeated", "Norway would have to" */
  after_cues = token_cues (lexicon, after);
  if (next + 1 < tokens->len && (word_is (TOK (next + 1), "not") || word_is (TOK (next + 1), "also")
                                 || word_is (TOK (next + 1), "never")))
    next++;
  if ((after_cues & CUE_AUXILIARY) && is_past_form (tokens, next + 1))
    return TRUE;
  if ((after_cues & CUE_MODAL) && next + 1 < tokens->len && TOK (next + 1)->shape == SHAPE_LOWER
      && !word_is (TOK (next + 1), "be"))
    return TRUE;
  /* "Chile found itself" */
  return next + 1 < tokens->len && word_is (TOK (next + 1), "itself");
}

/* "the carmaker Tesla", "companies such as Spotify", "firms like Uber, Slack and Vine":
 * a lower-case noun for organisations introduces the name. */
static gboolean
follows_org_noun (GArray *tokens,
                  guint   first)
{
  guint i = first;

  if (i == 0)
    return FALSE;
  if (word_is (TOK (i - 1), "like") || word_is (TOK (i - 1), "including"))
    i--;
  else if (i > 1 && word_is (TOK (i - 2), "such") && word_is (TOK (i - 1), "as"))
    i -= 2;
  if (i > 0 && TOK (i - 1)->punct == ',')
    i--;
  return i > 0 && TOK (i - 1)->shape == SHAPE_LOWER && (TOK (i - 1)->flags & LEX_ORG_NOUN);
}

/* Is the name at first introduced as the title of a work or as a word ("the album Over
 * My Head", "the name “Caribbean”")? */
static gboolean
names_a_work (GArray *tokens,
              guint   first)
{
  static const char * const works[] = {
    "song", "album", "single", "film", "movie", "novel", "book", "play", "opera", "musical",
    "series", "programme", "program", "episode", "painting", "poem", "word", "term", "name",
    "titled", "entitled", "track", "sitcom", "documentary", "hit", NULL
  };
  guint i = first;

  while (i > 0 && (TOK (i - 1)->punct == '"' || TOK (i - 1)->punct == '\''
                   || TOK (i - 1)->punct == ','))
    i--;
  if (i == 0 || TOK (i - 1)->shape != SHAPE_LOWER)
    return FALSE;
  for (guint w = 0; works[w] != NULL; w++)
    if (word_is (TOK (i - 1), works[w]))
      return TRUE;
  return FALSE;
}

/* "South Korean", "San Franciscans", "New Yorkers": a people's word after place heads. */
static gboolean
is_compound_demonym (GArray          *tokens,
                     const Candidate *cand)
{
  const Token *last = TOK (cand->last);

  if (!(last->flags & (LEX_DEMONYM | LEX_WN_PEOPLE)) && !is_people_plural (last))
    return FALSE;
  for (guint i = cand->first; i < cand->last; i++)
    if (!(TOK (i)->flags & LEX_PLACE_HEAD))
      return FALSE;
  return TRUE;
}

/* The head noun of a description right after a name: "Vantor, the Oslo-based
 * carmaker", "Vantor has become the largest Nordic insurer", "Okafor, the company's
 * chief analyst", "Sandfly, the espionage toolkit that ...". NULL when none follows. */
static const Token *
description_head (GArray *tokens,
                  guint   last)
{
  guint i = last + 1;
  const Token *head = NULL;

  if (i + 1 >= tokens->len)
    return NULL;
  if (TOK (i)->punct == ',' || word_is (TOK (i), "is") || word_is (TOK (i), "was")
      || word_is (TOK (i), "became"))
    i++;
  else if (word_is (TOK (i), "has") && word_is (TOK (i + 1), "become"))
    i += 2;
  else
    return NULL;
  if (i >= tokens->len || TOK (i)->shape != SHAPE_LOWER
      || !(word_is (TOK (i), "a") || word_is (TOK (i), "an") || word_is (TOK (i), "the")))
    return NULL;

  for (guint n = 0; ++i < tokens->len && n < 6; n++)
    {
      const Token *tok = TOK (i);

      if (tok->shape == SHAPE_LOWER && tok->possessive)
        {
          /* "the company's chief analyst": the owner is not the head */
          head = NULL;
          i += 2;
        }
      else if (tok->shape == SHAPE_LOWER
               && !(tok->flags & (LEX_FUNCTION | LEX_SPEECH | LEX_PERSON_VERB)))
        head = tok;
      else if (!(tok->shape == SHAPE_DIGIT || tok->punct == '-'
                 || (tok->shape == SHAPE_CAP
                     && (tok->flags & (LEX_DEMONYM | LEX_COUNTRY | LEX_CITY | LEX_REGION)))))
        break;
    }

  return head;
}

/* "Okafor, 41," or "Okafor, now 41,": an age follows a person's name. */
static gboolean
age_follows (GArray *tokens,
             guint   last)
{
  guint i = last + 2;

  if (i >= tokens->len || TOK (last + 1)->punct != ',')
    return FALSE;
  if (word_is (TOK (i), "now") || word_is (TOK (i), "aged"))
    i++;
  return i + 1 < tokens->len && TOK (i)->shape == SHAPE_DIGIT && TOK (i)->len <= 3
         && (TOK (i + 1)->punct == ',' || TOK (i + 1)->punct == ')');
}

/* Is tok a title in the plural: "the kings of Gezer"? */
static gboolean
is_title_plural (DsrLexicon  *lexicon,
                 const Token *tok)
{
  char buf[MAX_KEY];
  const char *key;
  gsize len;

  if (tok == NULL || tok->shape != SHAPE_LOWER || (key = token_key (tok, buf, sizeof buf)) == NULL)
    return FALSE;
  len = strlen (key);
  if (len < 4 || key[len - 1] != 's')
    return FALSE;
  buf[len - 1] = '\0';
  return (_dsr_lexicon_lookup (lexicon, buf) & LEX_TITLE) != 0;
}

/* WordNet's kinds for a word or phrase: strong when it knows one kind only. */
static void
wordnet_evidence (guint   flags,
                  double *person,
                  double *org,
                  double *place)
{
  guint kinds = !!(flags & LEX_WN_PERSON) + !!(flags & LEX_WN_ORG) + !!(flags & LEX_WN_PLACE);
  double weight;

  if (kinds == 0)
    return;
  weight = kinds == 1 ? WORDNET_WEIGHT : WORDNET_WEIGHT / 2;
  if (flags & LEX_WN_PERSON)
    *person += weight;
  if (flags & LEX_WN_ORG)
    *org += weight;
  if (flags & LEX_WN_PLACE)
    *place += weight;
}

/* Weighs the cues for one candidate; returns FALSE when it is no entity at all. */
static gboolean
classify (DsrLexicon *lexicon,
          GArray     *tokens,
          Candidate  *cand,
          GString    *key)
{
  const Token *first = TOK (cand->first);
  const Token *last = TOK (cand->last);
  const Token *before = prev_word (tokens, cand->first);
  const Token *before2 = cand->first > 1 ? TOK (cand->first - 2) : NULL;
  const Token *after = cand->last + 1 < tokens->len ? TOK (cand->last + 1) : NULL;
  const Token *after2 = cand->last + 2 < tokens->len ? TOK (cand->last + 2) : NULL;
  guint n_words = 0;
  guint n_common = 0;
  gboolean has_of = FALSE;
  guint whole = phrase_flags (lexicon, tokens, cand->first, cand->last, key);
  gboolean introduced_as_org = follows_org_noun (tokens, cand->first);
  gboolean gazetteer;
  gboolean aged = age_follows (tokens, cand->last);
  const Token *owned = owned_word (tokens, cand);
  const Token *head = description_head (tokens, cand->last);
  gboolean org_cued = org_cue_after (lexicon, tokens, cand->last);
  double person = 0, org = 0, place = 0;
  double best, second;

  for (guint i = cand->first; i <= cand->last; i++)
    {
      const Token *tok = TOK (i);

      if (is_name_shape (tok))
        {
          n_words++;
          if (is_common_word (tok) && !(tok->flags & (LEX_ORG_WORD | LEX_PLACE_WORD)))
            n_common++;
        }
      else if (word_is (tok, "of"))
        has_of = TRUE;
      if (tok->shape == SHAPE_INITIAL)
        person += 2;
      if (tok->domain)
        org += 6;
      if (i > cand->first && i < cand->last && (tok->flags & LEX_PARTICLE)
          && tok->shape == SHAPE_LOWER)
        person += 1;
    }

  if (n_words == 0)
    return FALSE;

  /* Nationalities, months, pronouns: not entities. The demonyms made by rule from country
   * names include a few given names ("Francis"), which stay names. */
  if (n_words == 1 && (whole & LEX_NOT_NAME) && !(whole & (LEX_COUNTRY | LEX_CITY)))
    return FALSE;
  if (n_words == 1 && (whole & LEX_DEMONYM)
      && !(whole & (LEX_COUNTRY | LEX_CITY | LEX_GIVEN | LEX_WN_PERSON)))
    return FALSE;
  if (n_words == 1 && (whole & LEX_FUNCTION))
    return FALSE;
  if (n_words > 1 && (is_compound_demonym (tokens, cand)
                      || ((whole & LEX_DEMONYM) && !(whole & (LEX_COUNTRY | LEX_CITY)))))
    return FALSE;
  if (n_words == 1 && is_adjective_shape (first, after))
    return FALSE;
  /* "the Romanov monarchy", "a Twitter feed": a name before a plain noun modifies it.
   * Acronyms ("CNN reporters"), names ending in an organisation's or place's word and
   * names WordNet knows keep their own weight. */
  if (modifies_noun (after) && first->shape != SHAPE_UPPER
      && !(last->flags & (LEX_ORG_WORD | LEX_PLACE_WORD))
      && !(whole & (LEX_COUNTRY | LEX_CITY | LEX_REGION | LEX_WN_PERSON | LEX_WN_ORG
                    | LEX_WN_PLACE)))
    return FALSE;
  /* "a Mediterranean climate", "Arctic waters": a region of the world before a plain
   * noun is its adjective. */
  if (modifies_noun (after) && (whole & LEX_COUNTRY)
      && (phrase_cues (lexicon, tokens, cand->first, cand->last, key) & CUE_WORLD_REGION))
    return FALSE;
  /* "the London conference", "the Caribbean region": the article belongs to the noun. */
  if (modifies_noun (after) && before != NULL && word_is (before, "the")
      && first->shape != SHAPE_UPPER && !(last->flags & (LEX_ORG_WORD | LEX_PLACE_WORD))
      && !(whole & (LEX_WN_ORG | LEX_WN_PERSON)))
    return FALSE;
  /* "Marxism", "Romanization": doctrines and processes, not names. */
  if (n_words == 1 && !(whole & (LEX_GIVEN | LEX_SURNAME | LEX_WN_PERSON))
      && (has_ending (first, "ism") || has_ending (first, "isms") || has_ending (first, "ization")
          || has_ending (first, "isation")))
    return FALSE;
  /* "GIFs", "ATMs", "MPs": a plural of an abbreviation names a kind of thing. */
  if (n_words == 1 && is_acronym_plural (first))
    return FALSE;
  /* "year III", "Part IV": a numeral alone names nothing. */
  if (n_words == 1 && first->len >= 2 && is_roman (first))
    return FALSE;
  if (n_words == 1 && (first->flags & LEX_TITLE) && !(first->flags & (LEX_ORG_WORD)))
    return FALSE;
  /* "Minister of State", "Secretary of the Interior": the common word completes the
   * title. */
  if (n_words == 1 && is_common_word (first) && completes_title (tokens, cand->first))
    return FALSE;
  /* "Holy Roman Emperor", "Attorney General": a title, whoever holds it. */
  if (n_words > 1 && (last->flags & LEX_TITLE) && !has_of
      && !(last->flags & (LEX_ORG_WORD | LEX_PLACE_WORD | LEX_GIVEN | LEX_SURNAME)))
    return FALSE;

  /* "the Democrats", "Tories": a party named by its members. */
  if (whole & LEX_PARTY)
    {
      cand->kind = DSR_ENTITY_ORG;
      cand->margin = 2;
      return TRUE;
    }

  /* A people ("Slavs", "Bantu") is not a name, unless something else says it is. */
  if (n_words == 1 && (whole & LEX_WN_PEOPLE)
      && !(whole & (LEX_WN_PERSON | LEX_WN_ORG | LEX_WN_PLACE | LEX_COUNTRY | LEX_CITY
                    | LEX_REGION | LEX_GIVEN)))
    return FALSE;

  /* Inside the name */
  gazetteer = (whole & (LEX_COUNTRY | LEX_CITY | LEX_REGION)) != 0;
  wordnet_evidence (whole, &person, &org, &place);
  /* "Plaza Mayor", "Punta Arenas", "Villa Borghese": a foreign word for a square, a
   * cape or a house opens a place's name, whatever particles follow. */
  if (n_words > 1 && (token_cues (lexicon, first) & CUE_PLACE_HEAD) && !(first->flags & LEX_GIVEN))
    place += 5;
  if (whole & (LEX_COUNTRY | LEX_CITY | LEX_REGION))
    place += 5;
  if ((last->flags & LEX_ORG_WORD) && !(whole & (LEX_COUNTRY | LEX_CITY)))
    org += n_words > 1 ? 5 : 2.5;
  if ((last->flags & LEX_ORG_SUFFIX) && last->dotted)
    org += 3;
  if (has_of && (first->flags & LEX_ORG_HEAD))
    org += 4;
  if ((last->flags & LEX_PLACE_WORD) && n_words > 1)
    place += 6;
  if (has_of && (first->flags & LEX_PLACE_HEAD))
    place += 4;
  if ((first->flags & LEX_PLACE_HEAD) && n_words > 1 && !has_of)
    place += 1.5;
  /* "Lower Austria", "New France", "Achaemenid Persia": a part or a form of a place. */
  if (n_words > 1 && !has_of && (first->flags & (LEX_PLACE_HEAD | LEX_DEMONYM))
      && (last->flags & (LEX_COUNTRY | LEX_REGION | LEX_CITY | LEX_WN_PLACE))
      && !(last->flags & LEX_ORG_WORD))
    place += 4;
  if (n_words == 1 && first->shape == SHAPE_UPPER && !(whole & (LEX_COUNTRY | LEX_CITY)))
    org += 3;
  if (n_words > 1 && is_roman (last))
    person += 3;
  if (n_words == 1 && !(whole & (LEX_COUNTRY | LEX_CITY | LEX_REGION)) && is_people_plural (first))
    return FALSE;
  if (n_words == 1 && has_place_ending (first))
    place += 1.5;
  if (first->flags & LEX_GIVEN)
    person += n_words > 1 ? 3 : 1.5;
  if (n_words > 1 && (last->flags & LEX_SURNAME))
    person += 1.5;
  if (n_words >= 2 && n_words <= 3 && n_common == 0)
    person += 1;
  if (n_words > 1 && n_common > 0)
    org += 1.5;
  if (n_words >= 4)
    org += 1;
  if (n_words == 1 && is_common_word (first))
    org += 0.5;
  if (n_words == 1 && !is_common_word (first))
    person += 0.5;

  /* Before it */
  /* A title right before one word settles it, even a city's name ("Lord Durham",
   * "Senator Lincoln"); a country's name keeps the usual weight. */
  if (cand->person_cue)
    person += n_words == 1 && !(whole & LEX_COUNTRY) ? 12 : 6;
  if (before != NULL && before->shape == SHAPE_LOWER)
    {
      if (before->flags & (LEX_ROLE | LEX_TITLE))
        person += 3;
    }
  /* A preposition before a possessive governs what the name owns: "at Okafor's house". */
  if (before != NULL && before->shape == SHAPE_LOWER && !last->possessive)
    {
      if (before->flags & LEX_PLACE_PREP)
        place += 2;
      if (before->flags & LEX_WEAK_PREP)
        place += 1;
      if (before->flags & LEX_ORG_PREP)
        org += 0.7;
      if (word_is (before, "by"))
        person += 0.5;
    }
  /* "the town of Husum", "the capital of Varnholt" */
  if (before != NULL && word_is (before, "of") && before2 != NULL
      && before2->shape == SHAPE_LOWER && (before2->flags & LEX_PLACE_PREP))
    place += 2;
  /* "ExxonMobil", "YouTube": a capital inside a word marks a brand; "McDonald",
   * "DiCaprio" and "LaBeouf" are surnames. */
  if (n_words == 1 && is_brand_shape (first))
    org += 2;
  /* "Duke of Cumberland", "the mayor of Saint-Gaudens": a title's domain. */
  if (before != NULL && word_is (before, "of") && before2 != NULL
      && ((before2->flags & LEX_TITLE) || is_title_plural (lexicon, before2))
      && !is_common_word (first))
    place += 3;
  /* "a stake in Vantor", "the founder of Vantor", "shares of Vantor" */
  if (before != NULL && before2 != NULL && !gazetteer && !last->possessive
      && (word_is (before, "of") || word_is (before, "at") || word_is (before, "for")
          || (word_is (before, "in") && (token_cues (lexicon, before2) & CUE_ORG_OWNS)))
      && (token_cues (lexicon, before2) & CUE_ORG_OF))
    org += 4;
  if (introduced_as_org)
    org += 3;
  /* "the Danevirke", "the Schlei": one unknown word after "the" is more often a place
   * (a river, a region, a wall) than an institution; longer names are more often
   * institutions ("the Kestrel Agency"). */
  if (before != NULL && (word_is (before, "the") || word_is (before, "its")))
    {
      person -= 3;
      /* ... unless a lower-case word follows that it describes ("the Sandfly report",
       * "the Kestrel toolkit"): then it names the thing's maker or kind, not a place. */
      if (n_words == 1 && word_is (before, "the")
          && !(after != NULL && after->shape == SHAPE_LOWER && after->space_before
               && !(after->flags & (LEX_FUNCTION | LEX_SPEECH | LEX_PERSON_VERB))))
        place += 1.2;
      else
        org += 1;
    }
  if (before != NULL && before->punct == '\'' && !before->space_before && before2 != NULL
      && before2->shape != SHAPE_NONE)
    person += 0; /* "Belozar's" is handled by possessive */
  /* "Toronto, Ontario", but not "in Ontario, Okafor said" */
  if (before != NULL && before->punct == ',' && before2 != NULL
      && (before2->flags & (LEX_CITY | LEX_REGION | LEX_COUNTRY)) && n_words == 1
      && !(after != NULL && after->shape == SHAPE_LOWER))
    place += 2;

  /* After it */
  if (after != NULL)
    {
      if (after->punct == '-' && !after->space_before && after2 != NULL
          && (word_is (after2, "based") || word_is (after2, "born")
              || word_is (after2, "headquartered")))
        place += 5;
      if (after->shape == SHAPE_LOWER && (after->flags & LEX_SPEECH))
        person += 1.5;
      if (after->shape == SHAPE_LOWER && (after->flags & LEX_PERSON_VERB))
        person += 1;
      if (after->punct == ',' && after2 != NULL && word_is (after2, "who"))
        person += 2;
      if (after->punct == ',' && after2 != NULL && (after2->flags & LEX_ROLE)
          && after2->shape == SHAPE_LOWER)
        person += 1;
      if (after->punct == '(' && after2 != NULL && after2->shape == SHAPE_UPPER)
        org += 3;
      if (after->punct == ',' && after2 != NULL && (after2->flags & (LEX_COUNTRY | LEX_REGION))
          && (whole & LEX_PROPER))
        place += 2;   /* "Ottawa, Canada" */
    }
  /* "a Vantor spokeswoman", "Vantor CEO Ana Lima", "Vantor's shareholders"; "Okafor's
   * brother" */
  if (org_cued && !gazetteer)
    org += 4;
  if (owned != NULL && !gazetteer && (token_cues (lexicon, owned) & CUE_KIN))
    person += 3;
  if (aged)
    person += 3;
  /* What a description after the name calls it settles most doubts: "Okafor, a former
   * analyst", "Vantor, the Oslo-based carmaker", "Varna, the port city". */
  if (head != NULL && (head->flags & LEX_ROLE))
    person += 6;
  else if (head != NULL && (head->flags & LEX_ORG_NOUN))
    org += 6;
  else if (head != NULL && (head->flags & LEX_PLACE_PREP) && (head->flags & LEX_NOUN_ONLY))
    place += 6;
  /* "Sandfly, the espionage toolkit": a thing made, not a maker or a place. */
  if (head != NULL && !(head->flags & (LEX_ROLE | LEX_ORG_NOUN)) && !gazetteer
      && !cand->person_cue && (token_cues (lexicon, head) & CUE_THING))
    {
      cand->kind = DSR_ENTITY_OTHER;
      cand->margin = STRONG_MARGIN;
      return TRUE;
    }

  /* Works and words: "the song Geronimo", "the film “Looper”", "the term Antillas". */
  if (names_a_work (tokens, cand->first))
    {
      cand->kind = DSR_ENTITY_OTHER;
      cand->margin = 1;
      return TRUE;
    }

  /* Events and works: "Second World War", "The Muppets", "New Testament". Kept as
   * "other"; a lone common word ("Church", "Government") names nothing in particular. */
  if (((last->flags & LEX_EVENT) || (has_of && (first->flags & LEX_EVENT)))
      && (n_words > 1 || !(whole & (LEX_GIVEN | LEX_SURNAME | LEX_WN_PERSON | LEX_WN_ORG
                                    | LEX_WN_PLACE | LEX_REGION)))
      && !(whole & (LEX_COUNTRY | LEX_CITY)))
    {
      cand->kind = DSR_ENTITY_OTHER;
      cand->margin = 1;
      return TRUE;
    }
  if (n_words > 1 && first->shape == SHAPE_CAP && !first->sent_start && !first->heading
      && (word_is (first, "the") || word_is (first, "a"))
      && !(last->flags & (LEX_ORG_WORD | LEX_PLACE_WORD)) && !(whole & LEX_COUNTRY))
    {
      cand->kind = DSR_ENTITY_OTHER;
      cand->margin = 1;
      return TRUE;
    }
  /* "the Senate", "the Allies": a common word capitalised in mid-sentence after "the"
   * is the name of the one institution the reader knows. */
  if (n_words == 1 && first->shape == SHAPE_CAP && !first->sent_start && !first->heading
      && before != NULL && word_is (before, "the") && (whole & LEX_WN_ORG)
      && !(whole & (LEX_WN_PLACE | LEX_WN_PERSON | LEX_COUNTRY | LEX_CITY | LEX_REGION)))
    {
      cand->kind = DSR_ENTITY_ORG;
      cand->margin = 1;
      return TRUE;
    }
  /* "report to the House", "the Bank has shown": an institution's common word alone says
   * too little of which one it is, and is no place. */
  if (n_words == 1 && before != NULL && word_is (before, "the") && (first->flags & LEX_LOWER)
      && (first->flags & (LEX_ORG_WORD | LEX_ORG_HEAD))
      && !(whole & (LEX_WN_ORG | LEX_COUNTRY | LEX_CITY | LEX_REGION)))
    return FALSE;
  if (n_words == n_common && !introduced_as_org && !aged && !org_cued
      && !(last->flags & (LEX_ORG_WORD | LEX_PLACE_WORD))
      && !(has_of && (first->flags & (LEX_ORG_HEAD | LEX_PLACE_HEAD))) && !cand->person_cue
      && first->shape != SHAPE_UPPER)
    {
      if (n_words == 1)
        return FALSE;
      cand->kind = DSR_ENTITY_OTHER;
      cand->margin = 1;
      return TRUE;
    }
  if (n_words == 1 && (first->flags & LEX_ORG_WORD) && (first->flags & LEX_LOWER)
      && first->shape == SHAPE_CAP)
    return FALSE;

  /* A country that acts is its government: "Russia announced", "sanctions against
   * Russia". The corpus conventions (and the reader) type it as an organisation. */
  cand->country = (whole & LEX_COUNTRY) != 0;
  if ((cand->country || (n_words == 1 && (whole & LEX_CITY)))
      && acts_as_government (lexicon, tokens, cand, key))
    {
      cand->kind = DSR_ENTITY_ORG;
      cand->margin = 2;
      cand->government = TRUE;
      return TRUE;
    }

  best = MAX (person, MAX (org, place));
  if (person == best && (n_words <= 3 || (org < best && place < best)))
    cand->kind = DSR_ENTITY_PERSON;
  else if (org == best)
    cand->kind = DSR_ENTITY_ORG;
  else
    cand->kind = DSR_ENTITY_PLACE;

  if (cand->kind == DSR_ENTITY_PERSON)
    second = MAX (org, place);
  else if (cand->kind == DSR_ENTITY_ORG)
    second = MAX (person, place);
  else
    second = MAX (person, org);
  cand->margin = best - second;

  /* A lone common word with no evidence ("Parliament", "Wednesday" slipped through) is
   * too weak to suggest. */
  if (n_words == 1 && is_common_word (first) && best < 1.5)
    return FALSE;
  if (best <= 0 && n_words == 1 && first->shape == SHAPE_CAP && (first->flags & LEX_LOWER))
    return FALSE;

  return TRUE;
}

static void
add_candidate (GArray    *cands,
               guint      first,
               guint      last,
               gboolean   person_cue)
{
  Candidate cand = { first, last, DSR_ENTITY_OTHER, person_cue, TRUE, 0, FALSE, FALSE };

  g_array_append_val (cands, cand);
}

/* Does the adjective at first ("Russian", "Catholic") belong to the organisation or
 * place the run [first, last] names? It does before an organisation's or a place's word:
 * "Catholic Church", "Russian Academy of Sciences", "Ottoman Empire". */
static gboolean
adjective_in_name (GArray *tokens,
                   guint   first,
                   guint   last)
{
  if (first >= last)
    return FALSE;
  return (TOK (last)->flags & (LEX_ORG_WORD | LEX_PLACE_WORD))
         || (TOK (first + 1)->flags & (LEX_ORG_WORD | LEX_ORG_HEAD | LEX_PLACE_WORD));
}

/* "North Korea", "Lower Austria": a common word that heads a known place. */
static gboolean
heads_place (GArray *tokens,
             guint   first,
             guint   last)
{
  return first < last && (TOK (first)->flags & LEX_PLACE_HEAD)
         && (TOK (first + 1)->flags & (LEX_COUNTRY | LEX_REGION | LEX_CITY | LEX_WN_PLACE));
}

/* Is the one word [first, last] the subject of a verb people do: "Wright has",
 * "Blunt starred", "Cotton was"? */
static gboolean
verb_follows (GArray *tokens,
              guint   first,
              guint   last)
{
  const Token *next = last + 1 < tokens->len ? TOK (last + 1) : NULL;

  if (first != last || next == NULL || next->shape != SHAPE_LOWER)
    return FALSE;
  return (next->flags & (LEX_SPEECH | LEX_PERSON_VERB)) || word_is (next, "has")
         || word_is (next, "is");
}

/* The lexicon's flags for the words [first, last] as one phrase. */
static guint
known_name_flags (DsrLexicon *lexicon,
                  GArray     *tokens,
                  guint       first,
                  guint       last)
{
  char buf[MAX_KEY];
  gsize len = 0;

  if (first >= last)
    return 0;
  for (guint i = first; i <= last; i++)
    {
      const char *key = token_key (TOK (i), buf + len, sizeof buf - len - 1);

      if (key == NULL)
        return 0;
      len += strlen (key);
      if (i < last)
        buf[len++] = ' ';
    }
  return _dsr_lexicon_lookup (lexicon, buf);
}

/* "Amnesty International", "Pearl Harbor": a name the gazetteers know whole, though it
 * opens with a common word. */
static gboolean
is_known_name (DsrLexicon *lexicon,
               GArray     *tokens,
               guint       first,
               guint       last)
{
  return (known_name_flags (lexicon, tokens, first, last)
          & (LEX_WN_ORG | LEX_WN_PLACE | LEX_WN_PERSON | LEX_COUNTRY | LEX_CITY | LEX_REGION)) != 0;
}

/* "United States of America", "Bank of England": a place or an organisation known whole.
 * People's names with "of" ("Duke of York") keep the title outside. */
static gboolean
is_known_place_or_org (DsrLexicon *lexicon,
                       GArray     *tokens,
                       guint       first,
                       guint       last)
{
  guint flags = known_name_flags (lexicon, tokens, first, last);

  return (flags & (LEX_WN_ORG | LEX_WN_PLACE | LEX_COUNTRY | LEX_CITY | LEX_REGION))
         && !(flags & LEX_WN_PERSON);
}

/* "Northern Algeria" is Algeria in the north: a direction before a country or region is
 * no part of its name, unless the gazetteers know the whole ("North Korea"). */
static gboolean
direction_outside (DsrLexicon *lexicon,
                   GArray     *tokens,
                   guint       first,
                   guint       last)
{
  return (TOK (first + 1)->flags & (LEX_COUNTRY | LEX_REGION)) && first + 1 == last
         && !is_known_name (lexicon, tokens, first, last);
}

/* Trims a segment's ends and drops what is not a name; appends what is left. */
static void
add_segment (DsrLexicon *lexicon,
             GArray     *tokens,
             GArray     *cands,
             guint       first,
             guint       last,
             gboolean    person_cue)
{
  /* Sentence-initial common words: "The", "When", "Security". A word that is also a
   * name in the dictionary ("Cotton") stays when a verb follows it. */
  while (first <= last)
    {
      const Token *tok = TOK (first);
      gboolean initial = tok->sent_start || tok->heading;

      if (!is_name_shape (tok))
        first++;
      else if (tok->flags & LEX_PARTY)
        break;
      else if ((tok->flags & LEX_NOT_NAME) && !(tok->flags & (LEX_COUNTRY | LEX_CITY))
               && !((tok->flags & LEX_PLACE_HEAD) && first < last
                    && !direction_outside (lexicon, tokens, first, last))
               && !adjective_in_name (tokens, first, last))
        first++;
      else if (initial && (tok->flags & LEX_FUNCTION) && !(tok->flags & LEX_COUNTRY))
        first++;
      else if (initial && tok->shape == SHAPE_CAP && is_common_word (tok)
               && !heads_place (tokens, first, last)
               && !is_known_name (lexicon, tokens, first, last)
               && !(first < last && (TOK (last)->flags & LEX_ORG_WORD))
               && !((tok->flags & LEX_WN_PERSON) && verb_follows (tokens, first, last))
               && !(first == last && org_cue_after (lexicon, tokens, last)))
        first++;
      /* Short unknown words opening a sentence are mostly function words of a language
       * the dictionary does not cover ("Об", "На"). */
      else if (initial && first == last && tok->shape == SHAPE_CAP && tok->flags == 0
               && tok->end - tok->start <= 3)
        first++;
      else if (initial && first == last && tok->shape == SHAPE_CAP && (tok->flags & LEX_LOWER)
               && !(tok->flags & (LEX_COUNTRY | LEX_CITY | LEX_REGION)))
        {
          if (verb_follows (tokens, first, last) || org_cue_after (lexicon, tokens, last))
            break;
          first++;
        }
      else
        break;
    }

  while (last >= first && last > 0)
    {
      const Token *tok = TOK (last);

      if (last > first && is_roman (tok))
        break;
      if (!is_name_shape (tok) || ((tok->flags & LEX_NOT_NAME)
                                   && !(tok->flags & (LEX_COUNTRY | LEX_CITY))))
        last--;
      else
        break;
    }

  if (first > last || first >= tokens->len)
    return;

  /* "Russian hackers" is lower case; "Russian Orthodox" without a head is a
   * nationality; "Russian Federation" is in the gazetteer and kept whole. */
  /* "Scotsman James Watt": a member of a people before a name is no part of it. */
  while (first < last && (TOK (first)->flags & (LEX_DEMONYM | LEX_WN_PEOPLE))
         && !(TOK (first)->flags & LEX_GIVEN) && !adjective_in_name (tokens, first, last))
    first++;

  add_candidate (cands, first, last, person_cue);
}

/* Cuts a run of name tokens at titles: "Russian President Vladimir Putin" becomes
 * "Russian" and "Vladimir Putin" (the second with a person cue). A run ending in an
 * organisation or place word ("General Motors", "Supreme Court") is not cut ... */
static void
split_run (DsrLexicon *lexicon,
           GArray     *tokens,
           GArray     *cands,
           guint       first,
           guint       last,
           gboolean    person_cue)
{
  guint seg = first;

  /* ... nor is a place or an organisation the gazetteers know whole: "Saint Lucia". */
  if ((TOK (last)->flags & (LEX_ORG_WORD | LEX_PLACE_WORD))
      || is_known_place_or_org (lexicon, tokens, first, last))
    {
      add_segment (lexicon, tokens, cands, first, last, person_cue);
      return;
    }

  for (guint i = first; i <= last; i++)
    {
      const Token *tok = TOK (i);

      if ((tok->flags & LEX_TITLE) && !(tok->flags & LEX_COUNTRY) && i < last
          && is_name_shape (TOK (i + 1)))
        {
          if (i > seg)
            add_segment (lexicon, tokens, cands, seg, i - 1, person_cue);
          person_cue = TRUE;
          seg = i + 1;
        }
    }

  if (seg <= last)
    add_segment (lexicon, tokens, cands, seg, last, person_cue);
}

static gboolean
normalise_name (const char *name,
                GString    *out)
{
  g_autofree char *lower = g_utf8_strdown (name, -1);
  gboolean space = FALSE;

  g_string_truncate (out, 0);
  for (const char *p = lower; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }

  return out->len > 0;
}

/* Names the user confirmed: found wherever they occur, in any case, as whole words. */
static void
find_known (DsrRecognizer *self,
            GArray        *tokens,
            GArray        *cands,
            GString       *key)
{
  char buf[MAX_KEY];

  if (g_hash_table_size (self->known) == 0)
    return;

  for (guint i = 0; i < tokens->len; i++)
    {
      const char *k;
      guint max_words;

      if (TOK (i)->shape == SHAPE_NONE)
        continue;
      k = token_key (TOK (i), buf, sizeof buf);
      if (k == NULL)
        continue;
      max_words = GPOINTER_TO_UINT (g_hash_table_lookup (self->known_first, k));
      if (max_words == 0)
        continue;

      for (guint last = MIN (tokens->len - 1, i + 2 * max_words); last + 1 > i; last--)
        {
          gpointer kind;

          span_key (tokens, i, last, key);
          if (g_hash_table_lookup_extended (self->known, key->str, NULL, &kind))
            {
              Candidate cand = { i, last, GPOINTER_TO_INT (kind) - 1, FALSE, TRUE, 100,
                                 FALSE, FALSE };

              g_array_append_val (cands, cand);
              i = last;
              break;
            }
        }
    }
}

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *x = a;
  const Candidate *y = b;

  if (x->first != y->first)
    return (x->first > y->first) - (x->first < y->first);
  return (y->last > x->last) - (y->last < x->last);
}

static gboolean
follows_place_word (GArray *tokens,
                    guint   first)
{
  static const char * const place_words[] = { "in", "at", "from", "near", "to", "into", "across" };

  if (first == 0)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (place_words); i++)
    if (word_is (TOK (first - 1), place_words[i]))
      return TRUE;
  return FALSE;
}

/* One text, one name, one kind: a surname alone takes its person's kind; a name typed
 * on weak evidence takes the kind its best-evidenced mention got ("the Sandfly report"
 * outweighs "Sandfly" merely capitalised elsewhere), or, when all its evidence in the
 * text is weak, the kind other texts of the investigation gave it (@seen). */
static void
harmonise (GArray     *tokens,
           GArray     *cands,
           GHashTable *seen,
           GString    *key)
{
  g_autoptr(GHashTable) strong = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) surnames = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < cands->len; i++)
    {
      Candidate *cand = &g_array_index (cands, Candidate, i);
      gpointer best;

      if (!cand->keep)
        continue;
      span_key (tokens, cand->first, cand->last, key);
      /* strong maps a name to its best candidate's index + 1 */
      if (!g_hash_table_lookup_extended (strong, key->str, NULL, &best)
          || g_array_index (cands, Candidate, GPOINTER_TO_UINT (best) - 1).margin < cand->margin)
        g_hash_table_insert (strong, g_strdup (key->str), GUINT_TO_POINTER (i + 1));
      if (cand->kind == DSR_ENTITY_PERSON && cand->last > cand->first)
        {
          span_key (tokens, cand->last, cand->last, key);
          g_hash_table_insert (surnames, g_strdup (key->str), GINT_TO_POINTER (1));
        }
    }

  for (guint i = 0; i < cands->len; i++)
    {
      Candidate *cand = &g_array_index (cands, Candidate, i);
      gpointer best;

      if (!cand->keep)
        continue;
      span_key (tokens, cand->first, cand->last, key);

      /* The surname of a person this text names is that person, even when it is also
       * a place ("Ana Lima" ... "Lima said"), unless a place word leads it in (and not
       * in "in Lima's office", where it leads in the office). */
      if (cand->first == cand->last && g_hash_table_contains (surnames, key->str)
          && (!follows_place_word (tokens, cand->first) || TOK (cand->last)->possessive))
        {
          cand->kind = DSR_ENTITY_PERSON;
          continue;
        }

      if (cand->margin >= 2)
        continue;
      if (g_hash_table_lookup_extended (strong, key->str, NULL, &best))
        {
          const Candidate *top = &g_array_index (cands, Candidate, GPOINTER_TO_UINT (best) - 1);
          gpointer kind;

          if (top->margin < 2 && g_hash_table_lookup_extended (seen, key->str, NULL, &kind))
            cand->kind = GPOINTER_TO_INT (kind) - 1;
          else
            cand->kind = top->kind;
        }
    }
}

/* "FCOB Communications", "NTSB Headquarters": an acronym the text names alone, followed
 * by common words only, is that organisation's department; the mention is the acronym's. */
static void
trim_departments (GArray  *tokens,
                  GArray  *cands,
                  GString *key)
{
  g_autoptr(GHashTable) acronyms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < cands->len; i++)
    {
      Candidate *cand = &g_array_index (cands, Candidate, i);

      if (cand->keep && cand->first == cand->last && TOK (cand->first)->shape == SHAPE_UPPER)
        {
          span_key (tokens, cand->first, cand->first, key);
          g_hash_table_insert (acronyms, g_strdup (key->str), GUINT_TO_POINTER (i + 1));
        }
    }
  if (g_hash_table_size (acronyms) == 0)
    return;

  for (guint i = 0; i < cands->len; i++)
    {
      Candidate *cand = &g_array_index (cands, Candidate, i);
      gboolean common = cand->first < cand->last;
      gpointer alone;

      if (!cand->keep || TOK (cand->first)->shape != SHAPE_UPPER)
        continue;
      for (guint k = cand->first + 1; k <= cand->last && common; k++)
        common = TOK (k)->shape == SHAPE_CAP && is_common_word (TOK (k));
      span_key (tokens, cand->first, cand->first, key);
      if (common && g_hash_table_lookup_extended (acronyms, key->str, NULL, &alone))
        {
          cand->last = cand->first;
          cand->kind = g_array_index (cands, Candidate, GPOINTER_TO_UINT (alone) - 1).kind;
        }
    }
}

/* "the river Nestor (Mesto)", "Kyiv (Kiev)": a name in brackets right after a place's
 * is its other name, unless its own evidence is strong. */
static void
share_bracketed_names (GArray *tokens,
                       GArray *cands)
{
  for (guint i = 0; i + 1 < cands->len; i++)
    {
      Candidate *a = &g_array_index (cands, Candidate, i);
      Candidate *b = &g_array_index (cands, Candidate, i + 1);

      if (a->keep && b->keep && a->kind == DSR_ENTITY_PLACE && b->margin < STRONG_MARGIN
          && b->first == a->last + 2 && TOK (a->last + 1)->punct == '('
          && b->last + 1 < tokens->len && TOK (b->last + 1)->punct == ')')
        b->kind = DSR_ENTITY_PLACE;
    }
}

typedef enum
{
  LINK_NONE,
  LINK_COMMA,
  LINK_CONJUNCTION,
} Link;

/* How two candidates next to each other are joined: "X, Y", "X and Y", "X, and Y". */
static Link
list_link (GArray          *tokens,
           const Candidate *a,
           const Candidate *b)
{
  guint gap = b->first - a->last - 1;
  const Token *t1 = TOK (a->last + 1);

  if (TOK (a->last)->possessive)
    return LINK_NONE;
  if (gap == 1 && t1->punct == ',')
    return LINK_COMMA;
  if (gap == 1 && (word_is (t1, "and") || word_is (t1, "or")))
    return LINK_CONJUNCTION;
  if (gap == 2 && t1->punct == ','
      && (word_is (TOK (a->last + 2), "and") || word_is (TOK (a->last + 2), "or")))
    return LINK_CONJUNCTION;
  return LINK_NONE;
}

/* Items of one list ("Hunan and Hubei", "Spotify, Tesla, Uber and Snapchat") are
 * names of one kind: those typed on weak evidence take the kind of the item with the
 * strongest. A list ends at its conjunction's item, so that an apposition after it
 * ("Hunan and Hubei, Lin Zexu") stays out. */
static void
share_list_kinds (GArray *tokens,
                  GArray *cands)
{
  guint i = 0;

  while (i < cands->len)
    {
      guint end = i;
      guint strongest = i;
      gboolean conjunction = FALSE;

      while (end + 1 < cands->len && !conjunction)
        {
          Candidate *a = &g_array_index (cands, Candidate, end);
          Candidate *b = &g_array_index (cands, Candidate, end + 1);
          Link link;

          if (!a->keep || !b->keep || b->first <= a->last)
            break;
          link = list_link (tokens, a, b);
          if (link == LINK_NONE)
            break;
          conjunction = link == LINK_CONJUNCTION;
          end++;
          if (b->margin > g_array_index (cands, Candidate, strongest).margin)
            strongest = end;
        }

      /* "sanctions on Iran and Syria": countries listed with a government are
       * governments too. */
      for (guint k = i; conjunction && k <= end; k++)
        if (g_array_index (cands, Candidate, k).government)
          for (guint c = i; c <= end; c++)
            if (g_array_index (cands, Candidate, c).country)
              g_array_index (cands, Candidate, c).kind = DSR_ENTITY_ORG;

      /* "companies such as Spotify, Tesla and Uber": the list is of organisations. */
      if (conjunction && follows_org_noun (tokens, g_array_index (cands, Candidate, i).first))
        {
          for (guint k = i; k <= end; k++)
            g_array_index (cands, Candidate, k).kind = DSR_ENTITY_ORG;
        }
      else if (conjunction)
        {
          Candidate *lead = &g_array_index (cands, Candidate, strongest);

          for (guint k = i; k <= end && lead->margin >= STRONG_MARGIN; k++)
            {
              Candidate *item = &g_array_index (cands, Candidate, k);

              if (item->margin < STRONG_MARGIN && item->kind != DSR_ENTITY_OTHER
                  && lead->kind != DSR_ENTITY_OTHER)
                item->kind = lead->kind;
            }
        }
      i = end + 1;
    }
}

/* "the Netherlands" keeps its article; "Nashville, Tennessee" is one place. */
static void
extend_place (DsrLexicon       *lexicon,
              GArray           *tokens,
              GArray           *cands,
              guint             i,
              DsrEntityMention *mention,
              GString          *key)
{
  Candidate *cand = &g_array_index (cands, Candidate, i);

  if (cand->kind != DSR_ENTITY_PLACE)
    return;

  if (cand->first > 0 && word_is (TOK (cand->first - 1), "the"))
    {
      span_key (tokens, cand->first - 1, cand->last, key);
      if (_dsr_lexicon_lookup (lexicon, key->str) & LEX_COUNTRY)
        mention->start = TOK (cand->first - 1)->start;
    }

  if (i + 1 < cands->len)
    {
      Candidate *next = &g_array_index (cands, Candidate, i + 1);

      if (next->keep && next->first == cand->last + 2 && TOK (cand->last + 1)->punct == ','
          && next->kind == DSR_ENTITY_PLACE && next->first == next->last
          && (TOK (next->first)->flags & LEX_REGION)
          && !(phrase_flags (lexicon, tokens, cand->first, cand->last, key) & LEX_COUNTRY))
        {
          mention->end = TOK (next->last)->end;
          next->keep = FALSE;
        }
    }
}

/* "Pliny the Elder", "Louis the German", "Martin Luther King, Jr.": a person's epithet
 * or generational suffix belongs to the name. */
static void
extend_person (GArray           *tokens,
               const Candidate  *cand,
               DsrEntityMention *mention)
{
  static const char * const epithets[] = {
    "elder", "younger", "great", "good", "bold", "pious", "fair", "wise", "just", "bald",
    "fat", "tall", "short", "conqueror", "confessor", "magnificent", "terrible",
    "lionheart", "unready", "simple", "navigator", "apostle", "baptist", "evangelist", NULL
  };
  guint next = cand->last + 1;

  if (cand->kind != DSR_ENTITY_PERSON || next + 1 >= tokens->len)
    return;

  if (word_is (TOK (next), "the") && TOK (next)->shape == SHAPE_LOWER
      && TOK (next + 1)->shape == SHAPE_CAP)
    {
      const Token *epithet = TOK (next + 1);
      gboolean known = (epithet->flags & LEX_DEMONYM) != 0;

      for (guint i = 0; !known && epithets[i] != NULL; i++)
        known = word_is (epithet, epithets[i]);
      if (known && !(next + 2 < tokens->len && is_name_shape (TOK (next + 2))
                     && TOK (next + 2)->space_before))
        mention->end = epithet->end;
      return;
    }

  if (TOK (next)->punct == ',' && (word_is (TOK (next + 1), "jr.") || word_is (TOK (next + 1), "sr.")
                                   || word_is (TOK (next + 1), "jr") || word_is (TOK (next + 1), "sr")))
    mention->end = TOK (next + 1)->end;
}

/* Public API */

/**
 * dsr_recognizer_new:
 * @error: return location for a #GError
 *
 * Loads the word lists entity recognition needs from the system (the wamerican
 * dictionary, iso-codes, tzdata and the Text::Names census lists). Load it once: the
 * recognizer may then be used from several threads at once.
 *
 * Returns: (transfer full) (nullable): a new recognizer, or %NULL if a required word list
 *   is missing
 */
DsrRecognizer *
dsr_recognizer_new (GError **error)
{
  DsrRecognizer *self;
  DsrLexicon *lexicon;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(lexicon = _dsr_lexicon_new (error)))
    return NULL;

  self = g_new0 (DsrRecognizer, 1);
  self->lexicon = lexicon;
  g_rw_lock_init (&self->lock);
  self->known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->known_first = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->rejected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  return self;
}

void
dsr_recognizer_free (DsrRecognizer *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->lexicon, _dsr_lexicon_free);
  g_clear_pointer (&self->known, g_hash_table_unref);
  g_clear_pointer (&self->known_first, g_hash_table_unref);
  g_clear_pointer (&self->rejected, g_hash_table_unref);
  g_clear_pointer (&self->seen, g_hash_table_unref);
  g_rw_lock_clear (&self->lock);
  g_free (self);
}

/**
 * dsr_recognizer_add_known:
 * @self: a #DsrRecognizer
 * @name: a name the user confirmed or tagged
 * @kind: its kind
 *
 * From now on @name is recognised wherever it occurs (in any letter case, as whole
 * words) and always as @kind. Safe to call while other threads run
 * dsr_recognizer_find().
 */
void
dsr_recognizer_add_known (DsrRecognizer *self,
                          const char    *name,
                          DsrEntityKind  kind)
{
  g_autoptr(GString) key = g_string_new (NULL);
  g_autofree char *first = NULL;
  const char *space;
  guint words = 1;

  g_return_if_fail (self != NULL);
  g_return_if_fail (name != NULL);

  if (!normalise_name (name, key))
    return;

  for (const char *p = key->str; *p != '\0'; p++)
    if (*p == ' ')
      words++;
  space = strchr (key->str, ' ');
  first = space != NULL ? g_strndup (key->str, space - key->str) : g_strdup (key->str);
  if (g_str_has_suffix (first, ".") && strlen (first) > 1)
    first[strlen (first) - 1] = '\0';

  g_rw_lock_writer_lock (&self->lock);
  g_hash_table_remove (self->rejected, key->str);
  g_hash_table_insert (self->known, g_strdup (key->str), GINT_TO_POINTER (kind + 1));
  if (GPOINTER_TO_UINT (g_hash_table_lookup (self->known_first, first)) < words)
    g_hash_table_insert (self->known_first, g_steal_pointer (&first), GUINT_TO_POINTER (words));
  g_rw_lock_writer_unlock (&self->lock);
}

/**
 * dsr_recognizer_add_seen:
 * @self: a #DsrRecognizer
 * @name: a name the investigation has, as an entity's name or alias
 * @kind: the entity's kind
 *
 * From now on, a text whose evidence for @name's kind is all weak (no title, role,
 * gazetteer or organisation word) gives it @kind, so that one name keeps one kind
 * across the investigation. The first kind added for a name stays. Safe to call while
 * other threads run dsr_recognizer_find().
 */
void
dsr_recognizer_add_seen (DsrRecognizer *self,
                         const char    *name,
                         DsrEntityKind  kind)
{
  g_autoptr(GString) key = g_string_new (NULL);

  g_return_if_fail (self != NULL);
  g_return_if_fail (name != NULL);

  if (!normalise_name (name, key))
    return;

  g_rw_lock_writer_lock (&self->lock);
  if (!g_hash_table_contains (self->seen, key->str))
    g_hash_table_insert (self->seen, g_strdup (key->str), GINT_TO_POINTER (kind + 1));
  g_rw_lock_writer_unlock (&self->lock);
}

/**
 * dsr_recognizer_add_rejected:
 * @self: a #DsrRecognizer
 * @name: a name the user rejected
 *
 * From now on @name (in any letter case) is never suggested. Safe to call while other
 * threads run dsr_recognizer_find().
 */
void
dsr_recognizer_add_rejected (DsrRecognizer *self,
                             const char    *name)
{
  g_autoptr(GString) key = g_string_new (NULL);

  g_return_if_fail (self != NULL);
  g_return_if_fail (name != NULL);

  if (!normalise_name (name, key))
    return;

  g_rw_lock_writer_lock (&self->lock);
  g_hash_table_remove (self->known, key->str);
  g_hash_table_add (self->rejected, g_strdup (key->str));
  g_rw_lock_writer_unlock (&self->lock);
}

/**
 * dsr_recognizer_find:
 * @self: a #DsrRecognizer
 * @text: UTF-8 text
 * @spans: (nullable) (element-type DsrSpan): the text's structure spans, so that block
 *   starts and headings are known; %NULL for plain text
 *
 * Finds the names of people, organisations and places in @text.
 *
 * Returns: (transfer full) (element-type DsrEntityMention): the mentions in text order,
 *   offsets in code points, each with group -1
 */
GArray *
dsr_recognizer_find (DsrRecognizer *self,
                     const char    *text,
                     GArray        *spans)
{
  g_autoptr(GArray) tokens = NULL;
  g_autoptr(GArray) cands = NULL;
  g_autoptr(GString) key = g_string_sized_new (64);
  GArray *mentions;
  gint64 covered = -1;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  mentions = g_array_new (FALSE, FALSE, sizeof (DsrEntityMention));
  tokens = tokenize (self->lexicon, text, spans);
  cands = g_array_new (FALSE, FALSE, sizeof (Candidate));

  for (guint i = 0; i < tokens->len; i++)
    {
      guint last = i;
      gboolean person_cue = FALSE;

      if (!is_name_token (TOK (i)))
        continue;

      while (last + 1 < tokens->len && !TOK (last)->possessive)
        {
          const Token *next = TOK (last + 1);

          if (next->line_before)
            break;
          /* "Elizabeth I", but "when in Pyongyang I saw": the pronoun. */
          if (is_name_token (next) && next->space_before
              && !(word_is (next, "i") && !(TOK (last)->flags & LEX_GIVEN)
                   && (TOK (last)->flags & (LEX_COUNTRY | LEX_CITY | LEX_REGION
                                            | LEX_WN_PLACE))))
            last++;
          else if ((next->punct == '&' && last + 2 < tokens->len)
                   || (next->shape == SHAPE_LOWER && connector_joins (tokens, i, last + 1)))
            last += connector_width (tokens, last + 1) + 1;
          else if (next->punct == ',' && last + 2 < tokens->len
                   && (TOK (last + 2)->flags & LEX_ORG_SUFFIX) && TOK (last + 2)->dotted)
            last += 2;   /* "Belozar Labs, Inc." */
          else if (word_is (next, "of") && next->shape == SHAPE_LOWER && last + 2 < tokens->len
                   && is_name_token (TOK (last + 2))
                   && is_known_place_or_org (self->lexicon, tokens, i, last + 2))
            last += 2;   /* "United States of America": the gazetteers know it whole */
          else
            break;
          if (TOK (last)->dotted && (TOK (last)->flags & LEX_ORG_SUFFIX))
            break;
        }

      /* Title directly before the run: "Dr Okafor", "CEO Yevgeny Belozar". */
      if (i > 0 && (TOK (i - 1)->flags & LEX_TITLE) && TOK (i - 1)->shape != SHAPE_NONE)
        person_cue = TRUE;

      split_run (self->lexicon, tokens, cands, i, last, person_cue);
      i = last;
    }

  for (guint i = 0; i < cands->len; i++)
    {
      Candidate *cand = &g_array_index (cands, Candidate, i);

      cand->keep = classify (self->lexicon, tokens, cand, key);
    }

  g_rw_lock_reader_lock (&self->lock);

  trim_departments (tokens, cands, key);
  harmonise (tokens, cands, self->seen, key);
  share_list_kinds (tokens, cands);
  share_bracketed_names (tokens, cands);

  find_known (self, tokens, cands, key);
  g_array_sort (cands, compare_candidates);

  for (guint i = 0; i < cands->len; i++)
    {
      Candidate *cand = &g_array_index (cands, Candidate, i);
      DsrEntityMention mention;

      if (!cand->keep || TOK (cand->first)->start < covered)
        continue;

      /* A name the user confirmed wins over the rules' candidate at the same place. */
      if (cand->margin < 100)
        {
          gboolean overridden = FALSE;

          for (guint j = i + 1; j < cands->len; j++)
            {
              Candidate *other = &g_array_index (cands, Candidate, j);

              if (other->first > cand->last)
                break;
              if (other->margin >= 100)
                overridden = TRUE;
            }
          if (overridden)
            continue;
        }

      span_key (tokens, cand->first, cand->last, key);
      if (g_hash_table_contains (self->rejected, key->str))
        continue;
      if (cand->margin < 100)
        {
          gpointer kind;

          if (g_hash_table_lookup_extended (self->known, key->str, NULL, &kind))
            cand->kind = GPOINTER_TO_INT (kind) - 1;
        }

      mention.start = TOK (cand->first)->start;
      mention.end = TOK (cand->last)->end;
      mention.kind = cand->kind;

      if (cand->margin < 100)
        {
          extend_place (self->lexicon, tokens, cands, i, &mention, key);
          extend_person (tokens, cand, &mention);
        }
      mention.group = -1;
      g_array_append_val (mentions, mention);
      covered = mention.end;
    }

  g_rw_lock_reader_unlock (&self->lock);

  return mentions;
}
