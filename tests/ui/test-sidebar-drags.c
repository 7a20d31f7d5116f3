/* test-sidebar-drags.c: the sidebar's rows drag onto the board, or go there by their menu
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "dsr-entity.h"
#include "dsr-entity-row.h"
#include "dsr-importer.h"
#include "dsr-source.h"
#include "dsr-store.h"
#include "dsr-ui-test.h"
#include "dsr-window-private.h"

#define TEXT "The analyst Helen Okafor said “the report is much ado about nothing,” and left.\n"

typedef struct
{
  char      *folder;
  char      *path;
  gint64     document;
  gint64     board;
  DsrWindow *window;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsrStore) store = NULL;
  g_autoptr(DsrAnalyzer) analyzer = NULL;
  g_autofree char *file = NULL;
  DsrImportOptions options = { .source_name = "Packet & Policy" };

  f->folder = g_dir_make_tmp ("dsr-drags-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->folder, "case.dossier", NULL);
  store = dsr_store_create (f->path, &error);
  g_assert_no_error (error);
  file = g_build_filename (f->folder, "okafor.txt", NULL);
  g_assert_true (g_file_set_contents (file, TEXT, -1, NULL));
  analyzer = dsr_analyzer_new_for_store (store, &error);
  g_assert_no_error (error);
  f->document = dsr_importer_import_and_analyse (store, file, &options, analyzer, NULL, &error);
  g_assert_no_error (error);
  g_remove (file);
  f->board = dsr_store_create_board (store, "Main", &error);
  g_assert_no_error (error);
  g_clear_pointer (&analyzer, dsr_analyzer_free);
  g_clear_object (&store);   /* one writer at a time: the window opens it next */

  f->window = dsr_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1200, 700);
  g_assert_true (dsr_window_open_path (f->window, f->path, &error));
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (f->window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_remove (f->path);
  g_rmdir (f->folder);
  g_free (f->path);
  g_free (f->folder);
}

static void
show_page (Fixture    *f,
           const char *name)
{
  adw_view_stack_set_visible_child_name (f->window->sidebar_view_stack, name);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
}

/* The first widget under @root, itself included, that @match accepts. */
static GtkWidget *
find_widget (GtkWidget *root,
             gboolean (*match) (GtkWidget *widget))
{
  if (match (root))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, match);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkEventController *
find_controller (GtkWidget *widget,
                 GType      type)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (controller, type))
        return controller;
    }
  return NULL;
}

/* The node a drag from @row would carry. */
static DsrNode
dragged_node (GtkWidget *row)
{
  GtkEventController *drag = find_controller (row, GTK_TYPE_DRAG_SOURCE);
  g_autoptr(GdkContentProvider) content = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  DsrNode node;

  g_assert_nonnull (drag);
  g_signal_emit_by_name (drag, "prepare", 4.0, 4.0, &content);
  g_assert_nonnull (content);
  g_value_init (&value, DSR_TYPE_NODE);
  g_assert_true (gdk_content_provider_get_value (content, &value, NULL));
  node = *(DsrNode *)g_value_get_boxed (&value);
  return node;
}

/* The target of “Add to Board” in @model or its sections, or NULL. */
static char *
add_to_board_target (GMenuModel *model)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *action = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION);
      char *target = NULL;

      if (section != NULL && (target = add_to_board_target (section)) != NULL)
        return target;
      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s", &action) &&
          g_str_equal (action, "win.add-node-to-board") &&
          g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_TARGET, "s", &target))
        return target;
    }
  return NULL;
}

static gboolean
is_popover_menu (GtkWidget *widget)
{
  return GTK_IS_POPOVER_MENU (widget) && gtk_widget_get_visible (widget);
}

/* Right-clicks @widget at @x, @y through its secondary-button gesture, and activates
 * the menu's “Add to Board”, as the user would; returns its target. */
static char *
add_by_menu (Fixture   *f,
             GtkWidget *widget,
             GtkWidget *menu_parent,
             double     x,
             double     y)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  GtkWidget *popover;
  char *target;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_CLICK (controller) &&
          gtk_gesture_single_get_button (GTK_GESTURE_SINGLE (controller)) == GDK_BUTTON_SECONDARY)
        g_signal_emit_by_name (controller, "pressed", 1, x, y);
    }
  popover = find_widget (menu_parent, is_popover_menu);
  g_assert_nonnull (popover);
  target = add_to_board_target (gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (popover)));
  g_assert_nonnull (target);
  gtk_popover_popdown (GTK_POPOVER (popover));
  g_action_group_activate_action (G_ACTION_GROUP (f->window), "add-node-to-board", g_variant_new_string (target));
  return target;
}

static gboolean
board_has (Fixture       *f,
           const DsrNode *node)
{
  g_autoptr(GArray) items = dsr_store_list_board_items (dsr_window_get_store (f->window), f->board, NULL);

  for (guint i = 0; i < items->len; i++)
    {
      const DsrNode *placed = &g_array_index (items, DsrBoardItem, i).node;

      if (placed->kind == node->kind && placed->id == node->id)
        return TRUE;
    }
  return FALSE;
}

static gboolean
is_entity_row (GtkWidget *widget)
{
  return DSR_IS_ENTITY_ROW (widget) && dsr_entity_row_get_entity (DSR_ENTITY_ROW (widget)) != NULL;
}

static void
test_entity (Fixture       *f,
             gconstpointer  data)
{
  GtkWidget *row;
  DsrEntity *entity;
  DsrNode node;
  graphene_point_t point;
  g_autofree char *target = NULL;
  g_autofree char *expected = NULL;

  show_page (f, "entities");
  row = find_widget (GTK_WIDGET (f->window->entity_list), is_entity_row);
  g_assert_nonnull (row);
  entity = dsr_entity_row_get_entity (DSR_ENTITY_ROW (row));

  node = dragged_node (row);
  g_assert_cmpint (node.kind, ==, DSR_NODE_ENTITY);
  g_assert_cmpint (node.id, ==, dsr_entity_get_id (entity));
  g_assert_false (board_has (f, &node));

  /* the list's context menu, for the row right-clicked */
  g_assert_true (gtk_widget_compute_point (row, GTK_WIDGET (dsr_entity_list_get_list_view (f->window->entity_list)),
                                           &GRAPHENE_POINT_INIT (10, 10), &point));
  target = add_by_menu (f, GTK_WIDGET (dsr_entity_list_get_list_view (f->window->entity_list)),
                        GTK_WIDGET (f->window->entity_list), point.x, point.y);
  expected = g_strdup_printf ("entity:%" G_GINT64_FORMAT, dsr_entity_get_id (entity));
  g_assert_cmpstr (target, ==, expected);
  g_assert_true (board_has (f, &node));
}

static gboolean
is_document_row (GtkWidget *widget)
{
  return gtk_widget_has_css_class (widget, "dsr-document-row");
}

static void
test_document (Fixture       *f,
               gconstpointer  data)
{
  GtkWidget *row = find_widget (GTK_WIDGET (f->window->documents_list), is_document_row);
  DsrNode node;
  g_autofree char *target = NULL;
  g_autofree char *expected = g_strdup_printf ("document:%" G_GINT64_FORMAT, f->document);

  g_assert_nonnull (row);
  node = dragged_node (row);
  g_assert_cmpint (node.kind, ==, DSR_NODE_DOCUMENT);
  g_assert_cmpint (node.id, ==, f->document);
  g_assert_false (board_has (f, &node));

  target = add_by_menu (f, row, row, 10, 10);
  g_assert_cmpstr (target, ==, expected);
  g_assert_true (board_has (f, &node));
}

static gboolean
is_source_row (GtkWidget *widget)
{
  return gtk_widget_has_css_class (widget, "dsr-source-row");
}

static void
test_source (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GListModel) sources = dsr_store_list_sources (dsr_window_get_store (f->window), NULL);
  g_autoptr(DsrSource) source = g_list_model_get_item (sources, 0);
  GtkWidget *row;
  DsrNode node;
  g_autofree char *target = NULL;

  g_autofree char *expected = g_strdup_printf ("source:%" G_GINT64_FORMAT, dsr_source_get_id (source));

  show_page (f, "sources");
  row = find_widget (GTK_WIDGET (f->window->source_list), is_source_row);
  g_assert_nonnull (row);
  node = dragged_node (row);
  g_assert_cmpint (node.kind, ==, DSR_NODE_SOURCE);
  g_assert_cmpint (node.id, ==, dsr_source_get_id (source));
  g_assert_false (board_has (f, &node));

  target = add_by_menu (f, row, row, 10, 10);
  g_assert_cmpstr (target, ==, expected);
  g_assert_true (board_has (f, &node));
}

int
main (int   argc,
      char *argv[])
{
  if (!dsr_ui_test_init (&argc, &argv))
    return 0;

  g_test_add ("/sidebar-drags/entity", Fixture, NULL, fixture_set_up, test_entity, fixture_tear_down);
  g_test_add ("/sidebar-drags/document", Fixture, NULL, fixture_set_up, test_document, fixture_tear_down);
  g_test_add ("/sidebar-drags/source", Fixture, NULL, fixture_set_up, test_source, fixture_tear_down);

  return g_test_run ();
}
