"""Per-document values the rules read many times.

spaCy rebuilds ``Doc.text``, ``Doc.ents`` and ``Doc.sents`` from every token
on each access, so a rule that reads them once per candidate makes extraction
quadratic in article length. They are computed once per Doc and kept for the
few Docs read last: the values hold Spans, and a Span holds its Doc, so a cache
keyed weakly by the Doc (as this one was) kept every Doc of a run alive.
"""
from __future__ import annotations

from weakref import ref as ref_to

from spacy.attrs import IDX, LENGTH, LOWER, ORTH, SPACY
from spacy.tokens import Doc, Span

__all__ = ["per_doc", "clear_cache", "doc_text", "doc_ents", "doc_sents", "doc_words", "doc_lowers", "doc_spaces",
           "doc_bounds", "span_text"]

# The rules read one article at a time: the values of the last few Docs are kept, oldest dropped
# first (a Doc read again after that is read anew, with the same values).
KEEP_DOCS = 4
_SLOTS: dict[int, tuple] = {}    # id(doc) -> (weak reference to the Doc, its values)
# The rules ask ~300 times per article, nearly always about the Doc asked about last.
_LAST: list = [None, {}]


def per_doc(doc: Doc, key: str, compute):
    """``compute()``, once per Doc and ``key``."""
    ref, slot = _LAST
    if ref is None or ref() is not doc:
        slot = _slot(doc)
    try:
        return slot[key]
    except KeyError:
        value = slot[key] = compute()
        return value


def _slot(doc: Doc) -> dict:
    entry = _SLOTS.get(id(doc))
    if entry is None or entry[0]() is not doc:   # new, or a dead Doc's id given to this one
        _SLOTS.pop(id(doc), None)
        entry = _SLOTS[id(doc)] = (ref_to(doc), {})
        while len(_SLOTS) > KEEP_DOCS:
            del _SLOTS[next(iter(_SLOTS))]
    _LAST[:] = entry
    return entry[1]


def clear_cache() -> None:
    """Forget every Doc's values (the benchmark does, to time each round as a first reading)."""
    _SLOTS.clear()
    _LAST[:] = [None, {}]


def doc_text(doc: Doc) -> str:
    """``Doc.text``, joined from the word and space arrays (``Doc.text`` makes a Token per token)."""
    def compute():
        return "".join([w + " " if sp else w for w, sp in zip(doc_words(doc), doc_spaces(doc))])
    return per_doc(doc, "text", compute)


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    return per_doc(doc, "ents", lambda: tuple(doc.ents))


def doc_sents(doc: Doc) -> tuple[Span, ...]:
    """Sentences; the whole Doc as one when it carries no sentence boundaries."""
    return per_doc(doc, "sents", lambda: tuple(doc.sents) if doc.has_annotation("SENT_START") else (doc[:],))


def doc_words(doc: Doc) -> list[str]:
    """Each token's text, read from the ORTH array (no Token object per token)."""
    def compute():
        strings = doc.vocab.strings
        return [strings[h] for h in doc.to_array(ORTH).tolist()]
    return per_doc(doc, "words", compute)


def doc_lowers(doc: Doc) -> list[str]:
    """Each token's lower-case text (``Token.lower_``), read from the LOWER array."""
    def compute():
        strings = doc.vocab.strings
        return [strings[h] for h in doc.to_array(LOWER).tolist()]
    return per_doc(doc, "lowers", compute)


def doc_spaces(doc: Doc) -> list[bool]:
    """Whether each token is followed by white space."""
    return per_doc(doc, "spaces", lambda: [bool(x) for x in doc.to_array(SPACY).tolist()])


def doc_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """Start and end character offsets of every token."""
    def compute():
        arr = doc.to_array([IDX, LENGTH])
        starts = arr[:, 0].tolist()
        return starts, [a + n for a, n in zip(starts, arr[:, 1].tolist())]
    return per_doc(doc, "bounds", compute)


def span_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text``, cut from the Doc's text (``Span.text`` makes a Token per token)."""
    if end <= start:
        return ""
    starts, ends = doc_bounds(doc)
    return doc_text(doc)[starts[start]:ends[end - 1]]
