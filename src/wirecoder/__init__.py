"""wirecoder: news articles to a sourced, dated, geolocated record of events and claims."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from wirecoder import _threads  # noqa: F401  (before anything loads numpy)
from wirecoder.model import (
    SCHEMA_VERSION,
    Actor,
    Analysis,
    Article,
    Claim,
    Event,
    Place,
    Quantity,
    Span,
    Timex,
)

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "Actor",
    "Analysis",
    "Article",
    "Claim",
    "Event",
    "Place",
    "Quantity",
    "Span",
    "Timex",
    "__version__",
    "analyze",
]


def _names_a_file(text: str) -> bool:
    """A one-line string naming an existing file. A sentence longer than the system's name
    limit (255 bytes) makes the lookup itself fail: it is text, not a path."""
    if len(text) >= 4096 or "\n" in text:
        return False
    try:
        return Path(text).is_file()
    except OSError:
        return False


def analyze(text_or_path: str | Path, published: datetime | str | None = None,
            url: str | None = None, title: str | None = None,
            outlet: str | None = None) -> Analysis:
    """Analyse one article given as text or as the path of a file wirecoder can ingest.

    ``published`` (a datetime or an ISO/newsroom date string) anchors relative dates; keyword
    values override what the file's own metadata says.
    """
    from wirecoder import ingest
    from wirecoder.pipeline import analyze_article

    if isinstance(text_or_path, Path) or _names_a_file(str(text_or_path)):
        article = ingest.load_file(Path(text_or_path))
    else:
        article = ingest.article_from_text(str(text_or_path), source="<text>")
    article = ingest.with_metadata(article, published=published, url=url, title=title,
                                   outlet=outlet)
    return analyze_article(article)
