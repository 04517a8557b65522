"""Rule families, one module each, run on a spaCy Doc built from Stanza's analysis.

Each module exposes one function returning schema records; ``extract_all``
runs them in dependency order (quotes need officials for speaker names,
programs need partners).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ..lexicon import words
from ..schema import ArticleRecords, Partner, Program
from ._doc import doc_text

__all__ = ["extract_all"]


def extract_all(doc: Doc, **meta) -> ArticleRecords:
    from .cooperations import cooperations, in_ties
    from .counts import counts
    from .officials import officials
    from .outlet import source_and_dateline
    from .partners import partners
    from .programs import programs
    from .published import published
    from .quotes import quotes

    source, dateline = source_and_dateline(doc)
    offs = officials(doc)
    parts = partners(doc, offs)
    progs = programs(doc, parts)
    parts = _outside_programs(parts, progs)
    parts = _one_per_entity(parts, progs, doc_text(doc))
    date = published(doc)
    nums = counts(doc)
    coops = cooperations(doc, parts, progs, nums, date and (date.iso, date.start))
    return ArticleRecords(
        source=source, dateline=dateline,
        published=date and date.iso, published_start=date and date.start, published_end=date and date.end,
        officials=offs, quotes=quotes(doc, offs), partners=in_ties(parts, coops),
        programs=progs, counts=nums, cooperations=coops, **meta,
    )


def _proper_phrase(name: str) -> bool:
    """ "program Water for Maluku" is a name; "program magang ASN di Kemenlu" keeps its host."""
    rest = name.split(None, 1)[1:]
    return bool(rest) and rest[0][:1].isupper()


def _program_names(progs: list[Program]) -> set[str]:
    """Each program's name, without its parenthesised part, and that part alone:
    "Sanitasi Berbasis Masyarakat (Sanimas)" -> the name, its bare form, "Sanimas"."""
    out = set()
    for g in progs:
        out |= {g.name, re.sub(r"\s*\([^)]*\)", "", g.name).strip()} | set(re.findall(r"\(([^)]+)\)", g.name))
    return out


def _outside_programs(parts: list[Partner], progs: list[Program]) -> list[Partner]:
    """A name the NER model found inside a program's proper name ("Blue Port Exchange" in
    "Blue Port Exchange 2025") is the program, not a party, and so is a partner that is a
    program's name or acronym: it leaves the partners and the programs' partner lists."""
    named = [g for g in progs if not g.rule.startswith("program_phrase") or _proper_phrase(g.name)]
    own = _program_names(named)
    inside = {p.name for p in parts if p.name in own or p.rule.startswith("partner_ent")
              and any(g.start <= p.start and p.end <= g.end for g in named)}
    for g in progs:
        g.partners = [n for n in g.partners if n not in inside]
    return [p for p in parts if p.name not in inside]


def _one_per_entity(parts: list[Partner], progs: list[Program], text: str) -> list[Partner]:
    """Names of one party that the rules found apart ("Kyushu University" and "Universitas Kyushu",
    "Kemenpan" and "Kementerian PAN") are one partner, under its fullest name: two records would give
    the cooperations a party twice. The entity resolver (pipeline/resolve.py) decides what is one party,
    with the same conservative ids the archive merges by."""
    from ..resolve import article_acronyms, resolve_partner

    acronyms = article_acronyms(text)
    ids = [resolve_partner(p.name, type=p.type, acronyms=acronyms, country=p.country) for p in parts]
    generic = words("partner_generic_words")
    # the fullest: the longest once generic words ("Pemprov", "Kota") are off ("Sulawesi Tengah" over
    # "Pemprov Sulteng"); within a letter of it, the form the text uses first
    spelled = [sum(len(w) for w in p.name.split() if w.lower() not in generic) for p in parts]
    top: dict[str, int] = {}
    for ent, n in zip(ids, spelled):
        top[ent] = max(top.get(ent, 0), n)
    fullest: dict[str, Partner] = {}
    for k in sorted(range(len(parts)), key=lambda k: parts[k].start or 0):
        if spelled[k] >= top[ids[k]] - 1:
            fullest.setdefault(ids[k], parts[k])
    if len(fullest) == len(parts):
        return parts
    rename = {p.name: fullest[ent].name for p, ent in zip(parts, ids)}
    for g in progs:
        g.partners = list(dict.fromkeys(rename.get(n, n) for n in g.partners))
    kept = {id(p) for p in fullest.values()}
    return [p for p in parts if id(p) in kept]
