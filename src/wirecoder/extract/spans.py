"""Looking up the facts of earlier stages by character position (shared by the stages)."""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Token
from spacy.tokens import Span as DocSpan

from wirecoder.model import Actor, Analysis, Claim, Place, Span, Timex

# The NER labels of names that may be places (the places stage resolves them; the events stage
# reads a phrase under one as a location, not a party).
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def actor_at(found: Analysis, start: int, end: int) -> Actor | None:
    """The actor one of whose mentions overlaps ``[start, end)`` (the longest mention wins)."""
    best: tuple[int, Actor] | None = None
    for actor in found.actors:
        for m in actor.mentions:
            if overlaps(m.start, m.end, start, end):
                size = m.end - m.start
                if best is None or size > best[0]:
                    best = (size, actor)
    return best[1] if best else None


def place_at(found: Analysis, start: int, end: int) -> Place | None:
    for place in found.places:
        for m in place.mentions:
            if overlaps(m.start, m.end, start, end):
                return place
    return None


def timexes_in(found: Analysis, start: int, end: int) -> list[Timex]:
    return [t for t in found.timexes if overlaps(t.span.start, t.span.end, start, end)]


def claim_containing(found: Analysis, start: int, end: int) -> Claim | None:
    """The innermost claim whose content span contains ``[start, end)``."""
    best: Claim | None = None
    for claim in found.claims:
        c = claim.content
        if any(s is not None and s.start <= start and end <= s.end
               for s in (claim.source.span, claim.cue)):
            continue  # a quote spanning its own cue: X's description is not what X said
        if c.start <= start and end <= c.end and (
                best is None or c.end - c.start < best.content.end - best.content.start):
            best = claim
    return best


def span(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=text[start:end])


_SENTS = "wirecoder_sents"
_TEXT = "wirecoder_text"
_STARTS = "wirecoder_token_starts"
_ENTS = "wirecoder_ents"


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc: spaCy rebuilds it from the tokens on every access."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def sentences(doc: Doc) -> tuple[DocSpan, ...]:
    """``doc.sents``, computed once per Doc: spaCy walks every token on each access, which
    the stages would otherwise pay for each event, claim and date they look at."""
    cached = doc.user_data.get(_SENTS)
    if cached is None:
        sents = tuple(doc.sents)
        cached = doc.user_data[_SENTS] = (sents, [s.start for s in sents],
                                          [s.start_char for s in sents])
    return cached[0]


def sentence_of(token: Token) -> DocSpan:
    """The sentence holding ``token`` (``token.sent``, from the per-Doc cache)."""
    sents = sentences(token.doc)
    starts = token.doc.user_data[_SENTS][1]
    return sents[bisect.bisect_right(starts, token.i) - 1]


def entities(doc: Doc) -> tuple[DocSpan, ...]:
    """``doc.ents``, built once per Doc: spaCy walks every token and makes new Spans on each
    access (and ``Span.ents`` does the same over the whole Doc)."""
    ents = doc.user_data.get(_ENTS)
    if ents is None:
        ents = doc.user_data[_ENTS] = doc.ents
    return ents


def ents_in(sp: DocSpan) -> list[DocSpan]:
    """``sp.ents`` (the entities wholly inside ``sp``) from the per-Doc cache, with spaCy's
    own scan: it stops at the first entity from ``sp``'s start on that runs past its end."""
    out = []
    for ent in entities(sp.doc):
        if ent.start >= sp.start:
            if ent.end <= sp.end:
                out.append(ent)
            else:
                break
    return out


def token_at(doc: Doc, char: int) -> Token:
    """The token starting at or last before character offset ``char`` (the first token for an
    offset before it); the token offsets are listed once per Doc, not on every call."""
    starts = doc.user_data.get(_STARTS)
    if starts is None:
        starts = doc.user_data[_STARTS] = doc.to_array("IDX").tolist()  # no Token objects
    return doc[max(0, bisect.bisect_right(starts, char) - 1)]


def sentence_at(doc: Doc, char: int) -> DocSpan | None:
    """The sentence holding character offset ``char``, if any."""
    sents = sentences(doc)
    i = bisect.bisect_right(doc.user_data[_SENTS][2], char) - 1
    return sents[i] if i >= 0 and sents[i].start_char <= char < sents[i].end_char else None


# "MOSCOW/KYIV, Nov 19 (Northern Wire) - ": the wire dateline that opens a story. It names
# where the story was filed, and is part of no event's evidence nor any claim's content.
DATELINE = re.compile(r"(?:[A-Z][A-Z/ .,'-]{2,40}(?:,[^\n()]{0,30})?)?(?:\([^)\n]{0,40}\))?"
                      r"\s*[-–—―]+\s+")  # hyphen, en, em dash, horizontal bar


def after_dateline(text: str, start: int, end: int) -> int:
    """``start`` moved past a dateline that opens a paragraph there, if any."""
    if start and text[start - 1] != "\n":
        return start
    m = DATELINE.match(text, start, end)
    return m.end() if m and m.end() < end else start
