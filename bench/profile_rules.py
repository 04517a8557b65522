"""Time (and optionally profile) the rules alone over the cached gold Docs (not a test).

    python bench/profile_rules.py [--profile default] [--rounds 5] [--cprofile 30] [--families] [--text-given]
    python bench/profile_rules.py --against /tmp/base-worktree [--rounds 9] [--families]

Reads the Docs that tools/devloop.py cached under build/cache (run it once first) and
runs ``records_from_doc`` on each: prints the median seconds (wall and CPU) of the rules per round,
with --families the median CPU seconds of each rule family (its entry point, what it calls included),
and with --cprofile N the N most costly functions of one round. --text-given hands each Doc its
article's text first, as ``Extractor`` does (the rules then need not join the text from the tokens).
With --against DIR the rules of another checkout (DIR/pipeline, imported as a second package) run in
the same process, Doc by Doc alternately with these: on a shared machine, timings taken minutes
apart differ by more than the change being measured, timings taken side by side do not.
Only timings are printed, never a text or a record.
"""
from __future__ import annotations

import argparse
import collections
import cProfile
import importlib
import pstats
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from devloop import cached_docs  # noqa: E402

from pipeline.assemble import records_from_doc  # noqa: E402
from pipeline.evaluate import load_gold  # noqa: E402
from pipeline.match._doc import clear_cache, per_doc  # noqa: E402
from pipeline.schema import Article  # noqa: E402

FAMILIES = (("outlet", "source_and_dateline"), ("officials", "officials"), ("partners", "partners"),
            ("programs", "programs"), ("published", "published"), ("counts", "counts"),
            ("quotes", "quotes"), ("cooperations", "cooperations"))
FAMILY_CPU: collections.Counter = collections.Counter()


def time_families(package: str = "pipeline", into: collections.Counter = FAMILY_CPU) -> None:
    """Wrap each family's entry point to add its CPU seconds to ``into`` (``extract_all``
    imports them from their modules at each call, so the wrappers are what it runs)."""
    for module, name in FAMILIES:
        mod = importlib.import_module(f"{package}.match.{module}")
        setattr(mod, name, _timed(module, getattr(mod, name), into))


def _timed(family: str, fn, into: collections.Counter):
    def wrapper(*args, **kw):
        c = time.process_time()
        try:
            return fn(*args, **kw)
        finally:
            into[family] += time.process_time() - c
    return wrapper


def _other_package(checkout: Path) -> str:
    """``checkout``/pipeline imported as the package ``pipeline_other`` (its imports are relative)."""
    tmp = Path(tempfile.mkdtemp(prefix="profile-rules-"))
    shutil.copytree(checkout / "pipeline", tmp / "pipeline_other", ignore=shutil.ignore_patterns("__pycache__"))
    sys.path.insert(0, str(tmp))
    return "pipeline_other"


def side_by_side(docs: dict, gold: dict, other: str, rounds: int, families: bool) -> None:
    """Both checkouts' rules on each Doc in turn (which goes first alternates by round), each with
    its own per-Doc caches; the median CPU seconds per round (and per family) of each."""
    runs = {"this": importlib.import_module("pipeline.assemble"), "other": importlib.import_module(f"{other}.assemble")}
    caches = {"this": clear_cache, "other": importlib.import_module(f"{other}.match._doc").clear_cache}
    articles = {"this": Article, "other": importlib.import_module(f"{other}.schema").Article}
    fam = {tag: collections.Counter() for tag in runs}
    if families:
        time_families("pipeline", fam["this"])
        time_families(other, fam["other"])
    totals: dict = {tag: [] for tag in runs}
    per_family: dict = {tag: [] for tag in runs}
    for r in range(rounds + 1):   # the first round warms up: word lists and matchers are built then
        spent = dict.fromkeys(runs, 0.0)
        for tag in runs:
            caches[tag]()
            fam[tag].clear()
        order = ("this", "other") if r % 2 else ("other", "this")
        for aid, doc in docs.items():
            for tag in order:
                c = time.process_time()
                runs[tag].records_from_doc(doc, articles[tag](id=aid, text=gold[aid]["text"]))
                spent[tag] += time.process_time() - c
        if r:
            for tag in runs:
                totals[tag].append(spent[tag])
                per_family[tag].append(dict(fam[tag]))
    for tag, label in (("other", "against"), ("this", "this   ")):
        line = f"{label}: median {statistics.median(totals[tag]):.3f} s CPU (min {min(totals[tag]):.3f})"
        if families:
            line += "; " + ", ".join(f"{f} {statistics.median(x.get(f, 0.0) for x in per_family[tag]):.3f}"
                                     for f, _ in FAMILIES)
        print(line)


def one_round(docs: dict, gold: dict, text_given: bool = False) -> tuple[float, float, dict]:
    """Wall and CPU seconds of the rules over all Docs (CPU time is steadier on a busy machine),
    and CPU seconds per family when they are timed."""
    clear_cache()   # per-Doc values are computed once per article in a real run, not once per process
    FAMILY_CPU.clear()
    t, c = time.perf_counter(), time.process_time()
    for aid, doc in docs.items():
        text = gold[aid]["text"]
        if text_given:
            per_doc(doc, "text", lambda: text)
        records_from_doc(doc, Article(id=aid, text=text))
    return time.perf_counter() - t, time.process_time() - c, dict(FAMILY_CPU)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "gold")
    ap.add_argument("--profile", default="default")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--cprofile", type=int, default=0, metavar="N")
    ap.add_argument("--sort", default="tottime")
    ap.add_argument("--dump", type=Path, help="write the cProfile stats here (for pstats)")
    ap.add_argument("--families", action="store_true", help="CPU seconds per rule family")
    ap.add_argument("--text-given", action="store_true", help="hand each Doc its text first, as Extractor does")
    ap.add_argument("--against", type=Path, metavar="CHECKOUT",
                    help="time another checkout's rules side by side with these (a git worktree of the base commit)")
    args = ap.parse_args()
    gold = load_gold(args.gold)
    docs = cached_docs(gold, args.profile, ROOT / "build" / "cache")
    if args.against:
        side_by_side(docs, gold, _other_package(args.against), args.rounds, args.families)
        return
    if args.families:
        time_families()
    one_round(docs, gold, args.text_given)  # warm-up: word lists and matchers are built on the first article
    secs = [one_round(docs, gold, args.text_given) for _ in range(args.rounds)]
    wall, cpu = statistics.median(r[0] for r in secs), statistics.median(r[1] for r in secs)
    print(f"rules over {len(docs)} Docs: median {wall:.3f} s wall, {cpu:.3f} s CPU "
          f"(rounds, wall: {', '.join(f'{r[0]:.3f}' for r in secs)})")
    if args.families:
        print("  CPU per family (median): " + ", ".join(
            f"{fam} {statistics.median(r[2].get(fam, 0.0) for r in secs):.3f}" for fam, _ in FAMILIES))
    if args.cprofile:
        prof = cProfile.Profile()
        prof.enable()
        one_round(docs, gold, args.text_given)
        prof.disable()
        stats = pstats.Stats(prof)
        stats.sort_stats(args.sort).print_stats(args.cprofile)
        if args.dump:
            stats.dump_stats(args.dump)


if __name__ == "__main__":
    main()
