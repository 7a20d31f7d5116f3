/* dsr-html-metadata.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-html-metadata"

#include "config.h"

#include <json-glib/json-glib.h>
#include <libxml/uri.h>
#include <string.h>

#include "dsr-html-private.h"

/* JSON-LD blocks bigger or deeper than this are not read: metadata is small, and
 * json-glib parses recursively. */
#define MAX_JSON_LD_BYTES (1024 * 1024)
#define MAX_JSON_LD_DEPTH 64
#define MAX_FIELD_BYTES   4096

/* What the page says about itself, by source; the best is chosen at the end. */
typedef struct
{
  GHashTable *meta;            /* lower-case name or property -> first content */
  char       *title_element;
  char       *first_h1;
  char       *canonical;
  char       *base;
  char       *rel_author;
  char       *byline_element;
  char       *time_element;
  char       *lang;

  char       *ld_headline;
  char       *ld_author;
  char       *ld_published;
  char       *ld_publisher;
  char       *ld_url;
  char       *ld_site;         /* a WebSite's or Organization's name */
  gboolean    ld_found_article;
} Found;

static void
found_clear (Found *found)
{
  g_clear_pointer (&found->meta, g_hash_table_unref);
  g_free (found->title_element);
  g_free (found->first_h1);
  g_free (found->canonical);
  g_free (found->base);
  g_free (found->rel_author);
  g_free (found->byline_element);
  g_free (found->time_element);
  g_free (found->lang);
  g_free (found->ld_headline);
  g_free (found->ld_author);
  g_free (found->ld_published);
  g_free (found->ld_publisher);
  g_free (found->ld_url);
  g_free (found->ld_site);
}

static void
set_once (char       **field,
          const char  *value)
{
  g_autofree char *clean = NULL;

  if (*field != NULL || value == NULL)
    return;
  clean = _dsr_html_normalize_space (value);
  if (*clean == '\0' || strlen (clean) > MAX_FIELD_BYTES)
    return;
  *field = g_steal_pointer (&clean);
}

static char *
dup_prop (xmlNode    *node,
          const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *)name);
  char *result = value ? g_strdup ((const char *)value) : NULL;

  xmlFree (value);
  return result;
}

/* JSON-LD */

/* Measures how deeply brackets nest, outside strings, so that a hostile block is
 * refused before json-glib's recursive parser sees it. */
static gboolean
json_depth_ok (const char *text)
{
  int depth = 0;
  gboolean in_string = FALSE;

  for (const char *p = text; *p; p++)
    {
      if (in_string)
        {
          if (*p == '\\' && p[1] != '\0')
            p++;
          else if (*p == '"')
            in_string = FALSE;
          continue;
        }
      if (*p == '"')
        in_string = TRUE;
      else if (*p == '[' || *p == '{')
        {
          if (++depth > MAX_JSON_LD_DEPTH)
            return FALSE;
        }
      else if (*p == ']' || *p == '}')
        depth--;
    }
  return TRUE;
}

static const char *
object_string (JsonObject *object,
               const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

/* A name from a string, an object with "name", or an array of either. */
static char *
dup_names (JsonNode *node)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  JsonArray *array = NULL;
  guint n = 1;

  if (node == NULL)
    return NULL;
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      array = json_node_get_array (node);
      n = MIN (json_array_get_length (array), 16);
    }

  for (guint i = 0; i < n; i++)
    {
      JsonNode *item = array ? json_array_get_element (array, i) : node;
      const char *name = NULL;

      if (JSON_NODE_HOLDS_VALUE (item) && json_node_get_value_type (item) == G_TYPE_STRING)
        name = json_node_get_string (item);
      else if (JSON_NODE_HOLDS_OBJECT (item))
        name = object_string (json_node_get_object (item), "name");
      if (name != NULL && *name != '\0' && !g_str_has_prefix (name, "http"))
        g_ptr_array_add (names, _dsr_html_normalize_space (name));
    }

  if (names->len == 0)
    return NULL;
  g_ptr_array_add (names, NULL);
  return g_strjoinv (", ", (char **)names->pdata);
}

static gboolean
type_matches (JsonObject         *object,
              const char * const *types)
{
  JsonNode *node = json_object_get_member (object, "@type");

  if (node == NULL)
    return FALSE;
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return g_strv_contains (types, json_node_get_string (node));
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *item = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_VALUE (item) && json_node_get_value_type (item) == G_TYPE_STRING &&
              g_strv_contains (types, json_node_get_string (item)))
            return TRUE;
        }
    }
  return FALSE;
}

static void
read_article_object (Found      *found,
                     JsonObject *object)
{
  JsonNode *publisher;
  JsonNode *page;

  set_once (&found->ld_headline, object_string (object, "headline"));
  set_once (&found->ld_headline, object_string (object, "name"));
  if (found->ld_author == NULL)
    found->ld_author = dup_names (json_object_get_member (object, "author"));
  if (found->ld_author == NULL)
    found->ld_author = dup_names (json_object_get_member (object, "creator"));
  set_once (&found->ld_published, object_string (object, "datePublished"));
  set_once (&found->ld_published, object_string (object, "dateCreated"));
  if ((publisher = json_object_get_member (object, "publisher")) != NULL && found->ld_publisher == NULL)
    found->ld_publisher = dup_names (publisher);
  set_once (&found->ld_url, object_string (object, "url"));
  if ((page = json_object_get_member (object, "mainEntityOfPage")) != NULL)
    {
      if (JSON_NODE_HOLDS_VALUE (page) && json_node_get_value_type (page) == G_TYPE_STRING)
        set_once (&found->ld_url, json_node_get_string (page));
      else if (JSON_NODE_HOLDS_OBJECT (page))
        set_once (&found->ld_url, object_string (json_node_get_object (page), "@id"));
    }
}

/* Looks at every object in the block, breadth first, for articles and the site. */
static void
read_json_ld (Found      *found,
              const char *text)
{
  static const char * const article_types[] = {
    "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle",
    "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting",
    "LiveBlogPosting", "SocialMediaPosting", "TechArticle", "ScholarlyArticle", "Report", NULL
  };
  static const char * const site_types[] = { "WebSite", "Organization", "NewsMediaOrganization", NULL };
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GQueue) queue = NULL;
  guint visited = 0;
  JsonNode *node;

  if (strlen (text) > MAX_JSON_LD_BYTES || !json_depth_ok (text))
    return;
  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, text, -1, NULL))
    return;

  queue = g_queue_new ();
  g_queue_push_tail (queue, json_parser_get_root (parser));
  while ((node = g_queue_pop_head (queue)) != NULL && visited++ < 10000)
    {
      if (JSON_NODE_HOLDS_ARRAY (node))
        {
          JsonArray *array = json_node_get_array (node);

          for (guint i = 0; i < json_array_get_length (array); i++)
            g_queue_push_tail (queue, json_array_get_element (array, i));
        }
      else if (JSON_NODE_HOLDS_OBJECT (node))
        {
          JsonObject *object = json_node_get_object (node);
          JsonNode *graph = json_object_get_member (object, "@graph");

          if (type_matches (object, article_types))
            {
              found->ld_found_article = TRUE;
              read_article_object (found, object);
            }
          else if (type_matches (object, site_types) && found->ld_site == NULL)
            set_once (&found->ld_site, object_string (object, "name"));
          if (graph != NULL)
            g_queue_push_tail (queue, graph);
        }
    }
}

/* The page */

static void
read_meta (Found   *found,
           xmlNode *node)
{
  g_autofree char *key = NULL;
  g_autofree char *content = dup_prop (node, "content");

  if (content == NULL)
    return;
  if (!(key = dup_prop (node, "property")) && !(key = dup_prop (node, "name")) &&
      !(key = dup_prop (node, "itemprop")))
    return;

  {
    g_autofree char *lower = g_ascii_strdown (g_strstrip (key), -1);

    if (!g_hash_table_contains (found->meta, lower) && *content != '\0')
      g_hash_table_insert (found->meta, g_steal_pointer (&lower), g_steal_pointer (&content));
  }
}

static void
read_link (Found   *found,
           xmlNode *node)
{
  g_autofree char *rel = dup_prop (node, "rel");
  g_autofree char *href = dup_prop (node, "href");

  if (rel == NULL || href == NULL)
    return;
  if (g_ascii_strcasecmp (g_strstrip (rel), "canonical") == 0)
    set_once (&found->canonical, href);
}

static gboolean
has_byline_class (xmlNode *node)
{
  static const char * const hints[] = { "byline", "author", "writtenby", "dateline", NULL };
  g_autofree char *klass = dup_prop (node, "class");
  g_autofree char *lower = NULL;

  if (klass == NULL)
    return FALSE;
  lower = g_ascii_strdown (klass, -1);
  for (guint i = 0; hints[i]; i++)
    if (strstr (lower, hints[i]) != NULL)
      return TRUE;
  return FALSE;
}

static void
visit (Found   *found,
       xmlNode *node)
{
  const char *name = (const char *)node->name;

  if (g_str_equal (name, "meta"))
    read_meta (found, node);
  else if (g_str_equal (name, "link"))
    read_link (found, node);
  else if (g_str_equal (name, "title") && found->title_element == NULL)
    {
      g_autofree char *text = _dsr_html_dup_text (node, MAX_FIELD_BYTES);
      set_once (&found->title_element, text);
    }
  else if (g_str_equal (name, "base"))
    {
      g_autofree char *href = dup_prop (node, "href");
      set_once (&found->base, href);
    }
  else if (g_str_equal (name, "html"))
    {
      g_autofree char *lang = dup_prop (node, "lang");

      if (lang == NULL)
        lang = dup_prop (node, "xml:lang");
      set_once (&found->lang, lang);
    }
  else if (g_str_equal (name, "script"))
    {
      g_autofree char *type = dup_prop (node, "type");

      if (type != NULL && g_ascii_strcasecmp (g_strstrip (type), "application/ld+json") == 0)
        {
          g_autofree char *text = _dsr_html_dup_text (node, MAX_JSON_LD_BYTES + 1);
          read_json_ld (found, text);
        }
    }
  else if (g_str_equal (name, "h1") && found->first_h1 == NULL)
    {
      g_autofree char *text = _dsr_html_dup_text (node, MAX_FIELD_BYTES);
      set_once (&found->first_h1, text);
    }
  else if (g_str_equal (name, "time") && found->time_element == NULL)
    {
      g_autofree char *datetime = dup_prop (node, "datetime");
      set_once (&found->time_element, datetime);
    }
  else if (g_str_equal (name, "a") && found->rel_author == NULL)
    {
      g_autofree char *rel = dup_prop (node, "rel");

      if (rel != NULL && g_ascii_strcasecmp (rel, "author") == 0)
        {
          g_autofree char *text = _dsr_html_dup_text (node, 256);
          set_once (&found->rel_author, text);
        }
    }

  if (found->byline_element == NULL && has_byline_class (node))
    {
      g_autofree char *text = _dsr_html_dup_text (node, 256);
      g_autofree char *clean = _dsr_html_normalize_space (text);

      if (*clean != '\0' && g_utf8_strlen (clean, -1) < 100)
        found->byline_element = g_steal_pointer (&clean);
    }
}

static void
collect (Found  *found,
         xmlDoc *doc)
{
  xmlNode *root = xmlDocGetRootElement (doc);
  xmlNode *node = root;

  while (node != NULL)
    {
      if (node->type == XML_ELEMENT_NODE && node->name != NULL)
        visit (found, node);
      if (node->type == XML_ELEMENT_NODE && node->children != NULL &&
          !_dsr_html_is_element (node, "script") && !_dsr_html_is_element (node, "style"))
        {
          node = node->children;
          continue;
        }
      while (node != root && node->next == NULL)
        node = node->parent;
      if (node == root)
        break;
      node = node->next;
    }
}

/* Choosing */

static const char *
meta (Found      *found,
      const char *key)
{
  return g_hash_table_lookup (found->meta, key);
}

static guint
count_words (const char *text)
{
  gboolean in_word = FALSE;
  guint n = 0;

  for (const char *p = text; *p; p++)
    {
      if (*p == ' ')
        in_word = FALSE;
      else if (!in_word)
        {
          in_word = TRUE;
          n++;
        }
    }
  return n;
}

/* "Headline | Site" and the like: the site's part goes. Only the last part is taken
 * off, so "Part A - Part B - Site" keeps "Part A - Part B". */
static char *
clean_title (const char *title,
             const char *site)
{
  static const char * const separators[] = {
    " | ", " - ", " – ", " — ", " :: ", " · ", " » ", " / ", NULL
  };
  g_autofree char *text = _dsr_html_normalize_space (title);

  for (guint i = 0; separators[i]; i++)
    {
      const char *last = g_strrstr (text, separators[i]);
      g_autofree char *head = NULL;
      const char *tail;

      if (last == NULL)
        continue;
      head = g_strndup (text, last - text);
      tail = last + strlen (separators[i]);

      /* "Site | Headline" */
      if (site != NULL && g_ascii_strcasecmp (head, site) == 0)
        return g_strdup (tail);
      /* A short tail is a site's name; a head of one or two words would be too
       * little to be the headline. */
      if ((count_words (tail) <= 5 || (site != NULL && strstr (tail, site) != NULL)) &&
          count_words (head) >= 3)
        return g_steal_pointer (&head);
      break;
    }

  return g_steal_pointer (&text);
}

static char *
clean_byline (const char *byline)
{
  g_autofree char *text = _dsr_html_normalize_space (byline);
  const char *p = text;

  if (g_ascii_strncasecmp (p, "by ", 3) == 0)
    p += 3;
  if (*p == '\0' || g_str_has_prefix (p, "http") || g_utf8_strlen (p, -1) > 200)
    return NULL;
  return g_strdup (p);
}

static char *
resolve_url (const char *url,
             const char *base)
{
  xmlChar *resolved;
  char *result = NULL;

  if (url == NULL)
    return NULL;
  resolved = base ? xmlBuildURI ((const xmlChar *)url, (const xmlChar *)base)
                  : xmlStrdup ((const xmlChar *)url);
  if (resolved != NULL &&
      (g_ascii_strncasecmp ((const char *)resolved, "http://", 7) == 0 ||
       g_ascii_strncasecmp ((const char *)resolved, "https://", 8) == 0))
    result = g_strdup ((const char *)resolved);
  xmlFree (resolved);
  return result;
}

/**
 * _dsr_html_normalize_date:
 * @value: a date as pages write them
 *
 * Returns: (transfer full) (nullable): the date in ISO 8601 (a date, or a date and
 *   time with its UTC offset), or %NULL if @value is not understood
 */
char *
_dsr_html_normalize_date (const char *value)
{
  g_autofree char *text = NULL;
  g_autoptr(GDateTime) datetime = NULL;
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  int year, month, day;
  gsize len;

  if (value == NULL)
    return NULL;
  text = g_strstrip (g_strdup (value));
  len = strlen (text);

  /* "2019-11-19 20:51:00" is read as "2019-11-19T20:51:00". */
  if (len > 10 && text[10] == ' ')
    text[10] = 'T';

  if (len == 10 && sscanf (text, "%4d-%2d-%2d", &year, &month, &day) == 3 &&
      g_date_valid_dmy (day, month, year))
    return g_strdup_printf ("%04d-%02d-%02d", year, month, day);

  datetime = g_date_time_new_from_iso8601 (text, utc);
  if (datetime == NULL && len > 19)
    {
      /* "+0000" offsets, which GLib's parser wants as "+00:00". */
      g_autofree char *fixed = NULL;
      const char *sign = strpbrk (text + 19, "+-");

      if (sign != NULL && strlen (sign) == 5 && strchr (sign, ':') == NULL)
        {
          fixed = g_strdup_printf ("%.*s%.3s:%s", (int)(sign - text), text, sign, sign + 3);
          datetime = g_date_time_new_from_iso8601 (fixed, utc);
        }
    }
  if (datetime == NULL)
    {
      /* A date and something this parser does not take: keep the date. */
      if (len >= 10 && sscanf (text, "%4d-%2d-%2d", &year, &month, &day) == 3 &&
          g_date_valid_dmy (day, month, year))
        return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
      return NULL;
    }
  if (g_date_time_get_utc_offset (datetime) == 0)
    return g_date_time_format (datetime, "%Y-%m-%dT%H:%M:%SZ");
  return g_date_time_format (datetime, "%Y-%m-%dT%H:%M:%S%:z");
}

static void
replace (char **field,
         char  *value)
{
  if (value == NULL)
    return;
  g_free (*field);
  *field = value;
}

static const char *
first_of (const char *a,
          const char *b,
          const char *c,
          const char *d)
{
  return a ? a : b ? b : c ? c : d;
}

/**
 * _dsr_html_read_metadata:
 * @doc: a parsed page
 * @content: where the metadata goes
 *
 * Fills in the title, byline, publication date, site name, canonical address and
 * language, preferring what the page states for machines (OpenGraph, JSON-LD, <meta>)
 * to what it shows.
 */
void
_dsr_html_read_metadata (xmlDoc             *doc,
                         DsrDocumentContent *content)
{
  Found found = { 0, };
  const char *site;
  const char *value;
  g_autofree char *title = NULL;

  found.meta = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  collect (&found, doc);

  /* Site first: the title is cleaned of it. */
  site = first_of (meta (&found, "og:site_name"), found.ld_publisher, found.ld_site,
                   meta (&found, "application-name"));
  if (site != NULL)
    replace (&content->site_name, _dsr_html_normalize_space (site));

  if ((value = first_of (meta (&found, "og:title"), found.ld_headline,
                         meta (&found, "twitter:title"), NULL)) != NULL)
    title = _dsr_html_normalize_space (value);
  else if (found.title_element != NULL)
    title = clean_title (found.title_element, content->site_name);
  else if (found.first_h1 != NULL)
    title = g_strdup (found.first_h1);
  if (title != NULL && content->site_name != NULL)
    {
      /* Some sites put their name into og:title as well. */
      g_autofree char *cleaned = clean_title (title, content->site_name);

      if (strstr (title, content->site_name) != NULL && strlen (cleaned) < strlen (title))
        {
          g_free (title);
          title = g_steal_pointer (&cleaned);
        }
    }
  dsr_document_content_set_title (content, title);

  if ((value = first_of (found.ld_author, meta (&found, "author"),
                         meta (&found, "article:author"), meta (&found, "byl"))) == NULL)
    value = first_of (meta (&found, "dc.creator"), meta (&found, "parsely-author"),
                      found.rel_author, found.byline_element);
  if (value != NULL && !g_str_has_prefix (value, "http"))
    replace (&content->byline, clean_byline (value));

  value = first_of (meta (&found, "article:published_time"), found.ld_published,
                    meta (&found, "datepublished"), meta (&found, "pubdate"));
  if (value == NULL)
    value = first_of (meta (&found, "date"), meta (&found, "dc.date"),
                      meta (&found, "dc.date.issued"), meta (&found, "og:published_time"));
  if (value == NULL)
    value = first_of (meta (&found, "sailthru.date"), meta (&found, "parsely-pub-date"),
                      found.time_element, NULL);
  replace (&content->published, _dsr_html_normalize_date (value));

  replace (&content->url, resolve_url (first_of (found.canonical, meta (&found, "og:url"),
                                                 found.ld_url, NULL), found.base));
  if (content->url == NULL && found.base != NULL)
    replace (&content->url, resolve_url (found.base, NULL));

  value = first_of (found.lang, meta (&found, "og:locale"), meta (&found, "content-language"),
                    meta (&found, "language"));
  if (value != NULL)
    {
      g_autofree char *tag = g_strstrip (g_strdup (value));

      g_strdelimit (tag, "_", '-');
      if (*tag != '\0' && strlen (tag) <= 35 && strspn (tag, "abcdefghijklmnopqrstuvwxyz"
                                                             "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-") == strlen (tag))
        replace (&content->language, g_steal_pointer (&tag));
    }

  found_clear (&found);
}
