"""Rule-tuning loop on the gold: analyse once with Stanza (cached), extract, score.

    python tools/devloop.py [--split tune|holdout|all] [--show quotes] [--only ID] [--by-rule] [--per-article N]

Tune rules on `--split tune` (the default) only; `holdout` is the fixed fifth
of tools/gold_split.json, scored apart as the honest estimate. The gold texts
are read from ../shared/gold at run time; nothing of them is written into the
repository (the cache lives under build/).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from spacy.tokens import DocBin  # noqa: E402

from pipeline.analyse import MODELS_DIR, PROFILES, Analyser  # noqa: E402
from pipeline.assemble import records_from_doc  # noqa: E402
from pipeline.evaluate import (  # noqa: E402
    MATCHERS,
    TYPES,
    _pairs,
    by_rule,
    format_by_rule,
    format_intervals,
    format_per_article,
    format_scores,
    intervals,
    load_gold,
    per_article,
    score,
    select_ids,
)
from pipeline.schema import Article  # noqa: E402


def cached_docs(gold: dict, profile: str, cache_dir: Path, repair: bool = True):
    """The gold's Docs as ``Analyser(profile)`` makes them. The NER's Docs are cached; the entity-repair
    step (pipeline/analyse_ents.py, ~1 ms a Doc) runs afresh on them at every call, so a change to its
    code or data files needs no new analysis (``repair=False``: the NER's entities alone)."""
    stamp = "-".join(str(int((MODELS_DIR / "id" / f"{p}.pt").stat().st_mtime)) for p in PROFILES[profile])
    ner_dir = os.environ.get("PIPELINE_NER_DIR")
    if ner_dir:  # another NER makes other Docs
        stamp += f"|{ner_dir}:{int((Path(ner_dir) / 'id' / 'ner.pt').stat().st_mtime)}"
    stamp += "|" + "|".join(hashlib.md5(g["text"].encode()).hexdigest() for g in gold.values())
    # the analysis code shapes the Docs too: a change to it must not reuse Docs it did not make
    code = [ROOT / "pipeline" / "analyse.py", ROOT / "pipeline" / "analyse_ner.py", ROOT / "pipeline" / "tokenize.py",
            *sorted((ROOT / "pipeline" / "lexicons").glob("tokenize_*"))]
    stamp += "|" + "|".join(hashlib.md5(p.read_bytes()).hexdigest() for p in code if p.is_file())
    path = cache_dir / f"gold-{profile}-ner-{hashlib.md5(stamp.encode()).hexdigest()[:12]}.spacy"
    import spacy
    vocab = spacy.blank("id").vocab
    if path.exists():
        docs = list(DocBin().from_disk(path).get_docs(vocab))
    else:
        docs = Analyser(profile, repair=False).pipe([g["text"] for g in gold.values()])
        cache_dir.mkdir(parents=True, exist_ok=True)
        DocBin(store_user_data=False, docs=docs).to_disk(path)
    if repair:
        from pipeline.analyse_ents import repair as repair_doc

        docs = [repair_doc(d) for d in docs]
    return dict(zip(gold, docs))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "gold")
    ap.add_argument("--split", default="tune", choices=["tune", "holdout", "all"],
                    help="which part of tools/gold_split.json to score (tune rules on `tune` only)")
    ap.add_argument("--by-rule", action="store_true")
    ap.add_argument("--per-article", type=int, default=None, metavar="N")
    ap.add_argument("--profile", default="default")
    ap.add_argument("--show", choices=TYPES + ("cooperations",), help="print false positives/negatives of this type")
    ap.add_argument("--part", choices=["dev", "train"],
                    help="only this gold folder (a second look at how a rule tuned on one part generalises)")
    ap.add_argument("--only", help="one article id")
    ap.add_argument("--ci", action="store_true", help="also print 90%% bootstrap intervals of F1")
    ap.add_argument("--out", type=Path, default=ROOT / "build" / "dev" / "pred.jsonl")
    ap.add_argument("--no-repair", action="store_true",
                    help="the NER's entities alone, without the entity-repair step (pipeline/analyse_ents.py)")
    args = ap.parse_args()
    gold = load_gold(args.gold)
    missing = [p for p in PROFILES[args.profile] if not (MODELS_DIR / "id" / f"{p}.pt").exists()]
    if missing and args.profile == "default":
        print(f"note: {missing} not shipped yet, using the fast profile", file=sys.stderr)
        args.profile = "fast"
    docs = cached_docs(gold, args.profile, ROOT / "build" / "cache", repair=not args.no_repair)
    if args.split != "all":
        gold = select_ids(gold, f"{ROOT / 'tools' / 'gold_split.json'}:{args.split}")
    if args.part:
        in_part = {p.stem for p in (args.gold / args.part).glob("*.json")}
        gold = {aid: g for aid, g in gold.items() if aid in in_part}
    if args.only:
        gold = {args.only: gold[args.only]}
    preds = {}
    for aid, g in gold.items():
        rec = records_from_doc(docs[aid], Article(id=aid, text=g["text"]))
        preds[aid] = rec.model_dump(exclude={"text"})
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in preds.values()), encoding="utf-8")
    if args.show:
        t = args.show
        keys = {"partners": ("name", "type", "country", "scope"), "programs": ("name", "partners", "sector"),
                "counts": ("value", "unit", "approximate"), "quotes": ("text", "kind", "speaker"),
                "officials": ("name", "title"), "cooperations": ("parties", "kind")}[t]
        for aid, g in gold.items():
            gr, pr = g.get(t) or [], preds[aid].get(t) or []
            pairs = _pairs(gr, pr, MATCHERS[t])
            mg = [id(a) for a, _ in pairs]
            mp = [id(b) for _, b in pairs]
            print(f"== {aid}")
            for a, b in pairs:
                shown = {k: b.get(k) for k in keys} if t in ("quotes", "officials", "partners", "cooperations") else ""
                print("  OK ", {k: a.get(k) for k in keys}, "|", shown)
            for a in gr:
                if id(a) not in mg:
                    print("  FN ", {k: a.get(k) for k in keys})
            for b in pr:
                if id(b) not in mp:
                    print("  FP ", {k: b.get(k) for k in keys}, b.get("rule"))
    print(format_scores(score(gold, preds)))
    if args.ci:
        print(format_intervals(intervals(gold, preds)))
    if args.by_rule:
        print(format_by_rule(by_rule(gold, preds)))
    if args.per_article is not None:
        print(format_per_article(per_article(gold, preds), args.per_article or None))


if __name__ == "__main__":
    main()
