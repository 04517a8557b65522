"""Write: ArticleRecords -> a JSONL file (one object per article) or a folder of <id>.json."""
from __future__ import annotations

import json
import os
import re
from pathlib import Path

from .schema import ArticleRecords

__all__ = ["open_sink", "JsonlSink", "FolderSink", "to_json"]


def to_json(rec: ArticleRecords, *, with_text: bool = False) -> dict:
    return rec.model_dump(mode="json", exclude=None if with_text else {"text"})


class JsonlSink:
    def __init__(self, path: Path, *, append: bool = False):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.fh = self.path.open("a" if append else "w", encoding="utf-8")

    def write(self, rec: ArticleRecords) -> None:
        # one line per write, flushed: a killed run leaves whole lines only (resume trims the rest)
        self.fh.write(json.dumps(to_json(rec), ensure_ascii=False) + "\n")
        self.fh.flush()

    def close(self) -> None:
        self.fh.close()


_UNSAFE = re.compile(r"[^\w.\-]+")


class FolderSink:
    def __init__(self, path: Path, **_):
        self.path = Path(path)
        self.path.mkdir(parents=True, exist_ok=True)

    def write(self, rec: ArticleRecords) -> None:
        name = _UNSAFE.sub("_", rec.id).strip("._") or "article"
        tmp = self.path / f".{name}.json.tmp"
        tmp.write_text(json.dumps(to_json(rec), ensure_ascii=False, indent=2), encoding="utf-8")
        os.replace(tmp, self.path / f"{name}.json")

    def close(self) -> None:
        pass


def open_sink(out: Path | str, **kw):
    out = Path(out)
    return JsonlSink(out, **kw) if out.suffix == ".jsonl" else FolderSink(out, **kw)
