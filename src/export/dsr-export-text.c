/* dsr-export-text.c: what every writer does to text
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-export"

#include "config.h"

#include <glib/gi18n.h>

#include <errno.h>
#include <glib/gstdio.h>
#include <sys/stat.h>

#include "dsr-export-private.h"

/* Boards bigger than this are not boards Dossier made. */
#define MAX_BOARD_FILE (64 * 1024 * 1024)

static gboolean
is_dropped (gunichar c)
{
  if (c == '\t' || c == '\n')
    return FALSE;
  return c < 0x20 || (c >= 0x7f && c <= 0x9f) ||
         /* bidirectional embeddings, overrides and isolates: they can make text read
          * backwards or hide what follows it ("Trojan Source"); marks (U+200E, U+200F)
          * stay, they only nudge neutral characters */
         (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) ||
         c == 0xfffe || c == 0xffff;
}

/**
 * _dsr_export_clean:
 *
 * Returns: @text as valid UTF-8 without control characters (other than tab and
 *   line feed; CR LF and CR become LF), bidirectional overrides or non-characters,
 *   so that it is legal in XML and cannot reorder what a reader sees
 */
char *
_dsr_export_clean (const char *text)
{
  g_autofree char *valid = NULL;
  GString *out;

  if (text == NULL)
    return g_strdup ("");

  valid = g_utf8_make_valid (text, -1);
  out = g_string_sized_new (strlen (valid));
  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\r')
        {
          if (p[1] != '\n')
            g_string_append_c (out, '\n');
          continue;
        }
      if (!is_dropped (c))
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

const char *
_dsr_export_link_label (DsrLinkKind kind)
{
  switch (kind)
    {
    case DSR_LINK_SAID_BY:
      return _("said by");
    case DSR_LINK_REPORTED_BY:
      return _("reported by");
    case DSR_LINK_SUPPORTS:
      return _("supports");
    case DSR_LINK_CONTRADICTS:
      return _("contradicts");
    case DSR_LINK_RELATED:
    default:
      return _("related");
    }
}

/* Card colours by node kind (claim, entity, source, document, note), for cards
 * without a colour of their own. */
const char *
_dsr_export_kind_color (DsrNodeKind kind)
{
  static const char * const colors[] = {
    "#fff4c2", "#dbeafe", "#dcfce7", "#e5e7eb", "#fde2e4",
  };

  g_return_val_if_fail (kind < G_N_ELEMENTS (colors), "#ffffff");
  return colors[kind];
}

gboolean
_dsr_export_is_color (const char *color)
{
  if (color == NULL || strlen (color) != 7 || color[0] != '#')
    return FALSE;
  for (int i = 1; i < 7; i++)
    if (!g_ascii_isxdigit (color[i]))
      return FALSE;
  return TRUE;
}

/* The card's own colour when it is one (#rrggbb), else its kind's. */
const char *
_dsr_export_card_color (const DsrSnapshotCard *card)
{
  return _dsr_export_is_color (card->color) ? card->color : _dsr_export_kind_color (card->node.kind);
}

/* Only web addresses become links or embeds: never javascript:, data: or file:. */
gboolean
_dsr_export_is_web_url (const char *url)
{
  return url != NULL &&
         (g_ascii_strncasecmp (url, "https://", 8) == 0 ||
          g_ascii_strncasecmp (url, "http://", 7) == 0) &&
         strpbrk (url, " \t\n\r\"'<>`") == NULL;
}

char *
_dsr_export_format_double (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.2f", value));
}

gboolean
_dsr_export_read_limited (const char  *path,
                          char       **contents,
                          gsize       *length,
                          GError     **error)
{
  g_autoptr(GError) read_error = NULL;
  GStatBuf info;

  if (g_stat (path, &info) != 0)
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved), _("cannot read the file: %s"),
                   g_strerror (saved));
      return FALSE;
    }
  if (!S_ISREG (info.st_mode))
    {
      g_set_error (error, DSR_EXPORT_ERROR, DSR_EXPORT_ERROR_INVALID, _("not a file"));
      return FALSE;
    }
  if (info.st_size > MAX_BOARD_FILE)
    {
      g_set_error (error, DSR_EXPORT_ERROR, DSR_EXPORT_ERROR_INVALID,
                   _("the file is larger than 64 MB"));
      return FALSE;
    }
  if (!g_file_get_contents (path, contents, length, &read_error))
    {
      g_set_error_literal (error, G_FILE_ERROR, read_error->code, _("cannot read the file"));
      return FALSE;
    }
  return TRUE;
}

/**
 * _dsr_export_append_markdown:
 *
 * Appends @text to Markdown so that it shows exactly as written: every character
 * that could start markup (CommonMark's, and the extensions of Obsidian and GitHub:
 * wiki links, highlights, comments, maths, tables) is escaped with a backslash, and
 * so is a line start that would make a list or a rule.
 */
void
_dsr_export_append_markdown (GString    *out,
                             const char *text)
{
  g_autofree char *clean = _dsr_export_clean (text);
  gboolean line_start = TRUE;
  gboolean leading_digits = FALSE;

  for (const char *p = clean; *p != '\0'; p++)
    {
      gboolean markup = strchr ("\\`*_[]<>#|~$", *p) != NULL ||
                        /* only where they start something: an entity, an image, a
                         * highlight, a comment */
                        (*p == '&' && (g_ascii_isalnum (p[1]) || p[1] == '#')) ||
                        (*p == '!' && p[1] == '[') ||
                        ((*p == '=' || *p == '%') && p[1] == *p) ||
                        (line_start && strchr ("-+:=", *p) != NULL) ||
                        (leading_digits && (*p == '.' || *p == ')'));

      if (markup)
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
      leading_digits = g_ascii_isdigit (*p) && (line_start || leading_digits);
      line_start = *p == '\n' || (line_start && *p == ' ');
    }
}
