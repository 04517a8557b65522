"""Counts on REAL economic and general news sentences: a blind set that the team did not write.

The sentences are from the Indonesian UD treebanks under ../shared/data/ud: CSUI (news, mostly
economic: money, percent, shares, tonnes, ranges; CC BY-SA 4.0), GSD and PUD (translated news). The
repo keeps only the annotations, keyed by treebank file and sent_id (tests/data/real_counts.jsonl,
complete per line for counts per /work/shared/ANNOTATION.md): 129 sentences picked by a script for a
digit, a number word or a money/percent word (three batches, 71, 30 and 28), most with counts, the rest
traps (years, dates, "Perang Dunia II", "Yonif 113", "4G", "salah seorang", arithmetic, "tahun 2006").
The sentences are read at run time; the test skips when ../shared is absent.

Annotation choices: an Indonesian decimal comma is read as written ("29,149 dolar AS" = 29.149) even
where the source meant an English thousands separator; a currency conversion in brackets restates the
same quantity (one record, the first); a bare "111,4 triliun" that names no noun has "triliun" as unit.
"""
from __future__ import annotations

from pathlib import Path

from tests._real import predictions, ud_gold
from tests.test_challenge import set_scores

DATA = Path(__file__).parent / "data" / "real_counts.jsonl"

# BLIND first run (2026-12-03, the first 71 lines, before any rule saw them): counts P .948 R .938 F1 .943;
# floors are those less .05. The fixes they drew (a currency after the figure read as a di- verb, "dirham";
# "volume 52 juta lembar" read as an identifier; "Rp40-50 triliun" glued to its currency; an amount restated in
# brackets in another currency; "antara satu area dengan area berikutnya"; bounds "di atas", "di bawah", "belum
# sampai", "N orang lebih" as approximate) gave .979 (P .979 R .979) on those lines.
# A second batch (the last 30 lines, CSUI train and GSD dev), annotated after those fixes and run once: .917
# (P 1.0 R .846) both with the rules of the blind run and with the fixes (none of them touched it). Its misses
# drew two more fixes (figures listed before one noun, "tiga, lima, dan tujuh tahun"; an amount then its share,
# "Rp850 atau 11,49 persen", is no range; "sebanyak 1964 orang" is no year): .987 (P 1.0 R .974).
# A third batch (the last 28 lines, CSUI and PUD), annotated after all the fixes and run once: .946 (P .963
# R .929), the same with the rules of the blind run: the fixes did not meet their cases there. Its misses: a range
# "antara 3 juta dan lebih dari 10 juta rakyat sipil" ("dan" joins the bounds; the upper bound is taken) and a
# bare "(diperkirakan 7,5 juta)" after its noun.
# Left: a bare "111,4 triliun" with no noun and no word of money before it, "SBI tiga bulan" (a tenor naming
# an instrument), arithmetic ("7 ditambah 8"), "sajak bersuku lima", and two equal figures for two quantities
# in one sentence ("turun ke 8 persen ... lebih tinggi 8 persen"), which the rules keep as one.
BLIND = {"precision": 0.948, "recall": 0.938, "f1": 0.943}
# After stop 18's counts pass on IndoLEM sentences (tests/test_real_counts_indolem.py), not written for
# this set: whole file .991.
FLOORS = {k: round(v - 0.05, 3) for k, v in BLIND.items()}


def real_scores(analyse) -> dict:
    gold = ud_gold(DATA)
    return set_scores(gold, predictions(gold, (analyse(g["text"]) for g in gold.values())))["counts"]


def test_the_set_is_annotated_per_the_guideline():
    gold = ud_gold(DATA)
    assert len(gold) >= 70
    assert sum(bool(g["counts"]) for g in gold.values()) >= 50
    for aid, g in gold.items():
        for c in g["counts"]:
            assert isinstance(c["value"], (int, float)) and c["unit"] and isinstance(c["approximate"], bool), aid


def test_the_rules_hold_on_real_sentences(analyse):
    got = real_scores(analyse)
    print("\nreal_counts: " + " ".join(f"{k}={got.get(k)}" for k in ("precision", "recall", "f1")))
    for key, floor in FLOORS.items():
        assert got[key] is not None and got[key] >= floor, (key, got[key])
