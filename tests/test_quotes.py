"""quotes: sentence table through the real Stanza models (invented names and places)."""
from __future__ import annotations

import pytest

from pipeline.match.officials import officials
from pipeline.match.quotes import quotes


def _quotes(doc):
    return quotes(doc, officials(doc))


def _rows(doc):
    return [(q.kind, q.text, q.speaker, q.cue) for q in _quotes(doc)]


@pytest.mark.parametrize("text, expected", [
    # direct quote, speaker with title after the cue
    ("“Program ini sangat penting bagi petani,” ujar Kepala Dinas Pertanian Sulawesi Tengah, Nelson Simanjuntak.",
     [("direct", "Program ini sangat penting bagi petani", "Nelson Simanjuntak", "ujar")]),
    # "ujarnya" resolved to the last person named before
    ("Wali Kota Palu Hadianto Rasyid meninjau pasar itu.\n“Kami akan memperbaiki atap pasar ini tahun depan,” ujarnya.",
     [("direct", "Kami akan memperbaiki atap pasar ini tahun depan", "Hadianto Rasyid", "ujarnya")]),
    # people who only attend are not who "tuturnya" points to, even listed after the speaker spoke
    ("Bupati Poso Darius Lamba meninjau posko banjir di Tentena.\n"
     "“Semua pengungsi harus dapat makanan hangat,” ujar Darius.\n"
     "Kunjungan itu juga dihadiri Kapolres Poso AKBP Ridwan Hutagalung dan Ketua DPRD Poso Yusak Tobondo.\n"
     "“Kami tambah dua dapur umum besok,” tuturnya.",
     [("direct", "Semua pengungsi harus dapat makanan hangat", "Darius Lamba", "ujar"),
      ("direct", "Kami tambah dua dapur umum besok", "Darius Lamba", "tuturnya")]),
    # a role's usual short form after the cue points back to the person who holds it
    ("Kepala Dinas Kesehatan Kota Bitung, dr. Maria Lumowa, meninjau puskesmas.\n"
     "“Stok obat cukup sampai akhir tahun,” kata Kadinkes.",
     [("direct", "Stok obat cukup sampai akhir tahun", "Maria Lumowa", "kata")]),
    # a police unit after 'Kasat' is no name: the role points back to its holder
    ("Kapolres Bitung AKBP Ferdy Wongkar didampingi Kasat Reskrim AKP Yosua Pangemanan memimpin gelar perkara.\n"
     "Kasat Reskrim menjelaskan, pelaku ditangkap di rumahnya pada Jumat malam.",
     [("indirect", "pelaku ditangkap di rumahnya pada Jumat malam", "Yosua Pangemanan", "menjelaskan")]),
    # a quote whose speaker the next line names: 'Demikian dikatakan X', 'Begitu kata X'
    ("Bupati Bone Andi Fahsar meninjau bendungan.\n“Airnya cukup untuk dua musim tanam. Petani tidak perlu cemas.”\n"
     "Demikian dikatakan Andi Fahsar usai peninjauan.",
     [("direct", "Airnya cukup untuk dua musim tanam. Petani tidak perlu cemas", "Andi Fahsar", "Demikian dikatakan")]),
    ("Camat Tanete Riattang, Sulastri, meninjau pasar.\n“Harga cabai sudah turun sejak Senin.” Begitu kata Sulastri.",
     [("direct", "Harga cabai sudah turun sejak Senin", "Sulastri", "Begitu kata")]),
    # a witness named only in the line after her words: 'Begitu cerita X (39), warga ...'
    ("Banjir merendam 80 rumah di Kelurahan Sukamaju.\n“Air masuk tengah malam. Kami cuma sempat bawa anak-anak.”\n"
     "Begitu cerita Ratna Dewi (41), warga Sukamaju, saat ditemui di posko pengungsian.",
     [("direct", "Air masuk tengah malam. Kami cuma sempat bawa anak-anak", "Ratna Dewi", "Begitu cerita")]),
    # 'Menurut <role>, <name>, ...': the holder's name is the speaker, not part of the clause
    ("Menurut Kepala Dinas Koperasi Sulawesi Barat, Hasbi Rahman, jumlah koperasi aktif naik 12 persen.",
     [("indirect", "jumlah koperasi aktif naik 12 persen", "Hasbi Rahman", "Menurut")]),
    # the agent of a relative clause ('yang digagas Bupati X') is not who 'ujarnya' points to ...
    ("Kepala Dinas Pertanian Grobogan, Sutrisno, meninjau sawah.\n"
     "Program cetak sawah yang digagas Bupati Grobogan Setyo Hadi itu sudah berjalan tiga tahun.\n"
     "“Produksi naik hampir 20 persen,” ujarnya.",
     [("direct", "Produksi naik hampir 20 persen", "Sutrisno", "ujarnya")]),
    # ... unless nobody else is named
    ("Pelatihan yang dibuka Wakil Bupati Grobogan Bambang Pujiyanto itu diikuti 50 peserta.\n"
     "“Peserta harus langsung praktik di desa,” ujarnya.",
     [("direct", "Peserta harus langsung praktik di desa", "Bambang Pujiyanto", "ujarnya")]),
    # multi-sentence direct quote
    ("“Jalan ini sudah rusak parah. Kami akan memperbaikinya tahun ini,” tutur Bupati Donggala Kasman Lassa.",
     [("direct", "Jalan ini sudah rusak parah. Kami akan memperbaikinya tahun ini", "Kasman Lassa", "tutur")]),
    # indirect with 'mengatakan bahwa'
    ("Kepala Bappeda Sigi, Hendra Saputra, mengatakan bahwa anggaran proyek itu sudah tersedia.",
     [("indirect", "anggaran proyek itu sudah tersedia", "Hendra Saputra", "mengatakan")]),
    # only a role is given and nobody holds it: the role is the speaker
    ("“Semua sekolah harus siap menerima siswa baru,” kata Kepala Dinas.",
     [("direct", "Semua sekolah harus siap menerima siswa baru", "Kepala Dinas", "kata")]),
    # a dateline before a role-only subject is no part of the speaker
    ("KENDARI - Kepala Dinas Kesehatan Sulawesi Tenggara menegaskan bahwa stok vaksin masih cukup.",
     [("indirect", "stok vaksin masih cukup", "Kepala Dinas Kesehatan Sulawesi Tenggara", "menegaskan")]),
    # a resident introduced by place and age, then "katanya"
    ("Warga Kelurahan Lalolara, Hasnah (52), mengatakan air bersih baru mengalir seminggu sekali.\n"
     "“Kami terpaksa membeli air galon,” katanya.",
     [("indirect", "air bersih baru mengalir seminggu sekali", "Hasnah", "mengatakan"),
      ("direct", "Kami terpaksa membeli air galon", "Hasnah", "katanya")]),
    # advice words attribute a quotation only right after its closing mark
    ("Kapolres Konawe AKBP Rudi Hartono melepas pemudik.\n“Istirahat tiap dua jam,” pesan Kapolres.",
     [("direct", "Istirahat tiap dua jam", "Rudi Hartono", "pesan")]),
    ("Kapolres Konawe AKBP Rudi Hartono mengirim pesan singkat kepada para kapolsek.", []),
    # directives and appreciation are not speech
    ("Bupati Sigi Mohamad Irwan mengajak warga menjaga kebersihan lingkungan.", []),
    ("Gubernur Sulawesi Tengah Rusdi Mastura menyampaikan apresiasi kepada seluruh relawan.", []),
    ("Bupati Sigi Mohamad Irwan mengimbau warga tidak membuang sampah ke sungai.", []),
])
def test_quotes_table(analyse, text, expected):
    assert _rows(analyse(text)) == expected


def test_passage_split_by_its_cue_is_one_record(analyse):
    text = "“Kami siap membantu,” kata Bupati Sigi Mohamad Irwan. “Bantuan akan dikirim besok pagi.”"
    [q] = _quotes(analyse(text))
    assert q.kind == "direct" and q.speaker == "Mohamad Irwan" and q.cue == "kata"
    assert q.text == "Kami siap membantu, Bantuan akan dikirim besok pagi"
    assert text[q.start:q.end].startswith("Kami siap membantu") and text[q.start:q.end].endswith("besok pagi.")


def test_surname_only_speaker_gets_fullest_name(analyse):
    text = ("Kepala Bappeda Sigi, Hendra Saputra, meninjau lokasi proyek.\n"
            "Menurut Hendra, pembangunan jembatan itu akan dimulai bulan depan.")
    assert _rows(analyse(text)) == [
        ("indirect", "pembangunan jembatan itu akan dimulai bulan depan", "Hendra Saputra", "Menurut")]


def test_cue_in_the_middle_is_left_out(analyse):
    text = ("Wali Kota Palu Hadianto Rasyid meninjau pasar itu.\n"
            "Pembangunan pasar itu, lanjut Hadianto, akan menyerap ratusan tenaga kerja.")
    assert _rows(analyse(text)) == [
        ("indirect", "Pembangunan pasar itu, akan menyerap ratusan tenaga kerja", "Hadianto Rasyid", "lanjut")]


def test_pronoun_subject_resolves_to_last_person(analyse):
    text = ("Bupati Donggala Kasman Lassa meninjau lokasi banjir, Senin.\n"
            "Ia menjelaskan, bantuan logistik sudah dikirim ke tiga desa.")
    assert _rows(analyse(text)) == [
        ("indirect", "bantuan logistik sudah dikirim ke tiga desa", "Kasman Lassa", "menjelaskan")]


def test_hal_itu_disampaikan_attributes_the_previous_sentence(analyse):
    text = ("Kerja sama ini akan memperkuat ekonomi kedua daerah.\n"
            "Hal itu disampaikan Bupati Sigi Mohamad Irwan di Palu, Selasa.")
    assert _rows(analyse(text)) == [
        ("indirect", "Kerja sama ini akan memperkuat ekonomi kedua daerah", "Mohamad Irwan", "disampaikan")]


def test_unclosed_quote_runs_to_paragraph_end(analyse):
    text = ("Gubernur Sulawesi Tengah Rusdi Mastura mengatakan, “Kami berharap kerja sama ini terus berlanjut.\n"
            "Acara itu ditutup dengan doa bersama.")
    rows = _rows(analyse(text))
    assert rows == [("direct", "Kami berharap kerja sama ini terus berlanjut", "Rusdi Mastura", "mengatakan")]


def test_evidence_offsets_and_rule(analyse):
    text = "Kepala Bappeda Sigi, Hendra Saputra, mengatakan bahwa anggaran proyek itu sudah tersedia."
    [q] = _quotes(analyse(text))
    assert text[q.start:q.end] == q.text
    assert q.sentence == 0 and q.rule == "quote.indirect.verb_cue"


def test_straight_quotes_with_inner_term(analyse):
    text = ('"Kami mendukung program "kota kembar" ini karena bermanfaat bagi warga," '
            'kata Wali Kota Palu Hadianto Rasyid.')
    [q] = _quotes(analyse(text))
    assert q.text == 'Kami mendukung program "kota kembar" ini karena bermanfaat bagi warga'
    assert q.speaker == "Hadianto Rasyid"


def test_quote_paragraph_after_an_attributed_one_continues_its_speaker(analyse):
    text = ("“Kami siap menampung seluruh mahasiswa peserta program ini,” kata Rektor Universitas Palu, "
            "Sri Handayani.\n“Asrama dan beasiswa juga sudah kami siapkan sejak awal tahun.”")
    rows = _rows(analyse(text))
    assert [r[2] for r in rows] == ["Sri Handayani", "Sri Handayani"]
    assert rows[1][1] == "Asrama dan beasiswa juga sudah kami siapkan sejak awal tahun"


def test_unattributed_quote_yields_nothing(analyse):
    text = "Pemerintah Kota Palu menggelar festival budaya.\n“Festival ini untuk semua warga.”"
    assert _quotes(analyse(text)) == []


def test_role_speaker_resolves_to_its_named_holder(analyse):
    text = ("Bupati Donggala Kasman Lassa meninjau lokasi banjir, Senin.\n"
            "“Bantuan sudah kami kirim ke semua desa,” kata Bupati di Donggala.")
    [q] = _quotes(analyse(text))
    assert q.speaker == "Kasman Lassa"


def test_surname_after_cue_gets_fullest_name(analyse):
    text = ("Bupati Donggala Kasman Lassa meninjau lokasi banjir, Senin.\n"
            "“Bantuan sudah kami kirim ke semua desa terdampak,” ujar Kasman.")
    [q] = _quotes(analyse(text))
    assert (q.speaker, q.cue) == ("Kasman Lassa", "ujar")


def test_third_party_speech_inside_a_quote(analyse):
    text = ("“Kerja sama ini sudah berjalan baik. Bahkan Wagub Sabah mengatakan kalau pihaknya siap "
            "mengirim dosen tamu. Kami berharap hal itu segera terwujud,” kata Rektor Universitas Palu, "
            "Sri Handayani.")
    rows = _rows(analyse(text))
    assert ("indirect", "kalau pihaknya siap mengirim dosen tamu", "Wagub Sabah", "mengatakan") in rows
    assert [r[2] for r in rows if r[0] == "direct"] == ["Sri Handayani"]
    assert len(rows) == 2   # "Kami berharap ..." inside the quote is the quote itself, not a report


@pytest.mark.parametrize("text, expected", [
    # an opening mark typed where the closing one belongs still ends the passage before its cue
    ("“Bantuan ini harus segera sampai ke desa-desa terdampak, “ jelas Kepala BPBD Sigi, Andi Mappaseng.",
     [("direct", "Bantuan ini harus segera sampai ke desa-desa terdampak", "Andi Mappaseng", "jelas")]),
    # a closing mark used to open a passage
    ("Pedagang sayur Wulan Sari menjual tomat di Pasar Inpres.\n”Harga tomat minggu ini naik terus,” ujarnya.",
     [("direct", "Harga tomat minggu ini naik terus", "Wulan Sari", "ujarnya")]),
    # a straight quote glued to the sentence before it opens a passage
    ('Data itu dibantah pihak sekolah."Kami sudah menerima dua belas siswa baru," kata guru Budi Prasetyo.',
     [("direct", "Kami sudah menerima dua belas siswa baru", "Budi Prasetyo", "kata")]),
    # a verb with a non-speech sense is no cue without a comma or 'bahwa' ...
    ("Persita melanjutkan tren kemenangan di kandang sendiri pada laga Minggu malam.", []),
    # ... and is one with them
    ("Bupati Sigi Mohamad Irwan mengingatkan bahwa musim hujan sudah dekat.",
     [("indirect", "musim hujan sudah dekat", "Mohamad Irwan", "mengingatkan")]),
    # a noun of speech given by the subject, then 'bahwa'
    ("Kepala BPBD Sigi, Andi Mappaseng, memberikan penjelasan bahwa dana hibah itu akan cair bulan depan.",
     [("indirect", "dana hibah itu akan cair bulan depan", "Andi Mappaseng", "memberikan penjelasan")]),
    # a verb of saying from the open list
    ("Kepala Dinas Pangan Palu, Rina Ayuningtyas, memastikan stok beras cukup sampai akhir tahun.",
     [("indirect", "stok beras cukup sampai akhir tahun", "Rina Ayuningtyas", "memastikan")]),
    # a sentence-initial 'Kata X,'
    ("Kepala Bappeda Sigi, Hendra Saputra, meninjau lokasi proyek.\n"
     "Kata Hendra, pembangunan jembatan itu akan dimulai bulan depan.",
     [("indirect", "pembangunan jembatan itu akan dimulai bulan depan", "Hendra Saputra", "Kata")]),
])
def test_quotes_table_more(analyse, text, expected):
    assert _rows(analyse(text)) == expected


def test_report_before_a_quote_in_the_same_sentence(analyse):
    text = ("Wakil Bupati Sigi Samuel Rombe mengatakan, pemerintah daerah siap membantu pembangunan "
            "pasar itu. “Lahan sudah kami siapkan sejak tahun lalu,” ujarnya.")
    rows = _rows(analyse(text))
    assert ("indirect", "pemerintah daerah siap membantu pembangunan pasar itu", "Samuel Rombe", "mengatakan") in rows
    assert ("direct", "Lahan sudah kami siapkan sejak tahun lalu", "Samuel Rombe", "ujarnya") in rows


def test_subject_of_a_verb_chain_is_before_its_first_verb(analyse):
    text = ("Bupati Sigi, Mohamad Irwan, menyambut rombongan itu.\n"
            "Pada kesempatan itu ia mengungkapkan rasa senang dan menyatakan bahwa kerja sama ini "
            "membuka lapangan kerja baru.")
    rows = _rows(analyse(text))
    assert rows == [("indirect", "kerja sama ini membuka lapangan kerja baru", "Mohamad Irwan", "menyatakan")]


def test_anaphor_points_to_the_subject_not_to_a_guest(analyse):
    text = ("Wali Kota Palu Hadianto Rasyid menerima kunjungan Duta Besar Norwegia Erik Larsen di Palu.\n"
            "“Kunjungan ini membuka peluang kerja sama di bidang perikanan,” ujarnya.")
    [q] = _quotes(analyse(text))
    assert q.speaker == "Hadianto Rasyid"


def test_nickname_resolves_to_its_bearer(analyse):
    text = ("“Kami ingin kerja sama ini segera berjalan,” kata Gubernur Sulawesi Tengah Rusdi Mastura yang "
            "akrab disapa Cudi.\nCudi mengatakan, pemerintah provinsi sudah menyiapkan anggarannya.")
    rows = _rows(analyse(text))
    assert [r[2] for r in rows] == ["Rusdi Mastura", "Rusdi Mastura"]


def test_role_written_apart_from_the_title_resolves(analyse):
    text = ("Kepala Polres Palu AKBP Rudi Hartono meninjau pos pengamanan, Senin.\n"
            "“Semua personel sudah siaga sejak pagi,” kata Kapolres.")
    [q] = _quotes(analyse(text))
    assert q.speaker == "Rudi Hartono"


def test_speaker_through_a_subordinate_is_the_subordinate(analyse):
    text = ("Wali Kota Palu Hadianto Rasyid melalui Sekretaris Daerah Dedi Kurniawan "
            "mengatakan, program penyuluhan hukum akan digelar di sepuluh sekolah.")
    rows = _rows(analyse(text))
    assert rows == [("indirect", "program penyuluhan hukum akan digelar di sepuluh sekolah", "Dedi Kurniawan",
                     "mengatakan")]


def test_speaker_through_a_subordinate_after_degrees_written_without_spaces(analyse):
    text = ("Kapolres Bitung AKBP Dr. Ferdy Wongkar,S.I.K.,M.H melalui Kasat Reskrim AKP Yosua Pangemanan, S.H., "
            "membeberkan bahwa pelaku ditangkap di sebuah rumah kos di Kelurahan Girian.")
    rows = _rows(analyse(text))
    assert [(r[0], r[2]) for r in rows] == [("indirect", "Yosua Pangemanan")]


@pytest.mark.parametrize("text, expected", [
    # a thing handed over, not a statement, is what 'tersebut disampaikan' points to here
    ("Peserta pelatihan belajar cara mengolah sampah plastik menjadi paving block.\n"
     "Materi tersebut disampaikan oleh Kepala Dinas Lingkungan Hidup Sigi, Andi Mappaseng.", []),
    # 'tanggung jawab' is no cue 'jawab' with a speaker
    ("Perbaikan jalan desa itu menjadi tanggung jawab Dinas Pekerjaan Umum.", []),
    # 'menyampaikan' with only a noun after it
    ("Dalam kesempatan itu, Bupati Sigi Mohamad Irwan menyampaikan arti penting kerja sama kedua daerah.", []),
    # a dialogue: a question by a named official, the answer by a group written in lower case
    ("Kepala Polres Palu AKBP Rudi Hartono menemui para tahanan, Senin.\n"
     "“Kalian mau mengulangi perbuatan itu lagi?” tanya Rudi.\n“Tidak mau lagi pak,” jawab para tahanan serentak.",
     [("direct", "Kalian mau mengulangi perbuatan itu lagi?", "Rudi Hartono", "tanya"),
      ("direct", "Tidak mau lagi pak", "para tahanan", "jawab")]),
    # 'menurutnya' inside a clause without commas
    ("Kepala Bappeda Sigi, Hendra Saputra, meninjau lokasi proyek.\n"
     "Jembatan itu menurutnya akan memperlancar arus barang antardesa.",
     [("indirect", "Jembatan itu akan memperlancar arus barang antardesa", "Hendra Saputra", "menurutnya")]),
])
def test_quotes_table_cues(analyse, text, expected):
    assert _rows(analyse(text)) == expected


def test_statement_pointed_to_by_a_noun_phrase(analyse):
    text = ("Pemerintah Kabupaten Sigi siap membangun sepuluh sekolah baru tahun depan.\n"
            "Komitmen tersebut disampaikan Bupati Sigi Mohamad Irwan saat rapat paripurna, Senin.")
    assert _rows(analyse(text)) == [
        ("indirect", "Pemerintah Kabupaten Sigi siap membangun sepuluh sekolah baru tahun depan", "Mohamad Irwan",
         "disampaikan")]


def test_speaker_verb_with_hal_tersebut_attributes_the_sentence_before(analyse):
    text = ("Pemerintah Kabupaten Sigi mendukung penuh program sekolah rakyat.\n"
            "Sekretaris Daerah Sigi Andi Mappaseng menegaskan hal tersebut saat menerima tim kementerian, Senin.")
    assert _rows(analyse(text)) == [
        ("indirect", "Pemerintah Kabupaten Sigi mendukung penuh program sekolah rakyat", "Andi Mappaseng",
         "menegaskan")]


def test_subject_named_after_an_honorific(analyse):
    text = "Penanggung Jawab Program Gizi Dinkes Sigi dr Wulandari menyampaikan program ini menyasar seribu balita."
    rows = _rows(analyse(text))
    assert rows == [("indirect", "program ini menyasar seribu balita", "Wulandari", "menyampaikan")]


def test_quote_paragraph_introduced_by_a_colon(analyse):
    text = ("Dalam sambutannya, Bupati Sigi Mohamad Irwan menegaskan:\n"
            "“Tidak boleh ada lagi anak putus sekolah di daerah ini.”")
    rows = _rows(analyse(text))
    assert rows == [("direct", "Tidak boleh ada lagi anak putus sekolah di daerah ini", "Mohamad Irwan",
                     "menegaskan")]


def test_passive_cue_inside_a_sentence_with_its_speaker(analyse):
    text = ("Kepala Bappeda Sigi, Hendra Saputra, meninjau lokasi proyek.\n"
            "Pembangunan jembatan itu disebutkan Hendra akan selesai akhir tahun ini.")
    rows = _rows(analyse(text))
    assert rows == [("indirect", "Pembangunan jembatan itu akan selesai akhir tahun ini", "Hendra Saputra",
                     "disebutkan")]


def test_an_anaphor_opening_the_article_takes_who_the_next_sentence_names(analyse):
    text = ("SIGI - \u201cKami siap mendukung kerja sama ini,\u201d tandasnya. Hal itu disampaikan Penjabat (Pj) "
            "Bupati Sigi, Drs. H. Hendra Saputra, M.Si., saat membuka acara, Senin (3/6/2024).")
    [q] = _quotes(analyse(text))
    assert q.speaker == "Hendra Saputra"


def test_an_anaphor_nobody_names_keeps_the_quote(analyse):
    [q] = _quotes(analyse("SIGI - \u201cKami siap mendukung kerja sama ini,\u201d tandasnya."))
    assert q.speaker == "nya"


def test_nickname_with_a_form_of_address(analyse):
    text = ("Wali Kota Palu Hadianto Rasyid yang akrab disapa Kang Hadi meninjau pasar itu.\n"
            "“Atap pasar ini akan kami perbaiki tahun depan,” kata Kang Hadi.")
    [q] = _quotes(analyse(text))
    assert q.speaker == "Hadianto Rasyid"


def test_menurut_with_a_title_and_no_comma(analyse):
    text = "Menurut Bupati Sigi Mohamad Irwan pembangunan jembatan itu akan dimulai bulan depan."
    rows = _rows(analyse(text))
    assert rows == [("indirect", "pembangunan jembatan itu akan dimulai bulan depan", "Mohamad Irwan", "Menurut")]


def test_role_then_name_after_a_comma_names_the_speaker(analyse):
    text = ("“Semua sekolah dasar sudah mendapat siswa baru,” ujar Sekretaris Dinas Pendidikan Sigi, "
            "Sulastri dikonfirmasi Kamis.\nDikatakan, pendaftaran masih dibuka sampai akhir bulan ini.")
    rows = _rows(analyse(text))
    assert [r[2] for r in rows] == ["Sulastri", "Sulastri"]


def test_quoted_term_before_a_cue_word_is_no_quote(analyse):
    text = "Program “Kampung Nelayan Sejahtera Mandiri” jelas membutuhkan dukungan banyak pihak."
    assert _quotes(analyse(text)) == []


def test_joint_speakers_take_the_first_named(analyse):
    text = ("Bupati Sigi Mohamad Irwan dan Wakil Bupati Sigi Samuel Rombe mengatakan, "
            "pembangunan pasar itu akan selesai akhir tahun.")
    [q] = _quotes(analyse(text))
    assert q.speaker == "Mohamad Irwan"


# --- speed: people found without a regex per name, aliases from one scan, passages by marks -----

def test_mentions_are_whole_words_longest_form_first():
    from pipeline.match._people import PersonIndex

    text = "Budi Santoso bertemu Ali dan Alimudin; Santoso_2 dan Santoso, lalu Ali."
    idx = PersonIndex.build(text, [("Budi Santoso", "Wali Kota"), ("Ali", None)])
    # 'Santoso' inside the full name is not a mention of its own; 'Alimudin' and 'Santoso_2' are no 'Ali'/'Santoso'
    assert [(text[m.start:m.end], m.name) for m in idx.mentions] == [
        ("Budi Santoso", "Budi Santoso"), ("Ali", "Ali"), ("Santoso", "Budi Santoso"), ("Ali", "Ali")]


@pytest.mark.parametrize("text, form", [
    ("Ali, Ali_1, 2Ali, Alí, Ali-Ali dan (Ali).", "Ali"),
    ("Dato’ Seri Anwar dan Dato’ Seri", "Dato’ Seri"),
    ("aaa aa aaaa aa", "aa"),
])
def testwhole_word_hits_are_those_of_the_word_boundary_regex(text, form):
    import re

    from pipeline.match._people import whole_word_hits

    expected = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text)]
    assert list(whole_word_hits(text, form)) == expected


def test_alias_in_brackets_after_a_name_or_surname(blank_nlp):
    from pipeline.match.quotes import _aliases
    from pipeline.schema import Official

    text = "Wali Kota Budi Santoso (Busan) hadir. Santoso\n(Santo) dan Alimudin (Kecil) bertemu (Bukan) warga."
    offs = [Official(name="Budi Santoso", start=10, end=22, sentence=0, rule="t"),
            Official(name="Ali", start=0, end=3, sentence=0, rule="t")]
    # white space may stand between the name and its bracket; 'Alimudin' ends in no official's name
    assert _aliases(blank_nlp(text), offs) == {"Busan": "Budi Santoso", "Santo": "Budi Santoso"}


def test_direct_passages_between_quote_marks():
    from pipeline.match.quotes import direct_passages

    p = ("Ia berkata, “Kami siap bekerja sama dengan ‘sister city’ itu.” Lalu 'Ayo,' katanya. "
         "Rumah Jum'at \"Mulai besok\" pun buka.")
    # the inner pair stays inside its passage, an apostrophe inside a word opens nothing
    assert [p[cs:ce] for _, cs, ce, _ in direct_passages(p, 0, len(p))] == [
        "Kami siap bekerja sama dengan ‘sister city’ itu.", "Ayo,", "Mulai besok"]
    # two apostrophes typed for a double quote pair with each other; an inner single pair stays inside
    q = "''Kami siap membangun 'smart city' itu,'' kata Budi. Lalu ''Ayo'' pun terdengar."
    assert [(q[cs:ce], q[ce:end]) for _, cs, ce, end in direct_passages(q, 0, len(q))] == [
        ("Kami siap membangun 'smart city' itu,", "''"), ("Ayo", "''")]


def test_quote_in_doubled_apostrophes_is_direct(analyse):
    text = ("Kepala Dinas Kominfo Kota Bima, Budi Hartono, meninjau jaringan internet.\n"
            "''Kami juga menyiapkan wifi gratis di taman kota,'' kata Budi.")
    assert _rows(analyse(text)) == [("direct", "Kami juga menyiapkan wifi gratis di taman kota", "Budi Hartono", "kata")]


@pytest.fixture(scope="module")
def blank_nlp():
    import spacy

    return spacy.blank("id")


@pytest.mark.parametrize("text", [
    "Kepala Dinas Pariwisata Rina Marlina MENGATAKAN, kunjungan itu akan diulang tahun depan.",
    "Program magang ini sangat membantu, katanya saat ditemui di kantornya.",
    "Kata Bupati, semua desa akan mendapat bantuan.",
    "Warga desa berkumpul di balai sejak pagi untuk menyambut rombongan.",
    "Ia menyampaikan bahwa kerja sama itu berlanjut hingga 2027.",
    "Rombongan tiba pukul 09.00,ujar petugas.",
    "Dıa mengatakan hal lain; ſetelah itu ujarnya pula.",
])
def test_cue_prefilter_never_skips_a_sentence_the_pattern_matches(text):
    from pipeline.match.quotes import _cue_patterns, _may_hold_cue

    for kind in ("short", "verb"):
        if _cue_patterns()[kind].search(text):
            assert _may_hold_cue(text, 0, len(text), kind), kind
    assert not _may_hold_cue("Warga desa berkumpul di balai sejak pagi.", 0, 41, "verb")


@pytest.mark.parametrize("text", [
    "Ia mengatakan, jembatan itu selesai Mei, ujarnya. Kata Bupati Sarmi, dana sudah cair.",
    "Pak Lurah sebut warga siap; ia tegaskan lagi: tanya-jawab dibuka, katanya_ lalu KATANYA pula.",
    "Menurutnya, program berlanjut. Dikatakannya juga bahwa Wakil Camat menjelaskan rencana itu.",
    "Dıa mengatakan hal lain; ſetelah itu ujarnya pula dan ia sampaikan terima kasih.",
    "mengatakan",
    "",
])
def test_article_cue_index_agrees_with_the_scan_of_each_window(text):
    """The cue words found once per article answer every window (even one cutting a word) as
    the per-window scan does."""
    from pipeline.match.quotes import _Article, _bare_cue_runs, _may_hold_cue
    from tests._blankdoc import blank_doc

    art = _Article(blank_doc(text), [])
    for ss in range(len(text) + 1):
        for se in range(ss, len(text) + 1):
            for kind in ("short", "verb"):
                assert art.may_hold_cue(ss, se, kind) == _may_hold_cue(text, ss, se, kind), (ss, se, kind)
            assert art.bare_cues(ss, se) == _bare_cue_runs(text, ss, se), (ss, se)
    if text and "ſ" not in text:
        assert any(art.may_hold_cue(0, len(text), k) for k in ("short", "verb"))


def test_quotation_in_a_link_line_is_no_quote(analyse):
    text = ("Camat Lembang, Yusuf Hidayat, meninjau saluran air.\n"
            "Baca juga: “Kami Tidak Takut Banjir Lagi,” Kata Warga Cibodas soal Tanggul Baru\n"
            "Pilihan Editor: “Sungai Ini Harus Bersih,” Pesan Bupati kepada Warga Lembang\n"
            "“Saluran ini akan kami keruk pekan depan,” ujar Yusuf.")
    assert _rows(analyse(text)) == [("direct", "Saluran ini akan kami keruk pekan depan", "Yusuf Hidayat", "ujar")]


def test_quotation_in_a_photo_caption_is_no_quote(analyse):
    # a banner's words or a remark pictured in a caption, with or without the caption's bracket
    text = ("Camat Lembang, Yusuf Hidayat, meninjau saluran air.\n"
            "Foto: Warga membentangkan spanduk di depan kantor camat. “Kami Butuh Air Bersih,” tulis spanduk itu.\n"
            "(Foto: Petugas memeriksa pintu air. “Aman, Pak,” kata petugas itu menenangkan. Humas Pemkab)\n"
            "“Saluran ini akan kami keruk pekan depan,” ujar Yusuf.")
    assert _rows(analyse(text)) == [("direct", "Saluran ini akan kami keruk pekan depan", "Yusuf Hidayat", "ujar")]


def test_reply_and_wording_cues_after_a_quote(analyse):
    # 'balas X' answers a question in a hearing; 'demikian bunyi surat edaran' quotes a circular, whose
    # signer is the one who speaks through it
    text = ("Anggota DPRD Kota Bima, Rusdin Abdullah, bertanya soal kuota.\n"
            "“Kuotanya sudah kami tambah dua kali lipat dari tahun lalu,” balas Kepala Dinas Sosial Kota Bima, "
            "Hartini Mahmud.\n"
            "Larangan itu tertuang dalam surat edaran yang ditandatangani Sekretaris Daerah Kota Bima, Ahmad Fauzan.\n"
            "“Pegawai dilarang membawa kendaraan dinas ke luar daerah selama libur,” demikian bunyi surat edaran itu.")
    rows = [(k, s) for k, _, s, _ in _rows(analyse(text))]
    assert rows == [("direct", "Hartini Mahmud"), ("direct", "Ahmad Fauzan")]


def test_sentence_initial_verb_opens_an_adverbial_not_a_cue(analyse):
    text = ("Kepala Dinas Pendidikan Kota Ternate, Rahmat Soleman, hadir dalam rapat itu.\n"
            "Menanggapi hal itu, Rahmat menyatakan data tersebut akan diumumkan di laman dinas pekan depan.")
    assert _rows(analyse(text)) == [("indirect", "data tersebut akan diumumkan di laman dinas pekan depan",
                                     "Rahmat Soleman", "menyatakan")]


def test_subject_then_how_it_spoke_then_the_verb(analyse):
    # 'X dalam rilis yang diterima ...', 'X dalam siaran persnya': the adverbial is no part of the subject
    text = ("Humas Polres Sumbawa dalam rilis yang diterima wartawan menyebutkan pihaknya menyiagakan 12 pos "
            "pengamanan selama libur panjang.\n"
            "Sementara itu, perwakilan WHO Indonesia dalam siaran persnya menyebut vaksin tambahan tiba pekan depan.")
    assert [(t, s) for _, t, s, _ in _rows(analyse(text))] == [
        ("pihaknya menyiagakan 12 pos pengamanan selama libur panjang", "Humas Polres Sumbawa"),
        ("vaksin tambahan tiba pekan depan", "perwakilan WHO Indonesia")]


def test_headline_speaker_colon_quotation(analyse):
    text = ("Bupati Sigi: “Tidak Ada Pungutan untuk Sertifikat Tanah”\n"
            "SIGI - Bupati Sigi, Mohamad Rizal Lasahido, meminta warga melapor bila dimintai uang.\n"
            "Foto: “Jangan Ada Pungli di Desa Kami” tertulis di spanduk warga.")
    assert _rows(analyse(text)) == [("direct", "Tidak Ada Pungutan untuk Sertifikat Tanah", "Mohamad Rizal Lasahido",
                                     ":")]


def test_role_written_with_title_words_left_out(analyse):
    text = ("Kepala Pelaksana BPBD Luwu Utara, Andi Makmur Saleh, meninjau lokasi longsor.\n"
            "Kepala Dinas Sosial Luwu Utara, Hasanuddin Lapasere, menyalurkan bantuan.\n"
            "“Tim kami siaga 24 jam di lokasi,” kata Kepala BPBD Luwu Utara.")
    assert _rows(analyse(text))[-1] == ("direct", "Tim kami siaga 24 jam di lokasi", "Andi Makmur Saleh", "kata")


def test_in_order():
    from pipeline.match.quotes import _in_order

    assert _in_order(["bpbd", "garut"], ["pelaksana", "bpbd", "garut"])
    assert not _in_order(["garut", "bpbd"], ["pelaksana", "bpbd", "garut"])


def test_clause_subject_after_a_speech_verb_is_no_object(analyse):
    # 'data dari sensor dapat dipakai' is a clause; 'ketertarikannya pada ...' and 'rasa bangga ...' are objects
    text = ("Dekan Fakultas Teknik Universitas Tadulako, Hamzah Lasantu, meninjau alat itu.\n"
            "Guru besar teknik sipil itu berharap data dari sensor dapat dipakai untuk penelitian banjir di Palu.\n"
            "Duta Besar Selandia Baru, Mark Robinson, mengungkapkan ketertarikannya pada program panas bumi di Poso.\n"
            "Ia juga menyampaikan rasa bangga bisa bekerja sama dengan pemerintah daerah.")
    assert [(t, s) for _, t, s, _ in _rows(analyse(text))] == [
        ("data dari sensor dapat dipakai untuk penelitian banjir di Palu", "Hamzah Lasantu")]


def test_long_description_after_the_cue_is_an_anaphor(analyse):
    text = ("Kepala Perwakilan KOICA Indonesia, Kim Min-jae, meninjau sekolah itu.\n"
            "“Kami ingin program ini berlanjut sampai lima tahun ke depan,” ujar pria yang sudah enam tahun "
            "bertugas di Jakarta itu.")
    assert _rows(analyse(text))[-1][2] == "Kim Min-jae"


def test_verb_inside_an_urged_clause_is_no_cue(analyse):
    text = ("Pengamat kebijakan dari Universitas Hasanuddin, Rahmat Basri, mengingatkan agar pemerintah memastikan "
            "penerima bantuan tidak hanya warga di kota.\n"
            "Menurut dia, data penerima harus diumumkan terbuka.")
    assert [(t, s) for _, t, s, _ in _rows(analyse(text))] == [
        ("data penerima harus diumumkan terbuka", "Rahmat Basri")]


def test_place_inside_a_title_before_the_name(analyse):
    # 'Kepala Desa Long Apari di Mahakam Ulu, Yohanes Ding' is one title and one name
    text = "Kepala Desa Long Apari di Mahakam Ulu, Yohanes Ding Lawing, mengaku desanya menerima dana Rp 200 juta."
    assert _rows(analyse(text))[0][2] == "Yohanes Ding Lawing"


def test_quote_left_open_and_opened_again_in_the_next_paragraph_is_one_passage(analyse):
    text = ("Kepala Dinas Perikanan Kota Bitung, Hendrik Wuisan, menuturkan:\n"
            "“Produksi cakalang turun hampir separuh karena cuaca buruk sejak Juli.\n"
            "“Kami sudah minta kapal kecil tidak melaut dulu sampai gelombang reda.”")
    [q] = _quotes(analyse(text))
    assert q.text.startswith("Produksi cakalang turun") and q.text.endswith("sampai gelombang reda")
    assert q.speaker == "Hendrik Wuisan"


def test_shared_clan_name_is_not_the_other_person(analyse):
    # Batak clan names are shared: 'Martua Siregar' is not the 'Siregar' of 'Rapidin Siregar Manik'
    text = ("Bupati Samosir, Rapidin Siregar Manik, hadir dalam rapat itu.\n"
            "Martua Siregar, Bupati Toba, mengatakan penataan keramba harus dilakukan bersama.")
    assert _rows(analyse(text))[-1][2] == "Martua Siregar"


def test_time_between_commas_is_no_subject(analyse):
    text = "Bagian Humas Pemkab Wonogiri, kemarin, mengabarkan, Pemkab Wonogiri memperluas kerja sama dengan UNS."
    assert _rows(analyse(text)) == [("indirect", "Pemkab Wonogiri memperluas kerja sama dengan UNS",
                                     "Bagian Humas Pemkab Wonogiri", "mengabarkan")]


def test_regnal_number_ends_its_sentence():
    from pipeline.match.quotes import _REGNAL_END, _REGNAL_STOP

    text = "Ia bertemu Sri Sultan Hamengku Buwono X. Setelah itu, Kim mengatakan programnya dimulai Mei."
    assert _REGNAL_END.search(text, 0, text.index("X.") + 2)
    assert [m.end() for m in _REGNAL_STOP.finditer(text)] == [text.index("Setelah")]


@pytest.mark.parametrize("text, expected", [
    # a bare speech verb right after the person or a pronoun
    ("Penjabat Wali Kota Parepare, Akbar Ali, hadir dalam rapat itu.\n"
     "Dalam sambutannya, Akbar sebut kerja sama ini akan membuka lapangan kerja bagi lulusan SMK.",
     [("indirect", "kerja sama ini akan membuka lapangan kerja bagi lulusan SMK", "Akbar Ali", "sebut")]),
    # ... but not 'Hal itu ia sampaikan saat ...' nor 'sebut saja ...' nor a noun object
    ("Bupati Pinrang, Irwan Hamid, meresmikan pasar itu.\nHal itu ia sampaikan saat meninjau pasar di Kecamatan Lembang.\n"
     "Ia sampaikan terima kasih kepada seluruh pedagang yang sudah pindah ke gedung baru.\n"
     "Materi yang ia sampaikan meliputi tiga hal penting bagi pedagang.\n"
     "Seorang pedagang, sebut saja Wati, berjualan di sana sejak pagi.", []),
])
def test_bare_speech_verb(analyse, text, expected):
    assert [r for r in _rows(analyse(text)) if r[0] == "indirect"] == expected


def test_menerangkan_reports_a_clause_without_a_comma(analyse):
    text = "Kepala Dinas Tenaga Kerja Kota Cilegon, Yuni Astuti, menerangkan peserta magang berangkat pada Oktober."
    assert _rows(analyse(text)) == [("indirect", "peserta magang berangkat pada Oktober", "Yuni Astuti", "menerangkan")]


def test_cue_then_speaker_then_quotation(analyse):
    text = ("Kepala BPS Sumatera Barat, Herum Fajarwati, hadir dalam rilis itu.\n"
            "Menurut Kepala BPS Sumatera Barat, Herum Fajarwati, “Angka kemiskinan turun 0,4 persen tahun ini.”")
    assert _rows(analyse(text)) == [("direct", "Angka kemiskinan turun 0,4 persen tahun ini", "Herum Fajarwati",
                                     "Menurut")]


def test_quote_then_hal_itu_disampaikan_names_its_speaker(analyse):
    text = ("Kepala Desa Sukorejo, Budi Hartono, hadir dalam rapat.\n"
            "“Kami akan membangun 20 embung tahun ini. Anggarannya dari dana desa dan APBD kabupaten.”\n"
            "Hal itu diungkapkan Kepala Dinas PU Kabupaten Blitar, Rahmat Hidayat Subekti, usai rapat koordinasi.\n"
            "“Lahan untuk embung sudah dibebaskan.” Hal tersebut disampaikan Camat Sutojayan, Wahyu Prasetyo.")
    assert [(k, s) for k, _, s, _ in _rows(analyse(text))] == [("direct", "Rahmat Hidayat Subekti"),
                                                               ("direct", "Wahyu Prasetyo")]


def test_described_role_connective_passive_and_cue_with_lagi(analyse):
    text = ("Kepala Dinas Perhubungan Kota Bandung, Rizki Ramadhan Putra, meninjau terminal.\n"
            "“Armada tambahan kami siapkan mulai H-7,” imbuh Kepala Dinas yang juga mantan Camat Coblong itu.\n"
            "Lebih lanjut dikatakan, pengawasan akan dilakukan selama 24 jam di tiga terminal.\n"
            "Ujarnya lagi, pemudik diminta tidak membawa barang berlebihan.")
    rows = _rows(analyse(text))
    assert [r[1] for r in rows] == ["Armada tambahan kami siapkan mulai H-7",
                                    "pengawasan akan dilakukan selama 24 jam di tiga terminal",
                                    "pemudik diminta tidak membawa barang berlebihan"]
    assert {r[2] for r in rows} == {"Rizki Ramadhan Putra"}


def test_agent_of_a_passive_after_its_title_is_no_subject(analyse):
    text = ("Kepala Bappeda Kota Surabaya, Irvan Wahyudrajad Putra, mengatakan kerja sama itu berjalan sejak 2012.\n"
            "Program kompos rumah tangga, misalnya, diperkenalkan oleh tenaga ahli Kitakyushu, Koji Takakura, pada 2004.\n"
            "Menurut dia, metode kompos itu kini dipakai di lebih dari 17 ribu rumah tangga.\n"
            "Dalam suratnya, Wali Kota Kitakyushu, Kazuhisa Takeuchi, menulis bahwa beasiswa akan ditambah.")
    assert [(t[:20], s) for _, t, s, _ in _rows(analyse(text))] == [
        ("kerja sama itu berja", "Irvan Wahyudrajad Putra"), ("metode kompos itu ki", "Irvan Wahyudrajad Putra"),
        ("beasiswa akan ditamb", "Kazuhisa Takeuchi")]


def test_statement_noun_after_a_quotation_names_its_speaker(analyse):
    # the quote right after an attributed one is not 'continued' when the next words name another speaker
    text = ("Ketua TP PKK Kabupaten Kebumen, Siti Aminah Widodo, membuka pelatihan itu.\n"
            "“Ibu-ibu jangan malu belajar jualan daring,” tutur Siti.\n"
            "“Produk kita tidak kalah dengan daerah lain.” Kalimat itu diucapkan Bupati Kebumen, Arif Sugiyanto Nugroho, "
            "saat menutup pelatihan.")
    assert [s for _, _, s, _ in _rows(analyse(text))] == ["Siti Aminah Widodo", "Arif Sugiyanto Nugroho"]


def test_quote_after_a_same_effect_sentence_and_sebagai_berikut(analyse):
    text = ("Kepala Desa Kemiri, Budi Santoso Wibowo, dan Ketua BPD, Ani Lestari, hadir.\n"
            "Dalam sambutannya, Budi menyampaikan sebagai berikut: “Dana desa tahun ini kami fokuskan untuk jalan.”\n"
            "Ani mengungkapkan hal senada. “Jalan usaha tani itu kebutuhan paling mendesak.”\n"
            "Hal serupa disampaikan Camat Kemiri, Sutrisno Hadi.\n"
            "“Kecamatan akan membantu lewat program padat karya.”")
    assert [(k, s) for k, _, s, _ in _rows(analyse(text))] == [
        ("direct", "Budi Santoso Wibowo"), ("direct", "Ani Lestari"), ("direct", "Sutrisno Hadi")]


@pytest.mark.parametrize("text, expected", [
    ("Kepala Dinas Pertanian Jember, Hari Wibowo Santoso, hadir.\n"
     "Seperti disampaikan Hari, dinas akan menambah 15 unit mesin panen untuk kelompok tani.",
     ("dinas akan menambah 15 unit mesin panen untuk kelompok tani", "Hari Wibowo Santoso", "disampaikan")),
    ("Kepala Bidang Tanaman Pangan, Rina Astuti, hadir.\n"
     "Sebagaimana dikatakan Kepala Bidang Tanaman Pangan, Rina Astuti, pupuk bersubsidi sudah tersalurkan.",
     ("pupuk bersubsidi sudah tersalurkan", "Rina Astuti", "dikatakan")),
    ("Kepala Bidang Tanaman Pangan, Rina Astuti, hadir.\n"
     "Berdasarkan penjelasan Rina, sisa pupuk akan disalurkan bulan depan.",
     ("sisa pupuk akan disalurkan bulan depan", "Rina Astuti", "Berdasarkan penjelasan")),
])
def test_as_said_by_and_according_to_an_explanation(analyse, text, expected):
    assert [r[1:] for r in _rows(analyse(text))] == [expected]


def test_menurutnya_lagi(analyse):
    text = ("Kepala Dinas Pertanian Jember, Hari Wibowo Santoso, hadir.\n"
            "Menurutnya lagi, produksi padi tahun ini naik 8 persen dibandingkan tahun lalu.")
    assert _rows(analyse(text))[0][1] == "produksi padi tahun ini naik 8 persen dibandingkan tahun lalu"


def test_institution_named_with_a_list_of_fields_is_one_subject(analyse):
    text = ("JAKARTA - Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi menyatakan kuota beasiswa "
            "tahun ini naik 20 persen.")
    assert _rows(analyse(text)) == [("indirect", "kuota beasiswa tahun ini naik 20 persen",
                                     "Kementerian Pendidikan Kebudayaan Riset dan Teknologi", "menyatakan")]


def test_closing_mark_left_out_before_the_cue(analyse):
    text = ("Camat Lembang, Yusuf Hidayat, meninjau lokasi banjir.\n"
            "“Kami siap membantu warga yang rumahnya rusak, ujarnya.\n"
            "“Bantuan logistik sudah kami kirim sejak pagi, kata Yusuf kepada wartawan, Senin (4/3).")
    assert [(k, t, s) for k, t, s, _ in _rows(analyse(text))] == [
        ("direct", "Kami siap membantu warga yang rumahnya rusak", "Yusuf Hidayat"),
        ("direct", "Bantuan logistik sudah kami kirim sejak pagi", "Yusuf Hidayat")]


def test_mengatakan_reports_a_clause_even_after_a_thing_noun(analyse):
    text = ("Kepala Dinas Sosial Kabupaten Gianyar, Ni Komang Ayu Lestari, meninjau dapur umum.\n"
            "Ni Komang mengatakan bantuan beras sudah disalurkan kepada 300 keluarga.\n"
            "Ia mengatakan hal itu kepada wartawan.")
    assert [(t, s) for _, t, s, _ in _rows(analyse(text))] == [
        ("bantuan beras sudah disalurkan kepada 300 keluarga", "Ni Komang Ayu Lestari")]


def test_statement_noun_with_a_modifier_then_a_predicate_opens_a_clause(analyse):
    text = ("Kepala Dinas PU Kota Palu, Andi Rizal Lamato, hadir.\n"
            "Ia menjelaskan rencana pembangunan jembatan akan dimulai Mei.\n"
            "Andi menyampaikan laporan keuangan proyek kepada DPRD.\n"
            "Ia juga menyampaikan rasa bangga bisa bekerja sama dengan warga.")
    assert [t for _, t, _, _ in _rows(analyse(text))] == ["rencana pembangunan jembatan akan dimulai Mei"]


@pytest.mark.parametrize("text", [
    "Bupati Tegal Umar Hadi yang akrab disapa Kang Umar meninjau pasar. Umar mengatakan harga stabil.",
    "Camat baru itu, yang lebih dikenal dengan sebutan Pak Haji, hadir bersama warga.",
    "Rektor yang biasa dipanggil Prof Sari dan yang disebut Bu Rektor itu berbicara.",
    "Warga desa berkumpul di balai sejak pagi untuk menyambut rombongan gubernur.",
    "Yang akrab DISAPA Dodi tidak hadir; ia disebutkan sakit.",
])
def test_nickname_scan_skipped_only_where_the_pattern_cannot_match(text):
    from pipeline.match.quotes import _NICKNAME, _nickname_matches

    assert [m.span() for m in _nickname_matches(text)] == [m.span() for m in _NICKNAME.finditer(text)]


def test_word_character_test_is_the_regex_class():
    """``_cuts_word`` reads \\w with str methods: the two agree on every character."""
    import re

    from pipeline.match.quotes import _cuts_word

    word = re.compile(r"\w")
    for c in map(chr, range(0x110000)):
        assert _cuts_word(c + c, 1) == (word.match(c) is not None), hex(ord(c))


def test_described_role_held_by_a_named_person_is_that_person(analyse):
    # however long the description, a role that opens it and that someone in the article holds is them;
    # a capitalised run cut inside a title ('Kepala dinas ...') names nobody
    text = ("Sekretaris Daerah (Sekda) Kabupaten Sumbawa, Hendra Wijaya, membuka rapat koordinasi.\n"
            "Kepala Bagian Pemerintahan, Rosmawati, memaparkan data kependudukan terbaru.\n"
            "Sekda yang juga selaku Ketua Tim Percepatan Penurunan Stunting Kabupaten Sumbawa itu menyampaikan "
            "bahwa anggaran pemberian makanan tambahan naik menjadi Rp 4 miliar.\n"
            "Turut hadir Konsul Jenderal RI di Penang, Bagus Santoso.\n"
            "Konjen RI di Penang itu menilai kerja sama antarkota bisa memperkuat hubungan kedua negara.\n"
            "Kepala dinas yang baru dilantik pekan lalu itu menilai jumlah pegawai masih kurang.")
    rows = [(r[2], r[1][:20]) for r in _rows(analyse(text))]
    assert rows == [("Hendra Wijaya", "anggaran pemberian m"), ("Bagus Santoso", "kerja sama antarkota")]


def test_unnamed_source_is_the_speaker_and_what_its_pronoun_points_to(analyse):
    text = ("Kuasa hukum tersangka, Darwin Sihombing, menyebut kliennya siap mengembalikan kerugian negara.\n"
            "Seorang pegawai di kantor itu yang enggan disebutkan namanya mengatakan, tersangka dikenal pendiam "
            "dan jarang bergaul.\n"
            "“Orangnya tertutup. Kami kaget waktu dengar dia jadi tersangka,” ujarnya.")
    rows = [(r[0], r[2]) for r in _rows(analyse(text))]
    assert rows == [("indirect", "Darwin Sihombing"), ("indirect", "pegawai di kantor itu"),
                    ("direct", "pegawai di kantor itu")]


def test_verb_of_judging_reports_a_clause_opened_by_a_listed_noun(analyse):
    # 'sosialisasi' after 'menyampaikan' is a thing handed over; after 'menilai', with a predicate
    # a few words on, it opens the judged clause
    text = ("Ketua Komisi II DPRD Kota Singkawang, Yohanes Tjhai, menghadiri rapat relokasi pasar.\n"
            "Yohanes menilai sosialisasi kepada 600 pedagang belum cukup dan terkesan terburu-buru.\n"
            "Ia menyampaikan sosialisasi kepada pedagang pasar ikan.")
    assert _rows(analyse(text)) == [("indirect", "sosialisasi kepada 600 pedagang belum cukup dan terkesan "
                                                 "terburu-buru", "Yohanes Tjhai", "menilai")]


def test_answer_to_a_question_in_the_same_sentence(analyse):
    text = ("Plt Kepala Dinas Pekerjaan Umum Kota Palopo, Zainal Arifin, meninjau tanggul.\n"
            "Ketika ditanya soal waktu pengerjaan, Zainal menjawab lelang akan dimulai Januari.\n"
            "Program itu menjawab persoalan banjir di pesisir selama ini.")
    assert _rows(analyse(text)) == [("indirect", "lelang akan dimulai Januari", "Zainal Arifin", "menjawab")]


def test_attributions_as_regional_news_breaks_them(analyse):
    # the attribution pushed to the next line; 'Sedangkan menurut X'; a long 'pria yang juga ... itu'
    text = ("Wali Kota Bima, H. Arif Rahman, meninjau posko banjir, Senin.\n"
            "“Kami minta semua OPD siaga,”\n"
            "ujar Arif.\n"
            "Sedangkan menurut Ketua DPRD Kota Bima, Rusdin Hamzah, anggaran tak terduga bisa segera dicairkan.\n"
            "Pria yang juga Ketua DPD Partai Golkar Kota Bima itu menegaskan dewan tidak akan menunda pencairan.")
    assert _rows(analyse(text)) == [
        ("direct", "Kami minta semua OPD siaga", "Arif Rahman", "ujar"),
        ("indirect", "anggaran tak terduga bisa segera dicairkan", "Rusdin Hamzah", "Sedangkan menurut"),
        ("indirect", "dewan tidak akan menunda pencairan", "Rusdin Hamzah", "menegaskan")]


def test_bare_role_opening_a_sentence_is_who_its_pronoun_points_to(analyse):
    # 'Wakil Bupati mengucapkan terima kasih' names nobody, yet 'Menurutnya' after it is the vice regent's;
    # an acting head's role matches the title however the prefix is written ('Pjs Bupati', 'Pjs. Bupati X')
    text = ("Bantuan diserahkan Konsul Australia di Bali, Jessica Hartley, dan diterima Wakil Bupati Sumba Barat, "
            "Umbu Ndaru Hamaratu.\n"
            "“Water is life, and no family should walk hours to get it,” kata Jessica.\n"
            "Wakil Bupati mengucapkan terima kasih atas bantuan tersebut. Menurutnya, sedikitnya 30 desa "
            "kesulitan air bersih setiap kemarau.\n"
            "Pjs. Bupati Sumba Barat, Dedi Supriadi, meninjau sumur bor.\n"
            "“Semua desa harus punya sumur,” tegas Pjs Bupati.")
    assert [(r[2], r[1][:18]) for r in _rows(analyse(text))] == [
        ("Jessica Hartley", "Water is life, and"), ("Umbu Ndaru Hamaratu", "sedikitnya 30 desa"),
        ("Dedi Supriadi", "Semua desa harus p")]


def test_headline_quotation_of_an_institution(analyse):
    text = ("Tol Seksi 5 Molor, Kementerian PU: \"Kendala Utama di Pembebasan Lahan\"\n"
            "BALIKPAPAN - Pembangunan jalan tol seksi 5 dipastikan molor dari target.")
    assert _rows(analyse(text)) == [("direct", "Kendala Utama di Pembebasan Lahan", "Kementerian PU", ":")]


def test_forum_speakers_described_and_shouting(analyse):
    # a shout from a protest car is a speech cue; 'Dosen yang ... itu' describes the last one named, even
    # with a listed noun after its verb; a village head under a regional name; 'Usai ...' names nobody
    text = ("Koordinator aksi, Dadan Hermawan, memimpin unjuk rasa di depan kantor bupati.\n"
            "“Kami kerja dari subuh sampai malam, bawa pulang cuma Rp 80 ribu,” teriak Dadan dari atas mobil komando.\n"
            "Asisten II Setda Kabupaten Garut, Taufik Hidayat, menerima perwakilan massa. Usai audiensi, ia "
            "mengatakan aspirasi pengemudi akan diteruskan ke Kementerian Perhubungan.\n"
            "Akademisi Universitas Garut, Dr. Yuni Astuti, juga hadir. Dosen yang meneliti lahan gambut sejak 2010 "
            "itu menilai persoalan utamanya ada pada tata kelola air.\n"
            "“Gajahnya ada tujuh ekor,” kata Peratin Sukamarga, Suharno, saat dihubungi.")
    assert [r[2] for r in _rows(analyse(text))] == ["Dadan Hermawan", "Taufik Hidayat", "Yuni Astuti", "Suharno"]


def test_statement_closed_by_sebagaimana_disampaikan_and_reasons(analyse):
    text = ("Kapolres Pati AKBP Yusuf Hamzah memimpin pengamanan pawai.\n"
            "Sebanyak 350 personel gabungan disiagakan di sepanjang rute, sebagaimana disampaikan Kasi Humas "
            "Polres Pati, Ipda Sahidin Nur.\n"
            "Kepala UPTD Jalan Pati, Marolop Hutagalung, mengakui kerusakan itu. Namun ia beralasan anggaran "
            "tahun ini hanya cukup untuk penambalan darurat.\n"
            "“Tiap tahun diusulkan, tiap tahun hilang di pembahasan,” kesal politisi Partai Golkar itu.")
    assert [(r[2], r[3]) for r in _rows(analyse(text))] == [
        ("Sahidin Nur", "disampaikan"), ("Marolop Hutagalung", "beralasan"), ("Marolop Hutagalung", "kesal")]


def test_agent_who_opens_the_event_is_who_ia_points_to(analyse):
    text = ("Pemkot Cimahi menggelar pelatihan pemasaran digital bagi 200 pelaku UMKM.\n"
            "Pelatihan menghadirkan narasumber dari sebuah perusahaan teknologi, Rina Kartika.\n"
            "Acara dibuka secara resmi oleh Wali Kota Cimahi, Yana Mulyadi. Dalam sambutannya, ia menyebut jumlah "
            "UMKM di Cimahi mencapai 20 ribu unit.")
    assert [(r[2], r[3]) for r in _rows(analyse(text))] == [("Yana Mulyadi", "menyebut")]


def test_lead_cue_with_a_titled_name_after_the_role(analyse):
    # the lead's dateline and the holder's honorifics, name and degrees stay out of the clause
    text = ("Imunisasi Polio\n"
            "BIMA - Dinas Kesehatan menargetkan 40 ribu anak mendapat imunisasi polio mulai Senin (15/1/2024), "
            "kata Kepala Dinas Kesehatan Kabupaten Bima, dr. H. Ahmad Yani, M.Kes, di Puskesmas Woha.")
    rows = _rows(analyse(text))
    assert [(r[2], r[1][:40]) for r in rows] == [("Ahmad Yani", "Dinas Kesehatan menargetkan 40 ribu anak")]
    assert "Yani" not in rows[0][1]


def test_reply_verb_with_bahwa(analyse):
    text = ("Wakil Rektor Bidang Akademik, Prof. Syamsul Bahri, menimpali bahwa kampus juga membuka tiga program "
            "studi baru.")
    assert _rows(analyse(text)) == [("indirect", "kampus juga membuka tiga program studi baru", "Syamsul Bahri",
                                     "menimpali")]


def test_sentence_initial_passive_with_bahwa_and_a_description(analyse):
    text = ("Bupati Sinjai, Dr. H. Andi Rizal Mappatunru, S.H., memimpin rapat koordinasi inflasi.\n"
            "Disampaikan pula oleh orang nomor satu di Bumi Panrita Kitta itu bahwa harga cabai rawit sempat "
            "menyentuh Rp 80 ribu.")
    assert _rows(analyse(text)) == [("indirect", "harga cabai rawit sempat menyentuh Rp 80 ribu",
                                     "Andi Rizal Mappatunru", "Disampaikan")]


def test_dialogue_at_a_market(analyse):
    # 'pedagang bernama X itu' names the one who answers; 'meminta Herman memastikan ...' urges, reports
    # nothing; 'Hal itu dikatakan X usai rapat' points back at the quote before it and adds no record
    text = ("Wali Kota Singkawang, Edi Suryadi Kamal, blusukan ke Pasar Hongkong, Jumat pagi.\n"
            "“Berapa retribusi yang ibu bayar sehari?” tanya Edi kepada seorang pedagang ikan.\n"
            "“Lima ribu, Pak. Tapi kadang ditarik dua kali,” jawab pedagang bernama Siti Aminah itu.\n"
            "Edi lalu memanggil Kepala UPT Pasar Hongkong, Herman Syahputra. Ia meminta Herman memastikan tidak "
            "ada pungutan ganda.\n"
            "“Kalau ada petugas yang menarik dua kali, laporkan ke saya,” tegas Edi.\n"
            "Hal itu dikatakan Edi usai berdialog dengan para pedagang di los ikan.")
    assert [(r[2], r[1][:16]) for r in _rows(analyse(text))] == [
        ("Edi Suryadi Kamal", "Berapa retribusi"), ("Siti Aminah", "Lima ribu, Pak. "),
        ("Edi Suryadi Kamal", "Kalau ada petuga")]


def test_lower_case_post_after_a_cue_points_to_its_holder(analyse):
    text = ("Bupati Sigi, Mohamad Irwan, meninjau pasar.\n"
            "“Harga cabai sudah turun sejak pekan lalu,” kata bupati.\n"
            "Kepala Dinas Perdagangan Sigi, Rina Marlina, juga hadir.\n"
            "“Stok beras aman sampai Lebaran,” ujar kepala dinas.\n"
            "“Kami sudah kapok, Pak,” jawab pelaku.")
    assert [r[2] for r in _rows(analyse(text))] == ["Mohamad Irwan", "Rina Marlina", "pelaku"]


def test_outlet_dateline_and_a_trailing_day_stay_out_of_the_clause(analyse):
    text = ("Bus Listrik\n"
            "Liputan6.com, Jakarta - Pemprov DKI menambah 100 bus listrik tahun ini, kata Kepala Dinas "
            "Perhubungan DKI Jakarta, Syafrudin Lubis, Senin.")
    assert _rows(analyse(text)) == [("indirect", "Pemprov DKI menambah 100 bus listrik tahun ini", "Syafrudin Lubis",
                                     "kata")]


def test_naming_something_with_sebagai_reports_no_clause(analyse):
    # 'menyebut X sebagai Y' labels a thing; 'menyebut pasien ... datang' reports a clause
    text = ("Bupati Lembata, Yosef Koban, menyebut banjir bandang itu sebagai bencana terbesar dalam sepuluh tahun.\n"
            "Kepala Puskesmas Lewoleba, Agnes Wutun, menyebut pasien diare mulai berkurang sejak Senin.")
    assert _rows(analyse(text)) == [("indirect", "pasien diare mulai berkurang sejak Senin", "Agnes Wutun",
                                     "menyebut")]


def test_who_agrees_with_a_statement_is_who_speaks_next(analyse):
    text = ("Kuasa hukum terdakwa, Robert Siahaan, menilai putusan itu terlalu berat.\n"
            "Pernyataan Robert diamini oleh istri terdakwa, Marlina Sitorus. Ia mengatakan keluarga sudah "
            "mengembalikan uang itu.")
    assert [r[2] for r in _rows(analyse(text))] == ["Robert Siahaan", "Marlina Sitorus"]


def test_presiding_judge_named_by_the_bench_he_chairs(analyse):
    # 'Majelis hakim yang diketuai X menyatakan': the chair speaks; 'ucap hakim ketua' later is X
    text = ("Sidang vonis digelar di PN Palu.\n"
            "Majelis hakim yang diketuai Bonifasius Tandi menyatakan terdakwa terbukti menerima suap.\n"
            "\"Menjatuhkan pidana penjara selama tiga tahun,\" ucap hakim ketua.")
    doc = analyse(text)
    assert [r[2] for r in _rows(doc)] == ["Bonifasius Tandi", "Bonifasius Tandi"]
    assert [(o.name, o.title) for o in officials(doc)] == [("Bonifasius Tandi", "hakim ketua")]


def test_a_date_before_a_stop_ends_the_reported_clause(analyse):
    # 'Mei.' is no abbreviation: the clause stops there and the next sentence is a report of its own
    text = ("Direktur Teknik PDAM Tirta Batanghari, Yusran Hakim, menjelaskan jadwal giliran air sudah diumumkan "
            "sejak 12 Mei. Namun ia mengakui tidak semua pelanggan membaca pengumuman itu.")
    assert _rows(analyse(text)) == [
        ("indirect", "jadwal giliran air sudah diumumkan sejak 12 Mei", "Yusran Hakim", "menjelaskan"),
        ("indirect", "tidak semua pelanggan membaca pengumuman itu", "Yusran Hakim", "mengakui")]


def test_judging_verb_before_a_noun_with_bukan_reports_a_clause(analyse):
    text = ("Anggota Komisi III DPRD Kota Jambi, Hj. Marlina Sari, S.E., yang meninjau puskesmas itu siang harinya, "
            "menilai persoalan ini bukan semata kesalahan petugas.")
    assert _rows(analyse(text)) == [("indirect", "persoalan ini bukan semata kesalahan petugas", "Marlina Sari",
                                     "menilai")]


def test_described_speaker_followed_by_where_it_was_said(analyse):
    # 'kata pelatih asal Brasil itu dalam konferensi pers': the description points back to the coach
    text = ("Pelatih Persikota Raya, Marcelo Dantas, memuji mental pemainnya.\n"
            "“Mereka tidak panik setelah kebobolan dan tetap main sesuai rencana,” kata pelatih asal Brasil itu "
            "dalam konferensi pers usai laga.")
    assert [r[2] for r in _rows(analyse(text))] == ["Marcelo Dantas"]


def test_a_quotation_without_cue_after_a_reported_statement_continues_its_speaker(analyse):
    text = ("Tim gabungan masih mencari dua warga yang hilang. Kepala Kantor SAR Ternate, Yulianus Bataona, "
            "menjelaskan pencarian terhambat gelombang tinggi.\n"
            "“Kami kerahkan dua perahu karet, tapi kalau ombak naik lagi kami tarik tim ke darat.”\n"
            "Ia menambahkan, penyelam dari Polairud akan diturunkan besok pagi.")
    rows = _rows(analyse(text))
    assert ("direct", "Kami kerahkan dua perahu karet, tapi kalau ombak naik lagi kami tarik tim ke darat",
            "Yulianus Bataona") in [r[:3] for r in rows]
    assert {r[2] for r in rows} == {"Yulianus Bataona"}


def test_a_quotation_after_a_news_paragraph_stays_unattributed(analyse):
    # no reported speech in the paragraph before: nobody to continue
    text = ("Banjir merendam 120 rumah di Kelurahan Tanjung Ria sejak Minggu malam.\n"
            "“Air naik cepat sekali, kami cuma sempat bawa anak-anak.”")
    assert _rows(analyse(text)) == []


def test_holder_after_a_long_agency_title_speaks_not_its_fields(analyse):
    # 'Kepala Dinas Perumahan, Kawasan Permukiman dan Pertanahan (DPKPP) Kabupaten X Y': Y speaks, and the
    # agency's next field after the comma is no name
    text = ("“Setiap desa menerima Rp400 juta untuk jaringan air limbah,” kata Kepala Dinas Perumahan, Kawasan "
            "Permukiman dan Pertanahan (DPKPP) Kabupaten Lumajang Hendro Wicaksono di kantornya, Kamis.")
    assert [r[2] for r in _rows(analyse(text))] == ["Hendro Wicaksono"]


def test_a_quotation_after_an_advertising_slot_continues_its_speaker(analyse):
    text = ("Kepala BPBD Kota Pekalongan, Endro Satmoko, meninjau banjir rob di Panjang Wetan, Senin.\n"
            "“Air laut masuk sejak subuh. Kami sudah siapkan pompa portabel di tiga titik,” ujarnya.\n"
            "ADVERTISEMENT\n"
            "“Warga yang rumahnya terendam kami minta mengungsi dulu ke balai kelurahan.”")
    rows = _rows(analyse(text))
    assert [r[2] for r in rows] == ["Endro Satmoko", "Endro Satmoko"]


def test_a_person_in_a_photo_caption_is_not_who_ujarnya_points_to(analyse):
    text = ("Kepala Dinas Ketahanan Pangan Jambi, Rahmat Sinaga, menyebut stok beras aman hingga Lebaran.\n"
            "(Foto: Gubernur Jambi Hasan Basri meninjau gudang Bulog. Dok. Humas)\n"
            "“Kami sudah koordinasi dengan Bulog untuk operasi pasar di 12 titik,” ujarnya.")
    assert {r[2] for r in _rows(analyse(text))} == {"Rahmat Sinaga"}


def test_a_quotation_goes_on_after_a_link_line_inserted_into_it(analyse):
    text = ("Kepala Dinas Kesehatan NTT, drg. Maria Tefa, mengatakan stok vaksin rabies tinggal 800 dosis.\n"
            "“Kami sudah minta tambahan ke Kemenkes. Kalau tidak datang pekan ini, kami prioritaskan korban gigitan.\n"
            "Baca juga: Kasus Gigitan Anjing di Flores Timur Naik Dua Kali Lipat\n"
            "“Vaksinasi hewan tetap jalan di 22 kabupaten,” kata Maria.")
    direct = [r for r in _rows(analyse(text)) if r[0] == "direct"]
    assert len(direct) == 1 and direct[0][2] == "Maria Tefa"
    assert direct[0][1].startswith("Kami sudah minta") and direct[0][1].endswith("22 kabupaten")


def test_posts_written_short_point_to_the_one_head_of_a_dinas(analyse):
    # 'Kadis Kominfo' and the fused 'Kadiskominfo' are posts, not persons named Kominfo
    text = ("Kepala Dinas Komunikasi, Informatika, Statistik dan Persandian Kabupaten Soppeng, Andi Rahmat Paturusi, "
            "meninjau menara BTS di Desa Lompulle, Selasa.\n"
            "“Tahun ini 40 desa harus tersambung,” kata Kadis Kominfo.\n"
            "Menurut Kadiskominfo, tiga desa masih terkendala lahan.")
    doc = analyse(text)
    assert {r[2] for r in _rows(doc)} == {"Andi Rahmat Paturusi"}
    assert [n for n, _ in [(o.name, o.title) for o in officials(doc)]] == ["Andi Rahmat Paturusi"]


def test_a_quotation_too_short_to_keep_leaves_no_reported_clause(analyse):
    text = "“Kami siap,” kata Rahman, Ketua RT 03 Kelurahan Lalombaa."
    assert _rows(analyse(text)) == []


def test_a_post_first_written_with_itu_points_back_to_who_spoke(analyse):
    # nobody holds 'Dosen Universitas Halu Oleo' in the article: the description is of Anwar, just named
    text = ("Sedangkan Anwar Lakoro berpendapat lain. Dosen Universitas Halu Oleo itu menilai drainase kota tidak "
            "pernah dirawat.")
    assert [r[2] for r in _rows(analyse(text))] == ["Anwar Lakoro"]


def test_a_post_written_before_stays_the_speaker_with_itu(analyse):
    text = ("Kepala Dinas Kesehatan mengatakan stok obat aman. Menurut Budi Santoso, warga juga diminta waspada.\n"
            "Kepala Dinas Kesehatan itu juga menyebut vaksin tiba pekan depan.")
    assert [r[2] for r in _rows(analyse(text))][-1] == "Kepala Dinas Kesehatan"


def test_a_one_dot_degree_after_the_name_is_no_speaker(analyse):
    # 'M.Mar' (Master Mariner) closes the name like 'M.Si'
    text = ("Kepala KSOP Tahuna, Capt. Ferdinand Makalew, M.Mar, menegaskan larangan berlayar berlaku sampai "
            "peringatan dini dicabut.\n"
            "“Keselamatan nomor satu,” ujarnya.")
    assert {r[2] for r in _rows(analyse(text))} == {"Ferdinand Makalew"}


def test_a_fused_post_of_a_health_office_points_to_its_head(analyse):
    text = ("Kepala Dinas Kesehatan Lombok Barat, dr. Nurhidayah Putri, menyebut penurunan stunting berkat posyandu.\n"
            "Kadikes juga menyampaikan bahwa insentif kader naik mulai Januari.")
    assert [r[2] for r in _rows(analyse(text))] == ["Nurhidayah Putri", "Nurhidayah Putri"]


def test_a_headline_with_single_marks_names_its_speaker_by_post(analyse):
    text = ("Atlet Dayung Maluku Raih Emas, Pelatih: 'Hasil Latihan Keras'\n"
            "Pelatih kepala tim dayung Maluku, Milan Jovanovic, memuji para atletnya usai lomba di Teluk Ambon.")
    assert ("direct", "Hasil Latihan Keras", "Milan Jovanovic") in [r[:3] for r in _rows(analyse(text))]


def test_a_headline_clause_before_a_colon_is_no_speaker(analyse):
    text = ("Bupati dan DPRD Beda Pendapat soal Relokasi Pasar Lama: 'Jangan Tunggu Ada Korban'\n"
            "Bupati Sambas, Heri Gunawan, menegaskan relokasi tidak bisa ditunda.")
    assert all(r[1] != "Jangan Tunggu Ada Korban" for r in _rows(analyse(text)))


def test_bercerita_reports_a_clause_with_its_own_subject(analyse):
    text = ("Salah satu korban, Nurul Hasanah (24), masih trauma. Ia bercerita motornya dipepet dua orang saat "
            "pulang kerja.\n"
            "Rudi Hartanto bercerita pengalamannya selama di Jepang kepada para siswa.")
    assert _rows(analyse(text)) == [("indirect", "motornya dipepet dua orang saat pulang kerja", "Nurul Hasanah",
                                     "bercerita")]


# ---------------------------------------------------------------- what the IndoLEM news sentences showed

def test_a_quotation_opened_sentences_earlier_ends_with_its_cue(analyse):
    # the opening mark is in an earlier sentence (or left out): the text before the closing mark is quoted
    text = ("Pendaftaran peserta lomba perahu naga di Danau Sentani sudah dibuka. Kami berharap tim dari "
            "kampung-kampung ikut, sudah ada sebelas tim yang mendaftar,\" kata Ketua Panitia, Yulianus Wanimbo.")
    rows = _rows(analyse(text))
    assert [r[:3] for r in rows] == [("direct", "Kami berharap tim dari kampung-kampung ikut, sudah ada sebelas tim "
                                                "yang mendaftar", "Yulianus Wanimbo")]


def test_a_closing_mark_with_no_cue_after_it_opens_nothing(analyse):
    text = "Warga menyebut jalan itu jalan tikus,\" meski sudah diaspal sejak tahun lalu."
    assert _rows(analyse(text)) == []


def test_menurut_a_report_or_data_is_no_speaker(analyse):
    assert _rows(analyse("Menurut laporan itu, harga gabah di tingkat petani turun dua persen sepekan terakhir.")) == []
    assert _rows(analyse("Menurut data Dinas Perikanan, produksi rumput laut naik tahun ini.")) == []


def test_a_confirmation_with_a_comma_is_a_cue(analyse):
    rows = _rows(analyse("Kepala Basarnas Ternate, Fahmi Rahmat, mengonfirmasi, dua nelayan yang hilang sudah "
                         "ditemukan selamat."))
    assert [r[:3] for r in rows] == [("indirect", "dua nelayan yang hilang sudah ditemukan selamat", "Fahmi Rahmat")]


def test_percaya_diri_is_a_feeling_not_a_belief(analyse):
    assert _rows(analyse("Pelatih PSM Makassar, Bernardo Tavares, tampak percaya diri ketika ditanya soal laga "
                         "tandang pekan depan.")) == []


def test_one_capitalised_word_before_a_cue_and_bahwa_is_the_speaker(analyse):
    # an outlet or a surname the models tag as no one: 'bahwa' or a comma shows a clause is reported
    rows = _rows(analyse("Sofascore menambahkan bahwa klub itu belum pernah kalah di kandang sepanjang musim ini."))
    assert [r[:3] for r in rows] == [("indirect", "klub itu belum pernah kalah di kandang sepanjang musim ini",
                                      "Sofascore")]
    # without one, a capitalised opener is often a common noun with a verb of feeling
    assert _rows(analyse("Warga mengaku senang dengan jalan baru itu.")) == []
    # a plural pronoun names no one
    assert all(r[2] != "Mereka" for r in _rows(analyse("Mereka mengatakan, pasar itu akan dibuka lagi bulan depan.")))


def test_a_wire_report_names_its_outlet_in_lower_case(analyse):
    rows = _rows(analyse("Dua kapal nelayan tenggelam di lepas pantai Mindanao, lapor kantor berita Reuters."))
    assert [r[:3] for r in rows] == [("indirect", "Dua kapal nelayan tenggelam di lepas pantai Mindanao",
                                      "kantor berita Reuters")]


def test_a_body_with_a_long_full_name_speaks(analyse):
    rows = _rows(analyse("Kantor Wilayah Kementerian Agama Provinsi Maluku Utara sebelumnya menyatakan pendaftaran "
                         "haji ditutup pekan depan."))
    assert [r[:3] for r in rows] == [("indirect", "pendaftaran haji ditutup pekan depan",
                                      "Kantor Wilayah Kementerian Agama Provinsi Maluku Utara")]


def test_a_connective_with_itu_and_no_comma_is_not_the_subject(analyse):
    rows = _rows(analyse("Selain itu mantan Bupati Sigi tersebut mengaku dirinya tidak pernah menerima uang itu."))
    assert [r[2] for r in rows] == ["mantan Bupati Sigi tersebut"]


def test_a_lower_case_role_after_a_quote_keeps_its_capitalised_words(analyse):
    # the models tag no name here: the role with its organisation is the speaker, not 'pelatih' alone
    rows = _rows(analyse("“Tim kami bermain buruk malam ini,” ucap pelatih Persib Bojan Hodak di Bandung."))
    assert [r[2] for r in rows] == ["pelatih Persib Bojan Hodak"]
    rows = _rows(analyse("“Dua roket jatuh di dekat perbatasan,” kata militer Israel dalam satu pernyataan."))
    assert [r[2] for r in rows] == ["militer Israel"]


def test_a_name_set_off_after_a_lower_case_role_is_the_speaker(analyse):
    rows = _rows(analyse("\"Menyedihkan kalah di laga seperti ini,\" ujar bek Madrid, Pepe, seperti dikutip "
                         "Football Espana."))
    assert [r[2] for r in rows] == ["Pepe"]
    # a day or a place set off after the role is no name
    assert [r[2] for r in _rows(analyse("“Api sudah padam pukul tiga,” ujar petugas Damkar, Jumat (4/3)."))] \
        == ["petugas Damkar"]
    assert [r[2] for r in _rows(analyse("“Pasar ikan itu sepi sejak pagi,” tutur pria asal Payakumbuh, Sumatera "
                                        "Barat itu."))] != ["Sumatera Barat"]


def test_a_relative_clause_set_off_before_the_verb_is_not_the_subject(analyse):
    rows = _rows(analyse("Perdana Menteri Malaysia itu, yang berada di Jakarta untuk peresmian kantor dagang baru, "
                         "mengatakan kedua negara akan memperluas kerja sama perikanan."))
    assert [r[:3] for r in rows] == [("indirect", "kedua negara akan memperluas kerja sama perikanan",
                                      "Perdana Menteri Malaysia")]


def test_a_common_noun_after_a_comma_and_kata_is_the_speaker(analyse):
    rows = _rows(analyse("Tiga kapal ikan asing ditangkap di perairan Natuna pekan ini, kata para pejabat perikanan."))
    assert [r[:3] for r in rows] == [("indirect", "Tiga kapal ikan asing ditangkap di perairan Natuna pekan ini",
                                      "para pejabat perikanan")]
    # a day set off after the speaker is no name
    rows = _rows(analyse("Dua desa terendam banjir setinggi satu meter, kata sejumlah petugas, Rabu."))
    assert [r[2] for r in rows] == ["sejumlah petugas"]
    # 'menurut' a finding is no speaker
    assert _rows(analyse("Bayi prematur lebih rentan terkena infeksi paru, menurut kesimpulan laporan itu.")) == []


def test_mengatakan_reports_a_clause_after_a_lone_surname(analyse):
    rows = _rows(analyse("Sutarmin mengatakan jembatan gantung itu akan diperbaiki bulan depan."))
    assert [r[:3] for r in rows] == [("indirect", "jembatan gantung itu akan diperbaiki bulan depan", "Sutarmin")]
    # 'mengatakan itu usai ...': said that, no clause
    assert _rows(analyse("Sutarmin mengatakan itu usai rapat dengan warga di balai desa.")) == []


def test_wako_is_the_mayor_and_points_to_the_named_one(analyse):
    # "Wako" (Wali Kota) opens the title, not the name; "ujar Wako." at a sentence end is the mayor
    doc = analyse("Wako Lubuklinggau Rahman Effendi meresmikan pasar itu. \u201cKalau menunggu APBD murni, baru "
                  "selesai sepuluh tahun lagi,\u201d ujar Wako.")
    assert [(o.name, o.title) for o in officials(doc)] == [("Rahman Effendi", "Wako Lubuklinggau")]
    assert [q.speaker for q in _quotes(doc)] == ["Rahman Effendi"]


def test_a_description_that_points_back_may_end_on_a_second_speech_verb(analyse):
    text = ("Ketua Komisi B DPRD Palu, Rizal, menilai kerja sama ini terlambat.\n"
            "“Seharusnya dari dulu,” ucapnya singkat.\n"
            "“Kalau perlu kami panggil dinas,” kata politikus PKS tersebut menambahkan.")
    assert [r[2] for r in _rows(analyse(text))] == ["Rizal", "Rizal", "Rizal"]
