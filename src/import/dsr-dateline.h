/* dsr-dateline.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "dsr-document-content.h"

G_BEGIN_DECLS

char     *dsr_dateline_find_date   (const char  *text);
char     *dsr_dateline_find_byline (const char  *text);
gboolean  dsr_dateline_read        (const char  *block,
                                    char       **byline,
                                    char       **published);
void      dsr_dateline_read_content (DsrDocumentContent *content);

G_END_DECLS
