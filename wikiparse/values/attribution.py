"""Who a sentence says its figures come from: the speaker as the report writes it.

    "…, killing 19 people, Houthi rebels said."          -> "Houthi rebels"
    "Yahya Saree, a spokesman for the Houthi military, said …" -> the name with its role
    "ICRC says 40 killed"; "The United States said Thursday that …"; "While the Sudan
    Doctors Network reported that …"                     -> the subject of the reporting verb
    '"… dead," Votel said.'; '"…," said the Observatory.' -> the speaker after the quote
    "according to local officials"                       -> "local officials"

A speaker is then resolved against the report's named speakers (``speakers``): a pronoun,
a short form, a description. Nothing is a default: a sentence that names no speaker has none.
"""

from __future__ import annotations

import re
from functools import lru_cache

from wikiparse import vocab

__all__ = [
    "ACCORDING", "ARTICLES", "CLAUSE_SPLIT", "EDGE_PUNCT", "FIGURE_DIGITS", "INITIALS", "KNOWN_AS",
    "MAX_PHRASE", "MAX_SUBJECT", "MAX_TIME_WORDS", "QUOTE_COMMA", "SPACED_WORD", "VERB_HINT",
    "WORDS_CACHE", "appositive", "clause_words", "gives_role", "lower_article", "name_like",
    "speaker_in", "through_quotes"
]  # fmt: skip

# Commas that close a quote ('62," said'): moved outside it, so clauses split at ", ".
QUOTE_COMMA = re.compile(r"([,.?!])([\"”’])(?=\s)")
CLAUSE_SPLIT = re.compile(r",\s+|;\s+|\s[—–]\s+")  # one space before a dash: no run to retry
SPACED_WORD = re.compile(r"[^\s\"“”‘]+")
EDGE_PUNCT = "\"“”‘’'.,;:!?()[] "
ACCORDING = re.compile(r"\baccording to\b", re.IGNORECASE)
# Any reporting verb or "according": a sentence with none names no speaker (one C scan).
VERB_HINT = re.compile(
    r"\b(?:" + "|".join(sorted(vocab.REPORTING_VERBS)) + r")\b|[Aa]ccording to", re.ASCII
)
WORDS_CACHE = 4096  # clauses whose words are kept: a report has a few hundred
MAX_SUBJECT = 10  # words; a longer run before a verb is a clause, not a speaker
MAX_PHRASE = 16  # words of a speaker read forwards ("according to …") at most
MAX_TIME_WORDS = 4  # words after an inverted speaker ("said X on Monday night")
ARTICLES = vocab.ARTICLES
INITIALS = re.compile(r"(?:[A-Z]\.)+")
# "The group's affiliate, known as the Islamic State in Khorasan Province, said": the name.
KNOWN_AS = re.compile(r"^(?:also |better |widely )?(?:known as|called) (?:the )?(?P<name>[A-Z].*)$")
FIGURE_DIGITS = re.compile(r"\d[\d,.]*")


def _strip(word: str) -> str:
    """A word without edge punctuation, but an abbreviation keeps its full stop ("Gen.")."""
    if word[0].isalnum() and word[-1].isalnum():
        return word  # most words: nothing to strip
    if word[0] == "(" and word.rstrip(".,;:").endswith(")") and len(word) > 2:
        return word.rstrip(".,;:")  # "(CJTF)": a name's own parentheses
    bare = word.strip(EDGE_PUNCT)
    if word.rstrip(EDGE_PUNCT.replace(".", "")).endswith(".") and bare:
        dotted = bare + "."
        if dotted.lower() in vocab.ABBREVIATIONS or INITIALS.fullmatch(dotted):
            return dotted
    return bare


@lru_cache(maxsize=WORDS_CACHE)
def clause_words(text: str) -> list[str]:
    """The words of a clause (cached: a clause is looked at as a subject, an appositive, a
    name; the caller never changes the list)."""
    return [w for w in map(_strip, SPACED_WORD.findall(text)) if w]


def _is_verb(word: str) -> bool:
    """A reporting verb, in lower case ("Says" starts a name or a headline)."""
    return word in vocab.REPORTING_VERBS


def name_like(clause: str) -> bool:
    """ "Rami Abdel Rahman", "Al-Watan": a short clause starting with a capital."""
    words = clause_words(clause)
    return 0 < len(words) <= 6 and words[0][0].isupper() and not any(map(_is_verb, words))


def appositive(clause: str) -> bool:
    """ "a spokesman for the Houthi military", "head of the Syrian Observatory …"."""
    words = [w.lower() for w in clause_words(clause)]
    if not words or len(words) > 14:
        return False
    return words[0] in ARTICLES or gives_role(clause)


def _verb_at(words: list[str]) -> int | None:
    """The index of the clause's reporting verb: after a subject of MAX_SUBJECT words at most,
    maybe after "has"/"also"; None when the clause has none there."""
    for i, word in enumerate(words[: MAX_SUBJECT + 3]):
        if _is_verb(word):
            return i
        if word.lower() in vocab.SUBJECT_BREAKS or FIGURE_DIGITS.fullmatch(word):
            return None  # "the 6th Infantry Division said" holds no figure: "6th" is a name
    return None


def _subject(words: list[str], verb: int) -> str | None:
    """The subject before a verb, without "has"/"also" and a clause opener ("While")."""
    subject = words[:verb]
    relative = [k for k, w in enumerate(subject) if w.lower() in vocab.RELATIVE_WORDS]
    subject = subject[: relative[0]] if relative else subject  # "A witness who arrived …"
    while subject and subject[-1].lower() in vocab.REPORTING_AUX:
        subject.pop()
    while subject and subject[0].lower() in vocab.CLAUSE_OPENERS:
        subject.pop(0)
    if not subject or any(w.lower() in vocab.CLAIM_KIND_WORDS for w in subject):
        return None
    return " ".join(subject)


def _inverted(words: list[str], verb: int) -> str | None:
    """ "said the Observatory, a …": the speaker after "said" (not "said Thursday")."""
    after = _phrase(words[verb + 1 :])
    if not after or after[0].lower() in vocab.SPEAKER_STOP:
        return None
    if words[verb] not in vocab.INVERTING_VERBS:  # "claimed the attack": an object
        return None
    rest = len(words) - verb - 1 - len(after)
    named = after[0][0].isupper() or after[0].lower() in ARTICLES
    if not named or rest > MAX_TIME_WORDS or len(after) > MAX_SUBJECT:
        return None  # "said ambulances trying to reach …": what was said, not who said it
    return " ".join(after) if all(map(_speaker_word, after)) else None


def _phrase(words: list[str], keep: str = "") -> list[str]:
    """The speaker's words read forwards, up to a word that ends them ("on Monday", "after"),
    but through a name's inner words ("Association for Political Prisoners")."""
    out: list[str] = []
    for k, word in enumerate(words[:MAX_PHRASE]):
        low = word.lower()
        following = words[k + 1] if k + 1 < len(words) else ""
        inner = low in vocab.NAME_CONNECTORS and following[:1].isupper()
        inner = inner or (low == "in" and (following[:1].isupper() or following == "the"))
        if out and low in vocab.SPEAKER_STOP and low != keep and not inner:
            break
        out.append(word)
    return out


def _speaker_word(word: str) -> bool:
    """A word a speaker's name can hold: no figure, no finite verb ("had", "were")."""
    return not word[0].isdigit() and word.lower() not in vocab.CLAUSE_VERBS


def _from_clauses(clauses: list[str]) -> str | None:
    for k, clause in enumerate(clauses):
        words = clause_words(clause)
        verb = _verb_at(words)
        if verb is None:
            continue
        if verb > 0 and words[0].lower() not in vocab.REPORTING_AUX:
            subject = _subject(words, verb)
            if subject is not None:
                return subject
            continue
        inverted = _inverted(words, verb)
        if inverted is not None:  # '…," said Dr X, director of the Y service, which …'
            role = clauses[k + 1] if k + 1 < len(clauses) else ""
            return f"{inverted}, {lower_article(role)}" if gives_role(role) else inverted
        found = _before_verb([c for c in clauses[:k] if not _relative(c)])
        if found is not None:
            return found
    return None


def _relative(clause: str) -> bool:
    """ "which intervened in Yemen in 2015": a relative clause between a speaker and "said"."""
    words = clause_words(clause)
    return bool(words) and words[0].lower() in vocab.RELATIVE_WORDS


def _before_verb(clauses: list[str]) -> str | None:
    """The speaker in the clauses before a clause that opens with its verb: "X, a spokesman
    for Y, said", "the governor, X, said", "…, officials said", "…, known as Y, said"."""
    alias = KNOWN_AS.match(clauses[-1].strip()) if clauses else None
    if alias is not None:
        return alias.group("name")
    if len(clauses) >= 2 and appositive(clauses[-1]) and name_like(clauses[-2]):
        return f"{clauses[-2].strip()}, {lower_article(clauses[-1])}"
    if len(clauses) >= 2 and name_like(clauses[-1]) and appositive(clauses[-2]):
        return f"{clauses[-1].strip()}, {lower_article(clauses[-2])}"  # "the governor, X,"
    if clauses and len(clause_words(clauses[-1])) <= MAX_SUBJECT:
        return clauses[-1].strip()
    return None


def lower_article(clause: str) -> str:
    """ "A Houthi military spokesman" after a name is "a Houthi military spokesman"."""
    clause = clause.strip().rstrip(".;:")
    first, _, rest = clause.partition(" ")
    return f"{first.lower()} {rest}" if first.lower() in ARTICLES and rest else clause


def _according(sentence: str) -> str | None:
    match = ACCORDING.search(sentence)
    if match is None:
        return None
    words = _phrase(clause_words(sentence[match.end() :].split(",")[0]), keep="by")
    if "by" in words:  # "figures compiled by the UN"
        words = words[words.index("by") + 1 :]
    parts = sentence[match.end() :].split(",")
    if words and len(parts) > 1 and appositive(parts[1]) and gives_role(parts[1]):
        return f"{' '.join(words)}, {lower_article(parts[1])}"  # "according to X, the head of Y"
    return " ".join(words) or None


def speaker_in(sentence: str) -> str | None:
    """The speaker a sentence names for what it says, as written (unresolved)."""
    if VERB_HINT.search(sentence) is None:
        return None  # no reporting verb, no "according to": most sentences
    found = _according(sentence)
    if found is not None:
        return found
    clauses = CLAUSE_SPLIT.split(QUOTE_COMMA.sub(r"\2\1", sentence.rstrip(" .")))
    return _from_clauses(clauses)


def gives_role(clause: str) -> bool:
    """Does an appositive give a role: a role noun among its first words, not used as an
    adjective ("a spokesman for …", "the regional governor"; not "an official body")?"""
    words = [w.lower() for w in clause_words(clause)[:5]]
    return any(
        word in vocab.ROLE_WORDS and (k + 1 == len(words) or not _modifies(words[k + 1]))
        for k, word in enumerate(words[:4])
    )


def _modifies(following: str) -> bool:
    """A role word before this word is its adjective ("official body", "military source")."""
    return following.isalpha() and following not in vocab.ROLE_FOLLOWERS


def _opens_quote(sentence: str) -> bool:
    """Does a sentence open a quote it does not close ('"Among the injured are two children.')?"""
    curly = sentence.count("“") > sentence.count("”")
    return curly or sentence.count('"') % 2 == 1


def through_quotes(said: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    """A quote of several sentences is its speaker's throughout: '"Among the injured are two
    children. Rescuers are still working," Syniehubov said.' gives both sentences the speaker
    named after the quote closes (in the same paragraph)."""
    out = list(said)
    k = 0
    while k < len(out):
        sentence, raw = out[k]
        end = k
        if raw is None and _opens_quote(sentence):
            end = next((j for j in range(k + 1, len(out)) if _opens_quote(out[j][0])), k)
            out[k : end + 1] = [(s, r or out[end][1]) for s, r in out[k : end + 1]]
        k = end + 1
    return out
