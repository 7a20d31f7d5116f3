/* dsr-claim.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-claim"

#include "config.h"

#include "dsr-claim-private.h"

struct _DsrClaim
{
  GObject parent_instance;

  gint64  id;
  gint64  document_id;
  gint64  start;
  gint64  end;
  char   *document_title;
  char   *quote;
  char   *speaker;
  char   *source;
};

G_DEFINE_FINAL_TYPE (DsrClaim, dsr_claim, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_DOCUMENT_ID,
  PROP_START,
  PROP_END,
  PROP_DOCUMENT_TITLE,
  PROP_QUOTE,
  PROP_SPEAKER,
  PROP_SOURCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dsr_claim_finalize (GObject *object)
{
  DsrClaim *self = (DsrClaim *)object;

  g_free (self->document_title);
  g_free (self->quote);
  g_free (self->speaker);
  g_free (self->source);

  G_OBJECT_CLASS (dsr_claim_parent_class)->finalize (object);
}

static void
dsr_claim_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  DsrClaim *self = DSR_CLAIM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_DOCUMENT_ID:
      g_value_set_int64 (value, self->document_id);
      break;
    case PROP_START:
      g_value_set_int64 (value, self->start);
      break;
    case PROP_END:
      g_value_set_int64 (value, self->end);
      break;
    case PROP_DOCUMENT_TITLE:
      g_value_set_string (value, self->document_title);
      break;
    case PROP_QUOTE:
      g_value_set_string (value, self->quote);
      break;
    case PROP_SPEAKER:
      g_value_set_string (value, self->speaker);
      break;
    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dsr_claim_class_init (DsrClaimClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = dsr_claim_finalize;
  object_class->get_property = dsr_claim_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_DOCUMENT_ID] =
    g_param_spec_int64 ("document-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_START] = g_param_spec_int64 ("start", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_END] = g_param_spec_int64 ("end", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_DOCUMENT_TITLE] =
    g_param_spec_string ("document-title", NULL, NULL, NULL, flags);
  properties[PROP_QUOTE] = g_param_spec_string ("quote", NULL, NULL, NULL, flags);
  properties[PROP_SPEAKER] = g_param_spec_string ("speaker", NULL, NULL, NULL, flags);
  properties[PROP_SOURCE] = g_param_spec_string ("source", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dsr_claim_init (DsrClaim *self)
{
}

/* Columns, in order: see DSR_CLAIM_COLUMNS. */
DsrClaim *
_dsr_claim_new_from_row (sqlite3_stmt *stmt)
{
  DsrClaim *self = g_object_new (DSR_TYPE_CLAIM, NULL);

  self->id = sqlite3_column_int64 (stmt, 0);
  self->document_id = sqlite3_column_int64 (stmt, 1);
  self->document_title = g_strdup ((const char *)sqlite3_column_text (stmt, 2));
  self->start = sqlite3_column_int64 (stmt, 3);
  self->end = sqlite3_column_int64 (stmt, 4);
  self->quote = g_strdup ((const char *)sqlite3_column_text (stmt, 5));
  self->speaker = g_strdup ((const char *)sqlite3_column_text (stmt, 6));
  self->source = g_strdup ((const char *)sqlite3_column_text (stmt, 7));
  return self;
}

gint64
dsr_claim_get_id (DsrClaim *self)
{
  g_return_val_if_fail (DSR_IS_CLAIM (self), 0);
  return self->id;
}

gint64
dsr_claim_get_document_id (DsrClaim *self)
{
  g_return_val_if_fail (DSR_IS_CLAIM (self), 0);
  return self->document_id;
}

const char *
dsr_claim_get_document_title (DsrClaim *self)
{
  g_return_val_if_fail (DSR_IS_CLAIM (self), NULL);
  return self->document_title;
}

gint64
dsr_claim_get_start (DsrClaim *self)
{
  g_return_val_if_fail (DSR_IS_CLAIM (self), 0);
  return self->start;
}

gint64
dsr_claim_get_end (DsrClaim *self)
{
  g_return_val_if_fail (DSR_IS_CLAIM (self), 0);
  return self->end;
}

const char *
dsr_claim_get_quote (DsrClaim *self)
{
  g_return_val_if_fail (DSR_IS_CLAIM (self), NULL);
  return self->quote;
}

/**
 * dsr_claim_get_speaker:
 *
 * Returns: (nullable): the name of the entity the claim is confirmed as said by
 */
const char *
dsr_claim_get_speaker (DsrClaim *self)
{
  g_return_val_if_fail (DSR_IS_CLAIM (self), NULL);
  return self->speaker;
}

/**
 * dsr_claim_get_source:
 *
 * Returns: (nullable): the name of the source the claim is confirmed as reported by
 */
const char *
dsr_claim_get_source (DsrClaim *self)
{
  g_return_val_if_fail (DSR_IS_CLAIM (self), NULL);
  return self->source;
}
