"""Command line: parses flags, calls the library, turns failures into messages and exit codes.

    python -m pipeline extract INPUT... (-o OUT | --db URL) [--workers N] [--resume] [--errors PATH] [-q]
    python -m pipeline evaluate GOLD_DIR PRED [--json] [--split FILE:KEY] [--by-rule] [--per-article [N]]
    python -m pipeline schema
    python -m pipeline review OUT [--texts INPUT...] [--reviews DIR] [--port 8000] [--host 127.0.0.1]
    python -m pipeline report OUT [--texts INPUT...] -o report.html
    python -m pipeline export OUT [--texts INPUT...] --format {label-studio,prodigy,doccano} -o FILE
    python -m pipeline summarize OUT -o DIR [--texts INPUT...] [--format csv parquet] [--db-tables]
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path

__all__ = ["main", "build_parser"]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, exit code 2
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    ap = _Parser(prog="python -m pipeline", description="Structured records from Indonesian news articles.")
    sub = ap.add_subparsers(dest="command", required=True, parser_class=_Parser)

    _extract_parser(sub)

    ev = sub.add_parser("evaluate", help="score predictions against a folder of gold files")
    ev.add_argument("gold", type=Path, metavar="GOLD_DIR")
    ev.add_argument("pred", type=Path, metavar="PRED", help="predictions: .jsonl file or folder of .json")
    ev.add_argument("--json", action="store_true", help="print the scores as JSON")
    ev.add_argument("--split", metavar="FILE[:KEY]",
                    help="score only the ids of a split, e.g. tools/gold_split.json:holdout")
    ev.add_argument("--by-rule", action="store_true", help="also list the precision of every rule")
    ev.add_argument("--per-article", nargs="?", type=int, const=0, default=None, metavar="N",
                    help="also list per-article F1, worst first (the N worst; all without N)")
    ev.add_argument("--ci", nargs="?", type=int, const=1000, default=None, metavar="ROUNDS",
                    help="also give 90%% bootstrap intervals of F1, resampling articles (1000 rounds by default)")
    ev.set_defaults(func=_evaluate)

    sc = sub.add_parser("schema", help="print the JSON Schema of the output records")
    sc.set_defaults(func=_schema)

    _review_parsers(sub)
    return ap


def _check_paths(*paths: Path) -> None:
    for p in paths:
        if not p.exists():
            raise FileNotFoundError(f"no such file or folder: {p}")


def _extract_parser(sub) -> None:
    """extract: pipeline.run (issue #4: inputs, workers, resume, errors)."""
    ex = sub.add_parser("extract", help="extract records from articles: files, folders, globs, archives",
                        description="INPUT: .txt, .json, .jsonl, .csv/.tsv, .html, .warc files (also .gz), "
                                    "folders of them, or quoted glob patterns.")
    ex.add_argument("inputs", nargs="+", metavar="INPUT")
    out = ex.add_mutually_exclusive_group(required=True)
    out.add_argument("-o", "--output", metavar="OUT",
                     help="a .jsonl file (one article per line), a .db file, a .csv/.parquet folder "
                          "or a folder of <id>.json")
    out.add_argument("--db", metavar="URL", dest="output",
                     help="write to a database instead: sqlite:///path.db or postgresql://user@host/db")
    ex.add_argument("--format", choices=["jsonl", "json", "csv", "parquet", "db"], default=None,
                    help="output kind when OUT does not tell (e.g. csv for a folder of tables)")
    ex.add_argument("--profile", default="default", choices=["fast", "default", "tagged", "stanza", "full"],
                    help="analysis: fast/default (rule tokens, NER: all the shipped rules need), tagged (+ POS), "
                         "stanza (Stanza's tokenizer, POS, lemmas, NER), full (+ parser)")
    ex.add_argument("--models", type=Path, default=None,
                    help="folder with resources.json and Indonesian Stanza models, in our layout (id/*.pt) or "
                         "Stanza's own (id/<proc>/<package>.pt); our NER is used if it has none")
    run = ex.add_argument_group("running")
    run.add_argument("--workers", type=_positive, default=1, metavar="N",
                     help="worker processes, each loading the models once (default 1: this process)")
    run.add_argument("--chunk-size", type=_positive, default=8, metavar="N",
                     help="articles sent to a worker at a time (default 8)")
    run.add_argument("--engine", choices=["local", "dask"], default="local",
                     help="local processes (default) or a Dask cluster")
    run.add_argument("--scheduler", metavar="ADDRESS", default=None,
                     help="Dask scheduler, e.g. tcp://host:8786 (default: a local cluster of --workers)")
    run.add_argument("--resume", action="store_true",
                     help="keep OUT and skip the articles already in it (same id and text)")
    run.add_argument("--errors", type=Path, default=None, metavar="PATH",
                     help="errors file, one JSON line per failed article (default OUT.errors.jsonl)")
    run.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    inp = ex.add_argument_group("inputs")
    for name in ("id", "text", "title", "url", "date"):
        inp.add_argument(f"--{name}-col", dest=f"{name}_col", metavar="NAME", default=None,
                         help=f"CSV column / JSON key holding the article {name}")
    inp.add_argument("--encoding", default=None, help="input encoding (default: detected per file)")
    inp.add_argument("--no-language-check", dest="language_check", action="store_false",
                     help="do not reject texts that are not Indonesian")
    ex.set_defaults(func=_extract)


def _positive(value: str) -> int:
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {n}")
    return n


def _progress_bar(args):
    """(callback, close) for a tqdm bar on stderr with rate and ETA; no bar if --quiet or no terminal."""
    if args.quiet or not sys.stderr.isatty():
        return None, lambda: None
    import threading

    from tqdm import tqdm

    from .ingest import count_items
    from .run import errors_path

    own = [args.errors or errors_path(args.output)] + ([] if "://" in args.output else [args.output])
    bar = tqdm(total=None, unit=" articles", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)
    errors = 0

    def count() -> None:  # the total (for the ETA) is counted beside the run
        try:
            total = count_items(args.inputs, exclude=own)
        except Exception:
            return
        if total:
            with bar.get_lock():
                bar.total = total
            bar.refresh()

    threading.Thread(target=count, daemon=True).start()

    def update(rec) -> None:
        nonlocal errors
        if rec is not None and rec.error:
            errors += 1
            bar.set_postfix(errors=errors, refresh=False)
        bar.update(1)

    return update, bar.close


def _extract(args) -> int:
    from pydantic import ValidationError

    from .ingest import Fields
    from .run import WorkerLoadError, run_batch

    if args.scheduler and args.engine != "dask":
        raise _UsageError("--scheduler needs --engine dask")
    if args.encoding:
        import codecs
        try:
            codecs.lookup(args.encoding)
        except LookupError:
            raise _UsageError(f"unknown encoding: {args.encoding}") from None
    progress, close_bar = _progress_bar(args)
    fields = Fields(id=args.id_col, text=args.text_col, title=args.title_col, url=args.url_col, date=args.date_col)
    try:
        summary = run_batch(args.inputs, args.output, profile=args.profile, models_dir=args.models,
                            progress=progress, workers=args.workers, chunk_size=args.chunk_size,
                            resume=args.resume, errors=args.errors, fields=fields, encoding=args.encoding,
                            check_language=args.language_check, engine=args.engine, scheduler=args.scheduler,
                            format=args.format)
    except KeyboardInterrupt:
        close_bar()
        print("interrupted; run again with --resume to continue", file=sys.stderr)
        return 130
    except (ValueError, RuntimeError) as exc:  # bad output name or engine, database, workers that cannot load
        close_bar()
        if isinstance(exc, ValidationError) or (isinstance(exc, RuntimeError) and not _is_store_error(exc)
                                                and not isinstance(exc, WorkerLoadError)):
            raise
        raise _UsageError(str(exc)) from exc
    except OSError as exc:
        close_bar()
        if isinstance(exc, FileNotFoundError):
            raise
        raise _UsageError(f"{exc.strerror or exc}: {exc.filename}" if exc.filename else str(exc)) from exc
    close_bar()
    print(summary.line(), file=sys.stderr)
    return 1 if summary.articles and summary.errors == summary.articles else 0


def _is_store_error(exc: BaseException) -> bool:
    store = sys.modules.get("pipeline.store")
    return store is not None and isinstance(exc, getattr(store, "StoreError", ()))


class _UsageError(Exception):
    """A one-line error for the user; exit code 2."""


def _evaluate(args) -> int:
    from .evaluate import (
        by_rule,
        format_by_rule,
        format_intervals,
        format_per_article,
        format_scores,
        intervals,
        load_gold,
        load_predictions,
        per_article,
        score,
        select_ids,
    )

    _check_paths(args.gold, args.pred)
    gold, pred = load_gold(args.gold), load_predictions(args.pred)
    if args.split:
        _check_paths(Path(args.split.partition(":")[0]))
        gold = select_ids(gold, args.split)
    scores = score(gold, pred)
    if args.by_rule:
        scores["by_rule"] = by_rule(gold, pred)
    if args.per_article is not None:
        scores["per_article"] = per_article(gold, pred)[:args.per_article or None]
    if args.ci:
        scores["intervals"] = intervals(gold, pred, rounds=args.ci)
    if args.json:
        print(json.dumps(scores, indent=2))
        return 0
    print(format_scores(scores))
    if args.ci:
        print(format_intervals(scores["intervals"]))
    if args.by_rule:
        print("\n" + format_by_rule(scores["by_rule"]))
    if args.per_article is not None:
        print("\n" + format_per_article(scores["per_article"]))
    return 0


def _schema(args) -> int:
    from .schema import json_schema

    print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
    return 0


def _review_parsers(sub) -> None:
    """review / report / export: pipeline.review (issue #5)."""
    def common(p):
        p.add_argument("output", metavar="OUT",
                       help="extraction output: .jsonl file, folder of <id>.json, table folder, "
                            "SQLite .db or database URL")
        p.add_argument("--texts", nargs="+", action="extend", type=Path, default=[], metavar="INPUT",
                       help="the original .txt/.jsonl inputs, for article text the output does not carry "
                            "(give OUT first)")

    rv = sub.add_parser("review", help="web app to review records and save gold files")
    common(rv)
    rv.add_argument("--reviews", type=Path, default=None, metavar="DIR",
                    help="folder for reviewed gold files (default: OUT.reviews beside OUT)")
    rv.add_argument("--host", default="127.0.0.1", help="interface to bind (default 127.0.0.1: this machine only)")
    rv.add_argument("--port", type=int, default=8000, help="port (default 8000; 0 = any free port)")
    rv.set_defaults(func=_review)

    rp = sub.add_parser("report", help="one self-contained HTML file with highlighted records")
    common(rp)
    rp.add_argument("-o", "--output-file", dest="html", required=True, type=Path, metavar="FILE")
    rp.set_defaults(func=_report)

    xp = sub.add_parser("export", help="export spans for Label Studio, Prodigy or doccano")
    common(xp)
    xp.add_argument("--format", required=True, choices=["label-studio", "prodigy", "doccano"])
    xp.add_argument("-o", "--output-file", dest="file", required=True, type=Path, metavar="FILE")
    xp.set_defaults(func=_export)

    sm = sub.add_parser("summarize", help="archive outputs: entities, cooperations, network, timeline")
    common(sm)
    sm.add_argument("-o", "--output-dir", dest="dir", required=True, type=Path, metavar="DIR")
    sm.add_argument("--format", nargs="+", choices=["csv", "parquet"], default=["csv", "parquet"],
                    help="table formats (default: both)")
    sm.add_argument("--html-nodes", type=int, default=400, metavar="N",
                    help="most connected entities drawn in network.html (GraphML/GEXF hold all; default 400)")
    sm.add_argument("--db-tables", action="store_true",
                    help="when OUT is a database, also write the entity and relation tables and views into it")
    sm.set_defaults(func=_summarize)


def _review_output_exists(args) -> None:
    _check_paths(*([] if "://" in args.output else [Path(args.output)]), *args.texts)


def _review_articles(args) -> dict:
    from .review.store import load_articles

    _review_output_exists(args)
    arts = load_articles(args.output, args.texts)
    missing = sum(1 for a in arts.values() if not a.get("text") and not a.get("error"))
    if missing:
        print(f"warning: {missing} of {len(arts)} articles have no text; pass --texts INPUT...", file=sys.stderr)
    return arts


def _review_cmd(fn):
    def run(args) -> int:
        from .review.store import ReviewError

        try:
            return fn(args)
        except (ReviewError, OSError) as exc:
            if isinstance(exc, FileNotFoundError):
                raise
            print(f"python -m pipeline {args.command}: error: {exc}", file=sys.stderr)
            return 2
    return run


@_review_cmd
def _review(args) -> int:
    from .review.app import serve

    _review_output_exists(args)
    serve(args.output, reviews=args.reviews, texts=args.texts, host=args.host, port=args.port)
    return 0


@_review_cmd
def _report(args) -> int:
    from .review.html import render_report

    arts = _review_articles(args)
    args.html.parent.mkdir(parents=True, exist_ok=True)
    name = "database" if "://" in args.output else Path(args.output).name
    args.html.write_text(render_report(arts.values(), title=f"Extraction report: {name}"),
                         encoding="utf-8")
    print(f"{len(arts)} articles -> {args.html}", file=sys.stderr)
    return 0


@_review_cmd
def _export(args) -> int:
    from .review.exports import export

    arts = _review_articles(args)
    written, skipped = export(arts.values(), args.format, args.file)
    note = f" ({skipped} without text skipped)" if skipped else ""
    print(f"{written} {args.format} items -> {args.file}{note}", file=sys.stderr)
    return 0 if written or not arts else 1


@_review_cmd
def _summarize(args) -> int:
    import time

    from .summarize import summarize

    _review_output_exists(args)
    t0 = time.monotonic()
    summary = summarize(args.output, args.dir, texts=args.texts, formats=args.format, html_nodes=args.html_nodes,
                        db_tables=args.db_tables)
    print(f"{summary.articles} articles, {summary.entities} entities, {summary.cooperations} cooperations "
          f"-> {args.dir} ({len(summary.files)} files, {time.monotonic() - t0:.1f}s)", file=sys.stderr)
    return 0


def _one_line(exc: BaseException) -> str:
    """Driver messages (psycopg, SQLAlchemy) span lines; the CLI promises one."""
    return " ".join(str(exc).split())


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:   # output piped into a reader that stopped early (`| head`)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except (FileNotFoundError, _UsageError) as exc:
        print(f"{parser.prog}: error: {_one_line(exc)}", file=sys.stderr)
        return 2
    except Exception as exc:
        from .analyse import ModelError
        if isinstance(exc, ModelError):
            print(f"{parser.prog}: error: {_one_line(exc)}", file=sys.stderr)
            return 2
        raise
