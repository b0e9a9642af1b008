"""What one language's data file holds (``vocab/lang/<code>.py`` builds one ``Language``).

Every table is plain data, lower case unless said otherwise. Canonical names on the right of the
mappings are ``fields``' names ("date", "place", "result", the side prefixes "combatant",
"commander", "units", "strength", "casualties"). English (``en``) is the base every other
language is read together with: a German page still says "c." or "Unknown" at times.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

__all__ = ["Language"]


@dataclass(frozen=True)
class Language:
    iso: str  # the ISO 639-1 code
    name: str  # in English, for the docs
    # --- wikitext: the conflict infobox ---------------------------------------------------------
    infoboxes: frozenset[str] = frozenset()  # template names, normalised (lower case, spaces)
    infobox_title: str = ""  # the name as the Wikipedia writes it: what a render of a page writes
    other_infoboxes: Mapping[str, str] = field(default_factory=dict)  # name -> kind of page
    params: Mapping[str, str] = field(default_factory=dict)  # parameter -> canonical name
    side_prefixes: Mapping[str, str] = field(default_factory=dict)  # "verluste" -> casualties
    cite_templates: frozenset[str] = frozenset()  # citation templates ("internetquelle")
    # Flag templates in the infobox's values: a country code or name gives the country in the
    # language's words ({{FRA-1804|#}} on de.wikipedia: the flag of "Frankreich").
    flag_codes: Mapping[str, str] = field(default_factory=dict)  # "fra" -> "Frankreich"
    flag_templates: Mapping[str, str] = field(default_factory=dict)  # name -> "icon" | "name"
    code_templates: bool = False  # {{FRA}}, {{FRA-1804|#}}: a country code is a template
    country_templates: bool = False  # {{France}}: a country's name is a template
    flag_prefixes: tuple[str, ...] = ()  # "флаг ": {{Флаг России}} is a flag icon
    flag_name_words: tuple[str, ...] = ()  # {{bandiera|ITA|nome}}: a parameter that shows the name
    cite_params: Mapping[str, str] = field(default_factory=dict)  # "titel" -> "title"
    # --- a rendered infobox ---------------------------------------------------------------------
    labels: Mapping[str, str] = field(default_factory=dict)  # row label -> canonical name
    inline_labels: tuple[str, ...] = ()  # labels a scrape glues to their value, as printed
    part_of_starts: tuple[str, ...] = ()  # "teil von:" lines under the title
    flag_words: tuple[str, ...] = ()  # words that start a flag's alt text ("drapeau de")
    flag_marks: tuple[str, ...] = ()  # words that end one ("Iraq (bandiera) Iraq")
    # --- page chrome ----------------------------------------------------------------------------
    chrome_lines: frozenset[str] = frozenset()  # whole lines, as printed
    chrome_phrases: tuple[str, ...] = ()  # removed wherever they stand
    box_ends: tuple[str, ...] = ()  # lines after a rendered box's rows: campaign box, map
    # --- values ---------------------------------------------------------------------------------
    months: Mapping[str, int] = field(default_factory=dict)  # every form: genitive, abbreviated
    # Phrases of a date rewritten to the English words the date parser knows, longest first:
    # eras ("v. chr." -> "BC"), range words ("bis" -> "to"), ongoing words ("heute").
    date_words: Mapping[str, str] = field(default_factory=dict)
    range_words: tuple[str, ...] = ()  # between two figures: "bis", "à", "a"
    range_starts: tuple[str, ...] = ()  # before a range's first figure: "da" 1 000 "a" 3 000
    approx_words: frozenset[str] = frozenset()
    at_least_words: frozenset[str] = frozenset()
    unknown_words: frozenset[str] = frozenset()
    kind_words: tuple[tuple[str, str], ...] = ()  # casualty word -> Quantity.kind
    scales: Mapping[str, int] = field(default_factory=dict)  # "tausend", "mio." -> factor
    decimal_comma: bool = False  # "2,4 тысяч" is 2,400; "80,000" still reads as 80000
    spaced_thousands: bool = False  # "68 000 hommes" (German writes "190.000")
    compass: Mapping[str, str] = field(default_factory=dict)  # "nord" -> "N", "O" -> "E"|"W"
    breakdown_words: tuple[str, ...] = ()  # "davon", "dont": the lines after break down a total
    group_headers: frozenset[str] = frozenset()  # "unterstützt durch"
    # --- what a page is -------------------------------------------------------------------------
    conflict_marks: tuple[str, ...] = ()  # row labels only a conflict's box shows
    title_ordinals: tuple[str, ...] = ()  # "zweite", "seconda": before a title word
    title_starts: tuple[str, ...] = ()  # "schlacht", "bataille"
    title_links: tuple[str, ...] = ()  # "von", "bei", "de": between that word and a place
    title_ends: tuple[str, ...] = ()  # "krieg"
    lead_phrases: tuple[str, ...] = ()  # "war eine schlacht"
    lead_verbs: tuple[str, ...] = ()  # after the subject of a lead's first sentence: "war"
    common_words: str = ""  # space-separated: language detection
