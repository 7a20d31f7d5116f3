/* test-core-types.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dsr-core-types.h"
#include "dsr-document-content.h"
#include "dsr-search-query.h"
#include "dsr-store.h"

static void
test_nodes (void)
{
  DsrNode node;
  g_autofree char *text = NULL;

  g_assert_true (dsr_node_parse ("claim:3", &node));
  g_assert_cmpint (node.kind, ==, DSR_NODE_CLAIM);
  g_assert_cmpint (node.id, ==, 3);
  text = dsr_node_to_string (&node);
  g_assert_cmpstr (text, ==, "claim:3");

  g_assert_true (dsr_node_parse ("document:12", &node));
  g_assert_cmpint (node.kind, ==, DSR_NODE_DOCUMENT);

  g_assert_false (dsr_node_parse ("claim:", &node));
  g_assert_false (dsr_node_parse ("claim:0", &node));
  g_assert_false (dsr_node_parse ("claim:-3", &node));
  g_assert_false (dsr_node_parse ("claim:3x", &node));
  g_assert_false (dsr_node_parse ("speaker:3", &node));
  g_assert_false (dsr_node_parse ("3", &node));
  g_assert_false (dsr_node_parse (NULL, &node));
}

static void
test_link_rules (void)
{
  DsrLinkKind kind;

  g_assert_true (dsr_link_kind_from_string ("reported_by", &kind));
  g_assert_cmpint (kind, ==, DSR_LINK_REPORTED_BY);
  g_assert_false (dsr_link_kind_from_string ("said-by", &kind));

  g_assert_true (dsr_link_kind_accepts (DSR_LINK_SAID_BY, DSR_NODE_CLAIM, DSR_NODE_ENTITY));
  g_assert_false (dsr_link_kind_accepts (DSR_LINK_SAID_BY, DSR_NODE_CLAIM, DSR_NODE_SOURCE));
  g_assert_true (dsr_link_kind_accepts (DSR_LINK_REPORTED_BY, DSR_NODE_CLAIM, DSR_NODE_DOCUMENT));
  g_assert_false (dsr_link_kind_accepts (DSR_LINK_REPORTED_BY, DSR_NODE_ENTITY, DSR_NODE_SOURCE));
  g_assert_true (dsr_link_kind_accepts (DSR_LINK_CONTRADICTS, DSR_NODE_CLAIM, DSR_NODE_CLAIM));
  g_assert_false (dsr_link_kind_accepts (DSR_LINK_SUPPORTS, DSR_NODE_NOTE, DSR_NODE_CLAIM));
  g_assert_true (dsr_link_kind_accepts (DSR_LINK_RELATED, DSR_NODE_NOTE, DSR_NODE_SOURCE));
}

static void
test_content_builder (void)
{
  g_autoptr(DsrDocumentContent) content = dsr_document_content_new ();
  const DsrSpan *span;
  gint64 start;

  dsr_document_content_begin_block (content);
  dsr_document_content_append (content, "  Héllo\n\t  wörld  ", -1);
  start = dsr_document_content_get_offset (content);
  dsr_document_content_append (content, "again", -1);
  dsr_document_content_add_span (content, DSR_SPAN_EMPHASIS, start, content->chars, 0, NULL);
  g_assert_true (dsr_document_content_end_block (content, DSR_SPAN_PARAGRAPH, 0));

  /* An empty block leaves nothing behind. */
  dsr_document_content_begin_block (content);
  dsr_document_content_append (content, " \n ", -1);
  g_assert_false (dsr_document_content_end_block (content, DSR_SPAN_PARAGRAPH, 0));

  dsr_document_content_begin_block (content);
  dsr_document_content_append (content, "Ёж\x01", -1);
  dsr_document_content_end_block (content, DSR_SPAN_HEADING, 2);

  g_assert_cmpstr (content->text->str, ==, "Héllo wörld again\n\nЁж");
  g_assert_cmpint (content->chars, ==, 21);
  g_assert_cmpuint (content->spans->len, ==, 3);
  span = &g_array_index (content->spans, DsrSpan, 0);
  g_assert_cmpint (span->kind, ==, DSR_SPAN_EMPHASIS);
  g_assert_cmpint (span->start, ==, 12);
  g_assert_cmpint (span->end, ==, 17);
  span = &g_array_index (content->spans, DsrSpan, 2);
  g_assert_cmpint (span->start, ==, 19);
  g_assert_cmpint (span->end, ==, 21);
  g_assert_cmpint (span->level, ==, 2);

  dsr_document_content_set_title (content, "  A \n title  ");
  g_assert_cmpstr (content->title, ==, "A title");
  dsr_document_content_set_title (content, " \n ");
  g_assert_cmpstr (content->title, ==, "A title");
}

static void
assert_query (const char *query,
              const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *fts = dsr_search_query_to_fts5 (query, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (fts, ==, expected);
}

static void
test_search_query (void)
{
  g_autoptr(GError) error = NULL;

  assert_query ("kestrel", "(\"kestrel\")");
  assert_query ("Firstbrook's denial", "(\"Firstbrook's\") AND (\"denial\")");
  assert_query ("\"much ado\" nothing", "(\"much ado\") AND (\"nothing\")");
  assert_query ("“much ado”", "(\"much ado\")");
  assert_query ("agency OR bureau report", "(\"agency\" OR \"bureau\") AND (\"report\")");
  assert_query ("spy* -weather", "(\"spy\"*) NOT (\"weather\")");
  assert_query ("say \"he said \"\"x\"", "(\"say\") AND (\"he said \") AND (\"x\")");
  assert_query ("a:b NEAR(c)", "(\"a:b\") AND (\"NEAR(c)\")");

  g_assert_null (dsr_search_query_to_fts5 ("  - -- ", &error));
  g_assert_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (dsr_search_query_to_fts5 ("-only", &error));
  g_assert_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (dsr_search_query_to_fts5 ("\xff\xfe", &error));
  g_assert_error (error, DSR_STORE_ERROR, DSR_STORE_ERROR_INVALID);
}

static void
test_quote_marks (void)
{
  const char *marked[] = { "“Yes,” she said", "‘Yes’", "„Ja“", "‚Ja‘", "«Да»", "‹Oui›",
                           "\"Yes\"", "'Yes'" };
  const char *unmarked[] = { "Yes, she said", "", "(Yes)", "— Yes", "”Yes" };

  for (guint i = 0; i < G_N_ELEMENTS (marked); i++)
    g_assert_true (dsr_text_opens_with_quote_mark (marked[i]));
  for (guint i = 0; i < G_N_ELEMENTS (unmarked); i++)
    g_assert_false (dsr_text_opens_with_quote_mark (unmarked[i]));
}

static void
test_blank_text (void)
{
  g_assert_true (dsr_text_is_blank (""));
  g_assert_true (dsr_text_is_blank (" \t\n\u00a0\u3000"));
  g_assert_false (dsr_text_is_blank ("  a "));
  g_assert_false (dsr_text_is_blank ("\u00a0Да"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dsr/core-types/nodes", test_nodes);
  g_test_add_func ("/dsr/core-types/quote-marks", test_quote_marks);
  g_test_add_func ("/dsr/core-types/blank-text", test_blank_text);
  g_test_add_func ("/dsr/core-types/link-rules", test_link_rules);
  g_test_add_func ("/dsr/core-types/content-builder", test_content_builder);
  g_test_add_func ("/dsr/core-types/search-query", test_search_query);

  return g_test_run ();
}
