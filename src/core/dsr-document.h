/* dsr-document.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "dsr-core-types.h"

G_BEGIN_DECLS

#define DSR_TYPE_DOCUMENT (dsr_document_get_type ())

G_DECLARE_FINAL_TYPE (DsrDocument, dsr_document, DSR, DOCUMENT, GObject)

/* A document's record as listed in the sidebar and by `dossier-cli documents`;
 * its text stays in the store until asked for. */
gint64      dsr_document_get_id         (DsrDocument *self);
const char *dsr_document_get_title      (DsrDocument *self);
const char *dsr_document_get_byline     (DsrDocument *self);
const char *dsr_document_get_url        (DsrDocument *self);
const char *dsr_document_get_published  (DsrDocument *self);
const char *dsr_document_get_imported   (DsrDocument *self);
const char *dsr_document_get_file_name  (DsrDocument *self);
const char *dsr_document_get_media_type (DsrDocument *self);
const char *dsr_document_get_language   (DsrDocument *self);
const char *dsr_document_get_source     (DsrDocument *self);
const char *dsr_document_get_sha256     (DsrDocument *self);
const char *dsr_document_get_site_name  (DsrDocument *self);
gint64      dsr_document_get_chars      (DsrDocument *self);

G_END_DECLS
