/* dsr-html-private.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "dsr-document-content.h"

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)

/* What the extractor may do; each retry on a page whose article came out too short
 * drops the first flag still set, as readability engines do. */
typedef enum
{
  DSR_HTML_STRIP_UNLIKELY     = 1 << 0,
  DSR_HTML_WEIGHT_CLASSES     = 1 << 1,
  DSR_HTML_CLEAN_CONDITIONALY = 1 << 2,
} DsrHtmlExtractFlags;

#define DSR_HTML_EXTRACT_ALL \
  (DSR_HTML_STRIP_UNLIKELY | DSR_HTML_WEIGHT_CLASSES | DSR_HTML_CLEAN_CONDITIONALY)

/* Element names are compared through these: libxml2's HTML parser gives them in
 * lower case. */
gboolean   _dsr_html_is_element          (const xmlNode *node,
                                          const char    *name);
gboolean   _dsr_html_is_heading          (const xmlNode *node);
gboolean   _dsr_html_is_hidden           (xmlNode       *node);
char      *_dsr_html_dup_text            (xmlNode       *node,
                                          gsize          max_bytes);
char      *_dsr_html_normalize_space     (const char    *text);

/* dsr-html-metadata.c: title, byline, date, site, canonical URL and language from
 * <meta>, OpenGraph, JSON-LD and the page itself. Reads the tree, changes nothing. */
void       _dsr_html_read_metadata       (xmlDoc             *doc,
                                          DsrDocumentContent *content);
char      *_dsr_html_normalize_date      (const char         *value);

/* dsr-html-extract.c: finds the article in the tree and removes everything around
 * it and the clutter inside it. Returns the elements to read, in document order; they
 * belong to @doc. */
GPtrArray *_dsr_html_extract             (xmlDoc              *doc,
                                          const char          *title,
                                          DsrHtmlExtractFlags  flags);

G_END_DECLS
