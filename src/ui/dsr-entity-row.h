/* dsr-entity-row.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "dsr-entity.h"

G_BEGIN_DECLS

#define DSR_TYPE_ENTITY_ROW (dsr_entity_row_get_type ())

G_DECLARE_FINAL_TYPE (DsrEntityRow, dsr_entity_row, DSR, ENTITY_ROW, GtkWidget)

GtkWidget  *dsr_entity_row_new         (void);
void        dsr_entity_row_set_item    (DsrEntityRow *self,
                                        GObject      *item);
DsrEntity  *dsr_entity_row_get_entity  (DsrEntityRow *self);
const char *dsr_entity_kind_plural     (DsrEntityKind kind);
const char *dsr_entity_kind_css_class  (DsrEntityKind kind);

G_END_DECLS
