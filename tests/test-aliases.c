/* test-aliases.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "dsr-aliases.h"
#include "dsr-cyrillic-private.h"
#include "dsr-cyrillic.h"
#include "dsr-recognizer.h"
#include "dsr-translit-private.h"

/* Cyrillic recognition, cross-script aliases and one kind per name, on sentences
 * written for these tests. */

static DsrRecognizer *recognizer;

typedef struct
{
  char   *text;
  GArray *mentions;
  GArray *groups;
} Analysis;

static void
analysis_free (Analysis *a)
{
  g_free (a->text);
  g_array_unref (a->mentions);
  g_array_unref (a->groups);
  g_free (a);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Analysis, analysis_free)

/* What import does: recognise, apply the Cyrillic rules, group. */
static Analysis *
analyse (const char *text)
{
  Analysis *a = g_new0 (Analysis, 1);

  a->text = g_strdup (text);
  a->mentions = dsr_recognizer_find (recognizer, text, NULL);
  dsr_cyrillic_refine (text, a->mentions, NULL);
  a->groups = dsr_aliases_group (text, a->mentions);
  return a;
}

static char *
surface (Analysis         *a,
         DsrEntityMention *m)
{
  const char *s = g_utf8_offset_to_pointer (a->text, m->start);
  const char *e = g_utf8_offset_to_pointer (a->text, m->end);

  return g_strndup (s, e - s);
}

static char *
describe (Analysis *a)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < a->mentions->len; i++)
    {
      DsrEntityMention *m = &g_array_index (a->mentions, DsrEntityMention, i);
      g_autofree char *s = surface (a, m);

      g_string_append_printf (out, " [%s:%s:%d]", s, dsr_entity_kind_to_string (m->kind),
                              m->group);
    }
  return g_string_free (out, FALSE);
}

/* The mention whose text is @name; fails the test when there is none. */
static DsrEntityMention *
mention (Analysis   *a,
         const char *name)
{
  for (guint i = 0; i < a->mentions->len; i++)
    {
      DsrEntityMention *m = &g_array_index (a->mentions, DsrEntityMention, i);
      g_autofree char *s = surface (a, m);

      if (strcmp (s, name) == 0)
        return m;
    }

  {
    g_autofree char *found = describe (a);

    g_error ("\"%s\" not found in \"%.60s\"; found:%s", name, a->text, found);
  }
  return NULL;
}

static gboolean
has_mention_containing (Analysis   *a,
                        const char *word)
{
  for (guint i = 0; i < a->mentions->len; i++)
    {
      g_autofree char *s = surface (a, &g_array_index (a->mentions, DsrEntityMention, i));

      if (strstr (s, word) != NULL)
        return TRUE;
    }
  return FALSE;
}

static void
assert_kind (Analysis      *a,
             const char    *name,
             DsrEntityKind  kind)
{
  g_assert_cmpstr (dsr_entity_kind_to_string (mention (a, name)->kind), ==,
                   dsr_entity_kind_to_string (kind));
}

static char *
loose (const char *word)
{
  g_autofree char *latin = _dsr_translit_romanise (word);

  return _dsr_translit_loose_key (latin);
}

static void
assert_same_key (const char *a,
                 const char *b)
{
  g_autofree char *x = loose (a);
  g_autofree char *y = loose (b);

  if (strcmp (x, y) != 0)
    g_error ("\"%s\" -> \"%s\" but \"%s\" -> \"%s\"", a, x, b, y);
}

static void
test_romanisation_variants (void)
{
  g_autofree char *plain = _dsr_translit_romanise ("Щукин Жуков Цой Хабаров Dvořák");

  g_assert_cmpstr (plain, ==, "shchukin zhukov tsoy khabarov dvorak");

  assert_same_key ("Евгений", "Evgeniy");
  assert_same_key ("Evgeniy", "Yevgeny");
  assert_same_key ("Yevgeny", "Evgenii");
  assert_same_key ("Evgenii", "Jewgenij");
  assert_same_key ("Дмитрий", "Dmitry");
  assert_same_key ("Dmitry", "Dmitri");
  assert_same_key ("Dmitri", "Dmitrii");
  assert_same_key ("Юлия", "Yuliya");
  assert_same_key ("Yuliya", "Iuliia");
  assert_same_key ("Iuliia", "Julia");
  assert_same_key ("Щукин", "Shchukin");
  assert_same_key ("Хабаров", "Khabarov");
  assert_same_key ("Khabarov", "Habarov");
  assert_same_key ("Цветков", "Tsvetkov");
  assert_same_key ("Tsvetkov", "Cvetkov");
  assert_same_key ("Жуковский", "Zhukovsky");
  assert_same_key ("Zhukovsky", "Zhukovskiy");
  assert_same_key ("Zhukovskiy", "Zhukovskii");
  assert_same_key ("Сергей", "Sergei");
  assert_same_key ("Николай", "Nikolay");

  {
    g_autofree char *a = loose ("Sokolov");
    g_autofree char *b = loose ("Sokolova");

    g_assert_cmpstr (a, !=, b);
  }
}

static void
test_cross_script_person (void)
{
  g_autoptr(Analysis) a = analyse ("Дмитрий Соколов возглавляет отдел с 2015 года. "
                                   "In an interview, Dmitriy Sokolov said the unit was small.");
  DsrEntityMention *cyrillic = mention (a, "Дмитрий Соколов");
  DsrEntityMention *latin = mention (a, "Dmitriy Sokolov");

  g_assert_cmpint (cyrillic->kind, ==, DSR_ENTITY_PERSON);
  g_assert_cmpint (latin->kind, ==, DSR_ENTITY_PERSON);
  g_assert_cmpint (cyrillic->group, ==, latin->group);

  g_assert_cmpint (dsr_aliases_match ("Юлия Цветкова", DSR_ENTITY_PERSON, "Yuliya Tsvetkova",
                                      NULL, DSR_ENTITY_PERSON), ==, DSR_ALIAS_MATCH_SAME);
  g_assert_cmpint (dsr_aliases_match ("Eugene Shchukin", DSR_ENTITY_PERSON, "Евгений Щукин",
                                      NULL, DSR_ENTITY_PERSON), ==, DSR_ALIAS_MATCH_SAME);
  /* A person and an organisation never match, in any script. */
  g_assert_cmpint (dsr_aliases_match ("Соколов", DSR_ENTITY_ORG, "Dmitriy Sokolov", NULL,
                                      DSR_ENTITY_PERSON), ==, DSR_ALIAS_MATCH_NONE);
}

static void
test_person_and_org_apart (void)
{
  g_autoptr(Analysis) a = analyse ("Отчёт подготовила «Лаборатория Соколова». "
                                   "Дмитрий Соколов подписал его лично.");
  DsrEntityMention *org = mention (a, "Лаборатория Соколова");
  DsrEntityMention *person = mention (a, "Дмитрий Соколов");

  g_assert_cmpint (org->kind, ==, DSR_ENTITY_ORG);
  g_assert_cmpint (person->kind, ==, DSR_ENTITY_PERSON);
  g_assert_cmpint (org->group, !=, person->group);
}

static void
test_adjectives (void)
{
  /* An adjective alone is no name... */
  g_autoptr(Analysis) a = analyse ("Проект подписал Главный инженер завода. "
                                   "Приезжих встречал Московский вокзал.");
  /* ...but opens an organisation's name when an organisation noun follows it. */
  g_autoptr(Analysis) b = analyse ("Жалобу рассмотрит Верховный суд республики. "
                                   "Иск подала Национальная служба охраны природы.");

  g_assert_false (has_mention_containing (a, "Главный"));
  g_assert_false (has_mention_containing (a, "Московский"));
  assert_kind (b, "Верховный суд", DSR_ENTITY_ORG);
  assert_kind (b, "Национальная служба", DSR_ENTITY_ORG);

  g_assert_true (_dsr_cyrillic_is_adjective ("федерального"));
  g_assert_true (_dsr_cyrillic_is_adjective ("невский"));
  g_assert_false (_dsr_cyrillic_is_adjective ("евгений"));
  g_assert_false (_dsr_cyrillic_is_adjective ("управление"));
  g_assert_false (_dsr_cyrillic_is_adjective ("андрей"));
}

static void
test_org_head_nouns (void)
{
  g_autoptr(Analysis) a = analyse ("Сотрудники говорят, что Агентство Морозова закрыто. "
                                   "Об этом сообщила Служба Петрова.");

  assert_kind (a, "Агентство Морозова", DSR_ENTITY_ORG);
  assert_kind (a, "Служба Петрова", DSR_ENTITY_ORG);

  g_assert_true (_dsr_cyrillic_is_org_head ("лаборатории"));
  g_assert_true (_dsr_cyrillic_is_org_head ("министерством"));
  g_assert_true (_dsr_cyrillic_is_org_head ("комитета"));
  g_assert_false (_dsr_cyrillic_is_org_head ("советский"));
  g_assert_false (_dsr_cyrillic_is_org_head ("центральный"));
}

static void
test_countries_in_any_case (void)
{
  g_autoptr(Analysis) a = NULL;

  if (_dsr_cyrillic_country ("канада") == NULL)
    {
      g_test_skip ("iso-codes' Russian catalogue (iso_3166-1.mo) is not installed");
      return;
    }

  g_assert_cmpstr (_dsr_cyrillic_country ("канады"), ==, "Canada");
  g_assert_cmpstr (_dsr_cyrillic_country ("германией"), ==, "Germany");
  g_assert_cmpstr (_dsr_cyrillic_country ("украине"), ==, "Ukraine");
  g_assert_null (_dsr_cyrillic_country ("соколова"));

  a = analyse ("The trade mission left Germany on Monday. "
               "Посол Германии ответил на вопросы журналистов.");
  assert_kind (a, "Германии", DSR_ENTITY_PLACE);
  g_assert_cmpint (mention (a, "Германии")->group, ==, mention (a, "Germany")->group);
}

static void
test_place_after_preposition (void)
{
  g_autoptr(Analysis) a = analyse ("Конференция по безопасности прошла в Твери.");

  assert_kind (a, "Твери", DSR_ENTITY_PLACE);
}

static void
test_declined_names_join (void)
{
  g_autoptr(Analysis) a = analyse ("Иван Морозов выступил первым, и ответ Морозова "
                                   "удивил зал. Вопросы к Ивану Морозову остались.");
  DsrEntityMention *full = mention (a, "Иван Морозов");
  DsrEntityGroup *group;

  g_assert_cmpint (mention (a, "Морозова")->group, ==, full->group);
  g_assert_cmpint (mention (a, "Ивану Морозову")->group, ==, full->group);
  group = &g_array_index (a->groups, DsrEntityGroup, full->group);
  g_assert_cmpstr (group->name, ==, "Иван Морозов");

  {
    g_autoptr(GPtrArray) forms = _dsr_cyrillic_nominatives ("морозова");

    g_assert_true (g_ptr_array_find_with_equal_func (forms, "морозов", g_str_equal, NULL));
  }
}

static void
test_sentence_initial_common_words (void)
{
  g_autoptr(Analysis) a = NULL;

  if (!g_file_test ("/usr/share/hunspell/ru_RU.dic", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("the Russian dictionary (hunspell-ru) is not installed");
      return;
    }

  a = analyse ("Ответ Петрова пришёл через неделю. Решение приняли без него. "
               "Ольга Петрова промолчала.");
  assert_kind (a, "Петрова", DSR_ENTITY_PERSON);
  assert_kind (a, "Ольга Петрова", DSR_ENTITY_PERSON);
  g_assert_false (has_mention_containing (a, "Ответ"));
  g_assert_false (has_mention_containing (a, "Решение"));
}

static void
test_one_name_one_kind (void)
{
  /* The article before it is evidence of a thing, not a person; the other mentions
   * of the name have no evidence of a person, only a capital letter. */
  g_autoptr(Analysis) a = analyse ("Analysts published the Wirehook report on Monday.\n"
                                   "They found Wirehook on machines in three ministries. "
                                   "Nobody knows who wrote Wirehook.");
  int group = -1;
  guint n = 0;

  for (guint i = 0; i < a->mentions->len; i++)
    {
      DsrEntityMention *m = &g_array_index (a->mentions, DsrEntityMention, i);
      g_autofree char *s = surface (a, m);

      if (strcmp (s, "Wirehook") != 0)
        continue;
      g_assert_cmpint (m->kind, !=, DSR_ENTITY_PERSON);
      if (group >= 0)
        g_assert_cmpint (m->group, ==, group);
      group = m->group;
      n++;
    }
  g_assert_cmpuint (n, ==, 3);
}

/* Names another document of the investigation typed: weak evidence here gives way to
 * them, strong evidence does not. */
static void
test_kind_seen_elsewhere (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsrRecognizer) other = dsr_recognizer_new (&error);
  const char *text = "Critics say a unit in Orlovsky's company answered to the ministry. "
                     "He moved to Lisbon last year.";
  g_autoptr(GArray) mentions = NULL;
  guint checked = 0;

  g_assert_no_error (error);
  dsr_recognizer_add_seen (other, "Orlovsky", DSR_ENTITY_PERSON);
  dsr_recognizer_add_seen (other, "Lisbon", DSR_ENTITY_PERSON);
  mentions = dsr_recognizer_find (other, text, NULL);

  for (guint i = 0; i < mentions->len; i++)
    {
      DsrEntityMention *m = &g_array_index (mentions, DsrEntityMention, i);
      const char *s = g_utf8_offset_to_pointer (text, m->start);
      const char *e = g_utf8_offset_to_pointer (text, m->end);
      g_autofree char *name = g_strndup (s, e - s);

      if (strcmp (name, "Orlovsky") == 0 && ++checked)
        g_assert_cmpint (m->kind, ==, DSR_ENTITY_PERSON);
      if (strcmp (name, "Lisbon") == 0 && ++checked)
        g_assert_cmpint (m->kind, ==, DSR_ENTITY_PLACE);
    }
  g_assert_cmpuint (checked, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  recognizer = dsr_recognizer_new (&error);
  g_assert_no_error (error);

  g_test_add_func ("/dsr/aliases/romanisation-variants", test_romanisation_variants);
  g_test_add_func ("/dsr/aliases/cross-script-person", test_cross_script_person);
  g_test_add_func ("/dsr/aliases/person-and-org-apart", test_person_and_org_apart);
  g_test_add_func ("/dsr/aliases/cyrillic-adjectives", test_adjectives);
  g_test_add_func ("/dsr/aliases/cyrillic-org-head-nouns", test_org_head_nouns);
  g_test_add_func ("/dsr/aliases/cyrillic-countries", test_countries_in_any_case);
  g_test_add_func ("/dsr/aliases/cyrillic-place-preposition", test_place_after_preposition);
  g_test_add_func ("/dsr/aliases/cyrillic-declined-names", test_declined_names_join);
  g_test_add_func ("/dsr/aliases/cyrillic-sentence-initial", test_sentence_initial_common_words);
  g_test_add_func ("/dsr/aliases/one-name-one-kind", test_one_name_one_kind);
  g_test_add_func ("/dsr/aliases/kind-seen-elsewhere", test_kind_seen_elsewhere);

  status = g_test_run ();
  dsr_recognizer_free (recognizer);
  return status;
}
