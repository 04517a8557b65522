"""`summarize`: archive outputs over every output kind (JSONL, folder, tables, SQLite, PostgreSQL).

PostgreSQL runs when PIPELINE_TEST_PG_URL is set (CI sets it in .ci/run), as in test_store.py.
"""
from __future__ import annotations

import json
import os
import re

import pandas as pd
import pytest
from _archive import archive

from pipeline.cli import main
from pipeline.summarize import Summary, build_tables, merge_entities, summarize
from pipeline.tables import write_tables

nx = pytest.importorskip("networkx")
PG_URL = os.environ.get("PIPELINE_TEST_PG_URL")


def _jsonl(tmp_path):
    path = tmp_path / "out.jsonl"
    path.write_text("".join(r.model_dump_json() + "\n" for r in archive()), encoding="utf-8")
    return path


def _folder(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    for r in archive():
        (folder / f"{r.id}.json").write_text(r.model_dump_json(), encoding="utf-8")
    return folder


def _tables(tmp_path):
    write_tables(archive(), tmp_path / "tables", format="csv", with_text=True)
    return tmp_path / "tables"


def _entity_of(ents: pd.DataFrame, variant: str) -> str:
    rows = ents[ents["variants"].map(lambda v: variant in json.loads(v))]
    assert len(rows) == 1, variant
    return rows["entity_id"].iloc[0]


def test_name_variants_of_one_party_are_one_entity_across_articles(tmp_path):
    _, t = build_tables(_jsonl(tmp_path))
    ents = t["entities"]
    assert _entity_of(ents, "Pemprov Jateng") == _entity_of(ents, "Pemerintah Provinsi Jawa Tengah") == "id-region:33"
    assert _entity_of(ents, "KOICA") == _entity_of(ents, "Korea International Cooperation Agency (KOICA)")
    # merged over the whole output: the bare foreign city and the one with its level word
    assert _entity_of(ents, "Rotterdam") == _entity_of(ents, "Kota Rotterdam")
    assert _entity_of(ents, "Sanitasi Desa Sehat") == _entity_of(ents, "Program Sanitasi Desa Sehat")
    # Kota and Kabupaten of one name stay apart
    assert _entity_of(ents, "Pemkot Semarang") != _entity_of(ents, "Kabupaten Semarang")
    assert ents["entity_id"].is_unique


def test_ids_written_by_an_older_resolver_are_resolved_anew(tmp_path):
    old = [r.model_copy(update={"partners": [p.model_copy(update={"entity": "name:stale"}) for p in r.partners]})
           for r in archive()]
    path = tmp_path / "old.jsonl"
    path.write_text("".join(r.model_dump_json() + "\n" for r in old), encoding="utf-8")
    _, t = build_tables(path)
    assert "name:stale" not in set(t["entities"]["entity_id"])


def test_cooperations_carry_merged_party_entities_dates_and_money(tmp_path):
    _, t = build_tables(_jsonl(tmp_path))
    coops = t["cooperations"].set_index("article_id")
    assert json.loads(coops.loc["berita-005", "party_entities"]) == json.loads(coops.loc["berita-004",
                                                                                           "party_entities"])
    assert coops.loc["berita-002", "money_idr"] == 12_000_000_000
    assert coops.loc["berita-002", "month"] == "2021-03"
    assert len(t["cooperation_parties"]) == 10


def test_money_restated_with_fewer_digits_counts_once():
    from pipeline.schema import ArticleRecords, Cooperation, Count
    from pipeline.summarize import tables_of

    def coop(id, *amounts):
        money = [Count(value=v, unit="rupiah") for v in amounts]
        return ArticleRecords(id=id, published="2024-05-06", cooperations=[
            Cooperation(parties=["Kabupaten Banyumas", "Kementerian Kesehatan"], kind="grant", money=money)])

    # the title rounds the body's figure; two different sums add up
    _, t = tables_of([coop("hibah-1", 26_000_000_000, 26_450_000_000), coop("hibah-2", 2_000_000_000, 2_500_000_000)])
    money = t["cooperations"].set_index("article_id")["money_idr"]
    assert money["hibah-1"] == 26_450_000_000 and money["hibah-2"] == 4_500_000_000


def test_a_party_named_twice_in_one_cooperation_counts_once():
    from pipeline.schema import ArticleRecords, Cooperation
    from pipeline.summarize import tables_of

    rec = ArticleRecords(id="hibah-3", published="2024-05-06", cooperations=[Cooperation(
        parties=["Kabupaten Banyumas", "Pemkab Banyumas", "Japan International Cooperation Agency", "JICA"],
        kind="grant")])
    _, t = tables_of([rec])
    assert t["cooperation_parties"]["entity_id"].tolist() == ["id-region:33.02", "org:jica"]
    assert json.loads(t["cooperations"]["party_entities"].iloc[0]) == ["id-region:33.02", "org:jica"]
    assert t["entities"].set_index("entity_id").loc["org:jica", "cooperations"] == 1


def test_a_document_taken_for_a_party_stays_out_of_parties_and_entities():
    from pipeline.schema import ArticleRecords, Cooperation, Partner
    from pipeline.summarize import tables_of

    rec = ArticleRecords(id="mou-1", published="2024-05-06",
                         partners=[Partner(name="Pemkot Semarang"), Partner(name="MoU")],
                         cooperations=[Cooperation(parties=["Pemkot Semarang", "MoU", "Kota Rotterdam"],
                                                   kind="agreement")])
    _, t = tables_of([rec])
    assert t["cooperation_parties"]["name"].tolist() == ["Pemkot Semarang", "Kota Rotterdam"]
    assert not t["entities"]["entity_id"].str.startswith("doc:").any()


def test_tables_do_not_depend_on_the_order_of_the_store(tmp_path):
    backwards = tmp_path / "backwards.jsonl"
    backwards.write_text("".join(r.model_dump_json() + "\n" for r in reversed(archive())), encoding="utf-8")
    _, want = build_tables(_jsonl(tmp_path))
    _, got = build_tables(backwards)
    for name in want:
        assert got[name].equals(want[name]), name


def test_the_label_of_a_merged_party_is_its_fullest_form_among_equals(tmp_path):
    _, t = build_tables(_jsonl(tmp_path))
    ents = t["entities"].set_index("entity_id")
    assert ents.loc[_entity_of(t["entities"], "Rotterdam"), "name"] == "Kota Rotterdam"


def test_the_timeline_has_every_month_of_its_span(tmp_path):
    res = summarize(_jsonl(tmp_path), tmp_path / "sum", formats=["csv"])
    tl = pd.read_csv(tmp_path / "sum" / "timeline.csv")
    assert tl["month"].iloc[0] == "2021-03" and tl["month"].iloc[-1] == "2023-01" and len(tl) == 23
    assert tl.drop(columns="month").to_numpy().sum() == res.cooperations


def test_officials_keep_each_title_with_its_date(tmp_path):
    _, t = build_tables(_jsonl(tmp_path))
    rows = t["officials"][t["officials"]["name"] == "Siti Rahmawati"]
    assert rows["entity_id"].nunique() == 1
    assert list(zip(rows["date"], rows["title"])) == [("2022-07-30", "Wali Kota Semarang"), ("2023-01-15", "Wali Kota")]


def test_summarize_writes_every_archive_output(tmp_path):
    res = summarize(_jsonl(tmp_path), tmp_path / "sum", formats=["csv", "parquet"])
    out = tmp_path / "sum"
    assert res.articles == 6 and res.cooperations == 5   # the error record is skipped
    for name in ("entities", "mentions", "cooperations", "cooperation_parties", "officials"):
        assert pd.read_csv(out / f"{name}.csv").shape == pd.read_parquet(out / f"{name}.parquet").shape
    by_country = pd.read_csv(out / "top_partners_by_country.csv")
    korea = by_country[by_country["country"] == "Korea Selatan"]
    assert korea.iloc[0]["entity_id"] == "org:koica" and korea.iloc[0]["cooperations"] == 2
    by_kind = pd.read_csv(out / "top_partners_by_kind.csv")
    assert set(by_kind["kind"]) == {"agreement", "grant", "project", "sister_city", "training"}
    tl = pd.read_csv(out / "timeline.csv")
    assert tl.set_index("month").loc["2022-07", ["project", "sister_city"]].tolist() == [1, 1]
    g = nx.read_graphml(out / "network.graphml")
    assert g.has_edge("id-region:33", "org:koica") and g.number_of_nodes() == 6
    assert nx.read_gexf(out / "network.gexf").number_of_edges() == g.number_of_edges()


def test_network_page_is_self_contained(tmp_path):
    summarize(_jsonl(tmp_path), tmp_path / "sum")
    page = (tmp_path / "sum" / "network.html").read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)   # no CDN, opens offline
    data = json.loads(re.search(r'<script id="data" type="application/json">(.*?)</script>', page, re.S).group(1))
    assert {n["id"] for n in data["nodes"]} >= {"id-region:33", "org:koica"}
    assert any(c["article"] == "berita-002" for c in data["coops"]["org:koica"])


def test_timeline_charts(tmp_path):
    pytest.importorskip("matplotlib")
    summarize(_jsonl(tmp_path), tmp_path / "sum")
    assert (tmp_path / "sum" / "timeline.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "<svg" in (tmp_path / "sum" / "timeline.svg").read_text(encoding="utf-8")[:500]


@pytest.mark.parametrize("make", [_folder, _tables])
def test_every_output_kind_gives_the_same_entities(tmp_path, make):
    _, want = build_tables(_jsonl(tmp_path))
    _, got = build_tables(make(tmp_path))
    cols = ["entity_id", "mentions", "cooperations"]
    assert got["entities"][cols].sort_values("entity_id", ignore_index=True).equals(
        want["entities"][cols].sort_values("entity_id", ignore_index=True))


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, tmp_path):
    from pipeline import store
    if request.param == "sqlite":
        target = str(tmp_path / "out.db")
    else:
        if not PG_URL:
            pytest.skip("PostgreSQL tests need PIPELINE_TEST_PG_URL (set by .ci/run)")
        target = PG_URL
    eng = store.engine_for(target)
    _drop(eng)
    store.create_tables(eng)
    store.write_records(eng, archive(), with_text=True)
    yield target, eng
    _drop(eng)
    eng.dispose()


def _drop(eng):
    from pipeline import store
    store.drop_entity_tables(eng)
    store.META.drop_all(eng)


def test_summarize_over_a_database_writes_entity_tables_and_views(db, tmp_path):
    import sqlalchemy as sa
    target, eng = db
    res = summarize(target, tmp_path / "sum", db_tables=True)
    assert res.articles == 6
    with eng.connect() as conn:
        n_entities = conn.execute(sa.text("SELECT COUNT(*) FROM entities")).scalar()
        partners = conn.execute(sa.text(
            "SELECT partner, kind FROM v_region_partners WHERE region_id = 'id-region:33' "
            "AND partner_country <> 'Indonesia' AND date >= '2020-01-01' ORDER BY date")).fetchall()
        titles = conn.execute(sa.text(
            "SELECT title FROM v_official_titles WHERE name = 'Bambang Sutrisno' ORDER BY date")).scalars().all()
        speakers = conn.execute(sa.text(
            "SELECT name, title FROM v_cooperation_speakers WHERE region_id = 'id-region:33'")).fetchall()
    assert n_entities == res.entities
    assert [tuple(r) for r in partners] == [("Provinsi Gyeonggi", "agreement"),
                                            ("Korea International Cooperation Agency", "grant")]
    assert titles == ["Kepala Biro Kerja Sama Setda Jawa Tengah", "Kepala Biro Kerja Sama"]
    assert [tuple(r) for r in speakers] == [("Bambang Sutrisno", "Kepala Biro Kerja Sama Setda Jawa Tengah")]
    # summarizing again replaces the rows instead of adding to them
    summarize(target, tmp_path / "sum2", db_tables=True)
    with eng.connect() as conn:
        assert conn.execute(sa.text("SELECT COUNT(*) FROM entities")).scalar() == n_entities


def test_entity_rows_follow_their_article(db, tmp_path):
    import sqlalchemy as sa

    from pipeline import store
    target, eng = db
    summarize(target, tmp_path / "sum", db_tables=True)
    again = next(a for a in archive() if a.id == "berita-002").model_copy(update={"cooperations": []})
    store.write_records(eng, [again])
    with eng.connect() as conn:  # the re-extracted article's cooperation rows went with it (foreign keys)
        left = conn.execute(sa.text("SELECT COUNT(*) FROM cooperation_parties WHERE article_id = 'berita-002'"))
        assert left.scalar() == 0


def _summary(*names: str) -> Summary:
    s = Summary()
    for i, name in enumerate(names):
        s.mentions.append({"entity_id": name, "article_id": f"a{i}", "role": "partner", "name": name})
    return s


def test_fuzzy_merging_is_conservative():
    pytest.importorskip("rapidfuzz")
    canon = merge_entities(_summary("name:universitas-kristen-nusantara-jaya", "name:universitas-kristen-nusantra-jaya",
                                    "name:sma-negeri-1-sukamaju", "name:sma-negeri-2-sukamaju",
                                    "name:universitas-nusantara-utara", "name:universitas-nusantara-selatan",
                                    "name:dinas-kesehatan@a1", "name:dinas-kesehatan@a2",
                                    "name:pt-bank-bri-syariah", "name:pt-bank-bni-syariah"))
    assert set(canon) == {"name:universitas-kristen-nusantra-jaya"} or set(canon) == {
        "name:universitas-kristen-nusantara-jaya"}


def test_names_that_differ_in_a_whole_word_never_merge_however_long_their_common_start():
    pytest.importorskip("rapidfuzz")
    canon = merge_entities(_summary("name:sekolah-tinggi-ilmu-kesehatan-muhammadiyah-purwokerto",
                                    "name:sekolah-tinggi-ilmu-kesehatan-muhammadiyah-purworejo",
                                    "name:sekolah-tinggi-ilmu-kesehatan-bina-husada",
                                    "name:sekolah-tinggi-ilmu-kesehatan-bina-husadaa"))
    assert set(canon) | set(canon.values()) == {"name:sekolah-tinggi-ilmu-kesehatan-bina-husada",
                                                "name:sekolah-tinggi-ilmu-kesehatan-bina-husadaa"}


def test_a_typo_in_the_first_letters_still_meets_its_twin():
    pytest.importorskip("rapidfuzz")
    canon = merge_entities(_summary("name:gyeongsangnam~province", "name:gyongsangnam~province",
                                    "name:gyongsangnam~city"))
    assert len(canon) == 1 and set(canon) | set(canon.values()) == {"name:gyeongsangnam~province",
                                                                     "name:gyongsangnam~province"}


def test_a_bare_name_joins_its_one_levelled_variant_but_not_a_body_of_one_region():
    canon = merge_entities(_summary("name:rotterdam", "name:rotterdam~city",
                                    "name:universitas-muhammadiyah", "name:universitas-muhammadiyah~35.73"))
    # 'Universitas Muhammadiyah' stands in many cities: the one of Malang seen elsewhere is no evidence
    assert canon == {"name:rotterdam": "name:rotterdam~city"} or canon == {"name:rotterdam~city": "name:rotterdam"}


def test_an_acronym_defined_in_one_article_resolves_in_another():
    s = _summary("name:ktn", "name:kampus-teknologi-nusantara")
    s.acronyms["ktn"]["name:kampus-teknologi-nusantara"] += 1
    assert merge_entities(s) == {"name:ktn": "name:kampus-teknologi-nusantara"}


def test_an_acronym_a_party_name_defines_resolves_in_another_article_without_text():
    from pipeline.schema import ArticleRecords, Cooperation, Partner
    from pipeline.summarize import tables_of

    recs = [ArticleRecords(id="a1", partners=[Partner(name="Kampus Teknologi Nusantara (KTN)")]),
            ArticleRecords(id="a2", partners=[Partner(name="KTN")], cooperations=[
                Cooperation(parties=["Pemkot Semarang", "KTN"], kind="training")])]
    _, t = tables_of(recs)
    ents = t["entities"]
    assert _entity_of(ents, "KTN") == _entity_of(ents, "Kampus Teknologi Nusantara (KTN)")


def test_an_output_without_text_is_told_to_give_the_texts(caplog):
    from pipeline.schema import ArticleRecords
    from pipeline.summarize import tables_of

    tables_of([ArticleRecords(id="a1", text="Teks berita."), ArticleRecords(id="a2")])
    assert "1 of 2 articles carry no text" in caplog.text and "--texts" in caplog.text


def test_international_organisations_have_their_own_group_among_top_partners():
    from pipeline.schema import ArticleRecords, Cooperation
    from pipeline.summarize import tables_of, top_partners

    rec = ArticleRecords(id="a1", cooperations=[Cooperation(parties=["Kabupaten Banyumas", "UNICEF", "Kota Busan"],
                                                            kind="project")])
    _, t = tables_of([rec])
    by_country, _ = top_partners(t)
    groups = dict(zip(by_country["entity_id"], by_country["country"]))
    assert groups["org:unicef"] == "(international)" and groups["name:busan~city"] == "(unknown)"


def test_cli_summarize(tmp_path, capsys):
    assert main(["summarize", str(_jsonl(tmp_path)), "-o", str(tmp_path / "cli"), "--format", "csv"]) == 0
    assert (tmp_path / "cli" / "entities.csv").is_file()
    assert "6 articles" in capsys.readouterr().err


def test_review_app_archive_api(tmp_path):
    from pipeline.review.app import ReviewApp

    app = ReviewApp(_jsonl(tmp_path), tmp_path / "reviews")
    ents = {e["entity_id"]: e for e in app.entity_list()}
    assert ents["id-region:33"]["cooperations"] == 2
    one = app.entity("org:koica")
    assert [c["article_id"] for c in one["cooperations"]] == ["berita-002", "berita-003"]
    assert one["cooperations"][0]["parties"] == ["Pemprov Jateng", "Korea International Cooperation Agency (KOICA)"]
    assert "KOICA" in one["entity"]["variants"]
    with pytest.raises(KeyError):
        app.entity("org:nothing")
