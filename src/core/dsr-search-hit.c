/* dsr-search-hit.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-search-hit"

#include "config.h"

#include "dsr-search-hit.h"

/* FTS5 marks matches in snippets with these private-use characters, which the hit
 * turns into ranges so that no markup is ever mixed with document text. */
#define MARK_OPEN 0xE000
#define MARK_CLOSE 0xE001

struct _DsrSearchHit
{
  GObject  parent_instance;

  gint64   document_id;
  char    *title;
  char    *source;
  char    *snippet;
  GArray  *highlights;
  double   score;
};

G_DEFINE_FINAL_TYPE (DsrSearchHit, dsr_search_hit, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DOCUMENT_ID,
  PROP_TITLE,
  PROP_SOURCE,
  PROP_SNIPPET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dsr_search_hit_finalize (GObject *object)
{
  DsrSearchHit *self = (DsrSearchHit *)object;

  g_free (self->title);
  g_free (self->source);
  g_free (self->snippet);
  g_array_unref (self->highlights);

  G_OBJECT_CLASS (dsr_search_hit_parent_class)->finalize (object);
}

static void
dsr_search_hit_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  DsrSearchHit *self = DSR_SEARCH_HIT (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT_ID:
      g_value_set_int64 (value, self->document_id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;
    case PROP_SNIPPET:
      g_value_set_string (value, self->snippet);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dsr_search_hit_class_init (DsrSearchHitClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = dsr_search_hit_finalize;
  object_class->get_property = dsr_search_hit_get_property;

  properties[PROP_DOCUMENT_ID] =
    g_param_spec_int64 ("document-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_SOURCE] = g_param_spec_string ("source", NULL, NULL, NULL, flags);
  properties[PROP_SNIPPET] = g_param_spec_string ("snippet", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dsr_search_hit_init (DsrSearchHit *self)
{
  self->highlights = g_array_new (FALSE, FALSE, sizeof (DsrTextRange));
}

DsrSearchHit *
_dsr_search_hit_new (gint64      document_id,
                     const char *title,
                     const char *source,
                     const char *marked_snippet,
                     double      score)
{
  DsrSearchHit *self = g_object_new (DSR_TYPE_SEARCH_HIT, NULL);
  g_autoptr(GString) plain = g_string_new (NULL);
  gint64 offset = 0;
  gint64 open = -1;

  self->document_id = document_id;
  self->title = g_strdup (title);
  self->source = g_strdup (source);
  self->score = score;

  for (const char *p = marked_snippet ? marked_snippet : ""; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == MARK_OPEN)
        open = offset;
      else if (c == MARK_CLOSE && open >= 0)
        {
          DsrTextRange range = { open, offset };

          if (range.end > range.start)
            g_array_append_val (self->highlights, range);
          open = -1;
        }
      else if (c == '\n')
        {
          /* A snippet is shown on one line: a block break becomes one space. */
          if (plain->len > 0 && plain->str[plain->len - 1] != ' ')
            {
              g_string_append_c (plain, ' ');
              offset++;
            }
        }
      else if (c != MARK_CLOSE)
        {
          g_string_append_unichar (plain, c);
          offset++;
        }
    }

  self->snippet = g_string_free (g_steal_pointer (&plain), FALSE);
  return self;
}

gint64
dsr_search_hit_get_document_id (DsrSearchHit *self)
{
  g_return_val_if_fail (DSR_IS_SEARCH_HIT (self), 0);
  return self->document_id;
}

const char *
dsr_search_hit_get_title (DsrSearchHit *self)
{
  g_return_val_if_fail (DSR_IS_SEARCH_HIT (self), NULL);
  return self->title;
}

const char *
dsr_search_hit_get_source (DsrSearchHit *self)
{
  g_return_val_if_fail (DSR_IS_SEARCH_HIT (self), NULL);
  return self->source;
}

/**
 * dsr_search_hit_get_snippet:
 *
 * Returns: a short passage around the best match, on one line, without markup
 */
const char *
dsr_search_hit_get_snippet (DsrSearchHit *self)
{
  g_return_val_if_fail (DSR_IS_SEARCH_HIT (self), NULL);
  return self->snippet;
}

/**
 * dsr_search_hit_get_highlights:
 *
 * Returns: (transfer none) (element-type DsrTextRange): the matches within the snippet
 */
GArray *
dsr_search_hit_get_highlights (DsrSearchHit *self)
{
  g_return_val_if_fail (DSR_IS_SEARCH_HIT (self), NULL);
  return self->highlights;
}

/**
 * dsr_search_hit_get_score:
 *
 * Returns: the relevance; higher is better
 */
double
dsr_search_hit_get_score (DsrSearchHit *self)
{
  g_return_val_if_fail (DSR_IS_SEARCH_HIT (self), 0);
  return self->score;
}
