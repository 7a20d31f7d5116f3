/* dsr-entity-dialogs.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-entity-dialogs"

#include "config.h"

#include <glib/gi18n.h>

#include "dsr-entity-dialogs.h"

/* The dialogs of curating: a new name for an entity, and which of several entities
 * the others merge into. Each calls back only when its action is chosen; the parent
 * window is kept alive until then. */

typedef struct
{
  GtkWindow     *parent;
  DsrEntity     *entity;
  GPtrArray     *entities;
  GtkEditable   *entry;
  GPtrArray     *choices;     /* of GtkCheckButton, one per entity */
  DsrRenameFunc  rename;
  DsrMergeFunc   merge;
  gpointer       user_data;
} DialogData;

static void
dialog_data_free (gpointer data)
{
  DialogData *dialog_data = data;

  g_clear_object (&dialog_data->parent);
  g_clear_object (&dialog_data->entity);
  g_clear_pointer (&dialog_data->entities, g_ptr_array_unref);
  g_clear_pointer (&dialog_data->choices, g_ptr_array_unref);
  g_free (dialog_data);
}

static AdwMessageDialog *
create_dialog (GtkWindow  *parent,
               const char *heading,
               const char *body,
               const char *action_id,
               const char *action_label)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading, body));

  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    action_id, action_label,
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, action_id, ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, action_id);
  adw_message_dialog_set_close_response (dialog, "cancel");
  return dialog;
}

static void
update_rename_cb (GtkEditable      *entry,
                  AdwMessageDialog *dialog)
{
  DialogData *data = g_object_get_data (G_OBJECT (dialog), "dsr-dialog-data");
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "rename",
                                           *text != '\0' &&
                                           g_strcmp0 (text, dsr_entity_get_name (data->entity)) != 0);
}

static void
rename_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    DialogData       *data)
{
  g_autofree char *text = NULL;

  if (g_strcmp0 (response, "rename") != 0)
    return;
  text = g_strstrip (g_strdup (gtk_editable_get_text (data->entry)));
  data->rename (data->entity, text, data->user_data);
}

static void
entry_activate_cb (GtkEntry         *entry,
                   AdwMessageDialog *dialog)
{
  /* As the default button does: answer, then close, which responding alone does not. */
  if (adw_message_dialog_get_response_enabled (dialog, "rename"))
    {
      adw_message_dialog_response (dialog, "rename");
      gtk_window_destroy (GTK_WINDOW (dialog));
    }
}

/**
 * dsr_entity_dialogs_rename:
 * @func: called with the new name, stripped, if Rename is chosen
 *
 * Asks for a new name for @entity, and presents the dialog.
 *
 * Returns: (transfer none): the dialog
 */
AdwMessageDialog *
dsr_entity_dialogs_rename (GtkWindow     *parent,
                           DsrEntity     *entity,
                           DsrRenameFunc  func,
                           gpointer       user_data)
{
  DialogData *data = g_new0 (DialogData, 1);
  AdwMessageDialog *dialog;
  GtkWidget *entry = gtk_entry_new ();

  g_return_val_if_fail (DSR_IS_ENTITY (entity), NULL);

  dialog = create_dialog (parent, _("Rename Entity"),
                          _("The current name is kept as another name of the entity, so its "
                            "mentions are still found."),
                          "rename", _("_Rename"));

  data->parent = parent ? g_object_ref (parent) : NULL;
  data->entity = g_object_ref (entity);
  data->entry = GTK_EDITABLE (entry);
  data->rename = func;
  data->user_data = user_data;
  g_object_set_data_full (G_OBJECT (dialog), "dsr-dialog-data", data, dialog_data_free);

  gtk_editable_set_text (GTK_EDITABLE (entry), dsr_entity_get_name (entity));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("New name"), -1);
  g_signal_connect (entry, "changed", G_CALLBACK (update_rename_cb), dialog);
  g_signal_connect (entry, "activate", G_CALLBACK (entry_activate_cb), dialog);
  adw_message_dialog_set_extra_child (dialog, entry);
  update_rename_cb (GTK_EDITABLE (entry), dialog);

  g_signal_connect (dialog, "response", G_CALLBACK (rename_response_cb), data);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
  return dialog;
}

static void
merge_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   DialogData       *data)
{
  if (g_strcmp0 (response, "merge") != 0)
    return;
  for (guint i = 0; i < data->choices->len; i++)
    if (gtk_check_button_get_active (data->choices->pdata[i]))
      {
        data->merge (data->entities->pdata[i], data->entities, data->user_data);
        return;
      }
}

/**
 * dsr_entity_dialogs_merge:
 * @entities: (element-type DsrEntity): two or more entities
 * @func: called with the entity chosen to stay, and @entities, if Merge is chosen
 *
 * Asks which of @entities the others merge into (the most mentioned is proposed),
 * and presents the dialog.
 *
 * Returns: (transfer none): the dialog; its extra child holds one check button per
 *   entity, in the order of @entities
 */
AdwMessageDialog *
dsr_entity_dialogs_merge (GtkWindow    *parent,
                          GPtrArray    *entities,
                          DsrMergeFunc  func,
                          gpointer      user_data)
{
  DialogData *data = g_new0 (DialogData, 1);
  AdwMessageDialog *dialog;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkCheckButton *group = NULL;
  g_autofree char *heading = NULL;
  guint most = 0;

  g_return_val_if_fail (entities != NULL && entities->len >= 2, NULL);

  /* Translators: the heading of the dialog that merges %u entities into one */
  heading = g_strdup_printf (ngettext ("Merge %u Entity?", "Merge %u Entities?", entities->len), entities->len);
  dialog = create_dialog (parent, heading,
                          _("They become one entity, with every mention, link and board card of each. "
                            "The other names are kept as its aliases. Which name should it keep?"),
                          "merge", _("_Merge"));

  data->parent = parent ? g_object_ref (parent) : NULL;
  data->entities = g_ptr_array_ref (entities);
  data->choices = g_ptr_array_new ();
  data->merge = func;
  data->user_data = user_data;
  g_object_set_data_full (G_OBJECT (dialog), "dsr-dialog-data", data, dialog_data_free);

  for (guint i = 0; i < entities->len; i++)
    if (dsr_entity_get_n_mentions (entities->pdata[i]) > dsr_entity_get_n_mentions (entities->pdata[most]))
      most = i;

  for (guint i = 0; i < entities->len; i++)
    {
      GtkWidget *check = gtk_check_button_new_with_label (dsr_entity_get_name (entities->pdata[i]));

      if (group != NULL)
        gtk_check_button_set_group (GTK_CHECK_BUTTON (check), group);
      else
        group = GTK_CHECK_BUTTON (check);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), i == most);
      gtk_box_append (GTK_BOX (box), check);
      g_ptr_array_add (data->choices, check);
    }
  adw_message_dialog_set_extra_child (dialog, box);

  g_signal_connect (dialog, "response", G_CALLBACK (merge_response_cb), data);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}
