"""RSS and Atom feeds (feedparser): one Article per item; a broken item is one error."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator

from wirecoder.errors import Errors, IngestError
from wirecoder.ingest.clean import split_names
from wirecoder.ingest.html import fragment_to_text
from wirecoder.ingest.text import article_from_text
from wirecoder.model import Article

log = logging.getLogger("wirecoder.ingest")


def _item_html(entry) -> str:
    """The fullest text an item carries: content:encoded / atom content, else the summary."""
    contents = [c.get("value", "") for c in entry.get("content", []) or []]
    best = max(contents, key=len, default="")
    summary = entry.get("summary", "") or ""
    return best if len(best) >= len(summary) else summary


_EMAIL_NAME = re.compile(r"^\S+@\S+\s*\(([^)]+)\)\s*$")


def _author_names(value: str) -> list[str]:
    """RSS <author> is an e-mail, often "jane@example.com (Jane Doe)"; Atom gives names."""
    m = _EMAIL_NAME.match(value.strip())
    if m:
        value = m.group(1)
    elif "@" in value:
        return []
    return split_names(value)


def _authors(entry) -> list[str]:
    # the raw string first: feedparser's own split of "mail (Name)" fails on some domains
    if entry.get("author"):
        names = _author_names(entry["author"])
        if len(entry.get("authors") or []) <= 1:
            return names
    out: list[str] = []
    for a in entry.get("authors", []) or []:
        out += _author_names(a.get("name", "") or "")
    return out


def _item_article(entry, index: int, source: str, outlet: str | None) -> Article:
    item_source = f"{source}#item-{index}"
    raw = _item_html(entry)
    if not raw.strip():
        raise IngestError(Errors.E008.format(item=index, source=source,
                                             detail="it has no content or description"),
                          item_source)
    published = entry.get("published") or entry.get("updated") or entry.get("dc_date")
    return article_from_text(
        fragment_to_text(raw), source=item_source, title=entry.get("title") or None,
        published=published, url=entry.get("link") or None,
        outlet=(entry.get("source") or {}).get("title") or outlet,
        byline=_authors(entry) or None)


def iter_feed(content: bytes | str, source: str) -> Iterator[Article | IngestError]:
    """Articles of an RSS/Atom feed, in item order; errors for items (E008) or the feed (E006)."""
    import feedparser

    parsed = feedparser.parse(content)
    entries = parsed.get("entries") or []
    if not entries:
        detail = f"not a readable feed ({parsed.get('bozo_exception')!r})" if parsed.get(
            "bozo") else "the feed has no items"
        yield IngestError(Errors.E006.format(source=source, detail=detail), source)
        return
    if parsed.get("bozo"):
        log.warning("%s: feed is not well-formed (%s); items read leniently", source,
                    parsed.get("bozo_exception"))
    outlet = parsed.get("feed", {}).get("title") or None
    for index, entry in enumerate(entries, start=1):
        try:
            yield _item_article(entry, index, source, outlet)
        except IngestError as exc:  # E001/E005/E012 name the item's source themselves
            yield exc
