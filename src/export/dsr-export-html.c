/* dsr-export-html.c: the report for an editor, one self-contained HTML file
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-export"

#include "config.h"

#include <glib/gi18n.h>

#include "dsr-export-private.h"

/* Inline styles only; the policy forbids scripts and every fetch, so even a bug in
 * escaping could not make the report run code or call out. */
static const char content_policy[] =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
  "form-action 'none'";

static const char stylesheet[] =
  ":root{color-scheme:light;--ink:#1f2328;--muted:#59636e;--rule:#d0d7de;--paper:#fff;"
  "--mark:#fff4c2;--accent:#1a5fb4;--red:#a51d2d;--green:#26a269}"
  "body{margin:0 auto;max-width:46rem;padding:2rem 1.5rem;font:16px/1.55 Georgia,'DejaVu Serif',serif;"
  "color:var(--ink);background:var(--paper)}"
  "h1,h2,h3,nav,dl,table,.meta,.grade{font-family:system-ui,'Cantarell','DejaVu Sans',sans-serif}"
  "h1{font-size:1.9rem;margin:0 0 .25rem}h2{margin-top:2.5rem;border-bottom:2px solid var(--ink);"
  "padding-bottom:.2rem}h3{font-size:1rem;color:var(--muted);margin:0 0 .5rem}"
  ".meta{color:var(--muted);font-size:.9rem}"
  "nav ol{display:flex;gap:1.2rem;list-style:none;padding:0;font-size:.95rem}"
  "a{color:var(--accent)}"
  "article{border-top:1px solid var(--rule);padding:1.2rem 0}"
  "blockquote{margin:0 0 1rem;padding:.6rem 1rem;border-left:4px solid var(--accent);background:#f6f8fa;"
  "overflow-wrap:anywhere;white-space:pre-wrap}"
  "blockquote .context{color:var(--muted)}blockquote mark{background:var(--mark);color:inherit}"
  "dl{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem;margin:0;font-size:.92rem}"
  "dt{color:var(--muted)}dd{margin:0;overflow-wrap:anywhere}"
  ".grade{display:inline-block;min-width:1.4em;padding:0 .3em;border-radius:.3em;background:var(--ink);"
  "color:#fff;text-align:center;font-weight:700;font-size:.85em}"
  ".contradicts{color:var(--red)}.supports{color:var(--green)}"
  "table{border-collapse:collapse;width:100%;font-size:.92rem}"
  "th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid var(--rule);"
  "overflow-wrap:anywhere}"
  "ul{padding-left:1.2rem}li{margin:.2rem 0;overflow-wrap:anywhere}"
  ".board figure{margin:0}.board svg{max-width:100%;height:auto;border:1px solid var(--rule)}"
  "@media print{body{max-width:none;padding:0;font-size:11pt}nav{display:none}"
  "h2{break-after:avoid}article,tr,li,.board figure{break-inside:avoid}"
  "blockquote{background:none;border-left-color:#000}"
  ".grade,mark{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
  "a{color:inherit;text-decoration:none}"
  "a.web::after{content:' <' attr(href) '>';font-size:.85em;color:var(--muted)}"
  "@page{margin:18mm 16mm}}";

typedef struct
{
  xmlTextWriter          *writer;
  const DsrBoardSnapshot *snapshot;
  GHashTable             *numbers;   /* "claim:ID" -> its number in the report */
  gboolean                has_board;
  gboolean                failed;
} Html;

static void
check (Html *html,
       int   rc)
{
  if (rc < 0)
    html->failed = TRUE;
}

static void
start (Html       *html,
       const char *tag)
{
  check (html, xmlTextWriterStartElement (html->writer, BAD_CAST tag));
}

static void
attr (Html       *html,
      const char *name,
      const char *value)
{
  g_autofree char *clean = _dsr_export_clean (value);

  check (html, xmlTextWriterWriteAttribute (html->writer, BAD_CAST name, BAD_CAST clean));
}

/* Always a full end tag: "<div/>" would not close anything in HTML. */
static void
end (Html *html)
{
  check (html, xmlTextWriterFullEndElement (html->writer));
}

static void
text (Html       *html,
      const char *value)
{
  g_autofree char *clean = _dsr_export_clean (value);

  check (html, xmlTextWriterWriteString (html->writer, BAD_CAST clean));
}

static void
element (Html       *html,
         const char *tag,
         const char *value)
{
  start (html, tag);
  text (html, value);
  end (html);
}

static void
element_with_class (Html       *html,
                    const char *tag,
                    const char *klass,
                    const char *value)
{
  start (html, tag);
  attr (html, "class", klass);
  text (html, value);
  end (html);
}

static const char *
reliability_meaning (const char *grade)
{
  switch (grade != NULL ? grade[0] : '\0')
    {
    case 'A': return _("completely reliable");
    case 'B': return _("usually reliable");
    case 'C': return _("fairly reliable");
    case 'D': return _("not usually reliable");
    case 'E': return _("unreliable");
    case 'F': return _("reliability cannot be judged");
    default: return NULL;
    }
}

static const char *
credibility_meaning (const char *value)
{
  switch (value != NULL ? value[0] : '\0')
    {
    case '1': return _("confirmed by other sources");
    case '2': return _("probably true");
    case '3': return _("possibly true");
    case '4': return _("doubtful");
    case '5': return _("improbable");
    case '6': return _("truth cannot be judged");
    default: return NULL;
    }
}

static void
web_link (Html       *html,
          const char *url)
{
  if (!_dsr_export_is_web_url (url))
    {
      text (html, url);
      return;
    }
  start (html, "a");
  attr (html, "class", "web");
  attr (html, "href", url);
  attr (html, "rel", "noreferrer noopener");
  text (html, url);
  end (html);
}

static void
grade (Html       *html,
       const char *reliability)
{
  const char *meaning = reliability_meaning (reliability);

  if (meaning == NULL)
    return;
  text (html, " ");
  start (html, "span");
  attr (html, "class", "grade");
  attr (html, "title", meaning);
  text (html, reliability);
  end (html);
  text (html, " ");
  text (html, meaning);
}

static char *
claim_anchor (const DsrNode *node)
{
  return g_strdup_printf ("claim-%" G_GINT64_FORMAT, node->id);
}

static void
claim_reference (Html          *html,
                 const DsrNode *node)
{
  g_autofree char *key = dsr_node_to_string (node);
  g_autofree char *anchor = claim_anchor (node);
  g_autofree char *href = g_strconcat ("#", anchor, NULL);
  g_autofree char *label = NULL;
  DsrSnapshotCard *card = dsr_board_snapshot_find_card ((DsrBoardSnapshot *)html->snapshot, node);
  g_autofree char *excerpt = NULL;
  const char *quote;

  label = g_strdup_printf (_("Claim %u"), GPOINTER_TO_UINT (g_hash_table_lookup (html->numbers, key)));
  start (html, "a");
  attr (html, "href", href);
  text (html, label);
  end (html);

  quote = card != NULL ? dsr_snapshot_card_get (card, "quote") : NULL;
  if (quote == NULL)
    return;
  excerpt = g_utf8_substring (quote, 0, MIN (g_utf8_strlen (quote, -1), 120));
  text (html, ": “");
  text (html, excerpt);
  text (html, g_utf8_strlen (quote, -1) > 120 ? "…”" : "”");
}

static void
term (Html       *html,
      const char *name)
{
  element (html, "dt", name);
  start (html, "dd");
}

static void
document_citation (Html               *html,
                   const DsrSnapshotCard *claim)
{
  const char *byline = dsr_snapshot_card_get (claim, "doc_byline");
  const char *published = dsr_snapshot_card_get (claim, "doc_published");
  const char *url = dsr_snapshot_card_get (claim, "doc_url");

  element (html, "cite", dsr_snapshot_card_get (claim, "doc_title"));
  if (byline != NULL)
    {
      text (html, ", ");
      text (html, byline);
    }
  if (published != NULL)
    {
      text (html, ", ");
      /* a machine-readable date only when it is one */
      if (g_regex_match_simple ("^[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9:.]+(Z|[+-][0-9:]+)?)?$",
                                published, 0, 0))
        {
          start (html, "time");
          attr (html, "datetime", published);
          text (html, published);
          end (html);
        }
      else
        text (html, published);
    }
  if (url != NULL)
    {
      text (html, ", ");
      web_link (html, url);
    }
}

static void
relations (Html               *html,
           const DsrSnapshotCard *claim,
           DsrLinkKind         kind,
           gboolean            outgoing,
           const char         *title)
{
  gboolean any = FALSE;

  for (guint i = 0; i < html->snapshot->edges->len; i++)
    {
      const DsrSnapshotLink *edge = g_ptr_array_index (html->snapshot->edges, i);
      const DsrNode *self = outgoing ? &edge->from : &edge->to;
      const DsrNode *other = outgoing ? &edge->to : &edge->from;

      if (edge->kind != kind || self->kind != DSR_NODE_CLAIM || self->id != claim->node.id ||
          other->kind != DSR_NODE_CLAIM)
        continue;
      if (!any)
        {
          start (html, "dt");
          attr (html, "class", kind == DSR_LINK_SUPPORTS ? "supports" : "contradicts");
          text (html, title);
          end (html);
          start (html, "dd");
          start (html, "ul");
          any = TRUE;
        }
      start (html, "li");
      claim_reference (html, other);
      if (edge->label != NULL)
        {
          text (html, " — ");
          text (html, edge->label);
        }
      end (html);
    }
  if (any)
    {
      end (html);
      end (html);
    }
}

static void
write_claim (Html               *html,
             const DsrSnapshotCard *claim,
             guint               number)
{
  g_autofree char *anchor = claim_anchor (&claim->node);
  g_autofree char *heading = g_strdup_printf (_("Claim %u"), number);
  const char *before = dsr_snapshot_card_get (claim, "context_before");
  const char *after = dsr_snapshot_card_get (claim, "context_after");
  const char *value;

  start (html, "article");
  attr (html, "class", "claim");
  attr (html, "id", anchor);
  element (html, "h3", heading);

  start (html, "blockquote");
  attr (html, "dir", "auto");
  if (before != NULL && *before != '\0')
    {
      element_with_class (html, "span", "context", "…");
      element_with_class (html, "span", "context", before);
    }
  element (html, "mark", dsr_snapshot_card_get (claim, "quote"));
  if (after != NULL && *after != '\0')
    {
      element_with_class (html, "span", "context", after);
      element_with_class (html, "span", "context", "…");
    }
  end (html);

  start (html, "dl");
  if ((value = dsr_snapshot_card_get (claim, "speaker")) != NULL)
    {
      term (html, _("Speaker"));
      text (html, value);
      end (html);
    }
  term (html, _("Document"));
  document_citation (html, claim);
  end (html);
  if ((value = dsr_snapshot_card_get (claim, "source")) != NULL)
    {
      term (html, _("Source"));
      text (html, value);
      grade (html, dsr_snapshot_card_get (claim, "reliability"));
      end (html);
    }
  if ((value = dsr_snapshot_card_get (claim, "summary")) != NULL)
    {
      term (html, _("Summary"));
      text (html, value);
      end (html);
    }
  if ((value = credibility_meaning (dsr_snapshot_card_get (claim, "credibility"))) != NULL)
    {
      term (html, _("Credibility"));
      text (html, dsr_snapshot_card_get (claim, "credibility"));
      text (html, " — ");
      text (html, value);
      end (html);
    }
  if ((value = dsr_snapshot_card_get (claim, "claimed")) != NULL)
    {
      term (html, _("Claimed on"));
      text (html, value);
      end (html);
    }
  relations (html, claim, DSR_LINK_SUPPORTS, TRUE, _("Supports"));
  relations (html, claim, DSR_LINK_SUPPORTS, FALSE, _("Supported by"));
  relations (html, claim, DSR_LINK_CONTRADICTS, TRUE, _("Contradicts"));
  relations (html, claim, DSR_LINK_CONTRADICTS, FALSE, _("Contradicted by"));
  end (html);
  end (html);
}

/* Names of speakers (or sources) in order of first appearance, each with the claim
 * cards that name them, from the claims' fields and the cards on the board. */
static GPtrArray *
group_claims (const DsrBoardSnapshot *snapshot,
              DsrNodeKind             card_kind,
              const char             *claim_field,
              GHashTable             *claims_by_name)
{
  GPtrArray *names = g_ptr_array_new ();

  for (guint i = 0; i < snapshot->cards->len; i++)
    {
      const DsrSnapshotCard *card = g_ptr_array_index (snapshot->cards, i);
      const char *name = card->node.kind == card_kind ? dsr_snapshot_card_get (card, "name")
                         : card->node.kind == DSR_NODE_CLAIM ? dsr_snapshot_card_get (card, claim_field)
                         : NULL;
      GPtrArray *claims;

      if (name == NULL)
        continue;
      if (!(claims = g_hash_table_lookup (claims_by_name, name)))
        {
          claims = g_ptr_array_new ();
          g_hash_table_insert (claims_by_name, (gpointer)name, claims);
          g_ptr_array_add (names, (gpointer)name);
        }
      if (card->node.kind == DSR_NODE_CLAIM)
        g_ptr_array_add (claims, (gpointer)card);
    }
  return names;
}

static const DsrSnapshotCard *
find_named_card (const DsrBoardSnapshot *snapshot,
                 DsrNodeKind             kind,
                 const char             *name)
{
  for (guint i = 0; i < snapshot->cards->len; i++)
    {
      const DsrSnapshotCard *card = g_ptr_array_index (snapshot->cards, i);

      if (card->node.kind == kind && g_strcmp0 (dsr_snapshot_card_get (card, "name"), name) == 0)
        return card;
    }
  return NULL;
}

static void
claim_list (Html      *html,
            GPtrArray *claims)
{
  if (claims->len == 0)
    return;
  start (html, "ul");
  for (guint j = 0; j < claims->len; j++)
    {
      const DsrSnapshotCard *claim = g_ptr_array_index (claims, j);

      start (html, "li");
      claim_reference (html, &claim->node);
      end (html);
    }
  end (html);
}

static void
write_speakers (Html *html)
{
  g_autoptr(GHashTable) claims = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                        (GDestroyNotify)g_ptr_array_unref);
  g_autoptr(GPtrArray) names = group_claims (html->snapshot, DSR_NODE_ENTITY, "speaker", claims);

  if (names->len == 0)
    return;
  start (html, "section");
  attr (html, "id", "speakers");
  element (html, "h2", _("Speakers"));
  start (html, "ul");
  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      const DsrSnapshotCard *card = find_named_card (html->snapshot, DSR_NODE_ENTITY, name);
      const char *kind = card != NULL ? dsr_snapshot_card_get (card, "entity_kind") : NULL;

      start (html, "li");
      element (html, "strong", name);
      if (kind != NULL)
        {
          text (html, " (");
          text (html, kind);
          text (html, ")");
        }
      claim_list (html, g_hash_table_lookup (claims, name));
      end (html);
    }
  end (html);
  end (html);
}

static void
write_sources (Html *html)
{
  g_autoptr(GHashTable) claims = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                        (GDestroyNotify)g_ptr_array_unref);
  g_autoptr(GPtrArray) names = group_claims (html->snapshot, DSR_NODE_SOURCE, "source", claims);

  if (names->len == 0)
    return;
  start (html, "section");
  attr (html, "id", "sources");
  element (html, "h2", _("Sources"));
  start (html, "table");
  start (html, "thead");
  start (html, "tr");
  element (html, "th", _("Source"));
  element (html, "th", _("Reliability"));
  element (html, "th", _("Claims"));
  end (html);
  end (html);
  start (html, "tbody");
  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      const DsrSnapshotCard *card = find_named_card (html->snapshot, DSR_NODE_SOURCE, name);
      GPtrArray *cited = g_hash_table_lookup (claims, name);
      const char *reliability = NULL;

      if (card != NULL)
        reliability = dsr_snapshot_card_get (card, "reliability");
      for (guint j = 0; reliability == NULL && j < cited->len; j++)
        reliability = dsr_snapshot_card_get (g_ptr_array_index (cited, j), "reliability");

      start (html, "tr");
      start (html, "td");
      element (html, "strong", name);
      if (card != NULL && dsr_snapshot_card_get (card, "source_kind") != NULL)
        {
          text (html, " (");
          text (html, dsr_snapshot_card_get (card, "source_kind"));
          text (html, ")");
        }
      if (card != NULL && dsr_snapshot_card_get (card, "url") != NULL)
        {
          start (html, "br");
          check (html, xmlTextWriterEndElement (html->writer));
          web_link (html, dsr_snapshot_card_get (card, "url"));
        }
      end (html);
      start (html, "td");
      if (reliability != NULL)
        grade (html, reliability);
      else
        text (html, _("not graded"));
      end (html);
      start (html, "td");
      claim_list (html, cited);
      end (html);
      end (html);
    }
  end (html);
  end (html);
  end (html);
}

static void
write_notes (Html *html)
{
  gboolean any = FALSE;

  for (guint i = 0; i < html->snapshot->cards->len; i++)
    {
      const DsrSnapshotCard *card = g_ptr_array_index (html->snapshot->cards, i);

      if (card->node.kind != DSR_NODE_NOTE)
        continue;
      if (!any)
        {
          start (html, "section");
          attr (html, "id", "notes");
          element (html, "h2", _("Notes"));
          any = TRUE;
        }
      start (html, "p");
      attr (html, "dir", "auto");
      text (html, dsr_snapshot_card_get (card, "text"));
      end (html);
    }
  if (any)
    end (html);
}

static void
write_head (Html *html)
{
  g_autofree char *title = g_strdup_printf (_("%s — evidence report"), html->snapshot->name);

  start (html, "head");
  start (html, "meta");
  attr (html, "charset", "utf-8");
  check (html, xmlTextWriterEndElement (html->writer));
  start (html, "meta");
  attr (html, "http-equiv", "Content-Security-Policy");
  attr (html, "content", content_policy);
  check (html, xmlTextWriterEndElement (html->writer));
  start (html, "meta");
  attr (html, "name", "viewport");
  attr (html, "content", "width=device-width, initial-scale=1");
  check (html, xmlTextWriterEndElement (html->writer));
  start (html, "meta");
  attr (html, "name", "generator");
  attr (html, "content", "Dossier " PACKAGE_VERSION);
  check (html, xmlTextWriterEndElement (html->writer));
  element (html, "title", title);
  start (html, "style");
  check (html, xmlTextWriterWriteRaw (html->writer, BAD_CAST stylesheet));
  end (html);
  end (html);
}

static gboolean
has_card (const DsrBoardSnapshot *snapshot,
          DsrNodeKind             kind,
          const char             *claim_field)
{
  for (guint i = 0; i < snapshot->cards->len; i++)
    {
      const DsrSnapshotCard *card = g_ptr_array_index (snapshot->cards, i);

      if (card->node.kind == kind ||
          (claim_field != NULL && card->node.kind == DSR_NODE_CLAIM &&
           dsr_snapshot_card_get (card, claim_field) != NULL))
        return TRUE;
    }
  return FALSE;
}

/* Links to the parts of the report that are there. */
static void
write_contents (Html *html)
{
  const struct { const char *anchor, *title; gboolean present; } parts[] = {
    { "#board", _("Board"), html->has_board },
    { "#claims", _("Claims"), has_card (html->snapshot, DSR_NODE_CLAIM, NULL) },
    { "#speakers", _("Speakers"), has_card (html->snapshot, DSR_NODE_ENTITY, "speaker") },
    { "#sources", _("Sources"), has_card (html->snapshot, DSR_NODE_SOURCE, "source") },
    { "#notes", _("Notes"), has_card (html->snapshot, DSR_NODE_NOTE, NULL) },
  };

  start (html, "nav");
  start (html, "ol");
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      if (!parts[i].present)
        continue;
      start (html, "li");
      start (html, "a");
      attr (html, "href", parts[i].anchor);
      text (html, parts[i].title);
      end (html);
      end (html);
    }
  end (html);
  end (html);
}

/* The painter's SVG, without its XML declaration, inside the page: cairo draws text
 * as glyph outlines, so nothing from the investigation is in it as markup. */
static void
write_board (Html   *html,
             GBytes *svg)
{
  g_autofree char *text = g_strndup (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg));
  const char *picture = strstr (text, "<svg");

  if (picture == NULL)
    return;
  start (html, "section");
  attr (html, "id", "board");
  attr (html, "class", "board");
  element (html, "h2", _("Board"));
  start (html, "figure");
  check (html, xmlTextWriterWriteRaw (html->writer, BAD_CAST picture));
  end (html);
  end (html);
}

/* @svg: (nullable): the board's picture */
GBytes *
_dsr_export_html (const DsrBoardSnapshot  *snapshot,
                  GBytes                  *svg,
                  GError                 **error)
{
  g_autoptr(xmlBuffer) buffer = xmlBufferCreate ();
  g_autoptr(xmlTextWriter) writer = xmlNewTextWriterMemory (buffer, 0);
  g_autoptr(GHashTable) numbers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *summary = NULL;
  Html html = { writer, snapshot, numbers, svg != NULL, FALSE };
  guint n_claims = 0;

  for (guint i = 0; i < snapshot->cards->len; i++)
    {
      const DsrSnapshotCard *card = g_ptr_array_index (snapshot->cards, i);

      if (card->node.kind == DSR_NODE_CLAIM)
        g_hash_table_insert (numbers, dsr_node_to_string (&card->node), GUINT_TO_POINTER (++n_claims));
    }

  check (&html, xmlTextWriterWriteDTD (writer, BAD_CAST "html", NULL, NULL, NULL));
  check (&html, xmlTextWriterWriteRaw (writer, BAD_CAST "\n"));
  start (&html, "html");
  write_head (&html);
  start (&html, "body");

  start (&html, "header");
  element (&html, "h1", snapshot->name);
  summary = g_strdup_printf (ngettext ("Evidence board exported from Dossier on %s, with %u claim.",
                                       "Evidence board exported from Dossier on %s, with %u claims.",
                                       n_claims), date, n_claims);
  element_with_class (&html, "p", "meta", summary);
  end (&html);
  write_contents (&html);
  if (svg != NULL)
    write_board (&html, svg);

  if (n_claims > 0)
    {
      guint number = 0;

      start (&html, "section");
      attr (&html, "id", "claims");
      element (&html, "h2", _("Claims"));
      for (guint i = 0; i < snapshot->cards->len; i++)
        {
          const DsrSnapshotCard *card = g_ptr_array_index (snapshot->cards, i);

          if (card->node.kind == DSR_NODE_CLAIM)
            write_claim (&html, card, ++number);
        }
      end (&html);
    }
  write_speakers (&html);
  write_sources (&html);
  write_notes (&html);

  end (&html);
  end (&html);

  if (html.failed)
    {
      g_set_error (error, DSR_EXPORT_ERROR, DSR_EXPORT_ERROR_FAILED, _("cannot write the report"));
      return NULL;
    }
  return _dsr_export_xml_finish (writer, buffer, error);
}
