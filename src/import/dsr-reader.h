/* dsr-reader.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "dsr-document-content.h"

G_BEGIN_DECLS

#define DSR_IMPORT_ERROR (dsr_import_error_quark ())

typedef enum
{
  DSR_IMPORT_ERROR_FAILED,
  DSR_IMPORT_ERROR_UNSUPPORTED,
  DSR_IMPORT_ERROR_TOO_LARGE,
  DSR_IMPORT_ERROR_ENCODING,
  DSR_IMPORT_ERROR_EMPTY,
  DSR_IMPORT_ERROR_MALFORMED,
  DSR_IMPORT_ERROR_ENCRYPTED,
} DsrImportError;

/* The most bytes one file may have; a bigger one is refused before it is read. */
#define DSR_IMPORT_MAX_BYTES (64 * 1024 * 1024)

typedef DsrDocumentContent *(*DsrReadFunc) (GBytes      *bytes,
                                            const char  *file_name,
                                            GError     **error);

/* A reader turns the bytes of one media type into a document. New readers (HTML)
 * are added to the table in dsr-reader.c. */
typedef struct
{
  const char         *media_type;
  const char * const *extensions;   /* lower case, without the dot */
  DsrReadFunc         read;
} DsrReader;

GQuark              dsr_import_error_quark  (void);
const DsrReader    *dsr_reader_for_file     (const char  *file_name,
                                             GBytes      *bytes);
const DsrReader    *dsr_reader_for_media_type (const char *media_type);
gboolean            dsr_reader_handles_name (const char  *file_name);
const char * const *dsr_reader_list_extensions (void);

/* The readers (one file each) */
DsrDocumentContent *dsr_text_reader_read     (GBytes      *bytes,
                                              const char  *file_name,
                                              GError     **error);
DsrDocumentContent *dsr_markdown_reader_read (GBytes      *bytes,
                                              const char  *file_name,
                                              GError     **error);
DsrDocumentContent *dsr_pdf_reader_read      (GBytes      *bytes,
                                              const char  *file_name,
                                              GError     **error);
DsrDocumentContent *dsr_html_reader_read     (GBytes      *bytes,
                                              const char  *file_name,
                                              GError     **error);

G_END_DECLS
