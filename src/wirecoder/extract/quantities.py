"""Quantities: counted numbers (troops, missiles, killed …) with bounds and approximation.

A quantity is a run of number tokens ("11,000", "six", "1.5 million", "tens of thousands")
that is not part of a date, time, percentage, ordinal or age, together with what it counts:
the noun it modifies ("troops", "missiles"), or, for people who were killed, wounded or
displaced, the participle that says what happened to them ("killed"). Money is kept with
``counted="USD"`` (or the currency word) so that it is never mistaken for troops.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from wirecoder.extract.spans import doc_text, timexes_in
from wirecoder.model import Analysis, Quantity

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
# "tens of thousands", "hundreds", "dozens": vague plurals, always approximate.
VAGUE = {"dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1_000, "tens": 10,
         "millions": 1_000_000, "billions": 1_000_000_000}

LOWER = ("at least", "more than", "over", "upwards of", "in excess of", "no fewer than",
         "no less than", "above", "exceeding", "at minimum")
UPPER = ("up to", "as many as", "fewer than", "less than", "at most", "no more than", "under",
         "below", "nearly", "almost", "just under", "not more than")
APPROX = ("about", "some", "nearly", "roughly", "around", "approximately", "almost", "estimated",
          "close to", "circa", "upwards of")

# People nouns whose count is better named by what happened to them.
PEOPLE = {"people", "person", "civilian", "resident", "child", "man", "woman", "villager",
          "soldier", "troop", "fighter", "militant", "officer", "policeman", "worker", "student",
          "protester", "passenger", "refugee", "migrant", "member", "individual", "pilgrim"}
FATES = {"kill": "killed", "die": "killed", "dead": "killed", "wound": "wounded",
         "injure": "wounded", "hurt": "wounded", "displace": "displaced", "flee": "displaced",
         "evacuate": "evacuated", "arrest": "arrested", "detain": "detained",
         "abduct": "abducted", "kidnap": "abducted", "capture": "captured", "miss": "missing",
         "execute": "killed", "massacre": "killed", "shoot": "shot", "release": "released"}
CURRENCY = {"$": "USD", "us$": "USD", "dollar": "USD", "€": "EUR", "euro": "EUR", "£": "GBP",
            "pound": "GBP", "rouble": "RUB", "ruble": "RUB", "yuan": "CNY", "hryvnia": "UAH",
            "yen": "JPY", "rupee": "INR"}
SKIP_ENTS = {"DATE", "TIME", "PERCENT", "ORDINAL"}
AGE_WORDS = {"old", "aged", "age"}
_NUM_RE = re.compile(r"^\d[\d,]*(\.\d+)?$|^\d+(\.\d+)?[km]$|^\d*\.\d+$")


def _word_value(tok: Token) -> float | None:
    low = tok.lower_.replace(",", "")
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
    return (_word_value(tok) is not None or (low in MULTIPLIERS and low not in {"k", "m"})
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
            vague = True
            current = (current or 1) * VAGUE[low]
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


def _counted(doc: Doc, start: int, end: int) -> str | None:
    last = doc[end - 1]
    prev = doc[start - 1] if start > 0 else None
    if prev is not None and (prev.text in CURRENCY or prev.lower_ in CURRENCY):
        return CURRENCY.get(prev.text, CURRENCY.get(prev.lower_))
    noun: Token | None = None
    of_part = [g for c in last.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
    if last.dep_ == "nummod" and last.head.i >= end and last.head.pos_ in {"NOUN", "PROPN"}:
        # "six US-made ATACMS missiles": the parse names the counted noun past its modifiers.
        noun = last.head
    elif of_part:
        noun = of_part[0]  # "five of the six missiles"
    elif end < len(doc) and doc[end].pos_ in {"NOUN", "PROPN"} and doc[end].ent_type_ != "DATE":
        noun = doc[end]
        # "11,000 Russian troops", "six ballistic missiles": walk to the head noun.
        while noun.dep_ in {"compound", "amod"} and noun.head.i > noun.i and noun.head.pos_ in {
                "NOUN", "PROPN"}:
            noun = noun.head
    elif end < len(doc) - 1 and doc[end].pos_ == "ADJ" and doc[end + 1].pos_ == "NOUN":
        noun = doc[end + 1]
    elif last.head.pos_ in {"NOUN", "PROPN"} and last.dep_ == "nummod":
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
        return noun.lower_ if noun.lower_ != noun.lemma_ else noun.text.lower()
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


def _skip(doc: Doc, start: int, end: int, value: float) -> bool:
    toks = doc[start:end]
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
    # "one of the …", pronoun "one", and lone "a"/"an".
    return (end - start == 1 and doc[start].lower_ == "one"
            and (nxt in {"of", "another"} or doc[start].pos_ == "PRON"))


# "raised the figure to 3,000", "put the number at 10,000": the figure counts what the
# previous quantity counted.
FIGURE_WORDS = {"figure", "number", "estimate", "toll", "tally", "count", "total"}


def _carried_over(doc: Doc, start: int, out: list[Quantity]) -> str | None:
    """What a bare number counts when it continues an earlier count: 'the figure to 3,000',
    '11,000 had reached the region'."""
    if not out or out[-1].counted is None or start - _token_at(doc, out[-1].span.start) > 60:
        return None
    tok = doc[start]
    window = {t.lemma_.lower() for t in doc[max(0, start - 6):start]}
    # "shot down five of them": the pronoun stands for what was just counted.
    of_them = any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and g.pos_ == "PRON" for g in c.children) for c in tok.children)
    if window & FIGURE_WORDS or of_them or tok.head.dep_ in {"nsubj"} or tok.dep_ in {
            "nsubj", "nsubjpass"}:
        return out[-1].counted
    return None


def _token_at(doc: Doc, char: int) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else 0


def find_quantities(doc: Doc, found: Analysis) -> list[Quantity]:
    text = doc_text(doc)
    out: list[Quantity] = []
    for start, end in _runs(doc):
        toks = list(doc[start:end])
        value, vague = _value(toks)
        if value <= 0 or _skip(doc, start, end, value):
            continue
        # A number the time stage read as part of a date ("Nov 19", "the 1,000th day") counts
        # nothing; durations ("three years", "1,000 days") may still be quantities.
        if any(t.type in ("DATE", "TIME") for t in timexes_in(found, toks[0].idx,
                                                               toks[-1].idx + len(toks[-1]))):
            continue
        before = _preceding(doc, start)
        bound = "exact"
        if _ends_with(before, LOWER):
            bound = "lower"
        elif _ends_with(before, UPPER):
            bound = "upper"
        approximate = vague or _ends_with(before, APPROX) is not None
        if end < len(doc) and doc[end].lower_ in {"or", "and"} and end + 2 < len(doc) and \
                doc[end + 1].lower_ == "so":
            approximate = True
        # The span is the number alone; the bound and hedge words before it set bound/approximate.
        span_start = doc[start].idx
        span_end = doc[end - 1].idx + len(doc[end - 1])
        out.append(Quantity(id=f"Q{len(out) + 1}",
                            span={"start": span_start, "end": span_end,
                                  "text": text[span_start:span_end]},
                            value=value,
                            counted=_counted(doc, start, end) or _carried_over(doc, start, out),
                            approximate=approximate, bound=bound))
    return out
