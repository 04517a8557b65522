"""Diagnostic: cooperations scored with the GOLD partners fed in, so grouping and kind logic are judged
apart from partner quality.

    python tools/cooperation_oracle.py [--split tune] [--show]
    python tools/cooperation_oracle.py --challenge [--show]   # the team-written set, predicted partners

Same Stanza cache as tools/devloop.py; tune split only unless told otherwise (never tune on holdout).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from devloop import cached_docs  # noqa: E402

from pipeline.evaluate import MATCHERS, _pairs, load_gold, score, select_ids  # noqa: E402
from pipeline.match import extract_all  # noqa: E402
from pipeline.match.cooperations import cooperations  # noqa: E402
from pipeline.schema import Partner  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "gold")
    ap.add_argument("--split", default="tune", choices=["tune", "holdout"])
    ap.add_argument("--profile", default="default")
    ap.add_argument("--show", action="store_true", help="print unmatched gold and predicted records")
    ap.add_argument("--predicted", action="store_true", help="the pipeline's own partners instead of gold's")
    ap.add_argument("--challenge", action="store_true",
                    help="tests/data/cooperations_challenge.yaml with the pipeline's own partners")
    args = ap.parse_args()
    if args.challenge:
        import yaml
        items = yaml.safe_load((ROOT / "tests" / "data" / "cooperations_challenge.yaml").read_text("utf-8"))
        gold = {c["id"]: {"text": c["text"], "cooperations": c["cooperations"]} for c in items}
        args.predicted = True
        docs = cached_docs(gold, args.profile, ROOT / "build" / "cache")
    else:
        gold = load_gold(args.gold)
        docs = cached_docs(gold, args.profile, ROOT / "build" / "cache")
        gold = select_ids(gold, f"{ROOT / 'tools' / 'gold_split.json'}:{args.split}")
    preds = {}
    for aid, g in gold.items():
        doc = docs[aid]
        rec = extract_all(doc, id=aid)
        parts = rec.partners if args.predicted else [Partner(**p) for p in g.get("partners") or []]
        date = (rec.published, rec.published_start) if rec.published else None
        coops = cooperations(doc, parts, rec.programs, rec.counts, date)
        preds[aid] = {"cooperations": [c.model_dump() for c in coops]}
        if args.show:
            pairs = _pairs(g.get("cooperations") or [], preds[aid]["cooperations"], MATCHERS["cooperations"])
            print(f"== {aid}")
            for a, b in pairs:
                print("  OK " if a["kind"] == b["kind"] else "  KIND", a["kind"], b["kind"], a["parties"])
            for a in g.get("cooperations") or []:
                if all(a is not x for x, _ in pairs):
                    print("  FN ", a["kind"], a["parties"])
            if args.predicted:
                print("  partners:", [p.name for p in parts])
            for b in preds[aid]["cooperations"]:
                if all(b is not y for _, y in pairs):
                    print("  FP ", b["kind"], b["parties"], b["rule"])
    if args.challenge:
        print_challenge_partners(gold, docs)
    r = score(gold, preds)["cooperations"]
    label = "predicted-partner" if args.predicted else "oracle"
    print(f"{label} cooperations P {r['precision']:.3f} R {r['recall']:.3f} F1 {r['f1']:.3f} "
          f"gold {r['gold']} pred {r['predicted']} kind_accuracy {r['kind_accuracy']}")



def print_challenge_partners(gold: dict, docs: dict) -> None:
    """Partners scored against the cooperations' parties: the set names no other partners, so its
    parties are a lower bound of the gold partners (recall is exact, precision a lower bound)."""
    g = {aid: {"partners": [{"name": n} for n in dict.fromkeys(p for c in x["cooperations"] for p in c["parties"])]}
         for aid, x in gold.items()}
    p = {aid: {"partners": [{"name": r.name} for r in extract_all(docs[aid], id=aid).partners]} for aid in gold}
    r = score(g, p)["partners"]
    print(f"partners vs parties P>={r['precision']:.3f} R {r['recall']:.3f} F1>={r['f1']:.3f} "
          f"gold {r['gold']} pred {r['predicted']}")

if __name__ == "__main__":
    main()
