/* dsr-import-job.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-import-job"

#include "config.h"

#include "dsr-import-job.h"
#include "dsr-importer.h"

/* An import of files and folders into an investigation, run in a worker thread on a
 * second connection to the store (a connection is never shared between threads).
 * Each file is its own transaction, and cancelling stops between files, so an
 * import that is stopped leaves whole documents only.
 *
 * Progress reaches the thread that started the job through at most one pending
 * idle callback at a time: the worker overwrites the latest counts, the idle
 * publishes them as properties. Many small files therefore cost one redraw per
 * main-loop turn, not one per file. */
struct _DsrImportJob
{
  GObject       parent_instance;

  /* Owned, set at construction */
  DsrStore     *store;
  char        **paths;
  GMainContext *context;

  /* Shared with the worker, under the mutex */
  GMutex        mutex;
  guint         pending_done;
  guint         pending_total;
  char         *pending_name;
  guint         progress_pending : 1;

  /* Read on the job's thread only */
  guint         n_done;
  guint         n_total;
  char         *current_name;

  /* Written by the worker, read after the job has finished */
  guint         n_imported;
  guint         n_present;
  GPtrArray    *failures;
  gint64        first_new_id;
  guint         cancelled : 1;
  guint         running : 1;
};

G_DEFINE_FINAL_TYPE (DsrImportJob, dsr_import_job, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_N_DONE,
  PROP_N_TOTAL,
  PROP_CURRENT_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
failure_free (gpointer data)
{
  DsrImportFailure *failure = data;

  g_free (failure->path);
  g_free (failure->message);
  g_free (failure);
}

/* Runs on the job's thread. */
static gboolean
publish_progress (gpointer user_data)
{
  DsrImportJob *self = user_data;
  g_autofree char *name = NULL;
  guint done, total;

  g_mutex_lock (&self->mutex);
  done = self->pending_done;
  total = self->pending_total;
  name = g_steal_pointer (&self->pending_name);
  self->progress_pending = FALSE;
  g_mutex_unlock (&self->mutex);

  g_object_freeze_notify (G_OBJECT (self));

  if (g_strcmp0 (name, self->current_name) != 0)
    {
      g_free (self->current_name);
      self->current_name = g_steal_pointer (&name);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT_NAME]);
    }
  if (total != self->n_total)
    {
      self->n_total = total;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_TOTAL]);
    }
  if (done != self->n_done)
    {
      self->n_done = done;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_DONE]);
    }

  g_object_thaw_notify (G_OBJECT (self));

  return G_SOURCE_REMOVE;
}

/* Runs in the worker. */
static void
post_progress (DsrImportJob *self,
               guint         done,
               guint         total,
               const char   *path)
{
  gboolean schedule;

  g_mutex_lock (&self->mutex);
  self->pending_done = done;
  self->pending_total = total;
  g_free (self->pending_name);
  self->pending_name = path ? g_filename_display_basename (path) : NULL;
  schedule = !self->progress_pending;
  self->progress_pending = TRUE;
  g_mutex_unlock (&self->mutex);

  if (schedule)
    g_main_context_invoke_full (self->context, G_PRIORITY_DEFAULT,
                                publish_progress, g_object_ref (self), g_object_unref);
}

static void
run_worker (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  DsrImportJob *self = source_object;
  DsrStore *sibling = task_data;
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(DsrAnalyzer) analyzer = NULL;
  g_autoptr(GError) analyzer_error = NULL;
  guint done = 0;

  if (!(analyzer = dsr_analyzer_new_for_store (sibling, &analyzer_error)))
    {
      g_task_return_error (task, g_steal_pointer (&analyzer_error));
      return;
    }

  files = dsr_importer_collect_files ((const char * const *)self->paths);
  post_progress (self, 0, files->len, NULL);

  for (; done < files->len; done++)
    {
      const char *path = files->pdata[done];
      g_autoptr(GError) error = NULL;
      gboolean already_present = FALSE;
      gint64 id;

      if (g_cancellable_is_cancelled (cancellable))
        {
          self->cancelled = TRUE;
          break;
        }

      post_progress (self, done, files->len, path);

      id = dsr_importer_import_and_analyse (sibling, path, NULL, analyzer, &already_present, &error);
      if (id <= 0)
        {
          DsrImportFailure *failure = g_new0 (DsrImportFailure, 1);

          failure->path = g_strdup (path);
          failure->message = g_strdup (error ? error->message : "unknown error");
          g_ptr_array_add (self->failures, failure);
        }
      else if (already_present)
        self->n_present++;
      else
        {
          self->n_imported++;
          if (self->first_new_id == 0)
            self->first_new_id = id;
        }
    }

  post_progress (self, done, files->len, NULL);
  g_task_return_boolean (task, TRUE);
}

/* GObject overrides */

static void
dsr_import_job_finalize (GObject *object)
{
  DsrImportJob *self = (DsrImportJob *)object;

  g_clear_object (&self->store);
  g_clear_pointer (&self->paths, g_strfreev);
  g_clear_pointer (&self->context, g_main_context_unref);
  g_clear_pointer (&self->pending_name, g_free);
  g_clear_pointer (&self->current_name, g_free);
  g_clear_pointer (&self->failures, g_ptr_array_unref);
  g_mutex_clear (&self->mutex);

  G_OBJECT_CLASS (dsr_import_job_parent_class)->finalize (object);
}

static void
dsr_import_job_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  DsrImportJob *self = DSR_IMPORT_JOB (object);

  switch (prop_id)
    {
    case PROP_N_DONE:
      g_value_set_uint (value, dsr_import_job_get_n_done (self));
      break;
    case PROP_N_TOTAL:
      g_value_set_uint (value, dsr_import_job_get_n_total (self));
      break;
    case PROP_CURRENT_NAME:
      g_value_set_string (value, dsr_import_job_get_current_name (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dsr_import_job_class_init (DsrImportJobClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dsr_import_job_finalize;
  object_class->get_property = dsr_import_job_get_property;

  /**
   * DsrImportJob:n-done:
   *
   * How many files the import has gone through, as last reported by the worker.
   */
  properties[PROP_N_DONE] =
    g_param_spec_uint ("n-done", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * DsrImportJob:n-total:
   *
   * How many files the import reads; 0 until the folders have been walked.
   */
  properties[PROP_N_TOTAL] =
    g_param_spec_uint ("n-total", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * DsrImportJob:current-name:
   *
   * The display name of the file being read, or %NULL.
   */
  properties[PROP_CURRENT_NAME] =
    g_param_spec_string ("current-name", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dsr_import_job_init (DsrImportJob *self)
{
  g_mutex_init (&self->mutex);
  self->failures = g_ptr_array_new_with_free_func (failure_free);
}

/* Public API */

/**
 * dsr_import_job_new:
 * @store: the investigation to import into; the job never uses this connection
 *   itself, it opens a sibling of it for its worker
 * @paths: files and folders, as the user gave them
 *
 * Returns: (transfer full): a new job
 */
DsrImportJob *
dsr_import_job_new (DsrStore           *store,
                    const char * const *paths)
{
  DsrImportJob *self;

  g_return_val_if_fail (DSR_IS_STORE (store), NULL);
  g_return_val_if_fail (paths != NULL, NULL);

  self = g_object_new (DSR_TYPE_IMPORT_JOB, NULL);
  self->store = g_object_ref (store);
  self->paths = g_strdupv ((char **)paths);

  return self;
}

/**
 * dsr_import_job_get_store:
 *
 * Returns: (transfer none): the investigation the job imports into
 */
DsrStore *
dsr_import_job_get_store (DsrImportJob *self)
{
  g_return_val_if_fail (DSR_IS_IMPORT_JOB (self), NULL);

  return self->store;
}

guint
dsr_import_job_get_n_done (DsrImportJob *self)
{
  g_return_val_if_fail (DSR_IS_IMPORT_JOB (self), 0);

  return self->n_done;
}

guint
dsr_import_job_get_n_total (DsrImportJob *self)
{
  g_return_val_if_fail (DSR_IS_IMPORT_JOB (self), 0);

  return self->n_total;
}

/**
 * dsr_import_job_get_current_name:
 *
 * Returns: (nullable): the display name of the file being read
 */
const char *
dsr_import_job_get_current_name (DsrImportJob *self)
{
  g_return_val_if_fail (DSR_IS_IMPORT_JOB (self), NULL);

  return self->current_name;
}

/**
 * dsr_import_job_run_async:
 * @cancellable: (nullable): stops the import before the next file
 *
 * Runs the import in a worker thread. Progress is published as properties on the
 * thread-default main context of the caller. A job runs once.
 */
void
dsr_import_job_run_async (DsrImportJob        *self,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  DsrStore *sibling;

  g_return_if_fail (DSR_IS_IMPORT_JOB (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));
  g_return_if_fail (!self->running && self->context == NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, dsr_import_job_run_async);
  /* A cancelled import still returns what it did. */
  g_task_set_check_cancellable (task, FALSE);

  self->running = TRUE;
  self->context = g_main_context_ref_thread_default ();

  if (!(sibling = dsr_store_open_sibling (self->store, &error)))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_set_task_data (task, sibling, g_object_unref);
  g_task_run_in_thread (task, run_worker);
}

gboolean
dsr_import_job_run_finish (DsrImportJob  *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (DSR_IS_IMPORT_JOB (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  self->running = FALSE;

  return g_task_propagate_boolean (G_TASK (result), error);
}

gboolean
dsr_import_job_was_cancelled (DsrImportJob *self)
{
  g_return_val_if_fail (DSR_IS_IMPORT_JOB (self), FALSE);

  return self->cancelled;
}

guint
dsr_import_job_get_n_imported (DsrImportJob *self)
{
  g_return_val_if_fail (DSR_IS_IMPORT_JOB (self), 0);

  return self->n_imported;
}

guint
dsr_import_job_get_n_present (DsrImportJob *self)
{
  g_return_val_if_fail (DSR_IS_IMPORT_JOB (self), 0);

  return self->n_present;
}

/**
 * dsr_import_job_get_failures:
 *
 * Returns: (transfer none) (element-type DsrImportFailure): the files that could
 *   not be imported, in the order they were tried
 */
GPtrArray *
dsr_import_job_get_failures (DsrImportJob *self)
{
  g_return_val_if_fail (DSR_IS_IMPORT_JOB (self), NULL);

  return self->failures;
}

/**
 * dsr_import_job_get_first_new_id:
 *
 * Returns: the id of the first document the job added, or 0
 */
gint64
dsr_import_job_get_first_new_id (DsrImportJob *self)
{
  g_return_val_if_fail (DSR_IS_IMPORT_JOB (self), 0);

  return self->first_new_id;
}
