"""Entity F1 of the shipped NER alone and with the entity-repair step (pipeline/analyse_ents.py)
on a token<TAB>BIO file (NER-UI, NER-UGM), per type.

The NER's tags are computed once per file and cached under build/ner_repair/ (the model is the
slow part); the step then runs on a spaCy Doc per sentence built from the gold tokens and the
cached tags, as the pipeline builds its Docs. Sentences are separate Docs: the files' sentences
are not articles, so the step's document-level consistency only sees one sentence.

  python bench/ner_repair.py ../shared/data/ner/nerui/dev.tsv [--show PER] [--limit 40]
  python bench/ner_repair.py ../shared/data/ner/luthfi-goldstandard-0811.txt   # IO tags, Person/Place/Organisation

Figures (2026-12-03, shipped int8 NER; the step developed on the train/dev files only; the test
files scored once before any rule and once at the end), entity F1 NER alone -> NER + step:
  NER-UI test:   all .639 -> .722 (P .744 -> .788, R .561 -> .666); PER .704 -> .760, ORG .590 -> .710,
                 LOC .609 -> .683
  NER-UGM test:  all .704 -> .742 (P .668 -> .676, R .744 -> .821); PER .850 -> .856, ORG .590 -> .583,
                 LOC .598 -> .748
  idner-news-2k test (the NER's own corpus, run at the end only): all .879 -> .885; PER .887 -> .908,
                 ORG .873 -> .868, LOC .864 -> .841 (its annotators leave a country untagged where it acts
                 or qualifies, "produk Inggris"; PIPELINE_ENTS_OFF=countries gives LOC .857, all .887)
Round 2 (2026-12-03 22:22 UTC; rules developed on the NER-UI/UGM train and dev files; test files scored
once more at the end), NER + step, round 1 -> round 2:
  NER-UI test:   all .722 -> .728 (P .788 -> .790, R .666 -> .676); PER .760 -> .770, ORG .710 -> .718, LOC .683 -> .682
  NER-UGM test:  all .742 -> .742; PER .856 -> .858, ORG .583 -> .582, LOC .748 -> .748
  NER-UI dev:    all .696 -> .705 (PER .745 -> .755, ORG .653 -> .667); NER-UGM dev .742 -> .747 (PER .798 -> .804,
                 LOC .771 -> .780)
  Luthfi et al. gold standard (encyclopedic; read_luthfi, picked by the file name; scored at the start and the
  end of round 2): NER alone .931 (PER .971, ORG .891, LOC .911), NER + step .934 at both ends (PER .960,
  ORG .876, LOC .944).
  NOTE: the shipped NER was trained on this set (models/README.md), so it tests the step only, not the NER.
  Those test and Luthfi figures are of commit afb99ae; the given-name rule (a full name opened by a given name
  from the DBpedia gazetteer) came after and was not scored on them: on the dev files it moves NER-UI dev
  .705 -> .707 (PER .755 -> .759), NER-UGM dev unchanged.
NER-UGM's ORG falls because that set leaves many organisations untagged ("TNI", "Bursa Efek Indonesia",
"Komisi III DPR"), which the step tags.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.training.card import entity_set  # noqa: E402


def predict(path: Path) -> tuple[list[list[str]], list[list[str]], list[list[str]]]:
    """(tokens, gold BIOES, predicted BIOES) per sentence; predictions cached by file content."""
    from pipeline.training.card import _bioes
    from pipeline.training.prepare import read_bio, read_luthfi

    sents = (read_luthfi if path.name.startswith("luthfi") else read_bio)(path)
    tokens = [[t for t, _ in s] for s in sents]
    gold = [_bioes([tag for _, tag in s]) for s in sents]
    key = hashlib.sha1(path.read_bytes() + (ROOT / "models/id/ner.pt").read_bytes()[:1 << 20]).hexdigest()[:12]
    cache = ROOT / "build" / "ner_repair" / f"{path.parent.name}_{path.stem}_{key}.json"
    if cache.is_file():
        return tokens, gold, json.loads(cache.read_text(encoding="utf-8"))
    from pipeline.analyse import quantise
    from pipeline.training.card import _pipeline

    nlp = _pipeline(ROOT / "models", ["tokenize", "ner"], tokenize_pretokenized=True)
    quantise(nlp)
    doc = nlp(tokens)
    pred = [[tok.ner for tok in s.tokens] for s in doc.sentences]
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_text(json.dumps(pred), encoding="utf-8")
    return tokens, gold, pred


def doc_of(tokens: list[str], tags: list[str], vocab):
    """A spaCy Doc over one sentence's tokens with these BIOES entities."""
    from spacy.tokens import Doc, Span
    from stanza.models.ner.utils import decode_from_bioes

    doc = Doc(vocab, words=tokens, spaces=[True] * len(tokens))
    doc.ents = [Span(doc, e["start"], e["end"] + 1, label=e["type"]) for e in decode_from_bioes(tags)]
    return doc


def tags_of(doc) -> list[str]:
    tags = ["O"] * len(doc)
    for e in doc.ents:
        if len(e) == 1:
            tags[e.start] = f"S-{e.label_}"
        else:
            tags[e.start] = f"B-{e.label_}"
            tags[e.end - 1] = f"E-{e.label_}"
            for i in range(e.start + 1, e.end - 1):
                tags[i] = f"I-{e.label_}"
    return tags


def repaired(tokens, pred):
    from pipeline.analyse import _blank
    from pipeline.analyse_ents import repair

    vocab = _blank().vocab
    return [tags_of(repair(doc_of(t, p, vocab))) for t, p in zip(tokens, pred)]


def scores(gold, pred) -> dict:
    g, s = entity_set(gold), entity_set(pred)
    out = {}
    for typ in ["ALL", "PER", "ORG", "LOC"]:
        gt = g if typ == "ALL" else {e for e in g if e[3] == typ}
        st = {e for e in s if e[3] in ("PER", "ORG", "LOC")} if typ == "ALL" else {e for e in s if e[3] == typ}
        tp = len(gt & st)
        p, r = (tp / len(st) if st else 0.0), (tp / len(gt) if gt else 0.0)
        out[typ] = {"p": round(p, 3), "r": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
                    "gold": len(gt), "pred": len(st)}
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", type=Path, nargs="+")
    ap.add_argument("--baseline", action="store_true", help="the NER alone only (no step)")
    ap.add_argument("--show", default=None, help="print the step's changes for this type (PER/ORG/LOC)")
    ap.add_argument("--limit", type=int, default=40)
    args = ap.parse_args(argv)
    for path in args.corpus:
        tokens, gold, pred = predict(path)
        row = {"file": f"{path.parent.name}/{path.name}", "ner": scores(gold, pred)}
        if not args.baseline:
            fixed = repaired(tokens, pred)
            row["ner+step"] = scores(gold, fixed)
            if args.show:
                show(tokens, gold, pred, fixed, args.show, args.limit)
        print(json.dumps(row))
    return 0


def show(tokens, gold, pred, fixed, typ, limit):
    """The entities the step added or changed, each marked right (+) or wrong (-) against gold."""
    g, before, after = entity_set(gold), entity_set(pred), entity_set(fixed)
    n = 0
    for e in sorted((after - before) | (before - after)):
        if e[3] != typ:
            continue
        mark = ("+" if e in g else "-") if e in after else ("lost-right" if e in g else "dropped-wrong")
        i = e[0]
        words = tokens[i]
        golds = [(" ".join(words[a:b + 1]), t) for j, a, b, t in sorted(g) if j == i]
        print(mark, " ".join(words[e[1]:e[2] + 1]), "|", " ".join(words[max(0, e[1] - 4):e[2] + 4]), "| gold:", golds)
        n += 1
        if n >= limit:
            break


if __name__ == "__main__":
    raise SystemExit(main())
