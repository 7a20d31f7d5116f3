/* dsr-source.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define DSR_TYPE_SOURCE (dsr_source_get_type ())

G_DECLARE_FINAL_TYPE (DsrSource, dsr_source, DSR, SOURCE, GObject)

/* An outlet or originator, as listed in the sidebar: its reliability is a grade of
 * the Admiralty scale, A (reliable) to F (cannot be judged), or none yet. */
gint64      dsr_source_get_id          (DsrSource *self);
const char *dsr_source_get_name        (DsrSource *self);
const char *dsr_source_get_kind        (DsrSource *self);
const char *dsr_source_get_url         (DsrSource *self);
char        dsr_source_get_reliability (DsrSource *self);
guint       dsr_source_get_n_documents (DsrSource *self);

G_END_DECLS
