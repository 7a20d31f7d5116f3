/* dsr-export-markdown.c: the board's claims as Markdown with footnote citations
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-export"

#include "config.h"

#include <glib/gi18n.h>

#include "dsr-export-private.h"

static void
append_citation (GString            *out,
                 const DsrSnapshotCard *claim)
{
  const char *parts[] = {
    dsr_snapshot_card_get (claim, "doc_title"), dsr_snapshot_card_get (claim, "doc_byline"),
    dsr_snapshot_card_get (claim, "doc_published"),
  };
  const char *url = dsr_snapshot_card_get (claim, "doc_url");
  const char *source = dsr_snapshot_card_get (claim, "source");
  const char *reliability = dsr_snapshot_card_get (claim, "reliability");
  gboolean first = TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (parts[i] != NULL && *parts[i] != '\0')
      {
        if (!first)
          g_string_append (out, ", ");
        _dsr_export_append_markdown (out, parts[i]);
        first = FALSE;
      }
  if (_dsr_export_is_web_url (url))
    g_string_append_printf (out, "%s<%s>", first ? "" : ", ", url);
  if (source != NULL)
    {
      g_string_append (out, first ? "" : ". ");
      _dsr_export_append_markdown (out, source);
      if (reliability != NULL)
        {
          g_string_append (out, " (");
          g_string_append_printf (out, _("reliability %s"), reliability);
          g_string_append (out, ")");
        }
    }
  g_string_append (out, ".\n");
}

static void
append_relations (GString                *out,
                  const DsrBoardSnapshot *snapshot,
                  const DsrSnapshotCard     *claim,
                  GHashTable             *numbers)
{
  for (guint i = 0; i < snapshot->edges->len; i++)
    {
      const DsrSnapshotLink *edge = g_ptr_array_index (snapshot->edges, i);
      g_autofree char *to = NULL;
      guint number;

      if ((edge->kind != DSR_LINK_SUPPORTS && edge->kind != DSR_LINK_CONTRADICTS) ||
          edge->from.kind != claim->node.kind || edge->from.id != claim->node.id)
        continue;
      to = dsr_node_to_string (&edge->to);
      if (!(number = GPOINTER_TO_UINT (g_hash_table_lookup (numbers, to))))
        continue;
      g_string_append_printf (out, edge->kind == DSR_LINK_SUPPORTS ? _("Supports claim %u.")
                                                                   : _("Contradicts claim %u."),
                              number);
      g_string_append (out, "\n\n");
    }
}

GBytes *
_dsr_export_markdown (const DsrBoardSnapshot  *snapshot,
                      GError                 **error)
{
  g_autoptr(GHashTable) numbers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GString *out = g_string_new ("# ");
  GString *notes = g_string_new (NULL);
  guint n = 0;

  _dsr_export_append_markdown (out, snapshot->name);
  g_string_append (out, "\n");

  for (guint i = 0; i < snapshot->cards->len; i++)
    {
      const DsrSnapshotCard *card = g_ptr_array_index (snapshot->cards, i);

      if (card->node.kind == DSR_NODE_CLAIM)
        g_hash_table_insert (numbers, dsr_node_to_string (&card->node), GUINT_TO_POINTER (++n));
    }

  n = 0;
  for (guint i = 0; i < snapshot->cards->len; i++)
    {
      const DsrSnapshotCard *card = g_ptr_array_index (snapshot->cards, i);
      const char *speaker = dsr_snapshot_card_get (card, "speaker");
      g_autoptr(GString) quote = g_string_new (NULL);

      if (card->node.kind == DSR_NODE_NOTE)
        {
          g_string_append (notes, "\n");
          _dsr_export_append_markdown (notes, dsr_snapshot_card_get (card, "text"));
          g_string_append (notes, "\n");
        }
      if (card->node.kind != DSR_NODE_CLAIM)
        continue;

      n++;
      g_string_append (out, "\n## ");
      g_string_append_printf (out, _("Claim %u"), n);
      g_string_append (out, "\n\n");
      _dsr_export_append_markdown (quote, dsr_snapshot_card_get (card, "quote"));
      g_string_replace (quote, "\n", "\n> ", 0);
      g_string_append_printf (out, "> %s[^%u]\n\n", quote->str, n);
      if (speaker != NULL)
        {
          g_string_append (out, "— ");
          _dsr_export_append_markdown (out, speaker);
          g_string_append (out, "\n\n");
        }
      append_relations (out, snapshot, card, numbers);
    }

  if (notes->len > 0)
    {
      g_string_append (out, "\n## ");
      g_string_append (out, _("Notes"));
      g_string_append (out, "\n");
      g_string_append (out, notes->str);
    }
  g_string_free (notes, TRUE);

  if (n > 0)
    g_string_append (out, "\n");
  n = 0;
  for (guint i = 0; i < snapshot->cards->len; i++)
    {
      const DsrSnapshotCard *card = g_ptr_array_index (snapshot->cards, i);

      if (card->node.kind != DSR_NODE_CLAIM)
        continue;
      g_string_append_printf (out, "[^%u]: ", ++n);
      append_citation (out, card);
    }
  return g_string_free_to_bytes (out);
}
