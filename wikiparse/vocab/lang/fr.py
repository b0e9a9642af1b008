"""French (fr): fr.wikipedia's {{Infobox Conflit militaire}} and its mirrors.

Evidence (``reference/i18n/fr.md``): [leak] a leaked wikitext fragment ("Infobox Conflit
militaire | image = … | taille image = … | légende = …"); [seen] the rendered dev pages;
[unverified] the other parameter names (no fr template doc or article wikitext was found),
taken from the rendered labels. fr-wiki dates are written with a template scrapes drop: a
"Date" row is often empty, and so is the date in the lead ("oppose, le , l'armée").
"""

from __future__ import annotations

from wikiparse.vocab.lang.schema import Language

__all__ = ["LANGUAGE", "STATE_NAMES"]

COMBATANT, COMMANDER, STRENGTH, CASUALTIES = "combatant", "commander", "strength", "casualties"

# fmt: off
LANGUAGE = Language(
    iso="fr",
    name="French",
    infoboxes=frozenset({"infobox conflit militaire"}),
    infobox_title="Infobox Conflit militaire",
    other_infoboxes={  # [unverified]
        "infobox commune de france": "settlement", "infobox ville": "settlement",
        "infobox biographie2": "person", "infobox biographie": "person",
        "infobox club de football": "football club", "infobox pays": "country",
        "infobox militaire": "military person",
    },
    params={  # [leak]: image, taille image, légende; the others [unverified]
        "titre": "conflict", "conflit": "conflict", "guerre": "partof", "partie de": "partof",
        "taille image": "image_size", "légende": "caption", "lieu": "place",
        "coordonnées": "coordinates", "issue": "result", "résultat": "result",
        "territoires": "territory", "changements territoriaux": "territory",
        "batailles": "campaignbox",
    },
    side_prefixes={  # [unverified]
        "belligérants": COMBATANT, "belligerants": COMBATANT, "combattants": COMBATANT,
        "commandant": COMMANDER, "commandants": COMMANDER, "forces": STRENGTH,
        "pertes": CASUALTIES,
    },
    # [unverified] flag templates: from general knowledge of the Wikipedia, not in the
    # reference; the names are the countries' in this language
    flag_codes={
        "usa": "États-Unis", "gbr": "Royaume-Uni", "uk": "Royaume-Uni", "fra": "France",
        "deu": "Allemagne", "ger": "Allemagne", "ita": "Italie", "esp": "Espagne", "rus": "Russie",
        "sun": "Union soviétique", "urs": "Union soviétique", "aut": "Autriche", "prt": "Portugal",
        "por": "Portugal", "nld": "Pays-Bas", "ned": "Pays-Bas", "bel": "Belgique",
        "pol": "Pologne", "swe": "Suède", "tur": "Turquie", "grc": "Grèce", "gre": "Grèce",
        "jpn": "Japon", "chn": "Chine", "irq": "Irak", "irn": "Iran", "syr": "Syrie",
        "isr": "Israël", "egy": "Égypte", "ukr": "Ukraine", "can": "Canada", "aus": "Australie",
        "hun": "Hongrie", "bra": "Brésil", "arg": "Argentine", "mex": "Mexique", "per": "Pérou",
        "chl": "Chili", "chi": "Chili", "col": "Colombie", "dnk": "Danemark", "den": "Danemark",
        "nor": "Norvège", "fin": "Finlande", "che": "Suisse", "sui": "Suisse", "srb": "Serbie",
        "rou": "Roumanie", "bgr": "Bulgarie", "bul": "Bulgarie", "afg": "Afghanistan",
        "ind": "Inde", "kor": "Corée du Sud", "prk": "Corée du Nord", "vnm": "Viêt Nam",
        "vie": "Viêt Nam", "lbn": "Liban", "sau": "Arabie saoudite", "ksa": "Arabie saoudite",
        "pry": "Paraguay", "ury": "Uruguay", "bol": "Bolivie",
    },
    flag_templates={"drapeau": "icon", "drapeau2": "name"},  # {{drapeau|France}}
    country_templates=True,  # {{France}}: flag and name
    cite_templates=frozenset({"lien web", "article", "ouvrage", "lien brisé", "lien news"}),
    cite_params={
        "titre": "title", "site": "website", "périodique": "work", "éditeur": "publisher",
        "consulté le": "access-date", "auteur": "author", "nom": "last", "prénom": "first",
        "année": "year",
    },
    labels={
        "date": "date", "lieu": "place", "issue": "result", "résultat": "result",
        "coordonnées": "coordinates", "changements territoriaux": "territory",
        "casus belli": "casus", "belligérants": COMBATANT, "commandants": COMMANDER,
        "forces en présence": STRENGTH, "pertes": CASUALTIES,
        "commandants en chef": COMMANDER,  # e-monsite's copy of the box body
        # fra.wiki's machine translation of an it-wiki box
        "déploiements": COMBATANT, "efficace": STRENGTH, "cela implique": "casus",
    },
    inline_labels=("Date", "Lieu", "Issue", "Coordonnées"),
    flag_words=("drapeau de la", "drapeau de l'", "drapeau de l’", "drapeau des",
                "drapeau du", "drapeau de", "drapeau :"),
    chrome_lines=frozenset({
        "Aller au contenu", "Description de cette image, également commentée ci-après",
        "Informations générales", "Accueil🇫🇷Chercher",
    }),
    chrome_phrases=("Un article de Wikipédia, l'encyclopédie libre.",),
    box_ends=("batailles", "géolocalisation sur la carte", "coordonnées "),
    months={
        "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "mars": 3, "avril": 4,
        "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8,
        "septembre": 9, "sept": 9, "octobre": 10, "oct": 10, "novembre": 11, "nov": 11,
        "décembre": 12, "decembre": 12, "déc": 12,
    },
    date_words={"av. j.-c.": "BC", "av. j-c": "BC", "avant j.-c.": "BC", "apr. j.-c.": "AD",
                "au": "to", "et": "to", "à nos jours": "present", "depuis": "since"},
    range_words=("à",),
    range_starts=("de", "entre"),
    approx_words=frozenset({"environ", "env.", "près de", "vers", "approx."}),
    at_least_words=frozenset({"plus de", "au moins", "au minimum"}),
    unknown_words=frozenset({"inconnu", "inconnue", "inconnus", "inconnues", "aucune",
                             "aucun", "néant"}),
    kind_words=(
        ("morts ou blessés", "dead_or_wounded"), ("morts et blessés", "dead_or_wounded"),
        ("tués ou blessés", "dead_or_wounded"), ("morts ou disparus", "total"),
        ("morts", "killed"), ("mort", "killed"), ("tués", "killed"), ("tué", "killed"),
        ("blessés", "wounded"), ("blessé", "wounded"), ("prisonniers", "captured"),
        ("prisonnier", "captured"), ("capturés", "captured"), ("disparus", "missing"),
        ("canons", "materiel"), ("chars", "materiel"), ("avions", "materiel"),
        ("drapeaux", "materiel"), ("drapeau", "materiel"),
    ),
    scales={"million": 1_000_000, "millions": 1_000_000, "milliard": 1_000_000_000},
    compass={"nord": "N", "sud": "S", "est": "E", "ouest": "W"},
    decimal_comma=True,
    spaced_thousands=True,
    breakdown_words=("dont",),
    group_headers=frozenset({"soutenus par", "avec le soutien de", "appuyés par", "alliés"}),
    conflict_marks=("belligérants", "forces en présence", "commandants en chef"),
    title_ordinals=("première", "premier", "deuxième", "seconde", "second", "troisième"),
    title_starts=("bataille", "siège", "prise", "combat", "invasion", "guerre", "campagne",
                  "révolte", "insurrection"),
    title_links=("de", "du", "des", "d'", "d’", "à", "en"),
    title_ends=("guerre",),
    lead_phrases=("est une bataille", "fut une bataille", "est un affrontement",
                  "est une guerre", "est un conflit"),
    lead_verbs=("est", "fut", "a lieu", "oppose", "se déroule"),
    common_words="le la les des et du dans une est par sur aux fut qui",
)
# fmt: on

# States as this language's belligerents rows name them (one tuple per state, its other names
# after the first), read with English's ``vocab.STATE_NAMES`` to split a row run together
# ("Perú Gran Colombia").
STATE_NAMES: tuple[tuple[str, ...], ...] = (
    ("France", "Royaume de France", "Empire français", "Premier Empire", "Ier Empire français"),
    ("Royaume d'Angleterre", "Angleterre"),
    ("Royaume-Uni",),
    ("Royaume de Bohême", "Bohême"),
    ("République de Gênes", "Gênes"),
    ("Royaume de Navarre", "Navarre"),
    ("Empire russe", "Russie", "Union soviétique"),
    ("Empire d'Autriche", "Autriche", "Autriche-Hongrie"),
    ("Prusse", "Royaume de Prusse"),
    ("Espagne", "Royaume d'Espagne"),
    ("États-Unis",),
    ("Allemagne", "Empire allemand"),
    ("Italie", "Royaume d'Italie"),
    ("Empire ottoman",),
    ("Saint-Empire romain germanique",),
    ("Irak",),
    ("Syrie",),
    ("Carthage",),
    ("République romaine",),
)
