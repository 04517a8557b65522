"""counts: every quantity of things stated in the article, with its counted unit.

A spaCy ``Matcher`` (patterns in ``patterns/counts.jsonl``) finds quantity
expressions over a token role attribute (``._.count_kind``: currency, number,
scale word, range connector, percent) that comes from the number lexicons
(computed once per Doc; the Matcher reads it from a stand-in Doc of role words);
``numbers.parse_quantity`` turns each expression into a value. The counted
unit is the noun phrase right after the number ("23 sister city", "10 orang
peserta"); money takes its currency ("rupiah"), percentages "persen". A
number with no counted noun after it is dropped: that removes most
years, scores and stray figures that are not counts.

Exclusions follow ../shared/ANNOTATION.md (section counts): dates and years,
clock times, era years ("1446 Hijriah"), identifiers ("No. 28", "Pasal 5",
"Covid-19", "(13/2)"), numbers inside names ("SD Negeri 1 Sukamaju", "program
Satu Desa Satu Masjid"), phone numbers, ordinals, idioms ("salah satu"). Words
such as "kedua", "sebuah", "seorang" and "beberapa" are simply not number words
in the lexicon. A range keeps its lower bound ("Rp7,5 miliar hingga Rp8 miliar"),
but "Rp5 miliar atau 10 persen" is two quantities, not a range.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Optional

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..lexicon import mapping, patterns, words
from ..schema import Count
from . import numbers, page
from ._doc import doc_lowers, doc_spaces, doc_table, doc_text, doc_words, per_doc, span_text
from .partners import headline_spans

__all__ = ["counts"]

_CLOCK = re.compile(r"^(?:[01]?\d|2[0-4])[.:][0-5]\d$")
_YEAR = re.compile(r"^(19|20)\d{2}$")
# "0812", "021", "081234567890": a leading zero or nine digits without grouping is a
# phone number or code, never a count
_PHONE = re.compile(r"^0\d+$|^\d{9,}$")
_UNIT_WORD = re.compile(r"^[^\W\d_][\w&'’/-]*$")
# POS tags that cannot continue a counted noun phrase (when the analyser tagged the Doc).
_NOT_UNIT_POS = {"ADP", "CCONJ", "SCONJ", "PRON", "AUX", "DET", "PART", "PUNCT", "NUM", "SYM"}
_MAX_UNIT_TOKENS = 4
_MAX_NAME_TOKENS = 7


def _count_kind(token: Token) -> str:
    """Role of a token in a quantity expression (see patterns/counts.jsonl); "" for none.

    Never None: spaCy's Matcher needs a string value for extension attributes."""
    return _kinds(token.doc)[token.i]


def _kinds(doc: Doc) -> list[str]:
    """Every token's role, computed once per Doc: the rules read them many times."""
    return per_doc(doc, "count_kinds", lambda: _doc_kinds(doc))


_US = {"US", "us", "Us", "uS"}
_SIGNS = frozenset(".+-−")


def _doc_kinds(doc: Doc) -> list[str]:
    texts, spaced = doc_words(doc), doc_spaces(doc)
    out = list(map(_text_kind, texts))
    # two roles depend on the neighbours; left to right, as the second reads the role before it
    for i in [i for i, text in enumerate(texts) if text[:1] in _SIGNS or text in _US]:
        text = texts[i]
        if text[:1] in "+-−" and i + 1 < len(texts) and out[i + 1] == "pct" and (i == 0 or spaced[i - 1]) \
                and numbers.parse_digits(text[1:]) is not None:
            out[i] = "num"   # "saham Astra -2%": a change in a price table, its size is the share
        elif text.lower() == "us" and i + 1 < len(texts) and texts[i + 1] == "$" and not spaced[i]:
            out[i] = "cur"
        elif text.startswith(".") and i and not spaced[i - 1] and out[i - 1] in ("cur", "num") \
                and numbers.parse_digits(text[1:]) is not None:
            out[i] = "num"   # "Rp.1,9", "Rp.516.780.890.000": the tokenizer may cut a figure at a full stop
    return out


@lru_cache(maxsize=65536)
def _text_kind(text: str) -> str:
    low = text.lower()
    if numbers.currency_unit(low):
        return "cur"
    cur, rest = numbers.split_currency(text)
    if cur and numbers.parse_digits(rest) is not None:
        return "curnum"
    if low in numbers.range_words():
        return "range"
    if low in ("%", "persen"):
        return "pct"
    if low in mapping("count_se_units"):
        return "seunit"
    if numbers.is_digit_range(low):
        return "num"   # "1-2" kept as one token by the tokenizer
    kind = numbers.number_kind(low)
    if kind in ("digits", "word", "vague", "fraction"):
        return "num"
    if kind == "scale":
        return "scale"
    if numbers.number_kind(low, after_currency=True) == "scale":
        return "mscale"
    return ""


if not Token.has_extension("count_kind"):
    Token.set_extension("count_kind", getter=_count_kind)


# The Matcher reads the roles from a stand-in Doc whose words are the roles (ORTH, matched
# in C), not through the Python getter it would call per token and pattern.
_NO_KIND = "<>"


def _role_word(kind: str) -> str:
    return f"<{kind}>"


def _native(token_pattern: dict) -> dict:
    """{"_": {"count_kind": "num"}} -> {"ORTH": "<num>"}; {"IN": [...]} likewise."""
    out = {k: v for k, v in token_pattern.items() if k != "_"}
    kind = token_pattern.get("_", {}).get("count_kind")
    if isinstance(kind, str):
        out["ORTH"] = _role_word(kind)
    elif isinstance(kind, dict):
        out["ORTH"] = {op: [_role_word(k) for k in ks] for op, ks in kind.items()}
    return out


@lru_cache(maxsize=None)
def _matcher_for(vocab) -> Matcher:
    matcher = Matcher(vocab, validate=True)
    for row in patterns("counts"):
        matcher.add(row["id"], [[_native(t) for t in row["pattern"]]])
    return matcher


def _role_matches(doc: Doc) -> list[tuple[int, int, int]]:
    """The Matcher's (match id, start, end) over the Doc's token roles.

    It runs on a stand-in Doc of role words: a role-less "." stays "." (the patterns allow
    one between a currency and its figure), any other role-less token would be "<>". Only
    the runs of roles and "." that start with a role are kept, one "<>" between runs: a
    match never crosses a "<>" nor starts with ".", so it finds the same matches, in the
    same order, on a Doc a tenth as long."""
    kinds, texts = _kinds(doc), doc_words(doc)
    role_words: list[str] = []
    index: list[int] = []      # stand-in token -> token of the Doc (-1: a separator)
    end = 0
    for i in [i for i, kind in enumerate(kinds) if kind]:   # most tokens play no role
        if i < end:
            continue
        end = i + 1   # the run: roles and "." from here on (a pattern never starts with ".")
        while end < len(kinds) and (kinds[end] or texts[end] == "."):
            end += 1
        if role_words:
            role_words.append(_NO_KIND)
            index.append(-1)
        role_words += [_role_word(k) if k else "." for k in kinds[i:end]]
        index += range(i, end)
    if not role_words:
        return []
    stand_in = Doc(doc.vocab, words=role_words, spaces=[False] * len(role_words))
    # a match ends inside its run: its last token maps to the Doc, end = that token + 1
    return [(mid, index[s], index[e - 1] + 1) for mid, s, e in _matcher_for(doc.vocab)(stand_in)]


@dataclass
class _Found:
    count: Count
    words: set[str]
    head: str


def counts(doc: Doc, *args) -> list[Count]:
    rule_of = {}
    spans = []
    lines = page.of(doc)
    # what site slots and trailers count is no quantity of the article; a "Baca juga" headline's counts are
    # (the guideline excludes link lines for partners only)
    elsewhere = tuple(sorted({*lines.inserts, *lines.trailers}))
    for match_id, start, end in _role_matches(doc):
        span = Span(doc, start, end)
        if _not_a_range(doc, span, doc.vocab.strings[match_id]) or page.within(elsewhere, span.start_char):
            continue
        rule_of[(start, end)] = doc.vocab.strings[match_id]
        spans.append(span)
    sent_of = _sentence_index(doc)
    found: list[_Found] = []
    ordered = sorted(filter_spans(spans), key=lambda s: s.start)
    upper_bounds: set[int] = set()
    for k, span in enumerate(ordered):
        if span.start in upper_bounds:
            continue
        upper = _upper_bound(doc, span, ordered[k + 1] if k + 1 < len(ordered) else None)
        before = found[-1].count if found else None
        if upper is not None:
            upper_bounds.add(upper.start)
            rec = _range_record(doc, span, upper, rule_of[(span.start, span.end)], sent_of)
        else:
            rec = _record(doc, span, rule_of[(span.start, span.end)], sent_of, before)
        if rec is not None:
            _add(doc, found, rec)
    return [f.count for f in found]


def _upper_bound(doc: Doc, span: Span, nxt: Optional[Span]) -> Optional[Span]:
    """ "antara 20 dan 30 siswa", "antara 3 juta dan lebih dari 10 juta orang": after "antara", "dan"
    joins the two bounds of one range, not two figures; the next figure is the upper bound."""
    prev = _prev_word(doc, span.start)
    lowers = doc_lowers(doc)
    if nxt is None or prev < 0 or lowers[prev] != "antara" or span.end >= len(doc) or lowers[span.end] != "dan":
        return None
    gap = nxt.start - span.end - 1
    if gap == 0 or (gap <= 3 and all(doc_table(doc).is_alpha[span.end + 1:nxt.start]) and _hedged(doc, nxt.start)):
        return nxt
    return None


def _range_record(doc: Doc, span: Span, upper: Span, rule: str, sent_of: list[int]) -> Optional[Count]:
    """The lower bound of "antara X dan Y", read as "X - Y": the upper side lends its scale, percent
    sign or currency ("antara 3 dan 5 juta"), and the noun after it is the unit of both."""
    if _excluded(doc, span) or _excluded(doc, upper):
        return None
    q = numbers.parse_quantity(f"{span_text(doc, span.start, span.end)} - {span_text(doc, upper.start, upper.end)}")
    if q is None:
        return None
    unit, unit_end = (q.currency, upper.end) if q.currency else ("persen", upper.end) if q.percent \
        else _unit_after(doc, upper.end)
    if not unit:
        return None
    tb = doc_table(doc)
    end = tb.starts[unit_end - 1] + len(tb.words[unit_end - 1].rstrip("."))
    return Count(value=q.value, unit=_without_possessive(unit), approximate=True, start=span.start_char, end=end,
                 sentence=sent_of[span.start], rule=rule)


def _two_currencies(doc: Doc, span: Span, kinds: list) -> bool:
    """Whether the figures either side of the span's range word are in two currencies."""
    tb = doc_table(doc)
    sides: list[set[str]] = [set(), set()]
    side = 0
    for i in range(span.start, span.end):
        if kinds[i] == "range":
            side = 1
        elif kinds[i] in ("cur", "curnum"):
            sides[side].add(_CURRENCY.match(tb.words[i]).group(0).rstrip(".").lower())
    return all(sides) and not sides[0] & sides[1]


_CURRENCY = re.compile(r"[^\d]*")


def _not_a_range(doc: Doc, span: Span, rule: str) -> bool:
    """ "Rp73 triliun atau 1,7 persen": the second figure restates the first as a share, or
    names another quantity; the two figures are two records, not a range."""
    if not rule.endswith("range"):
        return False
    kinds = _kinds(doc)
    if span.end < len(doc) and kinds[span.end] == "pct" and kinds[span.end - 1] != "pct":
        return True
    if _two_currencies(doc, span, kinds):
        return True   # "USD3 juta atau Rp46,5 miliar": the sum in another currency
    money_before = span.start > 0 and kinds[span.start - 1] in ("cur", "curnum")   # "Rp850 atau 11,49 persen"
    kinds = kinds[span.start:span.end]
    lower = kinds[:kinds.index("range")] if "range" in kinds else kinds
    amount = money_before or any(k in ("scale", "mscale", "cur", "curnum") for k in lower)
    return kinds[-1] == "pct" and "pct" not in lower and amount


def _record(doc: Doc, span: Span, rule: str, sent_of: list[int], before: Optional[Count] = None) -> Optional[Count]:
    if _excluded(doc, span):
        return None
    if rule == "count.se_unit":
        if _rate_or_ago(doc, span):
            return None
        unit = mapping("count_se_units")[span_text(doc, span.start, span.end).lower()]
        return Count(value=1, unit=unit, approximate=False, start=span.start_char, end=span.end_char,
                     sentence=sent_of[span.start], rule=rule)
    q = numbers.parse_quantity(span_text(doc, span.start, span.end))
    if q is None:
        return None
    unit_end = span.end
    if not q.currency and not q.percent and _kinds(doc)[span.end:span.end + 1] == ["cur"]:
        q = replace(q, currency=numbers.currency_unit(doc_lowers(doc)[span.end]))   # "senilai 40 USD"
        unit_end += 1
    if q.currency:
        unit = q.currency
        if unit_end < len(doc) and doc_lowers(doc)[unit_end] in mapping("number_currencies")["words"]:
            unit_end += 1   # "Rp 5 juta rupiah": the word repeats the currency
        if _conversion(doc, span, unit, before):
            return None   # "Rp 8 miliar (US$ 500 ribu)"
    elif q.percent:
        unit = "persen"
    else:
        unit, unit_end = _unit_after(doc, _after_about(doc, span))
        unit = _without_possessive(unit)
        not_counted = words("count_rank_words") | words("count_ratio_units")
        if unit.lower() in not_counted or _conversion(doc, span, unit, before) \
                or _one_to_another(doc, q.value, unit, unit_end) or _not_a_single(doc, q.value, unit_end):
            return None
        if not unit:
            unit = _unit_of_whole(doc, span) or _age_before(doc, span) or _unit_of_list(doc, span.end)
        if not unit and _bare_money(doc, span):
            unit = "rupiah"
        elif not unit and before is not None and before.sentence == sent_of[span.start] \
                and _points_back(doc, span.end, q.value, before):
            unit = before.unit
        elif not unit:
            unit = _noun_before_bracket(doc, span) or _scale_as_unit(doc, span)
        if not unit:
            return None
    approximate = q.approximate or _hedged(doc, span.start) or _after_about(doc, span) > span.end \
        or _more_after(doc, unit_end)
    tb = doc_table(doc)
    end = tb.starts[unit_end - 1] + len(tb.words[unit_end - 1].rstrip("."))   # "Rp 2 M." ends a sentence
    return Count(value=q.value, unit=unit, approximate=approximate, start=span.start_char,
                 end=end, sentence=sent_of[span.start], rule=rule)


# --- exclusions -----------------------------------------------------------------------

def _rate_or_ago(doc: Doc, span: Span) -> bool:
    """ "24 jam sehari", "tiga kali seminggu": a rate, "seminggu lalu": a point in time."""
    if span.end < len(doc) and doc_lowers(doc)[span.end] in ("lalu", "silam"):
        return True
    j = span.start - 1
    return j >= 1 and _kinds(doc)[j - 1] == "num" and bool(_UNIT_WORD.match(doc_words(doc)[j]))


def _excluded(doc: Doc, span: Span) -> bool:
    if _kinds(doc)[span.start] in ("cur", "curnum"):
        return False   # money is never a date, year or identifier
    return (_is_identifier(doc, span) or _is_date_or_time(doc, span) or _glued(doc, span)
            or _in_idiom(doc, span) or _multiplied(doc, span) or _in_name(doc, span)
            or _denominator(doc, span) or _fraction(doc, span))


def _denominator(doc: Doc, span: Span) -> bool:
    """ "24 per 1.000 kelahiran hidup": the figure after "per" is the base of a rate, which the
    count before it carries in its unit."""
    prev = _prev_word(doc, span.start)
    return prev >= 0 and doc_lowers(doc)[prev] == "per"


def _fraction(doc: Doc, span: Span) -> bool:
    """ "tiga perempat penduduk", "dua pertiga anggaran": a share of a whole, not a count of
    three or two things."""
    return span.end < len(doc) and doc_lowers(doc)[span.end] in _denominators()


@lru_cache(maxsize=None)
def _denominators() -> frozenset[str]:
    ones = mapping("number_words")["ones"]
    return frozenset(f"per{w}" for w in ones) | {"perseratus", "perseribu"}


def _multiplied(doc: Doc, span: Span) -> bool:
    """ "2 x 24 jam", "3 x 4 meter": a product or a dimension, neither factor counts anything."""
    lowers, kinds = doc_lowers(doc), _kinds(doc)

    def times(i: int) -> bool:
        return 0 <= i < len(doc) and lowers[i] in ("x", "×")
    return (times(span.end) and span.end + 1 < len(doc) and bool(kinds[span.end + 1])) or \
        (times(span.start - 1) and span.start >= 2 and bool(kinds[span.start - 2]))


_DASH = re.compile(r"[-–—]")


def _first_number(doc: Doc, span: Span) -> str:
    """Text of the first figure: "2019" of a "2019-2024" token."""
    text = doc_words(doc)[span.start]
    return _DASH.split(text, maxsplit=1)[0] or text


def _is_identifier(doc: Doc, span: Span) -> bool:
    """ "No. 28", "Pasal 5", "SMAN 1", "tahap satu", phone numbers, vehicle plates ("BK 8762 XE")."""
    if _PHONE.match(_first_number(doc, span)) or _plate(doc, span):
        return True
    prev = _prev_word(doc, span.start)
    low = doc_lowers(doc)[prev] if prev >= 0 else None
    cue = {low, low.rstrip(".")} if low is not None else set()
    if not cue & words("count_identifier_cues") or _has_scale(doc, span):
        return False   # no name or number is "52 juta": "volume 52 juta lembar" is a quantity
    return not (cue & words("count_duration_cues") and _duration_after(doc, span.end))


_PLATE_LETTERS = re.compile(r"[A-Z]{1,3}")


def _plate(doc: Doc, span: Span) -> bool:
    """An Indonesian vehicle plate: one or two capitals (the region), the number, one to three capitals."""
    ws = doc_words(doc)
    return span.start > 0 and span.end < len(ws) and len(ws[span.start - 1]) <= 2 \
        and _PLATE_LETTERS.fullmatch(ws[span.start - 1]) is not None \
        and _PLATE_LETTERS.fullmatch(ws[span.end]) is not None


def _has_scale(doc: Doc, span: Span) -> bool:
    kinds = _kinds(doc)
    return any(kinds[i] in ("scale", "mscale") for i in range(span.start, span.end))


def _duration_after(doc: Doc, i: int) -> bool:
    """ "periode 2 tahun" is a duration; "Nomor 54 Tahun 2019" names a regulation's year."""
    if i >= len(doc) or doc_lowers(doc)[i] not in words("count_durations"):
        return False
    return not (i + 1 < len(doc) and _kinds(doc)[i + 1] == "num")


def _is_date_or_time(doc: Doc, span: Span) -> bool:
    first = _first_number(doc, span)
    if _YEAR.match(first) and not _after_opener(doc, span):
        return True
    if _CLOCK.match(first) and _kinds(doc)[span.end - 1] != "pct":
        return True
    nxt = span.start + 1
    return nxt < len(doc) and (doc_lowers(doc)[nxt].rstrip(".") in words("count_months") or _era(doc, first, nxt))


def _after_opener(doc: Doc, span: Span) -> bool:
    """ "sebanyak 1964 orang": a figure that "sebanyak"/"sejumlah" introduces counts, whatever year it resembles."""
    prev = _prev_word(doc, span.start)
    return prev >= 0 and doc_lowers(doc)[prev] in words("count_amount_openers")


def _era(doc: Doc, number: str, i: int) -> bool:
    """ "1446 Hijriah", "1446 H", "2025 M": a year of an era; "5 m" is five metres."""
    word = doc_lowers(doc)[i].rstrip(".")
    if word not in words("count_year_eras"):
        return False
    return len(word) > 1 or (len(number) == 4 and number.isdigit() and doc_words(doc)[i][0].isupper())


def _glued(doc: Doc, span: Span) -> bool:
    """A number glued to letters, "-" or "/" is part of a name or a date: "Covid-19",
    "ke-2", "U-16", "(13/2)", "satu-satunya"."""
    if _after_about(doc, span) > span.end:
        return False
    text = doc_text(doc)
    before = text[span.start_char - 1] if span.start_char else " "
    before2 = text[span.start_char - 2] if span.start_char > 1 else " "
    after = text[span.end_char] if span.end_char < len(text) else " "
    if before == "/" or after == "/":
        return True
    if before in "-–" and before2.isalnum():
        return True
    if after in "-–" and span.end_char + 1 < len(text) and text[span.end_char + 1].isalpha():
        return True
    return before.isalpha() or (after.isalpha() and _kinds(doc)[span.end - 1] != "pct")


def _in_name(doc: Doc, span: Span) -> bool:
    """The number is part of a proper name: "SD Negeri 1 Sukamaju", "wilayah 3 Cirebon",
    "program Satu Desa Satu Masjid"."""
    tb = doc_table(doc)
    nxt = span.end
    if nxt >= len(doc) or not tb.is_title[nxt] or tb.sent_start[nxt]:
        return False
    if len(span) == 1 and tb.words[span.start].isdigit():
        prev = _prev_word(doc, span.start)
        # in a headline every word is capitalised: "Bawa Pulang 48 Medali" is no name
        title = tb.is_title[prev] and not _in_headline(doc, tb.starts[span.start])
        return (prev >= 0 and tb.is_alpha[prev] and tb.lowers[prev] not in words("count_quantity_openers")
                and (tb.pos[prev] in ("NOUN", "PROPN")
                     or (not tb.pos[prev] and (title or tb.lowers[prev] in words("count_name_nouns")))))
    return (all(tb.is_title[span.start:span.end]) and not tb.sent_start[span.start]
            and _title_run_after_lower(doc, span.start))


def _in_headline(doc: Doc, char: int) -> bool:
    """The character lies in a headline-like line (partners' reading of the Doc's title-case lines)."""
    return any(a <= char < b for a, b in headline_spans(doc))


def _title_run_after_lower(doc: Doc, i: int) -> bool:
    """The capitalised words before token ``i`` follow a lower-case word: a name inside a
    sentence, not a headline written in title case."""
    tb = doc_table(doc)
    j = i - 1
    while j >= 0 and tb.is_title[j] and not tb.sent_start[j]:
        j -= 1
    return j >= 0 and tb.is_alpha[j] and tb.is_lower[j]


_LIST_JOINS = (",", "dan", "atau", "serta", "sampai", "hingga")


def _unit_of_list(doc: Doc, i: int) -> str:
    """ "tiga, lima, dan tujuh tahun", "masa kerja 8, 16, sampai 24 tahun": figures listed before one
    noun share it. The last figure must follow a conjunction: "Tembus 1.317, Sembilan Pasien" is two
    clauses, not a list."""
    lowers, kinds = doc_lowers(doc), _kinds(doc)
    last_join = ""
    while i < len(doc) and (lowers[i] in _LIST_JOINS or kinds[i] == "num"):
        if kinds[i] != "num":
            last_join = lowers[i]
        i += 1
    if last_join in ("", ",") or lowers[i - 1] in _LIST_JOINS:
        return ""
    return _unit_after(doc, i)[0]


def _one_to_another(doc: Doc, value, unit: str, i: int) -> bool:
    """ "dari satu desa ke desa lain", "antara satu area dengan area berikutnya": "satu" before a noun
    that comes back after "ke"/"dengan" means "each", it counts nothing."""
    lowers = doc_lowers(doc)
    head = unit.lower().split()[0] if unit.strip() else ""
    return (value == 1 and bool(head) and i + 1 < len(doc) and lowers[i] in ("ke", "dengan")
            and lowers[i + 1] == head)


def _not_a_single(doc: Doc, value, i: int) -> bool:
    """ "tanpa menghasilkan satu gol pun": "satu ... pun" negates, it means none at all."""
    return value == 1 and i < len(doc) and doc_lowers(doc)[i] == "pun"


def _more_after(doc: Doc, i: int) -> bool:
    """ "600.000 orang lebih yang bekerja": "lebih" closing the phrase means "more than"; before an
    adjective ("lebih banyak") it compares."""
    lowers, tb = doc_lowers(doc), doc_table(doc)
    if i >= len(doc) or lowers[i] != "lebih":
        return False
    return i + 1 == len(doc) or not tb.words[i + 1][:1].isalnum() or lowers[i + 1] in ("yang", "dan", "di")


def _after_about(doc: Doc, span: Span) -> int:
    """Token index after a "-an" split off the figure ("300-an" = about 300), else ``span.end``."""
    text = doc_text(doc)
    tail = text[span.end_char:span.end_char + 4]
    if not (tail[:3].lower() == "-an" and (len(tail) < 4 or not tail[3].isalnum())):
        return span.end
    i = span.end
    starts = doc_table(doc).starts
    while i < len(doc) and starts[i] < span.end_char + 3:
        i += 1
    return i


def _in_idiom(doc: Doc, span: Span) -> bool:
    """The number is inside a phrase of ``count_idioms`` ("salah satu", "satu sama lain")."""
    idioms = _idioms()
    lo = max(0, span.start - max(idioms, default=1) + 1)
    lowers = doc_lowers(doc)[lo:span.end + max(idioms, default=1) - 1]   # the words any idiom may cover
    for n, phrases in idioms.items():
        for i in range(max(0, span.start - n + 1), min(span.end, len(doc) - n + 1)):
            if tuple(lowers[i - lo:i - lo + n]) in phrases:
                return True
    return False


@lru_cache(maxsize=None)
def _idioms() -> dict[int, frozenset[tuple[str, ...]]]:
    """The idioms, grouped by length in words."""
    by_len: dict[int, set] = {}
    for p in words("count_idioms"):
        by_len.setdefault(len(p.split()), set()).add(tuple(p.split()))
    return {n: frozenset(ps) for n, ps in by_len.items()}


# --- hedges, units ----------------------------------------------------------------------

def _hedged(doc: Doc, start: int) -> bool:
    """A hedge phrase ("setidaknya", "lebih dari") ends right before the number.

    Compared on the text, not on tokens: the tokenizer may split "setidak|nya"."""
    char = doc_table(doc).starts[start]
    before = " ".join(doc_text(doc)[max(0, char - 40):char].lower().split())
    for phrase in numbers.hedge_phrases():
        p = " ".join(phrase)
        if before.endswith(p) and (len(before) == len(p) or not before[-len(p) - 1].isalnum()):
            return True
    return False


def _unit_after(doc: Doc, i: int) -> tuple[str, int]:
    """The counted noun phrase after a number and the token index after it ("" if none)."""
    tb = doc_table(doc)
    lowers = tb.lowers
    i = _restatement_after(doc, i)
    i = _skip_unit_skip(lowers, i)
    start = i
    if i + 1 < len(doc) and lowers[i] == "per" and _kinds(doc)[i + 1] == "num":   # "24 per 1.000 kelahiran"
        unit, end = _unit_after(doc, i + 2)
        return (span_text(doc, start, end), end) if unit else ("", start)
    measure = words("count_measure_units")
    if i < len(doc) and lowers[i] in measure:   # a unit of measure is the whole unit
        two = i + 1 < len(doc) and f"{lowers[i]} {lowers[i + 1]}" in measure   # "meter persegi"
        i = _per_after(doc, i + (2 if two else 1))
        return span_text(doc, start, i), i
    while i < len(doc) and i - start < _MAX_UNIT_TOKENS and _unit_token(doc, i, first=i == start):
        i += 1
        if lowers[i - 1] == "nya" or _POSSESSIVE.match(lowers[i - 1]):
            break   # "enam kolega|nya sesama fraksi": the owner's "-nya" closes the noun phrase
    # a capitalised name may run past the limit: "kesepahaman kerja sama Sister Province"
    while (i < len(doc) and i - start < _MAX_NAME_TOKENS and tb.is_title[i - 1] and tb.is_title[i]
           and _unit_token(doc, i, first=False)):
        i += 1
    if i == start:
        return "", start
    i = _acronym_after(doc, i)
    i = _per_after(doc, i)
    return span_text(doc, start, i), i


def _skip_unit_skip(lowers: list[str], i: int) -> int:
    """Past the words between a number and its noun; "di antaranya" is often written apart
    ("lima di antaranya anak-anak"), and may be split further ("antara" + "nya")."""
    skip = words("count_unit_skip")
    while i < len(lowers):
        if lowers[i] in skip:
            i += 1
            continue
        joined = next((n for n in (2, 3) if "".join(lowers[i:i + n]) in skip), 0)
        if not joined or i + joined > len(lowers):
            return i
        i += joined
    return i


def _conversion(doc: Doc, span: Span, unit: str, before: Optional[Count]) -> bool:
    """ "2.000 kilometer (1.250 mil)", "30 miliar ringgit (8,3 miliar dolar AS)": a measure or an amount
    restated in brackets in another unit is the same quantity, already counted."""
    opener = _prev_word(doc, span.start)
    if before is None or opener < 0 or doc_words(doc)[opener] != "(":
        return False
    tb, measure = doc_table(doc), words("count_measure_units")
    between = doc_text(doc)[before.end:tb.starts[opener]]
    if between.strip():
        return False
    if unit.lower() in measure and before.unit.lower() in measure:
        return True
    # in the same currency the bracket holds a part: "Rp 10 miliar (Rp 6 miliar dari APBN ...)"
    return _is_money(unit) and _is_money(before.unit) and unit.lower() != before.unit.lower()


def _is_money(unit: str) -> bool:
    """ "rupiah", "dolar AS", "US$": the unit names a currency."""
    first = unit.lower().split()[0] if unit.strip() else ""
    return first in _money_units() or unit in _money_units()


def _age_before(doc: Doc, span: Span) -> str:
    """ "pada usia 19", "berumur 70": a bare figure after a word of age counts years of age."""
    prev = _prev_word(doc, span.start)
    return mapping("count_age_cues").get(doc_lowers(doc)[prev], "") if prev >= 0 else ""


_POSSESSIVE = re.compile(r"^([a-z]{4,})nya$")


def _without_possessive(unit: str) -> str:
    """ "32 anggotanya": "-nya" points to an owner named earlier; what is counted is the bare noun.
    Only a one-word unit: in a longer one ("anggota keluarganya") the head noun is already bare."""
    m = _POSSESSIVE.match(unit)
    return m.group(1) if m else unit


def _unit_of_whole(doc: Doc, span: Span) -> str:
    """ "sebanyak 12 dari 15 desa": a part with no noun of its own counts what its whole counts."""
    tb, j, before = doc_table(doc), span.end, span.start - 1
    if before >= 0 and tb.is_alpha[before] and tb.lowers[before] not in words("count_part_openers"):
        return ""
    if j + 2 < len(doc) and tb.lowers[j] == "dari" and _kinds(doc)[j + 1] == "num":
        return _unit_after(doc, j + 2)[0]
    return ""


def _points_back(doc: Doc, i: int, value: float, before: Count) -> bool:
    """'puluhan lainnya', 'lima sisanya', '3.980 yang lolos': the figure counts what the one
    before it in its sentence counts; a remainder or a part no larger than its whole."""
    after = doc[i:i + 3].text.lower() + " "   # "antaranya" may be split into "antara" + "nya"
    word = next((w for w in words("count_anaphora") if after.startswith(w) and not after[len(w)].isalpha()), None)
    if word == "yang" and (before.unit == "persen" or before.unit in _money_units()):
        return False
    return word is not None and (word == "lainnya" or value <= before.value)


@lru_cache(maxsize=None)
def _money_units() -> frozenset[str]:
    table = mapping("number_currencies")
    return frozenset(table["prefix"].values()) | frozenset(table["words"])


def _bare_money(doc: Doc, span: Span) -> bool:
    """ "anggaran ... sebesar 30 miliar": a figure in millions or more after a word of
    money, with no counted noun, is an amount in rupiah."""
    prev = _prev_word(doc, span.start)
    kinds, ws = _kinds(doc), doc_words(doc)
    return (prev >= 0 and doc_lowers(doc)[prev] in words("count_money_cues")
            and any(kinds[i] == "scale" and numbers.parse_number_words([ws[i]])[0] >= 1_000_000
                    for i in range(span.start, span.end)))


def _noun_before_bracket(doc: Doc, span: Span) -> str:
    """ "sebagian besar orang Tionghoa (diperkirakan 7,5 juta)": a bare figure in brackets counts the
    noun right before them. Only a hedged figure or one with a scale word: "(3 - 1)" is a score, "(23)"
    an age."""
    tb = doc_table(doc)
    j = _prev_word(doc, span.start)
    hedged = _hedged(doc, span.start)
    if not (hedged or _has_scale(doc, span)):
        return ""
    if j >= 0 and tb.words[j] != "(" and hedged:
        while j >= 0 and tb.is_alpha[j] and span.start - j <= 3:
            j -= 1
    if j < 1 or tb.words[j] != "(" or span.end >= len(doc) or tb.words[span.end] != ")":
        return ""
    noun = j - 1
    ok = tb.is_alpha[noun] and tb.lowers[noun] not in words("count_unit_stops") and not _kinds(doc)[noun]
    return tb.words[noun] if ok else ""


@lru_cache(maxsize=None)
def _big_scales() -> frozenset[str]:
    """Scale words of a million or more, exact ("juta") or vague ("jutaan"); "jt" is a money short form."""
    table = mapping("number_words")
    return frozenset(w for kind in ("scales", "vague") for w, v in table[kind].items()
                     if v >= 1_000_000 and len(w) > 2)


def _scale_as_unit(doc: Doc, span: Span) -> str:
    """ "mencapai 46 juta.", "sampai jutaan": a figure in millions or more that names no noun still
    states a quantity; its scale word is the only unit the text gives. Smaller figures with no
    noun are mostly scores, years and stray numbers, and stay out."""
    last = doc_lowers(doc)[span.end - 1]
    return last if last in _big_scales() else ""


def _restatement_after(doc: Doc, i: int) -> int:
    """Skip the figure restated in brackets in formal texts: "5 (lima) tahun", "lima (5) tahun"."""
    ws, kinds = doc_words(doc), _kinds(doc)
    if i >= len(doc) or ws[i] != "(":
        return i
    for j in range(i + 1, min(i + 8, len(doc))):
        if ws[j] == ")":
            return j + 1 if j > i + 1 else i
        if not kinds[j]:
            return i
    return i


def _unit_token(doc: Doc, i: int, *, first: bool) -> bool:
    tb = doc_table(doc)
    if tb.sent_start[i] and not first:
        return False
    low, pos = tb.lowers[i], tb.pos[i]
    if not _UNIT_WORD.match(tb.words[i]) or low in words("count_unit_stops"):
        return False
    if low.rstrip(".") in words("count_months") or _kinds(doc)[i]:
        return False
    if pos == "VERB" or not pos:
        return not _looks_verbal(low)
    # the tagger is least reliable right after a number: trust the stop list there
    return first or pos not in _NOT_UNIT_POS


def _looks_verbal(word: str) -> bool:
    if word in words("count_prefix_nouns") or word in _money_units():   # "dirham" is no di- verb
        return False
    return any(word.startswith(p) and len(word) > len(p) + 3 for p in words("count_verb_prefixes"))


def _acronym_after(doc: Doc, i: int) -> int:
    """Keep "(ASN)" after "Aparat Sipil Negara": it names the same thing."""
    ws = doc_words(doc)
    if i + 2 < len(doc) and ws[i] == "(" and ws[i + 2] == ")" and ws[i + 1].isupper():
        return i + 3
    return i


def _per_after(doc: Doc, i: int) -> int:
    """ "450 ton per hari", "7 ribu kasus per tahun": the rate is part of the unit."""
    if i + 1 < len(doc) and doc_lowers(doc)[i] == "per" and _UNIT_WORD.match(doc_words(doc)[i + 1]):
        return i + 2
    return i


# --- helpers ------------------------------------------------------------------------------

def _prev_word(doc: Doc, i: int) -> int:
    """The index of the last token before ``i`` that is no white space; -1 if none."""
    is_space = doc_table(doc).is_space
    j = i - 1
    while j >= 0 and is_space[j]:
        j -= 1
    return j


def _sentence_index(doc: Doc) -> list[int]:
    """Each token's 0-based sentence (the Doc's table holds it)."""
    return doc_table(doc).sent_of


_UNIT_WORD_RE = re.compile(r"\w+")


def _unit_words(unit: str) -> list[str]:
    """The unit's words with short forms spelled out ("Km" -> "kilometer"), and the initials of a
    longer unit ("rumah sakit umum daerah" -> also "rsud"): a headline writes the body's unit short."""
    ws = _UNIT_WORD_RE.findall(unit.lower())
    aliases = mapping("count_unit_aliases")
    out = [w for word in ws for w in aliases.get(word, word).split()]
    if len(ws) >= 3:
        out.append("".join(w[0] for w in ws))
    return out


def _head(unit_words: list[str]) -> str:
    content = [w for w in unit_words if w not in words("count_classifiers")]
    return (content or unit_words or [""])[0]


def _repeated_phrase(doc: Doc, one: Count, other: Count) -> bool:
    """Within a sentence a figure is restated with the words around it ("untuk periode 2 tahun, maka ...
    untuk periode 2 tahun") or with its unit spelled out more fully ("9 sister city, dan 9 kerja sama
    sister city"); "Iran dua orang, Malaysia dua orang" or "500 HP Samsung, 500 HP Nokia" count two things."""
    if one.value != other.value:
        return False
    words_one, words_other = set(_unit_words(one.unit)), set(_unit_words(other.unit))
    if words_one != words_other and (words_one <= words_other or words_other <= words_one):
        return True
    text = doc_text(doc)

    def context(c: Count) -> tuple[str, str]:
        before = text[max(0, c.start - 30):c.start].lower().split()
        return (before[-1] if before else "", text[c.start:c.end].lower())
    return context(one) == context(other)


def _add(doc: Doc, found: list[_Found], count: Count) -> None:
    """The same quantity stated twice is one record: same value, and the head noun
    of one unit appears in the other ("23 sister city" / "23 kerja sama sister city",
    "12,7 Km" / "12,7 kilometer", "Dua RSUD" / "dua rumah sakit umum daerah"). The record keeps
    the unit written out: the headline's short form is the one a reader looks up."""
    uw = _unit_words(count.unit)
    head = _head(uw)
    for k, f in enumerate(found):
        if f.count.sentence == count.sentence and not _repeated_phrase(doc, f.count, count):
            continue   # "Iran dua orang, Malaysia dua orang": two quantities of one size
        if f.count.value == count.value and (head in f.words or f.head in uw):
            if len(count.unit) > len(f.count.unit) and _spelled_out(f.count.unit, count.unit):
                found[k] = _Found(count, set(uw), head)
            return
    found.append(_Found(count, set(uw), head))


def _spelled_out(short: str, full: str) -> bool:
    """``full`` writes out ``short``: an alias ("Km" / "kilometer") or an acronym ("RSUD")."""
    s = short.lower()
    return " " not in s and (mapping("count_unit_aliases").get(s) == full.lower().split()[0]
                             or s == "".join(w[0] for w in _UNIT_WORD_RE.findall(full.lower())))
