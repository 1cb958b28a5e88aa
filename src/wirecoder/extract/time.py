"""Time: temporal expressions normalised to TIMEX3 values, and event dates resolved from them."""

from __future__ import annotations

from spacy.tokens import Doc

from wirecoder.model import Analysis, DateRef, Timex


def find_timexes(doc: Doc, found: Analysis) -> list[Timex]:
    return []


def date_for(doc: Doc, start: int, end: int, found: Analysis) -> DateRef:
    """The date of the event (or claim) whose evidence is ``doc.text[start:end]``."""
    pub = found.article.published
    return DateRef(value=pub.date().isoformat() if pub else "XXXX-XX-XX", precision="day",
                   how="publication")
