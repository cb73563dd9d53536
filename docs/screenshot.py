"""Render the example brief as HTML and take the screenshot shown in the docs.

Run from the repository root, with Chromium and the test extras installed::

    python docs/screenshot.py

It writes ``docs/images/brief.html`` and ``docs/images/brief.png``.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarize import Document, summarize  # noqa: E402


def example_page() -> str:
    """The HTML brief of the example story, as the docs show it."""
    paths = sorted((ROOT / "examples" / "bridge").glob("*.txt"))
    documents = [
        Document(path.read_text(encoding="utf-8"), id=str(path.relative_to(ROOT))) for path in paths
    ]
    return summarize(documents, max_sentences=4).to_html()


def main() -> None:
    from playwright.sync_api import sync_playwright

    from tests.test_browser import FLAGS

    chromium = shutil.which("chromium")
    if chromium is None:
        sys.exit("Error: no Chromium found: install Debian's chromium package")
    out = ROOT / "docs" / "images"
    page_path = out / "brief.html"
    page_path.write_text(example_page(), encoding="utf-8")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=FLAGS)
        page = browser.new_page(viewport={"width": 760, "height": 1000})
        page.goto(page_path.as_uri())
        # the state after clicking the corroborating citation of the last sentence
        page.click("ol.brief li:nth-child(3) a.cite.also")
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=str(out / "brief.png"), full_page=True)
        browser.close()
    print(f"wrote {page_path.relative_to(ROOT)} and docs/images/brief.png")


if __name__ == "__main__":
    main()
