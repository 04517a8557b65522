"""Run the rules over every sentence of the IndoLEM NER sets (real online news, ~4,500 sentences that no
rule and no shipped model was fitted to) and print what needs no annotation to judge:

- records per 100 sentences, per type;
- partners, programs and cooperations in sentences where no word reporting a cooperation appears
  (the guideline records parties only to a reported cooperation, so these are suspect);
- `published` against the "Weekday (d/m/yyyy)" dates the sentences carry.

    python tools/real_probe.py [--profile default] [--out records.jsonl] [--show]

The sentences are read from ../shared/data/ner at run time; `--out` writes the records keyed by file
and sentence number, without the text, so two trees can be compared with `diff`.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.analyse import Analyser  # noqa: E402
from pipeline.assemble import records_from_doc  # noqa: E402
from pipeline.lexicon import mapping, words  # noqa: E402
from pipeline.schema import Article  # noqa: E402
from tests._real import NER, token_file_sentences  # noqa: E402

FILES = [f"{corpus}/{part}.tsv" for corpus in ("nerugm", "nerui") for part in ("train", "dev", "test")]
TYPES = ("partners", "programs", "counts", "quotes", "officials", "cooperations")
PARTY_TYPES = ("partners", "programs", "cooperations")
BATCH = 200
DATED = re.compile(r"\b(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)\s*,?\s*"
                   r"\((\d{1,2})/(\d{1,2})/(\d{4})\)")


def sentences() -> list[tuple[str, str]]:
    if not NER.is_dir():
        sys.exit(f"{NER} not present: the sentences are read from ../shared at run time")
    return [(f"{name}:{i}", text) for name in FILES for i, text in enumerate(token_file_sentences(NER / name))]


def cooperation_words() -> re.Pattern:
    """The words that report a cooperation: the rules' cue lists and the kinds' cues, less the kinds
    whose cues are everyday words ("program", "pembangunan", "bantuan")."""
    cues = set(words("cooperation_cues")) | set(words("partner_strong_cues"))
    kinds = mapping("cooperation_kinds")
    for kind in set(kinds["order"]) - {"project", "support", "given_support"}:
        cues |= set(kinds[kind])
    alternatives = "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})", re.I)


def records(items: list[tuple[str, str]], profile: str) -> list[dict]:
    analyser, out = Analyser(profile), []
    for k in range(0, len(items), BATCH):
        chunk = items[k:k + BATCH]
        for (sid, text), doc in zip(chunk, analyser.pipe([t for _, t in chunk])):
            rec = records_from_doc(doc, Article(id=sid, text=text)).model_dump(mode="json", exclude={"text"})
            out.append({"id": sid, **{t: rec[t] for t in TYPES}, "published": rec.get("published")})
    return out


def published_agreement(items, recs) -> tuple[int, int]:
    dated = agree = 0
    for (_, text), rec in zip(items, recs):
        m = DATED.search(text)
        if not m:
            continue
        dated += 1
        day, month, year = (int(g) for g in m.groups())
        got = rec["published"]
        agree += got == f"{year:04d}-{month:02d}-{day:02d}"
    return dated, agree


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--profile", default="default")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--show", action="store_true", help="print the records found without a cooperation word")
    args = ap.parse_args()
    items = sentences()
    recs = records(items, args.profile)
    cue = cooperation_words()
    n = len(items)
    totals = Counter({t: sum(len(r[t]) for r in recs) for t in TYPES})
    print(f"{n} sentences ({', '.join(FILES)}), profile {args.profile}")
    print("records per 100 sentences: " + ", ".join(f"{t} {100 * totals[t] / n:.1f}" for t in TYPES))
    without = [(item, r) for item, r in zip(items, recs)
               if any(r[t] for t in PARTY_TYPES) and not cue.search(item[1])]
    counted = Counter({t: sum(len(r[t]) for _, r in without) for t in PARTY_TYPES})
    print(f"sentences with party records but no cooperation word: {len(without)} "
          f"({', '.join(f'{t} {counted[t]}' for t in PARTY_TYPES)}; all party records: "
          f"{', '.join(f'{t} {totals[t]}' for t in PARTY_TYPES)})")
    dated, agree = published_agreement(items, recs)
    print(f"published equals the sentence's 'Weekday (d/m/yyyy)' date: {agree} of {dated}")
    if args.show:
        for (sid, _), r in without:
            print(sid, {t: [x.get("name") or x.get("parties") for x in r[t]] for t in PARTY_TYPES if r[t]})
    if args.out:
        with args.out.open("w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
