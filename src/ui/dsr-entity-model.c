/* dsr-entity-model.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-entity-model"

#include "config.h"

#include <string.h>

#include "dsr-entity-model.h"

/* The Entities list: the investigation's entities grouped by kind, each group led by
 * a header item (GTK 4.8 list views have no section headers), narrowed by a filter
 * that matches names and aliases. Items are computed on demand from an index, so a
 * list of 100,000 entities costs one array of positions, not 100,000 widgets. */

struct _DsrEntityHeader
{
  GObject        parent_instance;
  DsrEntityKind  kind;
  guint          n_entities;
};

G_DEFINE_FINAL_TYPE (DsrEntityHeader, dsr_entity_header, G_TYPE_OBJECT)

static void
dsr_entity_header_class_init (DsrEntityHeaderClass *klass)
{
}

static void
dsr_entity_header_init (DsrEntityHeader *self)
{
}

DsrEntityKind
dsr_entity_header_get_kind (DsrEntityHeader *self)
{
  g_return_val_if_fail (DSR_IS_ENTITY_HEADER (self), DSR_ENTITY_OTHER);
  return self->kind;
}

/**
 * dsr_entity_header_get_n_entities:
 *
 * Returns: how many entities of its kind the list shows
 */
guint
dsr_entity_header_get_n_entities (DsrEntityHeader *self)
{
  g_return_val_if_fail (DSR_IS_ENTITY_HEADER (self), 0);
  return self->n_entities;
}

#define N_KINDS 4

struct _DsrEntityModel
{
  GObject           parent_instance;

  GPtrArray        *entities;          /* of DsrEntity, sorted by kind then name */
  char             *filter;            /* case-folded, or NULL */
  GArray           *rows;              /* int: index into entities, or -1 - kind for a header */
  DsrEntityHeader  *headers[N_KINDS];
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (DsrEntityModel, dsr_entity_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static gboolean
contains_folded (const char *text,
                 const char *folded_needle)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);

  return strstr (folded, folded_needle) != NULL;
}

static gboolean
matches (DsrEntityModel *self,
         DsrEntity      *entity)
{
  const char * const *aliases;

  if (self->filter == NULL)
    return TRUE;
  if (contains_folded (dsr_entity_get_name (entity), self->filter))
    return TRUE;
  aliases = dsr_entity_get_aliases (entity);
  for (guint i = 0; aliases != NULL && aliases[i] != NULL; i++)
    if (contains_folded (aliases[i], self->filter))
      return TRUE;
  return FALSE;
}

static void
rebuild (DsrEntityModel *self)
{
  guint n_removed = self->rows->len;
  int current_kind = -1;

  g_array_set_size (self->rows, 0);
  for (guint k = 0; k < N_KINDS; k++)
    self->headers[k]->n_entities = 0;

  for (guint i = 0; self->entities != NULL && i < self->entities->len; i++)
    {
      DsrEntity *entity = g_ptr_array_index (self->entities, i);
      int kind = (int)dsr_entity_get_kind (entity);
      int index = (int)i;

      if (!matches (self, entity))
        continue;
      if (kind != current_kind)
        {
          int header = -1 - kind;

          g_array_append_val (self->rows, header);
          current_kind = kind;
        }
      g_array_append_val (self->rows, index);
      self->headers[kind]->n_entities++;
    }

  g_list_model_items_changed (G_LIST_MODEL (self), 0, n_removed, self->rows->len);
}

static int
compare_entities (gconstpointer a,
                  gconstpointer b)
{
  DsrEntity *x = *(DsrEntity **)a;
  DsrEntity *y = *(DsrEntity **)b;

  return (int)dsr_entity_get_kind (x) - (int)dsr_entity_get_kind (y);
}

static GType
dsr_entity_model_get_item_type (GListModel *model)
{
  return G_TYPE_OBJECT;
}

static guint
dsr_entity_model_get_n_items (GListModel *model)
{
  return DSR_ENTITY_MODEL (model)->rows->len;
}

static gpointer
dsr_entity_model_get_item (GListModel *model,
                           guint       position)
{
  DsrEntityModel *self = DSR_ENTITY_MODEL (model);
  int row;

  if (position >= self->rows->len)
    return NULL;
  row = g_array_index (self->rows, int, position);
  if (row < 0)
    return g_object_ref (self->headers[-1 - row]);
  return g_object_ref (g_ptr_array_index (self->entities, row));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = dsr_entity_model_get_item_type;
  iface->get_n_items = dsr_entity_model_get_n_items;
  iface->get_item = dsr_entity_model_get_item;
}

static void
dsr_entity_model_finalize (GObject *object)
{
  DsrEntityModel *self = (DsrEntityModel *)object;

  g_clear_pointer (&self->entities, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_array_unref);
  g_free (self->filter);
  for (guint k = 0; k < N_KINDS; k++)
    g_clear_object (&self->headers[k]);

  G_OBJECT_CLASS (dsr_entity_model_parent_class)->finalize (object);
}

static void
dsr_entity_model_class_init (DsrEntityModelClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dsr_entity_model_finalize;
}

static void
dsr_entity_model_init (DsrEntityModel *self)
{
  self->rows = g_array_new (FALSE, FALSE, sizeof (int));
  for (guint k = 0; k < N_KINDS; k++)
    {
      self->headers[k] = g_object_new (DSR_TYPE_ENTITY_HEADER, NULL);
      self->headers[k]->kind = (DsrEntityKind)k;
    }
}

DsrEntityModel *
dsr_entity_model_new (void)
{
  return g_object_new (DSR_TYPE_ENTITY_MODEL, NULL);
}

/**
 * dsr_entity_model_set_entities:
 * @entities: (nullable): a list of #DsrEntity, as dsr_store_list_entities() gives it
 */
void
dsr_entity_model_set_entities (DsrEntityModel *self,
                               GListModel     *entities)
{
  guint n;

  g_return_if_fail (DSR_IS_ENTITY_MODEL (self));
  g_return_if_fail (entities == NULL || G_IS_LIST_MODEL (entities));

  g_clear_pointer (&self->entities, g_ptr_array_unref);
  if (entities != NULL)
    {
      n = g_list_model_get_n_items (entities);
      self->entities = g_ptr_array_new_full (n, g_object_unref);
      for (guint i = 0; i < n; i++)
        g_ptr_array_add (self->entities, g_list_model_get_item (entities, i));
      /* Stable: the store's order by name is kept within each kind. */
      g_ptr_array_sort (self->entities, compare_entities);
    }
  rebuild (self);
}

/**
 * dsr_entity_model_set_filter:
 * @filter: (nullable): text that names or aliases must contain, any case
 */
void
dsr_entity_model_set_filter (DsrEntityModel *self,
                             const char     *filter)
{
  g_autofree char *stripped = NULL;

  g_return_if_fail (DSR_IS_ENTITY_MODEL (self));

  stripped = g_strstrip (g_strdup (filter ? filter : ""));
  g_free (self->filter);
  self->filter = *stripped ? g_utf8_casefold (stripped, -1) : NULL;
  rebuild (self);
}

/**
 * dsr_entity_model_get_n_entities:
 *
 * Returns: how many entities the list shows, headers not counted
 */
guint
dsr_entity_model_get_n_entities (DsrEntityModel *self)
{
  guint n = 0;

  g_return_val_if_fail (DSR_IS_ENTITY_MODEL (self), 0);

  for (guint k = 0; k < N_KINDS; k++)
    n += self->headers[k]->n_entities;
  return n;
}

/**
 * dsr_entity_model_find:
 *
 * Returns: the position of the entity, or %G_MAXUINT if the list does not show it
 */
guint
dsr_entity_model_find (DsrEntityModel *self,
                       gint64          entity_id)
{
  g_return_val_if_fail (DSR_IS_ENTITY_MODEL (self), G_MAXUINT);

  for (guint i = 0; i < self->rows->len; i++)
    {
      int row = g_array_index (self->rows, int, i);

      if (row >= 0 && dsr_entity_get_id (g_ptr_array_index (self->entities, row)) == entity_id)
        return i;
    }
  return G_MAXUINT;
}
