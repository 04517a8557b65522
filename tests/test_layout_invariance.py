"""Other outlets' layouts leave the records as they were (team-written articles, layouts of tools/outlet_noise.py).

The same report wrapped in "Baca juga" links and slots between its paragraphs, a caption after the lead, a
site's trailers, blank lines between paragraphs, other quotation marks or Windows line ends must give the
same records, and so must the paragraphs run into one line (a scraper that lost the page's paragraph tags):
what a rule finds may not lean on a site's layout. (The dateline opener is left out: another
outlet's opener changes the source and dateline, as it should.)
"""
from __future__ import annotations

import importlib.util
import random
from pathlib import Path

import pytest

from pipeline.assemble import records_from_doc
from pipeline.schema import Article

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = sorted([*(ROOT / "tests" / "articles").glob("*.txt"), *(ROOT / "corpus").glob("*.txt")])
LAYOUTS = ("inserts", "captions", "footers", "blank_lines", "straight_quotes", "curly_quotes", "crlf",
           "upper_headline", "one_block")


def _noise():
    spec = importlib.util.spec_from_file_location("outlet_noise_layouts", ROOT / "tools" / "outlet_noise.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _records(analyse, text: str) -> dict[str, list]:
    r = records_from_doc(analyse(text), Article(id="t", text=text))
    return {
        "partners": sorted(p.name for p in r.partners),
        "programs": sorted(p.name for p in r.programs),
        "counts": sorted((c.value, c.unit) for c in r.counts),
        "quotes": sorted((" ".join(q.text.replace("\u201c", '"').replace("\u201d", '"').split()), q.speaker)
                         for q in r.quotes),
        "officials": sorted((o.name, o.title) for o in r.officials),
        "cooperations": sorted((tuple(c.parties), c.kind) for c in r.cooperations),
        "published": [r.published],
    }


@pytest.fixture(scope="module")
def noise():
    return _noise()


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_records_do_not_depend_on_the_sites_layout(analyse, noise, path, layout):
    text = path.read_text(encoding="utf-8")
    laid_out = noise.NOISES[layout](text, random.Random(layout))
    assert laid_out != text or layout in ("straight_quotes", "curly_quotes", "crlf", "upper_headline")
    assert _records(analyse, laid_out) == _records(analyse, text)
