"""Exports of extraction output to annotation tools, spans by char offsets.

- Label Studio: a JSON list of tasks ``{"data": {"text", ...}, "predictions": [{"result": [...]}]}``
  with ``labels`` regions (offsets in UTF-16 code units, as Label Studio's
  JavaScript counts them) and ``relation`` results speaker -> quote and
  official -> title where the speaker's / title's text can be found; the
  matching labeling config is :func:`label_studio_config`.
- Prodigy: JSONL ``{"text", "spans": [{"start", "end", "label"}], "meta"}``.
- doccano: JSONL ``{"text", "label": [[start, end, "LABEL"]], ...meta}``.
Records without evidence offsets, and articles without text, are left out
(they have nothing to point at); the exporters return how many were skipped.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Iterable

from .html import LABELS, record_spans
from .store import GOLD_FIELDS

__all__ = ["FORMATS", "label_studio_tasks", "prodigy_lines", "doccano_lines", "label_studio_config",
           "export"]

FORMATS = ("label-studio", "prodigy", "doccano")
EXTRA_LABELS = {"SPEAKER": "#f5a623", "TITLE": "#c0b8ff"}
COLOURS = {"PARTNER": "#7aecec", "PROGRAM": "#bfeeb7", "COUNT": "#ffeb80", "QUOTE": "#feca74",
           "OFFICIAL": "#aa9cfc"}


def _attrs(article: dict, span: dict) -> dict:
    rec = article[span["type"]][span["index"]]
    return {k: rec.get(k) for k in GOLD_FIELDS[span["type"]]}


def _meta(article: dict) -> dict:
    return {k: article[k] for k in ("id", "title", "url", "source", "dateline") if article.get(k) is not None}


def _utf16(text: str):
    """Code-point offset -> UTF-16 offset (identity for BMP-only text)."""
    if all(ord(c) < 0x10000 for c in text):
        return lambda i: i
    prefix = [0]
    for c in text:
        prefix.append(prefix[-1] + (2 if ord(c) >= 0x10000 else 1))
    return lambda i: prefix[i]


def _nearest(text: str, needle: str | None, near: int, within: tuple[int, int] | None = None):
    """(start, end) of the occurrence of needle nearest to offset ``near`` (word-bounded), or None."""
    if not needle or not needle.strip():
        return None
    best = None
    for m in re.finditer(r"(?<!\w)" + re.escape(needle.strip()) + r"(?!\w)", text):
        if within and not (within[0] <= m.start() and m.end() <= within[1]):
            continue
        d = min(abs(m.start() - near), abs(m.end() - near))
        if best is None or d < best[0]:
            best = (d, m.start(), m.end())
    return best[1:] if best else None


def _with_text(articles: Iterable[dict]) -> tuple[list[dict], int]:
    """The articles that carry their text, and how many did not."""
    arts = list(articles)
    keep = [a for a in arts if a.get("text")]
    return keep, len(arts) - len(keep)


def label_studio_tasks(articles: Iterable[dict], model_version: str = "pipeline") -> tuple[list[dict], int]:
    articles, skipped = _with_text(articles)
    tasks = []
    for art in articles:
        text = art["text"]
        u16 = _utf16(text)
        spans = record_spans(art)
        result, by_span = [], {}

        def region(rid: str, start: int, end: int, label: str, meta: dict | None = None) -> str:
            r = {"id": rid, "from_name": "label", "to_name": "text", "type": "labels",
                 "value": {"start": u16(start), "end": u16(end), "text": text[start:end], "labels": [label]}}
            if meta:
                r["meta"] = {"text": ["; ".join(f"{k}={v}" for k, v in meta.items() if v not in (None, "", []))]}
            result.append(r)
            by_span[(start, end, label)] = rid
            return rid

        for s in spans:
            region(s["key"].replace(":", "-"), s["start"], s["end"], LABELS[s["type"]], _attrs(art, s))
        n_extra = 0
        for s in spans:
            rec = art[s["type"]][s["index"]]
            src = s["key"].replace(":", "-")
            if s["type"] == "quotes" and rec.get("speaker"):
                hit = _nearest(text, rec["speaker"], s["start"])
                if not hit:  # the speaker's fullest name may only be an official record's name
                    offs = [o for o in spans if o["type"] == "officials"
                            and art["officials"][o["index"]].get("name") == rec["speaker"]]
                    if offs:
                        o = min(offs, key=lambda o: abs(o["start"] - s["start"]))
                        hit = (o["start"], o["end"])
                if hit:
                    rid = by_span.get((*hit, "OFFICIAL")) or by_span.get((*hit, "SPEAKER"))
                    if rid is None:
                        n_extra += 1
                        rid = region(f"speaker-{n_extra}", *hit, "SPEAKER")
                    result.append({"type": "relation", "from_id": rid, "to_id": src, "direction": "right",
                                   "labels": ["said"]})
            if s["type"] == "officials" and rec.get("title"):
                # the title phrase next to the name: inside the evidence, else nearest in the text
                hit = _nearest(text, rec["title"], s["start"], (s["start"], s["end"]))
                if hit == (s["start"], s["end"]):
                    hit = None
                hit = hit or _nearest(text, rec["title"], s["start"])
                if hit and hit != (s["start"], s["end"]):
                    rid = by_span.get((*hit, "TITLE"))
                    if rid is None:
                        n_extra += 1
                        rid = region(f"title-{n_extra}", *hit, "TITLE")
                    result.append({"type": "relation", "from_id": src, "to_id": rid, "direction": "right",
                                   "labels": ["has_title"]})
        data = {"text": text, **{f"article_{k}" if k == "id" else k: v for k, v in _meta(art).items()}}
        tasks.append({"data": data, "predictions": [{"model_version": model_version, "result": result}]})
    return tasks, skipped


def label_studio_config() -> str:
    labels = "".join(f'    <Label value="{k}" background="{v}"/>\n' for k, v in {**COLOURS, **EXTRA_LABELS}.items())
    return ("<View>\n"
            '  <Relations>\n    <Relation value="said"/>\n    <Relation value="has_title"/>\n  </Relations>\n'
            f'  <Labels name="label" toName="text">\n{labels}  </Labels>\n'
            '  <Text name="text" value="$text" granularity="symbol"/>\n'
            "</View>\n")


def prodigy_lines(articles: Iterable[dict]) -> tuple[list[dict], int]:
    articles, skipped = _with_text(articles)
    out = []
    for art in articles:
        spans = [{"start": s["start"], "end": s["end"], "label": LABELS[s["type"]],
                  "text": art["text"][s["start"]:s["end"]]}
                 for s in record_spans(art)]
        out.append({"text": art["text"], "spans": spans, "meta": _meta(art)})
    return out, skipped


def doccano_lines(articles: Iterable[dict]) -> tuple[list[dict], int]:
    articles, skipped = _with_text(articles)
    out = []
    for art in articles:
        labels = [[s["start"], s["end"], LABELS[s["type"]]] for s in record_spans(art)]
        meta = {("article_id" if k == "id" else k): v for k, v in _meta(art).items()}
        out.append({"text": art["text"], "label": labels, **meta})
    return out, skipped


def export(articles: Iterable[dict], fmt: str, path: Path | str) -> tuple[int, int]:
    """Write ``articles`` to ``path`` in ``fmt``; returns (written, skipped). Label Studio also
    writes its labeling config beside the file (``<stem>.label-config.xml``)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "label-studio":
        tasks, skipped = label_studio_tasks(articles)
        path.write_text(json.dumps(tasks, ensure_ascii=False, indent=1), encoding="utf-8")
        path.with_name(path.stem + ".label-config.xml").write_text(label_studio_config(), encoding="utf-8")
        return len(tasks), skipped
    if fmt == "prodigy":
        lines, skipped = prodigy_lines(articles)
    elif fmt == "doccano":
        lines, skipped = doccano_lines(articles)
    else:
        raise ValueError(f"unknown export format: {fmt}")
    with path.open("w", encoding="utf-8") as fh:
        for line in lines:
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    return len(lines), skipped
