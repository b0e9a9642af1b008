"""The edges of the input: encodings, control characters, mojibake, size, unsafe YAML."""

from __future__ import annotations

import codecs

import pytest

import wikiparse
from wikiparse import EmptyInputError, InputTooLargeError, UnknownFormatError

PAGE = "{{Infobox military conflict|conflict=Battle of Tōkyō – 1945|combatant1=A|combatant2=B}}"


def codes(doc: wikiparse.Document) -> list[str]:
    return [i.code for i in doc.issues]


@pytest.mark.parametrize(
    "data",
    [
        codecs.BOM_UTF8 + PAGE.encode("utf-8"),
        PAGE.encode("utf-16"),  # with its BOM
        PAGE.replace("|", "\r\n|").encode("utf-8"),
    ],
    ids=["utf-8 BOM", "utf-16 BOM", "CRLF"],
)
def test_encodings_at_the_edge(data: bytes) -> None:
    doc = wikiparse.extract(data)
    assert doc.conflict is not None and doc.conflict.name == "Battle of Tōkyō – 1945"
    assert codes(doc) == []


def test_invalid_utf8_is_replaced_and_reported() -> None:
    doc = wikiparse.extract(PAGE.encode("utf-8").replace(b"A|", b"A\xff\xfe|"))
    assert (
        doc.conflict is not None and doc.conflict.sides[0].belligerents[0].name == "A\ufffd\ufffd"
    )
    assert codes(doc) == ["invalid-utf8"]


def test_nul_bytes_are_removed_and_reported() -> None:
    doc = wikiparse.extract(PAGE.replace("Battle", "Bat\x00tle"))
    assert doc.conflict is not None and doc.conflict.name.startswith("Battle of")
    assert codes(doc) == ["control-characters"]


@pytest.mark.parametrize("mangled", ["Ã¢â‚¬â€œ", "â€“"], ids=["twice", "once"])
def test_double_encoded_utf8_is_repaired(mangled: str) -> None:
    doc = wikiparse.extract(PAGE.replace("–", mangled))
    assert doc.conflict is not None and doc.conflict.name == "Battle of Tōkyō – 1945"
    assert codes(doc) == ["mojibake-repaired"]


def test_empty_and_unknown_and_too_large() -> None:
    with pytest.raises(EmptyInputError, match=r"^page\.txt: no document: the input is empty"):
        wikiparse.extract(" \n\t", source="page.txt")
    with pytest.raises(UnknownFormatError, match="unknown input format 'pdf'; expected one of"):
        wikiparse.extract(PAGE, format="pdf")
    with pytest.raises(InputTooLargeError, match=r"^<stdin>: input of .* over the cap of 10 "):
        wikiparse.extract(PAGE, source="<stdin>", max_chars=10)


ALIAS_BOMB = (
    "---\n"
    + "".join(f"l{i}: &l{i} [{', '.join([f'*l{i - 1}' if i else 'x'] * 9)}]\n" for i in range(9))
    + "---\n\nThe Battle of X was fought.\n"
)


@pytest.mark.parametrize("libyaml", [True, False], ids=["libyaml", "pure-python"])
@pytest.mark.parametrize(
    "head",
    ["title: !!python/object/apply:os.system ['touch /tmp/wikiparse-pwned']", ALIAS_BOMB[4:-34]],
    ids=["python tag", "alias bomb"],
)
def test_unsafe_yaml_runs_nothing_and_is_bounded(
    head: str, libyaml: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wikiparse.readers import frontmatter

    if libyaml and len(frontmatter.LOADERS) < 2:
        pytest.skip("PyYAML was built without libyaml")
    if not libyaml:
        monkeypatch.setattr(frontmatter, "LOADER", frontmatter.PythonLoader)
    doc = wikiparse.extract(
        f"---\n{head}\n---\n\nThe Battle of X was fought.\n", format="frontmatter"
    )
    assert codes(doc) == ["invalid-frontmatter", "no-infobox"]  # read as a conflict by its text
    assert "refused" in doc.issues[0].message
    assert doc.conflict is not None and doc.conflict.name == "The Battle of X"
    import os

    assert not os.path.exists("/tmp/wikiparse-pwned")
