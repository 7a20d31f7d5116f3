/* dsr-entity-dialogs.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "dsr-entity.h"

G_BEGIN_DECLS

typedef void (*DsrRenameFunc) (DsrEntity  *entity,
                               const char *new_name,
                               gpointer    user_data);
typedef void (*DsrMergeFunc)  (DsrEntity  *target,
                               GPtrArray  *entities,
                               gpointer    user_data);

AdwMessageDialog *dsr_entity_dialogs_rename (GtkWindow     *parent,
                                             DsrEntity     *entity,
                                             DsrRenameFunc  func,
                                             gpointer       user_data);
AdwMessageDialog *dsr_entity_dialogs_merge  (GtkWindow     *parent,
                                             GPtrArray     *entities,
                                             DsrMergeFunc   func,
                                             gpointer       user_data);

G_END_DECLS
