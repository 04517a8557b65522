"""The review web app: standard-library ThreadingHTTPServer, JSON API + static files.

Routes (ids are URL-encoded path segments):
    GET  /                              the app (static/index.html)
    GET  /static/<file>                 app.js, app.css, highlight.css (a fixed list)
    GET  /api/fields                    record types and their form fields (from the schema)
    GET  /api/articles                  [{id, title, counts, reviewed, has_text, error}]
    GET  /api/articles/<id>             the record with text, plus saved review state
    GET  /archive                       the archive page (static/archive.html)
    GET  /api/entities                  canonical entities of the whole output (pipeline.summarize)
    GET  /api/entities/<id>             one entity: its cooperations over time and the articles naming it
    POST /api/articles/<id>/review      save the review as <reviews>/<name>.json (gold format)

Safety: binds 127.0.0.1 unless told otherwise; ids are looked up in the loaded
output (never used as paths: files are named by store.safe_name); '..' or
encoded slashes in a static path are rejected; on a loopback bind the Host
header must be a loopback name (against DNS rebinding); POST needs a JSON
content type and a same-origin Origin when one is sent (against CSRF).
"""
from __future__ import annotations

import json
import logging
import mimetypes
import re
import socket
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from typing import Iterable
from urllib.parse import unquote, urlsplit

from .store import TYPES, ReviewError, ReviewStore, form_fields, load_articles, text_sha1

__all__ = ["ReviewApp", "make_server", "serve", "default_reviews_dir"]

log = logging.getLogger(__name__)
MAX_BODY = 8 * 1024 * 1024
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
STATIC_TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
                ".html": "text/html; charset=utf-8", ".png": "image/png", ".svg": "image/svg+xml"}
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "base-uri 'none'; form-action 'none'; frame-ancestors 'none'")


def default_reviews_dir(output: Path | str) -> Path:
    """``out.jsonl`` -> ``out.reviews/``; ``out/`` -> ``out.reviews/`` (beside the output);
    a database URL -> ``reviews/`` in the current folder."""
    if "://" in str(output):
        return Path("reviews")
    output = Path(output)
    return output.parent / f"{output.stem if output.is_file() else output.name}.reviews"


class ReviewApp:
    """The loaded output and the reviews folder; request-independent logic (testable without HTTP)."""

    def __init__(self, output: Path | str, reviews: Path | str | None = None, texts: Iterable = ()):
        self.output = output
        self.articles = load_articles(output, texts)
        self.store = ReviewStore(reviews or default_reviews_dir(output))
        self.static = {p.name: p for p in resources.files(__package__).joinpath("static").iterdir()
                       if p.name.endswith((".js", ".css", ".html"))}
        self._archive: dict | None = None
        self._archive_lock = threading.Lock()

    # ---------------------------------------------------------- archive (entities over the whole output)
    def archive_tables(self) -> dict:
        """Entity tables of the loaded output, computed once on first use."""
        with self._archive_lock:
            if self._archive is None:
                from ..schema import ArticleRecords
                from ..summarize import tables_of

                recs = []
                for a in self.articles.values():
                    try:
                        recs.append(ArticleRecords.model_validate(a))
                    except ValueError:
                        continue
                self._archive = tables_of(recs)[1]
            return self._archive

    def entity_list(self) -> list[dict]:
        ents = self.archive_tables()["entities"].drop(columns=["variants"])
        return _records(ents)

    def entity(self, eid: str) -> dict:
        t = self.archive_tables()
        ents = t["entities"]
        row = ents[ents["entity_id"] == eid]
        if row.empty:
            raise KeyError(eid)
        entity = _records(row)[0]
        entity["variants"] = json.loads(entity["variants"])
        parties = t["cooperation_parties"]
        keys = parties[parties["entity_id"] == eid][["article_id", "cooperation_idx"]].drop_duplicates()
        coops = t["cooperations"].merge(keys, left_on=["article_id", "idx"],
                                        right_on=["article_id", "cooperation_idx"])
        coops = coops.sort_values(["date", "article_id"], na_position="last")
        out = []
        for c in _records(coops):
            c.pop("cooperation_idx", None)
            for col in ("parties", "party_entities", "programs", "money"):
                c[col] = json.loads(c[col]) if c.get(col) else []
            out.append(c)
        m = t["mentions"]
        mentions = _records(m[m["entity_id"] == eid].sort_values(["date", "article_id"], na_position="last"))
        return {"entity": entity, "cooperations": out, "mentions": mentions}

    def article_list(self) -> list[dict]:
        reviewed = self.store.reviewed()
        out = []
        for aid, a in self.articles.items():
            src = reviewed.get(aid, a)
            out.append({"id": aid, "title": a.get("title"), "reviewed": aid in reviewed,
                        "has_text": bool(a.get("text")), "error": a.get("error"),
                        "counts": {t: len(src.get(t) or []) for t in TYPES}})
        return out

    def article(self, aid: str) -> dict:
        a = self.articles.get(aid)
        if a is None:
            raise KeyError(aid)
        review = self.store.load_state(aid)
        stale = bool(review and review.get("text_sha1") and a.get("text")
                     and review["text_sha1"] != text_sha1(a["text"]))
        return dict(a, review=review, review_stale=stale)

    def save(self, aid: str, payload: dict) -> dict:
        a = self.articles.get(aid)
        if a is None:
            raise KeyError(aid)
        gold = self.store.save(a, payload)
        return {"ok": True, "file": self.store.gold_path(aid).name,
                "counts": {t: len(gold[t]) for t in TYPES}}


def _records(df) -> list[dict]:
    """DataFrame rows as JSON-ready dicts (NaN -> None, numpy ints -> int)."""
    return json.loads(df.to_json(orient="records", force_ascii=False))


class Handler(BaseHTTPRequestHandler):
    server_version = "pipeline-review"
    app: ReviewApp  # set on the subclass made by make_server

    # ---------------------------------------------------------- plumbing
    def log_message(self, fmt, *args):  # quiet unless logging is turned up
        log.info("%s " + fmt, self.address_string(), *args)

    def _send(self, status: int, body: bytes, ctype: str, extra: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Content-Security-Policy", CSP)
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _json(self, status: int, data) -> None:
        self._send(status, json.dumps(data, ensure_ascii=False).encode("utf-8"), "application/json; charset=utf-8")

    def _error(self, status: int, msg: str) -> None:
        self._json(status, {"error": msg})

    def _host_ok(self) -> bool:
        if self.server.server_address[0] not in LOOPBACK:  # explicitly bound elsewhere: user's choice
            return True
        host = (self.headers.get("Host") or "").strip()
        name = host.rsplit(":", 1)[0] if not host.startswith("[") else host[1:].split("]")[0]
        return name in LOOPBACK

    def _segments(self) -> list[str] | None:
        """Path split into decoded segments; None if it tries to climb or smuggle separators."""
        raw = urlsplit(self.path).path
        segs = [s for s in raw.split("/") if s]
        out = []
        for s in segs:
            d = unquote(s)
            if d in (".", "..") or "\x00" in d:
                return None
            out.append(d)
        return out

    # ---------------------------------------------------------- routes
    def do_HEAD(self):
        self.do_GET()

    def do_GET(self):
        if not self._host_ok():
            return self._error(HTTPStatus.FORBIDDEN, "unexpected Host header")
        segs = self._segments()
        if segs is None:
            return self._error(HTTPStatus.BAD_REQUEST, "bad path")
        if not segs or segs == ["index.html"]:
            return self._static("index.html")
        if segs[0] == "static" and len(segs) == 2:
            return self._static(segs[1])
        if segs == ["archive"]:
            return self._static("archive.html")
        if segs[:2] == ["api", "entities"] and len(segs) in (2, 3):
            try:
                if len(segs) == 2:
                    return self._json(HTTPStatus.OK, {"entities": self.app.entity_list()})
                return self._json(HTTPStatus.OK, self.app.entity(segs[2]))
            except KeyError:
                return self._error(HTTPStatus.NOT_FOUND, "no such entity")
        if segs == ["api", "fields"]:
            return self._json(HTTPStatus.OK, {"types": list(TYPES), "fields": form_fields()})
        if segs[:2] == ["api", "articles"]:
            if len(segs) == 2:
                return self._json(HTTPStatus.OK, {"articles": self.app.article_list()})
            if len(segs) == 3:
                try:
                    return self._json(HTTPStatus.OK, self.app.article(segs[2]))
                except KeyError:
                    return self._error(HTTPStatus.NOT_FOUND, "no such article")
        return self._error(HTTPStatus.NOT_FOUND, "not found")

    def do_POST(self):
        if not self._host_ok():
            return self._error(HTTPStatus.FORBIDDEN, "unexpected Host header")
        origin = self.headers.get("Origin")
        if origin and urlsplit(origin).netloc != self.headers.get("Host"):
            return self._error(HTTPStatus.FORBIDDEN, "cross-origin request")
        segs = self._segments()
        if segs is None:
            return self._error(HTTPStatus.BAD_REQUEST, "bad path")
        if len(segs) != 4 or segs[:2] != ["api", "articles"] or segs[3] != "review":
            return self._error(HTTPStatus.NOT_FOUND, "not found")
        if not (self.headers.get("Content-Type") or "").startswith("application/json"):
            return self._error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "send application/json")
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if not 0 < length <= MAX_BODY:
            return self._error(HTTPStatus.BAD_REQUEST, "bad or missing body")
        try:
            payload = json.loads(self.rfile.read(length).decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            return self._error(HTTPStatus.BAD_REQUEST, "body is not JSON")
        try:
            return self._json(HTTPStatus.OK, self.app.save(segs[2], payload))
        except KeyError:
            return self._error(HTTPStatus.NOT_FOUND, "no such article")
        except ReviewError as exc:
            return self._error(HTTPStatus.BAD_REQUEST, str(exc))

    def _static(self, name: str) -> None:
        res = self.app.static.get(name)
        if res is None:
            return self._error(HTTPStatus.NOT_FOUND, "not found")
        ctype = STATIC_TYPES.get(Path(name).suffix) or mimetypes.guess_type(name)[0] or "application/octet-stream"
        self._send(HTTPStatus.OK, res.read_bytes(), ctype)


def make_server(app: ReviewApp, host: str = "127.0.0.1", port: int = 8000) -> ThreadingHTTPServer:
    handler = type("BoundHandler", (Handler,), {"app": app})
    server_cls = ThreadingHTTPServer
    if ":" in host:  # an IPv6 address such as ::1
        server_cls = type("ThreadingHTTPServerV6", (ThreadingHTTPServer,), {"address_family": socket.AF_INET6})
    server = server_cls((host, port), handler)
    server.daemon_threads = True
    return server


def serve(output, *, reviews=None, texts=(), host: str = "127.0.0.1", port: int = 8000, out=None) -> None:
    import sys

    app = ReviewApp(output, reviews, texts)
    server = make_server(app, host, port)
    h, p = server.server_address[:2]
    shown = f"[{h}]" if ":" in h else h
    no_text = sum(1 for a in app.articles.values() if not a.get("text"))
    shown_out = re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", str(output))  # no database password on screen
    print(f"Reviewing {len(app.articles)} articles from {shown_out}; reviews go to {app.store.folder}",
          file=out or sys.stderr)
    if no_text:
        print(f"warning: {no_text} articles have no text in the output; pass --texts INPUT... "
              "(the original .txt/.jsonl inputs) to see and highlight it", file=out or sys.stderr)
    if h not in LOOPBACK:
        print(f"warning: listening on {h}, not only this machine: anyone who can reach port {p} can read "
              "the articles and write reviews", file=out or sys.stderr)
    print(f"Open http://{shown}:{p}/  (Ctrl+C to stop)", file=out or sys.stderr, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
