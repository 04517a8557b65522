"""Fix the held-out fifth of ../shared/gold once, stratified, and write it to tools/gold_split.json.

    python tools/make_split.py [--gold ../shared/gold]

Strata: the gold folder (dev / train) x whether the article reports a
cooperation (gold partners non-empty) or is ordinary news. Inside a stratum the
ids are ordered by a hash of the id (stable, independent of file order), and
every fifth goes to the holdout. Rules are tuned on `tune` only; `holdout` is
scored apart as the honest estimate for unseen articles.
"""
from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPLIT_FILE = ROOT / "tools" / "gold_split.json"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "gold")
    args = ap.parse_args()
    strata: dict[tuple[str, bool], list[str]] = {}
    for path in sorted(args.gold.glob("*/*.json")):
        rec = json.loads(path.read_text(encoding="utf-8"))
        key = (path.parent.name, bool(rec.get("partners")))
        strata.setdefault(key, []).append(rec.get("id") or path.stem)
    split = {"tune": [], "holdout": []}
    for key in sorted(strata):
        ids = sorted(strata[key], key=lambda i: hashlib.sha1(i.encode()).hexdigest())
        for n, aid in enumerate(ids):
            split["holdout" if n % 5 == 2 else "tune"].append(aid)
    split = {k: sorted(v) for k, v in split.items()}
    SPLIT_FILE.write_text(json.dumps(split, indent=1) + "\n", encoding="utf-8")
    print(f"tune {len(split['tune'])}, holdout {len(split['holdout'])} -> {SPLIT_FILE}")


if __name__ == "__main__":
    main()
