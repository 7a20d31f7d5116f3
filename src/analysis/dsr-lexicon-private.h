/* dsr-lexicon-private.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What the word lists say about one lower-cased word or phrase. One hash lookup per token
 * gives all of it. */
typedef enum
{
  LEX_LOWER       = 1 << 0,   /* a common word: the dictionary has it in lower case */
  LEX_PROPER      = 1 << 1,   /* the dictionary has it capitalised (a name of some kind) */
  LEX_GIVEN       = 1 << 2,   /* a common given name */
  LEX_SURNAME     = 1 << 3,   /* a common surname */
  LEX_COUNTRY     = 1 << 4,   /* a country, continent or region of the world */
  LEX_REGION      = 1 << 5,   /* a state, province or other subdivision */
  LEX_CITY        = 1 << 6,   /* a city */
  LEX_DEMONYM     = 1 << 7,   /* "Russian", "Mycenaean": a proper adjective, not a name */
  LEX_TITLE       = 1 << 8,   /* "Mr", "President": before a person, outside the span */
  LEX_ROLE        = 1 << 9,   /* "analyst", "CEO": a person follows */
  LEX_ORG_WORD    = 1 << 10,  /* "Agency", "Labs": ends an organisation's name */
  LEX_ORG_HEAD    = 1 << 11,  /* "University", "Ministry": heads "X of Y" */
  LEX_PLACE_WORD  = 1 << 12,  /* "River", "Street": ends a place's name */
  LEX_PLACE_HEAD  = 1 << 13,  /* "Gulf", "Lake": heads "X of Y" or "Lake X" */
  LEX_FUNCTION    = 1 << 14,  /* "The", "However": never a name by itself */
  LEX_PARTICLE    = 1 << 15,  /* "de", "van", "bin": inside a person's name */
  LEX_NOT_NAME    = 1 << 16,  /* capitalised but not an entity: months, days, "I" */
  LEX_PLACE_PREP  = 1 << 17,  /* "in", "near": a place often follows */
  LEX_WEAK_PREP   = 1 << 18,  /* "from", "at", "to": sometimes a place follows */
  LEX_SPEECH      = 1 << 19,  /* "said", "told": a speaker, usually a person, precedes */
  LEX_ORG_SUFFIX  = 1 << 20,  /* "Inc", "Ltd": may follow a comma, keeps its period */
  LEX_ABBREV      = 1 << 21,  /* a period after it does not end the sentence */
  LEX_PERSON_VERB = 1 << 22,  /* "died", "married": only people do it */
  LEX_ORG_PREP    = 1 << 23,  /* "joined", "at": an organisation often follows */
  LEX_EVENT       = 1 << 24,  /* "War", "Cup": ends the name of an event or a work */
  LEX_WN_PERSON   = 1 << 25,  /* WordNet names a person so ("Churchill") */
  LEX_WN_ORG      = 1 << 26,  /* WordNet names an organisation so ("Amnesty International") */
  LEX_WN_PLACE    = 1 << 27,  /* WordNet names a place so ("Thrace", "Danube") */
  LEX_WN_PEOPLE   = 1 << 28,  /* WordNet names a people or a member of one ("Slavs") */
  LEX_PARTY       = 1 << 29,  /* "Democrats", "Tories": a party by its members */
  LEX_ORG_NOUN    = 1 << 30,  /* "carmaker", "companies": the name that follows is an org */
  LEX_NOUN_ONLY   = 1u << 31, /* "feed", "letters": WordNet knows it as a noun, never a verb */
} DsrLexFlags;

/* What a word next to a name says about it. A second, small table (DsrLexFlags has no bit
 * left), looked up only for the words around candidate names. */
typedef enum
{
  CUE_ORG_AFTER    = 1 << 0,  /* "spokeswoman", "shares": "a Vantor spokeswoman" is an org's */
  CUE_ORG_OWNS     = 1 << 1,  /* "shareholders", "chief": "Vantor's shareholders" */
  CUE_ORG_OF       = 1 << 2,  /* "stake", "founder": "a stake in Vantor", "founder of Vantor" */
  CUE_KIN          = 1 << 3,  /* "brother", "career": "Okafor's brother" is a person's */
  CUE_DIPLOMACY    = 1 << 4,  /* "war", "sanctions": "talks with Norway" are its government's */
  CUE_WORLD_REGION = 1 << 5,  /* "Europe", "Mediterranean": a region, never a government */
  CUE_PLACE_HEAD   = 1 << 6,  /* "Plaza", "Punta": a foreign word opening a place's name */
  CUE_THING        = 1 << 7,  /* "toolkit", "malware": "Sandfly, the espionage toolkit" */
  CUE_MODAL        = 1 << 8,  /* "would", "will": a verb of the subject's follows */
  CUE_AUXILIARY    = 1 << 9,  /* "was", "had": a participle of the subject's follows */
} DsrCueFlags;

typedef struct _DsrLexicon DsrLexicon;

DsrLexicon *_dsr_lexicon_new     (GError     **error);
void        _dsr_lexicon_free    (DsrLexicon  *self);
guint       _dsr_lexicon_lookup  (DsrLexicon  *self,
                                  const char  *lower_key);
guint       _dsr_lexicon_cues    (DsrLexicon  *self,
                                  const char  *lower_key);

void        _dsr_lexicon_add_flags (GHashTable  *words,
                                    const char  *key,
                                    guint        flags);
void        _dsr_wordnet_load      (GHashTable  *words);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsrLexicon, _dsr_lexicon_free)

G_END_DECLS
