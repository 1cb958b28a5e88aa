"""Actors: people, organisations, countries, groups and media, resolved to canonical ids.

One pass of two phrase matchers (names as written; institution and title phrases in lower
case) finds the knowledge-base mentions; a left-to-right reading then composes them:

- "<country|demonym|capital>['s] <institution>" -> ``RUS.MIL.MOD`` ("Russia's Defense
  Ministry"), also "the <institution> of <country>" and "US and Ukrainian officials";
- "<affiliation> <title> <Name>" and "<Name>, <affiliation>'s <title>" -> a person with role,
  country and sector ("Ukrainian Foreign Minister Andrii Sybiha", "Kremlin spokesman Dmitry
  Peskov"); a title without a name ("the Russian president") -> the curated office-holder on
  the article's date;
- capitals and seats stand for the government only as agents ("Moscow said");
- spaCy PERSON and ORG entities outside the knowledge base become ``p:<slug>`` and
  ``o:<slug>`` actors, and a later surname alone joins the full name seen in the article.

Ids and data files: ``wirecoder/kb/actors/README.md``.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from wirecoder.extract.eventcoding.lexicon import load as _event_lexicon
from wirecoder.extract.places import name_after_place, named_units
from wirecoder.extract.spans import DATELINE, doc_text, entities, sentence_of
from wirecoder.extract.spans import span as make_span
from wirecoder.extract.timex.lexicon import MONTH
from wirecoder.ingest.dates import TZINFOS
from wirecoder.kb.actors import (
    HOW_BLOC,
    HOW_CAPITAL,
    HOW_DEMONYM,
    HOW_SEAT,
    Record,
    Title,
    cues,
    iso3_of,
    load,
    slug,
    vessel_prefixes,
)
from wirecoder.kb.actors.index import Hit, affiliation_country, index_for
from wirecoder.kb.places.gazetteer import Entry
from wirecoder.kb.places.gazetteer import load as gazetteer
from wirecoder.model import Actor, Analysis, Article
from wirecoder.model import Span as TextSpan

POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_CUES = cues()
TITLE_MODIFIERS: frozenset[str] = _CUES["title_modifiers"]
# the modifiers that change the office itself: a deputy minister is not the minister
RANK_MODIFIERS = ("deputy", "vice", "acting", "former", "first", "interim")
HONORIFICS: frozenset[str] = _CUES["honorifics"]
FAMILY_FIRST: frozenset[str] = _CUES["family_first"]
NON_AGENT_VERBS: frozenset[str] = _CUES["non_agent_verbs"]
AGENT_NOUNS: frozenset[str] = _CUES["agent_nouns"]
RELATION_NOUNS: frozenset[str] = _CUES["relation_words"]
BENEFIT_NOUNS: frozenset[str] = _CUES["benefit_nouns"]
OBJECT_AGENT_VERBS: frozenset[str] = _CUES["object_agent_verbs"]
INSTITUTION_HEADS: frozenset[str] = _CUES["institution_heads"]
# the heads of a bare unit that is an actor named before ("the Defense Ministry", "Riot
# police blocked roads", "Security forces fired")
BARE_UNIT_HEADS = INSTITUTION_HEADS | {"police", "forces"}
# offices of a town or province, named after it ("Eilat mayor", "Kharkiv Governor"); a
# modifier ("Kharkiv deputy mayor") is skipped as TITLE_MODIFIERS, never part of the title
LOCAL_TITLES = frozenset({"mayor", "governor", "regional governor"})
# words that make a name an organisation's, whatever title stands beside it
ORG_NAME_WORDS = BARE_UNIT_HEADS | {"group", "committee", "command", "headquarters", "union",
                                   "party", "institute", "company", "bank", "association",
                                   "foundation", "front", "movement", "brigade", "battalion"}
DESCRIPTION_HEADS: frozenset[str] = _CUES["description_heads"]
UN_CONTEXT: frozenset[str] = _CUES["un_context"]
MEDIA_NOUNS: frozenset[str] = _CUES["media_nouns"]
AGENT_ADJECTIVES: frozenset[str] = _CUES["agent_adjectives"]
TARGET_NOUNS: frozenset[str] = _CUES["target_nouns"]
LEGISLATURE_WORDS: frozenset[str] = _CUES["legislature_words"]
ORG_SECTOR_CUES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(rf"\b{cue}\b"), sector) for cue, sector in _CUES["org_sector_cues"])
# "Group" ends a firm's name ("Talvera Group") as often as an armed group's or a club's
# ("Abu Sayyaf Group", "Wagner Group", "the G7 group"): a business only when its sentence
# talks business (cues.yaml business_words)
WEAK_BUS_CUES = frozenset({"group"})
BUSINESS_WORDS: frozenset[str] = _CUES["business_words"]
MIL_LEADS: frozenset[str] = _CUES["military_unit_leads"]
MIL_WORDS: frozenset[str] = _CUES["military_unit_words"]
MIL_HEADS: frozenset[str] = _CUES["military_unit_heads"]
MIL_AREA_HEADS: frozenset[str] = _CUES["military_area_heads"]
MIL_FORCE_WORDS: frozenset[str] = _CUES["military_force_words"]
_NUM_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)$")
WORLD_MEDIA: frozenset[str] = _CUES["world_media"]
# titles many hold at once: an unnamed one is the institution speaking, not one person
MANY_HOLDERS = frozenset({"official", "military commander", "legislator", "minister",
                          "spokesperson", "ambassador", "presidential aide", "judge",
                          "police chief", "opposition leader", "intelligence chief"})
VANITY_TLDS: frozenset[str] = _CUES["vanity_tlds"]
_HOST = re.compile(r"^[a-z][a-z0-9+.-]*://([^/:?#]+)", re.I)
# a country's bodies that sit in another country: "the Chilean embassy" in a story from Lima
MISSION_WORDS = ("embass", "consulate")

# ---------------------------------------------------------------- reading one document


@dataclass
class Found:
    """An actor of this document while it is being read: its record, whose country, sector
    and role later mentions may complete, and its mentions (character spans)."""

    rec: Record
    spans: set[tuple[int, int]] = field(default_factory=set)

    @property
    def id(self) -> str:
        return self.rec.id

    @property
    def kind(self) -> str:
        return self.rec.kind

    @property
    def role(self) -> str | None:
        return self.rec.role

    @property
    def first(self) -> int:
        return min(s for s, _ in self.spans)

    def to_actor(self, text: str) -> Actor:
        return _actor(self.rec, [make_span(text, s, e) for s, e in sorted(self.spans)])


def actor_of(actor_id: str, mentions: list[TextSpan]) -> Actor | None:
    """The actor of a kb id (generic institutions such as ``KOR.GOV`` included), or None."""
    rec = load().record(actor_id)
    return _actor(rec, mentions) if rec is not None else None


def _actor(rec: Record, mentions: list[TextSpan] | None = None) -> Actor:
    """The actor of a record, with its mentions in the text (none for a description)."""
    mentions = mentions or []
    aliases = sorted({m.text for m in mentions} - {rec.name})
    return Actor(id=rec.id, name=rec.name, kind=rec.kind,  # type: ignore[arg-type]
                 country=rec.country, sector=rec.sector,  # type: ignore[arg-type]
                 role=rec.role, aliases=aliases, wikidata=rec.wikidata, mentions=mentions)


@dataclass(frozen=True)
class Affil:
    """What stands before or after a title: a country or a kb actor."""

    id: str
    country: str | None
    sector: str | None
    is_country: bool


class Reader:
    def __init__(self, doc: Doc, found: Analysis):
        self.doc = doc
        self.idx = index_for(doc.vocab)
        self.kb = self.idx.kb
        published = found.article.published if found is not None else None
        self.day: date | None = published.date() if published else None
        self.found: dict[str, Found] = {}
        self.used = [False] * len(doc)
        hits = self.idx.match(doc)
        self.units_at: dict[int, Hit] = {}
        self.titles_at: dict[int, Hit] = {}
        main: list[Hit] = []
        for h in hits:
            if h.cat == "unit":
                _keep_longest(self.units_at, h)
            elif h.cat == "title":
                _keep_longest(self.titles_at, h)
            else:
                main.append(h)
        self.main = _longest_first(main)
        self.main_at = {h.start: h for h in self.main}
        self.ents_at: dict[int, Span] = {}
        self.person_ents: list[Span] = []
        for ent in entities(doc):
            self.ents_at[ent.start] = ent
            if ent.label_ == "PERSON":
                self.person_ents.append(ent)
        self.surname_ids: dict[str, str] = {}
        text = doc_text(doc)
        m = DATELINE.match(text)
        # "KYIV, Nov 5 (Northern Wire) - ": where the story was filed, and by whom
        # a city in capitals, an apostrophe allowed after its first letter ("N'DJAMENA")
        self.dateline = m if m and re.match(r"\s*[A-Z]['’]?[A-Z]", text) else None
        # the towns (with a country) the dateline's city may be, looked up once
        self.dateline_towns = _dateline_towns(
            self._dateline_city(), _dateline_unit(self.dateline.group())) \
            if self.dateline is not None else []
        self.home = self._home_country(found.article)

    def _home_country(self, article: Article) -> str | None:
        """The country the story is told from (alpha-3): its dateline's city (the most
        populous town of that name), else a country the outlet's name holds ("Ecuador Public
        Bulletin", "Kyiv Independent"), else a national outlet's, else the country of the
        url's domain. The one place this is decided: the claims stage reads the actors
        resolved with it."""
        if self.dateline_towns:
            return _most_populous_country(self.dateline_towns)
        outlet = article.outlet or ""
        for word in outlet.split():
            iso = self.kb.resolve_alias(word.strip(".,:"))
            if iso is not None and iso in self.kb.countries:
                return iso
        # a national outlet the kb knows ("Yonhap", "TASS"); a world service's country is
        # not its stories' ("Reuters" reports from everywhere)
        rec = self.kb.record(self.kb.resolve_alias(outlet.strip()) or "") if outlet else None
        if rec is not None and rec.kind == "media" and rec.country and \
                rec.id not in WORLD_MEDIA:
            return rec.country
        return _cctld_country(article.url or article.source)

    def _dateline_city(self) -> str:
        assert self.dateline is not None
        return re.split(r"[,(/]", self.dateline.group())[0].strip().title()

    # ------------------------------------------------------------ bookkeeping

    def skip(self, j: int) -> int:
        """The first token at or after j that is not white space (hard-wrapped text)."""
        doc = self.doc
        while j < len(doc) and doc[j].is_space:
            j += 1
        return j

    def free(self, start: int, end: int) -> bool:
        return not any(self.used[start:end])

    def take(self, start: int, end: int) -> None:
        for i in range(start, end):
            self.used[i] = True

    def emit(self, rec: Record, start: int, end: int, *, role: str | None = None,
             sector: str | None = None, country: str | None = None) -> Found:
        """Add a mention (token range) of an actor."""
        f = self.found.get(rec.id)
        if f is None:
            f = self.found[rec.id] = Found(replace(
                rec, country=country or rec.country, sector=sector or rec.sector,
                role=role or rec.role))
        else:  # a later mention may say what an earlier one did not
            r = f.rec
            f.rec = replace(r, country=r.country or country, role=r.role or role,
                            sector=sector if r.sector in (None, "UNK") and sector else r.sector)
        self.join(f, start, end)
        return f

    def join(self, f: Found, start: int, end: int) -> None:
        """Add tokens [start, end) as a mention of an actor already found."""
        f.spans.add(_trim_chars(self.doc, start, end))
        self.take(start, end)

    def record(self, actor_id: str) -> Record:
        rec = self.kb.record(actor_id)
        assert rec is not None, actor_id
        return rec

    # ------------------------------------------------------------ people

    def person_record(self, rec: Record) -> tuple[str | None, str | None, str | None]:
        """(role, sector, country) of a curated person on the article's date."""
        r = rec.role_on(self.day)
        country = (r.country if r else None) or rec.country or affiliation_country(self.kb, rec)
        return (r.role if r else None), (r.sector if r else rec.sector), country

    def emit_person(self, start: int, end: int, role: str | None = None,
                    affil: Affil | None = None, title: Title | None = None) -> Found | None:
        """A person named by tokens [start, end): curated, or new with what the title says."""
        doc = self.doc
        start, end = _name_bounds(doc, start, end)
        if start >= end:
            return None
        text = doc[start:end].text
        rec = self._curated_person(text, start, end)
        if rec is not None:
            prole, psector, pcountry = self.person_record(rec)
            f = self.emit(rec, start, end, role=prole or role, sector=psector,
                          country=pcountry)
            self._remember_surname(doc[start:end], rec.id)
            return f
        if end - start == 1 and text in self.surname_ids:
            actor_id = self.surname_ids[text]
            f = self.found[actor_id]
            self.join(f, start, end)
            return f
        sector = country = None
        if title is not None:
            sector = title.sector
        if affil is not None:
            country = affil.country
            sector = (title.sector if title else None) if affil.is_country else affil.sector
        sector = sector or "UNK"  # every actor carries a sector; UNK says we could not tell
        rec = Record(f"p:{slug(text)}", text, "person", country, sector, role)
        f = self.emit(rec, start, end, role=role, sector=sector, country=country)
        self._remember_surname(doc[start:end], rec.id)
        return f

    def _curated_person(self, text: str, start: int, end: int) -> Record | None:
        actor_id = self.kb.resolve_alias(text)
        if actor_id and actor_id.startswith("p:"):
            rec = self.record(actor_id)
            if end - start > 1 or rec.solo or actor_id in self.found:
                return rec
            return None
        for h in self.main:
            if start <= h.start and h.end <= end and h.id.startswith("p:"):
                return self.record(h.id)
        return None

    def _remember_surname(self, name: Span, actor_id: str) -> None:
        if len(name) < 2:
            return
        words = [t for t in name if t.is_alpha or "-" in t.text]
        if not words:
            return
        key = words[0].text if words[0].lower_ in FAMILY_FIRST else words[-1].text
        self.surname_ids.setdefault(key, actor_id)

    def name_after(self, j: int) -> tuple[int, int] | None:
        """A name starting at token j: a PERSON entity, a curated person, or up to three
        capitalised proper nouns (the model often misses names right after a title)."""
        doc = self.doc
        j = self.skip(j)
        if j + 1 < len(doc) and doc[j].text == "," and (
                doc[j + 1].ent_type_ == "PERSON" or j + 1 in self.main_at or (
                    j + 1 in self.ents_at and self.ents_at[j + 1].label_ == "ORG" and
                    _shaped_as_a_name(self.ents_at[j + 1]))):
            j += 1  # "his Polish counterpart, Radoslaw Sikorski"
        if j >= len(doc):
            return None
        ent = self.ents_at.get(j)
        if ent is not None and ent.label_ in ("PERSON", "ORG") and all(
                _namelike(t) or t.text == "-" for t in ent) and (
                ent.label_ == "PERSON" or j not in self.main_at):
            k = ent.end
            while k + 1 < len(doc) and k - ent.end < 3 and (
                    doc[k].text == "-" or _namelike(doc[k])) and (
                    k not in self.main_at):
                k += 1
            return ent.start, k
        h = self.main_at.get(j)
        if h is not None and h.id.startswith("p:"):
            return h.start, h.end
        if h is not None or (ent is not None and ent.label_ not in ("ORG", "GPE", "NORP")):
            return None
        k = j
        while k < len(self.doc) and k - j < 4 and _namelike(self.doc[k]):
            k += 1
        return (j, k) if k > j else None

    # ------------------------------------------------------------ composition

    def affil_of(self, h: Hit) -> Affil:
        if h.cat == "ref":
            return Affil(h.id, h.id, "GOV", True)
        rec = self.record(h.id)
        return Affil(h.id, rec.country, rec.sector, False)

    def title_at(self, j: int) -> tuple[int, Hit, str] | None:
        """A title at j, after optional modifiers: (end, hit, role as written)."""
        k = self.skip(j)
        mods: list[str] = []
        while k < len(self.doc) and self.doc[k].lower_ in TITLE_MODIFIERS and \
                k not in self.titles_at:
            mods.append(self.doc[k].lower_)
            k = self.skip(k + 1)
        t = self.titles_at.get(k)
        if t is None:
            return None
        assert t.title is not None
        role = t.title.role
        mods = [m for m in mods if m in RANK_MODIFIERS]
        if mods:
            role = " ".join([*mods, self.doc[k:t.end].text.lower()])
        return t.end, t, role

    def compose(self) -> None:
        doc = self.doc
        for h in self.main:
            if not self.free(h.start, h.end):
                continue
            if h.id.startswith("p:"):
                if self._person_hit_ok(h):
                    self.person_with_title(h.start, h.end)
                continue
            if (h.cat == "ref" or h.how == HOW_BLOC) and h.start >= 2 and \
                    doc[h.start - 1].text == "-" and doc[h.start - 2].lower_ in ("pro", "anti"):
                self.take(h.start, h.end)  # "pro-Russian separatists" are not Russia's
                continue
            if (h.cat == "ref" or h.how == HOW_BLOC) and h.end + 1 < len(doc) and \
                    doc[h.end].text == "-" and doc[h.end + 1].lower_ in BACKER_WORDS:
                self.take(h.start, h.end)  # "the Saudi-backed government" is not Saudi Arabia's
                continue
            if h.how == HOW_BLOC and _bloc_in_name(doc, h):
                continue  # "Western Europe", "Western Union"
            if h.how == HOW_BLOC and _one_of(doc, h.start) and _member_noun(doc, h.end):
                # "a senior Western diplomat", "a Western analyst": one person (or one
                # country) with a vague affiliation, not the bloc acting
                self.take(h.start, h.end)
                continue
            if h.id in COUNCIL_IDS and doc[h.start:h.end].text.lower() in COUNCIL_PHRASES:
                continue  # "his Security Council": whose it is is decided by councils()
            governed = self._governed_unit(h)
            if governed is not None:  # "the Taliban defence ministry": Afghanistan's
                self.emit(*governed)
                continue
            if h.cat == "ref" and self._governor_follows(h):
                continue  # "Afghanistan's Taliban government": read whole at the group
            chain = self._chain(h)
            last = chain[-1]
            j = self.skip(last.end)
            if j < len(doc) and doc[j].text in POSSESSIVE:
                j = self.skip(j + 1)
            titled = self.title_at(j) if len(chain) == 1 else None
            unit = self.units_at.get(j)
            if titled is not None and unit is not None and unit.end > titled[0]:
                titled = None  # "General Staff" is a unit, not General Staff the person
            named = self.main_at.get(j)
            if unit is not None and named is not None and named.end > unit.end:
                unit = None  # "the Russian State Duma": the named body, not "state"
            name = self.name_after(titled[0]) if titled is not None else None
            if titled is not None and name is not None:
                if h.cat == "named":  # "NATO Secretary-General Mark Rutte": NATO too
                    self.emit(self.record(h.id), h.start, h.end)
                self.take(h.start, titled[0])
                self.emit_person(name[0], name[1], titled[2], self.affil_of(h),
                                 titled[1].title)
                continue
            if unit is not None and h.how == HOW_BLOC:  # "Western governments"
                self.emit(self.record(h.id), h.start, unit.end)
                continue
            if unit is not None and all(c.cat == "ref" for c in chain) and \
                    not self._unit_is_title_name(unit):
                assert unit.unit is not None
                for c in chain[:-1]:
                    self.emit(self.record(f"{c.id}.{unit.unit.unit}"), c.start, c.end)
                self.emit(self.record(f"{last.id}.{unit.unit.unit}"), last.start, unit.end)
                continue
            if titled is not None and self._after_person(h.start):
                continue  # "Ivan Petrov, Russia's deputy foreign minister": the persons pass
            if titled is not None and self.office_holder(h, self.affil_of(h), titled[1],
                                                         titled[2], titled[0]):
                continue
            if self.free(h.start, h.end):
                self.standalone(h)

    def _governed_unit(self, h: Hit) -> tuple[Record, int, int] | None:
        """'the Taliban defence ministry', 'Afghanistan's Taliban government': an institution
        (never rebels, civilians, opposition or firms) of a movement that runs a state, on a
        day it ran it: the state's institution (record, first and end token)."""
        rec = self.record(h.id) if h.cat == "named" else None
        if rec is None or rec.governs is None or (
                self.day is not None and rec.governs_from is not None and
                self.day < rec.governs_from):
            return None
        unit = self.units_at.get(self.skip(h.end))
        if unit is None or unit.unit is None or \
                unit.unit.sector in ("REB", "CVL", "OPP", "BUS"):
            return None
        start, doc = h.start, self.doc
        if start >= 2 and doc[start - 1].text in POSSESSIVE and any(
                o.cat == "ref" and o.end == start - 1 and o.id == rec.governs
                for o in self.main):
            start = next(o.start for o in self.main if o.end == start - 1)
        return self.record(f"{rec.governs}.{unit.unit.unit}"), start, unit.end

    def _governor_follows(self, h: Hit) -> bool:
        """A country's possessive before a movement that runs it and an institution of it."""
        j = self.skip(h.end)
        if j >= len(self.doc) or self.doc[j].text not in POSSESSIVE:
            return False
        nxt = self.main_at.get(self.skip(j + 1))
        if nxt is None or nxt.cat != "named" or self.record(nxt.id).governs != h.id:
            return False
        return self._governed_unit(nxt) is not None

    def _after_person(self, i: int) -> bool:
        """Token i opens an apposition to a person: "<Name>, [the] <here>"."""
        doc = self.doc
        if i > 0 and doc[i - 1].lower_ in ("the", "a"):
            i -= 1
        if i < 2 or doc[i - 1].text != ",":
            return False
        prev = doc[i - 2]
        return prev.ent_type_ == "PERSON" or (i - 2) in {h.end - 1 for h in self.main
                                                      if h.id.startswith("p:")}

    def _person_hit_ok(self, h: Hit) -> bool:
        """A one-word curated name ('Austin', 'Harris') is a person only when it may stand
        alone or its full name came first, and not where the model saw a place."""
        if h.end - h.start > 1:
            return True
        if self.doc[h.start].ent_type_ in ("GPE", "LOC", "FAC"):
            return False
        return self.record(h.id).solo or h.id in self.found

    def _unit_is_title_name(self, unit: Hit) -> bool:
        """'Russian Defence Minister Belousov': 'Defence' is not a unit here."""
        t = self.titles_at.get(unit.start)
        return t is not None and t.end > unit.end

    def _chain(self, h: Hit) -> list[Hit]:
        """'US and Ukrainian (officials)': refs joined by 'and', ',' or 'or'."""
        chain = [h]
        doc = self.doc
        while h.cat == "ref":
            j = self.skip(chain[-1].end)
            if j + 1 < len(doc) and doc[j].lower_ in ("and", ",", "or"):
                nxt = self.main_at.get(self.skip(j + 1))
                if nxt is not None and nxt.cat == "ref" and self.free(nxt.start, nxt.end):
                    chain.append(nxt)
                    continue
            break
        if len(chain) > 1:
            j = self.skip(chain[-1].end)
            if j < len(doc) and doc[j].text in POSSESSIVE:
                j = self.skip(j + 1)
            if j not in self.units_at:
                return [h]
        return chain

    def office_holder(self, h: Hit, affil: Affil, t_hit: Hit, role: str, t_end: int) -> bool:
        """'the Russian president', 'Ukraine's foreign minister' without a name."""
        title = t_hit.title
        assert title is not None
        if title.role in MANY_HOLDERS:
            # many people hold these: an unnamed one is the institution speaking
            unit = title.sector if title.sector in STATE_SECTORS | {"OPP"} else "GOV"
            if affil.is_country:
                self.emit(self.record(f"{affil.id}.{unit}"), h.start, t_end)
            else:
                self.emit(self.record(affil.id), h.start, t_end)
            return True
        if role != title.role:  # "former president", "deputy foreign minister"
            return False
        people = [r for r in dict.fromkeys(self.idx.office.get((affil.id, role), ()))
                  if self.day is None or any(x.role == role and x.holds(self.day)
                                             for x in r.roles)]
        if self.day is None:
            people = [r for r in people if r.roles and r.roles[-1].role == role and
                      r.roles[-1].end is None]
        if len(people) == 1:
            rec = people[0]
            prole, psector, pcountry = self.person_record(rec)
            self.emit(rec, h.start, t_end, role=prole, sector=psector, country=pcountry)
            return True
        if affil.is_country:
            rid = f"{affil.id}.{title.sector}.{slug(role)}"
            name = f"{self.kb.countries[affil.id].name} {role}"
            self.emit(Record(rid, name, "person", affil.id, title.sector, role), h.start,
                      t_end)
            return True
        return False

    def wire_credit(self) -> None:
        """The news agency credited in the dateline: '(Atlas) -', '(Northern Wire) -'."""
        if self.dateline is None:
            return
        m = re.search(r"\(([A-Z][^()\n]{1,38})\)", self.dateline.group())
        if m is None:
            return
        span = self.doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if span is None or not self.free(span.start, span.end):
            return
        hit = self.main_at.get(span.start)
        if hit is not None and hit.end == span.end and self.record(hit.id).kind == "media":
            self.emit(self.record(hit.id), hit.start, hit.end)
            return
        name = m.group(1).strip()
        self.emit(Record(f"o:{slug(name)}", name, "media", None, "MED", "news agency"),
                  span.start, span.end)

    def standalone(self, h: Hit) -> None:
        doc = self.doc
        span = doc[h.start:h.end]
        if h.how in (HOW_CAPITAL, HOW_SEAT):
            if self.dateline is not None and doc[h.start].idx < self.dateline.end():
                return  # "MOSCOW, Nov 19 -": a place
            if not _agentive(span):
                return
            actor_id = h.id if h.how == HOW_SEAT else f"{h.id}.GOV"
            self.emit(self.record(actor_id), h.start, h.end)
            return
        ent = _enclosing_ent(doc, h)
        if h.cat == "ref" and ent is not None and _inside_bigger(doc, ent, h) and \
                self.free(ent.start, ent.end):
            # "Ukrainian Red Cross" (the organisation pass takes it whole), "Latin America"
            return
        if h.cat == "named" and ent is not None and _named_tail_of_org(doc, ent, h) and \
                self.free(ent.start, ent.end):
            return  # "Indian National Congress", "Ukrainian Red Cross": another body
        if h.cat == "ref" and ent is not None and ent.label_ == "PERSON" and (
                h.how == HOW_DEMONYM or len(ent) > h.end - h.start) and \
                not self._demonym_not_name(ent, h):
            return  # "Jordan Henderson", or a demonym the model took for a name
        self.emit(self.record(h.id), h.start, h.end)

    def _demonym_not_name(self, ent: Span, h: Hit) -> bool:
        """A one-word demonym the model took for a person that modifies a common noun
        ("Tajik farmers") or is conjoined with another country's word before it ("Kyrgyz and
        Tajik guards"): no name is followed by a plural noun or coordinated with "Kyrgyz"."""
        doc = self.doc
        if h.how != HOW_DEMONYM or len(ent) != 1:
            return False
        nxt = doc[h.end] if h.end < len(doc) else None
        if nxt is not None and nxt.is_lower and nxt.pos_ == "NOUN":
            return True
        j = h.start - 1
        return j > 0 and doc[j].lower_ in ("and", "or", ",") and any(
            o.cat == "ref" and o.end == j for o in self.main)

    def person_with_title(self, start: int, end: int) -> None:
        """A curated or recognised person, with a title before it ("Foreign Minister X")
        or an apposition after it ("X, Ukraine's foreign minister")."""
        role, affil, title = self._title_before(start)
        if role is None or affil is None:
            role2, affil2, title2 = self._apposition(end)
            if role is None:
                role, title = role2, title2
            affil = affil or affil2
        if role is None and affil is None:
            role, affil, title = self._title_comma_before(start)
        elif affil is None:  # "a navy spokesman, Captain X": the rank stands before the name
            rank = next((t for t in self.titles_at.values() if t.end == start), None)
            if rank is not None:
                affil = self._title_comma_before(rank.start)[1]
        if affil is None and title is not None and title.sector in STATE_SECTORS and \
                not any(t.end == start and self.doc[t.start:t.end].text.lower() in LOCAL_TITLES
                        for t in self.titles_at.values()) and \
                (end >= len(self.doc) or self.doc[end].lower_ != "of") and \
                (country := self._dateline_country(self.doc[start].idx)) is not None:
            # "National Security Adviser X said" in a story filed from and about Manila (a
            # mayor's town may lie anywhere)
            affil = Affil(country, country, title.sector, True)
        self.emit_person(start, end, role, affil, title)

    def _title_comma_before(self, start: int) -> tuple[str | None, Affil | None,
                                                       Title | None]:
        """"Ukraine's ambassador to the United Nations, Sergiy Kyslytsya, said": a title
        (with what it is "to"/"at"/"of") and a comma before the name. The title's tokens may
        already stand for the institution; the person only takes role and country."""
        doc = self.doc
        if start < 3 or doc[start - 1].text != ",":
            return None, None, None
        j = start - 1
        for t in self.titles_at.values():
            assert t.title is not None
            if t.end == j or (t.end < j and doc[t.end].lower_ in ("to", "at", "of", "for") and (
                    any(h.start in (t.end + 1, t.end + 2) and h.end == j for h in self.main)
                    or _short_phrase(doc[t.end + 1:j]))):  # "ambassador to the agency, X"
                k = t.start
                while k > 0 and doc[k - 1].lower_ in TITLE_MODIFIERS:
                    k -= 1
                if k > 0 and doc[k - 1].text in POSSESSIVE:
                    k -= 1
                h = next((h for h in self.main if h.end == k and h.cat == "ref"), None)
                if h is not None:
                    return t.title.role, self.affil_of(h), t.title
                # "Pakistan's foreign office spokeswoman, X": the institution read before;
                # "a navy spokesman, X": the story's navy
                affil = self._institution_before(k) if k > 0 and self.used[k - 1] else None
                unit = next((u for u in self.units_at.values() if u.end == k), None)
                if affil is None and unit is not None and self.free(unit.start, unit.end) and \
                        unit.start > 0 and doc[unit.start - 1].lower_ in ("a", "an", "the"):
                    affil = self._unit_affil(unit)
                    if affil is not None:
                        self.take(unit.start, unit.end)
                if affil is None:
                    return None, None, None
                return t.title.role, affil, t.title
        return None, None, None

    def _title_before(self, start: int) -> tuple[str | None, Affil | None, Title | None]:
        for t in self.titles_at.values():
            if t.end == start:
                assert t.title is not None
                affil = None
                k = t.start
                while k > 0 and self.doc[k - 1].lower_ in TITLE_MODIFIERS:
                    k -= 1
                role = _modified_role(self.doc[k:t.start], self.doc[t.start:t.end], t.title.role)
                if k > 0 and self.doc[k - 1].text in POSSESSIVE:
                    k -= 1
                for h in self.main:
                    if h.end == k and h.cat in ("ref", "named"):
                        affil = self.affil_of(h)
                        self.take(h.start, h.end)
                if affil is None and k > 0 and self.used[k - 1]:
                    affil = self._institution_before(k)
                if affil is None and self.doc[t.start:t.end].text.lower() in LOCAL_TITLES:
                    affil = self._town_before(k)
                self.take(t.start, t.end)
                return role, affil, t.title
        return None, None, None

    def _town_before(self, k: int) -> Affil | None:
        """'Eilat mayor Eli Lankri', 'Kharkiv Mayor Ihor Terekhov': the town named before a
        local office is in the office holder's country (its most populous reading)."""
        doc = self.doc
        j = k
        while j > 0 and k - j < 3 and doc[j - 1].text[:1].isupper() and (
                doc[j - 1].pos_ == "PROPN" or doc[j - 1].ent_type_ in ("GPE", "LOC")):
            j -= 1
        if j == k or any(self.used[j:k]):
            return None
        towns = [e for e in _towns_named(doc[j:k].text) if e.cc]
        if not towns:
            return None
        country = _most_populous_country(towns)
        return Affil(country, country, "GOV", True) if country else None

    def _institution_before(self, k: int) -> Affil | None:
        """An institution already read that ends at token k ("Iranian foreign ministry
        spokesman X", "Congolese government spokesman X"): the person's country and sector."""
        f = self._actor_on(k - 1)
        if f is None or f.kind != "organization" or not f.rec.country:
            return None
        return Affil(f.id, f.rec.country, f.rec.sector, False)

    def _institution_at(self, k: int) -> Affil | None:
        """An institution already read that starts at token k ("a spokesman for the Taliban
        administration", read as Afghanistan's government): the person's country and sector."""
        if k >= len(self.doc) or not self.used[k]:
            return None
        f = self._actor_on(k)
        if f is None or f.kind != "organization" or not f.rec.country:
            return None
        return Affil(f.id, f.rec.country, f.rec.sector, False)

    def _unit_affil(self, unit: Hit) -> Affil | None:
        """A country's generic body named with no country ("a coast guard spokesman", "a
        navy spokesman"): the story's country's (as for a bare "the coast guard"), else the
        body's sector alone."""
        if unit.unit is None:
            return None
        country = self._local_country(self.doc[unit.start].idx)
        rec = self.kb.record(f"{country}.{unit.unit.unit}") if country else None
        if rec is None:
            return Affil(unit.unit.unit, None, unit.unit.sector, False)
        return Affil(rec.id, country, rec.sector, False)

    def _group_words(self, k: int) -> int:
        """The number of words of a description of an armed group at token k ("rebel
        group", "insurgents"), 0 if none."""
        return next((n for w, n in _GROUP_DESCRIPTION_WORDS
                     if " ".join(t.lower_ for t in self.doc[k:k + n]) == w), 0)

    def _group_described(self, k: int) -> Affil | None:
        """"a spokesman for the rebel group": the one armed group the article named before."""
        doc = self.doc
        if not self._group_words(k):
            return None
        groups = [f for f in self.found.values() if f.rec.sector == "REB" and f.kind == "group"
                  and any(s < doc[k].idx for s, _ in f.spans)]
        if len(groups) != 1:
            return None
        g = groups[0]
        return Affil(g.id, g.rec.country, "REB", False)

    def _apposition(self, end: int) -> tuple[str | None, Affil | None, Title | None]:
        doc = self.doc
        j = end
        if j >= len(doc) or doc[j].text != ",":
            return None, None, None
        j += 1
        if j < len(doc) and doc[j].lower_ in ("the", "a", "an"):
            j += 1
        affil = None
        h = self.main_at.get(j)
        if h is not None and h.cat in ("ref", "named") and not h.id.startswith("p:"):
            affil = self.affil_of(h)
            j = h.end
            if j < len(doc) and doc[j].text in POSSESSIVE:
                j += 1
        titled = self.title_at(j)
        if titled is None and affil is None:
            titled, affil = self._unit_title(j)
        if titled is None:
            if affil is None and self._names_legislature(j):
                # "a member of the parliamentary intelligence committee": a legislator
                return "legislator", None, _legislator_title()
            return None, None, None
        t_end, t_hit, role = titled
        if affil is None and t_end + 1 < len(doc) and doc[t_end].lower_ in ("of", "for", "at",
                                                                           "to"):
            k = self.skip(t_end + 1)
            if doc[k].lower_ in ("the", "a", "an"):
                k = self.skip(k + 1)
            h2 = self.main_at.get(k)
            ent = _enclosing_ent(doc, h2) if h2 is not None else None
            if h2 is not None and ent is not None and _inside_bigger(doc, ent, h2):
                h2 = None  # "a researcher at the Vienna Institute": not Austria
            if h2 is not None and h2.cat in ("ref", "named") and not h2.id.startswith("p:"):
                affil = self.affil_of(h2)
                if h2.cat == "ref":  # "a spokesman for a Ukrainian brigade": its sector
                    u = self.skip(h2.end)
                    if u < len(doc) and doc[u].text in POSSESSIVE:
                        u = self.skip(u + 1)
                    unit = self.units_at.get(u)
                    if unit is not None and unit.unit is not None:
                        affil = Affil(f"{h2.id}.{unit.unit.unit}", h2.id, unit.unit.sector,
                                      False)
                if not self.used[h2.start]:
                    self.take(h2.start, h2.end)
            elif h2 is None:
                affil = self._group_described(k) or self._institution_at(k)
        if h is not None and affil is not None and h.cat in ("ref", "named") and \
                not h.id.startswith("p:"):
            self.take(h.start, h.end)
        self.take(t_hit.start, t_end)
        title = t_hit.title
        if affil is None and title is not None and title.sector != "LEG" and \
                self._names_legislature(t_end):
            # "a deputy head of the upper house's international affairs committee"
            title = replace(title, sector="LEG")
        return role, affil, title

    def _unit_title(self, j: int) -> tuple[tuple[int, Hit, str] | None, Affil | None]:
        """", a coast guard spokesman": a title after a country's generic body with no
        country written (the story's, as for a bare "the coast guard"); the title and the
        body's affiliation, its sector at least."""
        unit = self.units_at.get(j)
        titled = self.title_at(unit.end) if unit is not None else None
        if unit is None or titled is None or unit.unit is None or not self.free(j, unit.end):
            return None, None
        self.take(j, unit.end)
        return titled, self._unit_affil(unit)

    def _names_legislature(self, j: int) -> bool:
        """The apposition from token j to its end (a comma, a verb, the sentence's end)
        names a legislature or one of its committees."""
        doc = self.doc
        words: list[str] = []
        for k in range(j, min(len(doc), j + 14)):
            t = doc[k]
            if (t.is_punct and t.text not in POSSESSIVE) or t.pos_ in ("VERB", "AUX"):
                break
            words.append(t.lower_)
        # one-, two- and three-word cues ("parliament", "upper house", "house of lords")
        grams = {" ".join(words[i:i + n]) for n in (1, 2, 3) for i in range(len(words))}
        return bool(LEGISLATURE_WORDS & grams)

    def legislators_country(self) -> None:
        """A legislator whose country the text did not give ("Lee, a member of the
        parliamentary intelligence committee") sits in the one legislature the article's
        actors name ("South Korean lawmakers" earlier); with two or none, it stays unknown."""
        countries = {f.rec.country for f in self.found.values()
                     if f.rec.sector == "LEG" and f.rec.country}
        if len(countries) != 1:
            return
        country = countries.pop()
        for f in self.found.values():
            if f.kind == "person" and f.rec.sector == "LEG" and not f.rec.country:
                f.rec = replace(f.rec, country=country)

    def units_of(self) -> None:
        """'the armed forces of Ukraine', 'Ministry of Defence of the Russian Federation'."""
        doc = self.doc
        for u in self.units_at.values():
            of = self.skip(u.end)
            if not self.free(u.start, u.end) or of + 1 >= len(doc) or doc[of].lower_ != "of":
                continue
            k = self.skip(of + 1)
            if doc[k].lower_ == "the":
                k = self.skip(k + 1)
            h = self.main_at.get(k)
            if h is not None and h.cat == "ref" and h.how != HOW_CAPITAL and \
                    self.free(h.start, h.end):  # not "the state of Washington"
                assert u.unit is not None
                self.emit(self.record(f"{h.id}.{u.unit.unit}"), u.start, h.end)

    def military_units(self) -> None:
        """'the Second Army Region', 'Cambodia's Northern Military Region', 'the 3rd Infantry
        Division', 'Eastern Command': a formation or command of a country's armed forces
        (``<ISO3>.MIL``), of the country named before it; unowned ones are kept for
        `unowned_military_units`. Taken before any other reading so that no town, region or
        organisation is made of them."""
        doc = self.doc
        named = {i for h in self.main if h.cat == "named" for i in range(h.start, h.end)}
        owners = {h.end: h for h in self.main if h.cat == "ref"}
        self.mil_pending: list[tuple[int, int]] = []
        for tok in doc:
            if tok.lower_ not in MIL_HEADS and tok.lower_ not in MIL_AREA_HEADS:
                continue
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if nxt is not None and nxt.text[:1].isupper() and (
                    nxt.lower_ in MIL_HEADS or nxt.lower_ in MIL_AREA_HEADS):
                continue  # "Army" of "the Second Army Region": the whole name ends later
            start = _military_unit_start(doc, tok)
            end = tok.i + 1
            if start is None or not self.free(start, end) or \
                    any(i in named for i in range(start, end)):
                continue
            owner = owners.get(start)
            if owner is None and start >= 2 and doc[start - 1].text in POSSESSIVE:
                owner = owners.get(start - 1)
            rec = self.kb.record(f"{owner.id}.MIL") if owner is not None else None
            if owner is not None and rec is not None and self.free(owner.start, owner.end):
                self.emit(rec, owner.start, end)
            else:
                self.take(start, end)
                self.mil_pending.append((start, end))

    def vessels(self) -> None:
        """'BRP Jose Rizal', 'USS Gerald R. Ford': a ship prefix before a name is a ship of
        that state's navy (or coast guard), no person; its actor is the service."""
        doc = self.doc
        prefixes = vessel_prefixes()
        for tok in doc:
            actor_id = prefixes.get(tok.text)
            if actor_id is None or not self.free(tok.i, tok.i + 1) or (
                    tok.i > 0 and _namelike(doc[tok.i - 1])):
                continue
            k = tok.i + 1
            while k < len(doc) and k - tok.i <= 5 and (_namelike(doc[k]) or _INITIAL.match(
                    doc[k].text) or (doc[k].like_num and k > tok.i + 1) or (
                    doc[k].lower_ in NAME_PARTICLES and k > tok.i + 1 and k + 1 < len(doc)
                    and _namelike(doc[k + 1]))):  # "HMS Prince of Wales", "BRP Gregorio del Pilar"
                k += 1
            if k == tok.i + 1 or not self.free(tok.i, k):
                continue
            self.emit(self.record(actor_id), tok.i, k)

    def unowned_military_units(self) -> None:
        """A military unit with no country before it is the story's country's (the one whose
        bodies and towns the story told so far, or the dateline's), else a MIL organisation
        of no known country."""
        for start, end in self.mil_pending:
            at = self.doc[start].idx
            country = self._local_country(at) or self._towns_country(start)
            rec = self.kb.record(f"{country}.MIL") if country else None
            if rec is None:
                text = self.doc[start:end].text
                rec = Record(f"o:{slug(text)}", text, "organization", None, "MIL",
                             "armed forces")
            self.emit(rec, start, end)

    def _towns_country(self, i: int) -> str | None:
        """The one country of the towns told up to the end of token ``i``'s sentence (the
        dateline's city among them), when no other country's body was named before."""
        stop = sentence_of(self.doc[i]).end_char
        names = [e.text for e in self.ents_at.values() if e.label_ == "GPE"
                 and e.end_char <= stop and not _across_dateline(self.doc, e)]
        told = [[e for e in _towns_named(name) if e.cc] for name in names]
        countries = {_most_populous_country(towns)
                     for towns in (*told, self.dateline_towns) if towns}
        at = self.doc[i].idx
        bodies = {f.rec.country for f in self.found.values() if f.kind != "media"
                  and f.rec.country and any(s < at for s, _ in f.spans)}
        if len(countries) != 1 or not bodies <= countries:
            return None
        return countries.pop()

    def councils(self) -> None:
        """A bare "Security Council" / "National Security Council": a country's own when a
        possessor says whose ("his Security Council", "Putin's Security Council"; "Russia's
        Security Council" was composed as a unit already); else the UN's where the text
        speaks of the UN (another UN body, a veto, a resolution, an ambassador); else the
        council of the country of a head of state or government in the same sentence
        ("Putin chaired the Security Council"); else the kb default."""
        doc = self.doc
        for h in self.main:
            if h.id not in COUNCIL_IDS or not self.free(h.start, h.end) or \
                    doc[h.start:h.end].text.lower() not in COUNCIL_PHRASES:
                continue
            country = self._council_owner(h)
            rec = self.record(f"{country}.GOV.NSC") if country else self.record(h.id)
            self.emit(rec, h.start, h.end)

    def _council_owner(self, h: Hit) -> str | None:
        doc = self.doc
        at = doc[h.start].idx
        before = doc[h.start - 1] if h.start > 0 else None
        if before is not None and before.tag_ == "PRP$":
            people = before.lower_ in ("his", "her")
            return self._nearest_country(at, people) or self._nearest_country(at, False, True)
        if before is not None and before.text in POSSESSIVE and h.start >= 2:
            owner = self._actor_on(h.start - 2)
            if owner is not None and owner.rec.country:
                return owner.rec.country
        sent = sentence_of(doc[h.start]) if doc.has_annotation("SENT_START") else doc[:]
        if self._un_context(sent):
            return None
        heads = [f for f in self.found.values() if f.kind == "person" and f.rec.country and
                 f.role in ("head of state", "head of government") and
                 any(sent.start_char <= s < sent.end_char for s, _ in f.spans)]
        if len(heads) == 1:
            return heads[0].rec.country
        # "the National Security Council" (never the UN's name) in a story told from and
        # about a country is that country's, as a bare "the interior ministry" is
        if doc[h.start:h.end].text.lower() == "national security council":
            return self._local_country(at)
        return None

    def _un_context(self, sent: Span) -> bool:
        if any(f.id.startswith("IGO.UN") for f in self.found.values()):
            return True
        return any(t.lower_ in UN_CONTEXT for t in sent)

    def _actor_on(self, i: int) -> Found | None:
        chars = self.doc[i].idx
        return next((f for f in self.found.values()
                     if any(s <= chars < e for s, e in f.spans)), None)

    def _nearest_country(self, at: int, people: bool, anywhere: bool = False) -> str | None:
        """The country of the nearest actor before ``at`` (a person's when ``people``), or
        at any distance on either side when ``anywhere``."""
        best: tuple[int, str] | None = None
        for f in self.found.values():
            if not f.rec.country or (people and f.kind != "person"):
                continue
            for s, _ in f.spans:
                if s >= at and not anywhere:
                    continue
                d = abs(at - s)
                if best is None or d < best[0]:
                    best = (d, f.rec.country)
        return best[1] if best else None

    def is_kb_name(self, ent: Span) -> bool:
        """The entity is exactly a kb name that is not a person ("Yerevan" tagged PERSON)."""
        start = ent.start + 1 if self.doc[ent.start].lower_ == "the" else ent.start
        h = self.main_at.get(start)
        return h is not None and h.end == ent.end and not h.id.startswith("p:")

    def persons(self) -> None:
        for ent in self.person_ents:  # full names first, so that surnames can join them
            if len(ent) > 1 and self.free(ent.start, ent.end) and not _company_name(ent) and \
                    not self.is_kb_name(ent) and not self.outlet_named(ent) and \
                    not _placed_or_vessel(ent) and not self._home_town(ent) and \
                    not _named_feature(self.doc, ent) and not _place_apposition(ent):
                self.person_with_title(ent.start, ent.end)
        for ent in self.person_ents:
            if self.free(ent.start, ent.end) and _company_name(ent):
                text = ent.text  # "Kalamos Shipping", "Talvera Holdings": a firm, not a person
                sector = _name_sector(ent)
                self.emit(Record(f"o:{slug(text)}", text, "organization", None, sector,
                                 "company" if sector == "BUS" else None), ent.start, ent.end)
                continue
            if self.free(ent.start, ent.end) and not self.is_kb_name(ent) and \
                    not self.outlet_named(ent) and not self._not_a_name(ent) and \
                    not _placed_or_vessel(ent) and not self._home_town(ent) and \
                    not _named_feature(self.doc, ent) and not _place_apposition(ent):
                self.person_with_title(ent.start, ent.end)

    def _home_town(self, ent: Span) -> bool:
        """A name the model tagged PERSON that the gazetteer knows as a town or unit of a
        country the story names, which some mention of it places ("troops were sent to Hat
        Yai", "camps in Sa Kaeo", "Hat Yai is a town") and none makes a person: a town has no
        title or appositive, and says or does nothing ("Ho Chi Minh declared"); "police
        arrested Juan Diaz" leaves the man in a story of Panama."""
        countries = {iso3_of(e.cc) for e in _towns_named(ent.text) if e.cc}
        if not countries & self._countries_named():
            return False
        same = [e for e in self.person_ents if e.text == ent.text]
        return any(_placed_name(e) for e in same) and \
            not any(self._acts_as_person(e) for e in same)

    def _countries_named(self) -> set[str]:
        """The countries of the actors found so far (the story's countries, its peoples' and
        bodies'; composing ran over the whole text), of the places the model tagged (a
        town's most populous reading: "Police in Panama City") and the story's home."""
        named = {f.rec.country for f in self.found.values() if f.kind != "media"}
        return {c for c in (*named, *self._gpe_countries, self.home) if c}

    @functools.cached_property
    def _gpe_countries(self) -> set[str | None]:
        names = {e.text for e in self.ents_at.values() if e.label_ == "GPE"}
        return {_most_populous_country(towns) for towns in
                ([e for e in _towns_named(n) if e.cc] for n in names) if towns}

    def _acts_as_person(self, ent: Span) -> bool:
        """A title or honorific right before the name, the name the subject of a verb other
        than 'be' ("Hat Yai is a town" is no person), or an appositive of a noun that is no
        place word ("Juan Diaz, a fisherman")."""
        doc = self.doc
        if any(t.end == ent.start for t in self.titles_at.values()) or (
                ent.start > 0 and doc[ent.start - 1].lower_ in HONORIFICS):
            return True
        root = ent.root
        if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ != "be":
            return True
        appos = [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "nsubj":  # "X is a fisherman"
            appos += [c for c in root.head.children if c.dep_ == "attr"]
        if root.dep_ == "appos":
            appos.append(root.head)
        return any(t.pos_ == "NOUN" and t.lower_ not in PLACE_NOUNS | _PLACE_OF_NOUNS
                   for t in appos)

    def outlet_named(self, ent: Span) -> bool:
        """The outlet credited in the dateline, named again ("seen by Northern Wire") and
        tagged PERSON by the model: the same media actor."""
        text = self.doc[ent.start:ent.end].text
        f = next((f for f in self.found.values() if f.kind == "media" and f.rec.name == text),
                 None)
        if f is not None:
            self.join(f, ent.start, ent.end)
        return f is not None

    def _not_a_name(self, ent: Span) -> bool:
        """One word the model tagged PERSON that no title, first name or earlier full name
        makes a person: a lower-case word ("fled into the bush"), a noun modifier ("Riot
        police"), or a town ("had fled Macomia", "in Pemba, Mueda and Ancuabe")."""
        if len(ent) != 1:
            return False
        tok = ent[0]
        if tok.text in self.surname_ids or any(t.end == ent.start for t in
                                               self.titles_at.values()):
            return False
        if not tok.text[:1].isupper():
            return True
        if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and tok.head.text.islower():
            return True
        if tok.i > 0 and tok.nbor(-1).lower_ == "the" and tok.dep_ != "compound":
            return True  # "crossed the Dniester": a person's name takes no article
        return _town_name(tok) or facility_name(tok) or _named_feature(self.doc, ent)

    def later_surnames(self) -> None:
        """A surname the model did not tag, after the full name was seen."""
        if not self.surname_ids:
            return
        for tok in self.doc:
            actor_id = self.surname_ids.get(tok.text)
            if actor_id is not None and not self.used[tok.i]:
                self.join(self.found[actor_id], tok.i, tok.i + 1)

    def organizations(self) -> None:
        for ent in entities(self.doc):
            if ent.label_ != "ORG" or not self.free(ent.start, ent.end) or \
                    self.is_kb_name(ent) or _across_dateline(self.doc, ent):
                continue
            start, end = _name_bounds(self.doc, ent.start, ent.end, honorifics=False)
            if start >= end:
                continue
            if self._titled_name(start, end):
                self.person_with_title(start, end)
                continue
            text = self.doc[start:end].text
            if (short := self._short_name_of(start, end)) is not None:
                self.join(short, start, end)  # "the Guards" after the Revolutionary Guards
                continue
            if _treaty(self.doc[start:end]) or _towns_org(self.doc[start:end]) or \
                    _time_zone(self.doc[start:end]) or _placed_or_vessel(self.doc[start:end]) \
                    or _named_feature(self.doc, self.doc[start:end]) or \
                    _place_apposition(self.doc[start:end]):
                continue
            u = self.units_at.get(start)
            if u is not None and u.end == end:  # a bare "Defense Ministry": see descriptions
                self.bare_unit(u)
                continue
            # a town opening a person's or a brand's name ("Paris Hilton") is no home of it
            towns_name = name_after_place(self.doc[start:end])
            country = next((h.id for h in self.main if h.cat == "ref" and
                            start <= h.start and h.end <= end and
                            not (towns_name and h.how != HOW_DEMONYM)), None) \
                or self._country_owner(start)
            sector = _name_sector(self.doc[start:end])
            if start > 0 and self.doc[start - 1].lower_ in MEDIA_NOUNS:
                sector = "MED"
            owner = self._owner_of(start) if sector == "UNK" else None
            if owner is not None:  # "the IAEA's Board of Governors": a body of the IAEA
                country, sector = country or owner.country, owner.sector or sector
            kind = "media" if sector == "MED" else "organization"
            self.emit(Record(f"o:{slug(text)}", text, kind, country, sector, None),
                      start, end)

    def _short_name_of(self, start: int, end: int) -> Found | None:
        """The one organisation named before whose name (or alias) of two or more words ends
        in the single word at ``start`` after a determiner or before the noun it modifies: "the
        Guards" or "a Guards spokesman" after "the Islamic Revolutionary Guard Corps" (alias
        "Revolutionary Guards"), "the Council" after "the Security Council"."""
        doc = self.doc
        # "the Guards said", "a Guards spokesman": a determiner, or a modifier of a noun
        if end - start != 1 or start == 0 or (doc[start - 1].lower_ not in ("the", "a", "an")
                                              and doc[start].dep_ != "compound"):
            return None
        word, at = doc[start].text, doc[start].idx
        hits = [f for f in self.found.values()
                if f.kind not in ("person", "country", "media") and any(s < at for s, _ in f.spans)
                and any(len(n.split()) > 1 and n.split()[-1] == word
                        for n in (f.rec.name, *f.rec.aliases))]
        return hits[0] if len(hits) == 1 else None

    def _titled_name(self, start: int, end: int) -> bool:
        """A name of two to four words the model tagged ORG that a title makes a person: the
        title right before it ("government spokesman Gassim Cherif Mahamat"), before its
        comma ("Russia's rights commissioner, Tatyana Moskalkova,") or in the apposition
        after it ("X, the agency's spokesman"). A name with an institution's word or a
        sector cue in it stays an organisation ("Coordination Headquarters")."""
        doc = self.doc
        if not _shaped_as_a_name(doc[start:end]):
            return False
        if any(t.end == start or (t.end == start - 1 and doc[start - 1].text == ",")
               for t in self.titles_at.values()):
            return True
        if end >= len(doc) or doc[end].text != ",":
            return False
        j = self.skip(end + 1)
        if j < len(doc) and doc[j].lower_ in ("the", "a", "an"):
            j = self.skip(j + 1)
        h = self.main_at.get(j)
        if h is not None and h.cat in ("ref", "named") and not h.id.startswith("p:"):
            j = h.end + (1 if h.end < len(doc) and doc[h.end].text in POSSESSIVE else 0)
        return self.title_at(j) is not None

    def _country_owner(self, start: int) -> str | None:
        """"Israel's Magen David Adom ambulance service": the country whose possessive opens
        an organisation's name is its country."""
        if start < 2 or self.doc[start - 1].text not in POSSESSIVE:
            return None
        return next((h.id for h in self.main if h.end == start - 1 and h.cat == "ref"), None)

    def _owner_of(self, start: int) -> Record | None:
        """The kb organisation whose possessive names a body: "the IAEA's Board of
        Governors", "NATO's Military Committee"."""
        if start < 2 or self.doc[start - 1].text not in POSSESSIVE:
            return None
        h = next((h for h in self.main if h.end == start - 1 and h.cat != "ref"
                  and not h.id.startswith("p:")), None)
        return self.record(h.id) if h is not None else None

    def described_companies(self) -> None:
        """A name the appositive calls a company: "Mandiant, a U.S. cybersecurity firm, said":
        a business of the country its description names, whether or not the model tagged it."""
        doc = self.doc
        for tok in doc:
            head = tok.head
            if tok.dep_ != "appos" or tok.lemma_.lower() not in COMPANY_NOUNS or \
                    head.i >= tok.i or head.pos_ != "PROPN" or head.ent_type_ in (
                        "GPE", "LOC", "NORP"):
                continue
            start = head.i
            while start > 0 and doc[start - 1].pos_ == "PROPN" and \
                    doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == head.i:
                start -= 1
            end = head.i + 1
            country = next((h.id for h in self.main if h.cat == "ref" and
                            tok.left_edge.i <= h.start and h.end <= tok.i), None)
            known = next((f for f in self.found.values() if any(
                s <= head.idx < e for s, e in f.spans)), None)
            if known is not None and known.id.startswith("p:") and known.role is None and \
                    len(known.spans) == 1:  # the model took the company for a person
                del self.found[known.id]
                text = doc[start:end].text
                self.found[f"o:{slug(text)}"] = Found(
                    Record(f"o:{slug(text)}", text, "organization", country, "BUS", "company"),
                    known.spans)
                continue
            if known is not None:
                if known.id.startswith("o:"):
                    known.rec = replace(known.rec, country=known.rec.country or country,
                                        sector="BUS" if known.rec.sector in (None, "UNK")
                                        else known.rec.sector)
                continue
            if not self.free(start, end) or not all(t.text[:1].isupper() for t in
                                                     doc[start:end]):
                continue
            text = doc[start:end].text
            self.emit(Record(f"o:{slug(text)}", text, "organization", country, "BUS",
                             "company"), start, end)

    def bare_unit(self, u: Hit) -> None:
        """'the Defense Ministry' after 'Russia's Defense Ministry': the one such actor
        named before it (a later "South Korea's defence ministry" is not the one meant)."""
        assert u.unit is not None
        if self._owned(u) and self.owned_unit(u):
            return
        suffix = "." + u.unit.unit
        at = self.doc[u.start].idx
        rebels = self._rebels_state(u)
        if rebels is not None and (rec := self.kb.record(f"{rebels}{suffix}")) is not None:
            self.emit(rec, u.start, u.end)
            return
        cands = [f for f in self.found.values() if f.id.endswith(suffix) and
                 f.id.count(".") == suffix.count(".") and any(s < at for s, _ in f.spans)]
        placed = self._placed_country(u)
        rec = self.kb.record(f"{placed}{suffix}") if placed else None
        # "the Chilean embassy ... the foreign ministry" told from Lima: Peru's ministry
        home = self.kb.record(f"{self.home}{suffix}") if self.home else None
        noun, bare = self.doc[u.end - 1].lower_, self.doc[u.start:u.end].text
        meant = {(home.id if home is not None and self._foreign(f, noun, bare, at) else f.id)
                 for f in cands}
        if rec is not None:  # "Police in Kampala said", even after "Kenyan police"
            self.emit(rec, u.start, u.end)
        elif len(meant) == 1 and home is not None and meant == {home.id}:
            self.emit(home, u.start, u.end)
        elif len(cands) == 1:
            self.join(cands[0], u.start, u.end)
        elif not cands and (self._after_the(u.start) or self._leads(u.start)):
            # "the government imposed a curfew", "Police said three were detained" in a story
            # filed from Nairobi that named Kenyan actors: the body of the dateline's country.
            # Opening the story ("NAIROBI (Wire) - Police said …"), the whole story tells it.
            opens = self.dateline is not None and self.doc[u.start].idx == self.dateline.end()
            country = self._dateline_country(len(doc_text(self.doc))) if opens \
                else self._local_country(at) or self._subject_country(u)
            rec = self.kb.record(f"{country}{suffix}") if country else None
            if rec is not None:
                self.emit(rec, u.start, u.end)

    def _rebels_state(self, u: Hit) -> str | None:
        """'the government will release rebel fighters and M23 will free soldiers', 'an
        attack by the army' in a sentence that names M23: a bare government or army set in
        one sentence with an armed group of one country is that country's (the state the
        group fights), whatever country the story is filed from."""
        assert u.unit is not None
        if u.unit.unit not in ("GOV", "MIL"):
            return None
        sent = sentence_of(self.doc[u.start]) if self.doc.has_annotation("SENT_START") \
            else self.doc[:]
        states = {f.rec.country for f in self.found.values()
                  if f.kind == "group" and f.rec.sector == "REB" and f.rec.country and
                  any(sent.start_char <= s < sent.end_char for s, _ in f.spans)}
        return states.pop() if len(states) == 1 else None

    def _subject_country(self, u: Hit) -> str | None:
        """'Chile closed its border, the interior ministry said': a bare body that reports,
        in its own sentence, what one country (or its bodies) did is that country's; none
        when two countries act there, or the body does not report (a bare body of a story
        told sentences earlier is left to the dateline and the outlet)."""
        doc = self.doc
        head = doc[u.end - 1]
        if not doc.has_annotation("SENT_START") or head.dep_ != "nsubj" or \
                head.head.lemma_.lower() not in REPORT_VERBS or (
                    u.end < len(doc) and (_namelike(doc[u.end]) or u.end in self.main_at)):
            return None  # "the state news agency IRNA reported": named, not bare
        lo, hi = sentence_of(head).start_char, doc[u.start].idx
        subjects: set[str] = set()
        for f in self.found.values():
            if f.kind == "media" or not f.rec.country:
                continue
            for s, e in f.spans:
                span = doc.char_span(s, e, alignment_mode="expand") if lo <= s < hi else None
                if span is not None and span.root.dep_ in ("nsubj", "nsubjpass") and \
                        span.root.head.pos_ in ("VERB", "AUX"):
                    subjects.add(f.rec.country)
        return subjects.pop() if len(subjects) == 1 else None

    def _placed_country(self, u: Hit) -> str | None:
        """The country of the place bare police are placed in ("Police in Kampala", "the
        police in Kenya"): of the place's most populous reading, as a desk would read it.
        Only police: troops, an embassy or forces in a country are often another's."""
        doc = self.doc
        ent = self.ents_at.get(u.end + 1) if u.end + 1 < len(doc) else None
        if ent is None or doc[u.end].lower_ != "in" or ent.label_ not in ("GPE", "LOC") or \
                doc[u.end - 1].lower_ != "police":
            return None
        readings = [e for e, rank in gazetteer().lookup(ent.text) if rank == 2 and e.cc
                    and e.kind in ("country", "admin1", "city")]
        return _most_populous_country(readings) if readings else None

    def _foreign(self, f: Found, noun: str, bare: str, at: int) -> bool:
        """``f``, found for a bare description ``bare`` ("the foreign ministry") whose head is
        ``noun``, is another country's body than the story's home, and the text never named
        it before ``at`` with that noun ("Chile's foreign ministry"): in a story told from
        Lima, "the Chilean embassy ... the foreign ministry said" means Peru's ministry.
        People are left alone: their role came from the title the text gave them."""
        if self.home is None or f.kind in ("person", "country") or \
                f.rec.country in (None, self.home):
            return False
        text = doc_text(self.doc)
        plain = {bare.lower().removeprefix("the "), noun}
        for s, e in f.spans:
            said = text[s:e].lower().removeprefix("the ")
            if e <= at and noun in said.split() and said not in plain:
                return False
        return True

    def _home_described(self, f: Found, noun: str, bare: str, at: int) -> Found | None:
        """For a description that fits a foreign body ``f`` (see `_foreign`): the nearest
        earlier body of the story's home country it fits ("The interior ministry said ...
        the ministry said"), else ``f`` itself."""
        if not self._foreign(f, noun, bare, at):
            return f
        home = [x for x in self.found.values() if x.rec.country == self.home]
        return describe(home, bare, at) or f

    def _mission(self, f: Found, at: int) -> bool:
        """Every mention of ``f`` before ``at`` is an embassy or consulate: a body that sits
        in the country it is accredited to, so naming it keeps the story there."""
        text = doc_text(self.doc)
        said = [text[s:e].lower() for s, e in f.spans if s < at]
        return bool(said) and all(any(w in m for w in MISSION_WORDS) for m in said)

    def _dateline_country(self, at: int) -> str | None:
        """The country of the dateline's city ("NAIROBI, June 26 (Wire) -"), else without a
        dateline the outlet's (see `_home_country`), when an actor of that country was named
        before ``at``: the story is local to it. A foreign embassy named there counts for
        the home country: it stands in it ("LIMA - Protesters stoned the Chilean embassy.
        The interior ministry said ...")."""
        if self.dateline is not None:
            readings = {iso3_of(e.cc) for e in self.dateline_towns}
        elif self.home is not None:
            readings = {self.home}
        else:
            return None
        before = [f for f in self.found.values() if f.kind != "media" and f.rec.country
                  and any(s < at for s, _ in f.spans)]
        missions = [f for f in before if f.rec.country != self.home and self._mission(f, at)]
        before = [f for f in before if f not in missions]
        named = {f.rec.country for f in before} | ({self.home} if missions else set())
        hits = readings & named
        if len(hits) != 1:
            return None
        country = hits.pop()
        # "N'DJAMENA - Sudanese authorities have blocked a convoy on the border with Chad":
        # where only another country's bodies or people are told, the story is theirs
        bodies = {f.rec.country for f in before if f.kind != "country"}
        return None if bodies and country not in bodies else country

    def _local_country(self, at: int) -> str | None:
        """The country a local story is about at ``at``: the dateline's (without a dateline
        the home's) once an actor of it was named (`_dateline_country`), else, only without
        a dateline, the one whose bodies and towns the story told (`_story_country`)."""
        return self._dateline_country(at) or (
            self._story_country(at) if self.dateline is None else None)

    def _story_country(self, at: int) -> str | None:
        """Without a dateline, the country a story told so far is about: the one whose bodies
        (troops, police, a ministry) it named before ``at`` and where the towns it named
        before lie, most of them ("Thai soldiers were hurt in Surin ... The Foreign Ministry
        summoned ...")."""
        bodies = {f.rec.country for f in self.found.values() if f.kind not in ("media", "country")
                  and f.rec.country and any(s < at for s, _ in f.spans)}
        if len(bodies) != 1:
            return None
        towns: Counter[str] = Counter()
        for ent in self.ents_at.values():
            if ent.label_ == "GPE" and ent.start_char < at and (found := _towns_named(ent.text)):
                cc = max(found, key=lambda e: e.population).cc
                if cc:
                    towns[iso3_of(cc)] += 1
        country = bodies.pop()
        top = towns.most_common(2)
        ok = bool(top) and top[0][0] == country and (len(top) == 1 or top[1][1] < top[0][1])
        return country if ok else None

    def _after_the(self, i: int) -> bool:
        doc = self.doc
        if i >= 4 and doc[i - 1].lower_ in BACKER_WORDS and doc[i - 2].text == "-":
            i -= 3  # "the Saudi-backed government": the backer told, the body bare
        return i > 0 and doc[i - 1].lower_ == "the"

    def _leads(self, i: int) -> bool:
        """Token ``i`` opens its sentence or, after the dateline's dash, the story."""
        return (self.doc.has_annotation("SENT_START") and bool(self.doc[i].is_sent_start)) or (
            self.dateline is not None and self.doc[i].idx == self.dateline.end())

    def _owned(self, u: Hit) -> bool:
        return u.start > 0 and self.doc[u.start - 1].lower_ in ("its", "their")

    def owned_unit(self, u: Hit) -> bool:
        """'Brazil has reinforced its troops, its defence ministry said': a unit after 'its'
        or 'their' is the body of the country the sentence is about - the country that is a
        subject in it before the unit, else the one country it names before the unit."""
        assert u.unit is not None
        doc = self.doc
        sent = sentence_of(doc[u.start])
        subjects: list[str] = []
        named: list[str] = []
        for h in self.main:
            if h.cat != "ref" or not (sent.start <= h.start and h.end <= u.start - 1):
                continue
            named.append(h.id)
            if any(doc[i].dep_ in ("nsubj", "nsubjpass") for i in range(h.start, h.end)):
                subjects.append(h.id)
        owners = set(subjects) or set(named)
        rec = self.kb.record(f"{owners.pop()}.{u.unit.unit}") if len(owners) == 1 else None
        if rec is None:
            return False
        self.emit(rec, u.start, u.end)
        return True

    def bare_units_and_titles(self) -> None:
        for u in list(self.units_at.values()):
            if self.free(u.start, u.end) and self._owned(u) and self.owned_unit(u):
                continue
            # "the Defense Ministry", or a plural body opening its sentence ("Riot police
            # blocked roads", "Security forces fired", "Police said")
            if self.free(u.start, u.end) and self.doc[u.end - 1].lower_ in BARE_UNIT_HEADS \
                    and (self._after_the(u.start) or self._leads(u.start)):
                self.bare_unit(u)
        for t in list(self.titles_at.values()):
            if not self.free(t.start, t.end) or t.start == 0 or \
                    self.doc[t.start - 1].lower_ != "the":
                continue
            if t.end < len(self.doc) and (_namelike(self.doc[t.end]) or
                                          self.doc[t.end].lower_ == "of"):
                continue
            chars = self.doc[t.start].idx
            bare = self.doc[t.start:t.end].text
            f = describe(list(self.found.values()), bare, chars)
            if f is not None:
                f = self._home_described(f, self.doc[t.end - 1].lower_, bare, chars)
                self.join(f, t.start, t.end)
            else:
                self._home_office(t, chars)

    def _home_office(self, t: Hit, at: int) -> None:
        """'NAIROBI - Kenya closed the border ... The president said': a one-holder office no
        one named before is the home country's (see `_dateline_country`), its holder on the
        article's date; offices many hold ('the minister', 'the spokesman') are left alone."""
        title = t.title
        if title is None or title.role in MANY_HOLDERS:
            return
        country = self._dateline_country(at)
        if country is None or country not in self.kb.countries:
            return
        affil = Affil(country, country, None, True)
        self.office_holder(Hit(t.start, t.end, "ref", country), affil, t, title.role, t.end)

    def bare_heads(self) -> None:
        """'the ministry', 'the alliance': the nearest earlier actor whose role holds it."""
        doc = self.doc
        for tok in doc:
            if tok.lower_ not in DESCRIPTION_HEADS or self.used[tok.i] or tok.i == 0 or \
                    doc[tok.i - 1].lower_ != "the" or (
                    tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "of"):
                continue
            f = describe(list(self.found.values()), tok.text, tok.idx)
            if f is not None:
                f = self._home_described(f, tok.lower_, tok.text, tok.idx)
                self.join(f, tok.i, tok.i + 1)

    def bare_groups(self) -> None:
        """'the rebels', 'the rebel group', 'the insurgents': the one armed group named
        before (a kb group's role, 'armed group', does not hold these words)."""
        doc = self.doc
        for tok in doc:
            if tok.i == 0 or doc[tok.i - 1].lower_ != "the" or self.used[tok.i]:
                continue
            affil = self._group_described(tok.i)
            if affil is None:
                continue
            n = self._group_words(tok.i)
            if self.free(tok.i, tok.i + n) and (tok.i + n >= len(doc) or
                                                doc[tok.i + n].lower_ != "of"):
                self.join(self.found[affil.id], tok.i, tok.i + n)

    def actors(self) -> list[Actor]:
        return [f.to_actor(doc_text(self.doc)) for f in sorted(self.found.values(),
                                                            key=lambda f: f.first)]


# ---------------------------------------------------------------- helpers


def _military_unit_start(doc: Doc, head: Token) -> int | None:
    """Where a military unit name ending in ``head`` (a word of `MIL_HEADS` or
    `MIL_AREA_HEADS`) begins ("Second" of "the Second Army Region", "3rd" of "3rd Infantry
    Division"), or None: a number or compass word, up to three force words, the head, all
    capitalised. An area head ("Region", "District") needs a force word ("Military",
    "Army"); "the First Division" with nothing between is a league."""
    if not head.text[:1].isupper():
        return None
    j = head.i - 1
    middle: list[str] = []
    while j >= 0 and len(middle) < 3 and doc[j].text[:1].isupper() and \
            doc[j].lower_ in MIL_WORDS:
        middle.append(doc[j].lower_)
        j -= 1
    if j < 0:
        return None
    lead = doc[j]
    numbered = bool(_NUM_ORDINAL.match(lead.lower_))
    if not numbered and not (lead.text[:1].isupper() and lead.lower_ in MIL_LEADS):
        return None
    if j >= 2 and doc[j - 1].text == "-" and doc[j - 2].lower_ in MIL_LEADS and \
            doc[j - 2].text[:1].isupper():
        j -= 2  # "North-Eastern Command"
    low = head.lower_
    if low in MIL_AREA_HEADS and not any(w in MIL_FORCE_WORDS for w in middle):
        return None
    if low in MIL_AREA_HEADS | {"army"} and middle and middle[-1] in MIL_AREA_HEADS:
        return None  # "Region Army" reads no unit
    if low == "division" and not middle and not numbered:
        return None
    return j


def _cctld_country(url: str | None) -> str | None:
    """The country of a URL's country-code domain ("https://www.elcomercio.com.ec/…" ->
    ECU); none for generic domains and country codes sold as vanity names (.tv, .io, .co)."""
    m = _HOST.match(url or "")
    if m is None:
        return None
    tld = m.group(1).lower().rstrip(".").rsplit(".", 1)[-1]
    if len(tld) != 2 or tld in VANITY_TLDS:
        return None
    return iso3_of("GB" if tld == "uk" else tld)


def _keep_longest(table: dict[int, Hit], h: Hit) -> None:
    old = table.get(h.start)
    if old is None or h.end > old.end:
        table[h.start] = h


def _longest_first(hits: list[Hit]) -> list[Hit]:
    """Non-overlapping hits, longer ones winning, in text order."""
    taken: set[int] = set()
    out: list[Hit] = []
    for h in sorted(hits, key=lambda h: (-(h.end - h.start), h.start)):
        if not taken.intersection(range(h.start, h.end)):
            out.append(h)
            taken.update(range(h.start, h.end))
    return sorted(out, key=lambda h: h.start)


# The bare names that say "a security council" without saying whose (kb default: the UN's,
# the US's); a possessor or the context decides (Reader.councils).
COUNCIL_IDS = frozenset({"IGO.UNSC", "USA.GOV.NSC"})
COUNCIL_PHRASES = frozenset({"security council", "national security council"})


def _bloc_in_name(doc: Doc, h: Hit) -> bool:
    """'Western' opening a name ("Western Europe", "Western Union", "Western Cape"), not a
    modifier of a common noun ("Western governments", "Western support")."""
    if h.end >= len(doc):
        return False
    nxt = doc[h.end]
    if nxt.text in POSSESSIVE or not nxt.text[:1].isupper():
        return False
    return nxt.pos_ == "PROPN" or nxt.ent_iob_ == "I"


# verbs by which a body reports what its country did ("..., the interior ministry said")
REPORT_VERBS = frozenset({"say", "add", "announce", "confirm", "report", "state", "tell",
                          "warn", "claim", "insist"})
# the sectors of a state's offices: a title of one with no country is the story's country's
STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "POL"})
# determiners of one member of a kind: "a Western diplomat" is one of them, not the bloc
ONE_DETERMINERS = frozenset({"a", "an", "one", "another", "each", "every"})


# one member of a bloc, not something of it ("a Western invention" is the bloc's)
MEMBER_NOUNS = frozenset({"country", "nation", "government", "state", "capital", "power",
                          "ally", "partner", "source", "observer", "person", "man", "woman",
                          "donor", "company", "firm", "citizen", "national", "journalist"})


def _member_noun(doc: Doc, i: int) -> bool:
    """The noun at token ``i`` (after at most one more modifier) names a person or a state:
    a title's word ("diplomat", "official", "analyst") or `MEMBER_NOUNS`."""
    for k in (i, i + 1):
        if k < len(doc) and doc[k].is_lower and (doc[k].lower_ in MEMBER_NOUNS or
                                                 doc[k].lower_ in _title_words()):
            return True
    return False


def _one_of(doc: Doc, i: int) -> bool:
    """Token ``i`` modifies a noun phrase opened by an indefinite singular determiner, after
    at most two modifiers ("a senior Western diplomat", "one Western official")."""
    j = i - 1
    while j >= 0 and i - j <= 3:
        t = doc[j]
        if t.lower_ in ONE_DETERMINERS:
            return True
        if t.pos_ not in ("ADJ", "ADV") or not t.is_lower:
            return False
        j -= 1
    return False


# lower-case words inside a ship's name ("Prince of Wales", "Gregorio del Pilar")
NAME_PARTICLES = frozenset({"of", "de", "del", "da", "do", "dos", "van", "von", "bin", "la"})
_INITIAL = re.compile(r"[A-Z]\.$")  # "R." of "USS Gerald R. Ford"


def _namelike(tok: Token) -> bool:
    return (tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.is_alpha) or (
        tok.text[:1].isupper() and "-" in tok.text and tok.pos_ == "PROPN")


def _shaped_as_a_name(span: Span) -> bool:
    """Two to four capitalised proper nouns with no word of an institution or sector in
    them: a person's name however the model tagged it ("Gassim Cherif Mahamat", not
    "Coordination Headquarters" or "Central Command")."""
    low = span.text.lower()
    return 2 <= len(span) <= 4 and all(_namelike(t) for t in span) and \
        not any(t.lower_ in ORG_NAME_WORDS for t in span) and \
        not any(cue.search(low) for cue, _ in ORG_SECTOR_CUES)


def _name_bounds(doc: Doc, start: int, end: int, honorifics: bool = True) -> tuple[int, int]:
    """Without a leading "the"/honorific or a trailing possessive."""
    while start < end and (doc[start].lower_ in ("the",) or
                           (honorifics and doc[start].lower_ in HONORIFICS and end - start > 1)):
        start += 1
    while end > start and (doc[end - 1].text in POSSESSIVE or doc[end - 1].is_punct):
        end -= 1
    return start, end


def _trim_chars(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Character offsets of tokens [start, end) without a leading "the" or trailing "'s"."""
    if end - start > 1 and doc[start].lower_ == "the":
        start += 1
    if end - start > 1 and doc[end - 1].text in POSSESSIVE:
        end -= 1
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


# "X-backed Y": X stands behind Y, Y is no body of X's ("-led" does make it X's coalition).
BACKER_WORDS = frozenset({"backed", "supported", "funded", "sponsored", "financed", "armed",
                          "trained", "allied", "aligned", "brokered", "mediated"})


def _across_dateline(doc: Doc, ent: Span) -> bool:
    """The model ran the dateline into the first words ("ADEN - Government forces ..." as one
    ORG): a place and the story's opening words, no organisation's name."""
    text = doc_text(doc)
    at = ent.start_char
    if at and text[at - 1] != "\n":
        return False
    m = DATELINE.match(text, at, ent.end_char + 1)
    return m is not None and at < m.end() < ent.end_char


def _enclosing_ent(doc: Doc, h: Hit) -> Span | None:
    tok = doc[h.start]
    if not tok.ent_type_:
        return None
    for ent in entities(doc):
        if ent.start <= h.start and h.end <= ent.end:
            return ent
    return None


def _inside_bigger(doc: Doc, ent: Span, h: Hit) -> bool:
    """The hit is part of a longer name ("Latin America", "Ukrainian Red Cross"), not
    merely inside "the United States" or a run "Russia and India" the model joined."""
    start = ent.start + 1 if doc[ent.start].lower_ == "the" else ent.start
    if (start, ent.end) == (h.start, h.end) or ent.label_ in ("NORP", "PERSON"):
        return False
    if ent.label_ == "GPE":
        between = doc[start:h.start]
        return h.start > start and not any(t.lower_ in ("and", ",", "or") for t in between)
    return True


def _named_tail_of_org(doc: Doc, ent: Span, h: Hit) -> bool:
    """A kb name that only ends a longer organisation name ("Indian National Congress")."""
    start = ent.start + 1 if doc[ent.start].lower_ == "the" else ent.start
    if ent.label_ != "ORG" or h.end != ent.end or h.start <= start:
        return False
    return all(t.text[:1].isupper() and t.text not in POSSESSIVE for t in doc[start:h.start])


# How a text refers back to an armed group it named ("a spokesman for the rebel group").
GROUP_DESCRIPTIONS = ("rebel group", "rebel alliance", "rebel movement", "rebels",
                      "armed group", "militant group", "militia", "insurgents",
                      "insurgent group")
_GROUP_DESCRIPTION_WORDS = tuple((w, len(w.split())) for w in GROUP_DESCRIPTIONS)

PLACE_PREPS = frozenset({"in", "into", "from", "near", "at", "outside", "around", "towards",
                         "toward"})


def _towns_named(name: str) -> list[Entry]:
    """The towns and units the gazetteer names ``name`` by its primary or English name."""
    return [e for e, rank in gazetteer().lookup(name)
            if rank >= 1 and e.kind in ("city", "admin1", "admin2")]


def _dateline_unit(dateline: str) -> str | None:
    """The unit a dateline writes after its city: "Va." of "VIENNA, Va. —", "Costa Rica" of
    "SAN JOSE, Costa Rica, May 2 (Wire) -"; none where a date follows the comma."""
    m = _UNIT_AFTER_CITY.match(dateline)
    return m.group(1).rstrip() if m else None


# After the city's comma, up to a date, a source in brackets or the dash: "Va.", "Ontario"
_UNIT_AFTER_CITY = re.compile(r"[^,(\n]*,[ \t]*(?!" + MONTH + r")([A-Z][^,(\n\d—–―]*?)"
                              r"[ \t]*(?:,|\(|[-—–―]+(?:[ \t]|$)|$)")


def _dateline_towns(city: str, unit: str | None) -> list[Entry]:
    """The towns (with a country) a dateline's ``city`` may be; where it writes a state,
    province or country after the city that the gazetteer (or an AP abbreviation, "Va.")
    knows, read as the places stage reads "X, Y", only those in it: "VIENNA, Va." is no
    Austrian town. Where none of that name lies in it ("HOLLIDAY, Mo."), the unit's country
    when it names one ("Georgia" may be two)."""
    towns = [e for e in _towns_named(city) if e.cc]
    units = named_units(gazetteer(), unit)
    if not units:
        return towns
    kept = [e for e in towns if (e.cc, None) in units or (e.cc, e.admin1) in units]
    countries = {cc for cc, _ in units}
    if kept or len(countries) != 1:
        return kept
    country = gazetteer().country(countries.pop())
    return [country] if country is not None else []


def _most_populous_country(towns: list[Entry]) -> str | None:
    """The country (alpha-3) of the most populous of ``towns`` (each with a country), the
    one a desk would mean by their name."""
    return iso3_of(max(towns, key=lambda e: e.population).cc)


# Airports known by one word (general knowledge, not a gazetteer feature: the gazetteer holds
# towns and units only; names that are common surnames, as Logan or Dulles, are left to a
# following 'airport'), and the nouns that make a name before them a facility.
AIRPORT_NAMES = frozenset({
    "Heathrow", "Gatwick", "Stansted", "Luton", "Schiphol", "Changi", "Narita", "Haneda",
    "Incheon", "Gimpo", "Orly", "Fiumicino", "Ciampino", "Malpensa", "Linate", "Barajas",
    "Tegel", "Schoenefeld", "Zaventem", "Kastrup", "Arlanda", "Gardermoen", "Sheremetyevo",
    "Domodedovo", "Vnukovo", "Pulkovo", "LaGuardia", "O'Hare", "Suvarnabhumi", "Entebbe",
    "Boryspil", "Zhuliany", "Bagram"})
FACILITY_NOUNS = frozenset({"airport", "airports", "airfield", "airbase", "hospital",
                            "hospitals", "port", "ports", "harbour", "harbor", "station",
                            "stations", "terminal", "terminals", "refinery", "prison"})


def lone_name(tok: Token) -> bool:
    """The token is a one-word entity of its own."""
    return tok.ent_iob_ == "B" and (tok.i + 1 == len(tok.doc) or tok.nbor(1).ent_iob_ != "I")


def facility_name(tok: Token) -> bool:
    """A one-word name that is an airport or a facility, not a person: a known airport
    ("Heathrow"), a name before a facility noun ("Gatwick airport"), or a word conjoined with
    one ("Heathrow and Gatwick reported delays")."""
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    for t in (first, *first.conjuncts):
        if t.text in AIRPORT_NAMES:
            return True
        nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
        if nxt is not None and nxt.lower_ in FACILITY_NOUNS:
            return True
        if t.dep_ == "compound" and t.head.lower_ in FACILITY_NOUNS:
            return True
    return False


# nouns of natural features that follow their name ("the Dniester river", "Lake Chad" aside)
FEATURE_NOUNS = ("river", "lake", "sea", "strait", "mountains", "valley", "canal", "delta")
# a named border crossing is a place ("the Torkham crossing", "the Rafah border crossing")
CROSSING = r"(?:border\s+)?(?:crossing|checkpoint)s?|border\s+posts?"
# "the Angoor Adda and Ghulam Khan crossings": a name joined to another before the noun
_CONJOINED_NAME = r"(?:\s*(?:,|\band\b|\bor\b)\s*(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)?"


def _named_feature(doc: Doc, span: Span) -> bool:
    """A name the article writes before a feature noun ("across the Dniester river"), there
    or anywhere else ("a town on the Dniester"), or before one joined to another name ("the
    Angoor Adda and Ghulam Khan crossings"): a river or a crossing, not a body or a person."""
    name = re.escape(span.text)
    return re.search(rf"\b{name}{_CONJOINED_NAME}\s+(?:{'|'.join(FEATURE_NOUNS)}|{CROSSING})\b",
                     doc_text(doc)) is not None or re.search(
        rf"\b{name}\s+(?:{'|'.join(FEATURE_NOUNS)}|{CROSSING})\b", doc_text(doc),
        re.IGNORECASE) is not None


def _town_name(tok: Token) -> bool:
    """A word the gazetteer names as a town or region (:func:`_towns_named`), or one
    listed with places or governed by a place preposition ("sheltering in Pemba, Mueda
    and Ancuabe")."""
    if _towns_named(tok.text):
        return True
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if any(t.ent_type_ in ("GPE", "LOC") for t in first.conjuncts) or \
            first.ent_type_ in ("GPE", "LOC"):
        return True
    return first.dep_ == "pobj" and first.head.lower_ in PLACE_PREPS


# the head noun of an appositive that makes a name a business ("X, a cybersecurity firm")
COMPANY_NOUNS = frozenset({"firm", "company", "contractor", "manufacturer", "maker",
                           "consultancy", "corporation", "conglomerate", "startup", "insurer",
                           "supplier", "producer", "airline", "bank"})
# an agreement is what parties sign or leave, never a party: "the Non-Proliferation Treaty"
TREATY_HEADS = frozenset({"treaty", "convention", "accord", "accords", "protocol", "pact",
                          "charter", "covenant"})
TREATY_ACRONYMS = frozenset({"NPT", "CTBT", "JCPOA", "INF", "New START", "CWC", "BWC",
                             "UNCLOS"})
PLACE_NOUNS = frozenset({"town", "towns", "city", "cities", "village", "villages",
                         "province", "provinces", "region", "regions", "district",
                         "districts", "state", "states"})


# Prepositions that place what follows them ("near Bulo Burte", "villages around X"): a name
# right after one is a place the gazetteer may lack, never an actor. "in", "into", "at" and
# "from" also introduce bodies ("at the UN", "officials from Hamas") and are left out.
_PLACING_PREPS = (PLACE_PREPS - {"in", "into", "at", "from"}) | {"off"}
# "the port of X", "the island of X": the name is the port or the island.
_PLACE_OF_NOUNS = frozenset({"port", "island", "islands", "town", "city", "village", "district",
                             "province", "region", "area", "strait", "gulf", "coast", "harbour",
                             "harbor", "outskirts", "suburb", "peninsula", "county"})
# "the tanker Atlas Pride", "the dhow Al Noor", "the gunboat X": a ship's name. The event
# lexicon's classes of merchant and naval craft (kb/events/classes.tsv SHIPPING, WARSHIP).
VESSEL_NOUNS = _event_lexicon().classes["SHIPPING"] | _event_lexicon().classes["WARSHIP"]


# The last word of a firm's name: "Kalamos Shipping", "Talvera Holdings", "Orsa Tankers Ltd";
# the business cues of an organisation's name (cues.yaml), but for "bank" ("Jo Bank" may be a
# person) and "company".
COMPANY_SUFFIXES = frozenset(c for c, s in _CUES["org_sector_cues"] if s == "BUS") - {
    "bank", "company"}


def _name_sector(span: Span) -> str:
    """The sector an organisation's own words give it ("Kalamos Shipping" BUS, "Lake Chad
    Commission" GOV), UNK if none; a weak cue ("Group") only in a sentence about business."""
    low = span.text.lower()
    cues = [(c.pattern[2:-2], s) for c, s in ORG_SECTOR_CUES if c.search(low)]
    strong = [s for c, s in cues if c not in WEAK_BUS_CUES]
    if len(strong) < len(cues) and not strong:
        sent = sentence_of(span[0]) if span.doc.has_annotation("SENT_START") else span.doc[:]
        return "BUS" if any(t.lower_ in BUSINESS_WORDS for t in sent) else "UNK"
    return cues[0][1] if cues else "UNK"


def _company_name(span: Span) -> bool:
    """A name of two or more words the model tagged PERSON that ends in a firm's word."""
    return len(span) > 1 and span[-1].lower_.rstrip(".") in COMPANY_SUFFIXES \
        and span[0].text[:1].isupper()


def _placed_or_vessel(span: Span) -> bool:
    """A name the text itself makes a place or a ship: right after a placing preposition
    ("near Bulo Burte"), after "the port of" or "the island of", or after a vessel noun ("the
    tanker Atlas Pride")."""
    doc, i = span.doc, span.start
    if span.end < len(doc) and doc[span.end].lower_ in PLACE_UNIT_NOUNS | STREET_NOUNS:
        return True  # "Surin's Phanom Dong Rak district", "the elegant Via Condotti street"
    if i == 0:
        return False
    before = doc[i - 1].lower_
    if before in _PLACING_PREPS or before in VESSEL_NOUNS or before in FLED_VERBS:
        return True
    if before == "to" and i >= 2 and doc[i - 2].lower_ in STREET_NOUNS | ROUTE_NOUNS:
        return True  # "the road to Landi Kotal"
    if before in ("and", "or", ","):  # "around Sake and Minova": joined to a placed name
        j = i - 1
        while j > 0 and i - 1 - j < 3 and _namelike(doc[j - 1]):
            j -= 1
        if j < i - 1 and j > 0 and doc[j - 1].lower_ in _PLACING_PREPS:
            return True
    if before == "on" and i >= 2 and doc[i - 2].lower_ in FELL_VERBS:
        return True  # "shells fell on X"
    return before == "of" and i >= 2 and doc[i - 2].lower_ in _PLACE_OF_NOUNS


def _placed_name(ent: Span) -> bool:
    """A name its sentence puts where a place stands: after a place preposition ("camps in
    X") or "to" after a verb of motion ("sent to X"), the subject of 'be' a place noun
    describes ("X is the biggest town"), a modifier of a noun ("X residents"), or a
    conjunct of a place ("X and Surin provinces")."""
    root = ent.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    head = root.head
    if root.dep_ == "pobj":
        return head.lower_ in PLACE_PREPS or (
            head.lower_ == "to" and head.head.lemma_.lower() in MOTION_VERBS)
    if root.dep_ == "nsubj" and head.lemma_ == "be":
        return any(c.dep_ == "attr" and c.lower_ in PLACE_NOUNS for c in head.children)
    if root.dep_ == "compound" and head.pos_ == "NOUN" and head.text.islower():
        return True
    return any(t.ent_type_ in ("GPE", "LOC") for t in root.conjuncts)


# verbs after which "to X" is where someone or something goes ("troops were sent to X")
MOTION_VERBS = frozenset({"go", "come", "send", "move", "flee", "travel", "return", "deploy",
                          "head", "rush", "evacuate", "bring", "take", "transfer", "drive",
                          "fly", "relocate", "retreat", "march", "airlift", "ship"})
# a name a unit noun follows is the unit's ("the Kabo Dangari district")
PLACE_UNIT_NOUNS = frozenset({"district", "province", "governorate", "county", "prefecture",
                              "municipality", "village", "oblast", "subdistrict"})
# a name a street or feature noun follows is a street or a feature ("Via Condotti street")
STREET_NOUNS = frozenset({"street", "avenue", "road", "boulevard", "square", "lane", "highway",
                          "bridge", "river", "lake", "valley", "canal", "creek", "bay",
                          "beach", "mountains", "hills", "desert", "quarter", "neighbourhood",
                          "neighborhood", "suburb"})
# a name after "<route> to" is where the route leads ("the road to X", "the route to X")
ROUTE_NOUNS = frozenset({"route", "routes", "roads", "way", "highway", "motorway", "path"})
# what people flee is a place ("families fled X"), and where shells fall ("fell on X")
FLED_VERBS = frozenset({"flee", "flees", "fled", "fleeing"})
FELL_VERBS = frozenset({"fell", "fall", "falls", "falling", "landed", "rained"})


# the head of an apposition that makes the name before it a place ("Sharana, the provincial
# capital", "X, a border town")
PLACE_APPOSITION_HEADS = PLACE_NOUNS | _PLACE_OF_NOUNS | {"capital", "hub", "crossing",
                                                         "outpost", "enclave"}


def _place_apposition(span: Span) -> bool:
    """The name is followed by an apposition whose head is a place noun: ", the provincial
    capital," ", a border town near X". The head must end the noun phrase (", the city's
    mayor" describes a person)."""
    doc, k = span.doc, span.end
    if k + 1 >= len(doc) or doc[k].text != ",":
        return False
    k += 1
    if doc[k].lower_ in ("the", "a", "an"):
        k += 1
    for n in range(3):
        if k + n >= len(doc) or not doc[k + n].is_lower or not doc[k + n].is_alpha:
            return False
        if doc[k + n].lower_ in PLACE_APPOSITION_HEADS:
            nxt = doc[k + n + 1] if k + n + 1 < len(doc) else None
            # not a modifier: ", the city's mayor", ", a state-funded watchdog"
            return nxt is None or (nxt.is_punct and nxt.text not in POSSESSIVE and
                                   nxt.text not in ("-", "–", "/")) or \
                nxt.lower_ in ("of", "in", "near", "on", "close", "some", "about", "where")
    return False


def _short_phrase(span: Span) -> bool:
    """A few words naming what a title is to or of ("to the agency", "at the talks")."""
    return 0 < len(span) <= 4 and span[0].lower_ in ("the", "its", "his", "her", "their") \
        and not any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in span)


def _treaty(span: Span) -> bool:
    return span[-1].lower_ in TREATY_HEADS or span.text in TREATY_ACRONYMS


def _time_zone(span: Span) -> bool:
    """A zone abbreviation after a clock time ("0200 GMT", "9 p.m. EST"), which the model
    often tags ORG: a time, not an organisation."""
    if len(span) != 1 or span.text not in TZINFOS or span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return before.like_num or any(c.isdigit() for c in before.text) or \
        before.lower_ in ("a.m.", "p.m.", "am", "pm")


def _towns_org(span: Span) -> bool:
    """A name the model tagged ORG that is one town or a list of towns, where a place is
    expected: "in Tallinn and Tartu", "a site near Isfahan", "the towns of Labe and Mamou"."""
    parts = [p.strip() for p in re.split(r",|\band\b", span.text)]
    if not all(p and _towns_named(p) for p in parts):
        return False
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in PLACE_NOUNS:
        return True
    return _town_name(root) if len(parts) == 1 else (
        root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPS)


def _agentive(span: Span) -> bool:
    """A place name standing for its government: the agent of a verb of saying or doing
    ("Moscow said", "condemned by Washington", "Kyiv's decision", "urged Beijing")."""
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    dep, head = root.dep_, root.head
    if dep == "nsubj" and head.lemma_ == "be":  # "Moscow is ready to talk"
        return any(c.dep_ == "acomp" and c.lemma_.lower() in AGENT_ADJECTIVES
                   for c in head.children)
    if dep == "nsubj":
        return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() not in NON_AGENT_VERBS
    if dep == "pobj" and head.dep_ == "agent":
        return True
    if dep == "pobj" and head.lower_ == "by" and head.head.lemma_.lower() in AGENT_NOUNS:
        return True
    if dep == "poss":
        return head.lemma_.lower() in AGENT_NOUNS or head.lower_ in AGENT_NOUNS
    if dep == "pobj" and head.lower_ in ("on", "against"):  # "sanctions on Tehran"
        return head.head.lemma_.lower() in TARGET_NOUNS
    if dep == "pobj" and head.lower_ in ("between", "with"):
        return head.head.lemma_.lower() in RELATION_NOUNS
    if dep == "pobj" and head.lower_ in ("for", "to"):  # "Western support for Kyiv"
        return head.head.lemma_.lower() in BENEFIT_NOUNS
    if dep == "dobj":
        return head.lemma_.lower() in OBJECT_AGENT_VERBS
    return False


# ---------------------------------------------------------------- public


def find_actors(doc: Doc, found: Analysis) -> list[Actor]:
    """Every actor mention of ``doc`` resolved to a canonical actor, mentions merged per id."""
    reader = Reader(doc, found)
    reader.wire_credit()
    reader.units_of()
    reader.military_units()
    reader.vessels()
    reader.compose()
    reader.persons()
    reader.later_surnames()
    reader.councils()
    reader.organizations()
    reader.described_companies()
    reader.unowned_military_units()
    reader.bare_units_and_titles()
    reader.bare_heads()
    reader.bare_groups()
    reader.legislators_country()
    return reader.actors()


_DESCRIPTION = re.compile(r"^(?:the|this|that)\s+", re.I)


def describe(actors: list, text: str, at: int | None = None):
    """The one actor among ``actors`` (``Actor`` or ``Found``) that a description such as
    "the minister", "the foreign minister", "the ministry" or "the army" refers to: the
    candidates whose role holds the description's head, the most recent one before ``at``
    when given, else only when there is exactly one."""
    words = _DESCRIPTION.sub("", text.strip()).lower().split()
    if not words:
        return None
    head = words[-1]
    phrase = " ".join(words)

    def fits(a) -> bool:
        role = (a.role or "").lower()
        return bool(role) and (phrase in role or (head in role.split() and len(words) == 1))

    cands = [a for a in actors if fits(a)]
    if head in _title_words():
        cands = [a for a in cands if a.kind == "person"]
    if at is not None:
        def last_before(a) -> int:
            starts = [s for s, _ in getattr(a, "spans", ())] or \
                [m.start for m in getattr(a, "mentions", ())]
            before = [s for s in starts if s < at]
            return max(before) if before else -1

        scored = [(last_before(a), a) for a in cands]
        scored = [x for x in scored if x[0] >= 0]
        if scored:
            return max(scored, key=lambda x: x[0])[1]
        return None
    return cands[0] if len(cands) == 1 else None


@functools.cache
def _legislator_title() -> Title | None:
    return next((t for t in load().titles if t.sector == "LEG"), None)


@functools.cache
def _modified_role(mods: Span, title: Span, role: str) -> str:
    """"Deputy Foreign Minister X" is no foreign minister: a rank modifier before the title
    makes the role as written ("deputy foreign minister"), as title_at does after a name."""
    ranks = [t.lower_ for t in mods if t.lower_ in RANK_MODIFIERS]
    return " ".join([*ranks, title.text.lower()]) if ranks else role


@functools.cache
def _title_words() -> frozenset[str]:
    """The words of the kb's title phrases: a description ending in one names a person."""
    return frozenset(w for t in load().titles for p in t.phrases for w in p.split())


def resolve_description(found: Analysis, text: str, at: int | None = None) -> Actor | None:
    """The actor a description refers to, for the claims stage: a kb name ("the Kremlin",
    "the Pentagon") or a role of an actor of ``found`` ("the minister", "the ministry",
    "the foreign minister", "the army"); ``at`` (a character offset) picks the nearest
    earlier one when several fit."""
    bare = _DESCRIPTION.sub("", text.strip())
    kb = load()
    actor_id = kb.resolve_alias(bare) or kb.resolve_alias(text.strip())
    if actor_id is not None:
        have = next((a for a in found.actors if a.id == actor_id), None)
        if have is not None:
            return have
        rec = kb.record(actor_id)
        if rec is not None:
            return _actor(rec)
    hit = describe(found.actors, text, at)
    if hit is not None:
        return hit
    return _parse_description(found, bare)


def _parse_description(found: Analysis, text: str) -> Actor | None:
    """'the Russian president', 'Ukrainian officials', 'Russia's Defence Ministry': read
    with the same rules as the text (no parse: capitals do not count here)."""
    from wirecoder import nlp as nlp_mod

    if not text:
        return None
    reader = Reader(nlp_mod.load().make_doc(text), found)
    reader.units_of()
    reader.military_units()
    reader.compose()
    if not reader.found:
        return None
    best = max(reader.found.values(), key=lambda f: max(e - s for s, e in f.spans))
    have = next((a for a in found.actors if a.id == best.id), None)
    if have is not None:
        return have
    return _actor(best.rec)
