/* dsr-entity-row.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-entity-row"

#include "config.h"

#include <glib/gi18n.h>

#include "dsr-entity-model.h"
#include "dsr-entity-row.h"

/* One row of the Entities list: a kind's header, or an entity with a dot of its kind's
 * colour (filled when confirmed, hollow when only suggested), its name (italic while
 * suggested) and how often it is mentioned. The row keeps its entity, so that a drag
 * source added to it has what it carries. */
struct _DsrEntityRow
{
  GtkWidget  parent_instance;

  /* Owned */
  DsrEntity *entity;

  /* Children */
  GtkWidget *dot;
  GtkWidget *text_box;
  GtkLabel  *name_label;
  GtkLabel  *counts_label;
  GtkLabel  *header_label;
};

G_DEFINE_FINAL_TYPE (DsrEntityRow, dsr_entity_row, GTK_TYPE_WIDGET)

static const char *kind_classes[] = { "person", "org", "place", "other" };

/**
 * dsr_entity_kind_plural:
 *
 * Returns: the heading of a group of entities of @kind, translated
 */
const char *
dsr_entity_kind_plural (DsrEntityKind kind)
{
  switch (kind)
    {
    case DSR_ENTITY_PERSON:
      return _("People");
    case DSR_ENTITY_ORG:
      return _("Organisations");
    case DSR_ENTITY_PLACE:
      return _("Places");
    case DSR_ENTITY_OTHER:
    default:
      return _("Other");
    }
}

/**
 * dsr_entity_kind_css_class:
 *
 * Returns: the style class that gives @kind its colour: person, org, place or other
 */
const char *
dsr_entity_kind_css_class (DsrEntityKind kind)
{
  return kind_classes[CLAMP ((int)kind, 0, (int)G_N_ELEMENTS (kind_classes) - 1)];
}

static void
show_header (DsrEntityRow    *self,
             DsrEntityHeader *header)
{
  g_autofree char *label = g_strdup_printf ("%s  %u", dsr_entity_kind_plural (dsr_entity_header_get_kind (header)),
                                            dsr_entity_header_get_n_entities (header));

  gtk_label_set_label (self->header_label, label);
  gtk_widget_set_visible (GTK_WIDGET (self->header_label), TRUE);
  gtk_widget_set_visible (self->dot, FALSE);
  gtk_widget_set_visible (self->text_box, FALSE);
}

static void
show_entity (DsrEntityRow *self,
             DsrEntity    *entity)
{
  gboolean suggested = dsr_entity_get_state (entity) == DSR_ENTITY_SUGGESTED;
  guint n_mentions = dsr_entity_get_n_mentions (entity);
  guint n_documents = dsr_entity_get_n_documents (entity);
  g_autofree char *mentions = NULL;
  g_autofree char *documents = NULL;
  g_autofree char *counts = NULL;
  g_autofree char *tooltip = NULL;
  const char * const *aliases = dsr_entity_get_aliases (entity);

  for (guint i = 0; i < G_N_ELEMENTS (kind_classes); i++)
    gtk_widget_remove_css_class (self->dot, kind_classes[i]);
  gtk_widget_add_css_class (self->dot, dsr_entity_kind_css_class (dsr_entity_get_kind (entity)));
  if (suggested)
    {
      gtk_widget_add_css_class (self->dot, "suggested");
      gtk_widget_add_css_class (GTK_WIDGET (self->name_label), "dsr-suggested");
    }
  else
    {
      gtk_widget_remove_css_class (self->dot, "suggested");
      gtk_widget_remove_css_class (GTK_WIDGET (self->name_label), "dsr-suggested");
    }

  gtk_label_set_label (self->name_label, dsr_entity_get_name (entity));

  /* Translators: part of an entity's counts in the sidebar, “12 mentions · 3 documents” */
  mentions = g_strdup_printf (ngettext ("%u mention", "%u mentions", n_mentions), n_mentions);
  /* Translators: part of an entity's counts in the sidebar, “12 mentions · 3 documents” */
  documents = g_strdup_printf (ngettext ("%u document", "%u documents", n_documents), n_documents);
  counts = g_strdup_printf ("%s · %s", mentions, documents);
  gtk_label_set_label (self->counts_label, counts);

  if (aliases != NULL && aliases[0] != NULL)
    {
      g_autofree char *joined = g_strjoinv (", ", (char **)aliases);

      /* Translators: tooltip of an entity in the sidebar; %s lists its other names */
      tooltip = g_strdup_printf (_("Also called %s"), joined);
    }
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), tooltip);

  gtk_widget_set_visible (GTK_WIDGET (self->header_label), FALSE);
  gtk_widget_set_visible (self->dot, TRUE);
  gtk_widget_set_visible (self->text_box, TRUE);
}

static void
dsr_entity_row_dispose (GObject *object)
{
  DsrEntityRow *self = (DsrEntityRow *)object;
  GtkWidget *child;

  g_clear_object (&self->entity);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (dsr_entity_row_parent_class)->dispose (object);
}

static void
dsr_entity_row_class_init (DsrEntityRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dsr_entity_row_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "entityrow");
}

static void
dsr_entity_row_init (DsrEntityRow *self)
{
  GtkBoxLayout *layout = GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self)));

  gtk_box_layout_set_spacing (layout, 10);

  self->header_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->header_label, 0);
  gtk_widget_set_hexpand (GTK_WIDGET (self->header_label), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->header_label), "dsr-entity-header");
  gtk_widget_set_parent (GTK_WIDGET (self->header_label), GTK_WIDGET (self));

  self->dot = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_set_valign (self->dot, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->dot, "dsr-entity-dot");
  gtk_widget_set_parent (self->dot, GTK_WIDGET (self));

  self->text_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 1);
  gtk_widget_set_hexpand (self->text_box, TRUE);
  gtk_widget_set_parent (self->text_box, GTK_WIDGET (self));

  self->name_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->name_label, 0);
  gtk_label_set_ellipsize (self->name_label, PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (self->text_box), GTK_WIDGET (self->name_label));

  self->counts_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->counts_label, 0);
  gtk_label_set_ellipsize (self->counts_label, PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (GTK_WIDGET (self->counts_label), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->counts_label), "dim-label");
  gtk_box_append (GTK_BOX (self->text_box), GTK_WIDGET (self->counts_label));
}

GtkWidget *
dsr_entity_row_new (void)
{
  return g_object_new (DSR_TYPE_ENTITY_ROW, NULL);
}

/**
 * dsr_entity_row_set_item:
 * @item: (nullable): a #DsrEntity or a #DsrEntityHeader
 */
void
dsr_entity_row_set_item (DsrEntityRow *self,
                         GObject      *item)
{
  g_return_if_fail (DSR_IS_ENTITY_ROW (self));

  g_clear_object (&self->entity);
  if (DSR_IS_ENTITY (item))
    self->entity = g_object_ref (DSR_ENTITY (item));
  if (DSR_IS_ENTITY_HEADER (item))
    show_header (self, DSR_ENTITY_HEADER (item));
  else if (DSR_IS_ENTITY (item))
    show_entity (self, DSR_ENTITY (item));
}

/**
 * dsr_entity_row_get_entity:
 *
 * Returns: (transfer none) (nullable): the entity shown, or %NULL for a header
 */
DsrEntity *
dsr_entity_row_get_entity (DsrEntityRow *self)
{
  g_return_val_if_fail (DSR_IS_ENTITY_ROW (self), NULL);
  return self->entity;
}
