"""German (de): de.wikipedia's {{Infobox Militärischer Konflikt}} and its mirrors.

Evidence (``reference/i18n/de.md``): [doc] the template documentation (parameters KONFLIKT …
LÄNGENGRAD); [seen] the rendered dev pages (labels, dates, figures, chrome); [unverified]
parameter names past the doc excerpt (AUSGANG, KONFLIKTPARTEI1, BEFEHLSHABER1, TRUPPENSTÄRKE1,
VERLUSTE1), taken from the rendered labels.
"""

from __future__ import annotations

from wikiparse.vocab.lang.schema import Language

__all__ = ["LANGUAGE", "STATE_NAMES"]

COMBATANT, COMMANDER, STRENGTH, CASUALTIES = "combatant", "commander", "strength", "casualties"

# fmt: off
LANGUAGE = Language(
    iso="de",
    name="German",
    infoboxes=frozenset({"infobox militärischer konflikt"}),
    infobox_title="Infobox Militärischer Konflikt",
    other_infoboxes={  # [unverified] names of de.wikipedia's other infoboxes
        "infobox ort in deutschland": "settlement", "infobox gemeinde in deutschland": "settlement",
        "infobox ort": "settlement", "infobox gemeinde": "settlement", "infobox staat": "country",
        "infobox fußballverein": "football club", "infobox schiff": "ship",
    },
    params={  # [doc] unless marked
        "konflikt": "conflict", "teilvon": "partof", "bild": "image", "bildbreite": "image_size",
        "beschreibung": "caption", "datum": "date", "datumbis": "date_end", "ort": "place",
        "breitengrad": "latitude", "längengrad": "longitude", "ausgang": "result",  # [unverified]
        "folgen": "consequences", "friedensschluss": "peace_treaty",  # [unverified]
    },
    side_prefixes={  # [unverified]: from the rendered labels
        "konfliktpartei": COMBATANT, "partei": COMBATANT, "befehlshaber": COMMANDER,
        "truppenstärke": STRENGTH, "verluste": CASUALTIES,
        # ww-person.com's "Kommandeur1:", "Truppen1:" key: value lines
        "kommandeur": COMMANDER, "truppen": STRENGTH,
    },
    # [unverified] flag templates: from general knowledge of the Wikipedia, not in the
    # reference; the names are the countries' in this language
    flag_codes={
        "usa": "Vereinigte Staaten", "gbr": "Vereinigtes Königreich",
        "uk": "Vereinigtes Königreich", "fra": "Frankreich", "deu": "Deutschland",
        "ger": "Deutschland", "ita": "Italien", "esp": "Spanien", "rus": "Russland",
        "sun": "Sowjetunion", "urs": "Sowjetunion", "aut": "Österreich", "prt": "Portugal",
        "por": "Portugal", "nld": "Niederlande", "ned": "Niederlande", "bel": "Belgien",
        "pol": "Polen", "swe": "Schweden", "tur": "Türkei", "grc": "Griechenland",
        "gre": "Griechenland", "jpn": "Japan", "chn": "China", "irq": "Irak", "irn": "Iran",
        "syr": "Syrien", "isr": "Israel", "egy": "Ägypten", "ukr": "Ukraine", "can": "Kanada",
        "aus": "Australien", "hun": "Ungarn", "bra": "Brasilien", "arg": "Argentinien",
        "mex": "Mexiko", "per": "Peru", "chl": "Chile", "chi": "Chile", "col": "Kolumbien",
        "dnk": "Dänemark", "den": "Dänemark", "nor": "Norwegen", "fin": "Finnland",
        "che": "Schweiz", "sui": "Schweiz", "srb": "Serbien", "rou": "Rumänien",
        "bgr": "Bulgarien", "bul": "Bulgarien", "afg": "Afghanistan", "ind": "Indien",
        "kor": "Südkorea", "prk": "Nordkorea", "vnm": "Vietnam", "vie": "Vietnam",
        "lbn": "Libanon", "sau": "Saudi-Arabien", "ksa": "Saudi-Arabien", "pry": "Paraguay",
        "ury": "Uruguay", "bol": "Bolivien",
    },
    code_templates=True,  # {{FRA}} flag and name, {{FRA|#}} flag only, {{FRA-1804}} a variant
    cite_templates=frozenset({"internetquelle", "literatur", "cite web", "webarchiv"}),
    cite_params={
        "titel": "title", "werk": "work", "hrsg": "publisher", "verlag": "publisher",
        "datum": "date", "abruf": "access-date", "autor": "author", "jahr": "year",
        "vorname": "first", "nachname": "last",
    },
    labels={
        "teil von": "partof", "datum": "date", "ort": "place", "ausgang": "result",
        "folgen": "consequences", "koordinaten": "coordinates", "konfliktparteien": COMBATANT,
        "befehlshaber": COMMANDER, "truppenstärke": STRENGTH, "verluste": CASUALTIES,
        "truppenstarke": STRENGTH,  # a proxy that folds umlauts (hanjaro)
        # a machine translation of an en-wiki box (wikide.org) and science-at-home.de
        "standort": "place", "ergebnis": "result", "kriegführende": COMBATANT,
        "kommandeure und anführer": COMMANDER, "stärke": STRENGTH, "opfer und verluste": CASUALTIES,
        "gegner": COMBATANT, "truppenstärken": STRENGTH, "entscheidung": "result",
    },
    inline_labels=("Datum", "Ort", "Ausgang", "Folgen", "Standort", "Ergebnis"),
    part_of_starts=("teil von:", "teil der ", "teil des "),
    flag_words=("flagge von", "flagge des", "flagge der"),
    chrome_lines=frozenset({
        "Zur Navigation springen Zur Suche springen", "Zur Navigation springen",
        "Zur Suche springen", "Geodaten zu dieser Seite vorhanden",
    }),
    chrome_phrases=("aus Wikipedia, der freien Enzyklopädie",
                    "aus Wikipedia, der freien Enzyklopadie"),
    months={
        "januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feb": 2, "märz": 3, "mär": 3,
        "marz": 3, "maerz": 3, "april": 4, "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7,
        "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10,
        "okt": 10, "november": 11, "nov": 11, "dezember": 12, "dez": 12,
    },
    date_words={"v. chr.": "BC", "v.chr.": "BC", "n. chr.": "AD", "n.chr.": "AD", "bis": "to",
                "heute": "present", "seit": "since"},
    range_words=("bis",),
    range_starts=("von", "zwischen"),
    approx_words=frozenset({"ca.", "ca", "etwa", "rund", "ungefähr", "knapp", "geschätzt"}),
    at_least_words=frozenset({"mindestens", "min.", "über", "mehr als", "mind."}),
    unknown_words=frozenset({"unbekannt", "keine", "keine angaben", "k. a.", "unklar"}),
    kind_words=(
        ("tote und verwundete", "dead_or_wounded"), ("tote oder verwundete", "dead_or_wounded"),
        ("gefallene", "killed"), ("gefallen", "killed"), ("tote", "killed"), ("toten", "killed"),
        ("getötet", "killed"), ("verwundete", "wounded"), ("verwundet", "wounded"),
        ("verletzte", "wounded"), ("kriegsgefangene", "captured"), ("gefangene", "captured"),
        ("gefangen", "captured"), ("vermisste", "missing"), ("vermisst", "missing"),
        ("verluste", "total"), ("insgesamt", "total"), ("panzer", "materiel"),
        ("geschütze", "materiel"), ("kanonen", "materiel"), ("flugzeuge", "materiel"),
        ("schiffe", "materiel"),
    ),
    scales={"tausend": 1_000, "tsd.": 1_000, "mio.": 1_000_000, "millionen": 1_000_000,
            "million": 1_000_000, "mrd.": 1_000_000_000},
    compass={"N": "N", "S": "S", "O": "E", "W": "W"},  # Ost
    decimal_comma=True,
    breakdown_words=("davon", "darunter"),
    group_headers=frozenset({"unterstützt durch", "unterstutzt durch", "unterstützt von",
                             "verbündete"}),
    conflict_marks=("konfliktparteien", "befehlshaber", "truppenstärke", "truppenstarke",
                    "kriegführende"),
    title_ordinals=("erste", "zweite", "dritte", "vierte"),
    title_starts=("schlacht", "völkerschlacht", "seeschlacht", "kesselschlacht", "belagerung",
                  "gefecht", "eroberung", "erstürmung"),
    title_links=("von", "bei", "um", "am", "an", "in", "im", "vor", "auf"),
    title_ends=("krieg", "aufstand", "feldzug", "schlacht"),
    lead_phrases=("war eine schlacht", "ist eine schlacht", "war die entscheidende schlacht",
                  "war ein krieg", "war eine militärische"),
    lead_verbs=("war", "ist", "fand", "wurde"),
    common_words="der die das und im den von mit des wurde zu auf dem nach bei",
)
# fmt: on

# States as this language's belligerents rows name them (one tuple per state, its other names
# after the first), read with English's ``vocab.STATE_NAMES`` to split a row run together
# ("Perú Gran Colombia").
STATE_NAMES: tuple[tuple[str, ...], ...] = (
    ("Deutschland", "Deutsches Reich", "Deutsches Kaiserreich"),
    ("Frankreich", "Französisches Kaiserreich", "Königreich Frankreich"),
    ("Königreich England", "England"),
    ("Vereinigtes Königreich", "Großbritannien"),
    ("Russland", "Russisches Kaiserreich", "Sowjetunion"),
    ("Preußen", "Königreich Preußen"),
    ("Österreich", "Kaisertum Österreich", "Österreich-Ungarn"),
    ("Schweden",),
    ("Spanien",),
    ("Herzogtum Warschau",),
    ("Herzogtum Normandie",),
    ("Rheinbund",),
    ("Italien", "Königreich Italien"),
    ("Neapel", "Königreich Neapel"),
    ("Irak",),
    ("Syrien",),
    ("Römisches Reich", "Römische Republik"),
    ("Karthago",),
    ("Heiliges Römisches Reich",),
    ("Vereinigte Staaten", "USA"),
    ("Türkei", "Osmanisches Reich"),
    ("Polen",),
    ("Ungarn",),
    ("Sachsen", "Königreich Sachsen"),
    ("Bayern", "Königreich Bayern"),
    ("Mecklenburg-Schwerin",),
)
