"""How the records hold when an article comes laid out as other outlets lay it out.

    python tools/outlet_noise.py [--show TYPE] [--only NOISE]

The unseen news the rules are measured on comes from outlets and regions the dev articles do not cover, and
outlets differ less in how they report than in what they wrap around the report: their own dateline, "Baca
juga" links and "ADVERTISEMENT" lines between paragraphs, photo captions, editor and tag lines at the end,
paragraphs run together or split by blank lines, straight or curly quotation marks. Each kind of noise here
(its lines in tools/outlet_noise.yaml, written by the team) is added to every dev article (tune split and
the team's dev exams, as tools/dev_sets.py) and the article scored again against the same gold: a record
lost or gained is a rule that leans on layout rather than language. Holdout and blind exams are not run.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path
from typing import Callable

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from dev_sets import load_sets, predictions  # noqa: E402
from devloop import cached_docs  # noqa: E402

from pipeline.evaluate import TYPES, score  # noqa: E402

LINES = yaml.safe_load((ROOT / "tools" / "outlet_noise.yaml").read_text("utf-8"))
# an opener "PLACE, (Outlet) - " / "PLACE (Outlet) - " / "PLACE - ": what a header replaces
_DATELINE = re.compile(r"^[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}\s*,?\s*(?:\([^)\n]{1,40}\)\s*)?[-–—]+\s+")


def _paragraphs(text: str) -> list[str]:
    return text.split("\n")


def header(text: str, rng: random.Random) -> str:
    """Another outlet's opener in place of the dateline (of the first lines); an article without one is left."""
    pos = 0
    for line in text.split("\n")[:4]:
        m = _DATELINE.match(line)
        if m:
            return text[:pos] + rng.choice(LINES["headers"]) + text[pos + m.end():]
        pos += len(line) + 1
    return text


def inserts(text: str, rng: random.Random) -> str:
    out = []
    for i, p in enumerate(_paragraphs(text)):
        out.append(p)
        if i % 3 == 1:
            out.append(rng.choice(LINES["inserts"]))
    return "\n".join(out)


def captions(text: str, rng: random.Random) -> str:
    paras = _paragraphs(text)
    return "\n".join(paras[:1] + [rng.choice(LINES["captions"])] + paras[1:])


def footers(text: str, rng: random.Random) -> str:
    return text.rstrip() + "\n" + "\n".join(rng.sample(LINES["footers"], 3))


def blank_lines(text: str, rng: random.Random) -> str:
    return "\n\n".join(_paragraphs(text))


def one_block(text: str, rng: random.Random) -> str:
    """The paragraphs run together, as a scraper that loses the page's paragraph tags leaves them; the
    headline and the lines above the dateline stay lines of their own."""
    paras = [p.strip() for p in _paragraphs(text) if p.strip()]
    head = next((i for i, p in enumerate(paras[:4]) if _DATELINE.match(p)), 1 if len(paras) > 1 else 0)
    return "\n".join(paras[:head] + [" ".join(paras[head:])])


def straight_quotes(text: str, rng: random.Random) -> str:
    return text.translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"}))


def curly_quotes(text: str, rng: random.Random) -> str:
    out, open_ = [], True
    for ch in text:
        if ch == '"':
            out.append("“" if open_ else "”")
            open_ = not open_
        else:
            out.append(ch)
    return "".join(out)


def upper_headline(text: str, rng: random.Random) -> str:
    """The headline in capitals, as several outlets set it (a first line with no closing full stop)."""
    first, _, rest = text.partition("\n")
    return (first.upper() if rest and not first.rstrip().endswith(".") else first) + ("\n" + rest if rest else "")


def crlf(text: str, rng: random.Random) -> str:
    """Windows line ends, as archives exported from a CMS often keep them inside JSON strings."""
    return text.replace("\n", "\r\n")


def nbsp(text: str, rng: random.Random) -> str:
    """No-break spaces after punctuation and around dashes, as HTML editors leave them."""
    return re.sub(r"(?<=[,.:]) (?=\S)| (?=[-\u2013\u2014] )", "\u00a0", text)


NOISES: dict[str, Callable[[str, random.Random], str]] = {
    f.__name__: f for f in (header, inserts, captions, footers, blank_lines, one_block, straight_quotes,
                            curly_quotes, upper_headline, crlf, nbsp)}


def _changed(before: list[dict], after: list[dict]) -> tuple[list[str], list[str]]:
    """Records of one type that the noise took away or added, by their name (or text, unit, parties)."""
    def keys(recs):
        return [str(r.get("name") or r.get("text") or r.get("parties") or f"{r.get('value')} {r.get('unit')}")
                for r in recs]
    b, a = keys(before), keys(after)
    return [k for k in b if k not in a], [k for k in a if k not in b]


def row(name: str, s: dict, base: dict | None) -> str:
    cells = []
    for t in TYPES + ("cooperations",):
        f = s[t]["f1"]
        cells.append(f"{f:.3f}" + (f" ({f - base[t]['f1']:+.3f})" if base and abs(f - base[t]["f1"]) >= 5e-4 else ""))
    return f"{name:16} " + " | ".join(cells)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", choices=sorted(NOISES))
    ap.add_argument("--show", choices=TYPES + ("cooperations",), help="print the records each noise took or added")
    args = ap.parse_args()
    gold, docs, _ = load_sets()
    base = predictions(gold, docs)
    base_score = score(gold, base)
    print(f"{'':16} " + " | ".join(f"{t[:12]:>12}" for t in TYPES + ("cooperations",)))
    print(row("clean", base_score, None))
    cache = ROOT / "build" / "cache"
    for name, noise in NOISES.items():
        if args.only and name != args.only:
            continue
        rng = random.Random(name)
        noisy = {aid: {**g, "text": noise(g["text"], rng)} for aid, g in gold.items()}
        preds = predictions(noisy, cached_docs(noisy, "default", cache))
        print(row(name, score(noisy, preds), base_score), flush=True)
        if args.show:
            for aid in gold:
                lost, new = _changed(base[aid].get(args.show) or [], preds[aid].get(args.show) or [])
                if lost or new:
                    print(f"   {aid}: lost {lost} new {new}")

if __name__ == "__main__":
    main()
