"""Cooperation kinds against the guideline (tests/data/kinds_challenge.yaml): short team-written news of many
kinds of tie (sister cities, MoUs that set up training, training or grants under earlier MoUs, CSR gifts,
development-bank loans, investments, joint projects, exchanges, scholarships, two deals told in one article)
and traps, annotated for partners and cooperations before any rule was run on them.

Batch 1 (k01-k40), BLIND first run with the rules of 02df437: cooperations P .914 R .821 F1 .865 (39 gold) /
kind accuracy .938 (30 of 32 matched), partners P .905 R .893 F1 .899 (75 gold). Misses: five ties whose
partners were not found (partners.py: a study visit, a capacity building, an internship host, a bank and a cooperative,
a sister city of an exchange), a joint research named without a cue word, a second deal told with "yayasan
tersebut"; kinds: a past MoU in its own sentence outweighed the training done now, a scholarship handed over
read as a grant. After the fixes those drew (partly fitted): cooperations P .971 R .872 F1 .919 / kind 1.0.

Batch 2 (k41-k60), written and annotated after those fixes, BLIND: cooperations P 1.0 R .800 F1 .889 (20 gold) /
kind 1.0 (16 matched), partners P .970 R .842 F1 .901, the same under the rules before the fixes (02df437): the
fixes neither helped nor hurt unseen text of this kind. Its four misses are all partners not found (a foreign
city named beside its country, a university and a regency in a technical-guidance story, a land grant, a
branch of the Red Cross): partners.py and the NER, not the cooperation rules.

Batch 3 (k61-k70), written and annotated after the later fixes (a tie takes the article's kind only from a
tie sharing a party with it, the program named before, investment figures, a sister-city tie dated before), run
once, BLIND: cooperations P 1.0 R .917 F1 .957 (12 gold) / kind 1.0 (11 matched), partners .923; under the
rules of 02df437: .957 / kind .727 (three kinds: an MoU's kind given to another pair's bare tie, a program
named before, an MoU between old sister cities). Written by the engineer who made those fixes, so it checks
that they hold on new wording, not how often such text occurs. Its one miss is a party not found
(a foundation's scholarship: partners.py).

All 70 under the rules of 02df437: cooperations P .952 R .831 F1 .887 / kind .915, partners .904; after this
round: .917 (P .984 R .859) / 1.0, partners .907. Floors: the figures of 02df437 on all 70 less .05 (the
set as no rule of this round had seen it)."""
from __future__ import annotations

import re

import pytest

from pipeline.assemble import records_from_doc
from pipeline.schema import Article, CooperationKind
from tests.test_challenge import load, set_scores

NAME = "kinds_challenge.yaml"
FLOORS = {"cooperations": {"f1": 0.837, "kind_accuracy": 0.865}, "partners": {"f1": 0.853}}


def test_the_set_follows_the_guideline():
    gold = load(NAME)
    assert len(gold) >= 70
    kinds = set(CooperationKind.__args__)
    for aid, g in gold.items():
        words = set(re.findall(r"\w+", g["text"]))
        names = {p["name"] for p in g["partners"]}
        for r in g["cooperations"]:
            assert r["kind"] in kinds and len(r["parties"]) >= 2 and set(r["parties"]) <= names, aid
            assert all(set(re.findall(r"\w+", p)) <= words for p in r["parties"]), aid   # names as written


@pytest.fixture(scope="module")
def scores(analyse):
    gold = load(NAME)
    preds = {aid: records_from_doc(analyse(g["text"]), Article(id=aid, text=g["text"])).model_dump(exclude={"text"})
             for aid, g in gold.items()}
    return set_scores(gold, preds)


@pytest.mark.parametrize("rtype", sorted(FLOORS))
def test_the_rules_hold_on_the_set(scores, rtype):
    got = scores[rtype]
    print(f"\n{NAME}: {rtype} " + " ".join(f"{k}={got.get(k)}" for k in ("precision", "recall", "f1", "kind_accuracy")))
    for key, floor in FLOORS[rtype].items():
        assert got[key] is not None and got[key] >= floor, (rtype, key, got[key])
