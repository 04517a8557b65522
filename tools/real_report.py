"""Scores of every real-sentence set in tests/data/real_*.jsonl in one table: the record types each set
annotates, P/R/F1 and the side accuracies (speaker, title, kind), from one Analyser batch per set as a
run makes them. The tests assert floors; this prints where the rules stand, to compare two trees.

    python tools/real_report.py [--profile default] [--no-repair] [--set real_quotes.jsonl ...]

The sentences are read from ../shared/data at run time (the repo keeps annotations only).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.analyse import Analyser  # noqa: E402
from tests._real import EMPTY, annotations, batch_scores, mixed_gold, with_quote_texts  # noqa: E402

DATA = ROOT / "tests" / "data"
SIDE = {"quotes": "speaker_accuracy", "officials": "title_accuracy", "cooperations": "kind_accuracy"}


def load(path: Path) -> tuple[dict[str, dict], list[str]]:
    """A set's gold items and the record types its rows annotate."""
    rows = annotations(path)
    types = [t for t in (*EMPTY, "cooperations") if any(t in r for r in rows)]
    gold = mixed_gold(path)
    for g in gold.values():
        g.setdefault("cooperations", [])
    return with_quote_texts(gold), types


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--profile", default="default")
    ap.add_argument("--no-repair", action="store_true", help="the NER's entities alone")
    ap.add_argument("--set", action="append", help="a file name under tests/data (repeatable)")
    args = ap.parse_args()
    analyser = Analyser(args.profile, repair=not args.no_repair)
    paths = [DATA / s for s in args.set] if args.set else sorted(DATA.glob("real_*.jsonl"))
    print(f"{'set':32} {'type':13} {'n':>4} {'P':>6} {'R':>6} {'F1':>6}  side")
    for path in paths:
        gold, types = load(path)
        scores = batch_scores(gold, analyser)
        for t in types:
            s = scores[t]
            side = f"{SIDE[t]}={s[SIDE[t]]:.3f}" if t in SIDE and s.get(SIDE[t]) is not None else ""
            figs = " ".join("  none" if s.get(k) is None else f"{s[k]:6.3f}" for k in ("precision", "recall", "f1"))
            print(f"{path.name:32} {t:13} {len(gold):4} {figs}  {side}")


if __name__ == "__main__":
    main()
