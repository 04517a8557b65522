"""Run a batch: read inputs, extract, write, count. Library code: no printing, no exiting."""
from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from .assemble import Extractor, error_record
from .ingest import IngestError, read_inputs
from .schema import Article, ArticleRecords
from .write import open_sink

__all__ = ["Summary", "run_batch"]


@dataclass
class Summary:
    articles: int = 0
    errors: int = 0
    records: Counter = field(default_factory=Counter)
    seconds: float = 0.0

    def add(self, rec: ArticleRecords) -> None:
        self.articles += 1
        if rec.error:
            self.errors += 1
        for t in ("partners", "programs", "counts", "quotes", "officials"):
            self.records[t] += len(getattr(rec, t))

    def line(self) -> str:
        recs = ", ".join(f"{k} {v}" for k, v in sorted(self.records.items()))
        return (f"{self.articles} articles, {self.errors} errors, records: {recs or 'none'}; "
                f"{self.seconds:.1f} s")


def run_batch(inputs: Iterable[Path | str], out: Path | str, *, profile: str = "default",
              models_dir=None, progress=None) -> Summary:
    summary, start = Summary(), time.perf_counter()
    extractor = Extractor(profile, models_dir)
    sink = open_sink(out)
    try:
        for rec in extractor.pipe(_articles(read_inputs(inputs), sink, summary)):
            sink.write(rec)
            summary.add(rec)
            if progress:
                progress(rec)
    finally:
        sink.close()
        summary.seconds = time.perf_counter() - start
    return summary


def _articles(items, sink, summary) -> Iterable[Article]:
    for item in items:
        if isinstance(item, IngestError):
            rec = error_record(Article(id=item.id, text="", source_path=item.source_path), item.reason)
            sink.write(rec)
            summary.add(rec)
        else:
            yield item
