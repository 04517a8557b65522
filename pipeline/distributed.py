"""Distributed: the extract job on a Dask cluster (``--engine dask [--scheduler ADDRESS]``).

Each Dask worker loads the :class:`~pipeline.assemble.Extractor` once (a worker
plugin, with a lazy fallback for workers that join later) and turns batches of
articles into records; the caller gets results back as they complete and
writes them with its own sink, so every output format works unchanged. The
records equal those of the single-process run; only their order may differ.
"""
from __future__ import annotations

import logging
import os
import threading
from itertools import islice
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .assemble import Extractor, error_record
from .schema import Article, ArticleRecords

__all__ = ["run_dask", "ExtractorPlugin"]

log = logging.getLogger(__name__)

# (worker address, options) -> (Extractor, lock): one Extractor per worker, also when several
# workers share a process (processes=False); the lock keeps a worker's threads off it at once.
_EXTRACTORS: dict[tuple, tuple[Extractor, threading.Lock]] = {}
_LOAD_LOCK = threading.Lock()


def _options(profile: str, models_dir, batch_size: int, torch_threads: int | None) -> tuple:
    return (profile, str(models_dir) if models_dir else None, batch_size, torch_threads)


def _extractor(address: str, options: tuple) -> tuple[Extractor, threading.Lock]:
    key = (address, options)
    with _LOAD_LOCK:
        if key not in _EXTRACTORS:
            profile, models_dir, batch_size, threads = options
            _EXTRACTORS[key] = (Extractor(profile, models_dir, batch_size=batch_size, threads=threads),
                                threading.Lock())
        return _EXTRACTORS[key]


try:
    from distributed import WorkerPlugin as _WorkerPlugin
except ImportError:  # dask is an optional extra; the error comes from run_dask
    _WorkerPlugin = object


class ExtractorPlugin(_WorkerPlugin):
    """Loads the Extractor when a worker starts (or when the plugin is registered)."""

    def __init__(self, options: tuple):
        self.options = options
        self.name = f"pipeline-extractor-{abs(hash(options))}"

    def setup(self, worker) -> None:
        try:
            _extractor(worker.address, self.options)
        except Exception as exc:  # reported by _check_workers, not lost in worker logs
            worker._pipeline_load_error = f"{type(exc).__name__}: {exc}"

    def teardown(self, worker) -> None:
        with _LOAD_LOCK:
            _EXTRACTORS.pop((worker.address, self.options), None)


def _load_status(dask_worker=None, options: tuple = ()) -> str | None:
    err = getattr(dask_worker, "_pipeline_load_error", None)
    if err:
        return err
    try:
        _extractor(dask_worker.address, options)
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"
    return None


def _extract_batch(articles: list[Article], options: tuple) -> list[ArticleRecords]:
    from distributed import get_worker

    extractor, lock = _extractor(get_worker().address, options)
    with lock:
        return list(extractor.pipe(articles))


def _batches(items: Iterable, n: int) -> Iterator[list]:
    it = iter(items)
    while batch := list(islice(it, n)):
        yield batch


def run_dask(articles: Iterable, sink, *, scheduler=None, profile: str = "default",
             models_dir: Path | str | None = None, workers: int | None = None, batch_size: int = 8,
             processes: bool = True, torch_threads: int | None = None,
             progress: Callable[[ArticleRecords], None] | None = None):
    """Extract ``articles`` on a Dask cluster and write every record with ``sink.write``.

    Args:
        articles: :class:`~pipeline.schema.Article` items, as from ``ingest.read_inputs``;
            ``IngestError`` items become error records on the caller's side, as in ``run_batch``.
        sink: any sink from ``write.open_sink``; written from this process only,
            in completion order. The caller opens and closes it.
        scheduler: ``None`` starts a ``LocalCluster`` of ``workers`` workers
            (default 1), one thread each; a ``"tcp://host:8786"`` address or a
            ``distributed.Client`` uses that cluster (``workers`` is then ignored).
        profile, models_dir: as for :class:`~pipeline.assemble.Extractor`; the
            models must be at ``models_dir`` on every worker machine.
        batch_size: articles per Dask task (also Stanza's batch).
        processes: local cluster only: worker processes (True) or threads in this process.
        torch_threads: torch threads per worker; default for a local cluster:
            CPUs / workers, on a remote cluster: torch's own default.
        progress: called with each record after it is written.

    Returns:
        ``run.Summary`` (articles, errors, records per type, seconds).

    Raises:
        ModelError (or the loading exception) when a worker cannot load the models.
        A task lost with its worker becomes error records for its articles.
    """
    import time

    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError as exc:
        raise RuntimeError("the dask engine needs the batch extra: pip install -e '.[batch]'") from exc
    from .ingest import IngestError
    from .run import Summary

    summary, start = Summary(), time.perf_counter()
    cluster = None
    own_client = not isinstance(scheduler, Client)
    if scheduler is None:
        n = workers or 1
        torch_threads = torch_threads or max(1, (os.cpu_count() or 1) // n)
        cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=processes,
                               dashboard_address=None)
        client = Client(cluster)
    elif isinstance(scheduler, Client):
        client = scheduler
    else:
        client = Client(scheduler)
    options = _options(profile, models_dir, batch_size, torch_threads)

    def emit(rec: ArticleRecords) -> None:
        sink.write(rec)
        summary.add(rec)
        if progress:
            progress(rec)

    try:
        client.register_plugin(ExtractorPlugin(options))
        problems = {w: e for w, e in client.run(_load_status, options=options).items() if e}
        if problems:
            from .analyse import ModelError
            raise ModelError(f"worker {next(iter(problems))} could not load the models: "
                             f"{next(iter(problems.values()))}")
        max_in_flight = 2 * max(1, sum(client.nthreads().values()))  # keeps every worker busy

        def good_articles() -> Iterator[Article]:
            for item in articles:
                if isinstance(item, IngestError):
                    emit(error_record(Article(id=item.id, text="", source_path=item.source_path), item.reason))
                else:
                    yield item

        batches = _batches(good_articles(), batch_size)
        pending: dict = {}
        queue = as_completed()

        def submit(batch: list[Article]) -> None:
            fut = client.submit(_extract_batch, batch, options, pure=False)
            pending[fut.key] = batch
            queue.add(fut)

        for batch in islice(batches, max_in_flight):
            submit(batch)
        for fut in queue:
            batch = pending.pop(fut.key)
            if fut.status == "finished":
                recs = fut.result()
            else:
                exc = fut.exception()
                log.warning("dask task of %d articles failed: %s", len(batch), exc)
                recs = [error_record(a, f"worker failed: {type(exc).__name__}: {exc}") for a in batch]
            fut.release()
            for rec in recs:
                emit(rec)
            nxt = next(batches, None)
            if nxt:
                submit(nxt)
    finally:
        if own_client:
            client.close()
        if cluster is not None:
            cluster.close()
        summary.seconds = time.perf_counter() - start
    return summary
