/* dsr-document-marks.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-document-marks"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "dsr-document-marks.h"
#include "dsr-entity-row.h"
#include "dsr-store.h"
#include "dsr-text-batch.h"

/* What analysis found, shown over a document view: each mention tinted by its
 * entity's kind, detected quotations underlined with a wavy line whose tooltip names
 * the suggested speaker and the cue, the selected entity's mentions tinted more
 * strongly, and the mention being stepped to underlined. A click on a mention
 * (without selecting text) emits ::mention-activated.
 *
 * It works on the view's buffer by tags, so the document view itself knows nothing
 * of it. Buffer offsets are document offsets (code points). */
struct _DsrDocumentMarks
{
  GObject      parent_instance;

  /* Borrowed */
  GtkTextView *view;                 /* weak */

  /* Owned */
  GArray      *mentions;             /* of DsrMention, by position */
  GArray      *quotes;               /* of DsrStoredQuote, by position */
  gint64       highlighted;          /* entity id, or 0 */
  gint64       scroll_to;            /* offset to bring in sight, or -1 */
  guint        scroll_tick;
  guint        scroll_frames;
  double       scroll_last_y;
  double       press_x;
  double       press_y;
};

G_DEFINE_FINAL_TYPE (DsrDocumentMarks, dsr_document_marks, G_TYPE_OBJECT)

enum {
  MENTION_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define N_KINDS 4

/* Tints that read as a wash of colour behind the text on a light page and on a dark
 * one: GNOME palette hues at low opacity. */
static const char *light_tints[N_KINDS] = {
  "rgba(53,132,228,0.16)", "rgba(145,65,172,0.15)", "rgba(38,162,105,0.17)", "rgba(229,165,10,0.20)",
};
static const char *dark_tints[N_KINDS] = {
  "rgba(98,160,234,0.24)", "rgba(192,97,203,0.26)", "rgba(87,227,137,0.20)", "rgba(248,228,92,0.20)",
};
static const char *light_strong[N_KINDS] = {
  "rgba(53,132,228,0.42)", "rgba(145,65,172,0.38)", "rgba(38,162,105,0.42)", "rgba(229,165,10,0.48)",
};
static const char *dark_strong[N_KINDS] = {
  "rgba(98,160,234,0.55)", "rgba(192,97,203,0.55)", "rgba(87,227,137,0.45)", "rgba(248,228,92,0.45)",
};

static char *
tag_name (const char    *prefix,
          DsrEntityKind  kind)
{
  return g_strdup_printf ("%s-%s", prefix, dsr_entity_kind_css_class (kind));
}

static GtkTextBuffer *
get_buffer (DsrDocumentMarks *self)
{
  return self->view != NULL ? gtk_text_view_get_buffer (self->view) : NULL;
}

static void
update_colors (DsrDocumentMarks *self)
{
  GtkTextBuffer *buffer = get_buffer (self);
  GtkTextTagTable *table;
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  GdkRGBA color;

  if (buffer == NULL)
    return;
  table = gtk_text_buffer_get_tag_table (buffer);

  for (guint k = 0; k < N_KINDS; k++)
    {
      g_autofree char *tint = tag_name ("mention", k);
      g_autofree char *strong = tag_name ("mention-strong", k);

      gdk_rgba_parse (&color, (dark ? dark_tints : light_tints)[k]);
      g_object_set (gtk_text_tag_table_lookup (table, tint), "background-rgba", &color, NULL);
      gdk_rgba_parse (&color, (dark ? dark_strong : light_strong)[k]);
      g_object_set (gtk_text_tag_table_lookup (table, strong), "background-rgba", &color, NULL);
    }

  gdk_rgba_parse (&color, dark ? "rgba(255,255,255,0.55)" : "rgba(0,0,0,0.45)");
  g_object_set (gtk_text_tag_table_lookup (table, "quote"), "underline-rgba", &color, NULL);
  gdk_rgba_parse (&color, dark ? "#78aeed" : "#1c71d8");
  g_object_set (gtk_text_tag_table_lookup (table, "mention-current"), "underline-rgba", &color, NULL);
}

static void
create_tags (DsrDocumentMarks *self)
{
  GtkTextBuffer *buffer = get_buffer (self);

  /* Created after the view's structure tags, so they take priority over them; the
   * strong tints over the plain ones, the current mention over both. */
  for (guint k = 0; k < N_KINDS; k++)
    {
      g_autofree char *name = tag_name ("mention", k);

      gtk_text_buffer_create_tag (buffer, name, NULL);
    }
  for (guint k = 0; k < N_KINDS; k++)
    {
      g_autofree char *name = tag_name ("mention-strong", k);

      gtk_text_buffer_create_tag (buffer, name, NULL);
    }
  gtk_text_buffer_create_tag (buffer, "quote", "underline", PANGO_UNDERLINE_ERROR, NULL);
  gtk_text_buffer_create_tag (buffer, "mention-current", "underline", PANGO_UNDERLINE_DOUBLE, NULL);
  update_colors (self);
}

static gboolean
range_is_valid (GtkTextBuffer *buffer,
                gint64         start,
                gint64         end)
{
  return start >= 0 && start < end && end <= gtk_text_buffer_get_char_count (buffer);
}

static void
apply (GtkTextBuffer *buffer,
       GtkTextTag    *tag,
       gint64         start,
       gint64         end)
{
  GtkTextIter a, b;

  if (!range_is_valid (buffer, start, end))
    return;
  gtk_text_buffer_get_iter_at_offset (buffer, &a, (int)start);
  gtk_text_buffer_get_iter_at_offset (buffer, &b, (int)end);
  gtk_text_buffer_apply_tag (buffer, tag, &a, &b);
}

static void
remove_everywhere (GtkTextBuffer *buffer,
                   const char    *name)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag_by_name (buffer, name, &start, &end);
}

/* Each tag boundary splits the stretch of text around it in two, and GTK counts the
 * characters of both halves again. In the order of the text, each split falls in the
 * long rest of its paragraph; from the middle outwards (the middle mention, then the
 * middle of each half, and so on), the stretches split shrink by half each round. */
static GArray *
halving_order (guint n)
{
  GArray *order = g_array_sized_new (FALSE, FALSE, sizeof (guint), n);
  g_autoptr(GArray) ranges = g_array_new (FALSE, FALSE, sizeof (guint));   /* pairs: [lo, hi) */
  guint bounds[2] = { 0, n };

  g_array_append_vals (ranges, bounds, 2);
  for (guint next = 0; next < ranges->len; next += 2)
    {
      guint lo = g_array_index (ranges, guint, next);
      guint hi = g_array_index (ranges, guint, next + 1);
      guint mid = lo + (hi - lo) / 2;
      guint left[2] = { lo, mid };
      guint right[2] = { mid + 1, hi };

      if (lo >= hi)
        continue;
      g_array_append_val (order, mid);
      g_array_append_vals (ranges, left, 2);
      g_array_append_vals (ranges, right, 2);
    }
  return order;
}

static const DsrMention *
mention_at (DsrDocumentMarks *self,
            gint64            offset)
{
  const DsrMention *found = NULL;

  for (guint i = 0; self->mentions != NULL && i < self->mentions->len; i++)
    {
      const DsrMention *m = &g_array_index (self->mentions, DsrMention, i);

      if (m->start > offset)
        break;
      /* The innermost wins: “Belozar” inside “Belozar Labs” if both are there. */
      if (m->state != DSR_ENTITY_REJECTED && offset < m->end &&
          (found == NULL || m->end - m->start < found->end - found->start))
        found = m;
    }
  return found;
}

static const DsrStoredQuote *
quote_at (DsrDocumentMarks *self,
          gint64            offset)
{
  for (guint i = 0; self->quotes != NULL && i < self->quotes->len; i++)
    {
      const DsrStoredQuote *q = &g_array_index (self->quotes, DsrStoredQuote, i);

      if (q->start > offset)
        break;
      if (!q->scare && offset < q->end)
        return q;
    }
  return NULL;
}

static gboolean
offset_at_widget_point (DsrDocumentMarks *self,
                        double            x,
                        double            y,
                        gint64           *offset)
{
  GtkTextIter iter;
  int bx, by;

  gtk_text_view_window_to_buffer_coords (self->view, GTK_TEXT_WINDOW_WIDGET, (int)x, (int)y, &bx, &by);
  if (!gtk_text_view_get_iter_at_location (self->view, &iter, bx, by))
    return FALSE;
  *offset = gtk_text_iter_get_offset (&iter);
  return TRUE;
}

static gboolean
query_tooltip_cb (GtkWidget        *widget,
                  int               x,
                  int               y,
                  gboolean          keyboard,
                  GtkTooltip       *tooltip,
                  DsrDocumentMarks *self)
{
  g_autofree char *markup = NULL;
  gint64 offset;

  if (keyboard || !offset_at_widget_point (self, x, y, &offset))
    return FALSE;
  if (!(markup = dsr_document_marks_dup_tooltip_at (self, offset)))
    return FALSE;
  gtk_tooltip_set_markup (tooltip, markup);
  return TRUE;
}

/* A click is a press and a release at nearly the same place that selected nothing;
 * the view's own gesture claims the press, so raw events are watched. */
static gboolean
event_cb (GtkEventControllerLegacy *controller,
          GdkEvent                 *event,
          DsrDocumentMarks         *self)
{
  GtkTextBuffer *buffer = get_buffer (self);
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  GdkEventType type = gdk_event_get_event_type (event);
  double x, y;
  graphene_point_t point;
  GtkNative *native;
  double nx, ny;
  gint64 offset, entity_id;

  if ((type != GDK_BUTTON_PRESS && type != GDK_BUTTON_RELEASE) ||
      gdk_button_event_get_button (event) != GDK_BUTTON_PRIMARY || buffer == NULL)
    return FALSE;

  /* Event positions are in the native's surface coordinates. */
  native = gtk_widget_get_native (widget);
  gdk_event_get_position (event, &x, &y);
  gtk_native_get_surface_transform (native, &nx, &ny);
  if (!gtk_widget_compute_point (GTK_WIDGET (native), widget,
                                 &GRAPHENE_POINT_INIT (x - nx, y - ny), &point))
    return FALSE;

  if (type == GDK_BUTTON_PRESS)
    {
      self->press_x = point.x;
      self->press_y = point.y;
      return FALSE;
    }

  if (ABS (point.x - self->press_x) > 4 || ABS (point.y - self->press_y) > 4 ||
      gtk_text_buffer_get_has_selection (buffer) ||
      !offset_at_widget_point (self, point.x, point.y, &offset) ||
      (entity_id = dsr_document_marks_entity_at (self, offset)) == 0)
    return FALSE;

  g_signal_emit (self, signals[MENTION_ACTIVATED], 0, entity_id, offset);
  return FALSE;
}

/* Scrolls the view's scrolled window so that scroll_to is a third of the way down;
 * the view has no adjustments of its own, it scrolls with the document header. */
static double
scroll_now (DsrDocumentMarks *self)
{
  GtkTextBuffer *buffer = get_buffer (self);
  GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (self->view), GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment;
  GdkRectangle location;
  GtkTextIter iter;
  graphene_point_t point;
  double content_y;

  if (scroller == NULL || buffer == NULL || self->scroll_to < 0 ||
      self->scroll_to > gtk_text_buffer_get_char_count (buffer))
    return -1;
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, (int)self->scroll_to);
  gtk_text_view_get_iter_location (self->view, &iter, &location);
  gtk_text_view_buffer_to_window_coords (self->view, GTK_TEXT_WINDOW_WIDGET, location.x, location.y,
                                         &location.x, &location.y);
  /* Relative to the scrolled window's child, the point moves as it scrolls; add
   * the scroll to get where it is in the content. */
  if (!gtk_widget_compute_point (GTK_WIDGET (self->view), gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller)),
                                 &GRAPHENE_POINT_INIT (location.x, location.y), &point))
    return -1;
  content_y = gtk_adjustment_get_value (adjustment) + point.y;
  gtk_adjustment_set_value (adjustment, content_y - gtk_adjustment_get_page_size (adjustment) / 3);
  return content_y;
}

static gboolean
scroll_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  DsrDocumentMarks *self = user_data;
  double y = scroll_now (self);

  /* Lines above the target are measured over a few frames as the view validates
   * them; the scroll follows until the target stays put. */
  if (y != self->scroll_last_y && self->scroll_frames > 0 && --self->scroll_frames > 0)
    {
      self->scroll_last_y = y;
      return G_SOURCE_CONTINUE;
    }
  self->scroll_tick = 0;
  return G_SOURCE_REMOVE;
}

static void
dsr_document_marks_dispose (GObject *object)
{
  DsrDocumentMarks *self = (DsrDocumentMarks *)object;

  if (self->view != NULL)
    {
      if (self->scroll_tick != 0)
        gtk_widget_remove_tick_callback (GTK_WIDGET (self->view), self->scroll_tick);
      self->scroll_tick = 0;
      g_signal_handlers_disconnect_by_data (self->view, self);
      g_object_remove_weak_pointer (G_OBJECT (self->view), (gpointer *)&self->view);
      self->view = NULL;
    }

  G_OBJECT_CLASS (dsr_document_marks_parent_class)->dispose (object);
}

static void
dsr_document_marks_finalize (GObject *object)
{
  DsrDocumentMarks *self = (DsrDocumentMarks *)object;

  g_clear_pointer (&self->mentions, g_array_unref);
  g_clear_pointer (&self->quotes, g_array_unref);

  G_OBJECT_CLASS (dsr_document_marks_parent_class)->finalize (object);
}

static void
dsr_document_marks_class_init (DsrDocumentMarksClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dsr_document_marks_dispose;
  object_class->finalize = dsr_document_marks_finalize;

  /**
   * DsrDocumentMarks::mention-activated:
   * @entity_id: the entity mentioned
   * @offset: where the mention was clicked
   *
   * A mention was clicked.
   */
  signals[MENTION_ACTIVATED] = g_signal_new ("mention-activated", G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                             G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_INT64);
}

static void
dsr_document_marks_init (DsrDocumentMarks *self)
{
  self->scroll_to = -1;
}

/**
 * dsr_document_marks_new:
 * @view: the view to mark; the marks live as long as it does, or until disposed
 */
DsrDocumentMarks *
dsr_document_marks_new (GtkTextView *view)
{
  DsrDocumentMarks *self;
  GtkEventController *controller;

  g_return_val_if_fail (GTK_IS_TEXT_VIEW (view), NULL);

  self = g_object_new (DSR_TYPE_DOCUMENT_MARKS, NULL);
  self->view = view;
  g_object_add_weak_pointer (G_OBJECT (view), (gpointer *)&self->view);

  create_tags (self);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (update_colors), self, G_CONNECT_SWAPPED);

  gtk_widget_set_has_tooltip (GTK_WIDGET (view), TRUE);
  g_signal_connect (view, "query-tooltip", G_CALLBACK (query_tooltip_cb), self);

  controller = gtk_event_controller_legacy_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "event", G_CALLBACK (event_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (view), controller);

  return self;
}

/* Adds the stretches its tags cover to @ranges: each mention tinted by its kind,
 * more strongly if its entity is the one highlighted, and each quotation. */
static void
add_ranges (DsrDocumentMarks *self,
            GtkTextTagTable  *table,
            GArray           *ranges)
{
  GtkTextTag *tints[N_KINDS], *strong_tints[N_KINDS];
  GtkTextTag *quote_tag = gtk_text_tag_table_lookup (table, "quote");

  for (guint k = 0; k < N_KINDS; k++)
    {
      g_autofree char *tint = tag_name ("mention", k);
      g_autofree char *strong = tag_name ("mention-strong", k);

      tints[k] = gtk_text_tag_table_lookup (table, tint);
      strong_tints[k] = gtk_text_tag_table_lookup (table, strong);
    }

  for (guint i = 0; self->mentions != NULL && i < self->mentions->len; i++)
    {
      const DsrMention *m = &g_array_index (self->mentions, DsrMention, i);
      DsrTagRange range = { m->start, m->end, NULL };

      if (m->state == DSR_ENTITY_REJECTED)
        continue;
      /* The kind comes from the file: the last tint stands for any unknown one. */
      range.tag = (m->entity_id == self->highlighted ? strong_tints : tints)[CLAMP ((int)m->kind, 0, N_KINDS - 1)];
      g_array_append_val (ranges, range);
    }
  for (guint i = 0; self->quotes != NULL && i < self->quotes->len; i++)
    {
      const DsrStoredQuote *q = &g_array_index (self->quotes, DsrStoredQuote, i);
      DsrTagRange range = { q->start, q->end, quote_tag };

      if (!q->scare)
        g_array_append_val (ranges, range);
    }
}

static void
take_analysis (DsrDocumentMarks *self,
               GArray           *mentions,
               GArray           *quotes)
{
  g_autoptr(GArray) old_mentions = g_steal_pointer (&self->mentions);
  g_autoptr(GArray) old_quotes = g_steal_pointer (&self->quotes);

  self->mentions = mentions ? g_array_ref (mentions) : NULL;
  self->quotes = quotes ? g_array_ref (quotes) : NULL;
}

/**
 * dsr_document_marks_prepare:
 * @mentions: (nullable) (element-type DsrMention): the mentions of a text about to
 *   be shown, by position
 * @quotes: (nullable) (element-type DsrStoredQuote): its quotations, by position
 * @ranges: (element-type DsrTagRange): where to add the stretches that mark it
 *
 * Takes the analysis of a text the view is about to show, and adds its marks to
 * @ranges for dsr_document_view_set_content(): marks that go into the buffer with
 * the text cost a fraction of marks applied to it afterwards.
 */
void
dsr_document_marks_prepare (DsrDocumentMarks *self,
                            GArray           *mentions,
                            GArray           *quotes,
                            GArray           *ranges)
{
  g_return_if_fail (DSR_IS_DOCUMENT_MARKS (self));
  g_return_if_fail (ranges != NULL);

  take_analysis (self, mentions, quotes);
  if (get_buffer (self) != NULL)
    add_ranges (self, gtk_text_buffer_get_tag_table (get_buffer (self)), ranges);
}

/**
 * dsr_document_marks_set_analysis:
 * @mentions: (nullable) (element-type DsrMention): the document's mentions, by position
 * @quotes: (nullable) (element-type DsrStoredQuote): its quotations, by position
 *
 * Marks the text the view shows now again, after its analysis changed.
 */
void
dsr_document_marks_set_analysis (DsrDocumentMarks *self,
                                 GArray           *mentions,
                                 GArray           *quotes)
{
  g_autoptr(GArray) ranges = NULL;
  g_autoptr(GArray) order = NULL;
  GtkTextBuffer *buffer;

  g_return_if_fail (DSR_IS_DOCUMENT_MARKS (self));

  take_analysis (self, mentions, quotes);
  if (get_buffer (self) == NULL)
    return;

  /* Thousands of tags go on at once: on a buffer the view does not show meanwhile. */
  buffer = dsr_text_view_detach_buffer (self->view);

  for (guint k = 0; k < N_KINDS; k++)
    {
      g_autofree char *tint = tag_name ("mention", k);
      g_autofree char *strong = tag_name ("mention-strong", k);

      remove_everywhere (buffer, tint);
      remove_everywhere (buffer, strong);
    }
  remove_everywhere (buffer, "quote");
  remove_everywhere (buffer, "mention-current");

  ranges = dsr_tag_ranges_new ();
  add_ranges (self, gtk_text_buffer_get_tag_table (buffer), ranges);
  order = halving_order (ranges->len);
  for (guint j = 0; j < order->len; j++)
    {
      const DsrTagRange *range = &g_array_index (ranges, DsrTagRange, g_array_index (order, guint, j));

      apply (buffer, range->tag, range->start, range->end);
    }

  dsr_text_view_attach_buffer (self->view, buffer);
}

/* Sets the tint of each of @entity_id's mentions to @tags, by kind; @unset, the
 * other tints, go from them. Any other mention of the same stretch keeps its own
 * tint: a highlighted mention keeps its plain tint under the strong one, which
 * wins as it was created later. */
static void
tint_mentions (DsrDocumentMarks  *self,
               GtkTextBuffer     *buffer,
               gint64             entity_id,
               GtkTextTag       **tags,
               GtkTextTag       **unset)
{
  for (guint i = 0; self->mentions != NULL && i < self->mentions->len; i++)
    {
      const DsrMention *m = &g_array_index (self->mentions, DsrMention, i);
      int kind = CLAMP ((int)m->kind, 0, N_KINDS - 1);
      GtkTextIter start, end;

      if (m->entity_id != entity_id || m->state == DSR_ENTITY_REJECTED ||
          !range_is_valid (buffer, m->start, m->end))
        continue;
      gtk_text_buffer_get_iter_at_offset (buffer, &start, (int)m->start);
      gtk_text_buffer_get_iter_at_offset (buffer, &end, (int)m->end);
      gtk_text_buffer_apply_tag (buffer, tags[kind], &start, &end);
      if (unset != NULL)
        gtk_text_buffer_remove_tag (buffer, unset[kind], &start, &end);
    }
}

/**
 * dsr_document_marks_highlight_entity:
 * @entity_id: the entity whose mentions stand out, or 0 for none
 *
 * Only the mentions of the entity highlighted before and of @entity_id change,
 * which in a long document is far less than marking it again.
 */
void
dsr_document_marks_highlight_entity (DsrDocumentMarks *self,
                                     gint64            entity_id)
{
  GtkTextTag *tints[N_KINDS], *strong_tints[N_KINDS];
  GtkTextTagTable *table;
  GtkTextBuffer *buffer;
  gint64 previous;

  g_return_if_fail (DSR_IS_DOCUMENT_MARKS (self));

  if (entity_id == self->highlighted)
    return;
  previous = self->highlighted;
  self->highlighted = entity_id;
  if (get_buffer (self) == NULL)
    return;

  table = gtk_text_buffer_get_tag_table (get_buffer (self));
  for (guint k = 0; k < N_KINDS; k++)
    {
      g_autofree char *tint = tag_name ("mention", k);
      g_autofree char *strong = tag_name ("mention-strong", k);

      tints[k] = gtk_text_tag_table_lookup (table, tint);
      strong_tints[k] = gtk_text_tag_table_lookup (table, strong);
    }

  /* An entity may be mentioned thousands of times: on a buffer the view does not
   * show meanwhile. */
  buffer = dsr_text_view_detach_buffer (self->view);
  if (previous != 0)
    tint_mentions (self, buffer, previous, tints, strong_tints);
  if (entity_id != 0)
    tint_mentions (self, buffer, entity_id, strong_tints, NULL);
  dsr_text_view_attach_buffer (self->view, buffer);
}

/**
 * dsr_document_marks_show_range:
 *
 * Underlines the passage @start-@end as the one stepped to, and scrolls the view's
 * scrolled window so that it is in sight, a third of the way down.
 */
void
dsr_document_marks_show_range (DsrDocumentMarks *self,
                               gint64            start,
                               gint64            end)
{
  GtkTextBuffer *buffer;

  g_return_if_fail (DSR_IS_DOCUMENT_MARKS (self));

  if (!(buffer = get_buffer (self)) || !range_is_valid (buffer, start, end))
    return;

  remove_everywhere (buffer, "mention-current");
  apply (buffer, gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "mention-current"),
         start, end);

  /* A text just shown is laid out, and its scrolled window reset, only in the frames
   * to come: the scroll waits for them. */
  self->scroll_to = start;
  self->scroll_frames = 30;
  self->scroll_last_y = -1;
  if (self->scroll_tick == 0)
    self->scroll_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->view), scroll_tick_cb, self, NULL);
}

/**
 * dsr_document_marks_entity_at:
 *
 * Returns: the entity mentioned at @offset, or 0
 */
gint64
dsr_document_marks_entity_at (DsrDocumentMarks *self,
                              gint64            offset)
{
  const DsrMention *mention;

  g_return_val_if_fail (DSR_IS_DOCUMENT_MARKS (self), 0);

  mention = mention_at (self, offset);
  return mention != NULL ? mention->entity_id : 0;
}

static const char *
kind_label (DsrEntityKind kind)
{
  switch (kind)
    {
    case DSR_ENTITY_PERSON:
      return _("Person");
    case DSR_ENTITY_ORG:
      return _("Organisation");
    case DSR_ENTITY_PLACE:
      return _("Place");
    case DSR_ENTITY_OTHER:
    default:
      return _("Other");
    }
}

/**
 * dsr_document_marks_dup_tooltip_at:
 *
 * Returns: (nullable): Pango markup saying what is at @offset: the entity mentioned
 *   there, and the quotation with its suggested speaker and cue; %NULL for plain text
 */
char *
dsr_document_marks_dup_tooltip_at (DsrDocumentMarks *self,
                                   gint64            offset)
{
  const DsrMention *mention;
  const DsrStoredQuote *quote;
  g_autoptr(GString) markup = g_string_new (NULL);

  g_return_val_if_fail (DSR_IS_DOCUMENT_MARKS (self), NULL);

  if ((quote = quote_at (self, offset)))
    {
      g_autofree char *speaker = g_markup_escape_text (quote->speaker ? quote->speaker : "", -1);

      if (quote->speaker != NULL)
        /* Translators: tooltip over a detected quotation; %s is the suggested speaker */
        g_string_append_printf (markup, _("Quotation, said by <b>%s</b> (suggested)"), speaker);
      else
        g_string_append (markup, _("Quotation; no speaker was found"));
      if (quote->cue != NULL)
        {
          g_autofree char *cue = g_markup_escape_text (quote->cue, -1);

          g_string_append_c (markup, '\n');
          /* Translators: in the tooltip over a quotation: the words that attribute it, e.g. “said” */
          g_string_append_printf (markup, _("Cue: “%s”"), cue);
        }
    }

  if ((mention = mention_at (self, offset)))
    {
      g_autofree char *name = g_markup_escape_text (mention->name, -1);

      if (markup->len > 0)
        g_string_append (markup, "\n\n");
      g_string_append_printf (markup, "<b>%s</b> · %s", name, kind_label (mention->kind));
      if (mention->state == DSR_ENTITY_SUGGESTED)
        g_string_append_printf (markup, " · %s", _("suggested"));
    }

  return markup->len > 0 ? g_string_free (g_steal_pointer (&markup), FALSE) : NULL;
}
