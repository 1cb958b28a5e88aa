"""Paragraphs of an article text, hard-wrapped or not.

Plain-text wires often wrap lines at ~70 characters and separate paragraphs by a blank line;
extracted web text puts one paragraph on each line. A text is taken as hard-wrapped when the
lines that run on into another line are about one wrap width long.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import statistics

_BLANK = re.compile(r"\n[ \t]*\n\s*")
_BLANK_LINE = re.compile(r"\n[ \t]*(?=\n)")  # one line break short of a blank line
_LINE = re.compile(r"\n\s*")
WRAP_WIDTH = 100
MIN_WRAP = 30


def hard_wrapped(text: str) -> bool:
    """Lines that run on into a next line are about one wrap width long."""
    lines = text.split("\n")
    inner = [len(a) for a, b in itertools.pairwise(lines) if a.strip() and b.strip()]
    return bool(inner) and MIN_WRAP <= statistics.median(inner) <= WRAP_WIDTH


@functools.lru_cache(maxsize=16)
def paragraph_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of every non-empty paragraph, leading and trailing spaces excluded."""
    sep = _BLANK if hard_wrapped(text) else _LINE
    out = []
    pos = 0
    for m in [*sep.finditer(text), None]:
        end = m.start() if m else len(text)
        start = pos
        while start < end and text[start].isspace():
            start += 1
        stop = end
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        if stop > start:
            out.append((start, stop))
        if m:
            pos = m.end()
    return tuple(out)


def paragraph_of(text: str, pos: int) -> tuple[int, int]:
    """The paragraph holding character ``pos`` (or the gap's neighbours, if between two)."""
    spans = paragraph_spans(text)
    if not spans:
        return 0, len(text)
    i = bisect.bisect_right([s for s, _ in spans], pos) - 1
    if i < 0:
        return spans[0]
    start, end = spans[i]
    return (start, end) if pos <= end else (end, spans[i + 1][0] if i + 1 < len(spans)
                                            else len(text))


def breaks_between(text: str, a: int, b: int) -> int:
    """How many paragraph breaks lie between characters ``a`` and ``b``."""
    starts = [s for s, _ in paragraph_spans(text)]
    return max(0, bisect.bisect_right(starts, b) - bisect.bisect_right(starts, a))


@functools.lru_cache(maxsize=16)
def _section_starts(text: str) -> tuple[int, ...]:
    return tuple(m.end() + 1 for m in _BLANK_LINE.finditer(text))  # overlapping runs too


def section_start(text: str, pos: int) -> int:
    """Where the run of lines holding ``pos`` begins: after the last blank line before it.

    Coarser than a paragraph where the text puts one paragraph on each line: there the
    whole article is one section. A date told earlier stays in force within a section
    (short follow-on paragraphs tell more of the same day), not across a blank line.
    """
    starts = _section_starts(text)
    i = bisect.bisect_right(starts, pos) - 1
    return starts[i] if i >= 0 else 0
