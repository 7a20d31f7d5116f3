/* dsr-window-entities.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The window's entities: the sidebar's Entities, Claims and Sources pages, the marks
 * analysis leaves on the document shown, stepping through an entity's mentions across
 * documents, and curating (tag, confirm, reject, rename, merge), each edit undoable
 * with Ctrl+Z or the Undo button of the toast that reports it, and redoable with
 * Ctrl+Shift+Z. */

#define G_LOG_DOMAIN "dsr-window-entities"

#include "config.h"

#include <glib/gi18n.h>

#include "dsr-document.h"
#include "dsr-entity-dialogs.h"
#include "dsr-store.h"
#include "dsr-text-batch.h"
#include "dsr-window-private.h"

/* Older edits than this are forgotten. */
#define MAX_UNDO 100

typedef struct
{
  GBytes *record;
  char   *title;
} DsrUndoEntry;

static void
undo_entry_free (gpointer data)
{
  DsrUndoEntry *entry = data;

  g_bytes_unref (entry->record);
  g_free (entry->title);
  g_free (entry);
}

static gboolean
is_writable (DsrWindow *self)
{
  return self->store != NULL && !dsr_store_is_read_only (self->store);
}

static gint64
shown_document_id (DsrWindow *self)
{
  DsrDocument *document = gtk_single_selection_get_selected_item (self->selection);

  return document != NULL ? dsr_document_get_id (document) : 0;
}

static void
set_enabled (DsrWindow  *self,
             const char *name,
             gboolean    enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  if (action != NULL)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

void
_dsr_window_update_entity_actions (DsrWindow *self)
{
  g_autoptr(GPtrArray) selected = NULL;
  GtkTextBuffer *buffer;
  gboolean writable;

  g_assert (DSR_IS_WINDOW (self));

  if (self->undo_stack == NULL)
    return;   /* not set up yet */

  writable = is_writable (self);
  selected = dsr_entity_list_dup_selected (self->entity_list);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->document_view));

  set_enabled (self, "tag-entity", writable && gtk_text_buffer_get_has_selection (buffer));
  set_enabled (self, "confirm-entities", writable && selected->len > 0);
  set_enabled (self, "reject-entities", writable && selected->len > 0);
  set_enabled (self, "rename-entity", writable && selected->len == 1);
  set_enabled (self, "merge-entities", writable && selected->len >= 2);
  set_enabled (self, "undo", writable && self->undo_stack->len > 0);
  set_enabled (self, "redo", writable && self->redo_stack->len > 0);
  set_enabled (self, "next-mention", self->mention_places != NULL && self->mention_places->len > 0);
  set_enabled (self, "previous-mention", self->mention_places != NULL && self->mention_places->len > 0);
}

static void
forget_curation_toast (DsrWindow *self)
{
  if (self->curation_toast == NULL)
    return;
  g_signal_handlers_disconnect_by_data (self->curation_toast, self);
  g_object_remove_weak_pointer (G_OBJECT (self->curation_toast), (gpointer *)&self->curation_toast);
  self->curation_toast = NULL;
}

static void
curation_toast_dismissed_cb (AdwToast  *toast,
                             DsrWindow *self)
{
  forget_curation_toast (self);
}

/* Each edit's toast takes the place of the one before rather than waiting behind it:
 * an Undo that answered “Undo” must say so at once. The toast still showing is
 * changed in place, never dismissed for a new one: libadwaita 1.2 (Debian 12) crashes
 * when a toast is dismissed while it is still sliding in, which quick edits do. */
static void
show_toast (DsrWindow  *self,
            const char *title,
            gboolean    undoable)
{
  AdwToast *toast = self->curation_toast;
  gboolean new_toast = toast == NULL;

  g_free (self->last_toast_title);
  self->last_toast_title = g_strdup (title);

  if (new_toast)
    toast = adw_toast_new (title);
  else
    adw_toast_set_title (toast, title);
  adw_toast_set_button_label (toast, undoable ? _("_Undo") : NULL);
  adw_toast_set_action_name (toast, undoable ? "win.undo" : NULL);
  if (new_toast)
    {
      self->curation_toast = toast;
      g_object_add_weak_pointer (G_OBJECT (toast), (gpointer *)&self->curation_toast);
      g_signal_connect (toast, "dismissed", G_CALLBACK (curation_toast_dismissed_cb), self);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
    }
}

static void
reload_document_marks (DsrWindow *self)
{
  _dsr_window_mark_document (self, shown_document_id (self));
}

/* Reads the entities again; the list keeps its selection. Reading 100,000 entities
 * takes most of a second, so it waits until the Entities page is shown. */
static void
reload_entities (DsrWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) entities = NULL;

  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->sidebar_view_stack), "entities") != 0)
    {
      self->entities_stale = TRUE;
      return;
    }
  self->entities_stale = FALSE;
  if (self->store != NULL && !(entities = dsr_store_list_entities (self->store, &error)))
    g_warning ("Cannot list entities: %s", error->message);
  dsr_entity_list_set_entities (self->entity_list, entities);
}

/**
 * _dsr_window_reload_analysis:
 * @forget_undo: whether edits made before can no longer be undone or redone
 *   (another investigation). After an import they still can: the store refuses,
 *   changing nothing, to undo an edit whose rows the import changed.
 *
 * Reads the entities, claims and sources again, the marks of the document shown, and
 * the board shown, whose cards show names and grades.
 */
void
_dsr_window_reload_analysis (DsrWindow *self,
                             gboolean   forget_undo)
{
  g_assert (DSR_IS_WINDOW (self));

  if (self->undo_stack == NULL)
    return;   /* disposed */
  if (forget_undo)
    {
      /* Another investigation: the old list must not linger behind a hidden
       * page, nor a selection by ids that mean others now. */
      g_ptr_array_set_size (self->undo_stack, 0);
      g_ptr_array_set_size (self->redo_stack, 0);
      dsr_entity_list_select (self->entity_list, 0);
      dsr_entity_list_set_entities (self->entity_list, NULL);
    }
  reload_entities (self);
  dsr_claim_list_set_store (self->claim_list, self->store);
  dsr_source_list_set_store (self->source_list, self->store);
  reload_document_marks (self);
  _dsr_window_reload_board (self);
  _dsr_window_update_entity_actions (self);
}

static void
read_analysis (DsrWindow  *self,
               gint64      document_id,
               GArray    **mentions,
               GArray    **quotes)
{
  g_autoptr(GError) error = NULL;

  *mentions = NULL;
  *quotes = NULL;
  if (self->store == NULL || document_id == 0)
    return;

  if (!(*mentions = dsr_store_list_mentions (self->store, document_id, &error)) ||
      !(*quotes = dsr_store_list_quotes (self->store, document_id, &error)))
    {
      g_warning ("Cannot read the analysis of document %" G_GINT64_FORMAT ": %s", document_id, error->message);
      g_clear_pointer (mentions, g_array_unref);
    }
}

/* Underlines the mention stepped to, if it is in the document shown. */
static void
show_stepped_mention (DsrWindow *self,
                      gint64     document_id)
{
  if (self->mention_places != NULL && self->mention_index > 0 && self->mention_index <= self->mention_places->len)
    {
      const DsrMentionPlace *place = &g_array_index (self->mention_places, DsrMentionPlace, self->mention_index - 1);

      if (place->document_id == document_id)
        dsr_document_marks_show_range (self->marks, place->start, place->end);
    }
}

/**
 * _dsr_window_prepare_marks:
 * @document_id: the document about to be shown, or 0
 *
 * Returns: (transfer full) (element-type DsrTagRange): the stretches that show its
 *   mentions and quotations, and the entity selected, for
 *   dsr_document_view_set_content(); then call _dsr_window_marks_shown()
 */
GArray *
_dsr_window_prepare_marks (DsrWindow *self,
                           gint64     document_id)
{
  g_autoptr(GArray) mentions = NULL;
  g_autoptr(GArray) quotes = NULL;
  GArray *ranges = dsr_tag_ranges_new ();

  g_assert (DSR_IS_WINDOW (self));

  if (self->marks == NULL)
    return ranges;

  read_analysis (self, document_id, &mentions, &quotes);
  dsr_document_marks_prepare (self->marks, mentions, quotes, ranges);
  return ranges;
}

/**
 * _dsr_window_marks_shown:
 * @document_id: the document just shown with _dsr_window_prepare_marks()' ranges
 *
 * Underlines the mention stepped to, if it is in that document.
 */
void
_dsr_window_marks_shown (DsrWindow *self,
                         gint64     document_id)
{
  g_assert (DSR_IS_WINDOW (self));

  if (self->marks != NULL)
    show_stepped_mention (self, document_id);
}

/**
 * _dsr_window_mark_document:
 * @document_id: the document shown, or 0
 *
 * Shows the mentions and quotations of the document shown again, and the entity
 * selected, after the analysis changed.
 */
void
_dsr_window_mark_document (DsrWindow *self,
                           gint64     document_id)
{
  g_autoptr(GArray) mentions = NULL;
  g_autoptr(GArray) quotes = NULL;

  g_assert (DSR_IS_WINDOW (self));

  if (self->marks == NULL)
    return;

  read_analysis (self, document_id, &mentions, &quotes);
  dsr_document_marks_set_analysis (self->marks, mentions, quotes);
  show_stepped_mention (self, document_id);
}

/* Stepping through mentions */

static gboolean
select_document (DsrWindow *self,
                 gint64     document_id)
{
  guint n = self->documents != NULL ? g_list_model_get_n_items (self->documents) : 0;

  if (shown_document_id (self) == document_id)
    return TRUE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DsrDocument) document = g_list_model_get_item (self->documents, i);

      if (dsr_document_get_id (document) == document_id)
        {
          /* Showing the document marks the place (mention_index is set already). */
          gtk_single_selection_set_selected (self->selection, i);
          gtk_widget_activate_action (GTK_WIDGET (self->documents_list), "list.scroll-to-item", "u", i);
          return TRUE;
        }
    }
  return FALSE;
}

static guint
count_documents (GArray *places)
{
  guint n = 0;
  gint64 previous = 0;

  for (guint i = 0; i < places->len; i++)
    {
      gint64 id = g_array_index (places, DsrMentionPlace, i).document_id;

      n += id != previous;
      previous = id;
    }
  return n;
}

/* Shows the mention at @index (from 1) of the selected entity, in its document. */
static void
show_mention (DsrWindow *self,
              guint      index)
{
  const DsrMentionPlace *place;

  g_assert (self->mention_places != NULL && index >= 1 && index <= self->mention_places->len);

  self->mention_index = index;
  place = &g_array_index (self->mention_places, DsrMentionPlace, index - 1);
  dsr_entity_list_set_step (self->entity_list, index, self->mention_places->len,
                            count_documents (self->mention_places));
  if (shown_document_id (self) == place->document_id)
    dsr_document_marks_show_range (self->marks, place->start, place->end);
  else
    select_document (self, place->document_id);
}

static void
step_mention (DsrWindow *self,
              int        direction)
{
  guint n;

  if (self->mention_places == NULL || (n = self->mention_places->len) == 0)
    return;
  if (self->mention_index == 0)
    show_mention (self, direction > 0 ? 1 : n);
  else
    show_mention (self, (self->mention_index - 1 + n + (guint)(direction > 0 ? 1 : n - 1)) % n + 1);
}

/* The first mention in the document shown, or the first at all. */
static guint
first_mention_index (DsrWindow *self,
                     gint64     document_id,
                     gint64     offset)
{
  for (guint i = 0; i < self->mention_places->len; i++)
    {
      const DsrMentionPlace *place = &g_array_index (self->mention_places, DsrMentionPlace, i);

      if (place->document_id == document_id && (offset < 0 || (place->start <= offset && offset < place->end)))
        return i + 1;
    }
  return offset < 0 ? 1 : 0;
}

static void
entity_selection_changed_cb (DsrWindow     *self,
                             DsrEntityList *list)
{
  g_autoptr(GPtrArray) selected = dsr_entity_list_dup_selected (list);
  g_autoptr(GError) error = NULL;
  gint64 entity_id = selected->len == 1 ? dsr_entity_get_id (selected->pdata[0]) : 0;
  gint64 clicked_offset = self->clicked_offset;
  guint index;

  self->clicked_offset = -1;
  g_clear_pointer (&self->mention_places, g_array_unref);
  self->mention_index = 0;

  if (entity_id != 0 && self->store != NULL &&
      !(self->mention_places = dsr_store_list_entity_mentions (self->store, entity_id, &error)))
    g_warning ("Cannot list the mentions of entity %" G_GINT64_FORMAT ": %s", entity_id, error->message);

  if (self->marks != NULL)
    dsr_document_marks_highlight_entity (self->marks, entity_id);
  dsr_entity_list_set_step (self->entity_list, 0, 0, 0);
  _dsr_window_update_entity_actions (self);

  if (self->mention_places == NULL || self->mention_places->len == 0)
    return;

  /* A mention clicked in the document stays where it is; an entity chosen in the
   * sidebar shows its first mention, in the document shown if it has one. */
  index = first_mention_index (self, shown_document_id (self), clicked_offset);
  if (index == 0)
    index = first_mention_index (self, shown_document_id (self), -1);
  show_mention (self, index);
}

static void
mention_activated_cb (DsrWindow        *self,
                      gint64            entity_id,
                      gint64            offset,
                      DsrDocumentMarks *marks)
{
  g_autoptr(GPtrArray) selected = dsr_entity_list_dup_selected (self->entity_list);

  adw_view_stack_set_visible_child_name (self->sidebar_view_stack, "entities");

  if (selected->len == 1 && dsr_entity_get_id (selected->pdata[0]) == entity_id && self->mention_places)
    {
      guint index = first_mention_index (self, shown_document_id (self), offset);

      if (index > 0)
        show_mention (self, index);
      return;
    }

  self->clicked_offset = offset;
  if (!dsr_entity_list_select (self->entity_list, entity_id))
    self->clicked_offset = -1;
}

static void
next_mention_action (GSimpleAction *action,
                     GVariant      *param,
                     gpointer       user_data)
{
  step_mention (DSR_WINDOW (user_data), 1);
}

static void
previous_mention_action (GSimpleAction *action,
                         GVariant      *param,
                         gpointer       user_data)
{
  step_mention (DSR_WINDOW (user_data), -1);
}

static void
show_passage_action (GSimpleAction *action,
                     GVariant      *param,
                     gpointer       user_data)
{
  DsrWindow *self = DSR_WINDOW (user_data);
  gint64 document_id, start, end;

  g_variant_get (param, "(xxx)", &document_id, &start, &end);
  if (!select_document (self, document_id))
    return;
  dsr_document_marks_show_range (self->marks, start, end);
}

/* Curating */

static gboolean
begin_edit (DsrWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (!is_writable (self))
    return FALSE;
  if (!dsr_store_begin_undo_record (self->store, &error))
    {
      show_toast (self, error->message, FALSE);
      return FALSE;
    }
  return TRUE;
}

/* Ends an edit begun with begin_edit(): a successful one can be undone and is
 * reported with an Undo button; a failed one changed nothing and says why. */
static void
end_edit (DsrWindow  *self,
          gboolean    done,
          GError     *error,
          const char *title)
{
  g_autoptr(GBytes) record = dsr_store_end_undo_record (self->store);

  /* a new edit: what was undone before it can no longer be redone */
  if (record != NULL)
    g_ptr_array_set_size (self->redo_stack, 0);

  if (!done)
    {
      g_autofree char *message = NULL;

      message = g_strdup_printf ("%s", error != NULL ? error->message : _("The change failed"));
      message[0] = g_unichar_toupper (message[0]);
      /* Parts that committed before the failure can be undone too. */
      if (record != NULL)
        {
          DsrUndoEntry *entry = g_new0 (DsrUndoEntry, 1);

          entry->record = g_steal_pointer (&record);
          entry->title = g_strdup (message);
          g_ptr_array_add (self->undo_stack, entry);
        }
      show_toast (self, message, FALSE);
    }
  else
    {
      if (record != NULL)
        {
          DsrUndoEntry *entry = g_new0 (DsrUndoEntry, 1);

          entry->record = g_steal_pointer (&record);
          entry->title = g_strdup (title);
          g_ptr_array_add (self->undo_stack, entry);
          if (self->undo_stack->len > MAX_UNDO)
            g_ptr_array_remove_index (self->undo_stack, 0);
        }
      show_toast (self, title, TRUE);
    }

  _dsr_window_reload_analysis (self, FALSE);
}

static const char *
tagged_title_format (DsrEntityKind kind)
{
  switch (kind)
    {
    case DSR_ENTITY_PERSON:
      /* Translators: a toast; %s is the name tagged */
      return _("“%s” tagged as a person");
    case DSR_ENTITY_ORG:
      /* Translators: a toast; %s is the name tagged */
      return _("“%s” tagged as an organisation");
    case DSR_ENTITY_PLACE:
      /* Translators: a toast; %s is the name tagged */
      return _("“%s” tagged as a place");
    case DSR_ENTITY_OTHER:
    default:
      /* Translators: a toast; %s is the name tagged */
      return _("“%s” tagged");
    }
}

/**
 * _dsr_window_tag_selection:
 * @kind: what the selected name is
 *
 * Tags the text selected in the document as an entity of @kind, and selects it.
 *
 * Returns: whether it was tagged
 */
gboolean
_dsr_window_tag_selection (DsrWindow     *self,
                           DsrEntityKind  kind)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->document_view));
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  GtkTextIter start, end;
  gint64 document_id = shown_document_id (self);
  gint64 entity_id;

  g_return_val_if_fail (DSR_IS_WINDOW (self), FALSE);

  if (document_id == 0 || !gtk_text_buffer_get_selection_bounds (buffer, &start, &end) || !begin_edit (self))
    return FALSE;

  name = gtk_text_iter_get_text (&start, &end);
  entity_id = dsr_store_tag_entity (self->store, document_id, gtk_text_iter_get_offset (&start),
                                    gtk_text_iter_get_offset (&end), kind, &error);
  title = g_strdup_printf (tagged_title_format (kind), g_strstrip (name));
  end_edit (self, entity_id > 0, error, title);
  if (entity_id > 0)
    {
      gtk_text_buffer_select_range (buffer, &start, &start);
      adw_view_stack_set_visible_child_name (self->sidebar_view_stack, "entities");
      dsr_entity_list_select (self->entity_list, entity_id);
    }
  return entity_id > 0;
}

static void
tag_entity_action (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       user_data)
{
  DsrEntityKind kind = DSR_ENTITY_OTHER;

  if (dsr_entity_kind_from_string (g_variant_get_string (param, NULL), &kind))
    _dsr_window_tag_selection (DSR_WINDOW (user_data), kind);
}

static char *
name_of_selection (GPtrArray *selected)
{
  if (selected->len == 1)
    return g_strdup (dsr_entity_get_name (selected->pdata[0]));
  /* Translators: stands for several entities in a toast, e.g. “3 entities confirmed” */
  return g_strdup_printf (ngettext ("%u entity", "%u entities", selected->len), selected->len);
}

static void
judge_selected (DsrWindow *self,
                gboolean   confirm)
{
  g_autoptr(GPtrArray) selected = dsr_entity_list_dup_selected (self->entity_list);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  gboolean done = TRUE;

  if (selected->len == 0 || !begin_edit (self))
    return;

  for (guint i = 0; done && i < selected->len; i++)
    {
      gint64 id = dsr_entity_get_id (selected->pdata[i]);

      done = confirm ? dsr_store_confirm_entity (self->store, id, &error)
                     : dsr_store_reject_entity (self->store, id, &error);
    }

  name = name_of_selection (selected);
  if (selected->len == 1)
    /* Translators: a toast; %s is an entity's name */
    title = g_strdup_printf (confirm ? _("“%s” confirmed") : _("“%s” rejected"), name);
  else
    /* Translators: a toast; %s is “3 entities” */
    title = g_strdup_printf (confirm ? _("%s confirmed") : _("%s rejected"), name);
  end_edit (self, done, error, title);
}

static void
confirm_entities_action (GSimpleAction *action,
                         GVariant      *param,
                         gpointer       user_data)
{
  judge_selected (DSR_WINDOW (user_data), TRUE);
}

static void
reject_entities_action (GSimpleAction *action,
                        GVariant      *param,
                        gpointer       user_data)
{
  judge_selected (DSR_WINDOW (user_data), FALSE);
}

static void
rename_chosen_cb (DsrEntity  *entity,
                  const char *new_name,
                  gpointer    user_data)
{
  DsrWindow *self = DSR_WINDOW (user_data);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  gboolean done;

  if (!begin_edit (self))
    return;
  done = dsr_store_rename_entity (self->store, dsr_entity_get_id (entity), new_name, &error);
  /* Translators: a toast; the old and the new name of an entity */
  title = g_strdup_printf (_("“%s” renamed “%s”"), dsr_entity_get_name (entity), new_name);
  end_edit (self, done, error, title);
}

static void
rename_entity_action (GSimpleAction *action,
                      GVariant      *param,
                      gpointer       user_data)
{
  DsrWindow *self = DSR_WINDOW (user_data);
  g_autoptr(GPtrArray) selected = dsr_entity_list_dup_selected (self->entity_list);

  if (selected->len != 1)
    return;
  dsr_entity_dialogs_rename (GTK_WINDOW (self), selected->pdata[0], rename_chosen_cb, self);
}

static void
merge_chosen_cb (DsrEntity *target,
                 GPtrArray *entities,
                 gpointer   user_data)
{
  DsrWindow *self = DSR_WINDOW (user_data);
  g_autoptr(GArray) sources = g_array_new (TRUE, TRUE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  gint64 target_id = dsr_entity_get_id (target);
  gboolean done;

  for (guint i = 0; i < entities->len; i++)
    {
      gint64 id = dsr_entity_get_id (entities->pdata[i]);

      if (id != target_id)
        g_array_append_val (sources, id);
    }
  if (sources->len == 0 || !begin_edit (self))
    return;
  done = dsr_store_merge_entities (self->store, target_id, (const gint64 *)(gpointer)sources->data, &error);
  /* Translators: a toast; %u entities were merged into the one named %s */
  title = g_strdup_printf (ngettext ("%u entity merged into “%s”", "%u entities merged into “%s”", sources->len),
                           sources->len, dsr_entity_get_name (target));
  end_edit (self, done, error, title);
  if (done)
    dsr_entity_list_select (self->entity_list, target_id);
}

static void
merge_entities_action (GSimpleAction *action,
                       GVariant      *param,
                       gpointer       user_data)
{
  DsrWindow *self = DSR_WINDOW (user_data);
  g_autoptr(GPtrArray) selected = dsr_entity_list_dup_selected (self->entity_list);

  if (selected->len < 2)
    return;
  dsr_entity_dialogs_merge (GTK_WINDOW (self), selected, merge_chosen_cb, self);
}

/* Undoes (@forward FALSE) or redoes the newest entry of @from, which then goes on
 * @to; an entry that cannot be applied now never can, and is dropped. */
static gboolean
step (DsrWindow *self,
      GPtrArray *from,
      GPtrArray *to,
      gboolean   forward)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  DsrUndoEntry *entry;
  gboolean done;

  if (from->len == 0 || !is_writable (self))
    return FALSE;

  entry = g_ptr_array_steal_index (from, from->len - 1);
  done = forward ? dsr_store_redo (self->store, entry->record, &error)
                 : dsr_store_undo (self->store, entry->record, &error);
  if (done && forward)
    /* Translators: a toast after a redo; %s says what was done again */
    title = g_strdup_printf (_("Redone: %s"), entry->title);
  else if (done)
    /* Translators: a toast after an undo; %s says what was undone */
    title = g_strdup_printf (_("Undone: %s"), entry->title);
  else
    {
      title = g_strdup_printf ("%s", error->message);
      title[0] = g_unichar_toupper (title[0]);
    }
  if (done)
    g_ptr_array_add (to, entry);
  else
    undo_entry_free (entry);

  /* a redone edit can be undone again from its toast */
  show_toast (self, title, done && forward);
  _dsr_window_reload_analysis (self, FALSE);
  return done;
}

/**
 * _dsr_window_undo:
 *
 * Undoes the newest curating edit not undone yet.
 *
 * Returns: whether an edit was undone
 */
gboolean
_dsr_window_undo (DsrWindow *self)
{
  g_return_val_if_fail (DSR_IS_WINDOW (self), FALSE);
  return step (self, self->undo_stack, self->redo_stack, FALSE);
}

/**
 * _dsr_window_redo:
 *
 * Makes again the curating edit undone last, unless an edit was made since.
 *
 * Returns: whether an edit was redone
 */
gboolean
_dsr_window_redo (DsrWindow *self)
{
  g_return_val_if_fail (DSR_IS_WINDOW (self), FALSE);
  return step (self, self->redo_stack, self->undo_stack, TRUE);
}

static void
undo_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  _dsr_window_undo (DSR_WINDOW (user_data));
}

static void
redo_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  _dsr_window_redo (DSR_WINDOW (user_data));
}

static const GActionEntry entity_entries[] = {
  { .name = "tag-entity", .activate = tag_entity_action, .parameter_type = "s" },
  { .name = "confirm-entities", .activate = confirm_entities_action },
  { .name = "reject-entities", .activate = reject_entities_action },
  { .name = "rename-entity", .activate = rename_entity_action },
  { .name = "merge-entities", .activate = merge_entities_action },
  { .name = "undo", .activate = undo_action },
  { .name = "redo", .activate = redo_action },
  { .name = "next-mention", .activate = next_mention_action },
  { .name = "previous-mention", .activate = previous_mention_action },
  { .name = "show-passage", .activate = show_passage_action, .parameter_type = "(xxx)" },
};

static void
add_shortcut (GtkShortcutController *controller,
              const char            *trigger,
              const char            *action,
              GVariant              *target)
{
  GtkShortcut *shortcut = gtk_shortcut_new (gtk_shortcut_trigger_parse_string (trigger),
                                            gtk_named_action_new (action));

  if (target != NULL)
    gtk_shortcut_set_arguments (shortcut, target);
  gtk_shortcut_controller_add_shortcut (controller, shortcut);
}

static GMenuModel *
create_tag_menu (void)
{
  static const struct { const char *label; const char *kind; const char *accel; } items[] = {
    { N_("Tag as _Person"), "person", "<Control>1" },
    { N_("Tag as _Organisation"), "org", "<Control>2" },
    { N_("Tag as P_lace"), "place", "<Control>3" },
    { N_("Tag as O_ther"), "other", "<Control>4" },
  };
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) section = g_menu_new ();

  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_(items[i].label), NULL);

      g_menu_item_set_action_and_target (item, "win.tag-entity", "s", items[i].kind);
      g_menu_item_set_attribute (item, "accel", "s", items[i].accel);
      g_menu_append_item (section, item);
    }
  g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
  return G_MENU_MODEL (menu);
}

static void
sidebar_page_cb (DsrWindow *self)
{
  if (self->entities_stale)
    reload_entities (self);
}

static void
has_selection_cb (DsrWindow *self)
{
  _dsr_window_update_entity_actions (self);
}

void
_dsr_window_init_entities (DsrWindow *self)
{
  GtkShortcutController *shortcuts;
  g_autoptr(GMenuModel) tag_menu = create_tag_menu ();
  static const char *kinds[] = { "person", "org", "place", "other" };

  g_assert (DSR_IS_WINDOW (self));

  self->undo_stack = g_ptr_array_new_with_free_func (undo_entry_free);
  self->redo_stack = g_ptr_array_new_with_free_func (undo_entry_free);
  self->clicked_offset = -1;

  g_action_map_add_action_entries (G_ACTION_MAP (self), entity_entries, G_N_ELEMENTS (entity_entries), self);

  shortcuts = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());
  gtk_shortcut_controller_set_scope (shortcuts, GTK_SHORTCUT_SCOPE_MANAGED);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autofree char *trigger = g_strdup_printf ("<Control>%u", i + 1);

      add_shortcut (shortcuts, trigger, "win.tag-entity", g_variant_new_string (kinds[i]));
    }
  add_shortcut (shortcuts, "<Control>z", "win.undo", NULL);
  add_shortcut (shortcuts, "<Control><Shift>z", "win.redo", NULL);
  add_shortcut (shortcuts, "F3", "win.next-mention", NULL);
  add_shortcut (shortcuts, "<Shift>F3", "win.previous-mention", NULL);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (shortcuts));

  gtk_text_view_set_extra_menu (GTK_TEXT_VIEW (self->document_view), tag_menu);
  g_signal_connect_object (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->document_view)),
                           "notify::has-selection", G_CALLBACK (has_selection_cb), self, G_CONNECT_SWAPPED);

  self->marks = dsr_document_marks_new (GTK_TEXT_VIEW (self->document_view));
  g_signal_connect_object (self->marks, "mention-activated", G_CALLBACK (mention_activated_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->entity_list, "selection-changed", G_CALLBACK (entity_selection_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sidebar_view_stack, "notify::visible-child-name",
                           G_CALLBACK (sidebar_page_cb), self, G_CONNECT_SWAPPED);

  _dsr_window_update_entity_actions (self);
}

void
_dsr_window_dispose_entities (DsrWindow *self)
{
  g_assert (DSR_IS_WINDOW (self));

  forget_curation_toast (self);
  g_clear_object (&self->marks);
  g_clear_pointer (&self->mention_places, g_array_unref);
  g_clear_pointer (&self->undo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->redo_stack, g_ptr_array_unref);
}
