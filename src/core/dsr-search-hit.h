/* dsr-search-hit.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "dsr-core-types.h"

G_BEGIN_DECLS

#define DSR_TYPE_SEARCH_HIT (dsr_search_hit_get_type ())

G_DECLARE_FINAL_TYPE (DsrSearchHit, dsr_search_hit, DSR, SEARCH_HIT, GObject)

/* A highlighted match inside a hit's snippet, in code points. */
typedef struct
{
  gint64 start;
  gint64 end;
} DsrTextRange;

gint64        dsr_search_hit_get_document_id (DsrSearchHit *self);
const char   *dsr_search_hit_get_title       (DsrSearchHit *self);
const char   *dsr_search_hit_get_source      (DsrSearchHit *self);
const char   *dsr_search_hit_get_snippet     (DsrSearchHit *self);
GArray       *dsr_search_hit_get_highlights  (DsrSearchHit *self);
double        dsr_search_hit_get_score       (DsrSearchHit *self);

DsrSearchHit *_dsr_search_hit_new            (gint64        document_id,
                                              const char   *title,
                                              const char   *source,
                                              const char   *marked_snippet,
                                              double        score);

G_END_DECLS
