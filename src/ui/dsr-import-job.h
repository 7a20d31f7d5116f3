/* dsr-import-job.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dsr-store.h"

G_BEGIN_DECLS

/* One file an import could not read, and why. */
typedef struct
{
  char *path;
  char *message;   /* the GError message, as the importer wrote it */
} DsrImportFailure;

#define DSR_TYPE_IMPORT_JOB (dsr_import_job_get_type ())

G_DECLARE_FINAL_TYPE (DsrImportJob, dsr_import_job, DSR, IMPORT_JOB, GObject)

DsrImportJob *dsr_import_job_new              (DsrStore            *store,
                                               const char * const  *paths);
DsrStore     *dsr_import_job_get_store        (DsrImportJob        *self);
guint         dsr_import_job_get_n_done       (DsrImportJob        *self);
guint         dsr_import_job_get_n_total      (DsrImportJob        *self);
const char   *dsr_import_job_get_current_name (DsrImportJob        *self);
void          dsr_import_job_run_async        (DsrImportJob        *self,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
gboolean      dsr_import_job_run_finish       (DsrImportJob        *self,
                                               GAsyncResult        *result,
                                               GError             **error);

/* Results, once the job has finished */
gboolean      dsr_import_job_was_cancelled    (DsrImportJob        *self);
guint         dsr_import_job_get_n_imported   (DsrImportJob        *self);
guint         dsr_import_job_get_n_present    (DsrImportJob        *self);
GPtrArray    *dsr_import_job_get_failures     (DsrImportJob        *self);
gint64        dsr_import_job_get_first_new_id (DsrImportJob        *self);

G_END_DECLS
