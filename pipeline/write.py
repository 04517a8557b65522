"""Write: ArticleRecords -> JSONL, a folder of <id>.json, CSV/Parquet tables or a database.

``open_sink(out)`` picks the sink from ``out``:

* ``*.jsonl``: :class:`JsonlSink`, one object per article per line;
* ``*.db``, ``*.sqlite``, ``*.sqlite3``, ``sqlite://...``, ``postgresql://...``:
  :class:`pipeline.store.DbSink` (idempotent upsert by article id);
* ``*.csv``, ``*.parquet`` (a folder so named), or any folder with
  ``format="csv"|"parquet"``: :class:`pipeline.tables.TableSink`, one file per table;
* anything else: :class:`FolderSink`, one ``<id>.json`` per article.

Every sink has ``write(rec)``, ``close()`` and ``done_keys()`` (the
``{(id, content_hash)}`` already written, for resume) and is a context manager.
"""
from __future__ import annotations

import json
import os
import re
from pathlib import Path

from .schema import ArticleRecords

__all__ = ["open_sink", "sink_kind", "output_target", "is_db_target", "JsonlSink", "FolderSink", "to_json", "FORMATS"]

FORMATS = ("jsonl", "json", "csv", "parquet", "db")
SQLITE_SUFFIXES = (".db", ".sqlite", ".sqlite3")
DB_SCHEMES = ("sqlite", "postgresql", "postgres")


def is_db_target(target: Path | str) -> bool:
    """A SQLite file name (.db, .sqlite, .sqlite3) or a sqlite:// / postgresql:// URL."""
    s = str(target)
    if "://" in s:
        return s.split("://", 1)[0].split("+", 1)[0].lower() in DB_SCHEMES
    return Path(s).suffix.lower() in SQLITE_SUFFIXES


def to_json(rec: ArticleRecords, *, with_text: bool = False) -> dict:
    return rec.model_dump(mode="json", exclude=None if with_text else {"text"})


def _key(row) -> tuple[str, str | None] | None:
    if isinstance(row, dict) and row.get("id") is not None:
        return str(row["id"]), row.get("content_hash")
    return None


class _Sink:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class JsonlSink(_Sink):
    def __init__(self, path: Path, *, append: bool = False):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.fh = self.path.open("a" if append else "w", encoding="utf-8")

    def write(self, rec: ArticleRecords) -> None:
        # one line per write, flushed: a killed run leaves whole lines only (resume trims the rest)
        self.fh.write(json.dumps(to_json(rec), ensure_ascii=False) + "\n")
        self.fh.flush()

    def done_keys(self) -> set[tuple[str, str | None]]:
        """{(id, content_hash)} of the whole lines in the file (a partial last line is ignored)."""
        keys = set()
        with self.path.open(encoding="utf-8", errors="replace") as fh:
            for line in fh:
                try:
                    key = _key(json.loads(line))
                except ValueError:
                    continue
                if key:
                    keys.add(key)
        return keys

    def close(self) -> None:
        self.fh.close()


_UNSAFE = re.compile(r"[^\w.\-]+")


class FolderSink(_Sink):
    def __init__(self, path: Path, **_):
        self.path = Path(path)
        self.path.mkdir(parents=True, exist_ok=True)

    def write(self, rec: ArticleRecords) -> None:
        name = _UNSAFE.sub("_", rec.id).strip("._") or "article"
        tmp = self.path / f".{name}.json.tmp"
        tmp.write_text(json.dumps(to_json(rec), ensure_ascii=False, indent=2), encoding="utf-8")
        os.replace(tmp, self.path / f"{name}.json")

    def done_keys(self) -> set[tuple[str, str | None]]:
        keys = set()
        for p in self.path.glob("*.json"):
            try:
                key = _key(json.loads(p.read_text(encoding="utf-8")))
            except (OSError, ValueError):
                continue
            if key:
                keys.add(key)
        return keys

    def close(self) -> None:
        pass


_MANGLED_URL = re.compile(r"^(sqlite|postgres(?:ql)?)(\+\w+)?:/(?!/)(.*)$", re.I)


def output_target(out: Path | str) -> Path | str:
    """``out`` as a Path, or as a URL string; repairs a URL that went through ``Path()``.

    ``Path("postgresql://u@h/db")`` collapses ``//``; the CLI should keep ``-o``
    a ``str``, but a mangled URL is restored here (for SQLite, ``sqlite:/x.db``
    is read as an absolute path when its folder, not ``/``, exists; else as relative).
    """
    s = str(out)
    m = _MANGLED_URL.match(s) if isinstance(out, Path) else None
    if m:
        scheme, driver, rest = m.group(1), m.group(2) or "", m.group(3)
        if scheme.lower() == "sqlite":
            parent = Path("/" + rest).parent
            return f"sqlite:///{'/' if parent != Path('/') and parent.is_dir() else ''}{rest}"
        return f"{scheme}{driver}://{rest}"
    return s if "://" in s else Path(out)


def sink_kind(out: Path | str, format: str | None = None) -> str:
    """Which sink ``open_sink`` would use: one of :data:`FORMATS`. Raises ValueError on a conflict."""
    out = output_target(out)
    if format is not None and format not in FORMATS:
        raise ValueError(f"unknown output format {format!r}; choose from {', '.join(FORMATS)}")
    s = str(out)
    if "://" in s:
        if not is_db_target(s):
            raise ValueError(f"unsupported database URL {s.split('://')[0]}://; use sqlite:// or postgresql://")
        implied = "db"
    else:
        suffix = Path(s).suffix.lower()
        implied = ("jsonl" if suffix == ".jsonl" else "db" if is_db_target(s)
                   else suffix[1:] if suffix in (".csv", ".parquet") else None)
    if format is None:
        return implied or "json"
    if implied and implied != format:
        raise ValueError(f"output {out} is {implied}, not {format}; drop --format or rename the output")
    if format in ("jsonl", "db") and not implied:
        raise ValueError(f"--format {format} needs an output ending in "
                         f"{'.jsonl' if format == 'jsonl' else '.db or a database URL'}")
    return format


def open_sink(out: Path | str, *, append: bool = False, format: str | None = None, **kw):
    """The sink for ``out`` (see the module docstring). ``append`` keeps what is there (resume).

    ``format`` forces a kind for a folder (``json``, ``csv``, ``parquet``); extra
    keywords go to the sink (``batch_size``, ``with_text`` for tables and databases).
    """
    out = output_target(out)
    kind = sink_kind(out, format)
    if kind == "db":
        from .store import DbSink
        return DbSink(out, append=append, **kw)
    if kind in ("csv", "parquet"):
        from .tables import TableSink
        return TableSink(Path(out), format=kind, append=append, **kw)
    if kind == "jsonl":
        return JsonlSink(Path(out), append=append, **kw)
    return FolderSink(Path(out), append=append, **kw)
