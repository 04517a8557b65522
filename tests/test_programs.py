"""programs: sentence table on blank docs (invented programs, names and places)."""
from __future__ import annotations

import pytest

from pipeline.match.programs import programs
from pipeline.schema import Partner
from tests._blankdoc import blank_doc


def _progs(text, partners=None):
    """Programs of ``text``; ``partners`` None: the partners are not known (no gate on them)."""
    parts = None if partners is None else [Partner(name=n) for n in partners]
    return [(p.name, p.sector) for p in programs(blank_doc(text), parts)]


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
    # a proper name ends before the place it runs in
    ("Pemkot Palu bekerja sama dengan Kota Davao dalam program Kampung Tangguh Bencana di Kelurahan Talise.",
     [("program Kampung Tangguh Bencana", "disaster risk reduction")]),
    # a description ends at its verb
    ("Melalui kerja sama itu, program pendampingan petani menjangkau 300 keluarga di Sigi.",
     [("program pendampingan petani", "agriculture")]),
    # "X dan Y" stays in a description of three words or more, not in a shorter one
    ("Kerja sama itu mencakup program pelatihan dan pendampingan nelayan pesisir.",
     [("program pelatihan dan pendampingan nelayan pesisir", "fisheries")]),
    ("Kerja sama itu membuka program magang dan penelitian bagi mahasiswa.", []),
    # a lower-case description closed by its acronym keeps both
    ("Kerja sama itu mendukung program penguatan gizi, sanitasi dan air bersih (Gizi Sehat) di 12 desa.",
     [("program penguatan gizi, sanitasi dan air bersih (Gizi Sehat)", "sanitation")]),
    # the sponsor after a program word is a party, not a program
    ("Pemkab Sigi menerima bantuan alat kesehatan dari program JICA tahun ini.", []),
    ("Puskesmas itu dibangun lewat proyek USAID Bersama bagi warga pesisir.", []),
    # names a program word introduces, spelled-out acronyms in a list
    ("Kemitraan dengan Kementerian PUPR mencakup beberapa program seperti PAMS (penyediaan air minum sederhana) "
     "dan RKS (rehabilitasi kamar sanitasi).",
     [("PAMS (penyediaan air minum sederhana)", "water supply"), ("RKS (rehabilitasi kamar sanitasi)", "sanitation")]),
    ("Pemprov menawarkan banyak program kepada BUMN, misalnya Satu Kampung Satu Perpustakaan.",
     [("Satu Kampung Satu Perpustakaan", None)]),
    # a list of study programs or fields after a program word names no program
    ("Kerja sama itu membuka program studi baru seperti Teknik Kelautan dan Sistem Informasi.", []),
    # a list of places after a program word names no program
    ("Program kemitraan itu berjalan di tiga kecamatan, yakni Dolo Barat, Marawola dan Kinovaro.", []),
    # the title-case subject of an agreement, unless it names a party or a kind of cooperation
    ("RSUD Undata dan RSUD Poso menandatangani Nota Kesepahaman (MoU) Sister Clinic antara kedua rumah sakit.",
     [("Sister Clinic", "health")]),
    ("Wali Kota menandatangani MoU Pemerintah Kota Palu dengan Kabupaten Sigi.", []),
    ("Bupati menandatangani MoU Kerja Sama Antar Daerah dengan Wali Kota Palu.", []),
    # an Indonesian subject says what the agreement is about, unless it names a kind of cooperation
    ("Kedua pihak menandatangani MoU Kerja Sama Bidang Pendidikan dan Kesehatan di Palu.", []),
    ("Kedua pihak menandatangani MoU Optimalisasi Penerimaan Pajak Daerah di Palu.", []),
    ("Kedua pihak menandatangani Nota Kesepahaman Penyelenggaraan Tri Dharma Perguruan Tinggi di Palu.", []),
    ("Kedua pihak menandatangani LoI Kerja Sama Pelatihan Perawat Anak di Palu.",
     [("Kerja Sama Pelatihan Perawat Anak", "capacity building")]),
    # a short Indonesian subject says what the agreement is about; an acronym makes it a name
    ("Disdukcapil dan Bank Sulteng menandatangani PKS Pemanfaatan Data Kependudukan di Palu.", []),
    ("Pemkab Sigi dan PLN menyepakati Perjanjian Kerja Sama (PKS) Penerangan Jalan Desa (PJD) tahun ini.",
     [("Penerangan Jalan Desa (PJD)", "infrastructure")]),
    # a program word inside an office holder's title
    ("Hal itu disampaikan Kepala Pusat Evaluasi Proyek Hibah Luar Negeri, Budi Santoso, dalam kerja sama itu.", []),
    # the kind of cooperation is not a program run under it
    ("Kedua kota menjalankan program Kota Bersaudara (Sister City) sejak 2015.", []),
    # "skema", "gerakan": a title-case name only
    ("Kerja sama itu memakai skema Kredit Usaha Tani Mandiri bagi petani Sigi.",
     [("skema Kredit Usaha Tani Mandiri", "agriculture")]),
    ("Kerja sama itu memakai skema pembiayaan bersama.", []),
    ("Kerja sama itu mencakup Beasiswa Sulawesi Cerdas bagi 100 mahasiswa.", [("Beasiswa Sulawesi Cerdas", "education")]),
    ("Kerja sama itu mencakup beasiswa Pemerintah Jepang bagi mahasiswa.", []),
    # whose program it is, not its name; the owner after a name is left out
    ("Bantuan itu mendukung Program Pemerintah Kabupaten Sigi untuk mengurangi sampah.", []),
    ("Kerja sama itu memperluas program Kampus Mengajar Kementerian Pendidikan ke Sigi.",
     [("program Kampus Mengajar", "education")]),
    ("Kerja sama itu diwujudkan lewat Program TJSL PT Pelabuhan Teluk bagi 300 nelayan.",
     [("Program TJSL", "fisheries")]),
    # what an agreement has the parties carry out ("MoU terkait ..."), not a field or a kind of cooperation
    ("Pemkab Sigi dan Yayasan Pesisir menandatangani MoU terkait pemberian beasiswa bagi mahasiswa keperawatan.",
     [("pemberian beasiswa bagi mahasiswa keperawatan", "education")]),
    ("Pemkot Palu dan Kota Davao meneken kesepakatan mengenai pertukaran pelajar dan guru.",
     [("pertukaran pelajar dan guru", "education")]),
    ("Kedua pihak menandatangani MoU terkait pendidikan.", []),
    ("Kedua pihak menandatangani MoU tentang pengembangan pariwisata.", []),
    ("Pemkab Sigi dan Kejari Palu menandatangani MoU tentang penanganan masalah hukum bidang perdata.", []),
    ("Kedua pihak menandatangani nota kesepahaman tentang kerja sama antar daerah.", []),
    # a date or a field after an agreement word opens no name
    ("Kedua pihak menandatangani MoU Tahun 2024 di Palu.", []),
    ("Kedua pihak menandatangani PKS Bidang Pendidikan di Palu.", []),
    # places listed after a program word are no programs
    ("Program itu dijalankan bersama mitra di daerah seperti Kabupaten Sigi dan Kota Palu.", []),
    # an English name after a word that introduces what is run, unless it names an organisation
    ("Pemkot Palu bekerja sama dengan Kota Kobe melalui Clean Water for Island Schools tahun ini.",
     [("Clean Water for Island Schools", "water management")]),
    ("Pemkot Palu bekerja sama dengan Kota Kobe dalam Clean Water for Island Schools.",
     [("Clean Water for Island Schools", "water management")]),
    ("Pemkot Palu bekerja sama dengan Kobe Institute of Marine Technology sejak 2020.", []),
    ("Pemkot Palu bekerja sama dengan Kota Kobe melalui \u201cClean Water for Island Schools\u201d tahun ini.",
     [("Clean Water for Island Schools", "water management")]),
    ("Pemkot Palu bekerja sama dengan Kota Kobe. Melalui Clean Water for Island Schools, 20 sekolah mendapat air.",
     [("Clean Water for Island Schools", "water management")]),
    # ... or a meeting or an observance day
    ("Kerja sama itu diteken dalam Asia Pacific Forum on Urban Water.", []),
    ("Kerja sama itu diumumkan dalam rangka World Day of Water Heroes.", []),
    ("Kerja sama itu diumumkan dalam rangkaian Palu Coffee and Arts Week.", []),
    # "pembangunan" opens a description only with two more words
    ("Bantuan JICA itu membiayai proyek pembangunan jembatan gantung di tiga desa.",
     [("proyek pembangunan jembatan gantung", "infrastructure")]),
    ("Kerja sama itu mendukung program pembangunan daerah.", []),
    # "X Program Y...": the Indonesian name after "Program", not an English one before it
    ("Kerja sama itu diumumkan dalam Pekan Karya Program Penguatan Literasi Pesisir di Palu.",
     [("Program Penguatan Literasi Pesisir", None)]),
    # an office holder's title, an organisation named by its acronym
    ("Menurut Koordinator Program Yayasan Cahaya Pesisir, Rina Lestari, kerja sama itu penting.", []),
    ("Kerja sama itu juga didukung Program Pembangunan PBB (UNDP).", []),
    # title-case names listed after the first when "dan" closes the list; not an official or a person
    ("Kerja sama di bidang kesehatan meliputi program Pencegahan Stunting, Imunisasi Dasar Lengkap dan Posyandu Remaja.",
     [("program Pencegahan Stunting", "stunting reduction"), ("Imunisasi Dasar Lengkap", "stunting reduction"),
      ("Posyandu Remaja", "stunting reduction")]),
    ("Kerja sama itu melalui program Sekolah Pantai Tangguh, Desa Siaga Bencana, dan Wali Kota Palu hadir.",
     [("program Sekolah Pantai Tangguh", "education")]),
    ("Melalui program Sekolah Pantai Tangguh, Budi Santoso mengajak warga bekerja sama.",
     [("program Sekolah Pantai Tangguh", "education")]),
    # a place or body noun opens a program name when a quality word follows it ("Sekolah Ramah Anak")
    ("Kerja sama itu mencakup sejumlah program, antara lain Sekolah Ramah Anak, Desa Siaga Bencana dan Kampung KB.",
     [("Sekolah Ramah Anak", "education"), ("Desa Siaga Bencana", "disaster risk reduction"),
      ("Kampung KB", "disaster risk reduction")]),
    ("Program kerja sama itu melibatkan banyak pihak seperti Universitas Tadulako, Bank Sulteng dan PLN.", []),
    # names listed after "yakni" are parted by "dan"
    ("Kerja sama itu mendukung program prioritas Bupati, yakni Sigi Hijau dan Sigi Cerdas.",
     [("Sigi Hijau", None), ("Sigi Cerdas", None)]),
    # a quoted title-case name after "dalam"/"ajang", an unquoted one after "ajang"
    ("Pemkot Palu dan Kota Davao menjalin kerja sama. Delegasi Kota Davao rutin tampil dalam \u201cPalu Nomoni Culture Week\u201d yang digelar Pemkot Palu.",
     [("Palu Nomoni Culture Week", "culture")]),
    ("Kerja sama UMKM diperkuat lewat ajang Pekan Kuliner Teluk Palu bulan depan.",
     [("ajang Pekan Kuliner Teluk Palu", "culinary")]),
    # English names ending in other program words; the longest such name
    ("Sebanyak 12 ASN Palu mengikuti Pacific Urban Water Fellowship di Brisbane berkat kerja sama itu.",
     [("Pacific Urban Water Fellowship", "water management")]),
    ("Kerja sama itu berjalan melalui Coastal Training and Exchange Program sejak 2019.",
     [("Coastal Training and Exchange Program", "capacity building")]),
    # a description ends where a program word names another program
    ("Kabupaten Sigi terpilih untuk proyek percontohan penerapan program Desa Sehat Mandiri (DSM) dari Kemenkes.",
     [("program Desa Sehat Mandiri (DSM)", None)]),
    # a description after "merupakan" describes the name before it
    ("Program GSS merupakan program pembinaan kesehatan siswa yang dijalankan bersama Pemkab Sigi.",
     [("Program GSS", "health")]),
    # English names of events run under a cooperation (summit, challenge...), with their year
    ("Pemkot Palu dan Kota Davao bekerja sama menggelar Palu Coastal Investment Summit 2025 bulan depan.",
     [("Palu Coastal Investment Summit 2025", None)]),
    # ... not the event where a cooperation was announced
    ("Nota kesepahaman itu diteken di sela-sela Asia Water Resilience Summit 2025 di Bali.", []),
    ("Wali Kota Palu menghadiri Asia Water Resilience Summit 2025 di Bali bersama mitra kerja sama.", []),
    # quoted names after other activity words ("gerakan", "beasiswa")
    ("Pemkab Sigi menjalin kerja sama dengan UNICEF. Warga diajak mengikuti gerakan \u201cSigi Bebas Sampah Plastik\u201d.",
     [("Sigi Bebas Sampah Plastik", "waste management")]),
    ("Kemitraan itu membuka beasiswa \u201cSigi Cerdas Mendunia\u201d bagi 50 pelajar.",
     [("Sigi Cerdas Mendunia", "education")]),
    # a title-case name an activity word gives ("kegiatan bertajuk X"); a person "bernama" is none
    ("Kerja sama itu diwujudkan lewat kegiatan bertajuk Pekan Literasi Pesisir di 12 sekolah.",
     [("Pekan Literasi Pesisir", "education")]),
    ("Kerja sama itu diwujudkan lewat kegiatan bertajuk pekan literasi di 12 sekolah.", []),
    ("Seorang warga bernama Budi Santoso ikut menandatangani kerja sama itu.", []),
    # the name the text itself calls a program ("X merupakan program ..."), not a place or "kegiatan ini"
    ("Menurut Budi, Gerakan Sekolah Sehat (GSS) merupakan program bersama Pemkab Sigi dan UNICEF.",
     [("Gerakan Sekolah Sehat (GSS)", "education")]),
    ("Bersama Pemkab Sigi, Kejari Palu menjalankan Jaksa Sapa Sekolah (JSS), program yang diluncurkan tahun lalu.",
     [("Jaksa Sapa Sekolah (JSS)", "education")]),
    ("Hal itu disampaikan Bupati Sigi Mohamad Irwan, salah satu program kerja sama yang berjalan.", []),
    ("Kegiatan ini merupakan program kerja sama Pemkab Sigi dan UNICEF.", []),
    ("Kota Palu merupakan salah satu program percontohan kerja sama itu.", []),
    # the subject of the clause after a name is no second name; an agreement or a degree is no program
    ("Melalui program Desa Terang Surya, PT Cahaya Timur bersama Pemkab Sigi membangun 20 pembangkit.",
     [("program Desa Terang Surya", None)]),
    ("Kerja sama itu memakai skema Sulawesi-Mindanao Economic Partnership Agreement (SMEPA).", []),
    ("Universitas Tadulako bekerja sama dengan Pemkab Sigi untuk Program Magister Manajemen bagi ASN.", []),
    # a politician's agenda is no program
    ("Kerja sama ini sejalan dengan program 100 hari kerja Bupati.", []),
    # a festival the parties hold is one; an event named "bertajuk" only after an activity word
    ("Kedua kota bekerja sama menggelar Festival Budaya Teluk Kembar setiap tahun.",
     [("Festival Budaya Teluk Kembar", "culture")]),
    ("Penandatanganan MoU itu digelar dalam acara bertajuk Malam Ramah Tamah Bupati di Pendopo.", []),
    # meetings where a cooperation is discussed are no programs
    ("Kerja sama itu dibahas dalam \u201cRapat Koordinasi Kerja Sama Daerah 2025\u201d di Palu.", []),
    ("Kerja sama itu diumumkan dalam kegiatan bertajuk Seminar Nasional Kelautan di Palu.", []),
    ("Kerja sama itu diumumkan dalam \u201cPeringatan Hari Jadi Kota Palu ke-47\u201d di Palu.", []),
    # a document after a program word is no program
    ("Menurut Kepala Dinas, Program Budget Workplan ini menjadi dasar kerja sama Pemkab Sigi dan WHO.", []),
])
def test_program_names(text, expected):
    assert _progs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an acronym the article spells out names the program wherever it appears
    ("Dinas Kesehatan Sigi meluncurkan Gerakan Sekolah Sehat (GSS) tahun lalu. "
     "Program GSS kini dijalankan bersama UNICEF di 40 sekolah.",
     [("Gerakan Sekolah Sehat (GSS)", "education")]),
    # spelled out from a program word ("Kemitraan", "Gerakan"): a name with no program word before it
    ("Pemprov Sulteng dan Pemerintah Australia menjalin Kemitraan Australia\u2013Indonesia untuk Ketahanan "
     "Pangan Desa (KAIKPD) sejak 2020.",
     [("Kemitraan Australia\u2013Indonesia untuk Ketahanan Pangan Desa (KAIKPD)", "food security")]),
    # an acronym spelled out from a body's name is no program
    ("Pemkab Sigi bekerja sama dengan Badan Pangan Daerah (BPD) sejak 2020.", []),
    # spelled out in lower case by its initials
    ("Kodim 1306 dan Dinas Pertanian memulai cetak sawah baru (CSB) di Sigi. Kerja sama program CSB itu berjalan dua tahun.",
     [("cetak sawah baru (CSB)", "agriculture")]),
    # two names after one program word; the acronym of the first is spelled out before
    ("Kementerian PUPR membangun Penyediaan Air Minum Berbasis Masyarakat (Pamsimas) dan Tempat Olah Sampah (TOS) "
     "di Sigi. Kerja sama ini berjalan melalui program Pamsimas dan TOS.",
     [("Penyediaan Air Minum Berbasis Masyarakat (Pamsimas)", "water supply"), ("Tempat Olah Sampah (TOS)", "waste management")]),
    # "X (TJSL) atau CSR": the program is named by the acronym after "atau"
    ("Pemkab menerima program tanggung jawab sosial dan lingkungan (TJSL) atau CSR dari tiga perusahaan.",
     [("program CSR", "corporate social responsibility")]),
])
def test_program_acronyms(text, expected):
    assert _progs(text) == expected


def test_named_programs_outside_cue_sentences_only_in_cooperation_articles():
    coop = ("Pemkab Sigi dan Kota Utrecht menjalin kerja sama penanganan banjir. "
            "Sebanyak 20 warga mengikuti Coastal Resilience Exchange Initiative tahun depan.")
    assert _progs(coop) == [("Coastal Resilience Exchange Initiative", "flood management")]
    plain = "Sebanyak 20 warga mengikuti Coastal Resilience Exchange Initiative tahun depan."
    assert _progs(plain) == []


def test_a_described_topic_yields_to_a_name_said_later():
    text = ("Politeknik Sigi dan PT Mesin Teluk meneken MoU terkait kegiatan magang industri dan kontrak kerja. "
            "Penandatanganan itu menjadi dasar program magang industri bagi 40 mahasiswa.")
    assert [p[0] for p in _progs(text)] == ["program magang industri bagi 40 mahasiswa"]


def test_no_programs_from_links_to_other_articles():
    text = ("Pemkab Sigi dan Kota Utrecht menjalin kerja sama penanganan banjir.\n"
            "Simak juga: Kerja sama program Sekolah Pantai Tangguh diperluas\n"
            "Kerja sama itu berjalan lima tahun.")
    assert _progs(text) == []


def test_no_programs_without_parties():
    text = "Polres Sigi menggelar program Jumat Curhat Kamtibmas bersama warga Kecamatan Dolo."
    assert _progs(text) == [("program Jumat Curhat Kamtibmas", None)]
    assert _progs(text, partners=[]) == []


def test_programs_of_a_cooperation_article_whose_parties_were_missed():
    # the partner rules found no party (an NER miss), but the article says "kerja sama" again and again
    text = ("Kerja sama itu diteken di Palu. Melalui kerja sama tersebut, kedua pihak menjalankan "
            "program Kampung Nelayan Tangguh di pesisir Sigi.")
    assert _progs(text, partners=[]) == [("program Kampung Nelayan Tangguh", "fisheries")]


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


@pytest.mark.parametrize("texts, sector", [
    (("Program Desa Sehat", "Program itu menyediakan air minum bagi warga desa."), "water supply"),
    (("Program Rumah Layak",), None),                        # no keyword
    (("Program Subsanitasi",), None),                        # a keyword glued inside a word is none
    (("Program Kota Tangguh", "Pelatihan menghadapi BENCANA banjir."), "disaster risk reduction"),
])
def test_sector_is_the_first_keyword_starting_a_word(texts, sector):
    from pipeline.match.programs import _sector
    assert _sector(*texts) == sector


def test_weak_shapes_only_describe():
    # programs() skips the weak shapes outside cue sentences: that holds only while they yield
    # no named rule (a named rule counts in any sentence of a cooperation article)
    from pipeline.match._doc import doc_text
    from pipeline.match.partners import segments
    from pipeline.match.programs import _NAMED_RULES, WEAK_SHAPES
    doc = blank_doc("Dinas Kesehatan Sigi dan Yayasan Tepian Biru meneken nota kesepahaman terkait "
                    "pelatihan kader gizi balita di desa pesisir.")
    rules = [c.rule for _, sent in segments(doc) for shape in WEAK_SHAPES for c in shape(doc_text(doc), sent)]
    assert rules and not any(r.startswith(_NAMED_RULES) for r in rules)



@pytest.mark.parametrize("text, expected", [
    # a headline in title case: the name ends before a capitalised function word or passive verb
    ("Pemkot Bogor Jalin Kerja Sama Program Taman Cerdas Dengan Kota Suwon. Pemkot Bogor dan Kota Suwon "
     "bekerja sama.", ["Program Taman Cerdas"]),
    ("Program Kota Hijau Diluncurkan Pemkot Tegal dan Kota Ansan. Pemkot Tegal dan Kota Ansan bekerja sama.",
     ["Program Kota Hijau"]),
    # an English name goes on with what it is for, up to its acronym
    ("Kerja sama Pemprov Jambi dengan Australia berjalan melalui Coastal Livelihood Partnership for Small "
     "Island Communities (CLP-SIC) di tiga kabupaten.",
     ["Coastal Livelihood Partnership for Small Island Communities (CLP-SIC)"]),
    # a spelled-out English name with no connector: its acronym of initials marks it as coined
    ("Pemkab Donggala bekerja sama dengan Palang Merah Norwegia menjalankan Community Led Flood "
     "Preparedness (CLFP) di pesisir.", ["Community Led Flood Preparedness (CLFP)"]),
    # ... but an Indonesian body spelled out the same way is no program
    ("Pemkab Tojo Una-Una bekerja sama dengan PT Laut Biru melalui Badan Layanan Umum Daerah (BLUD) "
     "rumah sakit.", []),
    # a capitalised training names one; a lower-case one the parties hold for people it names is presented as
    # one too, as annotators write it ("pelatihan ... bagi ..."); without whom it serves it is a kind of activity
    ("Pemkab Sumbawa dan Pemerintah Prefektur Aomori menggelar Pelatihan Teknik Irigasi Hemat Air bagi "
     "penyuluh.", ["Pelatihan Teknik Irigasi Hemat Air"]),
    ("Pemkab Sumbawa dan Pemerintah Prefektur Aomori menggelar pelatihan irigasi hemat air bagi penyuluh.",
     ["pelatihan irigasi hemat air bagi penyuluh"]),
    ("Pemkab Sumbawa dan Pemerintah Prefektur Aomori menggelar pelatihan irigasi hemat air.", []),
    # a program word closing a list of title-case words is inside a body's name
    ("Balai Pendidikan dan Pelatihan Tenaga Kesehatan bekerja sama dengan Universitas Hasanuddin.", []),
    # a program word inside an Indonesian office title
    ("Pemkab Sikka dan Yayasan Bina Tani bekerja sama. Konsultan Proyek Air Bersih Sikka, Yosef Dore, "
     "mengatakan kerja sama itu menjangkau 20 desa.", []),
    ("Pemkab Sikka dan Yayasan Bina Tani bekerja sama. Staf Ahli Program Pangan Yayasan Bina Tani, "
     "Maria Goreti, mengatakan kerja sama itu menjangkau 20 desa.", []),
    # "dengan nama" gives a name like "bernama"
    ("Pemkot Blitar dan Kota Tamana bekerja sama menggelar kegiatan dengan nama Pekan Budaya Blitar Tamana "
     "setiap tahun.", ["Pekan Budaya Blitar Tamana"]),
    # a number can open a name; before a lower-case word it counts something
    ("Pemkot Batam dan PT Kabel Nusantara bekerja sama menjalankan Gerakan 1000 Startup Digital bagi pemuda.",
     ["Gerakan 1000 Startup Digital"]),
    ("Pemkot Batam dan PT Kabel Nusantara bekerja sama dalam program 100 hari kerja wali kota.", []),
    # a quoted name keeps its lower-case words; a quoted statement (with a comma) is no name
    ("Pemkab Bantul dan Yayasan Pelita bekerja sama melalui program \u201cGerakan Kembali ke Sekolah\u201d "
     "bagi anak putus sekolah.", ["Gerakan Kembali ke Sekolah"]),
    ("Pemkab Bantul dan Yayasan Pelita bekerja sama. Hal itu disampaikan dalam \u201cKami ingin semua anak "
     "sekolah,\u201d ujarnya.", []),
    # a cooperation that the text names runs under that name
    ("Pemprov Jabar dan Negara Bagian Victoria menjalin kerja sama bertajuk Priangan Future Leaders bagi "
     "30 pemuda.", ["Priangan Future Leaders"]),
    ("Pemprov Jabar dan Negara Bagian Victoria menjalin kerja sama dengan perusahaan bernama PT Sinar Jaya.", []),
    # "Program pertama adalah X": the program word opens the clause; "Lokasi program ... adalah" names places
    ("Pemkab Lebak dan Kota Gimhae menjalin kerja sama. Program pertama adalah Pertukaran Petani Muda "
     "Lebak-Gimhae.", ["Pertukaran Petani Muda Lebak-Gimhae"]),
    ("Pemkab Lebak dan Kota Gimhae menjalin kerja sama. Penerima program itu adalah Kelompok Tani Maju.", []),
    ("Pemkab Lebak dan Kota Gimhae menjalin kerja sama. Menurut dia, program tersebut adalah Program Unggulan "
     "Bupati Lebak.", []),
    # an English name run that opens with a party and "dan" starts after it
    ("Kerja sama Pemkab Sigi dan Tepian Biru Village Water Program (VWP) menjangkau 20 desa.",
     ["Tepian Biru Village Water Program (VWP)"]),
    # a stage word opens a title-case name; lower case it only describes
    ("Pemkab Gowa bekerja sama dengan Kota Gimcheon melalui Proyek Percontohan Pengolahan Sampah Terpadu.",
     ["Proyek Percontohan Pengolahan Sampah Terpadu"]),
    ("Pemkab Gowa bekerja sama dengan Kota Gimcheon dalam proyek percontohan implementasi bank sampah.", []),
    # an event held together ends in an event word like "Festival" or "Summit"
    ("Pemprov Sumut dan Negeri Pulau Pinang bekerja sama menggelar Deli-Penang Halal Food Expo 2025 di Medan.",
     ["Deli-Penang Halal Food Expo 2025"]),
    # a name the text gives may open with a word programs share with places and schools
    ("Pemkab Lebak dan Kota Gimhae bekerja sama menjalankan program bernama Sekolah Lapang Iklim bagi petani.",
     ["Sekolah Lapang Iklim"]),
    ("Pemkab Lebak dan Kota Gimhae bekerja sama dalam kegiatan yang dinamai Kota Tanpa Sampah.",
     ["Kota Tanpa Sampah"]),
])
def test_other_outlets_shapes(text, expected):
    assert [name for name, _ in _progs(text)] == expected


def test_a_person_after_an_introducing_word_is_no_program():
    text = ("Pemkab Lebak dan Kota Gimhae menjalin kerja sama pertanian. Koordinator program tersebut "
            "yakni Budi Santoso, staf dinas.")
    assert [p.name for p in programs(blank_doc(text, (("Budi Santoso", "PER"),)))] == []
    # without the entity the same words read as a name: the filter is the NER label
    assert [p.name for p in programs(blank_doc(text))] == ["Budi Santoso"]


def test_a_word_that_gives_a_name_outweighs_a_person_label():
    text = ("Pemkab Natuna dan Korea Maritime Institute bekerja sama menjalankan inisiatif bernama "
            "Smart Harbour Village di Pulau Sedanau.")
    doc = blank_doc(text, (("Smart Harbour Village", "PER"),))
    assert [p.name for p in programs(doc)] == ["Smart Harbour Village"]


def test_a_program_word_inside_a_body_the_ner_saw_is_no_program():
    text = "Pemkab Lebak dan Kota Gimhae bekerja sama dengan Balai Besar Pelatihan Pertanian Lembang."
    assert [p.name for p in programs(blank_doc(text, (("Balai Besar Pelatihan Pertanian Lembang", "ORG"),)))] == []
    # a headline's body ("Pemkot") before a verb does not swallow the program after it
    text = "Pemkot Luncurkan Program Taman Cerdas. Pemkot Bogor dan Kota Suwon bekerja sama."
    assert [p.name for p in programs(blank_doc(text, (("Pemkot", "ORG"),)))] == ["Program Taman Cerdas"]


@pytest.mark.parametrize("text, expected", [
    # two English names joined by "dan", the first ending on a program word
    ("Kedua kota sepakat meluncurkan dua program baru, yaitu Coastal School Partnership dan Young Leaders "
     "Exchange Programme.", ["Coastal School Partnership", "Young Leaders Exchange Programme"]),
    # a connector inside one name is no join
    ("Kedua kota menjalankan Partnership for Clean Rivers and Green Schools Program tahun ini.",
     ["Partnership for Clean Rivers and Green Schools Program"]),
])
def test_two_english_names_joined_by_dan_are_two_programs(text, expected):
    assert [n for n, _ in _progs(text)] == expected


def test_a_discourse_word_opening_the_sentence_is_not_part_of_the_name():
    text = ("Kota Palu dan Kota Kuching menyepakati dua kegiatan. Adapun Young Leaders Exchange Programme akan "
            "mengirim 15 pemuda setiap tahun.")
    assert [n for n, _ in _progs(text)] == ["Young Leaders Exchange Programme"]


@pytest.mark.parametrize("text, expected", [
    # one government body runs it, named beside the cooperation: its own program
    ("Pemprov Gorontalo dan KOICA meluncurkan program Desa Pintar Pesisir. Program itu sejalan dengan program "
     "Gorontalo Maju yang dijalankan Pemprov Gorontalo sejak 2020.", ["program Desa Pintar Pesisir"]),
    ("Pemkab Sigi dan JICA meluncurkan proyek Air Bersih Lembah. Desa lain dijangkau program Listrik Lembah "
     "milik PT Listrik Sigi.", ["proyek Air Bersih Lembah"]),
    ("Pemkab Sigi dan JICA meluncurkan proyek Air Bersih Lembah. Pemkab Sigi selama ini mengandalkan program "
     "Sumur Warga Mandiri yang dibiayai APBD.", ["proyek Air Bersih Lembah"]),
    ("Pemkot Palu dan Kota Davao bekerja sama dalam program Sekolah Hijau Pesisir. Selama ini, Pemkot Palu "
     "menjalankan Gerakan Palu Bebas Plastik di tingkat RW.", ["program Sekolah Hijau Pesisir"]),
    # ... unless a second party runs it too, or a partner funds it
    ("Pemkab Sigi dan JICA bekerja sama. Program Sumur Warga Mandiri yang dijalankan Pemkab Sigi bersama JICA "
     "menjangkau 20 desa.", ["Program Sumur Warga Mandiri"]),
    ("Pemkab Sigi dan USAID bekerja sama. Program Sumur Warga Mandiri yang didanai USAID menjangkau 20 desa.",
     ["Program Sumur Warga Mandiri"]),
    ("Pemkab Sigi dan USAID bekerja sama. Pemkab Sigi menjalankan program Sumur Warga Mandiri yang didanai USAID.",
     ["program Sumur Warga Mandiri"]),
    # a foreign agency running a program in a cooperation's report runs the cooperation's program
    ("Pemkab Sigi dan KOICA bekerja sama. KOICA juga menjalankan program Sekolah Sehat Lembah di Sigi.",
     ["program Sekolah Sehat Lembah"]),
])
def test_a_program_one_government_body_runs_alone_is_none(text, expected):
    assert [n for n, _ in _progs(text)] == expected


@pytest.mark.parametrize("text, partners, expected", [
    # one Indonesian body and no word of cooperation: ordinary news of its own programs
    ("Dinas Sosial Kabupaten Sigi menyalurkan bantuan Program Keluarga Sejahtera (PKS) kepada 4.000 keluarga.",
     ["Dinas Sosial Kabupaten Sigi"], []),
    # a foreign country named: the partner rules missed the other side
    ("Pemerintah Australia dan Pemprov Sulteng meluncurkan Program Pangan Lahan Kering (PPLK) di Sigi.",
     ["Pemprov Sulteng"], ["Program Pangan Lahan Kering (PPLK)"]),
    # a cooperation word: the article reports one
    ("Dinas Sosial Kabupaten Sigi bekerja sama menyalurkan bantuan Program Keluarga Sejahtera (PKS) di Sigi.",
     ["Dinas Sosial Kabupaten Sigi"], ["Program Keluarga Sejahtera (PKS)"]),
])
def test_one_domestic_body_without_cooperation_runs_no_program_of_ours(text, partners, expected):
    assert [n for n, _ in _progs(text, partners)] == expected


@pytest.mark.parametrize("text, expected", [
    # a program word followed only by a place, or by "serupa", names nothing
    ("Kerja sama itu menjadi proyek serupa di Kabupaten Sigi. Proyek di Sulawesi Tengah itu yang pertama.", []),
    # a date in brackets after a comma is no acronym closing a name
    ("JICA dan Pemkab Sigi menandatangani dokumen proyek AKS, Selasa (5/3/2024).", ["proyek AKS"]),
    # "untuk" with a title-case purpose stays in the name; a place after it does not
    ("Pemkot Palu dan USAID meneken kesepakatan program Air Bersih untuk Kota Tangguh di Palu.",
     ["program Air Bersih untuk Kota Tangguh"]),
    ("Pemkot Palu dan USAID meneken kesepakatan program Air Bersih Pesisir untuk Kabupaten Sigi.",
     ["program Air Bersih Pesisir"]),
    # one title-case word of purpose stays in the name where the name's acronym closes it
    ("Pemkab Sigi dan UNICEF meluncurkan program Gerakan Gizi Lokal untuk Balita (GIZITA) di tiga desa.",
     ["program Gerakan Gizi Lokal untuk Balita (GIZITA)"]),
    ("Pemkot Palu dan USAID meneken kesepakatan program Air Bersih Pesisir untuk Sigi (Sulteng).",
     ["program Air Bersih Pesisir"]),
    # "ACR atau Expansion": the acronym said first is spelled out after "atau"
    ("KOICA dan Pemkab Sigi menandatangani kerja sama proyek SVB. SVB atau Smart Village Builders for Rural "
     "Growth merupakan hibah senilai 7 juta dolar AS.", ["Smart Village Builders for Rural Growth (SVB)"]),
])
def test_names_end_where_a_place_or_date_begins_and_spelled_out_acronyms_resolve(text, expected):
    assert [n for n, _ in _progs(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # an activity the text calls part of a program or a cooperation, even with a head word of places
    ("Pemkot Palu dan UNICEF bekerja sama. Kader belajar dalam kegiatan Sekolah Gizi Kelurahan yang merupakan "
     "bagian dari kerja sama itu.", ["Sekolah Gizi Kelurahan"]),
    ("Pemkab Sigi dan Universitas Tadulako bekerja sama. Mahasiswa mendampingi Desa Usaha Pemuda yang menjadi "
     "bagian dari kerja sama tersebut.", ["Desa Usaha Pemuda"]),
    # ... but not a place that is only where it happens
    ("Pemkab Sigi dan Universitas Tadulako bekerja sama. Kabupaten Sigi merupakan bagian dari kerja sama itu.",
     []),
    # a summer or winter school is a program, though "school" alone is a body
    ("Universitas Tadulako bersama Kobe University membuka Joint Summer School on Coastal Hazards di Palu. "
     "Kegiatan itu bagian dari kerja sama kedua kampus.",
     ["Joint Summer School on Coastal Hazards"]),
])
def test_parts_of_a_program_and_summer_schools_are_programs(text, expected):
    assert [n for n, _ in _progs(text)] == expected


def test_a_training_described_with_whom_it_serves_is_a_program():
    text = ("Pemkab Sigi bekerja sama dengan Universitas Tadulako menggelar pelatihan kewirausahaan bagi 100 "
            "pemuda desa di Palu.")
    doc = blank_doc(text, (("Pemkab Sigi", "ORG"), ("Universitas Tadulako", "ORG")))
    assert [p.name for p in programs(doc)] == ["pelatihan kewirausahaan bagi 100 pemuda desa di Palu"]
    # the program the cooperation runs includes it, no party named in the sentence
    text = "Pemkab Sigi dan JICA bekerja sama. Program itu mencakup pelatihan pengolahan jagung bagi kelompok tani."
    assert [n for n, _ in _progs(text)] == ["pelatihan pengolahan jagung bagi kelompok tani"]


@pytest.mark.parametrize("text", [
    # a wish of someone who is no party
    "Pemkab Sigi dan JICA bekerja sama. Kepala Desa Tondo berharap program itu berlanjut dengan pelatihan "
    "perawatan pompa bagi pemuda desa.",
    # without whom it serves, a kind of activity
    "Pemkab Sigi dan JICA bekerja sama. Program itu mencakup pelatihan kader posyandu.",
])
def test_a_training_that_is_a_wish_or_a_kind_of_activity_is_none(text):
    assert [n for n, _ in _progs(text)] == []


@pytest.mark.parametrize("text, partners, expected", [
    # an event opened as the news, its sentence tied to no party or cooperation
    ("Pemkab Sigi dan JICA bekerja sama sejak 2020. Festival Lembah Palu 2024 resmi dibuka di Lapangan Vatulemo.",
     ["Pemkab Sigi", "JICA"], []),
    # an event where products are shown is a venue
    ("Pemkab Sigi dan JICA bekerja sama. Produk peserta akan dipamerkan dalam Festival Kopi Lembah 2024.",
     ["Pemkab Sigi", "JICA"], []),
    # both parties in the event's sentence: a program of theirs
    ("Pemkot Palu dan Kota Davao bekerja sama. Delegasi Kota Davao selalu tampil dalam Festival Teluk Palu yang "
     "diselenggarakan Pemkot Palu.", ["Pemkot Palu", "Kota Davao"], ["Festival Teluk Palu"]),
    ("Pemkot Palu dan Kota Davao bekerja sama. Kedua kota akan menggelar Festival Budaya Serumpun setiap tahun.",
     ["Pemkot Palu", "Kota Davao"], ["Festival Budaya Serumpun"]),
])
def test_an_event_is_a_program_only_where_its_sentence_ties_it_to_the_parties(text, partners, expected):
    assert [n for n, _ in _progs(text, partners)] == expected


@pytest.mark.parametrize("text, expected", [
    # both parties run or launch a title-case name
    ("Pemkot Palu dan Kota Davao bekerja sama. Kedua kota juga akan menggelar Pekan Seni Teluk secara bergantian.",
     ["Pekan Seni Teluk"]),
    ("Pemkab Sigi dan Universitas Tadulako bekerja sama. Kedua pihak sepakat membentuk Sekolah Lapang Kakao tahun ini.",
     ["Sekolah Lapang Kakao"]),
    # ... not a place or a body
    ("Pemkab Sigi dan Universitas Tadulako bekerja sama. Kedua pihak akan membentuk Badan Pengelola Kawasan "
     "Lembah di Palu.", []),
])
def test_a_name_both_parties_run_is_a_program(text, expected):
    assert [n for n, _ in _progs(text)] == expected


def test_a_sister_school_program_is_a_program_as_a_sister_hospital_is():
    text = "Pemkot Palu dan Kota Davao melanjutkan program \u201cSister School\u201d bagi siswa kedua kota."
    assert [n for n, _ in _progs(text)] == ["Sister School"]
    # the sister-city tie itself is the kind of cooperation
    assert _progs("Kedua kota menjalankan program Kota Bersaudara (Sister City) sejak 2015.") == []


@pytest.mark.parametrize("text, expected", [
    # a description followed by the name it is given: the name is the program
    ("Pemkot Palu dan Kobe University meluncurkan program pertukaran mahasiswa bernama Teluk-Kobe Student Exchange.",
     ["Teluk-Kobe Student Exchange"]),
    # "with" inside an English name
    ("Pemkot Palu dan Kedutaan Besar Belanda bekerja sama lewat inisiatif Building with Nature Teluk Palu.",
     ["inisiatif Building with Nature Teluk Palu"]),
    # a description goes on with whom it serves
    ("Kerja sama itu dilengkapi program beasiswa teknik sipil bagi 20 pemuda asli Sigi.",
     ["program beasiswa teknik sipil bagi 20 pemuda asli Sigi"]),
    # a program the text calls one official's own, and one run by a body whose name holds "dan"
    ("Pemkab Sigi dan JICA bekerja sama. Program itu sejalan dengan Sigi Maju, program unggulan Bupati Sigi.", []),
    ("Pemkab Sigi dan JICA bekerja sama. Kerja sama itu melengkapi program Kampung Hijau Lembah yang dikelola "
     "Dinas Lingkungan Hidup dan Kehutanan Sigi.", []),
    # ... but "dan" before a second body makes it joint
    ("Pemkab Sigi dan JICA bekerja sama. Program Kampung Hijau Lembah yang dikelola Pemkab Sigi dan JICA "
     "menjangkau 20 desa.", ["Program Kampung Hijau Lembah"]),
])
def test_descriptions_yield_to_given_names_and_owned_programs_are_none(text, expected):
    assert [n for n, _ in _progs(text)] == expected


def test_a_name_given_after_a_description_with_a_list_noun_is_kept():
    # "perusahaan" would mark a list of companies after "yakni"; after "bernama" a name follows
    text = ("PT Sawit Teluk bekerja sama dengan Pemkab Sigi melalui program tanggung jawab sosial perusahaan bernama "
            "Sigi Bebas Malaria 2027.")
    assert [n for n, _ in _progs(text)] == ["Sigi Bebas Malaria 2027"]
    # participants attend a training the cooperation runs
    text = "Pemkab Sigi dan JICA bekerja sama. Sebanyak 40 petani akan mengikuti pelatihan budi daya kakao bagi petani muda."
    assert [n for n, _ in _progs(text)] == ["pelatihan budi daya kakao bagi petani muda"]


@pytest.mark.parametrize("text, expected", [
    # a program the cooperation is set beside
    ("Pemkab Sigi dan JICA bekerja sama. Kerja sama itu sejalan dengan program Sigi Hijau Lestari.", []),
    ("Pemkab Sigi dan JICA bekerja sama. Proyek itu melengkapi program Kampung Hijau Lembah di 20 desa.", []),
    ("Pemkab Sigi dan JICA bekerja sama. Proyek itu sejalan dengan gerakan bernama Sigi Bersih Sungai.", []),
    # a campaign an official champions alone
    ("Pemkab Sigi dan JICA bekerja sama. Kerja sama ini mendukung kampanye Sigi Bersih Sigi Sehat yang digaungkan "
     "Bupati Sigi.", []),
    # the cooperation's own program, set beside nothing
    ("Pemkab Sigi dan JICA bekerja sama dalam program Sigi Hijau Lestari.", ["program Sigi Hijau Lestari"]),
])
def test_a_program_set_beside_the_cooperation_is_another_one(text, expected):
    assert [n for n, _ in _progs(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # parties working together run a title-case name
    ("Pemkab Sigi dan JICA bekerja sama menjalankan Sekolah Lapang Iklim bagi 300 petani.", ["Sekolah Lapang Iklim"]),
    # an acronym the text gives as the name
    ("Pemkab Sigi dan JICA bekerja sama. Proyek yang dinamai SIGAP itu menyasar 20 desa.", ["SIGAP"]),
    # ... not a one-word name without a naming word
    ("Pemkab Sigi dan JICA bekerja sama. Program itu antara lain SIGAP.", []),
])
def test_names_run_together_and_acronyms_given_as_names(text, expected):
    assert [n for n, _ in _progs(text)] == expected


@pytest.mark.parametrize("text, partners, expected", [
    # a title-case name run together with a party
    ("Pemkab Sigi dan WFP bekerja sama. Pelatihan dilakukan melalui Kelas Dapur Sehat yang digelar bersama WFP.",
     ["Pemkab Sigi", "WFP"], ["Kelas Dapur Sehat"]),
    # an event one government body holds, the other party absent from the sentence
    ("Pemkot Palu dan Kota Davao bekerja sama. Kunjungan itu bertepatan dengan Festival Teluk Palu 2024 yang digelar "
     "Dinas Pariwisata Sulawesi Tengah.", ["Pemkot Palu", "Kota Davao"], []),
    # ... the other party taking part in it
    ("Pemkot Palu dan Kota Davao bekerja sama. Delegasi Kota Davao tampil dalam Festival Teluk Palu yang digelar "
     "Pemkot Palu.", ["Pemkot Palu", "Kota Davao"], ["Festival Teluk Palu"]),
])
def test_names_run_with_a_party_and_events_one_body_holds(text, partners, expected):
    assert [n for n, _ in _progs(text, partners)] == expected


# ---------------------------------------------------------------- the literal gate on the shapes' regexes

def _all_program_regexes():
    from pipeline.match import programs as mod
    sections = ("proper", "quoted", "introduced", "agreement", "described", "agreement_topic", "launched")
    return [rx for sec in sections for _, rx in mod._compiled(sec)] + [
        mod._alternation("phrase_heads"), mod._alternation("proper_heads"), mod._SERVED]


def test_gate_literals_are_read_from_the_pattern():
    import re

    from pipeline.match._doc import gate_literals
    # the longest required stretch wins: the alternation after the class-led run
    assert set(gate_literals(re.compile(r"(?<!\w)[A-Z]\w*\s+(?i:program|proyek)\s+"))) == {"program", "proyek"}
    # a common prefix the parser factors out is put back on each alternative
    assert set(gate_literals(re.compile(r"(?:Program|Programme|Project)\b"))) == {"program", "programme", "project"}
    # an optional opening ("kerja ?sama") keeps what is certain
    assert gate_literals(re.compile(r"(?i:kerja ?sama)\s+")) == ("kerja",)
    # nothing long enough is required: no gate
    assert gate_literals(re.compile(r"\s+(?:di|ke)\s+[A-Z]")) is None
    assert gate_literals(re.compile(r"(?:program|)\s+X")) is None


_GATE_TEXTS = [
    "Pemkot Sigi dan Kota Lyon bekerja sama meluncurkan Program Kampung Hijau (PKH), program yang dijalankan bersama.",
    "Kegiatan bertajuk Pekan Literasi Pesisir digelar. PROGRAM MAGANG itu diprogramkan ulang; MoU tentang pelatihan guru.",
    "Nota Kesepahaman (MoU) Sister Hospital antara RS Sentosa dan Klinik Adelaide diteken; Gerakan Desa Bersih merupakan program daerah.",
    "Kedua pihak akan menggelar pelatihan kewirausahaan bagi 200 pemuda desa, kata Budi.\nSKEMA Hibah Air merupakan bagian dari program kerja sama.",
    "PT Listrik Sigi bersama Pemkot Sigi MEMULAI UJI COBA Sarapan Sehat Anak, lalu memperluas KALAS (Kelola Laut) "
    "dan program \u201cbank sampah laut\u201d; MOU Sister Clinic diteken.",
    # letters a case-blind regex matches to ASCII ones: the gate steps aside
    "Pemkot \u0130stanbul menjalankan PROGRAM \u0130novasi Kota, kerja sama dengan ajang Expo \u212aota Tua.",
]


@pytest.mark.parametrize("text", _GATE_TEXTS)
def test_the_gate_never_hides_a_match(text):
    """Wherever a regex matches between two offsets (ends cut inside words too), the gate lets it be scanned."""
    from pipeline.match._doc import may_match
    doc = blank_doc(text)
    cuts = sorted({0, len(text)} | {i for i, ch in enumerate(text) if not ch.isalnum()} | set(range(0, len(text), 7)))
    for rx in _all_program_regexes():
        for i, a in enumerate(cuts):
            for b in cuts[i + 1:i + 12]:
                if rx.search(text, a, b):
                    assert may_match(doc, rx, a, b), (rx.pattern[:60], text[a:b])


@pytest.mark.parametrize("text", _GATE_TEXTS)
def test_programs_are_the_same_with_and_without_the_gate(text, monkeypatch):
    from pipeline.match import programs as mod
    parts = [Partner(name="Pemkot Sigi"), Partner(name="Kota Lyon")]
    gated = programs(blank_doc(text), parts)
    monkeypatch.setattr(mod, "may_match", lambda *args: True)
    assert programs(blank_doc(text), parts) == gated


def test_the_gate_skips_lines_without_the_words():
    from pipeline.match._doc import may_match
    from pipeline.match.programs import _alternation
    text = "Wali kota meresmikan jembatan baru. Program Kampung Hijau berjalan."
    doc = blank_doc(text)
    cut = text.index("Program")
    assert not may_match(doc, _alternation("phrase_heads"), 0, cut)
    assert may_match(doc, _alternation("phrase_heads"), cut, len(text))


def test_a_regex_needing_two_words_is_gated_on_both():
    import re

    from pipeline.match._doc import gate_literal_sets, may_match
    rx = re.compile(r"(?<![\w-])(?i:program|proyek)\b[^.;]{0,60}?(?<!\w)(?i:seperti|yakni)\s+")
    assert {frozenset(s) for s in gate_literal_sets(rx)} == {frozenset({"program", "proyek"}),
                                                             frozenset({"seperti", "yakni"})}
    text = "Program itu berjalan baik. Proyek lain, seperti Desa Hijau, menyusul."
    doc = blank_doc(text)
    cut = text.index("Proyek")
    assert not may_match(doc, rx, 0, cut)   # a program word, no word that introduces names
    assert may_match(doc, rx, cut, len(text))


@pytest.mark.parametrize("text, expected", [
    # a program its own government pays for ("dengan anggaran APBD") is that body's alone, even after "dengan"
    ("Pemkab Sigi dan PT Sawit Lembah meneken kerja sama program Sekolah Ibu Lembah. Sebelumnya, Pemkab Sigi "
     "menjalankan Gerakan Sigi Bersih Sungai sejak 2022 dengan anggaran APBD.", ["program Sekolah Ibu Lembah"]),
    ("Pemkab Sigi dan KOICA bekerja sama dalam program Kelas Baca Lembah. Bupati menambahkan pemkab juga terus "
     "menjalankan Gerakan Sigi Gemar Membaca yang dicanangkan sejak 2021 dengan anggaran daerah.",
     ["program Kelas Baca Lembah"]),
    # ... but one it pays a share of, the rest from a party, is run under the cooperation
    ("Pemkab Sigi dan PT Sawit Lembah meneken PKS. Total dana program Beasiswa Anak Asli Sigi itu sekitar Rp18 "
     "miliar, di mana 60 persen ditanggung APBD Sigi dan sisanya dari dana tanggung jawab sosial PT Sawit Lembah.",
     ["program Beasiswa Anak Asli Sigi"]),
    # "yang akan dijalankan Dinas X": the owner after a modal
    ("Pemkab Sigi dan WRI Indonesia bekerja sama dalam program Desa Iklim Lembah. Bupati juga meluncurkan kampanye "
     "Sigi Nol Plastik yang akan dijalankan Dinas Lingkungan Hidup.", ["program Desa Iklim Lembah"]),
    # the central government trying out a national program
    ("Pemkab Sigi dan UNICEF bekerja sama dalam program Gizi Lembah Sehat. Di sisi lain, pemerintah pusat mulai "
     "menguji coba program Makan Siang Sekolah di Sigi.", ["program Gizi Lembah Sehat"]),
])
def test_a_program_its_own_government_funds_or_tries_out_is_none(text, expected):
    assert [n for n, _ in _progs(text)] == expected


def test_a_program_a_foreign_party_runs_is_a_cooperation_program():
    text = ("Uni Eropa dan ILO bekerja sama di Sigi. Inisiatif itu didanai Uni Eropa melalui proyek Safe Work "
            "for Village Migrants yang dijalankan ILO di Asia Tenggara.")
    parts = [Partner(name="Uni Eropa", scope="foreign"), Partner(name="ILO", scope="foreign")]
    assert [p.name for p in programs(blank_doc(text), parts)] == ["proyek Safe Work for Village Migrants"]
    domestic = [Partner(name="Uni Eropa", scope="foreign"), Partner(name="ILO", scope="domestic")]
    assert programs(blank_doc(text), domestic) == []


@pytest.mark.parametrize("text, expected", [
    # "Program X atau ACR": the name with its acronym, not "Program ACR"
    ("Pemkab Sigi dan Yayasan Hutan Lestari bekerja sama dengan nama Program Kakao Rakyat Lestari atau KARAL.",
     ["Program Kakao Rakyat Lestari (KARAL)"]),
    # an acronym coined as a word ("INOVASI"), spelled out after "atau", names the program it stands for
    ("Pemkab Sigi dan Pemerintah Australia memperluas program PINTAR ke 60 sekolah. PINTAR atau Partnership for "
     "Indonesian Numeracy and Reading merupakan program kemitraan kedua negara.",
     ["Partnership for Indonesian Numeracy and Reading (PINTAR)"]),
    # a short lower-case name quoted after a program word
    ("Kegiatan itu bagian dari program \u201cbank sampah pesisir\u201d yang dijalankan Yayasan Laut Sigi bersama "
     "Pemkab Sigi.", ["bank sampah pesisir"]),
    # the host place of a description, after "di" and a place noun
    ("Kedua kampus menyepakati program magang industri di kawasan industri Batu Ampar, Batam, bagi mahasiswa.",
     ["program magang industri di kawasan industri Batu Ampar"]),
])
def test_names_with_coined_acronyms_quoted_phrases_and_host_places(text, expected):
    assert [n for n, _ in _progs(text)] == expected


def test_a_partner_named_like_a_program_is_the_program_after_a_program_word():
    # the partner rules may take "Sekolah X (ACR)" for a body; after "program" it is what the parties run
    text = "PT Nikel Sigi dan Pemkab Sigi meneken kerja sama untuk program Sekolah Ibu Mandiri (SIMA) di 40 desa."
    parts = [Partner(name="PT Nikel Sigi"), Partner(name="Pemkab Sigi"), Partner(name="Sekolah Ibu Mandiri (SIMA)")]
    assert [p.name for p in programs(blank_doc(text), parts)] == ["program Sekolah Ibu Mandiri (SIMA)"]


@pytest.mark.parametrize("text, expected", [
    # a title-case name a party opens or runs, in a sentence of the cooperation or with the party as subject
    ("Lewat kerja sama ini kami juga akan membuka Kelas Nelayan Digital di Sigi.", ["Kelas Nelayan Digital"]),
    ("Pemkab Sigi dan Yayasan Kakao Lestari bekerja sama. Rina menambahkan, pihaknya juga akan membuka Sekolah "
     "Lapang Kakao Lestari bagi penyuluh.", ["Sekolah Lapang Kakao Lestari"]),
    ("Pemkab Sigi dan WFP bekerja sama memulai uji coba Sarapan Sehat Anak Lembah di 40 sekolah.",
     ["Sarapan Sehat Anak Lembah"]),
    # meetings, briefings, laws, offices and places are opened or run too, and are none
    ("Kemenlu dan Pemprov Sulteng menggelar Sosialisasi Kerja Sama Luar Negeri di Hotel Palu Indah.", []),
    ("Pemkab Sigi dan KOICA bekerja sama. Bupati membuka Rapat Koordinasi Penanggulangan Bencana Daerah.", []),
    ("Pemkab Sigi dan KOICA bekerja sama menjalankan Peraturan Daerah Nomor 5 Tahun 2023.", []),
    ("Pemkab Sigi dan KOICA bekerja sama membuka Kantor Perwakilan Sigi di Palu.", []),
    ("Pemkab Sigi dan KOICA bekerja sama. Wisatawan kedua daerah datang melalui Pelabuhan Teluk Palu Baru.", []),
    # nor does a launched name in a sentence that neither speaks of the cooperation nor has a party as subject
    ("Pemkab Sigi dan KOICA bekerja sama. Bupati juga meluncurkan Sigi Bersih Sungai Lestari pekan lalu.", []),
])
def test_a_name_a_party_opens_or_runs_is_a_program(text, expected):
    assert [n for n, _ in _progs(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a description whose program word comes back with the name is that program, named
    ("Pemkab Kolaka bersama Yayasan Bakau Lestari memulai proyek rehabilitasi mangrove di pesisir Kecamatan "
     "Pomalaa. Proyek bertajuk Pesisir Bakau Hijau itu menargetkan 100.000 bibit.", ["Pesisir Bakau Hijau"]),
    # one word of field and the owner: all of a body's programs, not one
    ("Pemkot Palu dan Kota Davao menjajaki kerja sama. Wali kota memperkenalkan program lingkungan Kota Palu.", []),
    # a training the partnership funds, with whom it serves
    ("Kemitraan itu juga mendanai pelatihan pemandu selam bagi pemuda pesisir sejak tahun lalu.",
     ["pelatihan pemandu selam bagi pemuda pesisir"]),
    # a proper name said after a description of the same program stands for both
    ("Banjir rob merendam pelabuhan. Kini, proyek tanggul laut yang dirancang setelah itu mulai dibiayai. Pemkot "
     "Sigi dan JICA meneken perjanjian pinjaman untuk Proyek Tanggul Laut dan Pengendalian Rob Sigi Timur.",
     ["Proyek Tanggul Laut dan Pengendalian Rob Sigi Timur"]),
    # ... but a description of a program the article names is that program told again
    ("Pemkab Sigi bekerja sama dengan Yayasan Teluk Biru dalam Program Beasiswa Sigi Cerdas. Kerja sama itu "
     "mendanai beasiswa penuh bagi 150 mahasiswa asal Sigi.", ["Program Beasiswa Sigi Cerdas"]),
    ("Pemkab Sigi bekerja sama dengan Yayasan Teluk Biru dalam Program Beasiswa Sigi Cerdas. Kerja sama itu "
     "juga mendanai pelatihan pemandu selam bagi pemuda pesisir.",
     ["Program Beasiswa Sigi Cerdas", "pelatihan pemandu selam bagi pemuda pesisir"]),
])
def test_descriptions_named_later_owners_fields_and_funded_trainings(text, expected):
    assert [n for n, _ in _progs(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # two bodies as the subject of a launch
    ("PT Listrik Lembah bekerja sama dengan Pemkot Sigi. PT Listrik Lembah bersama Pemerintah Kota Sigi meluncurkan "
     "Kampung Listrik Petani di Kelurahan Bora.",
     ["Kampung Listrik Petani"]),
    # one a body runs through its office with its own money
    ("PT Listrik Lembah dan Pemkot Sigi bekerja sama. Wali kota menambahkan, pemkot terus menjalankan program Sigi "
     "Juara Tani melalui Dinas Pangan, Pertanian dan Perikanan dengan dana APBD.", []),
    # ... but a foreign government's program is given under a cooperation
    ("Pemkab Sigi menerima hibah sekolah dari program Akar Rumput Mandiri dari Pemerintah Jepang.",
     ["program Akar Rumput Mandiri"]),
    # a list item's money is its own: "HALS (...) dan program yang didanai APBN" does not fund HALS
    ("Pemkab Sigi bekerja sama dengan Kementerian PUPR dalam beberapa program seperti HAPD (hibah air pedesaan), "
     "HALD (hibah air limbah desa) dan program yang didanai APBN.",
     ["HAPD (hibah air pedesaan)", "HALD (hibah air limbah desa)"]),
    # names given to a class or a school, and a university's community service program
    ("Kota Sigi dan Kota Meizhou menjalin kerja sama kota kembar. Kota Meizhou juga akan membantu pendirian kelas "
     "bahasa bernama Rumah Mandarin Sigi di kompleks balai kota.",
     ["Rumah Mandarin Sigi"]),
    ("Perpanjangan MoU ditandai penerjunan 400 mahasiswa KKN Tematik Desa Digital di 126 desa.",
     ["KKN Tematik Desa Digital"]),
])
def test_joint_launches_national_programs_list_items_and_named_classes(text, expected):
    assert [n for n, _ in _progs(text)] == expected


def test_a_passive_verb_ends_a_description():
    text = "Pemkab Sigi dan Bank Dunia bekerja sama. Peluncuran proyek digelar di Bendungan Lembah, Selasa."
    assert _progs(text) == []


def test_an_english_name_the_ner_model_calls_a_person_is_a_program_name():
    from pipeline.match.programs import _english_common
    assert _english_common("Celebes Mangrove Student Mobility") and _english_common("Palu Climate Lab")
    assert not _english_common("Budi Santoso") and not _english_common("Maria Ulfa Rahmawati")


def test_english_names_after_adalah_or_an_offer_survive_the_person_label(analyse):
    text = ("Universitas Tadulako dan Universiti Malaysia Sabah menandatangani nota kesepahaman kerja sama. "
            "Program pertama yang dijalankan adalah Celebes Peatland Student Mobility. "
            "\u201cKami juga menawarkan Palu Climate Lab, ruang riset bersama untuk mahasiswa kedua kampus,\u201d "
            "kata Rektor.")
    names = [p.name for p in programs(analyse(text), [Partner(name="Universitas Tadulako"),
                                                      Partner(name="Universiti Malaysia Sabah", scope="foreign")])]
    assert names == ["Celebes Peatland Student Mobility", "Palu Climate Lab"]


@pytest.mark.parametrize("text, expected", [
    # a ber- word that says what kind stays in the description
    ("Proyek itu juga mencakup pelatihan patroli hutan berbasis masyarakat bagi 60 anggota kelompok tani hutan.",
     ["pelatihan patroli hutan berbasis masyarakat bagi 60 anggota kelompok tani hutan"]),
    # where a training is held abroad stands for whom it serves
    ("Kerja sama itu berjalan. Sebanyak 20 penyuluh akan dikirim mengikuti pelatihan pengelolaan irigasi modern di "
     "Korea selama dua minggu.", ["pelatihan pengelolaan irigasi modern di Korea"]),
    # a training a party holds, with whom it serves
    ("Pemkab Sigi dan Yayasan Karang Lestari bekerja sama. Yayasan juga menggelar pelatihan transplantasi karang "
     "bagi pemuda desa pesisir.", ["pelatihan transplantasi karang bagi pemuda desa pesisir"]),
    # an acronym launched with its title-case expansion; "ke" inside a name
    ("Kerja sama itu dimulai tahun ini. Pemkab Sigi bersama Yayasan Karang Lestari meluncurkan KALAS (Kelola Laut "
     "Sigi) di Desa Tompe.", ["KALAS (Kelola Laut Sigi)"]),
    ("Pemkab Sigi dan UNICEF bekerja sama dalam program Ayo Kembali ke Sekolah di 30 desa.",
     ["program Ayo Kembali ke Sekolah"]),
])
def test_kinds_hosts_spelled_launches_and_connectors(text, expected):
    assert [n for n, _ in _progs(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # no party found, an appeal to work together: the regency's and the nation's programs are none of ours
    ("Bupati Sigi mengajak semua pihak bekerja sama menyukseskan Program Sigi Bebas Stunting yang dicanangkan "
     "pemerintah kabupaten. Rembuk ditutup "
     "dengan penandatanganan komitmen bersama. Dalam rembuk itu juga dibahas Program Keluarga Harapan (PKH).", []),
    # no party found, but two bodies launch it together
    ("Kerja sama itu dimulai tahun ini. Pemerintah Kabupaten Sigi bersama Yayasan Karang Lestari meluncurkan KALAS "
     "(Kelola Laut Sigi) di Desa Tompe.", ["KALAS (Kelola Laut Sigi)"]),
])
def test_without_parties_only_a_program_its_sentence_ties_to_a_cooperation(text, expected):
    assert [n for n, _ in _progs(text, partners=[])] == expected


@pytest.mark.parametrize("text, expected", [
    # a body's own program that gives aid ("memberikan bantuan ... melalui APBD") is still its own
    ("Pemkot Tual dan KMOU bekerja sama dalam program Akademi Laut Kei. Sebelumnya Pemkot Tual telah menjalankan "
     "program Nelayan Kei Sejahtera yang memberikan bantuan mesin tempel kepada 300 nelayan melalui APBD 2023.",
     ["program Akademi Laut Kei"]),
    # a project a government office carries out is that office's
    ("Pemkot Bima dan JICA bekerja sama dalam program Sekolah Siaga Banjir. Normalisasi sungai itu bagian dari "
     "Proyek Pengendalian Banjir Kota Bima yang dikerjakan Balai Wilayah Sungai sejak 2022.",
     ["program Sekolah Siaga Banjir"]),
    # a lower-case host, then where it is
    ("Melalui kerja sama itu, lulusan SMK dapat mengikuti program magang perawat lansia di panti wreda di "
     "Prefektur Gunma selama tiga tahun.", ["program magang perawat lansia di panti wreda di Prefektur Gunma"]),
    # two bodies, a place set off by commas, widening what they run
    ("Kerja sama itu diperpanjang. PT Gas Luwuk bersama Pemerintah Kabupaten Banggai, Sulawesi Tengah, memperluas "
     "Dapur Gizi Anak Desa (DGAD) ke 20 desa.", ["Dapur Gizi Anak Desa (DGAD)"]),
])
def test_own_aid_programs_events_joined_to_nothing_hosts_and_widened_programs(text, expected):
    assert [n for n, _ in _progs(text)] == expected


def test_an_event_joined_to_nothing_but_its_own_name_is_none():
    text = ("Pemkot Tual dan KMOU bekerja sama dalam program Akademi Laut Kei. Kota Tual juga dikenal dengan Festival "
            "Pesona Kei Kecil yang digelar setiap Oktober.")
    assert [n for n, _ in _progs(text, ["Pemkot Tual", "KMOU"])] == ["program Akademi Laut Kei"]


@pytest.mark.parametrize("spelling", ["MoU", "MOU", "Mou"])
def test_agreement_spellings_all_name_what_the_parties_run(spelling):
    text = f"RSUD Sigi dan RSUD Palu meneken {spelling} Sister Clinic antara kedua rumah sakit."
    assert [n for n, _ in _progs(text)] == ["Sister Clinic"]


def test_a_national_body_s_program_named_in_passing_is_none():
    text = ("PT Listrik Sigi dan Pemkot Sigi bekerja sama dalam program Kampung Listrik Tani. Rasio elektrifikasi naik "
            "berkat Program Desa Terang Benderang dari Kementerian Energi dan Sumber Daya Mineral.")
    parts = ["PT Listrik Sigi", "Pemkot Sigi", "Kementerian Energi dan Sumber Daya Mineral"]
    assert [n for n, _ in _progs(text, parts)] == ["program Kampung Listrik Tani"]
    # ... but one a region is chosen for, with the body, in the same sentence is run with it
    text = "Kerja sama itu berjalan. Pemkot Sigi terpilih sebagai lokasi program Desa Sehat Lembah dari Kemenkes."
    assert [n for n, _ in _progs(text, ["Pemkot Sigi", "Kemenkes"])] == ["program Desa Sehat Lembah"]


def test_an_academy_a_party_opens_is_a_program():
    text = "Lewat kerja sama ini kami juga akan membuka Akademi Nelayan Digital di Sigi untuk melatih 500 nelayan muda."
    assert [n for n, _ in _progs(text)] == ["Akademi Nelayan Digital"]


@pytest.mark.parametrize("text, expected", [
    # a one-word program serving a counted group is one program; serving "mahasiswa" in general it is a kind
    ("Selain itu, perusahaan juga menyiapkan program beasiswa bagi 40 mahasiswa asal Sigi yang kuliah di bidang "
     "teknik.", ["program beasiswa bagi 40 mahasiswa asal Sigi"]),
    ("Kerja sama itu membuka program beasiswa bagi mahasiswa.", []),
])
def test_a_one_word_program_for_a_counted_group(text, expected):
    assert [n for n, _ in _progs(text)] == expected


def test_a_program_one_body_launches_alone_is_its_own():
    text = ("PT Listrik Sigi dan Pemkot Sigi bekerja sama dalam program Kampung Listrik Tani. Untuk membantu petani, "
            "Pemerintah Kabupaten Sigi meluncurkan Program Sigi Kakao Unggul, Kamis.")
    assert [n for n, _ in _progs(text)] == ["program Kampung Listrik Tani"]


@pytest.mark.parametrize("text, expected", [
    ("Pemkab Sigi dan Yayasan Hutan Lestari bekerja sama. Selain itu, yayasan akan membuka kelas pengolahan madu "
     "hutan bagi kelompok perempuan adat.", ["kelas pengolahan madu hutan bagi kelompok perempuan adat"]),
    ("Pemkab Sigi dan Pemerintah Belanda bekerja sama. Belanda juga menawarkan kursus singkat pengelolaan pesisir "
     "di Delft bagi 12 aparatur.", ["kursus singkat pengelolaan pesisir di Delft bagi 12 aparatur"]),
])
def test_a_class_or_course_a_party_opens_for_people_it_names_is_a_program(text, expected):
    assert [n for n, _ in _progs(text)] == expected


def test_live_patterns_are_those_that_may_match_the_article():
    """A pattern dropped for the article (``_live``) is one whose gate finds none of its words in the whole
    text, so it could match none of the article's lines: every line-level gate agrees."""
    from pipeline.match import programs as p
    from pipeline.match._doc import may_match
    doc = blank_doc("Pemkot Sukamaju meluncurkan program bernama Kampung Literasi Digital bersama Yayasan Cahaya. "
                    "Program itu berjalan sejak Maret.")
    n = len(doc.text)
    for section in ("proper", "introduced", "described", "agreement", "agreement_topic", "launched"):
        live = p._live(doc, section)
        assert set(live) <= set(p._compiled(section))
        for rule, rx in p._compiled(section):
            if (rule, rx) not in live:
                assert not any(may_match(doc, rx, s.start_char, s.end_char) for s in doc.sents)
            assert ((rule, rx) in live) == may_match(doc, rx, 0, n)
    assert p._live(doc, "introduced")   # "bernama" is written: the naming pattern stays
    assert not p._live(doc, "agreement")   # no MoU, "nota" or "perjanjian" anywhere: dropped for the article


def test_running_clause_is_the_search_from_the_last_comma():
    """``_running_clause`` tries the clause pattern only after the last comma or semicolon: the same match
    as the search over the whole window, on sentences and random mixes of words and punctuation."""
    import random

    from pipeline.match import programs as p
    sentences = ["Selain itu, pemkab juga terus menjalankan ",
                 "Dinas Pertanian Kabupaten Maju Jaya; kini sedang mengembangkan ",
                 "Menurut Kepala Dinas, kami akan menguji coba ",
                 "Program ini sudah lama berjalan di desa itu dan pihaknya meluncurkan ",
                 ", , ;  ", ""]
    rng = random.Random(7)
    pieces = ["pemkab", " ", "  ", ",", ";", "juga", "telah", "menjalankan", "uji", "X", "\n", ".", "kini"]
    sentences += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(2000)]
    for text in sentences:
        for lo in {0, min(3, len(text))}:
            want, got = p._RUNNING_CLAUSE.search(text, lo, len(text)), p._running_clause(text, lo, len(text))
            assert (want and (want.span(), want.groupdict())) == (got and (got.span(), got.groupdict())), text
    assert p._running_clause(sentences[0], 0, len(sentences[0])).group("verb") == "menjalankan"


@pytest.mark.parametrize("text, partners, expected", [
    # an event the parties only visit or date something by is no program of theirs
    ("Pemkab Tanah Datar dan PT Semen Andalas meneken kerja sama air bersih. Usai acara, rombongan meninjau "
     "pelaksanaan Tanah Datar Coffee Expo di Lapangan Cindua Mato.",
     ["Pemkab Tanah Datar", "PT Semen Andalas"], []),
    ("Pemkab Tanah Datar dan PT Semen Andalas meneken kerja sama air bersih. Kepala Dinas Pariwisata menyebut "
     "hotel penuh hanya saat ajang Pacu Jawi Nagari dan pekan budaya.",
     ["Pemkab Tanah Datar", "PT Semen Andalas"], []),
    # a campaign one body runs, with no second party in its sentence
    ("Pemkab Tanah Datar dan PT Semen Andalas meneken kerja sama air bersih. Dinas Pariwisata juga mempromosikan "
     "wisata halal melalui kampanye Ranah Minang Bersyukur di media sosial.",
     ["Pemkab Tanah Datar", "PT Semen Andalas"], []),
    # an event both parties hold stays
    ("Pemkab Tanah Datar dan PT Semen Andalas bekerja sama menggelar Festival Kopi Luhak Nan Tuo pada Juni.",
     ["Pemkab Tanah Datar", "PT Semen Andalas"], ["Festival Kopi Luhak Nan Tuo"]),
])
def test_an_event_the_parties_visit_or_a_campaign_one_body_runs_is_none(text, partners, expected):
    assert [n for n, _ in _progs(text, partners)] == expected


@pytest.mark.parametrize("text, expected", [
    # a program a party ran in earlier years, beside the cooperation reported
    ("Universitas Andalas dan Universiteit Leiden meneken kerja sama riset. Rektor menambahkan, Unand sebelumnya "
     "pernah terlibat dalam program Padi Unggul Sumatera Barat (PUSB) pada 2016.", []),
    ("Universitas Andalas dan Universiteit Leiden meneken kerja sama riset. Rektor menjelaskan, Leiden sebelumnya "
     "sudah menjalankan Heritage Digital Archive Partnership di Malaka.", []),
    # "tak pernah absen": always, not once before
    ("Universitas Andalas dan Universiteit Leiden bekerja sama. Mahasiswa Leiden tak pernah absen dalam "
     "program Minangkabau Summer Course yang diselenggarakan Unand.", ["Minangkabau Summer Course"]),
])
def test_a_program_of_earlier_years_is_none(text, expected):
    assert [n for n, _ in _progs(text, ["Universitas Andalas", "Universiteit Leiden"])] == expected


@pytest.mark.parametrize("text, expected", [
    # its own budget pays for it, said in the next sentence
    ("Pemkab Pesisir Selatan dan Yayasan Laut Biru meneken kerja sama. Pemkab juga terus menggalakkan "
     "kampanye Pesisir Bebas Plastik di sekolah. Kampanye tersebut didanai APBD 2024.", []),
    ("Pemkab Pesisir Selatan dan Yayasan Laut Biru meneken kerja sama. Pemkab juga meluncurkan program Rumah "
     "Singgah Nelayan. Program yang dibiayai APBD Pesisir Selatan itu menyasar 40 keluarga.", []),
    # ... or in the clause before its name ("Rp 1,9 miliar": a decimal comma ends no clause)
    ("Pemkab Pesisir Selatan dan Yayasan Laut Biru meneken kerja sama. Iuran ditanggung APBD Pesisir Selatan "
     "sebesar Rp 1,9 miliar per tahun untuk program Jaminan Sosial Nelayan Tangguh.", []),
    # a national ministry pays for it alone
    ("Pemkab Pesisir Selatan dan Yayasan Laut Biru meneken kerja sama. Yayasan itu juga aktif di tempat lain, "
     "termasuk melalui program Kampus Bahari Mengajar yang dibiayai Kementerian Kelautan dan Perikanan.", []),
    # a foreign funder makes it a cooperation's
    ("Pemkab Pesisir Selatan dan Yayasan Laut Biru meneken kerja sama. Keduanya menjalankan program Kampus "
     "Bahari Mengajar yang dibiayai Pemerintah Norwegia.", ["program Kampus Bahari Mengajar"]),
])
def test_a_program_its_own_government_or_a_ministry_pays_for_is_none(text, expected):
    assert [n for n, _ in _progs(text, ["Pemkab Pesisir Selatan", "Yayasan Laut Biru"])] == expected


@pytest.mark.parametrize("text, expected", [
    # a title-case name after "melalui" opening the sentence, a party named in it
    ("Pemkab Pasaman meneken kerja sama gizi dengan sebuah yayasan. Melalui Dapur Gizi Nagari Sehat, Yayasan Gizi "
     "Bangsa akan mendampingi 300 keluarga di Pasaman.", ["Dapur Gizi Nagari Sehat"]),
    # ... but not the body that runs it
    ("Pemkab Pasaman meneken kerja sama gizi dengan sebuah yayasan. Dua ASN mengikuti kursus yang diselenggarakan "
     "Yayasan Gizi Bangsa melalui Tokyo Graduate Institute for Public Policy.", []),
    # a named class a party funds, described after a comma: one program, the name
    ("Pemkab Pasaman meneken kerja sama gizi dengan sebuah yayasan. Yayasan Gizi Bangsa juga akan mendanai Kelas "
     "Ibu Cerdas Gizi, kelas parenting bagi para ibu di 20 nagari.", ["Kelas Ibu Cerdas Gizi"]),
    # a training held at a counted or lower-case place; a scholarship by degree
    ("Pemkab Pasaman meneken kerja sama gizi dengan Yayasan Gizi Bangsa. Keduanya juga akan menggelar pelatihan "
     "kader gizi remaja di 15 SMA, yang menjadi bagian dari kerja sama itu.", ["pelatihan kader gizi remaja di 15 SMA"]),
    ("Pemkab Pasaman meneken kerja sama gizi dengan Yayasan Gizi Bangsa. Sebagai tindak lanjut kerja sama itu, "
     "pemkab akan membiayai beasiswa S2 bagi 10 ahli gizi puskesmas mulai tahun depan.",
     ["beasiswa S2 bagi 10 ahli gizi puskesmas"]),
])
def test_names_after_melalui_or_a_funding_verb_and_trainings_by_place(text, expected):
    doc = blank_doc(text, ents=(("Yayasan Gizi Bangsa", "ORG"),))
    parts = [Partner(name="Pemkab Pasaman"), Partner(name="Yayasan Gizi Bangsa")]
    assert [p.name for p in programs(doc, parts)] == expected


def test_a_headline_description_of_a_program_the_body_names_is_that_program():
    text = ("Pemkab Pasaman dan UNICEF luncurkan proyek gizi sekolah\n"
            "Pemkab Pasaman bersama UNICEF meluncurkan proyek Sekolah Sehat Bergizi (SSB) di 30 SD, Selasa.")
    assert [n for n, _ in _progs(text, ["Pemkab Pasaman", "UNICEF"])] == ["proyek Sekolah Sehat Bergizi (SSB)"]


@pytest.mark.parametrize("text", [
    # "bukan proyek sekali jalan": what the program is not
    "Pemkab Sintang dan WWF meneken kerja sama. \u201cIni bukan proyek sekali jalan,\u201d ujar Bupati.",
    # the first session of a training is a stage of one, not a program
    "Pemkab Sintang dan WWF meneken kerja sama. Sebanyak 40 guru akan mengikuti pelatihan pertama di Sintang.",
    # a program of another city that a party went to learn about
    "Pemkab Sintang dan WWF meneken kerja sama. Ia mengaku pernah berkunjung ke Kota Malang untuk mempelajari "
    "program kampung hijau berbasis warga di sana.",
])
def test_a_negated_a_first_session_or_a_studied_program_is_none(text):
    assert _progs(text, ["Pemkab Sintang", "WWF"]) == []


@pytest.mark.parametrize("text, expected", [
    # an internship named by where it is held
    ("Pemkab Ende dan Pemerintah Negara Bagian Victoria bekerja sama di bidang kesehatan. Delapan perawat akan "
     "menjalani magang di Monash Medical Centre selama dua bulan.", ["magang di Monash Medical Centre"]),
    # a quoted name after "bertajuk" may hold a comma
    ("Pemkab Ende dan Pemerintah Negara Bagian Victoria sepakat meluncurkan paket wisata bertajuk "
     "\u201cOne Coast, Two Nations\u201d tahun depan.", ["One Coast, Two Nations"]),
    # "berbahasa Inggris" describes the training; whom it serves closes it
    ("Pemkab Ende dan Pemerintah Negara Bagian Victoria bekerja sama. Victoria akan membuka kelas pelatihan "
     "pemandu berbahasa Inggris bagi 40 pemuda Ende.", ["kelas pelatihan pemandu berbahasa Inggris bagi 40 pemuda Ende"]),
    # a training run with a second party, in a sentence that names a party but no cooperation word
    ("Pemkab Ende dan Pemerintah Negara Bagian Victoria bekerja sama. Menurut Pemkab Ende, 90 petani akan mengikuti "
     "sekolah lapang kopi arabika yang digelar bersama Yayasan Kopi Flores.", ["sekolah lapang kopi arabika"]),
    # the public called on to join a national program; a body that carries on its own movement
    ("Pemkab Ende dan Pemerintah Negara Bagian Victoria bekerja sama. Bupati juga mengingatkan masyarakat untuk "
     "ikut program Jaminan Kesehatan Nasional (JKN).", []),
    ("Pemkab Ende dan Pemerintah Negara Bagian Victoria bekerja sama. Bupati menambahkan Pemkab Ende tetap "
     "melanjutkan Gerakan Ende Sadar Wisata di desa-desa.", []),
])
def test_internships_by_host_quoted_names_with_commas_and_appeals(text, expected):
    assert [n for n, _ in _progs(text, ["Pemkab Ende", "Pemerintah Negara Bagian Victoria"])] == expected


@pytest.mark.parametrize("text", [
    # social aid one regency hands out
    "PT Hutan Lestari dan Pemkab Batanghari bekerja sama. Selain itu, pemkab menyalurkan Program Bantuan Pangan "
    "Keluarga (PBPK) kepada 900 keluarga tahun ini.",
    # a ministry's own programs, the clause after it aside
    "PT Hutan Lestari dan Pemkab Batanghari bekerja sama. Bupati memaparkan capaian dalam program Desa Wisata "
    "Mandiri dari Kemenparekraf yang melibatkan ratusan pemuda.",
])
def test_aid_a_regency_hands_out_and_a_ministrys_program_are_none(text):
    assert _progs(text, ["PT Hutan Lestari", "Pemkab Batanghari"]) == []


def test_a_partner_read_in_the_programs_own_name_is_no_second_party_to_it():
    text = ("Balai Sungai dan Pemkot Bima bekerja sama. Penataan kawasan kumuh melalui Program Kota Bebas Kumuh "
            "(Kobaku) dari Kementerian PUPR belum rampung.")
    inside = text.index("Kota Bebas Kumuh (Kobaku)")
    parts = [Partner(name="Pemkot Bima"), Partner(name="Kementerian PUPR"),
             Partner(name="Kota Bebas Kumuh (Kobaku)", start=inside, end=inside + len("Kota Bebas Kumuh (Kobaku)"))]
    assert programs(blank_doc(text), parts) == []


def test_a_national_program_one_domestic_university_runs_alone_is_its_own():
    parts = [Partner(name="Universitas Riau (Unri)", type="education", scope="domestic"),
             Partner(name="Universiti Putra Malaysia (UPM)", type="education", scope="foreign"),
             Partner(name="PT Sawit Lestari", type="company", scope="domestic")]
    text = ("Unri dan UPM meneken kerja sama riset. Dalam kesempatan itu, Unri juga memperkenalkan program Kampus "
            "Merdeka Berdaulat yang telah diikuti 2.000 mahasiswanya.")
    assert programs(blank_doc(text), parts) == []
    # a company's program stays: what it brings to the cooperation
    text = ("Unri dan PT Sawit Lestari meneken kerja sama. Dalam kesempatan itu, PT Sawit Lestari juga menjalankan "
            "program Desa Sawit Mandiri di tiga desa.")
    assert [p.name for p in programs(blank_doc(text), parts)] == ["program Desa Sawit Mandiri"]


@pytest.mark.parametrize("text, expected", [
    # a copula after a lower-case noun: the phrase is what the cooperation yields, named as written
    ("Pemkot Kupang dan Kota Darwin bersepakat. Salah satu hasil pertemuan ialah program pertukaran guru "
     "antara Kupang dan Darwin.", ["program pertukaran guru antara Kupang dan Darwin"]),
    # a bare acronym described on in lower case heads the description
    ("Pemkab Bima dan Universitas Mataram meneken kerja sama untuk program KKN tematik pengentasan kemiskinan.",
     ["program KKN tematik pengentasan kemiskinan"]),
    # a training the parties carry on, its '-asi' noun no verb
    ("Menurut dia, kedua pihak sepakat melanjutkan pelatihan digitalisasi arsip desa bagi perangkat desa di "
     "Kecamatan Sape.", ["pelatihan digitalisasi arsip desa bagi perangkat desa di Kecamatan Sape"]),
    # what a training makes something from, before whom it serves
    ("PT Agro Lestari juga menggelar pelatihan pembuatan pakan ternak dari limbah jagung bagi peternak di Desa "
     "Woha bekerja sama dengan Dinas Peternakan Bima.",
     ["pelatihan pembuatan pakan ternak dari limbah jagung bagi peternak di Desa Woha"]),
])
def test_descriptions_real_news_presents_as_programs(text, expected):
    assert [n for n, _ in _progs(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Pemkab Flores Timur dan HRD Korea meresmikan Larantuka Training Center bagi calon pekerja migran. Kerja sama "
     "itu berlaku tiga tahun.",
     ["Larantuka Training Center"]),
    ("Bank Indonesia dan Pemkot Kendari bekerja sama menggelar Kendari Investment Forum 2025 di Kendari.",
     ["Kendari Investment Forum 2025"]),
    ("Kedutaan Besar Kanada bekerja sama dengan Yayasan Tanah Air membangun sumur melalui Head of Mission Fund.",
     ["Head of Mission Fund"]),
])
def test_english_names_ending_in_center_forum_fund(text, expected):
    """A name ending in "Training Center", "Investment Forum", "Mission Fund", not cut at "Training" or left out."""
    assert [n for n, _ in _progs(text)] == expected


@pytest.mark.parametrize("text", [
    # a national program the public is asked to use, its ministry read up to the purpose clause
    "PT Hutan Lestari dan Pemkab Batanghari bekerja sama. Bupati juga mengimbau keluarga penerima Program Bantuan "
    "Beras Sejahtera (PBBS) dari Kementerian Sosial agar memakai bantuan untuk gizi anak.",
    # a ministry that pays for all of it
    "PT Hutan Lestari dan Pemkab Batanghari bekerja sama. Pemkab masih menjalankan program Desa Tangguh Pangan "
    "(DTP) yang sepenuhnya dibiayai Kementerian Pertanian.",
    # a scheme the activity follows
    "PT Hutan Lestari dan Pemkab Batanghari bekerja sama. Peserta tetap harus ikut ujian sesuai skema Sertifikasi "
    "Kompetensi Nasional (SKN) yang berlaku.",
])
def test_programs_the_cooperation_only_follows_are_none(text):
    assert _progs(text, ["PT Hutan Lestari", "Pemkab Batanghari"]) == []


@pytest.mark.parametrize("text, expected", [
    # Indonesian thousands stay in the description of whom it serves
    ("Yayasan Anak Sehat bekerja sama dengan Dinkes Sinjai menjalankan program imunisasi kejar bagi 3.200 anak "
     "balita tahun ini.", ["program imunisasi kejar bagi 3.200 anak balita"]),
    # the skill a training teaches, named by its verb
    ("PT Tambang Raya bekerja sama dengan Dinas Koperasi Muna menggelar pelatihan membatik dan tata rias bagi 50 "
     "pemudi di Raha.", ["pelatihan membatik dan tata rias bagi 50 pemudi di Raha"]),
])
def test_descriptions_with_counts_and_skills(text, expected):
    assert [n for n, _ in _progs(text)] == expected


def test_two_bodies_launching_together_are_no_lone_bodys_news():
    """The partner rules found one party only; "X bersama Y meluncurkan ..." says there are two."""
    text = ("PT Semen Lestari bersama Pemerintah Kabupaten Muna meluncurkan Kampung Hijau Lestari di Raha. "
            "Program itu menata drainase di 4 RW.")
    assert [p.name for p in programs(blank_doc(text), [Partner(name="Pemerintah Kabupaten Muna")])] \
        == ["Kampung Hijau Lestari"]
    # a regency's own program, one party and no one beside it, stays none
    text = "Pemerintah Kabupaten Muna meluncurkan Kampung Hijau Lestari di Raha. Program itu dibiayai APBD."
    assert programs(blank_doc(text), [Partner(name="Pemerintah Kabupaten Muna")]) == []


def test_a_training_the_cooperation_goes_on_with():
    text = ("Pemkot Sambas bekerja sama dengan Kuching Polytechnic memberangkatkan 20 lulusan SMK. Kerja sama itu akan "
            "dilanjutkan dengan pelatihan guru SMK di Kuching tahun depan.")
    assert [n for n, _ in _progs(text, ["Pemkot Sambas", "Kuching Polytechnic"])] == ["pelatihan guru SMK di Kuching"]


def test_a_description_whose_subject_points_back_to_the_parties():
    text = ("Kerja sama itu berjalan sejak 2023. Mahasiswa Universitas Tadulako bersama Dinas Kesehatan Sigi membangun "
            "sumur bor di Desa Lolu. Tim juga menyiapkan pendampingan gizi bagi ibu hamil di Desa Lolu.")
    assert [n for n, _ in _progs(text, ["Universitas Tadulako", "Dinas Kesehatan Sigi"])] \
        == ["pendampingan gizi bagi ibu hamil di Desa Lolu"]
    # with no party in the sentence before, the same sentence is no one's program
    text = ("Kerja sama itu berjalan sejak 2023. Sumur bor di Desa Lolu rampung. Tim juga menyiapkan pendampingan gizi "
            "bagi ibu hamil di Desa Lolu.")
    assert _progs(text, ["Universitas Tadulako", "Dinas Kesehatan Sigi"]) == []


@pytest.mark.parametrize("text, expected", [
    # an acronym a launch verb gives, spelled out after a comma by the words that follow ("untuk" keeps its initial)
    ("Bersinergi dengan Yayasan Cendekia Timur, Dinas Pendidikan Sigi mempersembahkan BUGAR, Beasiswa untuk Guru "
     "Anak Rantau, bagi 40 guru honorer.", ["Beasiswa untuk Guru Anak Rantau (BUGAR)"]),
    ("Pemkab Muna bekerja sama dengan UNICEF meluncurkan SIGAP, Sistem Informasi Gizi Anak Pesisir, pada Senin (3/6).",
     ["Sistem Informasi Gizi Anak Pesisir (SIGAP)"]),
    # words after the comma that do not spell the acronym are no name of it
    ("Pemkab Muna bekerja sama dengan UNICEF meluncurkan SIGAP, Aplikasi Baru Dinas, pada Senin (3/6).", []),
])
def test_an_acronym_spelled_out_after_a_comma(text, expected):
    assert [n for n, _ in _progs(text)] == expected


@pytest.mark.parametrize("text", [
    # several of a kind after a quantity: no one program
    "Pemkab Muna meminta perpanjangan pinjaman Bank Pembangunan Asia untuk sejumlah proyek PLTM di Sulawesi.",
    "Kerja sama Pemkot Palu dan JICA mencakup 11 proyek SPAM di pesisir.",
    # "lainnya": more of a kind the text spoke of before
    "Selain itu, masih ada proyek SPAM lainnya yang dibiayai JICA di pesisir Palu.",
    # an event the cooperation reports on or travels to is its venue
    "Liputan ke ajang Borneo Tech Expo 2024 terselenggara atas kerja sama Harian Pagi Sulteng dan PT Kabel Raya.",
    # an agreement by its own name is a document
    "Pemerintah bersama Jepang berupaya mengadakan Perjanjian Kemitraan Ekonomi Kawasan (Regional Economic "
    "Partnership Agreement) tahun depan.",
])
def test_kinds_counted_venues_and_agreements_are_none(text):
    assert _progs(text, ["Bank Pembangunan Asia", "JICA", "PT Kabel Raya", "Jepang"]) == []


_COOP = "Pemerintah Kota Palu dan Universitas Tadulako menandatangani nota kesepahaman kerja sama, Senin (3/6). "
_PARTIES = [Partner(name="Pemerintah Kota Palu"), Partner(name="Universitas Tadulako")]


@pytest.mark.parametrize("sentence, ents", [
    # a body that is no party runs it, in a sentence that names neither a party nor the cooperation
    ("Yayasan Lentera Timur menggelar program Kelas Inspirasi Pesisir di Parigi.",
     (("Yayasan Lentera Timur", "ORG"),)),
    ("Kegiatan tahunan Bursa Efek Sulteng itu bagian dari Gerakan Nasional Cinta Investasi 2025.",
     (("Bursa Efek Sulteng", "ORG"),)),
    ("Istana Kepresidenan menyambut baik kritik Ketua DPRD pada program Kartu Sembako Murah.",
     (("Istana Kepresidenan", "ORG"),)),
])
def test_a_program_another_body_runs_is_none_of_the_cooperations(sentence, ents):
    assert programs(blank_doc(_COOP + sentence, ents), _PARTIES) == []


@pytest.mark.parametrize("sentence, ents, expected", [
    # a party named by a word of its name
    ("Palu juga menyiapkan program Kampung Nelayan Tangguh bersama Dinas Kelautan Sulteng.",
     (("Dinas Kelautan Sulteng", "ORG"),), "program Kampung Nelayan Tangguh"),
    # a training names whose staff attend it, not who runs it
    ("Sebanyak 20 staf Dinas Perikanan Donggala akan mengikuti pelatihan pengolahan ikan asap di Makassar.",
     (("Dinas Perikanan Donggala", "ORG"),), "pelatihan pengolahan ikan asap di Makassar"),
])
def test_a_program_a_party_or_its_trainees_name_stays(sentence, ents, expected):
    assert [p.name for p in programs(blank_doc(_COOP + sentence, ents), _PARTIES)] == [expected]


@pytest.mark.parametrize("sentence", [
    # a person who only speaks of the program reports it, and does not run it
    'Menurut Yohanes, program pertama yang akan dijalankan adalah "Green Harbour Exchange 2026".',
    'Yohanes mengatakan program pertama yang akan dijalankan adalah "Green Harbour Exchange 2026".',
])
def test_a_speaker_before_the_program_is_no_owner(sentence):
    progs = programs(blank_doc(_COOP + sentence, (("Yohanes", "PER"),)), _PARTIES)
    assert [p.name for p in progs] == ["Green Harbour Exchange 2026"]


@pytest.mark.parametrize("text", [
    # movements, parties and organisations named with "gerakan"
    "Kerja sama itu tidak terkait gerakan Islam Hamas di Gaza.",
    "Kerja sama itu didukung Gerakan Pemuda Ansor Sulteng.",
    "Kerja sama itu didukung Partai Gerakan Nusantara Raya dan Partai Amanat Rakyat.",
    # a body's own finance, reform or sales programmes and broadcast or computer programs
    "Kerja sama itu berjalan, sementara program restrukturisasi modal perusahaan terus berlanjut.",
    "Kerja sama itu berjalan, sementara program reformasi internal kepolisian masih disempurnakan.",
    "Kerja sama itu berjalan bersamaan dengan program diskon 20% bagi pelanggan.",
    "Kerja sama itu diumumkan dalam program siaran televisi lokal.",
])
def test_movements_parties_and_a_bodys_own_programmes_are_none(text):
    assert _progs(text) == []


@pytest.mark.parametrize("text", [
    # a count or an amount right after the program word names nothing
    "Kerja sama itu juga membahas proyek dua dermaga yang belum rampung.",
    "Kerja sama itu menambah pinjaman proyek Rp43 miliar tahun ini.",
])
def test_a_count_or_an_amount_after_the_program_word_is_none(text):
    assert _progs(text) == []


def test_a_person_right_after_the_program_word_is_their_programme():
    text = "Kerja sama itu dibahas dalam program Andi Wijaya di televisi lokal."
    assert programs(blank_doc(text, (("Andi Wijaya", "PER"),)), None) == []


def test_a_person_or_place_before_a_program_in_a_sentence_without_a_party_owns_it():
    text = _COOP + "Di Kabupaten Banggai, ada 600 keluarga penerima program Keluarga Sejahtera Mandiri tahun ini."
    assert programs(blank_doc(text, (("Kabupaten Banggai", "LOC"),)), _PARTIES) == []
    # a place after the program only says where it runs
    text = _COOP + "Program Kampung Nelayan Tangguh kini menjangkau 300 keluarga di Desa Lolu, Sigi."
    assert [p.name for p in programs(blank_doc(text, (("Desa Lolu", "LOC"), ("Sigi", "LOC"))), _PARTIES)] \
        == ["Program Kampung Nelayan Tangguh"]


def test_a_description_set_after_a_named_project_is_that_project():
    text = ("Kementerian Keuangan dan Bank Dunia menandatangani perjanjian pinjaman untuk membiayai Palu Urban "
            "Sanitation Improvement Project (PUSIP), proyek perbaikan sistem air limbah domestik di lima kota.")
    assert [name for name, _ in _progs(text, ["Kementerian Keuangan", "Bank Dunia"])] == \
        ["Palu Urban Sanitation Improvement Project (PUSIP)"]


@pytest.mark.parametrize("text, expected", [
    # the sentence opens on the other side, or the body agrees to run it: a joint program
    ("Dengan Unja, Pemkab Muaro Jambi menjalankan Program Kampus Membangun Desa, yakni penempatan mahasiswa.",
     ["Program Kampus Membangun Desa"]),
    ("Pemkab Muaro Jambi dan Unja sepakat menjalankan Program Kampus Membangun Desa.", ["Program Kampus Membangun Desa"]),
    # one body running it alone: its own program
    ("Pemkab Muaro Jambi menjalankan Program Kampus Membangun Desa, yakni penempatan mahasiswa.", []),
])
def test_a_program_one_body_runs_with_another_or_agrees_to_run_is_joint(text, expected):
    assert [name for name, _ in _progs(text)] == expected


def test_a_common_noun_opening_the_sentence_is_no_other_body_running_the_program():
    # the NER tags the sentence's first word as a person; the text writes it in lower case elsewhere
    text = ("Kementerian Kesehatan dan BPJS Kesehatan menandatangani nota kesepakatan skrining penyakit. "
            "Skrining tersebut dijalankan lewat Program Skrining Sehat Nusantara yang mencakup 14 jenis penyakit.")
    doc = blank_doc(text, (("Skrining", "PER"),))
    parts = [Partner(name="Kementerian Kesehatan"), Partner(name="BPJS Kesehatan")]
    assert [p.name for p in programs(doc, parts)] == ["Program Skrining Sehat Nusantara"]
