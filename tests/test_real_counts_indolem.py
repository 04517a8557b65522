"""Counts on REAL online news sentences of the IndoLEM NER sets (nerugm, nerui): sport, politics,
business, crime and general news, a blind set that no rule had seen; batch 4 adds idner-news-2k dev/test.

The repo keeps only the annotations (tests/data/real_counts_indolem.jsonl, keyed by file under
../shared/data/ner and sentence number, complete per line for counts per /work/shared/ANNOTATION.md); the
sentences are read at run time and the test skips when ../shared is absent. A script picked the batch-1
sentences from nerugm/test.tsv and nerui/test.tsv (seeded shuffle, no sentence with the corpus's broken
character): per kind of figure a quota of money/percent, bare digits, number words, vague counts
("ratusan", "ribuan"), dashes (scores "3 - 0", ranges "2 - 21 hari", periods "2014 - 2019"), years, clock
times and identifiers/ranks ("Pasal 12B", "nomor dua dunia", "urutan 15") as traps.

Annotation choices: a comma read as a decimal comma as written ("Rp5,000" = 5, as in real_counts.jsonl);
a dot before one or two digits is a decimal point ("4.7%"); an age ("berusia 20-an tahun") and a duration
("sejak 3 tahun lalu") count years; a figure whose noun is left implicit ("11 di antaranya" after "19
gol", "hanya tiga" after "21 percobaan") takes that noun; a bare vague count with no noun ("sampai
jutaan") takes the word itself as unit; sports scores, ranks and "satu sama lain" are no counts.
"""
from __future__ import annotations

from pathlib import Path

from tests._real import batch_scores, token_file_gold

DATA = Path(__file__).parent / "data" / "real_counts_indolem.jsonl"

# BLIND first run (2026-12-03 18:27 UTC, batch 1 = the 92 lines from nerugm/test and nerui/test, one batch
# through Analyser("default"), before any rule saw them): counts P .967 R .879 F1 .921 (99 gold, 90
# predicted, 87 matched); floors are those less .05. Three of its misses were my annotation, not the
# rules: I wrote "koleganya", "kadernya", "pertandingannya" where the team's convention (tests/test_counts.py,
# "32 anggotanya") counts the bare noun; corrected after the run, the same blind output scores P .989 R .899.
# Its misses by cause: figures listed before one noun and closed by "sampai" (4), a percent range glued by
# the tokenizer "10%-15%" (1), a signed change "-1%" (1), "satu grup dengan" = the same group (1 FP), a figure
# whose noun is left implicit ("satu yang telah dicegat", "11 di antaranya yang ia buat": not fixed, a part is
# counted by what its clause says), a bare "sampai jutaan" (1), "angka 1.000 untuk pertandingannya" (1, left).
# After the fixes (with "antara X dan Y" ranges, a bare figure in millions, a hedged figure in brackets that
# the UD and idner sets drew) batch 1 scores .985 (P 1.0 R .970).
# A second batch (the last 56 lines, nerugm/nerui train and dev, 58 counts), annotated after those fixes and run
# ONCE: P .981 R .897 F1 .937; with the rules of the first blind run .927 (P .981 R .879): the fixes met one of its
# cases ("nasional dikurangi 2 juta"). Its misses: two equal figures in one sentence kept as one ("Iran dua
# orang, Malaysia dua orang", "bonds Rp 2 triliun ... senilai Rp 2 triliun", "500 HP Samsung, 500 HP Nokia", "31
# laga" twice: 5), a currency marker after the figure "40 USD" (1), a rank "posisi enam" (1 FP). Fixed: .991
# (P 1.0 R .983). That fix made me align one batch-1 line with batch 2's reading: "12 bulan" stated for three
# different periods in one sentence is three records (it was one).
# A third batch (the last 50 lines, nerugm/nerui train and dev, 44 counts), annotated after all those fixes and
# run ONCE: P .956 R .977 F1 .966, the same with the rules of the first blind run (no fix met its cases). One of
# its two false positives was my annotation: "15 juta euro (US$ 19,5 juta) atau sekitar Rp 195 miliar" restates
# the amount after "atau", which the guideline and counts_news_challenge.yaml ("USD 250,000 atau sekitar Rp 3,9
# miliar") keep as a second record; corrected, the blind run scores .978. Its misses: "satu gol pun" (none at all,
# fixed) and "(8 menang, 6 seri)", a verb as the counted noun (fixed later: "menang" is no me- verb there).
# A fourth batch (the last 34 lines: idner-news-2k dev/test sentences that tests/data/real_sentences.jsonl does
# not hold, picked by the same script; six picks that repeat IndoLEM lines already annotated were dropped),
# annotated after all the fixes above and run ONCE: P .889 R .941 F1 .914; with the rules of the first blind run
# .901. Its misses: a plural currency word "188 juta francs ($30.2 juta)" (the bracket then read as a new
# amount), "-nya" inside a longer phrase "enam koleganya sesama fraksi" (both fixed), "SBI 3 bulan" (a tenor
# naming an instrument, left), a conversion whose brackets the corpus lost "30 - 45 mil 50 - 70 kilometer" (left),
# "posisi satu menterinya" read as a rank (left: "posisi" before a figure is mostly a rank). Now .957.
# All 232 lines (238 counts, annotations as corrected) at the end of the round: P .992 R .979 F1 .985; the rules
# of the first blind run score .935 (P .964 R .908) on them. Per batch now: 1 .985, 2 .991, 3 1.0, 4 .957.
BLIND = {"precision": 0.967, "recall": 0.879, "f1": 0.921}
FLOORS = {k: round(v - 0.05, 3) for k, v in BLIND.items()}


def real_scores(analyser) -> dict:
    gold = token_file_gold(DATA)
    return batch_scores(gold, analyser)["counts"]


def test_the_set_is_annotated_per_the_guideline():
    gold = token_file_gold(DATA)
    assert len(gold) >= 220
    assert sum(bool(g["counts"]) for g in gold.values()) >= 50
    for aid, g in gold.items():
        for c in g["counts"]:
            assert isinstance(c["value"], (int, float)) and c["unit"] and isinstance(c["approximate"], bool), aid


def test_the_rules_hold_on_real_sentences(analyser):
    got = real_scores(analyser)
    print("\nreal_counts_indolem: " + " ".join(f"{k}={got.get(k)}" for k in ("precision", "recall", "f1")))
    for key, floor in FLOORS.items():
        assert got[key] is not None and got[key] >= floor, (key, got[key])
