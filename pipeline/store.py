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


# ---------------------------------------------------------------- entities (written by `summarize --db-tables`)

def _entity_metadata() -> sa.MetaData:
    """Entity and relation tables beside the record tables; foreign keys to ``articles`` and
    ``cooperations`` (rows go with their article) and to ``entities``."""
    md = sa.MetaData()
    for name in ("articles", "cooperations"):
        META.tables[name].to_metadata(md)
    sa.Table("entities", md,
             sa.Column("entity_id", sa.Text, primary_key=True), sa.Column("name", sa.Text, nullable=False),
             sa.Column("kind", sa.Text), sa.Column("type", sa.Text), sa.Column("country", sa.Text),
             sa.Column("mentions", sa.BigInteger), sa.Column("articles", sa.BigInteger),
             sa.Column("cooperations", sa.BigInteger), sa.Column("first_date", sa.Text),
             sa.Column("last_date", sa.Text), sa.Column("variants", sa.Text, comment="JSON list of names seen"))
    sa.Table("entity_mentions", md,
             sa.Column("article_id", sa.Text, primary_key=True), sa.Column("seq", sa.BigInteger, primary_key=True),
             sa.Column("entity_id", sa.Text, nullable=False), sa.Column("role", sa.Text, nullable=False),
             sa.Column("name", sa.Text), sa.Column("title", sa.Text), sa.Column("date", sa.Text),
             sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
             sa.ForeignKeyConstraint(["entity_id"], ["entities.entity_id"], ondelete="CASCADE"))
    sa.Table("cooperation_parties", md,
             sa.Column("article_id", sa.Text, primary_key=True),
             sa.Column("cooperation_idx", sa.BigInteger, primary_key=True),
             sa.Column("position", sa.BigInteger, primary_key=True),
             sa.Column("entity_id", sa.Text, nullable=False), sa.Column("name", sa.Text),
             sa.ForeignKeyConstraint(["article_id", "cooperation_idx"], ["cooperations.article_id", "cooperations.idx"],
                                     ondelete="CASCADE"),
             sa.ForeignKeyConstraint(["entity_id"], ["entities.entity_id"], ondelete="CASCADE"))
    return md


ENTITY_META = _entity_metadata()
ENTITY_TABLES = ("entities", "entity_mentions", "cooperation_parties")

# Views for the common questions of an archive user.
VIEWS = {
    # every party of every cooperation, with its entity, the cooperation's kind/date and the article
    "v_cooperation_parties": """
        SELECT cp.article_id, cp.cooperation_idx, c.kind, COALESCE(c.date, a.published, a.metadata_date) AS date,
               cp.entity_id, e.name AS entity_name, e.kind AS entity_kind, e.type AS entity_type,
               e.country AS entity_country, cp.name AS name_in_text, c.programs, a.title, a.url
        FROM cooperation_parties cp
        JOIN cooperations c ON c.article_id = cp.article_id AND c.idx = cp.cooperation_idx
        JOIN entities e ON e.entity_id = cp.entity_id
        JOIN articles a ON a.id = cp.article_id""",
    # "which foreign partners did a region sign with since a date, on which programs": one row per
    # (Indonesian region, other party) of a cooperation
    "v_region_partners": """
        SELECT r.entity_id AS region_id, r.entity_name AS region, p.entity_id AS partner_id,
               p.entity_name AS partner, p.entity_country AS partner_country, p.entity_type AS partner_type,
               r.kind, r.date, r.programs, r.article_id, r.title, r.url
        FROM v_cooperation_parties r
        JOIN v_cooperation_parties p ON p.article_id = r.article_id AND p.cooperation_idx = r.cooperation_idx
             AND p.entity_id <> r.entity_id
        WHERE r.entity_kind = 'region'""",
    # cooperations per partner and kind
    "v_partner_counts": """
        SELECT entity_id, entity_name, entity_country, kind, COUNT(*) AS cooperations
        FROM v_cooperation_parties GROUP BY entity_id, entity_name, entity_country, kind""",
    # each official's titles with their dates
    "v_official_titles": """
        SELECT m.entity_id, e.name, m.title, m.date, m.article_id
        FROM entity_mentions m JOIN entities e ON e.entity_id = m.entity_id
        WHERE m.role = 'official'""",
    # "who speaks for the province on cooperation": speakers quoted in articles on a region's cooperations
    "v_cooperation_speakers": """
        SELECT DISTINCT r.region_id, r.region, m.entity_id AS person_id, m.name, m.title, m.date, m.article_id
        FROM v_region_partners r
        JOIN quotes q ON q.article_id = r.article_id
        JOIN entity_mentions m ON m.article_id = q.article_id AND m.role = 'official' AND m.name = q.speaker""",
}


def drop_views(conn) -> None:
    for name in reversed(list(VIEWS)):  # later views read earlier ones
        conn.execute(sa.text(f"DROP VIEW IF EXISTS {name}"))


def drop_entity_tables(engine: Engine) -> None:
    """Drop the views and entity tables (the record tables stay)."""
    with engine.begin() as conn:
        drop_views(conn)
    for name in reversed(ENTITY_TABLES):
        ENTITY_META.tables[name].drop(engine, checkfirst=True)


def write_entity_tables(target: Path | str | Engine, tables: dict) -> None:
    """Replace the entity tables with those of a summary (pipeline.summarize tables) and (re)create the views.
    Rows of articles the database does not hold are left out (their foreign keys would fail)."""
    engine = engine_for(target)
    try:
        ENTITY_META.create_all(engine)
        with engine.begin() as conn:
            known = set(conn.execute(sa.select(META.tables["articles"].c.id)).scalars())
            drop_views(conn)
            for name in reversed(ENTITY_TABLES):
                conn.execute(ENTITY_META.tables[name].delete())
            for name, rows in _entity_rows(tables, known).items():
                if rows:
                    conn.execute(ENTITY_META.tables[name].insert(), rows)
            for name, sql in VIEWS.items():
                conn.execute(sa.text(f"CREATE VIEW {name} AS {sql}"))
    finally:
        if not isinstance(target, Engine):
            engine.dispose()


def _entity_rows(tables: dict, known: set[str]) -> dict[str, list[dict]]:
    def records(df) -> list[dict]:
        return [{k: (None if _isna(v) else v) for k, v in r.items()} for r in df.to_dict("records")]

    ents = records(tables["entities"])
    mentions = [dict(r, seq=i) for i, r in enumerate(records(tables["mentions"]))]
    mentions = [{k: r[k] for k in ("article_id", "seq", "entity_id", "role", "name", "title", "date")}
                for r in mentions if r["article_id"] in known]
    parties = [r for r in records(tables["cooperation_parties"]) if r["article_id"] in known and r["entity_id"]]
    return {"entities": ents, "entity_mentions": mentions, "cooperation_parties": parties}


def _isna(v) -> bool:
    try:
        return v != v  # NaN
    except Exception:
        return False
