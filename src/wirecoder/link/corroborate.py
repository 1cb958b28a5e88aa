"""Corroboration: who reported a story event, and how many of them are independent.

A report's *source unit* is the speaker it quotes when the speaker is named or an institution
(outlets quoting the same single source count once), else the group of syndicated copies its
article belongs to (the same wire text under several mastheads counts once; its unnamed
sources count once with it). An unresolved pronoun ("it", "he") names a speaker of its own
article only. A report in the outlet's own voice adds a source only when its article (copy
group) quotes nobody on the event: a second trigger of the event next to a quoted claim rests
on that claim's source, so one article with one source is one independent report.
A source is a *party* to the event when the speaker's country is the country of an actor or
recipient, e.g. a ministry reporting an attack on its own country.
"""

from __future__ import annotations

import re

from wirecoder.link.records import Report

_SPACE = re.compile(r"\W+")
_ARTICLE = re.compile(r"^(the|a|an) ")


def _norm(text: str) -> str:
    return _ARTICLE.sub("", _SPACE.sub(" ", text.casefold()).strip())


PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "him", "her", "them", "us",
                      "this", "that", "who", "which"})


def source_unit(r: Report, copy_group: dict[str, str]) -> str:
    group = copy_group.get(r.article_id, r.article_id)
    if r.speaker and r.speaker_kind in ("named", "institution", "document"):
        if r.speaker_actor:
            return "speaker:" + r.speaker_actor
        said = _norm(r.speaker)
        return f"copy:{group}:{said}" if said in PRONOUNS else "speaker:" + said
    if r.speaker and r.speaker_kind == "media":
        return "media:" + _norm(r.speaker)
    return "copy:" + group


def source_units(members: list[Report], copy_group: dict[str, str]) -> set[str]:
    """The independent sources of a story's reports (see the module docstring)."""
    quoting = {copy_group.get(r.article_id, r.article_id) for r in members if r.speaker}
    return {source_unit(r, copy_group) for r in members
            if r.speaker or copy_group.get(r.article_id, r.article_id) not in quoting}


def is_party(r: Report, countries: frozenset[str]) -> bool:
    return bool(r.speaker_country and r.speaker_country in countries)


def corroboration(members: list[Report], copy_group: dict[str, str]) -> dict:
    countries = frozenset().union(*(r.countries for r in members))
    units = source_units(members, copy_group)
    parties = sorted({r.speaker_actor or r.speaker or "" for r in members
                      if is_party(r, countries)})
    return {
        "outlets": sorted({r.outlet for r in members if r.outlet}),
        "speakers": sorted({r.speaker for r in members if r.speaker}),
        "n_independent": len(units),
        "party_source": bool(parties),
        "party_sources": parties,
    }
