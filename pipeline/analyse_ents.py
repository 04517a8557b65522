"""Entity repair: a rule step after the NER that adds the entities it missed.

The shipped NER was trained on one outlet's news; on other outlets it misses one-word names
("ujar Jonan"), takes companies for persons ("Disney", "Semen Gresik") and cuts organisation
names. This step reads cues from data (patterns/entity_repair.jsonl, lexicons/entity_*.txt) in
one Matcher and one PhraseMatcher pass per Doc and:

- adds a person's name after a title, rank, honorific or speech verb ("kata Jonan", "Bu Risma");
- adds an organisation opened by a head word ("Asosiasi Pengusaha Indonesia"), and a company
  opened or closed by its legal form ("PT Pos Indonesia", "Indofood Sukses Makmur Tbk"),
  the latter over what the NER said (the form is certain);
- tags well-known companies and Indonesian state companies and agencies ORG, also where the
  NER called exactly that text a person or a place;
- keeps a document consistent: a later one-word mention of a person the NER named in full
  ("Luhut" after "Luhut Binsar Pandjaitan") and a repeat of any entity's exact text get the
  same type.

Only where the NER gave no entity, unless a rule above says otherwise.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from .lexicon import mapping, patterns, words

__all__ = ["repair"]

# a word that can be part of a name: capitalised ("Jonan", "McKenzie", "Al-Hadi", "O'Neil")
_NAME = re.compile(r"^[A-Z][a-z]+(?:[-'’][A-Za-z][a-z]*|[A-Z][a-z]+)*\.?$")
# what continues an organisation's name after its head besides capitalised words
_ORG_WORD = re.compile(r"^(?:[A-Z][\w'’&.-]*|[0-9]+|&)$")
_ORG_JOINERS = frozenset({"dan", "&", "of", "for", "and", "the", "de", "der", "du", "la", "untuk"})
_MAX_PERSON = 4
_MAX_ORG = 8


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    """Lower-cased words that are never (part of) a person's name: function words, titles and
    position words, organisation and place words, months, weekdays, speech verbs."""
    out = set()
    for name in ("lang_id_stopwords", "official_not_name_words", "official_not_person_words",
                 "title_org_words", "title_heads", "title_occupations", "honorifics", "official_ranks",
                 "quote_cues_short", "quote_cues_after_quote", "quote_cues_verbs", "quote_speaker_stops",
                 "entity_generic_words", "date_weekdays", "entity_repair_org_heads", "official_countries",
                 "official_regions", "place_id_provinces"):
        out |= {w for entry in words(name) for w in entry.split()}
    out |= {k for k in mapping("date_months") if not k.startswith("_")}
    return frozenset(out)


@lru_cache(maxsize=1)
def _word_shapes() -> re.Pattern:
    """Shapes of derived common words capitalised in titles ("Pengembangan", "Informasi")."""
    spec = mapping("official_common_word_shapes")
    return re.compile("|".join(f"(?:{row['re']})" for row in spec["shapes"]))


def _is_name(text: str) -> bool:
    return bool(_NAME.match(text)) and text.lower().rstrip(".") not in _not_names() \
        and not _word_shapes().match(text)


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
    # a short form that is also a common word or a person's name ("LAN", "Total") stays out
    return tuple(sorted((n for n in names if len(n) > 2 and n.lower() not in _not_names()), key=len, reverse=True))


@lru_cache(maxsize=2)
def _matchers(vocab):
    from spacy.matcher import Matcher, PhraseMatcher

    cues = Matcher(vocab)
    roles = {}
    for row in patterns("entity_repair"):
        cues.add(row["id"], [_resolved(row["pattern"])], greedy=None)
        roles[vocab.strings[row["id"]]] = (row["role"], row["label"])
    known = PhraseMatcher(vocab, attr="ORTH")
    known.add("known_org", [Doc(vocab, words=_split(n)) for n in _known_names()])
    return cues, roles, known


def _split(name: str) -> list[str]:
    return name.split()


def repair(doc: Doc) -> Doc:
    """``doc`` with the step's entities added to the NER's (in place; returned for chaining)."""
    if not len(doc):
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
        elif role == "org_head":
            _org_head(doc, texts, start, edits)
        elif role == "company_pre":
            _company_pre(doc, texts, start, end, edits)
        elif role == "company_post":
            _company_post(doc, texts, start, end, edits)
    for _, start, end in known(doc):
        _known(doc, start, end, edits)
    _consistency(doc, texts, edits)
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
    """The name after a person cue: past further title words, position phrases, acronyms and the
    NER's organisations and places ("kata Menteri Perhubungan Jonan", "Rektor UGM Dwikorita")."""
    n = len(doc)
    hops = 0
    while i < n and hops < 6 and _skippable(doc, texts, i, edits):
        i = edits.spans.get(i, (i + 1, ""))[0] if edits.label[i] else i + 1
        hops += 1
    end = i
    while end < n and end - i < _MAX_PERSON and not edits.label[end] and _is_name(texts[end]) \
            and not doc[end].is_sent_start:
        end += 1
    if end > i and (end == n or not _is_name(texts[end]) or edits.label[end]) and edits.free(i, end):
        edits.add(i, end, "PER")


def _skippable(doc: Doc, texts: list[str], i: int, edits: _Edits) -> bool:
    """A token between a cue and the name: a capitalised title or place word, an acronym, an ORG/LOC."""
    if doc[i].is_sent_start:
        return False
    if edits.label[i]:
        return edits.label[i] != "PER" and edits.spans.get(i) is not None
    t = texts[i]
    return t[:1].isupper() and (t.isupper() and len(t) > 1 or not _is_name(t))


def _name_run(texts: list[str], i: int, edits: _Edits, limit: int) -> int:
    """End of the capitalised words of an organisation's name from ``i`` (joiners inside kept)."""
    end, n = i, len(texts)
    while end < n and end - i < limit:
        t = texts[end]
        if _ORG_WORD.match(t) and t.lower() not in _ORG_JOINERS and edits.label[end] != "PER":
            end += 1
        elif t.lower() in _ORG_JOINERS and end > i and end + 1 < n and _ORG_WORD.match(texts[end + 1]) \
                and texts[end + 1][:1].isupper():
            end += 1
        else:
            break
    while end > i and texts[end - 1].lower() in _ORG_JOINERS:
        end -= 1
    return end


def _org_head(doc: Doc, texts: list[str], start: int, edits: _Edits) -> None:
    """"Asosiasi Pengusaha Indonesia": the head and the capitalised words after it, where the NER
    gave nothing or only places and organisations inside it ("Universitas [Indonesia]")."""
    if edits.label[start] == "PER":
        return
    end = _name_run(texts, start + 1, edits, _MAX_ORG)
    if end == start + 1 or not texts[start + 1][:1].isupper():
        return
    inside = edits.inside(start, end)
    if any(lab == "PER" or s < start or e > end for s, e, lab in inside):
        return
    if any(s == start and e == end for s, e, _ in inside):
        return
    edits.replace(start, end, "ORG")


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
    """"Indofood Sukses Makmur Tbk", "Walt Disney Co.": the capitalised words before the form."""
    first = start
    while first > 0 and start - first < _MAX_ORG and _ORG_WORD.match(texts[first - 1]) \
            and not doc[first].is_sent_start:
        first -= 1
    if first < start:
        edits.replace(first, end, "ORG")


def _known(doc: Doc, start: int, end: int, edits: _Edits) -> None:
    inside = edits.inside(start, end)
    if not inside:
        edits.add(start, end, "ORG")
    elif len(inside) == 1 and inside[0][:2] == (start, end) and inside[0][2] != "ORG":
        edits.replace(start, end, "ORG")


def _consistency(doc: Doc, texts: list[str], edits: _Edits) -> None:
    """A repeat of an entity's exact text, and a one-word mention of a person's first or last name,
    takes that entity's type where the NER left it untagged (or, for a person's name part, typed
    otherwise)."""
    whole: dict[tuple[str, ...], str] = {}
    parts: dict[str, str] = {}
    for s, (e, lab) in edits.spans.items():
        key = tuple(texts[s:e])
        whole.setdefault(key, lab)
        if lab == "PER" and e - s >= 2:
            for t in key:
                if _is_name(t) and len(t) > 2:
                    parts.setdefault(t, lab)
    others = {t for key, lab in whole.items() if lab != "PER" for t in key}
    if not whole:
        return
    longest = max(len(k) for k in whole)
    i, n = 0, len(texts)
    while i < n:
        if edits.label[i] or not texts[i][:1].isupper():
            if edits.label[i] and texts[i] in parts and texts[i] not in others and edits.label[i] != "PER" \
                    and edits.spans.get(i, (0, ""))[0] == i + 1:
                edits.replace(i, i + 1, "PER")
            i += 1
            continue
        for size in range(min(longest, n - i), 0, -1):
            key = tuple(texts[i:i + size])
            if key in whole and edits.free(i, i + size):
                edits.add(i, i + size, whole[key])
                i += size
                break
        else:
            if texts[i] in parts and texts[i] not in others:
                edits.add(i, i + 1, "PER")
            i += 1
