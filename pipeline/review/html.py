"""HTML rendering: evidence highlighting and the self-contained report.

Everything taken from articles or records goes through ``html.escape``; the
report has no external resources (inline CSS and a small inline script).
"""
from __future__ import annotations

import html
from importlib import resources
from typing import Iterable

from .store import GOLD_FIELDS, TYPES

__all__ = ["LABELS", "record_spans", "segments", "highlight_html", "render_report"]

LABELS = {"partners": "PARTNER", "programs": "PROGRAM", "counts": "COUNT", "quotes": "QUOTE",
          "officials": "OFFICIAL"}


def _esc(v) -> str:
    return html.escape("" if v is None else str(v), quote=True)


def record_spans(article: dict) -> list[dict]:
    """Records with usable evidence offsets: [{key, type, index, start, end}] (key = 'type:index')."""
    text = article.get("text") or ""
    spans = []
    for t in TYPES:
        for i, r in enumerate(article.get(t) or []):
            s, e = r.get("start"), r.get("end")
            if isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text):
                spans.append({"key": f"{t}:{i}", "type": t, "index": i, "start": s, "end": e})
    return spans


def segments(length: int, spans: list[dict]) -> list[tuple[int, int, list[dict]]]:
    """Cut [0, length) at every span boundary: [(start, end, covering spans)]."""
    cuts = sorted({0, length, *(s["start"] for s in spans), *(s["end"] for s in spans)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        if a < b:
            out.append((a, b, [s for s in spans if s["start"] <= a and b <= s["end"]]))
    return out


def highlight_html(text: str, spans: list[dict]) -> str:
    """Escaped text with <mark> segments; the colour is the innermost record's type,
    a quote around it shows as an underline; ends of records carry their label."""
    parts = []
    for a, b, cover in segments(len(text), spans):
        chunk = _esc(text[a:b])
        if not cover:
            parts.append(chunk)
            continue
        inner = min(cover, key=lambda s: s["end"] - s["start"])
        cls = f"m t-{inner['type']}"
        if inner["type"] != "quotes" and any(s["type"] == "quotes" for s in cover):
            cls += " in-quote"
        keys = " ".join(s["key"] for s in cover)
        label = ""
        closing = [s for s in cover if s["end"] == b]
        if closing:
            label = f'<span class="lbl">{" ".join(LABELS[s["type"]] for s in closing)}</span>'
        parts.append(f'<mark class="{cls}" data-recs="{_esc(keys)}">{chunk}{label}</mark>')
    return "".join(parts)


def _static(name: str) -> str:
    return resources.files(__package__).joinpath("static", name).read_text(encoding="utf-8")


def _cell(v) -> str:
    if isinstance(v, list):
        v = "; ".join(map(str, v))
    if isinstance(v, bool):
        v = "yes" if v else "no"
    return _esc(v) if v is not None else '<span class="null">null</span>'


def _table(article: dict, rtype: str) -> str:
    recs = article.get(rtype) or []
    if not recs:
        return ""
    fields = GOLD_FIELDS[rtype]
    head = "".join(f"<th>{f}</th>" for f in fields) + "<th>evidence</th><th>rule</th>"
    rows = []
    text = article.get("text") or ""
    for i, r in enumerate(recs):
        s, e = r.get("start"), r.get("end")
        ev = _esc(text[s:e]) if isinstance(s, int) and isinstance(e, int) and text else ""
        where = f'<span class="off">{s}–{e}</span> ' if s is not None else ""
        rows.append(f'<tr data-key="{rtype}:{i}">' + "".join(f"<td>{_cell(r.get(f))}</td>" for f in fields)
                    + f"<td>{where}{ev}</td><td>{_cell(r.get('rule'))}</td></tr>")
    return (f'<h4><span class="chip t-{rtype}">{LABELS[rtype]}</span> {rtype} ({len(recs)})</h4>'
            f'<table class="recs"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>')


def _article(article: dict, n: int) -> str:
    aid = str(article["id"])
    anchor = f"a{n}"
    text = article.get("text")
    meta = " · ".join(_esc(f"{k}: {article[k]}") for k in ("source", "dateline", "published") if article.get(k))
    url = article.get("url")
    link = f' <a href="{_esc(url)}" rel="noreferrer noopener">{_esc(url)}</a>' if url and \
        str(url).startswith(("http://", "https://")) else ""
    body = (f'<div class="text">{highlight_html(text, record_spans(article))}</div>' if text
            else '<p class="warn">No article text in the output (pass --texts INPUT... to show it).</p>')
    err = f'<p class="warn">error: {_esc(article["error"])}</p>' if article.get("error") else ""
    tables = "".join(_table(article, t) for t in TYPES) or "<p>No records.</p>"
    return (f'<section class="article" id="{anchor}"><h2>{_esc(article.get("title") or aid)}</h2>'
            f'<p class="meta"><code>{_esc(aid)}</code> {meta}{link}</p>{err}{body}{tables}</section>')


_REPORT_CSS = """
body{font:15px/1.5 system-ui,sans-serif;margin:0;display:flex;color:#222}
nav{width:260px;flex:none;height:100vh;overflow:auto;position:sticky;top:0;border-right:1px solid #ddd;
padding:8px;box-sizing:border-box;background:#fafafa}
nav input{width:100%;box-sizing:border-box;margin-bottom:6px}
nav a{display:block;font-size:13px;padding:2px 4px;text-decoration:none;color:#225;border-radius:3px}
nav a:hover{background:#eef}
main{flex:1;padding:0 24px 40px;max-width:1100px}
.article{border-bottom:2px solid #ccc;padding-bottom:16px}
.meta{color:#666;font-size:13px}
table.recs{border-collapse:collapse;font-size:13px;margin-bottom:8px;width:100%}
table.recs td,table.recs th{border:1px solid #ddd;padding:2px 6px;vertical-align:top;text-align:left}
table.recs tr.hl{outline:2px solid #333}
.null{color:#aaa}.off{color:#999;font-size:11px}.warn{color:#a40}
.summary td,.summary th{padding:2px 8px;text-align:right}
"""

_REPORT_JS = """
(function(){
function keys(el){return (el.getAttribute('data-recs')||el.getAttribute('data-key')||'').split(' ');}
document.addEventListener('mouseover',function(e){
  var t=e.target.closest('mark[data-recs],tr[data-key]');
  document.querySelectorAll('.hl').forEach(function(x){x.classList.remove('hl');});
  if(!t)return;var sec=t.closest('section');
  keys(t).forEach(function(k){
    sec.querySelectorAll('mark[data-recs]').forEach(function(m){if(keys(m).indexOf(k)>=0)m.classList.add('hl');});
    sec.querySelectorAll('tr[data-key]').forEach(function(r){if(r.getAttribute('data-key')===k)r.classList.add('hl');});
  });
});
var f=document.getElementById('filter');
f.addEventListener('input',function(){var q=f.value.toLowerCase();
  document.querySelectorAll('nav a').forEach(function(a){
    a.style.display=a.textContent.toLowerCase().indexOf(q)>=0?'':'none';});});
})();
"""


def render_report(articles: Iterable[dict], title: str = "Extraction report") -> str:
    """One self-contained HTML page: an index, then per article the highlighted text and tables."""
    arts = list(articles)
    totals = {t: sum(len(a.get(t) or []) for a in arts) for t in TYPES}
    nav = "".join(f'<a href="#a{n}">{_esc(a.get("title") or a["id"])}</a>' for n, a in enumerate(arts))
    summary = ("<table class='summary'><tr><th>articles</th>" + "".join(f"<th>{t}</th>" for t in TYPES)
               + f"</tr><tr><td>{len(arts)}</td>" + "".join(f"<td>{totals[t]}</td>" for t in TYPES)
               + "</tr></table>")
    legend = " ".join(f'<span class="chip t-{t}">{LABELS[t]}</span>' for t in TYPES)
    body = "".join(_article(a, n) for n, a in enumerate(arts))
    css = _static("highlight.css") + _REPORT_CSS
    return ("<!doctype html><html lang=\"id\"><head><meta charset=\"utf-8\">"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
            "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">"
            f"<meta name=\"viewport\" content=\"width=device-width\"><title>{_esc(title)}</title>"
            f"<style>{css}</style></head><body>"
            f"<nav><input id=\"filter\" placeholder=\"filter articles\" aria-label=\"filter articles\">{nav}</nav>"
            f"<main><h1>{_esc(title)}</h1>{summary}<p>{legend}</p>{body}</main>"
            f"<script>{_REPORT_JS}</script>"
            "</body></html>")

