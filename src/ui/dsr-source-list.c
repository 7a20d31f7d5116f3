/* dsr-source-list.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-source-list"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "dsr-node-drag.h"
#include "dsr-sidebar-page.h"
#include "dsr-source-list.h"
#include "dsr-source.h"
#include "dsr-store.h"

/* The sidebar's Sources page: each outlet with its kind, how many documents came
 * from it, and its reliability on the Admiralty scale, which a drop-down changes and
 * the store keeps at once. */
struct _DsrSourceList
{
  GtkWidget      parent_instance;

  /* Owned */
  DsrStore      *store;
  GListModel    *sources;

  /* Children */
  GtkStack      *stack;
  GtkListView   *list_view;
  GtkNoSelection *selection;
};

G_DEFINE_FINAL_TYPE (DsrSourceList, dsr_source_list, GTK_TYPE_WIDGET)

/* Position 0 is “not graded”; 1 to 6 are A to F. */
static const char *grade_letters[] = { "–", "A", "B", "C", "D", "E", "F" };

static const char *
grade_meaning (guint position)
{
  switch (position)
    {
    case 1: return _("Completely reliable");
    case 2: return _("Usually reliable");
    case 3: return _("Fairly reliable");
    case 4: return _("Not usually reliable");
    case 5: return _("Unreliable");
    case 6: return _("Reliability cannot be judged");
    case 0:
    default:
      return _("Not graded");
    }
}

static void
setup_grade_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  gboolean in_popup = GPOINTER_TO_INT (user_data);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *letter = gtk_label_new (NULL);

  gtk_widget_add_css_class (letter, "heading");
  gtk_box_append (GTK_BOX (box), letter);
  if (in_popup)
    {
      GtkWidget *meaning = gtk_label_new (NULL);

      gtk_label_set_xalign (GTK_LABEL (meaning), 0);
      gtk_box_append (GTK_BOX (box), meaning);
    }
  gtk_list_item_set_child (item, box);
}

static void
bind_grade_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  guint position = gtk_list_item_get_position (item);
  GtkWidget *letter = gtk_widget_get_first_child (box);
  GtkWidget *meaning = gtk_widget_get_next_sibling (letter);

  gtk_label_set_label (GTK_LABEL (letter), grade_letters[MIN (position, 6)]);
  if (meaning != NULL)
    gtk_label_set_label (GTK_LABEL (meaning), grade_meaning (position));
}

static gboolean
reload_idle (gpointer user_data)
{
  DsrSourceList *self = user_data;

  if (self->store != NULL)
    dsr_source_list_set_store (self, self->store);
  return G_SOURCE_REMOVE;
}

static void
grade_selected_cb (GtkDropDown   *drop_down,
                   GParamSpec    *pspec,
                   DsrSourceList *self)
{
  DsrSource *source = g_object_get_data (G_OBJECT (drop_down), "dsr-source");
  guint position = gtk_drop_down_get_selected (drop_down);
  g_autoptr(GError) error = NULL;
  g_autofree char *tooltip = NULL;
  char grade;

  if (source == NULL || self->store == NULL || position == GTK_INVALID_LIST_POSITION)
    return;

  grade = position == 0 ? 0 : grade_letters[position][0];
  /* Translators: tooltip of a source's reliability grade, e.g. “Reliability: B, usually reliable” */
  tooltip = g_strdup_printf (_("Reliability: %s"), grade_meaning (position));
  gtk_widget_set_tooltip_text (GTK_WIDGET (drop_down), tooltip);

  if (grade == dsr_source_get_reliability (source))
    return;
  if (!dsr_store_set_source_reliability (self->store, dsr_source_get_id (source), grade, &error))
    {
      g_warning ("Cannot grade source %s: %s", dsr_source_get_name (source), error->message);
      return;
    }
  /* The list is read again so that its items say what the file holds; not from
   * within the drop-down's own notification, as that rebinds its row. */
  g_idle_add_full (G_PRIORITY_DEFAULT, reload_idle, g_object_ref (self), g_object_unref);
}

static GtkWidget *
create_grade_drop_down (void)
{
  GtkStringList *grades = gtk_string_list_new (grade_letters);
  GtkListItemFactory *button_factory = gtk_signal_list_item_factory_new ();
  GtkListItemFactory *popup_factory = gtk_signal_list_item_factory_new ();
  GtkWidget *drop_down;

  g_signal_connect (button_factory, "setup", G_CALLBACK (setup_grade_cb), GINT_TO_POINTER (FALSE));
  g_signal_connect (button_factory, "bind", G_CALLBACK (bind_grade_cb), NULL);
  g_signal_connect (popup_factory, "setup", G_CALLBACK (setup_grade_cb), GINT_TO_POINTER (TRUE));
  g_signal_connect (popup_factory, "bind", G_CALLBACK (bind_grade_cb), NULL);

  drop_down = gtk_drop_down_new (G_LIST_MODEL (grades), NULL);
  gtk_drop_down_set_factory (GTK_DROP_DOWN (drop_down), button_factory);
  gtk_drop_down_set_list_factory (GTK_DROP_DOWN (drop_down), popup_factory);
  g_object_unref (button_factory);
  g_object_unref (popup_factory);
  gtk_widget_set_valign (drop_down, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (drop_down, "flat");
  gtk_widget_add_css_class (drop_down, "dsr-grade");
  return drop_down;
}

/* The source a row shows, which its grade drop-down holds while bound. */
static gboolean
row_source_node (GtkWidget *row,
                 DsrNode   *node)
{
  DsrSource *source = g_object_get_data (G_OBJECT (gtk_widget_get_last_child (row)), "dsr-source");

  if (source == NULL)
    return FALSE;
  *node = (DsrNode) { DSR_NODE_SOURCE, dsr_source_get_id (source) };
  return TRUE;
}

/* A source drags onto the board as its source card. */
static GdkContentProvider *
row_drag_prepare_cb (GtkDragSource *drag,
                     double         x,
                     double         y,
                     GtkWidget     *row)
{
  DsrNode node;

  return row_source_node (row, &node) ? dsr_node_drag_prepare (drag, &node) : NULL;
}

static void
row_secondary_pressed_cb (GtkGestureClick *gesture,
                          int              n_press,
                          double           x,
                          double           y,
                          GtkWidget       *row)
{
  DsrNode node;

  if (!row_source_node (row, &node))
    return;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  dsr_node_menu_popup (row, x, y, &node);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              DsrSourceList            *self)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *caption = gtk_label_new (NULL);
  GtkWidget *grade = create_grade_drop_down ();
  GtkDragSource *drag = dsr_node_drag_source_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_widget_add_css_class (row, "dsr-source-row");
  gtk_widget_set_hexpand (text, TRUE);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (name, "heading");
  gtk_label_set_xalign (GTK_LABEL (caption), 0);
  gtk_label_set_ellipsize (GTK_LABEL (caption), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (caption, "caption");
  gtk_widget_add_css_class (caption, "dim-label");
  gtk_box_append (GTK_BOX (text), name);
  gtk_box_append (GTK_BOX (text), caption);
  gtk_box_append (GTK_BOX (row), text);
  gtk_box_append (GTK_BOX (row), grade);
  g_signal_connect_object (grade, "notify::selected", G_CALLBACK (grade_selected_cb), self, 0);
  g_signal_connect (drag, "prepare", G_CALLBACK (row_drag_prepare_cb), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (drag));
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect (click, "pressed", G_CALLBACK (row_secondary_pressed_cb), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (click));
  gtk_list_item_set_child (item, row);
  gtk_list_item_set_activatable (item, FALSE);
}

static const char *
kind_label (const char *kind)
{
  if (g_strcmp0 (kind, "agency") == 0)
    return _("News agency");
  if (g_strcmp0 (kind, "organisation") == 0)
    return _("Organisation");
  if (g_strcmp0 (kind, "person") == 0)
    return _("Person");
  if (g_strcmp0 (kind, "report") == 0)
    return _("Report");
  return _("Outlet");
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             DsrSourceList            *self)
{
  DsrSource *source = gtk_list_item_get_item (item);
  GtkWidget *row = gtk_list_item_get_child (item);
  GtkWidget *text = gtk_widget_get_first_child (row);
  GtkWidget *name = gtk_widget_get_first_child (text);
  GtkWidget *caption = gtk_widget_get_next_sibling (name);
  GtkWidget *grade = gtk_widget_get_next_sibling (text);
  guint n = dsr_source_get_n_documents (source);
  char reliability = dsr_source_get_reliability (source);
  g_autofree char *documents = g_strdup_printf (ngettext ("%u document", "%u documents", n), n);
  g_autofree char *caption_text = g_strdup_printf ("%s · %s", kind_label (dsr_source_get_kind (source)),
                                                   documents);
  g_autofree char *grade_label = NULL;

  gtk_label_set_label (GTK_LABEL (name), dsr_source_get_name (source));
  if (dsr_source_get_url (source) != NULL)
    {
      g_autofree char *tooltip = g_strdup_printf ("%s\n%s", dsr_source_get_name (source),
                                                  dsr_source_get_url (source));

      gtk_widget_set_tooltip_text (name, tooltip);
    }
  else
    gtk_widget_set_tooltip_text (name, dsr_source_get_name (source));
  gtk_label_set_label (GTK_LABEL (caption), caption_text);

  /* Set before the source, so that showing the stored grade writes nothing. */
  g_object_set_data (G_OBJECT (grade), "dsr-source", NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (grade),
                              reliability >= 'A' && reliability <= 'F' ? (guint)(reliability - 'A' + 1) : 0);
  g_object_set_data_full (G_OBJECT (grade), "dsr-source", g_object_ref (source), g_object_unref);
  /* Translators: accessible name of a source's reliability grade; %s is the source */
  grade_label = g_strdup_printf (_("Reliability of %s"), dsr_source_get_name (source));
  gtk_accessible_update_property (GTK_ACCESSIBLE (grade), GTK_ACCESSIBLE_PROPERTY_LABEL, grade_label, -1);
  gtk_widget_set_tooltip_text (grade, grade_meaning (gtk_drop_down_get_selected (GTK_DROP_DOWN (grade))));
  gtk_widget_set_sensitive (grade, self->store != NULL && !dsr_store_is_read_only (self->store));
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               DsrSourceList            *self)
{
  GtkWidget *row = gtk_list_item_get_child (item);
  GtkWidget *grade = gtk_widget_get_last_child (row);

  g_object_set_data (G_OBJECT (grade), "dsr-source", NULL);
}

static void
dsr_source_list_dispose (GObject *object)
{
  DsrSourceList *self = (DsrSourceList *)object;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->selection);
  g_clear_object (&self->sources);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (dsr_source_list_parent_class)->dispose (object);
}

static void
dsr_source_list_class_init (DsrSourceListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dsr_source_list_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "sourcelist");
}

static void
dsr_source_list_init (DsrSourceList *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  AdwStatusPage *empty;

  g_signal_connect_object (factory, "setup", G_CALLBACK (setup_row_cb), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_row_cb), self, 0);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (unbind_row_cb), self, 0);

  self->selection = gtk_no_selection_new (NULL);
  self->list_view = GTK_LIST_VIEW (gtk_list_view_new (GTK_SELECTION_MODEL (g_object_ref (self->selection)),
                                                      factory));

  empty = dsr_sidebar_page_empty_new ("network-workgroup-symbolic", _("No Sources Yet"),
                                      _("Outlets appear here when documents are imported with the name "
                                        "of their source, as “dossier-cli import --source” does. Each can "
                                        "then be graded for reliability, from A to F."));
  self->stack = dsr_sidebar_page_stack_new (dsr_sidebar_page_scroller_new (self->list_view, _("Sources")),
                                            GTK_WIDGET (empty));
  gtk_widget_set_parent (GTK_WIDGET (self->stack), GTK_WIDGET (self));
}

GtkWidget *
dsr_source_list_new (void)
{
  return g_object_new (DSR_TYPE_SOURCE_LIST, NULL);
}

/**
 * dsr_source_list_set_store:
 * @store: (nullable): the investigation whose sources to list
 *
 * Lists the sources of @store, read again from it.
 */
void
dsr_source_list_set_store (DsrSourceList *self,
                           DsrStore      *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) sources = NULL;

  g_return_if_fail (DSR_IS_SOURCE_LIST (self));

  g_set_object (&self->store, store);
  if (store != NULL && !(sources = dsr_store_list_sources (store, &error)))
    g_warning ("Cannot list sources: %s", error->message);
  g_set_object (&self->sources, sources);
  gtk_no_selection_set_model (self->selection, sources);
  gtk_stack_set_visible_child_name (self->stack,
                                    sources && g_list_model_get_n_items (sources) > 0 ? "list" : "empty");
}

/**
 * dsr_source_list_get_list_view:
 *
 * Returns: (transfer none): the list view, labelled “Sources”
 */
GtkListView *
dsr_source_list_get_list_view (DsrSourceList *self)
{
  g_return_val_if_fail (DSR_IS_SOURCE_LIST (self), NULL);
  return self->list_view;
}
