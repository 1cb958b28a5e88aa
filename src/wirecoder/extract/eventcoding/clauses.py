"""Finding event triggers in a parsed sentence and their arguments (dependency patterns over the
``kb/events`` lexicon). Pure functions over spaCy tokens; no knowledge of other stages.

A :class:`Trigger` is one candidate event: its head token, PLOVER type and mode from the
lexicon, the tokens heading its actor and recipient phrases, and the status cues found on it.
Frames are resolved here: a light verb lends its subject to its object noun ("launched an
attack"), a transparent verb hands its status to its complement ("plans to deploy"), and an
event verb that governs another event ("threatened to shell") sets that event's status.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from wirecoder.extract.eventcoding.lexicon import Lexicon, Row, load
from wirecoder.extract.spans import sentence_of
from wirecoder.kb.actors import vessel_prefixes

SUBJ = {"nsubj", "csubj"}
NEG_WORDS = {"not", "n't", "never", "no"}
LOCATIVE_PREPS = {"in", "near", "at", "outside", "inside", "across", "around", "throughout",
                  "within", "along", "from", "into", "on", "off", "to", "toward", "towards"}
SAY_VERBS = {"say", "tell", "report", "claim", "announce", "state", "add", "allege", "assert",
             "insist", "confirm", "write", "note", "reveal", "acknowledge", "declare", "believe",
             "think", "suggest", "indicate", "show"}
TIME_ENTS = {"DATE", "TIME"}
CONTAINERS = {"state", "round", "series", "wave", "campaign", "spate", "string", "number", "act",
              "day", "week", "kind", "form"}


@dataclass
class Trigger:
    token: Token
    row: Row
    type: str
    mode: str | None
    weight: float
    anchor: Token  # the verb that carries tense, aspect and subject (a light verb, or itself)
    subj: list[Token] = field(default_factory=list)
    obj: list[Token] = field(default_factory=list)
    status: str | None = None
    embedded: bool = False  # complement of another event ("threatened to *shell*")
    suppressed: bool = False
    inner: Trigger | None = None  # the event this one frames ("threatened to *shell*")
    negated: bool = False


@functools.cache
def _known_verbs() -> frozenset[str]:
    from wirecoder.extract.eventcoding.arguments import TRANSFER

    lex = load()
    return frozenset({*lex.verbs, *lex.light, *lex.transparent, *lex.deny, *lex.causative,
                      *SAY_VERBS, *TRANSFER})


IRREGULAR = {"forgave": "forgive", "forgiven": "forgive", "froze": "freeze", "frozen": "freeze",
             "fled": "flee", "fought": "fight", "shot": "shoot", "struck": "strike",
             "sought": "seek", "sent": "send", "held": "hold", "met": "meet", "led": "lead",
             "began": "begin", "begun": "begin", "withdrew": "withdraw", "withdrawn": "withdraw",
             "overran": "overrun", "swore": "swear", "sworn": "swear", "broke": "break",
             "broken": "break", "drove": "drive", "driven": "drive", "gave": "give",
             "given": "give", "took": "take", "taken": "take", "threw": "throw",
             "thrown": "throw", "sank": "sink", "sunk": "sink", "spoke": "speak",
             "spoken": "speak", "stood": "stand", "sold": "sell", "bought": "buy",
             "laid": "lay", "beaten": "beat", "forbade": "forbid", "forbidden": "forbid",
             "underwent": "undergo", "slew": "slay", "slain": "slay", "bled": "bleed"}


@functools.lru_cache(maxsize=16384)  # per word form: bounded, a long run meets new ones
def _verb_lemma(lower: str, lemma: str) -> str:
    """spaCy's lemma, unless it is unknown and a regular de-inflection of the word is known
    (the small model lemmatizes "staged" as "stag")."""
    known = _known_verbs()
    if lemma in known:
        return lemma
    if IRREGULAR.get(lower) in known:  # the small model leaves some past forms unlemmatized
        return IRREGULAR[lower]
    return next((c for c in _deinflections(lower) if c in known), lemma)


VERB_SUFFIXES = (("ied", "y"), ("ies", "y"), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"),
                 ("es", ""), ("s", ""))


def _deinflections(lower: str, suffixes: tuple[tuple[str, str], ...] = VERB_SUFFIXES
                   ) -> list[str]:
    """The regular stems of a verb form, in suffix order ("staged" -> stag, stage)."""
    cands = []
    for suffix, repl in suffixes:
        if lower.endswith(suffix) and len(lower) > len(suffix) + 2:
            stem = lower[: -len(suffix)] + repl
            cands.append(stem)
            if repl == "" and len(stem) > 3 and stem[-1] == stem[-2]:
                cands.append(stem[:-1])  # "stopped" -> "stop"
    return cands


def lem(tok: Token) -> str:
    lemma = tok.lemma_.lower()
    if tok.pos_ in {"VERB", "AUX"}:
        return _verb_lemma(tok.lower_, lemma)
    return lemma


def threat_to(verb: Token) -> bool:
    """'The deployment threatened the region's security': 'threaten' with an object and an
    event noun for every subject means endanger, and nobody threatens or says anything (read
    by events and claims alike). 'The union threatened a strike': a party threatens; 'threatened
    to X' and 'threatened X with Y' are threats."""
    if verb.pos_ != "VERB" or lem(verb) != "threaten":
        return False
    kids = list(verb.children)
    if not any(c.dep_ == "dobj" for c in kids) or any(
            c.dep_ in {"xcomp", "ccomp"} or (c.dep_ == "prep" and c.lower_ == "with")
            for c in kids):
        return False
    subj = [c for c in kids if c.dep_ == "nsubj"]
    return bool(subj) and all(s.pos_ == "NOUN" and lem(s) in load().nouns for s in subj)


def _child_lemmas(tok: Token, deps: set[str]) -> set[str]:
    return {c.lower_ for c in tok.children if c.dep_ in deps}


ENTITY_LABELS = {"PERSON", "ORG", "GPE", "NORP"}


def _state_ship(tok: Token) -> bool:
    """A ship's name with the prefix a state writes before its ships' names ("the BRP Jose
    Rizal", "HMS Dauntless"; ``kb/actors/vessels.tsv``), or that prefix before a name."""
    prefixes = vessel_prefixes()
    if tok.text in prefixes:
        return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].is_title
    return tok.pos_ == "PROPN" and any(c.dep_ == "compound" and c.i < tok.i and c.text in prefixes
                                       for c in tok.children)


def _in_class(tok: Token, arg: str, lex: Lexicon) -> bool:
    if arg.islower():
        return tok.lemma_.lower() == arg or tok.lower_ == arg
    words = lex.classes.get(arg, frozenset())
    if "@entity" in words and (tok.ent_type_ in ENTITY_LABELS or tok.pos_ == "PROPN"):
        return True
    if "@place" in words and tok.ent_type_ in {"GPE", "LOC", "FAC"}:
        return True
    if "@vessel" in words and _state_ship(tok):
        return True
    # a class word in capitals right before a name tells the name's kind
    if tok.pos_ == "PROPN" and any(c.dep_ == "compound" and c.i < tok.i and c.lower_ in words
                                   and c.is_upper for c in tok.children):
        return True
    # "sit-in", "co-operation": a hyphenated class word is split in three, its head the last piece
    return tok.lemma_.lower() in words or tok.lower_ in words or hyphen_word(tok) in words


def _real_preps(tok: Token) -> set[str]:
    """Prepositions of ``tok`` whose object is not a date ("called on Tuesday")."""
    out = set()
    for c in tok.children:
        # "called for Kalia to withdraw": 'for' marks the clause the call asks for
        if c.dep_ in {"advcl", "acl", "relcl", "ccomp"} and any(
                g.dep_ == "mark" and g.lower_ == "for" for g in c.children):
            out.add("for")
        if c.dep_ in {"prep", "agent", "prt"}:
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs and all(g.ent_type_ in {"DATE", "TIME"} for g in objs):
                continue
            out.add(c.lower_)
    return out


def _matches(row: Row, tok: Token, lex: Lexicon) -> bool:
    for test, arg in row.conds:
        if test == "prep" and arg not in _real_preps(tok):
            return False
        if test == "child" and not (any(c.lower_ == arg for c in tok.children)
                                    or _fronted_complement(tok, arg)):
            return False
        if test == "near" and not any(_in_class(t, arg, lex) for t in sentence_of(tok)):
            return False
        if test == "doc" and not any(_in_class(t, arg, lex) for t in tok.doc):
            return False
        if test == "prt" and arg not in _child_lemmas(tok, {"prt", "prep", "advmod"}):
            return False
        if test == "xcomp" and not any(c.dep_ in {"xcomp", "pcomp"} or
                                       (c.dep_ == "prep" and any(g.dep_ == "pcomp"
                                                                for g in c.children))
                                       for c in tok.children):
            return False
        if test == "noobj" and not _intransitive(tok):
            return False
        # "called the strike illegal": an object with a predicate of its own is named, not done
        # ("called his counterpart to discuss the crisis" has a purpose, no predicate)
        if test == "nopred" and any(c.dep_ == "oprd" for c in tok.children):
            return False
        if test == "mandative" and not _mandative(tok):
            return False
        if test == "factual" and not _factual_clause(tok):
            return False
        if test == "harmless" and not _harmless_clause(tok, lex):
            return False
        # a "by" agent marks a passive too ("financed and directed by X": shared auxiliary)
        if test == "passive" and not any(c.dep_ in {"auxpass", "agent"} for c in tok.children):
            return False
        if test == "compsubj" and not any(  # "wants Kalia to withdraw": another party acts
                c.dep_ in {"ccomp", "xcomp"} and any(g.dep_ == "nsubj" and g.pos_ != "PRON"
                                                     for g in c.children)
                for c in tok.children):
            return False
        if test == "head" and (tok.head is tok or tok.head.lower_ != arg):
            return False  # "came under fire": the word the trigger hangs on
        # "banned the team from the Games": what one is shut out of; "came under fire from
        # rebels": under "under", the "from" phrase of the verb the trigger hangs on
        holders = [tok, tok.head.head] if tok.dep_ == "pobj" and tok.head.lower_ == "under" \
            else [tok]
        if test == "from" and not any(
                g.dep_ == "pobj" and _in_class(g, arg, lex) for h in holders for c in h.children
                if c.dep_ == "prep" and c.lower_ == "from" for g in c.children):
            return False
        # the direct object itself, no prepositional one; "the tanker the Guards seized":
        # the noun a relative clause modifies
        if test == "dobj" and not any(
                c.dep_ in {"dobj", "nsubjpass"} and _in_class(c, arg, lex)
                for c in [*tok.children, *_shared_passive_subject(tok)]
        ) and not any(_in_class(h, arg, lex) for h in _relative_objects(tok)):
            return False
        if test == "party" and not any(_in_class(h, arg, lex) for h in _parties(tok)):
            return False
        if test in {"obj", "subj"}:
            heads = _objects(tok) if test == "obj" else _partitives(_subjects(tok)) or \
                _gerund_controller(tok)
            if not any(_in_class(h, arg, lex) for h in heads):
                return False
    return True


def _shared_passive_subject(tok: Token) -> list[Token]:
    """'The crew were flown home and were met by officials': a passive conjunct with no
    subject of its own shares the first verb's."""
    if tok.dep_ != "conj" or not any(c.dep_ == "auxpass" for c in tok.children) or any(
            c.dep_ in {*SUBJ, "nsubjpass"} for c in tok.children):
        return []
    return [c for c in tok.head.children if c.dep_ == "nsubjpass"]


def _mandative(tok: Token) -> bool:
    """'insisted that Serbia and Kosovo resume talks': a that-clause whose verb is the bare
    form with a subject of its own (the mandative subjunctive) tells what is demanded, not
    what is so ('insisted that Serbia resumes talks' states)."""
    # after a past 'insisted', a present plural ('that X and Y resume') breaks the sequence
    # of tenses: it is the subjunctive too
    forms = {"VB", "VBP"} if tok.tag_ == "VBD" else {"VB"}
    return any(c.dep_ == "ccomp" and c.tag_ in forms and c.pos_ == "VERB"
               and lem(c) not in {"be", "have"}
               and any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
               and not any(g.dep_ in {"aux", "auxpass"} and g.lower_ != "be" for g in c.children)
               for c in tok.children)


MODALS = {"could", "would", "may", "might", "must", "should", "can", "will", "shall"}
# with the clitics the parser leaves of "'ll" and "won't"
FUTURE_MODALS = MODALS | {"'ll", "wo"}
CONDITIONALS = {"if", "unless", "should", "otherwise", "or"}


def _factual_clause(tok: Token) -> bool:
    """'warned that insecurity was slowing its convoys': the verb's that-clause states a fact
    or a present risk - no modal (no act to come: 'would retaliate') and no condition ('if',
    'unless', 'or face') anywhere under the verb, and told to no one named ('warned the
    villagers that anyone who helped the army was a target' stays a veiled threat)."""
    if not any(c.dep_ == "ccomp" for c in tok.children) or any(
            c.dep_ in {"dobj", "dative"} for c in tok.children):
        return False
    return not any((t.lower_ in FUTURE_MODALS and t.dep_ == "aux")
                   or (t.lower_ in CONDITIONALS and t.dep_ in {"mark", "cc"})
                   for t in tok.subtree if t is not tok)


# words of harm besides the RETALIATION class ("will pay a price", "faces consequences")
HARM_NOUNS = {"price", "consequence", "force", "war", "action", "measure", "step"}
# also read by discourse.speaker_actor ("we will not retreat": the speaker acts)
FIRST_PERSON = {"we", "us", "our", "i", "me", "my"}


def _harmless_clause(tok: Token, lex: Lexicon) -> bool:
    """'warned that the vaccines could spoil if they were not delivered': the verb's
    that-clause, told to no one named, has no act the lexicon may read as coercive or violent
    (under any condition), no word of retaliation and no first-person actor ('we will')."""
    clauses_ = [c for c in tok.children if c.dep_ == "ccomp"]
    if not clauses_ or any(c.dep_ in {"dobj", "dative"} for c in tok.children):
        return False
    harm = HARM_NOUNS | lex.classes.get("RETALIATION", frozenset())
    for t in (t for c in clauses_ for t in c.subtree):
        rows = lex.verbs.get(lem(t), ()) if t.pos_ in {"VERB", "AUX"} else \
            lex.nouns.get(t.lemma_.lower(), ())
        # PLOVER's THREATEN is a threat of coercive or violent action (COERCIVE_ACTS, below)
        if any(r.type in COERCIVE_ACTS or r.type == "THREATEN" for r in rows) or \
                t.lemma_.lower() in harm or t.lower_ in FIRST_PERSON:
            return False
    return True


def _fronted_complement(tok: Token, arg: str) -> bool:
    """'let free the prisoners': a complement put before the object is parsed as the object's
    adjective; it still belongs to the verb."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return (nxt is not None and nxt.lower_ == arg and nxt.dep_ == "amod"
            and nxt.head.dep_ == "dobj" and nxt.head.head == tok)


MEASURES = {"ton", "tonne", "million", "billion", "package", "shipment", "batch", "load",
            "consignment", "kilogram", "kg", "lot", "convoy", "worth", "amount", "dozen",
            "hundred", "thousand", "score", "group"}


ORDER_HEADS = {"order", "measure", "regime", "decree", "rule", "regulation"}


def _intransitive(tok: Token) -> bool:
    """'the embassy closed for the day', 'told staff to shelter in place': a verb that acts
    on nothing (a shared object of a conjoined verb or a passive subject counts as one)."""
    if (tok.dep_ in {"acl", "amod", "relcl"} and not (tok.dep_ == "acl" and tok.tag_ == "VBG")) \
            or tok.pos_ != "VERB":
        return False  # a present participle's noun is its subject ("families sheltering")
    objs = {"dobj", "nsubjpass", "auxpass", "dative", "ccomp", "xcomp"}
    return not any(c.dep_ in objs for t in (tok, *tok.conjuncts) for c in t.children)


def _objects(tok: Token) -> list[Token]:
    out = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass", "dative"}]
    # "sent the frigate Hydra": a named object's kind is the common noun before its name
    out += [g for c in out if c.pos_ == "PROPN" for g in c.children
            if g.dep_ in {"compound", "amod"} and g.i < c.i and g.is_lower]
    # "13 tons of medicine": the class is that of what is measured.
    # "cancelled part of X's debt": the part is of the class of what it is part of
    out += [g for c in out if lem(c) in MEASURES or lem(c) in PARTS or c.lower_ in PARTS
            for p in c.children
            if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    # "extend the curfew order", "lockdown measures": the kind of a generic order noun.
    out += [g for c in out if lem(c) in ORDER_HEADS for g in c.children if g.dep_ == "compound"]
    for c in tok.children:
        if c.dep_ in {"prep", "prt"}:
            out += [g for g in c.children if g.dep_ == "pobj"]
            # "pulled out of the talks": the object of a two-word preposition
            out += [g for p in c.children if p.dep_ == "prep" and c.dep_ == "prep"
                    and not any(x.dep_ == "pobj" for x in c.children)
                    for g in p.children if g.dep_ == "pobj"]
    if tok.dep_ in {"acl", "amod"} and tok.tag_ == "VBN":
        out.append(tok.head)
    if tok.pos_ == "NOUN" and tok.dep_ in {"dobj", "pobj"}:
        out.append(tok)
    out += _relative_objects(tok)
    return out


RELATIVES = {"that", "which", "whom", "who"}


def _relative_objects(tok: Token) -> list[Token]:
    """'the territory they had captured', 'the town, which rebels had captured', 'villages
    that were captured', 'villages in the north that X captured' (the parser may hang that
    clause on the main verb): the noun a relative clause modifies is the object of its verb
    when the clause has no object of its own and its subject is not the relative word ('the
    rebels who captured'); a misattached clause may modify the noun before it or the one
    that noun's phrase hangs on."""
    if any(c.dep_ == "dobj" and c.lower_ not in RELATIVES for c in tok.children):
        return []
    rel = [c for c in tok.children if c.lower_ in RELATIVES and c.i < tok.i]
    if any(r.dep_ == "nsubj" for r in rel):
        return []  # 'the rebels who captured': the relative word is the subject
    # the parser may make the clause an 'acl' when its relative word is the object
    # ("the freighter that the marines seized")
    if tok.dep_ == "relcl" or (tok.dep_ == "acl" and rel):
        # no relative word: 'the territory they had captured' (a subject of its own, active)
        gap = rel or (any(c.dep_ == "nsubj" for c in tok.children)
                      and not any(c.dep_ == "nsubjpass" for c in tok.children))
        return [tok.head] if gap and tok.head.pos_ in {"NOUN", "PROPN"} else []
    if not rel or tok.pos_ != "VERB":
        return []
    before = tok.doc[rel[0].i - 1] if rel[0].i > 0 else None
    if tok.dep_ not in {"advcl", "ccomp"} or rel[0].i != tok.left_edge.i or before is None \
            or before.pos_ not in {"NOUN", "PROPN"}:
        return []
    out = [before]
    if before.dep_ == "pobj" and before.head.head.pos_ in {"NOUN", "PROPN"}:
        out.append(before.head.head)  # "villages in Kursk that ..."
    # "defend towns in the south that X captured": the phrase hung on the verb too
    out += [c for c in tok.head.children if c.dep_ == "dobj" and c.i < rel[0].i]
    return out


# "11,000 of the soldiers", "some of the troops", "thousands of refugees": a part of a group
# is of the group's class.
PARTS = MEASURES | {"some", "many", "most", "all", "several", "part", "half", "rest", "number",
                    "majority", "few", "none", "each", "one", "thousands", "hundreds", "dozens",
                    "column"}  # "columns of tanks rolled in": the tanks move


def partitive(tok: Token) -> bool:
    """A head that names a part or number of a group ('11,000', 'some', 'columns')."""
    return tok.pos_ == "NUM" or lem(tok) in PARTS or tok.lower_ in PARTS


def _gerund_controller(tok: Token) -> list[Token]:
    """The unstated doer of a gerund: the noun it modifies ('police arriving late') or the
    object of the verb it complements ('accused the police of arriving late')."""
    if tok.tag_ != "VBG":
        return []
    if tok.dep_ == "acl":
        return [tok.head]
    if tok.dep_ == "pcomp" and tok.head.lower_ in {"of", "for"}:
        return [c for c in tok.head.head.children if c.dep_ == "dobj"]
    return []


def _partitives(heads: list[Token]) -> list[Token]:
    return heads + [g for h in heads if partitive(h)
                    for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
                    for g in p.children if g.dep_ == "pobj"]


def _parties(tok: Token) -> list[Token]:
    """'A coast guard cutter and a patrol boat collided', 'collided with a navy vessel',
    'the collision between two coast guard boats': the sides of a mutual act (subjects, the
    objects of 'with'/'between', a possessor), their conjuncts, and the compound nouns that
    say what kind of thing each is ('coast guard boat')."""
    heads = [c for c in tok.children if c.dep_ in SUBJ or c.dep_ == "poss"]
    heads += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in {"with", "between"}
              for g in c.children if g.dep_ == "pobj"]
    heads += [c for h in heads for c in h.conjuncts]
    return heads + [c for h in heads for c in h.children if c.dep_ == "compound"]


def _subjects(tok: Token) -> list[Token]:
    out = [c for c in tok.children if c.dep_ in SUBJ]
    cur = tok
    # "is willing to send": up through the chain of complements to the subject
    for _ in range(3):
        if out or cur.dep_ not in {"conj", "xcomp", "acomp"}:
            break
        via, cur = cur.dep_, cur.head
        out = [c for c in cur.children if c.dep_ in SUBJ]
        if not out and via == "xcomp":  # "tanks were seen moving": the passive subject acts
            out = [c for c in cur.children if c.dep_ == "nsubjpass"]
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.head.pos_ in {"VERB", "AUX"}:
        out += [c for c in tok.head.head.children if c.dep_ in SUBJ]
    if tok.pos_ == "NOUN" and tok.head.pos_ == "VERB":
        out += [c for c in tok.head.children if c.dep_ in SUBJ]
        if tok.dep_ in SUBJ:
            out.append(tok)
    return out


def hyphen_word(tok: Token) -> str | None:
    """'sit-in', 'walk-out', 'co-operated': the parser splits a hyphenated word in three and
    keeps the last piece as the head; the lexicon knows the whole word."""
    if tok.i < 2 or tok.doc[tok.i - 1].text != "-" or tok.doc[tok.i - 1].whitespace_ \
            or tok.doc[tok.i - 2].whitespace_ or not tok.doc[tok.i - 2].is_alpha:
        return None
    first = tok.doc[tok.i - 2].lower_
    if tok.pos_ != "VERB":
        return f"{first}-{lem(tok) if tok.pos_ == 'NOUN' else tok.lower_}"
    return _hyphen_verb(first, tok.lower_, tok.lemma_.lower())


@functools.lru_cache(maxsize=4096)
def _hyphen_verb(first: str, lower: str, lemma: str) -> str:
    """'pooh-poohed', 'rubber-stamps': the lemmatizer lemmatizes the last piece alone and
    misses ("poohed" -> "poohe"); a de-inflection whose whole hyphenated word the lexicon
    lists as a verb wins."""
    verbs = load().verbs
    cands = (_verb_lemma(lower, lemma), IRREGULAR.get(lower, ""), *_deinflections(lower))
    return next((f"{first}-{c}" for c in cands if f"{first}-{c}" in verbs),
                f"{first}-{cands[0]}")


NOMINAL_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj"}
FINITE_TAGS = {"VBZ", "VBP"}
HELPING_ING = {"being", "having", "getting", "going", "doing"}


def _row_for(tok: Token, lex: Lexicon) -> Row | None:
    pos = tok.pos_
    hyphen = hyphen_word(tok)
    if pos == "VERB" and tok.tag_ in FINITE_TAGS and tok.dep_ in NOMINAL_DEPS:
        # "conducted drills off the coast": a finite verb form in a noun's slot is the
        # tagger's plural noun
        rows = (lex.nouns.get(hyphen) if hyphen else None) or lex.nouns.get(
            lem(tok)) or lex.nouns.get(tok.lower_)
    elif pos == "VERB":
        rows = (lex.verbs.get(hyphen) if hyphen else None) or lex.verbs.get(lem(tok))
    elif pos in {"NOUN", "PROPN"}:
        rows = (lex.nouns.get(hyphen) if hyphen else None) or lex.nouns.get(
            lem(tok)) or lex.nouns.get(tok.lower_)
        if pos == "PROPN" and rows:  # "Strike Force", a named operation: not a trigger
            return None
    elif pos == "ADJ" and (tok.dep_ in NOMINAL_DEPS or (
            tok.dep_ == "amod" and tok.head.i < tok.i and tok.head.pos_ == "NOUN")):
        # "a regime offensive on the town has displaced ...": the tagger's adjective in a
        # noun's slot (subject, object, or after the noun it would modify) is the noun
        rows = lex.nouns.get(tok.lower_)
    elif pos == "AUX" and tok.tag_ == "VBG" and tok.dep_ == "aux" \
            and tok.lower_ not in HELPING_ING:
        # "Russian shelling had resumed": after a demonym the tagger makes the gerund noun an
        # auxiliary of the verb; no -ing word but these helps a verb, so it is the noun
        rows = lex.nouns.get(tok.lower_)
    else:
        rows = None
    if not rows:
        return None
    for row in rows:
        if _matches(row, tok, lex):
            if row.type in {"ACCUSE", "REJECT"} and _lasting_state(tok):
                return None
            return None if row.type == "NONE" else row
    return None


# forms, not lemmas: the lemmatizer leaves an auxiliary 'stays' as it is
STATE_VERBS = {"remain", "remains", "remained", "remaining", "stay", "stays", "stayed",
               "staying"}


def _lasting_state(tok: Token) -> bool:
    """'the toll remains disputed', 'the region has remained contested': a participle after
    'remain' tells a standing disagreement, no act of disputing by anyone."""
    if tok.tag_ != "VBN" or any(c.dep_ == "agent" for c in tok.children):
        return False
    return (tok.dep_ == "acomp" and tok.head.lower_ in STATE_VERBS) or any(
        c.dep_ == "auxpass" and c.lower_ in STATE_VERBS for c in tok.children)


EFFORT_HEADS = {"effort", "efforts", "operation", "mission", "campaign", "process", "bid",
                "initiative", "programme", "program"}


# "prisoners of war", "minister of defence and war", "crimes of war": an 'of' phrase that
# classifies a person, office or deed names no event.
CLASSIFIED = {"prisoner", "crime", "criminal", "minister", "ministry", "secretary",
              "department", "veteran", "theatre", "theater", "spoil", "art", "museum",
              "memorial", "college", "rule", "law", "casualty", "victim", "widow",
              "orphan", "refugee", "survivor"}


def _compound_noun_trigger(tok: Token) -> bool:
    """'talks' modifying 'venue' is no event; 'mediation' in 'a mediation effort' is; nor is
    'war' in 'prisoners of war'."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and not any(
            c.dep_ in {"det", "poss"} for c in tok.children):
        return tok.head.head.lemma_.lower() in CLASSIFIED
    # (the parser may make a noun modifier "amod": "a state-backed hacking group")
    return (tok.dep_ == "compound" or (tok.dep_ == "amod" and tok.head.i > tok.i)) and \
        tok.head.lower_ not in EFFORT_HEADS


SIGNING = {"sign", "ratify", "ink", "initial", "countersign"}


def _signed_deals(triggers: dict[int, Trigger]) -> None:
    """'the deal signed on Friday': one act, the signing (codebook: signing an agreement is
    SUPPORT), as 'signed the deal'; the deal noun is not a second event."""
    for trig in triggers.values():
        tok = trig.token
        if trig.suppressed or tok.dep_ != "acl" or lem(tok) not in SIGNING \
                or trig.type != "SUPPORT":
            continue
        noun = triggers.get(tok.head.i)
        if noun is not None and noun.anchor == tok.head and noun.type in {"AGREE", "CONCEDE"}:
            noun.suppressed = True


OPENING = {"open", "reopen", "close", "shut"}


def _open_to(tok: Token) -> bool:
    """'reopened to trade', 'was closed to shipping': after a verb of opening 'to' is a
    preposition and the word the parser made an infinitive a noun (what may pass)."""
    return tok.tag_ == "VB" and tok.dep_ in {"xcomp", "advcl"} and lem(tok.head) in OPENING \
        and not any(c.dep_ in {"dobj", "nsubj", "dative", "prt"} for c in tok.children) \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _participle_as_noun(tok: Token) -> bool:
    """'the wounded', 'the injured': a participle heading a noun phrase names the people."""
    participle = tok.tag_ == "VBN" or (tok.tag_ == "JJ" and tok.lower_.endswith("ed"))
    return participle and tok.dep_ in NOMINAL_DEPS and any(
        c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and not any(
        c.dep_ in {"prep", "agent", "dobj", "advmod", "npadvmod"} for c in tok.children)


def find_triggers(sent: SpacySpan, lex: Lexicon) -> list[Trigger]:
    triggers: dict[int, Trigger] = {}
    for tok in sent:
        if tok.is_stop and lem(tok) not in lex.verbs and hyphen_word(tok) is None:
            continue
        row = _row_for(tok, lex)
        if row is None or (tok.pos_ in {"NOUN", "PROPN"} and _compound_noun_trigger(tok)):
            continue
        if tok.pos_ == "VERB" and tok.dep_ == "amod":  # "the detained journalist"
            continue
        if _participle_as_noun(tok) or _open_to(tok):  # "three of the wounded died"
            continue
        triggers[tok.i] = Trigger(tok, row, row.type, row.mode, row.weight, anchor=tok)
    _headline_verb(sent, triggers, lex)
    if lex.fallback:
        _fallback_triggers(sent, triggers, lex)
    _moved_by_class(sent, triggers, lex)
    # Reversals first: "told X to lift the ban" frames the lifting (a CONCEDE by X).
    _reversals(sent, triggers, lex)
    _resolve_frames(sent, triggers, lex)
    _stopped_acts(sent, triggers)
    _noun_frames(sent, triggers)
    _obligations(sent, triggers)
    _ruled_out(triggers)
    _ultimatums(sent, triggers)
    _force_kept_open(triggers, lex)
    _foretold_harm(sent, triggers, lex)
    _abandoned_plans(sent, triggers)
    _protest_purposes(triggers, lex)
    _protest_against(sent, triggers, lex)
    _protest_demands(triggers)
    _blame(sent, triggers)
    _verdicts(sent, triggers)
    _joint_acts(sent, triggers)
    _sentencing(triggers)
    _complement_words(triggers)
    _material_purpose(triggers)
    _kept_promises(triggers)
    _signed_deals(triggers)
    return [t for t in sorted(triggers.values(), key=lambda t: t.token.i) if not t.suppressed]


# What may stand before a headline's verb in its subject ("Army", "Kenyan police",
# "Ruritania's PM").
HEADLINE_SUBJECT = {"NOUN", "PROPN", "ADJ", "DET", "NUM", "PART"}


def _headline_verb(sent: SpacySpan, triggers: dict[int, Trigger], lex: Lexicon) -> None:
    """'Army shells rebel positions', 'Militia strong-armed villagers': in a headline with no
    verb the tagger reads the verb as a plural noun or an adjective. In a sentence whose root
    is no verb, the first word after a plain subject phrase whose verb form ('-s', '-ed') the
    lexicon lists as a verb is the verb: its subject the phrase before, its object the noun
    phrase after."""
    toks = [t for t in sent if not t.is_space]
    if len(toks) < 3 or sent.root.pos_ in {"VERB", "AUX"}:
        return
    for k, w in enumerate(toks[1:-1], 1):
        if w.pos_ not in {"NOUN", "ADJ", "VERB"} or not w.lower_.endswith(("s", "ed")):
            continue
        hyphen = w.i >= 2 and w.doc[w.i - 1].text == "-" and not w.doc[w.i - 1].whitespace_
        left = toks[:k - 2] if hyphen else toks[:k]
        if not left or not all(t.pos_ in HEADLINE_SUBJECT or t.text in {"'s", "-"}
                               for t in left) or left[-1].pos_ not in {"NOUN", "PROPN"}:
            return  # only the first word after the subject phrase can be the verb
        first = w.doc[w.i - 2].lower_ if hyphen else ""
        stems = [f"{first}-{c}" if hyphen else c
                 for c in (w.lower_, *_deinflections(w.lower_))]
        rows = next((lex.verbs[c] for c in stems[1:] if c in lex.verbs), None)
        if not rows:
            continue  # "Kenyan police chiefs ...": a plural noun of the subject phrase
        row = next((r for r in rows if not r.conds or _matches(r, w, lex)), None)
        if row is None or row.type == "NONE":
            return
        obj = _headline_object(toks[k + 1:])
        trig = Trigger(w, row, row.type, row.mode, row.weight, anchor=w,
                       subj=[left[-1]], obj=[obj] if obj is not None else [])
        triggers[w.i] = trig  # in place of the noun reading ("shells" the munitions)
        return


def _headline_object(rest: list[Token]) -> Token | None:
    """The head (last noun) of the noun phrase right after a headline's verb; None when a
    preposition follows the verb."""
    head = None
    for t in rest:
        if t.pos_ in {"NOUN", "PROPN"}:
            head = t
        elif t.pos_ not in {"ADJ", "DET", "NUM"} and t.text not in {"'s", "-"} and \
                t.dep_ != "compound":  # "rebel" in "shells rebel positions"
            break
    return head


VERB_PREPS = {"into", "with", "for", "on", "upon", "against"}
# the fallback's stems: VERB_SUFFIXES without "ies" and "es" (as the fallback was measured)
FALLBACK_SUFFIXES = (("ied", "y"), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("s", ""))


@functools.lru_cache(maxsize=16384)  # per word form: bounded, a long run meets new ones
def _forms(lower: str, lemma: str) -> tuple[str, ...]:
    """spaCy's lemma and regular de-inflections of the form (the small model leaves some
    unknown past forms as they are)."""
    return (lemma, *_deinflections(lower, FALLBACK_SUFFIXES))


def _fallback_row(tok: Token, lex: Lexicon) -> Row | None:
    """The WordNet-derived row of a verb no hand row lists."""
    if tok.dep_ in {"amod", "acomp"}:  # "a daunting task"
        return None
    lemma = lem(tok)
    # a phrasal verb first ("roughed up"), also of a listed verb none of whose rows matched;
    # a preposition counts only for a prepositional verb ("laid into"), never a locative one
    # ("did it in March" is no "do in")
    if lemma in lex.fallback_heads:
        for c in tok.children:
            key = f"V:{lemma}_{c.lower_}"
            if (c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ in VERB_PREPS)) and \
                    key in lex.fallback:
                return lex.fallback[key]
    if lemma in lex.verbs:
        return None
    return next((lex.fallback[f"V:{f}"] for f in _forms(tok.lower_, lemma)
                 if f"V:{f}" in lex.fallback), None)


def _fallback_noun(tok: Token, lex: Lexicon) -> Row | None:
    """The WordNet-derived row of an act noun no hand row lists ('a thrashing')."""
    lemma = lem(tok)
    row = lex.fallback.get(f"N:{lemma}")
    if row is None or lemma in lex.nouns or tok.lower_ in lex.nouns or \
            _compound_noun_trigger(tok):
        return None
    return row


def _argument_of(tok: Token) -> int:
    """The index of the verb whose clause a word fills as itself or inside an argument (its
    subject or object noun); -1 for a word inside a prepositional adjunct ("clobbered them
    after the arrests", "lambasted X for the attack"): that is an event of its own."""
    while tok.pos_ not in {"VERB", "AUX"} and tok.head.i != tok.i:
        if tok.dep_ == "prep":
            return -1
        tok = tok.head
    return tok.i


def _fallback_triggers(sent: SpacySpan, triggers: dict[int, Trigger], lex: Lexicon) -> None:
    """A verb no hand row lists is typed by the WordNet table (kb/events/wordnet_fallback.tsv)
    or, failing that, its GloVe neighbours (glove_fallback.tsv), at their lower weight, only
    where the rules found no event in its clause: a rule trigger that is the verb's own object
    or subject noun ("bankrolled the offensive") keeps the clause, one in a prepositional
    adjunct does not. Added before the frames are resolved,
    so "vowed to clobber" is still a threat."""
    taken: set[int] | None = None
    for tok in sent:
        if tok.i in triggers or tok.pos_ not in {"VERB", "NOUN"}:
            continue
        row = _fallback_row(tok, lex) if tok.pos_ == "VERB" else _fallback_noun(tok, lex)
        if row is None:
            continue
        if taken is None:  # the verbs whose clause a rule event is (or fills)
            taken = {_argument_of(t.token) for t in triggers.values()}
        # a noun: only where its clause's verb codes nothing either (nor is a trigger itself)
        if tok.i in taken or (tok.pos_ == "NOUN" and (
                (verb := _argument_of(tok)) in taken or verb in triggers)):
            continue
        triggers[tok.i] = Trigger(tok, row, row.type, row.mode, row.weight, anchor=tok)


# Where a verb no row lists moves its subject ("steamed into the waters", "converged on the
# parliament", "retired from the town"), who moves tells the act: forces heading somewhere
# are deployed, forces leaving a place withdraw, a crowd heading somewhere protests (the
# movement's own verb matters less than its mover).
TOWARD = {"into", "to", "toward", "towards", "along", "across", "through", "onto", "on"}
PLACE_ENTS = {"GPE", "LOC", "FAC"}
STAYING = {"be", "stay", "remain", "live", "die", "sleep", "wait", "work", "serve", "return",
           "come", "go", "get", "have", "do", "make", "take", "bring", "keep", "hold", "see",
           "find", "look", "use", "say", "tell", "know", "think", "want", "seem", "appear",
           "happen", "begin", "start", "continue", "try", "need", "mean", "let", "put", "set",
           "turn", "run", "fall", "rise", "grow", "lose", "win", "end", "change", "include",
           "perish", "drown", "crash", "sink", "burn", "flee", "escape", "hide", "survive"}
BARE_COMPLEMENT = {"let", "make", "help", "see", "watch", "hear", "have"}
CROWD_MOVED = Row("moved", "V", (), "PROTEST", "demo", 0.45)
FORCES_MOVED = Row("moved", "V", (), "MOBILIZE", None, 0.45)
FORCES_LEFT = Row("moved", "V", (), "RETREAT", "withdraw", 0.45)


def _moved_by_class(sent: SpacySpan, triggers: dict[int, Trigger], lex: Lexicon) -> None:
    """'Two carriers steamed into the waters east of X', 'farmers converged on the parliament',
    'supporters swarmed the courthouse', 'units retired from the town': an active verb that no
    row (nor the fallback) types and that takes its subject somewhere is a protest when the
    subject is a crowd (heading to a place, or taking one as its object), a deployment when it
    is a force heading somewhere (not the police: their sweeps are coercion), a withdrawal when
    a force or police leaves a place; only in a clause no other trigger codes."""
    taken: set[int] | None = None
    for tok in sent:
        if tok.pos_ != "VERB" or tok.i in triggers or tok.dep_ in {"amod", "acomp", "aux"} \
                or (tok.tag_ == "VBG" and tok.dep_ in {"pcomp", "acl", "advcl"}):
            continue
        if (tok.tag_ == "VB" and not any(c.dep_ == "aux" for c in tok.children)) or (
                tok.dep_ == "ccomp" and lem(tok.head) in BARE_COMPLEMENT):
            continue  # "let truckers cross into the country": a bare infinitive tells no act
        lemma = lem(tok)
        if lemma in _known_verbs() or lemma in STAYING or f"V:{lemma}" in lex.fallback or \
                any(c.dep_ in {"auxpass", "nsubjpass", "neg"} for c in tok.children):
            continue
        purpose = [c for c in tok.children if c.dep_ in {"advcl", "xcomp"} and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        objs = [c for c in tok.children if c.dep_ in {"dobj", "dative", "xcomp", "ccomp"}
                and c not in purpose]
        places = bool(objs) and all(c.ent_type_ in PLACE_ENTS or lem(c) in PLACE_WORDS
                                    for c in objs)
        ways = {c.lower_ for c in tok.children if c.dep_ in {"prep", "prt"}}
        ways |= {f"out {g.lower_}" for c in tok.children if c.lower_ == "out"  # "out of"
                 for g in c.children if g.dep_ == "prep"}
        # "Ruritanian gunboats prowled along X": the parser's participle on a root noun
        root_noun = [tok.head] if tok.dep_ == "acl" and tok.tag_ == "VBD" and \
            tok.head.dep_ == "ROOT" and not _subjects(tok) else []
        subj = _partitives(_subjects(tok) or root_noun)
        crowd = any(_in_class(h, "PROTESTER", lex) for h in subj)
        forces = [h for h in subj if _in_class(h, "MILITARY", lex)]
        # "sortied from the port to shadow a tanker": leaving a base on a mission deploys
        onward = ways & TOWARD or purpose
        if crowd and (places or (not objs and ways & TOWARD)):
            row = CROWD_MOVED
        elif forces and not objs and onward and not any(
                _in_class(h, "POLICE", lex) for h in forces):
            row = FORCES_MOVED
        elif forces and not objs and ways & {"from", "out of"}:
            row = FORCES_LEFT
        else:
            continue
        if taken is None:
            taken = {_argument_of(t.token) for t in triggers.values()}
        if tok.i not in taken:
            triggers[tok.i] = Trigger(tok, row, row.type, row.mode, row.weight, anchor=tok,
                                      subj=root_noun)


PLACE_WORDS = frozenset(str.split("""
zone waters water airspace border frontier area region street square capital city town
village port harbour harbor base coast strait sea gulf bay courthouse parliament embassy
consulate palace ministry office compound building grounds headquarters airport station
"""))


PROMISING = {"pledge", "promise", "vow", "offer"}
DELIVERED = {"AID", "COOPERATE", "RETREAT", "CONCEDE", "CONSULT"}


def _kept_promises(triggers: dict[int, Trigger]) -> None:
    """'pledged and then disbursed $40 million': a promise joined to its fulfilment by the
    same subject is the act done, not a second, verbal AGREE."""
    for trig in triggers.values():
        tok = trig.token
        if trig.suppressed or trig.type != "AGREE" or lem(tok) not in PROMISING \
                or tok.pos_ != "VERB":
            continue
        done = [triggers[c.i] for c in tok.conjuncts if c.i in triggers
                and not triggers[c.i].suppressed and triggers[c.i].type in DELIVERED]
        if done and not any(c.dep_ == "aux" for d in done for c in d.token.children):
            trig.suppressed = True


MATERIAL = {"AID", "COOPERATE"}


def _material_purpose(triggers: dict[int, Trigger]) -> None:
    """'provided $1 billion in aid to support refugees': backing given as the purpose of a
    material transfer is that transfer (AID), not a second, verbal SUPPORT."""
    for trig in triggers.values():
        tok = trig.token
        if trig.suppressed or trig.type != "SUPPORT" or tok.pos_ != "VERB" or not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            continue
        head = tok.head
        # "provided aid to support", "a grant to support schools"
        outer = triggers.get(head.i) if tok.dep_ in {"advcl", "xcomp", "acl", "relcl"} else None
        if outer is not None and not outer.suppressed and outer.type in MATERIAL:
            trig.suppressed = True
            backed = [c for c in tok.children if c.dep_ == "dobj"]
            subj = outer.subj or _subjects(outer.anchor)
            if backed and subj and not outer.obj:  # the ones backed receive the transfer
                outer.subj, outer.obj = subj, backed


def _complement_words(triggers: dict[int, Trigger]) -> None:
    """'let free the fishermen': the word a verb's row requires ('free') is part of that
    event, not a second one."""
    for trig in list(triggers.values()):
        if trig.suppressed:
            continue
        words = {arg for test, arg in trig.row.conds if test == "child"}
        for c in trig.token.children if words else ():
            if c.lower_ in words and c.i in triggers:
                triggers[c.i].suppressed = True


SENTENCING = {"sentence", "jail", "imprison"}


def _sentencing(triggers: dict[int, Trigger]) -> None:
    """'convicted him of fraud and sentenced him to five years': one act whose material part
    is the prison term (codebook: prison terms are COERCE arrest); the conviction keeps the
    named party, the conjoined sentence is not a second event."""
    for trig in triggers.values():
        if trig.suppressed or trig.type != "ACCUSE" or lem(trig.token) != "convict":
            continue
        for conj in trig.token.conjuncts:
            other = triggers.get(conj.i)
            if other is not None and lem(conj) in SENTENCING and other.type == "COERCE":
                trig.type, trig.mode = other.type, other.mode
                trig.weight = max(trig.weight, other.weight)
                other.suppressed = True


VOWS = {"vow", "pledge", "promise", "swear"}
FORCE = {"ASSAULT", "COERCE", "SANCTION"}


# verbs of ratifying: the agreement they approve is SUPPORTed, not agreed
RATIFYING = {"approve", "authorize", "authorise"}
FILING = {"lodge", "file", "register", "deliver", "issue", "send", "convey"}
# The status an event takes from the verb or noun that frames it ("threatened to shell").
FRAMED_STATUS = {"THREATEN": "threatened", "AGREE": "planned", "REQUEST": "possible",
                 "REJECT": "denied", "CONCEDE": "planned"}


def _frame(outer: Trigger, inner: Trigger) -> None:
    """``outer`` ("threatened", "Russia's threat") frames ``inner`` ("to cut gas supplies"):
    the inner event is embedded, takes its status from the frame, and is negated by a
    refusal ("refused to lift the sanctions"); a threat, request or rejection takes its mode
    from what it is about."""
    inner.embedded = True
    inner.negated = inner.negated or outer.type == "REJECT"
    inner.status = FRAMED_STATUS.get(outer.type, inner.status)
    if outer.type in {"THREATEN", "REQUEST", "REJECT"}:
        outer.mode = outer.mode or content_mode(outer.type, inner.type, inner.mode)


# Acts a causative verb hands to its giver ("ordered the troops jailed"), even when the verb's
# own row is a coercion.
COERCIVE_ACTS = {"COERCE", "ASSAULT", "SANCTION", "MOBILIZE"}
# Acts an ordered party does on its own behalf ("ordered the government to release X")
OWN_ACTS = {"RETREAT", "CONCEDE", "AID", "COOPERATE"}
# Those who carry out their commander's order: their act is the commander's
SUBORDINATES = ("MILITARY", "RESERVE", "POLICE", "RESCUER")


def _told_party(tok: Token, lex: Lexicon) -> bool:
    """'ordered the government / Kalia / the company to X': the one ordered (the direct
    object, with an infinitive complement) is a party of its own, not forces under command."""
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    infinitive = any(c.dep_ in {"xcomp", "ccomp"} and any(
        g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in tok.children)
    # "ordered his men to": one's own people carry out the order
    own = any(g.dep_ == "poss" and g.pos_ == "PRON" for o in objs for g in o.children)
    return bool(objs) and infinitive and not own \
        and not any(_in_class(o, cls, lex) for o in objs for cls in SUBORDINATES)


# Coercive verbs whose object does what the infinitive says ("forced X to land"); 'order'
# and the other causative frames (frames.tsv) hand the act over before this is asked.
COMPELLING = {"force", "compel", "coerce", "oblige", "pressure", "pressurise", "pressurize",
              "press", "make", "push", "drive"}


PARTY_ENTS = {"GPE", "NORP", "ORG", "PERSON"}


SETTING_PREPS = {"in", "during"}


def _active_by_agents(verb: Token) -> list[Token]:
    """The named parties of a 'by' phrase on an active verb (a passive's is its own agent)."""
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return []
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "by"
            for g in c.children if g.dep_ == "pobj" and g.ent_type_ in PARTY_ENTS]


def _resolve_frames(sent: SpacySpan, triggers: dict[int, Trigger], lex: Lexicon) -> None:
    # 1. Light verbs lend their subject and status to the event noun they govern.
    for tok in sent:
        if tok.pos_ != "VERB":
            continue
        lemma = lem(tok)
        if lemma not in lex.light:
            continue
        objs = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
        # "declared a state of siege", "began a new round of exercises"
        objs += [g for c in objs if lem(c) in CONTAINERS for p in c.children
                 if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        objs += [g for c in objs if c.lower_ in EFFORT_HEADS for g in c.children
                 if g.dep_ == "compound"]
        nouns = [c for c in objs if c.i in triggers]
        nouns += [g for c in nouns for g in c.conjuncts if g.i in triggers]
        own = triggers.get(tok.i)
        if own is not None and ("obj", "REQUEST") in own.row.conds:
            # "approved a request for help": granting it is the event (a CONCEDE), the
            # request is only what was granted.
            for noun in nouns:
                triggers[noun.i].suppressed = True
            # The party is the one who asked ("a request from the ministry").
            own.obj = [g for n in nouns for p in n.children if p.dep_ == "prep"
                       and p.lower_ == "from" for g in p.children if g.dep_ == "pobj"]
            own.subj = own.subj or (_subjects(tok) if own.obj else [])
            continue
        for noun in nouns:
            trig = triggers[noun.i]
            trig.anchor = tok
            trig.weight = max(trig.weight, 0.75)
            if trig.type == "PROTEST" and lemma in FILING:
                # "lodged a formal protest": a diplomatic protest is an ACCUSE (codebook)
                trig.type, trig.mode = "ACCUSE", "disapprove"
            if trig.type == "AGREE" and lemma in RATIFYING:
                # "the cabinet approved the trade agreement": ratifying a deal is a SUPPORT
                # (codebook), not the agreeing itself
                trig.type, trig.mode = "SUPPORT", None
            if tok.i in triggers:
                triggers[tok.i].suppressed = True
    # 2. Nouns that are the content of another trigger ("called for a ceasefire",
    #    "an ultimatum for a ceasefire") set its mode but are no events of their own.
    for trig in triggers.values():
        tok = trig.token
        if tok.pos_ not in {"NOUN", "PROPN"} or trig.anchor != tok:
            continue
        gov = None
        if tok.dep_ == "pobj":
            gov = tok.head.head
        elif tok.dep_ in {"dobj", "nsubjpass"}:
            gov = tok.head
        if gov is not None and gov.i in triggers and gov.i != tok.i:
            outer = triggers[gov.i]
            # "condemned the invasion of Ukraine by Russia": the parser hangs the act's
            # 'by' agent on the active verb that judges it
            verb_by = _active_by_agents(gov) if tok.dep_ == "dobj" else []
            if outer.type in {"ACCUSE", "SUPPORT"} and outer.token.pos_ == "VERB" \
                    and trig.type != outer.type and (verb_by or any(
                    c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by")
                    for c in tok.children)):
                trig.subj = trig.subj or verb_by
                # "Venezuela's rejection of the results was criticised": an act judged is
                # an act done, by its own party; that party is the one judged
                outer.inner = outer.inner or trig
                continue
            # "cutting military aid", "banned the rally": what a sanction or restriction
            # stops is not an event of its own either.
            # ("arrested smugglers in a joint operation": the setting is no object)
            if outer.type in {"REQUEST", "REJECT", "THREATEN", "AGREE", "SUPPORT", "ACCUSE",
                              "CONCEDE"} or (outer.type in {"SANCTION", "COERCE"}
                                             and trig.type in {"AID", "COOPERATE", "PROTEST",
                                                               "CONSULT"}
                                             and tok.head.lower_ not in SETTING_PREPS) or (
                    # "sent aid", "kept sending aid": the noun names what the verb's event is
                    outer.type == trig.type == "AID" and tok.dep_ == "dobj") or (
                    # "scaled down its presence": the deployment withdrawn is no new one
                    outer.type == "RETREAT" and trig.type == "MOBILIZE" and tok.dep_ == "dobj"):
                # "an inquiry into the exchange of fire": what is investigated happened, an
                # event of its own (no content of a call, a threat or a promise)
                trig.suppressed = not _investigated(outer, trig)
                outer.inner = outer.inner or trig
                outer.mode = outer.mode or content_mode(outer.type, trig.type, trig.row.mode)
                # PLV codes "called for sanctions / an inquiry" as ACCUSE, "pledged support"
                # as SUPPORT.
                if outer.type == "REQUEST" and (trig.type == "ACCUSE" or
                                                lem(tok) in {"sanction", "embargo"}):
                    outer.type, outer.mode = "ACCUSE", trig.row.mode or "disapprove"
                if outer.type == "AGREE" and outer.token.pos_ == "VERB" and (
                        trig.type == "SUPPORT" or (trig.type == "ACCUSE" and lem(outer.token)
                        == "offer")):  # "pledged support", "offered scathing criticism"
                    outer.type, outer.mode = trig.type, trig.row.mode
                if outer.type == "SUPPORT" and trig.type == "AID":  # "supported assistance to"
                    outer.type = "AID"
                # "vowed retaliation", "promised a crushing response": a threat.
                if outer.type == "AGREE" and lem(outer.token) in VOWS and trig.type in FORCE:
                    outer.type, outer.mode = "THREATEN", content_mode("THREATEN", trig.type,
                                                                      trig.row.mode)
    # 3. Verbs that govern a verb complement.
    for tok in sent:
        comp = _complement(tok)
        if comp is None and lem(tok) in lex.causative:
            # "ordered the men held in detention": the participle may parse as the object's
            comp = next((g for c in tok.children if c.dep_ == "dobj" for g in c.children
                         if g.dep_ == "acl" and g.tag_ == "VBN"), None)
        if comp is None and tok.i in triggers and triggers[tok.i].type in {"ACCUSE", "SUPPORT"}:
            # "blamed X for attacking", "praised X for helping"
            comp = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"
                         for g in c.children if g.dep_ == "pcomp" and g.pos_ == "VERB"), None)
        if comp is None and tok.i in triggers and _purposive(triggers[tok.i]):
            comp = next((c for c in tok.children if c.dep_ == "advcl" and c.pos_ == "VERB"
                         and any(g.lower_ == "to" for g in c.children)), None) or _aim(tok)
        if comp is None:
            continue
        lemma = lem(tok)
        inner = triggers.get(comp.i)
        for _ in range(2):  # "vowed to continue supporting X": through an aspectual verb
            nxt = _complement(comp) if inner is None and lem(comp) in lex.transparent \
                and lex.transparent[lem(comp)] is None else None
            if nxt is None:
                break
            comp, inner = nxt, triggers.get(nxt.i)
        if inner is None or inner.suppressed:
            # "expected to launch an offensive": the event is the light verb's noun.
            inner = next((t for t in triggers.values() if t.anchor == comp
                          and not t.suppressed), inner)
        outer = triggers.get(tok.i)
        if inner is None and outer is not None and outer.type == "REQUEST" and not \
                outer.suppressed and lem(comp) in CESSATIVE and _cessation(comp, triggers):
            # "urged Iran to stop sending drones to X": the one urged is asked to end its own
            # act; that act is neither the asker's nor a new event
            outer.mode = outer.mode or content_mode("REQUEST", "CONCEDE")
            continue
        if lemma in lex.causative and inner is not None and outer is not None and (
                outer.type == "COERCE" or outer.row.mode == "expel") and \
                inner.type not in COERCIVE_ACTS:
            # "ordered residents to leave": the people's forced move is the coercion's
            # content, not a withdrawal of the one who ordered it ("ordered the envoy to leave
            # the capital": the expulsion's).
            inner.suppressed = True
            continue
        if lemma in lex.causative and inner is not None and outer is not None and \
                outer.type == "REQUEST" and inner.type in OWN_ACTS and _told_party(tok, lex):
            # "the court ordered the government to release the detainees": a party that acts
            # on its own is told to (REQUEST), and the release would be its own; troops
            # ordered to withdraw act for the one who orders (below)
            _frame(outer, inner)
            outer.inner = inner
            inner.subj = [c for c in tok.children if c.dep_ == "dobj"]
            continue
        if lemma in lex.causative and inner is not None:
            # "ordered the troops jailed": the order's giver is the actor of the jailing.
            inner.subj = inner.subj or _subjects(tok)
            if outer is not None:
                outer.suppressed = True
            continue
        if lemma in lex.deny and inner is not None:
            # "neither confirmed nor denied that X fired": left open, neither denied nor told
            inner.status = "possible" if confirm_or_deny(tok) else "denied"
            inner.embedded = True
            if outer is not None:
                outer.weight *= 0.6
            continue
        if outer is not None and not outer.suppressed and inner is not None and \
                _unaided_help(tok, comp, outer, inner):
            # "Britain helped detain a tanker": no one is helped; the helper takes part in
            # the detention, which is the event.
            outer.suppressed = True
            inner.subj = inner.subj or _subjects(tok)
            continue
        if outer is not None and not outer.suppressed:
            if inner is None:
                continue
            if _purposive(outer):
                # "called X to congratulate him": the call's purpose is the event.
                outer.suppressed = True
                inner.subj = inner.subj or _subjects(tok)
                # The one called is the party; the people sent are not ("sent experts to
                # investigate the crash" investigates the crash).
                if outer.row.mode == "phone":
                    inner.obj = [c for c in tok.children if c.dep_ in {"dobj", "dative"}]
                continue
            # "vowed to retaliate", "promised to crush the revolt": a threat, not a promise.
            if outer.type == "AGREE" and lemma in VOWS and inner.type in FORCE:
                outer.type, outer.mode = "THREATEN", None
            _frame(outer, inner)
            outer.inner = inner
            _frame_conjuncts(outer, comp, triggers)
            # "accused X of shelling", "praised X for helping": X did the act.
            if outer.type in {"ACCUSE", "SUPPORT"} and comp.dep_ == "pcomp" and not inner.subj:
                inner.subj = [c for c in tok.children if c.dep_ == "dobj"]
            # "urged Russia to withdraw": the one urged is the actor of the withdrawal
            # ("called on Russia to withdraw": the one called on).
            # "blocked traffic to protest": a purpose, whose actor is the subject's
            if outer.type == "REQUEST" or (outer.type == "COERCE" and lemma in COMPELLING):
                inner.subj = [c for c in tok.children if c.dep_ in {"dobj", "dative"}] or [
                    g for p in tok.children if p.dep_ == "prep" and p.lower_ in {"on", "upon"}
                    for g in p.children if g.dep_ == "pobj"]
            continue
        if lemma in lex.transparent and inner is not None and (outer is None
                                                               or outer.suppressed):
            if lemma == "due" and comp.dep_ != "xcomp":
                continue  # "cancelled due to fighting": a cause, no schedule
            status = lex.transparent[lemma]
            if status and inner.status is None:
                inner.status = status
                inner.negated = status == "denied"  # "failed to reach a deal"
            if not inner.subj:
                # "the two leaders are scheduled to meet": the passive frame's subject acts
                inner.subj = _subjects(tok) or [
                    c for c in tok.children if c.dep_ == "nsubjpass" and c.pos_ != "PRON"
                    and any(a.dep_ == "auxpass" for a in tok.children)]


INQUIRY_PREPS = {"into", "of"}


def _investigated(outer: Trigger, inner: Trigger) -> bool:
    """'an investigation into the shelling', 'a probe of the killings': the act an inquiry
    examines is one that took place (an act of conflict; no call or plan of one)."""
    tok = inner.token
    return outer.mode == "investigate" and outer.token.pos_ == "NOUN" and \
        tok.dep_ == "pobj" and tok.head.lower_ in INQUIRY_PREPS and \
        inner.type in {"ASSAULT", "COERCE"} and outer.token.i < tok.i


HELP_VERBS = {"help", "assist"}


def _unaided_help(tok: Token, comp: Token, outer: Trigger, inner: Trigger) -> bool:
    """'helped detain a tanker': a help verb with a bare verb complement and no one helped
    (no object, no subject of the complement) whose complement is itself an event."""
    return (lem(tok) in HELP_VERBS and outer.type == "AID" and comp.dep_ == "xcomp"
            and inner.type != "AID" and not inner.suppressed
            and not any(c.dep_ in {"dobj", "dative"} for c in tok.children)
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in comp.children))


def _frame_conjuncts(outer: Trigger, comp: Token, triggers: dict[int, Trigger]) -> None:
    """"agreed to share information and cooperate on the ground": a verb joined to the
    complement with no subject of its own is inside the same frame."""
    for verb in comp.conjuncts:
        inner = triggers.get(verb.i)
        if inner is None or inner.suppressed or inner.embedded or verb.pos_ != "VERB" or any(
                c.dep_ in SUBJ | {"nsubjpass"} for c in verb.children):
            continue
        _frame(outer, inner)


CESSATIVE = {"stop", "cease", "quit", "halt", "end", "discontinue"}


def _cessation(verb: Token, triggers: dict[int, Trigger]) -> bool:
    """Suppress the acts a cessative verb's gerund names ('stop sending drones'); True if
    there was one."""
    ger = _complement(verb)
    if ger is None or ger.tag_ != "VBG":
        return False
    acts = [t for t in triggers.values() if t.anchor == ger or t.token == ger]
    for t in acts:
        t.suppressed = True
    return bool(acts)


ABSTAINING = {"refrain", "desist", "abstain"}
HOSTILE_ACTS = {"ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "THREATEN"}
FRIENDLY_ACTS = {"AID", "COOPERATE", "CONSULT"}
CEASEFIRE_ROW = Row("stop", "V", (), "RETREAT", "ceasefire", 0.6)
EASED_ROW = Row("stop", "V", (), "CONCEDE", None, 0.6)
CUT_OFF_ROW = Row("stop", "V", (), "SANCTION", "discontinue", 0.6)


def _stopped_acts(sent: SpacySpan, triggers: dict[int, Trigger]) -> None:
    """'The army stopped shelling the town', 'troops refrained from firing on X': a party
    that ends (or holds back) its own hostile act yields (RETREAT ceasefire for fighting,
    else CONCEDE); 'the bank stopped disbursing funds to X', 'ceased cooperating with X': one
    that ends its help or cooperation cuts it off (SANCTION discontinue). The act itself is no
    event then; the recipient stays the act's."""
    from wirecoder.extract.eventcoding.arguments import arguments

    for tok in sent:
        if tok.pos_ != "VERB" or any(c.dep_ == "neg" for c in tok.children):
            continue
        lemma = lem(tok)
        if lemma in CESSATIVE:
            gers = [c for c in tok.children if c.dep_ in {"xcomp", "ccomp"} and c.tag_ == "VBG"]
        elif lemma in ABSTAINING:
            gers = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "from"
                    for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]
        else:
            continue
        inner = next((t for g in gers for t in triggers.values()
                      if (t.token == g or t.anchor == g) and not t.suppressed), None)
        if inner is None or (tok.i in triggers and triggers[tok.i].suppressed):
            continue
        if inner.type in HOSTILE_ACTS:
            row = CEASEFIRE_ROW if inner.type == "ASSAULT" else EASED_ROW
        elif inner.type in FRIENDLY_ACTS:
            row = CUT_OFF_ROW
        else:
            continue
        obj = arguments(inner)[1]
        inner.suppressed = True
        triggers[tok.i] = Trigger(tok, row, row.type, row.mode, row.weight, anchor=tok,
                                  subj=_subjects(tok) or _root_noun_subject(tok), obj=obj)


def _root_noun_subject(verb: Token) -> list[Token]:
    """'Ruritanian troops refrained from firing': with no main verb found the parser hangs
    the verb on its subject as a participle; that noun is the subject."""
    head = verb.head
    return [head] if verb.dep_ == "acl" and head.dep_ == "ROOT" and head.pos_ in {
        "NOUN", "PROPN"} else []


# "Peru's decision to expel", "a plan to send warships": a noun whose infinitive is the event;
# its possessor acts, and the noun sets the status.
NOUN_FRAMES = {"decision": None, "move": None, "plan": "planned", "intention": "planned",
               "readiness": "planned", "willingness": "planned", "attempt": "possible",
               "bid": "possible", "effort": "possible", "failure": "denied",
               "prospect": "possible", "possibility": "possible", "option": "possible"}
OPEN_TO = {"open", "ready", "willing", "amenable", "committed", "receptive"}


def _noun_frames(sent: SpacySpan, triggers: dict[int, Trigger]) -> None:
    """'Russia's threat to cut gas supplies', 'the union's refusal to end the strike', 'Peru's
    decision to expel the ambassador': an event noun (or a noun of deciding or planning) that
    governs an infinitive frames it as a verb would. 'the prospect of military action': a
    noun of possibility makes its event noun possible."""
    for trig in triggers.values():
        tok = trig.token
        if trig.anchor != tok or tok.pos_ != "NOUN" or tok.dep_ != "pobj" \
                or trig.status is not None:
            continue
        adj = tok.head.head
        if tok.head.lower_ in {"to", "for"} and adj.lower_ in OPEN_TO and adj.dep_ == "acomp":
            # "said it was open to talks": an offer of the event (AGREE for cooperation)
            trig.status = "planned"
            trig.subj = trig.subj or [c for c in adj.head.children if c.dep_ in SUBJ]
            continue
        status = NOUN_FRAMES.get(lem(adj)) if tok.head.lower_ == "of" else None
        if status in {"possible", "planned"}:
            trig.status = status
    for verb in sent:
        if verb.pos_ != "VERB":
            continue
        if verb.dep_ in {"acl", "relcl"} and any(c.dep_ == "aux" and c.lower_ == "to"
                                                 for c in verb.children):
            noun = verb.head
        elif verb.dep_ == "pcomp" and verb.head.lower_ == "of":  # "no intention of leaving"
            noun = verb.head.head
        else:
            continue
        inner = triggers.get(verb.i)
        if inner is None or inner.suppressed:
            inner = next((t for t in triggers.values() if t.anchor == verb
                          and not t.suppressed), None)
        if inner is None or noun.pos_ != "NOUN":
            continue
        poss = [c for c in noun.children if c.dep_ == "poss"]
        outer = triggers.get(noun.i)
        if outer is not None and not outer.suppressed and outer.anchor == noun:
            _frame(outer, inner)
            outer.inner = outer.inner or inner
            outer.weight = max(outer.weight, 0.8)  # a noun with its content spelled out
            if outer.type != "REQUEST":  # the one asked acts, not the asker
                inner.subj = inner.subj or poss
        elif lem(noun) in NOUN_FRAMES:
            status = NOUN_FRAMES[lem(noun)]
            if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
                status = "denied"  # "had no intention of withdrawing"
            if status and inner.status is None:
                inner.status = status
                inner.negated = status == "denied"
            if not poss and noun.dep_ == "dobj":  # "it had no plan to", "made a bid to"
                poss = [c for c in noun.head.children if c.dep_ in SUBJ]
            inner.subj = inner.subj or poss


REVERSIBLE = {"SANCTION", "COERCE"}
# Codebook CONCEDE: suspending a protest, halting (not yet withdrawing) an offensive.
HALTING = {"halt", "suspend", "stop", "end", "cease", "pause", "cancel"}
HALTED = {"ASSAULT", "PROTEST"}
REVERSE_ROW = Row("reverse", "V", (), "CONCEDE", None, 0.7)


def _reversals(sent: SpacySpan, triggers: dict[int, Trigger], lex: Lexicon) -> None:
    """'lifted the ban', 'reduced tariffs on X', 'revoked the order on his detention': a verb
    that undoes a restriction is a CONCEDE, and the restriction is no event of its own."""
    restrictive = lex.classes.get("RESTRICTIVE", frozenset())
    for tok in sent:
        if tok.pos_ != "VERB" or (lem(tok) not in lex.reverse and lem(tok) not in HALTING):
            continue
        halting = lem(tok) in HALTING
        objs = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
        objs += [g for c in objs for g in c.conjuncts]
        objs += [g for c in (*objs, tok) for p in c.children if p.dep_ == "prep"
                 and p.lower_ in {"on", "of"} for g in p.children if g.dep_ == "pobj"]
        undone = [o for o in objs if (o.i in triggers and triggers[o.i].type in REVERSIBLE)
                  or (halting and o.i in triggers and triggers[o.i].type in HALTED)
                  or (lem(o) in restrictive and lem(tok) in lex.reverse)]
        if not undone:
            continue
        for o in undone:
            if o.i in triggers and o.i != tok.i:
                triggers[o.i].suppressed = True
        outer = triggers.get(tok.i)
        if outer is None:
            outer = Trigger(tok, REVERSE_ROW, "CONCEDE", None, REVERSE_ROW.weight, anchor=tok)
            triggers[tok.i] = outer
        outer.type, outer.mode, outer.suppressed = "CONCEDE", None, False
        outer.weight = max(outer.weight, REVERSE_ROW.weight)


ABANDONING = {"abandon", "shelve", "scrap", "drop", "ditch", "cancel"}
PLANS = {"plan", "proposal", "bid", "idea", "threat", "attempt", "intention", "decision"}


def _abandoned_plans(sent: SpacySpan, triggers: dict[int, Trigger]) -> None:
    """"abandoned its plan to postpone the elections": what was planned will not happen, so
    it is no event; the abandoning is (a CONCEDE where the lexicon says so)."""
    for tok in sent:
        if tok.pos_ != "VERB" or lem(tok) not in ABANDONING or tok.i not in triggers:
            continue
        for plan in (c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}
                     and lem(c) in PLANS):
            for act in plan.children:
                if act.dep_ == "acl" and act.i in triggers:
                    triggers[act.i].suppressed = True


def _protest_demands(triggers: dict[int, Trigger]) -> None:
    """PLOVER: a demand made by demonstrating is part of the PROTEST, not a REQUEST."""
    protests = [t for t in triggers.values() if t.type == "PROTEST" and not t.suppressed]
    if not protests:
        return
    # the verb that carries each protest: its own, a light verb's ("staged a march"), or
    # the verb it is a phrase of ("went on strike demanding …")
    carriers = {t.token.i for t in protests} | {t.anchor.i for t in protests} | {
        t.token.head.head.i for t in protests if t.token.dep_ == "pobj"}
    for trig in triggers.values():
        if trig.type != "REQUEST" or trig.suppressed:
            continue
        cur = trig.token
        # "marched through the capital demanding …": the parser may hang the demand on the
        # route's noun, three steps below the march
        for _ in range(3):
            if cur.head == cur:
                break
            cur = cur.head
            if cur.i in carriers:
                trig.suppressed = True
                break


PROTEST_ROW = Row("protest", "V", (), "PROTEST", "demo", 0.6)
OPPOSING = {"oppose", "protest", "denounce", "decry", "demand", "condemn", "reject"}


def _crowd_act(verb: Token, triggers: dict[int, Trigger], lex: Lexicon) -> list[Token]:
    """The subject of 'farmers drove their tractors into Brussels': protesters doing
    something that is no event of its own (nor a saying); [] for any other verb."""
    if verb.pos_ != "VERB" or lem(verb) in SAY_VERBS or (
            verb.i in triggers and triggers[verb.i].row is not CROWD_MOVED):
        return []
    crowd = [c for c in verb.children if c.dep_ == "nsubj"]
    return crowd if any(_in_class(h, "PROTESTER", lex) for h in _partitives(crowd)) else []


def _protest_purposes(triggers: dict[int, Trigger], lex: Lexicon) -> None:
    """"Farmers drove tractors into Brussels to oppose the deal": a crowd's physical act done
    to oppose or demand something is a demonstration (PROTEST), and the opposing its demand."""
    for trig in list(triggers.values()):
        tok, verb = trig.token, trig.token.head
        if trig.suppressed or lem(tok) not in OPPOSING or tok.dep_ != "advcl" or not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            continue
        rally = triggers.get(verb.i)
        if rally is not None and rally.type == "PROTEST" and not rally.suppressed:
            if trig.type != "PROTEST":
                # "thousands rallied to denounce the law": the rally is the protest, the
                # denouncing its aim, and what they denounce its recipient
                from wirecoder.extract.eventcoding.arguments import arguments

                rally.subj, rally.obj = rally.subj or _subjects(verb), arguments(trig)[1]
                trig.suppressed = True
            continue
        if not _crowd_act(verb, triggers, lex):
            continue
        triggers[verb.i] = Trigger(verb, PROTEST_ROW, "PROTEST", "demo", PROTEST_ROW.weight,
                                   anchor=verb)
        trig.suppressed = True


def _protest_against(sent: SpacySpan, triggers: dict[int, Trigger], lex: Lexicon) -> None:
    """"Farmers drove their tractors into Brussels against the trade deal": a crowd's act
    (no event of its own) done against a measure is a demonstration, as if it were done to
    oppose it."""
    for against in sent:
        verb = against.head
        if against.lower_ != "against" or against.dep_ != "prep" or not (
                crowd := _crowd_act(verb, triggers, lex)):
            continue
        # a measure, not a person ('testified against the mayor' is no demonstration)
        measures = [g for g in against.children if g.dep_ == "pobj" and g.ent_type_ not in
                    ENTITY_LABELS and g.pos_ == "NOUN" and not _in_class(g, "AGENT", lex)
                    and not _in_class(g, "HUMAN", lex)]
        if measures:
            triggers[verb.i] = Trigger(verb, PROTEST_ROW, "PROTEST", "demo",
                                       PROTEST_ROW.weight, anchor=verb, subj=crowd,
                                       obj=measures[:1])


MUST_ROW = Row("must", "V", (), "REQUEST", None, 0.75)


def _obligations(sent: SpacySpan, triggers: dict[int, Trigger]) -> None:
    """"Russia says Israel must end its attacks": a request by the speaker to the one who
    must act; the act itself is only the request's content. In a quotation with no verb of
    saying ('"The world must not give in"'), the speaker is the quotation's source, which the
    events stage reads off the claim (and drops the request when there is none)."""
    heads = _obliged(sent.doc)
    for i in range(sent.start, sent.end):
        if i not in heads:
            continue
        tok = sent.doc[i]
        say = speech_head(tok)
        inner = triggers.get(tok.i)
        if say is None and inner is None:
            continue
        req = Trigger(tok, MUST_ROW, "REQUEST", None, MUST_ROW.weight, anchor=tok,
                      subj=[c for c in say.children if c.dep_ in SUBJ] if say else [],
                      obj=[c for c in tok.children if c.dep_ in SUBJ | {"nsubjpass"}])
        if inner is not None:
            # "must not give in": a request to hold out names no act asked for
            negated = any(c.dep_ == "neg" for c in tok.children)
            req.mode = None if negated else content_mode("REQUEST", inner.type, inner.mode)
            inner.embedded = True
            inner.weight *= 0.8
            if say is None:
                inner.suppressed = True
        triggers[-tok.i - 1] = req  # a second event on the same token


REJECT_ROW = Row("out of the question", "A", (), "REJECT", None, 0.7)


def _excluded(be: Token) -> bool:
    """'is out of the question', 'is off the table', 'is not an option': the subject of the
    copula is ruled out."""
    if lem(be) != "be":
        return False
    negated = any(c.dep_ == "neg" for c in be.children)
    for c in be.children:
        objs = {g.lemma_.lower() for g in c.subtree if g.dep_ == "pobj"}
        if c.dep_ == "prep" and c.lower_ == "out" and "question" in objs:
            return True
        if c.dep_ == "prep" and c.lower_ == "off" and "table" in objs:
            return True
        if c.dep_ == "attr" and c.lemma_.lower() in {"option", "possibility"} and negated:
            return True
    return False


def _ruled_out(triggers: dict[int, Trigger]) -> None:
    """"X said lifting the ban is out of the question": X rejects the lifting (REJECT), which
    is no event of its own; the rejected act's recipient is the rejection's."""
    for trig in triggers.values():
        tok = trig.token
        if tok.dep_ not in {"nsubj", "csubj"} or not _excluded(tok.head):
            continue
        say = speech_head(tok.head)
        trig.row, trig.type, trig.mode = REJECT_ROW, "REJECT", None
        trig.subj = [c for c in say.children if c.dep_ in SUBJ] if say is not None else []


_OBLIGED = "wirecoder_obliged"


def _obliged(doc: Doc) -> frozenset[int]:
    """The tokens with a 'must' or 'should' auxiliary, found once per Doc rather than by
    walking the children of every token of every sentence."""
    heads = doc.user_data.get(_OBLIGED)
    if heads is None:
        heads = doc.user_data[_OBLIGED] = frozenset(
            t.head.i for t in doc if t.dep_ == "aux" and t.lower_ in {"must", "should"})
    return heads


ULTIMATUM_ROW = Row("give", "V", (), "THREATEN", None, 0.8)
TIME_UNITS = {"hour", "day", "week", "month", "deadline"}


def _ultimatums(sent: SpacySpan, triggers: dict[int, Trigger]) -> None:
    """"gave Kalia 48 hours to withdraw": a deadline for an act is an ultimatum, a THREATEN
    (codebook) by the giver to the one given it; the act is only demanded."""
    for tok in sent:
        if tok.pos_ != "VERB" or lem(tok) not in {"give", "set", "issue"}:
            continue
        own = triggers.get(tok.i)
        if own is not None and own.row.mode == "expel":
            continue  # "gave the envoys two weeks to leave": the deadline expels them
        # "gave the villagers 24 hours to leave": the time may parse as an adverbial noun
        time = [c for c in tok.children if c.dep_ in {"dobj", "npadvmod"}
                and lem(c) in TIME_UNITS] or [
            c for c in tok.children if c.dep_ == "prep" and c.lower_ == "until"]  # until Friday
        if not time:
            continue
        comps = [g for g in (*tok.children, *time[0].children)
                 if g.dep_ in {"xcomp", "relcl", "acl", "advcl"} and g.pos_ == "VERB"
                 and any(x.lower_ == "to" for x in g.children)]
        if not comps:
            continue
        inner = triggers.get(comps[0].i)
        threat = Trigger(tok, ULTIMATUM_ROW, "THREATEN", None, ULTIMATUM_ROW.weight,
                         anchor=tok, subj=_subjects(tok),
                         obj=[c for c in tok.children if c.dep_ == "dative"])
        if inner is not None:
            threat.inner = inner
            inner.embedded, inner.status = True, "possible"
            threat.mode = content_mode("THREATEN", inner.type, inner.mode)
        if tok.i in triggers:
            triggers[tok.i].suppressed = True
        triggers[-tok.i - 2000] = threat


KEPT_OPEN_ROW = Row("rule out", "V", (), "THREATEN", None, 0.7)
# what one keeps open as a threat: force, its own acts of war or coercion
FORCE_NOUNS = {"force", "war", "action", "strike", "intervention", "invasion", "retaliation",
               "response", "reprisal"}
# "could not rule out a leak": what can not be excluded may happen; no one's intent
EPISTEMIC = {"could", "can", "ca", "cannot"}


def _force_kept_open(triggers: dict[int, Trigger], lex: Lexicon) -> None:
    """"would not rule out the use of force", "refused to rule out military action against
    X", "did not exclude new sanctions": a party keeping its own force or coercion open is
    a veiled threat (THREATEN), not a rejection left open."""
    for trig in list(triggers.values()):
        tok = trig.token
        if trig.suppressed or tok.pos_ != "VERB" or lem(tok) not in {"rule", "exclude"} or (
                lem(tok) == "rule" and "out" not in _child_lemmas(tok, {"prt", "prep"})):
            continue
        refusal = triggers.get(tok.head.i) if tok.dep_ == "xcomp" and lem(tok.head) in {
            "refuse", "decline"} else None
        auxes = {c.lower_ for c in tok.children if c.dep_ == "aux"}
        if refusal is None and not (any(c.dep_ == "neg" for c in tok.children)
                                    and not auxes & EPISTEMIC):
            continue
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        # "the use of force", "the possibility of strikes": what is used or possible
        objs += [g for o in objs for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                 for g in p.children if g.dep_ == "pobj"]
        harm = FORCE_NOUNS | lex.classes.get("RETALIATION", frozenset())
        acts = [triggers[o.i] for o in objs if o.i in triggers
                and triggers[o.i].type in FORCE | {"MOBILIZE"}]
        if not acts and not any(lem(o) in harm for o in objs):
            continue
        subj = _subjects(tok.head if refusal is not None else tok)
        say = speech_head(tok)
        if say is not None and len(subj) == 1 and subj[0].lower_ in {"it", "they"}:
            # "China said it would not rule out": the speaker keeps it open
            subj = [c for c in say.children if c.dep_ in SUBJ and c.pos_ != "PRON"] or subj
        against = [g for o in (*objs, tok) for p in o.children if p.dep_ == "prep"
                   and p.lower_ in {"against", "on"} for g in p.children if g.dep_ == "pobj"]
        mode = content_mode("THREATEN", acts[0].type, acts[0].mode) if acts else "violence"
        for other in (trig, refusal, *acts):
            if other is not None:
                other.suppressed = True
        # anchored on the object: the negation of 'rule out' is no denial of the threat
        triggers[-tok.i - 3000] = Trigger(tok, KEPT_OPEN_ROW, "THREATEN", mode,
                                          KEPT_OPEN_ROW.weight, anchor=objs[0], subj=subj,
                                          obj=against)


FORETOLD_ROW = Row("face consequences", "V", (), "THREATEN", None, 0.65)
# "would face consequences", "will pay a heavy price", "would suffer the repercussions"
UNDERGOING = {"face", "pay", "suffer", "bear", "incur", "feel"}
HARMS = {"consequence", "price", "repercussion", "punishment", "wrath", "reprisal",
         "retaliation", "retribution", "response", "cost"}


HEAVY = {"heavy", "high", "dear", "steep", "terrible", "severe", "painful", "huge", "big"}
FOES = {"rebel", "militant", "insurgent", "terrorist", "attacker", "perpetrator", "aggressor",
        "enemy", "regime", "government", "those", "anyone", "whoever", "group", "country"}


def _foe(tok: Token, lex: Lexicon) -> bool:
    """A party one can threaten: a named one, forces, officials, armed groups."""
    return tok.lower_ not in FIRST_PERSON and (
        tok.ent_type_ in ENTITY_LABELS or tok.pos_ == "PROPN" or lem(tok) in FOES
        or any(_in_class(tok, cls, lex) for cls in ("AGENT", "MILITARY", "SUSPECT")))


def _foretold_harm(sent: SpacySpan, triggers: dict[int, Trigger], lex: Lexicon) -> None:
    """"Vardo said Dunmere would face consequences / pay a heavy price": a speaker foretelling
    another party's punishment threatens it (THREATEN by the speaker), as "warned X of
    consequences" does."""
    if any(t.type == "THREATEN" and not t.suppressed for t in triggers.values()):
        return
    for tok in sent:
        if tok.pos_ != "VERB" or lem(tok) not in UNDERGOING or not any(
                c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in tok.children):
            continue
        harms = [c for c in tok.children if c.dep_ == "dobj" and lem(c) in HARMS
                 # "the consequences of the drought" are a result; "a higher price for fuel"
                 # a cost: a price threatens when it is heavy
                 and not any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children)
                 and (lem(c) != "price" or any(a.lower_ in HEAVY for a in c.children))]
        say = speech_head(tok)
        speakers = [c for c in say.children if c.dep_ in SUBJ and c.pos_ != "PRON"] \
            if say is not None else []
        victims = [c for c in tok.children if c.dep_ in SUBJ]
        if not harms or not speakers or not victims or not _foe(victims[0], lex):
            continue  # "we will pay a price": a speaker's own cost is no threat
        if tok.i in triggers:
            triggers[tok.i].suppressed = True  # "would pay a heavy price": no payment
        triggers[-tok.i - 4000] = Trigger(tok, FORETOLD_ROW, "THREATEN", None,
                                          FORETOLD_ROW.weight, anchor=tok, subj=speakers,
                                          obj=victims)


BLAME_ROW = Row("responsible", "A", (), "ACCUSE", "allege", 0.7)
BLAME_WORDS = {"responsible", "guilty", "culpable", "behind"}


CONCERNED = {"concerned", "worried", "alarmed", "troubled", "dismayed", "disappointed",
             "outraged", "appalled", "angered", "incensed"}
# "X said the move was illegal / a violation of international law": a judgement of the
# speaker's on the clause's subject.
DISAPPROVING = {"illegal", "unlawful", "illegitimate", "unacceptable", "irresponsible",
                "reckless", "provocative", "violation", "breach", "provocation", "aggression"}


def _critic(adj: Token) -> list[Token]:
    """Who is 'critical of' something: the copula's subject ("X was critical of"), the
    clause's subject for a fronted adjective ("Critical of Y, X said"), and for a document
    that is ("issued a report critical of Y") the subject of the verb that issued it."""
    head = adj.head
    if adj.dep_ == "amod" and head.dep_ in {"dobj", "pobj"}:
        head = head.head if head.dep_ == "dobj" else head.head.head
    elif adj.dep_ == "amod":
        return [head]
    elif adj.dep_ not in {"acomp", "advcl"}:
        return []
    return [c for c in head.children if c.dep_ in SUBJ]


def _critical_of(tok: Token, triggers: dict[int, Trigger]) -> None:
    """"X was critical of Y": disapproval of Y (ACCUSE), an adjective the lexicon's verb and
    noun rows cannot carry."""
    judged = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
              for g in p.children if g.dep_ == "pobj"]
    who = _critic(tok)
    if judged and who and not any(c.dep_ == "neg" for c in (tok, *tok.head.children)):
        triggers[-tok.i - 1000] = Trigger(tok, BLAME_ROW, "ACCUSE", "disapprove", 0.6,
                                          anchor=tok, subj=who, obj=judged)


VERDICT_ROW = Row("find", "V", (), "ACCUSE", "allege", 0.8)


def _verdicts(sent: SpacySpan, triggers: dict[int, Trigger]) -> None:
    """"found the minister guilty of fraud": the one found guilty is the recipient of the
    court's ACCUSE, however the parser hangs 'guilty' ("found X guilty" as a clause, or as
    a modifier of the object); "found him not guilty" is an acquittal, no accusation."""
    for tok in sent:
        if tok.lower_ not in {"guilty", "liable"} or tok.pos_ != "ADJ":
            continue
        if tok.dep_ == "ccomp" and lem(tok.head) == "find":
            verb, judged = tok.head, [c for c in tok.children if c.dep_ in SUBJ]
        elif tok.dep_ == "amod" and tok.head.dep_ == "dobj" and lem(tok.head.head) == "find":
            verb, judged = tok.head.head, [tok.head]
        else:
            continue
        trig = triggers.get(verb.i)
        if any(c.dep_ == "neg" for c in tok.children):
            if trig is not None:
                trig.suppressed = True
            continue
        if trig is None:
            trig = triggers[verb.i] = Trigger(verb, VERDICT_ROW, "ACCUSE", "allege",
                                              VERDICT_ROW.weight, anchor=verb)
        if judged and not trig.obj:
            trig.obj, trig.subj = judged, trig.subj or _subjects(verb)


DECEIVING = {"lie", "mislead", "deceive", "rig", "falsify", "fabricate"}


def _deception(verb: Token, triggers: dict[int, Trigger]) -> None:
    """"X said the minister was lying": the speaker accuses the liar (ACCUSE allege)."""
    say = speech_head(verb)
    liar = [c for c in verb.children if c.dep_ in SUBJ and c.pos_ != "PRON"]
    # "the bodies were lying in the street", "the hard part lies ahead": a position
    placed = any((c.dep_ == "prep" and c.lower_ not in {"about", "to", "over"})
                 or c.dep_ in {"advmod", "prt"} for c in verb.children)
    if say is None or not liar or placed or any(c.dep_ == "neg" for c in verb.children) or any(
            t.type == "ACCUSE" for t in triggers.values()):
        return
    triggers[-verb.i - 1000] = Trigger(verb, BLAME_ROW, "ACCUSE", "allege", BLAME_ROW.weight,
                                       anchor=verb,
                                       subj=[c for c in say.children if c.dep_ in SUBJ],
                                       obj=liar)


JOINT_ROW = Row("jointly", "V", (), "COOPERATE", None, 0.55)
JOINTLY = {"jointly", "together"}
# "stood together", "came together", "sat together": being together is no joint material act
NOT_JOINT = {"be", "come", "get", "live", "stand", "sit", "remain", "stay", "go"}


def _joint_acts(sent: SpacySpan, triggers: dict[int, Trigger]) -> None:
    """"Kenyan and Ugandan police traced the funds together": an act two parties do jointly
    is a COOPERATE between them, whatever the verb (the lexicon has rows for the usual ones)."""
    for tok in sent:
        if tok.pos_ != "VERB" or tok.i in triggers or lem(tok) in NOT_JOINT:
            continue
        # "together with the FBI": the partner hangs on the 'with' the adverb modifies
        partners = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "with"
                    and any(c.lower_ in JOINTLY for c in p.children)
                    for g in p.children if g.dep_ == "pobj"]
        subj = [c for c in tok.children if c.dep_ in SUBJ]
        if not subj or not (partners or (subj[0].conjuncts and any(
                c.dep_ == "advmod" and c.lower_ in JOINTLY for c in tok.children))):
            continue
        triggers[tok.i] = Trigger(tok, JOINT_ROW, "COOPERATE", None, JOINT_ROW.weight,
                                  anchor=tok, subj=subj, obj=partners)


def _blame(sent: SpacySpan, triggers: dict[int, Trigger]) -> None:
    """"The government said militants were responsible": an accusation by the speaker."""
    for tok in sent:
        if tok.lower_ == "critical" and tok.pos_ == "ADJ":
            _critical_of(tok, triggers)
            continue
        if tok.lower_ in CONCERNED and tok.dep_ == "acomp" and not any(
                t.type == "ACCUSE" for t in triggers.values()):
            # "was deeply concerned about the arrests in X": an expression of disapproval
            about = [g for p in tok.children if p.dep_ == "prep" and p.lower_ in {
                "about", "over", "by", "at"} for g in p.children if g.dep_ == "pobj"]
            who = [c for c in tok.head.children if c.dep_ in SUBJ]
            if about and who and not any(c.dep_ == "neg" for c in tok.head.children):
                triggers[-tok.i - 1000] = Trigger(tok, BLAME_ROW, "ACCUSE", "disapprove", 0.6,
                                                  anchor=tok, subj=who, obj=about)
            continue
        if tok.pos_ == "VERB" and lem(tok) in DECEIVING:
            _deception(tok, triggers)
            continue
        word = tok.lower_ if tok.pos_ == "ADJ" else tok.lemma_.lower()
        if (tok.lower_ not in BLAME_WORDS and word not in DISAPPROVING) \
                or tok.dep_ not in {"acomp", "prep", "attr"}:
            continue
        verb = tok.head
        if tok.lower_ == "behind" and lem(verb) != "be":
            continue  # "was behind the attack" blames; "stands behind Guyana" backs it
        say = speech_head(verb)
        if say is None or any(t.type == "ACCUSE" for t in triggers.values()) or any(
                c.dep_ == "neg" for c in verb.children):
            continue
        mode = "allege" if tok.lower_ in BLAME_WORDS else "disapprove"
        triggers[-tok.i - 1000] = Trigger(
            tok, BLAME_ROW, "ACCUSE", mode, BLAME_ROW.weight, anchor=tok,
            subj=[c for c in say.children if c.dep_ in SUBJ],
            obj=[c for c in verb.children if c.dep_ in SUBJ])


CONFIRMING = {"confirm", "acknowledge", "verify", "corroborate"}


def confirm_or_deny(tok: Token) -> bool:
    """'neither confirmed nor denied', 'would not confirm or deny': a verb of denial
    coordinated by 'or'/'nor' with one of confirming leaves the matter open; it rejects
    nothing."""
    first = tok.head if tok.dep_ == "conj" else tok
    pair = [first, *first.conjuncts]
    return any(c.dep_ == "cc" and c.lower_ in {"or", "nor"} for c in first.children) and any(
        lem(t) in CONFIRMING for t in pair) and any(lem(t) in {"deny", "dispute"} for t in pair)


def speech_head(tok: Token) -> Token | None:
    cur = tok
    for _ in range(3):
        if cur.dep_ in {"ccomp", "parataxis", "conj"} and lem(cur.head) in SAY_VERBS:
            return cur.head
        if cur.head == cur:
            return None
        cur = cur.head
    return None


def _purposive(trig: Trigger) -> bool:
    """A call or an unspecific dispatch whose purpose clause is the real event ("called X to
    congratulate him", "sent experts to investigate")."""
    return trig.row.mode == "phone" or (trig.type == "AID" and not trig.row.conds
                                        and lem(trig.token) in {"send", "dispatch"})


PURPOSE_NOUNS = {"bid", "effort", "attempt", "rush", "drive", "push", "move"}


def _aim(tok: Token) -> Token | None:
    """'sent experts in a bid to investigate': the infinitive of a purpose noun."""
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ == "in":
            for n in p.children:
                if n.dep_ == "pobj" and n.lower_ in PURPOSE_NOUNS:
                    return next((v for v in n.children if v.dep_ in {"acl", "relcl"}
                                 and v.pos_ == "VERB"
                                 and any(g.lower_ == "to" for g in v.children)), None)
    return None


def _hyphen_piece(tok: Token) -> bool:
    """'re' and '-' of a split 're-open', which the parser may make verbs of their own."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.text == "-" or (nxt is not None and nxt.text == "-" and not nxt.whitespace_
                               and not tok.whitespace_)


def _for_clause(c: Token) -> bool:
    """'called for Kalia to withdraw': an infinitive clause introduced by 'for'."""
    return c.dep_ in {"advcl", "acl", "relcl"} and c.pos_ == "VERB" and any(
        g.dep_ == "mark" and g.lower_ == "for" for g in c.children) and any(
        g.dep_ == "aux" and g.lower_ == "to" for g in c.children)


def _complement(tok: Token) -> Token | None:
    for c in tok.children:
        if _for_clause(c):
            return c
        if c.dep_ in {"xcomp", "ccomp"} and c.pos_ in {"VERB", "AUX"} and not _hyphen_piece(c):
            if c.dep_ == "ccomp" and lem(tok) in SAY_VERBS:
                return None
            return c
        if c.dep_ == "prep" and c.lower_ in {"from", "of", "to"}:  # refrained from, accused of
            for g in c.children:
                if g.dep_ == "pcomp" and g.pos_ == "VERB":
                    return g
    return None


def content_mode(outer: str, inner: str, inner_mode: str | None = None) -> str | None:
    if outer == "THREATEN":
        return {"ASSAULT": "violence", "MOBILIZE": "violence", "COERCE": {
            "arrest": "arrest", "deport": "expel"}.get(inner_mode or "", "restrict"),
                "SANCTION": "relations" if inner_mode == "discontinue" else "restrict",
                "PROTEST": "restrict", "REJECT": "relations"}.get(inner)
    if outer in {"REQUEST", "REJECT"}:
        if inner_mode == "resign":  # calls for a resignation ask for a change of leadership
            return "change"
        return {"RETREAT": "yield", "CONCEDE": "yield", "CONSULT": "meet", "AID": "assist",
                "COOPERATE": "assist", "AGREE": "meet"}.get(inner, "change")
    return None


UNREALISED = {"draft": "planned", "proposed": "planned", "planned": "planned",
              "prospective": "planned", "possible": "possible", "potential": "possible"}


def _negated_disjunct(verb: Token) -> bool:
    """'did not name any country or give evidence': a verb joined by 'or'/'nor' to a negated
    one, with no subject or auxiliary of its own, shares the negation."""
    if verb.dep_ != "conj" or any(c.dep_ in SUBJ or c.dep_ in {"aux", "auxpass"}
                                  for c in verb.children):
        return False
    head = verb.head
    return any(c.dep_ == "cc" and c.lower_ in {"or", "nor"} for c in head.children) and \
        any(c.dep_ == "neg" for c in head.children)


def status_cues(trig: Trigger, lex: Lexicon) -> str | None:
    """Status from negation, modal auxiliaries and adverbs on the trigger's verb chain."""
    chain = [trig.anchor]
    purpose = trig.anchor.dep_ == "advcl" and any(c.lower_ == "to" for c in trig.anchor.children)
    if trig.anchor.dep_ in {"xcomp", "conj"} or purpose:
        chain.append(trig.anchor.head)
    elif trig.anchor.pos_ == "NOUN":
        verb = _governing_verb(trig.anchor)
        if verb is not None:
            chain.append(verb)  # "will lead a delegation on a visit": the visit is planned
    # "will not go to Moscow to meet him": the negation of the trip covers its purpose.
    negated = any(c.dep_ == "neg" or (c.lower_ in NEG_WORDS and c.dep_ in {"advmod", "det"})
                  for t in (chain if purpose else chain[:1]) for c in t.children)
    if trig.token != trig.anchor:
        negated = negated or any(c.dep_ == "det" and c.lower_ == "no" for c in trig.token.children)
    negated = negated or _negated_disjunct(trig.anchor)
    conditional = any(c.dep_ == "mark" and c.lower_ in {"if", "unless"}
                      for c in trig.anchor.children)
    if negated:
        trig.negated = True
        # "the vaccines could spoil if they were not delivered": a condition asserts nothing,
        # so its negation denies nothing either
        return "possible" if conditional else "denied"
    if trig.token.pos_ == "NOUN":
        # "the draft agreement", "a proposed ceasefire", "a possible offensive": not yet done
        for c in trig.token.children:
            if c.dep_ in {"amod", "compound"} and c.lower_ in UNREALISED:
                return UNREALISED[c.lower_]
    # Headline future: "Ghana to send medics to Malawi" (a main verb with only "to").
    if trig.anchor.dep_ == "ROOT" and trig.anchor.tag_ == "VB" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in trig.anchor.children) and any(
            c.dep_ in SUBJ for c in trig.anchor.children):
        return "planned"
    # "If Borduria attacks, …": a condition is only a possibility.
    if conditional:
        return "possible"
    for tok in chain:
        for c in tok.children:
            if c.dep_ in {"aux", "advmod"} and c.lower_ in lex.status_cues:
                # "said they would boycott": reported future, not a mere possibility.
                if c.lower_ == "would" and under_speech(tok):
                    return "planned"
                return lex.status_cues[c.lower_]
        if tok != trig.anchor:
            break
    return None


def _governing_verb(noun: Token) -> Token | None:
    """The verb whose object (or object's prepositional phrase) an event noun is: 'will lead a
    delegation on a visit to X' -> lead."""
    cur = noun
    for _ in range(4):
        if cur.dep_ not in {"pobj", "prep", "dobj"} or cur.head == cur:
            return None
        cur = cur.head
        if cur.pos_ in {"VERB", "AUX"}:
            return cur
    return None


# "would not hesitate to cut supplies": a negated verb of holding back asserts the act
LITOTES = {"hesitate", "balk", "baulk", "flinch"}


def litotes(trig: Trigger) -> bool:
    """The trigger is the complement of a negated 'hesitate' ("will not hesitate to strike"):
    its negation, or a negative claim around it, does not deny the act, it announces it."""
    head = trig.anchor.head
    return trig.anchor.dep_ == "xcomp" and lem(head) in LITOTES and any(
        c.dep_ == "neg" for c in head.children)


def under_speech(tok: Token) -> bool:
    """The trigger sits in the complement of a verb of saying ("officials said X attacked")."""
    cur = tok
    for _ in range(6):
        if cur.dep_ in {"ccomp", "parataxis"} and lem(cur.head) in SAY_VERBS:
            return True
        if cur.head == cur:
            return False
        cur = cur.head
    return False
