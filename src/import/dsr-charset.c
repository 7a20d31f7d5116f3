/* dsr-charset.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-charset"

#include "config.h"

#include <glib/gi18n.h>

#include <string.h>
#include <uchardet/uchardet.h>

#include "dsr-charset.h"
#include "dsr-reader.h"

typedef struct uchardet Detector;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (Detector, uchardet_delete)

/* How far into a file to look for an encoding declaration, and how much to feed the
 * statistical detector (enough for a verdict, little enough to stay fast). */
#define PRESCAN_BYTES 4096
#define DETECT_BYTES (256 * 1024)

/* Labels people and pages use, and the encoding each means. Following the WHATWG
 * Encoding Standard, Latin-1 and ASCII labels mean windows-1252, a superset that
 * browsers use for them. A label not listed here is tried as iconv knows it. */
static const struct
{
  const char *label;
  const char *charset;
} labels[] = {
  { "utf8", "UTF-8" }, { "unicode-1-1-utf-8", "UTF-8" },
  { "ascii", "WINDOWS-1252" }, { "us-ascii", "WINDOWS-1252" }, { "latin1", "WINDOWS-1252" },
  { "iso-8859-1", "WINDOWS-1252" }, { "iso8859-1", "WINDOWS-1252" }, { "l1", "WINDOWS-1252" },
  { "cp1252", "WINDOWS-1252" }, { "x-cp1252", "WINDOWS-1252" }, { "cp819", "WINDOWS-1252" },
  { "cp1251", "WINDOWS-1251" }, { "x-cp1251", "WINDOWS-1251" },
  { "koi", "KOI8-R" }, { "koi8", "KOI8-R" }, { "koi8_r", "KOI8-R" }, { "cskoi8r", "KOI8-R" },
  { "shift-jis", "SHIFT_JIS" }, { "sjis", "SHIFT_JIS" }, { "x-sjis", "SHIFT_JIS" },
  { "ms_kanji", "SHIFT_JIS" }, { "windows-31j", "CP932" }, { "csshiftjis", "SHIFT_JIS" },
  { "gb2312", "GB18030" }, { "gbk", "GB18030" }, { "x-gbk", "GB18030" },
  { "euc-kr", "CP949" }, { "ks_c_5601-1987", "CP949" },
  { "iso-8859-9", "WINDOWS-1254" }, { "latin5", "WINDOWS-1254" },
  { "tis-620", "WINDOWS-874" }, { "iso-8859-11", "WINDOWS-874" },
};

static void
replace_string (char       **field,
                  const char  *value)
{
  g_free (*field);
  *field = g_strdup (value);
}

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
                 _("the text is not valid %s (%s)"), charset, local_error->message);
  return utf8;
}

/* Maps a declared label to the name iconv knows, or NULL for "UTF-8 is meant". */
static const char *
resolve_label (const char *label,
               char      **owned)
{
  g_autofree char *lower = g_ascii_strdown (label, -1);

  g_strstrip (lower);
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (labels[i].label, lower))
      return labels[i].charset;

  /* UTF-16 declared inside a document that was not UTF-16 (no byte order mark) is a
   * mistake browsers also ignore. */
  if (g_str_has_prefix (lower, "utf-16") || g_str_has_prefix (lower, "utf16"))
    return "UTF-8";

  *owned = g_ascii_strup (lower, -1);
  return *owned;
}

static const char *
detect (const char *data,
        gsize       size)
{
  static const char * const known[] = {
    "UTF-8", "WINDOWS-1252", "WINDOWS-1251", "WINDOWS-1250", "WINDOWS-1253", "WINDOWS-1254",
    "WINDOWS-1255", "WINDOWS-1256", "WINDOWS-1257", "WINDOWS-1258", "KOI8-R", "KOI8-U",
    "IBM866", "MAC-CYRILLIC", "ISO-8859-2", "ISO-8859-3", "ISO-8859-4", "ISO-8859-5",
    "ISO-8859-6", "ISO-8859-7", "ISO-8859-8", "ISO-8859-9", "ISO-8859-10", "ISO-8859-13",
    "ISO-8859-15", "ISO-8859-16", "SHIFT_JIS", "EUC-JP", "ISO-2022-JP", "EUC-KR", "EUC-TW",
    "GB18030", "BIG5", "TIS-620", "VISCII", "UTF-16", "UTF-32",
  };
  g_autoptr(Detector) detector = uchardet_new ();
  const char *verdict;

  if (uchardet_handle_data (detector, data, MIN (size, DETECT_BYTES)) != 0)
    return NULL;
  uchardet_data_end (detector);
  verdict = uchardet_get_charset (detector);

  /* The detector's answer is returned as one of ours, which outlive it. */
  for (guint i = 0; verdict && i < G_N_ELEMENTS (known); i++)
    if (g_ascii_strcasecmp (known[i], verdict) == 0)
      return known[i];
  return NULL;
}

/**
 * dsr_charset_decode:
 * @bytes: text in some encoding
 * @declared: (nullable): the encoding the file declares, if any
 * @used: (out) (optional): the encoding the text was decoded from
 *
 * Decodes text to UTF-8. A byte order mark wins over a declaration, and a declaration
 * over a guess, unless the text is not valid in the declared encoding. Undeclared text
 * that is valid UTF-8 is UTF-8; other undeclared text is given to a statistical
 * detector (uchardet), and read as windows-1252 when the detector has no answer.
 *
 * Returns: (transfer full) (nullable): the text in UTF-8, without a byte order mark
 */
char *
dsr_charset_decode (GBytes      *bytes,
                    const char  *declared,
                    const char **used,
                    GError     **error)
{
  g_autofree char *owned_label = NULL;
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);
  const char *charset = NULL;
  char *utf8;

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

  if (charset == NULL && declared != NULL)
    {
      const char *resolved = resolve_label (declared, &owned_label);

      if (g_ascii_strcasecmp (resolved, "UTF-8") == 0)
        {
          if (g_utf8_validate_len (data, size, NULL))
            charset = "UTF-8";
        }
      else if ((utf8 = convert (data, size, resolved, NULL)) != NULL)
        {
          if (used)
            *used = g_intern_string (resolved);
          return utf8;
        }
    }

  if (charset == NULL)
    {
      if (g_utf8_validate_len (data, size, NULL))
        charset = "UTF-8";
      else if ((charset = detect (data, size)) == NULL || g_str_equal (charset, "UTF-8"))
        charset = "WINDOWS-1252";
    }

  if (g_str_equal (charset, "UTF-8"))
    {
      if (!g_utf8_validate_len (data, size, NULL))
        {
          g_set_error (error, DSR_IMPORT_ERROR, DSR_IMPORT_ERROR_ENCODING,
                       _("the text is not valid UTF-8"));
          return NULL;
        }
      if (used)
        *used = charset;
      return g_strndup (data, size);
    }

  if ((utf8 = convert (data, size, charset, NULL)) != NULL)
    {
      if (used)
        *used = charset;
      return utf8;
    }

  /* windows-1252 leaves five bytes undefined, which iconv refuses; ISO-8859-1 maps
   * every byte, those five to control characters that readers then drop. */
  if (used)
    *used = "ISO-8859-1";
  return convert (data, size, "ISO-8859-1", error);
}

/* Reads the value of a `charset=` parameter in a Content-Type value. */
static char *
charset_from_content_type (const char *content)
{
  g_autofree char *lower = g_ascii_strdown (content, -1);
  const char *p = strstr (lower, "charset");
  const char *end;

  if (p == NULL)
    return NULL;
  p += strlen ("charset");
  while (g_ascii_isspace (*p))
    p++;
  if (*p++ != '=')
    return NULL;
  while (g_ascii_isspace (*p) || *p == '"' || *p == '\'')
    p++;
  for (end = p; *end && !g_ascii_isspace (*end) && !strchr ("\"';", *end); end++)
    ;
  return end > p ? g_strndup (p, end - p) : NULL;
}

/* Reads one attribute of a tag: returns the position after it, or NULL at the tag's
 * end; @name and @value are set (value possibly empty). */
static const char *
next_attribute (const char  *p,
                const char  *end,
                char       **name,
                char       **value)
{
  const char *start;
  char quote;

  while (p < end && (g_ascii_isspace (*p) || *p == '/'))
    p++;
  if (p >= end || *p == '>')
    return NULL;

  for (start = p; p < end && !g_ascii_isspace (*p) && *p != '=' && *p != '>' && *p != '/'; p++)
    ;
  *name = g_ascii_strdown (start, p - start);
  while (p < end && g_ascii_isspace (*p))
    p++;
  if (p >= end || *p != '=')
    {
      *value = g_strdup ("");
      return p;
    }
  p++;
  while (p < end && g_ascii_isspace (*p))
    p++;
  if (p < end && (*p == '"' || *p == '\''))
    {
      quote = *p++;
      for (start = p; p < end && *p != quote; p++)
        ;
      *value = g_strndup (start, p - start);
      return p < end ? p + 1 : p;
    }
  for (start = p; p < end && !g_ascii_isspace (*p) && *p != '>'; p++)
    ;
  *value = g_strndup (start, p - start);
  return p;
}

/**
 * dsr_charset_sniff_html:
 * @bytes: the start of an HTML or XHTML file
 *
 * Finds the encoding a page declares in its first kilobytes: an XML declaration's
 * `encoding`, `<meta charset>`, or `<meta http-equiv="Content-Type">`. Comments are
 * skipped.
 *
 * Returns: (transfer full) (nullable): the declared label, or %NULL
 */
char *
dsr_charset_sniff_html (GBytes *bytes)
{
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);
  const char *end;
  const char *p;

  if (data == NULL)
    return NULL;
  end = data + MIN (size, PRESCAN_BYTES);

  if (end - data > 5 && strncmp (data, "<?xml", 5) == 0)
    {
      const char *close = g_strstr_len (data, end - data, "?>");
      g_autofree char *declaration = close ? g_strndup (data, close - data) : NULL;
      const char *encoding = declaration ? strstr (declaration, "encoding") : NULL;

      if (encoding != NULL)
        {
          g_autofree char *name = NULL;
          char *value = NULL;

          if (next_attribute (encoding, encoding + strlen (encoding), &name, &value) && *value)
            return value;
          g_free (value);
        }
    }

  for (p = data; p < end; p++)
    {
      g_autofree char *http_equiv = NULL;
      g_autofree char *content = NULL;
      const char *q;

      if (*p != '<')
        continue;

      if (end - p >= 4 && strncmp (p, "<!--", 4) == 0)
        {
          const char *close = g_strstr_len (p + 4, end - (p + 4), "-->");

          if (close == NULL)
            break;
          p = close + 2;
          continue;
        }

      if (end - p < 6 || g_ascii_strncasecmp (p, "<meta", 5) != 0 ||
          !(g_ascii_isspace (p[5]) || p[5] == '/'))
        continue;

      q = p + 5;
      for (;;)
        {
          g_autofree char *name = NULL;
          g_autofree char *value = NULL;

          if (!(q = next_attribute (q, end, &name, &value)))
            break;
          if (g_str_equal (name, "charset") && *value)
            return g_strstrip (g_steal_pointer (&value));
          if (g_str_equal (name, "http-equiv"))
            replace_string (&http_equiv, value);
          else if (g_str_equal (name, "content"))
            replace_string (&content, value);
        }

      if (http_equiv && content && g_ascii_strcasecmp (http_equiv, "content-type") == 0)
        {
          char *charset = charset_from_content_type (content);

          if (charset != NULL)
            return charset;
        }
    }

  return NULL;
}

/**
 * dsr_charset_decode_html:
 * @used: (out) (optional): the encoding the page was decoded from
 *
 * Decodes a web page to UTF-8: byte order mark, then the page's own declaration,
 * then detection. NUL bytes, which browsers never show, are dropped from pages in
 * 8-bit encodings.
 *
 * Returns: (transfer full) (nullable): the page in UTF-8
 */
char *
dsr_charset_decode_html (GBytes      *bytes,
                         const char **used,
                         GError     **error)
{
  g_autofree char *declared = dsr_charset_sniff_html (bytes);
  g_autoptr(GBytes) cleaned = NULL;
  gsize size = 0;
  const guint8 *data = g_bytes_get_data (bytes, &size);
  gboolean utf16 = size >= 2 && ((data[0] == 0xFF && data[1] == 0xFE) ||
                                 (data[0] == 0xFE && data[1] == 0xFF));

  if (!utf16 && size > 0 && memchr (data, '\0', size) != NULL)
    {
      guint8 *copy = g_malloc (size);
      gsize n = 0;

      for (gsize i = 0; i < size; i++)
        if (data[i] != '\0')
          copy[n++] = data[i];
      cleaned = g_bytes_new_take (copy, n);
      bytes = cleaned;
    }

  return dsr_charset_decode (bytes, declared, used, error);
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

/* The formats most often saved or renamed with a text file's extension. */
static const struct
{
  const char *magic;
  gsize       len;
  const char *kind;
} binary_signatures[] = {
  { "%PDF-", 5, N_("a PDF document") },
  { "\x89PNG\r\n\x1a\n", 8, N_("a PNG image") },
  { "\xff\xd8\xff", 3, N_("a JPEG image") },
  { "GIF8", 4, N_("a GIF image") },
  { "PK\x03\x04", 4, N_("a ZIP archive or an office document") },
  { "SQLite format 3", 16, N_("an SQLite database") },
  { "\x1f\x8b", 2, N_("a gzip archive") },
};

/**
 * dsr_charset_check_text:
 *
 * Refuses bytes that are not text in any encoding, whatever the file is called: the
 * signature of a common binary format, or control characters (other than tabs, line
 * and page breaks and escape) in more than one byte in fifty of the first 8 KB. NUL
 * bytes are not counted, and text with a UTF-16 or UTF-32 byte order mark is not checked. Without this, a PDF or an image
 * renamed to .txt would be imported as a page of mojibake.
 *
 * Returns: %TRUE if @bytes may be text
 */
gboolean
dsr_charset_check_text (GBytes  *bytes,
                        GError **error)
{
  gsize size = 0;
  const guchar *data = g_bytes_get_data (bytes, &size);
  gsize sample = MIN (size, 8192);
  gsize controls = 0;

  for (guint i = 0; i < G_N_ELEMENTS (binary_signatures); i++)
    if (size >= binary_signatures[i].len &&
        memcmp (data, binary_signatures[i].magic, binary_signatures[i].len) == 0)
      {
        g_set_error (error, DSR_IMPORT_ERROR, DSR_IMPORT_ERROR_UNSUPPORTED,
                     /* Translators: %s is a kind of file, such as "a PNG image" */
                     _("the file is %s, not text"), _(binary_signatures[i].kind));
        return FALSE;
      }

  /* UTF-16 and UTF-32 put control bytes in most characters; a byte order mark says so. */
  if (size >= 2 && ((data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF)))
    return TRUE;
  if (size >= 4 && memcmp (data, "\0\0\xfe\xff", 4) == 0)
    return TRUE;

  for (gsize i = 0; i < sample; i++)
    if (data[i] != 0 && data[i] < 0x20 && !strchr ("\t\n\v\f\r\x1b", data[i]))
      controls++;
  if (controls > 0 && controls * 50 > sample)
    {
      g_set_error (error, DSR_IMPORT_ERROR, DSR_IMPORT_ERROR_UNSUPPORTED,
                   _("the file holds binary data, not text"));
      return FALSE;
    }
  return TRUE;
}
