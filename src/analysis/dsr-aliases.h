/* dsr-aliases.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "dsr-analysis-types.h"
#include "dsr-core-types.h"

G_BEGIN_DECLS

/* How a name found in a new document relates to an entity already in the investigation. */
typedef enum
{
  DSR_ALIAS_MATCH_NONE,
  DSR_ALIAS_MATCH_SUGGEST,   /* probably the same (a misspelling): ask, never merge silently */
  DSR_ALIAS_MATCH_SAME,      /* the same entity under a name form it is known by */
} DsrAliasMatch;

GArray        *dsr_aliases_group (const char         *text,
                                  GArray             *mentions);
char          *dsr_aliases_key   (const char         *name,
                                  DsrEntityKind       kind);
DsrAliasMatch  dsr_aliases_match (const char         *name,
                                  DsrEntityKind       kind,
                                  const char         *known_name,
                                  const char * const *known_aliases,
                                  DsrEntityKind       known_kind);

G_END_DECLS
