/* test-recognizer.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "dsr-aliases.h"
#include "dsr-document-content.h"
#include "dsr-recognizer.h"

/* One recognizer for every test: loading the word lists is the slow part. */
static DsrRecognizer *recognizer;

static char *
substring (const char *text,
           gint64      start,
           gint64      end)
{
  const char *a = g_utf8_offset_to_pointer (text, start);
  const char *b = g_utf8_offset_to_pointer (text, end);

  return g_strndup (a, b - a);
}

/* Finds the mention whose text is exactly name; returns its index or -1. */
static int
find_mention (const char *text,
              GArray     *mentions,
              const char *name)
{
  for (guint i = 0; i < mentions->len; i++)
    {
      DsrEntityMention *m = &g_array_index (mentions, DsrEntityMention, i);
      g_autofree char *s = substring (text, m->start, m->end);

      if (strcmp (s, name) == 0)
        return i;
    }
  return -1;
}

static void
assert_entity (const char    *text,
               GArray        *mentions,
               const char    *name,
               DsrEntityKind  kind)
{
  int i = find_mention (text, mentions, name);

  if (i < 0)
    {
      GString *found = g_string_new (NULL);

      for (guint k = 0; k < mentions->len; k++)
        {
          DsrEntityMention *m = &g_array_index (mentions, DsrEntityMention, k);
          g_autofree char *s = substring (text, m->start, m->end);

          g_string_append_printf (found, " [%s:%s]", s, dsr_entity_kind_to_string (m->kind));
        }
      g_error ("\"%s\" not found in \"%.80s\"; found:%s", name, text, found->str);
    }
  g_assert_cmpstr (dsr_entity_kind_to_string (g_array_index (mentions, DsrEntityMention, i).kind),
                   ==, dsr_entity_kind_to_string (kind));
}

static void
assert_no_entity (const char *text,
                  GArray     *mentions,
                  const char *name)
{
  g_assert_cmpint (find_mention (text, mentions, name), ==, -1);
}

static GArray *
find (const char *text)
{
  return dsr_recognizer_find (recognizer, text, NULL);
}

static void
test_titles_outside (void)
{
  const char *text = "The report was confirmed by Dr Helen Okafor and by Mr. Belozar. "
                     "President Vladimir Putin did not comment.";
  g_autoptr(GArray) m = find (text);

  assert_entity (text, m, "Helen Okafor", DSR_ENTITY_PERSON);
  assert_entity (text, m, "Belozar", DSR_ENTITY_PERSON);
  assert_entity (text, m, "Vladimir Putin", DSR_ENTITY_PERSON);
  assert_no_entity (text, m, "Dr Helen Okafor");
  assert_no_entity (text, m, "President Vladimir Putin");
}

static void
test_roles (void)
{
  const char *text = "Belozar Labs CEO Yevgeny Belozar denied it, and analyst Mark Tessaro agreed.";
  g_autoptr(GArray) m = find (text);

  assert_entity (text, m, "Belozar Labs", DSR_ENTITY_ORG);
  assert_entity (text, m, "Yevgeny Belozar", DSR_ENTITY_PERSON);
  assert_entity (text, m, "Mark Tessaro", DSR_ENTITY_PERSON);
  assert_no_entity (text, m, "CEO");
}

static void
test_sentence_initial (void)
{
  const char *text = "However, the vendor disagreed. The committee met. When Millican died, "
                     "nobody was told. Security firms were worried.";
  g_autoptr(GArray) m = find (text);

  assert_no_entity (text, m, "However");
  assert_no_entity (text, m, "The");
  assert_no_entity (text, m, "When");
  assert_no_entity (text, m, "Security");
  assert_entity (text, m, "Millican", DSR_ENTITY_PERSON);
  g_assert_cmpuint (m->len, ==, 1);
}

static void
test_acronym_definition (void)
{
  const char *text = "The Federal Antimonopoly Service (FAS) opened a case. FAS officials said "
                     "little.";
  g_autoptr(GArray) m = find (text);
  g_autoptr(GArray) groups = NULL;
  int a, b, c;

  assert_entity (text, m, "Federal Antimonopoly Service", DSR_ENTITY_ORG);
  assert_entity (text, m, "FAS", DSR_ENTITY_ORG);
  groups = dsr_aliases_group (text, m);
  a = g_array_index (m, DsrEntityMention, 0).group;
  b = g_array_index (m, DsrEntityMention, 1).group;
  c = g_array_index (m, DsrEntityMention, 2).group;
  g_assert_cmpint (a, ==, b);
  g_assert_cmpint (a, ==, c);
  g_assert_cmpuint (groups->len, ==, 1);
  g_assert_cmpstr (g_array_index (groups, DsrEntityGroup, 0).name, ==,
                   "Federal Antimonopoly Service");
}

static void
test_org_cues (void)
{
  const char *text = "Staff of the Kestrel Agency, Norrland Bank and Ferris Holdings Ltd. met "
                     "officials of the Ministry of Digital Affairs and Larchmont Research.";
  g_autoptr(GArray) m = find (text);

  assert_entity (text, m, "Kestrel Agency", DSR_ENTITY_ORG);
  assert_entity (text, m, "Norrland Bank", DSR_ENTITY_ORG);
  assert_entity (text, m, "Ferris Holdings Ltd.", DSR_ENTITY_ORG);
  assert_entity (text, m, "Ministry of Digital Affairs", DSR_ENTITY_ORG);
  assert_entity (text, m, "Larchmont Research", DSR_ENTITY_ORG);
}

static void
test_domain (void)
{
  const char *text = "The leak was first published by Example.com on Monday.";
  g_autoptr(GArray) m = find (text);

  assert_entity (text, m, "Example.com", DSR_ENTITY_ORG);
  assert_no_entity (text, m, "Monday");
}

/* A run of names that ends the text with "&" once read past the last token (found by
 * fuzz-quotes; the sanitizer build reports the read). */
static void
test_ampersand_at_end (void)
{
  const char *text = "The contract went to Abara Shipping &";
  g_autoptr(GArray) m = find (text);

  assert_entity (text, m, "Abara Shipping", DSR_ENTITY_ORG);
  for (guint i = 0; i < m->len; i++)
    g_assert_cmpint (g_array_index (m, DsrEntityMention, i).end, <=, g_utf8_strlen (text, -1));
}

static void
test_places (void)
{
  const char *text = "The Moscow-based vendor has an office in Toronto and staff near Ottawa, "
                     "as well as in Kazakhstan and Bavaria.";
  g_autoptr(GArray) m = find (text);

  assert_entity (text, m, "Moscow", DSR_ENTITY_PLACE);
  assert_entity (text, m, "Toronto", DSR_ENTITY_PLACE);
  assert_entity (text, m, "Ottawa", DSR_ENTITY_PLACE);
  assert_entity (text, m, "Kazakhstan", DSR_ENTITY_PLACE);
  assert_entity (text, m, "Bavaria", DSR_ENTITY_PLACE);
}

static void
test_gazetteer (void)
{
  /* No cue at all: the country, subdivision and city lists decide. */
  const char *text = "Norway, Ontario and Lisbon were mentioned.";
  g_autoptr(GArray) m = find (text);

  assert_entity (text, m, "Norway", DSR_ENTITY_PLACE);
  assert_entity (text, m, "Ontario", DSR_ENTITY_PLACE);
  assert_entity (text, m, "Lisbon", DSR_ENTITY_PLACE);
}

static void
test_nationalities (void)
{
  const char *text = "Russian and Canadian officials met Kenyans and a Norwegian delegation.";
  g_autoptr(GArray) m = find (text);

  assert_no_entity (text, m, "Russian");
  assert_no_entity (text, m, "Canadian");
  assert_no_entity (text, m, "Kenyans");
  assert_no_entity (text, m, "Norwegian");
  g_assert_cmpuint (m->len, ==, 0);
}

/* WordNet is optional at run time; without it these names have no cue at all. */
static gboolean
skip_without_wordnet (void)
{
  if (g_file_test ("/usr/share/wordnet/data.noun", G_FILE_TEST_EXISTS))
    return FALSE;
  g_test_skip ("WordNet is not installed (wordnet-base)");
  return TRUE;
}

static void
test_wordnet (void)
{
  const char *text = "Slavs crossed the Danube into Thrace long before Amnesty International "
                     "cited Churchill about Mycenaean pottery.";
  g_autoptr(GArray) m = NULL;

  if (skip_without_wordnet ())
    return;
  m = find (text);
  assert_entity (text, m, "Danube", DSR_ENTITY_PLACE);
  assert_entity (text, m, "Thrace", DSR_ENTITY_PLACE);
  assert_entity (text, m, "Amnesty International", DSR_ENTITY_ORG);
  assert_entity (text, m, "Churchill", DSR_ENTITY_PERSON);
  assert_no_entity (text, m, "Slavs");
  assert_no_entity (text, m, "Mycenaean");
  g_assert_cmpuint (m->len, ==, 4);
}

static void
test_article_outside (void)
{
  const char *text = "Ships left the Baltic for the Caribbean, then sailed to the Netherlands.";
  g_autoptr(GArray) m = find (text);

  assert_entity (text, m, "Baltic", DSR_ENTITY_PLACE);
  assert_entity (text, m, "Caribbean", DSR_ENTITY_PLACE);
  assert_entity (text, m, "the Netherlands", DSR_ENTITY_PLACE);
}

static void
test_adjective_inside_name (void)
{
  const char *text = "Envoys of the Ottoman Empire met the Catholic Church and the Russian "
                     "Academy of Sciences, but Russian envoys stayed away.";
  g_autoptr(GArray) m = find (text);

  assert_entity (text, m, "Ottoman Empire", DSR_ENTITY_ORG);
  assert_entity (text, m, "Catholic Church", DSR_ENTITY_ORG);
  assert_entity (text, m, "Russian Academy of Sciences", DSR_ENTITY_ORG);
  assert_no_entity (text, m, "Russian");
}

static void
test_country_as_government (void)
{
  const char *text = "Norway imposed new tariffs after sanctions against Peru, and Chile "
                     "refuses to comment. Tourists in Norway saw nothing.";
  g_autoptr(GArray) m = find (text);

  g_assert_cmpuint (m->len, ==, 4);
  g_assert_cmpint (g_array_index (m, DsrEntityMention, 0).kind, ==, DSR_ENTITY_ORG);
  assert_entity (text, m, "Peru", DSR_ENTITY_ORG);
  assert_entity (text, m, "Chile", DSR_ENTITY_ORG);
  g_assert_cmpint (g_array_index (m, DsrEntityMention, 3).kind, ==, DSR_ENTITY_PLACE);
}

static void
test_title_domain (void)
{
  const char *text = "A letter from the Duke of Brinkhaven reached the mayor of Ostrelburg.";
  g_autoptr(GArray) m = find (text);

  assert_entity (text, m, "Brinkhaven", DSR_ENTITY_PLACE);
  assert_entity (text, m, "Ostrelburg", DSR_ENTITY_PLACE);
  assert_no_entity (text, m, "Duke");
}

static void
test_list_shares_kind (void)
{
  const char *text = "Ferries link Lisbon, Varnholt and Kessary every week.";
  g_autoptr(GArray) m = find (text);

  assert_entity (text, m, "Lisbon", DSR_ENTITY_PLACE);
  assert_entity (text, m, "Varnholt", DSR_ENTITY_PLACE);
  assert_entity (text, m, "Kessary", DSR_ENTITY_PLACE);
}

static void
test_list_ends_at_conjunction (void)
{
  /* The person after the list is an apposition, not a third item. */
  const char *text = "The governor of Lisbon and Varnholt, Marta Kessary, resigned.";
  g_autoptr(GArray) m = find (text);

  assert_entity (text, m, "Varnholt", DSR_ENTITY_PLACE);
  assert_entity (text, m, "Marta Kessary", DSR_ENTITY_PERSON);
}

static void
test_adjective_shape (void)
{
  const char *text = "Divers found Velmarian pottery, Ostracic coins and Kessarid tiles near "
                     "Lisbon.";
  g_autoptr(GArray) m = find (text);

  assert_no_entity (text, m, "Velmarian");
  assert_no_entity (text, m, "Ostracic");
  assert_no_entity (text, m, "Kessarid");
  g_assert_cmpuint (m->len, ==, 1);
}

static void
test_acronym_plurals (void)
{
  const char *text = "Voters sent GIFs to MPs about ATMs and B-29s, then wrote to NATO.";
  g_autoptr(GArray) m = find (text);

  assert_entity (text, m, "NATO", DSR_ENTITY_ORG);
  g_assert_cmpuint (m->len, ==, 1);
}

static void
test_part_of_place (void)
{
  const char *text = "Outer Norway and Lower Portugal sent wine.";
  g_autoptr(GArray) m = find (text);

  assert_entity (text, m, "Outer Norway", DSR_ENTITY_PLACE);
  assert_entity (text, m, "Lower Portugal", DSR_ENTITY_PLACE);
}

static void
test_the_institution (void)
{
  const char *text = "Traders petitioned the Senate twice; the Bank said nothing.";
  g_autoptr(GArray) m = NULL;

  if (skip_without_wordnet ())
    return;
  m = find (text);
  assert_entity (text, m, "Senate", DSR_ENTITY_ORG);
  /* A common word that WordNet does not know as a name stays a common word. */
  assert_no_entity (text, m, "Bank");
}

static void
test_name_opening_sentence (void)
{
  /* Surnames that are common words too, at a sentence start, before a verb. */
  const char *text = "Wright has left the board. Later Julian was promoted. Security is tight.";
  g_autoptr(GArray) m = find (text);

  assert_entity (text, m, "Wright", DSR_ENTITY_PERSON);
  assert_entity (text, m, "Julian", DSR_ENTITY_PERSON);
  assert_no_entity (text, m, "Security");
}

static void
test_works_are_other (void)
{
  const char *text = "She sang the song \"Varnholt Nights\" from the album Kessary Road, "
                     "and the term Ostrelia spread.";
  g_autoptr(GArray) m = find (text);

  assert_entity (text, m, "Varnholt Nights", DSR_ENTITY_OTHER);
  assert_entity (text, m, "Kessary Road", DSR_ENTITY_OTHER);
  assert_entity (text, m, "Ostrelia", DSR_ENTITY_OTHER);
}

static void
test_person_epithets (void)
{
  const char *text = "A portrait of Pliny the Elder hung beside one of Varnholt the Bold and "
                     "Martin Luther King, Jr. in the hall.";
  g_autoptr(GArray) m = find (text);

  assert_entity (text, m, "Pliny the Elder", DSR_ENTITY_PERSON);
  assert_entity (text, m, "Varnholt the Bold", DSR_ENTITY_PERSON);
  assert_entity (text, m, "Martin Luther King, Jr.", DSR_ENTITY_PERSON);
}

static void
test_place_of (void)
{
  const char *text = "The Principality of Varnholt lies beside the Duchy of Kessary.";
  g_autoptr(GArray) m = find (text);

  assert_entity (text, m, "Principality of Varnholt", DSR_ENTITY_PLACE);
  assert_entity (text, m, "Duchy of Kessary", DSR_ENTITY_PLACE);
}

static void
test_people_before_name (void)
{
  const char *text = "Scotsman James Watt and musician Tom Robinson improved it. Aid reached "
                     "Puerto Rico, Guam and Hawaii.";
  g_autoptr(GArray) m = NULL;

  if (skip_without_wordnet ())
    return;
  m = find (text);
  assert_entity (text, m, "James Watt", DSR_ENTITY_PERSON);
  /* "Tom" is also a word for a kind of man, but a given name first. */
  assert_entity (text, m, "Tom Robinson", DSR_ENTITY_PERSON);
  assert_entity (text, m, "Puerto Rico", DSR_ENTITY_PLACE);
  assert_entity (text, m, "Guam", DSR_ENTITY_PLACE);
}

static void
test_org_nouns (void)
{
  const char *text = "Leaders of companies such as Varnholt, Kessary and Ostrel will attend, "
                     "said the carmaker Brightwell.";
  g_autoptr(GArray) m = find (text);

  assert_entity (text, m, "Varnholt", DSR_ENTITY_ORG);
  assert_entity (text, m, "Kessary", DSR_ENTITY_ORG);
  assert_entity (text, m, "Ostrel", DSR_ENTITY_ORG);
  assert_entity (text, m, "Brightwell", DSR_ENTITY_ORG);
}

static void
test_parties (void)
{
  const char *text = "Republicans won the vote, and the Democrats kept a majority.";
  g_autoptr(GArray) m = find (text);

  assert_entity (text, m, "Republicans", DSR_ENTITY_ORG);
  assert_entity (text, m, "Democrats", DSR_ENTITY_ORG);
}

static void
test_known_phrase_opening_sentence (void)
{
  const char *text = "Pearl Harbor was quiet.";
  g_autoptr(GArray) m = NULL;

  if (skip_without_wordnet ())
    return;
  m = find (text);
  assert_entity (text, m, "Pearl Harbor", DSR_ENTITY_PLACE);
}

static void
test_place_shapes (void)
{
  const char *text = "The history of Varnium is linked to Ostringen, to Odessa Oblast and to "
                     "Cape Town.";
  g_autoptr(GArray) m = find (text);

  assert_entity (text, m, "Varnium", DSR_ENTITY_PLACE);
  assert_entity (text, m, "Cape Town", DSR_ENTITY_PLACE);
  assert_entity (text, m, "Ostringen", DSR_ENTITY_PLACE);
  /* A given name before a place word is still a place. */
  assert_entity (text, m, "Odessa Oblast", DSR_ENTITY_PLACE);
}

static void
test_directions_and_compound_demonyms (void)
{
  const char *text = "Trade grew in Northern Algeria and North Korea, and South Korean firms "
                     "hired New Yorkers and San Franciscans.";
  g_autoptr(GArray) m = find (text);

  assert_entity (text, m, "Algeria", DSR_ENTITY_PLACE);
  assert_entity (text, m, "North Korea", DSR_ENTITY_PLACE);
  g_assert_cmpuint (m->len, ==, 2);
}

static void
test_events_with_of (void)
{
  const char *text = "The Treaty of London followed the Battle of Marengo.";
  g_autoptr(GArray) m = find (text);

  assert_entity (text, m, "Treaty of London", DSR_ENTITY_OTHER);
  assert_entity (text, m, "Battle of Marengo", DSR_ENTITY_OTHER);
  assert_no_entity (text, m, "London");
}

static void
test_lone_event_word (void)
{
  const char *text = "Few had read the Bible then.";
  g_autoptr(GArray) m = find (text);

  assert_entity (text, m, "Bible", DSR_ENTITY_OTHER);
}

static void
test_the_unknown_word (void)
{
  const char *text = "Soldiers crossed the Varnholt near the Kessary Agency.";
  g_autoptr(GArray) m = find (text);

  assert_entity (text, m, "Varnholt", DSR_ENTITY_PLACE);
  assert_entity (text, m, "Kessary Agency", DSR_ENTITY_ORG);
}

static void
test_name_modifying_noun (void)
{
  const char *text = "The Varnholt monarchy fell, but CNN reporters and Kessary Canal boatmen "
                     "stayed, and Brightwell won.";
  g_autoptr(GArray) m = NULL;

  if (skip_without_wordnet ())
    return;
  m = find (text);
  assert_no_entity (text, m, "Varnholt");
  assert_entity (text, m, "CNN", DSR_ENTITY_ORG);
  assert_entity (text, m, "Kessary Canal", DSR_ENTITY_PLACE);
  /* "won" is a noun too, but first a verb. */
  assert_entity (text, m, "Brightwell", DSR_ENTITY_PERSON);
}

static void
test_brand_shape_and_place_nouns (void)
{
  const char *text = "Shares of VarnMobil rose as McKessary spoke in the town of Ostrel, near "
                     "the river Kessa.";
  g_autoptr(GArray) m = find (text);

  assert_entity (text, m, "VarnMobil", DSR_ENTITY_ORG);
  assert_entity (text, m, "McKessary", DSR_ENTITY_PERSON);
  assert_entity (text, m, "Ostrel", DSR_ENTITY_PLACE);
  assert_entity (text, m, "Kessa", DSR_ENTITY_PLACE);
}

static void
test_place_then_pronoun (void)
{
  const char *text = "When in Lisbon I met Elizabeth I and Ramesses II at the Lisbon conference.";
  g_autoptr(GArray) m = find (text);

  assert_entity (text, m, "Lisbon", DSR_ENTITY_PLACE);
  assert_entity (text, m, "Elizabeth I", DSR_ENTITY_PERSON);
  assert_entity (text, m, "Ramesses II", DSR_ENTITY_PERSON);
  /* "the Lisbon conference" names a conference, not the city. */
  g_assert_cmpuint (m->len, ==, 3);
}

static void
test_titles_alone (void)
{
  const char *text = "He became Holy Roman Emperor and Minister of State, with an M.A. earned "
                     "in 40 B.C.E. in Rome.";
  g_autoptr(GArray) m = find (text);

  assert_entity (text, m, "Rome", DSR_ENTITY_PLACE);
  g_assert_cmpuint (m->len, ==, 1);
}

static void
test_plurals_and_doctrines (void)
{
  const char *text = "Cyanides are everywhere. Marxism and Romanization shaped Lisbon.";
  g_autoptr(GArray) m = find (text);

  assert_entity (text, m, "Lisbon", DSR_ENTITY_PLACE);
  g_assert_cmpuint (m->len, ==, 1);
}

static void
test_org_opening_sentence (void)
{
  const char *text = "Kestrel Agency staff met during the Qing period.";
  g_autoptr(GArray) m = NULL;

  if (skip_without_wordnet ())
    return;
  m = find (text);
  assert_entity (text, m, "Kestrel Agency", DSR_ENTITY_ORG);
  /* A dynasty WordNet knows is named even as a modifier. */
  assert_entity (text, m, "Qing", DSR_ENTITY_ORG);
}

static void
test_cyrillic (void)
{
  const char *text = "Об этом сообщил Евгений Белозар в Москве.";
  g_autoptr(GArray) m = find (text);

  assert_entity (text, m, "Евгений Белозар", DSR_ENTITY_PERSON);
  assert_no_entity (text, m, "Об");
}

static void
test_person_org_never_merged (void)
{
  const char *text = "Yevgeny Belozar founded Belozar Labs in 1997. Belozar Labs says Belozar "
                     "was not involved. Jane Doe left Doe Labs.";
  g_autoptr(GArray) m = find (text);
  g_autoptr(GArray) groups = NULL;
  int person, org, surname, jane, doe_labs;

  assert_entity (text, m, "Yevgeny Belozar", DSR_ENTITY_PERSON);
  assert_entity (text, m, "Belozar Labs", DSR_ENTITY_ORG);
  assert_entity (text, m, "Jane Doe", DSR_ENTITY_PERSON);
  assert_entity (text, m, "Doe Labs", DSR_ENTITY_ORG);
  groups = dsr_aliases_group (text, m);

  person = g_array_index (m, DsrEntityMention, find_mention (text, m, "Yevgeny Belozar")).group;
  org = g_array_index (m, DsrEntityMention, find_mention (text, m, "Belozar Labs")).group;
  surname = g_array_index (m, DsrEntityMention, find_mention (text, m, "Belozar")).group;
  jane = g_array_index (m, DsrEntityMention, find_mention (text, m, "Jane Doe")).group;
  doe_labs = g_array_index (m, DsrEntityMention, find_mention (text, m, "Doe Labs")).group;
  g_assert_cmpint (person, !=, org);
  g_assert_cmpint (surname, ==, person);
  g_assert_cmpint (jane, !=, doe_labs);
  g_assert_cmpint (dsr_aliases_match ("Belozar Labs", DSR_ENTITY_ORG, "Yevgeny Belozar", NULL,
                                      DSR_ENTITY_PERSON), ==, DSR_ALIAS_MATCH_NONE);
}

/* Builds mentions by hand so that the alias rules are tested on their own. */
static GArray *
mentions_for (const char          *text,
              const char * const  *names,
              const DsrEntityKind *kinds)
{
  GArray *mentions = g_array_new (FALSE, FALSE, sizeof (DsrEntityMention));
  const char *from = text;

  for (guint i = 0; names[i] != NULL; i++)
    {
      const char *at = strstr (from, names[i]);
      DsrEntityMention m;

      g_assert_nonnull (at);
      m.start = g_utf8_pointer_to_offset (text, at);
      m.end = m.start + g_utf8_strlen (names[i], -1);
      m.kind = kinds[i];
      m.group = -1;
      g_array_append_val (mentions, m);
      from = at + strlen (names[i]);
    }

  return mentions;
}

static void
test_surname_joins (void)
{
  const char *text = "Helen Okafor wrote the note. Okafor said more later.";
  const char * const names[] = { "Helen Okafor", "Okafor", NULL };
  const DsrEntityKind kinds[] = { DSR_ENTITY_PERSON, DSR_ENTITY_PERSON };
  g_autoptr(GArray) m = mentions_for (text, names, kinds);
  g_autoptr(GArray) groups = dsr_aliases_group (text, m);
  g_autoptr(GArray) found = find (text);

  g_assert_cmpuint (groups->len, ==, 1);
  g_assert_cmpstr (g_array_index (groups, DsrEntityGroup, 0).name, ==, "Helen Okafor");
  g_assert_cmpstr (g_ptr_array_index (g_array_index (groups, DsrEntityGroup, 0).aliases, 0), ==,
                   "Okafor");
  /* The recognizer types the lone surname as the person too. */
  assert_entity (text, found, "Okafor", DSR_ENTITY_PERSON);
}

/* A surname that is also a city is the person once the text has named her, unless a
 * place word leads it in. */
static void
test_surname_that_is_a_place (void)
{
  const char *text = "Kestrel Partners hired Ana Lima last year. Lima said little. "
                     "She flew to Lima on Friday.";
  g_autoptr(GArray) found = find (text);
  const char *second = strstr (text, "Lima said");
  const char *third = strstr (text, "to Lima") + 3;
  gint64 second_start = g_utf8_pointer_to_offset (text, second);
  gint64 third_start = g_utf8_pointer_to_offset (text, third);
  gboolean saw_person = FALSE, saw_place = FALSE;

  for (guint i = 0; i < found->len; i++)
    {
      const DsrEntityMention *m = &g_array_index (found, DsrEntityMention, i);

      if (m->start == second_start)
        saw_person = m->kind == DSR_ENTITY_PERSON;
      if (m->start == third_start)
        saw_place = m->kind == DSR_ENTITY_PLACE;
    }
  g_assert_true (saw_person);
  g_assert_true (saw_place);
}

static void
test_lab_labs (void)
{
  const char *text = "Kestrel Lab and Kestrel Labs; Example and Example.com.";
  const char * const names[] = { "Kestrel Lab", "Kestrel Labs", "Example", "Example.com", NULL };
  const DsrEntityKind kinds[] = { DSR_ENTITY_ORG, DSR_ENTITY_ORG, DSR_ENTITY_ORG, DSR_ENTITY_ORG };
  g_autoptr(GArray) m = mentions_for (text, names, kinds);
  g_autoptr(GArray) groups = dsr_aliases_group (text, m);

  g_assert_cmpuint (groups->len, ==, 2);
  g_assert_cmpint (g_array_index (m, DsrEntityMention, 0).group, ==,
                   g_array_index (m, DsrEntityMention, 1).group);
  g_assert_cmpint (g_array_index (m, DsrEntityMention, 2).group, ==,
                   g_array_index (m, DsrEntityMention, 3).group);
  g_assert_cmpint (dsr_aliases_match ("Example", DSR_ENTITY_ORG, "Example.com", NULL,
                                      DSR_ENTITY_ORG), ==, DSR_ALIAS_MATCH_SAME);
}

static void
test_transliteration (void)
{
  const char *text = "Yevgeny Belozar, also written Evgeniy Belozar or Eugene Belozar.";
  const char * const names[] = { "Yevgeny Belozar", "Evgeniy Belozar", "Eugene Belozar", NULL };
  const DsrEntityKind kinds[] = { DSR_ENTITY_PERSON, DSR_ENTITY_PERSON, DSR_ENTITY_PERSON };
  g_autoptr(GArray) m = mentions_for (text, names, kinds);
  g_autoptr(GArray) groups = dsr_aliases_group (text, m);
  const char * const aliases[] = { "Evgeniy Belozar", NULL };

  g_assert_cmpuint (groups->len, ==, 1);
  g_assert_cmpuint (g_array_index (groups, DsrEntityGroup, 0).aliases->len, ==, 2);
  g_assert_cmpint (dsr_aliases_match ("Eugene Belozar", DSR_ENTITY_PERSON, "Yevgeny Belozar",
                                      aliases, DSR_ENTITY_PERSON), ==, DSR_ALIAS_MATCH_SAME);
}

static void
test_misspelling_suggested (void)
{
  const char * const aliases[] = { "FCOB", NULL };

  g_assert_cmpint (dsr_aliases_match ("Helen Okafour", DSR_ENTITY_PERSON, "Helen Okafor", NULL,
                                      DSR_ENTITY_PERSON), ==, DSR_ALIAS_MATCH_SUGGEST);
  g_assert_cmpint (dsr_aliases_match ("Belozra Labs", DSR_ENTITY_ORG, "Belozar Labs", NULL,
                                      DSR_ENTITY_ORG), ==, DSR_ALIAS_MATCH_SUGGEST);
  g_assert_cmpint (dsr_aliases_match ("Federal Communications Oversight Board", DSR_ENTITY_ORG,
                                      "Federal Communications Oversight Board", aliases,
                                      DSR_ENTITY_ORG), ==, DSR_ALIAS_MATCH_SAME);
  /* Short names are too close to each other to guess at. */
  g_assert_cmpint (dsr_aliases_match ("Jane", DSR_ENTITY_PERSON, "Jake", NULL,
                                      DSR_ENTITY_PERSON), ==, DSR_ALIAS_MATCH_NONE);
  g_assert_cmpint (dsr_aliases_match ("Dossier Labs", DSR_ENTITY_ORG, "Belozar Labs", NULL,
                                      DSR_ENTITY_ORG), ==, DSR_ALIAS_MATCH_NONE);

  /* Within a document the misspelt form stays its own group: no silent merge. */
  {
    const char *text = "Helen Okafor and Helen Okafour.";
    const char * const names[] = { "Helen Okafor", "Helen Okafour", NULL };
    const DsrEntityKind kinds[] = { DSR_ENTITY_PERSON, DSR_ENTITY_PERSON };
    g_autoptr(GArray) m = mentions_for (text, names, kinds);
    g_autoptr(GArray) groups = dsr_aliases_group (text, m);

    g_assert_cmpuint (groups->len, ==, 2);
  }
}

static void
test_known_and_rejected (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsrRecognizer) own = dsr_recognizer_new (&error);
  const char *text = "Sandfly spread quickly. Nadia Brennan wrote about sandfly for Packet & "
                     "Policy.";
  g_autoptr(GArray) before = NULL;
  g_autoptr(GArray) after = NULL;

  g_assert_no_error (error);
  before = dsr_recognizer_find (own, text, NULL);
  assert_entity (text, before, "Nadia Brennan", DSR_ENTITY_PERSON);

  dsr_recognizer_add_known (own, "Sandfly", DSR_ENTITY_OTHER);
  dsr_recognizer_add_known (own, "Packet & Policy", DSR_ENTITY_ORG);
  dsr_recognizer_add_rejected (own, "Nadia Brennan");
  after = dsr_recognizer_find (own, text, NULL);
  assert_entity (text, after, "Sandfly", DSR_ENTITY_OTHER);
  assert_entity (text, after, "sandfly", DSR_ENTITY_OTHER);
  assert_entity (text, after, "Packet & Policy", DSR_ENTITY_ORG);
  assert_no_entity (text, after, "Nadia Brennan");
}

static void
test_spans_headings (void)
{
  const char *text = "Security Firm Denies Report\nThe Moscow-based Belozar Labs denied it.";
  g_autoptr(GArray) spans = g_array_new (FALSE, TRUE, sizeof (DsrSpan));
  g_autoptr(GArray) m = NULL;
  DsrSpan heading = { DSR_SPAN_HEADING, 0, 27, 1, NULL };
  DsrSpan para = { DSR_SPAN_PARAGRAPH, 28, 68, 0, NULL };

  g_array_append_val (spans, heading);
  g_array_append_val (spans, para);
  m = dsr_recognizer_find (recognizer, text, spans);
  assert_no_entity (text, m, "Security Firm Denies Report");
  assert_no_entity (text, m, "Report");
  assert_entity (text, m, "Belozar Labs", DSR_ENTITY_ORG);
  assert_entity (text, m, "Moscow", DSR_ENTITY_PLACE);
}

/* A country that acts is its government: verbs of its own, talks and wars with it, and
 * the countries listed with one. A region never governs, and before a plain noun it is an
 * adjective; a possessive owns what follows. */
static void
test_governments (void)
{
  const char *text = "Talks with Norway stalled. Chile was defeated. Portugal would have to pay. "
                     "Peru found itself alone. Sanctions on both Iran and Syria followed. "
                     "Europe tended to agree. It was a ruling by Canada's regulator. "
                     "Old powers such as Belgium and Denmark lost. Finland is cold in winter. "
                     "Crete enjoys a Mediterranean climate. Austria is expected to grow. The "
                     "war in Sudan continued.";
  g_autoptr(GArray) m = find (text);

  assert_entity (text, m, "Norway", DSR_ENTITY_ORG);
  assert_entity (text, m, "Chile", DSR_ENTITY_ORG);
  assert_entity (text, m, "Portugal", DSR_ENTITY_ORG);
  assert_entity (text, m, "Peru", DSR_ENTITY_ORG);
  assert_entity (text, m, "Iran", DSR_ENTITY_ORG);
  assert_entity (text, m, "Syria", DSR_ENTITY_ORG);
  assert_entity (text, m, "Europe", DSR_ENTITY_PLACE);
  assert_entity (text, m, "Canada", DSR_ENTITY_PLACE);
  assert_entity (text, m, "Belgium", DSR_ENTITY_ORG);
  assert_entity (text, m, "Denmark", DSR_ENTITY_ORG);
  assert_entity (text, m, "Finland", DSR_ENTITY_PLACE);
  assert_no_entity (text, m, "Mediterranean");
  assert_entity (text, m, "Austria", DSR_ENTITY_PLACE);
  assert_entity (text, m, "Sudan", DSR_ENTITY_PLACE);
}

/* A city stands for its government by what it says, not by what happens there; a
 * preposition before a possessive belongs to what is owned; a name in brackets after a
 * place is its other name; a country known whole keeps its "of". */
static void
test_cities_possessives_brackets (void)
{
  const char *text = "Later Moscow said it would respond, and Lyon hosted the games. The talks "
                     "at Okonkwo's house failed. Ships sailed up the river Tamsel (Tamsa) to "
                     "the United States of America.";
  g_autoptr(GArray) m = find (text);

  assert_entity (text, m, "Moscow", DSR_ENTITY_ORG);
  assert_entity (text, m, "Lyon", DSR_ENTITY_PLACE);
  assert_entity (text, m, "Okonkwo", DSR_ENTITY_PERSON);
  assert_entity (text, m, "Tamsel", DSR_ENTITY_PLACE);
  assert_entity (text, m, "Tamsa", DSR_ENTITY_PLACE);
  assert_entity (text, m, "United States of America", DSR_ENTITY_PLACE);
}

/* Companies no list knows, by the words of business around them. */
static void
test_company_cues (void)
{
  const char *text = "A Vantor spokeswoman declined to comment. Pellmark shares fell. "
                     "Oskarsen's shareholders objected. Funds took a stake in Brivium. "
                     "Tamlin met the founder of Quellet. Dunstan's brother disagreed. Amber CEO "
                     "Lena Frost spoke. Tech shares fell.";
  g_autoptr(GArray) m = find (text);

  assert_entity (text, m, "Vantor", DSR_ENTITY_ORG);
  assert_entity (text, m, "Pellmark", DSR_ENTITY_ORG);
  assert_entity (text, m, "Oskarsen", DSR_ENTITY_ORG);
  assert_entity (text, m, "Brivium", DSR_ENTITY_ORG);
  assert_entity (text, m, "Quellet", DSR_ENTITY_ORG);
  assert_entity (text, m, "Dunstan", DSR_ENTITY_PERSON);
  /* A common word is a company's name before its people, not before "shares". */
  assert_entity (text, m, "Amber", DSR_ENTITY_ORG);
  assert_entity (text, m, "Lena Frost", DSR_ENTITY_PERSON);
  assert_no_entity (text, m, "Tech");
}

/* A description after a name says what it is, and a thing made is "other". */
static void
test_descriptions (void)
{
  const char *text = "Dravik, the Oslo-based carmaker, grew. Ferenc Halmi, a former analyst at "
                     "the bank, left. Kellbrook has become the largest Nordic insurer. Analysts "
                     "studied Zelvane, the espionage toolkit that spread in 2014. Yesterday "
                     "Marrowby, 41, was charged. Pfizer, the drugmaker, declined to comment.";
  g_autoptr(GArray) m = find (text);

  assert_entity (text, m, "Dravik", DSR_ENTITY_ORG);
  assert_entity (text, m, "Ferenc Halmi", DSR_ENTITY_PERSON);
  assert_entity (text, m, "Kellbrook", DSR_ENTITY_ORG);
  assert_entity (text, m, "Pfizer", DSR_ENTITY_ORG);
  assert_entity (text, m, "Zelvane", DSR_ENTITY_OTHER);
  assert_entity (text, m, "Marrowby", DSR_ENTITY_PERSON);
}

/* Titles before a name outweigh a city of that name; titles in the plural and foreign
 * words for squares and capes make places; a numeral alone is nothing. */
static void
test_place_and_title_cues (void)
{
  const char *text = "Lord Durham visited the kings of Varnholt, then sailed past Tressing to "
                     "Punta del Varo and Saint Lucia. In year III the ships came home to "
                     "Norway, Halvorsen returned. Queen Victoria had spoken.";
  g_autoptr(GArray) m = find (text);

  assert_entity (text, m, "Durham", DSR_ENTITY_PERSON);
  assert_entity (text, m, "Varnholt", DSR_ENTITY_PLACE);
  assert_entity (text, m, "Tressing", DSR_ENTITY_PLACE);
  assert_entity (text, m, "Punta del Varo", DSR_ENTITY_PLACE);
  assert_entity (text, m, "Saint Lucia", DSR_ENTITY_PLACE);
  assert_entity (text, m, "Halvorsen", DSR_ENTITY_PERSON);
  assert_no_entity (text, m, "III");
  /* WordNet knows "Queen Victoria" whole; the title stays outside all the same. */
  assert_entity (text, m, "Victoria", DSR_ENTITY_PERSON);
  assert_no_entity (text, m, "Queen Victoria");
}

/* Two particles in a row join a name: "Plaza de los Naranjos", "Tomás de los Ríos". */
static void
test_two_particles (void)
{
  const char *text = "Fans gathered in the Plaza de los Naranjos, where Tomás de los Ríos spoke.";
  g_autoptr(GArray) m = find (text);

  assert_entity (text, m, "Plaza de los Naranjos", DSR_ENTITY_PLACE);
  assert_entity (text, m, "Tomás de los Ríos", DSR_ENTITY_PERSON);
}

/* An institution's common word alone ("the House") is no place and too vague to name;
 * an acronym's department ("KOO Communications") is the acronym's organisation; a
 * surname after "in" with a possessive is still the person's. */
static void
test_institutions_and_departments (void)
{
  const char *text = "The Kestrel Oversight Office (KOO) met Ana Lima. The bill goes to the "
                     "House next week. Staff in Lima's office agreed. Media enquiries: KOO "
                     "Communications, Oslo.";
  g_autoptr(GArray) m = find (text);
  guint koo = 0;

  assert_no_entity (text, m, "House");
  assert_no_entity (text, m, "KOO Communications");
  assert_entity (text, m, "Lima", DSR_ENTITY_PERSON);
  for (guint i = 0; i < m->len; i++)
    {
      DsrEntityMention *mention = &g_array_index (m, DsrEntityMention, i);
      g_autofree char *name = substring (text, mention->start, mention->end);

      if (strcmp (name, "KOO") == 0 && mention->kind == DSR_ENTITY_ORG)
        koo++;
    }
  g_assert_cmpuint (koo, ==, 2);
}

/* Reads the sample investigation's texts raw, Markdown marks crudely removed. */
static char *
read_sample (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "sample", name, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  GString *out;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  out = g_string_new (NULL);
  for (const char *p = contents; *p != '\0'; p++)
    if (*p != '#' && *p != '*' && *p != '_' && *p != '>')
      g_string_append_c (out, *p);

  return g_string_free (out, FALSE);
}

static void
test_sample_investigation (void)
{
  static const char * const files[] = {
    "blog-2012-sandfly-agenda.txt", "wire-2017-belozar-fds.txt", "belozar-statement-2017.txt",
    "packet-policy-2017-denial.md", "larchmont-note-2017.md", "fcob-statement-2017.md",
    "dominion-ledger-2017-committee.txt", NULL
  };
  static const struct { const char *name; DsrEntityKind kind; } expected[] = {
    { "Belozar Labs", DSR_ENTITY_ORG },
    { "Yevgeny Belozar", DSR_ENTITY_PERSON },
    { "Meridian Wire", DSR_ENTITY_ORG },
    { "Federal Directorate of Signals", DSR_ENTITY_ORG },
    { "FDS", DSR_ENTITY_ORG },
    { "Federal Communications Oversight Board", DSR_ENTITY_ORG },
    { "FCOB", DSR_ENTITY_ORG },
    { "Helen Okafor", DSR_ENTITY_PERSON },
    { "Larchmont Research", DSR_ENTITY_ORG },
    { "Toronto", DSR_ENTITY_PLACE },
    { "Moscow", DSR_ENTITY_PLACE },
    { "Ottawa", DSR_ENTITY_PLACE },
    { "Canada", DSR_ENTITY_PLACE },
    { "Sandfly", DSR_ENTITY_OTHER },
  };
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gboolean fds_joined = FALSE;
  gboolean fcob_joined = FALSE;

  for (guint f = 0; files[f] != NULL; f++)
    {
      g_autofree char *text = read_sample (files[f]);
      g_autoptr(GArray) m = find (text);
      g_autoptr(GArray) groups = dsr_aliases_group (text, m);

      for (guint i = 0; i < m->len; i++)
        {
          DsrEntityMention *mention = &g_array_index (m, DsrEntityMention, i);
          char *name = substring (text, mention->start, mention->end);

          g_hash_table_insert (seen, name, GINT_TO_POINTER (mention->kind + 1));
        }

      for (guint g = 0; g < groups->len; g++)
        {
          DsrEntityGroup *group = &g_array_index (groups, DsrEntityGroup, g);
          gboolean has_fds = g_ptr_array_find_with_equal_func (group->aliases, "FDS",
                                                               g_str_equal, NULL);
          gboolean has_fcob = g_ptr_array_find_with_equal_func (group->aliases, "FCOB",
                                                                g_str_equal, NULL);

          if (has_fds && strcmp (group->name, "Federal Directorate of Signals") == 0)
            fds_joined = TRUE;
          if (has_fcob && strcmp (group->name, "Federal Communications Oversight Board") == 0)
            fcob_joined = TRUE;
        }
    }

  /* The committee reports "to the House"; the board's press office is the board's. */
  g_assert_false (g_hash_table_contains (seen, "House"));
  g_assert_false (g_hash_table_contains (seen, "FCOB Communications"));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      gpointer kind = g_hash_table_lookup (seen, expected[i].name);

      if (kind == NULL)
        g_error ("%s not found in the sample investigation", expected[i].name);
      g_assert_cmpstr (dsr_entity_kind_to_string (GPOINTER_TO_INT (kind) - 1), ==,
                       dsr_entity_kind_to_string (expected[i].kind));
    }
  g_assert_true (fds_joined);
  g_assert_true (fcob_joined);
}

static void
test_threads_worker (gpointer data,
                     gpointer user_data)
{
  const char *text = "Analyst Helen Okafor of Larchmont Research spoke in Toronto.";

  for (guint i = 0; i < 200; i++)
    {
      g_autoptr(GArray) m = find (text);

      g_assert_cmpuint (m->len, ==, 3);
    }
}

static void
test_threads (void)
{
  GThreadPool *pool = g_thread_pool_new (test_threads_worker, NULL, 4, TRUE, NULL);

  for (guint i = 0; i < 8; i++)
    g_thread_pool_push (pool, GUINT_TO_POINTER (i + 1), NULL);
  g_thread_pool_free (pool, FALSE, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  recognizer = dsr_recognizer_new (&error);
  g_assert_no_error (error);

  g_test_add_func ("/dsr/recognizer/titles-outside", test_titles_outside);
  g_test_add_func ("/dsr/recognizer/roles", test_roles);
  g_test_add_func ("/dsr/recognizer/sentence-initial", test_sentence_initial);
  g_test_add_func ("/dsr/recognizer/acronym-definition", test_acronym_definition);
  g_test_add_func ("/dsr/recognizer/org-cues", test_org_cues);
  g_test_add_func ("/dsr/recognizer/domain", test_domain);
  g_test_add_func ("/dsr/recognizer/ampersand-at-end", test_ampersand_at_end);
  g_test_add_func ("/dsr/recognizer/places", test_places);
  g_test_add_func ("/dsr/recognizer/gazetteer", test_gazetteer);
  g_test_add_func ("/dsr/recognizer/nationalities", test_nationalities);
  g_test_add_func ("/dsr/recognizer/wordnet", test_wordnet);
  g_test_add_func ("/dsr/recognizer/article-outside", test_article_outside);
  g_test_add_func ("/dsr/recognizer/adjective-inside-name", test_adjective_inside_name);
  g_test_add_func ("/dsr/recognizer/country-as-government", test_country_as_government);
  g_test_add_func ("/dsr/recognizer/title-domain", test_title_domain);
  g_test_add_func ("/dsr/recognizer/list-shares-kind", test_list_shares_kind);
  g_test_add_func ("/dsr/recognizer/list-ends-at-conjunction", test_list_ends_at_conjunction);
  g_test_add_func ("/dsr/recognizer/adjective-shape", test_adjective_shape);
  g_test_add_func ("/dsr/recognizer/part-of-place", test_part_of_place);
  g_test_add_func ("/dsr/recognizer/the-institution", test_the_institution);
  g_test_add_func ("/dsr/recognizer/name-opening-sentence", test_name_opening_sentence);
  g_test_add_func ("/dsr/recognizer/works-are-other", test_works_are_other);
  g_test_add_func ("/dsr/recognizer/person-epithets", test_person_epithets);
  g_test_add_func ("/dsr/recognizer/place-of", test_place_of);
  g_test_add_func ("/dsr/recognizer/people-before-name", test_people_before_name);
  g_test_add_func ("/dsr/recognizer/org-nouns", test_org_nouns);
  g_test_add_func ("/dsr/recognizer/parties", test_parties);
  g_test_add_func ("/dsr/recognizer/known-phrase-opening-sentence",
                   test_known_phrase_opening_sentence);
  g_test_add_func ("/dsr/recognizer/place-shapes", test_place_shapes);
  g_test_add_func ("/dsr/recognizer/acronym-plurals", test_acronym_plurals);
  g_test_add_func ("/dsr/recognizer/directions-and-compound-demonyms",
                   test_directions_and_compound_demonyms);
  g_test_add_func ("/dsr/recognizer/events-with-of", test_events_with_of);
  g_test_add_func ("/dsr/recognizer/lone-event-word", test_lone_event_word);
  g_test_add_func ("/dsr/recognizer/the-unknown-word", test_the_unknown_word);
  g_test_add_func ("/dsr/recognizer/name-modifying-noun", test_name_modifying_noun);
  g_test_add_func ("/dsr/recognizer/brand-shape-and-place-nouns",
                   test_brand_shape_and_place_nouns);
  g_test_add_func ("/dsr/recognizer/place-then-pronoun", test_place_then_pronoun);
  g_test_add_func ("/dsr/recognizer/titles-alone", test_titles_alone);
  g_test_add_func ("/dsr/recognizer/plurals-and-doctrines", test_plurals_and_doctrines);
  g_test_add_func ("/dsr/recognizer/org-opening-sentence", test_org_opening_sentence);
  g_test_add_func ("/dsr/recognizer/cyrillic", test_cyrillic);
  g_test_add_func ("/dsr/recognizer/person-org-never-merged", test_person_org_never_merged);
  g_test_add_func ("/dsr/recognizer/surname-joins", test_surname_joins);
  g_test_add_func ("/dsr/recognizer/surname-that-is-a-place", test_surname_that_is_a_place);
  g_test_add_func ("/dsr/recognizer/lab-labs", test_lab_labs);
  g_test_add_func ("/dsr/recognizer/transliteration", test_transliteration);
  g_test_add_func ("/dsr/recognizer/misspelling-suggested", test_misspelling_suggested);
  g_test_add_func ("/dsr/recognizer/known-and-rejected", test_known_and_rejected);
  g_test_add_func ("/dsr/recognizer/headings", test_spans_headings);
  g_test_add_func ("/dsr/recognizer/governments", test_governments);
  g_test_add_func ("/dsr/recognizer/cities-possessives-brackets",
                   test_cities_possessives_brackets);
  g_test_add_func ("/dsr/recognizer/company-cues", test_company_cues);
  g_test_add_func ("/dsr/recognizer/descriptions", test_descriptions);
  g_test_add_func ("/dsr/recognizer/place-and-title-cues", test_place_and_title_cues);
  g_test_add_func ("/dsr/recognizer/two-particles", test_two_particles);
  g_test_add_func ("/dsr/recognizer/institutions-and-departments",
                   test_institutions_and_departments);
  g_test_add_func ("/dsr/recognizer/sample-investigation", test_sample_investigation);
  g_test_add_func ("/dsr/recognizer/threads", test_threads);

  status = g_test_run ();
  dsr_recognizer_free (recognizer);

  return status;
}
