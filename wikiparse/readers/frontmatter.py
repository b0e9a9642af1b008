"""The frontmatter reader: `---` YAML (wtf_wikipedia-style infoboxes) + a markdown body (001).

    infoboxes:
      - combatant2:
          text: "Syria\\n* Syrian Armed Forces\\n Palestinian People's Party"
          links: [{type: internal, page: Syria}, …]

YAML is read with a safe loader only: tags that would build objects are refused, and so are
alias bombs. Each
field's text becomes items ("*" lines are children); its links give the items their pages.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from wikiparse import fields, vocab
from wikiparse.issues import Issue
from wikiparse.raw import RawLink, RawPage, RawValue, nest
from wikiparse.readers.base import Format, Signal
from wikiparse.readers.common.cells import items_from_lines
from wikiparse.readers.common.params import canonical_param, has_side_fields
from wikiparse.readers.common.scrape import clean_lines, strip_markers
from wikiparse.readers.common.text_body import read_text_body
from wikiparse.values.language import language_code

__all__ = [
    "CAMEL", "EXPANSION_FACTOR", "EXPANSION_FLOOR", "FENCE", "FORMAT", "IMAGE_URL", "LOADER",
    "LOADERS", "MAX_ALIASES", "MAX_SCALARS", "MD_EMPHASIS", "MD_IMAGE", "MD_LINK",
    "OBJECT_RESIDUE", "PAGE_KEYS", "SCALAR_TAGS", "SIDE_PREFIXES", "PythonLoader", "read",
    "split_front_matter", "value_of"
]  # fmt: skip

# The closing fence of the front matter.
FENCE = re.compile(r"^---[ \t]*$", re.MULTILINE)
MD_IMAGE = re.compile(r"!\[[^\]\n]{0,300}\]\([^)\n]{0,500}\)")
MD_LINK = re.compile(r"\[(?P<text>[^\]\n]{0,300})\]\([^)\n]{0,500}\)")
MD_EMPHASIS = re.compile(r"\*\*(?P<a>[^*\n]{1,300})\*\*|__(?P<b>[^_\n]{1,300})__")
CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
# Front-matter keys that are the page itself or repeat the body.
PAGE_KEYS = frozenset(
    {"title", "subject", "description", "infoboxes", "tags", "date", "place", "img"}
)
# "/FileIthriyah-Raqqa_.svg", "https://upload…/2018_Qadam_Offensive.svg": an image URL or path.
IMAGE_URL = re.compile(r"(?:^|/)(?:File:?)?(?P<name>[^/]+\.(?:svg|png|jpe?g|gif))$", re.I)
OBJECT_RESIDUE = "[object Object]"
SIDE_PREFIXES = tuple(fields.SIDE_PREFIXES)


def split_front_matter(text: str) -> tuple[str, str]:
    """("key: value…", "markdown body"); ("", text) when there is no closed front matter."""
    stripped = text.lstrip()
    if not stripped.startswith("---"):
        return "", text
    closing = FENCE.search(stripped, 3)
    if closing is None:
        return "", text
    return stripped[3 : closing.start()], stripped[closing.end() :]


# Settings of the YAML head (docs/limitations.md): more aliases than this, or a graph whose
# aliases expand to more characters than EXPANSION_FACTOR times the head (plus a floor for
# small heads), is refused with an Issue before any value is built: 20 aliases in a 4^5 chain
# expand 176 KB into 205 MB.
MAX_ALIASES = 20
# Values (scalars) in a head: PyYAML builds a node of about 600 bytes for each before any value
# exists, so 20,000 "k: &a v" lines took 40 bytes per input byte. Real heads hold 30-140.
MAX_SCALARS = 5_000
EXPANSION_FACTOR = 10
EXPANSION_FLOOR = 100_000
SCALAR_TAGS = ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:int")


class _Lenient:
    """Bad scalars become strings: "date: 2018-02-30" (no such day) and a 5,000-digit integer
    (over Python's int-string limit) raise ValueError in PyYAML's constructors."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)  # type: ignore[call-arg]  # the loader that follows in the MRO
        self.bad_scalars: list[str] = []

    def lenient_scalar(self, node: yaml.ScalarNode) -> Any:
        constructor = yaml.SafeLoader.yaml_constructors[node.tag]
        try:
            return constructor(self, node)
        except (ValueError, OverflowError):
            text = str(node.value)
            self.bad_scalars.append(text[:40])
            return text


class PythonLoader(_Lenient, yaml.SafeLoader):
    pass


# libyaml's safe loader, when PyYAML was built with it: 10x faster than the pure-Python one.
# Safe loaders only: no tag builds an object.
_CSafeLoader: type[Any] | None = getattr(yaml, "CSafeLoader", None)
LOADERS: list[type[Any]] = [PythonLoader]
if _CSafeLoader is not None:

    class CLoader(_Lenient, _CSafeLoader):  # type: ignore[misc,valid-type]
        pass

    LOADERS.insert(0, CLoader)
for _loader in LOADERS:
    for _tag in SCALAR_TAGS:
        _loader.add_constructor(_tag, _loader.lenient_scalar)
# The loader used: the first of LOADERS (the tests run both).
LOADER: type[Any] = LOADERS[0]


def _safe_load(head: str, issues: list[Issue]) -> Any:
    """Check the aliases on the event stream (before any node is built: a bomb costs nothing),
    then compose and build the values."""
    # an alias needs "*name"; and a head of fewer than 2 x MAX_SCALARS characters cannot hold
    # more than MAX_SCALARS values (each needs a character and a separator)
    if "*" in head or len(head) > 2 * MAX_SCALARS:
        _check_aliases(head)
    loader = LOADER(head)
    try:
        data = loader.get_single_data()
        if loader.bad_scalars:
            issues.append(_bad_scalars_issue(loader.bad_scalars))
        return data
    finally:
        loader.dispose()


def _bad_scalars_issue(values: list[str]) -> Issue:
    return Issue(
        code="unparsed-value",
        message=f"{len(values)} front-matter value(s) that YAML reads as dates or integers "
        "are not valid ones; kept as text",
        text="; ".join(values[:5]),
    )


def _check_aliases(head: str) -> None:
    """Raise YAMLError past MAX_ALIASES aliases or MAX_SCALARS values, or when the aliases
    would expand the head past its cap (counted in characters, each anchored value's size
    known when it closes)."""
    cap = EXPANSION_FLOOR + EXPANSION_FACTOR * len(head)
    anchors: dict[str, int] = {}
    open_sizes: list[tuple[str | None, int]] = [(None, 0)]  # (anchor, size so far)
    aliases = scalars = 0
    for event in yaml.parse(head, Loader=LOADER):
        size = 0
        if isinstance(event, yaml.ScalarEvent):
            scalars += 1
            if scalars > MAX_SCALARS:
                raise yaml.YAMLError(f"more than {MAX_SCALARS:,} values (no page's front matter)")
        if isinstance(event, yaml.AliasEvent):
            aliases += 1
            if aliases > MAX_ALIASES:
                raise yaml.YAMLError(f"more than {MAX_ALIASES} aliases (an alias bomb?)")
            size = anchors.get(str(event.anchor), 0)
        elif isinstance(event, yaml.ScalarEvent):
            size = len(event.value) + 1
            if event.anchor:
                anchors[event.anchor] = size
        elif isinstance(event, yaml.CollectionStartEvent):
            open_sizes.append((event.anchor, 1))
            continue
        elif isinstance(event, yaml.CollectionEndEvent) and len(open_sizes) > 1:
            anchor, size = open_sizes.pop()
            if anchor:
                anchors[anchor] = size
        anchor, total = open_sizes[-1]
        open_sizes[-1] = (anchor, total + size)
        if total + size > cap:
            raise yaml.YAMLError(f"its aliases expand it past {cap:,} characters (an alias bomb?)")


def _load(head: str, page: RawPage) -> dict[str, Any]:
    try:
        data = _safe_load(head, page.issues)
    except (yaml.YAMLError, RecursionError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        page.issues.append(
            Issue(
                code="invalid-frontmatter",
                message=f"front matter refused, nothing in it was run or read: {first}",
            )
        )
        return {}
    if not isinstance(data, dict):
        page.issues.append(
            Issue(code="invalid-frontmatter", message="front matter is not a mapping")
        )
        return {}
    return data


def _links(field: Any) -> list[RawLink]:
    links = field.get("links") if isinstance(field, dict) else None
    out = []
    for link in links if isinstance(links, list) else []:
        if (
            isinstance(link, dict)
            and link.get("type", "internal") == "internal"
            and link.get("page")
        ):
            page = str(link["page"])
            out.append(RawLink(text=str(link.get("text") or page), page=page))
    return out


def _text(field: Any) -> str:
    if isinstance(field, dict):
        field = field.get("text", "")
    if isinstance(field, list):
        return "\n".join(str(x) for x in field)
    return "" if field is None else str(field)


def value_of(key: str, field: Any) -> RawValue:
    text, links = _text(field), _links(field)
    if key == "image":
        name = strip_markers(text)
        return RawValue(text=name, files=[name])
    side = key.startswith(SIDE_PREFIXES)
    items = items_from_lines(text.split("\n"), side)
    for item in items:  # a link belongs to the items whose text shows it
        item.links = [x for x in links if x.text.casefold() in item.text.casefold()]
    return RawValue(text="\n".join(i.text for i in items), items=nest(items), links=links)


def _infobox(data: dict[str, Any]) -> dict[str, Any]:
    boxes = data.get("infoboxes")
    for box in boxes if isinstance(boxes, list) else []:
        if isinstance(box, dict):
            return box
    return {}


def _tags(data: dict[str, Any], page: RawPage) -> None:
    """Exports without infoboxes put the infobox values among the tags, unlabelled: the
    multi-line ones are the belligerent columns, a "the …" one is what it is part of."""
    tags = [str(t) for t in data.get("tags") or [] if isinstance(t, (str, int, float))]
    columns = [t for t in tags if "\n" in t.strip()]
    for n, tag in enumerate(columns, start=1):
        key = f"{fields.COMBATANT}{n}"
        page.infobox.setdefault(key, value_of(key, tag))
    rest = [t for t in tags if t not in columns and t != page.title]
    part_of = next((t for t in rest if t.startswith("the ")), None)
    if part_of is not None:
        page.infobox.setdefault("partof", value_of("partof", part_of))
        rest.remove(part_of)
    if rest:
        page.infobox.setdefault("categories", RawValue(text="; ".join(map(strip_markers, rest))))


def _fill(data: dict[str, Any], page: RawPage) -> None:
    for key, field in _infobox(data).items():
        name = canonical_param(str(key))
        if name is not None:
            value = value_of(name, field)
            if value.text:
                page.infobox[name] = value
    for key in ("date", "place"):
        if key in data and key not in page.infobox:
            page.infobox[key] = value_of(key, data[key])
    image = IMAGE_URL.search(str(data.get("img") or ""))
    if image is not None and "image" not in page.infobox:
        name = image.group("name").replace("_", " ")
        page.infobox["image"] = RawValue(text=name, files=[name])
    _tags(data, page)
    for key, value in data.items():
        if key not in PAGE_KEYS and isinstance(value, (str, int, float)) and str(value).strip():
            name = CAMEL.sub("_", str(key)).lower()
            page.infobox.setdefault(name, RawValue(text=str(value).strip()))


def _language(data: dict[str, Any]) -> str | None:
    for key in vocab.LANGUAGE_KEYS:
        value = data.get(key)
        code = language_code(value) if isinstance(value, str) else None
        if code:
            return code
    return None


def _markdown(line: str) -> str:
    line = MD_IMAGE.sub("", line)
    line = MD_LINK.sub(lambda m: m.group("text"), line)
    return MD_EMPHASIS.sub(lambda m: m.group("a") or m.group("b"), line)


def read(text: str, source: str = "<string>") -> RawPage:
    head, body = split_front_matter(text)
    page = RawPage()
    data = _load(head, page) if head else {}
    title = data.get("title") or data.get("subject")
    page.title = str(title).strip() if title else None
    _fill(data, page)
    page.conflict_box = has_side_fields(page.infobox)
    page.language = _language(data)
    lost = body.count(OBJECT_RESIDUE)
    if lost:
        page.issues.append(
            Issue(
                code="object-residue",
                message=f"{lost} entries (the references) were exported as JavaScript "
                "object placeholders and are lost",
            )
        )
    cleaned = clean_lines(body)
    page.issues.extend(cleaned.issues)
    read_text_body([_markdown(line) for line in cleaned.lines], page)
    return page


def _fenced(text: str) -> int:
    """1 when the text opens with a "---" fence that a "---" line closes, however far on (a
    head of over 0.3 MB was read as plaintext when only the detection head was searched)."""
    stripped = text.lstrip()
    if not stripped.startswith("---\n"):
        return 0
    return 1 if FENCE.search(stripped, 3) is not None else 0


FORMAT: Format = Format(
    name="frontmatter",
    summary="a YAML front-matter export (infoboxes with text and links) and a markdown body",
    read=read,
    signals=(Signal(_fenced, 200, whole=True),),
)
