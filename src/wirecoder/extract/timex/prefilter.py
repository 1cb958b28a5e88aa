"""A cheap exact test that a rule's regex cannot match a text, so that its scan can be skipped.

Scanning all the grammar's regexes over an article was most of the time stage, and most of
that went to rules with no match in it (no season, holiday or clock time in most stories).
From the parsed pattern we take literal strings one of which every match must contain (a
word that a rule needs, such as "ago", or one of the alternatives of a required group); a
text holding none of them, compared under the regex engine's own case folding, has no match.
A pattern with no such literal is always scanned.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import functools
import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def _canon(ch: str) -> str:
    """The one character that stands for all those a case-insensitive pattern equates with
    ``ch``: the engine compares lower cases (one code point each, unlike ``str.lower``), and
    a few more pairs such as 'ı'/'i' and 'ſ'/'s'."""
    lo = _sre.unicode_tolower(ord(ch))
    return chr(min((lo, *_EXTRA_CASES.get(lo, ()))))


@functools.lru_cache(maxsize=4096)
def _canon_cached(ch: str) -> str:
    return _canon(ch)


def fold(text: str) -> str:
    """``text`` with every character replaced by :func:`_canon`'s."""
    return text.translate({ord(c): _canon_cached(c) for c in set(text)})


def _required(items) -> frozenset[str] | None:
    """Literals one of which any match of the sequence ``items`` contains (None: unknown)."""
    options: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            options.append(frozenset({"".join(run)}))
            run = []
        req: frozenset[str] | None = None
        if op is sre.SUBPATTERN:
            req = _required(av[3].data)
        elif op is sre.ATOMIC_GROUP:
            req = _required(av.data)
        elif op is sre.BRANCH:
            alts = [_required(a.data) for a in av[1]]
            if all(alts):
                req = frozenset().union(*alts)  # type: ignore[arg-type]
        elif op in _REPEATS and av[0] >= 1:
            req = _required(av[2].data)
        if req:
            options.append(req)
    if run:
        options.append(frozenset({"".join(run)}))
    if not options:
        return None
    # the most selective: the set whose shortest literal is longest, then the smallest set
    return max(options, key=lambda s: (min(map(len, s)), -len(s)))


@functools.cache
def needles(regex: re.Pattern[str]) -> tuple[str, ...] | None:
    """Folded literals one of which every match of ``regex`` contains, or None."""
    req = _required(sre_parse.parse(regex.pattern, regex.flags).data)
    if not req or min(map(len, req)) < 2:
        return None  # a single character rules out nothing in running text
    return tuple(sorted({fold(s) for s in req}))


def may_match(regex: re.Pattern[str], folded: str) -> bool:
    """False only if ``regex`` has no match in the text whose :func:`fold` is ``folded``."""
    lits = needles(regex)
    return lits is None or any(s in folded for s in lits)
