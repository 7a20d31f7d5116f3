/* dsr-html-reader.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-html-reader"

#include "config.h"

#include <glib/gi18n.h>
#include <libxml/parser.h>
#include <libxml/uri.h>
#include <string.h>

#include "dsr-charset.h"
#include "dsr-html-private.h"
#include "dsr-reader.h"

/* An article shorter than this (in code points) makes the extractor try again with
 * fewer of its rules, as it may have thrown the article away with the clutter. */
#define MIN_ARTICLE_CHARS 500

/* HTML_PARSE_NOBLANKS is left out on purpose: it drops the white space between two
 * inline elements ("<b>a</b> <i>b</i>") and glues their words together. No option
 * here loads a DTD, an entity or anything from the network. */
#define PARSE_OPTIONS \
  (HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | \
   HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT)

/* One open element while the article is written out. */
typedef struct
{
  xmlNode     *node;
  gint64       start;     /* where its text starts; -1 when it leaves no span */
  DsrSpanKind  kind;
  int          level;
  const char  *href;      /* links: the resolved target, owned by the state's strings */
  gboolean     block;
} Frame;

typedef struct
{
  DsrDocumentContent *content;
  GArray             *frames;       /* Frame, the open elements */
  GPtrArray          *strings;      /* resolved link targets */
  const char         *base;         /* the page's address, for relative links */
  gboolean            block_open;
  DsrSpanKind         block_kind;
  int                 block_level;
  int                 pre_depth;
} RenderState;

typedef enum
{
  ROLE_INLINE,
  ROLE_BLOCK,
  ROLE_CELL,
  ROLE_SKIP,
} Role;

static const char * const block_elements[] = {
  "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
  "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
  "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main",
  "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead",
  "tr", "ul", NULL
};

static const char * const skipped_elements[] = {
  "applet", "audio", "button", "canvas", "embed", "head", "iframe", "img", "input", "link",
  "map", "math", "meta", "noscript", "object", "picture", "script", "select", "source",
  "style", "svg", "template", "textarea", "title", "track", "video", NULL
};

/* Helpers shared with the extractor and the metadata reader */

gboolean
_dsr_html_is_element (const xmlNode *node,
                      const char    *name)
{
  return node != NULL && node->type == XML_ELEMENT_NODE && node->name != NULL &&
         strcmp ((const char *)node->name, name) == 0;
}

gboolean
_dsr_html_is_heading (const xmlNode *node)
{
  const char *name;

  if (node == NULL || node->type != XML_ELEMENT_NODE || node->name == NULL)
    return FALSE;
  name = (const char *)node->name;
  return name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && name[2] == '\0';
}

/* Hidden by the page itself: `hidden`, `aria-hidden="true"` or an inline style. */
gboolean
_dsr_html_is_hidden (xmlNode *node)
{
  g_autofree xmlChar *aria = NULL;
  g_autofree xmlChar *style = NULL;

  if (node->properties == NULL)
    return FALSE;
  if (xmlHasProp (node, (const xmlChar *)"hidden") != NULL)
    return TRUE;
  if ((aria = xmlGetProp (node, (const xmlChar *)"aria-hidden")) != NULL &&
      g_ascii_strcasecmp ((const char *)aria, "true") == 0)
    return TRUE;
  if ((style = xmlGetProp (node, (const xmlChar *)"style")) != NULL)
    {
      g_autofree char *compact = g_ascii_strdown ((const char *)style, -1);
      char *out = compact;

      for (const char *in = compact; *in; in++)
        if (!g_ascii_isspace (*in))
          *out++ = *in;
      *out = '\0';
      if (strstr (compact, "display:none") != NULL || strstr (compact, "visibility:hidden") != NULL)
        return TRUE;
    }
  return FALSE;
}

/**
 * _dsr_html_dup_text:
 * @node: an element
 * @max_bytes: stop after about this many bytes
 *
 * Returns: (transfer full): the text under @node, white space as in the page
 */
char *
_dsr_html_dup_text (xmlNode *node,
                    gsize    max_bytes)
{
  GString *text = g_string_new (NULL);
  xmlNode *cur = node;

  while (cur != NULL && text->len < max_bytes)
    {
      if ((cur->type == XML_TEXT_NODE || cur->type == XML_CDATA_SECTION_NODE) && cur->content)
        g_string_append (text, (const char *)cur->content);
      if (cur->type == XML_ELEMENT_NODE && cur->children != NULL &&
          (cur == node ||
           (!_dsr_html_is_element (cur, "script") && !_dsr_html_is_element (cur, "style"))))
        {
          cur = cur->children;
          continue;
        }
      while (cur != node && cur->next == NULL)
        cur = cur->parent;
      if (cur == node)
        break;
      cur = cur->next;
    }

  if (text->len > max_bytes)
    {
      const char *end = text->str + max_bytes;

      g_string_truncate (text, g_utf8_find_prev_char (text->str, end + 1) - text->str);
    }
  return g_string_free (text, FALSE);
}

/* Returns: (transfer full): @text with runs of white space as one space, trimmed */
char *
_dsr_html_normalize_space (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; p && *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0xA0)
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* Writing the article out */

static Role
element_role (const xmlNode *node)
{
  const char *name = (const char *)node->name;

  if (name == NULL)
    return ROLE_SKIP;
  if (g_strv_contains (skipped_elements, name))
    return ROLE_SKIP;
  if (g_strv_contains (block_elements, name))
    return ROLE_BLOCK;
  if (g_str_equal (name, "td") || g_str_equal (name, "th"))
    return ROLE_CELL;
  return ROLE_INLINE;
}

static gboolean
inline_kind (const char  *name,
             gboolean     in_pre,
             DsrSpanKind *kind)
{
  static const struct { const char *name; DsrSpanKind kind; } kinds[] = {
    { "a", DSR_SPAN_LINK }, { "em", DSR_SPAN_EMPHASIS }, { "i", DSR_SPAN_EMPHASIS },
    { "cite", DSR_SPAN_EMPHASIS }, { "strong", DSR_SPAN_STRONG }, { "b", DSR_SPAN_STRONG },
    { "code", DSR_SPAN_CODE }, { "kbd", DSR_SPAN_CODE }, { "samp", DSR_SPAN_CODE },
    { "tt", DSR_SPAN_CODE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_str_equal (name, kinds[i].name))
      {
        /* A <pre> is one code span already. */
        if (kinds[i].kind == DSR_SPAN_CODE && in_pre)
          return FALSE;
        *kind = kinds[i].kind;
        return TRUE;
      }
  return FALSE;
}

static void
close_block (RenderState *state)
{
  if (!state->block_open)
    return;
  dsr_document_content_end_block (state->content, state->block_kind, state->block_level);
  state->block_open = FALSE;
}

/* Blocks open lazily, at their first text, so that empty elements leave nothing and
 * text loose in a <div> still makes a paragraph. The kind is that of the innermost
 * block element around the text. */
static void
ensure_block (RenderState *state)
{
  if (state->block_open)
    return;

  state->block_kind = DSR_SPAN_PARAGRAPH;
  state->block_level = 0;
  for (guint i = state->frames->len; i > 0; i--)
    {
      const Frame *frame = &g_array_index (state->frames, Frame, i - 1);

      if (frame->block)
        {
          state->block_kind = frame->kind;
          state->block_level = frame->level;
          break;
        }
    }
  dsr_document_content_begin_block (state->content);
  state->block_open = TRUE;
}

static DsrSpanKind
block_kind (const xmlNode *node,
            int           *level)
{
  const char *name = (const char *)node->name;

  *level = 0;
  if (_dsr_html_is_heading (node))
    {
      *level = name[1] - '0';
      return DSR_SPAN_HEADING;
    }
  if (g_str_equal (name, "li") || g_str_equal (name, "dt") || g_str_equal (name, "dd"))
    return DSR_SPAN_LIST_ITEM;
  if (g_str_equal (name, "figcaption") || g_str_equal (name, "caption"))
    return DSR_SPAN_CAPTION;
  if (g_str_equal (name, "pre"))
    return DSR_SPAN_CODE;
  if (g_str_equal (name, "blockquote"))
    return DSR_SPAN_BLOCKQUOTE;
  return DSR_SPAN_PARAGRAPH;
}

/* Only web and mail links are kept, made absolute against the page's address. */
static const char *
resolve_href (RenderState *state,
              xmlNode     *node)
{
  g_autofree xmlChar *href = xmlGetProp (node, (const xmlChar *)"href");
  g_autofree char *stripped = NULL;
  xmlChar *resolved;
  char *result = NULL;

  if (href == NULL)
    return NULL;
  stripped = g_strstrip (g_strdup ((const char *)href));
  if (*stripped == '\0' || *stripped == '#' || strlen (stripped) > 4096)
    return NULL;

  resolved = state->base ? xmlBuildURI ((const xmlChar *)stripped, (const xmlChar *)state->base)
                         : xmlStrdup ((const xmlChar *)stripped);
  if (resolved == NULL)
    return NULL;
  if (g_ascii_strncasecmp ((const char *)resolved, "http://", 7) == 0 ||
      g_ascii_strncasecmp ((const char *)resolved, "https://", 8) == 0 ||
      g_ascii_strncasecmp ((const char *)resolved, "mailto:", 7) == 0)
    {
      result = g_strdup ((const char *)resolved);
      g_ptr_array_add (state->strings, result);
    }
  xmlFree (resolved);
  return result;
}

static gboolean
next_element_is_br (xmlNode *node)
{
  for (xmlNode *next = node->next; next; next = next->next)
    {
      if (next->type == XML_TEXT_NODE)
        {
          const char *p = (const char *)next->content;

          while (p && *p && g_ascii_isspace (*p))
            p++;
          if (p && *p)
            return FALSE;
          continue;
        }
      if (next->type == XML_ELEMENT_NODE)
        return _dsr_html_is_element (next, "br");
    }
  return FALSE;
}

/* Returns whether to go into the element's children. */
static gboolean
enter_element (RenderState *state,
               xmlNode     *node)
{
  Frame frame = { node, -1, DSR_SPAN_PARAGRAPH, 0, NULL, FALSE };
  const char *name = (const char *)node->name;
  Role role = element_role (node);

  if (role == ROLE_SKIP || _dsr_html_is_hidden (node))
    return FALSE;

  if (g_str_equal (name, "br"))
    {
      /* Two line breaks in a row end a paragraph, as many pages use them so. */
      if (next_element_is_br (node))
        close_block (state);
      else if (state->block_open)
        dsr_document_content_append (state->content, " ", 1);
      return FALSE;
    }

  if (role == ROLE_BLOCK)
    {
      close_block (state);
      frame.block = TRUE;
      frame.kind = block_kind (node, &frame.level);
      if (frame.kind == DSR_SPAN_BLOCKQUOTE)
        {
          frame.start = state->content->chars + (state->content->text->len > 0 ? 2 : 0);
          frame.kind = DSR_SPAN_PARAGRAPH;
        }
      if (g_str_equal (name, "pre"))
        state->pre_depth++;
    }
  else if (role == ROLE_CELL)
    {
      if (state->block_open)
        dsr_document_content_append (state->content, " ", 1);
    }
  else if (inline_kind (name, state->pre_depth > 0, &frame.kind))
    {
      if (frame.kind == DSR_SPAN_LINK && (frame.href = resolve_href (state, node)) == NULL)
        goto push;
      ensure_block (state);
      frame.start = dsr_document_content_get_offset (state->content);
    }

push:
  g_array_append_val (state->frames, frame);
  return TRUE;
}

static void
leave_element (RenderState *state)
{
  Frame frame = g_array_index (state->frames, Frame, state->frames->len - 1);

  g_array_set_size (state->frames, state->frames->len - 1);

  if (frame.block)
    {
      close_block (state);
      if (g_str_equal ((const char *)frame.node->name, "pre"))
        state->pre_depth--;
      if (frame.start >= 0)
        dsr_document_content_add_span (state->content, DSR_SPAN_BLOCKQUOTE, frame.start,
                                       state->content->chars, 0, NULL);
    }
  else if (element_role (frame.node) == ROLE_CELL)
    {
      if (state->block_open)
        dsr_document_content_append (state->content, " ", 1);
    }
  else if (frame.start >= 0)
    {
      dsr_document_content_add_span (state->content, frame.kind, frame.start,
                                     state->content->chars, 0, frame.href);
    }
}

/* Writes one subtree out; iterative, so that any depth of nesting is safe. */
static void
render_subtree (RenderState *state,
                xmlNode     *root)
{
  xmlNode *node = root;

  while (node != NULL)
    {
      gboolean descend = FALSE;

      if (node->type == XML_ELEMENT_NODE)
        descend = enter_element (state, node);
      else if ((node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) &&
               node->content != NULL)
        {
          const char *p = (const char *)node->content;

          while (*p && g_ascii_isspace (*p))
            p++;
          if (*p)
            ensure_block (state);
          if (state->block_open)
            dsr_document_content_append (state->content, (const char *)node->content, -1);
        }

      if (descend && node->children != NULL)
        {
          node = node->children;
          continue;
        }

      /* Leave this node and every ancestor whose children are done. */
      for (;;)
        {
          if (descend)
            leave_element (state);
          if (node == root)
            return;
          if (node->next != NULL)
            {
              node = node->next;
              break;
            }
          node = node->parent;
          descend = TRUE;
        }
    }
}

static void
render (DsrDocumentContent *content,
        GPtrArray          *roots)
{
  g_autoptr(GArray) frames = g_array_new (FALSE, FALSE, sizeof (Frame));
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  RenderState state = { content, frames, strings, content->url, FALSE, DSR_SPAN_PARAGRAPH, 0, 0 };

  for (guint i = 0; i < roots->len; i++)
    {
      render_subtree (&state, roots->pdata[i]);
      close_block (&state);
    }
}

static char *
decode (GBytes      *bytes,
        GError     **error)
{
  const char *used = NULL;

  /* The one place that chooses the page's encoding: byte order mark, the page's
   * declaration, then detection; stray NUL bytes are dropped there. */
  return dsr_charset_decode_html (bytes, &used, error);
}

/* An XHTML file may open with a DOCTYPE that declares entities. libxml2's HTML
 * parser never expands them, but it ends the DOCTYPE at the first '>' and shows the
 * rest of the declarations as text; they are blanked out here, quotes respected. */
static void
blank_internal_subset (char *text)
{
  char *doctype = NULL;
  char quote = 0;
  char *p;

  for (p = text; *p && p - text < 4096; p++)
    if (*p == '<' && g_ascii_strncasecmp (p, "<!doctype", 9) == 0)
      {
        doctype = p;
        break;
      }
  if (doctype == NULL)
    return;

  for (p = doctype + 9; *p && *p != '>' && *p != '['; p++)
    if (*p == '"' || *p == '\'')
      {
        char *end = strchr (p + 1, *p);

        if (end == NULL)
          return;
        p = end;
      }
  if (*p != '[')
    return;

  for (char *open = p++; *p; p++)
    {
      if (quote != 0)
        {
          if (*p == quote)
            quote = 0;
          continue;
        }
      if (*p == '"' || *p == '\'')
        quote = *p;
      else if (*p == ']')
        {
          memset (open, ' ', p - open + 1);
          return;
        }
    }
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (htmlParserCtxt, htmlFreeParserCtxt)

static xmlDoc *
parse (const char  *utf8,
       gsize        len,
       GError     **error)
{
  g_autoptr(htmlParserCtxt) ctxt = NULL;
  const xmlError *last;
  xmlDoc *doc;

  if (len > G_MAXINT || !(ctxt = htmlNewParserCtxt ()))
    {
      g_set_error (error, DSR_IMPORT_ERROR, DSR_IMPORT_ERROR_TOO_LARGE, _("the page is too large"));
      return NULL;
    }
  doc = htmlCtxtReadMemory (ctxt, utf8, (int)len, NULL, "UTF-8", PARSE_OPTIONS);

  /* libxml2 stops at a nesting depth of a few hundred elements (XML_PARSE_HUGE, which
   * would lift that, stays off); such a page is refused as a whole rather than read
   * up to the point where the parser gave up. */
  last = xmlCtxtGetLastError (ctxt);
  if (last != NULL && last->code == XML_ERR_INTERNAL_ERROR && last->message != NULL &&
      strstr (last->message, "depth") != NULL)
    {
      g_clear_pointer (&doc, xmlFreeDoc);
      g_set_error (error, DSR_IMPORT_ERROR, DSR_IMPORT_ERROR_MALFORMED,
                   _("the page nests its elements too deeply to be read"));
      return NULL;
    }
  if (doc == NULL || xmlDocGetRootElement (doc) == NULL)
    {
      g_clear_pointer (&doc, xmlFreeDoc);
      g_set_error (error, DSR_IMPORT_ERROR, DSR_IMPORT_ERROR_MALFORMED,
                   _("the page could not be read as HTML"));
    }
  return doc;
}

static void
init_libxml (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      xmlInitParser ();
      g_once_init_leave (&initialized, 1);
    }
}

/**
 * dsr_html_reader_read:
 * @bytes: an HTML or XHTML page
 * @file_name: (nullable): the file's name, for messages
 * @error: return location for a #GError
 *
 * Reads a saved web page: decodes it to UTF-8, parses it with libxml2's forgiving
 * HTML parser (XHTML too, so no DTD, entity or network access ever happens), takes
 * its metadata, finds the article and writes it out with its structure. Headings,
 * paragraphs, block quotes, list items, captions, links, emphasis and code become
 * spans; scripts, styles, forms, images and page furniture are left out.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error set
 */
DsrDocumentContent *
dsr_html_reader_read (GBytes      *bytes,
                      const char  *file_name,
                      GError     **error)
{
  static const DsrHtmlExtractFlags attempts[] = {
    DSR_HTML_EXTRACT_ALL,
    DSR_HTML_EXTRACT_ALL & ~DSR_HTML_STRIP_UNLIKELY,
    DSR_HTML_CLEAN_CONDITIONALY,
    0,
  };
  g_autoptr(DsrDocumentContent) best = NULL;
  g_autofree char *text = NULL;
  gsize len;

  g_return_val_if_fail (bytes != NULL, NULL);

  if (g_bytes_get_size (bytes) > DSR_IMPORT_MAX_BYTES)
    {
      g_set_error (error, DSR_IMPORT_ERROR, DSR_IMPORT_ERROR_TOO_LARGE,
                   _("too large (Dossier reads files up to %d MB)"),
                   DSR_IMPORT_MAX_BYTES / (1024 * 1024));
      return NULL;
    }

  init_libxml ();
  if (!(text = decode (bytes, error)))
    return NULL;
  blank_internal_subset (text);
  len = strlen (text);

  for (guint i = 0; i < G_N_ELEMENTS (attempts); i++)
    {
      g_autoptr(DsrDocumentContent) content = dsr_document_content_new ();
      g_autoptr(xmlDoc) doc = NULL;
      g_autoptr(GPtrArray) roots = NULL;

      /* The extractor cuts the tree up, so each attempt parses afresh. */
      if (!(doc = parse (text, len, error)))
        return NULL;

      _dsr_html_read_metadata (doc, content);
      roots = _dsr_html_extract (doc, content->title, attempts[i]);
      render (content, roots);

      if (best == NULL || content->chars > best->chars)
        {
          g_clear_pointer (&best, dsr_document_content_free);
          best = g_steal_pointer (&content);
        }
      if (best->chars >= MIN_ARTICLE_CHARS)
        break;
    }

  if (best->chars == 0)
    {
      g_set_error (error, DSR_IMPORT_ERROR, DSR_IMPORT_ERROR_EMPTY, _("the page holds no text"));
      return NULL;
    }

  return g_steal_pointer (&best);
}
