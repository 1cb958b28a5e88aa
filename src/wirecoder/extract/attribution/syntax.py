"""Syntax of attribution: spans, sources and contents read off the dependency parse.

Helpers of :mod:`wirecoder.extract.claims`; every function is pure over a parsed ``Doc``.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span, Token

from wirecoder.extract.attribution.lexicon import lexicon
from wirecoder.extract.paragraphs import breaks_between, paragraph_of
from wirecoder.extract.spans import after_dateline, doc_text, sentence_of
from wirecoder.model import ClaimStyle

QUOTE_MARKS = "“”«»„\"‘’'"
OPENING = "“«„\"‘'"
# verbs whose direct object is what was said ("denied the report", "announced a truce")
DOBJ_CONTENT = frozenset({
    "announce", "deny", "reject", "dismiss", "refute", "confirm", "acknowledge", "admit",
    "predict", "promise", "pledge", "threaten", "demand", "propose", "recommend", "reveal",
    "disclose", "estimate", "report", "claim", "allege", "blame", "criticize", "criticise",
    "praise", "condemn", "welcome", "defend", "endorse", "question", "repeat", "reiterate",
    "describe", "signal", "tout", "mention", "show", "forecast", "decry", "denounce", "applaud",
    "tweet", "post", "write", "ask", "urge", "accuse", "slam", "blast", "mock", "hint",
    "stress", "emphasize", "emphasise", "cite", "recall", "state", "answer", "declare"})
# verbs of a finding: a document's object is what it finds ("the study found 31 cases"); a
# person's is a thing come upon ("police found a car")
FINDING_VERBS = frozenset({"find", "indicate", "reveal", "document", "detail", "identify",
                           "conclude", "suggest"})
# verbs whose infinitive complement is what was said ("vowed to retaliate")
XCOMP_CONTENT = frozenset({"promise", "vow", "pledge", "threaten", "urge", "call", "ask",
                           "warn", "tell", "demand", "propose", "agree", "claim", "appear",
                           "advise", "recommend", "deny", "refuse"})
# prepositions after which the object is what was said ("warned of", "called for")
PREP_CONTENT = {"warn": {"of", "about", "against"}, "call": {"for"}, "complain": {"about", "of"},
                "ask": {"for", "about"}, "speak": {"of", "about"}, "talk": {"about"},
                "hint": {"at"}, "comment": {"on"}, "testify": {"about", "that"},
                "accuse": {"of"}, "blame": {"for"}, "criticize": {"for"}, "praise": {"for"},
                "agree": {"with", "on"}, "respond": {"to"}, "point": {"to"}}
# verbs of asking, whose "if"/"whether" clause is the question asked, not a condition
ASKING = frozenset({"ask", "wonder", "question", "inquire", "enquire", "query"})
SUBJECT_DEPS = ("nsubj", "csubj")
# objects of "say" that stand for a statement ("said yes", "said the same of Sanders")
# ("said so" only points back to a statement made before: no content of its own, as "it")
SAID_WORDS = frozenset({"yes", "no", "same", "otherwise", "nothing", "little"})
RELATIVE = frozenset({"who", "that", "which", "whom"})


# --- spans -----------------------------------------------------------------------------------

def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip spaces and edge punctuation, keeping quote marks that belong to a quotation."""
    while start < end and (text[start].isspace() or text[start] in ",;:.—–-)"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-(" or
                           (text[end - 1] == "." and not closes_quote(text, end))):
        end -= 1
    return start, end


def closes_quote(text: str, end: int) -> bool:
    return end < len(text) and text[end] in "”\"’'"


def subtree(tok: Token) -> tuple[int, int]:
    left, right = tok.left_edge, tok.right_edge
    return left.idx, right.idx + len(right)


def misattached_conj(tok: Token) -> bool:
    """'denied that soldiers were fighting … and called the reports …': a finite verb without
    a subject of its own, parsed as a conjunct of a progressive or passive verb inside a
    clause, is coordinated with the verb above that clause (a conjunct keeps its head's form)."""
    head = tok.head
    if tok.dep_ != "conj" or tok.tag_ not in ("VBD", "VBZ", "VBP") or \
            head.dep_ not in ("ccomp", "xcomp") or \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False
    if _said_by_the_speaker(tok):
        return True
    # "had retaken … and killed": a past form after a perfect shares its auxiliary; after a
    # passive, only a verb with an object of its own cannot be a second passive
    return head.tag_ == "VBG" or (head.tag_ == "VBN" and any(
        c.dep_ == "auxpass" for c in head.children) and any(c.dep_ == "dobj"
                                                            for c in tok.children))


def _said_by_the_speaker(tok: Token) -> bool:
    """A verb of saying coordinated with a clause reported by another verb of saying goes on
    with that verb's speaker when it is a second verb of speech in the tense of the first
    ('said the vote was unfair and predicted that …'), or when it has a clause of its own and
    the reported clause has a subject that cannot speak, a thing rather than a person, body
    or pronoun for one ('An official said the missile appeared to be new, but cautioned
    that …', not 'the missile cautioned')."""
    clause = tok.head
    outer = clause.head
    cues = lexicon().cue_verbs
    tier, outer_tier = cues.get(tok.lemma_.lower()), cues.get(outer.lemma_.lower())
    if tier is None or outer_tier is None:
        return False
    if tier == outer_tier == "speech" and tok.tag_ == outer.tag_:
        return True
    return clause.dep_ == "ccomp" and any(c.dep_ in ("ccomp", "xcomp") for c in tok.children) \
        and any(c.dep_ == "nsubj" for c in clause.children) and not agentive_subject(clause)


def clause_span(tok: Token) -> tuple[int, int]:
    """A clause's characters without a conjunct that belongs to the verb above it."""
    start, end = subtree(tok)
    for c in tok.children:
        if misattached_conj(c):
            cut = c.left_edge.i
            while cut > tok.i and (tok.doc[cut - 1].dep_ == "cc" or tok.doc[cut - 1].is_punct):
                cut -= 1
            if cut > tok.i:
                end = min(end, tok.doc[cut - 1].idx + len(tok.doc[cut - 1]))
    return start, end


def tokens_span(doc: Doc, tok: Token) -> Span:
    return doc[tok.left_edge.i:tok.right_edge.i + 1]


def expand_quotes(content: tuple[int, int], quotes: list[tuple[int, int]],
                   cue: tuple[int, int] | None) -> tuple[int, int]:
    s, e = content
    for qs, qe in quotes:
        if qs < e and s < qe and not (cue and qs <= cue[0] and cue[1] <= qe):
            s, e = min(s, qs), max(e, qe)
    return s, e


def style_of(text: str, content: tuple[int, int], quotes: list[tuple[int, int]]) -> ClaimStyle:
    s, e = content
    inside = [(qs, qe) for qs, qe in quotes if s <= qs and qe <= e]
    if not inside:
        return "indirect"
    if text[s] in OPENING and (text[e - 1] in QUOTE_MARKS or any(qe == e for _, qe in inside)):
        return "direct"
    return "mixed"


# --- sources ---------------------------------------------------------------------------------

def bare_end(doc: Doc, start: int, end: int) -> int:
    """The end of tokens ``start:end`` without trailing punctuation, but for the bracket that
    closes one opened inside ('Sen. Lang (D-Vt.)' keeps '.)')."""
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        if doc[end - 1].text == ")":
            inside = doc[start:end - 1].text
            if inside.count("(") > inside.count(")"):
                break
        end -= 1
    return end


def clean_source(doc: Doc, span: Span) -> Span | None:
    start, end = span.start, span.end
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    end = bare_end(doc, start, end)
    return doc[start:end] if end > start else None


def tidy_source(doc: Doc, span: Span) -> Span:
    """A source without the dateline that opens its paragraph ('KYIV — Ukraine') nor a date
    told of the statement at its end ('Ukraine on Wednesday')."""
    text = doc_text(doc)
    start, end = span.start, span.end
    moved = after_dateline(text, span.start_char, span.end_char)
    if moved > span.start_char:
        while start < end and doc[start].idx < moved:
            start += 1
    head = span.root
    for c in head.children:
        if c.i >= start and c.right_edge.i == end - 1 and c.i > head.i and _is_date(c):
            end = c.left_edge.i
        elif _aside(c) and start < c.left_edge.i - 1 and c.right_edge.i >= end - 2:
            end = c.left_edge.i - 1  # the comma before it
    end = bare_end(doc, start, end)
    return doc[start:end] if end > start else span


def closing_comma(text: str, start: int, end: int, cue_start: int | None) -> int:
    """Where a source before its cue ends, with the comma that closes a phrase it sets off
    ('Lang, a senator, said': the apposition's second comma is one of its pair, as PolNeAR
    marks it); a source with no comma inside ('Lang, in turn, said') keeps its end."""
    if cue_start is None or end >= cue_start or not text.startswith(",", end) or \
            "," not in text[start:end]:
        return end
    return end + 1


def _aside(tok: Token) -> bool:
    """A participle phrase set off after a speaker's name ('Lang, speaking at a rally,',
    'Lang, clearly frustrated,'): what the speaker was doing or feeling, not who speaks
    (an apposition, 'Lang, a senator,', names them and stays)."""
    return tok.dep_ == "acl" and tok.tag_ in ("VBG", "VBN") and tok.i > tok.head.i and \
        tok.left_edge.i > 0 and tok.doc[tok.left_edge.i - 1].text == ","


def _is_date(tok: Token) -> bool:
    if tok.dep_ == "npadvmod":
        return tok.ent_type_ in ("DATE", "TIME")
    return tok.dep_ == "prep" and tok.lower_ in ("on", "in", "at", "during", "late", "early") \
        and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in tok.children)


def noun_phrase(doc: Doc, head: Token) -> Span:
    """The head noun with its left modifiers only (not its relative clause or apposition)."""
    return doc[head.left_edge.i:head.i + 1]


def unquoted(doc: Doc, span: Span | None, head: Token,
              quotes: list[tuple[int, int]]) -> Span | None:
    """The part of a source around its head that lies outside every quotation (a misparse
    can hang a whole quotation under the speaker's name)."""
    if span is None or not any(qs < span.end_char and span.start_char < qe for qs, qe in quotes):
        return span
    def inside(t: Token) -> bool:
        return t.text in QUOTE_MARKS or any(qs <= t.idx < qe for qs, qe in quotes)
    if not span.start <= head.i < span.end or inside(head):
        return None
    start = end = head.i
    while start > span.start and not inside(doc[start - 1]):
        start -= 1
    while end + 1 < span.end and not inside(doc[end + 1]):
        end += 1
    return clean_source(doc, doc[start:end + 1])


def source_of(doc: Doc, verb: Token, quotes: list[tuple[int, int]] = ()) -> Span | None:
    span = subject_of(doc, verb)
    outside = [q for q in quotes if not q[0] <= verb.idx < q[1]]  # a cue inside a quotation
    found = unquoted(doc, span, span.root, outside) if span is not None else None
    return found if found is not None else speaker_after_quote(doc, verb, outside)


# words that may open the speaker's phrase between a quotation and its cue verb
SPEAKER_OPENERS = ("PROPN", "PRON", "NOUN", "DET", "ADJ", "NUM")


def speaker_after_quote(doc: Doc, verb: Token, quotes: list[tuple[int, int]]) -> Span | None:
    """'“…,” Lang, a senior adviser, said Thursday on “Night and Day.”': the words between a
    quotation that ends in a comma (or ?/!) and the cue verb are the speaker, however the
    parser hung them (it may take a quoted title after the verb for the subject, and the name
    for an apposition inside the quotation's clause)."""
    before = [q for q in quotes if q[1] <= verb.idx]
    if not before:
        return None
    qs, qe = before[-1]
    text = doc_text(doc)
    gap = text[qe:verb.idx]
    if "\n" in gap or not gap[:1].isspace() or text[qs:qe].rstrip(QUOTE_MARKS)[-1:] not in ",?!":
        return None
    first = verb.i  # the first token after the quotation, found back from the verb
    while first > 0 and doc[first - 1].idx >= qe:
        first -= 1
    words = [t for t in doc[first:verb.i] if not t.is_punct and not t.is_space]
    if not words or len(words) > 15 or words[0].pos_ not in SPEAKER_OPENERS or any(
            t.pos_ in ("VERB", "AUX") for t in words):
        return None
    return clean_source(doc, doc[words[0].i:words[-1].i + 1])


def previous_word(doc: Doc, tok: Token) -> Token | None:
    i = tok.i - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return doc[i] if i >= 0 else None


def subject_of(doc: Doc, verb: Token) -> Span | None:
    """The subject of the cue verb, climbing from participles ("…, adding") to the verb they
    hang on; only within the cue's paragraph (the parser may run a sentence over a break)."""
    p_start, p_end = paragraph_of(doc_text(doc), verb.idx)
    tok = verb
    for _ in range(5):
        subj = [c for c in tok.children if c.dep_ in SUBJECT_DEPS and p_start <= c.idx < p_end]
        # "Olsen, who …, last week said": a date the parser took for a second subject
        subj = [c for c in subj if c.ent_type_ not in ("DATE", "TIME")] or subj
        if subj:
            s = min(subj, key=lambda c: abs(c.i - tok.i))
            if s.lower_ in RELATIVE and tok.dep_ == "relcl":
                # "a senator who said …": the pronoun is the source as written (as PolNeAR
                # marks it); the speaker is resolved through its antecedent
                return doc[s.i:s.i + 1]
            return clean_source(doc, tokens_span(doc, s))
        agent = [c for c in tok.children if c.dep_ == "agent"]
        if agent:
            pobj = [c for c in agent[0].children if c.dep_ == "pobj"]
            if pobj:
                return clean_source(doc, tokens_span(doc, pobj[0]))
        if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
            noun = tok.head
            gov = noun.head.head if noun.dep_ == "pobj" else noun.head
            if noun.dep_ in ("dobj", "pobj") and gov.pos_ == "VERB" and any(
                    c.dep_ == "nsubj" for c in gov.children):
                tok = gov  # "issued a statement saying", "emailed supporters saying": the sender
                continue
            return clean_source(doc, noun_phrase(doc, noun))
        if tok.i == verb.i and tok.tag_ in ("VBD", "VBZ", "VBP"):
            prev = previous_word(doc, tok)
            if prev is not None and prev.pos_ in ("NOUN", "PROPN", "PRON") and \
                    p_start <= prev.idx and prev.dep_ not in ("dobj", "pobj"):
                # "…, the air force\nsaid": a wrapped line can cost the parser the subject
                return clean_source(doc, doc[prev.left_edge.i:prev.i + 1])
            if prev is not None and (name := _name_after_opening(doc, tok, prev)) is not None:
                return name
            if prev is not None and (named := _titled_name_before(doc, tok, prev)) is not None:
                return named
        if misattached_conj(tok):
            tok = tok.head.head  # "denied that … and called …": the subject of "denied"
            continue
        if tok.i == verb.i and (inverted := _inverted_speaker(tok)) is not None:
            return clean_source(doc, noun_phrase(doc, inverted))
        if tok.dep_ == "conj" and tok.head.lemma_.lower() not in lexicon().cue_verbs and \
                not agentive_subject(tok.head) and not _nominal_subject(tok.head):
            break  # a conjoined verb shares its subject only with a speaking one
        if tok.dep_ in ("advcl", "xcomp", "conj", "pcomp", "prep", "dep", "ccomp", "acomp") and \
                tok.head != tok:
            # ('acomp': "Lang was quick to point out that …", the adjective's subject)
            tok = tok.head
            continue
        break
    return None


def _name_after_opening(doc: Doc, verb: Token, prev: Token) -> Span | None:
    """'In an interview with CNN Mary Hill said …': an opening phrase with no comma after it
    makes the parser take the speaker's name for the last object of its preposition; the
    name (the entity, or the run of proper nouns, ending right before the verb) is the
    subject the verb lacks, when the verb reports a clause after it."""
    if prev.dep_ != "pobj" or prev.pos_ != "PROPN" or not any(
            c.dep_ == "ccomp" and c.i > verb.i for c in verb.children) or not any(
            c.dep_ == "prep" and c.i < verb.i and c.left_edge.i <= prev.i <= c.right_edge.i
            for c in verb.children):
        return None
    if prev.ent_type_ and prev.ent_iob_ in ("B", "I") and (
            prev.i + 1 >= len(doc) or doc[prev.i + 1].ent_iob_ != "I"):
        start = prev.i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        if prev.ent_type_ not in ("PERSON", "ORG", "NORP", "GPE"):
            return None
        return clean_source(doc, doc[start:prev.i + 1])
    start = prev.i
    while start > 0 and doc[start - 1].pos_ == "PROPN":
        start -= 1
    return clean_source(doc, doc[start:prev.i + 1])


def _titled_name_before(doc: Doc, verb: Token, prev: Token) -> Span | None:
    """'Tokyo lodged a protest in Beijing, the cabinet secretary, Kenji Mori, said': after a
    fronted clause the parser hangs the speaker's title on the clause's last noun and the
    name on the title; the title and its name, between commas right before the verb, are the
    subject the verb lacks."""
    if prev.text != "," or not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        return None
    name = previous_word(doc, prev)
    if name is None or name.dep_ != "appos" or not (
            name.ent_type_ == "PERSON" or name.pos_ == "PROPN"):
        return None
    title = name.head
    if title.dep_ != "appos" or title.i >= name.i or title.pos_ != "NOUN":
        return None
    before = previous_word(doc, doc[title.left_edge.i])
    if before is None or before.text != ",":
        return None
    return clean_source(doc, doc[title.left_edge.i:name.i + 1])


def _inverted_speaker(verb: Token) -> Token | None:
    """'“…?” asked Peter Lang': after a quotation the speaker may follow the verb, where the
    parser can take the name for its object."""
    if verb.i + 1 >= len(verb.doc) or not any(c.dep_ == "ccomp" and c.i < verb.i
                                              for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ == "dobj" and c.left_edge.i == verb.i + 1 and (
                c.ent_type_ == "PERSON" or c.pos_ == "PROPN"):
            return c
        if c.dep_ == "ccomp" and c.i > verb.i:
            # "…,'' said Peter Lang, who … endorsed Ruiz": the name taken for the subject of
            # a clause after the verb
            subj = [g for g in c.children if g.dep_ == "nsubj" and g.left_edge.i == verb.i + 1]
            if subj and (subj[0].ent_type_ == "PERSON" or subj[0].pos_ == "PROPN"):
                return subj[0]
    return None


def _nominal_subject(verb: Token) -> bool:
    """A subject noun phrase of people ('the younger sister', 'management'), not a clause,
    an expletive or a thing the lexicon does not know as a source."""
    return any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") and c.tag_ != "NNS"
               and c.lower_ not in ("it", "there") for c in verb.children)


def antecedent(doc: Doc, source: Span) -> Span:
    """The noun phrase a relative pronoun source stands for ("the senator" of "who")."""
    if len(source) == 1 and source[0].lower_ in RELATIVE and source[0].head.dep_ == "relcl":
        head = source[0].head.head
        if head.pos_ in ("NOUN", "PROPN", "PRON"):
            head = _named_above(head) or head
            return clean_source(doc, noun_phrase(doc, head)) or source
    return source


# clause verbs a relative pronoun's antecedent is not looked for above
CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "conj", "parataxis"})


def _named_above(noun: Token) -> Token | None:
    """'said Amna Yousif, a doctor who travelled to address the delegates, who added that':
    a relative clause of speaking hung on a noun inside the description of a named person
    (its apposition, and what hangs on that) is the named person's; a noun of the clause
    itself ('police arrested a man, who said') keeps its own."""
    if noun.ent_type_ == "PERSON":
        return None
    tok = noun
    while tok.head.i != tok.i and not (tok.pos_ in ("VERB", "AUX") and tok.dep_ in CLAUSE_DEPS):
        tok = tok.head
        if tok.ent_type_ == "PERSON" or (tok.pos_ == "PROPN" and tok.dep_ == "nsubj"):
            return tok
    return None


# --- content of a cue verb -------------------------------------------------------------------

def in_quote(pos: int, quotes: list[tuple[int, int]]) -> bool:
    """Whether ``pos`` lies inside one of the (sorted, non-overlapping) quotations."""
    i = bisect.bisect_right(quotes, (pos, 1 << 62)) - 1
    return i >= 0 and quotes[i][0] <= pos < quotes[i][1]


def title_like(text: str, q: tuple[int, int]) -> bool:
    """''Bridge of Spies,'' or “Access Hollywood”: a name in quotes, not a quotation."""
    words = [w.strip(".,!?;:'\"“”‘’") for w in text[q[0]:q[1]].split()]
    words = [w for w in words if w]
    small = {"of", "the", "a", "an", "and", "in", "on", "for", "to", "with", "at", "by", "or"}
    return 1 <= len(words) <= 6 and all(w[0].isupper() or w in small or not w[0].isalpha()
                                         for w in words) and words[0][0].isupper() and \
        not text[q[0]:q[1]].rstrip("”\"' ").endswith((".", "!", "?", ".'", "?'"))


def adjacent_quote(doc: Doc, verb: Token, quotes: list[tuple[int, int]],
                    taken: set[tuple[int, int]]) -> tuple[int, int] | None:
    """A quotation in the verb's sentence (or after its colon) that no complement claimed."""
    text = doc_text(doc)
    sent = sentence_of(verb)
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    colon = (nxt is not None and nxt.text == ":") or sent.text.rstrip().endswith(":")
    if colon:
        after = (nxt.idx + 1) if nxt is not None and nxt.text == ":" else sent.end_char
        for q in quotes:
            if q[0] >= after - 1 and not text[after:q[0]].strip():
                return q
        if nxt is not None and nxt.text == ":":
            end = paragraph_of(text, after)[1]
            return trim(text, after, min(end, sent.end_char if sent.end_char > after else end))
    best = None
    for q in quotes:
        if q in taken:
            continue
        in_sentence = q[0] < sent.end_char and sent.start_char < q[1]
        gap = text[q[1]:verb.idx] if q[1] <= verb.idx else text[verb.idx + len(verb):q[0]]
        if not in_sentence and (any(ch in gap for ch in ".!?") or len(gap) > 80 or
                                breaks_between(text, min(q[1], verb.idx), max(q[0], verb.idx))):
            continue
        if q[0] > verb.idx and gap.rstrip().endswith((".", "!", "?")):
            continue  # "X, he said, was simple. ''…''": a new sentence the parser ran on into
        if q[0] <= verb.idx < q[1] or (title_like(text, q) and not _cued(text, q, verb)):
            continue
        dist = verb.idx - q[1] if q[1] <= verb.idx else q[0] - verb.idx
        if best is None or dist < best[0]:
            best = (dist, q)
    return best[1] if best else None


def _cued(text: str, q: tuple[int, int], verb: Token) -> bool:
    """'"Bridges," said Olsen': a short quotation closed by a comma, '?' or '!' right before the
    cue verb is a quotation, however much it looks like a title."""
    inner = text[q[0]:q[1]].rstrip("”\"'’ ")
    return q[1] <= verb.idx and not text[q[1]:verb.idx].strip() and inner.endswith((",", "?", "!"))


# prepositions of a saying's time, place or channel
SETTING_PREPS = frozenset({"on", "in", "at", "during", "after", "before", "to"})


def parenthetical_span(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """'The plan, she said, would fail.': the sentence around a cue set off by commas."""
    prev = doc[verb.i - 2] if verb.i >= 2 else None
    # after the verb's own object, time or channel ("The plan, she told them, would fail",
    # "…, he said on Friday, …", "…, she said in a statement, …")
    last = max((c.right_edge.i for c in verb.children
                if c.i > verb.i and (c.dep_ in ("dobj", "dative", "advmod", "npadvmod") or (
                    c.dep_ == "prep" and c.lower_ in SETTING_PREPS)) and not _closing_aside(c)),
               default=verb.i)
    nxt = doc[last + 1] if last + 1 < len(doc) else None
    if verb.dep_ not in ("parataxis", "advcl", "conj", "dep") or nxt is None or prev is None:
        return None
    if nxt.text not in (",", "—") or not any(t.text in (",", "—") for t in
                                             doc[max(sentence_of(verb).start, verb.i - 12):verb.i]):
        return None
    sent = sentence_of(verb)
    # the sentence ends at its first full stop after the cue, where the parser may have run on
    # ("The plan, she said, was simple. ''Come early,''": the quotation is another sentence)
    stop = next((t for t in doc[last + 1:sent.end] if t.text in (".", "!", "?")), None)
    return sent.start_char, (stop.idx + 1 if stop is not None else sent.end_char)


def _closing_aside(tok: Token) -> bool:
    """'…, the army said, the third launch this month.': a noun phrase after a comma that
    closes the sentence is the writer's aside on the whole report, not the cue's adverb."""
    doc = tok.doc
    left, right = tok.left_edge.i, tok.right_edge.i
    return tok.dep_ == "npadvmod" and left > 0 and doc[left - 1].text == "," and \
        tok.pos_ == "NOUN" and right + 1 < len(doc) and doc[right + 1].text in (".", "\n") \
        and not any(t.pos_ in ("VERB", "AUX") for t in doc[left:right + 1])


def ends_after_cue(doc: Doc, verb: Token) -> bool:
    """Nothing but punctuation, a participle ("…, adding …") or a closing aside follows the
    cue."""
    rest = [t for t in doc[verb.i + 1:sentence_of(verb).end] if not (t.is_punct or t.is_space)]
    return not rest or rest[0].tag_ == "VBG" or (
        doc[rest[0].i - 1].text == "," and rest[0].pos_ in ("DET", "ADJ", "NUM", "NOUN")
        and not any(t.pos_ in ("VERB", "AUX") for t in rest))  # "…, the second this year."


def has_that(tok: Token) -> bool:
    return any(g.dep_ == "mark" and g.lower_ == "that" for g in tok.children)


def has_to(tok: Token) -> bool:
    """An infinitive: 'to' is among the clause's auxiliaries ("a promise [to run]")."""
    return any(g.dep_ == "aux" and g.lower_ == "to" for g in tok.children)


# prepositions whose object tells what a view noun holds ("support for X", "the idea of X")
NOUN_PREPS = frozenset({"of", "about", "for", "on", "over", "to", "against", "with", "toward",
                        "towards", "regarding"})


def noun_complement(noun: Token) -> tuple[Token, int] | None:
    """The complement of a view or statement noun after it: a 'that' clause, an infinitive ('a
    commitment to fight'), or the object of a preposition ('support for X'); and where a cue
    putting the noun forward ends (past the noun, or past its preposition). None for 'no X'
    ("made no mention of X": nothing is put forward)."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return None
    for c in noun.children:
        if c.i < noun.i:
            continue
        if c.dep_ in ("acl", "relcl", "ccomp", "appos") and has_that(c):
            return c, noun.idx + len(noun)
        if c.dep_ == "acl" and has_to(c):
            return c, noun.idx + len(noun)
        if c.dep_ == "prep" and c.lower_ in NOUN_PREPS:
            pobj = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            if pobj:
                return pobj[0], c.idx + len(c)
    return None


def phrase_end(doc: Doc, verb: Token) -> int:
    """Where the verb's phrase ends, kept to its sentence and paragraph (for a clause the
    parser did not hang where it belongs: "agreed that …", "made it clear that …")."""
    p_end = paragraph_of(doc_text(doc), verb.idx)[1]
    return min(verb.right_edge.idx + len(verb.right_edge), sentence_of(verb).end_char, p_end)


def _after_leading_date(verb: Token, clause: Token, start: int) -> int:
    """'said on Monday it would delay …': the parser may hang the date right after the cue on
    the reported clause, but it tells when the words were said, not part of what was said."""
    doc = verb.doc
    first = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if first is None or first.idx != start or first.dep_ != "prep" or first.head.i != clause.i \
            or first.lower_ not in ("on", "in", "at", "during"):
        return start
    words = [t for t in first.subtree if t.i != first.i]
    if not words or any(t.ent_type_ not in ("DATE", "TIME") for t in words if not t.is_punct):
        return start
    after = first.right_edge.i + 1
    if after >= clause.i or not any(t.dep_ in ("nsubj", "nsubjpass") and t.i >= after
                                    for t in clause.children):
        return start
    return doc[after].idx


FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _lost_subject(verb: Token, clause: Token, start: int) -> int:
    """'hoped the meeting, requested by X, would be …', 'said about half of it reflected …':
    a finite clause with no subject of its own after a noun phrase the parser hung on the cue
    verb as its object (or a preposition's): that phrase is the clause's subject, and what was
    said starts with it."""
    doc = verb.doc
    if clause.i < verb.i or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")
                                for c in clause.children):
        return start
    if clause.tag_ not in FINITE and not any(c.tag_ == "MD" or (
            c.dep_ == "aux" and c.tag_ in FINITE) for c in clause.children):
        return start
    first = doc[clause.left_edge.i]
    if first.i > 0 and (doc[first.i - 1].dep_ == "cc" or first.dep_ == "cc"):
        return start  # "touted X and promised …": a second verb of the speaker's own
    for c in verb.children:
        if not verb.i < c.i < clause.i or c.dep_ not in ("dobj", "prep") or \
                c.right_edge.i + 1 < first.i - 1 or c.right_edge.i >= first.i:
            continue
        if c.dep_ == "prep" and (c.lower_ not in ("about", "of") or c.i != verb.i + 1):
            continue  # "said on Monday …": when, not who
        if c.ent_type_ in ("DATE", "TIME") or c.pos_ == "PRON":
            continue
        return min(start, c.left_edge.idx)
    return start


def _addressee_start(verb: Token, comp: Token) -> int:
    """'called on the army to leave': what is asked is the one called on doing it, so the
    content starts at the one called on (and the cue takes the preposition: 'called on')."""
    start = subtree(comp)[0]
    for c in verb.children:
        if verb.i < c.i < comp.i and c.dep_ == "prep" and c.lower_ in ("on", "upon"):
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.ent_type_ not in ("DATE", "TIME"):
                start = min(start, obj.left_edge.idx)  # (not "agreed on Friday to")
    return start


def _unmarked_clause(verb: Token, kids: list[Token]
                     ) -> tuple[tuple[int, int], Token] | None:
    """'said after the meeting he would resign': a phrase between the cue and its "that"-less
    clause makes the parser hang the clause on the cue as an adverbial. A finite clause with
    its own subject and no conjunction ("if", "when", "because") after a verb of saying or
    believing is what was said; it starts at its subject (the phrase before it is the cue's
    time or place)."""
    for c in kids:
        if c.dep_ != "advcl" or c.i < verb.i or c.pos_ not in ("VERB", "AUX"):
            continue
        if any(g.dep_ == "mark" or (g.dep_ == "advmod" and g.tag_ == "WRB")
               for g in c.children):
            return None
        subj = [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass", "expl")]
        finite = c.tag_ in FINITE or any(g.tag_ == "MD" or (
            g.dep_ in ("aux", "auxpass") and g.tag_ in FINITE) for g in c.children)
        if subj and finite and subj[0].i < c.i:
            return (subj[0].left_edge.idx, subtree(c)[1]), c
    return None


def content_of(doc: Doc, verb: Token, tier: str,
                quotes: list[tuple[int, int]]) -> tuple[tuple[int, int], Token | None] | None:
    lemma = verb.lemma_.lower()
    text = doc_text(doc)
    p_start, p_end = paragraph_of(text, verb.idx)
    # the parser may run a sentence over a paragraph break: keep to the cue's paragraph,
    # nearest dependents first
    kids = sorted((c for c in verb.children if p_start <= c.idx < p_end),
                  key=lambda c: abs(c.i - verb.i))
    if tier == "quote":
        return None
    for c in kids:
        if c.dep_ == "ccomp" and c.i < verb.i and ":" in text[subtree(c)[1]:verb.idx]:
            continue  # "The mood was tense: Lang called it …": the clause is the writer's
        if c.dep_ == "ccomp" or (c.dep_ == "parataxis" and any(
                q[0] <= c.idx < q[1] for q in quotes)):
            span = clause_span(c)
            return (_lost_subject(verb, c, _after_leading_date(verb, c, span[0])), span[1]), c
    for c in kids:  # "reported, citing X, that …": the parser may hang the clause on "citing"
        if c.dep_ == "advcl" and c.lemma_.lower() in ("cite", "quote") and c.tag_ == "VBG":
            for g in c.children:
                if g.dep_ == "ccomp":
                    return subtree(g), g
    for c in kids:  # "told a meeting of X that …": the parser hangs the clause on the object
        if c.dep_ in ("dobj", "dative"):
            for g in c.subtree:
                if g.i != c.i and g.dep_ in ("acl", "relcl", "ccomp") and has_that(g) and \
                        g.head.pos_ in ("NOUN", "PROPN"):
                    return subtree(g), g
    for c in kids:  # "said in a statement that …": the parser hangs the clause on the noun
        if c.dep_ == "prep" and (c.lower_ in ("in", "on", "at", "during", "with") or (
                c.lower_ == "of" and lemma in ("say", "write"))):  # "said of X that …"
            # ("said with moderate confidence that …": on the manner noun as well)
            for g in c.children:
                for clause in g.children:
                    if clause.dep_ in ("acl", "relcl", "ccomp") and has_that(clause):
                        return subtree(clause), clause
    if tier in ("speech", "belief") and (lost := _unmarked_clause(verb, kids)) is not None:
        return lost
    if tier == "belief":
        return None
    if tier == "intent":
        for c in kids:
            if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and has_to(c):
                return subtree(c), c
        return None
    for c in kids:
        if c.dep_ == "xcomp" and lemma in XCOMP_CONTENT:
            return (_addressee_start(verb, c), subtree(c)[1]), c
    if lemma == "call":
        obj = [c for c in kids if c.dep_ == "dobj"]
        oprd = [c for c in kids if c.dep_ in ("oprd", "xcomp", "acomp")]
        if obj and oprd:
            return (obj[0].left_edge.idx, subtree(oprd[0])[1]), oprd[0]
    preps = PREP_CONTENT.get(lemma, set())
    for c in kids:
        if c.dep_ == "prep" and c.lower_ in preps and c.i > verb.i:  # not "For months, X …"
            pobj = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            if pobj:
                start, end = subtree(pobj[0])
                return (start, max(end, _list_rest(verb, pobj[0]))), pobj[0]
        if (mark := for_to_mark(c)) is not None and mark.lower_ in preps:
            return (mark.idx + len(mark), subtree(c)[1]), c
        if lemma in ASKING and c.dep_ == "advcl" and c.i > verb.i and any(
                g.dep_ == "mark" and g.lower_ in ("if", "whether") for g in c.children):
            return subtree(c), c  # "asked if he would run": the parser makes it an adverbial
    if lemma in ("say", "write"):
        for c in kids:  # 'said "no place in a campaign"', 'said no', 'said the same of X'
            if (c.dep_ == "dobj" and c.tag_ not in ("WP", "WDT") and (
                    in_quote(c.idx, quotes) or c.lower_ in SAID_WORDS)) or \
                    (c.dep_ in ("advmod", "intj") and c.lower_ in ("yes", "no")):
                return subtree(c), c
    if lemma in FINDING_VERBS and _document_subject(verb):
        for c in kids:  # "a study found 31 cases", "the poll indicates a tightening race"
            if c.dep_ == "dobj" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN", "NUM"):
                return subtree(c), c
    if lemma in DOBJ_CONTENT and (passive := passive_object(verb)) is not None:
        return subtree(passive), passive  # "the plan was rejected by Norway"
    if lemma in DOBJ_CONTENT:
        for c in kids:
            if c.dep_ == "dobj" and not (c.pos_ == "PRON" and lemma in ("ask", "urge", "tell")):
                if c.lower_ in ("it", "this", "that") and lemma not in ("deny", "confirm"):
                    continue
                return subtree(c), c
    nxt = verb.i + 1
    while nxt < len(doc) and doc[nxt].dep_ == "advmod":
        nxt += 1
    if nxt < len(doc) and doc[nxt].lower_ == "that" and doc[nxt].dep_ == "mark" and \
            doc[nxt].head.i > nxt:
        # "agreed that the Treasury has limited power": the parser lost the clause's root
        return trim(text, doc[nxt].idx, phrase_end(doc, verb)), doc[nxt].head
    if not any(c.dep_ in ("ccomp", "dobj", "xcomp", "parataxis", "prep", "dative")
               for c in kids):
        # the cue has nothing of its own: "as he told the crowd that …" is a time
        return as_clause(doc, verb)
    return None


# verbs of reporting that vouch for a clause from an "as" parenthetical ("as X noted"); other
# verbs after "as" tell a time ("as he welcomed the guests, …")
AS_CUES = frozenset({"say", "report", "note", "write", "explain", "point", "suggest", "tell",
                     "show", "find", "predict", "argue", "observe", "mention", "state", "claim",
                     "announce", "indicate", "reveal", "confirm", "acknowledge", "describe",
                     "detail", "document", "warn", "recall", "remind", "concede", "admit"})


def document_noun(tok: Token) -> bool:
    """A noun of a document or outlet ('the study', 'a new poll', 'the report', 'the paper'),
    by its kind in ``kb/claims/source_nouns.txt``."""
    return lexicon().source_nouns.get(tok.lemma_.lower()) in ("document", "media")


def _document_subject(verb: Token) -> bool:
    """The verb's subject is a document or outlet ('the study', 'a new poll', 'the report')."""
    return any(c.dep_ == "nsubj" and document_noun(c) for c in verb.children)


def as_clause(doc: Doc, verb: Token) -> tuple[tuple[int, int], Token] | None:
    """'As the Times reported, the mayor had left' / 'as reported by X': a cue in an adverbial
    clause marked 'as' vouches for the clause it hangs on; content is that clause without it."""
    head = verb.head
    if verb.lemma_.lower() not in AS_CUES or verb.dep_ != "advcl" or \
            head.pos_ not in ("VERB", "AUX") or not any(
            c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return None
    h_start, h_end = subtree(head)
    v_start, v_end = subtree(verb)
    sent = sentence_of(verb)
    text = doc_text(doc)
    h_start, h_end = trim(text, max(h_start, sent.start_char), min(h_end, sent.end_char))
    before, after = trim(text, h_start, v_start), trim(text, v_end, h_end)
    # "The mayor, as X reported, had left": the longer side (a span is one piece)
    span = max(before, after, key=lambda p: p[1] - p[0])
    return (span, head) if span[1] - span[0] >= 3 else None


AGENT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you", "who"})


def agentive_subject(verb: Token) -> bool:
    """A subject that can hold a view: a person, organisation, country or a pronoun for one."""
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subj:
        return False
    head = subj[0]
    return head.lower_ in AGENT_PRONOUNS or head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") \
        or head.lemma_.lower() in lexicon().source_nouns


def for_to_mark(clause: Token) -> Token | None:
    """'called for Lang to quit': the parser makes 'for X to …' a clause marked by 'for'
    under the verb; the mark stands for the verb's preposition and the clause for its object."""
    if clause.dep_ != "advcl" or not has_to(clause):
        return None
    marks = [g for g in clause.children if g.dep_ == "mark" and g.lower_ == "for"]
    return marks[0] if marks else None


def _complements(tok: Token) -> list[tuple[str, Token, Token | None]]:
    """(frame, complement root, predicate-adjective) pairs of a verb, in the names of
    ``kb/claims/frames.txt``."""
    out: list[tuple[str, Token, Token | None]] = []
    passive = passive_object(tok)
    if passive is not None:
        out.append(("dobj", passive, None))  # the subject of a passive is the object held
    for c in tok.children:
        if c.dep_ == "ccomp":
            out.append(("ccomp", c, None))
        elif c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX"):
            out.append(("xcomp", c, None))
        elif c.dep_ == "dobj":
            out.append(("dobj", c, None))
        elif c.dep_ == "prep":
            pobj = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            if pobj:
                out.append((f"prep:{c.lower_}", pobj[0], None))
        elif for_to_mark(c) is not None:
            out.append(("prep:for", c, None))
        elif c.dep_ == "acomp":
            adj = c.lemma_.lower()
            for g in c.children:
                if g.dep_ in ("ccomp", "xcomp"):
                    out.append((f"acomp:{adj}:{g.dep_}", g, c))
                elif g.dep_ == "prep":
                    pobj = [h for h in g.children if h.dep_ in ("pobj", "pcomp")]
                    if pobj:
                        out.append((f"acomp:{adj}:prep:{g.lower_}", pobj[0], c))
    return out


def passive_object(verb: Token) -> Token | None:
    """The subject of a passive whose agent is named ('the plan was rejected by Norway'):
    what the agent holds a view of."""
    if verb.tag_ != "VBN" or not any(c.dep_ == "agent" and any(g.dep_ == "pobj"
                                                               for g in c.children)
                                     for c in verb.children):
        return None
    subj = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return subj[0] if subj and subj[0].lower_ not in ("it", "there") else None


def asked_participle(verb: Token) -> bool:
    """'Asked about the plan, Lang said …': a past participle set off with no subject or agent
    of its own tells what was done to the one who speaks in the main clause; it is no cue."""
    return verb.tag_ == "VBN" and verb.dep_ in ("advcl", "acl") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "agent") for c in verb.children)


def participle_of_holder(verb: Token) -> bool:
    """'the group backing Bush', 'said, referring to X', 'by supporting X': a participle
    with no subject of its own, whose holder is the noun it modifies or the subject of the
    verb it hangs on (found by ``subject_of``)."""
    return verb.tag_ == "VBG" and verb.dep_ in ("acl", "advcl", "pcomp", "conj", "xcomp") \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def frame_content(doc: Doc, verb: Token, frames: frozenset[str]
                  ) -> tuple[tuple[int, int], Token, int] | None:
    """The complement a stance verb of ``kb/claims/frames.txt`` holds ("declined [to comment]",
    "expressed [concern]", "is eager [to run]"): content span, its root, and the cue's end (past
    a predicate adjective). Needs a nominal subject, as the frames were measured with one."""
    holder = verb.head if verb.dep_ == "xcomp" else verb  # "continues to back X"
    while holder.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass")
                                             for c in holder.children):
        holder = holder.head  # "Ruiz spoke and opposed the plan": the first verb's subject
    participle = participle_of_holder(verb)
    if not participle and passive_object(verb) is None and not any(
            c.dep_ == "nsubj" and c.lower_ not in ("it", "there") for c in holder.children):
        return None
    p_start, p_end = paragraph_of(doc_text(doc), verb.idx)
    found = [(f, c, a) for f, c, a in _complements(verb)
             if (f in frames or (participle and f"participle:{f}" in frames))
             and p_start <= c.idx < p_end]
    if not found:
        return None
    frame, comp, adj = min(found, key=lambda x: abs(x[1].i - verb.i))
    start, end = subtree(comp)
    if frame == "ccomp":
        start = _lost_subject(verb, comp, start)
    if (mark := for_to_mark(comp)) is not None:
        start = mark.idx + len(mark)  # "pushed for [X to …]"
    if frame == "dobj":  # "sees Trump [as the answer]": the predicate after the object is held too
        for g in verb.children:
            if g.i > comp.i and (g.dep_ in ("oprd", "xcomp") or (g.dep_ == "prep" and
                                                                 g.lower_ == "as")):
                end = max(end, subtree(g)[1])
    if frame.startswith("prep:"):
        end = max(end, _list_rest(verb, comp))
    cue_end = adj.idx + len(adj) if adj is not None else verb.idx + len(verb)
    return (start, end), comp, cue_end


# how the parser hangs a later item of 'for A, B and C' on the verb ('advcl' for a gerund)
LIST_ITEM_DEPS = ("dobj", "npadvmod", "appos", "conj", "advcl")


def _list_rest(verb: Token, comp: Token) -> int:
    """'calls for A, B and C': the parser hangs 'B and C' on the verb after a comma; the
    coordinated list is one object, so the content runs to its end (0 when there is none)."""
    doc, comma = comp.doc, comp.right_edge.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return 0
    for g in verb.children:
        if g.left_edge.i == comma + 1 and g.dep_ in LIST_ITEM_DEPS \
                and g.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "cc" for c in g.subtree):
            return subtree(g)[1]
    return 0
