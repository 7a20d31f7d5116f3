/* dsr-export-csv.c: the board's claims as CSV (RFC 4180)
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-export"

#include "config.h"

#include "dsr-export-private.h"

/* Columns: the header, then the card field each one shows ("id", "supports" and
 * "contradicts" are worked out from the board). */
static const struct { const char *header, *field; } columns[] = {
  { "id", NULL },
  { "quote", "quote" },
  { "context_before", "context_before" },
  { "context_after", "context_after" },
  { "speaker", "speaker" },
  { "source", "source" },
  { "reliability", "reliability" },
  { "document", "doc_title" },
  { "byline", "doc_byline" },
  { "published", "doc_published" },
  { "url", "doc_url" },
  { "start", "start" },
  { "end", "end" },
  { "credibility", "credibility" },
  { "claimed", "claimed" },
  { "summary", "summary" },
  { "supports", NULL },
  { "contradicts", NULL },
};

static void
append_field (GString    *out,
              const char *value)
{
  g_autofree char *clean = _dsr_export_clean (value);

  g_string_append_c (out, '"');
  /* A cell that starts like a formula is shown as text by spreadsheets, never run. */
  if (strchr ("=+-@", clean[0]) != NULL && clean[0] != '\0')
    g_string_append_c (out, '\'');
  for (const char *p = clean; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      /* RFC 4180 ends lines with CR LF, inside quoted fields too */
      if (*p == '\n')
        g_string_append_c (out, '\r');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/* The claims @claim @kind (supports or contradicts) on the board, as ids. */
static char *
targets (const DsrBoardSnapshot *snapshot,
         const DsrNode          *claim,
         DsrLinkKind             kind)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < snapshot->edges->len; i++)
    {
      const DsrSnapshotLink *edge = g_ptr_array_index (snapshot->edges, i);

      if (edge->kind == kind && edge->from.kind == claim->kind && edge->from.id == claim->id)
        g_string_append_printf (out, "%s%" G_GINT64_FORMAT, out->len ? " " : "", edge->to.id);
    }
  return g_string_free (out, FALSE);
}

GBytes *
_dsr_export_csv (const DsrBoardSnapshot  *snapshot,
                 GError                 **error)
{
  GString *out = g_string_new (NULL);

  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    g_string_append_printf (out, "%s%s", c ? "," : "", columns[c].header);
  g_string_append (out, "\r\n");

  for (guint i = 0; i < snapshot->cards->len; i++)
    {
      const DsrSnapshotCard *card = g_ptr_array_index (snapshot->cards, i);

      if (card->node.kind != DSR_NODE_CLAIM)
        continue;
      for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
        {
          g_autofree char *computed = NULL;

          if (c > 0)
            g_string_append_c (out, ',');
          if (g_str_equal (columns[c].header, "id"))
            computed = g_strdup_printf ("%" G_GINT64_FORMAT, card->node.id);
          else if (g_str_equal (columns[c].header, "supports"))
            computed = targets (snapshot, &card->node, DSR_LINK_SUPPORTS);
          else if (g_str_equal (columns[c].header, "contradicts"))
            computed = targets (snapshot, &card->node, DSR_LINK_CONTRADICTS);
          append_field (out, computed ? computed : dsr_snapshot_card_get (card, columns[c].field));
        }
      g_string_append (out, "\r\n");
    }
  return g_string_free_to_bytes (out);
}
