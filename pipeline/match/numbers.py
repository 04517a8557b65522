"""Indonesian number normaliser: strings -> values. Pure functions, no spaCy.

Handles digits in Indonesian format ("1.500" = 1500, "2,5" = 2.5), number
words ("dua puluh tiga", "seratus lima puluh", "satu setengah"), scale words
("ribu", "juta", "miliar", "triliun", "M"/"T" after a currency), money
("Rp2,5 miliar", "US$ 5 juta"), percentages ("15 persen", "15%"), vague
counts ("puluhan" = 10, approximate), hedges ("sekitar", "lebih dari") and
ranges ("1-2", "1 hingga 2": the lower bound, approximate).

The word tables live in ``lexicons/number_words.json``, ``number_hedges.json``
and ``number_currencies.json``. Arithmetic is done in ``Decimal`` so that
"Rp46,9 miliar" is exactly 46900000000.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Optional, Sequence, Union

from ..lexicon import mapping

__all__ = ["Quantity", "parse_digits", "is_digit_range", "parse_number_words", "parse_quantity", "split_currency",
           "number_kind", "hedge_phrases", "range_words", "currency_unit", "to_json_number"]

Number = Union[int, float]

# "1.500" / "1.336.296.300": dots group thousands; a comma is the decimal mark.
_ID_GROUPED = re.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$")
_ID_PLAIN = re.compile(r"^\d+(?:,\d+)?$")
# "1,500,000": English grouping, seen in copied press releases (two or more groups).
_EN_GROUPED = re.compile(r"^\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?$")
# "2.5" with a dot that cannot be thousands grouping is a decimal written the English way.
# "USD 250,000": after a foreign currency a single comma group is English thousands; read as
# Indonesian it would be 250 dollars, a figure no release writes with three decimals.
_EN_ONE_GROUP = re.compile(r"^\d{1,3},\d{3}$")
_EN_DECIMAL = re.compile(r"^\d+\.\d{1,2}$|^\d+\.\d{4,}$")
_DIGIT_RANGE = re.compile(r"^([\d.,]+)\s*[-–—]\s*([\d.,]+)$")
# "10%-15%": the tokenizer keeps "10%-15" as one token; the first percent sign only repeats the second
_PERCENT_RANGE = re.compile(r"(\d)%\s*([-–—])\s*(?=\d)")
_ABOUT = re.compile(r"^(\d[\d.,]*)-an$")   # "300-an": three hundred or so
_PIECES = re.compile(r"US\$|S\$|A\$|\+/-|[$€¥£±%]|[^\s$€¥£±%]+")


@dataclass(frozen=True)
class Quantity:
    value: Number
    approximate: bool = False
    currency: Optional[str] = None   # unit word for money ("rupiah", "US$")
    percent: bool = False


@lru_cache(maxsize=None)
def _tables() -> dict:
    return mapping("number_words")


@lru_cache(maxsize=None)
def hedge_phrases() -> tuple[tuple[str, ...], ...]:
    """Hedge phrases as token tuples, longest first ("lebih dari" before "lebih")."""
    phrases = {tuple(p.lower().split()) for p in mapping("number_hedges")["before"]}
    return tuple(sorted(phrases, key=len, reverse=True))


@lru_cache(maxsize=None)
def range_words() -> frozenset[str]:
    return frozenset(mapping("number_hedges")["range"])


def currency_unit(word: str) -> Optional[str]:
    """Unit written for a currency marker ("Rp" -> "rupiah", "US$" -> "US$")."""
    return mapping("number_currencies")["prefix"].get(word.lower())


def to_json_number(value: Decimal) -> Number:
    """Decimal -> int when whole, else float."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def parse_digits(text: str) -> Optional[Decimal]:
    """A number written in digits, Indonesian style; None if ``text`` is not one."""
    s = text.strip()
    if not s[:1].isdecimal():
        return None   # every form opens with a digit (isdecimal is exactly the regexes' \d); most words are no number
    try:
        if _ID_GROUPED.match(s) or _ID_PLAIN.match(s):
            return Decimal(s.replace(".", "").replace(",", "."))
        if _EN_GROUPED.match(s):
            return Decimal(s.replace(",", ""))
        if _EN_DECIMAL.match(s):
            return Decimal(s)
    except InvalidOperation:
        return None
    return None


def is_digit_range(text: str) -> bool:
    """ "1-2" (or "10%-15", cut before its last percent sign) written as one token."""
    m = _DIGIT_RANGE.match(_PERCENT_RANGE.sub(r"\1\2", text.strip()))
    return bool(m) and parse_digits(m.group(1)) is not None and parse_digits(m.group(2)) is not None


_SPLIT_CURRENCY_RE = re.compile(r"^(Rp\.?|IDR|US\$|USD|S\$|A\$|RM|\$|€|¥|£)\s*(\d.*)$", re.IGNORECASE)


def split_currency(text: str) -> tuple[Optional[str], str]:
    """("Rp2,5" -> ("Rp", "2,5")); the marker is None when there is none."""
    m = _SPLIT_CURRENCY_RE.match(text)
    if m:
        return m.group(1), m.group(2)
    return None, text


def number_kind(word: str, *, after_currency: bool = False) -> Optional[str]:
    """Role of one token in a quantity: digits, word, scale, vague, fraction, or None."""
    w = word.lower()
    t = _tables()
    if parse_digits(w) is not None:
        return "digits"
    if _ABOUT.match(w) and parse_digits(w[:-3]) is not None:
        return "vague"
    if w in t["ones"] or w in t["se_values"] or w in t["se_scales"] or w in t["multipliers"] or w == t["teen"]:
        return "word"
    if w in t["scales"]:
        return "scale"
    if after_currency and w.rstrip(".") in t["money_scales"]:
        return "scale"
    if w in t["vague"]:
        return "vague"
    if w in t["fractions"]:
        return "fraction"
    return None


def parse_number_words(words: Sequence[str], *, money: bool = False) -> Optional[tuple[Decimal, bool]]:
    """Value of a run of number words and digits ("dua puluh tiga", "5 ribu", "ratusan juta").

    Returns (value, approximate) or None when a word is not part of a number.
    ``money`` lets "M"/"T" act as miliar/triliun ("Rp 2 M").
    """
    t = _tables()
    total = Decimal(0)     # everything already multiplied by a scale word
    group = Decimal(0)     # the part below the next scale word
    pending: Optional[Decimal] = None  # a units digit waiting for puluh/ratus/belas
    approximate = False
    seen = False
    for raw in words:
        w = raw.lower()
        bare = w.rstrip(".")
        about = _ABOUT.match(w)
        if about:
            w, approximate = about.group(1), True
        digits = parse_digits(w)
        if digits is not None:
            if pending is not None:
                group += pending
            pending = digits
        elif w in t["ones"]:
            if pending is not None:
                group += pending
            pending = Decimal(t["ones"][w])
        elif w in t["se_values"]:
            group += (pending or 0) + Decimal(t["se_values"][w])
            pending = None
        elif w in t["multipliers"]:
            group += (pending if pending is not None else Decimal(1)) * t["multipliers"][w]
            pending = None
        elif w == t["teen"]:
            group += (pending if pending is not None else Decimal(1)) + 10
            pending = None
        elif w in t["fractions"]:
            frac = Decimal(str(t["fractions"][w]))
            pending = (pending or Decimal(0)) + frac
        elif w in t["vague"]:
            group += Decimal(t["vague"][w])
            approximate = True
        elif w in t["se_scales"]:
            total += Decimal(t["se_scales"][w])
        elif w in t["scales"] or (money and bare in t["money_scales"]):
            scale = Decimal(t["scales"].get(w) or t["money_scales"][bare])
            base = group + (pending or 0)
            total += (base if base else Decimal(1)) * scale
            group, pending = Decimal(0), None
        else:
            return None
        seen = True
    if not seen:
        return None
    return total + group + (pending or 0), approximate


def _tokens(text: str) -> list[str]:
    """Split a quantity string into currency markers, numbers, words and dashes."""
    out = []
    for piece in _PIECES.findall(_PERCENT_RANGE.sub(r"\1 \2 ", text)):
        cur, rest = split_currency(piece)
        if cur and rest:   # "Rp40-50": the figure after the marker may be a range
            out.append(cur)
            piece = rest
        if piece[:1] in "+-−" and piece[1:2].isdigit():
            piece = piece[1:]   # "-2%", "+0,5%": a signed change; the record keeps its size
        m = _DIGIT_RANGE.match(piece)
        if m:
            out.extend([m.group(1), "-", m.group(2)])
            continue
        out.append(piece)
    return out


def _strip_hedge(toks: list[str]) -> tuple[list[str], bool]:
    low = [t.lower() for t in toks]
    for phrase in hedge_phrases():
        if tuple(low[:len(phrase)]) == phrase:
            return toks[len(phrase):], True
    return toks, False


def _split_range(toks: list[str]) -> tuple[list[str], Optional[list[str]]]:
    """Lower and upper part of "1 hingga 2 juta"; upper is None when no range."""
    for i, tok in enumerate(toks):
        if i and tok.lower() in range_words():
            upper = toks[i + 1:]
            while upper and currency_unit(upper[0]):   # "Rp 5 juta hingga Rp 10 juta"
                upper = upper[1:]
            return toks[:i], upper
    return toks, None


def _has_scale(words: Sequence[str], money: bool) -> bool:
    t = _tables()
    return any(w.lower() in t["scales"] or (money and w.lower().rstrip(".") in t["money_scales"])
               for w in words)


def _range_lower(lower: list[str], upper: list[str], money: bool) -> Optional[tuple[Decimal, bool]]:
    """The lower bound of a range; a scale written only on the upper side applies to both."""
    lo = parse_number_words(lower, money=money)
    hi = parse_number_words(upper, money=money)
    if lo is None or hi is None:
        return lo
    if not _has_scale(lower, money) and _has_scale(upper, money):
        scale_words = [w for w in upper if number_kind(w, after_currency=money) == "scale"]
        lo = parse_number_words(lower + scale_words, money=money)
    if lo is not None and lo[0] < hi[0]:
        return lo[0], True
    return lo   # "5 juta atau 3": not a range, keep the first figure


def _drop_unit_marks(toks: list[str]) -> list[str]:
    """The lower side of a range without the percent sign or currency word it repeats."""
    words = mapping("number_currencies")["words"]
    while toks and (toks[-1].lower() in ("%", "persen") or toks[-1].lower() in words):
        toks = toks[:-1]
    return toks


@lru_cache(maxsize=16384)   # the same figures recur across articles; a Quantity is immutable
def parse_quantity(text: str) -> Optional[Quantity]:
    """Normalise one quantity expression ("sekitar Rp4,3 miliar", "1-2", "15%").

    Returns None when ``text`` holds no number. Trailing unit words other than
    currency names, "persen" and "%" are not allowed: pass only the quantity.
    """
    toks, approximate = _strip_hedge(_tokens(text))
    currency = None
    if toks and currency_unit(toks[0]):
        currency = currency_unit(toks[0])
        toks = toks[1:]
    percent = False
    if toks and toks[-1].lower() in ("%", "persen"):
        percent, toks = True, toks[:-1]
    words = mapping("number_currencies")["words"]
    if toks and currency is None and toks[-1].lower() in words:
        currency, toks = toks[-1].lower(), toks[:-1]
    if not toks:
        return None
    lower, upper = _split_range(toks)
    if upper:
        lower = _drop_unit_marks(lower)   # "13,5% hingga 15%", "5 juta rupiah hingga 8 juta rupiah"
    money = currency is not None
    if currency is not None and currency != "rupiah" and len(lower) == 1 and not upper \
            and _EN_ONE_GROUP.match(lower[0]):
        return Quantity(int(lower[0].replace(",", "")), approximate, currency, percent)   # "USD 250,000"
    parsed = _range_lower(lower, upper, money) if upper else parse_number_words(lower, money=money)
    if parsed is None:
        return None
    value, approx = parsed
    return Quantity(to_json_number(value), approximate or approx, currency, percent)
