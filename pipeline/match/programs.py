"""programs: named programs, projects and initiatives run under a cooperation.

Three shapes, most specific first (regexes in ``lexicons/program_patterns.json``):
proper names ending in a program word ("Nordic Skills Exchange Program"),
quoted names after "program" ("program “Clean Harbour Initiative ...”"), and
"program ..." phrases that the text presents as a program ("program magang
ASN di Kemenlu"). A program's partners are the partners named in its
sentence; its sector comes from ``lexicons/sector_keywords.json``.
"""
from __future__ import annotations

import re
from typing import Iterator

from spacy.tokens import Doc, Span

from ..lexicon import mapping, regex_table, words
from ..schema import Partner, Program
from ._doc import doc_text
from .partners import find_cues, known_organisation, segments

__all__ = ["programs"]

_WORD = re.compile(r"\w+", re.UNICODE)
MAX_PHRASE_WORDS = 7
SAME_PROGRAM = 0.5   # word overlap (Jaccard) above which two names are one program


def _compiled(section: str) -> tuple[tuple[str, re.Pattern], ...]:
    return regex_table("program_patterns", section)


def _jaccard(a: str, b: str) -> float:
    wa, wb = set(_WORD.findall(a.lower())), set(_WORD.findall(b.lower()))
    return len(wa & wb) / len(wa | wb) if wa | wb else 0.0


# ---------------------------------------------------------------- shapes

def _proper(text: str, sent: Span) -> Iterator[tuple[int, int, str]]:
    for rule, rx in _compiled("proper"):
        for m in rx.finditer(text, sent.start_char, sent.end_char):
            name = m.group(0)
            if len(_WORD.findall(name)) >= 3:   # "Program" plus one word is a phrase, not a proper name
                yield m.start(), m.end(), rule, name


def _quoted(text: str, sent: Span) -> Iterator[tuple[int, int, str]]:
    for rule, rx in _compiled("quoted"):
        for m in rx.finditer(text, sent.start_char, sent.end_char):
            yield m.start("name"), m.end("name"), rule, m.group("name")


def _phrase_end(text: str, pos: int, limit: int) -> int:
    """End of "program <words>": content words up to a function word, verb-like word or punctuation;
    a trailing "di <Name>" (the host) and "antara X dengan Y" (the parties) stay in the phrase."""
    stops = words("program_phrase_stops")
    end, n = pos, 0
    toks = list(re.finditer(r"[\w'/-]+|\([^()]{1,40}\)|[^\s\w]", text[pos:limit]))
    i = 0
    while i < len(toks) and n < MAX_PHRASE_WORDS:
        t = toks[i].group(0)
        low = t.lower()
        if low == "di" and i + 1 < len(toks) and toks[i + 1].group(0)[:1].isupper():
            j = i + 1
            while j < len(toks) and toks[j].group(0)[:1].isupper() and j - i <= 5:
                j += 1
            end = pos + toks[j - 1].end()
            break
        if low == "antara" and i + 1 < len(toks) and toks[i + 1].group(0)[:1].isupper():
            m = re.match(r"antara\s+([A-Z][^,.;]*?)\s+(?:dengan|dan)\s+"
                         r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:\s*\([^()]+\))?",
                         text[pos + toks[i].start():limit])
            if m:
                end = pos + toks[i].start() + m.end()
            break
        if low in stops or not re.match(r"\w", t) or (t.startswith("(") and n == 0):
            break
        if t.startswith("(") or re.match(r"\w", t):
            end, n = pos + toks[i].end(), n + 1
        i += 1
    return end


_OR_ACRONYM = re.compile(r"[\w\s]{0,60}?\s+atau\s+[^().,;]{1,80}?\((?P<acr>[A-Z][\w-]+)\)")


def _phrases(text: str, sent: Span) -> Iterator[tuple[int, int, str]]:
    heads = mapping("program_patterns")["phrase_heads"]
    rx = re.compile(rf"(?<!\w)(?i:{'|'.join(heads)})\s+")
    generic = words("program_generic_words")
    for m in rx.finditer(text, sent.start_char, sent.end_char):
        end = _phrase_end(text, m.end(), sent.end_char)
        rest = _WORD.findall(text[m.end():end].lower())
        if not rest or (rest[0] in generic and "antara" not in rest) or _verb_at(sent, m.end()):
            continue   # "Nilai program mencapai ...": "program" is the subject, nothing names it
        alt = _OR_ACRONYM.match(text, end, sent.end_char)
        if alt:   # "program tanggung jawab sosial atau corporate social responsibility (CSR)" -> "program CSR"
            yield m.start(), alt.end(), "program_phrase_acronym", f"{m.group(0).strip()} {alt.group('acr')}"
            continue
        if len(rest) < 2 and not text[m.end():end][:1].isupper():
            continue   # "program magang" alone names a kind of program; "program CSR" names one
        yield m.start(), end, "program_phrase", text[m.start():end]


def _verb_at(sent: Span, char: int) -> bool:
    """The word at ``char`` carries an active verbal prefix (me-, ber-): "mencapai", "berjalan".
    Not the POS tag: the tagger calls nouns like "magang" verbs, which name programs."""
    tok = next((t for t in sent if t.idx == char), None)
    return tok is not None and tok.is_lower and len(tok) > 5 and tok.lower_.startswith(("me", "ber"))


# ---------------------------------------------------------------- attributes

def _sector(*texts: str) -> str | None:
    for text in texts:
        low = text.lower()
        for key, sector in mapping("sector_keywords")["keywords"]:
            if re.search(rf"(?<!\w){re.escape(key)}", low):
                return sector
    return None


def _partner_names(sent_text: str, parts: list[Partner]) -> list[str]:
    out = []
    for p in parts:
        aliases = [p.name] + re.findall(r"\(([^)]+)\)", p.name) + [re.sub(r"\s*\([^)]*\)", "", p.name)]
        if any(a and a in sent_text for a in aliases):
            out.append(p.name)
    return out


# ---------------------------------------------------------------- main

def _same(a: str, b: str) -> bool:
    wa, wb = set(_WORD.findall(a.lower())), set(_WORD.findall(b.lower()))
    return _jaccard(a, b) >= SAME_PROGRAM or (len(wa) > 1 and len(wb) > 1 and (wa <= wb or wb <= wa))


def _acronym_of(name: str) -> str | None:
    m = re.search(r"\(([A-Z][\w-]+)\)\s*$", name)
    return m.group(1) if m else None


def programs(doc: Doc, partners: list[Partner] | None = None) -> list[Program]:
    """Programs named in sentences that speak of a cooperation or a program."""
    partners = partners or []
    text = doc_text(doc)
    found: list[Program] = []
    acronyms: set[str] = set()
    for si, sent in segments(doc):
        if not find_cues(sent.text):
            continue
        taken: list[tuple[int, int]] = []
        for shape in (_proper, _quoted, _phrases):
            for start, end, rule, name in shape(text, sent):
                if any(start < b and a < end for a, b in taken):
                    continue
                name = name.strip()
                if known_organisation(name):
                    continue   # "United Nations Development Programme" is a party
                words_ = _WORD.findall(name)
                if len(words_) < 2 or any(w in acronyms for w in words_):
                    continue   # "program IPDMIP" after the full name is the same program
                taken.append((start, end))
                if any(_same(name, p.name) for p in found):
                    continue
                acr = _acronym_of(name)
                if acr:
                    acronyms.add(acr)
                clean = re.sub(r"\s*\([A-Z][\w-]+\)\s*$", "", name)
                found.append(Program(name=clean, partners=_partner_names(sent.text, partners),
                                     sector=_sector(clean, sent.text, text), start=start, end=end,
                                     sentence=si, rule=rule))
    return found
