"""counts(): sentence table -> expected (value, first unit word, lower-cased) set.

The rules need only tokens (POS, when present, just trims the unit), so the
table runs on spacy.blank("id"); a slow copy runs through the Stanza models.
"""
from __future__ import annotations

import pytest
import spacy

from pipeline.analyse import ModelError
from pipeline.match.counts import counts
from tests._blankdoc import blank_doc

TABLE = [
    # plain counts, digits and words
    ("Pemkot Bandar Lestari menjalin kerja sama dengan 12 kota mitra di Asia.", {(12, "kota")}),
    ("Sebanyak dua puluh tiga mahasiswa mengikuti program pertukaran itu.", {(23, "mahasiswa")}),
    ("Rumah sakit itu kini memiliki 350 tempat tidur.", {(350, "tempat")}),
    ("Pemprov mengirim 15 orang peserta ke Osaka selama dua bulan.", {(15, "orang"), (2, "bulan")}),
    ("Kerja sama ini mencakup empat sektor, yakni pendidikan, kesehatan, pariwisata dan budaya.",
     {(4, "sektor")}),
    ("Ia sudah tiga kali berkunjung ke Busan.", {(3, "kali")}),
    ("Fasilitas itu mampu mengolah 300 ton per hari.", {(300, "ton")}),
    ("Kota itu menambah satu sister city lagi tahun ini.", {(1, "sister")}),
    # money
    ("Pemerintah pusat menyalurkan hibah senilai Rp12,5 miliar kepada Pemkab Sungai Jernih.",
     {(12500000000, "rupiah")}),
    ("Total bantuan mencapai Rp 1.250.000.000 untuk 40 desa.", {(1250000000, "rupiah"), (40, "desa")}),
    ("Lembaga donor menyiapkan dana US$ 3 juta bagi program itu.", {(3000000, "us$")}),
    ("Nilai investasinya diperkirakan Rp 2 M.", {(2000000000, "rupiah")}),
    # percent
    ("Porsi praktik lapangan ditetapkan 60 persen dari kurikulum.", {(60, "persen")}),
    ("Serapan anggaran baru 45% hingga akhir semester.", {(45, "persen")}),
    # vague, hedged, ranges
    ("Kota itu menjalin puluhan kerja sama luar negeri.", {(10, "kerja")}),
    ("Acara itu dihadiri ratusan pelajar dari sekolah sekitar.", {(100, "pelajar")}),
    ("Pemkab telah mengirim setidaknya 60 guru untuk pelatihan.", {(60, "guru")}),
    ("Proyek itu bukan hasil kerja sama 1-2 tahun saja.", {(1, "tahun")}),
    ("Penelitian itu tidak selesai dalam satu atau dua tahun.", {(1, "tahun")}),
    ("Kapasitasnya naik dari 5 ribu pasien menjadi 8 ribu pasien per tahun.",
     {(5000, "pasien"), (8000, "pasien")}),
    ("Hubungan kedua kota sudah terjalin sepekan ini.", {(1, "pekan")}),
    # formal texts restate the figure in brackets
    ("Perjanjian itu berlaku selama 5 (lima) tahun untuk tiga (3) bidang.", {(5, "tahun"), (3, "bidang")}),
    ("Hibah Rp 5.000.000 (lima juta rupiah) diterima 3 kelompok tani.",
     {(5000000, "rupiah"), (3, "kelompok")}),
    # the same quantity twice is one record
    ("Kirim 10 Pegawai ke Belanda. Pemprov mengirim 10 pegawai dari lima dinas.",
     {(10, "pegawai"), (5, "dinas")}),
    ("Daerah itu kini punya 9 sister city, dan 9 kerja sama sister city itu aktif.", {(9, "sister")}),
    # money written "Rp." with the figure, ranges of money and of percentages, bare amounts after a word of money
    ("Pemprov menganggarkan Rp.2,4 Triliun untuk 1.200 unit rumah.", {(2400000000000, "rupiah"), (1200, "unit")}),
    ("Kota Sentosa menerima Rp.412.650.000,- dari program itu.", {(412650000, "rupiah")}),
    ("Dana yang disiapkan Rp4,5 miliar hingga Rp5 miliar per desa.", {(4500000000, "rupiah")}),
    ("Harga gula naik 12.75% hingga 14% dalam sebulan.", {(12.75, "persen"), (1, "bulan")}),
    ("Dana desa tahun ini sebesar 250 juta dan dana tahun depan sebesar 3 miliar.",
     {(250000000, "rupiah"), (3000000000, "rupiah")}),
    # a duration after a word that usually opens an identifier; a suspect count after "diantaranya"
    ("Rencana strategis itu disusun untuk periode 4 tahun.", {(4, "tahun")}),
    ("Polisi menangkap 90 orang, 35 diantaranya tersangka pencurian.", {(90, "orang"), (35, "tersangka")}),
    # "atau" before a share is no range; a pronoun or a time word ends the unit
    ("Pendapatan naik dari Rp12,4 triliun atau 2,1 persen dari PDB.", {(12400000000000, "rupiah"), (2.1, "persen")}),
    ("Setelah tiga hari ia kembali ke Sentosa.", {(3, "hari")}),
    ("Warga menunggu empat hari setelah banjir surut.", {(4, "hari")}),
    ("Layanan itu buka 24 jam sehari dan petugas datang tiga kali seminggu.", {(24, "jam"), (3, "kali")}),
    ("Tim sudah tiba di lokasi sejak sepekan lalu.", set()),
    ("Petugas menyisir kawasan seluas 12 km persegi di hulu sungai.", {(12, "km")}),
    ("Bupati menerima penghargaan dari 3 kementerian sekaligus.", {(3, "kementerian")}),
    ("Sekitar 300-an pedagang pasar terdampak kebakaran itu.", {(300, "pedagang")}),
    ("Dua belas kepala daerah hadir dalam rapat koordinasi.", {(12, "kepala")}),
    # must yield nothing: a regulation's year, an era year, numbers inside names, idioms
    ("Lagu-lagu era 1990-an kembali diputar di radio daerah.", set()),
    ("Realisasi belanja semester 2 tahun ini dibahas di ruang 3 kantor dinas.", set()),
    ("Pasangan calon nomor urut 2 menyampaikan visi di depan Komisi 1.", set()),
    ("Pawai obor digelar malam 1 Muharram dan diikuti 300 warga.", {(300, "warga")}),
    ("Candi itu dibangun sekitar 600 SM oleh raja setempat.", set()),
    ("Kota itu pulih setelah Perang Tiga Puluh Tahun berakhir.", set()),
    ("Aturan itu merujuk Permendagri Nomor 77 Tahun 2020 tentang keuangan daerah.", set()),
    ("Penumpang diperkirakan meningkat menjelang Lebaran 1447 Hijriah.", set()),
    ("Murid SD Negeri 4 Sukamaju mengikuti lomba itu.", set()),
    ("Rapat digelar di Ruang 2 Balai Kota.", set()),
    ("Program itu misalnya Satu Desa Satu Masjid dari pemkab.", set()),
    ("Kedua kampus masih satu naungan dengan yayasan yang sama.", set()),
    # must yield nothing: dates, years, times, identifiers, ordinals, idioms, articles
    ("Penandatanganan dilakukan pada 13 Februari 2024 di Balai Kota.", set()),
    ("Kegiatan itu digelar Rabu (13/2) di Gedung Sate.", set()),
    ("Acara dimulai pukul 09.00 WIB di aula kantor bupati.", set()),
    ("Kerja sama itu mengacu pada UU Nomor 23 Tahun 2014 tentang Pemerintahan Daerah.", set()),
    ("Hal itu diatur dalam Pasal 5 peraturan tersebut.", set()),
    ("Program itu tertunda karena pandemi Covid-19 dan turnamen U-16.", set()),
    ("Kota itu merayakan HUT ke-500 pada 2027 mendatang.", set()),
    ("Ini merupakan tahap kedua dari kerja sama kedua negara.", set()),
    ("Salah satu program unggulan adalah pelatihan guru.", set()),
    ("Provinsi itu satu-satunya daerah yang meraih penghargaan.", set()),
    ("Seorang peserta membawa sebuah laptop ke ruang rapat.", set()),
    ("Beberapa universitas luar negeri akan diundang.", set()),
    ("Informasi lebih lanjut dapat menghubungi 081234567890.", set()),
    ("Truk tangki bernomor polisi BK 8762 XE itu terguling di tikungan.", set()),
    ("Pemkot menerima satu unit motor roda tiga dan dua kendaraan roda empat.",
     {(1, "unit"), (2, "kendaraan")}),
    ("Lulusan S1/S2 dapat mendaftar di laman resmi.", set()),
    ("Proyek berjalan dari tahun 2018 hingga 2023.", set()),
    ("Ia dikenal sebagai orang nomor satu di provinsi itu.", set()),
    ("Pekerjaan itu dikebut 2 x 24 jam tanpa henti.", set()),
    # a part with no noun of its own counts what its whole counts; after a noun it counts that noun
    ("Baru 9 dari 14 puskesmas yang memiliki dokter gigi.", {(9, "puskesmas"), (14, "puskesmas")}),
    ("Tim itu meraih poin 17 dari 8 pertandingan.", {(8, "pertandingan")}),
    # a figure pointing back counts what the figure before it counts
    ("Longsor menewaskan dua warga dan belasan lainnya terluka.", {(2, "warga"), (11, "warga")}),
    ("Ada sembilan koperasi, empat di antaranya berasal dari Bantul.", {(9, "koperasi")}),
    ("Sebanyak 30 siswa lulus, sisanya mengulang.", {(30, "siswa")}),
    ("Pendaftar 812 orang, tetapi hanya 640 yang lolos seleksi.", {(812, "orang"), (640, "orang")}),
    ("Anggaran Rp 5 miliar, dan 40 yang terserap untuk jalan.", {(5000000000, "rupiah")}),
    ("Tujuh pasien meninggal, tiga di antaranya balita.", {(7, "pasien"), (3, "balita")}),
    # a fraction is a share, not a count; English thousands after a foreign currency
    ("Target cakupan naik menjadi tiga perempat penduduk.", set()),
    ("Donor menyalurkan hibah USD 180,000 bagi desa pesisir.", {(180000, "usd")}),
]


def _summary(recs):
    return {(r.value, r.unit.split()[0].lower()) for r in recs}


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("id")


@pytest.mark.parametrize("text,expected", TABLE)
def test_counts_on_tokens(blank, text, expected):
    assert _summary(counts(blank(text))) == expected


def test_record_evidence(blank):
    text = "Pemkot mengirim sekitar 40 ASN ke Jepang."
    (rec,) = counts(blank(text))
    assert (rec.value, rec.unit, rec.approximate) == (40, "ASN", True)
    assert text[rec.start:rec.end] == "40 ASN"
    assert rec.sentence == 0 and rec.rule == "count.number"


@pytest.mark.parametrize("text, unit", [
    ("Jalan sepanjang 25 kilometer hasil kerja sama itu diresmikan.", "kilometer"),
    ("Lahan seluas 40 meter persegi milik desa dipakai untuk pasar.", "meter persegi"),
    ("Pompa itu mengalirkan 50 liter per detik ke sawah warga.", "liter per detik"),
])
def test_a_unit_of_measure_is_the_whole_unit(blank, text, unit):
    assert [r.unit for r in counts(blank(text))] == [unit]


def test_money_unit_and_range(blank):
    (rec,) = counts(blank("Investasi itu bernilai Rp 1-2 triliun."))
    assert (rec.value, rec.unit, rec.approximate) == (1000000000000, "rupiah", True)



@pytest.fixture
def stanza_analyse(request):
    """The shipped models' analysis, or a skip where they are missing."""
    try:
        return request.getfixturevalue("analyse")
    except ModelError as exc:
        pytest.skip(f"Stanza models not available: {exc}")

@pytest.mark.slow
@pytest.mark.parametrize("text,expected", TABLE[:8] + TABLE[-10:])
def test_counts_with_stanza(stanza_analyse, text, expected):
    assert _summary(counts(stanza_analyse(text))) == expected


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [
    ("Lomba itu diikuti murid kelas enam dari sekolah di wilayah 2 Priangan Timur.", set()),
    ("Bus disiapkan di tujuh terminal dan 35 diantaranya dioperasikan swasta.", {(7, "terminal")}),
    ("Sebanyak 16 Siswa dari Kota Sentosa berangkat ke Jepang.", {(16, "siswa")}),
])
def test_numbers_in_names_with_stanza(stanza_analyse, text, expected):
    assert _summary(counts(stanza_analyse(text))) == expected


# --- speed: roles once per Doc, the Matcher only on the runs of roles -----------------------

def test_roles_that_depend_on_neighbours():
    from spacy.tokens import Doc

    words = ["Dana", "US", "$", "5", "juta", "dan", "Rp", ".1,9", "miliar", "serta", "us", "$", "2", "."]
    spaces = [True, False, False, True, True, True, False, True, True, True, True, False, False, False]
    doc = Doc(spacy.blank("id").vocab, words=words, spaces=spaces)
    # "US" glued to "$" is a currency, "us" apart from it is not; ".1,9" glued to "Rp" is a figure
    assert [t._.count_kind for t in doc] == ["", "cur", "cur", "num", "scale", "", "cur", "num", "scale",
                                             "", "", "cur", "num", ""]


def _matches_on_every_token(doc):
    """The Matcher over a stand-in for the whole Doc: what the runs of roles must reproduce."""
    from spacy.tokens import Doc

    from pipeline.match.counts import _matcher_for

    words = [f"<{t._.count_kind}>" if t._.count_kind else ("." if t.text == "." else "<>") for t in doc]
    return list(_matcher_for(doc.vocab)(Doc(doc.vocab, words=words)))


@pytest.mark.parametrize("text", [
    "Nilai proyek naik dari Rp 7,5 miliar hingga Rp 8 miliar, atau 10 persen dari anggaran.",
    "Sebanyak 40 ASN dan 3-5 orang pendamping tiba. Dana Rp. 516.780 ribu cair pekan lalu.",
    "Biaya US$ 2 juta atau sekitar Rp31 miliar ditanggung kedua pihak selama sepekan.",
    "Tidak ada angka di kalimat ini.",
])
def test_runs_of_roles_give_the_matches_of_the_whole_doc(blank, text):
    from pipeline.match.counts import _role_matches

    doc = blank(text)
    assert _role_matches(doc) == _matches_on_every_token(doc)


def test_sentence_index_from_the_sentence_starts():
    from pipeline.match.counts import _sentence_index

    doc = blank_doc("Ada 5 desa. Lalu 3 kota ikut. Terakhir 2 provinsi.")
    expected = [next(k for k, s in enumerate(doc.sents) if s.start <= t.i < s.end) for t in doc]
    assert _sentence_index(doc) == expected
    assert expected[-1] == 2


@pytest.mark.parametrize("text", [
    "Murid SD negeri 1 Bandarjaya menampilkan tari daerah.",
    "Panitia dari wilayah 3 Sukaraja menyiapkan lomba itu.",
])
def test_a_number_in_a_name_without_pos(blank, text):
    # the default profile has no POS: a lower-case noun of the name list stands in for it
    assert counts(blank(text)) == []


@pytest.mark.parametrize("text", [
    "Tim Renang Kota Bawa Pulang 9 Medali dari Kejuaraan Daerah\nTim renang kota itu pulang dengan 9 medali.",
    "Kontingen Pesisir Raih 9 Medali di Pekan Olahraga Provinsi\nKontingen itu meraih 9 medali.",
])
def test_a_number_in_a_title_case_headline_is_a_count(stanza_analyse, text):
    # every word of such a headline is capitalised: the word before the number is no name
    assert _summary(counts(stanza_analyse(text))) == {(9, "medali")}


@pytest.mark.parametrize("text, unit", [
    ("Jalan Lingkar Sepanjang 8,4 Km Mulai Dibangun\nPemkab membangun jalan lingkar sepanjang 8,4 kilometer.",
     "kilometer"),
    ("Yayasan Serahkan Alat Kesehatan untuk Tiga RSUD\nAlat itu dibagi ke tiga rumah sakit umum daerah.",
     "rumah sakit umum daerah"),
])
def test_a_headline_short_form_and_the_body_unit_are_one_record(stanza_analyse, text, unit):
    assert [r.unit for r in counts(stanza_analyse(text))] == [unit]


def test_the_base_of_a_rate_is_no_count(blank):
    recs = counts(blank("Angka kematian ibu di kabupaten itu 180 per 100.000 kelahiran hidup."))
    assert [(r.value, r.unit) for r in recs] == [(180, "per 100.000 kelahiran hidup")]


@pytest.mark.parametrize("text,expected", [
    ("Dana abadi itu bernilai 4 miliar dirham dan dikelola sebuah lembaga di Dubai.", {(4_000_000_000, "dirham")}),
    ("Kedua negara sepakat menukar 12 juta dinar dengan 3 juta rupee.", {(12_000_000, "dinar"), (3_000_000, "rupee")}),
])
def test_a_currency_named_after_the_figure_is_its_unit(text, expected):
    # "dirham" begins like a di- verb; a currency is always the counted noun
    assert {(r.value, r.unit) for r in counts(blank_doc(text))} == expected


@pytest.mark.parametrize("text,expected", [
    ("Volume transaksi mencapai 52 juta lembar saham senilai Rp8 miliar.", {(52_000_000, "lembar saham"),
                                                                           (8_000_000_000, "rupiah")}),
    ("Volume 3 jurnal itu memuat 14 artikel.", {(14, "artikel")}),   # a volume number names, it does not count
])
def test_a_figure_with_a_scale_word_is_no_identifier(text, expected):
    assert {(r.value, r.unit) for r in counts(blank_doc(text))} == expected


def test_a_money_range_glued_to_its_currency_is_read():
    recs = counts(blank_doc("Setoran pajak bulan itu sekitar Rp40-55 triliun, di bawah target."))
    assert [(r.value, r.unit, r.approximate) for r in recs] == [(40_000_000_000_000, "rupiah", True)]


@pytest.mark.parametrize("text,expected", [
    ("Investasi itu bernilai 30 miliar ringgit (8,3 miliar dolar AS) tahun lalu.", {(30_000_000_000, "ringgit")}),
    ("Hibah Rp 7,5 miliar (US$ 500 ribu) cair bulan ini.", {(7_500_000_000, "rupiah")}),
    # the same currency in brackets is a part of the whole, not the whole restated
    ("Anggaran Rp 10 miliar (Rp 6 miliar dari APBN) disiapkan.", {(10_000_000_000, "rupiah"), (6_000_000_000, "rupiah")}),
])
def test_an_amount_converted_in_brackets_is_one_quantity(text, expected):
    assert {(r.value, r.unit) for r in counts(blank_doc(text))} == expected


@pytest.mark.parametrize("text,expected", [
    ("Kini sudah ada 600.000 orang lebih yang bekerja di sektor itu.", (600_000, True)),
    ("Pengunjung tahun ini 600 orang lebih banyak dari tahun lalu.", (600, False)),   # a comparison
    ("Kredit macet di bawah 5 persen dari total penyaluran.", (5, True)),
    ("Realisasi belanja belum sampai 12 persen hingga Juni.", (12, True)),
    ("Transaksi harian di atas Rp3 triliun sejak awal tahun.", (3_000_000_000_000, True)),
])
def test_a_bound_makes_the_figure_approximate(text, expected):
    assert [(r.value, r.approximate) for r in counts(blank_doc(text))] == [expected]


@pytest.mark.parametrize("text,expected", [
    ("Petugas berpindah dari satu desa ke desa lain untuk mendata 40 keluarga.", {(40, "keluarga")}),
    ("Tidak ada beda antara satu area dengan area berikutnya di 3 kecamatan itu.", {(3, "kecamatan")}),
    ("Satu desa ke kecamatan mengirim 5 wakil.", {(1, "desa"), (5, "wakil")}),   # another noun: a count
])
def test_one_place_to_another_is_no_count(text, expected):
    assert {(r.value, r.unit) for r in counts(blank_doc(text))} == expected


@pytest.mark.parametrize("text,expected", [
    ("Kampus itu telah meluluskan sebanyak 1964 orang sarjana sejak berdiri.", {(1964, "orang sarjana")}),
    ("Sekitar 1998 keluarga itu pindah ke Medan bersama 3 anaknya.", {(3, "anak")}),   # a year after a loose opener
])
def test_a_year_like_figure_after_sebanyak_counts(text, expected):
    assert {(r.value, r.unit) for r in counts(blank_doc(text))} == expected


@pytest.mark.parametrize("text,expected", [
    ("Saham itu naik Rp850 atau 11,49 persen menjadi Rp8.250.", [(850, "rupiah"), (11.49, "persen"), (8250, "rupiah")]),
    ("Bunganya naik 5 atau 6 persen tahun ini.", [(5, "persen")]),   # no amount before: a range of shares
    # the sum in another currency
    ("Investasi senilai USD3 juta atau Rp46,5 M masuk tahun depan.", [(3000000, "USD"), (46500000000, "rupiah")]),
    ("Dana itu Rp1-2 triliun.", [(1000000000000, "rupiah")]),
])
def test_an_amount_then_its_share_is_no_range(text, expected):
    assert [(r.value, r.unit) for r in counts(blank_doc(text))] == expected


@pytest.mark.parametrize("text,expected", [
    ("Obligasi itu terbit dalam tenor tiga, lima, dan tujuh tahun.", {(3, "tahun"), (5, "tahun"), (7, "tahun")}),
    ("Bantuan dibagi untuk 4, 6 dan 9 desa di tepi sungai.", {(4, "desa"), (6, "desa"), (9, "desa")}),
    ("Kasus Tembus 1.317, Sembilan Pasien Meninggal", {(9, "Pasien")}),   # two clauses of a headline
    ("Pasal 5, 6 dan 7 mengatur sanksinya.", set()),   # numbered articles name, they do not count
    # a list may close with "sampai"/"hingga" as with "dan"
    ("Koperasi memberi bonus untuk masa kerja 5, 10, 15, sampai 20 tahun.",
     {(5, "tahun"), (10, "tahun"), (15, "tahun"), (20, "tahun")}),
])
def test_figures_listed_before_one_noun_share_it(text, expected):
    assert {(r.value, r.unit) for r in counts(blank_doc(text))} == expected


@pytest.mark.parametrize("text,expected", [
    ("Kasus demam berdarah naik tiga kali lipat menjadi 820 kasus.", {(820, "kasus")}),
    ("Frekuensi perdagangan kemarin mencapai 2.343 kali.", {(2343, "kali")}),   # times counted
])
def test_a_multiplier_is_no_count(text, expected):
    assert {(r.value, r.unit) for r in counts(blank_doc(text))} == expected


def test_a_percent_range_written_as_one_token_is_read():
    # "10%-15%": the tokenizer keeps "10%-15" whole
    recs = counts(blank_doc("Harga cabai di Pasar Rawa Indah naik 10%-15% pekan ini."))
    assert [(r.value, r.unit, r.approximate) for r in recs] == [(10, "persen", True)]


@pytest.mark.parametrize("text,expected", [
    ("Tim Garuda Muda berada satu grup dengan Tim Merah Putih di babak awal.", set()),
    ("Ia kini satu kubu dengan bekas rivalnya di partai.", set()),
    ("Polisi menerjunkan satu tim dengan 20 personel.", {(1, "tim"), (20, "personel")}),   # a team, counted
])
def test_satu_meaning_the_same_is_no_count(text, expected):
    assert {(r.value, r.unit) for r in counts(blank_doc(text))} == expected


def test_a_preposition_ends_the_unit():
    recs = counts(blank_doc("Ia mencetak 14 gol, termasuk 6 di antaranya lewat tendangan bebas."))
    assert {(r.value, r.unit) for r in recs} == {(14, "gol")}


def test_what_a_container_holds_ends_the_unit():
    recs = counts(blank_doc("Kapal itu mengangkut 12 kontainer berisi 240 ton beras."))
    assert [(r.value, r.unit) for r in recs] == [(12, "kontainer"), (240, "ton")]


@pytest.mark.parametrize("text,expected", [
    ("Setiap kelas di sekolah itu diisi antara 20 dan 30 siswa.", [(20, "siswa", True)]),
    ("Korban banjir diperkirakan antara 3 dan 5 juta orang.", [(3_000_000, "orang", True)]),
    ("Pengungsi mencapai antara 2 juta dan lebih dari 4 juta warga sipil.", [(2_000_000, "warga sipil", True)]),
    ("Bunga kredit itu antara 9 dan 12 persen.", [(9, "persen", True)]),
    ("Harga rumah di sana antara Rp 300 juta dan Rp 500 juta.", [(300_000_000, "rupiah", True)]),
    ("Beda antara 2019 dan 2020 terlihat pada 4 sektor.", [(4, "sektor", False)]),   # years stay out
])
def test_antara_x_dan_y_is_one_range(text, expected):
    assert [(r.value, r.unit, r.approximate) for r in counts(blank_doc(text))] == expected


@pytest.mark.parametrize("text,expected", [
    ("Jumlah penduduk provinsi itu kini mencapai 46 juta.", [(46_000_000, "juta")]),
    ("Angkanya tidak sampai jutaan, kata petugas.", [(1_000_000, "jutaan")]),
    ("Skor akhir 3 - 1 untuk tuan rumah.", []),   # a small bare figure is no count
])
def test_a_bare_figure_in_millions_keeps_its_scale_as_unit(text, expected):
    assert [(r.value, r.unit) for r in counts(blank_doc(text))] == expected


@pytest.mark.parametrize("text,expected", [
    ("Sebagian besar pengungsi (diperkirakan 2 juta) tinggal di kamp.", [(2_000_000, "pengungsi")]),
    ("Para relawan (sekitar 300) ikut kerja bakti.", [(300, "relawan")]),
    ("Skor pertandingan (3 - 1) mengecewakan pendukung.", []),   # a score
    ("Pemain itu (23) mencetak dua gol.", [(2, "gol")]),   # an age in brackets
])
def test_a_bare_figure_in_brackets_counts_the_noun_before(text, expected):
    assert [(r.value, r.unit) for r in counts(blank_doc(text))] == expected


def test_a_signed_change_in_percent_keeps_its_size():
    recs = counts(blank_doc("Saham Kencana Jaya -2% dan saham Sinar Laut +0,5% pada penutupan."))
    assert [(r.value, r.unit) for r in recs] == [(2, "persen"), (0.5, "persen")]


@pytest.mark.parametrize("text,expected", [
    ("Tersangka berasal dari Jepang dua orang, Korea dua orang, dan Thailand tiga orang.",
     [(2, "orang"), (2, "orang"), (3, "orang")]),
    ("PT Sinar menerbitkan obligasi Rp 2 triliun, serta Bank Cahaya senilai Rp 2 triliun.",
     [(2_000_000_000_000, "rupiah"), (2_000_000_000_000, "rupiah")]),
    ("Hadiahnya 50 sepeda motor dan 50 sepeda listrik.", [(50, "sepeda motor"), (50, "sepeda listrik")]),
    # the same words around the figure: the sentence restates one quantity
    ("Anggaran disusun untuk periode 2 tahun, maka hibah itu juga berlaku untuk periode 2 tahun.", [(2, "tahun")]),
])
def test_two_equal_figures_in_one_sentence_are_two_quantities(text, expected):
    assert [(r.value, r.unit) for r in counts(blank_doc(text))] == expected


def test_a_currency_marker_after_the_figure_is_its_unit():
    recs = counts(blank_doc("Kupon belanja senilai 40 USD dibagikan kepada warga."))
    assert [(r.value, r.unit) for r in recs] == [(40, "USD")]


def test_a_position_in_a_table_is_a_rank():
    recs = counts(blank_doc("Tim itu kini berada di posisi enam klasemen dengan 41 poin."))
    assert [(r.value, r.unit) for r in recs] == [(41, "poin")]


@pytest.mark.parametrize("text,expected", [
    ("Empat kemenangan bakal memastikan gelar bagi klub itu.", [(4, "kemenangan")]),
    ("Ia menunggu 3 jam lamanya di depan kantor camat.", [(3, "jam")]),
    ("Seorang kepala dinas yang menjabat 5 tahun masih bisa dilantik lagi.", [(5, "tahun")]),
])
def test_an_adverb_after_the_noun_ends_the_unit(text, expected):
    assert [(r.value, r.unit) for r in counts(blank_doc(text))] == expected


@pytest.mark.parametrize("text,expected", [
    ("Tim tamu membuat 7 tembakan tanpa menghasilkan satu gol pun.", [(7, "tembakan")]),
    ("Ia tidak menerima satu rupiah pun dari proyek 3 jembatan itu.", [(3, "jembatan")]),
])
def test_satu_pun_is_none_at_all(text, expected):
    assert [(r.value, r.unit) for r in counts(blank_doc(text))] == expected


@pytest.mark.parametrize("text,expected", [
    ("Ketua fraksi menyebut enam koleganya sesama fraksi menerima uang itu.", [(6, "kolega")]),
    ("Ia pindah ke Bogor bersama 32 anggota keluarganya pekan lalu.", [(32, "anggota keluarganya")]),
])
def test_a_possessive_closes_the_unit(text, expected):
    assert [(r.value, r.unit) for r in counts(blank_doc(text))] == expected


def test_a_plural_currency_word_is_money():
    # "francs" names a currency: the dollar figure in brackets restates it
    recs = counts(blank_doc("Laba naik menjadi 188 juta francs ($30,2 juta) dari 65 juta francs."))
    assert [(r.value, r.unit) for r in recs] == [(188_000_000, "francs"), (65_000_000, "francs")]


def test_a_match_record_counts_wins_draws_and_losses():
    recs = counts(blank_doc("Musim ini klub itu mencatat 8 menang, 6 seri dan 2 kalah."))
    assert [(r.value, r.unit) for r in recs] == [(8, "menang"), (6, "seri"), (2, "kalah")]
