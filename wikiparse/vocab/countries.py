"""Country codes that flag templates take in place of a name ({{flagicon|FRG}}); the codes
that are also shortcut templates ({{USA}}) are ``templates.COUNTRY_TEMPLATES``. ``STATE_NAMES``:
the English names of states (one entry per state, its other names after the first) that
tell where a belligerents line run together with no separator splits ("United Kingdom
Portugal France"); other languages' are ``STATE_NAMES`` in ``vocab/lang/<code>.py``.
"""

from __future__ import annotations

__all__ = ["FLAG_CODES", "GROUP_WORDS", "NAME_JOINERS", "STATE_NAMES", "SUPPORT_ROLES"]

# Shorthand codes (IOC and ISO 3166 alpha-3) that flag templates take as their country
# ({{flagicon|FRG}}, {{flag|KSA}}); only there, and only in capitals: no template is named so.
FLAG_CODES = {
    "frg": "West Germany", "gdr": "East Germany", "tch": "Czechoslovakia", "yug": "Yugoslavia",
    "ksa": "Saudi Arabia", "rsa": "South Africa", "sui": "Switzerland", "den": "Denmark",
    "dnk": "Denmark", "swe": "Sweden", "nor": "Norway", "fin": "Finland", "por": "Portugal",
    "prt": "Portugal", "gre": "Greece", "grc": "Greece", "bul": "Bulgaria", "bgr": "Bulgaria",
    "rou": "Romania", "srb": "Serbia", "cro": "Croatia", "hrv": "Croatia", "bih": "Bosnia and "
    "Herzegovina", "mex": "Mexico", "bra": "Brazil", "arg": "Argentina", "chi": "Chile",
    "chl": "Chile", "per": "Peru", "col": "Colombia", "ven": "Venezuela", "cub": "Cuba",
    "phi": "Philippines", "phl": "Philippines", "ina": "Indonesia", "idn": "Indonesia",
    "tha": "Thailand", "vie": "Vietnam", "kaz": "Kazakhstan", "geo": "Georgia",
    "arm": "Armenia", "aze": "Azerbaijan", "lba": "Libya", "lby": "Libya", "alg": "Algeria",
    "dza": "Algeria", "mar": "Morocco", "tun": "Tunisia", "sud": "Sudan", "sdn": "Sudan",
    "eth": "Ethiopia", "som": "Somalia", "ngr": "Nigeria", "nga": "Nigeria", "ken": "Kenya",
    "yem": "Yemen", "kuw": "Kuwait", "kwt": "Kuwait", "qat": "Qatar", "uae": "United Arab "
    "Emirates", "are": "United Arab Emirates", "bhr": "Bahrain", "omn": "Oman",
    "lux": "Luxembourg", "irl": "Ireland", "isl": "Iceland",
    "cze": "Czech Republic", "svk": "Slovakia", "slo": "Slovenia", "svn": "Slovenia",
    "ltu": "Lithuania", "lat": "Latvia", "lva": "Latvia", "est": "Estonia", "blr": "Belarus",
    "mda": "Moldova", "alb": "Albania", "mkd": "North Macedonia", "mne": "Montenegro",
    "cyp": "Cyprus", "ban": "Bangladesh", "bgd": "Bangladesh", "sri": "Sri Lanka",
    "lka": "Sri Lanka", "nep": "Nepal", "mgl": "Mongolia", "mya": "Myanmar", "mmr": "Myanmar",
    "cam": "Cambodia", "khm": "Cambodia", "lao": "Laos", "mas": "Malaysia", "mys": "Malaysia",
    "sgp": "Singapore", "twn": "Taiwan", "roc": "Taiwan", "pse": "Palestine",
    "ple": "Palestine", "rok": "South Korea",
}  # fmt: skip

# States as belligerents name them, one tuple per state: its names, the first the usual one.
# A belligerents line that is only these names, one after another, is that many parties;
# the names of one state in a row are one party (a flag's caption, then the name beside it:
# "Confederate States of America CSA (Confederacy)"). A name is never cut inside: the
# longest name wins ("Kingdom of Great Britain", "Holy Roman Empire", "United States").
STATE_NAMES: tuple[tuple[str, ...], ...] = (
    ("United States", "United States of America", "USA", "U.S."),
    ("Confederate States of America", "Confederate States", "CSA", "C.S.A.", "Confederacy"),
    ("United Kingdom", "UK", "Great Britain", "British Empire",
     "United Kingdom of Great Britain and Ireland",
     "United Kingdom of Great Britain and Northern Ireland"),
    ("Kingdom of Great Britain",), ("Kingdom of England", "England"),
    ("Kingdom of Scotland", "Scotland"), ("Kingdom of Ireland", "Ireland"), ("Wales",),
    ("France", "Kingdom of France", "French Republic", "First French Empire", "French Empire",
     "Second French Empire", "French First Republic", "French Third Republic", "Vichy France",
     "Free France"),
    ("Spain", "Kingdom of Spain", "Spanish Empire", "Crown of Castile", "Castile",
     "Monarchy of Spain", "Second Spanish Republic", "Nationalist Spain"),
    ("Portugal", "Kingdom of Portugal", "Portuguese Empire"),
    ("Holy Roman Empire",), ("Austria", "Austrian Empire", "Archduchy of Austria",
     "Habsburg Monarchy", "Austria-Hungary", "Austro-Hungarian Empire"),
    ("Prussia", "Kingdom of Prussia"), ("Germany", "German Empire", "Nazi Germany",
     "Weimar Republic", "West Germany", "East Germany", "Federal Republic of Germany"),
    ("Russia", "Russian Empire", "Tsardom of Russia", "Russian Federation", "Soviet Union",
     "USSR", "Russian SFSR"),
    ("Duchy of Warsaw",), ("Kingdom of Westphalia", "Westphalia"), ("Kingdom of Italy", "Italy"),
    ("Kingdom of Naples", "Naples"), ("Kingdom of Sardinia", "Sardinia"),
    ("Kingdom of Bavaria", "Bavaria"), ("Kingdom of Saxony", "Saxony"),
    ("Confederation of the Rhine",), ("Swiss Confederation", "Switzerland"),
    ("Dutch Republic", "Netherlands", "Kingdom of the Netherlands"), ("Belgium",),
    ("Luxembourg",), ("Denmark", "Denmark–Norway"), ("Sweden", "Swedish Empire",
     "Kingdom of Sweden"), ("Norway",), ("Finland",), ("Iceland",),
    ("Poland", "Polish–Lithuanian Commonwealth", "Second Polish Republic"), ("Lithuania",),
    ("Latvia",), ("Estonia",), ("Hungary", "Kingdom of Hungary", "Principality of Hungary"),
    ("Bohemia", "Kingdom of Bohemia"), ("Czechoslovakia",), ("Czech Republic", "Czechia"),
    ("Slovakia",), ("Slovenia",), ("Croatia",), ("Serbia", "Kingdom of Serbia"),
    ("Yugoslavia",), ("Bosnia and Herzegovina",), ("Montenegro",), ("Albania",),
    ("North Macedonia",), ("Greece", "Kingdom of Greece"), ("Bulgaria",), ("Romania",),
    ("Moldova",), ("Ukraine",), ("Belarus",), ("Georgia",), ("Armenia",), ("Azerbaijan",),
    ("Ottoman Empire", "Turkey"), ("Byzantine Empire",), ("Venice", "Republic of Venice"),
    ("Republic of Genoa", "Genoa"), ("Papal States",), ("Duchy of Milan",),
    ("Duchy of Normandy", "Normandy"), ("East Francia",), ("West Francia",),
    ("Roman Republic",), ("Roman Empire",), ("Carthage",), ("Ptolemaic Kingdom",
     "Ptolemaic Egypt"), ("Macedonia", "Kingdom of Macedonia"), ("Achaemenid Empire",
     "Persian Empire"),
    ("Egypt",), ("Libya",), ("Tunisia",), ("Algeria",), ("Morocco",), ("Sudan",),
    ("South Sudan",), ("Ethiopia",), ("Eritrea",), ("Somalia",), ("Kenya",), ("Uganda",),
    ("Tanzania",), ("Rwanda",), ("Burundi",), ("Democratic Republic of the Congo",),
    ("Republic of the Congo",), ("Angola",), ("Mozambique",), ("Zimbabwe", "Rhodesia"),
    ("Zambia",), ("South Africa",), ("Namibia",), ("Nigeria",), ("Ghana",), ("Mali",),
    ("Chad",), ("Niger",), ("Cameroon",), ("Senegal",),
    ("Israel",), ("Palestine", "State of Palestine"), ("Lebanon",), ("Syria",),
    ("Jordan",), ("Iraq",), ("Iran", "Persia"), ("Saudi Arabia",), ("Yemen",),
    ("Kuwait",), ("Qatar",), ("Bahrain",), ("Oman",), ("United Arab Emirates", "UAE"),
    ("Afghanistan",), ("Pakistan",), ("India", "British Raj"), ("Bangladesh",),
    ("Sri Lanka",), ("Nepal",), ("China", "People's Republic of China", "Qing dynasty"),
    ("Republic of China", "Taiwan"), ("Japan", "Empire of Japan"), ("Korea", "Joseon"),
    ("South Korea",), ("North Korea",), ("Mongolia",), ("Vietnam", "North Vietnam"),
    ("South Vietnam",), ("Laos",), ("Cambodia",), ("Thailand", "Siam"), ("Myanmar", "Burma"),
    ("Malaysia",), ("Singapore",), ("Indonesia",), ("Philippines",), ("Australia",),
    ("New Zealand",), ("Canada",), ("Mexico",), ("Cuba",), ("Haiti",), ("Guatemala",),
    ("Honduras",), ("Nicaragua",), ("El Salvador",), ("Costa Rica",), ("Panama",),
    ("Colombia",), ("Gran Colombia",), ("Venezuela",), ("Ecuador",), ("Peru",),
    ("Bolivia",), ("Chile",), ("Argentina", "United Provinces of the River Plate"),
    ("Paraguay",), ("Uruguay",), ("Brazil", "Empire of Brazil"), ("Kazakhstan",),
    ("Uzbekistan",), ("Turkmenistan",), ("Kyrgyzstan",), ("Tajikistan",),
)  # fmt: skip

# Lower-case words that join the words of one name ("Kingdom of Great Britain", "Bosnia and
# Herzegovina"): a state name after one of these is inside the name, not the next party's.
# Prepositions, and their contractions with an article, join a place to a name ("Legione
# italiana nel Uruguay", "Corps expéditionnaire français au Mexique", "Truppen aus Indien").
# Compared folded (no accents, case or apostrophes: "für" is "fur", a lone "'s" is "s").
NAME_JOINERS = frozenset({
    "of", "the", "and", "de", "del", "della", "di", "da", "do", "dos", "das", "des", "du", "la",
    "le", "les", "el", "los", "las", "y", "e", "et", "und", "von", "der", "den", "zu", "d", "s",
    "in", "at", "for", "to", "from", "with", "on", "by", "under", "en", "a", "al", "im", "am",
    "against", "into", "near", "over", "across",
    "au", "aux", "sur", "pour", "contre", "chez", "vers", "dans", "par", "avec",
    "con", "contra", "por", "para", "sobre", "entre", "desde", "hacia",
    "dello", "dei", "degli", "delle", "nel", "nello", "nella", "nei", "negli", "nelle", "allo",
    "alla", "ai", "agli", "alle", "dal", "dallo", "dalla", "dai", "dagli", "dalle", "sul",
    "sullo", "sulla", "sui", "sugli", "sulle", "per", "tra", "fra", "su",
    "no", "na", "nos", "nas", "ao", "aos", "pelo", "pela", "pelos", "pelas", "em", "com", "sob",
    "bei", "beim", "vom", "zum", "zur", "aus", "fur", "gegen", "uber", "mit", "nach", "auf",
    "dem",
})  # fmt: skip

# Words that end a party named by its people ("Royal forces", "Octavian's Roman supporters"):
# in lower case, followed by a capitalised word, another party starts there ("Royal forces
# Baronial forces").
GROUP_WORDS = frozenset({
    "forces", "troops", "army", "armies", "supporters", "loyalists", "rebels", "insurgents",
    "militia", "militias", "allies", "partisans", "royalists", "soldiers", "men", "warriors",
    "tribes", "fleet", "navy", "contingent", "contingents", "auxiliaries", "volunteers",
})  # fmt: skip

# The last word of a sub-header over a side's helpers ("Iran Advisors:", "Russia Military
# advisers:", "Volontaires :"): such a header stands inside a side's cell, it heads no side.
SUPPORT_ROLES = frozenset({
    "advisors", "advisers", "volunteers", "mercenaries", "instructors", "contractors",
    "asesores", "voluntarios", "mercenarios", "instructores", "conseillers", "volontaires",
    "mercenaires", "instructeurs", "consiglieri", "volontari", "mercenari", "istruttori",
    "conselheiros", "voluntários", "mercenários", "instrutores", "berater", "freiwillige",
    "söldner", "ausbilder", "советники", "добровольцы", "наёмники", "наемники", "инструкторы",
})  # fmt: skip
