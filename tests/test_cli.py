"""python -m pipeline extract: flags, one-line errors with exit code 2, outputs, progress and summary.

Stanza is swapped for tests/test_run.py's LightExtractor; everything else is the real CLI.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from pipeline import cli
from pipeline import run as run_mod

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_run import ENGLISH, LightExtractor, berita, read_jsonl  # noqa: E402


@pytest.fixture
def light(monkeypatch):
    monkeypatch.setattr(run_mod, "Extractor", LightExtractor)


@pytest.fixture
def inputs(tmp_path):
    folder = tmp_path / "masuk"
    folder.mkdir()
    for i in range(3):
        (folder / f"t{i}.txt").write_text(berita(i), encoding="utf-8")
    (folder / "inggris.txt").write_text(ENGLISH, encoding="utf-8")
    return folder


def one_line_error(capsys, argv, match: str) -> None:
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "error:" in err and match in err, err


@pytest.mark.parametrize("argv, match", [
    (["extract", "x.txt", "-o", "o.jsonl", "--bogus"], "unrecognized arguments: --bogus"),
    (["extract", "x.txt"], "one of the arguments -o/--output --db is required"),
    (["extract", "x.txt", "-o", "a.jsonl", "--db", "sqlite:///a.db"], "not allowed with argument"),
    (["extract", "x.txt", "-o", "o.jsonl", "--workers", "0"], "must be 1 or more"),
    (["extract", "x.txt", "-o", "o.jsonl", "--engine", "spark"], "invalid choice: 'spark'"),
])
def test_usage_errors(capsys, argv, match):
    with pytest.raises(SystemExit) as exc:
        cli.main(argv)
    err = capsys.readouterr().err
    assert exc.value.code == 2 and err.count("\n") == 1 and match in err, err


@pytest.mark.parametrize("argv, match", [
    (["extract", "tidak-ada.txt", "-o", "o.jsonl"], "no such file or folder: tidak-ada.txt"),
    (["extract", "tidak-ada/*.jsonl", "-o", "o.jsonl"], "no files match: tidak-ada/*.jsonl"),
])
def test_missing_inputs_are_one_line_errors(capsys, argv, match):
    one_line_error(capsys, argv, match)


def test_option_conflicts_are_one_line_errors(capsys, inputs, tmp_path, light):
    one_line_error(capsys, ["extract", str(inputs), "-o", str(tmp_path / "o"), "--scheduler", "tcp://h:8786"],
                   "--scheduler needs --engine dask")
    one_line_error(capsys, ["extract", str(inputs), "-o", str(tmp_path / "o"), "--encoding", "klingon"],
                   "unknown encoding: klingon")
    one_line_error(capsys, ["extract", str(inputs), "-o", str(tmp_path / "o.jsonl"), "--format", "csv"],
                   "is jsonl, not csv")


def test_unreachable_database_is_a_one_line_error(capsys, inputs, light):
    pytest.importorskip("psycopg")
    # the driver's own message spans two lines; nothing listens on port 1
    one_line_error(capsys, ["extract", str(inputs), "-q", "--db", "postgresql://u:p@127.0.0.1:1/x"],
                   "cannot open database")


def test_extract_help_lists_the_batch_flags(capsys):
    with pytest.raises(SystemExit):
        cli.main(["extract", "--help"])
    out = capsys.readouterr().out
    for flag in ("--workers", "--resume", "--errors", "--quiet", "--engine", "--scheduler", "--db",
                 "--text-col", "--id-col", "--title-col", "--url-col", "--date-col"):
        assert flag in out


def test_extract_jsonl_summary_and_errors_file(capsys, inputs, tmp_path, light):
    out = tmp_path / "hasil.jsonl"
    assert cli.main(["extract", str(inputs), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert err.startswith("4 articles, 1 errors, records: ") and err.count("\n") == 1   # no bar: not a terminal
    assert sorted(r["id"] for r in read_jsonl(out)) == ["inggris", "t0", "t1", "t2"]
    [e] = read_jsonl(tmp_path / "hasil.errors.jsonl")
    assert e["id"] == "inggris" and e["reason"].startswith("not Indonesian")

    assert cli.main(["extract", str(inputs), "-o", str(out), "--resume"]) == 0
    assert "0 articles, 0 errors, 4 already done" in capsys.readouterr().err
    assert len(read_jsonl(out)) == 4


def test_extract_csv_with_column_flags_to_a_folder(capsys, tmp_path, light):
    src = tmp_path / "berita.csv"
    src.write_text("kode;judul;isi\nk1;Satu;" + berita(1) + "\nk2;Dua;" + berita(2) + "\n", encoding="cp1252")
    out = tmp_path / "folder"
    argv = ["extract", str(src), "-o", str(out), "--id-col", "kode", "--title-col", "judul", "--text-col", "isi",
            "--errors", str(tmp_path / "salah.jsonl"), "-q"]
    assert cli.main(argv) == 0
    assert {p.stem: json.loads(p.read_text())["title"] for p in out.glob("*.json")} == {"k1": "Satu", "k2": "Dua"}
    assert not (tmp_path / "salah.jsonl").exists()


def test_extract_to_a_database(capsys, inputs, tmp_path, light):
    pytest.importorskip("sqlalchemy")
    from pipeline import store

    db = tmp_path / "hasil.db"
    assert cli.main(["extract", str(inputs), "--db", f"sqlite:///{db}"]) == 0
    assert cli.main(["extract", str(inputs), "--db", f"sqlite:///{db}", "--resume"]) == 0
    assert "4 already done" in capsys.readouterr().err
    assert sorted(r.id for r in store.load_records(store.engine_for(db))) == ["inggris", "t0", "t1", "t2"]


def test_all_articles_failing_exits_1(capsys, tmp_path, light):
    src = tmp_path / "en.txt"
    src.write_text(ENGLISH, encoding="utf-8")
    assert cli.main(["extract", str(src), "-o", str(tmp_path / "o.jsonl")]) == 1


def test_dask_engine_calls_run_dask(capsys, monkeypatch, inputs, tmp_path, light):
    from pipeline import distributed

    calls = {}

    def fake_run_dask(articles, sink, **kw):
        calls.update(kw)
        for a in articles:
            sink.write(next(LightExtractor().pipe([a])))

    monkeypatch.setattr(distributed, "run_dask", fake_run_dask)
    out = tmp_path / "o.jsonl"
    argv = ["extract", str(inputs), "-o", str(out), "--engine", "dask", "--scheduler", "tcp://10.0.0.5:8786",
            "--workers", "3", "--chunk-size", "5"]
    assert cli.main(argv) == 0
    assert (calls["scheduler"], calls["workers"], calls["batch_size"]) == ("tcp://10.0.0.5:8786", 3, 5)
    assert len(read_jsonl(out)) == 4 and "4 articles, 1 errors" in capsys.readouterr().err


def test_progress_bar_on_a_terminal(capsys, monkeypatch, inputs, tmp_path, light):
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert cli.main(["extract", str(inputs), "-o", str(tmp_path / "o.jsonl")]) == 0
    err = capsys.readouterr().err
    assert "\r" in err and " articles [" in err and "4 articles, 1 errors" in err.splitlines()[-1]
    assert cli.main(["extract", str(inputs), "-o", str(tmp_path / "o.jsonl"), "--quiet"]) == 0
    assert "\r" not in capsys.readouterr().err
