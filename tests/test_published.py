"""published: the text date of an article or of its event (invented sentences, no Stanza)."""
from __future__ import annotations

import pytest

from pipeline.evaluate import score
from pipeline.match.published import find_published, parse_date, published
from tests._blankdoc import blank_doc


def _iso(text):
    found = find_published(text)
    return found and found.iso


@pytest.mark.parametrize("text, expected", [
    # the genre's event stamp: day name, then a numeric date in parentheses
    ("Nota kesepahaman itu diteken di Balai Kota Palu, Senin (19/1/2026).", "2026-01-19"),
    ("Wali Kota Bitung menerima rombongan dari Davao, Kamis (04/08/2022) pagi.", "2022-08-04"),
    # day name with a worded date, with or without a comma or parentheses
    ("Penandatanganan berlangsung di Gedung Sate, Rabu, 14 Februari 2018.", "2018-02-14"),
    ("Rombongan tiba di Bandara Sam Ratulangi, Selasa 4 Februari 2020.", "2020-02-04"),
    ("Kesepakatan itu ditandatangani Senin (5 Februari 2024) di Aula Barat.", "2024-02-05"),
    ("Harga cabai masih tinggi, kata seorang pedagang di Pasar Baru, Minggu siang, 12 November 2023.",
     "2023-11-12"),
    # a header stamp with its clock time
    ("Jumat, 3 Maret 2023 21:11 WIB\nPemkab Sigi menjalin kerja sama dengan Kota Utrecht.", "2023-03-03"),
    ("Diperbarui 21/08/2024, 10:15 WIB\nBULUKUMBA - Pemkab Bulukumba menerima hibah perahu.", "2024-08-21"),
    # a two-digit year is this century's
    ("Bantuan itu diserahkan kepada warga, Sabtu (14/3/20).", "2020-03-14"),
    ("Kegiatan ditutup dengan makan malam bersama, Jumat (11/5/18) malam.", "2018-05-11"),
    # a dateline with the outlet, and a stamp line of its own
    ("MANADO, BERITAKITA.COM, 17 Juli 2025 – Pemkot Manado meneken MoU dengan Kota Cebu.", "2025-07-17"),
    ("Pemkot Ambon Jalin Kerja Sama\n- by Redaksi\n- 11 Agt 2025\n- Ambon\nAMBON - Pemkot Ambon ...",
     "2025-08-11"),
    # a numeric date in parentheses, without a day name
    ("Ternate (23/08/2024) - Pemprov Maluku Utara menerima tamu dari Korea Selatan.", "2024-08-23"),
    ("Program itu sudah berjalan baik, terangnya, (18/07/2018).", "2018-07-18"),
    # the press releases' "pada hari Selasa tanggal ..."
    ("Kegiatan yang dilaksanakan pada hari Selasa tanggal 1 Oktober 2019 di Balai Praja itu disaksikan Forkopimda.",
     "2019-10-01"),
    ("Rapat paripurna digelar pada hari Rabu, tanggal 10 Juni 2015 di ruang rapat DPRD.", "2015-06-10"),
    # a site's posting stamp on its own line, the event dated without a year
    ("Unram Teken MoA\nDiposting pada 8 September 2022 oleh Humas Unram\nMataram – Unram menandatangani MoA, "
     "Kamis (8/9).", "2022-09-08"),
    # a sentence opening on the time its figures stand at dates the news
    ("Hingga Sabtu (8/3/2025) pukul 18.00 WITA, korban jiwa banjir tercatat tujuh orang.", "2025-03-08"),
    # old spellings and abbreviations of months
    ("Kerja sama diteken di Jakarta, Kamis, 2 Nopember 2017.", "2017-11-02"),
    ("Perjanjian itu diteken Rabu, 7 Agu 2019, di Kendari.", "2019-08-07"),
    # a site's ISO stamp on a line of its own, with or without the clock time
    ("2024-02-11 09:00:00\nPemkot Tidore menerima bantuan ambulans dari PT Sinar Laut.", "2024-02-11"),
    ("Dipublikasikan: 2023-10-05\nSAMARINDA - Kerja sama itu berlanjut.", "2023-10-05"),
])
def test_date_shapes(text, expected):
    assert _iso(text) == expected


@pytest.mark.parametrize("text", [
    # day and month without a year: no full date, the year is not guessed
    ("Penandatanganan berlangsung di Kampus Unhas, Senin (13/2)."),
    ("Rapat itu digelar di tahun 2023, Selasa (14/3)."),
    # dates in regulation names and background clauses carry no day name
    ("Hal itu diatur dalam Peraturan Daerah Nomor 5 Tahun 2019 tanggal 12 Maret 2019."),
    ("Hibah tersebut berdasarkan kontrak yang ditandatangani pada 12 Maret 2018."),
    # deadlines, start and end dates
    ("NPHD harus diteken paling lambat 1 Oktober 2019."),
    ("Penandatanganan NPHD paling lambat Selasa (1/10/2019) sesuai jadwal."),
    ("Berkas diserahkan paling lambat hari Senin tanggal 5 Februari 2024 ke sekretariat."),
    ("Pendaftaran beasiswa dibuka hingga Senin (5/2/2024) pukul 16.00 WIB."),
    ("Angkutan mudik beroperasi mulai Jumat (21/3/2025) hingga 11 April 2025."),
    ("Kerja sama berlaku sejak Senin (2/1/2023) untuk lima tahun."),
    ("Magang itu akan digelar pada Senin (5/2/2024) di Jakarta."),
    ("Pelantikan pengurus dijadwalkan Senin (12/2/2024) mendatang."),
    ("Pameran dibuka Senin (12/2/2024) mendatang di Balai Kota."),
    # a period or schedule line is no dateline
    ("Periode: 1 Januari 2024 - 31 Desember 2024\nPemkab Sigi menyalurkan bantuan."),
    # a numeric date outside parentheses is a reference number, not a date
    ("Surat itu bernomor 12/3/2024 dan ditujukan kepada bupati."),
    # an ISO date inside a sentence or a reference is no stamp
    ("Data itu diunduh dari laman dinas pada 2024-02-11 oleh tim peneliti."),
    ("Dokumen SK-2024-02-11 disimpan di arsip daerah."),
    # impossible dates
    ("Acara itu berlangsung Senin (31/2/2024)."),
    ("Tidak ada tanggal di teks ini."),
])
def test_no_date(text):
    assert _iso(text) is None


def test_first_event_date_wins_and_evidence_points_at_it():
    text = ("Rapat koordinasi digelar di Kantor Gubernur, Selasa, 8 Oktober 2019. "
            "Rapat itu menindaklanjuti arahan pada kunjungan Senin, 7 Oktober 2019.")
    found = find_published(text)
    assert found.iso == "2019-10-08" and found.rule == "date_weekday"
    assert text[found.start:found.end] == "Selasa, 8 Oktober 2019"


def test_evidence_closes_its_parenthesis():
    text = "Kedua wali kota meneken MoU di Manado, Senin (5/2/2024). Acara dilanjutkan makan siang."
    found = find_published(text)
    assert text[found.start:found.end] == "Senin (5/2/2024)"


def test_a_deadline_before_the_event_is_skipped():
    text = ("NPHD diteken paling lambat 1 Oktober 2019. Ketua KPU menyampaikannya di kantornya, "
            "Jumat (27/9/2019).")
    assert _iso(text) == "2019-09-27"


def test_a_price_per_unit_or_an_event_after_another_is_no_deadline():
    assert _iso("Harga beras per kilogram naik menjadi Rp 14.000, Senin (5/2/2024).") == "2024-02-05"
    assert _iso("Setelah penandatanganan MoU di Balai Kota, Senin (5/2/2024), rombongan meninjau pasar.") \
        == "2024-02-05"


def test_arriving_or_lasting_until_now_is_no_deadline():
    assert _iso("Rombongan Kota Davao sampai di Bandara Mutiara, Senin (5/2/2024).") == "2024-02-05"
    assert _iso("Kerja sama itu berjalan hingga kini, kata dia, Rabu (7/2/2024).") == "2024-02-07"
    assert _iso("NPHD diteken paling lambat pada hari Jumat (9/2/2024).") is None


def test_quote_end_is_no_blocker():
    text = "\u201cSampah akan kami kelola di desa,\u201d ujarnya. Senin (12/12/22)."
    assert _iso(text) == "2022-12-12"


@pytest.mark.parametrize("day, month, year, expected", [
    ("5", "2", "2024", "2024-02-05"), ("05", "Februari", "2024", "2024-02-05"),
    ("29", "2", "2023", None), ("1", "13", "2020", None), ("1", "Foo", "2020", None),
    ("1", "1", "1890", None), ("3", "mar", "99", "1999-03-03"),
])
def test_parse_date(day, month, year, expected):
    assert parse_date(day, month, year) == expected


def test_published_reads_the_doc():
    doc = blank_doc("Kota Palu dan Kota Utrecht meneken MoU, Rabu (14/2/2018).")
    assert published(doc).iso == "2018-02-14"


def test_evaluate_scores_published():
    gold = {"a": {"published": "2024-02-05"}, "b": {"published": "2018-02-14"},
            "c": {"published": None}, "d": {"published": None}}
    pred = {"a": {"published": "2024-02-05"}, "b": {"published": None},
            "c": {"published": "2020-01-01"}, "d": {}}
    d = score(gold, pred)["published"]
    assert d["accuracy"] == 0.5                 # one of the two dated articles
    assert d["precision"] == 0.5                # one of the two dates given is right
    assert d["spurious_rate"] == 0.25           # a date where gold has none, in one of four articles


def test_date_scan_with_its_digit_lookahead_finds_what_the_plain_pattern_finds():
    """The date pattern opens with a digit lookahead to skip other positions fast: the same
    matches as the pattern without it, wherever digits, slashes and month names meet."""
    import re

    from pipeline.match.published import _grammar

    rx = _grammar()["date"]
    plain = re.compile(rx.pattern.removeprefix("(?=\\d)"), rx.flags)
    assert plain.pattern != rx.pattern
    text = ("BANDAR LAMPUNG, 17 Juli 2025 - Rapat digelar Senin (19/1/2026) di aula, bukan 3/4/25/7 "
            "atau v2.1/3/2024; Rabu, 14 Februari 2018 pukul 10.00 WIB, serta 5 Agt. 2019, "
            "12-08-2020, 2020-08-12, 1/2/03 dan ２/3/2024 (angka lebar), kode A17/8/2021 dan -4/5/2022.")
    assert [m.span() for m in rx.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert len(list(rx.finditer(text))) >= 5
