"""Score the team-written challenge sets (tests/data/*_challenge.*) and print one table.

    python tools/challenge_report.py [--set NAME ...] [--exams] [--profile default]

The same scoring as tests/test_challenge.py (the evaluator's rules through the real models),
for every set in its FLOORS but the exams, or the sets named. The exams (`exam*_challenge.yaml`,
scored on all record types) are printed only with --exams or by name: whoever tunes rules runs
this report often, and an exam seen while tuning is no longer blind. Prints F1 (and
speaker/title/kind accuracy) per set and record type, and the floors.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.analyse import Analyser  # noqa: E402
from pipeline.assemble import records_from_doc  # noqa: E402
from pipeline.evaluate import TYPES  # noqa: E402
from pipeline.schema import Article  # noqa: E402
from tests.test_challenge import DATA, FLOORS, load, set_scores  # noqa: E402

ATTRIBUTE = {"quotes": "speaker_accuracy", "officials": "title_accuracy", "cooperations": "kind_accuracy"}


def report(name: str, analyser: Analyser) -> list[str]:
    gold = load(name)
    docs = analyser.pipe([g["text"] for g in gold.values()])
    preds = {aid: records_from_doc(d, Article(id=aid, text=g["text"])).model_dump(exclude={"text"})
             for d, (aid, g) in zip(docs, gold.items())}
    scores = set_scores(gold, preds)
    rtypes = FLOORS.get(name) or {t: {} for t in TYPES + ("cooperations",)}
    rows = []
    for rtype in rtypes:
        r = scores[rtype]
        accuracies = [k for k in ("accuracy", "source_accuracy", "dateline_accuracy", ATTRIBUTE.get(rtype))
                      if k and r.get(k) is not None]
        extra = " / ".join(f"{r[k]:.3f}" for k in accuracies)
        floors = ", ".join(f"{k} {v}" for k, v in FLOORS.get(name, {}).get(rtype, {}).items())
        cells = [f"{r[k]:.3f}" if isinstance(r.get(k), float) else "" for k in ("precision", "recall", "f1")]
        rows.append(f"| {name} ({len(gold)}) | {rtype} | {' | '.join(cells)} | {extra} | {r.get('gold', '')} | "
                    f"{floors} |")
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", action="append", dest="sets", help="a file name under tests/data (repeatable)")
    ap.add_argument("--exams", action="store_true", help="also score the blind exams")
    ap.add_argument("--profile", default="default")
    args = ap.parse_args()
    names = args.sets or sorted(n for n in FLOORS if args.exams or not n.startswith("exam"))
    missing = [n for n in names if not (DATA / n).is_file()]
    if missing:
        sys.exit(f"no such challenge set under {DATA}: {', '.join(missing)}")
    analyser = Analyser(args.profile)
    print("| set (items) | type | P | R | F1 | speaker/title/kind acc. | gold | floors |")
    print("|---|---|---|---|---|---|---|---|")
    for name in names:
        print("\n".join(report(name, analyser)), flush=True)


if __name__ == "__main__":
    main()
