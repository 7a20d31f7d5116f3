/* dsr-document-content.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-document-content"

#include "config.h"

#include <string.h>

#include "dsr-document-content.h"

static void
clear_span (gpointer data)
{
  DsrSpan *span = data;

  g_clear_pointer (&span->href, g_free);
}

DsrDocumentContent *
dsr_document_content_new (void)
{
  DsrDocumentContent *self = g_new0 (DsrDocumentContent, 1);

  self->text = g_string_new (NULL);
  self->spans = g_array_new (FALSE, TRUE, sizeof (DsrSpan));
  g_array_set_clear_func (self->spans, clear_span);
  self->block_start = -1;
  return self;
}

void
dsr_document_content_free (DsrDocumentContent *self)
{
  if (self == NULL)
    return;

  g_string_free (self->text, TRUE);
  g_array_unref (self->spans);
  g_free (self->title);
  g_free (self->byline);
  g_free (self->url);
  g_free (self->published);
  g_free (self->language);
  g_free (self->site_name);
  g_clear_pointer (&self->mentions, g_array_unref);
  g_clear_pointer (&self->groups, g_array_unref);
  g_clear_pointer (&self->quotes, g_array_unref);
  g_free (self);
}

/**
 * dsr_document_content_begin_block:
 *
 * Starts a block (paragraph, heading, ...). Text appended until the matching
 * dsr_document_content_end_block() forms one line of the stored text.
 *
 * Returns: the offset where the block starts
 */
gint64
dsr_document_content_begin_block (DsrDocumentContent *self)
{
  g_return_val_if_fail (self != NULL, -1);
  g_return_val_if_fail (self->block_start < 0, -1);

  if (self->text->len > 0)
    {
      g_string_append (self->text, "\n\n");
      self->chars += 2;
    }
  self->block_start = self->chars;
  self->pending_space = FALSE;
  return self->block_start;
}

/**
 * dsr_document_content_end_block:
 *
 * Ends the current block and records it as a span of @kind. An empty block leaves
 * no trace in the text.
 *
 * Returns: %TRUE if the block held any text
 */
gboolean
dsr_document_content_end_block (DsrDocumentContent *self,
                                DsrSpanKind         kind,
                                int                 level)
{
  gint64 start;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (self->block_start >= 0, FALSE);

  start = self->block_start;
  self->block_start = -1;
  self->pending_space = FALSE;

  if (self->chars == start)
    {
      /* Nothing was written: take back the separator, and any inline spans. */
      if (start >= 2)
        {
          g_string_truncate (self->text, self->text->len - 2);
          self->chars -= 2;
        }
      while (self->spans->len > 0 &&
             g_array_index (self->spans, DsrSpan, self->spans->len - 1).start >= start)
        g_array_set_size (self->spans, self->spans->len - 1);
      /* A span that opened before the block and closed inside it (an inline element
       * around a block boundary) reached into the separator just taken back. Such
       * spans were added last, so the search stops at the first span that ends in time. */
      for (guint i = self->spans->len; i > 0; i--)
        {
          DsrSpan *span = &g_array_index (self->spans, DsrSpan, i - 1);

          if (span->end <= self->chars)
            break;
          span->end = self->chars;
          if (span->end <= span->start)
            g_array_remove_index (self->spans, i - 1);
        }
      return FALSE;
    }

  dsr_document_content_add_span (self, kind, start, self->chars, level, NULL);
  return TRUE;
}

/**
 * dsr_document_content_append:
 * @utf8: valid UTF-8 text
 * @len: length in bytes, or -1 if nul-terminated
 *
 * Appends inline text to the current block. Runs of white space (line breaks
 * included) become one space; white space at the start or end of a block is
 * dropped. Control characters other than white space are dropped too.
 *
 * Returns: the offset where the first appended character landed
 */
gint64
dsr_document_content_append (DsrDocumentContent *self,
                             const char         *utf8,
                             gssize              len)
{
  const char *p;
  const char *end;
  gint64 first = -1;

  g_return_val_if_fail (self != NULL, -1);
  g_return_val_if_fail (self->block_start >= 0, -1);
  g_return_val_if_fail (utf8 != NULL, -1);

  if (len < 0)
    len = strlen (utf8);
  end = utf8 + len;

  for (p = utf8; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          if (self->chars > self->block_start)
            self->pending_space = TRUE;
          continue;
        }
      if (g_unichar_iscntrl (c) || c == 0xFEFF)
        continue;

      if (self->pending_space)
        {
          g_string_append_c (self->text, ' ');
          self->chars++;
          self->pending_space = FALSE;
        }
      if (first < 0)
        first = self->chars;
      g_string_append_unichar (self->text, c);
      self->chars++;
    }

  return first < 0 ? self->chars : first;
}

/**
 * dsr_document_content_get_offset:
 *
 * Returns: the offset the next appended character will have, counting a pending space
 */
gint64
dsr_document_content_get_offset (DsrDocumentContent *self)
{
  g_return_val_if_fail (self != NULL, -1);

  return self->chars + (self->pending_space ? 1 : 0);
}

void
dsr_document_content_add_span (DsrDocumentContent *self,
                               DsrSpanKind         kind,
                               gint64              start,
                               gint64              end,
                               int                 level,
                               const char         *href)
{
  DsrSpan span = { kind, start, MIN (end, self->chars), level, g_strdup (href) };

  g_return_if_fail (self != NULL);

  if (span.end <= span.start)
    {
      g_free (span.href);
      return;
    }
  g_array_append_val (self->spans, span);
}

/**
 * dsr_document_content_set_title:
 *
 * Sets the title, with white space normalised; an empty title is ignored.
 */
void
dsr_document_content_set_title (DsrDocumentContent *self,
                                const char         *title)
{
  g_auto(GStrv) words = NULL;
  g_autofree char *joined = NULL;

  g_return_if_fail (self != NULL);

  if (title == NULL)
    return;

  words = g_strsplit_set (title, " \t\r\n\v\f", -1);
  for (guint i = 0, j = 0; ; i++)
    {
      if (words[i] == NULL)
        {
          words[j] = NULL;
          break;
        }
      if (*words[i] == '\0')
        {
          g_free (words[i]);
          continue;
        }
      words[j++] = words[i];
    }
  joined = g_strjoinv (" ", words);
  if (*joined == '\0')
    return;

  g_free (self->title);
  self->title = g_steal_pointer (&joined);
}

/**
 * dsr_document_content_dup_block_text:
 *
 * Returns: (transfer full): the text under @span
 */
char *
dsr_document_content_dup_block_text (DsrDocumentContent *self,
                                     const DsrSpan      *span)
{
  const char *start;
  const char *end;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (span != NULL, NULL);

  start = g_utf8_offset_to_pointer (self->text->str, span->start);
  end = g_utf8_offset_to_pointer (start, span->end - span->start);
  return g_strndup (start, end - start);
}
