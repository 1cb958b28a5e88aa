"""Contradictions inside one story event: claims that cannot all be true.

Three kinds, each listed with both sides and their sources:

- ``denial``: some reports deny the event (status ``denied``) while others report it;
- ``polarity``: one side says there were none ("no casualties", a negative claim), the other
  gives a positive count or a positive claim;
- ``numbers``: counts of the same thing whose ranges do not overlap (12 killed vs at most 3),
  stated by different voices within a day and a half of each other, or a lower figure stated
  after a higher one; later, higher figures are updates (see estimates), and one speaker's
  two figures in one article ("about 1,500, later raised to 3,000") are a revision, not a
  contradiction.
"""

from __future__ import annotations

import hashlib
import math
import re
from datetime import UTC, datetime
from functools import cache

from wirecoder.extract.casualties import CASUALTIES, CASUALTY_FORMS
from wirecoder.link.records import QuantityRef, Report, sides_differ

AFFIRM = ("occurred", "reported")
SAME_TIME_HOURS = 36
APPROX_FACTOR = 1.25

_NONE = re.compile(
    r"\b(no|without|zero)\s+(?:\w+\s+){0,2}?(casualties|deaths|victims|injuries|fatalities|"
    r"one (?:was )?(?:killed|hurt|injured|wounded))\b|\bno one was (killed|hurt|injured|"
    r"wounded)\b|\bnobody was (killed|hurt|injured|wounded)\b|\bno (?:people|civilians|one) "
    r"(?:were |was )?(killed|hurt|injured|wounded)\b", re.IGNORECASE)


# What names a figure as the baseline of a comparison, right before it.
_BASELINE = re.compile(
    r"(?:\b(?:up|down|rising|risen|rose|increased?|jump(?:ed|ing)?|climb(?:ed|ing)?)\s+from"
    r"|\btimes\s+(?:the|as\s+many\s+as)|\bcompared\s+(?:with|to)|\bthan\s+the"
    r"|\b(?:earlier|previous|prior|initial|original)\s+(?:estimates?|figures?|counts?|tolls?"
    r"|numbers?|tally|tallies)\s+(?:of|at))"
    r"\s+(?:(?:an?|the|some|about|around|roughly|nearly|almost|just|only)\s+)*$",
    re.IGNORECASE)

# What a count with no fate of its own usually means.
DEFAULT_FATE = {"troops": "deployed"}

COUNTED_ALIASES = {
    **{w: name for w, name in CASUALTY_FORMS.items() if w != name},  # "deaths" are "killed"
    "troop": "troops", "soldiers": "troops",
    "soldier": "troops", "personnel": "troops",
    "forces": "troops", "servicemen": "troops", "casualty": "casualties",
    "arrested": "detained", "arrests": "detained", "detentions": "detained"}


# Measures, not counts of people or things: "115 km from the border" is no estimate to track.
MEASURES = frozenset({"km", "kilometers", "kilometres", "mi", "miles", "m", "meters", "metres",
                      "percent", "%", "per cent", "hours", "days", "weeks", "months", "years",
                      "minutes", "seconds", "tons", "tonnes", "kg", "usd", "eur", "dollars",
                      "euros", "rubles", "roubles", "hryvnias", "degrees"})


@cache
def canonical_counted(counted: str | None) -> str | None:
    """One name per counted thing: "dead" and "deaths" are "killed", "soldiers" "troops";
    None for measures (distances, durations, money, shares)."""
    if not counted:
        return None
    c = counted.casefold().strip()
    if c in MEASURES:
        return None
    return COUNTED_ALIASES.get(c, c)


def interval(q: QuantityRef) -> tuple[float, float]:
    v = q.value
    if q.bound == "upper":
        return (0.0, v)
    if q.bound == "lower":
        return (v, math.inf)
    if q.approximate:
        return (v / APPROX_FACTOR, v * APPROX_FACTOR)
    return (v, v)


def overlaps(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def none_text(r: Report) -> str | None:
    """Where the report says nobody was hurt ("no casualties", "no one was killed"): its
    evidence, its claim, or the sentence right after it; None when it does not."""
    for t in (r.evidence, r.claim_text, r.next_sentence):
        if t and _NONE.search(t):
            return t
    if any(q.value == 0 and canonical_counted(q.counted) in CASUALTIES
           for q in r.quantities):
        return r.claim_text or r.evidence
    return None


def says_none(r: Report) -> bool:
    return none_text(r) is not None


def _casualty_count(r: Report) -> QuantityRef | None:
    found = [q for q in r.quantities if q.value > 0 and canonical_counted(q.counted) in CASUALTIES]
    return max(found, key=lambda q: (q.value, q.id)) if found else None


def _side(reports: list[Report], text: str | None = None, value: float | None = None) -> dict:
    return {
        "text": text if text is not None else reports[0].claim_text or reports[0].evidence,
        "value": value,
        "articles": sorted({r.article_id for r in reports}),
        "outlets": sorted({r.outlet for r in reports if r.outlet}),
        "speakers": sorted({r.speaker for r in reports if r.speaker}),
        "claims": sorted({f"{r.article_id}/{r.claim_id}" for r in reports if r.claim_id}),
    }


def _row(story_id: str, kind: str, counted: str | None, a: dict, b: dict,
         fate: str = "") -> dict:
    name = f"{story_id}/{kind}/{counted}" + (f"/{fate}" if fate else "")
    digest = hashlib.sha256(name.encode()).hexdigest()[:16]
    return {"id": "ct-" + digest, "story_id": story_id, "series": None, "kind": kind,
            "counted": counted, "fate": fate or None, "date": None, "a": a, "b": b}


def _words_of(r: Report, q: QuantityRef) -> str:
    """The words that state a report's figure: its evidence, or its claim when the figure is
    there only ('The toll from Tuesday's attack has risen to five')."""
    if q.text not in r.evidence and r.claim_text and q.text in r.claim_text:
        return r.claim_text
    return r.evidence


def _instant(iso: str) -> datetime:
    """A publication time; one without an offset (a feed's bare date) is read as UTC, so it
    compares with the others."""
    t = datetime.fromisoformat(iso)
    return t if t.tzinfo else t.replace(tzinfo=UTC)


def _earlier(a: str | None, b: str | None) -> bool:
    """Published ``a`` is before published ``b`` (unknown times are not)."""
    return bool(a and b) and _instant(a) < _instant(b)  # type: ignore[arg-type]


def _hours_apart(a: str | None, b: str | None) -> float:
    if not a or not b:
        return 0.0
    return abs((_instant(a) - _instant(b)).total_seconds()) / 3600


# What a denial of harm to people names: "denied that any civilians had been hit".
_HARM = re.compile(r"\b(?:civilians?|residents?|residential|people|anyone|homes?|"
                   r"hospitals?|schools?|non-?combatants?|children)\b", re.IGNORECASE)


# What a denial must say happened to people to deny the toll: denying that homes were
# "targeted" (the aim) or "hit" (buildings) is no claim that nobody was killed.
_HARMED = re.compile(r"\b(?:civilians?|residents?|people|anyone|any ?one|nobody|"
                     r"non-?combatants?|children)\b(?:\W+\w+){0,4}?\W+(?:hit|harmed|hurt|"
                     r"killed|injured|wounded|died|dead|affected)\b|\b(?:casualties|victims|"
                     r"deaths|fatalities|injuries)\b", re.IGNORECASE)


def denies_harm(r: Report) -> bool:
    """A denial that says nobody was hurt ("denied that any civilians had been hit"), not one
    that disputes the aim or the target ("denied that residential buildings were targeted")."""
    return r.status == "denied" and bool(_HARMED.search(r.evidence))


def partial_denials(members: list[Report]) -> list[Report]:
    """Denials of harm to people told in the same statement that asserts the event ("its
    forces had struck the port, and denied that any civilians had been hit"): the speaker
    admits the event and disputes who was hurt, so the event itself is not in dispute."""
    return [d for d in members if d.status == "denied" and _HARM.search(d.evidence) and any(
        r.article_id == d.article_id and r.status in AFFIRM and r.evidence != d.evidence
        and (d.evidence in r.evidence or d.evidence in (r.claim_text or ""))
        for r in members)]


def contradictions(story_id: str, members: list[Report]) -> list[dict]:
    """The contradictions inside one story event (members in canonical order)."""
    out = []
    partial = partial_denials(members)
    denied = [r for r in members if r.status == "denied" and r not in partial]
    # A sentence that carries its own denial ("declined to comment, saying it did not...") is
    # one statement, not two sides.
    affirmed = [r for r in members if r.status in AFFIRM and not any(
        d.article_id == r.article_id and (d.evidence in r.evidence or r.evidence in d.evidence)
        for d in denied)]
    if denied and affirmed:
        out.append(_row(story_id, "denial", None, _side(denied), _side(affirmed)))

    # "revising his earlier statement that there were no casualties" next to a count of three
    # is the count's side: a report with a positive count never says none.
    nones = [r for r in members if (says_none(r) or (r in partial and denies_harm(r)))
             and not _casualty_count(r)]
    counts = [(r, q) for r in members if r not in nones and (q := _casualty_count(r))]
    negative = [r for r in members if r.polarity == "negative" and r.status != "denied"]
    positive = [r for r in members if r.polarity == "positive" and r.status in AFFIRM]
    if nones and counts:
        # The dead before the wounded: "none hit" is answered first by a death toll.
        top = max(counts, key=lambda rq: (canonical_counted(rq[1].counted) == "killed",
                                          rq[1].value, rq[0].order))
        out.append(_row(story_id, "polarity", canonical_counted(top[1].counted),
                        _side(nones, text=none_text(nones[0]) or nones[0].evidence,
                              value=0.0),
                        _side([r for r, _ in counts], text=_words_of(*top),
                              value=top[1].value)))
    elif negative and positive and not denied:
        out.append(_row(story_id, "polarity", None, _side(negative), _side(positive)))

    # Like with like: six missiles fired and one damaged are not two accounts of one number.
    # A figure whose words say nothing of what happened ("put the number of soldiers at up to
    # 5,000") takes the usual fate of what it counts, as in the estimate series.
    by_counted: dict[tuple[str, str], list[tuple[Report, QuantityRef]]] = {}
    for r in members:
        for q in r.quantities:
            c = canonical_counted(q.counted)
            if c and q.value > 0 and not baseline(r, q):
                by_counted.setdefault((c, q.fate or DEFAULT_FATE.get(c, "")), []).append((r, q))
    for counted, fate in sorted(by_counted):
        pairs = by_counted[(counted, fate)]
        # A higher figure published well after a lower one may be its update; a lower one
        # published after a higher one disputes it (8,000 troops, then "about 3,000").
        clashes = [(lo, hi) for lo, hi in _clashes(pairs)
                   if _hours_apart(lo[0].published, hi[0].published) <= SAME_TIME_HOURS
                   or _earlier(hi[0].published, lo[0].published)]
        if not clashes:
            continue
        # The widest clash between two voices shows; each side lists the voices it divides.
        low, high = min(clashes, key=lambda c: (
            interval(c[0][1])[1] - interval(c[1][1])[0], c[0][0].order, c[0][1].id,
            c[1][0].order, c[1][1].id))
        items = {id(rq): rq for c in clashes for rq in c}.values()
        low_side = [r for r, q in items if voice(r) != voice(high[0])
                    and not overlaps(interval(q), interval(high[1]))]
        high_side = [r for r, q in items if voice(r) != voice(low[0])
                     and not overlaps(interval(q), interval(low[1]))]
        out.append(_row(story_id, "numbers", counted,
                        _side(low_side, text=low[1].text, value=low[1].value),
                        _side(high_side, text=high[1].text, value=high[1].value), fate))
    return out


def _preceded_by(r: Report, q: QuantityRef, cue: re.Pattern, reach: int) -> bool:
    """Some mention of the figure's words in the report's evidence or claim ends a match of
    ``cue`` searched in the ``reach`` characters before it."""
    for text in (r.evidence, r.claim_text):
        if not text:
            continue
        at = text.find(q.text)
        while at >= 0:
            if cue.search(text, max(0, at - reach), at):
                return True
            at = text.find(q.text, at + max(1, len(q.text)))  # as re.finditer: no overlaps
    return False


def baseline(r: Report, q: QuantityRef) -> bool:
    """A figure a report names only to compare with ("four times the 3,000 troops reported
    last month", "up from 3,000", "an earlier estimate of 3,000"): an earlier account, not the
    report's own."""
    return _preceded_by(r, q, _BASELINE, 60)


# What says a figure is a new value of a running count: "the toll has risen to 12".
_UPDATE = re.compile(r"\b(?:has|have|had)?\s*(?:risen|rose|rises|climbed|climbs|increased|"
                     r"jumped|grown|grew|reached|reaches)\s+(?:to\s+)?"
                     r"(?:(?:at\s+least|about|around|some|nearly|more\s+than)\s+)?$",
                     re.IGNORECASE)


def update(r: Report, q: QuantityRef) -> bool:
    """A figure stated as the count's new value ("the number of people killed has risen to
    12"): it replaces lower figures given before it, it does not dispute them."""
    return _preceded_by(r, q, _UPDATE, 40)


def voice(r: Report) -> tuple[str, str]:
    """Who states a report's figures: its claim's speaker in its article, else the article's
    own voice (the outlet)."""
    if r.speaker_actor or r.speaker:
        return r.article_id, r.speaker_actor or " ".join(r.speaker.casefold().split())
    return r.article_id, ""


Item = tuple[Report, QuantityRef]


def other_side(a: QuantityRef, b: QuantityRef) -> bool:
    """The two figures count people of different sides (soldiers killed, militants killed):
    two tolls, not two accounts of one. A count that names no side may be either."""
    return sides_differ(a.victims, b.victims)


def _clashes(pairs: list[Item]) -> list[tuple[Item, Item]]:
    """Pairs of figures, lower first, from two voices whose ranges do not overlap. A voice
    that gives two figures ("about 1,500, and it later raised the figure to 3,000") revises
    itself, and a voice that also gave a figure agreeing with the other's does not clash."""
    spans: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for r, q in pairs:
        spans.setdefault(voice(r), []).append(interval(q))

    def agrees(who: tuple[str, str], span: tuple[float, float]) -> bool:
        return any(overlaps(own, span) for own in spans[who])

    out = []
    for i, a in enumerate(pairs):
        for b in pairs[i + 1:]:
            ia, ib = interval(a[1]), interval(b[1])
            if overlaps(ia, ib) or voice(a[0]) == voice(b[0]) or other_side(a[1], b[1]):
                continue
            if agrees(voice(a[0]), ib) or agrees(voice(b[0]), ia):
                continue
            low, high = (a, b) if ia[1] < ib[0] else (b, a)
            if update(*high) and not _earlier(high[0].published, low[0].published):
                continue  # a later, risen figure is the count's update
            out.append((low, high))
    return out
