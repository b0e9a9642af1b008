"""Render a Conflict's infobox the way MediaWiki's skins do, for cross-format tests.

``classic``: action=render / saved pages 2010-2020 (``table.infobox.vevent``, ``th.summary``,
side columns as ``<td>``s after a ``<th colspan=2>`` header); ``current``: the Vector-2022
classes (``infobox-label``/``infobox-data``, side columns in a table nested in
``td.infobox-full-data``); ``parsoid``: the current skin wrapped in Parsoid's
``typeof="mw:Transclusion"`` with the infobox's wikitext parameters in ``data-mw``.
Flags are ``span.flagicon img`` thumbnails with an empty alt, fates are the links the status
templates render, refs are ``sup.reference`` resolved by ``ol.references``.
"""

from __future__ import annotations

import html
import json
from typing import Literal

from wikiparse import Commander, Conflict, Party, Quantity, Side
from wikiparse.vocab import FATE_TEMPLATES

Skin = Literal["classic", "current", "parsoid"]
FATE_LINKS = {
    "killed": ("Killed_in_action", "†"),
    "died_of_wounds": ("Died_of_wounds", "‡"),
    "missing": ("Missing_in_action", "MIA"),
    "wounded": ("Wounded_in_action", "WIA"),
    "captured": ("Prisoner_of_war", "POW"),
    "executed": ("Executed", "Executed"),
}
HEADERS = {
    "belligerents": "Belligerents",
    "commanders": "Commanders and leaders",
    "units": "Units involved",
    "strength": "Strength",
    "casualties": "Casualties and losses",
}


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def wiki_href(page: str) -> str:
    return "/wiki/" + esc(page.replace(" ", "_"))


def flag(name: str | None) -> str:
    if not name:
        return ""
    file = "Flag_of_" + name.replace(" ", "_") + ".svg"
    src = f"//upload.wikimedia.org/wikipedia/commons/thumb/a/ab/{esc(file)}/23px-{esc(file)}.png"
    return f'<span class="flagicon"><img alt="" src="{src}" width="23" height="15"></span>&#160;'


def refs(keys: list[str]) -> str:
    return "".join(
        f'<sup id="cite_ref-{esc(k)}" class="reference">'
        f'<a href="#cite_note-{esc(k)}">[{n}]</a></sup>'
        for n, k in enumerate(keys, start=1)
    )


def linked(text: str, page: str | None) -> str:
    return f'<a href="{wiki_href(page)}" title="{esc(page)}">{esc(text)}</a>' if page else esc(text)


def party(p: Party) -> str:
    out = flag(p.flag) + linked(p.name, p.page)
    if p.note:
        out += f" ({esc(p.note)})"
    if p.surrendered:
        out += (
            ' <img alt="" src="//upload.wikimedia.org/wikipedia/commons/thumb/8/8d/'
            'White_flag_icon.svg/15px-White_flag_icon.svg.png">'
        )
    out += refs(p.refs)
    if p.children:
        out += "<ul>" + "".join(f"<li>{party(c)}</li>" for c in p.children) + "</ul>"
    return out


def commander(c: Commander) -> str:
    name = f"{c.rank} {c.name}" if c.rank else c.name
    out = flag(c.flag) + linked(name, c.page)
    if c.fate in FATE_LINKS:
        page, shown = FATE_LINKS[c.fate]
        out += f' <a href="/wiki/{page}" title="{page.replace("_", " ")}">{shown}</a>'
    elif c.fate is not None:  # {{Assassinated}}, {{Surrendered}}: text, no link
        out += f" ({FATE_TEMPLATES[c.fate]})"
    if c.note:
        out += f" ({esc(c.note)})"
    return out + refs(c.refs)


def figure(q: Quantity) -> str:
    return esc(q.text) + refs(q.refs)


def cell(side: Side, attr: str) -> str:
    values = getattr(side, attr)
    if attr in ("belligerents", "units"):
        items = [party(p) for p in values]
    elif attr == "commanders":
        items = [commander(c) for c in values]
    else:  # a total's parts are a list under it
        items = []
        for q in values:
            if q.part_of is None:
                items.append(figure(q))
            else:
                items[-1] += f"<ul><li>{figure(q)}</li></ul>"
    return "<br>".join(items)


def side_rows(c: Conflict, skin: Skin) -> str:
    out = []
    for attr, header in HEADERS.items():
        columns = [cell(s, attr) for s in c.sides]
        joint = cell(c.joint, attr) if c.joint is not None else ""
        if not any(columns) and not joint:
            continue
        cls = ' class="infobox-header"' if skin != "classic" else ""
        out.append(f'<tr><th colspan="2"{cls} style="background-color:#B0C4DE">{header}</th></tr>')
        width = f"width:{100 // max(1, len(columns))}%"
        tds = "".join(f'<td style="{width};border-right:1px dotted #aaa">{x}</td>' for x in columns)
        if skin == "classic":
            out.append(f"<tr>{tds}</tr>")
        else:
            out.append(
                f'<tr><td colspan="2" class="infobox-full-data"><table style="width:100%">'
                f"<tbody><tr>{tds}</tr></tbody></table></td></tr>"
            )
        if joint:
            out.append(f'<tr><td colspan="2" style="text-align:center">{joint}</td></tr>')
    return "".join(out)


def label_row(label: str, value: str, skin: Skin) -> str:
    if skin == "classic":
        return f'<tr><th scope="row">{label}</th><td>{value}</td></tr>'
    return (
        f'<tr><th scope="row" class="infobox-label">{label}</th>'
        f'<td class="infobox-data">{value}</td></tr>'
    )


def single_rows(c: Conflict, skin: Skin) -> str:
    out = []
    if c.part_of:
        links = ", ".join(linked(link.text, link.page) for link in c.part_of)
        out.append(f'<tr><td colspan="2" style="text-align:center">Part of {links}</td></tr>')
    if c.date is not None:
        hidden = ""
        if c.date.start:
            hidden = (
                f'<span style="display:none">&#160;(<span class="bday dtstart published '
                f'updated">{c.date.start}</span>)</span>'
            )
        out.append(label_row("Date", esc(c.date.text) + hidden, skin))
    geo = ""
    if c.coordinates is not None:
        geo = (
            f' <span class="geo-inline"><span class="geo">{c.coordinates.lat}; '
            f"{c.coordinates.lon}</span></span>"
        )
    if c.place:
        out.append(label_row("Location", esc(c.place) + geo, skin))
    elif geo:
        out.append(label_row("Coordinates", geo, skin))
    if c.result:
        items = "".join(f"<li>{esc(o)}</li>" for o in c.outcomes)
        out.append(
            label_row("Result", esc(c.result) + (f"<ul>{items}</ul>" if items else ""), skin)
        )
    if c.territory:
        out.append(label_row("Territorial<br>changes", esc(c.territory), skin))
    return "".join(out)


def infobox(c: Conflict, skin: Skin, params: dict[str, str] | None = None) -> str:
    title_cls = "summary" if skin == "classic" else "infobox-above summary"
    title = f'<th colspan="2" class="{title_cls}" style="font-size:125%">{esc(c.name)}</th>'
    rows = f"<tr>{title}</tr>" + single_rows(c, skin) + side_rows(c, skin)
    table = f'<table class="infobox vevent" style="width:22em"><tbody>{rows}</tbody></table>'
    if skin == "parsoid" and params is not None:
        data = {
            "parts": [
                {
                    "template": {
                        "target": {
                            "wt": "Infobox military conflict",
                            "href": "./Template:Infobox_military_conflict",
                        },
                        "params": {k: {"wt": v} for k, v in params.items()},
                        "i": 0,
                    }
                }
            ]
        }
        attr = esc(json.dumps(data, ensure_ascii=False))
        table = table.replace(
            "<table ", f'<table about="#mwt1" typeof="mw:Transclusion" data-mw="{attr}" ', 1
        )
    return table


def page(c: Conflict, skin: Skin, params: dict[str, str] | None = None) -> str:
    """A whole page: heading, edit links, a hatnote, the infobox, the lead, a navbox."""
    lead = "".join(f"<p>{esc(p)}</p>" for s in c.sections[:1] for p in s.paragraphs)
    return (
        '<!DOCTYPE html><html lang="en"><head><title>' + esc(c.name) + " - Wikipedia</title>"
        "<style>.infobox{float:right}</style><script>var x = 1 < 2;</script></head><body>"
        f'<h1 id="firstHeading">{esc(c.name)}</h1><div id="mw-content-text">'
        '<div class="mw-parser-output"><div class="hatnote">For other uses, see X.</div>'
        + infobox(c, skin, params)
        + lead
        + '<h2><span class="mw-headline">Background</span><span class="mw-editsection">[<a '
        'href="/w/index.php?action=edit">edit</a>]</span></h2><p>Text.</p>'
        '<table class="navbox"><tr><td>Navigation Battles</td></tr></table></div></div>'
        "</body></html>"
    )
