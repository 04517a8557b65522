"""write.open_sink: dispatch on the output name, and done_keys() of every sink (used by resume)."""
from __future__ import annotations

from pathlib import Path

import pytest
from _records import sample

from pipeline.store import DbSink
from pipeline.tables import TableSink
from pipeline.write import FolderSink, JsonlSink, open_sink, sink_kind


@pytest.mark.parametrize("out, fmt, kind", [
    ("x.jsonl", None, "jsonl"), ("x.db", None, "db"), ("x.sqlite3", None, "db"),
    ("sqlite:///x.db", None, "db"), ("postgresql://u@h/db", None, "db"), ("postgresql+psycopg://h/db", "db", "db"),
    ("x.csv", None, "csv"), ("x.parquet", "parquet", "parquet"), ("outdir", None, "json"),
    ("outdir", "csv", "csv"), ("outdir", "parquet", "parquet"), ("outdir", "json", "json"),
])
def test_sink_kind(out, fmt, kind):
    assert sink_kind(out, fmt) == kind


@pytest.mark.parametrize("out, fmt, message", [
    ("x.jsonl", "csv", "is jsonl, not csv"), ("x.db", "parquet", "is db, not parquet"),
    ("outdir", "jsonl", "needs an output ending in .jsonl"), ("outdir", "xml", "unknown output format"),
    ("mysql://h/db", None, "unsupported database URL"),
])
def test_sink_kind_conflicts(out, fmt, message):
    with pytest.raises(ValueError, match=message):
        sink_kind(out, fmt)


@pytest.mark.parametrize("name, cls", [("o.jsonl", JsonlSink), ("o", FolderSink), ("o.db", DbSink),
                                       ("o.csv", TableSink), ("o.parquet", TableSink)])
def test_every_sink_reports_done_keys(tmp_path, name, cls):
    with open_sink(tmp_path / name) as sink:
        assert isinstance(sink, cls)
        sink.write(sample("a"))
        sink.write(sample("b", content_hash="h2"))
    with open_sink(tmp_path / name, append=True) as sink:
        assert sink.done_keys() == {("a", "h1"), ("b", "h2")}


def test_jsonl_done_keys_ignore_a_partial_line(tmp_path):
    out = tmp_path / "o.jsonl"
    with open_sink(out) as sink:
        sink.write(sample("a"))
    with out.open("a") as fh:
        fh.write('{"id": "cut", "content_ha')
    with open_sink(out, append=True) as sink:
        assert sink.done_keys() == {("a", "h1")}


def test_jsonl_without_append_truncates(tmp_path):
    out = tmp_path / "o.jsonl"
    with open_sink(out) as sink:
        sink.write(sample("a"))
    with open_sink(out) as sink:
        assert sink.done_keys() == set()


@pytest.mark.parametrize("given, expected", [
    (Path("postgresql+psycopg://u:p@127.0.0.1:5432/db"), "postgresql+psycopg://u:p@127.0.0.1:5432/db"),
    (Path("sqlite:///tmp/x.db"), "sqlite:////tmp/x.db"),      # /tmp exists: absolute
    (Path("sqlite:///results.db"), "sqlite:///results.db"),    # relative
    ("sqlite:///results.db", "sqlite:///results.db"),
    (Path("out.jsonl"), Path("out.jsonl")),
])
def test_output_target_repairs_urls_passed_through_path(given, expected):
    from pipeline.write import output_target

    assert output_target(given) == expected
