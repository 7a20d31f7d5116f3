/* test-entities.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-entities"

#include "config.h"

#include <adwaita.h>
#include <sqlite3.h>

#include "dsr-analyzer.h"
#include "dsr-document.h"
#include "dsr-entity-row.h"
#include "dsr-importer.h"
#include "dsr-source.h"
#include "dsr-store.h"
#include "dsr-ui-test.h"
#include "dsr-window-private.h"

/* The sidebar's models, the marks on the document, stepping through mentions,
 * tagging, curating and undo, through the window's actions and widgets. */

static const char first_text[] =
  "Belozar Labs denies report\n"
  "\n"
  "Helen Okafor, chief executive of Belozar Labs, said the report was wrong. "
  "\"We never worked for the agency,\" Okafor said in Toronto on Monday.\n"
  "\n"
  "Ivan Belozar founded Belozar Labs in Moscow. Analysts at Greyline Research "
  "called the report \"much ado about nothing\".\n";

static const char second_text[] =
  "Vendor under scrutiny\n"
  "\n"
  "Belozar Labs was questioned again. Helen Okafor spoke to the Toronto Herald. "
  "\"Our products are safe,\" said Okafor.\n";

typedef struct
{
  char *path;
} Fixture;

static void
import_text (DsrStore   *store,
             const char *name,
             const char *text,
             const char *source)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), name, NULL);
  DsrImportOptions options = { .source_name = source };
  g_autoptr(GError) error = NULL;
  g_autoptr(DsrAnalyzer) analyzer = dsr_analyzer_new_for_store (store, &error);

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  g_assert_cmpint (dsr_importer_import_and_analyse (store, path, &options, analyzer, NULL, &error), >, 0);
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsrStore) store = NULL;

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  fixture->path = g_build_filename (g_get_user_data_dir (), "Vendor.dossier", NULL);
  store = dsr_store_create (fixture->path, &error);
  g_assert_no_error (error);
  import_text (store, "first.txt", first_text, "Packet & Policy");
  import_text (store, "second.txt", second_text, "Argus Wire");
  g_assert_cmpint (dsr_store_add_claim (store, 1, 0, 26, "Helen Okafor", "Packet & Policy", &error), >, 0);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_free (fixture->path);
}

static DsrWindow *
open_window (const char *path)
{
  DsrWindow *window = dsr_ui_test_open_window (path);

  /* The entities are read when their page first shows. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (dsr_entity_list_get_model (window->entity_list))), ==, 0);
  adw_view_stack_set_visible_child_name (window->sidebar_view_stack, "entities");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (dsr_entity_list_get_model (window->entity_list))), >, 0);
  return window;
}

/* Every row curating may touch, and the entities as listed, read through a
 * connection of its own, as another program would see the file. */
static char *
dump (const char *path)
{
  static const char *tables[] = {
    "entities", "aliases", "entity_verdicts", "mentions", "quotes", "links", "board_items", "claims",
  };
  g_autoptr(GString) out = g_string_new (NULL);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s ORDER BY 1", tables[t]);
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      g_string_append_printf (out, "[%s]\n", tables[t]);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            g_string_append_printf (out, "%s|", (const char *)sqlite3_column_text (stmt, c));
          g_string_append_c (out, '\n');
        }
      sqlite3_finalize (stmt);
    }
  sqlite3_close (db);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static DsrEntity *
find_entity (DsrWindow  *window,
             const char *name,
             guint      *position)
{
  GListModel *model = G_LIST_MODEL (dsr_entity_list_get_model (window->entity_list));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (DSR_IS_ENTITY (item) && g_strcmp0 (dsr_entity_get_name (DSR_ENTITY (item)), name) == 0)
        {
          if (position)
            *position = i;
          return DSR_ENTITY (item);   /* the model keeps it */
        }
    }
  return NULL;
}

static void
select_entities (DsrWindow          *window,
                 const char * const *names)
{
  GtkSelectionModel *selection = gtk_list_view_get_model (dsr_entity_list_get_list_view (window->entity_list));

  gtk_selection_model_unselect_all (selection);
  for (guint i = 0; names[i] != NULL; i++)
    {
      guint position;

      g_assert_nonnull (find_entity (window, names[i], &position));
      gtk_selection_model_select_item (selection, position, FALSE);
    }
}

static void
activate (DsrWindow  *window,
          const char *name,
          GVariant   *param)
{
  g_assert_true (dsr_ui_test_action_enabled (window, name));
  g_action_group_activate_action (G_ACTION_GROUP (window), name, param);
}

static gint64
shown_document (DsrWindow *window)
{
  DsrDocument *document = gtk_single_selection_get_selected_item (window->selection);

  return document ? dsr_document_get_id (document) : 0;
}

static gboolean
tag_at (DsrWindow  *window,
        const char *tag,
        gint64      start,
        gint64      end)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (window->document_view));
  GtkTextTag *text_tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), tag);
  GtkTextIter a, b;

  gtk_text_buffer_get_iter_at_offset (buffer, &a, (int)start);
  gtk_text_buffer_get_iter_at_offset (buffer, &b, (int)end);
  return gtk_text_iter_starts_tag (&a, text_tag) && gtk_text_iter_ends_tag (&b, text_tag);
}

static gint64
offset_of (DsrWindow  *window,
           const char *needle)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (window->document_view));
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  const char *at;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
  at = strstr (text, needle);
  g_assert_nonnull (at);
  return g_utf8_pointer_to_offset (text, at);
}

static void
test_sidebar_models (Fixture       *fixture,
                     gconstpointer  data)
{
  DsrWindow *window = open_window (fixture->path);
  GListModel *model = G_LIST_MODEL (dsr_entity_list_get_model (window->entity_list));
  g_autoptr(GObject) first = g_list_model_get_item (model, 0);
  g_autoptr(DsrStore) reader = NULL;
  g_autoptr(GListModel) sources = NULL;
  g_autoptr(GError) error = NULL;
  DsrEntity *okafor;
  GtkWidget *row, *grade;
  GListModel *claims;
  DsrEntityKind previous = DSR_ENTITY_PERSON;
  guint n_headers = 0;

  gtk_test_accessible_assert_property (window->documents_list, GTK_ACCESSIBLE_PROPERTY_LABEL, "Documents");
  gtk_test_accessible_assert_property (dsr_entity_list_get_list_view (window->entity_list),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Entities");
  gtk_test_accessible_assert_property (dsr_claim_list_get_list_view (window->claim_list),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Claims");
  gtk_test_accessible_assert_property (dsr_source_list_get_list_view (window->source_list),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Sources");

  /* Grouped by kind, people first, each group led by its header with its count. */
  g_assert_true (DSR_IS_ENTITY_HEADER (first));
  g_assert_cmpint (dsr_entity_header_get_kind (DSR_ENTITY_HEADER (first)), ==, DSR_ENTITY_PERSON);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (DSR_IS_ENTITY_HEADER (item))
        {
          guint n = dsr_entity_header_get_n_entities (DSR_ENTITY_HEADER (item));

          n_headers++;
          g_assert_cmpuint (n, >, 0);
          for (guint j = 1; j <= n; j++)
            {
              g_autoptr(GObject) member = g_list_model_get_item (model, i + j);

              g_assert_true (DSR_IS_ENTITY (member));
              g_assert_cmpint (dsr_entity_get_kind (DSR_ENTITY (member)), ==,
                               dsr_entity_header_get_kind (DSR_ENTITY_HEADER (item)));
            }
          g_assert_cmpint (dsr_entity_header_get_kind (DSR_ENTITY_HEADER (item)), >=, previous);
          previous = dsr_entity_header_get_kind (DSR_ENTITY_HEADER (item));
        }
    }
  g_assert_cmpuint (n_headers, >=, 3);   /* people, organisations, places */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==,
                    dsr_entity_model_get_n_entities (DSR_ENTITY_MODEL (model)) + n_headers);

  okafor = find_entity (window, "Helen Okafor", NULL);
  g_assert_nonnull (okafor);
  g_assert_cmpuint (dsr_entity_get_n_mentions (okafor), ==, 4);
  g_assert_cmpuint (dsr_entity_get_n_documents (okafor), ==, 2);

  /* The filter matches names and aliases, in any case, and keeps the header. */
  gtk_editable_set_text (dsr_entity_list_get_filter (window->entity_list), "OKAF");
  dsr_entity_model_set_filter (DSR_ENTITY_MODEL (model), "OKAF");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  g_assert_nonnull (find_entity (window, "Helen Okafor", NULL));
  dsr_entity_model_set_filter (DSR_ENTITY_MODEL (model), "nobody");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  dsr_entity_model_set_filter (DSR_ENTITY_MODEL (model), NULL);
  gtk_editable_set_text (dsr_entity_list_get_filter (window->entity_list), "");

  /* Suggested entities look different from confirmed ones. */
  row = dsr_entity_row_new ();
  g_object_ref_sink (row);
  dsr_entity_row_set_item (DSR_ENTITY_ROW (row), G_OBJECT (okafor));
  g_assert_true (dsr_entity_row_get_entity (DSR_ENTITY_ROW (row)) == okafor);
  g_assert_nonnull (dsr_ui_test_find_descendant (row, GTK_TYPE_LABEL));
  {
    GtkWidget *dot = gtk_widget_get_next_sibling (gtk_widget_get_first_child (row));

    g_assert_true (gtk_widget_has_css_class (dot, "suggested"));
    g_assert_true (gtk_widget_has_css_class (dot, "person"));
    select_entities (window, (const char *[]) { "Helen Okafor", NULL });
    activate (window, "confirm-entities", NULL);
    dsr_entity_row_set_item (DSR_ENTITY_ROW (row), G_OBJECT (find_entity (window, "Helen Okafor", NULL)));
    g_assert_false (gtk_widget_has_css_class (dot, "suggested"));
  }
  g_object_unref (row);

  /* Claims: quote, speaker, source; activating one opens its passage. */
  claims = G_LIST_MODEL (gtk_list_view_get_model (dsr_claim_list_get_list_view (window->claim_list)));
  g_assert_cmpuint (g_list_model_get_n_items (claims), ==, 1);
  gtk_single_selection_set_selected (window->selection, 1);
  g_assert_cmpint (shown_document (window), ==, 2);
  g_signal_emit_by_name (dsr_claim_list_get_list_view (window->claim_list), "activate", 0);
  g_assert_cmpint (shown_document (window), ==, 1);
  g_assert_true (tag_at (window, "mention-current", 0, 26));

  /* Sources, by name, and a grade chosen in the drop-down is stored at once. */
  adw_view_stack_set_visible_child_name (window->sidebar_view_stack, "sources");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  grade = dsr_ui_test_find_descendant (GTK_WIDGET (dsr_source_list_get_list_view (window->source_list)), GTK_TYPE_DROP_DOWN);
  g_assert_nonnull (grade);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (grade)), ==, 0);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (grade), 2);
  reader = dsr_store_open (fixture->path, DSR_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  sources = dsr_store_list_sources (reader, &error);
  g_assert_cmpuint (g_list_model_get_n_items (sources), ==, 2);
  {
    g_autoptr(DsrSource) argus = g_list_model_get_item (sources, 0);

    g_assert_cmpstr (dsr_source_get_name (argus), ==, "Argus Wire");
    g_assert_cmpint (dsr_source_get_reliability (argus), ==, 'B');
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_marks_and_stepping (Fixture       *fixture,
                         gconstpointer  data)
{
  DsrWindow *window = open_window (fixture->path);
  DsrEntity *okafor = find_entity (window, "Helen Okafor", NULL);
  gint64 first_document = shown_document (window);
  gint64 quote, cue;
  g_autofree char *tooltip = NULL;
  const DsrMentionPlace *place;
  guint steps = 0;

  /* Mentions are tinted by kind, quotations underlined with their speaker on hover. */
  g_assert_true (tag_at (window, "mention-person", offset_of (window, "Helen Okafor"),
                         offset_of (window, "Helen Okafor") + 12));
  g_assert_true (tag_at (window, "mention-org", 0, 12));
  quote = offset_of (window, "\"We never");
  g_assert_true (tag_at (window, "quote", quote, quote + 33));
  tooltip = dsr_document_marks_dup_tooltip_at (window->marks, quote + 3);
  g_assert_nonnull (strstr (tooltip, "<b>Helen Okafor</b>"));
  cue = offset_of (window, "said in");
  g_assert_nonnull (strstr (tooltip, "“said”"));
  g_clear_pointer (&tooltip, g_free);
  tooltip = dsr_document_marks_dup_tooltip_at (window->marks, cue);
  g_assert_null (tooltip);

  /* Choosing an entity highlights its mentions and shows the first. */
  select_entities (window, (const char *[]) { "Helen Okafor", NULL });
  g_assert_cmpuint (window->mention_places->len, ==, dsr_entity_get_n_mentions (okafor));
  g_assert_cmpuint (window->mention_index, ==, 1);
  place = &g_array_index (window->mention_places, DsrMentionPlace, 0);
  g_assert_true (tag_at (window, "mention-strong-person", place->start, place->end));
  g_assert_true (tag_at (window, "mention-current", place->start, place->end));

  /* F3 steps on, into the next document, and round to the first again. */
  while (shown_document (window) == first_document)
    {
      activate (window, "next-mention", NULL);
      g_assert_cmpuint (++steps, <, 10);
    }
  place = &g_array_index (window->mention_places, DsrMentionPlace, window->mention_index - 1);
  g_assert_cmpint (place->document_id, ==, shown_document (window));
  g_assert_true (tag_at (window, "mention-current", place->start, place->end));
  g_assert_true (tag_at (window, "mention-strong-person", place->start, place->end));
  activate (window, "previous-mention", NULL);
  g_assert_cmpint (shown_document (window), ==, first_document);
  for (guint i = 0; i < window->mention_places->len - steps + 1; i++)
    activate (window, "next-mention", NULL);
  g_assert_cmpuint (window->mention_index, ==, 1);
  g_assert_cmpint (shown_document (window), ==, first_document);

  /* Clicking a mention selects its entity in the sidebar and keeps the place. */
  adw_view_stack_set_visible_child_name (window->sidebar_view_stack, "documents");
  {
    DsrEntity *labs = find_entity (window, "Belozar Labs", NULL);
    gint64 offset = offset_of (window, "Labs in Moscow");
    g_autoptr(GPtrArray) selected = NULL;

    g_assert_cmpint (dsr_document_marks_entity_at (window->marks, offset), ==, dsr_entity_get_id (labs));
    g_signal_emit_by_name (window->marks, "mention-activated", dsr_entity_get_id (labs), offset);
    selected = dsr_entity_list_dup_selected (window->entity_list);
    g_assert_cmpuint (selected->len, ==, 1);
    g_assert_true (selected->pdata[0] == labs);
    g_assert_cmpstr (adw_view_stack_get_visible_child_name (window->sidebar_view_stack), ==, "entities");
    /* The highlight moves on: Helen Okafor's mentions are tinted plainly again. */
    g_assert_false (tag_at (window, "mention-strong-person", offset_of (window, "Helen Okafor"),
                            offset_of (window, "Helen Okafor") + 12));
    g_assert_true (tag_at (window, "mention-person", offset_of (window, "Helen Okafor"),
                           offset_of (window, "Helen Okafor") + 12));
    g_assert_true (tag_at (window, "mention-strong-org", offset - 8, offset + 4));
    place = &g_array_index (window->mention_places, DsrMentionPlace, window->mention_index - 1);
    g_assert_cmpint (place->start, <=, offset);
    g_assert_cmpint (offset, <, place->end);
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
select_text (DsrWindow  *window,
             const char *needle)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (window->document_view));
  gint64 start = offset_of (window, needle);
  GtkTextIter a, b;

  gtk_text_buffer_get_iter_at_offset (buffer, &a, (int)start);
  gtk_text_buffer_get_iter_at_offset (buffer, &b, (int)(start + g_utf8_strlen (needle, -1)));
  gtk_text_buffer_select_range (buffer, &a, &b);
}

static void
test_tag_and_undo (Fixture       *fixture,
                   gconstpointer  data)
{
  DsrWindow *window = open_window (fixture->path);
  g_autofree char *before = dump (fixture->path);
  g_autofree char *after = NULL;
  g_autoptr(GPtrArray) selected = NULL;
  DsrEntity *agency;
  gint64 start;

  g_assert_null (find_entity (window, "the agency", NULL));
  g_assert_false (dsr_ui_test_action_enabled (window, "tag-entity"));
  g_assert_false (dsr_ui_test_action_enabled (window, "undo"));

  select_text (window, "the agency");
  start = offset_of (window, "the agency");
  activate (window, "tag-entity", g_variant_new_string ("org"));

  agency = find_entity (window, "the agency", NULL);
  g_assert_nonnull (agency);
  g_assert_cmpint (dsr_entity_get_kind (agency), ==, DSR_ENTITY_ORG);
  g_assert_cmpint (dsr_entity_get_state (agency), ==, DSR_ENTITY_CONFIRMED);
  selected = dsr_entity_list_dup_selected (window->entity_list);
  g_assert_cmpuint (selected->len, ==, 1);
  g_assert_true (selected->pdata[0] == agency);
  g_assert_true (tag_at (window, "mention-strong-org", start, start + 10));
  g_assert_cmpstr (_dsr_window_get_last_toast_title (window), ==, "“the agency” tagged as an organisation");

  /* Undo, as the toast's button and Ctrl+Z do. */
  activate (window, "undo", NULL);
  after = dump (fixture->path);
  g_assert_cmpstr (after, ==, before);
  g_assert_null (find_entity (window, "the agency", NULL));
  g_assert_false (tag_at (window, "mention-org", start, start + 10));
  g_assert_false (dsr_ui_test_action_enabled (window, "undo"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_curate_and_undo (Fixture       *fixture,
                      gconstpointer  data)
{
  DsrWindow *window = open_window (fixture->path);
  g_autofree char *before = dump (fixture->path);
  g_autofree char *now = NULL;
  AdwMessageDialog *dialog;
  DsrEntity *okafor;

  /* Confirm, then reject: two edits, undone newest first. */
  select_entities (window, (const char *[]) { "Helen Okafor", "Toronto", NULL });
  g_assert_false (dsr_ui_test_action_enabled (window, "rename-entity"));
  activate (window, "confirm-entities", NULL);
  g_assert_cmpint (dsr_entity_get_state (find_entity (window, "Toronto", NULL)), ==, DSR_ENTITY_CONFIRMED);
  select_entities (window, (const char *[]) { "Toronto", NULL });
  activate (window, "reject-entities", NULL);
  g_assert_null (find_entity (window, "Toronto", NULL));
  activate (window, "undo", NULL);
  g_assert_cmpint (dsr_entity_get_state (find_entity (window, "Toronto", NULL)), ==, DSR_ENTITY_CONFIRMED);
  activate (window, "undo", NULL);
  now = dump (fixture->path);
  g_assert_cmpstr (now, ==, before);
  g_clear_pointer (&now, g_free);

  /* Rename, in its dialog. */
  select_entities (window, (const char *[]) { "Helen Okafor", NULL });
  activate (window, "rename-entity", NULL);
  dialog = dsr_ui_test_find_dialog ();
  g_assert_nonnull (dialog);
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog)), "  Helen A. Okafor ");
  /* Enter in the entry renames and closes the dialog. */
  g_signal_emit_by_name (adw_message_dialog_get_extra_child (dialog), "activate");
  g_assert_null (dsr_ui_test_find_dialog ());
  okafor = find_entity (window, "Helen A. Okafor", NULL);
  g_assert_nonnull (okafor);
  g_assert_true (g_strv_contains (dsr_entity_get_aliases (okafor), "Helen Okafor"));
  activate (window, "undo", NULL);
  now = dump (fixture->path);
  g_assert_cmpstr (now, ==, before);
  g_clear_pointer (&now, g_free);

  /* Merge, in its dialog, which proposes the most mentioned to stay. */
  select_entities (window, (const char *[]) { "Helen Okafor", "Ivan Belozar", NULL });
  g_assert_true (dsr_ui_test_action_enabled (window, "merge-entities"));
  activate (window, "merge-entities", NULL);
  dialog = dsr_ui_test_find_dialog ();
  g_assert_nonnull (dialog);
  {
    GtkWidget *box = adw_message_dialog_get_extra_child (dialog);
    GtkWidget *first = gtk_widget_get_first_child (box);

    g_assert_cmpstr (gtk_check_button_get_label (GTK_CHECK_BUTTON (first)), ==, "Helen Okafor");
    g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (first)));
  }
  adw_message_dialog_response (dialog, "merge");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_null (find_entity (window, "Ivan Belozar", NULL));
  okafor = find_entity (window, "Helen Okafor", NULL);
  g_assert_true (g_strv_contains (dsr_entity_get_aliases (okafor), "Ivan Belozar"));
  g_assert_cmpstr (_dsr_window_get_last_toast_title (window), ==, "1 entity merged into “Helen Okafor”");
  activate (window, "undo", NULL);
  now = dump (fixture->path);
  g_assert_cmpstr (now, ==, before);
  g_assert_nonnull (find_entity (window, "Ivan Belozar", NULL));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A read-only investigation offers no curating. */
static void
test_read_only (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsrStore) writer = dsr_store_open (fixture->path, DSR_STORE_OPEN_DEFAULT, &error);
  DsrWindow *window;

  g_assert_no_error (error);
  window = open_window (fixture->path);
  g_assert_true (dsr_store_is_read_only (dsr_window_get_store (window)));
  select_text (window, "Greyline Research");
  select_entities (window, (const char *[]) { "Helen Okafor", "Ivan Belozar", NULL });
  g_assert_false (dsr_ui_test_action_enabled (window, "tag-entity"));
  g_assert_false (dsr_ui_test_action_enabled (window, "confirm-entities"));
  g_assert_false (dsr_ui_test_action_enabled (window, "merge-entities"));
  /* Stepping only reads. */
  select_entities (window, (const char *[]) { "Helen Okafor", NULL });
  g_assert_true (dsr_ui_test_action_enabled (window, "next-mention"));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  if (!dsr_ui_test_init (&argc, &argv))
    return 0;

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/entities/sidebar-models", test_sidebar_models);
  ADD ("/entities/marks-and-stepping", test_marks_and_stepping);
  ADD ("/entities/tag-and-undo", test_tag_and_undo);
  ADD ("/entities/curate-and-undo", test_curate_and_undo);
  ADD ("/entities/read-only", test_read_only);
#undef ADD

  return g_test_run ();
}
