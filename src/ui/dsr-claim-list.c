/* dsr-claim-list.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-claim-list"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "dsr-claim-list.h"
#include "dsr-claim.h"
#include "dsr-sidebar-page.h"
#include "dsr-store.h"

/* The sidebar's Claims page: each claim's exact quote, who said it and who reported
 * it. Activating one opens its passage (the window's win.show-passage action). */
struct _DsrClaimList
{
  GtkWidget           parent_instance;

  /* Owned */
  DsrStore           *store;
  GtkSingleSelection *selection;

  /* Children */
  GtkStack           *stack;
  GtkListView        *list_view;
};

G_DEFINE_FINAL_TYPE (DsrClaimList, dsr_claim_list, GTK_TYPE_WIDGET)

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *quote = gtk_label_new (NULL);
  GtkWidget *caption = gtk_label_new (NULL);

  gtk_widget_add_css_class (row, "dsr-claim-row");
  gtk_label_set_xalign (GTK_LABEL (quote), 0);
  gtk_label_set_wrap (GTK_LABEL (quote), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (quote), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (quote), 3);
  gtk_label_set_ellipsize (GTK_LABEL (quote), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (quote, "dsr-claim-quote");
  gtk_label_set_xalign (GTK_LABEL (caption), 0);
  gtk_label_set_ellipsize (GTK_LABEL (caption), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (caption, "caption");
  gtk_widget_add_css_class (caption, "dim-label");
  gtk_box_append (GTK_BOX (row), quote);
  gtk_box_append (GTK_BOX (row), caption);
  gtk_list_item_set_child (item, row);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  DsrClaim *claim = gtk_list_item_get_item (item);
  GtkWidget *quote = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *caption = gtk_widget_get_next_sibling (quote);
  const char *speaker = dsr_claim_get_speaker (claim);
  const char *source = dsr_claim_get_source (claim);
  g_autofree char *quoted = g_strdup_printf ("“%s”", dsr_claim_get_quote (claim));
  g_autofree char *caption_text = NULL;

  if (speaker != NULL && source != NULL)
    /* Translators: under a claim in the sidebar: who said it, and where */
    caption_text = g_strdup_printf (_("%s, in %s"), speaker, source);
  else if (speaker != NULL)
    caption_text = g_strdup (speaker);
  else if (source != NULL)
    /* Translators: under a claim with no known speaker: where it was published */
    caption_text = g_strdup_printf (_("Unattributed, in %s"), source);
  else
    caption_text = g_strdup (_("Unattributed"));

  gtk_label_set_label (GTK_LABEL (quote), quoted);
  gtk_widget_set_tooltip_text (quote, dsr_claim_get_quote (claim));
  gtk_label_set_label (GTK_LABEL (caption), caption_text);
}

static void
activate_cb (GtkListView  *list_view,
             guint         position,
             DsrClaimList *self)
{
  g_autoptr(DsrClaim) claim = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (claim == NULL)
    return;
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-passage", "(xxx)",
                              dsr_claim_get_document_id (claim),
                              dsr_claim_get_start (claim),
                              dsr_claim_get_end (claim));
}

static void
dsr_claim_list_dispose (GObject *object)
{
  DsrClaimList *self = (DsrClaimList *)object;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->selection);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (dsr_claim_list_parent_class)->dispose (object);
}

static void
dsr_claim_list_class_init (DsrClaimListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dsr_claim_list_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "claimlist");
}

static void
dsr_claim_list_init (DsrClaimList *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  AdwStatusPage *empty;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);

  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  self->list_view = GTK_LIST_VIEW (gtk_list_view_new (GTK_SELECTION_MODEL (g_object_ref (self->selection)),
                                                      factory));
  gtk_list_view_set_single_click_activate (self->list_view, TRUE);
  g_signal_connect_object (self->list_view, "activate", G_CALLBACK (activate_cb), self, 0);

  empty = dsr_sidebar_page_empty_new ("media-view-subtitles-symbolic", _("No Claims Yet"),
                                      _("A claim is an exact passage kept as evidence, with who said it. "
                                        "Make one with “dossier-cli claim” or by confirming a quotation "
                                        "with “dossier-cli quote confirm”."));
  self->stack = dsr_sidebar_page_stack_new (dsr_sidebar_page_scroller_new (self->list_view, _("Claims")),
                                            GTK_WIDGET (empty));
  gtk_widget_set_parent (GTK_WIDGET (self->stack), GTK_WIDGET (self));
}

GtkWidget *
dsr_claim_list_new (void)
{
  return g_object_new (DSR_TYPE_CLAIM_LIST, NULL);
}

/* The position of the claim @claim_id in @claims, or GTK_INVALID_LIST_POSITION. */
static guint
find_claim (GListModel *claims,
            gint64      claim_id)
{
  for (guint i = 0; claims != NULL && i < g_list_model_get_n_items (claims); i++)
    {
      g_autoptr(DsrClaim) claim = g_list_model_get_item (claims, i);

      if (dsr_claim_get_id (claim) == claim_id)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/**
 * dsr_claim_list_set_store:
 * @store: (nullable): the investigation whose claims to list
 *
 * Reads the claims of @store. Read again from the same investigation, the list keeps
 * the claim selected, if it is still there.
 */
void
dsr_claim_list_set_store (DsrClaimList *self,
                          DsrStore     *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) claims = NULL;
  DsrClaim *selected;
  gint64 selected_id = 0;

  g_return_if_fail (DSR_IS_CLAIM_LIST (self));

  selected = gtk_single_selection_get_selected_item (self->selection);
  if (selected != NULL && store == self->store)
    selected_id = dsr_claim_get_id (selected);
  g_set_object (&self->store, store);
  if (store != NULL && !(claims = dsr_store_list_claims (store, &error)))
    g_warning ("Cannot list claims: %s", error->message);
  gtk_single_selection_set_model (self->selection, claims);
  gtk_single_selection_set_selected (self->selection,
                                     selected_id > 0 ? find_claim (claims, selected_id)
                                                     : GTK_INVALID_LIST_POSITION);
  gtk_stack_set_visible_child_name (self->stack,
                                    claims && g_list_model_get_n_items (claims) > 0 ? "list" : "empty");
}

/**
 * dsr_claim_list_get_list_view:
 *
 * Returns: (transfer none): the list view, labelled “Claims”
 */
GtkListView *
dsr_claim_list_get_list_view (DsrClaimList *self)
{
  g_return_val_if_fail (DSR_IS_CLAIM_LIST (self), NULL);
  return self->list_view;
}
