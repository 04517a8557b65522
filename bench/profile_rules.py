"""Time (and optionally profile) the rules alone over the cached gold Docs (not a test).

    python bench/profile_rules.py [--profile default] [--rounds 5] [--cprofile 30]

Reads the Docs that tools/devloop.py cached under build/cache (run it once first) and
runs ``records_from_doc`` on each: prints the median seconds (wall and CPU) of the rules per round and,
with --cprofile N, the N most costly functions of one round. Only timings are printed,
never a text or a record.
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from devloop import cached_docs  # noqa: E402

from pipeline.assemble import records_from_doc  # noqa: E402
from pipeline.evaluate import load_gold  # noqa: E402
from pipeline.match._doc import clear_cache  # noqa: E402
from pipeline.schema import Article  # noqa: E402


def one_round(docs: dict, gold: dict) -> tuple[float, float]:
    """Wall and CPU seconds of the rules over all Docs (CPU time is steadier on a busy machine)."""
    clear_cache()   # per-Doc values are computed once per article in a real run, not once per process
    t, c = time.perf_counter(), time.process_time()
    for aid, doc in docs.items():
        records_from_doc(doc, Article(id=aid, text=gold[aid]["text"]))
    return time.perf_counter() - t, time.process_time() - c


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "gold")
    ap.add_argument("--profile", default="default")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--cprofile", type=int, default=0, metavar="N")
    ap.add_argument("--sort", default="tottime")
    ap.add_argument("--dump", type=Path, help="write the cProfile stats here (for pstats)")
    args = ap.parse_args()
    gold = load_gold(args.gold)
    docs = cached_docs(gold, args.profile, ROOT / "build" / "cache")
    one_round(docs, gold)  # warm-up: word lists and matchers are built on the first article
    secs = [one_round(docs, gold) for _ in range(args.rounds)]
    wall, cpu = statistics.median(w for w, _ in secs), statistics.median(c for _, c in secs)
    print(f"rules over {len(docs)} Docs: median {wall:.3f} s wall, {cpu:.3f} s CPU "
          f"(rounds, wall: {', '.join(f'{w:.3f}' for w, _ in secs)})")
    if args.cprofile:
        prof = cProfile.Profile()
        prof.enable()
        one_round(docs, gold)
        prof.disable()
        stats = pstats.Stats(prof)
        stats.sort_stats(args.sort).print_stats(args.cprofile)
        if args.dump:
            stats.dump_stats(args.dump)


if __name__ == "__main__":
    main()
