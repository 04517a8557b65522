"""Partners and cooperations on REAL news sentences from the UD Indonesian treebanks (CSUI news, GSD, PUD) and
unused IndoLEM/idner sentences: a blind set that the team did not write and no rule was tuned on.

The repo keeps only the annotations (tests/data/real_partners_ud.jsonl: UD rows keyed by file and sent_id,
NER rows by file and sentence number; complete per line for partners and cooperations per
/work/shared/ANNOTATION.md; a lone sentence is a whole article). A script picked them: UD sentences with a
cooperation word (kerja sama, perjanjian, kesepakatan, investasi, pinjaman, kredit, akuisisi, menandatangani,
patungan, ...) and two or more proper nouns, the few unused IndoLEM sentences with a strong cue, and traps rich in
organisations and places with no such word (markets, shares, courts, politics, sport). The treebanks hold few
real cooperations: most cue words there are market figures ("kredit konsumer"), acquisitions or treaties.

Annotation choices: an acquisition or share purchase is no cooperation, a signed agreement between named
companies (a sale-purchase agreement, a management agreement, "Sebagai bagian dari kesepakatan") is one, kind
"agreement"; a joint venture ("perusahaan patungan antara A dan B") is an "investment" of both, as is
"investasi X di Y"; a recording or player's contract, a peace treaty and a coalition pact are none; a party
whose counterparty the sentence does not name is a partner and makes no cooperation; a signer named by office
("Jaksa Agung Prasetyo") is a party by that office; a subsidiary that signs for its parent ("melalui anak
usahanya") is not a separate party.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests._real import assert_partners_per_guideline, batch_scores, mixed_gold

DATA = Path(__file__).parent / "data" / "real_partners_ud.jsonl"

# BLIND first run (2026-12-03 21:11 UTC, batch 1: 101 sentences, 25 partners, 11 cooperations, before any rule saw
# them; Docs made in one batch; rules of b55dd4b): partners P .300 R .360 F1 .327; cooperations P .167 R .091 F1 .118,
# kind accuracy 1.0 (1 matched).
# Batch 2 (49 sentences, 9 partners, 4 cooperations; annotated after the first five fixes and run once, 21:26 UTC):
# with the rules of that time (278ad16) partners P .500 R .222 F1 .308, cooperations P 1.0 R .250 F1 .400, kind 1.0
# (1 matched); with the base rules (b55dd4b) partners P .500 R .333 F1 .400, cooperations the same .400. The fixes did
# not help it: the one rule that met a case there, a treaty cited by a one-word name, dropped a false party (Albania in
# "Perjanjian London ... membagi wilayah") and a true one ("Perjanjian Franco-Monegasque ditandatangani ... Prancis
# atas Monako"). On batch 1 the same rules went from .327 / .118 to .455 / .267.
# Floors: each batch's blind figure less .05.
# Causes on batch 1 (blind: 21 false and 16 missed partners): acquisitions and share deals read as ties through
# "perusahaan/perbankan investasi" or "Mitra" inside a PT's name (10 false); a player's or artist's contract (2), a
# treaty cited by name (2), the body an agreement founds and its gloss (2), an own or colonial investment (2), a
# subsidiary signing for its parent and the firm whose shares are sold (2), a source ("situs resmi ADB") (1); missed:
# firms named by acronym in a sentence that refers back to a deal ("Sebagai bagian dari kesepakatan, Pama ...") (6),
# offices as signers ("Jaksa Agung X dan Menhub Y menandatangani") (2), a lower-case body ("dengan kepolisian") and its
# counterpart (2), names the NER model cut or tagged as places (Jurong ... (JEL), "Hyundai ... Co. Ltd.") (2), a bare
# acronym after "LoI dengan" (1), "perseroan" for the firm (1), the buyer of a sale "ke PLN" (1), the home country as
# host (1), a recipient of an unnamed investor's money (1).
# The fixes (partners.py): "investasi" naming a firm's trade or the climate and a cue word inside a PT's name report no
# tie; a joint venture ("patungan antara A dan B") names its owners; a foreign firm cut at "Co" gets its legal name; a
# bare acronym right after a strong cue and "dengan" is a side; a treaty cited by a one-word name reports no tie; the
# firm whose shares change hands is no side; an investor the NER model missed is the name before "di"; the body the news
# is quoted from ("dikutip dari situs resmi X") is no party. After them (21:40 UTC): batch 1 partners P .588 R .400
# F1 .476, cooperations P .500 R .182 F1 .267, kind 1.0; batch 2 unchanged.
# Left: lone sentences that refer back to a deal named before them, firms named only by acronym or missed by the NER
# model, commercial contracts ("memperoleh kontrak ... dari X") that no cue word marks.
BLIND = {1: {"partners": {"f1": 0.327}, "cooperations": {"f1": 0.118, "kind_accuracy": 1.0}},
         2: {"partners": {"f1": 0.308}, "cooperations": {"f1": 0.400, "kind_accuracy": 1.0}}}
FLOORS = {batch: {rtype: {k: round(v - 0.05, 3) for k, v in figs.items()} for rtype, figs in blind.items()}
          for batch, blind in BLIND.items()}


def gold_items(batch: int | None = None) -> dict[str, dict]:
    return mixed_gold(DATA, batch)


def real_scores(analyser, batch: int | None = None) -> dict:
    """Scores of the set (or of one batch of it), the Docs made in one batch as in a run."""
    return batch_scores(gold_items(batch), analyser)


def test_the_set_is_annotated_per_the_guideline():
    gold = gold_items()
    assert len(gold) >= 90
    assert sum(bool(g["cooperations"]) for g in gold.values()) >= 10
    assert sum(not g["partners"] for g in gold.values()) >= 30   # traps and near misses
    assert_partners_per_guideline(gold)


@pytest.mark.parametrize("batch", sorted(FLOORS))
def test_the_rules_hold_on_real_sentences(analyser, batch):
    scores = real_scores(analyser, batch)
    for rtype in FLOORS[batch]:
        print(f"\nreal_partners_ud batch {batch}: {rtype} " + " ".join(
            f"{k}={v}" for k, v in scores[rtype].items() if not isinstance(v, (list, dict))))
    for rtype, floors in FLOORS[batch].items():
        for key, floor in floors.items():
            assert scores[rtype][key] is not None and scores[rtype][key] >= floor, (rtype, key, scores[rtype][key])
