"""Spanish (es): es.wikipedia's {{Ficha de conflicto militar}} / {{Ficha de conflicto}}.

Evidence (``reference/i18n/es.md``): [code] the two template names (public code that parses
es-wiki); [seen] the rendered dev pages, including two machine translations (of a ru-wiki box:
"la fecha", "Salir" = result, "oponentes", "Fuerzas laterales"; of a fr-wiki box: "Número" =
result, "Beligerante partidos", "Fuerzas presentes"); [unverified] the parameter names.
"""

from __future__ import annotations

from wikiparse.vocab.lang.schema import Language

__all__ = ["LANGUAGE", "STATE_NAMES"]

COMBATANT, COMMANDER, UNITS = "combatant", "commander", "units"
STRENGTH, CASUALTIES = "strength", "casualties"

# fmt: off
LANGUAGE = Language(
    iso="es",
    name="Spanish",
    infoboxes=frozenset({"ficha de conflicto militar", "ficha de conflicto"}),
    infobox_title="Ficha de conflicto militar",
    other_infoboxes={  # [unverified]
        "ficha de localidad de españa": "settlement", "ficha de localidad": "settlement",
        "ficha de entidad subnacional": "settlement", "ficha de persona": "person",
        "ficha de club de fútbol": "football club", "ficha de país": "country",
    },
    params={  # [unverified]
        "nombre": "conflict", "parte de": "partof", "imagen": "image",
        "descripción imagen": "caption", "pie": "caption", "fecha": "date", "lugar": "place",
        "coordenadas": "coordinates", "resultado": "result", "territorio": "territory",
        "conflicto": "partof",
    },
    side_prefixes={  # [unverified]
        "combatientes": COMBATANT, "combatiente": COMBATANT, "comandante": COMMANDER,
        "comandantes": COMMANDER, "unidades": UNITS, "soldados": STRENGTH, "fuerzas": STRENGTH,
        "fuerza": STRENGTH, "bajas": CASUALTIES,
    },
    # [unverified] flag templates: from general knowledge of the Wikipedia, not in the
    # reference; the names are the countries' in this language
    flag_codes={
        "usa": "Estados Unidos", "gbr": "Reino Unido", "uk": "Reino Unido", "fra": "Francia",
        "deu": "Alemania", "ger": "Alemania", "ita": "Italia", "esp": "España", "rus": "Rusia",
        "sun": "Unión Soviética", "urs": "Unión Soviética", "aut": "Austria", "prt": "Portugal",
        "por": "Portugal", "nld": "Países Bajos", "ned": "Países Bajos", "bel": "Bélgica",
        "pol": "Polonia", "swe": "Suecia", "tur": "Turquía", "grc": "Grecia", "gre": "Grecia",
        "jpn": "Japón", "chn": "China", "irq": "Irak", "irn": "Irán", "syr": "Siria",
        "isr": "Israel", "egy": "Egipto", "ukr": "Ucrania", "can": "Canadá", "aus": "Australia",
        "hun": "Hungría", "bra": "Brasil", "arg": "Argentina", "mex": "México", "per": "Perú",
        "chl": "Chile", "chi": "Chile", "col": "Colombia", "dnk": "Dinamarca", "den": "Dinamarca",
        "nor": "Noruega", "fin": "Finlandia", "che": "Suiza", "sui": "Suiza", "srb": "Serbia",
        "rou": "Rumania", "bgr": "Bulgaria", "bul": "Bulgaria", "afg": "Afganistán",
        "ind": "India", "kor": "Corea del Sur", "prk": "Corea del Norte", "vnm": "Vietnam",
        "vie": "Vietnam", "lbn": "Líbano", "sau": "Arabia Saudita", "ksa": "Arabia Saudita",
        "pry": "Paraguay", "ury": "Uruguay", "bol": "Bolivia",
    },
    flag_templates={"bandera": "icon", "bandera2": "name"},  # {{bandera|ESP}}
    code_templates=True,  # {{ESP}}: flag and name
    cite_templates=frozenset({"cita web", "cita libro", "cita publicación", "cita noticia"}),
    cite_params={
        "título": "title", "obra": "work", "editorial": "publisher", "fecha": "date",
        "fechaacceso": "access-date", "fecha-acceso": "access-date", "autor": "author",
        "apellido": "last", "apellidos": "last", "nombre": "first", "año": "year",
        "publicación": "work",
    },
    labels={
        "parte de": "partof", "fecha": "date", "lugar": "place", "coordenadas": "coordinates",
        "casus belli": "casus", "conflicto": "partof", "resultado": "result",
        "cambios territoriales": "territory", "beligerantes": COMBATANT,
        "comandantes": COMMANDER, "unidades militares": UNITS, "fuerzas en combate": STRENGTH,
        "soldados": STRENGTH, "bajas": CASUALTIES,
        # machine translations (wiki7 from ru-wiki, historyback from fr-wiki)
        "la fecha": "date", "ubicación": "place", "salir": "result", "número": "result",
        "oponentes": COMBATANT, "beligerante partidos": COMBATANT, "fuerzas laterales": STRENGTH,
        "fuerzas presentes": STRENGTH, "pérdidas": CASUALTIES,
    },
    inline_labels=("Fecha", "Lugar", "Resultado", "Coordenadas", "Ubicación", "Número",
                   "Salir", "la fecha"),
    part_of_starts=("parte de ", "conflicto principal:"),
    flag_words=("bandera de la", "bandera de los", "bandera del", "bandera de"),
    chrome_lines=frozenset({
        "Saltar a: navegación, búsqueda", "Ir a la navegación Ir a la búsqueda",
        "Archivos multimedia en Wikimedia Commons",
    }),
    chrome_phrases=("De Wikipedia, la enciclopedia libre",),
    months={
        "enero": 1, "ene": 1, "febrero": 2, "feb": 2, "marzo": 3, "mar": 3, "abril": 4,
        "abr": 4, "mayo": 5, "may": 5, "junio": 6, "jun": 6, "julio": 7, "jul": 7, "agosto": 8,
        "ago": 8, "septiembre": 9, "setiembre": 9, "sep": 9, "sept": 9, "octubre": 10,
        "oct": 10, "noviembre": 11, "nov": 11, "diciembre": 12, "dic": 12,
    },
    date_words={"a. de c.": "BC", "a. c.": "BC", "a.c.": "BC", "d. c.": "AD", "d.c.": "AD",
                "al": "to", "y": "to", "hasta": "to", "actualidad": "present",
                "presente": "present", "desde": "since"},
    range_words=("a", "al"),
    range_starts=("de", "entre"),
    approx_words=frozenset({"aprox.", "aproximadamente", "cerca de", "unos", "alrededor de",
                            "casi"}),
    at_least_words=frozenset({"más de", "al menos", "por lo menos"}),
    unknown_words=frozenset({"desconocido", "desconocidos", "desconocida", "desconocidas",
                             "ninguno", "ninguna"}),
    kind_words=(
        ("muertos y heridos", "dead_or_wounded"), ("muertos o heridos", "dead_or_wounded"),
        ("muertos", "killed"), ("fallecidos", "killed"), ("mató", "killed"),
        ("heridos", "wounded"), ("prisioneros", "captured"), ("capturados", "captured"),
        ("desaparecidos", "missing"), ("bajas", "total"), ("cañones", "materiel"),
        ("tanques", "materiel"), ("aviones", "materiel"),
    ),
    scales={"mil": 1_000, "millón": 1_000_000, "millones": 1_000_000},
    compass={"N": "N", "S": "S", "E": "E", "O": "W"},  # Oeste
    decimal_comma=True,
    spaced_thousands=True,
    breakdown_words=("de los cuales", "de ellos", "divididos en"),
    group_headers=frozenset({"apoyados por", "con el apoyo de", "apoyo"}),
    conflict_marks=("beligerantes", "fuerzas en combate", "oponentes", "beligerante partidos"),
    title_ordinals=("primera", "segunda", "tercera"),
    title_starts=("batalla", "sitio", "asedio", "combate", "toma", "guerra", "campaña"),
    title_links=("de", "del", "en"),
    title_ends=("guerra",),
    lead_phrases=("fue una batalla", "es una batalla", "fue un combate",
                  "es la batalla decisiva", "es un enfrentamiento"),
    lead_verbs=("es", "fue", "fueron", "tuvo lugar", "enfrentó"),
    common_words="el los las del y una fue para por con que se al",
)
# fmt: on

# States as this language's belligerents rows name them (one tuple per state, its other names
# after the first), read with English's ``vocab.STATE_NAMES`` to split a row run together
# ("Perú Gran Colombia").
STATE_NAMES: tuple[tuple[str, ...], ...] = (
    ("España", "Imperio español", "Reino de España", "Monarquía española"),
    ("Perú", "República del Perú"),
    ("Gran Colombia", "República de la Gran Colombia", "República de Colombia"),
    ("Francia", "Primer Imperio francés", "Imperio francés", "Reino de Francia"),
    ("Reino Unido", "Reino Unido de Gran Bretaña e Irlanda", "Gran Bretaña"),
    ("Reino de Prusia", "Prusia"),
    ("Reino Unido de los Países Bajos", "Países Bajos"),
    ("Reino de Macedonia", "Macedonia"),
    ("Imperio persa", "Imperio aqueménida"),
    ("Estados Unidos",),
    ("Alemania", "Alemania nazi"),
    ("Italia", "Reino de Italia"),
    ("Rusia", "Imperio ruso", "Unión Soviética"),
    ("Portugal", "Reino de Portugal"),
    ("Imperio otomano",),
    ("Chile",),
    ("Argentina", "Provincias Unidas del Río de la Plata"),
    ("Irak",),
    ("Siria",),
    ("Cartago",),
    ("República romana",),
    ("Austria", "Imperio austríaco"),
)
