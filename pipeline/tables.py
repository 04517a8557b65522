"""Tables: ArticleRecords -> one table per record type, derived from the pydantic schema.

The column lists are never written by hand: :data:`TABLES` is computed from
``ArticleRecords`` and the record classes in ``schema.RECORD_TYPES``, so a field
added to the schema appears in CSV, Parquet and database tables alike.

* ``articles``: the scalar fields of ``ArticleRecords`` (``id`` is the key).
* ``partners``, ``programs``, ``counts``, ``quotes``, ``officials``:
  ``article_id`` (-> ``articles.id``), ``idx`` (position in the article's
  list) and the record's fields, evidence included.
* List fields (``Program.partners``) are stored as JSON text.
* ``Count.value`` (int or float) is stored as a float; whole numbers come back
  as ``int`` when read.

Table output (:class:`TableSink`) is a folder with one file per table,
``articles.csv``, ``partners.csv``, ... (or ``.parquet``). ``-o out.csv`` and
``-o out.parquet`` name such a folder and pick the format from the suffix;
a plain folder needs ``format="csv"|"parquet"``. Rows go to ``<table>.<fmt>.part``
files while the run goes on and become the final files on ``close()``; with
``append=True`` rows of articles written again replace their earlier rows.
"""
from __future__ import annotations

import json
import math
import os
import types
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator, Literal, Mapping, Union, get_args, get_origin

import pandas as pd

from .schema import RECORD_TYPES, ArticleRecords

__all__ = ["Column", "TableSpec", "TABLES", "RECORD_TABLES", "TABLE_FORMATS", "table_rows",
           "record_from_rows", "to_frames", "write_tables", "read_tables", "load_tables", "TableSink"]

TABLE_FORMATS = ("csv", "parquet")
ARTICLE_KEY = "id"
PARENT_KEY, INDEX = "article_id", "idx"


@dataclass(frozen=True)
class Column:
    name: str
    kind: str            # str | int | float | number | bool | json
    nullable: bool
    description: str | None = None


@dataclass(frozen=True)
class TableSpec:
    name: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    def kinds(self, kind: str) -> list[str]:
        return [c.name for c in self.columns if c.kind == kind]


def _kind(annotation: Any) -> tuple[str, bool]:
    """(column kind, annotation allows None) for a pydantic field annotation."""
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):
        args = get_args(annotation)
        rest = [a for a in args if a is not type(None)]
        optional = len(rest) < len(args)
        if len(rest) == 1:
            return _kind(rest[0])[0], optional
        if set(rest) <= {int, float}:
            return "number", optional
        kinds = {_kind(a)[0] for a in rest}
        if len(kinds) == 1:
            return kinds.pop(), optional
        raise TypeError(f"no column type for {annotation!r}")
    if origin is Literal:
        kinds = {_kind(type(v))[0] for v in get_args(annotation)}
        if len(kinds) != 1:
            raise TypeError(f"mixed Literal {annotation!r}")
        return kinds.pop(), False
    if origin in (list, tuple, set, dict) or annotation in (list, tuple, set, dict):
        return "json", False
    for py, kind in ((bool, "bool"), (int, "int"), (float, "float"), (str, "str")):
        if annotation is py:
            return kind, False
    raise TypeError(f"no column type for {annotation!r}")


def _columns(model, skip: Iterable[str] = ()) -> list[Column]:
    cols = []
    for name, field in model.model_fields.items():
        if name in skip:
            continue
        kind, optional = _kind(field.annotation)
        nullable = optional or (not field.is_required() and field.get_default(call_default_factory=True) is None)
        cols.append(Column(name, kind, nullable, field.description))
    return cols


def _build_tables() -> dict[str, TableSpec]:
    tables = {"articles": TableSpec("articles", tuple(_columns(ArticleRecords, skip=RECORD_TYPES)),
                                    (ARTICLE_KEY,))}
    for name, model in RECORD_TYPES.items():
        own = _columns(model)
        clash = {c.name for c in own} & {PARENT_KEY, INDEX}
        if clash:
            raise TypeError(f"{model.__name__} fields clash with table keys: {clash}")
        tables[name] = TableSpec(name, (Column(PARENT_KEY, "str", False), Column(INDEX, "int", False), *own),
                                 (PARENT_KEY, INDEX))
    return tables


TABLES: dict[str, TableSpec] = _build_tables()
RECORD_TABLES: tuple[str, ...] = tuple(RECORD_TYPES)


# ---------------------------------------------------------------- records <-> rows

def table_rows(rec: ArticleRecords, *, with_text: bool = False) -> dict[str, list[dict]]:
    """One article -> {table: [row dict]}; JSON columns as text. ``text`` is kept only ``with_text``."""
    data = rec.model_dump(mode="json")
    if not with_text:
        data["text"] = None
    out: dict[str, list[dict]] = {}
    art = TABLES["articles"]
    out["articles"] = [_encode(art, {k: data.get(k) for k in art.names})]
    for name in RECORD_TABLES:
        spec = TABLES[name]
        out[name] = [_encode(spec, {PARENT_KEY: rec.id, INDEX: i, **item})
                     for i, item in enumerate(data.get(name) or [])]
    return out


def _encode(spec: TableSpec, row: dict) -> dict:
    for name in spec.kinds("json"):
        if row.get(name) is not None:
            row[name] = json.dumps(row[name], ensure_ascii=False)
    return {k: row.get(k) for k in spec.names}


def _missing(v) -> bool:
    return v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v))


def _decode(spec: TableSpec, row: Mapping) -> dict:
    out = {}
    for col in spec.columns:
        v = row.get(col.name)
        if _missing(v):
            v = None
        elif col.kind == "json" and isinstance(v, str):
            v = json.loads(v)
        elif col.kind == "number":
            v = float(v)
            v = int(v) if v.is_integer() else v
        elif col.kind == "int":
            v = int(v)
        elif col.kind == "bool":
            v = bool(v)
        elif hasattr(v, "item"):  # numpy scalar
            v = v.item()
        out[col.name] = v
    return out


def record_from_rows(article: Mapping, children: Mapping[str, Iterable[Mapping]]) -> ArticleRecords:
    """The inverse of :func:`table_rows`: an articles row and its record rows -> ArticleRecords."""
    data = {k: v for k, v in _decode(TABLES["articles"], article).items() if v is not None}
    for name in RECORD_TABLES:
        spec = TABLES[name]
        rows = sorted((_decode(spec, r) for r in children.get(name, ())), key=lambda r: r[INDEX])
        data[name] = [{k: v for k, v in r.items() if k not in (PARENT_KEY, INDEX) and v is not None}
                      for r in rows]
    return ArticleRecords.model_validate(data)


# ---------------------------------------------------------------- pandas

_PANDAS = {"str": "string", "json": "string", "int": "Int64", "float": "Float64", "number": "Float64",
           "bool": "boolean"}


def _dtypes(spec: TableSpec) -> dict[str, str]:
    return {c.name: _PANDAS[c.kind] for c in spec.columns}


def _frame(spec: TableSpec, rows: list[dict]) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=spec.names)
    return df.astype(_dtypes(spec)) if len(df) else pd.DataFrame(
        {c: pd.Series(dtype=t) for c, t in _dtypes(spec).items()})


def to_frames(records: Iterable[ArticleRecords], *, with_text: bool = False) -> dict[str, pd.DataFrame]:
    """Records -> {table name: DataFrame} with the schema-derived columns and nullable dtypes."""
    rows: dict[str, list[dict]] = {name: [] for name in TABLES}
    for rec in records:
        for name, rs in table_rows(rec, with_text=with_text).items():
            rows[name].extend(rs)
    return {name: _frame(TABLES[name], rs) for name, rs in rows.items()}


def _arrow_schema(spec: TableSpec):
    import pyarrow as pa

    types_ = {"str": pa.string(), "json": pa.string(), "int": pa.int64(), "float": pa.float64(),
              "number": pa.float64(), "bool": pa.bool_()}
    return pa.schema([pa.field(c.name, types_[c.kind], nullable=c.nullable) for c in spec.columns])


def _write_frame(df: pd.DataFrame, path: Path, fmt: str, spec: TableSpec) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    if fmt == "csv":
        df.to_csv(tmp, index=False)
    else:
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.Table.from_pandas(df, schema=_arrow_schema(spec),
                                            preserve_index=False), tmp)
    os.replace(tmp, path)


def _read_frame(path: Path, spec: TableSpec, fmt: str) -> pd.DataFrame:
    if fmt == "csv":
        df = pd.read_csv(path, dtype=_dtypes(spec), keep_default_na=False, na_values=[""])
    else:
        df = pd.read_parquet(path).astype(_dtypes(spec))
    missing = set(spec.names) - set(df.columns)
    if missing:
        raise ValueError(f"{path}: columns {sorted(missing)} missing (written by another schema version?)")
    return df[spec.names]


def _format(path: Path, fmt: str | None) -> str:
    fmt = fmt or path.suffix.lower().lstrip(".")
    if fmt not in TABLE_FORMATS:
        raise ValueError(f"{path}: table format must be one of {TABLE_FORMATS}, got {fmt!r}")
    return fmt


def write_tables(records: Iterable[ArticleRecords], out_dir: Path | str, *, format: str | None = None,
                 with_text: bool = False) -> dict[str, Path]:
    """Write all tables at once (small outputs; use :class:`TableSink` to stream)."""
    out_dir = Path(out_dir)
    fmt = _format(out_dir, format)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name, df in to_frames(records, with_text=with_text).items():
        paths[name] = out_dir / f"{name}.{fmt}"
        _write_frame(df, paths[name], fmt, TABLES[name])
    return paths


def read_tables(out_dir: Path | str, *, format: str | None = None) -> dict[str, pd.DataFrame]:
    """A table folder -> {table name: DataFrame}; a missing table file reads as empty."""
    out_dir = Path(out_dir)
    fmt = _format(out_dir, format)
    if not (out_dir / f"articles.{fmt}").is_file():
        raise FileNotFoundError(f"no articles.{fmt} in {out_dir}")
    return {name: (_read_frame(out_dir / f"{name}.{fmt}", spec, fmt) if (out_dir / f"{name}.{fmt}").is_file()
                   else _frame(spec, []))
            for name, spec in TABLES.items()}


def _records(df: pd.DataFrame) -> list[dict]:
    return df.astype(object).where(df.notna(), None).to_dict("records")


def load_tables(out_dir: Path | str, *, format: str | None = None) -> Iterator[ArticleRecords]:
    """A table folder -> ArticleRecords, in the order of the articles table."""
    frames = read_tables(out_dir, format=format)
    children: dict[str, dict[str, list[dict]]] = {}
    for name in RECORD_TABLES:
        by_id: dict[str, list[dict]] = {}
        for row in _records(frames[name]):
            by_id.setdefault(row[PARENT_KEY], []).append(row)
        children[name] = by_id
    for row in _records(frames["articles"]):
        yield record_from_rows(row, {name: children[name].get(row[ARTICLE_KEY], ()) for name in RECORD_TABLES})


# ---------------------------------------------------------------- streaming sink

class TableSink:
    """Streams records into one CSV or Parquet file per table (see the module docstring).

    ``append=True`` keeps the rows already in the folder (for resume); an article
    written again replaces its earlier rows, as in the database sink.
    """

    def __init__(self, path: Path | str, *, format: str | None = None, append: bool = False,
                 batch_size: int = 500, with_text: bool = False):
        self.path = Path(path)
        self.format = _format(self.path, format)
        self.append, self.batch_size, self.with_text = append, batch_size, with_text
        self.path.mkdir(parents=True, exist_ok=True)
        self._buf: dict[str, list[dict]] = {name: [] for name in TABLES}
        self._buffered = 0
        self._rows = dict.fromkeys(TABLES, 0)                 # rows in each .part file
        self._where: dict[str, dict[str, range]] = {}         # id -> table -> rows of its last write
        self._drop: dict[str, list[range]] = {name: [] for name in TABLES}
        self._keys: dict[str, str | None] = {}
        self._writers: dict[str, Any] = {}
        for name in TABLES:
            self._part(name).unlink(missing_ok=True)
        self._closed = False

    def _final(self, name: str) -> Path:
        return self.path / f"{name}.{self.format}"

    def _part(self, name: str) -> Path:
        return self.path / f"{name}.{self.format}.part"

    def write(self, rec: ArticleRecords) -> None:
        rows = table_rows(rec, with_text=self.with_text)
        before = self._where.get(rec.id)
        if before:  # same id twice in one run: the later write wins
            for name, rng in before.items():
                self._drop[name].append(rng)
        where = {}
        for name, rs in rows.items():
            start = self._rows[name] + len(self._buf[name])
            where[name] = range(start, start + len(rs))
            self._buf[name].extend(rs)
        self._where[rec.id] = where
        self._keys[rec.id] = rec.content_hash
        self._buffered += 1
        if self._buffered >= self.batch_size:
            self.flush()

    def flush(self) -> None:
        for name, rows in self._buf.items():
            if not rows:
                continue
            df = _frame(TABLES[name], rows)
            if self.format == "csv":
                df.to_csv(self._part(name), mode="a", header=self._rows[name] == 0, index=False)
            else:
                import pyarrow as pa
                import pyarrow.parquet as pq

                schema = _arrow_schema(TABLES[name])
                if name not in self._writers:
                    self._writers[name] = pq.ParquetWriter(self._part(name), schema)
                self._writers[name].write_table(pa.Table.from_pandas(df, schema=schema, preserve_index=False))
            self._rows[name] += len(rows)
            rows.clear()
        self._buffered = 0

    def done_keys(self) -> set[tuple[str, str | None]]:
        """{(id, content_hash)} of the articles in the folder (kept with ``append``) and written since."""
        keys = set()
        final = self._final("articles")
        if self.append and final.is_file():
            df = _read_frame(final, TABLES["articles"], self.format)
            keys = {(r[ARTICLE_KEY], r["content_hash"]) for r in _records(df[[ARTICLE_KEY, "content_hash"]])}
        return keys | set(self._keys.items())

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.flush()
        for w in self._writers.values():
            w.close()
        for name, spec in TABLES.items():
            part, final = self._part(name), self._final(name)
            if part.is_file() and not self._drop[name] and not (self.append and final.is_file()):
                os.replace(part, final)  # the common case: nothing to merge
                continue
            new = _read_frame(part, spec, self.format) if part.is_file() else _frame(spec, [])
            drop = [i for rng in self._drop[name] for i in rng]
            if drop:
                new = new.drop(index=drop)
            if self.append and final.is_file():
                old = _read_frame(final, spec, self.format)
                key = ARTICLE_KEY if name == "articles" else PARENT_KEY
                old = old[~old[key].isin(list(self._keys))]
                new = pd.concat([old, new], ignore_index=True) if len(old) else new
            _write_frame(new.reset_index(drop=True), final, self.format, spec)
            part.unlink(missing_ok=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
