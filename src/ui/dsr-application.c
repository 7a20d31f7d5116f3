/* dsr-application.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-application"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "dsr-application.h"
#include "dsr-dialogs.h"
#include "dsr-window.h"

struct _DsrApplication
{
  AdwApplication  parent_instance;

  /* Owned */
  GSettings      *settings;
};

G_DEFINE_FINAL_TYPE (DsrApplication, dsr_application, ADW_TYPE_APPLICATION)

/* The bundled sample is copied, not opened in place: it is installed read-only, and
 * an investigation is changed as it is used. */
#define SAMPLE_FILE_NAME "Sample investigation.dossier"

static char *
dup_sample_copy_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "dossier", SAMPLE_FILE_NAME, NULL);
}

static gboolean
ensure_sample_copy (const char  *copy_path,
                    GError     **error)
{
  g_autofree char *source_path = dsr_application_dup_sample_path ();
  g_autofree char *folder = g_path_get_dirname (copy_path);
  g_autofree char *partial_path = g_strconcat (copy_path, ".partial", NULL);
  g_autoptr(GFile) source = g_file_new_for_path (source_path);
  g_autoptr(GFile) partial = g_file_new_for_path (partial_path);
  g_autoptr(GFile) copy = g_file_new_for_path (copy_path);

  if (g_file_test (copy_path, G_FILE_TEST_EXISTS))
    return TRUE;

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Cannot create the folder “%s”: %s"), folder, g_strerror (saved_errno));
      return FALSE;
    }

  /* Copy beside the target and rename, so that a half-written copy is never opened. */
  if (!g_file_copy (source, partial,
                    G_FILE_COPY_OVERWRITE | G_FILE_COPY_TARGET_DEFAULT_PERMS,
                    NULL, NULL, NULL, error))
    return FALSE;

  if (!g_file_move (partial, copy, G_FILE_COPY_NONE, NULL, NULL, NULL, error))
    {
      g_file_delete (partial, NULL, NULL);
      return FALSE;
    }

  return TRUE;
}

static DsrWindow *
find_window_for_path (DsrApplication *self,
                      const char     *path)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (DSR_IS_WINDOW (l->data) && dsr_window_shows_path (l->data, path))
      return l->data;
  return NULL;
}

static DsrWindow *
find_window_showing_any (DsrApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (DSR_IS_WINDOW (l->data) && dsr_window_get_store (l->data) != NULL)
      return l->data;
  return NULL;
}

static void
show_open_error (DsrWindow    *parent,
                 const char   *path,
                 const GError *error)
{
  g_autofree char *basename = g_filename_display_basename (path);
  /* Translators: %s is a file name */
  g_autofree char *heading = g_strdup_printf (_("Cannot Open “%s”"), basename);

  dsr_dialogs_show_file_error (GTK_WINDOW (parent), heading, path, error);
}

/* Opens the sample, copying it first if need be. Always returns a window, which
 * shows an empty state if even the sample cannot be opened. */
static DsrWindow *
open_sample (DsrApplication *self)
{
  g_autofree char *copy_path = dup_sample_copy_path ();
  g_autoptr(GError) error = NULL;
  DsrWindow *window;

  if ((window = find_window_for_path (self, copy_path)))
    {
      gtk_window_present (GTK_WINDOW (window));
      return window;
    }

  window = dsr_window_new (GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (window));

  /* The window records what it opens as the last and a recent investigation. */
  if (!ensure_sample_copy (copy_path, &error) ||
      !dsr_window_open_path (window, copy_path, &error))
    show_open_error (window, copy_path, error);

  return window;
}

static void
open_investigation (DsrApplication *self,
                    const char     *path,
                    gboolean        remembered)
{
  g_autofree char *sample_path = dup_sample_copy_path ();
  g_autoptr(GError) error = NULL;
  DsrWindow *window;
  DsrWindow *parent;

  if ((window = find_window_for_path (self, path)))
    {
      gtk_window_present (GTK_WINDOW (window));
      return;
    }

  window = dsr_window_new (GTK_APPLICATION (self));
  /* A second investigation gets a window of its own. */
  if (dsr_window_open_path (window, path, &error))
    {
      gtk_window_present (GTK_WINDOW (window));
      return;
    }

  gtk_window_destroy (GTK_WINDOW (window));

  /* A remembered file that fails would fail at every start: forget it. */
  if (remembered)
    g_settings_reset (self->settings, "last-investigation");

  parent = find_window_showing_any (self);
  if (parent == NULL || remembered)
    {
      if (g_strcmp0 (path, sample_path) == 0)
        {
          parent = dsr_window_new (GTK_APPLICATION (self));
          gtk_window_present (GTK_WINDOW (parent));
        }
      else
        parent = open_sample (self);
    }

  show_open_error (parent, path, error);
}

/* Actions */

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  DsrApplication *self = user_data;
  g_autoptr(GList) windows = NULL;

  g_assert (DSR_IS_APPLICATION (self));

  /* Closing, not destroying, lets each window save its state on close-request. */
  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  for (GList *l = windows; l; l = l->next)
    gtk_window_close (l->data);
}

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  DsrApplication *self = user_data;
  static const char *developers[] = { "The Dossier authors", NULL };

  g_assert (DSR_IS_APPLICATION (self));

  adw_show_about_window (gtk_application_get_active_window (GTK_APPLICATION (self)),
                         "application-name", _("Dossier"),
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "developer-name", _("The Dossier authors"),
                         "developers", developers,
                         "copyright", _("© 2026 The Dossier authors"),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "comments", _("A research workbench for journalists: collect documents, "
                                       "find who said what, and build evidence boards."),
                         /* Translators: replace with your names, one per line */
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static const GActionEntry app_entries[] = {
  { .name = "quit", .activate = quit_action },
  { .name = "about", .activate = about_action },
};

/* GApplication overrides */

static void
dsr_application_startup (GApplication *application)
{
  DsrApplication *self = (DsrApplication *)application;
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };
  static const char *help_accels[] = { "<Control>question", "<Control>slash", NULL };
  static const char *import_accels[] = { "<Control>i", NULL };
  static const char *new_accels[] = { "<Control>n", NULL };
  static const char *open_accels[] = { "<Control>o", NULL };
  static const char *find_accels[] = { "<Control>f", NULL };
  static const char *search_accels[] = { "<Control><Shift>f", NULL };

  G_APPLICATION_CLASS (dsr_application_parent_class)->startup (application);

  self->settings = g_settings_new (APP_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_entries, G_N_ELEMENTS (app_entries), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "window.close", close_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-help-overlay", help_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.import", import_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.new-investigation", new_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.open-investigation", open_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.find", find_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.search", search_accels);
}

static void
dsr_application_activate (GApplication *application)
{
  DsrApplication *self = (DsrApplication *)application;
  g_autofree char *last = NULL;
  GtkWindow *window;

  if ((window = gtk_application_get_active_window (GTK_APPLICATION (self))))
    {
      gtk_window_present (window);
      return;
    }

  last = g_settings_get_string (self->settings, "last-investigation");
  if (last[0] != '\0' && g_file_test (last, G_FILE_TEST_EXISTS))
    open_investigation (self, last, TRUE);
  else
    open_sample (self);
}

static void
dsr_application_open (GApplication  *application,
                      GFile        **files,
                      int            n_files,
                      const char    *hint)
{
  DsrApplication *self = (DsrApplication *)application;

  for (int i = 0; i < n_files; i++)
    {
      g_autofree char *path = g_file_get_path (files[i]);

      if (path == NULL)
        {
          g_autofree char *uri = g_file_get_uri (files[i]);

          g_warning ("Cannot open %s: only local files can be opened", uri);
          continue;
        }

      open_investigation (self, path, FALSE);
    }
}

/* GObject overrides */

static void
dsr_application_finalize (GObject *object)
{
  DsrApplication *self = (DsrApplication *)object;

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (dsr_application_parent_class)->finalize (object);
}

static void
dsr_application_class_init (DsrApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = dsr_application_finalize;

  app_class->startup = dsr_application_startup;
  app_class->activate = dsr_application_activate;
  app_class->open = dsr_application_open;
}

static void
dsr_application_init (DsrApplication *self)
{
}

/* Public API */

DsrApplication *
dsr_application_new (void)
{
  return g_object_new (DSR_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_PATH,
                       NULL);
}

/**
 * dsr_application_dup_sample_path:
 *
 * Returns: (transfer full): the bundled sample investigation: `$DOSSIER_SAMPLE` if set
 *   (as `make run` does, to use the one in the build tree), else the installed one
 */
char *
dsr_application_dup_sample_path (void)
{
  const char *env = g_getenv ("DOSSIER_SAMPLE");

  if (env != NULL && env[0] != '\0')
    return g_canonicalize_filename (env, NULL);

  return g_strdup (PKGDATADIR "/sample.dossier");
}
