"""Russian (ru): ru.wikipedia's {{Вооружённый конфликт}} and its mirrors.

Evidence (``reference/i18n/ru.md``): [code] the template name and противник1/2, командир1/2,
итог (a public ru-wiki importer); [seen] the rendered dev pages (labels, genitive month names,
"до н. э.", double dates "27 июня (8 июля) 1709"); [unverified] the other parameter names,
and which of "Вооружённый конфликт" / "Военный конфликт" is the redirect (both are read).
"""

from __future__ import annotations

from wikiparse.vocab.lang.schema import Language

__all__ = ["LANGUAGE"]

COMBATANT, COMMANDER, STRENGTH, CASUALTIES = "combatant", "commander", "strength", "casualties"

# fmt: off
LANGUAGE = Language(
    iso="ru",
    name="Russian",
    infoboxes=frozenset({"вооружённый конфликт", "вооруженный конфликт", "военный конфликт"}),
    infobox_title="Вооружённый конфликт",
    other_infoboxes={  # [unverified]
        "населённый пункт": "settlement", "персона": "person",
        "футбольный клуб": "football club", "государство": "country",
    },
    params={
        "конфликт": "conflict", "часть": "partof", "изображение": "image",
        "заголовок": "caption", "ширина изображения": "image_size", "дата": "date",
        "место": "place", "координаты": "coordinates", "причина": "casus", "итог": "result",
        "изменения": "territory", "статус": "status", "примечания": "notes",
    },
    side_prefixes={"противник": COMBATANT, "командир": COMMANDER, "командующий": COMMANDER,
                   "силы": STRENGTH, "потери": CASUALTIES},
    # [unverified] flag templates: from general knowledge of the Wikipedia, not in the
    # reference; the names are the countries' in this language
    flag_codes={
        "usa": "США", "gbr": "Великобритания", "uk": "Великобритания", "fra": "Франция",
        "deu": "Германия", "ger": "Германия", "ita": "Италия", "esp": "Испания", "rus": "Россия",
        "sun": "СССР", "urs": "СССР", "aut": "Австрия", "prt": "Португалия", "por": "Португалия",
        "nld": "Нидерланды", "ned": "Нидерланды", "bel": "Бельгия", "pol": "Польша",
        "swe": "Швеция", "tur": "Турция", "grc": "Греция", "gre": "Греция", "jpn": "Япония",
        "chn": "Китай", "irq": "Ирак", "irn": "Иран", "syr": "Сирия", "isr": "Израиль",
        "egy": "Египет", "ukr": "Украина", "can": "Канада", "aus": "Австралия", "hun": "Венгрия",
        "bra": "Бразилия", "arg": "Аргентина", "mex": "Мексика", "per": "Перу", "chl": "Чили",
        "chi": "Чили", "col": "Колумбия", "dnk": "Дания", "den": "Дания", "nor": "Норвегия",
        "fin": "Финляндия", "che": "Швейцария", "sui": "Швейцария", "srb": "Сербия",
        "rou": "Румыния", "bgr": "Болгария", "bul": "Болгария", "afg": "Афганистан",
        "ind": "Индия", "kor": "Республика Корея", "prk": "КНДР", "vnm": "Вьетнам",
        "vie": "Вьетнам", "lbn": "Ливан", "sau": "Саудовская Аравия", "ksa": "Саудовская Аравия",
        "pry": "Парагвай", "ury": "Уругвай", "bol": "Боливия",
    },
    flag_templates={"флаг": "icon", "флагификация": "name"},  # {{флагификация|Россия}}
    flag_prefixes=("флаг ",),  # {{Флаг России}}: the flag only
    cite_templates=frozenset({"книга", "статья", "публикация"}),
    cite_params={
        "заглавие": "title", "ссылка": "url", "издание": "work", "издательство": "publisher",
        "дата": "date", "дата обращения": "access-date", "автор": "author", "год": "year",
    },
    labels={
        "основной конфликт": "partof", "дата": "date", "место": "place", "причина": "casus",
        "итог": "result", "изменения": "territory", "статус": "status",
        "противники": COMBATANT, "командующие": COMMANDER, "силы сторон": STRENGTH,
        "потери": CASUALTIES, "военные потери": CASUALTIES,
        # Cyclopedia (cyclowiki.org), another wiki with a box of its own
        "конфликт": "partof", "стороны": COMBATANT, "силы": STRENGTH,
    },
    inline_labels=("Дата", "Место", "Итог", "Статус", "Причина"),
    part_of_starts=("основной конфликт:", "конфликт "),
    chrome_lines=frozenset({
        "Перейти к навигации Перейти к поиску", "Перейти к навигации", "Перейти к поиску",
        "Перейти к: навигация, поиск", "Материал из Циклопедии", "Военный конфликт",
        "Логотип Викисклада Медиафайлы на Викискладе", "Медиафайлы на Викискладе",
        "Аудио, фото, видео на Викискладе", "Перейти к навигацииПерейти к поиску",
    }),
    chrome_phrases=("Материал из Википедии — свободной энциклопедии",
                    "Материал из Википедии - свободной энциклопедии"),
    months={
        "января": 1, "январь": 1, "янв": 1, "февраля": 2, "февраль": 2, "февр": 2, "марта": 3,
        "март": 3, "мар": 3, "апреля": 4, "апрель": 4, "апр": 4, "мая": 5, "май": 5, "июня": 6,
        "июнь": 6, "июля": 7, "июль": 7, "августа": 8, "август": 8, "авг": 8, "сентября": 9,
        "сентябрь": 9, "сент": 9, "октября": 10, "октябрь": 10, "окт": 10, "ноября": 11,
        "ноябрь": 11, "нояб": 11, "декабря": 12, "декабрь": 12, "дек": 12,
    },
    date_words={"до н. э.": "BC", "до н.э.": "BC", "н. э.": "AD", "н.э.": "AD",
                "по настоящее время": "present", "наст. время": "present", "по": "to",
                "с": "since"},
    range_words=("до",),
    range_starts=("от",),
    approx_words=frozenset({"ок.", "около", "примерно", "приблизительно"}),
    at_least_words=frozenset({"свыше", "более", "не менее", "более чем", "больше"}),
    unknown_words=frozenset({"неизвестно", "неизвестны", "нет данных", "нет"}),
    kind_words=(
        ("убитыми и ранеными", "dead_or_wounded"), ("убитых и раненых", "dead_or_wounded"),
        ("убитых", "killed"), ("убито", "killed"), ("убитые", "killed"),
        ("погибших", "killed"), ("погибло", "killed"), ("раненых", "wounded"),
        ("раненые", "wounded"), ("ранено", "wounded"), ("пленных", "captured"),
        ("пленные", "captured"), ("взято в плен", "captured"),
        ("пропавших без вести", "missing"), ("пропавшие без вести", "missing"),
        ("танков", "materiel"), ("орудий", "materiel"), ("самолётов", "materiel"),
        ("самолетов", "materiel"),
    ),
    scales={"тысяч": 1_000, "тысячи": 1_000, "тысяча": 1_000, "тыс.": 1_000, "тыс": 1_000,
            "млн": 1_000_000, "миллиона": 1_000_000, "миллионов": 1_000_000},
    compass={"с. ш.": "N", "ю. ш.": "S", "в. д.": "E", "з. д.": "W"},
    decimal_comma=True,
    spaced_thousands=True,
    breakdown_words=("из них",),
    group_headers=frozenset({"при поддержке", "поддержка"}),
    conflict_marks=("основной конфликт", "противники", "командующие", "силы сторон"),
    title_starts=("битва", "сражение", "осада", "штурм", "взятие", "оборона", "война"),
    title_links=("при", "за", "под", "у", "в", "на"),
    title_ends=("битва", "война", "операция", "сражение"),
    lead_phrases=("— крупнейшее сражение", "— сражение", "— битва", "— война",
                  "— военный конфликт", "— военная операция"),
    lead_verbs=("—", "-"),
    common_words="и в на с по не что был была было из от для",
)
# fmt: on
