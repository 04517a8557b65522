"""Entity repair: a rule step after the NER that adds the entities it missed.

The shipped NER was trained on one outlet's news; on other outlets it misses one-word names
("ujar Jonan"), takes companies for persons ("Disney", "Semen Gresik") and cuts organisation
names. This step reads cues from data (patterns/entity_repair.jsonl, lexicons/entity_*.txt) in
one Matcher and one PhraseMatcher pass per Doc and:

- adds a person's name after a speech verb, a rank, a short address form or a one-holder title
  ("kata Jonan", "Bu Risma", "Menhub Jonan"), and right before a speech verb ("Jonan mengatakan");
- adds an organisation opened by a head word ("Asosiasi Pengusaha Indonesia"), and a company
  opened or closed by its legal form ("PT Pos Indonesia", "Indofood Sukses Makmur Tbk"),
  the latter over what the NER said (the form is certain);
- tags well-known companies and Indonesian state companies and agencies ORG, also where the
  NER called exactly that text a person or a place; an acronym in brackets takes the type of
  the name before it, and a stock ticker makes that name a company;
- tags countries, provinces and regencies LOC where they stand alone and untagged.

- adds a person's name after a title and its body or field ("Menko PMK Puan", "Menteri
  Perindustrian Saleh Husin", "Rektor UGM Prof. X"), a name joined to a person's name by
  "dan", "atau", "serta", "/" ("Megawati dan Khofifah"), and a part of a person's full name
  named earlier in the Doc standing alone ("Joko Susanto ... kata Susanto");
- tags national agencies' short forms ORG ("Kemenhub", "Kejagung"; regional units such as
  "Polda" name no one body), a known company after a title word ("Direktur Utama Telkom"), and
  an online outlet's channel written lower-then-upper ("detikFinance").

Only where the NER gave no entity, unless a rule above says otherwise. A sentence's first word is
capitalised whatever it is: one the UD treebanks write in lower case (a derived CC BY-SA list) is
no part of a name. Cues measured and left out because the records fell on the tuning gold: a
person's name right after a title word ("Rektor X" is as often an organisation: the title needs
its field between), and a repeat of any entity's text or of any word of a full name (a place or
organisation word, or a word beside other capitals, cost the officials and cooperation rules
precision; only name words standing alone are taken).
"""
from __future__ import annotations

import os
import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from .lexicon import mapping, patterns, words
from .match._places import countries

__all__ = ["repair"]

# a word that can be part of a name: capitalised ("Jonan", "McKenzie", "Al-Hadi", "O'Neil")
_NAME = re.compile(r"^[A-Z][a-z]+(?:[-'’][A-Za-z][a-z]*|[A-Z][a-z]+)*\.?$")
# what continues an organisation's name after its head besides capitalised words
_ORG_WORD = re.compile(r"^(?:[A-Z][\w'’&.-]*|[0-9]{1,3}|&)$")   # no year ("Partai X 1993")
_ROMAN = re.compile(r"^[IVXL]+$")
_ORG_JOINERS = frozenset({"dan", "&", "of", "for", "and", "the", "de", "der", "du", "la", "untuk"})
_COMPANY_FORMS = frozenset({"PT", "PT.", "CV", "CV.", "Perum", "Perumda"})
_COMPANY_FORMS_LOWER = frozenset(f.lower() for f in _COMPANY_FORMS)
_MAX_PERSON = 4
_MAX_ORG = 8
# rule ids to leave out (pattern ids, "known", "known_place", "countries", or "all"): for measuring each
# rule's worth (bench/ner_repair.py, `tools/devloop.py --no-repair`)
_OFF = frozenset(os.environ.get("PIPELINE_ENTS_OFF", "").split(","))


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Lower-cased words that are never (part of) a person's name: function words, titles and
    position words, organisation words, months, weekdays, speech verbs."""
    out = set()
    for name in ("lang_id_stopwords", "official_not_name_words", "official_not_person_words",
                 "title_org_words", "title_heads", "title_occupations", "honorifics", "official_ranks",
                 "quote_cues_short", "quote_cues_after_quote", "quote_cues_verbs", "quote_speaker_stops",
                 "entity_generic_words", "date_weekdays", "entity_repair_org_heads", "entity_repair_not_names",
                 "official_people_nouns", "entity_repair_person_titles", "official_institution_ends"):
        out |= {w for entry in words(name) for w in entry.split()}
    for org in mapping("entity_organisations")["organisations"]:
        out |= {w.lower() for n in org["names"] if " " in n for w in n.split()}
    out |= {k for k in mapping("date_months") if not k.startswith("_")}
    return frozenset(out)


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    """Common words and the words of place names: never (part of) a person's name."""
    return _common_words() | _place_words()


@lru_cache(maxsize=1)
def _word_shapes() -> re.Pattern:
    """Shapes of derived common words capitalised in titles ("Pengembangan", "Informasi")."""
    spec = mapping("official_common_word_shapes")
    return re.compile("|".join(f"(?:{row['re']})" for row in spec["shapes"]))


def _is_name(text: str) -> bool:
    # "-nya" makes a common noun possessive ("Pasukannya menyatakan"); no name ends so
    return bool(_NAME.match(text)) and text.lower().rstrip(".") not in _not_names() \
        and not _word_shapes().match(text) and not (len(text) > 5 and text.endswith("nya"))


def _expand(value):
    """An ``IN`` list given as "@lexicon" or "@lexicon:key" read from the lexicon files (single words)."""
    if not (isinstance(value, str) and value.startswith("@")):
        return value
    name, _, key = value[1:].partition(":")
    entries = mapping(name)[key] if key else words(name)
    return sorted(e for e in entries if " " not in e and not e.startswith("_"))


def _resolved(pattern: list[dict]) -> list[dict]:
    out = []
    for tok in pattern:
        tok = dict(tok)
        for attr, spec in tok.items():
            if isinstance(spec, dict) and "IN" in spec:
                tok[attr] = {**spec, "IN": _expand(spec["IN"])}
        out.append(tok)
    return out


@lru_cache(maxsize=1)
def _known_names() -> tuple[str, ...]:
    """Organisation names and short forms tagged ORG wherever they stand, longest first."""
    names = set(words("entity_known_organisations", lower=False))
    names |= words("partner_id_companies", lower=False) | words("partner_id_agencies", lower=False)
    for org in mapping("entity_organisations")["organisations"]:
        names.update(org["names"])
    # a short form that is also a common word or a person's name ("LAN", "Total") stays out; the
    # title lexicons list agencies' short forms as title words ("Kemenhub", "Kejagung"): those stay in
    agencies = {a.lower() for a in words("partner_id_agencies", lower=False)} & words("title_org_words") \
        - words("entity_repair_regional_units")
    blocked = _not_names() - agencies
    return tuple(sorted((n for n in names if len(n) > 2 and n.lower() not in blocked), key=len, reverse=True))


@lru_cache(maxsize=2)
def _matchers(vocab):
    from spacy.matcher import Matcher, PhraseMatcher

    cues = Matcher(vocab)
    roles = {}
    for row in patterns("entity_repair"):
        if row["id"] in _OFF:
            continue
        cues.add(row["id"], [_resolved(row["pattern"])], greedy=None)
        roles[vocab.strings[row["id"]]] = (row["role"], row["label"])
    known = PhraseMatcher(vocab, attr="ORTH")
    known.add("known_org", [Doc(vocab, words=n.split()) for n in _known_names()])
    if "known_place" not in _OFF:
        known.add("known_place", [Doc(vocab, words=n.split()) for n in _known_places()
                                   if n not in _known_names()])
    return cues, roles, known


@lru_cache(maxsize=1)
def _known_places() -> tuple[str, ...]:
    """Countries (CLDR's Indonesian names and the news' short forms), Indonesian provinces and their
    short forms, regencies and cities: LOC wherever they stand alone and untagged."""
    names = set()
    if "countries" not in _OFF:
        names = set(countries().values())   # CLDR's Indonesian names
        names |= set(mapping("entity_country_aliases")["aliases"])
    names |= words("place_id_provinces", lower=False)
    for short in words("official_regions") | (words("official_countries") if "countries" not in _OFF else set()):
        names.add(short.upper() if len(short) <= 3 else " ".join(w.capitalize() for w in short.split()))
    # the regency list is noisy: one-word entries that are common words or short stay out
    names |= {n for n in words("place_id_regions", lower=False)
              if " " in n or len(n) > 4 and n.lower() not in _common_words()}
    return tuple(sorted(names, key=len, reverse=True))


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    # the countries by their Indonesian names too ("Israel mengklaim": a country that speaks)
    out = {w.lower() for n in countries().values() for w in n.split()}
    for name in ("official_countries", "official_regions", "place_id_provinces", "place_id_regions"):
        out |= {w for entry in words(name) for w in entry.split()}
    return frozenset(out)


def repair(doc: Doc) -> Doc:
    """``doc`` with the step's entities added to the NER's (in place; returned for chaining)."""
    if not len(doc) or "all" in _OFF:
        return doc
    cues, roles, known = _matchers(doc.vocab)
    texts = [t.text for t in doc]
    label = [""] * len(doc)   # the entity label of each token ("" outside)
    spans = {}                # start -> (end, label) of every entity kept
    for e in doc.ents:
        spans[e.start] = (e.end, e.label_)
        label[e.start:e.end] = [e.label_] * (e.end - e.start)
    edits = _Edits(spans, label)
    for match_id, start, end in cues(doc):
        role, lab = roles[match_id]
        if role == "person_after":
            _person_after(doc, texts, end, edits)
        elif role == "person_before":
            _person_before(doc, texts, start, edits)
        elif role == "org_head":
            _org_head(doc, texts, start, edits)
        elif role == "company_pre":
            _company_pre(doc, texts, start, end, edits)
        elif role == "company_post":
            _company_post(doc, texts, start, end, edits)
        elif role == "acronym":
            _acronym(doc, texts, start, edits)
        elif role == "org_token":
            if edits.free(start, end):
                edits.add(start, end, "ORG")
        elif role == "person_after_field":
            _person_after_field(doc, texts, start, end, edits)
    if "known" not in _OFF:
        # organisations first: a place inside one ("Garuda Indonesia") is no place
        org = doc.vocab.strings["known_org"]
        for match_id, start, end in sorted(known(doc), key=lambda m: m[0] != org):
            _known(doc, start, end, "ORG" if match_id == org else "LOC", edits)
    if "coordination" not in _OFF:
        _coordinated_persons(doc, texts, edits)
    if "given" not in _OFF:
        _given_name_runs(doc, texts, edits)
    if "repeat" not in _OFF:
        _repeated_names(doc, texts, edits)
    if edits.changed:
        doc.ents = [Span(doc, s, e, label=lab) for s, (e, lab) in sorted(edits.spans.items())]
    return doc


class _Edits:
    """The Doc's entities as they are being edited: start -> (end, label), and each token's label."""

    def __init__(self, spans: dict, label: list[str]):
        self.spans, self.label, self.changed = spans, label, False

    def free(self, start: int, end: int) -> bool:
        return not any(self.label[start:end])

    def add(self, start: int, end: int, lab: str) -> None:
        self.spans[start] = (end, lab)
        self.label[start:end] = [lab] * (end - start)
        self.changed = True

    def replace(self, start: int, end: int, lab: str) -> None:
        """Put (start, end) in, dropping every entity it overlaps."""
        for s in [s for s, (e, _) in self.spans.items() if s < end and e > start]:
            e, _ = self.spans.pop(s)
            self.label[s:e] = [""] * (e - s)
        self.add(start, end, lab)

    def inside(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """The entities overlapping (start, end)."""
        return [(s, e, lab) for s, (e, lab) in self.spans.items() if s < end and e > start]


def _person_after(doc: Doc, texts: list[str], i: int, edits: _Edits) -> None:
    """The name after a person cue, past honorifics and ranks ("kata Pak Jonan", "ujar Kombes Budi").
    A title word is no cue: what follows it is as often an organisation or a field ("Pelatih Persib",
    "Rektor Uniku", "Kepala Pusat Evaluasi") as a name; and a name run that goes on in capitals
    ("Bapak Asuh Anak ...") is a title or a name of something else."""
    n = len(doc)
    while i < n and not edits.label[i] and texts[i].lower().rstrip(".") in _person_prefixes() \
            and not doc[i].is_sent_start:
        i += 1
    end = i
    while end < n and end - i < _MAX_PERSON and not edits.label[end] and _is_name(texts[end]) \
            and not doc[end].is_sent_start:
        end += 1
    if end > i and (end == n or not texts[end][:1].isupper() or doc[end].is_sent_start) and edits.free(i, end):
        edits.add(i, end, "PER")


def _person_before(doc: Doc, texts: list[str], i: int, edits: _Edits) -> None:
    """"Jonan mengatakan": a name run right before a speech verb, opening its clause (after the
    sentence start, a comma or a lower-case word), and no common noun ("Warga mengatakan")."""
    start = i
    while start > 0 and i - start < _MAX_PERSON and not edits.label[start - 1] and _is_name(texts[start - 1]):
        start -= 1
        if doc[start].is_sent_start:
            start += _common_first_word(texts[start])
            break
    if start == i or edits.label[start:i].count("") != i - start:
        return
    if _opens_run(doc, texts, start):
        edits.add(start, i, "PER")


_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
_MAX_FIELD = 4


def _person_after_field(doc: Doc, texts: list[str], title: int, i: int, edits: _Edits) -> None:
    """"Menko PMK Puan", "Menteri Dalam Negeri Tjahjo", "Rektor UGM Prof. Dwikora": a title, then its
    body or field (an acronym, a portfolio word, a place), then a name. Only with such a field:
    right after a title ("Rektor Uniku") or after a rank word alone ("Direktur Utama Telkom") stands
    an organisation's name as often; a title inside a name ("Rapat Pimpinan Nasional X") is none, and
    after a one-holder title an acronym is the holder ("Wapres JK")."""
    if _inside_a_name(doc, texts, title):
        return
    n, start = len(doc), i
    one_holder = texts[title].lower() in _one_holder_titles()
    while i < n and i - start < _MAX_FIELD and not doc[i].is_sent_start \
            and _field_word(texts[i], edits.label[i], one_holder and i == start):
        i += 1
    if i == start or all(t.lower() in _RANK_WORDS for t in texts[start:i]) \
            or texts[i - 1].lower() in _FIELD_OPENERS:   # "Wakil Rektor Bidang Akademik dan ..."
        return
    end = i
    while end < n and _is_name(texts[end]):
        end += 1
    # "Menteri Kebudayaan Yunani"; "Kepala Seksi Jalan dan Jembatan": a common word goes on the field
    if " ".join(texts[i:end]) not in _place_names() and not any(t.lower() in _ud_common_words() for t in texts[i:end]):
        _person_after(doc, texts, i, edits)


# words after which a field's own name follows, no person ("Bidang Akademik", "Seksi Jalan")
_FIELD_OPENERS = frozenset({"bidang", "urusan", "seksi", "bagian", "divisi", "unit", "subbidang", "subbagian"})

# words that rank a title rather than name its body ("Direktur Utama", "Panglima Besar")
_RANK_WORDS = frozenset({"utama", "umum", "besar", "jenderal", "jendral", "eksekutif", "senior", "muda", "madya",
                         "nasional", "tinggi", "tingkat", "pelaksana"})


def _field_word(text: str, label: str, after_one_holder: bool) -> bool:
    if label == "PER" or text in _COMPANY_FORMS:
        return False
    if _ACRONYM.match(text):
        return not after_one_holder
    low = text.lower()
    return text[:1].isupper() and (low in _title_org_words() or low in _place_words()) and low not in _heads()


@lru_cache(maxsize=1)
def _title_org_words() -> frozenset[str]:
    return words("title_org_words") - _COMPANY_FORMS_LOWER


@lru_cache(maxsize=1)
def _one_holder_titles() -> frozenset[str]:
    return words("entity_repair_person_titles")


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    return frozenset(_known_places())


# words that join two persons' names ("Megawati dan Khofifah", "Kevin / Marcus"); a hyphen joins the
# parts of one name ("Al - Khelaifi") and a dateline to its story ("Paris - Manuel ...") as often
_PERSON_JOINERS = frozenset({"dan", "atau", "serta", "/", "&"})


def _coordinated_persons(doc: Doc, texts: list[str], edits: _Edits) -> None:
    """A name joined to a person's name by "dan", "atau", "/" is a person's name too ("Federer dan
    Wawrinka"): an untagged run of name words (no common, place or organisation word) on the
    other side of the joiner, ending where the capitals end. The person's name must be one: a
    common word in it is the NER's error ("Badan [Pengatur Hilir Minyak] dan Gas Bumi")."""
    n = len(doc)
    for s, (e, lab) in sorted(edits.spans.items()):
        if lab != "PER" or not all(_is_name(t) for t in texts[s:e]):
            continue
        if e + 1 < n and texts[e].lower() in _PERSON_JOINERS and not doc[e + 1].is_sent_start:
            end = e + 1
            while end < n and end - e - 1 < _MAX_PERSON and not edits.label[end] and _is_name(texts[end]) \
                    and not doc[end].is_sent_start:
                end += 1
            if end > e + 1 and (end == n or not texts[end][:1].isupper()):
                edits.add(e + 1, end, "PER")
        if s >= 2 and texts[s - 1].lower() in _PERSON_JOINERS and not doc[s - 1].is_sent_start:
            first = s - 1
            while first > 0 and s - 1 - first < _MAX_PERSON and not edits.label[first - 1] \
                    and _is_name(texts[first - 1]):
                first -= 1
                if doc[first].is_sent_start:
                    first += _common_first_word(texts[first])
                    break
            if first < s - 1 and _opens_run(doc, texts, first):
                edits.add(first, s - 1, "PER")


def _opens_run(doc: Doc, texts: list[str], i: int) -> bool:
    """True if no capitalised word stands right before ``i`` but a common sentence-first one."""
    return not i or doc[i].is_sent_start or not texts[i - 1][:1].isupper() \
        or doc[i - 1].is_sent_start and _common_first_word(texts[i - 1])


def _common_first_word(text: str) -> bool:
    """A sentence's first word is capitalised whatever it is: a word the UD treebanks write in lower
    case ("Pasangan", "Rombongan") is no part of the name that follows it."""
    return text.lower() in _ud_common_words()


@lru_cache(maxsize=1)
def _ud_common_words() -> frozenset[str]:
    return words("entity_repair_ud_common_words")


def _given_name_runs(doc: Doc, texts: list[str], edits: _Edits) -> None:
    """"kepada Karim Benzema yang": an untagged run of two to four name words opened by a given name
    (a derived gazetteer list), alone between lower-case words, is a person's full name. One word
    is not enough ("Abdul" opens as many names of mosques and streets in a lone mention), and a
    name after a noun of a thing's kind is the thing's ("penghargaan Ramon Magsaysay")."""
    given, n, done = _given_names(), len(doc), 0
    for i in [i for i, t in enumerate(texts) if t in given]:   # few: the scan stays in C
        if i < done or edits.label[i] or not _opens_run(doc, texts, i) \
                or i and texts[i - 1].lower() in _thing_nouns():
            continue
        j = i + 1
        while j < n and j - i < _MAX_PERSON and not edits.label[j] and _is_name(texts[j]) \
                and not doc[j].is_sent_start:
            j += 1
        if j - i >= 2 and (j == n or not texts[j][:1].isupper() or doc[j].is_sent_start):
            edits.add(i, j, "PER")
        done = j


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    out = set()
    for name in ("title_heads", "title_occupations", "official_people_nouns"):
        out |= {w for entry in words(name) for w in entry.split()}
    return frozenset(out - words("lang_id_stopwords"))


@lru_cache(maxsize=1)
def _thing_nouns() -> frozenset[str]:
    return words("entity_repair_thing_nouns")


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    return words("entity_repair_given_names", lower=False)


def _repeated_names(doc: Doc, texts: list[str], edits: _Edits) -> None:
    """News names a person in full once, then by one part ("Joko Susanto ... kata Susanto"): an
    untagged word that is a part of a person's full name found earlier, standing alone (no capitalised
    word beside it), is that person. Only name words: no common, place or organisation word; and not
    right after a title or kin word ("kuasa hukum Karna", "istri Budi"): there the name is part of
    another person's title, which the officials rules read whole."""
    parts, n = {}, len(doc)
    for s, (e, lab) in sorted(edits.spans.items()):
        if lab == "PER" and e - s >= 2 and all(_is_name(t) for t in texts[s:e]):
            for t in texts[s:e]:
                parts.setdefault(t, s)
    if not parts:
        return
    for i in [i for i, t in enumerate(texts) if t in parts]:
        t = texts[i]
        if parts[t] < i and not edits.label[i] and not (i and texts[i - 1].lower() in _title_words()) \
                and (i + 1 == n or not texts[i + 1][:1].isupper() or doc[i + 1].is_sent_start) \
                and (doc[i].is_sent_start or not texts[i - 1][:1].isupper()
                     or doc[i - 1].is_sent_start and _common_first_word(texts[i - 1])):
            edits.add(i, i + 1, "PER")


@lru_cache(maxsize=1)
def _person_prefixes() -> frozenset[str]:
    return words("honorifics") | words("official_ranks")


def _name_run(texts: list[str], i: int, edits: _Edits, limit: int, heads: frozenset = frozenset()) -> int:
    """End of the capitalised words of an organisation's name from ``i`` (joiners inside kept); it
    stops before a person, before an organisation the NER found, and before another head."""
    end, n = i, len(texts)
    while end < n and end - i < limit:
        t = texts[end]
        if end > i and (t.lower() in heads or edits.label[end] == "ORG" and edits.spans.get(end)):
            break
        if _ORG_WORD.match(t) and t.lower() not in _ORG_JOINERS and edits.label[end] != "PER" \
                and t.lower().rstrip(".") not in _person_prefixes():   # "... Urusan Pendidikan Dr. X"
            end += 1
        elif t.lower() in _ORG_JOINERS and end > i and end + 1 < n and texts[end + 1][:1].isupper() \
                and not texts[end + 1].isupper() and texts[end + 1].lower() not in heads \
                and not edits.label[end + 1]:
            end += 1
        else:
            break
    while end > i and texts[end - 1].lower() in _ORG_JOINERS:
        end -= 1
    return end


def _org_head(doc: Doc, texts: list[str], start: int, edits: _Edits) -> None:
    """"Asosiasi Pengusaha Indonesia": the head and the capitalised words after it, where the NER
    gave nothing or only places and organisations inside it ("Universitas [Indonesia]")."""
    if edits.label[start] == "PER" or _inside_a_name(doc, texts, start):
        return
    end = _name_run(texts, start + 1, edits, _MAX_ORG, _heads())
    if end == start + 1 or not texts[start + 1][:1].isupper():
        return
    if all(_ROMAN.match(t) for t in texts[start + 1:end]):   # "Komisi VII": a unit of the body named next
        return
    inside = edits.inside(start, end)
    if any(lab == "PER" or s < start or e > end for s, e, lab in inside):
        return
    if any(s == start and e == end for s, e, _ in inside):
        return
    edits.replace(start, end, "ORG")


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    return words("entity_repair_org_heads")


def _inside_a_name(doc: Doc, texts: list[str], i: int) -> bool:
    """True if the capitalised word before ``i`` makes it part of another name ("Amerika Serikat")."""
    if i == 0 or doc[i].is_sent_start or doc[i - 1].is_sent_start:   # a sentence's first word is capitalised anyway
        return False
    before = texts[i - 1]
    return before[:1].isupper() and before.lower() not in _stops() and before.lower() not in _heads() \
        and not _word_shapes().match(before)


def _company_pre(doc: Doc, texts: list[str], start: int, cue_end: int, edits: _Edits) -> None:
    """"PT Pos Indonesia (Persero) Tbk": certain; stops before a person the NER found in the run."""
    end = _name_run(texts, cue_end, edits, _MAX_ORG)
    if texts[end:end + 1] == ["(Persero)"]:
        end += 1
    elif texts[end:end + 3] == ["(", "Persero", ")"]:
        end += 3
    if end < len(texts) and texts[end] in ("Tbk", "Tbk."):
        end += 1
    if end > cue_end and texts[cue_end][:1].isupper():
        edits.replace(start, end, "ORG")


def _company_post(doc: Doc, texts: list[str], start: int, end: int, edits: _Edits) -> None:
    """"Indofood Sukses Makmur Tbk", "Walt Disney Co.": the capitalised words before the form, from
    its "PT" if there is one, never from a title or a function word ("Direktur PT X Tbk")."""
    first = start
    if texts[start] in ("Ltd", "Ltd.", "Limited"):   # "X Co., Ltd.": the tokenizer leaves "Co", ".", "," before it
        j = start
        while j > 0 and texts[j - 1] in (",", "."):
            j -= 1
        if j < start and j > 0 and texts[j - 1] in ("Co", "Co.") \
                and not any(doc[k].is_sent_start for k in range(j, start + 1)):   # nor across a sentence split
            first = j - 1
    while first > 0 and start - first < _MAX_ORG and _ORG_WORD.match(texts[first - 1]) \
            and not doc[first].is_sent_start and texts[first - 1].lower() not in _stops():
        first -= 1
        if texts[first] in _COMPANY_FORMS:
            break
    if first < start:
        edits.replace(first, end, "ORG")


def _acronym(doc: Doc, texts: list[str], paren: int, edits: _Edits) -> None:
    """"Otoritas Jasa Keuangan ( OJK )": the acronym takes the type of the entity right before it;
    "Mayora Indah ( MYOR )": a four-letter code that is not the name's initials is a stock ticker,
    and the company before it is ORG whatever the NER said."""
    code = paren + 1
    if edits.label[code] or paren == 0:
        return
    ent = next(((s, e, lab) for s, e, lab in edits.inside(paren - 1, paren) if e == paren), None)
    if ent is not None:   # the NER's name: its span is the name, whatever its type
        first = ent[0]
    else:
        first = paren
        while first > 0 and paren - first < _MAX_ORG and _ORG_WORD.match(texts[first - 1]) \
                and texts[first - 1].lower() not in _stops() and not doc[first].is_sent_start:
            first -= 1
    if first == paren or edits.inside(first, paren) and ent is None:
        return
    initials = "".join(t[0] for t in texts[first:paren] if t[:1].isupper())
    if len(texts[code]) == 4 and texts[code].isalpha() and texts[code] not in initials \
            and (ent is None or ent[2] != "ORG"):
        edits.replace(first, paren, "ORG")
        edits.add(code, code + 1, "ORG")
    elif ent is not None and ent[2] in ("ORG", "LOC"):
        edits.add(code, code + 1, ent[2])


@lru_cache(maxsize=1)
def _stops() -> frozenset[str]:
    """Words that end an organisation's name on the left: titles, honorifics, function words."""
    out = set()
    for name in ("lang_id_stopwords", "official_not_name_words", "title_heads", "honorifics", "quote_cues_short"):
        out |= {w for entry in words(name) for w in entry.split()}
    return frozenset(out) - _COMPANY_FORMS_LOWER


def _known(doc: Doc, start: int, end: int, lab: str, edits: _Edits) -> None:
    """A known organisation or place, unless it is part of a longer name ("Volkswagen Arena",
    "Boeing 737", "Garuda Indonesia"); a place may follow a title ("Wali Kota Surabaya") or its
    own head ("Kota Surabaya", which joins it), an organisation a title ("Direktur Utama Telkom")."""
    texts = doc
    before = texts[start - 1].text if start else ""
    if start and (before[:1].isupper() and not texts[start - 1].is_sent_start
                  and not (lab == "LOC" and (before.lower() in _regional_titles() or before in _PLACE_HEADS))
                  and not (lab == "ORG" and _title_word(before))
                  or before == "-") \
            or end < len(doc) and (texts[end].text[:1].isupper() or texts[end].text[:1].isdigit()
                                   or texts[end].text == "-"):
        return
    inside = edits.inside(start, end)
    if not inside:
        edits.add(start, end, lab)
    elif lab == "ORG" and len(inside) == 1 and inside[0][:2] == (start, end) and inside[0][2] != "ORG":
        edits.replace(start, end, "ORG")


def _title_word(text: str) -> bool:
    """A title before a company is no part of its name ("Direktur Utama Telkom", "Dirut Telkom")."""
    low = text.lower()
    return low in _RANK_WORDS or low in words("title_heads")


_PLACE_HEADS = frozenset({"Kota", "Kabupaten", "Provinsi", "Kecamatan", "Kelurahan", "Desa", "Pulau"})


@lru_cache(maxsize=1)
def _regional_titles() -> frozenset[str]:
    """Titles that name their region right after them ("Bupati Sragen", "Kapolda Jambi")."""
    return frozenset(w for entry in words("title_regional_heads") for w in entry.split()) - {"wakil", "kepala", "ketua"}
