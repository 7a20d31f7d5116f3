/* dsr-quotes-lexicon.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-quotes"

#include "config.h"

#include "dsr-quotes-private.h"

/* The words quotation attribution reads. Speech verbs are listed in the forms news
 * writing uses; roles and kinds of organisation carry a class key so that "the firm"
 * finds an organisation described as a "company", and "the spokesman" one introduced as
 * a "spokesperson". Cyrillic verbs cover the Russian press our users quote most. */

#define CUE  DSR_LEX_CUE
#define INV  (DSR_LEX_CUE | DSR_LEX_INVERT)
#define SAY  DSR_LEX_SAYING
#define FUN  DSR_LEX_FUNCTION
#define SKP  (DSR_LEX_SKIP | DSR_LEX_FUNCTION)
#define STP  (DSR_LEX_STOP | DSR_LEX_FUNCTION)
#define PER  DSR_LEX_PERSON
#define ORG  DSR_LEX_ORG
#define ANO  DSR_LEX_ANONYMOUS
#define DOC  DSR_LEX_DOCUMENT
#define TIM  (DSR_LEX_TIME | DSR_LEX_FUNCTION)

typedef struct
{
  const char *word;
  guint       flags;
  const char *key;
} Entry;

static const Entry entries[] = {
  /* Speech verbs; INV where "…,” said Okafor" is idiomatic. */
  { "said", INV }, { "says", INV }, { "say", CUE }, { "added", INV }, { "adds", INV },
  { "told", CUE }, { "tells", CUE }, { "noted", INV }, { "notes", INV | DOC, "note" },
  { "argued", INV }, { "argues", INV }, { "wrote", INV }, { "writes", INV },
  { "alleged", CUE }, { "alleges", CUE }, { "claimed", INV }, { "claims", INV },
  { "warned", INV }, { "warns", INV }, { "explained", INV }, { "explains", INV },
  { "insisted", INV }, { "insists", INV }, { "asked", INV }, { "asks", INV },
  { "replied", INV }, { "replies", INV }, { "responded", INV }, { "responds", INV },
  { "answered", INV }, { "stated", INV }, { "declared", INV }, { "declares", INV },
  { "continued", INV }, { "continues", INV }, { "recalled", INV }, { "recalls", INV },
  { "acknowledged", INV }, { "admitted", INV }, { "admits", INV }, { "conceded", INV },
  { "concedes", INV }, { "countered", INV }, { "observed", INV }, { "remarked", INV },
  { "suggested", INV }, { "suggests", INV }, { "maintained", INV }, { "maintains", INV },
  { "announced", INV }, { "predicted", INV }, { "cautioned", INV }, { "stressed", INV },
  { "stresses", INV }, { "emphasised", INV }, { "emphasized", INV }, { "concluded", INV },
  { "testified", CUE }, { "tweeted", INV }, { "posted", CUE }, { "reads", INV },
  { "called", CUE }, { "calls", CUE }, { "described", CUE }, { "describes", CUE },
  { "dubbed", CUE }, { "termed", CUE }, { "complained", INV }, { "complains", INV },
  { "agreed", INV }, { "objected", INV }, { "protested", INV }, { "joked", INV },
  { "urged", INV }, { "urges", INV }, { "promised", CUE }, { "vowed", CUE },
  { "denied", CUE }, { "denies", CUE }, { "confirmed", CUE }, { "quipped", INV },
  { "assured", CUE }, { "disclosed", CUE }, { "recounted", INV }, { "boasted", INV },
  { "wondered", INV }, { "demanded", INV }, { "shouted", INV },
  { "сказал", INV }, { "сказала", INV }, { "сказали", INV }, { "заявил", INV },
  { "заявила", INV }, { "заявили", INV }, { "добавил", INV }, { "добавила", INV },
  { "отметил", INV }, { "отметила", INV }, { "написал", INV }, { "написала", INV },
  { "сообщил", INV }, { "сообщила", INV }, { "подчеркнул", INV }, { "подчеркнула", INV },
  { "пояснил", INV }, { "пояснила", INV },
  { "sagte", INV }, { "sagt", INV }, { "erklärte", INV }, { "betonte", INV },
  { "dit", INV }, { "déclare", INV }, { "accused", CUE },
  { "criticised", CUE }, { "criticized", CUE }, { "welcomed", CUE },
  /* Participles: the speaker is the subject of the sentence ("…, saying: “…”"). */
  { "saying", SAY }, { "adding", SAY }, { "stating", SAY }, { "noting", SAY },
  { "arguing", SAY }, { "warning", SAY }, { "writing", SAY }, { "insisting", SAY },
  { "explaining", SAY }, { "declaring", SAY }, { "claiming", SAY },

  /* Determiners and pronouns. */
  { "the", DSR_LEX_DET | FUN }, { "a", DSR_LEX_DET | DSR_LEX_INDEF | FUN },
  { "an", DSR_LEX_DET | DSR_LEX_INDEF | FUN },
  { "one", DSR_LEX_DET | DSR_LEX_INDEF | DSR_LEX_ANONYMOUS | FUN },
  { "another", DSR_LEX_DET | DSR_LEX_INDEF | FUN },
  { "this", DSR_LEX_DET | FUN }, { "that", STP }, { "these", DSR_LEX_DET | FUN },
  { "its", DSR_LEX_DET | DSR_LEX_POSSESSIVE | FUN, "it" },
  { "his", DSR_LEX_DET | DSR_LEX_POSSESSIVE | FUN, "he" },
  { "her", DSR_LEX_DET | DSR_LEX_POSSESSIVE | FUN, "she" },
  { "their", DSR_LEX_DET | DSR_LEX_POSSESSIVE | FUN, "they" },
  { "our", DSR_LEX_DET | DSR_LEX_POSSESSIVE | FUN, "we" },
  { "my", DSR_LEX_DET | DSR_LEX_POSSESSIVE | FUN, "i" },
  { "he", DSR_LEX_PRONOUN | FUN }, { "she", DSR_LEX_PRONOUN | FUN },
  { "it", DSR_LEX_PRONOUN | FUN }, { "they", DSR_LEX_PRONOUN | FUN },
  { "who", DSR_LEX_PRONOUN | FUN }, { "which", DSR_LEX_PRONOUN | FUN },
  { "i", DSR_LEX_PRONOUN | FUN }, { "we", DSR_LEX_PRONOUN | FUN },
  { "them", DSR_LEX_PRONOUN | FUN }, { "он", DSR_LEX_PRONOUN }, { "она", DSR_LEX_PRONOUN },

  /* Between a speaker and the verb: "Okafor has also said". */
  { "has", SKP }, { "had", SKP }, { "have", SKP }, { "was", SKP }, { "is", SKP },
  { "also", SKP }, { "later", SKP }, { "then", SKP }, { "again", SKP },
  { "previously", SKP }, { "once", SKP }, { "earlier", SKP }, { "recently", SKP },
  { "publicly", SKP }, { "privately", SKP }, { "reportedly", SKP }, { "repeatedly", SKP },
  { "simply", SKP }, { "bluntly", SKP }, { "quickly", SKP }, { "flatly", SKP },
  { "would", SKP }, { "will", SKP }, { "has been", SKP }, { "quietly", SKP },
  { "angrily", SKP }, { "firmly", SKP }, { "only", SKP }, { "just", SKP },
  { "yesterday", TIM }, { "today", TIM },

  /* Words that end a description or are never names. */
  { "of", STP }, { "for", STP }, { "at", STP }, { "in", STP }, { "on", STP },
  { "with", STP }, { "by", STP }, { "from", STP }, { "to", STP }, { "and", STP },
  { "or", STP }, { "but", STP }, { "as", STP }, { "if", STP }, { "when", STP },
  { "while", STP }, { "after", STP }, { "before", STP }, { "so", STP }, { "yet", STP },
  { "not", STP }, { "no", STP }, { "yes", STP }, { "there", STP }, { "here", STP },
  { "what", STP }, { "why", STP }, { "how", STP }, { "where", STP },
  { "according", STP }, { "meanwhile", STP }, { "however", STP }, { "still", STP },
  { "last", STP }, { "next", STP }, { "about", STP }, { "over", STP }, { "under", STP },
  { "than", STP }, { "because", STP }, { "although", STP }, { "though", STP },
  { "some", DSR_LEX_ANONYMOUS | FUN }, { "others", DSR_LEX_ANONYMOUS | FUN },
  { "several", DSR_LEX_ANONYMOUS | FUN }, { "many", DSR_LEX_ANONYMOUS | FUN },
  { "two", DSR_LEX_ANONYMOUS | FUN }, { "three", DSR_LEX_ANONYMOUS | FUN },
  { "both", DSR_LEX_ANONYMOUS | FUN }, { "someone", DSR_LEX_ANONYMOUS | FUN },
  { "mr", FUN }, { "mrs", FUN }, { "ms", FUN }, { "dr", FUN }, { "prof", FUN },
  { "de", DSR_LEX_NAME_PART }, { "van", DSR_LEX_NAME_PART }, { "von", DSR_LEX_NAME_PART },
  { "der", DSR_LEX_NAME_PART }, { "da", DSR_LEX_NAME_PART }, { "di", DSR_LEX_NAME_PART },
  { "du", DSR_LEX_NAME_PART }, { "le", DSR_LEX_NAME_PART }, { "la", DSR_LEX_NAME_PART },
  { "al", DSR_LEX_NAME_PART }, { "bin", DSR_LEX_NAME_PART }, { "dos", DSR_LEX_NAME_PART },

  /* Time words: "Okafor on Tuesday said". */
  { "monday", TIM }, { "tuesday", TIM }, { "wednesday", TIM }, { "thursday", TIM },
  { "friday", TIM }, { "saturday", TIM }, { "sunday", TIM }, { "january", TIM },
  { "february", TIM }, { "march", TIM }, { "april", TIM }, { "may", TIM },
  { "june", TIM }, { "july", TIM }, { "august", TIM }, { "september", TIM },
  { "october", TIM }, { "november", TIM }, { "december", TIM }, { "week", TIM },
  { "month", TIM }, { "year", TIM }, { "morning", TIM }, { "afternoon", TIM },
  { "evening", TIM }, { "night", TIM },

  /* Roles of people. */
  { "analyst", PER, "analyst" }, { "consultant", PER, "consultant" },
  { "minister", PER, "minister" }, { "spokesman", PER, "spokesperson" },
  { "spokeswoman", PER, "spokesperson" }, { "spokesperson", PER, "spokesperson" },
  { "executive", PER, "executive" }, { "ceo", PER, "executive" },
  { "director", PER, "director" }, { "officer", PER, "officer" },
  { "chair", PER, "chair" }, { "chairman", PER, "chair" }, { "chairwoman", PER, "chair" },
  { "chairperson", PER, "chair" }, { "president", PER, "president" },
  { "founder", PER, "founder" }, { "researcher", PER, "researcher" },
  { "expert", PER, "expert" }, { "lawyer", PER, "lawyer" }, { "attorney", PER, "lawyer" },
  { "senator", PER, "senator" }, { "mp", PER, "mp" }, { "lawmaker", PER, "lawmaker" },
  { "legislator", PER, "lawmaker" }, { "economist", PER, "economist" },
  { "professor", PER, "professor" }, { "scientist", PER, "scientist" },
  { "engineer", PER, "engineer" }, { "reporter", PER, "reporter" },
  { "journalist", PER, "journalist" }, { "editor", PER, "editor" },
  { "author", PER, "author" }, { "cto", PER, "officer" }, { "cfo", PER, "officer" },
  { "head", PER, "head" }, { "manager", PER, "manager" }, { "secretary", PER, "secretary" },
  { "governor", PER, "governor" }, { "mayor", PER, "mayor" },
  { "prosecutor", PER, "prosecutor" }, { "judge", PER, "judge" },
  { "investigator", PER, "investigator" }, { "lobbyist", PER, "lobbyist" },
  { "activist", PER, "activist" }, { "diplomat", PER, "diplomat" },
  { "ambassador", PER, "ambassador" }, { "adviser", PER, "adviser" },
  { "advisor", PER, "adviser" }, { "blogger", PER, "blogger" }, { "owner", PER, "owner" },
  { "partner", PER, "partner" }, { "commissioner", PER, "commissioner" },
  { "inspector", PER, "inspector" }, { "leader", PER, "leader" },
  { "candidate", PER, "candidate" }, { "chief", PER, "executive" },
  { "broker", PER, "broker" }, { "trader", PER, "trader" }, { "mayor", PER, "mayor" },
  { "physician", PER, "doctor" }, { "doctor", PER, "doctor" }, { "coach", PER, "coach" },
  { "negotiator", PER, "negotiator" }, { "auditor", PER, "auditor" },
  { "historian", PER, "historian" }, { "strategist", PER, "strategist" },
  { "pilot", PER, "pilot" }, { "captain", PER, "captain" }, { "architect", PER, "architect" },
  { "councillor", PER, "councillor" }, { "councilor", PER, "councillor" },
  { "deputy", PER, "deputy" }, { "treasurer", PER, "treasurer" },
  { "man", PER, "man" }, { "woman", PER, "woman" }, { "member", PER, "member" },
  { "nurse", PER, "nurse" }, { "driver", PER, "driver" }, { "teacher", PER, "teacher" },
  { "farmer", PER, "farmer" }, { "student", PER, "student" }, { "worker", PER, "worker" },
  { "soldier", PER, "soldier" }, { "epidemiologist", PER, "scientist" },
  { "keeper", PER, "keeper" }, { "trustee", PER, "trustee" }, { "writer", PER, "writer" },
  { "vice-chair", PER, "chair" }, { "governor", PER, "governor" },

  /* Unnamed speakers: never resolved to an entity. */
  { "source", ANO }, { "sources", ANO }, { "official", ANO }, { "officials", ANO },
  { "employee", ANO }, { "employees", ANO }, { "staff", ANO }, { "people", ANO },
  { "person", ANO }, { "witness", ANO }, { "witnesses", ANO }, { "resident", ANO },
  { "residents", ANO }, { "insider", ANO }, { "insiders", ANO }, { "critics", ANO },
  { "members", ANO }, { "analysts", ANO }, { "experts", ANO }, { "observers", ANO },
  { "researchers", ANO }, { "customers", ANO }, { "users", ANO }, { "workers", ANO },
  { "investors", ANO }, { "diplomats", ANO }, { "lawmakers", ANO }, { "colleague", ANO },
  { "colleagues", ANO }, { "friend", ANO }, { "friends", ANO }, { "neighbour", ANO },

  /* Kinds of organisation, by class. */
  { "company", ORG, "company" }, { "firm", ORG, "company" }, { "vendor", ORG, "company" },
  { "maker", ORG, "company" }, { "business", ORG, "company" },
  { "manufacturer", ORG, "company" }, { "startup", ORG, "company" },
  { "provider", ORG, "company" }, { "supplier", ORG, "company" },
  { "developer", ORG, "company" }, { "operator", ORG, "company" },
  { "carrier", ORG, "company" }, { "insurer", ORG, "company" }, { "lender", ORG, "company" },
  { "bank", ORG, "bank" }, { "retailer", ORG, "company" }, { "group", ORG, "organisation" },
  { "agency", ORG, "agency" }, { "directorate", ORG, "agency" },
  { "service", ORG, "agency" }, { "bureau", ORG, "agency" }, { "board", ORG, "board" },
  { "committee", ORG, "committee" }, { "commission", ORG, "commission" },
  { "council", ORG, "council" }, { "authority", ORG, "authority" },
  { "ministry", ORG, "ministry" }, { "department", ORG, "ministry" },
  { "regulator", ORG, "regulator" }, { "watchdog", ORG, "regulator" },
  { "government", ORG, "government" }, { "court", ORG, "court" },
  { "police", ORG, "police" }, { "party", ORG, "party" }, { "union", ORG, "union" },
  { "newspaper", ORG, "outlet" }, { "paper", ORG, "outlet" }, { "outlet", ORG, "outlet" },
  { "broadcaster", ORG, "outlet" }, { "magazine", ORG, "outlet" },
  { "publication", ORG, "outlet" }, { "daily", ORG, "outlet" }, { "wire", ORG, "outlet" },
  { "university", ORG, "university" }, { "institute", ORG, "institute" },
  { "organisation", ORG, "organisation" }, { "organization", ORG, "organisation" },
  { "charity", ORG, "organisation" }, { "foundation", ORG, "organisation" },
  { "office", ORG, "office" }, { "team", ORG, "organisation" },
  { "labs", ORG, "company" }, { "lab", ORG, "company" }, { "inc", ORG, "company" },
  { "ltd", ORG, "company" }, { "llc", ORG, "company" }, { "corp", ORG, "company" },
  { "corporation", ORG, "company" }, { "plc", ORG, "company" }, { "gmbh", ORG, "company" },
  { "technologies", ORG, "company" }, { "systems", ORG, "company" },
  { "software", ORG, "company" }, { "holdings", ORG, "company" },
  { "research", ORG, "company" }, { "partners", ORG, "company" },
  { "airlines", ORG, "company" }, { "energy", ORG, "company" },
  { "utilities", ORG, "company" }, { "motors", ORG, "company" },
  { "shipping", ORG, "company" }, { "freight", ORG, "company" },
  { "logistics", ORG, "company" }, { "pharmaceuticals", ORG, "company" },
  { "telecom", ORG, "company" }, { "airways", ORG, "company" },
  { "mining", ORG, "company" }, { "foods", ORG, "company" }, { "studio", ORG, "company" },
  { "federation", ORG, "organisation" }, { "association", ORG, "organisation" },
  { "alliance", ORG, "organisation" }, { "coalition", ORG, "organisation" },
  { "forum", ORG, "organisation" }, { "society", ORG, "organisation" },
  { "network", ORG, "organisation" }, { "club", ORG, "organisation" },
  { "league", ORG, "organisation" }, { "trust", ORG, "organisation" },
  { "hospital", ORG, "organisation" }, { "school", ORG, "organisation" },
  { "treasury", ORG, "ministry" }, { "parliament", ORG, "government" },
  { "museum", ORG, "museum" }, { "gallery", ORG, "museum" }, { "library", ORG, "library" },
  { "theatre", ORG, "organisation" }, { "orchestra", ORG, "organisation" },
  { "church", ORG, "organisation" }, { "airport", ORG, "organisation" },
  { "prison", ORG, "organisation" }, { "zoo", ORG, "organisation" },
  { "college", ORG, "university" }, { "academy", ORG, "institute" },
  { "army", ORG, "organisation" }, { "navy", ORG, "organisation" },
  { "embassy", ORG, "organisation" }, { "consulate", ORG, "organisation" },
  { "collection", ORG, "museum" }, { "archive", ORG, "library" },

  /* Documents speak for their author: "the company's statement says". */
  { "statement", DOC, "statement" }, { "story", DOC, "story" }, { "report", DOC, "report" },
  { "summary", DOC, "summary" }, { "release", DOC, "release" }, { "letter", DOC, "letter" },
  { "email", DOC, "email" }, { "post", DOC, "post" }, { "article", DOC, "article" },
  { "website", DOC, "website" }, { "filing", DOC, "filing" }, { "findings", DOC, "findings" },
  { "blog", DOC, "blog" }, { "editorial", DOC, "editorial" }, { "notice", DOC, "notice" },
  { "directive", DOC, "directive" }, { "memo", DOC, "memo" }, { "ruling", DOC, "ruling" },
  { "account", DOC, "account" }, { "complaint", DOC, "complaint" },
  { "announcement", DOC, "announcement" }, { "transcript", DOC, "transcript" },
  { "interview", DOC, "interview" }, { "figures", DOC, "figures" }, { "lawsuit", DOC, "lawsuit" },
  { "paper", DOC, "paper" }, { "study", DOC, "study" }, { "tweet", DOC, "tweet" },
  { "speech", DOC, "speech" }, { "minutes", DOC, "minutes" }, { "documents", DOC, "documents" },
};

static GHashTable *
build_table (void)
{
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      DsrLexEntry *entry = g_hash_table_lookup (table, entries[i].word);

      /* A word listed twice keeps every meaning; the first key wins. */
      if (entry == NULL)
        {
          entry = g_new0 (DsrLexEntry, 1);
          g_hash_table_insert (table, (gpointer)entries[i].word, entry);
        }
      entry->flags |= entries[i].flags;
      if (entry->key == NULL)
        entry->key = entries[i].key;
    }
  return table;
}

const DsrLexEntry *
_dsr_quotes_lexicon_lookup (const char *lower_word)
{
  static gsize table_ready = 0;
  static GHashTable *table = NULL;

  if (g_once_init_enter (&table_ready))
    {
      table = build_table ();
      g_once_init_leave (&table_ready, 1);
    }
  return g_hash_table_lookup (table, lower_word);
}
