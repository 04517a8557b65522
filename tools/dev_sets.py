"""Scores on the sets rules are developed and checked on, one line each (stop 20's protocol).

    python tools/dev_sets.py

- ``tune-dev``: the three quarters of the tune split that rules are changed against;
- ``tune-check``: the last quarter of tune (the ids whose md5 is 0 mod 4), kept apart until stop 22 (a change
  had to leave it unchanged or better), its errors read at stop 22's end: dev data since;
- ``exams-dev``: exams 1-3 (tests/data/exam*_challenge.yaml), read as dev data since stop 20;
- ``exam4``: written blind at stop 20, scored once, then read as dev data;
- ``exam5``: written blind at stop 20, scored after two rounds, then read as dev data;
- ``exam6``: written blind at stop 20, scored once at its end, read as dev data since stop 21;
- ``exam8``, ``exam9``, ``exam11``: written at stop 21 by engineers who read no rule, scored once, then read as
  dev data.

Exams 7 and 10 (written blind at stop 21) and the holdout are not here: they are scored, never read
(tools/challenge_report.py --set exam7_challenge.yaml; tools/devloop.py --split holdout). Same Stanza
cache as tools/devloop.py.
"""
from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from devloop import cached_docs  # noqa: E402

from pipeline.assemble import records_from_doc  # noqa: E402
from pipeline.evaluate import load_gold, score, select_ids  # noqa: E402
from pipeline.schema import Article  # noqa: E402

EXAMS_DEV = ("exam_challenge.yaml", "exam2_challenge.yaml", "exam3_challenge.yaml")


def tune_check(article_id: str) -> bool:
    return int(hashlib.md5(article_id.encode()).hexdigest(), 16) % 4 == 0


def team_set(names) -> dict[str, dict]:
    return {x["id"]: x for n in names for x in yaml.safe_load((ROOT / "tests" / "data" / n).read_text("utf-8"))}


def line(name: str, s: dict) -> str:
    c, p, o, q = s["cooperations"], s["partners"], s["officials"], s["quotes"]
    return (f"{name:11} cooperations {c['f1']:.3f} (P {c['precision']:.3f} R {c['recall']:.3f}, kind "
            f"{c['kind_accuracy'] or 0:.3f}) | partners {p['f1']:.3f} | programs {s['programs']['f1']:.3f} | "
            f"counts {s['counts']['f1']:.3f} | quotes {q['f1']:.3f} (speaker {q['speaker_accuracy'] or 0:.3f}) | "
            f"officials {o['f1']:.3f} (title {o['title_accuracy'] or 0:.3f})")


def load_sets() -> tuple[dict[str, dict], dict, dict[str, list[str]]]:
    """The gold of the tune split and the team's dev exams, their cached Docs, and the sets by name."""
    tune = select_ids(load_gold(ROOT.parent / "shared" / "gold"), f"{ROOT / 'tools' / 'gold_split.json'}:tune")
    exams = team_set(EXAMS_DEV)
    exam4, exam5, exam6, exam8, exam9, exam11 = (team_set([f"exam{n}_challenge.yaml"]) for n in (4, 5, 6, 8, 9, 11))
    team = {**exams, **exam4, **exam5, **exam6, **exam8, **exam9, **exam11}
    cache = ROOT / "build" / "cache"
    docs = {**cached_docs(tune, "default", cache), **cached_docs(team, "default", cache)}
    sets = {"tune-dev": [a for a in tune if not tune_check(a)], "tune-check": [a for a in tune if tune_check(a)],
            "exams-dev": list(exams), "exam4": list(exam4), "exam5": list(exam5),
            "exam6": list(exam6), "exam8": list(exam8), "exam9": list(exam9),
            "exam11": list(exam11)}
    return {**tune, **team}, docs, sets


def predictions(gold: dict[str, dict], docs: dict) -> dict[str, dict]:
    """The records of every gold article from its cached Doc, as the scorer reads them."""
    return {aid: records_from_doc(docs[aid], Article(id=aid, text=g["text"])).model_dump(exclude={"text"})
            for aid, g in gold.items()}


def main() -> None:
    gold, docs, sets = load_sets()
    preds = predictions(gold, docs)
    for name, ids in sets.items():
        print(line(name, score({a: gold[a] for a in ids}, {a: preds[a] for a in ids})))


if __name__ == "__main__":
    main()
