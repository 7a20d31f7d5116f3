/* dsr-text-reader.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-text-reader"

#include "config.h"

#include <glib/gi18n.h>

#include <string.h>

#include "dsr-charset.h"
#include "dsr-dateline.h"
#include "dsr-reader.h"

/* A first line this short, without closing punctuation, is taken as the title. */
#define MAX_TITLE_CHARS 150


/* Returns the length of a list marker ("- ", "* ", "• ", "1. ", "2) ") at the start of
 * @line, after indentation, or 0. */
static gsize
list_marker_length (const char *line)
{
  const char *p = line;

  while (*p == ' ' || *p == '\t')
    p++;

  if ((*p == '-' || *p == '*') && p[1] == ' ')
    return p + 2 - line;
  if (g_str_has_prefix (p, "•") && p[strlen ("•")] == ' ')
    return p + strlen ("•") + 1 - line;
  if (g_ascii_isdigit (*p))
    {
      const char *q = p;

      while (g_ascii_isdigit (*q) && q - p < 3)
        q++;
      if ((*q == '.' || *q == ')') && q[1] == ' ')
        return q + 2 - line;
    }
  return 0;
}

static gboolean
looks_like_title (const char *line)
{
  g_autofree char *stripped = g_strstrip (g_strdup (line));
  gsize len = strlen (stripped);

  if (len == 0 || g_utf8_strlen (stripped, -1) > MAX_TITLE_CHARS)
    return FALSE;
  return strchr (".,;:", stripped[len - 1]) == NULL;
}

static void
add_block (DsrDocumentContent *content,
           GPtrArray          *lines,
           DsrSpanKind         kind,
           int                 level)
{
  dsr_document_content_begin_block (content);
  for (guint i = 0; i < lines->len; i++)
    {
      dsr_document_content_append (content, " ", 1);
      dsr_document_content_append (content, lines->pdata[i], -1);
    }
  dsr_document_content_end_block (content, kind, level);
  g_ptr_array_set_size (lines, 0);
}

/* A block of lines between blank lines is one paragraph, with its line breaks taken
 * as spaces (hard-wrapped text), except that lines starting with a list marker are
 * list items of their own. */
static void
add_paragraphs (DsrDocumentContent  *content,
                char               **lines,
                guint                first,
                guint                last)
{
  g_autoptr(GPtrArray) pending = g_ptr_array_new ();
  gboolean in_item = FALSE;

  for (guint i = first; i < last; i++)
    {
      gsize marker = list_marker_length (lines[i]);

      if (marker > 0)
        {
          if (pending->len > 0)
            add_block (content, pending, in_item ? DSR_SPAN_LIST_ITEM : DSR_SPAN_PARAGRAPH, 0);
          in_item = TRUE;
          g_ptr_array_add (pending, lines[i] + marker);
        }
      else
        g_ptr_array_add (pending, lines[i]);
    }
  if (pending->len > 0)
    add_block (content, pending, in_item ? DSR_SPAN_LIST_ITEM : DSR_SPAN_PARAGRAPH, 0);
}

/**
 * dsr_text_reader_read:
 *
 * Reads plain text: blocks separated by blank lines become paragraphs (or, when the
 * text has no blank line at all, each line does); a short first line becomes the
 * title. Quotes and every other character are kept as they are.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error set
 */
DsrDocumentContent *
dsr_text_reader_read (GBytes      *bytes,
                      const char  *file_name,
                      GError     **error)
{
  g_autoptr(DsrDocumentContent) content = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  gboolean has_blank_line = FALSE;
  guint n_lines;
  guint first = 0;
  guint i;

  if (!dsr_charset_check_text (bytes, error) ||
      !(text = dsr_charset_decode (bytes, NULL, NULL, error)))
    return NULL;

  dsr_charset_normalize_newlines (text);

  lines = g_strsplit (text, "\n", -1);
  n_lines = g_strv_length (lines);
  for (i = 0; i < n_lines && dsr_text_is_blank (lines[i]); i++)
    ;
  first = i;
  for (i = first; i < n_lines; i++)
    if (dsr_text_is_blank (lines[i]))
      has_blank_line = TRUE;

  content = dsr_document_content_new ();

  if (first < n_lines && has_blank_line && looks_like_title (lines[first]) &&
      first + 1 < n_lines && dsr_text_is_blank (lines[first + 1]))
    {
      dsr_document_content_begin_block (content);
      dsr_document_content_append (content, lines[first], -1);
      dsr_document_content_end_block (content, DSR_SPAN_HEADING, 1);
      dsr_document_content_set_title (content, lines[first]);
      first++;
    }

  for (i = first; i < n_lines; )
    {
      guint end;

      if (dsr_text_is_blank (lines[i]))
        {
          i++;
          continue;
        }

      if (has_blank_line)
        for (end = i; end < n_lines && !dsr_text_is_blank (lines[end]); end++)
          ;
      else
        end = i + 1;

      add_paragraphs (content, lines, i, end);
      i = end;
    }

  dsr_dateline_read_content (content);

  if (content->chars == 0)
    {
      g_set_error (error, DSR_IMPORT_ERROR, DSR_IMPORT_ERROR_EMPTY, _("the file holds no text"));
      return NULL;
    }

  return g_steal_pointer (&content);
}
