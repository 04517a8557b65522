"""Run a batch: read inputs, extract, write, count. Library code: no printing, no exiting.

Engines: in this process (``workers=1``), a pool of ``workers`` processes
(forked after the extractor is loaded here, so models load once and workers
start at once; spawned, each loading its own, where fork is unavailable;
articles travel in chunks), or
Dask (:func:`pipeline.distributed.run_dask`). Reading and writing stay in this
process, so every sink has one writer; output order may differ from input order.

Failures: an article that cannot be read or extracted becomes an error record
in the output and a line ``{"id", "path", "at", "reason"}`` in the errors file
(written first, so a crash never loses it). A repeated id goes to the errors
file only: the output keeps the first article with that id.

Resume (``resume=True``): the output is opened for appending, a torn last JSONL
line left by a killed run is cut off, and articles whose ``(id, content_hash)``
is already in the output are skipped; a run killed at any moment and resumed
ends with every article exactly once.
"""
from __future__ import annotations

import json
import os
import sys
import time
from collections import Counter
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from .assemble import Extractor, content_hash, error_record
from .ingest import Fields, IngestError, check_inputs, read_inputs
from .schema import Article, ArticleRecords
from .write import open_sink, sink_kind

__all__ = ["Summary", "run_batch", "errors_path", "repair_jsonl", "ErrorLog", "WorkerLoadError", "ENGINES"]

ENGINES = ("local", "dask")
EMPTY_HASH = content_hash("")
_MAX_POOL_RESTARTS = 3


@dataclass
class Summary:
    articles: int = 0
    errors: int = 0
    records: Counter = field(default_factory=Counter)
    seconds: float = 0.0
    skipped: int = 0      # already in the output (resume)
    duplicates: int = 0   # repeated ids, reported in the errors file only

    def add(self, rec: ArticleRecords) -> None:
        self.articles += 1
        if rec.error:
            self.errors += 1
        for t in ("partners", "programs", "counts", "quotes", "officials"):
            self.records[t] += len(getattr(rec, t))

    def line(self) -> str:
        recs = ", ".join(f"{k} {v}" for k, v in sorted(self.records.items()))
        extra = "".join([f", {self.duplicates} duplicate ids" if self.duplicates else "",
                         f", {self.skipped} already done" if self.skipped else ""])
        rate = f", {self.articles / self.seconds:.1f} articles/s" if self.seconds and self.articles else ""
        return (f"{self.articles} articles, {self.errors} errors{extra}, records: {recs or 'none'}; "
                f"{self.seconds:.1f} s{rate}")


def errors_path(out: Path | str) -> Path:
    """Default errors file beside an output: ``out.jsonl``, folder ``out`` or ``out.db`` -> ``out.errors.jsonl``."""
    s = str(out)
    if s.lower().startswith("sqlite") and ":///" in s:  # beside the SQLite file
        s = s.split(":///", 1)[1].split("?", 1)[0]
        if not s or s == ":memory:":
            return Path("extract.errors.jsonl")
    elif "://" in s:  # a database server: <database name>.errors.jsonl here
        name = s.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
        return Path(f"{Path(name).stem or 'extract'}.errors.jsonl")
    p = Path(s.rstrip("/\\") or ".")
    stem = p.stem if p.suffix.lower() in (".jsonl", ".json", ".db", ".sqlite", ".sqlite3", ".csv", ".parquet") \
        else p.name
    return p.with_name(f"{stem}.errors.jsonl")


def repair_jsonl(path: Path | str) -> int:
    """Cut a torn last line (no final newline) off a JSONL file, as a killed writer leaves it.

    Reads only the tail of the file. Returns the number of bytes cut.
    """
    path = Path(path)
    if not path.is_file():
        return 0
    with path.open("r+b") as fh:
        end = fh.seek(0, os.SEEK_END)
        pos, cut = end, 0
        while pos > 0:
            step = min(1 << 16, pos)
            pos -= step
            fh.seek(pos)
            block = fh.read(step)
            if pos + step == end and block.endswith(b"\n"):
                return 0
            i = block.rfind(b"\n")
            if i >= 0:
                cut = pos + i + 1
                break
        fh.truncate(cut)
        fh.flush()
        os.fsync(fh.fileno())
    return end - cut


def _compact_jsonl(path: Path, ids: set[str]) -> None:
    """Keep only the last line of each id in ``ids`` (an article re-extracted after its text changed)."""
    def line_id(line: bytes):
        try:
            return str(json.loads(line)["id"])
        except (ValueError, KeyError, TypeError):
            return None

    last: dict[str, int] = {}
    with path.open("rb") as fh:
        for n, line in enumerate(fh):
            i = line_id(line)
            if i in ids:
                last[i] = n
    tmp = path.with_name(f".{path.name}.compact.tmp")
    with path.open("rb") as src, tmp.open("wb") as dst:
        for n, line in enumerate(src):
            i = line_id(line)
            if i not in ids or last.get(i) == n:
                dst.write(line)
        dst.flush()
        os.fsync(dst.fileno())
    os.replace(tmp, path)


class ErrorLog:
    """The errors file: one JSON line per failed article, flushed; no line twice across resumed runs."""

    def __init__(self, path: Path | str, *, append: bool = False):
        self.path = Path(path)
        self.fh = None
        self.seen: set[tuple] = set()
        if append and self.path.is_file():
            repair_jsonl(self.path)
            with self.path.open(encoding="utf-8", errors="replace") as fh:
                for line in fh:
                    try:
                        row = json.loads(line)
                        self.seen.add((row.get("id"), row.get("path"), row.get("at")))
                    except (ValueError, AttributeError):
                        continue
        elif self.path.is_file():
            self.path.unlink()

    def write(self, *, id: str, reason: str, path: str | None = None, at: str | None = None) -> None:
        key = (id, path, at)
        if key in self.seen:
            return
        self.seen.add(key)
        if self.fh is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.fh = self.path.open("a", encoding="utf-8")
        self.fh.write(json.dumps({"id": id, "path": path, "at": at, "reason": reason}, ensure_ascii=False) + "\n")
        self.fh.flush()

    def close(self) -> None:
        if self.fh is not None:
            self.fh.close()
            self.fh = None


class _Writer:
    """The one place records leave the run: errors file first, then the sink, then counts and progress."""

    def __init__(self, sink, errors: ErrorLog, summary: Summary, progress, done: set):
        self.sink, self.errors, self.summary, self.progress = sink, errors, summary, progress
        self.done = done
        self.done_hash = {i: h for i, h in done}
        self.replaced: set[str] = set()
        self.where: dict[str, tuple[str | None, str | None]] = {}   # id -> (path, at) of articles in flight

    def write(self, rec: ArticleRecords) -> None:
        path, at = self.where.pop(rec.id, (None, None))
        if rec.error:
            self.errors.write(id=rec.id, reason=rec.error, path=path, at=at)
        self.sink.write(rec)
        self.summary.add(rec)
        if self.progress:
            self.progress(rec)

    def close(self) -> None:  # the caller closes the real sink
        pass

    def _skip(self, id: str, h: str) -> bool:
        if (id, h) in self.done:
            self.summary.skipped += 1
            if self.progress:
                self.progress(None)
            return True
        if id in self.done_hash:
            self.replaced.add(id)  # same id, other text: extracted again, the old line goes
        return False

    def articles(self, items: Iterable) -> Iterator[Article]:
        """Articles still to extract; ingest errors, duplicates and done articles are handled here."""
        for item in items:
            if isinstance(item, IngestError):
                if item.duplicate:
                    self.errors.write(id=item.id, reason=item.reason, path=item.source_path, at=item.at)
                    self.summary.duplicates += 1
                    if self.progress:
                        self.progress(None)
                    continue
                h = item.content_hash or EMPTY_HASH
                if self._skip(item.id, h):
                    continue
                self.where[item.id] = (item.source_path, item.at)
                self.write(ArticleRecords(id=item.id, error=item.reason, content_hash=h))
            elif not self._skip(item.id, content_hash(item.text)):
                self.where[item.id] = (item.source_path, None)
                yield item


def run_batch(inputs: Iterable[Path | str], out: Path | str, *, profile: str = "default",
              models_dir=None, progress: Optional[Callable[[ArticleRecords | None], None]] = None,
              workers: int = 1, chunk_size: int = 8, resume: bool = False, errors: Path | str | None = None,
              fields: Fields | None = None, encoding: str | None = None, check_language: bool = True,
              engine: str = "local", scheduler: str | None = None, format: str | None = None,
              extractor: Callable | None = None) -> Summary:
    """Extract every article of ``inputs`` into ``out`` (any output ``write.open_sink`` takes).

    Args:
        workers: processes (local engine; 1 = this process) or local Dask workers.
        chunk_size: articles per task sent to a worker (and Stanza's batch).
        resume: keep what ``out`` holds and skip the articles already there.
        errors: the errors file (default :func:`errors_path` of ``out``).
        fields, encoding, check_language: passed to :func:`pipeline.ingest.read_inputs`.
        engine: ``"local"`` or ``"dask"`` (``scheduler``: a Dask scheduler address).
        format: output kind for ``open_sink`` (e.g. ``"csv"`` for a folder of tables).
        extractor: factory ``(profile, models_dir, *, batch_size, threads)`` -> object with
            ``pipe(articles)``; default :class:`~pipeline.assemble.Extractor`. Must be
            importable by name when ``workers > 1`` (it is sent to spawned processes).
        progress: called with each record written, and with ``None`` for an item skipped.

    Raises:
        FileNotFoundError (before anything is written) for a missing input;
        ModelError when the models cannot be loaded; ValueError for an unknown engine or output.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; choose from {', '.join(ENGINES)}")
    inputs = list(inputs)
    check_inputs(inputs)
    kind = sink_kind(out, format)
    factory = extractor or Extractor
    summary, start = Summary(), time.perf_counter()
    local = pooled = None
    if engine == "local" and workers <= 1:
        local = factory(profile, models_dir, batch_size=chunk_size)  # before the output is touched
    elif engine == "local" and _can_fork():
        # loaded once here and inherited by forked workers: they start in well under a second
        pooled = factory(profile, models_dir, batch_size=chunk_size,
                         threads=max(1, (os.cpu_count() or 1) // workers))
    if resume and kind == "jsonl":
        repair_jsonl(out)
    sink = open_sink(out, append=resume, format=format)
    elog = None
    try:
        done = sink.done_keys() if resume else set()
        errors = Path(errors) if errors else errors_path(out)
        elog = ErrorLog(errors, append=resume)
        writer = _Writer(sink, elog, summary, progress, done)
        if resume and kind == "jsonl":
            seen: dict[str, str] = {}
            for i, h in done:  # one id under two hashes: a changed article a killed run left behind
                if seen.setdefault(i, h) != h:
                    writer.replaced.add(i)
        own = [errors] + ([] if "://" in str(out) else [Path(out)])   # never read this run's own files
        items = read_inputs(inputs, fields=fields, encoding=encoding, check_language=check_language, exclude=own)
        articles = writer.articles(items)
        if engine == "dask":
            from .distributed import run_dask

            run_dask(articles, writer, scheduler=scheduler, profile=profile, models_dir=models_dir,
                     workers=workers if workers > 1 else None, batch_size=chunk_size)
        elif local is not None:
            for rec in local.pipe(articles):
                writer.write(rec)
        else:
            _run_pool(articles, writer, factory, (profile, models_dir),
                      dict(batch_size=chunk_size, threads=max(1, (os.cpu_count() or 1) // workers)),
                      workers=workers, chunk_size=chunk_size, loaded=pooled)
    finally:
        sink.close()
        if elog is not None:
            elog.close()
        summary.seconds = time.perf_counter() - start
    if kind == "jsonl" and writer.replaced:
        _compact_jsonl(Path(out), writer.replaced)
    return summary


# ---------------------------------------------------------------- process pool

_WORKER = None
_WORKER_ERROR: BaseException | None = None


def _init_worker(factory, args: tuple, kwargs: dict) -> None:
    global _WORKER, _WORKER_ERROR
    try:
        _WORKER = factory(*args, **kwargs)
    except Exception as exc:  # raised in the parent by the first task
        _WORKER_ERROR = exc


class WorkerLoadError(RuntimeError):
    """A worker process could not load the extractor."""


def _work(chunk: list[Article]) -> list[ArticleRecords]:
    if _WORKER is None:
        from .analyse import ModelError

        exc = _WORKER_ERROR
        if isinstance(exc, ModelError):
            raise ModelError(str(exc))
        raise WorkerLoadError(f"worker could not load the extractor: {type(exc).__name__}: {exc}")
    try:
        return list(_WORKER.pipe(chunk))
    except Exception as exc:  # Extractor.pipe handles its articles; anything else fails the chunk only
        return [error_record(a, f"{type(exc).__name__}: {exc}") for a in chunk]


def _chunks(items: Iterable, n: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, n)):
        yield chunk


def _can_fork() -> bool:
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


def _adopt_worker(threads: int | None) -> None:
    """In a forked worker: the extractor is the parent's; only torch's thread count is per process."""
    torch = sys.modules.get("torch")
    if torch is not None and threads:
        torch.set_num_threads(threads)


def _run_pool(articles: Iterable[Article], writer: _Writer, factory, args: tuple, kwargs: dict, *,
              workers: int, chunk_size: int, loaded=None) -> None:
    """Chunks of articles over ``workers`` processes.

    With ``loaded`` (an extractor built in this process) workers are forked and
    share its models; otherwise each spawned worker loads its own.
    """
    import multiprocessing

    global _WORKER, _WORKER_ERROR
    if loaded is not None:
        _WORKER, _WORKER_ERROR = loaded, None
        ctx = multiprocessing.get_context("fork")
        init, initargs = _adopt_worker, (kwargs.get("threads"),)
    else:
        ctx = multiprocessing.get_context("spawn")
        init, initargs = _init_worker, (factory, args, kwargs)

    def start() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(workers, mp_context=ctx, initializer=init, initargs=initargs)

    chunks = _chunks(articles, max(1, chunk_size))
    max_in_flight = 2 * workers     # bounded: the input is read as fast as workers take it
    pending: dict = {}
    restarts, started = 0, False
    pool = start()
    try:
        while True:
            while len(pending) < max_in_flight and (chunk := next(chunks, None)) is not None:
                pending[pool.submit(_work, chunk)] = chunk
            if not pending:
                return
            finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            broken = None
            for fut in finished:
                chunk = pending.pop(fut)
                try:
                    recs = fut.result()
                    restarts, started = 0, True
                except BrokenProcessPool as exc:
                    if not started:  # no task ever ran: the processes cannot start, no article is to blame
                        raise WorkerLoadError(f"worker processes could not start: {exc}") from exc
                    broken = exc
                    recs = [error_record(a, f"worker process died: {exc}") for a in chunk]
                for rec in recs:
                    writer.write(rec)
            if broken is not None:  # every task still in the dead pool is lost with it
                for fut, chunk in pending.items():
                    for a in chunk:
                        writer.write(error_record(a, f"worker process died: {broken}"))
                pending.clear()
                pool.shutdown(wait=False, cancel_futures=True)
                restarts += 1
                if restarts > _MAX_POOL_RESTARTS:
                    raise RuntimeError(f"worker processes keep dying ({broken}); giving up")
                pool = start()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
