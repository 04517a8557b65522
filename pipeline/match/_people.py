"""Shared helpers for the officials and quotes rules: person names, title heads, mentions.

Everything lexical comes from ``pipeline/lexicons``; this module only knows how
Indonesian news writes a person: honorifics and degrees around the name
("Dr. Nelson Simanjuntak, SH., M.Si"), a title phrase before or after it, and
later mentions by surname, alias or role ("kata Bupati").
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Optional

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ..lexicon import mapping, words
from ..tokenize import tokenizer_for
from ._doc import doc_lowers, doc_words, per_doc

__all__ = ["clean_name", "name_words", "is_honorific", "is_degree", "title_head_starts", "any_case_title_heads",
           "Mention", "PersonIndex", "expand_role", "whole_word_hits"]

_WORD = re.compile(r"[^\W\d_][\w’'.-]*", re.UNICODE)
# "H.Sudirman": an honorific glued to the name by its dot
_GLUED = re.compile(r"^([A-Za-z]{1,4}\.)(?=[A-Z])")
# degrees written with two or more dotted parts ("M.Si", "S.H.", "Ak.CA.")
_DOTTED_DEGREE = re.compile(r"^(?:[A-Za-z]{1,3}\.){1,4}[A-Za-z]{0,4}\.?$")


_NORM_DROP = re.compile(r"[.,;:]|['’]$")


def _norm(word: str) -> str:
    # "Dato’ Seri": a trailing apostrophe is part of the honorific's spelling
    return _NORM_DROP.sub("", word).lower()


@lru_cache(maxsize=65536)   # asked of every word near a name, in every article
def is_honorific(word: str) -> bool:
    """An honorific, address form or police/military rank: never part of the name."""
    w = _norm(word)
    return w in words("honorifics") or w in words("official_ranks")


@lru_cache(maxsize=65536)
def is_degree(word: str) -> bool:
    w = word.strip(",;")
    if is_honorific(w) or (w.count(".") >= 2 and bool(_DOTTED_DEGREE.match(w))):
        return True
    # one inner dot ("M.Eng", "S.Kom"): only known degrees, "St.Louis" is no degree
    if "." in w.rstrip(".") and _norm(w) in words("official_degrees"):
        return True
    # professional titles in capitals ("IPU", "CPA"), never a name word in that spelling
    return (w.isupper() or w.endswith(".")) and _norm(w) in words("official_professional_titles")


@lru_cache(maxsize=16384)
def clean_name(raw: str) -> str:
    """The bare name: leading honorifics and trailing degrees removed.

    Degrees usually follow a comma ("Rahmat Lubis,M.Si."), so everything after
    the first comma goes; honorifics may be glued to the name ("H.Sudirman").
    """
    raw = raw.split(",", 1)[0]
    parts: list[str] = []
    for w in raw.split():
        m = _GLUED.match(w)
        if m and is_honorific(m.group(1)):
            parts.extend([m.group(1), w[m.end():]])
        else:
            parts.append(w)
    while parts and (is_honorific(parts[0]) or parts[0] in {"."}):
        parts.pop(0)
    while parts and (is_degree(parts[-1]) or not any(c.isalpha() for c in parts[-1])):
        parts.pop()
    name = " ".join(parts).strip(" .,;:()")
    # a trailing period belongs to an initial only ("Yusran M. Daeng" keeps its inner one)
    return name


def name_words(name: str | None, *, distinctive: bool = False) -> set[str]:
    """Lower-cased words of a name without honorifics; ``distinctive`` also drops
    particles shared by many unrelated people (Balinese birth-order names...)."""
    return set(_name_words(name or "", distinctive))


@lru_cache(maxsize=16384)   # the same few names are compared many times per article
def _name_words(name: str, distinctive: bool) -> frozenset[str]:
    out = {w.lower().strip(".") for w in _WORD.findall(name)}
    out = {w for w in out if w and not is_honorific(w)}
    if distinctive:
        out -= words("official_name_particles")
    return frozenset(out)


_MATCHERS: dict[int, PhraseMatcher] = {}


def _head_matcher(vocab) -> PhraseMatcher:
    if id(vocab) not in _MATCHERS:
        matcher = PhraseMatcher(vocab, attr="LOWER")
        heads = sorted(words("title_heads") | words("title_bylines"))
        tokenize = tokenizer_for(vocab)   # the words of the texts it matches; spaCy's blank "id" loads 16k cases
        matcher.add("TITLE_HEAD", [tokenize(h) for h in heads])
        _MATCHERS[id(vocab)] = matcher
    return _MATCHERS[id(vocab)]


def title_head_starts(doc: Doc) -> dict[int, int]:
    """token index where a title head starts -> index after its longest match.

    Heads must be capitalised as written in the text: a position before a name
    is a proper noun in Indonesian news ("Bupati Sleman"), a lower-case
    "kepala" or "wartawan" is a common noun.
    """
    return per_doc(doc, "title_head_starts", lambda: _capitalised_heads(doc))   # officials and quotes ask


def _capitalised_heads(doc: Doc) -> dict[int, int]:
    starts: dict[int, int] = {}
    blockers = words("title_head_blockers")
    ws, lowers = doc_words(doc), doc_lowers(doc)
    for _, s, e in _head_matches(doc):
        if ws[s][:1].isupper() and not (s > 0 and lowers[s - 1] in blockers):
            starts[s] = max(starts.get(s, s), e)
    for i, w in enumerate(ws):   # 'Kadispora Papua, X': a post fused into one word heads a title too
        if i not in starts and w[:2] == "Ka" and fused_head(w):
            starts[i] = i + 1
    return starts


def any_case_title_heads(doc: Doc) -> dict[int, int]:
    """Like ``title_head_starts`` but whatever the case: a lower-case head ("anggota DPR RI",
    "duta besar dari ...") opens a title only where the caller sees a title run after it."""
    starts: dict[int, int] = {}
    for _, s, e in _head_matches(doc):
        starts[s] = max(starts.get(s, s), e)
    return starts


def _head_matches(doc: Doc) -> list[tuple[int, int, int]]:
    """The title-head matcher's matches, once per Doc (officials and quotes both ask)."""
    return per_doc(doc, "title_head_matches", lambda: list(_head_matcher(doc.vocab)(doc)))


# the kind of body a fused short form names by its first letters ('Kadiskominfo', 'Kadikes': a Dinas;
# 'Kabappeda': a Badan)
_FUSED_BODIES = (("di", "Dinas"), ("ba", "Badan"))


def fused_head(word: str) -> Optional[str]:
    """'Kadiskominfo' -> 'Kepala Diskominfo', 'Kabappeda' -> 'Kepala Bappeda': 'Ka' fused with an agency's
    short name is the head of that agency, a post and never a person's name; None for other words."""
    low = word.lower()
    if len(low) < 6 or not word[:1].isupper() or not low.startswith("ka"):
        return None
    rest = low[2:]
    if rest not in words("title_org_words") and rest not in words("official_institution_ends"):
        return None
    return f"Kepala {word[2].upper()}{word[3:]}"


def fused_body(word: str) -> Optional[str]:
    """The kind of body of a fused head ('Kadiskominfo' -> 'Dinas'), when its letters tell."""
    if fused_head(word) is None:
        return None
    return next((body for pre, body in _FUSED_BODIES if word.lower()[2:].startswith(pre)), None)


def expand_role(role: str) -> str:
    """'Kajari' -> 'Kepala Kejaksaan Negeri'; other roles unchanged."""
    abbrev = {k: v for k, v in mapping("title_abbreviations").items() if not k.startswith("_")}
    first, _, rest = role.strip().partition(" ")
    full = abbrev.get(first.lower())
    return f"{full} {rest}".strip() if full else role.strip()


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    name: str          # the canonical (fullest) name


@dataclass
class PersonIndex:
    """Who is who in one article: canonical names, titles, and where each is mentioned."""
    text: str
    names: list[str] = field(default_factory=list)
    titles: dict[str, Optional[str]] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)

    @classmethod
    def build(cls, text: str, people: Iterable[tuple[str, Optional[str]]],
              aliases: dict[str, str] | None = None) -> "PersonIndex":
        idx = cls(text=text, aliases=dict(aliases or {}))
        for name, title in people:
            if name not in idx.titles:
                idx.names.append(name)
                idx.titles[name] = title
        idx.mentions = idx._find_mentions()
        return idx

    def _forms(self) -> list[tuple[str, str]]:
        """(surface form, canonical name): full names, their distinctive words, aliases."""
        forms = [(n, n) for n in self.names]
        forms += [(a, n) for a, n in self.aliases.items() if n in self.titles]
        word_owner: dict[str, set[str]] = {}
        for n in self.names:
            for w in n.split():
                w = w.strip(".")
                if len(w) >= 3 and w[:1].isupper() and w.lower() in name_words(n):
                    word_owner.setdefault(w, set()).add(n)
        # a surname shared by two people is ambiguous: not a mention of either
        forms += [(w, next(iter(owners))) for w, owners in word_owner.items() if len(owners) == 1]
        return forms

    def _find_mentions(self) -> list[Mention]:
        """Every whole-word occurrence of each form, longest forms first; a shorter form
        inside a longer one's mention is not a mention of its own."""
        found: list[Mention] = []    # disjoint, kept sorted by start
        starts: list[int] = []
        for form, name in sorted(self._forms(), key=lambda f: -len(f[0])):
            for s, e in whole_word_hits(self.text, form):
                k = bisect_left(starts, e)   # the mentions starting before this one ends
                if k and found[k - 1].end > s:
                    continue   # overlaps the last of them (the earlier ones end before it starts)
                found.insert(k, Mention(s, e, name))
                starts.insert(k, s)
        return found

    def canonical(self, surface: str) -> Optional[str]:
        """The fullest name that a surface form refers to, if any."""
        surface = clean_name(surface)
        if surface in self.titles:
            return surface
        if surface in self.aliases:
            return self.aliases[surface]
        sw = name_words(surface, distinctive=True) or name_words(surface)
        hits = [n for n in self.names if sw and sw <= name_words(n)]
        return hits[0] if len(hits) == 1 else None

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if start <= m.start and m.end <= end]

    def holder(self, role: str, before: int) -> Optional[str]:
        """The person holding a role ('Bupati', 'Wali Kota Kendari', 'Kajari'), if the text names one.

        Several holders: the one mentioned most recently before ``before``.
        """
        role_l = expand_role(role).lower()
        if not role_l:
            return None
        cands = [n for n, t in self.titles.items() if t and _title_covers(t.lower(), role_l)]
        if len(cands) <= 1:
            return cands[0] if cands else None
        recent = [m for m in self.mentions if m.end <= before and m.name in cands]
        return recent[-1].name if recent else cands[0]


def _is_word_char(ch: str) -> bool:
    """What the regex class \\w matches."""
    return ch.isalnum() or ch == "_"


def whole_word_hits(text: str, form: str) -> Iterable[tuple[int, int]]:
    """Non-overlapping occurrences of ``form`` not glued to a word character on either
    side, left to right: the matches of ``(?<!\\w)form(?!\\w)``, found with str.find (one
    regex per name and article would evict the rules' own patterns from re's cache)."""
    if not form:   # an empty name is nobody's mention
        return
    i = text.find(form)
    while i >= 0:
        e = i + len(form)
        if (i == 0 or not _is_word_char(text[i - 1])) and (e == len(text) or not _is_word_char(text[e])):
            yield i, e
            i = text.find(form, e)
        else:
            i = text.find(form, i + 1)


_ACTING_PREFIX = re.compile(r"^(plt|plh|pjs|pj|pelaksana tugas)\.?\s+")


def _title_covers(title: str, role: str) -> bool:
    """'kepala kejaksaan negeri kendari' covers 'kepala kejaksaan negeri'; 'wakil bupati' does not
    cover 'bupati' (the role must start the title)."""
    title, role = _ACTING_PREFIX.sub("", title), _ACTING_PREFIX.sub("", role)   # 'Pjs Bupati' is 'Pjs. Bupati X'
    return title == role or title.startswith(role + " ")
