/* dsr-window-export.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-window-export"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "dsr-export.h"
#include "dsr-window-private.h"

/* The header bar's Export menu: the board shown, written in each export format through
 * a save dialog, and a board exported by Dossier brought back into the investigation. */

typedef struct
{
  DsrExportFormat  format;
  const char      *label;       /* the menu item */
  const char      *name;        /* the format's name in the toast */
  const char      *extension;
  const char      *mime_type;
} ExportFormat;

static const ExportFormat formats[] = {
  { DSR_EXPORT_HTML, N_("_HTML Report…"), N_("HTML report"), "html", "text/html" },
  { DSR_EXPORT_PDF, N_("_PDF…"), N_("PDF"), "pdf", "application/pdf" },
  { DSR_EXPORT_SVG, N_("_SVG…"), N_("SVG"), "svg", "image/svg+xml" },
  { DSR_EXPORT_PNG, N_("P_NG…"), N_("PNG"), "png", "image/png" },
  { DSR_EXPORT_CANVAS, N_("_JSON Canvas…"), N_("JSON Canvas"), "canvas", NULL },
  { DSR_EXPORT_GRAPHML, N_("_GraphML…"), N_("GraphML"), "graphml", NULL },
  { DSR_EXPORT_GEXF, N_("G_EXF…"), N_("GEXF"), "gexf", NULL },
  { DSR_EXPORT_CSV, N_("_CSV of Claims…"), N_("CSV"), "csv", "text/csv" },
  { DSR_EXPORT_MARKDOWN, N_("_Markdown…"), N_("Markdown"), "md", "text/markdown" },
};

/* PNG pictures are drawn at twice the board's size, sharp on high-density screens. */
#define PNG_SCALE 2.0

static const ExportFormat *
find_format (const char *name)
{
  DsrExportFormat format;

  if (!dsr_export_format_from_string (name, &format))
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (formats[i].format == format)
      return &formats[i];
  return NULL;
}

static void
show_error (DsrWindow  *self,
            const char *heading,
            GFile      *file,
            GError     *error)
{
  g_autofree char *name = g_file_get_parse_name (file);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, NULL);

  /* Translators: a file, then why it could not be written or read */
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog), _("“%s”: %s"), name, error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Chooses the file itself when a test has given one; otherwise asks the user. */
static GFile *
take_test_file (DsrWindow *self)
{
  return g_steal_pointer (&self->test_chooser_file);
}

static void
export_to (DsrWindow          *self,
           const ExportFormat *format,
           GFile              *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *title = NULL;
  g_autofree char *uri = g_file_get_uri (file);
  DsrExportOptions options = { .scale = format->format == DSR_EXPORT_PNG ? PNG_SCALE : 0 };
  const char *board = _dsr_window_get_board_name (self);
  AdwToast *toast;

  if (board == NULL)
    return;
  if (!(bytes = dsr_export_board (self->store, board, format->format, &options, &error)) ||
      !g_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL,
                                FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, &error))
    {
      show_error (self, _("Could Not Export the Board"), file, error);
      return;
    }

  /* Translators: a board's name, then a format such as PDF */
  title = g_strdup_printf (_("Exported “%s” as %s"), board, _(format->name));
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "win.open-export");
  adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
  g_free (self->last_toast_title);
  self->last_toast_title = g_strdup (title);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    DsrWindow       *self)
{
  const ExportFormat *format = g_object_get_data (G_OBJECT (chooser), "format");
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  if (response == GTK_RESPONSE_ACCEPT && file != NULL)
    export_to (self, format, file);
  g_object_unref (chooser);
}

static void
export_board_action (GSimpleAction *action,
                     GVariant      *param,
                     gpointer       user_data)
{
  DsrWindow *self = user_data;
  const ExportFormat *format = find_format (g_variant_get_string (param, NULL));
  g_autoptr(GFile) file = take_test_file (self);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *suggested = NULL;
  g_autofree char *pattern = NULL;
  GtkFileChooserNative *chooser;
  const char *board = _dsr_window_get_board_name (self);

  if (format == NULL || board == NULL)
    return;
  if (file != NULL)
    {
      export_to (self, format, file);
      return;
    }

  /* a board's name may hold a slash, which no file name can */
  suggested = g_strdup_printf ("%s.%s", board, format->extension);
  g_strdelimit (suggested, G_DIR_SEPARATOR_S, '-');
  pattern = g_strdup_printf ("*.%s", format->extension);
  gtk_file_filter_set_name (filter, _(format->name));
  gtk_file_filter_add_pattern (filter, pattern);
  if (format->mime_type != NULL)
    gtk_file_filter_add_mime_type (filter, format->mime_type);

  chooser = gtk_file_chooser_native_new (_("Export Board"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested);
  g_object_set_data (G_OBJECT (chooser), "format", (gpointer)format);
  g_signal_connect_object (chooser, "response", G_CALLBACK (export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
open_export_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  gtk_show_uri (GTK_WINDOW (user_data), g_variant_get_string (param, NULL), GDK_CURRENT_TIME);
}

static void
import_from (DsrWindow *self,
             GFile     *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsrBoardSnapshot) snapshot = NULL;
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  gint64 id;

  if (path == NULL)
    {
      g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("not a local file"));
      show_error (self, _("Could Not Import the Board"), file, error);
      return;
    }
  /* a colleague's board may bear the name of one of ours: it comes in beside it */
  if (!(snapshot = dsr_export_read_board (path, &error)) ||
      !(id = dsr_store_import_board (self->store, snapshot,
                                     (name = _dsr_window_unused_board_name (self, snapshot->name)),
                                     &error)))
    {
      show_error (self, _("Could Not Import the Board"), file, error);
      return;
    }
  _dsr_window_show_board (self, id);
  /* Translators: a board's name */
  title = g_strdup_printf (_("Imported board “%s”"), name);
  g_free (self->last_toast_title);
  self->last_toast_title = g_strdup (title);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

static void
import_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    DsrWindow       *self)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  if (response == GTK_RESPONSE_ACCEPT && file != NULL)
    import_from (self, file);
  g_object_unref (chooser);
}

static void
import_board_action (GSimpleAction *action,
                     GVariant      *param,
                     gpointer       user_data)
{
  DsrWindow *self = user_data;
  g_autoptr(GFile) file = take_test_file (self);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  if (file != NULL)
    {
      import_from (self, file);
      return;
    }
  gtk_file_filter_set_name (filter, _("JSON Canvas and GraphML Boards"));
  gtk_file_filter_add_pattern (filter, "*.canvas");
  gtk_file_filter_add_pattern (filter, "*.graphml");
  chooser = gtk_file_chooser_native_new (_("Import Board"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect_object (chooser, "response", G_CALLBACK (import_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static const GActionEntry export_entries[] = {
  { .name = "export-board", .activate = export_board_action, .parameter_type = "s" },
  { .name = "open-export", .activate = open_export_action, .parameter_type = "s" },
  { .name = "import-board", .activate = import_board_action },
};

void
_dsr_window_init_export (DsrWindow *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) exports = g_menu_new ();
  g_autoptr(GMenu) imports = g_menu_new ();

  g_action_map_add_action_entries (G_ACTION_MAP (self), export_entries, G_N_ELEMENTS (export_entries), self);
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_(formats[i].label), NULL);

      g_menu_item_set_action_and_target (item, "win.export-board", "s",
                                         dsr_export_format_to_string (formats[i].format));
      g_menu_append_item (exports, item);
    }
  g_menu_append (imports, _("_Import Board…"), "win.import-board");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (exports));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (imports));
  gtk_menu_button_set_menu_model (self->export_button, G_MENU_MODEL (menu));
  _dsr_window_update_export (self);
}

/* Exporting needs a board; importing one needs an investigation that can be written. */
void
_dsr_window_update_export (DsrWindow *self)
{
  gboolean has_board = self->store != NULL && _dsr_window_get_board_name (self) != NULL;
  gboolean writable = self->store != NULL && !dsr_store_is_read_only (self->store);
  GActionMap *map = G_ACTION_MAP (self);

  if (self->export_button == NULL || g_action_map_lookup_action (map, "export-board") == NULL)
    return;
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (map, "export-board")), has_board);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (map, "import-board")), writable);
  gtk_widget_set_visible (GTK_WIDGET (self->export_button), self->store != NULL);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->export_button),
                               has_board ? _("Export the Board")
                                         : _("No board to export: create or import one first"));
}

/* A test gives the file that the next export or import dialog would have asked for. */
void
_dsr_window_set_test_chooser_file (DsrWindow *self,
                                   GFile     *file)
{
  g_set_object (&self->test_chooser_file, file);
}
