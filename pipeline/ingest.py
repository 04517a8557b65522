"""Ingest: paths -> a stream of Articles (one at a time, constant memory in archive size).

Inputs (files, folders searched recursively, glob patterns), each optionally gzip'd (``.gz``):

* ``.txt``: one article per file, id = file name without suffix;
* ``.json``: one article object or a list of them (the list is streamed);
* ``.jsonl`` / ``.ndjson``: one article object per line;
* ``.csv`` / ``.tsv``: one article per row (columns: :class:`Fields`);
* ``.html`` / ``.htm``: a saved page; main text, title, date and url via trafilatura (its site
  name goes to ``Article.site``);
  id from the page's url (many saved pages are all called ``index.html``), else the file name;
* ``.warc`` / ``.warc.gz`` / ``.arc``: every HTML response in the archive, as for saved pages.

Record fields are found under :data:`FIELD_ALIASES` unless :class:`Fields` names
them. An article without an id gets one derived from its url, else from its
text (:func:`derive_id`). Non-UTF-8 text is decoded after charset detection.

Memory does not grow with the archive: files are walked one folder listing at a
time, JSON lists, JSONL, CSV and WARC are streamed, and only the ids seen so far
are kept (for the duplicate check).

Nothing here raises for a bad item: an unreadable file, line, row or record, an
empty or non-Indonesian text and a repeated id are yielded as ``IngestError``
so the batch can record them and go on. Only a missing input path raises
(``FileNotFoundError``), and :func:`check_inputs` finds that before a run starts.
"""
from __future__ import annotations

import codecs
import csv
import glob
import gzip
import hashlib
import io
import json
import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, Union

from .schema import Article

__all__ = ["IngestError", "Fields", "FIELD_ALIASES", "SUFFIXES", "read_inputs", "expand_inputs",
           "check_inputs", "count_items", "derive_id", "text_hash", "decode_bytes", "text_problem",
           "language_problem"]

log = logging.getLogger(__name__)

# suffix (after an optional .gz) -> reader kind
KINDS = {".txt": "txt", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv",
         ".tsv": "csv", ".html": "html", ".htm": "html", ".xhtml": "html", ".warc": "warc", ".arc": "warc"}
SUFFIXES = tuple(KINDS)
FIELD_ALIASES = {
    "id": ("id", "article_id", "doc_id", "guid", "uuid"),
    "text": ("text", "content", "body", "isi", "artikel", "article", "konten"),
    "title": ("title", "judul", "headline"),
    "url": ("url", "link", "source_url", "uri"),
    "date": ("date", "published", "published_at", "tanggal", "pubdate", "datetime"),
    "site": ("site", "sitename", "site_name", "source", "media"),
}
HEAD = 1 << 16          # bytes looked at for gzip magic, binary data and encoding
LANG_SAMPLE = 5_000     # chars of an article the text and language checks read
MIN_WORDS = 12          # fewer words than this: too short to judge the language
MIN_STOPWORD_RATIO = 0.06
_GZIP_MAGIC = b"\x1f\x8b"
_WORD = re.compile(r"[^\W\d_]+")
_SURROGATE = re.compile("[\udc80-\udcff]")
_NEXT_CHAR = re.compile(r"\s*(\S)")


@dataclass(frozen=True)
class IngestError:
    """An input item that cannot become an article (the batch writes it as an error record)."""
    id: str
    reason: str
    source_path: str | None = None
    at: str | None = None            # where in the file: "line 3", "row 7", "item 2", "record 5"
    content_hash: str | None = None  # of the text, when there was one (resume needs it)
    duplicate: bool = False          # an id seen before in this run: reported, never written as a record


Item = Union[Article, IngestError]


@dataclass(frozen=True)
class Fields:
    """Which field (CSV column, JSON key) holds what; ``None``: the first of :data:`FIELD_ALIASES`."""
    id: Optional[str] = None
    text: Optional[str] = None
    title: Optional[str] = None
    url: Optional[str] = None
    date: Optional[str] = None

    def key(self, row: dict, name: str) -> str | None:
        given = getattr(self, name, None)
        if given is not None:
            return given if given in row else None
        lowered = {str(k).strip().lower(): k for k in row}
        return next((lowered[a] for a in FIELD_ALIASES[name] if a in lowered), None)


# ---------------------------------------------------------------- paths


def _is_glob(s: str) -> bool:
    return any(ch in s for ch in "*?[")


def expand_inputs(paths: Iterable[Path | str], *, exclude: Iterable[Path | str] = ()) -> Iterator[Path]:
    """Every input file, in order: files as given, folders walked (known suffixes), globs expanded.

    Files at or under an ``exclude`` path (the run's own output and errors file) are left out.
    """
    skip = [Path(p).resolve() for p in exclude]

    def wanted(p: Path) -> bool:
        r = p.resolve()
        return not any(r == s or s in r.parents for s in skip)

    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from filter(wanted, _walk(path))
        elif path.exists():
            yield path
        elif _is_glob(str(raw)):
            matched = False
            for hit in sorted(glob.iglob(str(raw), recursive=True)):
                matched = True
                hit = Path(hit)
                if hit.is_dir():
                    yield from filter(wanted, _walk(hit))
                elif _kind(hit) is not None and wanted(hit):
                    yield hit
            if not matched:
                raise FileNotFoundError(f"no files match: {raw}")
        else:
            raise FileNotFoundError(f"no such file or folder: {raw}")


def check_inputs(paths: Iterable[Path | str]) -> None:
    """Raise ``FileNotFoundError`` for a path that does not exist or a glob that matches nothing."""
    for raw in paths:
        if Path(raw).exists():
            continue
        if not (_is_glob(str(raw)) and next(glob.iglob(str(raw), recursive=True), None)):
            raise FileNotFoundError(f"{'no files match' if _is_glob(str(raw)) else 'no such file or folder'}: {raw}")


def _walk(folder: Path) -> Iterator[Path]:
    """Files with a known suffix under ``folder``, sorted, one directory listing in memory at a time."""
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            p = Path(root) / name
            if not name.startswith(".") and _kind(p) is not None:
                yield p


def _split_name(path: Path) -> tuple[str, bool]:
    """(name without .gz, whether it had .gz), lower-cased."""
    name = path.name.lower()
    return (name[:-3], True) if name.endswith(".gz") else (name, False)


def _kind(path: Path) -> str | None:
    name, _ = _split_name(path)
    return KINDS.get(os.path.splitext(name)[1])


def _stem(path: Path) -> str:
    name = path.name[:-3] if path.name.lower().endswith(".gz") else path.name
    return os.path.splitext(name)[0] or name


# ---------------------------------------------------------------- text helpers


def text_hash(text: str) -> str:
    """The content hash written in records (same as ``assemble.content_hash``)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def derive_id(*, url: str | None = None, text: str | None = None) -> str:
    """A stable id for an article that has none: from its url, else from its text."""
    if url and url.strip():
        return "url-" + hashlib.sha256(url.strip().split("#", 1)[0].encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return "sha-" + text_hash(text or "")


def _sniff_encoding(head: bytes) -> str:
    """Encoding of a file from its first bytes: BOM, else UTF-8 if it decodes, else charset detection."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        head.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 3 and exc.reason == "unexpected end of data":
            return "utf-8"  # a character cut by the end of the sample
    from charset_normalizer import from_bytes

    best = from_bytes(head).best()
    return best.encoding if best is not None else "utf-8"


def decode_bytes(data: bytes, encoding: str | None = None) -> str:
    """Bytes -> text: ``encoding`` if given, else BOM / UTF-8 / detected. Raises ValueError if impossible."""
    if encoding:
        return data.decode(encoding)
    if b"\x00" in data[:HEAD] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ValueError("binary data (NUL bytes)")
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ValueError("not UTF-8 and no other encoding fits")
    return str(best)


def text_problem(text: str) -> str | None:
    """Why ``text`` is no article text (empty, binary or markup), or None."""
    return _problem(text, check_language=False)


def language_problem(text: str, *, stopwords: frozenset[str] | None = None) -> str | None:
    """Why ``text`` is not Indonesian (too few Indonesian function words), or None.

    Texts under ``MIN_WORDS`` words are not judged.
    """
    return _language(_WORD.findall(text[:LANG_SAMPLE].lower()), stopwords)


def _problem(text: str, *, check_language: bool) -> str | None:
    stripped = text.strip()
    if not stripped:
        return "empty article"
    sample = stripped[:LANG_SAMPLE]
    if "\x00" in sample:
        return "binary data (NUL bytes)"
    tokens = _WORD.findall(sample.lower())
    if sum(map(len, tokens)) < 0.3 * len(sample):
        return "not text: too few letters (binary or markup?)"
    return _language(tokens) if check_language else None


def _language(tokens: list[str], stopwords: frozenset[str] | None = None) -> str | None:
    from .lexicon import words

    stopwords = stopwords if stopwords is not None else words("lang_id_stopwords")
    if len(tokens) < MIN_WORDS:
        return None
    ratio = sum(t in stopwords for t in tokens) / len(tokens)
    if ratio < MIN_STOPWORD_RATIO:
        return f"not Indonesian: {ratio:.0%} Indonesian function words (need {MIN_STOPWORD_RATIO:.0%})"
    return None


# ---------------------------------------------------------------- reading


def read_inputs(paths: Iterable[Path | str], *, fields: Fields | None = None, encoding: str | None = None,
                check_language: bool = True, dedupe: bool = True,
                exclude: Iterable[Path | str] = ()) -> Iterator[Item]:
    """Articles (or ``IngestError``) from ``paths``, one at a time, in input order.

    ``fields``: where records keep id, text, title, url and date (CSV, JSON, JSONL);
    ``encoding``: force one input encoding instead of detecting it;
    ``check_language``: non-Indonesian texts become ``IngestError``;
    ``dedupe``: a repeated id yields ``IngestError(reason="duplicate id ...")``; the first is kept;
    ``exclude``: paths that folders and globs must not yield (see :func:`expand_inputs`).
    """
    fields = fields or Fields()
    seen: set[str] | None = set() if dedupe else None
    for path in expand_inputs(paths, exclude=exclude):
        for item, where in _read_file(path, fields, encoding):
            if isinstance(item, Article):
                problem = _problem(item.text, check_language=check_language)
                if problem:
                    item = IngestError(item.id, problem, item.source_path, where, text_hash(item.text))
            if seen is not None:
                if item.id in seen:
                    yield IngestError(item.id, "duplicate id (the first one is kept)", item.source_path,
                                      item.at if isinstance(item, IngestError) else where,
                                      item.content_hash if isinstance(item, IngestError) else text_hash(item.text),
                                      duplicate=True)
                    continue
                seen.add(item.id)
            yield item


def _article(**kw) -> Article:
    return Article(**{k: v for k, v in kw.items() if k in Article.model_fields})


def _read_file(path: Path, fields: Fields, encoding: str | None) -> Iterator[tuple[Item, str | None]]:
    """(item, where in the file) pairs; a file that breaks down yields one error for the rest of it."""
    kind = _kind(path) or "txt"   # a file named on the command line is read as text whatever its suffix
    reader: Callable[..., Iterator[tuple[Item, str | None]]] = _READERS[kind]
    n = 0
    try:
        for pair in reader(path, fields, encoding):
            n += 1
            yield pair
    except Exception as exc:  # a broken file must not stop the batch
        log.debug("reading %s failed", path, exc_info=True)
        where = f"after item {n}" if n else None
        yield IngestError(_stem(path) if not n else f"{_stem(path)}:{n + 1}",
                          f"unreadable {kind} file: {type(exc).__name__}: {exc}", str(path), where), where


def _open(path: Path):
    """A binary stream of the file's content, gunzipped if it is gzip data (whatever its name)."""
    fh = open(path, "rb")
    if fh.peek(2)[:2] == _GZIP_MAGIC:
        return gzip.GzipFile(fileobj=fh, mode="rb")
    return fh


def _read_txt(path: Path, fields: Fields, encoding: str | None):
    with _open(path) as fh:
        data = fh.read()
    try:
        text = decode_bytes(data, encoding)
    except (ValueError, UnicodeError) as exc:
        yield IngestError(_stem(path), f"unreadable file: {exc}", str(path)), None
        return
    yield _article(id=_stem(path), text=text.lstrip("\ufeff"), source_path=str(path)), None


def _redecode(value: str, encoding: str) -> str:
    """A string read with ``surrogateescape`` whose bytes were not ``encoding``: detect theirs."""
    return decode_bytes(value.encode(encoding, "surrogateescape"))


def _row_article(row, fields: Fields, path: Path, kind: str, where: str, n: int, encoding: str) -> Item:
    fallback = f"{_stem(path)}:{n}"
    if not isinstance(row, dict):
        return IngestError(fallback, f"{kind} {where}: not an object", str(path), where)

    def get(name):
        key = fields.key(row, name)
        value = row.get(key) if key is not None else None
        if value is None or isinstance(value, (dict, list)):
            return None
        value = str(value).strip()
        if _SURROGATE.search(value):
            value = _redecode(value, encoding)
        return value or None

    try:
        key = fields.key(row, "text")
        text = row.get(key) if key is not None else None
        if not isinstance(text, str):
            col = fields.text or "/".join(FIELD_ALIASES["text"][:3])
            return IngestError(get("id") or fallback, f"{kind} {where}: no text field ({col})", str(path), where)
        if _SURROGATE.search(text):
            text = _redecode(text, encoding)
        url = get("url")
        return _article(id=get("id") or derive_id(url=url, text=text), text=text, title=get("title"), url=url,
                        published=get("date"), site=get("site"), source_path=str(path))
    except (ValueError, UnicodeError) as exc:
        return IngestError(fallback, f"{kind} {where}: {exc}", str(path), where)


def _text_stream(fh, encoding: str | None) -> io.TextIOWrapper:
    head = fh.peek(HEAD)[:HEAD]
    if b"\x00" in head and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ValueError("binary data (NUL bytes)")
    enc = encoding or _sniff_encoding(head)
    # bytes that do not fit become lone surrogates, so one bad line or row is reported, not the file
    return io.TextIOWrapper(fh, encoding=enc, errors="surrogateescape", newline="")


def _read_jsonl(path: Path, fields: Fields, encoding: str | None):
    with _open(path) as fh, _text_stream(fh, encoding) as text:
        for n, line in enumerate(text, 1):
            if not line.strip():
                continue
            where = f"line {n}"
            try:
                if _SURROGATE.search(line):  # one line in another encoding than the rest of the file
                    line = _redecode(line, text.encoding)
                row = json.loads(line)
            except (ValueError, UnicodeError) as exc:
                yield IngestError(f"{_stem(path)}:{n}", f"bad JSONL {where}: {exc}", str(path), where), where
                continue
            yield _row_article(row, fields, path, "JSONL", where, n, text.encoding), where


def _json_values(text: io.TextIOBase, chunk: int = HEAD) -> Iterator:
    """The top-level value of a JSON document, or the items of a top-level list, streamed."""
    dec = json.JSONDecoder()
    buf, pos, eof = "", 0, False

    def fill(n: int) -> None:
        nonlocal buf, pos, eof
        more = text.read(n)
        eof = not more
        buf, pos = buf[pos:] + more, 0

    def skip_ws() -> bool:
        nonlocal pos
        while True:
            while pos < len(buf) and buf[pos] in " \t\r\n\ufeff":
                pos += 1
            if pos < len(buf) or eof:
                return pos < len(buf)
            fill(chunk)

    if not skip_ws():
        raise ValueError("empty JSON file")
    if buf[pos] != "[":
        yield json.loads(buf[pos:] + text.read())
        return
    pos += 1
    while True:
        if not skip_ws():
            raise ValueError("JSON list not closed")
        if buf[pos] == "]":
            return
        if buf[pos] == ",":
            pos += 1
            continue
        want = chunk
        while True:
            try:
                value, end = dec.raw_decode(buf, pos)
                after = _NEXT_CHAR.match(buf, end)
                if eof or isinstance(value, (dict, list, str)) or (after and after.group(1) in ",]"):
                    break  # a number cut by the end of the buffer ("12" of "12.5e3") is read again
            except ValueError:
                if eof:
                    raise
            fill(want)
            want *= 2
        pos = end
        yield value


def _read_json(path: Path, fields: Fields, encoding: str | None):
    with _open(path) as fh, _text_stream(fh, encoding) as text:
        for n, value in enumerate(_json_values(text), 1):
            where = f"item {n}"
            yield _row_article(value, fields, path, "JSON", where, n, text.encoding), where


def _read_csv(path: Path, fields: Fields, encoding: str | None):
    csv.field_size_limit(1 << 30)
    with _open(path) as fh, _text_stream(fh, encoding) as text:
        first = text.readline()
        if not first.strip():
            raise ValueError("no header row")
        delimiter = "\t" if _split_name(path)[0].endswith(".tsv") else max(",;\t|", key=first.count)
        header = [h.strip() for h in next(csv.reader([first], delimiter=delimiter))]
        missing = [c for c in (fields.id, fields.text, fields.title, fields.url, fields.date)
                   if c is not None and c not in header]
        if missing:
            raise ValueError(f"no column {missing[0]!r} in the header ({', '.join(header)})")
        rows = csv.reader(text, delimiter=delimiter)
        while True:
            n = rows.line_num + 1
            where = f"row {n}"
            try:
                values = next(rows)
            except StopIteration:
                return
            except csv.Error as exc:
                yield IngestError(f"{_stem(path)}:{n}", f"bad CSV {where}: {exc}", str(path), where), where
                continue
            if any(v.strip() for v in values):
                yield _row_article(dict(zip(header, values)), fields, path, "CSV", where, n, text.encoding), where


def _html_article(data: bytes | str, *, id: str | None, url: str | None, path: Path, where: str | None) -> Item:
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    doc = trafilatura.bare_extraction(data, url=url, with_metadata=True, include_comments=False,
                                      include_tables=False)
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    url = (getattr(doc, "url", None) if doc is not None else None) or url
    if not text:
        return IngestError(id or derive_id(url=url, text=f"{path} {where}"),
                           "no main text found in the HTML page", str(path), where)
    return _article(id=id or derive_id(url=url, text=text), text=text, title=getattr(doc, "title", None),
                    url=url, published=getattr(doc, "date", None), site=getattr(doc, "sitename", None),
                    source_path=str(path))


def _read_html(path: Path, fields: Fields, encoding: str | None):
    with _open(path) as fh:
        data = fh.read()
    if b"\x00" in data[:HEAD]:
        yield IngestError(_stem(path), "unreadable file: binary data (NUL bytes)", str(path)), None
        return
    item = _html_article(data.decode(encoding) if encoding else data, id=None, url=None, path=path, where=None)
    if isinstance(item, Article) and not item.url:   # no url in the page: the file name is the id
        item = item.model_copy(update={"id": _stem(path)})
    elif isinstance(item, IngestError):
        item = IngestError(_stem(path), item.reason, item.source_path)
    yield item, None


def _read_warc(path: Path, fields: Fields, encoding: str | None):
    from warcio.archiveiterator import ArchiveIterator

    valid = 0
    with open(path, "rb") as fh:
        records = ArchiveIterator(fh, arc2warc=True)
        for n, rec in enumerate(records, 1):
            valid += rec.rec_type is not None
            if rec.rec_type not in ("response", "resource"):
                continue
            headers = rec.http_headers if rec.rec_type == "response" else rec.rec_headers
            if headers is None:
                continue
            if "html" not in (headers.get_header("Content-Type") or "").lower():
                continue
            if rec.rec_type == "response" and not str(headers.get_statuscode() or "").startswith("2"):
                continue
            url = rec.rec_headers.get_header("WARC-Target-URI")
            where = f"record {n}"
            try:
                item = _html_article(rec.content_stream().read(), id=None, url=url, path=path, where=where)
            except Exception as exc:
                item = IngestError(derive_id(url=url, text=f"{path} {where}"), f"WARC {where}: {exc}",
                                   str(path), where)
            yield item, where
    if not valid:
        raise ValueError("no WARC records")


_READERS = {"txt": _read_txt, "json": _read_json, "jsonl": _read_jsonl, "csv": _read_csv,
            "html": _read_html, "warc": _read_warc}


# ---------------------------------------------------------------- counting (progress totals)


def count_items(paths: Iterable[Path | str], *, exclude: Iterable[Path | str] = ()) -> int | None:
    """About how many items ``read_inputs`` will yield (for a progress bar), or None if unknown.

    One pass over the inputs without parsing: files count one, JSONL and CSV
    their lines; JSON lists and WARC archives cannot be counted cheaply (None).
    """
    total = 0
    for path in expand_inputs(paths, exclude=exclude):
        kind = _kind(path) or "txt"
        if kind in ("txt", "html"):
            total += 1
        elif kind in ("jsonl", "csv"):
            with _open(path) as fh:
                lines = sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b""))
            total += max(0, lines - (kind == "csv"))
        else:
            return None
    return total
