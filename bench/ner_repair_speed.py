"""Time of the entity-repair step against the analysis it follows, on the gold article texts.

  python bench/ner_repair_speed.py [--repeats 3]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "gold")
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args(argv)
    from pipeline.analyse import Analyser
    from pipeline.analyse_ents import repair

    texts = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(args.gold.glob("*/*.json"))]
    an = Analyser("default", repair=False)
    an.pipe(texts[:2])   # warm-up
    t0 = time.perf_counter()
    docs = an.pipe(texts)
    analysis = time.perf_counter() - t0
    repair(docs[0])      # loads the step's data once
    best = float("inf")
    for _ in range(args.repeats):
        copies = [d.copy() for d in docs]
        t0 = time.perf_counter()
        for d in copies:
            repair(d)
        best = min(best, time.perf_counter() - t0)
    print(json.dumps({"articles": len(texts), "analysis_s": round(analysis, 3), "repair_s": round(best, 4),
                      "repair_share_of_analysis": round(best / analysis, 4)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
