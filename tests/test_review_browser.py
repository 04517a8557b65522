"""The review app in a real browser: Playwright for Python driving the system Chromium.

Chromium comes from Debian (``apt-get install chromium``; path from $PIPELINE_CHROMIUM,
default /usr/bin/chromium); ``playwright install`` is never needed. Set
UPDATE_SCREENSHOTS=1 to refresh docs/review.png from this test.
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from _browser import browser_page, serving, sync_api
from test_review import TEXT_A, write_fixture

from pipeline.review.app import ReviewApp

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture()
def served(tmp_path):
    out, inputs = write_fixture(tmp_path)
    with serving(ReviewApp(out, tmp_path / "reviews", [inputs])) as url:
        yield url, tmp_path


@pytest.fixture()
def page():
    with browser_page() as pg:
        yield pg


def _card(page, rtype: str, text: str):
    return page.locator(f".rec.t-{rtype}", has_text=text).first


def _drag_select(page, needle: str):
    """Select `needle` in the article text with the mouse (down at its first char, up after its last)."""
    box = page.evaluate("""needle => {
        const root = document.getElementById('text');
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {acceptNode: n =>
            n.parentElement.closest('.lbl') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT});
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const i = n.data.indexOf(needle);
            if (i < 0) continue;
            const r = document.createRange();
            r.setStart(n, i); r.setEnd(n, i + 1);
            const a = r.getBoundingClientRect();
            r.setStart(n, i + needle.length - 1); r.setEnd(n, i + needle.length);
            const b = r.getBoundingClientRect();
            return {x0: a.left + 1, y0: a.top + a.height / 2, x1: b.right - 1, y1: b.top + b.height / 2};
        }
        return null;
    }""", needle)
    assert box, f"{needle!r} not found in one text node"
    page.mouse.move(box["x0"], box["y0"])
    page.mouse.down()
    page.mouse.move((box["x0"] + box["x1"]) / 2, box["y1"], steps=4)
    page.mouse.move(box["x1"], box["y1"], steps=4)
    page.mouse.up()


def test_review_in_browser(served, page, tmp_path):
    url, tmp = served
    expect = sync_api.expect
    page.goto(url)
    page.wait_for_selector("#text mark")

    # the article list shows counts per type; the filter box narrows it
    assert page.locator("#articles li").count() == 2
    page.fill("#filter", "melati")
    assert page.locator("#articles li").count() == 1
    page.fill("#filter", "")
    page.locator("#text").click(position={"x": 2, "y": 2})

    # HTML in the article is shown as text, never run
    assert "<script>window.__xss=1</script><b>tebal</b>" in page.inner_text("#text")
    assert page.evaluate("window.__xss") is None and page.locator("#text b").count() == 0
    assert page.locator("#text mark.t-partners").count() >= 2

    # hovering a highlighted span marks its record card
    page.locator("#text mark.t-counts", has_text="Rp 2,5 miliar").first.hover()
    assert "hl" in _card(page, "counts", "2500000000").get_attribute("class")

    # accept a record with the keyboard (click selects it, a = accept)
    _card(page, "partners", "Kota Hamamatsu").click()
    page.keyboard.press("a")
    assert "accepted" in _card(page, "partners", "Kota Hamamatsu").get_attribute("class")
    # a moved on to the next record; j / k move between records
    assert "partner.bad" in page.inner_text(".rec.sel")
    page.keyboard.press("j")
    assert "program.named" in page.inner_text(".rec.sel")
    page.keyboard.press("k")
    assert "partner.bad" in page.inner_text(".rec.sel")
    # reject the bogus partner with r
    _card(page, "partners", "Kota Mawar-Hamamatsu").click()
    page.keyboard.press("r")

    # correct a record: e opens the form, Enter saves it
    _card(page, "officials", "Siti Rahmawati").click()
    page.keyboard.press("e")
    page.fill(".rec.sel form input[name=title]", "Wali Kota Mawar")
    page.press(".rec.sel form input[name=title]", "Enter")
    assert "edited" in _card(page, "officials", "Siti Rahmawati").inner_text()

    # add a missed record by selecting text with the mouse, then 3 = count
    _drag_select(page, "tiga tahun")
    page.wait_for_selector("#addbar:not([hidden])")
    page.keyboard.press("3")
    form = page.locator(".rec.sel form")
    assert form.locator("input[name=value]").input_value() == "3"
    assert form.locator("input[name=unit]").input_value() == "tahun"
    form.locator("button[data-act=save-record]").click()

    page.keyboard.press("s")
    expect(page.locator("#status")).to_contain_text("saved mawar-001.json")
    page.locator("#text mark.t-officials").first.hover()
    shot = tmp_path / "review.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    if os.environ.get("UPDATE_SCREENSHOTS"):
        shutil.copyfile(shot, ROOT / "docs" / "review.png")

    saved = json.loads((tmp / "reviews" / "mawar-001.json").read_text(encoding="utf-8"))
    assert list(saved) == ["id", "url", "text", "source", "dateline", "partners", "programs", "counts",
                           "quotes", "officials"]
    assert saved["text"] == TEXT_A
    assert [p["name"] for p in saved["partners"]] == ["Pemerintah Kota Mawar", "Kota Hamamatsu"]
    assert {"name": "Siti Rahmawati", "title": "Wali Kota Mawar"} in saved["officials"]
    assert {"value": 3, "unit": "tahun", "approximate": False} in saved["counts"]
    state = json.loads((tmp / "reviews" / ".state" / "mawar-001.json").read_text(encoding="utf-8"))
    added = [r for r in state["records"] if r["origin"] == "added"]
    assert len(added) == 1 and TEXT_A[added[0]["start"]:added[0]["end"]] == "tiga tahun"

    # n goes to the next article; the saved one is ticked in the list and reopens as reviewed
    page.keyboard.press("n")
    expect(page.locator("#title")).to_contain_text("Leiden")
    assert page.locator("#articles li .done").count() == 1
    page.keyboard.press("p")
    expect(page.locator("#status")).to_have_text("reviewed")
    assert "rejected" in _card(page, "partners", "Kota Mawar-Hamamatsu").get_attribute("class")
    assert not page.errors, page.errors
