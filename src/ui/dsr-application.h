/* dsr-application.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DSR_TYPE_APPLICATION (dsr_application_get_type ())

G_DECLARE_FINAL_TYPE (DsrApplication, dsr_application, DSR, APPLICATION, AdwApplication)

DsrApplication *dsr_application_new          (void);
char           *dsr_application_dup_sample_path (void);

G_END_DECLS
