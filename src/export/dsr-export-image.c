/* dsr-export-image.c: the board as SVG, PDF and PNG, drawn by the board's own painter
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-export"

#include "config.h"

#include <glib/gi18n.h>

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <math.h>

#include "dsr-board-painter.h"
#include "dsr-export-private.h"

/* Room around the cards, in device units, and below them for the painter's legend
 * of link kinds (about 150 x 136 in the bottom-left corner). */
#define MARGIN 32.0
#define LEGEND_ROOM 150.0
#define LEGEND_WIDTH 180.0
/* A PNG larger than this many pixels (200 MB while drawing) is refused rather than
 * exhausting memory; SVG and PDF draw any board. */
#define MAX_PIXELS (50.0 * 1000 * 1000)

G_DEFINE_AUTOPTR_CLEANUP_FUNC (cairo_surface_t, cairo_surface_destroy)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (cairo_t, cairo_destroy)

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* The whole board with its margins, and the size of the image at @scale. */
static void
frame_board (DsrBoardScene        *scene,
             double                scale,
             DsrBoardPaintOptions *options,
             int                  *width,
             int                  *height)
{
  DsrBoardRect bounds;

  if (!dsr_board_scene_get_bounds (scene, &bounds))
    bounds = (DsrBoardRect) { 0, 0, 0, 0 };

  *options = (DsrBoardPaintOptions) {
    .scale = scale, .theme = DSR_BOARD_THEME_LIGHT, .legend = TRUE, .background = TRUE,
  };
  options->visible.x = bounds.x - MARGIN / scale;
  options->visible.y = bounds.y - MARGIN / scale;
  options->visible.width = MAX (bounds.width + 2 * MARGIN / scale, LEGEND_WIDTH / scale);
  options->visible.height = bounds.height + (MARGIN + LEGEND_ROOM) / scale;
  *width = (int)ceil (options->visible.width * scale);
  *height = (int)ceil (options->visible.height * scale);
}

static gboolean
surface_failed (cairo_surface_t  *surface,
                GError          **error)
{
  cairo_status_t status = cairo_surface_status (surface);

  if (status == CAIRO_STATUS_SUCCESS)
    return FALSE;
  g_set_error (error, DSR_EXPORT_ERROR, DSR_EXPORT_ERROR_FAILED, _("cannot draw the board: %s"),
               cairo_status_to_string (status));
  return TRUE;
}

/* A vector surface is finished to write it out; an image surface stays usable. */
static gboolean
paint (cairo_surface_t             *surface,
       DsrBoardScene               *scene,
       const DsrBoardPaintOptions  *options,
       gboolean                     finish,
       GError                     **error)
{
  g_autoptr(cairo_t) cr = NULL;

  if (surface_failed (surface, error))
    return FALSE;
  cr = cairo_create (surface);
  dsr_board_paint (scene, cr, options);
  cairo_show_page (cr);
  if (finish)
    cairo_surface_finish (surface);
  else
    cairo_surface_flush (surface);
  return !surface_failed (surface, error);
}

/**
 * _dsr_export_image:
 * @scale: PNG only: pixels per board unit
 *
 * SVG and PDF are vector drawings at one point per board unit; the PDF keeps its
 * text as text, so it can be selected and searched.
 *
 * Returns: (transfer full) (nullable): the file's bytes, or %NULL with @error set
 */
GBytes *
_dsr_export_image (DsrStore         *store,
                   gint64            board_id,
                   const char       *title,
                   DsrExportFormat   format,
                   double            scale,
                   GError          **error)
{
  g_autoptr(DsrBoardScene) scene = NULL;
  g_autoptr(cairo_surface_t) surface = NULL;
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  DsrBoardPaintOptions options;
  int width, height;

  if (!(scene = dsr_board_scene_load (store, board_id, error)))
    return NULL;
  frame_board (scene, format == DSR_EXPORT_PNG ? scale : 1.0, &options, &width, &height);

  switch (format)
    {
    case DSR_EXPORT_SVG:
      surface = cairo_svg_surface_create_for_stream (append_bytes, bytes, width, height);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
      if (!paint (surface, scene, &options, TRUE, error))
        return NULL;
      break;

    case DSR_EXPORT_PDF:
      surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes, width, height);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Dossier " PACKAGE_VERSION);
      if (!paint (surface, scene, &options, TRUE, error))
        return NULL;
      break;

    case DSR_EXPORT_PNG:
      if ((double)width * height > MAX_PIXELS)
        {
          g_set_error (error, DSR_EXPORT_ERROR, DSR_EXPORT_ERROR_INVALID,
                       _("the image would be %d × %d pixels; choose a smaller scale"), width, height);
          return NULL;
        }
      surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
      if (!paint (surface, scene, &options, FALSE, error))
        return NULL;
      if (cairo_surface_write_to_png_stream (surface, append_bytes, bytes) != CAIRO_STATUS_SUCCESS)
        {
          g_set_error (error, DSR_EXPORT_ERROR, DSR_EXPORT_ERROR_FAILED, _("cannot write the PNG"));
          return NULL;
        }
      break;

    default:
      g_return_val_if_reached (NULL);
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}
