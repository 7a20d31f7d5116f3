/* dsr-analysis-types.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "dsr-core-types.h"

G_BEGIN_DECLS

/* What analysis finds in one document's text. Offsets are Unicode code points into the
 * stored text, end exclusive, as everywhere in Dossier. */

/* A name in the text: "Helen Okafor", "Okafor", "the FCOB", "Toronto". */
typedef struct
{
  gint64         start;
  gint64         end;
  DsrEntityKind  kind;
  int            group;     /* index of its DsrEntityGroup, -1 before grouping */
} DsrEntityMention;

/* The names of one document that stand for the same entity: "Federal Communications
 * Oversight Board" and "FCOB"; "Helen Okafor" and "Okafor". */
typedef struct
{
  DsrEntityKind  kind;
  char          *name;      /* canonical: the fullest form used */
  GPtrArray     *aliases;   /* (element-type utf8): the other forms used */
} DsrEntityGroup;

/* A quotation, with the speaker suggested for it and the evidence for the suggestion. */
typedef struct
{
  gint64         start;           /* the quotation marks included */
  gint64         end;
  gboolean       scare;           /* one or two words in quotes: not speech */
  int            speaker_group;   /* DsrEntityGroup index, -1 if no speaker was found */
  gint64         speaker_start;   /* where the attribution names the speaker ("he", */
  gint64         speaker_end;     /* "the analyst", "Okafor"); -1 if none */
  char          *cue;             /* "said", "according to", "in a statement"; NULL if none */
  gint64         cue_start;
  gint64         cue_end;
} DsrQuote;

void dsr_entity_group_clear (DsrEntityGroup *group);
void dsr_quote_clear        (DsrQuote       *quote);

G_END_DECLS
