"""Partners and cooperations on REAL news sentences: a blind set that the team did not write.

The sentences are online news from the IndoLEM NER sets (nerugm, nerui) and idner-news-2k dev/test under
../shared/data/ner; neither the shipped NER nor any rule was built on them. The repo keeps only the
annotations, keyed by file and sentence number (tests/data/real_partners_indolem.jsonl, complete per line
for partners and cooperations per /work/shared/ANNOTATION.md; a lone sentence is a whole article). A script
picked them: sentences with a cooperation word (kerja sama, MoU, perjanjian, kesepakatan, hibah, bantuan,
investasi, menandatangani, ...) and two or more organisations or places, fewer with one, and traps rich in
organisations and places with no such word (politics, sport, crime, markets). Many sentences with a
cooperation word report none: a coalition "kesepakatan" of parties, "Perjanjian Kerja Waktu Tertentu",
"bantuan" asked for or given to unnamed people, a duty to "bekerja sama dengan badan usaha apapun".

Annotation choices: a party whose counterparty the sentence does not name is a partner and makes no
cooperation; a coalition of political parties is no cooperation; a general bilateral "kerja sama" between
two countries is kind "other"; a country named twice (RI, Indonesia) keeps its full name.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests._real import assert_partners_per_guideline, batch_scores, token_file_gold

DATA = Path(__file__).parent / "data" / "real_partners_indolem.jsonl"

# BLIND first run (2026-12-03 18:29 UTC, batch 1: 88 sentences, 45 partners, 19 cooperations, before any rule
# saw them; Docs made in one batch): partners P .400 R .400 F1 .400; cooperations P .571 R .211 F1 .308, kind
# accuracy .500 (4 matched). Floors are those less .05.
# Batch 2 (41 sentences, 17 partners, 8 cooperations, annotated after the first six fixes and run once, 19:11 UTC):
# with the rules of that time partners P .700 R .412 F1 .519, cooperations P .667 R .250 F1 .364, kind 1.0 (2 matched);
# with the rules of the blind run (bf4f18d) partners P .667 R .353 F1 .462, cooperations the same .364: of the
# fixes only the donation cue ("menyumbangkan") met a case there.
# The fixes (by cause, batch 1 then batch 2): pacts in party politics or war and peace ("kesepakatan" of a
# coalition, "disepakati seluruh fraksi", "perjanjian perdamaian") are no ties; the names a cooperation noun governs
# ("kerjasama KPU dengan IFES", "kerjasama ASEAN - Amerika Serikat") are its sides; a place people live in or come
# from ("warga X", "berasal dari X", "Di Kabupaten X,") is no party; a work contract (PKWT), oversight
# ("pengawas") and help asked for ("meminta bantuan") are no ties; "sumbangan"/"donasi" are grant cues; "ASEAN" is
# a degree only among degrees, an envoy's posting ("untuk ASEAN") no party; a signer's office ("oleh Rektor UGM")
# and a bare acronym acting in the tie ("UGM juga berhasil menjalin") are parties; an investment names its
# investor and host ("investasi Swiss di Kazakhstan"). After them (19:44 UTC), all 129 sentences: partners P .900
# R .581 F1 .706, cooperations P .846 R .407 F1 .550, kind .818; batch 1 .693 / .552 / .750, batch 2 .741 / .545.
# Left: parties the NER model misses or tags as persons ("Bukaka SingTel", "Astratel", "Disney", lower-case
# "detikINET"), joint action with no cue word ("Google dan Samsung mempersiapkan peluncuran"), a party named only
# once with its counterparty unnamed (MDC, Pixar, "otoritas Filipina" after thanks), examples of separate
# investors read as one tie ("seperti Indofood, Kalbe Farma"), "project" or "other" for a bare "kerja sama".
BLIND = {"partners": {"f1": 0.400}, "cooperations": {"f1": 0.308, "kind_accuracy": 0.500}}
FLOORS = {rtype: {k: round(v - 0.05, 3) for k, v in figs.items() if v is not None} for rtype, figs in BLIND.items()}


def real_scores(analyser, batch: int | None = None) -> dict:
    """Scores of the set (or of one batch of it), the Docs made in one batch as in a run."""
    gold = token_file_gold(DATA)
    if batch is not None:
        gold = {k: g for k, g in gold.items() if g.get("batch") == batch}
    return batch_scores(gold, analyser)


def test_the_set_is_annotated_per_the_guideline():
    gold = token_file_gold(DATA)
    assert len(gold) >= 85
    assert sum(bool(g["cooperations"]) for g in gold.values()) >= 15
    assert sum(not g["partners"] for g in gold.values()) >= 30   # traps and near misses
    assert_partners_per_guideline(gold)


@pytest.mark.skipif(not any(FLOORS.values()), reason="no blind figure yet")
def test_the_rules_hold_on_real_sentences(analyser):
    scores = real_scores(analyser)
    for rtype in FLOORS:
        print(f"\nreal_partners_indolem: {rtype} " + " ".join(
            f"{k}={v}" for k, v in scores[rtype].items() if not isinstance(v, (list, dict))))
    for rtype, floors in FLOORS.items():
        for key, floor in floors.items():
            assert scores[rtype][key] is not None and scores[rtype][key] >= floor, (rtype, key, scores[rtype][key])
