"""Place knowledge shared by the partner and program rules: countries, Indonesian regions.

Country names come from CLDR (Babel's Indonesian territory names) plus a small
alias file; Indonesian provinces and regencies/cities from gazetteer files in
``lexicons/place_*.txt``.
"""
from __future__ import annotations

from functools import lru_cache

from ..lexicon import mapping, words

__all__ = ["countries", "country_in", "is_country", "indonesian_level", "DOMESTIC"]

DOMESTIC = "Indonesia"


@lru_cache(maxsize=1)
def countries() -> dict[str, str]:
    """Lower-cased country name or alias -> its usual Indonesian name."""
    import babel

    names = {}
    for code, name in babel.Locale("id").territories.items():
        if code.isalpha() and len(code) == 2:   # numeric codes are continents and regions
            names[name.lower()] = name
    for alias, name in mapping("country_aliases_id")["aliases"].items():
        names[alias.lower()] = name
    return names


def is_country(name: str) -> bool:
    return name.strip().lower() in countries()


@lru_cache(maxsize=4096)   # asked of every candidate and program name
def country_in(name: str) -> str | None:
    """The country named inside ``name`` ("Kedutaan Besar Kerajaan Belanda" -> "Belanda"), longest first."""
    toks = name.replace("(", " ").replace(")", " ").replace(",", " ").split()
    low = [t.lower() for t in toks]
    table = countries()
    for size in (3, 2, 1):
        for i in range(len(low) - size + 1):
            key = " ".join(low[i:i + size])
            # a one-word upper-case alias ("AS", "RI") must be written in capitals
            if key in table and (size > 1 or len(key) > 2 or toks[i].isupper()):
                return table[key]
    return None


def indonesian_level(name: str) -> str | None:
    """"province" or "city" when ``name`` is a known Indonesian province or regency/city."""
    key = name.strip().lower()
    if key in words("place_id_provinces"):
        return "province"
    if key in words("place_id_regions"):
        return "city"
    return None
