/* dsr-aliases.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-aliases"

#include "config.h"

#include <string.h>

#include "dsr-aliases.h"
#include "dsr-cyrillic-private.h"
#include "dsr-translit-private.h"

/* Alias resolution. Names are compared through a key: lower case, "the" and possessives
 * dropped, company suffixes ("Inc.", "Ltd") and domain endings (".com") dropped, "Labs"
 * made "Lab"; each word of a person's name romanised if Cyrillic, mapped through a small
 * table of common variants ("Eugene" -> "yevgeny") and spelt loosely (dsr-translit.c), so
 * that "Евгений Белозар", "Evgeniy Belozar" and "Yevgeny Belozar" share a key; a country
 * named in Russian in any case ("Канады") keyed by its English name. A Cyrillic name in
 * another case than the nominative ("Белозара") joins the name it declines when the text
 * has it. Grouping never crosses kinds, except that an acronym defined in parentheses
 * joins its expansion: a person and an organisation sharing a word ("Jane Doe", "Doe
 * Labs") stay apart. */

/* Each row: the key first, then the forms that map to it. */
static const char * const variant_rows[][10] = {
  { "yevgeny", "evgeny", "evgeniy", "evgenii", "yevgeniy", "yevgenii", "eugene", "evgenij",
    "jewgeni", NULL },
  { "alexander", "aleksandr", "alexandr", "aleksander", "alexandre", "oleksandr", NULL },
  { "sergei", "sergey", "sergej", "serguei", "sergiy", "serhiy", NULL },
  { "dmitry", "dmitri", "dmitriy", "dmitrii", "dimitri", "dmytro", NULL },
  { "yuri", "yury", "yuriy", "iurii", "jurij", "yurii", "yuriy", NULL },
  { "andrei", "andrey", "andrej", "andrii", "andriy", NULL },
  { "alexei", "alexey", "aleksei", "aleksey", "alexej", "oleksiy", "oleksii", NULL },
  { "mikhail", "michail", "mykhailo", "mikhael", NULL },
  { "nikolai", "nikolay", "nicolai", "mykola", NULL },
  { "vladimir", "wladimir", "volodymyr", NULL },
  { "pyotr", "petr", "piotr", NULL },
  { "fyodor", "fedor", "fiodor", NULL },
  { "yelena", "elena", "jelena", "olena", NULL },
  { "yekaterina", "ekaterina", NULL },
  { "natalia", "natalya", "nataliya", NULL },
  { "tatiana", "tatyana", "tatjana", NULL },
  { "yulia", "yuliya", "iuliia", "julia", NULL },
  { "ilya", "ilia", "illia", NULL },
  { "maxim", "maksim", "maksym", NULL },
  { "grigory", "grigori", "grigoriy", "hryhoriy", NULL },
  { "georgy", "georgiy", "georgii", "heorhiy", NULL },
  { "vasily", "vasiliy", "vasili", "vasyl", NULL },
  { "anatoly", "anatoliy", "anatolii", NULL },
  { "valery", "valeriy", "valerii", NULL },
  { "vitaly", "vitaliy", "vitalii", NULL },
  { "gennady", "gennadiy", "gennadii", NULL },
  { "arkady", "arkadiy", "arkadii", NULL },
  { "kirill", "kiril", "kyrylo", NULL },
  { "mohammed", "muhammad", "mohammad", "mohamed", "muhammed", "mohamad", NULL },
  { "hussein", "husain", "hussain", "husayn", NULL },
  { "gaddafi", "qaddafi", "kadhafi", "qadhafi", "gadhafi", NULL },
};

static const char * const org_suffixes[] = {
  "inc", "inc.", "ltd", "ltd.", "llc", "plc", "corp", "corp.", "co", "co.", "gmbh", "ag",
  "limited", "incorporated", NULL
};

static const char * const domain_endings[] = {
  ".com", ".org", ".net", ".io", ".ru", ".co.uk", ".gov", ".info", ".co", NULL
};

/* Words that do not count for an acronym's letters. */
static const char * const acronym_skip[] = {
  "of", "the", "and", "for", "on", "in", "de", "&", NULL
};

static GHashTable *
variant_table (void)
{
  static GHashTable *table;

  if (g_once_init_enter (&table))
    {
      GHashTable *t = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint r = 0; r < G_N_ELEMENTS (variant_rows); r++)
        for (guint i = 0; variant_rows[r][i] != NULL; i++)
          g_hash_table_insert (t, (gpointer)variant_rows[r][i], (gpointer)variant_rows[r][0]);
      g_once_init_leave (&table, t);
    }

  return table;
}

static gboolean
in_list (const char * const *list,
         const char         *word)
{
  for (guint i = 0; list[i] != NULL; i++)
    if (strcmp (list[i], word) == 0)
      return TRUE;
  return FALSE;
}

/* "Evgeniy", "Eugene", "Евгений" -> "evgeny": the word romanised, mapped through the
 * table of variants, then spelt loosely. */
static char *
person_word_key (const char *word)
{
  g_autofree char *latin = _dsr_translit_romanise (word);
  const char *mapped = g_hash_table_lookup (variant_table (), latin);

  return _dsr_translit_loose_key (mapped != NULL ? mapped : latin);
}

static gboolean
is_acronym (const char *name)
{
  guint letters = 0;

  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalpha (c))
        {
          if (!g_unichar_isupper (c))
            return FALSE;
          letters++;
        }
      else if (c != '.' && c != '&')
        return FALSE;
    }

  return letters >= 2;
}

/* The name as written, whitespace collapsed, "the" and a possessive dropped. */
static char *
clean_surface (const char *surface)
{
  g_autofree char *copy = g_strstrip (g_strdup (surface));
  g_auto(GStrv) words = g_strsplit_set (copy, " \t\n\r", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0')
        continue;
      if (out->len == 0 && g_ascii_strcasecmp (words[i], "the") == 0 && words[i + 1] != NULL)
        continue;
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, words[i]);
    }

  if (g_str_has_suffix (out->str, "'s"))
    g_string_truncate (out, out->len - 2);
  else if (g_str_has_suffix (out->str, "\xe2\x80\x99s"))
    g_string_truncate (out, out->len - 4);

  return g_string_free (out, FALSE);
}

/* The comparison key of a name of the given kind. */
static char *
name_key (const char    *name,
          DsrEntityKind  kind)
{
  g_autofree char *clean = clean_surface (name);
  g_autofree char *lower = g_utf8_strdown (clean, -1);
  g_auto(GStrv) words = NULL;
  guint n;
  GString *key;
  const char *country;

  if (kind == DSR_ENTITY_PLACE && _dsr_cyrillic_is_word (lower)
      && (country = _dsr_cyrillic_country (lower)) != NULL)
    return g_utf8_strdown (country, -1);

  words = g_strsplit (lower, " ", -1);
  n = g_strv_length (words);
  key = g_string_new (NULL);

  /* "Belozar Labs, Inc." */
  while (n > 1 && in_list (org_suffixes, words[n - 1]) && kind == DSR_ENTITY_ORG)
    n--;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *word = g_strdup (words[i]);
      gsize len = strlen (word);

      if (len > 1 && word[len - 1] == ',')
        word[--len] = '\0';

      if (kind == DSR_ENTITY_ORG)
        {
          for (guint d = 0; domain_endings[d] != NULL && i == n - 1; d++)
            if (g_str_has_suffix (word, domain_endings[d]) && len > strlen (domain_endings[d]))
              word[len - strlen (domain_endings[d])] = '\0';
          if (strcmp (word, "labs") == 0 || strcmp (word, "laboratory") == 0
              || strcmp (word, "laboratories") == 0)
            strcpy (word, "lab");
        }
      else if (kind == DSR_ENTITY_PERSON)
        {
          char *mapped = person_word_key (word);

          g_free (word);
          word = mapped;
        }

      if (key->len > 0)
        g_string_append_c (key, ' ');
      g_string_append (key, word);
    }

  return g_string_free (key, FALSE);
}

/* "Federal Directorate of Signals" -> "FDS" */
static char *
initials (const char *name)
{
  g_auto(GStrv) words = g_strsplit (name, " ", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *lower = g_utf8_strdown (words[i], -1);

      if (*words[i] == '\0' || in_list (acronym_skip, lower))
        continue;
      g_string_append_unichar (out, g_unichar_toupper (g_utf8_get_char (words[i])));
    }

  return g_string_free (out, FALSE);
}

static char *
acronym_letters (const char *name)
{
  GString *out = g_string_new (NULL);

  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isalpha (g_utf8_get_char (p)))
      g_string_append_unichar (out, g_utf8_get_char (p));

  return g_string_free (out, FALSE);
}

typedef struct
{
  char          *surface;
  char          *key;
  gint64         start;
  gint64         end;
  const char    *after;   /* the text right after the mention */
  const char    *before_end; /* the text right before it: its end */
} Item;

static void
item_clear (Item *item)
{
  g_free (item->surface);
  g_free (item->key);
}

static int
new_group (GArray        *groups,
           DsrEntityKind  kind,
           const char    *surface)
{
  DsrEntityGroup group = { kind, g_strdup (surface), g_ptr_array_new_with_free_func (g_free) };

  g_array_append_val (groups, group);
  return groups->len - 1;
}

static void
group_add_form (DsrEntityGroup *group,
                const char     *surface)
{
  /* The canonical name is the fullest form used; the others are aliases. */
  if (g_utf8_strlen (surface, -1) > g_utf8_strlen (group->name, -1))
    {
      char *old = group->name;

      group->name = g_strdup (surface);
      surface = old;
      if (!g_ptr_array_find_with_equal_func (group->aliases, surface, g_str_equal, NULL))
        g_ptr_array_add (group->aliases, g_strdup (surface));
      g_free (old);
      return;
    }

  if (strcmp (surface, group->name) != 0
      && !g_ptr_array_find_with_equal_func (group->aliases, surface, g_str_equal, NULL))
    g_ptr_array_add (group->aliases, g_strdup (surface));
}

/* Makes @name, one of the group's forms, its canonical name. */
static void
prefer_name (DsrEntityGroup *group,
             const char     *name)
{
  guint index;

  if (strcmp (group->name, name) == 0
      || !g_ptr_array_find_with_equal_func (group->aliases, name, g_str_equal, &index))
    return;
  g_free (g_ptr_array_steal_index (group->aliases, index));
  g_ptr_array_add (group->aliases, group->name);
  group->name = g_strdup (name);
}

static gboolean
only_space_and (const char *from,
                const char *to,
                char        mark)
{
  gboolean seen = FALSE;

  for (const char *p = from; p < to; p++)
    {
      if (*p == mark && !seen)
        seen = TRUE;
      else if (!g_ascii_isspace (*p))
        return FALSE;
    }

  return seen;
}

static void
merge_groups (GArray *groups,
              GArray *mentions,
              int     into,
              int     from)
{
  DsrEntityGroup *src = &g_array_index (groups, DsrEntityGroup, from);
  DsrEntityGroup *dst = &g_array_index (groups, DsrEntityGroup, into);

  group_add_form (dst, src->name);
  for (guint i = 0; i < src->aliases->len; i++)
    group_add_form (dst, g_ptr_array_index (src->aliases, i));

  for (guint i = 0; i < mentions->len; i++)
    {
      DsrEntityMention *m = &g_array_index (mentions, DsrEntityMention, i);

      if (m->group == from)
        {
          m->group = into;
          m->kind = dst->kind;
        }
    }

  g_clear_pointer (&src->name, g_free);
  g_ptr_array_set_size (src->aliases, 0);
}

/* Drops emptied groups and renumbers the mentions. */
static GArray *
compact_groups (GArray *groups,
                GArray *mentions)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (DsrEntityGroup));
  g_autofree int *map = g_new (int, groups->len + 1);

  g_array_set_clear_func (out, (GDestroyNotify)dsr_entity_group_clear);
  for (guint i = 0; i < groups->len; i++)
    {
      DsrEntityGroup *group = &g_array_index (groups, DsrEntityGroup, i);

      if (group->name == NULL)
        {
          map[i] = -1;
          g_clear_pointer (&group->aliases, g_ptr_array_unref);
          continue;
        }
      map[i] = out->len;
      g_array_append_val (out, *group);
    }

  for (guint i = 0; i < mentions->len; i++)
    {
      DsrEntityMention *m = &g_array_index (mentions, DsrEntityMention, i);

      if (m->group >= 0)
        m->group = map[m->group];
    }

  return out;
}

/* The group whose name @group's name is the nominative of ("Евгения Белозара" ->
 * "Евгений Белозар"): each Cyrillic word put back into the nominative, in every way
 * its ending allows, and the result looked up among the text's names. -1 if none. */
static int
nominative_group (GArray     *groups,
                  GHashTable *by_key,
                  guint       g)
{
  DsrEntityGroup *group = &g_array_index (groups, DsrEntityGroup, g);
  g_autofree char *lower = g_utf8_strdown (group->name, -1);
  g_auto(GStrv) words = g_strsplit (lower, " ", -1);
  guint n = g_strv_length (words);
  GPtrArray *forms[3];
  guint pick[3] = { 0 };
  int found = -1;

  if (n > G_N_ELEMENTS (forms))
    return -1;
  for (guint i = 0; i < n; i++)
    {
      forms[i] = _dsr_cyrillic_nominatives (words[i]);
      g_ptr_array_insert (forms[i], 0, g_strdup (words[i]));
    }

  /* Every combination but the name itself: a counter over the words' forms. */
  for (;;)
    {
      guint i = 0;

      while (i < n && ++pick[i] == forms[i]->len)
        pick[i++] = 0;
      if (i == n)
        break;

      {
        g_autoptr(GString) name = g_string_new (NULL);
        g_autofree char *key = NULL;
        g_autofree char *kind_key = NULL;
        gpointer h;

        for (guint k = 0; k < n; k++)
          g_string_append_printf (name, "%s%s", k > 0 ? " " : "",
                                  (char *)forms[k]->pdata[pick[k]]);
        key = name_key (name->str, group->kind);
        kind_key = g_strdup_printf ("%d:%s", group->kind, key);
        if (g_hash_table_lookup_extended (by_key, kind_key, NULL, &h)
            && GPOINTER_TO_INT (h) != (int)g
            && g_array_index (groups, DsrEntityGroup, GPOINTER_TO_INT (h)).name != NULL)
          {
            found = GPOINTER_TO_INT (h);
            break;
          }
      }
    }

  for (guint i = 0; i < n; i++)
    g_ptr_array_unref (forms[i]);
  return found;
}

/* The keys a single Cyrillic word of a person's name has in its nominative forms. */
static GPtrArray *
nominative_keys (const char *word)
{
  g_autofree char *lower = g_utf8_strdown (word, -1);
  g_autoptr(GPtrArray) forms = _dsr_cyrillic_nominatives (lower);
  GPtrArray *keys = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < forms->len; i++)
    g_ptr_array_add (keys, person_word_key (forms->pdata[i]));
  return keys;
}

/**
 * dsr_aliases_group:
 * @text: the document's text
 * @mentions: (element-type DsrEntityMention): the mentions found in @text, in text order
 *
 * Groups the mentions of one document that name the same entity and sets each mention's
 * group (and, for an acronym that joins its expansion, its kind).
 *
 * Returns: (transfer full) (element-type DsrEntityGroup): the groups
 */
GArray *
dsr_aliases_group (const char *text,
                   GArray     *mentions)
{
  g_autoptr(GArray) items = NULL;
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) keys = NULL;
  g_autoptr(GHashTable) full_name_words = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                                 g_free, NULL);
  g_autoptr(GArray) domains = g_array_new (FALSE, FALSE, sizeof (guint));
  GArray *groups;
  const char *p = text;
  gint64 offset = 0;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (mentions != NULL, NULL);

  groups = g_array_new (FALSE, FALSE, sizeof (DsrEntityGroup));
  items = g_array_sized_new (FALSE, TRUE, sizeof (Item), mentions->len);
  g_array_set_clear_func (items, (GDestroyNotify)item_clear);

  /* Surfaces, with one walk through the text for mentions in order. */
  for (guint i = 0; i < mentions->len; i++)
    {
      DsrEntityMention *m = &g_array_index (mentions, DsrEntityMention, i);
      Item item = { 0 };
      const char *start, *end;

      if (m->start < offset)
        {
          p = text;
          offset = 0;
        }
      while (offset < m->start && *p != '\0')
        {
          p = g_utf8_next_char (p);
          offset++;
        }
      start = p;
      end = start;
      for (gint64 k = m->start; k < m->end && *end != '\0'; k++)
        end = g_utf8_next_char (end);

      {
        g_autofree char *raw = g_strndup (start, end - start);

        item.surface = clean_surface (raw);
      }
      item.key = name_key (item.surface, m->kind);
      item.start = m->start;
      item.end = m->end;
      item.after = end;
      item.before_end = start;
      g_array_append_val (items, item);
      m->group = -1;
    }

  for (guint i = 0; i < mentions->len; i++)
    {
      DsrEntityMention *m = &g_array_index (mentions, DsrEntityMention, i);
      Item *item = &g_array_index (items, Item, i);
      g_autofree char *kind_key = g_strdup_printf ("%d:%s", m->kind, item->key);
      gpointer found;

      /* "Federal Antimonopoly Service (FAS)": the acronym joins the name before it. */
      if (i > 0 && is_acronym (item->surface) && *item->after == ')')
        {
          DsrEntityMention *prev = &g_array_index (mentions, DsrEntityMention, i - 1);
          Item *prev_item = &g_array_index (items, Item, i - 1);

          if (only_space_and (prev_item->after, item->before_end, '(') && prev->group >= 0)
            {
              DsrEntityGroup *group = &g_array_index (groups, DsrEntityGroup, prev->group);
              g_autofree char *acronym_key = g_strdup_printf ("%d:%s", prev->kind, item->key);

              m->group = prev->group;
              m->kind = prev->kind;
              group_add_form (group, item->surface);
              g_hash_table_insert (by_key, g_steal_pointer (&acronym_key),
                                   GINT_TO_POINTER (m->group));
              continue;
            }
        }

      if (g_hash_table_lookup_extended (by_key, kind_key, NULL, &found))
        {
          m->group = GPOINTER_TO_INT (found);
          group_add_form (&g_array_index (groups, DsrEntityGroup, m->group), item->surface);
          continue;
        }

      m->group = new_group (groups, m->kind, item->surface);
      g_hash_table_insert (by_key, g_steal_pointer (&kind_key), GINT_TO_POINTER (m->group));
    }

  /* Cases: "Евгения Белозара" joins "Евгений Белозар" when the text has that name. */
  for (guint g = 0; g < groups->len; g++)
    {
      DsrEntityGroup *group = &g_array_index (groups, DsrEntityGroup, g);

      int h;

      if (group->name == NULL || !_dsr_cyrillic_is_word (group->name)
          || group->kind == DSR_ENTITY_ORG)
        continue;
      if ((h = nominative_group (groups, by_key, g)) >= 0)
        {
          g_autofree char *nominative = g_strdup (g_array_index (groups, DsrEntityGroup, h).name);

          merge_groups (groups, mentions, h, g);
          prefer_name (&g_array_index (groups, DsrEntityGroup, h), nominative);
        }
    }

  /* Each group's key, computed once for the pass below (and again after a merge). */
  keys = g_ptr_array_new_full (groups->len, g_free);
  for (guint g = 0; g < groups->len; g++)
    {
      DsrEntityGroup *group = &g_array_index (groups, DsrEntityGroup, g);

      g_ptr_array_add (keys, group->name != NULL ? name_key (group->name, group->kind) : NULL);
    }

  /* Short forms, whichever comes first: a surname or given name alone joins the one
   * person whose full name has that word; "FDS" joins the one organisation with those
   * initials; "Example" joins "Example.com". The words of full names and the one-word
   * domain names are indexed first, so that a long text is not a quadratic affair. */
  for (guint h = 0; h < groups->len; h++)
    {
      DsrEntityGroup *other = &g_array_index (groups, DsrEntityGroup, h);

      if (other->name == NULL || other->kind != DSR_ENTITY_ORG || strchr (other->name, ' ') != NULL
          || strchr (other->name, '.') == NULL)
        continue;
      g_array_append_val (domains, h);
    }
  for (guint h = 0; h < groups->len; h++)
    {
      DsrEntityGroup *other = &g_array_index (groups, DsrEntityGroup, h);
      g_auto(GStrv) words = NULL;

      if (other->name == NULL || other->kind != DSR_ENTITY_PERSON
          || strchr (other->name, ' ') == NULL)
        continue;
      words = g_strsplit (keys->pdata[h], " ", -1);
      for (guint w = 0; words[w] != NULL; w++)
        {
          gpointer seen;

          /* Two full names with the word ("Jane Doe", "John Doe"): ambiguous, -1. */
          if (g_hash_table_lookup_extended (full_name_words, words[w], NULL, &seen)
              && GPOINTER_TO_INT (seen) != (int)h)
            g_hash_table_insert (full_name_words, g_strdup (words[w]), GINT_TO_POINTER (-1));
          else
            g_hash_table_insert (full_name_words, g_strdup (words[w]), GINT_TO_POINTER (h));
        }
    }

  for (guint g = 0; g < groups->len; g++)
    {
      DsrEntityGroup *group = &g_array_index (groups, DsrEntityGroup, g);
      const char *key = keys->pdata[g];
      int target = -1;
      guint matches = 0;

      if (group->name == NULL || strchr (group->name, ' ') != NULL)
        continue;

      if (group->kind == DSR_ENTITY_PERSON)
        {
          /* "Белозара" alone: the surname "Белозар" in a full name, too. */
          g_autoptr(GPtrArray) forms = _dsr_cyrillic_is_word (group->name)
                                       ? nominative_keys (group->name)
                                       : g_ptr_array_new_with_free_func (g_free);

          g_ptr_array_insert (forms, 0, g_strdup (key));
          for (guint k = 0; k < forms->len; k++)
            {
              gpointer h;

              if (!g_hash_table_lookup_extended (full_name_words, forms->pdata[k], NULL, &h)
                  || GPOINTER_TO_INT (h) == target)
                continue;
              target = GPOINTER_TO_INT (h);
              matches += target < 0 ? 2 : 1;
            }
        }
      else if (is_acronym (group->name))
        {
          g_autofree char *a = acronym_letters (group->name);

          if (group->kind == DSR_ENTITY_ORG || group->kind == DSR_ENTITY_OTHER)
            for (guint h = 0; h < groups->len; h++)
              {
                DsrEntityGroup *other = &g_array_index (groups, DsrEntityGroup, h);
                g_autofree char *b = NULL;

                if (h == g || other->name == NULL || other->kind != DSR_ENTITY_ORG)
                  continue;
                b = initials (other->name);
                if (strlen (b) >= 2 && strcmp (a, b) == 0 && target != (int)h)
                  {
                    target = h;
                    matches++;
                  }
              }
        }
      else
        {
          g_autofree char *lower = g_utf8_strdown (group->name, -1);

          for (guint d = 0; d < domains->len; d++)
            {
              guint h = g_array_index (domains, guint, d);

              if (h != g && g_array_index (groups, DsrEntityGroup, h).name != NULL
                  && strcmp (lower, keys->pdata[h]) == 0 && target != (int)h)
                {
                  target = h;
                  matches++;
                }
            }
        }

      if (matches == 1 && target >= 0 && target != (int)g)
        {
          DsrEntityGroup *into = &g_array_index (groups, DsrEntityGroup, target);

          merge_groups (groups, mentions, target, g);
          g_free (keys->pdata[target]);
          keys->pdata[target] = name_key (into->name, into->kind);
        }
    }

  {
    GArray *out = compact_groups (groups, mentions);

    g_array_free (groups, TRUE);
    return out;
  }
}

/**
 * dsr_aliases_key:
 * @name: a name
 * @kind: its kind
 *
 * Names of one kind with the same key are one entity's: "Евгений Белозар" and "Evgeniy
 * Belozar", "Belozar Labs" and "Belozar Lab", "Канады" and "Canada".
 *
 * Returns: (transfer full): the key @name is compared by
 */
char *
dsr_aliases_key (const char    *name,
                 DsrEntityKind  kind)
{
  g_return_val_if_fail (name != NULL, NULL);

  return name_key (name, kind);
}

/* Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions)
 * over code points, giving up past max. */
static guint
edit_distance (const char *a,
               const char *b,
               guint       max)
{
  g_autofree gunichar *x = g_utf8_to_ucs4_fast (a, -1, NULL);
  g_autofree gunichar *y = g_utf8_to_ucs4_fast (b, -1, NULL);
  glong n = 0, m = 0;
  g_autofree guint *d = NULL;
  guint result;

  while (x[n] != 0)
    n++;
  while (y[m] != 0)
    m++;
  if ((guint)ABS (n - m) > max)
    return max + 1;

  d = g_new (guint, (n + 1) * (m + 1));
#define D(i, j) d[(i) * (m + 1) + (j)]
  for (glong i = 0; i <= n; i++)
    D (i, 0) = i;
  for (glong j = 0; j <= m; j++)
    D (0, j) = j;
  for (glong i = 1; i <= n; i++)
    for (glong j = 1; j <= m; j++)
      {
        guint cost = x[i - 1] == y[j - 1] ? 0 : 1;
        guint v = MIN (D (i - 1, j) + 1, MIN (D (i, j - 1) + 1, D (i - 1, j - 1) + cost));

        if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1])
          v = MIN (v, D (i - 2, j - 2) + 1);
        D (i, j) = v;
      }
  result = D (n, m);
#undef D

  return result;
}

static DsrAliasMatch
match_one (const char    *name_key_str,
           const char    *name,
           const char    *form,
           DsrEntityKind  kind)
{
  g_autofree char *form_key = name_key (form, kind);
  glong len = MIN (g_utf8_strlen (name_key_str, -1), g_utf8_strlen (form_key, -1));
  guint distance;

  if (strcmp (name_key_str, form_key) == 0)
    return DSR_ALIAS_MATCH_SAME;

  /* "Example" and "Example.com" */
  if (kind == DSR_ENTITY_ORG && strchr (name, ' ') == NULL && strchr (form, ' ') == NULL
      && (strchr (name, '.') != NULL || strchr (form, '.') != NULL))
    {
      g_autofree char *a = g_utf8_strdown (name, -1);
      g_autofree char *b = g_utf8_strdown (form, -1);

      if (strcmp (a, form_key) == 0 || strcmp (b, name_key_str) == 0)
        return DSR_ALIAS_MATCH_SAME;
    }

  if (len < 6)
    return DSR_ALIAS_MATCH_NONE;
  distance = edit_distance (name_key_str, form_key, 2);
  if (distance >= 1 && distance <= 2)
    return DSR_ALIAS_MATCH_SUGGEST;

  return DSR_ALIAS_MATCH_NONE;
}

/**
 * dsr_aliases_match:
 * @name: a name found in a document
 * @kind: its kind
 * @known_name: the canonical name of an entity of the investigation
 * @known_aliases: (nullable) (array zero-terminated=1): that entity's aliases
 * @known_kind: that entity's kind
 *
 * Tells whether @name is one of the known entity's names (%DSR_ALIAS_MATCH_SAME, after
 * the same normalisation as within a document), probably a misspelling of one
 * (%DSR_ALIAS_MATCH_SUGGEST: one or two edits on names of six or more letters, to be
 * offered as an alias and never merged without the user), or neither. Names of different
 * kinds never match.
 *
 * Returns: how @name relates to the known entity
 */
DsrAliasMatch
dsr_aliases_match (const char         *name,
                   DsrEntityKind       kind,
                   const char         *known_name,
                   const char * const *known_aliases,
                   DsrEntityKind       known_kind)
{
  g_autofree char *key = NULL;
  DsrAliasMatch best;

  g_return_val_if_fail (name != NULL, DSR_ALIAS_MATCH_NONE);
  g_return_val_if_fail (known_name != NULL, DSR_ALIAS_MATCH_NONE);

  if (kind != known_kind)
    return DSR_ALIAS_MATCH_NONE;

  key = name_key (name, kind);
  best = match_one (key, name, known_name, kind);
  for (guint i = 0; known_aliases != NULL && known_aliases[i] != NULL; i++)
    {
      DsrAliasMatch match;

      if (best == DSR_ALIAS_MATCH_SAME)
        break;
      match = match_one (key, name, known_aliases[i], kind);
      best = MAX (best, match);
    }

  return best;
}
