"""pipeline.run: batch runs, errors file, worker processes, resume after SIGKILL.

Most tests swap Stanza for ``LightExtractor`` (passed as ``extractor=`` or patched
into ``pipeline.run`` in a driver process); the runner, sinks, kill and resume
machinery under test are the real ones. One slow test runs Stanza.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.assemble import content_hash
from pipeline.run import ErrorLog, errors_path, repair_jsonl, run_batch
from pipeline.schema import ArticleRecords

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent

SENTENCES = [
    "Pemerintah Kota Balikpapan menjalin kerja sama dengan Kota Kawasaki di Jepang dalam bidang air bersih.",
    "Wali Kota mengatakan bahwa program tersebut akan dimulai pada tahun depan dan melibatkan teknisi.",
    "Universitas Mulawarman menandatangani nota kesepahaman dengan sebuah universitas di Korea Selatan.",
    "Menurut rektor, kerja sama itu membuka peluang bagi mahasiswa untuk belajar satu semester di sana.",
    "Dinas Pariwisata Provinsi Bali menerima kunjungan delegasi dari Australia Barat pada pekan lalu.",
]
ENGLISH = ("The city government signed an agreement with its Japanese partner on Tuesday to build two "
           "floating clinics for residents who live along the river, officials said in a statement.")


def berita(i: int) -> str:
    """A short Indonesian article, different for every i."""
    return f"Berita nomor {i}. " + " ".join(SENTENCES[(i + k) % len(SENTENCES)] for k in range(3))


class LightExtractor:
    """Stands in for assemble.Extractor: no models; 'GAGAL' fails an article, 'MATIKAN' kills the process."""

    def __init__(self, profile="default", models_dir=None, *, batch_size=8, threads=None):
        self.delay = float(os.environ.get("LIGHT_DELAY", "0"))

    def pipe(self, articles):
        for a in articles:
            if self.delay:
                time.sleep(self.delay)
            if "MATIKAN" in a.text:
                os._exit(3)
            yield ArticleRecords(id=a.id, title=a.title, url=a.url, content_hash=content_hash(a.text),
                                 error="RuntimeError: analisis gagal" if "GAGAL" in a.text else None)


class BrokenExtractor(LightExtractor):
    def __init__(self, *a, **kw):
        from pipeline.analyse import ModelError

        raise ModelError("missing model file for pos: models/id/pos.pt")


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def archive(tmp_path: Path, n: int, *, bad: bool = True) -> tuple[Path, set[str]]:
    """A JSONL archive of n items (with bad ones if ``bad``) and the ids the output must hold."""
    lines, ids = [], set()
    for i in range(n):
        if bad and i % 100 == 7:
            lines.append('{"id": "rusak-%d", "text": ' % i)            # torn line -> error record
            ids.add(f"arsip:{len(lines)}")
        elif bad and i % 100 == 42:
            lines.append(json.dumps({"id": f"a{i:04d}", "text": ENGLISH}))   # not Indonesian -> error record
            ids.add(f"a{i:04d}")
        else:
            lines.append(json.dumps({"id": f"a{i:04d}", "title": f"Judul {i}", "text": berita(i)}))
            ids.add(f"a{i:04d}")
        if bad and i % 100 == 50:
            lines.append(json.dumps({"id": f"a{i:04d}", "text": berita(i + 1)}))  # duplicate id: errors file only
    path = tmp_path / "arsip.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, ids


# ---------------------------------------------------------------- single process


def test_run_writes_records_errors_file_and_summary(tmp_path):
    src, ids = archive(tmp_path, 200)
    out = tmp_path / "hasil.jsonl"
    seen = []
    summary = run_batch([src], out, extractor=LightExtractor, progress=seen.append)
    rows = read_jsonl(out)
    assert sorted(r["id"] for r in rows) == sorted(ids)
    assert (summary.articles, summary.errors, summary.duplicates) == (200, 4, 2)
    assert len(seen) == 202 and seen.count(None) == 2
    errs = read_jsonl(tmp_path / "hasil.errors.jsonl")
    assert [(e["id"], e["at"]) for e in errs] == [
        ("arsip:8", "line 8"), ("a0042", "line 43"), ("a0050", "line 52"),
        ("arsip:109", "line 109"), ("a0142", "line 144"), ("a0150", "line 153")]
    assert all(e["path"] == str(src) and e["reason"] for e in errs)
    assert "duplicate id" in {e["id"]: e["reason"] for e in errs}["a0050"]
    assert "200 articles, 4 errors, 2 duplicate ids" in summary.line()


def test_extraction_failures_reach_the_errors_file_with_their_path(tmp_path):
    (tmp_path / "in").mkdir()
    for i, text in enumerate([berita(1), berita(2) + " GAGAL", berita(3)]):
        (tmp_path / "in" / f"b{i}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "folder-out"
    summary = run_batch([tmp_path / "in"], out, extractor=LightExtractor, errors=tmp_path / "log" / "err.jsonl")
    assert sorted(p.name for p in out.glob("*.json")) == ["b0.json", "b1.json", "b2.json"]
    [err] = read_jsonl(tmp_path / "log" / "err.jsonl")
    assert err == {"id": "b1", "path": str(tmp_path / "in" / "b1.txt"), "at": None,
                   "reason": "RuntimeError: analisis gagal"}
    assert summary.errors == 1


def test_a_clean_run_leaves_no_errors_file_and_replaces_an_old_one(tmp_path):
    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps({"id": "x", "text": berita(0)}) + "\n", encoding="utf-8")
    stale = errors_path(tmp_path / "out.jsonl")
    stale.write_text('{"id": "lama"}\n')
    run_batch([src], tmp_path / "out.jsonl", extractor=LightExtractor)
    assert not stale.exists()


def test_own_output_inside_the_input_folder_is_not_read(tmp_path):
    for i in range(2):
        (tmp_path / f"b{i}.txt").write_text(berita(i), encoding="utf-8")
    out = tmp_path / "hasil.jsonl"
    (tmp_path / "hasil.errors.jsonl").write_text('{"id": "lama", "reason": "x"}\n')
    for _ in range(2):
        summary = run_batch([tmp_path], out, extractor=LightExtractor)
    assert (summary.articles, summary.errors) == (2, 0)
    assert sorted(r["id"] for r in read_jsonl(out)) == ["b0", "b1"]


@pytest.mark.parametrize("out, expected", [
    ("hasil.jsonl", "hasil.errors.jsonl"), ("hasil", "hasil.errors.jsonl"), ("hasil/", "hasil.errors.jsonl"),
    ("data/hasil.db", "data/hasil.errors.jsonl"), ("postgresql://u@host:5432/berita", "berita.errors.jsonl"),
    ("sqlite:///data/hasil.db", "data/hasil.errors.jsonl"), ("sqlite:////srv/hasil.db", "/srv/hasil.errors.jsonl"),
])
def test_errors_path(out, expected):
    assert errors_path(out) == Path(expected)


# ---------------------------------------------------------------- resume


@pytest.mark.parametrize("content, kept", [
    (b"", b""), (b'{"a": 1}\n', b'{"a": 1}\n'), (b'{"a": 1}\n{"b": ', b'{"a": 1}\n'),
    (b'{"b": 2', b""), (b'{"a": 1}\n' * 20000 + b'{"tor', b'{"a": 1}\n' * 20000),
])
def test_repair_jsonl_cuts_a_torn_last_line(tmp_path, content, kept):
    p = tmp_path / "x.jsonl"
    p.write_bytes(content)
    assert repair_jsonl(p) == len(content) - len(kept)
    assert p.read_bytes() == kept


def test_error_log_never_repeats_a_line_on_resume(tmp_path):
    p = tmp_path / "e.jsonl"
    log = ErrorLog(p)
    log.write(id="a", reason="x", path="f", at="line 1")
    log.close()
    with p.open("a") as fh:
        fh.write('{"id": "b", "pa')      # torn by a kill
    log = ErrorLog(p, append=True)
    log.write(id="a", reason="x", path="f", at="line 1")
    log.write(id="b", reason="y", path="f", at="line 2")
    log.close()
    assert [e["id"] for e in read_jsonl(p)] == ["a", "b"]


def test_resume_skips_done_articles_and_redoes_changed_ones(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": f"r{i}", "text": berita(i)}) + "\n" for i in range(6)),
                   encoding="utf-8")
    out = tmp_path / "out.jsonl"
    run_batch([src], out, extractor=LightExtractor)
    before = {r["id"]: r["content_hash"] for r in read_jsonl(out)}
    rows = [json.loads(line) for line in src.read_text().splitlines()]
    rows[2]["text"] = berita(2) + " Pembaruan: acara ditunda hingga bulan depan."
    rows.append({"id": "r6", "text": berita(6)})
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    summary = run_batch([src], out, extractor=LightExtractor, resume=True)
    after = read_jsonl(out)
    assert (summary.skipped, summary.articles) == (5, 2)
    assert sorted(r["id"] for r in after) == [f"r{i}" for i in range(7)]       # r2 once: the old line went
    assert {r["id"]: r["content_hash"] for r in after}["r2"] == content_hash(rows[2]["text"]) != before["r2"]


# ---------------------------------------------------------------- worker processes


def test_worker_processes_write_every_article_once_even_when_one_dies(tmp_path):
    src = tmp_path / "in.jsonl"
    texts = {f"w{i:02d}": berita(i) + (" MATIKAN" if i == 33 else "") for i in range(40)}
    src.write_text("".join(json.dumps({"id": k, "text": v}) + "\n" for k, v in texts.items()), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    summary = run_batch([src], out, extractor=LightExtractor, workers=2, chunk_size=3)
    rows = read_jsonl(out)
    assert sorted(r["id"] for r in rows) == sorted(texts)
    died = {r["id"] for r in rows if r["error"] and "worker process died" in r["error"]}
    assert "w33" in died and len(died) < 20
    assert summary.articles == 40 and summary.errors == len(died)


def test_worker_that_cannot_load_models_stops_the_run(tmp_path):
    from pipeline.analyse import ModelError

    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "m", "text": berita(0)}) + "\n", encoding="utf-8")
    with pytest.raises(ModelError, match="missing model file"):
        run_batch([src], tmp_path / "out.jsonl", extractor=BrokenExtractor, workers=2)


# ---------------------------------------------------------------- SIGKILL and --resume

DRIVER = """
import sys
sys.path.insert(0, {tests!r})
import pipeline.run, test_run
pipeline.run.Extractor = test_run.LightExtractor   # only the models are swapped
from pipeline.cli import main
sys.exit(main(sys.argv[1:]))
"""


def extract(args: list[str], *, delay: float = 0.0) -> subprocess.Popen:
    env = {**os.environ, "LIGHT_DELAY": str(delay), "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-c", DRIVER.format(tests=str(TESTS)), "extract", *args],
                            cwd=ROOT, env=env, start_new_session=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def written(out: Path) -> int:
    """Records in a JSONL file or a folder of <id>.json so far."""
    try:
        return out.read_bytes().count(b"\n") if out.suffix == ".jsonl" else len(list(out.glob("*.json")))
    except (FileNotFoundError, IsADirectoryError):
        return 0


def records(out: Path) -> list[dict]:
    if out.suffix == ".jsonl":
        return read_jsonl(out)
    return [json.loads(p.read_text(encoding="utf-8")) for p in out.glob("*.json")]


@pytest.mark.parametrize("workers, out_name", [(1, "out.jsonl"), (2, "out.jsonl"), (1, "out")])
def test_sigkill_mid_run_then_resume_gives_every_article_once(tmp_path, workers, out_name):
    src, ids = archive(tmp_path, 500)
    out = tmp_path / out_name
    args = [str(src), "-o", str(out), "--workers", str(workers), "--chunk-size", "4"]
    proc = extract(args, delay=0.02)
    deadline = time.monotonic() + 120
    while written(out) < 120 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "the run ended before it could be killed"
    os.killpg(proc.pid, signal.SIGKILL)          # the runner and its workers, at once
    proc.wait()
    assert 0 < written(out) < 500
    if out.suffix == ".jsonl":                   # as if the kill had cut a write in half
        with out.open("ab") as fh:
            fh.write(b'{"id": "a0499", "title": "Jud')
    else:
        (out / ".a0499.json.tmp").write_text('{"id": "a0499", "tit')

    proc = extract([str(src), "-o", str(out), "--resume", "-q"])   # any number of workers may resume
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err.decode()
    rows = records(out)
    assert len(rows) == 500 and len({r["id"] for r in rows}) == 500
    assert {r["id"] for r in rows} == ids
    assert "already done" in err.decode().splitlines()[-1]
    errs = read_jsonl(errors_path(out))
    keys = [(e["id"], e["path"], e["at"]) for e in errs]
    assert len(keys) == len(set(keys)) == 5 + 5 + 5     # torn lines, English texts, duplicates


# ---------------------------------------------------------------- Stanza


@pytest.mark.slow
def test_real_extractor_through_the_runner(tmp_path, request):
    from pipeline.analyse import ModelError
    from pipeline.assemble import Extractor

    try:
        analyser = request.getfixturevalue("analyser")
    except ModelError as exc:
        pytest.skip(f"models not ready: {exc}")

    class Shared(Extractor):   # the session's Stanza, not a second copy
        def __init__(self, profile, models_dir=None, *, batch_size=8, threads=None):
            self.analyser, self.batch_size = analyser, batch_size

    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in [
        {"id": "s1", "text": " ".join(SENTENCES[:2])}, {"id": "s2", "text": ENGLISH},
        {"id": "s3", "text": " ".join(SENTENCES[2:4])}]), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    summary = run_batch([src], out, extractor=Shared)
    rows = {r["id"]: r for r in read_jsonl(out)}
    assert set(rows) == {"s1", "s2", "s3"} and summary.errors == 1
    assert rows["s1"]["error"] is None and rows["s1"]["content_hash"] == content_hash(" ".join(SENTENCES[:2]))
    assert rows["s2"]["error"].startswith("not Indonesian")


# ---------------------------------------------------------------- fork after loading

class CountingExtractor(LightExtractor):
    """Notes the process that built it in LOADS_DIR; each record's title names the process that extracted it."""

    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        folder = Path(os.environ["LOADS_DIR"])
        (folder / f"load-{os.getpid()}-{time.monotonic_ns()}").touch()

    def pipe(self, articles):
        for rec in super().pipe(articles):
            rec.title = str(os.getpid())
            yield rec


def test_worker_processes_share_the_extractor_loaded_once_in_the_parent(tmp_path, monkeypatch):
    import multiprocessing

    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("no fork on this platform: each spawned worker loads its own")
    monkeypatch.setenv("LOADS_DIR", str(tmp_path))
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": f"f{i}", "text": berita(i)}) + "\n" for i in range(12)), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    summary = run_batch([src], out, extractor=CountingExtractor, workers=2, chunk_size=2)
    loads = list(tmp_path.glob("load-*"))
    assert len(loads) == 1 and loads[0].name.split("-")[1] == str(os.getpid())
    workers = {r["title"] for r in read_jsonl(out)}
    assert summary.articles == 12 and str(os.getpid()) not in workers and 1 <= len(workers) <= 2


def test_forked_workers_start_without_loading_again(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "s", "text": berita(1)}) + "\n", encoding="utf-8")
    start = time.perf_counter()
    summary = run_batch([src], tmp_path / "out.jsonl", extractor=LightExtractor, workers=2)
    # spawned workers re-import the pipeline (seconds); forked ones are up at once
    assert summary.articles == 1 and time.perf_counter() - start < 5


def test_extractor_records_equal_those_of_a_fresh_doc():
    """The Extractor hands the article's text to the rules as the Doc's text (the analyser has
    checked that they are the same): the records are those of a Doc read from scratch."""
    from pipeline.assemble import Extractor, records_from_doc
    from pipeline.schema import Article
    from tests._blankdoc import blank_doc

    class BlankAnalyser:
        def pipe(self, texts):
            return [blank_doc(t) for t in texts]

    ex = Extractor.__new__(Extractor)
    ex.analyser, ex.batch_size = BlankAnalyser(), 8
    arts = [Article(id=f"a{i}", text=berita(i) + " Kerja sama itu melibatkan 12 desa dan Rp 3 miliar.")
            for i in range(3)]
    got = [r.model_dump() for r in ex.pipe(arts)]
    assert got == [records_from_doc(blank_doc(a.text), a).model_dump() for a in arts]
    assert all(r["error"] is None for r in got) and any(r["counts"] for r in got)
