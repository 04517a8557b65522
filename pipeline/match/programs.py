# THE CONVENTION FOR SHORT DESCRIPTIONS (prog5, from every gold program of the tune split, 60, read in its
# article; where the team's sets and the real gold disagree, the real gold is the convention). About a third of
# the real gold programs are lower-case descriptions, and the annotators mark them when the text presents the
# activity as what the cooperation runs: "program pertukaran pelajar", "program magang ASN", "program ekonomi
# kerakyatan", "program job matching", "Program perbaikan RTLH", "program pengabdian masyarakat melalui KKN",
# "program pelatihan dan peningkatan kapasitas bagi pelaku usaha perikanan"; with no program word when it is
# what an agreement or grant covers ("pemberian beasiswa terhadap mahasiswa X", "bantuan pendanaan rehabilitasi
# dan rekonstruksi pascabencana", "jaminan sosial ketenagakerjaan"). So a description IS a program when (a) a
# program, training, scholarship, internship or exchange word opens it, or an agreement or a party taken on
# says it covers it ("MoU terkait ...", "menggandeng X untuk riset ..."), and (b) it says what is done, not
# only which kind ("program magang", "pelatihan kader" alone are kinds) or whose field ("program kesehatan
# Kota X"). Its name is the text's words, the program word kept, going on with the host ("di Kemenlu"), the
# parties ("antara X dan Y") and whom it serves ("bagi ..."), since the Jaccard match needs that extent. A
# national program a region takes part in with its ministry is one too (gold: "Integrasi Layanan Primer (ILP)"
# with Kemenkes and a regency, "Sanimas" with Kementerian PUPR); one a body only runs or pays for alone, or
# that the public is called on to join, is none.
# Why the rules are what they are (a study of 175 gold program names: the tune articles and the team's sets,
# 2026-12-03). How the text introduces them:
#   33%  a program word and a title-case name ("program Integrasi Layanan Primer (ILP)", "Dutch Training and
#        Exposure Programme", "proyek Penguatan Layanan ... (Pelangi)");
#   27%  a lower-case description the text calls a program or training ("program magang ASN di Kemenlu",
#        "pelatihan budidaya rumput laut bagi istri nelayan"): its extent (host place, whom it serves) decides
#        the Jaccard match as much as finding it;
#   11%  a word that gives or introduces the name ("bertajuk", "bernama", "dengan nama", "adalah", "seperti");
#    9%  a title-case name with no program word, the object of what a party opens, launches or runs ("kami akan
#        membuka Akademi ...", "memulai uji coba Sarapan Sehat ...") or the subject the text later calls a program;
#    8%  "Name (ACR)" with no program word, or an acronym spelled out elsewhere ("X atau Y", coined acronyms
#        such as INOVASI or SARAB that are not initials);
#    5%  quoted (title case, or a short lower-case name right after a program word); 4% after "melalui/dalam";
#    4%  English title case ending in a program word (Partnership, Initiative, Lab, Summer School).
# So candidates come from these introduction shapes, not from a list of cue words. What separates a program
# from its near misses is rarely its form but WHO RUNS IT: an event that is only the venue or that one body
# holds, a program one government body runs or pays for by itself ("yang dicanangkan ... dengan anggaran
# APBD", "pemerintah pusat mulai menguji coba ...", "yang akan dijalankan Dinas X"), a national program the
# cooperation is set beside ("sejalan dengan", "melengkapi", "mendukung"), the kind of cooperation ("program
# Kota Bersaudara"), the sponsor after a program word ("program KOICA"), a body's programs in general
# ("program lingkungan Kota X"), meetings, briefings, laws, plans, offices and teams. Hence the filters after
# the shapes (_run_alone, _accept, _not_launched); a foreign party running a program makes it a cooperation's.
# Blind team sets showed that cues fitted to one batch do not carry to the next; each shape here is tested on
# sentences of several outlets' styles (tests/test_programs.py) and judged on tests/data/programs_*_challenge.
"""programs: named programs, projects and initiatives run under a cooperation.

Shapes, most specific first (regexes in ``lexicons/program_patterns.json``):
proper names ending in a program or event word ("Nordic Skills Exchange Program",
"Palu Coastal Investment Summit 2025"), quoted names after an activity word or
"dalam", "melalui" ("program “Clean Harbour Initiative”"), names a program word
introduces or gives ("program misalnya Satu Desa Satu Buku", "program seperti HAMP
(hibah air minum pedesaan), ...", "kegiatan bertajuk Pekan Literasi Pesisir"), the
title-case subject of an agreement ("MoU Sister Hospital antara ..."), a name the
text calls a program ("Gerakan X (GX) merupakan program ...", "X, program yang
..."), "program ..." phrases, either a proper name ("program Integrasi Layanan
Primer (ILP)", ended before a place, an owner or a verb, with names listed after
it) or a description the text presents as a program ("program magang ASN di
Kemenlu"), English title-case names after "melalui", "dalam", "peresmian"
("melalui Water for Life", "menjalankan Community Based Disaster Preparedness (CBDP)"),
and acronyms spelled out from a program word
("Kemitraan Australia–Indonesia untuk ... (KAIKP)"), coined acronyms spelled out after "atau" ("INOVASI atau
Innovation for ..."), short lower-case names quoted after a program word ("program “bank sampah laut”"), and
title-case names that a party opens, launches or runs ("kami akan membuka Akademi X", "PT X bersama Pemkot Y
meluncurkan Kampung Z", "meluncurkan KALAM (Kelola Laut Masyarakat)"). Last, and only where no name
said it already, the lower-case description of what an agreement has the parties
carry out when it names a kind of cooperation ("MoU terkait pemberian beasiswa
bagi mahasiswa ...").

Names end where a headline in title case goes on ("Program Smart City Dengan Kota X"); a
number may open one ("Gerakan 1000 Startup Digital"); a person listed after "yakni" is none.

An acronym the article spells out ("Jaksa Masuk Sekolah (JMS)") names one
program: "program JMS" elsewhere becomes the spelled-out name, as annotators
write it, acronym kept. A program word followed by its sponsor ("program
KOICA"), by a kind of cooperation ("program Kota Bersaudara"), a document, a
meeting, or inside an office title ("Koordinator Program") names no program; nor
does an event that is only the venue of a signing ("di sela-sela ... Summit").

Not every program an article names is run under its cooperation: one that a
government body runs by itself ("program X yang dijalankan Pemprov Y", "milik
PT Z", "dibiayai APBD", "Pemkot Y menjalankan Gerakan X", "X, program unggulan
Bupati", "X sejak 2022 dengan anggaran APBD", "pemerintah pusat mulai menguji coba X"; not one a foreign
party runs, "proyek X yang dijalankan ILO"), one the cooperation is set beside ("sejalan dengan program X",
"melengkapi program X"), and an event its sentence ties to no second party or
cooperation ("Festival X resmi dibuka", "dipamerkan dalam Festival X", "X yang
digelar Dinas Y"), an event the parties only visit or date by ("meninjau lokasi Festival X", "saat ajang X"),
one of earlier years ("X sebelumnya pernah menjalankan Y"), one its own budget pays for in the next sentence
("Kampanye tersebut didanai APBD"), a national one a ministry pays for ("yang dibiayai Kemendikbudristek") and
one the public is called on to join ("mengingatkan masyarakat untuk ikut program JKN") are none. What both
parties run ("kedua kota akan menggelar
X", "X yang digelar bersama WFP", "X yang merupakan bagian dari program ..."),
and a training described with whom it serves ("pelatihan X bagi Y") are.

An article without parties has none, unless it speaks of cooperation again and
again or two bodies launch something together (the partner rules missed its parties),
and then only a program its own sentence ties to a cooperation or to two bodies; nor has one whose only party is
Indonesian when it names no cooperation word and no foreign country (ordinary
news of a regency's own programs). A program's partners are the
partners named in its sentence; its sector comes from
``lexicons/sector_keywords.json``.

Descriptions (prog5, by the convention atop this file) also come from "ialah program ..." after a lower-case
noun, a bare acronym described on ("program KKN tematik ..."), what a party is taken on for ("menggandeng X
untuk riset ..."), trainings carried on ("melanjutkan", "dilanjutkan dengan"), made "dari <material>", teaching
a skill named by its verb ("pelatihan menjahit ... bagi ..."), or in a sentence whose subject points back to the
parties ("Tim juga menyiapkan ..."); a program the activity only follows ("sesuai skema X") is none, and a
ministry's program is read up to its purpose clause ("dari Kementerian Sosial agar ...").
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator, NamedTuple

from spacy.tokens import Doc, Span

from ..lexicon import mapping, regex_table, words
from ..schema import Partner, Program
from . import page
from ._doc import doc_ents, doc_text, lower_case_words, may_match, per_doc
from ._people import whole_word_hits
from ._places import DOMESTIC, countries, indonesian_level, is_country
from .partners import has_cue, known_organisation, segments

__all__ = ["programs"]

_WORD = re.compile(r"\w+", re.UNICODE)
_TOKEN = re.compile(r"\d{1,3}(?:\.\d{3})+(?!\w)|[\w'\u2019/&\u2013-]+|\([^()]{1,90}\)|[^\s\w]")
_ACRONYM = re.compile(r"[A-Z][A-Za-z]*[A-Z][A-Za-z0-9]*(?:[ -][0-9A-Z]+)?|[A-Z][a-z]+[A-Z]?")
_CONNECTORS = frozenset({"of", "and", "for", "the", "on", "in", "to", "with", "dan", "&", "de", "ke"})
MAX_PHRASE_WORDS = 7     # a description of a program is short; longer runs are the clause
MAX_PROPER_WORDS = 16    # "Gorontalo Micro, Small, Medium Enterprises ... Summit 2024"
MIN_PARTIES = 1          # partners an article needs before its programs count ...
MIN_COOPERATION_CUES = 2  # ... unless it says this often that it reports a cooperation
SAME_PROGRAM = 0.5       # word overlap (Jaccard) above which two names are one program
MIN_TOPIC_WORDS = 2      # "MoU terkait pendidikan" names a field


class Cand(NamedTuple):
    start: int
    end: int
    rule: str
    name: str


def _compiled(section: str) -> tuple[tuple[str, re.Pattern], ...]:
    return regex_table("program_patterns", section)


def _live(doc: Doc, section: str) -> tuple[tuple[str, re.Pattern], ...]:
    """The section's patterns that may match somewhere in the article (``may_match`` over its whole text):
    one that cannot match the article matches none of its lines, so its gate is asked once per article,
    not once per line."""
    def compute():
        n = len(doc_text(doc))
        return tuple((rule, rx) for rule, rx in _compiled(section) if may_match(doc, rx, 0, n))
    return per_doc(doc, "program_live." + section, compute)


@lru_cache(maxsize=8)
def _alternation(section: str) -> re.Pattern:
    alts = mapping("program_patterns")[section]
    return re.compile(rf"(?<![\w-])(?i:{'|'.join(alts)})\s+")


def _jaccard(a: str, b: str) -> float:
    wa, wb = set(_WORD.findall(a.lower())), set(_WORD.findall(b.lower()))
    return len(wa & wb) / len(wa | wb) if wa | wb else 0.0


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper() or (tok[:1].isdigit() and any(c.isupper() for c in tok))


def _verb_like(tok: str) -> bool:
    """A verb (me-, ber-, di-...-kan): "mencapai", "berjalan", "ditandatangani". Not the POS tag: the tagger calls
    nouns like "magang" verbs, which name programs."""
    low = tok.lower()
    if low in words("program_ber_adjectives"):
        return False   # "berbasis masyarakat", "berkelanjutan": what kind, in a description
    # "digitalisasi", "diversifikasi": nouns borrowed in -asi that merely look like di-...-i verbs
    return tok.islower() and len(low) > 5 and (low.startswith(("me", "ber"))
                                             or low.startswith("di") and low.endswith(("kan", "i"))
                                             and not low.endswith("asi"))


# ---------------------------------------------------------------- names in running text

def _proper_end(toks: list[re.Match], base: int, listed: bool = False) -> int:
    """End of a title-case name: capitalised words, connectors between them, a year after
    them, and parenthesised acronyms or spelled-out forms ("(PPK)", "(Youth ... Service)").
    In a list (``listed``) "dan" and commas part names, unless an acronym closes the run."""
    end, n, i, after_paren = base, 0, 0, False
    while i < len(toks) and n < MAX_PROPER_WORDS:
        t = toks[i].group(0)
        nxt = toks[i + 1].group(0) if i + 1 < len(toks) else ""
        if t.startswith("("):
            inner = t[1:-1]
            spelled = n == 1 and re.fullmatch(r"[a-z][\w ,-]+", inner)   # "HAMP (hibah air minum pedesaan)"
            if n == 0 or not (_ACRONYM.fullmatch(inner) or _title_words(inner) or spelled):
                break
            end, after_paren = base + toks[i].end(), True
            i += 1
            continue
        elif t.lower() in _CONNECTORS or t in {",", "\u2013", "-"}:
            if n == 0 or after_paren or not _is_cap(nxt) or (t == "," and not _enumerated_name(toks, i)):
                break
            if listed and t.lower() in {"dan", "serta"} and not _enumerated_name(toks, i):
                break
            if t.lower() in {"dan", "and", "&"} and (_caps_acronym(nxt) or nxt.lower() in _org_heads()):
                break   # "program Sanimas dan TPS 3R", "proyek X dan Pemerintah Provinsi Y": two names
            i += 1
            continue
        elif t.lower() == "untuk" and n >= 2 and _is_cap(nxt) and not after_paren:
            if not _purpose_of_name(toks, i + 1):
                break   # "program Sekolah Sehat untuk Kabupaten Sigi": the place it serves
            i += 1
            continue
        elif n and t.lower() in words("program_name_breakers"):
            break   # "program Kampus Merdeka Kementerian ...": the owner follows the name
        elif n and (t.lower() in words("program_title_case_stops") or _passive(t)):
            break   # a title-case headline: "Program Smart City Dengan Kota X", "... Diluncurkan"
        elif not (_is_cap(t) or (n and re.fullmatch(r"(?:19|20)\d\d", t)) or _counted_name(t, nxt, n)):
            break
        end, n = base + toks[i].end(), n + 1
        i += 1
    return end


def _purpose_of_name(toks: list[re.Match], i: int) -> bool:
    """ "Air Minum Aman untuk Kota Tangguh": a title-case purpose that goes on the name, not a place, a
    body or a person it serves; one word will do where the name's acronym closes it ("Gerakan Pangan Lokal
    untuk Balita (GEMPITA)")."""
    run = [t.group(0) for t in toks[i:i + 6]]
    k = next((j for j, w in enumerate(run) if not _is_cap(w)), len(run))
    purpose = " ".join(run[:k])
    closed = k == 1 and len(run) > 1 and re.fullmatch(r"\([A-Z][A-Z0-9-]{1,11}\)", run[1]) is not None
    return (k >= 2 or closed) and not _place_or_owner(purpose) and not known_organisation(purpose)


def _counted_name(tok: str, nxt: str, n: int) -> bool:
    """A number opening a title-case name: "Gerakan 1000 Startup Digital", "Program 3 Juta Rumah"
    ("program 100 hari kerja" is a description)."""
    return n == 0 and bool(re.fullmatch(r"\d[\d.]*", tok)) and _is_cap(nxt)


def _passive(tok: str) -> bool:
    """A capitalised passive verb ("Diluncurkan", "Ditandatangani"): a headline's, not a name's."""
    return bool(re.fullmatch(r"Di[a-z]{3,}(?:kan|i)", tok))


def _caps_acronym(tok: str) -> bool:
    return len(tok) >= 2 and tok.isupper()


@lru_cache(maxsize=1)
def _org_heads() -> frozenset[str]:
    """First words of organisation and government names ("pemerintah", "kota", "badan")."""
    return frozenset(h.split()[0] for h in mapping("partner_heads")["heads"])


def _title_words(s: str) -> bool:
    ws = s.split()
    return len(ws) >= 2 and all(_is_cap(w) or w.lower() in _CONNECTORS for w in ws)


def _enumerated_name(toks: list[re.Match], i: int) -> bool:
    """A comma inside a name ("Reuse, Reduce, dan Recycle (TPS 3R)"): the run after it goes on
    to a parenthesised acronym before any lower-case word."""
    for t in toks[i + 1:i + 8]:
        s = t.group(0)
        if s.startswith("("):
            return _acronym_like(s[1:-1])   # "proyek SVP, Selasa (5/3/2024)": a date, no acronym
        if not (_is_cap(s) or s.lower() in _CONNECTORS or s == ","):
            return False
    return False


def _descriptive_end(toks: list[re.Match], base: int) -> int:
    """End of "program <words>": content words up to a function word, verb or punctuation;
    a trailing "di <Name>" (the host), "antara X dengan Y" (the parties) and "X dan Y"
    between nouns (in a phrase of three words or more) stay in the phrase; so does a
    spelled-out acronym closing it ("program pembangunan keluarga, kependudukan dan keluarga
    berencana (Bangga Kencana)")."""
    stops = words("program_phrase_stops")
    end, n, i = base, 0, 0
    cut = None   # end before the first "dan"
    while i < len(toks) and n < MAX_PHRASE_WORDS:
        t = toks[i].group(0)
        low = t.lower()
        nxt = toks[i + 1].group(0) if i + 1 < len(toks) else ""
        if low == "di" and n and _is_cap(nxt):   # "Proyek di Jawa Barat" names only a place
            return base + toks[i + 1 + _cap_run(toks[i + 1:], 5) - 1].end()
        host = _located_host(toks, i) if low == "di" and n else None
        if host is not None:   # "program magang industri di kawasan industri Pasir Gudang": the host place
            return base + toks[host].end()
        if low == "antara" and _is_cap(nxt):
            return _between_end(toks, i, base) or end
        if n and low in {",", "dan"}:
            paren = _spelled_tail(toks, i, stops)
            if paren is not None:
                return base + toks[paren].end()
        if t.startswith("("):
            if n and _acronym_like(t[1:-1]):
                end = base + toks[i].end()
            break
        if low == "dan" and n and nxt[:1].islower() and nxt.lower() not in stops and not _verb_like(nxt):
            cut = end if cut is None else cut
            i += 1
            continue
        if low in stops or low == "di" or not re.match(r"\w", t) or _verb_like(t) or _passive_before(low, nxt):
            break
        end, n = base + toks[i].end(), n + 1
        i += 1
    return cut if cut is not None and n < 3 else end


def _located_host(toks: list[re.Match], i: int) -> int | None:
    """Index of the last word of "di <place noun> [word] <Name>" from the "di" at ``i`` ("di kawasan industri
    Pasir Gudang", "di Kota Kyoto" aside), or None."""
    if i + 2 >= len(toks):
        return None
    if toks[i + 1].group(0) in words("program_place_nouns"):
        for k in (i + 2, i + 3):
            if k < len(toks) and _is_cap(toks[k].group(0)):
                return k + _cap_run(toks[k:], 5) - 1
            if k < len(toks) and not toks[k].group(0).islower():
                return None
    # "di panti-panti wreda di Prefektur Gunma": a lower-case host, then where it is
    for k in range(i + 2, min(i + 5, len(toks) - 1)):
        t = toks[k].group(0)
        if t == "di" and _is_cap(toks[k + 1].group(0)):
            return k + 1 + _cap_run(toks[k + 1:], 5) - 1
        if not t.islower() or t in words("program_phrase_stops") or _verb_like(t):
            return None
    return None


def _passive_before(low: str, nxt: str) -> bool:
    """ "proyek digelar di ...", "program dibuka oleh ...": a di- verb before a preposition ends a description
    ("diklat", "digital" are not followed by one)."""
    return low.startswith("di") and len(low) > 4 and nxt.lower() in _AFTER_PASSIVE


_AFTER_PASSIVE = frozenset({"di", "oleh", "pada", "sejak", "ke", "bersama", "dengan", "secara", "sebagai", "mulai"})


def _acronym_like(s: str) -> bool:
    return bool(_ACRONYM.fullmatch(s)) or _title_words(s)


def _spelled_tail(toks: list[re.Match], i: int, stops: frozenset[str]) -> int | None:
    """Index of a parenthesised acronym that closes a lower-case list of words from ``i``."""
    for k in range(i, min(i + 10, len(toks))):
        s = toks[k].group(0)
        if s.startswith("("):
            return k if k > i + 1 and _acronym_like(s[1:-1]) else None
        if s not in {",", "dan"} and (not s.islower() or s in stops):
            return None
    return None


def _cap_run(toks: list[re.Match], limit: int) -> int:
    k = 0
    while k < len(toks) and k < limit and (_is_cap(toks[k].group(0)) or k and toks[k].group(0).isdigit()):
        k += 1
    return max(k, 1)


def _between_end(toks: list[re.Match], i: int, base: int) -> int | None:
    """ "antara SMA Negeri 2 Palu dengan Sapporo International School": both parties."""
    j = i + 1 + _cap_run(toks[i + 1:], 8)
    if j < len(toks) and toks[j].group(0).lower() in {"dengan", "dan"} and j + 1 < len(toks) \
            and _is_cap(toks[j + 1].group(0)):
        k = j + 1 + _cap_run(toks[j + 1:], 8)
        if k < len(toks) and toks[k].group(0).startswith("("):
            k += 1
        return base + toks[k - 1].end()
    return None


def _name_end(text: str, pos: int, limit: int, spelled: frozenset[str] | dict = frozenset()) -> tuple[int, bool]:
    """End of the name after a program word, and whether it is a proper name."""
    toks = list(_TOKEN.finditer(text[pos:limit]))
    if toks and (_is_cap(toks[0].group(0))
                 or len(toks) > 1 and _counted_name(toks[0].group(0), toks[1].group(0), 0)):
        end = _proper_end(toks, pos)
        if not _described_acronym(toks, pos, end) or toks[0].group(0) in spelled:
            return end, True
    return _descriptive_end(toks, pos), False


def _described_acronym(toks: list[re.Match], base: int, end: int) -> bool:
    """ "program KKN tematik penurunan stunting", "program CSR pengelolaan sampah": a bare acronym that lower-case
    words describe further is the head of a description, not the whole name (one the article spells out names
    that program: "Program GSS kini dijalankan ...")."""
    if len(toks) < 2 or base + toks[0].end() != end or not _caps_acronym(toks[0].group(0)):
        return False
    nxt = toks[1].group(0)
    return nxt.isalpha() and nxt.islower() and nxt not in words("program_phrase_stops") and not _verb_like(nxt) \
        and nxt not in _ADVERBS


_ADVERBS = frozenset({"kini", "pun", "lagi", "baru", "segera", "sempat", "sekarang", "bahkan", "pula", "lalu"})


# ---------------------------------------------------------------- acronyms the article spells out

def _acronym_table(doc: Doc) -> dict[str, tuple[int, int, str]]:
    """ACR -> (start, end, "Spelled Out Name (ACR)") for every "Name (ACR)" and "ACR (name)"."""
    def compute():
        text = doc_text(doc)
        table: dict[str, tuple[int, int, str]] = {}
        for m in re.finditer(r"\(([^()]{1,90})\)", text):
            inner = m.group(1).strip()
            if _ACRONYM.fullmatch(inner):
                start = _expansion_start(text, m.start(), inner)
                if start is None:
                    start = _initials_start(text, m.start(), inner)
                if start is not None:
                    table.setdefault(inner, (start, m.end(), text[start:m.end()]))
            elif re.fullmatch(r"[a-z][\w ,-]+", inner) or _title_words(inner):
                base = max(0, m.start() - 14)
                before = re.search(r"(?<!\w)([A-Z][A-Z0-9]{2,9})\s*$", text[base:m.start()])
                if before:   # "HAMP (hibah air minum pedesaan)"
                    start = base + before.start(1)
                    table.setdefault(before.group(1), (start, m.end(), text[start:m.end()]))
        for m in _ACRONYM_OR.finditer(text):   # "SVP atau Smart Village Partnership for ..."
            name = _ENGLISH_TAIL.sub("", m.group("name"))
            if _initials(name).startswith(m.group("acr").upper()) or _coined(m.group("acr"), name):
                start = m.start("name")
                table.setdefault(m.group("acr"), (start, start + len(name), f"{name} ({m.group('acr')})"))
        return table
    return per_doc(doc, "program_acronyms", compute)


_ACRONYM_OR = re.compile(r"(?<![\w-])(?P<acr>[A-Z][A-Z0-9]{1,9})\s+atau\s+"
                         r"(?P<name>[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|of|for|and|the|in|on|to|dan|untuk)){1,12})")
_ENGLISH_TAIL = re.compile(r"(?:\s+(?:of|for|and|the|in|on|to|dan|untuk))+$")


def _coined(acr: str, name: str) -> bool:
    """ "INOVASI atau Innovation for Indonesia's School Children": an acronym coined as a word rather than
    spelled from initials, from the same first letter of a title-case name of three capitalised words or more."""
    return len(acr) >= 4 and acr.isupper() and acr[0] == name[:1].upper() and len(_initials(name)) >= 3


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _initials_start(text: str, paren: int, acr: str) -> int | None:
    """Start of lower-case words right before "(ACR)" whose initials spell it, "dan" aside:
    "cetak sawah rakyat (CSR)"."""
    if not acr.isalpha() or not acr.isupper():
        return None
    toks = list(re.finditer(r"[\w-]+", text[max(0, paren - 160):paren]))
    letters = acr.lower()
    k = len(toks)
    while k > 0 and letters:
        w = toks[k - 1].group(0)
        k -= 1
        if w == "dan":
            continue
        if not w.islower() or w[0] != letters[-1]:
            return None
        letters = letters[:-1]
    return max(0, paren - 160) + toks[k].start() if not letters else None


def _expansion_start(text: str, paren: int, acr: str) -> int | None:
    """Start of the title-case run right before "(ACR)", from its first word that begins
    with the acronym's letter; None when there is no such run."""
    toks = list(re.finditer(r"[\w'\u2019&\u2013-]+|,", text[max(0, paren - 160):paren]))
    base = max(0, paren - 160)
    run: list[re.Match] = []
    for t in reversed(toks):
        s = t.group(0)
        if _is_cap(s) or (run and (s.lower() in _CONNECTORS or s in {",", "yang", "untuk"})):
            run.insert(0, t)
            continue
        break
    while run and not _is_cap(run[0].group(0)):
        run.pop(0)
    if len(run) < 2:
        return None
    first = next((k for k, t in enumerate(run) if t.group(0)[0].lower() == acr[0].lower()), None)
    pick = run[first:] if first is not None and len(run) - first >= 2 else run
    return base + pick[0].start()



# ---------------------------------------------------------------- shapes

def _proper(text: str, sent: Span) -> Iterator[Cand]:
    for rule, rx in _live(sent.doc, "proper"):
        if not may_match(sent.doc, rx, sent.start_char, sent.end_char):
            continue
        for m in rx.finditer(text, sent.start_char, sent.end_char):
            start, name = m.start(), m.group(0)
            lead = re.match(r"\w+\s+", name)
            while lead and lead.group(0).strip().lower() in words("program_english_leads"):
                start, name = start + lead.end(), name[lead.end():]   # "Menurut X Program"
                lead = re.match(r"\w+\s+", name)
            if re.match(r"\s+[A-Z]", text[m.end():m.end() + 2]) and not name.endswith(")"):
                continue   # "Gelar Karya Program Penguatan ...": an Indonesian "Program X" name starts here
            party = re.match(r".+?\s+dan\s+", name)
            if party and party.group(0).split()[0].lower() in _org_heads():
                start, name = start + party.end(), name[party.end():]   # "Pemkab X dan Y Area Program": Y's
            for a, b in _coordinated(start, name):
                if len(_WORD.findall(text[a:b])) >= 3 and not _position(text[a:b]) and not _venue(text, a):
                    yield Cand(a, b, rule, text[a:b])


_JOINED_NAMES = re.compile(r"\b(?:Program|Programme|Project|Initiative|Partnership|Scheme)(\s+(?:dan|and|serta)\s+)"
                           r"(?=[A-Z])")


def _coordinated(start: int, name: str) -> list[tuple[int, int]]:
    """ "Green School Partnership dan Youth Exchange Programme": two names joined where the first
    ends on a program word; (start, end) spans, the whole name when it is one."""
    m = _JOINED_NAMES.search(name)
    if not m or min(len(_WORD.findall(name[:m.start(1)])), len(_WORD.findall(name[m.end():]))) < 3:
        return [(start, start + len(name))]
    return [(start, start + m.start(1)), *_coordinated(start + m.end(), name[m.end():])]


def _venue(text: str, start: int) -> bool:
    """ "di sela-sela Asia Water Summit": the event where a cooperation was announced."""
    before = re.findall(r"[\w-]+", text[max(0, start - 30):start].lower())[-2:]
    return bool(set(before) & words("program_venue_words"))


def _position(name: str) -> bool:
    """ "FAO Representative Program in Indonesia", "Koordinator Program": an office holder's title. A
    post's head counts only before a program word: programs are often named after whom they send
    ("Jaksa Sapa Sekolah", "Dokter Masuk Desa")."""
    ws = _WORD.findall(name.lower())
    if set(ws) & words("program_position_words"):
        return True
    first = next((k for k, w in enumerate(ws) if w in _OFFICE_PROGRAM_WORDS), None)
    return first is not None and bool(set(ws[:first]) & _title_head_words())


_OFFICE_PROGRAM_WORDS = frozenset({"program", "programme", "project", "proyek"})


_OPENING_QUOTES = ('"', "\u201c", "\u2018", "'")


def _quoted(text: str, sent: Span) -> Iterator[Cand]:
    chunk = text[sent.start_char:sent.end_char]
    if not any(q in chunk for q in _OPENING_QUOTES):
        return   # every quoted pattern opens a quote; most sentences have none, and the scans are slow
    for rule, rx in _compiled("quoted"):
        for m in rx.finditer(text, sent.start_char, sent.end_char):
            yield Cand(m.start("name"), m.end("name"), rule, m.group("name"))


def _introduced(text: str, sent: Span) -> Iterator[Cand]:
    """ "program misalnya Satu Desa Satu Buku", "beberapa program seperti HAMP (hibah air minum
    pedesaan), HALS (...)", "kegiatan bertajuk Pekan Literasi Pesisir": title-case names or
    spelled-out acronyms after a word that introduces examples or gives a name."""
    for rule, m in _introducers(text, sent):
        # "bernama Smart Fisheries Village": a word that gives a name is trusted over the NER model,
        # which reads English names as persons; a list ("yakni ...") may name the people who run it
        naming = _NAMING.search(m.group(0)) is not None or rule == "program_introduced_joint"
        if not naming and set(_WORD.findall(m.group(0).lower())) & words("program_list_nouns"):
            continue   # "program X di tiga kecamatan, yakni A, B dan C" lists places ("program CSR
            # perusahaan bernama X" names one)
        pos = m.end()
        while pos < sent.end_char:
            toks = list(_TOKEN.finditer(text[pos:sent.end_char]))
            if not toks or not _is_cap(toks[0].group(0)):
                break
            end = _proper_end(toks, pos, listed=True)
            place = _place_or_owner(text[pos:end], naming) or (not naming and _person(sent.doc, pos, end)) \
                or _generic_program(text[pos:end]) \
                or rule == "program_introduced_joint" and _not_launched(text[pos:end])   # "membuka Kantor X"
            if place and pos == m.end():
                break   # the list names places or bodies; a place later among programs is skipped
            if not place and (len(_WORD.findall(text[pos:end])) >= 2 or _caps_acronym(text[pos:end])):
                yield Cand(pos, end, "program_introduced_named" if naming else "program_introduced", text[pos:end])
            nxt = re.match(r"\s*(?:,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+)", text[end:sent.end_char])
            if not nxt:
                break
            pos = end + nxt.end()


_NAMING = re.compile(r"(?i:bernama|bertajuk|berjudul|dinamai|dinamakan|diberi nama|berlabel|dengan nama|dengan tajuk"
                     r"|berjuluk)\s+$")


def _person(doc: Doc, start: int, end: int) -> bool:
    """ "koordinator program itu yakni Budi Santoso": a person the NER model saw, not a program."""
    spans = per_doc(doc, "program_persons",
                    lambda: tuple((e.start_char, e.end_char) for e in doc_ents(doc) if e.label_ == "PER"))
    return any(a <= start and end <= b for a, b in spans) and not _english_common(doc_text(doc)[start:end])


def _english_common(name: str) -> bool:
    """ "Bandung Climate Lab", "Borneo Peatland Student Mobility": the NER model reads English title-case names
    as persons; one holding an English common word (the officials' list) or ending is no person."""
    ws = [w.lower() for w in _WORD.findall(name)]
    return bool(set(ws) & words("official_english_common_words")) or any(map(_english_word, ws))


def _generic_program(name: str) -> bool:
    """ "Program Unggulan Bupati X", "Program Kerja Dinas": a kind of program, named by no one."""
    bare = _bare(name).split()
    return bare != name.split() and bool(bare) and bare[0].lower() in words("program_generic_words")


def _introducers(text: str, sent: Span) -> Iterator[tuple[str, re.Match]]:
    for rule, rx in _live(sent.doc, "introduced"):
        if not may_match(sent.doc, rx, sent.start_char, sent.end_char):
            continue
        for m in rx.finditer(text, sent.start_char, sent.end_char):
            if rule != "program_introduced_subject" or _CLAUSE_OPENING.fullmatch(text, sent.start_char, m.start()):
                yield rule, m


# "Program pertama adalah X" names X only when the program word is the subject: it opens the sentence or
# a clause; "Lokasi program itu adalah Desa X", "Koordinator program adalah Budi" say something else
_CLAUSE_OPENING = re.compile(r"(?:.*[,;]\s*)?\W*"
                             r"(?:(?i:salah satu|adapun|sedangkan|sementara itu|selain itu)\s*,?\s*)?", re.DOTALL)


def _place_or_owner(name: str, named: bool = False) -> bool:
    """ "seperti Kota Bandung dan Kementerian X": places and organisations, not programs; "Sekolah
    Ramah Anak", "Desa Siaga Bencana" name programs. A name the text gives (``named``: "program
    bernama Sekolah Lapang Iklim") may open with a head word that programs share with bodies and
    places (``lexicons/program_named_heads``); a known body or place is none."""
    ws = name.split()
    first = ws[0].lower()
    if len(ws) > 1 and ws[1].lower() in words("program_quality_words") and not _owner_first(first):
        return False
    head = first in _org_heads() and not (named and first in words("program_named_heads")
                                          and not known_organisation(name))
    # a post opening a name that spells out its own acronym names what the post holders run ("Jaksa
    # Sapa Sekolah (JSS)"), not an owner's program
    owner = _owner_first(first) and not _spells_own_acronym(ws)
    return head or owner or indonesian_level(name) is not None \
        or is_country(name) or " ".join(ws[:2]).lower() in words("title_heads")   # "Wali Kota Palu"


def _spells_own_acronym(ws: list[str]) -> bool:
    """ "Jaksa Sapa Sekolah (JSS)": the bracketed last word is the initials of the words before it."""
    last = ws[-1] if ws else ""
    if len(ws) < 3 or not (last.startswith("(") and last.endswith(")")):
        return False
    return last[1:-1].lower() == "".join(w[0] for w in ws[:-1]).lower()


def _agreed(text: str, sent: Span) -> Iterator[Cand]:
    """ "Nota Kesepahaman (MoU) Sister Hospital antara ...": the title-case subject of an
    agreement names what the parties will run."""
    rx = _compiled("agreement")[0][1]
    if not _live(sent.doc, "agreement") or not may_match(sent.doc, rx, sent.start_char, sent.end_char):
        return
    for m in rx.finditer(text, sent.start_char, sent.end_char):
        toks = list(_TOKEN.finditer(text[m.end():sent.end_char]))
        first = toks[0].group(0) if toks else ""
        if not _is_cap(first) or first.lower() in words("program_agreement_non_subjects"):
            continue   # "MoU Tahun 2024", "PKS Bidang Pendidikan", "Kesepakatan Bersama Antara ..."
        end = _proper_end(toks, m.end())
        name = text[m.end():end]
        ws = _WORD.findall(re.sub(r"\([^)]*\)", "", name).lower())
        if len(ws) < 2 or ws[0] in _org_heads():   # "MoU Pemprov X dengan ..." names a party
            continue
        if not name.endswith(")") and _indonesian_topic(ws) and not set(ws) & words("program_topic_words"):
            continue   # "PKS Pemanfaatan Data Kependudukan", "MoU Kerja Sama Bidang Pendidikan": what the
            # agreement is about, not a program; "LoI Kerja Sama Pelatihan Dokter Anak" names one
        yield Cand(m.end(), end, "program_agreement", name)


def _indonesian_topic(ws: list[str]) -> bool:
    """ "Pemanfaatan ...", "Optimalisasi ...", "Kerja Sama ...", "Sinergi ...": an Indonesian phrase
    that says what is done, not an English or coined name ("Sister Hospital")."""
    return _nominalisation(ws[0]) or ws[0].endswith("isasi") or ws[0] in words("program_topic_openers")


def _agreed_topic(text: str, sent: Span) -> Iterator[Cand]:
    """ "nota kesepahaman terkait pemberian beasiswa bagi mahasiswa", "perjanjian hibah dalam rangka
    bantuan pendanaan rehabilitasi ...": the lower-case description of what an agreement has the
    parties carry out, when it names a kind of cooperation (``lexicons/program_topic_words``);
    "terkait pendidikan", "tentang pengembangan pariwisata" name fields. A program word opens a
    phrase of its own. So does what a party is taken on for ("menggandeng Universitas X untuk riset bibit
    rumput laut ...")."""
    for _, rx in _live(sent.doc, "agreement_topic"):
        if may_match(sent.doc, rx, sent.start_char, sent.end_char):
            yield from _topics(text, sent, rx)


def _topics(text: str, sent: Span, rx: re.Pattern) -> Iterator[Cand]:
    for m in rx.finditer(text, sent.start_char, sent.end_char):
        end = _described_end(text, m.end(), sent.end_char)
        ws = _WORD.findall(text[m.end():end].lower())
        if len(ws) < MIN_TOPIC_WORDS or _verb_like(ws[0]) or _generic_word(ws[0], proper=False) \
                or _opens_phrase(text, m.end()) or not set(ws) & words("program_topic_words"):
            continue
        yield Cand(m.end(), end, "program_phrase_topic", text[m.end():end])   # a phrase: names in it stay partners


_CLASS_SERVED = re.compile(r"(?<![\w-])(?:kelas|kursus)\s+[a-z][^.;]{0,80}?\s(?:bagi|kepada)\s")
_SERVED = re.compile(r"(?<![\w-])(?:pelatihan|beasiswa|magang|pendampingan|kelas|kursus|sekolah lapang)\s+"
                     r"(?=[a-z]|[SD][1-4]\b)")


def _served(text: str, sent: Span) -> Iterator[Cand]:
    """ "menggelar pelatihan kewirausahaan bagi 200 pemuda desa", "mencakup pelatihan pengolahan sorgum
    bagi kelompok wanita tani": a training or scholarship described by what it teaches and whom it
    serves, in a sentence that speaks of the cooperation. Without the people it serves ("pelatihan
    kader") it is a kind of activity, not one the text presents as a program."""
    if not may_match(sent.doc, _SERVED, sent.start_char, sent.end_char):
        return
    for m in _SERVED.finditer(text, sent.start_char, sent.end_char):
        skill = _SKILL.match(text, m.end(), sent.end_char) if m.group(0).split()[0] in _TAUGHT else None
        # the skill a training teaches reads as a noun here: the verb is masked for the phrase's end
        rest = text[m.end():sent.end_char]
        if skill:
            rest = "x" * len(skill.group(0)) + rest[len(skill.group(0)):]
        end = _descriptive_end(list(_TOKEN.finditer(rest)), m.end())
        end = _source_end(text, end, sent.end_char)
        tail = _BENEFICIARY.match(text, end, sent.end_char)
        ws = _WORD.findall(text[m.end():end].lower())
        included = _INCLUDED.search(text, max(sent.start_char, m.start() - 20), m.start())
        place = _INTERNSHIP_HOST.match(text, m.start(), sent.end_char) if not ws and included else None
        if place:   # "akan menjalani magang di Royal Darwin Hospital": where the internship is, its name
            yield Cand(m.start(), place.end(), "program_phrase_served", place.group(0))
            continue
        if ws and not tail and included and _RUN_JOINTLY.match(text, end, sent.end_char):
            yield Cand(m.start(), end, "program_phrase_served", text[m.start():end])   # "... yang digelar bersama X"
            continue
        host = _HOST_TAIL.match(text, end, sent.end_char) if ws and not tail and included else None
        if host:
            end = host.end()   # "menggelar pelatihan kader kesehatan remaja di 12 SMP"
        if ws and not tail and included and _HOSTED.search(text, m.end(), end) \
                and not _generic_word(ws[0], proper=False):   # "pelatihan pertama di X" is a stage of one
            yield Cand(m.start(), end, "program_phrase_served", text[m.start():end])   # "... di Korea"
            continue
        degree = re.fullmatch(r"[sd][1-4]", ws[0]) if ws else None   # "beasiswa S2 bagi 20 guru"
        if not ws or not tail or _verb_like(ws[0]) and not skill or _generic_word(ws[0], proper=False) and not degree:
            continue
        end = _descriptive_end(list(_TOKEN.finditer(text[tail.end():sent.end_char])), tail.end())
        if end > tail.end() and (included or _names_a_party(sent)):
            yield Cand(m.start(), end, "program_phrase_served", text[m.start():end])


# "pelatihan menjahit dan tata boga bagi ...", "kursus mengemudi bagi ...": a training names the skill by its verb
_TAUGHT = frozenset({"pelatihan", "kursus", "kelas"})
_SKILL = re.compile(r"me[a-z]{3,}(?=\s)")


_SOURCE = re.compile(r"\s+dari\s+(?=[a-z])")


def _source_end(text: str, end: int, limit: int) -> int:
    """ "pelatihan pembuatan pupuk organik cair dari limbah rumah tangga bagi kelompok wanita tani": what a
    training makes something from is part of its description, when whom it serves follows."""
    src = _SOURCE.match(text, end, limit)
    if not src:
        return end
    after = _descriptive_end(list(_TOKEN.finditer(text[src.end():limit])), src.end())
    return after if after > src.end() and _BENEFICIARY.match(text, after, limit) else end


_INTERNSHIP_HOST = re.compile(r"magang\s+di\s+[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|and|dan))*(?<![a-z] dan)"
                              r"(?<![a-z] of)(?<![a-z] and)")
# run with a second party: "sekolah lapang budidaya rumput laut yang digelar bersama Dinas Perikanan"
_RUN_JOINTLY = re.compile(r"\s+yang\s+(?:(?:akan|telah|sudah)\s+)?"
                          r"(?:digelar|diselenggarakan|dilaksanakan|dijalankan)\s+(?:bersama|bekerja ?sama dengan)\s")


# where a training is held, after a count or a place noun: "di 12 SMP", "di pesisir Pandeglang dan Lebak"
_HOST_TAIL = re.compile(r"\s+di\s+(?:(?:\d+|[a-z]+)\s+){1,2}[A-Z][\w-]*(?:\s+(?:dan\s+)?[A-Z][\w-]*)*")


# "mengikuti pelatihan pengelolaan irigasi modern di Korea": where it is held stands for whom it serves
_HOSTED = re.compile(r"\sdi\s+(?:[\w-]+\s+){0,2}[A-Z]")   # "di Korea", "di 12 SMP", "di pesisir Lebak"


# "Program itu mencakup pelatihan ...": the training is part of what the cooperation runs
_INCLUDED = re.compile(r"(?<!\w)(?:mencakup|meliputi|termasuk|berupa|melalui|lewat|yakni|yaitu|mengikuti"
                       r"|mendanai|membiayai|menggelar|mengadakan|menyelenggarakan|membuka|menawarkan|menyiapkan"
                       r"|memberikan|melaksanakan|menjalani|mendapat|mendapatkan|menerima|melanjutkan"
                       r"|(?:dilanjutkan|diikuti|disusul)\s+dengan)\s+$")   # "kerja sama akan dilanjutkan dengan ..."


def _names_a_party(sent: Span) -> bool:
    """The sentence names a party, an organisation the NER model saw ("Kepala Desa berharap program itu
    berlanjut dengan pelatihan ..." is a wish, no party's plan)."""
    return any(e.label_ == "ORG" and sent.start_char <= e.start_char < sent.end_char
               for e in doc_ents(sent.doc))


def _opens_phrase(text: str, pos: int) -> bool:
    """A program word that the phrase rule reads from ``pos``; "pelatihan kader" is left to the topic
    rule, since a head that takes only title-case names yields no description."""
    head = _alternation("phrase_heads").match(text, pos)
    return bool(head) and not (_alternation("proper_heads").fullmatch(head.group(0))
                               and text[head.end():head.end() + 1].islower())


_BENEFICIARY = re.compile(r"\s+(?:bagi|terhadap|kepada)\s+(?=[a-z0-9])")


def _described_end(text: str, pos: int, limit: int) -> int:
    """End of a lower-case description, with the people it serves: "pemberian beasiswa bagi
    mahasiswa keperawatan"."""
    end = _descriptive_end(list(_TOKEN.finditer(text[pos:limit])), pos)
    tail = _BENEFICIARY.match(text, end, limit)
    if end > pos and tail:
        end = max(end, _descriptive_end(list(_TOKEN.finditer(text[tail.end():limit])), tail.end()))
    return end


def _nominalisation(word: str) -> bool:
    """An Indonesian pe-/ke-...-an noun ("pemanfaatan", "pembangunan", "kepariwisataan")."""
    return word.startswith(("pe", "ke")) and word.endswith("an") and len(word) > 6


def _phrases(text: str, sent: Span) -> Iterator[Cand]:
    proper_only, heads = _alternation("proper_heads"), _alternation("phrase_heads")
    if not may_match(sent.doc, heads, sent.start_char, sent.end_char):
        return
    for m in heads.finditer(text, sent.start_char, sent.end_char):
        if _described(text, m.start()) or _in_title(text, m.start()) or _venue(text, m.start()) \
                or _listed_in_name(text, m.start()) or _in_body_name(sent.doc, text, m.start()):
            continue   # "YESS merupakan program penumbuhan ...": a description of another name
        if _PARTY_BEFORE.search(text, max(sent.start_char, m.start() - 8), m.start()):
            continue   # "Partai Gerakan Indonesia Raya": a party's name
        if _counted_kind(text, m.start(), sent.start_char):
            continue   # "sejumlah proyek PLTA", "11 proyek infrastruktur": several of a kind, not one program
        end, proper = _name_end(text, m.end(), sent.end_char, _acronym_table(sent.doc))
        if _OTHERS.match(text, end, sent.end_char) or _OTHERS_LAST.search(text, m.end(), end):
            continue   # "proyek PLTA lainnya yang dibiayai ADB": more of a kind the text spoke of before
        if not proper and proper_only.fullmatch(m.group(0)):
            continue   # "skema pembiayaan" describes; "skema Kredit Usaha Rakyat" names
        name = text[m.end():end]
        rest = _WORD.findall(name.lower())
        if not rest:
            continue
        # "program pembangunan keluarga, kependudukan dan keluarga berencana (Bangga Kencana)"
        spelled = name.endswith(")") and ("," in name or " dan " in name)
        broad = rest[0] in words("program_broad_words") and len(rest) >= 3   # "proyek pembangunan jembatan"
        if rest[0] in words("program_quantity_words") or _MONEY_WORD.match(rest[0]):
            continue   # "Proyek dua film", "pinjaman proyek Rp43 triliun": a count or an amount, no name
        lead = len(name) - len(name.lstrip())
        if proper and _person(sent.doc, m.end() + lead, end):
            continue   # "program Wang", "dalam program Evole": a person's programme or show
        if (_generic_word(rest[0], proper) and "antara" not in rest and not spelled and not broad) \
                or _verb_like(name.split(" ")[0]) or proper and _owner_first(rest[0]):
            continue   # "Nilai program mencapai ...": "program" is the subject, nothing names it
        short = _OR_SHORT.match(text, end, sent.end_char)
        if proper and short:   # "Program Sawit Rakyat Berkelanjutan atau SARAB": the name, its acronym kept
            yield Cand(m.start(), short.end(), "program_phrase_proper", f"{text[m.start():end]} ({short.group('acr')})")
            continue
        alt = _OR_ACRONYM.match(text, end, sent.end_char) or short
        if alt:   # "program tanggung jawab sosial atau corporate social responsibility (CSR)" -> "program CSR"
            yield Cand(m.start(), alt.end(), "program_phrase_acronym", f"{m.group(0).strip()} {alt.group('acr')}")
            continue
        counted = len(rest) == 1 and _COUNTED_BENEFICIARY.match(text, end, sent.end_char)   # "beasiswa bagi 40 ..."
        if not proper and (len(rest) < 2 and not counted or rest[0].isdigit() or _field_of_owner(name)):
            continue   # "program magang" alone names a kind of program, "program 100 hari kerja" a
            # politician's agenda; "program CSR" names one
        if _NAME_FOLLOWS.match(text, end, sent.end_char):
            continue   # "program mobilitas mahasiswa bernama X": the name that follows is the program
        if not proper:
            end = _served_end(text, end, sent.end_char)
        yield Cand(m.start(), end, "program_phrase_proper" if proper else "program_phrase", text[m.start():end])
        if proper:
            yield from _chained(text, end, sent.end_char)


_MONEY_WORD = re.compile(r"(?:rp|us\$|usd|idr)\d")
_PARTY_BEFORE = re.compile(r"(?<!\w)Partai\s+$")

# "lainnya", "yang lain" right after the name: others of the kind, not one program
_OTHERS = re.compile(r"\s+(?i:lainnya|yang lain)(?!\w)")
_OTHERS_LAST = re.compile(r"\s(?i:lainnya)\s*$")


def _counted_kind(text: str, start: int, lo: int) -> bool:
    """A quantity right before the program word ("sejumlah", "berbagai", "11"): the text counts programs of a
    kind; "dua program, yakni X dan Y" names them after the word, where the introducing shapes take them."""
    before = _WORD.findall(text[max(lo, start - 20):start])[-1:]
    return bool(before) and (before[0].isdigit() or before[0].lower() in words("program_quantity_words"))


_NAME_FOLLOWS = re.compile(r"\s*,?\s*(?:(?i:yang)\s+)?(?i:bernama|bertajuk|berjudul|dinamai|dinamakan|diberi nama"
                           r"|berlabel|dengan nama|dengan tajuk|berjuluk)\s+[\"\u201c\u2018']?[A-Z]")


# "program beasiswa bagi 40 mahasiswa asal X": whom a one-word program serves, counted, makes it one program
_COUNTED_BENEFICIARY = re.compile(r"\s+(?:bagi|kepada|untuk)\s+\d[\d.]*\s+[a-z]")


def _field_of_owner(name: str) -> bool:
    """ "program lingkungan Kota Malang", "program kesehatan Pemkab Sigi": one word of field and then whose
    programs they are, all of them, not one program."""
    ws = name.split()
    k = next((i for i, w in enumerate(ws) if _is_cap(w)), len(ws))
    return k == 1 and k < len(ws) and _place_or_owner(" ".join(ws[k:]))


def _served_end(text: str, end: int, limit: int) -> int:
    """A description goes on with the people it serves: "program beasiswa teknik sanitasi bagi 20 putra-putri
    asli Papua", as annotators write it."""
    tail = _BENEFICIARY.match(text, end, limit)
    if not tail:
        return end
    return max(end, _descriptive_end(list(_TOKEN.finditer(text[tail.end():limit])), tail.end()))


def _generic_word(word: str, proper: bool) -> bool:
    """A word after a program word that names no program ("program kerja", "Program Studi"); a stage
    word only in lower case ("proyek percontohan implementasi", not "Proyek Percontohan X")."""
    return word in words("program_generic_words") or not proper and word in words("program_stage_words")


def _owner_first(word: str) -> bool:
    """ "program Pemerintah Kabupaten X", "program Bupati X": whose program, not its name."""
    return word in words("program_name_breakers") or word in _title_head_words()


def _chained(text: str, pos: int, limit: int) -> Iterator[Cand]:
    """ "program Sanimas dan TPS 3R": acronyms and spelled-out names listed after the first; title-case
    names too when "dan"/"serta" closes the list ("program Pencegahan Stunting, Imunisasi Dasar Lengkap
    dan Posyandu Remaja"); a comma alone may open the clause's subject ("program X, Budi Santoso ...")."""
    items: list[tuple[int, int, bool]] = []   # (start, end, named by its form alone)
    closed = False
    while not closed:
        sep = re.match(r"\s*(?:,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+)", text[pos:limit])
        if not sep:
            break
        closing = bool(re.search(r"(?:dan|serta)\s+$", sep.group(0)))
        start = pos + sep.end()
        toks = list(_TOKEN.finditer(text[start:limit]))
        if not toks or not _is_cap(toks[0].group(0)):
            break
        end = _proper_end(toks, start, listed=True)
        name = text[start:end]
        if _place_or_owner(name) or known_organisation(name):
            break   # "Melalui program X, PT Y bersama ...": the clause's subject follows
        formal = name.endswith(")") or all(_caps_acronym(w) or w[:1].isdigit() for w in name.split())
        if not formal and len(_WORD.findall(name)) < 2:
            break
        items.append((start, end, formal))
        pos, closed = end, closing
    for start, end, formal in items:
        if not (formal or closed):
            return
        yield Cand(start, end, "program_phrase_proper", text[start:end])


_OR_ACRONYM = re.compile(r"[\w\s]{0,60}?\s+atau\s+[^().,;]{1,80}?\((?P<acr>[A-Z][\w-]+)\)")
_OR_SHORT = re.compile(r"\s+atau\s+(?P<acr>[A-Z][A-Z0-9]{1,9})(?![\w(])")


def _in_title(text: str, pos: int) -> bool:
    """ "Kepala Pusat Evaluasi Proyek ODA", "FAO Representative Program in Indonesia": a
    capitalised program word inside an office holder's title."""
    if not text[pos:pos + 1].isupper():
        return False
    before = re.findall(r"[\w-]+", text[max(0, pos - 60):pos])[-4:]
    run = []
    for w in reversed(before):
        if not _is_cap(w):
            break
        run.append(w.lower())
    return bool(set(run) & (words("program_position_words") | _title_head_words()))


_LISTED_BEFORE = re.compile(r"[A-Z][\w-]*,?\s+dan\s+$")


def _listed_in_name(text: str, pos: int) -> bool:
    """ "Pusat Pembinaan, Pendidikan, dan Pelatihan Perencana": a capitalised program word that
    closes a list of title-case words belongs to a body's name ("Kata Budi, Proyek X" does not)."""
    return text[pos:pos + 1].isupper() and bool(_LISTED_BEFORE.search(text, max(0, pos - 40), pos))


def _in_body_name(doc: Doc, text: str, pos: int) -> bool:
    """ "Balai Besar Pelatihan Pertanian": a capitalised program word inside an organisation that the
    NER model saw open with a body's head word before it ("Pemkot Luncurkan Program X" is no body)."""
    if not text[pos:pos + 1].isupper():
        return False
    bodies = per_doc(doc, "program_bodies", lambda: tuple(
        (e.start_char, e.end_char) for e in doc_ents(doc)
        if e.label_ == "ORG" and e.text.split()[0].lower() in _org_heads() and len(e.text.split()) > 2))
    return any(a < pos < b and all(w[:1].isupper() for w in text[a:pos].split()) for a, b in bodies)


@lru_cache(maxsize=1)
def _title_head_words() -> frozenset[str]:
    return frozenset(h for h in words("title_heads") if " " not in h)


def _described(text: str, pos: int) -> bool:
    """ "YESS merupakan program ...", "Kegiatan ini adalah program ...": the phrase describes a name given before
    the copula. After a lower-case noun ("salah satu hasil pertemuan ialah program pertukaran nelayan ...") the
    phrase is what the text says the cooperation yields: it names the program itself."""
    before = text[max(0, pos - 40):pos].split()
    if not before or before[-1].lower() not in words("program_description_openers"):
        return False
    return not (before[-1].lower() in _COPULAS and len(before) > 1 and _common_noun(before[-2]))


_COPULAS = frozenset({"ialah", "adalah"})   # "merupakan" often follows a name set off far back ("X, ..., merupakan")


def _common_noun(word: str) -> bool:
    """A lower-case content word: no name, no pointer back ("ini", "itu", "tersebut", "yang"), no adverb."""
    return word.isalpha() and word.islower() and word not in words("program_phrase_stops") \
        and word not in {"pun", "sendiri", "lain", "utama", "pertama"}


_ENGLISH_RUN = re.compile(r"(?<![\w-])[A-Z][\w'&-]*(?:\s+(?:(?:of|for|and|the|in|on|to|with|&)\s+)*[A-Z][\w'&-]*)+")
_ENGLISH_CONNECTOR = re.compile(r"\s(?:of|for|and|the|in|on|to|with|&)\s")


def _english(text: str, sent: Span) -> Iterator[Cand]:
    """An English title-case name with an English connector, in Indonesian running text, right
    after a word that introduces what is run or launched ("melalui", "peluncuran"), that names
    no organisation, office, agreement or place: "melalui Water for Life Partnership"."""
    if not _ENGLISH_CONNECTOR.search(text, sent.start_char, sent.end_char) and "(" not in sent.text:
        return   # every name kept has a connector or an acronym; one search is cheaper than scanning the runs
    skip_lead = words("program_phrase_stops") | words("program_english_leads")
    for m in _ENGLISH_RUN.finditer(text, sent.start_char, sent.end_char):
        start, name = m.start(), m.group(0)
        lead = re.match(r"(?:[A-Z]\w*\s+)", name)
        while lead and lead.group(0).strip().lower() in skip_lead:
            start, name = start + lead.end(), name[lead.end():]
            lead = re.match(r"(?:[A-Z]\w*\s+)", name)
        before = re.findall(r"[\w-]+", text[max(0, start - 30):start])   # quotes aside: melalui “Water for Life”
        if not before or before[-1].lower() not in words("program_english_intros"):
            continue
        caps = [w for w in name.split() if w[:1].isupper()]
        acr = _initials_acronym(text, start + len(name), caps)
        if len(caps) < 3 or not (_ENGLISH_CONNECTOR.search(name) or acr) or known_organisation(name):
            continue
        if {w.lower() for w in _WORD.findall(name)} & words("program_english_non_names"):
            continue
        yield Cand(start, start + len(name) + len(acr), "program_english", name + acr)


def _initials_acronym(text: str, end: int, caps: list[str]) -> str:
    """ " (CBDP)" after "Community Based Disaster Preparedness": an acronym of the name's initials
    marks it as a coined name even without an English connector; "" when there is none."""
    m = re.match(r"\s*\(([A-Z]{3,8})\)", text[end:end + 12])
    if not m or m.group(1) != "".join(w[0] for w in caps).upper() or not any(map(_english_word, caps)):
        return ""   # "Sekolah Menengah Kejuruan (SMK)": an Indonesian body or school, not a coined name
    return m.group(0)


_ENGLISH_SUFFIX = re.compile(r"\w{3,}(?:tion|ment|ness|ship|ity|ance|ence|ing|ed)")


def _english_word(word: str) -> bool:
    """Endings that Indonesian spells otherwise (-si, -men, -itas, -ansi, -ensi)."""
    return bool(_ENGLISH_SUFFIX.fullmatch(word.lower()))


def _described_subject(text: str, sent: Span) -> Iterator[Cand]:
    """ "Gerakan Sekolah Sehat (GSS) merupakan program ...", "Gerakan Sekolah Sehat (GSS), program
    yang ...": the title-case name that the text itself calls a program."""
    for rule, rx in _live(sent.doc, "described"):
        if not may_match(sent.doc, rx, sent.start_char, sent.end_char):
            continue
        for m in rx.finditer(text, sent.start_char, sent.end_char):
            start = _subject_start(text, sent.start_char, m.start())
            if start is None:
                continue
            name = text[start:m.start()]
            # "Sekolah Sanitasi Kelurahan yang merupakan bagian dari program ...": the text says what it is
            if not _place_or_owner(name, named=rule in ("program_described_part", "program_described_joint")):
                yield Cand(start, m.start(), rule, name)


def _subject_start(text: str, lo: int, end: int) -> int | None:
    """Start of the title-case run (connectors and parenthesised parts inside) that ends at ``end``."""
    toks = list(_TOKEN.finditer(text[lo:end]))
    k = len(toks)
    while k > 0:
        t = toks[k - 1].group(0)
        if not (_is_cap(t) or t.startswith("(") or (t.lower() in _CONNECTORS and k < len(toks))):
            break
        k -= 1
    while k < len(toks) and not _is_cap(toks[k].group(0)):
        k += 1   # a run opens with a name word, not a connector or a bracket
    return lo + toks[k].start() if k < len(toks) else None


def _spelled(text: str, sent: Span) -> Iterator[Cand]:
    """ "Kemitraan Australia–Indonesia untuk Ketahanan Pangan (KAIKP)": an acronym spelled out from a
    program word is a program's name, even with no program word before it."""
    def compute():
        heads = words("program_spelled_heads")
        return [v for v in _acronym_table(sent.doc).values() if v[2].split()[0].lower() in heads]
    for start, end, full in per_doc(sent.doc, "program_spelled", compute):
        if sent.start_char <= start and end <= sent.end_char:
            yield Cand(start, end, "program_spelled", full)


def _launched(text: str, sent: Span) -> Iterator[Cand]:
    """ "kami juga akan membuka Akademi Petani Digital", "pihaknya akan membuka Sekolah Lapang Sawit
    Berkelanjutan bagi penyuluh", "memulai uji coba Sarapan Sehat Anak Pesisir": a title-case name of three
    words or more that a party opens, launches or runs is what the cooperation runs, when the sentence
    speaks of the cooperation or a party is the subject ("kami", "pihaknya", "kedua kota"). Bodies, places,
    people, meetings, documents and laws are none; events answer to the event filter."""
    rx = _compiled("launched")[0][1]
    if not _live(sent.doc, "launched") or not may_match(sent.doc, rx, sent.start_char, sent.end_char):
        return
    cued = None
    for m in rx.finditer(text, sent.start_char, sent.end_char):
        toks = list(_TOKEN.finditer(text[m.end():sent.end_char]))
        end = _proper_end(toks, m.end())
        name = text[m.end():end]
        ws = _WORD.findall(re.sub(r"\([^)]*\)", "", name))
        spelled = re.fullmatch(r"[A-Z][A-Z0-9]{2,9} \(([^()]+)\)", name)   # "KALAM (Kelola Laut Masyarakat)"
        if spelled and _title_words(spelled.group(1)):
            ws = _WORD.findall(spelled.group(1))
        after_comma = _spelled_after_comma(text, m.end(), sent.end_char)   # "BUDI, Beasiswa untuk Dosen Indonesia"
        if after_comma:
            end, name = after_comma
            ws = _WORD.findall(name)
        if sum(_is_cap(w) for w in ws) < 3 or _not_launched(name) or _person(sent.doc, m.end(), end):
            continue
        if cued is None:
            cued = has_cue(sent.text)
        verb = m.group(0).split()[0].lower()
        if verb in _THROUGH and {w.lower() for w in ws} & words("program_english_non_names"):
            continue   # "melalui National Graduate Institute for Policy Studies": the body that runs it
        # "Melalui Smart Fisheries Village, FAO akan ...", "Yayasan X juga akan mendanai Kelas Y": a party named
        through = verb in _THROUGH or verb in _FUNDING
        if cued or _PARTY_SUBJECT.search(text, max(sent.start_char, m.start() - 60), m.start()) \
                or _joint_subject(text[sent.start_char:m.start()]) or through and _names_a_party(sent):
            yield Cand(m.end(), end, "program_launched", name)


# an acronym, a comma, then words whose initials spell it: "meluncurkan SIGAP, Sistem Informasi Gizi Anak Pesisir"
_ACRONYM_COMMA = re.compile(r"(?P<acr>[A-Z][A-Z0-9]{2,9}),\s+(?P<full>[A-Z][\w'-]*(?:\s+[\w'-]+){1,11})")


def _spelled_after_comma(text: str, start: int, limit: int) -> tuple[int, str] | None:
    """The end and the name ("Beasiswa untuk Dosen Indonesia (BUDI)") of an acronym spelled out after a comma
    by the words that follow, lower-case links included where the acronym keeps their initial ("untuk" in BUDI);
    None when no run of words spells it."""
    m = _ACRONYM_COMMA.match(text, start, limit)
    if not m:
        return None
    acr, words_ = m.group("acr").lower(), list(re.finditer(r"[\w'-]+", m.group("full")))
    for k in range(2, len(words_) + 1):
        run = words_[:k]
        if not run[-1].group(0)[:1].isupper():
            continue
        every = "".join(w.group(0)[0] for w in run).lower()
        capital = "".join(w.group(0)[0] for w in run if w.group(0)[:1].isupper()).lower()
        if acr in (every, capital):
            full = m.group("full")[:run[-1].end()]
            return m.start("full") + run[-1].end(), f"{full} ({m.group('acr')})"
    return None


_THROUGH = frozenset({"melalui", "lewat"})
_FUNDING = frozenset({"mendanai", "membiayai"})


def _joint_subject(before: str) -> bool:
    """ "PT X bersama Pemerintah Kota Y meluncurkan ...", "Pemkab X dan JICA membuka ...": two bodies as the
    subject of the verb, in its clause."""
    clause = re.split(r";\s", before)[-1]   # commas may set off a place: "Pemkab X, Sulawesi Tengah, memperluas"
    return bool(re.search(r"(?<!\w)(?:bersama|beserta)\s+[A-Z]", clause)) or _second_party(clause)


# the party as the subject of a launching verb: "kami juga akan membuka ...", "pihaknya akan menggelar ..."
_PARTY_SUBJECT = re.compile(r"(?<!\w)(?i:kami|pihaknya|kedua (?:pihak|kota|provinsi|negara|kampus|universitas|lembaga)"
                            r"|perusahaan|yayasan)\s+(?:\w+\s+){0,3}$")


def _not_launched(name: str) -> bool:
    """What a party opens that is no program: a body or place ("Kantor Perwakilan X"), a meeting ("Rapat
    Koordinasi"), a document or law, a kind of program named by no one."""
    first = name.split()[0].lower()
    return _place_or_owner(name, named=True) or known_organisation(name) is not None or _generic_program(name) \
        or first in words("program_meeting_words") or first in words("program_document_words") \
        or first in words("program_not_launched")


SHAPES = (_proper, _quoted, _introduced, _agreed, _described_subject, _phrases, _english, _spelled, _launched)
WEAK_SHAPES = (_agreed_topic, _served)
_NAMED_RULES = ("program_proper", "program_quoted", "program_named", "program_introduced", "program_spelled",
                "program_agreement", "program_described", "program_phrase_proper", "program_english",
                "program_launched")


# ---------------------------------------------------------------- attributes

@lru_cache(maxsize=None)
def _sector_keys() -> tuple[tuple[str, re.Pattern, str], ...]:
    return tuple((key, re.compile(rf"(?<!\w){re.escape(key)}"), sector)
                 for key, sector in mapping("sector_keywords")["keywords"])


def _sector(*texts: str) -> str | None:
    for text in texts:
        low = text.lower()
        for word, key, sector in _sector_keys():
            if word in low and key.search(low):   # the substring test skips most regex searches
                return sector
    return None


@lru_cache(maxsize=4096)   # asked for every partner at every candidate
def _aliases(name: str) -> tuple[str, ...]:
    return tuple([a for a in [name, re.sub(r"\s*\([^)]*\)", "", name)] + re.findall(r"\(([^)]+)\)", name) if a])


def _partner_names(sent_text: str, parts: list[Partner]) -> list[str]:
    """Partners named in the sentence, by name, bare name or acronym as whole words ("RI" is
    not in "Riau")."""
    return [p.name for p in parts
            if any(next(iter(whole_word_hits(sent_text, a)), None) for a in _aliases(p.name))]


# ---------------------------------------------------------------- filters and merging

def _bare(name: str) -> str:
    """The name without its program word and parenthesised parts."""
    name = re.sub(r"\s*\([^)]*\)", "", name).strip()
    return re.sub(r"^(?i:program|programme|progam|porgram|proyek|project|kegiatan|skema|gerakan|inisiatif|ajang)\s+",
                  "", name)


def _party(name: str, parts: list[Partner]) -> bool:
    """ "program KOICA", "proyek USAID Kolaborasi", "program inisiasi WWF": the cue is followed by
    the sponsor (a partner or a known organisation), alone, with one name word more, or after
    one word of description. Partners that only the NER model saw do not count: it takes
    program names for organisations."""
    ws = _bare(name).split()
    aliases = {a.lower() for p in parts
               if not (p.rule or "").startswith("partner_ent") and not _named_like_program(p.name)
               for a in _aliases(p.name)}

    def is_party(s: str) -> bool:
        return s.lower() in aliases or known_organisation(s) is not None

    if is_party(" ".join(ws)) or len(ws) > 1 and ws[-1].isalpha() and is_party(" ".join(ws[:-1])):
        return True
    return len(ws) == 2 and ws[0].islower() and is_party(ws[1])


def _named_like_program(name: str) -> bool:
    """ "Sekolah Ibu Tangguh (SEKAT)", "Kampung Tangguh Pangan": a partner opening with a head word that
    programs share with bodies and places, and no known body; after a program word it is the program."""
    first = name.split()[0].lower() if name.split() else ""
    return first in words("program_named_heads") and not known_organisation(name)


def _not_a_program(name: str) -> bool:
    """ "program Kota Bersaudara (Sister City)": the kind of cooperation, not a program in it;
    "Corporate Social Responsibility (CSR)": a kind of funding; "Program Budget Workplan": a document;
    "Rapat Koordinasi Daerah": a meeting."""
    bare = _bare(name).lower()
    if _movement(name):
        return True   # "gerakan Islam Hamas", "Gerakan Pemuda Ansor": a movement or an organisation
    if any(known_organisation(a) for a in re.findall(r"\(([^()]+)\)", name)):
        return True   # "Program Pembangunan PBB (UNDP)" is the organisation
    if set(_WORD.findall(bare)) & words("program_document_words"):
        return True   # "Program Budget Workplan": the document that sets a program out
    if bare.split()[:1] and bare.split()[0] in words("program_meeting_words"):
        return True   # "Rapat Koordinasi Daerah": where a cooperation is discussed or signed
    return bare in words("program_not_names") or bool(known_organisation(name)) \
        or any(bare == k or bare.startswith(k + " ") for k in words("program_generic_concepts"))


def _movement(name: str) -> bool:
    """A movement, a party or an organisation named with "gerakan" ("Gerakan Pemuda Ansor"), or a party's
    name ("Partai Amanat Nasional")."""
    ws = _WORD.findall(name.lower())
    return ws[:1] == ["partai"] or ws[:1] == ["gerakan"] and len(ws) > 1 and ws[1] in words("program_movement_words")


def _same(a: str, b: str) -> bool:
    """One program: names overlap enough, or one's words hold the other's, the program word
    aside ("program Saemaul Undong", "gerakan Saemaul Undong Korea")."""
    if _jaccard(a, b) >= SAME_PROGRAM:
        return True
    a, b = _SERVED_TAIL.sub("", a), _SERVED_TAIL.sub("", b)   # whom it serves aside
    wa, wb = set(_WORD.findall(_bare(a).lower())), set(_WORD.findall(_bare(b).lower()))
    return len(wa) > 1 and len(wb) > 1 and (wa <= wb or wb <= wa)


_SERVED_TAIL = re.compile(r"\s+(?:bagi|terhadap|kepada)\s+.*$")


def _acronyms_in(name: str) -> set[str]:
    return set(re.findall(r"\(([^()]+)\)", name)) | {w for w in name.split() if _ACRONYM.fullmatch(w) and w.isupper()}


def _resolve(c: Cand, table: dict[str, tuple[int, int, str]]) -> Cand:
    """ "program JMS" -> "Jaksa Masuk Sekolah (JMS)" when the article spells the acronym out."""
    bare = _bare(c.name)
    if bare not in table or _not_a_program(table[bare][2]):
        return c   # "program CSR" stays when CSR is spelled out as corporate social responsibility
    start, end, full = table[bare]
    return Cand(start, end, c.rule + "_acronym", full)


def programs(doc: Doc, partners: list[Partner] | None = None) -> list[Program]:
    """Programs named in sentences that speak of a cooperation or a program; proper names
    also elsewhere in an article that reports a cooperation."""
    text = doc_text(doc)
    if partners is not None and len(partners) < MIN_PARTIES and not _reports_cooperation(text) \
            and not _JOINT_LAUNCH.search(text):
        return []   # no parties, no cooperation: a program in ordinary news is none of ours
    if partners is not None and _lone_domestic_body(partners, text) and not _JOINT_LAUNCH.search(text):
        return []   # ordinary news of one body's own programs; two bodies launching one thing together are not
    known = partners is not None
    partners = partners or []
    table = _acronym_table(doc)
    sents = list(segments(doc))   # without the site's lines: a link's program names belong to another article
    cued = {si for si, sent in sents if has_cue(sent.text)}
    texts = dict((si, sent.text) for si, sent in sents)
    if not cued:
        return []
    # "membuka kelas X bagi Y": a class or course is a training word like "pelatihan", which is a cue itself
    if may_match(doc, _CLASS_SERVED, 0, len(text)):   # most articles name no class or course: no line scanned
        cued |= {si for si, sent in sents if _CLASS_SERVED.search(sent.text)}
    found: list[Program] = []
    seen_acronyms: set[str] = set()
    taken: dict[int, list[tuple[int, int]]] = {}
    for shapes in (SHAPES, WEAK_SHAPES):   # a description counts only when no name said it before
        for si, sent in sents:
            # weak shapes yield descriptions only, and those count only in sentences that speak of the
            # cooperation or name a party ("UNDP ... akan mengikuti sekolah lapang X yang digelar bersama Y")
            before = page.previous(doc, si)   # the report's sentence before, past the site's lines
            voiced = si in cued or shapes is WEAK_SHAPES and bool(partners) \
                and may_match(doc, _SERVED, sent.start_char, sent.end_char) \
                and (bool(_partner_names(sent.text, partners))   # the training words gate the partner search
                     or _carried_on(sent.text, texts.get(before), before in cued, partners))
            if shapes is WEAK_SHAPES and not voiced:
                continue
            spans = taken.setdefault(si, [])
            for shape in shapes:
                for c in shape(text, sent):
                    if not voiced and not c.rule.startswith(_NAMED_RULES):
                        continue
                    if any(c.start < b and a < c.end for a, b in spans):
                        continue
                    if (shapes is WEAK_SHAPES or c.rule == "program_phrase") and _apposition(text, c.start, found):
                        continue   # "mendanai Kelas Ayah Peduli Gizi, kelas parenting bagi ...", "Project (IUSIP),
                        # proyek perbaikan ...": what the name is
                    spans.append((c.start, c.end))
                    if _run_alone(text, c, sent, partners if known else None):
                        continue
                    if known and not partners and not (_strong_cues().search(sent.text)
                                                       or _joint_subject(text[sent.start_char:c.start])):
                        continue   # no party found: only a program its own sentence ties to a cooperation or
                        # to two bodies ("mengajak semua pihak bekerja sama" elsewhere makes no program of ours)
                    if known and partners and _another_bodys(doc, sent, c, partners, texts.get(before)):
                        continue   # "Kejagung meluncurkan program TP4": a body that is no party runs it
                    if c.rule not in _DESCRIPTIONS and _proper_name(c.name):
                        # a proper name said after a description of it stands for both
                        found = [p for p in found if not (p.rule in _DESCRIPTIONS and _same(c.name, p.name))]
                    prog = _accept(c, table, partners, found, seen_acronyms)
                    if prog:
                        found.append(Program(name=prog.name, partners=_partner_names(sent.text, partners),
                                             sector=_sector(prog.name, sent.text, text), start=prog.start,
                                             end=prog.end, sentence=si, rule=prog.rule))
    found.sort(key=lambda p: p.start)
    return _described_named(_headline_description(_named_after(found, text), text))


def _another_bodys(doc: Doc, sent: Span, c: Cand, partners: list[Partner], before: str | None) -> bool:
    """A sentence that names no party and no cooperation but another organisation: the program is that
    body's ("Kejagung meluncurkan program TP4", "Istana menyambut kritik Megawati pada program BLT") even in an
    article that reports a cooperation elsewhere; so is one a person or a place before it runs or receives
    ("Palembang sedang menggarap proyek LRT", "Presiden meresmikan pelabuhan dalam program tol laut"), not one
    a place or a speaker after it only locates or reports ("program X menjangkau 300 keluarga di Desa Y"). A
    sentence that goes on with the one before ("Khususnya dalam program ...") belongs to that one; a training
    names whose staff attend it ("staf Dinas X mengikuti pelatihan ..."), not who runs it."""
    words_of_parties = _party_words(partners)
    if _TRAINING_HEAD.match(c.name) or _tied(sent.text, partners, words_of_parties) \
            or _joint_subject(doc_text(doc)[sent.start_char:c.start]) \
            or before is not None and _GOES_ON.match(sent.text) and _tied(before, partners, words_of_parties):
        return False
    table, text = _acronym_table(doc), doc_text(doc)
    return any((e.label_ == "ORG" or e.label_ in ("PER", "LOC") and e.end_char <= c.start)   # "Palembang menggarap"
               and sent.start_char <= e.start_char and e.end_char <= sent.end_char
               and not c.start <= e.start_char < c.end and e.start_char > 0   # the dateline is no owner
               and e.text not in table   # "Selain SEKAT, ...": a program's own acronym
               and not {w.lower() for w in _WORD.findall(e.text)} & words_of_parties
               and not (e.label_ == "PER" and _speaker(text, e.start_char, e.end_char))
               and e.text.lower() not in lower_case_words(doc)   # "Skrining tersebut ...": a noun opening it
               for e in doc_ents(doc))


@lru_cache(maxsize=1)
def _speech() -> tuple[re.Pattern, re.Pattern]:
    before = "|".join(sorted(words("quote_cues_short") | {"menurut"}, key=len, reverse=True))
    after = "|".join(sorted(words("quote_cues_verbs"), key=len, reverse=True))
    return (re.compile(rf"\b(?:{before})(?:nya)?,?\s+$", re.I), re.compile(rf"^,?\s+(?:{after})\b", re.I))


def _speaker(text: str, start: int, end: int) -> bool:
    """A person who only speaks of the program ("Menurut Markus, program ...", "Markus mengatakan program
    ...") reports it; the person does not run it."""
    before, after = _speech()
    return bool(before.search(text[max(0, start - 20):start]) or after.match(text[end:end + 30]))


def _tied(sent_text: str, partners: list[Partner], words_of_parties: frozenset[str]) -> bool:
    """The sentence speaks of the cooperation or names a party, in full or by a word of its name ("Gunma" of
    "Pemerintah Prefektur Gunma")."""
    return bool(_strong_cues().search(sent_text)) or bool(_AGREEMENT_ACRONYM.search(sent_text)) \
        or any(w[:1].isupper() and w.lower() in words_of_parties for w in _WORD.findall(sent_text))


def _party_words(partners: list[Partner]) -> frozenset[str]:
    """The words that tell the parties apart ("davao" of "Kota Davao", "bi" of "Bank Indonesia (BI)"): an
    organisation in the sentence that shares one is a party under another name ("Pemkot Davao")."""
    generic = words("partner_generic_words") | _org_heads()   # "Universitas", "Dinas": any body's
    return frozenset(w.lower() for p in partners for w in _WORD.findall(p.name)
                     if w.lower() not in generic and (len(w) > 3 or w.isupper()))


_TRAINING_HEAD = re.compile(r"(?i:pelatihan|magang|beasiswa|kelas|kursus|sekolah lapang|program (?:pelatihan|magang"
                            r"|beasiswa|pertukaran))\b")
_AGREEMENT_ACRONYM = re.compile(r"(?<!\w)(?:PKS|NPHD|MoU|MOU|LoI|LOI)(?!\w)")


# a sentence that goes on with the one before: "Khususnya dalam program ...", "Salah satunya ..."
_GOES_ON = re.compile(r"\s*(?i:khususnya|terutama|termasuk|salah satunya|di antaranya|diantaranya|antara lain"
                      r"|misalnya|seperti)\b")


# a subject pointing back to the actors of the sentence before: "Tim juga menyiapkan pendampingan gizi bagi ..."
_BACK_SUBJECT = re.compile(r"\s*(?:Tim|Mereka|Keduanya|Kedua pihak|Kedua lembaga)\s")


def _carried_on(text: str, before: str | None, before_cued: bool, partners: list[Partner]) -> bool:
    """A sentence whose subject points back to the sentence before, where that one spoke of the cooperation or
    named a party, goes on with what those parties do."""
    return before is not None and bool(_BACK_SUBJECT.match(text)) \
        and (before_cued or bool(_partner_names(before, partners)))


def _apposition(text: str, start: int, found: list[Program]) -> bool:
    """A description right after a program's name and a comma describes that program."""
    return any(p.end is not None and p.end <= start and not text[p.end:start].strip(" ,") and "," in text[p.end:start]
               for p in found)


def _headline_description(found: list[Program], text: str) -> list[Program]:
    """ "Plan Indonesia dan Pemkab Mamuju luncurkan proyek sanitasi sekolah": a headline's lower-case
    description of the program the body names properly with the same program word is that program."""
    line = text.find("\n")
    if line < 0 or "." in text[:line].rstrip(". "):
        return found   # no headline line: the first line is the body's
    named_heads = {p.name.split()[0].lower() for p in found if p.start > line and p.rule != "program_phrase"}
    return [p for p in found if not (p.start < line and p.rule == "program_phrase"
                                     and p.name.split()[0].lower() in named_heads)]


# two bodies launching or running something together, where the partner rules found neither ("Pemerintah
# Kabupaten X bersama Yayasan Y meluncurkan ...")
_JOINT_LAUNCH = re.compile(r"(?<!\w)(?:bersama|beserta|dan)\s+[A-Z][^.;,]{0,80}?\s"
                           r"(?i:meluncurkan|membuka|menggelar|menjalankan|mengembangkan|memulai|menandatangani|meneken)\s")


_DESCRIPTIONS = frozenset({"program_phrase", "program_phrase_served"})


def _proper_name(name: str) -> bool:
    """Title case past its first word: "Proyek Tanggul Laut Semarang", not "kegiatan magang industri"."""
    ws = _WORD.findall(name)[1:]
    return len(ws) >= 2 and sum(w[:1].isupper() for w in ws) >= 2


def _described_named(found: list[Program]) -> list[Program]:
    """ "beasiswa penuh bagi 150 mahasiswa" in an article that names the "Program Beasiswa Kaltara Cerdas": a
    description sharing a word of substance with a program the article names is that program told again."""
    def substance(name: str) -> set[str]:
        return {w for w in _WORD.findall(name.lower()) if len(w) >= 4 and not w.isdigit()} \
            - words("program_linking_words") - words("program_generic_words")
    named = set().union(*(substance(q.name) for q in found if q.rule not in _DESCRIPTIONS))
    return [p for p in found if not (p.rule in _DESCRIPTIONS and substance(p.name) & named)]


def _named_after(found: list[Program], text: str) -> list[Program]:
    """ "memulai proyek rehabilitasi mangrove di pesisir X. Proyek bertajuk Pesisir Hijau itu ...": a description
    whose program word comes back, in the same or the next sentence, giving the program's name, is that
    program; the name stands for both."""
    named = [q for q in found if q.rule.startswith("program_introduced_named")]
    if not named:
        return found

    def renamed(p: Program) -> bool:
        head = p.name.split()[0].lower()
        return any(q.sentence in (p.sentence, p.sentence + 1) and q.start > p.end
                   and head in _WORD.findall(text[max(0, q.start - 40):q.start].lower()) for q in named)
    return [p for p in found if not (p.rule == "program_phrase" and renamed(p))]


# a second party or a cooperation word in the clause: the program is not one body's alone
# ("dengan anggaran APBD" is the money, not a second party)
_JOINT = re.compile(r"(?<!\w)(?i:bersama|dengan(?!\s+(?:anggaran|dana|biaya)\b)|serta|dan|kerja ?sama|bekerja ?sama"
                    r"|kolaborasi|berkolaborasi|kemitraan"
                    r"|mitra|didukung|dukungan|didanai|dibiayai|bantuan|hibah|kedua|menggandeng|mengandeng|menggaet"
                    r"|merangkul|melibatkan)(?!\w)")
_OWNER_CLAUSE = re.compile(r"\s*(?:\([^()]*\)\s*)?,?\s*(?:(?:program|gerakan|proyek|inisiatif)\s+)?(?:yang\s+)?"
                           r"(?:(?:telah|sudah|selama ini|sejak lama|akan|tengah|sedang|masih|juga|terus|kini"
                           r"|sepenuhnya|seluruhnya|langsung)\s+)*"
                           r"(?P<verb>\w+)\s+(?:oleh\s+)?(?:dari\s+)?(?P<owner>[^,.;]*)")
_RUNNING_CLAUSE = re.compile(r"(?P<subject>[^,;]*?)\s+(?:(?i:juga|telah|sudah|tengah|sedang|masih|tetap|akan|hanya|"
                             r"kini|selama ini|terus|mulai|kembali|pun)\s+)*(?P<verb>(?:(?i:menguji|uji)\s+)?\w+)\s+$")


def _run_alone(text: str, c: Cand, sent: Span, partners: list[Partner] | None) -> bool:
    """ "program Desa Digital yang dijalankan Pemprov Jabar sejak 2019", "program X yang dibiayai APBD",
    "Pemkot Bandung menjalankan Gerakan X di tingkat RW": a program that one government body runs by
    itself, named beside a cooperation, is not run under it. A partner that the partner rules read in the
    program's own name ("Kota Tanpa Kumuh (Kotaku)") is no second party to it."""
    if partners is not None:
        partners = _others(c, partners)
    return _owned_after(text, c.end, sent, partners) \
        or _owned_before(text, c.start, sent.start_char, sent.end_char, partners) \
        or _lone_event(text, c, sent, partners) or _background(text, c.start, sent.start_char) \
        or _self_funded(text, c.end, sent.end_char) or _paid_before(text, c.start, sent.start_char) \
        or _appeal(text[_clause_start(text, sent.start_char, c.start):c.start]) \
        or _paid_next(text, sent.end_char)


@lru_cache(maxsize=1)
def _own_funds() -> re.Pattern:
    budgets = "|".join(re.escape(b) for b in sorted(words("program_own_budgets"), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?i:dengan|menggunakan|memakai|bersumber dari|berasal dari|dibiayai|didanai|ditanggung"
                      rf"|melalui)\s+"
                      rf"(?:(?i:anggaran|dana)\s+)?(?i:{budgets})(?!\w)")


# the next item of a list: "HALS (...) dan program yang didanai APBN ...", ", HAMP (...)"
_NEXT_ITEM = re.compile(r"(?:,|\s(?:dan|serta))\s+(?=(?i:program|proyek|kegiatan|gerakan)\b|[A-Z]{2,}\b)")


def _self_funded(text: str, end: int, hi: int) -> bool:
    """ "Gerakan X sejak 2022 dengan anggaran APBD", "... yang dicanangkan sejak 2021 dengan anggaran daerah": a
    program that its own government pays for, in the clause that follows its name, is that body's alone."""
    clause = _NEXT_ITEM.split(re.match(r"[^;]*", text[end:hi]).group(0), 1)[0]
    funds = _own_funds().search(clause)
    return bool(funds) and not _second_party(clause[:funds.start()]) and not _CO_FUNDED.search(clause, funds.end())


# a share from its own budget, the rest from another: "60 persen ditanggung APBD dan sisanya dari dana CSR PT X"
_CO_FUNDED = re.compile(r"(?<!\w)(?:sisanya|selebihnya|sebagian\s+lagi|(?i:CSR|tanggung\s+jawab\s+sosial)|PT\s+[A-Z])")


def _clause_start(text: str, lo: int, end: int) -> int:
    """Start of the clause that ends at ``end``: after the last comma before a space or semicolon ("Rp 1,9 miliar"
    goes on)."""
    cut = max(text.rfind(", ", lo, end), text.rfind("; ", lo, end))
    return max(lo, cut + 1)


def _appeal(clause: str) -> bool:
    """ "Ia juga mengingatkan masyarakat untuk ikut program JKN": a call on the public to join a program."""
    ws = set(_WORD.findall(clause.lower()))
    return bool(ws & words("program_appeal_verbs")) and bool(ws & words("program_public_nouns"))


def _paid_before(text: str, start: int, lo: int) -> bool:
    """ "Iuran ditanggung APBD Kubu Raya ... untuk program X": its own budget pays for it, in the clause before
    its name."""
    clause = text[_clause_start(text, lo, start):start]
    funds = _own_funds().search(clause)
    return bool(funds) and not _second_party(clause)


# the next sentence speaks of the program again: "Kampanye tersebut didanai APBD", "Program yang dibiayai APBD
# Kota X itu ...", "Anggaran program berasal dari APBD"
_BACK_REFERENCE = re.compile(r"\s*(?:(?i:anggaran|dana)\s+)?"
                             r"(?i:program|proyek|gerakan|kampanye|kegiatan|inisiatif|festival)(?!\w)[^.;]{0,80}")


def _paid_next(text: str, end: int) -> bool:
    """A program whose own government pays for it, said in the sentence right after the one that names it."""
    m = _BACK_REFERENCE.match(text, end)
    if not m:
        return False
    funds = _own_funds().search(m.group(0))
    return bool(funds) and not _second_party(m.group(0)[:funds.start()])


_PROGRAM_WORDS = frozenset({"program", "proyek", "gerakan", "kampanye", "inisiatif", "kegiatan"})
_NAMING_WORDS = frozenset({"bernama", "bertajuk", "berjudul", "dinamai", "dinamakan", "berlabel"})


def _background(text: str, start: int, lo: int) -> bool:
    """ "sejalan dengan program Desa Digital", "melengkapi program Kampung Iklim": a program the cooperation is
    set beside; "X sebelumnya sudah menjalankan Y": one of earlier years."""
    if _past(text[_clause_start(text, lo, start):start]):
        return True   # "Unila sebelumnya pernah terlibat dalam program X": what a party ran before this one
    before = _WORD.findall(text[max(lo, start - 40):start].lower())
    while before and before[-1] in _NAMING_WORDS:
        before = before[:-1]   # "sejalan dengan gerakan bernama X"
    if before and before[-1] in _PROGRAM_WORDS:
        before = before[:-1]   # "sejalan dengan program X": the name after the program word
    return " ".join(before).endswith(tuple(words("program_background_cues")))


_NEGATIONS = frozenset({"tak", "tidak", "belum", "nggak", "tiada"})


def _past(clause: str) -> bool:
    """A word of earlier years in the clause ("pernah", "sebelumnya"), not negated ("tak pernah absen" is always)."""
    ws = _WORD.findall(clause.lower())
    return any(w in words("program_past_cues") and not (i and ws[i - 1] in _NEGATIONS) for i, w in enumerate(ws))


def _lone_event(text: str, c: Cand, sent: Span, partners: list[Partner] | None) -> bool:
    """ "Festival Danau Toba 2024 resmi dibuka di Balige": an event that its sentence does not tie to
    two parties or to a cooperation is the news or a venue, not a program run under a cooperation
    ("delegasi Busan berpartisipasi dalam festival yang diselenggarakan Pemkot Surabaya" ties it)."""
    if partners is None:
        return False   # the parties are not known: nothing to tie the event to
    ws = [w.lower() for w in _WORD.findall(_bare(c.name)) if not w.isdigit()]
    head = _WORD.findall(c.name.lower())[:1]   # "ajang X", "kampanye X": the word before the name says it
    events = words("program_event_words")
    if not ws or not (ws[0] in events or ws[-1] in events or head and head[0] in events):
        return False
    if _attended(text, c.start, sent.start_char):
        return True   # "rombongan meninjau lokasi Festival X", "kecuali saat ajang X": a visit or a date
    tied = any(not _COINCIDING.search(text, max(sent.start_char, m.start() - 16), m.start())
               and text[m.end():c.start].strip()   # "dikenal dengan Festival X" joins the event to nothing
               for m in _JOINT.finditer(text, sent.start_char, sent.end_char))
    return not tied and not _strong_cues().search(sent.text) and len(_partner_names(sent.text, partners)) < 2


def _attended(text: str, start: int, lo: int) -> bool:
    """ "meninjau pelaksanaan Kobar Digital Expo", "pelepasan peserta Festival X", "kecuali saat ajang X": the
    words before an event say that the parties visit it, attend it or date something by it, not that they
    run it."""
    before = _WORD.findall(text[max(lo, start - 40):start].lower())[-3:]
    return bool(set(before) & words("program_attendance_words"))


# "bertepatan dengan Festival X": a time, not a party, joins the event to the sentence
_COINCIDING = re.compile(r"(?i:bertepatan|bersamaan|seiring|berbarengan|sejalan|selaras)\s+$")


def _owned_after(text: str, end: int, sent: Span, partners: list[Partner] | None) -> bool:
    m = _OWNER_CLAUSE.match(text, end, sent.end_char)
    if not m:
        return False
    verb, owner = m.group("verb").lower(), m.group("owner").lower()
    # "dari Kemendikbudristek yang melibatkan ...", "dari Kementerian Sosial agar memakai bantuan ...": the body ends
    # where a relative or purpose clause opens
    body = _CLAUSE_AFTER_OWNER.split(m.group("owner"))[0]
    if verb in {"dibiayai", "didanai"}:
        # "program Kampus Mengajar yang dibiayai Kemendikbudristek": a national body's own, where the sentence
        # names no second party of the article
        return owner.startswith(tuple(words("program_own_budgets"))) or _national(owner, body, sent, partners)
    if verb in {"digelar", "diselenggarakan", "dilaksanakan"}:
        # an event a government body holds, where no other party takes part in the sentence ("delegasi
        # Busan berpartisipasi dalam X yang diselenggarakan Pemkot Surabaya" ties it); "digelar di
        # alun-alun" names a place
        first = owner.split()[:1]
        return partners is not None and bool(first) and first[0] in words("program_own_subjects") \
            and not _second_party(m.group("owner")) and len(_partner_names(sent.text, partners)) < 2
    if verb == "dari":   # "Program Kota Tanpa Kumuh dari Kementerian PUPR": a national body's own, where the
        # sentence names no second party of the article ("Sigi terpilih ... program X dari Kemenkes" does)
        return _national(owner, body, sent, partners)
    return verb in words("program_owner_verbs") and not _second_party(m.group("owner")) \
        and not _foreign_owner(m.group("owner"), partners)


_CLAUSE_AFTER_OWNER = re.compile(r"\s+(?:yang|agar|supaya|untuk|guna|sehingga|karena)\s+")


def _national(owner: str, body: str, sent: Span, partners: list[Partner] | None) -> bool:
    """ "dari Kemendikbudristek", "dibiayai Kementerian X": an Indonesian government body's own program, where the
    sentence names no second party of the article and no foreign one runs it."""
    return partners is not None and _domestic_body(owner) and not _second_party(body) \
        and not _foreign_owner(body, partners) and not _foreign_country(body) \
        and len(_others_named(sent.text, body, partners)) < 2


def _others_named(sent_text: str, owner: str, partners: list[Partner]) -> set[str]:
    """Partners named in the sentence, less the owner where only the NER model took it for a party (as in
    ``_party``): "program X dari Kemendikbudristek" names no second party by itself."""
    guessed = [p for p in partners if (p.rule or "").startswith("partner_ent")]
    return set(_partner_names(sent_text, partners)) - set(_partner_names(owner, guessed))


def _domestic_body(owner: str) -> bool:
    """A ministry or government body of Indonesia ("Kementerian Pertanian", "Kemendikbudristek", "Pemprov X")."""
    first = owner.split()[:1]
    return bool(first) and (first[0] in words("program_own_subjects") or first[0].startswith("kemen")) \
        and not _foreign_country(owner.title())


def _foreign_owner(owner: str, partners: list[Partner] | None) -> bool:
    """ "proyek X yang dijalankan ILO", "dikelola JICA": a foreign party or an international organisation runs
    it, which is a cooperation in Indonesia, not one government body's own program."""
    low = owner.lower()
    return any(p.scope == "foreign" and any(low.startswith(a.lower()) for a in _aliases(p.name))
               for p in partners or [])


def _second_party(owner: str) -> bool:
    """A cooperation word or a second body in the owner phrase: "Pemprov X bersama UNICEF", "Pemkot X dan
    JICA"; the "dan" inside "Dinas Lingkungan Hidup dan Kehutanan" joins no second body."""
    for m in _JOINT.finditer(owner):
        if m.group(0).lower() not in ("dan", "serta"):
            return True
        nxt = owner[m.end():].split()[:1]
        if nxt and (nxt[0].lower() in _org_heads() or _caps_acronym(nxt[0]) or known_organisation(nxt[0])):
            return True
    return False


def _owned_before(text: str, start: int, lo: int, hi: int, partners: list[Partner] | None = None) -> bool:
    m = _running_clause(text, lo, start)
    if not m or m.group("verb").lower() not in words("program_running_verbs"):
        return False
    subject = m.group("subject").split()   # "..., menambahkan pemkab juga terus menjalankan X": the body is last
    ends = subject[:1] + subject[-2:]
    body = bool({w.lower() for w in ends} & words("program_own_subjects")) or _domestic_party(ends, partners)
    return bool(subject) and body and not _second_party(text[m.start("subject"):start]) \
        and not _JOINED_AFTER.match(text, start, hi) and not _JOINT_LEAD.match(text, lo) \
        and not {w.lower() for w in subject} & {"sepakat", "bersepakat", "menyepakati"}


# "Dengan Unja, Pemkab X sepakat menjalankan Program Y": the sentence opens on the other side, the body agrees
_JOINT_LEAD = re.compile(r"\s*(?:Dengan|Bersama)\s+[A-Z]")


def _domestic_party(ends: list[str], partners: list[Partner] | None) -> bool:
    """ "USU juga memperkenalkan program Kampus Merdeka": one Indonesian public party (a university, a government
    body) as the subject, alone. A foreign one running a program in Indonesia runs it with its hosts; a company's or
    an NGO's program is often what it brings to the cooperation."""
    return any(p.scope == "domestic" and p.type not in _BRINGERS and any(a in ends for a in _aliases(p.name)
                                                                         if " " not in a)
               for p in partners or [])


_BRINGERS = frozenset({"company", "ngo", "international_org", None})


def _running_clause(text: str, lo: int, end: int) -> re.Match | None:
    """``_RUNNING_CLAUSE.search(text, lo, end)``, tried only where it can start: its subject holds no comma or
    semicolon and the rest of it no punctuation, so a match found from any start is found from the one just
    after the last comma or semicolon, the same match (a search would try, and fail, at every earlier
    character, each try running to the comma: quadratic in the clause's length)."""
    cut = max(text.rfind(",", lo, end), text.rfind(";", lo, end))
    return _RUNNING_CLAUSE.match(text, max(lo, cut + 1), end)


# a second party joined to the name in the words right after it ("menjalankan X bersama UNICEF", "X yang didanai
# JICA"); "X yang memberikan bantuan mesin kepada nelayan" is what it gives
_JOINED_AFTER = re.compile(r"[^.;]{0,60}?(?<!\w)(?i:bersama|bekerja ?sama|berkolaborasi|bermitra|didukung|didanai"
                           r"|dibiayai|menggandeng|dengan (?=[A-Z]))")


@lru_cache(maxsize=1)
def _strong_cues() -> re.Pattern:
    alt = "|".join(re.escape(c) for c in sorted(words("partner_strong_cues"), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alt})(?!\w)", re.IGNORECASE)


def _lone_domestic_body(partners: list[Partner], text: str) -> bool:
    """One Indonesian party, no word of cooperation, no foreign country: a regency's social aid, a
    province's festival; not "Pemprov X dan Pemerintah Australia meluncurkan ..." where the partner rules
    missed the foreign side."""
    return len(partners) == 1 and partners[0].scope != "foreign" and not _strong_cues().search(text) \
        and not _foreign_country(text)


def _foreign_country(text: str) -> bool:
    """A country other than Indonesia named in capitals ("Australia", "Korea Selatan")."""
    toks, table = _WORD.findall(text), countries()
    for size in (1, 2, 3):
        for i in range(len(toks) - size + 1):
            if not toks[i][:1].isupper():
                continue
            name = table.get(" ".join(toks[i:i + size]).lower())
            if name and name != DOMESTIC and (size > 1 or len(toks[i]) > 2):
                return True
    return False


def _reports_cooperation(text: str) -> bool:
    """Cooperation words ("kerja sama", "MoU", "hibah") said again and again: the article reports a
    cooperation even when the partner rules found none of its parties (a missed or odd NER name)."""
    return len(_strong_cues().findall(text)) >= MIN_COOPERATION_CUES


def _others(c: Cand, parts: list[Partner]) -> list[Partner]:
    """Partners found elsewhere than in the candidate itself: a partner rule that took the
    same words ("HALS (hibah air limbah setempat)") says nothing about a sponsor."""
    return [p for p in parts if p.start is None or not (c.start <= p.start and p.end <= c.end)]


def _accept(c: Cand, table, partners: list[Partner], found: list[Program], seen: set[str]) -> Cand | None:
    """The candidate as a new program, or None (a party, a kind of cooperation, a repeat)."""
    c = c._replace(name=c.name.strip(" ,"))
    if _party(c.name, _others(c, partners)):
        return None
    c = _resolve(c, table)
    if _not_a_program(c.name) or _party(c.name, _others(c, partners)):
        return None
    if len(_WORD.findall(c.name)) < 2 and not (c.rule == "program_introduced_named" and _caps_acronym(c.name)
                                                and len(c.name) >= 3):
        return None   # one word names no program, unless the text gives it as a name ("dinamai SIGAP")
    acr = _acronyms_in(c.name)
    if acr & seen or any(_same(c.name, p.name) for p in found):
        return None
    seen |= acr
    return c
