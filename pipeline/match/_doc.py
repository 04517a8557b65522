"""Per-document values the rules read many times.

spaCy rebuilds ``Doc.text``, ``Doc.ents`` and ``Doc.sents`` from every token
on each access, so a rule that reads them once per candidate makes extraction
quadratic in article length. They are computed once per Doc and kept for the
few Docs read last: the values hold Spans, and a Span holds its Doc, so a cache
keyed weakly by the Doc (as this one was) kept every Doc of a run alive.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import compress

try:   # the regex parser's, to read the literals a pattern's matches hold (private: named so since 3.11)
    from re import _constants as _sc
    from re import _parser as _sp
except ImportError:  # pragma: no cover - Python 3.10 and older
    import sre_constants as _sc  # type: ignore[no-redef]
    import sre_parse as _sp  # type: ignore[no-redef]

from spacy.attrs import (
    IDX,
    IS_ALPHA,
    IS_LOWER,
    IS_PUNCT,
    IS_SPACE,
    IS_TITLE,
    LENGTH,
    LOWER,
    ORTH,
    POS,
    SENT_START,
    SPACY,
)
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc, Span

from ..tokenize import SPACES

__all__ = ["per_doc", "clear_cache", "doc_table", "DocTable", "doc_text", "doc_ents", "doc_words", "lower_case_words",
           "doc_lowers", "doc_spaces", "doc_bounds", "span_text", "gate_literals", "gate_literal_sets", "lowered_text",
           "may_match"]

# The rules read one article at a time: the values of the last few Docs are kept, oldest dropped
# first (a Doc read again after that is read anew, with the same values). The Docs are held
# strongly: their values hold Spans, which hold the Doc anyway, and a Doc held cannot lend its
# id to another.
KEEP_DOCS = 4
_SLOTS: dict[int, tuple] = {}    # id(doc) -> (the Doc, its values)
# The rules ask ~1,000 times per article, nearly always about the Doc asked about last: that Doc,
# its values, and the values asked for most, each a global read and an identity test away.
_cur_doc: Doc | None = None
_cur_slot: dict = {}
_cur_table: DocTable | None = None
_cur_text: str | None = None
_cur_gates: dict | None = None


def per_doc(doc: Doc, key: str, compute):
    """``compute()``, once per Doc and ``key``."""
    slot = _cur_slot if doc is _cur_doc else _slot(doc)
    try:
        return slot[key]
    except KeyError:
        value = slot[key] = compute()
        return value


def _slot(doc: Doc) -> dict:
    global _cur_doc, _cur_slot, _cur_table, _cur_text, _cur_gates
    entry = _SLOTS.get(id(doc))
    if entry is None or entry[0] is not doc:
        entry = _SLOTS[id(doc)] = (doc, {})
        while len(_SLOTS) > KEEP_DOCS:
            del _SLOTS[next(iter(_SLOTS))]
    slot = entry[1]
    _cur_doc, _cur_slot = doc, slot
    _cur_table, _cur_text, _cur_gates = slot.get("table"), slot.get("text"), slot.get("gates")
    return slot


def clear_cache() -> None:
    """Forget every Doc's values (the benchmark does, to time each round as a first reading)."""
    global _cur_doc, _cur_slot, _cur_table, _cur_text, _cur_gates
    _SLOTS.clear()
    _cur_doc, _cur_slot, _cur_table, _cur_text, _cur_gates = None, {}, None, None, None


class DocTable:
    """What the rules ask of every token, read from the Doc in one ``to_array`` call: plain
    lists indexed by token (no Token or Span object per look), sentence bounds as token and
    character offsets with each token's sentence, entities as (start, end, label) tuples.
    Built once per Doc (``doc_table``); its lists are shared, never to be changed."""

    __slots__ = ("n", "words", "lowers", "spaces", "starts", "ends", "is_punct", "is_space", "is_alpha", "is_title",
                 "is_lower", "pos",
                 "sent_start", "sent_starts", "sent_chars", "sent_of", "ents")

    def __init__(self, doc: Doc):
        n = self.n = len(doc)
        arr = doc.to_array([ORTH, LOWER, SPACY, IDX, LENGTH, IS_PUNCT, IS_SPACE, IS_ALPHA, POS, SENT_START,
                            IS_TITLE, IS_LOWER]) if n else None
        col = (lambda k: arr[:, k].tolist()) if n else (lambda k: [])
        flag = (lambda k: (arr[:, k] == 1).tolist()) if n else (lambda k: [])
        self.words = _strings(doc, col(0))
        self.lowers = _strings(doc, col(1))
        self.spaces = flag(2)
        self.starts = col(3)
        self.ends = [a + k for a, k in zip(self.starts, col(4))]
        self.is_punct, self.is_space, self.is_alpha = flag(5), flag(6), flag(7)
        self.is_title, self.is_lower = flag(10), flag(11)
        self.pos = list(map(POS_NAMES.__getitem__, col(8)))   # ``Token.pos_``: "" where the analyser tagged none
        self.sent_start = flag(9)   # ``Token.is_sent_start`` as a truth value
        self._sentences(doc)
        self.ents = tuple((e.start, e.end, e.label_) for e in doc_ents(doc))

    def _sentences(self, doc: Doc) -> None:
        """As ``Doc.sents`` cuts them: a sentence opens at token 0 and wherever SENT_START is 1;
        a Doc without sentence boundaries is one sentence."""
        n = self.n
        if n and doc.has_annotation("SENT_START"):
            self.sent_starts = [0] + [i for i in compress(range(1, n), self.sent_start[1:])]
        else:
            self.sent_starts = [0] if n else []
        self.sent_chars = [self.starts[i] for i in self.sent_starts]
        self.sent_of = []
        for k, (a, b) in enumerate(zip(self.sent_starts, self.sent_starts[1:] + [n])):
            self.sent_of += [k] * (b - a)

    def sentence_at_char(self, char: int) -> int:
        """The sentence holding character ``char`` (0 before the first)."""
        return max(bisect_right(self.sent_chars, char) - 1, 0)

    def sentence_tokens(self) -> list[tuple[int, int]]:
        """(start, end) token indices of each sentence, as ``Doc.sents`` cuts them, without Spans."""
        return list(zip(self.sent_starts, self.sent_starts[1:] + [self.n]))

    def sentence_chars(self) -> list[tuple[int, int]]:
        """(first character, end of the last token) of each sentence: its text without the white
        space after it, what a rule scanning one sentence's text with ``rx.finditer(text, a, b)`` reads."""
        return [(self.starts[a], self.ends[b - 1]) for a, b in self.sentence_tokens()]


# hash -> string for the words read so far: a dict look-up is cheaper than the StringStore's, which
# decodes each string anew; the hash of a string is the same in every vocabulary.
_STRINGS: dict[int, str] = {}
_MAX_STRINGS = 500_000


def _strings(doc: Doc, hashes: list[int]) -> list[str]:
    out = list(map(_STRINGS.get, hashes))
    if None in out:
        if len(_STRINGS) > _MAX_STRINGS:
            _STRINGS.clear()
        strings = doc.vocab.strings
        for i, s in enumerate(out):
            if s is None:
                out[i] = _STRINGS[hashes[i]] = strings[hashes[i]]
    return out


def doc_table(doc: Doc) -> DocTable:
    """The Doc's ``DocTable``, once per Doc."""
    if doc is _cur_doc and _cur_table is not None:
        return _cur_table
    return _table(doc)


def _table(doc: Doc) -> DocTable:
    global _cur_table
    table = per_doc(doc, "table", lambda: DocTable(doc))
    if doc is _cur_doc:   # (a value computed meanwhile may have read another Doc)
        _cur_table = table
    return table


def doc_text(doc: Doc) -> str:
    """``Doc.text``, joined from the word and space arrays (``Doc.text`` makes a Token per token), with its odd
    spaces plain (``tokenize.SPACES``)."""
    if doc is _cur_doc and _cur_text is not None:
        return _cur_text
    return _text(doc)


def _text(doc: Doc) -> str:
    global _cur_text

    def compute():
        # the rules read no-break and other odd spaces as the spaces they are (one for one: offsets stay the
        # article's); their patterns put " " between words
        return "".join([w + " " if sp else w for w, sp in zip(doc_words(doc), doc_spaces(doc))]).translate(SPACES)
    text = per_doc(doc, "text", compute)
    if doc is _cur_doc:
        _cur_text = text
    return text


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    return per_doc(doc, "ents", lambda: tuple(doc.ents))


def doc_words(doc: Doc) -> list[str]:
    """Each token's text, read from the ORTH array (no Token object per token)."""
    return doc_table(doc).words


def doc_lowers(doc: Doc) -> list[str]:
    """Each token's lower-case text (``Token.lower_``), read from the LOWER array."""
    return doc_table(doc).lowers


def lower_case_words(doc: Doc) -> frozenset[str]:
    """The words the text writes in lower case somewhere: capitalised at a sentence start, such a word is a
    common noun, whatever the NER model made of it."""
    return per_doc(doc, "lower_case_words", lambda: frozenset(
        w for w in doc_words(doc) if w.isalpha() and w.islower()))


def doc_spaces(doc: Doc) -> list[bool]:
    """Whether each token is followed by white space."""
    return doc_table(doc).spaces


def doc_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """Start and end character offsets of every token."""
    t = doc_table(doc)
    return t.starts, t.ends


def span_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text``, cut from the Doc's text (``Span.text`` makes a Token per token)."""
    if end <= start:
        return ""
    t = doc_table(doc)
    return doc_text(doc)[t.starts[start]:t.ends[end - 1]]


# ---------------------------------------------------------------- gates

# Rules run their regexes on every line of an article, and most lines hold none of the words a
# regex needs ("program", "bernama", "MoU"). The literal strings that every match of a regex must
# hold are read from the regex itself (so a word added to a pattern file moves the gate with it), found
# once per article in its lower-cased text, and a line holding none of them is not scanned: it could
# give no match.
_MAX_OPENINGS = 256
_MIN_GATE = 3   # shorter literals ("di", "(") are everywhere: no gate


def _openings(items) -> tuple[frozenset[str], bool] | None:
    """The lower-cased literal strings one of which opens every match of the parsed sequence ``items``,
    and whether each is the whole match; None when a match may open otherwise (an empty string)."""
    out, complete = {""}, True
    for op, av in items:
        if op in (_sc.ASSERT, _sc.ASSERT_NOT, _sc.AT):
            continue   # zero width: no character of the match
        if op == _sc.LITERAL:
            alts, whole = {chr(av)}, True
        elif op == _sc.IN and av and all(o == _sc.LITERAL for o, _ in av) and len(av) <= 8:
            alts, whole = {chr(c) for _, c in av}, True
        elif op == _sc.SUBPATTERN:
            inner = _openings(av[-1])
            if inner is None:
                break
            alts, whole = inner
        elif op == _sc.BRANCH:
            inner = [_openings(seq) for seq in av[1]]
            if any(o is None for o in inner):
                break
            alts, whole = set().union(*(o[0] for o in inner)), all(o[1] for o in inner)
        elif op in (_sc.MAX_REPEAT, _sc.MIN_REPEAT) and av[0] >= 1:
            inner = _openings(av[2])
            if inner is None:
                break
            alts, whole = inner[0], False   # its first repetition opens it; what follows is unknown
        else:
            break
        if not alts or len(out) * len(alts) > _MAX_OPENINGS:
            break
        out = {p + a.lower() for p in out for a in alts}
        if not whole:
            complete = False
            break
    else:
        return frozenset(out), complete
    return (frozenset(out), False) if "" not in out else None


@lru_cache(maxsize=None)
def gate_literals(rx: re.Pattern) -> tuple[str, ...] | None:
    """Literal strings (lower case) one of which every match of ``rx`` holds, the longest such set of any
    stretch of the pattern; None when no stretch gives literals long enough to be worth a gate."""
    sets = gate_literal_sets(rx)
    return sets[0] if sets else None


_MAX_GATES = 2   # "program ... seperti": the head word and the word that introduces the names


@lru_cache(maxsize=None)
def gate_literal_sets(rx: re.Pattern) -> tuple[tuple[str, ...], ...]:
    """Sets of literal strings (lower case, shortest first) such that every match of ``rx`` holds one
    of each set: those of the stretches of the pattern that need the longest literals, a set left out
    when a set kept already implies it."""
    items = list(_sp.parse(rx.pattern, rx.flags))
    found = []
    for k in range(len(items)):
        opened = _openings(items[k:])
        if opened is None or not opened[0] or not all(_uncased_or_ascii(s) for s in opened[0]):
            continue
        if min(map(len, opened[0])) >= _MIN_GATE:
            found.append(opened[0])
    kept: list[frozenset[str]] = []
    for lits in sorted(found, key=lambda f: (-min(map(len, f)), sorted(f))):
        if len(kept) < _MAX_GATES and not any(all(any(s in c for s in lits) for c in k) for k in kept):
            kept.append(lits)
    return tuple(tuple(sorted(k, key=lambda s: (len(s), s))) for k in kept)


def _uncased_or_ascii(s: str) -> bool:
    """Characters whose lower case a case-blind regex matches letter for letter in a lower-cased text."""
    return all(c.isascii() or c.lower() == c.upper() == c for c in s)


# Non-ASCII letters that a case-blind regex matches to ASCII ones ("İ", "ı", "ſ", the Kelvin sign)
_ASCII_CASE_TWINS = frozenset("\u0130\u0131\u017f\u212a")


def lowered_text(doc: Doc) -> str | None:
    """The article's text in lower case, letter for letter; None when lower-casing moves or twins letters."""
    def compute():
        text = doc_text(doc)
        low = text.lower()
        return low if len(low) == len(text) and not _ASCII_CASE_TWINS & set(text) else None
    return per_doc(doc, "lowered", compute)


def _literal_hits(doc: Doc, lits: tuple[str, ...]) -> tuple[list[int], list[int]] | None:
    """Start of every one of ``lits`` in the article, by start, and the least end of the hits from each
    on; None: no gate (odd letter case)."""
    global _cur_gates
    table = _cur_gates if doc is _cur_doc else None
    if table is None:
        table = per_doc(doc, "gates", dict)   # literal set -> its hits, literal -> its offsets, filled as asked
        if doc is _cur_doc:
            _cur_gates = table
    try:
        return table[lits]
    except KeyError:
        pass
    low = lowered_text(doc)
    hits = None
    if low is not None:
        found = sorted((at, at + len(lit)) for lit in lits for at in _offsets(table, low, lit))
        least, least_ends = None, []
        for _, e in reversed(found):
            least = e if least is None or e < least else least
            least_ends.append(least)
        hits = [a for a, _ in found], least_ends[::-1]
    table[lits] = hits
    return hits


def _offsets(table: dict, low: str, lit: str) -> list[int]:
    """Every offset where ``lit`` opens in the lower-cased text, overlaps too (``str.find`` outruns a regex
    alternation); once per article, since regexes share their words."""
    key = ("literal", lit)
    out = table.get(key)
    if out is None:
        out, at = [], low.find(lit)
        while at >= 0:
            out.append(at)
            at = low.find(lit, at + 1)
        table[key] = out
    return out


_RX_GATES: dict[int, tuple] = {}   # id(rx) -> (rx, its gate sets): a Pattern hashes its whole code
_MAX_RX_GATES = 4096


def may_match(doc: Doc, rx: re.Pattern, start: int, end: int) -> bool:
    """False only when ``rx.finditer(doc text, start, end)`` can find nothing: for some gate set of the
    regex, none of its literals lies wholly between ``start`` and ``end``."""
    entry = _RX_GATES.get(id(rx))
    if entry is None or entry[0] is not rx:
        if len(_RX_GATES) > _MAX_RX_GATES:   # patterns made per article would pile up
            _RX_GATES.clear()
        entry = _RX_GATES[id(rx)] = (rx, gate_literal_sets(rx))
    for lits in entry[1]:
        hits = _literal_hits(doc, lits)
        if hits is None:
            return True
        # a hit opening at or after ``start`` ends by ``end``: one opening at ``end`` or later ends after it
        starts, least_ends = hits
        i = bisect_left(starts, start)
        if i == len(starts) or least_ends[i] > end:
            return False
    return True
