"""Pairwise compatibility of two reports: actors, places, dates, evidence text.

Each ``*_match`` returns -1 (they cannot be the same event), 0 (nothing to compare) or a
positive agreement score. :func:`pair_score` combines them into one symmetric score, or None.
"""

from __future__ import annotations

import math
from functools import cache

from rapidfuzz import fuzz, utils

from wirecoder.link.contradict import canonical_counted
from wirecoder.link.dates import gap_days
from wirecoder.link.records import PlaceRef, Report, fighting_sides

DATE_SLACK = 1  # days: "overnight" and "on Tuesday" may name adjacent days of one event
NEAR_KM = 15.0  # the same place, by coordinates
AREA_KM = 60.0  # a city and its outskirts, a front-line district
ADMIN_KM = 300.0  # a place inside a region whose code is unknown
BORDER_KM = 40.0  # towns either side of a border that one clash may be placed in
MERGE_THRESHOLD = 2.5
ROLE_POINTS = {2: 1.5, 1: 0.75, 0: 0.0}  # same actor id, same country, nothing to compare
MODE_POINTS = 0.5  # modes are soft: extractors name one strike "aerial" and "heavy-weapons"
SAME_NUMBER_POINTS = 1.0  # "43 detained" in both reports
COPY_TEXT = 0.9  # evidence similarity of the same sentence in two syndicated copies
COPY_SCORE = 10.0
# dates an article's own words give an event (not its publication day)
TEXT_DATED = frozenset({"explicit", "relative", "context"})
SHORT_EVIDENCE = 5  # tokens: below this, a subset match ("the attack") proves nothing


# PLOVER types coders confuse for one act (water cannon: ASSAULT or COERCE; an asset freeze:
# COERCE or SANCTION; 'agreed on a prisoner swap': AGREE or SUPPORT, endorsing it). They may
# merge, at a cost; any other pair of types may not.
NEAR_TYPES = frozenset({frozenset({"COERCE", "SANCTION"}), frozenset({"ASSAULT", "COERCE"}),
                        frozenset({"AGREE", "SUPPORT"})})
NEAR_TYPE_POINTS = -1.0
TYPE_FAMILY = {"ASSAULT": "force", "COERCE": "force", "SANCTION": "force", "AGREE": "accord",
               "SUPPORT": "accord"}


def types_compatible(a: str, b: str) -> bool:
    return a == b or frozenset({a, b}) in NEAR_TYPES


# PLOVER codes what rioters do as PROTEST riot, but a report that does not name them as the
# doers ('the attack on the embassy', 'set the sentry box on fire') reads as an ASSAULT. Not
# the police's answer to a protest (crowd control, beatings): that is another act.
VIOLENT_PROTEST = frozenset({"riot", "vandalize"})
POLICING = frozenset({"crowd-control", "beat"})


def _riot_told_as_attack(t1: str, m1: str | None, t2: str, m2: str | None) -> bool:
    return t1 == "PROTEST" and m1 in VIOLENT_PROTEST and t2 == "ASSAULT" and m2 not in POLICING


# An attack with weapons is never told as an arrest: 'four farmers were detained' on the day
# of a firefight or a shelling is another act. (An abduction, a beating, crowd control or an
# attack told with no weapon may be the arrest told otherwise.)
WEAPON_MODES = frozenset({"firearms", "heavy-weapons", "aerial", "drone", "explosives",
                          "suicide-attack", "unconventional", "destroy", "primitive"})


def _arrest_and_attack(t1: str, m1: str | None, t2: str, m2: str | None) -> bool:
    return t1 == "COERCE" and m1 == "arrest" and t2 == "ASSAULT" and m2 in WEAPON_MODES


def _restriction_and_attack(t1: str, m1: str | None, t2: str, m2: str | None) -> bool:
    """Blocking a way ('its path was blocked by three vessels', 'officers blocked the avenue')
    is a restriction of movement, never an attack told otherwise: the water cannon fired or
    the shots that follow are another act."""
    return t1 == "COERCE" and m1 == "restrict" and t2 == "ASSAULT"


def kinds_compatible(t1: str, m1: str | None, t2: str, m2: str | None) -> bool:
    """Types (with their modes) that may be one act: the same type, near types (not an arrest
    and an attack on others, nor a blocked way and an attack), or a riot and an attack nobody
    is named doing."""
    if _arrest_and_attack(t1, m1, t2, m2) or _arrest_and_attack(t2, m2, t1, m1) \
            or _restriction_and_attack(t1, m1, t2, m2) or _restriction_and_attack(t2, m2, t1, m1):
        return False
    return (types_compatible(t1, t2) or _riot_told_as_attack(t1, m1, t2, m2)
            or _riot_told_as_attack(t2, m2, t1, m1))


def families(r: Report) -> tuple[str, ...]:
    """The blocking families of a report's type: a riot is also blocked with the attacks."""
    family = TYPE_FAMILY.get(r.type, r.type)
    if r.type == "PROTEST" and r.mode in VIOLENT_PROTEST:
        return (family, TYPE_FAMILY["ASSAULT"])
    return (family,)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


@cache
def alpha3(alpha2: str | None) -> str | None:
    """Place countries are alpha-2, actor countries alpha-3."""
    if not alpha2:
        return None
    import pycountry

    found = pycountry.countries.get(alpha_2=alpha2.upper())
    return found.alpha_3 if found else None


def role_match(ids_a: tuple[str, ...], ids_b: tuple[str, ...], countries_a: frozenset[str],
               countries_b: frozenset[str]) -> int:
    """2 = a shared actor id, 1 = the same country ('RUS.MIL' ~ 'RUS'), -1 = different
    countries on both sides, 0 = nothing to compare."""
    if not ids_a or not ids_b:
        return 0
    if set(ids_a) & set(ids_b):
        return 2
    if countries_a & countries_b:
        return 1
    if countries_a and countries_b:
        return -1
    return 0


def _coords(p: PlaceRef) -> bool:
    return p.lat is not None and p.lon is not None


def _area(p: PlaceRef) -> bool:
    """A province or district: it contains towns whatever their distance from its centre
    (a district's gazetteer point may lie 150 km from a town inside it)."""
    return p.kind == "admin1" or p.id.startswith("admin2:")


def _local(p: PlaceRef) -> bool:
    """A name the gazetteer lacks, placed at an anchor the article gave it (its nearest town,
    else the article's main place): its country and coordinates are that guess's."""
    return p.id.startswith("local:")


def _in_other_unit(p: PlaceRef, q: PlaceRef) -> bool:
    """'the village of Ber in the Timbuktu region' against Mopti: an unknown name the text
    put in a first-level unit (placed at that unit, precision admin1) is not in another unit
    of the same country, however near the unit's centre lies."""
    return _local(p) and p.precision == "admin1" and bool(p.admin1) and bool(q.admin1) \
        and p.country == q.country and p.admin1 != q.admin1


def place_match(p: PlaceRef | None, q: PlaceRef | None,
                sides: frozenset[str] = frozenset()) -> int:
    """2 = the same place, 1 = one contains or adjoins the other, -1 = apart, 0 = unknown.

    ``sides``: the countries (alpha-3) both reports name as the act's parties. Two places, one
    in each of two of them, do not veto: each side tells a clash between them on its own soil
    ('shelled our positions in X province' / 'fired rockets into Y province')."""
    if p is None or q is None:
        return 0
    if p.id == q.id:
        return 2
    if (_local(p) or _local(q)) and p.name.casefold() == q.name.casefold():
        return 2  # one unknown name, anchored by each article at its own main place
    if "country" in (p.kind, q.kind):
        # A country named near an event is often not where it happened ("US-made missiles"):
        # agreement counts, disagreement does not veto.
        return 1 if p.country and p.country == q.country else 0
    both = _coords(p) and _coords(q)
    km = haversine_km(p.lat, p.lon, q.lat, q.lon) if both else None  # type: ignore[arg-type]
    if _in_other_unit(p, q) or _in_other_unit(q, p):
        return -1
    # An unknown name's country and coordinates are its anchor's, a town or a province centre
    # that may lie across a border from it ('Torkham' anchored at Peshawar): near enough to be
    # where it is told, it neither agrees nor vetoes.
    if ((_local(p) or _local(q)) and km is not None and km <= ADMIN_KM
            and (km > AREA_KM or p.country != q.country)):
        return 0
    if p.country and q.country and p.country != q.country:
        if {alpha3(p.country), alpha3(q.country)} <= sides:
            return 0
        # Two villages either side of a border: each side tells a border clash on its own
        # soil ('shelled Vorukh' / 'fired on a post near Kok-Tash'). Not agreement, no veto.
        near = km is not None and km <= BORDER_KM and not (_area(p) or _area(q))
        return 0 if near else -1
    if _area(p) or _area(q):
        if p.admin1 and q.admin1:
            return 1 if p.admin1 == q.admin1 else -1
        if km is not None:
            return 1 if km <= ADMIN_KM else -1
        return 0
    if km is not None:
        if km <= NEAR_KM:
            return 2
        return 1 if km <= AREA_KM else -1
    if p.name.casefold() == q.name.casefold():
        return 2
    return -1 if p.country and p.country == q.country else 0


def places_compatible(ps: frozenset[PlaceRef], qs: frozenset[PlaceRef],
                      sides: frozenset[str] = frozenset()) -> bool:
    return all(place_match(p, q, sides) >= 0 for p in ps for q in qs)


def shared_sides(a: frozenset[str], b: frozenset[str]) -> frozenset[str]:
    """The countries both reports (or clusters) name as parties, when they name two or more:
    the two sides of one act between countries."""
    both = a & b
    return both if len(both) >= 2 else frozenset()


def text_similarity(a: str, b: str) -> float:
    """Token-based similarity of two evidence texts in [0, 1]: token-set overlap, unless one
    text is so short that being a subset of the other means little. (Dropping function words
    first was tried: it lowers paraphrases more than it separates different events.)"""
    a, b = utils.default_process(a), utils.default_process(b)
    if min(len(a.split()), len(b.split())) < SHORT_EVIDENCE:
        return fuzz.token_sort_ratio(a, b) / 100.0
    return fuzz.token_set_ratio(a, b) / 100.0


TERM_WEIGHT = 2.0  # times the Dice overlap of the two sentences' content terms
NAME_POINTS = 0.75  # per proper name (not an actor) both sentences hold, up to NAME_CAP
NAME_CAP = 2
TERM_MAX = TERM_WEIGHT + NAME_POINTS * NAME_CAP
TERM_DATES = 1.0  # only reports of the same one day: the shared words of a place's next day


def _shared(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    return len(set(a).intersection(b)) if a and b else 0


def _dice(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    return 2 * _shared(a, b) / (len(a) + len(b)) if a and b else 0.0


TWO_SIDED = frozenset({"AGREE", "CONSULT", "ASSAULT"})


def _cross_roles(a: Report, b: Report) -> bool:
    """A country one report names as actor and the other as recipient: for a one-sided act
    (an aid delivery, an expulsion) the reports tell different acts, or one of them is parsed
    the other way round; what the sentences share is no evidence either way. Not so for acts
    both sides do, and for fighting, where each side's account names the other as the one who
    fired first."""
    if {a.type, b.type} & TWO_SIDED:
        return False
    return bool(a.actor_countries & b.recipient_countries
                or a.recipient_countries & b.actor_countries)


def term_points(a: Report, b: Report) -> float:
    """What the two sentences share when the fields do not: content words and names ('Kok-Tash',
    'Sea Lantern', 'Bulo Burte' that the place stage did not resolve)."""
    if _cross_roles(a, b):
        return 0.0
    return (TERM_WEIGHT * _dice(a.terms, b.terms)
            + NAME_POINTS * min(NAME_CAP, _shared(a.names, b.names)))


def mode_points(a: Report, b: Report) -> float:
    """Modes subdivide a type ('restrict' of COERCE, 'discontinue' of SANCTION): across two
    near types they always differ, which the near-type cost already counts."""
    if not a.mode or not b.mode or a.type != b.type:
        return 0.0
    return MODE_POINTS if a.mode == b.mode else -MODE_POINTS


def number_points(a: Report, b: Report) -> float:
    """The same counted number in both reports is strong evidence of the same event."""
    mine = {(q.value, canonical_counted(q.counted)) for q in a.quantities
            if q.counted and q.value > 1}
    theirs = {(q.value, canonical_counted(q.counted)) for q in b.quantities}
    return SAME_NUMBER_POINTS if mine & theirs else 0.0


# Acts commonly answered in kind: with actor and recipient swapped they are the answer (the
# second expulsion, the counter-accusation, the retaliatory seizure), not one act parsed the
# other way round; only other types read swapped roles as the same event.
ANSWERED_IN_KIND = frozenset({"ACCUSE", "REJECT", "THREATEN", "SANCTION", "COERCE", "PROTEST"})


def _swapped(a: Report, b: Report) -> bool:
    """Actor and recipient agree once one report's roles are swapped."""
    if {a.type, b.type} & ANSWERED_IN_KIND:
        return False
    there = role_match(a.actors, b.recipients, a.actor_countries, b.recipient_countries)
    back = role_match(a.recipients, b.actors, a.recipient_countries, b.actor_countries)
    return min(there, back) >= 0 and max(there, back) > 0


def host_match(a: Report, b: Report) -> int:
    """A meeting's host, as :func:`role_match`: 2 = the same host, 1 = the same host country,
    or one report's host is the country the other places the meeting in ('hosted by Oman' ~
    'met in Muscat'), -1 = two different hosts (two meetings), 0 = nothing to compare."""
    if a.hosts and b.hosts:
        return role_match(a.hosts, b.hosts, a.host_countries, b.host_countries)
    host, other = (a, b) if a.hosts else (b, a)
    if host.hosts and other.place is not None:
        return 1 if alpha3(other.place.country) in host.host_countries else 0
    return 0


def meeting_sides(a: Report, b: Report) -> int:
    """The sides of a meeting, whichever report names which side first ('A met B', 'B held
    talks with A', 'talks between A and B'): 2 = a shared side, 1 = a shared country, -1 = each
    names a country the other does not, 0 = nothing to compare."""
    ids_a, ids_b = a.actors + a.recipients, b.actors + b.recipients
    if not ids_a or not ids_b:
        return 0
    if set(ids_a) & set(ids_b):
        return 2
    ca, cb = a.countries, b.countries
    if ca and cb and not (ca <= cb or cb <= ca):
        return -1
    return 1 if ca & cb else 0


_LATE_PARTS = frozenset({"EV", "NI"})
LATE_HOUR = 18  # from here an act may be told on the next day in another time zone
EARLY_HOUR = 9  # before this, on the day before (a 'morning' may run to noon: not early)


def _part(value: str | None) -> str | int | None:
    """The part of the day a date value names: an hour, 'MO', 'AF', 'EV', 'NI', or None."""
    if not value or "T" not in value:
        return None
    part = value.split("T", 1)[1]
    if part[:2].isdigit():
        return int(part[:2])
    return part[:2] or None


def _apart_in_the_day(a: Report, b: Report) -> bool:
    """Reports of adjacent days may tell one act across midnight or a time zone ('late on
    Tuesday' / 'before dawn on Wednesday'); not when both name the part of their day and the
    earlier one is not told late nor the later one early ('at 7 a.m. on Tuesday' / 'Wednesday
    morning'). A day named alone may be any hour of it."""
    if not {a.how, b.how} <= TEXT_DATED:
        return False
    first, then = (a, b) if a.when.end < b.when.start else (b, a)  # type: ignore[union-attr]
    early, late = _part(first.date_value), _part(then.date_value)
    if early is None or late is None:
        return False
    told_late = early in _LATE_PARTS or (isinstance(early, int) and early >= LATE_HOUR)
    told_early = late == "NI" or (isinstance(late, int) and late < EARLY_HOUR)
    return not (told_late or told_early)


def date_points(a: Report, b: Report) -> float | None:
    """None when the dates cannot be one event's; more points the more precisely they agree."""
    if a.when is None or b.when is None:
        return 0.0 if a.article_id == b.article_id else None
    gap = gap_days(max(a.when.start, b.when.start), min(a.when.end, b.when.end))
    if gap > DATE_SLACK:
        return None
    if gap > 0 and a.article_id == b.article_id and {a.how, b.how} <= TEXT_DATED:
        return None  # one writer telling two days ('shelled on Tuesday', 'resumed on Wednesday')
    if gap > 0 and _apart_in_the_day(a, b):
        return None
    if gap <= 0 and a.when.days == 1 and b.when.days == 1:
        return 1.0
    # Adjacent days are allowed (a report's "7 p.m." read in another time zone) but count
    # against: other evidence must carry the merge.
    return 0.5 if gap <= 0 else -0.5


MANY_TO_ONE = frozenset({"SUPPORT", "APPEAL"})
# Acts two sides do together: which side a report names as actor is a matter of wording.
MUTUAL = frozenset({"AGREE", "CONSULT"})
INTENT = frozenset({"planned", "threatened"})
FACT = frozenset({"occurred", "reported"})


def _intent_and_fact(a: Report, b: Report) -> bool:
    """What one side would do ('their forces would pull back once the committee met') is
    not what was done, unless the intent names its own day (a summit 'to be held on Friday'
    and the summit held on Friday)."""
    if a.status in INTENT:
        return b.status in FACT and a.how == "publication"
    return b.status in INTENT and a.status in FACT and b.how == "publication"


def _fight_of_others(a: Report, b: Report) -> bool:
    """One report names both sides of a fight as its actors ('Taliban forces and Pakistani
    troops traded fire'); the other names as the one attacked a side that is neither of them
    (a raid on a hideout of another group): two fights, whatever side they share."""
    for x, y in ((a, b), (b, a)):
        sides, targets = fighting_sides(x.actors), fighting_sides(y.recipients)
        if len(sides) >= 2 and targets and not targets & sides:
            return True
    return False


# Expelling the other side's envoys and recalling one's own are two measures, whatever else
# the reports share (one sentence often tells both: 'expelled the ambassador and recalled its
# own'); other modes of a type are soft (an extractor's 'aerial' and 'heavy-weapons' of one
# strike).
ENVOY_MODES = frozenset({"expel", "withdraw"})


def _two_measures(a: Report, b: Report) -> bool:
    return (a.type == b.type == "SANCTION" and a.mode != b.mode and bool(a.mode) and bool(b.mode)
            and bool({a.mode, b.mode} & ENVOY_MODES))


CONTEXT_POINTS = 0.75


def context_points(a: Report, b: Report) -> float:
    """A report that names no party ('Tuesday's fighting', 'arrested in January') is read as
    its article is about: its sides are the countries the article names. The other report's
    parties among them count as half a country match; both reports naming none, their articles
    about the same countries, as less."""
    bare_a, bare_b = not (a.actors or a.recipients), not (b.actors or b.recipients)
    if bare_a == bare_b:
        if bare_a and a.article_countries and a.article_countries == b.article_countries:
            return CONTEXT_POINTS / 2
        return 0.0
    bare, named = (a, b) if bare_a else (b, a)
    if named.countries and named.countries <= bare.article_countries:
        return CONTEXT_POINTS
    return 0.0


def _stranger(bare: Report, named: Report) -> bool:
    """A report that names no party nor place, whose article does not name every party of
    the other report ('He was released without charge' in a story about a teachers' strike,
    against 'Guinea released four Sierra Leonean farmers'): read with its article, it is about
    other parties."""
    if bare.actors or bare.recipients or bare.place is not None or not bare.article_countries:
        return False
    return bool(named.countries) and not named.countries <= bare.article_countries


BACK_POINTS = 1.5  # as a shared actor: the writer names the act told before


def back_points(a: Report, b: Report) -> float:
    """One writer naming again an act of the kind told earlier in the article ('a drone struck
    a house overnight' … 'the strike hit a compound'): not when the later one is told as
    another act."""
    if a.article_id != b.article_id or a.type != b.type or min(a.at, b.at) < 0:
        return 0.0
    later = a if a.at > b.at else b
    return BACK_POINTS if later.back and not later.another else 0.0


def pair_score(a: Report, b: Report, copies: bool = False) -> float | None:
    """How surely two reports describe one real-world event; None when they cannot.

    ``copies``: the two articles are syndicated copies of one text, so the same sentence in
    both is one report, whatever dates or places the extractors gave each copy.
    Symmetric in ``a`` and ``b`` and a function of the two reports only, which is what makes
    linking independent of the order articles arrive in.
    """
    if not kinds_compatible(a.type, a.mode, b.type, b.mode):
        return None
    if copies and a.type == b.type and text_similarity(a.evidence, b.evidence) >= COPY_TEXT:
        return COPY_SCORE
    dates = date_points(a, b)
    if dates is None or _intent_and_fact(a, b):
        return None
    if a.fight and b.fight and a.fight != b.fight:
        return None  # an exchange of fire and a strike: two acts
    if _two_measures(a, b):
        return None
    if a.hosts or b.hosts:
        # A host's report names the sides, if at all, in any order: compare them as one set.
        host, actors, recipients = host_match(a, b), meeting_sides(a, b), 0
    else:
        host = 0
        actors = role_match(a.actors, b.actors, a.actor_countries, b.actor_countries)
        recipients = role_match(a.recipients, b.recipients, a.recipient_countries,
                                b.recipient_countries)
        if min(actors, recipients) < 0 and _swapped(a, b):
            actors = recipients = 0  # "Kyiv says Moscow struck" parsed both ways round
        if actors == recipients == 0 and a.type == b.type and a.type in MUTUAL:
            # "The two sides agreed" / "talks with the government produced an agreement":
            # either side may be told as actor or recipient, or not at all; but two pairs of
            # countries that differ are two pairs of parties, whatever side they share.
            ca, cb = a.countries, b.countries
            if min(len(ca), len(cb)) >= 2 and not (ca <= cb or cb <= ca):
                return None
            actors = max(0, meeting_sides(a, b))
    place = place_match(a.place, b.place, shared_sides(a.countries, b.countries))
    if place < 0 and not (a.place_told and b.place_told):
        place = 0  # a place carried over from another sentence, or the dateline: no veto
    if min(actors, recipients, place, host) < 0:
        return None
    if a.type == b.type == "ASSAULT" and _fight_of_others(a, b):
        return None
    if _stranger(a, b) or _stranger(b, a):
        return None
    rec_points = ROLE_POINTS[recipients]
    if (a.type in MANY_TO_ONE and actors == 0 and bool(a.actors) != bool(b.actors)):
        # Many parties thank, praise or call on one: a shared recipient with the doer told by
        # one report only does not say it is the same doer's act.
        rec_points = ROLE_POINTS[min(recipients, 1)] / 2
    score = (ROLE_POINTS[actors] + rec_points + ROLE_POINTS[host] + place + dates
             + (context_points(a, b) if dates >= TERM_DATES else 0.0)
             + mode_points(a, b)
             + (0.0 if a.type == b.type else NEAR_TYPE_POINTS)
             + number_points(a, b) + back_points(a, b)
             + 2.0 * text_similarity(a.evidence, b.evidence))
    # The sentences' words tip only a pair the fields leave short of the threshold (and only
    # where they can): edges the fields carry keep their own scores, and most pairs of a large
    # store never need their words compared.
    if dates >= TERM_DATES and score < MERGE_THRESHOLD <= score + TERM_MAX:
        score += term_points(a, b)
    return score
