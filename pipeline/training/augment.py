"""Licence-clean NER training data beyond idner-news-2k (issue #10).

idner-news-2k (MIT) is small (1463 train sentences) and its names are those of
2014-2016 national news; the articles we process are regional press releases
about cooperation, full of local governments, offices, universities, companies
and foreign cities. Two seeded, deterministic additions widen what the model
has seen, using only redistributable sources:

- *mention swaps*: copies of idner train sentences whose PER/ORG/LOC mentions
  are replaced by names of the same type (invented people, gazetteer names,
  team lexicons), so the model keeps idner's contexts but stops memorising
  its names;
- *templates* (``ner_templates.txt``, team-written press-release sentences)
  whose slots are filled with such names, and with capitalised words that are
  NOT entities (titles with their region, programmes, documents, days, months),
  which the model otherwise tends to tag ORG.

Filled text is tokenised by the rule tokenizer (pipeline/tokenize.py), the
tokens the fast profile hands to Stanza.
"""
from __future__ import annotations

import json
import random
import re
from functools import lru_cache
from pathlib import Path

from .. import lexicon

HERE = Path(__file__).parent
NAMES = json.loads((HERE / "ner_names.json").read_text(encoding="utf-8"))
SLOT = re.compile(r"\{([A-Z]+)\}")
# gazetteer lines we keep: plain Latin words, capitalised, a few tokens long (the
# DBpedia lists are noisy: encoding debris, fragments, thousands of schools)
_PLAIN_NAME = re.compile(r"^[A-Z][A-Za-z.'-]*(?: [A-Za-z][A-Za-z.'-]*){0,5}$")
_SCHOOL = re.compile(r"^(?:SD|SMP|SMA|SMK|MI|MTs|MA|SDN|SMPN|SMAN|TK)\b")

Segment = tuple[str, str]  # (text, label): label "PER"/"ORG"/"LOC" or "O"
Sentence = list[tuple[str, str]]  # (token, BIO tag)


def _title(words: str) -> str:
    return " ".join(w if w.isupper() else w[:1].upper() + w[1:] for w in words.split())


@lru_cache(maxsize=1)
def regions() -> dict[str, list[str]]:
    """Indonesian provinces, regencies and cities (entity_id_regions.tsv, MIT data)."""
    out = {"province": [], "regency": [], "city": []}
    for line in (lexicon.LEXICONS / "entity_id_regions.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, name = line.split("\t")[:2]
        if "." not in code:
            out["province"].append(name)
        elif name.startswith("Kabupaten "):
            out["regency"].append(name.removeprefix("Kabupaten "))
        elif name.startswith("Kota "):
            out["city"].append(name.removeprefix("Kota "))
    return out


@lru_cache(maxsize=1)
def organisations() -> dict[str, list[str]]:
    """Ministries, agencies and international organisations of the team's lexicons, by kind."""
    out = {"national": sorted(lexicon.words("partner_id_agencies", lower=False)), "intl": []}
    for org in lexicon.mapping("entity_organisations")["organisations"]:
        kind = "national" if org.get("country") == "Indonesia" else "intl"
        out[kind] += [n for n in org["names"] if _PLAIN_NAME.match(n)]
    return out


def countries() -> list[str]:
    names = {_title(w) for w in lexicon.words("official_countries")}
    # two- and three-letter acronyms ("AS", "RRT") would teach that any short capitals are a place
    names |= {n for n in lexicon.mapping("entity_country_aliases")["aliases"] if _PLAIN_NAME.match(n) and len(n) > 3}
    return sorted(names)


def gazetteer(shared: Path, kind: str, limit: int, seed: int) -> list[str]:
    """A seeded sample of plain DBpedia names (``kind``: person, organization)."""
    path = shared / "data" / "gazetteer" / f"dbpedia-id-{kind}.txt"
    if not path.is_file():
        return []
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    names = sorted({s.strip() for s in lines if _PLAIN_NAME.match(s.strip()) and not _SCHOOL.match(s.strip())})
    if kind == "person":  # one-word entries are mostly fragments of longer names
        names = [n for n in names if 2 <= len(n.split()) <= 4]
    rng = random.Random(seed)
    return sorted(rng.sample(names, k=min(limit, len(names))))


class Names:
    """Slot fillers: each returns segments [(text, label)], label "O" for words around a name."""

    def __init__(self, shared: Path, rng: random.Random, *, seed: int = 13):
        self.rng = rng
        self.reg = regions()
        self.orgs = organisations()
        self.countries = countries()
        self.people = gazetteer(shared, "person", 1500, seed)
        self.gaz_orgs = gazetteer(shared, "organization", 800, seed)
        self.title_heads = sorted(lexicon.words("title_heads"))

    def pick(self, seq):
        return self.rng.choice(seq)

    # --- people -------------------------------------------------------------
    def person_name(self) -> str:
        r = self.rng.random()
        if self.people and r < 0.3:
            return self.pick(self.people)
        given = self.pick(NAMES["given_names"])
        if r < 0.4:
            return given
        if r < 0.55:
            given += " " + self.pick(NAMES["given_names"])
        return f"{given} {self.pick(NAMES['family_names'])}"

    def PER(self) -> list[Segment]:
        segs = []
        if self.rng.random() < 0.2:
            segs.append((self.pick(NAMES["honorific_openers"]) + " ", "O"))
        segs.append((self.person_name(), "PER"))
        if self.rng.random() < 0.1:
            segs.append((", " + self.pick(NAMES["degree_closers"]), "O"))
        return segs

    # --- places -------------------------------------------------------------
    def region_name(self) -> str:
        kind = self.pick(("province", "regency", "city", "city"))
        return self.pick(self.reg[kind])

    def REG(self) -> list[Segment]:
        r = self.rng.random()
        if r < 0.15:
            return [("Kabupaten " + self.pick(self.reg["regency"]), "LOC")]
        if r < 0.3:
            return [("Kota " + self.pick(self.reg["city"]), "LOC")]
        if r < 0.4:
            return [("Provinsi " + self.pick(self.reg["province"]), "LOC")]
        return [(self.region_name(), "LOC")]

    def CITY(self) -> list[Segment]:
        pool = NAMES["foreign_cities"] if self.rng.random() < 0.8 else NAMES["foreign_regions"]
        return [(self.pick(pool), "LOC")]

    def COUNTRY(self) -> list[Segment]:
        return [(self.pick(self.countries), "LOC")]

    def LOC(self) -> list[Segment]:
        return self.pick((self.REG, self.REG, self.CITY, self.COUNTRY))()

    # --- organisations ------------------------------------------------------
    def GOV(self) -> list[Segment]:
        kind = self.pick(("province", "regency", "city"))
        place = self.pick(self.reg[kind])
        long_form = {"province": "Pemerintah Provinsi", "regency": "Pemerintah Kabupaten", "city": "Pemerintah Kota"}
        short = {"province": "Pemprov", "regency": "Pemkab", "city": "Pemkot"}
        form = self.pick((long_form[kind], long_form[kind], short[kind], "Pemda", "DPRD",
                          "Pemerintah Daerah " + long_form[kind].split()[-1]))
        return [(f"{form} {place}", "ORG")]

    def FGOV(self) -> list[Segment]:
        r = self.rng.random()
        if r < 0.35:
            return [("Pemerintah " + self.pick(self.countries), "ORG")]
        city = self.pick(NAMES["foreign_cities"])
        form = self.pick(("Pemerintah Kota", "Pemkot", "Pemerintah", "Dewan Kota"))
        return [(f"{form} {city}", "ORG")]

    def MIN(self) -> list[Segment]:
        return [(self.pick(self.orgs["national"]), "ORG")]

    def INTL(self) -> list[Segment]:
        return [(self.pick(self.orgs["intl"]), "ORG")]

    def DINAS(self) -> list[Segment]:
        if self.rng.random() < 0.3:
            name = self.pick(NAMES["badan_daerah"])
        else:
            name = "Dinas " + self.pick(NAMES["sectors"])
        if self.rng.random() < 0.3:
            name += " " + self.pick(("Kota ", "Kabupaten ")) + self.pick(self.reg["city"])
        return [(name, "ORG")]

    def UNIV(self) -> list[Segment]:
        r = self.rng.random()
        if r < 0.15:
            pattern = self.pick(NAMES["foreign_univ_patterns"])
            return [(pattern.replace("{CITY}", self.pick(NAMES["foreign_cities"])), "ORG")]
        if r < 0.3:
            return [(f"Universitas {self.pick(NAMES['univ_words'])} {self.region_name()}", "ORG")]
        return [(f"{self.pick(NAMES['univ_kinds'])} {self.region_name()}", "ORG")]

    def COMP(self) -> list[Segment]:
        if self.rng.random() < 0.25:
            words = f"{self.pick(NAMES['foreign_company_words'])} {self.pick(NAMES['foreign_company_kinds'])}"
            return [(words, "ORG")]
        n = self.pick((1, 2, 2, 3))
        words = " ".join(self.pick(NAMES["company_words"]) for _ in range(n))
        name = f"{self.pick(NAMES['company_kinds'])} {words}"
        if self.rng.random() < 0.3:
            name += " " + self.pick(NAMES["company_suffixes"])
        return [(name, "ORG")]

    def EMB(self) -> list[Segment]:
        if self.rng.random() < 0.4:
            return [(f"{self.pick(('KBRI', 'KJRI', 'Kedutaan Besar Republik Indonesia di'))} "
                     f"{self.pick(NAMES['foreign_cities'])}", "ORG")]
        return [(f"{self.pick(NAMES['embassy_kinds'])} {self.pick(self.countries)}", "ORG")]

    def ORG(self) -> list[Segment]:
        if self.gaz_orgs and self.rng.random() < 0.2:
            return [(self.pick(self.gaz_orgs), "ORG")]
        return self.pick((self.GOV, self.MIN, self.INTL, self.DINAS, self.UNIV, self.COMP, self.EMB, self.FGOV))()

    # --- not entities ---------------------------------------------------------
    def TITLE(self) -> list[Segment]:
        if self.rng.random() < 0.4:   # the officials' own list: abbreviations too ("Kasi", "Danrem")
            return [(_title(self.pick(self.title_heads)), "O")]
        return [(self.pick(NAMES["titles"]), "O")]

    def INTJ(self) -> list[Segment]:
        return [(self.pick(NAMES["interjections"]), "O")]

    def TREG(self) -> list[Segment]:
        if self.rng.random() < 0.15:   # "Wali Kota Kuala Lumpur": a foreign city inside a title
            head = self.pick(("Wali Kota", "Gubernur", "Wakil Wali Kota"))
            return [(f"{head} {self.pick(NAMES['foreign_cities'])}", "O")]
        kind = self.pick(("province", "regency", "city"))
        head = {"province": ("Gubernur", "Wakil Gubernur", "Sekda"), "regency": ("Bupati", "Wakil Bupati", "Sekda"),
                "city": ("Wali Kota", "Wakil Wali Kota", "Sekda")}[kind]
        return [(f"{self.pick(head)} {self.pick(self.reg[kind])}", "O")]

    def PROG(self) -> list[Segment]:
        return [(self.pick(NAMES["programs"]), "O")]

    def DAY(self) -> list[Segment]:
        return [(self.pick(NAMES["days"]), "O")]

    def MONTH(self) -> list[Segment]:
        return [(self.pick(NAMES["months"]), "O")]

    def YEAR(self) -> list[Segment]:
        return [(str(self.rng.randint(2008, 2026)), "O")]

    def NUM(self) -> list[Segment]:
        return [(str(self.rng.choice((2, 3, 5, 10, 12, 25, 40, 150, 1.5, 7.2))), "O")]

    def DATE(self) -> list[Segment]:
        d, m, y = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(2015, 2026)
        if self.rng.random() < 0.5:
            return [(f"{d}/{m}/{y}", "O")]
        return [(f"{d} {NAMES['months'][m - 1]} {y}", "O")]

    def fill(self, slot: str) -> list[Segment]:
        return getattr(self, slot)()


def tag_segments(segments: list[Segment]) -> Sentence:
    """Join segments, tokenise with the rule tokenizer, tag each word by the segment it lies in."""
    from ..tokenize import sentences

    text, spans = "", []
    for seg, label in segments:
        if label != "O":
            spans.append((len(text), len(text) + len(seg), label))
        text += seg
    out, prev = [], None
    for start, end in (w for sent in sentences(text) for w in sent):
        hit = next((s for s in spans if s[0] <= start and end <= s[1]), None)
        if hit is None:
            out.append((text[start:end], "O"))
        else:
            out.append((text[start:end], ("I-" if hit is prev else "B-") + hit[2]))
        prev = hit
    return out


def templates() -> list[str]:
    lines = (HERE / "ner_templates.txt").read_text(encoding="utf-8").splitlines()
    return [ln for ln in lines if ln.strip() and not ln.startswith("#")]


def fill_template(template: str, names: Names) -> Sentence:
    segments, pos = [], 0
    for m in SLOT.finditer(template):
        if m.start() > pos:
            segments.append((template[pos:m.start()], "O"))
        segments += names.fill(m.group(1))
        pos = m.end()
    segments.append((template[pos:], "O"))
    return tag_segments(segments)


# Function words that news headlines leave in lower case ("Pemkot Jalin Kerja Sama dengan Osaka")
_HEADLINE_LOWER = frozenset("di ke dari dan dengan untuk yang pada oleh atau se bagi dalam nya ku mu".split())


def headline(sent: Sentence) -> Sentence:
    """The sentence as a title-case headline, no final period; tags unchanged. Headlines capitalise
    verbs and common nouns ("Resmi Diluncurkan", "Gelar Rapat"), which a model trained on body text
    takes for names."""
    out = []
    for k, (tok, tag) in enumerate(sent):
        if tag == "O" and tok[:1].islower() and (k == 0 or tok not in _HEADLINE_LOWER):
            tok = tok[:1].upper() + tok[1:]
        out.append((tok, tag))
    while out and out[-1][0] in {".", "!"}:
        out.pop()
    return out


def mentions(sent: Sentence) -> list[tuple[int, int, str]]:
    """(start, end, type) of each BIO mention."""
    out = []
    for i, (_, tag) in enumerate(sent):
        if tag.startswith("B-") or (tag.startswith("I-") and (i == 0 or sent[i - 1][1][2:] != tag[2:])):
            out.append([i, i + 1, tag[2:]])
        elif tag.startswith("I-") and out:
            out[-1][1] = i + 1
    return [tuple(m) for m in out]


def swap_mentions(sent: Sentence, names: Names, p: float = 0.8) -> Sentence:
    """A copy of ``sent`` with each mention replaced (probability ``p``) by a name of its type."""
    out, pos = [], 0
    for start, end, label in mentions(sent):
        out += sent[pos:start]
        if names.rng.random() < p:
            segs = [(text, lab) for text, lab in names.fill(label) if lab != "O"]
            out += tag_segments(segs)
        else:
            out += sent[start:end]
        pos = end
    return out + sent[pos:]


def augment(train: list[Sentence], shared: Path, *, seed: int = 13, swaps: int = 1,
            per_template: int = 30, headlines: float = 0.4) -> list[Sentence]:
    """The extra training sentences: ``swaps`` swapped copies of each idner sentence with a
    mention, and ``per_template`` fillings of each template; a share ``headlines`` of the short
    ones is written as a title-case headline. Same inputs, same output."""
    rng = random.Random(seed)
    names = Names(shared, rng, seed=seed)
    extra = []
    for _ in range(swaps):
        extra += [swap_mentions(s, names) for s in train if mentions(s)]
    for template in templates():
        extra += [fill_template(template, names) for _ in range(per_template)]
    return [headline(s) if len(s) <= 25 and rng.random() < headlines else s for s in extra]
