"""Sources to Articles: files, directories, stdin and URLs, each sniffed for its format.

The format is decided by the content first (``<rss``/``<feed`` is a feed, ``<html`` a page,
``{`` JSON Lines) and the file extension second. Every failure is yielded as an IngestError
naming its source, never raised, so one bad document does not stop a batch.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from wirecoder.errors import Errors, IngestError
from wirecoder.ingest.decode import DEFAULT_MAX_BYTES, Format, check_binary, decode, sniff
from wirecoder.ingest.feeds import iter_feed
from wirecoder.ingest.html import article_from_html
from wirecoder.ingest.jsonl import article_from_record, iter_jsonl
from wirecoder.ingest.text import article_from_text
from wirecoder.ingest.url import DEFAULT_TIMEOUT, fetch, format_hint, is_url
from wirecoder.model import Article

log = logging.getLogger("wirecoder.ingest")

Item = Article | IngestError

SUFFIXES: dict[str, Format] = {
    ".txt": "text", ".text": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
}
STREAMED: frozenset[str] = frozenset({".jsonl", ".ndjson"})


def _walk(folder: Path) -> list[Path]:
    """Files wirecoder reads in ``folder``, recursively, sorted, without hidden ones."""
    found = []
    for p in folder.rglob("*"):
        rel = p.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if p.is_file() and p.suffix.lower() in SUFFIXES:
            found.append(rel)
    return [folder / rel for rel in sorted(found, key=lambda r: r.parts)]


def _json_document(text: str, source: str) -> Iterator[Item] | None:
    """A ``.json`` file holding one object or an array of them, rather than JSON Lines."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        return None
    records = data if isinstance(data, list) else [data]

    def items() -> Iterator[Item]:
        for n, record in enumerate(records, start=1):
            try:
                yield article_from_record(record, source, f"item {n}")
            except IngestError as exc:
                yield exc

    return items()


def iter_text(text: str, source: str, hint: Format | None = None,
              url: str | None = None) -> Iterator[Item]:
    """Articles in decoded ``text`` of any format."""
    if not text.strip():
        raise IngestError(Errors.E001.format(source=source), source)
    fmt = sniff(text, hint)
    if fmt == "feed":
        yield from iter_feed(text, source)
    elif fmt == "jsonl":
        first = text.lstrip().split("\n", 1)[0]
        try:
            json.loads(first)
        except json.JSONDecodeError:
            doc = _json_document(text, source)
            if doc is not None:
                yield from doc
                return
            if hint != "jsonl":  # prose that happens to open with "{"
                yield article_from_text(text, source=source, url=url)
                return
        yield from iter_jsonl(text.split("\n"), source)
    elif fmt == "html":
        yield article_from_html(text, source=source, url=url)
    else:
        yield article_from_text(text, source=source, url=url)


def iter_bytes(data: bytes, source: str, hint: Format | None = None, *,
               encoding: str | None = None, url: str | None = None) -> Iterator[Item]:
    """Articles in raw bytes: binary check, decoding, then :func:`iter_text`."""
    if not data.strip():
        raise IngestError(Errors.E001.format(source=source), source)
    check_binary(data, source)
    yield from iter_text(decode(data, source, declared=encoding), source, hint, url)


def _jsonl_lines(path: Path, max_bytes: int) -> Iterator[str | IngestError]:
    """Lines of a big JSON Lines file without reading it whole; the size limit is per line."""
    with path.open("rb") as f:
        for number, raw in enumerate(f, start=1):
            if len(raw) > max_bytes:
                yield IngestError(Errors.E003.format(source=f"{path} line {number}",
                                                     size=len(raw), limit=max_bytes),
                                  f"{path}:{number}")
                continue
            try:
                yield raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError:
                try:
                    yield decode(raw, f"{path} line {number}")
                except IngestError as exc:
                    yield exc


def iter_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Articles in one file (a feed or JSONL holds many). Raises IngestError for the file."""
    source = str(path)
    try:
        size = path.stat().st_size
        hint = SUFFIXES.get(path.suffix.lower())
        if path.suffix.lower() in STREAMED and size > max_bytes:
            with path.open("rb") as f:
                streamed = f.read(64).lstrip().startswith((b"{", b"\xef\xbb\xbf{"))
            if streamed:
                yield from iter_jsonl(_jsonl_lines(path, max_bytes), source)
                return
        if size > max_bytes:
            raise IngestError(Errors.E003.format(source=source, size=size, limit=max_bytes),
                              source)
        if size == 0:
            raise IngestError(Errors.E001.format(source=source), source)
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(Errors.E014.format(source=source, detail=exc.strerror or exc),
                          source) from exc
    yield from iter_bytes(data, source, hint)


def _iter_stdin(max_bytes: int) -> Iterator[Item]:
    source = "<stdin>"
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is not None:
        data = buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise IngestError(Errors.E003.format(source=source, size=f"over {max_bytes}",
                                                 limit=max_bytes), source)
        yield from iter_bytes(data, source)
        return
    text = sys.stdin.read()  # a text stream (tests, embedding): already decoded
    if len(text.encode("utf-8")) > max_bytes:
        raise IngestError(Errors.E003.format(source=source, size=len(text.encode()),
                                             limit=max_bytes), source)
    yield from iter_text(text, source)


def _iter_url(url: str, max_bytes: int, timeout: float) -> Iterator[Item]:
    got = fetch(url, max_bytes=max_bytes, timeout=timeout)
    yield from iter_bytes(got.content, url, format_hint(got.content_type),
                          encoding=got.encoding, url=got.url)


def _guarded(items: Iterable[Item], source: str) -> Iterator[Item]:
    """Turn anything a source raises into one error item, so the batch goes on."""
    try:
        yield from items
    except IngestError as exc:
        yield exc
    except Exception as exc:  # a library failing on one odd document must not stop a batch
        log.debug("ingest of %s failed", source, exc_info=True)
        yield IngestError(Errors.E014.format(source=source, detail=repr(exc)), source)


def _iter_one(raw: str, max_bytes: int, timeout: float) -> Iterator[Item]:
    if raw == "-":
        yield from _guarded(_iter_stdin(max_bytes), "<stdin>")
    elif is_url(raw):
        yield from _guarded(_iter_url(raw, max_bytes, timeout), raw)
    else:
        path = Path(raw)
        try:
            files = _walk(path) if path.is_dir() else [path] if path.exists() else None
        except OSError as exc:  # an unreadable folder, a name the OS rejects
            yield IngestError(Errors.E014.format(source=raw, detail=exc.strerror or exc), raw)
            return
        if files is None:
            yield IngestError(Errors.E010.format(source=raw), raw)
        for f in files or []:
            yield from _guarded(iter_file(f, max_bytes), str(f))


def iter_sources(paths: list[str], *, max_bytes: int = DEFAULT_MAX_BYTES,
                 timeout: float = DEFAULT_TIMEOUT) -> Iterator[Item]:
    """Every article in ``paths`` (files, directories, ``-`` for stdin, http(s) URLs).

    Yields an :class:`Article` per article and an :class:`IngestError` (with ``.source``) per
    document that fails. The same body met twice in one call is yielded once.
    """
    seen: set[str] = set()
    for raw in paths:
        for item in _iter_one(str(raw), max_bytes, timeout):
            if isinstance(item, Article):
                if item.id in seen:
                    log.info("%s repeats article %s; skipped", item.source, item.id)
                    continue
                seen.add(item.id)
            yield item


def load_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """The one article in a file. Raises IngestError if it fails or holds several."""
    path = Path(path)
    if not path.exists():
        raise IngestError(Errors.E010.format(source=str(path)), str(path))
    items = list(_guarded(iter_file(path, max_bytes), str(path)))
    articles = [i for i in items if isinstance(i, Article)]
    if len(articles) == 1:
        return articles[0]
    errors = [i for i in items if isinstance(i, IngestError)]
    if not articles and errors:
        raise errors[0]
    if not articles:
        raise IngestError(Errors.E006.format(source=str(path), detail="it holds no article"),
                          str(path))
    raise IngestError(Errors.E015.format(source=str(path), count=len(articles)), str(path))
