"""The licence-clean NER training build (pipeline/training/augment.py): model-free checks."""
from __future__ import annotations

import random

import pytest

from pipeline.training import augment


@pytest.fixture()
def names(tmp_path):
    # no gazetteer under tmp_path: fillers come from the team lexicons and name lists only
    return augment.Names(tmp_path, random.Random(7))


def _ents(sent):
    return [(" ".join(t for t, _ in sent[s:e]), label) for s, e, label in augment.mentions(sent)]


def test_template_tags_names_and_leaves_titles_and_programmes_o(names):
    sent = augment.fill_template("{TREG} {PER} membuka {PROG} di {REG}, {DAY} ({DATE}).", names)
    tags = [tag for _, tag in sent]
    assert tags[0] == "O" and tags[1] == "O"            # "Wali Kota X" / "Bupati X": a title, not a place
    labels = [label for _, label in _ents(sent)]
    assert labels == ["PER", "LOC"]
    assert sent[-1] == (".", "O") and ("(", "O") in sent


def test_honorific_before_an_invented_person_is_not_part_of_the_name():
    sent = augment.tag_segments([("Kepala Dinas ", "O"), ("Dr. ", "O"), ("Rina Siregar", "PER"), (" hadir.", "O")])
    assert _ents(sent) == [("Rina Siregar", "PER")]
    first = next(i for i, (_, tag) in enumerate(sent) if tag != "O")
    assert sent[first] == ("Rina", "B-PER") and "".join(t for t, _ in sent[:first]).startswith("KepalaDinasDr")


def test_mentions_reads_bio_including_a_stray_inside_tag():
    sent = [("Wali", "O"), ("Kota", "O"), ("Ani", "B-PER"), ("Lubis", "I-PER"), ("ke", "O"),
            ("Pemkot", "I-ORG"), ("Kendal", "I-ORG"), ("dan", "O"), ("Osaka", "B-LOC")]
    assert augment.mentions(sent) == [(2, 4, "PER"), (5, 7, "ORG"), (8, 9, "LOC")]


def test_swap_keeps_context_words_and_mention_types(names):
    sent = [("Kemarin", "O"), ("Joni", "B-PER"), ("Tambunan", "I-PER"), ("mengunjungi", "O"),
            ("Pemkab", "B-ORG"), ("Sleman", "I-ORG"), ("di", "O"), ("Yogyakarta", "B-LOC"), (".", "O")]
    swapped = augment.swap_mentions(sent, names, p=1.0)
    context = [t for t, tag in swapped if tag == "O"]
    assert context == ["Kemarin", "mengunjungi", "di", "."]
    assert [label for _, label in _ents(swapped)] == ["PER", "ORG", "LOC"]


def test_every_template_slot_has_a_filler():
    known = {name for name in dir(augment.Names) if name.isupper()}
    for template in augment.templates():
        assert set(augment.SLOT.findall(template)) <= known, template


def test_build_is_deterministic_and_sized(tmp_path):
    train = [[("Gubernur", "O"), ("Santi", "B-PER"), ("Purba", "I-PER"), ("tiba", "O"), ("di", "O"),
              ("Medan", "B-LOC"), (".", "O")], [("Hujan", "O"), ("turun", "O"), (".", "O")]]
    one = augment.augment(train, tmp_path, seed=5, per_template=2)
    two = augment.augment(train, tmp_path, seed=5, per_template=2)
    assert one == two
    assert len(one) == 1 + 2 * len(augment.templates())   # one swapped copy of the sentence with a name
    assert all(tag == "O" or tag[:2] in ("B-", "I-") for sent in one for _, tag in sent)
    assert augment.augment(train, tmp_path, seed=6, per_template=2) != one


def test_headline_capitalises_words_but_keeps_tags_and_function_words():
    sent = [("Bupati", "O"), ("Rudi", "B-PER"), ("Harahap", "I-PER"), ("resmikan", "O"), ("pasar", "O"),
            ("di", "O"), ("Tapanuli", "B-LOC"), (".", "O")]
    head = augment.headline(sent)
    assert [t for t, _ in head] == ["Bupati", "Rudi", "Harahap", "Resmikan", "Pasar", "di", "Tapanuli"]
    assert [tag for _, tag in head] == [tag for _, tag in sent[:-1]]


def test_luthfi_io_tags_become_bio_sentences(tmp_path):
    from pipeline.training.prepare import read_luthfi

    path = tmp_path / "luthfi.txt"
    path.write_text("Presiden\tO\nFranklin\tPerson\nD\tPerson\n.\tO\nRoosevelt\tPerson\nlahir\tO\ndi\tO\n"
                    "New York\tPlace\n.\tO\nIa\tO\nbekerja\tO\n\nBank\tOrganisation\nDunia\tOrganisation\n",
                    encoding="utf-8")
    sents = read_luthfi(path)
    assert [len(s) for s in sents] == [10, 2, 2]       # no cut after the initial "D"; a blank line ends a text
    assert sents[0][1:3] == [("Franklin", "B-PER"), ("D", "I-PER")]
    assert sents[0][7:9] == [("New", "B-LOC"), ("York", "I-LOC")]
    assert sents[2] == [("Bank", "B-ORG"), ("Dunia", "I-ORG")]


def test_prepared_ner_train_is_idner_plus_licence_clean_additions_only():
    from pathlib import Path

    from pipeline.training import prepare

    shared = Path(__file__).resolve().parents[1].parent / "shared"
    ner = shared / "data" / "ner"
    if not (ner / "idner-news-2k" / "train.txt").is_file():
        pytest.skip("no NER data here")
    idner = prepare.ner_splits(ner)
    built = prepare.ner_splits(ner, shared=shared)
    assert built["train"][:len(idner["train"])] == idner["train"]     # idner first, untouched
    assert len(built["train"]) > 3 * len(idner["train"])
    assert built["dev"] == idner["dev"] and built["test"] == idner["test"]   # selection and test stay idner
    assert {tag for s in built["train"] for _, tag in s} <= {"O"} | {f"{p}-{t}" for p in "BI" for t in ("PER", "ORG", "LOC")}
