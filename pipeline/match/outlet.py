"""outlet: the news outlet and the dateline place named at the start or end of an article.

Datelines come in a handful of shapes ("MIMBARKEPRI.CO, Jakarta –",
"Jakarta (ANTARA) -", "SITUBONDO-", "Suara.com -", "KEDIRI,OUTLET.com -",
"Medan, 29/10 (Antara) -"); the regexes live in ``lexicons/outlet_patterns.json``
and are tried on the first few lines, because headlines, photo credits and
"Laporan wartawan" bylines often come first. An outlet named only on a line of
its own or in a byline is kept as a fallback: the dateline's own outlet wins.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ..lexicon import mapping, regex_table, words
from . import page
from ._doc import doc_text, per_doc
from ._places import indonesian_level

__all__ = ["source_and_dateline"]

HEAD_LINES = 8         # headline, subtitle, byline lines may precede the dateline
ALONE_LINES = 2        # an outlet alone on a line is the page's masthead, at the very top
BARE_PLACE_LINES = 3   # "Word, ..." without a dash names a place only near the top
FALLBACK_RULES = {"outlet_line_alone", "outlet_byline"}
ACRONYM = re.compile(r"[A-Z]{2,3}")   # "HR", "CNO": an outlet's initials; place names are longer
LEVEL_WORD = re.compile(r"^(?:kota|kabupaten|kab\.|provinsi)\s+", re.IGNORECASE)


def _compiled(section: str) -> tuple[tuple[str, re.Pattern], ...]:
    return regex_table("outlet_patterns", section)


def _known_place(name: str) -> bool:
    """An Indonesian province, regency or city ("Kota Batu" too), or a province's short form ("Sulsel")."""
    name = LEVEL_WORD.sub("", name.strip())
    return bool(indonesian_level(name)) or name.lower() in mapping("place_id_province_aliases")["aliases"]


def _is_place(doc: Doc, start: int, end: int, line_no: int) -> bool:
    """A bare "Word," opening a line is a dateline only if it names a place, not a connective."""
    word = doc_text(doc)[start:end]
    if word.lower() in words("outlet_not_places"):
        return False
    if _known_place(word):
        return True
    if line_no >= BARE_PLACE_LINES:   # "Ditambahkan, ..." further down opens a sentence
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    # a proper noun alone is not enough: "Gubernur, Bupati Teken MoU" opens a headline
    return span is not None and any(t.ent_type_ in ("LOC", "GPE") for t in span)


def _source_place(source: str, place: str) -> tuple[str | None, str]:
    """Order the two parts of "X, Y –": "BITUNG, HUMAS –" and "LAMSEL, HR –" name the place first,
    "Makassar, Sulsel –" names a place and its province and no outlet."""
    if "." in source:
        return source, place
    if _known_place(source):
        return (None, source) if _known_place(place) else (place, source)
    if ACRONYM.fullmatch(place) and not ACRONYM.fullmatch(source):
        return place, source
    return source, place


def _split_outlet_place(caps: str) -> tuple[str | None, str]:
    """ "DIALEKTIKA KUNINGAN —": words before a known place that are no place name the outlet."""
    parts = caps.split()
    if len(parts) < 2 or _known_place(caps):
        return None, caps
    for i in range(1, len(parts)):
        if _known_place(" ".join(parts[i:])) and not _known_place(" ".join(parts[:i])):
            return " ".join(parts[:i]), " ".join(parts[i:])
    return None, caps


def _read(rule: str, m: re.Match, doc: Doc, offset: int, line_no: int):
    """(source, place) that a matched rule names, or None when the match is no dateline."""
    source, place = m.groupdict().get("source"), m.groupdict().get("place")
    place = place.strip() if place else None
    if place and place.lower() in words("date_weekdays"):
        return None   # "Senin, 8 Juli 2024 - 15:20 WIT": a header stamp, the dateline follows
    if source and place and source.strip("()/ ").lower() in words("outlet_release_marks"):
        return None, place   # "KUPANG, (ril) –": a press release's mark, not its outlet
    if source and source.lower() in words("outlet_not_outlets"):
        return None   # "Ilustrasi - ...", "Foto - ...": a caption, not a dateline
    if rule == "outlet_place_paren_source" and (_known_place(source) or source[:1].isdigit()):
        return None   # "Denpasar (Bali)", "Yogyakarta (23/08/2024)": a region or a date in brackets
    if rule == "outlet_source_place":
        return _source_place(source, place)
    if rule == "outlet_source_place_line":   # "Jakarta, NU Online" as a line of its own
        if not any("." in n or _known_place(n) for n in (source, place)):
            return None   # "Bupati, Wakil Bupati": no place, no outlet
        return _source_place(source, place)
    if rule == "outlet_source_only" and "." not in source and _known_place(source):
        return None, source   # "Surabaya - ...": a dateline place, not an outlet
    if rule == "outlet_place_only":
        return _split_outlet_place(place)
    if rule == "outlet_place_comma" and not _is_place(doc, offset + m.start("place"), offset + m.end("place"), line_no):
        return None
    if rule == "outlet_line_alone" and (line_no >= ALONE_LINES or _known_place(source)):
        return None   # a section label, a caption or a location tag, not the outlet
    return source or None, place


def _lines(text: str, limit: int, site: tuple[tuple[int, int], ...] = ()):
    """(number, offset, line) of the first ``limit`` lines, not counting blank lines and the lines the site
    adds (a "Baca juga" link above the dateline does not push it down). Only the head of the text is read."""
    pos = i = 0
    while i < limit and pos <= len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        if line.strip() and not page.within(site, pos):
            yield i, pos, line
            i += 1
        pos = end + 1


def _head(doc: Doc) -> tuple[str | None, str | None]:
    fallback = None
    for line_no, offset, line in _lines(doc_text(doc), HEAD_LINES, page.of(doc).site()):
        line_l = line.lstrip()
        offset += len(line) - len(line_l)
        for rule, rx in _compiled("head"):
            m = rx.search(line_l)
            found = _read(rule, m, doc, offset, line_no) if m else None
            if found is None:
                continue
            if rule in FALLBACK_RULES:
                fallback = fallback or found[0]
                break
            return found[0] or fallback, found[1]
    return fallback, None


def _tail(text: str) -> str | None:
    """The outlet named in the last lines ("(ANTARA)", "Copyright © Outlet")."""
    lines = [ln.strip() for ln in text.rstrip().rsplit("\n", 4)[-4:] if ln.strip()]
    for line in reversed(lines):
        for _rule, rx in _compiled("tail"):
            m = rx.search(line)
            if m:
                return m.group("source").strip()
    return None


def source_and_dateline(doc: Doc) -> tuple[str | None, str | None]:
    """(outlet, dateline place) of the article, each None when the text names none; once per Doc
    (the partners rules read it too)."""
    return per_doc(doc, "outlet.source_and_dateline", lambda: _source_and_dateline(doc))


def _source_and_dateline(doc: Doc) -> tuple[str | None, str | None]:
    source, place = _head(doc)
    return source or _tail(doc_text(doc)), place   # the tail reads trailers too: "COPYRIGHT © Outlet"
