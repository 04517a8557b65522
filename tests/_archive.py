"""A small invented archive for the summarize and archive-page tests: the same parties written
differently in different articles, cooperations of several kinds over several months."""
from __future__ import annotations

from pipeline.schema import ArticleRecords, Cooperation, Count, Official, Partner, Program, Quote


def _p(name, type=None, country=None, scope=None):
    return Partner(name=name, type=type, country=country, scope=scope)


def archive() -> list[ArticleRecords]:
    return [
        ArticleRecords(
            id="berita-001", title="Jateng dan Gyeonggi teken kerja sama", url="https://contoh.id/berita-001",
            published="2021-03-04",
            text="SEMARANG - Pemerintah Provinsi Jawa Tengah (Pemprov Jateng) dan Provinsi Gyeonggi menandatangani "
                 "nota kesepahaman di bidang pendidikan vokasi.",
            partners=[_p("Pemerintah Provinsi Jawa Tengah", "province", "Indonesia", "domestic"),
                      _p("Provinsi Gyeonggi", "province", "Korea Selatan", "foreign")],
            officials=[Official(name="Bambang Sutrisno", title="Kepala Biro Kerja Sama Setda Jawa Tengah")],
            quotes=[Quote(text="kerja sama ini membuka peluang magang bagi lulusan SMK", kind="indirect",
                          speaker="Bambang Sutrisno")],
            cooperations=[Cooperation(parties=["Pemerintah Provinsi Jawa Tengah", "Provinsi Gyeonggi"],
                                      kind="agreement")]),
        ArticleRecords(
            id="berita-002", title="Pemprov Jateng terima hibah sanitasi", published="2021-03-20",
            text="Pemprov Jateng menerima hibah dari Korea International Cooperation Agency (KOICA) untuk program "
                 "Sanitasi Desa Sehat senilai Rp12 miliar.",
            partners=[_p("Pemprov Jateng", "province", "Indonesia", "domestic"),
                      _p("Korea International Cooperation Agency (KOICA)", "government_body", "Korea Selatan",
                         "foreign")],
            programs=[Program(name="Sanitasi Desa Sehat", sector="sanitation")],
            officials=[Official(name="Bambang Sutrisno", title="Kepala Biro Kerja Sama")],
            cooperations=[Cooperation(parties=["Pemprov Jateng", "Korea International Cooperation Agency (KOICA)"],
                                      kind="grant", programs=["Sanitasi Desa Sehat"],
                                      money=[Count(value=12_000_000_000, unit="rupiah")])]),
        ArticleRecords(
            id="berita-003", title="KOICA perluas program sanitasi", published="2022-07-11",
            text="KOICA memperluas program Sanitasi Desa Sehat ke Kabupaten Semarang.",
            partners=[_p("KOICA", "government_body", "Korea Selatan", "foreign"),
                      _p("Kabupaten Semarang", "regency", "Indonesia", "domestic")],
            programs=[Program(name="Program Sanitasi Desa Sehat", sector="sanitation")],
            cooperations=[Cooperation(parties=["KOICA", "Kabupaten Semarang"], kind="project",
                                      programs=["Program Sanitasi Desa Sehat"])]),
        ArticleRecords(
            id="berita-004", title="Kota Semarang jalin sister city", published="2022-07-30",
            text="Pemkot Semarang dan Kota Rotterdam sepakat menjalin sister city.",
            partners=[_p("Pemkot Semarang", "city", "Indonesia", "domestic"),
                      _p("Kota Rotterdam", "city", "Belanda", "foreign")],
            officials=[Official(name="Siti Rahmawati", title="Wali Kota Semarang")],
            cooperations=[Cooperation(parties=["Pemkot Semarang", "Kota Rotterdam"], kind="sister_city")]),
        ArticleRecords(
            id="berita-005", title="Pelatihan di Rotterdam", published="2023-01-15",
            text="Pemerintah Kota Semarang mengirim ASN ke Rotterdam untuk pelatihan pengelolaan air.",
            partners=[_p("Pemerintah Kota Semarang", "city", "Indonesia", "domestic"),
                      _p("Rotterdam", "city", "Belanda", "foreign")],
            officials=[Official(name="Siti Rahmawati", title="Wali Kota")],
            cooperations=[Cooperation(parties=["Pemerintah Kota Semarang", "Rotterdam"], kind="training")]),
        ArticleRecords(id="berita-006", title="Berita biasa tanpa kerja sama", published="2023-02-01",
                       text="Hujan deras melanda kota.", officials=[Official(name="Agus Wibowo", title="Camat")]),
        ArticleRecords(id="berita-007", error="could not parse"),
    ]
