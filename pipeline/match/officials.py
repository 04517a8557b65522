"""officials: every named person with the position (jabatan) the text gives them.

Persons come from the NER's PER entities, plus what a news NER often misses:
names after a title phrase, names before an appositive title, speakers by a
speech cue, residents with an age ("Warni (48)"), bylines ("Pewarta: X",
"Rep: X/ Red: Y", "- by X") and writers' sign-offs ("(agus)"). A title is the
phrase that opens with a title head (lexicon ``title_heads``) and runs up to
the name ("Gubernur Jawa Tengah Budi Santoso", "Wali Kota Sibu, Sarawak, Lau
...") or follows it after a comma, a cue ("selaku", "yang juga") or in brackets
("Bambang Irawan, M.Sc. (Rektor Universitas Borneo)"). Honorifics, police and
military ranks and degrees are no part of a name; words of an organisation's
name, places and derived common words ("Penyuluhan", "Rehabilitasi") are no
name. Mentions of one person (full name, surname, alias in brackets, nickname
after "akrab disapa" or quoted inside the name, a misspelt form) are merged
into one record carrying the fullest name. The NER also tags capitalised places, events,
outlets and headline words as persons, so a person with no title anywhere must show some
sign of being one: an honorific, an age or photo position, a speech cue beside a mention,
or the shape of a full name (no place, organisation or common word in it).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Optional

from spacy.tokens import Doc, Span

from ..lexicon import mapping, regex_table, words
from ..schema import Official
from . import page
from ._doc import (
    doc_ents,
    doc_lowers,
    doc_spaces,
    doc_table,
    doc_text,
    doc_words,
    lower_case_words,
    lowered_text,
    per_doc,
    span_text,
)
from ._people import (
    any_case_title_heads,
    clean_name,
    fused_head,
    is_degree,
    is_honorific,
    name_words,
    title_head_starts,
)
from ._places import indonesian_level, is_country

__all__ = ["officials", "person_aliases"]

# Lower-case words that may sit inside a title phrase ("Kepala Dinas Pekerjaan Umum dan
# Perumahan Rakyat", "Konsul Jenderal Jepang di Surabaya").
_TITLE_CONNECTORS = {"dan", "di", "pada", "untuk", "bidang", "of", "the", "for", "and", "in", "to", "urusan", "se", "&"}
_TITLE_PUNCT = {"(", ")", "/", "-", "&", "'"}
_SEPARATORS = {",", ":", "."}
_ENGLISH_LINKS = {"of", "for", "the", "at"}
_MAX_TITLE_TOKENS = 25
_COPULAS = {"adalah", "ialah"}


@dataclass
class _Person:
    name: str
    title: Optional[str]
    start: int
    end: int
    sentence: int
    rule: str
    evidence: bool = True     # an untitled NER person needs some sign of being one (see _person_evidence)


def officials(doc: Doc, *args) -> list[Official]:
    heads = _heads(doc)
    place = _place_words(doc)
    spans = _person_spans(doc, place)
    per_tokens = {i for sp in spans for i in range(sp.start, sp.end)}
    sent_of = _sentence_index(doc)
    bylines = byline_roles(doc)
    found: list[_Person] = []
    nicknames: dict[str, str] = {}
    things: set[str] = set()     # names written once as a thing's ('Stadion X', 'tim berjuluk Y')
    for sp in spans:
        name = clean_name(_text(sp)).strip(" -–")    # "lanjut Arif- turut ...": a dash is no part of the name
        name, nick = _quoted_nickname(name)
        if nick:
            nicknames[nick] = name      # 'Anwar "Cudi" Hafid': Cudi is Anwar Hafid
        if not _plausible_name(name) or _not_person(name):
            continue
        byline = next(((k, e, r) for k, (e, r) in bylines.items() if k < sp.end and e > sp.start), None)
        if byline is not None:
            k, e, role = byline
            if (k, e) != (sp.start, sp.end):   # the NER ran the name on into the next byline ("X Editor: Y")
                sp = doc[k:e]
                name = clean_name(_text(sp)).strip(" -–")
            found.append(_Person(name, role, sp.start_char, sp.end_char, sent_of(sp.start_char), "official.byline"))
            continue
        # a bracketed title right after the name is unambiguous: "Bambang Irawan (Rektor ...)"
        title, rule = _right_title(doc, sp, heads, per_tokens, brackets_only=True), "official.title_after"
        if title is None:
            title, rule = _left_title(doc, sp, heads, per_tokens, place), "official.title_before"
        if title is None:
            title, rule = _right_title(doc, sp, heads, per_tokens), "official.title_after"
        if title is None:
            title, rule = _occupation_appositive(doc, sp), "official.occupation"
        if title is None:
            title, rule = _chair_of(doc, sp), "official.chair"
        if title is None:
            title, rule = _profession_before(doc, sp), "official.occupation"
        if _in_list_of_acronyms(doc, sp):
            continue
        if title is None:
            if _inside_other_name(doc, sp):
                things.add(name)
                continue
            if (len(sp) == 1 and _acronym_like(_text(sp))) or _english_phrase(name) \
                    or _in_place_list(doc, sp) or _counterpart_of_organisation(doc, sp):
                continue   # "program Healthy River Communities", "PT CJ. Feed Semarang"
            rule = "official.no_title"
        found.append(_Person(name, title, sp.start_char, sp.end_char, sent_of(sp.start_char), rule,
                             title is not None or _person_evidence(doc, sp, place)))
    found = _title_tails(doc_text(doc), found)
    # the thing's other, untitled mentions are the thing too ('... berjuluk Mutiara Hitam', later 'Mutiara Hitam
    # bertandang')
    found = [p for p in found if p.title or p.name not in things or len(p.name.split()) < 2]
    found = _body_words_before_names(_holders_after_bodies(doc, _outside_quoted_things(doc, found)))
    found = _holders_listed_after_a_count(doc, found)
    found = _outside_headline(doc, _outside_link_lines(doc, _outside_quotes(doc, found))) + _signoffs(doc, sent_of)
    merged = [p for p in _merge(found, {**nicknames, **person_aliases(doc, spans)}) if p.evidence]
    merged = _outside_titles(merged)
    return [Official(name=p.name, title=_without_province(p.title), start=p.start, end=p.end, sentence=p.sentence,
                     rule=p.rule) for p in merged]


def _without_province(title: Optional[str]) -> Optional[str]:
    """'Bupati Poso, Sulawesi Tengah': the province written after the position's own
    region or body locates it for the reader and is no part of the position; a foreign one stays
    ('Wali Kota Sibu, Sarawak': the reader may not know where Sibu is)."""
    if not title or "," not in title:
        return title
    head, tail = title.rsplit(",", 1)
    if tail.strip().lower() in words("place_id_provinces") and len(head.split()) >= 2:
        return head.rstrip()
    return title


# "Kepala Stasiun Meteorologi Hasan Aroeboesman Ende Agustinus Rada", "Ketua Lembaga Adat Jayawijaya (LAJ) Markus
# Wenda": the words after the title are its body or place, and the person holding it follows
# ("Duta Besar Ceko untuk Indonesia Tomas Kolarik", "Rektor UIN X Prof. Dr. Hamdan Jauhari": the posting and
# the holder's honorifics may come between)
_BEFORE_HOLDER = re.compile(r"(?P<rest>[ \t]*(?:,|\([^()\n]{1,15}\))?(?:[ \t]+(?:untuk|di)[ \t]+[A-Z][\w-]+)?)[ \t]*,?"
                            r"(?:[ \t]*(?:Prof|Dr|Drs|Dra|Ir|H|Hj|KH)\.)*[ \t]*")


def _title_tails(text: str, found: list[_Person]) -> list[_Person]:
    """A titled "person" that names a place or a country (``_names_a_place_or_thing``), right before an
    untitled person, is the end of that person's title."""
    found = sorted(found, key=lambda p: p.start)
    drop = set()
    for k, (p, q) in enumerate(zip(found, found[1:])):
        m = _BEFORE_HOLDER.fullmatch(text, p.end, q.start)
        if p.rule != "official.title_before" or not p.title or q.title or k in drop or not m \
                or not _names_a_place_or_thing(p.name):
            continue
        q.title, q.rule = f"{p.title} {p.name}{m.group('rest')}".strip(" ,"), "official.title_before"
        q.evidence = True
        drop.add(k)
    return [p for k, p in enumerate(found) if k not in drop]


def _names_a_place_or_thing(name: str) -> bool:
    """A place or a country, whole or at its end ("... Meteorologi Hasan Aroeboesman Ende"): no person's name
    ends so, while a body's often does."""
    toks = name.split()
    return bool(toks) and any(indonesian_level(x) or is_country(x) for x in (name, toks[-1]))


def _occupation_appositive(doc: Doc, sp: Span) -> Optional[str]:
    """An occupation set off from the name by commas, opening the sentence before it ('Seorang
    pemilik rumah makan di Ulak Karang, Hendra') or following it ('Yusnidar (52), pedagang cabai di
    Blok III, menyebut'): the person's position, cut before a relative clause."""
    text = doc_text(doc)
    stop = text.rfind(". ", 0, sp.start_char)
    start = max(text.rfind("\n", 0, sp.start_char) + 1, stop + 2 if stop >= 0 else 0)
    m = _occupation_before().fullmatch(text, start, sp.start_char)
    if not (m and _place_tail_ok(doc, m)):
        m = _occupation_after().match(text, sp.end_char)
    # 'Pedagang lain, Yudha': one more of a kind the article met, no position
    return m.group("t").strip() if m and not _ANOTHER.search(m.group("t")) else None


_ANOTHER = re.compile(r"\blain(?:nya)?\b", re.I)


def _profession_before(doc: Doc, sp: Span) -> Optional[str]:
    """'sutradara Peter Jackson', 'petenis Chile Fernando Rios', 'pelukis terkenal Affandi': a public
    profession in lower case right before the name, with up to two modifiers (a lower-case word, a
    country) between: the role the text gives the person."""
    tb = doc_table(doc)
    k = sp.start
    for _ in range(3):
        for n in (2, 1):   # two-word professions first ('pesepak bola')
            b = k - n
            if b >= 0 and " ".join(tb.lowers[b:k]) in words("title_professions") \
                    and all(w.islower() for w in tb.words[b + 1:k]) and (tb.words[b].islower() or tb.sent_start[b]):
                return _phrase(doc, b, sp.start)
        if k == 0 or not tb.words[k - 1].isalpha() or (k - 1) in _ner_person_tokens(doc):
            return None
        low = tb.lowers[k - 1]
        modifier = low in words("official_countries") if tb.words[k - 1][:1].isupper() \
            else _plain_word(low) and low not in words("official_people_nouns")
        if not modifier:
            return None
        k -= 1
    return None


_CHAIRED_BY = re.compile(r"\b(?P<body>(?i:majelis\s+hakim)|(?:[Tt]im|[Pp]ansus|[Pp]anitia|[Kk]omisi|[Pp]anja)"
                         r"(?:\s+[\w-]+){0,3}?)\s+yang\s+diketuai\s+(?:oleh\s+)?$")


def _chair_of(doc: Doc, sp: Span) -> Optional[str]:
    """'Majelis hakim yang diketuai X' (the presiding judge, 'hakim ketua'), 'Pansus yang diketuai X'
    ('Ketua Pansus'): the body the relative clause says the person chairs."""
    text = doc_text(doc)
    m = _CHAIRED_BY.search(text, max(0, sp.start_char - 80), sp.start_char)
    if m is None:
        return None
    body = m.group("body")
    return "hakim ketua" if body.lower().split() == ["majelis", "hakim"] else f"Ketua {body}"


def _place_tail_ok(doc: Doc, m: re.Match) -> bool:
    """'guru honorer di Distrik Kurulu, Jayawijaya, X': a word after an inner comma is a place."""
    if not m.group("place"):
        return True
    if m.group("place").lower() in _region_names():
        return True
    sp = doc.char_span(m.start("place"), m.end("place"), alignment_mode="expand")
    return sp is not None and any(label in ("LOC", "GPE") and s <= sp.start < e for s, e, label in doc_table(doc).ents)


def _occupation_words() -> str:
    return "|".join(sorted((re.escape(w) for w in words("title_occupations")), key=len, reverse=True))


@lru_cache(maxsize=None)
def _occupation_before() -> re.Pattern:
    # ("Salah satu peserta, bidan Puskesmas X, Y": the occupation after the group the person is one of)
    return re.compile(rf"\s*(?:(?i:salah\s+)?(?i:seorang|satu)\s+(?:[a-z]+\s*,\s*)?)?(?P<t>(?i:{_occupation_words()})\b"
                      rf"[^,.;:\n\"“”()]{{0,70}}?(?:,\s*(?P<place>[A-Z][\w-]+))?)\s*,\s*")


@lru_cache(maxsize=None)
def _occupation_after() -> re.Pattern:
    return re.compile(rf"\s*(?:\(\d{{1,3}}\)\s*)?,\s*(?P<t>(?:{_occupation_words()})\b"
                      rf"(?:(?!\s+yang\b)[^,.;:\n\"“”()]){{0,70}}?)\s*(?:,|\s+yang\b)")


_HONORIFICS_BETWEEN = re.compile(r"\s*,\s*(?:[A-Z][A-Za-z]{0,3}\.\s*)*")


def _holders_after_bodies(doc: Doc, found: list[_Person]) -> list[_Person]:
    """'Direktur Politani Pangkep, Dr. Ir. Muh. Arsyad', 'Bendesa Adat Ubud, I Gusti Ngurah': a bare
    position word whose 'person' is followed by a comma and an untitled person is the heading of an
    appositive: the first span names the body (the NER reads short body names as persons), the second
    is the holder."""
    text = doc_text(doc)
    out: list[_Person] = []
    skip = set()
    found = sorted(found, key=lambda p: p.start)
    for k, p in enumerate(found):
        if k in skip:
            continue
        q = found[k + 1] if k + 1 < len(found) else None
        if q is not None and p.rule == "official.title_before" and p.title and len(p.title.split()) <= 2 \
                and q.title is None and _HONORIFICS_BETWEEN.fullmatch(text[p.end:q.start]):
            out.append(_Person(q.name, f"{p.title} {text[p.start:p.end]}", q.start, q.end, q.sentence,
                               "official.title_before", True))
            skip.add(k + 1)
            continue
        out.append(p)
    return out


_COUNTED_POSITION = re.compile(r"(?i:\b(?:\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|para))\s+$")
_LIST_GLUE = re.compile(r"\s*(?:,\s*(?:dan\s+|serta\s+)?|dan\s+|serta\s+)")


def _holders_listed_after_a_count(doc: Doc, found: list[_Person]) -> list[_Person]:
    """'dua pimpinan KPK Bibit S Rianto dan Chandra M Hamzah', 'empat Wakil Ketua, A, B, C dan D': a
    position counted before a list of names is the title of every holder in the list."""
    text = doc_text(doc)
    found = sorted(found, key=lambda p: p.start)
    out: list[_Person] = []
    for p in found:
        prev = out[-1] if out else None
        if prev is not None and p.title is None and prev.title and prev.sentence == p.sentence \
                and _LIST_GLUE.fullmatch(text[prev.end:p.start]) and _counted_title(text, prev):
            p = _Person(p.name, prev.title, p.start, p.end, p.sentence, "official.listed_holder", True)
        out.append(p)
    return out


def _counted_title(text: str, p: _Person) -> bool:
    """The title before ``p`` opens right after a number ('dua pimpinan KPK, A') or after the holder
    before it took it so (then it is written again in ``text`` before that holder)."""
    at = text.rfind(p.title, max(0, p.start - len(p.title) - 40), p.start)
    return at >= 0 and bool(_COUNTED_POSITION.search(text[max(0, at - 15):at]))


def _outside_quoted_things(doc: Doc, found: list[_Person]) -> list[_Person]:
    """'kopi liberika “Borneo Liberica Paloh”', 'akun Facebook "Jual Beli Motor"': an untitled name
    that fills a quotation of its own after a common noun is a product, brand or slogan; a nickname
    is quoted after its cue ('disapa "Didi"') or inside the name."""
    text = doc_text(doc)
    out = []
    for p in found:
        before, after = text[max(0, p.start - 30):p.start], text[p.end:p.end + 1]
        m = re.search(r"([a-z]+)\s*[\"“‘']$", before)
        cue = m.group(1) if m else None
        if p.title is None and after in {'"', "”", "’", "'"} and cue and cue not in words("official_nickname_cues"):
            continue
        out.append(p)
    return out


def _body_words_before_names(found: list[_Person]) -> list[_Person]:
    """'Ketua KSU Baliem Arabica Yosias Wenda' in a caption, where the body 'Baliem Arabica' runs
    into the name: a titled name that ends in another mention's full name is that person, and the
    words before it close the title."""
    full = {p.name for p in found if len(p.name.split()) >= 2}
    out = []
    for p in found:
        inner = next((n for n in full if p.title and p.name.endswith(" " + n)), None)
        if inner is not None and "." not in p.name[:-len(inner)] \
                and not any(is_honorific(w) for w in p.name[:-len(inner)].split()):
            lead = p.name[:-len(inner)].strip()
            p = _Person(inner, f"{p.title} {lead}", p.start + len(lead) + 1, p.end, p.sentence, p.rule, p.evidence)
        out.append(p)
    return out


def _outside_titles(found: list[_Person]) -> list[_Person]:
    """'... dengan Perumda Air Minum Surya Sembada, Senin' and later 'Direktur Utama Perumda Air Minum
    Surya Sembada, Ir. Arief': an untitled 'person' whose whole name is written inside someone's title is
    the body's name (and a titled one whose title and name together are someone's title)."""
    titles = [f" {p.title} " for p in found if p.title]
    # a caption's 'Direktur Politani Pangkep berjabat tangan ...' where the body's short name is read as a
    # person: the position and its body are the title of someone named elsewhere
    return [p for p in found if not any(f" {p.name} " in t for t in titles)
            or (p.title and not any(f" {p.title} {p.name} " in t for t in titles))]


# ---------------------------------------------------------------- persons

def _text(sp: Span) -> str:
    """``sp.text``, cut from the Doc's text (``Span.text`` makes a Token per token)."""
    return span_text(sp.doc, sp.start, sp.end)


def _person_evidence(doc: Doc, sp: Span, place: frozenset[str]) -> bool:
    """An untitled mention is a person only with some sign of one: the news NER also tags
    capitalised place, event, media and headline words as persons ("Heilongjiang", "Panen
    Raya", "Radar Semarang", "Bertempat"). Signs: an honorific before it, an age or a photo
    position after it, a speech cue next to it, or the shape of a full name."""
    return _honorific_before(doc, sp.start) or _age_or_position_after(doc, sp.end) \
        or _speech_cue_beside(doc, sp) or _full_name_shape(doc, sp, place) or _named_after_description(doc, sp) \
        or _ner_person_acting(doc, sp) or _ner_person_taken(doc, sp)


_ACTIVE_VERB = re.compile(r"^(?:me|ber)[a-z]{4,}$")


def _ner_person_acting(doc: Doc, sp: Span) -> bool:
    """'Wiranto mengaku', 'Ruhut sempat menilai': the NER's one-word person as the subject of an active
    verb (me-/ber-) right after it, or after one adverb, is someone who acts; a place or event the NER
    misreads seldom opens a clause so."""
    tb = doc_table(doc)
    if (sp.start, sp.end, "PER") not in set(tb.ents) or tb.lowers[sp.start] in lower_case_words(doc):
        return False    # a word the text also writes in lower case is a common noun
    if tb.sent_start[sp.start] or (sp.start > 0 and tb.words[sp.start - 1] in {"-", "–", "—"}):
        return False    # 'KOMPAS.com - Banjir merendam ...': any noun is capitalised where a sentence opens
    nxt = [w for w in tb.words[sp.end:sp.end + 2]]
    if not nxt or not nxt[0].isalpha():
        return False
    return bool(_ACTIVE_VERB.match(nxt[0])) or (nxt[0] in words("official_subject_adverbs") and len(nxt) > 1
                                               and bool(_ACTIVE_VERB.match(nxt[1])))


def _ner_person_taken(doc: Doc, sp: Span) -> bool:
    """'didampingi Jokowi', 'di era kepemimpinan Soeharto': the NER's one-word person right after a word
    that takes a person (lexicon official_person_taking_words)."""
    tb = doc_table(doc)
    return sp.start > 0 and tb.lowers[sp.start - 1] in words("official_person_taking_words") \
        and (sp.start, sp.end, "PER") in tb.ents \
        and tb.lowers[sp.start] not in lower_case_words(doc) and not _acronym_like(tb.words[sp.start])


def _named_after_description(doc: Doc, sp: Span) -> bool:
    """'Seorang wali murid, Rahmawati, yang ...', '... oleh kakak terdakwa, Nurhayati.': a name set off
    by commas right after a lower-case description of who the person is."""
    tb = doc_table(doc)
    if sp.start < 2 or tb.words[sp.start - 1] != "," or sp.end >= len(doc):
        return False
    before = tb.words[sp.start - 2]
    return before.isalpha() and before.islower() and _plain_word(before) \
        and tb.lowers[sp.end] in {",", ".", "yang"}


def _honorific_before(doc: Doc, i: int) -> bool:
    tb = doc_table(doc)
    k = i - 1 - (1 if i >= 2 and tb.words[i - 1] == "." else 0)     # "Ir . Ahmad"
    return k >= 0 and _honorific_at(doc, k)


def _age_or_position_after(doc: Doc, j: int) -> bool:
    """'Yudha (25)', 'Yudha, 25 tahun,', 'Samuel (kiri)'."""
    texts = doc_lowers(doc)[j:j + 4]
    if texts[:1] == ["("] and len(texts) > 1:
        return texts[1].isdigit() or texts[1] in words("official_caption_positions")
    return texts[:1] == [","] and len(texts) > 2 and texts[1].isdigit() and texts[2] == "tahun"


def _speech_cue_beside(doc: Doc, sp: Span) -> bool:
    """'kata Nur', 'ujar Sahib', 'Emil mengatakan', 'Astrid, menyampaikan'."""
    tb = doc_table(doc)
    verbs, short = words("quote_cues_verbs"), words("quote_cues_short")
    if sp.start > 0 and tb.lowers[sp.start - 1] in short:
        return True
    j = sp.end + (1 if sp.end < len(doc) and tb.words[sp.end] == "," else 0)
    return j < len(doc) and (tb.lowers[j] in verbs or tb.lowers[j] in short) and tb.words[j][:1].islower()


def _full_name_shape(doc: Doc, sp: Span, place: frozenset[str]) -> bool:
    """Given and family name: two capitalised words or more, none of them a place, an
    organisation word or a derived common word ('Siti Maryam', 'Ciro Alves', not 'Radar
    Semarang', 'K Palembang'), and not running on into an organisation name ('Iwate Tsunami
    Memorial Museum')."""
    ws, lowers = doc_words(doc), doc_lowers(doc)
    names = [i for i in range(sp.start, sp.end) if ws[i][:1].isupper() and len(ws[i].rstrip(".")) > 1]
    if len(names) < 2:
        return False
    org = words("title_org_words") | words("official_institution_ends")
    if any(lowers[i] in org or _common_word(ws[i]) or lowers[i] in words("official_english_common_words")
           for i in names):
        return False
    # a given name may be a city's ('Bima Arya'); a place further on is where the thing is
    if any(lowers[i] in place or lowers[i] in _region_names() for i in names[1:]):
        return False
    return not _runs_into_organisation(doc, sp.end, org)


def _runs_into_organisation(doc: Doc, j: int, org: frozenset[str]) -> bool:
    """The capitalised run goes on after the span up to an organisation word."""
    tb = doc_table(doc)
    end = min(len(doc), j + 3)
    while j < end and tb.words[j][:1].isupper():
        if tb.lowers[j] in org:
            return True
        j += 1
    return False


_QUOTED_NICK = re.compile(r"\s*[\"“”'‘’]([A-Z][\w-]*)[\"“”'‘’]\s*")


def _quoted_nickname(name: str) -> tuple[str, Optional[str]]:
    """'Anwar "Cudi" Hafid' -> ('Anwar Hafid', 'Cudi'): the nickname quoted inside a name."""
    m = _QUOTED_NICK.search(name)
    if m is None or m.start() == 0 or m.end() == len(name):
        return name, None
    return f"{name[:m.start()]} {name[m.end():]}", m.group(1)


def _not_person(name: str) -> bool:
    """Religious figures and feasts, English organisation names ('Fund for Nature'), club nicknames, and a
    post fused into one word ('Kadiskominfo')."""
    return any(w.lower() in words("official_not_person_words") for w in name.split()) \
        or any(fused_head(w) for w in name.split())


def _english_phrase(name: str) -> bool:
    """'Smart Mobility', 'Young Leaders Exchange': an English name of a programme or body."""
    shapes = regex_table("official_common_word_shapes", "english")
    return any(w.lower() in words("official_english_common_words") or any(rx.match(w) for _, rx in shapes)
               for w in name.split())


def _inside_other_name(doc: Doc, sp: Span) -> bool:
    """The span is part of a longer capitalised name opened by a non-person word ('program
    Healthy River', 'PT Universal Agri Bisnisindo', 'RS Jantung Rizhao', 'Forum BUMN') or
    closed by an organisation word ('Tri Dharma Perguruan Tinggi')."""
    tb = doc_table(doc)
    blockers = words("official_context_blockers")
    if tb.lowers[sp.start] in blockers:
        return True
    if sp.end < len(doc) and tb.words[sp.end][:1].isupper() and tb.lowers[sp.end] in words("title_org_words"):
        return True
    i = sp.start - 1
    while i >= 0 and sp.start - i <= 4:
        if tb.lowers[i].rstrip(".") in blockers:
            return True
        if not (tb.words[i][:1].isupper() or tb.words[i] == "."):
            return False
        i -= 1
    return False


def _counterpart_of_organisation(doc: Doc, sp: Span) -> bool:
    """'Universitas Kristen Petra dengan Dong Seo', 'UNTAG dengan Dong Eui': what an
    organisation pairs with is an organisation (the NER reads foreign ones as persons)."""
    tb = doc_table(doc)
    i = sp.start - 1
    if i < 1 or tb.lowers[i] != "dengan":
        return False
    return _acronym_like(tb.words[i - 1]) or i in _org_ends(doc)


def _org_ends(doc: Doc) -> frozenset[int]:
    # organisations only, not places: "di Palu dengan Budi Santoso" is a meeting
    return per_doc(doc, "officials.org_ends", lambda: frozenset(
        end for _, end, label in doc_table(doc).ents if label in {"ORG", "ORGANIZATION"}))


_PLACE_OR_ORG = {"LOC", "ORG", "GPE", "FAC", "LOCATION", "ORGANIZATION"}
_LIST_OPENERS = {"yaitu", "yakni", "termasuk", "seperti", "lain"}   # "... antara lain X, Y"


def _in_place_list(doc: Doc, sp: Span) -> bool:
    """'tiga provinsi, yaitu Guangxi Zhuang, Chongqing, dan Sichuan', 'termasuk C40, Citynet, dan
    Australia': an untitled item of a list whose neighbour is a place or an organisation."""
    tb = doc_table(doc)
    if sp.start > 0 and _honorific_at(doc, sp.start - 1):
        return False      # "Mr. Boret ..., dan Iwate ...": a person by the honorific
    nxt = sp.end + (1 if sp.end < len(doc) and tb.words[sp.end] == "," else 0)
    if nxt > sp.end and nxt < len(doc) and (_degree_len(doc, nxt) or _undotted_degree(tb.words[nxt])):
        return False      # "JPU, Andi Rahmat, S.H., mengatakan": a degree follows a person only
    nxt += 1 if nxt < len(doc) and tb.lowers[nxt] in _LIST_CONNECTORS else 0
    if nxt > sp.end and nxt < len(doc) and _place_or_org(doc, _item(doc, nxt, 1)):
        return True
    if _appositive_before_verb(doc, sp.end) or _age_or_position_after(doc, sp.end):
        return False      # "Warga Desa Sukamaju, Darmawan (45), mengaku ...": a name set off by commas
    prev = sp.start - (1 if sp.start > 0 and tb.lowers[sp.start - 1] in _LIST_CONNECTORS else 0)
    prev -= 1 if prev > 0 and tb.words[prev - 1] == "," else 0
    return 0 < prev < sp.start and _place_or_org(doc, _item(doc, prev - 1, -1))


def _appositive_before_verb(doc: Doc, j: int) -> bool:
    """The span is followed by a comma and a lower-case word that goes on with the sentence, as
    an appositive name does; a list item is followed by another item, a connector or the end."""
    tb = doc_table(doc)
    return j + 1 < len(doc) and tb.words[j] == "," and tb.words[j + 1][:1].islower() \
        and tb.lowers[j + 1] not in _LIST_CONNECTORS | _LIST_OPENERS


def _item(doc: Doc, i: int, step: int) -> Optional[Span]:
    """The capitalised list item that starts (``step`` 1) or ends (-1) at ``i``, if a list
    delimiter or the sentence's end bounds it on its other side ("dari Maroko" is no item)."""
    tb = doc_table(doc)
    j = i
    while 0 <= j + step < len(doc) and tb.words[j + step][:1].isupper() and j - i < 4:
        j += step
    edge = j + step
    if 0 <= edge < len(doc) and not (tb.words[edge] in {",", ".", ":", ";"} or tb.is_space[edge]
                                     or tb.lowers[edge] in _LIST_CONNECTORS | _LIST_OPENERS):
        return None
    return doc[min(i, j):max(i, j) + 1]


def _place_or_org(doc: Doc, item: Optional[Span]) -> bool:
    """A list item that is a known region or country, an acronym, or a place or organisation
    entity (not a person)."""
    text = span_text(doc, item.start, item.end) if item is not None else ""
    if item is None or not text[:1].isupper():
        return False
    if text.lower() in _region_names() or (len(item) == 1 and _acronym_like(text)):
        return True
    labels = [label for start, end, label in doc_table(doc).ents if start < item.end and item.start < end]
    return bool(labels) and all(label in _PLACE_OR_ORG for label in labels)


def _in_list_of_acronyms(doc: Doc, sp: Span) -> bool:
    """'Bappenas, LAN, Kejagung, KPK': one word in a comma list of agency acronyms."""
    tb = doc_table(doc)
    if len(sp) != 1:
        return False
    left = sp.start >= 2 and tb.words[sp.start - 1] == "," and _acronym_like(tb.words[sp.start - 2])
    right = sp.end + 1 < len(doc) and tb.words[sp.end] == "," and _acronym_like(tb.words[sp.end + 1])
    return left and right


def _person_spans(doc: Doc, place: frozenset[str]) -> list[Span]:
    """PER entities trimmed of honorifics and title words, names right after a title
    phrase (the NER misses many), and byline names."""
    spans: list[Span] = []
    for ent_start, ent_end, label in doc_table(doc).ents:
        if label not in ("PER", "PERSON"):
            continue
        sp = _trim(doc, ent_start, ent_end)
        if sp is not None and len(sp) == 1 and _place_of_appositive_title(doc, ent_start, sp.start):
            continue      # "Budi Harjono, Danramil Dolo,": the NER's person is the title's place
        if sp is not None and not _org_like(_text(sp), place) and not _unit_code(doc, sp.start) \
                and not _names_an_organisation(doc, sp) and not _no_person_shape(doc, sp):
            spans.append(_drop_region(doc, sp))
    # places out before joining: "PTPN IV Palu" + "Ahmad Fauzi" is no "Palu"-initial name
    spans = [sp for sp in spans if not _region_inside_title(doc, sp)]
    spans = [sp for sp in _join_initials(doc, spans) if not _region_inside_title(doc, sp)]
    for sp in (_names_after_titles(doc, place) + _names_before_titles(doc, place) + _byline_spans(doc)
               + _speakers_by_cue(doc, place) + _one_word_speakers(doc, place) + _names_with_age(doc, place)
               + _names_in_title_orgs(doc, place) + _names_after_address_forms(doc, place)):
        overlap = [o for o in spans if o.start < sp.end and sp.start < o.end]
        if not overlap:
            spans.append(sp)
        elif len(overlap) == 1 and sp.start <= overlap[0].start and sp.end >= overlap[0].end \
                and not _takes_in_organisation(doc, sp, overlap[0]) and not _takes_in_no_name(doc, sp, overlap[0]):
            spans[spans.index(overlap[0])] = sp      # the title rule saw the whole name
    spans = [sp for sp in spans if not _names_a_street_or_hospital(doc, sp) and not _bare_degree(doc, sp.start, sp.end)
             and not (len(sp) == 1 and _place_of_appositive_title(doc, sp.start, sp.start))
             and not _ends_inside_a_head(doc, sp)]
    spans = sorted(spans, key=lambda s: s.start)
    starts = {sp.start for sp in spans}
    spans = [sp for sp in spans if not _body_name_before_appositive(doc, sp, starts)]
    spans = [sp for sp in spans if not _organisation_before_holder(doc, sp, starts)
             and not _unit_before_ranked_holder(doc, sp, starts)]
    return _extend_left(doc, _join_quoted_nicknames(doc, _join_particles(doc, spans)))


_ADDRESS_FORMS = {"tn", "ny", "nn", "mr", "mrs", "ms", "sdr", "sdri"}
_SPOKEN_ADDRESS_FORMS = {"pak", "bu"}     # not "Bapak"/"Ibu": "Bapak Asuh", "Ibu Kota"


def _names_after_address_forms(doc: Doc, place: frozenset[str]) -> list[Span]:
    """'Tn. Hartanto', 'Ny. Sitti Aminah', 'Pak Douw': capitalised words after an address form are a
    person's name even where the NER tags none. An abbreviated form needs its dot; after a spoken one
    ('Pak', 'Bu') the word must be no post, body or place ('Pak Menteri', 'Bu Camat') and not one the
    text also writes in lower case."""
    tb = doc_table(doc)
    org = _org_words(place)
    out = []
    for i in range(len(doc) - 2):
        if not tb.words[i][:1].isupper():
            continue
        if tb.lowers[i] in _ADDRESS_FORMS and tb.words[i + 1] == ".":
            n = i + 2
        elif tb.lowers[i] in _SPOKEN_ADDRESS_FORMS and tb.lowers[i + 1] not in lower_case_words(doc) \
                and tb.lowers[i + 1] not in _region_names() and not _honorific_at(doc, i + 1):
            n = i + 1
        else:
            continue
        b = n
        while n < len(doc) and n - b < 4 and _name_word_at(doc, n, org):
            n += 1
        sp = _trim(doc, b, n) if n > b else None
        if sp is not None and not _org_like(_text(sp), place):
            out.append(sp)
    return out


def _takes_in_no_name(doc: Doc, wide: Span, ner: Span) -> bool:
    """'Sekretaris Jenderal Partai Pramono Anung': the title rule's run takes in a word before the NER's
    person that is never part of a person's name."""
    lowers = doc_lowers(doc)
    return any(lowers[i] in words("official_not_person_words") for i in range(wide.start, ner.start))


def _organisation_ents(doc: Doc) -> frozenset[tuple[int, int]]:
    return per_doc(doc, "officials.org_ents", lambda: frozenset(
        (s, e) for s, e, label in doc_table(doc).ents if label in _PLACE_OR_ORG))


def _takes_in_organisation(doc: Doc, wide: Span, ner: Span) -> bool:
    """'Ketua Umum Partai NasDem Surya Paloh': a name the title rule read wider than the NER's person
    must not take in a whole organisation the NER found right before it; that belongs to the title."""
    return any(wide.start <= s and e == ner.start for s, e in _organisation_ents(doc))


# lower-case words inside one name: Batak 'boru'/'br' (daughter of the clan), Arabic 'bin'/'binti',
# European 'van den', 'von', 'de'
_INNER_PARTICLES = {"boru", "br", "br.", "bin", "binti", "van", "von", "den", "der", "de"}


def _join_particles(doc: Doc, spans: list[Span]) -> list[Span]:
    """'Rosmawati boru Sinaga', 'Ahmad bin Yusuf': the NER's two persons around the particle are one."""
    tb = doc_table(doc)
    out: list[Span] = []
    for sp in spans:
        prev = out[-1] if out else None
        if prev is not None and prev.start < sp.start and sp.end <= prev.end:
            continue      # taken into the name before across its particle
        if prev is not None and sp.start == prev.end + 1 and tb.lowers[prev.end] in _INNER_PARTICLES:
            out[-1] = doc[prev.start:sp.end]
            continue
        if prev is not None and prev.start < sp.start < prev.end < sp.end \
                and any(tb.lowers[k] in _INNER_PARTICLES for k in range(prev.start, sp.start)):
            out[-1] = doc[prev.start:sp.end]     # 'Mansour bin Rashid' (title rule) + 'Rashid Al Maktoum' (NER)
            continue
        # the NER saw one side only: a capitalised word across the particle is the name's other part
        if sp.start >= 2 and tb.lowers[sp.start - 1] in _INNER_PARTICLES and _capital_word(tb, sp.start - 2) \
                and (prev is None or prev.end <= sp.start - 2):
            sp = doc[sp.start - 2:sp.end]
        if sp.end + 1 < len(doc) and tb.lowers[sp.end] in _INNER_PARTICLES and _capital_word(tb, sp.end + 1):
            sp = doc[sp.start:sp.end + 2]
        out.append(sp)
    return out


def _capital_word(tb, i: int) -> bool:
    return tb.is_alpha[i] and tb.words[i][:1].isupper() and not tb.sent_start[i]


def _organisation_before_holder(doc: Doc, sp: Span, starts: set[int]) -> bool:
    """'Ketua Kelompok Tani Mattiro Baji, H. Arsyad, mengatakan', 'Kepala SD Inpres Arso Tujuh,
    Paulus Murib, menuturkan': capitalised words glued to a title and followed by the appositive
    name of its holder are the organisation's name, not a second person."""
    tb = doc_table(doc)
    if sp.start == 0 or tb.is_punct[sp.start - 1] or _honorific_at(doc, sp.start - 1):
        return False
    heads = _heads(doc)
    k = sp.start - 1
    while k >= 0 and k not in heads and tb.words[k][:1].isupper() and not tb.is_punct[k] and sp.start - k <= 6:
        k -= 1
    if k < 0 or k not in heads:
        return False
    if sp.end + 1 >= len(doc) or tb.words[sp.end] != ",":
        return False
    n = sp.end + 1
    while n < len(doc) and (_honorific_at(doc, n) or tb.words[n] == "."):
        n += 1
    holder = next((o for o in starts if o == n), None)
    if holder is None:
        return False
    end = n
    while end < len(doc) and tb.words[end][:1].isupper():
        end += 1
    while end < len(doc) and (tb.words[end] in {",", "."} or _degree_len(doc, end)):
        end += max(1, _degree_len(doc, end))   # 'Arief Santoso, M.M., mengakui': the holder's degrees
    # an appositive runs into the verb ('..., menuturkan'); a list goes on with names or 'dan'
    return end < len(doc) and tb.words[end][:1].islower() and tb.lowers[end] not in _LIST_CONNECTORS


def _head_ends(doc: Doc) -> frozenset[int]:
    return per_doc(doc, "officials.head_ends", lambda: frozenset(_heads(doc).values()))


def _unit_before_ranked_holder(doc: Doc, sp: Span, starts: set[int]) -> bool:
    """'Pangdam Iskandar Muda Mayjen TNI Niko Fahrizal': words between a head and a ranked name
    name the command or region of the title, not a second person."""
    if sp.start not in _head_ends(doc):
        return False
    lowers, n = doc_lowers(doc), sp.end
    if n >= len(lowers) or lowers[n].rstrip(".") not in words("official_ranks"):
        return False
    while n < len(lowers) and _honorific_at(doc, n):
        n += 1
    return n in starts


def _body_name_before_appositive(doc: Doc, sp: Span, starts: set[int]) -> bool:
    """'Direktur Utama PDAM Tirta Kahuripan, Abdul Somad,': a 'person' right after an
    organisation's word or acronym, followed by a comma and another person, is the body's
    own name inside the title; the person after the comma holds the title."""
    tb = doc_table(doc)
    if sp.start == 0 or sp.end + 1 >= len(doc) or tb.words[sp.end] != ",":
        return False
    before = tb.words[sp.start - 1]
    org_word = before[:1].isupper() and (tb.lowers[sp.start - 1] in words("title_org_words")
                                         or _acronym_like(before))
    nxt = sp.end + 1
    while nxt < len(doc) and (_honorific_at(doc, nxt) or tb.words[nxt] == "."):
        nxt += 1
    return org_word and nxt in starts


_WEB_ADDRESS = re.compile(r"\w\.(?:com|co\.id|id|net|org|co)\b", re.I)


def _no_person_shape(doc: Doc, sp: Span) -> bool:
    """A NER 'person' that cannot be one, whatever the model: an organisation's acronym
    ('PKK'), a web address ('SurabayaPost.id'), the end of a place name ('Aceh Tamiang'), or
    the last words of a name its acronym spells out ('Kampung Nelayan Merah Putih (KNMP)')."""
    tb, text = doc_table(doc), _text(sp)
    if len(sp) == 1 and _acronym_after_head(doc, sp):
        return False  # "Presiden SBY": a position word, then the NER's person, is a holder known by initials
    if len(sp) == 1 and (len(text) >= 3 and text.isupper() and text.isalpha()
                         or tb.lowers[sp.start] in words("official_not_name_words")
                         or tb.lowers[sp.start] in words("official_function_words")):
        return True   # "PKK", "Ahad", "Kepada"
    if _WEB_ADDRESS.search(text):
        return True
    if _degree_tail(doc, sp.start):
        return True
    if sp.start > 0 and tb.words[sp.start - 1][:1].isupper() \
            and f"{tb.lowers[sp.start - 1]} {text.lower()}" in _region_names():
        return True
    return _spelled_by_acronym(doc, sp)


def _acronym_after_head(doc: Doc, sp: Span) -> bool:
    """'Presiden SBY', 'Wapres JK': the NER's person right after a position head, with no name after it,
    is a holder known by initials; 'Ketua KPK Abraham Samad' leaves the acronym to the body."""
    tb = doc_table(doc)
    nxt = tb.words[sp.end] if sp.end < len(doc) else ""
    return sp.start in _head_ends(doc) and not nxt[:1].isupper() and tb.words[sp.start].isalpha() \
        and tb.lowers[sp.start] not in words("title_org_words")


def _bare_degree(doc: Doc, b: int, e: int) -> bool:
    """'Syafruddin Karimi, SE, MA, menilai': a degree written in capitals without dots, after a
    comma that follows a name or another degree, is no person (nor 'MA' the Supreme Court there)."""
    tb = doc_table(doc)
    if e - b != 1 or b < 2 or tb.words[b - 1] != "," or not _undotted_degree(tb.words[b]):
        return False
    prev = tb.words[b - 2]
    return is_degree(prev) or _undotted_degree(prev) or (prev[:1].isupper() and prev[1:].islower())


def _undotted_degree(word: str) -> bool:
    return word.isupper() and word.isalpha() and word.lower() in words("official_degrees")


def _degree_tail(doc: Doc, b: int) -> bool:
    """'Sp.PD', 'M.Sc.Eng': the tokenizer split a degree at a dot, leaving its last piece."""
    tb = doc_table(doc)
    if b < 1 or tb.spaces[b - 1] or not tb.words[b - 1].endswith("."):
        return False
    if tb.words[b - 1] == ".":
        return b >= 2 and not tb.spaces[b - 2] and is_honorific(tb.words[b - 2])
    return is_degree(tb.words[b - 1])


def _spelled_by_acronym(doc: Doc, sp: Span) -> bool:
    """The span ends a capitalised run that starts before it and that the bracketed acronym
    after it spells out: "Kampung Nelayan Merah Putih (KNMP)"."""
    tb = doc_table(doc)
    if sp.end + 2 >= len(doc) or tb.words[sp.end] != "(" or tb.words[sp.end + 2] != ")":
        return False
    acronym = tb.words[sp.end + 1]
    if not (acronym.isupper() and acronym.isalpha()) or len(acronym) <= len(sp):
        return False
    start = sp.end - len(acronym)
    run = tb.words[start:sp.end] if start >= 0 else None
    return run is not None and all(w[:1].isupper() for w in run) \
        and "".join(w[0] for w in run).upper() == acronym


def _names_an_organisation(doc: Doc, sp: Span) -> bool:
    """'Yayasan Sikola Mombine', 'Universitas Dong Seo': the NER's person names the body before it."""
    if sp.start == 0:
        return False
    tb = doc_table(doc)
    before = tb.lowers[sp.start - 1]
    return tb.words[sp.start - 1][:1].isupper() and before in words("title_name_taking") \
        and (sp.start - 1) not in _heads(doc) and before not in words("title_regional_heads")


def _names_in_title_orgs(doc: Doc, place: frozenset[str]) -> list[Span]:
    """'anggota DPR Rachmat Gobel' read by the NER as one organisation: after a title head
    (any case), an acronym and then two or three name words are the acronym's member."""
    org = _org_words(place)
    ends = _any_heads(doc)
    out = []
    for e in doc_ents(doc):
        if e.label_ not in {"ORG", "ORGANIZATION"} or len(e) < 3 or not _acronym_like(e[0].text):
            continue
        names = e[1:]
        if any(h_end == e.start for h_end in ends.values()) and 2 <= len(names) <= 3 \
                and all(_name_token(t, org) and not _acronym_like(t.text) for t in names):
            out.append(names)
    return out


def _ends_inside_a_head(doc: Doc, sp: Span) -> bool:
    """'– Hakim' of '– Hakim tunggal Pengadilan Negeri X, Y': the NER's person stops inside a post that
    goes on after it, so it is that post's first word, not a name."""
    return any(sp.start <= k < sp.end < e for k, e in _heads(doc).items())


def _place_of_appositive_title(doc: Doc, ent_start: int, word: int) -> bool:
    """The one word right after the head of a title that follows a name and a comma, whether
    the NER's span took the head in or not; also after the head and its body's acronym ('Budi Harjono,
    Ketua BPD Ulaweng')."""
    ws = doc_words(doc)
    body = word   # where a head would end: before the body's acronym and its number ('Kepala SMPN 2 Kupang')
    if body > 0 and ws[body - 1].isdigit():
        body -= 1
    acronym = body > 0 and ws[body - 1].isupper() and ws[body - 1].isalpha() and len(ws[body - 1]) >= 2 \
        and ws[body - 1].lower() not in words("official_ranks")   # 'Kapolres AKBP Hendra': a rank, then the name
    body = body - 1 if acronym or body > 0 and ws[body - 1].lower() in words("title_org_words") else word
    head = ent_start if word > ent_start else next((s for s, e in _heads(doc).items() if e in {word, body}), None)
    return head is not None and head in _heads(doc) and _appositive_head(doc, head, frozenset())


def _region_inside_title(doc: Doc, sp: Span) -> bool:
    """'Direktur PTPN Langsa', 'PTPN I Langsa': a place name (after a unit's number) the NER
    took for a person inside a title; 'Wali Kota Sibu, Sarawak, Malaysia': a region between
    a place and its country."""
    tb = doc_table(doc)
    if sp.start == 0 or not tb.words[sp.start - 1][:1].isupper():
        return _region_before_country(doc, sp)
    start = sp.start + 1 if len(sp) > 1 and _roman_numeral(tb.words[sp.start]) else sp.start
    return span_text(doc, start, sp.end).lower() in _region_names()


def _roman_numeral(text: str) -> bool:
    return any(rx.match(text) for _, rx in regex_table("official_common_word_shapes", "roman_numerals"))


def _region_before_country(doc: Doc, sp: Span) -> bool:
    """One word between commas after a place and before a country: 'Higashikawa, Hokkaido, Jepang'."""
    tb = doc_table(doc)
    return len(sp) == 1 and sp.start >= 2 and tb.words[sp.start - 1] == "," \
        and tb.words[sp.start - 2][:1].isupper() and sp.end + 1 < len(doc) and tb.words[sp.end] == "," \
        and tb.lowers[sp.end + 1] in words("official_countries")


def _names_a_street_or_hospital(doc: Doc, sp: Span) -> bool:
    """Streets and hospitals carry persons' names: 'Jalan Diponegoro No. 22', 'Jl. Sudirman',
    'RSPAD Gatot Subroto', 'Direktur RSUD (RSUD) Soedarso', 'RSUP Dr. Sardjito'."""
    tb = doc_table(doc)
    i = sp.start - 1
    if i >= 0 and tb.words[i] == ".":
        i -= 1                                      # "Jl ." split by the tokenizer
    if i >= 1 and _honorific_at(doc, i):
        i -= 1                                      # "RSUD dr. Soetomo", "Jalan Dr. Wahidin"
        if tb.words[i] == "." and i >= 1:
            i -= 1
    if i >= 0 and tb.lowers[i].rstrip(".") in words("official_street_words"):
        return True
    if i >= 1 and tb.words[i] == ")":
        i -= 1                                      # "Rumah Sakit ... (RSPAD) Gatot Subroto"
    return i >= 0 and any(rx.match(tb.words[i]) for _, rx in regex_table("official_common_word_shapes",
                                                                         "name_taking_acronyms"))


def _extend_left(doc: Doc, spans: list[Span]) -> list[Span]:
    """'Bupati Indrata Nur Bayu Aji' where the NER saw 'Nur Bayu Aji': the capitalised word
    before a span is the name's first word when the article names the person with it
    elsewhere ('Indrata Nur Bayuaji', or 'Ana' alone)."""
    tb = doc_table(doc)
    texts = {_text(sp) for sp in spans}
    out = []
    for sp in spans:
        i = sp.start - 1
        if i >= 0 and tb.words[i][:1].isupper() and tb.is_alpha[i] and not any(o.start <= i < o.end for o in spans):
            pair = f"{tb.words[i]} {tb.words[sp.start]}"
            if tb.words[i] in texts or any(_text(o).startswith(pair) for o in spans if o is not sp) \
                    or _balinese_opening(tb.words[i], tb.lowers[sp.start]) or _after_honorific(doc, i):
                sp = doc[i:sp.end]
        out.append(sp)
    return out


def _after_honorific(doc: Doc, i: int) -> bool:
    """'Prof. Dr. Intan Astuti Lamba' where the NER saw 'Astuti Lamba': a word right after
    an abbreviated honorific opens a name (not after a rank written out: 'Sekretaris Jenderal KKP')."""
    tb = doc_table(doc)
    if i < 2 or _honorific_at(doc, i):
        return False
    before = tb.words[i - 1]
    return (before == "." and _honorific_at(doc, i - 2)) or (before.endswith(".") and _honorific_at(doc, i - 1))


def _balinese_opening(word: str, first: str) -> bool:
    """'I Wayan ...', 'Ni Luh ...': Bali's gender particle before a birth-order or caste name opens the name."""
    return word in {"I", "Ni"} and first in words("official_name_particles") and first not in {"i", "ni"}


def _drop_region(doc: Doc, sp: Span) -> Span:
    """'Wali Kota Ambon Michael Wattimena': the region after a regional head is not part of the name."""
    if len(sp) < 3 or sp.start == 0:
        return sp
    before = doc[max(0, sp.start - 2):sp.start]
    regional = words("title_regional_heads")
    if before[-1].lower_ in regional or _text(before).lower() in regional:
        return doc[sp.start + 1:sp.end]
    return sp


def _place_words(doc: Doc) -> frozenset[str]:
    return per_doc(doc, "officials.place", lambda: _find_place_words(doc))


# The lookahead on the first letters only lets the scan skip most positions fast.
_PLACE_AFTER_WORD = re.compile(
    r"(?=[KPDdk])(?<!Wali )(?<!Wakil )\b"
    r"(?:Kota|Kabupaten|Provinsi|Kepulauan|Pemkot|Pemkab|Pemprov|Kecamatan|Desa|di|ke|dari)"
    r"\s+([A-Z][\w-]+)(?:\s+([A-Z][\w-]+)(?=\s*[,.;:)\n]|$))?")


@lru_cache(maxsize=None)
def _place_prefix_re() -> re.Pattern:
    prefixes = sorted(words("official_place_prefixes"))
    firsts = _first_letters(prefixes)
    return re.compile(rf"(?=(?i:[{firsts}]))\b((?i:{'|'.join(prefixes)}))[ \t]+([A-Z][\w-]+)")


def _place_prefix_matches(doc: Doc) -> list[re.Match]:
    """``_place_prefix_re().finditer(text)``, tried only where the lower-cased text spells a prefix
    (``str.find``; the scan tried the alternation at most word starts): a match opens with a
    prefix, case aside, so the first match from any offset opens at the first such place where
    the pattern matches. Texts whose lower case is not letter for letter get the scan."""
    rx, text, low = _place_prefix_re(), doc_text(doc), lowered_text(doc)
    prefixes = words("official_place_prefixes")
    if low is None or not all(p.isalpha() and p.isascii() for p in prefixes):
        return list(rx.finditer(text))
    starts = set()
    for prefix in prefixes:
        at = low.find(prefix)
        while at >= 0:
            starts.add(at)
            at = low.find(prefix, at + 1)
    out: list[re.Match] = []
    end = 0
    for at in sorted(starts):
        m = rx.match(text, at) if at >= end else None
        if m:
            out.append(m)
            end = m.end()
    return out


def _find_place_words(doc: Doc) -> frozenset[str]:
    """Words that name places in this article: the words after 'Kota', 'Pemkab', 'di' ...;
    they belong to titles, not to names. (LOC/ORG entities are not used: the NER often
    labels a person after a title as a place.)"""
    out: set[str] = set()
    ws = doc_words(doc)
    person_words = {w for start, end, label in doc_table(doc).ents if label in ("PER", "PERSON")
                    for w in ws[start:end]}
    for m in _PLACE_AFTER_WORD.finditer(doc_text(doc)):
        # a second word only when the name stops there ("Kota Port Dickson,"), not "Kota Palu Irmayanti X"
        # nor "Kota Palu Armin," where the NER knows Armin as a person
        first, second = m.groups()
        out.add(first.lower())
        if second and second not in person_words:
            out.add(second.lower())
    for m in _place_prefix_matches(doc):
        if m.group(1)[:1].isupper():   # "Kuala Lumpur", "Muara Angke": both words name the place
            out.update((m.group(1).lower(), m.group(2).lower()))
    return frozenset(out - words("official_name_particles"))


@lru_cache(maxsize=16)
def _org_words(place: frozenset[str]) -> frozenset[str]:
    """Organisation, country and region words and this article's place words (built once per
    article, not once per candidate)."""
    return words("title_org_words") | words("official_countries") | words("official_regions") | place


def _org_like(name: str, place: frozenset[str]) -> bool:
    """A NER 'person' made mostly of organisation, place or country words ('Parlimen Malaysia')."""
    ws = [w.lower().strip(".,") for w in name.split()]
    org = _org_words(place)
    return bool(ws) and sum(w in org for w in ws) * 2 >= len(ws)


def _institution_run(doc: Doc, sp: Span) -> bool:
    """'Sekretaris Jenderal National Liberation Movement': a capitalised run that ends in, or goes on into,
    an English institution word is the body the title heads, not its holder."""
    lowers, ws, ends = doc_lowers(doc), doc_words(doc), words("official_institution_ends")
    return lowers[sp.end - 1] in ends or (sp.end < len(ws) and ws[sp.end][:1].isupper() and lowers[sp.end] in ends)


def _names_after_titles(doc: Doc, place: frozenset[str]) -> list[Span]:
    """'Bupati Sigi Darman Lasawedi', 'Kepala Biro X, Sri Wahyuni': the capitalised words
    after a title phrase that are not organisation or place words."""
    tb = doc_table(doc)
    heads = _heads(doc)
    org = _org_words(place)
    head_tokens = {i for k, e in heads.items() for i in range(k, e)}
    ner = _ner_person_tokens(doc)
    out = []
    for k in sorted(heads):
        j, runs = heads[k], -1
        if _after_appositive_cue(doc, k):
            continue          # "kata Kasmidi yang Ketua PMI Kutim": the title of the name before
        j = _skip_expert_field(doc, k, j)
        for _ in range(8):   # a run that turns out to be part of the title: scan on
            runs += 1
            j = _skip_title_words(doc, j, heads, org)
            sep_start = j
            j = _skip_separators(doc, j)
            n, begin = j, j
            while n < len(doc) and n - begin < 5 and (_name_word_at(doc, n, org) or _honorific_at(doc, n)
                                                      or (tb.words[n] == "." and n == begin and n > j)
                                                      or _abbreviation_dot(doc, n, begin, org)):
                if _honorific_at(doc, n) or (tb.words[n] == "." and n == begin):   # "Prof. Dr. Ir. Amar"
                    begin = n + 1     # "Kabupaten Sigi H Darman": the name starts after the honorific
                n += 1
            if n <= begin:
                if j > sep_start and _skip_title_words(doc, j, heads, org) > j:
                    continue          # "Kabid Keluarga Berencana, Ketahanan ...": the title goes on
                break
            ranked = begin > 0 and _honorific_at(doc, begin - 1)   # a rank or honorific: a name follows it
            begin += _leading_region(doc, begin, n, ner)   # "Kepala Dinas Sosial Klaten Agus Salim"
            nxt = tb.words[n] if n < len(doc) else None
            glued = sep_start == j    # no comma between title and run
            if _place_or_title_run(doc, begin, n, ner):
                j = n
                continue
            if runs == 0 and n - begin == 1 and _appositive_head(doc, k, ner) and _closes_appositive(doc, n):
                break                 # "Nadiem Makarim, Chief Executive Officer Gojek, ...": the company
            if nxt is not None and tb.lowers[n] in _OUTLET_ENDINGS:
                j = n + 1             # "Wartawan Tribunsumsel.com, Andi ...": an outlet, not a name
                continue
            if nxt is not None and nxt[:1].isupper() and not tb.is_space[n] and ranked:
                while n < len(doc) and n - begin < 5 and n not in heads and tb.words[n][:1].isupper() \
                        and tb.words[n].isalpha():
                    n += 1            # "Letkol Inf Ragil Jaka Utama": after a rank, org-like words are the name's
            elif nxt is not None and nxt[:1].isupper() and not tb.is_space[n]:
                after = _skip_title_words(doc, n, heads, org)
                if after > n and after < len(doc) and tb.words[after][:1].islower() \
                        and tb.lowers[after] not in _TITLE_CONNECTORS:
                    n = after         # "I Made Putra Jaya Negara dalam": an org word ends the name
                else:
                    j = n if after > n or _name_word_at(doc, n, org) else n + 1
                    continue          # "Minahasa Selatan, ...", "RSJPD Harapan Kita, ..."
            elif nxt is not None and tb.lowers[n] == "pada" and n + 1 < len(doc) and tb.words[n + 1][:1].isupper():
                j = n + 1             # "Kepala Bidang Jalan dan Jembatan pada Dinas PUPR": the unit's parent follows
                continue
            elif nxt is not None and (nxt == "(" and not _caption_name(doc, begin, n, ner)
                                      or nxt == "," and _name_follows(doc, n + 1, org)
                                      or _place_then_holder(doc, n, org)):
                j = n                 # "Sigi, Darman Lasawedi"
                continue
            if nxt is not None and nxt == ")" or (begin > 0 and tb.words[begin - 1] == "("):
                break
            if glued and begin - 1 not in head_tokens and tb.lowers[begin - 1] in words("title_name_taking"):
                j = n                 # "Universitas Borneo", "Bank Dunia": part of an organisation name
                continue
            if glued and begin > 0 and tb.lowers[begin - 1] in _ENGLISH_LINKS:
                j = n                 # "Head of Samsung Mobile Marketing": an English title runs on into its body
                continue
            sp = _trim(doc, begin, n)
            if sp is not None and len(_text(sp)) > 1 and not _org_like(_text(sp), place) \
                    and not _no_person_shape(doc, sp) and not _institution_run(doc, sp):
                out.append(_drop_region(doc, sp))
            break
    return out


def _place_then_holder(doc: Doc, n: int, org: frozenset[str]) -> bool:
    """'Perwakilan TAFE Queensland di Indonesia, Sarah ...': the run before 'di <place>,' and a
    name is the organisation of the title, and the title goes on."""
    tb = doc_table(doc)
    if n >= len(doc) or tb.lowers[n] not in {"di", "untuk"}:
        return False
    k = n + 1
    while k < len(doc) and k - n <= 3 and tb.words[k][:1].isupper() and tb.is_alpha[k]:
        k += 1
    return k > n + 1 and k < len(doc) and tb.words[k] == "," and _name_follows(doc, k + 1, org)


def _caption_name(doc: Doc, begin: int, i: int, ner: frozenset[int]) -> bool:
    """'(kiri)', '(dua dari kanan)' after a name in a photo caption: the run before is a person,
    where the NER saw none there (where it did, its span gives the name's edges)."""
    tb = doc_table(doc)
    close = next((c for c in range(i + 1, min(len(doc), i + 6)) if tb.words[c] == ")"), None)
    return close is not None and any(low in words("official_caption_positions") for low in tb.lowers[i + 1:close]) \
        and not any(k in ner for k in range(begin, i))


_OUTLET_ENDINGS = {".com", ".co.id", ".id", ".net", ".org", ".co"}
_LIST_CONNECTORS = {"dan", "&", "serta"}


def _ner_person_tokens(doc: Doc) -> frozenset[int]:
    return per_doc(doc, "officials.ner_tokens", lambda: frozenset(
        i for start, end, label in doc_table(doc).ents if label in ("PER", "PERSON") for i in range(start, end)))


@lru_cache(maxsize=None)
def _region_names() -> frozenset[str]:
    """Indonesian provinces, regencies and cities (with their usual short forms: 'Pangkep', 'Kukar'),
    and countries: a run equal to one is a place."""
    short = (k for level in mapping("entity_region_aliases").values() if isinstance(level, dict) for k in level)
    return words("place_id_regions") | words("place_id_provinces") | words("official_countries") | frozenset(short)


@lru_cache(maxsize=65536)   # asked of the same words again and again
def _common_word(text: str) -> bool:
    """A capitalised derived common word ('Perekonomian', 'Rehabilitasi', 'Kemendesa')."""
    return any(rx.match(text) for _, rx in regex_table("official_common_word_shapes", "shapes"))


def _leading_region(doc: Doc, begin: int, end: int, ner: frozenset[int]) -> int:
    """How many words at the start of a run after a title name a known region the NER left out of
    the person ('Klaten' in 'Kepala Dinas Sosial Klaten Agus Salim'): they close the title."""
    for size in (2, 1):
        if end - begin > size and span_text(doc, begin, begin + size).lower() in _region_names() \
                and not any(i in ner for i in range(begin, begin + size)):
            return size
    return 0


def _place_or_title_run(doc: Doc, begin: int, end: int, ner: frozenset[int]) -> bool:
    """A capitalised run after a title that still belongs to the title: a known place
    ('Bupati Lahat, Sumatera Selatan'), a place followed by its country ('Higashikawa,
    Hokkaido, Jepang'), or, when the NER saw no person there, the first part of a list
    inside an organisation name ('Badan Penyuluhan dan Pengembangan SDM', 'Dinas Perumahan,
    Kawasan Permukiman dan Pertanahan')."""
    tb = doc_table(doc)
    if span_text(doc, begin, end).lower() in _region_names() or \
            (begin > 0 and span_text(doc, begin - 1, end).lower() in _region_names()):
        return True       # "Parigi Moutong" after "Parigi" was taken as a place word
    if tb.lowers[begin] in words("official_context_blockers"):
        return True       # "..., di Aula Barat Gedung Sate, Jalan Diponegoro No. 22"
    if end + 1 >= len(doc):
        return False
    nxt, after = tb.words[end], tb.words[end + 1]
    if nxt == "," and tb.lowers[end + 1] in _region_names() and after[:1].isupper():
        return True
    if any(i in ner for i in range(begin, end)):
        return False
    if tb.lowers[end] in _LIST_CONNECTORS and after[:1].isupper() and not _title_head_at(doc, end + 1):
        return True
    if nxt == "," and tb.lowers[end + 1] in _LIST_CONNECTORS and end + 2 < len(doc) \
            and tb.words[end + 2][:1].isupper() and not _title_head_at(doc, end + 2):
        return True       # "Dinas Tanaman Pangan, Hortikultura, dan Perkebunan"
    return nxt == "," and _common_word(after)


def _heads(doc: Doc) -> dict[int, int]:
    return per_doc(doc, "officials.heads", lambda: title_head_starts(doc))


def _closes_appositive(doc: Doc, n: int) -> bool:
    """', memimpin ...': a comma and the sentence's verb close the appositive title."""
    tb = doc_table(doc)
    return n + 1 < len(doc) and tb.words[n] == "," and tb.words[n + 1][:1].islower() \
        and tb.lowers[n + 1] not in _LIST_CONNECTORS


def _after_appositive_cue(doc: Doc, k: int) -> bool:
    """'yang Ketua ...', 'selaku Ketua ...', 'yang juga Ketua ...'; not 'Hadir juga Ketua ...'."""
    tb = doc_table(doc)
    cues = words("official_appositive_cues")
    if k < 1 or tb.lowers[k - 1] not in cues:
        return False
    if tb.lowers[k - 1] == "sebagai":   # "Dedi Kurnia sebagai Camat Sukajaya", not "hadir sebagai Ketua X Budi"
        return k >= 2 and (k - 2) in _ner_person_tokens(doc)
    return tb.lowers[k - 1] in {"yang", "selaku"} or (k >= 2 and tb.lowers[k - 2] in {"yang", "selaku"})


def _appositive_head(doc: Doc, k: int, ner: frozenset[int]) -> bool:
    """The title at ``k`` follows a person's name after a comma: it is that person's title."""
    tb = doc_table(doc)
    if k < 2 or tb.words[k - 1] != ",":
        return False
    two_words = k >= 3 and all(tb.words[i][:1].isupper() and tb.is_alpha[i] for i in (k - 3, k - 2))
    return (k - 2) in ner or two_words


def _title_head_at(doc: Doc, i: int) -> bool:
    return i in _heads(doc)


def _names_before_titles(doc: Doc, place: frozenset[str]) -> list[Span]:
    """'Hendra Saputra, Kepala Bappeda ...' and 'Dr. Ibrahim, M.Si. (Rektor ...)': a capitalised
    run that ends, after degrees, at a comma or bracket followed by a title head."""
    tb = doc_table(doc)
    org = _org_words(place)
    out = []
    for k in sorted(_heads(doc)):
        e = k - 1
        if e < 0 or tb.words[e] not in {",", "("}:
            continue
        while e >= 0 and (tb.words[e] in {",", "(", "."} or is_degree(tb.words[e])):
            e -= 1
        b = e
        while b >= 0 and e - b < 6 and (_name_word_at(doc, b, org) or tb.words[b] == "." or is_honorific(tb.words[b])):
            b -= 1
        sp = _trim(doc, b + 1, e + 1)
        if sp is None or not _name_token(sp[0], org) or _org_like(_text(sp), place):
            continue
        # a lone word needs a clear left edge ("..., Salim (Rektor ...)"), not "Coffee and Art"
        if len(sp) == 1 and sp.start > 0 and not (tb.is_punct[sp.start - 1] or tb.is_space[sp.start - 1]
                                                  or is_honorific(tb.words[sp.start - 1])):
            continue
        out.append(sp)
    return out


def _speakers_by_cue(doc: Doc, place: frozenset[str]) -> list[Span]:
    """Two to four capitalised words right before a speech verb ("Yohana Wenda mengatakan")
    or right after a short cue ("kata Yosef Tamba."): a person the NER missed."""
    tb = doc_table(doc)
    org = _org_words(place)
    verbs = words("quote_cues_verbs")
    out = []
    lowers, texts = doc_lowers(doc), doc_words(doc)
    # read the token arrays; Token objects only at cue words (one per token made this the costliest rule)
    cues = _speech_cue_words()
    for i in (k for k, low in enumerate(lowers) if low in cues and texts[k][:1].islower()):
        if lowers[i] in verbs:
            e = i
            b = e
            while b > 0 and e - b < 4 and _name_word_at(doc, b - 1, org):
                b -= 1
            ok_left = b == 0 or tb.is_punct[b - 1] or tb.is_space[b - 1] or _glued_honorific(texts[b])
        else:
            b = e = i + 1
            while e < len(doc) and e - b < 4 and _name_word_at(doc, e, org):
                e += 1
            ok_left = e < len(doc) and (tb.is_punct[e] or tb.is_space[e])
        if ok_left and 2 <= e - b <= 4:
            sp = _trim(doc, b, e)
            if sp is not None and not _org_like(_text(sp), place):
                out.append(sp)
        elif lowers[i] in verbs and _single_name_appositive(doc, i, org):
            out.append(doc[i - 2:i - 1])
    return out


def _one_word_speakers(doc: Doc, place: frozenset[str]) -> list[Span]:
    """'ujar Jonan.', 'kata Bibit seusai ...', 'Jonan menyebut ...': one capitalised word right after a
    short cue, or opening a clause right before a speech verb, that the NER left untagged. Only a person
    says things in these two slots; an organisation speaking is written as an acronym or with an
    organisation word, and a word the text also writes in lower case is a noun. Not after 'menurut': a
    source or a body is named there as often ('Menurut Pefindo, ...')."""
    tb = doc_table(doc)
    org = _org_words(place)
    short, verbs = words("quote_cues_short"), words("quote_cues_verbs")
    tagged = {i for start, end, _ in tb.ents for i in range(start, end)}
    out = []
    for i, low in enumerate(tb.lowers):
        if low in short and low != "menurut" and tb.words[i][:1].islower():
            k = i + 1
            if k + 1 < len(doc) and (tb.is_punct[k + 1] or tb.words[k + 1][:1].islower()):
                out.append(k)
        elif low in verbs and tb.words[i][:1].islower() and i > 0:
            k = i - 1
            if tb.sent_start[k] or (k > 0 and tb.words[k - 1] in {",", '"', "“", "”"}):
                out.append(k)
    lower = lower_case_words(doc)
    return [doc[k:k + 1] for k in out
            if k not in tagged and _name_word_at(doc, k, org) and tb.words[k].isalpha()
            and not _acronym_like(tb.words[k]) and not _honorific_at(doc, k)
            and tb.lowers[k] not in lower and tb.lowers[k] not in _region_names()
            and tb.lowers[k] not in words("official_people_nouns")]


@lru_cache(maxsize=None)
def _speech_cue_words() -> frozenset[str]:
    return words("quote_cues_verbs") | words("quote_cues_short")


def _single_name_appositive(doc: Doc, i: int, org: frozenset[str]) -> bool:
    """'Anggota DPRD Pangkep dari dapil kepulauan, Hasnawati, menilai': a one-word name set off by
    commas between a title phrase and the speech verb."""
    tb = doc_table(doc)
    if i < 4 or tb.words[i - 1] != "," or tb.words[i - 3] != "," or not _name_word_at(doc, i - 2, org):
        return False
    word = tb.words[i - 2]
    if not word[1:].islower() or _title_head_at(doc, i - 2):
        return False
    heads = _heads(doc)
    k = i - 4
    while k >= 0 and i - k <= 16 and not tb.sent_start[k] and tb.words[k] not in {",", ".", "\n"}:
        if k in heads:
            return True
        k -= 1
    return k >= 0 and k in heads


def _glued_honorific(text: str) -> bool:
    """'H.Sulkarnain': an honorific glued to the name marks a person wherever it stands."""
    head, dot, rest = text.partition(".")
    return bool(dot) and rest[:1].isupper() and rest[1:].isalpha() and is_honorific(head)


_AGE = re.compile(r"((?:[A-Z][a-z]+\.?[ \t]+)?[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})"
                  r"[ \t]*\((\d{1,2})(?:[ \t]*tahun)?\)")


_AGE_BRACKET = re.compile(r"\((\d{1,2})(?:[ \t]*tahun)?\)")


def _names_with_age(doc: Doc, place: frozenset[str]) -> list[Span]:
    """'Ibu Warni (48)', 'Made Sudarsana (52)': a capitalised run with an age in brackets."""
    org = _org_words(place)
    out = []
    if not _AGE_BRACKET.search(doc_text(doc)):
        return out   # the bracketed age is rare; the run before it is slow to scan for everywhere
    for m in _AGE.finditer(doc_text(doc)):
        sp = doc.char_span(m.start(1), m.end(1), alignment_mode="contract")
        if sp is None:
            continue
        sp = _trim(doc, sp.start, sp.end)
        if sp is not None and all(_name_token(t, org) for t in sp) and not _org_like(_text(sp), place) \
                and _text(sp).lower() not in _region_names():
            out.append(sp)
    return out


_QUOTES = {'"', "“", "”", "'", "‘", "’"}


def _join_quoted_nicknames(doc: Doc, spans: list[Span]) -> list[Span]:
    """'Anwar "Cudi" Hafid' that the NER cut into three: one name, its quoted nickname inside
    (``_quoted_nickname`` then takes the nickname out)."""
    out: list[Span] = []
    for sp in spans:
        if out and _quoted_word_at(doc, out[-1].end):
            if sp.start == out[-1].end + 1 and sp.end == out[-1].end + 2:
                continue                        # the nickname itself
            if sp.start == out[-1].end + 3:
                out[-1] = doc[out[-1].start:sp.end]
                continue
        out.append(sp)
    return out


def _quoted_word_at(doc: Doc, i: int) -> bool:
    tb = doc_table(doc)
    return i + 3 < len(doc) and tb.words[i] in _QUOTES and tb.words[i + 2] in _QUOTES \
        and tb.words[i + 1][:1].isupper() and tb.is_alpha[i + 1]


def _join_initials(doc: Doc, spans: list[Span]) -> list[Span]:
    """'Moh' + '.' + 'Rizal' split by the NER: one name when only an abbreviation's dot is between."""
    out: list[Span] = []
    for sp in sorted(spans, key=lambda s: s.start):
        if out and sp.start - out[-1].end <= 1 and len(out[-1][-1]) <= 4 and \
                doc[out[-1].end:sp.start].text.strip() in {"", "."}:
            out[-1] = doc[out[-1].start:sp.end]
        else:
            out.append(sp)
    return out


def _abbreviation_dot(doc: Doc, n: int, begin: int, org: frozenset[str]) -> bool:
    """'Moh. Rifani', 'Abd. Rahman': the dot of a short abbreviated first name inside a run."""
    ws = doc_words(doc)
    return (ws[n] == "." and n > begin and len(ws[n - 1]) <= 3 and ws[n - 1][:1].isupper()
            and n + 1 < len(ws) and _name_word_at(doc, n + 1, org))


def _skip_title_words(doc: Doc, j: int, heads: dict[int, int], org: frozenset[str]) -> int:
    ws, lowers, tags = _arrays(doc)   # the word arrays, not Tokens
    while j < len(ws):
        text, low = ws[j], lowers[j]
        if text == "(":
            close = next((c for c in range(j, min(len(ws), j + 12)) if ws[c] == ")"), None)
            if close is None:
                return j
            j = close + 1
        elif j in heads:
            j = heads[j]
        elif ((low in org and (text[:1].isupper() or tags[j] == "PROPN")) or _common_word(text)
              or text.isdigit() or _unit_code(doc, j)
              or low in _TITLE_CONNECTORS or text in {"/", "-", "&"} or _acronym(text)
              or (text.isspace() and "\n" not in text)):
            j += 1
        else:
            return j
    return j


def _unit_code(doc: Doc, j: int) -> bool:
    """'Dandim 0420/Sarko', 'Danrem 042/Gapu': the word glued after a slash names the unit ('Antara/Budi'
    credits a photo); after a person's name it is a partner's ('pasangan Fajar Santoso/Rian Hidayat')."""
    ws = doc_words(doc)
    return j > 0 and ws[j - 1] == "/" and not doc_spaces(doc)[j - 1] and ws[j][:1].isupper() \
        and not (j > 1 and doc[j - 2].ent_type_ in {"PER", "PERSON"} and not ws[j - 2].isupper())


def _skip_separators(doc: Doc, j: int) -> int:
    ws = doc_words(doc)
    while j < len(ws):
        text = ws[j]
        if text in {",", ":"} or _honorific_at(doc, j) or (text.isspace() and "\n" not in text):
            j += 1
        elif text == "." and j > 0 and is_honorific(ws[j - 1]):
            j += 1
        else:
            return j
    return j


def _degree_len(doc: Doc, j: int) -> int:
    """Tokens of a degree at ``j``: 'M.H.' is one, 'Eng' + '.' two; 0 when none."""
    tb = doc_table(doc)
    if is_degree(tb.words[j]):
        # 'M.Pd.I.' split after 'M.Pd.': the glued initial is the degree's
        glued = j + 1 < len(doc) and not doc_spaces(doc)[j] and re.fullmatch(r"[A-Z]\.", tb.words[j + 1])
        return 2 if glued else 1
    return 2 if j + 1 < len(doc) and tb.words[j + 1] == "." and is_degree(tb.words[j] + ".") else 0


def _name_follows(doc: Doc, j: int, org: frozenset[str]) -> bool:
    """A name after the comma, maybe after a place ('RSPAD Gatot Subroto, Jakarta, Siti Maryam');
    degrees after a comma are no name ('Barliansyah, S.I.K., M.H.')."""
    tb = doc_table(doc)
    start = j
    j = _skip_separators(doc, j)
    if start < j < len(doc) and re.fullmatch(r"[A-Z]\.", tb.words[j]) and not doc_spaces(doc)[j - 1] \
            and is_degree(tb.words[j - 1]):
        j += 1   # 'M.Pd.I.' split after 'M.Pd.': the glued initial ends the degree, it opens no name
    while j < len(doc) and (_degree_len(doc, j) or tb.words[j] in {",", "."}):
        j += max(1, _degree_len(doc, j))
    if j < len(doc) and _acronym_like(tb.words[j]) \
            and any(_degree_len(doc, i) or _honorific_at(doc, i) for i in range(start, j)):
        return False   # "Dr. M. Yani, M.Kes.PKK.": an organisation's acronym after the degrees
    if j < len(doc) and tb.lowers[j] in org and tb.words[j][:1].isupper():
        k = j
        while k < len(doc) and tb.lowers[k] in org and tb.words[k][:1].isupper():
            k += 1
        if k < len(doc) and tb.words[k] == ",":
            j = _skip_separators(doc, k)
    return j < len(doc) and _name_word_at(doc, j, org)


def _acronym(x: str) -> bool:
    return (len(x) >= 2 and x.isupper() and x.isalpha()) or ("." in x[1:-1] and x[:1].isupper() and len(x) > 4
                                                             and x.lower().endswith((".com", ".id", ".co")))


_NAME_WORD_SHAPE = re.compile(r"^[A-Z][\w’'.-]*(?:,[A-Z][\w.]*)?$")


def _name_token(tok, org: frozenset[str]) -> bool:
    return _name_word(tok.text, tok.lower_, tok.pos_, org)


def _name_word_at(doc: Doc, i: int, org: frozenset[str]) -> bool:
    """``_name_token(doc[i], org)`` read from the word arrays (the name rules ask it of most words
    after a title)."""
    ws, lowers, tags = _arrays(doc)
    return _name_word(ws[i], lowers[i], tags[i], org)


def _arrays(doc: Doc) -> tuple[list[str], list[str], list[str]]:
    """Each token's text, lower-case text and ``pos_`` ("" where the analyser tagged none), in
    one look-up (the word tests below run on most words near a title)."""
    t = doc_table(doc)
    return t.words, t.lowers, t.pos


@lru_cache(maxsize=65536)   # the same words near every title; ``org`` is one set per article
def _name_word(x: str, low: str, pos: str, org: frozenset[str]) -> bool:
    if not x[:1].isupper() or low in org or _common_word(x):
        return False
    if low in words("title_heads") or low in words("title_bylines"):
        return False
    if pos in {"ADP", "PRON", "DET", "CCONJ", "SCONJ"} or low in words("official_function_words"):
        return False
    if low in words("quote_cues_short") or low in words("quote_cues_verbs") \
            or low in words("official_not_name_words"):
        return False   # sentence-initial "Menurut X, ..."
    if _HYPHENATED_ACRONYM.match(x):
        return False   # 'Bapepam-LK', 'BPKP-RI': a body's short form, not a name word
    return bool(_NAME_WORD_SHAPE.match(x))   # "Lubis,M.Si." keeps its name


_HYPHENATED_ACRONYM = re.compile(r"^(?:[A-Z][A-Za-z]*-)+[A-Z]{2,}$|^[A-Z]{2,}-[A-Z]")


def _honorific_at(doc: Doc, i: int) -> bool:
    """An honorific, rank or courtesy word; "Sri"/"Seri" after "Dato"/"Tan" is one too."""
    # read from the word arrays: the name rules ask this of most words near a title
    ws, lowers, _ = _arrays(doc)
    text, low = ws[i], lowers[i]
    if _honorific_word(text, low):
        return True
    if low in {"tni", "polri"}:
        return i > 0 and lowers[i - 1].rstrip(".") in words("official_ranks")   # "Brigjen TNI"
    return low in {"sri", "seri"} and i > 0 and lowers[i - 1].rstrip("'’.") in {"dato", "datuk", "tan"}


def _acronym_like(x: str) -> bool:
    """'BPJS', 'DP3AP2-KB', 'KPw': an organisation's short form, not a name word."""
    return (len(x) >= 3 and x.isupper() and x.isalpha()) or (x[:1].isupper() and any(c.isdigit() for c in x))


def _not_name_lead(doc: Doc, i: int, place: frozenset[str]) -> bool:
    """A word in front of a name that belongs to the title before it: an organisation word,
    an acronym, a derived common word, a place named as such in this article."""
    ws, lowers = doc_words(doc), doc_lowers(doc)
    text, low = ws[i], lowers[i]
    return (low in words("title_org_words") or _common_word(text) or low in place
            or _acronym_like(text) or (i > 0 and f"{lowers[i - 1]} {low}" in _region_names())
            or low in words("official_regions") or low in words("place_id_provinces")
            or (i > 0 and _roman_numeral(ws[i - 1]) and low in _region_names()))   # "PTPN IV Palu"


def _cut_lead(doc: Doc, start: int, end: int) -> int:
    """Where the name starts in a capitalised run that may begin with title words: after an
    honorific inside the run ('Unswagati Dr H Mukarto Siswoyo'), after the last title word that
    leaves two name words ('Polbangtan Malang Setyabudi Udrayana', 'Kota Depok Elly Farida').
    A run of two words is left alone: 'Bima Arya' is a name even where Bima is a city."""
    ws, lowers = doc_words(doc), doc_lowers(doc)
    if end - start == 2 and start > 0 and ws[start].lower() in _region_names() and \
            (lowers[start - 1] in words("title_org_words") or _acronym_like(ws[start - 1])):
        return start + 1    # "Politeknik Palu Amiruddin": the place ends the organisation's name
    if end - start < 3 or all(w.isupper() for w in ws[start:end]):
        return start
    place = _place_words(doc)
    for k in range(end - 2, start, -1):
        if _honorific_at(doc, k):
            return k + 1
    cut = start
    for k in range(start, end - 2):
        if ws[k][:1].isupper() and _not_name_lead(doc, k, place):
            cut = k + 1
    if cut == start and _acronym_like(ws[end - 2]):
        cut = end - 1       # "Keluarga DP3AP2-KB Jusmani": one name word after an acronym
    return cut


@lru_cache(maxsize=None)
def _title_and_byline_words() -> frozenset[str]:
    return words("title_heads") | words("title_bylines")


def _trim(doc: Doc, start: int, end: int) -> Optional[Span]:
    heads = _title_and_byline_words()
    ws, lowers = doc_words(doc), doc_lowers(doc)   # the word arrays, not a Token per look
    # "Budi Santoso (Busan)": the bracket holds an alias, not more name
    end = next((i for i in range(start, end) if ws[i] in {"(", "|", "\n"} or "\n" in ws[i]), end)
    for _ in range(2):    # honorifics before the name, then again after title words are cut
        while start < end and (_honorific_at(doc, start) or lowers[start] in heads
                               or ws[start] in _SEPARATORS or ws[start].isspace()):
            start += 1
        if start in _heads(doc) and _heads(doc)[start] < end:
            start = _heads(doc)[start]   # a title of several words ("Chief Executive Officer Gojek")
        start = _cut_lead(doc, start, end)
    while end > start and (is_degree(ws[end - 1]) or ws[end - 1] in _SEPARATORS or ws[end - 1].isspace()):
        end -= 1
    return doc[start:end] if end > start else None


@lru_cache(maxsize=None)
def _byline_name() -> str:
    """A name of up to four capitalised words, which stops at the next byline role or site line: where a
    scraper runs the page's lines together ("Pewarta: X Y Editor: Z COPYRIGHT © ANTARA 2024") the line
    no longer ends the name. A site's domain ("TRIBUNJAMBI.COM") is no name either."""
    table = mapping("page_lines")
    openers = {o.split()[0].rstrip(":") for k in ("links", "inserts", "trailers", "captions") for o in table[k]}
    stops = sorted({w for w in openers | words("title_bylines") | words("title_byline_short") if w.isalpha()},
                   key=len, reverse=True)
    word = rf"(?!(?i:{'|'.join(stops)})\b)(?![A-Z]+\.(?:COM|CO|ID|NET)\b)[A-Z][\w’'.-]*"
    return rf"[A-Z][\w’'.-]*(?:[ \t]+{word}){{0,3}}"


@lru_cache(maxsize=None)
def _byline_after_comma() -> re.Pattern:
    return re.compile(rf"[ \t]*,[ \t]*({_byline_name()})")


@lru_cache(maxsize=None)
def _byline_re() -> re.Pattern:
    roles = "|".join(sorted(words("title_bylines") | words("title_byline_short"), key=len, reverse=True))
    firsts = _first_letters(words("title_bylines") | words("title_byline_short"))
    return re.compile(rf"(?=(?i:[{firsts}]))\b(?P<role>(?i:{roles}))[ \t]*:[ \t]*(?P<name>{_byline_name()})")


def _first_letters(alternatives) -> str:
    """The first characters of a regex alternation's words, for a character class in front of it:
    the scan then passes over positions where no word can start without trying each word there
    (within the same (?i:...) as the words, so it admits exactly their case variants)."""
    return "".join(sorted({re.escape(w[0]) for w in alternatives}))


@lru_cache(maxsize=None)
def _bare_byline_re() -> re.Pattern:
    """A byline line without a colon: '- by Penta Maydita', 'Editor Aris Basuki'."""
    roles = "|".join(sorted(words("title_bylines") | {"by", "oleh"}, key=len, reverse=True))
    return re.compile(rf"(?m)^[ \t\-–—•|]*(?P<role>(?i:{roles}))[ \t]+(?P<name>{_byline_name()})[ \t]*$")


def _byline_role(role: str) -> str:
    aliases = mapping("title_byline_aliases")
    return aliases.get(role.lower(), role[:1].upper() + role[1:])


def _short_role_placed(text: str, m: re.Match) -> bool:
    """'Rep'/'Red'/'Laporan' are roles only where a byline starts: a line start or a separator."""
    if m.group("role").lower() not in words("title_byline_short"):
        return True
    before = text[text.rfind("\n", 0, m.start()) + 1:m.start()].rstrip()
    return not before or before[-1] in "|/-–—("


def _colon_byline_matches(text: str) -> list[re.Match]:
    """``_byline_re().finditer(text)``, scanned only on the lines that hold a colon: a match never
    crosses a line (roles are words, the name's words are joined by spaces or tabs) and always
    holds the colon, so the other lines (most of the text) have none."""
    rx, out = _byline_re(), []
    colon = text.find(":")
    while colon >= 0:
        start = text.rfind("\n", 0, colon) + 1
        end = text.find("\n", colon)
        end = len(text) if end < 0 else end
        out += rx.finditer(text, start, end)
        colon = text.find(":", end)
    return out


def byline_roles(doc: Doc) -> dict[int, str]:
    """Token index where a byline name starts -> its role ('Pewarta: Yuniarti', 'Penulis: X |
    Editor: Y', 'Rep: X/ Red: Y', '- by X'). Computed once per Doc."""
    def compute():
        text, out = doc_text(doc), {}
        matches = [m for m in _colon_byline_matches(text) if _short_role_placed(text, m)]
        for m in matches + list(_bare_byline_re().finditer(text)):
            start, end = m.start("name"), m.end("name")
            role = _byline_role(m.group("role"))
            if m.group("name").split()[0].lower() in words("title_bylines"):
                # "Penulis: Kontributor Palu, Erna Dwi": the name follows the writer's description,
                # which is the more precise role
                after = _byline_after_comma().match(text, end)
                if after is None:
                    continue
                role = m.group("name").strip()
                start, end = after.start(1), after.end(1)
            sp = doc.char_span(start, end, alignment_mode="contract")
            if sp is not None and len(sp):
                out.setdefault(sp.start, (sp.end, role))
        return out
    return per_doc(doc, "officials.bylines", compute)


def _byline_spans(doc: Doc) -> list[Span]:
    return [doc[s:e] for s, (e, _) in sorted(byline_roles(doc).items())]


def _plausible_name(name: str) -> bool:
    ws = name.split()
    return bool(ws) and len(ws) <= 6 and ws[0][:1].isupper() and bool(name_words(name)) \
        and len(name.replace(".", "")) >= 2


def person_aliases(doc: Doc, spans: list[Span]) -> dict[str, str]:
    """'Budi Santoso (Busan)': a single capitalised word in brackets right after a name;
    'Ridwan Kamil yang akrab disapa Emil': a nickname after a cue, of the person named last."""
    out = {}
    cues = words("official_nickname_cues")
    ws, lowers = doc_words(doc), doc_lowers(doc)   # the word arrays, not Tokens
    for i, sp in enumerate(spans):
        # 'yang akrab disapa Komang Deleng': a nickname may take two words, the full name more
        if len(sp) <= 2 and any(low in cues for low in lowers[max(0, sp.start - 2):sp.start]):
            full = next((clean_name(_text(o)) for o in reversed(spans[:i]) if len(o) > len(sp)), None)
            if full:
                out[clean_name(_text(sp))] = full
    out.update(_nicknames_after_cues(doc, spans, cues))
    for sp in spans:
        toks = ws[sp.end:sp.end + 3]
        if len(toks) == 3 and toks[0] == "(" and toks[2] == ")" and toks[1][:1].isupper() and not toks[1].isupper():
            out[toks[1]] = clean_name(_text(sp))
    return out


def _nicknames_after_cues(doc: Doc, spans: list[Span], cues: frozenset[str]) -> dict[str, str]:
    """'yang akrab disapa Bams' where the NER tagged no person there but does tag a later
    'Bams mengatakan': the capitalised word after the cue is the nickname of the name before."""
    out = {}
    ws = doc_words(doc)
    for i in (k for k, low in enumerate(doc_lowers(doc)) if low in cues and k + 1 < len(doc)):
        nick = ws[i + 1]
        full = next((clean_name(_text(o)) for o in reversed(spans) if o.end <= i and len(o) >= 2), None)
        if full and nick[:1].isupper() and nick.isalpha() and not nick.isupper():
            out[nick] = full
    return out


# a writer's sign-off: "... ujarnya. (agus)" or "... katanya. santi" at the end of the text, or a
# photo credit "-febi/palpos.id-"
_SIGNOFF_END = re.compile(r"(?:\((?P<a>[a-z]{4,12})(?:/[a-z.]+)?\)|(?<=[.!?”\"’] )(?P<b>[a-z]{4,12}))\s*$")
_PHOTO_CREDIT = re.compile(r"-(?P<c>[a-z]{4,12})/[a-z][\w.]*-")


def _signoffs(doc: Doc, sent_of) -> list[_Person]:
    """Reporters signing with a lower-case name; the guideline lists them with no title."""
    text = doc_text(doc)
    found = []
    body = text[:page.of(doc).report_end]   # a sign-off ends the report, above the lines the site adds
    # a sign-off ends the text and holds no space: it lies in the last word (and the two
    # characters its lookbehind reads), so the scan starts there, not at every character
    last = body.rsplit(None, 1)[-1] if body else ""
    tail = max(0, len(body) - len(last) - 2)
    for m in [*_PHOTO_CREDIT.finditer(text), *_SIGNOFF_END.finditer(body, tail)]:
        group = next(g for g in ("a", "b", "c") if g in m.re.groupindex and m.group(g))
        name = m.group(group)
        if name not in words("official_signoff_codes") and name not in words("lang_id_stopwords"):
            found.append(_Person(name, None, m.start(group), m.end(group), sent_of(m.start(group)),
                                 "official.signoff"))
    return found + _closing_name_line(doc, sent_of)


_PLAIN_CAPITALISED = re.compile(r"[A-Z][a-z]+")


def _closing_name_line(doc: Doc, sent_of) -> list[_Person]:
    """A last line holding only two to four capitalised name words: the writer signing off."""
    text = doc_text(doc)[:page.of(doc).report_end]
    start = text.rfind("\n") + 1
    line = text[start:].strip()
    ws = line.split()
    org = words("title_org_words") | words("official_countries") | words("official_regions")
    if not 2 <= len(ws) <= 4 or not all(_PLAIN_CAPITALISED.fullmatch(w) for w in ws) \
            or any(w.lower() in org or w.lower() in words("title_heads") for w in ws) \
            or line.lower() in _region_names():
        return []
    at = text.index(line, start)
    return [_Person(line, None, at, at + len(line), sent_of(at), "official.signoff")]


def _outside_link_lines(doc: Doc, found: list[_Person]) -> list[_Person]:
    """Drop people named only in links to other articles ('Baca juga: Wali Kota X Resmikan ...': headlines
    of other articles) and in lines the site inserts ('Halaman Selanjutnya')."""
    lines = page.of(doc)
    skipped = tuple(sorted({*lines.links, *lines.inserts}))
    if not skipped:
        return found
    return [p for p in found if not page.within(skipped, p.start)]


_LINE = re.compile(r"[^\n]+")
# a quotation closing a sentence ends with punctuation inside its marks; a headline may end on a quotation
# of its own ('Wali Kota Medan: "Kita Darurat Sampah"')
_SENTENCE_END = re.compile(r"(?:[.!?)]|[.,!?][\"”’])\s*$")


def _title_case_line(line: str) -> bool:
    """A headline: short, no closing punctuation, its longer words capitalised."""
    longer = [w for w in re.findall(r"[^\W\d_][\w-]*", line) if len(w) > 3]
    return bool(longer) and len(line.split()) <= 20 and not _SENTENCE_END.search(line) \
        and not line.rstrip().endswith(":") and sum(w[0].isupper() for w in longer) >= 0.8 * len(longer)


def _outside_headline(doc: Doc, found: list[_Person]) -> list[_Person]:
    """Drop 'people' that only the headline names: its capitalised words ('Harga Rumput Laut
    Anjlok', 'Rektor Ingatkan Bahaya Pinjol') fool the NER, and a real person in the headline
    is one of the people the body names."""
    text = doc_text(doc)
    first = _LINE.match(text)
    if first is None or first.end() >= len(text) or not _title_case_line(first.group(0)):
        return found      # no headline line: the text opens with the lead
    in_body = {w for p in found if p.start >= first.end() for w in p.name.split() if len(w) > 2}
    return [p for p in found if p.start >= first.end() or p.rule == "official.byline"
            or any(w in in_body for w in p.name.split())]


def _outside_quotes(doc: Doc, found: list[_Person]) -> list[_Person]:
    """Drop people named only inside quoted speech ("... gagasan Pak Menteri X ..."): the NER
    is least reliable there and the guideline's officials are the article's actors."""
    from .quotes import paragraph_passages

    spans, text = [], doc_text(doc)
    for m in _LINE.finditer(text):
        spans += [(cs, ce) for _, cs, ce, _ in paragraph_passages(text, m.start(), m.end())
                  if len(text[cs:ce].split()) >= 4]
    inside = [any(a <= p.start < b for a, b in spans) for p in found]
    outside_words = set()
    for p, ins in zip(found, inside):
        if not ins:
            outside_words |= name_words(p.name, distinctive=True)
    # a titled full name is reliable even in quoted speech ("... Presiden Budi Santoso ...", "... ditemani
    # Budi Santoso, Direktur Bank X, ...")
    return [p for p, ins in zip(found, inside)
            if not ins or name_words(p.name, distinctive=True) & outside_words
            or (p.title and p.rule == "official.title_before"
                and (len(p.name.split()) >= 2 or _cue_before_title(doc, p)))
            or (p.title and p.rule == "official.title_after" and len(p.name.split()) >= 2)]


def _cue_before_title(doc: Doc, p: _Person) -> bool:
    """'“... siswa,: ujar Sekretaris Dinas X, Sulardi': the speaker after a cue, where a
    mistyped closing mark left the quote open."""
    text = doc_text(doc)
    at = text.rfind(p.title, max(0, p.start - len(p.title) - 8), p.start)
    before = text[max(0, at - 20):at].split() if at > 0 else []
    cues = words("quote_cues_short") | words("quote_cues_verbs")
    return bool(before) and before[-1].lower() in cues


# ---------------------------------------------------------------- titles

_ORDINAL = re.compile(r"ke-?\d{1,3}")


def _title_token(doc: Doc, i: int, place: frozenset[str] = frozenset()) -> bool:
    ws, lowers, tags = _arrays(doc)   # the word arrays, not Tokens: asked of every word of a title, right to left
    x = ws[i]
    if x.isspace():
        return "\n" not in x
    if x in _TITLE_PUNCT or x.lower() in _TITLE_CONNECTORS:
        return True
    if x[:1].isupper() or x[:1].isdigit() or _ORDINAL.fullmatch(x):
        return True        # 'Presiden ke-5 X', 'Presiden RI ke-6 Y'
    if lowers[i] in words("title_state_words") and i in _head_ends(doc):
        return True   # "Presiden terpilih Joko Widodo", "Politisi senior Partai Golkar"
    if x == "." and i > 0 and ws[i - 1].isalpha() and len(ws[i - 1]) <= 4 and ws[i - 1][:1].isupper():
        return True   # abbreviated head: "Plh. Kepala ..."
    if i + 1 < len(doc) and _honorific_at(doc, i) and ws[i + 1][:1].isupper():
        return True   # an institution named after a person: "Direktur RSUD dr. Soetomo"
    return tags[i] == "PROPN" or lowers[i] in place   # lower-cased place in a title ("Wali Kota kendari")


def _left_title(doc: Doc, sp: Span, heads: dict[int, int], per_tokens: set[int],
                place: frozenset[str] = frozenset()) -> Optional[str]:
    """The title phrase ending just before the name, opening at its leftmost head."""
    tb = doc_table(doc)
    ws = doc_words(doc)
    i = sp.start - 1
    while i >= 0 and (ws[i] in _SEPARATORS or _honorific_at(doc, i) or (ws[i].isspace() and "\n" not in ws[i])):
        i -= 1
    copula = i > 0 and i == sp.start - 1 and doc_lowers(doc)[i] in _COPULAS
    if copula:
        i -= 1     # 'Sekretaris Jenderal partai adalah X': the post is the subject, the name its predicate
    region_end = i + 1
    if i >= 0 and doc_lowers(doc)[i] in _LIST_CONNECTORS:
        return None   # 'A sebagai juru bicara dan B ...': the post before 'dan' is the previous person's
    if i >= 0 and ws[i] == ")" and _bracketed_title(doc, i, heads):
        return None   # "(Rektor X), Prof. Y": the bracket is the previous person's title
    first, head_seen, j = region_end, False, i
    while j >= 0 and region_end - j <= _MAX_TITLE_TOKENS and j not in per_tokens:
        if ws[j] == ",":
            # a comma inside a title ("Wali Kota Sibu, Sarawak") only before its head is found
            if head_seen or j == 0 or not _title_token(doc, j - 1, place) or (j - 1) in per_tokens:
                break
            j -= 1
            continue
        district = _district_link(doc, j, place)
        if district:          # "Anggota DPRD Jabar dari daerah pemilihan Garut": the words run on
            first, j = j - district + 1, j - district
            continue
        if not _title_token(doc, j, place) and not _faction_link(doc, j, place):
            break
        head_seen = head_seen or j in heads
        first = j
        j -= 1
    if _previous_holders_title(doc, first, per_tokens):
        return None
    for k in range(first, region_end):
        if k in heads:
            return _phrase(doc, _head_chain_start(doc, k, per_tokens), region_end)
    # "anggota DPR RI Rachmat Gobel": a lower-case head right before capitalised title words
    # only heads ending 0-3 words before ``first`` can pass the tests below (their gaps are 0-3 words)
    lower = next((s for s, e in _any_heads_ending_near(doc, first) if s not in per_tokens and
                  (e == first or (e == first - 1 and tb.lowers[e] == "dari") or _field_of_expert(doc, s, e, first)
                   or _lower_case_body(doc, e, first))),
                 None)
    if lower is not None and first < region_end and _one_phrase(ws[first:region_end]):
        return _phrase(doc, _head_chain_start(doc, lower, per_tokens), region_end)
    if region_end == sp.start or copula:
        return _lower_case_post_before_name(doc, region_end, per_tokens)
    return _lower_case_post(doc, region_end, sp.start, per_tokens)


def _lower_case_post_before_name(doc: Doc, name_start: int, per_tokens: set[int]) -> Optional[str]:
    """'Direktur perseroan Susanto', 'kepala pemasaran Ratna Dewi': a head and one or two lower-case words
    that say what it heads, right before the name. A bare head needs the words: 'kepala Budi' is a body part."""
    tb = doc_table(doc)
    ends = _any_head_ends(doc)
    k, head = name_start, None
    while head is None and name_start - k < 2 and k > 0 and tb.words[k - 1].isalpha() \
            and tb.words[k - 1].islower() and (k - 1) not in per_tokens and _plain_word(tb.lowers[k - 1]) \
            and not _ANOTHER.fullmatch(tb.lowers[k - 1]):
        k -= 1
        head = ends.get(k)
    if head is None or head in per_tokens:
        return None
    return _phrase(doc, _head_chain_start(doc, head, per_tokens), name_start)


def _lower_case_post(doc: Doc, region_end: int, name_start: int, per_tokens: set[int]) -> Optional[str]:
    """'Ketua panitia diskusi, Muhammad Fadhil', 'Koordinator lapangan aksi, Dadan': a head that opens
    its sentence or clause and one to three lower-case words, set off from the name by a comma."""
    tb = doc_table(doc)
    if "," not in tb.words[region_end:name_start]:
        return None
    ends = _any_head_ends(doc)
    k, head = region_end, None
    while head is None and k > 0 and region_end - k < 3 and tb.words[k - 1].isalpha() \
            and tb.words[k - 1].islower() and (k - 1) not in per_tokens and _plain_word(tb.lowers[k - 1]):
        k -= 1
        head = ends.get(k)   # the lower-case words run back to where a head ends
    if head is None:
        return None
    opens = head == 0 or tb.words[head - 1] in {".", "-", "–", "—", "“", '"'} \
        or tb.is_space[head - 1] and "\n" in tb.words[head - 1]
    if head > 0 and tb.lowers[head - 1] in _speech_cue_words():
        return _phrase(doc, head, region_end)   # '..., kata sekretaris koperasi, Budi Harjanto'
    # a capitalised head opens a sentence; a lower-case one a clause ('Sementara itu, penasihat hukum terdakwa, X')
    if not (opens and tb.words[head][:1].isupper() or tb.words[head - 1] == ","):
        return None
    return _phrase(doc, head, region_end)


def _head_chain_start(doc: Doc, k: int, per_tokens: set[int]) -> int:
    """'Pelatih kepala Persipura', 'asisten pelatih PSBS Biak': heads written one after another
    make one post, which opens at the first."""
    ends = _any_head_ends(doc)
    while k in ends and ends[k] < k and ends[k] not in per_tokens:
        k = ends[k]
    return k


def _plain_word(low: str) -> bool:
    """A lower-case word that may describe a post ('panitia', 'lapangan'), not a verb, a function word
    or a possessive ('mengatakan', 'yang', 'timnya'); five-letter me- words are nouns ('merek', 'media')."""
    return not (low in words("official_function_words") or low in words("quote_cues_verbs")
                or low in words("quote_cues_short") or low.endswith("nya") or (low.startswith("me") and len(low) > 5))


def _previous_holders_title(doc: Doc, first: int, per_tokens: set[int]) -> bool:
    """'A sebagai Kepala Bagian X, B sebagai Sekretaris Y', 'Saat A menjadi Gubernur X, B ...': the title
    before B is A's."""
    lowers = doc_lowers(doc)
    return first >= 2 and lowers[first - 1] in {"sebagai", "selaku", "menjadi"} and (first - 2) in per_tokens


def _faction_link(doc: Doc, j: int, place: frozenset[str]) -> bool:
    """'Anggota Komisi IV DPRD NTB dari Fraksi PKS': 'dari' between capitalised title words."""
    ws = doc_words(doc)
    return ws[j] == "dari" and 0 < j < len(ws) - 1 and ws[j + 1][:1].isupper() \
        and _title_token(doc, j - 1, place) and ws[j - 1][:1].isupper()


def _district_link(doc: Doc, j: int, place: frozenset[str]) -> int:
    """How many words end at ``j`` that link a council seat to its electoral district ('dari daerah
    pemilihan', 'dari dapil') between capitalised title words; 0 if none."""
    lowers, ws = doc_lowers(doc), doc_words(doc)
    for phrase in (("dari", "daerah", "pemilihan"), ("dari", "dapil")):
        k = j - len(phrase) + 1
        if k >= 1 and tuple(lowers[k:j + 1]) == phrase and ws[j][:1].islower() \
                and j + 1 < len(ws) and ws[j + 1][:1].isupper() and _title_token(doc, k - 1, place):
            return len(phrase)
    return 0


def _one_phrase(ws: list[str]) -> bool:
    """No comma, and brackets only around a short form ('Juru bicara Panitia Khusus (Pansus) III'):
    a lone closing bracket ends someone else's aside."""
    depth = 0
    for w in ws:
        if w == ",":
            return False
        depth += (w == "(") - (w == ")")
        if depth < 0:
            return False
    return depth == 0


def _lower_case_body(doc: Doc, e: int, first: int) -> bool:
    """'anggota komisi IV DPR RI': a body's word written in lower case between the head and the
    capitalised rest of the title."""
    tb = doc_table(doc)
    gap = tb.lowers[e:first]
    body = words("title_org_words") | words("title_lower_body_words")
    return 1 <= len(gap) <= 2 and all(w.isalpha() and w in body for w in gap) \
        and all(w.islower() for w in tb.words[e:first])


def _skip_expert_field(doc: Doc, s: int, e: int) -> int:
    """'Pengamat politik dari Universitas X Name': after an expert's head, one to three lower-case field
    words (and 'dari') before the capitalised institution are the title's; where else the scan stops."""
    lowers, ws = doc_lowers(doc), doc_words(doc)
    if span_text(doc, s, e).lower() not in words("title_expert_heads"):
        return e
    j = e
    while j < len(ws) and j - e < 3 and ws[j].isalpha() and ws[j].islower() and lowers[j] not in {"dari", "di"}:
        j += 1
    if j > e and j < len(ws) and lowers[j] in {"dari", "di"}:
        j += 1
    return j if j > e and j < len(ws) and ws[j][:1].isupper() else e


def _field_of_expert(doc: Doc, s: int, e: int, first: int) -> bool:
    """'Pengamat ekonomi Universitas Andalas': one to three lower-case field words between an
    expert's head and the capitalised institution."""
    gap = doc[e:first]
    return 1 <= len(gap) <= 3 and all(t.is_alpha and t.text.islower() for t in gap) \
        and doc[s:e].text.lower() in words("title_expert_heads")


@lru_cache(maxsize=65536)
def _honorific_word(text: str, low: str) -> bool:
    return is_honorific(text) or _courtesy(text, low)


def _courtesy(text: str, low: str) -> bool:
    return text[:1].isupper() and low in words("official_name_prefixes")


def _bracketed_title(doc: Doc, close: int, heads: dict[int, int]) -> bool:
    """'(Rektor X), Prof. Y': a bracket opening with a head right after a name, not the short
    form inside a title ('Menteri Dalam Negeri (Mendagri) Tito Karnavian')."""
    tb = doc_table(doc)
    k = close - 1
    while k >= 0 and tb.words[k] != "(" and close - k < _MAX_TITLE_TOKENS:
        k -= 1
    if not (k >= 0 and tb.words[k] == "(" and (k + 1) in heads):
        return False
    short_form = heads[k + 1] == close and k > 0 and tb.words[k - 1][:1].isupper()
    return not (short_form and (k - 1) not in _ner_person_tokens(doc))


def _right_title(doc: Doc, sp: Span, heads: dict[int, int], per_tokens: set[int],
                 brackets_only: bool = False) -> Optional[str]:
    """'Sri Wahyuni, Kepala Biro ...' or 'Bambang Irawan, M.Sc. (Rektor Universitas Borneo)'."""
    tb = doc_table(doc)
    ws = doc_words(doc)   # the word arrays, not Tokens
    k = sp.end
    while k < len(ws) and (ws[k] in _SEPARATORS or is_degree(ws[k]) or (ws[k].isspace() and "\n" not in ws[k])):
        if ws[k] == "." and not (is_degree(ws[k - 1]) or len(ws[k - 1]) <= 2):
            return None   # "... Marcelo Santos. Pelatih Persipal, X": the next sentence's title
        k += 1
    paren = k < len(ws) and ws[k] == "("
    if brackets_only and not paren:
        return None
    if paren:
        k += 1
    cued = _appositive_cue_end(doc, k)
    if cued is None and not paren and k < len(doc) and k not in heads and k in _any_heads(doc) \
            and tb.words[k - 1] == "," and _any_heads(doc)[k] < len(doc) \
            and tb.words[_any_heads(doc)[k]][:1].isupper():
        cued = k          # "Arifin Tasrif, guru besar Fakultas Teknik ...": a lower-case appositive
    if cued is not None and not paren:
        return _cued_title(doc, cued, per_tokens)
    if not paren and not brackets_only:
        profession = _cued_profession(doc, k)
        if profession is not None:
            return profession   # 'X adalah aktris muda', 'X sebagai pelukis ...'
    if k >= len(doc) or k not in heads or (k == sp.end and not _glued_title_after(doc, sp, k, heads)):
        return None
    j = k
    while j < len(ws) and j - k < _MAX_TITLE_TOKENS and j not in per_tokens and _title_token(doc, j):
        if paren and ws[j] == ")":
            break
        j += 1
    # the phrase is the next person's title, not this one's ("A, Kepala X B")
    if j < len(doc) and j in per_tokens:
        return None
    return _phrase(doc, k, j)


def _glued_title_after(doc: Doc, sp: Span, k: int, heads: dict[int, int]) -> bool:
    """'... dan Nurdin Abdullah Bupati Bantaeng di Sulsel': a full name followed with no comma by a
    capitalised head and the body or region it heads is that person's position (a title before a name
    was looked for first)."""
    ws = doc_words(doc)
    return len(sp) >= 2 and ws[k][:1].isupper() and heads[k] < len(doc) and ws[heads[k]][:1].isupper()


def _cued_profession(doc: Doc, k: int) -> Optional[str]:
    """After 'adalah', 'sebagai', 'seorang' ...: a public profession in lower case ('aktris', 'pesepak bola')."""
    cues, lowers, ws = words("official_appositive_cues"), doc_lowers(doc), doc_words(doc)
    j = k
    while j < len(lowers) and j - k < 4 and lowers[j] in cues:
        j += 1
    if j == k:
        return None
    for n in (2, 1):
        if j + n <= len(ws) and all(w.islower() for w in ws[j:j + n]) \
                and " ".join(lowers[j:j + n]) in words("title_professions"):
            return _phrase(doc, j, j + n)
    return None


def _appositive_cue_end(doc: Doc, k: int) -> Optional[int]:
    """After 'selaku', 'yang juga', 'sebagai' ...: where the position starts, if a head is there."""
    cues = words("official_appositive_cues")
    j, lowers = k, doc_lowers(doc)
    while j < len(lowers) and j - k < 4 and lowers[j] in cues:
        j += 1
    return j if j > k and j in _any_heads(doc) else None


def _any_heads(doc: Doc) -> dict[int, int]:
    return per_doc(doc, "officials.any_heads", lambda: any_case_title_heads(doc))


def _any_head_ends(doc: Doc) -> dict[int, int]:
    """Where each head of any case ends -> where it starts (the last head in the table's order
    where two end together), once per Doc: asked for each title."""
    return per_doc(doc, "officials.any_head_ends", lambda: {e: s for s, e in _any_heads(doc).items()})


def _any_heads_ending_near(doc: Doc, first: int) -> list[tuple[int, int]]:
    """The heads of any case that end 0-3 words before ``first``, in the table's order: the only
    ones a lower-case head before a title's capitalised words can be (no scan of every head per title)."""
    by_end = per_doc(doc, "officials.any_heads_by_end", lambda: _heads_by_end(_any_heads(doc)))
    near = [h for e in range(first - 3, first + 1) for h in by_end.get(e, ())]
    return [(s, e) for _, s, e in sorted(near)] if len(near) > 1 else [(s, e) for _, s, e in near]


def _heads_by_end(heads: dict[int, int]) -> dict[int, list[tuple[int, int, int]]]:
    out: dict[int, list[tuple[int, int, int]]] = {}
    for order, (s, e) in enumerate(heads.items()):
        out.setdefault(e, []).append((order, s, e))
    return out


def _cued_title(doc: Doc, k: int, per_tokens: set[int]) -> Optional[str]:
    """'selaku wakil direktur PT. Metro Mesin': heads of any case, then the title's words."""
    heads, j = _any_heads(doc), k
    while j < len(doc) and j - k < _MAX_TITLE_TOKENS and j not in per_tokens:
        if j in heads:
            j = heads[j]
        elif _title_token(doc, j):
            j += 1
        else:
            break
    return _phrase(doc, k, j)


_SPACES = re.compile(r"\s+")


_NO_TITLE_END = {",", ":", "(", "-", "dan", "serta", "di", "pada", "untuk", "of", "for", "the", "and", "&"}


def _phrase(doc: Doc, start: int, end: int) -> Optional[str]:
    ws = doc_words(doc)
    while end > start and (ws[end - 1] in _NO_TITLE_END or ws[end - 1].isspace()
                           or _full_stop(doc, end - 1, start)):   # no title ends with 'dan', 'di'
        end -= 1
    if end <= start:
        return None
    text = span_text(doc, start, end)
    return _SPACES.sub(" ", text).strip() or None


def _full_stop(doc: Doc, i: int, start: int) -> bool:
    """A title that closes its sentence ('..., Ketua TP PKK Kabupaten Wajo.') ends before the
    period, unless the period belongs to an abbreviation ('Kab.')."""
    ws = doc_words(doc)
    return ws[i] == "." and i > start and f"{ws[i - 1]}." not in words("tokenize_abbreviations")


# ---------------------------------------------------------------- merging

def _compatible(a: Optional[str], b: Optional[str]) -> bool:
    if not a or not b:
        return True
    wa, wb = set(a.lower().split()), set(b.lower().split())
    return len(wa & wb) / min(len(wa), len(wb)) >= 0.5


def _same_person(a: _Person, b: _Person) -> bool:
    wa, wb = name_words(a.name, distinctive=True), name_words(b.name, distinctive=True)
    if not wa or not wb:
        # a name of particles only ("Andi") is a short mention of a fuller name containing it
        wa, wb = name_words(a.name), name_words(b.name)
        return wa <= wb or wb <= wa
    if wa <= wb or wb <= wa:
        return True
    if _nickname_of(a.name, b.name) or _nickname_of(b.name, a.name):
        return True
    if _compatible(a.title, b.title) and _spelling_variants(a.name, b.name):
        return True
    # a misspelt surname ("Rudi Hartomo" for "Rudi Hartono"): the same given name and the same position;
    # a shared clan name is no sign ("Martua Siregar" / "Rapidin Siregar Manik")
    return _first_word(a.name, wa) == _first_word(b.name, wb) and bool(a.title) and bool(b.title) \
        and _compatible(a.title, b.title) \
        and a.title.split()[0].lower() == b.title.split()[0].lower()   # not "Bupati Sigi" / "Ketua PKK Sigi"


def _first_word(name: str, distinctive: set[str]) -> str:
    return next((w for w in name.lower().split() if w in distinctive), "")


_NON_WORD = re.compile(r"\W")


@lru_cache(maxsize=4096)   # every pair of names in an article is compared, some again and again
def _spelling_variants(a: str, b: str) -> bool:
    """'Ahmad Gusmar Harahap' / 'Ahmad Gumar Hatahap', 'Nur Bayuaji' / 'Nur Bayu Aji': one
    name written twice with a typo or a split word (letters 90% alike, first letters equal)."""
    x, y = _NON_WORD.sub("", a.lower()), _NON_WORD.sub("", b.lower())
    if min(len(x), len(y)) < 8 or x[0] != y[0]:
        return False
    return SequenceMatcher(None, x, y).ratio() >= 0.9


def _nickname_of(nick: str, full: str) -> bool:
    """'Aher' for 'Ahmad Heryawan', 'Jokowi' for 'Joko Widodo': one word of four letters or
    more made of the beginnings of two or more consecutive words of the full name."""
    ws = [w.lower() for w in full.split() if w.isalpha()]
    nick = nick.lower()
    if " " in nick or len(nick) < 4 or len(ws) < 2 or nick in ws:
        return False

    def built(rest: str, k: int, used: int) -> bool:
        if not rest:
            return used >= 2
        if k >= len(ws):
            return False
        return any(rest[:n] == ws[k][:n] and built(rest[n:], k + 1, used + 1)
                   for n in range(min(len(rest), len(ws[k])), 0, -1))

    return any(built(nick, k, 0) for k in range(len(ws) - 1))


def _same_form(f: _Person, p: _Person) -> bool:
    """``p`` matches an earlier form ``f`` of a group: a spelling variant, or two or more of its
    words ('Ahmad Gusmar' of 'Ahmad Gusmar Harahap'); one shared surname is not enough."""
    if _compatible(f.title, p.title) and _spelling_variants(f.name, p.name):
        return True
    wf, wp = name_words(f.name), name_words(p.name)
    return len(wp) >= 2 and wp <= wf


def _merge(found: list[_Person], aliases: dict[str, str]) -> list[_Person]:
    groups: list[_Person] = []
    seen: dict[int, list[_Person]] = {}     # every form a group was written in ("Gumar"/"Gusmar")
    # both tests read only names and titles, and a person is named alike many times: each pair
    # of (name, title) forms is compared once
    memo: dict[tuple, bool] = {}

    def same(test, f: _Person, p: _Person) -> bool:
        key = (test, f.name, f.title, p.name, p.title)
        if key not in memo:
            memo[key] = test(f, p)
        return memo[key]

    for p in found:
        if p.name in aliases:
            p = _Person(aliases[p.name], p.title, p.start, p.end, p.sentence, p.rule, p.evidence)
        g = next((g for g in groups if same(_same_person, g, p)), None) or next(
            (g for g in groups if any(same(_same_form, f, p) for f in seen[id(g)])), None)
        if g is None:
            groups.append(p)
            seen[id(p)] = [_Person(p.name, p.title, p.start, p.end, p.sentence, p.rule, p.evidence)]
            continue
        seen[id(g)].append(p)
        g.evidence = g.evidence or p.evidence
        if len(p.name.split()) > len(g.name.split()):
            g.name = p.name
        if g.title is None and p.title is not None:
            g.title, g.rule = p.title, p.rule
        elif p.title and g.title and p.title.startswith(g.title + " ") and p.title.count(",") == g.title.count(","):
            g.title = p.title     # "Bupati" then "Bupati Pacitan": the fuller form of the same title
    return groups


def _sentence_index(doc: Doc):
    return doc_table(doc).sentence_at_char
