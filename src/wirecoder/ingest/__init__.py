"""Ingest: anything a user has (text, HTML, feeds, JSON Lines, folders, stdin, URLs) becomes
an :class:`~wirecoder.model.Article` with a clean body and its metadata.

Modules: ``sources`` (dispatch), ``text``, ``html``, ``feeds``, ``jsonl``, ``url``, ``decode``
(binary sniffing, encodings, size limits), ``clean`` (site chrome, printed bylines),
``dates``, ``language``, ``build`` (checks and identity).
"""

from wirecoder.ingest.build import with_metadata
from wirecoder.ingest.dates import parse_datetime
from wirecoder.ingest.decode import DEFAULT_MAX_BYTES, MAX_CHARS
from wirecoder.ingest.html import article_from_html
from wirecoder.ingest.language import detect_language
from wirecoder.ingest.sources import iter_bytes, iter_file, iter_sources, iter_text, load_file
from wirecoder.ingest.text import article_from_text

__all__ = [
    "DEFAULT_MAX_BYTES",
    "MAX_CHARS",
    "article_from_html",
    "article_from_text",
    "detect_language",
    "iter_bytes",
    "iter_file",
    "iter_sources",
    "iter_text",
    "load_file",
    "parse_datetime",
    "with_metadata",
]
