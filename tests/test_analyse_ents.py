"""The entity-repair step after the NER (pipeline/analyse_ents.py), on invented sentences with
hand-set NER entities (tests/_blankdoc.py): no model is loaded."""
from __future__ import annotations

from pipeline.analyse_ents import repair
from tests._blankdoc import blank_doc


def ents(text: str, given: tuple[tuple[str, str], ...] = ()) -> set[tuple[str, str]]:
    return {(e.text, e.label_) for e in repair(blank_doc(text, given)).ents}


def test_one_word_name_after_a_speech_verb():
    assert ("Darsono", "PER") in ents("Harga gabah naik lagi, kata Darsono di Sragen.")
    assert ("Wirabumi", "PER") in ents("Menurut Wirabumi, jalan itu selesai tahun depan.")


def test_name_after_an_honorific_or_a_rank():
    assert ("Sutrisno", "PER") in ents("Warga menunggu Pak Sutrisno datang ke balai desa.")
    assert ("Handoko", "PER") in ents("Pengamanan dipimpin AKBP Handoko sejak pagi.")


def test_no_person_after_a_title_word():
    # what follows a title is as often an organisation or a field as a name
    found = ents("Rektor Unmaja meresmikan gedung baru itu.")
    assert not any(label == "PER" for _, label in found)


def test_no_person_from_a_run_that_goes_on_in_capitals():
    found = ents("Program Bapak Asuh Anak Sekolah dimulai bulan ini.")
    assert not any(label == "PER" for _, label in found)


def test_the_ner_entities_stay():
    found = ents("Harga gabah naik, kata Darsono Wibowo.", (("Darsono Wibowo", "PER"),))
    assert found == {("Darsono Wibowo", "PER")}


def test_company_form_opens_a_name_and_overrides_the_ner():
    found = ents("Saham PT Sinar Tirta Abadi Tbk naik lima persen.", (("Sinar Tirta", "PER"),))
    assert found == {("PT Sinar Tirta Abadi Tbk", "ORG")}


def test_company_form_closes_a_name_but_not_the_title_before_it():
    found = ents("Direktur Kencana Tirta Mulia Tbk menjual saham.", (("Kencana Tirta", "PER"),))
    assert ("Kencana Tirta Mulia Tbk", "ORG") in found
    assert not any(label == "PER" for _, label in found)


def test_organisation_head_with_a_capitalised_name():
    assert ("Asosiasi Petani Kopi Gayo", "ORG") in ents("Asosiasi Petani Kopi Gayo menolak harga itu.")
    # a place the NER found inside the name joins it
    found = ents("Mahasiswa Universitas Lembah Hijau ikut lomba.", (("Lembah Hijau", "LOC"),))
    assert found == {("Universitas Lembah Hijau", "ORG")}


def test_organisation_head_stops_before_another_organisation_and_a_joined_acronym():
    found = ents("Laporan dikirim ke Dinas Pertanian dan BPTP Jambi.", (("BPTP", "ORG"),))
    assert ("Dinas Pertanian", "ORG") in found and ("BPTP", "ORG") in found


def test_a_lower_case_head_is_no_organisation():
    assert not ents("Pemerintah menyiapkan badan baru untuk Sulawesi.")


def test_known_company_over_a_person_tag():
    assert ents("Ponsel buatan Huawei laris di Medan.", (("Huawei", "PER"), ("Medan", "LOC"))) == \
        {("Huawei", "ORG"), ("Medan", "LOC")}


def test_known_company_inside_a_longer_name_is_left_alone():
    found = ents("Pesawat Boeing 737 itu mendarat pukul tujuh.")
    assert ("Boeing", "ORG") not in found


def test_name_after_a_one_holder_title():
    assert ("Sudarmaji", "PER") in ents("Jalan tol itu ditinjau Menhub Sudarmaji pagi tadi.")


def test_name_right_before_a_speech_verb():
    assert ("Larasati", "PER") in ents("Larasati mengatakan panen tahun ini lebih baik.")
    # a common noun or a pronoun opening the sentence is no name
    assert not ents("Warga mengatakan jalan itu rusak.")
    assert not ents("Saya mengatakan itu kemarin.")


def test_known_place_alone_and_after_a_title():
    assert ("Brasil", "LOC") in ents("Pemain asal Brasil itu mencetak dua gol.")
    assert ("Sragen", "LOC") in ents("Bupati Sragen meninjau pasar pagi ini.")


def test_place_inside_a_company_name_is_no_place():
    found = ents("Penerbangan Garuda Indonesia ditunda dua jam.")
    assert ("Indonesia", "LOC") not in found and ("Garuda Indonesia", "ORG") in found


def test_acronym_in_brackets_takes_the_type_of_the_name_before_it():
    found = ents("Laporan Lembaga Sensor Sungai ( LSS ) terbit kemarin.", (("Lembaga Sensor Sungai", "ORG"),))
    assert ("LSS", "ORG") in found


def test_stock_ticker_makes_the_name_before_it_a_company():
    found = ents("Saham Kencana Sarimulia ( KSMR ) turun tipis.", (("Kencana Sarimulia", "PER"),))
    assert found == {("Kencana Sarimulia", "ORG"), ("KSMR", "ORG")}


def test_a_head_word_inside_another_name_opens_nothing():
    found = ents("Kunjungan ke Amerika Serikat Barnaby Wilkes ditunda.", (("Amerika", "LOC"),))
    assert not any(label == "ORG" for _, label in found)


def test_an_organisation_name_ends_before_a_year():
    assert ("Asosiasi Petani Kopi", "ORG") in ents("Ia masuk Asosiasi Petani Kopi 1998 lalu keluar.")


def test_a_numbered_commission_alone_is_no_organisation():
    assert not ents("Rapat dengan Komisi VII ditunda pekan depan.")


def test_name_after_a_title_and_its_field():
    assert ("Wiratmaja Sukardi", "PER") in ents("Menteri Perindustrian Wiratmaja Sukardi membuka pameran itu.")
    assert ("Larasati", "PER") in ents("Rapat dipimpin Menko PMK Larasati di Jakarta.")
    assert ("Hendarsah Putra", "PER") in ents("Gedung itu diresmikan Rektor UNPAD Prof. Hendarsah Putra kemarin.")


def test_no_person_after_a_title_and_a_rank_word_or_a_country():
    # "Utama" ranks the title, the company follows; a country after the portfolio is the minister's
    for text in ("Menurut Direktur Utama Sinarmas, laba naik.", "Hal itu disampaikan Menteri Kebudayaan Yunani."):
        assert not any(label == "PER" for _, label in ents(text)), text


def test_no_person_after_an_acronym_following_a_one_holder_title():
    found = ents("Wapres BJ Tiba lebih dulu di lokasi.")
    assert ("Tiba", "PER") not in found


def test_a_name_joined_to_a_person_is_a_person():
    found = ents("Rombongan Sulastri dan Kartika tiba di Blitar.", (("Sulastri", "PER"),))
    assert ("Kartika", "PER") in found
    found = ents("Pasangan Ardiansyah / Wicaksono menang dua gim.", (("Wicaksono", "PER"),))
    assert ("Ardiansyah", "PER") in found


def test_no_person_joined_by_a_hyphen_or_to_a_mistaken_person():
    found = ents("Film Andara - Pixar itu laris.", (("Andara", "PER"),))
    assert ("Pixar", "PER") not in found
    found = ents("Badan Pengawas Hilir Minyak dan Gas Bumi menaikkan tarif.", (("Pengawas Hilir Minyak", "PER"),))
    assert ("Gas Bumi", "PER") not in found


def test_a_national_agency_short_form_is_an_organisation_but_a_regional_unit_is_not():
    assert ("Kemenhub", "ORG") in ents("Menurut dia, aset Kemenhub banyak yang belum tercatat.")
    assert ("Polda", "ORG") not in ents("Kasus itu kini ditangani Polda sejak pekan lalu.")


def test_a_known_company_after_a_title():
    assert ("Telkom", "ORG") in ents("Menurut Direktur Utama Telkom, laba naik tahun ini.")


def test_a_part_of_a_full_name_named_earlier_is_that_person():
    text = "Bupati Ratmoko Suhendar membuka pasar itu. Menurut pedagang, Suhendar datang pagi."
    assert ("Suhendar", "PER") in ents(text, (("Ratmoko Suhendar", "PER"),))


def test_no_repeat_before_the_full_name_or_inside_another_name():
    text = "Jalan Suhendar ditutup. Warga menemui Ratmoko Suhendar di Jalan Raya Suhendar."
    found = ents(text, (("Ratmoko Suhendar", "PER"),))
    assert ("Suhendar", "PER") not in found


def test_name_after_a_monarch_but_no_place():
    assert ("Wilhelmina", "PER") in ents("Kunjungan itu disambut Ratu Wilhelmina di istana.")
    assert not any(label == "PER" for _, label in ents("Wisatawan menyelam di Raja Ampat pekan lalu."))


def test_an_outlet_channel_is_an_organisation():
    assert ("kabarTEKNO", "ORG") in ents("Hal itu disampaikan kepada kabarTEKNO, Senin.")
    assert ("iPhone", "ORG") not in ents("Ia membeli iPhone baru.")


def test_a_full_name_opened_by_a_given_name_mid_sentence():
    assert ("Karim Wardhana", "PER") in ents("Bola itu dikirim kepada Karim Wardhana yang berlari dari kanan.")


def test_no_full_name_after_a_noun_of_a_thing_or_before_a_prize_word():
    assert not any(label == "PER" for _, label in ents("Warga disandera kelompok Abu Rasyad di perbatasan."))
    assert not any(label == "PER" for _, label in ents("Ia memperoleh penghargaan Karim Wardhana Award tahun lalu."))


def test_no_person_from_a_common_word_after_a_title_and_its_field():
    found = ents("Kepala Seksi Jalan dan Jembatan pada dinas itu, Ratna Widuri, hadir.")
    assert ("Jalan", "PER") not in found


def test_no_person_after_a_field_opener():
    found = ents("Wakil Rektor Bidang Akademik dan Kemahasiswaan, Sulaiman Rahmat, hadir.")
    assert ("Akademik", "PER") not in found


def test_no_repeat_inside_another_persons_title():
    text = "Mantan Bupati Karna Wirayuda diperiksa. Kuasa hukum Wirayuda, Heru, menolak berkomentar."
    assert ("Wirayuda", "PER") not in ents(text, (("Karna Wirayuda", "PER"),))


def test_co_ltd_closes_a_name_whichever_way_the_tokens_fall():
    # Stanza leaves "Co", ".", ",", "Ltd" in one sentence here; the blank splitter would cut before "Ltd"
    doc = blank_doc("Perusahaan asal Korea Selatan, Hanseong Chemical Co., Ltd., meneken perjanjian investasi.",
                    (("Korea Selatan", "LOC"), ("Ltd", "ORG")))
    for tok in doc[1:]:
        tok.is_sent_start = False
    assert ("Hanseong Chemical Co., Ltd", "ORG") in {(e.text, e.label_) for e in repair(doc).ents}


def test_co_ltd_never_reaches_over_a_sentence_split():
    found = ents("Usaha patungan itu dengan Hyundai Merchant Marine Co. Ltd. dari Korea Selatan.", (("Marine Co", "ORG"),))
    assert not any(text.endswith("Ltd") and "Hyundai" in text for text, _ in found)
