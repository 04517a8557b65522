"""Counts and officials on sentences from REAL online news (idner-news-2k, MIT licence), not team writing.

Every other blind set was written by the team, and team writing stopped showing what fails on unseen
real articles. The repo must not hold text it did not write, so tests/data/real_sentences.jsonl keeps
only annotations keyed by file and sentence number; the sentences are read from ../shared/data at run
time, and the test skips when that folder is absent. Only dev.txt and test.txt are used: the NER model
was trained on train.txt. Sentences were picked by a script looking for numbers and for positions
beside a person, then each was read and annotated per ANNOTATION.md before any rule ran on it."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.evaluate import score
from pipeline.match.counts import counts
from tests._blankdoc import blank_doc
from tests._real import SHARED_DATA, annotations, detokenize, predictions, token_file_sentences

CORPUS = SHARED_DATA / "ner" / "idner-news-2k"
ANNOTATIONS = Path(__file__).parent / "data" / "real_sentences.jsonl"
FILES = ("dev.txt", "test.txt")

# Four batches, each annotated before the rules ran on it, each run BLIND once on the rules of its day:
#   1 (82 sentences, 47 counts, 89 officials): counts .933 (P .977 R .894), officials .866 (P .947 R .798) / title .887
#   2 (45, written after the first counts fix, 30 / 30): counts .967 (P .967 R .967), officials .784 (P .952 R .667) / .850
#   3 (40 with numbers, after the second fixes, 31 / 31): counts .969 (P .939 R 1.0), officials .877 (P .962 R .806) / .840
#   4 (55 picked for a person beside a position word, 1 / 89): officials .852 (P .945 R .775) / title .870
# All blind: counts .953 (P .962 R .944), officials .853 (P .949 R .774) / title .870; floors are those less .05.
# After the counts fixes they drew (a possessive one-word unit "32 anggotanya", a bare age "usia 19", "tiga besar"
# as a rank, "satu langkah" as an idiom, a measure restated in brackets "(1.250 mil)"): counts .981 (P 1.0 R .963).
# Left: corpus artefacts (a stripped currency sign, figures turned into spreadsheet dates) and a bare "46 juta"
# that names no noun. After the officials fixes the fourth batch drew (a holder known by initials after a
# position, "Presiden SBY"; a title-rule name no longer swallows the NER's party before it, "Ketua Umum Partai
# NasDem Surya Paloh"; "partai" in no name; "Komisioner", "Wasekjen", "Politisi" as heads; "terpilih"/"senior"
# after a head; English terms "Parliamentary Threshold"; the NER's one-word person as the subject of an active
# verb; "Saat A menjadi Gubernur X, B": the title is A's; a counted position before a list of holders, "dua
# pimpinan KPK A dan B"): officials .884 (P .970 R .812) / title .912 on all four batches, batch 4 .905
# (P .962 R .854) / .921.
# Left: one-word names with no position and no verb after them (Jokowi, JK, Soeharto, Ical: the sentence-level
# design shows no earlier full name), holders in a list the NER cuts ("M Jasin"), lower-case occupations
# ("mahasiswa FKH UGM" after "yakni"), a title after the name with no comma ("Mahfudz Siddiq Wasekjen PKS"),
# body words read as names ("Hakim Konstitusi", "Partai Nasional Demokrat" tail).
# After stop 18's passes on IndoLEM sentences (tests/test_real_*_indolem.py), not written for this set:
# counts .986, officials .919 (P .995 R .854) / title .922.
FLOORS = {"counts": {"f1": 0.90}, "officials": {"f1": 0.80, "title_accuracy": 0.82}}


def load_set() -> dict[str, dict]:
    """The annotated sentences as gold articles, with their text read from the corpus."""
    if not CORPUS.is_dir():
        pytest.skip(f"{CORPUS} not present: the real sentences are read from ../shared at run time")
    texts = {name: token_file_sentences(CORPUS / name) for name in FILES}
    gold = {}
    for row in annotations(ANNOTATIONS):
        gold[f"{row['file']}:{row['sentence']}"] = {
            "text": texts[row["file"]][row["sentence"]], "partners": [], "programs": [], "quotes": [],
            "counts": row["counts"], "officials": row["officials"]}
    return gold


def test_detokenize_glues_punctuation_as_written():
    tokens = ["Dana", "Rp", "5", "juta", "(", "naik", "3", "%", ")", ",", "kata", "Budi", "."]
    assert detokenize(tokens) == "Dana Rp 5 juta (naik 3%), kata Budi."
    assert detokenize('" Kami siap , " kata Budi .'.split()) == '"Kami siap," kata Budi.'
    assert detokenize('siap , " tutur Ani .'.split()) == 'siap," tutur Ani.'


def test_the_set_follows_the_guideline():
    gold = load_set()
    assert len(gold) >= 80
    assert sum(bool(g["counts"]) for g in gold.values()) >= 30
    assert sum(any(o["title"] for o in g["officials"]) for g in gold.values()) >= 30
    for sid, g in gold.items():
        words = set(re.findall(r"\w+", g["text"]))
        for c in g["counts"]:
            assert isinstance(c["value"], (int, float)) and c["unit"] and isinstance(c["approximate"], bool), sid
        for o in g["officials"]:
            assert set(re.findall(r"\w+", o["name"])) <= words, sid   # names as written in the sentence


@pytest.mark.parametrize("text,unit", [
    ("Aula kantor camat dipenuhi sekitar 40 anggotanya, Senin (3/6).", "anggota"),
    ("Koperasi Tani Makmur kini melayani 215 petani dan 12 kelompoknya.", "kelompok"),
    ("Tim itu mengirim 11 anggota keluarganya ke lokasi.", "anggota keluarganya"),   # the head is bare already
])
def test_a_possessive_unit_counts_the_bare_noun(text, unit):
    assert unit in {r.unit for r in counts(blank_doc(text))}


@pytest.mark.parametrize("text,expected", [
    ("Korban meninggal pada usia 19, dua hari setelah kecelakaan.", {(19, "usia"), (2, "hari")}),
    ("Nenek itu kini berumur 87 dan tinggal bersama tiga cucunya.", {(87, "umur"), (3, "cucu")}),
    ("Pelaku berusia 35 tahun itu ditangkap di rumahnya.", {(35, "tahun")}),   # the noun after wins
])
def test_a_bare_figure_after_a_word_of_age_is_an_age(text, expected):
    assert {(r.value, r.unit) for r in counts(blank_doc(text))} == expected


@pytest.mark.parametrize("text,expected", [
    ("Partai itu yakin masuk tiga besar pada pemilu mendatang dengan 12 kursi.", {(12, "kursi")}),
    ("Kabupaten Lembah Hijau masuk 10 terbaik nasional dari 514 daerah.", {(514, "daerah")}),
])
def test_a_place_in_a_ranking_is_no_count(text, expected):
    assert {(r.value, r.unit) for r in counts(blank_doc(text))} == expected


@pytest.mark.parametrize("text,expected", [
    ("Jembatan itu membentang sekitar 1.600 meter (1 mil) di atas Teluk Kambang.", {(1600, "meter")}),
    ("Pipa sepanjang 40 kilometer itu mengalirkan air ke 3 (tiga) kecamatan.", {(40, "kilometer"), (3, "kecamatan")}),
])
def test_a_measure_restated_in_brackets_is_one_quantity(text, expected):
    assert {(r.value, r.unit) for r in counts(blank_doc(text))} == expected


def test_one_step_forward_is_an_idiom():
    text = "Rencana itu menjadi satu langkah maju bagi 12 desa di pesisir."
    assert {(r.value, r.unit) for r in counts(blank_doc(text))} == {(12, "desa")}


@pytest.fixture(scope="module")
def real_scores(analyser):
    gold = load_set()
    return score(gold, predictions(gold, analyser.pipe(g["text"] for g in gold.values())))


@pytest.mark.parametrize("rtype", sorted(FLOORS))
def test_the_rules_hold_on_real_sentences(real_scores, rtype):
    got = real_scores[rtype]
    keys = dict.fromkeys(("precision", "recall", "f1", *FLOORS[rtype]))
    print(f"\nreal sentences: {rtype} " + " ".join(f"{k}={got.get(k)}" for k in keys))
    for key, floor in FLOORS[rtype].items():
        assert got[key] is not None and got[key] >= floor, (rtype, key, got[key])
