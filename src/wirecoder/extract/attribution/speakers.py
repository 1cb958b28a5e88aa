"""Who a source is: its kind, and the actor a pronoun or description refers to.

No coreference model: a pronoun or description ("he", "the minister", "the ministry") refers to
the nearest earlier compatible speaker or entity; descriptions are first offered to the ACTORS
stage's ``resolve_description`` (office-holders, seats of power, ministries).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from wirecoder.extract.actors import actor_of, facility_name, lone_name, resolve_description
from wirecoder.extract.attribution.lexicon import lexicon
from wirecoder.extract.eventcoding.lexicon import load as event_lexicon
from wirecoder.extract.paragraphs import breaks_between, paragraph_of
from wirecoder.extract.spans import (
    actor_at,
    doc_text,
    entities,
    ents_in,
    overlaps,
    place_at,
    sentence_of,
)
from wirecoder.kb.actors import iso3_of
from wirecoder.kb.actors import load as load_actors
from wirecoder.model import Actor, Analysis, SourceKind
from wirecoder.model import Span as Mention

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
# the grammatical gender a pronoun asks of its referent
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m",
                  "she": "f", "her": "f", "hers": "f", "herself": "f"}
# pronouns that name no one: "anyone who says otherwise" is never a later "they"
NOBODY = frozenset({"anyone", "anybody", "someone", "somebody", "everyone", "everybody",
                    "nobody", "whoever"})
# the nouns of a spokesman: "The spokesman said" speaks for the body named before
SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# who speaks for an office holder ("his office", "her spokesman")
OFFICE_HEADS = SPOKES | {"office", "aides", "aide", "staff", "campaign", "lawyer", "lawyers",
                         "service", "secretariat", "team"}
GROUP_PRONOUNS = frozenset({"they", "it", "them", "we"})
INDEFINITE = frozenset({"a", "an", "one", "two", "three", "four", "several", "some", "many",
                        "other", "another", "few", "multiple", "numerous", "various"})
PARTITIVE = frozenset({"one", "two", "three", "four", "some", "several", "many", "most", "each",
                       "both", "none", "all", "either", "neither", "another"})
# offices of a region or town: the kb holds no actor for them, so the country's government
LOCAL_OFFICES = frozenset({"governor", "mayor", "administrator", "prefect"})
LOCAL_MODIFIERS = frozenset({"regional", "local", "provincial", "municipal", "district", "city",
                             "state", "county", "town", "village"})
# nouns for the parties of "the leaders of the two countries"
PAIRED_PARTIES = frozenset({"country", "nation", "government", "state", "neighbour",
                            "neighbor"})
# who speaks for a government: "officials in Oslo" are Norway's, "analysts in Oslo" are not
OFFICIALS = SPOKES | {"official", "diplomat", "lawmaker", "legislator", "minister", "envoy",
                      "negotiator", "authority", "authorities", "administration", "government"}
DIPLOMATS = frozenset({"diplomat", "envoy", "ambassador"})
KIND_OF_ACTOR = {"person": "named", "organization": "institution", "country": "institution",
                 "group": "institution", "media": "media"}


@dataclass
class Speaker:
    """What the claims stage knows of one source: the kind and the referent."""

    kind: SourceKind
    actor: str | None
    name: str | None  # the referent's fullest name in the text, when resolved
    is_person: bool
    also: tuple[str, ...] = ()  # further speakers of a compound source, after ``actor``


def actor_kind(actor: Actor) -> SourceKind:
    if actor.sector == "MED":
        return "media"
    return KIND_OF_ACTOR.get(actor.kind, "named")  # type: ignore[return-value]


def names_person(span: Span) -> bool:
    """'A senior lawmaker, Mikko Lahti': the head or its apposition is a person's name."""
    head = span.root
    return head.ent_type_ == "PERSON" or any(
        c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in head.children)


def _is_anonymous(span: Span, sentence_text: str) -> bool:
    low = span.text.lower()
    lex = lexicon()
    if names_person(span):
        return False  # a description with the person's name beside it names them
    if any(p in low for p in lex.anonymous):
        return True
    head = span.root
    if head.pos_ == "PROPN" or (head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") and \
            head.pos_ != "NOUN"):
        return False
    if lex.source_nouns.get(head.lemma_.lower()) != "person":
        return False
    dets = [t.lower_ for t in head.children if t.dep_ in ("det", "nummod", "amod")]
    if any(d in INDEFINITE for d in dets):
        return True
    if head.tag_ == "NNS" and not any(t.dep_ in ("det", "poss") for t in head.children):
        return True  # "officials said", "sources said"
    return "anonymity" in sentence_text.lower() and not any(t.lower_ == "the" for t in span)


def _unnamed_people(span: Span) -> bool:
    """'Rescue workers', 'two brokers': people the text describes but does not name."""
    head = span.root
    if head.lower_ in ("one", "two", "three", "some", "several", "many", "most", "none") and any(
            c.lower_ == "of" and any(g.lower_ in ("them", "those", "whom") or (
                g.pos_ == "NOUN" and g.lemma_.lower() in UNNAMED_GROUPS)
                for g in c.children) for c in head.children):
        return True  # "one of them", "one of the people": a member of an unnamed group
    if head.pos_ != "NOUN" or head.tag_ != "NNS" or any(t.ent_type_ in (
            "PERSON", "ORG", "GPE", "NORP", "FAC") for t in span):
        return False
    if lexicon().source_nouns.get(head.lemma_.lower()) in ("institution", "document", "media"):
        return False
    return not any(t.dep_ in ("det", "poss") and t.lower_ not in INDEFINITE
                   for t in head.children)


# plain nouns of people: "one of the people familiar with the plans" names no one
UNNAMED_GROUPS = frozenset({"people", "person", "source", "man", "woman", "witness",
                            "resident"})

# plural nouns of people the lexicons do not type as sources
PEOPLE_NOUNS = frozenset({"men", "women", "man", "woman", "soldier", "prisoner", "captive",
                          "hostage", "child", "civilian", "migrant", "refugee", "fighter"})

SIDES = frozenset({"side", "party"})


def _names_both_sides(span: Span) -> bool:
    """'both sides', 'the two parties': the parties of a dispute named before."""
    head = span.root
    return head.lemma_.lower() in SIDES and head.tag_ == "NNS" and any(
        c.lower_ in {"both", "two"} for c in head.children)


def _media_name(text: str) -> bool:
    low = text.lower().removeprefix("the ")
    if "news agency" in low or "state media" in low or "state television" in low:
        return True
    low = low.split(",")[0].strip()
    media = lexicon().media
    return low in media or any(low.startswith(m + " ") or low.endswith(" " + m) for m in media
                               if len(m) > 3)


def source_kind(span: Span, actor: Actor | None) -> SourceKind:
    if _is_anonymous(span, sentence_of(span[0]).text):
        return "anonymous"
    head = span.root
    noun_kind = lexicon().source_nouns.get(head.lemma_.lower()) or \
        lexicon().source_nouns.get(head.lower_)
    if noun_kind == "document" and head.pos_ == "NOUN":
        return "document"  # "a report by the institute": the report speaks for its author
    if _media_name(span.text) or noun_kind == "media":
        return "media"
    if actor is not None:
        return actor_kind(actor)
    if _unnamed_people(span):
        return "anonymous"
    if ((head.ent_type_ == "PERSON" and lone_name(head)) or (not head.ent_type_
            and head.pos_ == "PROPN")) and facility_name(head):
        return "institution"  # "Heathrow and Gatwick reported delays": airports, no persons
    if head.ent_type_ == "PERSON" or head.lower_ in PERSON_PRONOUNS | {"i"}:
        return "named"
    if noun_kind in ("media", "document", "institution"):
        return noun_kind  # type: ignore[return-value]
    if head.ent_type_ in ("ORG", "GPE", "NORP", "FAC"):
        return "institution"
    if head.lower_ in GROUP_PRONOUNS:
        return "institution"
    if head.pos_ == "NOUN" and noun_kind is None and not _agentive(head):
        return "institution"  # "the regional hospital said": a body, not a named person
    return "named"


# endings of nouns for people ("the driver", "a survivor", "the chairman")
AGENTIVE = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "person", "ee", "ess")


def _agentive(head: Token) -> bool:
    return head.lemma_.lower().endswith(AGENTIVE)


def _head_phrase(span: Span) -> str:
    """'Ukraine's air force' -> 'air force'; 'The state commission' -> 'state commission'."""
    head = span.root
    start = head.left_edge.i
    for t in head.children:
        if t.dep_ in ("poss", "det") and t.i < head.i:
            start = max(start, t.right_edge.i + 1)
    while start < head.i and span.doc[start].dep_ in ("case", "punct"):
        start += 1
    return span.doc[start:head.i + 1].text


def _without_relative(span: Span) -> Span:
    """'The authorities in X, where Russian troops are based': the speaker is the phrase
    before its relative clause; a party named inside the clause does not speak."""
    cut = min((c.left_edge.i for t in span for c in t.children
               if c.dep_ == "relcl" and span.start < c.left_edge.i < span.end), default=None)
    if cut is None:
        return span
    while cut > span.start + 1 and span.doc[cut - 1].is_punct:
        cut -= 1
    return span.doc[span.start:cut]


def _partitive_head(span: Span):
    """The group of 'one of them' / 'two of the officials', or None."""
    head = span.root
    if head.lower_ not in PARTITIVE:
        return None
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return None


def _government(name: str) -> Actor | None:
    """The government a country or capital name stands for: 'Seoul' -> KOR.GOV."""
    kb = load_actors()
    name = name.removeprefix("the ")
    hows = {how for _, how in kb.aliases.get(name, [])}
    iso = kb.resolve_alias(name)
    if iso is not None and iso.startswith("REB.") and "seat" in hows:
        return actor_of(iso, [])  # 'officials in Tiraspol' speak for Transnistria's authorities
    if iso is None or iso not in kb.countries:
        return None
    return actor_of(f"{iso}.GOV" if "capital" in hows else iso, [])


def _country_government(alpha2: str) -> Actor | None:
    iso3 = iso3_of(alpha2)
    return actor_of(f"{iso3}.GOV", []) if iso3 else None


# heads of a source that speaks for a state: "a Japanese trade ministry official" is Japan's
# government, not Japan; "source" only with a word of office before it ("a diplomatic source")
STATE_HEADS = OFFICIALS | {"ministry", "department", "ministries", "officials", "diplomats"}
SOURCE_HEADS = frozenset({"source", "sources"})
OFFICE_WORDS = frozenset({"diplomatic", "government", "governmental", "official", "ministry",
                          "security", "military", "defence", "defense", "intelligence"})


@functools.cache
def _military_openers() -> frozenset[str]:
    """First words that open only the military units' phrases in ``units.yaml`` ('defence'),
    derived once: the units table does not change within a run."""
    units = load_actors().units.values()
    mil = {p.split()[0] for u in units if u.sector == "MIL" for p in u.phrases}
    other = {p.split()[0] for u in units if u.sector != "MIL" for p in u.phrases}
    return frozenset(mil - other)


def _national_unit(span: Span, country: Actor) -> Actor | None:
    """The body of ``country`` an official-sounding source speaks for: the unit of
    ``units.yaml`` its words name ("a U.S. defence official" -> USA.MIL via 'defence'; 'a
    foreign ministry official' -> GOV.MFA), else the government."""
    head = span.root
    lemma = head.lemma_.lower()
    words = [t.lower_ for t in span if t.i < head.i and t.pos_ in ("NOUN", "ADJ", "PROPN")
             and not t.ent_type_]
    if lemma not in STATE_HEADS and head.lower_ not in STATE_HEADS and not (
            lemma in SOURCE_HEADS and OFFICE_WORDS & set(words)):
        return None
    units = load_actors().units
    phrase_words = [*words, head.lower_]
    best: tuple[int, str] | None = None
    for n in range(len(phrase_words), 0, -1):
        for i in range(len(phrase_words) - n + 1):
            gram = " ".join(phrase_words[i:i + n])
            hit = next((u for u in units.values() if gram in u.phrases and
                        u.sector in ("GOV", "MIL", "POL", "LEG", "JUD")), None)
            if hit is not None and (best is None or n > best[0]):
                best = (n, hit.unit)
        if best is not None:
            break
    unit = best[1] if best is not None else "GOV"
    if unit == "GOV" and set(words) & _military_openers():
        unit = "MIL"  # "a defence official": a word only the military's phrases open with
    return actor_of(f"{country.id}.{unit}", []) or None


def _subject_like(ent: Span) -> bool:
    """The name is its clause's subject, the agent of a passive ('led by General X') or the
    apposition of a subject: a person a later pronoun most likely stands for."""
    root = ent.root
    return root.dep_ in ("nsubj", "nsubjpass") or (
        root.dep_ == "pobj" and root.head.dep_ == "agent") or (
        root.dep_ == "appos" and root.head.dep_ in ("nsubj", "nsubjpass"))


def _main_subject(ent: Span) -> bool:
    """The name is the subject (or passive agent, or the subject's apposition) of its
    sentence's main verb, not of a clause someone reports."""
    if not _subject_like(ent):
        return False
    tok = ent.root.head if ent.root.dep_ != "appos" else ent.root.head.head
    if tok.dep_ == "agent":
        tok = tok.head
    return tok.dep_ == "ROOT"


def _one_person(span: Span) -> bool:
    """An unnamed source that is one person: 'a senior official', 'one of them', 'he'."""
    root = span.root
    if root.lower_ in PERSON_PRONOUNS:
        return True
    if root.lower_ == "one" and _partitive_head(span) is not None:
        return True
    return root.tag_ == "NN" and lexicon().source_nouns.get(root.lemma_.lower()) == "person"


def _many(span: Span) -> bool:
    """An unnamed source that is several: 'officials', 'two diplomats', 'they'."""
    root = span.root
    return root.tag_ == "NNS" or root.lower_ in ("they", "them", "we") or (
        root.lower_ in PARTITIVE - {"one", "each", "either", "neither", "another", "none"}
        and _partitive_head(span) is not None)


class Resolver:
    """Recency-based resolution of pronouns and descriptions over one document."""

    def __init__(self, doc: Doc, found: Analysis):
        self.doc = doc
        self.text = doc_text(doc)
        self.found = found
        # people: the parser's PERSON names and the names the ACTORS stage found to be
        # people ("Murat Kaya" the small model tags ORG); such names are no organisation
        named = [sp for a in found.actors if a.kind == "person" for m in a.mentions
                 if m.text[:1].isupper() and (sp := doc.char_span(
                     m.start, m.end, alignment_mode="expand")) is not None]
        persons = [e for e in entities(doc) if e.label_ == "PERSON" and not self._not_person(e)]
        persons += [sp for sp in named
                    if not any(overlaps(sp.start, sp.end, e.start, e.end) for e in persons)]
        self.persons = sorted(persons, key=lambda e: e.start)
        self.orgs = [e for e in entities(doc) if e.label_ in ("ORG", "NORP", "GPE")
                     and not any(overlaps(e.start, e.end, sp.start, sp.end) for sp in named)]
        self.full_names: dict[str, str] = {}
        for e in self.persons:  # surname -> fullest name seen so far
            last = e[-1].lower_
            if len(e) > 1 and len(e.text) > len(self.full_names.get(last, "")):
                self.full_names[last] = e.text
        self.speakers: list[tuple[int, Span, Speaker]] = []  # earlier resolved sources
        # person key (actor id, else full name) -> "f" | "m", from titles, nouns beside the
        # name, own possessives ("Varga spoke to her counterpart") and resolved pronouns
        self.gender: dict[str, str] = {}
        for e in self.persons:
            g = self._told_gender(e)
            if g is not None:
                self.gender.setdefault(self._person_key(e), g)
        self._own_possessives()

    def _not_person(self, ent: Span) -> bool:
        """A PERSON the small model got wrong: the ACTORS stage took it for a body or a
        country, or the PLACES stage for a place ('Yerevan remained committed')."""
        actor = actor_at(self.found, ent.start_char, ent.end_char)
        if actor is not None:
            return actor.kind != "person"
        return place_at(self.found, ent.start_char, ent.end_char) is not None

    def full_name(self, span: Span) -> str:
        return self.full_names.get(span[-1].lower_, span.text) if len(span) == 1 else span.text

    def _actor(self, start: int, end: int) -> Actor | None:
        return actor_at(self.found, start, end)

    def _entity_in(self, span: Span, label: str) -> Span | None:
        ents = [e for e in ents_in(span) if e.label_ == label]
        own = [e for e in ents if e.start <= span.root.i < e.end]  # the head's own name first
        return own[0] if own else ents[0] if ents else None

    def _before(self, items: list[Span], at: int) -> list[Span]:
        return [e for e in items if e.end_char <= at]

    def _near_paragraphs(self, a: int, b: int, limit: int = 2) -> bool:
        return breaks_between(self.text, a, b) <= limit

    def _person_key(self, ent: Span) -> str:
        pa = self._actor(ent.start_char, ent.end_char)
        return pa.id if pa else self.full_name(ent).lower()

    @staticmethod
    def _speaker_key(sp: Speaker) -> str:
        return sp.actor or (sp.name or "").lower()

    def _told_gender(self, ent: Span) -> str | None:
        """'Ms Varga', 'a spokeswoman, Selin Aydogan', 'Spokeswoman Noura al-Khater': a title
        or noun beside the name tells which pronoun the person takes."""
        words = lexicon().gendered
        root = ent.root
        near = [self.doc[ent.start - 1]] if ent.start > 0 else []
        near += [c for c in root.children if c.dep_ in ("compound", "appos", "amod")
                 and not ent.start <= c.i < ent.end]
        if root.dep_ == "appos":
            near.append(root.head)
        for t in near:
            g = words.get(t.lower_) or words.get(t.lemma_.lower())
            if g is not None:
                return g
        return None

    def _own_possessives(self) -> None:
        """'Varga spoke to her Turkish counterpart': a possessive or reflexive pronoun in a
        clause whose subject is a named person tells that person's gender."""
        for t in self.doc:
            g = PRONOUN_GENDER.get(t.lower_)
            if g is None or not (t.dep_ == "poss" or t.lower_.endswith("self")):
                continue
            verb = t.head
            while verb.pos_ not in ("VERB", "AUX") and verb.dep_ != "ROOT" and verb.head != verb:
                verb = verb.head
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.lower_ in ("who", "that") and verb.dep_ == "relcl":
                subj = verb.head
            if subj is None:
                continue
            named = [e for e in self.persons if e.start <= subj.i < e.end or (
                e.root.dep_ == "appos" and e.root.head.i == subj.i)]
            if len(named) == 1:
                self.gender.setdefault(self._person_key(named[0]), g)

    def _fits(self, key: str, gender: str | None) -> bool:
        return gender is None or not key or self.gender.get(key, gender) == gender

    def resolve(self, span: Span) -> Speaker:
        """Kind, actor id and name of the source written ``span``; a compound source ("the US
        and Britain", "Ukrainian and Polish officials") also lists its further speakers."""
        remembered = len(self.speakers)
        sp = self._resolve_one(span)
        ranked = self._co_speakers(span, sp.actor) if sp.actor else []
        if len(ranked) < 2:
            return sp
        first = ranked[0]
        if first.id != sp.actor:  # "Ukrainian and Polish officials": Ukraine's speak first
            sp = replace(sp, actor=first.id, name=first.name, is_person=first.kind == "person")
        sp = replace(sp, also=tuple(a.id for a in ranked[1:]))
        # a later "they" takes up the whole compound: the memory holds the completed speaker
        self.speakers[remembered:] = [(span.start_char, span, sp)]
        return sp

    def _co_speakers(self, span: Span, resolved: str) -> list[Actor]:
        """The speakers of a compound source in text order, the one already ``resolved``
        among them: conjoined heads ("Zelensky and Macron"), conjoined adjectives of the head
        ("Ukrainian and Polish officials"), the places of "officials in Kyiv and Warsaw" and the
        sides of "envoys of X and Y".
        A conjunct deeper inside the phrase ("a spokesman for Britain and France") names no
        speaker. Fewer than two means the source is one speaker."""
        head = span.root
        groups = [head]
        groups += [c for c in head.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
        if head.lemma_.lower() in OFFICIALS:
            # "envoys of X and Y" are several, each for one side; "an envoy of X and Y" is one
            preps = ("in", "from", "of") if head.tag_ == "NNS" else ("in", "from")
            groups += [g for c in head.children if c.dep_ == "prep" and c.lower_ in preps
                       for g in c.children if g.dep_ == "pobj"]
        found: list[tuple[int, Actor]] = []
        for g in groups:
            if not g.conjuncts:
                continue
            for tok in sorted({g, *g.conjuncts}, key=lambda t: t.i):
                if not (span.start <= tok.i < span.end):
                    continue
                phrase = self.doc[max(tok.left_edge.i, span.start):tok.i + 1]
                actor = (self._actor(tok.idx, tok.idx + len(tok))
                         or self._actor(phrase.start_char, phrase.end_char)
                         or _government(phrase.text)
                         or self._place_government(tok.idx, tok.idx + len(tok)))
                if actor is not None and all(actor.id != a.id for _, a in found):
                    found.append((tok.i, actor))
        if not any(a.id == resolved for _, a in found):
            return []
        return [a for _, a in sorted(found, key=lambda x: x[0])]

    def _resolve_one(self, span: Span) -> Speaker:
        span = _without_relative(span)
        head = span.root
        low = head.lower_
        # the actor named by the head ("Ilze Ozola, a spokeswoman for the ministry" is Ozola)
        actor = self._actor(head.idx, head.idx + len(head)) or \
            self._actor(span.start_char, span.end_char)
        if actor is None or actor.kind != "person":
            # "Iran's ambassador to the agency, Reza Najafi": the title's holder speaks
            named = next((a for c in head.children if c.dep_ == "appos" and c.i > head.i
                          and (a := self._actor(c.idx, c.idx + len(c))) is not None
                          and a.kind == "person"), None)
            actor = named or actor
        if low in NOBODY and len(span) <= 2:
            return self._remember(span, Speaker("anonymous", None, None, False))
        if low in PERSON_PRONOUNS and len(span) == 1:
            return self._person_pronoun(span)
        if actor is None and low in OFFICE_HEADS and any(
                c.dep_ == "poss" and c.lower_ in ("his", "her") for c in head.children):
            # "her office said": the office speaks for the person the pronoun stands for
            owner = self._person_pronoun(span)
            if owner.actor is not None:
                return self._for_principal(span, self._by_id(owner.actor, owner.name))
        if actor is not None and actor.kind == "person" and low in OFFICE_HEADS and \
                head.ent_type_ != "PERSON" and not names_person(span):
            # "a spokesperson for the U.N. Secretary-General": the principal's spokesperson
            return self._for_principal(span, actor)
        if low in GROUP_PRONOUNS and len(span) == 1:
            return self._group_pronoun(span)
        if _names_both_sides(span):
            return self._both_sides(span)
        if actor is None and (pair := self._two_countries(span)) is not None:
            return pair
        if actor is not None and actor.kind == "person":
            actor = self._fuller_person(actor, span.start_char)
        kind = source_kind(span, actor)
        if actor is None:
            found = self._partitive(span) or self._metonymy(span) or self._officials_in(span)
            if found is None and kind == "anonymous":
                found = self._same_group(span)
            if found is not None:
                name = found.name if found.kind != "person" else None
                return self._remember(span, Speaker(
                    "anonymous" if kind == "anonymous" or _partitive_head(span) else
                    actor_kind(found), found.id, name, False))
        if actor is not None and actor.kind == "country":
            actor = _national_unit(span, actor) or actor
        if actor is not None:
            return self._remember(span, Speaker(kind, actor.id, actor.name,
                                                actor.kind == "person"))
        person = self._entity_in(span, "PERSON")
        if person is not None and kind != "anonymous" and not (
                len(person) == 1 and facility_name(person[0])):
            pa = self._actor(person.start_char, person.end_char)
            return self._remember(span, Speaker("named", pa.id if pa else None,
                                                self.full_name(person), True))
        if kind != "anonymous" and (head.pos_ == "NOUN" or not head.ent_type_) and any(
                t.lower_ in ("the", "this", "that") for t in head.children) and len(span) <= 3 \
                and not any(t.ent_type_ for t in span):
            return self._description(span, kind)
        if kind == "anonymous":
            return self._remember(span, Speaker(kind, None, None, False))
        org = self._entity_in(span, "ORG")
        name = org.text if org is not None else _head_phrase(span)
        return self._remember(span, Speaker(kind, None, name, False))

    def _for_principal(self, span: Span, principal: Actor | None) -> Speaker:
        """'his spokesman', 'her office', 'a spokesperson for the Secretary-General': an
        unnamed person or office speaking for a named one. The speaker is not the principal
        (who did not speak) but the body the principal heads: the kb's affiliation, else the
        country's sector, else the international organisation named nearest before."""
        head = span.root.lemma_.lower()
        kind: SourceKind = "anonymous" if head in SPOKES | {"aide", "lawyer"} \
            else "institution"
        body = self._body_of(principal, span.start_char) if principal is not None else None
        actor = body or principal
        return self._remember(span, Speaker(kind, actor.id if actor else None, None, False))

    def _body_of(self, person: Actor, at: int) -> Actor | None:
        rec = load_actors().record(person.id)
        if rec is not None and rec.affiliation:
            return actor_of(rec.affiliation, [])
        if person.country and person.sector:
            return actor_of(f"{person.country}.{person.sector}", []) or \
                actor_of(person.country, [])
        if person.sector == "IGO":
            best: tuple[int, Actor] | None = None
            for a in self.found.actors:
                if a.kind == "organization" and a.sector == "IGO":
                    for m in a.mentions:
                        if m.start < at and (best is None or m.start > best[0]):
                            best = (m.start, a)
            return best[1] if best else None
        return None

    def _fuller_person(self, actor: Actor, at: int) -> Actor:
        """'al-Ansari' after 'Majed al-Ansari': a surname the ACTORS stage kept apart is the
        person named in full before it."""
        short = actor.name.lower()
        best = None
        for a in self.found.actors:
            if a.kind == "person" and a.id != actor.id and \
                    a.name.lower().endswith(" " + short) and \
                    any(m.start < at for m in a.mentions):
                best = a
        return best or actor

    def _partitive(self, span: Span) -> Actor | None:
        """'One of them', 'two of the officials': a member of the group spoken of before."""
        group = _partitive_head(span)
        if group is None:
            return None
        at = span.start_char
        if group.lower_ in ("them", "those", "whom"):
            people = self._plural_people_before(span)
            for pos, sspan, sp in reversed(self.speakers):
                if pos < at and not sp.is_person and self._near_paragraphs(pos, at):
                    if people is not None and people.start_char > pos and not (
                            _many(sspan) or sp.also):
                        break  # "released a video of two men. One of them said": the men
                    return self._by_id(sp.actor, sp.name)
            if people is not None:
                return self._actor(people.start_char, people.end_char)
            return None
        return self._actor(group.idx, group.idx + len(group)) or self._same_group(
            self.doc[group.left_edge.i:group.i + 1])

    def _plural_people_before(self, span: Span) -> Span | None:
        """The last plural noun of people ('two men', 'the soldiers') in the sentence before
        ``span`` or before it in its own: what 'one of them' may partition."""
        sent = sentence_of(span[0])
        start = sentence_of(self.doc[sent.start - 1]).start if sent.start > 0 else sent.start
        for t in reversed(self.doc[start:span.start]):
            if t.tag_ == "NNS" and t.pos_ == "NOUN" and t.dep_ != "poss" and (
                    lexicon().source_nouns.get(t.lemma_.lower()) == "person" or _agentive(t)
                    or t.lemma_.lower() in UNNAMED_GROUPS | PEOPLE_NOUNS):
                return self.doc[t.left_edge.i:t.i + 1]
        return None

    def _by_id(self, actor_id: str | None, name: str | None) -> Actor | None:
        if actor_id is None:
            return None
        have = next((a for a in self.found.actors if a.id == actor_id), None)
        return have or Actor(id=actor_id, name=name or actor_id, kind="group")

    def _same_group(self, span: Span) -> Actor | None:
        """'Lawmakers' after 'South Korean lawmakers': a bare plural names the group of the
        same noun mentioned before (an actor mention or an earlier source)."""
        head = span.root
        if head.tag_ != "NNS" or any(c.dep_ in ("amod", "compound", "prep", "nmod", "poss")
                                     and c.lower_ not in ("senior", "other", "some", "many")
                                     for c in head.children):
            return None
        at = span.start_char
        for pos, sspan, sp in reversed(self.speakers):
            if pos < at and sp.actor and not sp.is_person and sspan.root.tag_ == "NNS" and \
                    sspan.root.lemma_ == head.lemma_:
                return self._by_id(sp.actor, sp.name)
        best: tuple[int, Actor] | None = None
        for a in self.found.actors:
            for m in a.mentions:
                if m.end <= at and m.text.lower().split()[-1:] == [head.lower_] and (
                        best is None or m.start > best[0]) and not self._patient(m):
                    best = (m.start, a)
        return best[1] if best else None

    def _patient(self, m: Mention) -> bool:
        """The mention is what a verb acts on ("Germany expelled two Iranian diplomats"):
        a later bare "Diplomats said" is not that group speaking."""
        mention = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        return mention is not None and mention.root.dep_ in ("dobj", "nsubjpass")

    def _metonymy(self, span: Span) -> Actor | None:
        """'Moscow said', 'according to Seoul': a capital speaks for its government."""
        if len(span) > 3 or span.root.ent_type_ != "GPE":
            return None
        return _government(span.text)

    def _officials_in(self, span: Span) -> Actor | None:
        """'officials in Seoul and Washington', 'diplomats from Oslo': the government of the
        place (the first one of a compound: a claim has one speaker)."""
        head = span.root
        if head.lemma_.lower() not in OFFICIALS:
            return None
        # diplomats are posted abroad: "diplomats in Brussels" are not Belgium's, "diplomats
        # from Oslo" are Norway's
        preps = ("from",) if head.lemma_.lower() in DIPLOMATS else ("in", "from")
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in preps:
                for g in c.children:
                    if g.dep_ != "pobj":
                        continue
                    for place in [g, *g.conjuncts]:
                        hit = _government(self.doc[place.left_edge.i:place.i + 1].text) or \
                            self._place_government(place.idx, place.idx + len(place))
                        if hit is not None:
                            return hit
        return None

    def _place_government(self, start: int, end: int) -> Actor | None:
        place = place_at(self.found, start, end)
        if place is None or not place.country:
            return None
        return _country_government(place.country)

    def _local_office(self, span: Span) -> Actor | None:
        """'the regional governor', 'the mayor': the government of the place the sentence
        (else the paragraph before) names; sub-national offices have no actor of their own."""
        head = span.root
        if head.lemma_.lower() not in LOCAL_OFFICES and not any(
                c.lower_ in LOCAL_MODIFIERS for c in head.children):
            return None
        sent = sentence_of(span[0])
        p_start = paragraph_of(self.text, span.start_char)[0]
        best = None
        for place in self.found.places:
            for m in place.mentions:
                if p_start <= m.start < sent.end_char and place.country and (
                        best is None or abs(m.start - span.start_char) <
                        abs(best[0] - span.start_char)):
                    best = (m.start, place)
        return _country_government(best[1].country) if best else None

    def _both_sides(self, span: Span) -> Speaker:
        """'Both sides said': the parties of the last compound source; unresolved, the
        phrase still names no one."""
        for pos, _, sp in reversed(self.speakers):
            if pos < span.start_char and sp.also:
                return self._remember(span, replace(sp, kind="institution"
                                                    if sp.kind == "anonymous" else sp.kind))
        return self._remember(span, Speaker("anonymous", None, None, False))

    def _spoken_for(self, span: Span) -> Actor | None:
        """'The spokesman said' after 'the Ministry of Water announced …': a bare spokesman
        speaks for the organisation last named within the two paragraphs before."""
        best: tuple[int, Actor] | None = None
        for a in self.found.actors:
            if a.kind == "person":
                continue
            for m in a.mentions:
                if m.end <= span.start_char and self._near_paragraphs(m.start, span.start_char) \
                        and (best is None or m.start > best[0]) and not self._patient(m):
                    best = (m.start, a)
        return best[1] if best else None

    def _two_countries(self, span: Span) -> Speaker | None:
        """'the leaders of the two countries', 'officials of both nations': the governments of
        the last two countries the article named before, in the order first named."""
        head = span.root
        if head.tag_ != "NNS":
            return None
        pobj = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"), None)
        if pobj is None or pobj.lemma_.lower() not in PAIRED_PARTIES or not any(
                c.lower_ in ("two", "both") for c in pobj.children):
            return None
        latest: dict[str, tuple[int, int]] = {}  # country -> (last mention, first mention)

        def seen(country: str | None, mentions) -> None:
            starts = [m.start for m in mentions if m.end <= span.start_char]
            if starts and country:
                last, first = latest.get(country, (-1, 1 << 62))
                latest[country] = (max(last, max(starts)), min(first, min(starts)))

        for a in self.found.actors:
            if a.kind != "person":  # a named person's nationality names no party
                seen(a.country, a.mentions)
        for place in self.found.places:
            if place.kind == "country" and place.country:
                seen(iso3_of(place.country), place.mentions)
        two = sorted(latest, key=lambda c: latest[c][0])[-2:]
        if len(two) < 2:
            return None
        govs = [actor_of(f"{c}.GOV", []) for c in sorted(two, key=lambda c: latest[c][1])]
        return self._remember(span, Speaker("institution", govs[0].id, govs[0].name, False,
                                            (govs[1].id,)))

    def _remember(self, span: Span, sp: Speaker) -> Speaker:
        self.speakers.append((span.start_char, span, sp))
        return sp

    def _person_pronoun(self, span: Span) -> Speaker:
        """'he', 'she' (or the 'her' of 'her office'): the last person who spoke, unless a
        person named since stands as a subject; people of the other gender are skipped, and an
        unnamed person ('A local leader put the toll at 52. He said') is taken up too."""
        at = span.start_char
        pron = next((t for t in span if t.lower_ in PRONOUN_GENDER), span.root)
        gender = PRONOUN_GENDER.get(pron.lower_)
        last = self._last_person(at, gender)
        persons = [e for e in self._before(self.persons, at)
                   if self._fits(self._person_key(e), gender)]
        recent = persons[-1] if persons else None
        role = self._last_role(at, gender)
        if role is not None and (last is None or last[0].start_char < role[0]) and (
                recent is None or recent.start_char < role[0]):
            # "The spokesman said … He added": the spokesman, named after no person since
            return self._remember(span, Speaker("named", role[1].actor, role[1].name, True))
        unnamed = self._unnamed_subject(span)
        if unnamed is not None and (last is None or last[0].end_char <= unnamed.start_char) and (
                recent is None or recent.end_char <= unnamed.start_char):
            ua = self._actor(unnamed.start_char, unnamed.end_char)
            return self._remember(span, Speaker("anonymous", ua.id if ua else None, None, True))
        main = [e for e in persons if _main_subject(e) and (
            last is None or e.start_char >= last[0].end_char)]
        if main and (recent is None or recent == main[-1] or not _subject_like(recent)):
            # "Sahakyan spoke by phone with Moreau. He told her …": the subject of a main
            # clause since the last speaker, though another person was named after it
            recent = main[-1]
        if last is not None and self._near_paragraphs(last[0].start_char, at) and (
                recent is None or recent.start_char <= last[0].end_char
                or not _subject_like(recent)):
            return self._taken_up(span, last[1], gender)
        if recent is not None:
            pa = self._actor(recent.start_char, recent.end_char)
            return self._taken_up(span, Speaker("named", pa.id if pa else None,
                                                self.full_name(recent), True), gender)
        if last is not None:
            return self._taken_up(span, last[1], gender)
        return self._remember(span, Speaker("named", None, None, True))

    def _taken_up(self, span: Span, sp: Speaker, gender: str | None) -> Speaker:
        """The pronoun stands for ``sp``: remembered as a person source, and the pronoun's
        gender is the person's from now on."""
        if sp.kind == "anonymous":
            return self._remember(span, Speaker("anonymous", sp.actor, None, True))
        key = self._speaker_key(sp)
        if gender is not None and key:
            self.gender.setdefault(key, gender)
        return self._remember(span, Speaker("named", sp.actor, sp.name, True))

    def _last_person(self, at: int, gender: str | None) -> tuple[Span, Speaker] | None:
        """The last source that is one person of the pronoun's gender: named, or unnamed
        ('a senior official', 'the spokeswoman', 'one of them')."""
        words = lexicon().gendered
        for pos, sspan, sp in reversed(self.speakers):
            if pos >= at:
                continue
            if sp.is_person and sp.kind != "anonymous":
                if self._fits(self._speaker_key(sp), gender):
                    return sspan, sp
            elif sp.kind == "anonymous" and _one_person(sspan) and (
                    gender is None or words.get(sspan.root.lower_, gender) == gender):
                return sspan, sp
        return None

    def _unnamed_subject(self, span: Span) -> Span | None:
        """'A local civil society leader put the toll at 52. He said': the sentence before
        the pronoun's has an unnamed person (an indefinite person noun, no name beside it) for
        its subject."""
        sent = sentence_of(span[0])
        if sent.start == 0:
            return None
        prev = sentence_of(self.doc[sent.start - 1])
        if breaks_between(self.text, prev.start_char, span.start_char) > 1:
            return None
        subj = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.pos_ != "NOUN" or subj.tag_ != "NN" or (
                lexicon().source_nouns.get(subj.lemma_.lower()) != "person"
                and not _agentive(subj)) or \
                not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subj.children) or \
                any(t.ent_type_ == "PERSON" for t in subj.subtree):
            return None
        return _without_relative(self.doc[subj.left_edge.i:subj.right_edge.i + 1])

    def _last_role(self, at: int, gender: str | None = None) -> tuple[int, Speaker] | None:
        """The nearest earlier source headed by a spokesman noun and resolved to the body it
        speaks for: a later 'he'/'she' with no named person before is that spokesman."""
        words = lexicon().gendered
        for pos, sspan, sp in reversed(self.speakers):
            if pos < at and sp.actor and sspan.root.lemma_.lower() in SPOKES and \
                    self._near_paragraphs(pos, at) and (
                    gender is None or words.get(sspan.root.lower_, gender) == gender):
                return pos, sp
        return None

    def _group_pronoun(self, span: Span) -> Speaker:
        """'they', 'it': the last source that is not one person, within two paragraphs; an
        unnamed group ("Diplomats familiar with the talks") is taken up by 'they' only."""
        at = span.start_char
        plural = span.root.lower_ in ("they", "them", "we")
        for pos, sspan, sp in reversed(self.speakers):
            if pos >= at:
                continue
            if not self._near_paragraphs(pos, at):
                break
            if sp.is_person:
                continue
            if sp.kind == "anonymous":
                if plural and _many(sspan):
                    return self._remember(span, Speaker("anonymous", sp.actor, None, False,
                                                        sp.also))
                continue
            return self._remember(span, Speaker(sp.kind, sp.actor, sp.name, False, sp.also))
        orgs = self._before(self.orgs, at)
        if orgs:
            org = orgs[-1]
            oa = self._actor(org.start_char, org.end_char)
            kind = actor_kind(oa) if oa else (
                "media" if _media_name(org.text) else "institution")
            return self._remember(span, Speaker(kind, oa.id if oa else None,  # type: ignore
                                                org.text, False))
        return self._remember(span, Speaker("institution", None, None, False))

    def _firm(self, span: Span) -> Span | None:
        """'The company said' after 'equipment maker ASML': a business noun (the event
        lexicon's BUSINESS class) stands for the last organisation named within two paragraphs
        that is no state body, party or outlet."""
        if span.root.lemma_.lower() not in event_lexicon().classes.get("BUSINESS", ()):
            return None
        at = span.start_char
        for ent in reversed(self._before(self.orgs, at)):
            if not self._near_paragraphs(ent.start_char, at):
                break
            if ent.label_ != "ORG" or _media_name(ent.text):
                continue
            ea = self._actor(ent.start_char, ent.end_char)
            if ea is None or ea.sector == "BUS":
                return ent
        return None

    def _description(self, span: Span, kind: SourceKind) -> Speaker:
        """'the minister', 'the ministry', 'the official': the nearest earlier referent whose
        name or title context holds the head noun."""
        actor = resolve_description(self.found, span.text, at=span.start_char)
        if actor is not None:
            return self._remember(span, Speaker(actor_kind(actor), actor.id, actor.name,
                                                actor.kind == "person"))
        head = span.root.lemma_.lower()
        at = span.start_char
        is_person = lexicon().source_nouns.get(head) == "person" or \
            lexicon().source_nouns.get(span.root.lower_) == "person"
        pool = self.persons if is_person else self.orgs
        # an unnamed source of the same noun nearer than any name is the one taken up
        unnamed = max((pos for pos, sspan, sp in self.speakers if pos < at
                       and sp.kind == "anonymous" and sspan.root.lemma_.lower() == head),
                      default=-1)
        for ent in reversed(self._before(pool, at)):
            if ent.start_char < unnamed:
                break
            window = self.doc[max(0, ent.start - 6):min(len(self.doc), ent.end + 6)].text.lower() \
                if is_person else ent.text.lower()
            if head in window:
                ea = self._actor(ent.start_char, ent.end_char)
                name = self.full_name(ent) if is_person else ent.text
                return self._remember(span, Speaker(
                    "named" if is_person else kind, ea.id if ea else None, name, is_person))
        for pos, sspan, sp in reversed(self.speakers):
            if pos < at and head in sspan.text.lower() and sp.name:
                return self._remember(span, Speaker(sp.kind, sp.actor, sp.name, sp.is_person))
            if pos < at and sp.kind == "anonymous" and sspan.root.lemma_.lower() == head:
                # "a district official told AFP … the official said": the same unnamed source
                return self._remember(span, Speaker("anonymous", sp.actor, None, sp.is_person))
        firm = self._firm(span) if not is_person else None
        if firm is not None:
            fa = self._actor(firm.start_char, firm.end_char)
            return self._remember(span, Speaker(kind, fa.id if fa else None, firm.text, False))
        local = self._local_office(span) if is_person else None
        if local is not None:
            return self._remember(span, Speaker("named", local.id, None, True))
        org = self._spoken_for(span) if head in SPOKES else None
        if org is not None:
            return self._remember(span, Speaker(actor_kind(org), org.id, org.name, False))
        # no referent and no name: "the regional governor" is an unnamed source
        return self._remember(span, Speaker("anonymous" if is_person else kind, None,
                                            None if is_person else _head_phrase(span),
                                            is_person))
