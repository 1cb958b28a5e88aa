"""JSON Lines: one article object a line, with the ``article`` fields of the data contract.

Only ``text`` is required. A line may also be a whole ``wirecoder/1`` analysis (its
``article`` is used), so wirecoder's own output can be ingested again. The ``id`` given in a
line is ignored: identity is always the hash of the body. A broken line is one error (E007)
and the other lines go on.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from wirecoder.errors import Errors, IngestError
from wirecoder.ingest.text import article_from_text
from wirecoder.model import Article

_FIELDS = ("url", "outlet", "title", "byline", "published", "language")


def _byline(value: object) -> list[str] | str | None:
    if isinstance(value, list):
        return [str(v) for v in value if v]
    return str(value) if value else None


def article_from_record(record: object, source: str, where: str) -> Article:
    """One JSON value to an Article; ``where`` names the line for error messages."""
    if isinstance(record, dict) and isinstance(record.get("article"), dict):
        record = record["article"]
    if not isinstance(record, dict):
        detail = f"expected an object, got {type(record).__name__}"
        raise IngestError(Errors.E007.format(line=where, source=source, detail=detail),
                          f"{source}:{where}")
    text = record.get("text")
    if not isinstance(text, str):
        raise IngestError(Errors.E007.format(line=where, source=source,
                                             detail="no 'text' string"), f"{source}:{where}")
    fields = {k: record.get(k) for k in _FIELDS}
    return article_from_text(
        text, source=f"{source}:{where}",
        title=str(fields["title"]) if fields["title"] else "",
        published=str(fields["published"]) if fields["published"] else None,
        url=fields["url"] or None, outlet=fields["outlet"] or None,
        byline=_byline(fields["byline"]), language=fields["language"] or None)


def iter_jsonl(lines: Iterable[str | IngestError],
               source: str) -> Iterator[Article | IngestError]:
    """Articles of a JSON Lines stream; blank lines are skipped. A line already failed by the
    reader (too large, undecodable) comes as its IngestError and is passed on."""
    for number, line in enumerate(lines, start=1):
        if isinstance(line, IngestError):
            yield line
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield IngestError(Errors.E007.format(line=number, source=source, detail=exc.msg),
                              f"{source}:{number}")
            continue
        try:
            yield article_from_record(record, source, str(number))
        except IngestError as exc:
            yield exc
