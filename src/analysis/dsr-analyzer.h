/* dsr-analyzer.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "dsr-document-content.h"
#include "dsr-store.h"

G_BEGIN_DECLS

typedef struct _DsrAnalyzer DsrAnalyzer;

DsrAnalyzer *dsr_analyzer_new_for_store (DsrStore           *store,
                                         GError            **error);
void         dsr_analyzer_free          (DsrAnalyzer        *self);
void         dsr_analyzer_run           (DsrAnalyzer        *self,
                                         DsrDocumentContent *content);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsrAnalyzer, dsr_analyzer_free)

G_END_DECLS
