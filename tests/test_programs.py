"""programs: sentence table on blank docs (invented programs, names and places)."""
from __future__ import annotations

import pytest

from pipeline.match.programs import programs
from pipeline.schema import Partner
from tests._blankdoc import blank_doc


def _progs(text, partners=()):
    return [(p.name, p.sector) for p in programs(blank_doc(text), [Partner(name=n) for n in partners])]


@pytest.mark.parametrize("text, expected", [
    # English proper name ending in a program word, with its acronym
    ("Pemkot Palu bekerja sama dengan Kota Utrecht melalui Coastal Resilience Exchange Program (CREP) untuk penanganan banjir.",
     [("Coastal Resilience Exchange Program (CREP)", "flood management")]),
    # a quoted name after "program"
    ("Pemprov Maluku menjalankan kerja sama program \u201cClean Harbour for Healthy Islands\u201d di sektor kesehatan.",
     [("Clean Harbour for Healthy Islands", "health")]),
    # a phrase the text presents as a program, with its host
    ("Kerja sama itu mencakup program magang ASN di Kementerian Luar Negeri.",
     [("program magang ASN di Kementerian Luar Negeri", "capacity building")]),
    # "program kerja sama antara X dengan Y" names its parties
    ("Program kerja sama antara SMA Negeri 2 Palu dengan Sapporo International School berjalan di sektor pendidikan.",
     [("Program kerja sama antara SMA Negeri 2 Palu dengan Sapporo International School", "education")]),
    # the acronym alone later is the same program
    ("Hibah itu untuk Rural Water Access Project (RWAP). Program RWAP berjalan di 12 desa.",
     [("Rural Water Access Project (RWAP)", "water management")]),
    # "X atau Y (ACR)": the program is named by its acronym
    ("Pemkab Sigi menjalin kemitraan lewat program tanggung jawab sosial atau corporate social responsibility (CSR) perusahaan.",
     [("program CSR", "corporate social responsibility")]),
    # a quoted name the text introduces as a program ("program ... adalah “X”"), year kept
    ("Pemkot Palu dan Kota Davao bekerja sama. Program pertama yang dijalankan adalah “Green Port Exchange 2025”.",
     [("Green Port Exchange 2025", None)]),
    # a bare "program magang" names a kind of program, not one
    ("Kerja sama itu membuka program magang bagi mahasiswa.", []),
    # generic mentions of "program" are not programs
    ("Kerja sama ini akan menghasilkan banyak program yang bermanfaat.", []),
    ("Program ini dijalankan bersama Pemkab Sigi.", []),
    # no cooperation cue at all
    ("Harga cabai naik menjelang Lebaran.", []),
])
def test_program_names(text, expected):
    assert _progs(text) == expected


def test_program_partners_come_from_its_sentence():
    text = ("Pemkab Sigi dan Kota Utrecht menjalankan Coastal Resilience Exchange Program. "
            "Kerja sama lain dijalin dengan Pemkot Palu.")
    progs = programs(blank_doc(text), [Partner(name="Pemkab Sigi"), Partner(name="Kota Utrecht"),
                                       Partner(name="Pemkot Palu")])
    assert [(p.name, p.partners, p.sentence) for p in progs] == [
        ("Coastal Resilience Exchange Program", ["Pemkab Sigi", "Kota Utrecht"], 0)]
    assert progs[0].rule and text[progs[0].start:progs[0].end].startswith("Coastal")


def test_a_name_inside_a_program_name_is_not_a_partner():
    from pipeline.match import extract_all

    text = ("Pemkot Palu dan Kota Davao menjalin kerja sama. Program kerja sama pertama adalah "
            "\u201cGreen Port Exchange 2025\u201d.")
    rec = extract_all(blank_doc(text, (("Green Port Exchange", "ORG"),)), id="x")
    assert [p.name for p in rec.programs] == ["Green Port Exchange 2025"]
    assert "Green Port Exchange" not in [p.name for p in rec.partners]
    assert "Green Port Exchange" not in rec.programs[0].partners
