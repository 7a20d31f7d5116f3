/* dsr-search-panel.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-search-panel"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "dsr-search-panel.h"

/* Investigation-wide search: the words typed are searched in every document's title
 * and text (FTS5, through dsr_store_search()), and each matching document is listed
 * with its best passage, the words found in it highlighted. Choosing a document emits
 * DsrSearchPanel::passage-activated with that passage's offsets in the document. */
struct _DsrSearchPanel
{
  GtkWidget       parent_instance;

  /* Owned */
  DsrStore       *store;
  GListStore     *results;        /* of DsrSearchHit */

  /* Template widgets */
  GtkSearchEntry *entry;
  GtkStack       *stack;
  AdwStatusPage  *no_results_page;
  AdwStatusPage  *error_page;
  GtkLabel       *summary_label;
  GtkListView    *results_list;
};

G_DEFINE_FINAL_TYPE (DsrSearchPanel, dsr_search_panel, GTK_TYPE_WIDGET)

enum {
  PASSAGE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Finding the passage
 *
 * A hit's snippet is a verbatim stretch of the document's text, except that block
 * breaks became single spaces and an ellipsis marks where it was cut. The passage is
 * the snippet's first highlighted word, at the place in the text where the words
 * around it agree best with the snippet's. */

static gboolean
is_space (gunichar c)
{
  return g_unichar_isspace (c);
}

/* How many characters of @context, read from its end backwards (or from its start
 * forwards), agree with the text from @at on; a space agrees with any run of white
 * space. */
static gsize
count_agreeing (const char *text,
                const char *at,
                const char *context,
                gboolean    backwards)
{
  const char *t = at;
  const char *c = backwards ? context + strlen (context) : context;
  gsize n = 0;

  for (;;)
    {
      gunichar tc, cc;

      if (backwards ? (c == context || t == text) : (*c == '\0' || *t == '\0'))
        break;

      cc = backwards ? g_utf8_get_char (g_utf8_prev_char (c)) : g_utf8_get_char (c);
      tc = backwards ? g_utf8_get_char (g_utf8_prev_char (t)) : g_utf8_get_char (t);

      if (cc == ' ' && is_space (tc))
        {
          /* One space in the snippet stands for the whole run in the text. */
          while (backwards ? t != text && is_space (g_utf8_get_char (g_utf8_prev_char (t)))
                           : *t != '\0' && is_space (g_utf8_get_char (t)))
            t = backwards ? g_utf8_prev_char (t) : g_utf8_next_char (t);
        }
      else if (cc == tc)
        t = backwards ? g_utf8_prev_char (t) : g_utf8_next_char (t);
      else
        break;

      c = backwards ? g_utf8_prev_char (c) : g_utf8_next_char (c);
      n++;
    }

  return n;
}

/**
 * dsr_search_hit_locate:
 * @hit: a search hit
 * @text: the text of the hit's document
 * @start: (out): where the passage begins, in code points
 * @end: (out): where it ends
 *
 * Returns: whether the hit's highlighted passage was found in @text; it is not when
 *   only the title matched
 */
gboolean
dsr_search_hit_locate (DsrSearchHit *hit,
                       const char   *text,
                       gint64       *start,
                       gint64       *end)
{
  GArray *highlights;
  const DsrTextRange *first;
  const char *snippet;
  g_autofree char *word = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const char *best = NULL;
  gsize best_agreeing = 0;
  gsize word_len;

  g_return_val_if_fail (DSR_IS_SEARCH_HIT (hit), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  highlights = dsr_search_hit_get_highlights (hit);
  if (highlights->len == 0)
    return FALSE;

  first = &g_array_index (highlights, DsrTextRange, 0);
  snippet = dsr_search_hit_get_snippet (hit);
  word = g_utf8_substring (snippet, first->start, first->end);
  before = g_utf8_substring (snippet, 0, first->start);
  after = g_utf8_substring (snippet, first->end, g_utf8_strlen (snippet, -1));
  word_len = strlen (word);

  /* The ellipsis FTS5 adds where the snippet was cut is not in the text. */
  if (g_str_has_prefix (before, "…"))
    memmove (before, before + strlen ("…"), strlen (before) - strlen ("…") + 1);
  if (g_str_has_suffix (after, "…"))
    after[strlen (after) - strlen ("…")] = '\0';

  for (const char *p = strstr (text, word); p != NULL; p = strstr (p + 1, word))
    {
      gsize agreeing = count_agreeing (text, p, before, TRUE) +
                       count_agreeing (text, p + word_len, after, FALSE);

      if (best == NULL || agreeing > best_agreeing)
        {
          best = p;
          best_agreeing = agreeing;
        }
      if (agreeing == (gsize)g_utf8_strlen (before, -1) + g_utf8_strlen (after, -1))
        break;
    }

  if (best == NULL)
    return FALSE;

  *start = g_utf8_pointer_to_offset (text, best);
  *end = *start + g_utf8_strlen (word, -1);
  return TRUE;
}

/* Results */

static char *
snippet_markup (DsrSearchHit *hit)
{
  const char *snippet = dsr_search_hit_get_snippet (hit);
  GArray *highlights = dsr_search_hit_get_highlights (hit);
  g_autoptr(GString) markup = g_string_new (NULL);
  glong length = g_utf8_strlen (snippet, -1);
  gint64 done = 0;

  for (guint i = 0; i <= highlights->len; i++)
    {
      const DsrTextRange *range = i < highlights->len ? &g_array_index (highlights, DsrTextRange, i) : NULL;
      gint64 plain_end = range ? CLAMP (range->start, done, length) : length;
      g_autofree char *plain = g_utf8_substring (snippet, done, plain_end);
      g_autofree char *plain_escaped = g_markup_escape_text (plain, -1);

      g_string_append (markup, plain_escaped);
      done = plain_end;

      if (range != NULL)
        {
          gint64 match_end = CLAMP (range->end, done, length);
          g_autofree char *match = g_utf8_substring (snippet, done, match_end);
          g_autofree char *match_escaped = g_markup_escape_text (match, -1);

          /* Bold for the words found, and a tint that reads on light and dark. */
          g_string_append_printf (markup, "<span weight=\"bold\" bgcolor=\"#f6d32d\" bgalpha=\"40%%\">%s</span>",
                                  match_escaped);
          done = match_end;
        }
    }

  return g_string_free (g_steal_pointer (&markup), FALSE);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *source = gtk_label_new (NULL);
  GtkWidget *snippet = gtk_label_new (NULL);

  gtk_widget_add_css_class (box, "dsr-search-result");

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (title, "heading");

  gtk_label_set_xalign (GTK_LABEL (source), 0);
  gtk_label_set_ellipsize (GTK_LABEL (source), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (source, "caption");
  gtk_widget_add_css_class (source, "dim-label");

  gtk_label_set_xalign (GTK_LABEL (snippet), 0);
  gtk_label_set_wrap (GTK_LABEL (snippet), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (snippet), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (snippet), 3);
  gtk_label_set_ellipsize (GTK_LABEL (snippet), PANGO_ELLIPSIZE_END);
  gtk_label_set_use_markup (GTK_LABEL (snippet), TRUE);
  gtk_widget_add_css_class (snippet, "dsr-search-snippet");

  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), source);
  gtk_box_append (GTK_BOX (box), snippet);
  gtk_list_item_set_child (item, box);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  DsrSearchHit *hit = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *source = gtk_widget_get_next_sibling (title);
  GtkWidget *snippet = gtk_widget_get_next_sibling (source);
  const char *title_text = dsr_search_hit_get_title (hit);
  const char *source_text = dsr_search_hit_get_source (hit);
  g_autofree char *markup = snippet_markup (hit);

  gtk_label_set_label (GTK_LABEL (title), title_text && *title_text ? title_text : _("Untitled"));
  gtk_widget_set_tooltip_text (title, title_text);
  gtk_label_set_label (GTK_LABEL (source), source_text ? source_text : "");
  gtk_widget_set_visible (source, source_text != NULL && source_text[0] != '\0');
  gtk_label_set_markup (GTK_LABEL (snippet), markup);
  gtk_widget_set_visible (snippet, dsr_search_hit_get_snippet (hit)[0] != '\0');
}

static void
show_results (DsrSearchPanel *self,
              const char     *query,
              GPtrArray      *hits)
{
  g_autofree char *summary = NULL;

  g_list_store_splice (self->results, 0, g_list_model_get_n_items (G_LIST_MODEL (self->results)),
                       hits->pdata, hits->len);

  if (hits->len == 0)
    {
      /* Translators: %s is what was searched for */
      g_autofree char *description = g_strdup_printf (_("No document contains “%s”. Check the spelling, "
                                                        "or search for fewer words."), query);

      adw_status_page_set_description (self->no_results_page, description);
      gtk_stack_set_visible_child_name (self->stack, "no-results");
      return;
    }

  if (hits->len >= DSR_SEARCH_PANEL_MAX_RESULTS)
    /* Translators: %u is the most documents a search lists */
    summary = g_strdup_printf (_("The best %u documents"), hits->len);
  else
    summary = g_strdup_printf (ngettext ("%u document", "%u documents", hits->len), hits->len);
  gtk_label_set_label (self->summary_label, summary);
  gtk_stack_set_visible_child_name (self->stack, "results");
}

static void
run_search (DsrSearchPanel *self)
{
  g_autofree char *query = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entry)));
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;

  g_strstrip (query);

  if (self->store == NULL || query[0] == '\0')
    {
      g_list_store_remove_all (self->results);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  if (!(hits = dsr_store_search (self->store, query, DSR_SEARCH_PANEL_MAX_RESULTS, &error)))
    {
      g_autofree char *message = g_strdup_printf ("%s.", error->message);

      message[0] = g_unichar_toupper (message[0]);
      g_list_store_remove_all (self->results);
      adw_status_page_set_description (self->error_page, message);
      gtk_stack_set_visible_child_name (self->stack, "error");
      return;
    }

  show_results (self, query, hits);
}

/* Template callbacks */

static void
entry_search_changed_cb (DsrSearchPanel *self)
{
  run_search (self);
}

/* Enter opens the best match, as in GNOME's other search fields. */
static void
entry_activate_cb (DsrSearchPanel *self)
{
  run_search (self);
  if (g_list_model_get_n_items (G_LIST_MODEL (self->results)) > 0)
    dsr_search_panel_activate_result (self, 0);
}

static void
results_activate_cb (DsrSearchPanel *self,
                     guint           position)
{
  dsr_search_panel_activate_result (self, position);
}

/* GObject overrides */

static void
dsr_search_panel_dispose (GObject *object)
{
  DsrSearchPanel *self = (DsrSearchPanel *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), DSR_TYPE_SEARCH_PANEL);
  /* The template's top box has no id, so the template leaves it to us. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->store);
  g_clear_object (&self->results);

  G_OBJECT_CLASS (dsr_search_panel_parent_class)->dispose (object);
}

static void
dsr_search_panel_class_init (DsrSearchPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dsr_search_panel_dispose;

  /**
   * DsrSearchPanel::passage-activated:
   * @document_id: the document chosen
   * @start: where its passage begins, in code points, or -1 if only its title matched
   * @end: where the passage ends, or -1
   *
   * A result was chosen.
   */
  signals[PASSAGE_ACTIVATED] =
    g_signal_new ("passage-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, G_TYPE_INT64, G_TYPE_INT64, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/dsr-search-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, DsrSearchPanel, entry);
  gtk_widget_class_bind_template_child (widget_class, DsrSearchPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, DsrSearchPanel, no_results_page);
  gtk_widget_class_bind_template_child (widget_class, DsrSearchPanel, error_page);
  gtk_widget_class_bind_template_child (widget_class, DsrSearchPanel, summary_label);
  gtk_widget_class_bind_template_child (widget_class, DsrSearchPanel, results_list);
  gtk_widget_class_bind_template_callback (widget_class, entry_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, results_activate_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "searchpanel");
}

static void
dsr_search_panel_init (DsrSearchPanel *self)
{
  GtkListItemFactory *factory;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->results = g_list_store_new (DSR_TYPE_SEARCH_HIT);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  gtk_list_view_set_factory (self->results_list, factory);
  g_object_unref (factory);

  gtk_list_view_set_model (self->results_list,
                           GTK_SELECTION_MODEL (gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->results)))));
  g_object_unref (gtk_list_view_get_model (self->results_list));

  gtk_stack_set_visible_child_name (self->stack, "empty");

  /* Documents may have been imported since the last search. */
  g_signal_connect (self, "map", G_CALLBACK (run_search), NULL);
}

/* Public API */

GtkWidget *
dsr_search_panel_new (void)
{
  return g_object_new (DSR_TYPE_SEARCH_PANEL, NULL);
}

/**
 * dsr_search_panel_set_store:
 * @store: (nullable): the investigation to search
 *
 * A new investigation starts a new search.
 */
void
dsr_search_panel_set_store (DsrSearchPanel *self,
                            DsrStore       *store)
{
  g_return_if_fail (DSR_IS_SEARCH_PANEL (self));
  g_return_if_fail (!store || DSR_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
  run_search (self);
}

/**
 * dsr_search_panel_get_store:
 *
 * Returns: (transfer none) (nullable): the investigation it searches
 */
DsrStore *
dsr_search_panel_get_store (DsrSearchPanel *self)
{
  g_return_val_if_fail (DSR_IS_SEARCH_PANEL (self), NULL);

  return self->store;
}

/**
 * dsr_search_panel_search:
 * @query: words as a person types them
 *
 * Searches at once, without the entry's typing delay.
 */
void
dsr_search_panel_search (DsrSearchPanel *self,
                         const char     *query)
{
  g_return_if_fail (DSR_IS_SEARCH_PANEL (self));
  g_return_if_fail (query != NULL);

  gtk_editable_set_text (GTK_EDITABLE (self->entry), query);
  run_search (self);
}

void
dsr_search_panel_focus_entry (DsrSearchPanel *self)
{
  g_return_if_fail (DSR_IS_SEARCH_PANEL (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
  gtk_editable_select_region (GTK_EDITABLE (self->entry), 0, -1);
}

/**
 * dsr_search_panel_get_results:
 *
 * Returns: (transfer none): the hits listed, of #DsrSearchHit
 */
GListModel *
dsr_search_panel_get_results (DsrSearchPanel *self)
{
  g_return_val_if_fail (DSR_IS_SEARCH_PANEL (self), NULL);

  return G_LIST_MODEL (self->results);
}

/**
 * dsr_search_panel_get_state:
 *
 * Returns: what the panel shows: "empty" (no query), "no-results", "results" or "error"
 */
const char *
dsr_search_panel_get_state (DsrSearchPanel *self)
{
  g_return_val_if_fail (DSR_IS_SEARCH_PANEL (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

/**
 * dsr_search_panel_activate_result:
 * @position: a position in the results
 *
 * Finds the result's passage in its document and emits
 * DsrSearchPanel::passage-activated.
 */
void
dsr_search_panel_activate_result (DsrSearchPanel *self,
                                  guint           position)
{
  g_autoptr(DsrSearchHit) hit = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gint64 start = -1, end = -1;
  gint64 document_id;

  g_return_if_fail (DSR_IS_SEARCH_PANEL (self));

  if (self->store == NULL || !(hit = g_list_model_get_item (G_LIST_MODEL (self->results), position)))
    return;

  document_id = dsr_search_hit_get_document_id (hit);
  if (!(text = dsr_store_dup_document_text (self->store, document_id, &error)))
    g_warning ("Cannot read document %" G_GINT64_FORMAT ": %s", document_id, error->message);
  else if (!dsr_search_hit_locate (hit, text, &start, &end))
    start = end = -1;

  g_signal_emit (self, signals[PASSAGE_ACTIVATED], 0, document_id, start, end);
}
