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
    ("Harian Timur, Bitung - Pelabuhan diperluas tahun ini.", ("Harian Timur", "Bitung")),
    ("Surabaya - Pemprov Jatim menggandeng dua lembaga.", (None, "Surabaya")),
    ("BITUNG, HUMAS \u2013 Pemkot Bitung meneken kerja sama.", ("HUMAS", "BITUNG")),
    ("BONTANG \u2013 KALTIMPOS.CO: Wali Kota meresmikan taman.", ("KALTIMPOS.CO", "BONTANG")),
    ("Lensapalu.id \u2013 Bupati Sigi meresmikan jembatan.", ("Lensapalu.id", None)),
    ("MEDIAKITA.ID--Pemkab Poso meneken kerja sama.", ("MEDIAKITA.ID", None)),
    ("Sekolah Baru Diresmikan\nTERNATE- Gedung sekolah baru diresmikan, Senin.", (None, "TERNATE")),
    ("DONGGALA (Warta Sulteng): Bupati meninjau lokasi.", ("Warta Sulteng", "DONGGALA")),
    ("Kendari, Sebagai upaya peningkatan layanan, Pemkot menambah bus.", (None, "Kendari")),
    ("Pemkot Palu membuka pasar baru.\nPasar itu dibangun dua tahun. (HUMAS PALU)", ("HUMAS PALU", None)),
    ("Pasar dibuka.\nPewarta: Rina\nCOPYRIGHT \u00a9 Kabar Timur 2023", ("Kabar Timur", None)),
    # nothing: a plain first sentence, a connective with a comma, a reporter's initials at the end
    ("Pemerintah Kota Bogor menandatangani nota kesepahaman dengan Pemerintah Kota Depok.", (None, None)),
    ("Sementara, Pemkab Sigi menyiapkan lahan. (rin)", (None, None)),
])
def test_source_and_dateline(text, expected):
    assert source_and_dateline(blank_doc(text)) == expected
