/* dsr-board-view.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-board-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "dsr-board-layout.h"
#include "dsr-board-painter.h"
#include "dsr-board-tiles.h"
#include "dsr-board-view.h"

/* The evidence board: one widget that paints the board through the shared painter
 * (only what is visible) and turns pointer and keys into board edits. Cards are not
 * widgets; hit tests go through the scene's grid index. Every edit goes through the
 * history, so it is stored at once and can be undone. */

#define MIN_SCALE 0.005     /* far out the board is drawn into pixels: a card keeps one */
#define MAX_SCALE 4.0
#define ZOOM_STEP 1.25
#define LINK_TOLERANCE 6.0   /* pixels around a string that pick it */
#define NUDGE 10.0           /* board units an arrow key moves cards */
#define ANIMATE_MS 300       /* an auto-arrange glides this long */
#define ANIMATE_MAX_CARDS 400

typedef enum
{
  DRAG_NONE,
  DRAG_PAN,
  DRAG_MOVE,
  DRAG_BAND,
} DragMode;

struct _DsrBoardView
{
  GtkWidget              parent_instance;

  DsrBoardHistory       *history;
  gint64                 board_id;
  DsrBoardScene         *scene;
  DsrBoardTiles         *tiles;        /* what was painted, for panning */

  /* the view: the board point at the widget's top-left, and the zoom */
  double                 scale;
  double                 origin_x;
  double                 origin_y;
  gboolean               fitted;       /* fit once the widget has a size */

  GArray                *selection;    /* DsrNode */
  gboolean               link_selected;
  DsrLink                link;         /* the selected link (kind and ends) */
  char                  *link_label;
  int                    hover;

  DragMode               drag_mode;
  double                 drag_origin_x; /* the view's origin when a pan began */
  double                 drag_origin_y;
  double                 drag_start_x;  /* widget point where the drag began */
  double                 drag_start_y;
  GArray                *drag_items;    /* DsrBoardItem: the moved cards as they were */
  int                    drop_target;
  DsrBoardRect           band;
  gboolean               band_add;
  double                 pointer_x;
  double                 pointer_y;
  gboolean               pointer_inside;
  double                 zoom_start_scale;
  gboolean               dnd_hover;

  DsrNode                pending_from;  /* claim dropped on claim: waiting for a kind */
  DsrNode                pending_to;
  GtkWidget             *menu;          /* GtkPopoverMenu */
  GtkWidget             *kind_popover;
  GtkWidget             *note_popover;
  GtkTextView           *note_text;
  gint64                 note_id;
  char                  *note_before;
  GtkWidget             *label_popover;
  GtkEntry              *label_entry;

  GArray                *anim_from;     /* DsrBoardItem: an arrangement gliding */
  GArray                *anim_to;
  gint64                 anim_start;
  guint                  anim_tick;

  DsrBoardBufferResolver resolver;
  gpointer               resolver_data;
};

G_DEFINE_FINAL_TYPE (DsrBoardView, dsr_board_view, GTK_TYPE_WIDGET)

enum {
  OPEN_CLAIM,
  PROBLEM,
  EDITED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Copied cards, for pasting on any board of the same investigation. */
static struct
{
  char   *store_path;
  GArray *items;   /* DsrBoardItem, relative to the copied group's top-left */
} clipboard;

static void update_actions (DsrBoardView *self);

static gboolean
node_equal (const DsrNode *a,
            const DsrNode *b)
{
  return a->kind == b->kind && a->id == b->id;
}

static DsrStore *
store_of (DsrBoardView *self)
{
  return self->history != NULL ? dsr_board_history_get_store (self->history) : NULL;
}

static gboolean
is_selected (DsrBoardView  *self,
             const DsrNode *node)
{
  for (guint i = 0; i < self->selection->len; i++)
    if (node_equal (&g_array_index (self->selection, DsrNode, i), node))
      return TRUE;
  return FALSE;
}

static void
problem (DsrBoardView *self,
         const GError *error)
{
  g_autofree char *message = g_strdup (error->message);

  message[0] = g_unichar_toupper (message[0]);
  g_signal_emit (self, signals[PROBLEM], 0, message);
}

/* Copies the selection onto the scene's marks, and tells screen readers what is
 * selected. */
static void
sync_marks (DsrBoardView *self)
{
  g_autofree char *description = NULL;

  if (self->scene == NULL)
    return;

  dsr_board_scene_clear_marks (self->scene, DSR_BOARD_MARK_SELECTED | DSR_BOARD_MARK_HOVER);
  for (guint i = 0; i < self->selection->len; i++)
    {
      int index = dsr_board_scene_find_card (self->scene, &g_array_index (self->selection, DsrNode, i));

      if (index >= 0)
        dsr_board_scene_get_card (self->scene, index)->marks |= DSR_BOARD_MARK_SELECTED;
    }
  if (self->hover >= 0 && (guint)self->hover < dsr_board_scene_get_n_cards (self->scene))
    dsr_board_scene_get_card (self->scene, self->hover)->marks |= DSR_BOARD_MARK_HOVER;
  if (self->link_selected)
    {
      for (guint i = 0; i < dsr_board_scene_get_n_links (self->scene); i++)
        {
          DsrBoardLink *link = dsr_board_scene_get_link (self->scene, i);

          if (link->kind == self->link.kind &&
              node_equal (&dsr_board_scene_get_card (self->scene, link->from)->node, &self->link.from) &&
              node_equal (&dsr_board_scene_get_card (self->scene, link->to)->node, &self->link.to))
            link->marks |= DSR_BOARD_MARK_SELECTED;
        }
    }

  if (self->selection->len == 1)
    {
      int index = dsr_board_scene_find_card (self->scene, &g_array_index (self->selection, DsrNode, 0));

      if (index >= 0)
        description = dsr_board_card_dup_description (dsr_board_scene_get_card (self->scene, index));
    }
  else if (self->selection->len > 1)
    description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u card selected",
                                                "%u cards selected", self->selection->len),
                                   self->selection->len);
  else if (self->link_selected)
    description = g_strdup_printf (_("Link: %s"), dsr_link_kind_to_string (self->link.kind));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description != NULL ? description : "", -1);
}

static void
selection_changed (DsrBoardView *self)
{
  sync_marks (self);
  update_actions (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
clear_selection (DsrBoardView *self)
{
  g_array_set_size (self->selection, 0);
  self->link_selected = FALSE;
  g_clear_pointer (&self->link_label, g_free);
}

/**
 * dsr_board_view_reload:
 *
 * Reads the board again from the store (after an edit), keeping the view and the
 * selection of cards still on the board.
 */
void
dsr_board_view_reload (DsrBoardView *self)
{
  g_autoptr(GError) error = NULL;
  DsrBoardScene *scene = NULL;

  g_return_if_fail (DSR_IS_BOARD_VIEW (self));

  /* an arrangement still gliding is shown where it is stored */
  if (self->anim_tick != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->anim_tick);
      self->anim_tick = 0;
      g_clear_pointer (&self->anim_from, g_array_unref);
      g_clear_pointer (&self->anim_to, g_array_unref);
    }

  if (self->history != NULL && self->board_id > 0)
    {
      scene = dsr_board_scene_load (store_of (self), self->board_id, &error);
      if (scene == NULL)
        problem (self, error);
    }
  g_clear_object (&self->scene);
  self->scene = scene;
  dsr_board_tiles_invalidate (self->tiles);
  self->hover = -1;
  self->drop_target = -1;

  if (self->scene != NULL)
    {
      for (guint i = self->selection->len; i > 0; i--)
        if (dsr_board_scene_find_card (self->scene, &g_array_index (self->selection, DsrNode, i - 1)) < 0)
          g_array_remove_index (self->selection, i - 1);
      if (self->link_selected &&
          (dsr_board_scene_find_card (self->scene, &self->link.from) < 0 ||
           dsr_board_scene_find_card (self->scene, &self->link.to) < 0))
        self->link_selected = FALSE;
    }
  else
    clear_selection (self);
  selection_changed (self);
}

static void
edited (DsrBoardView *self)
{
  dsr_board_view_reload (self);
  g_signal_emit (self, signals[EDITED], 0);
}

void
dsr_board_view_set_board (DsrBoardView    *self,
                          DsrBoardHistory *history,
                          gint64           board_id)
{
  g_return_if_fail (DSR_IS_BOARD_VIEW (self));
  g_return_if_fail (history == NULL || DSR_IS_BOARD_HISTORY (history));

  g_set_object (&self->history, history);
  if (self->board_id != board_id)
    {
      clear_selection (self);
      self->fitted = FALSE;
    }
  self->board_id = history != NULL ? board_id : 0;
  dsr_board_view_reload (self);
  if (gtk_widget_get_width (GTK_WIDGET (self)) > 0)
    dsr_board_view_fit (self);
}

gint64
dsr_board_view_get_board_id (DsrBoardView *self)
{
  g_return_val_if_fail (DSR_IS_BOARD_VIEW (self), 0);
  return self->board_id;
}

/**
 * dsr_board_view_get_scene:
 *
 * Returns: (transfer none) (nullable): what the view shows
 */
DsrBoardScene *
dsr_board_view_get_scene (DsrBoardView *self)
{
  g_return_val_if_fail (DSR_IS_BOARD_VIEW (self), NULL);
  return self->scene;
}

/**
 * dsr_board_view_get_history:
 *
 * Returns: (transfer none) (nullable): where the view's edits go
 */
DsrBoardHistory *
dsr_board_view_get_history (DsrBoardView *self)
{
  g_return_val_if_fail (DSR_IS_BOARD_VIEW (self), NULL);
  return self->history;
}

void
dsr_board_view_set_buffer_resolver (DsrBoardView           *self,
                                    DsrBoardBufferResolver  resolver,
                                    gpointer                user_data)
{
  g_return_if_fail (DSR_IS_BOARD_VIEW (self));
  self->resolver = resolver;
  self->resolver_data = user_data;
}

/* The view */

double
dsr_board_view_get_scale (DsrBoardView *self)
{
  g_return_val_if_fail (DSR_IS_BOARD_VIEW (self), 1.0);
  return self->scale;
}

/**
 * dsr_board_view_set_view:
 * @x: (in board units) the board point to show at the widget's top-left
 */
void
dsr_board_view_set_view (DsrBoardView *self,
                         double        scale,
                         double        x,
                         double        y)
{
  g_return_if_fail (DSR_IS_BOARD_VIEW (self));

  self->scale = CLAMP (scale, MIN_SCALE, MAX_SCALE);
  self->origin_x = x;
  self->origin_y = y;
  self->fitted = TRUE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
dsr_board_view_to_widget (DsrBoardView *self,
                          double        board_x,
                          double        board_y,
                          double       *widget_x,
                          double       *widget_y)
{
  *widget_x = (board_x - self->origin_x) * self->scale;
  *widget_y = (board_y - self->origin_y) * self->scale;
}

void
dsr_board_view_to_board (DsrBoardView *self,
                         double        widget_x,
                         double        widget_y,
                         double       *board_x,
                         double       *board_y)
{
  *board_x = self->origin_x + widget_x / self->scale;
  *board_y = self->origin_y + widget_y / self->scale;
}

void
dsr_board_view_fit (DsrBoardView *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  DsrBoardPaintOptions options;

  g_return_if_fail (DSR_IS_BOARD_VIEW (self));

  if (self->scene == NULL || width <= 0 || height <= 0)
    return;
  dsr_board_paint_options_init_fit (&options, self->scene, width, height, 32);
  self->scale = CLAMP (options.scale, MIN_SCALE, MAX_SCALE);
  /* centred at the scale kept, should the board need less than MIN_SCALE */
  self->origin_x = options.visible.x + options.visible.width / 2 - width / self->scale / 2;
  self->origin_y = options.visible.y + options.visible.height / 2 - height / self->scale / 2;
  self->fitted = TRUE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * dsr_board_view_zoom:
 *
 * Zooms by @factor, keeping the board point under (@widget_x, @widget_y) in place.
 */
void
dsr_board_view_zoom (DsrBoardView *self,
                     double        factor,
                     double        widget_x,
                     double        widget_y)
{
  double bx, by;

  g_return_if_fail (DSR_IS_BOARD_VIEW (self));

  dsr_board_view_to_board (self, widget_x, widget_y, &bx, &by);
  self->scale = CLAMP (self->scale * factor, MIN_SCALE, MAX_SCALE);
  self->origin_x = bx - widget_x / self->scale;
  self->origin_y = by - widget_y / self->scale;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
zoom_at_pointer (DsrBoardView *self,
                 double        factor)
{
  if (self->pointer_inside)
    dsr_board_view_zoom (self, factor, self->pointer_x, self->pointer_y);
  else
    dsr_board_view_zoom (self, factor, gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
                         gtk_widget_get_height (GTK_WIDGET (self)) / 2.0);
}

/* Drawing */

static void
dsr_board_view_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  DsrBoardView *self = DSR_BOARD_VIEW (widget);

  if (!self->fitted && self->scene != NULL && width > 0 && height > 0)
    dsr_board_view_fit (self);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER (child))
      gtk_popover_present (GTK_POPOVER (child));
}

static void
draw_hint (DsrBoardView *self,
           cairo_t      *cr,
           int           width,
           int           height,
           gboolean      dark)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);
  g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>\n%s", _("This board is empty"),
                                                     _("Drag a passage from the document, a speaker or a document here"));
  int w, h;

  pango_layout_set_markup (layout, markup, -1);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_set_width (layout, MAX (width - 48, 100) * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  pango_layout_get_pixel_size (layout, &w, &h);
  cairo_set_source_rgba (cr, dark ? 1 : 0, dark ? 1 : 0, dark ? 1 : 0, 0.55);
  cairo_move_to (cr, (width - w) / 2.0, (height - h) / 2.0);
  pango_cairo_show_layout (cr, layout);
}

/* The tiles hold the board without marks, so that selecting and hovering cost no
 * repaint of the board: the marked cards and links are drawn again on top. */
static void
paint_board (DsrBoardView               *self,
             cairo_t                    *cr,
             const DsrBoardPaintOptions *options)
{
  g_autoptr(GArray) cards = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) links = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) card_marks = g_array_new (FALSE, FALSE, sizeof (DsrBoardMarks));
  g_autoptr(GArray) link_marks = g_array_new (FALSE, FALSE, sizeof (DsrBoardMarks));

  for (guint i = 0; i < dsr_board_scene_get_n_cards (self->scene); i++)
    {
      DsrBoardCard *card = dsr_board_scene_get_card (self->scene, i);

      if (card->marks != DSR_BOARD_MARK_NONE)
        {
          g_array_append_val (cards, i);
          g_array_append_val (card_marks, card->marks);
          card->marks = DSR_BOARD_MARK_NONE;
        }
    }
  for (guint i = 0; i < dsr_board_scene_get_n_links (self->scene); i++)
    {
      DsrBoardLink *link = dsr_board_scene_get_link (self->scene, i);

      if (link->marks != DSR_BOARD_MARK_NONE)
        {
          g_array_append_val (links, i);
          g_array_append_val (link_marks, link->marks);
          link->marks = DSR_BOARD_MARK_NONE;
        }
    }

  dsr_board_tiles_paint (self->tiles, self->scene, cr, options);

  for (guint i = 0; i < cards->len; i++)
    dsr_board_scene_get_card (self->scene, g_array_index (cards, guint, i))->marks =
      g_array_index (card_marks, DsrBoardMarks, i);
  for (guint i = 0; i < links->len; i++)
    dsr_board_scene_get_link (self->scene, g_array_index (links, guint, i))->marks =
      g_array_index (link_marks, DsrBoardMarks, i);
  if (cards->len > 0 || links->len > 0)
    dsr_board_paint_items (self->scene, cr, options, cards, links);
}

static void
dsr_board_view_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  DsrBoardView *self = DSR_BOARD_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  DsrBoardPaintOptions options = {
    .visible = { self->origin_x, self->origin_y, width / self->scale, height / self->scale },
    .scale = self->scale,
    .theme = dark ? DSR_BOARD_THEME_DARK : DSR_BOARD_THEME_LIGHT,
    .legend = TRUE,
    .background = TRUE,
  };
  cairo_t *cr;

  if (width <= 0 || height <= 0 || self->scene == NULL)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  options.legend = dsr_board_scene_get_n_links (self->scene) > 0 && height > 240;
  /* whole device pixels, as the tiles are: the marks drawn on top then fall in place */
  options.visible.x = round (self->origin_x * self->scale) / self->scale;
  options.visible.y = round (self->origin_y * self->scale) / self->scale;
  paint_board (self, cr, &options);

  if (dsr_board_scene_get_n_cards (self->scene) == 0)
    draw_hint (self, cr, width, height, dark);

  if (self->drag_mode == DRAG_BAND)
    {
      double x0, y0, x1, y1;

      dsr_board_view_to_widget (self, self->band.x, self->band.y, &x0, &y0);
      dsr_board_view_to_widget (self, self->band.x + self->band.width,
                                self->band.y + self->band.height, &x1, &y1);
      cairo_rectangle (cr, x0 + 0.5, y0 + 0.5, x1 - x0, y1 - y0);
      cairo_set_source_rgba (cr, 0.208, 0.518, 0.894, 0.15);
      cairo_fill_preserve (cr);
      cairo_set_source_rgba (cr, 0.208, 0.518, 0.894, 0.9);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
    }

  if (self->dnd_hover)
    {
      cairo_rectangle (cr, 2, 2, width - 4, height - 4);
      cairo_set_source_rgba (cr, 0.208, 0.518, 0.894, 0.9);
      cairo_set_dash (cr, (double[]) { 8, 4 }, 2, 0);
      cairo_set_line_width (cr, 3);
      cairo_stroke (cr);
    }

  if (gtk_widget_has_visible_focus (widget))
    {
      cairo_rectangle (cr, 1, 1, width - 2, height - 2);
      cairo_set_source_rgba (cr, 0.208, 0.518, 0.894, 0.6);
      cairo_set_dash (cr, NULL, 0, 0);
      cairo_set_line_width (cr, 2);
      cairo_stroke (cr);
    }
  cairo_destroy (cr);
}

/* Edits */

static gboolean
check_board (DsrBoardView  *self,
             GError       **error)
{
  if (self->history == NULL || self->board_id <= 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED, _("no board is open"));
      return FALSE;
    }
  return TRUE;
}

/**
 * dsr_board_view_add_node:
 *
 * Pins @node on the board, centred on the widget point (@widget_x, @widget_y), and
 * selects it; a node already on the board is only selected.
 */
gboolean
dsr_board_view_add_node (DsrBoardView   *self,
                         const DsrNode  *node,
                         double          widget_x,
                         double          widget_y,
                         GError        **error)
{
  DsrBoardItem item = { *node, 0, 0, 0, 0 };
  double bx, by;

  g_return_val_if_fail (DSR_IS_BOARD_VIEW (self), FALSE);

  if (!check_board (self, error))
    return FALSE;

  if (self->scene == NULL || dsr_board_scene_find_card (self->scene, node) < 0)
    {
      dsr_board_card_size (node->kind, &item.w, &item.h);
      dsr_board_view_to_board (self, widget_x, widget_y, &bx, &by);
      item.x = round (bx - item.w / 2);
      item.y = round (by - item.h / 2);
      if (!dsr_board_history_add_items (self->history, self->board_id, &item, 1, error))
        return FALSE;
      edited (self);
    }
  clear_selection (self);
  g_array_append_val (self->selection, *node);
  selection_changed (self);
  return TRUE;
}

/* A selection made with the mouse often takes a space or a line end with it; the
 * claim is the passage without them. */
static void
trim_passage (DsrStore *store,
              gint64    document_id,
              gint64   *start,
              gint64   *end)
{
  g_autofree char *text = dsr_store_dup_document_text (store, document_id, NULL);
  glong n;

  if (text == NULL || *start < 0 || *end > (n = g_utf8_strlen (text, -1)) || *start >= *end)
    return;
  while (*start < *end && g_unichar_isspace (g_utf8_get_char (g_utf8_offset_to_pointer (text, *start))))
    (*start)++;
  while (*end > *start && g_unichar_isspace (g_utf8_get_char (g_utf8_offset_to_pointer (text, *end - 1))))
    (*end)--;
}

/**
 * dsr_board_view_add_passage:
 *
 * Makes a claim of the passage @start - @end (code points) of a document and pins it
 * at the widget point; when the passage is a detected quotation, its speaker is
 * linked as a suggestion.
 */
gboolean
dsr_board_view_add_passage (DsrBoardView  *self,
                            gint64         document_id,
                            gint64         start,
                            gint64         end,
                            double         widget_x,
                            double         widget_y,
                            GError       **error)
{
  g_autoptr(GArray) quotes = NULL;
  DsrNode claim = { DSR_NODE_CLAIM, 0 };
  DsrStore *store;

  g_return_val_if_fail (DSR_IS_BOARD_VIEW (self), FALSE);

  if (!check_board (self, error))
    return FALSE;
  store = store_of (self);
  trim_passage (store, document_id, &start, &end);
  if (!(claim.id = dsr_store_add_claim (store, document_id, start, end, NULL, NULL, error)))
    return FALSE;

  /* a detected quotation that overlaps the passage suggests its speaker */
  quotes = dsr_store_list_quotes (store, document_id, NULL);
  for (guint i = 0; quotes != NULL && i < quotes->len; i++)
    {
      const DsrStoredQuote *quote = &g_array_index (quotes, DsrStoredQuote, i);

      if (quote->speaker_id > 0 && !quote->scare && quote->start < end && start < quote->end)
        {
          DsrNode speaker = { DSR_NODE_ENTITY, quote->speaker_id };

          dsr_store_add_link (store, DSR_LINK_SAID_BY, &claim, &speaker,
                              DSR_LINK_STATE_SUGGESTED, NULL);
          break;
        }
    }
  return dsr_board_view_add_node (self, &claim, widget_x, widget_y, error);
}

gboolean
dsr_board_view_link (DsrBoardView   *self,
                     DsrLinkKind     kind,
                     const DsrNode  *from,
                     const DsrNode  *to,
                     GError        **error)
{
  g_return_val_if_fail (DSR_IS_BOARD_VIEW (self), FALSE);

  if (!check_board (self, error))
    return FALSE;
  if (!dsr_link_kind_accepts (kind, from->kind, to->kind))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("a “%s” link cannot join these two cards"), dsr_link_kind_to_string (kind));
      return FALSE;
    }
  if (!dsr_board_history_add_link (self->history, kind, from, to, error))
    return FALSE;
  edited (self);
  return TRUE;
}

/* What dropping one card on another means: said_by on a speaker, reported_by on a
 * source or document (either way round); between two claims it needs a choice. */
static gboolean
link_kind_for_drop (const DsrNode *dragged,
                    const DsrNode *target,
                    DsrLinkKind   *kind,
                    gboolean      *reversed)
{
  const DsrNode *claim = dragged->kind == DSR_NODE_CLAIM ? dragged : target;
  const DsrNode *other = claim == dragged ? target : dragged;

  *reversed = claim != dragged;
  if (claim->kind != DSR_NODE_CLAIM)
    return FALSE;
  switch (other->kind)
    {
    case DSR_NODE_ENTITY:
      *kind = DSR_LINK_SAID_BY;
      return TRUE;
    case DSR_NODE_SOURCE:
    case DSR_NODE_DOCUMENT:
      *kind = DSR_LINK_REPORTED_BY;
      return TRUE;
    case DSR_NODE_CLAIM:
      *kind = DSR_LINK_RELATED;
      return TRUE;
    case DSR_NODE_NOTE:
    default:
      return FALSE;
    }
}

static void
show_kind_popover (DsrBoardView *self,
                   int           target)
{
  const DsrBoardCard *card = dsr_board_scene_get_card (self->scene, target);
  double x, y;

  dsr_board_view_to_widget (self, card->x, card->y, &x, &y);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->kind_popover),
                               &(GdkRectangle) { x, y, MAX (1, card->w * self->scale),
                                                 MAX (1, card->h * self->scale) });
  gtk_popover_popup (GTK_POPOVER (self->kind_popover));
}

/**
 * dsr_board_view_drop_card_on:
 *
 * What a card dropped on another card does: links them (a claim and a speaker:
 * said_by; a claim and a source or document: reported_by). Two claims: a popover
 * offers supports, contradicts or related.
 */
gboolean
dsr_board_view_drop_card_on (DsrBoardView   *self,
                             const DsrNode  *dragged,
                             const DsrNode  *target,
                             GError        **error)
{
  DsrLinkKind kind;
  gboolean reversed;

  g_return_val_if_fail (DSR_IS_BOARD_VIEW (self), FALSE);

  if (!link_kind_for_drop (dragged, target, &kind, &reversed) || node_equal (dragged, target))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("drop a claim on a speaker, a source or another claim to link them"));
      return FALSE;
    }
  if (dragged->kind == DSR_NODE_CLAIM && target->kind == DSR_NODE_CLAIM)
    {
      int index = self->scene != NULL ? dsr_board_scene_find_card (self->scene, target) : -1;

      self->pending_from = *dragged;
      self->pending_to = *target;
      if (index >= 0)
        show_kind_popover (self, index);
      return TRUE;
    }
  return dsr_board_view_link (self, kind, reversed ? target : dragged,
                              reversed ? dragged : target, error);
}

static GArray *
selected_items (DsrBoardView *self)
{
  GArray *items = g_array_new (FALSE, FALSE, sizeof (DsrBoardItem));

  for (guint i = 0; self->scene != NULL && i < self->selection->len; i++)
    {
      int index = dsr_board_scene_find_card (self->scene, &g_array_index (self->selection, DsrNode, i));
      const DsrBoardCard *card;

      if (index < 0)
        continue;
      card = dsr_board_scene_get_card (self->scene, index);
      g_array_append_val (items, ((DsrBoardItem) { card->node, card->x, card->y, card->w, card->h }));
    }
  return items;
}

static void
move_selection_by (DsrBoardView *self,
                   double        dx,
                   double        dy)
{
  g_autoptr(GArray) before = selected_items (self);
  g_autoptr(GArray) after = g_array_copy (before);
  g_autoptr(GError) error = NULL;

  if (before->len == 0)
    return;
  for (guint i = 0; i < after->len; i++)
    {
      g_array_index (after, DsrBoardItem, i).x += dx;
      g_array_index (after, DsrBoardItem, i).y += dy;
    }
  if (!dsr_board_history_move_items (self->history, self->board_id, (DsrBoardItem *)before->data,
                                     (DsrBoardItem *)after->data, before->len, &error))
    problem (self, error);
  edited (self);
}

void
dsr_board_view_select (DsrBoardView  *self,
                       const DsrNode *node,
                       gboolean       add)
{
  g_return_if_fail (DSR_IS_BOARD_VIEW (self));

  if (!add)
    clear_selection (self);
  self->link_selected = FALSE;
  if (!is_selected (self, node))
    g_array_append_val (self->selection, *node);
  selection_changed (self);
}

/**
 * dsr_board_view_dup_selection:
 *
 * Returns: (transfer full) (element-type DsrNode): the selected cards' nodes
 */
GArray *
dsr_board_view_dup_selection (DsrBoardView *self)
{
  g_return_val_if_fail (DSR_IS_BOARD_VIEW (self), NULL);
  return g_array_copy (self->selection);
}

static void
toggle (DsrBoardView  *self,
        const DsrNode *node)
{
  for (guint i = 0; i < self->selection->len; i++)
    if (node_equal (&g_array_index (self->selection, DsrNode, i), node))
      {
        g_array_remove_index (self->selection, i);
        return;
      }
  g_array_append_val (self->selection, *node);
}

static void
select_link (DsrBoardView *self,
             int           index)
{
  const DsrBoardLink *link = dsr_board_scene_get_link (self->scene, index);

  clear_selection (self);
  self->link_selected = TRUE;
  self->link.kind = link->kind;
  self->link.state = link->state;
  self->link.from = dsr_board_scene_get_card (self->scene, link->from)->node;
  self->link.to = dsr_board_scene_get_card (self->scene, link->to)->node;
  self->link_label = g_strdup (link->label);
}

/* Pointer */

static int
card_at_widget (DsrBoardView *self,
                double        x,
                double        y)
{
  double bx, by;

  if (self->scene == NULL)
    return -1;
  dsr_board_view_to_board (self, x, y, &bx, &by);
  return dsr_board_scene_card_at (self->scene, bx, by);
}

static int
link_at_widget (DsrBoardView *self,
                double        x,
                double        y)
{
  double bx, by;

  if (self->scene == NULL)
    return -1;
  dsr_board_view_to_board (self, x, y, &bx, &by);
  return dsr_board_scene_link_at (self->scene, bx, by, LINK_TOLERANCE / self->scale);
}

static void open_claim_action (GtkWidget *widget, const char *name, GVariant *param);
static void edit_note_action (GtkWidget *widget, const char *name, GVariant *param);
static void show_context_menu (DsrBoardView *self, double x, double y);

static void
click_pressed_cb (DsrBoardView    *self,
                  int              n_press,
                  double           x,
                  double           y,
                  GtkGestureClick *gesture)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));
  gboolean ctrl = (state & GDK_CONTROL_MASK) != 0;
  int card = card_at_widget (self, x, y);
  int link = card < 0 ? link_at_widget (self, x, y) : -1;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (button != GDK_BUTTON_PRIMARY && button != GDK_BUTTON_SECONDARY)
    return;

  if (card >= 0)
    {
      const DsrNode *node = &dsr_board_scene_get_card (self->scene, card)->node;

      if (button == GDK_BUTTON_PRIMARY && n_press == 2 && !ctrl)
        {
          dsr_board_view_select (self, node, FALSE);
          if (node->kind == DSR_NODE_CLAIM)
            open_claim_action (GTK_WIDGET (self), NULL, NULL);
          else if (node->kind == DSR_NODE_NOTE)
            edit_note_action (GTK_WIDGET (self), NULL, NULL);
          return;
        }
      self->link_selected = FALSE;
      if (ctrl && button == GDK_BUTTON_PRIMARY)
        toggle (self, node);
      else if (!is_selected (self, node))
        dsr_board_view_select (self, node, FALSE);
    }
  else if (link >= 0)
    select_link (self, link);
  selection_changed (self);

  if (button == GDK_BUTTON_SECONDARY)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      show_context_menu (self, x, y);
    }
}

static void
click_released_cb (DsrBoardView    *self,
                   int              n_press,
                   double           x,
                   double           y,
                   GtkGestureClick *gesture)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));

  /* a click (not a drag) on empty board clears the selection */
  if (gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture)) == GDK_BUTTON_PRIMARY &&
      card_at_widget (self, x, y) < 0 && link_at_widget (self, x, y) < 0 &&
      !(state & (GDK_CONTROL_MASK | GDK_SHIFT_MASK)))
    {
      clear_selection (self);
      selection_changed (self);
    }
}

static void
set_drop_target (DsrBoardView *self,
                 int           target)
{
  if (self->drop_target == target)
    return;
  if (self->drop_target >= 0)
    dsr_board_scene_get_card (self->scene, self->drop_target)->marks &= ~DSR_BOARD_MARK_DROP_TARGET;
  self->drop_target = target;
  if (target >= 0)
    dsr_board_scene_get_card (self->scene, target)->marks |= DSR_BOARD_MARK_DROP_TARGET;
}

static void
drag_begin_cb (DsrBoardView   *self,
               double          x,
               double          y,
               GtkGestureDrag *gesture)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));
  int card = card_at_widget (self, x, y);

  self->drag_start_x = x;
  self->drag_start_y = y;
  self->drag_origin_x = self->origin_x;
  self->drag_origin_y = self->origin_y;
  self->drop_target = -1;
  g_clear_pointer (&self->drag_items, g_array_unref);

  if (button == GDK_BUTTON_MIDDLE || self->scene == NULL)
    self->drag_mode = DRAG_PAN;
  else if (card >= 0 && is_selected (self, &dsr_board_scene_get_card (self->scene, card)->node))
    {
      self->drag_mode = DRAG_MOVE;
      self->drag_items = selected_items (self);
    }
  else if (state & (GDK_SHIFT_MASK | GDK_CONTROL_MASK))
    {
      self->drag_mode = DRAG_BAND;
      self->band_add = TRUE;
      dsr_board_view_to_board (self, x, y, &self->band.x, &self->band.y);
      self->band.width = self->band.height = 0;
    }
  else
    self->drag_mode = DRAG_PAN;
}

static void
drag_update_cb (DsrBoardView   *self,
                double          dx,
                double          dy,
                GtkGestureDrag *gesture)
{
  switch (self->drag_mode)
    {
    case DRAG_PAN:
      self->origin_x = self->drag_origin_x - dx / self->scale;
      self->origin_y = self->drag_origin_y - dy / self->scale;
      break;
    case DRAG_MOVE:
      {
        int target = -1;

        for (guint i = 0; i < self->drag_items->len; i++)
          {
            const DsrBoardItem *item = &g_array_index (self->drag_items, DsrBoardItem, i);
            int index = dsr_board_scene_find_card (self->scene, &item->node);

            dsr_board_scene_move_card (self->scene, index, item->x + dx / self->scale,
                                       item->y + dy / self->scale);
          }
        dsr_board_tiles_invalidate (self->tiles);
        /* one card held over another that it can link to: that one is the drop target */
        if (self->drag_items->len == 1)
          {
            const DsrNode *dragged = &g_array_index (self->drag_items, DsrBoardItem, 0).node;
            double bx, by;
            g_autoptr(GArray) under = g_array_new (FALSE, FALSE, sizeof (guint));
            DsrLinkKind kind;
            gboolean reversed;

            dsr_board_view_to_board (self, self->drag_start_x + dx, self->drag_start_y + dy, &bx, &by);
            dsr_board_scene_query_cards (self->scene, &(DsrBoardRect) { bx, by, 1e-6, 1e-6 }, under);
            for (guint i = under->len; i > 0 && target < 0; i--)
              {
                guint index = g_array_index (under, guint, i - 1);
                const DsrNode *node = &dsr_board_scene_get_card (self->scene, index)->node;

                if (!node_equal (node, dragged) && link_kind_for_drop (dragged, node, &kind, &reversed))
                  target = index;
              }
          }
        set_drop_target (self, target);
      }
      break;
    case DRAG_BAND:
      {
        double sx, sy, ex, ey;
        g_autoptr(GArray) inside = g_array_new (FALSE, FALSE, sizeof (guint));

        dsr_board_view_to_board (self, self->drag_start_x, self->drag_start_y, &sx, &sy);
        dsr_board_view_to_board (self, self->drag_start_x + dx, self->drag_start_y + dy, &ex, &ey);
        self->band = (DsrBoardRect) { MIN (sx, ex), MIN (sy, ey), fabs (ex - sx), fabs (ey - sy) };
        dsr_board_scene_query_cards (self->scene, &self->band, inside);
        clear_selection (self);
        for (guint i = 0; i < inside->len; i++)
          g_array_append_val (self->selection,
                              dsr_board_scene_get_card (self->scene, g_array_index (inside, guint, i))->node);
        sync_marks (self);
      }
      break;
    case DRAG_NONE:
    default:
      break;
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
drag_end_cb (DsrBoardView   *self,
             double          dx,
             double          dy,
             GtkGestureDrag *gesture)
{
  g_autoptr(GError) error = NULL;
  DragMode mode = self->drag_mode;

  self->drag_mode = DRAG_NONE;
  if (mode == DRAG_MOVE && self->drag_items != NULL)
    {
      g_autoptr(GArray) before = g_steal_pointer (&self->drag_items);
      int target = self->drop_target;

      set_drop_target (self, -1);
      if (target >= 0)
        {
          /* a drop on a card links the two; the dragged card goes back where it was */
          DsrNode dragged = g_array_index (before, DsrBoardItem, 0).node;
          DsrNode on = dsr_board_scene_get_card (self->scene, target)->node;
          const DsrBoardItem *item = &g_array_index (before, DsrBoardItem, 0);

          dsr_board_scene_move_card (self->scene, dsr_board_scene_find_card (self->scene, &dragged),
                                     item->x, item->y);
          if (!dsr_board_view_drop_card_on (self, &dragged, &on, &error))
            problem (self, error);
        }
      else if (fabs (dx) + fabs (dy) > 0)
        {
          g_autoptr(GArray) after = g_array_copy (before);

          for (guint i = 0; i < after->len; i++)
            {
              g_array_index (after, DsrBoardItem, i).x = round (g_array_index (after, DsrBoardItem, i).x + dx / self->scale);
              g_array_index (after, DsrBoardItem, i).y = round (g_array_index (after, DsrBoardItem, i).y + dy / self->scale);
            }
          if (!dsr_board_history_move_items (self->history, self->board_id, (DsrBoardItem *)before->data,
                                             (DsrBoardItem *)after->data, before->len, &error))
            problem (self, error);
          edited (self);
        }
    }
  else if (mode == DRAG_BAND)
    selection_changed (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
motion_cb (DsrBoardView             *self,
           double                    x,
           double                    y,
           GtkEventControllerMotion *controller)
{
  int hover;

  self->pointer_x = x;
  self->pointer_y = y;
  self->pointer_inside = TRUE;
  if (self->drag_mode != DRAG_NONE)
    return;
  hover = card_at_widget (self, x, y);
  if (hover != self->hover)
    {
      self->hover = hover;
      sync_marks (self);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
leave_cb (DsrBoardView             *self,
          GtkEventControllerMotion *controller)
{
  self->pointer_inside = FALSE;
  if (self->hover >= 0)
    {
      self->hover = -1;
      sync_marks (self);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static gboolean
scroll_cb (DsrBoardView             *self,
           double                    dx,
           double                    dy,
           GtkEventControllerScroll *controller)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  double step = gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_WHEEL ? 48 : 1;

  if (state & GDK_CONTROL_MASK)
    zoom_at_pointer (self, pow (ZOOM_STEP, -dy * (step > 1 ? 1 : 0.05)));
  else
    {
      if (state & GDK_SHIFT_MASK && dx == 0)
        dx = dy, dy = 0;
      self->origin_x += dx * step / self->scale;
      self->origin_y += dy * step / self->scale;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
  return TRUE;
}

static void
zoom_begin_cb (DsrBoardView    *self,
               GdkEventSequence *sequence,
               GtkGestureZoom  *gesture)
{
  self->zoom_start_scale = self->scale;
}

static void
zoom_changed_cb (DsrBoardView   *self,
                 double          factor,
                 GtkGestureZoom *gesture)
{
  double x, y;

  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    x = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0, y = gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;
  dsr_board_view_zoom (self, self->zoom_start_scale * factor / self->scale, x, y);
}

/* Drops from other widgets: a text selection, or a node (entity, document...) */

static gboolean
drop_cb (DsrBoardView  *self,
         const GValue  *value,
         double         x,
         double         y,
         GtkDropTarget *target)
{
  g_autoptr(GError) error = NULL;
  gboolean done = FALSE;

  self->dnd_hover = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));

  if (G_VALUE_HOLDS (value, GTK_TYPE_TEXT_BUFFER))
    {
      GtkTextBuffer *buffer = g_value_get_object (value);
      gint64 document = self->resolver != NULL ? self->resolver (buffer, self->resolver_data) : 0;
      GtkTextIter start, end;

      if (document <= 0 || !gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
        return FALSE;
      done = dsr_board_view_add_passage (self, document, gtk_text_iter_get_offset (&start),
                                         gtk_text_iter_get_offset (&end), x, y, &error);
    }
  else if (G_VALUE_HOLDS (value, DSR_TYPE_NODE) && g_value_get_boxed (value) != NULL)
    done = dsr_board_view_add_node (self, g_value_get_boxed (value), x, y, &error);

  if (!done && error != NULL)
    problem (self, error);
  if (done)
    gtk_widget_grab_focus (GTK_WIDGET (self));
  return done;
}

static GdkDragAction
drop_enter_cb (DsrBoardView  *self,
               double         x,
               double         y,
               GtkDropTarget *target)
{
  self->dnd_hover = self->board_id > 0;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return self->board_id > 0 ? GDK_ACTION_COPY : 0;
}

static void
drop_leave_cb (DsrBoardView  *self,
               GtkDropTarget *target)
{
  self->dnd_hover = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Actions (the context menu and the keys) */

static DsrBoardView *
view_of (GtkWidget *widget)
{
  return DSR_BOARD_VIEW (widget);
}

/* Undoes the last edit, or with @redo redoes the last undone one. */
static void
step_history (DsrBoardView *self,
              gboolean      redo)
{
  g_autoptr(GError) error = NULL;
  gboolean done;

  if (self->history == NULL ||
      !(redo ? dsr_board_history_can_redo (self->history) : dsr_board_history_can_undo (self->history)))
    return;
  done = redo ? dsr_board_history_redo (self->history, &error)
              : dsr_board_history_undo (self->history, &error);
  if (!done)
    problem (self, error);
  edited (self);
}

static void
undo_action (GtkWidget *widget, const char *name, GVariant *param)
{
  step_history (view_of (widget), FALSE);
}

static void
redo_action (GtkWidget *widget, const char *name, GVariant *param)
{
  step_history (view_of (widget), TRUE);
}

static void
zoom_in_action (GtkWidget *widget, const char *name, GVariant *param)
{
  zoom_at_pointer (view_of (widget), ZOOM_STEP);
}

static void
zoom_out_action (GtkWidget *widget, const char *name, GVariant *param)
{
  zoom_at_pointer (view_of (widget), 1 / ZOOM_STEP);
}

static void
zoom_reset_action (GtkWidget *widget, const char *name, GVariant *param)
{
  DsrBoardView *self = view_of (widget);

  zoom_at_pointer (self, 1.0 / self->scale);
}

static void
fit_action (GtkWidget *widget, const char *name, GVariant *param)
{
  dsr_board_view_fit (view_of (widget));
}

static void
delete_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  DsrBoardView *self = view_of (widget);
  g_autoptr(GError) error = NULL;

  if (self->history == NULL)
    return;
  if (self->link_selected)
    {
      if (!dsr_board_history_delete_link (self->history, self->link.kind, &self->link.from,
                                          &self->link.to, self->link.state, self->link_label, &error))
        problem (self, error);
      self->link_selected = FALSE;
    }
  else
    {
      g_autoptr(GArray) items = selected_items (self);

      if (items->len == 0)
        return;
      if (!dsr_board_history_remove_items (self->history, self->board_id, (DsrBoardItem *)items->data,
                                           items->len, &error))
        problem (self, error);
    }
  edited (self);
}

static void
select_all_action (GtkWidget  *widget,
                   const char *name,
                   GVariant   *param)
{
  DsrBoardView *self = view_of (widget);

  clear_selection (self);
  for (guint i = 0; self->scene != NULL && i < dsr_board_scene_get_n_cards (self->scene); i++)
    g_array_append_val (self->selection, dsr_board_scene_get_card (self->scene, i)->node);
  selection_changed (self);
}

static void
copy_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  DsrBoardView *self = view_of (widget);
  g_autoptr(GArray) items = selected_items (self);
  double min_x = G_MAXDOUBLE, min_y = G_MAXDOUBLE;

  if (items->len == 0)
    return;
  for (guint i = 0; i < items->len; i++)
    {
      min_x = MIN (min_x, g_array_index (items, DsrBoardItem, i).x);
      min_y = MIN (min_y, g_array_index (items, DsrBoardItem, i).y);
    }
  for (guint i = 0; i < items->len; i++)
    {
      g_array_index (items, DsrBoardItem, i).x -= min_x;
      g_array_index (items, DsrBoardItem, i).y -= min_y;
    }
  g_free (clipboard.store_path);
  clipboard.store_path = g_strdup (dsr_store_get_path (store_of (self)));
  g_clear_pointer (&clipboard.items, g_array_unref);
  clipboard.items = g_steal_pointer (&items);
  update_actions (self);
}

static void
paste_action (GtkWidget  *widget,
              const char *name,
              GVariant   *param)
{
  DsrBoardView *self = view_of (widget);
  g_autoptr(GArray) items = NULL;
  g_autoptr(GArray) placed = NULL;
  g_autoptr(GError) error = NULL;
  double bx, by;

  if (clipboard.items == NULL || self->history == NULL ||
      g_strcmp0 (clipboard.store_path, dsr_store_get_path (store_of (self))) != 0)
    return;
  if (self->pointer_inside)
    dsr_board_view_to_board (self, self->pointer_x, self->pointer_y, &bx, &by);
  else
    dsr_board_view_to_board (self, 40, 40, &bx, &by);
  items = g_array_copy (clipboard.items);
  for (guint i = 0; i < items->len; i++)
    {
      g_array_index (items, DsrBoardItem, i).x = round (g_array_index (items, DsrBoardItem, i).x + bx);
      g_array_index (items, DsrBoardItem, i).y = round (g_array_index (items, DsrBoardItem, i).y + by);
    }
  placed = dsr_board_history_paste_items (self->history, self->board_id, (DsrBoardItem *)items->data,
                                          items->len, &error);
  if (placed == NULL)
    {
      problem (self, error);
      return;
    }
  clear_selection (self);
  for (guint i = 0; i < placed->len; i++)
    g_array_append_val (self->selection, g_array_index (placed, DsrBoardItem, i).node);
  edited (self);
}

static void
open_claim_action (GtkWidget  *widget,
                   const char *name,
                   GVariant   *param)
{
  DsrBoardView *self = view_of (widget);

  if (self->selection->len == 1 && g_array_index (self->selection, DsrNode, 0).kind == DSR_NODE_CLAIM)
    g_signal_emit (self, signals[OPEN_CLAIM], 0, g_array_index (self->selection, DsrNode, 0).id);
}

static void
add_note_action (GtkWidget  *widget,
                 const char *name,
                 GVariant   *param)
{
  DsrBoardView *self = view_of (widget);
  g_autoptr(GError) error = NULL;
  double bx, by, w, h;
  gint64 note;

  if (self->history == NULL || self->board_id <= 0)
    return;
  dsr_board_card_size (DSR_NODE_NOTE, &w, &h);
  if (self->pointer_inside)
    dsr_board_view_to_board (self, self->pointer_x, self->pointer_y, &bx, &by);
  else
    dsr_board_view_to_board (self, gtk_widget_get_width (widget) / 2.0,
                             gtk_widget_get_height (widget) / 2.0, &bx, &by);
  note = dsr_board_history_add_note (self->history, self->board_id, _("New note"),
                                     round (bx - w / 2), round (by - h / 2), &error);
  if (note == 0)
    {
      problem (self, error);
      return;
    }
  edited (self);
  dsr_board_view_select (self, &(DsrNode) { DSR_NODE_NOTE, note }, FALSE);
  edit_note_action (widget, NULL, NULL);
}

static void
point_at_card (DsrBoardView *self,
               GtkPopover   *popover,
               int           index)
{
  const DsrBoardCard *card = dsr_board_scene_get_card (self->scene, index);
  double x, y;

  dsr_board_view_to_widget (self, card->x, card->y, &x, &y);
  gtk_popover_set_pointing_to (popover, &(GdkRectangle) { x, y, MAX (1, card->w * self->scale),
                                                          MAX (1, card->h * self->scale) });
}

static void
edit_note_action (GtkWidget  *widget,
                  const char *name,
                  GVariant   *param)
{
  DsrBoardView *self = view_of (widget);
  const DsrNode *node;
  int index;

  if (self->selection->len != 1 || self->scene == NULL)
    return;
  node = &g_array_index (self->selection, DsrNode, 0);
  if (node->kind != DSR_NODE_NOTE || (index = dsr_board_scene_find_card (self->scene, node)) < 0)
    return;

  self->note_id = node->id;
  g_free (self->note_before);
  self->note_before = g_strdup (dsr_board_scene_get_card (self->scene, index)->title);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->note_text), self->note_before, -1);
  point_at_card (self, GTK_POPOVER (self->note_popover), index);
  gtk_popover_popup (GTK_POPOVER (self->note_popover));
  gtk_widget_grab_focus (GTK_WIDGET (self->note_text));
}

static void
note_closed_cb (DsrBoardView *self,
                GtkPopover   *popover)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->note_text);
  GtkTextIter start, end;

  if (self->note_id == 0)
    return;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  if (*text != '\0' && g_strcmp0 (text, self->note_before) != 0)
    {
      if (!dsr_board_history_edit_note (self->history, self->note_id, self->note_before, text, &error))
        problem (self, error);
      edited (self);
    }
  self->note_id = 0;
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
link_selected_action (GtkWidget  *widget,
                      const char *name,
                      GVariant   *param)
{
  DsrBoardView *self = view_of (widget);
  g_autoptr(GError) error = NULL;

  if (self->selection->len != 2)
    return;
  if (!dsr_board_view_drop_card_on (self, &g_array_index (self->selection, DsrNode, 0),
                                    &g_array_index (self->selection, DsrNode, 1), &error))
    problem (self, error);
}

static void
link_as_action (GtkWidget  *widget,
                const char *name,
                GVariant   *param)
{
  DsrBoardView *self = view_of (widget);
  g_autoptr(GError) error = NULL;
  DsrLinkKind kind;

  gtk_popover_popdown (GTK_POPOVER (self->kind_popover));
  if (!dsr_link_kind_from_string (g_variant_get_string (param, NULL), &kind) ||
      self->pending_from.id == 0)
    return;
  if (!dsr_board_view_link (self, kind, &self->pending_from, &self->pending_to, &error))
    problem (self, error);
  self->pending_from.id = 0;
}

static void
confirm_link_action (GtkWidget  *widget,
                     const char *name,
                     GVariant   *param)
{
  DsrBoardView *self = view_of (widget);

  if (self->link_selected && self->link.state == DSR_LINK_STATE_SUGGESTED)
    {
      g_autoptr(GError) error = NULL;

      if (!dsr_board_view_link (self, self->link.kind, &self->link.from, &self->link.to, &error))
        problem (self, error);
      self->link.state = DSR_LINK_STATE_CONFIRMED;
      update_actions (self);
    }
}

static void
edit_label_action (GtkWidget  *widget,
                   const char *name,
                   GVariant   *param)
{
  DsrBoardView *self = view_of (widget);
  int from;

  if (!self->link_selected || self->scene == NULL ||
      (from = dsr_board_scene_find_card (self->scene, &self->link.from)) < 0)
    return;
  gtk_editable_set_text (GTK_EDITABLE (self->label_entry), self->link_label != NULL ? self->link_label : "");
  point_at_card (self, GTK_POPOVER (self->label_popover), from);
  gtk_popover_popup (GTK_POPOVER (self->label_popover));
  gtk_widget_grab_focus (GTK_WIDGET (self->label_entry));
}

static void
label_activate_cb (DsrBoardView *self,
                   GtkEntry     *entry)
{
  g_autoptr(GError) error = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  gtk_popover_popdown (GTK_POPOVER (self->label_popover));
  if (!self->link_selected || g_strcmp0 (text, self->link_label != NULL ? self->link_label : "") == 0)
    return;
  if (!dsr_board_history_set_link_label (self->history, self->link.kind, &self->link.from, &self->link.to,
                                         self->link_label, text, &error))
    problem (self, error);
  g_free (self->link_label);
  self->link_label = g_strdup (text);
  edited (self);
}

static gboolean
arrange_tick_cb (GtkWidget     *widget,
                 GdkFrameClock *clock,
                 gpointer       user_data)
{
  DsrBoardView *self = DSR_BOARD_VIEW (widget);
  gint64 now = gdk_frame_clock_get_frame_time (clock);
  double t, eased;

  if (self->anim_start == 0)
    self->anim_start = now;
  t = MIN (1.0, (now - self->anim_start) / (ANIMATE_MS * 1000.0));
  eased = 1 - pow (1 - t, 3);
  for (guint i = 0; self->scene != NULL && i < self->anim_from->len; i++)
    {
      const DsrBoardItem *a = &g_array_index (self->anim_from, DsrBoardItem, i);
      const DsrBoardItem *b = &g_array_index (self->anim_to, DsrBoardItem, i);
      int index = dsr_board_scene_find_card (self->scene, &a->node);

      if (index >= 0)
        dsr_board_scene_move_card (self->scene, index, a->x + (b->x - a->x) * eased,
                                   a->y + (b->y - a->y) * eased);
    }
  dsr_board_tiles_invalidate (self->tiles);
  gtk_widget_queue_draw (widget);
  if (t < 1.0)
    return G_SOURCE_CONTINUE;

  self->anim_tick = 0;
  g_clear_pointer (&self->anim_from, g_array_unref);
  g_clear_pointer (&self->anim_to, g_array_unref);
  edited (self);
  dsr_board_view_fit (self);
  return G_SOURCE_REMOVE;
}

static void
arrange (DsrBoardView *self,
         gboolean      layered)
{
  g_autoptr(GArray) before = g_array_new (FALSE, FALSE, sizeof (DsrBoardItem));
  g_autoptr(GArray) after = NULL;
  g_autoptr(GArray) links = g_array_new (FALSE, FALSE, sizeof (DsrLink));
  g_autoptr(GError) error = NULL;

  if (self->scene == NULL || dsr_board_scene_get_n_cards (self->scene) == 0)
    return;
  for (guint i = 0; i < dsr_board_scene_get_n_cards (self->scene); i++)
    {
      const DsrBoardCard *card = dsr_board_scene_get_card (self->scene, i);

      g_array_append_val (before, ((DsrBoardItem) { card->node, card->x, card->y, card->w, card->h }));
    }
  for (guint i = 0; i < dsr_board_scene_get_n_links (self->scene); i++)
    {
      const DsrBoardLink *link = dsr_board_scene_get_link (self->scene, i);
      DsrLink l = { link->id, link->kind, dsr_board_scene_get_card (self->scene, link->from)->node,
                    dsr_board_scene_get_card (self->scene, link->to)->node, link->state };

      g_array_append_val (links, l);
    }
  after = g_array_copy (before);
  if (layered)
    dsr_board_layout_layered ((DsrBoardItem *)after->data, after->len, (DsrLink *)links->data, links->len);
  else
    dsr_board_layout_force ((DsrBoardItem *)after->data, after->len, (DsrLink *)links->data, links->len, 300);
  for (guint i = 0; i < after->len; i++)
    {
      g_array_index (after, DsrBoardItem, i).x = round (g_array_index (after, DsrBoardItem, i).x);
      g_array_index (after, DsrBoardItem, i).y = round (g_array_index (after, DsrBoardItem, i).y);
    }
  if (!dsr_board_history_move_items (self->history, self->board_id, (DsrBoardItem *)before->data,
                                     (DsrBoardItem *)after->data, before->len, &error))
    {
      problem (self, error);
      edited (self);
      return;
    }
  /* the cards glide to their places (already stored); a large board just jumps */
  if (before->len > ANIMATE_MAX_CARDS || !gtk_widget_get_mapped (GTK_WIDGET (self)) ||
      !adw_get_enable_animations (GTK_WIDGET (self)))
    {
      edited (self);
      dsr_board_view_fit (self);
      return;
    }
  g_clear_pointer (&self->anim_from, g_array_unref);
  g_clear_pointer (&self->anim_to, g_array_unref);
  self->anim_from = g_steal_pointer (&before);
  self->anim_to = g_steal_pointer (&after);
  self->anim_start = 0;
  if (self->anim_tick == 0)
    self->anim_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), arrange_tick_cb, NULL, NULL);
}

static void
arrange_layered_action (GtkWidget *widget, const char *name, GVariant *param)
{
  arrange (view_of (widget), TRUE);
}

static void
arrange_force_action (GtkWidget *widget, const char *name, GVariant *param)
{
  arrange (view_of (widget), FALSE);
}

static void
context_menu_action (GtkWidget  *widget,
                     const char *name,
                     GVariant   *param)
{
  DsrBoardView *self = view_of (widget);
  double x = gtk_widget_get_width (widget) / 2.0, y = gtk_widget_get_height (widget) / 2.0;
  int index;

  if (self->selection->len > 0 &&
      (index = dsr_board_scene_find_card (self->scene, &g_array_index (self->selection, DsrNode, 0))) >= 0)
    {
      const DsrBoardCard *card = dsr_board_scene_get_card (self->scene, index);

      dsr_board_view_to_widget (self, card->x + card->w / 2, card->y + card->h / 2, &x, &y);
    }
  show_context_menu (self, x, y);
}

/* Arrow keys pick the nearest card in their direction; with Shift they add it to the
 * selection, with Alt they move the selected cards. */
static gboolean
arrow_cb (GtkWidget *widget,
          GVariant  *args,
          gpointer   user_data)
{
  DsrBoardView *self = view_of (widget);
  int dx, dy;
  gboolean extend, move;
  const DsrBoardCard *from = NULL;
  double fx, fy, best = G_MAXDOUBLE;
  int best_index = -1;

  g_variant_get (args, "(iibb)", &dx, &dy, &extend, &move);
  if (self->scene == NULL || dsr_board_scene_get_n_cards (self->scene) == 0)
    return TRUE;
  if (move)
    {
      move_selection_by (self, dx * NUDGE, dy * NUDGE);
      return TRUE;
    }
  if (self->selection->len > 0)
    {
      int index = dsr_board_scene_find_card (self->scene,
                                             &g_array_index (self->selection, DsrNode, self->selection->len - 1));
      from = index >= 0 ? dsr_board_scene_get_card (self->scene, index) : NULL;
    }
  if (from == NULL)
    {
      dsr_board_view_select (self, &dsr_board_scene_get_card (self->scene, 0)->node, FALSE);
      return TRUE;
    }
  fx = from->x + from->w / 2, fy = from->y + from->h / 2;
  for (guint i = 0; i < dsr_board_scene_get_n_cards (self->scene); i++)
    {
      const DsrBoardCard *card = dsr_board_scene_get_card (self->scene, i);
      double vx = card->x + card->w / 2 - fx, vy = card->y + card->h / 2 - fy;
      double along = vx * dx + vy * dy, across = fabs (vx * dy - vy * dx), cost;

      if (card == from || along <= 0)
        continue;
      cost = along + 2 * across;
      if (cost < best)
        best = cost, best_index = i;
    }
  if (best_index >= 0)
    {
      const DsrBoardCard *card = dsr_board_scene_get_card (self->scene, best_index);
      double x, y;

      dsr_board_view_select (self, &card->node, extend);
      /* keep the newly selected card in view */
      dsr_board_view_to_widget (self, card->x, card->y, &x, &y);
      if (x < 0 || y < 0 || x + card->w * self->scale > gtk_widget_get_width (widget) ||
          y + card->h * self->scale > gtk_widget_get_height (widget))
        {
          self->origin_x = card->x + card->w / 2 - gtk_widget_get_width (widget) / 2.0 / self->scale;
          self->origin_y = card->y + card->h / 2 - gtk_widget_get_height (widget) / 2.0 / self->scale;
          gtk_widget_queue_draw (widget);
        }
    }
  return TRUE;
}

static void
update_actions (DsrBoardView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean open = self->history != NULL && self->board_id > 0 && self->scene != NULL;
  gboolean writable = open && !dsr_store_is_read_only (store_of (self));
  gboolean one = self->selection->len == 1;
  DsrNodeKind kind = one ? g_array_index (self->selection, DsrNode, 0).kind : DSR_NODE_NOTE;

  gtk_widget_action_set_enabled (widget, "board.undo",
                                 writable && dsr_board_history_can_undo (self->history));
  gtk_widget_action_set_enabled (widget, "board.redo",
                                 writable && dsr_board_history_can_redo (self->history));
  gtk_widget_action_set_enabled (widget, "board.delete",
                                 writable && (self->selection->len > 0 || self->link_selected));
  gtk_widget_action_set_enabled (widget, "board.copy", open && self->selection->len > 0);
  gtk_widget_action_set_enabled (widget, "board.paste",
                                 writable && clipboard.items != NULL &&
                                 g_strcmp0 (clipboard.store_path, dsr_store_get_path (store_of (self))) == 0);
  gtk_widget_action_set_enabled (widget, "board.open-claim", open && one && kind == DSR_NODE_CLAIM);
  gtk_widget_action_set_enabled (widget, "board.edit-note", writable && one && kind == DSR_NODE_NOTE);
  gtk_widget_action_set_enabled (widget, "board.add-note", writable);
  gtk_widget_action_set_enabled (widget, "board.link-selected", writable && self->selection->len == 2);
  gtk_widget_action_set_enabled (widget, "board.confirm-link",
                                 writable && self->link_selected && self->link.state == DSR_LINK_STATE_SUGGESTED);
  gtk_widget_action_set_enabled (widget, "board.edit-label", writable && self->link_selected);
  gtk_widget_action_set_enabled (widget, "board.arrange-layered", writable);
  gtk_widget_action_set_enabled (widget, "board.arrange-force", writable);
}

static void
show_context_menu (DsrBoardView *self,
                   double        x,
                   double        y)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) edit = g_menu_new ();
  g_autoptr(GMenu) view = g_menu_new ();
  gboolean one = self->selection->len == 1;
  DsrNodeKind kind = one ? g_array_index (self->selection, DsrNode, 0).kind : DSR_NODE_NOTE;

  if (self->board_id <= 0)
    return;
  if (self->link_selected)
    {
      if (self->link.state == DSR_LINK_STATE_SUGGESTED)
        g_menu_append (edit, _("_Confirm Link"), "board.confirm-link");
      g_menu_append (edit, _("Edit _Label…"), "board.edit-label");
      g_menu_append (edit, _("_Delete Link"), "board.delete");
    }
  else if (self->selection->len > 0)
    {
      if (one && kind == DSR_NODE_CLAIM)
        g_menu_append (edit, _("_Open Passage"), "board.open-claim");
      if (one && kind == DSR_NODE_NOTE)
        g_menu_append (edit, _("_Edit Note…"), "board.edit-note");
      if (self->selection->len == 2)
        g_menu_append (edit, _("_Link Cards"), "board.link-selected");
      g_menu_append (edit, _("_Copy"), "board.copy");
      g_menu_append (edit, _("_Remove from Board"), "board.delete");
    }
  else
    {
      g_menu_append (edit, _("Add _Note"), "board.add-note");
      g_menu_append (edit, _("_Paste"), "board.paste");
      g_menu_append (edit, _("Select _All"), "board.select-all");
    }
  g_menu_append_section (menu, NULL, G_MENU_MODEL (edit));
  g_menu_append (view, _("_Fit to View"), "board.fit");
  g_menu_append (view, _("Arrange in _Layers"), "board.arrange-layered");
  g_menu_append (view, _("Arrange by Lin_ks"), "board.arrange-force");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (view));

  gtk_popover_menu_set_menu_model (GTK_POPOVER_MENU (self->menu), G_MENU_MODEL (menu));
  gtk_popover_set_pointing_to (GTK_POPOVER (self->menu), &(GdkRectangle) { x, y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->menu));
}

/* Construction */

static GtkWidget *
kind_popover_new (DsrBoardView *self)
{
  static const struct { const char *label; const char *kind; } kinds[] = {
    { N_("_Supports"), "supports" },
    { N_("C_ontradicts"), "contradicts" },
    { N_("_Related"), "related" },
  };
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *title = gtk_label_new (_("Link the claims:"));

  gtk_widget_add_css_class (title, "dim-label");
  gtk_widget_set_margin_bottom (title, 6);
  gtk_box_append (GTK_BOX (box), title);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (_(kinds[i].label));

      gtk_widget_add_css_class (button, "flat");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "board.link-as");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", kinds[i].kind);
      gtk_box_append (GTK_BOX (box), button);
    }
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_widget_set_parent (popover, GTK_WIDGET (self));
  return popover;
}

static GtkWidget *
note_popover_new (DsrBoardView *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();

  self->note_text = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_wrap_mode (self->note_text, GTK_WRAP_WORD_CHAR);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->note_text), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Note"), -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->note_text));
  gtk_widget_set_size_request (scroller, 260, 120);
  gtk_popover_set_child (GTK_POPOVER (popover), scroller);
  g_signal_connect_object (popover, "closed", G_CALLBACK (note_closed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_set_parent (popover, GTK_WIDGET (self));
  return popover;
}

static GtkWidget *
label_popover_new (DsrBoardView *self)
{
  GtkWidget *popover = gtk_popover_new ();

  self->label_entry = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_placeholder_text (self->label_entry, _("Label"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->label_entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Link label"), -1);
  g_signal_connect_object (self->label_entry, "activate", G_CALLBACK (label_activate_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_popover_set_child (GTK_POPOVER (popover), GTK_WIDGET (self->label_entry));
  gtk_widget_set_parent (popover, GTK_WIDGET (self));
  return popover;
}

static void
dsr_board_view_dispose (GObject *object)
{
  DsrBoardView *self = DSR_BOARD_VIEW (object);

  g_clear_pointer (&self->menu, gtk_widget_unparent);
  g_clear_pointer (&self->kind_popover, gtk_widget_unparent);
  g_clear_pointer (&self->note_popover, gtk_widget_unparent);
  g_clear_pointer (&self->label_popover, gtk_widget_unparent);
  g_clear_object (&self->scene);
  g_clear_object (&self->history);
  g_clear_pointer (&self->tiles, dsr_board_tiles_free);

  G_OBJECT_CLASS (dsr_board_view_parent_class)->dispose (object);
}

static void
dsr_board_view_finalize (GObject *object)
{
  DsrBoardView *self = DSR_BOARD_VIEW (object);

  g_clear_pointer (&self->selection, g_array_unref);
  g_clear_pointer (&self->drag_items, g_array_unref);
  g_clear_pointer (&self->anim_from, g_array_unref);
  g_clear_pointer (&self->anim_to, g_array_unref);
  g_free (self->link_label);
  g_free (self->note_before);

  G_OBJECT_CLASS (dsr_board_view_parent_class)->finalize (object);
}

static void
add_arrow (GtkWidgetClass *widget_class,
           guint           key,
           guint           keypad_key,
           int             dx,
           int             dy)
{
  const GdkModifierType mods[] = { 0, GDK_SHIFT_MASK, GDK_ALT_MASK };

  for (guint i = 0; i < G_N_ELEMENTS (mods); i++)
    {
      gtk_widget_class_add_binding (widget_class, key, mods[i], arrow_cb, "(iibb)", dx, dy,
                                    mods[i] == GDK_SHIFT_MASK, mods[i] == GDK_ALT_MASK);
      gtk_widget_class_add_binding (widget_class, keypad_key, mods[i], arrow_cb, "(iibb)", dx, dy,
                                    mods[i] == GDK_SHIFT_MASK, mods[i] == GDK_ALT_MASK);
    }
}

static void
dsr_board_view_class_init (DsrBoardViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dsr_board_view_dispose;
  object_class->finalize = dsr_board_view_finalize;
  widget_class->snapshot = dsr_board_view_snapshot;
  widget_class->size_allocate = dsr_board_view_size_allocate;

  /**
   * DsrBoardView::open-claim:
   * @claim_id: the claim whose passage to show
   */
  signals[OPEN_CLAIM] = g_signal_new ("open-claim", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                      0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  /**
   * DsrBoardView::problem:
   * @message: one sentence for the user
   */
  signals[PROBLEM] = g_signal_new ("problem", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /**
   * DsrBoardView::edited:
   *
   * An edit was stored, undone or redone.
   */
  signals[EDITED] = g_signal_new ("edited", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "board.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "board.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "board.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "board.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "board.zoom-reset", NULL, zoom_reset_action);
  gtk_widget_class_install_action (widget_class, "board.fit", NULL, fit_action);
  gtk_widget_class_install_action (widget_class, "board.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "board.select-all", NULL, select_all_action);
  gtk_widget_class_install_action (widget_class, "board.copy", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "board.paste", NULL, paste_action);
  gtk_widget_class_install_action (widget_class, "board.open-claim", NULL, open_claim_action);
  gtk_widget_class_install_action (widget_class, "board.add-note", NULL, add_note_action);
  gtk_widget_class_install_action (widget_class, "board.edit-note", NULL, edit_note_action);
  gtk_widget_class_install_action (widget_class, "board.link-selected", NULL, link_selected_action);
  gtk_widget_class_install_action (widget_class, "board.link-as", "s", link_as_action);
  gtk_widget_class_install_action (widget_class, "board.confirm-link", NULL, confirm_link_action);
  gtk_widget_class_install_action (widget_class, "board.edit-label", NULL, edit_label_action);
  gtk_widget_class_install_action (widget_class, "board.arrange-layered", NULL, arrange_layered_action);
  gtk_widget_class_install_action (widget_class, "board.arrange-force", NULL, arrange_force_action);
  gtk_widget_class_install_action (widget_class, "board.context-menu", NULL, context_menu_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "board.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "board.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "board.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, 0, "board.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, 0, "board.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, 0, "board.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "board.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "board.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, 0, "board.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, 0, "board.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "board.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "board.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, 0, "board.fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "board.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "board.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_BackSpace, 0, "board.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_a, GDK_CONTROL_MASK, "board.select-all", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK, "board.copy", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_v, GDK_CONTROL_MASK, "board.paste", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "board.open-claim", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "board.open-claim", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, 0, "board.add-note", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "board.edit-note", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK, "board.link-selected", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, "board.context-menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "board.context-menu", NULL);
  add_arrow (widget_class, GDK_KEY_Left, GDK_KEY_KP_Left, -1, 0);
  add_arrow (widget_class, GDK_KEY_Right, GDK_KEY_KP_Right, 1, 0);
  add_arrow (widget_class, GDK_KEY_Up, GDK_KEY_KP_Up, 0, -1);
  add_arrow (widget_class, GDK_KEY_Down, GDK_KEY_KP_Down, 0, 1);

  gtk_widget_class_set_css_name (widget_class, "dsr-board-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
dsr_board_view_init (DsrBoardView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkGesture *click, *drag, *pan, *zoom;
  GtkEventController *motion, *scroll;
  GtkDropTarget *drop;
  GType types[] = { GTK_TYPE_TEXT_BUFFER, DSR_TYPE_NODE };

  self->scale = 1.0;
  self->tiles = dsr_board_tiles_new ();
  self->hover = -1;
  self->drop_target = -1;
  self->selection = g_array_new (FALSE, FALSE, sizeof (DsrNode));

  gtk_widget_set_focusable (widget, TRUE);
  gtk_widget_set_focus_on_click (widget, TRUE);
  gtk_widget_set_overflow (widget, GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_hexpand (widget, TRUE);
  gtk_widget_set_vexpand (widget, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Evidence board"), -1);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  g_signal_connect_swapped (click, "pressed", G_CALLBACK (click_pressed_cb), self);
  g_signal_connect_swapped (click, "released", G_CALLBACK (click_released_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (click));

  drag = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect_swapped (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect_swapped (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect_swapped (drag, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (drag));

  pan = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (pan), GDK_BUTTON_MIDDLE);
  g_signal_connect_swapped (pan, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect_swapped (pan, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect_swapped (pan, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (pan));

  zoom = gtk_gesture_zoom_new ();
  g_signal_connect_swapped (zoom, "begin", G_CALLBACK (zoom_begin_cb), self);
  g_signal_connect_swapped (zoom, "scale-changed", G_CALLBACK (zoom_changed_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (zoom));

  motion = gtk_event_controller_motion_new ();
  g_signal_connect_swapped (motion, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect_swapped (motion, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (widget, motion);

  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect_swapped (scroll, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (widget, scroll);

  drop = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  gtk_drop_target_set_gtypes (drop, types, G_N_ELEMENTS (types));
  g_signal_connect_swapped (drop, "drop", G_CALLBACK (drop_cb), self);
  g_signal_connect_swapped (drop, "enter", G_CALLBACK (drop_enter_cb), self);
  g_signal_connect_swapped (drop, "leave", G_CALLBACK (drop_leave_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (drop));

  self->menu = gtk_popover_menu_new_from_model (NULL);
  gtk_popover_set_has_arrow (GTK_POPOVER (self->menu), FALSE);
  gtk_widget_set_halign (self->menu, GTK_ALIGN_START);
  gtk_widget_set_parent (self->menu, widget);
  self->kind_popover = kind_popover_new (self);
  self->note_popover = note_popover_new (self);
  self->label_popover = label_popover_new (self);

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
  update_actions (self);
}

GtkWidget *
dsr_board_view_new (void)
{
  return g_object_new (DSR_TYPE_BOARD_VIEW, NULL);
}
