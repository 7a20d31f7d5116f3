/* dsr-pdf-reader.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-pdf-reader"

#include "config.h"

#include <glib/gi18n.h>

#include <math.h>
#include <poppler.h>
#include <string.h>

#include "dsr-reader.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

/* How this reader turns a page into text.
 *
 * Poppler's text output gives the characters of a page in reading order: it finds the
 * text blocks and columns and orders them, so a two-column page comes out column by
 * column. With it come one rectangle per character and the font size of each run.
 * Poppler does not always put a line break between two blocks, so a line is cut
 * wherever the next character does not sit on the same line as the one before it.
 *
 * The lines are then read as a person would:
 *  - furniture goes: a line near the top or bottom edge whose text (with digits taken
 *    as equal) stands at the same height on at least half of the pages, at least two,
 *    and a bare page number near the top or bottom edge of any page;
 *  - a line in a clearly larger font than the body text (the size most characters
 *    have) is a heading; larger sizes get lower levels;
 *  - lines join into a paragraph, a line break becoming a space. A paragraph ends at a
 *    vertical gap larger than the usual line step, at an indented line, after a line
 *    clearly shorter than the column that ends a sentence, and before a bullet. Where
 *    the text moves to the next column or page, the paragraph goes on only if its last
 *    line does not end a sentence and the next line starts with a lower-case letter;
 *  - a line starting with a bullet (or "- ", "– ", "* "), or following a bullet that
 *    stands alone, is a list item without its marker; its lines hang under its text;
 *  - a hyphen at a line end is dropped when a lower-case letter precedes it and the
 *    next line starts with a lower-case letter ("inves-" "tigation"), unless the same
 *    compound is written with its hyphen inside a line elsewhere in the document
 *    ("state-owned"). Any other hyphen stays, without a space ("COVID-" "19"). A soft
 *    hyphen is always dropped.
 * Each page's text is recorded as a page span, level = page number counted from 1. */

/* Of the page height: where running headers, footers and page numbers live. */
#define MARGIN_FRACTION 0.12
/* A heading's font is at least this much larger than the body's. */
#define HEADING_RATIO 1.2
/* A gap between lines this many times the usual line step ends a paragraph. */
#define GAP_RATIO 1.4

typedef struct
{
  char     *text;       /* white space collapsed, no soft hyphens */
  double    x1, y1, x2, y2;
  double    text_x1;    /* where the text starts after a list marker; x1 without one */
  double    size;       /* font size, averaged over the characters */
  guint     page;       /* from 0 */
  guint     furniture : 1;
  guint     heading : 1;
  int       level;
} Line;

typedef struct
{
  DsrDocumentContent *content;
  GArray             *lines;             /* Line */
  GHashTable         *compounds;         /* "state-owned": hyphenated words within lines */
  guint               n_pages;
  double              body_size;
  double              line_step;

  /* The line read but not yet written: whether it ends with a hyphen to drop is known
   * only once the next line is seen. */
  const Line         *pending;
  const char         *pending_text;      /* where writing it starts: after a list marker */
  gboolean            pending_space;     /* a space goes before the pending line */
  gboolean            marker_line;       /* the line before was a bullet alone */
  gboolean            in_block;
  DsrSpanKind         block_kind;
  int                 block_level;
  double              block_left;
  double              block_right;
  double              item_left;         /* where a list item's text starts */

  gint64             *page_start;        /* per page, -1 until text is written */
  gint64             *page_end;
  char               *first_heading;
} ReadState;

static void
clear_line (gpointer data)
{
  Line *line = data;

  g_free (line->text);
}

static void
set_string (char       **field,
            const char  *value)
{
  g_free (*field);
  *field = g_strdup (value);
}

/* Errors */

static gboolean
has_bytes_within (const guint8 *data,
                  gsize         size,
                  gsize         from,
                  const char   *needle)
{
  gsize len = strlen (needle);

  for (gsize i = from; i + len <= size; i++)
    if (memcmp (data + i, needle, len) == 0)
      return TRUE;
  return FALSE;
}

/* Poppler repairs a lot, so a cut-off file may open with pages missing. A PDF ends
 * with "%%EOF"; like other readers we look for it in the last kilobyte, and refuse a
 * file without it rather than show part of a document as if it were all of it. */
static gboolean
check_envelope (GBytes  *bytes,
                GError **error)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (bytes, &size);

  if (size == 0 || !has_bytes_within (data, MIN (size, 1024), 0, "%PDF-"))
    {
      g_set_error (error, DSR_IMPORT_ERROR, DSR_IMPORT_ERROR_MALFORMED,
                   _("the PDF is damaged or truncated: it does not start with a PDF header"));
      return FALSE;
    }
  if (!has_bytes_within (data, size, size > 1024 ? size - 1024 : 0, "%%EOF"))
    {
      g_set_error (error, DSR_IMPORT_ERROR, DSR_IMPORT_ERROR_MALFORMED,
                   _("the PDF is damaged or truncated: its end is missing"));
      return FALSE;
    }
  return TRUE;
}

static PopplerDocument *
open_document (GBytes  *bytes,
               GError **error)
{
  g_autoptr(GError) local_error = NULL;
  PopplerDocument *document;

  if (!check_envelope (bytes, error))
    return NULL;

  /* No password: a file locked with a user password is refused, one with only an
   * owner password (which restricts printing or copying) opens and is read. */
  document = poppler_document_new_from_bytes (bytes, NULL, &local_error);
  if (document != NULL)
    return document;

  if (g_error_matches (local_error, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED))
    g_set_error (error, DSR_IMPORT_ERROR, DSR_IMPORT_ERROR_ENCRYPTED,
                 _("the PDF is encrypted with a password"));
  else
    g_set_error (error, DSR_IMPORT_ERROR, DSR_IMPORT_ERROR_MALFORMED,
                 _("the PDF is damaged or truncated: %s"), local_error->message);
  return NULL;
}

/* Lines */

static gboolean
is_bullet (gunichar c)
{
  switch (c)
    {
    case 0x2022: case 0x2023: case 0x2043: case 0x25A0: case 0x25A1: case 0x25AA:
    case 0x25BA: case 0x25CB: case 0x25CF: case 0x25E6: case 0x27A2: case 0xF0B7:
      return TRUE;
    default:
      return FALSE;
    }
}

/* The text after a list marker ("• ", "•", "- ", "– ", "* "), or %NULL without one. */
static const char *
skip_marker (const char *text)
{
  gunichar c = g_utf8_get_char (text);
  const char *next = g_utf8_next_char (text);

  if (!is_bullet (c) && !((c == '-' || c == '*' || c == 0x2013) && *next == ' '))
    return NULL;
  while (*next == ' ')
    next++;
  return next;
}


static gboolean
on_same_line (const PopplerRectangle *previous,
              const PopplerRectangle *next)
{
  double middle = (next->y1 + next->y2) / 2;
  double height = previous->y2 - previous->y1;

  return middle > previous->y1 && middle < previous->y2 && next->x1 > previous->x1 - height / 2;
}

static void
remember_compounds (ReadState  *state,
                    const char *text)
{
  const char *p;

  /* A hyphen between two lower-case letters, inside the line: keep the whole word. */
  for (p = strchr (text, '-'); p != NULL; p = strchr (p + 1, '-'))
    {
      const char *start = p, *end = p + 1;
      gunichar before, after;

      if (p == text || p[1] == '\0')
        continue;
      before = g_utf8_get_char (g_utf8_prev_char (p));
      after = g_utf8_get_char (p + 1);
      if (!g_unichar_islower (before) || !g_unichar_islower (after))
        continue;

      while (start > text && g_unichar_isalpha (g_utf8_get_char (g_utf8_prev_char (start))))
        start = g_utf8_prev_char (start);
      while (*end && g_unichar_isalpha (g_utf8_get_char (end)))
        end = g_utf8_next_char (end);
      g_hash_table_add (state->compounds, g_utf8_strdown (start, end - start));
    }
}

static void
finish_line (ReadState *state,
             GString   *text,
             Line      *line,
             double     size_sum,
             guint      n_sized)
{
  while (text->len > 0 && text->str[text->len - 1] == ' ')
    g_string_truncate (text, text->len - 1);

  if (text->len > 0)
    {
      line->text = g_strdup (text->str);
      /* Without font sizes, the height of the glyph boxes stands in for them. */
      line->size = n_sized > 0 ? size_sum / n_sized : MAX ((line->y2 - line->y1) / 1.2, 1);
      remember_compounds (state, line->text);
      g_array_append_val (state->lines, *line);
    }
  g_string_truncate (text, 0);
}

static void
read_page_lines (ReadState   *state,
                 PopplerPage *page,
                 guint        page_index)
{
  g_autofree char *text = poppler_page_get_text (page);
  g_autofree PopplerRectangle *rects = NULL;
  g_autofree double *sizes = NULL;
  g_autoptr(GString) line_text = g_string_new (NULL);
  GList *attributes;
  guint n_rects = 0;
  glong n_chars;
  const char *p;
  Line line = { 0 };
  const PopplerRectangle *previous = NULL;
  double size_sum = 0;
  guint n_sized = 0;
  const char *marker_end;
  glong i;

  if (text == NULL || *text == '\0')
    return;

  n_chars = g_utf8_strlen (text, -1);
  if (!poppler_page_get_text_layout (page, &rects, &n_rects))
    n_rects = 0;

  sizes = g_new0 (double, n_chars);
  attributes = poppler_page_get_text_attributes (page);
  for (GList *l = attributes; l; l = l->next)
    {
      PopplerTextAttributes *attrs = l->data;

      for (glong j = MAX (attrs->start_index, 0); j <= attrs->end_index && j < n_chars; j++)
        sizes[j] = attrs->font_size;
    }
  poppler_page_free_text_attributes (attributes);

  line.page = page_index;
  for (p = text, i = 0; *p; p = g_utf8_next_char (p), i++)
    {
      gunichar c = g_utf8_get_char (p);
      const PopplerRectangle *rect = (guint)i < n_rects ? &rects[i] : previous;

      if (c == '\n' || c == '\r')
        {
          finish_line (state, line_text, &line, size_sum, n_sized);
          previous = NULL;
          continue;
        }
      if (g_unichar_isspace (c) || g_unichar_iscntrl (c))
        {
          if (line_text->len > 0 && line_text->str[line_text->len - 1] != ' ')
            g_string_append_c (line_text, ' ');
          continue;
        }
      if (c == 0x00AD || c == 0xFEFF)
        continue;

      if (previous != NULL && rect != NULL && !on_same_line (previous, rect))
        {
          finish_line (state, line_text, &line, size_sum, n_sized);
          previous = NULL;
        }

      if (line_text->len == 0)
        {
          line.x1 = line.y1 = G_MAXDOUBLE;
          line.x2 = line.y2 = -G_MAXDOUBLE;
          size_sum = 0;
          n_sized = 0;
        }
      else if (previous != NULL && rect != NULL && line_text->str[line_text->len - 1] != ' ' &&
               rect->x1 - previous->x2 > 0.3 * (previous->y2 - previous->y1))
        {
          /* A gap poppler did not fill, as between a bullet and its text. */
          g_string_append_c (line_text, ' ');
        }

      if (rect != NULL &&
          (line_text->len == 0 || ((marker_end = skip_marker (line_text->str)) && *marker_end == '\0')))
        line.text_x1 = rect->x1;
      g_string_append_unichar (line_text, c);
      if (rect != NULL)
        {
          line.x1 = MIN (line.x1, rect->x1);
          line.y1 = MIN (line.y1, rect->y1);
          line.x2 = MAX (line.x2, rect->x2);
          line.y2 = MAX (line.y2, rect->y2);
        }
      if (sizes[i] > 0)
        {
          size_sum += sizes[i];
          n_sized++;
        }
      previous = rect;
    }
  finish_line (state, line_text, &line, size_sum, n_sized);
}

/* Furniture */

static char *
furniture_key (const char *text)
{
  GString *key = g_string_new (NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_unichar_tolower (g_utf8_get_char (p));

      if (g_unichar_isdigit (c))
        {
          if (key->len == 0 || key->str[key->len - 1] != '#')
            g_string_append_c (key, '#');
        }
      else
        g_string_append_unichar (key, c);
    }
  return g_string_free (key, FALSE);
}

/* "12", "- 12 -", "Page 12", "12 of 40", "xiv". */
static gboolean
is_page_number (const char *text)
{
  g_autofree char *key = furniture_key (text);
  static const char * const forms[] = {
    "#", "- # -", "– # –", "— # —", "page #", "page # of #", "# of #", "# / #", "p. #", NULL
  };

  if (g_strv_contains (forms, key))
    return TRUE;
  /* Front matter is numbered in small roman numerals. */
  return strlen (key) <= 5 && strspn (key, "ivx") == strlen (key);
}

typedef struct
{
  guint  page;
  double y;
} Place;

static gboolean
in_margin (const Line *line,
           double      page_height)
{
  return line->y2 <= MARGIN_FRACTION * page_height || line->y1 >= (1 - MARGIN_FRACTION) * page_height;
}

static void
mark_furniture (ReadState *state,
                double    *page_heights)
{
  g_autoptr(GHashTable) places = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                        (GDestroyNotify)g_array_unref);
  guint needed = MAX (2, (state->n_pages + 1) / 2);

  for (guint i = 0; i < state->lines->len; i++)
    {
      Line *line = &g_array_index (state->lines, Line, i);
      char *key;
      GArray *list;
      Place place = { line->page, line->y1 };

      if (!in_margin (line, page_heights[line->page]))
        continue;
      if (is_page_number (line->text))
        {
          line->furniture = TRUE;
          continue;
        }

      key = furniture_key (line->text);
      if (!(list = g_hash_table_lookup (places, key)))
        {
          list = g_array_new (FALSE, FALSE, sizeof (Place));
          g_hash_table_insert (places, key, list);
        }
      else
        g_free (key);
      g_array_append_val (list, place);
    }

  for (guint i = 0; i < state->lines->len; i++)
    {
      Line *line = &g_array_index (state->lines, Line, i);
      g_autofree char *key = NULL;
      GArray *list;
      guint n_pages = 0, last_page = G_MAXUINT;

      if (line->furniture || !in_margin (line, page_heights[line->page]))
        continue;
      key = furniture_key (line->text);
      if (!(list = g_hash_table_lookup (places, key)) || list->len < needed)
        continue;

      /* Places are in page order: count the pages that have it at this height. */
      for (guint j = 0; j < list->len; j++)
        {
          const Place *place = &g_array_index (list, Place, j);

          if (fabs (place->y - line->y1) <= 0.5 * (line->y2 - line->y1) && place->page != last_page)
            {
              n_pages++;
              last_page = place->page;
            }
        }
      line->furniture = n_pages >= needed;
    }
}

/* Fonts and spacing */

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

/* The body size is the size (to half a point) that most characters have; headings are
 * lines clearly larger, levelled by size, largest first. */
static void
find_headings (ReadState *state)
{
  g_autoptr(GHashTable) weights = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GArray) heading_sizes = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) steps = g_array_new (FALSE, FALSE, sizeof (double));
  GHashTableIter iter;
  gpointer key, value;
  guint best_weight = 0;

  for (guint i = 0; i < state->lines->len; i++)
    {
      const Line *line = &g_array_index (state->lines, Line, i);
      gpointer bucket = GINT_TO_POINTER ((int)round (line->size * 2));

      if (line->furniture)
        continue;
      g_hash_table_insert (weights, bucket,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (weights, bucket)) +
                                             (guint)strlen (line->text)));
    }
  g_hash_table_iter_init (&iter, weights);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (GPOINTER_TO_UINT (value) > best_weight)
      {
        best_weight = GPOINTER_TO_UINT (value);
        state->body_size = GPOINTER_TO_INT (key) / 2.0;
      }

  for (guint i = 0; i < state->lines->len; i++)
    {
      Line *line = &g_array_index (state->lines, Line, i);
      double rounded = round (line->size * 2) / 2;
      gboolean known = FALSE;

      if (line->furniture || state->body_size <= 0 || line->size < HEADING_RATIO * state->body_size)
        continue;
      line->heading = TRUE;
      for (guint j = 0; j < heading_sizes->len; j++)
        known |= g_array_index (heading_sizes, double, j) == rounded;
      if (!known)
        g_array_append_val (heading_sizes, rounded);
    }
  g_array_sort (heading_sizes, compare_doubles);
  for (guint i = 0; i < state->lines->len; i++)
    {
      Line *line = &g_array_index (state->lines, Line, i);
      double rounded = round (line->size * 2) / 2;

      if (!line->heading)
        continue;
      for (guint j = 0; j < heading_sizes->len; j++)
        if (g_array_index (heading_sizes, double, j) == rounded)
          line->level = MIN (6, (int)(heading_sizes->len - j));
    }

  /* The usual step from one body line to the next below it, for gap detection. */
  for (guint i = 1; i < state->lines->len; i++)
    {
      const Line *a = &g_array_index (state->lines, Line, i - 1);
      const Line *b = &g_array_index (state->lines, Line, i);
      double step = b->y1 - a->y1;

      if (a->furniture || b->furniture || a->heading || b->heading || a->page != b->page)
        continue;
      if (step > 0.5 * a->size && step < 3 * a->size && b->x1 < a->x2 && b->x2 > a->x1)
        g_array_append_val (steps, step);
    }
  if (steps->len > 0)
    {
      g_array_sort (steps, compare_doubles);
      state->line_step = g_array_index (steps, double, steps->len / 2);
    }
  else
    state->line_step = 1.2 * state->body_size;
}

/* Paragraphs */

static gboolean
is_closer (gunichar c)
{
  return c == '"' || c == '\'' || c == ')' || c == ']' ||
         c == 0x2019 || c == 0x201D || c == 0x00BB || c == 0x203A;
}

/* The last character of @text before any closing quotes and brackets. */
static gunichar
last_char_skipping_closers (const char *text)
{
  const char *end = text + strlen (text);

  while (end > text)
    {
      gunichar c;

      end = g_utf8_prev_char (end);
      c = g_utf8_get_char (end);
      if (!is_closer (c))
        return c;
    }
  return 0;
}

static gboolean
ends_sentence (const char *text)
{
  gunichar c = last_char_skipping_closers (text);

  return c == '.' || c == '!' || c == '?' || c == ':' || c == 0x2026;
}

static gboolean
starts_lower (const char *text)
{
  return g_unichar_islower (g_utf8_get_char (text));
}

static gboolean
same_flow (const Line *a,
           const Line *b)
{
  return a->page == b->page && b->y1 > a->y1 + 0.3 * a->size && b->x1 < a->x2 && b->x2 > a->x1;
}

static gboolean
starts_paragraph (ReadState  *state,
                  const Line *a,
                  const Line *b)
{
  double width, right, em = a->size;

  if (a->heading != b->heading || a->level != b->level)
    return TRUE;
  if (skip_marker (b->text) != NULL)
    return TRUE;

  if (!same_flow (a, b))
    return a->heading || ends_sentence (a->text) || !starts_lower (b->text);

  if (b->y1 - a->y1 > GAP_RATIO * MAX (state->line_step, em) * (a->heading ? em / state->body_size : 1))
    return TRUE;
  if (a->heading)
    return FALSE;

  /* A list item's lines hang under its text, not under its marker. */
  if (state->block_kind == DSR_SPAN_LIST_ITEM)
    {
      if (fabs (b->x1 - state->item_left) > 0.6 * em)
        return TRUE;
    }
  else if (b->x1 > a->x1 + 0.6 * em && b->x1 > state->block_left + 0.6 * em)
    return TRUE;

  right = MAX (state->block_right, b->x2);
  width = right - MIN (state->block_left, b->x1);
  return ends_sentence (a->text) && a->x2 < right - MAX (0.15 * width, 3 * em);
}

/* Writes the pending line, up to @len bytes of it. */
static void
write_pending (ReadState *state,
               gssize     len)
{
  const Line *line = state->pending;
  gint64 start;

  if (state->pending_space)
    dsr_document_content_append (state->content, " ", 1);
  start = dsr_document_content_append (state->content, state->pending_text, len);
  if (state->page_start[line->page] < 0)
    state->page_start[line->page] = start;
  state->page_end[line->page] = state->content->chars;
}

/* Whether the @hyphen ending @a goes when @b follows, as the comment at the top says. */
static gboolean
drop_hyphen (ReadState  *state,
             const char *a,
             const char *hyphen,
             const char *b)
{
  const char *start = hyphen, *end = b;
  g_autofree char *compound = NULL;
  g_autofree char *lowered = NULL;

  if (hyphen == a || !g_unichar_islower (g_utf8_get_char (g_utf8_prev_char (hyphen))) ||
      !starts_lower (b))
    return FALSE;

  while (start > a && g_unichar_isalpha (g_utf8_get_char (g_utf8_prev_char (start))))
    start = g_utf8_prev_char (start);
  while (*end && g_unichar_isalpha (g_utf8_get_char (end)))
    end = g_utf8_next_char (end);
  compound = g_strdup_printf ("%.*s-%.*s", (int)(hyphen - start), start, (int)(end - b), b);
  lowered = g_utf8_strdown (compound, -1);
  return !g_hash_table_contains (state->compounds, lowered);
}

static void
close_block (ReadState *state)
{
  GArray *spans = state->content->spans;

  if (state->pending != NULL)
    {
      write_pending (state, -1);
      state->pending = NULL;
    }
  if (!state->in_block)
    return;

  state->in_block = FALSE;
  if (dsr_document_content_end_block (state->content, state->block_kind, state->block_level) &&
      state->block_kind == DSR_SPAN_HEADING && state->first_heading == NULL)
    state->first_heading =
      dsr_document_content_dup_block_text (state->content, &g_array_index (spans, DsrSpan, spans->len - 1));
}

static void
begin_block (ReadState  *state,
             const Line *line)
{
  const char *item_text = skip_marker (line->text);

  close_block (state);
  dsr_document_content_begin_block (state->content);
  state->in_block = TRUE;
  state->block_left = line->x1;
  state->block_right = line->x2;
  state->pending_space = FALSE;
  state->pending = line;
  state->pending_text = line->text;

  if (line->heading)
    {
      state->block_kind = DSR_SPAN_HEADING;
      state->block_level = line->level;
    }
  else if (item_text != NULL || state->marker_line)
    {
      /* The marker is structure, not text, as in the other readers. */
      state->block_kind = DSR_SPAN_LIST_ITEM;
      state->block_level = 0;
      state->pending_text = item_text ? item_text : line->text;
      state->item_left = line->text_x1;
    }
  else
    {
      state->block_kind = DSR_SPAN_PARAGRAPH;
      state->block_level = 0;
    }
  state->marker_line = FALSE;
}

static void
add_line (ReadState  *state,
          const Line *line)
{
  const Line *previous = state->pending;
  const char *text;
  gsize len;

  /* A bullet poppler puts on a line of its own marks the next line as a list item. */
  if (!line->heading && (text = skip_marker (line->text)) && *text == '\0')
    {
      close_block (state);
      state->marker_line = TRUE;
      return;
    }

  if (previous == NULL || state->marker_line || starts_paragraph (state, previous, line))
    {
      begin_block (state, line);
      return;
    }

  /* The line goes on the paragraph: write the one before it, mending its end. */
  text = state->pending_text;
  len = strlen (text);
  if (g_str_has_suffix (text, "-") || g_str_has_suffix (text, "\u2010"))
    {
      gsize hyphen_len = g_str_has_suffix (text, "-") ? 1 : strlen ("\u2010");

      write_pending (state, drop_hyphen (state, text, text + len - hyphen_len, line->text)
                              ? (gssize)(len - hyphen_len) : (gssize)len);
      state->pending_space = FALSE;
    }
  else
    {
      write_pending (state, len);
      state->pending_space = !g_str_has_suffix (text, "\u2014");
    }

  if (same_flow (previous, line))
    {
      state->block_left = MIN (state->block_left, line->x1);
      state->block_right = MAX (state->block_right, line->x2);
    }
  else
    {
      state->block_left = line->x1;
      state->block_right = line->x2;
      state->item_left = line->x1;
    }
  state->pending = line;
  state->pending_text = line->text;
}

/* Metadata */

static char *
dup_stripped (char *value)
{
  if (value == NULL)
    return NULL;
  g_strstrip (value);
  if (*value == '\0')
    g_clear_pointer (&value, g_free);
  return value;
}

/* Word processors often leave their own file name as the title. */
static gboolean
is_file_name_title (const char *title)
{
  g_autofree char *lowered = g_ascii_strdown (title, -1);
  static const char * const suffixes[] = { ".doc", ".docx", ".odt", ".pdf", ".indd", ".rtf", ".tex", NULL };

  if (g_str_has_prefix (lowered, "microsoft word - "))
    return TRUE;
  for (guint i = 0; suffixes[i]; i++)
    if (g_str_has_suffix (lowered, suffixes[i]))
      return TRUE;
  return FALSE;
}

/* The first dc:language entry of the XMP metadata, if any. */
static char *
dup_xmp_language (PopplerDocument *document)
{
  g_autofree char *xmp = poppler_document_get_metadata (document);
  const char *p, *start, *end;

  if (xmp == NULL || !(p = strstr (xmp, "<dc:language>")))
    return NULL;
  if (!(start = strstr (p, "<rdf:li")) || !(start = strchr (start, '>')))
    return NULL;
  start++;
  if (!(end = strstr (start, "</rdf:li>")) || end - start > 35)
    return NULL;
  return dup_stripped (g_strndup (start, end - start));
}

static void
read_metadata (DsrDocumentContent *content,
               PopplerDocument    *document)
{
  g_autofree char *title = dup_stripped (poppler_document_get_title (document));
  g_autofree char *author = dup_stripped (poppler_document_get_author (document));
  g_autoptr(GDateTime) date = poppler_document_get_creation_date_time (document);

  if (title != NULL && !is_file_name_title (title))
    dsr_document_content_set_title (content, title);
  if (author != NULL)
    set_string (&content->byline, author);

  if (date == NULL)
    date = poppler_document_get_modification_date_time (document);
  if (date != NULL)
    content->published = g_date_time_format_iso8601 (date);

  content->language = dup_xmp_language (document);
}

/**
 * dsr_pdf_reader_read:
 *
 * Reads the text layer of a PDF with poppler, in reading order, as paragraphs and
 * headings with a page span per page (see the comment at the top of this file).
 * Nothing outside the bytes is read. A PDF locked with a password, a damaged one and
 * one without text (scanned pages; there is no OCR) are refused with a clear error.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error set
 */
DsrDocumentContent *
dsr_pdf_reader_read (GBytes      *bytes,
                     const char  *file_name,
                     GError     **error)
{
  g_autoptr(DsrDocumentContent) content = dsr_document_content_new ();
  g_autoptr(PopplerDocument) document = NULL;
  g_autoptr(GArray) lines = g_array_new (FALSE, TRUE, sizeof (Line));
  g_autoptr(GHashTable) compounds = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree double *page_heights = NULL;
  g_autofree gint64 *page_start = NULL;
  g_autofree gint64 *page_end = NULL;
  ReadState state = { 0 };

  if (!(document = open_document (bytes, error)))
    return NULL;

  g_array_set_clear_func (lines, clear_line);
  state.content = content;
  state.lines = lines;
  state.compounds = compounds;
  state.n_pages = MAX (poppler_document_get_n_pages (document), 0);
  page_heights = g_new0 (double, state.n_pages + 1);
  page_start = g_new (gint64, state.n_pages + 1);
  page_end = g_new (gint64, state.n_pages + 1);
  state.page_start = page_start;
  state.page_end = page_end;

  for (guint i = 0; i < state.n_pages; i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (document, i);

      page_start[i] = page_end[i] = -1;
      if (page == NULL)
        continue;
      poppler_page_get_size (page, NULL, &page_heights[i]);
      read_page_lines (&state, page, i);
    }

  if (lines->len == 0)
    {
      g_set_error (error, DSR_IMPORT_ERROR, DSR_IMPORT_ERROR_EMPTY,
                   _("the PDF has no text layer (scanned pages?); Dossier does not do OCR"));
      return NULL;
    }

  mark_furniture (&state, page_heights);
  find_headings (&state);

  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);

      if (!line->furniture)
        add_line (&state, line);
    }
  close_block (&state);

  for (guint i = 0; i < state.n_pages; i++)
    if (page_start[i] >= 0)
      dsr_document_content_add_span (content, DSR_SPAN_PAGE, page_start[i], page_end[i], i + 1, NULL);

  read_metadata (content, document);
  if (content->title == NULL && state.first_heading != NULL)
    dsr_document_content_set_title (content, state.first_heading);
  g_free (state.first_heading);

  if (content->chars == 0)
    {
      g_set_error (error, DSR_IMPORT_ERROR, DSR_IMPORT_ERROR_EMPTY,
                   _("the PDF has no text layer (scanned pages?); Dossier does not do OCR"));
      return NULL;
    }

  return g_steal_pointer (&content);
}
