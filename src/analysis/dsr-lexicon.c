/* dsr-lexicon.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-lexicon"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "dsr-lexicon-private.h"
#include "dsr-recognizer.h"

/* The word lists behind entity recognition. The big ones come from Debian packages and
 * are read from the system at run time: the dictionary (wamerican) tells common words from
 * names, iso-codes gives countries and their subdivisions, tzdata's zone1970.tab gives
 * cities, and Text::Names (libtext-names-perl) carries the US census lists of common given
 * names and surnames. The small closed lists of cue words below are our own. */

#define DICT_PATH        "/usr/share/dict/words"
#define ISO_3166_1_PATH  "/usr/share/iso-codes/json/iso_3166-1.json"
#define ISO_3166_2_PATH  "/usr/share/iso-codes/json/iso_3166-2.json"
#define ZONE_TAB_PATH    "/usr/share/zoneinfo/zone1970.tab"
#define TEXT_NAMES_PATH  "/usr/share/perl5/Text/Names.pm"

/* Female given names past this rank in the census list are mostly rare spellings and
 * common words ("China", "Summer"); the male list is shorter and cleaner. */
#define MAX_FEMALE_RANK 1200

struct _DsrLexicon
{
  GHashTable *words;   /* lower-cased word or phrase -> DsrLexFlags */
  GHashTable *cues;    /* lower-cased word or phrase -> DsrCueFlags */
};

typedef struct
{
  guint              flags;
  const char * const *words;
} StaticList;

static const char * const function_words[] = {
  "a", "about", "above", "according", "across", "after", "afterwards", "again", "against",
  "all", "almost", "also", "although", "always", "among", "an", "and", "another", "any",
  "anyone", "anything", "are", "around", "as", "at", "back", "be", "because", "been",
  "before", "being", "below", "besides", "between", "beyond", "both", "but", "by", "can",
  "could", "despite", "did", "do", "does", "down", "during", "each", "either", "else",
  "even", "ever", "every", "everyone", "few", "first", "for", "from", "further", "had",
  "has", "have", "he", "hence", "her", "here", "hers", "herself", "him", "himself", "his",
  "how", "however", "i", "if", "in", "indeed", "instead", "into", "is", "it", "its",
  "itself", "just", "last", "later", "least", "less", "like", "many", "may", "maybe",
  "me", "meanwhile", "might", "more", "moreover", "most", "much", "must", "my", "near",
  "neither", "never", "nevertheless", "next", "no", "nobody", "none", "nor", "not",
  "nothing", "now", "of", "off", "often", "on", "once", "one", "only", "or", "other",
  "others", "otherwise", "our", "ours", "out", "over", "perhaps", "please", "rather",
  "several", "she", "should", "since", "so", "some", "someone", "something", "sometimes",
  "soon", "still", "such", "than", "that", "the", "their", "theirs", "them", "then",
  "there", "therefore", "these", "they", "this", "those", "though", "through",
  "throughout", "thus", "to", "today", "together", "tomorrow", "too", "toward", "towards",
  "two", "three", "under", "unless", "unlike", "until", "up", "upon", "us", "very", "was",
  "we", "were", "what", "whatever", "when", "whenever", "where", "whereas", "whether",
  "which", "while", "who", "whoever", "whom", "whose", "why", "will", "with", "within",
  "without", "would", "yes", "yesterday", "yet", "you", "your", "yours", "oh", "well",
  "thank", "thanks", "dear", "hello", "ok", "okay", "mrs.", "sir.", NULL
};

static const char * const not_name_words[] = {
  "i", "i'm", "i've", "i'd", "i'll",
  "january", "february", "march", "april", "june", "july", "august", "september",
  "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
  "sep", "sept", "oct", "nov", "dec",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "christmas", "easter", "ramadan", "halloween", "thanksgiving",
  "god", "christianity", "islam", "judaism", "buddhism", "hinduism",
  "internet", "web", "tv", "pm", "am", "ad", "bc", "ce", "bce", "ok", "gdp", "dna", "ai",
  "ceo", "cfo", "cto", "coo", "cio", "ciso", "vp", "mp", "hq", "it", "pc", "id", "faq",
  "pdf", "html", "url", "usb", "gps", "sms", "vpn", "api", "ip", "ddos", "hiv", "aids",
  "covid", "sars", "phd", "ba", "ma", "msc", "bsc", "mba", "lol", "etc", "vs",
  "b.c", "b.c.e", "a.d", "c.e", "m.a", "b.a", "ph.d", "m.sc", "b.sc", "m.b.a", "a.m", "p.m",
  "north", "south", "east", "west", "northern", "southern", "eastern", "western",
  "central", "northeast", "northwest", "southeast", "southwest",
  "english", "french", "spanish", "german", "latin", "arabic", "greek", "hebrew",
  "mandarin", "cantonese", "hindi", "urdu", "persian", "farsi", "swahili",
  "christian", "christians", "muslim", "muslims", "jewish", "jew", "jews", "catholic",
  "catholics", "protestant", "protestants", "orthodox", "sunni", "shia", "shiite",
  "hindu", "hindus", "buddhist", "buddhists", "islamic", "islamist", "islamists",
  "democrat", "republican", "communist", "socialist", "conservative", "liberal",
  "nazi", "nazis", "soviet", "soviets", "arab", "arabs", "latino", "latinos", "european",
  "europeans", "african", "africans", "asian", "asians", "american", "americans",
  "western", "westerners", "celtic", "roman", "romans", "byzantine", "ottoman",
  "victorian", "medieval", "renaissance", "baroque", "gothic", "anglo", "caucasian",
  "hispanic", "aboriginal", "indigenous", "mr.", "mrs", "ms.", NULL
};

static const char * const title_words[] = {
  "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord",
  "lady", "rev", "reverend", "fr", "father", "sister", "brother", "president",
  "vice-president", "chairman", "chairwoman", "chairperson", "chair", "premier",
  "chancellor", "minister", "secretary", "senator", "sen", "rep", "representative",
  "congressman", "congresswoman", "governor", "gov", "mayor", "judge", "justice",
  "ambassador", "general", "gen", "colonel", "col", "major", "maj", "captain", "capt",
  "lieutenant", "lt", "sergeant", "sgt", "admiral", "adm", "commander", "officer",
  "detective", "inspector", "king", "queen", "prince", "princess", "emperor", "empress",
  "pope", "cardinal", "bishop", "archbishop", "rabbi", "imam", "sheikh", "sheik",
  "ayatollah", "pastor", "saint", "coach", "agent", "deputy", "councillor", "councilman",
  "councilwoman", "alderman", "sheriff", "attorney", "prosecutor", "chief", "director",
  "spokesman", "spokeswoman", "spokesperson", "ceo", "cfo", "cto", "coo", "cio", "ciso",
  "founder", "co-founder", "cofounder", "head", "leader", "mp", "mep", "pm", "dj",
  "dictator", "tsar", "czar", "shah", "sultan", "emir", "chef", "nurse", "doctor",
  "uncle", "aunt", "grandma", "grandpa", "mother", "mum", "mom", "dad", "duke", "duchess",
  "earl", "count", "countess", "baron", "baroness", "marquess", "marquis", "viscount",
  "archduke", "grand duke", "margrave", "tsarina", "pharaoh", "khan", NULL
};

static const char * const role_words[] = {
  "analyst", "analysts", "author", "researcher", "researchers", "reporter",
  "journalist", "editor", "correspondent", "columnist", "writer", "novelist", "poet",
  "consultant", "expert", "economist", "scientist", "engineer", "lawyer", "attorney",
  "spokesman", "spokeswoman", "spokesperson", "executive", "manager", "chief", "founder",
  "co-founder", "owner", "director", "chairman", "president", "secretary", "minister",
  "official", "officials", "professor", "lecturer", "historian", "actor", "actress",
  "singer", "musician", "artist", "composer", "player", "striker", "goalkeeper",
  "midfielder", "defender", "coach", "manager", "driver", "captain", "pilot", "boxer",
  "designer", "architect", "photographer", "filmmaker", "producer", "comedian",
  "investigator", "officer", "detective", "prosecutor", "judge", "senator", "mayor",
  "governor", "premier", "candidate", "politician", "lawmaker", "legislator",
  "businessman", "businesswoman", "entrepreneur", "investor", "billionaire", "banker",
  "activist", "campaigner", "leader", "adviser", "advisor", "aide", "diplomat",
  "ambassador", "envoy", "colleague", "friend", "wife", "husband", "son", "daughter",
  "brother", "sister", "father", "mother", "uncle", "aunt", "nephew", "niece", "cousin",
  "widow", "partner", "boss", "employee", "staffer", "hacker", "blogger", "critic",
  "philosopher", "theologian", "physicist", "chemist", "biologist", "mathematician",
  "economists", "president-elect", "king", "queen", "emperor", "tennis", "star",
  "ceo", "cfo", "cto", "coo", "cio", "ciso", "dr", "mr", "mrs", "ms", "named", "dubbed",
  "nicknamed", "alias", "née", NULL
};

static const char * const org_words[] = {
  "agency", "agencies", "committee", "commission", "service", "services", "labs", "lab",
  "laboratory", "laboratories", "inc", "inc.", "ltd", "ltd.", "llc", "llp", "plc", "gmbh",
  "ag", "sa", "s.a.", "nv", "bv", "oy", "ab", "co", "co.", "corp", "corp.", "corporation",
  "company", "companies", "group", "holdings", "research", "board", "ministry",
  "department", "university", "college", "school", "academy", "institute", "institution",
  "bank", "council", "association", "society", "foundation", "fund", "trust", "federation",
  "union", "league", "party", "front", "movement", "army", "navy", "force", "forces",
  "police", "guard", "court", "parliament", "congress", "senate", "assembly", "cabinet",
  "government", "administration", "office", "bureau", "directorate", "authority",
  "organisation", "organization", "alliance", "coalition", "network", "networks",
  "systems", "technologies", "technology", "software", "solutions", "security",
  "partners", "associates", "consulting", "media", "news", "press", "times", "post",
  "journal", "herald", "tribune", "gazette", "telegraph", "guardian", "review", "magazine",
  "wire", "radio", "television", "broadcasting", "airlines", "airways", "motors",
  "industries", "enterprises", "international", "worldwide", "global", "club", "fc",
  "united", "team", "church", "hospital", "clinic", "museum", "library", "gallery",
  "center", "centre", "studio", "studios", "records", "pictures", "entertainment",
  "publishing", "publishers", "books", "energy", "oil", "gas", "petroleum", "electric",
  "telecom", "communications", "pharmaceuticals", "capital", "investments", "partners",
  "ventures", "brands", "foods", "stores", "markets", "exchange", "reserve", "treasury",
  "tribunal", "commissariat", "politburo", "duma", "knesset", "bundestag", "junta",
  "brigade", "battalion", "regiment", "division", "corps", "command", "fleet", "squad",
  "taskforce", "initiative", "project", "program", "programme", "observatory", "monitor",
  "watch", "institutes", "dynamics", "robotics", "analytics", "aerospace", "defense",
  "defence", "intelligence", "kgb", "fsb", "cia", "nsa", "fbi", "empire", "dynasty",
  "caliphate", "sultanate", "khanate", NULL
};

static const char * const party_words[] = {
  "democrats", "republicans", "tories", "whigs", "conservatives", "liberals", "socialists",
  "communists", "bolsheviks", "mensheviks", "greens", "national socialists",
  "social democrats", "christian democrats", "liberal democrats", NULL
};

/* Lower-case nouns for organisations: "the carmaker Tesla", "companies such as Uber". */
static const char * const org_nouns[] = {
  "company", "companies", "firm", "firms", "carmaker", "carmakers", "automaker",
  "automakers", "retailer", "retailers", "startup", "startups", "start-up", "start-ups",
  "bank", "banks", "lender", "broadcaster", "broadcasters", "newspaper", "newspapers",
  "agency", "agencies", "airline", "airlines", "carrier", "insurer", "insurers", "giant",
  "giants", "manufacturer", "manufacturers", "maker", "makers", "publisher", "publishers",
  "brand", "brands", "band", "bands", "club", "clubs", "network", "networks", "chain",
  "conglomerate", "subsidiary", "subsidiaries", "rival", "rivals", "platform",
  "platforms", "app", "apps", "website", "websites", "outlet", "outlets", "daily",
  "magazine", "label", "studio", "studios", "charity", "charities", "nonprofit",
  "organisation", "organisations", "organization", "organizations", "group", "groups",
  "party", "parties", "union", "unions", "university", "universities", "school",
  "operator", "operators", "darling", "vendor", "vendors", "supplier", "suppliers",
  "developer", "developers", "powers", "governments", "drugmaker", "drugmakers",
  "chipmaker", "chipmakers", "miner", "miners", "refiner", "exporter", "utility",
  "conglomerates", "broker", "brokerage", NULL
};

static const char * const org_heads[] = {
  "university", "ministry", "department", "bank", "institute", "council", "commission",
  "committee", "office", "bureau", "board", "academy", "college", "school", "museum",
  "church", "house", "court", "party", "league", "federation", "union", "association",
  "society", "directorate", "agency", "order", "army", "navy", "federal", "national",
  "royal", "central", "state", "people's", "democratic", NULL
};

static const char * const place_words[] = {
  "river", "lake", "sea", "ocean", "bay", "gulf", "strait", "straits", "channel",
  "island", "islands", "isles", "peninsula", "cape", "coast", "mountain", "mountains",
  "mount", "mt", "hill", "hills", "valley", "desert", "forest", "park", "square",
  "street", "st", "avenue", "ave", "road", "rd", "boulevard", "lane", "bridge", "airport",
  "station", "port", "harbour", "harbor", "county", "province", "state", "city", "town",
  "village", "district", "region", "territory", "prefecture", "oblast", "krai",
  "republic", "kingdom", "emirates", "heights", "falls", "beach", "canyon", "plain",
  "plains", "plateau", "basin", "delta", "glacier", "volcano", "reef", "pass", "creek",
  "springs", "woods", "grove", "borough", "quarter", "oblast'", "raion", "governorate",
  "canal", "dam", "stadium", "arena", "palace", "castle", "tower", NULL
};

static const char * const place_heads[] = {
  "lake", "mount", "mt", "gulf", "bay", "cape", "isle", "isles", "sea", "strait",
  "republic", "kingdom", "city", "county", "province", "state", "port", "fort", "st",
  "principality", "duchy", "emirate", "canton", "municipality", "community", "district",
  "region", "prefecture", "island",
  "san", "santa", "saint", "los", "las", "new", "north", "south", "east", "west", "upper",
  "lower", "greater", "great", "outer", "inner", "northern", "southern", "eastern", "western", "central", "northeast",
  "northwest", "southeast", "southwest", NULL
};

static const char * const particle_words[] = {
  "de", "del", "della", "der", "den", "di", "da", "dos", "das", "du", "van", "von", "la",
  "le", "bin", "ibn", "al", "el", "ben", "y", "zu", "ter", "ten", "dei", "abu", "las", "los",
  "les", "des", NULL
};

static const char * const place_preps[] = {
  "in", "near", "across", "throughout", "outside", "inside", "around", "towards",
  "toward", "-based", "northern", "southern", "eastern", "western", "central", "visit",
  "visited", "visiting", "capital", "border", "invaded", "invade", "captured", "capture",
  "conquered", "conquer", "besieged", "occupied", "occupy",
  /* lower-case nouns for places: "the river Nestus", "the town of Husum" */
  "river", "city", "town", "village", "port", "island", "region", "province", "district",
  "county", "fortress", "harbour", "harbor", "valley", "suburb", "township", NULL
};

static const char * const weak_preps[] = {
  "from", "to", "at", "into", "via", "between", "leave", "left", "entered", "reached",
  "arrived", "moved", "born", "lives", "lived", "past", NULL
};

static const char * const speech_words[] = {
  "said", "says", "say", "told", "tells", "added", "adds", "noted", "notes", "argued",
  "argues", "wrote", "writes", "stated", "states", "claimed", "claims", "alleged",
  "alleges", "explained", "explains", "recalled", "recalls", "believes", "believed",
  "thinks", "thought", "insisted", "insists", "admitted", "admits", "denied", "denies",
  "warned", "warns", "asked", "asks", "replied", "replies", "responded", "declared",
  "announced", "confirmed", "acknowledged", "suggested", "remarked", NULL
};

static const char * const person_verbs[] = {
  "died", "dies", "born", "married", "marries", "wife", "husband", "himself", "herself",
  "he", "she", "his", "her", "him", "smiled", "laughed", "sang", "resigned", "starred",
  "retired", "grew", "felt", "feels", "loves", "loved", "wants", "wanted", "hopes",
  "hoped", "knew", "knows", "played", "plays", "met", "meets", "aged", "years", "was",
  "had", "studied", NULL
};

static const char * const org_preps[] = {
  "joined", "join", "joining", "company", "firm", "group", "at", "by", "for", "with",
  "against", "sued", "acquired", "bought", NULL
};

static const char * const event_words[] = {
  "war", "wars", "revolution", "age", "ages", "era", "period", "crisis", "games",
  "olympics", "universiade", "award", "awards", "prize", "cup", "championship",
  "championships", "festival", "testament", "treaty", "act", "accord", "accords",
  "agreement", "battle", "reformation", "summit", "conference", "day", "year", "series",
  "show", "season", "tour", "open", "trophy", "grand prix", "expo", "fair", "protocol",
  "convention", "declaration", "doctrine", "plan", "rebellion", "uprising", "massacre",
  "siege", "campaign", "offensive", "bible", "koran", "quran", NULL
};

static const char * const org_suffixes[] = {
  "inc", "ltd", "llc", "llp", "plc", "gmbh", "ag", "corp", "co", "s.a", "oy", "ab", "nv",
  "bv", NULL
};

static const char * const abbreviations[] = {
  "mr", "mrs", "ms", "dr", "prof", "st", "mt", "gen", "col", "capt", "lt", "sgt", "adm",
  "gov", "sen", "rep", "rev", "fr", "jr", "sr", "inc", "ltd", "corp", "co", "vs", "etc",
  "no", "ft", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
  "nov", "dec", "approx", "dept", "est", "fig", "maj", NULL
};

/* Names the country list gives in a long or formal form only. */
static const char * const extra_countries[] = {
  "russia", "britain", "great britain", "america", "england", "scotland", "wales",
  "northern ireland", "iran", "syria", "vietnam", "laos", "bolivia", "venezuela",
  "moldova", "tanzania", "czech republic", "czechia", "south korea", "north korea",
  "korea", "taiwan", "palestine", "kosovo", "macedonia", "burma", "holland",
  "ivory coast", "bahamas", "philippines",
  /* the only two whose article is part of the name; elsewhere "the" stays outside */
  "the netherlands", "the gambia",
  "us", "u.s.", "usa", "u.s.a.", "uk", "u.k.", "uae", "ussr", "soviet union",
  "europe", "asia", "africa", "north america", "south america", "latin america",
  "antarctica", "oceania", "australasia", "middle east",
  "eurasia", "scandinavia", "balkans", "caucasus",
  "siberia", "crimea", "kashmir", "tibet", "gaza", "west bank",
  "sahara", "caribbean", "mediterranean",
  "arctic", "baltic", "persian gulf",
  "silicon valley", "wall street", "hong kong", "macau", "new england", "midwest",
  "yugoslavia", "czechoslovakia", "prussia", "persia", "mesopotamia",
  "bavaria", "catalonia", "flanders", "wallonia", "quebec", "ontario", "texas",
  "california", "florida", "alaska", "hawaii", NULL
};

/* Cities well past the time-zone list: capitals and large cities the zone file names
 * through a neighbour. */
static const char * const extra_cities[] = {
  "ottawa", "washington", "washington, d.c.", "new york city", "beijing", "new delhi",
  "delhi", "mumbai", "bangalore", "kiev", "kyiv", "st. petersburg", "saint petersburg",
  "petersburg", "leningrad", "stalingrad", "volgograd", "novosibirsk", "munich",
  "frankfurt", "hamburg", "cologne", "milan", "naples", "venice", "florence",
  "barcelona", "seville", "marseille", "lyon", "geneva", "manchester", "liverpool",
  "birmingham", "edinburgh", "glasgow", "oxford", "cambridge", "boston", "philadelphia",
  "san francisco", "seattle", "atlanta", "dallas", "houston", "miami", "las vegas",
  "san diego", "baltimore", "pittsburgh", "cleveland", "montreal", "calgary",
  "osaka", "kyoto", "hiroshima", "nagasaki", "shenzhen", "guangzhou", "wuhan",
  "chennai", "kolkata", "calcutta", "bombay", "islamabad", "lahore", "mecca", "medina",
  "jerusalem", "tel aviv", "bethlehem", "aleppo", "mosul", "basra", "fallujah",
  "benghazi", "alexandria", "rio", "rio de janeiro", "brasilia", "rotterdam",
  "the hague", "antwerp", "krakow", "gdansk", "st petersburg", "canberra",
  "wellington", "rome", "sunderland", "leeds", "bristol", "sheffield", "cardiff",
  "belfast", "dublin", "salzburg", "bonn", "potsdam", "dresden", "leipzig", "nice",
  "cannes", "bordeaux", "toulouse", "strasbourg", "pyongyang", "seoul", "hanoi",
  "saigon", "ho chi minh city", "damascus", "beirut", "baghdad", "kabul", "tehran",
  "ankara", "istanbul", "constantinople", "athens", "sparta", "troy", "babylon", NULL
};

static const char * const irregular_demonyms[] = {
  "french", "frenchman", "frenchmen", "british", "briton", "britons", "brit", "brits",
  "english", "englishman", "scottish", "scot", "scots", "welsh", "irish", "irishman",
  "dutch", "dutchman", "swiss", "greek", "greeks", "spanish", "spaniard", "spaniards",
  "turkish", "turk", "turks", "polish", "pole", "poles", "danish", "dane", "danes",
  "swedish", "swede", "swedes", "finnish", "finn", "finns", "norwegian", "icelandic",
  "thai", "filipino", "filipinos", "chinese", "japanese", "vietnamese", "taiwanese",
  "lebanese", "sudanese", "portuguese", "burmese", "nepalese", "congolese", "senegalese",
  "maltese", "korean", "koreans", "american", "americans", "canadian", "canadians",
  "russian", "russians", "ukrainian", "ukrainians", "belarusian", "german", "germans",
  "italian", "italians", "israeli", "israelis", "iraqi", "iraqis", "iranian", "iranians",
  "afghan", "afghans", "pakistani", "pakistanis", "saudi", "saudis", "yemeni", "kuwaiti",
  "qatari", "emirati", "omani", "bahraini", "syrian", "syrians", "egyptian", "egyptians",
  "libyan", "tunisian", "moroccan", "algerian", "kurdish", "kurd", "kurds", "palestinian",
  "palestinians", "uzbek", "kazakh", "kyrgyz", "tajik", "turkmen", "azeri", "azerbaijani",
  "georgian", "armenian", "chechen", "chechens", "tatar", "bosnian", "serb", "serbs",
  "serbian", "croat", "croats", "croatian", "slovak", "slovene", "slovenian", "czech",
  "czechs", "hungarian", "romanian", "bulgarian", "albanian", "macedonian", "estonian",
  "latvian", "lithuanian", "mexican", "mexicans", "brazilian", "brazilians",
  "argentine", "argentinian", "chilean", "peruvian", "colombian", "venezuelan",
  "cuban", "cubans", "haitian", "jamaican", "australian", "australians", "kiwi",
  "zealander", "indian", "indians", "bangladeshi", "sri lankan", "nigerian", "kenyan",
  "ethiopian", "somali", "ghanaian", "south african", "zimbabwean", "european",
  "europeans", "african", "africans", "asian", "asians", "arab", "arabs", "soviet",
  "persian", "bavarian", "catalan", "basque", "flemish", "quebecer", "texan",
  "californian", "londoner", "londoners", "muscovite", "muscovites", "parisian",
  "new yorker", "new yorkers", "north korean", "south korean", "scandinavian",
  "balkan", "caucasian", "siberian", "crimean", "tibetan", "uyghur", "uighur",
  "hispanic", "latino", "latina", "anglo", "saxon", "nordic", "slav", "slavic", "roman",
  "ottoman", "byzantine", "mongol", "mongolian", "viking", "vikings", "aztec", "maya",
  "mayan", "inca", "yankee", "yankees", NULL
};

/* Cue words (DsrCueFlags) */

static const char * const org_after_words[] = {
  "spokesman", "spokeswoman", "spokesperson", "spokespeople", "shares", "stock",
  "shareholders", "stockholders", "employees", "executives", "headquarters", "subsidiary",
  "ceo", "cfo", "cto", "coo", "chairman", "chairwoman", "founder", "co-founder", "boss",
  "customers", "subscribers", NULL
};

/* After a possessive: words a person has too ("spokesman", "lawyer") are left out. */
static const char * const org_owns_words[] = {
  "shares", "stock", "shareholders", "stockholders", "headquarters", "subsidiary",
  "subsidiaries", "customers", "subscribers", "revenue", "revenues", "profit", "profits",
  "earnings", "ceo", "cfo", "cto", "coo", "chief", "founder", "co-founder", "chairman",
  "chairwoman", "board", "products", "website", "stake", "stakes", "shareholder",
  "investors", NULL
};

static const char * const org_of_words[] = {
  "shares", "stake", "stakes", "founder", "co-founder", "ceo", "cfo", "cto", "coo",
  "executive", "chairman", "chairwoman", "employees", "employee", "subsidiary",
  "acquisition", "takeover", "shareholders", "shareholder", "investors", "investor",
  "owner", "owners", "board", "staff", NULL
};

static const char * const kin_words[] = {
  "brother", "sister", "wife", "husband", "son", "daughter", "father", "mother", "widow",
  "widower", "parents", "children", "grandson", "granddaughter", "grandfather",
  "grandmother", "uncle", "aunt", "nephew", "niece", "girlfriend", "boyfriend", "fiancée",
  "fiancé", "fiancee", "career", "life", "death", "birth", "funeral", "biography",
  "memoir", "autobiography", "debut", "marriage", "wedding", "childhood", "youth",
  "lawyer", "lawyers", "attorney", NULL
};

static const char * const diplomacy_words[] = {
  "war", "wars", "talks", "relations", "ties", "treaty", "treaties", "deal", "agreement",
  "negotiations", "sanctions", "pressure", "blame", "alliance", "dispute", "conflict",
  "tensions", "embargo", "ceded", "allied", "negotiated", "recognition", "surrendered",
  "declared", NULL
};

/* Regions of the world, seas and continents from the country list above. */
static const char * const world_regions[] = {
  "europe", "asia", "africa", "america", "americas", "north america", "south america",
  "latin america", "antarctica", "oceania", "australasia", "middle east", "eurasia",
  "scandinavia", "balkans", "caucasus", "siberia", "sahara", "caribbean", "mediterranean",
  "arctic", "antarctic", "baltic", "persian gulf", "silicon valley", "wall street",
  "new england", "midwest", "west bank", "gaza", "kashmir", "crimea", NULL
};

static const char * const foreign_place_heads[] = {
  "casa", "villa", "punta", "plaza", "piazza", "via", "rue", "calle", "puerto", "porto",
  "monte", "mont", "rio", "río", "isla", "costa", "sierra", "cerro", "playa", "praia",
  "lago", "cabo", "ponte", "ciudad", "bahía", "laguna", "quinta", "largo", "praça", NULL
};

static const char * const thing_words[] = {
  "malware", "toolkit", "virus", "worm", "trojan", "ransomware", "spyware", "botnet",
  "exploit", "software", "tool", "program", "programme", "app", "application", "product",
  "device", "phone", "smartphone", "drug", "vaccine", "game", "language", "protocol",
  "operating", "system", "vehicle", "car", "aircraft", "plane", "ship", "vessel",
  "satellite", "rocket", "missile", "weapon", "backdoor", "implant", "platform", NULL
};

static const char * const modal_words[] = {
  "would", "will", "could", "should", "must", "might", "may", "can", "shall", "did",
  "does", "wouldn't", "won't", "couldn't", "shouldn't", "can't", "cannot", NULL
};

/* Not "is": "Italy is expected to grow" describes the land. */
static const char * const auxiliary_words[] = {
  "was", "were", "had", "has", "have", "hasn't", "hadn't", "wasn't", "weren't", NULL
};

static const StaticList cue_lists[] = {
  { CUE_ORG_AFTER, org_after_words },
  { CUE_ORG_OWNS, org_owns_words },
  { CUE_ORG_OF, org_of_words },
  { CUE_KIN, kin_words },
  { CUE_DIPLOMACY, diplomacy_words },
  { CUE_WORLD_REGION, world_regions },
  { CUE_PLACE_HEAD, foreign_place_heads },
  { CUE_THING, thing_words },
  { CUE_MODAL, modal_words },
  { CUE_AUXILIARY, auxiliary_words },
};

static const StaticList static_lists[] = {
  { LEX_FUNCTION, function_words },
  { LEX_NOT_NAME, not_name_words },
  { LEX_TITLE, title_words },
  { LEX_ROLE, role_words },
  { LEX_ORG_WORD, org_words },
  { LEX_ORG_HEAD, org_heads },
  { LEX_PARTY, party_words },
  { LEX_ORG_NOUN, org_nouns },
  { LEX_PLACE_WORD, place_words },
  { LEX_PLACE_HEAD, place_heads },
  { LEX_PARTICLE, particle_words },
  { LEX_PLACE_PREP, place_preps },
  { LEX_WEAK_PREP, weak_preps },
  { LEX_SPEECH, speech_words },
  { LEX_PERSON_VERB, person_verbs },
  { LEX_ORG_PREP, org_preps },
  { LEX_ORG_SUFFIX, org_suffixes },
  { LEX_EVENT, event_words },
  { LEX_ABBREV, abbreviations },
  { LEX_COUNTRY, extra_countries },
  { LEX_CITY, extra_cities },
  { LEX_DEMONYM, irregular_demonyms },
};

void
_dsr_lexicon_add_flags (GHashTable *words,
                        const char *key,
                        guint       flags)
{
  gpointer old;

  if (g_hash_table_lookup_extended (words, key, NULL, &old))
    g_hash_table_insert (words, g_strdup (key), GUINT_TO_POINTER (GPOINTER_TO_UINT (old) | flags));
  else
    g_hash_table_insert (words, g_strdup (key), GUINT_TO_POINTER (flags));
}

static void
add_name (GHashTable *words,
          const char *name,
          gssize      len,
          guint       flags)
{
  g_autofree char *lower = g_utf8_strdown (name, len);

  g_strstrip (lower);
  if (*lower != '\0')
    _dsr_lexicon_add_flags (words, lower, flags);
}

static gboolean
load_dictionary (GHashTable  *words,
                 GError     **error)
{
  g_autofree char *contents = NULL;
  char *line;
  char *next;

  if (!g_file_get_contents (DICT_PATH, &contents, NULL, error))
    {
      g_prefix_error (error, _("Could not read the word list (install wamerican): "));
      return FALSE;
    }

  for (line = contents; line != NULL && *line != '\0'; line = next)
    {
      gunichar first;

      next = strchr (line, '\n');
      if (next != NULL)
        *next++ = '\0';
      if (g_str_has_suffix (line, "'s") || !g_utf8_validate (line, -1, NULL))
        continue;
      first = g_utf8_get_char (line);
      add_name (words, line, -1, g_unichar_isupper (first) ? LEX_PROPER : LEX_LOWER);
    }

  return TRUE;
}

/* "Korea, Republic of" -> "Korea"; "Bolivia (Plurinational State of)" -> "Bolivia". */
static void
add_place_name (GHashTable *words,
                const char *name,
                guint       flags)
{
  gsize len = strcspn (name, ",(");

  while (len > 0 && name[len - 1] == ' ')
    len--;
  if (len > 0)
    add_name (words, name, len, flags);
}

/* Demonyms follow a handful of patterns; a form that is not a real word does no harm,
 * since it is only ever checked against capitalised words in running text. */
static void
add_demonyms (GHashTable *words,
              const char *country)
{
  static const char * const endings[] = { "n", "an", "ian", "ese", "i", "ish", NULL };
  g_autofree char *lower = NULL;
  gsize len;

  if (strchr (country, ' ') != NULL || strchr (country, ',') != NULL)
    return;

  lower = g_utf8_strdown (country, -1);
  len = strlen (lower);
  if (len < 4)
    return;

  for (guint i = 0; endings[i] != NULL; i++)
    {
      g_autofree char *stem = NULL;
      g_autofree char *form = NULL;
      g_autofree char *plural = NULL;

      /* Italy -> Italian, Chad -> Chadian, Kenya -> Kenyan, Japan -> Japanese */
      if (lower[len - 1] == 'y' || lower[len - 1] == 'a' || lower[len - 1] == 'e'
          || lower[len - 1] == 'o')
        stem = g_strndup (lower, len - 1);
      else
        stem = g_strdup (lower);

      form = g_strconcat (stem, endings[i], NULL);
      plural = g_strconcat (form, "s", NULL);
      _dsr_lexicon_add_flags (words, form, LEX_DEMONYM);
      _dsr_lexicon_add_flags (words, plural, LEX_DEMONYM);

      if (lower[len - 1] == 'a')
        {
          g_autofree char *whole = g_strconcat (lower, endings[i], NULL);
          g_autofree char *wholes = g_strconcat (whole, "s", NULL);

          _dsr_lexicon_add_flags (words, whole, LEX_DEMONYM);
          _dsr_lexicon_add_flags (words, wholes, LEX_DEMONYM);
        }
    }
}

static gboolean
load_iso_file (GHashTable  *words,
               const char  *path,
               const char  *member,
               gboolean     countries,
               GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonNode *root;
  JsonArray *array;

  if (!json_parser_load_from_file (parser, path, error))
    {
      g_prefix_error (error, _("Could not read the country list (install iso-codes): "));
      return FALSE;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root)
      || !json_object_has_member (json_node_get_object (root), member))
    {
      g_set_error (error, DSR_RECOGNIZER_ERROR, DSR_RECOGNIZER_ERROR_WORD_LIST,
                   _("Unexpected contents in %s"), path);
      return FALSE;
    }

  array = json_object_get_array_member (json_node_get_object (root), member);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *entry = json_array_get_object_element (array, i);
      static const char * const fields[] = { "name", "common_name", "official_name", NULL };

      if (entry == NULL)
        continue;

      for (guint f = 0; fields[f] != NULL; f++)
        {
          const char *name = json_object_get_string_member_with_default (entry, fields[f], NULL);

          if (name == NULL)
            continue;

          if (countries)
            {
              add_place_name (words, name, LEX_COUNTRY);
              if (f != 2)
                add_demonyms (words, name);
            }
          else
            {
              g_autofree char *lower = g_utf8_strdown (name, -1);
              guint old = GPOINTER_TO_UINT (g_hash_table_lookup (words, lower));

              /* Subdivisions named with a common word ("Centre", "Plateau") would turn
               * ordinary capitalised words into places. */
              if ((old & (LEX_LOWER | LEX_FUNCTION | LEX_NOT_NAME)) == 0)
                add_place_name (words, name, LEX_REGION);
            }
        }
    }

  return TRUE;
}

static void
load_zone_cities (GHashTable *words)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents (ZONE_TAB_PATH, &contents, NULL, NULL))
    {
      g_debug ("No %s: cities come from the built-in list only", ZONE_TAB_PATH);
      return;
    }

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) columns = NULL;
      const char *city;
      g_autofree char *spaced = NULL;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      columns = g_strsplit (lines[i], "\t", 4);
      if (g_strv_length (columns) < 3)
        continue;
      city = strrchr (columns[2], '/');
      if (city == NULL)
        continue;
      spaced = g_strdelimit (g_strdup (city + 1), "_", ' ');
      add_name (words, spaced, -1, LEX_CITY);
    }
}

/* Text::Names keeps the census lists as here-documents: "JAMES  3.318  3.318  1". */
static void
load_census_names (GHashTable *words,
                   const char *contents,
                   const char *marker,
                   guint       flags,
                   guint       max_rank)
{
  const char *p = strstr (contents, marker);
  const char *end;
  guint rank = 0;

  if (p == NULL)
    return;
  p = strchr (p, '\n');
  end = p != NULL ? strstr (p, "\nENDNAMES") : NULL;
  if (end == NULL)
    return;

  while (p < end && rank < max_rank)
    {
      const char *word;

      while (p < end && !g_ascii_isupper (*p))
        p++;
      word = p;
      while (p < end && (g_ascii_isupper (*p) || *p == '\''))
        p++;
      if (p - word >= 2)
        {
          add_name (words, word, p - word, flags);
          rank++;
        }
      while (p < end && *p != '\n' && !g_ascii_isupper (*p))
        p++;
    }
}

static void
load_given_names (GHashTable *words)
{
  g_autofree char *contents = NULL;

  if (!g_file_get_contents (TEXT_NAMES_PATH, &contents, NULL, NULL))
    {
      g_debug ("No %s: no list of common names (install libtext-names-perl)",
               TEXT_NAMES_PATH);
      return;
    }

  load_census_names (words, contents, "$COMMON_MALE_FIRSTNAMES = <<ENDNAMES", LEX_GIVEN,
                     G_MAXUINT);
  load_census_names (words, contents, "$COMMON_FEMALE_FIRSTNAMES = <<ENDNAMES", LEX_GIVEN,
                     MAX_FEMALE_RANK);
  load_census_names (words, contents, "$COMMON_SURNAMES = <<ENDNAMES", LEX_SURNAME,
                     G_MAXUINT);
}

DsrLexicon *
_dsr_lexicon_new (GError **error)
{
  g_autoptr(GHashTable) words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) cues = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  DsrLexicon *self;

  if (!load_dictionary (words, error))
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (static_lists); i++)
    for (guint w = 0; static_lists[i].words[w] != NULL; w++)
      _dsr_lexicon_add_flags (words, static_lists[i].words[w], static_lists[i].flags);

  if (!load_iso_file (words, ISO_3166_1_PATH, "3166-1", TRUE, error)
      || !load_iso_file (words, ISO_3166_2_PATH, "3166-2", FALSE, error))
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cue_lists); i++)
    for (guint w = 0; cue_lists[i].words[w] != NULL; w++)
      _dsr_lexicon_add_flags (cues, cue_lists[i].words[w], cue_lists[i].flags);

  load_zone_cities (words);
  load_given_names (words);
  _dsr_wordnet_load (words);

  self = g_new0 (DsrLexicon, 1);
  self->words = g_steal_pointer (&words);
  self->cues = g_steal_pointer (&cues);

  return self;
}

void
_dsr_lexicon_free (DsrLexicon *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->words, g_hash_table_unref);
  g_clear_pointer (&self->cues, g_hash_table_unref);
  g_free (self);
}

guint
_dsr_lexicon_lookup (DsrLexicon *self,
                     const char *lower_key)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (self->words, lower_key));
}

guint
_dsr_lexicon_cues (DsrLexicon *self,
                   const char *lower_key)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (self->cues, lower_key));
}
