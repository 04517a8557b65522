"""Merge precision and recall of entity ids on the gold partners of the TUNE split, checked by hand.

    python tools/entity_merge_check.py                      # gold partner names of the tune articles
    python tools/entity_merge_check.py --pred OUT.jsonl     # the partners an extraction output gave them

Every partner is resolved the way `summarize` does it (article text for its acronyms, then merged over
the whole set). Two mentions in different articles make a pair; the script prints

1. every entity that holds more than one written form (the merges to check by hand: a wrong one is
   two different parties under one id), with the pairs of distinct forms it makes;
2. every pair of entities whose names a reader would call candidates for one party (the scorer's
   partner rule: the words of one name, without generic government words, inside the other's; or
   rapidfuzz token ratio >= 85), in different articles: the missed merges to check by hand.

Pass the verdicts back (`--false-merge ID` for a cluster holding two parties, `--missed A B` for two ids
that are one party) to print precision and recall over pairs of distinct written forms. The verdicts of
the last check are in docs/archive.md. Only the tune split is read: the holdout stays unseen.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.evaluate import load_gold, partner_match  # noqa: E402
from pipeline.resolve import normalise  # noqa: E402
from pipeline.schema import ArticleRecords, Partner  # noqa: E402
from pipeline.summarize import tables_of  # noqa: E402


def tune_ids() -> set[str]:
    return set(json.loads((ROOT / "tools" / "gold_split.json").read_text(encoding="utf-8"))["tune"])


def gold_records(gold: dict[str, dict]) -> list[ArticleRecords]:
    return [ArticleRecords(id=aid, text=g["text"], partners=[Partner(**{k: p.get(k) for k in (
        "name", "type", "country", "scope")}) for p in g.get("partners", [])]) for aid, g in gold.items()]


def predicted_records(path: Path, gold: dict[str, dict]) -> list[ArticleRecords]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        rec = ArticleRecords.model_validate_json(line)
        if rec.id in gold:  # the gold text gives summarize the acronyms an output without text lacks
            out.append(rec.model_copy(update={"text": gold[rec.id]["text"]}))
    return out


def partner_mentions(records: list[ArticleRecords]) -> list[dict]:
    """(entity_id, article_id, name) of every partner, after merging over the whole set."""
    _, t = tables_of(records)
    m = t["mentions"]
    return m[m["role"] == "partner"][["entity_id", "article_id", "name"]].drop_duplicates().to_dict("records")


def form(name: str) -> str:
    return normalise(name)


def merged_clusters(mentions: list[dict]) -> dict[str, list[dict]]:
    by_id = defaultdict(list)
    for m in mentions:
        by_id[m["entity_id"]].append(m)
    return {e: ms for e, ms in by_id.items() if len({form(m["name"]) for m in ms}) > 1}


def form_pairs(mentions: list[dict]):
    """Pairs of mentions in different articles with different written forms."""
    for a, b in combinations(mentions, 2):
        if a["article_id"] != b["article_id"] and form(a["name"]) != form(b["name"]):
            yield a, b


def is_candidate(a: str, b: str) -> bool:
    from rapidfuzz import fuzz

    return partner_match({"name": a}, {"name": b}) or fuzz.token_sort_ratio(form(a), form(b)) >= 85


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "gold")
    ap.add_argument("--pred", type=Path, help="an extraction output (JSONL) of the tune articles")
    ap.add_argument("--false-merge", action="append", default=[], metavar="ENTITY_ID",
                    help="a merged entity that the hand check found to hold two parties")
    ap.add_argument("--missed", nargs=2, action="append", default=[], metavar=("ID_A", "ID_B"),
                    help="two entity ids that the hand check found to be one party")
    args = ap.parse_args()
    ids = tune_ids()
    gold = {k: v for k, v in load_gold(args.gold).items() if k in ids}
    records = predicted_records(args.pred, gold) if args.pred else gold_records(gold)
    mentions = partner_mentions(records)

    clusters = merged_clusters(mentions)
    print(f"{len(records)} tune articles, {len(mentions)} partner mentions, "
          f"{len({m['entity_id'] for m in mentions})} entities, {len(clusters)} with several written forms\n")
    print("== merges to check (entity: forms [articles])")
    for e, ms in sorted(clusters.items()):
        forms = defaultdict(set)
        for m in ms:
            forms[m["name"]].add(m["article_id"])
        print(f"{e}\n    " + "\n    ".join(f"{n}  [{len(a)}]" for n, a in sorted(forms.items())))

    same = [(a, b) for a, b in form_pairs(mentions) if a["entity_id"] == b["entity_id"]]
    apart = defaultdict(set)
    for a, b in form_pairs(mentions):
        if a["entity_id"] != b["entity_id"] and is_candidate(a["name"], b["name"]):
            apart[tuple(sorted((a["entity_id"], b["entity_id"])))].add((a["name"], b["name"]))
    print("\n== candidate missed merges (id | id: a name pair)")
    for (ea, eb), names in sorted(apart.items()):
        na, nb = sorted(names)[0]
        print(f"{ea} | {eb}: {na!r} ~ {nb!r}")

    wrong = sum(1 for a, b in same if a["entity_id"] in args.false_merge)
    missed_ids = {tuple(sorted(p)) for p in args.missed}
    missed = sum(1 for a, b in form_pairs(mentions)
                 if tuple(sorted((a["entity_id"], b["entity_id"]))) in missed_ids)
    right = len(same) - wrong
    print(f"\npairs of distinct written forms in different articles sharing an id: {len(same)}"
          f" ({len(clusters)} entities); candidate pairs kept apart: {len(apart)} entity pairs")
    if args.false_merge or args.missed:
        print(f"with the verdicts: precision {right / max(len(same), 1):.3f} ({wrong} false pairs), "
              f"recall {right / max(right + missed, 1):.3f} ({missed} missed pairs)")


if __name__ == "__main__":
    main()
