"""Events: PLOVER-typed events with actor, recipient, mode, place, date, quantities, status.

Method: dependency patterns over a curated trigger lexicon (``kb/events``, written by this
project from the PLOVER codebook). Each clause whose head (or event noun) is in the lexicon
yields one event, so a sentence can hold several. Frames are resolved first (light verbs,
"plans to", "threatened to", "denied"), then the actor and recipient phrases are read off the
subject, agent ("by …") and object, and mapped to actor ids of the ACTORS stage; the status
comes from negation, modals, frames and the CLAIMS stage (an event inside a claim's content is
``reported`` and points at that claim).

:func:`code_events` also returns the raw actor/recipient spans, for scoring against gold
source/target text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from wirecoder.extract import spans as lookup
from wirecoder.extract.actors import actor_of
from wirecoder.extract.attribution.certainty import doubts_event, withheld_verdict
from wirecoder.extract.casualties import CASUALTY_VERBS
from wirecoder.extract.eventcoding import arguments, clauses, discourse
from wirecoder.extract.eventcoding.lexicon import Lexicon, load
from wirecoder.extract.paragraphs import paragraph_of
from wirecoder.extract.spans import DATELINE, doc_text, entities, sentence_of, sentences
from wirecoder.extract.time import date_for
from wirecoder.kb.actors import iso3_of
from wirecoder.kb.actors import load as load_actors
from wirecoder.model import Analysis, Event, Place, PlaceHow, Span

COOPERATIVE_FUTURE = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE"}
COOPERATIVE = COOPERATIVE_FUTURE | {"AGREE"}
EXERCISES = {"exercise", "drill", "game", "manoeuvre", "maneuver", "wargame", "patrol", "test",
             "training"}
# Words that make an "attack" verbal ("a scathing attack on the government, calling it …").
VERBAL_ATTACK = {"scathing", "verbal", "blistering", "stinging", "rhetorical", "calling",
                 "criticism", "remarks", "comments", "tirade", "broadside"}
PEACEKEEPING = {"peacekeeping", "peacekeeper", "peacekeepers", "observers", "observer",
                "monitors", "humanitarian", "relief", "rescue"}
# Status strength: a weaker status never overrides a stronger one.
# Units that measure something else in the sentence ("hit an arsenal about 115 km from the
# border"): no count of what the event did or involved.
MEASURE_UNITS = frozenset(str.split("""
km kilometres kilometers kilometre kilometer miles mile metres meters metre meter feet ft
percent per_cent % degrees
"""))
STATUS_RANK = {"denied": 5, "threatened": 4, "possible": 3, "planned": 3, "historical": 2,
               "reported": 1, "occurred": 0}

_BYLINE = re.compile(r"^\s*(by|from|reporting by|written by|edited by|distributed by)\s+"
                     r"[A-Z][\w.'-]+(\s+[A-Z][\w.'-]+){0,3}\s*(,|and|$)", re.I)
# Photo credits ("REUTERS/Name", "(AP Photo/Name)", "File photo:"); a "(Reuters) -" dateline is
# body text and stays.
_CAPTION = re.compile(r"\b(?:photo|photograph|image|picture|pictured|caption)\s*[:/]|"
                      r"\b(?:AP|AFP|REUTERS|Getty Images|EPA)\s*/\s*\w|/\s*(?:AP|AFP|Reuters|"
                      r"Getty Images|EPA)\)|\bfile photo\b", re.I)
_PROMPT = re.compile(r"\b(leave a comment|share your (?:thoughts|views)|what do you think|"
                     r"comments? (?:below|section)|sign up|subscribe|click here|read more|"
                     r"follow us)\b", re.I)


@dataclass(frozen=True)
class CodedEvent:
    """An event with the text spans its actor and recipient were read from."""

    event: Event
    actor_spans: tuple[tuple[int, int], ...]
    recipient_spans: tuple[tuple[int, int], ...]
    depth: int = 0  # clause depth of the trigger's verb below the sentence root
    subj_heads: tuple[Token, ...] = ()  # heads of the actor phrase, before discourse filling
    bare: bool = False  # a bare event noun ("the strike"), not carried by a verb
    defensive: bool = False  # an interception ("five were shot down"), no antecedent of others
    nowhere: bool = False  # the clause says where, naming no place ("across the country")


def find_events(doc: Doc, found: Analysis) -> list[Event]:
    return [c.event for c in code_events(doc, found)]


def code_events(doc: Doc, found: Analysis) -> list[CodedEvent]:
    lex = load()
    text = doc_text(doc)
    skip = _non_prose(text, found)
    out: list[CodedEvent] = []
    for sent in sentences(doc):
        if all(_inside(skip, t.idx) for t in sent if not t.is_space):
            continue
        trigs = clauses.find_triggers(sent, lex)
        verb_types = {t.token.i: t.type for t in trigs if t.token.pos_ in {"VERB", "AUX"}}
        for trig in trigs:
            if (_inside(skip, trig.token.idx) or _newsroom_idiom(trig.token)
                    or _of_nothing(trig.token) or _setting(trig) or _category(trig)
                    or _names_own_clause(trig, verb_types)
                    or _framework(trig, lex) or _generic_clause(trig, lex)
                    or _gerund_modifier(trig.token) or _not_seen(trig)
                    or _left_open(trig) or _hosting_aside(trig)
                    or _war_as_setting(trig) or _named_by_its_verb(trig, verb_types)):
                continue
            coded = _code(trig, sent, doc, found, lex, len(out) + 1, skip, text)
            if coded is None or _repeat_mention(trig, coded, out) or _same_toll(trig, coded, out):
                continue
            coded = _complete(coded, trig, found, out, text)
            if coded is not None:
                coded = _armed_arrival(coded, found)
                coded = _formal_protest(coded, trig, found, out, lex)
            if coded is not None:
                out.append(coded)
    return [_place_told(c) for c in _context_places(
        _speaker_places(_sentence_places(out, doc), found), found, text)]


def _sentence_places(out: list[CodedEvent], doc: Doc) -> list[CodedEvent]:
    """An attack whose own words name no place takes the place its sentence gives another
    attack ("stormed a post near Ibadan, killing four officers"), before any dateline."""
    placed = {sentence_of(lookup.token_at(doc, c.event.evidence.start)).start: c.event
              for c in reversed(out) if c.event.place is not None
              and c.event.place_how is None and c.event.type in PLACED_TYPES}
    if not placed:
        return out
    done: list[CodedEvent] = []
    for c in out:
        ev = c.event
        if ev.place is None and ev.type in PLACED_TYPES and not c.defensive and not c.nowhere \
                and (other := placed.get(
                    sentence_of(lookup.token_at(doc, ev.evidence.start)).start)) is not None \
                and not _relative_aside(lookup.token_at(doc, ev.trigger.end - 1), other) \
                and not _relative_aside(lookup.token_at(doc, other.trigger.end - 1), ev):
            # (an earlier act told in a relative aside happened elsewhere, as far as we know)
            c = replace(c, event=ev.model_copy(update={"place": other.place}))
        done.append(c)
    return done


# Sources who speak from where things happen: 'police in Bannu', 'residents of Parachinar'.
# Not officials or spokesmen, who speak from a capital about acts far away.
LOCAL_SOURCES = {"police", "policeman", "policemen", "resident", "residents", "witness",
                 "witnesses", "villager", "villagers", "local", "locals", "doctor", "doctors",
                 "medic", "medics", "rescuer", "rescuers", "hospital", "elder", "elders"}


def _speaker_places(out: list[CodedEvent], found: Analysis) -> list[CodedEvent]:
    """An attack or protest told by a local source that names its town ('Police in Bannu
    said a suicide bomber had attacked a checkpoint') and no place of its own happened in
    that town, as far as the text tells: a weaker place than one of the event's words."""
    sources = {c.id: c.source for c in found.claims if c.source.span is not None
               and LOCAL_SOURCES & set(c.source.text.lower().split())}
    if not sources:
        return out
    done: list[CodedEvent] = []
    for c in out:
        ev = c.event
        src = sources.get(ev.claim or "")
        if src is not None and src.span is not None and ev.place is None \
                and ev.type in PLACED_TYPES and not c.defensive and not c.nowhere:
            at = [p for p in found.places if p.precision in {"city", "point"} and any(
                src.span.start <= m.start and m.end <= src.span.end for m in p.mentions)]
            if len(at) == 1:
                c = replace(c, event=ev.model_copy(update={
                    "place": at[0].id, "place_how": "text",
                    "confidence": round(ev.confidence * CONTEXT_PLACE, 3)}))
        done.append(c)
    return done


def _place_told(c: CodedEvent) -> CodedEvent:
    """A place the article context did not give was read from the event's own words."""
    if c.event.place is None or c.event.place_how is not None:
        return c
    return replace(c, event=c.event.model_copy(update={"place_how": "text"}))


# Events that happen at a place (not statements, which a dateline would place where the
# reporter is).
# Moves, sanctions and arrests are left out: they often happen away from the dateline city
# ('LONDON - Canada announced sanctions …').
PLACED_TYPES = {"ASSAULT", "PROTEST"}
CONTEXT_PLACE = 0.9  # confidence factor of a place taken from the article, not the sentence


def _context_places(out: list[CodedEvent], found: Analysis, text: str) -> list[CodedEvent]:
    """An attack or protest whose sentence names no place takes the article's own place where
    that is safe (:func:`_article_place`: the city of a local story), with ``place_how``
    saying so. Its confidence is lowered: the place is inferred."""
    if not any(c.event.place is None and c.event.type in PLACED_TYPES for c in out):
        return out
    found_place = _article_place(found, text)
    if found_place is None:
        return out
    place, how = found_place
    done: list[CodedEvent] = []
    for c in out:
        ev = c.event
        # an interception happens wherever the missiles fly, not where the article is
        if ev.place is None and ev.type in PLACED_TYPES and not c.defensive and not \
                c.nowhere:
            c = replace(c, event=ev.model_copy(update={
                "place": place, "place_how": how,
                "confidence": round(ev.confidence * CONTEXT_PLACE, 3)}))
        done.append(c)
    return done


def _article_place(found: Analysis, text: str) -> tuple[str, PlaceHow] | None:
    """The city of a local story: its dateline city, else the one city it names twice, and
    only when every place the article names lies in that city's country. A foreign desk's
    dateline ('RIGA - ... fighting in Kursk') is where the reporter files, not where the
    fighting is."""
    lead = len(text) - len(text.lstrip())
    dateline = DATELINE.match(text, lead, min(len(text), lead + 80))
    found_place: tuple[Place, PlaceHow] | None = None
    if dateline:
        for p in found.places:
            if p.precision in {"city", "point"} and any(
                    lead <= m.start and m.end <= dateline.end() for m in p.mentions):
                found_place = p, "dateline"
                break
    if found_place is None:
        cities = [p for p in found.places if p.precision in {"city", "point"}]
        if len(cities) == 1 and len(cities[0].mentions) >= 2:
            found_place = cities[0], "article"
    if found_place is None:
        return None
    place, how = found_place
    if not place.country or any(p.country != place.country for p in found.places):
        return None
    return place.id, how


# "declined to comment", "asked not to be named", "a request for comment": how a newsroom
# got (or did not get) its sources, not an event between the parties.
NEWSROOM = {"comment", "name", "identify", "elaborate", "confirm", "verify", "disclose",
            "specify", "detail"}
# "declined to endorse that figure": a view on a number is no act towards a party.
FIGURES = {"figure", "estimate", "toll", "tally", "projection"}


def _newsroom_idiom(tok: Token) -> bool:
    # "Asked about the losses, the spokesman said …": a reporter's question.
    if (clauses.lem(tok) == "ask" and tok.tag_ == "VBN" and tok.dep_ in {"advcl", "ROOT"}
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)):
        return True
    if any(c.dep_ == "dobj" and clauses.lem(c) in FIGURES for c in tok.children):
        return True
    for c in tok.children:
        if c.dep_ in {"xcomp", "dobj"} and (clauses.lem(c) in NEWSROOM or any(
                g.dep_ == "dobj" and clauses.lem(g) in FIGURES for g in c.children)):
            return True
        if c.dep_ == "prep" and any(g.dep_ in {"pobj", "pcomp"} and clauses.lem(g) in NEWSROOM
                                    for g in c.children):
            return True
    return False


# "speaking on the sidelines of the summit", "said at a conference": where a statement was
# made, not an event between the parties of the story.
SETTING_HEADS = {"sideline", "sidelines", "margin", "margins", "fringe", "fringes"}
TIME_ANCHORS = {"day", "eve", "anniversary", "night", "morning", "evening", "hour"}
SPEAKING = clauses.SAY_VERBS | {"speak", "talk", "address", "brief"}


def _setting(trig: clauses.Trigger) -> bool:
    tok = trig.token
    if tok.pos_ != "NOUN" or trig.anchor != tok or tok.dep_ != "pobj":
        return False
    cur = tok  # "the sidelines of the Group of 20 summit": up through the 'of' chain
    for _ in range(3):
        if cur.dep_ != "pobj" or cur.head.lower_ != "of":
            break
        cur = cur.head.head
        if cur.lower_ in SETTING_HEADS:
            return True
        # "on the day of the strike": an event named only to date something else ("five
        # hours of talks", "a day of talks", a counted span, is the event's length)
        if cur.lemma_.lower() in TIME_ANCHORS and not any(
                c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in {"a", "an"})
                for c in cur.children) and not any(
                c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ == "PROPN")
                or (c.dep_ == "prep" and c.lower_ == "by") for c in tok.children):
            return True
    prep = tok.head
    # "has not used the missile since the Lviv strike": a known event as a time mark
    if prep.lower_ == "since" and any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in {
            "the", "that", "this"}) for c in tok.children):
        return True
    return prep.lower_ in {"at", "during"} and clauses.lem(prep.head) in SPEAKING


def _hosting_aside(trig: clauses.Trigger) -> bool:
    """'talks in Valeria, which was hosting a regional summit': a place's hosting told in a
    relative clause on where something else happened says why it happened there (the same
    gathering again, or an unrelated one); it is no event between the story's parties."""
    tok = trig.token
    return (tok.pos_ == "VERB" and clauses.lem(tok) == "host" and tok.dep_ == "relcl"
            and tok.head.dep_ == "pobj" and tok.head.head.lower_ in {"in", "at"}
            and any(c.dep_ == "nsubj" and c.tag_ == "WDT" for c in tok.children))


def _names_own_clause(trig: clauses.Trigger, verb_types: dict[int, str]) -> bool:
    """'In a separate attack, drones struck a depot': a bare event noun in an 'in' phrase of
    a verb coded the same type names that very event, not a second one (whose parties would
    come from an earlier event)."""
    tok = trig.token
    if tok.pos_ != "NOUN" or trig.anchor != tok or tok.dep_ != "pobj" \
            or tok.head.lower_ != "in":
        return False
    if any(c.dep_ in {"prep", "poss", "acl", "relcl"} for c in tok.children):
        return False  # "in an attack on the village": parties of its own
    return verb_types.get(tok.head.head.i) == trig.type


# "will be treated as a joint attack", "regarded the strike as an act of war": a category the
# speaker files something under, not a second event.
DEMONSTRATIVES = {"this", "that", "it", "these", "those"}
CLASSIFYING = {"treat", "regard", "consider", "see", "view", "describe", "deem", "brand",
               "label", "characterize", "characterise", "classify", "define", "interpret"}


def _category(trig: clauses.Trigger) -> bool:
    tok = trig.token
    if tok.pos_ != "NOUN" or trig.anchor != tok:
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and clauses.lem(
            tok.head.head) in clauses.CONTAINERS:
        tok = tok.head.head  # "as an act of war"
    if tok.dep_ == "attr" and clauses.lem(tok.head) == "be" and any(
            c.dep_ == "nsubj" and c.lower_ in DEMONSTRATIVES for c in tok.head.children):
        return True  # "This is nuclear blackmail": a name for something, not a new event
    return (tok.dep_ == "pobj" and tok.head.lower_ == "as"
            and clauses.lem(tok.head.head) in CLASSIFYING)


QUANTIFIED = {"any", "every", "each", "whichever", "whatever"}
# a free relative's subject and the indefinite pronouns a relative clause makes a kind of
FREE_RELATIVES = {"whoever", "whomever", "whichever", "whatever"}
FREE_AGENTS = {"anyone", "anybody", "whoever"}
# Legal instruments: "the law allows police to detain", "a deal could lift sanctions".
INSTRUMENTS = {"law", "treaty", "constitution", "rule", "regulation", "decree", "bill",
               "measure", "statute", "code", "charter", "convention", "resolution"}
HARM = {"hurt", "harm", "damage", "kill", "wound", "injure", "cripple", "devastate"}


def _generic_clause(trig: clauses.Trigger, lex: Lexicon) -> bool:
    """Clauses that speak of a kind of event rather than report one:
    'any country that attacks X will face ...' (a relative clause on a quantified noun); a
    law, treaty or deal as the subject of a modal or present-tense verb ('the law allows
    police to detain', 'a deal could lift sanctions'); an event noun as the subject of a verb
    of harm ('sanctions would hurt ordinary people'): an effect, not an assault."""
    anchor = trig.anchor
    if anchor.dep_ == "relcl" and any(c.dep_ == "det" and c.lower_ in QUANTIFIED
                                      for c in anchor.head.children):
        return True
    if (anchor.dep_ == "relcl" and anchor.head.lower_ in FREE_AGENTS) or any(
            c.dep_ in clauses.SUBJ and c.lower_ in FREE_RELATIVES for c in anchor.children):
        return True  # "whoever attacks Israel will pay", "anyone who helps them"
    verb = anchor.head if anchor.pos_ == "NOUN" and anchor.dep_ == "dobj" else anchor
    if any(c.dep_ in clauses.SUBJ and any(d.dep_ == "det" and d.lower_ in QUANTIFIED
                                          for d in c.children) for c in verb.children):
        return True  # "any country that ... will face retaliation"
    if anchor.pos_ != "VERB":
        return False
    subjects = [c for c in anchor.children if c.dep_ in clauses.SUBJ]
    if not subjects:
        return False
    deals = lex.classes.get("DEAL", frozenset()) | INSTRUMENTS
    if all(clauses.lem(s) in deals for s in subjects) and (
            anchor.tag_ in {"VBZ", "VBP"} or any(c.dep_ == "aux" and c.lower_ in clauses.MODALS
                                                 for c in anchor.children)):
        return True
    return clauses.lem(trig.token) in HARM and all(
        s.pos_ == "NOUN" and bool(rows := lex.nouns.get(clauses.lem(s)))
        and all(r.type not in {"ASSAULT", "NONE"} for r in rows) for s in subjects)


def _framework(trig: clauses.Trigger, lex: Lexicon) -> bool:
    """'freed under an agreement', 'left under the terms of the truce': the deal an act is
    done under is its framework, not a second event of the sentence; 'ended without
    agreement': an event said to be missing is none."""
    tok = trig.token
    if tok.pos_ != "NOUN" or trig.anchor != tok:
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "without" and not any(
            c.dep_ in {"poss", "prep"} for c in tok.children):
        return True
    if clauses.lem(tok) not in lex.classes.get("DEAL", frozenset()):
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in {
            "terms", "framework", "auspices", "provisions"}:
        tok = tok.head.head
    return tok.dep_ == "pobj" and tok.head.lower_ in {"under", "per"}


# "targeting data", "strike systems", "attack capability": nouns an event word only modifies
# (the parser often reads "American targeting data" as a gerund with an object).
MODIFIED_NOUNS = {"data", "information", "intelligence", "system", "systems", "software",
                  "technology", "equipment", "capability", "capabilities", "package", "kit"}


def _gerund_modifier(tok: Token) -> bool:
    # "began sharing intelligence": a gerund complement of a verb is a clause, not a modifier,
    # and so is a participle clause set off by a comma ("carried out raids, sharing
    # intelligence"; the parser may also make "Dorvian targeting information" one)
    if tok.dep_ == "xcomp" or (tok.dep_ == "advcl" and tok.doc[tok.i - 1].text == ","):
        return False
    return tok.tag_ == "VBG" and not any(c.dep_ in {"aux", "auxpass"} for c in tok.children) \
        and any(c.dep_ == "dobj" and c.lower_ in MODIFIED_NOUNS
                and not any(g.dep_ == "det" for g in c.children) for c in tok.children)


def _not_seen(trig: clauses.Trigger) -> bool:
    """'had not yet seen the troops in combat': a witness who has not seen a fight neither
    reports it nor says it did not happen (PLOVER's negation is for the latter), so there is
    no event to code."""
    tok = trig.token
    if tok.pos_ != "NOUN" or trig.anchor != tok:
        return False
    seer = arguments.perceived_in(tok)
    return seer is not None and any(c.dep_ == "neg" for c in seer.children)


def _left_open(trig: clauses.Trigger) -> bool:
    """'neither confirmed nor denied it', 'refused to confirm or deny': no rejection."""
    tok = trig.token
    return trig.type == "REJECT" and (clauses.confirm_or_deny(tok) or any(
        c.dep_ == "xcomp" and clauses.confirm_or_deny(c) for c in tok.children))


CONFIRMING = {"confirm", "acknowledge", "verify", "admit"}


def _unconfirmed(trig: clauses.Trigger) -> bool:
    """'The army did not confirm the strike', 'has not acknowledged carrying out the
    strike': a party withholding confirmation neither reports the act nor denies it (as
    'declined to confirm or deny'): the act others tell of is only possible here."""
    cur = trig.anchor
    for _ in range(3):
        if cur.dep_ not in {"dobj", "xcomp", "pcomp", "ccomp"} or cur.head == cur:
            return False
        cur = cur.head
        if cur.lemma_.lower() in CONFIRMING:
            return any(c.dep_ == "neg" for c in cur.children)
    return False


NOTHING = {"nothing", "nobody", "none", "noone"}


def _of_nothing(tok: Token) -> bool:
    """'nothing left to offer', 'nobody to talk to': an act said not to exist."""
    cur = tok
    for _ in range(3):
        if cur.dep_ not in {"relcl", "acl", "xcomp", "advcl"} or cur.head == cur:
            return False
        cur = cur.head
        if cur.lower_ in NOTHING:
            return True
    return False


# "talks with X produced an agreement", "negotiations that led to a deal", "resulted in an
# accord": what talks bring forth is agreed by the talks' own parties.
PRODUCING = {"produce", "yield", "bring", "deliver", "result", "lead", "culminate"}


def _producing_talks(tok: Token, earlier: list[Event]) -> Event | None:
    """The meeting event whose talks produced the deal noun ``tok``, if the sentence says so."""
    if tok.pos_ != "NOUN":
        return None
    verb = tok.head
    if tok.dep_ == "pobj" and verb.lower_ in {"in", "to"} and verb.dep_ == "prep":
        verb = verb.head
    elif tok.dep_ != "dobj":
        return None
    if clauses.lem(verb) not in PRODUCING:
        return None
    talks = verb.head if verb.dep_ == "relcl" else next(
        (c for c in verb.children if c.dep_ == "nsubj"), None)
    if talks is None:
        return None
    # the talks' own event, or the meeting they are the setting of ("met B in talks that …")
    anchors = {talks.idx}
    if talks.dep_ == "pobj" and talks.head.dep_ == "prep":
        anchors.add(talks.head.head.idx)
    return next((e for e in reversed(earlier) if e.type == "CONSULT"
                 and e.trigger.start in anchors and (e.actor or e.recipient)), None)


def _complete(coded: CodedEvent, trig: clauses.Trigger, found: Analysis,
              earlier: list[CodedEvent], text: str) -> CodedEvent | None:
    """An event without an actor of its own takes one from the discourse (pronoun,
    description, the earlier event it continues); a weak bare noun that still has none is
    dropped rather than emitted without a party."""
    ev = coded.event
    antecedents = [c.event for c in earlier if not c.defensive or coded.defensive]
    talks = _producing_talks(trig.token, antecedents) if ev.type == "AGREE" and not (
        ev.actor or ev.recipient) else None
    if talks is not None:  # "talks with X produced an agreement": the talks' parties agreed
        coded = replace(coded, event=ev.model_copy(update={
            "actor": list(talks.actor), "recipient": list(talks.recipient)}))
        ev = coded.event
    if ev.actor:
        if not ev.recipient and ev.type in discourse.DIRECTED:
            ante = discourse.antecedent_event(antecedents, ev.type, trig.token.idx, text)
            # "Its forces hit an arsenal": the same attacker's target is the one named before.
            if ante is not None and ante.recipient and discourse.same_side(ante.actor,
                                                                           ev.actor):
                rec = [r for r in ante.recipient if not discourse.same_side([r], ev.actor)]
                factor = discourse.INHERITED if rec else 1.0
                return replace(coded, event=ev.model_copy(update={
                    "recipient": rec, "confidence": round(ev.confidence * factor, 3)}))
        return coded
    if _generic(trig, coded):
        return None  # a kind of event: no party of the discourse may be lent to it
    # "the Kremlin said military cooperation with Pyongyang was …": the unnamed party of a
    # reciprocal relation the speaker describes is the speaker's side.
    speaker_act = trig.row in {clauses.MUST_ROW, clauses.BLAME_ROW} or (
        coded.bare and not coded.subj_heads and ev.type in RECIPROCAL and bool(ev.recipient))
    filled = discourse.fill(ev, trig.token, coded.subj_heads, coded.bare, found,
                            antecedents, text, speaker_act)
    if filled.actor and coded.bare and filled.how == "inherited" and filled.source is not None \
            and filled.source.trigger.start >= sentence_of(trig.token).start_char:
        return None  # "…, causing secondary explosions": the same event named again
    if filled.how == "inherited" and filled.source is not None and _relative_aside(
            trig.token, filled.source):
        filled = discourse.Filled([], [], None, 1.0, "")
    if filled.how == "inherited" and _victims_were_the_actors(trig, filled, earlier):
        # "fighting against X …; how many soldiers had been killed": the soldiers are the
        # earlier event's actors, so X (if named) did the killing.
        filled = replace(filled, actor=list(filled.recipient), recipient=list(filled.actor))
    if filled.actor:
        actor = _for_the_state(filled.actor, ev.type, found)
        recipient = ev.recipient or [r for r in filled.recipient if r not in actor]
        update = {"actor": actor, "recipient": recipient,
                  "place": ev.place or (None if coded.nowhere else filled.place),
                  "confidence": round(ev.confidence * filled.factor, 3)}
        return replace(coded, event=ev.model_copy(update=update))
    # Only a noun with no party phrase at all: "protesters" that the ACTORS stage cannot map
    # still make the event real.
    # A weak one (a generic noun such as "the war") is dropped when another event of the
    # article already carries the story; on its own it may be the only report of the event.
    if coded.bare and not coded.subj_heads and (
            _background(trig.token) or any(e.event.type == ev.type for e in earlier)
            or (ev.confidence < 0.45 and len(earlier) >= 2)):
        return None
    return coded


def _relative_aside(tok: Token, ante: Event) -> bool:
    """'it targeted a commander who was behind an ambush that killed seven soldiers', 'fired
    mortars, in what Kabul called retaliation for a strike that killed 14 civilians': an act
    told in a relative clause on a noun deep inside another event's clause is an earlier,
    other act, whose parties are not that event's. ('launched strikes that killed 20': the
    relative is on the event's own object, the same act.)"""
    head = lookup.token_at(tok.doc, ante.trigger.end - 1)
    if head is None or head == tok or head not in tok.ancestors:
        return False
    for t in [tok, *tok.ancestors]:
        if t == head:
            return False
        if t.dep_ == "relcl":
            noun = t.head
            if clauses.lem(noun) not in load().nouns:
                # "targeted a commander who was behind an ambush": a clause about a party
                # the event acts on tells that party's own, other acts
                return noun != head
            return noun != head and noun.head != head and not (
                noun.head.dep_ == "prep" and noun.head.head == head)
    return False


# Actors that are armed personnel, not a ministry or an officer (roles of kb/actors units).
ARMED_ROLES = {"armed forces", "army", "navy", "air force", "marines", "armed group"}


def _armed_arrival(coded: CodedEvent, found: Analysis) -> CodedEvent:
    """'11,000 of them had arrived there', 'they arrived in X' (them: soldiers named before):
    armed personnel arriving somewhere is a deployment (MOBILIZE troops), not a visit, which
    is an official's or a delegation's. Only subjects the lexicon's class test cannot read
    (a pronoun, a number or a part of a group) are looked at through their actor."""
    ev = coded.event
    if ev.type != "CONSULT" or ev.mode != "visit" or not coded.subj_heads:
        return coded
    if not all(h.pos_ == "PRON" or clauses.partitive(h) for h in coded.subj_heads):
        return coded
    if _armed_antecedent(coded.subj_heads[0]):
        # "the unit had opened fire since it arrived": the pronoun is the unit, whatever actor
        # the discourse lent it
        return replace(coded, event=ev.model_copy(update={"type": "MOBILIZE", "mode": "troops",
                                                          "actor": []}))
    if not ev.actor:
        return coded
    by_id = {a.id: a for a in found.actors}
    if all((a := by_id.get(i)) is not None and a.kind != "person" and a.sector == "MIL"
           and (a.role or "") in ARMED_ROLES for i in ev.actor):
        return replace(coded, event=ev.model_copy(update={"type": "MOBILIZE",
                                                          "mode": "troops"}))
    return coded


def _armed_antecedent(pron: Token) -> bool:
    """'it'/'they' after an armed body named as a subject earlier in the same sentence ('the
    unit', 'the contingent', 'the brigade')."""
    if pron.lower_ not in ("it", "they"):
        return False
    subjects = [t for t in sentence_of(pron) if t.i < pron.i and t.dep_ in ("nsubj", "nsubjpass")
                and t.pos_ == "NOUN"]
    return bool(subjects) and clauses.lem(subjects[-1]) in load().classes["MILITARY"]


# Parties whose "protest" is a formal complaint (a note, a summoned envoy), not a crowd.
OFFICIAL_SECTORS = {"GOV", "IGO"}


def _formal_protest(coded: CodedEvent, trig: clauses.Trigger, found: Analysis,
                    earlier: list[CodedEvent], lex: Lexicon) -> CodedEvent | None:
    """'The ministry summoned the ambassador to protest against X': a government's or
    envoy's protest is a complaint, coded by what was said (PLOVER: usually ACCUSE), not a
    demonstration; the same complaint already coded in the sentence is not repeated.
    A subject the lexicon reads as protesters ('civil servants', 'workers') keeps PROTEST."""
    ev = coded.event
    if ev.type != "PROTEST" or ev.mode not in {None, "demo"} \
            or clauses.lem(trig.token) != "protest":
        return coded
    # "handed him a formal note of protest": a complaint whoever (if anyone) is named
    written = _diplomatic_protest(trig.token)
    if not written:
        heads = {clauses.lem(h) for h in coded.subj_heads}
        # 'Serbian students', 'thousands of Israelis': a crowd, whatever country it is read as
        if heads & lex.classes.get("PROTESTER", frozenset()) or any(
                h.tag_ in {"NNS", "NNPS", "CD"} or clauses.partitive(h)
                for h in coded.subj_heads):
            return coded
        by_id = {a.id: a for a in found.actors}
        official = bool(ev.actor) and all(
            (a := by_id.get(i)) is not None and a.sector in OFFICIAL_SECTORS for i in ev.actor)
        if not official and not heads & lex.classes.get("DIPLOMAT", frozenset()):
            return coded
    # the same complaint already coded in the sentence (by any actor when the note names none)
    sent = sentence_of(trig.token)
    if any(e.event.type == "ACCUSE" and (set(e.event.actor) & set(ev.actor)
                                         or (written and not ev.actor))
           and sent.start_char <= e.event.trigger.start < sent.end_char for e in earlier):
        return None
    return replace(coded, event=ev.model_copy(update={"type": "ACCUSE", "mode": "disapprove"}))


# "a note / letter of protest", "a protest note", "a formal / diplomatic protest": the
# written complaint of a government, never a demonstration
PROTEST_DOCUMENTS = {"note", "letter", "memorandum", "démarche", "demarche"}
PROTEST_REGISTERS = {"formal", "diplomatic", "official"}


def _diplomatic_protest(tok: Token) -> bool:
    if tok.pos_ != "NOUN":
        return False
    if any(c.dep_ == "amod" and c.lower_ in PROTEST_REGISTERS for c in tok.children):
        return True
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in PROTEST_DOCUMENTS:
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and \
        tok.head.head.lemma_.lower() in PROTEST_DOCUMENTS


RECIPROCAL = {"COOPERATE", "CONSULT"}


def _generic(trig: clauses.Trigger, coded: CodedEvent) -> bool:
    """A kind of event, not an event: with no party the discourse can name, an indefinite
    event noun or one whose only parties are indefinite ('an attack on Russia by a
    non-nuclear state … will be treated as', 'if that state is backed by a nuclear power',
    'to reflect new military threats'), in a modal, conditional or infinitival context. A
    doctrine or a law speaks of such events; PLOVER records need an actor that did (or
    threatens, or is said to do) something, so these are left out rather than given one."""
    # "a massive air attack": a modifier that names no party is no actor phrase
    heads = [h for h in coded.subj_heads if not (h.dep_ == "compound" and h.head == trig.token
                                                 and not discourse.agentive(h))]
    if heads:  # "by a non-nuclear state": every party named only as a kind
        # the kind of agent a rule speaks of: "by a non-nuclear state" under a modal or "if"
        return all(_determiner(h) in INDEFINITE and h.head.lower_ == "by" for h in heads) \
            and _irrealis(trig.anchor)
    if not coded.bare:
        return False
    if _kind_shared_with_conjunct(trig.token) and _irrealis(trig.anchor):
        return True  # "with the participation or support of a nuclear power will be …"
    det = _determiner(trig.token)
    if det is None and trig.token.tag_ == "NNS":  # "new military threats": events as a kind
        return _irrealis(trig.anchor, infinitive=True)
    # "A massive air attack … could justify": a kind of event as the subject of a rule
    return det in INDEFINITE and trig.token.dep_ in {"nsubj", "nsubjpass"} and _irrealis(
        trig.anchor)


def _kind_shared_with_conjunct(tok: Token) -> bool:
    """'the participation or support of a nuclear power': the noun's party hangs on the noun
    it is coordinated with, and names only a kind ('a nuclear power')."""
    if tok.dep_ != "conj" or tok.pos_ != "NOUN" or tok.head.pos_ != "NOUN":
        return False
    parties = [g for c in tok.head.children if c.dep_ == "prep" and c.lower_ in {"of", "by"}
               for g in c.children if g.dep_ == "pobj"]
    return bool(parties) and all(_determiner(g) in INDEFINITE for g in parties)


def _determiner(tok: Token) -> str | None:
    return next((c.lower_ for c in tok.children if c.dep_ in {"det", "poss"}), None)


def _irrealis(tok: Token, infinitive: bool = False) -> bool:
    """Under a modal or a condition ('an attack … will be treated as'), or with
    ``infinitive`` also under a 'to' infinitive ('needed to be updated to reflect X')."""
    cur = tok
    for _ in range(6):
        if cur.pos_ in {"VERB", "AUX"} and any(
                (c.dep_ == "aux" and ((infinitive and c.lower_ == "to")
                                      or c.lower_ in clauses.MODALS))
                or (c.dep_ == "mark" and c.lower_ in CONDITION) for c in cur.children):
            return True
        if cur.head == cur:
            return False
        cur = cur.head
    return False


# the casualty verbs of extract/casualties.py, and a capture: what befalls an attack's victims
CASUALTY = {*CASUALTY_VERBS, "capture"}


def _victims_were_the_actors(trig: clauses.Trigger, filled: discourse.Filled,
                             earlier: list[CodedEvent]) -> bool:
    """An agentless passive ('soldiers were killed') whose sufferers are named with the same
    noun as the actors of the event it continues ('soldiers … took part in fighting')."""
    anchor = trig.anchor
    if trig.type != "ASSAULT" or clauses.lem(trig.token) not in CASUALTY:
        return False
    while anchor.dep_ == "conj" and not any(c.dep_ == "nsubjpass" for c in anchor.children):
        anchor = anchor.head
    victims = [c for c in anchor.children if c.dep_ == "nsubjpass"]
    nouns = {clauses.lem(t) for v in victims for t in v.subtree if t.pos_ == "NOUN"}
    src = next((c for c in earlier if c.event is filled.source), None)
    if not nouns or src is None:
        return False
    acting = {clauses.lem(t) for h in src.subj_heads for t in h.subtree if t.pos_ == "NOUN"}
    return bool(nouns & acting)


ANAPHORIC = {"the", "this", "that", "these", "those"}
# "deeper into the war in Ukraine", "since the conflict began": the war a story is set in,
# named by no party, is its background, not an event the article reports.
BACKGROUND = {"war", "conflict", "hostilities"}


def _background(tok: Token) -> bool:
    return clauses.lem(tok) in BACKGROUND and any(c.dep_ == "det" and c.lower_ == "the"
                                                  for c in tok.children)


def _named_by_its_verb(trig: clauses.Trigger, verb_types: dict[int, str]) -> bool:
    """'returned to talks', 'returned to the negotiating table': an event noun (or the
    gerund modifying it) in a phrase of a verb coded the same type is that verb's event."""
    tok = trig.token
    noun = tok.head if tok.dep_ in {"amod", "compound"} else tok
    if trig.anchor != tok or noun.dep_ != "pobj" or any(
            c.dep_ in {"poss", "prep"} for c in noun.children):
        return False  # "met for talks with X": the noun names parties of its own
    return verb_types.get(noun.head.head.i) == trig.type


def _war_as_setting(trig: clauses.Trigger) -> bool:
    """'the troops Pyongyang has sent to Russia's war', 'killed in the war': a war named as
    the setting of another act (the object of a preposition, with 'the' or an owner) is the
    conflict the story is set in, not an event of that day."""
    tok = trig.token
    return (trig.anchor == tok and tok.dep_ == "pobj" and clauses.lem(tok) in BACKGROUND
            and any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the")
                    for c in tok.children))


def _repeat_mention(trig: clauses.Trigger, coded: CodedEvent, earlier: list[CodedEvent]) -> bool:
    """'The deployment', 'the attack' with no actor of their own, after an event of that
    type: a second mention of an event already coded, not a new one."""
    tok = trig.token
    # Parties read off a governing verb ("had used ATACMS in the attack") are not the noun's
    # own: the noun still names the event coded before.
    own = any(h.head == tok or h.head.head == tok for h in coded.subj_heads)  # poss, "by X"
    # "the exchange of fire between the two armies": a noun that names its sides is its own
    own = own or any(c.dep_ == "prep" and c.lower_ == "between" for c in tok.children)
    return (tok.pos_ == "NOUN" and trig.anchor == tok and not own
            and any(c.dep_ == "det" and c.lower_ in ANAPHORIC for c in tok.children)
            and any(e.event.type == coded.event.type for e in earlier))


def _same_toll(trig: clauses.Trigger, coded: CodedEvent, earlier: list[CodedEvent]) -> bool:
    """'Two people were killed and 13 wounded': one attack's toll told by two verbs, not a
    second attack (the first event's evidence holds both counts)."""
    tok = trig.token
    if tok.dep_ != "conj" or clauses.lem(tok) not in CASUALTY_VERBS:
        return False
    head = tok.head
    return clauses.lem(head) in CASUALTY_VERBS and any(
        e.event.type == coded.event.type and e.event.trigger.start == head.idx
        and e.event.evidence.start <= tok.idx < e.event.evidence.end for e in earlier)


def _inside(ranges: list[tuple[int, int]], pos: int) -> bool:
    return any(s <= pos < e for s, e in ranges)


def _non_prose(text: str, found: Analysis) -> list[tuple[int, int]]:
    """Character ranges of lines that report no event: bylines, photo captions, comment
    prompts, and the headline repeated at the top of the body."""
    title = (found.article.title or "").strip().rstrip(".!? ").casefold()
    out: list[tuple[int, int]] = []
    pos, first = 0, True
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        s = line.strip()
        if not s:
            continue
        headline = first and pos < len(text) and len(s.split()) <= 16 and not s.endswith(
            (".", "!", "?", '"', "'", "”", ":"))
        first = False
        if (headline or (title and s.rstrip(".!? ").casefold() == title)
                or (_BYLINE.match(s) and len(s.split()) <= 8) or _CAPTION.search(s)
                or _PROMPT.search(s)):
            out.append((start, end))
    return out


def _np_range(tok: Token) -> tuple[int, int]:
    """Characters of the noun phrase headed by ``tok``, without its relative clauses and
    trailing prepositional phrases (but keeping 'of' phrases, themselves trimmed the same way:
    'Kyiv's use of the weapons against targets in Russia' names no party in Russia)."""
    # A left dependent ending in a dash is a dateline the parser hung on the subject
    # ("PEMBA, Mozambique (Wire) - Islamic State-linked insurgents attacked"): no party.
    lefts = [c.left_edge.idx for c in tok.lefts
             if not (c.right_edge.is_punct and c.right_edge.text in DASHES)]
    return min([*lefts, tok.idx]), _np_end(tok)


DASHES = {"-", "--", "–", "—", "―"}


def _np_end(tok: Token, depth: int = 0) -> int:
    end = tok.idx + len(tok)
    for c in tok.rights:
        if c.dep_ in {"relcl", "acl", "punct", "cc", "conj", "appos", "advcl"}:
            break
        if c.dep_ == "prep":
            pobj = [g for g in c.children if g.dep_ == "pobj"]
            if c.lower_ != "of" or not pobj or depth > 4:
                break
            end = _np_end(pobj[0], depth + 1)
            continue
        end = c.right_edge.idx + len(c.right_edge)
    return end


POSSESSIVE = {"its", "their", "his", "her", "our"}


def _actor_ids(toks: list[Token], found: Analysis) -> list[str]:
    ids: list[str] = []
    for t in toks:
        if t.lower_ in clauses.RELATIVES and t.dep_ in {"nsubj", "nsubjpass"} and \
                t.head.dep_ == "relcl":
            t = t.head.head  # "X, a minister who has led the mediation": X's apposition
        start, end = _np_range(t)
        actor = lookup.actor_at(found, t.idx, t.idx + len(t))
        for a, b in _outside_flag(t, start, end):
            actor = actor or lookup.actor_at(found, a, b)
        if actor is None:
            actor = _speaker_actor(t, found)
        # "North Korea's foreign minister, Choe Son Hui, held talks": the apposition names it.
        for c in t.children:
            if actor is None and c.dep_ == "appos":
                actor = lookup.actor_at(found, *_np_range(c))
        pair = _paired_modifiers(t, found)
        for i in (pair if actor is not None and actor.id in pair else []):
            if i not in ids:
                ids.append(i)
        if actor is not None and actor.id not in ids:
            ids.append(actor.id)
        if actor is not None and t.tag_ == "NNS":
            # "Envoys of Congo and the M23 rebel group agreed": the envoys of each party
            for g in (g for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"):
                for cj in g.conjuncts:
                    other = lookup.actor_at(found, *_np_range(cj))
                    if other is not None and other.id not in ids:
                        ids.append(other.id)
    return ids


FLAGGED = {"flagged", "registered"}


def _outside_flag(noun: Token, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of a noun phrase outside a flag-state modifier: a 'Panama-flagged tanker'
    names where the ship is registered, not a party."""
    for c in noun.lefts:
        if c.dep_ == "amod" and c.lower_ in FLAGGED:
            a, b = c.left_edge.idx, c.idx + len(c)
            return [(x, y) for x, y in ((start, a), (b, end)) if x < y]
    return [(start, end)]


def _paired_modifiers(noun: Token, found: Analysis) -> list[str]:
    """'Thai and Cambodian troops': modifiers joined by 'and' on one noun name one party each
    (in text order); empty unless at least two distinct parties are named so."""
    for c in noun.children:
        if c.dep_ in {"amod", "nmod", "compound"} and c.conjuncts:
            ids: list[str] = []
            for m in sorted([c, *c.conjuncts], key=lambda x: x.i):
                actor = lookup.actor_at(found, m.idx, m.idx + len(m))
                if actor is not None and actor.id not in ids:
                    ids.append(actor.id)
            if len(ids) > 1:
                return ids
    return []


ARRIVING = {"arrive", "return", "land"}


def _at_home(dest: list[Token], actor: list[str], found: Analysis) -> bool:
    """The place arrived at lies in the arriving party's own country."""
    place = _place_in(found, dest[0]) if dest else None
    if place is None or not place.country:
        return False
    own = {a.country for a in found.actors if a.id in actor and a.country}
    return iso3_of(place.country) in own


# 'Thai and Cambodian troops clashed': the two sides of one noun face each other.
MUTUAL = {"exchange", "trade", "clash", "skirmish"}
# types whose sides all go in the actor (the scorer's symmetric types)
SYMMETRIC_TYPES = {"CONSULT", "COOPERATE", "ASSAULT", "AGREE"}


# Acts whose recipient, when no party is named, is the place they are done in: aid to
# Louisiana ('field hospitals in Louisiana'), a host ('meetings in Baghdad'), a ceasefire or a
# withdrawal in X.
HOSTED = {"AID", "COOPERATE", "AGREE", "CONSULT", "CONCEDE", "RETREAT"}


def _host_place(trig: clauses.Trigger, subj: list[Token], found: Analysis) -> list[Token]:
    """The first named place of an 'in'/'at' phrase in the event's clause (outside its
    actor's phrase): the land the act is done for or in."""
    taken = {t.i for s in subj for t in s.subtree}
    # the clause and its infinitives ('agreed to set up X in Y'), not others
    for cur in arguments.phrase_words([trig.anchor], OTHER_CLAUSES):
        if cur.dep_ == "pobj" and cur.head.lower_ in {"in", "at"} and cur.i not in taken and (
                cur.ent_type_ in arguments.PLACE_LABELS) and _place_in(found, cur) is not None:
            return [cur]
    return []


# the clauses a host is not looked for in: a clause's infinitives and conjuncts are its own
OTHER_CLAUSES = arguments.CLAUSES - {"xcomp", "conj"}


LOCATED = {"in", "inside", "within"}


def _located_party(obj: list[Token], found: Analysis) -> list[str]:
    """'struck a military facility in Borduria's north': a target named by no party is the
    party of the land it stands in."""
    ids: list[str] = []
    for o in obj:
        for c in o.children:
            if c.dep_ == "prep" and c.lower_ in LOCATED:
                for g in c.children:
                    if g.dep_ == "pobj":
                        ids += [i for i in _actor_ids([g], found) or _land_of(g, found)
                                if i not in ids]
    return ids


def _land_of(tok: Token, found: Analysis) -> list[str]:
    """'a facility in the Bryansk region': the country of a named place, when the article
    names that country as a party."""
    place = _place_in(found, tok)
    if place is None or not place.country:
        return []
    country = iso3_of(place.country)
    return [a.id for a in found.actors if a.id == country]


# Material acts only a state (its forces, its government) carries out; a voice of the state
# that denies or describes one ("North Korea's foreign ministry denied sending troops",
# "Peskov said military cooperation with Pyongyang …") is not the one that acts.
STATE_ACTS = {"MOBILIZE", "ASSAULT", "RETREAT", "COOPERATE"}
VOICES = ("foreign ministry", "spokes", "press secretary", "press office", "embassy",
          "ambassador", "foreign minister", "envoy")


def _for_the_state(ids: list[str], typ: str, found: Analysis) -> list[str]:
    """Actor ids with a state's voice replaced by the state: the actor of that country in
    the article ('PRK', else 'PRK.GOV'), else the country's canonical id."""
    if typ not in STATE_ACTS:
        return ids
    by_id = {a.id: a for a in found.actors}
    out: list[str] = []
    for i in ids:
        a = by_id.get(i)
        if a is not None and a.country and a.role and any(v in a.role.lower() for v in VOICES):
            i = next((x for x in (a.country, f"{a.country}.GOV") if x in by_id), a.country)
        if i not in out:
            out.append(i)
    return out


def _speaker_actor(tok: Token, found: Analysis):
    """'The General Staff said its forces had hit …': 'its forces' are the speaker's."""
    if not (tok.lower_ in arguments.PERSONAL or any(
            c.dep_ == "poss" and c.lower_ in POSSESSIVE for c in tok.children)):
        return None
    say = clauses.speech_head(tok.head if tok.head != tok else tok)
    if say is None:
        return None
    verb = tok.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head != verb:
        verb = verb.head
    poss = next((c.lower_ for c in tok.children if c.dep_ == "poss"), None)
    if verb != say and poss in ("its", "their") and any(
            c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ != "PRON" and c != tok
            and (c.tag_ in ("NNS", "NNPS")) == (poss == "their") for c in verb.children):
        # "X has sent troops to its border, diplomats said": X's border; but "the army said
        # fighters had attacked its positions": "its" agrees with no plural subject
        return None
    for c in say.children:
        if c.dep_ in clauses.SUBJ and c.pos_ != "PRON":
            start, end = _np_range(c)
            actor = lookup.actor_at(found, start, end)
            pron = poss or tok.lower_
            if actor is not None and actor.kind == "person" and pron in NOT_A_PERSON:
                return None  # "Lang said they would be used": not Lang
            return actor
    return None


# Pronouns that cannot stand for one person speaking ("Lang said it was sent to do that")
NOT_A_PERSON = {"it", "its", "they", "their"}


def _mode(trig: clauses.Trigger, clause: Iterable[Token], lex: Lexicon) -> str | None:
    if trig.mode and trig.type not in {"ASSAULT", "MOBILIZE"}:
        return trig.mode
    cues = lex.modes.get(trig.type)
    if not cues:
        return trig.mode
    if trig.type == "ASSAULT" and trig.mode in {"abduct", "targeted", "torture", "sexual",
                                                "destroy", "beat", "primitive"}:
        return trig.mode
    # "air strike", "air raid" (but not "air defence"): aerial.
    if trig.type == "ASSAULT":
        near = {c.lower_ for c in trig.token.children} | {
            g.lower_ for c in trig.token.children if c.dep_ in {"dobj", "pobj", "prep"}
            for g in c.children}
        if "air" in near:
            return "aerial"
        if "nuclear" in near:  # a nuclear strike, nuclear weapons; not "a nuclear power"
            return "unconventional"
    return _cue_mode(clause, cues, nouns_only=trig.type == "MOBILIZE") or trig.mode


# "a missile factory", "an artillery depot": a weapon word that only names a site does not say
# how an attack was carried out.
SITES = {"depot", "factory", "plant", "warehouse", "store", "storage", "site", "facility",
         "base", "maker", "manufacturer", "industry", "production", "programme", "program"}


def _cue_mode(clause: Iterable[Token], cues: tuple[tuple[str, frozenset[str]], ...],
              nouns_only: bool = False) -> str | None:
    """The mode of the most specific cue in the clause: a two-word cue ('water cannon',
    'tear gas') beats a one-word cue it contains ('cannon'); between equally long cues the
    earlier line of modes.tsv wins. With ``nouns_only`` verbs are no cues (MOBILIZE modes
    name what moves: 'forces were shipped' moves troops, not a ship)."""
    words: set[str] = set()
    prev: tuple[str, str] | None = None
    for t in clause:
        forms = (t.lemma_.lower(), t.lower_)
        if nouns_only and t.pos_ in {"VERB", "AUX"}:
            forms = ("", "")
        if not (t.dep_ == "compound" and t.head.lemma_.lower() in SITES):
            words.update(forms)
        if prev is not None:
            words.update(f"{a}_{b}" for a in prev for b in forms)
        prev = forms
    best: tuple[int, int, str] | None = None
    for i, (mode, cue_words) in enumerate(cues):
        for w in cue_words & words:
            key = (w.count("_") + 1, -i, mode)
            if best is None or key[:2] > best[:2]:
                best = key
    return best[2] if best else None


def _clause(trig: clauses.Trigger, sent: SpacySpan, lex: Lexicon) -> SpacySpan:
    """The evidence clause: the subtree of the verb that carries the event, cut at the next
    clause boundary that holds its own subject."""
    head = trig.anchor
    # a verb of class RESIZING changes the size of what its object names: its evidence is the
    # verb's clause, with the new figure ("to 10,000") and where ("in eastern Congo")
    if head.pos_ == "NOUN" and head.dep_ in {"dobj", "nsubjpass"} and \
            head.head.lemma_.lower() in lex.classes["RESIZING"]:
        head = head.head  # "increased its troop presence to 10,000": the act is the increase
    doc = sent.doc
    start, end = head.left_edge.i, head.right_edge.i + 1
    # Trim a leading or trailing comma/conjunction for a cleaner span.
    while end - 1 > start and doc[end - 1].is_punct:
        end -= 1
    while start < end - 1 and (doc[start].is_punct or doc[start].dep_ == "cc"):
        start += 1
    return doc[max(start, sent.start):min(end, sent.end)]


def _embedded(trig: clauses.Trigger, clause: SpacySpan, lex: Lexicon
              ) -> list[tuple[int, int]]:
    """Character ranges of the clauses inside the evidence clause that tell another act:
    a relative clause on an event noun ('retaliation for a drone strike that killed 14
    civilians', 'behind an ambush that killed seven soldiers') or a prepositional clause with
    its own subject ('in what Kabul described as …'). Their weapon words and figures are that
    act's, not the trigger's ('struck the town, where residents said 10 died' keeps its 10)."""
    path = {trig.token.i, trig.anchor.i, *(a.i for a in trig.token.ancestors)}
    out: list[tuple[int, int]] = []
    for t in clause:
        if t.i in path or _inside(out, t.idx) or not (
                (t.dep_ == "relcl" and t.head.pos_ == "NOUN" and clauses.lem(t.head) in lex.nouns)
                or (t.dep_ == "pcomp" and any(c.dep_ in {"nsubj", "nsubjpass"}
                                              for c in t.children))):
            continue
        left, right = t.left_edge, t.right_edge
        if left.i <= trig.token.i <= right.i:
            continue
        out.append((left.idx, right.idx + len(right)))
    return out


def _told_aside(place_id: str, trig: clauses.Trigger, clause: SpacySpan,
                found: Analysis) -> bool:
    """'targeted a commander who was behind an ambush in North Waziristan': a place named
    only inside a relative clause of the event's clause (one that does not hold the
    trigger) is where that clause's act or thing is, not the event's."""
    asides = [(t.left_edge.idx, t.right_edge.idx + len(t.right_edge)) for t in clause
              if t.dep_ == "relcl" and not (t.left_edge.i <= trig.token.i <= t.right_edge.i)]
    if not asides:
        return False
    spans = [m.start for p in found.places if p.id == place_id for m in p.mentions
             if clause.start_char <= m.start < clause.end_char]
    return bool(spans) and all(_inside(asides, at) for at in spans)


def _place(trig: clauses.Trigger, subj: list[Token], obj: list[Token],
           found: Analysis, typ: str = "") -> str | None:
    """The event's place: the most precise one named by a locative phrase on the trigger, its
    verb or its object (looking through a place-less landmark: 'outside the parliament in
    Tbilisi', 'at a school in X'; 'north of Goma in eastern Congo' -> Goma), else a place that
    is the object ('Kharkiv was shelled'), else where a move starts ('deported migrants from
    X'), else one on the subject ('an attack on a convoy in X killed ...'), else where the
    verb it continues happened. A 'from' phrase on a noun is origin ('peacekeepers from
    South Africa'), never the place; on an attack verb it is the launch site ('fired from
    Belgorod'), and ACLED codes an attack where it lands, so there it is no place either."""
    verbs: tuple[Token, ...] = (trig.token, trig.anchor)
    seer = arguments.perceived_in(trig.token) if trig.anchor == trig.token else None
    if seer is not None:  # "seen troops in combat in Kursk": where they were seen fighting
        verbs += (seer,)
    preps = clauses.LOCATIVE_PREPS | ({"over"} if typ in AIRBORNE else set())
    if typ not in LOCATED_ACTS:  # "sanctions on Russia's central bank": a party, no place
        preps = preps - PARTY_NOT_PLACE
    near = _most_precise([*(p for p, _ in _locatives((*verbs, *obj), found, preps, verbs)),
                          *(_place_in(found, o) for o in obj
                            if clauses.lem(o) in SETTLEMENTS and _of_name(o))])
    if near is not None:
        return near.id
    # "Kharkiv was shelled": a place as the object of the event.
    for o in obj:
        start, end = _np_range(o)
        if lookup.actor_at(found, start, end) is None:
            place = lookup.place_at(found, start, end)
            if place is not None and not (typ not in LOCATED_ACTS and _capital(place.name)):
                return place.id  # ("pledged to help Chisinau": its government, not a place)
    # "blocked a convoy of trucks carrying food at the Adre crossing": the parser hangs the
    # event's locative on a participle of its object; with none of its own, it is the event's
    near = _most_precise(p for p, _ in _locatives(_object_participles(obj), found,
                                                  HELD_AT))
    if near is not None and not _own_locative(verbs):
        return near.id
    if typ in MOVES:  # "fled from X", "withdrew from X": where the move happened
        near = _most_precise(_place_in(found, g, nested=True) for g in _departures(verbs))
        if near is not None:
            return near.id
    near = _most_precise(p for p, _ in _locatives(subj, found, preps, verbs))
    if near is not None:
        return near.id
    # "stormed the village and killed ten", "opened fire in X, killing three": a participle or
    # conjunct that shares its subject with the verb it hangs on happens where that verb's
    # event does (not a purpose infinitive: "sent troops to X to support its war").
    anchor = trig.anchor
    if anchor.dep_ in {"advcl", "conj"} and anchor.pos_ == "VERB" and not _own_locative(
            verbs) and not any(
            c.dep_ in {*clauses.SUBJ, "nsubjpass"} or (c.dep_ == "aux" and c.lower_ == "to")
            for c in anchor.children):
        near = _most_precise(p for p, tok in _locatives((anchor.head,), found, preps)
                             if tok.i < anchor.i)
        if near is not None:
            return near.id
    return None


HELD_AT = frozenset({"at", "in", "near", "outside"})


def _capital_government(tok: Token, found: Analysis, text: str) -> list[str]:
    """'slams Budapest', 'pledged to help Chisinau': the government a national capital that
    is the party of an act stands for (the ACTORS stage reads capitals as agents only); it
    joins ``found.actors`` with the capital's words as its mention."""
    start, end = _np_range(tok)
    if lookup.actor_at(found, start, end) is not None:
        return []
    place = lookup.place_at(found, start, end)
    iso = iso3_of(place.country) if place is not None and place.country else None
    if iso is None or not _capital(place.name):
        return []
    return _government_named(iso, start, end, found, text)


def _government_named(iso: str, start: int, end: int, found: Analysis, text: str) -> list[str]:
    """The government of ``iso`` as a party named by the words at start:end; it joins
    ``found.actors`` with those words as its mention."""
    gov = f"{iso}.GOV"
    if all(a.id != gov for a in found.actors):
        actor = actor_of(gov, [Span(start=start, end=end, text=text[start:end])])
        if actor is None:
            return []
        found.actors.append(actor)
    return [gov]


MISSION_NOUNS = frozenset({"embassy", "embassies", "consulate", "consulates", "mission"})


def _mission_host(obj: Token, recipient: list[str], actor: list[str], found: Analysis,
                  text: str) -> list[str]:
    """'Lithuania shuttered its embassy in Minsk': an act on the doer's own mission abroad is
    an act toward the host, the government of the country the mission is 'in' (BLR.GOV), not
    the doer's own foreign ministry the mission's words resolve to."""
    if obj.lower_ not in MISSION_NOUNS:
        return []
    own = {a.split(".")[0] for a in actor}
    if not own or any(r.split(".")[0] not in own for r in recipient):
        return []
    # 'its embassy in Minsk', or the parser's 'closed [its consulate] [in Vladivostok]'
    for prep in [*obj.children, *(c for c in obj.head.children if c.i > obj.i)]:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for g in prep.children:
            if g.dep_ != "pobj":
                continue
            start, end = _np_range(g)
            place = lookup.place_at(found, start, end)
            iso = iso3_of(place.country) if place is not None and place.country else None
            if iso is None or iso in own:
                return []
            return _government_named(iso, start, end, found, text)
    return []


def _capital(name: str) -> bool:
    """A national capital, which as the party of an act stands for its government."""
    return any(how == "capital" for _, how in load_actors().aliases.get(name, []))


def _object_participles(obj: list[Token]) -> list[Token]:
    """Participles on the object or on its 'of' phrase ('a convoy of trucks carrying food')."""
    nouns = [*obj, *(g for o in obj for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj")]
    return [c for n in nouns for c in n.children if c.dep_ == "acl" and c.tag_ in {"VBG", "VBN"}]


# 'attacked a base nearby': placed relative to a place told before, not at the dateline
RELATIVE_PLACE_ADVERBS = frozenset({"nearby", "elsewhere"})


def _own_locative(verbs) -> bool:
    """The clause spreads the event over an area it names no place for ('launched across the
    country', 'throughout the region') or places it only relative to another ('attacked a
    base nearby'): no place told before fits it. (A landmark such as 'at the depot' is no such
    area: it may well be the place named before.)"""
    return any((c.dep_ == "prep" and c.lower_ in {"across", "throughout"}
                and any(g.dep_ == "pobj" and g.ent_type_ not in clauses.TIME_ENTS
                        for g in c.children))
               or (c.dep_ == "advmod" and c.lower_ in RELATIVE_PLACE_ADVERBS)
               for v in verbs for c in v.children)


# Acts done at a place: 'an attack on Kyiv', 'troops sent to Kursk' name it with these
# prepositions; for other acts they name the party ('sanctions on X', 'talks with X').
LOCATED_ACTS = {"ASSAULT", "MOBILIZE", "PROTEST", "RETREAT", "AID", "CONSULT"}
PARTY_NOT_PLACE = frozenset({"on", "against", "to", "toward", "towards", "into"})


# Types whose place may be the airspace an event happens over ("shot down over X").
AIRBORNE = {"ASSAULT", "MOBILIZE"}
# Types whose verb's "from X" is where the event happened ("fled from X", "withdrew from X",
# "deported from X"); elsewhere it is a sender ("support from X") or a launch site.
MOVES = {"RETREAT", "SANCTION", "MOBILIZE", "COERCE"}
# "north of Goma", "20 km west of X": a direction phrase locates the event near X.
DIRECTIONS = {"north", "south", "east", "west", "northeast", "northwest", "southeast",
              "southwest", "north-east", "north-west", "south-east", "south-west", "outside",
              "northward", "southward", "eastward", "westward"}


def _locatives(heads, found: Analysis, preps: set[str] | frozenset[str],
               verbs=()) -> list[tuple[Place, Token]]:
    """Places of the locative phrases on ``heads``, in text order, each with the word that
    names it; 'from' phrases on ``verbs`` are left to :func:`_departures`."""
    out = []
    for h in heads:
        for c in h.children:
            pobjs: list[Token] = []
            if c.dep_ == "prep" and c.lower_ in preps:
                pobjs = [g for g in c.children if g.dep_ == "pobj"]
                if c.lower_ == "from":
                    if h in verbs:
                        continue
                    # "soldiers from Chad near Kidal": the parser hangs the place on the origin
                    pobjs = [x for g in pobjs for d in g.children if d.dep_ == "prep"
                             and d.lower_ in NESTED_LOCATIVE for x in d.children
                             if x.dep_ == "pobj"]
            elif c.dep_ in {"advmod", "npadvmod"} and c.lower_ in DIRECTIONS:
                pobjs = [g for d in c.children if d.dep_ == "prep" and d.lower_ == "of"
                         for g in d.children if g.dep_ == "pobj"]
            for g in pobjs:
                place = _place_in(found, g, nested=True)
                if place is not None:
                    out.append((place, g))
    return out


def _departures(verbs) -> list[Token]:
    """The 'from' phrases of the event's verbs: where a move starts ('fled from X'), or an
    attack's launch site ('fired from Belgorod')."""
    return [g for v in verbs for c in v.children if c.dep_ == "prep" and c.lower_ == "from"
            for g in c.children if g.dep_ == "pobj"]


# "attacked the town of Macomia in X province": the settlement named by the object is where
# the act happened, more precisely than the unit around it.
SETTLEMENTS = {"town", "village", "city", "hamlet", "camp", "district", "neighbourhood",
               "neighborhood", "suburb", "port"}


def _of_name(tok: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children) for c in tok.children)


def _most_precise(places):
    places = [p for p in places if p is not None]
    return min(places, key=lambda p: PRECISION.get(p.precision, 4)) if places else None


PRECISION = {"point": 0, "city": 1, "admin1": 2, "country": 3}


def _place_in(found: Analysis, head: Token, nested: bool = False, depth: int = 0):
    """The place a locative phrase names: the one on its head word ("Russia's Bryansk
    region" -> Bryansk region), else the most precise place in the phrase; with ``nested``,
    else the place of a locative phrase on a landmark that names none ("a checkpoint outside
    Hebron", "the parliament in Tbilisi"; not "from": "envoys from X" says who they are)."""
    place = lookup.place_at(found, head.idx, head.idx + len(head))
    if place is not None:
        return place
    start, end = _np_range(head)
    place = _most_precise(p for p in found.places
                          if any(lookup.overlaps(m.start, m.end, start, end) for m in p.mentions))
    if place is not None or not nested or depth >= 2:
        return place
    if head.head.lower_ in TOPIC_PREPS and clauses.lem(head) in load().nouns:
        return None  # "talks on the war in Ukraine": a topic, not a landmark
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in NESTED_LOCATIVE:
            for g in c.children:
                if g.dep_ == "pobj":
                    place = _place_in(found, g, nested, depth + 1)
                    if place is not None:
                        return place
    return None


TOPIC_PREPS = {"on", "over", "about"}


# Prepositions that place a landmark ("the school in X", "a checkpoint outside Y").
NESTED_LOCATIVE = {"in", "near", "at", "outside", "inside", "on", "off", "along", "within",
                   "across", "around"}


def _status(trig: clauses.Trigger, found: Analysis, lex: Lexicon) -> tuple[str, str | None,
                                                                               float]:
    """(status, claim id, confidence factor)."""
    status = "occurred"
    # The request itself is made; the negation and modal on the verb belong to its content.
    own = None if trig.row is clauses.MUST_ROW else clauses.status_cues(trig, lex)
    for cand in (trig.status, own):
        if cand and STATUS_RANK[cand] > STATUS_RANK[status]:
            status = cand
    if STATUS_RANK[status] < STATUS_RANK["possible"] and (_hypothetical(trig, lex)
                                                          or _pressed_into(trig)
                                                          or _deliberated(trig)):
        status = "possible"
    if STATUS_RANK[status] < STATUS_RANK["possible"]:
        status = _expected(trig, lex) or status
    # "did not say whether the US would push for sanctions", "asked whether troops had
    # withdrawn": a 'whether' clause asks, it asserts nothing
    if status in ("occurred", "reported", "planned", "historical") and any(
            c.dep_ == "mark" and c.lower_ == "whether"
            for t in (trig.anchor, *trig.anchor.ancestors) for c in t.children):
        status = "possible"
    if STATUS_RANK[status] < STATUS_RANK["denied"] and _negated_host(trig):
        status = "denied"
    told = _told_in_reports(trig, lex)
    if told is not None and STATUS_RANK[told] > STATUS_RANK[status]:
        status = told
    start, end = trig.token.idx, trig.token.idx + len(trig.token)
    claim = lookup.claim_containing(found, start, end)
    factor = 1.0
    if claim is not None:
        if status in ("occurred", "reported", "denied") and withheld_verdict(claim):
            # "declined to confirm or deny that troops were deployed": nothing is asserted,
            # not even by a 'deny' inside the withheld frame
            status = "possible"
        elif (claim.polarity == "negative" or _denied_outside(found, claim, start)) and \
                STATUS_RANK[status] < STATUS_RANK["denied"] and not clauses.litotes(trig):
            status = "denied"
        elif (STATUS_RANK[status] < STATUS_RANK["possible"]
              and any(doubts_event(h.text) for h in claim.hedges)):
            status = "possible"
        elif status == "occurred":
            status = "reported"
    elif status == "occurred" and clauses.under_speech(trig.token):
        status = "reported"
    if status in ("occurred", "reported", "denied") and _unconfirmed(trig):
        status = "possible"
    if trig.embedded:
        factor = 0.8
    elif trig.anchor.dep_ in {"acl", "relcl", "advcl", "pcomp", "amod"}:
        factor = 0.9  # a modifier clause is background to the sentence's main event
    return status, claim.id if claim else None, factor


# verbs that only say an event noun exists or that someone takes part in it: their negation
# is the event's ('there will never be any talks', 'had not taken part in assaults')
PARTAKING = {"participate", "engage"}


def _negated_host(trig: clauses.Trigger) -> bool:
    """An event noun that a negated existential 'there be' or verb of taking part carries:
    the event is said not to be."""
    tok = trig.token
    if tok.pos_ != "NOUN" or trig.anchor != tok:
        return False
    verb = tok.head
    if tok.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ == "in":
        verb = verb.head
        if not (clauses.lem(verb) in PARTAKING or (clauses.lem(verb) == "take" and any(
                c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children))):
            return False
    elif not (tok.dep_ == "attr" and clauses.lem(verb) == "be"
              and any(c.dep_ == "expl" for c in verb.children)):
        return False
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in {"never", "no"})
               for c in verb.children)


# how an act hangs below the report noun that tells it ("reports of soldiers fighting")
REPORT_PATH = {"acl", "relcl", "pobj", "prep", "conj", "pcomp", "amod", "compound"}


def _told_in_reports(trig: clauses.Trigger, lex: Lexicon) -> str | None:
    """'reports of North Korean soldiers fighting in Ukraine': an act told as what reports
    say is reported, not asserted by the article; 'denied reports of …', 'called reports of
    … fabrications': denied."""
    cur = trig.anchor
    for _ in range(5):
        if cur.dep_ not in REPORT_PATH or cur.head is cur:
            return None
        if cur.dep_ == "pobj" and cur.head.lower_ in {"of", "about"} and _in_class(
                cur.head.head, "REPORTS", lex):
            break
        cur = cur.head
    else:
        return None
    report = cur.head.head
    verb = report.head if report.dep_ in {"dobj", "nsubjpass", "nsubj"} else None
    if verb is not None and (_in_class(verb, "DISMISSING", lex) or any(
            t is not report and _in_class(t, "MISINFO", lex) for t in verb.subtree)):
        return "denied"
    return "reported"


def _in_class(tok: Token, name: str, lex: Lexicon) -> bool:
    return clauses.lem(tok) in lex.classes.get(name, frozenset())


def _denied_outside(found: Analysis, claim, at: int) -> bool:
    """'He denied Houthi claims that a military site had been struck': the Houthis' claim
    is told inside a denial, which is what the sentence asserts of the event."""
    outer = next((c for c in found.claims if c.id == claim.via), None) if claim.via else None
    return outer is not None and outer.polarity == "negative" and \
        outer.content.start <= at < outer.content.end and not withheld_verdict(outer)


# How an act may hang below a verb of expecting or planning: its complement, a purpose
# infinitive, a conjunct, or a phrase on one ("expect the units to be used in assaults").
AHEAD_DEPS = {"xcomp", "ccomp", "advcl", "pcomp", "pobj", "prep", "conj"}


def _expected(trig: clauses.Trigger, lex: Lexicon) -> str | None:
    """'commanders expect the units to be used in assaults to retake villages', 'plan to
    launch raids to seize the airport': an act anywhere inside the complement of a verb of
    expecting, planning or trying (frames.tsv `transparent` rows with a status) is as planned
    or possible as that verb makes it, not reported as done. The walk stops at a verb of
    saying and at a clause that is not a purpose ('after the town fell')."""
    cur = trig.anchor
    for _ in range(6):
        dep = cur.dep_
        if cur.head == cur or dep not in AHEAD_DEPS:
            return None
        if dep == "advcl" and not any(c.dep_ == "aux" and c.lower_ == "to"
                                      for c in cur.children):
            return None
        if finite_on_infinitive(cur):
            return None
        cur = cur.head
        if cur.pos_ != "VERB":
            continue
        lemma = clauses.lem(cur)
        if lemma in clauses.SAY_VERBS:
            return None
        status = lex.transparent.get(lemma)
        # only through the frame's complement: 'went on strike' is no 'going to'
        if status in {"planned", "possible"} and dep in {"xcomp", "ccomp"}:
            return status
    return None


def finite_on_infinitive(tok: Token) -> bool:
    """'Kyiv had hoped to free more people and accused Russia of …': a finite verb the
    parser joins to an infinitive is coordinated above it (a conjunct keeps its head's
    form), so it is no part of what was hoped or planned."""
    return tok.dep_ == "conj" and tok.tag_ in {"VBD", "VBZ"} and tok.head.tag_ == "VB" and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.head.children)


CONFLICT_ACTS = {"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
CONDITION_MARKS = {"if", "unless"}


def _on_condition(verb: Token) -> bool:
    """'... if negotiations failed', '... unless the debt is paid': an 'if' or 'unless'
    clause on the verb (or on a verb it is conjoined to)."""
    for v in (verb, verb.head if verb.dep_ == "conj" else verb):
        if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS
                                         for m in c.children) for c in v.children):
            return True
    return False


SIGNALLING = clauses.SAY_VERBS | {"signal", "hint", "warn", "suggest", "indicate"}
SELF = {"it", "they", "we", "i"}


def _says_it_could(verb: Token) -> bool:
    """'Ankara signalled it could launch a ground operation': a party saying that it itself
    could use force (a pronoun subject of the reported clause is the speaker) warns of it; a
    hedged past ('may have launched') tells no future."""
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return (verb.dep_ == "ccomp" and clauses.lem(verb.head) in SIGNALLING
            and bool(aux & {"could", "might", "would"}) and "have" not in aux
            and any(c.dep_ == "nsubj" and c.lower_ in SELF for c in verb.children))


def _pressed_into(trig: clauses.Trigger) -> bool:
    """'an attempt to frighten its allies into cutting aid': what someone is to be pressed
    into is only possible."""
    anchor = trig.anchor
    return (anchor.dep_ == "pcomp" and anchor.head.lower_ == "into"
            and clauses.lem(anchor.head.head) in arguments.COMMITTING
            and _irrealis(anchor.head.head, infinitive=True))


# Rejections whose negation rejects nothing: it only leaves a possibility open.
OPEN_WHEN_NEGATED = {"rule", "exclude", "dismiss", "discount"}
INDEFINITE = {"a", "an", "any"}
CONDITION = {"if", "unless", "whenever"}


def _hypothetical(trig: clauses.Trigger, lex: Lexicon) -> bool:
    """'an attack on X would be treated as …', 'a response to an attack by a state that …
    could': an indefinite event noun under a modal or conditional verb is a kind of event a
    rule speaks of, not one that happened."""
    tok = trig.token
    if tok.pos_ != "NOUN" or trig.anchor != tok:
        return False
    dets = [c.lower_ for c in tok.children if c.dep_ in {"det", "poss"}]
    # "if its leadership comes under attack": a bare noun too, singular or plural
    if dets and dets[0] not in INDEFINITE:
        return False
    cur = tok
    for _ in range(6):
        if cur.head == cur:
            return False
        cur = cur.head
        if cur.pos_ in {"VERB", "AUX"}:
            return any((c.dep_ == "aux" and lex.status_cues.get(c.lower_) in
                        {"possible", "planned"}) or (c.dep_ == "mark" and c.lower_ in CONDITION)
                       for c in cur.children)
    return False


# "could consider supplying weapons", "is weighing sending troops": a party that only weighs
# an act promises nothing (no AGREE); the act keeps its type, as a possibility.
DELIBERATING = {"consider", "mull", "weigh", "contemplate", "debate", "discuss", "explore",
                "study", "examine", "review", "ponder"}


# Modals of possibility: 'the bloc could provide 30 million euros' says what may happen,
# not what anyone undertakes to do ('would', 'will', 'must' state an intent)
MAYBE = {"could", "may", "might"}


def _maybe(trig: clauses.Trigger, lex: Lexicon) -> bool:
    """A modal of possibility, or a passive naming no agent ('the batteries would be armed
    with missiles'): no party is said to undertake the act. A deal still to be signed ('the
    agreement could be signed next week') is its parties' AGREE all the same."""
    verbs = {trig.token, trig.anchor}
    if any(c.dep_ in {"dobj", "nsubjpass"} and clauses.lem(c) in lex.classes["DEAL"]
           for v in verbs for c in v.children):
        return False
    return any(c.dep_ == "aux" and c.lower_ in MAYBE for v in verbs for c in v.children) or \
        any(v.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in v.children)
            and not any(c.dep_ == "agent" for c in v.children) for v in verbs)


def _deliberated(trig: clauses.Trigger) -> bool:
    anchor = trig.anchor
    return anchor.dep_ in {"xcomp", "ccomp"} and anchor.pos_ == "VERB" and clauses.lem(
        anchor.head) in DELIBERATING


def _lacked_means(tok: Token) -> bool:
    """'had no weapons able to bring down drones', 'has no means to shoot them down', 'lacks
    aircraft to intercept them': an act a party is said to have nothing to carry out with."""
    cur, able = tok, False
    for _ in range(3):
        if cur.dep_ not in {"xcomp", "acl", "amod"} or cur.head == cur:
            return False
        cur = cur.head
        able = able or cur.lower_ in ABLE
        if cur.pos_ == "NOUN":  # ("no plan to send troops" denies an intention: not this)
            return (able or clauses.lem(cur) in MEANS) and (
                any(c.dep_ == "det" and c.lower_ == "no" for c in cur.children)
                or (cur.dep_ == "dobj" and clauses.lem(cur.head) == "lack"))
    return False


ABLE = frozenset({"able", "capable"})
MEANS = frozenset({"means", "capability", "capacity", "ability", "way", "resources",
                   "equipment", "weapon", "tool"})


def _endangers(trig: clauses.Trigger, subj: list[Token], found: Analysis) -> bool:
    """'the deployment threatened the region's security' (:func:`clauses.threat_to`), its
    subjects no party the actors stage named."""
    return trig.type == "THREATEN" and clauses.threat_to(trig.token) and all(
        lookup.actor_at(found, s.idx, s.idx + len(s)) is None for s in subj)


def _code(trig: clauses.Trigger, sent: SpacySpan, doc: Doc, found: Analysis, lex: Lexicon,
          n: int, skip: list[tuple[int, int]], text: str) -> CodedEvent | None:
    subj, obj = arguments.arguments(trig)
    obj = _recipients(trig, subj, obj)
    obj = [_object_antecedent(o, subj) or o for o in obj]
    subj = subj or _state_of_passive(trig, found)
    lead = sent.start_char
    while lead < sent.end_char and text[lead].isspace():
        lead += 1
    dateline = DATELINE.match(text, lead, sent.end_char)
    if dateline and dateline.end() <= trig.token.idx:  # "KYIV, Nov 5 (Wire) - " is no party
        # "THE HAGUE, Netherlands -- A prosecutor charged": the parser made the place the
        # subject and the real one its apposition.
        subj = [t for t in subj if t.idx >= dateline.end()] or [
            g for t in subj for a in t.subtree if a.dep_ == "appos"
            and a.idx >= dateline.end() and a.head.idx < dateline.end()
            for g in (a, *a.conjuncts)]  # "DOHA (Wire) - Envoys of X and the Y group agreed"
        obj = [t for t in obj if t.idx >= dateline.end()]
    if _lacked_means(trig.token) or _endangers(trig, subj, found):
        return None
    status, claim_id, factor = _status(trig, found, lex)
    if trig.row is clauses.MUST_ROW and not trig.subj and claim_id is None:
        return None  # "X must go" in the article's own voice: nobody asks anything
    if trig.type == "REJECT" and trig.negated and clauses.lem(trig.token) in OPEN_WHEN_NEGATED:
        return None  # "could not rule out further deployments": the matter is left open
    typ = trig.type
    # the sentence's words matter only to the two types below: spare the others the walk
    sent_words = {t.lower_ for t in sent} if typ in ("ASSAULT", "MOBILIZE") else set()
    # "called the move a grave threat to peace": a threat noun as what something is called
    # is the caller's disapproval of it; nobody threatens
    if typ == "THREATEN" and trig.token.dep_ == "oprd":
        typ, trig.mode = "ACCUSE", "disapprove"
    if typ == "ASSAULT" and trig.token.pos_ == "NOUN" and sent_words & VERBAL_ATTACK:
        typ, trig.mode = "ACCUSE", "disapprove"
    if typ == "MOBILIZE" and sent_words & PEACEKEEPING:
        typ = "AID"
    # PLOVER: a violent riot is PROTEST riot; stones thrown or fires set by rioters or
    # protesters are their riot, not an ASSAULT.
    if typ == "ASSAULT" and any(clauses.lem(h) in RIOTERS for h in subj):
        typ, trig.mode = "PROTEST", "riot"
    # PLOVER: hacking and cyber attacks are COERCE cyber, also when a plain verb or a later
    # "the attack" tells of them ("a ransomware attack hit the port"). The one place an attack
    # becomes a cyber one: the lexicon codes only words cyber in themselves ('hack', 'breach
    # the network').
    if typ == "ASSAULT" and _cyber_attack(trig, subj):
        typ, trig.mode = "COERCE", "cyber"
    # "a joint investigation": an inquiry two parties carry out together is cooperation.
    if typ == "ACCUSE" and trig.mode == "investigate" and any(
            c.dep_ == "amod" and c.lower_ == "joint" for c in trig.token.children):
        typ, trig.mode = "COOPERATE", None
    # PLOVER: joint exercises are COOPERATE, one country's own exercise MOBILIZE.
    if typ == "MOBILIZE" and clauses.lem(trig.token) in EXERCISES and _joint(
            subj, obj, sent_words, found):
        typ, trig.mode = "COOPERATE", None
    # PLV: "will not release the prisoners" is a refusal; with no one who refuses ("there
    # was no deal", "the boats have not been returned") the act is only said not to be.
    if status == "denied" and trig.negated and typ in COOPERATIVE and _refused(trig, subj):
        typ = "REJECT"
        trig.mode = clauses.content_mode("REJECT", trig.type, trig.mode)
        # the refusal is what is told, and it happened: 'denied' would read "no refusal"
        # (an act framed by a refusal, "refused to lift the ban", keeps its frame's status)
        status = status if trig.embedded else _refusal_status(trig, claim_id)
    # PLOVER: a cooperative action reported as future is an AGREE (a statement of intent).
    own = trig.status or clauses.status_cues(trig, lex)
    if typ in COOPERATIVE_FUTURE and own in {"planned", "possible"} and not trig.embedded \
            and not _deliberated(trig) and not _maybe(trig, lex):
        typ = "AGREE"
    # PLOVER: a conflict act a party says it could do on a condition ("could seize the islands
    # by force if talks fail", "could cut exports unless the debt is paid") is a threat. (A
    # planned one, "would respond if", stays the act: the PLV scorer maps it.)
    if typ in CONFLICT_ACTS and status == "possible" and subj and (
            _on_condition(trig.anchor) or _says_it_could(trig.anchor)):
        typ, trig.mode = "THREATEN", clauses.content_mode("THREATEN", typ, trig.mode)
    # "X and Y restored diplomatic relations": ties between the subject's parties; the second
    # is the first's partner (the ties are no party)
    if len(subj) > 1 and obj and typ not in SYMMETRIC_TYPES and all(
            clauses.lem(o) in lex.classes.get("TIES", ())
            # "welcomed the prisoner exchange": a compound names a thing, not the ties
            and not any(c.dep_ == "compound" for c in o.children) for o in obj):
        subj, obj = subj[:1], subj[1:]
    clause = _clause(trig, sent, lex)
    others = _embedded(trig, clause, lex)
    mode = _mode(trig, [t for t in clause if not _inside(others, t.idx)], lex) \
        if typ == trig.type else trig.mode
    if discourse.is_interception(trig.token):
        mode = None  # air defence downing missiles: no weapon mode of the attacker's
    actor = _for_the_state(_actor_ids(subj, found), typ, found)
    # a visit's host only for a named visitor ('116 people arrived in X' is no visit)
    venue = False
    if not obj and typ in HOSTED and (typ != "CONSULT" or any(map(discourse.agentive, subj))):
        obj = _host_place(trig, subj, found)
        # "A and B agreed to hold talks in Doha": a meeting between the subject's own parties
        # is held at a venue, whose country hosts it and is no party to it
        venue = typ == "CONSULT" and len(actor) > 1
    recipient = [r for r in _actor_ids(obj, found) if r not in actor and not venue]
    if obj and recipient:
        recipient = _mission_host(obj[0], recipient, actor, found, text) or recipient
    if obj and not recipient and typ in HOSTED and not venue:
        recipient = [r for r in _land_of(obj[0], found) if r not in actor]
    if not recipient and typ in discourse.DIRECTED:
        recipient = [r for r in _located_party(obj, found) if r not in actor]
    # ('talks in Doha': a capital after 'in' is where, not who)
    if not recipient and obj and typ not in LOCATED_ACTS and not (
            obj[0].dep_ == "pobj" and obj[0].head.lower_ in HELD_AT):
        # "coordinate with Washington and Seoul": each conjoined capital is a party
        recipient = [r for o in obj for r in _capital_government(o, found, text)
                     if r not in actor]
    if typ == "CONSULT" and trig.row.mode == "visit" and not recipient and actor and \
            clauses.lem(trig.token) in ARRIVING and _at_home(
                (obj or _host_place(trig, subj, found))[:1], actor, found):
        return None  # "the freed fishermen arrived in Jakarta": back home, no one visited
    if not recipient and len(subj) == 1 and clauses.lem(trig.token) in MUTUAL and \
            len(actor) > 1 and _paired_modifiers(subj[0], found):
        actor, recipient = actor[:1], actor[1:]
    confidence = trig.weight * factor
    if trig.token.pos_ in {"NOUN", "PROPN"} and trig.anchor == trig.token:
        confidence *= 0.75  # a bare event noun is weaker evidence than a verb
    if subj:
        confidence = min(1.0, confidence + 0.05)
    ev_start, ev_end = clause.start_char, clause.end_char
    if not (ev_start <= trig.token.idx < ev_end):
        ev_start, ev_end = sent.start_char, sent.end_char
    for s0, e0 in skip:  # a headline glued to the first sentence is not evidence
        if s0 <= ev_start < e0 <= trig.token.idx:
            ev_start = e0 + 1
    while ev_start < ev_end and text[ev_start].isspace():
        ev_start += 1
    ev_start, ev_end = _whole_names(found, doc, ev_start, ev_end, sent)
    dateline = DATELINE.match(text, ev_start, ev_end)
    if dateline and dateline.end() <= trig.token.idx:
        ev_start = dateline.end()
    # A sentence the parser ran across a paragraph break: the evidence stays in its paragraph.
    p_start, p_end = paragraph_of(text, trig.token.idx)
    ev_start, ev_end = max(ev_start, p_start), min(ev_end, p_end)
    while ev_start < ev_end and text[ev_start].isspace():
        ev_start += 1
    while ev_end > ev_start and text[ev_end - 1].isspace():
        ev_end -= 1
    quantities = [q.id for q in found.quantities
                  if ev_start <= q.span.start and q.span.end <= ev_end
                  and not _inside(others, q.span.start)
                  and (q.counted or "").casefold().rsplit(" ", 1)[-1] not in MEASURE_UNITS]
    date = date_for(doc, ev_start, ev_end, found, trigger=trig.token.idx)
    pub = found.article.published
    if (status == "occurred" and pub is not None and date.how == "explicit"
            and date.value[:4].isdigit() and int(date.value[:4]) < pub.year - 1):
        status = "historical"
    t0 = trig.token.idx
    if clauses.hyphen_word(trig.token):  # the whole word: "sit-in", not "in"
        t0 = doc[trig.token.i - 2].idx
    t1 = trig.token.idx + len(trig.token)
    # "sent a note of protest to X": a written complaint goes to X, placed as the ACCUSE it
    # becomes (:func:`_formal_protest`)
    placed_as = "ACCUSE" if typ == "PROTEST" and _diplomatic_protest(trig.token) else typ
    place = _place(trig, subj, obj, found, placed_as)
    if place is not None and _told_aside(place, trig, clause, found):
        place = None
    event = Event(id=f"E{n}", type=typ, mode=mode, actor=actor, recipient=recipient,
                  place=place, date=date, quantities=quantities,
                  status=status, claim=claim_id,
                  trigger=Span(start=t0, end=t1, text=text[t0:t1]),
                  evidence=Span(start=ev_start, end=ev_end, text=text[ev_start:ev_end]),
                  confidence=round(max(0.0, min(1.0, confidence)), 3))
    bare = trig.token.pos_ in {"NOUN", "PROPN"} and trig.anchor == trig.token
    return CodedEvent(event, _phrases(subj, trig.token), _phrases(obj, trig.token),
                      _depth(trig.anchor), tuple(subj),
                      bare, discourse.is_interception(trig.token),
                      _own_locative((trig.token, trig.anchor)))


# Acts only a state's authorities carry out in (or expel from) their country, by mode.
# (Not seizures: raids in a country are often a foreign force's.)
STATE_POWERS = {("COERCE", "arrest"), ("COERCE", "deport"), ("SANCTION", "expel")}


def _state_of_passive(trig: clauses.Trigger, found: Analysis) -> list[Token]:
    """'X was arrested in Niger', 'inspectors were expelled from North Korea': with no agent
    named, the state whose country it happened in (or expelled them) did it, where the
    article names that country as a party (arrest, deportation: COERCE; expulsion:
    SANCTION)."""
    anchor = trig.anchor
    if (trig.type, trig.mode) not in STATE_POWERS or not any(
            c.dep_ in {"nsubjpass", "auxpass"} for c in anchor.children):
        return []
    prep = "from" if trig.type == "SANCTION" else "in"
    for c in anchor.children:
        if c.dep_ == "prep" and c.lower_ == prep:
            for g in c.children:
                state = lookup.actor_at(found, *_np_range(g)) if g.dep_ == "pobj" else None
                if state is not None and state.kind == "country":
                    return [g]
    return []


# Only persons: 'them' and 'it' stand as often for an unnamed group or thing ('visit
# relatives in Cuba and send them money') as for the last name before them.
OBJECT_PRONOUNS = {"him": {"PERSON"}, "her": {"PERSON"}}


def _object_antecedent(tok: Token, subj: list[Token]) -> Token | None:
    """'filed a lawsuit against the crown prince, accusing him of …': 'him' or 'her' as an
    object stands for the nearest earlier person named in the sentence outside the actor's
    phrase (the actor would be 'himself')."""
    kinds = OBJECT_PRONOUNS.get(tok.lower_)
    if kinds is None or tok.pos_ != "PRON" or tok.dep_ not in {"dobj", "pobj", "dative"}:
        return None
    taken = {t.i for s in subj for t in s.subtree}
    sent = sentence_of(tok)
    for t in reversed(sent.doc[sent.start:tok.i]):
        # the head of a name ('Mohammed bin Salman'), not one of its words
        if t.ent_type_ in kinds and t.i not in taken and (
                t.dep_ not in {"compound", "amod"} or t.head.ent_type_ != t.ent_type_):
            return t
    return None


ALLIES = {"ally", "partner", "coalition", "alliance"}
# the adverbs clauses._joint_acts reads, and the adjectives of a joint exercise
JOINTLY = clauses.JOINTLY | {"joint", "combined"}
RIOTERS = {"rioter", "protester", "demonstrator", "looter"}
# Words that make an attack a cyber one: the attack itself or its modifier.
# (not the bare modifier "cyber": PLV's development rows code "launched cyber attacks" as
# ASSAULT; see kb/events/README.md)
CYBER_WORDS = {"cyberattack", "cyber-attack", "hack", "hacking", "hacker", "ransomware",
               "malware", "ddos", "cybercriminal"}
ATTACK_NOUNS = {"attack", "assault", "strike", "raid", "breach", "intrusion"}


def _cyber_marked(tok: Token) -> bool:
    """'a cyberattack', 'hackers', 'a ransomware attack', 'a cyber-attack'."""
    return clauses.lem(tok) in CYBER_WORDS or clauses.hyphen_word(tok) in CYBER_WORDS or any(
        c.dep_ in {"compound", "amod", "nmod"} and c.lower_ in CYBER_WORDS
        for c in tok.children)


ATTACK_VERBS = {"attack", "strike", "hit", "raid", "target", "hack", "breach"}


def _definite_attack(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and clauses.lem(tok) in ATTACK_NOUNS and any(
        c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in tok.children)


def _refers_to_cyber(tok: Token) -> bool:
    """'The attack, which began on Monday, …' after 'a cyberattack': a definite attack noun
    names the nearest attack told of before it, if that one was a cyber attack."""
    if not _definite_attack(tok):
        return False
    for prev in reversed(tok.doc[:tok.i]):
        if _cyber_marked(prev) and prev.dep_ not in {"compound", "amod", "nmod"}:
            return True
        if prev.pos_ == "VERB" and clauses.lem(prev) in ATTACK_VERBS:
            # "a cyberattack struck the port": a verb of an attack already named; "rebels
            # attacked a convoy": another attack, which the definite one names
            if not any(c.dep_ in clauses.SUBJ and (_cyber_marked(c) or _definite_attack(c))
                       for c in prev.children):
                return False
        elif prev.pos_ == "NOUN" and clauses.lem(prev) in ATTACK_NOUNS:
            if _cyber_marked(prev):
                return True
            if not _definite_attack(prev):
                return False
    return False


def _cyber_attack(trig: clauses.Trigger, subj: list[Token]) -> bool:
    """The assault is a hacking: its noun, or the verb's subject, is a cyber attack."""
    heads = [trig.token] if trig.token.pos_ in {"NOUN", "PROPN"} else subj
    return any(_cyber_marked(h) or _refers_to_cyber(h) for h in heads)


def _conjoined_modifiers(head: Token) -> bool:
    """'Brazilian and Argentine troops', 'US and Korean forces': one noun, several parties."""
    return any(c.dep_ in {"amod", "compound"} and any(g.dep_ == "conj" for g in c.children)
               for c in head.children)


def _joint(subj: list[Token], obj: list[Token], sent_words: set[str],
           found: Analysis) -> bool:
    """An exercise held jointly: said so, by several parties ('X and Y', 'allies'), or with
    another party ('drills with X's navy')."""
    return (bool(sent_words & JOINTLY) or _several_parties(subj, found)
            or any(clauses.lem(h) in ALLIES or _conjoined_modifiers(h) for h in subj)
            or any(o.head.lower_ == "with" for o in obj))


def _refused(trig: clauses.Trigger, subj: list[Token]) -> bool:
    """A negated act is a refusal only with someone who refuses: not 'there was no deal' nor
    an agentless passive ('the vessels have not been returned')."""
    tok = trig.token
    if any(c.dep_ == "auxpass" for c in tok.children) and not any(
            c.dep_ == "agent" for c in tok.children):
        return False
    return any(s.dep_ != "expl" for s in subj)


REFUSAL_DOUBT = {"may", "might", "could"}


def _refusal_status(trig: clauses.Trigger, claim_id: str | None) -> str:
    """'We did not trade away an inch', 'X will not release them': a negated act read as a
    refusal is reported by the claim that carries it (or told by the article, occurred);
    'may not release' leaves the refusal possible."""
    if any(c.dep_ == "aux" and c.lower_ in REFUSAL_DOUBT for c in trig.anchor.children):
        return "possible"
    if claim_id is not None or clauses.under_speech(trig.token):
        return "reported"
    return "occurred"


def _several_parties(subj: list[Token], found: Analysis) -> bool:
    """'Russia and China held drills' are two parties; 'coast guard ships and a navy
    destroyer were patrolling' are units of one state: conjoined subjects act jointly only
    when two of them name different countries, or, named too seldom to tell, a name is
    among them."""
    if len(subj) < 2:
        return False
    by_id = {a.id: a for a in found.actors}
    countries = set()
    for t in subj:
        for i in _actor_ids([t], found):
            actor = by_id.get(i)
            countries.add(actor.country if actor is not None and actor.country else i)
    if len(countries) > 1:
        return True
    return len(countries) == 0 and any(t.pos_ == "PROPN" or t.ent_type_ for t in subj)


def _whole_names(found: Analysis, doc: Doc, start: int, end: int,
                 sent: SpacySpan) -> tuple[int, int]:
    """Widen evidence that cuts a name in two ('20 summit' of 'the Group of 20 summit'): the
    parse's subtree can end inside a multi-word name, and half a name reads as another one."""
    names = [(m.start, m.end) for a in found.actors for m in a.mentions]
    names += [(e.start_char, e.end_char) for e in entities(doc)]
    for s0, e0 in names:
        if sent.start_char <= s0 < start < e0:
            start = s0
        if s0 < end < e0 <= sent.end_char:
            end = e0
    return start, end


def _depth(tok: Token) -> int:
    """Clause-level depth: how many verbs lie between the trigger and the sentence root."""
    depth, cur = 0, tok
    for _ in range(12):
        if cur.head == cur:
            break
        cur = cur.head
        if cur.pos_ in {"VERB", "AUX"}:
            depth += 1
    return depth


def _recipients(trig: clauses.Trigger, subj: list[Token], obj: list[Token],
                depth: int = 0) -> list[Token]:
    """'refused to meet X', 'refused to lift sanctions on X': X is the recipient of the
    framing event too."""
    inner = trig.inner
    if inner is None or depth > 3 or (obj and obj[0] != inner.token):
        return obj
    # "welcomed Putin to mediate": the complement's own subject is the one welcomed
    own = [c for c in inner.anchor.children if c.dep_ in clauses.SUBJ and c.pos_ != "PRON"
           and c not in subj and inner.anchor.head == trig.anchor]
    if own and not obj:
        return own
    inner_subj, inner_obj = arguments.arguments(inner)
    # "support for Russia's war against Ukraine": the party whose act is backed (or
    # condemned) is the recipient; the war's own target belongs to the war
    # "condemned the invasion of Ukraine by Russia": the one judged is the act's 'by' agent
    judged = trig.type in {"ACCUSE", "SUPPORT"}
    owners = [t for t in inner_subj if t.pos_ != "PRON" and t not in subj and (
        (t.dep_ == "poss" and t.head == inner.token) or (
            judged and t.dep_ == "pobj" and t.head.lower_ == "by"
            and t.head.head in (inner.token, trig.anchor)))]
    if owners and inner.token.pos_ == "NOUN" and obj and obj[0] == inner.token:
        return owners
    if trig.type == "REQUEST" and inner.type in arguments.SELF_MOVING and inner.token.pos_ in {
            "NOUN", "PROPN"}:
        # "demanded the withdrawal of all X forces from the port": X is asked to withdraw
        movers = [t for t in inner_subj if t not in subj and t.i > trig.token.i]
        if movers:
            return movers
    inner_obj = _recipients(inner, subj, inner_obj, depth + 1)
    return [o for o in inner_obj if o not in subj] or obj


def _phrases(heads: list[Token], trigger: Token | None = None) -> tuple[tuple[int, int], ...]:
    """The full phrases (subtrees) of argument heads, for comparison with gold mentions; a
    coordination is one phrase. A phrase never runs over a trigger the parser misread as a
    modifier inside it ("The militia strong-armed the villagers": 'armed' an adjective of
    'villagers'); a clause on the phrase ("a citizen held hostage") stays in it."""
    out: list[tuple[int, int]] = []
    for h in heads:
        left, right = h.left_edge, h.right_edge
        if h.dep_ == "ROOT":  # a subject noun the parser made the root: not its verb
            verbs = [c for c in h.rights if c.dep_ == "acl" and c.pos_ == "VERB"]
            if verbs and verbs[0].left_edge.i > h.i:
                right = h.doc[verbs[0].left_edge.i - 1]
        if trigger is not None and trigger.dep_ in {"amod", "compound", "appos"} and \
                left.i <= trigger.i <= right.i and trigger.i != h.i:
            if trigger.i < h.i:
                left = h.doc[trigger.i + 1]
            else:  # before a hyphenated verb's first piece ("strong-armed")
                right = h.doc[max(h.i, trigger.i - (3 if clauses.hyphen_word(trigger) else 1))]
        while right.i > left.i and (right.is_punct or right.dep_ == "cc"):
            right = right.doc[right.i - 1]
        rng = (left.idx, right.idx + len(right))
        if not any(s <= rng[0] and rng[1] <= e for s, e in out):
            out.append(rng)
    return tuple(out)
