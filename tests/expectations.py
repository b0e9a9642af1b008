"""Partial matching of a Document against tests/expected/*.yaml (the rules of the shared
check_expected tool, copied so the project tests itself): listed keys must equal, lists match
element by element unless written {contains: [...]}, `noise: {none_contains: [...]}` bans
texts from every string (the image name excepted)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


def strings(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key != "image":
                yield from strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from strings(value)
    elif isinstance(node, str):
        yield node


def mismatches(expected: Any, actual: Any, path: str = "$") -> list[str]:
    if isinstance(expected, dict) and set(expected) == {"contains"}:
        return _contains(expected["contains"], actual, path)
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return [f"{path}: expected an object, got {actual!r:.80}"]
        out = []
        for key, want in expected.items():
            if key not in actual:
                out.append(f"{path}.{key}: missing")
            else:
                out += mismatches(want, actual[key], f"{path}.{key}")
        return out
    if isinstance(expected, list):
        if not isinstance(actual, list) or len(actual) != len(expected):
            return [f"{path}: expected {len(expected)} items, got {actual!r:.200}"]
        return [
            e
            for i, (w, g) in enumerate(zip(expected, actual, strict=True))
            for e in mismatches(w, g, f"{path}[{i}]")
        ]
    return [] if expected == actual else [f"{path}: expected {expected!r}, got {actual!r:.200}"]


def _contains(wanted: list[Any], actual: Any, path: str) -> list[str]:
    if not isinstance(actual, list):
        return [f"{path}: expected a list"]
    start = 0
    for i, want in enumerate(wanted):
        hit = next((j for j in range(start, len(actual)) if not mismatches(want, actual[j])), None)
        if hit is None:
            return [f"{path}: nothing from index {start} matches contains[{i}]"]
        start = hit + 1
    return []


def check(spec: dict[str, Any], document: dict[str, Any]) -> list[str]:
    spec = dict(spec)
    banned = spec.pop("noise", {}).get("none_contains", [])
    errors = mismatches(spec, document)
    errors += [
        f"noise {bad!r} in {text[:100]!r}"
        for text in strings(document)
        for bad in banned
        if bad in text
    ]
    return errors
