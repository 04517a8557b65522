"""cooperations: grouping of partners into cooperations and their kinds (invented text, blank docs)."""
from __future__ import annotations

import re

import pytest

from pipeline.evaluate import cooperation_match, score
from pipeline.match import extract_all
from pipeline.match.cooperations import cooperations, kind_of
from pipeline.schema import ArticleRecords, Cooperation, Count, Partner, Program
from tests._blankdoc import blank_doc

TYPES = {"Pemkot Palu": ("city", "domestic"), "Kota Palu": ("city", "domestic"),
         "Kota Utrecht": ("city", "foreign"), "Kota Davao": ("city", "foreign"), "Kota Cebu": ("city", "foreign"),
         "Kabupaten Sigi": ("regency", "domestic"), "Universitas Tadulako": ("education", "domestic"),
         "Universitas Hasanuddin": ("education", "domestic"), "Institut Teknologi Bandung": ("education", "domestic"),
         "Kementerian Kesehatan": ("government_body", "domestic"), "PT Sinar Laut": ("company", "domestic"),
         "PT Teluk Biru": ("company", "domestic"), "Badan Kepegawaian Kota Palu": ("government_body", "domestic"),
         "Yayasan Pesisir Lestari": ("ngo", "domestic"), "Bank Dunia": ("international_org", "foreign"),
         "Seoul National University": ("education", "foreign"),
         "Negara Bagian Victoria": ("province", "foreign"), "Australia": ("country", "foreign"),
         "Pemkab Sigi": ("regency", "domestic"), "Pemkab Donggala": ("regency", "domestic"),
         "Bappeda Sigi": ("government_body", "domestic"),
         "Badan Riset Kelautan Jepang": ("government_body", "foreign"), "BRKJ": ("government_body", "foreign"),
         "Balai Pelatihan Kelautan Jepang": ("government_body", "foreign"),
         "PT Samudra Perkasa": ("company", "domestic"), "PT. Samudra Perkása": ("company", "domestic"),
         "PT Samudra Perdana": ("company", "domestic"), "Dinas Lingkungan Hidup": ("government_body", "domestic"),
         "Badan Penanggulangan Bencana Daerah": ("government_body", "domestic"),
         "Kedubes Belanda": ("embassy", "foreign"), "Kedubes Filipina": ("embassy", "foreign"),
         "Provinsi Gyeongnam": ("province", "foreign"), "Provinsi Gyongnam": ("province", "foreign"),
         "Kota Bandung": ("city", "domestic"), "Kabupaten Bandung": ("regency", "domestic"),
         "Jaringan Kota Pesisir Asia": ("international_org", "foreign"),
         "Badan Pangan Dunia": ("international_org", "foreign"), "Pemerintah Kanada": ("country", "foreign"),
         "Kementerian Desa, Pembangunan Daerah Tertinggal dan Transmigrasi": ("government_body", "domestic"),
         "Korea Maritime and Ocean University (KMOU)": ("education", "foreign"),
         "Ocean University (KMOU)": ("education", "foreign"), "PT PLN (Persero)": ("company", "domestic"),
         "PT Pelni (Persero)": ("company", "domestic"), "Pemerintah Indonesia": ("country", "domestic"),
         "BPJS Kesehatan Cabang Palu": ("government_body", "domestic"), "Pemerintah Kota Palu": ("city", "domestic")}
COUNTRIES = {"Negara Bagian Victoria": "Australia", "Kota Utrecht": "Belanda"}


def _partners(text, names):
    return [Partner(name=n, type=TYPES[n][0], scope=TYPES[n][1], country=COUNTRIES.get(n),
                    start=text.index(n), end=text.index(n) + len(n)) for n in names]


def _coops(text, names, **kw):
    return cooperations(blank_doc(text), _partners(text, names), **kw)


def _summary(coops):
    return [(c.parties, c.kind) for c in coops]


def test_two_parties_signing_an_mou_are_one_agreement():
    text = ("Pemkot Palu dan Kota Utrecht menandatangani nota kesepahaman di Balai Kota, Rabu (14/2/2018). "
            "Wali Kota Palu berharap kerja sama itu segera berjalan.")
    coops = _coops(text, ["Pemkot Palu", "Kota Utrecht"], date=("2018-02-14", text.index("Rabu")))
    assert _summary(coops) == [(["Pemkot Palu", "Kota Utrecht"], "agreement")]
    c = coops[0]
    assert c.date == "2018-02-14" and c.sentence == 0 and c.rule == "cooperation_sentence"
    assert text[c.start:c.end].startswith("Pemkot Palu dan Kota Utrecht")
    assert c.party_entities == []


def test_a_list_of_regions_beside_the_hub_is_one_tie_each():
    text = ("Pemkot Palu menjalin kerja sama sister city dengan Kota Utrecht, Kota Davao dan Kota Cebu. "
            "Pemkot Palu berharap kerja sama itu membawa manfaat.")
    assert _summary(_coops(text, ["Pemkot Palu", "Kota Utrecht", "Kota Davao", "Kota Cebu"])) == [
        (["Pemkot Palu", "Kota Utrecht"], "sister_city"), (["Pemkot Palu", "Kota Davao"], "sister_city"),
        (["Pemkot Palu", "Kota Cebu"], "sister_city")]


def test_a_list_of_schools_without_the_hub_is_tied_to_the_hub():
    text = ("Pemkot Palu menggelar penandatanganan MoU di Balai Kota. "
            "MoU itu diteken bersama Universitas Tadulako, Universitas Hasanuddin dan Institut Teknologi Bandung. "
            "Pemkot Palu menyebut kerja sama ini penting.")
    coops = _coops(text, ["Pemkot Palu", "Universitas Tadulako", "Universitas Hasanuddin",
                          "Institut Teknologi Bandung"])
    assert _summary(coops) == [
        (["Pemkot Palu", "Universitas Tadulako"], "agreement"), (["Pemkot Palu", "Universitas Hasanuddin"], "agreement"),
        (["Pemkot Palu", "Institut Teknologi Bandung"], "agreement")]
    assert {c.rule for c in coops} == {"cooperation_peers"}


def test_a_mixed_list_is_one_multilateral_cooperation():
    text = ("Kementerian Kesehatan, Kabupaten Sigi, PT Sinar Laut dan Yayasan Pesisir Lestari meneken perjanjian "
            "kerja sama penanganan stunting. Kabupaten Sigi menyiapkan lahan puskesmas.")
    assert _summary(_coops(text, ["Kementerian Kesehatan", "Kabupaten Sigi", "PT Sinar Laut",
                                  "Yayasan Pesisir Lestari"])) == [
        (["Kementerian Kesehatan", "Kabupaten Sigi", "PT Sinar Laut", "Yayasan Pesisir Lestari"], "agreement")]


def test_a_party_named_alone_in_a_later_sentence_is_tied_to_the_hub():
    text = ("Pemkot Palu meneken MoU dengan Kota Utrecht. Pemkot Palu juga menerima hibah dari Bank Dunia. "
            "Pemkot Palu akan melaporkan hasilnya.")
    assert _summary(_coops(text, ["Pemkot Palu", "Kota Utrecht", "Bank Dunia"])) == [
        (["Pemkot Palu", "Kota Utrecht"], "agreement"), (["Pemkot Palu", "Bank Dunia"], "grant")]


def test_two_schools_from_both_sides_of_the_border_are_a_tie_of_their_own():
    text = ("Pemkot Palu membuka festival budaya. Pada kesempatan itu Universitas Tadulako menandatangani MoU "
            "dengan Seoul National University. Pemkot Palu mendukung kerja sama kampus.")
    coops = _coops(text, ["Pemkot Palu", "Universitas Tadulako", "Seoul National University"])
    assert (["Universitas Tadulako", "Seoul National University"], "agreement") in _summary(coops)


def test_the_same_parties_mentioned_again_are_one_cooperation():
    text = ("Pemkot Palu dan Kota Davao meneken nota kesepahaman. Nota kesepahaman antara Pemkot Palu dan "
            "Kota Davao itu berlaku lima tahun. Kerja sama Pemkot Palu dengan Kota Davao mencakup pariwisata.")
    coops = _coops(text, ["Pemkot Palu", "Kota Davao"])
    assert _summary(coops) == [(["Pemkot Palu", "Kota Davao"], "agreement")]
    assert coops[0].sentence == 0


def test_a_short_name_and_an_acronym_find_the_party():
    text = ("Pemerintah Kota Palu bekerja sama dengan Universitas Tadulako (Untad). "
            "Palu dan Untad meneken MoU pengembangan riset.")
    parts = [Partner(name="Pemerintah Kota Palu", type="city", scope="domestic", start=0, end=20),
             Partner(name="Universitas Tadulako (Untad)", type="education", scope="domestic",
                     start=text.index("Universitas"), end=text.index("(Untad)") + 7)]
    coops = cooperations(blank_doc(text), parts)
    assert _summary(coops) == [(["Pemerintah Kota Palu", "Universitas Tadulako (Untad)"], "agreement")]


def test_programs_and_money_of_its_sentences_belong_to_it():
    text = ("Kota Utrecht memberikan hibah Rp 2,5 miliar kepada Pemkot Palu untuk Clean River Program. "
            "Dana itu cair tahun depan dan melibatkan 40 warga.")
    doc = blank_doc(text)
    parts = _partners(text, ["Kota Utrecht", "Pemkot Palu"])
    prog = Program(name="Clean River Program", partners=["Kota Utrecht", "Pemkot Palu"],
                   start=text.index("Clean"), end=text.index("Clean") + 19, sentence=0)
    money = Count(value=2_500_000_000, unit="rupiah", start=text.index("Rp"), end=text.index("Rp") + 13)
    people = Count(value=40, unit="warga", start=text.index("40"), end=text.index("40") + 8)
    (c,) = cooperations(doc, parts, [prog], [money, people])
    assert c.kind == "grant" and c.programs == ["Clean River Program"]
    assert [(m.value, m.unit) for m in c.money] == [(2_500_000_000, "rupiah")]


@pytest.mark.parametrize("text, names", [
    # no cooperation cue in any sentence
    ("Pemkot Palu dan Kota Utrecht sama-sama kota pelabuhan. Keduanya dilanda banjir tahun lalu.",
     ["Pemkot Palu", "Kota Utrecht"]),
    # a single partner has nobody to cooperate with
    ("Pemkot Palu meneken MoU dengan sejumlah perusahaan.", ["Pemkot Palu"]),
])
def test_no_cooperation(text, names):
    assert _coops(text, names) == []


def test_a_country_beside_a_party_of_that_country_is_no_party():
    text = "Pemkot Palu dan Negara Bagian Victoria, Australia, memperpanjang nota kesepahaman peternakan."
    assert _summary(_coops(text, ["Pemkot Palu", "Negara Bagian Victoria", "Australia"])) == [
        (["Pemkot Palu", "Negara Bagian Victoria"], "agreement")]


def test_a_team_written_article_through_the_models(analyse):
    from pathlib import Path

    from pipeline.assemble import records_from_doc
    from pipeline.schema import Article

    text = (Path(__file__).with_name("articles") / "humas-bitung-zamboanga.txt").read_text(encoding="utf-8")
    rec = records_from_doc(analyse(text), Article(id="bitung", text=text))
    assert rec.published == "2025-02-03" and text[rec.published_start:rec.published_end] == "Senin (3/2/2025)"
    (first, *_) = rec.cooperations
    assert first.kind == "sister_city" and first.date == "2025-02-03"
    assert {"Bitung", "Zamboanga"} <= {w for n in first.parties for w in n.split()}


def test_one_party_named_twice_is_one_party():
    text = "Pemkot Palu, Kota Palu dan Kota Utrecht meneken MoU pengelolaan sampah."
    assert _summary(_coops(text, ["Pemkot Palu", "Kota Palu", "Kota Utrecht"])) == [
        (["Pemkot Palu", "Kota Utrecht"], "agreement")]


@pytest.mark.parametrize("text, kind", [
    ("Kedua kota resmi menjadi sister city.", "sister_city"),
    ("Kedua pihak meneken MoU tentang pelatihan guru.", "agreement"),        # an MoU about training
    ("Sebanyak 20 ASN mengikuti magang di Kota Utrecht.", "training"),         # training carried out
    ("Bank Dunia menyalurkan hibah untuk sanitasi.", "grant"),
    ("Proyek ini dibiayai pinjaman lunak.", "loan"),
    ("Bank daerah membuka fasilitas kredit bagi koperasi petani.", "loan"),
    ("Pegawai Pemkot belajar tata air di Utrecht Kredit Foto: Redaksi", "training"),   # a photo credit
    ("Perusahaan itu menanamkan investasi di kawasan industri.", "investment"),
    ("Keduanya menjalankan program pengelolaan sampah.", "project"),
    ("Kedua pemerintah sepakat bekerja sama.", "other"),
    ("Kedua negara resmi menyepakati pembentukan satuan tugas perlindungan nelayan.", "agreement"),
    ("Kesepakatan itu berlaku lima tahun.", "agreement"),
    # "bantuan" is a grant, unless a program or project is named beside it
    ("Kota Utrecht menyerahkan bantuan perahu karet.", "grant"),
    ("Bantuan teknis itu bagian dari proyek air bersih.", "project"),
    # cues are whole words: a place name that starts like an acronym is no cue
    ("UNICEF menyerahkan paket sekolah bagi korban banjir di Parigi Moutong.", "grant"),
    ("Pelatihannya digelar pekan depan di Kota Utrecht.", "training"),
    ("MoU-nya diteken di Balai Kota.", "agreement"),
    # a bare signing verb is an agreement, but yields to a grant or loan handed over in the sentence
    ("Kedua pihak meneken dokumen itu di Balai Kota.", "agreement"),
    ("Kedua pihak meneken dokumen itu sebelum pelatihan dimulai.", "agreement"),
    ("Berita acara serah terima hibah ambulans ditandatangani kedua pihak.", "grant"),
    ("Perjanjian hibah ditandatangani kedua pihak.", "agreement"),              # a grant agreement
    # a joint venture is an investment
    ("Perusahaan itu menanamkan modal untuk membangun pabrik.", "investment"),
    ("Keduanya membentuk usaha patungan untuk membangun pabrik.", "investment"),
    # "menyumbang" before a share word is a share of a whole; before goods, a donation
    ("Pakan selama ini menyumbang hampir separuh biaya produksi.", "other"),
    ("Sektor perikanan menyumbang 20 persen pendapatan daerah.", "other"),
    ("PT Sinar Laut menyumbang 100 paket sembako kepada warga.", "grant"),
    # a project word after "bidang"/"sektor" names what the cooperation is about; elsewhere, a project done
    ("Keduanya membahas peluang kerja sama di bidang pendidikan dan pengelolaan air.", "other"),
    ("Kerja sama sektor pembangunan infrastruktur dibahas kedua wali kota.", "other"),
    ("Kedua pihak memulai pengelolaan air bersih di tiga desa.", "project"),
    ("Dinas Pendidikan bersama yayasan itu melatih 200 guru dalam program Cerdas.", "training"),
    ("Kerja sama kedua kota tertuang dalam piagam kerja sama yang berlaku lima tahun.", "agreement"),
    ("Kerja sama ini tertuang dalam Memorandum of Cooperation di bidang kesehatan.", "agreement"),
    ("Kedua pihak memperpanjang kerja sama lewat adendum.", "agreement"),
    ("Kerja sama di bidang pendidikan itu diwujudkan lewat pembangunan dua gedung sekolah.", "project"),
    ("Penyumbang terbesar yaitu PT Sinar Laut sebesar Rp1,5 miliar.", "grant"),
    # a signing denied is none; joint research or a study is a project
    ("Belum ada dokumen yang ditandatangani dalam kunjungan ini.", "other"),
    ("Kedua pihak tidak menandatangani nota kesepahaman hari itu.", "other"),
    ("Kedua pihak menandatangani MoU yang tidak mengikat.", "agreement"),
    ("Universitas Tadulako bekerja sama dengan Universitas Kyushu dalam riset lahan gambut.", "project"),
    ("Pemkot Palu menggandeng Universitas Tadulako untuk menyusun kajian sejarah kota.", "project"),
])
def test_kind_of(text, kind):
    assert kind_of(text) == kind


def test_each_tie_of_a_sentence_takes_the_kind_named_next_to_it():
    text = ("Pemkot Palu yang sejak 1995 bersaudara kembar dengan Kota Davao, Filipina, kini menjajaki "
            "pelatihan tenaga pelabuhan dengan Kota Utrecht.")
    assert _summary(_coops(text, ["Pemkot Palu", "Kota Davao", "Kota Utrecht"])) == [
        (["Pemkot Palu", "Kota Davao"], "sister_city"), (["Pemkot Palu", "Kota Utrecht"], "training")]


def test_a_cue_before_the_parties_gives_way_to_the_one_between_them():
    # an earlier MoU is background: what the sentence reports is the training
    text = ("Sebagai tindak lanjut nota kesepahaman tahun lalu, Kabupaten Sigi mengirim 15 guru "
            "untuk mengikuti pelatihan di Universitas Tadulako.")
    assert _summary(_coops(text, ["Kabupaten Sigi", "Universitas Tadulako"])) == [
        (["Kabupaten Sigi", "Universitas Tadulako"], "training")]


def test_nothing_between_the_parties_leaves_the_sentence_kind():
    text = "Kabupaten Sigi dan Universitas Tadulako meneken MoU tentang pelatihan guru."
    assert _summary(_coops(text, ["Kabupaten Sigi", "Universitas Tadulako"])) == [
        (["Kabupaten Sigi", "Universitas Tadulako"], "agreement")]


def test_a_cue_word_inside_a_party_name_is_no_cue():
    text = "Pemkot Palu dan Balai Pelatihan Kelautan Jepang menjalankan program pemetaan terumbu karang."
    assert _summary(_coops(text, ["Pemkot Palu", "Balai Pelatihan Kelautan Jepang"])) == [
        (["Pemkot Palu", "Balai Pelatihan Kelautan Jepang"], "project")]


def test_masing_masing_makes_a_mixed_list_one_tie_each():
    text = ("Pemkot Palu meneken nota kesepahaman masing-masing dengan Universitas Tadulako, PT Sinar Laut "
            "dan Yayasan Pesisir Lestari.")
    names = ["Pemkot Palu", "Universitas Tadulako", "PT Sinar Laut", "Yayasan Pesisir Lestari"]
    assert _summary(_coops(text, names)) == [(["Pemkot Palu", n], "agreement") for n in names[1:]]
    together = text.replace("masing-masing ", "")
    assert _summary(_coops(together, names)) == [(names, "agreement")]


def test_some_parties_of_a_deal_named_again_are_the_same_deal():
    text = ("Pemkot Palu, Kementerian Kesehatan dan PT Sinar Laut meneken MoU penanganan stunting. "
            "Dalam kerja sama itu Kementerian Kesehatan memberikan pelatihan kader posyandu bagi Pemkot Palu.")
    assert _summary(_coops(text, ["Pemkot Palu", "Kementerian Kesehatan", "PT Sinar Laut"])) == [
        (["Pemkot Palu", "Kementerian Kesehatan", "PT Sinar Laut"], "agreement")]


def test_a_bare_mention_takes_the_kind_the_article_names_first():
    text = ("Pemkot Palu dan Kota Davao meneken nota kesepahaman tentang perikanan. "
            "Kerja sama antara Pemkot Palu dan Kota Davao itu berlaku lima tahun.")
    assert _summary(_coops(text, ["Pemkot Palu", "Kota Davao"])) == [(["Pemkot Palu", "Kota Davao"], "agreement")]


def test_a_bare_tie_does_not_take_the_kind_of_another_tie():
    # (ANNOTATION.md: the kind of what the article reports for that cooperation; the MoU is Palu's)
    text = ("Pemkot Palu meneken nota kesepahaman dengan Kota Davao tahun lalu. "
            "Kini Kota Davao dan Kabupaten Sigi menjalin kerja sama di bidang perikanan.")
    assert _summary(_coops(text, ["Pemkot Palu", "Kota Davao", "Kabupaten Sigi"])) == [
        (["Pemkot Palu", "Kota Davao"], "agreement"), (["Kota Davao", "Kabupaten Sigi"], "other")]
    text = ("Pemkot Palu menerima hibah dua unit perahu dari Bank Dunia, Senin (4/3/2024). "
            "Pemkot Palu juga bekerja sama dengan Universitas Tadulako dalam pendataan nelayan penerima.")
    assert _summary(_coops(text, ["Pemkot Palu", "Bank Dunia", "Universitas Tadulako"])) == [
        (["Pemkot Palu", "Bank Dunia"], "grant"), (["Pemkot Palu", "Universitas Tadulako"], "other")]


def test_a_named_project_keeps_its_kind_beside_training_named_later():
    text = ("Bank Dunia bekerja sama dengan Kabupaten Sigi melaksanakan proyek air bersih di sepuluh desa. "
            "Proyek itu mencakup pelatihan kader desa.")
    assert _summary(_coops(text, ["Bank Dunia", "Kabupaten Sigi"])) == [(["Bank Dunia", "Kabupaten Sigi"], "project")]
    # the MoU of another pair is not this project's
    signed = "Kabupaten Sigi meneken MoU air bersih dengan PT Teluk Biru. " + text
    assert {c.kind for c in _coops(signed, ["Kabupaten Sigi", "PT Teluk Biru", "Bank Dunia"])} == {"agreement",
                                                                                                   "project"}


def test_a_sister_city_tie_is_not_inherited_by_other_parties():
    text = ("Pemkot Palu dan Kota Davao resmi menjadi sister city. "
            "Pemkot Palu juga menjalin kerja sama dengan Bank Dunia.")
    assert _summary(_coops(text, ["Pemkot Palu", "Kota Davao", "Bank Dunia"])) == [
        (["Pemkot Palu", "Kota Davao"], "sister_city"), (["Pemkot Palu", "Bank Dunia"], "other")]


def test_evaluate_matches_cooperations_by_two_parties():
    g = {"parties": ["Pemerintah Kota Palu", "Kota Utrecht", "Bank Dunia"], "kind": "grant"}
    assert cooperation_match(g, {"parties": ["Pemkot Palu", "Utrecht"]})
    assert not cooperation_match(g, {"parties": ["Pemkot Palu", "Kota Davao"]})
    assert cooperation_match({"parties": ["Kota Palu", "Kota Davao"]}, {"parties": ["Palu", "Davao"]})
    assert cooperation_match({"parties": ["Kota Palu", "Kota Davao"]}, {"parties": ["Palu"]})  # all of fewer
    assert not cooperation_match({"parties": ["Kota Palu", "Kota Davao"]}, {"parties": []})
    gold = {"a": {"cooperations": [g, {"parties": ["Kota Palu", "Kota Davao"], "kind": "sister_city"}]}}
    pred = {"a": {"cooperations": [{"parties": ["Palu", "Bank Dunia"], "kind": "grant"},
                                   {"parties": ["Palu", "Davao"], "kind": "agreement"},
                                   {"parties": ["Palu", "Cebu"], "kind": "agreement"}]}}
    r = score(gold, pred)["cooperations"]
    assert (r["matched"], r["gold"], r["predicted"]) == (2, 2, 3)
    assert r["kind_accuracy"] == 0.5
    assert "cooperations" not in score({"a": {}}, {"a": {}})   # older gold without the field


def test_records_with_dates_and_cooperations_survive_every_output(tmp_path):
    import json

    from pipeline import store
    from pipeline.tables import record_from_rows, table_rows
    from pipeline.write import open_sink

    rec = ArticleRecords(
        id="palu-utrecht", published="2018-02-14", published_start=10, published_end=27,
        metadata_date="2018-02-15",
        partners=[Partner(name="Pemkot Palu"), Partner(name="Kota Utrecht")],
        cooperations=[Cooperation(parties=["Pemkot Palu", "Kota Utrecht"], party_entities=[None, "E7"],
                                  kind="grant", programs=["Clean River Program"], date="2018-02-14",
                                  money=[Count(value=2.5e9, unit="rupiah", start=40, end=53)],
                                  start=0, end=90, sentence=0, rule="cooperation_sentence")])
    rows = table_rows(rec)
    assert record_from_rows(rows["articles"][0], rows) == rec
    path = tmp_path / "out.jsonl"
    with open_sink(path) as sink:
        sink.write(rec)
    assert ArticleRecords.model_validate(json.loads(path.read_text().splitlines()[0])) == rec
    engine = store.engine_for(tmp_path / "results.db")
    store.create_tables(engine)
    store.write_records(engine, [rec])
    assert list(store.load_records(engine)) == [rec]


def test_a_list_sentence_after_the_cue_names_the_sides():
    # the parties are listed in the sentence after the one that reports the signing
    text = ("Pemkot Palu dan tiga kampus menandatangani nota kesepahaman bidang riset. "
            "Ketiga kampus itu adalah Universitas Tadulako, Universitas Hasanuddin dan Institut Teknologi Bandung. "
            "Pemkot Palu berharap riset itu berguna.")
    names = ["Pemkot Palu", "Universitas Tadulako", "Universitas Hasanuddin", "Institut Teknologi Bandung"]
    assert _summary(_coops(text, names)) == [
        (["Pemkot Palu", "Universitas Tadulako"], "agreement"),
        (["Pemkot Palu", "Universitas Hasanuddin"], "agreement"),
        (["Pemkot Palu", "Institut Teknologi Bandung"], "agreement")]


def test_a_list_sentence_without_a_cue_before_is_no_tie():
    text = ("Hujan turun di Palu sejak pagi. "
            "Kampus yang libur adalah Universitas Tadulako, Universitas Hasanuddin dan Institut Teknologi Bandung.")
    names = ["Universitas Tadulako", "Universitas Hasanuddin", "Institut Teknologi Bandung"]
    assert _coops(text, names) == []


def test_the_hub_on_a_tie_of_sentences_is_the_party_named_most_often():
    # both cities are named in two sentences; Palu, named three times, is the side of both ties
    text = ("Kota Davao dan Kota Cebu menjadi kota kembar Kota Palu. "
            "Wali Kota Palu meneken MoU sister city dengan Kota Davao dan Kota Cebu di Kota Palu.")
    coops = _coops(text, ["Kota Davao", "Kota Cebu", "Kota Palu"])
    assert _summary(coops) == [(["Kota Palu", "Kota Davao"], "sister_city"), (["Kota Palu", "Kota Cebu"], "sister_city")]


def test_two_sides_of_different_kinds_without_the_hub_are_their_own_tie():
    # the article is about Pemkot Palu; the second sentence reports a tie between two others
    text = ("Pemkot Palu menjalin kerja sama dengan Bank Dunia. Pemkot Palu menyambut program itu. "
            "Yayasan Pesisir Lestari juga bekerja sama dengan Universitas Tadulako.")
    coops = _coops(text, ["Pemkot Palu", "Bank Dunia", "Yayasan Pesisir Lestari", "Universitas Tadulako"])
    assert [c.parties for c in coops] == [["Pemkot Palu", "Bank Dunia"],
                                          ["Yayasan Pesisir Lestari", "Universitas Tadulako"]]


def test_a_list_of_one_kind_without_the_hub_joins_the_hub():
    text = ("Pemkot Palu menandatangani nota kesepahaman pengelolaan sampah. "
            "Pemkot Palu menyebut kerja sama itu penting. Kesepakatan itu melibatkan PT Sinar Laut dan PT Teluk Biru.")
    coops = _coops(text, ["Pemkot Palu", "PT Sinar Laut", "PT Teluk Biru"])
    assert [c.parties for c in coops] == [["Pemkot Palu", "PT Sinar Laut", "PT Teluk Biru"]]


def test_a_government_named_inside_its_office_is_not_a_second_side():
    text = ("Badan Kepegawaian Kota Palu menandatangani MoU magang dengan Universitas Tadulako. "
            "Program itu mendukung reformasi birokrasi Kota Palu.")
    coops = _coops(text, ["Badan Kepegawaian Kota Palu", "Universitas Tadulako", "Kota Palu"])
    assert [c.parties for c in coops] == [["Badan Kepegawaian Kota Palu", "Universitas Tadulako"]]


def test_an_acronym_in_brackets_after_a_name_is_the_same_party():
    text = ("Badan Riset Kelautan Jepang (BRKJ) menjalin kerja sama riset dengan Universitas Tadulako. "
            "Nota kesepahaman antara BRKJ dan Universitas Tadulako diteken di Palu, Selasa.")
    coops = _coops(text, ["Badan Riset Kelautan Jepang", "BRKJ", "Universitas Tadulako"])
    assert [c.parties for c in coops] == [["Badan Riset Kelautan Jepang", "Universitas Tadulako"]]


def test_a_misspelt_second_mention_is_the_same_party():
    text = ("Universitas Tadulako dan PT Samudra Perkasa menandatangani perjanjian kerja sama magang mahasiswa. "
            "Mahasiswa akan magang selama enam bulan di PT. Samudra Perkása sesuai perjanjian itu.")
    coops = _coops(text, ["Universitas Tadulako", "PT Samudra Perkasa", "PT. Samudra Perkása"])
    assert [c.parties for c in coops] == [["Universitas Tadulako", "PT Samudra Perkasa"]]


def test_names_apart_by_more_than_one_letter_stay_two_parties():
    text = ("Universitas Tadulako menandatangani MoU dengan PT Samudra Perkasa dan PT Teluk Biru. "
            "Universitas Tadulako juga meneken MoU dengan PT Samudra Perdana.")
    coops = _coops(text, ["Universitas Tadulako", "PT Samudra Perkasa", "PT Teluk Biru", "PT Samudra Perdana"])
    assert any("PT Samudra Perdana" in c.parties for c in coops)
    assert any("PT Samudra Perkasa" in c.parties for c in coops)


def test_an_office_named_without_its_region_beside_the_region_is_the_regions():
    text = ("Pemkot Palu dan Kabupaten Sigi meneken perjanjian kerja sama pengelolaan sampah, Kamis. "
            "Wali Kota meminta Dinas Lingkungan Hidup dan Badan Penanggulangan Bencana Daerah menindaklanjuti "
            "kerja sama Pemkot Palu itu.")
    coops = _coops(text, ["Pemkot Palu", "Kabupaten Sigi", "Dinas Lingkungan Hidup",
                          "Badan Penanggulangan Bencana Daerah"])
    assert _summary(coops) == [(["Pemkot Palu", "Kabupaten Sigi"], "agreement")]


def test_a_national_agency_beside_a_region_stays_a_party():
    text = "Badan Riset Kelautan Jepang dan Pemkab Sigi menandatangani nota kesepahaman riset pesisir."
    coops = _coops(text, ["Badan Riset Kelautan Jepang", "Pemkab Sigi"])
    assert _summary(coops) == [(["Badan Riset Kelautan Jepang", "Pemkab Sigi"], "agreement")]


def test_a_list_of_envoys_and_countries_without_the_hub_is_one_tie_each_with_the_hub():
    text = ("Pemkot Palu menjajaki kerja sama sister city baru di Balai Kota, Jumat. "
            "Peluang kerja sama itu dibahas bersama Kedubes Belanda, Kedubes Filipina dan Australia. "
            "Pemkot Palu berharap kerja sama tersebut membuka peluang baru.")
    coops = _coops(text, ["Pemkot Palu", "Kedubes Belanda", "Kedubes Filipina", "Australia"])
    assert sorted(c.parties[1] for c in coops if c.parties[0] == "Pemkot Palu") == [
        "Australia", "Kedubes Belanda", "Kedubes Filipina"]


def test_a_country_under_a_sister_city_cue_is_not_a_sister_city():
    text = "Pemkot Palu membahas peluang sister city dengan Australia dalam pertemuan di Jakarta."
    coops = _coops(text, ["Pemkot Palu", "Australia"])
    assert [c.kind for c in coops] == ["other"]
    text = "Pemkot Palu dan Kota Davao meresmikan hubungan sister city di Davao."
    assert [c.kind for c in _coops(text, ["Pemkot Palu", "Kota Davao"])] == ["sister_city"]


def test_a_region_spelt_with_one_letter_more_is_the_same_region():
    text = ("Pemkab Sigi menjalin sister province dengan Provinsi Gyeongnam sejak 2015. "
            "Pemkab Sigi kini menyiapkan program pertukaran pemuda dengan Provinsi Gyongnam.")
    coops = _coops(text, ["Pemkab Sigi", "Provinsi Gyeongnam", "Provinsi Gyongnam"])
    assert [c.parties for c in coops] == [["Pemkab Sigi", "Provinsi Gyeongnam"]]


def test_a_city_and_the_regency_of_the_same_name_are_two_parties():
    text = ("Kota Bandung dan Kabupaten Bandung menandatangani kesepakatan bersama pengelolaan sampah. "
            "Universitas Tadulako menandatangani MoU dengan Kabupaten Bandung.")
    coops = _coops(text, ["Kota Bandung", "Kabupaten Bandung", "Universitas Tadulako"])
    assert ["Kota Bandung", "Kabupaten Bandung"] in [c.parties for c in coops]


def test_foreign_parties_named_together_without_the_hub_are_each_the_hubs_counterpart():
    text = ("Pemkot Palu terus memperluas kerja sama luar negeri tahun ini. "
            "Kerja sama itu antara lain dengan Jaringan Kota Pesisir Asia, Bank Dunia dan Australia. "
            "Pemkot Palu menilai kerja sama tersebut memperkuat pembangunan kota.")
    coops = _coops(text, ["Pemkot Palu", "Jaringan Kota Pesisir Asia", "Bank Dunia", "Australia"])
    assert sorted(c.parties[1] for c in coops if c.parties[0] == "Pemkot Palu") == [
        "Australia", "Bank Dunia", "Jaringan Kota Pesisir Asia"]
    assert len(coops) == 3


@pytest.mark.parametrize("text", [
    "Pemkot Sukamaju dan PEMKOT SUKAMAJU menandatangani MoU; pemkot sukamajunya tidak.",
    "Universitas Nusa Raya (UNR) bekerja sama dengan unr_lab dan UNR-2, kata Rektor UNR.",
    "Kota Dırgantara dan Kota Dirgantara, juga KOTA DİRGANTARA di papan nama.",
    "Kementerian Ekonomi Kreatif bertemu Kementerian Ekonomi Kreatif Kota Méndez.",
])
@pytest.mark.parametrize("form", ["Pemkot Sukamaju", "UNR", "Kota Dirgantara", "Kementerian Ekonomi Kreatif", "Méndez"])
@pytest.mark.parametrize("case", [True, False])
def test_mentions_are_found_as_the_whole_word_regex_finds_them(text, form, case):
    from pipeline.match.cooperations import _folded, _whole_word_hits
    expected = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text, 0 if case else re.I)]
    assert _whole_word_hits(form, text, case, _folded(text)) == expected


def test_a_signing_between_the_parties_is_the_receipt_of_the_grant_beside_it():
    text = ("Kedubes Belanda menandatangani dokumen serah terima dengan Yayasan Pesisir Lestari atas hibah "
            "tiga perahu karet untuk warga pesisir.")
    assert _summary(_coops(text, ["Kedubes Belanda", "Yayasan Pesisir Lestari"])) == [
        (["Kedubes Belanda", "Yayasan Pesisir Lestari"], "grant")]
    # a document named there is the agreement that the sentence reports
    text = ("Kedubes Belanda menandatangani nota kesepahaman dengan Yayasan Pesisir Lestari atas hibah "
            "tiga perahu karet untuk warga pesisir.")
    assert _summary(_coops(text, ["Kedubes Belanda", "Yayasan Pesisir Lestari"])) == [
        (["Kedubes Belanda", "Yayasan Pesisir Lestari"], "agreement")]


def test_neighbouring_regions_listed_as_co_signers_are_one_regional_deal():
    text = ("Kota Palu, Kabupaten Sigi dan Pemkab Donggala menandatangani kesepakatan bersama pengelolaan "
            "sampah regional di Palu. Kota Palu menyiapkan lahan seluas dua hektare.")
    assert _summary(_coops(text, ["Kota Palu", "Kabupaten Sigi", "Pemkab Donggala"])) == [
        (["Kota Palu", "Kabupaten Sigi", "Pemkab Donggala"], "agreement")]


def test_a_list_after_dengan_is_still_one_tie_each():
    text = ("Pemkot Palu menjalin kerja sama sister city dengan Kota Utrecht, Kota Davao dan Kota Cebu. "
            "Pemkot Palu berharap kerja sama itu segera berjalan.")
    assert len(_coops(text, ["Pemkot Palu", "Kota Utrecht", "Kota Davao", "Kota Cebu"])) == 3


def test_a_grant_then_its_handover_signed_is_one_grant():
    text = ("Kedubes Belanda menyerahkan hibah tiga perahu karet kepada Yayasan Pesisir Lestari di Palu. "
            "Dokumen serah terima ditandatangani perwakilan Kedubes Belanda dan Yayasan Pesisir Lestari.")
    assert _summary(_coops(text, ["Kedubes Belanda", "Yayasan Pesisir Lestari"])) == [
        (["Kedubes Belanda", "Yayasan Pesisir Lestari"], "grant")]
    # a signing alone is still an agreement
    text = "Kedubes Belanda dan Yayasan Pesisir Lestari meneken dokumen kerja sama di Palu."
    assert _summary(_coops(text, ["Kedubes Belanda", "Yayasan Pesisir Lestari"])) == [
        (["Kedubes Belanda", "Yayasan Pesisir Lestari"], "agreement")]


def _typed(text, rows):
    """Partners given as (name, type, scope): names this file's TYPES table does not hold."""
    return [Partner(name=n, type=t, scope=s, start=text.index(n), end=text.index(n) + len(n)) for n, t, s in rows]


def test_an_acronym_with_the_names_tail_is_the_party_not_the_region_inside_it():
    text = ("Kejaksaan Negeri (Kejari) Morowali menandatangani nota kesepakatan dengan Pemerintah Kabupaten "
            "Morowali. Pada hari yang sama, Kejari Morowali juga meneken perjanjian kerja sama dengan "
            "Perusahaan Umum Daerah Air Minum Tirta Bungku.")
    parts = _typed(text, [("Kejaksaan Negeri (Kejari) Morowali", "government_body", "domestic"),
                          ("Pemerintah Kabupaten Morowali", "regency", "domestic"),
                          ("Perusahaan Umum Daerah Air Minum Tirta Bungku", "company", "domestic")])
    coops = cooperations(blank_doc(text), parts)
    # "Morowali" inside "Kejari Morowali" is the kejaksaan's name, not the regency as a third side
    assert sorted(map(tuple, (c.parties for c in coops))) == [
        ("Kejaksaan Negeri (Kejari) Morowali", "Pemerintah Kabupaten Morowali"),
        ("Kejaksaan Negeri (Kejari) Morowali", "Perusahaan Umum Daerah Air Minum Tirta Bungku")]


def test_a_province_named_by_its_short_form_is_the_hub_of_its_sister_provinces():
    text = ("Pemerintah Provinsi Sulawesi Selatan menjalin hubungan provinsi kembar dengan Provinsi Chiba, Jepang. "
            "Hubungan Sulsel dengan Provinsi Chiba berjalan sejak 2015. "
            "Produk Sulsel juga dipromosikan di Chiba. "
            "Kini Sulsel memiliki dua provinsi kembar, yakni Provinsi Chiba dan Negara Bagian Sabah, Malaysia.")
    parts = _typed(text, [("Pemerintah Provinsi Sulawesi Selatan", "province", "domestic"),
                          ("Provinsi Chiba", "province", "foreign"), ("Negara Bagian Sabah", "province", "foreign")])
    coops = cooperations(blank_doc(text), parts)
    assert {(tuple(c.parties), c.kind) for c in coops} == {
        (("Pemerintah Provinsi Sulawesi Selatan", "Provinsi Chiba"), "sister_city"),
        (("Pemerintah Provinsi Sulawesi Selatan", "Negara Bagian Sabah"), "sister_city")}


def test_a_party_named_only_among_the_witnesses_of_a_signing_is_not_its_side():
    text = ("Kementerian Kesehatan menyerahkan hibah ambulans kepada Pemkot Palu. "
            "Pemkot Palu juga menandatangani nota kesepahaman dengan PT Sinar Laut, disaksikan pejabat "
            "Kementerian Kesehatan.")
    assert sorted((tuple(c.parties), c.kind) for c in _coops(text, ["Kementerian Kesehatan", "Pemkot Palu",
                                                                    "PT Sinar Laut"])) == [
        (("Kementerian Kesehatan", "Pemkot Palu"), "grant"), (("Pemkot Palu", "PT Sinar Laut"), "agreement")]


def test_a_headline_that_packs_two_ties_into_one_line_does_not_merge_them():
    text = ("Bank Dunia dan Pemkab Sigi Luncurkan Proyek Air Bersih, Didanai Hibah Australia\n"
            "SIGI - Bank Dunia dan Pemkab Sigi meluncurkan proyek air bersih di 20 desa. "
            "Pemkab Sigi menyiapkan lahan untuk proyek itu. "
            "Australia memberikan hibah kepada Bank Dunia untuk proyek tersebut.")
    parts = _typed(text, [("Bank Dunia", "international_org", "foreign"), ("Pemkab Sigi", "regency", "domestic"),
                          ("Australia", "country", "foreign")])
    assert sorted((tuple(c.parties), c.kind) for c in cooperations(blank_doc(text), parts)) == [
        (("Australia", "Bank Dunia"), "grant"), (("Bank Dunia", "Pemkab Sigi"), "project")]


@pytest.mark.parametrize("text, kind", [
    # what is done under an earlier agreement is the tie reported
    ("Sebagai tindak lanjut nota kesepahaman tahun lalu, Pemkab Sigi mengirim 20 guru untuk pelatihan.", "training"),
    ("Berdasarkan MoU yang diteken pada 2022, Jepang menyerahkan hibah dua unit ambulans.", "grant"),
    # a new document signed under the old one is an agreement
    ("Kedua pihak menandatangani PKS sebagai tindak lanjut nota kesepahaman tentang pelatihan guru.", "agreement"),
    ("Pemkab Sigi dan Universitas Tadulako menandatangani MoU tentang pelatihan perangkat desa.", "agreement"),
])
def test_an_agreement_only_built_upon_does_not_name_the_kind(text, kind):
    assert kind_of(text) == kind


def test_two_regions_that_sign_together_with_a_third_make_one_regional_deal():
    text = ("Pemkab Sigi dan Pemkab Donggala menandatangani perjanjian kerja sama pengelolaan tempat pemrosesan "
            "akhir sampah regional bersama Kota Palu.")
    assert _summary(_coops(text, ["Pemkab Sigi", "Pemkab Donggala", "Kota Palu"])) == [
        (["Pemkab Sigi", "Pemkab Donggala", "Kota Palu"], "agreement")]


def test_training_under_an_mou_signed_years_ago_is_training():
    text = ("Sebanyak 30 aparatur Pemkab Sigi mengikuti pelatihan di Kota Davao. Pelatihan itu merupakan tindak "
            "lanjut nota kesepahaman antara Pemkab Sigi dan Kota Davao yang diteken pada 2022.")
    assert _summary(_coops(text, ["Pemkab Sigi", "Kota Davao"])) == [(["Pemkab Sigi", "Kota Davao"], "training")]


def test_a_body_named_as_where_a_participant_comes_from_is_not_a_side():
    text = ("Kementerian Kesehatan menggelar pelatihan bagi 40 perawat. "
            "Peserta pelatihan, Rina, yang berasal dari Badan Kepegawaian Kota Palu, mengaku puas.")
    assert _coops(text, ["Kementerian Kesehatan", "Badan Kepegawaian Kota Palu"]) == []


def test_a_sister_city_list_is_one_tie_each_whatever_the_types_of_its_cities():
    text = "Pemkot Palu menjalin kerja sama sister city dengan Davao, Filipina, dan Utrecht, Belanda."
    parts = _typed(text, [("Pemkot Palu", "city", "domestic"), ("Davao", "other", "foreign"),
                          ("Utrecht", "other", "foreign")])
    assert sorted((tuple(c.parties), c.kind) for c in cooperations(blank_doc(text), parts)) == [
        (("Pemkot Palu", "Davao"), "sister_city"), (("Pemkot Palu", "Utrecht"), "sister_city")]


def test_an_exchange_that_is_part_of_a_sister_city_tie_is_training():
    assert kind_of("Sebanyak 16 siswa berangkat ke Kota Davao untuk pertukaran pelajar, bagian dari kerja sama "
                   "kota kembar kedua kota.") == "training"
    assert kind_of("Kota Palu dan Kota Davao resmi menjalin kerja sama kota kembar.") == "sister_city"


def test_those_thanked_or_consulted_are_not_sides_of_a_tie():
    text = ("Pemkot Palu menandatangani nota kesepahaman dengan PT Sinar Laut tentang pengelolaan sampah. "
            "Wali kota menyampaikan terima kasih kepada Kementerian Kesehatan dan Yayasan Pesisir Lestari yang "
            "telah mendukung proyek itu. "
            "Rencana kerja sama lanjutan akan dikonsultasikan terlebih dulu dengan Bank Dunia.")
    assert _summary(_coops(text, ["Pemkot Palu", "PT Sinar Laut", "Kementerian Kesehatan",
                                  "Yayasan Pesisir Lestari", "Bank Dunia"])) == [
        (["Pemkot Palu", "PT Sinar Laut"], "agreement")]


def test_a_body_that_approves_a_loan_is_not_its_side():
    text = ("Pemkot Palu menandatangani perjanjian pinjaman dengan PT Sinar Laut untuk membangun pasar. "
            "Kementerian Kesehatan juga telah memberikan pertimbangan atas rencana pinjaman tersebut.")
    assert _summary(_coops(text, ["Pemkot Palu", "PT Sinar Laut", "Kementerian Kesehatan"])) == [
        (["Pemkot Palu", "PT Sinar Laut"], "agreement")]


def test_a_thanked_party_is_still_a_side_where_another_sentence_names_the_tie():
    text = ("Bank Dunia menyerahkan hibah peralatan laboratorium kepada Universitas Tadulako. "
            "Rektor menyampaikan terima kasih kepada Bank Dunia atas hibah tersebut.")
    assert _summary(_coops(text, ["Bank Dunia", "Universitas Tadulako"])) == [
        (["Bank Dunia", "Universitas Tadulako"], "grant")]


def test_a_visits_destination_is_not_tied_to_the_hub():
    text = ("Pemkot Palu menandatangani nota kesepahaman dengan Universitas Tadulako. "
            "Pemkot Palu juga menyiapkan pelatihan bagi perangkat desa. "
            "Kerja sama ini dibahas sejak kunjungan kerja wali kota ke Australia tahun lalu.")
    assert _summary(_coops(text, ["Pemkot Palu", "Universitas Tadulako", "Australia"])) == [
        (["Pemkot Palu", "Universitas Tadulako"], "agreement")]


def test_the_office_of_a_speaker_who_only_praises_the_tie_is_not_tied_to_the_hub():
    text = ("Pemkot Palu menandatangani nota kesepahaman dengan Universitas Tadulako. "
            "Pemkot Palu akan melibatkan mahasiswa dalam pendataan warga. "
            "Kepala Bank Dunia, Robert Hale, menyampaikan apresiasi atas kerja sama tersebut.")
    assert _summary(_coops(text, ["Pemkot Palu", "Universitas Tadulako", "Bank Dunia"])) == [
        (["Pemkot Palu", "Universitas Tadulako"], "agreement")]


def test_the_office_of_a_speaker_about_the_mou_is_still_the_hubs_counterpart():
    text = ("Pemkot Palu menandatangani nota kesepahaman tentang pengelolaan sampah. "
            "Pemkot Palu menyiapkan lahan seluas dua hektare. "
            "Kepala Yayasan Pesisir Lestari, Nadia Rahim, mengatakan MoU ini berlaku lima tahun.")
    assert _summary(_coops(text, ["Pemkot Palu", "Yayasan Pesisir Lestari"])) == [
        (["Pemkot Palu", "Yayasan Pesisir Lestari"], "agreement")]


def test_the_audience_of_a_speech_is_not_a_side():
    text = ("Pemkot Palu menandatangani nota kesepahaman dengan Universitas Tadulako. "
            "Kita akan melanjutkan kerja sama ini, kata wali kota di hadapan delegasi Yayasan Pesisir Lestari.")
    assert _summary(_coops(text, ["Pemkot Palu", "Universitas Tadulako", "Yayasan Pesisir Lestari"])) == [
        (["Pemkot Palu", "Universitas Tadulako"], "agreement")]


def test_schools_named_as_where_trainees_graduated_are_not_sides():
    text = ("Bank Dunia menandatangani nota kesepahaman dengan Pemkot Palu. "
            "Pelatihan itu diprioritaskan bagi pemuda yang lulus dari sekolah kejuruan atau perguruan tinggi "
            "seperti Universitas Tadulako.")
    assert _summary(_coops(text, ["Bank Dunia", "Pemkot Palu", "Universitas Tadulako"])) == [
        (["Bank Dunia", "Pemkot Palu"], "agreement")]


def test_a_region_named_as_where_a_program_runs_is_not_tied_to_the_hub():
    text = ("Bank Dunia menyerahkan hibah kepada Universitas Tadulako. "
            "Universitas Tadulako akan memakai dana itu untuk laboratorium. "
            "Hibah itu bagian dari program pemulihan pascabencana di Kabupaten Sigi.")
    assert _summary(_coops(text, ["Bank Dunia", "Universitas Tadulako", "Kabupaten Sigi"])) == [
        (["Bank Dunia", "Universitas Tadulako"], "grant")]


def test_an_outside_office_explaining_the_rules_is_not_tied_to_the_hub():
    text = ("Pemkot Palu menjajaki hubungan kota kembar dengan Kota Davao. "
            "Pemkot Palu menyiapkan tim untuk menyusun naskahnya. "
            "Sekretaris Kementerian Kesehatan, Sutrisno Lamadi, menjelaskan hubungan kota kembar harus "
            "mendapat persetujuan pemerintah pusat sebelum ditandatangani.")
    assert _summary(_coops(text, ["Pemkot Palu", "Kota Davao", "Kementerian Kesehatan"])) == [
        (["Pemkot Palu", "Kota Davao"], "sister_city")]


@pytest.mark.parametrize("text, kind", [
    # goods received or given as support are a grant, even beside a program
    ("Tiga mesin itu diterima tahun lalu dari bank tersebut sebagai bantuan program sosial.", "grant"),
    ("Kelompok tani menerima bantuan traktor untuk program ketahanan pangan.", "grant"),
    # a scholarship given as support is training
    ("Pemkab memberikan bantuan beasiswa kepada 50 mahasiswa.", "training"),
    # support for a program, said of no handing, stays the program
    ("Bantuan teknis diberikan dalam program air bersih.", "project"),
])
def test_support_given_or_received_is_a_grant(text, kind):
    assert kind_of(text) == kind


# ---------------------------------------------------------------- cheaper forms, the same answers

_CUE_TEXTS = [
    "Pemkot Sigi dan Kota Lyon menandatangani nota  kesepahaman (MoU-nya diteken kemarin) tentang pelatihan guru.",
    "Kerja-sama itu berupa hibah alat; MOU tersebut memuat kerjasamanya dengan Moutong Jaya.",
    "Wali kota meresmikan jembatan baru di Desa Tanjung, kata Budi.",
    "KOTA KEMBAR: Provinsi Bersaudara dengan Gyeongsang, bantuan dana dan beasiswanya disalurkan.",
    "Pelatihannya digelar; pinjaman lunak dan investasi patungan menyusul, ujar Rina \u0130nce.",
]


@pytest.mark.parametrize("text", _CUE_TEXTS)
def test_cue_tries_say_what_the_alternations_say(text):
    """The trie regexes answer yes or no as the alternations they stand for, for every stretch of text."""
    from pipeline.lexicon import mapping, words
    from pipeline.match.cooperations import _any_cue, _cue_rx, _kind_rxs, _kind_tests
    spec = mapping("cooperation_kinds")
    pairs = [(_cue_rx(set(words("cooperation_cues")).union(*(spec[k] for k in spec["order"]))), _any_cue())]
    pairs += [(rx, test) for (_, rx), (_, test) in zip(_kind_rxs(), _kind_tests())]
    cuts = range(0, len(text) + 1, 3)
    for rx, test in pairs:
        for a in cuts:
            for b in cuts:
                if a <= b:
                    assert (rx.search(text, a, b) is None) == (test.search(text, a, b) is None), text[a:b]


def test_same_party_per_name_parts():
    from pipeline.match.cooperations import _same_party
    text = "Japan International Cooperation Agency (JICA) dan Pemkab Buleleng bekerja sama dengan Kabupaten Buleleng."
    assert _same_party(Partner(name="Japan International Cooperation Agency"), Partner(name="JICA"), text)
    assert _same_party(Partner(name="Pemkab Buleleng"), Partner(name="Kabupaten Buleleng"), text)
    assert _same_party(Partner(name="Yayasan Mendunia Lestari"), Partner(name="Yayasan Mandunia Lestari"), text)
    assert not _same_party(Partner(name="Kota Malang"), Partner(name="Kabupaten Malang"), text)
    assert _same_party(Partner(name="Universitas Muhammadiyah Yogyakarta"), Partner(name="UMY"), text)


@pytest.mark.parametrize("text, names", [
    ("Pemkot Palu menandatangani MoU masing-masing dengan Kota Utrecht, Kota Davao dan Kota Cebu di Balai Kota.",
     ["Pemkot Palu", "Kota Utrecht", "Kota Davao", "Kota Cebu"]),
    ("Pemkot Palu bekerja sama dengan Universitas Tadulako; Rina yang berasal dari PT Sinar Laut ikut hadir.",
     ["Pemkot Palu", "Universitas Tadulako", "PT Sinar Laut"]),
    ("MASING-MASING DENGAN KOTA DAVAO\nPemkot Palu menjalin kerja sama dengan Kota Davao, lulusan Universitas "
     "Hasanuddin hadir.", ["Pemkot Palu", "Kota Davao", "Universitas Hasanuddin"]),
])
def test_cooperations_are_the_same_with_and_without_the_gates(text, names, monkeypatch):
    from pipeline.match import cooperations as mod
    gated = _coops(text, names)
    assert gated   # each text reports a tie
    monkeypatch.setattr(mod, "_may_hold", lambda *args: True)
    assert _coops(text, names) == gated


def test_a_list_that_signs_with_the_first_party_is_one_joint_deal():
    # "A bersama B dan C menandatangani kesepakatan bersama": one deal of all three, not the hub's ties
    text = ("Pemkot Palu bersama Kabupaten Sigi dan Pemkab Donggala menandatangani kesepakatan bersama penanganan "
            "sampah sungai, Senin (3/6/2024). Pemkot Palu menyiapkan dua truk pengangkut.")
    coops = _coops(text, ["Pemkot Palu", "Kabupaten Sigi", "Pemkab Donggala"])
    assert _summary(coops) == [(["Pemkot Palu", "Kabupaten Sigi", "Pemkab Donggala"], "agreement")]
    text = ("Pemkot Palu menandatangani nota kesepahaman dengan Kabupaten Sigi dan Pemkab Donggala, Senin "
            "(3/6/2024). Pemkot Palu menyiapkan dua truk pengangkut.")
    assert len(_coops(text, ["Pemkot Palu", "Kabupaten Sigi", "Pemkab Donggala"])) == 2


def test_a_visit_told_then_pointed_back_at_names_the_sides_of_its_tie():
    text = ("Pemkot Palu menerima kunjungan delegasi Kota Davao di Balai Kota, Senin (15/7/2024). Kunjungan "
            "itu dalam rangka menjajaki kerja sama kota kembar antara kedua kota.")
    assert _summary(_coops(text, ["Pemkot Palu", "Kota Davao"])) == [(["Pemkot Palu", "Kota Davao"], "sister_city")]


def test_an_mou_named_again_after_it_was_given_as_the_ground_of_a_training_is_that_old_one():
    text = ("Universitas Tadulako melatih 40 guru dari Kabupaten Sigi, Senin (8/7/2024). Pelatihan itu merupakan "
            "tindak lanjut MoU antara Kabupaten Sigi dan Universitas Tadulako yang diteken pada 2022. "
            "\"Dengan MoU bersama Universitas Tadulako ini, guru kami makin siap,\" kata Kepala Dinas. "
            "Kabupaten Sigi menanggung biaya peserta. Tahun depan Kabupaten Sigi menambah peserta.")
    assert _summary(_coops(text, ["Universitas Tadulako", "Kabupaten Sigi"])) == [
        (["Kabupaten Sigi", "Universitas Tadulako"], "training")]


def test_two_regions_that_each_sign_with_one_party_are_two_ties():
    text = ("Pemkab Sigi dan Pemkab Donggala masing-masing menandatangani perjanjian kerja sama dengan PT Sinar Laut "
            "di Palu, Kamis (12/9/2024). PKS itu ditandatangani Bupati Pemkab Sigi dan Pemkab Donggala bersama "
            "Direktur PT Sinar Laut.")
    assert sorted(_summary(_coops(text, ["Pemkab Sigi", "Pemkab Donggala", "PT Sinar Laut"]))) == [
        (["Pemkab Donggala", "PT Sinar Laut"], "agreement"), (["Pemkab Sigi", "PT Sinar Laut"], "agreement")]


def test_two_approvers_named_together_are_no_sides():
    text = ("PT Sinar Laut dan PT Teluk Biru membentuk usaha patungan di Palu. Kementerian Kesehatan dan "
            "Kementerian Perdagangan (Kemendag) telah memberikan persetujuan atas usaha patungan itu.")
    coops = _coops(text, ["PT Sinar Laut", "PT Teluk Biru", "Kementerian Kesehatan"])
    assert _summary(coops) == [(["PT Sinar Laut", "PT Teluk Biru"], "investment")]


def test_an_office_in_no_tie_of_an_article_that_reports_ties_is_no_partner():
    from pipeline.match.cooperations import in_ties
    text = ("Pemkot Palu menandatangani nota kesepahaman dengan Universitas Tadulako. Kerja sama itu juga didukung "
            "Dinas Lingkungan Hidup. Bank Dunia mengirim dua pengamat. Terima kasih kepada PT Sinar Laut.")
    parts = _partners(text, ["Pemkot Palu", "Universitas Tadulako", "Dinas Lingkungan Hidup", "Bank Dunia",
                             "PT Sinar Laut"])
    coops = cooperations(blank_doc(text), parts)
    assert [c.parties for c in coops] == [["Pemkot Palu", "Universitas Tadulako"]]
    # a foreign body stays, as does every partner where no tie was found
    assert [p.name for p in in_ties(parts, coops)] == ["Pemkot Palu", "Universitas Tadulako", "Bank Dunia"]
    assert in_ties(parts, []) == parts


def test_a_list_the_text_then_counts_as_one_group_is_one_deal():
    text = ("Pemkot Palu menjalin kerja sama dengan Kabupaten Sigi dan Pemkab Donggala dalam pengendalian inflasi. "
            "Kesepakatan ditandatangani ketiga kepala daerah di Palu. Pemkot Palu memasok beras.")
    names = ["Pemkot Palu", "Kabupaten Sigi", "Pemkab Donggala"]
    assert _summary(_coops(text, names)) == [(names, "agreement")]
    # told apart, they stay separate ties
    text = text.replace("Kesepakatan ditandatangani ketiga", "Kesepakatan ditandatangani secara terpisah oleh ketiga")
    assert len(_coops(text, names)) == 2


def test_a_funder_that_approved_the_proposal_is_no_side_of_the_pks():
    text = ("Pemkab Sigi, PT Sinar Laut dan PT Teluk Biru menandatangani PKS peremajaan kebun kakao. Dana hibah "
            "bersumber dari Kementerian Kesehatan, yang telah menyetujui proposal koperasi. Pemkab Sigi mendampingi petani.")
    coops = _coops(text, ["Pemkab Sigi", "PT Sinar Laut", "PT Teluk Biru", "Kementerian Kesehatan"])
    assert _summary(coops) == [(["Pemkab Sigi", "PT Sinar Laut", "PT Teluk Biru"], "agreement")]


def test_a_domestic_office_that_backs_a_tie_is_no_side_a_foreign_donor_is():
    text = ("Pemkot Palu menandatangani nota kesepahaman dengan Universitas Tadulako. Kerja sama itu juga didukung "
            "Kementerian Kesehatan melalui pendampingan teknis.")
    coops = _coops(text, ["Pemkot Palu", "Universitas Tadulako", "Kementerian Kesehatan"])
    assert _summary(coops) == [(["Pemkot Palu", "Universitas Tadulako"], "agreement")]
    text = "Program air bersih Pemkot Palu didukung oleh Bank Dunia senilai 20 juta dolar AS."
    assert [c.parties for c in _coops(text, ["Pemkot Palu", "Bank Dunia"])] == [["Pemkot Palu", "Bank Dunia"]]


def test_a_tie_first_named_as_a_project_keeps_its_kind_over_its_parts():
    # the training and the goods told after the project is named are what the project does
    text = ("Pemkab Sigi dan Yayasan Pesisir Lestari meluncurkan program rehabilitasi hutan bakau di pesisir "
            "Kecamatan Dolo, Senin (3/6/2024). Melalui program itu, Yayasan Pesisir Lestari memberikan pelatihan "
            "pembibitan kepada 80 warga. Yayasan Pesisir Lestari juga menyerahkan 20.000 bibit kepada Pemkab Sigi.")
    assert _summary(_coops(text, ["Pemkab Sigi", "Yayasan Pesisir Lestari"])) == [
        (["Pemkab Sigi", "Yayasan Pesisir Lestari"], "project")]


def test_a_training_named_first_stays_a_training_beside_a_later_program():
    text = ("Sebanyak 30 pegawai Pemkab Sigi mengikuti pelatihan pengelolaan arsip di Institut Teknologi Bandung. "
            "Pemkab Sigi dan Institut Teknologi Bandung juga akan menyusun program digitalisasi arsip.")
    assert _summary(_coops(text, ["Pemkab Sigi", "Institut Teknologi Bandung"])) == [
        (["Pemkab Sigi", "Institut Teknologi Bandung"], "training")]


@pytest.mark.parametrize("text", [
    "Universitas Tadulako dan Seoul National University meluncurkan program mobilitas mahasiswa tahun ini.",
    "Universitas Tadulako membuka program double degree bersama Seoul National University.",
    "Sebanyak 25 mahasiswa mengikuti summer school di Seoul National University.",
])
def test_student_mobility_and_joint_degrees_are_training(text):
    assert kind_of(text) == "training"


def test_a_body_named_as_a_party_s_parent_or_a_program_s_owner_is_no_side():
    text = ("Pemkab Sigi memperoleh pinjaman dari PT Sinar Laut. Menurut direkturnya, PT Sinar Laut "
            "sebagai BUMN di bawah Kementerian Kesehatan mendukung pembangunan puskesmas.")
    assert _summary(_coops(text, ["Pemkab Sigi", "PT Sinar Laut", "Kementerian Kesehatan"])) == [
        (["Pemkab Sigi", "PT Sinar Laut"], "loan")]
    text = ("Universitas Tadulako menandatangani nota kesepahaman dengan Seoul National University. Kerja sama ini "
            "sejalan dengan program nasional Kampus Sehat yang digagas Kementerian Kesehatan.")
    assert _summary(_coops(text, ["Universitas Tadulako", "Seoul National University", "Kementerian Kesehatan"])) == [
        (["Universitas Tadulako", "Seoul National University"], "agreement")]
    text = ("Pemkab Sigi menandatangani MoU dengan Yayasan Pesisir Lestari tentang listrik desa. Kerja sama itu "
            "melengkapi jaringan milik PT Sinar Laut.")
    assert _summary(_coops(text, ["Pemkab Sigi", "Yayasan Pesisir Lestari", "PT Sinar Laut"])) == [
        (["Pemkab Sigi", "Yayasan Pesisir Lestari"], "agreement")]
    # a region that carries out a ministry's program is its side there
    text = "Pemkab Sigi menjalankan program Kampus Sehat yang digagas Kementerian Kesehatan."
    assert _summary(_coops(text, ["Pemkab Sigi", "Kementerian Kesehatan"])) == [
        (["Pemkab Sigi", "Kementerian Kesehatan"], "project")]


def test_a_foreign_donor_funds_the_agency_that_runs_the_project_with_the_region():
    text = ("Badan Pangan Dunia dan Pemkab Sigi meluncurkan proyek gizi anak di 12 desa, Senin (3/6/2024). "
            "Proyek itu didanai hibah Pemerintah Kanada senilai 2 juta dolar AS. "
            "Pemkab Sigi menyiapkan kader posyandu di setiap desa.")
    assert _summary(_coops(text, ["Badan Pangan Dunia", "Pemkab Sigi", "Pemerintah Kanada"])) == [
        (["Badan Pangan Dunia", "Pemkab Sigi"], "project"), (["Pemerintah Kanada", "Badan Pangan Dunia"], "grant")]
    # without an agency between them, the donor's grant goes to the region
    text = ("Pemkab Sigi membangun 40 sumur bor di desa kering. Pembangunan itu didanai hibah Pemerintah Kanada. "
            "Pemkab Sigi menargetkan sumur selesai akhir tahun.")
    assert _summary(_coops(text, ["Pemkab Sigi", "Pemerintah Kanada"])) == [
        (["Pemkab Sigi", "Pemerintah Kanada"], "grant")]


def test_a_second_deal_of_the_same_event_between_the_same_sides_is_a_record_of_its_own():
    text = ("PT Sinar Laut menyerahkan dua unit ambulans dari dana CSR kepada Pemkab Sigi, Selasa (4/6/2024). "
            "Di acara yang sama, PT Sinar Laut dan Pemkab Sigi juga menandatangani perjanjian kerja sama "
            "pengelolaan pelabuhan rakyat.")
    assert _summary(_coops(text, ["PT Sinar Laut", "Pemkab Sigi"])) == [
        (["PT Sinar Laut", "Pemkab Sigi"], "grant"), (["PT Sinar Laut", "Pemkab Sigi"], "agreement")]
    # the same deal told again is one record
    text = ("PT Sinar Laut dan Pemkab Sigi menandatangani perjanjian kerja sama pengelolaan pelabuhan rakyat. "
            "Selain itu, PT Sinar Laut dan Pemkab Sigi juga sepakat menyusun jadwal kapal bersama.")
    assert _summary(_coops(text, ["PT Sinar Laut", "Pemkab Sigi"])) == [(["PT Sinar Laut", "Pemkab Sigi"], "agreement")]


def test_an_office_whose_name_lists_its_fields_is_named_again_by_the_first():
    text = ("Kementerian Desa, Pembangunan Daerah Tertinggal dan Transmigrasi menandatangani perjanjian kerja sama "
            "dengan PT Sinar Laut. Pada kesempatan itu, juga diserahkan bantuan dari Kementerian Desa untuk Pemkab Sigi.")
    names = ["Kementerian Desa, Pembangunan Daerah Tertinggal dan Transmigrasi", "PT Sinar Laut", "Pemkab Sigi"]
    assert _summary(_coops(text, names)) == [(names[:2], "agreement"), ([names[0], "Pemkab Sigi"], "grant")]


def test_a_program_word_alone_ties_no_body_to_the_hub():
    text = ("Pemkab Sigi menandatangani nota kesepahaman dengan Universitas Tadulako. Pemkab Sigi dan Universitas "
            "Tadulako akan menyusun kajian bersama. Sementara itu, rasio elektrifikasi naik berkat Program Desa "
            "Terang dari Kementerian Kesehatan.")
    names = ["Pemkab Sigi", "Universitas Tadulako", "Kementerian Kesehatan"]
    assert _summary(_coops(text, names)) == [(names[:2], "agreement")]
    # a donor named alone in a sentence of its gift is still the hub's counterpart
    text = ("Pemkab Sigi menggalang dana untuk korban banjir. Penyumbang terbesar adalah PT Sinar Laut sebesar "
            "Rp 1,5 miliar. Pemkab Sigi menyalurkan dana itu ke 12 desa.")
    assert _summary(_coops(text, ["Pemkab Sigi", "PT Sinar Laut"])) == [(["Pemkab Sigi", "PT Sinar Laut"], "grant")]


def test_kedua_pihak_ties_the_sides_named_in_the_sentence_before():
    text = ("PT Sinar Laut bersama Pemkab Sigi kembali menanam 2.000 bibit bakau di pesisir Dolo. "
            "Kegiatan itu bagian dari kerja sama pemulihan pesisir yang dijalankan kedua pihak sejak 2021.")
    coops = _coops(text, ["PT Sinar Laut", "Pemkab Sigi"])
    assert [(c.parties, c.sentence) for c in coops] == [(["PT Sinar Laut", "Pemkab Sigi"], 0)]


def test_two_names_with_one_bracketed_acronym_are_one_party():
    text = ("Pemkot Palu menandatangani MoU dengan Korea Maritime and Ocean University (KMOU). Menurut rektor "
            "Ocean University (KMOU), kerja sama itu dimulai dengan riset bersama.")
    assert _summary(_coops(text, ["Pemkot Palu", "Korea Maritime and Ocean University (KMOU)",
                                  "Ocean University (KMOU)"])) == [
        (["Pemkot Palu", "Korea Maritime and Ocean University (KMOU)"], "agreement")]
    # a legal form in brackets is no acronym
    text = "Pemkot Palu menandatangani MoU dengan PT PLN (Persero) dan PT Pelni (Persero)."
    assert _summary(_coops(text, ["Pemkot Palu", "PT PLN (Persero)", "PT Pelni (Persero)"])) == [
        (["Pemkot Palu", "PT PLN (Persero)", "PT Pelni (Persero)"], "agreement")]


def test_a_lender_that_approves_its_own_loan_is_its_side():
    text = ("Pemkab Sigi menyiapkan lahan untuk tanggul laut. Bank Dunia menyetujui pinjaman 250 juta dolar AS kepada "
            "Pemerintah Indonesia untuk proyek pesisir. Pemkab Sigi akan menjadi lokasi proyek itu.")
    coops = _coops(text, ["Pemkab Sigi", "Bank Dunia", "Pemerintah Indonesia"])
    assert _summary(coops) == [(["Bank Dunia", "Pemerintah Indonesia"], "loan")]
    # a ministry that approves someone else's loan is no side of it
    text = "Pemkab Sigi memperoleh pinjaman dari Bank Dunia. Kementerian Kesehatan juga menyetujui rencana itu."
    assert _summary(_coops(text, ["Pemkab Sigi", "Bank Dunia", "Kementerian Kesehatan"])) == [
        (["Pemkab Sigi", "Bank Dunia"], "loan")]


def _party(name, ptype):
    return Partner(name=name, type=ptype, scope="domestic", country="Indonesia")


def test_a_list_after_bersama_with_government_words_outside_the_names_is_one_deal():
    text = ("Pemprov Sulawesi Tenggara bersama Pemkot Kendari, Pemkab Konawe dan Pemkab Kolaka menandatangani "
            "kesepakatan bersama pengelolaan air minum regional. Menurut Wali Kota Kendari, warga Kendari paling "
            "banyak memakai air itu. Kendari juga menyiapkan pipa baru.")
    parties = [_party("Pemprov Sulawesi Tenggara", "province"), _party("Kota Kendari", "city"),
               _party("Kabupaten Konawe", "regency"), _party("Kabupaten Kolaka", "regency")]
    assert _summary(cooperations(blank_doc(text), parties)) == [
        (["Pemprov Sulawesi Tenggara", "Kota Kendari", "Kabupaten Konawe", "Kabupaten Kolaka"], "agreement")]


def test_the_trainees_home_region_is_no_side_of_their_training():
    text = ("Pemkab Buton menandatangani MoU dengan BNPB tentang dana rehabilitasi. Sementara itu, BMKG bersama "
            "Universitas Dayanu Ikhsanuddin menggelar pelatihan cuaca bagi 40 guru dan penyuluh dari Buton.")
    parties = [_party("Pemkab Buton", "regency"), _party("BNPB", "government_body"),
               _party("BMKG", "government_body"), Partner(name="Universitas Dayanu Ikhsanuddin", type="education",
                                                           scope="domestic", country="Indonesia")]
    assert _summary(cooperations(blank_doc(text), parties)) == [
        (["Pemkab Buton", "BNPB"], "agreement"), (["BMKG", "Universitas Dayanu Ikhsanuddin"], "training")]


def test_a_party_named_only_in_a_selain_clause_is_no_side_of_the_sentence_tie():
    text = ("Pemprov Bali menandatangani LoI dengan Kota Albany. Selain LoI dengan Kota Albany, Pemprov Bali juga "
            "bekerja sama dengan Curtin University dalam pelatihan budidaya.")
    parties = [_party("Pemprov Bali", "province"), Partner(name="Kota Albany", type="city", scope="foreign"),
               Partner(name="Curtin University", type="education", scope="foreign")]
    assert sorted(c.parties[1] for c in cooperations(blank_doc(text), parties)) == ["Curtin University", "Kota Albany"]


def test_a_tie_named_again_without_a_kind_keeps_its_own_kind():
    text = ("Pemkab Buton menandatangani MoU dengan BNPB tentang dana rehabilitasi. BMKG bersama Universitas Dayanu "
            "Ikhsanuddin menggelar pelatihan cuaca bagi guru. Rektor Universitas Dayanu Ikhsanuddin menyebut "
            "kampusnya siap menjadi mitra tetap BMKG.")
    parties = [_party("Pemkab Buton", "regency"), _party("BNPB", "government_body"),
               _party("BMKG", "government_body"), _party("Universitas Dayanu Ikhsanuddin", "education")]
    kinds = {tuple(sorted(c.parties)): c.kind for c in cooperations(blank_doc(text), parties)}
    assert kinds[("BMKG", "Universitas Dayanu Ikhsanuddin")] == "training"


# ---------------------------------------------------------------- kinds against the guideline (kinds_challenge)

@pytest.mark.parametrize("text, kind", [
    ("Kedubes Belanda menyerahkan beasiswa magister kepada sepuluh dosen Universitas Tadulako.", "training"),
    ("Penyerahan sertifikat pelatihan dilakukan di Balai Kota Palu.", "training"),
    ("PT Sinar Laut menyerahkan dua unit ambulans kepada Pemkot Palu.", "grant"),
    ("PT Sinar Laut menyerahkan hibah beasiswa kepada Pemkot Palu.", "grant"),   # a grant named as one stays one
])
def test_a_scholarship_or_training_handed_over_is_training(text, kind):
    assert kind_of(text) == kind


@pytest.mark.parametrize("text, kind", [
    ("Universitas Tadulako dan Pemkab Sigi melakukan riset bersama tentang tanah longsor.", "project"),
    ("Kedua kampus menggelar penelitian kolaboratif tentang terumbu karang.", "project"),
])
def test_joint_research_is_a_project(text, kind):
    assert kind_of(text) == kind


@pytest.mark.parametrize("text, kind", [
    # an MoU dated before the news, with the training done now in the same sentence
    ("Kedua pihak telah meneken MoU pada 2021, dan kini menggelar pelatihan bagi 40 guru.", "training"),
    ("Setelah nota kesepahaman yang ditandatangani tahun lalu, Pemkot Palu menerima hibah dua perahu.", "grant"),
    # an MoU signed now, with the training it sets up: an agreement
    ("Pemkot Palu dan Universitas Tadulako menandatangani MoU tentang pelatihan aparatur, Rabu (14/2/2024).",
     "agreement"),
    ("MoU tentang pelatihan aparatur itu ditandatangani pada 14 Februari 2024 di Palu.", "agreement"),
])
def test_an_earlier_agreement_yields_to_what_is_done_now(text, kind):
    assert kind_of(text) == kind


def test_an_earlier_mou_in_a_sentence_of_its_own_yields_to_the_training_done_now():
    text = ("Universitas Tadulako dan Pemkab Sigi telah meneken MoU pada Maret tahun lalu. "
            "Pekan ini, Universitas Tadulako melatih 60 petani Pemkab Sigi tentang irigasi tetes. "
            "Pelatihan berlangsung selama tiga hari.")
    assert _summary(_coops(text, ["Universitas Tadulako", "Pemkab Sigi"])) == [
        (["Universitas Tadulako", "Pemkab Sigi"], "training")]
    # the same MoU reported as signed now stays an agreement
    text = ("Universitas Tadulako dan Pemkab Sigi meneken MoU, Senin (4/3/2024). "
            "Pekan depan, Universitas Tadulako akan melatih 60 petani Pemkab Sigi. Pelatihan berlangsung tiga hari.")
    assert _summary(_coops(text, ["Universitas Tadulako", "Pemkab Sigi"])) == [
        (["Universitas Tadulako", "Pemkab Sigi"], "agreement")]


def test_an_office_that_manages_a_loan_is_no_side_of_it():
    text = ("Bank Dunia menyetujui pinjaman 100 juta dolar AS kepada Pemerintah Indonesia untuk irigasi. "
            "Pinjaman itu akan dikelola Kementerian Kesehatan selama lima tahun.")
    assert _summary(_coops(text, ["Bank Dunia", "Pemerintah Indonesia", "Kementerian Kesehatan"])) == [
        (["Bank Dunia", "Pemerintah Indonesia"], "loan")]


def test_a_party_named_again_by_its_kind_tells_a_second_deal():
    text = ("Pemkab Sigi dan Yayasan Pesisir Lestari menandatangani nota kesepahaman tentang air bersih. "
            "Pada kesempatan yang sama, yayasan tersebut juga menyerahkan dua unit tangki air kepada Pemkab Sigi.")
    assert _summary(_coops(text, ["Pemkab Sigi", "Yayasan Pesisir Lestari"])) == [
        (["Pemkab Sigi", "Yayasan Pesisir Lestari"], "agreement"), (["Yayasan Pesisir Lestari", "Pemkab Sigi"], "grant")]


def test_a_kind_word_with_two_parties_of_that_kind_names_neither():
    text = ("Pemkab Sigi meneken nota kesepahaman dengan PT Sinar Laut dan PT Teluk Biru. "
            "Pada kesempatan yang sama, perusahaan tersebut juga menyerahkan dua unit tangki air kepada Pemkab Sigi.")
    # one deal with both companies; "perusahaan tersebut" is neither of them, so no second deal of its own
    assert _summary(_coops(text, ["Pemkab Sigi", "PT Sinar Laut", "PT Teluk Biru"])) == [
        (["Pemkab Sigi", "PT Sinar Laut", "PT Teluk Biru"], "agreement")]


def test_a_project_named_only_in_an_audit_or_a_case_is_no_tie():
    text = ("Inspektorat menemukan kelebihan bayar Rp 1 miliar pada proyek dermaga yang dikerjakan PT Sinar Laut "
            "untuk Dinas Lingkungan Hidup. Kepala dinas meminta kontraktor mengembalikan uang itu.")
    assert _coops(text, ["PT Sinar Laut", "Dinas Lingkungan Hidup"]) == []
    # the same parties carrying out a project together are a tie
    text = "PT Sinar Laut dan Dinas Lingkungan Hidup melaksanakan proyek penanaman bakau di pesisir Palu."
    assert _summary(_coops(text, ["PT Sinar Laut", "Dinas Lingkungan Hidup"])) == [
        (["PT Sinar Laut", "Dinas Lingkungan Hidup"], "project")]


@pytest.mark.parametrize("text, kind", [
    # a gift or an exchange done through an earlier sister-city tie is a grant or training
    ("Melalui kerja sama kota kembar, Kota Davao menghibahkan sepuluh bus kepada Pemkot Palu.", "grant"),
    ("Melalui hubungan sister city, Kota Utrecht menerima 12 pelajar dari Kota Palu untuk pertukaran pelajar.",
     "training"),
    # an MoU signed "melalui penandatanganan" now stays an agreement
    ("Kerja sama itu diwujudkan melalui penandatanganan MoU tentang pelatihan guru.", "agreement"),
    # further study, courses and field schools are training
    ("Universitas Tadulako mengirim lima dosen untuk studi lanjut di Seoul National University.", "training"),
    ("Penyuluh Pemkab Sigi mengikuti sekolah lapang pupuk organik yang digelar Universitas Tadulako.", "training"),
])
def test_what_is_done_through_an_earlier_tie_has_its_own_kind(text, kind):
    assert kind_of(text) == kind


@pytest.mark.parametrize("text, kind", [
    # an investment figure, prospect or event is no investment made
    ("Nilai investasi Jepang ke Sulawesi Tengah mencapai Rp 4 triliun pada triwulan pertama.", "other"),
    ("Kedua pihak membahas peluang investasi di sektor perikanan.", "other"),
    ("Forum investasi itu dihadiri duta besar tiga negara.", "other"),
    # an investment made or planned is one
    ("PT Sinar Laut menanamkan modal Rp 2 triliun bersama PT Teluk Biru untuk pabrik pakan.", "investment"),
    ("PT Sinar Laut akan berinvestasi di Kabupaten Sigi tahun depan.", "investment"),
])
def test_investment_talk_is_no_investment(text, kind):
    assert kind_of(text) == kind


def test_the_program_named_before_by_its_kind_gives_the_tie_its_kind():
    text = ("Sebanyak 20 guru Kabupaten Sigi menyelesaikan program magang di sekolah-sekolah Australia. "
            "Program yang diadakan dari kerja sama antara Kabupaten Sigi dan Pemerintah Kanada itu berlangsung "
            "tiga bulan.")
    assert _summary(_coops(text, ["Kabupaten Sigi", "Pemerintah Kanada"])) == [
        (["Kabupaten Sigi", "Pemerintah Kanada"], "training")]
    # a program told without a kind before stays a project
    text = ("Pemkab Sigi membuka posko kesehatan di tiga desa. "
            "Program yang diadakan dari kerja sama antara Kabupaten Sigi dan Pemerintah Kanada itu berlangsung "
            "tiga bulan.")
    assert _summary(_coops(text, ["Kabupaten Sigi", "Pemerintah Kanada"])) == [
        (["Kabupaten Sigi", "Pemerintah Kanada"], "project")]


@pytest.mark.parametrize("text, kind", [
    # an MoU signed now between cities that have been sister cities for years is the news
    ("Kota Palu dan Kota Davao yang telah menjadi kota kembar sejak 2009 menandatangani MoU pendidikan.",
     "agreement"),
    # a sister-city charter signed now is a sister-city tie
    ("Kota Palu dan Kota Davao menandatangani piagam kota kembar, Senin (4/3/2024).", "sister_city"),
])
def test_an_earlier_sister_city_tie_yields_to_the_mou_signed_now(text, kind):
    assert kind_of(text) == kind


@pytest.mark.parametrize("text, ents, partners, parties", [
    # one school in two languages: one partner, under the form the text uses first
    ("Universitas Andalas meneken MoA dengan Kyushu University. Kerja sama Universitas Andalas dengan "
     "Universitas Kyushu mencakup riset gambut.", [("Kyushu University", "ORG")],
     ["Universitas Andalas", "Kyushu University"], [["Universitas Andalas", "Kyushu University"]]),
])
def test_one_party_named_two_ways_is_one_partner(text, ents, partners, parties):
    rec = extract_all(blank_doc(text, tuple(ents)), id="t")
    assert [p.name for p in rec.partners] == partners
    assert [c.parties for c in rec.cooperations] == parties


def test_two_parties_named_apart_in_cue_sentences_are_one_tie():
    # the ministry speaks of the signing, the regency only of carrying it out: the article's two parties
    text = ("Kementerian Kesehatan menggelar sosialisasi sanitasi di Jakarta. Dirjen Kesehatan Masyarakat "
            "Kementerian Kesehatan Budi Santoso mengatakan penandatanganan kerja sama ini menjadi kunci. "
            "Wakil Bupati Sigi Andi Wijaya menyatakan Kabupaten Sigi siap memfasilitasi pelaksanaannya.")
    assert _summary(_coops(text, ["Kementerian Kesehatan", "Kabupaten Sigi"])) == [
        (["Kementerian Kesehatan", "Kabupaten Sigi"], "agreement")]


def test_a_cue_word_inside_a_party_s_name_makes_no_cue_sentence():
    # "Pembangunan" in the bank's name is no project the sentence tells
    text = ("Pemkab Sigi menandatangani nota kesepahaman dengan Universitas Tadulako. "
            "Sehari kemudian, Bupati Sigi menerima kunjungan direksi PT Bank Pembangunan Sulteng.")
    names = ["Pemkab Sigi", "Universitas Tadulako", "PT Bank Pembangunan Sulteng"]
    parts = [Partner(name=n, type=t, start=text.index(n), end=text.index(n) + len(n))
             for n, t in zip(names, ["regency", "education", "company"])]
    assert _summary(cooperations(blank_doc(text), parts)) == [(["Pemkab Sigi", "Universitas Tadulako"], "agreement")]


def test_a_second_deal_of_the_same_occasion_needs_no_juga():
    # "PLN" names "PT PLN (Persero) Unit Induk X" again; the handover told "Pada kesempatan yang sama" is a deal
    # of its own
    text = ("PT PLN (Persero) Unit Induk Sulteng menandatangani perjanjian kerja sama dengan Pemkab Sigi tentang listrik "
            "desa. Pada kesempatan yang sama, PLN menyerahkan bantuan 500 lampu tenaga surya kepada Pemkab Sigi.")
    names = ["PT PLN (Persero) Unit Induk Sulteng", "Pemkab Sigi"]
    parts = [Partner(name=n, type=t, start=text.index(n), end=text.index(n) + len(n))
             for n, t in zip(names, ["company", "regency"])]
    assert sorted(c.kind for c in cooperations(blank_doc(text), parts)) == ["agreement", "grant"]


def test_numbered_deals_are_separate_even_where_their_signers_are_named_together():
    text = ("Pemkab Sigi meneken dua PKS. PKS pertama diteken bersama Universitas Tadulako, sedangkan PKS kedua "
            "dengan PT Sinar Laut. Naskah ditandatangani Bupati Sigi bersama Rektor Universitas Tadulako dan "
            "Direktur PT Sinar Laut.")
    assert sorted(c.parties[1] for c in _coops(text, ["Pemkab Sigi", "Universitas Tadulako", "PT Sinar Laut"])) == \
        ["PT Sinar Laut", "Universitas Tadulako"]


def test_a_signing_that_dates_a_handover_is_not_its_kind():
    # "Usai penandatanganan, ...": the MoU is the deal before; what follows is a grant, and a second deal
    text = ("Pemkab Sigi menandatangani nota kesepahaman dengan Universitas Tadulako tentang riset kakao. "
            "Usai penandatanganan, bupati juga menerima bantuan dua unit mesin pengering dari PT Sinar Laut.")
    coops = _coops(text, ["Pemkab Sigi", "Universitas Tadulako", "PT Sinar Laut"])
    assert _summary(coops) == [(["Pemkab Sigi", "Universitas Tadulako"], "agreement"),
                               (["Pemkab Sigi", "PT Sinar Laut"], "grant")]
    assert kind_of("Usai penandatanganan MoU itu, Pemkab Sigi juga menerima hibah alat.") == "grant"
    # alone, the signing is still what the sentence reports
    assert kind_of("Usai penandatanganan MoU, kedua pihak berfoto bersama.") == "agreement"


def test_a_list_signed_apart_in_the_next_sentence_is_one_tie_each():
    # a ministry with a list of regions is one deal, unless the text says they signed one by one
    text = ("Kementerian Kesehatan menandatangani perjanjian kerja sama dengan Pemkab Sigi dan Pemkab Donggala. "
            "Penandatanganan dilakukan secara terpisah dengan masing-masing pemerintah daerah.")
    assert _summary(_coops(text, ["Kementerian Kesehatan", "Pemkab Sigi", "Pemkab Donggala"])) == [
        (["Kementerian Kesehatan", "Pemkab Sigi"], "agreement"), (["Kementerian Kesehatan", "Pemkab Donggala"], "agreement")]
    together = text.replace("secara terpisah dengan masing-masing pemerintah daerah", "di Jakarta")
    assert _summary(_coops(together, ["Kementerian Kesehatan", "Pemkab Sigi", "Pemkab Donggala"])) == [
        (["Kementerian Kesehatan", "Pemkab Sigi", "Pemkab Donggala"], "agreement")]
    # "masing-masing pihak berkomitmen" says nothing of how they signed
    committed = text.replace("Penandatanganan dilakukan secara terpisah dengan masing-masing pemerintah daerah",
                             "Masing-masing pihak berkomitmen menjalankan perjanjian itu")
    assert len(_coops(committed, ["Kementerian Kesehatan", "Pemkab Sigi", "Pemkab Donggala"])) == 1


def test_an_office_only_a_region_has_is_the_hub_s_own_side():
    # "Dinas Lingkungan Hidup" without its region, in an article about Pemkab Sigi: Pemkab Sigi's office
    text = ("Pemkab Sigi meneken nota kesepahaman pengelolaan sampah dengan PT Sinar Laut. "
            "Pemkab Sigi menyiapkan lahan. Bantuan mesin pencacah itu diserahkan Direktur PT Sinar Laut "
            "dan akan dipinjamkan kepada bank sampah yang ditunjuk Dinas Lingkungan Hidup.")
    assert _summary(_coops(text, ["Pemkab Sigi", "PT Sinar Laut", "Dinas Lingkungan Hidup"])) == [
        (["Pemkab Sigi", "PT Sinar Laut"], "agreement")]


def test_a_region_acting_through_its_office_and_one_party_are_the_two_sides():
    # the school is named only as its director's office; the regency signs "melalui Dinas ..."
    text = ("Pemkab Sigi melalui Dinas Lingkungan Hidup menandatangani perjanjian kerja sama pengolahan limbah. "
            "Dari pihak kampus, penandatanganan dilakukan oleh Rektor Universitas Tadulako Amar Rahman.")
    assert _summary(_coops(text, ["Pemkab Sigi", "Dinas Lingkungan Hidup", "Universitas Tadulako"])) == [
        (["Pemkab Sigi", "Universitas Tadulako"], "agreement")]


def test_as_many_documents_as_parties_beside_the_hub_are_one_tie_each():
    text = ("Pemkab Sigi menandatangani tiga nota kesepahaman sekaligus dengan Universitas Tadulako, "
            "PT Sinar Laut serta Yayasan Pesisir Lestari di aula kantor bupati.")
    names = ["Pemkab Sigi", "Universitas Tadulako", "PT Sinar Laut", "Yayasan Pesisir Lestari"]
    assert [c.parties for c in _coops(text, names)] == [["Pemkab Sigi", n] for n in names[1:]]
    # one document for all of them is one multilateral deal
    one = text.replace("tiga nota kesepahaman sekaligus", "satu nota kesepahaman")
    assert [c.parties for c in _coops(one, names)] == [names]


def test_documents_signed_in_turn_are_one_tie_each():
    text = ("Pemkab Sigi menandatangani nota kesepahaman dengan Universitas Tadulako, PT Sinar Laut dan Yayasan "
            "Pesisir Lestari, penandatanganan masing-masing dokumen dilakukan secara bergantian.")
    assert len(_coops(text, ["Pemkab Sigi", "Universitas Tadulako", "PT Sinar Laut", "Yayasan Pesisir Lestari"])) == 3


def test_aid_that_comes_from_a_company_ties_it_to_the_hub():
    # "berasal dari" names where people come from, but aid "berasal dari" its giver
    text = ("Pemkot Palu menerima bantuan CSR dari dua perusahaan, Kamis. "
            "Bantuan pertama berasal dari PT Sinar Laut berupa dua unit ambulans. "
            "Selanjutnya PT Teluk Biru menyerahkan 2.500 bibit pohon kepada Pemkot Palu.")
    assert _summary(_coops(text, ["Pemkot Palu", "PT Sinar Laut", "PT Teluk Biru"])) == [
        (["Pemkot Palu", "PT Sinar Laut"], "grant"), (["PT Teluk Biru", "Pemkot Palu"], "grant")]
    people = ("Pemkot Palu menjalin kerja sama dengan PT Teluk Biru. Para pelatih yang berasal dari "
              "PT Sinar Laut ikut hadir dalam kerja sama itu.")
    assert _summary(_coops(people, ["Pemkot Palu", "PT Teluk Biru", "PT Sinar Laut"])) == [
        (["Pemkot Palu", "PT Teluk Biru"], "other")]


def test_a_party_named_alone_after_its_own_tie_is_that_tie_again():
    # Seoul National University's tie is with the university, told in the sentence before; named alone, it
    # is not the hub's (Pemkab Sigi) counterpart
    text = ("Pemkab Sigi menandatangani nota kesepahaman dengan Universitas Tadulako tentang KKN tematik. "
            "Pemkab Sigi menyiapkan pemondokan bagi mahasiswa. "
            "Pada hari yang sama, Universitas Tadulako juga melepas enam mahasiswa program pertukaran ke "
            "Seoul National University. Program itu tindak lanjut kerja sama antara kedua universitas, dan biaya "
            "hidup ditanggung beasiswa dari Seoul National University.")
    parties = [c.parties for c in _coops(text, ["Pemkab Sigi", "Universitas Tadulako", "Seoul National University"])]
    assert parties == [["Pemkab Sigi", "Universitas Tadulako"], ["Universitas Tadulako", "Seoul National University"]]


def test_whose_policy_a_tie_follows_is_no_side():
    text = ("Pemkab Sigi menandatangani perjanjian kerja sama layanan jantung dengan Universitas Tadulako. "
            "Kerja sama itu disusun mengacu pada kebijakan jejaring layanan prioritas dari Kementerian Kesehatan.")
    assert _summary(_coops(text, ["Pemkab Sigi", "Universitas Tadulako", "Kementerian Kesehatan"])) == [
        (["Pemkab Sigi", "Universitas Tadulako"], "agreement")]


def test_project_told_in_parts_is_one_record_of_all_its_bodies():
    # a joint project told party by party is one multilateral cooperation, not one tie per sentence
    text = ("SIGI - Badan Pangan Dunia bersama Pemkab Sigi menjalankan proyek percontohan kebun gizi di 12 desa "
            "sejak awal tahun. Kepala Bappeda Sigi mengatakan kebun itu menyasar keluarga dengan balita. "
            "Dalam proyek tersebut, Badan Pangan Dunia juga melibatkan Yayasan Pesisir Lestari untuk mendampingi "
            "para petani.")
    coops = _coops(text, ["Badan Pangan Dunia", "Pemkab Sigi", "Yayasan Pesisir Lestari"])
    assert _summary(coops) == [(["Badan Pangan Dunia", "Pemkab Sigi", "Yayasan Pesisir Lestari"], "project")]


def test_two_projects_with_programs_of_their_own_stay_apart():
    text = ("SIGI - Badan Pangan Dunia bersama Pemkab Sigi menjalankan program Kebun Gizi Desa di 12 desa sejak "
            "awal tahun. Kepala Bappeda Sigi mengatakan kebun itu menyasar keluarga dengan balita. Di tempat lain, "
            "Badan Pangan Dunia juga menjalankan program Air Bersih Pesisir bersama Yayasan Pesisir Lestari.")
    programs = [Program(name=n, start=text.index(n), end=text.index(n) + len(n))
                for n in ("Kebun Gizi Desa", "Air Bersih Pesisir")]
    coops = _coops(text, ["Badan Pangan Dunia", "Pemkab Sigi", "Yayasan Pesisir Lestari"], programs=programs)
    assert _summary(coops) == [(["Badan Pangan Dunia", "Pemkab Sigi"], "project"),
                               (["Badan Pangan Dunia", "Yayasan Pesisir Lestari"], "project")]
    assert [c.programs for c in coops] == [["Kebun Gizi Desa"], ["Air Bersih Pesisir"]]


def test_a_tie_has_the_kind_it_is_first_told_by():
    # the grant is the news; the MoU signed at its handover is its paper, not another kind of tie
    text = ("SIGI - Pemkab Sigi mendapat dana hibah Rp5 miliar dari Bank Dunia untuk perbaikan jaringan air "
            "bersih. Dana itu akan dipakai di 12 desa. Hal itu disampaikan dalam acara penandatanganan nota "
            "kesepahaman antara Pemkab Sigi dan Bank Dunia di Palu, Senin.")
    assert _summary(_coops(text, ["Pemkab Sigi", "Bank Dunia"])) == [(["Pemkab Sigi", "Bank Dunia"], "grant")]


def test_an_agreement_led_with_is_the_paper_of_a_sister_city_tie():
    text = ("PALU - Pemkot Palu dan Kota Davao menandatangani nota kesepahaman di Balai Kota, Senin. "
            "Kesepakatan itu meresmikan hubungan kota kembar Pemkot Palu dengan Kota Davao.")
    assert _summary(_coops(text, ["Pemkot Palu", "Kota Davao"])) == [(["Pemkot Palu", "Kota Davao"], "sister_city")]


def test_a_ministry_is_found_again_by_its_usual_short_form():
    # "Kemenkes" is never defined in the text: the gazetteer knows it names the ministry
    text = ("SIGI - Kementerian Kesehatan bersama Pemkab Sigi menandatangani kesepakatan bersama penanganan stunting, "
            "Senin (5/2/2024). Penandatanganan itu juga diikuti dua perusahaan swasta. "
            "Keempat pihak tersebut yakni Kemenkes, Pemkab Sigi, PT Sinar Laut, dan PT Teluk Biru.")
    coops = _coops(text, ["Kementerian Kesehatan", "Pemkab Sigi", "PT Sinar Laut", "PT Teluk Biru"])
    assert _summary(coops) == [(["Kementerian Kesehatan", "Pemkab Sigi", "PT Sinar Laut", "PT Teluk Biru"],
                                "agreement")]


def test_a_ministrys_short_form_ties_its_second_partner_to_it():
    text = ("SIGI - Kementerian Kesehatan menandatangani nota kesepahaman dengan Pemkab Sigi, Senin (5/2/2024). "
            "Kemenkes juga menggandeng Yayasan Pesisir Lestari dalam pelatihan kader posyandu.")
    coops = _coops(text, ["Kementerian Kesehatan", "Pemkab Sigi", "Yayasan Pesisir Lestari"])
    assert _summary(coops) == [(["Kementerian Kesehatan", "Pemkab Sigi"], "agreement"),
                               (["Kementerian Kesehatan", "Yayasan Pesisir Lestari"], "training")]


def test_a_government_is_never_named_by_its_initials():
    # "Pemerintah Kota Sevilla" is no "PKS": the PKS signed with another party is not Sevilla's tie
    from pipeline.match.cooperations import _forms
    assert "PKS" not in [f for f, _ in _forms("Pemerintah Kota Sevilla")]
    assert "UMY" in [f for f, _ in _forms("Universitas Muhammadiyah Yogyakarta")]


def test_a_regency_is_found_again_by_its_local_short_form():
    from pipeline.match.cooperations import _forms
    assert ("Kotim", True) in _forms("Kabupaten Kotawaringin Timur")
    assert ("Kotim", True) not in _forms("Kota Palu")


@pytest.mark.parametrize("name, form", [
    ("Pemerintah Provinsi (Pemprov) DKI Jakarta", "Jakarta"),
    ("BPJS Kesehatan Cabang Palu", "BPJS Kesehatan"),
    ("Bank Mandiri Kantor Cabang Palu", "Bank Mandiri"),
    ("Kuala Lumpur City Hall", "Kuala Lumpur"),
    ("Dinas Perindustrian dan Perdagangan Kota Palu", "disperindag Kota Palu"),
    ("Rumah Sakit Jantung Sigi", "rs Jantung Sigi"),
    ("Dewan Bandaraya Ipoh", "Ipoh"),
    ("PT Agro Nusa Persada (Persero)", "ANP"),   # initials without the legal form
    ("PT Bank Rakyat Indonesia (Persero) Tbk.", "PT Bank Rakyat Indonesia (Persero) Tbk."),   # as written
])
def test_a_party_is_found_again_by_the_short_forms_news_writes(name, form):
    from pipeline.match.cooperations import _forms
    assert form in [f for f, _ in _forms(name)]


def test_a_branch_named_by_its_body_is_the_same_party():
    text = ("PALU - BPJS Kesehatan Cabang Palu dan Pemkot Palu meneken nota kesepakatan jaminan kesehatan, "
            "Senin. Sebelumnya BPJS Kesehatan menjalin kerja sama serupa dengan Kabupaten Sigi.")
    coops = _coops(text, ["BPJS Kesehatan Cabang Palu", "Pemkot Palu", "Kabupaten Sigi"])
    assert [c.parties for c in coops] == [["BPJS Kesehatan Cabang Palu", "Pemkot Palu"],
                                          ["BPJS Kesehatan Cabang Palu", "Kabupaten Sigi"]]


def test_a_legal_form_names_no_company_and_a_one_word_company_is_named_by_its_word():
    from pipeline.match.cooperations import _company_first_words, _forms
    assert "Persero" not in [f for f, _ in _forms("PT Pertamina (Persero)")]
    assert _company_first_words([Partner(name="PT Pertamina (Persero)", type="company"),
                                 Partner(name="Pemkot Palu", type="city")]) == {0: (("Pertamina", True),)}


def test_a_government_named_by_its_level_alone_is_the_one_named_in_full_before():
    # "Pemkot" is Pemerintah Kota Palu: the PKS is the city's, not the university's (the hub by mentions)
    text = ("PALU - Universitas Tadulako menandatangani nota kesepahaman dengan Pemerintah Kota Palu, Senin. "
            "Rektor Universitas Tadulako mengatakan kerja sama itu mencakup riset pesisir. "
            "Universitas Tadulako akan mengirim 40 mahasiswa. "
            "Pada kesempatan yang sama, Pemkot juga meneken perjanjian kerja sama dengan PT Sinar Laut.")
    coops = _coops(text, ["Universitas Tadulako", "Pemerintah Kota Palu", "PT Sinar Laut"])
    assert [c.parties for c in coops] == [["Universitas Tadulako", "Pemerintah Kota Palu"],
                                          ["Pemerintah Kota Palu", "PT Sinar Laut"]]


def test_a_deal_told_besides_another_is_the_subjects_tie_with_each():
    # "selain ... dengan A, X juga ... dengan B": two ties of X, not one of all three
    text = ("PALU - Universitas Tadulako menjalin kerja sama dengan Universitas Hasanuddin, Rabu (19/1). "
            "Rektor Universitas Tadulako menyatakan selain melakukan penandatanganan MoU dengan Pemkab Sigi, "
            "Universitas Tadulako juga menjalin kerja sama dengan Universitas Hasanuddin.")
    coops = _coops(text, ["Universitas Tadulako", "Universitas Hasanuddin", "Pemkab Sigi"])
    assert sorted(c.parties for c in coops) == [["Universitas Tadulako", "Pemkab Sigi"],
                                               ["Universitas Tadulako", "Universitas Hasanuddin"]]


def test_a_sentence_of_names_alone_goes_on_with_the_list_of_the_tie_before():
    text = ("PALU - Universitas Tadulako menandatangani nota kesepahaman dengan sejumlah kampus di Sulawesi, Sabtu. "
            "Adapun MoU itu diteken dengan Universitas Hasanuddin. Kemudian, Institut Teknologi Bandung.")
    coops = _coops(text, ["Universitas Tadulako", "Universitas Hasanuddin", "Institut Teknologi Bandung"])
    assert sorted(c.parties for c in coops) == [["Universitas Tadulako", "Institut Teknologi Bandung"],
                                               ["Universitas Tadulako", "Universitas Hasanuddin"]]


def test_a_name_one_letter_off_a_sides_is_that_side_misspelt():
    from pipeline.match.cooperations import in_ties
    text = ("Pemkab Sigi menjalin kerja sama sister province dengan Provinsi Gyeongnam sejak 2008. "
            "Program itu berbeda dengan program yang dilakukan Provinsi Gyongnam sebelumnya.")
    parts = _partners(text, ["Pemkab Sigi", "Provinsi Gyeongnam", "Provinsi Gyongnam"])
    coops = cooperations(blank_doc(text), parts)
    assert [p.name for p in in_ties(parts, coops)] == ["Pemkab Sigi", "Provinsi Gyeongnam"]
