"""Officials (names and titles) on REAL news sentences from the IndoLEM NER sets (nerugm, nerui: online
news, one sentence each), which neither the shipped NER nor any rule had seen.

The repo keeps only annotations (tests/data/real_officials_indolem.jsonl: file, sentence number and the
officials per /work/shared/ANNOTATION.md, complete per sentence); the text is read from ../shared/data/ner
at run time, and the test skips when that folder is absent. The sentences were picked by a script: a
person beside a position word, a person alone, and traps (streets, universities, airports, films, clubs
and companies named like persons), then each was read and annotated before any rule ran on it. nerugm
shares about 60% of its sentences with idner-news-2k (the NER's training text and the older real set):
those were left out, and so were repeats across the IndoLEM splits.

Figures (2026-12-03), each batch run ONCE before any fix drawn from it:
  batch 1 (103 sentences, 147 officials, 85 with a title; rules at bf4f18d):
    BLIND officials P .913 R .714 F1 .802, title accuracy .933.
  batch 2 (52 sentences, 64 officials, 35 with a title; picked and annotated after the first two fixes,
  e071f67 and 2353d90, and run once on them):
    BLIND officials P .979 R .719 F1 .829, title accuracy .891; the same batch on the rules before any fix
    (bf4f18d): P .977 R .672 F1 .796, title .884, so the fixes drawn from batch 1 gained it .033 F1.
Errors of batch 1 by cause (FN 42, FP 10, wrong title 7):
  - one-word names with no position (Jonan, Federer, Awal, Bibit ...) that the NER left untagged: 30 FN,
    of which 9 stand beside a speech cue ('ujar Jonan', 'Menurut Awal', 'Jonan menyebut'); the others are
    sports reports ('Federer sukses', 'Djokovic menundukkan') and mentions inside a clause
  - a position given by a predicate, not a title phrase ('adalah menteri', 'ditulis sebagai Presiden RI',
    'pernah menjadi pembalap'): 5 FN
  - ministers by short forms the heads did not know (Menkumham, Mensesneg, Menkopolkam): 1 FN, 2 titles
  - a party word swallowed into the name after a title ('Sekretaris Jenderal Partai Pramono Anung'): 1 FN
  - lower-case occupations before the name ('petenis Chile X', 'kuasa hukum pedagang ..., X'): 2 FN, 2 titles
  - a title after the name with no comma ('Nurdin Abdullah Bupati Bantaeng'): 1 title
  - English titles ('Alven, Head of Samsung Mobile Marketing', 'CIO Walt Disney Company, CTO General
    Motors'): the company read as a person after the title, 5 FP and 1 title
  - companies, programmes, works and channels read as persons ('GMF AeroAsia', 'Toy Story', 'Disney
    Channel', 'Maintenance Repair Overhaul'): 5 FP
  - corpus artefacts ('B ambang', 'Marie - Paulie' split by the tokenisation): 1 FP, 1 title
Errors of batch 2 at its blind run (FN 18, FP 1, wrong title 5):
  - one-word names with no position and no cue (Federer, Sampras, Risma, Bayu, SBY ...): 11 FN
  - full names inside quoted speech, which the rules leave out on purpose (article actors only): 4 FN
  - party officers by short form ('Ketum PAN X'): 2 titles; an ordinal in a title ('Presiden ke-5 X'): 1
  - 'di kantor Menko Polhukam X' (an office word blocks the head), 'X sebagai Dirjen Perhubungan Darat'
    ('Darat' read as the name), a name nested in another's title ('Pengacara mantan Ketua Umum ... X, Y'),
    lower-case occupations ('sang pendiri, X', 'Aktris X'): 1 FN / 1 FP / 2 titles
After all fixes (6548cbc; every later fix also drawn from batch 2, so neither batch is blind now):
  batch 1 P .958 R .782 F1 .861, title .965; batch 2 P .979 R .734 F1 .839, title .957;
  both P .964 R .768 F1 .855, title .963. Tune unchanged (officials .991 / title .972, quotes .992 / .997).
  The idner set (tests/test_real_sentences.py) went from .884 (P .970 R .812) / title .912 to .919
  (P .995 R .854) / .922; the UD quotes set's officials from .688 / .909 to .701 (P .723 R .680) / .912.
Left: one-word names with no sign but the NER's tag (in a whole article the full name comes first),
names in quotations, predicates that give a position ('adalah menteri', 'sebagai Dirjen ...'), lower-case
occupations before a name ('petenis Chile X', 'kuasa hukum pedagang ..., X'), 'Ketua MK saat itu X'.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests._real import assert_officials_as_written, batch_scores, token_file_gold

DATA = Path(__file__).parent / "data" / "real_officials_indolem.jsonl"

BLIND = {"f1": 0.802, "title_accuracy": 0.933}
FLOORS = {k: round(v - 0.05, 3) for k, v in BLIND.items()}


def test_the_set_is_annotated_per_the_guideline():
    gold = token_file_gold(DATA)
    assert len(gold) >= 100
    assert sum(any(o["title"] for o in g["officials"]) for g in gold.values()) >= 50
    assert sum(not g["officials"] for g in gold.values()) >= 10      # traps with no person
    assert_officials_as_written(gold)


@pytest.fixture(scope="module")
def real_scores(analyser):
    gold = token_file_gold(DATA)
    return batch_scores(gold, analyser)


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_the_rules_hold_on_real_indolem_sentences(real_scores, key):
    got = real_scores["officials"]
    print(f"\nIndoLEM officials: P={got['precision']} R={got['recall']} F1={got['f1']} "
          f"title={got['title_accuracy']}")
    assert got[key] is not None and got[key] >= FLOORS[key], (key, got[key])
