"""The number normaliser on its own: strings -> (value, approximate)."""
from __future__ import annotations

import pytest

from pipeline.match.numbers import parse_digits, parse_quantity

CASES = [
    # digits, Indonesian formatting
    ("7", 7, False),
    ("1.500", 1500, False),
    ("2,5", 2.5, False),
    ("26,308", 26.308, False),
    ("1.336.296.300", 1336296300, False),
    ("12,75", 12.75, False),
    # number words
    ("satu", 1, False),
    ("delapan", 8, False),
    ("sebelas", 11, False),
    ("delapan belas", 18, False),
    ("dua puluh tiga", 23, False),
    ("seratus lima puluh", 150, False),
    ("tiga ratus dua puluh satu", 321, False),
    ("dua ribu lima ratus", 2500, False),
    ("seribu", 1000, False),
    ("sejuta", 1000000, False),
    ("satu setengah", 1.5, False),
    ("setengah juta", 500000, False),
    # scale words
    ("5 ribu", 5000, False),
    ("1,5 juta", 1500000, False),
    ("seratus ribu", 100000, False),
    ("2 juta 500 ribu", 2500000, False),
    # money
    ("Rp2,5 miliar", 2500000000, False),
    ("Rp 3.000.000", 3000000, False),
    ("Rp1 triliun", 1000000000000, False),
    ("Rp 23,3 Milyar", 23300000000, False),
    ("Rp 2 M", 2000000000, False),
    ("Rp 4 T", 4000000000000, False),
    ("US$ 5 juta", 5000000, False),
    ("$695 juta", 695000000, False),
    # percent
    ("15 persen", 15, False),
    ("15%", 15, False),
    ("2,75 persen", 2.75, False),
    # vague counts: lower bound, approximate
    ("puluhan", 10, True),
    ("belasan", 11, True),
    ("ratusan", 100, True),
    ("ribuan", 1000, True),
    ("jutaan", 1000000, True),
    ("miliaran", 1000000000, True),
    ("puluhan ribu", 10000, True),
    # hedges
    ("setidaknya 100", 100, True),
    ("sedikitnya 40", 40, True),
    ("lebih dari 100", 100, True),
    ("sekitar Rp4,3 miliar", 4300000000, True),
    ("hampir 50", 50, True),
    ("kurang lebih 20", 20, True),
    ("lebih kurang Rp222 miliar", 222000000000, True),
    ("± 30", 30, True),
    # ranges: lower bound, approximate; a scale on the upper side applies to both
    ("1-2", 1, True),
    ("1 hingga 2", 1, True),
    ("satu atau dua", 1, True),
    ("Rp 1-2 triliun", 1000000000000, True),
    ("Rp 5 juta hingga Rp 10 juta", 5000000, True),
    ("5 sampai 10 persen", 5, True),
    # the lower side repeats the percent sign or the currency word; "Rp." glued to the figure
    ("12.75% hingga 14%", 12.75, True),
    ("3 juta rupiah hingga 5 juta rupiah", 3000000, True),
    ("Rp.2,4 Triliun", 2400000000000, False),
    ("300-an", 300, True),
    ("10%-15%", 10, True),   # the lower side repeats the percent sign, glued to the dash
    ("-2%", 2, False),   # a signed change keeps its size
]


@pytest.mark.parametrize("text,value,approximate", CASES)
def test_parse_quantity(text, value, approximate):
    q = parse_quantity(text)
    assert q is not None
    assert q.value == pytest.approx(value)
    assert q.approximate is approximate


@pytest.mark.parametrize("text,currency,percent", [
    ("Rp2,5 miliar", "rupiah", False),
    ("Rp. 750.000", "rupiah", False),
    ("US$ 5 juta", "US$", False),
    ("15%", None, True),
    ("dua puluh", None, False),
])
def test_currency_and_percent(text, currency, percent):
    q = parse_quantity(text)
    assert (q.currency, q.percent) == (currency, percent)


def test_money_value_is_exact_integer():
    # 46,9 * 10^9 must not come out as 46899999999.99999
    q = parse_quantity("Rp46,9 miliar")
    assert q.value == 46900000000 and isinstance(q.value, int)


@pytest.mark.parametrize("text", ["kedua", "beberapa", "sebuah", "seorang", "pertama", "ke-2", "", "Rp"])
def test_not_a_number(text):
    assert parse_quantity(text) is None


@pytest.mark.parametrize("text,value", [("1.500", 1500), ("1,500,000", 1500000), ("2.5", 2.5), ("abc", None)])
def test_parse_digits(text, value):
    got = parse_digits(text)
    assert (None if got is None else float(got)) == value


@pytest.mark.parametrize("text, value", [
    ("\u0661\u0662", 12),          # Arabic-Indic digits are decimal digits to the regexes too
    ("\uff13\uff10", 30),          # full-width digits
    (" 1.500 ", 1500),
    ("\u00b2", None),              # a superscript is a digit to isdigit, not a decimal digit
    ("Rp1.500", None), (".5", None), ("", None), ("dua", None),
])
def test_parse_digits_first_character_gate(text, value):
    import re
    from decimal import Decimal
    assert parse_digits(text) == (None if value is None else Decimal(value))
    # the gate agrees with the regexes' \d on the first character
    assert bool(re.match(r"\d", text.strip()[:1])) == text.strip()[:1].isdecimal()
