"""officials: every named person with the position (jabatan) the text gives them.

Persons come from the NER's PER entities, plus bylines ("Pewarta: X") that a
news NER often misses. A title is the phrase that opens with a title head
(lexicon ``title_heads``) and runs up to the name ("Gubernur Jawa Barat Ahmad
Heryawan", "Wali Kota Miri, Sarawak, Adam ...") or follows it after a comma or
in brackets ("Mukh Arifin, M.Sc. (Rektor Universitas Tidar)"). Mentions of one
person (full name, surname, alias in brackets) are merged into one record
carrying the fullest name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Doc, Span

from ..lexicon import words
from ..schema import Official
from ._people import _is_degree, clean_name, is_honorific, name_words, title_head_starts

__all__ = ["officials", "person_aliases"]

# Lower-case words that may sit inside a title phrase ("Kepala Dinas Pekerjaan Umum dan
# Perumahan Rakyat", "Konsul Jenderal Jepang di Surabaya").
_TITLE_CONNECTORS = {"dan", "di", "untuk", "bidang", "of", "the", "for", "and", "urusan", "se", "&"}
_TITLE_PUNCT = {"(", ")", "/", "-", "&", "'"}
_SEPARATORS = {",", ":", "."}
_MAX_TITLE_TOKENS = 25
_BYLINE = None


@dataclass
class _Person:
    name: str
    title: Optional[str]
    start: int
    end: int
    sentence: int
    rule: str


def officials(doc: Doc, *args) -> list[Official]:
    heads = title_head_starts(doc)
    spans = _person_spans(doc)
    per_tokens = {i for sp in spans for i in range(sp.start, sp.end)}
    sent_of = _sentence_index(doc)
    found: list[_Person] = []
    for sp in spans:
        name = clean_name(sp.text)
        if not _plausible_name(name):
            continue
        # a bracketed title right after the name is unambiguous: "Mukh Arifin (Rektor ...)"
        title, rule = _right_title(doc, sp, heads, per_tokens, brackets_only=True), "official.title_after"
        if title is None:
            title, rule = _left_title(doc, sp, heads, per_tokens), "official.title_before"
        if title is None:
            title, rule = _right_title(doc, sp, heads, per_tokens), "official.title_after"
        if title is None:
            rule = "official.no_title"
        found.append(_Person(name, title, sp.start_char, sp.end_char, sent_of(sp.start_char), rule))
    merged = _merge(found, person_aliases(doc, spans))
    return [Official(name=p.name, title=p.title, start=p.start, end=p.end, sentence=p.sentence, rule=p.rule)
            for p in merged]


# ---------------------------------------------------------------- persons

def _person_spans(doc: Doc) -> list[Span]:
    """PER entities trimmed of honorifics and title words, plus byline names."""
    spans: list[Span] = []
    for ent in doc.ents:
        if ent.label_ not in ("PER", "PERSON"):
            continue
        sp = _trim(doc, ent.start, ent.end)
        if sp is not None:
            spans.append(sp)
    taken = {i for sp in spans for i in range(sp.start, sp.end)}
    for sp in _byline_spans(doc):
        if not any(i in taken for i in range(sp.start, sp.end)):
            spans.append(sp)
    return sorted(spans, key=lambda s: s.start)


def _trim(doc: Doc, start: int, end: int) -> Optional[Span]:
    heads = words("title_heads") | words("title_bylines")
    while start < end and (is_honorific(doc[start].text) or doc[start].lower_ in heads
                           or doc[start].text in _SEPARATORS or doc[start].is_space):
        start += 1
    while end > start and (_is_degree(doc[end - 1].text) or doc[end - 1].text in _SEPARATORS
                           or doc[end - 1].is_space):
        end -= 1
    return doc[start:end] if end > start else None


def _byline_spans(doc: Doc) -> list[Span]:
    """'Pewarta: Aprionis', 'Penulis: X | Editor: Y': names after a byline role and a colon."""
    global _BYLINE
    if _BYLINE is None:
        roles = "|".join(sorted(words("title_bylines"), key=len, reverse=True))
        name = r"[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,3}"
        _BYLINE = re.compile(rf"\b(?i:{roles})[ \t]*:[ \t]*({name})")
    out = []
    for m in _BYLINE.finditer(doc.text):
        sp = doc.char_span(m.start(1), m.end(1), alignment_mode="contract")
        if sp is not None and len(sp):
            out.append(sp)
    return out


def _plausible_name(name: str) -> bool:
    ws = name.split()
    return bool(ws) and len(ws) <= 6 and ws[0][:1].isupper() and bool(name_words(name))


def person_aliases(doc: Doc, spans: list[Span]) -> dict[str, str]:
    """'Ahmad Heryawan (Aher)': a single capitalised word in brackets right after a name."""
    out = {}
    for sp in spans:
        toks = doc[sp.end:sp.end + 3]
        if len(toks) == 3 and toks[0].text == "(" and toks[2].text == ")" and toks[1].text[:1].isupper() \
                and not toks[1].is_upper:
            out[toks[1].text] = clean_name(sp.text)
    return out


# ---------------------------------------------------------------- titles

def _title_token(doc: Doc, i: int) -> bool:
    t = doc[i]
    if t.is_space:
        return "\n" not in t.text
    x = t.text
    if x in _TITLE_PUNCT or x.lower() in _TITLE_CONNECTORS:
        return True
    if x[:1].isupper() or x[:1].isdigit():
        return True
    if x == "." and i > 0 and doc[i - 1].text.isalpha() and len(doc[i - 1]) <= 4 and doc[i - 1].text[:1].isupper():
        return True   # abbreviated head: "Plh. Kepala ..."
    return t.pos_ == "PROPN"   # lower-cased place in a title ("Wali Kota kendari")


def _left_title(doc: Doc, sp: Span, heads: dict[int, int], per_tokens: set[int]) -> Optional[str]:
    """The title phrase ending just before the name, opening at its leftmost head."""
    i = sp.start - 1
    while i >= 0 and (doc[i].text in _SEPARATORS or is_honorific(doc[i].text) or _courtesy(doc[i]) or
                      (doc[i].is_space and "\n" not in doc[i].text)):
        i -= 1
    region_end = i + 1
    if i >= 0 and doc[i].text == ")" and _bracketed_title(doc, i, heads):
        return None   # "(Rektor X), Prof. Y": the bracket is the previous person's title
    first, head_seen, j = region_end, False, i
    while j >= 0 and region_end - j <= _MAX_TITLE_TOKENS and j not in per_tokens:
        if doc[j].text == ",":
            # a comma inside a title ("Wali Kota Miri, Sarawak") only before its head is found
            if head_seen or j == 0 or not _title_token(doc, j - 1) or (j - 1) in per_tokens:
                break
            j -= 1
            continue
        if not _title_token(doc, j):
            break
        head_seen = head_seen or j in heads
        first = j
        j -= 1
    for k in range(first, region_end):
        if k in heads:
            return _phrase(doc, k, region_end)
    return None


def _courtesy(tok) -> bool:
    return tok.text[:1].isupper() and tok.lower_ in words("official_name_prefixes")


def _bracketed_title(doc: Doc, close: int, heads: dict[int, int]) -> bool:
    k = close - 1
    while k >= 0 and doc[k].text != "(" and close - k < _MAX_TITLE_TOKENS:
        k -= 1
    return k >= 0 and doc[k].text == "(" and (k + 1) in heads


def _right_title(doc: Doc, sp: Span, heads: dict[int, int], per_tokens: set[int],
                 brackets_only: bool = False) -> Optional[str]:
    """'Marulina Dewi, Kepala Biro ...' or 'Mukh Arifin, M.Sc. (Rektor Universitas Tidar)'."""
    k = sp.end
    while k < len(doc) and (doc[k].text in _SEPARATORS or _is_degree(doc[k].text) or
                            (doc[k].is_space and "\n" not in doc[k].text)):
        k += 1
    paren = k < len(doc) and doc[k].text == "("
    if brackets_only and not paren:
        return None
    if paren:
        k += 1
    if k >= len(doc) or k not in heads or k == sp.end:
        return None
    j = k
    while j < len(doc) and j - k < _MAX_TITLE_TOKENS and j not in per_tokens and _title_token(doc, j):
        if paren and doc[j].text == ")":
            break
        j += 1
    # the phrase is the next person's title, not this one's ("A, Kepala X B")
    if j < len(doc) and j in per_tokens:
        return None
    return _phrase(doc, k, j)


def _phrase(doc: Doc, start: int, end: int) -> Optional[str]:
    while end > start and (doc[end - 1].text in {",", ":", "(", "-"} or doc[end - 1].is_space):
        end -= 1
    if end <= start:
        return None
    text = doc.text[doc[start].idx:doc[end - 1].idx + len(doc[end - 1].text)]
    return re.sub(r"\s+", " ", text).strip() or None


# ---------------------------------------------------------------- merging

def _compatible(a: Optional[str], b: Optional[str]) -> bool:
    if not a or not b:
        return True
    wa, wb = set(a.lower().split()), set(b.lower().split())
    return len(wa & wb) / min(len(wa), len(wb)) >= 0.5


def _same_person(a: _Person, b: _Person) -> bool:
    wa, wb = name_words(a.name, distinctive=True), name_words(b.name, distinctive=True)
    if not wa or not wb:
        wa, wb = name_words(a.name), name_words(b.name)
        return wa == wb
    if wa <= wb or wb <= wa:
        return True
    # a misspelt surname ("Anies Abswedan"): shared given name and the same position
    return bool(wa & wb) and bool(a.title) and bool(b.title) and _compatible(a.title, b.title)


def _merge(found: list[_Person], aliases: dict[str, str]) -> list[_Person]:
    groups: list[_Person] = []
    for p in found:
        if p.name in aliases:
            p = _Person(aliases[p.name], p.title, p.start, p.end, p.sentence, p.rule)
        g = next((g for g in groups if _same_person(g, p)), None)
        if g is None:
            groups.append(p)
            continue
        if len(p.name.split()) > len(g.name.split()):
            g.name = p.name
        if g.title is None and p.title is not None:
            g.title, g.rule = p.title, p.rule
    return groups


def _sentence_index(doc: Doc):
    starts = [s.start_char for s in doc.sents] if doc.has_annotation("SENT_START") else [0]

    def index(char: int) -> int:
        lo = 0
        for k, st in enumerate(starts):
            if st <= char:
                lo = k
            else:
                break
        return lo

    return index
