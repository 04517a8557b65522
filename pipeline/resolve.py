"""Canonical entities: every partner, program and official -> a stable entity id.

Resolution is a pure function of the name (plus the article's own acronym
definitions and the partner's type hint), so ids are the same across runs,
workers and archives:

- Indonesian regions by their Kemendagri code (``id-region:33`` Jawa Tengah,
  ``id-region:33.74`` Kota Semarang), from ``lexicons/entity_id_regions.tsv``;
  a level word (Pemprov, Provinsi, Kota, Pemkab, Kab., ...) picks the level,
  and a bare name resolves only when a single region carries it ("Bandung"
  is Kota or Kabupaten: left unresolved rather than guessed, whatever type the extractor gave it);
- countries by ISO 3166 code (``iso:KR``), names from CLDR (Babel) in
  Indonesian and English plus ``lexicons/entity_country_aliases.json``;
  embassies of a country as ``embassy:KR``;
- ministries, agencies and international organisations by the gazetteer
  ``lexicons/entity_organisations.json`` (``org:undp``);
- a document taken for a party ('MoU', 'Nota Kesepahaman ...') as ``doc:...``, kept to its article;
- everything else by its normalised name (``name:...``; ``program:...``,
  ``person:...``), which :mod:`pipeline.summarize` merges over a whole output
  (acronyms defined in other articles, conservative fuzzy matching).
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Optional

from .lexicon import LEXICONS, mapping, words
from .schema import ArticleRecords

__all__ = ["Entity", "normalise", "resolve_partner", "resolve_program", "resolve_official", "article_acronyms",
           "resolve_article", "region_codes", "entity_info"]


@dataclass(frozen=True)
class Entity:
    id: str
    name: str                 # canonical label
    kind: str                 # region | country | embassy | organisation | party | program | person
    type: Optional[str] = None      # partner type (ANNOTATION.md) when the gazetteer knows it
    country: Optional[str] = None


# ---------------------------------------------------------------- normalising

_PUNCT = re.compile(r"[^\w\s/&-]+")
_SPACE = re.compile(r"\s+")
_PAREN = re.compile(r"\s*\(([^()]*)\)\s*")
_LEADING = ("dengan ", "bersama ", "oleh ", "pihak ")
_TRAILING = (" republik indonesia", " ri", " indonesia")


@lru_cache(maxsize=16384)   # the same names are normalised again for every id and key
def normalise(name: str) -> str:
    """Lower case, accents and punctuation off, '-' and '/' as word breaks kept single, spaces collapsed."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower().replace("’", "'").replace("'", "")
    s = _PUNCT.sub(" ", s).replace("-", " ").replace("/", " / ")
    s = _SPACE.sub(" ", s).strip()
    for lead in _LEADING:
        if s.startswith(lead):
            s = s[len(lead):]
    # both spellings are current in the press ("Badan Kerjasama" / "Badan Kerja Sama")
    return s.replace("sumatra", "sumatera").replace("kerjasama", "kerja sama")


def _strip_paren(name: str) -> tuple[str, Optional[str]]:
    """'Long Name (ACR)' -> ('Long Name', 'ACR'); other names unchanged. Every parenthesis leaves the name
    ('Kejaksaan Negeri (Kejari) Kabupaten X (Kx)'); the first one, right after what it abbreviates, is the
    acronym."""
    m = _PAREN.search(name)
    if not m:
        return name, None
    return _SPACE.sub(" ", _PAREN.sub(" ", name)).strip(), m.group(1).strip()


def slug(text: str) -> str:
    return normalise(text).replace(" / ", "/").replace(" ", "-")


# ---------------------------------------------------------------- gazetteers

@lru_cache(maxsize=None)
def region_codes() -> dict[str, str]:
    """Kemendagri code -> official name, from lexicons/entity_id_regions.tsv."""
    out = {}
    for line in (LEXICONS / "entity_id_regions.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, name = line.split("\t")
            out[code] = name
    return out


_LEVEL_WORDS = {"kota administrasi": "city", "kabupaten administrasi": "regency", "kota": "city",
                "kabupaten": "regency"}


@lru_cache(maxsize=None)
def _region_index() -> dict[tuple[str, str], frozenset[str]]:
    """(level, normalised core name) -> codes; level 'any' holds every level."""
    index: dict[tuple[str, str], set[str]] = {}

    def add(level: str, core: str, code: str) -> None:
        for key in {core, core.replace(" ", "")}:
            index.setdefault((level, key), set()).add(code)
            index.setdefault(("any", key), set()).add(code)

    for code, name in region_codes().items():
        core, level = normalise(name), "province"
        if "." in code:
            for word, lvl in _LEVEL_WORDS.items():
                if core.startswith(word + " "):
                    core, level = core[len(word) + 1:], lvl
                    break
        add(level, core, code)
    aliases = mapping("entity_region_aliases")
    for level in ("province", "city", "regency"):
        for alias, target in aliases[level].items():
            codes = index.get((level, normalise(target)))
            if codes:
                for code in codes:
                    add(level, normalise(alias), code)
    return {k: frozenset(v) for k, v in index.items()}


@lru_cache(maxsize=None)
def _countries() -> dict[str, str]:
    """normalised country name -> ISO 3166 alpha-2 code (CLDR id + en, plus aliases)."""
    from babel import Locale

    out: dict[str, str] = {}
    for loc in ("en", "id"):
        for code, name in Locale(loc).territories.items():
            if len(code) == 2 and code.isalpha() and code not in ("EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"):
                out[normalise(name)] = code
    for alias, code in mapping("entity_country_aliases")["aliases"].items():
        out[normalise(alias)] = code
    return out


@lru_cache(maxsize=None)
def _country_names() -> dict[str, str]:
    from babel import Locale

    return {code: name for code, name in Locale("id").territories.items() if len(code) == 2}


@lru_cache(maxsize=None)
def _organisations() -> dict[str, Entity]:
    """normalised name or acronym -> organisation entity."""
    out: dict[str, Entity] = {}
    for row in mapping("entity_organisations")["organisations"]:
        ent = Entity(row["id"], row["names"][0], "organisation", row.get("type"), row.get("country"))
        for name in row["names"]:
            out.setdefault(normalise(name), ent)
    return out


# ---------------------------------------------------------------- partners

# Words before a region name that say its level ("Pemprov Jateng", "Kab. Bandung", "Pemerintah Kota Bogor").
_PREFIXES = [(normalise(p), lvl) for p, lvl in (
    ("pemerintah provinsi", "province"), ("pemerintah daerah provinsi", "province"), ("pemda provinsi", "province"),
    ("pemprov", "province"), ("provinsi", "province"), ("propinsi", "province"), ("prov", "province"),
    ("prop", "province"),
    ("pemerintah kota administrasi", "city"), ("pemerintah kota", "city"), ("pemkot", "city"),
    ("kota administrasi", "city"), ("kota", "city"), ("pemerintah kabupaten administrasi", "regency"),
    ("pemerintah kabupaten", "regency"), ("pemerintah daerah kabupaten", "regency"), ("pemkab", "regency"),
    ("kabupaten administrasi", "regency"), ("kabupaten", "regency"), ("kab", "regency"),
    ("pemerintah daerah", None), ("pemda", None), ("pemerintah", None))]
_COUNTRY_PREFIXES = tuple(normalise(p) + " " for p in (
    "pemerintah", "negara", "republik islam", "republik federal", "republik demokratik", "republik", "kerajaan",
    "keemiratan", "kesultanan", "government of", "republic of", "kingdom of", "islamic republic of", "the"))
_EMBASSY_PREFIXES = tuple(normalise(p) + " " for p in (
    "kedutaan besar", "kedubes", "embassy of", "the embassy of", "kedutaan"))


def _split_level(norm: str) -> tuple[Optional[str], str, bool]:
    """(level or None, core name, whether a prefix was found); stacked prefixes
    ('Pemerintah Daerah Kota X') are all taken off, the innermost level wins."""
    level, found = None, False
    while True:
        for prefix, lvl in _PREFIXES:
            if norm.startswith(prefix + " "):
                norm, level, found = norm[len(prefix) + 1:], lvl or level, True
                break
        else:
            return level, norm, found


def _readings(norm: str, level: Optional[str] = None) -> Iterable[tuple[Optional[str], str]]:
    """Every (level, core) reading of the prefixes: 'Pemerintah Daerah Istimewa Yogyakarta' is
    'pemerintah' + a province name, not 'pemerintah daerah' + 'istimewa yogyakarta'."""
    for prefix, lvl in _PREFIXES:
        if norm.startswith(prefix + " "):
            yield from _readings(norm[len(prefix) + 1:], lvl or level)
    yield level, norm


def _region(norm: str) -> Optional[str]:
    index = _region_index()
    for level, core in _readings(norm):
        for key in (core, core.replace(" ", "")):  # "Pematang Siantar" is "Pematangsiantar"
            codes = index.get((level or "any", key))
            if codes and len(codes) == 1:
                return next(iter(codes))
            # "Pemerintah Kota DKI Jakarta": a city word before a name that only a province has
            codes = index.get(("any", key)) if level == "city" else None
            if codes and len(codes) == 1 and "." not in next(iter(codes)):
                return next(iter(codes))
    return None


def _country(norm: str) -> Optional[str]:
    table = _countries()
    if norm in table:
        return table[norm]
    for prefix in _COUNTRY_PREFIXES:
        if norm.startswith(prefix) and norm[len(prefix):] in table:
            return table[norm[len(prefix):]]
    return None


def _embassy(norm: str) -> Optional[str]:
    for prefix in _EMBASSY_PREFIXES:
        if norm.startswith(prefix):
            rest = norm[len(prefix):]
            return _country(rest)
    return None


@lru_cache(maxsize=None)
def _organisation_names() -> dict[str, tuple[str, ...]]:
    return {row["id"]: tuple(row["names"]) for row in mapping("entity_organisations")["organisations"]}


def organisation_names(name: str) -> tuple[str, ...]:
    """All the names the gazetteer knows for the organisation ``name`` is one of ("Kementerian Desa, ..."
    -> "Kemendes PDTT", "Kemendesa", ...); none when it is no organisation of the gazetteer."""
    return _organisation_names().get(resolve_partner(name), ())


def _organisation(norm: str) -> Optional[Entity]:
    orgs = _organisations()
    if norm in orgs:
        return orgs[norm]
    for tail in _TRAILING:
        if norm.endswith(tail) and norm[: -len(tail)] in orgs:
            return orgs[norm[: -len(tail)]]
    return None


def _fallback(norm: str, foreign: bool = False, acr: Optional[str] = None) -> str:
    """A name nothing knows: its core without generic government words, keeping the level
    so that a foreign 'Kota X' and 'Provinsi X' never share an id. (A name of generic words only,
    'Dinas Kesehatan', 'BPBD', is some region's body: resolve_partner keeps it within its article.)"""
    level, core, _ = _split_level(norm)
    core = _indonesian_order(_expand_bodies(core or norm))
    head, code = _region_suffix(core) if not foreign else (core, None)
    if code:  # "Dinas Kesehatan Kota Semarang", "DPRD Jateng": the body of a known region
        org = _organisation(head) or _organisation(acr or "")
        if org:  # "Bawaslu Kabupaten X" and "Badan Pengawas Pemilihan Umum Kabupaten X": one office
            head = org.id.split(":", 1)[1]
        return "name:" + head.replace(" / ", "/").replace(" ", "-") + "~" + code
    key = core.replace(" / ", "/").replace(" ", "-")
    return "name:" + (f"{key}~{level}" if level else key)


# "Kyushu University", "University of Tokyo", "Universiti Malaya": the English or Malay order of
# "Universitas X", which the same article may use for the same school
_UNIVERSITY_AFTER = re.compile(r"^(.+) university$")
_UNIVERSITY_BEFORE = re.compile(r"^(?:university of|universiti) (.+)$")


def _indonesian_order(core: str) -> str:
    m = _UNIVERSITY_AFTER.match(core) or _UNIVERSITY_BEFORE.match(core)
    return f"universitas {m.group(1)}" if m else core


@lru_cache(maxsize=None)
def _body_abbreviations() -> tuple[re.Pattern, dict[str, str]]:
    table = mapping("entity_body_abbreviations")["abbreviations"]
    keys = sorted(table, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(k) for k in keys) + r")\b"), table


def body_short_forms(name: str) -> tuple[str, ...]:
    """A body's name with its usual abbreviation in front, the inverse of ``_expand_bodies`` ("Dinas
    Perindustrian dan Perdagangan Kota Palu" -> "disperindag Kota Palu", "Rumah Sakit Jantung Sigi" ->
    "rs Jantung Sigi")."""
    low = name.lower()
    return tuple(abbr + name[len(full):] for abbr, full in _body_abbreviations()[1].items()
                 if low.startswith(full + " "))


@lru_cache(maxsize=None)
def _region_short_names() -> dict[str, dict[str, tuple[str, ...]]]:
    by_level: dict[str, dict[str, list[str]]] = {}
    for level in ("city", "regency"):
        for short, full in mapping("entity_region_aliases")[level].items():
            by_level.setdefault(level, {}).setdefault(full, []).append(short)
    return {level: {full: tuple(shorts) for full, shorts in names.items()} for level, names in by_level.items()}


def region_short_names(level: str, name: str) -> tuple[str, ...]:
    """A regency's or city's short and older names, lower case ("regency", "kotawaringin timur" -> "kotim"),
    from lexicons/entity_region_aliases.json."""
    return _region_short_names().get(level, {}).get(name.lower(), ())


def _expand_bodies(core: str) -> str:
    """'dinkes kota semarang' -> 'dinas kesehatan kota semarang': one id for a body and its short form."""
    rx, table = _body_abbreviations()
    return rx.sub(lambda m: table[m.group(1)], core)


def _region_suffix(core: str) -> tuple[str, Optional[str]]:
    """(head, region code) when the name ends with a region that resolves uniquely, else (core, None)."""
    toks = core.split()
    for i in range(1, len(toks)):
        code = _region(" ".join(toks[i:]))
        if code:
            return " ".join(toks[:i]), code
    return core, None


def _document(norm: str) -> bool:
    """Whether a 'party' name names the document signed ('MoU', 'Nota Kesepahaman ...'), not a party."""
    return any(norm == w or norm.startswith(w + " ") for w in words("entity_document_words"))


def _generic(core: str) -> bool:
    generic = words("entity_generic_words")
    # a number names no particular body either: every town has its 'SMA Negeri 1'
    return all(tok in generic or tok.isdigit() for tok in core.replace("/", " / ").split())


def resolve_partner(name: str, *, type: Optional[str] = None, acronyms: Optional[dict[str, str]] = None,
                    country: Optional[str] = None, scope: Optional[str] = None) -> str:
    """Entity id of a party name (see the module docstring); never None. ``scope`` (the article id)
    keeps generic names such as 'Dinas Kesehatan' from merging across articles."""
    long, acr = _strip_paren(name)
    norm = normalise(long)
    if _document(norm) or (acronyms and norm in acronyms and _document(normalise(acronyms[norm]))):
        return "doc:" + norm.replace(" / ", "/").replace(" ", "-") + (f"@{scope}" if scope else "")
    if acronyms and norm in acronyms:  # "BPBD" where the article wrote "Badan ... (BPBD)"
        # the acronym stays a candidate: a misspelt expansion ("Korean International ...") must not
        # hide the gazetteer's "KOICA"
        acr = acr or long
        norm = normalise(acronyms[norm])
    foreign = country is not None and normalise(country) not in ("indonesia", "ri")
    ent = _resolve_normalised(norm, acr, type in (None, "country", "other"), foreign)
    if scope and ent.startswith("name:") and "~" not in ent and _generic(ent[5:].replace("-", " ")):
        ent += "@" + scope
    return ent


@lru_cache(maxsize=65536)
def _resolve_normalised(norm: str, acr: Optional[str], may_be_country: bool, foreign: bool) -> str:
    # "(Food and Agriculture Organization/FAO)": each form in the parentheses is a candidate too
    candidates = [norm] + [normalise(a) for a in (acr or "").split("/") if a.strip()]
    for i, cand in enumerate(candidates):
        ent = _organisation(cand)
        if ent and i and _region_suffix(_split_level(norm)[1])[1]:
            # "Badan Pengawas Pemilu (Bawaslu) Kabupaten Pekalongan": the acronym names the national body,
            # the name its office in one region
            break
        if ent:
            return ent.id
        if not foreign:
            # the extractor's type is a guess for a bare name: it never picks between Kota and Kabupaten
            code = _region(cand)
            if code:
                return f"id-region:{code}"
        iso = _embassy(cand)
        if iso:
            return f"embassy:{iso}"
        iso = _country(cand)
        if iso and may_be_country:
            return f"iso:{iso}"
    return _fallback(norm, foreign, next((normalise(a) for a in (acr or "").split("/") if a.strip()), None))


# ---------------------------------------------------------------- acronyms defined in the text

_ACR_DEF = re.compile(r"((?:[A-Z][\w'’.&-]*\s+(?:(?:dan|dan/atau|of|and|for|untuk|the|de|für|pada|di)\s+)?){1,12})"
                      r"\(([A-Z][A-Za-z0-9&/-]{1,14})\)")
_ACR_BRACKET = re.compile(r"\([A-Z][A-Za-z0-9&/-]{1,14}\)")   # how every match of _ACR_DEF ends
_NOT_IN_NAME = re.compile(r"[^\w'’.&/\s-]")   # no character _ACR_DEF's name part can take


def _definitions(text: str):
    """The matches of ``_ACR_DEF.finditer(text)``, found by searching only the run of characters
    the name part can take right before each bracketed acronym: a match is such a run followed
    by the bracket (no bracket inside), so it starts after the last other character before the
    bracket; scanning the whole text tries the 12-word group at every capital letter."""
    cuts = [m.start() for m in _NOT_IN_NAME.finditer(text)]   # every "(" is one
    pos = 0
    for bracket in _ACR_BRACKET.finditer(text):
        k = bisect_left(cuts, bracket.start())
        m = _ACR_DEF.search(text, max(pos, cuts[k - 1] + 1 if k else 0), bracket.end())
        if m is not None:
            yield m
            pos = m.end()


def article_acronyms(text: Optional[str]) -> dict[str, str]:
    """{normalised acronym: long name} for every 'Long Name (ACR)' in the text whose capitals spell
    the acronym's first letter ('Badan Penanggulangan Bencana Daerah (BPBD)')."""
    out: dict[str, str] = {}
    for m in _definitions(text or ""):
        long, acr = m.group(1).strip(), m.group(2)
        if sum(c.isupper() for c in acr) < 2:
            continue
        words = long.split()
        # the long name starts at the last capitalised word whose initial is the acronym's first letter
        starts = [i for i, w in enumerate(words) if w[:1].upper() == acr[0].upper() and w[:1].isupper()]
        if not starts:
            continue
        long = " ".join(words[starts[0]:]) if len(words) - starts[0] >= 2 else ""
        if long:
            out.setdefault(normalise(acr), long)
    return out


# ---------------------------------------------------------------- programs and officials

_PROGRAM_WORDS = re.compile(r"^(?:(?:program|programme|proyek|project|kegiatan|inisiatif|initiative)\s+)+")


_PROGRAM_LEAD = re.compile(r"^(?:(?:program|programme|proyek|project|kegiatan|inisiatif|initiative|ajang)\s+)+", re.I)
_TITLE_WORD = re.compile(r"\b[A-Z][a-z]")


def resolve_program(name: str, scope: Optional[str] = None) -> str:
    """'Program Sanitasi Desa Sehat' and 'Sanitasi Desa Sehat' are one program. A description rather than a
    name ('program peningkatan kapasitas', 'program magang ASN': no capitalised word) is some program of
    its article: kept there by ``scope`` (the article id) instead of merging every article's."""
    core = _PROGRAM_WORDS.sub("", normalise(_strip_paren(name)[0])) or normalise(name)
    key = "program:" + core.replace(" / ", "/").replace(" ", "-")
    if scope and not _TITLE_WORD.search(_PROGRAM_LEAD.sub("", _strip_paren(name)[0])):
        key += "@" + scope
    return key


def resolve_official(name: str) -> str:
    return "person:" + slug(name)


def resolve_article(rec: ArticleRecords, text: Optional[str] = None, *, again: bool = False) -> ArticleRecords:
    """A copy of the article with ``entity`` set on partners, programs, officials and ``party_entities``
    on cooperations. Existing values are kept unless ``again`` (summarize resolves an output written by an
    older gazetteer anew). ``text``: the article text when the record has none, for the acronyms it defines."""
    text = text if text is not None else rec.text
    stored = _acronym_ids(rec) if again and text is None else {}
    if again:
        rec = _cleared(rec)
    acr = article_acronyms(text)
    by_name: dict[str, str] = {}
    partners = []
    for p in rec.partners:
        ent = p.entity or resolve_partner(p.name, type=p.type, acronyms=acr, country=p.country, scope=rec.id)
        ent = _keep_text_made(ent, stored.get(p.name))
        by_name[p.name] = ent
        partners.append(p.model_copy(update={"entity": ent}))
    programs = [p.model_copy(update={"entity": p.entity or resolve_program(p.name, scope=rec.id)})
                for p in rec.programs]
    officials = [o.model_copy(update={"entity": o.entity or resolve_official(o.name)}) for o in rec.officials]
    coops = []
    for c in rec.cooperations:
        ents = list(c.party_entities) + [None] * (len(c.parties) - len(c.party_entities))
        ents = [e or by_name.get(n) or _keep_text_made(resolve_partner(n, acronyms=acr, scope=rec.id), stored.get(n))
                for n, e in zip(c.parties, ents)]
        coops.append(c.model_copy(update={"party_entities": ents}))
    return rec.model_copy(update={"partners": partners, "programs": programs, "officials": officials,
                                  "cooperations": coops})


_ACRONYM = re.compile(r"^[A-Z][A-Za-z0-9&-]{1,11}$")
_GAZETTEER_SCHEMES = ("org:", "id-region:", "iso:", "embassy:", "doc:")  # what resolving now knows for sure


def _acronym_ids(rec: ArticleRecords) -> dict[str, str]:
    """Stored ids of the parties named by a bare acronym: the extractor resolved them with the article's
    own definitions ('LoI' -> 'Letter of Intent'), which an output without its text cannot repeat."""
    out = {p.name: p.entity for p in rec.partners if p.entity and _is_acronym(p.name)}
    for c in rec.cooperations:
        for name, ent in zip(c.parties, c.party_entities):
            if ent and _is_acronym(name):
                out.setdefault(name, ent)
    return out


def _is_acronym(name: str) -> bool:
    return bool(_ACRONYM.match(name)) and sum(c.isupper() for c in name) >= 2


def _keep_text_made(new: str, stored: Optional[str]) -> str:
    """The id resolved again, unless only the stored one knew the article's acronyms: a gazetteer id
    (newer knowledge) wins, a bare name id ('name:loi') loses to the stored expansion."""
    if stored is None or new == stored or new.startswith(_GAZETTEER_SCHEMES):
        return new
    return stored


def _cleared(rec: ArticleRecords) -> ArticleRecords:
    return rec.model_copy(update={
        "partners": [p.model_copy(update={"entity": None}) for p in rec.partners],
        "programs": [p.model_copy(update={"entity": None}) for p in rec.programs],
        "officials": [o.model_copy(update={"entity": None}) for o in rec.officials],
        "cooperations": [c.model_copy(update={"party_entities": []}) for c in rec.cooperations]})


# ---------------------------------------------------------------- labels

def entity_info(entity_id: str, names: Iterable[str] = ()) -> Entity:
    """Canonical label, kind, type and country of an id (names: the surface forms seen, for fallback ids)."""
    scheme, _, key = entity_id.partition(":")
    names = list(names)
    if scheme == "id-region":
        name = region_codes().get(key, key)
        level = "province" if "." not in key else ("city" if name.startswith("Kota") else "regency")
        label = name if "." in key else f"Provinsi {name}"
        return Entity(entity_id, label, "region", level, "Indonesia")
    if scheme in ("iso", "embassy"):
        country = _country_names().get(key, key)
        if scheme == "iso":
            return Entity(entity_id, country, "country", "country", country)
        return Entity(entity_id, f"Kedutaan Besar {country}", "embassy", "embassy", country)
    if scheme == "org":
        for ent in _organisations().values():
            if ent.id == entity_id:
                return ent
    kind = {"program": "program", "person": "person", "doc": "document"}.get(scheme, "party")
    label = max(names, key=lambda n: (len(n), n)) if names else key.replace("-", " ")
    return Entity(entity_id, label, kind)
