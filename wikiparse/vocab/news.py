"""Words of news reports (English): who says a figure, what makes a figure a casualty figure,
what a header line is, and the parties of wars by name.

Read by ``values/attribution.py`` (speakers), ``values/claims.py`` (figures),
``values/mentions.py`` (names) and ``readers/news.py`` (header lines).
"""

from __future__ import annotations

__all__ = [
    "ABBREVIATIONS", "AGE_WORDS", "ARTICLES", "ASIDE_OPENERS", "BYLINE_DESK_WORDS",
    "CLAUSE_BREAKS", "CLAUSE_OPENERS", "CLAUSE_VERBS", "CREDIT_AGENCIES", "CREDIT_WORDS",
    "DATE_LABELS", "DAY_FIRST_LANGUAGES", "FIGURE_MODIFIERS", "HONORIFICS", "INVERTING_VERBS",
    "KIND_BEFORE", "KIND_NOUNS_OF", "KIND_OF_WHAT", "NAME_CONNECTORS", "NEWS_SOURCES",
    "NOT_CASUALTY", "NOT_COUNT_BEFORE", "PARTIES", "PREPOSITIONS", "PRONOUN_SPEAKERS",
    "RELATIVE_WORDS", "REPORTING_AUX", "REPORTING_VERBS", "ROLE_FOLLOWERS", "ROLE_WORDS",
    "SPEAKER_NOUNS", "SPEAKER_STOP", "SUBJECT_BREAKS", "TALLY_WORDS", "TENS", "VERB_GROUP"
]  # fmt: skip

# --- attribution (values/attribution.py) -------------------------------------------------------

# Verbs that attribute a figure to a speaker: "…, the ministry said", "ICRC says 40 …",
# "the Observatory gave a toll of …". Past and present forms; "has said" is read as "said".
REPORTING_VERBS = frozenset(
    {
        "said", "says", "say", "told", "reported", "announced", "stated", "added", "adds",
        "confirmed", "confirms", "estimated", "gave", "recorded", "documented", "counted",
        "claimed", "tweeted", "wrote", "noted", "warned", "declared", "insisted", "put",
    }
)  # fmt: skip
# Verbs a speaker may follow ('…," said the Observatory'); after the others ("claimed the
# attack", "told reporters") comes an object.
INVERTING_VERBS = frozenset({"said", "says", "added", "adds", "wrote", "reported", "stated",
                             "noted", "tweeted", "warned", "insisted", "declared"})  # fmt: skip
# (Not "reports", "states", "claims", "records", "notes": nouns as often as verbs, and "The
# United States said" would end its subject at "States".)
# Words between a speaker and its verb that are not the speaker: "has said", "also said".
REPORTING_AUX = frozenset({"has", "have", "had", "also", "later", "earlier", "previously",
                           "separately", "then", "further"})  # fmt: skip
# Finite verbs: a phrase holding one after "said" is what was said, not who said it.
CLAUSE_VERBS = frozenset({"had", "has", "have", "was", "were", "is", "are", "will", "would",
                          "could", "may", "might", "did", "killed", "died"})  # fmt: skip
# Inner words of a name ("Assistance Association for Political Prisoners", "Committee of
# the Red Cross"): a speaker phrase goes on through them when a capital follows.
NAME_CONNECTORS = frozenset({"for", "of", "and"})
# Words that open a relative clause between a speaker and its verb ("The Saudi-led
# coalition, which intervened in 2015, said …").
RELATIVE_WORDS = frozenset({"which", "who", "whose", "whom", "where"})
# Words that end a speaker phrase read forwards ("according to the ministry on Monday").
SPEAKER_STOP = frozenset(
    {
        "on", "in", "after", "since", "when", "while", "which", "who", "whose", "that", "but",
        "as", "because", "during", "last", "this", "yesterday", "today", "tonight", "earlier",
        "late", "early", "citing", "quoting", "adding", "saying", "via", "from", "at",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "to",
        "for", "by", "with", "without", "based", "compiled", "released", "published",
        "issued", "posted",
    }
)  # fmt: skip
# Words a clause may open with before its subject: "While the Sudan Doctors Network
# reported that …", "But the army said …".
CLAUSE_OPENERS = frozenset({"while", "as", "but", "and", "meanwhile", "however", "separately",
                            "earlier", "later", "whereas", "although", "though", "yet", "so",
                            "also"})  # fmt: skip
# Articles before a speaker, dropped as a reader drops them ("the army said" -> "army").
ARTICLES = ("the", "a", "an")
# Words before a reporting verb that show the verb is not the clause's own ("reports that 30
# were killed said …"): no speaker then.
SUBJECT_BREAKS = frozenset({"that", "when", "if"})
# Speakers that are only pronouns: resolved to the last named speaker of the report.
PRONOUN_SPEAKERS = frozenset({"he", "she", "they", "it", "we", "i"})
# Titles before a name, dropped when a short form is matched to its full form ("Mr Abdel
# Rahman" is "Rami Abdel Rahman, head of …").
HONORIFICS = frozenset(
    {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "gen", "gen.", "general", "col",
     "col.", "colonel", "maj", "maj.", "major", "lt", "lt.", "brig", "brig.", "capt", "capt.",
     "president", "minister", "prof", "prof.", "sheikh", "sir"}
)  # fmt: skip
# Abbreviations whose full stop ends no sentence ("Brig. Gen. Yahya Rasool said …").
ABBREVIATIONS = frozenset(
    {"mr.", "mrs.", "ms.", "dr.", "gen.", "lt.", "col.", "maj.", "brig.", "capt.", "sgt.",
     "cpl.", "pte.", "adm.", "cmdr.", "gov.", "sen.", "rep.", "st.", "no.", "prof.", "rev.",
     "lt.-gen.", "maj.-gen.", "brig.-gen.", "(ret.)", "jr.", "sr.", "vs.", "approx.", "est.",
     "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.",
     "dec.", "mon.", "tue.", "wed.", "thu.", "fri.", "sat.", "sun."}
)  # fmt: skip
# Nouns that describe a speaker without naming it ("a monitor said", "the group said"):
# resolved to a named speaker or organisation the report describes with the same noun.
SPEAKER_NOUNS = frozenset(
    {
        "monitor", "observatory", "group", "ministry", "network", "organisation",
        "organization", "agency", "army", "military", "committee", "office", "authority",
        "council", "coalition", "movement", "service", "spokesman", "spokeswoman",
        "spokesperson", "official", "source", "commander", "charity", "union", "mission",
        "force", "government", "department", "command", "hospital", "watchdog", "daily",
        "newspaper", "broadcaster", "channel", "outlet",
    }
)  # fmt: skip
# Words after a role word that keep it a noun ("spokesman for", "director of", "nurse at"):
# before any other word it is an adjective ("an official body", "a military source").
ROLE_FOLLOWERS = frozenset({"for", "of", "at", "in", "with", "to", "on", "from", "and",
                            "who", "whose", "told", "said", "says"})  # fmt: skip
# Words that make an appositive a role ("Yahya Saree, a spokesman for the Houthi military,
# said"): the appositive is kept with the name.
ROLE_WORDS = frozenset(
    {
        "spokesman", "spokeswoman", "spokesperson", "head", "chief", "director", "minister",
        "commander", "official", "leader", "governor", "mayor", "president", "secretary",
        "coordinator", "representative", "envoy", "member", "chairman", "founder", "doctor",
        "general", "colonel", "officer", "adviser", "advisor", "analyst", "researcher",
        "nurse", "surgeon", "medic", "paramedic", "worker", "activist", "resident", "witness",
        "journalist", "correspondent", "lawyer", "lawmaker", "deputy", "commissioner",
        "administrator", "prefect", "ambassador", "mp", "senator",
    }
)  # fmt: skip

# --- figures (values/claims.py) ----------------------------------------------------------------

# Words before a number that qualify it ("at least 19": at_least; "some 40": approx).
FIGURE_MODIFIERS = {
    ("more", "than"): "at_least", ("at", "least"): "at_least", ("over",): "at_least",
    ("nearly",): "approx", ("about",): "approx", ("around",): "approx",
    ("some",): "approx", ("almost",): "approx", ("up", "to"): "approx",
    ("roughly",): "approx", ("an", "estimated"): "approx",
    ("as", "many", "as"): "approx", ("as", "high", "as"): "approx",
}  # fmt: skip
# Words that open an aside between a figure and its verb (", including 35 children, were
# killed"): the casualty word is looked for past the aside.
ASIDE_OPENERS = frozenset({"including", "among", "most", "mostly", "many", "mainly", "all",
                           "both"})  # fmt: skip
# Words that end the clause of a figure: its casualty word is not looked for past them.
CLAUSE_BREAKS = frozenset({".", ",", ";", ":", "but", "and", "while", "whereas"})
# Words before a figure that make it a casualty figure ("killing 19", "injuring 30 others",
# "the deaths of at least 782 people"). Nouns count only right before "of".
KIND_BEFORE = {
    "killed": "killed", "killing": "killed", "kill": "killed", "kills": "killed",
    "wounded": "wounded", "wounding": "wounded", "injured": "wounded", "injuring": "wounded",
    "injures": "wounded", "wounds": "wounded", "captured": "captured", "capturing": "captured",
}  # fmt: skip
KIND_NOUNS_OF = {
    "deaths": "killed", "death": "killed", "killing": "killed", "killings": "killed",
    "bodies": "killed", "lives": "killed", "injuries": "wounded", "casualties": "dead_or_wounded",
}  # fmt: skip
# What a figure counts when that alone makes it a casualty figure ("recovered 17 bodies").
KIND_OF_WHAT = {"bodies": "killed", "corpses": "killed", "dead": "killed",
                "casualties": "dead_or_wounded", "fatalities": "killed"}  # fmt: skip
# Nouns of a running count: "the number of soldiers killed … to 350", "the tally … at 40".
TALLY_WORDS = frozenset({"toll", "number", "tally", "total", "count", "figure"})
# Words between what a figure counts and its casualty word, however many ("86 people are now
# known to have been killed"): the verb group of the clause, nothing else.
VERB_GROUP = frozenset(
    {
        "are", "were", "is", "was", "have", "has", "had", "been", "being", "be", "now", "known",
        "believed", "feared", "thought", "reported", "reportedly", "confirmed", "said", "to",
        "also", "already", "all", "so", "far", "since", "presumed", "likely", "later", "among",
        "the", "understood", "estimated", "either", "or", "just", "officially",
        "in", "total", "dead", "killed",
    }
)  # fmt: skip
# Words after a number that make it no count of people: an age ("12-year-old"), a share.
AGE_WORDS = frozenset({"year-old", "years-old", "year", "aged", "age", "month-old"})
# Before a number: it is an age, a rank or an address, not a count ("aged 12", "No. 3").
NOT_COUNT_BEFORE = frozenset({"aged", "age", "ages", "no", "no.", "number", "route", "highway",
                              "resolution", "article", "brigade", "division", "corps",
                              "page", "chapter", "version", "level", "phase"})  # fmt: skip
# Before a figure: it is the object of a preposition ("fighting between two armed groups
# has killed 55"), so a casualty word after it is not its own.
PREPOSITIONS = frozenset({"between", "from", "with", "against", "by", "among", "for", "into",
                          "than", "per", "across", "under"})  # fmt: skip
# Words that say what a figure counts is not casualties: people in need, detained, displaced.
# A figure followed by these (before its casualty word) is no claim.
NOT_CASUALTY = frozenset(
    {"need", "needing", "displaced", "detained", "detainees", "arrested", "prisoners",
     "hostages", "evacuated", "fled", "troops", "deployed", "refugees", "homeless", "hungry",
     "starving", "stranded", "trapped", "besieged", "released", "freed", "sheltering"}
)  # fmt: skip
# Hyphenated tens and units ("forty-five"): the tens of NUMBER_WORDS are read with these.
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}  # fmt: skip

# --- header lines (readers/news.py) ------------------------------------------------------------

# Words of a byline that names a desk, not a person: "Sudan Events – Follow-ups",
# "Al Jazeera Staff", "News Desk".
BYLINE_DESK_WORDS = (
    "Follow-ups", "Follow-up", "Staff", "Staff Writer", "Staff Reporter", "News Desk", "Desk",
    "Correspondent", "Agencies", "Reporter", "Editor", "Newsroom", "Web Desk", "Wire",
)  # fmt: skip
# Labels before a published date: "Uploaded: 2017-07-13", "Published Date: Nov 03, 2016".
DATE_LABELS = (
    "published date", "published on", "published", "date published", "uploaded on",
    "uploaded", "posted on", "posted", "updated", "last updated", "date",
)  # fmt: skip
# Outlet languages that write a numeric date day first (25/11/2016); English outlets write
# both orders, so an English 03/04/2016 stays unread.
DAY_FIRST_LANGUAGES = frozenset({"de", "fr", "es", "it", "ru", "pt", "ar", "tr", "uk", "nl"})
# Who signs a photo credit written as "AGENCY/Name" at the end of a line ("REUTERS/Rodi Said").
CREDIT_AGENCIES = (
    "REUTERS", "Reuters", "AFP", "AP", "EPA", "EPA-EFE", "Getty Images", "Getty", "Anadolu",
    "Anadolu Agency", "Xinhua", "dpa", "SANA", "Handout",
)  # fmt: skip
CREDIT_WORDS = ("Photo:", "Photo by", "Photograph:", "Image:", "Credit:", "Picture:",
                "(Photo:", "Photo credit")  # fmt: skip

# --- names of parties and reporting organisations (values/mentions.py) -------------------------

# Organisations that report figures, with the words a report uses for them. The first name is
# the one a mention gives.
NEWS_SOURCES = {
    "Syrian Observatory for Human Rights": ("Syrian Observatory for Human Rights", "SOHR"),
    "Syrian Arab News Agency": ("Syrian Arab News Agency", "SANA"),
    "Reuters": ("Reuters",),
    "AFP": ("AFP", "Agence France-Presse"),
    "Associated Press": ("Associated Press", "AP"),
    "United Nations": ("United Nations", "UN"),
    "International Committee of the Red Cross": (
        "International Committee of the Red Cross", "ICRC",
    ),
    "World Health Organization": ("World Health Organization", "WHO"),
    "OCHA": ("Office for the Coordination of Humanitarian Affairs", "OCHA"),
    "Sudan Doctors Network": ("Sudan Doctors Network",),
    "Al-Watan": ("Al-Watan",),
}  # fmt: skip
# Parties by name, each with the wars it fights in (the ``war`` keys of the dev tests): a
# name is listed only when it is the party's own name in any report, never a common noun
# ("rebels", "regime", "opposition", "government forces"), which names a party only in the
# war a report is about.
PARTIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "Islamic State": (
        ("syria", "iraq", "libya", "afghanistan", "nigeria", "egypt"),
        ("Islamic State", "Islamic State of Iraq and the Levant", "Islamic State of Iraq and Syria",
         "Islamic State group", "ISIL", "ISIS", "IS", "Daesh", "Dimashq Wilayah"),
    ),
    "Syrian government": (
        ("syria",),
        ("Syrian Arab Republic", "Syrian government", "Syrian regime", "Syrian Arab Army", "SAA",
         "Syrian Army", "Syrian Armed Forces", "Assad regime", "Syrian government forces"),
    ),
    "Syrian rebels": (("syria",), ("Free Syrian Army", "FSA", "Syrian opposition",
                                   "Syrian rebels", "Syrian National Army")),
    "Syrian Democratic Forces": (("syria",), ("Syrian Democratic Forces", "SDF", "YPG",
                                              "People's Protection Units")),
    "Hayat Tahrir al-Sham": (("syria",), ("Hayat Tahrir al-Sham", "Tahrir al-Sham", "HTS",
                                          "al-Nusra", "Nusra Front")),
    "Russia": (("syria", "ukraine"), ("Russia", "Russian forces", "Russian troops",
                                       "Russian army", "Russian military", "Russian Armed Forces",
                                       "Russian warplanes", "Russian jets", "Russian airstrikes",
                                       "Russian air strikes", "Russian strikes", "Russian missile",
                                       "Russian missiles", "Russian drone", "Russian drones",
                                       "Russian shelling", "Russian soldiers")),
    "Ukraine": (("ukraine",), ("Ukraine", "Ukrainian forces", "Ukrainian troops",
                               "Ukrainian army", "Ukrainian military", "Armed Forces of Ukraine")),
    "Houthis": (("yemen",), ("Houthis", "Houthi", "Houthi rebels", "Ansar Allah",
                             "Houthi movement")),
    "Saudi-led coalition": (("yemen",), ("Saudi-led coalition", "Saudi-led military coalition",
                                         "Arab coalition")),
    "Rapid Support Forces": (("sudan",), ("Rapid Support Forces", "RSF")),
    "Sudanese Armed Forces": (("sudan",), ("Sudanese Armed Forces", "SAF", "Sudanese army",
                                           "Sudan's army")),
    "Hamas": (("gaza",), ("Hamas", "Izz ad-Din al-Qassam Brigades", "Qassam Brigades")),
    "Israel Defense Forces": (("gaza", "lebanon"), ("Israel Defense Forces", "IDF",
                                                    "Israeli military", "Israeli army",
                                                    "Israeli forces", "Israeli troops")),
    "Hezbollah": (("lebanon", "syria"), ("Hezbollah",)),
    "Palestinian Islamic Jihad": (("gaza",), ("Palestinian Islamic Jihad", "Islamic Jihad")),
    "Tigray People's Liberation Front": (("ethiopia",), ("Tigray People's Liberation Front",
                                                          "TPLF", "Tigrayan forces",
                                                          "Tigray Defence Forces", "TDF")),
    "Ethiopian National Defense Force": (("ethiopia",), ("Ethiopian National Defense Force",
                                                          "ENDF", "Ethiopian army",
                                                          "Ethiopian troops",
                                                          "Ethiopian forces")),
    "Eritrean Defence Forces": (("ethiopia",), ("Eritrean Defence Forces", "Eritrean troops",
                                                "Eritrean forces")),
    "Iraqi Security Forces": (("iraq",), ("Iraqi Security Forces", "Iraqi security forces",
                                          "Iraqi army", "Iraqi troops", "Iraqi forces")),
    "Popular Mobilization Forces": (("iraq", "syria"), ("Popular Mobilization Forces",
                                                        "Popular Mobilisation Forces", "PMF",
                                                        "Hashed al-Shaabi", "Hashd al-Shaabi")),
    "Peshmerga": (("iraq",), ("Peshmerga",)),
    "al-Shabaab": (("somalia",), ("al-Shabaab", "Al-Shabaab", "al-Shabab")),
    "Boko Haram": (("nigeria",), ("Boko Haram",)),
    "Islamic State West Africa Province": (("nigeria",), ("Islamic State West Africa Province",
                                                         "ISWAP")),
    "M23": (("drc",), ("M23", "March 23 Movement")),
    "Armed Forces of the Democratic Republic of the Congo": (("drc",), ("FARDC",
                                                                         "Congolese army")),
    "Taliban": (("afghanistan",), ("Taliban",)),
    "Islamic State – Khorasan Province": (("afghanistan",), (
        "Islamic State in Khorasan Province", "Islamic State Khorasan Province",
        "Islamic State – Khorasan Province", "ISKP", "ISIS-K")),
}  # fmt: skip
