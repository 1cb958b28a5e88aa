"""Plain-text articles: optional header lines, a headline, a printed byline, then the body.

Layout read (all parts optional)::

    Title: North Korean troops reach the front     <- header lines, any order, any case
    Published: 20 Nov. 2024, 15:57 KST
    URL: https://example.org/a
    Outlet: Northern Wire
    Byline: Jane Doe and John Roe
                                                   <- blank line ends the header
    North Korean troops reach the front            <- headline (when there is no Title:)
    BY JANE DOE [jane@example.com]                 <- printed byline, kept out of the text
    KYIV, Nov 20 (Northern Wire) - ...             <- the body: ``article.text``

Headline rule (a decision): without a ``Title:`` line, the first line is the headline, and is
not analysed, when it looks like one: at most 200 characters, not ending a sentence ('.', ',',
';', ':'), not a byline, and followed by more text, either after a blank line or (pasted text
without blank lines) on a next line that starts a new sentence and is longer, unlike the run-on
of a hard-wrapped paragraph. A single paragraph given on its own (as the Python API allows) is
therefore all body. With a ``Title:`` line, a first line repeating it is dropped.
"""

from __future__ import annotations

import re
from datetime import datetime

from wirecoder.ingest.build import make_article
from wirecoder.ingest.clean import (
    clean_body,
    normalize_whitespace,
    parse_byline,
    parse_date_line,
    split_names,
)
from wirecoder.model import Article, normalize_body

HEADER_KEYS: dict[str, str] = {
    "title": "title", "headline": "title",
    "published": "published", "date": "published", "dateline date": "published",
    "publication date": "published", "pubdate": "published",
    "url": "url", "link": "url", "source url": "url",
    "outlet": "outlet", "publisher": "outlet", "source": "outlet", "publication": "outlet",
    "byline": "byline", "author": "byline", "authors": "byline", "by": "byline",
    "language": "language", "lang": "language",
}
_HEADER = re.compile(r"^([A-Za-z][A-Za-z\-]*(?: [A-Za-z\-]+){0,2})\s*:\s*(.*)$")
_HEADLINE_MAX = 200


def parse_header(text: str) -> tuple[dict[str, str], str]:
    """Split leading ``Key: value`` lines from the rest of ``text``.

    The header is the leading run of ``Key: value`` lines with at least one known key. Unknown
    keys (``Section:``, ``Updated:``) belong to it only when the run ends at a blank line, so
    a body that opens with "Moscow: Russia said …" is not mistaken for a header.
    """
    lines = text.split("\n")
    run: list[tuple[str | None, str]] = []
    for line in lines:
        m = _HEADER.match(line.strip())
        if not m:
            break
        key = HEADER_KEYS.get(m.group(1).strip().lower())
        if key == "url" and not re.match(r"\S+$", m.group(2).strip()):
            break  # "Link: officials said …" is body text, not a header
        run.append((key, m.group(2).strip()))
    ends_at_blank = len(run) < len(lines) and not lines[len(run)].strip()
    if not ends_at_blank:
        known = 0
        while known < len(run) and run[known][0] is not None:
            known += 1
        run = run[:known]
    if not any(key for key, _ in run):
        return {}, text
    meta: dict[str, str] = {}
    for key, value in run:
        if key is not None and value:
            meta.setdefault(key, value)
    return meta, "\n".join(lines[len(run):]).lstrip("\n")


def _looks_like_headline(line: str, rest: str) -> bool:
    line = line.strip()
    if not (rest.strip() and 0 < len(line) <= _HEADLINE_MAX) or parse_byline(line) is not None:
        return False
    if parse_date_line(line)[0]:
        return False
    if line.endswith((".", ",", ";", ":")):
        return False
    if rest.startswith("\n"):
        return True  # a line of its own, followed by a blank line
    # No blank line after it: tell a headline from the first line of a hard-wrapped
    # paragraph, which runs on in lower case or is as long as the line after it.
    following = rest.split("\n", 1)[0].strip()
    if parse_byline(following) is not None:
        return True
    starts_new = following[:1].isupper() or following[:1] in "\"“'‘(" or following[:1].isdigit()
    return starts_new and len(line) < 0.8 * len(following)


def take_headline(body: str, title: str | None) -> tuple[str | None, str]:
    """Return (headline, rest): see the module docstring for the rule."""
    first, _, rest = body.partition("\n")
    if title is not None:
        if normalize_body(first) == normalize_body(title):
            return title, rest.lstrip("\n")
        return title, body
    if _looks_like_headline(first, rest):
        return first.strip(), rest.lstrip("\n")
    return None, body


def article_from_text(text: str, *, source: str | None = None, title: str | None = None,
                      published: datetime | str | None = None, url: str | None = None,
                      outlet: str | None = None, byline: list[str] | str | None = None,
                      language: str | None = None) -> Article:
    """Build an Article from plain text; keyword values override the header lines.

    Raises :class:`~wirecoder.errors.IngestError` when no body is left, the body is over
    spaCy's length limit, or it is not English.
    """
    source = source or "<text>"
    meta, rest = parse_header(normalize_whitespace(text))
    headline, body = take_headline(rest, title if title is not None else meta.get("title"))
    cleaned = clean_body(body)
    if isinstance(byline, str):
        byline = split_names(byline)
    names = (byline or (split_names(meta["byline"]) if meta.get("byline") else [])
             or cleaned.byline)
    return make_article(
        cleaned.text, source=source, title=headline,
        published=next((p for p in (published, meta.get("published"), cleaned.published)
                        if p is not None), None),
        url=url or meta.get("url"), outlet=outlet or meta.get("outlet"),
        byline=names, language=language or meta.get("language"))
