"""Italian (it): it.wikipedia's {{Conflitto}} and its mirrors.

Evidence (``reference/i18n/it.md``): [doc] the template documentation with verbatim usage
wikitext (Tipo, Nome del conflitto, Parte_di, Immagine, Didascalia, Data, Luogo, Casus, Esito,
Mutamenti_territoriali, Schieramento1-3, Comandante1-3, Effettivi1-2); [seen] the rendered dev
pages; [unverified] Perdite1-3 and Note (the doc excerpt ends before them).
"""

from __future__ import annotations

from wikiparse.vocab.lang.schema import Language

__all__ = ["LANGUAGE", "STATE_NAMES"]

COMBATANT, COMMANDER, STRENGTH, CASUALTIES = "combatant", "commander", "strength", "casualties"

# fmt: off
LANGUAGE = Language(
    iso="it",
    name="Italian",
    infoboxes=frozenset({"conflitto"}),
    infobox_title="Conflitto",
    other_infoboxes={  # [unverified]
        "divisione amministrativa": "settlement", "bio": "person",
        "squadra di calcio": "football club", "stato": "country",
    },
    params={  # [doc]
        "tipo": "kind", "nome del conflitto": "conflict", "parte di": "partof",
        "immagine": "image", "larghezzaimmagine": "image_size", "didascalia": "caption",
        "data": "date", "luogo": "place", "casus": "casus", "esito": "result",
        "mutamenti territoriali": "territory",
    },
    side_prefixes={"schieramento": COMBATANT, "comandante": COMMANDER, "effettivi": STRENGTH,
                   "perdite": CASUALTIES},  # perdite: [unverified]
    # [unverified] flag templates: from general knowledge of the Wikipedia, not in the
    # reference; the names are the countries' in this language
    flag_codes={
        "usa": "Stati Uniti", "gbr": "Regno Unito", "uk": "Regno Unito", "fra": "Francia",
        "deu": "Germania", "ger": "Germania", "ita": "Italia", "esp": "Spagna", "rus": "Russia",
        "sun": "Unione Sovietica", "urs": "Unione Sovietica", "aut": "Austria",
        "prt": "Portogallo", "por": "Portogallo", "nld": "Paesi Bassi", "ned": "Paesi Bassi",
        "bel": "Belgio", "pol": "Polonia", "swe": "Svezia", "tur": "Turchia", "grc": "Grecia",
        "gre": "Grecia", "jpn": "Giappone", "chn": "Cina", "irq": "Iraq", "irn": "Iran",
        "syr": "Siria", "isr": "Israele", "egy": "Egitto", "ukr": "Ucraina", "can": "Canada",
        "aus": "Australia", "hun": "Ungheria", "bra": "Brasile", "arg": "Argentina",
        "mex": "Messico", "per": "Perù", "chl": "Cile", "chi": "Cile", "col": "Colombia",
        "dnk": "Danimarca", "den": "Danimarca", "nor": "Norvegia", "fin": "Finlandia",
        "che": "Svizzera", "sui": "Svizzera", "srb": "Serbia", "rou": "Romania", "bgr": "Bulgaria",
        "bul": "Bulgaria", "afg": "Afghanistan", "ind": "India", "kor": "Corea del Sud",
        "prk": "Corea del Nord", "vnm": "Vietnam", "vie": "Vietnam", "lbn": "Libano",
        "sau": "Arabia Saudita", "ksa": "Arabia Saudita", "pry": "Paraguay", "ury": "Uruguay",
        "bol": "Bolivia",
    },
    flag_templates={"bandiera": "icon"},  # {{bandiera|ITA}}; {{bandiera|ITA|nome}} with the name
    flag_name_words=("nome",),
    code_templates=True,  # {{ITA}}: flag and name
    cite_templates=frozenset({"cita web", "cita libro", "cita news", "cita pubblicazione"}),
    cite_params={
        "titolo": "title", "opera": "work", "editore": "publisher", "data": "date",
        "accesso": "access-date", "autore": "author", "cognome": "last", "nome": "first",
        "anno": "year",
    },
    labels={
        "parte di": "partof", "data": "date", "luogo": "place", "causa": "casus",
        "esito": "result", "modifiche territoriali": "territory", "schieramenti": COMBATANT,
        "comandanti": COMMANDER, "effettivi": STRENGTH, "perdite": CASUALTIES,
        # machine translations (wiki7 from ru-wiki; deit.xcv from de; abcdef.wiki from en)
        "l'appuntamento": "date", "posto": "place", "risultato": "result",
        "avversari": COMBATANT, "forze laterali": STRENGTH, "conflitto principale": "partof",
        "uscita": "result", "parti in conflitto": COMBATANT, "forza delle truppe": STRENGTH,
        "belligeranti": COMBATANT, "comandanti e capi": COMMANDER, "comandante": COMMANDER,
    },
    inline_labels=("Data", "Luogo", "Esito", "Causa", "Modifiche territoriali",
                   "l'appuntamento", "Posto", "Risultato"),
    part_of_starts=("parte della ", "parte del ", "parte dell'", "parte di ",
                    "conflitto principale:"),
    flag_words=("bandiera di", "bandiera del", "bandiera della"),
    flag_marks=("(bandiera)",),
    chrome_lines=frozenset({
        "Vai al contenuto", "Vai alla navigazione Vai alla ricerca",
        "File multimediali su Wikimedia Commons", "Voci di battaglie presenti su Wikipedia",
        "Voci di guerre presenti su Wikipedia", "[go: up one dir, main page]",
    }),
    chrome_phrases=("Da Wikipedia, l'enciclopedia libera.",),
    months={
        "gennaio": 1, "gen": 1, "febbraio": 2, "feb": 2, "marzo": 3, "mar": 3, "aprile": 4,
        "apr": 4, "maggio": 5, "mag": 5, "giugno": 6, "giu": 6, "luglio": 7, "lug": 7,
        "agosto": 8, "ago": 8, "settembre": 9, "set": 9, "ottobre": 10, "ott": 10,
        "novembre": 11, "nov": 11, "dicembre": 12, "dic": 12,
    },
    date_words={"a.c.": "BC", "a. c.": "BC", "d.c.": "AD", "d. c.": "AD", "al": "to",
                "e": "to", "oggi": "present", "in corso": "ongoing", "dal": "since"},
    range_words=("a", "al", "e i", "e"),  # "tra i 332 e i 500 carri armati"
    range_starts=("da", "tra"),
    approx_words=frozenset({"circa", "ca.", "quasi", "approssimativamente"}),
    at_least_words=frozenset({"oltre", "più di", "almeno"}),
    unknown_words=frozenset({"sconosciute", "sconosciuti", "sconosciuto", "ignote", "ignoto",
                             "nessuna", "nessuno"}),
    kind_words=(
        ("morti e feriti", "dead_or_wounded"), ("morti", "killed"), ("caduti", "killed"),
        ("uccisi", "killed"), ("feriti", "wounded"), ("prigionieri", "captured"),
        ("catturati", "captured"), ("dispersi", "missing"), ("carri armati", "materiel"),
        ("aerei", "materiel"), ("cannoni", "materiel"),
    ),
    scales={"mila": 1_000, "milione": 1_000_000, "milioni": 1_000_000},
    compass={"N": "N", "S": "S", "E": "E", "O": "W"},  # Ovest
    decimal_comma=True,
    spaced_thousands=True,
    breakdown_words=("di cui",),
    group_headers=frozenset({"sostenuti da", "con il supporto di", "supportati da", "alleati"}),
    conflict_marks=("schieramenti", "effettivi", "avversari", "forze laterali"),
    title_ordinals=("prima", "seconda", "terza", "quarta"),
    title_starts=("battaglia", "assedio", "guerra", "campagna", "presa", "sacco"),
    title_links=("di", "del", "della", "dell'", "dei", "delle", "per", "a"),
    title_ends=("guerra",),
    lead_phrases=("fu combattuta", "è stata una battaglia", "fu una battaglia",
                  "è stata un'importante campagna militare"),
    lead_verbs=("è", "fu", "venne", "è stata"),
    common_words="il della del nel per una fu dei alla gli che di",
)
# fmt: on

# States as this language's belligerents rows name them (one tuple per state, its other names
# after the first), read with English's ``vocab.STATE_NAMES`` to split a row run together
# ("Perú Gran Colombia").
STATE_NAMES: tuple[tuple[str, ...], ...] = (
    ("Italia", "Regno d'Italia"),
    ("Francia", "Regno di Francia", "Primo Impero francese"),
    ("Regno Unito",),
    ("Stati Uniti", "USA"),
    ("Germania", "Impero tedesco", "Germania nazista"),
    ("Austria-Ungheria", "Impero austro-ungarico", "Austria"),
    ("Iraq",),
    ("Kurdistan iracheno",),
    ("Turchia", "Impero ottomano"),
    ("Iran",),
    ("Siria",),
    ("Russia", "Impero russo", "Unione Sovietica"),
    ("Spagna",),
    ("Sacro Romano Impero",),
    ("Lega Lombarda",),
    ("Repubblica romana",),
    ("Cartagine",),
)
