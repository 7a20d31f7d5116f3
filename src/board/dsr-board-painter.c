/* dsr-board-painter.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-board-painter"

#include "config.h"

#include <glib/gi18n.h>

#include <math.h>
#include <string.h>
#include <pango/pangocairo.h>

#include "dsr-board-painter.h"
#include "dsr-board-raster.h"

/* Below this scale text would be too small to read: cards become plain blocks and
 * strings straight lines, drawn in a few batched paths; below LABEL_SCALE, on an
 * image, straight into pixels (the level of detail that keeps a 10,000-card board
 * fast at fit-to-view). */
#define DETAIL_SCALE 0.35
#define LABEL_SCALE 0.15

#define CORNER 8.0
#define PADDING 12.0
#define STRIPE 4.0

typedef struct
{
  double background[3];
  double card[3];
  double note[3];
  double border[3];
  double text[3];
  double dim[3];
  double chip[3];
  double accent[3];
  double drop[3];
} Palette;

static const Palette light = {
  .background = { 235 / 255.0, 235 / 255.0, 237 / 255.0 },
  .card = { 1.0, 1.0, 1.0 },
  .note = { 0.992, 0.965, 0.741 },
  .border = { 0.0, 0.0, 0.0 },
  .text = { 0.141, 0.141, 0.141 },
  .dim = { 0.40, 0.40, 0.42 },
  .chip = { 0.0, 0.0, 0.0 },
  .accent = { 0.208, 0.518, 0.894 },
  .drop = { 0.149, 0.635, 0.412 },
};

static const Palette dark = {
  .background = { 36 / 255.0, 36 / 255.0, 36 / 255.0 },
  .card = { 56 / 255.0, 56 / 255.0, 56 / 255.0 },
  .note = { 0.361, 0.337, 0.161 },
  .border = { 1.0, 1.0, 1.0 },
  .text = { 1.0, 1.0, 1.0 },
  .dim = { 0.75, 0.75, 0.77 },
  .chip = { 1.0, 1.0, 1.0 },
  .accent = { 0.471, 0.682, 0.929 },
  .drop = { 0.341, 0.890, 0.537 },
};

/* A string takes the colour of what it points to: said_by the speakers' purple,
 * reported_by the sources' green, supports the claims' blue; contradicts is red and
 * related grey (GNOME palette; lighter shades on dark). */
static const double link_colors[2][5][3] = {
  { { 0.569, 0.255, 0.675 }, { 0.149, 0.635, 0.412 }, { 0.110, 0.443, 0.847 },
    { 0.878, 0.106, 0.141 }, { 0.467, 0.463, 0.482 } },
  { { 0.753, 0.380, 0.796 }, { 0.341, 0.890, 0.537 }, { 0.384, 0.627, 0.918 },
    { 0.965, 0.380, 0.318 }, { 0.604, 0.600, 0.588 } },
};

/* The stripe on top of a card says its kind: claim blue, entity by its kind, source
 * green, document brown, note yellow. */
static void
card_kind_color (const DsrBoardCard *card,
                 double             *rgb)
{
  static const double claim[3] = { 53 / 255.0, 132 / 255.0, 228 / 255.0 };
  static const double entity[4][3] = {
    { 0.569, 0.255, 0.675 }, { 0.902, 0.380, 0.0 }, { 0.180, 0.761, 0.494 },
    { 0.467, 0.463, 0.482 } };
  static const double source[3] = { 0.149, 0.635, 0.412 };
  static const double document[3] = { 0.596, 0.416, 0.267 };
  static const double note[3] = { 0.961, 0.761, 0.067 };
  const double *c;

  switch (card->node.kind)
    {
    case DSR_NODE_CLAIM: c = claim; break;
    case DSR_NODE_ENTITY: c = entity[MIN (card->entity_kind, 3)]; break;
    case DSR_NODE_SOURCE: c = source; break;
    case DSR_NODE_DOCUMENT: c = document; break;
    case DSR_NODE_NOTE:
    default: c = note; break;
    }
  memcpy (rgb, c, sizeof (double) * 3);
}

void
dsr_board_link_kind_color (DsrLinkKind    kind,
                           DsrBoardTheme  theme,
                           double        *rgb)
{
  memcpy (rgb, link_colors[theme == DSR_BOARD_THEME_DARK][MIN (kind, 4)], sizeof (double) * 3);
}

static void
set_rgb (cairo_t      *cr,
         const double *rgb,
         double        alpha)
{
  cairo_set_source_rgba (cr, rgb[0], rgb[1], rgb[2], alpha);
}

static void
rounded_rect (cairo_t *cr,
              double   x,
              double   y,
              double   w,
              double   h,
              double   r)
{
  r = MIN (r, MIN (w, h) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

void
dsr_board_paint_options_init_fit (DsrBoardPaintOptions *options,
                                  DsrBoardScene        *scene,
                                  double                width,
                                  double                height,
                                  double                margin)
{
  DsrBoardRect bounds;
  double scale = 1.0;

  g_return_if_fail (options != NULL);
  g_return_if_fail (DSR_IS_BOARD_SCENE (scene));

  *options = (DsrBoardPaintOptions) { .theme = DSR_BOARD_THEME_LIGHT, .legend = TRUE,
                                      .background = TRUE };
  if (dsr_board_scene_get_bounds (scene, &bounds))
    scale = MIN (1.0, MIN ((width - 2 * margin) / MAX (bounds.width, 1),
                           (height - 2 * margin) / MAX (bounds.height, 1)));
  scale = MAX (scale, 1e-4);
  options->scale = scale;
  options->visible.width = width / scale;
  options->visible.height = height / scale;
  /* centre the board in the area */
  options->visible.x = bounds.x + bounds.width / 2 - options->visible.width / 2;
  options->visible.y = bounds.y + bounds.height / 2 - options->visible.height / 2;
}

/* The string's geometry (dsr_board_string_control(), shared with the hit test). */
typedef struct
{
  double ax, ay, cx, cy, bx, by;
} Curve;

static void
curve_of (const DsrBoardCard *a,
          const DsrBoardCard *b,
          Curve              *c)
{
  c->ax = a->x + a->w / 2;
  c->ay = a->y + a->h / 2;
  c->bx = b->x + b->w / 2;
  c->by = b->y + b->h / 2;
  dsr_board_string_control (a, b, &c->cx, &c->cy);
}

static void
curve_point (const Curve *c,
             double       t,
             double      *x,
             double      *y)
{
  double u = 1 - t;

  *x = u * u * c->ax + 2 * u * t * c->cx + t * t * c->bx;
  *y = u * u * c->ay + 2 * u * t * c->cy + t * t * c->by;
}

static gboolean
inside (const DsrBoardCard *card,
        double              x,
        double              y)
{
  return x >= card->x && x <= card->x + card->w && y >= card->y && y <= card->y + card->h;
}

/* Where the curve enters the target card (the arrow's tip): bisection on t. */
static double
entry_t (const Curve        *c,
         const DsrBoardCard *target)
{
  double lo = 0.5, hi = 1.0;

  for (int i = 0; i < 12; i++)
    {
      double mid = (lo + hi) / 2, x, y;

      curve_point (c, mid, &x, &y);
      if (inside (target, x, y))
        hi = mid;
      else
        lo = mid;
    }
  return lo;
}

/* Strokes the part of the string that crosses @visible: a string between far-apart
 * cards can be many screens long, and stroking (or dashing) all of it for the few
 * pixels on screen is what made panning slow. The curve is flattened into short
 * segments, and each visible run is stroked with the dash phase it has along the
 * whole string, so dashes do not shift while panning. */
static void
trace_visible (cairo_t            *cr,
               const Curve        *c,
               const DsrBoardRect *visible,
               double              width,
               gboolean            stroke_runs,
               gboolean            dashed)
{
  double chord = hypot (c->bx - c->ax, c->by - c->ay);
  int n = CLAMP ((int)(chord / 40), 8, 512);
  double margin = width + 16;
  double px, py, along = 0, run_start = 0;
  gboolean in_run = FALSE;

  curve_point (c, 0, &px, &py);
  for (int i = 1; i <= n; i++)
    {
      double x, y, seg;
      gboolean shown;

      curve_point (c, (double)i / n, &x, &y);
      seg = hypot (x - px, y - py);
      shown = MAX (px, x) >= visible->x - margin &&
              MIN (px, x) <= visible->x + visible->width + margin &&
              MAX (py, y) >= visible->y - margin &&
              MIN (py, y) <= visible->y + visible->height + margin;
      if (shown && !in_run)
        {
          cairo_move_to (cr, px, py);
          run_start = along;
          in_run = TRUE;
        }
      if (shown)
        cairo_line_to (cr, x, y);
      if (in_run && (!shown || i == n))
        {
          if (stroke_runs)
            {
              if (dashed)
                cairo_set_dash (cr, (double[]) { 8, 6 }, 2, run_start);
              cairo_stroke (cr);
            }
          in_run = FALSE;
        }
      along += seg;
      px = x, py = y;
    }
  cairo_set_dash (cr, NULL, 0, 0);
}

/* Adds the arrowhead, where the string meets the target card, to the path. */
static void
trace_arrow (cairo_t            *cr,
             const Curve        *c,
             const DsrBoardCard *target)
{
  double t = entry_t (c, target), tip_x, tip_y, dx, dy, len;

  curve_point (c, t, &tip_x, &tip_y);
  dx = 2 * (1 - t) * (c->cx - c->ax) + 2 * t * (c->bx - c->cx);
  dy = 2 * (1 - t) * (c->cy - c->ay) + 2 * t * (c->by - c->cy);
  len = hypot (dx, dy);
  if (len > 0)
    {
      double ux = dx / len, uy = dy / len, size = 12;

      cairo_move_to (cr, tip_x, tip_y);
      cairo_line_to (cr, tip_x - size * ux + size * 0.5 * uy, tip_y - size * uy - size * 0.5 * ux);
      cairo_line_to (cr, tip_x - size * ux - size * 0.5 * uy, tip_y - size * uy + size * 0.5 * ux);
      cairo_close_path (cr);
    }
}

static gboolean
plain (const DsrBoardLink *link)
{
  return link->state == DSR_LINK_STATE_CONFIRMED && link->marks == DSR_BOARD_MARK_NONE;
}

/* Plain confirmed strings, the most numerous, go in one stroke and one fill per kind. */
static void
paint_plain_links (cairo_t            *cr,
                   DsrBoardScene      *scene,
                   GArray             *links,
                   const DsrBoardRect *visible,
                   DsrBoardTheme       theme)
{
  for (int kind = 0; kind <= DSR_LINK_RELATED; kind++)
    {
      gboolean any = FALSE;
      double rgb[3];

      for (guint i = 0; i < links->len; i++)
        {
          const DsrBoardLink *link = dsr_board_scene_get_link (scene, g_array_index (links, guint, i));
          Curve c;

          if ((int)link->kind != kind || !plain (link))
            continue;
          curve_of (dsr_board_scene_get_card (scene, link->from),
                    dsr_board_scene_get_card (scene, link->to), &c);
          trace_visible (cr, &c, visible, 2.0, FALSE, FALSE);
          any = TRUE;
        }
      if (!any)
        continue;
      dsr_board_link_kind_color (kind, theme, rgb);
      set_rgb (cr, rgb, 1.0);
      cairo_set_line_width (cr, 2.0);
      cairo_stroke (cr);
      for (guint i = 0; i < links->len; i++)
        {
          const DsrBoardLink *link = dsr_board_scene_get_link (scene, g_array_index (links, guint, i));
          const DsrBoardCard *target;
          Curve c;

          if ((int)link->kind != kind || !plain (link))
            continue;
          target = dsr_board_scene_get_card (scene, link->to);
          curve_of (dsr_board_scene_get_card (scene, link->from), target, &c);
          trace_arrow (cr, &c, target);
        }
      cairo_fill (cr);
    }
}

static void
paint_link (cairo_t              *cr,
            PangoLayout          *layout,
            DsrBoardScene        *scene,
            const DsrBoardLink   *link,
            const DsrBoardRect   *visible,
            const Palette        *pal,
            DsrBoardTheme         theme)
{
  const DsrBoardCard *a = dsr_board_scene_get_card (scene, link->from);
  const DsrBoardCard *b = dsr_board_scene_get_card (scene, link->to);
  double rgb[3], width;
  Curve c;

  curve_of (a, b, &c);
  dsr_board_link_kind_color (link->kind, theme, rgb);
  width = (link->marks & DSR_BOARD_MARK_SELECTED) ? 4.0 : 2.0;

  if (!plain (link))
    {
      if (link->marks & (DSR_BOARD_MARK_SELECTED | DSR_BOARD_MARK_HOVER))
        {
          /* a halo behind the string */
          set_rgb (cr, pal->accent, 0.35);
          cairo_set_line_width (cr, width + 6);
          trace_visible (cr, &c, visible, width + 6, TRUE, FALSE);
        }
      set_rgb (cr, rgb, 1.0);
      cairo_set_line_width (cr, width);
      trace_visible (cr, &c, visible, width, TRUE, link->state == DSR_LINK_STATE_SUGGESTED);
      trace_arrow (cr, &c, b);
      cairo_fill (cr);
    }

  if (link->label != NULL && *link->label != '\0')
    {
      PangoRectangle ink;
      double mx, my;

      curve_point (&c, 0.5, &mx, &my);
      pango_layout_set_attributes (layout, NULL);
      pango_layout_set_width (layout, 160 * PANGO_SCALE);
      pango_layout_set_height (layout, -1);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_text (layout, link->label, -1);
      pango_layout_get_pixel_extents (layout, NULL, &ink);
      rounded_rect (cr, mx - ink.width / 2.0 - 6, my - ink.height / 2.0 - 3,
                    ink.width + 12, ink.height + 6, (ink.height + 6) / 2.0);
      set_rgb (cr, pal->card, 1.0);
      cairo_fill_preserve (cr);
      set_rgb (cr, rgb, 1.0);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
      set_rgb (cr, pal->text, 1.0);
      cairo_move_to (cr, mx - ink.width / 2.0 - ink.x, my - ink.height / 2.0 - ink.y);
      pango_cairo_show_layout (cr, layout);
    }
}

static PangoFontDescription *
font (double       size,
      PangoStyle   style,
      PangoWeight  weight)
{
  PangoFontDescription *desc = pango_font_description_from_string ("Sans");

  pango_font_description_set_absolute_size (desc, size * PANGO_SCALE);
  pango_font_description_set_style (desc, style);
  pango_font_description_set_weight (desc, weight);
  return desc;
}

/* Text layouts are made once per card and kept with the scene (a scene's texts do not
 * change; the view loads a new scene after an edit), so that panning only draws. They
 * are laid out unhinted, in board units, so text scales smoothly with the zoom. */
#define CACHE_KEY "dsr-board-painter-cache"
#define CACHE_LIMIT 8192
#define SLOTS 8

typedef struct
{
  PangoContext *context;
  GHashTable   *layouts;   /* card index * SLOTS + slot -> PangoLayout */
} LayoutCache;

static void
layout_cache_free (LayoutCache *cache)
{
  g_object_unref (cache->context);
  g_hash_table_unref (cache->layouts);
  g_free (cache);
}

static LayoutCache *
layout_cache_get (DsrBoardScene *scene)
{
  LayoutCache *cache = g_object_get_data (G_OBJECT (scene), CACHE_KEY);

  if (cache == NULL)
    {
      cairo_font_options_t *options = cairo_font_options_create ();

      cache = g_new0 (LayoutCache, 1);
      cache->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
      cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
      cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
      pango_cairo_context_set_font_options (cache->context, options);
      cairo_font_options_destroy (options);
      cache->layouts = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
      g_object_set_data_full (G_OBJECT (scene), CACHE_KEY, cache,
                              (GDestroyNotify)layout_cache_free);
    }
  return cache;
}

typedef struct
{
  PangoFontDescription *kind;
  PangoFontDescription *title;
  PangoFontDescription *quote;
  PangoFontDescription *body;
  PangoFontDescription *chip;
} Fonts;

typedef struct
{
  cairo_t       *cr;
  LayoutCache   *cache;
  const Fonts   *fonts;
  const Palette *pal;
  guint          card;    /* the index of the card being drawn */
} Painter;

/* The layout of one piece of text of the current card; *fresh when it must be set up. */
static PangoLayout *
card_layout (Painter  *p,
             guint     slot,
             gboolean *fresh)
{
  gpointer key = GUINT_TO_POINTER (p->card * SLOTS + slot + 1);
  PangoLayout *layout = g_hash_table_lookup (p->cache->layouts, key);

  *fresh = layout == NULL;
  if (layout == NULL)
    {
      if (g_hash_table_size (p->cache->layouts) > CACHE_LIMIT)
        g_hash_table_remove_all (p->cache->layouts);
      layout = pango_layout_new (p->cache->context);
      g_hash_table_insert (p->cache->layouts, key, layout);
    }
  return layout;
}

/* Shows @text at (x, y) within @width and at most @lines lines; returns the height used. */
static double
show_text (Painter                     *p,
           guint                        slot,
           const PangoFontDescription  *desc,
           const char                  *text,
           double                       x,
           double                       y,
           double                       width,
           int                          lines)
{
  gboolean fresh;
  PangoLayout *layout = card_layout (p, slot, &fresh);
  int h;

  if (fresh)
    {
      pango_layout_set_font_description (layout, desc);
      pango_layout_set_width (layout, (int)(width * PANGO_SCALE));
      pango_layout_set_height (layout, -lines);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_text (layout, text, -1);
    }
  cairo_move_to (p->cr, x, y);
  pango_cairo_show_layout (p->cr, layout);
  pango_layout_get_pixel_size (layout, NULL, &h);
  return h;
}

/* A rounded chip holding a short name; returns its width. */
static double
show_chip (Painter                     *p,
           guint                        slot,
           const double                *rgb,
           const char                  *text,
           double                       x,
           double                       y,
           double                       max_width)
{
  cairo_t *cr = p->cr;
  const Palette *pal = p->pal;
  gboolean fresh;
  PangoLayout *layout = card_layout (p, slot, &fresh);
  int w, h;

  if (fresh)
    {
      pango_layout_set_font_description (layout, p->fonts->chip);
      pango_layout_set_width (layout, (int)(MAX (max_width - 12, 10) * PANGO_SCALE));
      pango_layout_set_height (layout, -1);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_text (layout, text, -1);
    }
  pango_layout_get_pixel_size (layout, &w, &h);
  rounded_rect (cr, x, y, w + 12, h + 4, (h + 4) / 2.0);
  set_rgb (cr, rgb, 0.18);
  cairo_fill (cr);
  set_rgb (cr, pal->text, 0.9);
  cairo_move_to (cr, x + 6, y + 2);
  pango_cairo_show_layout (cr, layout);
  return w + 12;
}

static const char *
kind_caption (const DsrBoardCard *card)
{
  switch (card->node.kind)
    {
    case DSR_NODE_CLAIM: return C_("board card", "CLAIM");
    case DSR_NODE_ENTITY:
      switch (card->entity_kind)
        {
        case DSR_ENTITY_PERSON: return C_("board card", "PERSON");
        case DSR_ENTITY_ORG: return C_("board card", "ORGANISATION");
        case DSR_ENTITY_PLACE: return C_("board card", "PLACE");
        case DSR_ENTITY_OTHER:
        default: return C_("board card", "ENTITY");
        }
    case DSR_NODE_SOURCE: return C_("board card", "SOURCE");
    case DSR_NODE_DOCUMENT: return C_("board card", "DOCUMENT");
    case DSR_NODE_NOTE:
    default: return C_("board card", "NOTE");
    }
}

static void
paint_card (Painter             *p,
            const DsrBoardCard  *card)
{
  cairo_t *cr = p->cr;
  const Palette *pal = p->pal;
  const Fonts *fonts = p->fonts;
  double stripe[3], x = card->x, y = card->y, w = card->w, h = card->h;
  double inner = w - 2 * PADDING, ty;
  const char *title = card->title != NULL ? card->title : "";

  card_kind_color (card, stripe);

  /* shadow, body, kind stripe, border */
  rounded_rect (cr, x, y + 2, w, h, CORNER);
  cairo_set_source_rgba (cr, 0, 0, 0, 0.12);
  cairo_fill (cr);
  rounded_rect (cr, x, y, w, h, CORNER);
  set_rgb (cr, card->node.kind == DSR_NODE_NOTE ? pal->note : pal->card, 1.0);
  cairo_fill_preserve (cr);
  cairo_save (cr);
  cairo_clip (cr);
  set_rgb (cr, stripe, 1.0);
  cairo_rectangle (cr, x, y, w, STRIPE);
  cairo_fill (cr);
  cairo_restore (cr);
  rounded_rect (cr, x + 0.5, y + 0.5, w - 1, h - 1, CORNER);
  set_rgb (cr, pal->border, 0.15);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);

  cairo_save (cr);
  rounded_rect (cr, x, y, w, h, CORNER);
  cairo_clip (cr);

  ty = y + STRIPE + 8;
  if (card->node.kind != DSR_NODE_NOTE)
    {
      set_rgb (cr, stripe, 1.0);
      ty += show_text (p, 0, fonts->kind, kind_caption (card), x + PADDING, ty,
                       inner - (card->grade ? 28 : 0), 1) + 3;
    }
  set_rgb (cr, pal->text, 1.0);

  switch (card->node.kind)
    {
    case DSR_NODE_CLAIM:
      {
        g_autofree char *quoted = dsr_text_opens_with_quote_mark (title)
                                  ? g_strdup (title) : g_strdup_printf (_("“%s”"), title);
        double chips_y = y + h - 24, cx = x + PADDING;
        double link_rgb[3];

        show_text (p, 1, fonts->quote, quoted, x + PADDING, ty, inner,
                   MAX (1, (int)((chips_y - ty - 2) / 16)));
        if (card->speaker != NULL)
          {
            dsr_board_link_kind_color (DSR_LINK_SAID_BY, DSR_BOARD_THEME_LIGHT, link_rgb);
            cx += show_chip (p, 2, link_rgb, card->speaker, cx, chips_y,
                             card->source != NULL ? inner / 2 : inner) + 6;
          }
        if (card->source != NULL)
          {
            dsr_board_link_kind_color (DSR_LINK_REPORTED_BY, DSR_BOARD_THEME_LIGHT, link_rgb);
            show_chip (p, 3, link_rgb, card->source, cx, chips_y,
                       x + w - PADDING - cx);
          }
      }
      break;
    case DSR_NODE_SOURCE:
      show_text (p, 1, fonts->title, title, x + PADDING, ty, inner, 2);
      if (card->grade != 0)
        {
          char grade[2] = { card->grade, 0 };
          gboolean fresh;
          PangoLayout *layout = card_layout (p, 2, &fresh);
          int gw, gh;

          cairo_arc (cr, x + w - PADDING - 10, y + STRIPE + 18, 11, 0, 2 * G_PI);
          set_rgb (cr, stripe, 1.0);
          cairo_fill (cr);
          if (fresh)
            {
              pango_layout_set_font_description (layout, fonts->title);
              pango_layout_set_text (layout, grade, -1);
            }
          pango_layout_get_pixel_size (layout, &gw, &gh);
          cairo_set_source_rgb (cr, 1, 1, 1);
          cairo_move_to (cr, x + w - PADDING - 10 - gw / 2.0, y + STRIPE + 18 - gh / 2.0);
          pango_cairo_show_layout (cr, layout);
        }
      break;
    case DSR_NODE_DOCUMENT:
      ty += show_text (p, 1, fonts->title, title, x + PADDING, ty, inner, 2) + 2;
      if (card->detail != NULL)
        {
          set_rgb (cr, pal->dim, 1.0);
          show_text (p, 2, fonts->body, card->detail, x + PADDING, ty, inner, 1);
        }
      break;
    case DSR_NODE_NOTE:
      show_text (p, 1, fonts->body, title, x + PADDING, y + STRIPE + 8, inner,
                 MAX (1, (int)((h - STRIPE - 16) / 16)));
      break;
    case DSR_NODE_ENTITY:
    default:
      show_text (p, 1, fonts->title, title, x + PADDING, ty, inner, 2);
      break;
    }
  cairo_restore (cr);

  if (card->marks & (DSR_BOARD_MARK_SELECTED | DSR_BOARD_MARK_HOVER | DSR_BOARD_MARK_DROP_TARGET))
    {
      const double *ring = (card->marks & DSR_BOARD_MARK_DROP_TARGET) ? pal->drop : pal->accent;
      double width = (card->marks & (DSR_BOARD_MARK_SELECTED | DSR_BOARD_MARK_DROP_TARGET))
                     ? 3 : 1.5;

      if (card->marks & DSR_BOARD_MARK_DROP_TARGET)
        {
          rounded_rect (cr, x, y, w, h, CORNER);
          set_rgb (cr, ring, 0.15);
          cairo_fill (cr);
        }
      rounded_rect (cr, x - width / 2 - 1, y - width / 2 - 1, w + width + 2, h + width + 2,
                    CORNER + 2);
      set_rgb (cr, ring, 1.0);
      cairo_set_line_width (cr, width);
      cairo_stroke (cr);
    }
}

/* Far out: blocks and straight strings, one path per colour. */
static void
trace_simplified (cairo_t        *cr,
                  DsrBoardScene  *scene,
                  GArray         *cards,
                  GArray         *links,
                  DsrBoardTheme   theme)
{
  for (int kind = 0; kind <= DSR_LINK_RELATED; kind++)
    for (int state = 0; state < 2; state++)
      {
        double rgb[3];
        gboolean any = FALSE;

        for (guint i = 0; i < links->len; i++)
          {
            const DsrBoardLink *link = dsr_board_scene_get_link (scene, g_array_index (links, guint, i));
            const DsrBoardCard *a, *b;

            if ((int)link->kind != kind || (int)link->state != state)
              continue;
            a = dsr_board_scene_get_card (scene, link->from);
            b = dsr_board_scene_get_card (scene, link->to);
            cairo_move_to (cr, a->x + a->w / 2, a->y + a->h / 2);
            cairo_line_to (cr, b->x + b->w / 2, b->y + b->h / 2);
            any = TRUE;
          }
        if (!any)
          continue;
        dsr_board_link_kind_color (kind, theme, rgb);
        set_rgb (cr, rgb, state == DSR_LINK_STATE_SUGGESTED ? 0.4 : 0.8);
        cairo_stroke (cr);
      }

  /* Cards in board order, one path per run of cards of one colour (entity cards
   * differ by the entity's kind, so the node kind alone cannot pick the colour). */
  {
    double last[3] = { -1, -1, -1 };

    for (guint i = 0; i < cards->len; i++)
      {
        const DsrBoardCard *card = dsr_board_scene_get_card (scene, g_array_index (cards, guint, i));
        double rgb[3];

        card_kind_color (card, rgb);
        if (memcmp (rgb, last, sizeof rgb) != 0)
          {
            if (last[0] >= 0)
              {
                set_rgb (cr, last, 1.0);
                cairo_fill (cr);
              }
            memcpy (last, rgb, sizeof rgb);
          }
        cairo_rectangle (cr, card->x, card->y, card->w, card->h);
      }
    if (last[0] >= 0)
      {
        set_rgb (cr, last, 1.0);
        cairo_fill (cr);
      }
  }
}

/* The same on pixels, straight into a raster: no paths to fill at all. Strings and
 * then cards, each in board order and in its own colour. */
static void
raster_simplified (DsrBoardRaster *raster,
                   DsrBoardScene  *scene,
                   GArray         *cards,
                   GArray         *links,
                   DsrBoardTheme   theme)
{
  guint8 string_colors[DSR_LINK_RELATED + 1][2], card_color = 0;  /* [kind][suggested] */
  double last[3] = { -1, -1, -1 };

  for (int kind = 0; kind <= DSR_LINK_RELATED; kind++)
    {
      double rgb[3];

      dsr_board_link_kind_color (kind, theme, rgb);
      string_colors[kind][FALSE] = dsr_board_raster_add_color (raster, rgb, 0.8);
      string_colors[kind][TRUE] = dsr_board_raster_add_color (raster, rgb, 0.4);
    }
  for (guint i = 0; i < links->len; i++)
    {
      const DsrBoardLink *link = dsr_board_scene_get_link (scene, g_array_index (links, guint, i));
      const DsrBoardCard *a = dsr_board_scene_get_card (scene, link->from);
      const DsrBoardCard *b = dsr_board_scene_get_card (scene, link->to);
      guint8 color = string_colors[MIN (link->kind, DSR_LINK_RELATED)]
                                  [link->state == DSR_LINK_STATE_SUGGESTED];

      dsr_board_raster_add_line (raster, color, a->x + a->w / 2, a->y + a->h / 2,
                                 b->x + b->w / 2, b->y + b->h / 2);
    }

  for (guint i = 0; i < cards->len; i++)
    {
      const DsrBoardCard *card = dsr_board_scene_get_card (scene, g_array_index (cards, guint, i));
      double rgb[3];

      card_kind_color (card, rgb);
      if (memcmp (rgb, last, sizeof rgb) != 0)
        {
          card_color = dsr_board_raster_add_color (raster, rgb, 1.0);
          memcpy (last, rgb, sizeof rgb);
        }
      dsr_board_raster_add_box (raster, card_color, card->x, card->y, card->w, card->h);
    }
}

static void
paint_simplified (cairo_t             *cr,
                  DsrBoardScene       *scene,
                  GArray              *cards,
                  GArray              *links,
                  const Palette       *pal,
                  DsrBoardTheme        theme,
                  double               scale)
{
  g_autoptr(DsrBoardRaster) raster = NULL;
  double px = 1.0 / scale;

  /* far out, hairlines and blocks a few pixels wide: antialiasing would cost much and
   * show little */
  cairo_set_antialias (cr, scale >= LABEL_SCALE ? CAIRO_ANTIALIAS_DEFAULT : CAIRO_ANTIALIAS_NONE);
  cairo_set_line_width (cr, px);
  if (scale < LABEL_SCALE && (raster = dsr_board_raster_new (cr)) != NULL)
    {
      raster_simplified (raster, scene, cards, links, theme);
      dsr_board_raster_paint (raster, cr);
    }
  else
    trace_simplified (cr, scene, cards, links, theme);

  /* marks stay visible far out */
  for (guint i = 0; i < cards->len; i++)
    {
      const DsrBoardCard *card = dsr_board_scene_get_card (scene, g_array_index (cards, guint, i));

      if (card->marks == DSR_BOARD_MARK_NONE)
        continue;
      cairo_rectangle (cr, card->x - 2 * px, card->y - 2 * px, card->w + 4 * px, card->h + 4 * px);
      set_rgb (cr, (card->marks & DSR_BOARD_MARK_DROP_TARGET) ? pal->drop : pal->accent, 1.0);
      cairo_set_line_width (cr, 3 * px);
      cairo_stroke (cr);
    }
}

/* Between far out and near: cards as labelled blocks whose names stay readable (a
 * constant size on screen), for a whole investigation on a narrow pane. */
#define LABEL_PIXELS 10.0

static void
paint_labels (cairo_t             *cr,
              DsrBoardScene       *scene,
              GArray              *cards,
              const Palette       *pal,
              double               scale)
{
  g_autoptr(PangoLayout) layout = pango_layout_new (layout_cache_get (scene)->context);
  PangoFontDescription *desc = font (LABEL_PIXELS / scale, PANGO_STYLE_NORMAL, PANGO_WEIGHT_BOLD);
  double px = 1.0 / scale;

  pango_layout_set_font_description (layout, desc);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_height (layout, -2);
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_DEFAULT);
  for (guint i = 0; i < cards->len; i++)
    {
      const DsrBoardCard *card = dsr_board_scene_get_card (scene, g_array_index (cards, guint, i));
      double stripe[3];
      int h;

      card_kind_color (card, stripe);
      rounded_rect (cr, card->x, card->y, card->w, card->h, 3 * px);
      set_rgb (cr, card->node.kind == DSR_NODE_NOTE ? pal->note : pal->card, 1.0);
      cairo_fill (cr);
      set_rgb (cr, stripe, 1.0);
      cairo_rectangle (cr, card->x, card->y, card->w, 3 * px);
      cairo_fill (cr);
      if (card->marks != DSR_BOARD_MARK_NONE)
        {
          rounded_rect (cr, card->x - 2 * px, card->y - 2 * px, card->w + 4 * px, card->h + 4 * px, 4 * px);
          set_rgb (cr, (card->marks & DSR_BOARD_MARK_DROP_TARGET) ? pal->drop : pal->accent, 1.0);
          cairo_set_line_width (cr, 2 * px);
          cairo_stroke (cr);
        }
      pango_layout_set_width (layout, (int)((card->w - 8 * px) * PANGO_SCALE));
      pango_layout_set_text (layout, card->title != NULL ? card->title : "", -1);
      pango_layout_get_pixel_size (layout, NULL, &h);
      if (h > card->h - 6 * px)
        pango_layout_set_height (layout, -1);
      set_rgb (cr, pal->text, 1.0);
      cairo_move_to (cr, card->x + 4 * px, card->y + 5 * px);
      pango_cairo_show_layout (cr, layout);
      pango_layout_set_height (layout, -2);
    }
  pango_font_description_free (desc);
}

static void
paint_legend (cairo_t       *cr,
              PangoLayout   *layout,
              const Fonts   *fonts,
              const Palette *pal,
              DsrBoardTheme  theme,
              double         height)
{
  static const DsrLinkKind kinds[] = {
    DSR_LINK_SAID_BY, DSR_LINK_REPORTED_BY, DSR_LINK_SUPPORTS, DSR_LINK_CONTRADICTS,
    DSR_LINK_RELATED,
  };
  const char *names[] = {
    C_("link kind", "said by"), C_("link kind", "reported by"), C_("link kind", "supports"),
    C_("link kind", "contradicts"), C_("link kind", "related"),
  };
  double row = 18, w = 150, h = row * (G_N_ELEMENTS (kinds) + 1) + 16;
  double x = 12, y = height - h - 12;

  rounded_rect (cr, x, y, w, h, 8);
  set_rgb (cr, pal->card, 0.92);
  cairo_fill_preserve (cr);
  set_rgb (cr, pal->border, 0.15);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);

  for (guint i = 0; i <= G_N_ELEMENTS (kinds); i++)
    {
      double ly = y + 8 + i * row + row / 2, rgb[3];
      gboolean suggested = i == G_N_ELEMENTS (kinds);

      if (suggested)
        memcpy (rgb, pal->dim, sizeof rgb);
      else
        dsr_board_link_kind_color (kinds[i], theme, rgb);
      set_rgb (cr, rgb, 1.0);
      cairo_set_line_width (cr, 2);
      if (suggested)
        cairo_set_dash (cr, (double[]) { 5, 3 }, 2, 0);
      cairo_move_to (cr, x + 10, ly);
      cairo_line_to (cr, x + 38, ly);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      set_rgb (cr, pal->text, 1.0);
      pango_layout_set_font_description (layout, fonts->body);
      pango_layout_set_width (layout, (int)((w - 56) * PANGO_SCALE));
      pango_layout_set_height (layout, -1);
      pango_layout_set_text (layout, suggested ? C_("link state", "suggested") : names[i], -1);
      cairo_move_to (cr, x + 46, ly - 8);
      pango_cairo_show_layout (cr, layout);
    }
}

/* Paints @cards and @links (indices, in drawing order) in the visible rectangle. */
static void
paint_content (DsrBoardScene              *scene,
               cairo_t                    *cr,
               const DsrBoardPaintOptions *options,
               GArray                     *cards,
               GArray                     *links)
{
  const Palette *pal = options->theme == DSR_BOARD_THEME_DARK ? &dark : &light;
  double scale = options->scale;
  g_autoptr(PangoLayout) layout = NULL;

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, options->visible.width * scale, options->visible.height * scale);
  cairo_clip (cr);
  cairo_scale (cr, scale, scale);
  cairo_translate (cr, -options->visible.x, -options->visible.y);

  if (scale < DETAIL_SCALE)
    {
      paint_simplified (cr, scene, cards, links, pal, options->theme, scale);
      if (scale >= LABEL_SCALE)
        paint_labels (cr, scene, cards, pal, scale);
    }
  else
    {
      Fonts fonts = {
        font (9, PANGO_STYLE_NORMAL, PANGO_WEIGHT_BOLD),
        font (14, PANGO_STYLE_NORMAL, PANGO_WEIGHT_BOLD),
        font (13, PANGO_STYLE_ITALIC, PANGO_WEIGHT_NORMAL),
        font (12, PANGO_STYLE_NORMAL, PANGO_WEIGHT_NORMAL),
        font (10, PANGO_STYLE_NORMAL, PANGO_WEIGHT_NORMAL),
      };
      Painter painter = { cr, layout_cache_get (scene), &fonts, pal, 0 };

      layout = pango_cairo_create_layout (cr);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      pango_layout_set_font_description (layout, fonts.chip);
      paint_plain_links (cr, scene, links, &options->visible, options->theme);
      for (guint i = 0; i < links->len; i++)
        paint_link (cr, layout, scene, dsr_board_scene_get_link (scene, g_array_index (links, guint, i)),
                    &options->visible, pal, options->theme);
      for (guint i = 0; i < cards->len; i++)
        {
          painter.card = g_array_index (cards, guint, i);
          paint_card (&painter, dsr_board_scene_get_card (scene, painter.card));
        }

      pango_font_description_free (fonts.kind);
      pango_font_description_free (fonts.title);
      pango_font_description_free (fonts.quote);
      pango_font_description_free (fonts.body);
      pango_font_description_free (fonts.chip);
    }
  cairo_restore (cr);
}

void
dsr_board_paint (DsrBoardScene              *scene,
                 cairo_t                    *cr,
                 const DsrBoardPaintOptions *options)
{
  g_autoptr(GArray) cards = NULL;
  g_autoptr(GArray) links = NULL;
  double scale;

  g_return_if_fail (DSR_IS_BOARD_SCENE (scene));
  g_return_if_fail (cr != NULL && options != NULL && options->scale > 0);

  scale = options->scale;
  cairo_save (cr);
  if (options->background)
    {
      set_rgb (cr, (options->theme == DSR_BOARD_THEME_DARK ? &dark : &light)->background, 1.0);
      cairo_rectangle (cr, 0, 0, options->visible.width * scale, options->visible.height * scale);
      cairo_fill (cr);
    }

  cards = g_array_new (FALSE, FALSE, sizeof (guint));
  links = g_array_new (FALSE, FALSE, sizeof (guint));
  dsr_board_scene_query_cards (scene, &options->visible, cards);
  dsr_board_scene_query_links (scene, &options->visible, links);
  paint_content (scene, cr, options, cards, links);

  if (options->legend)
    dsr_board_paint_legend (cr, options->theme, options->visible.height * scale);
  cairo_restore (cr);
}

/**
 * dsr_board_paint_items:
 * @cards: (element-type guint): card indices
 * @links: (element-type guint): link indices
 *
 * Paints only these cards and links, with their marks, over what is already there
 * (no background, no legend): the view draws the selection and the card under the
 * pointer this way on top of its cached tiles.
 */
void
dsr_board_paint_items (DsrBoardScene              *scene,
                       cairo_t                    *cr,
                       const DsrBoardPaintOptions *options,
                       GArray                     *cards,
                       GArray                     *links)
{
  g_return_if_fail (DSR_IS_BOARD_SCENE (scene));
  g_return_if_fail (cr != NULL && options != NULL && options->scale > 0);

  cairo_save (cr);
  paint_content (scene, cr, options, cards, links);
  cairo_restore (cr);
}

/**
 * dsr_board_paint_legend:
 * @height: the height of the area, in device units (the legend sits bottom-left)
 */
void
dsr_board_paint_legend (cairo_t       *cr,
                        DsrBoardTheme  theme,
                        double         height)
{
  Fonts fonts = { .body = font (11, PANGO_STYLE_NORMAL, PANGO_WEIGHT_NORMAL) };
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);

  paint_legend (cr, layout, &fonts, theme == DSR_BOARD_THEME_DARK ? &dark : &light, theme, height);
  pango_font_description_free (fonts.body);
}
