"""The lines a news site puts around the report (pipeline/match/page.py), and the rules reading past them.

Texts are written by the team; names and places are invented.
"""
from __future__ import annotations

import pytest

from pipeline.assemble import records_from_doc
from pipeline.match import page
from pipeline.match.outlet import source_and_dateline
from pipeline.schema import Article


def _kinds(text: str) -> dict[str, list[str]]:
    lines = page.page_lines(text)
    out = {k: [text[a:b] for a, b in getattr(lines, k)] for k in ("links", "captions", "inserts", "trailers",
                                                                   "bylines")}
    return {k: v for k, v in out.items() if v}


@pytest.mark.parametrize("text, expected", [
    ("Badan itu bekerja.\nBaca juga: Warga Desa Sukaraja Gelar Kerja Bakti\nKalimat lain.",
     {"links": ["Baca juga: Warga Desa Sukaraja Gelar Kerja Bakti"]}),
    # the opener alone on its line links the headline on the next
    ("Badan itu bekerja.\nBaca Juga:\nBupati Tinjau Banjir di Tiga Kecamatan\nKalimat lain.",
     {"links": ["Baca Juga:", "Bupati Tinjau Banjir di Tiga Kecamatan"]}),
    # ... but a sentence there is the report's: the scraper dropped the link and kept its opener
    ("Badan itu bekerja.\nBaca Juga:\nSebanyak 40 warga menerima bantuan, kata Kepala Desa.\nKalimat lain.",
     {"links": ["Baca Juga:"]}),
    # a one-word opener links only with its colon
    ("Baca: Harga Beras Turun\nBaca Al-Quran bersama digelar di masjid.",
     {"links": ["Baca: Harga Beras Turun"]}),
    # captions by their opener, or by the credit that closes them
    ("Foto bersama usai acara. ANTARA/HO-Humas\nSuasana rapat di aula kantor. (FOTO: DOK. HUMAS)\nTeks.",
     {"captions": ["Foto bersama usai acara. ANTARA/HO-Humas", "Suasana rapat di aula kantor. (FOTO: DOK. HUMAS)"]}),
    # inserts are short; a sentence opening on the same word is the report's
    ("ADVERTISEMENT\nHalaman Selanjutnya\nIkuti perkembangan kerja sama kedua kota, kata dia, karena warga perlu "
     "tahu apa yang sudah dikerjakan pemerintah daerah selama lima tahun terakhir di bidang pendidikan.",
     {"inserts": ["ADVERTISEMENT", "Halaman Selanjutnya"]}),
    ("Teks laporan.\nPenulis: Rudi Hartono\nTags: kerja sama, pendidikan\nCopyright © 2024 Media Contoh",
     {"trailers": ["Tags: kerja sama, pendidikan", "Copyright © 2024 Media Contoh"],
      "bylines": ["Penulis: Rudi Hartono"]}),
    ("Tag nama peserta dibagikan panitia.", {}),
    # trailers follow the report; in the body the same opener is the report's
    ("Hak cipta atas 20 lagu daerah didaftarkan pemkab.\nKalimat lain.\nHak cipta \u00a9 2024 Media Contoh",
     {"trailers": ["Hak cipta \u00a9 2024 Media Contoh"]}),
    # paragraphs run together (a scraper lost the paragraph tags): a link after a sentence runs to its
    # headline's end (before a title's head or a byline), the byline and trailers closing the line are theirs
    ("Isi laporan. Baca juga: Pemkab Sukamaju dan Bank Lembang Teken MoU Layanan Digital Kepala Dinas "
     "Kesehatan, Rina, mengatakan hal itu. Baca juga: Warga Cimaja Gelar Kerja Bakti Reporter: Budi Santoso",
     {"links": ["Baca juga: Pemkab Sukamaju dan Bank Lembang Teken MoU Layanan Digital",
                "Baca juga: Warga Cimaja Gelar Kerja Bakti"],
      "bylines": ["Reporter: Budi Santoso"]}),
    # a headline in title case ends before the word that opens a run of lower-case prose
    ("Isi laporan. Baca Juga: Harga Kopi Anjlok, Petani di Lembah Hijau Mulai Beralih Berkebun Lelaki yang akrab "
     "disapa Bang Arul itu menyebutkan hal itu.",
     {"links": ["Baca Juga: Harga Kopi Anjlok, Petani di Lembah Hijau Mulai Beralih Berkebun"]}),
    # ... or before the name of a speaker whose speech verb follows
    ("Isi laporan. Baca juga: Pemkot Percepat Penutupan TPA di Lembah Hijau Rina Sari menuturkan warga setuju.",
     {"links": ["Baca juga: Pemkot Percepat Penutupan TPA di Lembah Hijau"]}),
    ("Isi laporan,\u201d katanya. Pewarta: Rudi Hartono Editor: Ani COPYRIGHT \u00a9 MEDIA CONTOH 2024",
     {"bylines": ["Pewarta: Rudi Hartono Editor: Ani COPYRIGHT \u00a9 MEDIA CONTOH 2024"]}),
    # a byline heading the run ends at the dateline's dash
    ("Judul Berita\nLaporan Wartawan Media Contoh, Rudi Hartono MEDIACONTOH.COM, SUKAMAJU - Pemerintah Kabupaten "
     + "Sukamaju meneken MoU dengan Universitas Lembang. " * 8,
     {"bylines": ["Laporan Wartawan Media Contoh, Rudi Hartono MEDIACONTOH.COM, SUKAMAJU - "]}),
    # ... but a byline under the lead, paragraphs run on after it, leaves the rest of the line to the report
    ("Pemkab Sukamaju meneken MoU. Penulis: Rudi | Editor: Ani Laporan Rudi " + "Kalimat laporan. " * 30,
     {}),
])
def test_page_lines(text, expected):
    assert _kinds(text) == expected


def test_report_ends_above_the_site_lines():
    text = "Isi laporan,” pungkasnya.(rudi)\nIkuti berita terkini dari kami di Google News.\nCopyright © 2024 Contoh"
    assert text[:page.page_lines(text).report_end].endswith("(rudi)")


def _records(analyse, text):
    return records_from_doc(analyse(text), Article(id="t", text=text))


def test_neighbours_skip_site_lines(analyse):
    doc = analyse("Kalimat satu tentang kerja sama.\nBaca juga: Judul Lain di Kota\nADVERTISEMENT\n"
                  "Kalimat dua adalah A, B dan C.\nKalimat tiga.")
    assert [(page.previous(doc, i), page.following(doc, i)) for i in range(5)] == \
        [(-1, 3), (0, 3), (0, 3), (0, 4), (3, -1)]


def test_headline_under_a_bare_link_opener_is_no_official(analyse):
    text = ("Wali Kota Sukamaju Rina Ayuningtyas menandatangani nota kesepahaman dengan Pemerintah Kota Lembang, "
            "Senin (3/6/2024).\nBaca Juga:\nGubernur Tinjau Banjir di Lima Kecamatan, Minta Warga Waspada\n"
            "Kerja sama itu mencakup pengelolaan sampah.\nHalaman Selanjutnya\n")
    names = [o.name for o in _records(analyse, text).officials]
    assert "Minta Warga Waspada" not in names and "Halaman Selanjutnya" not in names
    assert "Rina Ayuningtyas" in names


def test_counts_of_links_stay_and_of_trailers_go(analyse):
    """The guideline leaves link lines out of the partners only: a linked headline's counts are counts."""
    text = ("Pemkab Sukamaju menerima hibah 12 unit ambulans dari Pemprov Lembang.\n"
            "Baca juga: Ratusan Warga Antre Sembako Murah di Alun-alun Kota\nAmbulans itu dibagikan ke puskesmas.\n"
            "Tags: 12 unit ambulans, hibah")
    assert [(c.value, c.unit) for c in _records(analyse, text).counts] == [(12, "unit ambulans"), (100, "Warga Antre Sembako Murah")]


def test_signoff_above_site_trailers(analyse):
    text = ("Pemkab Sukamaju meneken MoU dengan Universitas Lembang, Senin (3/6/2024).\n"
            "“Kami siap,” kata Bupati Sukamaju Ahmad Fauzi.(rudi)\n"
            "Ikuti berita terkini dari kami di Google News, klik di sini.\nCopyright © 2024 Media Contoh.")
    assert "rudi" in [o.name for o in _records(analyse, text).officials]


def test_dateline_below_blank_and_site_lines(analyse):
    text = ("Sukamaju dan Lembang Teken Kerja Sama\n\nRabu, 5 Juni 2024\n\nBaca juga: Harga Cabai Naik\n\n"
            "Laporan Wartawan Media Contoh, Rudi Hartono\n\nEditor: Ani\n\nADVERTISEMENT\n\n"
            "MEDIACONTOH.COM, TANJUNG SUKA - Pemerintah Kabupaten Sukamaju meneken MoU dengan Pemerintah Kota "
            "Lembang.")
    assert source_and_dateline(analyse(text))[1] == "TANJUNG SUKA"


def test_list_after_an_insert_names_the_parties(analyse):
    text = ("Pemprov Sukamaju menandatangani nota kesepahaman dengan tiga kampus, Senin (3/6/2024).\n"
            "ADVERTISEMENT\nKetiga kampus tersebut adalah Universitas Lembang, Universitas Cimaja dan "
            "Institut Teknologi Karangsari.")
    names = [p.name for p in _records(analyse, text).partners]
    assert {"Universitas Lembang", "Universitas Cimaja", "Institut Teknologi Karangsari"} <= set(names)


def test_statement_before_a_caption_keeps_its_speaker(analyse):
    text = ("Pemerintah Kabupaten Sukamaju menyatakan dukungan penuh terhadap program Kampung Nelayan Sejahtera "
            "yang digulirkan Kementerian Kelautan dan Perikanan.\nSuasana rapat di aula kantor bupati. "
            "(FOTO: DOK. HUMAS)\nSekretaris Daerah Sukamaju Budi Santoso menegaskan hal tersebut saat menerima "
            "tim kementerian di ruang kerjanya, Senin (15/9/2025).")
    quotes = _records(analyse, text).quotes
    assert any(q.text.startswith("Pemerintah Kabupaten Sukamaju menyatakan") and q.speaker == "Budi Santoso"
               for q in quotes)


def test_dateline_dash_is_no_part_of_a_glossed_name(analyse):
    lines = "\n".join(f"Baris pengantar nomor {i} tentang acara." for i in range(10))
    text = (f"{lines}\nMEDIACONTOH.COM, TANJUNG SUKA- Pemerintah Kabupaten (Pemkab) Sukamaju menandatangani nota "
            "kesepahaman dengan PT Sinar Lembang Abadi, Senin (4/12/2017).")
    names = [p.name for p in _records(analyse, text).partners]
    assert not any(n.startswith("TANJUNG") for n in names)


def test_paragraphs_run_together_keep_their_records(analyse):
    """A scraper that lost the page's paragraph tags runs the lead, a link, the statements and the byline into
    one line: the parties, the speakers and the byline's names stay what they are on separate lines."""
    text = ("Sukamaju dan Lembang Teken Kerja Sama Air Bersih\n"
            "Laporan Wartawan Media Contoh, Rudi Hartono MEDIACONTOH.COM, SUKAMAJU - Pemerintah Kabupaten "
            "Sukamaju menandatangani nota kesepahaman dengan Pemerintah Kota Lembang tentang penyediaan air bersih, "
            "Senin (3/6/2024). \u201cKami siap berbagi air baku,\u201d tutur Rudy. Kepala Dinas Pekerjaan Umum "
            "Lembang, Sari Wulandari, mengatakan jaringan pipa sepanjang 12 kilometer dibangun tahun depan. "
            "Baca juga: Harga Cabai di Pasar Induk Naik Lagi Ia menambahkan, warga di perbatasan menjadi prioritas. "
            "Pewarta: Dewi Anggraini Editor: Bambang Susilo COPYRIGHT \u00a9 MEDIA CONTOH 2024")
    records = _records(analyse, text)
    assert {"Pemerintah Kabupaten Sukamaju", "Pemerintah Kota Lembang"} <= {p.name for p in records.partners}
    speakers = {q.text.split()[0]: q.speaker for q in records.quotes}
    assert speakers.get("jaringan") == "Sari Wulandari"
    names = {o.name for o in records.officials}
    assert {"Dewi Anggraini", "Bambang Susilo"} <= names
    assert not any("Editor" in n or "COPYRIGHT" in n for n in names)
