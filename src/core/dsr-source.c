/* dsr-source.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-source"

#include "config.h"

#include "dsr-source-private.h"

struct _DsrSource
{
  GObject  parent_instance;

  gint64   id;
  char    *name;
  char    *kind;
  char    *url;
  char     reliability;   /* 'A' to 'F', or 0 when not graded */
  guint    n_documents;
};

G_DEFINE_FINAL_TYPE (DsrSource, dsr_source, G_TYPE_OBJECT)

static void
dsr_source_finalize (GObject *object)
{
  DsrSource *self = (DsrSource *)object;

  g_free (self->name);
  g_free (self->kind);
  g_free (self->url);

  G_OBJECT_CLASS (dsr_source_parent_class)->finalize (object);
}

static void
dsr_source_class_init (DsrSourceClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dsr_source_finalize;
}

static void
dsr_source_init (DsrSource *self)
{
}

/* Reads a row of DSR_SOURCE_COLUMNS. */
DsrSource *
_dsr_source_new_from_row (sqlite3_stmt *stmt)
{
  DsrSource *self = g_object_new (DSR_TYPE_SOURCE, NULL);
  const char *reliability = (const char *)sqlite3_column_text (stmt, 4);

  self->id = sqlite3_column_int64 (stmt, 0);
  self->name = g_strdup ((const char *)sqlite3_column_text (stmt, 1));
  self->kind = g_strdup ((const char *)sqlite3_column_text (stmt, 2));
  self->url = g_strdup ((const char *)sqlite3_column_text (stmt, 3));
  self->reliability = reliability != NULL ? reliability[0] : 0;
  self->n_documents = (guint)sqlite3_column_int64 (stmt, 5);

  return self;
}

gint64
dsr_source_get_id (DsrSource *self)
{
  g_return_val_if_fail (DSR_IS_SOURCE (self), 0);
  return self->id;
}

const char *
dsr_source_get_name (DsrSource *self)
{
  g_return_val_if_fail (DSR_IS_SOURCE (self), NULL);
  return self->name;
}

/**
 * dsr_source_get_kind:
 *
 * Returns: outlet, agency, organisation, person or report
 */
const char *
dsr_source_get_kind (DsrSource *self)
{
  g_return_val_if_fail (DSR_IS_SOURCE (self), NULL);
  return self->kind;
}

/**
 * dsr_source_get_url:
 *
 * Returns: (nullable): the source's address
 */
const char *
dsr_source_get_url (DsrSource *self)
{
  g_return_val_if_fail (DSR_IS_SOURCE (self), NULL);
  return self->url;
}

/**
 * dsr_source_get_reliability:
 *
 * Returns: the Admiralty grade 'A' to 'F', or 0 when the source is not graded
 */
char
dsr_source_get_reliability (DsrSource *self)
{
  g_return_val_if_fail (DSR_IS_SOURCE (self), 0);
  return self->reliability;
}

/**
 * dsr_source_get_n_documents:
 *
 * Returns: how many documents the source published
 */
guint
dsr_source_get_n_documents (DsrSource *self)
{
  g_return_val_if_fail (DSR_IS_SOURCE (self), 0);
  return self->n_documents;
}
