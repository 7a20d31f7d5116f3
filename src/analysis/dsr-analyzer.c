/* dsr-analyzer.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-analyzer"

#include "config.h"

#include "dsr-aliases.h"
#include "dsr-analyzer.h"
#include "dsr-cyrillic.h"
#include "dsr-quotes.h"
#include "dsr-recognizer.h"

/* Analysis of a newly read document, as one step of its import: who and what is named
 * in it, which names stand for the same entity, and who said what. The recogniser is
 * taught what people confirmed and rejected in the investigation the document joins,
 * so one analyzer serves one investigation (one import run). */
struct _DsrAnalyzer
{
  DsrRecognizer *recognizer;
  GHashTable    *known;       /* names people confirmed, lower case -> itself */
};

/**
 * dsr_analyzer_new_for_store:
 * @store: the investigation documents are imported into
 *
 * Loads the recogniser's word lists (a fraction of a second: make one per import run,
 * not one per file) and teaches it the investigation's known and rejected names.
 *
 * Returns: (transfer full) (nullable): the analyzer, or %NULL if a word list is missing
 */
DsrAnalyzer *
dsr_analyzer_new_for_store (DsrStore  *store,
                            GError   **error)
{
  g_autoptr(DsrRecognizer) recognizer = NULL;
  g_autoptr(GHashTable) known = NULL;
  g_autoptr(GPtrArray) rejected = NULL;
  DsrAnalyzer *self;
  GHashTableIter iter;
  gpointer name, kind;

  g_return_val_if_fail (DSR_IS_STORE (store), NULL);

  if (!(recognizer = dsr_recognizer_new (error)) ||
      !dsr_store_list_verdicts (store, &known, &rejected, error))
    return NULL;

  self = g_new0 (DsrAnalyzer, 1);
  self->known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_hash_table_iter_init (&iter, known);
  while (g_hash_table_iter_next (&iter, &name, &kind))
    {
      g_autofree char *lower = g_utf8_strdown (name, -1);

      dsr_recognizer_add_known (recognizer, name, GPOINTER_TO_INT (kind));
      g_hash_table_add (self->known, g_steal_pointer (&lower));
    }
  for (guint i = 0; i < rejected->len; i++)
    dsr_recognizer_add_rejected (recognizer, rejected->pdata[i]);

  self->recognizer = g_steal_pointer (&recognizer);
  return self;
}

void
dsr_analyzer_free (DsrAnalyzer *self)
{
  if (self == NULL)
    return;

  dsr_recognizer_free (self->recognizer);
  g_hash_table_unref (self->known);
  g_free (self);
}

/**
 * dsr_analyzer_run:
 * @content: a document as a reader made it
 *
 * Fills @content's mentions, entity groups and quotations, which the store keeps with
 * the document as suggestions.
 */
void
dsr_analyzer_run (DsrAnalyzer        *self,
                  DsrDocumentContent *content)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (content != NULL);

  g_clear_pointer (&content->mentions, g_array_unref);
  g_clear_pointer (&content->groups, g_array_unref);
  g_clear_pointer (&content->quotes, g_array_unref);

  content->mentions = dsr_recognizer_find (self->recognizer, content->text->str, content->spans);
  dsr_cyrillic_refine (content->text->str, content->mentions, self->known);
  content->groups = dsr_aliases_group (content->text->str, content->mentions);
  content->quotes = dsr_quotes_find (content->text->str, content->spans, content->mentions,
                                     content->groups);
}
