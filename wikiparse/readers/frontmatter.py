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

from wikiparse import fields
from wikiparse.models import Issue
from wikiparse.raw import RawLink, RawPage, RawValue, nest
from wikiparse.readers.base import Format, Signal
from wikiparse.readers.params import canonical_param
from wikiparse.readers.rendered.box import items_from_lines
from wikiparse.readers.rendered.scrape import clean_lines, strip_markers
from wikiparse.readers.rendered.text_body import read_text_body

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
MAX_ALIASES = 20
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


class BoundedSafeLoader(yaml.SafeLoader):
    """yaml.SafeLoader that refuses more than MAX_ALIASES alias references: nine nested
    "billion laughs" anchors would otherwise expand to 10^9 nodes when the values are read."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.aliases = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            self.aliases += 1
            if self.aliases > MAX_ALIASES:
                raise yaml.YAMLError(f"more than {MAX_ALIASES} aliases (an alias bomb?)")
        return super().compose_node(parent, index)


# libyaml's safe loader, when PyYAML was built with it: 10x faster than the pure-Python one,
# but it composes in C, so BoundedSafeLoader's alias count cannot hook in. The head is
# composed once (aliases stay shared nodes, so a bomb is still small there), the aliases are
# counted on the node graph, and only then are the values built.
FAST_SAFE_LOADER: type[Any] | None = getattr(yaml, "CSafeLoader", None)


def _safe_load(head: str) -> Any:
    if FAST_SAFE_LOADER is None:
        return yaml.load(head, Loader=BoundedSafeLoader)
    loader = FAST_SAFE_LOADER(head)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        if _aliases(node) > MAX_ALIASES:
            raise yaml.YAMLError(f"more than {MAX_ALIASES} aliases (an alias bomb?)")
        return loader.construct_document(node)
    finally:
        loader.dispose()


def _aliases(root: yaml.Node) -> int:
    """How many references reach a node already reached: one per alias ("*name")."""
    seen: set[int] = set()
    stack, count = [root], 0
    while stack:
        node = stack.pop()
        if id(node) in seen:
            count += 1
            continue
        seen.add(id(node))
        if isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            stack.extend(part for pair in node.value for part in pair)
    return count


def _load(head: str, page: RawPage) -> dict[str, Any]:
    try:
        data = _safe_load(head)  # safe loaders only: no tag builds an object
    except yaml.YAMLError as exc:
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
    """1 when the text opens with a closed "---" fence (front matter), else 0."""
    stripped = text.lstrip()
    if not stripped.startswith("---\n"):
        return 0
    return 1 if stripped.find("\n---", 3) > 0 else 0


FORMAT = Format(
    name="frontmatter",
    summary="a YAML front-matter export (infoboxes with text and links) and a markdown body",
    read=read,
    signals=(Signal(_fenced, 200),),
)
