"""cooperations: which named parties cooperate, in what kind of tie (ANNOTATION.md, cooperations).

Built on the partners found before, sentence by sentence of the body (a headline packs several
ties into one line; it only counts towards the hub). Partner records that
name one party (an acronym beside its expansion, one misspelt letter) are
folded into one first. A sentence with a cooperation cue
(lexicons/cooperation_cues.txt, cooperation_kinds.json) and the partners it
mentions (by name, acronym, core name or initials) gives:
- the hub (the partner named in the most sentences) with a list of peers of
  one class ("MoU dengan Kota A, Kota B dan Kabupaten C", three universities,
  countries and their embassies), with any list the sentence calls separate
  ("masing-masing dengan A, B dan C"), or with foreign parties named without
  it: one tie per peer, each signed on its own;
- two parties from both sides of the border without the hub: their own tie;
- otherwise all of them, the hub added when missing ("kerja sama dengan X"
  in an article about the hub): one record, multilateral when mixed (a
  ministry, a province, two companies).
Those a cue sentence names only as witnesses, approvers, the thanked, the consulted or
the audience are not its sides; nor, beside the hub, a visit's destination, a region named as
where something happens ("di ..."), or the office of a speaker who names no deal of its own.
A country named beside a party of that country is where it is, not a party;
an office of a region named without the region, beside it
(lexicons/cooperation_regional_offices.txt), is the region's own side.
The same set of parties is one record; a set inside a bigger one joins it.
The kind is read from the cue words (party names blanked out) nearest the
tie: those leading up to each party in its sentence, else the whole
sentence, the first kind in a fixed order winning (an MoU about training is
an agreement; sister cities only between regions); a bare "kerja sama" or
"program" takes the kind the article names first, unless that names a tie of
other parties ("A menerima hibah dari B. A juga bekerja sama dengan C"), and
"Program yang/ini ..." the kind the sentence before named it by. What is done
now outweighs what it builds on: an agreement or sister-city tie named as the
ground ("tindak lanjut MoU", "melalui kerja sama kota kembar") or dated before
the news ("MoU pada 2022", in its sentence or alone in its own) yields to the
training, grant or loan reported; a scholarship handed over is training. A
project named only in an audit or a criminal case is no tie.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import NamedTuple, Optional

from spacy.tokens import Doc

from ..lexicon import mapping, words
from ..resolve import body_short_forms, organisation_names, region_short_names
from ..schema import Cooperation, Count, Partner, Program
from . import page
from ._doc import doc_table, doc_text, gate_literal_sets, may_match
from ._people import whole_word_hits
from .partners import headline_spans, home_of_participants, list_opener_re, opens_on_visit, witnesses_from

__all__ = ["cooperations", "kind_of", "in_ties"]

# Partner types that come in lists of peers, each tie signed on its own (regions, countries, schools);
# an embassy stands for its country.
_REGION = {"city", "province", "regency", "country"}
_PEER_CLASS = {**{t: "region" for t in _REGION}, "education": "education", "embassy": "region"}
_DOMESTIC_REGION = {"city", "province", "regency"}
_REGION_WORDS = frozenset({"kota", "kabupaten", "provinsi", "kab", "prov", "pemkot", "pemkab", "pemprov"})
_WEAK_KINDS = {"project", "other"}
# A sister-city tie is one between its own parties; other parties of the article don't inherit it.
_NOT_INHERITED = frozenset({"sister_city"})
_HANDED_KINDS = frozenset({"grant", "loan"})
_SIGNED = {"signing": "agreement"}   # the kind a bare signing verb gives once ties are merged
_NO_SISTER = {"country", "embassy", "company", "international_org", "ngo", "education"}
_MIN_CORE = 3   # a name's core shorter than this ("RI") finds too many false mentions
_MIN_TYPO_WORD = 6   # shorter words one letter apart are often different names ("Jambi", "Jambu")
# "masing-masing dengan A, B dan C": one tie with each of them, whatever their kinds
_DEAL_WORD = r"(?:pks|mou|perjanjian(?:\s+kerja\s*sama)?|nota\s+kesepahaman|kesepakatan)"
# "PKS pertama diteken bersama A, sedangkan PKS kedua dengan B": numbered deals are separate too
_EACH = re.compile(rf"(?<!\w)masing[\s-]+masing\s+(?:dengan|bersama|antara|kepada)(?!\w)"
                   rf"|(?<!\w){_DEAL_WORD}\s+pertama(?!\w).*?(?<!\w)(?:{_DEAL_WORD}|yang)\s+kedua(?!\w)", re.I | re.S)
_MONEY_UNITS = re.compile(r"rupiah|dolar|dollar|usd|euro|yen|won|ringgit|yuan|riyal|poundsterling", re.I)


class _Group(NamedTuple):
    parties: tuple[int, ...]     # partner indexes, in the order the sentence names them
    sentences: tuple[int, ...]
    rule: str
    near: str = ""   # the words between its parties where the sentence names them (names blanked)


# ---------------------------------------------------------------- cues and kinds

def _cue_rx(items) -> re.Pattern:
    """Whole cue words, with a suffix at most ("pelatihannya", "MoU-nya"): "mou" is not "Moutong"."""
    alts = "|".join(re.escape(w).replace(r"\ ", r"[\s-]+") for w in sorted(items, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alts})(?:-?nya|kan|s)?(?!\w)", re.I)


def _cue_test(items) -> re.Pattern:
    """``_cue_rx(items)`` for a yes or no: the same strings as a trie of their letters. An alternation
    tries each of a hundred cue words in turn at every offset of a sentence, the trie one branch per
    letter; a text holds a match of one exactly when it holds a match of the other (which match is
    found first may differ: not for ``finditer``)."""
    root: dict = {}
    for item in items:
        node = root
        for ch in item:
            node = node.setdefault(ch, {})
        node[""] = {}
    return re.compile(rf"(?<!\w){_trie(root)}(?:-?nya|kan|s)?(?!\w)", re.I)


def _trie(node: dict) -> str:
    alts = [(r"[\s-]+" if ch == " " else re.escape(ch)) + _trie(child) for ch, child in sorted(node.items()) if ch]
    if "" in node:
        alts.append("")   # a word ends here
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


@lru_cache(maxsize=1)
def _kind_rxs() -> tuple[tuple[str, re.Pattern], ...]:
    spec = mapping("cooperation_kinds")
    return tuple((kind, _cue_rx(spec[kind])) for kind in spec["order"])


@lru_cache(maxsize=1)
def _kind_tests() -> tuple[tuple[str, re.Pattern], ...]:
    """``_kind_rxs`` as tries, to tell which kinds a text names."""
    spec = mapping("cooperation_kinds")
    return tuple((kind, _cue_test(spec[kind])) for kind in spec["order"])


@lru_cache(maxsize=1)
def _any_cue() -> re.Pattern:
    """Whether a sentence holds any cue word (a trie: only asked yes or no)."""
    spec = mapping("cooperation_kinds")
    return _cue_test(set(words("cooperation_cues")).union(*(spec[k] for k in spec["order"])))


def kind_of(text: str, skip: frozenset[str] = frozenset()) -> str:
    """The cooperation kind that a passage's cue words name, "other" when none (or only kinds in ``skip``)."""
    return _first_kind(_cues_in(text), skip)


@lru_cache(maxsize=1024)   # a sentence is asked about for each of its ties and for the article's kind
def _cues_in(text: str) -> frozenset[str]:
    """The cue classes of lexicons/cooperation_kinds.json whose words the text holds; an agreement or a
    sister-city tie that the passage only builds on ("sebagai tindak lanjut nota kesepahaman",
    "bagian dari kerja sama kota kembar") is not what it reports when it names another kind (training,
    a grant) done under it, nor a signing that only dates what follows ("Usai penandatanganan, bupati juga
    menerima bantuan ...")."""
    rest = _AFTER_SIGNING.sub(" ", text)
    if rest != text and _first_kind(_cues_in(rest)) != "other":
        return _cues_in(rest)   # "Usai penandatanganan, bupati juga menerima bantuan ...": the signing dates the grant
    cues = frozenset(cue for cue, rx in _kind_tests() if rx.search(text))
    for tie in ("sister_city", "agreement"):
        if tie in cues and cues - {tie, "agreement", "signing", "project", "support"} \
                and all(_UNDER_AGREEMENT.search(text, max(0, m.start() - 40), m.start())
                        or _PAST_AFTER.match(text, m.end()) for m in dict(_kind_rxs())[tie].finditer(text)):
            # "... nota kesepahaman yang diteken pada 2022": its signing too
            cues -= {tie, "signing"} if tie == "agreement" else {tie}
    if "sister_city" in cues and cues & {"agreement", "signing"} \
            and all(_PAST_AFTER.match(text, m.end()) for m in dict(_kind_rxs())["sister_city"].finditer(text)):
        cues -= {"sister_city"}   # "kota kembar sejak 1997 menandatangani MoU pendidikan": the MoU is the news
    if "investment" in cues and all(_investment_talk().search(text, max(0, m.start() - 30), m.start())
                                    for m in dict(_kind_rxs())["investment"].finditer(text)):
        cues -= {"investment"}   # "nilai investasi Tiongkok ke Jateng mencapai ...": a figure, not a deal
    for tie in ("agreement", "signing"):
        if tie in cues and all(_NEGATED.search(text, max(0, m.start() - 40), m.start())
                               for m in dict(_kind_rxs())[tie].finditer(text)):
            cues -= {tie}   # "Belum ada dokumen yang ditandatangani": no signing is reported
    if "grant" in cues and _only_shares(text):
        cues -= {"grant"}   # "pakan menyumbang hampir separuh biaya produksi": a share, not a donation
    if "project" in cues and _only_fields(text):
        cues -= {"project"}   # "kerja sama di bidang pengelolaan air": what the cooperation is about
    if "handover" in cues and "training" in cues:
        cues -= {"handover"}   # what is handed over is the training's ("menyerahkan beasiswa", certificates)
    return cues


# "Usai penandatanganan (MoU itu), ...", "Setelah meneken PKS, ...": a clause that dates what follows by a signing
# told before; what the sentence reports is what follows
_AFTER = r"(?:usai|seusai|setelah|sesudah|selepas)\s+(?:acara\s+|prosesi\s+)?"
_AFTER_SIGNING = re.compile(rf"(?<!\w){_AFTER}(?:penandatanganan|penekenan|menandatangani|meneken)(?!\w)"
                            r"[^,.;]{0,100},", re.I)


# an agreement dated before the news ("MoU pada Maret tahun lalu", "yang diteken pada 2022", "sejak 2019"):
# the ground of what is done now, not a signing the article reports
_PAST_AFTER = re.compile(r"[^.;]{0,50}?(?<!\w)(?:(?:pada|sejak)\s+(?:tahun\s+|[A-Za-z]+\s+)?(?:19|20)\d\d(?![\d/])|"
                         r"(?:tahun|bulan)\s+lalu|(?:beberapa\s+)?(?:waktu|bulan|tahun)\s+(?:lalu|silam)|silam)(?!\w)")
# (a full date, "pada 14 Februari 2024", is most often the day of the news itself: not read as past)


# a signing or document denied just before it: "belum ada dokumen yang ditandatangani", "tidak menandatangani"
_NEGATED = re.compile(r"(?<!\w)(?:belum|tidak|tak|tanpa|bukan)(?:\s+(?:ada|pernah|sempat|akan|jadi))?"
                      r"(?:\s+\w+){0,2}?\s+(?:yang\s+)?$", re.I)


@lru_cache(maxsize=1)
def _grant_share() -> re.Pattern:
    """A share word within three words after "menyumbang" ("menyumbang hampir separuh biaya")."""
    alts = "|".join(re.escape(w) for w in mapping("cooperation_kinds")["grant_share"])
    return re.compile(rf"(?:\s+[\w,.]+){{0,2}}?\s*(?:\d[\d.,]*\s*)?(?:{alts})(?!\w)", re.I)


def _only_shares(text: str) -> bool:
    """Every grant word of the text is "menyumbang" naming a share, none a donation."""
    hits = list(dict(_kind_rxs())["grant"].finditer(text))
    return bool(hits) and all(m.group(0).strip().lower() == "menyumbang" and _grant_share().match(text, m.end())
                              for m in hits)


@lru_cache(maxsize=1)
def _field_before() -> re.Pattern:
    """A field word and the fields listed after it, up to the one at the end ("bidang pendidikan, kesehatan
    dan "): items of three words at most, each closed by a comma, "dan" or "serta"."""
    alts = "|".join(re.escape(w) for w in mapping("cooperation_kinds")["field_words"])
    item = r"[\w-]+(?:\s+[\w-]+){0,2}(?:\s*,\s*(?:(?:dan|serta)\s+)?|\s+(?:dan|serta)\s+)"
    return re.compile(rf"(?<!\w)(?:{alts})\s+(?:{item}){{0,5}}$", re.I)


def _only_fields(text: str) -> bool:
    """Every project word of the text names a field of the cooperation ("di bidang pengelolaan air")."""
    generic = set(mapping("cooperation_kinds")["project_fields"])
    hits = list(dict(_kind_rxs())["project"].finditer(text))
    return bool(hits) and all(re.sub(r"-?nya$", "", m.group(0).lower()) in generic
                              and _field_before().search(text, max(0, m.start() - 80), m.start()) for m in hits)


@lru_cache(maxsize=1)
def _investment_talk() -> re.Pattern:
    """A word that makes the investment word right after it a figure, a prospect or an event."""
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in mapping("cooperation_kinds")["investment_talk"])
    return re.compile(rf"(?<!\w)(?:{alts})\s+(?:\w+\s+)?$", re.I)


def _past_agreement(sentence: str) -> bool:
    """Whether every agreement or signing that the sentence names is dated before the news."""
    hits = [m for cue in ("agreement", "signing") for m in dict(_kind_rxs())[cue].finditer(sentence)]
    return bool(hits) and all(_PAST_AFTER.match(sentence, m.end()) for m in hits)


# words that point back at an earlier agreement as the ground of what is done now
_UNDER_AGREEMENT = re.compile(r"(?:tindak\s+lanjut|menindaklanjuti|berdasarkan|sesuai(?:\s+dengan)?|"
                              r"merujuk(?:\s+pada)?|mengacu(?:\s+pada)?|payung|implementasi|pelaksanaan|amanat|"
                              r"di\s*bawah|bagian\s+dari|dalam\s+rangka|merealisasikan|mewujudkan|"
                              r"melalui\s+(?:kerja\s*sama|hubungan|jalinan))"
                              r"(?:\s+(?:dari|atas|pada|isi|butir))?\s+(?:\w+\s+){0,2}$", re.I)


def _first_kind(cues: frozenset[str], skip: frozenset[str] = frozenset()) -> str:
    """The kind of the first cue class in the fixed order, among ``cues``, whose kind is not skipped."""
    spec = mapping("cooperation_kinds")
    kinds = (spec.get(f"{cue}_kind", cue) for cue in spec["order"] if cue in cues)
    return next((k for k in kinds if k not in skip), "other")


# ---------------------------------------------------------------- mentions

@lru_cache(maxsize=4096)   # pure functions of a name, asked for every pair of partners
def _forms(name: str) -> tuple[tuple[str, bool], ...]:
    """(surface, case-sensitive) forms under which a partner is mentioned: its name, its
    parenthesised acronyms, and its core without generic words ("Pemkot Miri" -> "Miri")."""
    generic = words("partner_generic_words") | {"pemerintah", "daerah", "pemda"}
    bare = re.sub(r"\s*\([^)]*\)", "", name).strip()
    forms = [(bare, False)] + ([(name, False)] if name != bare else [])   # as written, "(Persero)" and all
    forms += [(a.strip(), True) for acro in re.findall(r"\(([^)]+)\)", name) for a in acro.split("/")
              if a.strip().lower() not in words("company_forms")]   # "(Persero)" names no one company
    toks = bare.split()
    i = 0
    while i < len(toks) - 1 and toks[i].lower() in generic:
        i += 1
    core = " ".join(toks[i:])
    if core != bare and core[:1].isupper():
        forms.append((core, True))
    named = [t for t in toks if t.lower().strip(".,") not in words("company_forms")]   # "PT Agro Nusa Persada": "ANP"
    initials = "".join(t[0] for t in named if t[:1].isupper())
    # "Universitas Muhammadiyah Yogyakarta" -> "UMY"; a government is never named by its initials
    # ("Pemerintah Kabupaten Sukamara" is no "PKS", the agreement)
    if len(initials) >= 3 and len(initials) == len(named) and toks[0].lower() not in _REGION_WORDS | {"pemerintah"}:
        forms.append((initials, True))
    forms += _short_forms(name, core)
    # a ministry or agency of the gazetteer is named again by its usual short forms ("Kemendesa PDTT"),
    # which the article need not define; an acronym's case is kept ("BKN", not "bkn")
    forms += [(n, n.upper() == n or " " not in n) for n in organisation_names(name)]
    return tuple(dict.fromkeys((f, cs) for f, cs in forms if len(f) >= _MIN_CORE))


_ACRONYM_INSIDE = re.compile(r"\(([^()]+)\)\s+([A-Z][^()]*)$")


def _short_forms(name: str, core: str) -> list[tuple[str, bool]]:
    """Short forms that news writes after the first full mention: the acronym with the name's tail
    ("Kejaksaan Negeri (Kejari) Buton Utara" -> "Kejari Buton Utara"), and a province's usual short
    form ("Kalimantan Selatan" <-> "Kalsel", "Nusa Tenggara Timur" <-> "NTT")."""
    out = []
    m = _ACRONYM_INSIDE.search(name)
    if m:
        out += [(f"{a.strip()} {m.group(2).strip()}", True) for a in m.group(1).split("/")
                if a.strip().lower() not in words("company_forms")]
    bare = _bare_name(name)
    head = bare.split(",")[0].strip()
    if head != bare and len(head.split()) >= 2 and head.split()[0].lower() in _LISTED_NAME_HEADS:
        # "Kementerian Desa, Pembangunan Daerah Tertinggal dan Transmigrasi" -> "Kementerian Desa"
        out.append((head, False))
    for short in _province_short_forms().get(core.lower(), ()):
        out += [(short.title(), True), (short.upper(), True)] if " " not in short else [(short.title(), True)]
    # a regency's or city's local short form ("Kotim" for Kabupaten Kotawaringin Timur), at the level its name states
    level = _level(name)
    if level in ("city", "regency"):
        out += [(short.title(), True) for short in region_short_names(level, core)]
    for rx in (_SPECIAL_REGION, _BRANCH, _CITY_SEAT, _CITY_COUNCIL):   # "DKI Jakarta", "X Cabang Y", "X City Hall"
        m = rx.match(rx is _SPECIAL_REGION and core or bare)
        if m:
            out.append((m.group(1), True))
    out += [(form, False) for form in body_short_forms(bare)]   # "Disperindag Kota X", "RS X", in any case
    return out


# a region of special status named without it ("DKI Jakarta" -> "Jakarta"); a branch or regional office
# named by its body ("BPJS Kesehatan Cabang Palu" -> "BPJS Kesehatan"); a foreign city's government named
# by its city ("Kuala Lumpur City Hall" -> "Kuala Lumpur")
_SPECIAL_REGION = re.compile(r"(?:DKI|DI|D\.I\.|Daerah\s+Istimewa|Daerah\s+Khusus\s+Ibukota)\s+([A-Z][\w ]+)$")
_BRANCH = re.compile(r"(\S+(?:\s+\S+)+?)\s+(?:Kantor\s+)?(?:Cabang|KC|Kantor\s+Wilayah|Kanwil)\s+[A-Z]")
_CITY_COUNCIL = re.compile(r"(?:Dewan|Majlis|Majelis)\s+(?:Bandaraya|Perbandaran|Daerah|Kota)\s+"
                           r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)$")
_CITY_SEAT = re.compile(r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*?)\s+(?:City\s+Hall|City\s+Council|City\s+Government|"
                        r"Metropolitan\s+(?:City\s+)?Government|Municipal\s+(?:Government|Council|Corporation)|"
                        r"Prefectural\s+Government)$")


# offices whose names list their fields ("Dinas Tanaman Pangan, Hortikultura dan Peternakan"): news names
# them again by the first field
_LISTED_NAME_HEADS = frozenset({"kementerian", "kemenko", "dinas", "badan", "direktorat", "balai", "biro", "dewan"})


@lru_cache(maxsize=1)
def _province_short_forms() -> dict[str, tuple[str, ...]]:
    """Each province's name -> its other names, both ways ("kalsel" -> "kalimantan selatan" and back)."""
    out: dict[str, list[str]] = {}
    for short, full in mapping("place_id_province_aliases")["aliases"].items():
        out.setdefault(full, []).append(short)
        out.setdefault(short, []).append(full)
    return {k: tuple(v) for k, v in out.items()}


def _mention_sentences(text: str, starts: list[int], partners: list[Partner]
                       ) -> tuple[list[dict[int, list[int]]], list[tuple[int, int]]]:
    """For each partner, the sentences that mention it (its own evidence included), each with the
    char offsets of the mentions there; and the spans of all the mentions."""
    spans = []
    folded = _folded(text)
    firsts = _company_first_words(partners)
    for i, p in enumerate(partners):
        spans += [(a, a + len(form), i) for form, case in _forms(p.name) + firsts.get(i, ())
                  for a in _whole_word_hits(form, text, case, folded)]
        if p.start is not None:
            spans.append((p.start, p.end if p.end is not None else p.start + len(p.name), i))
    spans += _anaphors(text, partners, spans)
    out: list[dict[int, list[int]]] = [{} for _ in partners]
    kept = _outermost(spans, partners)
    for at, i in sorted({(a, i) for a, _, i in kept}):
        out[i].setdefault(bisect.bisect_right(starts, at) - 1, []).append(at)
    return out, [(a, b) for a, b, _ in kept]




@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    return words("entity_repair_ud_common_words") | words("partner_generic_words")


def _company_first_words(partners: list[Partner]) -> dict[int, tuple[tuple[str, bool], ...]]:
    """A company named again by the first word of its name ("Hanbit Agro Co., Ltd." -> "Hanbit",
    "PT Pertamina EP" -> "Pertamina", "PT PLN (Persero) Unit Induk X" -> "PLN"), when that word is no common
    word (the UD treebanks' lower-case words: "Sarana", "Bank") and no other partner's name holds it."""
    common = _common_words()
    firsts = {}
    for i, p in enumerate(partners):
        toks = [t.strip(".,") for t in _bare_name(p.name).split()]
        toks = [t for t in toks if t.lower() not in words("company_forms")]
        named = len(toks) >= 2 or (toks and len(_bare_name(p.name).split()) >= 2)   # "PT Pertamina" -> "Pertamina"
        if p.type == "company" and named and toks[0][:1].isupper() and toks[0].lower() not in common \
                and (len(toks[0]) >= 4 or (len(toks[0]) == 3 and toks[0].isupper())):   # "PLN", "BNI"
            firsts[i] = toks[0]
    shared = lambda i, w: any(w in q.name.split() for j, q in enumerate(partners) if j != i)  # noqa: E731
    return {i: ((w, True),) for i, w in firsts.items() if not shared(i, w)}


# "yayasan tersebut", "perusahaan itu": news names a party again by its kind once it has named it in full
_ANAPHOR = re.compile(r"(?<!\w)(yayasan|perusahaan|kampus|universitas|bank|kedutaan|kedubes|koperasi)\s+"
                      r"(?:tersebut|itu)(?!\w)", re.I)
_ANAPHOR_OF = {"yayasan": lambda p: p.type == "ngo" or p.name.lower().startswith("yayasan"),
               "perusahaan": lambda p: p.type == "company",
               "kampus": lambda p: p.type == "education", "universitas": lambda p: p.type == "education",
               "bank": lambda p: "bank" in p.name.lower().split(),
               "kedutaan": lambda p: p.type == "embassy", "kedubes": lambda p: p.type == "embassy",
               "koperasi": lambda p: p.name.lower().startswith("koperasi")}


def _anaphors(text: str, partners: list[Partner], spans: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Mentions of a party by its kind and "tersebut"/"itu", when the article has named exactly one party
    of that kind before: the same party (a second deal of the day, "yayasan tersebut juga menyerahkan")."""
    first: dict[int, int] = {}
    for a, _, i in spans:
        first[i] = min(a, first.get(i, a))
    out = []
    kinds = ((_ANAPHOR, _ANAPHOR_OF),) if "tersebut" in text or " itu" in text else ()
    for rx, fit in kinds + ((_BARE_GOVERNMENT, _GOVERNMENT_OF),):
        for m in rx.finditer(text):
            fits = [i for i, p in enumerate(partners) if fit[m.group(1).lower().split()[-1]](p)]
            if len(fits) == 1 and first.get(fits[0], len(text)) < m.start():
                out.append((m.start(), m.end(), fits[0]))
    return out


# "Pemkot juga meneken PKS dengan ...": a government named by its level alone, capitalised as a name, once
# the article has named the one government of that level in full ("pemerintah provinsi" may be any province's)
_BARE_GOVERNMENT = re.compile(r"(?<!\w)(Pemkot|Pemkab|Pemprov|Pemerintah\s+(?:Kota|Kabupaten|Provinsi))"
                              r"(?!\w)(?!\s+(?:[A-Z\d]|\())")
_GOVERNMENT_OF = {w: (lambda t: lambda p: p.type == t and p.scope == "domestic")(t)
                  for w, t in (("pemkot", "city"), ("kota", "city"), ("pemkab", "regency"), ("kabupaten", "regency"),
                               ("pemprov", "province"), ("provinsi", "province"))}


def _out_of_headlines(found: list[dict[int, list[int]]], heads: tuple[tuple[int, int], ...]
                      ) -> list[dict[int, list[int]]]:
    """Mentions outside headlines: a headline packs the article's ties into one line ("A dan B Luncurkan
    Proyek, Didanai Hibah C"), which the body then tells apart."""
    if not heads:
        return found
    out = []
    for m in found:
        kept = {si: [at for at in ats if not any(a <= at < b for a, b in heads)] for si, ats in m.items()}
        out.append({si: ats for si, ats in kept.items() if ats})
    return out


def _masked(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with the parties' names blanked out: a cue word inside a name ("Bank Pembangunan
    Daerah", "Balai Pelatihan") says nothing about the tie."""
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


# Non-ASCII letters that a case-insensitive regex matches to ASCII ones ("İ", "ı", "ſ", the Kelvin sign):
# a text with none of them compares with ASCII forms after str.lower(), letter for letter.
_ASCII_CASE_TWINS = frozenset("\u0130\u0131\u017f\u212a")


def _folded(text: str) -> Optional[str]:
    """``text.lower()`` when it lines up with ``text`` for ASCII forms, else None."""
    return None if _ASCII_CASE_TWINS & set(text) else text.lower()


def _whole_word_hits(form: str, text: str, case: bool, folded: Optional[str]) -> list[int]:
    r"""Start offsets of ``form`` as whole words in ``text`` (ignoring case unless ``case``), as
    ``re.finditer(r"(?<!\w)FORM(?!\w)")`` finds them, without a regex compiled per name."""
    if case:
        return [at for at, _ in whole_word_hits(text, form)]
    if folded is None or not form.isascii():
        return [m.start() for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text, re.I)]
    return [at for at, _ in whole_word_hits(folded, form.lower())]


def _outermost(spans: list[tuple[int, int, int]], partners: list[Partner]) -> list[tuple[int, int, int]]:
    """The spans that no longer span covers: "Bandung" inside "Kabupaten Bandung" is not "Kota
    Bandung"; a region inside another party's name is not named there."""
    keep, reach, owner = [], -1, -1
    for a, b, i in sorted(spans, key=lambda s: (s[0], -s[1])):
        if b <= reach and (owner == i or partners[i].type in _REGION
                           or _level(partners[i].name) and _level(partners[owner].name)):
            # one mention, counted once ("Chiba" in "Provinsi Chiba"); a region inside another party's
            # name is that party's ("Buton Utara" in "Kejari Buton Utara", "Jepang" in "Kedubes Jepang")
            continue
        keep.append((a, b, i))
        if b > reach:
            reach, owner = b, i
    return keep


# ---------------------------------------------------------------- one party under several names

def _same_party(a: Partner, b: Partner, text: str) -> bool:
    """Two partner records that name one party: the same name words ("Pemkab Buleleng",
    "Kabupaten Buleleng"), an acronym beside its expansion ("JICA", also when the text puts it in
    brackets after the name), or one typo in a long word."""
    if _bracketed(a.name, b.name, text) or _bracketed(b.name, a.name, text):
        return True
    if _acronyms(a.name) & _acronyms(b.name):
        return True   # "Korea Maritime and Ocean University (KMOU)", "Ocean University (KMOU)": one name cut short
    if len({_level(a.name), _level(b.name)} - {None}) == 2:   # "Kota Malang", "Kabupaten Malang"
        return False
    wa, wb = _name_words(a.name), _name_words(b.name)
    if wa and wa == wb:
        return True
    if _bare_name(b.name) in _short_names(a.name) or _bare_name(a.name) in _short_names(b.name):
        return True
    return _one_typo_apart(_specific_words(a.name), _specific_words(b.name))


# Per-name parts of _same_party, which every pair of an article's partners asks for.

@lru_cache(maxsize=4096)
def _acronyms(name: str) -> frozenset[str]:
    """The name's bracketed acronyms of three or more capitals ("KMOU"; not "Persero")."""
    return frozenset(a.strip() for acro in re.findall(r"\(([^)]+)\)", name) for a in acro.split("/")
                     if len(a.strip()) >= 3 and a.strip().isupper())


@lru_cache(maxsize=4096)
def _bare_name(name: str) -> str:
    """The name without its parenthesised parts."""
    return re.sub(r"\s*\([^)]*\)", "", name).strip()


@lru_cache(maxsize=4096)
def _short_names(name: str) -> frozenset[str]:
    """The case-sensitive forms of a name beyond the name itself: its acronyms, core and short forms."""
    return frozenset(f for f, case in _forms(name)[1:] if case)


@lru_cache(maxsize=4096)
def _specific_words(name: str) -> tuple[str, ...]:
    """The name's words but the generic ones ("pemerintah", "kota"), in order."""
    generic = words("partner_generic_words")
    return tuple(w for w in _word_list(name) if w not in generic)


_LEVELS = {"kota": "city", "pemkot": "city", "kabupaten": "regency", "kab": "regency", "pemkab": "regency",
           "provinsi": "province", "prov": "province", "pemprov": "province"}


@lru_cache(maxsize=4096)
def _level(name: str) -> Optional[str]:
    """The level of government that a region's name states, if any."""
    return next((_LEVELS[w] for w in _word_list(name) if w in _LEVELS), None)


def _bracketed(name: str, acronym: str, text: str) -> bool:
    """Whether the text writes ``acronym`` (one word) in brackets after ``name``."""
    return " " not in acronym.strip() and acronym in text and name in text and \
        re.search(rf"{re.escape(name)}\s*\(\s*{re.escape(acronym)}\s*\)", text) is not None


@lru_cache(maxsize=4096)
def _word_list(name: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\w+", re.sub(r"\([^)]*\)", " ", name).lower()))


def _one_typo_apart(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Same words but one long word one letter apart ("Mendunia", "Mandunia"): a misspelling."""
    if len(a) != len(b) or not a:
        return False
    diff = [(x, y) for x, y in zip(a, b) if x != y]
    if len(diff) != 1:
        return False
    x, y = diff[0]
    return min(len(x), len(y)) >= _MIN_TYPO_WORD and _one_edit(x, y)


def _one_edit(x: str, y: str) -> bool:
    """One letter changed, added or dropped ("Mendunia"/"Mandunia", "Gyeongsang"/"Gyongsang")."""
    if len(x) == len(y):
        return sum(c != d for c, d in zip(x, y)) == 1
    short, long_ = sorted((x, y), key=len)
    return len(long_) - len(short) == 1 and any(long_[:k] + long_[k + 1:] == short for k in range(len(long_)))


def _representatives(partners: list[Partner], text: str) -> list[int]:
    """For each partner, the partner that stands for its party: the name with the most words (an
    acronym's expansion), the first one named on ties (a misspelling comes later)."""
    rep = list(range(len(partners)))
    for j in range(len(partners)):
        for i in range(j):
            if rep[i] == i and _same_party(partners[i], partners[j], text):
                if len(_word_list(partners[j].name)) > len(_word_list(partners[i].name)):
                    rep = [j if r == i else r for r in rep]
                else:
                    rep[j] = i
                break
    return rep


def _fold_aliases(mentions: list[dict[int, list[int]]], rep: list[int]) -> list[dict[int, list[int]]]:
    """The mentions of a party's other names become its representative's; the others are never named."""
    out: list[dict[int, list[int]]] = [{} for _ in mentions]
    for i, found in enumerate(mentions):
        for si, at in found.items():
            out[rep[i]].setdefault(si, []).extend(at)
    return [{si: sorted(set(at)) for si, at in m.items()} for m in out]


# ---------------------------------------------------------------- grouping

def _hub(mentions: list[dict[int, list[int]]]) -> int:
    """The partner named in the most sentences; the first one on ties."""
    return max(range(len(mentions)), key=lambda i: (len(mentions[i]), sum(map(len, mentions[i].values())),
                                                    -min(mentions[i], default=10 ** 9)))


def _peer_class(p: Partner) -> Optional[str]:
    return _PEER_CLASS.get(p.type or "")


def _peers(hub: Partner, others: list[Partner]) -> bool:
    """Two or more parties of one peer class (regions, schools) beside a region or a peer of theirs:
    a list of separate ties. A ministry or agency with a list of regions is one multilateral deal."""
    classes = {_peer_class(p) for p in others}
    return len(others) >= 2 and len(classes) == 1 and None not in classes \
        and _peer_class(hub) in ("region", *classes)


def _abroad_list(hub: Partner, named: tuple[int, ...], partners: list[Partner]) -> bool:
    """Foreign parties named together without the Indonesian hub ("jaringan C40, Citynet dan
    Australia"): the hub's counterparts, one tie each, not a tie among themselves."""
    scopes = {partners[i].scope for i in named}
    return len(named) >= 2 and hub.scope == "domestic" and "foreign" in scopes and "domestic" not in scopes


def _pair_apart(others: list[Partner]) -> bool:
    """Two parties from both sides of the border, without the hub: a tie of their own
    ("Universitas A dengan Universitas B dari Korea")."""
    return len(others) == 2 and {p.scope for p in others} == {"domestic", "foreign"}


def _sentence_group(named: tuple[int, ...], hub: int, si: int, partners: list[Partner],
                    each: bool = False, incidental: frozenset[int] = frozenset(),
                    project_only: bool = False) -> list[_Group]:
    """The cooperations of one cue sentence naming the partners ``named``; ``each``: the sentence
    says the ties are separate ("masing-masing dengan A, B dan C"); ``incidental``: parties the
    sentence names only as a visit's destination or a speaker's office, which it does not tie to
    the hub on their own; ``project_only``: its only cue is a program or project word, which ties
    no party named alone to the hub."""
    others = [i for i in named if i != hub]
    if not others:
        return []
    if hub not in named and _pair_apart([partners[i] for i in others]):
        return [_Group(named, (si,), "cooperation_sentence")]
    if (each and len(others) >= 2) or _peers(partners[hub], [partners[i] for i in others]) \
            or _abroad_list(partners[hub], named, partners):
        return [_Group((hub, i), (si,), "cooperation_peers") for i in others]
    if hub in named or len({partners[i].type for i in others}) >= 2:
        # sides of different kinds named without the hub cooperate with each other ("Yayasan X
        # bekerja sama dengan Badan Y"); a list of one kind (five companies) are the hub's counterparts
        return [_Group(named, (si,), "cooperation_sentence")] if len(named) >= 2 else []
    named = tuple(i for i in named if i not in incidental)
    if project_only:
        return []   # "program X dari Kementerian Y": a program named beside a body, no tie with the hub told
    return [_Group((hub,) + named, (si,), "cooperation_hub")] if named else []


# "kunjungan kerja Direktur Jenderal X ke China": where a visit goes, not who cooperates
_DESTINATION_BEFORE = re.compile(r"(?<!\w)(?:kunjungan|berkunjung|lawatan|perjalanan\s+dinas)(?:\s+\S+){0,10}?"
                                 r"\s+ke\s+$", re.I)
# "Konsul Muda Konjen Jepang, Kaori Marohira, menyampaikan ...": the office in a speaker's title
_TITLE_BEFORE = re.compile(r"(?<!\w)(?:Kepala|Sekretaris|Direktur|Dirjen|Deputi|Konsul|Menteri|Rektor|Dekan|Ketua|"
                           r"Duta\s+Besar|Dubes|Manajer|Manager|Koordinator|Perwakilan|Kepala\s+Bagian)"
                           r"(?:\s+[A-Z]\w*){0,3}\s+$")
_PLACE_BEFORE = re.compile(r"(?<!\w)[Dd]i\s+(?:[a-z][\w-]*\s+)?$")   # "di Jerman", "di universitas-universitas Jerman"
_PERSON_AFTER = re.compile(r"\s*,?\s*(?:(?:Prof|Dr|dr|Ir|Drs|H|Hj)\.?\s+)*[A-Z][a-z]+\b")
# the tie only asked for or looked back upon: "mengajak ... agar bekerja sama", "apresiasi atas kerja sama tersebut"
_NO_REPORT = re.compile(r"(?<!\w)(?:mengajak|mengimbau|mendorong|meminta|apresiasi|mengapresiasi|terima\s+kasih)(?!\w)",
                        re.I)
_OWN_DEAL = re.compile(r"\w+\s+(?:ini|tersebut|itu)(?!\w)|(?<!\w)(?:pihaknya|kami|kita)(?!\w)", re.I)
_STRONG_CUES = frozenset({"sister_city", "agreement", "signing", "loan", "investment", "training"})


def _incidental(text: str, masked: str, bounds: tuple[int, int], at: int, region: bool) -> bool:
    """A party named only where a visit goes or where something happens (a region after "di": "program
    nelayan di Kalimantan Utara"), or as the office of the person who speaks in a sentence that names no
    deal of its own ("MoU ini" is one) or only asks for one."""
    if _DESTINATION_BEFORE.search(text, max(bounds[0], at - 120), at):
        return True
    if region and _PLACE_BEFORE.search(text, max(bounds[0], at - 40), at):
        return True
    if not _TITLE_BEFORE.search(text, max(bounds[0], at - 60), at) or not _PERSON_AFTER.match(masked, at):
        return False
    sentence = masked[bounds[0]:bounds[1]]
    # the speaker's own deal is "MoU ini", "kerja sama tersebut", "pihaknya"; an outside office (a ministry
    # explaining the rules for sister cities) speaks of deals in general
    own = _cues_in(sentence) & _STRONG_CUES and _OWN_DEAL.search(sentence) is not None
    return not own or _NO_REPORT.search(sentence) is not None


@lru_cache(maxsize=4096)
def _name_words(name: str) -> frozenset[str]:
    generic = words("partner_generic_words")
    return frozenset(w for w in re.findall(r"\w+", re.sub(r"\([^)]*\)", " ", name).lower()) if w not in generic)


def _without_homes(named: tuple[int, ...], partners: list[Partner]) -> tuple[int, ...]:
    """A country named beside a party of that country ("Negara Bagian Victoria, Australia") only
    says where the party is."""
    homes = {_name_words(partners[i].country) for i in named if partners[i].country and partners[i].type != "country"}
    return tuple(i for i in named if partners[i].type != "country" or _name_words(partners[i].name) not in homes)


def _distinct(g: _Group, partners: list[Partner], hub: int) -> Optional[_Group]:
    """One party named twice ("Pemkot Palu", "Kota Palu") is one party: the first name stays
    ("Kota Bandung" and "Kabupaten Bandung" are two). An office that only a region has, named without
    its region ("kelompok tani yang ditunjuk Dinas Pertanian"), is the region's own: beside a region,
    no side of its own; else, in an article about one region's government, that government.
    None when fewer than two parties are left."""
    names = [(_name_words(partners[i].name), _level(partners[i].name)) for i in g.parties]
    keep = tuple(i for k, i in enumerate(g.parties) if not names[k][0] or not any(
        w == names[k][0] and None in (lv, names[k][1]) or (w, lv) == names[k] for w, lv in names[:k]))
    keep = tuple(i for i in keep if not _owner_of_another(i, keep, partners))
    if any(_domestic_region(partners[i]) for i in keep):
        keep = _without_bare_offices(keep, partners)
    elif _domestic_region(partners[hub]):
        keep = tuple(dict.fromkeys(hub if _bare_regional_office(partners[i]) else i for i in keep))
    return g._replace(parties=keep) if len(keep) >= 2 else None


def _domestic_region(p: Partner) -> bool:
    return p.type in _DOMESTIC_REGION and p.scope != "foreign"


def _without_bare_offices(indexes: tuple[int, ...], partners: list[Partner]) -> tuple[int, ...]:
    """The parties less the offices only a region has named without their region, when a domestic region is
    among them: that region's own."""
    if not any(_domestic_region(partners[i]) for i in indexes):
        return indexes
    return tuple(i for i in indexes if not _bare_regional_office(partners[i]))


def _bare_regional_office(p: Partner) -> bool:
    """An office only regional governments have, named without its region ("Dinas Kesehatan",
    "Badan Pendapatan Daerah"): beside a region, it is that region's office."""
    toks = _word_list(p.name)
    if p.type != "government_body" or not toks or _REGION_WORDS & set(toks):
        return False
    return toks[0] in words("cooperation_regional_offices") or (toks[0] == "badan" and "daerah" in toks)


def _owner_of_another(i: int, group: tuple[int, ...], partners: list[Partner]) -> bool:
    """A government named in full inside another party's name ("Provinsi Gorontalo" in "Badan
    Kepegawaian Pemerintah Provinsi Gorontalo") is that body's own side, not a second one. (An
    office named after its region beside it, "Bappeda Sigi", is left out of partners already.)"""
    if partners[i].type not in _REGION:
        return False
    bare = re.sub(r"\s*\([^)]*\)", "", partners[i].name).strip()
    return len(bare.split()) >= 2 and any(
        j != i and bare.lower() in partners[j].name.lower() and len(partners[j].name) > len(bare) for j in group)


def _sentence_groups(doc: Doc, text: str, masked: str, sents: list[tuple[int, int]],
                     mentions: list[dict[int, list[int]]], hub: int, partners: list[Partner]) -> list[_Group]:
    groups, cued = [], set()
    any_cue = _any_cue()
    for si, (a, b) in enumerate(sents):
        before = page.previous(doc, si)   # the report's sentence before, past a link or slot the site put there
        if any_cue.search(masked, a, b):   # a cue word inside a party's name ("Bank Pembangunan Daerah") is none
            cued.add(si)
            if _case_report(masked[a:b]):
                continue
            named = _sides_in(doc, text, masked, (a, b), si, mentions, partners)
            # sister-city ties are each between two regions: "kota kembar dengan A, Jepang, dan B, Malaysia"
            each = (_may_hold(doc, _EACH, a, b) and _EACH.search(text, a, b) is not None) or (
                hub in named and "sister_city" in _cues_in(masked[a:b])) or _signed_apart(doc, masked, sents, si) \
                or _one_document_each(masked[a:b], named, hub)
            left_each = _each_with_one(text, (a, b), si, named, mentions) or _besides(text, (a, b), si, named, mentions)
            if left_each:
                groups += [_Group(pair, (si,), "cooperation_each") for pair in left_each]
                continue
            if before >= 0 and before not in cued and len(named) < 2 and opens_on_visit(text, a, b):
                # "Kunjungan itu dalam rangka menjajaki sister city antara kedua kota": the visit's sides
                # are named in the sentence before
                named = tuple(dict.fromkeys(_sides_in(doc, text, masked, sents[before],
                                                      before, mentions, partners) + named))
                groups += [g._replace(sentences=(before, si)) for g in _sentence_group(named, hub, si, partners)]
                continue
            if not each and hub in named and _joint_list(si, named, mentions, masked) \
                    and all(partners[i].type in _DOMESTIC_REGION and partners[i].scope == "domestic" for i in named):
                ties = [_Group(named, (si,), "cooperation_joint")]
            else:
                incidental = frozenset(i for i in named
                                       if _incidental(text, masked, (a, b), mentions[i][si][0],
                                                      partners[i].type in _REGION))
                ties = [g._replace(near=_near(g, si, named, mentions, masked, a))
                        for g in _sentence_group(named, hub, si, partners, each, incidental,
                                                 _project_only(masked[a:b]))]
                if each:   # ties the sentence calls separate stay apart where another names their signers together
                    ties = [g._replace(rule="cooperation_each") if g.rule == "cooperation_peers" else g for g in ties]
                if len(ties) >= 2 and not each and all(g.rule == "cooperation_peers" for g in ties) \
                        and _counted_together(doc, text, sents, si) == len({i for g in ties for i in g.parties}):
                    sides = tuple(dict.fromkeys(i for g in ties for i in g.parties))
                    ties = [_Group(sides, (si,), "cooperation_joint")]
                ties = _funded_through(ties, text, (a, b), si, named, mentions, hub, partners)
        elif before in cued and (list_opener_re().search(text, a, b) or _names_only(masked, a, b)):
            # "Tujuh perguruan tinggi tersebut adalah A, B dan C", "Kemudian, A, dan B.": the sides of the tie
            # just reported
            ties = [g._replace(sentences=(before, si))
                    for g in _sentence_group(_named_in(si, mentions, partners), hub, si, partners)]
        else:
            continue
        groups += [_told_before(g, groups, hub) for g in ties]
    return [d for d in (_distinct(g, partners, hub) for g in _split_by_each(groups)) if d]


# the words a sentence that only goes on with a list of names may hold besides the names
_LIST_GLUE = frozenset({"kemudian", "selanjutnya", "lalu", "serta", "dan", "juga", "lainnya", "dengan", "antara",
                        "lain"})


def _names_only(masked: str, a: int, b: int) -> bool:
    """A sentence of names alone (blanked in ``masked``) and the words that join a list."""
    rest = re.findall(r"\w+", masked[a:b].lower())
    return "   " in masked[a:b] and all(w in _LIST_GLUE for w in rest)


def _told_before(g: _Group, before: list[_Group], hub: int) -> _Group:
    """A party named alone, tied to the hub for want of a second side, whose own tie without the hub was told
    in the two sentences before is that tie told on ("Universitas A melepas mahasiswa ke Universitas B.
    Beasiswa mereka ditanggung Universitas B."), not a tie with the article's main actor."""
    if g.rule != "cooperation_hub" or len(g.parties) != 2:
        return g
    other, si = g.parties[1], min(g.sentences)
    earlier = [h for h in before if other in h.parties and hub not in h.parties and max(h.sentences) >= si - 2]
    return g._replace(parties=earlier[-1].parties, rule="cooperation_again") if earlier else g


# "Proyek itu didanai hibah Pemerintah Jepang", "didukung pendanaan dari Uni Eropa": the donor named next
_FUNDED_BEFORE = re.compile(r"(?<!\w)(?:didanai|dibiayai|pendanaan|pembiayaan|hibah)\s+(?:(?:dari|oleh)\s+)?"
                            r"(?:hibah\s+)?$", re.I)
_RUNNER_TYPES = frozenset({"international_org", "ngo"})


def _funded_through(ties: list[_Group], text: str, bounds: tuple[int, int], si: int, named: tuple[int, ...],
                    mentions: list[dict[int, list[int]]], hub: int, partners: list[Partner]) -> list[_Group]:
    """A foreign donor that funds the project an agency or NGO runs with an Indonesian region gives its
    grant to that agency, not to the region: "UNDP dan Pemprov X meluncurkan proyek ...; proyek itu
    didanai hibah Pemerintah Jepang" is a project of UNDP and the province and a grant of Japan to UNDP.
    The agency is the one the sentence names beside the donor, else the article's only one."""
    if partners[hub].scope == "foreign":
        return ties
    funders = [i for i in named if i != hub and partners[i].scope == "foreign" and _FUNDED_BEFORE.search(
        text, max(bounds[0], mentions[i][si][0] - 30), mentions[i][si][0])]
    if len(funders) != 1:
        return ties
    donor = funders[0]
    runners = [i for i in named if i not in (donor, hub) and partners[i].type in _RUNNER_TYPES] or [
        i for i, p in enumerate(partners) if i not in (donor, hub) and mentions[i]
        and p.type in _RUNNER_TYPES and p.scope == "foreign"]
    if len(runners) != 1:
        return ties
    return [g for g in ties if donor not in g.parties] + [_Group((donor, runners[0]), (si,), "cooperation_funded")]


def _project_only(sentence: str) -> bool:
    """Whether the sentence's only cue is a program or project word (no tie word, no other kind)."""
    return _cues_in(sentence) <= {"project"} and not _collab_cue().search(sentence)


def _case_report(sentence: str) -> bool:
    """A project or program named only in an audit or a criminal case ("temuan BPK pada proyek jalan yang
    dikerjakan PT X"): the case is the news, not a tie between the bodies it names."""
    return _project_only(sentence) and _case_words().search(sentence) is not None


@lru_cache(maxsize=1)
def _case_words() -> re.Pattern:
    return _cue_test(words("cooperation_case_words"))


@lru_cache(maxsize=1)
def _collab_cue() -> re.Pattern:
    return _cue_test(words("cooperation_cues"))


def _split_by_each(groups: list[_Group]) -> list[_Group]:
    """Ties the text calls separate ("A dan B masing-masing ... dengan C") are not one deal of all three
    where another sentence names their signers together."""
    each = [set(g.parties) for g in groups if g.rule == "cooperation_each"]
    if not each:
        return groups
    sides = set().union(*each)
    return [g for g in groups if g.rule == "cooperation_each" or len(g.parties) <= 2
            or not set(g.parties) <= sides]


# "Kesepakatan ditandatangani ketiga gubernur", "Keempat daerah sepakat ...": the parties of the list named
# before are counted as the sides of one deal
_TOGETHER = re.compile(r"(?<!\w)(ketiga|keempat|kelima|keenam|ketujuh)\s+(?:belah\s+)?(?:pihak|daerah|provinsi|"
                       r"kabupaten|kota|pemerintah|pemda|kepala\s+daerah|gubernur|bupati|wali\s*kota|instansi|"
                       r"lembaga|institusi|kampus|universitas|perguruan\s+tinggi|perusahaan|negara|mitra)(?!\w)", re.I)
_APART = re.compile(r"(?<!\w)(?:terpisah|masing[\s-]+masing|setiap|tiap|sendiri-sendiri)(?!\w)", re.I)
_ORDINALS = {"ketiga": 3, "keempat": 4, "kelima": 5, "keenam": 6, "ketujuh": 7}


def _counted_together(doc: Doc, text: str, sents: list[tuple[int, int]], si: int) -> int:
    """How many sides the cue sentence and the two after it count as one group, 0 if none (or the ties are
    told apart: "secara terpisah", "masing-masing")."""
    last = si
    for _ in range(2):   # the two sentences of the report after it, past the lines the site put between
        last = max(page.following(doc, last), last)
    window = text[sents[si][0]:sents[last][1]]
    m = _TOGETHER.search(window)
    return _ORDINALS[m.group(1).lower()] if m and not _APART.search(window) else 0


# "Penandatanganan dilakukan secara terpisah dengan masing-masing pemerintah daerah", "... masing-masing dokumen
# dilakukan secara bergantian": the list named signed one by one, in the sentence or the next ("masing-masing
# pihak berkomitmen" says nothing of how they signed)
_APART_SIGNING = re.compile(r"(?<!\w)(?:terpisah|sendiri-sendiri|bergantian|dengan\s+masing[\s-]+masing"
                            r"|masing[\s-]+masing\s+(?:dokumen|naskah))(?!\w)", re.I)


def _signed_apart(doc: Doc, masked: str, sents: list[tuple[int, int]], si: int) -> bool:
    after = page.following(doc, si)   # past a link or slot the site put between them
    for a, b in [sents[si]] + ([sents[after]] if after >= 0 else []):
        if _APART_SIGNING.search(masked, a, b) is not None and _cues_in(masked[a:b]) & _SIGNS:
            return True
    return False


# "menandatangani empat nota kesepahaman sekaligus dengan A, B, C serta D", "Ada tiga NPHD ...": as many
# documents as parties beside the hub, one each
@lru_cache(maxsize=1)
def _small_numbers() -> dict[str, int]:
    spec = mapping("number_words")
    return {w: n for w, n in [*spec["ones"].items(), *spec["se_values"].items()] if 2 <= n <= 10}


@lru_cache(maxsize=1)
def _documents() -> re.Pattern:
    numbers = "|".join(_small_numbers())
    return re.compile(rf"(?<!\w)({numbers}|\d{{1,2}})\s+(?:buah\s+)?(?:{_DEAL_WORD}|nota\s+kesepakatan|nphd|naskah|"
                      r"dokumen|loi)(?!\w)", re.I)


def _one_document_each(sentence: str, named: tuple[int, ...], hub: int) -> bool:
    if hub not in named or len(named) < 3:
        return False
    m = _documents().search(sentence)
    if m is None:
        return False
    n = m.group(1).lower()
    return (int(n) if n.isdigit() else _small_numbers()[n]) == len(named) - 1


# "A dan B masing-masing menandatangani PKS dengan C": each of those named before signs with the one after
_EACH_BEFORE = re.compile(r"(?<!\w)masing[\s-]+masing\s+(?:[\w()-]+\s+){1,8}?(?:dengan|bersama)\s", re.I)


def _each_with_one(text: str, bounds: tuple[int, int], si: int, named: tuple[int, ...],
                   mentions: list[dict[int, list[int]]]) -> list[tuple[int, int]]:
    if len(named) < 3 or "masing" not in text[bounds[0]:bounds[1]]:
        return []
    m = _EACH_BEFORE.search(text, *bounds)
    if m is None:
        return []
    left = [i for i in named if mentions[i][si][0] < m.start()]
    right = [i for i in named if mentions[i][si][0] >= m.end()]
    return [(i, right[0]) for i in left] if len(left) >= 2 and len(right) == 1 else []


# "selain menandatangani MoU dengan A, Untad juga bekerja sama dengan B": a deal besides another, both the
# subject's
_DEAL_BESIDES = re.compile(r"(?<!\w)selain(?!\w)[^,.;]{0,80}?(?<!\w)dengan\s(?P<first>[^,;]+),[^.;]*?"
                           r"(?<!\w)juga(?!\w)[^.;]*?(?<!\w)dengan\s(?P<second>[^.;]+)", re.I)


def _besides(text: str, bounds: tuple[int, int], si: int, named: tuple[int, ...],
             mentions: list[dict[int, list[int]]]) -> list[tuple[int, int]]:
    """The two ties of a sentence that tells one deal besides another: the party named between them is the
    side of both."""
    if len(named) < 3 or "selain" not in text[bounds[0]:bounds[1]].lower():
        return []
    m = _DEAL_BESIDES.search(text, *bounds)
    if m is None:
        return []
    inside = lambda i, g: any(m.start(g) <= at < m.end(g) for at in mentions[i][si])  # noqa: E731
    first = [i for i in named if inside(i, "first")]
    second = [i for i in named if inside(i, "second")]
    common = [i for i in named if i not in first and i not in second]
    if len(common) != 1 or not first or not second:
        return []
    return [(common[0], i) for i in first + second]


def _may_hold(doc: Doc, rx: re.Pattern, start: int, end: int) -> bool:
    """False only where ``rx`` cannot match between ``start`` and ``end`` of the text these rules read, the
    Doc's text with headlines blanked out (``_doc.may_match``, which reads the Doc's own text): a gate
    literal without white space found in the blanked text is in the Doc's text at the same offsets."""
    return not _gate_fits_masks(rx) or may_match(doc, rx, start, end)


@lru_cache(maxsize=None)
def _gate_fits_masks(rx: re.Pattern) -> bool:
    return not any(ch.isspace() for lits in gate_literal_sets(rx) for lit in lits for ch in lit)


# a region's government word may stay outside the mention ("Pemko Banjarmasin, Pemko Banjarbaru")
_GOVERNMENT_LEAD = r"(?:(?:pemko|pemkot|pemkab|pemprov|pemda|pemerintah|kota|kabupaten|kab\.|provinsi)\s+){0,2}"
_LIST_JOIN = re.compile(r"[\s,]*(?:(?:dan|serta)\s+)?" + _GOVERNMENT_LEAD)


def _joint_list(si: int, named: tuple[int, ...], mentions: list[dict[int, list[int]]], masked: str) -> bool:
    """ "A, B, C dan D menandatangani kesepakatan bersama": three or more parties named one after
    another, nothing but commas and "dan" between them (a list after "dengan" has its hub outside
    it: separate ties). Neighbouring Indonesian regions named so are the sides of one regional deal;
    so are two regions that sign together with a third ("A dan B menandatangani PKS bersama C"), and a
    list that the first signs "with" as one group ("A bersama B, C dan D menandatangani ...")."""
    if len(named) < 3:
        return False
    at = sorted(mentions[i][si][0] for i in named)
    gaps = [_LIST_JOIN.fullmatch(masked[a:b].lower()) for a, b in zip(at, at[1:])]
    if not gaps[0] and _WITH_LIST.fullmatch(masked[at[0]:at[1]].lower()):
        gaps[0] = True
    return all(gaps) or (len(named) == 3 and bool(gaps[0]) and _JOINS_IN.search(masked[at[1]:at[2]]) is not None)


_JOINS_IN = re.compile(r"\b(?:bersama|beserta)\s*$", re.I)
# the first party's name (blanked out) and "bersama" before the rest of the list
_WITH_LIST = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:bersama|beserta)\s+" + _GOVERNMENT_LEAD)


def _near(g: _Group, si: int, named: tuple[int, ...], mentions: list[dict[int, list[int]]], masked: str,
          start: int) -> str:
    """The words that lead up to each of its parties from the party named just before it ("Kota A
    yang bersaudara dengan Kota B, kini menjajaki pelatihan dengan Kota C": sister city for B,
    training for C); from the sentence start when it names only one of them."""
    at = sorted((mentions[i][si][0], i) for i in named)
    mine = [k for k, (_, i) in enumerate(at) if i in g.parties]
    if len(mine) == 1:
        return masked[start:at[mine[0]][0]]
    return " ".join(masked[at[k - 1][0]:at[k][0]] for k in mine[1:])


def _sides_in(doc: Doc, text: str, masked: str, bounds: tuple[int, int], si: int,
              mentions: list[dict[int, list[int]]], partners: list[Partner]) -> tuple[int, ...]:
    """The partners a cue sentence names before its witnesses and approvers ("disaksikan oleh
    Sekretaris Jenderal Kementerian X", "dihadiri Y"): those named only after them are not its sides,
    nor those named as where its people come from ("alumni X", "guru dan penyuluh dari Kabupaten A")."""
    cut = min(witnesses_from(text, *bounds), _not_sides_from(text, *bounds))
    besides = _BESIDES.match(text, bounds[0], bounds[1])
    return tuple(i for i in _named_in(si, mentions, partners) if mentions[i][si][0] < cut
                 and not (besides and mentions[i][si][-1] < besides.end())
                 and not _supporting_office(text, bounds, mentions[i][si][0], partners[i])
                 and not _owner_named(text, bounds, mentions[i][si][0])
                 and not any(_may_hold(doc, _ORIGIN_BEFORE, max(0, at - 80), at)
                             and _people_from(text, bounds, at) for at in mentions[i][si][:1])
                 and not _APPROVER_AFTER.match(masked, mentions[i][si][0])
                 and not (partners[i].type in _REGION and home_of_participants(text, mentions[i][si][0])))


# "Selain LoI dengan pemerintah daerah X, Pemprov Y juga bekerja sama dengan Z": the opening clause recalls
# another tie; a party named only there is no side of the one the sentence reports
_BESIDES = re.compile(r"\s*(?:Selain|Di\s+samping)\s[^,.;]{3,160},", re.I)


# "Kerja sama itu juga didukung Direktorat Jenderal X", "didukung Kementerian Y melalui pendampingan teknis":
# a domestic office that backs the tie is no side of it (a foreign donor that backs a program funds it)
# so is one that manages or channels the funds of a loan or grant ("akan dikelola Kementerian X",
# "disalurkan melalui Dinas Y"): the sides are the lender or donor and the receiving government
_SUPPORTED_BY = re.compile(r"(?<!\w)(?:didukung|dikelola|disalurkan\s+(?:melalui|lewat))\s+(?:(?:oleh|pula|juga)\s+)?$",
                           re.I)


# "PT X sebagai BUMN di bawah Kementerian Keuangan", "program Listrik Desa milik PT PLN": the body a party
# or a program belongs to, named to place it
_PARENT_BEFORE = re.compile(r"(?<!\w)(?:di\s+bawah\s+(?:(?:naungan|koordinasi|pembinaan)\s+)?|milik\s+)$", re.I)
# "kerja sama ini sejalan dengan program nasional X yang digagas Kementerian Y": the office that set up a
# national program which the tie is said to serve, not a side of that tie
_PROGRAM_OWNER_BEFORE = re.compile(r"(?<!\w)(?:program|gerakan|kebijakan)\s(?:[^.;]{0,80}?\s)?(?:yang\s+)?"
                                   r"(?:dicanangkan|digagas|dicetuskan|diinisiasi)\s+(?:oleh\s+)?$", re.I)
_TIE_POINTED_AT = re.compile(r"(?<!\w)kerja\s*sama\s+(?:ini|tersebut|itu|dengan)(?!\w)", re.I)
# "disusun mengacu pada kebijakan jejaring layanan dari Kementerian Kesehatan": whose policy the tie follows
_POLICY_OWNER_BEFORE = re.compile(r"(?<!\w)(?:mengacu|merujuk|berdasarkan|sesuai|berpedoman)\s+"
                                  r"(?:(?:pada|kepada|dengan)\s+)?(?:kebijakan|peraturan|regulasi|arahan|pedoman|surat\s+edaran|ketentuan)\s"
                                  r"(?:[^.;]{0,80}?\s)?(?:dari|oleh)\s+$", re.I)


def _owner_named(text: str, bounds: tuple[int, int], at: int) -> bool:
    """A body named as where a party belongs, as the owner of a program that the tie serves, or of a policy it
    follows."""
    if _PARENT_BEFORE.search(text, max(bounds[0], at - 40), at) \
            or _POLICY_OWNER_BEFORE.search(text, max(bounds[0], at - 160), at):
        return True
    return _PROGRAM_OWNER_BEFORE.search(text, max(bounds[0], at - 160), at) is not None \
        and _TIE_POINTED_AT.search(text, bounds[0], at) is not None


def _supporting_office(text: str, bounds: tuple[int, int], at: int, p: Partner) -> bool:
    return p.type == "government_body" and p.scope != "foreign" \
        and _SUPPORTED_BY.search(text, max(bounds[0], at - 30), at) is not None


# Those a speaker thanks or praises ("menyampaikan terima kasih kepada Kementerian X dan DPRD yang telah
# mendukung"), those a plan is to be consulted with or reported to ("akan dikonsultasikan dengan
# Kemendagri dan Kemenlu"), and the audience ("kata gubernur di hadapan delegasi X") are named after these
# words: not sides of a tie. (Bodies that coordinate,
# "berkoordinasi dengan", are often the sides of a deal in the making: left alone.)
_NOT_SIDES = re.compile(r"(?<!\w)(?:(?:(?:ber)?terima\s+kasih|apresiasi|mengapresiasi|penghargaan|"
                        r"(?:di|ber)?konsultasi(?:kan)?|dilaporkan|melaporkan)"
                        r"(?:\s+\w+){0,3}?\s+(?:kepada|dengan|ke)|di\s+(?:hadapan|depan))(?!\w)", re.I)


def _not_sides_from(text: str, start: int, end: int) -> int:
    m = _NOT_SIDES.search(text, start, end)
    return m.start() if m else end


# a body that approves or advises on the tie ("Kementerian Dalam Negeri juga telah memberikan pertimbangan
# atas rencana pinjaman"), its name blanked out just before, alone or with another ("Kementerian BUMN dan
# Kementerian Kelautan dan Perikanan (KKP) telah memberikan persetujuan", "dari BPDPKS, yang telah menyetujui")
_APPROVER_AFTER = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:(?:dan|serta)\s+(?:[A-Z(][\w()/&.-]*\s+|dan\s+){1,8})?"
                             r"(?:,\s*yang\s+)?(?:(?:juga|telah|sudah|pun|sebelumnya|turut)\s+)*"
                             r"(?:memberikan\s+(?:persetujuan|pertimbangan|rekomendasi|izin|restu)|menyetujui|"
                             r"merestui|mengizinkan)(?!\w)(?!\s+(?:pemberian\s+|penyaluran\s+)?(?:pinjaman|hibah|kredit|"
                             r"pembiayaan|pendanaan|dana|bantuan|loan|grant)(?!\w))", re.I)
# (a lender or donor that approves its own loan or grant, "Bank Dunia menyetujui pinjaman ...", gives it)


# a body named as where people come from ("Huberta yang berasal dari Bappeda X", "lulusan Politeknik Y")
# (or a list of such bodies: "lulus dari SMK atau perguruan tinggi seperti Politeknik X")
_ORIGIN_BEFORE = re.compile(r"(?:berasal\s+dari|lulus\s+dari|lulusan|alumni|alumnus)\s+"
                            r"(?:(?!(?:dengan|bersama|kepada|yang)\s)[^\s.,;]+\s+){0,10}$", re.I)
# what comes from a body that gives it: "Bantuan pertama berasal dari PT X", "dana yang berasal dari CSR"
_GIVEN_BEFORE = re.compile(r"(?<!\w)(?:bantuan|dana|hibah|anggaran|sumbangan|donasi|pendanaan|pembiayaan|csr)(?!\w)",
                           re.I)


def _people_from(text: str, bounds: tuple[int, int], at: int) -> bool:
    m = _ORIGIN_BEFORE.search(text, max(0, at - 80), at)
    if m is None:
        return False
    given = m.group(0).lower().startswith("berasal") and _GIVEN_BEFORE.search(text, max(bounds[0], m.start() - 60),
                                                                              m.start())
    return not given


def _named_in(si: int, mentions: list[dict[int, list[int]]], partners: list[Partner]) -> tuple[int, ...]:
    named = tuple(sorted((i for i, m in enumerate(mentions) if si in m), key=lambda i: mentions[i][si][0]))
    return _without_homes(named, partners)


def _merged(groups: list[_Group], kinds: list[str], grounded: bool = False,
            apart: frozenset[int] = frozenset()) -> list[tuple[_Group, str]]:
    """One record per set of parties; a set inside a bigger one joins it (the same deal named again
    with fewer of its parties), which keeps the stronger kind. ``grounded``: the article names an
    agreement as the ground of what is done now ("tindak lanjut MoU ... yang diteken pada 2022"), so an
    MoU named again beside the same parties ("dengan MoU ini") is that one, not a new signing.
    ``apart``: sentences that tell a second deal of the same event ("Di acara yang sama, A dan B juga
    menandatangani PKS"): a tie of another kind there is a record of its own."""
    out: list[tuple[_Group, str]] = []
    lead: list[tuple[int, str]] = []   # each record's first sentence and the kind it names there
    for g, kind in sorted(zip(groups, kinds), key=lambda gk: -len(gk[0].parties)):
        for j, (h, hk) in enumerate(out):
            if set(g.parties) <= set(h.parties) and not _another_deal(g, kind, h, hk, apart):
                both = {hk, kind}
                merged = (both - {"agreement"}).pop() if grounded and len(both) == 2 and "agreement" in both \
                    else _stronger(hk, kind)
                out[j] = (h._replace(sentences=h.sentences + g.sentences), merged)
                lead[j] = min(lead[j], (min(g.sentences), kind))
                break
        else:
            out.append((g, kind))
            lead.append((min(g.sentences), kind))
    out = [(g, _as_led(kind, first)) for (g, kind), (_, first) in zip(out, lead)]
    return sorted(out, key=lambda gk: min(gk[0].sentences))


_ONE_BY_ONE = frozenset({"cooperation_peers", "cooperation_each"})


def _joint_projects(merged: list[tuple[_Group, str]], programs: list[Program],
                    bounds: list[tuple[int, int]]) -> list[tuple[_Group, str]]:
    """Project ties that share a party are one joint project told in parts ("KOICA bersama Pemkab X
    ...", later "KOICA juga melibatkan SD Y"): the bodies carrying out one project are the parties of one
    multilateral record (ANNOTATION.md). Not ties the article lists one by one, nor two projects that
    name programs of their own."""
    out: list[tuple[_Group, str]] = []
    for g, kind in merged:
        for j, (h, hk) in enumerate(out):
            if kind == hk == "project" and g.rule not in _ONE_BY_ONE and h.rule not in _ONE_BY_ONE \
                    and set(g.parties) & set(h.parties) and not _own_programs(g, h, programs, bounds):
                parties = h.parties + tuple(i for i in g.parties if i not in h.parties)
                out[j] = (h._replace(parties=parties, sentences=h.sentences + g.sentences), hk)
                break
        else:
            out.append((g, kind))
    return out


def _own_programs(g: _Group, h: _Group, programs: list[Program], bounds: list[tuple[int, int]]) -> bool:
    """Whether both ties name programs in their sentences, and none in common."""
    def named(x: _Group) -> set[str]:
        return {p.name for p in programs if p.start is not None
                and any(bounds[i][0] <= p.start < bounds[i][1] for i in x.sentences)}
    a, b = named(g), named(h)
    return bool(a and b and not a & b)


def _another_deal(g: _Group, kind: str, h: _Group, hk: str, apart: frozenset[int]) -> bool:
    """Two ties of the same parties, one told in a sentence that opens on a second deal of the event,
    each of a kind of its own (a grant handed over and a PKS signed)."""
    if kind == hk or {kind, hk} & _WEAK_KINDS:
        return False
    # the second deal is the one told later, in the sentence that opens on it; what follows that
    # sentence about the same parties tells the second deal on
    first, later = sorted((min(g.sentences), min(h.sentences)))
    return first != later and later in apart


# "Di acara yang sama, ...", "Pada kesempatan itu, ... juga ...", "Selain itu, ... juga ...", "Usai
# penandatanganan, ... juga ...": a second deal
# ("... yang sama" needs no "juga": "Pada kesempatan yang sama, PLN menyerahkan bantuan ...")
_SECOND_DEAL = re.compile(r"\s*(?:(?:Di|Pada|Dalam)\s+(?:acara|kesempatan|momen|agenda|kegiatan|hari)\s+yang\s+sama\s*,"
                          r"|(?:(?:Di|Pada|Dalam)\s+(?:acara|kesempatan|momen|agenda|kegiatan)\s+(?:tersebut|itu)"
                          r"|Selain\s+itu|Sementara\s+itu"
                          rf"|(?:selain\s+|{_AFTER})(?:penandatanganan|penyerahan)(?:\s+\w+){{0,3}})"
                          r"\s*,?(?=.*(?<!\w)juga(?!\w)))", re.I)


# what a joint project does is told after it is named: the training of its staff, the goods handed over
_PARTS_OF_PROJECT = frozenset({"training", "grant"})


def _as_led(kind: str, first: str) -> str:
    """The kind a tie is first told by, where that is a kind of its own: what the article reports is
    what it leads with ("RS A mendapat dana hibah dari B", then "... penandatanganan MoU antara A dan
    B": a grant), and later sentences tell its vehicle, its parts or its background. A tie that the
    text first names as a project ("A dan B meluncurkan program X") stays a project when later
    sentences tell its parts (a training, equipment handed over). An agreement led with is the paper
    of a sister-city tie told later, not another kind."""
    if first == "project":
        return first if kind in _PARTS_OF_PROJECT else kind
    if first in _WEAK_KINDS or kind == "sister_city" and first in ("agreement", "signing"):
        return kind
    return first


def _stronger(a: str, b: str) -> str:
    order = list(mapping("cooperation_kinds")["order"]) + ["other"]
    return min(a, b, key=order.index)


def _article_kind(said: list[str]) -> tuple[str, Optional[int]]:
    """The kind of the article's first sentence that names one beyond a bare "kerja sama" or
    "program", sister-city ties aside (an article about an MoU names it in the lead, then speaks
    of "kerja sama ini"), and that sentence."""
    return next(((k, si) for si, k in enumerate(kind_of(s, _NOT_INHERITED) for s in said) if k not in _WEAK_KINDS),
                ("other", None))


def _inherited(g: _Group, groups: list[_Group], named: tuple[str, Optional[int]], hub: int) -> str:
    """The article's kind for a tie told without one, unless the sentence that names it tells a tie of
    other parties, sharing none with it but the article's main actor: "A menerima hibah dari B. A juga
    bekerja sama dengan C dalam pendataan" -- the grant is B's, not C's."""
    kind, si = named
    there = [h for h in groups if si in h.sentences]
    if there and not any((set(g.parties) & set(h.parties)) - {hub} for h in there):
        return "other"
    return kind


def _kind(said: list[str], g: _Group, article_kind, partners: list[Partner]) -> str:
    """The kind named next to its parties, else in its sentences; a bare "kerja sama" there takes
    the article's kind, a project or program only the article's agreement (the project is what
    an MoU in the lead set up; training or a grant named elsewhere is a part of the project).
    Only regions and their governments are sister cities: a country or an embassy named under a
    sister-province cue is a tie of another kind (talks, a visit)."""
    if g.rule == "cooperation_funded":
        return "grant"
    skip = _NOT_INHERITED if any(partners[i].type in _NO_SISTER for i in g.parties) else frozenset()
    cues = frozenset().union(*(_cues_in(said[i]) for i in g.sentences))
    own = _first_kind(cues, skip)
    if own == "agreement" and "agreement" not in cues:
        own = "signing"   # a bare signing verb: an agreement, unless the same tie is a grant or loan elsewhere
    if own in _SIGNS and all(_past_agreement(said[i]) for i in g.sentences if _cues_in(said[i]) & _SIGNS):
        done = _done_kind(said)   # "A dan B telah meneken MoU pada 2022." then the training it set up
        if done:
            return done
    if g.near and _first_kind(cues, skip | {own, _SIGNED.get(own, own)}) not in _WEAK_KINDS:   # two kinds: the nearer
        near = kind_of(g.near, skip)
        if near not in _WEAK_KINDS and not _only_signed(g.near, own):
            return near
    if own == "project":
        before = _program_named_before(said, g)
        if before:
            return before
    if own not in _WEAK_KINDS or article_kind() == "other":
        return own
    return article_kind() if own == "other" or article_kind() == "agreement" else own


_SIGNS = frozenset({"agreement", "signing"})
_DONE_KINDS = ("training", "grant", "loan", "investment")


def _done_kind(said: list[str]) -> Optional[str]:
    """The kind of what the article reports done, when its only agreement is an earlier one: the first
    training, grant, loan or investment that a sentence names outside a past agreement."""
    for s in said:
        if _past_agreement(s):
            continue
        kind = kind_of(s, _NOT_INHERITED)
        if kind in _DONE_KINDS:
            return kind
    return None


# "Program yang diadakan dari kerja sama ...", "Program ini ...": the program the text has just named
_PROGRAM_AGAIN = re.compile(r"(?<!\w)(?:program|proyek|kegiatan)\s+(?:ini|itu|tersebut|yang)(?!\w)", re.I)
_NAMED_KINDS = frozenset({"training", "grant", "loan", "investment"})


def _program_named_before(said: list[str], g: _Group) -> Optional[str]:
    """A tie told as "the program" that the sentence before has named by its kind ("menyelesaikan program
    magang ASN. Program yang diadakan dari kerja sama dengan X ...") is of that kind."""
    si = min(g.sentences)
    if not si or not _PROGRAM_AGAIN.match(said[si].lstrip()):
        return None
    kind = kind_of(said[si - 1], _NOT_INHERITED)
    return kind if kind in _NAMED_KINDS else None


def _only_signed(near: str, own: str) -> bool:
    """A bare signing verb beside the parties, with no document named, does not outweigh a grant or
    loan of the sentences: what is signed at a handover ("dokumen serah terima ditandatangani A dan
    B") is its receipt."""
    cues = _cues_in(near)
    return own in _HANDED_KINDS and "signing" in cues and "agreement" not in cues


# ---------------------------------------------------------------- record

def _record(g: _Group, kind: str, partners: list[Partner], sents: list[tuple[int, int]], programs: list[Program],
            counts: list[Count], date: Optional[tuple[str, int]]) -> Cooperation:
    names = [partners[i].name for i in g.parties]
    first = sents[min(g.sentences)]
    spans = [sents[i] for i in g.sentences]
    inside = lambda r: r.start is not None and any(a <= r.start < b for a, b in spans)  # noqa: E731
    progs = [p.name for p in programs if inside(p) or (len(p.partners) >= 2 and set(p.partners) <= set(names))]
    money = [c for c in counts if inside(c) and _MONEY_UNITS.search(c.unit or "")]
    when = date[0] if date and any(a <= date[1] < b for a, b in spans) else None
    return Cooperation(parties=names, party_entities=[], kind=kind, programs=list(dict.fromkeys(progs)),
                       money=money, date=when, start=first[0], end=first[1],
                       sentence=min(g.sentences), rule=g.rule)


def cooperations(doc: Doc, partners: list[Partner], programs: list[Program] = (), counts: list[Count] = (),
                 date: Optional[tuple[str, int]] = None) -> list[Cooperation]:
    """``date``: the article's text date and its offset; a cooperation whose sentences hold it gets it."""
    if len(partners) < 2:
        return []
    # each sentence's (first character, end of its last token), as ``Span.start_char``/``end_char`` give
    # them: read from the table, no Span per sentence
    text, bounds = doc_text(doc), doc_table(doc).sentence_chars()
    starts = [a for a, _ in bounds]
    found, spans = _mention_sentences(text, starts, partners)
    rep = _representatives(partners, text)
    hub = _hub(_fold_aliases(found, rep))   # the headline names the article's main actor too
    heads = headline_spans(doc)
    mentions = _fold_aliases(_out_of_headlines(found, heads), rep)
    text = _masked(text, list(heads))   # the body tells the ties and their kinds apart
    masked = _masked(text, spans)
    said = [masked[a:b] for a, b in bounds]   # Span.text would rebuild each sentence from its tokens
    groups = _sentence_groups(doc, text, masked, bounds, mentions, hub, partners)
    named = lru_cache(maxsize=1)(lambda: _article_kind(said))   # read only when a weak kind needs it
    kinds = _own_kinds_first(groups, [_kind(said, g, lambda g=g: _inherited(g, groups, named(), hub), partners)
                                      for g in groups], said)
    # (the agreement regex scans only sentences holding one of its words: most hold none)
    agreement = dict(_kind_rxs())["agreement"]
    grounded = any(_grounded(x) for x, (a, b) in zip(said, bounds) if _may_hold(doc, agreement, a, b))
    merged = _merged(groups, kinds, grounded, _second_deals(text, bounds, groups))
    merged = _joint_projects(merged, programs, bounds)
    two = _two_named(partners)
    if not merged and two:
        merged = _the_two_sides(doc, text, masked, bounds, said, mentions, partners, two)
    return [_record(g, _SIGNED.get(k, k), partners, bounds, list(programs), list(counts), date)
            for g, k in merged]


def _two_named(partners: list[Partner]) -> Optional[tuple[int, int]]:
    """The two parties of an article that names two, an office that only a region has named without its
    region beside a region left aside ("Pemkab Nias melalui Dinas Kesehatan")."""
    sides = _without_bare_offices(tuple(range(len(partners))), partners)
    return sides if len(sides) == 2 else None


def _the_two_sides(doc: Doc, text: str, masked: str, bounds: list[tuple[int, int]], said: list[str],
                   mentions: list[dict[int, list[int]]], partners: list[Partner],
                   two: tuple[int, int]) -> list[tuple[_Group, str]]:
    """An article that names two parties and speaks of a cooperation in sentences naming one of them at a time
    ("Dirjen X mengatakan penandatanganan kerja sama ini ...", "Wakil Bupati Y siap memfasilitasi ...") reports
    their tie: the partners are the sides of a cooperation by definition (ANNOTATION.md), and two are one tie.
    Not when a cue sentence names one of them as no side (a witness, where participants come from), nor from an
    audit's or a court case's sentences."""
    cued = [si for si in sorted(set(mentions[two[0]]) | set(mentions[two[1]]))
            if _cues_in(said[si]) and not _case_report(said[si])]
    sides = [set(_sides_in(doc, text, masked, bounds[si], si, mentions, partners)) for si in cued]
    if not any(sides) or any(si in mentions[i] and i not in s for si, s in zip(cued, sides) for i in two):
        return []
    group = _Group(two, tuple(cued), "cooperation_two_sides")
    return [(group, _kind(said, group, lambda: _article_kind(said)[0], partners))]


def _own_kinds_first(groups: list[_Group], kinds: list[str], said: list[str]) -> list[str]:
    """A tie told again in sentences naming no kind ("siap menjadi mitra tetap X") has the kind its own
    cue sentences gave it, not the article's: the kind a bare mention inherits must not outweigh it."""
    cued = [any(_cues_in(said[i]) for i in g.sentences) for g in groups]
    out = list(kinds)
    for k, g in enumerate(groups):
        if not cued[k]:
            own = [kinds[j] for j, h in enumerate(groups) if cued[j] and set(g.parties) <= set(h.parties)]
            out[k] = own[0] if own else kinds[k]
    return out


def _second_deals(text: str, bounds: list[tuple[int, int]], groups: list[_Group]) -> frozenset[int]:
    """The tie sentences that open on a second deal of the same event."""
    firsts = {min(g.sentences) for g in groups}
    return frozenset(si for si in firsts if _SECOND_DEAL.match(text[bounds[si][0]:bounds[si][1]]))


def _grounded(sentence: str) -> bool:
    """Whether the sentence names an agreement only as the ground of what it reports."""
    rx = dict(_kind_rxs())["agreement"]
    return any(_UNDER_AGREEMENT.search(sentence, max(0, m.start() - 40), m.start()) for m in rx.finditer(sentence))


def in_ties(partners: list[Partner], coops: list[Cooperation]) -> list[Partner]:
    """Where an article reports ties, a domestic office, company or untyped body named in none of them was
    a witness, a venue, a speaker's office, a thanked helper or a supporter after all (a party is one to a
    cooperation). Regions, countries, schools and foreign bodies stay: the ties of real news are often told
    without naming both sides in one sentence, and such a party is named as one. Where no tie was found,
    the partners stand as found. A name one letter off a side's ("Provinsi Gyongnam" beside "Pemerintah
    Provinsi Gyeongnam") is that side misspelt, not a party of its own."""
    if not coops:
        return partners
    sides = {n for c in coops for n in c.parties}
    kept = [p for p in partners if p.name in sides or p.type not in _LOOSE_TYPES or p.scope == "foreign"]
    misspelt = lambda p: any(q.name in sides and q.type == p.type  # noqa: E731
                             and _one_typo_apart(_specific_words(p.name), _specific_words(q.name)) for q in kept)
    return [p for p in kept if p.name in sides or not misspelt(p)]


_LOOSE_TYPES = frozenset({"government_body", "other", "company"})
