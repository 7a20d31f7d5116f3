/* dsr-claim.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "dsr-core-types.h"

G_BEGIN_DECLS

#define DSR_TYPE_CLAIM (dsr_claim_get_type ())

G_DECLARE_FINAL_TYPE (DsrClaim, dsr_claim, DSR, CLAIM, GObject)

/* A claim: an exact passage of a document, with who said it and who reported it. */
gint64      dsr_claim_get_id             (DsrClaim *self);
gint64      dsr_claim_get_document_id    (DsrClaim *self);
const char *dsr_claim_get_document_title (DsrClaim *self);
gint64      dsr_claim_get_start          (DsrClaim *self);
gint64      dsr_claim_get_end            (DsrClaim *self);
const char *dsr_claim_get_quote          (DsrClaim *self);
const char *dsr_claim_get_speaker        (DsrClaim *self);
const char *dsr_claim_get_source         (DsrClaim *self);

G_END_DECLS
