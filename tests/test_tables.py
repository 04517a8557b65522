"""pipeline.tables: schema-derived columns, pandas frames, CSV/Parquet writers and the table sink."""
from __future__ import annotations

import json
from typing import Literal, Optional, Union

import pandas as pd
import pytest
from _records import RECORDS, sample
from hypothesis import HealthCheck, given, settings
from pydantic import BaseModel, Field

from pipeline import tables
from pipeline.schema import RECORD_TYPES, ArticleRecords
from pipeline.tables import TABLES, TableSink, load_tables, read_tables, to_frames, write_tables


def test_columns_come_from_the_models():
    assert list(TABLES) == ["articles", *RECORD_TYPES]
    assert TABLES["articles"].names == [f for f in ArticleRecords.model_fields if f not in RECORD_TYPES]
    for name, model in RECORD_TYPES.items():
        assert TABLES[name].names == ["article_id", "idx", *model.model_fields]
        assert TABLES[name].key == ("article_id", "idx")


class _Probe(BaseModel):
    a: str
    b: Optional[int] = None
    c: Union[int, float]
    d: bool = False
    e: list[str] = Field(default_factory=list)
    f: Literal["x", "y"]
    g: float | None = None


def test_column_kinds_follow_annotations():
    cols = {c.name: (c.kind, c.nullable) for c in tables._columns(_Probe)}
    assert cols == {"a": ("str", False), "b": ("int", True), "c": ("number", False), "d": ("bool", False),
                    "e": ("json", False), "f": ("str", False), "g": ("float", True)}


def test_frames_have_keys_and_json_lists():
    frames = to_frames([sample("a"), sample("b", partners=0)])
    assert list(frames["partners"].columns) == TABLES["partners"].names
    assert frames["partners"][["article_id", "idx"]].values.tolist() == [["a", 0], ["a", 1]]
    assert json.loads(frames["programs"].loc[0, "partners"]) == ["Kota Fukuoka", "JICA"]
    assert str(frames["counts"]["approximate"].dtype) == "boolean"
    assert frames["articles"]["text"].isna().all()


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_write_and_load_round_trip(tmp_path, fmt):
    recs = [sample("a"), sample("b", partners=0), ArticleRecords(id="c", error="empty article", content_hash="x")]
    paths = write_tables(recs, tmp_path / "out", format=fmt)
    assert sorted(p.name for p in paths.values()) == sorted(f"{t}.{fmt}" for t in TABLES)
    assert list(load_tables(tmp_path / "out", format=fmt)) == recs
    empty = write_tables([], tmp_path / "empty", format=fmt)
    assert read_tables(tmp_path / "empty", format=fmt)["quotes"].columns.tolist() == TABLES["quotes"].names
    assert empty["articles"].is_file()


def test_csv_is_plain_csv(tmp_path):
    write_tables([sample("a")], tmp_path / "t.csv")
    df = pd.read_csv(tmp_path / "t.csv" / "quotes.csv")
    assert df.loc[0, "text"] == "Kami ingin belajar,\nterutama soal sungai."
    assert df.columns.tolist() == TABLES["quotes"].names


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rec=RECORDS)
def test_parquet_round_trip_any_record(tmp_path, rec):
    write_tables([rec], tmp_path / "h.parquet", with_text=True)
    back = list(load_tables(tmp_path / "h.parquet"))
    assert [r.model_dump(mode="json") for r in back] == [rec.model_dump(mode="json")]


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_sink_streams_appends_and_replaces(tmp_path, fmt):
    out = tmp_path / f"run.{fmt}"
    with TableSink(out, batch_size=2) as sink:
        for i in range(5):
            sink.write(sample(f"a{i}"))
        sink.write(sample("a1", partners=0, content_hash="again"))   # same id in one run: last wins
        assert (out / f"partners.{fmt}.part").exists()               # flushed while running
    assert not list(out.glob("*.part"))
    recs = {r.id: r for r in load_tables(out)}
    assert len(recs) == 5 and recs["a1"].partners == [] and recs["a1"].content_hash == "again"

    with TableSink(out, append=True) as sink:
        assert ("a3", "h1") in sink.done_keys()
        sink.write(sample("a3", partners=1, content_hash="h2"))     # changed article replaces its rows
        sink.write(sample("b"))
    frames = read_tables(out)
    assert len(frames["articles"]) == 6 and not frames["articles"]["id"].duplicated().any()
    assert not frames["partners"].duplicated(["article_id", "idx"]).any()
    recs = {r.id: r for r in load_tables(out)}
    assert recs["a3"] == sample("a3", partners=1, content_hash="h2") and recs["a0"] == sample("a0")

    with TableSink(out) as sink:                                     # no append: starts afresh
        sink.write(sample("z"))
    assert [r.id for r in load_tables(out)] == ["z"]


def test_format_errors(tmp_path):
    with pytest.raises(ValueError, match="table format"):
        TableSink(tmp_path / "plain")
    with pytest.raises(FileNotFoundError):
        read_tables(tmp_path, format="csv")
