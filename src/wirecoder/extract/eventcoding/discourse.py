"""Arguments an event takes from its discourse: the article around the sentence.

News articles name the attacker once and then go on with agentless passives ("six missiles
were fired at the facility"), bare event nouns ("the strike") and pronouns ("it said"). The
functions here fill an event's missing actor (and recipient) from, in order:

1. its own subject, when that is a pronoun (the nearest earlier compatible actor mention) or a
   description ("the ministry", resolved by the ACTORS stage's ``resolve_description``);
2. an actor named just before a bare event noun ("the Group of 20 summit");
3. the nearest earlier event of a compatible type, in the same paragraph first, then anywhere
   earlier in the article. Interceptions ("five were shot down") take that event's roles the
   other way round: the defender is the one who was attacked.

Inherited arguments lower the event's confidence. An event that still has no actor and is
only a weak bare noun, or a noun that repeats an earlier event, is dropped by the caller.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from wirecoder.extract.eventcoding.clauses import FIRST_PERSON, lem
from wirecoder.extract.paragraphs import paragraph_of
from wirecoder.extract.spans import sentence_of
from wirecoder.kb.actors import load as load_actors
from wirecoder.model import Actor, Analysis, Event

PERSON_PRONOUNS = {"he", "she", "him", "her"}
GROUP_PRONOUNS = {"it", "they", "them"}
# Kinds an "it"/"they" can stand for; "he"/"she" stand for persons.
NON_PERSON = {"country", "organization", "group"}
# Verbs of defence against an incoming attack: their actor is the one who was attacked.
INTERCEPT = {"intercept", "repel", "repulse", "thwart", "foil", "parry"}
INTERCEPTORS = {"interceptor", "interceptors"}
# Confidence factors: an argument read off the discourse is weaker than one in the clause.
RESOLVED = 0.9
INHERITED = 0.8
# How far back (characters) an earlier event may lie when it is not in the same paragraph.
ARTICLE_WINDOW = 3000


@dataclass(frozen=True)
class Filled:
    actor: list[str]
    recipient: list[str]
    place: str | None
    factor: float
    how: str  # "pronoun", "description", "modifier", "inherited", "inverted" or ""
    source: Event | None = None  # the earlier event the arguments came from


def is_interception(tok: Token) -> bool:
    lemma = lem(tok)
    if lemma in {"fire", "launch"} and any(c.dep_ == "dobj" and c.lemma_.lower() in INTERCEPTORS
                                           for c in tok.children):
        return True  # "air defences fired two interceptors": the defender shoots
    return lemma in INTERCEPT or (lemma in {"shoot", "bring", "down"} and any(
        c.dep_ in {"prt", "advmod"} and c.lower_ == "down" for c in tok.children)) or (
        lemma == "down" and tok.pos_ == "VERB"
        and not any(c.dep_ == "dobj" and c.lemma_ == "tool" for c in tok.children))


def _fits(actor: Actor, pronoun: str, plural: bool) -> bool:
    """'he'/'she' stand for persons; 'it' for a singular country or body; 'they'/'them'
    for a body named in the plural ("North Korean soldiers", "the rebels")."""
    if pronoun in PERSON_PRONOUNS:
        return actor.kind == "person"
    if actor.kind not in NON_PERSON:
        return False
    return plural == (pronoun in {"they", "them"})


def _plural(doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span[-1].tag_ in {"NNS", "NNPS"}


def pronoun_actor(found: Analysis, tok: Token, para_start: int) -> str | None:
    """The nearest actor mention before ``tok`` that the pronoun can stand for, in the same
    paragraph (a pronoun rarely reaches further back in news prose)."""
    pron = tok.lower_
    if pron not in PERSON_PRONOUNS | GROUP_PRONOUNS:
        return None
    if (topic := _previous_subject(found, tok, para_start)) is not None:
        return topic
    # "the 23 Filipino fishermen it detained": a pronoun in a relative clause does not stand
    # for a modifier of the noun the clause is on
    own_np = (tok.head.head.left_edge.idx, tok.head.head.idx + len(tok.head.head)) \
        if tok.head.dep_ == "relcl" else (0, 0)
    best: tuple[int, int, str] | None = None
    for actor in found.actors:
        for m in actor.mentions:
            if not (para_start <= m.start and m.end <= tok.idx):
                continue
            if own_np[0] <= m.start and m.end <= own_np[1]:
                continue
            if not _fits(actor, pron, _plural(tok.doc, m.start, m.end)):
                continue
            key = (m.start, m.end - m.start, actor.id)
            if best is None or key > best:
                best = key
    return best[2] if best else None


def _previous_subject(found: Analysis, tok: Token, para_start: int) -> str | None:
    """'Germany's Foreign Office said it had ordered embassy staff to leave. It also
    summoned the ambassador': a pronoun opening a sentence as its subject continues the
    subject of the sentence before (not the last name mentioned), when that fits."""
    sent = sentence_of(tok)
    if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.i - sent.start > 2 or sent.start == 0:
        return None
    prev = sentence_of(tok.doc[sent.start - 1])
    if prev.start_char < para_start:
        return None
    pron = tok.lower_
    for subj in (c for c in prev.root.children if c.dep_ in {"nsubj", "nsubjpass"}):
        start, end = subj.left_edge.idx, subj.idx + len(subj)
        for actor in found.actors:
            if any(start <= m.start and m.end <= end for m in actor.mentions) and \
                    _fits(actor, pron, subj.tag_ in {"NNS", "NNPS"}):
                return actor.id
    return None


def description_actor(found: Analysis, tok: Token) -> str | None:
    """'the ministry', 'the army': the ACTORS stage reads the description."""
    if tok.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"}
                                     for c in tok.children):
        return None
    from wirecoder.extract.actors import resolve_description

    text = tok.doc[tok.left_edge.i:tok.i + 1].text  # Doc.text would rebuild the whole text
    actor = resolve_description(found, text, at=tok.idx)
    if actor is None or not any(a.id == actor.id for a in found.actors):
        return None
    if lem(tok) in PEOPLE and actor.kind in NON_PERSON:
        return None  # "the men were handed over": people, not a government or a body
    return actor.id


# Plain words for people, which name no body's role.
PEOPLE = {"man", "woman", "men", "women", "people", "person", "child", "children", "boy",
          "girl"}


def modifier_actor(found: Analysis, tok: Token) -> str | None:
    """'the Group of 20 summit', 'the NATO meeting': an actor mention ending right before a
    bare event noun, in the same noun phrase (no verb or punctuation between)."""
    doc = tok.doc
    start = max(sentence_of(tok).start, tok.i - 4)
    for j in range(tok.i - 1, start - 1, -1):
        t = doc[j]
        if t.pos_ in {"VERB", "AUX", "PUNCT", "ADP"} and t.lower_ != "of":
            break
        for actor in found.actors:
            if any(m.start <= t.idx < m.end for m in actor.mentions):
                return actor.id
    return None


def antecedent_event(earlier: Sequence[Event], typ: str, pos: int, text: str,
                     target: Sequence[str] = (), hosts_too: bool = True) -> Event | None:
    """The nearest earlier event of the same type that has an actor: the same paragraph
    first, then earlier in the article (within a window). An event whose own recipient is
    ``target`` cannot take its actor from that side ("North Korean soldiers were killed"
    after North Koreans fought is not North Korea's doing). Without ``hosts_too``, an event
    whose actor is only the host of talks told before (or one that borrowed it) is skipped."""
    para = paragraph_of(text, pos)
    hosts = set() if hosts_too else {a for e in earlier if hosting(e) for a in e.actor}
    cands = [e for e in earlier if e.type == typ and e.actor and e.trigger.start < pos
             and not same_side(e.actor, target) and not set(e.actor) <= hosts]
    same = [e for e in cands if paragraph_of(text, e.trigger.start) == para]
    if same:
        return max(same, key=lambda e: e.trigger.start)
    near = [e for e in cands if pos - e.trigger.start <= ARTICLE_WINDOW]
    return max(near, key=lambda e: e.trigger.start) if near else None


# "Ghana hosted talks between Mali and Niger": the host received the talks and is no side of
# them, so a later agentless mention ("a plan had been discussed", "the talks") cannot be
# the host's act.
HOST_FORMS = {"host", "hosts", "hosted", "hosting"}  # trigger text (arguments.HOSTING: lemmas)


def hosting(ev: Event) -> bool:
    return ev.trigger.text.lower() in HOST_FORMS


def agentless_passive(tok: Token) -> bool:
    """'a plan had been discussed': a passive verb whose agent the text does not name."""
    return tok.pos_ == "VERB" and any(c.dep_ in {"auxpass", "nsubjpass"} for c in tok.children) \
        and not any(c.dep_ == "agent" for c in tok.children)


def agentive(tok: Token) -> bool:
    """A subject that names a party of its own (so the event must not borrow another's)."""
    return tok.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or tok.pos_ == "PROPN"


def named_party(tok: Token) -> bool:
    """'The Transnistrian leadership denied …', 'Iraq's government said …': a noun its
    modifier ties to a nation or body the actors stage did not resolve is still a party of its
    own, never the actor of an earlier event of the same type."""
    return tok.pos_ == "NOUN" and any(
        c.dep_ in {"amod", "compound", "poss"} and c.ent_type_ not in {"DATE", "TIME"}
        and (c.ent_type_ in {"NORP", "GPE", "ORG"} or c.pos_ == "PROPN") for c in tok.children)


# Units of people who act for themselves (kb/actors/units.yaml): civilians, voters, residents,
# protesters, activists. Not officials or troops, who act for a state the article named.
OWN_UNITS = ("CVL", "OPP")


@functools.cache
def _own_group_words() -> frozenset[str]:
    units = load_actors().units
    return frozenset(p for u in OWN_UNITS for p in units[u].phrases if " " not in p)


def own_group(tok: Token) -> bool:
    """'voters backed …', 'many residents fled': a plain common noun naming a group of people
    is its own actor (of no known country when the text gives none), never a party named
    earlier in the article. With a possessive ('its citizens') it belongs to someone."""
    return tok.pos_ == "NOUN" and tok.lower_ in _own_group_words() and not any(
        c.dep_ == "poss" for c in tok.children)


def _partitive(subj: Sequence[Token]) -> list[Token]:
    """'most of them', '11,000 of them': the pronoun inside a partitive subject."""
    out = list(subj)
    for s in subj:
        out += [g for c in s.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children if g.dep_ == "pobj" and g.pos_ == "PRON"]
    return out


def speaker_actor(found: Analysis, event: Event, subj: Sequence[Token],
                  speaker_act: bool) -> str | None:
    """Inside a claim, the speaker is the actor only when the text says so: a first-person
    subject ("we will not retreat") or an act the speaker performs by speaking (an
    obligation "X must …" is the speaker's demand)."""
    if event.claim is None:
        return None
    claim = next((c for c in found.claims if c.id == event.claim), None)
    if claim is None or claim.source.actor is None:
        return None
    if speaker_act or any(s.lower_ in FIRST_PERSON for s in subj):
        return claim.source.actor
    if any(_own_forces(s, claim, found) for s in subj):
        return claim.source.actor
    return None


OWN_POSSESSIVES = {"its", "their", "our"}


def _own_forces(tok: Token, claim, found: Analysis) -> bool:
    """'The army's media wing said its troops had destroyed …': forces the claim's content
    gives to 'its'/'their' with no party named before them in it are the speaker's own."""
    from wirecoder.extract.eventcoding.arguments import FORCES

    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if poss is None or poss.lower_ not in OWN_POSSESSIVES or lem(tok) not in FORCES:
        return False
    if not claim.content.start <= poss.idx < claim.content.end:
        return False
    return not any(claim.content.start <= m.start < poss.idx
                   for a in found.actors for m in a.mentions)


def fill(event: Event, trig_tok: Token, subj: Sequence[Token], bare_noun: bool,
         found: Analysis, earlier: Sequence[Event], text: str,
         speaker_act: bool = False) -> Filled:
    """The actor (and recipient, place) an event without an actor of its own takes from the
    discourse; ``Filled.actor`` is empty when nothing fits."""
    para_start = paragraph_of(text, trig_tok.idx)[0]
    aid = speaker_actor(found, event, subj, speaker_act)
    if aid is not None:
        return Filled([aid], [], None, RESOLVED, "speaker")
    for s in _partitive(subj):
        if s.pos_ == "PRON":
            aid = pronoun_actor(found, s, para_start)
            if aid is not None:
                return Filled([aid], [], None, RESOLVED, "pronoun")
        else:
            aid = description_actor(found, s)
            if aid is not None:
                return Filled([aid], [], None, RESOLVED, "description")
    if bare_noun:
        aid = modifier_actor(found, trig_tok)
        if aid is not None:
            return Filled([aid], [], None, RESOLVED, "modifier")
    if any(agentive(s) or own_group(s) or named_party(s) for s in subj):
        return Filled([], [], None, 1.0, "")
    if any(lem(s) == "side" and s.tag_ == "NNS" for s in subj):
        # "the two sides will exchange prisoners": the two parties of the last event that
        # had two, never one party alone (a mediator's act told just before)
        return Filled(_two_parties(earlier, trig_tok.idx), [], None, INHERITED, "sides")
    # an agentless passive after hosted talks is no act of the host's
    ante = antecedent_event(earlier, event.type, trig_tok.idx, text, event.recipient,
                            hosts_too=not agentless_passive(trig_tok))
    if ante is not None and ante.claim != event.claim and _own_subject(subj) and \
            not is_interception(trig_tok):  # air defences answer the attack told before
        ante = None  # "The navy said both frigates had returned": another speaker's subject
    if ante is None and bare_noun and event.type in MOVING:
        aid = forces_actor(found, trig_tok, para_start)
        if aid is not None:
            return Filled([aid], [], None, INHERITED, "forces")
    if ante is not None and event.type in MOVING:
        # "... ordered reservists to report. The minister did not say how it counted the
        # Ethiopian troops. Diplomats put the soldiers sent to the border at 5,000": forces
        # named after the last deployment told are the ones moved
        named = _forces_named(found, trig_tok, max(para_start, ante.trigger.end))
        if named is not None:
            return Filled([named[1]], [], None, INHERITED, "forces")
    if ante is None:
        return Filled([], [], None, 1.0, "")
    if is_interception(trig_tok):
        # The defender is the one the earlier event hit; the attacker becomes the recipient.
        if not ante.recipient:
            return Filled([], [], None, 1.0, "")
        return Filled(list(ante.recipient), list(ante.actor), ante.place, INHERITED,
                      "inverted", ante)
    return Filled(list(ante.actor), list(ante.recipient), ante.place, INHERITED, "inherited",
                  ante)


MOVING = {"MOBILIZE", "RETREAT"}


def _two_parties(earlier: Sequence[Event], pos: int) -> list[str]:
    """The parties of the latest event before ``pos`` that names two sides (two actors, or
    an actor and a recipient)."""
    for ev in sorted((e for e in earlier if e.trigger.start < pos),
                     key=lambda e: e.trigger.start, reverse=True):
        # a go-between's act ("talks mediated by Kenya"): the sides are its recipients
        sides = ev.recipient if ev.mode == "third-party" and ev.actor else [*ev.actor,
                                                                            *ev.recipient]
        parties = list(dict.fromkeys(sides))
        if len(parties) >= 2:
            return parties
    return []


def _own_subject(subj: Sequence[Token]) -> bool:
    """A common noun as the active subject ('both frigates had returned', 'the ships left'):
    the clause names its doer, whose side the text does not tell; not forces or weapons,
    which continue the side that sent them, nor an event noun ('the attack set fire to …'),
    which is the earlier event itself, nor people named by their role ('the delegations
    met'), who stand for a party named before."""
    from wirecoder.extract.eventcoding.arguments import FORCES, PARTY_NOUNS, WEAPONS
    from wirecoder.extract.eventcoding.lexicon import load

    nouns = load().nouns
    return any(s.dep_ == "nsubj" and s.pos_ == "NOUN" and lem(s) not in nouns
               and lem(s) not in FORCES | WEAPONS | PARTY_NOUNS for s in subj)


def forces_actor(found: Analysis, tok: Token, para_start: int) -> str | None:
    """'… killed 200 North Korean soldiers, … the first figure reported for the deployment':
    a deployment or withdrawal no earlier event reports is that of the forces named last
    before it in the paragraph."""
    named = _forces_named(found, tok, para_start)
    return named[1] if named else None


def _forces_named(found: Analysis, tok: Token, since: int) -> tuple[int, str] | None:
    """The forces ('Ethiopian troops') named last between ``since`` and ``tok``."""
    from wirecoder.extract.eventcoding.arguments import FORCES

    best: tuple[int, str] | None = None
    for actor in found.actors:
        for m in actor.mentions:
            if not (since <= m.start and m.end <= tok.idx):
                continue
            span = tok.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or not len(span) or lem(span[-1]) not in FORCES:
                continue
            if best is None or m.start > best[0]:
                best = (m.start, actor.id)
    return best


# Types whose recipient a later mention by the same actor keeps ("its forces hit an arsenal").
DIRECTED = {"ASSAULT", "COERCE", "SANCTION", "THREATEN", "ACCUSE", "AID"}


def _country(actor_id: str) -> str:
    return actor_id.split(".", 1)[0]


def same_side(a: Sequence[str], b: Sequence[str]) -> bool:
    """Two actor lists share a country ('UKR' and 'UKR.MIL'); persons ('p:…') never match
    by prefix."""
    ca = {_country(x) for x in a if not x.startswith("p:")}
    return bool(ca & {_country(x) for x in b if not x.startswith("p:")})
