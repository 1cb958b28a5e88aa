"""Plain, hashable records the linker works on, built from stored :class:`Analysis` objects.

The linker never sees pydantic models or the store: :func:`reports_of` flattens one analysis
into one :class:`Report` per event (with what it needs of actors, places, claims and
quantities) plus one :class:`ArticleRef`, and :func:`quantity_points_of` flattens the counted
numbers for estimate series.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache, lru_cache

from wirecoder.extract.casualties import CASUALTIES
from wirecoder.extract.time import after_earlier_figure
from wirecoder.extract.timex.lexicon import WEEKDAYS
from wirecoder.link.dates import PUBLICATION_LOOKBACK, DateInterval, interval_of, parse_interval
from wirecoder.model import Analysis, Claim, Event, Place

_COUNTRY_ID = re.compile(r"^([A-Z]{3})(?:\.|$)")
# An armed group's id ('REB.TTP'): its country is where it comes from, not a state side.
_GROUP_ID = re.compile(r"^REB\.")
# Sentence ends, for tying a counted number to the actors of its own sentence.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?\s+(?=[\"'“‘(]?[A-Z0-9])")


@dataclass(frozen=True, slots=True)
class PlaceRef:
    id: str
    name: str
    kind: str
    country: str | None = None  # alpha-2
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str | None = None  # country | admin1 | city | point, as the places stage gives


@dataclass(frozen=True, slots=True)
class QuantityRef:
    id: str
    value: float
    counted: str | None
    bound: str
    approximate: bool
    text: str
    fate: str | None = None
    victims: str | None = None  # which side was counted: troops, militants, civilians


@dataclass(frozen=True, slots=True)
class ArticleRef:
    id: str
    outlet: str | None
    published: datetime | None
    title: str | None
    text: str


@dataclass(frozen=True, slots=True)
class Report:
    """One event as one article reports it."""

    article_id: str
    event_id: str
    outlet: str | None
    published: str | None  # ISO 8601
    type: str
    mode: str | None
    actors: tuple[str, ...]
    recipients: tuple[str, ...]
    actor_countries: frozenset[str]
    recipient_countries: frozenset[str]
    place: PlaceRef | None
    date_value: str | None
    precision: str | None
    how: str | None
    when: DateInterval | None
    status: str
    claim_id: str | None
    speaker: str | None  # the words naming the claim's source
    speaker_actor: str | None
    speaker_country: str | None
    speaker_kind: str | None
    polarity: str
    hedged: bool
    hedges: tuple[str, ...]
    evidence: str
    claim_text: str | None
    next_sentence: str  # what a report adds right after ("The attack caused no casualties.")
    quantities: tuple[QuantityRef, ...]
    # The third party that hosted a meeting ("Oman hosted talks between X and Y"): not a side
    # of it, so kept out of ``actors`` (which then holds the sides the report names, if any).
    hosts: tuple[str, ...] = ()
    host_countries: frozenset[str] = frozenset()
    # Content words of the evidence's sentence(s), and the proper names among them that are
    # not actor mentions (places, ships, bases): what two reports can still share when one
    # names no actor or place the extractors resolved (:class:`SentenceTerms`).
    # (Sorted tuples, not sets: tuples of strings are left alone by the garbage collector, which
    # otherwise walks two more containers per report of a large store.)
    terms: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    # Countries of every actor the article mentions (one object shared by its reports): where a
    # report that names no actor or place of its own is looked for (merge.blocking_keys).
    article_countries: frozenset[str] = frozenset()
    # Where its evidence starts in the article, and whether the evidence tells it as another
    # act than one told before ('a second drone strike', 'in a separate attack', 'hours
    # earlier, ...'): such a report is not the same event as an earlier one of its article.
    at: int = -1
    another: bool = False
    # What the fighting is: 'exchange' (both sides fire: 'traded fire', 'a firefight', or both
    # sides named as its actors) or 'strike' (one side hits a target: 'struck', 'a drone
    # strike'); None for other words and types.
    fight: str | None = None
    # Whether the event's own sentence names its place (not the dateline): a place the place
    # stage carried over from elsewhere in the article is a guess that may agree, not veto.
    place_told: bool = True
    # Whether the evidence opens on a definite name of an act ('the strike hit a compound',
    # 'the attack killed …'): the writer refers back to an act told before in the article.
    back: bool = False

    @property
    def key(self) -> tuple[str, str]:
        return (self.article_id, self.event_id)

    @property
    def order(self) -> tuple[str, str, str]:
        """Canonical order: (date, article id, event id); undated last."""
        start = self.when.start.isoformat() if self.when else "9999-12-31"
        return (start, self.article_id, self.event_id)

    @property
    def countries(self) -> frozenset[str]:
        return self.actor_countries | self.recipient_countries


@cache
def _alpha3() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.countries)


def country_of_id(actor_id: str) -> str | None:
    """'RUS.MIL' -> 'RUS'; 'IGO.UN', 'REB.RSF' and person ids have no country in their id."""
    m = _COUNTRY_ID.match(actor_id)
    return m.group(1) if m and m.group(1) in _alpha3() else None


def _actor_countries(analysis: Analysis) -> dict[str, str]:
    out = {}
    for actor in analysis.actors:
        country = actor.country or country_of_id(actor.id)
        if country:
            out[actor.id] = country
    return out


def _countries(ids: list[str], known: dict[str, str]) -> frozenset[str]:
    found = set()
    for actor_id in ids:
        country = known.get(actor_id) or country_of_id(actor_id)
        if country:
            found.add(country)
    return frozenset(found)


def _target_countries(recipients: list[str], actors: list[str],
                      known: dict[str, str]) -> frozenset[str]:
    """The countries of an act's recipients, but not an armed group's home country when it is
    the actor's own: a state striking its own insurgents abroad ('Pakistan targeted a TTP
    commander') is told by the country it hit as a strike on that country ('a drone killed
    14 in Paktika, Kabul said'), and the group's country is no side that tells them apart."""
    home = _countries(actors, known)
    others = _countries([r for r in recipients if not _GROUP_ID.match(r)], known)
    return frozenset(c for c in _countries(recipients, known) if c not in home or c in others)


def place_ref(places: dict[str, Place], place_id: str | None) -> PlaceRef | None:
    """``places``: the analysis's places by id."""
    if not place_id:
        return None
    p = places.get(place_id)
    if p is None:
        return PlaceRef(id=place_id, name=place_id, kind="other")
    return PlaceRef(id=p.id, name=p.name, kind=p.kind, country=p.country, admin1=p.admin1,
                    lat=p.lat, lon=p.lon, precision=p.precision)


def _inside(start: int, end: int, outer_start: int, outer_end: int) -> bool:
    return outer_start <= start and end <= outer_end


# "three of the wounded", "four of them": a part of a group already counted, not its count.
_PART_OF = re.compile(r"\s+of\s+(?:the|them|those|these|its|their)\b", re.IGNORECASE)
_ALL_OF = re.compile(r"\ball\s+$", re.IGNORECASE)


def part_of_casualties(text: str, q) -> bool:
    """A casualty figure that counts some of the casualties ('three of the wounded were in a
    serious condition', 'two of the dead were children'): no toll; 'all five of the dead'
    is."""
    return (q.counted in CASUALTIES and bool(_PART_OF.match(text, q.span.end))
            and not _ALL_OF.search(text, max(0, q.span.start - 4), q.span.start))


# A war's running total, not an event's toll: "the war, which has killed tens of thousands
# since February 2022", "the conflict has killed hundreds of thousands of people".
_WAR_TOTAL = re.compile(r"\b(?:war|wars|conflict|fighting|violence|insurgency|crisis|unrest)\b"
                        r"[^.;]{0,50}?\b(?:has|have|had)\s+(?:so\s+far\s+|already\s+)?"
                        r"(?:killed|left|claimed|cost)\b[^.;]{0,30}$", re.IGNORECASE)
_WAR_KILLED = re.compile(r"\b(?:war|conflict|fighting|violence|insurgency)\b[^.;]{0,50}?"
                         r"\b(?:has|have)\s+(?:so\s+far\s+|already\s+)?(?:killed|claimed)\b",
                         re.IGNORECASE)
_SINCE = re.compile(r"[^.;]{0,60}?\bsince\s+(?:[\w'’-]+\s+){0,4}?(?:19|20)\d\d\b",
                    re.IGNORECASE)


def war_total(text: str, q) -> bool:
    """A casualty count of a whole war or of the years since a date, not of one event."""
    if q.counted not in CASUALTIES:
        return False
    start, end = q.span.start, q.span.end
    return bool(_WAR_TOTAL.search(text, max(0, start - 80), start) or _SINCE.match(text, end))


# Words without which no count is a part or a war's total (plain substring tests: cheap).
_TOLL_HINTS = (" of the", " of them", " of those", " of these", " of its", " of their",
               "since", "war", "conflict", "fighting", "violence", "insurgency", "crisis",
               "unrest")


def no_toll(analysis: Analysis) -> frozenset[str]:
    """Ids of the casualty counts that are no event's toll (a part of one, a war's total)."""
    text = analysis.article.text
    if not any(q.counted in CASUALTIES for q in analysis.quantities):
        return frozenset()
    low = text.lower()
    if not any(w in low for w in _TOLL_HINTS):
        return frozenset()
    return frozenset(q.id for q in analysis.quantities
                     if part_of_casualties(text, q) or war_total(text, q))


def _event_quantities(analysis: Analysis, event: Event, claim: Claim | None,
                      skip: frozenset[str] = frozenset()) -> list:
    """The event's own quantities, and those inside its evidence or its claim's content,
    but for ``skip``."""
    ids = set(event.quantities)
    spans = [(event.evidence.start, event.evidence.end)]
    if claim:
        spans.append((claim.content.start, claim.content.end))
    found = []
    for q in analysis.quantities:
        if q.id in skip:
            continue
        if q.id in ids or any(_inside(q.span.start, q.span.end, s, e) for s, e in spans):
            found.append(q)
    return found


def _quantity_ref(q, text: str) -> QuantityRef:
    """``text``: the article's, where the noun after the number names the side counted."""
    return QuantityRef(id=q.id, value=q.value, counted=q.counted, bound=q.bound,
                       approximate=q.approximate, text=q.span.text, fate=q.fate,
                       victims=victims_of(text, q.span.end))


# Who a toll counts, by side: the forces of a state, armed groups, or civilians. "Killed 30
# militants" and "killed 19 soldiers" are two tolls of one clash, not two accounts of one.
_SIDES = {
    "troops": ("soldiers soldier troops troop servicemen serviceman servicemembers marines "
               "sailors airmen conscripts policemen policeman police officers guards "
               "peacekeepers"),
    "militants": ("militants militant fighters fighter insurgents insurgent rebels rebel "
                  "attackers attacker gunmen gunman terrorists terrorist jihadists jihadist "
                  "assailants assailant extremists"),
    "civilians": ("civilians civilian residents villagers children passengers worshippers "
                  "pilgrims patients students pupils shoppers traders farmers herders "
                  "refugees"),
}
_SIDE_OF = {w: side for side, words in _SIDES.items() for w in words.split()}
# The noun a number counts comes right after it ("19 soldiers", "more than 30 of the
# attackers", "7 wounded civilians"), within two modifiers and before any clause break.
_AFTER_NUMBER = re.compile(r"(?:\s+of)?(?:\s+(?:the|its|their|his|her))?"
                           r"((?:\s+[A-Za-z][\w'-]*){1,3})")
_NOT_MODIFIER = frozenset(re.findall(r"\w+", (
    "in on at of and or but by to for from with when after before during including while who "
    "which that were was are is had have has been killed dead died injured hurt")))


def victims_of(text: str, end: int) -> str | None:
    """The side a count right before ``end`` counts ("19 soldiers": troops), or None when its
    noun names no side ("12 people") or is not next to it ("5 killed in the raid on police")."""
    m = _AFTER_NUMBER.match(text, end)
    if m is None:
        return None
    people = None
    for word in m.group(1).split():
        w = word.casefold()
        if w in _SIDE_OF:
            # "two Thai soldiers" and "three Cambodian soldiers": the people's adjective keeps
            # the two armies' counts apart ("thai troops"); see sides_differ
            return f"{people} {_SIDE_OF[w]}" if people else _SIDE_OF[w]
        if w in _NOT_MODIFIER:
            return None
        if word[:1].isupper():
            people = w
    return None


def sides_differ(a: str | None, b: str | None) -> bool:
    """Two counted sides that cannot be one: other kinds of people (troops, militants), or the
    same kind of two peoples ("thai troops", "cambodian troops"). A side that names no people
    ("troops") may be either people's."""
    if not (a and b):
        return False
    *pa, ka = a.split()
    *pb, kb = b.split()
    return ka != kb or bool(pa and pb and pa != pb)


def article_ref(analysis: Analysis) -> ArticleRef:
    a = analysis.article
    return ArticleRef(id=a.id, outlet=a.outlet, published=a.published, title=a.title,
                      text=a.text)


def _published_day(analysis: Analysis) -> date | None:
    published = analysis.article.published
    return published.date() if published else None


# A meeting's host: "hosted (two days of) talks", "for hosting the meeting", "talks hosted by",
# "under the auspices of". A host of a person ("hosted his Russian counterpart") is a side.
MEETING = (r"(?:talks|meeting|meetings|negotiations|summit|round|discussions|conference|"
           r"dialogue|consultations)")
_HOST_ACTIVE = re.compile(r"\bhost(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,4}?" + MEETING + r"\b",
                          re.IGNORECASE)
_HOST_AFTER = re.compile(r"\b(?:hosted|mediated|brokered|convened)\s+by\s+|"
                         r"\bunder\s+the\s+auspices\s+of\s+", re.IGNORECASE)
# Any host cue at all (plain substring tests): most articles have none.
_HOST_WORDS = ("host", "auspices", "mediated by", "brokered by", "convened by")
_BETWEEN = re.compile(r"\bbetween\s+", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:.()\u2014]|\s(?:which|who|that|to|for|on|in|after)\s")
_HOST_REACH = 60  # characters from a host's name to the cue it goes with


def _mentions(analysis: Analysis, ids: list[str], start: int, end: int) -> list[tuple[int, str]]:
    """(offset, actor id) of the mentions of ``ids`` in ``[start, end)``, in text order."""
    found = [(m.start, a.id) for a in analysis.actors if a.id in ids for m in a.mentions
             if start <= m.start < end]
    return sorted(found)


def meeting_roles(analysis: Analysis, ev: Event) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(hosts, sides) of a meeting event: the event's actors named as its host (the third
    party whose city or ministry received the talks) and the actors the sentence names as the
    sides ("talks between Yemen's government and the Houthis"). Both empty for any other
    event, or when no host is named."""
    if ev.type != "CONSULT" or not ev.actor:
        return (), ()
    text = analysis.article.text
    s, e = _sentence_bounds(text, ev.evidence.start)
    e = max(e, ev.evidence.end)
    everyone = [a.id for a in analysis.actors]
    named: list[str] = []  # whoever the cue names as host, an event actor or not
    for m in _HOST_ACTIVE.finditer(text, s, e):
        before = _mentions(analysis, everyone, max(s, m.start() - _HOST_REACH), m.start())
        if before:
            named.append(before[-1][1])
    for m in _HOST_AFTER.finditer(text, s, e):
        after = _mentions(analysis, everyone, m.end(), min(e, m.end() + _HOST_REACH))
        if after:
            named.append(after[0][1])
    if not named:
        return (), ()
    # The event's actor is the host when it is the one named, or its country. A host named
    # with no known country ("under the auspices of Foreign Minister Badr Albusaidi", told by
    # the ministry): an actor the sentence does not name, of the reporting ministry's own
    # country, is that host's country, not a side.
    known = _actor_countries(analysis)

    def country(a: str) -> str | None:
        return known.get(a) or country_of_id(a)

    host_countries = {country(a) for a in named} - {None}
    claim = next((c for c in analysis.claims if c.id == ev.claim), None) if ev.claim else None
    speaker = country(claim.source.actor) if claim and claim.source.actor else None
    unnamed = set(ev.actor) - {aid for _, aid in _mentions(analysis, ev.actor, s, e)}
    if speaker and any(country(a) is None for a in named):
        host_countries |= {speaker for a in unnamed if country(a) == speaker}
    hosts = [a for a in ev.actor if a in named or country(a) in host_countries]
    if not hosts:
        return (), ()
    sides: list[str] = []
    for m in _BETWEEN.finditer(text, s, e):
        stop = _CLAUSE_END.search(text, m.end(), e)
        sides += [aid for _, aid in _mentions(analysis, everyone, m.end(),
                                               stop.start() if stop else e)]
    hosts_set = set(hosts)
    return (tuple(dict.fromkeys(hosts)),
            tuple(dict.fromkeys(a for a in sides if a not in hosts_set)))


# A perfect in reported speech ("said on Tuesday that Ethiopia had massed 8,000 troops"): the
# act came before the day of the saying, which is the date the event was given.
_PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:(?:not|already|now|since|reportedly|been)\s+)*"
                      r"[a-z]+(?:ed|en|wn|ent|ne|uck|ught|ld|de|pt|lt|ung)\b", re.IGNORECASE)
# Days before the saying such an act may lie: a deployment is a state that holds for days;
# talks 'had produced' a deal were held, and the deal made, in the days before the side said so.
SAID_LOOKBACK = {"MOBILIZE": 7, "CONSULT": 3, "AGREE": 3}


_SINCE_YEAR = re.compile(r"\bsince\s+(?:[\w'’-]+\s+){0,5}?(?:19|20)\d\d\b", re.IGNORECASE)


def background(ev: Event) -> bool:
    """An event the extractors dated only by publication whose own words span years ("the
    war, which has killed tens of thousands since February 2022", "talks have been held on
    and off since 2022"): background, not news of the days before publication."""
    text = ev.evidence.text
    return ev.date.how == "publication" and bool(
        _SINCE_YEAR.search(text) or _WAR_KILLED.search(text))


_AND_DAY = re.compile(r"\s+(?:and|to|through|until)\s+(" + "|".join(WEEKDAYS) + r")\b",
                      re.IGNORECASE)


def _through_day(text: str, ev: Event, when: DateInterval | None) -> DateInterval | None:
    """'met on Monday and Tuesday', 'from Friday to Sunday': the event's day is the first of
    two the text names; it runs through the second."""
    span = ev.date.span
    if when is None or span is None or when.days != 1:
        return when
    m = _AND_DAY.match(text, span.end)
    if m is None:
        return when
    ahead = (WEEKDAYS[m.group(1).lower()] - when.start.weekday()) % 7
    return DateInterval(when.start, when.end + timedelta(days=ahead)) if ahead else when


def _perfect_after(ev: Event, text: str) -> bool:
    """'said that talks with X had produced …': an event noun whose own verb, right after it,
    is a perfect."""
    return _PERFECT.match(text[ev.evidence.end:ev.evidence.end + 40].lstrip()) is not None


_PERFECT_BEFORE = re.compile(_PERFECT.pattern + r"\s+(?:(?:a|an|the|its|their)\s+)?$",
                             re.IGNORECASE)


def _perfect_before(ev: Event, text: str) -> bool:
    """'said that talks had produced an agreement': an event noun that is the object of a
    perfect right before it."""
    start = ev.evidence.start
    return _PERFECT_BEFORE.search(text, max(0, start - 40), start) is not None


def _said_interval(ev: Event, claim: Claim | None, when: DateInterval | None,
                   text: str = "") -> DateInterval | None:
    """The days of an act told under a dated saying. An act told in the perfect ("has moved
    troops, diplomats said on Monday") is from a few days before the saying (a week for a
    deployment) to its day. An act the time stage dated only by publication because its one
    date was the saying's ("were killed, the army said on Tuesday") happened on or in the few
    days before that day."""
    if claim is None or claim.date is None or when is None:
        return when
    perfect = bool(_PERFECT.search(ev.evidence.text) or _perfect_after(ev, text)
                   or _perfect_before(ev, text))
    lookback = SAID_LOOKBACK.get(ev.type) if perfect else None
    if ev.date.how == "publication" and claim.date.how in ("explicit", "relative") \
            and claim.date.precision in ("day", "part", "time"):
        said = parse_interval(claim.date.value[:10])
        if said is None or said.end > when.end:
            return when
        days = max(lookback or 0, PUBLICATION_LOOKBACK)
        return DateInterval(said.end - timedelta(days=days), said.end)
    # the saying's date is the act's, or the act has no date of its own but one told before
    # ("Qatar has raised its pledge, and the EU has pledged 2.5 million euros, it said")
    same = claim.date.span is not None and ev.date.span is not None \
        and claim.date.span.start == ev.date.span.start
    if lookback is None or not (same or ev.date.how == "context"):
        return when
    return DateInterval(when.start - timedelta(days=lookback), when.end)


# 'another attack', 'a second drone strike', 'in a separate raid', 'hours earlier, X struck':
# the writer tells a different act of the kind told before. Not 'for a second day' (the same
# fighting going on) nor 'a second time' said of one act's repeated blows.
_ANOTHER = re.compile(
    r"\b(?:another\b(?!\s+(?:day|time|round|one)\b)"
    r"|a\s+(?:second|third|fourth|separate)\b(?!\s+(?:day|time|straight|consecutive)\b)"
    r"|(?:hours|minutes|moments)\s+(?:earlier|later)\b)",
    re.IGNORECASE)


# Right after the trigger: 'answered by dispatching warships of its own', 'responded in kind'
# (one side's act answering the other's, in a sentence that may tell both).
_IN_KIND = re.compile(r"^\W*(?:\w+\W+){0,3}?(?:(?:of|with)\s+(?:its|their)\s+own|in\s+kind)\b",
                      re.IGNORECASE)


# Read at the trigger: an exchange of fire and a strike are two acts even at one place on one
# day (a border firefight and a drone strike on a depot nearby).
_EXCHANGE = re.compile(
    r"(?:exchang\w*|trad\w*)\s+(?:of\s+)?(?:[\w-]+\s+(?:and\s+)?){0,3}?(?:fire|gunfire|shots)\b"
    r"|(?:firefight|gun\s?battle|gunfight|skirmish)"
    r"|open(?:ed|s|ing)?\s+fire\b", re.IGNORECASE)  # gunfire at posts, not a strike from afar
_STRIKE = re.compile(r"(?:(?:air|drone|missile)[\s-]?)?(?:(?:had|has|have)\s+)?"
                     r"(?:strikes?|struck|bomb(?:ed|ing|s)?)\b"
                     r"|airstrikes?\b", re.IGNORECASE)
_CODED = re.compile(r"^[A-Z]{3}(?:\.|$)")  # a coded actor: a country's, an armed group's


def fighting_sides(actor_ids: Iterable[str]) -> set[str]:
    """The fighting sides coded actors name: a country ('PAK.MIL' and 'PAK.POL' are one
    side), else the group."""
    return {country_of_id(a) or a for a in actor_ids if _CODED.match(a)}


def fight_kind(after_trigger: str, actors: list[str], recipients: list[str]) -> str | None:
    """'exchange', 'strike' or None, for an ASSAULT: its trigger's words, or its actors
    naming two sides and no one attacked ('Taliban and Pakistani troops accused each other')."""
    if _EXCHANGE.match(after_trigger):
        return "exchange"
    if _STRIKE.match(after_trigger):
        return "strike"
    sides = fighting_sides(actors)
    return "exchange" if len(sides) >= 2 and not recipients else None


# "the strike hit a compound", "this attack killed": a definite name of an act, told again
_BACK = re.compile(r"(?:the|this|that)\s+(?:[a-z]+\s+)?(?:strike|airstrike|air\s+strike|attack"
                   r"|raid|bombing|shelling|assault|blast|explosion|ambush|bombardment)\b",
                   re.IGNORECASE)


def refers_back(evidence: str) -> bool:
    """The evidence opens on a definite name of an act ("the strike hit a compound")."""
    return _BACK.match(evidence) is not None


def tells_another(evidence: str, after_trigger: str = "") -> bool:
    """The evidence tells another act than one told before; ``after_trigger``: the words
    from the trigger on."""
    return _ANOTHER.search(evidence) is not None or _IN_KIND.match(after_trigger) is not None


_BOTH_SIDES = re.compile(r"(?:that\s+)?(?:the\s+two|both)\s+(?:sides|parties|delegations)\b",
                         re.IGNORECASE)


# A dateline: a place opening a line, then maybe its day and the outlet in brackets, and a dash
# ('KYIV (Wire) -', 'Phnom Penh, November 5 -', 'GENEVA, Nov. 5 (Wire) —').
_DATELINE_AFTER = re.compile(r"(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
                             r"\s*(?:\([^)\n]{0,60}\)\s*)?[-\u2013\u2014]")


def _dateline(text: str, start: int, end: int) -> bool:
    return (start == 0 or text[start - 1] == "\n") and bool(_DATELINE_AFTER.match(text, end))


def place_told(ev: Event, place: Place | None, sentences: SentenceTerms) -> bool:
    """The event's place is named in its own sentence(s), other than as the dateline. A place
    the events stage took from the article ('dateline', 'article') is not; one given without
    its mentions (built by hand, not read) is taken as told. ``place``: the event's place of
    the analysis; ``sentences``: its article's (:class:`SentenceTerms`)."""
    if ev.place_how in ("dateline", "article"):
        return False
    if place is None or not place.mentions:
        return True
    text = sentences.text
    s, e = sentences.bounds(ev.evidence.start, ev.evidence.end)
    return any(s <= m.start < e and not _dateline(text, m.start, m.end) for m in place.mentions)


def _place_countries(analysis: Analysis) -> frozenset[str]:
    from wirecoder.link.compat import alpha3

    return frozenset(c for p in analysis.places if (c := alpha3(p.country)))


def reports_of(analysis: Analysis) -> list[Report]:
    """One :class:`Report` per event of ``analysis``."""
    known = _actor_countries(analysis)
    claims = {c.id: c for c in analysis.claims}
    published = analysis.article.published
    out = []
    low = analysis.article.text.lower()
    hosting = any(w in low for w in _HOST_WORDS)
    roles = {ev.id: meeting_roles(analysis, ev) if hosting else ((), ())
             for ev in analysis.events}
    skip = no_toll(analysis)
    # and of the places it names: 'nine fishermen were freed on Jolo' is about the Philippines
    # whether or not the place stage tied Jolo to that event
    article_countries = frozenset(known.values()) | _place_countries(analysis)
    sentence_terms = SentenceTerms(analysis.article.text,
                                   ((m.start, m.end) for a in analysis.actors for m in a.mentions),
                                   analysis.article.outlet)
    places = {p.id: p for p in analysis.places}
    # "The two sides agreed to reopen the roads": the sides of the hosted talks it follows.
    talks_sides = list(dict.fromkeys(a for _, sides in roles.values() for a in sides))
    for ev in analysis.events:
        claim = claims.get(ev.claim) if ev.claim else None
        hosts, sides = roles[ev.id]
        if not ev.actor and len(talks_sides) >= 2 and _BOTH_SIDES.match(ev.evidence.text):
            sides = tuple(talks_sides)
        actors = [a for a in ev.actor if a not in hosts] + [
            a for a in sides if a not in ev.actor and a not in ev.recipient]
        recipients = [a for a in ev.recipient if a not in hosts]
        speaker_actor = claim.source.actor if claim else None
        terms, names = sentence_terms.of(ev.evidence.start, ev.evidence.end)
        speaker_country = (known.get(speaker_actor) or country_of_id(speaker_actor)
                           if speaker_actor else None)
        out.append(Report(
            article_id=analysis.article.id,
            event_id=ev.id,
            outlet=analysis.article.outlet,
            published=published.isoformat() if published else None,
            type=ev.type,
            mode=ev.mode,
            actors=tuple(actors),
            recipients=tuple(recipients),
            actor_countries=_countries(actors, known),
            recipient_countries=_target_countries(recipients, actors, known),
            place=place_ref(places, ev.place),
            place_told=place_told(ev, places.get(ev.place) if ev.place else None,
                                  sentence_terms),
            date_value=ev.date.value,
            precision=ev.date.precision,
            how=ev.date.how,
            when=None if background(ev) else _said_interval(ev, claim, _through_day(
                analysis.article.text, ev,
                interval_of(ev.date.value, ev.date.how, _published_day(analysis))),
                analysis.article.text),
            status=ev.status,
            claim_id=claim.id if claim else None,
            speaker=claim.source.text if claim else None,
            speaker_actor=speaker_actor,
            speaker_country=speaker_country,
            speaker_kind=claim.source.kind if claim else None,
            polarity=claim.polarity if claim else "positive",
            hedged=bool(claim and claim.hedged),
            hedges=tuple(h.text for h in claim.hedges) if claim else (),
            evidence=ev.evidence.text,
            claim_text=claim.content.text if claim else None,
            next_sentence=_next_sentence(analysis.article.text, ev.evidence.end),
            quantities=tuple(_quantity_ref(q, analysis.article.text)
                             for q in _event_quantities(analysis, ev, claim, skip)),
            hosts=hosts,
            host_countries=_countries(list(hosts), known),
            terms=terms,
            names=names,
            article_countries=article_countries,
            at=ev.evidence.start,
            another=tells_another(ev.evidence.text,
                                  analysis.article.text[ev.trigger.start:ev.trigger.start + 60]),
            back=refers_back(ev.evidence.text),
            fight=(fight_kind(analysis.article.text[ev.trigger.start:ev.trigger.start + 40],
                              actors, recipients) if ev.type == "ASSAULT" else None),
        ))
    return out


_WORD = re.compile(r"[^\W\d_][\w'’-]*|\d[\d,.]*\d|\d")
# A capitalised word (then .isupper() on its first letter) not opening the text after a dateline
# ("KYIV (Wire) — Shells fell").
_CAPITAL = re.compile(r"(?<![\w'’-])(?<![—–-] )[^\W\d_a-z][\w'’-]*")
# Words every report of any event may hold: English function words, attribution, and the names
# of days and parts of days (dates are compared on their own).
_COMMON = frozenset("""
a about above across after again against all almost along already also although always am
among an and another any anyone anything are around as at back be became because become been
before being below between both but by can cannot could did do does doing done down during
each either else enough even ever every few for former from further had has have having he
her here hers herself him himself his how however if in including into is it its itself just
last least less made make many may me might more most much must my myself near neither never
nevertheless next no nobody none nor not nothing now of off often on once one only onto or
other others otherwise our ours ourselves out over own per perhaps rather same several she
should since so some something still such than that the their theirs them themselves then
there these they this those though through throughout thus to together too toward towards
under until up upon us very via was we well were what whatever when where whether which while
who whole whom whose why will with within without would yet you your yours
afterwards alone amongst amount anyhow anyway anywhere becomes becoming beforehand behind beside
besides beyond bottom call due elsewhere empty everyone everything everywhere except formerly
front full get give go hence indeed keep latter meanwhile mine moreover mostly move name namely
nowhere part please put quite really regarding see seem seemed seems serious show side someone
sometime sometimes somewhere take therefore top unless used using various whereas whenever
wherever whoever yourself i two three four five six seven eight nine ten eleven twelve fifteen
twenty forty fifty sixty hundred first third
said say says saying told tell according added statement report reports reported official
officials spokesman spokeswoman spokesperson ministry monday tuesday wednesday thursday friday
saturday sunday morning afternoon evening night overnight day days week weeks today yesterday
hours hour early late later time news agency people""".split())  # noqa: SIM905


@cache
def _country_words() -> frozenset[str]:
    """Words of country names, capitals and demonyms ('Tajik', 'Bishkek'): a name of the story's
    sides, shared by every report of it, not of one event's place."""
    from wirecoder.kb.actors import load

    words: set[str] = set()
    for c in load().countries.values():
        for phrase in (c.name, *c.aliases, *c.capitals, *c.demonyms):
            words.update(_stem(w.lower()) for w in _WORD.findall(phrase))
    return frozenset(words)


def _stem(word: str) -> str:
    """A crude suffix strip, enough to meet 'shelled' with 'shelling' and 'drones' with 'drone'."""
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


@lru_cache(maxsize=1 << 16)
def _term(word: str) -> str | None:
    """A word's comparable form, or None for a function or attribution word."""
    low = word.lower().replace("’", "'")
    low = low.removesuffix("'s")
    if len(low) < 3 or low in _COMMON:
        return None
    return _stem(low)


class SentenceTerms:
    """(content terms, proper names) of the sentence(s) holding a span of one article, each
    sentence read once however many events it holds.

    A name is a capitalised word that does not open the sentence and lies in no actor mention:
    actors are compared by id, and country words ('Tajik', 'Bishkek') name the story's sides,
    not one event's place or ship. The outlet's own name ('KYIV (Meridian Wire) -') is no word
    of the event's.
    """

    def __init__(self, text: str, actor_spans: Iterable[tuple[int, int]] = (),
                 outlet: str | None = None) -> None:
        self.text = text
        self._outlet = frozenset(t for w in _WORD.findall(outlet or "") if (t := _term(w)))
        self._starts, self._ends = [0], []
        for m in _SENTENCE_END.finditer(text):
            self._ends.append(m.start() + 1)
            self._starts.append(m.end())
        spans = sorted(actor_spans)
        self._actor_starts = [a for a, _ in spans]
        self._actor_ends = [b for _, b in spans]
        self._done: dict[tuple[int, int], tuple[tuple[str, ...], tuple[str, ...]]] = {}

    def _in_actor(self, pos: int) -> bool:
        # Mentions hardly overlap: the last three starting before ``pos`` are enough to ask.
        k = bisect_right(self._actor_starts, pos) - 1
        return k >= 0 and any(self._actor_ends[i] > pos for i in range(max(0, k - 2), k + 1))

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        """Where the sentence(s) holding ``[start, end)`` begin and end."""
        first = bisect_right(self._starts, start) - 1
        last = bisect_right(self._starts, max(start, end - 1)) - 1
        return (self._starts[first],
                self._ends[last] if last < len(self._ends) else len(self.text))

    def of(self, start: int, end: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
        s0, s1 = self.bounds(start, end)
        found = self._done.get((s0, s1))
        if found is None:
            found = self._done[(s0, s1)] = self._read(s0, s1)
        return found

    def _read(self, s0: int, s1: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
        terms = {t for w in _WORD.findall(self.text, s0, s1) if (t := _term(w))} - self._outlet
        countries = _country_words()
        names = {t for m in _CAPITAL.finditer(self.text, s0 + 1, s1)
                 if (t := _term(m.group())) in terms and t not in countries
                 and m.group()[0].isupper() and not self._in_actor(m.start())}
        return tuple(sorted(terms)), tuple(sorted(names))


@dataclass(frozen=True, slots=True)
class QuantityPoint:
    """A counted number with what it is about, when and who said it: one estimate point."""

    article_id: str
    quantity_id: str
    value: float
    counted: str
    fate: str | None  # what happened to the counted things: fired, intercepted, deployed …
    bound: str
    approximate: bool
    text: str
    subject: str | None  # actor id (or country) the number is about
    event_id: str | None
    date: str | None  # ISO date the number was stated for
    outlet: str | None
    speaker: str | None
    claim_id: str | None
    hedged: bool
    hedges: tuple[str, ...]
    victims: str | None = None  # which side a toll counts: troops, militants, civilians


def _next_sentence(text: str, pos: int) -> str:
    """The sentence after the one ``pos`` is in."""
    m = _SENTENCE_END.search(text, pos)
    if not m:
        return ""
    nxt = _SENTENCE_END.search(text, m.end())
    return text[m.end():nxt.start() + 1 if nxt else len(text)]


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.end() > pos:
            break
        start = m.end()
    m = _SENTENCE_END.search(text, pos)
    return start, (m.start() + 1 if m else len(text))


# A place an actor is the object of ("troops in Russia", "shipped to Russia's far east"): where
# the counted things are or go, not whose they are.
_LOCATIVE = re.compile(r"\b(?:in|into|inside|at|to|near|on|onto|within|across|throughout|"
                       r"towards?)\s+(?:the\s+)?$", re.IGNORECASE)
# "3,000 troops from North Korea", "the 1,500 soldiers of Pyongyang": the owner after the noun.
_OWNER_AFTER = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?$", re.IGNORECASE)
_AGENT = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)
_NOUN_REACH = 60  # characters from a number to the noun it counts ("11,000 North Korean soldiers")
_NOUN_WORDS = 4  # words between them at most ("1,500 North Korean special forces")


def _locative(text: str, start: int) -> bool:
    return bool(_LOCATIVE.search(text, max(0, start - 12), start))


_CLAUSE_BREAK = re.compile(r"[,;:()\u2014]")


@cache
def _word_pattern(word: str) -> re.Pattern[str]:
    """A counted noun as a whole word, compiled once per noun."""
    return re.compile(r"\b" + re.escape(word) + r"\b", re.IGNORECASE)


def _counted_end(text: str, q, limit: int) -> int:
    """Where the counted noun after the number ends ("11,000 North Korean soldiers"); the
    number's own end when the noun is not in reach (no clause punctuation in between)."""
    if not q.counted:
        return q.span.end
    m = _word_pattern(q.counted).search(text, q.span.end, min(limit, q.span.end + _NOUN_REACH))
    between = text[q.span.end:m.start()] if m else ""
    if m is None or _CLAUSE_BREAK.search(between) or len(between.split()) > _NOUN_WORDS:
        return q.span.end
    return m.end()


def _subject_in_sentence(analysis: Analysis, q, claim: Claim | None) -> str | None:
    """Who a number is about, from the actors of its own sentence (from its claim's content
    when it is in one, so the speaker is not taken): an actor inside the counted noun phrase
    ("11,000 North Korean soldiers", "3,000 troops from North Korea"), else the first actor
    before the number that is no place object ("troops in Russia" is about whoever sent
    them), else an agent after it ("sent by Pyongyang"). An actor later in the sentence is
    more often a source or a bystander ("a figure that Latvian officials doubted"): None,
    and the estimate series decides from the article's other counts."""
    text = analysis.article.text
    pos = q.span.start
    s, e = _sentence_bounds(text, pos)
    if claim is not None and claim.content.start <= pos < claim.content.end:
        s = max(s, claim.content.start)
    noun_end = _counted_end(text, q, e)
    before, inside, agents = [], [], []
    for actor in analysis.actors:
        for m in actor.mentions:
            if not s <= m.start < e:
                continue
            if q.span.end <= m.start < noun_end or (
                    noun_end > q.span.end and m.start >= noun_end
                    and _OWNER_AFTER.fullmatch(text, noun_end, m.start)):
                inside.append((m.start, actor.id))
            elif _locative(text, m.start):
                continue
            elif m.start < pos:
                before.append((m.start, actor.id))
            elif _AGENT.search(text, max(0, m.start - 8), m.start):
                agents.append((m.start, actor.id))
    for found in (inside, before, agents):
        if found:
            return min(found)[1]
    return None


# "up from about 7,000 in October", "down from 3,000 last year": the earlier figure of a
# change is dated by the time told right after it, not by the saying; whether a date is such
# a figure's is the time stage's call (time.after_earlier_figure), made once for both.
_THEN = re.compile(r"(?:\s+[a-z]+){0,2}\s+|\s+", re.IGNORECASE)  # " in ", " troops in "


def earlier_date(analysis: Analysis, q) -> str | None:
    """The date of the earlier figure of a change ('up from about 7,000 in October'), or
    None when the number is not one or no date follows it."""
    text = analysis.article.text
    after = sorted((t for t in analysis.timexes if t.type == "DATE" and t.value[:4].isdigit()
                    and q.span.end < t.span.start <= q.span.end + 30),
                   key=lambda t: t.span.start)
    return next((t.value for t in after if _THEN.fullmatch(text, q.span.end, t.span.start)
                 and after_earlier_figure(text, t.span.start)), None)


def quantity_points_of(analysis: Analysis) -> list[QuantityPoint]:
    """Every counted quantity with its subject, date and source."""
    text_claims = sorted(analysis.claims, key=lambda c: c.content.start)
    events = analysis.events
    published = analysis.article.published
    day = published.date().isoformat() if published else None
    out = []
    skip = no_toll(analysis)
    for q in analysis.quantities:
        if not q.counted or q.id in skip:
            continue
        claim = next((c for c in text_claims
                      if _inside(q.span.start, q.span.end, c.content.start, c.content.end)),
                     None)
        # Else the event its claim tells: "the toll from Tuesday's attack has risen to five".
        event = next((ev for ev in events if q.id in ev.quantities), None) or next(
            (ev for ev in events
             if _inside(q.span.start, q.span.end, ev.evidence.start, ev.evidence.end)), None) \
            or next((ev for ev in events if claim and ev.claim == claim.id), None)
        subject = None
        if event is not None and event.actor:
            subject = event.actor[0]
        if subject is None:
            subject = _subject_in_sentence(analysis, q, claim)
        when = day
        if claim and claim.date and claim.date.precision in ("day", "part", "time"):
            when = claim.date.value[:10]
        when = earlier_date(analysis, q) or when
        speaker = claim.source.text if claim else None
        if (other := _GIVEN_BY.match(analysis.article.text, q.span.end)) is not None:
            speaker = other.group(1)  # "the figure of 8,000 given by Asmara": Asmara's figure
        out.append(QuantityPoint(
            article_id=analysis.article.id, quantity_id=q.id, value=q.value,
            counted=q.counted, fate=q.fate, bound=q.bound, approximate=q.approximate,
            text=q.span.text,
            subject=subject, event_id=event.id if event else None, date=when,
            outlet=analysis.article.outlet, speaker=speaker,
            claim_id=claim.id if claim else None,
            hedged=bool(claim and claim.hedged) or _hedged_near(analysis.article.text, q),
            hedges=tuple(h.text for h in claim.hedges) if claim else (),
            victims=victims_of(analysis.article.text, q.span.end)))
    return out


# A figure the sentence gives as someone else's: "the figure of 8,000 given by Asmara".
_GIVEN_BY = re.compile(r"(?:\s+[a-z]+){0,2}?\s+(?:given|cited|claimed|quoted|put\s+forward|"
                       r"reported|announced|published)\s+by\s+((?:the\s+)?[A-Z][\w'’.-]*"
                       r"(?:\s+(?:of\s+)?[A-Z][\w'’.-]*)*)")
_FORWARD = re.compile(r"\b(may|might|could|would|expected to|likely to|set to|plans? to|"
                      r"grow to|rise to|reach)\b", re.IGNORECASE)


def _hedged_near(text: str, q) -> bool:
    """A projection ("may grow to 100,000") hedges a number even outside any claim."""
    window = text[max(0, q.span.start - 40):q.span.start]
    return bool(_FORWARD.search(window))
