"""Time: temporal expressions normalised to TIMEX3 values, and event dates resolved from them.

:func:`find_timexes` runs the regex grammar of :mod:`wirecoder.extract.timex.grammar` over the
text (leftmost-longest), resolves relative expressions against the publication date with the
tense of the governing verb (from spaCy's parse), and keeps a reference date for expressions
anchored on an earlier one ("a year earlier", "the next day"). :func:`date_for` picks, for an
event or claim, the temporal expression that governs it in its clause or sentence.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta

from spacy.tokens import Doc, Span, Token

from wirecoder.extract.paragraphs import paragraph_of, section_start
from wirecoder.extract.spans import doc_text, sentence_of, token_at
from wirecoder.extract.timex import calendar as cal
from wirecoder.extract.timex.base import month_num
from wirecoder.extract.timex.grammar import Cand, Context, Norm, Rule, rules
from wirecoder.extract.timex.lexicon import MONTH, PART, PARTS, WEEKDAYS, WORD_NUM
from wirecoder.extract.timex.prefilter import fold, may_match
from wirecoder.model import Analysis, DateRef, Timex
from wirecoder.model import Span as TextSpan
from wirecoder.store.dates import value_range

__all__ = ["after_earlier_figure", "date_for", "find_timexes", "tense_of"]

FUTURE_AUX = {"will", "'ll", "shall", "wo", "would", "may", "might", "should", "must"}
FUTURE_HEADS = {"plan", "expect", "schedule", "due", "set", "intend", "hope", "aim", "agree",
                "decide", "want", "vow", "promise", "threaten", "prepare", "seek", "try",
                "propose", "pledge", "likely", "going", "able", "ready", "wish", "need",
                "call", "urge", "ask", "poise", "slate"}
# Verbs whose object happens later than the telling: "scheduled a news conference Thursday"
PLAN_VERBS = {"schedule", "reschedule", "postpone", "delay", "defer", "adjourn"}
DEADLINE_VERBS = {"give", "grant", "allow", "set", "extend"}  # "gave them until Tuesday"
# Numbers that look like years but count things ("2000 troops") are nummod of a plain noun.
TIME_NOUNS = {"season", "election", "census", "budget", "olympics", "games", "war", "cup",
              "campaign", "model", "vintage", "level", "levels", "figure", "figures"}


def _span(doc: Doc, start: int, end: int) -> Span:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        t = token_at(doc, start)
        span = doc[t.i:t.i + 1]
    return span


def verb_tense(v: Token) -> str | None:
    """past | future | present, from a verb's tag and auxiliaries."""
    auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & {"will", "'ll", "shall", "wo"}:
        return "future"
    if any(a.lower_ == "to" for a in auxes) or (v.tag_ == "VB" and not words):
        head = v.head
        if head.i != v.i and (head.lemma_ in FUTURE_HEADS or head.lower_ in FUTURE_HEADS):
            # "had been due to expire Friday": a plan told in the past perfect is over
            return "past" if _past_perfect(head) else "future"
        if head.i != v.i and head.lemma_ == "be" and head.tag_ in ("VBZ", "VBP"):
            return "future"  # "trading is to resume Tuesday"
        if head.i != v.i and head.pos_ in ("VERB", "AUX", "ADJ"):
            return verb_tense(head) if head.pos_ != "ADJ" else None
        return None
    if words & FUTURE_AUX - {"'d"}:
        # "may have been responsible": a modal perfect looks back
        return "past" if v.tag_ == "VBN" and words & {"have", "'ve"} else "future"
    if words & {"did", "had"} or v.tag_ == "VBD":
        return "past"
    if v.tag_ == "VBN":
        if words & {"have", "has", "had", "was", "were", "been", "'ve"}:
            return "past"
        if words & {"is", "are", "'s", "'re", "am", "being"}:
            return "present"
        return "past"
    if v.tag_ == "VBG":
        if any(c.lower_ in ("still", "now", "currently") for c in v.children):
            return "present"  # "are still searching": under way, not planned
        if words & {"was", "were"}:
            return "past"
        if words & {"is", "are", "'s", "'re", "am"}:
            return "future" if v.lemma_ not in ("say", "report", "tell") else "present"
        return None
    if v.tag_ in ("VBZ", "VBP"):
        if v.lower_ in ("'s", "is", "are") and any(c.lemma_ == "go" and c.tag_ == "VBG"
                                                   for c in v.children):
            return "future"
        return "present"
    return None


def _present_perfect(v: Token) -> bool:
    """'has called', not 'had called' nor the modal perfect 'may have been caused'."""
    auxes = {c.lower_ for c in v.children if c.dep_ == "aux"}
    return v.tag_ == "VBN" and bool(auxes & {"has", "have", "'ve"}) and not auxes & FUTURE_AUX


def _past_perfect(v: Token) -> bool:
    """Whether ``v`` (or the copula of an adjective like "due") takes "had"."""
    toks = [v] + ([v.head] if v.pos_ == "ADJ" and v.dep_ == "acomp" else [])
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d")
               for t in toks for c in t.children)


_UNTIL = re.compile(r"\b(?:until|till|through)\s+(?:\S+\s+){0,3}$", re.I)


def _saying_owner(tok: Token, v: Token) -> Token:
    """'The ministry said on Tuesday it would retaliate': a date told right after the verb
    of saying, before the said clause's subject, is the saying's, however the parser hangs it
    (on 'retaliate', which would make Tuesday next week's)."""
    if v.dep_ != "ccomp" or v.head.i == v.i or tok.i > v.i:
        return v
    first = tok.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok
    first = min(first.left_edge.i, tok.left_edge.i)
    said = v.head
    if first == 0 or said.i != first - 1 or said.pos_ != "VERB":
        return v
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i > tok.i for c in v.children):
        return v
    return said


def tense_of(doc: Doc, start: int, end: int) -> str | None:
    """The tense of the verb that governs the text at ``[start, end)``."""
    tok = _span(doc, start, end).root
    v = tok
    for _ in range(8):
        if v.pos_ in ("VERB", "AUX"):
            break
        if v.head.i == v.i:
            break
        v = v.head
    if v.pos_ not in ("VERB", "AUX"):
        # a verbless headline or a noun phrase: the sentence's first finite verb decides
        for t in sentence_of(tok):
            if t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBD", "VBZ", "VBP", "MD"):
                return verb_tense(t)
        return None
    v = _saying_owner(tok, v)
    tense = verb_tense(v)
    if tense == "future" and _cause_between(v, tok):
        return "past"
    if tense == "past" and _present_perfect(v) and \
            doc_text(doc)[start:end].strip().lower() in WEEKDAYS and \
            tok.head.lower_ in ("on", "for") and tok.head.head == v:
        # "have called for a strike on Monday": a present perfect takes no past day, so
        # the day is that of the thing called for, still ahead
        return "future"
    if tense == "past" and not _past_perfect(v) and _invited_to(v, tok, doc_text(doc)[start:end]):
        return "future"  # "invited union leaders to a meeting on Friday": the meeting is ahead
    until = _UNTIL.search(doc_text(doc)[max(0, start - 30):start])
    if tense == "past" and not _past_perfect(v) and (
            v.lemma_ in PLAN_VERBS or (v.lemma_ in DEADLINE_VERBS and until)):
        return "future"  # "postponed the vote until Tuesday", "scheduled talks Thursday"
    return tense


# "invited union leaders to a meeting on Friday", "called the parties to talks on Monday": the
# gathering one is asked to comes after the asking
INVITING_VERBS = frozenset({"invite", "call", "summon"})
GATHERINGS = frozenset({"meeting", "meetings", "talks", "summit", "conference", "session",
                        "dialogue", "negotiations", "consultations", "ceremony", "hearing",
                        "forum", "round", "dinner", "gathering", "vote"})


def _invited_to(v: Token, tok: Token, text: str) -> bool:
    """A weekday on the gathering an inviting verb asks someone to ("invited X to a meeting
    on Friday")."""
    if v.lemma_.lower() not in INVITING_VERBS or text.strip().lower() not in WEEKDAYS:
        return False
    on, noun = tok.head, tok.head.head
    return on.lower_ == "on" and noun.lower_ in GATHERINGS and noun.dep_ == "pobj" \
        and noun.head.lower_ == "to" and noun.head.head == v


# Verbs that act back on an earlier event: their definite object is that event, so a date
# after it is the event's even when the verb is future ("would retaliate for the strike on the
# airfield over the weekend"). Part of REACTING, which adds verbs whose object may be a party
# or a thing ahead ("will welcome the delegation on Friday" is Friday ahead).
REACTION_VERBS = frozenset({"retaliate", "respond", "react", "punish", "avenge", "investigate",
                            "probe", "condemn", "denounce", "mourn", "answer", "compensate",
                            "apologise", "apologize", "revenge"})


_BEFORE_PREPS = {"after", "following"}  # "will resume after the clashes on Saturday"


def _definite(n: Token) -> bool:
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ not in ("a", "an", "any"))
               for c in n.children)


def _cause_between(v: Token, tok: Token) -> bool:
    """Whether a date told with an earlier event, the cause or the precedent of a later one,
    tells that event's time, not the future verb's: "would retaliate for the strike on the
    airfield over the weekend", "will resume after the clashes on Saturday", "the toll from
    Saturday's blast will rise". The parser often hangs the date on the verb, so the event
    noun may lie between them instead of above the date."""
    for n in tok.ancestors:
        if n == v:
            break
        if n.pos_ == "NOUN" and n.dep_ == "pobj" and (
                n.head.lower_ in _BEFORE_PREPS
                or (n.head.lower_ == "from" and (_definite(n) or tok.dep_ == "poss"))):
            return True
    if tok.i <= v.i:
        return False
    for n in v.doc[v.i + 1:tok.i]:
        if n.pos_ != "NOUN" or n.dep_ not in ("dobj", "pobj"):
            continue
        prep = n.head if n.dep_ == "pobj" else None
        attached = (prep.head if prep is not None else n.head) == v
        if prep is not None and prep.lower_ in _BEFORE_PREPS and attached:
            return True
        if v.lemma_ in REACTION_VERBS and attached and _definite(n):
            return True
    return False


def _keep(doc: Doc, cand: Cand) -> bool:
    """Reject look-alikes that only the parse can tell: "2000 troops", "$1990"."""
    text = doc_text(doc)
    if cand.start > 0 and text[cand.start - 1] in "$£€#":
        return False
    left = text.rfind(" ", 0, cand.start) + 1
    right = len(text) if (r := text.find(" ", cand.end)) < 0 else r
    chunk = text[left:right]
    if "://" in chunk or re.search(r"\w\.\w+/", chunk):
        return False  # a date inside a URL path
    if cand.rule.name == "year":
        if re.match(r"\s*(?:%|percent|per\s+cent)", text[cand.end:cand.end + 9]):
            return False
        tok = _span(doc, cand.end - 4, cand.end).root
        fiscal = cand.end - cand.start > 4  # "fiscal 1989 sales": the year, named as such
        if not fiscal and tok.dep_ == "nummod" and tok.head.tag_ == "NNS" and tok.head.i > tok.i \
                and tok.head.lower_ not in TIME_NOUNS and not any(
                    c.dep_ in ("det", "poss") for c in tok.head.children):
            return False  # "2000 troops"
        if tok.ent_type_ in ("MONEY", "PERCENT", "QUANTITY", "ORG", "PRODUCT", "FAC", "LAW"):
            return False
    return True


def _candidates(text: str) -> list[tuple[int, int, Rule, re.Match[str]]]:
    """Every rule match, leftmost first and longest first at one position."""
    out = []
    folded = fold(text)
    for r in rules():
        if not may_match(r.regex, folded):
            continue  # most rules have no match in an article: skip the scan
        for m in r.regex.finditer(text):
            if m.end() > m.start():
                out.append((m.start(), m.end(), r, m))
    out.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    return out


def _year_shift(r: Rule, m: re.Match[str]) -> bool:
    """"a year earlier", "the year-ago quarter": compared periods, never a new reference."""
    return r.name in ("year_earlier", "year_period", "period_year_ago") or (
        r.name == "ago" and "year" in m.group(0).lower())


_MERGE_DATE_TIME = re.compile(r"\s*,?\s*(?:at\s+)?$")
_MERGE_TIME_DATE = re.compile(r"\s*,?\s*(?:on\s+)?$")


def _merge(text: str, found: list[Cand]) -> list[Cand]:
    """Join a day and a clock time written next to each other into one TIME."""
    out: list[Cand] = []
    for c in found:
        prev = out[-1] if out else None
        if prev is not None:
            gap = text[prev.end:c.start]
            a, b = prev.norm, c.norm
            day_a = cal.precision_of(a.value) == "day"
            day_b = cal.precision_of(b.value) == "day"
            clock_a = a.type == "TIME" and re.search(r"T\d\d:\d\d", a.value)
            clock_b = b.type == "TIME" and re.search(r"T\d\d:\d\d", b.value)
            value = None
            if day_a and clock_b and _MERGE_DATE_TIME.fullmatch(gap) is not None \
                    and len(gap) <= 5:
                value = a.value + b.value[b.value.index("T"):]
            elif clock_a and day_b and _MERGE_TIME_DATE.fullmatch(gap) is not None \
                    and len(gap) <= 5 and prev.rule.name == "clock":
                value = b.value + a.value[a.value.index("T"):]
            if value:
                out[-1] = Cand(prev.start, c.end, prev.rule, Norm("TIME", value, a.mod or b.mod,
                                                                 a.anchored or b.anchored))
                continue
        out.append(c)
    return out


_NEXT_DAY = re.compile(r"\s+(?:and|or|to|through)\s+(?P<d>[0-3]?\d)(?![\d.,]?\d|\s*(?:%|[A-Za-z]))")


def _conjoined_days(text: str, found: list[Cand]) -> list[Cand]:
    """"April 24 and 25": the second day number is a date of the same month."""
    out: list[Cand] = []
    for n, c in enumerate(found):
        out.append(c)
        m = _NEXT_DAY.match(text, c.end)
        p = cal.parse_value(c.norm.value) if c.norm.type == "DATE" else None
        if m is None or p is None or p.precision != "day" or (
                n + 1 < len(found) and found[n + 1].start < m.end()):
            continue
        try:
            day = p.day.replace(day=int(m["d"]))
        except ValueError:
            continue
        if day > p.day:
            norm = Norm("DATE", day.isoformat(), None, c.norm.anchored, anchor=c.norm.anchor)
            out.append(Cand(m.start("d"), m.end("d"), c.rule, norm))
    return out


def find_timexes(doc: Doc, found: Analysis) -> list[Timex]:
    """Every temporal expression of ``doc`` with its TIMEX3 type, value, anchor and mod."""
    text = doc_text(doc)
    pub = found.article.published
    dct = _dateline_day(text, pub.date()) if pub else None
    anchor = dct.isoformat() if dct else None
    ctx = Context(dct=dct, text=text)
    chosen: list[Cand] = []
    taken_until = 0
    for start, end, r, m in _candidates(text):
        if start < taken_until:
            continue
        ctx.start = start
        ctx.tense = _lazy_tense(doc, start, end)
        ctx.date_ent = _in_date_ent(doc, start, end)
        try:
            norm = r.handle(m, ctx)
        except (ValueError, OverflowError):  # a date out of the calendar's range
            norm = None
        if norm is None:
            continue
        if m.groupdict().get("skip"):  # a leading preposition the rule needed but TimeML omits
            start = m.end("skip")
        start += norm.trim
        while text[start].isspace():
            start += 1
        end -= norm.cut
        cand = Cand(start, end, r, norm)
        if not _keep(doc, cand):
            continue
        chosen.append(cand)
        taken_until = end + norm.cut
        # "a year earlier" is told from the reference; a second one is told from the same
        if norm.implies:
            ctx.ref = _ref_value(norm.implies)
        elif norm.type in ("DATE", "TIME") and cal.parse_value(norm.value) is not None \
                and not _year_shift(r, m):
            ctx.ref = _ref_value(norm.value)
            if norm.value.endswith("TNI"):
                ctx.night = ctx.ref
            if cal.precision_of(norm.value) == "quarter" and _reported(norm.value, dct) \
                    and ctx.tense() != "future":
                ctx.quarter = norm.value
    chosen = _conjoined_days(text, _merge(text, chosen))
    out: list[Timex] = []
    for n, c in enumerate(chosen, 1):
        out.append(Timex(id=f"t{n}", span=TextSpan.of(text, c.start, c.end), type=c.norm.type,
                         value=c.norm.value,
                         anchor=(c.norm.anchor or anchor) if c.norm.anchored else None,
                         mod=c.norm.mod))
    return out


_DATELINE = re.compile(rf"^[ \t]*[A-Z][A-Za-z .'/-]*[A-Z],?[ \t]+(?P<mon>{MONTH})[ \t]*"
                       r"(?P<d>[0-3]?\d)\b", re.M)


@functools.lru_cache(maxsize=64)  # asked again for each event and claim of the article
def _dateline_day(text: str, published: date) -> date:
    """The day the story was written: the dateline's ("KYIV, Nov 19 (Wire) -") when it is within
    two days of publication — a syndicated copy can carry the next day's date in its own zone,
    and "overnight" or "on Tuesday" were told from the dateline."""
    m = _DATELINE.search(text, 0, 800)
    if m is None:
        return published
    for year in (published.year, published.year - 1, published.year + 1):
        try:
            day = date(year, month_num(m["mon"]), int(m["d"]))
        except ValueError:
            continue
        if abs((day - published).days) <= 2:
            return day
    return published


def _reported(value: str, dct: date | None) -> bool:
    """Whether a quarter had begun by publication: only such a quarter is the one a results
    story compares with "a year earlier"; a later one is a forecast ("through the third
    quarter of 1990")."""
    p = cal.parse_value(value)
    return dct is None or p is None or p.day <= dct


def _body_timexes(text: str, timexes: list[Timex]) -> list[Timex]:
    """The timexes but the dateline's ("KYIV, Nov 19 (Wire) -"): it tells when the story was
    filed, the anchor of "overnight" or "on Tuesday", never the date of an event."""
    m = _DATELINE.search(text, 0, 800)
    if m is None:
        return timexes
    return [t for t in timexes if not (m.start("mon") <= t.span.start < m.end())]


def _ref_value(value: str) -> str:
    """The reference kept for later expressions: a part of day or clock time counts as its day;
    midnight (T24:00, the end of its day) counts as the next one, so "at 4 a.m." told after "the
    truce came into force at midnight" is the morning after it."""
    if value.endswith("T24:00") and (day := cal.parse_value(value)) is not None:
        return (day.day + timedelta(days=1)).isoformat()
    return value.split("T")[0] if "T" in value else value


def _in_date_ent(doc: Doc, start: int, end: int):
    def get() -> bool:
        return any(t.ent_type_ in ("DATE", "TIME") for t in _span(doc, start, end))
    return get


def _lazy_tense(doc: Doc, start: int, end: int):
    """The tense of the candidate's verb, worked out once and only if a rule asks for it."""
    return functools.cache(lambda: tense_of(doc, start, end))


# --- dating events ----------------------------------------------------------------------------

_DATING_TYPES = ("DATE", "TIME")
_AFTER_BEFORE = re.compile(r"\s+(?P<dir>after|before)\b", re.I)
# a whole number of days, weeks, months or years ("P3D"): what "after", "later" or "in" counts
_WHOLE_UNITS = re.compile(r"P(\d+)([DWMY])")


def _datable(t: Timex) -> bool:
    return t.type in _DATING_TYPES and cal.precision_of(t.value) is not None \
        and not t.value.startswith("X")


# nouns a year names as an instrument ("the 1951 Mutual Defense Treaty", "the 2010 law")
DOCUMENT_NOUNS = frozenset({"treaty", "accord", "accords", "agreement", "pact", "convention",
                            "constitution", "charter", "law", "act", "protocol", "resolution"})


def _names_document(tok: Token) -> bool:
    """A year premodifying an agreement's or law's name, which dates that document only."""
    if tok.dep_ not in ("nummod", "compound", "amod", "nmod", "npadvmod") or tok.head.i < tok.i:
        return False
    head = tok.head
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    return head.lower_ in DOCUMENT_NOUNS


def _governor(tok: Token) -> Token:
    v = tok
    for _ in range(10):
        if v.pos_ in ("VERB", "AUX") or v.head.i == v.i:
            return v
        v = v.head
    return v


def _clause_root(tok: Token) -> Token:
    """The verb heading the clause of ``tok`` (climbing through non-clausal links)."""
    v = _governor(tok)
    for _ in range(10):
        if v.dep_ in ("ccomp", "advcl", "relcl", "xcomp", "csubj", "ROOT", "parataxis", "acl",
                      "pcomp", "conj") or v.head.i == v.i:
            return v
        v = _governor(v.head)
    return v


_SUBORDINATE_MARKS = {"since", "after", "before", "until", "till", "once", "that", "where"}


def _subtree_end(tok: Token) -> int:
    words = [t for t in tok.subtree if not (t.is_punct or t.is_space)] or [tok]
    return words[-1].idx + len(words[-1])


def _subordinate(clause: Token, ev_clause: Token, ev_end: int | None = None) -> bool:
    """Whether ``clause`` modifies a noun or tells another time inside the event's clause
    ("where ... since August", "after talks on Monday"): its date is not the event's. Evidence
    that stops inside that clause, short of the event clause's end, is that clause's own."""
    if clause == ev_clause or ev_clause not in clause.ancestors:
        return False
    if ev_end is not None and ev_end <= _subtree_end(clause) < _subtree_end(ev_clause):
        return False
    if clause.dep_ in ("relcl", "acl"):
        return True
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _SUBORDINATE_MARKS
                                          for c in clause.children)


def _reduced_relative(verb: Token) -> bool:
    """A participle the parser took for one more conjoined verb: right after a noun, with no
    subject and no 'and' or comma since the conjunct before it ("summoned the envoy and
    accused Kigali of a breach of the truce agreed in Doha on Sunday")."""
    if verb.dep_ != "conj" or verb.i == 0 or verb.doc[verb.i - 1].pos_ not in ("NOUN", "PROPN") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return False
    head = verb.head
    before = max((c.i for c in head.children if c.dep_ == "conj" and c.i < verb.i),
                 default=head.i)
    return not any(c.dep_ in ("cc", "punct") and before < c.i < verb.i for c in head.children)


def _under_subordinate(clause: Token, ev_clause: Token, ev_end: int | None = None) -> bool:
    """Whether ``clause`` sits in a subordinate clause of the event's, however deep: "after the
    premier said talks would stop until 2028" tells no date of the main clause's protest."""
    c = clause
    for _ in range(10):
        if c == ev_clause or ev_clause not in c.ancestors:
            return False
        if _subordinate(c, ev_clause, ev_end):
            return True
        c = _clause_root(c.head)
    return False


_SIGNAL = re.compile(r"\b(?P<w>until|till|through|since|from)\s+$", re.I)
_AFTER_MIDNIGHT = re.compile(r"\b(?:after|past)\s+$", re.I)


def _signal(doc: Doc, t: Timex) -> str | None:
    """The temporal preposition just before ``t``: "until 2028" ends a state and "since
    January" starts one; neither is the date of the event told."""
    m = _SIGNAL.search(doc_text(doc)[max(0, t.span.start - 8):t.span.start])
    return m["w"].lower() if m else None


_RECENT = re.compile(r"(?:the\s+)?(?:past|last|previous|recent)\b", re.I)
_RECENT_AFTER = re.compile(r"\s+(?:of|before|after|since|until|to|that|when|in\s+which)\b",
                           re.I)
_UNIT_DAYS = {"D": 1, "W": 7, "M": 30, "Y": 365}
_GUESS = {"D": 4, "W": 3}  # "the past few days", "recent weeks"
_PERIOD_VALUE = re.compile(r"P(?:T(?P<h>\d+)H|(?P<n>\d+|X)(?P<u>[DWMY]))")


def _recent_period(doc: Doc, t: Timex, dct: date | None) -> DateRef | None:
    """"over the past week": a period ending at publication, dated at the precision that holds
    it (the week, month or year around its middle), never a single day."""
    if t.type != "DURATION" or dct is None or not _RECENT.match(t.span.text) \
            or _RECENT_AFTER.match(doc_text(doc), t.span.end):
        return None
    m = _PERIOD_VALUE.fullmatch(t.value)
    if m is None:
        return None
    if m["h"]:
        days = int(m["h"]) / 24
    elif m["n"] == "X":
        if m["u"] not in _GUESS:
            return None
        days = _GUESS[m["u"]] * _UNIT_DAYS[m["u"]]
    else:
        days = int(m["n"]) * _UNIT_DAYS[m["u"]]
    mid = dct - timedelta(days=int(days) // 2)
    if days <= 2:
        value = dct.isoformat()
    elif days <= 10:
        value = cal.fmt_week(mid)
    elif days <= 45:
        value = cal.fmt_month(mid)
    elif days <= 400:
        value = f"{mid.year:04d}"
    else:
        return None
    return DateRef(value=value, precision=cal.precision_of(value) or "day",  # type: ignore
                   span=t.span, how="relative")


def _main_clause_date(doc: Doc, t: Timex) -> bool:
    """A date the sentence is about, not one of a clause inside it: only those carry over.
    A participle after its noun ("the doctrine, signed on Tuesday,") dates the topic."""
    tok = _span(doc, t.span.start, t.span.end).root
    clause = _clause_root(tok)
    root = sentence_of(tok).root
    # "marched on Saturday, demanding that officials answer for a collapse last year": a
    # participle's clause tells the background of the main event, not the day it is on
    c = clause
    for _ in range(10):
        if c == root or c.head == c:
            break
        if c.dep_ == "advcl" and c.tag_ == "VBG" and not any(k.dep_ == "mark"
                                                            for k in c.children):
            return False
        c = _clause_root(c.head)
    return clause.dep_ == "acl" or not _subordinate(clause, root)


# "late on Tuesday" / "early Tuesday": in news the night or the small hours of that day
_DAY_EDGE_PART = {"END": "TNI", "START": "TMO"}


def _ref(t: Timex, how: str) -> DateRef:
    precision = cal.precision_of(t.value) or "day"
    if precision == "day" and t.mod in _DAY_EDGE_PART and _ISO_DAY.fullmatch(t.value):
        return DateRef(value=t.value + _DAY_EDGE_PART[t.mod], precision="part",  # type: ignore
                       span=t.span, how=how)
    return DateRef(value=t.value, precision=precision, span=t.span, how=how)  # type: ignore


# "on the night of November 2", "the morning of Tuesday": the part of the day the date is of
_PART_OF = re.compile(rf"\b(?P<part>{PART})[ \t]+of[ \t]+$", re.I)


def _part_of_day(text: str, t: Timex, ref: DateRef) -> DateRef:
    """An event's day told as a part of it ("hit on the night of November 2") is of that
    part: a night runs into the next day, which other reports name."""
    m = _PART_OF.search(text, max(0, t.span.start - 20), t.span.start)
    if m is None or ref.precision != "day" or not _ISO_DAY.fullmatch(ref.value):
        return ref
    return DateRef(value=f"{ref.value}T{PARTS[m['part'].lower()]}", precision="part",
                   span=ref.span, how=ref.how)


def _how(t: Timex) -> str:
    return "relative" if t.anchor else "explicit"


# a count of months is told to the month; a year is often an anniversary ("a year later")
_FINER_THAN_MONTH = frozenset({"week", "weekend", "day", "part", "time"})


def _shifted(value: str, n: int, unit: str) -> str | None:
    """``value`` moved by ``n`` units, no finer than the unit: "four months after" a Saturday
    is told to the month ("they were seized four months ago" names no day), a day count keeps
    the base's own precision."""
    p = cal.parse_value(value)
    if p is None:
        return None
    if unit != "M" or p.precision not in _FINER_THAN_MONTH:
        return cal.shift_value(value, n, unit)
    return cal.fmt_point(cal.Point(p.day + cal.delta(n, unit), "month"))


def _relative_event_date(doc: Doc, t: Timex, found: Analysis
                         ) -> tuple[DateRef, Timex] | None:
    """"two days after the vote on Nov. 5": a duration before after/before and a date later
    in the same sentence give a date relative to that one."""
    m = _AFTER_BEFORE.match(doc_text(doc), t.span.end)
    if not m or t.type != "DURATION":
        return None
    dm = _WHOLE_UNITS.fullmatch(t.value)
    if not dm:
        return None
    sent = sentence_of(_span(doc, t.span.start, t.span.end)[0])
    later = [o for o in found.timexes if o.span.start >= m.end() and o.span.end <= sent.end_char
             and _datable(o)]
    if not later:
        return None
    base = later[0]
    sign = 1 if m["dir"].lower() == "after" else -1
    value = _shifted(base.value, sign * int(dm[1]), dm[2])
    if value is None:
        return None
    span = TextSpan.of(doc_text(doc), t.span.start, base.span.end)
    return DateRef(value=value, precision=cal.precision_of(value) or "day",  # type: ignore
                   span=span, how="relative"), base


def _before_after_event(doc: Doc, start: int, end: int, in_sent: list[Timex],
                        trigger: int | None = None,
                        told_before: Callable[[], Sequence[Timex]] | None = None
                        ) -> DateRef | None:
    """The event told in "..., a day after Putin approved the document": a whole number of
    units before (or after) the date of the clause the phrase hangs on. The event's trigger,
    when known, places it inside the phrase even if its evidence is the whole sentence.
    With no date in the sentence, the clause's date is the one its section told last
    (``told_before``: "Rockets hit the base on Wednesday. The attack came two days after a
    drone strike": the strike's day is Monday), to the day."""
    for d in in_sent:
        m = _AFTER_BEFORE.match(doc_text(doc), d.span.end)
        if d.type != "DURATION" or m is None:
            continue
        if trigger is not None and m.end() <= trigger < end:
            start = max(start, d.span.start)
        if not (d.span.start <= start <= m.end() + 1 and end > m.end()):
            scope_end = _after_scope_end(doc, m.start("dir"))
            if not m.end() <= start < end <= scope_end:
                continue
            end = scope_end  # "a day after it took effect": the event is the clause's verb
        dm = _WHOLE_UNITS.fullmatch(d.value)
        if dm is None or any(_datable(t) and m.end() <= t.span.start < end for t in in_sent):
            return None  # vague ("hours after"), or the event has a date of its own
        bases = [t for t in in_sent if _datable(t) and not d.span.start <= t.span.start < end
                 and _signal(doc, t) not in _NOT_EVENT_DATE]
        if bases:
            base_value = min(bases, key=lambda t: abs(t.span.start - d.span.start)).value
        elif told_before is not None and (before := told_before()):
            base_value = before[-1].value.split("T")[0]
        else:
            return None
        sign = -1 if m["dir"].lower() == "after" else 1
        value = _shifted(base_value, sign * int(dm[1]), dm[2])
        if value is None:
            return None
        return DateRef(value=value, precision=cal.precision_of(value) or "day",  # type: ignore
                       span=d.span, how="relative")
    return None


_NOT_EVENT_DATE = ("until", "till", "through")


def _direct(tok: Token, verb: Token, trigger: Token) -> bool:
    """Whether the date hangs on the event's verb (or its own noun, "Saturday's strike")
    through no other noun told before the verb ("the strike, the third this week, hit ...").
    After the verb the parser often hangs a time on the object ("struck the port of Odesa
    overnight into Sunday"), so those count as direct."""
    if tok.i > verb.i:
        return True
    for a in tok.ancestors:
        if a in (verb, trigger):
            return True
        if a.pos_ in ("NOUN", "PROPN", "NUM", "ADJ", "PRON"):
            return False
    return False


def _told_from(t: Timex, in_sent: list[Timex], dct: date | None) -> bool:
    """Whether ``t`` was resolved against another date of its sentence ("said on Sunday it
    had struck a day earlier"), not against publication."""
    return t.anchor is not None and (dct is None or t.anchor != dct.isoformat()) \
        and any(o is not t and o.value == t.anchor for o in in_sent)


def _after_scope_end(doc: Doc, at: int) -> int:
    """Where the clause or phrase that "after"/"before" at ``at`` introduces ends."""
    tok = token_at(doc, at)
    root = tok.head if tok.dep_ == "mark" else tok
    return _subtree_end(root) if root.i >= tok.i else tok.idx + len(tok)


def _superlative_since(doc: Doc, t: Timex) -> bool:
    """"the deadliest attack since March": a record's baseline, nothing running up to now."""
    since = token_at(doc, max(0, t.span.start - 2))
    head = since.head
    return since.lower_ == "since" and (
        head.tag_ in ("JJS", "RBS")
        or any(c.tag_ in ("JJS", "RBS") or c.lower_ in ("first", "only") for c in head.children))


# Acts whose result lasts: in the passive, "since" names the day of the act itself ("the
# crossing, closed by Guinea since Tuesday", "three men held since Monday").
RESULT_VERBS = frozenset({"close", "shut", "seal", "suspend", "ban", "block", "detain", "hold",
                          "arrest", "jail", "imprison", "seize", "capture", "occupy", "sever",
                          "halt", "freeze", "expel", "kidnap", "abduct", "impose"})


# Acts ending such a result: freed after being seized, reopened after being closed.
ENDING_VERBS = frozenset({"free", "release", "rescue", "liberate", "reopen", "unblock", "lift",
                          "unfreeze", "restore", "resume", "end"})


def _result_since(verb: Token) -> bool:
    return verb.tag_ == "VBN" and verb.lemma_.lower() in RESULT_VERBS


def _candidate(doc: Doc, t: Timex, ev_verb: Token, dct: date | None
               ) -> tuple[DateRef, bool] | None:
    """What ``t`` says of the date of an event in its sentence, or None if nothing: the end of
    a state ("until 2028") says nothing; its start ("since January") says the event runs up
    to publication; a period ending now ("over the past week") dates at its own precision.
    The flag marks those last two, which only date an event of their own clause."""
    signal = _signal(doc, t)
    if signal in _NOT_EVENT_DATE:
        return None
    if signal == "since" and _datable(t):
        if _result_since(ev_verb) and not _superlative_since(doc, t):
            return _ref(t, _how(t)), True  # "closed since Tuesday": shut on Tuesday
        if dct is None or _past_perfect(ev_verb) or _superlative_since(doc, t):
            return None
        return DateRef(value=dct.isoformat(), precision="day", span=t.span,
                       how="relative"), True
    if _datable(t):
        ref = _part_of_day(doc_text(doc), t, _ref(t, _how(t)))
        if ref.value.endswith("T24:00") and _AFTER_MIDNIGHT.search(
                doc_text(doc)[max(0, t.span.start - 20):t.span.start]):
            day = cal.parse_value(ref.value)  # "just after midnight": early the next day
            if day is not None:
                value = f"{(day.day + timedelta(days=1)).isoformat()}T00:00"
                return DateRef(value=value, precision="time", span=t.span, how=ref.how), False
        return ref, False
    later = _later_date(doc, t)
    if later is not None:
        return later, False
    period = _recent_period(doc, t, dct) or _period_ahead(doc, t, ev_verb, dct)
    return (period, True) if period is not None else None


_LATER = re.compile(r"\s+later\b", re.I)


def _later_date(doc: Doc, t: Timex) -> DateRef | None:
    """"Three days later, ...": the duration counted from the date it was told from."""
    m = _WHOLE_UNITS.fullmatch(t.value)
    if t.type != "DURATION" or t.anchor is None or m is None \
            or not _LATER.match(doc_text(doc), t.span.end):
        return None
    value = _shifted(t.anchor, int(m[1]), m[2])
    if value is None:
        return None
    return DateRef(value=value, precision=cal.precision_of(value) or "day",  # type: ignore
                   span=t.span, how="relative")


_IN_BEFORE = re.compile(r"\bin\s+$", re.I)
_AHEAD_PRECISION = {"D": "day", "W": "week", "M": "month", "Y": "year"}


def _period_ahead(doc: Doc, t: Timex, ev_verb: Token, dct: date | None) -> DateRef | None:
    """"will vote in two weeks": a whole number of units after publication, for a verb in the
    future tense, at the unit's precision ("in three months" is a month, not a day)."""
    m = _WHOLE_UNITS.fullmatch(t.value)
    if t.type != "DURATION" or dct is None or m is None or t.mod \
            or not _IN_BEFORE.search(doc_text(doc), max(0, t.span.start - 4), t.span.start) \
            or verb_tense(ev_verb) != "future":
        return None
    day = dct + cal.delta(int(m[1]), m[2])
    precision = _AHEAD_PRECISION[m[2]]
    value = cal.fmt_point(cal.Point(day, precision))
    return DateRef(value=value, precision=precision, span=t.span, how="relative")  # type: ignore


# Verbs of saying: a second saying joined to the event's verb tells another thing, whose
# dates are its own.
SAYING = {"say", "add", "tell", "claim", "insist", "argue", "note", "state", "stress",
          "maintain", "allege", "assert"}


# Verbs that tell a saying: what a date hanging on them dates is the saying, not its content.
SAYING_ACTS = SAYING | {"deny", "reject", "confirm", "announce", "report", "accuse", "warn",
                        "dismiss", "acknowledge", "admit", "reiterate"}


def _first_verb_conjunct(clause: Token) -> Token:
    """The first of the verbs ``clause`` is conjoined to ("attacked a post and killed two
    guards": 'attacked')."""
    c = clause
    while c.dep_ == "conj" and c.head.i != c.i and c.head.pos_ in ("VERB", "AUX"):
        c = c.head
    return c


def _said_content(clause: Token) -> bool:
    """Whether ``clause`` is (a conjunct of) what a verb of saying says."""
    c = clause
    while c.dep_ == "conj" and c.head.i != c.i:
        c = c.head
    return c.dep_ in ("ccomp", "parataxis") and c.head.lemma_.lower() in SAYING_ACTS \
        and clause.lemma_.lower() not in SAYING_ACTS


def _told_as_word(clause: Token) -> bool:
    """A fact told as someone's word: the content of a saying ("a spokesman said two
    soldiers were killed", "two soldiers were killed, a spokesman said")."""
    if clause.lemma_.lower() in SAYING_ACTS:
        return False
    return _said_content(clause) or any(
        c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in SAYING_ACTS and c.i > clause.i
        for c in clause.children)


def _dated_lemma(doc: Doc, t: Timex) -> str:
    """The lemma of the verb the date ``t`` hangs on."""
    return _governor(_span(doc, t.span.start, t.span.end).root).lemma_.lower()


def _saying_date(doc: Doc, t: Timex) -> bool:
    """A date on the verb of saying itself ("the ministry on Wednesday denied …")."""
    return _dated_lemma(doc, t) in SAYING_ACTS


def _reaction_date(doc: Doc, t: Timex) -> bool:
    """A date on a verb of reacting ("the UN on Monday welcomed the release …")."""
    return _dated_lemma(doc, t) in REACTING


def _reported_act_date(doc: Doc, t: Timex) -> bool:
    """A date of an act, told directly or as someone's word ("saying guns shelled its posts
    on Monday"), never of a saying or of a plan."""
    tok = _span(doc, t.span.start, t.span.end).root
    governor = _governor(tok)
    if governor.lemma_.lower() in SAYING_ACTS or verb_tense(governor) == "future":
        return False
    return _main_clause_date(doc, t) or _said_content(_clause_root(tok))


# modals of duty or chance ("must free", "may strike") tell no act ahead of the story
_NOT_AHEAD_AUX = frozenset({"must", "should", "may", "might", "could", "can"})


def _told_ahead(v: Token) -> bool:
    """An act the text tells as to come ("would be released", "will sign")."""
    return verb_tense(v) == "future" and not any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in _NOT_AHEAD_AUX for c in v.children)


# "up from about 7,000 in October", "down from $3 million last year", "compared with 40 in
# 2023": the date after the earlier figure of a change
_EARLIER_FIGURE = re.compile(
    r"\b(?:(?:up|down|rising|falling|rose|fell|increased|decreased)\s+from"
    r"|compared\s+(?:with|to))\s+(?:(?:about|around|roughly|some|nearly|almost|just|only|over"
    r"|under|more\s+than|less\s+than|fewer\s+than)\s+)*(?:[$€£]?\d[\d,.]*|" + WORD_NUM + ")"
    r"(?:\s*(?:%|per\s*cent|percent|million|billion|thousand))?(?:\s+[a-z]+){0,2}?"
    r"(?:\s+(?:in|on|at|during|by))?\s*$", re.I)


def after_earlier_figure(text: str, start: int) -> bool:
    """Whether a date starting at ``start`` is told right after the earlier figure of a
    change, and so dates that figure, not the change ("increased its troops to 10,000, up
    from about 7,000 in October"). Linking dates the figure's estimate point by it."""
    return _EARLIER_FIGURE.search(text, max(0, start - 80), start) is not None


def _earlier_figure(doc: Doc, t: Timex) -> bool:
    return after_earlier_figure(doc_text(doc), t.span.start)


def _in_saying_words(tok: Token, saying: Token, ev_clause: Token) -> bool:
    """The date stands among the saying's own words: after the sayer of a saying told after
    its content ("…, the army said in a statement on Tuesday"), before the content of one told
    first ("a spokesman said on Tuesday that …"); not inside the content's words, wherever
    the parser hung it ("reached Kadugli, the capital of …, on Tuesday, the agency said")."""
    if saying.i > ev_clause.i:
        sayers = [c for c in saying.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < saying.i]
        start = sayers[-1].left_edge.i if sayers else saying.i
        return tok.i >= start
    return tok.i < ev_clause.left_edge.i


def _done_before(v: Token) -> bool:
    """A finished act in the past ("were killed", "fired"), which may have been done days
    before it was told; not one going on as it was told ("were producing an agreement"), nor
    one in the past perfect, which takes the saying's day as the time it was before ("said on
    Thursday that fighters had attacked its positions")."""
    return v.tag_ in ("VBD", "VBN") and verb_tense(v) == "past" and not _past_perfect(v)


def _says(governor: Token, ev_clause: Token) -> bool:
    """``governor`` is a verb of saying whose content is the event's clause ("two soldiers
    were killed, the army said", "a spokesman said two soldiers were killed"): a date on it is
    the day of the saying, which may come days after the act."""
    if governor.lemma_.lower() not in SAYING_ACTS or ev_clause.lemma_.lower() in SAYING_ACTS:
        return False
    c = _first_verb_conjunct(ev_clause)
    return (c.dep_ in ("ccomp", "parataxis") and c.head == governor) or (
        governor.dep_ in ("ccomp", "parataxis") and governor.head == c)


def _in_said_conjunct(tok: Token, ev_clause: Token) -> bool:
    """``tok`` lies in what a verb of saying conjoined to the event's clause (or to a clause
    above it) says, a saying the event is not told in."""
    path = {ev_clause.i, *(a.i for a in ev_clause.ancestors)}
    t = tok
    while t.head.i != t.i:
        if t.dep_ == "conj" and t.head.i in path and t.i not in path and \
                t.lemma_.lower() in SAYING:
            return True
        t = t.head
    return False


def date_for(doc: Doc, start: int, end: int, found: Analysis,
             trigger: int | None = None, said: Sequence[tuple[int, int]] = (), *,
             claim: bool = False) -> DateRef:
    """The date of the event (or claim) whose evidence is ``doc_text(doc)[start:end]``.

    The governing temporal expression of its clause wins, then any in its sentence (nearest
    first); else the latest date told before it in its section ("context", see
    `paragraphs.section_start`); else the publication date. Durations and sets never date
    an event, but a period ending now does ("over the past week"). ``trigger``, the offset of
    the event's word, picks the clause when the evidence is a whole sentence. A
    claim's content (``said``: the sentence's claim contents that hold not the claim's own
    cue) holds dates of what was said, never of the saying.

    ``claim`` dates a claim's saying (the claims stage anchors it on its cue). A
    direct quote opening its paragraph was not said on the day the paragraph before told of
    another event, nor on a day the quote itself tells ("… shelled the town on Sunday, the
    governor said.\n'We will rebuild,' the mayor said." is the mayor's word as of
    publication): it takes no date told before its paragraph or inside a claim's content.
    Nor was it said after the story was written: a later day (the vote "on Thursday" told in
    the sentence before "the premier said …") dates something else, so publication does.
    """
    date = _date_for(doc, start, end, found, trigger, said, claim)
    if not claim or date.how == "publication" or not _ISO_DAY.match(date.value):
        return date
    pub = _publication(found.article.published, doc_text(doc))
    return pub if _ISO_DAY.match(pub.value) and date.value[:10] > pub.value[:10] else date


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _date_for(doc: Doc, start: int, end: int, found: Analysis, trigger: int | None,
              said: Sequence[tuple[int, int]], claim: bool) -> DateRef:
    pub = found.article.published
    if len(doc) == 0:
        return _publication(pub, doc_text(doc))
    dct = _dateline_day(doc_text(doc), pub.date()) if pub else None
    ev = _span(doc, start, end)
    sent_start, sent_end = sentence_of(ev[0]).start_char, sentence_of(ev[-1]).end_char
    ev_root = token_at(doc, trigger) if trigger is not None and start <= trigger < end \
        else ev.root
    ev_verb = _governor(ev_root)
    ev_clause = _clause_root(ev_root)
    ev_tense = verb_tense(ev_verb)
    best: tuple[tuple[int, bool, bool, int], DateRef] | None = None
    told = _body_timexes(doc_text(doc), found.timexes)
    in_sent = [t for t in told if sent_start <= t.span.start and t.span.end <= sent_end
               and not any(s <= t.span.start and t.span.end <= e for s, e in said)]
    section = section_start(doc_text(doc), start)

    def told_before() -> list[Timex]:  # read only for "days after ..." with no date beside it
        return [t for t in told if section <= t.span.start and t.span.end <= sent_start
                and _datable(t) and _main_clause_date(doc, t)]

    earlier = _before_after_event(doc, start, end, in_sent, trigger, told_before)
    if earlier is not None:
        return earlier
    told_when = _when_clause_date(doc, _clause_root(ev_root), in_sent)
    if told_when is not None:
        return told_when
    relative = {t.id: _relative_event_date(doc, t, found) for t in in_sent}
    # the date inside "two days after the vote on Nov. 5" dates the vote, not this event
    anchors = {r[1].id for r in relative.values() if r is not None}
    # an event told in "after Kyiv fired the missiles", "after a deadly exchange of fire" or
    # as what a reaction answers ("welcomed the release of the sailors") is not on the main
    # clause's day: only a date inside its own clause or phrase dates it
    scope = _told_before_scope(ev_root, ev_clause)
    ev_after = scope is not None
    saying_skipped = False
    for t in in_sent:
        rel = relative[t.id]
        local = False
        if rel is not None:
            ref = rel[0]
        elif t.id in anchors or (found_ref := _candidate(doc, t, ev_verb, dct)) is None:
            continue
        else:
            ref, local = found_ref
        tok = _span(doc, t.span.start, t.span.end).root
        inside = start <= t.span.start and t.span.end <= end
        governor = _governor(tok)
        clause = _clause_root(tok)
        if governor != ev_verb and _under_subordinate(clause, ev_clause, end) \
                and not _occasion(clause, ev_verb):
            continue  # "arrived in Kursk, where fighting has raged since August"
        if clause != ev_clause and _reduced_relative(clause):
            continue  # "accused Kigali of breaking the truce agreed on Sunday": the truce's
        if clause != ev_clause and clause.dep_ == "relcl" and clause.head.i != ev_root.i \
                and clause.head.lemma_.lower() not in ACT_NOUNS:
            # "…, four times the figure Kyiv gave on Tuesday": the figure's (but "the strike,
            # which hit the market on Tuesday, killed five" is the strike's day)
            continue
        if governor != ev_verb and _names_document(tok) and tok.head.i != ev_root.i:
            continue  # "reminded Beijing that the 1951 treaty covers …": the treaty's year
        if _in_said_conjunct(tok, ev_clause):
            continue  # "denies X and says the drones were delivered before February 2022"
        if scope is not None and tok != scope and scope not in tok.ancestors:
            continue  # the main clause's date, not that of the clause told "after"
        if _subject_participle(ev_clause) and governor == ev_clause.head.head \
                and t.span.start > governor.idx:
            continue  # "sailors freed by pirates flew home on Monday": freed before that
        if governor != ev_verb and verb_tense(governor) == "future" and (
                ev_tense in ("past", "present") or ev_verb.dep_ == "acl"):
            continue  # a plan told in another clause never dates what has happened or is
        if governor != ev_verb and dct is not None and _told_ahead(ev_verb) \
                and (value_range(ref.value)[1] or dct) < dct:
            continue  # "the deal signed on Friday, under which the sides will swap prisoners"
        if _earlier_figure(doc, t):
            continue  # "to around 10,000, up from about 7,000 in October": the 7,000's month
        if _after_what_it_followed(ev_root, ev_verb, tok):
            continue  # "The meeting followed the launch of two missiles on Monday": the launch's
        if not claim and governor != ev_verb and _says(governor, ev_clause) \
                and _done_before(ev_verb) and _in_saying_words(tok, governor, ev_clause):
            saying_skipped = True
            continue  # "were killed in the exchange, the army said on Tuesday": the saying's
        if governor == ev_verb:
            rank = 0
        elif clause == ev_clause:
            rank = 1
        elif inside:
            rank = 2
        elif local:
            continue  # "said Russia had fired 50 drones over the past week": not the saying's
        else:
            rank = 3
        distance = min(abs(t.span.start - end), abs(start - t.span.end))
        # a date on the verb itself beats one inside a noun phrase ("the third this week"),
        # and "a day earlier" told from the sentence's other date beats that date
        key = (rank, not _direct(tok, governor, ev_root),
               not (rank == 0 and _told_from(t, in_sent, dct)), distance)
        if best is None or key < best[0]:
            best = (key, ref)
    if best is not None:
        return best[1]
    para_start = section
    quoted: Sequence[tuple[int, int]] = ()
    if claim and (opening := _opening_quote(doc_text(doc), start)) is not None:
        para_start, quoted = max(para_start, opening), said
    # a saying's own date in the sentence dates no act told in it, not even as context
    context_end = sent_start if ev_after or saying_skipped else start
    before = [t for t in told if para_start <= t.span.start and t.span.end <= context_end
              and _datable(t) and _signal(doc, t) not in (*_NOT_EVENT_DATE, "since")
              and not _earlier_figure(doc, t)]
    context = [t for t in before if _main_clause_date(doc, t)
               and not any(s <= t.span.start and t.span.end <= e for s, e in quoted)]
    if context and not claim and _saying_date(doc, context[-1]) and _told_as_word(ev_clause):
        acts = [t for t in before if _reported_act_date(doc, t)]
        # "X on Wednesday denied …, saying guns shelled its posts on Monday. A spokesman
        # said two soldiers were killed": the facts told go with the act, not the saying
        context = acts or context
    if context and not claim and _reaction_date(doc, context[-1]) and _told_as_word(ev_clause):
        # "The UN chief on Monday welcomed the release … The Houthis have said seven detainees
        # were freed": what someone says happened is what the reaction answered, before it
        acts = [t for t in before if _reported_act_date(doc, t) and not _reaction_date(doc, t)]
        if not acts:
            return _publication(pub, doc_text(doc))
        context = acts
    if context and claim and not _saying_date(doc, context[-1]):
        # "… the deal signed on Friday. A spokesman said …": a saying is dated by a day told
        # before it only when that day is of a saying it goes on ("The army said on Monday …
        # It added …"); else it was said as the story was written
        return _publication(pub, doc_text(doc))
    if context and not claim and ev_verb.lemma_.lower() in ENDING_VERBS:
        # "Gunmen seized 40 passengers on Jan. 14. A spokesman said it had freed nine": the
        # act ending a state is not on the day of the act that began it
        context = [t for t in context if _dated_lemma(doc, t) not in RESULT_VERBS]
        if not context:
            return _publication(pub, doc_text(doc))
    if context and not claim and _told_ahead(ev_verb) and dct is not None:
        # "… signed on Friday. A spokesman said the prisoners would be released": a plan told
        # without a date of its own is ahead of the story, not on a day already past
        context = [t for t in context if (value_range(t.value)[1] or dct) >= dct]
        if not context:
            return _publication(pub, doc_text(doc))
    if context and _past_perfect(ev_verb) and "T" in context[-1].value \
            and not _told_as_word(ev_clause):
        # "Rebels shelled the town at 5 a.m. They had warned residents": told as before the
        # act last dated, so not at its hour; its day is the most the story tells. In
        # someone's word the pluperfect is only the backshift of "shelled"
        t = context[-1]
        return DateRef(value=t.value.split("T")[0], precision="day", span=t.span, how="context")
    if context:
        t = context[-1]
        return DateRef(value=t.value, precision=cal.precision_of(t.value) or "day",  # type: ignore
                       span=t.span, how="context")
    if not claim and (named := _named_act_date(doc, ev_root, start, told)) is not None:
        return named
    return _publication(pub, doc_text(doc))


# Nouns (and their verbs) of a violent act that a writer names again with a definite article
# ("the attack", "the Lviv strike") after telling it with its date ("last week's strike").
ACT_NOUNS = frozenset({"strike", "airstrike", "attack", "raid", "bombing", "shelling",
                       "assault", "blast", "explosion", "ambush", "bombardment"})
_DEFINITE = frozenset({"the", "this", "that"})
_HARM_PREPS = frozenset({"in", "during", "by"})


def _named_act_date(doc: Doc, ev_root: Token, start: int, told: Sequence[Timex]
                    ) -> DateRef | None:
    """The date of the act a definite name refers back to ("the attack", "since the Lviv
    strike"), when its own section tells none: the latest date told earlier in the article on
    a name of such an act ("last week's missile strike", "the strike on Tuesday") or on its
    verb ("Russia struck Lviv on Thursday"). A back-reference opening a new paragraph is not
    on the day the story was written."""
    # the act itself, or the one its harm is told in ("61 were wounded in the attack")
    names = [ev_root] + [o for p in ev_root.children if p.dep_ == "prep"
                         and p.lower_ in _HARM_PREPS for o in p.children if o.dep_ == "pobj"]
    if not any(n.lemma_.lower() in ACT_NOUNS and n.pos_ in ("NOUN", "PROPN")
               and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in n.children)
               for n in names):
        return None
    for t in reversed([t for t in told if t.span.end <= start and _datable(t)]):
        tok = _span(doc, t.span.start, t.span.end).root
        head = tok.head.head if tok.head.dep_ == "prep" else tok.head
        if head.i != tok.i and head.lemma_.lower() in ACT_NOUNS:
            return DateRef(value=t.value, precision=cal.precision_of(t.value) or "day",  # type: ignore
                           span=t.span, how="context")
    return None


_QUOTE_MARKS = ('"', "“", "‘", "'", "«")


def _opening_quote(text: str, at: int) -> int | None:
    """Where the paragraph holding ``at`` begins, when it opens with a quotation mark."""
    p_start = paragraph_of(text, at)[0]
    return p_start if text.startswith(_QUOTE_MARKS, p_start) else None


def _when_clause_date(doc: Doc, clause: Token, in_sent: Sequence[Timex]) -> DateRef | None:
    """'the deadliest since March 2019, when a bomb killed 40 people': a 'when' clause right
    after a date tells what happened on that date."""
    if not any(c.dep_ == "advmod" and c.lower_ == "when" for c in clause.children):
        return None
    begin = clause.left_edge.idx
    for t in in_sent:
        if t.span.end <= begin and doc_text(doc)[t.span.end:begin].strip() in ("", ",") \
                and _datable(t):
            return _ref(t, _how(t))
    return None


_TOLD_BEFORE_MARKS = ("after", "before", "since", "until")
# "talks resumed after the clashes", "the first meeting since a drone attack", "talks on
# Monday before the vote": an act named in such a phrase is at another time than the clause's
_PRIOR_PREPS = frozenset({"after", "following", "since", "before"})
# Verbs and nouns of reacting: what they answer happened before them ("condemned the attack",
# "responded to the shelling", "a protest over the expulsion", "thanked Oman for its mediation").
REACTING = REACTION_VERBS | frozenset({"welcome", "hail", "praise", "applaud", "commend",
                                       "deplore", "decry", "criticise", "criticize", "protest",
                                       "regret", "lament", "thank", "congratulate", "blame"})
REACTION_NOUNS = frozenset({"protest", "condolences", "outrage", "anger", "reaction", "response",
                            "retaliation", "apology", "investigation", "inquiry", "probe",
                            "condemnation", "revenge", "reprisal", "reprisals"})
_REACTION_PREPS = frozenset({"over", "for", "to", "at", "against", "into", "on"})
# Verbs charging someone with an act ("accused Pakistan of the strike", "accusing Kabul of
# carrying out the attack", "charged with the killing"): the act charged was done before.
ACCUSING = frozenset({"accuse", "suspect", "charge", "convict", "blame"})
_CHARGE_PREPS = frozenset({"of", "with", "for"})


def _charged(prep: Token) -> bool:
    """``prep`` opens what a charge or a reaction is about ("accused X of", "blamed X for")."""
    verb = prep.head.lemma_.lower()
    return (prep.lower_ in _CHARGE_PREPS and verb in ACCUSING) or (
        prep.lower_ in _REACTION_PREPS and verb in REACTING)


def _told_before_scope(ev_root: Token, ev_clause: Token) -> Token | None:
    """The clause or noun phrase an event is told in when it is told as before (or apart
    from) its sentence's main act: a clause "after militants attacked a post (and killed two
    guards)", a phrase "after a deadly exchange of fire", what a reaction answers
    ("welcomed the release of the sailors", "a protest over the expulsion") or a charge names
    ("accused Kabul of the attack"). None otherwise."""
    c = _first_verb_conjunct(ev_clause)
    if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _TOLD_BEFORE_MARKS
                                 for m in c.children):
        return c
    if c.dep_ == "pcomp" and _charged(c.head):
        return c  # "accusing Pakistan of carrying out the attack"
    if ev_root.pos_ not in ("NOUN", "PROPN"):
        return None
    n = ev_root
    while n.dep_ == "conj" and n.head.pos_ in ("NOUN", "PROPN"):
        n = n.head
    head = n.head
    if n.dep_ == "pobj" and head.lower_ in _PRIOR_PREPS:
        return n
    if n.dep_ == "pobj" and (_charged(head) or (head.lower_ in _REACTION_PREPS
                             and head.head.lower_ in REACTION_NOUNS)):
        return n
    if n.dep_ == "dobj" and head.lemma_.lower() in REACTING:
        return n
    return None


# Verbs telling one act as coming after (or before) another, which is their object or the
# object of their 'after' / 'before' ("followed the launch", "came days after the vote").
SEQUENCE_VERBS = frozenset({"follow", "precede", "come"})


def _after_what_it_followed(ev_root: Token, ev_verb: Token, tok: Token) -> bool:
    """The event is the subject of "X followed Y" / "X came after Y" and the date ``tok`` is
    told after Y: it dates Y, the act X is told in relation to, not X."""
    if ev_root.dep_ not in ("nsubj", "nsubjpass") or ev_root.head != ev_verb \
            or ev_verb.lemma_.lower() not in SEQUENCE_VERBS:
        return False
    return any(c.i < tok.i and ((c.dep_ == "dobj" and ev_verb.lemma_.lower() != "come") or
                                (c.dep_ == "prep" and c.lower_ in _TOLD_BEFORE_MARKS))
               for c in ev_verb.children)


def _occasion(clause: Token, ev_verb: Token) -> bool:
    """'agreed to a truce at talks hosted by Qatar on Sunday': a participle dating the meeting
    or ceremony the act was done at dates the act too."""
    noun = clause.head
    return clause.dep_ == "acl" and clause.tag_ == "VBN" and noun.dep_ == "pobj" \
        and noun.head.lower_ in ("at", "during") and noun.head.head == ev_verb


def _subject_participle(clause: Token) -> bool:
    """'Six miners freed by the rebels arrived …': a past participle on the subject of the
    sentence tells what happened to it before the main verb's act."""
    return clause.dep_ == "acl" and clause.tag_ == "VBN" and \
        clause.head.dep_ in ("nsubj", "nsubjpass") and not any(
            c.dep_ in ("aux", "auxpass") for c in clause.children)


def _publication(pub: datetime | None, text: str = "") -> DateRef:
    """The day the story was written: the dateline's when it is within two days of the
    publication date (a syndicated copy published "20.11.2024 01:42 KST" of a story filed
    "KYIV, Nov 19" is the 19th, as the original is), else the publication day; without a
    publication date, the dateline's month and day."""
    if pub is not None:
        day = _dateline_day(text, pub.date())
        return DateRef(value=day.isoformat(), precision="day", how="publication")
    m = _DATELINE.search(text, 0, 800)
    day = int(m["d"]) if m else 0
    value = f"XXXX-{month_num(m['mon']):02d}-{day:02d}" if m and 1 <= day <= 31 \
        else "XXXX-XX-XX"
    return DateRef(value=value, precision="day", how="publication")
