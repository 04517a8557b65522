"""partners: the named parties to a cooperation (MoU, sister city, grant, training, internship...).

Only sentences with a cooperation cue (``lexicons/partner_cues.txt``) are read; weak cues
("program", "bantuan", ``partner_weak_cues.txt``) not in sport or crime sentences.
Candidates come from several sources, so that a weak NER model does not sink recall:

1. government and organisation names opened by a head word
   (``lexicons/partner_heads.json``: Pemprov, Kota, Kementerian, Universitas, PT...);
2. regions named in a head of government's title ("Bupati Sleman" -> Sleman);
3. known international organisations and aid agencies (``partner_organisations.json``);
4. ORG/LOC entities of the NER model;
5. list items after "termasuk"/"yaitu" ("termasuk ICLEI, UCLG, dan Jepang"), typed by the noun
   before the opener ("tiga provinsi di Tiongkok, yaitu ...");
6. two countries named as sides ("Indonesia dan Malaysia menyepakati"), the names around
   "antara ... dan", and acronyms the article spells out elsewhere (the expansion is the name);
7. countries known by name (CLDR and aliases), whatever the NER model made of them.

An NER span (4) is only a guess at a body, so it needs a sign of a party of its own: a known
place or body, a head or kind word, a party's frame ("dengan"/"antara"/"dari" before it, a verb of
cooperating after it, a noun for a kind of body before it), or a place in a list after a party.
Spans that name a document or topic ("Nota Kesepahaman (MoU"), fragments cut inside a
parenthesis, a titled person's office ("General Manager X") and ranked officers are dropped.

Candidates without a head word (4-7) must stand where a party stands: a bare country or province
after "dengan"/"antara" or in a list of sides, not "dari Jawa Barat" or "bahasa Jepang"; not in a
list of districts, not a program or an event, not a quoted title. Witnesses, approvers and
attendees (``partner_blockers.txt``), venues and event places (``partner_location_words.txt``),
appositive places ("Kota Sibu, Sarawak, Malaysia"), regions that only locate an office
("Bawaslu Kabupaten X") and bodies named only as a quoted person's office ("kata Kepala Dinas X,
Budi") are dropped; so are onlookers that only welcome, praise, host or stay out of a tie, research and
academic units named beside their owner ("LPPM UPR", ``partner_unit_heads.txt``) and the home places of
trainees ("guru dari A dan B", ``partner_participant_words.txt``); mentions of one party (short name,
acronym, initials or syllables of the full name, full name, a company's branch in a region) are merged
and the fullest name is kept.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator, NamedTuple

from spacy.tokens import Doc

from ..lexicon import mapping, words
from ..resolve import body_short_forms, region_codes
from ..schema import Official, Partner
from . import page
from ._doc import doc_bounds, doc_ents, doc_table, doc_text, per_doc
from ._people import is_degree, whole_word_hits
from ._places import DOMESTIC, countries, country_in, indonesian_level, is_country

__all__ = ["partners", "find_cues", "has_cue", "name_key", "list_opener_re", "witnesses_from", "headline_spans",
           "opens_on_visit", "home_of_participants"]

_WORD = re.compile(r"\w+", re.UNICODE)
_TOKEN = re.compile(r"\([^()\n]{1,60}\)|[^\s(),;:\u201c\u201d\"]+|,")
REGION_TYPES = frozenset({"city", "regency", "province", "country"})
# heads written in Indonesian imply an Indonesian body unless a foreign country is named
_FOREIGN_HEADS = frozenset({"university", "academy", "corporation", "kerajaan", "universiti", "universität",
                            "technische universität", "université", "universidad", "universidade", "hochschule"})
# heads of regional government whose title names the region they represent
_REGION_TITLES = {"gubernur": "province", "bupati": "regency", "wali kota": "city", "walikota": "city"}
_SUB_UNITS = frozenset({"biro", "bagian", "bidang", "balai", "direktorat", "ditjen", "sekretariat", "dinas",
                        "direktorat jenderal"})
_PROGRAM_WORDS = frozenset({"program", "programme", "project", "proyek"})
_COUNTRY_SUFFIX = frozenset({"ri", "indonesia"})
_CONNECTORS = frozenset({"dan", "and", "of", "for", "de", "&"})
_NAME_SPAN = 300   # characters


@dataclass
class Cand:
    start: int
    end: int
    name: str
    type: str | None
    sentence: int
    rule: str
    country: str | None = None
    affiliation: bool = False   # only named as a speaker's office ("kata Kepala Dinas X, Budi")


# ---------------------------------------------------------------- lexicons

@lru_cache(maxsize=1)
def _heads() -> tuple[dict[str, str], re.Pattern]:
    heads = {k: v for k, v in mapping("partner_heads")["heads"].items()}
    return heads, re.compile(rf"(?<![\w-])(?i:{_longest_first(heads)})(?![\w-])")


@lru_cache(maxsize=1)
def _heads_by_first() -> dict[str, tuple[re.Pattern, ...]]:
    """First word of a head -> its heads, longest first, each as an anchored case-insensitive pattern."""
    out: dict[str, list[str]] = {}
    for h in sorted(_heads()[0], key=len, reverse=True):
        out.setdefault(h.split()[0], []).append(h)
    return {w: tuple(re.compile(rf"(?i:{re.escape(h)})(?![\w-])") for h in hs) for w, hs in out.items()}


_WORD_ONLY = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _heads_trie_re() -> re.Pattern | None:
    """All heads in one trie regex, longest first at a word start; None when a head is not plain
    ASCII (case-insensitive matching would then differ from the table's lower-cased look-up)."""
    heads = [h for h in _heads()[0] if _WORD_ONLY.fullmatch(h.split()[0]) and h.split()[0].islower()]
    if not all(h.isascii() for h in _heads()[0]):
        return None
    return re.compile(rf"(?<![\w-])(?i:{_trie_pattern(heads)})(?![\w-])")


def _find_heads(text: str, start: int, end: int) -> Iterable[re.Match]:
    """The matches of the heads regex in text[start:end]: the first word of a head must be a whole
    word, which the trie regex finds in one scan; a non-ASCII match (a dotless "ı" matches "i"
    case-insensitively) is checked word by word."""
    rx = _heads_trie_re()
    if rx is not None:
        found = list(rx.finditer(text, start, end))
        if all(m.group(0).isascii() for m in found):
            return found
    return _find_heads_by_word(text, start, end)


@lru_cache(maxsize=1)
def _first_words_re() -> re.Pattern:
    """The whole words that may open a head, in one scan instead of a look-up per word: regex case
    folding equates at least the letters that ``str.lower`` does (the first words are lower-case, with
    no combining mark nor Greek sigma), so this finds every word that the table knows, and a few more
    that the table's look-up then turns down (a dotted "İ" matches "i")."""
    firsts = [w for w in _heads_by_first() if _WORD_ONLY.fullmatch(w)]
    return re.compile(rf"(?<![\w-])(?i:{_trie_pattern(firsts)})(?!\w)")


def _find_heads_by_word(text: str, start: int, end: int) -> Iterator[re.Match]:
    """The matches of the heads regex in text[start:end], found word by word through a table of
    first words instead of trying every head at every character."""
    table, taken = _heads_by_first(), start
    for w in _first_words_re().finditer(text, start, end):
        if w.start() < taken:
            continue
        for rx in table.get(w.group(0).lower(), ()):
            m = rx.match(text, w.start(), end)
            if m:
                taken = m.end()
                yield m
                break


@lru_cache(maxsize=1)
def _caps_only() -> frozenset[str]:
    return frozenset(mapping("partner_heads")["caps_only"])


@lru_cache(maxsize=1)
def _cue_re() -> re.Pattern:
    # a trie of the cues matches, like the longest-first alternation, the longest cue at each word
    # start, but tries one branch per letter instead of every cue
    return re.compile(rf"(?<!\w)(?:{_trie_pattern(words('partner_cues'))})", re.IGNORECASE)


def _trie_pattern(items, *, lower: bool = True) -> str:
    """A regex for any of ``items`` (lower-cased unless ``lower`` is false) that prefers the longest
    one at a position."""
    trie: dict = {}
    for item in items:
        node = trie
        for ch in (item.lower() if lower else item):
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        kids = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not kids:
            return ""
        body = kids[0] if len(kids) == 1 else "(?:" + "|".join(kids) + ")"
        return f"(?:{body})?" if "" in node else body   # greedy: the longer cue first
    return build(trie)


def _longest_first(items) -> str:
    """A regex for any of ``items``, matched case-insensitively, the longest first at a position: a
    trie (one branch per letter instead of every item at every letter; it matches what the
    longest-first alternation does) when no two of its letters are one letter in another case, else
    that alternation."""
    items = list(items)
    if all(_one_case_form(i) for i in items):
        return _trie_pattern(items)
    return "|".join(re.escape(c) for c in sorted(items, key=len, reverse=True))


def _one_case_form(item: str) -> bool:
    """Whether each letter of ``item`` lower-cases to one letter that is its case class's own lower
    case ("ä", "é"; not a dotless "ı", a long "ſ", a final "ς" nor a dotted "İ"): lower-cased letters
    of such items that differ never match one letter case-insensitively."""
    low = item.lower()
    return len(low) == len(item) and all(len(c.upper()) == 1 and c.upper().lower() == c for c in low)


@lru_cache(maxsize=1)
def _blocker_re() -> re.Pattern:
    alt = _longest_first(words("partner_blockers"))
    return re.compile(rf"(?<!\w)(?:{alt})(?!\w)", re.IGNORECASE)


def find_cues(text: str) -> list[str]:
    """The cooperation cues in ``text`` (lower-cased)."""
    return [m.group(0).lower() for m in _cue_re().finditer(text)]


def has_cue(text: str) -> bool:
    """Whether ``text`` holds a cooperation cue (``bool(find_cues(text))``, stopping at the first)."""
    return _cue_re().search(text) is not None


_PARENS = re.compile(r"\([^)]*\)")


@lru_cache(maxsize=4096)
def name_key(name: str) -> frozenset[str]:
    """Words that identify a party, as the scorer compares them (generic words dropped)."""
    generic = words("partner_generic_words")
    return frozenset(w for w in _WORD.findall(_PARENS.sub(" ", name.lower())) if w not in generic)


@lru_cache(maxsize=4096)
def _bare_words(name: str) -> tuple[str, ...]:
    """The lower-case words of ``name`` outside brackets (asked of each pair of mentions merged)."""
    return tuple(_WORD.findall(_PARENS.sub(" ", name.lower())))


_PAREN_CONTENT = re.compile(r"\(([^)]+)\)")


@lru_cache(maxsize=4096)
def _acronyms(name: str) -> frozenset[str]:
    # "(Food and Agriculture Organization/FAO)": each part of a slashed parenthesis is an alias
    parens = _PAREN_CONTENT.findall(name)
    return frozenset(p.strip().lower() for a in parens for p in [a, *a.split("/")] if p.strip())


def _unspaced(name: str) -> str:
    return "".join(name.lower().split())


@lru_cache(maxsize=4096)
def _acronym_words(name: str) -> frozenset[str]:
    """The words of the acronyms in ``name``'s brackets."""
    return frozenset(x for al in _acronyms(name) for x in _WORD.findall(al))


# ---------------------------------------------------------------- name scanning

def _is_name_word(tok: str) -> bool:
    core = tok.strip(".'\u2019")
    return bool(core) and (core[0].isupper() or core[0].isdigit()) \
        and core.lower() not in words("partner_name_stops") and not _MONEY_NAME.match(core)


class _Tokens:
    """The (start, end, text) tokens of a regex scan, read only as far as a name runs on
    (most names end after a few words of a window of hundreds of characters)."""
    __slots__ = ("_scan", "_read")

    def __init__(self, scan: Iterator[re.Match]):
        self._scan, self._read = scan, []

    def has(self, i: int) -> bool:
        while len(self._read) <= i:
            m = next(self._scan, None)
            if m is None:
                return False
            self._read.append((m.start(), m.end(), m.group(0)))
        return True

    def __getitem__(self, i: int) -> tuple[int, int, str]:
        return self._read[i]


_SHORT_ABBREVIATION_END = re.compile(r"(?:^|\s)\w{1,3}\.$")


_CAPITALISED_RUN = re.compile(r"(?:[A-Z][\w&.-]*\s+){1,5}?\(([A-Z]{2,6})\)")


def _initialled(text: str, pos: int, limit: int) -> bool:
    """Whether the capitalised words at ``pos`` are followed by their initials in brackets."""
    pos += len(text[pos:limit]) - len(text[pos:limit].lstrip())
    m = _CAPITALISED_RUN.match(text, pos, limit)
    return m is not None and "".join(w[0] for w in text[pos:m.start(1) - 1].split()) == m.group(1)


def _extend(text: str, pos: int, limit: int, *, lists: bool, joins: bool, ent_starts=frozenset(),
            stops=frozenset(), people: bool = False) -> int:
    """End offset of the capitalised name that starts at ``pos`` (0 words -> ``pos``); ``people``: the
    body is named after a person, titles and all ("RSUD Dr. Soetomo", "RSUP Prof. Dr. R. D. Kandou").

    ``ent_starts``: offsets where another entity begins ("X dan Y" are two bodies);
    ``stops``: offsets where a person's name begins (the name ends there).
    """
    # no body's name runs on for more than a few hundred characters: the rest of a long sentence is not read
    toks = _Tokens(_TOKEN.finditer(text, pos, min(limit, pos + _NAME_SPAN)))
    end, i, heads, in_list = pos, 0, _heads()[0], False
    while toks.has(i):
        s, e, t = toks[i]
        gap = text[end:s]
        if "\n" in gap or s in stops:
            break
        if t.startswith("("):
            if end == pos:
                break
            end, i = e, i + 1
            continue
        if _is_name_word(t) or (people and t.strip(".").lower() in _PERSON_TITLES) \
                or (i > 0 and toks[i - 1][2].isdigit() and t[:1].isupper()
                                and t.lower() not in words("official_ranks")):   # not "Korem 132 Brigjen X"
            end, i = e, i + 1   # "Universitas 17 Agustus": a date inside a name
            continue
        nxt = toks[i + 1][2] if toks.has(i + 1) else ""
        if t == "Bersama" and end > pos and not nxt[:1].isupper():
            end, i = e, i + 1   # "PT Sulteng Maju Bersama di ...": the name's last word, not "with" (a
            continue            # headline's "Pemkot A Bersama Kota B" goes on with a capital)
        # "X dan Y" are two bodies when the NER model starts one at Y, unless a comma list of the
        # name's own words leads there ("Pusat Pembinaan, Pendidikan, dan Pelatihan")
        # a head word after "dan" opens the next body whatever the NER model says ("Universitas A
        # dan Kamar Dagang dan Industri B")
        # a name closed by its acronym in brackets ends there ("Universitas A (UA) dan Lembaga B (LB)")
        if joins and t.lower() in _CONNECTORS and _is_name_word(nxt) and nxt.lower() not in heads \
                and not toks[i - 1][2].startswith("(") and not is_country(nxt) and end > pos \
                and (in_list or toks[i + 1][0] not in ent_starts or _closes_the_name(text, toks[i + 1][0])) \
                and not (t.lower() == "dan" and _heads()[1].match(text, toks[i + 1][0])):
            end, i = toks[i + 1][1], i + 2
            continue
        if t in _NAME_PARTICLES and end > pos and _is_name_word(nxt) and nxt.lower() not in heads:
            end, i = toks[i + 1][1], i + 2   # "Sanlucar de Barrameda", "Rio de Janeiro", "Den Haag van X"
            continue
        if lists and t == "," and end > pos and _comma_list_continues(toks, i + 1):
            i, in_list = i + 1, True
            continue
        break
    while end > pos and text[end - 1] == "." and not _SHORT_ABBREVIATION_END.search(text[pos:end]):
        end -= 1   # sentence-final full stop, not an abbreviation ("Tbk.", "Co.")
    return end


# "PT Bank Pembangunan Daerah Kalimantan Timur dan Kalimantan Utara (Bankaltimtara)": a conjunct that an acronym
# in brackets closes is the name's own, whatever entity the NER model starts there
# (or a short name of a few words: "... Sumatera Selatan dan Bangka Belitung (Bank Sumsel Babel)")
_CLOSED_BY_ACRONYM = re.compile(r"((?:[A-Z][\w-]*[ \t]+){0,3}[A-Z][\w-]*)[ \t]*"
                                r"\(([A-Z][A-Za-z0-9-]{1,15}(?:[ \t]+[A-Z][A-Za-z0-9-]{1,15}){0,2})\)")


def _closes_the_name(text: str, at: int) -> bool:
    """Whether the words at ``at`` and the acronym in brackets after them close the name before "dan": not
    when the acronym spells those words alone ("Universitas A dan Deutscher Akademischer Austauschdienst
    (DAAD)" are two bodies)."""
    m = _CLOSED_BY_ACRONYM.match(text, at)
    if not m:
        return False
    initials = "".join(w[0] for w in m.group(1).split()).upper()
    return not m.group(2).upper().startswith(initials)


# the lower-case particles inside foreign place and body names
_NAME_PARTICLES = frozenset({"de", "del", "da", "do", "dos", "das", "van", "von", "der", "den", "y"})


def _comma_list_continues(toks: _Tokens, i: int) -> bool:
    """After a comma inside a body's name: capitalised words up to ", dan X" or "dan X"
    ("Pusat Pembinaan, Pendidikan, dan Pelatihan"), none of them a head word."""
    heads = _heads()[0]
    while toks.has(i):
        t = toks[i][2]
        if t == ",":
            i += 1
            continue
        if t.lower() == "dan":
            return toks.has(i + 1) and _is_name_word(toks[i + 1][2]) and toks[i + 1][2].lower() not in heads
        if not _is_name_word(t) or t.lower() in heads or is_country(t):
            return False
        i += 1
    return False


# ---------------------------------------------------------------- candidates

# the foreign words before the bracket, up to four ("Ayuntamiento (", "Câmara Municipal (")
# hyphens only inside a word: "TANJUNG REDEB- Pemerintah Kabupaten (Pemkab)" opens with a dateline's dash
_GLOSSED = re.compile(r"(?:[A-Z]\w*(?:-\w+)*[ \t]+){0,3}[A-Z]\w*(?:-\w+)*\s*\($")
_PARTICLE_AFTER_GLOSS = re.compile(r"[ \t]+(?:de|del|da|do|dos|das|van|von|der|den|du)(?=[ \t]+[A-Z])")


def _glossed_name(text: str, start: int, end: int) -> int | None:
    """Where the name starts when a head stands in brackets as the gloss of the foreign word before it."""
    if not text.startswith(")", end):
        return None
    m = _GLOSSED.search(text, max(0, start - 40), start)
    return m.start() if m else None


_TITLE_OR_BUILDING_BEFORE = re.compile(r"(?:wali|walikota|balai|wakil|(?<!\w)ibu)\s+$")
_HEAD_ACRONYM = re.compile(r"\s*\([A-Z][\w-]*\)(?=\s+[A-Z])")


def _head_cands(doc: Doc, sent: Segment, si: int) -> Iterator[Cand]:
    heads = _heads()[0]
    text = doc_text(doc)
    for m in _find_heads(text, sent.start_char, sent.end_char):
        head = m.group(0)
        htype = heads[head.lower()]
        if head.lower() in _caps_only() and not head.split()[0].isupper():
            continue   # "Pt", "sma" in running text are not company/school heads
        if head[0].islower() and " " not in head and not (
                head == "pemerintah" and _introduced_as_party(_tokens_before(text, m.start()), "country")):
            continue   # lower-case "kota", "pemerintah" are common nouns; "oleh pemerintah Sarawak" is a party
        before = text[max(0, m.start() - 30):m.start()].lower()
        if _TITLE_OR_BUILDING_BEFORE.search(before):
            continue   # "Wali Kota", "Balai Kota" are a title and a building; "Ibu Kota Nusantara" a capital
        if head.lower() in _SUB_UNITS and _after_title(before):
            continue   # "Kepala Biro Kerja Sama ...": the speaker's office, not a party
        if htype not in REGION_TYPES and _TOPIC_BEFORE.search(before):
            continue   # "belajar tentang pembentukan Perusahaan Umum Daerah X": the body is the topic
        if htype not in REGION_TYPES and (_names_a_program(text, m.start()) or _opens_training(text, m.start())):
            continue   # "meluncurkan program Sekolah Ramah Anak (SERA)": the head opens the program's name (and
            # "Sekolah Lapang Kakao" is a kind of training)
        if head.lower() in _SECURITY_HEADS and _offtopic(sent.text) and not _signs_a_deal(sent.text):
            continue   # "Polres X menangkap pelaku berkat kerja sama warga": police work, not a partnership
            # (an MoU "tentang pengamanan aset" that the police sign is one)
        gloss = None if head.isupper() else _glossed_name(text, m.start(), m.end())   # "(RSUD)": an acronym
        if gloss:   # "Ayuntamiento (Pemerintah Kota) Sanlucar de Barrameda": the head glosses a foreign word
            after = m.end() + 1
            particle = _PARTICLE_AFTER_GLOSS.match(text, after)   # "(Pemerintah Kota) de Setúbal"
            end = _extend(text, particle.end() if particle else after, sent.end_char, lists=False, joins=False)
            if end > (particle.end() if particle else after):
                yield Cand(gloss, end, text[gloss:end], htype, si, "partner_head")
            continue
        gov = htype not in REGION_TYPES
        name_at = m.end() + 1 if text[m.end():m.end() + 2] == ". " and head.isupper() else m.end()   # "PT. Jasa"
        lead = _HEAD_ACRONYM.match(text[name_at:sent.end_char])
        if lead:   # "Pemerintah Kota (Pemkot) Solo", "Kejaksaan Negeri (Kejari) Kabupaten X": the head's acronym
            name_at += lead.end()
        # a "person" that the NER model starts right after a region's head is the region's name
        # ("Daerah Otonom Guangxi Zhuang", "Provinsi Gyeongsang")
        stops = _per_starts(doc)
        if htype in REGION_TYPES and (name_at in stops or name_at + 1 in stops):
            stops = stops - {name_at, name_at + 1}
        people = head.lower() in _NAMED_AFTER_PEOPLE
        if people:   # the person it is named after, title first, is the name ("RSUD dr. H. Marsidi Judono")
            stops = frozenset(x for x in stops if not _TITLE_AT.match(text, x)
                              and not _TITLES_ONLY.fullmatch(text, name_at, x))
        if htype == "company" and _initialled(text, name_at, sent.end_char):
            stops = frozenset()   # "PT Kampar Hijau Lestari (KHL)": its acronym spells the words a "person" cut
        end = _extend(text, name_at, sent.end_char, lists=htype == "government_body", joins=gov,
                      ent_starts=_ent_starts(doc), stops=stops, people=people)
        if not gov and end > m.end():
            end = m.end() + len(_region_name(text[m.end():end]))
        standalone = head.isupper() and htype == "embassy"
        if end <= name_at and not standalone:
            continue
        rest = {w.lower() for w in _WORD.findall(_PARENS.sub(" ", text[m.end():end]))}
        if rest and rest <= _generic_org_words():
            continue   # "Rumah Sakit Umum Daerah (RSUD)": a kind of body, not a named one
        if htype == "education" and _of_members(before):
            continue   # "siswa SMA Kota Medan", "lulus dari SMK": the pupils take part, not their school
        if htype in REGION_TYPES and head.split()[0].lower() not in _GOVERNMENT_WORDS \
                and _qualifies_previous_name(text, m.start()):
            continue   # "Bupati Kabupaten X" aside, "Dinas TPHP Provinsi Jambi": the region locates an office
        if htype not in REGION_TYPES and _names_a_program(text, m.start(), end):
            continue   # "Sekolah Ramah Anak (SERA) merupakan program ...": the text presents it as a program
        if htype in REGION_TYPES and _names_a_program(text, m.start()) \
                and not indonesian_level(_PARENS.sub(" ", text[name_at:end]).strip()):
            continue   # "Program Kota Tanpa Kumuh (Kotaku)", "program Kota Sehat": a program named like a city
        if _one_of_each(text, end):
            continue   # "kepada BUMDes masing-masing desa", "sekolah di setiap kecamatan": one body of each, unnamed
        cut = _before_trailing_head_body(text, m.start(), end)
        if cut < end:   # the second body, named by its trailing head
            second = _LAST_DAN.match(text, cut).end()
            yield Cand(second, end, text[second:end], _kind_from_words(text[second:end]) or htype, si, "partner_head")
        yield Cand(m.start(), cut, text[m.start():cut], htype, si, "partner_head")


_IS_A_PROGRAM = re.compile(r"\s*(?:\([^()]*\)\s*)?,?\s*(?:yang\s+)?(?:merupakan|menjadi|adalah|ialah)\s+"
                           r"(?:(?:sebuah|salah\s+satu|bagian\s+dari)\s+)?(?:program|programme|proyek|gerakan|inisiatif)"
                           r"(?!\w)"
                           # "Sekolah Lapang Iklim yang digelar BMKG": an event someone holds is no body
                           r"|\s*(?:\([^()]*\)\s*)?,?\s*yang\s+(?:di(?:gelar|selenggarakan|adakan|laksanakan)|"
                           r"rutin\s+digelar)(?!\w)", re.IGNORECASE)


_EACH_OF = re.compile(r"[ \t]+(?:di[ \t]+)?(?:masing-masing|setiap|tiap-tiap|tiap)[ \t]+(\w+)", re.IGNORECASE)


def _one_of_each(text: str, end: int) -> bool:
    """'kepada BUMDes masing-masing desa': a kind of body, one of each unit, none of them named."""
    m = _EACH_OF.match(text, end)
    return bool(m) and m.group(1).lower() in words("partner_each_units")


@lru_cache(maxsize=1)
def _training_kinds() -> re.Pattern:
    """The training cues of two words or more (cooperation_kinds.json): "Sekolah Lapang", "Summer School"."""
    kinds = [w for w in mapping("cooperation_kinds")["training"] if " " in w]
    return re.compile(rf"(?:{_longest_first(kinds)})(?!\w)", re.I)


# "Direktur Jenderal ... Kementerian Keuangan Rudi Siregar, mewakili Pemerintah Indonesia": the office of one who
# signs for a government; the government is the party
_REPRESENTS = re.compile(r"(?:[ \t]+(?:[A-Z][\w.'-]*|bin|binti)){1,5},?[ \t]+(?:yang[ \t]+)?mewakili[ \t]+"
                         r"(?:Pemerintah|pemerintah|Negara|negara|Republik)(?!\w)")


def _opens_training(text: str, start: int) -> bool:
    return _training_kinds().match(text, start) is not None


def _names_a_program(text: str, start: int, end: int | None = None) -> bool:
    """Whether a program word ("program", "proyek", "gerakan" ...) stands right before ``start``, or the
    name ending at ``end`` is said to be one ("X (XY) merupakan program ...")."""
    toks = _tokens_before(text, start)
    if toks and toks[-1].lower() in words("partner_not_party_before"):
        return True
    return end is not None and _IS_A_PROGRAM.match(text, end) is not None


@lru_cache(maxsize=1)
def _generic_org_words() -> frozenset[str]:
    """Words that name a kind of body, not one body: generic words and the heads themselves."""
    return words("partner_generic_org_words") | frozenset(_heads()[0])


# English heads close a name ("Kagoshima University"); an Indonesian name opens with its head
_TRAILING_HEADS = frozenset({"university", "college", "institute", "foundation", "corporation", "group", "hospital",
                             "school", "academy", "polytechnic", "agency", "council", "ltd", "inc", "daigaku"})
_LAST_DAN = re.compile(r"\s+(?:dan|and|&)\s+(?!.*\s(?:dan|and|&)\s)")


def _before_trailing_head_body(text: str, start: int, end: int) -> int:
    """ "Universiti Malaysia Terengganu dan Kagoshima University": the words after the last "dan" that
    end with an English head are a second body, not the rest of the first one's name."""
    m = _LAST_DAN.search(text, start, end)
    if m is None or m.start() - start < 8:
        return end
    last = _WORD.findall(text[m.end():end].lower())[-1:]
    return m.start() if last and last[0] in _TRAILING_HEADS else end


# hospitals are named after people, with their titles ("RSUD Dr. Soetomo", "RSUP Prof. Dr. R. D. Kandou")
_NAMED_AFTER_PEOPLE = frozenset({"rumah sakit", "rsud", "rsup"})
_PERSON_TITLES = frozenset({"dr", "prof", "drs", "ir", "h", "hj"})
_TITLE_AT = re.compile(r"(?:dr|prof|drs|ir|hj?)\.?\s", re.I)
# (the kind of hospital may come first: "Rumah Sakit Umum Daerah dr. H. Soemarno Sosroatmodjo")
_TITLES_ONLY = re.compile(r"\s*(?:(?:Umum|Daerah|Pusat|Khusus)\s+)*(?:(?:dr|prof|drs|ir|hj?)\.?\s+)+", re.I)


_SECURITY_HEADS = frozenset({"polres", "polda", "polresta", "polrestabes", "kodim", "korem", "kodam", "lanud",
                             "lantamal"})


def _signs_a_deal(text: str) -> bool:
    """Whether ``text`` names a deal (MoU, perjanjian, hibah ...): a strong cue that is more than working together."""
    return bool(set(find_cues(text)) & (words("partner_strong_cues") - words("partner_collaboration_cues")))


def _offtopic(text: str) -> bool:
    """A sentence of crime, sport or statistics news (lexicons/partner_offtopic_words.txt)."""
    return bool(set(_WORD.findall(text.lower())) & words("partner_offtopic_words"))


_TOPIC_BEFORE = re.compile(r"(?<!\w)(?:pembentukan|pendirian|pengelolaan|penyehatan|restrukturisasi|penggabungan|"
                           r"pembubaran)\s+$")


_GOVERNMENT_WORDS = frozenset({"pemerintah", "pemprov", "pemkot", "pemkab", "pemda", "city", "municipal",
                               "provincial", "state", "government"})


_LAST_WORD_OR_BRACKET = re.compile(r"([\w)]+)[ \t]+$")


def _qualifies_previous_name(text: str, start: int) -> bool:
    """A region head ("Provinsi", "Kabupaten", "Kota") glued to the capitalised name before it
    ("Ketua Bawaslu Kabupaten Pekalongan", "Kabupaten Luwu Timur Provinsi Sulawesi Selatan")
    only says where that body or office is; after a regional head's title it is the region itself."""
    m = _LAST_WORD_OR_BRACKET.search(text[max(0, start - 40):start])
    if not m:
        return False
    prev = m.group(1)
    return (prev[0].isupper() or prev.endswith(")")) and prev.lower() not in _CONNECTORS and not find_cues(prev) \
        and prev.lower() not in words("partner_name_stops")   # titles, days, "Dengan"


def _of_members(before: str) -> bool:
    """ "siswa SMA ...", "lulusan Politeknik ...", "lulus dari SMK ..." just before a school's name."""
    toks = _WORD.findall(before)
    return bool(toks) and (toks[-1] in words("partner_member_words")
                           or toks[-2:] == ["lulus", "dari"] or toks[-2:] == ["lulusan", "dari"])


_LAST_TWO_WORDS = re.compile(r"(?:(\w+)\s+)?(\w+)\s+$")


def _after_title(before: str) -> bool:
    """A position word just before, and no "antara"/"dengan" before that (an official who signs
    for the office makes it a party: "antara Kepala Dinas X, Budi, dengan ...")."""
    m = _LAST_TWO_WORDS.search(before)
    return bool(m) and m.group(2) in words("partner_title_words") \
        and (m.group(1) or "") not in words("partner_party_openers")


@lru_cache(maxsize=1)
def _any_title_re() -> re.Pattern:
    """Matches wherever one of the titles' patterns does (and maybe elsewhere)."""
    return re.compile(rf"(?<!\w)(?i:{'|'.join(_REGION_TITLES)})\s+")


@lru_cache(maxsize=None)
def _title_re(title: str) -> re.Pattern:
    return re.compile(rf"(?<!\w)(?i:{title})\s+")


_UP_TO_PAREN = re.compile(r"[^()]*\([^)]*\)")


def _title_region_cands(doc: Doc, sent: Segment, si: int) -> Iterator[Cand]:
    """ "Gubernur Jawa Tengah Budi Santoso" -> Jawa Tengah, the region the official represents."""
    text = doc_text(doc)
    if not _any_title_re().search(text, sent.start_char, sent.end_char):
        return   # most lines name no regional head: one scan instead of one per title
    for title, rtype in _REGION_TITLES.items():
        for m in _title_re(title).finditer(text, sent.start_char, sent.end_char):
            start = m.end()
            end = _extend(text, start, sent.end_char, lists=False, joins=False)
            pers = _sorted_per_starts(doc)   # the official's own name follows the region
            k = bisect.bisect_right(pers, start)
            if k < len(pers) and pers[k] < end:
                end = pers[k]
            name = text[start:end].strip()
            paren = _UP_TO_PAREN.match(name)
            if paren:   # "Sumatra Barat (Sumbar)": the alias belongs to the region
                name = paren.group(0)
            elif len(name.split()) > 1 and not indonesian_level(name):
                name = _known_region_prefix(name) or name   # "Pacitan Indrata": region and person run together
            if name and not ("yang" in text[end:end + 160] and _ATTENDS.match(text, end, sent.end_char)):
                yield Cand(start, start + len(name), name, rtype, si, "partner_title_region")


# "Penjabat Gubernur X, Dr. Andi Syamsul, M.Si, yang hadir dalam acara tersebut": the head attends, the region is
# no side
_ATTENDS = re.compile(r"[^;\n]{0,120}?,\s*yang\s+(?:juga\s+|turut\s+|ikut\s+)?(?:hadir|menghadiri|menyaksikan)\b",
                      re.IGNORECASE)


def _ent_offsets(doc: Doc) -> tuple[frozenset, frozenset]:
    """Start offsets of ORG/LOC entities (and of known organisations, whatever the NER model made of
    them: "Universitas A dan Deutscher Akademischer Austauschdienst" are two bodies) and of PER entities."""
    def compute():
        t = doc_table(doc)   # an entity's first character is its first token's
        ents = frozenset(t.starts[s] for s, _, label in t.ents if label in ("ORG", "LOC")) \
            | frozenset(m.start() for m in _organisations()[1].finditer(doc_text(doc)))
        text = doc_text(doc)
        pers = frozenset(t.starts[s] for s, e, label in t.ents if label == "PER"
                         and not _name_tail(text[t.starts[s]:t.ends[e - 1]]))
        return ents, pers
    return per_doc(doc, "partners.ent_offsets", compute)


def _name_tail(name: str) -> bool:
    """ "Lestari Nusantara": words that close a foundation's or company's name, which the NER model may
    tag as a person (lexicons/partner_name_tail_words.txt)."""
    return set(_WORD.findall(name.lower())) <= words("partner_name_tail_words")


def _sorted_per_starts(doc: Doc) -> list[int]:
    return per_doc(doc, "partners.sorted_per_starts", lambda: sorted(_per_starts(doc)))


def _ent_starts(doc: Doc) -> frozenset:
    return _ent_offsets(doc)[0]


def _per_starts(doc: Doc) -> frozenset:
    return _ent_offsets(doc)[1]


def _region_name(rest: str) -> str:
    """ "Palu Hadianto" after "Kota": a known region followed by a person's name keeps the region only."""
    core = rest.strip()
    if indonesian_level(core) or len(core.split()) < 2 or "(" in core:
        return rest
    known = _known_region_prefix(core)
    return rest[:len(rest) - len(rest.lstrip())] + known if known else rest


def _known_region_prefix(name: str) -> str:
    toks = name.split()
    for size in range(min(3, len(toks)), 0, -1):
        if indonesian_level(" ".join(toks[:size])):
            return " ".join(toks[:size])
    return ""


_PEOPLE_LEAD = re.compile(r"(?:ASN|PNS|Aparatur Sipil Negara|Pegawai|Warga|Masyarakat|Mahasiswa|Delegasi)\s+")
_LEAD_STRIP = re.compile(r"^(?:(?:dengan|bersama|antara|oleh|dan|perwakilan|chairman|sekretaris|sekertaris|kepala|"
                         r"direktur|rektor|delegasi|dubes|ketua)\s+)+", re.IGNORECASE)


_AMBIGUOUS_ORG_NAMES = frozenset({"PBB", "OKI", "IDB", "Sida", "Gavi", "Australia Awards", "Plan Indonesia"})


@lru_cache(maxsize=1)
def _organisations() -> tuple[dict[str, dict], re.Pattern]:
    """name or acronym -> its row of ``partner_organisations.json``; and a regex of them all."""
    rows = {n: row for row in mapping("partner_organisations")["organisations"] for n in row["names"]}
    # the foreign bodies of the entity gazetteer too (donors, lenders, networks, aid agencies); not its
    # short forms that are also Indonesian words or names ("PBB" the land tax, "OKI" Ogan Komering Ilir)
    for row in mapping("entity_organisations")["organisations"]:
        if row.get("country") != "Indonesia":
            # one body, one row: its names in both files are the same party
            same = next((rows[n] for n in row["names"] if n in rows), row)
            for n in row["names"]:
                if len(n) >= 3 and n not in _AMBIGUOUS_ORG_NAMES:
                    rows.setdefault(n, same)
    # a case-sensitive trie matches what the longest-first alternation of the names does (one branch
    # per letter; backtracking tries the longer names first), without trying every name at every letter
    trie = _trie_pattern(rows, lower=False)
    # "WWF-Indonesia", "Plan-Indonesia": a body's Indonesian branch written with a hyphen
    return rows, re.compile(rf"(?<![\w-])(?:{trie})(?:-Indonesia)?(?![\w-])(?:\s*\([A-Z][\w-]*\))?")


_TRAILING_PARENS = re.compile(r"\s*\([^)]*\)$")


@lru_cache(maxsize=4096)   # asked of every candidate by several rules
def known_organisation(name: str) -> dict | None:
    """The gazetteer row of an international organisation or aid agency named ``name``."""
    rows, rx = _organisations()
    m = rx.fullmatch(name.strip())
    return rows.get(_TRAILING_PARENS.sub("", m.group(0)).removesuffix("-Indonesia")) if m else None


def _organisation_cands(doc: Doc, sent: Segment, si: int) -> Iterator[Cand]:
    """ "United Nations Development Programme (UNDP)", "JICA": known by name, whatever the NER says."""
    row_of, rx = _organisations()
    for m in rx.finditer(doc_text(doc), sent.start_char, sent.end_char):
        bare = _TRAILING_PARENS.sub("", m.group(0))
        row = row_of[bare.removesuffix("-Indonesia")]
        country = "Indonesia" if bare.endswith("-Indonesia") else row.get("country")
        yield Cand(m.start(), m.end(), m.group(0), row["type"], si, "partner_organisation", country)


class _Ent(NamedTuple):
    """An entity's token and character offsets, read from the Doc's table (a Span makes a Token
    for each offset asked)."""
    start: int
    end: int
    start_char: int
    end_char: int


def _labelled_ents(doc: Doc) -> list[tuple[_Ent, str]]:
    """Entities with the label the partner rules read: a PER entity in apposition to a kind of
    body is that body (ORG); once per Doc."""
    def compute():
        text, t = doc_text(doc), doc_table(doc)
        out = []
        for s, e, label in t.ents:
            ent = _Ent(s, e, t.starts[s], t.ends[e - 1])
            out.append((ent, "ORG" if label == "PER" and _kind_apposition(text, ent.start_char) else label))
        return out
    return per_doc(doc, "partners.labelled_ents", compute)


def _org_loc_ents_in(doc: Doc, seg: Segment) -> list[tuple[_Ent, str]]:
    """ORG/LOC entities inside the segment with their label, found by bisection over entities
    listed once per Doc."""
    def compute():
        ents = [(e, label) for e, label in _labelled_ents(doc) if label in ("ORG", "LOC")]
        return [e.start for e, _ in ents], ents
    starts, ents = per_doc(doc, "partners.org_loc_ents", compute)
    i, j = bisect.bisect_left(starts, seg.start), bisect.bisect_left(starts, seg.end)
    return [(e, label) for e, label in ents[i:j] if e.end <= seg.end]


_APPOSITION = re.compile(r"((?:[\w-]+\s+){0,3}[\w-]+),\s*$")


def _kind_apposition(text: str, start: int) -> bool:
    """ "perusahaan air minum Belanda, Vitens,": a name right after a noun for a kind of body and
    a comma names that body, whatever the NER model took it for (it tags short foreign
    company names as people)."""
    before = text[max(0, start - 60):start]
    if not before.rstrip().endswith(","):   # most names follow no comma: skip the regex scan
        return False
    m = _APPOSITION.search(before)
    return bool(m) and any(w in words("partner_kind_nouns") for w in m.group(1).lower().split())



_CAPS_BEFORE = re.compile(r"(?:[A-Z][\w&.-]*[ \t]+){1,3}$")


def _apposed_name_start(text: str, start: int) -> int:
    """ "Perusahaan asal Korea Selatan, Daesung Green Energy,": the NER model cuts the first words of
    a foreign name; in apposition to a kind of body, the capitalised words back to the comma are
    the name's."""
    m = _CAPS_BEFORE.search(text, max(0, start - 60), start)
    return m.start() if m and _kind_apposition(text, m.start()) else start


def _body_apposition(text: str, start: int) -> bool:
    """ "Investor asal China, X,": a name in apposition to a kind of body, not to a person's office at a
    body ("Rektor Universitas Y, X,"): a name there is the body's even when it is also a person's."""
    before = text[max(0, start - 90):start]
    m = _APPOSITION.search(before) if _kind_apposition(text, start) else None
    toks = m.group(1).lower().split() if m else []
    kinds = [i for i, w in enumerate(toks) if w in words("partner_kind_nouns")]
    # the office may stand just before a long body name ("Ketua Yayasan Pendidikan Harapan Bangsa, X,"), or a
    # few words before it ("Kepala Bidang Komunikasi Perusahaan PT X Tbk, Y,": "perusahaan" is part of the office)
    lead = before[:m.start(1)].lower().split()[-4:] if m else []
    return bool(kinds) and not any(w in _office_titles() for w in lead + toks[:kinds[0]])

_DATELINE_DASH = re.compile(r"\s[-\u2013\u2014]+\s")


def _ent_cands(doc: Doc, sent: Segment, si: int) -> Iterator[Cand]:
    text = doc_text(doc)
    for ent, label in _org_loc_ents_in(doc, sent):
        s, e = ent.start_char, ent.end_char
        piece = text[s:e]
        if "\n" in piece:   # headline or byline glued on: keep the last line
            cut = piece.rfind("\n") + 1
            s, piece = s + cut, piece[cut:]
        m = _DATELINE_DASH.search(piece)   # "KUALASIMPANG - Pemkab X": dateline glued on
        if m:
            s, piece = s + m.end(), piece[m.end():]
        m = _LEAD_STRIP.match(piece)
        if m:
            s, piece = s + m.end(), piece[m.end():]
        piece = piece.rstrip(")").rstrip() if piece.count(")") > piece.count("(") else piece
        if piece.count("(") > piece.count(")"):   # "Agency Republic of Korea (KOICA-Korea": the acronym cut
            piece = piece[:piece.rfind("(")].rstrip()
        if not piece or not piece[0].isupper() or (piece.isupper() and len(piece) > 5 and " " not in piece):
            continue   # lower-case or shouted words ("SUKAMARA") are datelines, not parties
        m = _PEOPLE_LEAD.match(piece)
        if m:   # "ASN Timor Leste": the people stand for their country; other groups are no party
            if not is_country(piece[m.end():]):
                continue
            s, piece = s + m.end(), piece[m.end():]
        if _one_of_each(text, s + len(piece)):
            continue   # "kepada BUMDes masing-masing desa": one body of each kind, none named
        if label == "ORG":
            wide = _apposed_name_start(text, s)
            s, piece = wide, text[wide:s] + piece
        yield Cand(s, s + len(piece), piece, None, si, f"partner_ent_{label.lower()}")


_HOME = r"(?:Indonesia|RI)"
_PLACE_NAME = r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}"
_PAIR_RE = re.compile(rf"(?<![\w-])(?:(?P<home1>{_HOME})\s+(?:dan|dengan|serta)\s+(?P<other1>{_PLACE_NAME})"
                      rf"|(?P<other2>{_PLACE_NAME})\s+(?:dan|dengan|serta)\s+(?P<home2>{_HOME}))(?![\w-])")


def _country_pair_cands(doc: Doc, sent: Segment, si: int) -> Iterator[Cand]:
    """ "Indonesia dan Malaysia menyepakati ...", "antara Indonesia dan Tiongkok": two countries named
    as the sides of a cooperation; the home country counts here only, never alone."""
    if "Indonesia" not in sent.text and "RI" not in sent.text:
        return   # every pair names the home country, written so: most lines name none
    text = doc_text(doc)
    if not _has_strong_cue(doc, sent):
        return   # "dukungan suporter Indonesia dan Malaysia" reports no cooperation
    for m in _PAIR_RE.finditer(text, sent.start_char, sent.end_char):
        home = "home1" if m.group("home1") else "home2"
        other = "other1" if home == "home1" else "other2"
        start, end = _country_span(text, m.start(other), m.end(other), from_end=other == "other2")
        if start is None or _capitalised_before(text, m.start()):
            continue   # "Bank Indonesia dan ...": the home country inside a body's name
        yield Cand(m.start(home), m.end(home), m.group(home), "country", si, "partner_country_pair")
        yield Cand(start, end, text[start:end], "country", si, "partner_country_pair")


@lru_cache(maxsize=1)
def _country_firsts() -> frozenset[str]:
    return frozenset(name.split()[0] for name in countries())


# the capital first and the word-start test after it (the same match) lets the scan jump from
# capital to capital instead of testing the lookbehind at every character
_CAP_WORD = re.compile(r"[A-Z](?<![\w-].)[\w-]*")
_CAP_WORDS = re.compile(r"[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,2}")


def _country_cands(doc: Doc, sent: Segment, si: int) -> Iterator[Cand]:
    """ "menjalin kerja sama dengan Maroko, Sudan, Aljazair": a country is known by name whatever
    the NER model made of it; where it stands decides whether it is a side (see _loose_ok)."""
    text, taken, firsts = doc_text(doc), 0, _country_firsts()
    for m in _CAP_WORD.finditer(text, sent.start_char, sent.end_char):
        if m.start() < taken or m.group(0).lower() not in firsts:
            continue
        toks = _CAP_WORDS.match(text, m.start(), sent.end_char).group(0).split()
        for size in range(len(toks), 0, -1):   # the longest name: "Korea Selatan" before "Korea"
            name = " ".join(toks[:size])
            if len(name) > 2 and is_country(name) and text.startswith(name, m.start()):
                taken = m.start() + len(name)
                yield Cand(m.start(), taken, name, "country", si, "partner_country")
                break


_ANTARA = re.compile(r"(?<!\w)antara\s+")
_DAN_DENGAN = re.compile(r"\s+(?:dan|dengan)\s+")
# a joint venture is a tie between the two firms that own it ("perusahaan patungan antara A dan B")
_JOINT_VENTURE = re.compile(r"(?<!\w)(?:patungan|joint\s+venture)(?!\w)", re.I)


def _between_cands(doc: Doc, sent: Segment, si: int) -> Iterator[Cand]:
    """ "kerja sama lintas negara antara Garut dan Higashikawa": the two names around "antara ... dan"
    are the sides, whatever the NER model made of them."""
    if "antara" not in sent.text:
        return   # most lines have no "antara"
    text = doc_text(doc)
    if not _has_strong_cue(doc, sent) and not _JOINT_VENTURE.search(sent.text):
        return
    for m in _ANTARA.finditer(text[sent.start_char:sent.end_char]):
        a_start = sent.start_char + m.end()
        a_end = _extend(text, a_start, sent.end_char, lists=False, joins=False)
        link = _DAN_DENGAN.match(text[a_end:sent.end_char])
        if a_end == a_start or not link:
            continue
        b_start = a_end + link.end()
        b_end = _extend(text, b_start, sent.end_char, lists=False, joins=False)
        if b_end > b_start:
            yield Cand(a_start, a_end, text[a_start:a_end], None, si, "partner_between")
            yield Cand(b_start, b_end, text[b_start:b_end], None, si, "partner_between")


# "hasil kerjasama KPU dengan IFES", "peluang kerjasama pemerintah Malaysia dengan Pemkot X", "kerjasama ASEAN -
# Amerika Serikat": the two names that a cooperation noun governs are its sides (lower-case: "Biro Kerja Sama" and
# "Perjanjian Kerja Sama" name an office and a document)
_TIE_OF = re.compile(r"(?<![\w-])(?:kerja\s?sama|kolaborasi|kemitraan)\s+(?:antara\s+)?(?:pemerintah\s+)?(?=[A-Z])")
_TIE_LINK = re.compile(r"\s*(?:\([^()]{1,15}\)\s*)?(?:\s(?:dan|dengan)\s+|\s?[-\u2013]\s?)(?:pemerintah\s+)?(?=[A-Z])")


def _genitive_cands(doc: Doc, sent: Segment, si: int) -> Iterator[Cand]:
    """ "kerja sama A dengan B", "kolaborasi A dan B", "kerjasama A - B": the names right after a cooperation
    noun and after the link that follows them, whatever the NER model made of them."""
    text = doc_text(doc)
    for m in _TIE_OF.finditer(text, sent.start_char, sent.end_char):
        a_end = _extend(text, m.end(), sent.end_char, lists=False, joins=False)
        link = _TIE_LINK.match(text, a_end, sent.end_char)
        if a_end == m.end() or not link:
            continue
        b_end = _extend(text, link.end(), sent.end_char, lists=False, joins=False)
        a_end, b_end = _ent_end(doc, m.end(), a_end), _ent_end(doc, link.end(), b_end)
        names = (text[m.end():a_end], text[link.end():b_end])
        if b_end > link.end() and not any(find_cues(n) or n.split()[0].lower() in _office_titles() for n in names):
            yield Cand(m.end(), a_end, names[0], None, si, "partner_genitive")
            yield Cand(link.end(), b_end, names[1], None, si, "partner_genitive")


# "investasi Swiss di Indonesia", "investasi pabrik Indofood di Kazakhstan", "investasi USD 1,5 miliar di Research
# In Motion": the body or country between an investment and "di" invests, the name after "di" hosts it
_INVESTMENT_IN = re.compile(r"(?<!\w)(?:ber)?investasi\s(?:(?:[^.;:,\n]|(?<=\d)[.,](?=\d)){0,60}?\s)?di\s+(?=[A-Z])")


_SIGNED_AT = re.compile(r"(?<!\w)(?:diteken|ditandatangani|digelar|dilaksanakan|berlangsung|diadakan|dilakukan|"
                        r"disampaikan|diumumkan)\s+di\s+$")
_INVESTOR_BEFORE_DI = re.compile(r"(?<=\s)((?:[A-Z][\w&-]*[ \t]+){0,2}[A-Z][\w&-]*)[ \t]+di\s+$")
_MONEY_WORDS = frozenset({"rp", "usd", "us", "miliar", "milyar", "triliun", "juta", "ribu", "dolar", "euro", "yen",
                          "ringgit", "yuan", "won"})


def _investment_cands(doc: Doc, sent: Segment, si: int) -> Iterator[Cand]:
    text = doc_text(doc)
    if "investasi" not in sent.text:
        return
    for m in _INVESTMENT_IN.finditer(text, sent.start_char, sent.end_char):
        if _SIGNED_AT.search(m.group(0)):
            continue   # "Perjanjian investasi itu diteken di Rumah Dinas Gubernur": where it was signed
        end = _ent_end(doc, m.end(), _extend(text, m.end(), sent.end_char, lists=False, joins=False))
        if end > m.end():
            yield Cand(m.end(), end, text[m.end():end], None, si, "partner_investment")
        for e in doc_ents(doc):
            if m.start() < e.start_char and e.end_char < m.end() - 3 and e.label_ in ("ORG", "LOC"):
                yield Cand(e.start_char, e.end_char, e.text, None, si, "partner_investment")
        investor = _INVESTOR_BEFORE_DI.search(text, m.start(), m.end())
        if investor and not any(e.start_char <= investor.start() < e.end_char for e in doc_ents(doc)) \
                and not set(_WORD.findall(investor.group(1).lower())) & _MONEY_WORDS:
            # "investasi pabrik mie Indofood di Kazakhstan": the name that ends the span invests, when the NER
            # model found nothing there
            yield Cand(investor.start(1), investor.end(1), investor.group(1), None, si, "partner_investment")


def _ent_end(doc: Doc, start: int, end: int) -> int:
    """The end of a longer ORG/LOC entity that starts at ``start`` ("International Foundation of Electoral
    System"), else ``end``."""
    return max([end, *(e.end_char for e in doc_ents(doc) if e.start_char == start and e.label_ in ("ORG", "LOC"))])


def _has_strong_cue(doc: Doc, sent: Segment) -> bool:
    """Whether the line holds a strong cue; two finders ask it of each line."""
    seen = per_doc(doc, "partners.strong_cue_lines", dict)
    key = (sent.start_char, sent.end_char)
    if key not in seen:
        seen[key] = _strong_cue_re().search(doc_text(doc), sent.start_char, sent.end_char) is not None
    return seen[key]


_FUNDS = frozenset({"dana", "anggaran", "apbn", "apbd", "apbdes"})   # "hibah dari Dana Bagi Hasil ...": money
_WITH_NAME = re.compile(r"(?<!\w)(?:dengan|bersama|dari|kepada)\s+[A-Z]")
_CUE_THEN_WITH = re.compile(r"(?:\S+\s+){0,3}?(?:dengan|bersama|dari|kepada)\s+(?=[A-Z])")


def _with_cands(doc: Doc, sent: Segment, si: int) -> Iterator[Cand]:
    """ "meneken MoU dengan Toyota Motor Manufacturing Indonesia", "hibah dari Rotary Club X": a name of
    two or more capitalised words right after "dengan"/"bersama"/"dari"/"kepada" that follows a strong
    cue closely is the other side, when the NER model found nothing there (or a person, where the
    name has a word for a kind of body)."""
    text = doc_text(doc)
    if not _WITH_NAME.search(text, sent.start_char, sent.end_char):
        return   # most sentences: no capitalised word after "dengan"/"bersama", no cue scan
    for cue in _strong_cue_re().finditer(text, sent.start_char, sent.end_char):
        m = _CUE_THEN_WITH.match(text, cue.end() + 1)
        if not m or m.end() >= sent.end_char:
            continue
        end = _extend(text, m.end(), sent.end_char, lists=False, joins=True)
        name = text[m.end():end]
        ents = [e for e in doc_ents(doc) if e.start_char < end and m.end() < e.end_char]
        if len(name.split()) >= 2 and name.split()[0].lower() not in _office_titles() | _FUNDS \
                and all(e.label_ == "PER" and _kind_from_words(name) for e in ents):
            yield Cand(m.end(), end, name, None, si, "partner_with")   # "Rotary Club X" is no person


@lru_cache(maxsize=1)
def _strong_cue_re() -> re.Pattern:
    alt = _longest_first(words("partner_strong_cues"))
    return re.compile(rf"(?<!\w)(?:{alt})", re.IGNORECASE)


_NON_SPACE = re.compile(r"\S+")


def _country_span(text: str, start: int, end: int, *, from_end: bool) -> tuple[int | None, int]:
    """The country among the capitalised words text[start:end]: its first words after the home
    country, its last words before it."""
    spans = [(w.start(), w.end()) for w in _NON_SPACE.finditer(text[start:end])]
    for size in range(len(spans), 0, -1):
        s, e = (spans[-size][0], spans[-1][1]) if from_end else (spans[0][0], spans[size - 1][1])
        if is_country(text[start + s:start + e]) and not re.fullmatch(_HOME, text[start + s:start + e]):
            return start + s, start + e
    return None, end


_LAST_WORD = re.compile(r"(\S+)[ \t]+$")


def _capitalised_before(text: str, start: int) -> bool:
    m = _LAST_WORD.search(text[max(0, start - 40):start])
    return bool(m) and m.group(1)[0].isupper() and m.group(1).lower() not in words("partner_name_stops")


_EXPANDED = re.compile(r"((?:[A-Z0-9][\w.'&/-]*\s+(?:(?:dan|of|for|and|untuk|&|de)\s+)?){1,12})"
                       r"\(([A-Z][A-Za-z0-9-]{1,11})\)")
_EXPANDED_BRACKET = re.compile(r"\([A-Z][A-Za-z0-9-]{1,11}\)")   # how every match of _EXPANDED ends


def _expansions(doc: Doc) -> dict[str, str]:
    """Acronym -> "Full Name (ACR)" for every acronym the article spells out, anywhere in its text."""
    def compute():
        out = {}
        if not _EXPANDED_BRACKET.search(doc_text(doc)):
            return out   # no bracketed acronym: the slow scan for the name before one is spared
        text = doc_text(doc)
        for m in _expanded_matches(text):
            acr, name = m.group(2), _expansion_of(m.group(2), m.group(1).split())
            # only bodies: "Integrasi Layanan Primer (ILP)" and "Letter of Intent (LoI)" are no parties,
            # nor a name the text opens as a program ("program Sekolah Ramah Anak (SERA)")
            at = text.rfind(name, m.start(1), m.end(1))
            if name and acr not in out and (_heads()[1].match(name) or _kind_from_words(name)) \
                    and not find_cues(name) and not (at >= 0 and _names_a_program(text, at, m.end())):
                out[acr] = f"{name} ({acr})"
        return out
    return per_doc(doc, "partners.expansions", compute)


# what the names before a bracketed acronym are made of: a name never runs across any other character
_NOT_IN_NAME = re.compile(r"[^\w\s.'&/-]")


def _expanded_matches(text: str) -> Iterator[re.Match]:
    """``_EXPANDED.finditer(text)``, read back from each bracketed acronym: the words of a match, with
    the white space between them, never hold a bracket or a comma, so its match (the leftmost) starts
    after the last such character before the acronym; the scan of the whole text tries a dozen words
    from every capital."""
    back = text[::-1]   # the last such character before a position, found by one forward scan
    for b in _EXPANDED_BRACKET.finditer(text):
        stop = _NOT_IN_NAME.search(back, len(text) - b.start())
        m = _EXPANDED.search(text, len(text) - stop.start() if stop else 0, b.end())
        if m:
            yield m


def _expansion_of(acr: str, toks: list[str]) -> str:
    """The shortest tail of ``toks`` whose initial is the acronym's and that holds its letters in order
    ("Dewan Pengurus Asosiasi Pemerintah Kabupaten Seluruh Indonesia", "APKASI" -> "Asosiasi ... Indonesia")."""
    letters = acr.lower().replace("-", "")
    for i in range(len(toks) - 1, -1, -1):
        if toks[i][0].lower() != letters[0] or len(toks) - i < 2:
            continue
        rest, j = " ".join(toks[i:]).lower(), 0
        for ch in rest:
            if j < len(letters) and ch == letters[j]:
                j += 1
        if j == len(letters):
            return " ".join(toks[i:])
    return ""


def _acronym_cands(doc: Doc, sent: Segment, si: int) -> Iterator[Cand]:
    """ "MoU antara APKASI dengan PT X": an acronym spelled out elsewhere in the article stands for
    its full name, which is the party's name."""
    full = _expansions(doc)
    if not full or not any(a in sent.text for a in full):
        return   # each match is one of the acronyms written out: most lines hold none
    rx = per_doc(doc, "partners.acronym_re",
                 lambda: re.compile(rf"(?<![\w(-])(?:{'|'.join(re.escape(a) for a in full)})(?![\w)-])"))
    for m in rx.finditer(doc_text(doc), sent.start_char, sent.end_char):
        yield Cand(m.start(), m.end(), full[m.group(0)], None, si, "partner_acronym")


@lru_cache(maxsize=1)
def list_opener_re() -> re.Pattern:
    """ "termasuk", "yaitu", "adalah", ...: words that open a list of names."""
    alt = _longest_first(words("partner_list_openers"))
    return re.compile(rf"(?<!\w)(?:{alt})\s+", re.IGNORECASE)


# "Yang Mulia Duta Besar (Dubes) Aljazair", "Dubes Belgia": the envoy stands for the country
_LIST_LEAD = re.compile(r"(?:(?:Yang Mulia|YM|Duta Besar|Dubes|Perwakilan|Delegasi|\(Dubes\))\s+)+")


def _list_cands(doc: Doc, sent: Segment, si: int) -> Iterator[Cand]:
    """Items of "termasuk A, B, dan C" when each is a capitalised name."""
    text = doc_text(doc)
    for m in list_opener_re().finditer(text, sent.start_char, sent.end_char):
        if _lists_places(text, m.start()):
            continue
        items = list(_list_items(text, m.end(), sent.end_char, si))
        kind, country = _list_kind(text, m.start(), sent.start_char)
        for c in items:
            c.type, c.country = kind, country
        # "seperti HAMP (hibah air minum pedesaan), Sanimas": acronyms spelled out in common nouns
        # name kinds of programs, so the whole list is of things
        if not any(_COMMON_EXPANSION.search(c.name) for c in items):
            yield from items


_COMMON_EXPANSION = re.compile(r"\((?:[a-z][a-z-]*\s+){1,}[a-z][a-z-]*\)")


_LIST_COUNTRY = re.compile(r"\s+(?:di|dari|asal)\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)")


@lru_cache(maxsize=1)
def _list_kind_re() -> re.Pattern:
    kinds = mapping("partner_list_kinds")["kinds"]
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(k) for k in kinds)})(?!\w)", re.IGNORECASE)


def _list_kind(text: str, opener: int, sent_start: int) -> tuple[str | None, str | None]:
    """ "tiga provinsi di Tiongkok, yaitu ...": the kind of the listed parties, and their country."""
    before = text[max(sent_start, opener - 60):opener]
    kinds = mapping("partner_list_kinds")["kinds"]
    found = [(m.end(), kinds[m.group(0).lower()]) for m in _list_kind_re().finditer(before)]
    if not found:
        return None, None
    end, kind = found[-1]
    country = _LIST_COUNTRY.match(before[end:])
    return kind, (country_in(country.group(1)) if country else None)


_LIST_SEPARATOR = re.compile(r",?\s*(?:\([^()]*\)\s*,?\s*)?(?:dan\s+|serta\s+)?")


def _list_items(text: str, pos: int, limit: int, si: int) -> Iterator[Cand]:
    while pos < limit:
        lead = _LIST_LEAD.match(text, pos, limit)
        if lead:
            pos = lead.end()
        end = _extend(text, pos, limit, lists=False, joins=False)
        if end == pos or text[pos:end].split()[0].lower() in words("partner_place_list_nouns"):
            return   # "yakni Desa A, B dan C": a list of places
        if not text[pos].isalpha():
            return   # "dua tahap yakni 40 persen ...": a list of figures
        yield Cand(pos, end, text[pos:end], None, si, "partner_list")
        rest = _LIST_SEPARATOR.match(text[end:limit])
        if not rest or rest.end() == 0:
            return
        pos = end + rest.end()


def _lists_places(text: str, opener: int) -> bool:
    """ "di tiga kecamatan, yakni ...", "berbagai istilah, antara lain ...": the noun just before
    the list opener says its items are places or things, not parties."""
    before = _WORD.findall(text[max(0, opener - 40):opener].lower())[-3:]
    return any(w in words("partner_place_list_nouns") for w in before) or _regions_where(text, opener)


_LIST_SO_FAR = re.compile(r"[\w\s,()&'-]*")


def _item_of_place_list(text: str, start: int) -> bool:
    """Whether ``start`` is an item of a list of regions where something happens ("pada lima provinsi, yaitu"),
    its opener in the last 200 characters and only names, commas and "dan" between."""
    opener = None
    for m in list_opener_re().finditer(text, max(0, start - 200), start):
        opener = m
    return opener is not None and _LIST_SO_FAR.fullmatch(text, opener.end(), start) is not None \
        and _regions_where(text, opener.start())


# "program X di 120 desa pada lima provinsi, yaitu A, B dan C", "peserta dari tiga kabupaten, yakni ...": regions
# where something happens or where people come from ("dengan tiga provinsi, yaitu ..." names parties)
_REGIONS_WHERE = re.compile(r"(?<!\w)(?:di|pada|ke|dari|se)\s+(?:\w+\s+)?(?:provinsi|kabupaten|kota|kabupaten/kota|"
                            r"negara|daerah|wilayah)\s*,?\s*$", re.IGNORECASE)


def _regions_where(text: str, opener: int) -> bool:
    """Whether the list opener at ``opener`` follows regions where something happens ("pada lima provinsi,")."""
    return _REGIONS_WHERE.search(text, max(0, opener - 60), opener) is not None


# ---------------------------------------------------------------- filters

def _blocked_from(doc: Doc, sent: Segment) -> int:
    """Offset after which the sentence only names witnesses or approvers (end of sentence if none)."""
    return witnesses_from(doc_text(doc), sent.start_char, sent.end_char)


def witnesses_from(text: str, start: int, end: int) -> int:
    """Offset after which the passage ``text[start:end]`` only names witnesses or approvers (``end`` if none)."""
    for m in _blocker_re().finditer(text, start, end):
        # "saat menghadiri penandatanganan kemitraan bersama PT A dan Koperasi B": the bodies
        # after the signing it attended are its sides
        if not _strong_cue_re().match(text, m.end() + 1, min(end, m.end() + 40)):
            return m.start()
    return end


_PRECEDING_WORD = re.compile(r"(\w+)\W*$")


def _preceding_word(text: str, start: int) -> str:
    m = _PRECEDING_WORD.search(text[max(0, start - 30):start])
    return m.group(1).lower() if m else ""



_ADDRESS_BEFORE = re.compile(r"\b(?:Desa|Kelurahan|Kecamatan|Distrik|Kampung|Dusun|Nagari|Gampong|Jalan|Jl\.)"
                            r"(?:\s+[A-Z][\w'-]*){1,4}\s*,\s*$")
_INTERNSHIP_AT = re.compile(r"(?<!\w)magang\s+di\s+$", re.IGNORECASE)
# (not "pelatihan digelar di Politeknik X": a training's host is a party)
_LAUNCHED_AT = re.compile(r"(?<!\w)(?:meluncurkan|diluncurkan|peluncuran|meresmikan|diresmikan|peresmian|"
                          r"mencanangkan|dicanangkan|pencanangan)\s[^.,;:\n]{0,100}?\sdi\s+$", re.IGNORECASE)
_HELD_AT = re.compile(r"(?<!\w)(?:bertempat|berlangsung|dilangsungkan)\s+di\s+$", re.IGNORECASE)

# "berbatasan langsung dengan Sarawak": a neighbour; "berkonsultasi dengan Kemendagri", "dikonsultasikan
# kepada KBRI": a body asked for advice, which the guideline leaves out like one that approves
_NEIGHBOUR_OR_ADVISER = re.compile(r"(?<!\w)(?i:berbatasan(?:\s+langsung)?|(?:ber|di)konsultasikan|berkonsultasi|"
                                   r"konsultasi)\s+(?:(?:terlebih|dahulu|lebih|dulu)\s+)*(?:dengan|kepada|ke)\s+"
                                   r"(?:[A-Z(][\w().'-]*,?[ \t]+|(?:dan|serta)[ \t]+)*$")   # and the names coordinated


# words that introduce a side of a tie ("dengan X", "menggandeng X")
_SIDE_WORDS = r"(?:dengan|bersama|antara|menggandeng|mengandeng|digandeng|menggaet|digaet|merangkul|dirangkul|kepada)"
_SIDE_BEFORE = re.compile(rf"(?<!\w){_SIDE_WORDS}\s+$", re.I)
_SIDE_BETWEEN = re.compile(rf"(?<!\w){_SIDE_WORDS}(?!\w)", re.I)


_LISTED = re.compile(r"(?:,|(?<!\w)(?:dan|serta))\s*$")
_AT_BEFORE = re.compile(r"(?<!\w)di\s+$")
_ON_THE_DAY = re.compile(r"\s*(?:\([^()]*\)\s*)?,\s*(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)(?!\w)")


def _is_venue(doc: Doc, c: Cand) -> bool:
    loc, text = words("partner_location_words"), doc_text(doc)
    if _NEIGHBOUR_OR_ADVISER.search(text, max(0, c.start - 160), c.start):
        return True
    first = c.name.split()[0].lower()
    if (first in loc or c.name.lower().split()[:2] and " ".join(c.name.lower().split()[:2]) in loc) \
            and not _SIDE_BEFORE.search(text, max(0, c.start - 20), c.start) \
            and not (_LISTED.search(text, max(0, c.start - 10), c.start)
                     and _chain_opener(text, c.start, coordinated=True) not in loc):
        # "Kantor Staf Presiden" is a building after "di", a side after "dengan" or in a list of sides
        # ("Pemkab X, Kantor Pertanahan X dan Kejari X menandatangani ...")
        return True
    # "di Jakarta", "di Ruang Rapat Balai Kota, Jalan Sudirman No. 5, Kota Palu": where the
    # event happens; a body after "di" ("magang di Kemendikbud") hosts an internship and is kept
    if _in_building(text, c.start):
        return True   # "di Aula Kantor Dinas X": the body names the building
    if _item_of_place_list(text, c.start):
        return True   # "pada lima provinsi, yaitu A, B dan C", whichever rule found the item
    if text[max(0, c.start - 60):c.start].rstrip().endswith(",") \
            and _ADDRESS_BEFORE.search(text, max(0, c.start - 60), c.start):
        return True   # "BUMDes X, Desa Y, Kecamatan Z, Kabupaten Tuban": the last part of an address
    if _INTERNSHIP_AT.search(text, max(0, c.start - 20), c.start):
        return False   # "magang di Kota Kitakyushu": the host of an internship is a party
    if _ON_THE_DAY.match(text, c.end) and _AT_BEFORE.search(text, max(0, c.start - 4), c.start):
        return True   # "diserahkan ... di SDN 2 Taliwang, Kamis (20/6/2024)": where it happened, that day
    if c.rule == "partner_investment" and text[max(0, c.start - 4):c.start].rstrip().endswith("di"):
        return False   # "investasi Swiss di Kazakhstan": the host of an investment is a party
    if _HELD_AT.search(text, max(0, c.start - 30), c.start):
        return True   # "ditandatangani ..., bertempat di Universitas X": where the signing was held
    if _LAUNCHED_AT.search(text, max(0, c.start - 120), c.start):
        return True   # "meluncurkan program X di SD Negeri 7 Y": the school hosts the ceremony only
    if c.rule == "partner_head" and (c.type not in REGION_TYPES or first in _GOVERNMENT_WORDS):
        return False   # "Pemerintah Korea", "Pemkot X" are governments even after "di": hosts, not venues
    if c.rule == "partner_ent_org" and _ACTS_WITH.match(text, c.end):
        return False   # "di Lhokseumawe, BMKG bersama Universitas X": a body acting with a party, after a place
    # a place the NER found may be the second of a coordination: "di Pulau Timor dan Sumba"
    return _chain_opener(text, c.start, coordinated=c.rule.startswith("partner_ent")) in loc \
        or _place_in_venue(text, c)



_PLACE_NOUNS = frozenset({"kota", "kabupaten", "provinsi", "negara", "negeri", "prefektur", "pemerintah"})


def _place_in_venue(text: str, c: Cand) -> bool:
    """ "di pesisir Tambrauw", "di kampus Gunung Kelua, Samarinda", "di Kabupaten A dan Kabupaten B": a
    place after "di" and a common noun, or in a list of places after "di", is where something happens."""
    if not (c.rule == "partner_ent_loc" or c.type in REGION_TYPES):
        return False
    toks = _CHAIN_TOKEN.findall(text[max(0, c.start - 120):c.start])
    i = len(toks) - 1
    while i >= 0 and (toks[i] in {",", "(", ")"} or toks[i][:1].isupper() or toks[i].lower() in {"dan", "serta"}):
        i -= 1
    if i < 0:
        return False
    opener = toks[i].lower()
    if opener == "di":
        return True
    return opener.isalpha() and opener.islower() and opener not in _PLACE_NOUNS and i > 0 and toks[i - 1] == "di"

def _in_building(text: str, start: int) -> bool:
    """ "di Kantor Dinas X", "Aula Gedung Kementerian Y", "di Kantor Perwakilan Bank Indonesia": a building
    word (and an office's branch word after it), after "di" or another building word."""
    toks = _WORD.findall(text[max(0, start - 60):start].lower())[-4:]
    buildings = words("partner_building_words")
    while len(toks) > 2 and toks[-1] in _BRANCH_WORDS:
        toks.pop()
    toks = toks[-2:]
    return len(toks) == 2 and toks[1] in buildings and (toks[0] in buildings or toks[0] in {"di", "ke"})


_BRANCH_WORDS = frozenset({"perwakilan", "cabang", "pusat", "wilayah", "regional", "unit"})


_CHAIN_TOKEN = re.compile(r"[\w.'-]+|[^\s\w]")


def _chain_opener(text: str, start: int, *, coordinated: bool = False) -> str:
    """The word before the run of capitalised words, numbers and commas that ends at ``start``
    (and "dan"/"serta"/"atau" between them if ``coordinated``)."""
    before = text[max(0, start - 120):start]
    toks = _CHAIN_TOKEN.findall(before)
    for tok in reversed(toks):
        if tok in {",", "(", ")", "."} or tok[:1].isupper() or tok[:1].isdigit() or tok.lower() in {"no", "no."}:
            continue
        if coordinated and tok.lower() in {"dan", "serta", "atau"}:
            continue
        return tok.lower()
    return ""


_STATE_FORM = re.compile(r"^(?:Republik(?:\s+(?:Rakyat|Federal|Demokratik|Sosialis|Islam))*|Kerajaan|Federasi|"
                         r"Kesultanan|Keamiran|Persemakmuran)\s+")


_SHORT_PARENS = re.compile(r"\s*\([^()]{1,40}\)")
# (a region on the way may be named by its kind: "Kota Guilin, Daerah Otonomi Guangxi Zhuang, Tiongkok")
_PLACE_KINDS = r"(?:Provinsi|Negara(?:\s+Bagian)?|Daerah\s+Otonomi|Prefektur|Distrik|Wilayah)"
_APPOSED_PLACE = re.compile(rf"(,\s*|\s+(?:di|dari|asal)\s+)"
                            rf"((?:{_PLACE_KINDS}\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,2}})")
_PLACE_KIND_WORD = re.compile(rf"^{_PLACE_KINDS}\s+")


def _appositive_country(doc: Doc, c: Cand, end_limit: int) -> tuple[str | None, int]:
    """Country named in ", Sarawak, Malaysia", " di Korea Selatan" or " dari Jepang" after a candidate; and the
    appositive's end."""
    text = doc_text(doc)
    pos, found, last = c.end, None, c.end
    paren = _SHORT_PARENS.match(text[pos:end_limit])
    if paren:   # "Kanazawa Technical College (KTC) di Kanazawa, Jepang"
        pos += paren.end()
    for _ in range(3):
        m = _APPOSED_PLACE.match(text[pos:end_limit])
        if not m:
            break
        name = _PLACE_KIND_WORD.sub("", m.group(2))
        name = _STATE_FORM.sub("", name)   # "Republik Rakyat Tiongkok" is Tiongkok
        if is_country(name):
            found, last = countries()[name.lower()], pos + m.end()
            break
        if m.group(1).strip() in ("di", "dari", "asal") and not indonesian_level(name) \
                and not text.startswith(",", pos + m.end()):
            break   # "di Kanazawa, Jepang" goes on to the country; "di Gedung Sate" does not
        pos = pos + m.end()
        last = pos
    return found, (last if found else c.end)


# ---------------------------------------------------------------- typing

_SPACED_PARENS = re.compile(r"\s*\([^)]*\)")


def _classify(c: Cand, apposed_country: str | None) -> tuple[str | None, str | None, str | None]:
    """(type, country, scope) of a candidate from its head word, its words and its appositive."""
    known = known_organisation(c.name)
    if known:
        country = known.get("country") or apposed_country
        scope = ("domestic" if country == DOMESTIC else "foreign") if country else \
            ("foreign" if known["type"] == "international_org" else None)
        return known["type"], country, scope
    heads, rx = _heads()
    m = rx.match(c.name)
    head = m.group(0).lower() if m else None
    rest = c.name[m.end():].strip() if m else c.name
    rest_plain = _SPACED_PARENS.sub("", rest).strip()
    ctype = heads.get(head) if head else None
    named_country = country_in(c.name)
    if not head and is_country(_STATE_FORM.sub("", rest_plain)):
        ctype = "country"   # "Republik Islam Sudan" is Sudan
    elif not head or ctype == "country":
        level = indonesian_level(rest_plain)
        if level:
            ctype = level
        elif is_country(rest_plain):
            ctype = "country"
        elif ctype is None:
            ctype = "other"
    if head in ("pemerintah daerah", "pemda") and (rest_plain.lower().startswith("provinsi")
                                                  or indonesian_level(rest_plain) == "province"):
        ctype = "province"   # "Pemda DIY", "Pemerintah Daerah Provinsi Jawa Barat"
    agency = ctype in (None, "other") and _is_id_agency(rest_plain)
    if ctype in (None, "other") and not agency and _is_id_company(c.name):
        ctype = "company"   # "Bulog", "PT Pelindo": a state company the head words miss
    if ctype in (None, "other"):
        ctype = "government_body" if agency else (_kind_from_words(c.name) or c.type or ctype)
    country = apposed_country or named_country or c.country
    if country is None and (agency or (ctype not in REGION_TYPES and _names_id_region(rest_plain))):
        country = DOMESTIC   # "Bappenas", "Dinas Kesehatan Manokwari", "BKK Purwodadi"
    # an Indonesian head word marks an Indonesian body, but "Pemkot X" may govern a foreign city:
    # a region counts as domestic only when the gazetteer knows it
    indonesian_body = head and head not in _FOREIGN_HEADS and ctype not in REGION_TYPES
    # regencies ("kabupaten") exist only in Indonesia
    if country is None and (indonesian_level(rest_plain) or indonesian_body or ctype == "regency"):
        country = DOMESTIC
    scope = None if country is None else ("domestic" if country == DOMESTIC else "foreign")
    return ctype, country, scope


@lru_cache(maxsize=1)
def _kind_table() -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((kind, re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(w) for w in kws)})(?![\w-])", re.IGNORECASE))
                 for kind, kws in mapping("partner_type_words")["kinds"])


@lru_cache(maxsize=4096)   # one regex per kind, asked of a name by several rules
def _kind_from_words(name: str) -> str | None:
    """ "Kanazawa Technical College" -> education, "Tokushukai Medical Corporation" -> company."""
    plain = _PARENS.sub(" ", name)
    return next((kind for kind, rx in _kind_table() if rx.search(plain)), None)


def _is_id_agency(name: str) -> bool:
    """A short name of an Indonesian government body ("Bappenas", "Kemendesa PDTT", "BPBD Sigi")."""
    agencies = words("partner_id_agencies")
    toks = name.lower().split()
    return bool(toks) and (" ".join(toks) in agencies or " ".join(toks[:2]) in agencies or toks[0] in agencies)



_COMPANY_FORM = re.compile(r"^(?:PT\.?|Perum|Persero)\s+|\s*\((?:Persero|Perum)\)|\s+Tbk\.?$")


def _is_id_company(name: str) -> bool:
    """A short name of an Indonesian state company or regional bank ("Bulog", "PT PLN (Persero)",
    "Bank Jateng Cabang Solo")."""
    companies = words("partner_id_companies")
    toks = _COMPANY_FORM.sub("", name).lower().split()
    return bool(toks) and (" ".join(toks) in companies or " ".join(toks[:2]) in companies
                           or " ".join(toks[:3]) in companies or toks[0] in companies)

def _names_id_region(name: str) -> bool:
    """An Indonesian province or regency/city named by some words of ``name`` ("BKK Purwodadi")."""
    toks = name.split()
    return any(indonesian_level(" ".join(toks[i:i + n])) for n in (3, 2, 1) for i in range(1, len(toks) - n + 1))


# ---------------------------------------------------------------- merging

def _overlaps(a: Cand, b: Cand) -> bool:
    return a.start < b.end and b.start < a.end


def _pick_spans(cands: list[Cand]) -> list[Cand]:
    """Overlapping candidates of one sentence: the longest wins (head-word spans first on ties)."""
    # head-word spans are the best delimited; NER and list items fill the gaps
    order = {"partner_organisation": -1, "partner_head": 0, "partner_country_pair": 0, "partner_genitive": 0.5,
             "partner_investment": 0.5,
             "partner_title_region": 1,
             "partner_acronym": 1.2, "partner_list": 1.5, "partner_between": 2.5,
             "partner_country": 3}
    kept: list[Cand] = []
    for c in sorted(cands, key=lambda c: (order.get(c.rule, 2), -(c.end - c.start), c.start)):
        if not any(_overlaps(c, k) for k in kept):
            kept.append(c)
    return sorted(kept, key=lambda c: c.start)


@lru_cache(maxsize=4096)
def _place_key(name: str) -> frozenset[str]:
    """name_key with provinces' short forms spelled out ("Jabar" -> jawa barat)."""
    aliases = mapping("place_id_province_aliases")["aliases"]
    low = _PARENS.sub(" ", name.lower())
    for short, full in aliases.items():
        low = re.sub(rf"(?<!\w){re.escape(short)}(?!\w)", full, low)
    return name_key(low)


@lru_cache(maxsize=1)
def _head_words() -> frozenset[str]:
    return frozenset(w for h in _heads()[0] for w in h.split())


def _acronym_form(a: Cand, b: Cand) -> bool:
    """ "Kementerian PUPR (RI)" is "Kementerian Pekerjaan Umum dan Perumahan Rakyat (PUPR)"; "Kejari Buton
    Utara" is "Kejaksaan Negeri (Kejari) Buton Utara": b's acronym with words of b's name."""
    heads = _head_words()
    acr = _acronym_words(b.name)
    ka = name_key(a.name) - _COUNTRY_SUFFIX
    core = ka - heads
    if bool(acr and core) and core <= acr and (ka - core) <= name_key(b.name):
        return True
    rest = ka - acr
    return bool(ka & acr) and bool(rest) and rest <= name_key(b.name)


def _region_absorbs(a: Cand, b: Cand, ka: frozenset, kb: frozenset) -> bool:
    """Two mentions whose keys nest are one party, except that an untyped name merges into a
    region only when it names nothing more: "Makassar" is "Pemkot Makassar", "Kadin Makassar" is not."""
    a_region, b_region = a.type in REGION_TYPES, b.type in REGION_TYPES
    return a_region == b_region or (kb <= ka if a_region else ka <= kb)


_HYPHENATED_WORD = re.compile(r"[\w-]+")


@lru_cache(maxsize=4096)
def _spelled_key(name: str) -> frozenset[str]:
    """name_key with the short forms of ministry names spelled out ("Kementerian PUPR RI")."""
    forms = mapping("partner_id_ministry_forms")["forms"]
    low = _PARENS.sub(" ", name.lower())
    spelled = " ".join(forms.get(w, w) for w in _HYPHENATED_WORD.findall(low))
    return name_key(spelled) - _COUNTRY_SUFFIX


_NON_WORD_CHAR = re.compile(r"\W")


@lru_cache(maxsize=4096)
def _abbreviates(short: str, full: str) -> bool:
    """ "KOICA" / "Korean International Cooperation Agency", "Kutim" / "Kutai Timur", "Kemendesa PDTT" /
    "Kementerian Desa, Pembangunan Daerah Tertinggal dan Transmigrasi": Indonesian short forms take the
    first letters or syllables of the full name's words, in order, leaving out only connectors."""
    if "(" in short or len(short.split()) > 2 or not short[:1].isupper():
        return False
    # ("ANP" and "PT SMI" are "PT Agro Nusa Persada (Persero)", "PT Sarana Multi Infrastruktur": a legal form is
    # no part of the name it is called by)
    forms = words("company_forms")
    letters = _NON_WORD_CHAR.sub("", "".join(w for w in short.lower().split() if w.strip(".") not in forms))
    toks = [t for t in _WORD.findall(_PARENS.sub(" ", full.lower())) if t not in forms]
    while toks and toks[-1] in _COUNTRY_SUFFIX:
        toks.pop()
    return len(letters) >= 3 and len(toks) >= 2 and len(toks) > len(short.split()) and _spells(letters, tuple(toks))


@lru_cache(maxsize=8192)
def _spells(letters: str, toks: tuple[str, ...]) -> bool:
    if not toks:
        return not letters
    word, rest = toks[0], toks[1:]
    if word in _CONNECTORS and _spells(letters, rest):
        return True
    return any(letters[:k] == word[:k] and _spells(letters[k:], rest)
               for k in range(1, min(len(word), len(letters)) + 1))


_LEVEL_WORDS = frozenset({"kota", "pemkot", "kabupaten", "pemkab", "provinsi", "pemprov", "istimewa", "city",
                          "regency", "province"})
_LEVELS = frozenset({"city", "regency", "province"})


def _different_levels(a: Cand, b: Cand) -> bool:
    """ "Pemerintah Kota Yogyakarta" and "Pemerintah Daerah Istimewa Yogyakarta", "Kota Bandung" and
    "Kabupaten Bandung": a city, a regency and a province that share a name are different parties when
    both names say their level (a bare "Yogyakarta" may be either)."""
    if a.type == b.type or not {a.type, b.type} <= _LEVELS:
        return False
    local = a if a.type != "province" else b
    return all(set(_WORD.findall(c.name.lower())) & _LEVEL_WORDS for c in (a, b)) and _known_local_region(local.name)


_LOCAL_LEVEL = re.compile(r"\b(kota|pemkot|kabupaten|pemkab)\s+([^()]+)")


@lru_cache(maxsize=1)
def _local_regions() -> frozenset[str]:
    return frozenset(n.lower() for code, n in region_codes().items() if "." in code)


def _known_local_region(name: str) -> bool:
    """ "Pemerintah Kota Yogyakarta" names the real city Kota Yogyakarta; "Kota Jakarta" names no city
    of its own (it is the province spoken of loosely)."""
    m = _LOCAL_LEVEL.search(name.lower())
    if not m:
        return False
    level = "kota" if m.group(1) in {"kota", "pemkot"} else "kabupaten"
    return f"{level} {m.group(2).strip()}" in _local_regions()


def _same_party(a: Cand, b: Cand) -> bool:
    if _different_levels(a, b):
        return False
    if {a.type, b.type} & REGION_TYPES and {a.type, b.type} & _NAMED_AFTER_REGIONS:
        return False   # "Bank Kalsel", "Universitas Jambi (UNJA)" bear their region's name and are not it
    ka, kb = name_key(a.name), name_key(b.name)
    sa, sb = _spelled_key(a.name), _spelled_key(b.name)
    if a.type == b.type == "government_body" and sa and sb and (sa <= sb or sb <= sa) and min(len(sa), len(sb)) > 1:
        return True   # "Kementerian PUPR RI" is "Kementerian Pekerjaan Umum dan Perumahan Rakyat"
    if _abbreviates(a.name, b.name) or _abbreviates(b.name, a.name) \
            or _abbreviated_head(a.name, b.name) or _abbreviated_head(b.name, a.name) \
            or _bare_short_head(a.name, b.name) or _bare_short_head(b.name, a.name):
        return True   # "Kutim" is "Kutai Timur", "Kemendesa PDTT" the ministry spelled out, "Perumda X" too
    row = known_organisation(a.name)
    if row is not None and row is known_organisation(b.name):
        return True   # "Food and Agriculture Organization" and "FAO": one row of the gazetteer
    if {a.type, b.type} <= REGION_TYPES | {"other", None}:
        pa, pb = _place_key(a.name), _place_key(b.name)
        if pa and pb and (pa <= pb or pb <= pa) and _region_absorbs(a, b, pa, pb):
            return True
    # ("Pemkab Sintang" is not "Komisi Pemilihan Umum Kabupaten Sintang (KPU Sintang)": a body's short name
    # holds its region's)
    body_of_region = bool({a.type, b.type} & REGION_TYPES) and not {a.type, b.type} <= REGION_TYPES | {"other", None}
    if not body_of_region and (_acronym_form(a, b) or _acronym_form(b, a)):
        return True
    if "country" in (a.type, b.type) and {a.type, b.type} <= {"embassy", "country"}:
        # "Belanda" and "Kedutaan Besar Kerajaan Belanda": the country acts through its embassy
        if ka and kb and (ka <= kb or kb <= ka):
            return True
    acr_a, acr_b = _acronyms(a.name), _acronyms(b.name)
    # "Pemkot Tangsel" is the party written "Pemerintah Kota Tangerang Selatan (Pemkot Tangsel)" ("Bank
    # SumselBabel" the one written "... (Bank Sumsel Babel)")
    if acr_a & acr_b or _unspaced(a.name) in {_unspaced(x) for x in acr_b} \
            or _unspaced(b.name) in {_unspaced(x) for x in acr_a} or not body_of_region and (
            (ka and ka <= _acronym_words(b.name)) or (kb and kb <= _acronym_words(a.name))):
        return True
    if a.type == b.type == "company" and (_branch_of(a.name, kb) or _branch_of(b.name, ka)):
        return True   # "Bank Bengkulu Seluma" (its branch in Seluma) is "PT Bank ... Bengkulu (Bank Bengkulu)"
    ca, cb = _compass_key(a.name), _compass_key(b.name)
    if (ca != ka or cb != kb) and ca and cb and ca == cb:
        return True   # "Western Australian Government" is "Australia Barat"
    if not ka or not kb or not (ka <= kb or kb <= ka):
        return False
    if a.type == b.type:
        return True
    if {a.type, b.type} & {"other", None} and not {a.type, b.type} & REGION_TYPES and min(len(ka), len(kb)) > 1:
        return True   # "Pertamina EP" (NER) is "PT Pertamina EP"; a lone word may be a place ("Rotterdam")
    if not {a.type, b.type} <= REGION_TYPES | {"other", None}:
        return False
    return _region_absorbs(a, b, ka, kb)


def _branch_of(name: str, key: frozenset[str]) -> bool:
    """Whether ``key`` is the company ``name`` (its words or its bracketed short name) plus one word that
    names an Indonesian region: the company's branch or office there."""
    for own in (name_key(name), _acronym_words(name)):
        extra = key - own
        if own and own < key and len(extra) == 1 and indonesian_level(next(iter(extra)).title()):
            return True
    return False


# kinds of body often named after the region they serve, never that region's government
_NAMED_AFTER_REGIONS = frozenset({"company", "education"})
_COMPASS = {"western": "barat", "west": "barat", "eastern": "timur", "east": "timur", "northern": "utara",
            "north": "utara", "southern": "selatan", "south": "selatan"}
_ENGLISH_GOVERNMENT = frozenset({"government", "state", "territory"})


def _compass_key(name: str) -> frozenset[str]:
    """ "Western Australian Government" as an Indonesian writer names it, {australia, barat}: the English
    compass word and demonym of a foreign state's government translated; other names as they are."""
    key = name_key(name)
    if not key & _COMPASS.keys():
        return key
    out = set()
    for w in key - _ENGLISH_GOVERNMENT:
        if w in _COMPASS:
            w = _COMPASS[w]
        elif w.endswith("n") and is_country(w[:-1].capitalize()):
            w = w[:-1]   # "Australian" -> "australia"
        out.add(w)
    return frozenset(out)


def _fullness(c: Cand) -> tuple[int, int]:
    return (len(_WORD.findall(c.name)), len(c.name))


def _merge(cands: list[Cand]) -> list[Cand]:
    groups: list[list[Cand]] = []
    # _same_party reads only names and types, and a party is named alike many times: each group
    # is compared by its distinct (name, type) forms, each pair of forms once
    forms: list[dict[tuple, Cand]] = []
    same: dict[tuple, bool] = {}

    def same_form(c: Cand, key: tuple, other: tuple, x: Cand) -> bool:
        pair = (key, other)
        if pair not in same:
            same[pair] = _same_party(c, x)
        return same[pair]

    for c in cands:
        key = (c.name, c.type)
        for g, seen in zip(groups, forms):
            if any(same_form(c, key, other, x) for other, x in seen.items()):
                g.append(c)
                seen.setdefault(key, c)
                break
        else:
            groups.append([c])
            forms.append({key: c})
    out = []
    # the body of someone quoted is no side of the cooperation, unless the article names only one other:
    # a tie has two sides, and the office whose head speaks of it ("penandatanganan kerja sama ini") is the
    # other one
    sides = sum(not all(x.affiliation for x in g) for g in groups)
    for g in groups:
        if all(x.affiliation for x in g) and sides != 1:
            continue
        best = max(g, key=_fullness)
        first = min(g, key=lambda c: c.start)
        best.country = best.country or next((x.country for x in g if x.country), None)
        out.append((first.start, best))
    kept = [b for _, b in sorted(out, key=lambda t: t[0])]
    return [c for c in kept if not _office_of_party(c, kept)]


def _office_of_party(c: Cand, parties: list[Cand]) -> bool:
    """ "Dinas Pendidikan Provinsi Sulteng" beside "Pemprov Sulteng": the office of a government
    that is itself a party acts for it; the government is the party."""
    toks = c.name.split()
    if toks[0].lower() not in _SUB_UNITS:
        return False
    regions = [p for p in parties if p.type in REGION_TYPES and p is not c]
    for size in (3, 2, 1):
        tail = " ".join(toks[-size:])
        if len(toks) > size + 1 and (indonesian_level(tail) or _place_key(tail)) and any(
                _place_key(tail) == _place_key(p.name) for p in regions):
            return True
    return False


# ---------------------------------------------------------------- main

_DATELINE_END = re.compile(r"^[^\n]{0,60}?(?:--|\s?[\u2013\u2014\-|:](?=\s)|[\u2013\u2014|])")


_ALPHA_WORD = re.compile(r"[^\W\d_][\w'-]*")
_SENTENCE_INSIDE = re.compile(r"[a-z]{3,}\.\s+[A-Z]")


def _is_title_case(line: str) -> bool:
    """Headlines and related-article links: most words capitalised, no full stop."""
    if line.rstrip().endswith("."):
        return False   # most lines are sentences: no need to split them into words
    toks = _ALPHA_WORD.findall(line)
    if len(toks) < 4 or _SENTENCE_INSIDE.search(line) or list_opener_re().match(line.lstrip()):
        return False   # sentences, or a list ("Yakni PT A, PT B"), are body text whatever their capitals
    caps = sum(t[0].isupper() for t in toks)
    return caps / len(toks) >= 0.7


def headline_spans(doc: Doc) -> tuple[tuple[int, int], ...]:
    """Offsets of the headline-like lines (headlines, related-article links) of the Doc's text."""
    def compute():
        out, pos = [], 0
        for line in doc_text(doc).split("\n"):
            if _is_title_case(line):
                out.append((pos, pos + len(line)))
            pos += len(line) + 1
        return tuple(out)
    return per_doc(doc, "partners.headline_spans", compute)


def _ignored_ranges(doc: Doc) -> list[tuple[int, int]]:
    """Char ranges whose names are never parties: bylines, link and headline lines, the dateline prefix."""
    from .outlet import source_and_dateline

    source, place = source_and_dateline(doc)
    furniture = page.of(doc).furniture()
    out, pos = list(furniture), 0
    for line in doc_text(doc).split("\n"):
        start, pos = pos, pos + len(line) + 1
        if page.past(furniture, start) >= start + len(line.rstrip()):
            continue   # the site's line, among the ranges already
        if _is_title_case(line):
            out.append((start, start + len(line)))
        elif source or place:
            m = _DATELINE_END.match(line)
            head = m.group(0) if m else ""
            if m and ((source and source in head) or (place and place in head)):
                out.append((start, start + m.end()))
            elif place and line.startswith(place + ","):
                out.append((start, start + len(place) + 1))
    return _disjoint(out)


def _disjoint(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ranges sorted, overlapping ones joined."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(ranges):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out


@lru_cache(maxsize=1)
def _not_party_words() -> frozenset[str]:
    """Continents and world regions (CLDR numeric territories), the big islands and the home country alone."""
    import babel

    regions = {n.lower() for c, n in babel.Locale("id").territories.items() if c.isdigit()}
    return frozenset(regions | words("partner_not_parties") | words("partner_islands") | {"indonesia", "ri", "nkri"})


def _person_words(doc: Doc, offs: list[Official]) -> frozenset[str]:
    """Words of persons' names: PER entities and the officials found by the officials rules."""
    text = doc_text(doc)
    # a span's text is the Doc's text between its offsets (Span.text would rebuild it token by token)
    names = [text[e.start_char:e.end_char] for e, label in _labelled_ents(doc)
             if label == "PER" and not _name_tail(text[e.start_char:e.end_char])]
    bodies = {text[e.start_char:e.end_char].lower() for e, label in _labelled_ents(doc) if label == "ORG"}
    # a one-word "official" that only ever stands inside a body's name ("Perwakilan TAFE Queensland,
    # X,": "Queensland" read as a person) is no person
    names += [o.name for o in offs if (" " in o.name.strip() or not _inside_body(o.name.lower(), bodies))
              and not _name_tail(o.name)]
    return frozenset(w.lower() for n in names for w in _WORD.findall(n))


def _inside_body(word: str, bodies: set[str]) -> bool:
    return any(word in _WORD.findall(b) and b != word for b in bodies)


_DOMAIN_END = re.compile(r"\.(?:[a-z]{2,}$|(?:id|com|co|net|org)\b)")
# "Rp142 miliar", "USD 5 juta" cut out of a list: a sum of money is never a party
_MONEY_NAME = re.compile(r"(?:rp|idr|usd|us\$|\$|eur|€|sgd|rm)\s?\.?\s?\d", re.IGNORECASE)
_ROMAN = re.compile(r"[IVXLC]+")


@lru_cache(maxsize=1)
def _not_party_openings() -> tuple[str, ...]:
    """ "OPD ...", "Indonesia ...": the words of ``partner_not_parties`` opening a longer name."""
    return tuple(e + " " for e in words("partner_not_parties"))


def _kind_of_company(low: str) -> bool:
    """ "dengan Perusahaan Pertambangan Nikel": a kind of company written in capitals, every word a
    common word, names no company (a company has a name of its own: "PT Sawit Makmur"); a state or regional
    enterprise is named so ("Perusahaan Listrik Negara", "Perusahaan Daerah Air Minum")."""
    toks = _WORD.findall(low)
    return len(toks) >= 2 and toks[0] in ("perusahaan", "perusahaan-perusahaan") \
        and not {"negara", "daerah", "umum"} & set(toks) \
        and all(t in words("entity_repair_ud_common_words") for t in toks[1:])


def _plausible(doc: Doc, c: Cand, person_words: frozenset[str]) -> bool:
    name, text = c.name.strip(), doc_text(doc)
    low = name.lower()
    if c.rule == "partner_country_pair":
        return True
    # (a head, "City Government of", names a body whatever words follow it)
    if low in _not_party_words() or low in words("partner_unnamed_kinds") \
            or (c.rule != "partner_head" and low.startswith(_not_party_openings())) or _kind_of_company(low):
        return False   # the home country or a continent alone, generic bodies ("OPD ...", "BUMDesa")
    if _DOMAIN_END.search(low) or "--" in name:
        return False   # a domain is the outlet
    if _MONEY_NAME.match(name):
        return False
    first = _WORD.findall(low)[:1]
    if not first or first[0] in words("partner_name_stops"):
        return False
    if c.rule != "partner_head" and all(is_degree(t) for t in name.split()) and not (
            c.rule == "partner_organisation" and not _in_degrees(text, c)):
        return False   # "M.Eng.", "SH., MH": a person's degrees (a known body "ASEAN" is one only among them)
    if c.rule == "partner_organisation" and _COUNTRIES_OF.search(text, max(0, c.start - 20), c.start):
        return False   # "negara ASEAN lainnya": countries of a group, none named
    if _POSTED_TO.search(text, max(0, c.start - 120), c.start):
        return False   # "Komisioner Perdagangan Victoria untuk ASEAN": where an officer is posted
    if c.rule != "partner_head" and first[0] in words("partner_not_party_firsts"):
        return False   # "ASN Gorontalo", "Program Magang": people or programs, not parties
    known_place = bool(indonesian_level(name) or is_country(name) or _is_id_company(name))
    # a list item the noun before its opener types ("tiga provinsi di Tiongkok, yaitu A, B dan C") is
    # that kind of body whatever the NER model made of it
    typed_by_list = c.rule == "partner_list" and c.type is not None
    if c.rule != "partner_head" and not known_place and not typed_by_list and set(_WORD.findall(low)) <= person_words \
            and not _body_apposition(text, c.start) and not _kind_from_words(name):
        return False   # a person's name the NER model also tagged LOC/ORG ("Investor asal China, X," and
        # "Rotary Club X" are bodies)
    if set(_WORD.findall(low)) & _PROGRAM_WORDS and c.rule != "partner_organisation":
        return False   # "Nordic Skills Exchange Programme" is a program, not a party
    if c.rule.startswith("partner_ent") and not known_place and _IS_A_PROGRAM.match(text, c.end):
        return False   # "Sekolah Lapang Iklim yang digelar BMKG": a program or event, whatever the model tagged
    if c.rule.startswith("partner_ent") and not (indonesian_level(name) or is_country(name)):
        if _ROMAN.fullmatch(name) or (name.isupper() and " " not in name and not _signer_office(text, c.start)
                                      and not _acts_in_tie(text, c) and not _side_of_strong_cue(text, c.start)
                                      and not (
                (_is_id_agency(name) or _is_id_company(name))
                and (_introduced_as_party(_tokens_before(text, c.start), "agency")
                     or _ACTS_WITH.match(text, c.end)))):
            return False   # roman numerals; a bare acronym the NER model tagged on its own, unless a known
            # body introduced as a side ("bekerja sama dengan BNPB") or acting with one ("BMKG bersama X"), or
            # the actor of a verb of cooperating ("UGM juga berhasil menjalin kerjasama")
        if " " not in name and low in text \
                and re.search(rf"(?<![\w.])(?:{re.escape(low)})(?!\w)", text):
            return False   # written lower-case elsewhere: a common noun at a sentence start
    if c.rule.startswith("partner_ent") and _common_noun_opening(text, c, low):
        return False   # "Puncak peringatan HUT ...": the regency Puncak is also the word for a peak
    if c.rule == "partner_title_region":
        return bool(indonesian_level(name) or is_country(name) or any(
            e.label_ == "LOC" and e.start_char <= c.start < e.end_char for e in doc_ents(doc))
            or c.end in _per_starts(doc) or text[c.end:c.end + 1] == " " and c.end + 1 in _per_starts(doc))
    return True


# a sentence's or a dateline's start
_OPENING = re.compile(r"(?:^|[.!?]\s+|\n\s*|\s[-\u2013\u2014]\s+)$")
_VERB_PREFIXES = ("me", "ber", "di", "ter", "se")
_COPULAS = frozenset({"adalah", "merupakan", "menjadi"})
_NEXT_LOWER = re.compile(r" ([a-z]+)\b")


def _common_noun_opening(text: str, c: Cand, low: str) -> bool:
    """A one-word place that is also a common word ("Puncak", "Batu"), opening a sentence before a noun in
    lower case: the common word (a place opening a sentence is most often named with its kind, "Kota Batu").
    A verb (by its prefix), an adverb or a function word after it ("Batu dan Malang menandatangani ...") leaves
    it a place."""
    if " " in low or low not in words("entity_repair_ud_common_words") \
            or _OPENING.search(text, max(0, c.start - 3), c.start) is None:
        return False
    m = _NEXT_LOWER.match(text, c.end)
    return m is not None and not m.group(1).startswith(_VERB_PREFIXES) \
        and m.group(1) not in words("official_function_words") | words("official_subject_adverbs") | _COPULAS


_COUNTRIES_OF = re.compile(r"(?<![\w-])(?:negara|negara-negara|negara\s+anggota|anggota)\s+$")
# an envoy's or commissioner's posting, named in the title: "Duta Besar RI untuk ASEAN, X"
_POSTED_TO = re.compile(r"(?<!\w)(?:Duta\s+Besar|Dubes|Komisioner|Utusan)\b[^,.;\n]{0,80}?\s+untuk\s+$")
_NEXT_WORD = re.compile(r"[ \t]*([\w.]+)")


def _in_degrees(text: str, c: Cand) -> bool:
    """ "Ir. X, ASEAN Eng": a word that names a body and a degree is a degree after a comma or before one."""
    m = _NEXT_WORD.match(text, c.end)
    return text[:c.start].rstrip().endswith(",") or bool(m and is_degree(m.group(1)))


_ACTS_WITH = re.compile(r"\s+(?:bersama(?:\s+dengan)?|menggandeng|mengandeng|menggaet|merangkul"
                        r"|bekerja\s*(?:sama|bareng)\s+dengan|bermitra\s+dengan)\s+[A-Z]")


def _in_ranges(ignored: tuple[list[int], list[tuple[int, int]]], pos: int) -> bool:
    """Whether ``pos`` falls in one of the ranges (ascending and disjoint, one per line at most)."""
    starts, ranges = ignored
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and pos < ranges[i][1]


def _sentence_cands(doc: Doc, sent: Segment, si: int, ignored, person_words) -> list[Cand]:
    cands = [*_organisation_cands(doc, sent, si), *_head_cands(doc, sent, si), *_country_pair_cands(doc, sent, si),
             *_acronym_cands(doc, sent, si), *_between_cands(doc, sent, si), *_genitive_cands(doc, sent, si),
             *_investment_cands(doc, sent, si),
             *_title_region_cands(doc, sent, si), *_ent_cands(doc, sent, si), *_list_cands(doc, sent, si),
             *_country_cands(doc, sent, si), *_with_cands(doc, sent, si)]
    cands = [c for c in cands if not _in_ranges(ignored, c.start)]
    blocked, text = _blocked_from(doc, sent), doc_text(doc)
    out = []
    for c in _pick_spans(cands):
        if (c.rule.startswith("partner_ent") or c.rule == "partner_head") \
                and not c.name.lower().startswith(tuple(_NAMED_AFTER_PEOPLE)):
            _strip_person_tail(c, person_words)   # a hospital keeps the person it is named after
        if c.start >= blocked or _is_venue(doc, c) or _home_of_people(text, c) or not _plausible(doc, c, person_words) \
                or _approves(text, c.end) or _unit_of_named_body(text, c) or _shares_held_in(text, c.start) \
                or _cited_source(text, c.start) or _REPRESENTS.match(text, c.end):
            continue
        c.type, c.country, _scope = _classify(c, None)
        if c.type == "education" and _alma_mater(text, c.start):
            continue   # "lulus dari SMK atau perguruan tinggi seperti Politeknik X": where people studied
        if c.rule in _LOOSE_RULES and not _loose_ok(text, c):
            continue
        if c.rule in _NER_RULES and not _ner_evidence(text, c, out[-1] if out else None):
            continue
        c.affiliation = c.rule in _AFFILIATION_RULES and _speaker_office(text, c)
        out.append(c)
    return _drop_appositives(doc, sent, out)


# "bantuan kepada para warga Manokwari", "berasal dari negara bagian X", "Di Kabupaten X, ada 50 penerima
# bantuan": a place that people live in or come from, or that a sentence opens on, is where, not who
# "penjualan seluruh saham milik PT A di PT B kepada C", "memiliki 30 persen saham di PT B": B is the firm whose shares
# change hands, not a side of the deal
_SHARES_IN = re.compile(r"(?<!\w)saham\s+(?:[^.;:\n]{0,40}?\s)?di\s+$", re.IGNORECASE)


def _shares_held_in(text: str, start: int) -> bool:
    return "saham" in text[max(0, start - 60):start] and bool(_SHARES_IN.search(text, max(0, start - 60), start))


# "Dikutip dari situs resmi ADB", "dilansir laman resmi Kemenlu", "mengutip X": the body the news is quoted from
_CITED_FROM = re.compile(r"(?<!\w)(?:(?:dikutip|dilansir)(?:\s+dari)?|mengutip|melansir)\s+(?:(?:situs|laman|website|"
                         r"akun|portal|kanal)\s+(?:resmi\s+)?)?$|(?<!\w)(?:situs|laman|website)\s+resmi\s+$",
                         re.IGNORECASE)
_CITED_WORDS = ("kutip", "lansir", "resmi")


def _cited_source(text: str, start: int) -> bool:
    before = text[max(0, start - 40):start]
    return any(w in before.lower() for w in _CITED_WORDS) and bool(_CITED_FROM.search(before))


_PEOPLE_OF = re.compile(r"(?<!\w)(?:warga|penduduk|masyarakat|rakyat|berasal\s+dari|asal)\s+$", re.IGNORECASE)
_OPENS_ON_PLACE = re.compile(r"(?:^|[.!?\n][\"\u201d]?\s*)Di\s+$")


# a school named as where people studied, not as a side ("lulusan Politeknik X", "alumni Universitas Y")
_ALMA_MATER = re.compile(r"(?<!\w)(?:lulus(?:an)?|alumni|alumnus|tamatan|jebolan)(?!\w)[^.;:\"\u201c]{0,100}$", re.I)


def _alma_mater(text: str, start: int) -> bool:
    """Whether the school named at ``start`` is where people studied ("lulusan Politeknik X"), with no side
    introduced between ("lulusan SMK dengan Politeknik X": the school is the tie's)."""
    m = _ALMA_MATER.search(text, max(0, start - 120), start)
    return m is not None and not _SIDE_BETWEEN.search(text, m.start(), start)



def _home_of_people(text: str, c: Cand) -> bool:
    place = c.type in REGION_TYPES or c.rule in ("partner_ent_loc", "partner_country") or is_country(c.name) \
        or indonesian_level(c.name)
    if not place or (c.rule == "partner_head" and c.name.split()[0].lower() in _GOVERNMENT_WORDS):
        return False   # a government ("Pemkot X", "Pemerintah Kota X") is a body wherever it stands
    return bool(_PEOPLE_OF.search(text, max(0, c.start - 20), c.start)
                or _OPENS_ON_PLACE.search(text, max(0, c.start - 8), c.start))


_APPROVES = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:,\s*)?(?:(?:telah|sudah|juga|pun|yang)\s+){0,2}"
                       r"(?:menerbitkan|mengeluarkan|memberikan|memberi)\s+(?:izin|ijin|persetujuan|rekomendasi|"
                       r"perizinan|lisensi)\b"
                       # "diajukan ke Kemendagri dan Kemenlu untuk mendapat persetujuan": whom a draft goes to
                       r"|(?:\s*\([^()]*\))?(?:\s+(?:dan|serta)\s+[A-Z][^,.;\n]{0,60}?)?\s+untuk\s+(?:mendapat(?:kan)?|"
                       r"memperoleh|meminta|dimintakan)\s+(?:persetujuan|izin|ijin|rekomendasi|pengesahan)\b",
                       re.IGNORECASE)


def _approves(text: str, end: int) -> bool:
    """ "Kementerian Investasi/BKPM telah menerbitkan izin usaha proyek itu": a body that issues a
    permit or approval for the deal is its regulator, not a side of it (ANNOTATION.md: bodies that
    only approve)."""
    return _APPROVES.match(text, end, end + 80) is not None or _ONLOOKER.match(text, end, end + 160) is not None


# a body that welcomes or praises a tie told before ("kerja sama tersebut"), thanks its sides, hosts
# its signing or has not signed it is an onlooker; a relative clause may stand between
# ("Pemkab X, yang juga anggota kawasan itu, belum ikut menandatangani")
_ONLOOKER = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:,[^,.;\n]{1,90}){0,2}(?:,\s*)?"
                       r"(?:(?:telah|sudah|juga|pun|yang|hanya)\s+){0,2}"
                       r"(?:(?:menyambut\s+baik|mengapresiasi|mendukung)\s+(?:kerja\s*sama|kerjasama|penandatanganan|"
                       r"kolaborasi|kesepakatan|mou)\s+(?:tersebut|itu|ini|antara|kedua)\b|berterima\s+kasih\s+kepada"
                       r"|(?:menjadi|bertindak\s+sebagai)\s+tuan\s+rumah|(?:belum|tidak)\s+(?:ikut|turut)\b)",
                       re.IGNORECASE)


def _unit_of_named_body(text: str, c: Cand) -> bool:
    """ "LPPM UPR", "Lembaga Penelitian dan Pengabdian kepada Masyarakat (LPPM) UPR", "BRIN melalui
    Pusat Riset X": a research or academic unit whose owner is named beside it works for that owner,
    which is the party; the unit cut off from its owner is no second one."""
    low = c.name.lower()
    if not low.startswith(tuple(words("partner_unit_heads"))):
        return False
    return _UNIT_OWNER_AFTER.match(text, c.end, c.end + 80) is not None \
        or _UNIT_OWNER_BEFORE.search(text[max(0, c.start - 80):c.start]) is not None


_UNIT_OWNER_AFTER = re.compile(r"(?:\s+[a-z]\w*(?:\s+[A-Z]\w*)?){0,2}\s*(?:\([^()]{1,15}\))?\s+"
                               r"(?:[A-Z]{2,}[\w-]*|Universitas|Universiti|University|Institut|Politeknik)\b")
_UNIT_OWNER_BEFORE = re.compile(r"[A-Z][\w-]*\)?\s*,?\s+melalui\s+$")


# an ORG/LOC span of the NER model is only a guess at a body: it needs a sign of a party of its own
_NER_RULES = frozenset({"partner_ent_loc", "partner_ent_org"})
_COORDINATION = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:,\s*(?:dan\s+|serta\s+)?|\s(?:dan|serta)\s+)")


def _ner_evidence(text: str, c: Cand, prev: Cand | None) -> bool:
    """An NER span is a party when it is a known place or body, has a head or kind word, or stands
    where a party stands: after "dengan"/"antara"/"dari", in a list after a party, before a verb of
    cooperating ("X menjalin kerja sama"). A fragment, a document or a topic ("Nota Kesepahaman (MoU",
    "Corporate Social Responsibility"), a person's office ("Kepala Biro X") or a ranked person is not."""
    if _fragment(c.name) or _names_document(c.name) or (_after_office_title(text, c.start)
                                                        and not _signer_office(text, c.start)):
        return False
    if c.name.split()[0].lower().strip(".,") in words("official_ranks"):
        return False   # "Brigjen TNI Heri Purwanto": a ranked officer
    if indonesian_level(c.name) or is_country(c.name) or known_organisation(c.name) or _is_id_agency(c.name) \
            or _is_id_company(c.name):
        return True
    if c.name.split()[0].lower() in _office_titles():
        return False   # "Pejabat Pembuat Komitmen ...", "Kepala Seksi X": a position, not a body
    if _heads()[1].match(c.name) or _kind_from_words(c.name):
        return True
    if prev is not None and _COORDINATION.fullmatch(text, prev.end, c.start):
        return True   # "Universitas A dan X": the next item of a list of parties
    return _in_party_frame(text, c)


def _fragment(name: str) -> bool:
    """ "CSR) antara ...", "(NPHD": the NER span starts or ends inside a parenthesis."""
    return name.find(")") < name.find("(") if ")" in name else "(" in name


def _names_document(name: str) -> bool:
    toks = _WORD.findall(name.lower())
    return bool(set(toks) & words("partner_document_words")) or bool(toks and find_cues(toks[0]) == [toks[0]])


# "ditandatangani di Budapest oleh Rektor UGM X": the body of a signer's office signs through them
_SIGNED_BY = re.compile(r"(?<!\w)(?:di)?(?:tandatangani|teken)\b[^.;\n]{0,80}?\boleh\s+(?:[A-Z][\w.]*\s+){1,3}$")


def _signer_office(text: str, start: int) -> bool:
    return _SIGNED_BY.search(text, max(0, start - 120), start) is not None


def _after_office_title(text: str, start: int) -> bool:
    """ "Kepala Biro SDM Kemenlu", "General Manager PLN UID": the body is the title's organisation."""
    toks = _WORD.findall(text[max(0, start - 40):start].lower())[-2:]
    return bool(toks) and (toks[-1] in _office_titles() or " ".join(toks) in _office_titles()) \
        and toks[-1] not in words("partner_party_openers")


def _in_party_frame(text: str, c: Cand) -> bool:
    toks = _tokens_before(text, c.start)
    i = _chain_start(toks)
    while i > 0 and toks[i - 1].lower() in _generic_words():
        i = _chain_start(toks[:i - 1])   # "dari pemerintah kota Jakarta dan X"
    opener = toks[i - 1].lower() if i > 0 else ""
    before = toks[i - 2].lower() if i > 1 else ""
    if opener in words("partner_party_openers") or (
            opener in words("partner_frame_openers") and before not in {"berasal", "asal"}):
        return True   # "hibah dari X", but not a speaker's origin ("yang berasal dari X")
    if any(t.lower() in words("partner_kind_nouns") for t in toks[max(0, i - 4):i]):
        return True   # "perusahaan air minum Belanda, X": a kind of body named just before
    return bool(_actor_verb_re().match(text, c.end))


@lru_cache(maxsize=2)
def _actor_verb_re(lexicon: str = "partner_actor_verbs") -> re.Pattern:
    alt = "|".join(re.escape(v).replace(r"\ ", r"\s*") for v in sorted(words(lexicon), key=len, reverse=True))
    return re.compile(rf"\s*(?:\([^()]*\)\s*)?,?\s*(?:yang\s+)?(?:(?:{_ADVERBS})\s+){{0,2}}(?:{alt})(?!\w)",
                      re.IGNORECASE)


def _tie_verb_re() -> re.Pattern:
    return _actor_verb_re("partner_tie_verbs")


@lru_cache(maxsize=1)
def _strong_cue_then_with_re() -> re.Pattern:
    alt = _longest_first(words("partner_strong_cues"))
    return re.compile(rf"(?<!\w)(?:{alt})(?:\s+\([^()]{{1,15}}\))?(?:\s+\S+){{0,3}}?\s+(?:dengan|bersama)\s+$",
                      re.IGNORECASE)


def _side_of_strong_cue(text: str, start: int) -> bool:
    """ "kerja sama dengan GMKI", "letter of intent (LoI) dengan HMI": the name just after "dengan" that closely
    follows a strong cue is the other side, a bare acronym too."""
    return bool(_strong_cue_then_with_re().search(text, max(0, start - 80), start))


def _acts_in_tie(text: str, c: Cand) -> bool:
    """ "UGM juga berhasil menjalin kerjasama", "BNPB menyerahkan bantuan": an acronym entering a tie, or a known
    agency's giving one."""
    return bool(_tie_verb_re().match(text, c.end) or (_is_id_agency(c.name) and _actor_verb_re().match(text, c.end)))


# "UGM juga berhasil menjalin", "BPPT sedang bekerja sama": words between an actor and its verb
_ADVERBS = "telah|akan|juga|sudah|pun|berhasil|sedang|tengah|pernah|kembali|resmi"


_AFFILIATION_RULES = frozenset({"partner_head", "partner_ent_org", "partner_ent_loc", "partner_acronym"})
# regional heads stand for their region, which the title-region rule reads on its own
_REGIONAL_HEADS = frozenset({"gubernur", "wakil gubernur", "bupati", "wakil bupati", "wali kota", "walikota",
                             "wakil wali kota", "wakil walikota", "wagub", "wabup", "wawali"})


@lru_cache(maxsize=1)
def _office_titles() -> frozenset[str]:
    return (words("title_heads") | words("partner_title_words")) - _REGIONAL_HEADS


@lru_cache(maxsize=1)
def _speech_cues() -> frozenset[str]:
    short = words("quote_cues_short")
    return words("quote_cues_verbs") | short | {w + "nya" for w in short} | {"menurut"}


_CLAUSE_END = re.compile(r"[.\n\"\u201c]")


def _speaker_office(text: str, c: Cand) -> bool:
    """ "kata Dirjen Yankes Kementerian Kesehatan, Azhar", "Atase KBRI Tokyo, Riva, menjelaskan":
    the body is named as the office of a person who speaks, not as a party; a title after
    "antara"/"dengan" ("antara Kepala Dinas X, Y, dengan ...") signs for its body and keeps it."""
    toks = _tokens_before(text, c.start)
    i, titled = len(toks), False
    while i > 0 and len(toks) - i < 8 and (toks[i - 1][:1].isupper() or toks[i - 1] in {"(", ")"}):
        i -= 1
        titled = titled or toks[i].lower().rstrip(".") in _office_titles()
    if not titled:
        return False
    opener = toks[i - 1].lower() if i > 0 else ""
    if opener in words("partner_party_openers"):
        return False
    if opener in _speech_cues():
        return True
    # "..., Budi Santoso, di Palu, Kamis, mengatakan": a speech verb soon after the office and the name
    after = _WORD.findall(_CLAUSE_END.split(text[c.end:c.end + 160])[0].lower())[:9]
    if not any(w in _speech_cues() for w in after):
        return False
    # "Kepala Dinas X, Budi, mengatakan pihaknya menerima hibah ...": the office is the one that acts
    return not _OWN_SIDE & set(_WORD.findall(text[c.end:c.end + 200].lower())[:20])


_OWN_SIDE = frozenset({"pihaknya", "instansinya", "lembaganya", "jajarannya", "dinasnya"})


def _without_holder(c: Cand, offs: list[Official]) -> None:
    """ "Kepala Kejaksaan Negeri Palu Tandipau menyebut": a name that runs on into an official
    whose title is that very body is the body; one name word is cut only on that evidence, and never
    a word that closes bodies' names ("Perwakilan Hunter Valley Institute" misread as a person
    "Institute")."""
    org_words = words("title_org_words")
    for o in offs:
        body = c.name[:-len(o.name)].rstrip(" ,")
        if body != c.name and c.name.endswith(" " + o.name) and " " in body \
                and not _name_tail(o.name) and not set(_WORD.findall(o.name.lower())) & org_words \
                and (o.title or "").lower().endswith(body.lower()):
            c.name, c.end = body, c.start + len(body)
            return


def _strip_person_tail(c: Cand, person_words: frozenset[str]) -> None:
    """ "Pekerja Migran Indonesia (P2MI) Mukhtarudin": the NER span ran on into the office holder's name."""
    toks = list(_NON_SPACE.finditer(c.name))
    keep = len(toks)
    while keep > 1 and toks[keep - 1].group(0).lower().strip(",.") in person_words \
            and not (indonesian_level(toks[keep - 1].group(0)) or is_country(toks[keep - 1].group(0))):
        keep -= 1
    if all(t.group(0).lower().strip(",.") in person_words for t in toks[:keep]):
        return   # "Bima Arya": a person's whole name, left for the person filter
    # a head word delimits its span well: only a whole two-word name is cut from it, and never
    # all of the name after the head ("Pemerintah Negara Bagian Northern Territory")
    head = _heads()[1].match(c.name)
    if c.rule == "partner_head" and head and toks[keep - 1].end() <= head.end():
        return
    if keep < len(toks) and (c.rule != "partner_head" or len(toks) - keep >= 2):
        c.name = c.name[:toks[keep - 1].end()]
        c.end = c.start + len(c.name)


# NER entities and list items carry no head word that says what they are: their context must
_LOOSE_RULES = frozenset({"partner_ent_loc", "partner_ent_org", "partner_list", "partner_acronym", "partner_between",
                          "partner_country", "partner_with"})
# villages may receive aid as parties; other place nouns in a list make its items mere places
_VILLAGES = frozenset({"desa", "dusun", "kampung"})
_QUOTES = frozenset("\"'\u201c\u201d\u2018\u2019")
_DASHES = frozenset("-\u2013\u2014/(")


_HYPHEN_PAIR = re.compile(r"[A-Z][\w]*-[A-Z][\w-]*(?:\s.*)?")


def _loose_ok(text: str, c: Cand) -> bool:
    toks = _tokens_before(text, c.start)
    prev = toks[-1] if toks else ""
    if set(_WORD.findall(c.name.lower())) <= _generic_words():
        return False   # "Teknik", "Fakultas Kedokteran": a unit or a discipline, not a named body
    if c.name[:1] in _QUOTES or (prev in _QUOTES and text[c.end:c.end + 1] in _QUOTES):
        return False   # a quoted name is a brand, a motto or a title
    i = _chain_start(toks)
    if prev.lower() in words("partner_not_party_before") or (
            i > 0 and toks[i - 1].lower() in words("partner_not_party_before")):
        return False   # "program Integrasi Layanan Primer (ILP) dan X", "saat Panen Raya": programs, events
    if _HYPHEN_PAIR.fullmatch(c.name) and not is_country(c.name):
        return False   # "Surabaya-Busan", "Kemenkes-WHO": a relation between parties, named elsewhere
    if _in_place_list(toks):
        return False   # "Kecamatan A, B, dan C", "empat terminal: Terminal A, B"
    if _origin_of_participants(toks):
        return False   # "45 guru dan penyuluh dari Aceh Utara dan Bireuen": where the trainees come from
    if c.type in ("country", "province"):
        return _introduced_as_party(toks, c.type)
    if c.type in ("city", "regency") and c.country in (None, "Indonesia") \
            and not set(_WORD.findall(c.name.lower())) & _REGION_HEAD_WORDS:
        # a bare Indonesian city or regency, as a bare province: "antara Garut dan X" is a side, "petani
        # Merauke", "kawasan industri Gresik", "menggabungkan Kuching, Pontianak, dan Singkawang" locate
        return _introduced_as_party(toks, c.type)
    return True


# the words that make a region's name more than its bare name: its level or its government
_REGION_HEAD_WORDS = _LEVEL_WORDS | _GOVERNMENT_WORDS | {"kab", "pemko", "daerah"}


@lru_cache(maxsize=1)
def _generic_words() -> frozenset[str]:
    return words("partner_generic_units") | words("partner_generic_org_words") | words("partner_generic_words")


_LINE_TOKEN = re.compile(r"[\w.'-]*\w|[^\s\w]")


def _tokens_before(text: str, start: int) -> list[str]:
    """Tokens of the line before ``start`` (words and punctuation marks), at most ~200 characters."""
    line = text[max(text.rfind("\n", 0, start) + 1, start - 200):start]
    return _LINE_TOKEN.findall(line)


def _chain_start(toks: list[str]) -> int:
    """Index of the first token of the coordination of names that ends the token list
    ("Kecamatan A, B, dan" -> index of "Kecamatan")."""
    i = len(toks)
    while i > 0:
        t = toks[i - 1]
        if not (t in {",", "(", ")"} or t[:1].isupper() or t[:1].isdigit() or t.lower() in {"dan", "serta", "atau"}):
            break
        i -= 1
    return i


@lru_cache(maxsize=1)
def _place_list_nouns() -> frozenset[str]:
    return words("partner_place_list_nouns") - _VILLAGES


@lru_cache(maxsize=1)
def _list_opener_words() -> frozenset[str]:
    return words("partner_list_openers") | {"antaranya", "lain"}


def _in_place_list(toks: list[str]) -> bool:
    i = _chain_start(toks)
    nouns = _place_list_nouns()
    if any(t.lower() in nouns for t in toks[max(0, i - 1):]):   # "di wilayah Ciayumajakuning" too
        return True
    # "tiga terminal bantuan, yakni A", "empat terminal utama\u2014A": the noun before the opener
    opener = toks[i - 1] if i > 0 else ""
    if opener.lower() in _list_opener_words() or opener in _DASHES:
        return any(t.lower() in nouns for t in toks[max(0, i - 5):i - 1])
    return False


def home_of_participants(text: str, start: int) -> bool:
    """Whether the place named at ``start`` is where the people taking part come from ("guru dari A")."""
    return _origin_of_participants(_tokens_before(text, start))


def _origin_of_participants(toks: list[str]) -> bool:
    """A bare place after "dari"/"asal" a few words after people who take part ("guru SMA dan penyuluh
    pertanian dari A dan B", "pembudidaya mutiara dari A"): their home, not a side of the tie."""
    i = _chain_start(toks)
    if i == 0 or toks[i - 1].lower() not in ("dari", "asal"):
        return False
    return any(t.lower() in words("partner_participant_words") for t in toks[max(0, i - 6):i - 1])


def _introduced_as_party(toks: list[str], kind: str) -> bool:
    """A bare country or province is a side of the cooperation only where the text introduces it as
    one ("dengan Jepang", "antara Indonesia dan Tiongkok", a line that opens with it); "dari Jawa
    Barat, Banten", "bahasa Jepang", "Tokushukai Group Jepang", "Indonesia-Jepang" only locate."""
    if not toks or toks[-1] in {".", "\"", "\u201c", ":"}:
        return True
    prev = toks[-1]
    if prev in _DASHES:
        return False
    if prev == "," or prev.lower() in {"dan", "serta", "atau"}:
        i = _chain_start(toks)
        if "(" in toks[i:]:
            return False   # "PT PLN (Persero) Unit Induk Sumatera Selatan, Jambi dan Bengkulu": inside a name
        if i == 0 or toks[i - 1] in {".", "-", "\u2013", "\u2014", "|"}:
            return True   # the line or the dateline's sentence opens with the coordination
        prev = toks[i - 1]
        toks = toks[:i]
    low = prev.lower()
    if low == "dari" and len(toks) >= 2 and toks[-2].lower() in _GOODS_FROM:
        return False   # "masih impor dari Australia dan India": where goods come from
    return low in words("partner_party_openers") or (kind == "country" and low == "dari")


# a country that goods or people come from, not a side: "impor dari India", "didatangkan dari Tiongkok",
# "wisatawan dari Malaysia", "sebagian besar dari Taiwan"
_GOODS_FROM = frozenset({"impor", "diimpor", "mengimpor", "didatangkan", "dikirim", "dipasok", "pasokan", "asal",
                         "berasal", "datang", "pulang", "kembali", "tiba", "wisatawan", "turis", "pelancong",
                         "pengunjung", "penonton", "pembeli", "pengungsi", "imigran", "besar", "mancanegara"})


def _level(c: Cand) -> int:
    return mapping("partner_heads")["level"].get(c.type, 1)


_COMMA_ONLY = re.compile(r",\s*")
_BRACKET_COMMA = re.compile(r"\)?,\s*")


_GOVERNMENT_FIRST = re.compile(r"(?:Pemerintah|Pemprov|Pemkab|Pemkot|Pemda)\b", re.I)


_DI_NEXT = re.compile(r"[ \t]+di\s")


def _drop_appositives(doc: Doc, sent: Segment, cands: list[Cand]) -> list[Cand]:
    """ "Kota Sibu, Sarawak, Malaysia", "Kota Kupang, NTT,": the larger places only locate the first."""
    out, skip_until, prev = [], -1, None
    for c in cands:
        if c.start < skip_until and c.type in REGION_TYPES | {"other"}:
            continue
        # ("PT X, Pemerintah Provinsi Y dan Z": a government named as such is a body of its own in a list)
        if prev is not None and c.type in ("province", "country") and _level(c) > _level(prev) \
                and not _GOVERNMENT_FIRST.match(c.name) and _COMMA_ONLY.fullmatch(doc_text(doc)[prev.end:c.start]):
            prev.country = prev.country or (country_in(c.name) if c.type == "country" else None)
            continue
        if prev is not None and prev.type in REGION_TYPES and c.type == "other" and c.rule == "partner_ent_loc" \
                and country_in(c.name) and _BRACKET_COMMA.fullmatch(doc_text(doc)[prev.end:c.start]):
            prev.country = prev.country or country_in(c.name)
            continue   # "Shire of Broome (Pemerintah Daerah Broome), Australia Barat": a foreign state locates it
        # "Kota Sibu, Sarawak, Malaysia", "Kanazawa Technical College di Kanazawa, Jepang"
        government = c.type == "country" and c.name.lower().startswith("pemerintah")
        unlocated = c.type not in REGION_TYPES and c.country is None
        # "investasi Indofood di Kazakhstan": the place after an investor hosts the investment, it does not locate it
        investor = c.rule == "partner_investment" and _DI_NEXT.match(doc_text(doc), c.end)
        if (c.type in {"city", "regency", "province"} or government or unlocated) and not investor:
            country, app_end = _appositive_country(doc, c, sent.end_char)
            if country:
                c.country, skip_until = country, app_end
        out.append(c)
        prev = c
    return out


class Segment(NamedTuple):
    """A line piece of a sentence: its token range and its text (read from the Doc's text once,
    not rebuilt token by token as ``Span.text`` does); its Doc too, as a Span has."""
    start: int
    end: int
    start_char: int
    end_char: int
    text: str
    doc: Doc


def segments(doc: Doc) -> tuple[tuple[int, Segment], ...]:
    """(sentence index, line piece of the sentence): the tokenizer glues headlines, bylines and
    the first body line into one sentence, so lines are read one by one; headline-like and
    byline lines are skipped."""
    return per_doc(doc, "partners.segments", lambda: tuple(_segments(doc)))


def _segments(doc: Doc) -> Iterator[tuple[int, Segment]]:
    text = doc_text(doc)
    starts, ends = _token_bounds(doc)
    furniture = page.of(doc).furniture()
    for si, (s_start, s_end) in enumerate(_sentence_bounds(doc)):
        pos = s_start
        for line in text[s_start:s_end].split("\n"):
            start, end = pos, pos + len(line)
            pos = end + 1
            # a byline that paragraphs run into ends inside the line: the rest is the report
            start = page.past(furniture, start)
            if start >= end or not text[start:end].strip() or _is_title_case(line):
                continue
            # the tokens the line touches (Doc.char_span's "expand" alignment)
            first = bisect.bisect_right(starts, start) - 1
            if first < 0 or ends[first] <= start:
                first += 1
            last = bisect.bisect_left(starts, end)
            if first < last:
                yield si, Segment(first, last, starts[first], ends[last - 1], text[starts[first]:ends[last - 1]], doc)


def _token_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """Start and end offsets of every token, read once per Doc."""
    return doc_bounds(doc)


def _sentence_bounds(doc: Doc) -> tuple[tuple[int, int], ...]:
    def compute():
        starts, ends = _token_bounds(doc)
        return tuple((starts[a], ends[b - 1]) for a, b in doc_table(doc).sentence_tokens() if b > a)
    return per_doc(doc, "partners.sentence_bounds", compute)


def _cue_sentences(doc: Doc) -> frozenset[int]:
    text = doc_text(doc)
    return per_doc(doc, "partners.cue_sentences", lambda: frozenset(
        si for si, (a, b) in enumerate(_sentence_bounds(doc)) if _reports_cooperation(text[a:b])))


# "mengajak seluruh warga bekerja sama menjaga kebersihan": a call on the public, not a reported tie
_CALL_ON_PUBLIC = re.compile(r"(?<!\w)(?:mengajak|mengimbau|meminta|mendorong|menginstruksikan|mengharapkan)\s+"
                             r"(?:(?:seluruh|semua|para|segenap)\s+)?(?:warga|masyarakat|pihak|elemen|komponen|"
                             r"pemangku|stakeholder|pelaku|orang\s+tua|pemuda)\b[^.;]{0,60}", re.I)


# a decree, regulation or pledge signed, and a work contract (a civil servant's PPPK, a fixed-term PKWT), are no ties
_NOT_A_TIE = re.compile(r"(?<!\w)(?:pegawai\s+pemerintah\s+dengan\s+perjanjian\s+kerja|"
                        r"perjanjian\s+kerja\s+waktu\s+(?:tidak\s+)?tertentu|pkwtt?(?!\w)|"
                        r"(?:menandatangani|meneken|penandatanganan|ditandatangani)\s+(?:surat\s+keputusan|sk|"
                        r"peraturan|perda|pakta\s+integritas|petikan|berita\s+acara\s+pelantikan)\b)", re.I)


# an audit report, a decree, an award or a souvenir handed over is no grant ("BPK menyerahkan LHP kepada
# Pemkab X", "Laporan Hasil Pemeriksaan (LHP) diserahkan Kepala BPK", "penyerahan piagam penghargaan")
_DOCUMENT = (r"(?:laporan\s+hasil|lhp|lkpd|surat\s+keputusan|sk|piagam|penghargaan|sertifikat|plakat|"
             r"cendera\s*mata|cindera\s*mata|kenang-kenangan|piala|trofi|dipa|petikan|opini)")
_DOCUMENT_HANDED = re.compile(rf"(?<!\w)(?:(?:menyerahkan|penyerahan|diserahkan|serahkan)\s+(?:\w+\s+){{0,2}}?"
                              rf"{_DOCUMENT}|{_DOCUMENT}(?:\s+\w+){{0,3}}?\s*(?:\([^)]*\)\s*)?"
                              rf"(?:(?:juga|telah|sudah|akan)\s+)?diserahkan)(?!\w)", re.I)
# thanks for the help of all ("terima kasih atas kerja sama seluruh OPD, TNI, Polri") and a call on named
# bodies to work together ("meminta Pemkab X terus bersinergi dengan Pemprov Y"): no tie is reported
_THANKS_OR_CALL = re.compile(r"(?<!\w)(?:(?:(?:ber)?terima\s+kasih|apresiasi|penghargaan)\s+(?:atas|untuk)\s+"
                             r"(?:\w+\s+){0,2}?(?:kerja\s*sama|sinergi|kolaborasi|dukungan)|"
                             r"(?:meminta|mengajak|mengimbau|mendorong|menginstruksikan|mengharapkan|berharap)\s+"
                             r"(?:[\w()-]+\s+){1,6}?(?:(?:agar|untuk|supaya|terus|dapat|bisa|lebih|segera)\s+)*"
                             r"(?:bersinergi|berkolaborasi|bekerja\s*sama|menjalin\s+kerja\s*sama))(?!\w)", re.I)
_THANKS_OR_CALL_WORDS = ("kasih", "apresiasi", "penghargaan", "minta", "ajak", "imbau", "dorong", "instruksi", "harap")
# a cue word inside an office's name ("Dinas Penanaman Modal", "Biro Kerja Sama", "Balai Pelatihan Kesehatan")
# names the office, not a tie
# and so does one inside a company's name ("PT Mitra Inti Sejati")
_OFFICE_NAME = re.compile(r"(?<![\w-])(?:Dinas|Badan|Balai|Biro|Bagian|Bidang|Kantor|Pusat|Lembaga|Direktorat|Deputi|"
                          r"Asisten|Seksi|Subbagian|Bank|PT)(?:\s+(?:[A-Z][\w/-]*|dan|&))+")
_OFFICE_NAME_WORDS = ("dinas", "badan", "balai", "biro", "bagian", "bidang", "kantor", "pusat", "lembaga", "direktorat",
                      "deputi", "asisten", "seksi", "bank", "pt")
# "investasi" that says what a firm does or the climate for it ("perusahaan investasi PT X", "perbankan investasi
# Bank Y", "iklim investasi") reports no investment made
_TRADE_OF_FIRM = re.compile(r"(?<!\w)(?:perusahaan|perbankan|bank|manajer|manajemen|iklim)\s+investasi(?!\w)", re.I)
_TRADE_OF_FIRM_WORDS = ("investasi",)
# a treaty known by one name ("Perjanjian Paris akan melambatkan ...", "ketentuan Perjanjian Nanking") is cited, not
# reported signed; a deal's kind after "Perjanjian" ("Perjanjian Hibah antara ...") is no such name
_NAMED_TREATY = re.compile(r"(?<![\w-])(?:Perjanjian|Traktat|Konvensi|Protokol)[ \t]+(?!(?:Hibah|Kerjasama|Kemitraan|"
                           r"Pinjaman|Kredit|Bersama|Induk|Lisensi|Investasi|Kesepahaman|Kerja|Jual|Sewa|Damai|"
                           r"Perdagangan)(?![\w-]))[A-Z][\w-]+(?![\w-])(?![ \t]+[A-Z(])")
_NAMED_TREATY_WORDS = ("perjanjian", "traktat", "konvensi", "protokol")
# help asked for ("meminta bantuan Jaksa Agung untuk memulihkan aset Kemenhub") is no help given
_ASKS_HELP = re.compile(r"(?<!\w)(?:meminta|memohon|minta|mohon)\s+bantuan(?!\w)", re.I)
_ASKS_HELP_WORDS = ("minta", "mohon")
_DOCUMENT_HANDED_WORDS = ("erah",)   # menyerahkan, penyerahan, diserahkan
# a word that every match of the pattern holds, whatever its case: a line without one is spared the scan
_CALL_ON_PUBLIC_WORDS = ("mengajak", "mengimbau", "meminta", "mendorong", "menginstruksikan", "mengharapkan")
# "ndatangan": menandatangani, penandatanganan, ditandatangani
_NOT_A_TIE_WORDS = ("pegawai", "ndatangan", "meneken", "waktu", "pkwt")
# the letters a case-insensitive pattern takes for an ASCII letter that ``str.lower`` does not lower to it
# (dotted and dotless i, long s; the Kelvin sign lowers to "k")
_ASCII_LOOKALIKES = ("\u0130", "\u0131", "\u017f")


def _without(rx: re.Pattern, needed: tuple[str, ...], text: str) -> str:
    """``rx.sub(" ", text)``, without the scan where ``text`` holds none of the words ``needed`` by a match."""
    low = text.lower()
    if any(w in low for w in needed) or any(c in text for c in _ASCII_LOOKALIKES):
        return rx.sub(" ", text)
    return text


def _reports_cooperation(text: str) -> bool:
    text = _without(_NOT_A_TIE, _NOT_A_TIE_WORDS, _without(_CALL_ON_PUBLIC, _CALL_ON_PUBLIC_WORDS, text))
    text = _without(_THANKS_OR_CALL, _THANKS_OR_CALL_WORDS, _without(_DOCUMENT_HANDED, _DOCUMENT_HANDED_WORDS, text))
    text = _without(_OFFICE_NAME, _OFFICE_NAME_WORDS, _without(_ASKS_HELP, _ASKS_HELP_WORDS, text))
    text = _without(_NAMED_TREATY, _NAMED_TREATY_WORDS, _without(_TRADE_OF_FIRM, _TRADE_OF_FIRM_WORDS, text))
    cues = set(find_cues(text))
    if _field_operation(text):
        cues -= words("partner_collaboration_cues")
    if _party_politics(text):
        cues -= words("partner_deal_cues")
    if cues - words("partner_weak_cues"):
        return True
    return bool(cues) and not _offtopic(text)


def _party_politics(text: str) -> bool:
    """A sentence of coalitions, elections or war (lexicons/partner_politics_words.txt): its pacts are no ties."""
    return bool(set(_WORD.findall(text.lower())) & words("partner_politics_words"))


def _field_operation(text: str) -> bool:
    """A sentence of state bodies' joint field work: rescue, patrol, raid (lexicons/partner_operation_words.txt)."""
    return bool(set(_WORD.findall(text.lower())) & words("partner_operation_words"))


def reads(doc: Doc, si: int, seg: Segment) -> bool:
    """A line is read when its sentence has a cooperation cue, or when it lists the parties
    of the cue in the sentence before ("Tujuh perguruan tinggi tersebut adalah A, B dan C")."""
    cued = _cue_sentences(doc)
    before, after = page.previous(doc, si), page.following(doc, si)   # past a link or slot between them
    return si in cued or (before in cued and (bool(list_opener_re().search(seg.text)) or _names_only(seg.text)
                                              or _refers_back(seg.text))) or (after in cued and _told_next(doc, after))


# "Kunjungan itu dalam rangka menjajaki kerja sama ... antara kedua kota": a sentence that opens on the
# visit or meeting just told and names the tie it was for; its sides are named in the sentence before
# ("Kunjungan itu ...", "Dalam pertemuan tersebut ...")
_VISIT_BACK = re.compile(r"\s*(?:(?:Dalam|Pada|Saat|Selama|Di\s+sela(?:-sela)?)\s+(?:kunjungan|pertemuan|audiensi|"
                         r"lawatan|kedatangan|silaturahmi|rapat)|Kunjungan|Pertemuan|Audiensi|Lawatan|Kedatangan|"
                         r"Silaturahmi|Rapat)"
                         r"(?:\s+[a-z]+){0,2}\s+(?:itu|tersebut|ini)(?!\w)")


def opens_on_visit(text: str, start: int, end: int | None = None) -> bool:
    """Whether the sentence at ``start`` goes on about the sides named in the one before: it opens on the
    visit just told, or (given its ``end``) calls them "kedua pihak" ("Kegiatan itu bagian dari kerja sama
    yang dijalankan kedua pihak sejak 2021")."""
    return _VISIT_BACK.match(text, start) is not None or (
        end is not None and _BOTH_SIDES.search(text, start, end) is not None)


# the two sides named just before, by a phrase that counts them
_BOTH_SIDES = re.compile(r"(?<!\w)(?:kedua\s+(?:belah\s+)?pihak|keduanya|kedua\s+(?:instansi|lembaga|institusi|"
                         r"pemerintah|pemda|daerah|kota|kabupaten|provinsi|kampus|perguruan\s+tinggi|perusahaan))(?!\w)",
                         re.IGNORECASE)


def _told_next(doc: Doc, after: int) -> bool:
    """Whether sentence ``after`` opens on the visit told in the one before it."""
    return opens_on_visit(doc_text(doc), *_sentence_bounds(doc)[after])


_REFERS_BACK = re.compile(r"^\s*(?!Hal\s)(?:[A-Z][a-z]+)(?:\s+[a-z]+)?\s+(?:itu|tersebut|ini)\b"
                          r".{0,80}?\b(?:dengan|bersama|antara)\s+[A-Z]")


def _refers_back(text: str) -> bool:
    """ "Rencana itu disampaikan dalam pertemuan dengan Pemerintah Kota X": a sentence that opens by
    pointing back at the cooperation of the sentence before and names the other side ("Hal itu ..."
    introduces a speaker, not a side)."""
    return _REFERS_BACK.match(text) is not None


_GO_ON = re.compile(r"^\s*(?:kemudian|selanjutnya|lalu|juga|serta|selain itu)\s*,?\s*", re.IGNORECASE)


_LIST_TOKEN = re.compile(r"\([^()]*\)|[^\s,.]+")


def _names_only(text: str) -> bool:
    """ "Kemudian, Universitas A (UA) Palu, dan Universitas B.": a sentence that only goes on with
    the list of the sentence before."""
    m = _GO_ON.match(text)
    if not m:
        return False
    toks = _LIST_TOKEN.findall(text[m.end():])
    return bool(toks) and all(t[:1].isupper() or t[:1].isdigit() or t.startswith("(") or t in {"dan", "serta"}
                              for t in toks)



_ACRONYM_AFTER = re.compile(r"[ \t]*\(([A-Z][A-Z0-9&-]{1,9})\)|,?[ \t]+atau[ \t]+([A-Z][A-Z0-9&-]{1,9})(?![\w-])")


def _with_acronym(text: str, c: Cand) -> Cand:
    """ "Badan Kesehatan Dunia (WHO)", "Badan Kesehatan Dunia atau WHO": the acronym right after a
    body's name is the same party's, whatever language it abbreviates; kept in the name (in brackets),
    it joins the mentions of "WHO"."""
    if c.type in REGION_TYPES or "(" in c.name:
        return c
    m = _ACRONYM_AFTER.match(text, c.end)
    if m:
        c.name, c.end = f"{c.name} ({m.group(1) or m.group(2)})", m.end()
    return c


def _fullest_names(doc: Doc, parties: list[Cand], other: list[tuple[int, Segment]], ignored,
                   person_words: frozenset[str]) -> None:
    """A party named in full only where the text introduces it, before the sentence that reports the
    tie ("Kementerian Pekerjaan Umum dan Perumahan Rakyat (PUPR) dan Pemerintah Provinsi Nusa Tenggara
    Timur memulai ...", then "Kementerian PUPR ... Pemprov NTT ... pinjaman"): the fullest name of the
    same party anywhere in the body is its name."""
    parties = [p for p in parties if _has_short_form(p.name)]
    if not other or not parties:
        return
    text = doc_text(doc)
    names: list[Cand] = []
    for si, seg in other:
        for c in (*_organisation_cands(doc, seg, si), *_head_cands(doc, seg, si)):
            if not _in_ranges(ignored, c.start):
                _strip_person_tail(c, person_words)
                names.append(_with_acronym(text, c))
    for p in parties:
        fuller = [x for x in names if x.type == p.type and _word_count(x) > _word_count(p) and _spells_out(p, x)]
        if fuller:
            p.name = max(fuller, key=_fullness).name


_SHORT_HEADS = frozenset({"pemprov", "pemkot", "pemkab", "pemda", "perumda", "perusda", "kemen", "kementan",
                          "kemenkes", "kemendagri"})


def _has_short_form(name: str) -> bool:
    """A name with a word that may stand for longer ones: an acronym ("PUPR", "NTT"), a province's short
    form ("Kalsel"), a short head ("Pemprov", "Perumda")."""
    aliases = mapping("place_id_province_aliases")["aliases"]
    return any((len(w) >= 2 and w.isupper()) or w.lower() in aliases or w.lower() in _SHORT_HEADS
               for w in _WORD.findall(_PARENS.sub(" ", name)))


def _word_count(c: Cand) -> int:
    return len(_WORD.findall(c.name))


def _spells_out(short: Cand, full: Cand) -> bool:
    """``full`` is ``short`` written out, word for word, and nothing more: "Pemprov NTT" / "Pemerintah
    Provinsi Nusa Tenggara Timur", "Kementerian PUPR" / "Kementerian Pekerjaan Umum dan Perumahan Rakyat
    (PUPR)", "Perumda Air Minum X" / "Perusahaan Umum Daerah Air Minum X" (not "Kementerian PUPR Kepada",
    a name run on into the next word, nor an office of the ministry)."""
    if short.type in REGION_TYPES:
        return _place_key(short.name) == _place_key(full.name) and not _different_levels(short, full)
    row = known_organisation(short.name)
    return _spelled_key(short.name) == _spelled_key(full.name) or _abbreviated_head(short.name, full.name) \
        or _abbreviates(short.name, full.name) or (row is not None and row is known_organisation(full.name))


def _abbreviated_head(short: str, full: str) -> bool:
    """ "Perumda Air Minum Tirta X" / "Perusahaan Umum Daerah Air Minum Tirta X": the same words after
    a head that the short name writes as one short form of the full name's head words."""
    a, b = _bare_words(short), _bare_words(full)
    tail = 0
    while tail < min(len(a), len(b)) and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    head_a, head_b = a[:len(a) - tail], b[:len(b) - tail]
    if tail >= 2 and len(head_a) == 1 and len(head_b) >= 2 and len(head_a[0]) >= 3 \
            and _spells(head_a[0], tuple(head_b)):
        return True
    # "RSUD dr. H. Soemarno" / "Rumah Sakit Umum Daerah dr. H. Soemarno Tanjung Selor": a body named after a
    # person, whose full name goes on with where it is (a region's name may go on too: "Dinkes Aceh Barat" is
    # not "Dinas Kesehatan Aceh Barat Daya", so only a name with a person's title in it)
    rest = a[1:]
    return len(rest) >= 2 and len(a[0]) >= 3 and bool(set(rest) & _PERSON_TITLES) and any(
        b[k:k + len(rest)] == rest and _spells(a[0], tuple(b[:k])) for k in range(2, len(b) - len(rest)))


def _bare_short_head(short: str, full: str) -> bool:
    """ "Kejari" / "Kejaksaan Negeri Ternate": a body's usual abbreviation alone (lexicons/
    entity_body_abbreviations.json), the body of that kind the article names in full."""
    return " " not in short.strip() and any(f.split()[0] == short.strip().lower() for f in body_short_forms(full))


# "Ministry of Agriculture, Fisheries and Forestry": an English office name lists its fields with commas
_ENGLISH_OFFICE = re.compile(r"(?:Ministry|Department|Office|Bureau|Agency|Council|Commission|Institute)"
                             r"\s+(?:of|for)\s+[A-Z][\w-]*$")
_ENGLISH_FIELDS = re.compile(r"(?:,\s*[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)*,?\s+(?:and|&)\s+[A-Z][\w-]*"
                             r"(?:\s+(?:\([A-Z][\w-]*\)|[A-Z][\w-]*))*")


def _with_english_list(text: str, c: Cand) -> Cand:
    if _ENGLISH_OFFICE.search(c.name) and text[c.end:c.end + 1] == ",":
        m = _ENGLISH_FIELDS.match(text, c.end)
        if m:
            c.name, c.end = c.name + text[c.end:m.end()], m.end()
    return c


# "Badan Usaha Milik Daerah (BUMD) PT X", "BUMN PT Y": what kind of company it is, before its name
_DESCRIPTOR = re.compile(r"^(?:Badan\s+Usaha\s+Milik\s+(?:Daerah|Negara|Desa)(?:\s*\([^)]*\))?|BUMD|BUMN|BUMDes|"
                         r"Perusahaan\s+Daerah)\s+(?=(?:PT|Perseroan\s+Terbatas|Perumda|Perum)\b)")


def _without_descriptor(c: Cand) -> Cand:
    m = _DESCRIPTOR.match(c.name)
    if m:
        c.name, c.start, c.type = c.name[m.end():], c.start + m.end(), None
    return c


# a foreign company's name ends with its legal form: "Austral Salt Holdings Pty Ltd", "Hanbit Co., Ltd."
_LEGAL_NAME = re.compile(r"(?<![\w-])(?:[A-Z][\w&'-]*[ \t]+){1,5}(?:Pty\.?[ \t]+Ltd|Pte\.?[ \t]+Ltd|Co\.,?[ \t]+Ltd|"
                         r"Sdn\.?[ \t]+Bhd|Ltd|Limited|Inc|Corp|Corporation|GmbH|LLC|Berhad|PLC|B\.V|N\.V)\.?(?![\w-])")


def _legal_names(doc: Doc) -> tuple[str, ...]:
    return per_doc(doc, "partners.legal_names", lambda: tuple(dict.fromkeys(
        _without_lead_titles(m.group(0)) for m in _LEGAL_NAME.finditer(doc_text(doc)))))


def _without_lead_titles(name: str) -> str:
    """ "Direktur Hanbit Solar Inc.", "Chief Executive Officer X Ltd": the office before the name is not in it."""
    toks = name.split()
    i = 0
    while i < len(toks) - 2 and (toks[i].lower() in _office_titles() or toks[i].lower() in _NOT_NAME_LEADS):
        i += 1
    return " ".join(toks[i:])


_NOT_NAME_LEADS = frozenset({"chief", "executive", "officer", "ceo", "president", "director", "managing", "general",
                             "manager", "presiden", "direktur", "utama", "perusahaan", "investor", "sementara",
                             "adapun", "menurut", "kata", "dengan", "bersama", "oleh", "dan"})


def _with_legal_name(doc: Doc, c: Cand) -> Cand:
    """ "Holdings", "Austral Salt": the NER model cuts a foreign company's name, and the text shortens
    it after naming it in full once with its legal form; the full name is the party's."""
    if c.type not in (None, "company", "other") or "(" in c.name:
        return c
    own = _WORD.findall(c.name)
    key = f" {' '.join(own)} "   # by words: "Marine Co" is cut from "Marine Co. Ltd."
    fuller = [n for n in _legal_names(doc) if len(_WORD.findall(n)) > len(own)
              and key in f" {' '.join(_WORD.findall(n))} "]
    if fuller:
        c.name = max(fuller, key=len)
    return c


_POINTS_BACK = re.compile(r"[ \t]+(?:ini|itu|tersebut)(?!\w)")


def _country_for_its_body(text: str, c: Cand, parties: list[Cand]) -> bool:
    """ "kerja sama dengan Portugal ini" after a city of Portugal signed: the bare country points back to
    that city's tie, it is no second party."""
    if c.type != "country" or c.rule not in ("partner_country", "partner_ent_loc") \
            or not _POINTS_BACK.match(text, c.end):
        return False
    return any(p is not c and p.type not in ("country", None) and p.country == c.name for p in parties)


def _located_elsewhere(doc: Doc, c: Cand) -> str | None:
    """The country another mention of the party names after it ("di Kagoshima University, Jepang"), where the
    mention it was found by names none (an investor's "di X" names where it invests: not read)."""
    if c.rule == "partner_investment":
        return None
    text = doc_text(doc)
    for start, end in whole_word_hits(text, c.name):
        if start != c.start:
            line_end = _SENTENCE_END.search(text, end)
            country, _ = _appositive_country(doc, Cand(start, end, c.name, c.type, c.sentence, c.rule),
                                             line_end.start() if line_end else len(text))
            if country:
                return country
    return None


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")


def partners(doc: Doc, offs: list[Official] | None = None) -> list[Partner]:
    """One Partner per named party to a cooperation reported in ``doc``.

    ``offs``, the officials already found in ``doc``, keeps persons' names
    from being read as parties; they are found here when not given.
    """
    read = [(si, sent) for si, sent in segments(doc) if reads(doc, si, sent)]
    if not read:
        return []   # no cooperation reported: the per-article lists below are not needed
    ranges = _ignored_ranges(doc)
    ignored = ([a for a, _ in ranges], ranges)
    if offs is None:
        from .officials import officials
        offs = officials(doc)
    person_words = _person_words(doc, offs)
    cands: list[Cand] = []
    for si, sent in read:
        cands.extend(_sentence_cands(doc, sent, si, ignored, person_words))
    text = doc_text(doc)
    cands = [_with_legal_name(doc, _without_descriptor(_with_acronym(text, _with_english_list(text, c))))
             for c in cands]
    # "Tanggung Jawab Sosial dan Lingkungan (TJSL)": the acronym after a span can name a topic or a document
    cands = [c for c in cands if not _acronyms(c.name) & words("partner_document_words")]
    for c in cands:
        _without_holder(c, offs)
    merged = _merge(cands)
    _fullest_names(doc, merged, [(si, s) for si, s in segments(doc) if not reads(doc, si, s)], ignored, person_words)
    merged = [c for c in merged if not _country_for_its_body(text, c, merged)]
    for c in merged:
        if c.country is None and c.type not in REGION_TYPES:
            c.country = _located_elsewhere(doc, c)
    records = []
    for c in merged:
        ctype, country, scope = _classify(c, c.country)
        records.append(Partner(name=c.name, type=ctype, country=country, scope=scope,
                               start=c.start, end=c.end, sentence=c.sentence, rule=c.rule))
    return records
