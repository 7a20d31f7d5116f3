/* dsr-analyzer.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-analyzer"

#include "config.h"

#include <string.h>

#include "dsr-aliases.h"
#include "dsr-analyzer.h"
#include "dsr-cyrillic.h"
#include "dsr-quotes.h"
#include "dsr-recognizer.h"

/* Analysis of a newly read document, as one step of its import: who and what is named
 * in it, which names stand for the same entity, and who said what. The recogniser is
 * taught what people confirmed and rejected in the investigation the document joins,
 * so one analyzer serves one investigation (one import run).
 *
 * The store joins a new document's names to the investigation's entities by exact
 * name; the analyzer adds to each group the name the investigation knows it by when
 * only the alias key matches ("Евгений Белозар" in a Russian article, "Yevgeny Belozar"
 * in an English one imported before). */
struct _DsrAnalyzer
{
  DsrRecognizer *recognizer;
  GHashTable    *known;       /* names people confirmed, lower case -> itself */
  GHashTable    *names;       /* "kind:alias key" of the investigation's names -> the
                               * entity name it stands for */
};

static void
remember_name (DsrAnalyzer   *self,
               DsrEntityKind  kind,
               const char    *name,
               const char    *entity_name)
{
  g_autofree char *key = dsr_aliases_key (name, kind);
  char *kind_key = g_strdup_printf ("%d:%s", kind, key);

  if (g_hash_table_contains (self->names, kind_key))
    g_free (kind_key);
  else
    g_hash_table_insert (self->names, kind_key, g_strdup (entity_name));
  dsr_recognizer_add_seen (self->recognizer, name, kind);
}

static gboolean
remember_entities (DsrAnalyzer  *self,
                   DsrStore     *store,
                   GError      **error)
{
  g_autoptr(GListModel) entities = dsr_store_list_entities (store, error);

  if (entities == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (entities); i++)
    {
      g_autoptr(DsrEntity) entity = g_list_model_get_item (entities, i);
      const char *name = dsr_entity_get_name (entity);
      const char * const *aliases = dsr_entity_get_aliases (entity);

      remember_name (self, dsr_entity_get_kind (entity), name, name);
      for (guint k = 0; aliases != NULL && aliases[k] != NULL; k++)
        remember_name (self, dsr_entity_get_kind (entity), aliases[k], name);
    }

  return TRUE;
}

/* Gives each group the name of the investigation's entity it matches by key, and
 * remembers the groups for the documents that follow. */
static void
join_investigation (DsrAnalyzer *self,
                    GArray      *groups)
{
  for (guint i = 0; i < groups->len; i++)
    {
      DsrEntityGroup *group = &g_array_index (groups, DsrEntityGroup, i);
      g_autofree char *key = dsr_aliases_key (group->name, group->kind);
      g_autofree char *kind_key = g_strdup_printf ("%d:%s", group->kind, key);
      const char *entity_name = g_hash_table_lookup (self->names, kind_key);

      for (guint k = 0; entity_name == NULL && k < group->aliases->len; k++)
        {
          g_autofree char *alias_key = dsr_aliases_key (group->aliases->pdata[k], group->kind);

          g_free (kind_key);
          kind_key = g_strdup_printf ("%d:%s", group->kind, alias_key);
          entity_name = g_hash_table_lookup (self->names, kind_key);
        }

      if (entity_name != NULL && strcmp (entity_name, group->name) != 0
          && !g_ptr_array_find_with_equal_func (group->aliases, entity_name, g_str_equal, NULL))
        g_ptr_array_add (group->aliases, g_strdup (entity_name));
      if (entity_name == NULL)
        entity_name = group->name;

      remember_name (self, group->kind, group->name, entity_name);
      for (guint k = 0; k < group->aliases->len; k++)
        remember_name (self, group->kind, group->aliases->pdata[k], entity_name);
    }
}

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
  self->recognizer = g_steal_pointer (&recognizer);
  self->known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  if (!remember_entities (self, store, error))
    {
      dsr_analyzer_free (self);
      return NULL;
    }

  g_hash_table_iter_init (&iter, known);
  while (g_hash_table_iter_next (&iter, &name, &kind))
    {
      g_autofree char *lower = g_utf8_strdown (name, -1);

      dsr_recognizer_add_known (self->recognizer, name, GPOINTER_TO_INT (kind));
      g_hash_table_add (self->known, g_steal_pointer (&lower));
    }
  for (guint i = 0; i < rejected->len; i++)
    dsr_recognizer_add_rejected (self->recognizer, rejected->pdata[i]);

  return self;
}

void
dsr_analyzer_free (DsrAnalyzer *self)
{
  if (self == NULL)
    return;

  dsr_recognizer_free (self->recognizer);
  g_hash_table_unref (self->known);
  g_hash_table_unref (self->names);
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
  join_investigation (self, content->groups);
  content->quotes = dsr_quotes_find (content->text->str, content->spans, content->mentions,
                                     content->groups);
}
