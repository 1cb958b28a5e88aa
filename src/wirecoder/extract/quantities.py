"""Quantities: counted numbers (troops, missiles, killed …) with bounds and approximation.

A quantity is a run of number tokens ("11,000", "six", "1.5 million", "tens of thousands")
that is not part of a date, time, percentage, ordinal or age, together with what it counts:
the noun it modifies ("troops", "missiles"), or, for people who were killed, wounded or
displaced, the participle that says what happened to them ("killed"). Money is kept with
its currency's code (``counted="USD"``, ``"EUR"``: CURRENCY) so that it is never mistaken for
troops. A percentage is kept only where it names its measure ("turnout at 72 percent":
``percent turnout``; "41 percent of the vote": ``percent of the vote``), and the numbers of a
vote tally say their side in ``counted`` ("by a vote of 19 to 3": ``votes in favour``,
``votes against``, ``abstentions``).

``fate`` says what happened to the counted things, from the verb or noun that governs the
count: "six missiles were fired" (fired), "five were shot down" (intercepted), "the
deployment may grow to 100,000 troops" (deployed). The same verb can mean different fates for
different things: troops "sent" are deployed, missiles "sent" are supplied. In a partitive
("shot down five of the six missiles") the whole is what was fired. A number with no such
verb ("10,000 troops are in Russia") has no fate; the linker decides what it continues.
"""

from __future__ import annotations

import functools
import re
from typing import cast

from spacy.tokens import Doc, Token

from wirecoder.extract.casualties import CASUALTY_VERBS, CASUALTY_WORDS, TOLL_WORDS
from wirecoder.extract.spans import doc_text, timexes_in, token_at
from wirecoder.model import Analysis, Bound, Fate, Quantity

WORD_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1, "dozen": 12,
}
MULTIPLIERS = {"hundred": 100, "thousand": 1_000, "million": 1_000_000,
               "billion": 1_000_000_000, "trillion": 1_000_000_000_000, "k": 1_000, "m": 1_000_000,
               "bn": 1_000_000_000}
# "tens of thousands", "hundreds", "dozens": vague plurals, always approximate and a lower
# bound of two of the unit ("dozens" >= 24, "tens of thousands" >= 20,000), so that a side's
# "dozens" is never read as fewer than its own dozen.
VAGUE = {"dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1_000, "tens": 10,
         "millions": 1_000_000, "billions": 1_000_000_000}

LOWER = ("at least", "more than", "over", "upwards of", "in excess of", "above", "exceeding",
         "at minimum", "greater than")
UPPER = ("up to", "as many as", "fewer than", "less than", "at most", "under", "below",
         "nearly", "almost", "just under", "at maximum")
# A negated comparison bounds the other way: "no more than 6,000" is at most 6,000, "not
# fewer than 20" at least 20.
NEGATIONS = {"no", "not", "never"}
APPROX = ("about", "some", "nearly", "roughly", "around", "approximately", "almost", "estimated",
          "close to", "circa", "upwards of")

# People nouns whose count is better named by what happened to them.
PEOPLE = {"people", "person", "civilian", "resident", "child", "man", "woman", "villager",
          "soldier", "troop", "fighter", "militant", "officer", "policeman", "worker", "student",
          "protester", "passenger", "refugee", "migrant", "member", "individual", "pilgrim"}
# What happened to counted people, by the lemma of the word that says it (the casualty words
# are casualties.py's, which the linker reads too).
FATES = {**CASUALTY_VERBS, "dead": CASUALTY_WORDS["dead"], "displace": "displaced",
         "flee": "displaced", "evacuate": "evacuated", "arrest": "arrested",
         "detain": "detained", "abduct": "abducted", "kidnap": "abducted",
         "capture": "captured", "miss": "missing", "shoot": "shot", "release": "released"}
CURRENCY = {"$": "USD", "us$": "USD", "dollar": "USD", "€": "EUR", "euro": "EUR", "£": "GBP",
            "pound": "GBP", "rouble": "RUB", "ruble": "RUB", "yuan": "CNY", "hryvnia": "UAH",
            "yen": "JPY", "rupee": "INR"}
SKIP_ENTS = {"DATE", "TIME", "PERCENT", "ORDINAL"}
AGE_WORDS = {"old", "aged", "age"}
_NUM_RE = re.compile(r"^\d[\d,]*(\.\d+)?$|^\d+(\.\d+)?[km]$|^\d*\.\d+$")


def _word_value(tok: Token) -> float | None:
    return _value_of(tok.lower_)


@functools.lru_cache(maxsize=8192)  # asked for every token, and words repeat
def _value_of(lower: str) -> float | None:
    low = lower.replace(",", "")
    if _NUM_RE.match(low):
        mult = 1
        if low[-1] in "km":
            mult, low = MULTIPLIERS[low[-1]], low[:-1]
        try:
            return float(low) * mult
        except ValueError:
            return None
    if "-" in low:  # twenty-five
        parts = low.split("-")
        if all(p in WORD_NUMBERS for p in parts):
            return float(sum(WORD_NUMBERS[p] for p in parts))
    if low in WORD_NUMBERS and low not in {"a", "an"}:
        return float(WORD_NUMBERS[low])
    return None


def _is_num(tok: Token) -> bool:
    low = tok.lower_
    return (_value_of(low) is not None or (low in MULTIPLIERS and low not in {"k", "m"})
            or low in VAGUE)


def _runs(doc: Doc) -> list[tuple[int, int]]:
    """Maximal runs of number tokens, with 'of' inside 'tens of thousands' and 'a' before a
    multiplier ('a million')."""
    runs: list[tuple[int, int]] = []
    i, n = 0, len(doc)
    while i < n:
        tok = doc[i]
        starts = _is_num(tok) or (tok.lower_ in {"a", "an"} and i + 1 < n
                                  and doc[i + 1].lower_ in {*MULTIPLIERS, "dozen"})
        if not starts or (tok.lower_ in {"a", "an"} and i + 1 >= n):
            i += 1
            continue
        j = i + 1
        while j < n:
            nxt = doc[j]
            joins_vague = (nxt.lower_ == "of" and doc[j - 1].lower_ in VAGUE and j + 1 < n
                           and doc[j + 1].lower_ in {*VAGUE, *MULTIPLIERS})
            joins_hundred = (nxt.lower_ == "and" and j + 1 < n and doc[j - 1].lower_ == "hundred"
                             and _word_value(doc[j + 1]) is not None)
            if _is_num(nxt) or nxt.lower_ == "dozen" or joins_vague or joins_hundred:
                j += 1
            else:
                break
        runs.append((i, j))
        i = j
    return runs


def _value(toks: list[Token]) -> tuple[float, bool]:
    """Numeric value of a run and whether it is vague ('hundreds', 'tens of thousands')."""
    total, current, vague = 0.0, 0.0, False
    for tok in toks:
        low = tok.lower_
        if low in {"of", "and"}:
            continue
        if low in VAGUE:
            # The first vague plural is at least two of its unit; later ones ("of thousands")
            # are the unit that count is in.
            current = (current or (1 if vague else 2)) * VAGUE[low]
            vague = True
            continue
        if low in {"a", "an"}:
            current = current or 1
            continue
        if low in MULTIPLIERS:
            current = (current or 1) * MULTIPLIERS[low]
            if MULTIPLIERS[low] >= 1000:
                total, current = total + current, 0.0
            continue
        if low == "dozen":
            current = (current or 1) * 12
            continue
        v = _word_value(tok)
        if v is not None:
            current += v
    return total + current, vague


def _preceding(doc: Doc, i: int, k: int = 3) -> str:
    return " ".join(t.lower_ for t in doc[max(0, i - k):i])


def _ends_with(prefix: str, phrases: tuple[str, ...]) -> str | None:
    for p in sorted(phrases, key=len, reverse=True):
        if prefix == p or prefix.endswith(" " + p):
            return p
    return None


# Bound cues, longest first so that "just under" wins over "under".
BOUND_CUES: tuple[tuple[str, Bound], ...] = tuple(sorted(
    [*((p, "lower") for p in LOWER), *((p, "upper") for p in UPPER)],
    key=lambda pb: -len(pb[0])))
FLIPPED: dict[Bound, Bound] = {"lower": "upper", "upper": "lower", "exact": "exact"}


def _bound(before: str) -> Bound:
    """The bound the words before a number set; a negation before a comparison turns it
    round ('no more than 6,000': upper; 'not less than 20': lower)."""
    for cue, bound in BOUND_CUES:
        if before == cue or before.endswith(" " + cue):
            rest = before[:len(before) - len(cue)].split()
            negated = bool(rest) and rest[-1] in NEGATIONS and cue.endswith(" than")
            return FLIPPED[bound] if negated else bound
    return "exact"


def _of_objects(tok: Token) -> list[Token]:
    """The objects of an 'of' under ``tok``: 'five of the six missiles', 'the number of dead'."""
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj"]


def _counted(doc: Doc, start: int, end: int) -> str | None:
    last = doc[end - 1]
    prev = doc[start - 1] if start > 0 else None
    if prev is not None and (prev.text in CURRENCY or prev.lower_ in CURRENCY):
        return CURRENCY.get(prev.text, CURRENCY.get(prev.lower_))
    noun: Token | None = None
    if end < len(doc) and doc[end].lower_ in TOLL_WORDS and (
            last.head.i == end or doc[end].head.i == last.i or (
                doc[end].dep_ == "oprd" and doc[end].head == last.head)) and not (
            end + 1 < len(doc) and doc[end + 1].pos_ in {"NOUN", "PROPN"}):
        # "put the toll at five dead", "left 12 dead": the adjective names the fate
        return TOLL_WORDS[doc[end].lower_]
    if end + 1 < len(doc) and doc[end].text[:1].isupper() and doc[end].pos_ in {"ADJ", "PROPN"} \
            and (fate_word := _casualty_word(doc[end + 1])) and not (
            end + 2 < len(doc) and doc[end + 2].pos_ in {"NOUN", "PROPN"}):
        # "risen to seven Kyrgyz dead": a nationality between the number and its fate
        return fate_word
    of_objects = _of_objects(last)
    of_part = [g for g in of_objects if g.pos_ == "NOUN"]
    if last.dep_ == "nummod" and last.head.i >= end and last.head.pos_ in {"NOUN", "PROPN"} \
            and last.head.ent_type_ != "DATE":
        # "six US-made ATACMS missiles": the parse names the counted noun past its modifiers.
        noun = last.head
    elif of_word := [g for g in of_objects if _casualty_word(g)]:
        return _casualty_word(of_word[0])  # "three of the wounded", "all five of the dead"
    elif of_part:
        noun = of_part[0]  # "five of the six missiles"
    elif end < len(doc) and doc[end].pos_ in {"NOUN", "PROPN"} and doc[end].ent_type_ != "DATE":
        noun = doc[end]
        # "11,000 Russian troops", "six ballistic missiles": walk to the head noun.
        while noun.dep_ in {"compound", "amod"} and noun.head.i > noun.i and noun.head.pos_ in {
                "NOUN", "PROPN"}:
            noun = noun.head
    elif end < len(doc) - 1 and doc[end].pos_ == "ADJ" and doc[end + 1].pos_ == "NOUN" \
            and doc[end + 1].ent_type_ != "DATE":  # "up from 2,500 last year": no count of years
        noun = doc[end + 1]
    elif last.head.pos_ in {"NOUN", "PROPN"} and last.dep_ == "nummod" \
            and last.head.ent_type_ != "DATE":
        noun = last.head
    elif end + 1 < len(doc) and doc[end].lower_ == "of":
        # "56 of the drones", "two of its soldiers": a part of what the noun counts.
        nxt = end + 1
        while nxt < len(doc) and doc[nxt].pos_ in {"DET", "PRON", "ADJ", "NUM"} and nxt < end + 4:
            nxt += 1
        noun = doc[nxt] if nxt < len(doc) and doc[nxt].pos_ == "NOUN" else None
    if noun is not None and noun.lemma_.lower() in CURRENCY:
        return CURRENCY[noun.lemma_.lower()]
    subject = noun if noun is not None else last
    fate = _fate(subject) or _fate(last)  # "40 of the soldiers were killed"
    if fate and (noun is None or noun.lemma_.lower() in PEOPLE):
        return fate
    if noun is not None:
        word = noun.lower_ if noun.lower_ != noun.lemma_ else noun.text.lower()
        mod = doc[noun.i - 1]
        if mod.i >= end and mod.lower_ in UNIT_MODIFIERS:
            return f"{mod.lower_} {word}"  # "12 nautical miles" is not 12 miles
        return word
    return None


# Adjectives that make another unit of a unit noun: nautical miles, square kilometres.
UNIT_MODIFIERS = {"nautical", "square", "cubic", "metric", "sq"}


# Verbs that give a running figure its new value: "the toll has risen to five", "stood at 40",
# "topped 5,000"; the subject's noun may name the fate ("the deployment may grow to 100,000
# troops", "was cut to 2,000 troops").
MOVES = {"rise", "climb", "reach", "increase", "jump", "grow", "stand", "hit", "soar", "swell",
         "fall", "drop", "reduce", "raise", "revise", "put", "boost", "cut", "bring", "double",
         "expand", "lower", "top", "exceed"}
TALLIES = {"number", "figure", "count", "total", "tally"}
FIGURES = TALLIES | {"toll"}  # the subjects a running figure can have
TOLLS = {"death": "killed", "injury": "wounded", "casualty": "casualties"}


def _casualty_word(tok: Token) -> str | None:
    """'the dead', 'the wounded', 'the injured': the casualties the word names, if it does."""
    return CASUALTY_WORDS.get(tok.lower_)


def _figure_of(doc: Doc, end: int) -> str | None:
    """What a running figure counts when its subject names it: 'the death toll has risen to
    five' (killed), 'the number of wounded rose to 11' (wounded), 'the number of people
    injured climbed to 40' (wounded), 'the number of refugees reached 10,000' (refugees)."""
    last = doc[end - 1]
    verb = last.head.head if last.dep_ == "pobj" and last.head.lower_ in {"to", "at"} \
        else last.head if last.dep_ in {"dobj", "attr"} else None
    if verb is None:
        return None
    # "put the number of soldiers sent to the border at 5,000": the parse may hang "at" on the
    # clause inside the figure's noun phrase; the verb that sets the figure is above it.
    verb = next((v for v in (verb, *list(verb.ancestors)[:5]) if v.lemma_.lower() in MOVES),
                None)
    if verb is None:
        return None
    # "the toll has risen to five"; "diplomats put the number of soldiers at 5,000"
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}
                 and c.lemma_.lower() in FIGURES), None) or next(
        (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in FIGURES), None)
    if subj is None or (subj.lemma_.lower() in TALLIES and not _of_objects(subj)):
        return _strength_of(verb)
    lemma = subj.lemma_.lower()
    if lemma == "toll":
        kinds = [TOLLS[c.lemma_.lower()] for c in subj.children
                 if c.dep_ in {"compound", "amod"} and c.lemma_.lower() in TOLLS]
        return kinds[0] if kinds else "killed"  # a bare "toll" is the death toll
    if lemma not in TALLIES:
        return None
    of = _of_objects(subj)
    if not of:
        return None
    noun = of[0]
    if word := _casualty_word(noun):
        return word
    if noun.pos_ != "NOUN":
        return None
    if noun.lemma_.lower() in PEOPLE and (fate := _fate(noun)):
        return fate
    return noun.lower_


# A force's size as a noun: "its troop presence", "police numbers", "the troop contingent".
STRENGTHS = {"presence", "strength", "number", "level", "contingent", "deployment", "force",
             "size", "headcount", "total", "figure", "count"}
# Countable things a verb that moves a figure can take as its object: "cut its forces to 2,000".
MOVED_THINGS = PEOPLE | {"force", "troop", "personnel", "serviceman", "marine", "sailor",
                         "missile", "drone", "rocket", "vessel", "ship", "tank", "aircraft"}


def _strength_of(verb: Token) -> str | None:
    """What a force's new size counts when the verb's object or subject names the force:
    'increased its troop presence to 10,000' (troops), 'police numbers rose to 800' (police),
    'cut its forces in the region to 2,000' (forces)."""
    for c in verb.children:
        if c.dep_ not in {"nsubj", "nsubjpass", "dobj"}:
            continue
        lemma = c.lemma_.lower()
        kind = next((m for m in c.children if m.dep_ == "compound" and m.pos_ == "NOUN"),
                    None) if lemma in STRENGTHS else None
        if kind is not None:
            word = kind.lemma_.lower()
            return word if word.endswith("s") or word in {"police", "personnel"} else word + "s"
        if c.tag_ in {"NNS", "NNPS"} and lemma in MOVED_THINGS:
            return c.lower_
    return None


def _fate(tok: Token) -> str | None:
    """'12 people were killed', 'killing 12 civilians', '12 dead': what happened to them."""
    head = tok.head
    if head.lemma_.lower() == "shoot" and any(c.lower_ == "down" for c in head.children):
        return None  # "five were shot down": missiles or aircraft intercepted, not people shot
    if tok.dep_ in {"nsubjpass", "nsubj", "dobj", "attr"} and head.lemma_.lower() in FATES:
        return FATES[head.lemma_.lower()]
    for child in tok.children:
        if child.dep_ in {"acl", "amod", "relcl"} and child.lemma_.lower() in FATES:
            return FATES[child.lemma_.lower()]
    return None


# --- fate: what happened to the counted things ------------------------------------------

# Things that are fired, intercepted or hit; for them "sent" means supplied, "destroyed"
# means intercepted and "reached" means hit.
PROJECTILES = {"missile", "drone", "rocket", "shell", "projectile", "uav", "bomb", "warhead",
               "munition", "interceptor", "shahed", "atacms"}
# Beyond PEOPLE: nouns for armed people that are deployed rather than killed by default.
FORCES = {"troop", "force", "serviceman", "servicemen", "personnel", "marine", "sailor",
          "pilot", "mercenary", "reservist", "conscript", "recruit", "volunteer", "engineer",
          "specialist", "instructor", "prisoner", "hostage", "guard", "commando"}
VERB_FATES: dict[str, Fate] = {
    "fire": "fired", "launch": "fired", "lob": "fired",
    "intercept": "intercepted", "repel": "intercepted", "neutralise": "intercepted",
    "neutralize": "intercepted", "down": "intercepted",
    "hit": "hit", "strike": "hit", "damage": "damaged", "destroy": "destroyed",
    "kill": "killed", "die": "killed", "execute": "killed", "massacre": "killed",
    "wound": "wounded", "injure": "wounded", "hurt": "wounded",
    "capture": "captured", "seize": "captured", "retake": "captured", "recapture": "captured",
    "arrest": "detained", "detain": "detained", "abduct": "abducted", "kidnap": "abducted",
    "release": "released", "free": "released", "swap": "released",
    "displace": "displaced", "flee": "displaced", "evacuate": "evacuated",
    "deploy": "deployed", "redeploy": "deployed", "station": "deployed", "mass": "deployed",
    "dispatch": "deployed", "send": "deployed", "ship": "deployed", "transfer": "deployed",
    "move": "deployed",
    "deliver": "supplied", "supply": "supplied", "provide": "supplied",
}
PROJECTILE_FATES: dict[str, Fate] = {
    "send": "supplied", "ship": "supplied", "transfer": "supplied", "give": "supplied",
    "destroy": "intercepted", "reach": "hit", "land": "hit", "move": "supplied"}
PEOPLE_FATES: dict[str, Fate] = {"reach": "deployed", "arrive": "deployed"}
# "the deployment of 3,000 troops", "a barrage of 40 drones".
NOUN_FATES: dict[str, Fate] = {
    "deployment": "deployed", "arrival": "deployed", "dispatch": "deployed",
    "launch": "fired", "barrage": "fired", "salvo": "fired", "volley": "fired",
    "interception": "intercepted", "death": "killed", "killing": "killed",
    "evacuation": "evacuated", "capture": "captured", "release": "released",
    "delivery": "supplied", "shipment": "supplied", "presence": "deployed"}
FATE_WORDS: set[str] = {*VERB_FATES.values(), "missing"}
# A part of a salvo that met one of these fates implies the whole was fired.
STRIKE_FATES = {"intercepted", "hit", "damaged", "destroyed"}


def _kind(counted: str | None) -> str | None:
    """'projectile', 'people' or None for a counted word ('missiles', 'soldiers', 'killed')."""
    if not counted:
        return None
    word = counted.casefold()
    forms = {word, word[:-1] if word.endswith("s") else word, word.replace("men", "man")}
    if forms & PROJECTILES:
        return "projectile"
    if forms & (PEOPLE | FORCES) or word in FATE_WORDS:
        return "people"
    return None


def _word_fate(tok: Token, kind: str | None) -> Fate | None:
    lemma = tok.lemma_.lower()
    if lemma in {"shoot", "bring", "take"}:
        # "shot down", "brought down": intercepted; people "shot" have no fate of their own.
        return "intercepted" if any(c.dep_ in {"prt", "advmod", "prep"} and c.lower_ == "down"
                                    for c in tok.children) else None
    if kind == "projectile" and lemma in PROJECTILE_FATES:
        return PROJECTILE_FATES[lemma]
    if kind == "people" and lemma in PEOPLE_FATES:
        return PEOPLE_FATES[lemma]
    if tok.pos_ in {"VERB", "ADJ"} and lemma in VERB_FATES:
        return VERB_FATES[lemma]
    if tok.pos_ in {"VERB", "ADJ"} and tok.lower_ == "missing":
        return "missing"
    return None


def _anchor(doc: Doc, start: int, end: int) -> Token:
    """The token whose place in the parse says what happened to the counted things: the
    counted noun ('six missiles were fired') or the number itself ('five were shot down')."""
    tok = next((t for t in doc[start:end] if not start <= t.head.i < end or t.head == t),
               doc[end - 1])
    # "three of nine rockets": 'three' hangs on 'nine', which counts the rockets.
    while tok.dep_ in {"quantmod", "compound", "nummod"} and tok.head.pos_ == "NUM" \
            and tok.head != tok:
        tok = tok.head
    if tok.dep_ == "nummod" and tok.head.pos_ in {"NOUN", "PROPN"}:
        return tok.head
    return tok


def _own_fate(doc: Doc, anchor: Token, kind: str | None) -> Fate | None:
    """A verb that modifies the counted noun: 'missiles fired at', 'troops that were sent'."""
    for child in anchor.children:
        if child.dep_ in {"acl", "relcl", "amod"} and (fate := _word_fate(child, kind)):
            return fate
    # A reduced relative the parser hung elsewhere: "the six drones fired overnight".
    nxt = doc[anchor.i + 1] if anchor.i + 1 < len(doc) else None
    if nxt is not None and nxt.tag_ == "VBN" and anchor.pos_ != "NUM":
        return _word_fate(nxt, kind)
    return None


# "forced 700,000 from their homes", "drove thousands of villagers out of their homes": the
# people the verb moves from where they live are displaced.
UPROOTING = {"force", "drive", "chase", "push", "uproot", "expel", "evict"}
HOMES = {"home", "house", "village", "land", "town", "city", "area", "region", "district"}


def _uprooted(tok: Token) -> bool:
    """Token is the object of a verb that moves people out of their homes."""
    if tok.dep_ != "dobj" or tok.head.lemma_.lower() not in UPROOTING:
        return False
    return any(c.dep_ == "prep" and c.lower_ in {"from", "out"} and any(
        g.lemma_.lower() in HOMES for g in c.subtree) for c in tok.head.children)


def _governed_fate(doc: Doc, anchor: Token, kind: str | None) -> Fate | None:
    if fate := _own_fate(doc, anchor, kind):
        return fate
    tok = anchor
    while tok.dep_ == "conj" and tok.head.pos_ in {"NOUN", "PROPN", "NUM"}:
        tok = tok.head  # "launched 40 drones and 12 missiles"
    if _uprooted(tok):
        return "displaced"
    if tok.dep_ in {"nsubj", "nsubjpass", "dobj", "attr", "conj"} and tok.head != tok:
        return _word_fate(tok.head, kind)
    if tok.dep_ == "pobj":
        prep, gov = tok.head, tok.head.head
        if prep.lower_ == "of" and gov.pos_ == "NOUN":
            return NOUN_FATES.get(gov.lemma_.lower())
        if prep.lower_ in {"to", "at"} and gov.lemma_.lower() in MOVES:
            # "the deployment may grow to 100,000 troops": the subject names the fate.
            for c in gov.children:
                if c.dep_ in {"nsubj", "nsubjpass", "dobj"} and c.lemma_.lower() in NOUN_FATES:
                    return NOUN_FATES[c.lemma_.lower()]
    return None


def _all_but(doc: Doc, start: int) -> bool:
    """'all but two of the missiles' counts the ones the verb did NOT reach."""
    return start > 1 and doc[start - 1].lower_ == "but" and doc[start - 2].lower_ == "all"


def _whole_of(doc: Doc, start: int) -> bool:
    """The whole of a partitive: 'five of [the] six missiles', 'two of eight missiles'."""
    i = start - 1
    while i >= 0 and doc[i].pos_ in {"DET", "PRON"} and doc[i].lower_ not in {"them"}:
        i -= 1
    return i >= 1 and doc[i].lower_ == "of" and _is_num(doc[i - 1])


def _fate_of(doc: Doc, start: int, end: int, counted: str | None,
             part: Quantity | None) -> Fate | None:
    if _all_but(doc, start):
        return None
    kind = _kind(counted)
    anchor = _anchor(doc, start, end)
    if part is not None and _whole_of(doc, start):
        # The whole's own verb ("the six missiles fired overnight") or, for a salvo of which
        # a part was intercepted or hit, "fired"; the part's verb is not the whole's.
        if own := _own_fate(doc, anchor, kind):
            return own
        return "fired" if kind == "projectile" and part.fate in STRIKE_FATES else None
    fate = _governed_fate(doc, anchor, kind)
    if fate is None and counted in FATE_WORDS:
        fate = cast(Fate, counted)  # "12 dead": the counted word already names it
    return fate


# "the two sides", "the two neighbours", "both countries' ministers": a definite number
# before a noun for the parties of a story names the parties, it counts nothing that happened.
DEFINITE = {"the", "both", "these", "those", "their", "its", "our"}
PARTY_NOUNS = {"side", "country", "neighbour", "neighbor", "nation", "party", "government",
               "state", "capital", "rival", "foe", "adversary", "power", "superpower", "ally",
               "delegation", "administration", "camp", "army"}


def _party_reference(doc: Doc, start: int, end: int) -> bool:
    if start == 0 or doc[start - 1].lower_ not in DEFINITE or end >= len(doc):
        return False
    last = doc[end - 1]
    noun = last.head if last.dep_ == "nummod" and last.head.i >= end else doc[end]
    if noun.i > end + 3 or noun.tag_ not in {"NNS", "NNPS"}:
        return False
    return noun.lemma_.lower() in PARTY_NOUNS or noun.lower_.rstrip("s") in PARTY_NOUNS


def _skip(doc: Doc, start: int, end: int, value: float) -> bool:
    toks = doc[start:end]
    if _party_reference(doc, start, end):
        return True
    if any(t.ent_type_ in SKIP_ENTS for t in toks):
        # "two days" is a DATE; "1,000 troops" wrongly under DATE is rare enough to accept.
        return True
    nxt = doc[end].lower_ if end < len(doc) else ""
    nxt2 = doc[end + 1].lower_ if end + 1 < len(doc) else ""
    if (nxt in {"-year", "year", "years"} and nxt2 in AGE_WORDS) or nxt == "-year-old":
        return True
    if start > 0 and doc[start - 1].lower_ in {"aged", "age", "no.", "number", "#", "page"}:
        return True
    if nxt in {"times", "fold", "-fold"}:
        return True  # "four times the figure": a ratio between counts, not a count
    if start > 1 and doc[start - 1].lower_ == "of" and doc[start - 2].pos_ == "PROPN":
        return True  # "Group of 20"
    if end - start == 1 and doc[start].is_digit and len(doc[start]) == 4 and 1900 <= value <= 2100:
        return True
    # "one of the …", pronoun "one", "no one" (nobody: a count of zero people, not of one);
    # a lone "a"/"an" never starts a run (_runs)
    return (end - start == 1 and doc[start].lower_ == "one"
            and (nxt in {"of", "another"} or doc[start].pos_ == "PRON"
                 or (start > 0 and doc[start - 1].lower_ == "no")))


# "raised the figure to 3,000", "put the number at 10,000", "the contingent at 3,000": the
# figure counts what the previous quantity counted.
FIGURE_WORDS = FIGURES | {"estimate", "contingent", "deployment"}
# Tokens between a number and the count it continues: close for a bare subject ("11,000 had
# reached the region"), further for an explicit anaphor ("the figure", "of them").
NEAR, FAR = 60, 200


def _it_moves_to(doc: Doc, start: int) -> bool:
    """'warning that it could reach 200,000', 'it had risen to 19': a figure verb whose subject
    is 'it' gives the count just told its new (or projected) value."""
    tok = doc[start]
    while tok.dep_ in {"nummod", "quantmod", "compound"} and tok.head.i != tok.i:
        tok = tok.head  # the number's head: "200,000" itself, or "200,000 people"
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in {"to", "at"} \
        else tok.head if tok.dep_ in {"dobj", "attr"} else None
    return verb is not None and verb.lemma_.lower() in MOVES and any(
        c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children)


# "two were taken prisoner", "three were taken hostage": a fate said by verb and object.
TAKEN = {"prisoner": "captured", "captive": "captured", "hostage": "abducted"}
# "12 remained in a serious condition", "five are in hospital": a subset of the people just
# counted (the badly hurt), never the total of the earlier count.
STATE_VERBS = {"remain", "be", "stay", "lie"}
CONDITION_WORDS = {"condition", "hospital", "care", "critical", "serious", "stable", "icu"}
SUBSET = "hospitalised"


def _subject_state(tok: Token, counted: str) -> tuple[str, Fate | None] | None:
    """What a bare-subject number's own verb says happened to it, when that differs from the
    count it follows: a fate of its own ('two were taken prisoner': captured) or a condition
    that makes it a subset ('12 remained in a serious condition'). None: it continues."""
    verb = tok.head if tok.dep_ in {"nsubj", "nsubjpass"} else tok.head.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    lemma = verb.lemma_.lower()
    if lemma == "take":
        for c in verb.children:
            if c.dep_ in {"dobj", "oprd", "attr", "xcomp", "npadvmod"} and \
                    (fate := TAKEN.get(c.lemma_.lower())) is not None:
                return fate, cast(Fate, fate)
    if (own := _word_fate(verb, _kind(counted))) is not None:
        # "Seven were shot down": still the rockets; a count named by its fate ("37 killed")
        # is renamed by the new one.
        return (own if counted in FATE_WORDS else counted), own
    if lemma in STATE_VERBS and any(t.lemma_.lower() in CONDITION_WORDS
                                    for c in verb.children if c.dep_ != "nsubj"
                                    for t in c.subtree):
        return SUBSET, None
    return None


def _carried_over(doc: Doc, start: int, out: list[Quantity]) -> tuple[str, Fate | None] | None:
    """What a bare number counts (and what happened to it) when it continues an earlier
    count: 'the figure to 3,000', '11,000 had reached the region', 'up from 1,500'."""
    tok = doc[start]
    window = {t.lemma_.lower() for t in doc[max(0, start - 6):start]}
    # "shot down five of them": the pronoun stands for what was just counted.
    of_them = any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and g.pos_ == "PRON" for g in c.children) for c in tok.children)
    # "more than 10,000, up from 3,000": the earlier figure for the same count.
    up_from = "from" in window and bool(window & {"up", "down"})
    if {"death", "toll"} <= window:
        return "killed", "killed"  # "raised the death toll from seven to 11": both count dead
    anaphor = bool(window & FIGURE_WORDS) or of_them or up_from or _it_moves_to(doc, start)
    prev = next((q for q in reversed(out) if q.counted is not None), None)
    bare_subject = tok.head.dep_ == "nsubj" or tok.dep_ in {"nsubj", "nsubjpass"}
    if (prev is not None and prev.counted is not None and (anaphor or bare_subject)
            and start - token_at(doc, prev.span.start).i <= (FAR if anaphor else NEAR)):
        if not anaphor and (own := _subject_state(tok, prev.counted)) is not None:
            return own
        return prev.counted, prev.fate
    if of_them:
        # No earlier number: "them" stands for the last people or projectiles named.
        for t in reversed(doc[max(0, start - 40):start]):
            if t.tag_ == "NNS" and _kind(t.lower_) is not None:
                return t.lower_, None
    return None


LIST_END = {",", "and", "or", ";", ".", "while", "but"}


def _gapped(doc: Doc, start: int, end: int, out: list[Quantity]) -> Quantity | None:
    """'the manager said 24, state media 23 and the coast guard 21': in a gapped list a
    number after a source counts what the list's first figure counts, not the source noun
    the parse hangs it on. The earlier figure of the same sentence it continues, or None."""
    last = doc[end - 1]
    if last.dep_ != "nummod" or last.head.i >= start or last.head.pos_ not in {"NOUN", "PROPN"} \
            or last.head.i < start - 5 or (end < len(doc) and doc[end].lower_ not in LIST_END):
        return None
    sent = last.sent
    prev = [q for q in out if sent.start_char <= q.span.start < doc[start].idx]
    if not prev:
        return None
    between = doc_text(doc)[prev[-1].span.end:doc[start].idx]
    return prev[-1] if ("," in between or " and " in between) and len(between) < 80 else None


def _how_many(doc: Doc, start: int, end: int) -> str | None:
    """'Accounts of how many sailors were aboard differ: the owner said 24': a bare number
    answering the sentence's 'how many N' counts N."""
    if end < len(doc) and doc[end].pos_ in {"NOUN", "PROPN"}:
        return None
    sent = doc[start].sent
    for t in doc[sent.start:start]:
        if t.lower_ == "many" and t.i > 0 and doc[t.i - 1].lower_ == "how" and \
                t.head.pos_ == "NOUN" and t.head.i < start:
            return t.head.lower_
    return None


# --- percentages of a named measure and vote tallies --------------------------------------

# A percentage is skipped as a count unless it names what it measures: "turnout at 72
# percent", "41 percent of the vote". Fate is a closed set with no for/against, so the side
# of a vote goes into ``counted`` ("votes in favour") and ``fate`` stays empty.
PERCENT_UNITS = {"%", "percent", "pct"}
TURNOUT = {"turnout", "participation"}
# "turnout rose 5 percent" is a change in turnout, not turnout; "rose to 72 percent" is.
CHANGE = {"rise", "fall", "drop", "increase", "decrease", "climb", "jump", "grow", "decline",
          "dip", "slip", "gain", "lose", "surge", "plunge", "slump"}
_OF_VOTE = re.compile(r"of\s+(?:the\s+)?(?:\w+\s+)?(?:votes?|ballots)\b", re.I)


def _percent_end(doc: Doc, end: int) -> int | None:
    """Token index past the percent unit after a number ('%', 'percent', 'per cent')."""
    if end < len(doc) and doc[end].lower_ in PERCENT_UNITS:
        return end + 1
    if end + 1 < len(doc) and doc[end].lower_ == "per" and doc[end + 1].lower_ == "cent":
        return end + 2
    return None


def _percent_of(doc: Doc, start: int, end: int) -> str | None:
    """What a percentage measures when the text names it: 'percent turnout', 'percent of the
    vote'; None for a bare or unnamed percentage ('prices rose 5 percent')."""
    unit_end = _percent_end(doc, end)
    if unit_end is None:
        return None
    at = doc[unit_end - 1].idx + len(doc[unit_end - 1])
    after = doc_text(doc)[at:at + 40].lstrip()
    if _OF_VOTE.match(after):
        return "percent of the vote"
    if unit_end < len(doc) and doc[unit_end].lower_ in TURNOUT:
        return "percent turnout"  # "a 72 percent turnout"
    # "turnout at 72 percent", "turnout was put at 72%": the measure a few words before.
    gap: list[Token] = []
    for i in range(start - 1, max(-1, start - 7), -1):
        tok = doc[i]
        if tok.lower_ in TURNOUT:
            lemmas = {t.lemma_.lower() for t in gap}
            if lemmas & CHANGE and not lemmas & {"to", "at"}:
                return None
            return "percent turnout"
        if tok.is_punct or tok.is_sent_start or _is_num(tok):
            return None
        gap.append(tok)
    return None


_N = r"(\d[\d,]*|[a-z]+(?:-[a-z]+)?)"
_DASH = r"\s*(?:to|-|–|—)\s*"
# "by a vote of 19 to 3", "voted 61-38", "by 230 votes to 190", "the vote was 9-2".
_TALLY = re.compile(rf"\b(?:vote\s+(?:of|was)|voted|votes\s+of|by)\s+{_N}(\s+votes?)?{_DASH}{_N}",
                    re.I)
_SPLIT_FOR = re.compile(rf"\b{_N}{_DASH}{_N}\s+in\s+favou?r\b", re.I)
_IN_FAVOUR = re.compile(rf"\b{_N}\s+(?:votes?\s+|voted\s+|were\s+)?(?:in\s+favou?r|voted\s+for)\b",
                        re.I)
_AGAINST = re.compile(rf"\b{_N}\s+(?:votes?\s+|voted\s+|were\s+)?against\b", re.I)
_ABSTAINED = re.compile(rf"\b{_N}\s+(?:abstained|abstaining|abstentions?)\b", re.I)
_VOTE_CONTEXT = re.compile(r"\b(?:vot(?:e|es|ed|ing)|ballots?|in\s+favou?r|abstain\w*|"
                           r"abstentions?|motion|resolution)\b", re.I)


def _vote_sides(text: str) -> dict[int, str]:
    """Start offsets of the numbers of a vote tally and the side each counts."""
    sides: dict[int, str] = {}
    for m in _TALLY.finditer(text):
        if m.group(0).lower().startswith("by") and not m.group(2):
            continue  # "by 5 to 10": only "by 230 votes to 190" is a tally
        sides[m.start(1)] = "votes in favour"
        sides[m.start(3)] = "votes against"
    for m in _SPLIT_FOR.finditer(text):
        # "split 4 to 1 in favour": the second number is the minority, not those in favour.
        sides.setdefault(m.start(1), "votes in favour")
        sides.setdefault(m.start(2), "votes against")
    for m in _IN_FAVOUR.finditer(text):
        sides.setdefault(m.start(1), "votes in favour")
    for m in _AGAINST.finditer(text):
        # "12 against" is a vote only where a vote is talked of nearby.
        if _VOTE_CONTEXT.search(text, max(0, m.start() - 150), m.end() + 150):
            sides.setdefault(m.start(1), "votes against")
    for m in _ABSTAINED.finditer(text):
        sides.setdefault(m.start(1), "abstentions")
    return sides


# What the noun after a tally number may say without overriding its side.
VOTE_NOUNS = {None, "votes", "vote", "abstentions", "abstention"}


def find_quantities(doc: Doc, found: Analysis) -> list[Quantity]:
    text = doc_text(doc)
    out: list[Quantity] = []
    sides = _vote_sides(text) if _VOTE_CONTEXT.search(text) else {}
    for start, end in _runs(doc):
        toks = list(doc[start:end])
        value, vague = _value(toks)
        measure = _percent_of(doc, start, end) if value > 0 else None
        if value <= 0 or (measure is None and _skip(doc, start, end, value)):
            continue
        # A number the time stage read as part of a date ("Nov 19", "the 1,000th day") counts
        # nothing; durations ("three years", "1,000 days") may still be quantities.
        if any(t.type in ("DATE", "TIME") for t in timexes_in(found, toks[0].idx,
                                                               toks[-1].idx + len(toks[-1]))):
            continue
        before = _preceding(doc, start, 4)
        bound = _bound(before)
        if vague and bound == "exact":
            bound = "lower"  # "hundreds" says at least two hundred, not how many more
        approximate = vague or _ends_with(before, APPROX) is not None
        if end < len(doc) and doc[end].lower_ in {"or", "and"} and end + 2 < len(doc) and \
                doc[end + 1].lower_ == "so":
            approximate = True
        # The span is the number alone; the bound and hedge words before it set bound/approximate.
        span_start = doc[start].idx
        span_end = doc[end - 1].idx + len(doc[end - 1])
        if measure is not None:
            out.append(Quantity(id=f"Q{len(out) + 1}",
                                span={"start": span_start, "end": span_end,
                                      "text": text[span_start:span_end]},
                                value=value, counted=measure, approximate=approximate,
                                bound=bound))
            continue
        counted, carried_fate = _counted(doc, start, end), None
        if (gapped := _gapped(doc, start, end, out)) is not None:
            counted, carried_fate = gapped.counted, gapped.fate
        if counted is None:
            counted = _figure_of(doc, end)
        if span_start in sides and counted in VOTE_NOUNS:
            # A tally's side is said by the construction, not by an earlier count it follows.
            counted = sides[span_start]
        moved = False
        if counted is None and (carried := _carried_over(doc, start, out)):
            counted, carried_fate = carried
            moved = _it_moves_to(doc, start)  # "it could reach 200,000": the count's own fate
        fate = (carried_fate if moved else None) or _fate_of(
            doc, start, end, counted, out[-1] if out else None) or carried_fate
        if counted is None and gapped is None:
            counted = _how_many(doc, start, end)
        if counted is None and fate == "displaced":
            counted = fate  # "forced more than 700,000 from their homes": displaced people
        out.append(Quantity(id=f"Q{len(out) + 1}",
                            span={"start": span_start, "end": span_end,
                                  "text": text[span_start:span_end]},
                            value=value, counted=counted, approximate=approximate, bound=bound,
                            fate=fate))
    return out
