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


POSSESSIVES = frozenset({"its", "his", "her", "their", "our"})


def _anaphor(said: str) -> bool:
    """A speaker named by a pronoun-led or bare noun ('its forces', 'the administration',
    'the ministry'): a second mention of a source its article names in full."""
    words = said.split()
    return bool(words) and (words[0] in POSSESSIVES
                            or (len(words) == 1 and words[0] not in PRONOUNS))


def _named_elsewhere(r: Report, members: list[Report], copy_group: dict[str, str]) -> bool:
    """Its article (copy group) quotes a fuller source on the story: the anaphor is that
    one ('the administration' after 'the Odesa regional administration'; 'its forces' beside
    'Russia's defence ministry')."""
    group = copy_group.get(r.article_id, r.article_id)
    said = _norm(r.speaker or "")
    head = said.split()[-1] if said else ""
    fuller = [o for o in members if o is not r and o.speaker
              and copy_group.get(o.article_id, o.article_id) == group
              and o.speaker_kind in ("named", "institution", "document")
              and not _anaphor(_norm(o.speaker))]
    if said.split()[0] in POSSESSIVES:
        return bool(fuller)
    return any(_norm(o.speaker or "").endswith(" " + head) for o in fuller)


def source_units(members: list[Report], copy_group: dict[str, str]) -> set[str]:
    """The independent sources of a story's reports (see the module docstring)."""
    quoting = {copy_group.get(r.article_id, r.article_id) for r in members if r.speaker}
    return {source_unit(r, copy_group) for r in members
            if (r.speaker or copy_group.get(r.article_id, r.article_id) not in quoting)
            and not (r.speaker and not r.speaker_actor and _anaphor(_norm(r.speaker))
                     and _named_elsewhere(r, members, copy_group))}


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
