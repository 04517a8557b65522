"""Ingest: paths -> a stream of Articles (one at a time, constant memory).

Accepts .txt files, folders of them and .jsonl files whose lines hold ``id``
and ``text`` (optional ``title``, ``url``, ``date``). A line or file that
cannot be read is yielded as an ``IngestError`` so the batch can record it.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Union

from .schema import Article

__all__ = ["IngestError", "read_inputs", "SUFFIXES"]

SUFFIXES = (".txt", ".jsonl")


@dataclass(frozen=True)
class IngestError:
    id: str
    reason: str
    source_path: str | None = None


Item = Union[Article, IngestError]


def read_inputs(paths: Iterable[Path | str]) -> Iterator[Item]:
    for path in map(Path, paths):
        if not path.exists():
            raise FileNotFoundError(f"no such file or folder: {path}")
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES):
                yield from _read_file(child)
        else:
            yield from _read_file(path)


def _read_file(path: Path) -> Iterator[Item]:
    if path.suffix.lower() == ".jsonl":
        yield from _read_jsonl(path)
        return
    try:
        text = path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        yield IngestError(path.stem, f"unreadable file: {exc}", str(path))
        return
    yield Article(id=path.stem, text=text.lstrip("\ufeff"), source_path=str(path))


def _read_jsonl(path: Path) -> Iterator[Item]:
    with path.open("rb") as fh:
        for n, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            fallback = f"{path.stem}:{n}"
            try:
                row = json.loads(raw.decode("utf-8"))
                if not isinstance(row, dict) or not isinstance(row.get("text"), str):
                    raise ValueError("line has no 'text' string")
            except (ValueError, UnicodeDecodeError) as exc:
                yield IngestError(fallback, f"bad JSONL line {n}: {exc}", str(path))
                continue
            yield Article(id=str(row.get("id") or fallback), text=row["text"], title=row.get("title"),
                          url=row.get("url"), published=row.get("date") or row.get("published"),
                          source_path=str(path))
