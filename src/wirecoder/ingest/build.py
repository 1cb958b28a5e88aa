"""The last step of every format: checks and identity that make a cleaned body an Article."""

from __future__ import annotations

import logging
import re
from datetime import datetime

from wirecoder.errors import Errors, IngestError
from wirecoder.ingest.dates import parse_datetime
from wirecoder.ingest.decode import check_length
from wirecoder.ingest.language import detect_language
from wirecoder.model import Article, article_id

log = logging.getLogger("wirecoder.ingest")
_WORD = re.compile(r"[^\W\d_]{2,}")


def to_datetime(value: datetime | str | None, source: str) -> datetime | None:
    """A publication date from metadata: unreadable ones are logged (E011) and dropped."""
    if value is None or isinstance(value, datetime):
        return value
    parsed = parse_datetime(value)
    if parsed is None and value.strip():
        log.warning(Errors.E011.format(value=value.strip()[:80], source=source))
    return parsed


def _clean_str(value: object) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def make_article(body: str, *, source: str, title: str | None = None,
                 published: datetime | str | None = None, url: str | None = None,
                 outlet: str | None = None, byline: list[str] | None = None,
                 language: str | None = None) -> Article:
    """Check a cleaned body (empty, too long, not English) and build its Article."""
    if not body.strip():
        raise IngestError(Errors.E001.format(source=source), source)
    if not _WORD.search(body):
        raise IngestError(Errors.E006.format(source=source, detail="no words, only symbols or "
                                                                   "numbers"), source)
    check_length(body, source)
    detected = detect_language(body).language
    declared = (language or "").strip().lower()[:2] or None
    if detected is None and declared != "en":
        detected = declared  # too short to tell: trust the metadata
    if detected not in (None, "en"):
        raise IngestError(Errors.E005.format(source=source, language=detected), source)
    return Article(
        id=article_id(body),
        url=_clean_str(url),
        outlet=_clean_str(outlet),
        title=_clean_str(title),
        byline=list(dict.fromkeys(n for n in (_clean_str(b) for b in byline or []) if n)),
        published=to_datetime(published, source),
        language="en",
        text=body,
        source=source,
    )


def with_metadata(article: Article, *, published: datetime | str | None = None,
                  url: str | None = None, title: str | None = None,
                  outlet: str | None = None) -> Article:
    """A copy of ``article`` in which the given (non-None) values override its metadata.

    ``published`` may be a datetime or a date string in any form :func:`parse_datetime`
    reads; an unreadable string raises :class:`IngestError` (E013).
    """
    update: dict[str, object] = {}
    if isinstance(published, str):
        parsed = parse_datetime(published)
        if parsed is None:
            source = article.source or article.id
            raise IngestError(Errors.E013.format(value=published, source=source), source)
        update["published"] = parsed
    elif published is not None:
        update["published"] = published
    for key, value in (("url", url), ("title", title), ("outlet", outlet)):
        if value is not None:
            update[key] = value
    return article.model_copy(update=update) if update else article
