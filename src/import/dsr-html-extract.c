/* dsr-html-extract.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-html-extract"

#include "config.h"

#include <string.h>

#include "dsr-html-private.h"

/* Main-content extraction in the manner of readability engines: paragraphs vote for
 * the elements around them, weighted by their length and commas; class and id names,
 * semantic elements and link density adjust the votes; the best element and the
 * siblings that score nearly as well form the article, which is then cleaned of the
 * forms, share bars, link lists and other furniture it still holds.
 *
 * Every walk over the tree is a loop, never a recursion, so that a page nested
 * 100,000 deep cannot exhaust the stack. Sums over subtrees are built bottom-up in one
 * pass, so that nothing is quadratic in the size or depth of the page. */

#define MIN_PARAGRAPH_CHARS 25
#define MAX_ANCESTORS       5
#define N_TOP_CANDIDATES    5
#define MIN_ARTICLE_PART_CHARS 500

typedef enum
{
  INFO_UNLIKELY   = 1 << 0,   /* left out of scoring, and removed from the article */
  INFO_SCORED     = 1 << 1,   /* has a content score */
  INFO_HAS_BLOCK  = 1 << 2,   /* holds block-level elements, so is no paragraph itself */
  INFO_DATA_TABLE = 1 << 3,   /* a table of data, kept whole */
  INFO_ARTICLE    = 1 << 4,   /* part of the chosen article */
} InfoFlags;

/* Per element, reached through xmlNode._private while the extractor runs. */
typedef struct
{
  double score;
  double link_chars;      /* characters inside links, page-internal links weighted less */
  guint  chars;           /* characters of text, white space runs counted once */
  guint  commas;
  guint  inline_chars;    /* characters not inside a block-level descendant */
  guint  inline_commas;
  guint  list_chars;      /* characters inside lists */
  guint  heading_chars;
  guint  n_p;
  guint  n_img;
  guint  n_li;
  guint  n_input;
  guint  n_embed;
  guint  n_rows;
  guint  n_cells;
  guint  n_table_hints;   /* th, thead, tfoot, caption, col, colgroup */
  guint  n_tables;
  guint  flags;
} Info;

/* How many figures, data tables and code blocks the cleaning walk is inside. */
typedef struct
{
  guint figure;
  guint data_table;
  guint code;
} CleanDepths;

typedef struct
{
  xmlDoc              *doc;
  const char          *title;
  DsrHtmlExtractFlags  flags;
  Info                *infos;
  guint                n_infos;
  guint                cursor;
  GPtrArray           *candidates;
  CleanDepths          depths;
} Extractor;

typedef gboolean (*EnterFunc) (Extractor *self,
                               xmlNode   *node);
typedef void     (*LeaveFunc) (Extractor *self,
                               xmlNode   *node);

static inline Info *
info_of (const xmlNode *node)
{
  return node->_private;
}

/* Elements that end a paragraph: a <div> holding none of them reads as a paragraph. */
static const char * const breaking_elements[] = {
  "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "fieldset",
  "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "img",
  "li", "main", "nav", "ol", "p", "pre", "section", "select", "table", "ul", NULL
};

/* Never text of an article; dropped before anything else happens. */
static const char * const dropped_elements[] = {
  "head", "link", "math", "meta", "noscript", "script", "style", "svg", "template", NULL
};

/* Removed from the article whatever they hold. */
static const char * const furniture_elements[] = {
  "aside", "button", "dialog", "embed", "footer", "iframe", "input", "nav", "object",
  "select", "textarea", NULL
};

static const char * const unlikely_roles[] = {
  "alert", "alertdialog", "banner", "complementary", "contentinfo", "dialog", "menu",
  "menubar", "navigation", "search", NULL
};

/* Class and id hints, matched as substrings of the lower-cased names. */
static const char * const unlikely_hints[] = {
  "-ad-", "ad-break", "adbox", "advert", "agegate", "banner", "carousel", "breadcrumb", "combx", "comment",
  "community", "consent", "cookie", "cover-wrap", "disqus", "extra", "footer", "gallery", "gdpr", "header",
  "legends", "menu", "modal", "newsletter", "outbrain", "pager", "pagination", "paywall",
  "popup", "promo", "recirc", "recommend", "related", "remark", "replies", "rss", "share",
  "shoutbox", "sidebar", "signup", "skyscraper", "slideshow", "social", "sponsor", "subscribe",
  "supplemental", "taboola", "trending", "yom-remote", NULL
};

static const char * const maybe_hints[] = {
  "and", "article", "body", "column", "content", "main", "shadow", NULL
};

static const char * const negative_hints[] = {
  "banner", "byline", "combx", "comment", "com-", "consent", "contact", "cookie", "foot",
  "gdpr", "masthead", "media", "meta", "newsletter", "outbrain", "promo", "related", "scroll",
  "share", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "shopping", "subscribe",
  "tags", "taboola", "tool", "widget", NULL
};

static const char * const positive_hints[] = {
  "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post",
  "story", "text", "blog", NULL
};

/* Whole words (split at anything but letters and digits) that are hints too short to
 * match inside other words. */
static const char * const negative_words[] = {
  "ad", "ads", "hidden", "hid", "nav", "navbar", "navigation", "bio", "author", "promo",
  "related", NULL
};

static const char * const byline_hints[] = {
  "byline", "author", "dateline", "writtenby", "p-author", NULL
};

static const char * const share_hints[] = {
  "share", "sharing", "sharedaddy", "social", NULL
};

/* Iterative pre- and post-order walk of @root's subtree. @enter returns whether to
 * go into a node's children; @leave may unlink and free the node it gets. */
static void
walk (Extractor *self,
      xmlNode   *root,
      EnterFunc  enter,
      LeaveFunc  leave)
{
  xmlNode *node = root;

  while (node != NULL)
    {
      gboolean descend = node->type == XML_ELEMENT_NODE && (enter == NULL || enter (self, node));

      if (descend && node->children != NULL)
        {
          node = node->children;
          continue;
        }

      for (;;)
        {
          xmlNode *next = node->next;
          xmlNode *parent = node->parent;
          gboolean is_root = node == root;

          if (node->type == XML_ELEMENT_NODE && leave != NULL)
            leave (self, node);
          if (is_root)
            return;
          if (next != NULL)
            {
              node = next;
              break;
            }
          node = parent;
        }
    }
}

static void
remove_node (xmlNode *node)
{
  xmlUnlinkNode (node);
  xmlFreeNode (node);
}

static gboolean
name_in (const xmlNode       *node,
         const char * const  *names)
{
  return node->name != NULL && g_strv_contains (names, (const char *)node->name);
}

static char *
dup_attribute (xmlNode    *node,
               const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *)name);
  char *result;

  if (value == NULL)
    return NULL;
  result = g_ascii_strdown ((const char *)value, -1);
  xmlFree (value);
  return result;
}

static gboolean
contains_any (const char         *haystack,
              const char * const *needles)
{
  if (haystack == NULL || *haystack == '\0')
    return FALSE;
  for (guint i = 0; needles[i]; i++)
    if (strstr (haystack, needles[i]) != NULL)
      return TRUE;
  return FALSE;
}

static gboolean
has_word (const char         *haystack,
          const char * const *words)
{
  const char *p = haystack;

  if (haystack == NULL)
    return FALSE;
  while (*p)
    {
      const char *start;

      while (*p && !g_ascii_isalnum (*p))
        p++;
      start = p;
      while (g_ascii_isalnum (*p))
        p++;
      if (p > start)
        for (guint i = 0; words[i]; i++)
          if (strlen (words[i]) == (gsize)(p - start) && strncmp (words[i], start, p - start) == 0)
            return TRUE;
    }
  return FALSE;
}

/* The class and id of an element, lower case, joined by a space. */
static char *
dup_match_string (xmlNode *node)
{
  g_autofree char *klass = dup_attribute (node, "class");
  g_autofree char *id = dup_attribute (node, "id");

  if (klass == NULL && id == NULL)
    return NULL;
  return g_strjoin (" ", klass ? klass : "", id ? id : "", NULL);
}

static gboolean
is_negative (const char *names)
{
  return contains_any (names, negative_hints) || has_word (names, negative_words);
}

static int
class_weight (Extractor *self,
              xmlNode   *node)
{
  g_autofree char *klass = NULL;
  g_autofree char *id = NULL;
  g_autofree char *itemprop = NULL;
  g_autofree char *role = NULL;
  int weight = 0;

  if (self->flags & DSR_HTML_WEIGHT_CLASSES)
    {
      klass = dup_attribute (node, "class");
      id = dup_attribute (node, "id");
      if (is_negative (klass))
        weight -= 25;
      if (contains_any (klass, positive_hints))
        weight += 25;
      if (is_negative (id))
        weight -= 25;
      if (contains_any (id, positive_hints))
        weight += 25;
    }

  /* Semantic markup says outright where the article is. */
  itemprop = dup_attribute (node, "itemprop");
  role = dup_attribute (node, "role");
  if (itemprop != NULL && strstr (itemprop, "articlebody") != NULL)
    weight += 25;
  if (g_strcmp0 (role, "main") == 0 || _dsr_html_is_element (node, "article") ||
      _dsr_html_is_element (node, "main"))
    weight += 10;

  return weight;
}

/* Character counts as the reader sees the text: runs of white space count once. */
static void
count_text (const char *text,
            guint      *chars,
            guint      *commas)
{
  gboolean space = TRUE;

  for (const guchar *p = (const guchar *)text; *p; p++)
    {
      if (g_ascii_isspace (*p))
        {
          if (!space)
            (*chars)++;
          space = TRUE;
          continue;
        }
      space = FALSE;
      if ((*p & 0xC0) != 0x80)
        (*chars)++;
      if (*p == ',')
        (*commas)++;
      /* U+FF0C and U+3001, the CJK commas, and U+060C, the Arabic one. */
      else if ((p[0] == 0xEF && p[1] == 0xBC && p[2] == 0x8C) ||
               (p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x81) ||
               (p[0] == 0xD8 && p[1] == 0x8C))
        (*commas)++;
    }
}

/* Pass 1: drop what is never text, and give each element its record. */

static gboolean
prune_enter (Extractor *self,
             xmlNode   *node)
{
  return !name_in (node, dropped_elements) && !_dsr_html_is_hidden (node);
}

static void
prune_leave (Extractor *self,
             xmlNode   *node)
{
  if (name_in (node, dropped_elements) || _dsr_html_is_hidden (node))
    remove_node (node);
  else
    self->n_infos++;
}

static void
drop_non_elements (xmlNode *root)
{
  /* Comments and processing instructions carry no text; they go so that sibling
   * tests see elements and text only. */
  xmlNode *node = root;

  while (node != NULL)
    {
      if (node->children != NULL && node->type == XML_ELEMENT_NODE)
        {
          node = node->children;
          continue;
        }
      for (;;)
        {
          xmlNode *next = node->next;
          xmlNode *parent = node->parent;
          gboolean is_root = node == root;

          if (node->type != XML_ELEMENT_NODE && node->type != XML_TEXT_NODE &&
              node->type != XML_CDATA_SECTION_NODE)
            remove_node (node);
          if (is_root)
            return;
          if (next != NULL)
            {
              node = next;
              break;
            }
          node = parent;
        }
    }
}

static gboolean
assign_enter (Extractor *self,
              xmlNode   *node)
{
  g_assert (self->cursor < self->n_infos);
  node->_private = &self->infos[self->cursor++];
  return TRUE;
}

/* Pass 2: mark the elements no article is made of. */

static gboolean
is_byline (xmlNode    *node,
           const char *names)
{
  g_autofree char *rel = dup_attribute (node, "rel");
  g_autofree char *itemprop = dup_attribute (node, "itemprop");

  return g_strcmp0 (rel, "author") == 0 ||
         (itemprop != NULL && strstr (itemprop, "author") != NULL) ||
         contains_any (names, byline_hints);
}

static gboolean
unlikely_enter (Extractor *self,
                xmlNode   *node)
{
  g_autofree char *names = NULL;
  g_autofree char *role = NULL;
  Info *info = info_of (node);

  if (_dsr_html_is_element (node, "body") || _dsr_html_is_element (node, "html") ||
      _dsr_html_is_element (node, "article") || _dsr_html_is_element (node, "main") ||
      _dsr_html_is_element (node, "a") || _dsr_html_is_element (node, "table") ||
      _dsr_html_is_element (node, "code") || _dsr_html_is_element (node, "pre"))
    return !_dsr_html_is_element (node, "table") && !_dsr_html_is_element (node, "code");

  if (_dsr_html_is_element (node, "nav") || _dsr_html_is_element (node, "aside"))
    {
      info->flags |= INFO_UNLIKELY;
      return FALSE;
    }

  role = dup_attribute (node, "role");
  if (role != NULL && g_strv_contains (unlikely_roles, role))
    {
      info->flags |= INFO_UNLIKELY;
      return FALSE;
    }

  names = dup_match_string (node);
  if (contains_any (names, unlikely_hints) && !contains_any (names, maybe_hints))
    {
      info->flags |= INFO_UNLIKELY;
      return FALSE;
    }

  return TRUE;
}

/* Pass 3: sums over each subtree, built from the children's. */

static gboolean
is_data_table (xmlNode *node,
               Info    *info)
{
  g_autofree char *role = dup_attribute (node, "role");
  g_autofree char *summary = NULL;
  guint cols;

  if (g_strcmp0 (role, "presentation") == 0)
    return FALSE;
  if ((summary = dup_attribute (node, "summary")) != NULL && *summary)
    return TRUE;
  if (info->n_table_hints > 0)
    return TRUE;
  if (info->n_tables > 0)
    return FALSE;
  cols = info->n_rows ? info->n_cells / info->n_rows : 0;
  return info->n_rows >= 10 || cols > 4 || info->n_rows * cols > 10;
}

static void
sum_children (Extractor *self,
              xmlNode   *node)
{
  Info *info = info_of (node);
  double score = info->score;
  guint flags = info->flags & (INFO_UNLIKELY | INFO_SCORED | INFO_DATA_TABLE | INFO_ARTICLE);

  memset (info, 0, sizeof *info);
  info->score = score;
  info->flags = flags;

  for (xmlNode *child = node->children; child; child = child->next)
    {
      const Info *sub;
      gboolean breaking;

      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
        {
          guint chars = 0, commas = 0;

          if (child->content == NULL)
            continue;
          count_text ((const char *)child->content, &chars, &commas);
          info->chars += chars;
          info->commas += commas;
          info->inline_chars += chars;
          info->inline_commas += commas;
          continue;
        }
      if (child->type != XML_ELEMENT_NODE || (sub = info_of (child)) == NULL)
        continue;
      if ((sub->flags & INFO_UNLIKELY) && (self->flags & DSR_HTML_STRIP_UNLIKELY))
        continue;

      breaking = name_in (child, breaking_elements);
      info->chars += sub->chars;
      info->commas += sub->commas;
      info->link_chars += sub->link_chars;
      info->list_chars += _dsr_html_is_element (child, "ul") || _dsr_html_is_element (child, "ol")
                          ? sub->chars : sub->list_chars;
      info->heading_chars += _dsr_html_is_heading (child) ? sub->chars : sub->heading_chars;
      info->n_p += sub->n_p + _dsr_html_is_element (child, "p");
      info->n_img += sub->n_img + _dsr_html_is_element (child, "img");
      info->n_li += sub->n_li + _dsr_html_is_element (child, "li");
      info->n_input += sub->n_input + (_dsr_html_is_element (child, "input") ||
                                       _dsr_html_is_element (child, "select") ||
                                       _dsr_html_is_element (child, "textarea"));
      info->n_embed += sub->n_embed + (_dsr_html_is_element (child, "iframe") ||
                                       _dsr_html_is_element (child, "embed") ||
                                       _dsr_html_is_element (child, "object"));
      info->n_rows += sub->n_rows + _dsr_html_is_element (child, "tr");
      info->n_cells += sub->n_cells + (_dsr_html_is_element (child, "td") ||
                                       _dsr_html_is_element (child, "th"));
      info->n_tables += sub->n_tables + _dsr_html_is_element (child, "table");
      info->n_table_hints += sub->n_table_hints +
        (_dsr_html_is_element (child, "th") || _dsr_html_is_element (child, "thead") ||
         _dsr_html_is_element (child, "tfoot") || _dsr_html_is_element (child, "col") ||
         _dsr_html_is_element (child, "colgroup") ||
         (_dsr_html_is_element (child, "caption") && sub->chars > 0));

      if (breaking || (sub->flags & INFO_HAS_BLOCK))
        info->flags |= INFO_HAS_BLOCK;
      if (!breaking)
        {
          info->inline_chars += sub->inline_chars;
          info->inline_commas += sub->inline_commas;
        }
    }

  if (_dsr_html_is_element (node, "a"))
    {
      g_autofree char *href = dup_attribute (node, "href");

      /* Links within the page (footnotes, tables of contents) weigh less than links
       * away from it. */
      info->link_chars = info->chars * (href != NULL && href[0] == '#' ? 0.3 : 1.0);
    }
}

static void
sum_leave (Extractor *self,
           xmlNode   *node)
{
  Info *info = info_of (node);

  sum_children (self, node);

  if (_dsr_html_is_element (node, "table") && is_data_table (node, info))
    info->flags |= INFO_DATA_TABLE;

  /* A short author line or box is no part of the article text. */
  if ((self->flags & DSR_HTML_STRIP_UNLIKELY) && !(info->flags & INFO_UNLIKELY) &&
      info->chars < 100 && !_dsr_html_is_element (node, "body") &&
      !_dsr_html_is_element (node, "article"))
    {
      g_autofree char *names = dup_match_string (node);

      if (is_byline (node, names))
        info->flags |= INFO_UNLIKELY;
    }
}

/* Pass 4: paragraphs vote for their ancestors. */

static double
link_density (const Info *info)
{
  return info->chars > 0 ? MIN (1.0, info->link_chars / info->chars) : 0.0;
}

static void
initialize_candidate (Extractor *self,
                      xmlNode   *node)
{
  Info *info = info_of (node);
  const char *name = (const char *)node->name;

  if (info->flags & INFO_SCORED)
    return;

  info->flags |= INFO_SCORED;
  if (g_str_equal (name, "div") || g_str_equal (name, "article"))
    info->score = 5;
  else if (g_str_equal (name, "pre") || g_str_equal (name, "td") || g_str_equal (name, "blockquote"))
    info->score = 3;
  else if (g_str_equal (name, "address") || g_str_equal (name, "ol") || g_str_equal (name, "ul") ||
           g_str_equal (name, "dl") || g_str_equal (name, "dd") || g_str_equal (name, "dt") ||
           g_str_equal (name, "li") || g_str_equal (name, "form"))
    info->score = -3;
  else if (_dsr_html_is_heading (node) || g_str_equal (name, "th"))
    info->score = -5;
  else
    info->score = 0;
  info->score += class_weight (self, node);
  g_ptr_array_add (self->candidates, node);
}

static void
vote (Extractor *self,
      xmlNode   *parent,
      guint      chars,
      guint      commas)
{
  double score;
  xmlNode *ancestor = parent;

  if (chars < MIN_PARAGRAPH_CHARS)
    return;

  score = 1.0 + (commas + 1) + MIN (chars / 100, 3);
  for (guint level = 0; ancestor != NULL && level < MAX_ANCESTORS; level++)
    {
      if (ancestor->type != XML_ELEMENT_NODE || ancestor->parent == NULL ||
          ancestor->parent->type != XML_ELEMENT_NODE || info_of (ancestor) == NULL)
        break;
      initialize_candidate (self, ancestor);
      info_of (ancestor)->score += score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
      ancestor = ancestor->parent;
    }
}

static gboolean
score_enter (Extractor *self,
             xmlNode   *node)
{
  Info *info = info_of (node);
  const char *name = (const char *)node->name;

  if ((info->flags & INFO_UNLIKELY) && (self->flags & DSR_HTML_STRIP_UNLIKELY))
    return FALSE;

  if (g_str_equal (name, "p") || g_str_equal (name, "pre") || g_str_equal (name, "td") ||
      g_str_equal (name, "section") || (_dsr_html_is_heading (node) && name[1] != '1'))
    vote (self, node->parent, info->chars, info->commas);
  else if (g_str_equal (name, "div"))
    {
      /* A <div> of inline content is a paragraph; text loose beside blocks in a <div>
       * is a paragraph of its own, inside it. */
      if (!(info->flags & INFO_HAS_BLOCK))
        vote (self, node->parent, info->chars, info->commas);
      else
        vote (self, node, info->inline_chars, info->inline_commas);
    }
  return TRUE;
}

/* Pass 5: choose. */

static gboolean
is_ancestor (xmlNode *ancestor,
             xmlNode *node)
{
  for (xmlNode *n = node; n; n = n->parent)
    if (n == ancestor)
      return TRUE;
  return FALSE;
}

static guint
count_element_children (xmlNode *node)
{
  guint n = 0;

  for (xmlNode *child = node->children; child; child = child->next)
    n += child->type == XML_ELEMENT_NODE;
  return n;
}

static xmlNode *
find_body (xmlDoc *doc)
{
  xmlNode *root = xmlDocGetRootElement (doc);

  for (xmlNode *child = root ? root->children : NULL; child; child = child->next)
    if (_dsr_html_is_element (child, "body"))
      return child;
  return root;
}

static xmlNode *
choose_top_candidate (Extractor *self,
                      xmlNode   *body)
{
  xmlNode *top[N_TOP_CANDIDATES] = { NULL, };
  xmlNode *candidate;
  double last_score, threshold;
  guint n_top = 0;

  for (guint i = 0; i < self->candidates->len; i++)
    {
      xmlNode *node = self->candidates->pdata[i];
      Info *info = info_of (node);

      info->score *= 1.0 - link_density (info);
      for (guint j = 0; j < N_TOP_CANDIDATES; j++)
        if (top[j] == NULL || info->score > info_of (top[j])->score)
          {
            memmove (&top[j + 1], &top[j], (N_TOP_CANDIDATES - j - 1) * sizeof top[0]);
            top[j] = node;
            n_top = MIN (n_top + 1, N_TOP_CANDIDATES);
            break;
          }
    }

  for (guint j = 0; j < n_top; j++)
    {
      g_autofree char *names = dup_match_string (top[j]);
      g_debug ("candidate %u: <%s %s> score %.1f, %u chars, link density %.2f", j,
               (const char *)top[j]->name, names ? names : "", info_of (top[j])->score,
               info_of (top[j])->chars, link_density (info_of (top[j])));
    }

  if (top[0] == NULL || top[0] == body)
    return body;
  candidate = top[0];

  /* When several strong candidates sit in one container (an article split into
   * parts), that container is the article. */
  {
    xmlNode *parent = candidate->parent;
    guint needed = 3;

    while (parent != NULL && parent != body && parent->type == XML_ELEMENT_NODE)
      {
        guint contained = 0;

        for (guint j = 1; j < n_top; j++)
          if (info_of (top[j])->score / info_of (candidate)->score >= 0.75 &&
              is_ancestor (parent, top[j]))
            contained++;
        if (contained >= needed)
          {
            candidate = parent;
            break;
          }
        parent = parent->parent;
      }
  }
  /* An article cut into chunks by the page's layout (ads between its parts) shows
   * as a runner-up close to the winner: their near common ancestor is the article. */
  for (guint j = 1; j < n_top && candidate == top[0]; j++)
    {
      xmlNode *ancestor = candidate->parent;

      if (info_of (top[j])->score < 0.5 * info_of (candidate)->score ||
          info_of (top[j])->chars < MIN_ARTICLE_PART_CHARS ||
          is_ancestor (top[j], candidate) || is_ancestor (candidate, top[j]))
        continue;
      for (guint up = 0; up < 3 && ancestor != NULL && ancestor != body; up++)
        {
          if (is_ancestor (ancestor, top[j]))
            {
              candidate = ancestor;
              break;
            }
          ancestor = ancestor->parent;
        }
    }
  if (!(info_of (candidate)->flags & INFO_SCORED))
    initialize_candidate (self, candidate);

  /* Climb while the parent scores better: the paragraphs' container may be split
   * into scored pieces whose common parent is the real article. */
  last_score = info_of (candidate)->score;
  threshold = last_score / 3;
  for (xmlNode *parent = candidate->parent;
       parent != NULL && parent != body && parent->type == XML_ELEMENT_NODE;
       parent = parent->parent)
    {
      Info *info = info_of (parent);

      if (!(info->flags & INFO_SCORED))
        continue;
      if (info->score < threshold)
        break;
      if (info->score > last_score)
        {
          candidate = parent;
          break;
        }
      last_score = info->score;
    }

  /* An only child stands for its parent. */
  while (candidate->parent != NULL && candidate->parent != body &&
         candidate->parent->type == XML_ELEMENT_NODE &&
         count_element_children (candidate->parent) == 1)
    candidate = candidate->parent;

  if (!(info_of (candidate)->flags & INFO_SCORED))
    initialize_candidate (self, candidate);
  return candidate;
}

static gboolean
looks_like_paragraph (xmlNode *node)
{
  const Info *info = info_of (node);

  if (!_dsr_html_is_element (node, "p") &&
      !(_dsr_html_is_element (node, "div") && !(info->flags & INFO_HAS_BLOCK)))
    return FALSE;

  if (info->chars > 80)
    return link_density (info) < 0.25;
  if (info->chars > 0 && info->link_chars == 0)
    {
      g_autofree char *text = _dsr_html_dup_text (node, 4096);
      g_strchomp (text);
      return strstr (text, ". ") != NULL || g_str_has_suffix (text, ".");
    }
  return FALSE;
}

static GPtrArray *
gather_article (Extractor *self,
                xmlNode   *top)
{
  GPtrArray *roots = g_ptr_array_new ();
  const Info *top_info = info_of (top);
  g_autofree char *top_class = dup_attribute (top, "class");
  double threshold = MAX (10.0, top_info->score * 0.2);

  if (top->parent == NULL || top->parent->type != XML_ELEMENT_NODE ||
      _dsr_html_is_element (top, "body"))
    {
      g_ptr_array_add (roots, top);
      return roots;
    }

  for (xmlNode *sibling = top->parent->children; sibling; sibling = sibling->next)
    {
      const Info *info;
      double bonus = 0;

      if (sibling == top)
        {
          g_ptr_array_add (roots, sibling);
          continue;
        }
      if (sibling->type != XML_ELEMENT_NODE || (info = info_of (sibling)) == NULL)
        continue;
      if ((info->flags & INFO_UNLIKELY) && (self->flags & DSR_HTML_STRIP_UNLIKELY))
        continue;

      if (top_class != NULL && *top_class != '\0')
        {
          g_autofree char *klass = dup_attribute (sibling, "class");

          if (g_strcmp0 (klass, top_class) == 0)
            bonus = top_info->score * 0.2;
        }

      if (((info->flags & INFO_SCORED) && info->score + bonus >= threshold) ||
          looks_like_paragraph (sibling))
        g_ptr_array_add (roots, sibling);
    }

  return roots;
}

/* Pass 6: clean the article. */

static gboolean
words_similar (const char *title,
               const char *heading)
{
  g_autofree char *a = g_utf8_casefold (title, -1);
  g_autofree char *b = g_utf8_casefold (heading, -1);
  g_auto(GStrv) title_words = NULL;
  g_auto(GStrv) heading_words = NULL;
  gsize total = 0, missing = 0;

  for (char *p = a; *p; p++)
    if (g_ascii_ispunct (*p))
      *p = ' ';
  for (char *p = b; *p; p++)
    if (g_ascii_ispunct (*p))
      *p = ' ';
  title_words = g_strsplit (a, " ", -1);
  heading_words = g_strsplit (b, " ", -1);

  for (guint i = 0; heading_words[i]; i++)
    {
      gsize len = strlen (heading_words[i]);

      if (len == 0)
        continue;
      total += len;
      if (!g_strv_contains ((const char * const *)title_words, heading_words[i]))
        missing += len;
    }
  return total > 0 && (double)missing / total < 0.25;
}

static gboolean
clean_enter (Extractor *self,
             xmlNode   *node)
{
  if (_dsr_html_is_element (node, "figure"))
    self->depths.figure++;
  if (info_of (node)->flags & INFO_DATA_TABLE)
    self->depths.data_table++;
  if (_dsr_html_is_element (node, "code") || _dsr_html_is_element (node, "pre"))
    self->depths.code++;
  return TRUE;
}

static gboolean
should_remove_conditionally (Extractor *self,
                             xmlNode   *node,
                             const Info *info)
{
  gboolean is_list;
  int weight;
  double p, img, li, input;

  if (!(self->flags & DSR_HTML_CLEAN_CONDITIONALY))
    return FALSE;
  if (!_dsr_html_is_element (node, "div") && !_dsr_html_is_element (node, "ul") &&
      !_dsr_html_is_element (node, "ol") && !_dsr_html_is_element (node, "table") &&
      !_dsr_html_is_element (node, "form") && !_dsr_html_is_element (node, "fieldset") &&
      !_dsr_html_is_element (node, "section"))
    return FALSE;
  if (info->flags & INFO_DATA_TABLE)
    return FALSE;
  if (self->depths.data_table > 0 || self->depths.code > 0)
    return FALSE;

  is_list = _dsr_html_is_element (node, "ul") || _dsr_html_is_element (node, "ol") ||
            (info->chars > 0 && (double)info->list_chars / info->chars > 0.9);
  weight = class_weight (self, node);
  if (weight < 0)
    return TRUE;
  if (info->commas >= 10)
    return FALSE;

  p = info->n_p;
  img = info->n_img;
  li = (double)info->n_li - 100;
  input = info->n_input;

  if (img > 1 && p / img < 0.5 && self->depths.figure == 0)
    return TRUE;
  if (!is_list && li > p)
    return TRUE;
  if (input > (guint)(p / 3))
    return TRUE;
  if (!is_list && info->chars < MIN_PARAGRAPH_CHARS &&
      (info->chars == 0 || (double)info->heading_chars / info->chars < 0.9) &&
      (img == 0 || img > 2) && self->depths.figure == 0)
    return TRUE;
  if (!is_list && weight < 25 && link_density (info) > 0.2)
    return TRUE;
  if (weight >= 25 && link_density (info) > 0.5)
    return TRUE;
  if ((info->n_embed == 1 && info->chars < 75) || info->n_embed > 1)
    return TRUE;
  return FALSE;
}

static gboolean
should_remove (Extractor *self,
               xmlNode   *node)
{
  Info *info = info_of (node);
  g_autofree char *names = NULL;

  if ((info->flags & INFO_UNLIKELY) && (self->flags & DSR_HTML_STRIP_UNLIKELY))
    return TRUE;
  if (name_in (node, furniture_elements))
    return TRUE;

  names = dup_match_string (node);
  if (info->chars < 500 && names != NULL && contains_any (names, share_hints) &&
      !_dsr_html_is_element (node, "body"))
    return TRUE;

  if (_dsr_html_is_heading (node))
    {
      g_autofree char *text = NULL;

      if (node->name[1] <= '2' && (self->flags & DSR_HTML_WEIGHT_CLASSES) &&
          class_weight (self, node) < 0)
        return TRUE;
      /* The headline is the document's title, not part of its text. */
      if (self->title != NULL && node->name[1] <= '2' && info->chars < 400)
        {
          text = _dsr_html_dup_text (node, 2048);
          if (words_similar (self->title, text))
            return TRUE;
        }
      return FALSE;
    }

  return should_remove_conditionally (self, node, info);
}

static void
clean_leave (Extractor *self,
             xmlNode   *node)
{
  if (_dsr_html_is_element (node, "figure"))
    self->depths.figure--;
  if (info_of (node)->flags & INFO_DATA_TABLE)
    self->depths.data_table--;
  if (_dsr_html_is_element (node, "code") || _dsr_html_is_element (node, "pre"))
    self->depths.code--;

  sum_children (self, node);
  if (!(info_of (node)->flags & INFO_ARTICLE) && should_remove (self, node))
    remove_node (node);
}

/**
 * _dsr_html_extract:
 * @doc: a parsed page; the extractor removes nodes from it
 * @title: (nullable): the page's title, to keep the headline out of the text
 * @flags: the rules to apply
 *
 * Returns: (transfer container): the elements that make the article, in order
 */
GPtrArray *
_dsr_html_extract (xmlDoc              *doc,
                   const char          *title,
                   DsrHtmlExtractFlags  flags)
{
  Extractor self = { doc, title, flags, NULL, 0, 0, NULL, { 0, 0, 0 } };
  g_autoptr(GPtrArray) candidates = g_ptr_array_new ();
  g_autofree Info *infos = NULL;
  xmlNode *root = xmlDocGetRootElement (doc);
  xmlNode *body;
  xmlNode *top;
  GPtrArray *roots;

  if (root == NULL)
    return g_ptr_array_new ();

  drop_non_elements (root);
  walk (&self, root, prune_enter, prune_leave);
  if ((root = xmlDocGetRootElement (doc)) == NULL)
    return g_ptr_array_new ();

  infos = g_new0 (Info, self.n_infos);
  self.infos = infos;
  self.candidates = candidates;
  walk (&self, root, assign_enter, NULL);

  body = find_body (doc);
  if (flags & DSR_HTML_STRIP_UNLIKELY)
    walk (&self, body, unlikely_enter, NULL);
  walk (&self, root, NULL, sum_leave);
  walk (&self, body, score_enter, NULL);

  top = choose_top_candidate (&self, body);
  roots = gather_article (&self, top);
  for (guint i = 0; i < roots->len; i++)
    {
      xmlNode *node = roots->pdata[i];
      g_autofree char *names = dup_match_string (node);
      g_debug ("article part: <%s %s>", (const char *)node->name, names ? names : "");
    }

  /* The chosen roots themselves stay even if a cleaning rule would take them. */
  for (guint i = 0; i < roots->len; i++)
    info_of (roots->pdata[i])->flags |= INFO_ARTICLE;
  for (guint i = 0; i < roots->len; i++)
    walk (&self, roots->pdata[i], clean_enter, clean_leave);

  /* Leave no pointers into the freed records behind. */
  {
    xmlNode *node = root;

    while (node != NULL)
      {
        node->_private = NULL;
        if (node->children != NULL && node->type == XML_ELEMENT_NODE)
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

  return roots;
}
