"""Assemble: article -> Stanza analysis -> rule matches -> one ArticleRecords.

Failures inside an article become an error record; the batch goes on.
"""
from __future__ import annotations

import hashlib
import logging
from typing import Iterable, Iterator

from spacy.tokens import Doc

from .analyse import Analyser
from .match import extract_all
from .match._doc import doc_text, per_doc
from .resolve import resolve_article
from .schema import Article, ArticleRecords

__all__ = ["Extractor", "records_from_doc", "error_record", "content_hash"]

log = logging.getLogger(__name__)


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _meta(article: Article) -> dict:
    return dict(id=article.id, title=article.title, url=article.url, metadata_date=article.published, site=article.site,
                content_hash=content_hash(article.text))


def records_from_doc(doc: Doc, article: Article) -> ArticleRecords:
    # entity ids are a pure function of the article, so every worker gives the same ids
    return resolve_article(extract_all(doc, **_meta(article)), text=doc_text(doc))


def error_record(article: Article, reason: str) -> ArticleRecords:
    return ArticleRecords(error=reason, **_meta(article))


class Extractor:
    """Stanza loaded once, reused for every batch of articles."""

    def __init__(self, profile: str = "default", models_dir=None, *, batch_size: int = 8, **kw):
        self.analyser = Analyser(profile, models_dir, **kw)
        self.batch_size = batch_size

    def __call__(self, article: Article) -> ArticleRecords:
        return next(iter(self.pipe([article])))

    def pipe(self, articles: Iterable[Article]) -> Iterator[ArticleRecords]:
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= self.batch_size:
                yield from self._batch(batch)
                batch = []
        if batch:
            yield from self._batch(batch)

    def _batch(self, batch: list[Article]) -> Iterator[ArticleRecords]:
        good = []
        for article in batch:
            problem = check_text(article.text)
            if problem:
                yield error_record(article, problem)
            else:
                good.append(article)
        try:
            docs = self.analyser.pipe(a.text for a in good)
        except Exception:  # one bad article must not sink its batch: retry one by one
            docs = None
        for i, article in enumerate(good):
            try:
                doc = docs[i] if docs is not None else self.analyser(article.text)
                # the analyser checked that the Doc spells the article: the rules need not rebuild its text
                per_doc(doc, "text", lambda: article.text)
                yield records_from_doc(doc, article)
            except Exception as exc:
                log.warning("article %s failed: %s", article.id, exc)
                yield error_record(article, f"{type(exc).__name__}: {exc}")


def check_text(text: str) -> str | None:
    """Why a text cannot be analysed, or None."""
    if not text or not text.strip():
        return "empty article"
    letters = sum(ch.isalpha() for ch in text)
    if letters < 0.3 * len(text.strip()):
        return "not text: too few letters (binary or markup?)"
    return None
