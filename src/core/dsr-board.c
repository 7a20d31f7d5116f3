/* dsr-board.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-board"

#include "config.h"

#include "dsr-board-private.h"

struct _DsrBoard
{
  GObject parent_instance;

  gint64  id;
  char   *name;
  guint   n_items;
};

G_DEFINE_FINAL_TYPE (DsrBoard, dsr_board, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dsr_board_finalize (GObject *object)
{
  DsrBoard *self = (DsrBoard *)object;

  g_free (self->name);

  G_OBJECT_CLASS (dsr_board_parent_class)->finalize (object);
}

static void
dsr_board_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  DsrBoard *self = DSR_BOARD (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->n_items);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dsr_board_class_init (DsrBoardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = dsr_board_finalize;
  object_class->get_property = dsr_board_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_N_ITEMS] = g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dsr_board_init (DsrBoard *self)
{
}

DsrBoard *
_dsr_board_new (gint64      id,
                const char *name,
                guint       n_items)
{
  DsrBoard *self = g_object_new (DSR_TYPE_BOARD, NULL);

  self->id = id;
  self->name = g_strdup (name);
  self->n_items = n_items;
  return self;
}

gint64
dsr_board_get_id (DsrBoard *self)
{
  g_return_val_if_fail (DSR_IS_BOARD (self), 0);
  return self->id;
}

const char *
dsr_board_get_name (DsrBoard *self)
{
  g_return_val_if_fail (DSR_IS_BOARD (self), NULL);
  return self->name;
}

guint
dsr_board_get_n_items (DsrBoard *self)
{
  g_return_val_if_fail (DSR_IS_BOARD (self), 0);
  return self->n_items;
}
