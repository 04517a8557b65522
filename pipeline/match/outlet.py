"""outlet: the news outlet and the dateline place named at the start or end of an article.

Datelines come in a handful of shapes ("MIMBARKEPRI.CO, Jakarta –",
"Jakarta (ANTARA) -", "SITUBONDO-", "Suara.com -"); the regexes live in
``lexicons/outlet_patterns.json`` and are tried on the first few lines, because
headlines, photo credits and "Laporan wartawan" bylines often come first.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ..lexicon import regex_table, words
from ._doc import doc_text
from ._places import indonesian_level

__all__ = ["source_and_dateline"]

HEAD_LINES = 8   # headline, subtitle, byline lines may precede the dateline


def _compiled(section: str) -> tuple[tuple[str, re.Pattern], ...]:
    return regex_table("outlet_patterns", section)


def _is_place(doc: Doc, start: int, end: int) -> bool:
    """A bare "Word," opening a line is a dateline only if it names a place, not a connective."""
    if doc_text(doc)[start:end].lower() in words("outlet_not_places"):
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    return any(t.pos_ == "PROPN" or t.ent_type_ == "LOC" for t in span) or not any(t.pos_ for t in span)


def _swapped(source: str, place: str) -> bool:
    """ "BITUNG, HUMAS –": the place came first when only the first part is a known place."""
    return bool(indonesian_level(source)) and not indonesian_level(place) and "." not in source


def _lines(text: str, limit: int):
    pos = 0
    for i, line in enumerate(text.split("\n")):
        if i >= limit:
            return
        yield pos, line
        pos += len(line) + 1


def _head(doc: Doc) -> tuple[str | None, str | None]:
    for offset, line in _lines(doc_text(doc), HEAD_LINES):
        line_l = line.lstrip()
        offset += len(line) - len(line_l)
        for rule, rx in _compiled("head"):
            m = rx.search(line_l)
            if not m:
                continue
            groups = m.groupdict()
            place = groups.get("place")
            if rule == "outlet_source_place" and _swapped(groups["source"], place):
                return place.strip(), groups["source"]
            if rule == "outlet_source_only" and "." not in groups["source"] and indonesian_level(groups["source"]):
                return None, groups["source"]   # "Surabaya - ...": a dateline place, not an outlet
            if rule == "outlet_place_comma" and not _is_place(doc, offset + m.start("place"), offset + m.end("place")):
                continue
            return (groups.get("source") or None), (place.strip() if place else None)
    return None, None


def _tail(text: str) -> str | None:
    lines = [ln.strip() for ln in text.rstrip().split("\n")[-4:] if ln.strip()]
    for line in reversed(lines):
        for _rule, rx in _compiled("tail"):
            m = rx.search(line)
            if m:
                return m.group("source").strip()
    return None


def source_and_dateline(doc: Doc) -> tuple[str | None, str | None]:
    """(outlet, dateline place) of the article, each None when the text names none."""
    source, place = _head(doc)
    return source or _tail(doc_text(doc)), place
