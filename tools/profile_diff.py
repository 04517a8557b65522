"""Where two prediction files differ, per article and record type, against the gold (tune split).

    python tools/devloop.py --profile default --out build/dev/a.jsonl
    python tools/devloop.py --profile fast --out build/dev/b.jsonl
    python tools/profile_diff.py build/dev/a.jsonl build/dev/b.jsonl [--type officials] [--tokens default fast]

For each article whose matched/predicted counts differ it prints the records
only one side has, marked + (matches gold) or - (does not). With
``--tokens A B`` it also prints, for those articles, the token and sentence
boundaries that differ between the cached Docs of the two profiles (run
devloop for both first, with the same PIPELINE_NER_DIR).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.evaluate import MATCHERS, TYPES, _pairs, load_gold, select_ids  # noqa: E402

KEYS = {"partners": ("name",), "programs": ("name",), "counts": ("value", "unit"), "quotes": ("speaker", "text"),
        "officials": ("name", "title"), "cooperations": ("parties", "kind")}


def _load(path: Path) -> dict[str, dict]:
    return {r["id"]: r for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


def _key(rtype: str, rec: dict) -> str:
    return json.dumps([rec.get(k) for k in KEYS[rtype]], ensure_ascii=False)[:160]


def _side(rtype: str, gold: list[dict], pred: list[dict]) -> dict[str, bool]:
    """Each predicted record's key -> whether it matched a gold record."""
    ok = {id(p) for _, p in _pairs(gold, pred, MATCHERS[rtype])}
    return {_key(rtype, p): id(p) in ok for p in pred}


def diff(gold: dict, a: dict, b: dict, types) -> list[str]:
    """Articles where the two predictions differ, with a few lines of detail each."""
    out = []
    for aid, g in gold.items():
        lines = []
        for t in types:
            ga = _side(t, g.get(t) or [], a[aid].get(t) or [])
            gb = _side(t, g.get(t) or [], b[aid].get(t) or [])
            if sum(ga.values()) == sum(gb.values()) and len(ga) == len(gb) and ga.keys() == gb.keys():
                continue
            for k in ga.keys() - gb.keys():
                lines.append(f"  {t:12} A only {'+' if ga[k] else '-'} {k}")
            for k in gb.keys() - ga.keys():
                lines.append(f"  {t:12} B only {'+' if gb[k] else '-'} {k}")
            lines.append(f"  {t:12} matched A {sum(ga.values())}/{len(ga)}  B {sum(gb.values())}/{len(gb)}")
        if lines:
            out.append(aid)
            out.extend(lines)
    return out


def token_diff(doc_a, doc_b, limit: int = 40) -> list[str]:
    """Token and sentence-start boundaries present in one Doc only, with a little context."""
    text = doc_a.text

    def bounds(doc):
        toks = {(t.idx, t.idx + len(t)) for t in doc if not t.is_space}
        sents = {s[0].idx for s in doc.sents}
        return toks, sents

    ta, sa = bounds(doc_a)
    tb, sb = bounds(doc_b)
    lines = []
    for name, only in (("tokA", ta - tb), ("tokB", tb - ta)):
        for s, e in sorted(only)[:limit]:
            lines.append(f"    {name} {text[s:e]!r:24} in ...{text[max(0, s - 30):e + 30]!r}")
    for name, only in (("sentA", sa - sb), ("sentB", sb - sa)):
        for s in sorted(only)[:limit]:
            lines.append(f"    {name} at ...{text[max(0, s - 40):s]!r} | {text[s:s + 30]!r}")
    return lines


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("a", type=Path)
    ap.add_argument("b", type=Path)
    ap.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "gold")
    ap.add_argument("--type", action="append", choices=TYPES + ("cooperations",))
    ap.add_argument("--tokens", nargs=2, metavar=("PROFILE_A", "PROFILE_B"))
    args = ap.parse_args()
    gold = load_gold(args.gold)
    tune = select_ids(gold, f"{ROOT / 'tools' / 'gold_split.json'}:tune")
    a, b = _load(args.a), _load(args.b)
    lines = diff(tune, a, b, args.type or TYPES + ("cooperations",))
    docs = None
    if args.tokens:
        from devloop import cached_docs
        docs = [cached_docs(gold, p, ROOT / "build" / "cache") for p in args.tokens]
    for line in lines:
        print(line)
        if docs and not line.startswith(" "):
            print("\n".join(token_diff(docs[0][line], docs[1][line])))


if __name__ == "__main__":
    main()
