/* dsr-entity.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-entity"

#include "config.h"

#include "dsr-entity-private.h"

struct _DsrEntity
{
  GObject         parent_instance;

  gint64          id;
  DsrEntityKind   kind;
  DsrEntityState  state;
  char           *name;
  char          **aliases;
  guint           n_mentions;
  guint           n_documents;
};

G_DEFINE_FINAL_TYPE (DsrEntity, dsr_entity, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_KIND,
  PROP_STATE,
  PROP_N_MENTIONS,
  PROP_N_DOCUMENTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *states[] = { "suggested", "confirmed", "rejected" };

static void
dsr_entity_finalize (GObject *object)
{
  DsrEntity *self = (DsrEntity *)object;

  g_free (self->name);
  g_strfreev (self->aliases);

  G_OBJECT_CLASS (dsr_entity_parent_class)->finalize (object);
}

static void
dsr_entity_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  DsrEntity *self = DSR_ENTITY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_KIND:
      g_value_set_string (value, dsr_entity_kind_to_string (self->kind));
      break;
    case PROP_STATE:
      g_value_set_string (value, dsr_entity_state_to_string (self->state));
      break;
    case PROP_N_MENTIONS:
      g_value_set_uint (value, self->n_mentions);
      break;
    case PROP_N_DOCUMENTS:
      g_value_set_uint (value, self->n_documents);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dsr_entity_class_init (DsrEntityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = dsr_entity_finalize;
  object_class->get_property = dsr_entity_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_KIND] = g_param_spec_string ("kind", NULL, NULL, NULL, flags);
  properties[PROP_STATE] = g_param_spec_string ("state", NULL, NULL, NULL, flags);
  properties[PROP_N_MENTIONS] = g_param_spec_uint ("n-mentions", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_N_DOCUMENTS] = g_param_spec_uint ("n-documents", NULL, NULL, 0, G_MAXUINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dsr_entity_init (DsrEntity *self)
{
}

gboolean
_dsr_entity_state_from_string (const char     *str,
                               DsrEntityState *state)
{
  for (guint i = 0; i < G_N_ELEMENTS (states); i++)
    {
      if (g_strcmp0 (states[i], str) == 0)
        {
          *state = i;
          return TRUE;
        }
    }
  return FALSE;
}

/* Columns, in order: id, kind, name, state, aliases joined by U+001F, mentions, documents. */
DsrEntity *
_dsr_entity_new_from_row (sqlite3_stmt *stmt)
{
  DsrEntity *self = g_object_new (DSR_TYPE_ENTITY, NULL);
  const char *aliases = (const char *)sqlite3_column_text (stmt, 4);

  self->id = sqlite3_column_int64 (stmt, 0);
  dsr_entity_kind_from_string ((const char *)sqlite3_column_text (stmt, 1), &self->kind);
  self->name = g_strdup ((const char *)sqlite3_column_text (stmt, 2));
  _dsr_entity_state_from_string ((const char *)sqlite3_column_text (stmt, 3), &self->state);
  self->aliases = aliases && *aliases ? g_strsplit (aliases, "\x1f", -1) : g_new0 (char *, 1);
  self->n_mentions = sqlite3_column_int (stmt, 5);
  self->n_documents = sqlite3_column_int (stmt, 6);
  return self;
}

const char *
dsr_entity_state_to_string (DsrEntityState state)
{
  g_return_val_if_fail (state < G_N_ELEMENTS (states), NULL);
  return states[state];
}

gint64
dsr_entity_get_id (DsrEntity *self)
{
  g_return_val_if_fail (DSR_IS_ENTITY (self), 0);
  return self->id;
}

DsrEntityKind
dsr_entity_get_kind (DsrEntity *self)
{
  g_return_val_if_fail (DSR_IS_ENTITY (self), DSR_ENTITY_OTHER);
  return self->kind;
}

const char *
dsr_entity_get_name (DsrEntity *self)
{
  g_return_val_if_fail (DSR_IS_ENTITY (self), NULL);
  return self->name;
}

/**
 * dsr_entity_get_aliases:
 *
 * Returns: (transfer none): the other names the entity goes by, sorted
 */
const char * const *
dsr_entity_get_aliases (DsrEntity *self)
{
  g_return_val_if_fail (DSR_IS_ENTITY (self), NULL);
  return (const char * const *)self->aliases;
}

DsrEntityState
dsr_entity_get_state (DsrEntity *self)
{
  g_return_val_if_fail (DSR_IS_ENTITY (self), DSR_ENTITY_SUGGESTED);
  return self->state;
}

/**
 * dsr_entity_get_n_mentions:
 *
 * Returns: how many times the entity is mentioned, rejected mentions not counted
 */
guint
dsr_entity_get_n_mentions (DsrEntity *self)
{
  g_return_val_if_fail (DSR_IS_ENTITY (self), 0);
  return self->n_mentions;
}

guint
dsr_entity_get_n_documents (DsrEntity *self)
{
  g_return_val_if_fail (DSR_IS_ENTITY (self), 0);
  return self->n_documents;
}
