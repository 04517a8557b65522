"""Real news sentences as blind sets: the repo keeps annotations only, the text is read from
../shared/data at run time (a set skips when that folder is absent)."""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import get_args

import pytest

from pipeline.assemble import records_from_doc
from pipeline.schema import Article, CooperationKind, PartnerType

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
UD = SHARED_DATA / "ud"
NER = SHARED_DATA / "ner"
IDNER = "idner-news-2k"
EMPTY = {"partners": [], "programs": [], "counts": [], "quotes": [], "officials": []}


def annotations(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def ud_sentences(path: Path) -> dict[str, str]:
    """sent_id -> raw sentence text of one CoNLL-U file."""
    texts, sid = {}, None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# sent_id = "):
            sid = line.removeprefix("# sent_id = ").strip()
        elif line.startswith("# text = ") and sid is not None:
            texts[sid] = line.removeprefix("# text = ").strip()
    return texts


NO_SPACE_BEFORE = set(",.;:)]?!%")
NO_SPACE_AFTER = set("([")
SENTENCE_ENDS = set(",.?!")


def detokenize(tokens: list[str]) -> str:
    """Tokens -> text as a reader sees it: a space between tokens, none before closing punctuation
    or after an opening bracket. A straight double quote opens at the start of a sentence or after an
    odd number of them, and closes after a comma or full stop (a quote that began sentences earlier)."""
    out, open_quote = "", False
    for tok in tokens:
        if tok == '"':
            closes = open_quote or (bool(out) and out[-1] in SENTENCE_ENDS)
            glue = not out or closes
            open_quote = not closes
        else:
            glue = not out or tok in NO_SPACE_BEFORE or out[-1] in NO_SPACE_AFTER or (
                out.endswith('"') and open_quote)
        out += tok if glue else " " + tok
    return out


def token_file_sentences(path: Path) -> list[str]:
    """One token-per-line NER file (idner "token POS tag", IndoLEM "token<TAB>tag"; a blank line
    between sentences) as detokenized sentences, numbered from 0."""
    sentences, tokens = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            tokens.append(line.split()[0])
        elif tokens:
            sentences.append(detokenize(tokens))
            tokens = []
    if tokens:
        sentences.append(detokenize(tokens))
    return sentences


def token_file_gold(path: Path) -> dict[str, dict]:
    """Annotated sentences of the NER sets ({"file": "nerui/test.tsv", "sentence": n, record lists},
    the file relative to ../shared/data/ner) as gold items keyed "file:n", text read at run time."""
    if not NER.is_dir():
        pytest.skip("../shared/data/ner not present: the real sentences are not kept in the repo")
    rows = annotations(path)
    files = {name: token_file_sentences(NER / name) for name in {r["file"] for r in rows}}
    return {f"{r['file']}:{r['sentence']}": {**EMPTY, **r, "text": files[r["file"]][r["sentence"]]}
            for r in rows}


def ud_gold(path: Path) -> dict[str, dict]:
    """Annotated UD lines ({"file", "sent_id", record lists}) as gold items keyed by file/sent_id."""
    if not UD.is_dir():
        pytest.skip("../shared/data/ud not present: the real sentences are not kept in the repo")
    rows = annotations(path)
    files = {name: ud_sentences(UD / name) for name in {r["file"] for r in rows}}
    return {f"{r['file']}/{r['sent_id']}": {**EMPTY, **r, "text": files[r["file"]][r["sent_id"]]} for r in rows}


def mixed_gold(path: Path, batch: int | None = None) -> dict[str, dict]:
    """A set mixing UD rows ({"file": "x.conllu" or "ud/x.conllu", "sent_id"}) and NER-file rows
    ({"file": "nerui/test.tsv", "sentence": n}; idner's as "dev.txt"), of one batch or all, as gold items
    keyed "file:key"."""
    if not UD.is_dir() or not NER.is_dir():
        pytest.skip("../shared/data not present: the real sentences are not kept in the repo")
    rows = [r for r in annotations(path) if batch is None or r.get("batch") == batch]
    texts = {}
    for name in {r["file"] for r in rows}:
        if name.endswith(".conllu"):
            texts[name] = ud_sentences(UD / name.removeprefix("ud/"))
        else:   # the first idner set names its files without their folder ("dev.txt")
            texts[name] = token_file_sentences(NER / name if (NER / name).is_file() else NER / IDNER / name)
    return {f"{r['file']}:{r.get('sent_id', r.get('sentence'))}":
            {**EMPTY, **r, "text": texts[r["file"]][r["sent_id"] if "sent_id" in r else r["sentence"]]}
            for r in rows}


def assert_officials_as_written(gold: dict[str, dict]) -> None:
    """Every official's name and title are words of its sentence."""
    for sid, g in gold.items():
        words = set(re.findall(r"\w+", g["text"]))
        for o in g["officials"]:
            assert set(re.findall(r"\w+", o["name"])) <= words, sid
            assert o["title"] is None or set(re.findall(r"\w+", o["title"])) <= words, sid


def assert_partners_per_guideline(gold: dict[str, dict]) -> None:
    """Partner types, scopes and cooperation kinds are the schema's; names as written; every
    cooperation ties two or more of the sentence's partners."""
    types, kinds = set(get_args(PartnerType)), set(get_args(CooperationKind))
    for aid, g in gold.items():
        names = {p["name"] for p in g["partners"]}
        for p in g["partners"]:
            assert p["type"] in types and p["scope"] in {"foreign", "domestic"} and p["name"] in g["text"], aid
        for c in g["cooperations"]:
            assert c["kind"] in kinds and len(c["parties"]) >= 2 and set(c["parties"]) <= names, aid


def with_quote_texts(gold: dict[str, dict]) -> dict[str, dict]:
    """Quote texts are kept as character offsets into the sentence ({"start", "end"}, or a list of such
    spans around a cue in the middle, joined by a space): the repo holds no stretch of real text."""
    def resolved(spans, sentence: str) -> str:
        if isinstance(spans, str):
            return spans
        return " ".join(sentence[s["start"]:s["end"]] for s in ([spans] if isinstance(spans, dict) else spans))
    for g in gold.values():
        g["quotes"] = [{**q, "text": resolved(q["text"], g["text"])} for q in g["quotes"]]
    return gold


def predictions(gold: dict[str, dict], docs) -> dict[str, dict]:
    """Records of every gold sentence from its Doc (``docs`` in gold's order)."""
    arts = [Article(id=aid, text=g["text"]) for aid, g in gold.items()]
    return {a.id: records_from_doc(d, a).model_dump(exclude={"text"}) for d, a in zip(docs, arts)}


def batch_scores(gold: dict[str, dict], analyser) -> dict:
    """The evaluator's scores of a real set, its Docs made in one batch as a run makes them."""
    from tests.test_challenge import set_scores

    return set_scores(gold, predictions(gold, analyser.pipe([g["text"] for g in gold.values()])))
