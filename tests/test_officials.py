"""officials: sentence table through the real Stanza models (invented names and places)."""
from __future__ import annotations

import pytest

from pipeline.match.officials import officials


def _pairs(doc):
    return [(o.name, o.title) for o in officials(doc)]


@pytest.mark.parametrize("text, expected", [
    # title before the name, no separator
    ("Gubernur Sulawesi Tengah Rusdi Mastura meresmikan jembatan baru di Palu, Senin.",
     [("Rusdi Mastura", "Gubernur Sulawesi Tengah")]),
    # title, comma, name
    ("Kepala Dinas Pariwisata Kota Batu, Arief Santoso, mengatakan kunjungan wisatawan meningkat.",
     [("Arief Santoso", "Kepala Dinas Pariwisata Kota Batu")]),
    # multi-word head with Wakil
    ("Wakil Wali Kota Ambon Michael Wattimena hadir dalam acara tersebut.",
     [("Michael Wattimena", "Wakil Wali Kota Ambon")]),
    # title after the name
    ("Menurut Hendra Saputra, Kepala Bappeda Kabupaten Sigi, proyek itu selesai tahun depan.",
     [("Hendra Saputra", "Kepala Bappeda Kabupaten Sigi")]),
    # honorifics and degrees stripped
    ("Rektor Universitas Tadulako, Prof. Dr. Ir. Amar Wijaya, M.Sc., membuka acara itu.",
     [("Amar Wijaya", "Rektor Universitas Tadulako")]),
    # bracketed title after the name belongs to that name
    ("Nota itu diteken Dr. Sri Handayani, M.Si. (Rektor Universitas Palu) dan Prof. Budi Hartono (Rektor Universitas Donggala).",
     [("Sri Handayani", "Rektor Universitas Palu"), ("Budi Hartono", "Rektor Universitas Donggala")]),
    # bylines: the role is the title
    ("Pembangunan pasar dimulai pekan depan.\nPewarta: Rina Kusuma\nEditor: Bambang Hartono",
     [("Rina Kusuma", "Pewarta"), ("Bambang Hartono", "Editor")]),
    # surname-only mention merged into the fullest name
    ("Wali Kota Palu Hadianto Rasyid membuka festival itu. Hadianto mengatakan festival digelar setiap tahun.",
     [("Hadianto Rasyid", "Wali Kota Palu")]),
    # no person at all
    ("Pemerintah Kota Bogor menandatangani nota kesepahaman dengan Pemerintah Kota Depok.", []),
])
def test_officials_table(analyse, text, expected):
    assert _pairs(analyse(text)) == expected


def test_official_evidence_points_at_the_name(analyse):
    text = "Bupati Donggala Kasman Lassa meninjau lokasi banjir."
    [off] = officials(analyse(text))
    assert text[off.start:off.end] == "Kasman Lassa"
    assert off.sentence == 0 and off.rule == "official.title_before"


def test_person_without_title(analyse):
    text = ("Bupati Sigi Mohamad Irwan membuka pelatihan itu. "
            "Salah seorang peserta, Dewi Lestari Wulandari, mengatakan pelatihan itu bermanfaat.")
    assert ("Dewi Lestari Wulandari", None) in _pairs(analyse(text))


@pytest.mark.parametrize("text, expected", [
    # an alias in brackets is the same person
    ("Gubernur Sulawesi Tengah Rusdi Mastura (Cudi) membuka rapat itu. Cudi mengatakan rapat digelar setiap bulan.",
     [("Rusdi Mastura", "Gubernur Sulawesi Tengah")]),
    # a document named after a position holds no person
    ("Aturan itu tertuang dalam Peraturan Gubernur Nomor 12 Tahun 2024.", []),
    # a regulation or place after the head is not a name; the person after the comma is
    ("Bupati Minahasa Selatan, Franky Donny Wongkar, hadir dalam acara itu.",
     [("Franky Donny Wongkar", "Bupati Minahasa Selatan")]),
])
def test_officials_more(analyse, text, expected):
    assert _pairs(analyse(text)) == expected
