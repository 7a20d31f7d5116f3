/* dsr-board-snapshot.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-board-snapshot"

#include "config.h"

#include "dsr-board-snapshot.h"

const char * const dsr_snapshot_card_fields[] = {
  "name", "entity_kind", "source_kind", "url", "reliability", "text",
  "quote", "context_before", "context_after", "start", "end", "summary", "credibility",
  "claimed", "speaker", "source",
  "doc_title", "doc_byline", "doc_url", "doc_published", "doc_sha256", "doc_source",
  NULL
};

static void
card_free (gpointer data)
{
  DsrSnapshotCard *card = data;

  g_free (card->color);
  g_hash_table_unref (card->fields);
  g_free (card);
}

static void
edge_free (gpointer data)
{
  DsrSnapshotLink *edge = data;

  g_free (edge->label);
  g_free (edge);
}

DsrBoardSnapshot *
dsr_board_snapshot_new (const char *name)
{
  DsrBoardSnapshot *snapshot = g_new0 (DsrBoardSnapshot, 1);

  snapshot->name = g_strdup (name);
  snapshot->cards = g_ptr_array_new_with_free_func (card_free);
  snapshot->edges = g_ptr_array_new_with_free_func (edge_free);
  return snapshot;
}

void
dsr_board_snapshot_free (DsrBoardSnapshot *snapshot)
{
  if (snapshot == NULL)
    return;
  g_free (snapshot->name);
  g_ptr_array_unref (snapshot->cards);
  g_ptr_array_unref (snapshot->edges);
  g_free (snapshot);
}

DsrSnapshotCard *
dsr_board_snapshot_add_card (DsrBoardSnapshot *snapshot,
                             const DsrNode    *node)
{
  DsrSnapshotCard *card = g_new0 (DsrSnapshotCard, 1);

  card->node = *node;
  card->fields = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_ptr_array_add (snapshot->cards, card);
  return card;
}

DsrSnapshotLink *
dsr_board_snapshot_add_link (DsrBoardSnapshot *snapshot,
                             DsrLinkKind       kind,
                             const DsrNode    *from,
                             const DsrNode    *to)
{
  DsrSnapshotLink *edge = g_new0 (DsrSnapshotLink, 1);

  edge->kind = kind;
  edge->from = *from;
  edge->to = *to;
  edge->state = DSR_LINK_STATE_CONFIRMED;
  g_ptr_array_add (snapshot->edges, edge);
  return edge;
}

DsrSnapshotCard *
dsr_board_snapshot_find_card (DsrBoardSnapshot *snapshot,
                              const DsrNode    *node)
{
  for (guint i = 0; i < snapshot->cards->len; i++)
    {
      DsrSnapshotCard *card = g_ptr_array_index (snapshot->cards, i);

      if (card->node.kind == node->kind && card->node.id == node->id)
        return card;
    }
  return NULL;
}

gboolean
dsr_snapshot_card_field_known (const char *field)
{
  return g_strv_contains (dsr_snapshot_card_fields, field);
}

const char *
dsr_snapshot_card_get (const DsrSnapshotCard *card,
                    const char         *field)
{
  return g_hash_table_lookup (card->fields, field);
}

/* Sets @field (one of dsr_snapshot_card_fields) to @value; a NULL value removes it. */
void
dsr_snapshot_card_set (DsrSnapshotCard *card,
                    const char   *field,
                    const char   *value)
{
  guint i;

  for (i = 0; dsr_snapshot_card_fields[i] != NULL; i++)
    if (g_str_equal (dsr_snapshot_card_fields[i], field))
      break;
  g_return_if_fail (dsr_snapshot_card_fields[i] != NULL);

  if (value == NULL)
    g_hash_table_remove (card->fields, dsr_snapshot_card_fields[i]);
  else
    g_hash_table_insert (card->fields, (gpointer)dsr_snapshot_card_fields[i], g_strdup (value));
}

/* What a card shows first: a claim's quote, a note's text, a name or a title. */
const char *
dsr_snapshot_card_title (const DsrSnapshotCard *card)
{
  const char *title = NULL;

  switch (card->node.kind)
    {
    case DSR_NODE_CLAIM:
      title = dsr_snapshot_card_get (card, "quote");
      break;
    case DSR_NODE_NOTE:
      title = dsr_snapshot_card_get (card, "text");
      break;
    case DSR_NODE_DOCUMENT:
      title = dsr_snapshot_card_get (card, "doc_title");
      break;
    case DSR_NODE_ENTITY:
    case DSR_NODE_SOURCE:
    default:
      title = dsr_snapshot_card_get (card, "name");
      break;
    }
  return title != NULL ? title : "";
}
