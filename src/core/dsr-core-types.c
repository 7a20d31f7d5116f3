/* dsr-core-types.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-core-types"

#include "config.h"

#include <string.h>

#include "dsr-core-types.h"

/* These strings are stored in investigation files and printed by dossier-cli:
 * they are part of the file format and must never change. */
static const char *node_kinds[] = { "claim", "entity", "source", "document", "note" };
static const char *link_kinds[] = { "said_by", "reported_by", "supports", "contradicts", "related" };
static const char *entity_kinds[] = { "person", "org", "place", "other" };
static const char *span_kinds[] = {
  "heading", "paragraph", "blockquote", "list_item", "link",
  "emphasis", "strong", "code", "caption", "page",
};

G_DEFINE_BOXED_TYPE (DsrNode, dsr_node, dsr_node_copy, dsr_node_free)

DsrNode *
dsr_node_copy (const DsrNode *node)
{
  return g_memdup2 (node, sizeof *node);
}

void
dsr_node_free (DsrNode *node)
{
  g_free (node);
}

static gboolean
lookup (const char * const *names,
        guint               n_names,
        const char         *str,
        int                *value)
{
  if (str == NULL)
    return FALSE;

  for (guint i = 0; i < n_names; i++)
    {
      if (g_str_equal (names[i], str))
        {
          *value = (int)i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
dsr_node_kind_to_string (DsrNodeKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (node_kinds), NULL);
  return node_kinds[kind];
}

gboolean
dsr_node_kind_from_string (const char  *str,
                           DsrNodeKind *kind)
{
  int value;

  if (!lookup (node_kinds, G_N_ELEMENTS (node_kinds), str, &value))
    return FALSE;
  *kind = value;
  return TRUE;
}

/**
 * dsr_node_to_string:
 * @node: a node
 *
 * Returns: (transfer full): the node as `kind:id`, e.g. `claim:3`
 */
char *
dsr_node_to_string (const DsrNode *node)
{
  return g_strdup_printf ("%s:%" G_GINT64_FORMAT, dsr_node_kind_to_string (node->kind), node->id);
}

/**
 * dsr_node_parse:
 * @str: text of the form `kind:id`
 * @node: (out): where to store the node
 *
 * Returns: %TRUE if @str names a node kind and a positive id
 */
gboolean
dsr_node_parse (const char *str,
                DsrNode    *node)
{
  g_autofree char *kind = NULL;
  const char *colon;
  char *end = NULL;
  gint64 id;

  if (str == NULL || (colon = strchr (str, ':')) == NULL)
    return FALSE;

  kind = g_strndup (str, colon - str);
  if (!dsr_node_kind_from_string (kind, &node->kind))
    return FALSE;

  if (!g_ascii_isdigit (colon[1]))
    return FALSE;
  id = g_ascii_strtoll (colon + 1, &end, 10);
  if (*end != '\0' || id <= 0)
    return FALSE;

  node->id = id;
  return TRUE;
}

const char *
dsr_link_kind_to_string (DsrLinkKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (link_kinds), NULL);
  return link_kinds[kind];
}

gboolean
dsr_link_kind_from_string (const char  *str,
                           DsrLinkKind *kind)
{
  int value;

  if (!lookup (link_kinds, G_N_ELEMENTS (link_kinds), str, &value))
    return FALSE;
  *kind = value;
  return TRUE;
}

/**
 * dsr_link_kind_accepts:
 *
 * Tells whether a link of @kind may go from a node of kind @from to one of kind @to.
 * The schema enforces the same rule with CHECK constraints.
 */
gboolean
dsr_link_kind_accepts (DsrLinkKind kind,
                       DsrNodeKind from,
                       DsrNodeKind to)
{
  switch (kind)
    {
    case DSR_LINK_SAID_BY:
      return from == DSR_NODE_CLAIM && to == DSR_NODE_ENTITY;
    case DSR_LINK_REPORTED_BY:
      return from == DSR_NODE_CLAIM && (to == DSR_NODE_SOURCE || to == DSR_NODE_DOCUMENT);
    case DSR_LINK_SUPPORTS:
    case DSR_LINK_CONTRADICTS:
      return from == DSR_NODE_CLAIM && to == DSR_NODE_CLAIM;
    case DSR_LINK_RELATED:
      return TRUE;
    default:
      return FALSE;
    }
}

const char *
dsr_entity_kind_to_string (DsrEntityKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (entity_kinds), NULL);
  return entity_kinds[kind];
}

gboolean
dsr_entity_kind_from_string (const char    *str,
                             DsrEntityKind *kind)
{
  int value;

  if (!lookup (entity_kinds, G_N_ELEMENTS (entity_kinds), str, &value))
    return FALSE;
  *kind = value;
  return TRUE;
}

const char *
dsr_span_kind_to_string (DsrSpanKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (span_kinds), NULL);
  return span_kinds[kind];
}

gboolean
dsr_span_kind_from_string (const char  *str,
                           DsrSpanKind *kind)
{
  int value;

  if (!lookup (span_kinds, G_N_ELEMENTS (span_kinds), str, &value))
    return FALSE;
  *kind = value;
  return TRUE;
}

/**
 * dsr_text_opens_with_quote_mark:
 * @text: UTF-8 text
 *
 * Returns: whether @text starts with an opening quotation mark of any language
 * (“ ‘ „ ‚ « ‹ or a straight one)
 */
gboolean
dsr_text_opens_with_quote_mark (const char *text)
{
  gunichar first;

  g_return_val_if_fail (text != NULL, FALSE);

  first = g_utf8_get_char (text);
  /* „ and ‚ are classed as opening punctuation, not as initial quotes */
  return g_unichar_type (first) == G_UNICODE_INITIAL_PUNCTUATION ||
         first == 0x201E || first == 0x201A || first == '"' || first == '\'';
}

/**
 * dsr_text_is_blank:
 * @text: UTF-8 text
 *
 * Returns: whether @text is empty or holds only white space of any script
 */
gboolean
dsr_text_is_blank (const char *text)
{
  g_return_val_if_fail (text != NULL, TRUE);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}
