/* dsr-quotes-private.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What a lower-cased word can be to the attribution rules. A word may be several things:
 * "says" is a speech verb, "one" a determiner and an anonymous speaker. */
typedef enum
{
  DSR_LEX_CUE        = 1 << 0,   /* a speech verb: "said", "told", "wrote" */
  DSR_LEX_INVERT     = 1 << 1,   /* the speaker may follow it: "said Okafor" */
  DSR_LEX_SAYING     = 1 << 2,   /* a participle whose speaker is the sentence's subject */
  DSR_LEX_DET        = 1 << 3,   /* starts a description: "the", "a", "its" */
  DSR_LEX_INDEF      = 1 << 4,   /* an indefinite determiner: "a", "an", "one" */
  DSR_LEX_POSSESSIVE = 1 << 5,   /* "its", "his", "her", "their" */
  DSR_LEX_PRONOUN    = 1 << 6,   /* "he", "she", "it", "they", "who", "I", "we" */
  DSR_LEX_SKIP       = 1 << 7,   /* auxiliaries and adverbs between speaker and verb */
  DSR_LEX_FUNCTION   = 1 << 8,   /* never part of a name, even when capitalised */
  DSR_LEX_PERSON     = 1 << 9,   /* a role of a person: "analyst", "minister" */
  DSR_LEX_ORG        = 1 << 10,  /* a kind of organisation: "company", "agency" */
  DSR_LEX_ANONYMOUS  = 1 << 11,  /* an unnamed speaker: "source", "officials" */
  DSR_LEX_DOCUMENT   = 1 << 12,  /* speaks for its author: "statement", "report" */
  DSR_LEX_TIME       = 1 << 13,  /* "Tuesday", "July", "week" */
  DSR_LEX_STOP       = 1 << 14,  /* ends a description: prepositions, conjunctions */
  DSR_LEX_NAME_PART  = 1 << 15,  /* "de", "van", "bin": lower-case inside names */
} DsrLexFlags;

typedef struct
{
  guint       flags;
  const char *key;     /* roles and kinds: the class a description is matched by */
} DsrLexEntry;

const DsrLexEntry *_dsr_quotes_lexicon_lookup (const char *lower_word);

G_END_DECLS
