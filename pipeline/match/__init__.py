"""Rule families, one module each, run on a spaCy Doc built from Stanza's analysis.

Each module exposes one function returning schema records; ``extract_all``
runs them in dependency order (quotes need officials for speaker names,
programs need partners).
"""
from __future__ import annotations

from spacy.tokens import Doc

from ..schema import ArticleRecords

__all__ = ["extract_all"]


def extract_all(doc: Doc, **meta) -> ArticleRecords:
    from .counts import counts
    from .officials import officials
    from .outlet import source_and_dateline
    from .partners import partners
    from .programs import programs
    from .quotes import quotes

    source, dateline = source_and_dateline(doc)
    offs = officials(doc)
    parts = partners(doc, offs)
    return ArticleRecords(
        source=source, dateline=dateline,
        officials=offs, quotes=quotes(doc, offs), partners=parts,
        programs=programs(doc, parts), counts=counts(doc), **meta,
    )
