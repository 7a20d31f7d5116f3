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

/* Below this scale text would be too small to read: cards become plain blocks and
 * strings straight lines, drawn in a few batched paths (the level of detail that
 * keeps a 10,000-card board fast at fit-to-view). */
#define DETAIL_SCALE 0.35

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

/* GNOME palette colours: blue 4, purple 3, green 5, red 3, dark 1; lighter on dark. */
static const double link_colors[2][5][3] = {
  { { 0.110, 0.443, 0.847 }, { 0.569, 0.255, 0.675 }, { 0.149, 0.635, 0.412 },
    { 0.878, 0.106, 0.141 }, { 0.467, 0.463, 0.482 } },
  { { 0.384, 0.627, 0.918 }, { 0.753, 0.380, 0.796 }, { 0.341, 0.890, 0.537 },
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

/* The string's geometry: a quadratic Bézier between the two cards' centres, sagging
 * to the right of its direction like a string pinned at both ends (the scene's hit
 * test uses the same curve). */
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
  c->cx = (c->ax + c->bx) / 2 - 0.15 * (c->by - c->ay);
  c->cy = (c->ay + c->by) / 2 + 0.15 * (c->bx - c->ax);
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

static void
paint_link (cairo_t              *cr,
            PangoLayout          *layout,
            DsrBoardScene        *scene,
            const DsrBoardLink   *link,
            const Palette        *pal,
            DsrBoardTheme         theme)
{
  const DsrBoardCard *a = dsr_board_scene_get_card (scene, link->from);
  const DsrBoardCard *b = dsr_board_scene_get_card (scene, link->to);
  double rgb[3], tip_x, tip_y, t, dx, dy, len, width;
  Curve c;

  curve_of (a, b, &c);
  dsr_board_link_kind_color (link->kind, theme, rgb);
  width = (link->marks & DSR_BOARD_MARK_SELECTED) ? 4.0 : 2.0;

  if (link->marks & (DSR_BOARD_MARK_SELECTED | DSR_BOARD_MARK_HOVER))
    {
      /* a halo behind the string */
      cairo_move_to (cr, c.ax, c.ay);
      cairo_curve_to (cr, c.ax + 2.0 / 3 * (c.cx - c.ax), c.ay + 2.0 / 3 * (c.cy - c.ay),
                      c.bx + 2.0 / 3 * (c.cx - c.bx), c.by + 2.0 / 3 * (c.cy - c.by),
                      c.bx, c.by);
      set_rgb (cr, pal->accent, 0.35);
      cairo_set_line_width (cr, width + 6);
      cairo_stroke (cr);
    }

  cairo_move_to (cr, c.ax, c.ay);
  cairo_curve_to (cr, c.ax + 2.0 / 3 * (c.cx - c.ax), c.ay + 2.0 / 3 * (c.cy - c.ay),
                  c.bx + 2.0 / 3 * (c.cx - c.bx), c.by + 2.0 / 3 * (c.cy - c.by),
                  c.bx, c.by);
  set_rgb (cr, rgb, 1.0);
  cairo_set_line_width (cr, width);
  if (link->state == DSR_LINK_STATE_SUGGESTED)
    cairo_set_dash (cr, (double[]) { 8, 6 }, 2, 0);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  /* the arrowhead, where the string meets the target card */
  t = entry_t (&c, b);
  curve_point (&c, t, &tip_x, &tip_y);
  dx = 2 * (1 - t) * (c.cx - c.ax) + 2 * t * (c.bx - c.cx);
  dy = 2 * (1 - t) * (c.cy - c.ay) + 2 * t * (c.by - c.cy);
  len = hypot (dx, dy);
  if (len > 0)
    {
      double ux = dx / len, uy = dy / len, size = 12;

      cairo_move_to (cr, tip_x, tip_y);
      cairo_line_to (cr, tip_x - size * ux + size * 0.5 * uy, tip_y - size * uy - size * 0.5 * ux);
      cairo_line_to (cr, tip_x - size * ux - size * 0.5 * uy, tip_y - size * uy + size * 0.5 * ux);
      cairo_close_path (cr);
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

typedef struct
{
  PangoFontDescription *kind;
  PangoFontDescription *title;
  PangoFontDescription *quote;
  PangoFontDescription *body;
  PangoFontDescription *chip;
} Fonts;

/* Shows @text at (x, y) within @width and at most @lines lines; returns the height used. */
static double
show_text (cairo_t                     *cr,
           PangoLayout                 *layout,
           const PangoFontDescription  *desc,
           const char                  *text,
           double                       x,
           double                       y,
           double                       width,
           int                          lines)
{
  int h;

  pango_layout_set_font_description (layout, desc);
  pango_layout_set_width (layout, (int)(width * PANGO_SCALE));
  pango_layout_set_height (layout, -lines);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, -1);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  pango_layout_get_pixel_size (layout, NULL, &h);
  return h;
}

/* A rounded chip holding a short name; returns its width. */
static double
show_chip (cairo_t                     *cr,
           PangoLayout                 *layout,
           const Fonts                 *fonts,
           const Palette               *pal,
           const double                *rgb,
           const char                  *text,
           double                       x,
           double                       y,
           double                       max_width)
{
  int w, h;

  pango_layout_set_font_description (layout, fonts->chip);
  pango_layout_set_width (layout, (int)(MAX (max_width - 12, 10) * PANGO_SCALE));
  pango_layout_set_height (layout, -1);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_text (layout, text, -1);
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
paint_card (cairo_t             *cr,
            PangoLayout         *layout,
            const Fonts         *fonts,
            const DsrBoardCard  *card,
            const Palette       *pal)
{
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
      ty += show_text (cr, layout, fonts->kind, kind_caption (card), x + PADDING, ty,
                       inner - (card->grade ? 28 : 0), 1) + 3;
    }
  set_rgb (cr, pal->text, 1.0);

  switch (card->node.kind)
    {
    case DSR_NODE_CLAIM:
      {
        g_autofree char *quoted = g_strdup_printf (_("“%s”"), title);
        double chips_y = y + h - 24, cx = x + PADDING;
        double link_rgb[3];

        show_text (cr, layout, fonts->quote, quoted, x + PADDING, ty, inner,
                   MAX (1, (int)((chips_y - ty - 2) / 16)));
        if (card->speaker != NULL)
          {
            dsr_board_link_kind_color (DSR_LINK_SAID_BY, DSR_BOARD_THEME_LIGHT, link_rgb);
            cx += show_chip (cr, layout, fonts, pal, link_rgb, card->speaker, cx, chips_y,
                             card->source != NULL ? inner / 2 : inner) + 6;
          }
        if (card->source != NULL)
          {
            dsr_board_link_kind_color (DSR_LINK_REPORTED_BY, DSR_BOARD_THEME_LIGHT, link_rgb);
            show_chip (cr, layout, fonts, pal, link_rgb, card->source, cx, chips_y,
                       x + w - PADDING - cx);
          }
      }
      break;
    case DSR_NODE_SOURCE:
      show_text (cr, layout, fonts->title, title, x + PADDING, ty, inner, 2);
      if (card->grade != 0)
        {
          char grade[2] = { card->grade, 0 };
          int gw, gh;

          cairo_arc (cr, x + w - PADDING - 10, y + STRIPE + 18, 11, 0, 2 * G_PI);
          set_rgb (cr, stripe, 1.0);
          cairo_fill (cr);
          pango_layout_set_font_description (layout, fonts->title);
          pango_layout_set_width (layout, -1);
          pango_layout_set_height (layout, -1);
          pango_layout_set_text (layout, grade, -1);
          pango_layout_get_pixel_size (layout, &gw, &gh);
          cairo_set_source_rgb (cr, 1, 1, 1);
          cairo_move_to (cr, x + w - PADDING - 10 - gw / 2.0, y + STRIPE + 18 - gh / 2.0);
          pango_cairo_show_layout (cr, layout);
        }
      break;
    case DSR_NODE_DOCUMENT:
      ty += show_text (cr, layout, fonts->title, title, x + PADDING, ty, inner, 2) + 2;
      if (card->detail != NULL)
        {
          set_rgb (cr, pal->dim, 1.0);
          show_text (cr, layout, fonts->body, card->detail, x + PADDING, ty, inner, 1);
        }
      break;
    case DSR_NODE_NOTE:
      show_text (cr, layout, fonts->body, title, x + PADDING, y + STRIPE + 8, inner,
                 MAX (1, (int)((h - STRIPE - 16) / 16)));
      break;
    case DSR_NODE_ENTITY:
    default:
      show_text (cr, layout, fonts->title, title, x + PADDING, ty, inner, 2);
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
paint_simplified (cairo_t             *cr,
                  DsrBoardScene       *scene,
                  GArray              *cards,
                  GArray              *links,
                  const Palette       *pal,
                  DsrBoardTheme        theme,
                  double               scale)
{
  double px = 1.0 / scale;

  cairo_set_line_width (cr, px);
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

  for (int kind = 0; kind <= DSR_NODE_NOTE; kind++)
    {
      double rgb[3] = { 0, };
      gboolean any = FALSE;

      for (guint i = 0; i < cards->len; i++)
        {
          const DsrBoardCard *card = dsr_board_scene_get_card (scene, g_array_index (cards, guint, i));

          if ((int)card->node.kind != kind)
            continue;
          if (!any)
            card_kind_color (card, rgb);
          cairo_rectangle (cr, card->x, card->y, card->w, card->h);
          any = TRUE;
        }
      if (!any)
        continue;
      set_rgb (cr, rgb, 1.0);
      cairo_fill (cr);
    }

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

void
dsr_board_paint (DsrBoardScene              *scene,
                 cairo_t                    *cr,
                 const DsrBoardPaintOptions *options)
{
  const Palette *pal;
  g_autoptr(GArray) cards = NULL;
  g_autoptr(GArray) links = NULL;
  g_autoptr(PangoLayout) layout = NULL;
  double scale;

  g_return_if_fail (DSR_IS_BOARD_SCENE (scene));
  g_return_if_fail (cr != NULL && options != NULL && options->scale > 0);

  pal = options->theme == DSR_BOARD_THEME_DARK ? &dark : &light;
  scale = options->scale;

  cairo_save (cr);
  if (options->background)
    {
      set_rgb (cr, pal->background, 1.0);
      cairo_rectangle (cr, 0, 0, options->visible.width * scale, options->visible.height * scale);
      cairo_fill (cr);
    }

  cards = g_array_new (FALSE, FALSE, sizeof (guint));
  links = g_array_new (FALSE, FALSE, sizeof (guint));
  dsr_board_scene_query_cards (scene, &options->visible, cards);
  dsr_board_scene_query_links (scene, &options->visible, links);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, options->visible.width * scale, options->visible.height * scale);
  cairo_clip (cr);
  cairo_scale (cr, scale, scale);
  cairo_translate (cr, -options->visible.x, -options->visible.y);

  layout = pango_cairo_create_layout (cr);

  if (scale < DETAIL_SCALE)
    paint_simplified (cr, scene, cards, links, pal, options->theme, scale);
  else
    {
      Fonts fonts = {
        font (9, PANGO_STYLE_NORMAL, PANGO_WEIGHT_BOLD),
        font (14, PANGO_STYLE_NORMAL, PANGO_WEIGHT_BOLD),
        font (13, PANGO_STYLE_ITALIC, PANGO_WEIGHT_NORMAL),
        font (12, PANGO_STYLE_NORMAL, PANGO_WEIGHT_NORMAL),
        font (10, PANGO_STYLE_NORMAL, PANGO_WEIGHT_NORMAL),
      };

      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      pango_layout_set_font_description (layout, fonts.chip);
      for (guint i = 0; i < links->len; i++)
        paint_link (cr, layout, scene, dsr_board_scene_get_link (scene, g_array_index (links, guint, i)),
                    pal, options->theme);
      for (guint i = 0; i < cards->len; i++)
        paint_card (cr, layout, &fonts,
                    dsr_board_scene_get_card (scene, g_array_index (cards, guint, i)), pal);

      pango_font_description_free (fonts.kind);
      pango_font_description_free (fonts.title);
      pango_font_description_free (fonts.quote);
      pango_font_description_free (fonts.body);
      pango_font_description_free (fonts.chip);
    }
  cairo_restore (cr);

  if (options->legend)
    {
      Fonts fonts = { .body = font (11, PANGO_STYLE_NORMAL, PANGO_WEIGHT_NORMAL) };

      g_clear_object (&layout);
      layout = pango_cairo_create_layout (cr);
      paint_legend (cr, layout, &fonts, pal, options->theme, options->visible.height * scale);
      pango_font_description_free (fonts.body);
    }
  cairo_restore (cr);
}
