"""Which library should find an article's text in a web page? Measured, not guessed.

Real saved pages with hand-marked article text are not at hand, so this
builds them: each article of the dev set is wrapped in a news page of one of
three layouts we wrote (a semantic ``<article>`` page, a page of nested
``<div>``s, and one with the text in a single block broken by ``<br>``),
among the chrome real pages carry: menus, a subscription banner, an
advertising slot, "most read" links, reader comments, a cookie notice and a
footer. The "most read" headlines are first sentences of *other* clusters'
articles, so chrome there is fluent news prose, as it is on real sites.

Each extractor's text is compared with the article's words (multisets of
lower-cased words): recall is the share of the article's words (headline included) recovered,
precision the share of extracted words that are the article's. A page whose
extraction fails or is empty scores 0 recall. Prints one table.

    python benchmarks/extraction.py --data ../shared/data/multinews-dev.jsonl
"""

from __future__ import annotations

import argparse
import html
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from quality import SumyTokenizer

from summarize.language import load_language

WORD = re.compile(r"[^\W_]+")

COMMENTS = (
    "I have been saying this for years and nobody listens to people like me.",
    "Does anyone know whether this will change anything for ordinary families?",
    "Great reporting as always, please keep following this story closely.",
    "The comments here are getting out of hand, can we stay on topic please?",
)
SECTIONS = ("Home", "World", "Politics", "Business")
COOKIES = (
    "We use cookies to improve your experience on our site and to show you "
    "relevant advertising. By continuing you accept our use of cookies."
)


def paragraphs_of(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def chrome(headlines: Sequence[str]) -> dict[str, str]:
    links = "".join(
        f'<li><a href="/story/{i}">{html.escape(h)}</a></li>' for i, h in enumerate(headlines)
    )
    comments = "".join(f'<div class="comment"><p>{html.escape(c)}</p></div>' for c in COMMENTS)
    return {
        "nav": "<nav><ul>"
        + "".join(f'<li><a href="/{s.lower()}">{s}</a></li>' for s in SECTIONS)
        + "</ul></nav>",
        "banner": '<div class="promo">Subscribe now for unlimited access to every story.</div>',
        "ad": '<div class="ad-slot">Advertisement</div>',
        "most_read": f'<aside class="most-read"><h2>Most read</h2><ol>{links}</ol></aside>',
        "comments": f'<section id="comments"><h2>Comments</h2>{comments}</section>',
        "cookies": f'<div class="cookie-banner"><p>{COOKIES}</p><button>Accept</button></div>',
        "footer": "<footer><p>Contact us. Privacy policy. Terms of use. Careers.</p></footer>",
    }


def semantic_page(title: str, paragraphs: list[str], parts: dict[str, str]) -> str:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs[:2])
    body += parts["ad"] + "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs[2:])
    return (
        f"<!DOCTYPE html><html><head><title>{html.escape(title)} | The Courier</title></head>"
        f"<body>{parts['cookies']}<header>{parts['nav']}</header>{parts['banner']}<main>"
        f"<article><h1>{html.escape(title)}</h1>{body}</article>{parts['most_read']}</main>"
        f"{parts['comments']}{parts['footer']}</body></html>"
    )


def div_page(title: str, paragraphs: list[str], parts: dict[str, str]) -> str:
    body = "".join(f'<div class="para">{html.escape(p)}</div>' for p in paragraphs)
    return (
        f"<html><head><title>{html.escape(title)}</title></head><body>{parts['nav']}"
        f'<div class="wrap"><div class="left"><div class="story"><div class="headline">'
        f'{html.escape(title)}</div><div class="text">{body}</div></div>{parts["comments"]}'
        f'</div><div class="right">{parts["ad"]}{parts["most_read"]}</div></div>'
        f"{parts['cookies']}{parts['footer']}</body></html>"
    )


def br_page(title: str, paragraphs: list[str], parts: dict[str, str]) -> str:
    body = "<br><br>".join(html.escape(p) for p in paragraphs)
    return (
        f"<!DOCTYPE html><html><head><title>{html.escape(title)}</title></head><body>"
        f"{parts['banner']}{parts['nav']}<table><tr><td>{parts['most_read']}</td>"
        f'<td class="content"><h1>{html.escape(title)}</h1><p>{body}</p></td></tr></table>'
        f"{parts['comments']}{parts['footer']}</body></html>"
    )


LAYOUTS = (("article", semantic_page), ("divs", div_page), ("br", br_page))


def words(text: str) -> Counter[str]:
    return Counter(WORD.findall(text.lower()))


def trafilatura_system(**settings: bool) -> Callable[[str], str]:
    import trafilatura

    def run(page: str) -> str:
        return (
            trafilatura.extract(page, include_comments=False, include_tables=False, **settings)
            or ""
        )

    return run


def sumy_system() -> Callable[[str], str]:
    from sumy.parsers.html import HtmlParser

    tokenizer = SumyTokenizer(load_language("english"))

    def run(page: str) -> str:
        document = HtmlParser.from_string(page, None, tokenizer).document
        return "\n".join(str(sentence) for sentence in document.sentences)

    return run


def ours() -> Callable[[str], str]:
    from summarize.web import extract

    def run(page: str) -> str:
        try:
            return extract(page, "page.html").text
        except Exception:  # an extraction that fails scores 0 recall
            return ""

    return run


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="the dev set (JSONL)")
    parser.add_argument("--limit", type=int, default=None, help="use the first N clusters")
    args = parser.parse_args(argv)
    if not args.data.is_file():
        print(f"Error: {args.data}: no such file", file=sys.stderr)
        return 1
    rows = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines()]
    rows = rows[: args.limit]
    firsts = [paragraphs_of(doc)[0] for row in rows for doc in row["documents"] if doc.strip()]
    pages: list[tuple[str, str, str]] = []  # layout, page, article text
    for number, row in enumerate(rows):
        others = [h for h in firsts[number * 3 % len(firsts) :][:5]]
        parts = chrome(others)
        for index, document in enumerate(row["documents"]):
            paragraphs = paragraphs_of(document)
            if len(paragraphs) < 2:
                continue
            name, layout = LAYOUTS[(number + index) % len(LAYOUTS)]
            title = f"Story {number}-{index} in the news"
            page = layout(title, paragraphs, parts)
            pages.append((name, page, "\n".join([title, *paragraphs])))
    systems = {
        "summarize.web.extract": ours(),
        "trafilatura defaults": trafilatura_system(),
        "trafilatura favor_precision": trafilatura_system(favor_precision=True),
        "trafilatura favor_recall": trafilatura_system(favor_recall=True),
        "sumy HtmlParser (breadability)": sumy_system(),
    }
    print(f"{len(pages)} pages from {len(rows)} clusters; mean over pages\n")
    print("| extractor | layout | recall | precision | F1 | empty | ms/page |")
    print("|---|---|---|---|---|---|---|")
    for label, system in systems.items():
        system(pages[0][1])  # load the library before the clock starts
        for layout in ("all", *(name for name, _ in LAYOUTS)):
            chosen = [p for p in pages if layout in ("all", p[0])]
            recalls, precisions, f1s, empty = [], [], [], 0
            started = time.perf_counter()
            for _, page, truth in chosen:
                found, wanted = words(system(page)), words(truth)
                shared = sum((found & wanted).values())
                recall = shared / max(1, sum(wanted.values()))
                precision = shared / sum(found.values()) if found else 0.0
                empty += not found
                recalls.append(recall)
                precisions.append(precision)
                f1s.append(2 * recall * precision / (recall + precision) if shared else 0.0)
            ms = 1000 * (time.perf_counter() - started) / max(1, len(chosen))
            print(
                f"| {label} | {layout} | {100 * statistics.fmean(recalls):.1f} "
                f"| {100 * statistics.fmean(precisions):.1f} | {100 * statistics.fmean(f1s):.1f} "
                f"| {empty} | {ms:.1f} |"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
