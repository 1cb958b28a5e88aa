"""Merging reports into story events: blocking, scored pairs, constrained union-find.

Each report is indexed under blocking keys (PLOVER type family, a country of its actors,
recipients or place, a 3-day bucket of its date; and its article) and compared only with
reports sharing a key in a neighbouring bucket, so the work grows with the block sizes, not
the square of the store. Syndicated copies are found as articles arrive (MinHash bands).
Edges found that way are symmetric and depend on the two reports only; they are then merged
greedily, best score first (ties by canonical key), and a merge is refused when it would put
irreconcilable reports in one story (days too far apart, places apart, different attackers).
The result is the same whatever order the articles arrived in.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from wirecoder.link.compat import (
    DATE_SLACK,
    FACT,
    INTENT,
    MERGE_THRESHOLD,
    TERM_DATES,
    alpha3,
    date_points,
    families,
    kinds_compatible,
    pair_score,
    places_compatible,
    shared_sides,
)
from wirecoder.link.dates import gap_days
from wirecoder.link.records import ArticleRef, PlaceRef, Report
from wirecoder.link.syndication import CopyIndex

LONE_THRESHOLD = 2.0  # a report left alone joins the only story it scores this with
BUCKET_DAYS = 3  # >= DATE_SLACK, so neighbouring buckets hold every compatible date
COARSE_DAYS = 62  # a date coarser than two months is blocked by its own value only

Key = tuple[str, str]  # (article id, event id)


def own_scopes(r: Report) -> frozenset[str]:
    """Countries of a report's actors, recipients and place."""
    scopes = set(r.countries)
    if r.place is not None:
        c3 = alpha3(r.place.country)
        if c3:
            scopes.add(c3)
    return frozenset(scopes)


def blocking_keys(r: Report, context: frozenset[str] = frozenset()) -> list[tuple]:
    """The blocks a report is indexed under (without the bucket neighbourhood).

    ``context``: the countries of the other reports of its article. A report that names no
    actor or place of its own ('43 people were detained') is blocked with them, as a reader
    places it in the country the article is about; blocked alone under '*' it would meet only
    other reports that name nothing.
    """
    scopes = set(own_scopes(r) or context)
    if not scopes:
        scopes.add("*")
    if r.when is None:
        return [("article", r.article_id)]
    keys: list[tuple] = [("article", r.article_id)]
    if r.when.days > COARSE_DAYS:
        keys += [(f, s, "coarse", r.when.start.toordinal(), r.when.end.toordinal())
                 for f in families(r) for s in sorted(scopes)]
        return keys
    first, last = r.when.start.toordinal() // BUCKET_DAYS, r.when.end.toordinal() // BUCKET_DAYS
    keys += [(f, s, b) for f in families(r) for s in sorted(scopes)
             for b in range(first, last + 1)]
    return keys


def _probe_keys(r: Report, context: frozenset[str] = frozenset()) -> list[tuple]:
    out = []
    for key in blocking_keys(r, context):
        if len(key) == 3:
            out += [(key[0], key[1], key[2] + d) for d in (-1, 0, 1)]
        else:
            out.append(key)
    return out


@dataclass
class _Summary:
    """What a growing cluster must stay consistent with."""

    start_max: date | None
    end_min: date | None
    places: frozenset[PlaceRef]
    types: frozenset[tuple[str, str | None]]  # (type, mode)
    hosts: frozenset[str] = frozenset()  # countries that hosted the meeting
    actor_countries: frozenset[str] = frozenset()
    recipient_countries: frozenset[str] = frozenset()
    fights: frozenset[str] = frozenset()  # 'exchange', 'strike': what its fighting reports tell
    # whether it holds an intent dated by nothing but publication, and an act told as done:
    # the two never join (compat._intent_and_fact), not even through a third report
    plans: bool = False
    facts: bool = False

    @property
    def countries(self) -> frozenset[str]:
        """Of actors and recipients together: roles may be parsed swapped."""
        return self.actor_countries | self.recipient_countries

    @classmethod
    def of(cls, r: Report) -> _Summary:
        return cls(r.when.start if r.when else None, r.when.end if r.when else None,
                   frozenset([r.place]) if r.place and r.place_told else frozenset(),
                   frozenset([(r.type, r.mode)]),
                   r.host_countries, r.actor_countries, r.recipient_countries,
                   frozenset([r.fight]) if r.fight else frozenset(),
                   r.status in INTENT and r.how == "publication", r.status in FACT)

    def roles_fit(self, other: _Summary) -> bool:
        """Clusters sharing no country may still be one event when no role names two
        different sides: 'Kyrgyz guards agreed a truce' and 'a truce with Tajikistan' name
        one side each, not two pairs of sides. (A swapped reading needs a country told in both
        clusters, so it never arises here; pair_score reads swapped roles.)"""
        def clash(x: frozenset[str], y: frozenset[str]) -> bool:
            return bool(x and y and not x & y)

        return not (clash(self.actor_countries, other.actor_countries)
                    or clash(self.recipient_countries, other.recipient_countries))

    def gap(self, other: _Summary) -> int:
        """Days between the two clusters' common dates (<= 0: they overlap)."""
        if self.start_max and other.start_max and self.end_min and other.end_min:
            return gap_days(max(self.start_max, other.start_max),
                            min(self.end_min, other.end_min))
        return 0

    def fits(self, other: _Summary) -> bool:
        if self.gap(other) > DATE_SLACK:
            return False
        if (self.countries and other.countries and not self.countries & other.countries
                and not self.roles_fit(other)):
            return False
        if self.hosts and other.hosts and not self.hosts & other.hosts:
            return False  # one meeting has one host
        if not all(kinds_compatible(*a, *b) for a in self.types for b in other.types):
            return False
        if len(self.fights | other.fights) > 1:
            return False  # an exchange of fire and a strike, joined through a report of neither
        if (self.plans and other.facts) or (self.facts and other.plans):
            return False  # what one side would do, joined to the act done through a third
        return places_compatible(self.places, other.places,
                                 shared_sides(self.countries, other.countries))

    def join(self, other: _Summary) -> _Summary:
        def pick(f, a, b):
            return f(a, b) if a and b else (a or b)

        return _Summary(pick(max, self.start_max, other.start_max),
                        pick(min, self.end_min, other.end_min), self.places | other.places,
                        self.types | other.types,
                        self.hosts | other.hosts, self.actor_countries | other.actor_countries,
                        self.recipient_countries | other.recipient_countries,
                        self.fights | other.fights, self.plans or other.plans,
                        self.facts or other.facts)


def _dates_overlap(a: Report, b: Report) -> bool:
    if a.when is None or b.when is None:
        return True
    return gap_days(max(a.when.start, b.when.start), min(a.when.end, b.when.end)) <= 0


def _pair(a: Key, b: Key) -> tuple[Key, Key]:
    """A pair of reports in canonical order (edges are symmetric)."""
    return (a, b) if a <= b else (b, a)


class Linker:
    """Incremental linking: add (or remove) articles' reports, read the clusters any time.

    Candidate edges are found once, when a report arrives; clustering replays the edges, which
    is cheap and gives the same clusters as linking everything at once.
    """

    def __init__(self) -> None:
        self.copies = CopyIndex()
        self.reports: dict[Key, Report] = {}
        self._index: dict[tuple, list[Key]] = defaultdict(list)
        self._edges: dict[tuple[Key, Key], float] = {}
        # Pairs short of the threshold but above LONE_THRESHOLD: a report left alone joins the
        # one story it so meets (clusters()). Their scores play no part there.
        self._weak: set[tuple[Key, Key]] = set()
        self._context: dict[Key, frozenset[str]] = {}
        # Pairs of one article that its writer tells as two acts ('a second strike'): no
        # chain of edges through other articles may put them in one story.
        self._apart: dict[Key, set[Key]] = defaultdict(set)
        self.comparisons = 0

    def add(self, reports: Iterable[Report], article: ArticleRef | None = None) -> None:
        """Index ``reports`` (of ``article``, whose text finds its syndicated copies)."""
        if article is not None:
            self.copies.add(article.id, article.text)
        reports = sorted(reports, key=lambda r: r.order)
        countries: dict[str, frozenset[str]] = defaultdict(frozenset)
        for r in reports:
            countries[r.article_id] |= own_scopes(r) | r.article_countries
        for x, y in told_apart(reports):
            self._apart[x].add(y)
            self._apart[y].add(x)
        for r in reports:
            if r.key in self.reports:
                continue
            context = self._context[r.key] = countries[r.article_id]
            seen: set[Key] = set()
            for key in _probe_keys(r, context):
                for other in self._index.get(key, ()):
                    if other in seen:
                        continue
                    seen.add(other)
                    self.comparisons += 1
                    o = self.reports[other]
                    score = pair_score(r, o, self.copies.are_copies(r.article_id, other[0]))
                    if score is None:
                        continue
                    if score >= MERGE_THRESHOLD:
                        self._edges[_pair(r.key, other)] = score
                    elif score >= LONE_THRESHOLD and (date_points(r, o) or 0.0) >= TERM_DATES:
                        self._weak.add(_pair(r.key, other))
            self.reports[r.key] = r
            for key in blocking_keys(r, context):
                self._index[key].append(r.key)

    def remove_article(self, article_id: str) -> None:
        """Forget an article's reports (before adding its re-analysis)."""
        gone = {k for k in self.reports if k[0] == article_id}
        if not gone:
            return
        for k in gone:
            r = self.reports.pop(k)
            for key in blocking_keys(r, self._context.pop(k)):
                self._index[key].remove(k)
        self._edges = {e: s for e, s in self._edges.items() if e[0] not in gone
                       and e[1] not in gone}
        self._weak = {e for e in self._weak if e[0] not in gone and e[1] not in gone}
        for k in gone:
            self._apart.pop(k, None)
        self.copies.remove(article_id)

    def clusters(self) -> list[list[Report]]:
        """Story clusters, each in canonical order, the list ordered by its first member."""
        parent: dict[Key, Key] = {k: k for k in self.reports}
        summary = {k: _Summary.of(r) for k, r in self.reports.items()}
        # Per root, the keys its members must stay apart from (few: only 'another' reports).
        apart = {k: set(v) for k, v in self._apart.items() if v}

        def find(k: Key) -> Key:
            while parent[k] != k:
                parent[k] = parent[parent[k]]
                k = parent[k]
            return k

        for (a, b), _score in sorted(self._edges.items(), key=lambda e: (-e[1], e[0])):
            ra, rb = find(a), find(b)
            if ra == rb or not summary[ra].fits(summary[rb]):
                continue
            if any(find(k) == rb for k in apart.get(ra, ())) or any(
                    find(k) == ra for k in apart.get(rb, ())):
                continue
            if summary[ra].gap(summary[rb]) > 0 and _dates_overlap(self.reports[a],
                                                                   self.reports[b]):
                # Clusters on adjacent days join only through a pair that states the two
                # days and was scored for it, not through a report of the whole week.
                continue
            root, child = sorted((ra, rb))
            parent[child] = root
            if child in apart:
                apart.setdefault(root, set()).update(apart.pop(child))
            summary[root] = summary[root].join(summary.pop(child))
        # A report no edge joined ('Tuesday's fighting', 'gunmen fired on the valley') joins the one
        # story of two or more reports it nearly meets on its own day, when it nearly meets no
        # other story (nor report) at all.
        size: dict[Key, int] = defaultdict(int)
        for k in self.reports:
            size[find(k)] += 1
        near: dict[Key, set[Key]] = defaultdict(set)
        for a, b in self._weak:
            for lone, other in ((a, b), (b, a)):
                if size[find(lone)] == 1:
                    near[lone].add(find(other))
        names: dict[Key, set[str]] = defaultdict(set)
        for k, r in self.reports.items():
            names[find(k)].update(r.names)
        for lone in sorted(near):
            roots = near[lone]
            if len(roots) != 1:
                continue
            (root,) = roots
            own = self.reports[lone].names
            if size[root] < 2 or not summary[lone].fits(summary[root]) or any(
                    find(k) == root for k in apart.get(lone, ())) or (
                    own and names[root] and not names[root].intersection(own)):
                continue  # (names that none of the story's reports holds: another town's)
            parent[lone] = root
            summary[root] = summary[root].join(summary.pop(lone))
        groups: dict[Key, list[Report]] = defaultdict(list)
        for k, r in self.reports.items():
            groups[find(k)].append(r)
        out = [sorted(g, key=lambda r: r.order) for g in groups.values()]
        return sorted(out, key=lambda g: g[0].order)


def told_apart(reports: Iterable[Report]) -> list[tuple[Key, Key]]:
    """Pairs of one article's reports its writer tells as two acts: a report told as another
    act ('a second drone strike hit a house') and each earlier report of a kind it may be
    confused with that is not itself told as another."""
    out = []
    by_article: dict[str, list[Report]] = defaultdict(list)
    for r in reports:
        by_article[r.article_id].append(r)
    for mine in by_article.values():
        for x in mine:
            if not x.another or x.at < 0:
                continue
            out += [(y.key, x.key) for y in mine if not y.another and 0 <= y.at < x.at
                    and kinds_compatible(y.type, y.mode, x.type, x.mode)]
    return out


def story_id(first: Report) -> str:
    """Stable id from the earliest member's key."""
    digest = hashlib.sha256(f"{first.article_id}/{first.event_id}".encode()).hexdigest()
    return "st-" + digest[:16]


def cluster(reports: Iterable[Report]) -> list[list[Report]]:
    linker = Linker()
    linker.add(reports)
    return linker.clusters()
