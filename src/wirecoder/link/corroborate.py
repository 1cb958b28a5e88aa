"""Corroboration: who reported a story event, and how many of them are independent.

A report's *source unit* is the speaker it quotes when the speaker is named or an institution
(outlets quoting the same single source count once), else the group of syndicated copies its
article belongs to (the same wire text under several mastheads counts once). A source is a
*party* to the event when the speaker's country is the country of an actor or recipient, e.g.
a ministry reporting an attack on its own country.
"""

from __future__ import annotations

import re

from wirecoder.link.records import Report

_SPACE = re.compile(r"\W+")
_ARTICLE = re.compile(r"^(the|a|an) ")


def _norm(text: str) -> str:
    return _ARTICLE.sub("", _SPACE.sub(" ", text.casefold()).strip())


def source_unit(r: Report, copy_group: dict[str, str]) -> str:
    if r.speaker and r.speaker_kind in ("named", "institution", "document"):
        return "speaker:" + (r.speaker_actor or _norm(r.speaker))
    if r.speaker and r.speaker_kind == "media":
        return "media:" + _norm(r.speaker)
    return "copy:" + copy_group.get(r.article_id, r.article_id)


def is_party(r: Report, countries: frozenset[str]) -> bool:
    return bool(r.speaker_country and r.speaker_country in countries)


def corroboration(members: list[Report], copy_group: dict[str, str]) -> dict:
    countries = frozenset().union(*(r.countries for r in members))
    units = {source_unit(r, copy_group) for r in members}
    parties = sorted({r.speaker_actor or r.speaker or "" for r in members
                      if is_party(r, countries)})
    return {
        "outlets": sorted({r.outlet for r in members if r.outlet}),
        "speakers": sorted({r.speaker for r in members if r.speaker}),
        "n_independent": len(units),
        "party_source": bool(parties),
        "party_sources": parties,
    }
