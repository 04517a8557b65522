"""officials: sentence table through the real Stanza models (invented names and places)."""
from __future__ import annotations

import pytest

from pipeline.analyse import spans_to_spacy
from pipeline.match.officials import officials
from pipeline.tokenize import sentences


def _pairs(doc):
    return [(o.name, o.title) for o in officials(doc)]


@pytest.mark.parametrize("text, expected", [
    # a hospital named after a person is part of the title, not a person
    ("Direktur RSUP Dr. Wahidin Sudirohusodo, Khalid Saleh, mengatakan ruang isolasi ditambah.",
     [("Khalid Saleh", "Direktur RSUP Dr. Wahidin Sudirohusodo")]),
    # an airport named after a hero is part of the title; a title closing the sentence has no period
    ("Sambutan disampaikan General Manager Bandara Frans Kaisiepo, Yudi Santosa.",
     [("Yudi Santosa", "General Manager Bandara Frans Kaisiepo")]),
    ("Lomba itu dibuka oleh Hasnawati Rahim, Ketua TP PKK Kabupaten Sidrap.",
     [("Hasnawati Rahim", "Ketua TP PKK Kabupaten Sidrap")]),
    # an expert's lower-case field belongs to the title
    ("Dosen hukum tata negara Universitas Hasanuddin, Fajlurrahman Jurdi, menilai aturan itu keliru.",
     [("Fajlurrahman Jurdi", "Dosen hukum tata negara Universitas Hasanuddin")]),
    # a resident named after her village, with her age
    ("Warga Desa Lamboro, Nurhayati (41), mengaku belum menerima bantuan.", [("Nurhayati", None)]),
    # 'Pemimpin Wilayah' heads a state company's regional office
    ("“Stok aman,” kata Pemimpin Wilayah Perum Bulog Sulawesi Tenggara, Hendra Gunawan, Senin.",
     [("Hendra Gunawan", "Pemimpin Wilayah Perum Bulog Sulawesi Tenggara")]),
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


@pytest.mark.parametrize("text, expected", [
    # short byline roles after a separator keep the role as written
    ("Harga cabai turun di pasar tradisional.\nRep: Dimas Pratama/ Red: Sinta Lestari",
     [("Dimas Pratama", "Rep"), ("Sinta Lestari", "Red")]),
    # two roles on one line, and a colon-less 'by' line
    ("Harga beras stabil pekan ini.\nPenulis: Yoga Prasetyo | Editor: Maria Ulfa",
     [("Yoga Prasetyo", "Penulis"), ("Maria Ulfa", "Editor")]),
    ("- by Rahmi Kartika\nHarga beras stabil pekan ini.", [("Rahmi Kartika", "Penulis")]),
    # a given name that is also a feast's word ('Idul Fitri') is still a name
    ("Harga beras stabil pekan ini.\nPewarta: Fitri Ramadhani Lubis\nEditor: Adha Saputra",
     [("Fitri Ramadhani Lubis", "Pewarta"), ("Adha Saputra", "Editor")]),
])
def test_bylines(analyse, text, expected):
    assert _pairs(analyse(text)) == expected


def test_one_word_name_between_commas_after_a_title(analyse):
    text = "Anggota DPRD Banggai dari daerah pemilihan kepulauan, Rosdiana, menilai jadwal kapal belum jelas."
    assert [n for n, _ in _pairs(analyse(text))] == ["Rosdiana"]


def test_batak_boru_joins_one_name(analyse):
    text = "Di Pasar Horas, pedagang ikan Tiurma boru Simanjuntak mengaku omzetnya turun."
    assert [n for n, _ in _pairs(analyse(text))] == ["Tiurma boru Simanjuntak"]


def test_a_feast_is_no_person(analyse):
    assert _pairs(analyse("Pasar Sentral ramai menjelang Idul Fitri tahun ini.")) == []


@pytest.mark.parametrize("text, expected", [
    # a police rank between the title and the name is neither
    ("Kapolres Sigi AKBP Dedi Kurniawan mengatakan patroli digelar setiap malam.",
     [("Dedi Kurniawan", "Kapolres Sigi")]),
    # a military unit code after the head belongs to the title; rank and corps are dropped
    ("Dandim 1306/Donggala Letkol Inf Rudi Hartanto meninjau lokasi banjir, Senin.",
     [("Rudi Hartanto", "Dandim 1306/Donggala")]),
    # a degree with a single dot is dropped from the name
    ("Direktur Politeknik Negeri Palu, Ir. Hasan Basri, M.Eng, membuka pelatihan itu.",
     [("Hasan Basri", "Direktur Politeknik Negeri Palu")]),
    # a public-administration master's degree before a title that follows the name
    ("Sementara itu, H. Taufik Hidayat, S.Sos, M.AP, Kepala Bappeda Kabupaten Banggai, membuka rapat itu.",
     [("Taufik Hidayat", "Kepala Bappeda Kabupaten Banggai")]),
])
def test_ranks_and_degrees(analyse, text, expected):
    assert _pairs(analyse(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # words of the organisation's name after a comma or 'dan' belong to the title
    ("Kepala Dinas Perumahan, Kawasan Permukiman dan Pertanahan Kabupaten Sigi Anwar Hamid "
     "mengatakan program itu berlanjut.",
     [("Anwar Hamid", "Kepala Dinas Perumahan, Kawasan Permukiman dan Pertanahan Kabupaten Sigi")]),
    # a regency's usual short form after a secretary's title is no part of the name
    ("Rapat itu dihadiri Sekretaris Daerah Kukar Hendra Wijaya, Senin.",
     [("Hendra Wijaya", "Sekretaris Daerah Kukar")]),
    # a commander's title, and a role's short form used as a speaker is no person
    ("Komandan Tim SAR Gabungan, Yohanes Kaunang, mengatakan pencarian dilanjutkan besok.\n"
     "“Cuaca masih buruk,” ujar Kalaksa.",
     [("Yohanes Kaunang", "Komandan Tim SAR Gabungan")]),
    # an organisation's name glued to the title, then its holder's name as an appositive
    ("Ketua Kelompok Nelayan Sinar Bahari, Samsul Alam, mengatakan hasil tangkapan menurun.",
     [("Samsul Alam", "Ketua Kelompok Nelayan Sinar Bahari")]),
    # a regency the text names nowhere else, between the office and the name, closes the title
    ("Kepala Dinas Sosial Klaten Yudi Prasetya mengatakan bantuan disalurkan pekan depan.",
     [("Yudi Prasetya", "Kepala Dinas Sosial Klaten")]),
    ("Kepala Bulog Klaten Yudi Prasetya memastikan stok beras aman.",
     [("Yudi Prasetya", "Kepala Bulog Klaten")]),
    # 'pada' joins a section to its office inside one title
    ("Kepala Bidang Pencegahan pada Dinas Pemadam Kebakaran Kota Blitar, Wulan Sari, mengatakan kebakaran meningkat.",
     [("Wulan Sari", "Kepala Bidang Pencegahan pada Dinas Pemadam Kebakaran Kota Blitar")]),
    # an English position in a partner city's statement
    ("Mayor of Toyama, Hiroshi Tanaka, said the city would send two engineers.",
     [("Hiroshi Tanaka", "Mayor of Toyama")]),
    # a teacher's title names the school
    ("Guru SMP Negeri 3 Palu, Rahmat Hidayat, mengatakan siswa belajar dari rumah.",
     [("Rahmat Hidayat", "Guru SMP Negeri 3 Palu")]),
    # 'salah satu' / 'salah seorang' before a position after the name; an office's unit is no person
    ("“Kami sudah dapat 13 siswa,” kata Wulan Sari, salah seorang guru SD Negeri 2 Karangrejo.",
     [("Wulan Sari", "guru SD Negeri 2 Karangrejo")]),
    ("Dimas Aryo, salah satu Kepala Seksi di Dinas Pendidikan Blora, mengatakan data belum masuk.",
     [("Dimas Aryo", "Kepala Seksi di Dinas Pendidikan Blora")]),
    # a list of positions without names holds no person
    ("Hadir pula Menteri Koordinator Bidang Perekonomian, Menteri Desa dan Pembangunan Daerah "
     "Tertinggal, serta para bupati.", []),
])
def test_title_words_are_no_names(analyse, text, expected):
    assert _pairs(analyse(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a nickname after 'akrab disapa' is the person just named
    ("Bupati Poso Budi Santoso yang akrab disapa Bams meresmikan pasar itu. Bams mengatakan pasar "
     "itu dibangun dengan dana daerah.", [("Budi Santoso", "Bupati Poso")]),
    # a nickname built from the beginnings of the name's words
    ("Wali Kota Palu Adi Hermawan menandatangani nota kesepahaman itu. Menurut Aher, kerja sama "
     "itu berlaku lima tahun.", [("Adi Hermawan", "Wali Kota Palu")]),
])
def test_nicknames_are_one_person(analyse, text, expected):
    assert _pairs(analyse(text)) == expected


@pytest.mark.parametrize("text", [
    "Peringatan Maulid Nabi Muhammad SAW digelar di Masjid Agung Palu, Minggu malam.",
    "Enam perusahaan ikut, yakni PT Sinar Jaya Abadi, PT Mitra Agri Sejahtera dan PT Palu Makmur.",
    "Kerja sama itu didukung World Wide Fund for Nature dan sejumlah lembaga lain.",
])
def test_no_person_in_names_of_things(analyse, text):
    assert _pairs(analyse(text)) == []


@pytest.mark.parametrize("text, expected", [
    # a position after 'selaku' may open with a lower-case head
    ("Menurut Rudi Setiawan, ST., selaku wakil direktur PT Sinar Palu Mandiri, sepuluh mahasiswa "
     "akan magang di perusahaan itu.", [("Rudi Setiawan", "wakil direktur PT Sinar Palu Mandiri")]),
    # a lower-case head right before capitalised title words
    ("Acara itu dihadiri anggota DPR RI Hasan Basri dan sejumlah pejabat daerah.",
     [("Hasan Basri", "anggota DPR RI")]),
])
def test_lower_case_titles(analyse, text, expected):
    assert _pairs(analyse(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # one person written twice with a typo: one record
    ("Direktur PT Sawit Lestari Ahmad Gusmar Harahap menandatangani perjanjian itu. Menurut Direktur "
     "PT Sawit Lestari Ahmad Gumar Hatahap, kerja sama berlaku tiga tahun.",
     [("Ahmad Gusmar Harahap", "Direktur PT Sawit Lestari")]),
    # a position after 'yang' belongs to the name before it; the region after it is no person
    ("Sekolah itu dipilih karena prestasinya, kata Kasmadi Rahman yang Ketua PMI Kutim, Senin.",
     [("Kasmadi Rahman", "Ketua PMI Kutim")]),
    # 'Dato Sri' before a Malaysian minister's name is an honorific
    ("Pertemuan itu dihadiri Menteri Pariwisata Sarawak Dato Sri Abdul Karim Rahman Hamzah.",
     [("Abdul Karim Rahman Hamzah", "Menteri Pariwisata Sarawak")]),
])
def test_one_record_per_person(analyse, text, expected):
    assert _pairs(analyse(text)) == expected


def test_agencies_in_a_list_are_no_persons(analyse):
    text = ("Instansi yang terlibat adalah Setneg, Bappenas, LAN, Kejagung, KPK, BKN dan BPKP. "
            "Kepala Biro Kerja Sama Rina Marlina mengatakan program itu dimulai tahun depan.")
    assert _pairs(analyse(text)) == [("Rina Marlina", "Kepala Biro Kerja Sama")]


@pytest.mark.parametrize("text, expected", [
    # a one-word name between ranks and dotted degrees
    ("Kapolresta Palu Kombes Pol Barliansyah, S.I.K., M.H., mengatakan pengamanan dilakukan sejak pagi.",
     [("Barliansyah", "Kapolresta Palu")]),
    # 'TNI' after a rank is part of the rank, not of the title
    ("Danrem 132/Tadulako Brigjen TNI Deni Gunawan, S.E., M.Han., meninjau lokasi itu.",
     [("Deni Gunawan", "Danrem 132/Tadulako")]),
    # honorifics with their dots, then degrees and professional titles after the name
    ("Rektor Universitas Tadulako (Untad) Prof. Dr. Ir. Amar, ST., MT., IPU, menyambut baik kerja sama itu.",
     [("Amar", "Rektor Universitas Tadulako (Untad)")]),
    # a specialist degree leaves no one-letter person behind
    ("Kepala Dinas Kesehatan Kota Palu dr. Royke Abraham, Sp.A, menuturkan layanan tetap berjalan.",
     [("Royke Abraham", "Kepala Dinas Kesehatan Kota Palu")]),
])
def test_ranks_degrees_around_short_names(analyse, text, expected):
    assert _pairs(analyse(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a one-word name right after 'Kota X' is no place word
    ("Ketua DPRD Kota Palu Armin mengatakan anggaran sudah disetujui. \"Kami mendukung penuh,\" ujar Armin.",
     [("Armin", "Ketua DPRD Kota Palu")]),
    # a short form in brackets inside a title is no previous person's title
    ("Menteri Dalam Negeri (Mendagri) Tito Wiranto meminta kepala daerah mempercepat belanja.",
     [("Tito Wiranto", "Menteri Dalam Negeri (Mendagri)")]),
    # English positions of partners' staff
    ("Penandatanganan disaksikan Chief Operating Officer PT Maju Bersama, Michael Tanoto, di Palu.",
     [("Michael Tanoto", "Chief Operating Officer PT Maju Bersama")]),
    # a nickname quoted inside the name is neither part of it nor another person
    ("Gubernur Sulawesi Tengah Anwar \"Cudi\" Hafid meresmikan jembatan itu. Cudi berharap jembatan "
     "dijaga warga.", [("Anwar Hafid", "Gubernur Sulawesi Tengah")]),
])
def test_more_title_shapes(analyse, text, expected):
    assert _pairs(analyse(text)) == expected


def test_two_people_sharing_a_surname_stay_two(analyse):
    text = ("Bupati Sigi Mohamad Irwan Lapatta bersama Ketua TP PKK Sigi Ny. Sitti Nur Asia Lapatta "
            "meninjau posyandu di Desa Mpanau.")
    assert _pairs(analyse(text)) == [("Mohamad Irwan Lapatta", "Bupati Sigi"),
                                     ("Sitti Nur Asia Lapatta", "Ketua TP PKK Sigi")]


def test_headlines_of_linked_articles_name_no_actor(analyse):
    text = ("Baca juga: Wali Kota Palu Resmikan Pasar Baru\n"
            "Pemerintah Kota Palu meluncurkan program kota cerdas bersama sejumlah perusahaan.")
    assert _pairs(analyse(text)) == []


@pytest.mark.parametrize("text, expected", [
    # an appositive title closed by a comma and the verb: its last word is a place, not a person
    ("Mayor Inf Budi Harjono, Danramil Dolo, memimpin kerja bakti bersama warga.",
     [("Budi Harjono", "Danramil Dolo")]),
    # an abbreviated first name keeps its dot
    ("Rapat itu didampingi Kepala Biro Pemerintahan Moh. Rifani.",
     [("Moh. Rifani", "Kepala Biro Pemerintahan")]),
    # the name of a foundation after 'Yayasan' is no person
    ("Direktur Eksekutif Yayasan Sikola Mombine, Nur Safitri Lasibani, mengatakan pelatihan diikuti "
     "40 perempuan.", [("Nur Safitri Lasibani", "Direktur Eksekutif Yayasan Sikola Mombine")]),
    # a two-word regency is the title's place, not the name's first word
    ("Pj Bupati Parigi Moutong Richard Arnaldo Djanggola menyerahkan bantuan.",
     [("Richard Arnaldo Djanggola", "Pj Bupati Parigi Moutong")]),
    # 'Hadir juga' before a title does not make it an appositive
    ("Hadir juga Wakil Bupati Sigi Samuel Yansen Pongi dalam acara itu.",
     [("Samuel Yansen Pongi", "Wakil Bupati Sigi")]),
])
def test_appositives_and_organisation_names(analyse, text, expected):
    assert _pairs(analyse(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a province's short form ends the title, not starts the name
    ("Penandatanganan dilakukan Ketua Umum Kadin Sulteng Andi Sembiring di Palu.",
     [("Andi Sembiring", "Ketua Umum Kadin Sulteng")]),
    # a byline that describes the writer before the name: the description is the role
    ("Wali Kota Palu Hadianto Rasyid menerima delegasi itu.\n"
     "Penulis: Kontributor Palu, Erna Dwi Lestari | Editor: Ardi Priyatno",
     [("Hadianto Rasyid", "Wali Kota Palu"), ("Erna Dwi Lestari", "Kontributor Palu"), ("Ardi Priyatno", "Editor")]),
])
def test_provinces_and_described_bylines(analyse, text, expected):
    assert _pairs(analyse(text)) == expected


def test_titled_full_name_inside_a_quote_counts(analyse):
    text = ("\"Ini bagian dari program Presiden Budi Santoso Wiranata untuk pekerja migran,\" kata "
            "Menteri Tenaga Kerja Rahmat Hidayat di Jakarta.")
    pairs = _pairs(analyse(text))
    assert ("Budi Santoso Wiranata", "Presiden") in pairs
    assert ("Rahmat Hidayat", "Menteri Tenaga Kerja") in pairs


@pytest.mark.parametrize("text, expected", [
    # a lower-case sign-off in brackets at the end of the article is the writer
    ("Kepala Dinas Pendidikan Kota Palu Ansyar Sutiadi mengatakan sekolah siap dibuka. (rudi)",
     [("Ansyar Sutiadi", "Kepala Dinas Pendidikan Kota Palu"), ("rudi", None)]),
    # agency codes sign off no person
    ("Kepala Dinas Pendidikan Kota Palu Ansyar Sutiadi mengatakan sekolah siap dibuka. (ant)",
     [("Ansyar Sutiadi", "Kepala Dinas Pendidikan Kota Palu")]),
])
def test_signoffs(analyse, text, expected):
    assert _pairs(analyse(text)) == expected


def test_closing_name_line_is_the_writer(analyse):
    text = ("Bupati Sigi Mohamad Irwan membuka pelatihan petani di Desa Mpanau.\n"
            "Pelatihan berlangsung tiga hari.\nRahmat Hidayat")
    assert _pairs(analyse(text)) == [("Mohamad Irwan", "Bupati Sigi"), ("Rahmat Hidayat", None)]


def test_closing_place_line_is_no_person(analyse):
    text = "Bupati Sigi Mohamad Irwan membuka pelatihan petani.\nSulawesi Tengah"
    assert _pairs(analyse(text)) == [("Mohamad Irwan", "Bupati Sigi")]


@pytest.mark.parametrize("text, expected", [
    # a resident named with an age in brackets
    ("Seorang pedagang, Ibu Warni (48), mengatakan harga cabai naik dua kali lipat.", [("Warni", None)]),
    # a title after the sentence's end belongs to the next sentence's person
    ("Gol dicetak Rizky Pratama dan Marcelo Santos. Pelatih Persipal, Jaya Hartono, mengapresiasi "
     "kerja keras pemainnya.",
     [("Rizky Pratama", None), ("Marcelo Santos", None), ("Jaya Hartono", "Pelatih Persipal")]),
])
def test_residents_and_sentence_ends(analyse, text, expected):
    assert _pairs(analyse(text)) == expected


def test_lower_case_appositive_title(analyse):
    text = ("Menurut Dr. Ir. Arifin Tasrif, guru besar Fakultas Teknik Universitas Tadulako, gempa itu "
            "dipicu pergerakan sesar.")
    assert _pairs(analyse(text)) == [("Arifin Tasrif", "guru besar Fakultas Teknik Universitas Tadulako")]


def test_english_programme_names_are_no_persons(analyse):
    text = ("Kedua pihak menandatangani nota itu tentang Smart Mobility dan Green Infrastructure. "
            "Kepala Bappeda Kota Palu Irwan Lahace mengatakan program dimulai tahun depan.")
    assert _pairs(analyse(text)) == [("Irwan Lahace", "Kepala Bappeda Kota Palu")]


# ---------------------------------------------------------------- robust to NER errors (model-free docs)
# The entities are set by hand as a weaker NER would tag them: places, acronyms and
# organisation names taken for persons. Rule tokens and no POS, as in the fast profile.

def rule_doc(text: str, ents: tuple[tuple[str, str], ...] = ()):
    """A Doc of rule tokens and sentences; ``ents``: (surface, label), each its first occurrence."""
    doc = spans_to_spacy(sentences(text), None, text)
    spans = [doc.char_span(text.index(s), text.index(s) + len(s), label=label, alignment_mode="expand")
             for s, label in ents]
    doc.ents = sorted(spans, key=lambda sp: sp.start)
    return doc


@pytest.mark.parametrize("text, ents, expected", [
    # an organisation's acronym
    ("Ketua PKK Kabupaten Sigi, Ny. Rina Handayani, membuka lomba itu.",
     (("PKK", "PER"), ("Rina Handayani", "PER")), [("Rina Handayani", "Ketua PKK Kabupaten Sigi")]),
    # an outlet's web address
    ("PALU (KabarSigi.id) - Pemkab Sigi meneken nota kesepahaman dengan Universitas Tadulako.",
     (("KabarSigi.id", "PER"),), []),
    # the last word of a region's name
    ("Pemkab Aceh Tamiang menerima hibah alat berat dari kementerian.", (("Tamiang", "PER"),), []),
    # the last words of a name its acronym spells out
    ("Program Kampung Petani Maju Bersama (KPMB) digulirkan di tiga desa.", (("Maju Bersama", "PER"),), []),
    # a day name
    ("Kesepakatan itu diteken di Palu, Ahad, 12 Mei 2024.", (("Ahad", "PER"),), []),
    # a place opened by a geographic word, and the person after the title
    ("Wali Kota Kuala Lumpur Rosnah Abdullah menerima rombongan itu.",
     (("Lumpur", "PER"),), [("Rosnah Abdullah", "Wali Kota Kuala Lumpur")]),
    # a prefecture is a place
    ("Pemprov Jabar menjalin kerja sama dengan Prefektur Kanagawa, Jepang.", (("Prefektur Kanagawa", "PER"),), []),
    # a title of several words tagged as a person with its company
    ("Menurut Budi Hartono, Chief Executive Officer Tokoku, layanan itu dimulai bulan depan.",
     (("Budi Hartono", "PER"), ("Chief Executive Officer Tokoku", "PER")),
     [("Budi Hartono", "Chief Executive Officer Tokoku")]),
])
def test_no_person_from_ner_errors(text, ents, expected):
    assert _pairs(rule_doc(text, ents)) == expected


def test_capitalised_function_word_is_no_name_without_pos():
    text = "Cendera mata diserahkan Sekjen Kementerian PUPR Kepada perwakilan gubernur."
    assert _pairs(rule_doc(text)) == []


def test_acronym_after_degrees_ends_the_name_list():
    text = "Hal itu disampaikan Kepala Dinas Kesehatan Provinsi Aceh, Dr. M. Yusran, M.Kes.PKK.\nSeminar usai."
    assert _pairs(rule_doc(text)) == [("M. Yusran", "Kepala Dinas Kesehatan Provinsi Aceh")]


def test_untitled_item_of_a_list_of_places_is_no_person():
    text = "Jabar bekerja sama dengan tiga provinsi, yaitu Hunan Xiang, Chongqing, dan Sichuan."
    assert _pairs(rule_doc(text, (("Hunan Xiang", "PER"), ("Chongqing", "LOC"), ("Sichuan", "LOC")))) == []


def test_people_listed_with_their_countries_stay_persons():
    text = "Forum itu dihadiri Karim Benali dari Maroko, Omar Salimi dari Oman, dan Mr. Kenji Sato, Tokyo."
    ents = (("Karim Benali", "PER"), ("Maroko", "LOC"), ("Omar Salimi", "PER"), ("Oman", "LOC"),
            ("Kenji Sato", "PER"), ("Tokyo", "LOC"))
    assert [n for n, _ in _pairs(rule_doc(text, ents))] == ["Karim Benali", "Omar Salimi", "Kenji Sato"]


def test_name_before_a_caption_position_is_a_person_even_untagged():
    text = "Wakil Bupati Sigi, Samuel Yansen (kiri) dan Kepala Dinas Pertanian, Rudi Hartono, meninjau sawah."
    assert _pairs(rule_doc(text)) == [("Samuel Yansen", "Wakil Bupati Sigi"),
                                      ("Rudi Hartono", "Kepala Dinas Pertanian")]


def test_malaysian_honorific_with_apostrophe_is_no_part_of_the_name():
    text = "Sementara itu, Wali Kota Kota Bharu, Dato\u2019 Seri Rosnah Ismail pun menyampaikan apresiasi."
    assert _pairs(rule_doc(text)) == [("Rosnah Ismail", "Wali Kota Kota Bharu")]


def test_capitalised_name_after_a_sector_word_is_no_person():
    text = "Bupati Sigi Mohamad Irwan ingin mengembangkan sektor Wisata Bahari di pesisir."
    assert _pairs(rule_doc(text, (("Mohamad Irwan", "PER"), ("Wisata Bahari", "PER")))) == [
        ("Mohamad Irwan", "Bupati Sigi")]


# ---------------------------------------------------------------- untitled persons need person evidence

@pytest.mark.parametrize("text, ents", [
    # a capitalised opening word of a sentence
    ("Bertempat di Gedung Serbaguna, Pemkab Sigi meneken nota kesepahaman itu.", (("Bertempat", "PER"),)),
    # a newspaper named after its region
    ("Hal itu dia sampaikan saat ditemui Harian Radar Sigi, Senin (3/6).", (("Radar Sigi", "PER"),)),
    # one word that is no name: a company, an agency
    ("Beras murah itu disalurkan oleh Pertamina ke sejumlah pasar.", (("Pertamina", "PER"),)),
    # a fragment of an office's name that ends in a city
    ("Kunjungan berlangsung di Kantor PLN UP3 K Makassar, Rabu.", (("K Makassar", "PER"),)),
    # the first words of an English institution's name
    ("Delegasi itu datang dari Osaka Bay Maritime Museum, Jepang.", (("Osaka Bay", "PER"),)),
])
def test_untitled_ner_person_without_evidence_is_dropped(text, ents):
    assert _pairs(rule_doc(text, ents)) == []


@pytest.mark.parametrize("text, ents, expected", [
    # a short speech cue before the name
    ("\u201cHarga cabai naik terus,\u201d kata Sutinah di kiosnya.", (("Sutinah", "PER"),), [("Sutinah", None)]),
    # a speech verb after the name
    ("Rahmat mengatakan antrean sudah panjang sejak pagi.", (("Rahmat", "PER"),), [("Rahmat", None)]),
    # an age after the name
    ("Sejak pagi Darto, 41 tahun, sudah antre di depan toko.", (("Darto", "PER"),), [("Darto", None)]),
    # an honorific before the name
    ("Acara itu dihadiri Ibu Wulandari dan para kader posyandu.", (("Wulandari", "PER"),), [("Wulandari", None)]),
    # a photo position after the name
    ("Warga menunjukkan bibit itu kepada Harto (kiri) di kebunnya.", (("Harto", "PER"),), [("Harto", None)]),
    # the shape of a full name
    ("Dokumen itu diserahkan kepada Yohanes Baitanu di ruang rapat.", (("Yohanes Baitanu", "PER"),),
     [("Yohanes Baitanu", None)]),
    # a given name that is also a city's
    ("Piagam itu diterima Bima Santoso di ruang rapat.", (("Bima Santoso", "PER"),), [("Bima Santoso", None)]),
])
def test_untitled_person_with_evidence_is_kept(text, ents, expected):
    assert _pairs(rule_doc(text, ents)) == expected


def test_speech_cue_on_a_second_mention_keeps_the_person():
    text = "Rapat itu dipimpin Sutrisno pagi tadi. Dalam rapat itu Sutrisno menjelaskan jadwal panen."
    doc = rule_doc(text)
    second = text.rindex("Sutrisno")
    doc.ents = [doc.char_span(text.index("Sutrisno"), text.index("Sutrisno") + 8, label="PER"),
                doc.char_span(second, second + 8, label="PER")]
    assert _pairs(doc) == [("Sutrisno", None)]


def test_untitled_one_word_named_twice_without_evidence_is_dropped():
    text = "Operasi pasar digelar Bulogi di Denpasar. Beras yang dijual Bulogi adalah beras medium."
    doc = rule_doc(text)
    second = text.rindex("Bulogi")
    doc.ents = [doc.char_span(text.index("Bulogi"), text.index("Bulogi") + 6, label="PER"),
                doc.char_span(second, second + 6, label="PER")]
    assert _pairs(doc) == []


@pytest.mark.parametrize("text, ents, expected", [
    # a street named after a hero
    ("Rapat digelar di aula dinas, Jalan Sudirman No. 5, Kota Palu.", (("Sudirman No", "PER"),), []),
    # a hospital named after a person, then the director's name
    ("Direktur Rumah Sakit Umum Pusat (RSUP) Soeharto Wibowo, Andi Rahman, menandatangani nota itu.",
     (("Soeharto Wibowo", "PER"), ("Andi Rahman", "PER")),
     [("Andi Rahman", "Direktur Rumah Sakit Umum Pusat (RSUP) Soeharto Wibowo")]),
    # a company's unit number and its city inside a title
    ("Direktur PTPN IV Palu Ahmad Fauzi membuka acara itu.", (("IV Palu", "PER"), ("Ahmad Fauzi", "PER")),
     [("Ahmad Fauzi", "Direktur PTPN IV Palu")]),
    # a region between a city and its country inside a title
    ("Wali Kota Kumamoto, Kyushu, Jepang, Kenta Mori, tiba di Garut.", (("Kyushu", "PER"), ("Kenta Mori", "PER")),
     [("Kenta Mori", "Wali Kota Kumamoto, Kyushu, Jepang")]),
])
def test_places_named_after_persons_and_regions_in_titles(text, ents, expected):
    assert _pairs(rule_doc(text, ents)) == expected


def test_titled_speaker_after_a_quote_left_open_by_a_typo():
    text = ("Sekolah yang penuh mengalihkan pendaftar ke sekolah terdekat. \u201cKelas tidak ditambah demi "
            "pemerataan siswa,: ujar Sekretaris Disdik Sigi, Sumardi ditemui Kamis.")
    assert _pairs(rule_doc(text, (("Sumardi", "PER"),))) == [("Sumardi", "Sekretaris Disdik Sigi")]


def test_one_word_name_inside_a_quote_stays_out():
    text = "\u201cKami belajar banyak dari Sekretaris Disdik Sigi, Sumardi, selama ini,\u201d kata Rina Handayani."
    assert [n for n, _ in _pairs(rule_doc(text, (("Sumardi", "PER"), ("Rina Handayani", "PER"))))] == [
        "Rina Handayani"]


def test_glued_honorific_marks_a_speaker_the_ner_missed():
    text = "Wali Kota palu H.Hidayat Lamakarate mengatakan, kerja sama itu dimulai tahun ini."
    assert [n for n, _ in _pairs(rule_doc(text))] == ["Hidayat Lamakarate"]


def test_what_an_organisation_pairs_with_is_no_person():
    text = "Kerja sama itu mempertemukan Universitas Tadulako dengan Hanseo Daehak serta UNISA dengan Mokpo Gyo."
    ents = (("Universitas Tadulako", "ORG"), ("Hanseo Daehak", "PER"), ("UNISA", "ORG"), ("Mokpo Gyo", "PER"))
    assert _pairs(rule_doc(text, ents)) == []


def test_person_met_in_a_place_stays_a_person():
    text = "Rombongan itu bertemu di Palu dengan Yohanes Baitanu pekan lalu."
    assert _pairs(rule_doc(text, (("Palu", "LOC"), ("Yohanes Baitanu", "PER")))) == [("Yohanes Baitanu", None)]


def test_member_swallowed_into_an_organisation_by_the_ner():
    text = "Acara itu dihadiri anggota DPR Hamzah Latuconsina dan sejumlah pengusaha setempat."
    assert _pairs(rule_doc(text, (("DPR Hamzah Latuconsina", "ORG"),))) == [("Hamzah Latuconsina", "anggota DPR")]


def test_organisation_with_an_acronym_and_common_words_stays_no_person():
    text = "Kepala Dinas Sosial Rudi Hartono menerima bantuan dari PMI Cabang Sigi pekan lalu."
    assert [n for n, _ in _pairs(rule_doc(text, (("Rudi Hartono", "PER"), ("PMI Cabang Sigi", "ORG"))))] == [
        "Rudi Hartono"]


def test_body_name_taken_for_a_person_before_the_title_holder():
    """The NER tags a water company's own name as a person; the person after the comma holds the title."""
    text = "Direktur Utama PDAM Tirta Benteng, Hendra Wijaya, mengatakan tarif air belum naik."
    assert _pairs(rule_doc(text, (("Tirta Benteng", "PER"), ("Hendra Wijaya", "PER")))) == [
        ("Hendra Wijaya", "Direktur Utama PDAM Tirta Benteng")]


def test_editors_picks_name_no_writer(analyse):
    text = ("Bupati Banggai Amirudin Tamoreka meresmikan pasar baru.\n"
            "Pilihan Editor: Gubernur Minta Harga Cabai Dipantau Setiap Hari")
    assert _pairs(analyse(text)) == [("Amirudin Tamoreka", "Bupati Banggai")]


@pytest.mark.parametrize("text, expected", [
    ("Pasar baru itu dibuka untuk umum pekan depan. (rudi/red)  \n", ["rudi"]),
    ("\u201cKami siap,\u201d katanya. sinta", ["sinta"]),
    ("Pasar baru itu dibuka. (rudi)\n\nWarga menyambut baik.", []),     # not at the end
    ("Pasar dibuka (rudi/a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t)", ["rudi"]),   # a long code after the slash
    ("(mira)", ["mira"]),
    ("   ", []),
])
def test_signoff_is_read_from_the_last_word_only(text, expected):
    from pipeline.match.officials import _signoffs
    from tests._blankdoc import blank_doc
    assert [p.name for p in _signoffs(blank_doc(text), lambda _: 0)] == expected


def test_headline_words_are_no_person_but_a_headline_person_named_again_is(analyse):
    text = ("Bupati Ingatkan Bahaya Banjir Rob, Warga Pesisir Diminta Siaga\n"
            "TOLITOLI - Bupati Tolitoli Rudi Salamba meminta warga pesisir waspada banjir rob pekan ini.\n"
            "Penulis: Nadia Putri")
    assert _pairs(analyse(text)) == [("Rudi Salamba", "Bupati Tolitoli"), ("Nadia Putri", "Penulis")]
    named = analyse("Rudi Salamba Tinjau Tanggul Pantai\nTOLITOLI - Bupati Tolitoli Rudi Salamba meninjau tanggul.")
    assert [n for n, _ in _pairs(named)] == ["Rudi Salamba"]
    # a headline may end on its own quotation: still a headline
    quoted = analyse("TPA Puuwatu Penuh, Wali Kota Kendari: \"Kita Darurat Sampah\"\n"
                     "KENDARI - Wali Kota Kendari, Rahmat Hidayat, meminta camat menggerakkan bank sampah.")
    assert _pairs(quoted) == [("Rahmat Hidayat", "Wali Kota Kendari")]


def test_two_word_nickname_is_its_bearer(analyse):
    text = ("Ketua Karang Taruna Desa Kuta, I Wayan Sukerta Putra (25), mengaku timnya siap.\n"
            "“Kami paham aturannya,” kata pemuda yang akrab disapa Wayan Gondrong itu.")
    assert [n for n, _ in _pairs(analyse(text))] == ["I Wayan Sukerta Putra"]


@pytest.mark.parametrize("text, expected", [
    # a Sasak nobility title between the position and the name, a bracketed short form inside the title
    ("Ketua Badan Musyawarah (Bamus) II, Lalu Hendra Saputra, membacakan jadwal sidang.",
     [("Hendra Saputra", "Ketua Badan Musyawarah (Bamus) II")]),
    # a council member's faction, joined by 'dari'
    ("Anggota Komisi II DPRD Lombok Timur dari Fraksi Gerindra, Siti Rohmah, meminta pupuk ditambah.",
     [("Siti Rohmah", "Anggota Komisi II DPRD Lombok Timur dari Fraksi Gerindra")]),
    # a state company's rank written short
    ("Bantuan diserahkan EVP Corporate Secretary Bank Mandiri Fajar Wicaksana di Palu.",
     [("Fajar Wicaksana", "EVP Corporate Secretary Bank Mandiri")]),
    # a customary head in Bali
    ("Bendesa Adat Kuta, I Ketut Sudarma, mengimbau pedagang menjaga kebersihan pantai.",
     [("I Ketut Sudarma", "Bendesa Adat Kuta")]),
    # village heads by their regional names (Cirebon, Minahasa, Lampung, Papua)
    ("Kuwu Desa Sindangjawa, Warsito, mengatakan saluran itu dibangun warga.",
     [("Warsito", "Kuwu Desa Sindangjawa")]),
    ("Hukum Tua Desa Kolongan, Jefri Mandagi, menyambut rombongan itu.",
     [("Jefri Mandagi", "Hukum Tua Desa Kolongan")]),
    ("Peratin Pekon Sukabanjar, Mulyadi, mengatakan panen tahun ini naik.",
     [("Mulyadi", "Peratin Pekon Sukabanjar")]),
    ("Ondoafi Kampung Ayapo, Yusak Ohee, meminta warga menjaga danau.",
     [("Yusak Ohee", "Ondoafi Kampung Ayapo")]),
    # each 'sebagai' gives the title of the name before it
    ("Bupati melantik Rina Marlina sebagai Kepala Bagian Hukum dan Dedi Kurnia sebagai Camat Sukajaya.",
     [("Rina Marlina", "Kepala Bagian Hukum"), ("Dedi Kurnia", "Camat Sukajaya")]),
    # the command's name between a head and a ranked holder is no second person
    ("Apel dipimpin Danrem Wira Dharma Kolonel Inf Yusuf Hamzah di lapangan Makorem.",
     [("Yusuf Hamzah", "Danrem Wira Dharma")]),
    # a degree split at its dot is no name; a specialist's post with the hospital is a title
    ("Pasien ditangani dokter spesialis RSUD Kolaka, dr. Wahyu Hidayat, Sp.PD. Kondisinya membaik.",
     [("Wahyu Hidayat", "dokter spesialis RSUD Kolaka")]),
    # a foreign body's office 'di <country>' inside the title
    ("Perwakilan Monash University di Indonesia, Clara Hutomo, membuka pameran pendidikan itu.",
     [("Clara Hutomo", "Perwakilan Monash University di Indonesia")]),
    # a body's word in lower case after the head
    ("Kunjungan itu diikuti anggota komisi VIII DPR RI Yusuf Maulana di Gorontalo.",
     [("Yusuf Maulana", "anggota komisi VIII DPR RI")]),
    ("Rektor Universitas Tadulako, Prof. Dr. Ir. Sahlan Ramli, M.Sc.Eng., menerima penghargaan itu.",
     [("Sahlan Ramli", "Rektor Universitas Tadulako")]),
    # after a rank, words that often close organisation names still belong to the name
    ("Upacara dihadiri Dandim 1304/Gorontalo Letkol Arm Yusuf Jaya Utama dan warga.",
     [("Yusuf Jaya Utama", "Dandim 1304/Gorontalo")]),
    # staff with their field, lawyers, diplomats' functions
    ("Menurut staf humas PT Sinar Bahari, Dewi Lestari, kapal itu berangkat pukul 09.00.",
     [("Dewi Lestari", "staf humas PT Sinar Bahari")]),
    ("Pelaksana Fungsi Politik KBRI Canberra, Rudi Hartanto, mendampingi delegasi itu.",
     [("Rudi Hartanto", "Pelaksana Fungsi Politik KBRI Canberra")]),
    # a council seat's electoral district, and a list of fields inside an office's name
    ("Anggota DPRD Sulawesi Selatan dari daerah pemilihan Bone, Rahmat Basri, meminta irigasi diperbaiki.",
     [("Rahmat Basri", "Anggota DPRD Sulawesi Selatan dari daerah pemilihan Bone")]),
    ("Kepala Dinas Perikanan, Kelautan, dan Pesisir Kabupaten Buton, La Ode Hamsah, mengatakan panen naik.",
     [("La Ode Hamsah", "Kepala Dinas Perikanan, Kelautan, dan Pesisir Kabupaten Buton")]),
    # two people sharing a clan name are two people, each with their own position
    ("Bupati Samosir Parlindungan Sitanggang meresmikan dermaga. Bupati Toba, Robert Sitanggang, juga hadir.",
     [("Parlindungan Sitanggang", "Bupati Samosir"), ("Robert Sitanggang", "Bupati Toba")]),
    ("Mantan Bupati Samosir, Robert Sitanggang, juga hadir.", [("Robert Sitanggang", "Mantan Bupati Samosir")]),
    # Dutch particles inside a name; an address form before a short mention
    ("Direktur Nuffic, Pieter van der Berg, membuka pameran itu.", [("Pieter van der Berg", "Direktur Nuffic")]),
    ("Ketua Karang Taruna, Benny Hutapea, mengatakan lomba digelar. \u201cKami siap,\u201d kata Bang Benny.",
     [("Benny Hutapea", "Ketua Karang Taruna")]),
    # a unit 'pada' its parent office: the title goes on past a field word the NER reads as a place
    ("Kepala Seksi Jalan dan Jembatan pada Dinas Pekerjaan Umum Kabupaten Maros, Ir. Hj. Nurul Fadillah, M.T., "
     "mengakui pekerjaan terlambat.",
     [("Nurul Fadillah", "Kepala Seksi Jalan dan Jembatan pada Dinas Pekerjaan Umum Kabupaten Maros")]),
    # a water company's own name before its director's name, degrees and the verb
    ("Direktur Utama Perumda Air Minum Tirta Sembada, Ir. Bagus Hartono Wibisono, M.M., mengakui ada kelalaian.",
     [("Bagus Hartono Wibisono", "Direktur Utama Perumda Air Minum Tirta Sembada")]),
    # a prison's name in lower case after the head; a Malaysian mayor before honorifics
    ("Kepala lapas kelas IIA Bitung, Yohanis Rumengan, mengatakan razia digelar tiap pekan.",
     [("Yohanis Rumengan", "Kepala lapas kelas IIA Bitung")]),
    ("Delegasi dipimpin Datuk Bandar Ipoh, Dato’ Haji Rahman bin Yusof, Selasa.",
     [("Rahman bin Yusof", "Datuk Bandar Ipoh")]),
    # a maritime rank before the name; a specialist's field before the hospital
    ("Kepala KSOP Kelas I Sorong, Capt. Yohanes Rumere, menduga nakhoda lalai.",
     [("Yohanes Rumere", "Kepala KSOP Kelas I Sorong")]),
    ("Dokter spesialis paru RSUP Dr. Mohammad Hoesin, dr. Irfan Hakim, Sp.P., mengimbau warga memakai masker.",
     [("Irfan Hakim", "Dokter spesialis paru RSUP Dr. Mohammad Hoesin")]),
    # a head opening its sentence with a few lower-case words, set off from the name by a comma
    ("Koordinator lapangan aksi, Dadan Hermawan, dalam orasinya menyebut pendapatan turun.",
     [("Dadan Hermawan", "Koordinator lapangan aksi")]),
    # the court's posts; a lower-case post opening a clause; a degree split after its first dot
    ("Jaksa Penuntut Umum (JPU) Kejari Lombok Tengah, Lalu Ahmad Rifai, S.H., mengatakan tuntutan disiapkan.",
     [("Ahmad Rifai", "Jaksa Penuntut Umum (JPU) Kejari Lombok Tengah")]),
    ("Sidang ditunda. Sementara itu, penasihat hukum terdakwa, Hasanuddin, S.H., M.H., berdalih kliennya tidak paham.",
     [("Hasanuddin", "penasihat hukum terdakwa")]),
    ("Kepala Kantor Kemenag Kabupaten Jombang, Dr. H. Muhajir, M.Pd.I., menambahkan, beasiswa disiapkan.",
     [("Muhajir", "Kepala Kantor Kemenag Kabupaten Jombang")]),
    # a village facilitator under a regional district's name ('Kapanewon', Yogyakarta's kecamatan)
    ("Sementara itu, Pendamping Desa Kapanewon Playen dari Kementerian Desa, Ririn Puspitasari, S.E., "
     "menyebut desa itu kini jadi rujukan.",
     [("Ririn Puspitasari", "Pendamping Desa Kapanewon Playen dari Kementerian Desa")]),
    # a market's own name inside the title
    ("Kepala UPT Pasar Flamboyan, Herman Syahputra, berjanji mengevaluasi petugas.",
     [("Herman Syahputra", "Kepala UPT Pasar Flamboyan")]),
    # a community group's words in lower case between the head and its name
    ("Ketua kelompok tani Subur Makmur, Darto, mengatakan panen tahun ini turun.",
     [("Darto", "Ketua kelompok tani Subur Makmur")]),
    # a body named first in the lead and again inside its director's title is no person
    ("Komisi B DPRD Kota Medan menggelar rapat dengan Perumda Air Minum Tirta Sembada, Senin.\n"
     "Direktur Utama Perumda Air Minum Tirta Sembada, Bagus Hartono, meminta maaf.",
     [("Bagus Hartono", "Direktur Utama Perumda Air Minum Tirta Sembada")]),
])
def test_positions_in_regional_news(analyse, text, expected):
    assert _pairs(analyse(text)) == expected


def test_undotted_degrees_after_the_name_are_no_person(analyse):
    text = ("Pengamat ekonomi Universitas Bengkulu, Dr. Hendri Saparini Lubis, SE, MM, menilai inflasi daerah "
            "terkendali.")
    assert _pairs(analyse(text)) == [("Hendri Saparini Lubis", "Pengamat ekonomi Universitas Bengkulu")]


@pytest.mark.parametrize("text, expected", [
    # an occupation opening the sentence, set off by a comma, with a place after an inner comma
    ("Seorang bidan desa di Distrik Asologaima, Jayawijaya, Yuliana Wenda (31), mengaku kekurangan obat.",
     [("Yuliana Wenda", "bidan desa di Distrik Asologaima, Jayawijaya")]),
    ("Dokter jaga, Made Sukarta (45), mengatakan pasien terus berdatangan sejak pagi.",
     [("Made Sukarta", "Dokter jaga")]),
    # after the group the person is one of
    ("Salah satu peserta, bidan Puskesmas Kota Soe, Ermelinda Tefa, mengaku baru kali ini ikut pelatihan.",
     [("Ermelinda Tefa", "bidan Puskesmas Kota Soe")]),
    # after the name and its age, cut before a relative clause
    ("Rosmiati (48), guru kelas di SD Negeri 3 Lamasi yang sudah mengajar 20 tahun, mengeluhkan atap bocor.",
     [("Rosmiati", "guru kelas di SD Negeri 3 Lamasi")]),
    # 'another doctor' describes, it gives no position; vox-pop sources (traders) get none either
    ("Dokter lain, Suwarno, mengaku kewalahan.\nPedagang ikan di Pasar Lama, Rosdiana Harahap, mengeluhkan sepinya pembeli.",
     [("Suwarno", None), ("Rosdiana Harahap", None)]),
])
def test_occupations_set_off_by_commas(analyse, text, expected):
    assert _pairs(analyse(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # heads one after another make one post
    ("Pelatih kepala Persiwa, Yoel Kogoya, mengaku puas dengan hasil itu.",
     [("Yoel Kogoya", "Pelatih kepala Persiwa")]),
    ("Dari kubu tamu, asisten pelatih Perseru Serui, Niko Ayomi, menilai wasit kurang tegas.",
     [("Niko Ayomi", "asisten pelatih Perseru Serui")]),
    # a team captain set off by a comma is no military rank
    ("Kapten Persiwa, Hendrik Wenda, mempersembahkan gol itu untuk suporter.",
     [("Hendrik Wenda", "Kapten Persiwa")]),
])
def test_sports_posts(analyse, text, expected):
    assert _pairs(analyse(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a single name set off by commas after a lower-case description is a person
    ("Rapat itu berlangsung tegang.\nSeorang wali murid, Rahmawati, yang ikut hadir, berharap anaknya diterima.",
     [("Rahmawati", None)]),
    # a degree after the name marks a person, not an item of a list of bodies
    ("Vonis itu lebih ringan dari tuntutan. JPU, Bayu Kurniawan, S.H., mengatakan pihaknya pikir-pikir.",
     [("Bayu Kurniawan", "JPU")]),
])
def test_persons_set_off_by_commas(analyse, text, expected):
    assert _pairs(analyse(text)) == expected


def test_regional_address_form_is_no_part_of_the_name(analyse):
    text = "Harga naik lagi.\nUni Marlini (47), pedagang sayur di Pasar Bawah, mengaku pembeli berkurang."
    assert _pairs(analyse(text)) == [("Marlini", None)]


def test_former_holder_keeps_mantan_before_a_capitalised_title(analyse):
    text = ("Sidang berlangsung singkat.\nHakim memvonis mantan Kepala Desa Tanjung Harapan, Kecamatan Mentaya, "
            "Suhardi, dua tahun penjara.")
    assert _pairs(analyse(text)) == [("Suhardi", "mantan Kepala Desa Tanjung Harapan, Kecamatan Mentaya")]


@pytest.mark.parametrize("text, name, title", [
    # a bare position whose short body name the NER reads as a person, then the holder after a comma
    ("Kesepakatan diteken Bupati Luwu, Andi Rahmat Pasolong, dan Direktur Polinas Palopo, Dr. Ir. Muh. "
     "Halim Daeng Siga, M.T., di aula kantor bupati.",
     "Halim Daeng Siga", "Direktur Polinas Palopo"),
    # the same in a caption, where a body's name runs into the name without a comma
    ("Koperasi itu meneken kontrak dengan eksportir. Ketua KSU Lembah Hijau, Markus Tabuni, berharap harga "
     "membaik.\n(Foto: Ketua KSU Lembah Hijau Markus Tabuni menunjukkan biji kopi. Humas Pemkab)",
     "Markus Tabuni", "Ketua KSU Lembah Hijau"),
])
def test_body_before_the_holder_belongs_to_the_title(analyse, text, name, title):
    people = _pairs(analyse(text))
    assert [t for n, t in people if n.endswith(name)] == [title]
    assert not any(title.endswith(n) for n, _ in people)


@pytest.mark.parametrize("text, thing", [
    # a product's name in quotation marks after a common noun
    ("Usai acara, mahasiswa memamerkan keripik talas “Bogor Renyah” dan kopi robusta “Gunung Salak Asri”.",
     "Gunung Salak Asri"),
    # vessels and vehicle makes
    ("Bantuan beras diangkut kapal KM Tatamailau dari Bitung menuju Pulau Miangas, Senin.", "KM Tatamailau"),
    ("Polisi menyita empat sepeda motor, dua di antaranya Honda Scoopy dan satu Suzuki Smash.", "Honda Scoopy"),
    ("Polisi menyita empat sepeda motor, dua di antaranya Honda Scoopy dan satu Suzuki Smash.", "Suzuki Smash"),
    # a Balinese hall named after its palace
    ("Pameran dibuka Rabu di Wantilan Puri Agung Peliatan, Gianyar, dan berlangsung tiga hari.", "Agung Peliatan"),
    # a team's nickname, first set off by 'berjuluk', then used alone
    ("Persiba Balikpapan menang 2-0. Tim berjuluk Beruang Madu itu kini naik ke peringkat ketiga. Pekan depan "
     "Beruang Madu bertandang ke Samarinda.", "Beruang Madu"),
])
def test_things_with_person_like_names_are_no_officials(analyse, text, thing):
    assert all(thing not in name and name not in thing for name, _ in _pairs(analyse(text)))


def test_a_caption_names_a_holder_by_position_and_body(analyse):
    text = ("Kesepakatan diteken Bupati Luwu, Andi Rahmat Pasolong, dan Direktur Polinas Palopo, Dr. Ir. Halim "
            "Daeng Siga, M.T.\n(Foto: Bupati Luwu dan Direktur Polinas Palopo bertukar dokumen. Humas Luwu)")
    people = _pairs(analyse(text))
    assert ("Polinas Palopo", "Direktur") not in people
    assert [t for n, t in people if n.endswith("Halim Daeng Siga")] == ["Direktur Polinas Palopo"]


@pytest.mark.parametrize("text, thing", [
    # club nicknames: a colour word or 'laskar' is in no person's name
    ("Dalam laga pekan ke-9 itu, Ksatria Hitam menang dua gol tanpa balas atas tim tamu.", "Ksatria Hitam"),
    ("Dua gol Laskar Tanjung Harapan dicetak Rivaldo Manopo pada babak kedua.", "Laskar Tanjung Harapan"),
])
def test_club_nicknames_are_no_officials(analyse, text, thing):
    assert all(thing not in name and name not in thing for name, _ in _pairs(analyse(text)))


def test_fields_of_an_agency_name_are_no_person(analyse):
    text = ("Kepala Dinas Perumahan Kawasan Permukiman Cipta Karya dan Tata Ruang Kota Binjai, Rudi Hartawan, "
            "mengatakan taman itu dibangun dengan dana kelurahan.")
    people = _pairs(analyse(text))
    assert [n for n, _ in people] == ["Rudi Hartawan"]


@pytest.mark.parametrize("text, name, title", [
    ("Hakim tunggal Pengadilan Negeri Kolaka, Yohanes Sitepu, S.H., menolak permohonan praperadilan itu.",
     "Yohanes Sitepu", "Hakim tunggal Pengadilan Negeri Kolaka"),
    ("Wali kelas IV, Nurhasanah Lubis, S.Pd., mengatakan dua siswanya terluka ringan.",
     "Nurhasanah Lubis", "Wali kelas IV"),
])
def test_court_and_school_posts_with_a_lower_case_second_word(analyse, text, name, title):
    assert (name, title) in _pairs(analyse(text))


def test_place_after_a_body_acronym_in_an_appositive_title(analyse):
    # 'X, Ketua BPD Ulaweng': the one word after the body is its village, not a second person
    text = "“Warga siap menghibahkan tanah,” kata Baharuddin Latif, Ketua BPD Lamuru."
    assert _pairs(analyse(text)) == [("Baharuddin Latif", "Ketua BPD Lamuru")]


def test_a_rank_before_a_one_word_name_is_no_body(analyse):
    text = "Rapat dihadiri Bupati Soppeng, Andi Kaswadi, dan Kapolres AKBP Hendra."
    assert ("Hendra", "Kapolres") in _pairs(analyse(text))


def test_place_after_a_numbered_school_in_an_appositive_title(analyse):
    text = "Sementara itu, Agustinus Bere, Kepala SMPN 3 Atambua, menyebut sekolahnya kekurangan guru."
    assert _pairs(analyse(text)) == [("Agustinus Bere", "Kepala SMPN 3 Atambua")]


@pytest.mark.parametrize("text, name, title", [
    # a post fused into one word heads a title ('Kadispora' = Kepala Dinas Pemuda dan Olahraga)
    ("Sementara itu Kadispora Maluku, Yohanis Latuconsina, menyaksikan langsung lomba final.",
     "Yohanis Latuconsina", "Kadispora Maluku"),
    # a team and its sport in lower case inside a coach's post
    ("Pelatih kepala tim dayung Maluku, Milan Jovanovic, memuji para atletnya.",
     "Milan Jovanovic", "Pelatih kepala tim dayung Maluku"),
])
def test_fused_and_sports_posts(analyse, text, name, title):
    assert (name, title) in _pairs(analyse(text))


@pytest.mark.parametrize("text, names", [
    # a doubles pair: the name after the slash is the partner's
    ("Ganda putra Fajar Santoso/Rian Hidayat melaju ke final setelah menang dua gim.",
     ["Fajar Santoso", "Rian Hidayat"]),
    # a unit code and a photo credit after a slash are no persons
    ("Upacara dipimpin Dandim 0420/Sarko Letkol Inf Budi Hartono di Sarolangun.\nFoto: Antara/Wahyu Putro",
     ["Budi Hartono"]),
])
def test_names_after_a_slash(analyse, text, names):
    assert [n for n, _ in _pairs(analyse(text))] == names


def test_a_post_opening_the_lead_after_the_dateline(analyse):
    # the NER may read '– Hakim' as a person: it is the first word of the post that goes on after it
    text = ("Praperadilan Ditolak\nMAMUJU, SULBARKINI – Hakim tunggal Pengadilan Negeri Mamuju, Andi Muhammad "
            "Yusran, S.H., M.H., menolak seluruh permohonan praperadilan.")
    assert _pairs(analyse(text)) == [("Andi Muhammad Yusran", "Hakim tunggal Pengadilan Negeri Mamuju")]


def test_heads_ending_near_a_title_are_those_a_full_scan_would_try():
    """The lower-case-head look-up reads only heads ending 0-3 words before the title's first word,
    in the table's order: every head a full scan would accept ends there."""
    from pipeline.match import officials as off
    from tests._blankdoc import blank_doc

    doc = blank_doc("Pengamat ekonomi Universitas Lembah Hijau, Rasyid Pranoto, menilai anggota komisi "
                    "IV DPR RI Wahyu Lestari dan ketua panitia lomba, Dewi Anggraini, hadir bersama "
                    "wakil ketua DPRD Kabupaten Tanah Merah.")
    heads = off._any_heads(doc)
    assert heads   # the sentence has heads of both cases
    for first in range(len(doc) + 1):
        near = off._any_heads_ending_near(doc, first)
        expected = [(s, e) for s, e in heads.items() if first - 3 <= e <= first]
        assert near == expected


def test_colon_bylines_scanned_by_line_are_those_of_the_whole_text():
    """Byline matches read only on lines with a colon are the whole text's matches."""
    from pipeline.match.officials import _byline_re, _colon_byline_matches

    text = ("Pewarta: Lestari Wulandari\nEditor : Bambang Sutejo | Penulis: Rina Maharani\n"
            "Rapat pukul 10:00 WIB membahas anggaran.\nRep: Yusuf Hamdani/ Red: Dewi Kartika\n"
            "Kontributor:Agus Salim Nasution\nFoto: Humas Pemkab")
    whole = [(m.span(), m.group("name")) for m in _byline_re().finditer(text)]
    assert len(whole) >= 4
    assert [(m.span(), m.group("name")) for m in _colon_byline_matches(text)] == whole


def test_place_prefixes_found_by_find_are_the_scan_matches():
    """Prefix places tried only where the lower-cased text spells a prefix: the regex scan's
    matches, overlaps and case variants included."""
    from pipeline.match.officials import _place_prefix_matches, _place_prefix_re
    from tests._blankdoc import blank_doc

    text = ("Warga Sungai Rampah dan pulau Teluk Bayur ke Kuala Tungkal, tolong Muara Enim di Sumatera "
            "Selatan; TANJUNG Priok, gunung  Lawu, Bukit\tBarisan, selatan Danau Toba dan Pantai Losari.")
    doc = blank_doc(text)
    got = [(m.span(), m.groups()) for m in _place_prefix_matches(doc)]
    assert got == [(m.span(), m.groups()) for m in _place_prefix_re().finditer(text)]
    assert len(got) >= 8


@pytest.mark.parametrize("text, name, title", [
    ("Rombongan itu kemudian diterima Presiden SBY di Istana Merdeka, Jakarta.", "SBY", "Presiden"),
    ("Para kepala daerah itu akan bertemu Presiden SBY untuk membahas anggaran bencana.", "SBY", "Presiden"),
])
def test_a_holder_known_by_initials_right_after_a_position(analyse, text, name, title):
    """The NER's one-word person in capitals is a body's acronym unless a position word is right before it."""
    got = {o.name: o.title for o in officials(analyse(text))}
    assert got.get(name) == title


def test_a_body_acronym_after_a_position_stays_in_the_title(analyse):
    got = {o.name: o.title for o in officials(analyse("Ketua KPK Bambang Sutrisno hadir dalam rapat itu."))}
    assert got == {"Bambang Sutrisno": "Ketua KPK"}


def test_the_party_before_a_holder_belongs_to_the_title(analyse):
    text = ("Ketua Umum Partai Demokrat Darmawan Situmorang makan malam bersama Ketua Umum Partai Hanura "
            "Hendra Wijaya di Jakarta.")
    got = {o.name: o.title for o in officials(analyse(text))}
    assert got == {"Darmawan Situmorang": "Ketua Umum Partai Demokrat", "Hendra Wijaya": "Ketua Umum Partai Hanura"}


def test_the_word_for_a_party_is_no_person(analyse):
    text = "Calon presiden pada pemilu mendatang masih akan datang dari kalangan Ketua Umum Partai."
    assert [o.name for o in officials(analyse(text))] == []


@pytest.mark.parametrize("text, name, title", [
    ("Komisioner KPU, Ratna Sulistyowati mengaku baru menerima laporan itu.", "Ratna Sulistyowati", "Komisioner KPU"),
    ("Politisi Partai Golkar Yosef Manurung menilai usulan itu terlalu terburu-buru.", "Yosef Manurung",
     "Politisi Partai Golkar"),
])
def test_commissioners_and_politicians_by_party_are_positions(analyse, text, name, title):
    assert {o.name: o.title for o in officials(analyse(text))}.get(name) == title


@pytest.mark.parametrize("text, name, title", [
    ("Gubernur terpilih Andi Rasyid Lamato akan dilantik bulan depan.", "Andi Rasyid Lamato", "Gubernur terpilih"),
    ("Politisi senior Partai Demokrat Hendrik Saragih menolak usulan itu.", "Hendrik Saragih",
     "Politisi senior Partai Demokrat"),
])
def test_a_lower_case_qualifier_after_the_head_stays_in_the_title(analyse, text, name, title):
    assert {o.name: o.title for o in officials(analyse(text))}.get(name) == title


def test_english_terms_of_politics_and_meetings_are_no_persons(analyse):
    text = ("Fraksi itu menolak kenaikan ambang batas parlemen (Parliamentary Threshold) yang dibahas "
            "dalam Asia Pacific Round Table di Jakarta.")
    assert [o.name for o in officials(analyse(text))] == []


def test_a_one_word_person_who_acts_is_a_person(analyse):
    """The NER's one-word person as the subject of an active verb, not where a sentence opens."""
    text = "Dalam rapat itu, Sutarmo sempat menolak usulan kenaikan tarif air."
    assert "Sutarmo" in [o.name for o in officials(analyse(text))]


def test_a_capitalised_noun_opening_the_lead_is_no_person(analyse):
    text = "PONTIANAK, KOMPAS.com - Banjir merendam tiga kecamatan sejak Senin pagi."
    assert [o.name for o in officials(analyse(text))] == []


def test_the_position_a_person_took_is_theirs_not_the_next_persons(analyse):
    text = "Saat Darmono menjadi Bupati Lembah Hijau, Sulastri sempat mengkritik kebijakannya."
    got = {o.name: o.title for o in officials(analyse(text))}
    assert got.get("Darmono") == "Bupati Lembah Hijau" and got.get("Sulastri") is None


def test_a_counted_position_is_the_title_of_each_holder_listed_after_it(analyse):
    text = ("Dua Pimpinan Ombudsman, Wahyu Setiawan dan Rina Kartikasari, menghadiri sidang itu di "
            "Jakarta, Kamis (4/5).")
    got = {o.name: o.title for o in officials(analyse(text))}
    assert got == {"Wahyu Setiawan": "Pimpinan Ombudsman", "Rina Kartikasari": "Pimpinan Ombudsman"}


@pytest.mark.parametrize("text, name, title", [
    ("Rapat itu dihadiri Menkumham Bonaventura Sitompul dan Mensesneg Hariadi Kusumo.", "Hariadi Kusumo", "Mensesneg"),
    ("Rapat itu dihadiri Menkumham Bonaventura Sitompul dan Mensesneg Hariadi Kusumo.", "Bonaventura Sitompul",
     "Menkumham"),
    ("Menkopolhukam Darius Pangaribuan meminta aparat menahan diri.", "Darius Pangaribuan", "Menkopolhukam"),
    ("Kabareskrim Komjen Rudi Hartawan memastikan kasus itu diusut.", "Rudi Hartawan", "Kabareskrim"),
])
def test_short_forms_of_ministers_and_national_posts_are_titles(analyse, text, name, title):
    assert {o.name: o.title for o in officials(analyse(text))}.get(name) == title


def test_the_word_party_inside_a_title_is_no_name_word(analyse):
    text = ("Surat itu diteken Ketua Umum Partai Nusantara Baru Wiryo Atmojo dan Sekretaris Jenderal Partai "
            "Bambang Susilo.")
    got = {o.name: o.title for o in officials(analyse(text))}
    assert got.get("Bambang Susilo") == "Sekretaris Jenderal Partai"


@pytest.mark.parametrize("text, name", [
    ("Kami tidak akan mundur dari rencana itu,\" ujar Sukardjo.", "Sukardjo"),
    ("Sumardi menyebut aturan baru itu belum disosialisasikan ke daerah.", "Sumardi"),
    ("Semua sudah kami serahkan ke polisi,\" kata Wirawan seusai sidang di Jakarta.", "Wirawan"),
])
def test_a_one_word_speaker_by_a_cue_is_a_person(analyse, text, name):
    """The NER often leaves a lone given name untagged; a speech cue right beside it marks a person."""
    assert name in [o.name for o in officials(analyse(text))]


@pytest.mark.parametrize("text", [
    "Menurut Islam, sedekah dianjurkan kepada semua orang.",
    "Warga mengaku belum menerima bantuan sejak banjir pekan lalu.",
    "Guna memastikan kelaikan bus, petugas memeriksa rem dan ban di terminal.",
    "Pemerintah menyatakan stok beras cukup hingga akhir tahun.",
])
def test_a_capitalised_noun_beside_a_cue_is_no_speaker(analyse, text):
    assert [o.name for o in officials(analyse(text))] == []


@pytest.mark.parametrize("text, expected", [
    ("\"Harga belum kami tetapkan,\" kata Rendra, Head of Marketing PT Sinar Abadi, usai peluncuran di Jakarta.",
     {"Rendra": "Head of Marketing PT Sinar Abadi"}),
    ("Peluncuran itu dihadiri Vice President of Sales Asia Pasifik, Martin Koh.",
     {"Martin Koh": "Vice President of Sales Asia Pasifik"}),
])
def test_an_english_title_runs_on_into_its_body_after_of(analyse, text, expected):
    """The capitalised words after 'of' belong to the English title, not to a person."""
    assert {o.name: o.title for o in officials(analyse(text))} == expected


def test_a_title_right_after_a_full_name_without_a_comma(analyse):
    text = "Dia menyebut sosok Bupati Sigi Mohamad Irwan dan Darmanto Siregar Bupati Donggala di Sulawesi Tengah."
    got = {o.name: o.title for o in officials(analyse(text))}
    assert got.get("Mohamad Irwan") == "Bupati Sigi"
    assert (got.get("Darmanto Siregar") or "").startswith("Bupati Donggala")
    text = "Kegiatan itu dibuka Hendra Gunawan Kepala Dinas Pendidikan Kota Palu di aula kantor wali kota."
    assert {o.name: o.title for o in officials(analyse(text))} == {
        "Hendra Gunawan": "Kepala Dinas Pendidikan Kota Palu"}


@pytest.mark.parametrize("text, name, title", [
    ("Saat dikonfirmasi, Ketum Partai Karya Rakyat Surya Darmadi enggan berkomentar.", "Surya Darmadi",
     "Ketum Partai Karya Rakyat"),
    ("Pidato itu disampaikan usai Presiden ke-4 Republik Arunika Darmawan Hadiputro.", "Darmawan Hadiputro",
     "Presiden ke-4 Republik Arunika"),
])
def test_party_officers_by_short_form_and_ordinal_posts(analyse, text, name, title):
    assert {o.name: o.title for o in officials(analyse(text))}.get(name) == title




@pytest.mark.parametrize("text, name", [
    ("Kebijakan itu lahir pada masa kepemimpinan Hartono dan bertahan hingga kini.", "Hartono"),
    ("Dalam kunjungan itu, Gubernur Lembah Hijau Sarwono didampingi Marlina dan sejumlah kepala dinas.", "Marlina"),
])
def test_a_one_word_person_after_a_word_that_takes_a_person(analyse, text, name):
    """The NER's one-word person right after a word that takes a person ('kepemimpinan', 'didampingi')."""
    assert name in [o.name for o in officials(analyse(text))]


def test_a_one_word_ner_person_in_a_place_slot_needs_more(analyse):
    text = "Penghargaan itu diserahkan di Aula Lestari pada Senin."
    assert [o.name for o in officials(analyse(text))] == []


def test_a_coordinating_ministers_portfolio_is_no_name_word(analyse):
    text = "Rapat itu dipimpin Menko Polhukam Hartanto Wibisono, disusul paparan para menteri."
    assert {o.name: o.title for o in officials(analyse(text))} == {"Hartanto Wibisono": "Menko Polhukam"}


@pytest.mark.parametrize("text, expected", [
    ("Wakil Ketua Umum DPP Gerindra Hasanudin Wahab menilai usulan itu wajar.",
     {"Hasanudin Wahab": "Wakil Ketua Umum DPP Gerindra"}),
    ("Jaksa Agung Muda Pidana Umum Sudarmo Lubis memeriksa berkas perkara itu.",
     {"Sudarmo Lubis": "Jaksa Agung Muda Pidana Umum"}),
    ("Sidang itu dipimpin Hakim Konstitusi Marlina Sitepu pada Senin.", {"Marlina Sitepu": "Hakim Konstitusi"}),
    ("Serangan itu menewaskan tiga anggota senior sayap militer Hamas, Brigade Salahuddin al-Karim.", {}),
])
def test_parties_courts_and_armed_units_are_no_name_words(analyse, text, expected):
    assert {o.name: o.title for o in officials(analyse(text))} == expected


@pytest.mark.parametrize("text, expected", [
    ("Pengamat hukum dari Universitas Indonesia Darmawan Lubis menilai putusan itu keliru.",
     {"Darmawan Lubis": "Pengamat hukum dari Universitas Indonesia"}),
    ("Dosen hukum tata negara di Universitas Jember Rudi Hartono menilai aturan itu keliru.",
     {"Rudi Hartono": "Dosen hukum tata negara di Universitas Jember"}),
])
def test_an_experts_field_and_institution_before_the_name_are_the_title(analyse, text, expected):
    """The title rule reads past the lower-case field and 'dari' too, for names the NER swallows into the
    institution."""
    assert {o.name: o.title for o in officials(analyse(text))} == expected


@pytest.mark.parametrize("text, ents", [
    ("Lembaga pemeringkat Kirana Ratings menaikkan peringkat obligasi perseroan.", (("Kirana Ratings", "PER"),)),
    ("Perusahaan asal Singapura, Mulia Harta Limited, membeli saham perseroan.", (("Mulia Harta Limited", "PER"),)),
    ("Ia tampil dalam film berjudul Bunga Sakura yang dirilis tahun lalu.", (("Bunga Sakura", "PER"),)),
    ("Kapal itu ikut dalam Operasi Merah Delima di perairan Natuna.", (("Merah Delima", "PER"),)),
])
def test_firms_works_and_operations_the_ner_calls_persons_are_none(text, ents):
    """The NER off its own corpus tags foreign firms, titled works and named operations as persons."""
    from tests._blankdoc import blank_doc

    assert officials(blank_doc(text, ents)) == []


@pytest.mark.parametrize("text, expected", [
    # a head and the lower-case words saying what it heads, right before the name
    ("Penyelidikan difokuskan pada kepala pemasaran Ratna Siregar yang masih bekerja di sana.",
     {"Ratna Siregar": "kepala pemasaran"}),
    ("Direktur perseroan Haryono, dalam laporannya ke bursa, mengatakan penjualan naik.",
     {"Haryono": "Direktur perseroan"}),
    # a lower-case post after a speech cue, set off by commas
    ("\"Harga beras masih tinggi,\" kata sekretaris koperasi, Budi Harjanto, kepada wartawan.",
     {"Budi Harjanto": "sekretaris koperasi"}),
    # a five-letter word in me- is a noun, not a verb ('merek', 'media')
    ("Penyelidikan difokuskan pada kepala merek Budi Santoso, yang tetap bekerja di pabrik itu.",
     {"Budi Santoso": "kepala merek"}),
    # 'lain' counts one more of a kind, it names no post
    ("Anggota lain Siti Rahayu belum memberi tanggapan.", {"Siti Rahayu": None}),
])
def test_lower_case_posts_right_before_the_name(analyse, text, expected):
    assert {o.name: o.title for o in officials(analyse(text))} == expected


@pytest.mark.parametrize("text, expected", [
    # the post as the subject of 'adalah', the name as its predicate
    ("Sekretaris Jenderal partai adalah Rudi Hartono.", {"Rudi Hartono": "Sekretaris Jenderal partai"}),
    # an adverb between the name and 'menjabat sebagai'
    ("Bambang Susilo kemudian menjabat sebagai Gubernur Provinsi Jambi selama lima tahun.",
     {"Bambang Susilo": "Gubernur Provinsi Jambi"}),
    # the post before 'dan' is the previous person's; the second gets hers after 'sebagai'
    ("Rahmat bertindak sebagai juru bicara dan Siti Aminah sebagai bendahara.",
     {"Rahmat": "juru bicara", "Siti Aminah": "bendahara"}),
    # a winner is no post
    ("Pemenang lomba itu adalah Yusuf Hamdani dari Makassar.", {"Yusuf Hamdani": None}),
])
def test_posts_given_by_a_predicate(analyse, text, expected):
    assert {o.name: o.title for o in officials(analyse(text))} == expected


@pytest.mark.parametrize("text", [
    "Menurut Ketua Bapepam-LK dalam laporannya, transaksi itu wajar.",
    "Laporan itu disampaikan kepada Kepala BPKP-RI di Jakarta, Selasa.",
    "Ia pernah menjabat Sekretaris Jenderal National Liberation Movement di wilayah itu.",
    "Ia kemudian menjabat sebagai Perdana Menteri Uni Soviet selama perang.",
])
def test_bodies_after_a_bare_title_are_no_holders(analyse, text):
    """A hyphenated short form, an English movement or party, a union of states: the body the title heads."""
    assert officials(analyse(text)) == []


def test_names_after_abbreviated_address_forms(analyse):
    """'Ny. X', 'Tn. X': a person's name whether the NER tags it or not; a street's 'Jl.' is no address form."""
    text = "Rumah itu milik Ny. Sitti Maemunah yang tinggal di Makassar."
    assert {o.name: o.title for o in officials(analyse(text))} == {"Sitti Maemunah": None}
    assert officials(analyse("Warga Jl. Merdeka mengeluhkan banjir.")) == []


@pytest.mark.parametrize("text, expected", [
    ("Kunjungan kerja PM Shinzo Abe ke Jakarta berlangsung tiga hari.", {"Shinzo Abe": "PM"}),
    ("\"Laba naik,\" kata Wadirut Bank Mandiri, Wayan Suparta di Jakarta.",
     {"Wayan Suparta": "Wadirut Bank Mandiri"}),
    ("Wakapolda Jambi Brigjen Pol Rudi Hartono memimpin apel pagi.", {"Rudi Hartono": "Wakapolda Jambi"}),
    # 'PM' of the clock is no post
    ("Acara dimulai pukul 7 PM waktu setempat dan dihadiri Budi Santoso.", {"Budi Santoso": None}),
])
def test_short_forms_of_deputies_and_the_prime_minister(analyse, text, expected):
    assert {o.name: o.title for o in officials(analyse(text))} == expected


@pytest.mark.parametrize("text, ents", [
    ("Orang Rimba menjelaskan kepada petugas bahwa hutan itu milik adat.", (("Orang Rimba", "PER"),)),
    ("Wilayah itu diperintah Dinasti Qing hingga tahun 1911.", (("Dinasti Qing", "PER"),)),
])
def test_peoples_and_dynasties_the_ner_calls_persons_are_none(text, ents):
    from tests._blankdoc import blank_doc

    assert officials(blank_doc(text, ents)) == []


@pytest.mark.parametrize("text, expected", [
    # the title rule reads the name up to the particle's next word, the NER from there: one name
    ("Presiden Uni Emirat Arab (UEA) Sheikh Mansour bin Rashid Al Maktoum, Rabu, mengeluarkan keputusan baru.",
     {"Mansour bin Rashid Al Maktoum": "Presiden Uni Emirat Arab (UEA)"}),
    ("Menteri Luar Negeri Saudi Adel bin Ahmed Al Jubeir tiba di Jakarta, Rabu.",
     {"Adel bin Ahmed Al Jubeir": "Menteri Luar Negeri Saudi"}),
])
def test_arabic_names_across_bin_are_one_person(analyse, text, expected):
    assert {o.name: o.title for o in officials(analyse(text))} == expected


def test_a_full_name_with_its_title_after_it_counts_inside_quoted_speech(analyse):
    text = ("\"Besok kami bertemu dengan Rudi Hartawan, Direktur Bank Pembangunan Asia untuk Asia Tenggara,\" "
            "kata Sekretaris Utama Bappenas, Lukman Hakim di Jakarta, Jumat.")
    got = {o.name: o.title for o in officials(analyse(text))}
    assert got == {"Rudi Hartawan": "Direktur Bank Pembangunan Asia untuk Asia Tenggara",
                   "Lukman Hakim": "Sekretaris Utama Bappenas"}


@pytest.mark.parametrize("text, expected", [
    ("Film itu digarap sutradara Hendra Wicaksono dan diproduksi di Bandung.", {"Hendra Wicaksono": "sutradara"}),
    # a country between the profession and the name
    ("Pada laga itu petenis Chile Fernando Rios kalah di babak pertama.", "petenis"),
    # vox-pop roles give no title (real gold gives traders, farmers and residents none)
    ("Pedagang sayur Siti Aminah mengeluhkan harga cabai.", {"Siti Aminah": None}),
])
def test_public_professions_right_before_the_name(analyse, text, expected):
    got = {o.name: o.title for o in officials(analyse(text))}
    if isinstance(expected, str):      # the NER may keep the country in the name; the scorer matches either
        assert list(got.values()) == [expected]
    else:
        assert got == expected


@pytest.mark.parametrize("text, expected", [
    ("Pak Darwis, anda telah berusaha maju menjadi calon bupati.", {"Darwis": None}),
    ("\"Kami sudah lapor ke Pak Menteri,\" ujarnya.", {}),
    # 'Bapak' and 'Ibu' also open common nouns ('Bapak Asuh', 'Ibu Kota'): no name follows them by shape
    ("Warga Ibu Kota mengeluhkan banjir.", {}),
    ("Program Bapak Asuh Anak Yatim diluncurkan di Palu.", {}),
])
def test_names_after_pak_and_bu(analyse, text, expected):
    assert {o.name: o.title for o in officials(analyse(text))} == expected


@pytest.mark.parametrize("text, expected", [
    ("Lestari Handayani adalah aktris muda yang bermain dalam film itu.", {"Lestari Handayani": "aktris"}),
    ("Budi Santoso merupakan seorang pesepak bola asal Medan.", {"Budi Santoso": "pesepak bola"}),
    ("Rudi Hartono adalah warga Desa Sukamaju.", {"Rudi Hartono": None}),
])
def test_a_public_profession_after_adalah_or_sebagai(analyse, text, expected):
    assert {o.name: o.title for o in officials(analyse(text))} == expected


@pytest.mark.parametrize("text, ents, expected", [
    # the NER tags the body's or place's name after the title as a person: it ends the title of the holder
    ("Kepala Stasiun Meteorologi Frans Seda Sikka Yohanes Bala mengatakan hujan akan turun.",
     [("Frans Seda Sikka", "PER"), ("Yohanes Bala", "PER")],
     [("Yohanes Bala", "Kepala Stasiun Meteorologi Frans Seda Sikka")]),
    ("Ketua Lembaga Adat Jayawijaya (LAJ) Markus Wenda menyambut baik beasiswa itu.",
     [("Adat Jayawijaya", "PER"), ("Markus Wenda", "PER")],
     [("Markus Wenda", "Ketua Lembaga Adat Jayawijaya (LAJ)")]),
])
def test_a_place_after_a_title_is_the_title_s_not_a_person(text, ents, expected):
    from tests._blankdoc import blank_doc

    assert _pairs(blank_doc(text, tuple(ents))) == expected


@pytest.mark.parametrize("text, expected", [
    # the Indonesian province after the position's own region only locates it for the reader
    ("POSO - Bupati Poso, Sulawesi Tengah Darman Lasawedi meninjau kebun plasma warga, Senin.",
     ("Darman Lasawedi", "Bupati Poso")),
    # a foreign one stays: the reader may not know where Sibu is
    ("Wakil Wali Kota Sibu, Sarawak, Lau Kah Soon, hadir dalam penandatanganan itu.",
     ("Lau Kah Soon", "Wakil Wali Kota Sibu, Sarawak")),
])
def test_a_province_after_the_positions_region_is_no_part_of_the_title(text, expected):
    from tests._blankdoc import blank_doc
    assert [(o.name, o.title) for o in officials(blank_doc(text))] == [expected]


def test_a_word_after_an_abbreviated_honorific_opens_the_name():
    # the NER may see only "Astuti Lamba", and "Intan" is also a place (Intan Jaya); "Prof. Dr." says the name
    # starts there
    from tests._blankdoc import blank_doc
    text = "Rektor Untad Prof. Dr. Intan Astuti Lamba menandatangani nota kesepahaman itu."
    doc = blank_doc(text, (("Astuti Lamba", "PER"),))
    assert [(o.name, o.title) for o in officials(doc)] == [("Intan Astuti Lamba", "Rektor Untad")]
