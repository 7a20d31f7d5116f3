/* dsr-quotes.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-quotes"

#include "config.h"

#include <string.h>

#include "dsr-document-content.h"
#include "dsr-quotes-private.h"
#include "dsr-quotes.h"

/* Quotation detection and speaker attribution, in two passes over the text.
 *
 * 1. Quotations. The text is cut into paragraphs at blank lines (the stored text has one
 *    block a line and blank lines between blocks; raw text files wrap lines inside a
 *    paragraph). Each paragraph is scanned once for quotation marks: curly “…”, straight
 *    "…", guillemets «…», German „…“ and, at top level only, single ‘…’ and '…'.
 *    Marks of other kinds inside an open quotation are nested quotes and belong to it.
 *    An apostrophe (it's, Belozar’s, rock ’n’ roll, the '90s) is never a mark. A paragraph
 *    that ends inside a quotation while the next one opens with the same kind of mark
 *    continues the quotation: each paragraph's part is a quotation, linked in a chain.
 *    Block quotes (spans, or "> " lines in raw Markdown) are quotations as a whole. One or
 *    two words in marks, without a sentence's final punctuation, are scare quotes, unless
 *    an attribution follows at once («Нет», — сказал он; “Never”, she said).
 *
 * 2. Speakers. Around each quotation a bounded window of tokens is read: the clause after
 *    the closing mark ("…,” said Okafor", "…,” the analyst said"), then the sentence before
 *    the opening mark ("Okafor said: “…”", "according to the agency, “…”", "the company's
 *    statement says “…”"), then an introduction ending in a colon in the paragraph before,
 *    then the sentence before. The speaker is a name (an entity mention, else capitalised
 *    words: their offsets are kept and the group is -1 unless a group has that name), a
 *    pronoun, or a description, resolved to the most recent compatible entity outside
 *    quotations (a name inside a quotation is not its speaker):
 *    - he/she: the last person, except that a person named after a preposition ("wrote to
 *      Whitby") yields to the person who began that sentence (its subject);
 *    - it/which: the last organisation; who: the person just named, else the last
 *      organisation;
 *    - they: the last organisation, else the last person (news prose uses "they" for
 *      companies and bodies far more than for one named person; unnamed groups of people
 *      are usually descriptions, "the researchers", which are unnamed speakers);
 *    - "the analyst", "the chief executive": the last person introduced in that role
 *      ("Helen Okafor, principal analyst…", "chief executive Yevgeny Belozar"), else the
 *      first one introduced later ("The chief executive of X told MPs…" before the name),
 *      else the last person;
 *    - "the company", "the agency", "the board", "the regulator": the last organisation
 *      of that class (from its name, "… Oversight Board", or from words around it, "the
 *      Meridian Wire news agency"), else the last organisation not known to be of
 *      another class;
 *    - "a spokesperson" (for X) speaks for X, or for the last organisation; other
 *      indefinite descriptions ("an analyst", "a source", "one of them", "the
 *      researchers") are unnamed speakers: evidence kept, no entity;
 *    - a document speaks for its owner: "its statement", "the board's summary", "Carvalho's
 *      post"; "the report says" for the last organisation.
 *    A quotation without its own attribution inherits one: from the other parts of its
 *    continued quotation, from the quotation before it in the paragraph (two spans of an
 *    interrupted quotation share one attribution), and, when the paragraph is nothing but
 *    quotation, from the last quotation of the paragraph before. Every attribution is a
 *    suggestion with its evidence (speaker and cue offsets); the caller stores it as such.
 *
 * Every window is bounded and the "most recent entity" questions are binary searches
 * over arrays computed once, so the whole is O(n log m) in text length and mentions. */

#define MAX_SINGLE_QUOTE 600   /* a single-quoted passage longer than this was an apostrophe */
#define WINDOW_CHARS     400   /* how far before a quotation its attribution may start */
#define AFTER_CHARS      240
#define MAX_TOKENS       80
#define MAX_APPOSITION   16    /* tokens between the commas of "Okafor, an analyst at X," */

typedef struct
{
  gint64 start;
  gint64 end;
  int    blockquote;   /* -1, or an id shared by the paragraphs of one block quote */
  gboolean heading;
} Para;

typedef enum
{
  FAM_NONE,
  FAM_CURLY,
  FAM_STRAIGHT,
  FAM_GUILLEMET,
  FAM_LOW9,
  FAM_SINGLE,
} Family;

typedef struct
{
  int      para;
  int      chain;            /* index of the first part of its continued quotation */
  gboolean terminal;         /* the text inside ends with . ! ? */
  gboolean comma;            /* the text inside ends with a comma */
  gboolean attributed;
} QuoteInfo;

typedef struct
{
  gint64             start;
  gint64             end;
  gunichar           ch;            /* punctuation: the character; words: 0 */
  gboolean           cap;
  gboolean           possessive;    /* "company's", "Okafor’s" */
  const DsrLexEntry *lex;
  const DsrLexEntry *stem_lex;      /* of the word without its 's */
  char               low[48];
} Token;

typedef enum
{
  NP_NAME,
  NP_PRONOUN,
  NP_DESC,
  NP_ANON,
} NpType;

typedef struct
{
  NpType  type;
  int     first;    /* tokens, inclusive */
  int     last;
  gint64  start;    /* code points */
  gint64  end;
  int     group;    /* resolved, -1 if none */
  gboolean person;  /* names a person, or an unnamed speaker */
} Np;

typedef enum
{
  CUE_NONE,
  CUE_VERB,
  CUE_SAYING,
  CUE_ACCORDING,
  CUE_IN_STATEMENT,
  CUE_STATEMENT,
  CUE_ACCOUNT,
} CueType;

typedef struct
{
  gint64 pos;
  int    group;
} RoleEntry;

typedef struct
{
  const gunichar   *s;
  gint64            n;

  GArray           *paras;      /* Para */
  GArray           *quotes;     /* DsrQuote */
  GArray           *info;       /* QuoteInfo, parallel to quotes */
  int               chain_next; /* the chain the next paragraph's first quote continues */

  DsrEntityMention *ments;      /* sorted by start */
  guint             n_ments;
  int              *last_person;  /* per mention: most recent person mention so far, -1 */
  int              *last_org;
  int              *sentence_first;  /* per mention: the first mention of its sentence */
  gboolean         *object;          /* per mention: after a preposition ("wrote to X") */
  GArray           *groups;
  GHashTable       *names;      /* name or alias -> group + 1 */
  GHashTable       *roles;      /* class key -> GArray of RoleEntry */
  const char      **org_class;  /* per group: the first class of organisation seen */

  GArray           *scratch;    /* Token, for windows read while parsing a window */
} Finder;

/* Characters */

static gboolean
is_space (gunichar c)
{
  return g_unichar_isspace (c) || c == 0xA0;
}

static gboolean
is_alnum (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

static gboolean
is_dash (gunichar c)
{
  return c == '-' || c == 0x2013 || c == 0x2014 || c == 0x2012 || c == 0x2015;
}

static gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019;
}

/* The character before @i in paragraph @p, or 0 at its start. */
static gunichar
before (Finder *f, const Para *p, gint64 i)
{
  return i > p->start ? f->s[i - 1] : 0;
}

static gunichar
after (Finder *f, const Para *p, gint64 i)
{
  return i + 1 < p->end ? f->s[i + 1] : 0;
}

/* Where an opening mark may stand: at the start, after a space, a bracket, a dash or
 * another opening mark. */
static gboolean
opens_after (gunichar c)
{
  return c == 0 || is_space (c) || is_dash (c) || c == '(' || c == '[' || c == '{' ||
         c == '/' || c == ':' || c == 0x201C || c == 0x2018 || c == 0xAB || c == 0x201E ||
         c == '"' || c == '\'' || c == '*' || c == '_';
}

static gboolean
straight_opens (Finder *f, const Para *p, gint64 i)
{
  gunichar q = after (f, p, i);

  return opens_after (before (f, p, i)) && q != 0 && !is_space (q);
}

static gboolean
straight_closes (Finder *f, const Para *p, gint64 i)
{
  gunichar b = before (f, p, i);
  gunichar q = after (f, p, i);

  return b != 0 && !is_space (b) && (q == 0 || !is_alnum (q));
}

/* "'n'", "'90s", "'em", "'tis": elisions that look like an opening single mark. */
static gboolean
is_elision (Finder *f, const Para *p, gint64 i)
{
  static const char *words[] = { "n", "em", "tis", "twas", "til", "cause", "bout", "nuff" };
  gint64 j = i + 1;

  if (j < p->end && g_unichar_isdigit (f->s[j]))
    return TRUE;
  for (guint w = 0; w < G_N_ELEMENTS (words); w++)
    {
      const char *word = words[w];
      gint64 k = j;

      while (*word != '\0' && k < p->end && g_unichar_tolower (f->s[k]) == (gunichar)*word)
        word++, k++;
      if (*word == '\0' && (k >= p->end || !is_alnum (f->s[k])))
        return TRUE;
    }
  return FALSE;
}

static gboolean
single_opens (Finder *f, const Para *p, gint64 i)
{
  gunichar q = after (f, p, i);

  return opens_after (before (f, p, i)) && q != 0 && is_alnum (q) && !is_elision (f, p, i);
}

static gboolean
single_closes (Finder *f, const Para *p, gint64 i)
{
  gunichar b = before (f, p, i);
  gunichar q = after (f, p, i);

  return b != 0 && !is_space (b) && (q == 0 || !is_alnum (q));
}

/* Paragraphs */

static int
compare_span_starts (gconstpointer a,
                     gconstpointer b)
{
  const DsrSpan *x = a, *y = b;

  return (x->start > y->start) - (x->start < y->start);
}

static void
find_paragraphs (Finder *f,
                 GArray *spans)
{
  g_autoptr(GArray) quotes = g_array_new (FALSE, FALSE, sizeof (DsrSpan));
  g_autoptr(GArray) headings = g_array_new (FALSE, FALSE, sizeof (DsrSpan));
  guint next_quote = 0, next_heading = 0;
  gint64 i = 0;

  for (guint k = 0; spans != NULL && k < spans->len; k++)
    {
      DsrSpan *span = &g_array_index (spans, DsrSpan, k);

      if (span->kind == DSR_SPAN_BLOCKQUOTE)
        g_array_append_vals (quotes, span, 1);
      else if (span->kind == DSR_SPAN_HEADING)
        g_array_append_vals (headings, span, 1);
    }
  g_array_sort (quotes, compare_span_starts);
  g_array_sort (headings, compare_span_starts);

  while (i < f->n)
    {
      Para para = { 0, 0, -1, FALSE };
      gint64 j;

      while (i < f->n && is_space (f->s[i]))
        i++;
      if (i >= f->n)
        break;
      for (j = i; j < f->n; j++)
        {
          gint64 k;

          if (f->s[j] != '\n')
            continue;
          for (k = j + 1; k < f->n && f->s[k] != '\n' && is_space (f->s[k]); k++)
            ;
          if (k >= f->n || f->s[k] == '\n')
            break;
        }
      para.start = i;
      para.end = j;
      while (para.end > para.start && is_space (f->s[para.end - 1]))
        para.end--;
      i = j;

      if (spans == NULL && f->s[para.start] == '#')
        para.heading = TRUE;   /* a raw Markdown heading */
      while (next_heading < headings->len &&
             g_array_index (headings, DsrSpan, next_heading).end <= para.start)
        next_heading++;
      if (next_heading < headings->len &&
          g_array_index (headings, DsrSpan, next_heading).start <= para.start)
        para.heading = TRUE;
      if (spans == NULL && f->s[para.start] == '>')
        {
          /* A raw Markdown block quote: "> text". */
          para.blockquote = 1000000 + (int)f->paras->len;
          para.start++;
          while (para.start < para.end && is_space (f->s[para.start]))
            para.start++;
          if (para.start >= para.end)
            continue;
        }
      while (next_quote < quotes->len &&
             g_array_index (quotes, DsrSpan, next_quote).end <= para.start)
        next_quote++;
      if (next_quote < quotes->len &&
          g_array_index (quotes, DsrSpan, next_quote).start <= para.start)
        para.blockquote = (int)next_quote;
      g_array_append_val (f->paras, para);
    }
}

/* Quotations */

static int
emit_quote (Finder  *f,
            int      para,
            gint64   start,
            gint64   end,
            gboolean closed,
            int      chain)
{
  DsrQuote quote = { 0, };
  QuoteInfo info = { 0, };
  gint64 inner_end = closed ? end - 1 : end;
  gunichar last = 0;
  guint words = 0;
  gboolean in_word = FALSE;

  for (gint64 i = start + 1; i < inner_end; i++)
    {
      gunichar c = f->s[i];

      if (is_space (c))
        {
          in_word = FALSE;
          continue;
        }
      last = c;
      if (!in_word && is_alnum (c))
        {
          words++;
          in_word = TRUE;
        }
      else if (is_dash (c) || c == '/')
        in_word = FALSE;
    }

  quote.start = start;
  quote.end = end;
  quote.speaker_group = -1;
  quote.speaker_start = quote.speaker_end = -1;
  quote.cue_start = quote.cue_end = -1;
  info.para = para;
  info.chain = chain >= 0 ? chain : (int)f->quotes->len;
  info.terminal = last == '.' || last == '!' || last == '?' || last == 0x2026;
  info.comma = last == ',';
  quote.scare = chain < 0 && closed && words <= 2 && !info.terminal && !info.comma;

  g_array_append_val (f->quotes, quote);
  g_array_append_val (f->info, info);
  return (int)f->quotes->len - 1;
}

/* The family a paragraph's first character opens, if it is an opening mark. */
static Family
opening_family (Finder     *f,
                const Para *p)
{
  gunichar c = f->s[p->start];

  if (c == 0x201C)
    return FAM_CURLY;
  if (c == 0xAB)
    return FAM_GUILLEMET;
  if (c == 0x201E)
    return FAM_LOW9;
  if (c == '"' && straight_opens (f, p, p->start))
    return FAM_STRAIGHT;
  return FAM_NONE;
}

static void
scan_paragraph (Finder *f,
                int     pi)
{
  const Para *p = &g_array_index (f->paras, Para, pi);
  Family family = FAM_NONE;
  gint64 open = -1;
  gint64 skip = -1;
  gint64 i = p->start;
  int depth = 0;
  int chain = -1;

  if (p->blockquote >= 0)
    {
      /* Block quotes are quotations as a whole; the paragraphs of one continue it. */
      if (pi > 0)
        {
          const Para *prev = &g_array_index (f->paras, Para, pi - 1);
          QuoteInfo *last = f->info->len > 0 ?
            &g_array_index (f->info, QuoteInfo, f->info->len - 1) : NULL;

          if (prev->blockquote == p->blockquote && last != NULL && last->para == pi - 1)
            chain = last->chain;
        }
      emit_quote (f, pi, p->start, p->end, FALSE, chain);
      f->chain_next = -1;
      return;
    }

  for (;;)
    {
      for (; i < p->end; i++)
        {
          gunichar c = f->s[i];

          switch (family)
            {
            case FAM_NONE:
              if (c == 0x201C)
                family = FAM_CURLY;
              else if (c == 0x201E)
                family = FAM_LOW9;
              else if (c == 0xAB)
                family = FAM_GUILLEMET, depth = 1;
              else if (c == '"' && straight_opens (f, p, i))
                family = FAM_STRAIGHT;
              else if ((c == 0x2018 || c == '\'') && i != skip && single_opens (f, p, i))
                family = FAM_SINGLE;
              if (family != FAM_NONE)
                open = i;
              break;

            case FAM_CURLY:
            case FAM_LOW9:
              if (c == 0x201D || (family == FAM_LOW9 && c == 0x201C))
                {
                  emit_quote (f, pi, open, i + 1, TRUE,
                              open == p->start ? f->chain_next : -1);
                  family = FAM_NONE;
                }
              else if (c == 0x201C && family == FAM_CURLY && opens_after (before (f, p, i)))
                {
                  /* An opening mark inside an open quotation: the first was never closed. */
                  gint64 end = i;

                  while (end > open + 1 && is_space (f->s[end - 1]))
                    end--;
                  emit_quote (f, pi, open, end, FALSE, open == p->start ? f->chain_next : -1);
                  open = i;
                }
              break;

            case FAM_GUILLEMET:
              if (c == 0xAB)
                depth++;
              else if (c == 0xBB && --depth == 0)
                {
                  emit_quote (f, pi, open, i + 1, TRUE, open == p->start ? f->chain_next : -1);
                  family = FAM_NONE;
                }
              break;

            case FAM_STRAIGHT:
              if (c != '"')
                break;
              if (straight_closes (f, p, i))
                {
                  emit_quote (f, pi, open, i + 1, TRUE, open == p->start ? f->chain_next : -1);
                  family = FAM_NONE;
                }
              else if (straight_opens (f, p, i))
                {
                  gint64 end = i;

                  while (end > open + 1 && is_space (f->s[end - 1]))
                    end--;
                  emit_quote (f, pi, open, end, FALSE, open == p->start ? f->chain_next : -1);
                  open = i;
                }
              break;

            case FAM_SINGLE:
              if ((c == 0x2019 || c == '\'') && single_closes (f, p, i))
                {
                  emit_quote (f, pi, open, i + 1, TRUE, -1);
                  family = FAM_NONE;
                }
              else if (i - open > MAX_SINGLE_QUOTE)
                {
                  /* No closing mark in reach: the opening one was an apostrophe. */
                  skip = open;
                  i = open;
                  family = FAM_NONE;
                }
              break;

            default:
              g_assert_not_reached ();
            }
        }

      if (family != FAM_SINGLE)
        break;
      skip = open;
      i = open + 1;
      family = FAM_NONE;
    }

  if (family == FAM_NONE)
    {
      f->chain_next = -1;
      return;
    }

  /* The paragraph ended inside a quotation. */
  {
    int chain_in = open == p->start ? f->chain_next : -1;
    int index;

    f->chain_next = -1;
    if (pi + 1 < (int)f->paras->len)
      {
        const Para *next = &g_array_index (f->paras, Para, pi + 1);

        if (next->blockquote < 0 && opening_family (f, next) == family)
          {
            index = emit_quote (f, pi, open, p->end, FALSE,
                                chain_in >= 0 ? chain_in : (int)f->quotes->len);
            f->chain_next = g_array_index (f->info, QuoteInfo, index).chain;
            return;
          }
      }
    emit_quote (f, pi, open, p->end, FALSE, chain_in);
  }
}

/* Tokens */

static gboolean
is_abbreviation (const Token *t)
{
  static const char *words[] = {
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gen", "sen", "rep", "gov", "inc",
    "ltd", "co", "corp", "no", "vs", "lt", "col", "sgt", "capt", "cmdr", "adm", "rev",
  };

  if (t->ch != 0)
    return FALSE;
  if (strchr (t->low, '.') != NULL || (t->cap && g_utf8_strlen (t->low, -1) == 1))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (strcmp (t->low, words[i]) == 0)
      return TRUE;
  return FALSE;
}

static void
tokenize (Finder *f,
          gint64  a,
          gint64  b,
          GArray *tokens)
{
  gint64 i = a;

  g_array_set_size (tokens, 0);
  while (i < b && tokens->len < MAX_TOKENS)
    {
      Token t = { 0, };
      gunichar c = f->s[i];

      if (is_space (c))
        {
          i++;
          continue;
        }
      t.start = i;
      if (!is_alnum (c))
        {
          t.ch = c;
          t.end = ++i;
          t.low[0] = '\0';
          g_array_append_val (tokens, t);
          continue;
        }

      {
        gsize len = 0;
        gint64 j = i;

        while (j < b)
          {
            gunichar d = f->s[j];

            if (!is_alnum (d) &&
                !((is_apostrophe (d) || d == '-' || d == 0x2010 || d == '.' || d == '&') &&
                  j + 1 < b && is_alnum (f->s[j + 1]) && j > i))
              break;
            if (is_apostrophe (d))
              d = '\'';
            else
              d = g_unichar_tolower (d);
            if (len + 6 < sizeof t.low)
              len += g_unichar_to_utf8 (d, t.low + len);
            j++;
          }
        t.low[len] = '\0';
        t.end = j;
        t.cap = g_unichar_isupper (c) || g_unichar_istitle (c);
        t.lex = _dsr_quotes_lexicon_lookup (t.low);
        if (len > 2 && t.low[len - 2] == '\'' && t.low[len - 1] == 's')
          {
            t.possessive = TRUE;
            t.low[len - 2] = '\0';
            t.stem_lex = _dsr_quotes_lexicon_lookup (t.low);
            t.low[len - 2] = '\'';
          }
        i = j;
      }
      g_array_append_val (tokens, t);
    }
}

static gboolean
has_flag (const Token *t,
          guint        flag)
{
  return t->ch == 0 && t->lex != NULL && (t->lex->flags & flag) != 0;
}

static gboolean
is_word (const Token *t,
         const char  *word)
{
  return t->ch == 0 && strcmp (t->low, word) == 0;
}

static gboolean
is_terminator (const Token *tokens,
               int          i)
{
  gunichar c = tokens[i].ch;

  if (c == '!' || c == '?' || c == ';' || c == 0x2026)
    return TRUE;
  return c == '.' && (i == 0 || !is_abbreviation (&tokens[i - 1]));
}

/* Mentions and the running state */

static int
compare_mentions (gconstpointer a,
                  gconstpointer b)
{
  const DsrEntityMention *x = a, *y = b;

  if (x->start != y->start)
    return (x->start > y->start) - (x->start < y->start);
  return (x->end < y->end) - (x->end > y->end);
}

/* The last mention starting before @pos, or -1. */
static int
mention_before (Finder *f,
                gint64  pos)
{
  int lo = 0, hi = (int)f->n_ments;

  while (lo < hi)
    {
      int mid = (lo + hi) / 2;

      if (f->ments[mid].start < pos)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo - 1;
}

static const DsrEntityMention *
mention_covering (Finder *f,
                  gint64  pos)
{
  int i = mention_before (f, pos + 1);

  if (i >= 0 && f->ments[i].end > pos)
    return &f->ments[i];
  return NULL;
}

static int
group_of (Finder                 *f,
          const DsrEntityMention *m)
{
  if (m == NULL || f->groups == NULL || m->group < 0 || (guint)m->group >= f->groups->len)
    return -1;
  return m->group;
}

/* The most recent mention of @kind ending at or before @pos, outside quotations. */
static int
recent_mention (Finder        *f,
                DsrEntityKind  kind,
                gint64         pos)
{
  int i = mention_before (f, pos);

  while (i >= 0 && f->ments[i].end > pos)
    i--;
  if (i < 0)
    return -1;
  return kind == DSR_ENTITY_PERSON ? f->last_person[i] : f->last_org[i];
}

static int
recent_group (Finder        *f,
              DsrEntityKind  kind,
              gint64         pos)
{
  int i = recent_mention (f, kind, pos);

  return i >= 0 ? group_of (f, &f->ments[i]) : -1;
}

/* The most recent organisation not known to be of another class than @key: "the company"
 * is not the board named after it. A few steps back at most. */
static int
recent_org_of_class (Finder     *f,
                     const char *key,
                     gint64      pos)
{
  int first = -1;

  for (int step = 0; step < 6; step++)
    {
      int i = recent_mention (f, DSR_ENTITY_ORG, pos);
      int group;
      const char *class;

      if (i < 0)
        break;
      group = group_of (f, &f->ments[i]);
      class = f->org_class[group];
      if (first < 0)
        first = group;
      if (class == NULL || g_strcmp0 (class, key) == 0 ||
          g_strcmp0 (key, "organisation") == 0)
        return group;
      pos = f->ments[i].start;
    }
  return first;
}

static void
add_role (Finder     *f,
          const char *key,
          gint64      pos,
          int         group)
{
  GArray *entries = g_hash_table_lookup (f->roles, key);
  RoleEntry entry = { pos, group };

  if (f->org_class[group] == NULL && _dsr_quotes_lexicon_lookup (key) != NULL &&
      (_dsr_quotes_lexicon_lookup (key)->flags & DSR_LEX_ORG))
    f->org_class[group] = key;
  if (entries == NULL)
    {
      entries = g_array_new (FALSE, FALSE, sizeof (RoleEntry));
      g_hash_table_insert (f->roles, (gpointer)key, entries);
    }
  g_array_append_val (entries, entry);
}

/* The entity last introduced in a role before @pos; failing that, the first one after it
 * ("The chief executive of X told MPs…", then the name in the next sentence). */
static int
role_lookup (Finder     *f,
             const char *key,
             gint64      pos)
{
  GArray *entries = key != NULL ? g_hash_table_lookup (f->roles, key) : NULL;
  int lo = 0, hi;

  if (entries == NULL || entries->len == 0)
    return -1;
  hi = (int)entries->len;
  while (lo < hi)
    {
      int mid = (lo + hi) / 2;

      if (g_array_index (entries, RoleEntry, mid).pos < pos)
        lo = mid + 1;
      else
        hi = mid;
    }
  return g_array_index (entries, RoleEntry, lo > 0 ? lo - 1 : 0).group;
}

static gboolean
role_fits (const Token   *t,
           DsrEntityKind  kind)
{
  const DsrLexEntry *lex = t->possessive ? NULL : t->lex;

  if (lex == NULL || lex->key == NULL)
    return FALSE;
  return (kind == DSR_ENTITY_PERSON && (lex->flags & DSR_LEX_PERSON)) ||
         (kind == DSR_ENTITY_ORG && (lex->flags & DSR_LEX_ORG));
}

/* Roles come from the words around a mention: "Helen Okafor, principal analyst at…",
 * "analyst Helen Okafor", "the Meridian Wire news agency", and from an organisation's
 * name itself ("… Oversight Board" is a board). */
static void
collect_roles (Finder                 *f,
               const DsrEntityMention *m,
               gboolean               *named)
{
  GArray *tokens = f->scratch;
  int group = group_of (f, m);
  DsrEntityKind kind = m->kind;
  int n;

  if (group < 0 || (kind != DSR_ENTITY_PERSON && kind != DSR_ENTITY_ORG))
    return;

  if (kind == DSR_ENTITY_ORG && !named[group])
    {
      const char *name = g_array_index (f->groups, DsrEntityGroup, group).name;
      g_auto(GStrv) words = g_strsplit_set (name != NULL ? name : "", " .,", -1);

      named[group] = TRUE;
      for (guint i = 0; words[i] != NULL; i++)
        {
          g_autofree char *low = g_utf8_strdown (words[i], -1);
          const DsrLexEntry *lex = _dsr_quotes_lexicon_lookup (low);

          if (lex != NULL && (lex->flags & DSR_LEX_ORG) && lex->key != NULL)
            add_role (f, lex->key, m->start, group);
        }
    }

  tokenize (f, MAX (0, m->start - 80), m->start, tokens);
  n = (int)tokens->len;
  if (n > 0)
    {
      Token *t = (Token *)tokens->data;
      int i = n - 1;

      /* "The company's chief executive, Yevgeny Belozar": the word before the comma is
       * the role; "chief executive Yevgeny Belozar": role words right before the name. */
      if (t[i].ch == ',' && i > 0 && role_fits (&t[i - 1], kind))
        {
          for (i--; i >= 0 && i >= n - 8 && t[i].ch == 0 && !has_flag (&t[i], DSR_LEX_STOP); i--)
            if (role_fits (&t[i], kind))
              add_role (f, t[i].lex->key, m->start, group);
        }
      else
        {
          for (; i >= 0 && i >= n - 3 && role_fits (&t[i], kind); i--)
            add_role (f, t[i].lex->key, m->start, group);
        }
    }

  tokenize (f, m->end, MIN (f->n, m->end + 160), tokens);
  n = MIN ((int)tokens->len, 16);
  if (n > 0)
    {
      Token *t = (Token *)tokens->data;

      if (t[0].ch == ',')
        {
          for (int i = 1; i < n && t[i].ch == 0 && !has_flag (&t[i], DSR_LEX_CUE); i++)
            if (role_fits (&t[i], kind))
              add_role (f, t[i].lex->key, m->start, group);
        }
      else if (role_fits (&t[0], kind))
        add_role (f, t[0].lex->key, m->start, group);
      else if (n > 1 && t[0].ch == 0 && !t[0].cap && t[0].lex == NULL && role_fits (&t[1], kind))
        add_role (f, t[1].lex->key, m->start, group);   /* "Meridian Wire news agency" */
    }
}

/* Is the word before @pos a preposition? "wrote to Whitby", "met with Dahl". */
static gboolean
after_preposition (Finder *f,
                   gint64  pos)
{
  static const char *words[] = { "to", "with", "by", "from", "at", "for", "of", "about",
                                 "against", "on", "into", "and" };
  char word[16];
  gint64 i = pos, end;
  int len = 0;

  while (i > 0 && is_space (f->s[i - 1]))
    i--;
  end = i;
  while (i > 0 && end - i < 8 && g_unichar_isalpha (f->s[i - 1]))
    i--;
  if (end - i >= 8 || end == i)
    return FALSE;
  for (gint64 k = i; k < end; k++)
    word[len++] = (char)g_unichar_tolower (f->s[k]);
  word[len] = '\0';
  for (guint w = 0; w < G_N_ELEMENTS (words); w++)
    if (strcmp (word, words[w]) == 0)
      return TRUE;
  return FALSE;
}

static void
prepare_mentions (Finder *f,
                  GArray *mentions)
{
  g_autofree gboolean *named = NULL;
  guint q = 0;
  int person = -1, org = -1;
  int sentence = -1;
  gint64 scanned = 0;

  if (mentions == NULL || mentions->len == 0)
    return;
  f->n_ments = mentions->len;
  f->ments = g_memdup2 (mentions->data, sizeof (DsrEntityMention) * mentions->len);
  qsort (f->ments, f->n_ments, sizeof (DsrEntityMention), compare_mentions);
  f->last_person = g_new (int, f->n_ments);
  f->last_org = g_new (int, f->n_ments);
  f->sentence_first = g_new (int, f->n_ments);
  f->object = g_new0 (gboolean, f->n_ments);
  named = g_new0 (gboolean, f->groups != NULL ? f->groups->len : 0);

  for (guint i = 0; i < f->n_ments; i++)
    {
      const DsrEntityMention *m = &f->ments[i];
      gboolean inside = FALSE;

      for (; scanned < m->start; scanned++)
        {
          gunichar c = f->s[scanned];

          if (((c == '.' || c == '!' || c == '?') && scanned + 1 < f->n &&
               is_space (f->s[scanned + 1])) ||
              (c == '\n' && scanned + 1 < f->n && f->s[scanned + 1] == '\n'))
            sentence = (int)i;
        }
      scanned = MAX (scanned, m->end);
      f->sentence_first[i] = sentence >= 0 ? sentence : (int)i;
      if (sentence < 0)
        sentence = (int)i;
      f->object[i] = after_preposition (f, m->start);

      /* A name inside a quotation is not who speaks next: “I disagree with Okafor,” he said. */
      while (q < f->quotes->len &&
             (g_array_index (f->quotes, DsrQuote, q).end <= m->start ||
              g_array_index (f->quotes, DsrQuote, q).scare))
        q++;
      if (q < f->quotes->len)
        {
          const DsrQuote *quote = &g_array_index (f->quotes, DsrQuote, q);

          inside = quote->start <= m->start && m->end <= quote->end;
        }
      if (!inside && group_of (f, m) >= 0)
        {
          if (m->kind == DSR_ENTITY_PERSON)
            person = (int)i;
          else if (m->kind == DSR_ENTITY_ORG)
            org = (int)i;
          collect_roles (f, m, named);
        }
      f->last_person[i] = person;
      f->last_org[i] = org;
    }
}

static void
prepare_names (Finder *f)
{
  for (guint g = 0; f->groups != NULL && g < f->groups->len; g++)
    {
      DsrEntityGroup *group = &g_array_index (f->groups, DsrEntityGroup, g);

      if (group->name != NULL && !g_hash_table_contains (f->names, group->name))
        g_hash_table_insert (f->names, group->name, GINT_TO_POINTER (g + 1));
      for (guint a = 0; group->aliases != NULL && a < group->aliases->len; a++)
        {
          char *alias = g_ptr_array_index (group->aliases, a);

          if (!g_hash_table_contains (f->names, alias))
            g_hash_table_insert (f->names, alias, GINT_TO_POINTER (g + 1));
        }
    }
}

/* Noun phrases: who the attribution names */

static int
lookup_name (Finder *f,
             gint64  start,
             gint64  end)
{
  g_autoptr(GString) name = g_string_new (NULL);

  /* Raw text may break a name across lines. */
  for (gint64 i = start; i < end; i++)
    g_string_append_unichar (name, is_space (f->s[i]) ? ' ' : f->s[i]);
  return GPOINTER_TO_INT (g_hash_table_lookup (f->names, name->str)) - 1;
}

static int
resolve_pronoun (Finder     *f,
                 const char *word,
                 gint64      pos)
{
  if (strcmp (word, "he") == 0 || strcmp (word, "she") == 0 ||
      strcmp (word, "он") == 0 || strcmp (word, "она") == 0)
    {
      /* The subject before the object: "Carvajal wrote to Whitby. “…,” she wrote." */
      int i = recent_mention (f, DSR_ENTITY_PERSON, pos);
      int first;

      if (i < 0)
        return -1;
      first = f->sentence_first[i];
      if (f->object[i] && first != i && f->ments[first].kind == DSR_ENTITY_PERSON &&
          group_of (f, &f->ments[first]) >= 0)
        return group_of (f, &f->ments[first]);
      return group_of (f, &f->ments[i]);
    }
  if (strcmp (word, "it") == 0 || strcmp (word, "which") == 0)
    return recent_group (f, DSR_ENTITY_ORG, pos);
  if (strcmp (word, "they") == 0)
    {
      int org = recent_group (f, DSR_ENTITY_ORG, pos);

      return org >= 0 ? org : recent_group (f, DSR_ENTITY_PERSON, pos);
    }
  if (strcmp (word, "who") == 0)
    {
      /* "Helen Okafor of Larchmont Research, who…": the person just named. */
      int person = recent_mention (f, DSR_ENTITY_PERSON, pos);

      if (person >= 0 && pos - f->ments[person].end < 120)
        return group_of (f, &f->ments[person]);
      return recent_group (f, DSR_ENTITY_ORG, pos);
    }
  return -1;   /* I, we: the author, or a collective the text does not name */
}

static int
resolve_description (Finder            *f,
                     const DsrLexEntry *head,
                     gboolean           indefinite,
                     gint64             pos)
{
  static const char *regulators[] = { "board", "commission", "authority", "agency", "ministry",
                                      "office" };
  int group;

  if (head->flags & DSR_LEX_PERSON)
    {
      gboolean spokesperson = g_strcmp0 (head->key, "spokesperson") == 0;

      /* "a spokesperson" speaks for the organisation; "an analyst" is someone new. */
      if (indefinite)
        return spokesperson ? recent_group (f, DSR_ENTITY_ORG, pos) : -1;
      if ((group = role_lookup (f, head->key, pos)) >= 0)
        return group;
      return recent_group (f, DSR_ENTITY_PERSON, pos);
    }
  if (head->flags & DSR_LEX_ORG)
    {
      if (indefinite)
        return -1;
      if ((group = role_lookup (f, head->key, pos)) >= 0)
        return group;
      if (g_strcmp0 (head->key, "regulator") == 0)
        for (guint i = 0; i < G_N_ELEMENTS (regulators); i++)
          if ((group = role_lookup (f, regulators[i], pos)) >= 0)
            return group;
      return recent_org_of_class (f, head->key, pos);
    }
  if (head->flags & DSR_LEX_DOCUMENT)
    return indefinite ? -1 : recent_group (f, DSR_ENTITY_ORG, pos);
  return -1;
}

static gboolean np_forward  (Finder *f, Token *t, int hi, int i, Np *np);
static gboolean np_backward (Finder *f, Token *t, int lo, int e, gboolean appositions, Np *np);

/* The owner of a document word: "its statement", "the board's summary", "Carvalho's post". */
static gboolean
possessor (Finder *f,
           Token  *t,
           int     first,
           int     head,
           Np     *np)
{
  for (int i = head - 1; i >= first; i--)
    {
      if (t[i].possessive)
        {
          Token stem = t[i];

          stem.end -= 2;
          stem.possessive = FALSE;
          stem.lex = stem.stem_lex;
          {
            Token saved = t[i];
            gboolean found;

            t[i] = stem;
            found = np_backward (f, t, first, i, FALSE, np);
            t[i] = saved;
            return found;
          }
        }
      if (has_flag (&t[i], DSR_LEX_POSSESSIVE))
        {
          np->type = NP_PRONOUN;
          np->first = np->last = i;
          np->start = t[i].start;
          np->end = t[i].end;
          np->group = resolve_pronoun (f, t[i].lex->key, t[i].start);
          return TRUE;
        }
    }
  return FALSE;
}

/* A description from @first to its head word @head: "the analyst", "the company's chief
 * technology officer", "its statement", "a spokesperson". */
static gboolean
description (Finder *f,
             Token  *t,
             int     first,
             int     head,
             Np     *np)
{
  const DsrLexEntry *lex = t[head].lex;
  gboolean indefinite = has_flag (&t[first], DSR_LEX_INDEF);

  if (lex == NULL || !(lex->flags & (DSR_LEX_PERSON | DSR_LEX_ORG | DSR_LEX_ANONYMOUS |
                                     DSR_LEX_DOCUMENT)))
    return FALSE;
  np->first = first;
  np->last = head;
  np->start = t[first].start;
  np->end = t[head].end;
  if (lex->flags & DSR_LEX_DOCUMENT)
    {
      Np owner;

      if (possessor (f, t, first, head, &owner))
        {
          np->type = owner.type;
          np->group = owner.group;
          return TRUE;
        }
    }
  if ((lex->flags & DSR_LEX_ANONYMOUS) && !(lex->flags & (DSR_LEX_PERSON | DSR_LEX_ORG)))
    {
      np->type = NP_ANON;
      np->group = -1;
      return TRUE;
    }
  np->type = NP_DESC;
  np->group = resolve_description (f, lex, indefinite, np->start);
  return TRUE;
}

static gboolean
name_from_mention (Finder                 *f,
                   Token                  *t,
                   int                     lo,
                   int                     hi,
                   int                     i,
                   const DsrEntityMention *m,
                   Np                     *np)
{
  int first = i, last = i;

  while (first > lo && t[first - 1].end > m->start)
    first--;
  while (last + 1 < hi && t[last + 1].start < m->end)
    last++;
  np->type = NP_NAME;
  np->first = first;
  np->last = last;
  np->start = m->start;
  np->end = m->end;
  np->group = group_of (f, m);
  np->person = m->kind == DSR_ENTITY_PERSON;
  return TRUE;
}

static gboolean
is_name_word (const Token *t)
{
  return t->ch == 0 && t->cap && !has_flag (t, DSR_LEX_FUNCTION) && !has_flag (t, DSR_LEX_CUE);
}

static void
finish_name (Finder *f,
             Token  *t,
             int     first,
             int     last,
             Np     *np)
{
  np->type = NP_NAME;
  np->first = first;
  np->last = last;
  np->start = t[first].start;
  np->end = t[last].possessive ? t[last].end - 2 : t[last].end;
  np->group = lookup_name (f, np->start, np->end);
  np->person = np->group < 0 ||
               g_array_index (f->groups, DsrEntityGroup, np->group).kind == DSR_ENTITY_PERSON;
}

static gboolean
np_forward (Finder *f,
            Token  *t,
            int     hi,
            int     i,
            Np     *np)
{
  const DsrEntityMention *m;

  if (i >= hi || t[i].ch != 0)
    return FALSE;
  if ((m = mention_covering (f, t[i].start)) != NULL && m->start >= t[i].start)
    return name_from_mention (f, t, i, hi, i, m, np);
  if (has_flag (&t[i], DSR_LEX_PRONOUN))
    {
      np->type = NP_PRONOUN;
      np->first = np->last = i;
      np->start = t[i].start;
      np->end = t[i].end;
      np->group = resolve_pronoun (f, t[i].low, t[i].start);
      return TRUE;
    }
  if (has_flag (&t[i], DSR_LEX_DET) || t[i].possessive)
    {
      int head = -1;
      int j = has_flag (&t[i], DSR_LEX_DET) ? i + 1 : i;

      /* "one of them", "one of the former employees" */
      if (has_flag (&t[i], DSR_LEX_ANONYMOUS) && i + 1 < hi && is_word (&t[i + 1], "of"))
        {
          Np rest;

          np->type = NP_ANON;
          np->first = i;
          if (np_forward (f, t, hi, i + 2, &rest))
            np->last = rest.last;
          else
            for (np->last = MIN (i + 2, hi - 1);
                 np->last + 1 < hi && t[np->last + 1].ch == 0 &&
                 !has_flag (&t[np->last + 1], DSR_LEX_STOP | DSR_LEX_CUE | DSR_LEX_SKIP);
                 np->last++)
              ;
          np->start = t[i].start;
          np->end = t[np->last].end;
          np->group = -1;
          return TRUE;
        }
      for (; j < hi && j < i + 6 && t[j].ch == 0 && !has_flag (&t[j], DSR_LEX_STOP) &&
             !has_flag (&t[j], DSR_LEX_CUE) && !has_flag (&t[j], DSR_LEX_SKIP); j++)
        {
          if (j > i && (m = mention_covering (f, t[j].start)) != NULL && head >= 0 &&
              m->start == t[j].start)
            {
              /* "the analyst Helen Okafor"; but not "the firm representing Okafor" */
              if (t[head].lex != NULL && (t[head].lex->flags & DSR_LEX_PERSON))
                return name_from_mention (f, t, j, hi, j, m, np);
              break;
            }
          head = j;
        }
      if (head < 0 || !description (f, t, i, head, np))
        return FALSE;
      /* "a spokesperson for the agency", "a statement from the company" */
      if (np->type == NP_DESC && head + 1 < hi && (is_word (&t[head + 1], "for") ||
                                                   is_word (&t[head + 1], "from") ||
                                                   is_word (&t[head + 1], "by")))
        {
          Np owner;

          if ((t[head].lex->flags & (DSR_LEX_DOCUMENT | DSR_LEX_PERSON)) &&
              np_forward (f, t, hi, head + 2, &owner) && owner.group >= 0)
            {
              np->group = owner.group;
              np->last = owner.last;
              np->end = owner.end;
            }
        }
      return TRUE;
    }
  if (is_name_word (&t[i]))
    {
      int last = i;

      while (last + 1 < hi && !t[last].possessive)
        {
          /* A title before a known name: "Councillor Morgan Feeney", "Judge Ray Obi". */
          if ((m = mention_covering (f, t[last + 1].start)) != NULL &&
              m->start == t[last + 1].start)
            {
              int whole = lookup_name (f, t[i].start, m->end);

              /* A name the mention only ends ("Irina" + "Vashenko" across a line break)
               * or a title before it; the evidence covers both. */
              name_from_mention (f, t, last + 1, hi, last + 1, m, np);
              np->first = i;
              np->start = t[i].start;
              if (whole >= 0)
                np->group = whole;
              return TRUE;
            }
          if (is_name_word (&t[last + 1]))
            last++;
          else if (last + 2 < hi && is_name_word (&t[last + 2]) &&
                   (has_flag (&t[last + 1], DSR_LEX_NAME_PART) || t[last + 1].ch == '&'))
            last += 2;
          else
            break;
        }
      finish_name (f, t, i, last, np);
      return TRUE;
    }
  if (has_flag (&t[i], DSR_LEX_ANONYMOUS) || has_flag (&t[i], DSR_LEX_ORG) ||
      has_flag (&t[i], DSR_LEX_PERSON))
    {
      /* A bare noun: "said officials", "police said". */
      return description (f, t, i, i, np);
    }
  return FALSE;
}

/* The noun phrase ending at token @e, read backwards: "Okafor", "Helen Okafor, principal
 * analyst at Larchmont Research,", "the company", "he", "one of them". */
static gboolean
np_backward (Finder   *f,
             Token    *t,
             int       lo,
             int       e,
             gboolean  appositions,
             Np       *np)
{
  const DsrEntityMention *m;
  int skipped = 0;

  for (;;)
    {
      if (e >= lo && skipped < 4 && has_flag (&t[e], DSR_LEX_SKIP))
        e--, skipped++;
      else if (e - 1 >= lo && has_flag (&t[e], DSR_LEX_TIME) &&
               (is_word (&t[e - 1], "on") || is_word (&t[e - 1], "in") ||
                is_word (&t[e - 1], "last") || is_word (&t[e - 1], "this") ||
                is_word (&t[e - 1], "at")))
        e -= 2, skipped++;
      else
        break;
    }
  if (e < lo)
    return FALSE;

  if (t[e].ch == ',' && appositions)
    {
      /* "Daniel Okonjo, a partner at Tallis & Royle, the firm acting for her, said":
       * up to three comma-delimited appositions; the name before them, or a name that
       * is one of them, is the speaker. */
      int commas[4];
      int nc = 0;
      Np pre, seg, choice = { 0, };
      gboolean have_pre, have_choice = FALSE;

      commas[nc++] = e;
      while (nc < 4)
        {
          int c = commas[nc - 1] - 1;

          while (c >= lo && c > commas[nc - 1] - MAX_APPOSITION && t[c].ch != ',' &&
                 !is_terminator (t, c))
            c--;
          if (c < lo || t[c].ch != ',')
            break;
          commas[nc++] = c;
        }
      if (nc == 1)
        return FALSE;
      have_pre = np_backward (f, t, lo, commas[nc - 1] - 1, FALSE, &pre);
      if (have_pre && ((pre.type == NP_NAME && pre.person) || pre.type == NP_PRONOUN))
        {
          *np = pre;
          return TRUE;
        }
      for (int k = nc - 1; k > 0; k--)
        if (np_forward (f, t, commas[k - 1], commas[k] + 1, &seg) && seg.type == NP_NAME &&
            (seg.person || !have_choice))
          {
            if (seg.person)
              {
                *np = seg;
                return TRUE;
              }
            choice = seg;
            have_choice = TRUE;
          }
      if (have_pre && (pre.type == NP_NAME || !have_choice))
        *np = pre;
      else if (have_choice)
        *np = choice;
      else
        return FALSE;
      return TRUE;
    }
  if (t[e].ch != 0)
    return FALSE;

  if ((m = mention_covering (f, t[e].start)) != NULL)
    name_from_mention (f, t, lo, e + 1, e, m, np);
  else if (has_flag (&t[e], DSR_LEX_PRONOUN))
    {
      np->type = NP_PRONOUN;
      np->first = np->last = e;
      np->start = t[e].start;
      np->end = t[e].end;
      np->group = resolve_pronoun (f, t[e].low, t[e].start);
    }
  else if (is_name_word (&t[e]))
    {
      int first = e;

      while (first - 1 >= lo)
        {
          if (is_name_word (&t[first - 1]) && !t[first - 1].possessive)
            first--;
          else if (first - 2 >= lo && is_name_word (&t[first - 2]) &&
                   (has_flag (&t[first - 1], DSR_LEX_NAME_PART) || t[first - 1].ch == '&'))
            first -= 2;
          else
            break;
        }
      finish_name (f, t, first, e, np);
    }
  else
    {
      int first = e;

      while (first - 1 >= lo && first > e - 5 && t[first - 1].ch == 0 &&
             !has_flag (&t[first - 1], DSR_LEX_STOP) && !has_flag (&t[first - 1], DSR_LEX_CUE) &&
             !has_flag (&t[first - 1], DSR_LEX_SKIP) && !has_flag (&t[first], DSR_LEX_DET))
        first--;
      if (!description (f, t, first, e, np))
        {
          /* "A source at the port": not a speaker itself, but what the speaker is at. */
          np->type = NP_ANON;
          np->first = first;
          np->last = e;
          np->start = t[first].start;
          np->end = t[e].end;
          np->group = -2;
        }
    }

  /* "the chief executive of Belozar Labs", "one of them", "a source at the port",
   * "Okafor of Larchmont Research", "the board's summary of its findings" */
  if (np->first - 2 >= lo && (is_word (&t[np->first - 1], "of") ||
                              is_word (&t[np->first - 1], "at") ||
                              is_word (&t[np->first - 1], "for") ||
                              is_word (&t[np->first - 1], "from") ||
                              is_word (&t[np->first - 1], "with") ||
                              is_word (&t[np->first - 1], "in")))
    {
      Np head;
      int h = np->first - 2;

      if (has_flag (&t[h], DSR_LEX_ANONYMOUS) && has_flag (&t[h], DSR_LEX_DET) &&
          is_word (&t[np->first - 1], "of"))
        {
          np->type = NP_ANON;
          np->first = h;
          np->start = t[h].start;
          np->group = -1;
        }
      else if (np_backward (f, t, lo, h, FALSE, &head) && head.group != -2 &&
               (np->group == -2 || head.type == NP_ANON || head.type == NP_PRONOUN ||
                (head.type == NP_NAME && head.person) ||
                (head.type == NP_DESC && t[head.last].lex != NULL &&
                 (t[head.last].lex->flags & (DSR_LEX_PERSON | DSR_LEX_DOCUMENT)))))
        {
          head.end = np->end;
          *np = head;
        }
    }
  /* "A nurse who left St Columba's in January described…": the relative clause is not
   * the subject. */
  if (appositions)
    for (int k = np->first - 1; k >= lo && k >= np->first - 10; k--)
      {
        Np head;

        if (t[k].ch != 0 || has_flag (&t[k], DSR_LEX_CUE))
          break;
        if ((is_word (&t[k], "who") || is_word (&t[k], "which") || is_word (&t[k], "whose")) &&
            np_backward (f, t, lo, k - 1, FALSE, &head) && head.group != -2)
          {
            *np = head;
            break;
          }
      }
  if (np->group == -2)
    return FALSE;
  return TRUE;
}

/* Cues */

/* The cue ending at token @k, if any; *first is its first token. */
static CueType
cue_ending_at (Token *t,
               int    lo,
               int    k,
               int   *first)
{
  *first = k;
  if (t[k].ch != 0)
    return CUE_NONE;
  if (k - 1 >= lo && is_word (&t[k], "to") && is_word (&t[k - 1], "according"))
    {
      *first = k - 1;
      return CUE_ACCORDING;
    }
  if (is_word (&t[k], "selon") || is_word (&t[k], "laut"))
    return CUE_ACCORDING;
  if (is_word (&t[k], "account") && k - 1 >= lo)
    {
      int j = is_word (&t[k - 1], "own") ? k - 2 : k - 1;

      if (j >= lo && (has_flag (&t[j], DSR_LEX_POSSESSIVE) || t[j].possessive))
        {
          *first = j - 1 >= lo && is_word (&t[j - 1], "by") ? j - 1 : j;
          return CUE_ACCOUNT;
        }
      return CUE_NONE;
    }
  if (k - 1 >= lo && ((is_word (&t[k], "out") && is_word (&t[k - 1], "pointed")) ||
                      (is_word (&t[k], "on") && is_word (&t[k - 1], "went"))))
    {
      *first = k - 1;
      return CUE_VERB;
    }
  if (k - 2 >= lo && has_flag (&t[k], DSR_LEX_DOCUMENT) && has_flag (&t[k - 1], DSR_LEX_DET) &&
      is_word (&t[k - 2], "in"))
    {
      *first = k - 2;
      return CUE_IN_STATEMENT;
    }
  if (k - 1 >= lo && (has_flag (&t[k], DSR_LEX_CUE) || has_flag (&t[k], DSR_LEX_SAYING)) &&
      has_flag (&t[k - 1], DSR_LEX_DOCUMENT))
    {
      *first = k - 1;
      if (k - 2 >= lo && has_flag (&t[k - 2], DSR_LEX_DET) &&
          !has_flag (&t[k - 2], DSR_LEX_POSSESSIVE))
        *first = k - 2;
      return CUE_STATEMENT;
    }
  if (has_flag (&t[k], DSR_LEX_CUE))
    return CUE_VERB;
  if (has_flag (&t[k], DSR_LEX_SAYING))
    return CUE_SAYING;
  return CUE_NONE;
}

typedef struct
{
  gboolean found;
  Np       np;
  gint64   cue_start;
  gint64   cue_end;
} Attribution;

static void
set_cue (Attribution *a,
         Token       *t,
         int          first,
         int          last)
{
  a->found = TRUE;
  a->cue_start = t[first].start;
  a->cue_end = t[last].end;
}

/* The subject of the sentence starting at @s0: "The company issued a statement, saying…". */
static gboolean
sentence_subject (Finder *f,
                  Token  *t,
                  int     s0,
                  int     hi,
                  Np     *np)
{
  if (np_forward (f, t, hi, s0, np))
    return TRUE;
  /* "In July, the analyst…", "Asked about the report, Okafor…" */
  for (int i = s0; i < hi && i < s0 + 12; i++)
    if (t[i].ch == ',')
      return np_forward (f, t, hi, i + 1, np);
  return FALSE;
}

/* Looks for an attribution in the sentence t[s0, n), nearest the quotation first. */
static gboolean
attribute_before (Finder      *f,
                  Token       *t,
                  int          s0,
                  int          n,
                  Attribution *a)
{
  for (int k = n - 1; k >= s0; k--)
    {
      int first;
      CueType type = cue_ending_at (t, s0, k, &first);
      Np np;
      gboolean found = FALSE;

      switch (type)
        {
        case CUE_NONE:
          continue;

        case CUE_VERB:
          found = np_backward (f, t, s0, first - 1, TRUE, &np);
          if (!found && (t[k].lex->flags & DSR_LEX_INVERT) &&
              (first == s0 || t[first - 1].ch == ','))
            found = np_forward (f, t, n, k + 1, &np);
          break;

        case CUE_SAYING:
          found = sentence_subject (f, t, s0, first, &np);
          break;

        case CUE_ACCORDING:
          found = np_forward (f, t, n, k + 1, &np);
          break;

        case CUE_IN_STATEMENT:
          if (first - 1 >= s0 && has_flag (&t[first - 1], DSR_LEX_CUE))
            continue;   /* "the agency said in a statement": the verb is the cue */
          found = np_backward (f, t, s0, first - 1, TRUE, &np);
          if (!found)
            {
              int j = k + 1;

              while (j < n && (t[j].ch == ',' || has_flag (&t[j], DSR_LEX_TIME) ||
                               is_word (&t[j], "on")))
                j++;
              found = np_forward (f, t, n, j, &np);
            }
          break;

        case CUE_STATEMENT:
          found = np_backward (f, t, s0, k - 1, TRUE, &np);
          if (found && np.type == NP_DESC && np.group < 0)
            found = FALSE;
          if (!found)
            found = sentence_subject (f, t, s0, first, &np);
          break;

        case CUE_ACCOUNT:
          found = possessor (f, t, first, k, &np);
          break;

        default:
          g_assert_not_reached ();
        }
      if (found)
        {
          a->np = np;
          set_cue (a, t, first, k);
          return TRUE;
        }
    }
  return FALSE;
}

/* "…,” said Okafor", "…,” the analyst said", "…,” according to the agency". */
static gboolean
attribute_after (Finder      *f,
                 Token       *t,
                 int          n,
                 gboolean     strict,
                 Attribution *a)
{
  int i = 0, j, k, first, end;
  CueType type;
  Np np;

  while (i < n && i < 2 && (t[i].ch == ',' || is_dash (t[i].ch)))
    i++;
  if (i >= n)
    return FALSE;

  if (is_word (&t[i], "according") && i + 1 < n && is_word (&t[i + 1], "to"))
    {
      if (!np_forward (f, t, n, i + 2, &np))
        return FALSE;
      first = i, k = i + 1, end = np.last + 1;
    }
  else if (has_flag (&t[i], DSR_LEX_INVERT) && cue_ending_at (t, i, i, &first) == CUE_VERB)
    {
      if (!np_forward (f, t, n, i + 1, &np))
        return FALSE;
      first = k = i, end = np.last + 1;
    }
  else
    {
      if (!np_forward (f, t, n, i, &np))
        return FALSE;
      j = np.last + 1;
      if (j < n && t[j].ch == ',')
        {
          int c = j + 1;

          while (c < n && c < j + MAX_APPOSITION && t[c].ch != ',' && !is_terminator (t, c))
            c++;
          if (c >= n || t[c].ch != ',')
            return FALSE;
          j = c + 1;
        }
      while (j < n && (has_flag (&t[j], DSR_LEX_SKIP) || has_flag (&t[j], DSR_LEX_TIME) ||
                       (is_word (&t[j], "on") && j + 1 < n && has_flag (&t[j + 1], DSR_LEX_TIME))))
        j++;
      if (j >= n)
        return FALSE;
      type = cue_ending_at (t, j, j, &first);
      if (j + 1 < n && ((is_word (&t[j], "pointed") && is_word (&t[j + 1], "out")) ||
                        (is_word (&t[j], "went") && is_word (&t[j + 1], "on"))))
        type = CUE_VERB, first = j, j++;
      if (type != CUE_VERB)
        return FALSE;
      k = j;
      end = k + 1;
    }

  /* After “A full sentence.” the clause must be a bare attribution, not a new statement. */
  if (strict)
    {
      int count = 0;

      for (int x = end; x < n && !is_terminator (t, x); x++, count++)
        if (is_word (&t[x], "that") || t[x].ch == ':' || count >= 8)
          return FALSE;
    }
  a->np = np;
  set_cue (a, t, first, k);
  return TRUE;
}

/* The index of the last sentence terminator in t[0, n), or -1. */
static int
last_terminator (Token *t,
                 int    n)
{
  for (int i = n - 1; i >= 0; i--)
    if (is_terminator (t, i))
      return i;
  return -1;
}

static int
neighbour (Finder *f,
           int     qi,
           int     step)
{
  int para = g_array_index (f->info, QuoteInfo, qi).para;

  for (int j = qi + step; j >= 0 && j < (int)f->quotes->len; j += step)
    {
      if (g_array_index (f->info, QuoteInfo, j).para != para)
        return -1;
      if (!g_array_index (f->quotes, DsrQuote, j).scare)
        return j;
    }
  return -1;
}

static void
apply (Finder      *f,
       int          qi,
       Attribution *a)
{
  DsrQuote *quote = &g_array_index (f->quotes, DsrQuote, qi);

  quote->speaker_group = a->np.group;
  quote->speaker_start = a->np.start;
  quote->speaker_end = a->np.end;
  g_clear_pointer (&quote->cue, g_free);
  {
    /* Line breaks of raw text become spaces in the cue's text. */
    GString *cue = g_string_new (NULL);

    for (gint64 i = a->cue_start; i < a->cue_end; i++)
      {
        if (is_space (f->s[i]))
          {
            if (cue->len > 0 && cue->str[cue->len - 1] != ' ')
              g_string_append_c (cue, ' ');
          }
        else
          g_string_append_unichar (cue, f->s[i]);
      }
    quote->cue = g_string_free (cue, FALSE);
  }
  quote->cue_start = a->cue_start;
  quote->cue_end = a->cue_end;
  g_array_index (f->info, QuoteInfo, qi).attributed = TRUE;
}

/* An introduction ending in a colon, or an attribution in the sentence before. */
static gboolean
attribute_window (Finder      *f,
                  Token       *t,
                  int          n,
                  gboolean     whole_sentence,
                  Attribution *a)
{
  int s0 = last_terminator (t, n) + 1;

  if (attribute_before (f, t, s0, n, a))
    return TRUE;
  if (n > s0 && t[n - 1].ch == ':' && sentence_subject (f, t, s0, n, &a->np))
    {
      set_cue (a, t, n - 1, n - 1);
      return TRUE;
    }
  if (whole_sentence && s0 == n && s0 > 0)
    {
      int p0 = last_terminator (t, s0 - 1) + 1;

      return attribute_before (f, t, p0, s0 - 1, a);
    }
  return FALSE;
}

static void
attribute_quote (Finder *f,
                 int     qi)
{
  DsrQuote *quote = &g_array_index (f->quotes, DsrQuote, qi);
  const QuoteInfo *info = &g_array_index (f->info, QuoteInfo, qi);
  const Para *p = &g_array_index (f->paras, Para, info->para);
  GArray *tokens = g_array_new (FALSE, FALSE, sizeof (Token));
  Attribution a = { 0, };
  int prev = neighbour (f, qi, -1);
  int next = neighbour (f, qi, +1);
  gint64 lo, hi;

  /* After the closing mark, up to the next quotation. */
  if (p->blockquote < 0 && quote->end < p->end)
    {
      hi = next >= 0 ? g_array_index (f->quotes, DsrQuote, next).start : p->end;
      tokenize (f, quote->end, MIN (hi, quote->end + AFTER_CHARS), tokens);
      {
        Token *t = (Token *)tokens->data;
        int n = (int)tokens->len;

        for (int x = 0; x < n; x++)
          if (is_terminator (t, x))
            {
              n = x;
              break;
            }
        /* «Нет», — сказал он; “Never”, she said: a short quotation with its
         * attribution right after it is speech, not a scare quote. */
        if (!quote->scare || (n > 0 && (t[0].ch == ',' || is_dash (t[0].ch))))
          a.found = attribute_after (f, t, n, info->terminal, &a);
        if (a.found)
          quote->scare = FALSE;
      }
    }
  if (quote->scare)
    {
      g_array_unref (tokens);
      return;
    }

  /* Before the opening mark, back to the previous quotation. */
  if (!a.found && quote->start > p->start)
    {
      lo = prev >= 0 ? g_array_index (f->quotes, DsrQuote, prev).end : p->start;
      tokenize (f, MAX (lo, quote->start - WINDOW_CHARS), quote->start, tokens);
      attribute_window (f, (Token *)tokens->data, (int)tokens->len, TRUE, &a);
    }

  /* "The second former employee described the arrangement at length:" */
  if (!a.found && info->para > 0 && prev < 0)
    {
      const Para *pp = &g_array_index (f->paras, Para, info->para - 1);
      gboolean starts = TRUE;

      for (gint64 x = p->start; x < quote->start; x++)
        if (!is_space (f->s[x]))
          starts = FALSE;
      if (starts && pp->end > pp->start && f->s[pp->end - 1] == ':')
        {
          tokenize (f, MAX (pp->start, pp->end - WINDOW_CHARS), pp->end, tokens);
          attribute_window (f, (Token *)tokens->data, (int)tokens->len, FALSE, &a);
        }
    }

  if (a.found)
    apply (f, qi, &a);
  g_array_unref (tokens);
}

static void
copy_attribution (Finder *f,
                  int     to,
                  int     from)
{
  DsrQuote *dst = &g_array_index (f->quotes, DsrQuote, to);
  const DsrQuote *src = &g_array_index (f->quotes, DsrQuote, from);

  dst->speaker_group = src->speaker_group;
  dst->speaker_start = src->speaker_start;
  dst->speaker_end = src->speaker_end;
  g_free (dst->cue);
  dst->cue = g_strdup (src->cue);
  dst->cue_start = src->cue_start;
  dst->cue_end = src->cue_end;
  g_array_index (f->info, QuoteInfo, to).attributed = TRUE;
}

/* Nothing but quotation in paragraph @para, apart from punctuation? */
static gboolean
quote_only (Finder *f,
            int     para,
            int     first_quote)
{
  const Para *p = &g_array_index (f->paras, Para, para);
  gint64 i = p->start;

  for (int q = first_quote; q < (int)f->quotes->len; q++)
    {
      const DsrQuote *quote = &g_array_index (f->quotes, DsrQuote, q);

      if (g_array_index (f->info, QuoteInfo, q).para != para)
        break;
      for (; i < quote->start; i++)
        if (is_alnum (f->s[i]))
          return FALSE;
      i = quote->end;
    }
  for (; i < p->end; i++)
    if (is_alnum (f->s[i]))
      return FALSE;
  return TRUE;
}

static void
inherit (Finder *f)
{
  int n = (int)f->quotes->len;
  int last_para = -1, last_in_para = -1, prev_para_last = -1;
  int first_in_para = -1;

  /* The parts of a continued quotation share the first attribution any of them has. */
  for (int q = 0; q < n; q++)
    {
      QuoteInfo *info = &g_array_index (f->info, QuoteInfo, q);
      QuoteInfo *head = &g_array_index (f->info, QuoteInfo, info->chain);

      if (info->chain != q && info->attributed && !head->attributed)
        copy_attribution (f, info->chain, q);
    }
  for (int q = 0; q < n; q++)
    {
      QuoteInfo *info = &g_array_index (f->info, QuoteInfo, q);

      if (info->chain != q && !info->attributed &&
          g_array_index (f->info, QuoteInfo, info->chain).attributed)
        copy_attribution (f, q, info->chain);
    }

  for (int q = 0; q < n; q++)
    {
      QuoteInfo *info = &g_array_index (f->info, QuoteInfo, q);

      if (g_array_index (f->quotes, DsrQuote, q).scare)
        continue;
      if (info->para != last_para)
        {
          prev_para_last = last_para >= 0 && info->para == last_para + 1 ? last_in_para : -1;
          last_para = info->para;
          last_in_para = -1;
          first_in_para = q;
        }
      if (!info->attributed)
        {
          if (last_in_para >= 0)
            copy_attribution (f, q, last_in_para);
          else if (prev_para_last >= 0 && quote_only (f, info->para, first_in_para) &&
                   g_array_index (f->paras, Para, info->para).blockquote < 0 &&
                   !g_array_index (f->paras, Para, info->para).heading &&
                   !g_array_index (f->paras, Para,
                                   g_array_index (f->info, QuoteInfo, prev_para_last).para).heading)
            copy_attribution (f, q, prev_para_last);
        }
      if (info->attributed)
        last_in_para = q;
    }
}

/**
 * dsr_quotes_find:
 * @text: a document's text, as stored (UTF-8)
 * @spans: (element-type DsrSpan) (nullable): its structure; block quotes are quotations
 * @mentions: (element-type DsrEntityMention) (nullable): its entity mentions, with groups
 * @groups: (element-type DsrEntityGroup) (nullable): the groups the mentions point into
 *
 * Finds the quotations in @text and suggests a speaker for each, with the evidence: where
 * the attribution names the speaker and the cue that says so. Offsets are code points.
 *
 * Returns: (transfer full) (element-type DsrQuote): the quotations, in text order
 */
GArray *
dsr_quotes_find (const char *text,
                 GArray     *spans,
                 GArray     *mentions,
                 GArray     *groups)
{
  Finder f = { 0, };
  GArray *quotes;
  glong n = 0;

  g_return_val_if_fail (text != NULL, NULL);

  quotes = g_array_new (FALSE, FALSE, sizeof (DsrQuote));
  g_array_set_clear_func (quotes, (GDestroyNotify)dsr_quote_clear);
  if (!g_utf8_validate (text, -1, NULL))
    return quotes;

  f.s = g_utf8_to_ucs4_fast (text, -1, &n);
  f.n = n;
  f.paras = g_array_new (FALSE, FALSE, sizeof (Para));
  f.quotes = quotes;
  f.info = g_array_new (FALSE, FALSE, sizeof (QuoteInfo));
  f.chain_next = -1;
  f.groups = groups;
  f.names = g_hash_table_new (g_str_hash, g_str_equal);
  f.roles = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                   (GDestroyNotify)g_array_unref);
  f.scratch = g_array_new (FALSE, FALSE, sizeof (Token));
  f.org_class = g_new0 (const char *, groups != NULL ? groups->len : 0);

  find_paragraphs (&f, spans);
  for (int p = 0; p < (int)f.paras->len; p++)
    scan_paragraph (&f, p);

  prepare_names (&f);
  prepare_mentions (&f, mentions);
  for (int q = 0; q < (int)quotes->len; q++)
    attribute_quote (&f, q);
  inherit (&f);

  g_free ((gpointer)f.s);
  g_array_unref (f.paras);
  g_array_unref (f.info);
  g_free (f.ments);
  g_free (f.last_person);
  g_free (f.last_org);
  g_free (f.sentence_first);
  g_free (f.object);
  g_hash_table_unref (f.names);
  g_hash_table_unref (f.roles);
  g_array_unref (f.scratch);
  g_free (f.org_class);
  return quotes;
}
