"""What the browser tests share: the system Chromium through Playwright, and the review app on a free port.

Chromium comes from Debian (``apt-get install chromium``; path from $PIPELINE_CHROMIUM, default
/usr/bin/chromium); ``playwright install`` is never needed. Importing this module skips the calling
test module when either is missing.
"""
from __future__ import annotations

import os
import threading
from contextlib import contextmanager
from pathlib import Path

import pytest

from pipeline.review.app import make_server

CHROMIUM = os.environ.get("PIPELINE_CHROMIUM") or "/usr/bin/chromium"

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright)")
if not (Path(CHROMIUM).is_file() and os.access(CHROMIUM, os.X_OK)):
    pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium, or set PIPELINE_CHROMIUM)",
                allow_module_level=True)


@contextmanager
def serving(app):
    """The app on 127.0.0.1 at a free port; yields its base URL."""
    srv = make_server(app, "127.0.0.1", 0)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{srv.server_address[1]}/"
    finally:
        srv.shutdown()
        srv.server_close()


@contextmanager
def browser_page():
    """A headless Chromium page whose script errors and console errors collect in ``page.errors``."""
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        try:
            pg = browser.new_page(viewport={"width": 1200, "height": 700})
            errors: list[str] = []
            pg.on("pageerror", lambda e: errors.append(str(e)))
            pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            pg.errors = errors
            yield pg
        finally:
            browser.close()
