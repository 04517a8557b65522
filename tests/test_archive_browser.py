"""The archive page of the review app and the network page of `summarize`, in a real browser.

Playwright for Python driving the system Chromium, as in test_review_browser.py (path from
$PIPELINE_CHROMIUM, default /usr/bin/chromium; skipped when there is none).
"""
from __future__ import annotations

import time
from pathlib import Path

import pytest
from _archive import archive
from _browser import browser_page, serving

from pipeline.review.app import ReviewApp


def _jsonl(tmp_path) -> Path:
    path = tmp_path / "out.jsonl"
    path.write_text("".join(r.model_dump_json() + "\n" for r in archive()), encoding="utf-8")
    return path


@pytest.fixture()
def served(tmp_path):
    with serving(ReviewApp(_jsonl(tmp_path), tmp_path / "reviews")) as url:
        yield url


@pytest.fixture()
def page():
    with browser_page() as pg:
        yield pg


def test_archive_page_lists_entities_and_clicks_through_to_articles(served, page):
    page.goto(served + "archive")
    page.wait_for_selector("#entities li")
    # variants from different articles are one entity in the list
    page.fill("#filter", "jawa tengah")
    items = page.locator("#entities li")
    assert items.count() == 1
    items.first.click()
    page.wait_for_selector("#coops tbody tr")
    assert page.locator("#title").inner_text() == "Provinsi Jawa Tengah"
    assert "Pemprov Jateng" in page.locator("#meta").inner_text()
    # its cooperations over time: one bar per month with cooperations, rows in date order
    assert page.locator("#chart rect.bar").count() == 1
    dates = page.locator("#coops tbody tr td:first-child").all_inner_texts()
    assert dates == sorted(dates) and len(dates) == 2
    # kind filter
    page.fill("#filter", "")
    page.select_option("#kind", "region")
    kinds = page.evaluate("() => window.__archive.entities.filter(e => e.kind === 'region').length")
    assert page.locator("#entities li").count() == kinds
    # click through to the article in the review page
    page.locator("#coops a.art").first.click()
    page.wait_for_selector("#text")
    page.wait_for_function("() => window.__review && window.__review.cur && window.__review.cur.id === 'berita-001'")
    assert not page.errors


def test_archive_page_opens_the_entity_in_its_url(served, page):
    page.goto(served + "archive#" + "org%3Akoica")
    page.wait_for_selector("#coops tbody tr")
    assert page.locator("#coops tbody tr").count() == 2
    assert not page.errors


def test_network_page_opens_offline_and_stays_responsive(tmp_path, page):
    from pipeline.summarize import summarize

    summarize(_jsonl(tmp_path), tmp_path / "sum")
    page.route("**/*", lambda route: route.abort() if not route.request.url.startswith("file:") else
               route.continue_())   # offline: nothing but the file itself may load
    page.goto((tmp_path / "sum" / "network.html").as_uri())
    page.wait_for_function("() => document.getElementById('stats').textContent.length > 0")
    page.evaluate("() => window.showEntity('org:koica')")
    assert "Korea International Cooperation Agency" in page.locator("#info").inner_text()
    assert not page.errors


def test_network_page_of_a_large_archive_redraws_fast(tmp_path, page):
    import sys
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from summarize_bench import build_archive

    from pipeline.summarize import summarize

    src = tmp_path / "big.jsonl"
    src.write_text("".join(r.model_dump_json() + "\n" for r in build_archive(3000)), encoding="utf-8")
    summarize(src, tmp_path / "sum")
    t0 = time.perf_counter()
    page.goto((tmp_path / "sum" / "network.html").as_uri())
    page.wait_for_function("() => document.getElementById('stats').textContent.length > 0")
    load = time.perf_counter() - t0
    # 20 zoom steps (each a full redraw) must take well under a second in all
    box = page.locator("canvas").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    ms = page.evaluate("""() => { const c = document.getElementById('c'); const t = performance.now();
        for (let i = 0; i < 20; i++) c.dispatchEvent(new WheelEvent('wheel', {deltaY: -100, clientX: 300,
            clientY: 300, bubbles: true, cancelable: true}));
        return new Promise(r => requestAnimationFrame(() => r(performance.now() - t))); }""")
    assert load < 10 and ms < 1000
    assert not page.errors


def test_archive_chart_keeps_the_quiet_months_between_cooperations(served, page):
    page.goto(served + "archive#" + "org%3Akoica")
    page.wait_for_selector("#chart rect.bar")
    bars = page.locator("#chart rect.bar")
    assert [bars.nth(i).get_attribute("data-month") for i in range(bars.count())] == ["2021-03", "2022-07"]
    x0, x1 = (float(bars.nth(i).get_attribute("x")) for i in range(2))
    assert x1 - x0 >= 16 * 4   # sixteen month steps apart, not side by side
    assert not page.errors


def test_network_page_fits_a_phone(tmp_path, page):
    from pipeline.summarize import summarize

    summarize(_jsonl(tmp_path), tmp_path / "sum")
    page.set_viewport_size({"width": 400, "height": 800})
    page.goto((tmp_path / "sum" / "network.html").as_uri())
    box = page.locator("#c").bounding_box()
    assert box["width"] >= 380 and box["height"] >= 400   # the canvas below the panel, not squeezed beside it
    page.locator("#zoom button").first.click()
    assert not page.errors
