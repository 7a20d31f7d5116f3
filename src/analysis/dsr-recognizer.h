/* dsr-recognizer.h
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

#define DSR_RECOGNIZER_ERROR (dsr_recognizer_error_quark ())

typedef enum
{
  DSR_RECOGNIZER_ERROR_WORD_LIST,
} DsrRecognizerError;

typedef struct _DsrRecognizer DsrRecognizer;

GQuark         dsr_recognizer_error_quark   (void);

DsrRecognizer *dsr_recognizer_new           (GError        **error);
void           dsr_recognizer_free          (DsrRecognizer  *self);
void           dsr_recognizer_add_known     (DsrRecognizer  *self,
                                             const char     *name,
                                             DsrEntityKind   kind);
void           dsr_recognizer_add_rejected  (DsrRecognizer  *self,
                                             const char     *name);
void           dsr_recognizer_add_seen      (DsrRecognizer  *self,
                                             const char     *name,
                                             DsrEntityKind   kind);
GArray        *dsr_recognizer_find          (DsrRecognizer  *self,
                                             const char     *text,
                                             GArray         *spans);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsrRecognizer, dsr_recognizer_free)

G_END_DECLS
