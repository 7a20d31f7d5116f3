/* dsr-search-query.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-search-query"

#include "config.h"

#include <glib/gi18n.h>

#include <string.h>

#include "dsr-search-query.h"
#include "dsr-store.h"

/* What people type in a search box is not FTS5 syntax: an apostrophe, a colon or a
 * hyphen would be a syntax error or an operator there. Each word or "quoted phrase"
 * becomes an FTS5 string, so that only these operators remain:
 *   word word     both must appear        "a phrase"   the words in this order
 *   word OR word  either may appear       -word        must not appear
 *   word*         words starting with it */

static gboolean
is_quote (gunichar c)
{
  return c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0x00AB || c == 0x00BB;
}

static void
append_fts_string (GString    *out,
                   const char *term,
                   gssize      len)
{
  g_string_append_c (out, '"');
  for (const char *p = term; p < term + len; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static gboolean
has_word_characters (const char *text,
                     gssize      len)
{
  for (const char *p = text; p < text + len; p = g_utf8_next_char (p))
    if (g_unichar_isalnum (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

/**
 * dsr_search_query_to_fts5:
 * @query: a search as a person types it, in UTF-8
 *
 * Returns: (transfer full) (nullable): an FTS5 MATCH expression, or %NULL with @error
 *   set when the query has nothing to search for
 */
char *
dsr_search_query_to_fts5 (const char  *query,
                          GError     **error)
{
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) group = g_string_new (NULL);
  g_autoptr(GString) negative = g_string_new (NULL);
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean pending_or = FALSE;
  const char *p;

  g_return_val_if_fail (query != NULL, NULL);

  if (!g_utf8_validate (query, -1, NULL))
    {
      g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_INVALID,
                   _("the search is not valid UTF-8"));
      return NULL;
    }

  /* Terms joined by OR form a group; groups must all match. */
  p = query;
  while (*p)
    {
      gboolean exclude = FALSE;
      gboolean prefix = FALSE;
      const char *start;
      const char *end;

      if (g_unichar_isspace (g_utf8_get_char (p)))
        {
          p = g_utf8_next_char (p);
          continue;
        }

      if (*p == '-' && p[1] != '\0' && !g_unichar_isspace (g_utf8_get_char (p + 1)))
        {
          exclude = TRUE;
          p++;
        }

      if (is_quote (g_utf8_get_char (p)))
        {
          start = g_utf8_next_char (p);
          for (end = start; *end && !is_quote (g_utf8_get_char (end)); end = g_utf8_next_char (end))
            ;
          p = *end ? g_utf8_next_char (end) : end;
        }
      else
        {
          start = p;
          for (end = start; *end && !g_unichar_isspace (g_utf8_get_char (end)) &&
                            !is_quote (g_utf8_get_char (end)); end = g_utf8_next_char (end))
            ;
          p = end;

          if (!exclude && end - start == 2 && strncmp (start, "OR", 2) == 0)
            {
              pending_or = group->len > 0;
              continue;
            }
          if (end - start > 1 && end[-1] == '*')
            {
              prefix = TRUE;
              end--;
            }
        }

      if (!has_word_characters (start, end - start))
        continue;

      if (exclude)
        {
          if (negative->len > 0)
            g_string_append (negative, " OR ");
          append_fts_string (negative, start, end - start);
          if (prefix)
            g_string_append_c (negative, '*');
          continue;
        }

      if (group->len > 0 && !pending_or)
        {
          g_ptr_array_add (groups, g_strdup (group->str));
          g_string_truncate (group, 0);
        }
      if (group->len > 0)
        g_string_append (group, " OR ");
      pending_or = FALSE;
      append_fts_string (group, start, end - start);
      if (prefix)
        g_string_append_c (group, '*');
    }
  if (group->len > 0)
    g_ptr_array_add (groups, g_strdup (group->str));

  if (groups->len == 0)
    {
      g_set_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_INVALID,
                   negative->len ? _("a search needs at least one word that must appear")
                                 : _("the search has no words in it"));
      return NULL;
    }

  for (guint i = 0; i < groups->len; i++)
    g_string_append_printf (out, "%s(%s)", i ? " AND " : "", (char *)groups->pdata[i]);
  if (negative->len > 0)
    g_string_append_printf (out, " NOT (%s)", negative->str);

  return g_string_free (g_steal_pointer (&out), FALSE);
}
