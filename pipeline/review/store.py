"""Load extraction output for review, and save reviewed articles as gold files.

A reviews folder holds one gold file per reviewed article (``<name>.json`` in
the format of ANNOTATION.md, so ``python -m pipeline evaluate REVIEWS PRED``
scores against it) and, under ``.state/``, the review state of that article
(every record with its status and evidence offsets, rejected ones included) so
that the app can reopen it. Both are written atomically (temp file, fsync,
``os.replace``) and saving one article never touches another's files.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import threading
import time
from pathlib import Path
from typing import Iterable

from pydantic import ValidationError

from ..schema import RECORD_TYPES, Evidence

__all__ = ["TYPES", "GOLD_FIELDS", "EVIDENCE_FIELDS", "form_fields", "load_articles", "load_output", "safe_name",
           "to_gold", "text_sha1", "clean_record", "ReviewStore", "ReviewError", "atomic_write_json"]

# Field lists come from the schema (one definition of each record): gold fields are a record's
# fields minus its evidence and minus the few fields ANNOTATION.md's gold format does not have.
NOT_GOLD = frozenset({"cue", "entity", "party_entities"})
# Cooperations relate records rather than mark one span: reviewed through their parties for now.
TYPES = tuple(t for t in RECORD_TYPES if t != "cooperations")
EVIDENCE_FIELDS = tuple(Evidence.model_fields)
GOLD_FIELDS: dict[str, tuple[str, ...]] = {
    t: tuple(f for f in cls.model_fields if f not in EVIDENCE_FIELDS and f not in NOT_GOLD)
    for t, cls in RECORD_TYPES.items()}
STATUSES = ("pending", "accepted", "rejected")


class ReviewError(ValueError):
    """A request or file that cannot be used (message is safe to show to the user)."""


# ---------------------------------------------------------------- loading

def load_output(path: Path | str) -> dict[str, dict]:
    """Extraction output -> {id: record dict}, in order. Accepts a JSONL file, a folder of
    <id>.json, a table folder (articles.csv/.parquet + one file per record type), or a
    database written by pipeline.store (.db/.sqlite/.sqlite3 file, sqlite:// or postgresql:// URL)."""
    from ..write import is_db_target

    if is_db_target(path):
        rows: Iterable[dict] = _load_db(path)
    else:
        path = Path(path)
        if not path.exists():
            raise FileNotFoundError(f"no such file or folder: {path}")
        table_fmt = next((f for f in ("csv", "parquet") if (path / f"articles.{f}").is_file()), None) \
            if path.is_dir() else None
        if table_fmt:  # a table folder (articles.csv, partners.csv, ...) written by pipeline.tables
            from ..tables import load_tables

            rows = (r.model_dump(mode="json") for r in load_tables(path, format=table_fmt))
        elif path.is_dir():
            rows = (json.loads(p.read_text(encoding="utf-8")) for p in sorted(path.glob("*.json")))
        else:
            rows = _read_jsonl(path)
    out: dict[str, dict] = {}
    for row in rows:
        if isinstance(row, dict) and row.get("id") is not None:
            row["id"] = str(row["id"])
            out[row["id"]] = row
    return out


def _read_jsonl(path: Path) -> Iterable[dict]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                try:
                    yield json.loads(line)
                except ValueError:  # a killed run may leave a partial last line
                    continue


def _load_db(target) -> Iterable[dict]:
    """A database through pipeline.store (needs the `batch` extra: sqlalchemy)."""
    try:
        from ..store import StoreError, load_records
    except ImportError as exc:
        raise ReviewError(f"{target}: reading a database needs sqlalchemy (pip install -e '.[batch]')") from exc
    try:
        for rec in load_records(target):
            yield rec.model_dump(mode="json")
    except StoreError as exc:
        raise ReviewError(f"{target}: {exc}") from exc


def load_articles(output: Path | str, texts: Iterable[Path | str] = ()) -> dict[str, dict]:
    """Output records, with ``text`` (and title/url when missing) filled from the original inputs."""
    arts = load_output(output)
    texts = list(texts or ())
    if texts:
        from ..ingest import IngestError, read_inputs

        for item in read_inputs(texts):
            if isinstance(item, IngestError) or item.id not in arts:
                continue
            rec = arts[item.id]
            if not rec.get("text"):
                rec["text"] = item.text
            for key in ("title", "url"):
                if not rec.get(key) and getattr(item, key):
                    rec[key] = getattr(item, key)
    return arts


# ---------------------------------------------------------------- ids and files

_UNSAFE = re.compile(r"[^\w.\-]+")


def safe_name(article_id: str) -> str:
    """A file name for an id: only word chars, '.', '-'; never empty, never '.'/'..'-like.

    Ids that had to be changed get a short hash so that two ids never share a file.
    """
    name = _UNSAFE.sub("_", str(article_id)).strip("._")[:120] or "article"
    if name != article_id:
        name += "-" + hashlib.sha1(str(article_id).encode("utf-8")).hexdigest()[:8]
    return name


def text_sha1(text: str | None) -> str | None:
    return hashlib.sha1(text.encode("utf-8")).hexdigest() if text is not None else None


def atomic_write_json(path: Path, data) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


# ---------------------------------------------------------------- records

def clean_record(rtype: str, rec: dict) -> dict:
    """Validate one record's fields with the schema; returns gold fields + evidence. Raises ReviewError."""
    if rtype not in RECORD_TYPES:
        raise ReviewError(f"unknown record type: {rtype!r}")
    model_fields = RECORD_TYPES[rtype].model_fields
    required = {k for k in GOLD_FIELDS[rtype] if model_fields[k].is_required()}
    fields = {k: rec.get(k) for k in GOLD_FIELDS[rtype] + EVIDENCE_FIELDS if k in rec}
    for k, v in list(fields.items()):
        if isinstance(v, str):
            v = v.strip()
            fields[k] = v if v or k in required else None  # an emptied optional field is null
    if rtype == "programs" and isinstance(fields.get("partners"), str):
        fields["partners"] = [p.strip() for p in fields["partners"].split(";") if p.strip()]
    fields.update({k: rec[k] for k in NOT_GOLD if k in rec and k in RECORD_TYPES[rtype].model_fields})
    try:
        model = RECORD_TYPES[rtype].model_validate(fields)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(x) for x in err.get("loc", ()))
        raise ReviewError(f"{rtype} record: {where}: {err.get('msg')}") from None
    out = model.model_dump(mode="json", exclude=set(NOT_GOLD))
    for key in required:
        if out.get(key) == "":
            raise ReviewError(f"{rtype} record: {key} is empty")
    s, e = out.get("start"), out.get("end")
    if s is not None and e is not None and not (0 <= s <= e):
        raise ReviewError(f"{rtype} record: bad evidence offsets {s}..{e}")
    return out


def form_fields() -> dict[str, list[dict]]:
    """Per record type, its gold fields as form widgets, read off the JSON Schema:
    [{name, widget: text|area|number|bool|list|select, options, required}]."""
    out: dict[str, list[dict]] = {}
    for t, cls in RECORD_TYPES.items():
        schema = cls.model_json_schema()
        out[t] = []
        for f in GOLD_FIELDS[t]:
            prop = schema["properties"][f]
            alts = prop.get("anyOf", [prop])
            kinds = {a.get("type") for a in alts}
            enum = next((a["enum"] for a in alts if "enum" in a), None)
            if enum:
                widget, options = "select", ([""] if "null" in kinds else []) + list(enum)
            else:
                options = None
                widget = ("bool" if "boolean" in kinds else "list" if "array" in kinds
                          else "number" if kinds & {"integer", "number"} else "area" if f == "text" else "text")
            out[t].append({"name": f, "widget": widget, "options": options,
                           "required": f in schema.get("required", ())})
    return out


def to_gold(article: dict, records: dict[str, list[dict]]) -> dict:
    """The gold file of ANNOTATION.md: id, url, text, source, dateline and the five record lists."""
    gold = {"id": article["id"], "url": article.get("url"), "text": article.get("text"),
            "source": article.get("source"), "dateline": article.get("dateline")}
    for t in TYPES:
        gold[t] = [{k: r.get(k) for k in GOLD_FIELDS[t]} for r in records.get(t, [])]
    return gold


def _opt_str(v) -> str | None:
    if v is None:
        return None
    if not isinstance(v, str):
        raise ReviewError("source/dateline/url must be strings or null")
    return v.strip() or None


class ReviewStore:
    """The reviews folder: gold files ``<name>.json`` plus review state in ``.state/<name>.json``."""

    def __init__(self, folder: Path | str):
        self.folder = Path(folder).resolve()
        self.folder.mkdir(parents=True, exist_ok=True)
        self.state_dir = self.folder / ".state"
        self._lock = threading.Lock()

    def _path(self, folder: Path, article_id: str) -> Path:
        path = (folder / f"{safe_name(article_id)}.json").resolve()
        if path.parent != folder.resolve():  # cannot happen with safe_name; belt and braces
            raise ReviewError("bad article id")
        return path

    def gold_path(self, article_id: str) -> Path:
        return self._path(self.folder, article_id)

    def state_path(self, article_id: str) -> Path:
        return self._path(self.state_dir, article_id)

    def reviewed(self) -> dict[str, dict]:
        """{id: gold} for every gold file in the folder (id from inside the file)."""
        out = {}
        for p in sorted(self.folder.glob("*.json")):
            try:
                g = json.loads(p.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            if isinstance(g, dict) and g.get("id") is not None:
                out[str(g["id"])] = g
        return out

    def load_state(self, article_id: str) -> dict | None:
        """Saved review state; for a gold file without state, its records as accepted."""
        for path, from_gold in ((self.state_path(article_id), False), (self.gold_path(article_id), True)):
            if path.is_file():
                try:
                    data = json.loads(path.read_text(encoding="utf-8"))
                except ValueError:
                    continue
                if str(data.get("id")) != str(article_id):
                    continue
                if from_gold:
                    data = {"id": data["id"], "source": data.get("source"), "dateline": data.get("dateline"),
                            "url": data.get("url"), "saved_at": None,
                            "records": [dict(r, rtype=t, status="accepted", origin="gold")
                                        for t in TYPES for r in data.get(t) or []]}
                return data
        return None

    def save(self, article: dict, payload: dict) -> dict:
        """Validate a review (flat ``records``, each with rtype/status) and write gold + state. Returns the gold."""
        if not isinstance(payload, dict) or not isinstance(payload.get("records"), list):
            raise ReviewError("payload needs a 'records' list")
        text = article.get("text")
        meta = {k: _opt_str(payload.get(k, article.get(k))) for k in ("source", "dateline", "url")}
        kept: dict[str, list[dict]] = {t: [] for t in TYPES}
        state_recs = []
        for rec in payload["records"]:
            if not isinstance(rec, dict):
                raise ReviewError("each record must be an object")
            rtype, status = rec.get("rtype"), rec.get("status", "pending")
            if status not in STATUSES:
                raise ReviewError(f"bad status {status!r}")
            clean = clean_record(rtype, rec)
            if text is not None and clean.get("end") is not None and clean["end"] > len(text):
                raise ReviewError(f"{rtype} record: evidence end {clean['end']} is past the text")
            origin = rec.get("origin") if rec.get("origin") in ("pred", "added", "gold") else "pred"
            state_recs.append(dict(clean, rtype=rtype, status=status, origin=origin,
                                   edited=bool(rec.get("edited"))))
            if status != "rejected":  # pending records are kept: reviewing means rejecting what is wrong
                kept[rtype].append(clean)
        gold = to_gold(dict(article, **meta), kept)
        state = {"id": article["id"], **meta, "saved_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                 "text_sha1": text_sha1(text), "records": state_recs}
        with self._lock:
            atomic_write_json(self.state_path(article["id"]), state)
            atomic_write_json(self.gold_path(article["id"]), gold)
        return gold
