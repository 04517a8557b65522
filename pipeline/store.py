"""Store: ArticleRecords in SQLite (embedded default) or PostgreSQL, through SQLAlchemy Core.

Tables and keys come from the schema (:data:`pipeline.tables.TABLES`):
``articles`` keyed by ``id`` (with ``content_hash``), and one table per record
type keyed by ``(article_id, idx)`` with ``article_id`` -> ``articles.id``.

Writing is an idempotent upsert by article: each batch deletes the rows of its
articles and inserts them again in one transaction, so loading the same
articles twice leaves the same rows, and a changed article replaces its rows.
A database is never emptied by opening it; ``append`` makes no difference.

Targets: a path (``results.db``, ``.sqlite``, ``.sqlite3``) or a SQLAlchemy URL
(``sqlite:///results.db``, ``postgresql://user:pw@host/db``; ``postgresql://``
uses psycopg 3).
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import Iterable, Iterator

import sqlalchemy as sa
from sqlalchemy.engine import Engine, make_url

from .schema import ArticleRecords
from .tables import ARTICLE_KEY, INDEX, PARENT_KEY, RECORD_TABLES, TABLES, TableSpec, record_from_rows, table_rows
from .write import SQLITE_SUFFIXES, is_db_target

__all__ = ["StoreError", "SQLITE_SUFFIXES", "is_db_target", "engine_for", "metadata", "create_tables",
           "write_records", "load_records", "done_keys", "DbSink"]



class StoreError(RuntimeError):
    """A database that cannot be used (bad URL, schema from another version)."""


class Number(sa.types.TypeDecorator):
    """``int | float`` as a double; whole numbers come back as ``int``."""
    impl = sa.Float(precision=53)
    cache_ok = True

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        value = float(value)
        return int(value) if value.is_integer() else value


_SQL_TYPES = {"str": sa.Text, "json": sa.Text, "int": sa.BigInteger, "float": lambda: sa.Float(precision=53),
              "number": Number, "bool": sa.Boolean}


def _table(spec: TableSpec, md: sa.MetaData) -> sa.Table:
    cols = [sa.Column(c.name, _SQL_TYPES[c.kind](), nullable=c.nullable and c.name not in spec.key,
                      comment=c.description)
            for c in spec.columns]
    extra = [sa.PrimaryKeyConstraint(*spec.key)]
    if spec.name != "articles":
        extra.append(sa.ForeignKeyConstraint([PARENT_KEY], [f"articles.{ARTICLE_KEY}"], ondelete="CASCADE"))
    return sa.Table(spec.name, md, *cols, *extra)


def metadata() -> sa.MetaData:
    """SQLAlchemy Core tables built from the schema-derived :data:`TABLES`."""
    md = sa.MetaData()
    for spec in TABLES.values():
        _table(spec, md)
    return md


META = metadata()


def engine_for(target: Path | str | Engine) -> Engine:
    """A path or URL -> Engine (SQLite with foreign keys on; ``postgresql://`` -> psycopg 3)."""
    if isinstance(target, Engine):
        return target
    s = str(target)
    if "://" in s:
        try:
            url = make_url(s)
        except Exception as exc:
            raise StoreError(f"bad database URL {s!r}: {exc}") from exc
        if url.drivername in ("postgresql", "postgres"):
            url = url.set(drivername="postgresql+psycopg")
    else:
        path = Path(s).expanduser()
        path.parent.mkdir(parents=True, exist_ok=True)
        url = sa.URL.create("sqlite", database=str(path))
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        Path(url.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    try:
        engine = sa.create_engine(url)
    except Exception as exc:  # unknown dialect or driver
        raise StoreError(f"cannot open database {url.render_as_string(hide_password=True)}: {exc}") from exc
    if engine.dialect.name == "sqlite":
        sa.event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def create_tables(engine: Engine) -> None:
    """Create missing tables; refuse a database whose tables have other columns."""
    try:
        META.create_all(engine)
        insp = sa.inspect(engine)
    except sa.exc.OperationalError as exc:
        raise StoreError(f"cannot open database: {exc.orig}") from exc
    for table in META.tables.values():
        have = {c["name"] for c in insp.get_columns(table.name)}
        want = {c.name for c in table.columns}
        if have != want:
            raise StoreError(f"table {table.name} has columns {sorted(have)}, this version writes "
                             f"{sorted(want)}; use a new database file")


def _dedupe(records: Iterable[ArticleRecords]) -> list[ArticleRecords]:
    last: dict[str, ArticleRecords] = {}
    for rec in records:
        last.pop(rec.id, None)
        last[rec.id] = rec  # a repeated id: the later one wins, at its later position
    return list(last.values())


def write_records(engine: Engine, records: Iterable[ArticleRecords], *, with_text: bool = False) -> int:
    """Upsert articles in one transaction: delete their rows, insert them again. Returns articles written."""
    records = _dedupe(records)
    if not records:
        return 0
    rows: dict[str, list[dict]] = {name: [] for name in TABLES}
    for rec in records:
        for name, rs in table_rows(rec, with_text=with_text).items():
            rows[name].extend(rs)
    ids = [rec.id for rec in records]
    with engine.begin() as conn:
        for name in RECORD_TABLES:
            t = META.tables[name]
            conn.execute(t.delete().where(t.c[PARENT_KEY].in_(ids)))
        arts = META.tables["articles"]
        conn.execute(arts.delete().where(arts.c[ARTICLE_KEY].in_(ids)))
        for name in TABLES:  # articles first (foreign keys)
            if rows[name]:
                conn.execute(META.tables[name].insert(), rows[name])
    return len(records)


def _chunks(seq: list, n: int) -> Iterator[list]:
    for i in range(0, len(seq), n):
        yield seq[i:i + n]


def load_records(target: Path | str | Engine, *, ids: Iterable[str] | None = None,
                 page: int = 500) -> Iterator[ArticleRecords]:
    """Read a database back into ArticleRecords, ordered by article id (streamed page by page)."""
    if isinstance(target, (str, Path)) and not is_url(target) and not Path(target).is_file():
        raise FileNotFoundError(f"no such database: {target}")
    engine = engine_for(target)
    try:
        yield from _load(engine, ids, page)
    finally:
        if not isinstance(target, Engine):
            engine.dispose()


def _load(engine: Engine, ids, page: int) -> Iterator[ArticleRecords]:
    arts = META.tables["articles"]
    with engine.connect() as conn:
        if not sa.inspect(conn).has_table("articles"):
            raise StoreError("not a pipeline database: no articles table")
        query = sa.select(arts.c[ARTICLE_KEY]).order_by(arts.c[ARTICLE_KEY])
        if ids is not None:
            query = query.where(arts.c[ARTICLE_KEY].in_(list(ids)))
        all_ids = list(conn.execute(query).scalars())
        for chunk in _chunks(all_ids, page):
            heads = {r[ARTICLE_KEY]: dict(r) for r in conn.execute(
                sa.select(arts).where(arts.c[ARTICLE_KEY].in_(chunk))).mappings()}
            children: dict[str, dict[str, list[dict]]] = {}
            for name in RECORD_TABLES:
                t = META.tables[name]
                by_id: dict[str, list[dict]] = {}
                for r in conn.execute(sa.select(t).where(t.c[PARENT_KEY].in_(chunk))
                                      .order_by(t.c[PARENT_KEY], t.c[INDEX])).mappings():
                    by_id.setdefault(r[PARENT_KEY], []).append(dict(r))
                children[name] = by_id
            for aid in chunk:
                yield record_from_rows(heads[aid], {n: children[n].get(aid, ()) for n in RECORD_TABLES})


def is_url(target) -> bool:
    return "://" in str(target)


def done_keys(target: Path | str | Engine) -> set[tuple[str, str | None]]:
    """{(id, content_hash)} of the articles in a database (empty when it has no tables yet)."""
    engine = engine_for(target)
    try:
        with engine.connect() as conn:
            if not sa.inspect(conn).has_table("articles"):
                return set()
            arts = META.tables["articles"]
            return {(r[0], r[1]) for r in conn.execute(sa.select(arts.c[ARTICLE_KEY], arts.c.content_hash))}
    finally:
        if not isinstance(target, Engine):
            engine.dispose()


class DbSink:
    """Writes records to a database in batches (one transaction per batch); see the module docstring.

    Batches are written every ``batch_size`` articles or ``flush_seconds``
    after the last write, whichever comes first, and on ``close()``.
    """

    def __init__(self, target: Path | str | Engine, *, append: bool = False, batch_size: int = 100,
                 flush_seconds: float = 5.0, with_text: bool = False):
        self.engine = engine_for(target)
        self._own_engine = not isinstance(target, Engine)
        create_tables(self.engine)
        self.batch_size, self.flush_seconds, self.with_text = batch_size, flush_seconds, with_text
        self._buf: list[ArticleRecords] = []
        self._last = time.monotonic()
        self.written = 0

    def write(self, rec: ArticleRecords) -> None:
        self._buf.append(rec)
        if len(self._buf) >= self.batch_size or time.monotonic() - self._last >= self.flush_seconds:
            self.flush()

    def flush(self) -> None:
        if self._buf:
            self.written += write_records(self.engine, self._buf, with_text=self.with_text)
            self._buf = []
        self._last = time.monotonic()

    def done_keys(self) -> set[tuple[str, str | None]]:
        return done_keys(self.engine) | {(r.id, r.content_hash) for r in self._buf}

    def close(self) -> None:
        try:
            self.flush()
        finally:
            if self._own_engine:
                self.engine.dispose()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
