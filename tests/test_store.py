"""pipeline.store: schema-derived tables, round trips and idempotent upserts on SQLite and PostgreSQL.

SQLite always runs; PostgreSQL runs when PIPELINE_TEST_PG_URL is set (CI sets it in .ci/run).
"""
from __future__ import annotations

import os

import pytest
import sqlalchemy as sa
from _records import RECORDS, sample
from hypothesis import HealthCheck, given, settings

from pipeline import store
from pipeline.schema import RECORD_TYPES, ArticleRecords
from pipeline.write import open_sink

PG_URL = os.environ.get("PIPELINE_TEST_PG_URL")


def _clean(engine):
    store.META.drop_all(engine)
    store.create_tables(engine)


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request, tmp_path):
    if request.param == "sqlite":
        eng = store.engine_for(tmp_path / "results.db")
    else:
        if not PG_URL:
            pytest.skip("PostgreSQL tests need PIPELINE_TEST_PG_URL (set by .ci/run)")
        eng = store.engine_for(PG_URL)
    _clean(eng)
    yield eng
    if request.param == "postgresql":
        store.META.drop_all(eng)
    eng.dispose()


def counts(engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {t.name: conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one()
                for t in store.META.tables.values()}


def test_tables_come_from_the_schema():
    tables = store.META.tables
    assert set(tables) == {"articles", *RECORD_TYPES}
    assert [c.name for c in tables["articles"].columns] == [
        f for f in ArticleRecords.model_fields if f not in RECORD_TYPES]
    assert [c.name for c in tables["articles"].primary_key] == ["id"]
    for name, model in RECORD_TYPES.items():
        t = tables[name]
        assert [c.name for c in t.columns] == ["article_id", "idx", *model.model_fields]
        assert [c.name for c in t.primary_key] == ["article_id", "idx"]
        (fk,) = t.foreign_keys
        assert fk.target_fullname == "articles.id"
    assert not tables["quotes"].c.text.nullable and tables["quotes"].c.speaker.nullable
    assert isinstance(tables["counts"].c.approximate.type, sa.Boolean)


def test_round_trip_sample(engine):
    recs = [sample("a"), sample("b", partners=0), ArticleRecords(id="c", error="empty article", content_hash="x")]
    store.write_records(engine, recs)
    assert list(store.load_records(engine)) == recs
    assert list(store.load_records(engine, ids=["b"])) == [recs[1]]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rec=RECORDS)
def test_round_trip_any_record(engine, rec):
    store.write_records(engine, [rec], with_text=True)
    assert list(store.load_records(engine, ids=[rec.id])) == [rec]
    back = next(store.load_records(engine, ids=[rec.id]))
    assert back.model_dump(mode="json") == rec.model_dump(mode="json")  # int stays int, float stays float


def test_text_kept_only_with_text(engine):
    rec = sample("t").model_copy(update={"text": "Teks artikel."})
    store.write_records(engine, [rec])
    assert next(store.load_records(engine)).text is None
    store.write_records(engine, [rec], with_text=True)
    assert next(store.load_records(engine)).text == "Teks artikel."


def test_upsert_is_idempotent_and_replaces_changed_articles(engine):
    a, b = sample("a"), sample("b")
    store.write_records(engine, [a, b])
    first = counts(engine)
    store.write_records(engine, [a, b])
    assert counts(engine) == first == {"articles": 2, "partners": 4, "programs": 2, "counts": 4,
                                       "quotes": 2, "officials": 2, "cooperations": 0}
    changed = sample("a", partners=1, content_hash="h2").model_copy(update={"quotes": []})
    store.write_records(engine, [changed])
    assert counts(engine) == {**first, "partners": 3, "quotes": 1}
    assert {r.id: r for r in store.load_records(engine)} == {"a": changed, "b": b}
    assert store.done_keys(engine) == {("a", "h2"), ("b", "h1")}


def test_repeated_id_in_one_batch_keeps_the_last(engine):
    store.write_records(engine, [sample("a"), sample("a", partners=0, content_hash="h9")])
    assert list(store.load_records(engine)) == [sample("a", partners=0, content_hash="h9")]


def test_sink_batches_and_reports_done_keys(engine):
    sink = store.DbSink(engine, batch_size=2)
    for i in range(5):
        sink.write(sample(f"a{i}"))
    assert counts(engine)["articles"] == 4           # two full batches written, one record buffered
    assert len(sink.done_keys()) == 5                # buffered records count as done
    sink.close()
    assert counts(engine)["articles"] == 5


def test_failed_batch_leaves_earlier_rows(engine):
    store.write_records(engine, [sample("a")])
    from pipeline.schema import Official

    bad = sample("a", content_hash="new").model_copy(update={"officials": [Official.model_construct(name=None)]})
    with pytest.raises(sa.exc.IntegrityError):       # NOT NULL fails after the deletes, in the same transaction
        store.write_records(engine, [bad])
    assert list(store.load_records(engine)) == [sample("a")]


def test_open_sink_sqlite_path_and_url(tmp_path):
    db = tmp_path / "out" / "results.db"
    with open_sink(db) as sink:
        assert isinstance(sink, store.DbSink)
        sink.write(sample("a"))
    with open_sink(f"sqlite:///{db}", append=True) as sink:
        assert sink.done_keys() == {("a", "h1")}
        sink.write(sample("b"))
    assert [r.id for r in store.load_records(db)] == ["a", "b"]


def test_review_app_reads_the_database(tmp_path):
    from pipeline.review.store import load_output

    db = tmp_path / "results.sqlite"
    with open_sink(db) as sink:
        sink.write(sample("a"))
    assert load_output(db)["a"]["partners"][0]["name"] == "Kota Fukuoka"


def test_postgresql_url_uses_psycopg3():
    eng = store.engine_for("postgresql://u:p@localhost:1/db")
    assert eng.dialect.driver == "psycopg"


def test_errors(tmp_path):
    with pytest.raises(FileNotFoundError):
        list(store.load_records(tmp_path / "missing.db"))
    assert not (tmp_path / "missing.db").exists()
    with pytest.raises(store.StoreError):
        store.engine_for("nosuchdialect://x")
    old = tmp_path / "old.db"
    with sa.create_engine(f"sqlite:///{old}").begin() as conn:
        conn.execute(sa.text("CREATE TABLE articles (id TEXT PRIMARY KEY, headline TEXT)"))
    with pytest.raises(store.StoreError, match="articles has columns"):
        store.DbSink(old)
