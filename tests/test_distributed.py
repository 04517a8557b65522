"""pipeline.distributed.run_dask: same records as the single-process run, failures become error records.

The plumbing tests swap in a fake Extractor (workers are threads in this
process, so the swap reaches them); the equivalence test runs Stanza.
"""
from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("distributed")

from pipeline import distributed  # noqa: E402
from pipeline.assemble import error_record, records_from_doc  # noqa: E402
from pipeline.ingest import IngestError, read_inputs  # noqa: E402
from pipeline.schema import Article, ArticleRecords  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


class ListSink:
    def __init__(self):
        self.records: list[ArticleRecords] = []

    def write(self, rec):
        self.records.append(rec)


class FakeExtractor:
    loads = 0

    def __init__(self, profile, models_dir=None, *, batch_size=8, threads=None):
        FakeExtractor.loads += 1

    def pipe(self, articles):
        for a in articles:
            if a.text == "boom":
                raise RuntimeError("worker crashed")
            yield ArticleRecords(id=a.id, title=a.text.upper(), content_hash="h")


@pytest.fixture
def fake(monkeypatch):
    FakeExtractor.loads = 0
    monkeypatch.setattr(distributed, "Extractor", FakeExtractor)
    distributed._EXTRACTORS.clear()
    yield FakeExtractor
    distributed._EXTRACTORS.clear()


def test_streams_all_articles_and_loads_once_per_worker(fake):
    arts = [Article(id=f"a{i}", text=f"teks {i}") for i in range(11)]
    sink = ListSink()
    summary = distributed.run_dask(arts, sink, workers=2, processes=False, batch_size=3)
    assert sorted(r.id for r in sink.records) == sorted(a.id for a in arts)
    assert {r.id: r.title for r in sink.records} == {a.id: a.text.upper() for a in arts}
    assert summary.articles == 11 and summary.errors == 0
    assert fake.loads == 2


def test_ingest_errors_and_failed_tasks_become_error_records(fake):
    items = [Article(id="ok", text="baik"), IngestError("bad", "unreadable file: x", "bad.txt"),
             Article(id="crash", text="boom")]
    sink = ListSink()
    summary = distributed.run_dask(items, sink, processes=False, batch_size=1)
    by_id = {r.id: r for r in sink.records}
    assert by_id["ok"].error is None
    assert by_id["bad"].error == "unreadable file: x"
    assert "worker failed: RuntimeError: worker crashed" in by_id["crash"].error
    assert summary.articles == 3 and summary.errors == 2


def test_missing_models_raise_model_error(tmp_path):
    from pipeline.analyse import ModelError

    with pytest.raises(ModelError, match="could not load the models"):
        distributed.run_dask([Article(id="a", text="teks")], ListSink(), models_dir=tmp_path, processes=False)


@pytest.mark.slow
def test_same_records_as_single_process(analyser):
    arts = [a for a in read_inputs([ROOT / "corpus"]) if isinstance(a, Article)]
    if not arts:
        pytest.skip("no team-written articles in corpus/")
    arts = arts[:3] + [Article(id="kosong", text="  ")]
    single = {}
    for a in arts:
        single[a.id] = (error_record(a, "empty article") if not a.text.strip()
                        else records_from_doc(analyser(a.text), a))
    sink = ListSink()
    distributed.run_dask(arts, sink, profile=analyser.profile, workers=1, processes=False, batch_size=2)
    assert {r.id: r for r in sink.records} == single
