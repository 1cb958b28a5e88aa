"""Actor and recipient phrases of an event trigger: subject, agent ("by …"), object, and the
prepositional objects that name a recipient, after the frames of :mod:`clauses` are resolved."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from wirecoder.extract.eventcoding.clauses import (
    CONTAINERS,
    EFFORT_HEADS,
    SUBJ,
    TIME_ENTS,
    Trigger,
    hyphen_word,
    lem,
    speech_head,
)
from wirecoder.extract.eventcoding.lexicon import load
from wirecoder.extract.spans import PLACE_LABELS, sentence_of

# Prepositions that introduce a recipient, by preference; locatives are places, not recipients.
RECIPIENT_PREPS = ("on", "against", "with", "to", "at", "toward", "towards", "upon", "into",
                   "for", "from", "over", "of", "between", "among", "behind")
NOT_OF = tuple(p for p in RECIPIENT_PREPS if p != "of")
# Types whose object may be a thing while a preposition names the party, and those
# prepositions.
THING_PARTY = {"SANCTION", "CONSULT", "SUPPORT"}
PARTY_PREPS = ("with", "to", "for", "against", "on", "behind")
# the partner of an exchange ("bought helicopters from Italy"), and the one aid goes to
EXCHANGE_PREPS = ("with", "to", "from", "for")
GOAL_PREPS = ("to", "for")
AREA_MODES = {"curfew", "martial-law"}
AREA_WORDS = {"blockade", "siege", "lockdown", "cordon", "ceasefire", "truce"}
HOSTILITIES = {"operation", "offensive", "attack", "strike", "airstrike", "bombing",
               "shelling", "hostility", "fighting", "assault", "raid", "campaign"}
TOPIC_VERBS = {"discuss", "debate", "review", "raise", "address"}
# Types whose passive subject, with no "by" agent, is the force that acts ("troops were
# deployed", "soldiers were withdrawn").
SELF_MOVING = {"MOBILIZE", "RETREAT"}


def arguments(trig: Trigger) -> tuple[list[Token], list[Token]]:
    """Heads of the actor and recipient phrases (each with its conjuncts)."""
    tok, anchor = trig.token, trig.anchor
    subj: list[Token] = list(trig.subj)
    if trig.obj:
        return _with_conjuncts(subj), _with_conjuncts(trig.obj)
    obj: list[Token] = []
    if tok.dep_ == "oprd" and tok.pos_ == "NOUN" and not subj:
        # "X called the move a threat": the caller speaks of what it names
        verb = tok.head
        return (_with_conjuncts([c for c in verb.children if c.dep_ in SUBJ]),
                _with_conjuncts([c for c in verb.children if c.dep_ == "dobj"]))
    if trig.type == "ASSAULT" and lem(anchor) == "fall":
        # "the town fell to the rebels": the ones it fell to took it; the town is no party
        takers = [g for c in anchor.children if c.dep_ == "prep" and c.lower_ == "to"
                  for g in c.children if g.dep_ == "pobj"]
        if takers:
            return _with_conjuncts(takers), []
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in anchor.children)
    if not subj:
        if passive:
            subj = [g for c in anchor.children if c.dep_ == "agent" for g in c.children
                    if g.dep_ == "pobj"] or _stray_agent(anchor) or _killed_when(anchor)
            if not subj and trig.type in SELF_MOVING and trig.mode != "release":
                # captives "were returned / released": they are freed, they do not act
                subj = [c for c in anchor.children if c.dep_ == "nsubjpass"]
        else:
            subj = [c for c in anchor.children if c.dep_ in SUBJ]
    if not subj and not passive:
        # "…, USAID provided shelter": an acronym before the verb, misread as an adverb
        subj = [c for c in anchor.children if c.dep_ in {"advmod", "npadvmod"}
                and c.i < anchor.i and len(c.text) > 1 and c.text.isalpha() and c.text.isupper()]
    if not subj and not passive and anchor.pos_ == "VERB" and anchor.dep_ == "ROOT":
        # "Ruritanian army shells villages": a headline's subject the parser made a compound
        # of its verb
        subj = [c for c in anchor.lefts if c.dep_ == "compound" and c.pos_ in {"NOUN", "PROPN"}]
    headline = _root_noun_verb(trig)
    if not subj and headline:
        subj = [tok.head]
    if not subj and _speech_conjunct(anchor, trig.type):
        # "X denied that Y was fighting and called the reports an invention": the parser
        # joins the second verbal act to the reported clause; it is X's.
        subj = [c for c in anchor.head.head.children if c.dep_ in SUBJ]
    if not subj and anchor.dep_ == "acl" and anchor.tag_ == "VBN":
        # "forces, supported by Rwandan troops,", "talks hosted by Qatar": the participle's
        # "by" agent acts, not the clause's subject
        subj = [g for c in anchor.children if c.dep_ == "agent" for g in c.children
                if g.dep_ == "pobj"]
    # "kept up pressure until all prisoners were released": who frees them is not the
    # subject of the clause the release hangs on
    if not subj and not (passive and trig.mode == "release"):
        subj = _inherited_subject(anchor)
    if not subj and anchor.dep_ == "pcomp" and anchor.head.lower_ == "into" and lem(
            anchor.head.head) in COMMITTING:
        # "frighten its allies into cutting aid": the ones pressed act
        subj = [c for c in anchor.head.head.children if c.dep_ == "dobj"]
    # "tested their resolve with threats": the instrument's user is the verb's subject.
    if not subj and anchor == tok and tok.pos_ == "NOUN" and tok.dep_ == "pobj" and \
            tok.head.lower_ in INSTRUMENT_PREPS:
        verb = tok.head.head
        if verb.dep_ == "dobj":  # the parser often hangs it on the object
            verb = verb.head
        if verb.pos_ == "VERB" and not any(c.dep_ == "auxpass" for c in verb.children):
            subj = [c for c in verb.children if c.dep_ in SUBJ] or _inherited_subject(verb)
    if not subj and anchor == tok and tok.dep_ == "pobj" and tok.head.lower_ == "in" and \
            lem(tok) in EFFORT_HEADS and tok.head.head.pos_ == "VERB" and not any(
                c.dep_ == "auxpass" for c in tok.head.head.children):
        # "arrested smugglers in a joint operation": the operation is the arresters'
        subj = [c for c in tok.head.head.children if c.dep_ in SUBJ]
    if not subj and anchor == tok and tok.dep_ == "pobj" and (
            tok.head.lower_, lem(tok.head.head)) in RESORT:
        # "it reaches for the same threat", "resorted to force": the subject uses it
        subj = [c for c in tok.head.head.children if c.dep_ in SUBJ]
    if not subj and anchor == tok and tok.dep_ == "dobj" and lem(tok.head) in WIELDING:
        # "Russia is using nuclear blackmail": the user makes the threat
        subj = [c for c in tok.head.children if c.dep_ in SUBJ] or _inherited_subject(
            tok.head)
    if not subj and anchor == tok:
        subj = _participants(tok) or _predicate_subject(tok)
    used_as = _used_as(tok) if not subj and anchor == tok else None
    if used_as is not None:  # "held civilians as human shields": who holds them acts
        subj, as_obj = used_as
    if tok.pos_ in {"NOUN", "PROPN"}:
        if anchor == tok or not subj:
            # a word the row asks for is part of a message noun ("a protest note"), no party
            part = {arg for test, arg in trig.row.conds if test == "child"} if lem(
                tok) in MESSAGES else set()
            own = [c for c in tok.children if ((
                c.dep_ in {"poss", "compound"} and not (c.i == tok.i - 2 and hyphen_word(tok)))
                   or (c.dep_ == "amod" and c.pos_ in {"ADJ", "PROPN"}
                       and c.text[:1].isupper() and c.i != sentence_of(c).start))
                   and c.lower_ not in part]
            by = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"
                  for g in c.children if g.dep_ == "pobj"]
            # "the border closure by Poland": a common-noun compound tells what is acted on,
            # the "by" phrase who acts
            if by and not any(c.dep_ == "poss" or _agentive(c) for c in own):
                own = by
            subj = subj or own or by
            if not subj and lem(tok) in MESSAGES:  # "a request from X": X sends it
                subj = _author(tok, outside=True)
        sent_by = tok.head if tok.dep_ == "dobj" and lem(tok) in MESSAGES and lem(
            tok.head) in SENDING else None
        if not subj and sent_by is not None:
            # "X sent a protest note to Y", "handed Y a note": the sender, to the one sent it
            subj = [c for c in sent_by.children if c.dep_ in SUBJ]
        obj = _prep_objects(tok, trig.type)
        if not obj and sent_by is not None:
            obj = [c for c in sent_by.children if c.dep_ == "dative"
                   and c.pos_ != "ADP"] or _prep_objects(sent_by, trig.type)
        if not obj and tok.dep_ == "compound" and tok.head.lower_ in EFFORT_HEADS:
            # "a mediation effort between X and Y", "a rescue operation for the sailors":
            # the parties hang on the head the event noun modifies
            obj = _prep_objects(tok.head, trig.type)
        givers = _givers(tok) if trig.type == "AID" and not any(map(_party, subj)) else []
        if givers:
            # "food aid from Japan reached Somalia", "a loan from China to Zambia": the
            # one it comes from gives it; a party it goes to (or is for) gets it
            subj, obj = givers, _prep_objects(tok, trig.type, GOAL_PREPS)
        movers = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"] if trig.type in SELF_MOVING else []
        if not subj and movers:
            # "the deployment of North Korean troops to Kursk": the forces that move act
            subj = movers
            obj = _prep_objects(tok, trig.type, NOT_OF)
        if anchor == tok and tok.dep_ == "pobj" and tok.head.lower_ == "for" and lem(
                tok.head.head) in HOSTING:
            obj = [c for c in tok.head.head.children if c.dep_ == "dobj"] or obj
        undergone = _undergone(tok) if anchor == tok else None
        if undergone is not None:
            # "came under attack from X", "faces criticism from the UN", "received support
            # from X": X acts, the verb's subject undergoes (or gets) it
            subj, obj = undergone
        placed = [c for c in tok.head.head.children if c.dep_ == "dobj"] \
            if anchor == tok and tok.dep_ == "pobj" and tok.head.lower_ == "under" else []
        if placed:
            # "placed the leader under house arrest": the verb's subject acts on its object
            subj = [c for c in tok.head.head.children if c.dep_ in SUBJ] or _inherited_subject(
                tok.head.head)
            obj = placed
        elif anchor == tok and tok.dep_ == "pobj" and tok.head.lower_ == "under":
            # "the convoy came under attack", "the minister is under fire over prices": the
            # subject suffered it; what it is over is its cause, no party to it
            obj = [c for c in tok.head.head.children if c.dep_ in SUBJ] or obj
            subj = [s for s in subj if s not in obj]
        if not obj and anchor != tok:
            obj = [c for c in anchor.children if c.dep_ in {"dative"}] or _prep_objects(
                anchor, trig.type)
        if tok.dep_ in SUBJ and tok.pos_ == "NOUN" and anchor == tok and not obj:
            obj = [c for c in tok.head.children if c.dep_ == "dobj"]
        if used_as is not None:
            obj = as_obj or obj
    else:
        if passive:
            obj = [c for c in anchor.children if c.dep_ == "nsubjpass" and c not in subj]
        else:
            obj = [c for c in tok.children if c.dep_ in {"dobj", "dative"}
                   and c.ent_type_ not in TIME_ENTS]
            if tok.dep_ == "acl" and tok.tag_ == "VBN" and trig.type in SELF_MOVING \
                    and not subj:
                # "the soldiers sent to Russia": the forces that move, named by their side
                subj, obj = [tok.head], []
            elif tok.dep_ == "acl" and tok.tag_ == "VBN" and not headline:
                obj = [tok.head]  # "a facility struck by X"
            elif tok.dep_ == "relcl" and not obj:
                obj = [tok.head] if any(c.dep_ in SUBJ for c in tok.children) else []
        # "sent 200 troops to Syria", "provided $5 million to Sudan": the object is what
        # moves; the one it goes to (or leaves) is the recipient.
        # "some of its troops": a quantity of the things moved, not a party
        if obj and (not _agentive(obj[0]) or obj[0].lower_ in PARTITIVE) and (
                lem(tok) in TRANSFER or _is_weapon(obj[0])):
            # "fired missiles from Belgorod": where a weapon is launched is no party
            moved = _prep_objects(tok, trig.type, LAUNCHED_PREPS if trig.type == "ASSAULT"
                                  else TRANSFER_PREPS)
            # "freed 4,000 prisoners in a bid to …", "on the eve of", "released from
            # captivity": circumstances, not where (or to whom) something moves
            moved = [g for g in moved if _party(g) or _place_like(g) or not (
                g.head.lower_ in {"in", "on"} or lem(g) in CUSTODY)]
            # "supplied the coast guard with patrol boats": 'with' names what is given (the
            # parser may hang it on the object), so the object is who gets it
            moved = [g for g in moved if g.head.lower_ != "with"]
            obj = moved or [c for c in tok.children if c.dep_ == "dative"] or \
                _goal_in(tok, ("to", "from") if lem(tok) in LEAVING else ("to",)) or obj
        elif obj and lem(tok) in TRANSFER - FREEING and obj[0].ent_type_ not in {
                "PERSON", "GPE", "NORP"} and obj[0].pos_ != "PRON":
            # "awarded the Freedom Order to X", "returned the HEU to Russia": a named thing
            # goes to the party
            obj = _goal_in(tok) or obj
        if obj and lem(obj[0]) in _idiom_objects(trig):
            # "poured cold water on X", "took aim at X", "exchanged views with X": the object
            # the row names is part of the phrase; the party is the preposition's
            obj = _idiom_party(tok, obj[0])
        if obj and trig.type == "CONSULT" and lem(tok) in TOPIC_VERBS:
            # "discussed Libya with Trump": the object is the topic, even a country
            obj = _prep_objects(tok, trig.type, ("with",)) or obj
        if obj and not _agentive(obj[0]) and trig.type in THING_PARTY:
            # "suspended aid to X", "discussed Libya with X": what is cut off or talked
            # about is a thing; the party is named by a preposition.
            # "hosted talks between X and Y": the sides of a meeting are its parties
            preps = (*PARTY_PREPS, "between") if trig.type == "CONSULT" else PARTY_PREPS
            party = _prep_objects(tok, trig.type, preps) or _prep_objects(
                obj[0], trig.type, preps)
            obj = [g for g in party if _party(g)] or obj
        elif obj and not _agentive(obj[0]) and trig.type == "COOPERATE":
            # "bought helicopters from Italy", "sold wheat to Egypt": what is exchanged is
            # a thing; the partner is named by a preposition
            party = _prep_objects(tok, trig.type, EXCHANGE_PREPS) or _prep_objects(
                obj[0], trig.type, EXCHANGE_PREPS)
            obj = [g for g in party if _party(g)] or obj
        if obj and trig.type in {"CONCEDE", "RETREAT"} and lem(obj[0]) in HOSTILITIES:
            # "halted its offensive on X", "ceased operations in X": the ones fought are the
            # party, not the fighting that stops.
            target = [g for t in (obj[0], tok) for p in t.children if p.dep_ == "prep"
                      and p.lower_ in {"on", "against", "in"}
                      for g in p.children if g.dep_ == "pobj"]
            obj = target[:1] or obj
        if not obj and (trig.type == "REQUEST" or lem(tok) in HELPING or (
                trig.type == "ACCUSE" and lem(tok) == "say")):
            # "critics say he stifled the press": the one spoken of is the clause's subject
            # "demanded that the government resign": the one asked is the clause's subject
            obj = [g for c in tok.children if c.dep_ == "ccomp" or (
                       c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for"
                                                 for m in c.children))
                   for g in c.children if g.dep_ in {"nsubj", "nsubjpass"} and g.pos_ != "PRON"]
        if obj and trig.type in ANSWERING and not _party(obj[0]):
            # "rejected a call from X": the proposal's author ("X's call" names it inside the
            # object's own phrase already)
            obj = _author(obj[0], outside=True) or obj
        if obj and lem(obj[0]) in REFUGE:
            # "sought refuge in X": the country of refuge is the one asked
            obj = [g for t in (tok, obj[0]) for p in t.children if p.dep_ == "prep"
                   and p.lower_ in {"in", "to"} for g in p.children
                   if g.dep_ == "pobj" and g.ent_type_ not in TIME_ENTS][:1] or obj
        if not obj:
            # "refused to allow X to land": the parser makes the one allowed the subject of
            # the infinitive; "refused to respond to a request from X": the requester
            obj = _controlled(tok) or _participle_object(tok) or (
                _answered(tok) if trig.type in ANSWERING else [])
        if not obj:
            obj = _prep_objects(tok, trig.type)
    if not obj and (trig.mode in AREA_MODES or lem(tok) in AREA_WORDS
                    or trig.type == "MOBILIZE"):
        # "imposed a curfew in parts of the north": the area placed under it bears it;
        # "troops remained on alert in the capital": the area forces are readied for
        obj = [g for t in (tok, anchor) for p in t.children if p.dep_ == "prep"
               and p.lower_ in {"in", "across", "throughout"}
               for g in p.children if g.dep_ == "pobj"][:1]
    if trig.type == "AID" and lem(tok) in RECEIVING and anchor == tok and not passive:
        # "Ukraine received tanks from Poland": the giver acts, the receiver is the recipient
        givers = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "from"
                  for g in p.children if g.dep_ == "pobj"]
        if givers and subj:
            subj, obj = givers, subj
    if hyphen_word(tok):  # "build-up": the first piece is part of the word, not a party
        subj = [s for s in subj if s.i != tok.i - 2]
        obj = [o for o in obj if o.i != tok.i - 2]
    sides = _mediated_sides(tok) if lem(tok) in MEDIATING else []
    if sides:
        # "brokered a truce between X and Y", "talks mediated by Z": the go-between acts,
        # every side it brings together is a recipient (the contract's way to carry a mediator)
        obj = sides
    met = _meeting_parties(subj)
    if met and not any(map(_party, obj)):
        # "the summit between the EU and Turkey failed to reach agreement": the parties of the
        # meeting act, the first on the others (whose conjuncts are not joined again)
        return met[:1], met[1:]
    if not subj and tok.pos_ == "NOUN" and anchor == tok and trig.type in {"ASSAULT", "CONSULT"}:
        # "the exchange of fire between the two armies", "talks between X and Y": the sides
        # named by 'between' are the event's parties, whatever its object phrase names
        sides = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "between"
                 for g in p.children if g.dep_ == "pobj"]
        if sides and not sides[0].conjuncts:
            subj = sides
        elif sides:
            obj = sides
    late = _late_subject(anchor, subj, obj)
    if late:
        subj, obj = late
    subj = _antecedents(_with_conjuncts(subj), anchor)
    obj = _with_conjuncts(obj)
    # "clashes between X and Y": with no subject, the first party acts on the others.
    if not subj and len(obj) > 1 and obj[0].head.lower_ == "between":
        subj, obj = obj[:1], obj[1:]
    return subj, [o for o in obj if o not in subj]


# verbs of a go-between bringing sides together
MEDIATING = {"mediate", "broker"}


def _mediated_sides(tok: Token) -> list[Token]:
    """The sides a go-between brings together: named by 'between' on the verb or on what is
    mediated ('a truce between X and Y'); for 'X and Y signed a deal after talks mediated by
    Z', the subject of the clause the mediated talks hang on."""
    thing = tok.head if tok.dep_ == "acl" else next(
        (c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    sides = [g for t in (tok, thing) if t is not None for p in t.children
             if p.dep_ == "prep" and p.lower_ == "between" for g in p.children
             if g.dep_ == "pobj"]
    if not sides and thing is not None and thing.dep_ == "pobj" and thing.head.head.pos_ in {
            "VERB", "AUX"}:
        sides = [c for c in thing.head.head.children if c.dep_ in SUBJ]
    sides = _with_conjuncts(sides)
    return sides if len(sides) > 1 else []


def _late_subject(verb: Token, subj: list[Token], obj: list[Token]
                  ) -> tuple[list[Token], list[Token]] | None:
    """'Russia rejected the accusation and on Wednesday summoned Moldova's ambassador': after
    a fronted adverbial the parser reads the conjunct verb's object as its subject; a noun
    'subject' after an active conjunct verb with no object of its own is that object, and
    the subject is the one the verbs share."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or obj or not subj or any(
            c.dep_ in {"dobj", "auxpass", "nsubjpass"} for c in verb.children):
        return None
    if not all(s.dep_ == "nsubj" and s.head == verb and s.i > verb.i and s.pos_ in {
            "NOUN", "PROPN"} for s in subj):
        return None
    shared = [c for c in verb.head.children if c.dep_ in SUBJ]
    return (shared, subj) if shared else None


def _givers(noun: Token) -> list[Token]:
    """The parties an aid noun comes 'from' ("aid from Japan", "a loan from the IMF")."""
    return [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "from"
            for g in p.children if g.dep_ == "pobj" and _party(g)]


RECEIVING = {"receive", "obtain", "get", "accept"}
# "helped Afghanistan build a dam": the one helped is the subject of the helped clause.
HELPING = {"help", "assist", "enable"}


# "took part in the fighting", "engaged in clashes": the verb's subject acts in the event.
JOINING = {"take", "play", "join", "participate", "engage", "involve", "fight", "die", "serve"}
# "sent the troops into battle", "units used in assaults", "pressed its allies into cutting
# aid": the ones sent, used or pressed act in it.
COMMITTING = {"send", "deploy", "throw", "commit", "use", "lead", "draw", "drag", "push",
              "force", "pressure", "press", "frighten", "coerce", "order", "dispatch"}


FORCES = {"troop", "soldier", "force", "unit", "fighter", "ally", "army", "brigade",
          "battalion", "militia", "mercenary", "reservist", "conscript", "partner"}


# "workers went on strike", "troops remained on alert", "put its army on alert": the subject
# is in (or puts its own forces in) the state.
STATE_VERBS = {"be", "go", "remain", "stay", "stand", "keep", "put", "place"}
# "told a meeting of the council", "chaired the summit": the subject takes part.
ADDRESSING = {"tell", "address", "brief", "chair", "attend"}
# "joined the minister for talks": the subject meets the one joined.
HOSTING = {"join", "host", "receive", "welcome"}
# "flew to Kalia for talks": the traveller takes part.
TRAVELLING = {"fly", "travel", "arrive", "head", "go", "come", "return", "land", "jet", "be"}


def _participants(tok: Token) -> list[Token]:
    """Parties of an event named as the goal of a verb of joining or committing forces, or as
    the state its subject is in."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "pobj" and (
            lem(tok.head.head) in CONTAINERS | {"hour", "month"}):
        tok = tok.head.head  # "flew to Kalia for two days / a round of talks": the span's goal
    prep = tok.head
    if tok.dep_ in {"dobj", "dative"} and lem(tok.head) in ADDRESSING:
        return [c for c in tok.head.children if c.dep_ in SUBJ]
    if tok.dep_ == "pobj" and prep.head.pos_ in {"VERB", "AUX"} and (
            (prep.lower_ == "on" and lem(prep.head) in STATE_VERBS)
            or (prep.lower_ == "for" and lem(prep.head) in HOSTING | TRAVELLING)):
        return [c for c in prep.head.children if c.dep_ in SUBJ] or _inherited_subject(
            prep.head)
    if tok.dep_ not in {"pobj", "pcomp"} or prep.lower_ not in {"in", "into"}:
        return []
    if prep.lower_ == "in" and lem(tok) in STANCES and prep.head.pos_ in {"VERB", "AUX"}:
        # "marched in support of the teachers", "shuttered their stores in protest": the
        # marchers support them, the shopkeepers protest
        return [c for c in prep.head.children if c.dep_ in SUBJ] or _inherited_subject(
            prep.head)
    seer = perceived_in(tok)
    if seer is not None:  # "have seen North Korean troops in combat": the ones seen fight
        return [prep.head] if prep.head.dep_ in {"dobj", "nsubjpass"} else [
            c for c in seer.children if c.dep_ in {"dobj", "nsubjpass"}]
    verb = prep.head
    if verb.dep_ == "dobj" and verb.lower_ in {"part", "role"}:  # "played a role in"
        verb = verb.head
    if verb.pos_ != "VERB":
        return []
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)
    if lem(verb) in COMMITTING:
        if passive:
            return [c for c in verb.children if c.dep_ == "nsubjpass"]
        sent = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ != "PRON"]
        if sent and (sent[0].ent_type_ in {"NORP", "GPE", "ORG"}
                     or (lem(sent[0]) in FORCES and _named_side(sent[0]))):
            return sent
        # "will send these soldiers into battle": forces named by no side fight for the sender
        # "used ATACMS in the attack": a weapon's (or anything's) user acts, not the thing
        return [c for c in verb.children if c.dep_ in SUBJ] or _inherited_subject(verb)
    if lem(verb) in JOINING and not passive:
        return [c for c in verb.children if c.dep_ in SUBJ] or _inherited_subject(verb)
    return []


# "in support of X", "in solidarity with X", "in protest at X": the verb's subject's stance.
STANCES = {"support", "solidarity", "protest", "defiance", "retaliation", "defence", "defense",
           "response", "reprisal"}
# "have seen the troops in combat", "observed units in battle": a witness's verb.
PERCEIVING = {"see", "observe", "spot", "witness", "notice", "watch", "film", "detect"}


def perceived_in(tok: Token) -> Token | None:
    """The verb of perception when an event noun is the state someone is seen in ('seen X
    in combat', 'seen in combat'): the sentence is about what a witness saw."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in {"in", "into"}:
        return None
    verb = prep.head.head if prep.head.dep_ in {"dobj", "nsubjpass"} else prep.head
    return verb if verb.pos_ == "VERB" and lem(verb) in PERCEIVING else None


def _predicate_subject(tok: Token) -> list[Token]:
    """'X has been responsible for mass killings', 'X were guilty of violating the truce', 'X
    was behind the attack': the subject of the predicate did the act its noun (or verb)
    names."""
    prep = tok.head
    if tok.dep_ not in {"pobj", "pcomp"} or prep.dep_ != "prep":
        return []
    pred = prep.head
    if pred.pos_ == "ADJ" and pred.dep_ == "acomp" and prep.lower_ in {"for", "of"}:
        return [c for c in pred.head.children if c.dep_ in SUBJ]
    if prep.lower_ == "behind" and lem(pred) == "be":
        return [c for c in pred.children if c.dep_ in SUBJ]
    return []


def _means_subject(tok: Token) -> list[Token]:
    """'Greece answered by dispatching warships', 'police dispersed them by firing tear gas':
    a gerund after 'by' is the means by which the verb's subject acted, so that subject does
    it (the parser often tags this 'by' as a passive agent); none for a passive verb ('the
    crowd was dispersed by firing'), whose doer is unnamed."""
    prep = tok.head
    if tok.tag_ != "VBG" or prep.lower_ != "by" or prep.dep_ not in {"prep", "agent"}:
        return []
    verb = prep.head
    if verb.pos_ != "VERB" or any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ in SUBJ] or _inherited_subject(verb)


USING = {"use", "hold", "keep", "take", "employ", "exploit"}


def _used_as(tok: Token) -> tuple[list[Token], list[Token]] | None:
    """'held 20,000 civilians as human shields': (who holds them, the ones held)."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "as":
        return None
    verb = prep.head if prep.head.pos_ == "VERB" else prep.head.head
    if verb.pos_ != "VERB" or lem(verb) not in USING:
        return None
    users = [c for c in verb.children if c.dep_ in SUBJ] or _inherited_subject(verb)
    if not users:
        return None
    return users, [c for c in verb.children if c.dep_ == "dobj"]


def _named_side(tok: Token) -> bool:
    """'North Korean troops', 'Russia's soldiers': forces whose phrase names a party."""
    return any(t.ent_type_ in {"NORP", "GPE", "ORG"} or t.pos_ == "PROPN"
               for t in tok.subtree if t.i < tok.i or t.head == tok)


RESORT = {("to", "resort"), ("to", "turn"), ("for", "reach"), ("to", "return")}
PERSONAL = {"he", "she", "it", "they", "we"}
INSTRUMENT_PREPS = {"with", "through", "via"}


def _antecedents(subj: list[Token], anchor: Token) -> list[Token]:
    """'Ruritania said it would withdraw': a subject pronoun in reported speech is the
    speaker."""
    if len(subj) == 1 and subj[0].dep_ == "poss" and subj[0].lower_ in POSSESSIVE:
        # "Germany renewed its commitment": the owner is the subject of the verb whose
        # object the event noun is.
        noun = subj[0].head
        verb = noun.head if noun.dep_ == "dobj" else None
        owners = [c for c in verb.children if c.dep_ in SUBJ] if (
            verb is not None and verb.pos_ in {"VERB", "AUX"}) else []
        named = [c for c in owners if c.pos_ != "PRON"]
        if not named and len(owners) == 1 and owners[0].lower_ in PERSONAL:
            # "said it will never stop its war": the owner is the speaker
            named = [o for o in _antecedents(owners, verb) if o.pos_ != "PRON"]
        return named or subj
    if len(subj) != 1 or subj[0].lower_ not in PERSONAL:
        return subj
    say = speech_head(anchor)
    if say is None:
        return subj
    speakers = [c for c in say.children if c.dep_ in SUBJ and c.pos_ != "PRON"]
    if not speakers and say.dep_ == "conj" and not any(c.dep_ in SUBJ for c in say.children):
        # "Iran denies X and says the drones it sold …": the shared subject of the first verb
        speakers = [c for c in say.head.children if c.dep_ in SUBJ and c.pos_ != "PRON"]
    return speakers or subj


POSSESSIVE = {"its", "their", "his", "her"}
TRANSFER = {"give", "send", "provide", "supply", "deliver", "donate", "lend", "offer", "hand",
            "transfer", "sell", "ship", "deploy", "dispatch", "withdraw", "pull", "contribute",
            "grant", "extend", "pledge", "promise", "fly", "airlift", "return", "move", "station",
            "mass", "release", "free", "allocate", "approve", "raise", "open", "mobilise",
            "mobilize", "redeploy", "rush", "pour", "pump", "channel", "ferry", "export",
            "award", "present", "bestow", "confer", "wire"}
# Those freed are the recipient, wherever they are handed ('release two nurses to diplomats').
FREEING = {"release", "free"}
TRANSFER_PREPS = ("to", "at", "on", "for", "into", "in", "from", "toward", "towards", "with",
                  "against")
LAUNCHED_PREPS = tuple(p for p in TRANSFER_PREPS if p != "from")
CUSTODY = {"captivity", "prison", "jail", "detention", "custody", "confinement"}
PLACE_NOUNS = frozenset(str.split("""
district region province city town village area zone border territory country state capital
county municipality neighbourhood neighborhood camp base port airport island coast valley
"""))


def _place_like(tok: Token) -> bool:
    """A named place or a noun for one; 'a number of areas', 'parts of X' by their 'of'."""
    if tok.ent_type_ in PLACE_LABELS or lem(tok) in PLACE_NOUNS:
        return True
    return lem(tok) in PARTITIVE and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(
            g.dep_ == "pobj" and (g.ent_type_ in PLACE_LABELS or lem(g) in PLACE_NOUNS)
            for g in c.children) for c in tok.children)


PARTITIVE = {"number", "part", "some", "most", "all", "rest", "parts", "much", "many"}
AGENTIVE_LABELS = {"PERSON", "ORG", "GPE", "NORP"}


WEAPONS = {"missile", "rocket", "shell", "drone", "bomb", "round", "mortar", "projectile",
           "weapon", "artillery", "grenade", "salvo", "barrage", "munition", "bullet", "shot",
           "torpedo", "warhead", "troop", "soldier", "force", "stone", "rock", "brick",
           "bottle", "cocktail", "firebomb", "tear", "gas", "canister"}


def _is_weapon(tok: Token) -> bool:
    """'fired missiles at X': the weapon is the object, X the recipient."""
    return lem(tok) in WEAPONS


# Types whose object may be a proposal or act of another party, who is then the recipient.
ANSWERING = {"REJECT", "SUPPORT", "AGREE", "ACCUSE"}
REFUGE = {"refuge", "asylum", "sanctuary", "shelter", "protection"}
# "refused to respond to a request from X".
RESPONDING = {"respond", "reply", "answer", "heed", "comply", "accede", "yield", "bow",
              "react", "consider", "entertain"}
# Common nouns that name a party (a group, an office holder, people).
PARTY_NOUNS = frozenset(str.split("""
government army military group people force troop soldier rebel militant insurgent fighter
militia authority official commander ministry police refugee civilian citizen worker student
protester activist leader president minister company union party council court regime
administration country state nation organization organisation agency member prisoner hostage
detainee man woman child resident family delegation community movement opposition parliament
lawmaker employee journalist coalition alliance bloc embassy ambassador envoy diplomat
peacekeeper mission navy airline bank firm operator management board committee junta cabinet
"""))


# "withdrew some of its troops from Syria": the one left is the party.
LEAVING = {"withdraw", "pull", "evacuate", "remove", "recall"}


def _goal_in(verb: Token, preps: tuple[str, ...] = ("to",)) -> list[Token]:
    """'return the fuel from its reactors to Russia', 'provide ammunition alongside aid to
    Turkey': the goal, which the parser may hang on a noun after the verb; a 'to' party or
    place there is where the thing goes."""
    # the verb's phrases, not the clauses in them ('jailed for links to X')
    for t in phrase_words([c for c in verb.children if c.i > verb.i and c.dep_ not in CLAUSES],
                          CLAUSES):
        if t.dep_ == "prep" and t.lower_ in preps:
            goal = [g for g in t.children if g.dep_ == "pobj" and (_party(g) or _place_like(g))]
            if goal:
                return goal[:1]
    return []


CLAUSES = {"advcl", "relcl", "ccomp", "acl", "pcomp", "parataxis", "csubj", "xcomp", "conj"}


def phrase_words(roots: list[Token], skip: set[str]) -> Iterator[Token]:
    """``roots`` and the words under them, breadth first, not entering a dependent whose
    relation is in ``skip`` (the clauses a phrase walk should stay out of)."""
    todo = list(roots)
    while todo:
        t = todo.pop(0)
        yield t
        todo += [c for c in t.children if c.dep_ not in skip]


# the preposition that names the party of a verb-and-object phrase, most telling first
IDIOM_PREPS = ("with", "to", "at", "on", "against", "behind", "for", "of")  # "seized control of X"


def _idiom_objects(trig: Trigger) -> set[str]:
    """The object words a row names literally ('obj:aim'): part of a fixed phrase."""
    return {arg for test, arg in trig.row.conds if test in {"obj", "dobj"} and arg.islower()}


def _idiom_party(verb: Token, noun: Token) -> list[Token]:
    """The party of 'took aim at X', 'poured cold water on X' (the parser may hang the
    preposition on the verb or on the noun of the phrase)."""
    found = [(IDIOM_PREPS.index(p.lower_), g) for t in (verb, noun) for p in t.children
             if p.dep_ == "prep" and p.lower_ in IDIOM_PREPS
             for g in p.children if g.dep_ == "pobj" and g.ent_type_ not in TIME_ENTS]
    return [min(found, key=lambda f: (f[0], f[1].i))[1]] if found else []


MEETINGS = {"talk", "meeting", "summit", "negotiation", "dialogue", "discussion",
            "consultation", "conference", "session"}


def _meeting_parties(subj: list[Token]) -> list[Token]:
    """The parties of a meeting named as the subject: 'talks between X and Y'."""
    if len(subj) != 1 or lem(subj[0]) not in MEETINGS:
        return []
    parties = _with_conjuncts([g for p in subj[0].children if p.dep_ == "prep"
                               and p.lower_ == "between" for g in p.children
                               if g.dep_ == "pobj"][:1])
    return parties if len(parties) > 1 else []


# the words a stray "by" agent may hang on below a passive verb's preposition
STRAY_PATH = {"prep", "pobj", "pcomp", "dobj", "advmod"}


# "were killed when Ukrainian forces repelled an assault": the clause telling when people
# were killed or wounded names who did it, if armed
KILLED = {"kill", "wound", "injure", "hurt", "massacre"}
WHEN_MARKS = {"when", "as", "after"}


def _killed_when(verb: Token) -> list[Token]:
    """'Ten soldiers were killed when rebels stormed their base': the armed subject of a
    'when/as/after' clause of an agentless passive killing is its doer; 'were killed when
    their truck hit a mine' names no armed doer."""
    if lem(verb) not in KILLED:
        return []
    armed = load().classes.get("ARMED", frozenset())
    return [s for c in verb.children if c.dep_ == "advcl" and any(
                m.dep_ in {"mark", "advmod"} and m.lower_ in WHEN_MARKS for m in c.children)
            for s in c.children if s.dep_ == "nsubj" and lem(s) in armed
            and not any(p.dep_ == "poss" for p in s.children)][:1]


def _stray_agent(verb: Token) -> list[Token]:
    """'was barred from leaving the country by the authorities', 'was barred from the
    tournament by FIFA': the parser hangs the passive's "by" agent on a word of its
    prepositional phrase; a party there is the agent. Clauses with their own subject or
    agent ('a meeting organised by X') are not entered."""
    own = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "by"
           for g in c.children if g.dep_ == "pobj" and _party(g)]
    if own:  # "was barred from the tournament by FIFA": the agent tagged a preposition
        return own[:1]
    todo = [c for c in verb.children if c.dep_ == "prep"]
    while todo:
        t = todo.pop(0)
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "by" and t.dep_ != "prep":
                found = [g for g in c.children if g.dep_ == "pobj" and _party(g)]
                if found:
                    return found[:1]
            elif c.dep_ in STRAY_PATH and not any(x.dep_ in SUBJ for x in c.children):
                todo.append(c)
    return []


def _party(tok: Token) -> bool:
    """A named party, a person, or a common noun that names one ('the Colombian army')."""
    return _agentive(tok) or lem(tok) in PARTY_NOUNS


def _author(noun: Token, outside: bool = False) -> list[Token]:
    """Who made a proposal, call or act named by ``noun``: 'X's call', 'U.S. calls', 'a call
    from X', 'an offer by X'; with ``outside`` only a prepositional author."""
    for c in noun.children:
        if not outside and c.dep_ in {"poss", "compound"} and _agentive(c) and c.pos_ != "PRON":
            return [c]
    # "a call from X", but not "independence from X"
    preps = {"from", "by"} if lem(noun) in MESSAGES else {"by"}
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ in preps
            for g in c.children if g.dep_ == "pobj" and _party(g)][:1]


# Nouns of something one party sends another: a "from" phrase names the sender.
MESSAGES = frozenset(str.split("""
request call demand offer proposal invitation appeal plea bid ultimatum letter message warning
threat criticism condemnation support aid assistance help pressure overture order instruction
initiative plan suggestion complaint accusation question petition summons notice note
recommendation advice directive invite approach
"""))


# Verbs that pass a message on to its addressee.
SENDING = frozenset({"send", "deliver", "hand", "lodge", "convey", "transmit", "dispatch"})


def _controlled(tok: Token) -> list[Token]:
    """'allow X to land', 'urged X to leave': X, which the parser makes the subject of the
    infinitive."""
    return [g for c in tok.children if c.dep_ in {"ccomp", "xcomp"}
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for g in c.children if g.dep_ == "nsubj" and g.pos_ != "PRON"][:1]


def _participle_object(tok: Token) -> list[Token]:
    """'will not accept refugees fleeing the war': the parser makes the noun the subject of
    a bare participle clause; the noun is the verb's object, the participle describes it."""
    return [g for c in tok.children if c.dep_ == "ccomp" and c.tag_ == "VBG"
            and not any(a.dep_ in {"aux", "mark"} for a in c.children)
            for g in c.children if g.dep_ == "nsubj" and g.pos_ in {"NOUN", "PROPN"}
            and g.i > tok.i][:1]


def _answered(tok: Token) -> list[Token]:
    """'refused to respond to a request from X', 'declined to heed X's calls': X."""
    for c in tok.children:
        if c.dep_ == "xcomp" and lem(c) in RESPONDING:
            for p in c.children:
                for n in ([c] if p.dep_ == "dobj" else []) + [
                        g for g in p.children if p.dep_ == "prep" and g.dep_ == "pobj"]:
                    target = n if p.dep_ == "prep" else p
                    author = _author(target)
                    if author:
                        return author
    return []


def _agentive(tok: Token) -> bool:
    """A named party or a person, as opposed to goods, money or forces."""
    return tok.ent_type_ in AGENTIVE_LABELS or tok.pos_ in {"PROPN", "PRON"}


def _root_noun_verb(trig: Trigger) -> bool:
    """'A congressional report called for sanctions on X': with no main verb the parser hangs
    the verb on the subject as a participle; a verb with an object, or with the preposition
    its row asks for, is active, not 'a report (that was) called'."""
    tok = trig.token
    if tok.dep_ != "acl" or tok.head.dep_ != "ROOT" or tok.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    return any(c.dep_ == "dobj" for c in tok.children) or any(
        test == "prep" for test, _ in trig.row.conds)


WIELDING = {"use", "employ", "wield", "resort", "practise", "practice"}
# "faces criticism from X", "suffered attacks from X", "received support from X", "won
# backing from X": verbs whose subject undergoes or gets what their object names.
UNDERGOING = {"face", "suffer", "endure", "draw", "attract", "incur", "receive", "meet",
              "weather", "get", "earn", "win", "gain", "welcome", "accept", "obtain", "secure"}


def _undergone(tok: Token) -> tuple[list[Token], list[Token]] | None:
    """'came under attack from X', 'Iran faces criticism from the UN', 'received support
    from X': (the giver, the ones who undergo or get it), the giver acting on the verb's
    subject; None when no party gives it."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "under" and tok.head.head.pos_ in {"VERB", "AUX"} \
            and not any(c.dep_ == "dobj" for c in tok.head.head.children):
        verb = tok.head.head
    elif tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and lem(tok.head) in UNDERGOING:
        verb = tok.head
    else:
        return None
    givers = [g for t in (tok, verb) for c in t.children if c.dep_ in {"prep", "agent"}
              and c.lower_ in {"from", "by"} for g in c.children
              if g.dep_ == "pobj" and _party(g)]
    takers = [c for c in verb.children if c.dep_ in SUBJ] or _inherited_subject(verb)
    if not givers or not takers:
        return None
    return givers[:1], takers


VERBAL = {"REJECT", "ACCUSE", "REQUEST", "SUPPORT", "THREATEN"}
REPORTING = {"say", "deny", "tell", "claim", "insist", "state", "add", "allege", "assert"}


def _speech_conjunct(anchor: Token, typ: str) -> bool:
    head = anchor.head
    # "Guterres condemned X and urged Y, his spokesman said": a report told before its
    # attribution holds both acts; its subject makes both
    return (typ in VERBAL and anchor.dep_ == "conj" and head.dep_ == "ccomp"
            and lem(head.head) in REPORTING and head.head.i < anchor.i
            and not any(c.dep_ in SUBJ for c in anchor.children))


def _inherited_subject(tok: Token) -> list[Token]:
    """Subjects shared over coordination, participial and relative clauses."""
    cur = tok
    for _ in range(4):
        if cur.dep_ in {"conj", "xcomp", "advcl", "acomp"} and cur.head != cur:
            found = [c for c in cur.head.children if c.dep_ in SUBJ]
            if found:
                late = _late_subject(cur.head, found, [])
                return late[0] if late else found
            cur = cur.head
            continue
        if cur.dep_ == "acl" and cur.tag_ == "VBG" and lem(cur.head) in DOCUMENTS and \
                cur.head.dep_ in {"dobj", "nsubjpass"}:
            # "passed a resolution criticizing X": who issues the text acts through it
            verb = cur.head.head
            issuers = [c for c in verb.children if c.dep_ in SUBJ] if cur.head.dep_ == "dobj" \
                else [g for c in verb.children if c.dep_ == "agent" for g in c.children
                      if g.dep_ == "pobj"]
            return issuers or _inherited_subject(verb) or [cur.head]
        if cur.dep_ == "relcl" or (cur.dep_ == "acl" and cur.tag_ == "VBG"):
            return [cur.head]
        found = (_predicate_subject(cur) or _means_subject(cur)) if cur.dep_ == "pcomp" else []
        if found:  # "were guilty of violating the truce", "answered by sending ships"
            return found
        break
    return []


# Texts a body issues and acts through ("a statement condemning X").
DOCUMENTS = {"statement", "resolution", "letter", "report", "communique", "declaration",
             "decree", "bill", "motion", "order", "note", "petition", "memo", "ruling",
             "verdict", "decision", "judgment", "judgement", "proclamation", "notice"}


# "fighting on Russian soil": ground named by its owner is a place, not the one acted on.
LAND = {"soil", "territory", "ground", "land", "side", "frontier", "border", "front"}
LOCATIVE_ON = {"on", "at", "into", "over", "from", "along"}


def _prep_objects(tok: Token, typ: str,
                  allowed: tuple[str, ...] = RECIPIENT_PREPS) -> list[Token]:
    preps = [c for c in tok.children if c.dep_ in {"prep", "dative"} and c.lower_ in allowed]
    if not preps:
        return []
    order = {p: i for i, p in enumerate(allowed)}
    if typ in {"CONSULT", "COOPERATE", "AGREE"}:
        order["with"] = -1
    if typ == "RETREAT":
        order["from"] = -1
    preps.sort(key=lambda p: order.get(p.lower_, 99))
    for p in preps:
        objs = [g for g in p.children if g.dep_ == "pobj" and g.ent_type_ not in TIME_ENTS
                and not (p.lower_ in LOCATIVE_ON and lem(g) in LAND)]
        if objs:
            return objs
    return []


def _with_conjuncts(toks: list[Token]) -> list[Token]:
    out: list[Token] = []
    for t in toks:
        for g in (t, *t.conjuncts):
            if g not in out and g.pos_ not in {"VERB", "AUX"}:
                out.append(g)
    return out
