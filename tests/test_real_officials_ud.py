"""Officials (names and titles) on REAL sentences of the UD Indonesian treebanks (CSUI news, GSD web and
news, PUD translated news and Wikipedia), which no rule for officials had been tuned on.

The repo keeps only annotations (tests/data/real_officials_ud.jsonl: file, sent_id and the officials per
/work/shared/ANNOTATION.md, complete per sentence); the text is read from ../shared/data/ud at run time,
and the test skips when that folder is absent. The sentences were picked by a script (random among those
not yet annotated by the team): a person beside a position word ("pick": "pos"), a person by a speech cue
("cue"), and traps ("trap": companies, works, airports, schools, mosques named like persons), then each
was read and annotated before any rule ran on it. Fictional characters and film roles are no persons.

Figures (2026-12-03), each batch run ONCE before any fix drawn from it:
  batch 1 (95 sentences, 66 officials, 45 with a title; rules at b55dd4b):
    BLIND officials P .768 R .803 F1 .785, title accuracy .642.
  batch 2 (47 sentences, 33 officials, 20 with a title; picked and annotated after the first six fixes,
  c68d054..dda724c, and run once on them):
    BLIND officials P .852 R .697 F1 .767, title accuracy .826; the same batch on the rules before any fix
    (b55dd4b) gave exactly the same records: the fixes drawn from batch 1 did not reach batch 2.
Errors of batch 1 by cause (FN 13, FP 16, wrong title 19):
  - titles the rules do not take: lower-case occupations and positions before a name ('sekretaris
    akademi, X', 'Petani X', 'sutradara X', 'kepala merek X', 'pemilik jurnal ... X'), 'Jenderal X',
    'Pengamat Pasar uang, X', 'Raja X II': 9 titles
  - positions given by a predicate ('sebagai Perdana Menteri ...', 'menjadi anggota ...', 'X adalah
    aktris ...', 'Sekretaris Jenderal partai adalah X', 'Y sebagai bendahara'): 5 titles, 1 FN, 2 FP
  - a list after a position ('Anggota lainnya yaitu A, B, C dan D'): 4 titles
  - works, companies, events and creatures read as persons ('Harry Potter', 'Nanny McPhee', 'Fitch
    Ratings', 'Pinnacle Limited', 'Yellow Ribbon', 'Subprime Mortgage', 'Airawata'): 10 FP
  - an organisation after a bare title read as a person ('Ketua Bapepam-LK'): 2 FP
  - one-word names with no position and no cue, names in quotations, 'Tn. X', 'Direktur perseroan X'
    (a lower-case organisation word): 10 FN; fictional characters ('Komandan Bond'): 2 FP
Errors of batch 2 at its blind run (FN 10, FP 4, wrong title 4):
  - one-word names with no position that the NER left untagged (Thomas, Johanna, Dalton, 'Pak Douw'), two
    of them after 'menurut' ('menurut Jahja akan', 'Menurut Serber, Oppenheimer ...'): 7 FN
  - a name and its title both missed by the NER ('Raja Salaman', 'kepala pengawasan keuangan, Mohammed
    al-Jadaan'): 2 FN; religious figures ('Nabi Musa', left out on purpose by the rules): 1 FN
  - heads the rules do not know ('PM Shinzo Abe', 'Wadirut Bank Mandiri'), a lower-case head before a
    capitalised body ('pendiri Facebook Mark Zuckerberg'), a rank read as a post ('Pimpinan Lettu X'): 4 titles
  - an Arabic name cut at 'bin' ('Khalifa bin Zayed Al Nahyan'), a bank, a dynasty and 'Orang Yahudi'
    read as persons: 4 FP
After all fixes (the last seven also drew on batch 2, so neither batch is blind now):
  batch 1 P .862 R .848 F1 .855, title .750; batch 2 P .960 R .727 F1 .828, title .917;
  both P .889 R .808 F1 .847, title .800. Tune unchanged (officials .991 / title .972, quotes .992 / .997).
  IndoLEM officials set title .963 -> .975 (F1 .855 unchanged); idner set title .922 -> .931 (F1 .919); the
  UD quotes set's officials .701 -> .714 (P .729 R .700), title .912 -> .914.
Left: names the NER does not tag at all ('Donald Trump', 'Herbert Diess', one-word subjects), 'menurut X'
(a source or a body as often), 'Raja X', far predicates ('memegang jabatan ... sebagai X'), list posts
('Anggota lainnya yaitu A, B dan C'; real gold gives 'lain' no post), works and creatures the NER calls
persons ('buku Harry Potter', 'Airawata'). Annotation choices the rules do not follow: 'Petani X' and
'Nabi X' were given a title here; the team's gold and rules give farmers and prophets none.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests._real import assert_officials_as_written, batch_scores, ud_gold

DATA = Path(__file__).parent / "data" / "real_officials_ud.jsonl"

# floors from the first blind batch (both batches are scored together)
BLIND = {"f1": 0.785, "title_accuracy": 0.642}
FLOORS = {k: round(v - 0.05, 3) for k, v in BLIND.items()}


def test_the_set_is_annotated_per_the_guideline():
    gold = ud_gold(DATA)
    assert len(gold) >= 95
    assert sum(any(o["title"] for o in g["officials"]) for g in gold.values()) >= 40
    assert sum(not g["officials"] for g in gold.values()) >= 25      # traps with no person
    assert_officials_as_written(gold)


@pytest.fixture(scope="module")
def real_scores(analyser):
    return batch_scores(ud_gold(DATA), analyser)


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_the_rules_hold_on_real_ud_sentences(real_scores, key):
    got = real_scores["officials"]
    print(f"\nUD officials: P={got['precision']} R={got['recall']} F1={got['f1']} "
          f"title={got['title_accuracy']}")
    assert got[key] is not None and got[key] >= FLOORS[key], (key, got[key])
