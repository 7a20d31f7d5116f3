/* dsr-claim-private.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "dsr-claim.h"

G_BEGIN_DECLS

/* The first confirmed speaker and source stand for the claim in lists; all its
 * links are listed with dsr_store_list_links_of(). */
#define DSR_CLAIM_COLUMNS \
  "c.id, c.document_id, d.title, c.start, c.\"end\", c.quote, " \
  "(SELECT e.name FROM links l JOIN entities e ON e.id = l.to_id " \
  "  WHERE l.kind = 'said_by' AND l.from_kind = 'claim' AND l.from_id = c.id " \
  "    AND l.state = 'confirmed' ORDER BY l.id LIMIT 1), " \
  "(SELECT COALESCE (s.name, sd.title) FROM links l " \
  "  LEFT JOIN sources s ON l.to_kind = 'source' AND s.id = l.to_id " \
  "  LEFT JOIN documents sd ON l.to_kind = 'document' AND sd.id = l.to_id " \
  "  WHERE l.kind = 'reported_by' AND l.from_kind = 'claim' AND l.from_id = c.id " \
  "    AND l.state = 'confirmed' ORDER BY l.id LIMIT 1)"
#define DSR_CLAIM_FROM "claims c JOIN documents d ON d.id = c.document_id"

DsrClaim *_dsr_claim_new_from_row (sqlite3_stmt *stmt);

G_END_DECLS
