"""published: the text's own date of the article or of the event it reports (ANNOTATION.md).

A small grammar instead of a general date parser: news dates come in a few
shapes ("Senin (19/1/2026)", "Rabu, 14 Februari 2018", "JAKARTA, 17 Juli 2025 -"),
and what decides is the context, not the parsing. A full date counts when
- a day name stands right before it (the genre's way of dating the event),
- it is a numeric date in parentheses ("(18/07/2018)"), or
- it opens or ends a short line: a dateline or a header stamp.
Day and month alone ("Senin (13/2)") is no full date; a deadline, start, end
or planned date ("paling lambat", "mulai", "akan ... pada") is skipped; the
first date left wins. Dates in regulation names or background clauses carry
none of these marks and so never count.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import NamedTuple, Optional

from spacy.tokens import Doc

from ..lexicon import mapping, words
from ._doc import doc_text

__all__ = ["PublishedDate", "published", "find_published", "parse_date"]

_LINE_PREFIX = 60          # a dateline/stamp line has at most this many chars before the date
_BLOCK_WINDOW = 40         # how far back a deadline/planning word reaches
_SENTENCE_CUT = re.compile(r"[.;!?\"“”\n]")
_UPCOMING = re.compile(r"\s*(?:mendatang|yang akan datang)\b", re.I)   # "Senin (12/2/2024) mendatang"
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_CLAUSE_END = re.compile(r"[.;!?]\s|[\"“”]")   # "OUTLET.COM," is no sentence end


class PublishedDate(NamedTuple):
    iso: str
    start: int
    end: int
    rule: str


def _alt(items) -> str:
    return "|".join(re.escape(w) for w in sorted(items, key=len, reverse=True))


@lru_cache(maxsize=1)
def _grammar() -> dict[str, re.Pattern]:
    months = _alt(k for k in mapping("date_months") if not k.startswith("_"))
    numeric = r"(?P<d>\d{1,2})\s?[/-]\s?(?P<m>\d{1,2})\s?[/-]\s?(?P<y>\d{4}|\d{2})(?![\d/])"
    worded = rf"(?P<wd>\d{{1,2}})\s+(?P<mon>{months})\.?,?\s+(?P<wy>\d{{4}})(?!\d)"
    # a site's stamp "2024-02-11 09:00:00"; it counts only where a stamp line would (``_dateline``)
    iso = r"(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)(?![\d-])"
    return {
        # both shapes open with a digit: the lookahead lets the scan pass other positions at one test
        # (the look-behind and the two branches were tried at every character: 3x the scan's time)
        "date": re.compile(rf"(?=\d)(?<![\d/.-])(?:{iso}|{numeric}|{worded})", re.I),
        # ("pada hari Selasa tanggal 1 Oktober 2019", the press releases' form)
        "weekday": re.compile(rf"\b(?:{_alt(words('date_weekdays'))})\b(?:\s+(?:{_alt(words('date_daytimes'))}))?"
                              r"\s*,?\s*(?:(?:tanggal|tgl\.?)\s*)?\(?\s*$", re.I),
        "blocker": re.compile(rf"\b(?:{_alt(words('date_blockers'))})\b[\s:,]*(?:(?:pada|hari|tanggal|tgl\.?)\s+)*$",
                              re.I),
        "planned": re.compile(rf"\b(?:{_alt(words('date_planned'))})\b\s+(?:\S+\s+){{0,3}}$", re.I),
    }


def parse_date(day: str, month: str, year: str) -> Optional[str]:
    """ISO date of day/month/year strings (month a number or a name), None when no real date.
    A two-digit year is this century's ("14/3/20" -> 2020) unless that lies far ahead."""
    try:
        d = int(day)
        m = int(month) if month.isdigit() else mapping("date_months").get(month.lower().rstrip("."))
        y = int(year)
    except (TypeError, ValueError):
        return None
    if m is None:
        return None
    if len(year) == 2:
        y += 2000 if y <= 69 else 1900
    if not 1945 <= y <= 2100:
        return None
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _iso(m: re.Match) -> Optional[str]:
    if m.group("iy"):
        return parse_date(m.group("id"), m.group("im"), m.group("iy"))
    if m.group("d"):
        return parse_date(m.group("d"), m.group("m"), m.group("y"))
    return parse_date(m.group("wd"), m.group("mon"), m.group("wy"))


def _line_bounds(text: str, start: int, end: int) -> tuple[str, str]:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return text[line_start:start], text[end:len(text) if line_end < 0 else line_end]


_DATELINE_RE = re.compile(r"\s*(?:$|[-–—|:]|,?\s*\d{1,2}[:.]\d{2}\b|\))")   # "Diperbarui 21/08/2024, 10:15 WIB"


def _dateline(text: str, m: re.Match) -> bool:
    """ "JAKARTA, OUTLET.COM, 17 Juli 2025 - ..." or a stamp line "- 11 Agt 2025"."""
    before, after = _line_bounds(text, m.start(), m.end())
    if len(before) > _LINE_PREFIX or _CLAUSE_END.search(before) or _YEAR.search(before):
        return False   # too long for a dateline, a sentence, or the end of a range "1 Jan 2024 - 31 Des 2024"
    return bool(_DATELINE_RE.match(after))


def _context(text: str, m: re.Match) -> tuple[Optional[str], int]:
    """(rule, evidence start) when the date's context dates the article or its event."""
    before = text[max(0, m.start() - 30):m.start()]
    day = _grammar()["weekday"].search(before)
    if day:
        return "date_weekday", m.start() - len(before) + day.start()
    if m.group("d") and before.rstrip().endswith("(") and text[m.end():m.end() + 1] in (")", "}"):
        return "date_parenthesised", m.start() - 1
    if _dateline(text, m):
        return "date_dateline", m.start()
    if _STAMP.search(text, max(0, m.start() - _LINE_PREFIX), m.start()):
        return "date_dateline", m.start()
    return None, m.start()


# a site's posting stamp on a line of its own: "Diposting pada 8 September 2022 oleh Humas X"
_STAMP = re.compile(r"(?:^|\n)[ \t]*(?:Diposting|Dipublikasikan|Diterbitkan|Diunggah|Dipublish|Posted|Published)"
                    r"(?:[ \t]+(?:pada|tanggal|on))?[ \t]*:?[ \t]*$", re.I)


def _blocked(text: str, start: int) -> bool:
    """A deadline, start/end or cut-off word right before, or a planning word a few words before,
    in the same clause."""
    window = text[max(0, start - _BLOCK_WINDOW):start]
    cut = max((c.end() for c in _SENTENCE_CUT.finditer(window)), default=0)
    clause = window[cut:]
    return bool(_grammar()["blocker"].search(clause) or _grammar()["planned"].search(clause))


def _evidence_end(text: str, start: int, end: int) -> int:
    """The evidence closes its parenthesis: "Senin (5/2/2024)"."""
    opened = "(" in text[start:end]
    return end + 1 if opened and text[end:end + 1] in (")", "}") else end


def find_published(text: str) -> Optional[PublishedDate]:
    """The first full date of the text that dates the article or its event."""
    for m in _grammar()["date"].finditer(text):
        iso = _iso(m)
        if not iso:
            continue
        rule, start = _context(text, m)
        end = _evidence_end(text, start, m.end())
        if rule and (not _blocked(text, start) or _as_of(text, start, end)) and not _UPCOMING.match(text, end):
            return PublishedDate(iso, start, end, rule)
    return None


# "Hingga Sabtu (8/3/2025) pukul 18.00 WITA, korban ...": a sentence that opens on the time its figures stand at
# is the news's own time, no deadline ("dibuka hingga Senin (5/2/2024) pukul 16.00" is one)
_AS_OF_OPENING = re.compile(r"(?:^|[.!?\"\u201c]\s*|\n\s*)(?:Hingga|Sampai)\s+$")
_AS_OF_TIME = re.compile(r"\s*(?:pukul|jam)\s+\d{1,2}[.:]\d{2}")


def _as_of(text: str, start: int, end: int) -> bool:
    return _AS_OF_OPENING.search(text, max(0, start - 12), start) is not None \
        and _AS_OF_TIME.match(text, end) is not None


def published(doc: Doc) -> Optional[PublishedDate]:
    return find_published(doc_text(doc))
