/* dsr-charset.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-charset"

#include "config.h"

#include <string.h>

#include "dsr-charset.h"
#include "dsr-reader.h"

static char *
convert (const char  *data,
         gsize        size,
         const char  *charset,
         GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  char *utf8;

  utf8 = g_convert (data, size, "UTF-8", charset, NULL, NULL, &local_error);
  if (utf8 == NULL)
    g_set_error (error, DSR_IMPORT_ERROR, DSR_IMPORT_ERROR_ENCODING,
                 "the text is not valid %s (%s)", charset, local_error->message);
  return utf8;
}

/**
 * dsr_charset_decode:
 * @bytes: text in some encoding
 * @declared: (nullable): the encoding the file declares, if any
 * @used: (out) (optional): the encoding the text was decoded from
 *
 * Decodes text to UTF-8. A byte order mark wins over a declaration, a declaration
 * over a guess; text that is valid UTF-8 is taken as UTF-8, and other undeclared
 * text as windows-1252, which maps every byte.
 *
 * Returns: (transfer full) (nullable): the text in UTF-8, without a byte order mark
 */
char *
dsr_charset_decode (GBytes      *bytes,
                    const char  *declared,
                    const char **used,
                    GError     **error)
{
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);
  const char *charset;

  if (data == NULL)
    data = "";

  if (size >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      size -= 3;
      charset = "UTF-8";
    }
  else if (size >= 2 && memcmp (data, "\xFF\xFE", 2) == 0)
    {
      data += 2;
      size -= 2;
      charset = "UTF-16LE";
    }
  else if (size >= 2 && memcmp (data, "\xFE\xFF", 2) == 0)
    {
      data += 2;
      size -= 2;
      charset = "UTF-16BE";
    }
  else if (declared != NULL)
    charset = declared;
  else if (g_utf8_validate_len (data, size, NULL))
    charset = "UTF-8";
  else
    charset = "WINDOWS-1252";

  if (used)
    *used = charset;

  if (g_ascii_strcasecmp (charset, "UTF-8") == 0)
    {
      if (!g_utf8_validate_len (data, size, NULL))
        {
          g_set_error (error, DSR_IMPORT_ERROR, DSR_IMPORT_ERROR_ENCODING,
                       "the text is not valid UTF-8");
          return NULL;
        }
      if (memchr (data, '\0', size) != NULL)
        {
          g_set_error (error, DSR_IMPORT_ERROR, DSR_IMPORT_ERROR_ENCODING,
                       "the text holds NUL bytes; it looks like a binary file");
          return NULL;
        }
      return g_strndup (data, size);
    }

  /* windows-1252 leaves five bytes undefined; iconv refuses them, so they are read
   * as ISO-8859-1, which maps them to control characters that readers then drop. */
  if (g_ascii_strcasecmp (charset, "WINDOWS-1252") == 0)
    {
      char *utf8 = convert (data, size, charset, NULL);

      if (utf8 != NULL)
        return utf8;
      if (used)
        *used = "ISO-8859-1";
      return convert (data, size, "ISO-8859-1", error);
    }

  return convert (data, size, charset, error);
}

/**
 * dsr_charset_normalize_newlines:
 * @text: nul-terminated text, changed in place
 *
 * Turns every line end (CR LF, or CR alone as in old Mac files) into LF.
 */
void
dsr_charset_normalize_newlines (char *text)
{
  char *q = text;

  for (char *p = text; ; p++)
    {
      if (*p == '\r')
        {
          *q++ = '\n';
          if (p[1] == '\n')
            p++;
        }
      else if ((*q++ = *p) == '\0')
        break;
    }
}
