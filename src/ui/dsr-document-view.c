/* dsr-document-view.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-document-view"

#include "config.h"

#include <adwaita.h>

#include "dsr-document-content.h"
#include "dsr-document-view.h"
#include "dsr-text-batch.h"

/* A read-only reader for one document's stored text. The buffer holds exactly the
 * stored text, so a buffer offset is a document offset (both count code points);
 * structure is shown with tags, and list bullets are painted, never inserted. */
struct _DsrDocumentView
{
  GtkTextView  parent_instance;

  /* Owned */
  GArray      *list_item_starts;   /* gint64 offsets where a list item begins */
  GArray      *quote_ranges;       /* pairs of gint64: start and end of each block quote */

  /* Borrowed */
  GtkTextTag  *link_tag;
};

G_DEFINE_FINAL_TYPE (DsrDocumentView, dsr_document_view, GTK_TYPE_TEXT_VIEW)

#define BLOCK_INDENT  28
#define BULLET_SIZE    5

static const char *heading_tags[] = {
  "heading-1", "heading-2", "heading-3", "heading-4", "heading-5", "heading-6",
};

static void
update_link_color (DsrDocumentView *self)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  GdkRGBA color;

  g_assert (DSR_IS_DOCUMENT_VIEW (self));

  /* Adwaita's link colours; a GtkTextTag cannot take them from CSS. */
  gdk_rgba_parse (&color, adw_style_manager_get_dark (style_manager) ? "#78aeed" : "#1c71d8");
  g_object_set (self->link_tag, "foreground-rgba", &color, NULL);
}

static void
create_tags (DsrDocumentView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  static const double heading_scale[] = { 1.6, 1.3, 1.15, 1.0, 1.0, 1.0 };

  g_assert (DSR_IS_DOCUMENT_VIEW (self));

  /* Creation order is priority order: inline tags win over block tags. */
  gtk_text_buffer_create_tag (buffer, "paragraph", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (heading_tags); i++)
    gtk_text_buffer_create_tag (buffer, heading_tags[i],
                                "weight", PANGO_WEIGHT_BOLD,
                                "scale", heading_scale[i],
                                "pixels-above-lines", i == 0 ? 0 : 6,
                                "pixels-below-lines", 2,
                                NULL);
  gtk_text_buffer_create_tag (buffer, "blockquote",
                              "left-margin", BLOCK_INDENT,
                              "right-margin", BLOCK_INDENT,
                              "style", PANGO_STYLE_ITALIC,
                              NULL);
  gtk_text_buffer_create_tag (buffer, "list-item",
                              "left-margin", BLOCK_INDENT,
                              NULL);
  gtk_text_buffer_create_tag (buffer, "caption",
                              "scale", PANGO_SCALE_SMALL,
                              "style", PANGO_STYLE_ITALIC,
                              NULL);
  gtk_text_buffer_create_tag (buffer, "page", NULL);
  gtk_text_buffer_create_tag (buffer, "code",
                              "family", "Monospace",
                              NULL);
  gtk_text_buffer_create_tag (buffer, "emphasis",
                              "style", PANGO_STYLE_ITALIC,
                              NULL);
  gtk_text_buffer_create_tag (buffer, "strong",
                              "weight", PANGO_WEIGHT_BOLD,
                              NULL);
  self->link_tag = gtk_text_buffer_create_tag (buffer, "link",
                                               "underline", PANGO_UNDERLINE_SINGLE,
                                               NULL);
  update_link_color (self);
}

static void
dsr_document_view_snapshot_layer (GtkTextView      *text_view,
                                  GtkTextViewLayer  layer,
                                  GtkSnapshot      *snapshot)
{
  DsrDocumentView *self = (DsrDocumentView *)text_view;
  GtkTextBuffer *buffer;
  GdkRGBA color;

  if (GTK_TEXT_VIEW_CLASS (dsr_document_view_parent_class)->snapshot_layer != NULL)
    GTK_TEXT_VIEW_CLASS (dsr_document_view_parent_class)->snapshot_layer (text_view, layer, snapshot);

  if (layer != GTK_TEXT_VIEW_LAYER_BELOW_TEXT)
    return;

  buffer = gtk_text_view_get_buffer (text_view);
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), &color);
  color.alpha *= 0.7f;

  /* A rule down the indent of each block quote. */
  for (guint i = 0; i + 1 < self->quote_ranges->len; i += 2)
    {
      GdkRectangle first, last;
      GtkTextIter iter;
      GdkRGBA rule = color;

      gtk_text_buffer_get_iter_at_offset (buffer, &iter,
                                          (int)g_array_index (self->quote_ranges, gint64, i));
      gtk_text_view_get_iter_location (text_view, &iter, &first);
      gtk_text_buffer_get_iter_at_offset (buffer, &iter,
                                          (int)g_array_index (self->quote_ranges, gint64, i + 1) - 1);
      gtk_text_view_get_iter_location (text_view, &iter, &last);

      rule.alpha *= 0.4f;
      gtk_snapshot_append_color (snapshot, &rule,
                                 &GRAPHENE_RECT_INIT (first.x - BLOCK_INDENT / 2.0f - 1.5f, first.y,
                                                      3, last.y + last.height - first.y));
    }

  /* A bullet in the list item's indent, centred on its first line. */
  for (guint i = 0; i < self->list_item_starts->len; i++)
    {
      gint64 offset = g_array_index (self->list_item_starts, gint64, i);
      GdkRectangle location;
      GtkTextIter iter;
      GskRoundedRect dot;

      gtk_text_buffer_get_iter_at_offset (buffer, &iter, (int)offset);
      gtk_text_view_get_iter_location (text_view, &iter, &location);
      gsk_rounded_rect_init_from_rect (&dot,
                                       &GRAPHENE_RECT_INIT (location.x - BLOCK_INDENT / 2.0f - BULLET_SIZE / 2.0f,
                                                            location.y + location.height / 2.0f - BULLET_SIZE / 2.0f,
                                                            BULLET_SIZE, BULLET_SIZE),
                                       BULLET_SIZE / 2.0f);
      gtk_snapshot_push_rounded_clip (snapshot, &dot);
      gtk_snapshot_append_color (snapshot, &color, &dot.bounds);
      gtk_snapshot_pop (snapshot);
    }
}

/* The view sits in a scrolled window together with the document's header, so it
 * has no adjustments of its own; without a caret, the keys that would move the
 * caret scroll that window instead. */
static void
dsr_document_view_move_cursor (GtkTextView     *text_view,
                               GtkMovementStep  step,
                               int              count,
                               gboolean         extend_selection)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (text_view), GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment;
  double value;

  if (gtk_text_view_get_cursor_visible (text_view) || scroller == NULL)
    {
      GTK_TEXT_VIEW_CLASS (dsr_document_view_parent_class)->move_cursor (text_view, step, count,
                                                                         extend_selection);
      return;
    }

  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  value = gtk_adjustment_get_value (adjustment);

  switch (step)
    {
    case GTK_MOVEMENT_DISPLAY_LINES:
    case GTK_MOVEMENT_PARAGRAPHS:
      value += count * MAX (gtk_adjustment_get_step_increment (adjustment), 40.0);
      break;
    case GTK_MOVEMENT_PAGES:
      value += count * gtk_adjustment_get_page_increment (adjustment);
      break;
    case GTK_MOVEMENT_BUFFER_ENDS:
      value = count < 0 ? gtk_adjustment_get_lower (adjustment) : gtk_adjustment_get_upper (adjustment);
      break;
    case GTK_MOVEMENT_LOGICAL_POSITIONS:
    case GTK_MOVEMENT_VISUAL_POSITIONS:
    case GTK_MOVEMENT_WORDS:
    case GTK_MOVEMENT_DISPLAY_LINE_ENDS:
    case GTK_MOVEMENT_PARAGRAPH_ENDS:
    case GTK_MOVEMENT_HORIZONTAL_PAGES:
    default:
      return;
    }

  gtk_adjustment_set_value (adjustment, value);
}

static void
dsr_document_view_finalize (GObject *object)
{
  DsrDocumentView *self = (DsrDocumentView *)object;

  g_clear_pointer (&self->list_item_starts, g_array_unref);
  g_clear_pointer (&self->quote_ranges, g_array_unref);

  G_OBJECT_CLASS (dsr_document_view_parent_class)->finalize (object);
}

static void
dsr_document_view_class_init (DsrDocumentViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkTextViewClass *text_view_class = GTK_TEXT_VIEW_CLASS (klass);

  object_class->finalize = dsr_document_view_finalize;

  text_view_class->snapshot_layer = dsr_document_view_snapshot_layer;
  text_view_class->move_cursor = dsr_document_view_move_cursor;

  gtk_widget_class_set_css_name (widget_class, "documentview");
}

static void
dsr_document_view_init (DsrDocumentView *self)
{
  GtkTextView *text_view = GTK_TEXT_VIEW (self);

  self->list_item_starts = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->quote_ranges = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_text_view_set_editable (text_view, FALSE);
  gtk_text_view_set_cursor_visible (text_view, FALSE);
  gtk_text_view_set_wrap_mode (text_view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_pixels_inside_wrap (text_view, 3);
  gtk_text_view_set_pixels_below_lines (text_view, 3);

  create_tags (self);

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (update_link_color), self, G_CONNECT_SWAPPED);
}

GtkWidget *
dsr_document_view_new (void)
{
  return g_object_new (DSR_TYPE_DOCUMENT_VIEW, NULL);
}

/**
 * dsr_document_view_tag_name:
 * @kind: the kind of a structure span
 * @level: its heading level, for headings
 *
 * Returns: (nullable): the name of the buffer tag that shows spans of @kind
 */
const char *
dsr_document_view_tag_name (DsrSpanKind kind,
                            int         level)
{
  switch (kind)
    {
    case DSR_SPAN_HEADING:
      return heading_tags[CLAMP (level, 1, (int)G_N_ELEMENTS (heading_tags)) - 1];
    case DSR_SPAN_PARAGRAPH:
      return "paragraph";
    case DSR_SPAN_BLOCKQUOTE:
      return "blockquote";
    case DSR_SPAN_LIST_ITEM:
      return "list-item";
    case DSR_SPAN_LINK:
      return "link";
    case DSR_SPAN_EMPHASIS:
      return "emphasis";
    case DSR_SPAN_STRONG:
      return "strong";
    case DSR_SPAN_CODE:
      return "code";
    case DSR_SPAN_CAPTION:
      return "caption";
    case DSR_SPAN_PAGE:
      return "page";
    default:
      return NULL;
    }
}

/**
 * dsr_document_view_set_content:
 * @self: a #DsrDocumentView
 * @text: (nullable): the document's stored text, or %NULL to clear the view
 * @spans: (nullable) (element-type DsrSpan): its structure spans
 * @ranges: (nullable) (element-type DsrTagRange): more stretches to tag, such as
 *   dsr_document_marks_prepare() gives; sorted here
 *
 * Shows @text unchanged, with @spans and @ranges as tags over it.
 */
void
dsr_document_view_set_content (DsrDocumentView *self,
                               const char      *text,
                               GArray          *spans,
                               GArray          *ranges)
{
  GtkTextBuffer *buffer;
  GtkTextTagTable *table;
  g_autoptr(GArray) all_ranges = NULL;
  GtkTextIter start;
  int n_chars;

  g_return_if_fail (DSR_IS_DOCUMENT_VIEW (self));

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  table = gtk_text_buffer_get_tag_table (buffer);
  g_array_set_size (self->list_item_starts, 0);
  g_array_set_size (self->quote_ranges, 0);

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    {
      if (text != NULL)
        g_warning ("Document text is not valid UTF-8; not shown");
      gtk_text_buffer_set_text (buffer, "", 0);
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return;
    }

  all_ranges = dsr_tag_ranges_new ();
  for (guint i = 0; spans != NULL && i < spans->len; i++)
    {
      const DsrSpan *span = &g_array_index (spans, DsrSpan, i);
      const char *tag_name = dsr_document_view_tag_name (span->kind, span->level);
      DsrTagRange range = { span->start, span->end, NULL };

      /* Spans come from the file: the fill leaves out damaged ones, those that
       * are empty or reach past the text. */
      if (tag_name == NULL)
        continue;
      range.tag = gtk_text_tag_table_lookup (table, tag_name);
      g_array_append_val (all_ranges, range);
    }
  if (ranges != NULL)
    g_array_append_vals (all_ranges, ranges->data, ranges->len);

  /* Thousands of tags go in with the text: on a buffer the view does not show
   * meanwhile. The old text goes while it does, for the view to forget its lines
   * (it keeps what it drew of them, and a detached buffer cannot tell it). */
  gtk_text_buffer_set_text (buffer, "", 0);
  buffer = dsr_text_view_detach_buffer (GTK_TEXT_VIEW (self));
  dsr_text_buffer_fill (buffer, text, all_ranges);
  gtk_text_buffer_get_start_iter (buffer, &start);
  gtk_text_buffer_place_cursor (buffer, &start);
  dsr_text_view_attach_buffer (GTK_TEXT_VIEW (self), buffer);

  n_chars = gtk_text_buffer_get_char_count (buffer);
  for (guint i = 0; spans != NULL && i < spans->len; i++)
    {
      const DsrSpan *span = &g_array_index (spans, DsrSpan, i);

      if (span->start < 0 || span->end > n_chars || span->start >= span->end)
        continue;
      if (span->kind == DSR_SPAN_LIST_ITEM)
        g_array_append_val (self->list_item_starts, span->start);
      else if (span->kind == DSR_SPAN_BLOCKQUOTE)
        {
          g_array_append_val (self->quote_ranges, span->start);
          g_array_append_val (self->quote_ranges, span->end);
        }
    }

  gtk_widget_queue_draw (GTK_WIDGET (self));
}
