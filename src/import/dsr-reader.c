/* dsr-reader.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-reader"

#include "config.h"

#include <string.h>

#include "dsr-reader.h"

G_DEFINE_QUARK (dsr-import-error-quark, dsr_import_error)

static const char * const text_extensions[] = { "txt", "text", NULL };
static const char * const markdown_extensions[] = { "md", "markdown", "mdown", "mkd", NULL };
static const char * const pdf_extensions[] = { "pdf", NULL };
static const char * const html_extensions[] = { "html", "htm", NULL };
static const char * const xhtml_extensions[] = { "xhtml", "xht", NULL };

static const DsrReader readers[] = {
  { "text/plain", text_extensions, dsr_text_reader_read },
  { "text/markdown", markdown_extensions, dsr_markdown_reader_read },
  { "application/pdf", pdf_extensions, dsr_pdf_reader_read },
  { "text/html", html_extensions, dsr_html_reader_read },
  /* XHTML goes through the HTML parser too, which never loads a DTD or expands an
   * entity declared in the file. */
  { "application/xhtml+xml", xhtml_extensions, dsr_html_reader_read },
};

static char *
dup_extension (const char *file_name)
{
  g_autofree char *base = g_path_get_basename (file_name);
  const char *dot = strrchr (base, '.');

  if (dot == NULL || dot == base)
    return NULL;
  return g_ascii_strdown (dot + 1, -1);
}

static const DsrReader *
reader_for_extension (const char *file_name)
{
  g_autofree char *extension = NULL;

  if (file_name == NULL || !(extension = dup_extension (file_name)))
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (readers); i++)
    if (g_strv_contains (readers[i].extensions, extension))
      return &readers[i];

  return NULL;
}

/**
 * dsr_reader_handles_name:
 *
 * Returns: %TRUE if a file of this name has an extension some reader takes; a
 *   folder import picks its files by this
 */
gboolean
dsr_reader_handles_name (const char *file_name)
{
  return reader_for_extension (file_name) != NULL;
}

/**
 * dsr_reader_for_file:
 * @file_name: the file's name; its extension chooses the reader
 * @bytes: the file's content, looked at when the name says nothing
 *
 * Returns: (nullable): the reader for the file, or %NULL if no reader takes it
 */
const DsrReader *
dsr_reader_for_file (const char *file_name,
                     GBytes     *bytes)
{
  g_autofree char *extension = NULL;
  gsize size = 0;
  const guint8 *data;

  /* A file's extension chooses its reader; one no reader takes is refused rather than
   * read as something it is not. */
  if (file_name != NULL && (extension = dup_extension (file_name)) != NULL)
    return reader_for_extension (file_name);

  /* A file without an extension is read as plain text when it looks like text: a
   * UTF-16 byte order mark, or no NUL byte in its first kilobytes. */
  data = bytes ? g_bytes_get_data (bytes, &size) : NULL;
  if (size >= 2 && ((data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF)))
    return dsr_reader_for_media_type ("text/plain");
  if (size > 0 && memchr (data, '\0', MIN (size, 8192)) == NULL)
    return dsr_reader_for_media_type ("text/plain");

  return NULL;
}

const DsrReader *
dsr_reader_for_media_type (const char *media_type)
{
  for (guint i = 0; i < G_N_ELEMENTS (readers); i++)
    if (g_strcmp0 (readers[i].media_type, media_type) == 0)
      return &readers[i];
  return NULL;
}

/**
 * dsr_reader_list_extensions:
 *
 * Returns: (transfer none) (array zero-terminated=1): every extension some reader
 *   takes, lower case and without the dot, in table order; built once from the table
 */
const char * const *
dsr_reader_list_extensions (void)
{
  static const char **extensions = NULL;

  if (g_once_init_enter (&extensions))
    {
      GPtrArray *list = g_ptr_array_new ();

      for (guint i = 0; i < G_N_ELEMENTS (readers); i++)
        for (guint j = 0; readers[i].extensions[j] != NULL; j++)
          g_ptr_array_add (list, (gpointer)readers[i].extensions[j]);
      g_ptr_array_add (list, NULL);

      g_once_init_leave (&extensions, (const char **)g_ptr_array_free (list, FALSE));
    }

  return extensions;
}
