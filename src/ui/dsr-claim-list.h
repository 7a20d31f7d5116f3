/* dsr-claim-list.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "dsr-core-types.h"

G_BEGIN_DECLS

#define DSR_TYPE_CLAIM_LIST (dsr_claim_list_get_type ())

G_DECLARE_FINAL_TYPE (DsrClaimList, dsr_claim_list, DSR, CLAIM_LIST, GtkWidget)

GtkWidget   *dsr_claim_list_new           (void);
void         dsr_claim_list_set_store     (DsrClaimList *self,
                                           DsrStore     *store);
GtkListView *dsr_claim_list_get_list_view (DsrClaimList *self);

G_END_DECLS
