"""Portuguese (pt): pt.wikipedia's {{Info/Conflito militar}} and its mirrors.

Evidence (``reference/i18n/pt.md``): [code] a public en->pt infobox translator mapping
{{Infobox military conflict}} to {{Info/Conflito militar}} (conflito, parte_de, data, local,
resultado, combatente1/2, comandante1/2, baixas1/2) and {{Infobox civil conflict}} to
{{Info/conflito civil}} (lado, líderes, total, baixas, situação, período); [seen] the rendered
dev pages; [unverified] forças1/2.
"""

from __future__ import annotations

from wikiparse.vocab.lang.schema import Language

__all__ = ["LANGUAGE", "STATE_NAMES"]

COMBATANT, COMMANDER, STRENGTH, CASUALTIES = "combatant", "commander", "strength", "casualties"

# fmt: off
LANGUAGE = Language(
    iso="pt",
    name="Portuguese",
    infoboxes=frozenset({"info/conflito militar", "info/conflito civil"}),
    infobox_title="Info/Conflito militar",
    other_infoboxes={  # [unverified]
        "info/município do brasil": "settlement", "info/localidade": "settlement",
        "info/biografia": "person", "info/clube de futebol": "football club",
    },
    params={  # [code] unless marked
        "conflito": "conflict", "parte de": "partof", "imagem": "image", "legenda": "caption",
        "data": "date", "período": "date", "local": "place", "resultado": "result",
        "situação": "status", "território": "territory", "coordenadas": "coordinates",
    },
    side_prefixes={
        "combatente": COMBATANT, "lado": COMBATANT, "comandante": COMMANDER,
        "líderes": COMMANDER, "forças": STRENGTH, "total": STRENGTH, "baixas": CASUALTIES,
    },
    # [unverified] flag templates: from general knowledge of the Wikipedia, not in the
    # reference; the names are the countries' in this language
    flag_codes={
        "usa": "Estados Unidos", "gbr": "Reino Unido", "uk": "Reino Unido", "fra": "França",
        "deu": "Alemanha", "ger": "Alemanha", "ita": "Itália", "esp": "Espanha", "rus": "Rússia",
        "sun": "União Soviética", "urs": "União Soviética", "aut": "Áustria", "prt": "Portugal",
        "por": "Portugal", "nld": "Países Baixos", "ned": "Países Baixos", "bel": "Bélgica",
        "pol": "Polônia", "swe": "Suécia", "tur": "Turquia", "grc": "Grécia", "gre": "Grécia",
        "jpn": "Japão", "chn": "China", "irq": "Iraque", "irn": "Irã", "syr": "Síria",
        "isr": "Israel", "egy": "Egito", "ukr": "Ucrânia", "can": "Canadá", "aus": "Austrália",
        "hun": "Hungria", "bra": "Brasil", "arg": "Argentina", "mex": "México", "per": "Peru",
        "chl": "Chile", "chi": "Chile", "col": "Colômbia", "dnk": "Dinamarca", "den": "Dinamarca",
        "nor": "Noruega", "fin": "Finlândia", "che": "Suíça", "sui": "Suíça", "srb": "Sérvia",
        "rou": "Romênia", "bgr": "Bulgária", "bul": "Bulgária", "afg": "Afeganistão",
        "ind": "Índia", "kor": "Coreia do Sul", "prk": "Coreia do Norte", "vnm": "Vietnã",
        "vie": "Vietnã", "lbn": "Líbano", "sau": "Arábia Saudita", "ksa": "Arábia Saudita",
        "pry": "Paraguai", "ury": "Uruguai", "bol": "Bolívia",
    },
    flag_templates={"bandeira": "icon"},  # {{bandeira|BRA}}; {{flagicon|BRA}} as in English
    code_templates=True,  # {{BRA}}: flag and name
    cite_templates=frozenset({"citar web", "citar livro", "citar periódico", "citar jornal"}),
    cite_params={
        "título": "title", "obra": "work", "publicado": "publisher", "editora": "publisher",
        "data": "date", "acessodata": "access-date", "autor": "author", "último": "last",
        "primeiro": "first", "ano": "year",
    },
    labels={
        "parte da": "partof", "data": "date", "local": "place", "desfecho": "result",
        "resultado": "result", "mudanças territoriais": "territory",
        "beligerantes": COMBATANT, "comandantes": COMMANDER, "forças": STRENGTH,
        "baixas": CASUALTIES, "coordenadas": "coordinates",
    },
    inline_labels=("Data", "Local", "Desfecho"),
    part_of_starts=("parte da ", "parte do ", "parte de "),
    flag_words=("bandeira da", "bandeira do", "bandeira de"),
    months={
        "janeiro": 1, "jan": 1, "fevereiro": 2, "fev": 2, "março": 3, "mar": 3, "abril": 4,
        "abr": 4, "maio": 5, "mai": 5, "junho": 6, "jun": 6, "julho": 7, "jul": 7,
        "agosto": 8, "ago": 8, "setembro": 9, "set": 9, "outubro": 10, "out": 10,
        "novembro": 11, "nov": 11, "dezembro": 12, "dez": 12,
    },
    date_words={"a.c.": "BC", "a. c.": "BC", "d.c.": "AD", "d. c.": "AD", "a": "to",
                "até": "to", "e": "to", "presente": "present", "desde": "since"},
    range_words=("a", "até"),
    range_starts=("de", "entre"),
    approx_words=frozenset({"cerca de", "aproximadamente", "aprox.", "quase"}),
    at_least_words=frozenset({"mais de", "pelo menos", "no mínimo"}),
    unknown_words=frozenset({"desconhecido", "desconhecidos", "desconhecidas", "nenhuma"}),
    kind_words=(
        ("mortos e feridos", "dead_or_wounded"), ("mortos", "killed"), ("feridos", "wounded"),
        ("capturados", "captured"), ("prisioneiros", "captured"),
        ("desaparecidos", "missing"), ("baixas", "total"), ("aviões derrubados", "materiel"),
        ("aviões", "materiel"), ("tanques", "materiel"),
    ),
    scales={"mil": 1_000, "milhão": 1_000_000, "milhões": 1_000_000},
    compass={"N": "N", "S": "S", "L": "E", "E": "E", "O": "W"},  # Leste, Oeste
    decimal_comma=True,
    spaced_thousands=True,
    breakdown_words=("dos quais", "das quais"),
    group_headers=frozenset({"apoiados por", "com apoio de"}),
    conflict_marks=("beligerantes", "desfecho"),
    title_ordinals=("primeira", "segunda", "terceira"),
    title_starts=("batalha", "cerco", "guerra", "sítio", "campanha"),
    title_links=("de", "do", "da", "dos", "das"),
    title_ends=("guerra",),
    lead_phrases=("foi uma batalha", "é uma batalha", "foi travada", "foi uma guerra"),
    lead_verbs=("foi", "é", "ocorreu"),
    common_words="os das dos em uma foi para pelo pela não também ao com na da do",
)
# fmt: on

# States as this language's belligerents rows name them (one tuple per state, its other names
# after the first), read with English's ``vocab.STATE_NAMES`` to split a row run together
# ("Perú Gran Colombia").
STATE_NAMES: tuple[tuple[str, ...], ...] = (
    ("Espanha", "Espanha Nacionalista", "Reino de Espanha"),
    ("Segunda República Espanhola",),
    ("Reino da Itália", "Itália"),
    ("Alemanha", "Alemanha Nazista"),
    ("Portugal", "Reino de Portugal"),
    ("França", "Reino de França"),
    ("Reino Unido",),
    ("Estados Unidos",),
    ("Brasil", "Império do Brasil"),
    ("Rússia", "Império Russo", "União Soviética"),
    ("Império Otomano",),
    ("Macedônia", "Reino da Macedônia"),
    ("Império Aquemênida", "Império Persa"),
)
