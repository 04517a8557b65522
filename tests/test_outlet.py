"""outlet: dateline and outlet at the start or end of an article (invented texts)."""
from __future__ import annotations

import pytest

from pipeline.match.outlet import source_and_dateline
from tests._blankdoc import blank_doc


@pytest.mark.parametrize("text, expected", [
    ("BERITAPALU.COM, Palu \u2013 Pemkot Palu meresmikan pasar baru.", ("BERITAPALU.COM", "Palu")),
    ("Ambon (ANTARA) - Pemprov Maluku menandatangani MoU.", ("ANTARA", "Ambon")),
    ("Manado, (Kabar Sulut) - Gubernur membuka pameran.", ("Kabar Sulut", "Manado")),
    ("Kupang, Timurkini.com - Wali Kota meninjau banjir.", ("Timurkini.com", "Kupang")),
    ("Kendari, sultraNews - Pemprov membuka lelang jabatan.", ("sultraNews", "Kendari")),
    ("Harga Ikan Naik\nKamis, 4 Juli 2024 - 09:10 WITA\nBAUBAU, Baubaupos - Harga ikan naik.",
     ("Baubaupos", "BAUBAU")),
    ("Harian Timur, Bitung - Pelabuhan diperluas tahun ini.", ("Harian Timur", "Bitung")),
    ("Surabaya - Pemprov Jatim menggandeng dua lembaga.", (None, "Surabaya")),
    ("BITUNG, HUMAS \u2013 Pemkot Bitung meneken kerja sama.", ("HUMAS", "BITUNG")),
    # a press release's mark is no outlet
    ("KUPANG, (ril) \u2013 Pemkot Kupang menerima bantuan CSR.", (None, "KUPANG")),
    ("Palu, (rls) - Pemkot Palu meresmikan pasar.", (None, "Palu")),
    ("BONTANG \u2013 KALTIMPOS.CO: Wali Kota meresmikan taman.", ("KALTIMPOS.CO", "BONTANG")),
    ("Lensapalu.id \u2013 Bupati Sigi meresmikan jembatan.", ("Lensapalu.id", None)),
    ("MEDIAKITA.ID--Pemkab Poso meneken kerja sama.", ("MEDIAKITA.ID", None)),
    ("Sekolah Baru Diresmikan\nTERNATE- Gedung sekolah baru diresmikan, Senin.", (None, "TERNATE")),
    ("DONGGALA (Warta Sulteng): Bupati meninjau lokasi.", ("Warta Sulteng", "DONGGALA")),
    ("Kendari, Sebagai upaya peningkatan layanan, Pemkot menambah bus.", (None, "Kendari")),
    ("Pemkot Palu membuka pasar baru.\nPasar itu dibangun dua tahun. (HUMAS PALU)", ("HUMAS PALU", None)),
    ("Pasar dibuka.\nPewarta: Rina\nCOPYRIGHT \u00a9 Kabar Timur 2023", ("Kabar Timur", None)),
    # a region or a date between the place and the outlet
    ("Bitung, Sulawesi Utara (ANTARA) - Pemkot Bitung meresmikan dermaga.", ("ANTARA", "Bitung")),
    ("Ternate, 14/3 (Antara) - Dua puluh siswa berangkat ke Jepang.", ("Antara", "Ternate")),
    ("Kupang (12/05/2023) kupangkota.go.id - Wali Kota membuka pameran.", ("kupangkota.go.id", "Kupang")),
    ("KABARTIMUR.ID, Tual (Maluku) \u2013 Pemkot Tual menambah armada.", ("KABARTIMUR.ID", "Tual")),
    ("PALU, BERITASULTENG.COM, 3 Mei 2024 \u2013 Gubernur membuka forum.", ("BERITASULTENG.COM", "PALU")),
    # no space after the comma; the outlet's initials after the place
    ("MAKASSAR,SULSELKINI.com - Pemprov Sulsel meneken MoU.", ("SULSELKINI.com", "MAKASSAR")),
    ("POSO,RP- Bupati Poso meninjau jembatan.", ("RP", "POSO")),
    ("MALTENG, KT \u2013 Pemkab Maluku Tengah menerima bantuan.", ("KT", "MALTENG")),
    ("Makassar, Sulsel \u2013 Wali Kota membuka festival.", (None, "Makassar")),
    # an outlet in mixed case ended by a full stop; the domain before an upper-case place
    ("Palu, KabarSulteng. Pemkot Palu menambah dua puskesmas.", ("KabarSulteng", "Palu")),
    ("BERITAKITA.CO.ID - AMBON. Pemprov Maluku meneken kerja sama.", ("BERITAKITA.CO.ID", "AMBON")),
    # an outlet and a place in capitals without a comma
    ("WARTASIANG BITUNG \u2014 Pemkot Bitung menggelar festival.", ("WARTASIANG", "BITUNG")),
    ("BANDA ACEH \u2014 Pemprov Aceh menggelar festival.", (None, "BANDA ACEH")),
    # an outlet alone on the first line or in a byline gives way to the dateline's own outlet
    ("Kabartimur\nPemkot Gelar Festival\nAmbon \u2014 Pemkot Ambon menggelar festival.", ("Kabartimur", "Ambon")),
    ("Nasional\nPemkot Gelar Festival\nAmbon \u2014 Pemkot Ambon menggelar festival.", (None, "Ambon")),
    ("Laporan Wartawan Tribunambon.com Rina\nPemkot Ambon menggelar festival.", ("Tribunambon.com", None)),
    ("Laporan Wartawan Tribunambon.com Rina\nTRIBUNAMBON.COM, AMBON - Pemkot menggelar festival.",
     ("TRIBUNAMBON.COM", "AMBON")),
    # a full stop after the bracketed outlet; a mixed-case outlet after the dash; "Kota X" as the place
    ("POSO, (SP).- Pemkab Poso menambah armada.", ("SP", "POSO")),
    ("Ambon - kabarTimur\nPemkot Ambon menambah armada.", ("kabarTimur", "Ambon")),
    ("Kota Tual, Malukunews - Pemkot menambah armada.", ("Malukunews", "Kota Tual")),
    # a caption line before the dateline; a dateline line without a dash
    ("Ilustrasi - Gedung sekolah baru\nAMBON, SIWALIMA - Pemkot menambah armada.", ("SIWALIMA", "AMBON")),
    ("Ambon, Kabar Timur\nPemkot Ambon menambah armada.", ("Kabar Timur", "Ambon")),
    ("Bupati, Wakil Bupati\nPemkot Ambon menambah armada.", (None, None)),
    # a date after the place and no outlet
    ("Ambon, 12 Maret 2024 \u2014 Pemkot Ambon menambah armada.", (None, "Ambon")),
    # an outlet's name in brackets closing the article, after the last sentence
    ("Pemkot Palu membuka pasar baru.\nPasar itu dibangun dua tahun. (BERNAMA)", ("BERNAMA", None)),
    # nothing: a plain first sentence, a connective with a comma, a reporter's initials at the end
    ("Pemerintah Kota Bogor menandatangani nota kesepahaman dengan Pemerintah Kota Depok.", (None, None)),
    ("Sementara, Pemkab Sigi menyiapkan lahan. (rin)", (None, None)),
    # a hyphen inside a headline's compound, a capitalised verb opening a late line, an acronym at the end
    ("Sepakat Bangun Jembatan, Pemkab Sigi-Pemkab Poso Teken MoU\nKedua daerah sepakat membangun jembatan.",
     (None, None)),
    ("Pemkab Sigi membangun jembatan.\nJembatan itu panjang.\nBiayanya besar.\nDitambahkan, Bupati Sigi meninjau.",
     (None, None)),
    ("Pemkab Sigi bekerja sama dengan Universitas Tadulako (UNTAD)", (None, None)),
])
def test_source_and_dateline(text, expected):
    assert source_and_dateline(blank_doc(text)) == expected


def test_a_bare_comma_dateline_needs_a_known_place_or_a_place_entity():
    text = "Waingapu, Pemkab Sumba Timur menambah armada."
    assert source_and_dateline(blank_doc(text, ents=(("Waingapu", "LOC"),))) == (None, "Waingapu")
    assert source_and_dateline(blank_doc("Gubernur, Bupati dan Wali Kota Teken MoU")) == (None, None)


def test_head_lines_are_the_first_lines_of_the_text():
    """The head lines are read lazily; blank lines and the site's lines are not counted."""
    from pipeline.match.outlet import _lines

    text = "JUDUL BERITA\n\nKOTA BARU, Kabar.id - Isi.\nBaca juga: Lain\nlima\n" * 3
    whole, pos = [], 0
    for line in text.split("\n"):
        if line.strip() and not line.startswith("Baca"):
            whole.append((len(whole), pos, line))
        pos += len(line) + 1
    site = tuple((m, m + len("Baca juga: Lain")) for m in range(len(text)) if text.startswith("Baca", m))
    for limit in (1, 3, 8, 40):
        assert list(_lines(text, limit, site)) == whole[:limit]
