"""Quote-mark scanning that never fails on unbalanced marks.

Newswire convention: a quotation running over several paragraphs leaves its closing mark off at
the end of each paragraph but the last, and opens every continuing paragraph again. A quote still
open at a paragraph end therefore continues when the next paragraph opens with a quote mark, and
otherwise ends with its paragraph.
"""

from __future__ import annotations

import re

from wirecoder.extract.paragraphs import paragraph_spans

OPEN, CLOSE, BOTH = "“«„", "”»", '"'
_MARKS = re.compile("''|[" + re.escape(OPEN + CLOSE + BOTH) + "]")
_SINGLE = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))‘([^‘’\n]{2,}?)’(?![A-Za-z])")


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _paragraph_quotes(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], int | None]:
    """Closed quotes of one paragraph, and the start of a quote left open at its end."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    # only the marks (and '' pairs) are looked at: no end position for the scan, so that a
    # pair whose second mark is past ``end`` still reads as one
    for m in _MARKS.finditer(text, start):
        i = m.start()
        if i >= end:
            break
        ch = m.group()
        width = 1
        if ch == "''":  # ''…'' as some wires write quotes
            ch, width = BOTH, 2
        if ch in OPEN or (ch in BOTH and open_at is None):
            if open_at is not None:  # a new opening mark: the previous quote was never closed
                spans.append((open_at, _rstrip(text, open_at, i)))
            open_at = i
        elif (ch in CLOSE or ch in BOTH) and open_at is not None:
            spans.append((open_at, i + width))
            open_at = None
    if not spans and open_at is None:
        for m in _SINGLE.finditer(text, start, end):  # headline style ‘…’ quotes
            spans.append((m.start(), m.end()))
    return spans, open_at


def _opens(text: str, i: int) -> bool:
    return text[i] in OPEN + BOTH or text.startswith("''", i)


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Character spans of quotations, marks included, in text order."""
    paras = list(paragraph_spans(text))
    out: list[tuple[int, int]] = []
    carry: int | None = None  # start of a quote continuing from an earlier paragraph
    for k, (p_start, p_end) in enumerate(paras):
        lead = p_start
        while lead < p_end and text[lead].isspace():
            lead += 1
        if carry is not None and not (lead < p_end and _opens(text, lead)):
            carry = None
        spans, open_at = _paragraph_quotes(text, lead, p_end)
        if carry is not None and spans and spans[0][0] == lead:
            spans[0] = (carry, spans[0][1])  # the continuing quote closes here
            carry = None
        elif carry is not None and not spans and open_at == lead:
            open_at = carry  # still running on
            carry = None
        elif carry is not None:
            out.append((carry, _rstrip(text, carry, p_start)))
            carry = None
        out += spans
        if open_at is not None:
            nxt_lead = paras[k + 1][0] if k + 1 < len(paras) else None
            if nxt_lead is not None and _opens(text, nxt_lead):
                carry = open_at
            else:
                out.append((open_at, _rstrip(text, open_at, p_end)))
    if carry is not None:
        out.append((carry, _rstrip(text, carry, len(text))))
    return sorted(out)
