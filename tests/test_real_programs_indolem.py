"""Programs on REAL news sentences: a blind set that the team did not write.

The sentences are online news from the IndoLEM NER sets (../shared/data/ner/nerugm, nerui), idner-news-2k dev
and test, and the UD treebanks (CSUI news, GSD, PUD). The repo keeps only the annotations
(tests/data/real_programs_indolem.jsonl: the file, the sentence number or UD sent_id, and the programs, complete
per sentence per /work/shared/ANNOTATION.md, with "cooperation": whether the sentence reports a cooperation
between named parties). The sentences are read at run time; the test skips when ../shared is absent.

How they were picked: by a script, every sentence with a program, project, training, scholarship, campaign, aid,
activity, movement, scheme or cooperation word (and launches, "bertajuk", "bernama", awards, English names ending
in Program/Award/Summit...), less "pekan" as a week and text repeated across the sets. Real news names very few
programs run under a cooperation: of some 4,500 sentences, 5 do; the rest are traps (a government's own programs,
party campaigns, movements, trading and restructuring programmes, software, awards, events, products, laws, and
cooperations that name no program). A lone sentence is the whole article: a program its article's earlier
sentences tie to a cooperation is none here.
"""
from __future__ import annotations

from pathlib import Path

from pipeline.assemble import records_from_doc
from pipeline.schema import Article
from tests._real import EMPTY, annotations, batch_scores, mixed_gold, predictions

DATA = Path(__file__).parent / "data" / "real_programs_indolem.jsonl"

# BLIND first run (2026-12-03 18:28 UTC, batch 1: 242 sentences, 5 gold programs, before any rule saw them):
# programs P 0.0 R 0.0 F1 0.0 (0 of 4 predicted right, 0 of 5 gold found). 4 false programs in 3 of the 237
# sentences without one: an event the cooperation only reports on ("Liputan ke ajang X ... atas kerjasama A dan
# B"), an agreement's name ("Perjanjian Kemitraan Ekonomi (Economic Partnership Agreement)") and a government's own
# scheme in a sentence that names no party, a kind of many after a quantifier ("sejumlah proyek PLTA"). Misses: an
# acronym a launch verb gives, spelled out after a comma ("mempersembahkan BUDI, Beasiswa untuk ..."), a lower-case
# project a ministry is chosen for ("dipilih KPK sebagai pilot project dalam ..."), what a party taken on is to do
# ("menggandeng OECD untuk menyusun rencana induk ..."), a quoted name after "bertajuk" whose parties the partner
# rules missed, and a project one company takes part in ("berpartisipasi dalam proyek pemboran yang dilakukan X").
# The fixes batch 1 drew (an acronym spelled out after a comma; none for several of a kind after a quantity, an
# event the parties report on or travel to, an agreement by its own name) gave P .5 R .2 F1 .286 on it (BUDI
# found; the government scheme in a sentence naming no party still taken).
# BLIND second batch (183 fresh sentences, picked by a wider script after those fixes, annotated before any run,
# run once): P 0.0 R 0.0 F1 0.0 (0 of 1, 0 of 2), the same with the rules of the batch-1 blind run: the fixes did
# not meet their cases there. 1 false program in 181 sentences without one ("proyek PLTA lainnya yang dibiayai
# ADB": "lainnya" makes it more of a kind); both misses had no party found by the partner rules (a grant,
# "didanai Samsung", and an event two student bodies held, "diselenggarakan oleh A dan B ... dengan nama X").
BLIND = {"precision": 0.0, "recall": 0.0, "f1": 0.0}
FLOORS = {k: max(0.0, round(v - 0.05, 3)) for k, v in BLIND.items()}


def load_set(batch: int | None = None) -> dict[str, dict]:
    """The annotated sentences (of one batch, or all) as gold articles, text read from ../shared/data."""
    return {k: {**g, **{t: [] for t in EMPTY if t != "programs"}} for k, g in mixed_gold(DATA, batch).items()}


def real_scores(analyser, batch: int | None = None) -> dict:
    gold = load_set(batch)
    return batch_scores(gold, analyser)["programs"]


def test_the_set_is_annotated_per_the_guideline():
    gold = load_set()
    rows = annotations(DATA)
    assert len(gold) == len(rows) >= 200
    assert sum(bool(g["programs"]) for g in gold.values()) >= 5
    for r in rows:
        assert isinstance(r["cooperation"], bool) and r["batch"] in (1, 2)
        assert not r["programs"] or r["cooperation"], r   # a program needs a cooperation in its (one-line) article
        for p in r["programs"]:
            assert p["name"] and isinstance(p["partners"], list), r


# Lone sentences without a program that got one: 3 of 237 in batch 1 and 1 of 181 in batch 2 at their blind runs;
# 1 of 418 after the fixes (a government scheme in a sentence that names an agreement with Japan but no party).
MAX_LONE_FALSE = 4


def test_the_rules_hold_on_real_sentences(analyser):
    got = real_scores(analyser, batch=1)
    print("\nreal_programs batch 1: " + " ".join(f"{k}={got.get(k)}" for k in ("precision", "recall", "f1")))
    for key, floor in FLOORS.items():
        assert got[key] is not None and got[key] >= floor, (key, got[key])


def test_lone_sentences_without_a_program_get_none(analyser):
    gold = {k: g for k, g in load_set().items() if not g["programs"]}
    preds = predictions(gold, analyser.pipe(g["text"] for g in gold.values()))
    false = sorted(k for k, p in preds.items() if p["programs"])
    print(f"\nreal_programs lone traps with a false program: {len(false)} of {len(gold)}", false)
    assert len(false) <= MAX_LONE_FALSE


# A lone sentence names no party, so the rules' first gate (no party, no programs) keeps most traps out; in a real
# article that reports a cooperation that gate is open. So every sentence without a program is also read after a
# cooperation sentence the team wrote, as the paragraph of an article about another cooperation: all its programs
# are false. BLIND (first run, with the batch-1 fixes): 50 of 418 sentences got a false program (57 programs; 53
# with the rules of the batch-1 blind run): government and company programs of a body that is no party, movements
# and parties ("Gerakan Pemuda Ansor", "Partai Gerakan Indonesia Raya"), financial and broadcast programmes. After
# the fixes they drew: 14 (17 programs). The floor allows a few more, not a return.
COOPERATION = ("Pemerintah Kota Palu dan Universitas Tadulako menandatangani nota kesepahaman kerja sama di bidang "
               "pendidikan, Senin (3/6).\n")
MAX_FALSE_SHARE = 0.06   # 14 of 418 is .033


def test_traps_in_an_article_about_another_cooperation_stay_few(analyser):
    traps = [g["text"] for g in load_set().values() if not g["programs"]]
    docs = analyser.pipe(COOPERATION + t for t in traps)
    arts = [Article(id=str(i), text=COOPERATION + t) for i, t in enumerate(traps)]
    false = sum(bool(records_from_doc(d, a).programs) for d, a in zip(docs, arts))
    print(f"\nreal_programs traps after a cooperation: {false} of {len(traps)} with a false program")
    assert false / len(traps) <= MAX_FALSE_SHARE
