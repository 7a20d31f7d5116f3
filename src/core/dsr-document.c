/* dsr-document.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-document"

#include "config.h"

#include "dsr-document-private.h"

struct _DsrDocument
{
  GObject parent_instance;

  gint64  id;
  gint64  chars;
  char   *title;
  char   *byline;
  char   *url;
  char   *published;
  char   *imported;
  char   *file_name;
  char   *media_type;
  char   *language;
  char   *source;
  char   *sha256;
  char   *site_name;
};

G_DEFINE_FINAL_TYPE (DsrDocument, dsr_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_BYLINE,
  PROP_URL,
  PROP_PUBLISHED,
  PROP_IMPORTED,
  PROP_FILE_NAME,
  PROP_MEDIA_TYPE,
  PROP_LANGUAGE,
  PROP_SOURCE,
  PROP_SHA256,
  PROP_SITE_NAME,
  PROP_CHARS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dsr_document_finalize (GObject *object)
{
  DsrDocument *self = (DsrDocument *)object;

  g_free (self->title);
  g_free (self->byline);
  g_free (self->url);
  g_free (self->published);
  g_free (self->imported);
  g_free (self->file_name);
  g_free (self->media_type);
  g_free (self->language);
  g_free (self->source);
  g_free (self->sha256);
  g_free (self->site_name);

  G_OBJECT_CLASS (dsr_document_parent_class)->finalize (object);
}

static void
dsr_document_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  DsrDocument *self = DSR_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_BYLINE:
      g_value_set_string (value, self->byline);
      break;
    case PROP_URL:
      g_value_set_string (value, self->url);
      break;
    case PROP_PUBLISHED:
      g_value_set_string (value, self->published);
      break;
    case PROP_IMPORTED:
      g_value_set_string (value, self->imported);
      break;
    case PROP_FILE_NAME:
      g_value_set_string (value, self->file_name);
      break;
    case PROP_MEDIA_TYPE:
      g_value_set_string (value, self->media_type);
      break;
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;
    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;
    case PROP_SHA256:
      g_value_set_string (value, self->sha256);
      break;
    case PROP_SITE_NAME:
      g_value_set_string (value, self->site_name);
      break;
    case PROP_CHARS:
      g_value_set_int64 (value, self->chars);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dsr_document_class_init (DsrDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;
  static const struct { guint prop; const char *name; } strings[] = {
    { PROP_TITLE, "title" }, { PROP_BYLINE, "byline" }, { PROP_URL, "url" },
    { PROP_PUBLISHED, "published" }, { PROP_IMPORTED, "imported" },
    { PROP_FILE_NAME, "file-name" }, { PROP_MEDIA_TYPE, "media-type" },
    { PROP_LANGUAGE, "language" }, { PROP_SOURCE, "source" }, { PROP_SHA256, "sha256" },
    { PROP_SITE_NAME, "site-name" },
  };

  object_class->finalize = dsr_document_finalize;
  object_class->get_property = dsr_document_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_CHARS] = g_param_spec_int64 ("chars", NULL, NULL, 0, G_MAXINT64, 0, flags);
  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    properties[strings[i].prop] = g_param_spec_string (strings[i].name, NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dsr_document_init (DsrDocument *self)
{
}

/* Columns, in order: id, title, byline, url, published, imported, file_name, media_type,
 * language, source name, sha256, site_name, chars (see DSR_DOCUMENT_COLUMNS). */
DsrDocument *
_dsr_document_new_from_row (sqlite3_stmt *stmt)
{
  DsrDocument *self = g_object_new (DSR_TYPE_DOCUMENT, NULL);
  char **fields[] = {
    &self->title, &self->byline, &self->url, &self->published, &self->imported,
    &self->file_name, &self->media_type, &self->language, &self->source, &self->sha256,
    &self->site_name,
  };

  self->id = sqlite3_column_int64 (stmt, 0);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    *fields[i] = g_strdup ((const char *)sqlite3_column_text (stmt, 1 + i));
  self->chars = sqlite3_column_int64 (stmt, 1 + G_N_ELEMENTS (fields));
  return self;
}

gint64
dsr_document_get_id (DsrDocument *self)
{
  g_return_val_if_fail (DSR_IS_DOCUMENT (self), 0);
  return self->id;
}

const char *
dsr_document_get_title (DsrDocument *self)
{
  g_return_val_if_fail (DSR_IS_DOCUMENT (self), NULL);
  return self->title;
}

const char *
dsr_document_get_byline (DsrDocument *self)
{
  g_return_val_if_fail (DSR_IS_DOCUMENT (self), NULL);
  return self->byline;
}

const char *
dsr_document_get_url (DsrDocument *self)
{
  g_return_val_if_fail (DSR_IS_DOCUMENT (self), NULL);
  return self->url;
}

const char *
dsr_document_get_published (DsrDocument *self)
{
  g_return_val_if_fail (DSR_IS_DOCUMENT (self), NULL);
  return self->published;
}

const char *
dsr_document_get_imported (DsrDocument *self)
{
  g_return_val_if_fail (DSR_IS_DOCUMENT (self), NULL);
  return self->imported;
}

const char *
dsr_document_get_file_name (DsrDocument *self)
{
  g_return_val_if_fail (DSR_IS_DOCUMENT (self), NULL);
  return self->file_name;
}

const char *
dsr_document_get_media_type (DsrDocument *self)
{
  g_return_val_if_fail (DSR_IS_DOCUMENT (self), NULL);
  return self->media_type;
}

const char *
dsr_document_get_language (DsrDocument *self)
{
  g_return_val_if_fail (DSR_IS_DOCUMENT (self), NULL);
  return self->language;
}

const char *
dsr_document_get_source (DsrDocument *self)
{
  g_return_val_if_fail (DSR_IS_DOCUMENT (self), NULL);
  return self->source;
}

const char *
dsr_document_get_sha256 (DsrDocument *self)
{
  g_return_val_if_fail (DSR_IS_DOCUMENT (self), NULL);
  return self->sha256;
}

gint64
dsr_document_get_chars (DsrDocument *self)
{
  g_return_val_if_fail (DSR_IS_DOCUMENT (self), 0);
  return self->chars;
}

/**
 * dsr_document_get_site_name:
 * @self: a #DsrDocument
 *
 * Gets the name of the site the document was published on, as the page itself
 * states it (OpenGraph or JSON-LD publisher), apart from the source it was filed under.
 *
 * Returns: (nullable): the site name, or %NULL if the document names none
 */
const char *
dsr_document_get_site_name (DsrDocument *self)
{
  g_return_val_if_fail (DSR_IS_DOCUMENT (self), NULL);
  return self->site_name;
}
