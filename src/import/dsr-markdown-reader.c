/* dsr-markdown-reader.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-markdown-reader"

#include "config.h"

#include <glib/gi18n.h>

#include <cmark.h>
#include <string.h>

#include "dsr-charset.h"
#include "dsr-dateline.h"
#include "dsr-reader.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (cmark_node, cmark_node_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (cmark_iter, cmark_iter_free)

/* Containers (block quotes) whose span starts at the first block inside them. */
typedef struct
{
  cmark_node *node;
  gint64      start;
} OpenContainer;

typedef struct
{
  DsrDocumentContent *content;
  GArray             *containers;     /* OpenContainer */
  GArray             *inline_starts;  /* gint64, one per open emphasis, strong or link */
  int                 skip_depth;     /* > 0 inside images, whose alt text is not read */
  char               *first_heading;
} ReadState;

static void
replace_string (char       **field,
                const char  *value)
{
  g_free (*field);
  *field = g_strdup (value);
}

/* Reads "key: value" lines of a YAML front matter block (as notes apps write it) for
 * the document's metadata, and returns where the Markdown starts. Only plain scalar
 * values are understood; anything else in the block is ignored. */
static const char *
read_front_matter (const char         *text,
                   DsrDocumentContent *content)
{
  const char *end;
  g_auto(GStrv) lines = NULL;
  g_autofree char *block = NULL;

  if (!g_str_has_prefix (text, "---\n"))
    return text;
  if ((end = strstr (text + 4, "\n---\n")) == NULL && (end = strstr (text + 4, "\n...\n")) == NULL)
    return text;

  block = g_strndup (text + 4, end - (text + 4));
  lines = g_strsplit (block, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      const char *colon = strchr (lines[i], ':');
      g_autofree char *name = NULL;
      g_autofree char *key = NULL;
      g_autofree char *value = NULL;
      gsize len;

      if (colon == NULL || g_ascii_isspace (lines[i][0]))
        continue;
      name = g_strndup (lines[i], colon - lines[i]);
      key = g_ascii_strdown (g_strstrip (name), -1);
      value = g_strstrip (g_strdup (colon + 1));
      len = strlen (value);
      if (len >= 2 && (value[0] == '"' || value[0] == '\'') && value[len - 1] == value[0])
        {
          value[len - 1] = '\0';
          memmove (value, value + 1, len - 1);
        }
      if (*value == '\0')
        continue;

      if (g_str_equal (key, "title"))
        dsr_document_content_set_title (content, value);
      else if (g_str_equal (key, "author") || g_str_equal (key, "byline"))
        replace_string (&content->byline, value);
      else if (g_str_equal (key, "date") || g_str_equal (key, "published"))
        replace_string (&content->published, value);
      else if (g_str_equal (key, "url") || g_str_equal (key, "source_url"))
        replace_string (&content->url, value);
      else if (g_str_equal (key, "lang") || g_str_equal (key, "language"))
        replace_string (&content->language, value);
    }

  return end + 5;
}

static void
begin_block (ReadState *state)
{
  gint64 start = dsr_document_content_begin_block (state->content);

  for (guint i = 0; i < state->containers->len; i++)
    {
      OpenContainer *container = &g_array_index (state->containers, OpenContainer, i);

      if (container->start < 0)
        container->start = start;
    }
}

static void
end_block (ReadState   *state,
           DsrSpanKind  kind,
           int          level)
{
  GArray *spans = state->content->spans;

  if (dsr_document_content_end_block (state->content, kind, level) &&
      kind == DSR_SPAN_HEADING && state->first_heading == NULL)
    state->first_heading =
      dsr_document_content_dup_block_text (state->content,
                                           &g_array_index (spans, DsrSpan, spans->len - 1));
}

static DsrSpanKind
paragraph_kind (cmark_node *paragraph)
{
  cmark_node *parent = cmark_node_parent (paragraph);

  if (parent && cmark_node_get_type (parent) == CMARK_NODE_ITEM &&
      cmark_node_first_child (parent) == paragraph)
    return DSR_SPAN_LIST_ITEM;
  return DSR_SPAN_PARAGRAPH;
}

static void
enter_node (ReadState  *state,
            cmark_node *node)
{
  const char *literal;

  switch ((int)cmark_node_get_type (node))
    {
    case CMARK_NODE_BLOCK_QUOTE:
      {
        OpenContainer container = { node, -1 };
        g_array_append_val (state->containers, container);
      }
      break;

    case CMARK_NODE_PARAGRAPH:
    case CMARK_NODE_HEADING:
      begin_block (state);
      break;

    case CMARK_NODE_CODE_BLOCK:
      begin_block (state);
      if ((literal = cmark_node_get_literal (node)) != NULL)
        dsr_document_content_append (state->content, literal, -1);
      end_block (state, DSR_SPAN_CODE, 0);
      break;

    case CMARK_NODE_TEXT:
    case CMARK_NODE_CODE:
      if (state->skip_depth == 0 && (literal = cmark_node_get_literal (node)) != NULL)
        {
          gint64 start = dsr_document_content_get_offset (state->content);

          dsr_document_content_append (state->content, literal, -1);
          if (cmark_node_get_type (node) == CMARK_NODE_CODE)
            dsr_document_content_add_span (state->content, DSR_SPAN_CODE, start,
                                           state->content->chars, 0, NULL);
        }
      break;

    case CMARK_NODE_SOFTBREAK:
    case CMARK_NODE_LINEBREAK:
      if (state->skip_depth == 0)
        dsr_document_content_append (state->content, " ", 1);
      break;

    case CMARK_NODE_EMPH:
    case CMARK_NODE_STRONG:
    case CMARK_NODE_LINK:
      {
        gint64 start = dsr_document_content_get_offset (state->content);
        g_array_append_val (state->inline_starts, start);
      }
      break;

    case CMARK_NODE_IMAGE:
      state->skip_depth++;
      break;

    default:
      /* Raw HTML is never interpreted, and thematic breaks carry no text. */
      break;
    }
}

static void
exit_node (ReadState  *state,
           cmark_node *node)
{
  DsrSpanKind kind;
  gint64 start;

  switch ((int)cmark_node_get_type (node))
    {
    case CMARK_NODE_BLOCK_QUOTE:
      {
        OpenContainer *container =
          &g_array_index (state->containers, OpenContainer, state->containers->len - 1);

        if (container->start >= 0)
          dsr_document_content_add_span (state->content, DSR_SPAN_BLOCKQUOTE, container->start,
                                         state->content->chars, 0, NULL);
        g_array_set_size (state->containers, state->containers->len - 1);
      }
      break;

    case CMARK_NODE_PARAGRAPH:
      end_block (state, paragraph_kind (node), 0);
      break;

    case CMARK_NODE_HEADING:
      end_block (state, DSR_SPAN_HEADING, cmark_node_get_heading_level (node));
      break;

    case CMARK_NODE_EMPH:
    case CMARK_NODE_STRONG:
    case CMARK_NODE_LINK:
      kind = cmark_node_get_type (node) == CMARK_NODE_EMPH ? DSR_SPAN_EMPHASIS
           : cmark_node_get_type (node) == CMARK_NODE_STRONG ? DSR_SPAN_STRONG
           : DSR_SPAN_LINK;
      start = g_array_index (state->inline_starts, gint64, state->inline_starts->len - 1);
      g_array_set_size (state->inline_starts, state->inline_starts->len - 1);
      dsr_document_content_add_span (state->content, kind, start, state->content->chars, 0,
                                     kind == DSR_SPAN_LINK ? cmark_node_get_url (node) : NULL);
      break;

    case CMARK_NODE_IMAGE:
      state->skip_depth--;
      break;

    default:
      break;
    }
}

/**
 * dsr_markdown_reader_read:
 *
 * Reads CommonMark: headings, paragraphs, block quotes, list items, links, emphasis
 * and code become structure; raw HTML and images are left out. Quotes are kept
 * exactly as written (no "smart" punctuation). The title comes from a front matter
 * `title:`, else the first heading, else the file name.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error set
 */
DsrDocumentContent *
dsr_markdown_reader_read (GBytes      *bytes,
                          const char  *file_name,
                          GError     **error)
{
  g_autoptr(DsrDocumentContent) content = dsr_document_content_new ();
  g_autoptr(cmark_node) root = NULL;
  g_autoptr(cmark_iter) iter = NULL;
  g_autoptr(GArray) containers = g_array_new (FALSE, FALSE, sizeof (OpenContainer));
  g_autoptr(GArray) inline_starts = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *text = NULL;
  const char *markdown;
  ReadState state = { content, containers, inline_starts, 0, NULL };
  cmark_event_type event;

  if (!dsr_charset_check_text (bytes, error) ||
      !(text = dsr_charset_decode (bytes, NULL, NULL, error)))
    return NULL;

  dsr_charset_normalize_newlines (text);

  markdown = read_front_matter (text, content);
  root = cmark_parse_document (markdown, strlen (markdown), CMARK_OPT_DEFAULT);
  iter = cmark_iter_new (root);

  while ((event = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    {
      cmark_node *node = cmark_iter_get_node (iter);

      if (event == CMARK_EVENT_ENTER)
        enter_node (&state, node);
      else if (event == CMARK_EVENT_EXIT)
        exit_node (&state, node);
    }

  if (content->title == NULL && state.first_heading != NULL)
    dsr_document_content_set_title (content, state.first_heading);
  g_free (state.first_heading);

  dsr_dateline_read_content (content);

  if (content->chars == 0)
    {
      g_set_error (error, DSR_IMPORT_ERROR, DSR_IMPORT_ERROR_EMPTY, _("the file holds no text"));
      return NULL;
    }

  return g_steal_pointer (&content);
}
