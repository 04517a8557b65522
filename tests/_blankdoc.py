"""Cheap docs for rule tests: spaCy's blank Indonesian tokenizer, a sentencizer, hand-set entities."""
from __future__ import annotations

from functools import lru_cache

import spacy


@lru_cache(maxsize=1)
def _nlp():
    nlp = spacy.blank("id")
    nlp.add_pipe("sentencizer")
    return nlp


def blank_doc(text: str, ents: tuple[tuple[str, str], ...] = ()):
    """``ents``: (surface, label) pairs; each labels the first occurrence of the surface."""
    doc = _nlp()(text)
    spans = []
    for surface, label in ents:
        start = text.index(surface)
        span = doc.char_span(start, start + len(surface), label=label, alignment_mode="expand")
        assert span is not None, surface
        spans.append(span)
    doc.ents = sorted(spans, key=lambda s: s.start)
    return doc
