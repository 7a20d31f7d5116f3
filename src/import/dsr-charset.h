/* dsr-charset.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *dsr_charset_decode              (GBytes      *bytes,
                                       const char  *declared,
                                       const char **used,
                                       GError     **error);
char *dsr_charset_sniff_html          (GBytes      *bytes);
char *dsr_charset_decode_html         (GBytes      *bytes,
                                       const char **used,
                                       GError     **error);
void  dsr_charset_normalize_newlines  (char        *text);
gboolean dsr_charset_check_text       (GBytes      *bytes,
                                       GError     **error);

G_END_DECLS
