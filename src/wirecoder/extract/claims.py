"""Claims: attributed statements with source, cue, content, certainty and nested sourcing.

A rule-based attribution finder in the line of Krestel, Bergler and Witte ("Minding the Source",
2008) and textacy's ``direct_quotations``, but one that never raises on unbalanced quote marks
and also finds indirect, mixed and "according to" attributions:

1. quote marks are scanned per paragraph (:mod:`.attribution.quotes`);
2. cue verbs of ``kb/claims/cue_verbs.txt`` give a claim with their subject as source and their
   clausal complement (``ccomp``), object, or an adjacent quotation as content;
3. "according to X", reporting nouns ("the ministry's claim that …") and headline "X: …" forms
   add theirs; a quotation left over continues the speaker of the quotation before it;
4. speakers are typed and resolved (:mod:`.attribution.speakers`), hedges and denials found
   (:mod:`.attribution.certainty`), and the claim dated and placed from earlier stages.

Nested sourcing: ``via`` holds the id of the claim of the *outer* source, the one through which
the inner claim is known. In "the BBC reported, citing an anonymous source, that …" the claim of
the anonymous source has ``via`` = the BBC's claim; in "Russian media quoted the ministry as
saying …" the ministry's claim has ``via`` = the claim of Russian media. A claim whose cue and
content lie inside another claim's content ("“X told me …,” he said") is likewise known via it.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from wirecoder.extract.attribution.certainty import hedges_in, is_denial, self_negated
from wirecoder.extract.attribution.lexicon import lexicon
from wirecoder.extract.attribution.paragraphs import breaks_between, paragraph_of, paragraph_spans
from wirecoder.extract.attribution.quotes import find_quotes
from wirecoder.extract.attribution.speakers import Resolver, Speaker
from wirecoder.extract.spans import place_at
from wirecoder.extract.time import date_for
from wirecoder.model import Analysis, Claim, ClaimSource, ClaimStyle
from wirecoder.model import Span as TextSpan

__all__ = ["Attribution", "attributions", "find_claims"]

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
SUBJECT_DEPS = ("nsubj", "csubj")
RELATIVE = frozenset({"who", "that", "which", "whom"})


@dataclass
class _Cand:
    content: tuple[int, int]
    cue: tuple[int, int] | None
    source: Span | None
    style: ClaimStyle | None = None
    cue_token: Token | None = None
    content_root: Token | None = None
    outer: _Cand | None = None  # nested sourcing: the candidate of the outer source
    speaker_of: _Cand | None = None  # a continued quotation: the same speaker as this one
    speaker: Speaker | None = None
    cid: str = ""
    extra_cue: list[tuple[int, int]] = field(default_factory=list)

    @property
    def start(self) -> int:
        return min(self.content[0], self.cue[0] if self.cue else self.content[0])


@dataclass(frozen=True)
class Attribution:
    """A claim plus what the stage knows beyond the data contract (for evaluation)."""

    claim: Claim
    speaker_name: str | None


# --- spans -----------------------------------------------------------------------------------

def _text(doc: Doc) -> str:
    """``doc.text`` rebuilds the string from the tokens on every access: build it once."""
    text = doc.user_data.get("wirecoder_text")
    if text is None:
        text = doc.user_data["wirecoder_text"] = doc.text
    return text


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip spaces and edge punctuation, keeping quote marks that belong to a quotation."""
    while start < end and (text[start].isspace() or text[start] in ",;:.—–-)"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-(" or
                           (text[end - 1] == "." and not _closes_quote(text, end))):
        end -= 1
    return start, end


def _closes_quote(text: str, end: int) -> bool:
    return end < len(text) and text[end] in "”\"’'"


def _subtree(tok: Token) -> tuple[int, int]:
    left, right = tok.left_edge, tok.right_edge
    return left.idx, right.idx + len(right)


def _tokens_span(doc: Doc, tok: Token) -> Span:
    return doc[tok.left_edge.i:tok.right_edge.i + 1]


def _expand_quotes(content: tuple[int, int], quotes: list[tuple[int, int]],
                   cue: tuple[int, int] | None) -> tuple[int, int]:
    s, e = content
    for qs, qe in quotes:
        if qs < e and s < qe and not (cue and qs <= cue[0] and cue[1] <= qe):
            s, e = min(s, qs), max(e, qe)
    return s, e


def _style(text: str, content: tuple[int, int], quotes: list[tuple[int, int]]) -> ClaimStyle:
    s, e = content
    inside = [(qs, qe) for qs, qe in quotes if s <= qs and qe <= e]
    if not inside:
        return "indirect"
    if text[s] in OPENING and (text[e - 1] in QUOTE_MARKS or any(qe == e for _, qe in inside)):
        return "direct"
    return "mixed"


# --- sources ---------------------------------------------------------------------------------

def _clean_source(doc: Doc, span: Span) -> Span | None:
    start, end = span.start, span.end
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[start:end] if end > start else None


def _noun_phrase(doc: Doc, head: Token) -> Span:
    """The head noun with its left modifiers only (not its relative clause or apposition)."""
    return doc[head.left_edge.i:head.i + 1]


def _paragraph(text: str, pos: int) -> tuple[int, int]:
    return paragraph_of(text, pos)


def _unquoted(doc: Doc, span: Span | None, head: Token,
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
    return _clean_source(doc, doc[start:end + 1])


def _source_of(doc: Doc, verb: Token, quotes: list[tuple[int, int]] = ()) -> Span | None:
    span = _subject_of(doc, verb)
    outside = [q for q in quotes if not q[0] <= verb.idx < q[1]]  # a cue inside a quotation
    return _unquoted(doc, span, span.root, outside) if span is not None else None


def _previous_word(doc: Doc, tok: Token) -> Token | None:
    i = tok.i - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return doc[i] if i >= 0 else None


def _subject_of(doc: Doc, verb: Token) -> Span | None:
    """The subject of the cue verb, climbing from participles ("…, adding") to the verb they
    hang on; only within the cue's paragraph (the parser may run a sentence over a break)."""
    p_start, p_end = _paragraph(_text(doc), verb.idx)
    tok = verb
    for _ in range(5):
        subj = [c for c in tok.children if c.dep_ in SUBJECT_DEPS and p_start <= c.idx < p_end]
        if subj:
            s = min(subj, key=lambda c: abs(c.i - tok.i))
            if s.lower_ in RELATIVE and tok.dep_ == "relcl":
                return _clean_source(doc, _noun_phrase(doc, tok.head))
            return _clean_source(doc, _tokens_span(doc, s))
        agent = [c for c in tok.children if c.dep_ == "agent"]
        if agent:
            pobj = [c for c in agent[0].children if c.dep_ == "pobj"]
            if pobj:
                return _clean_source(doc, _tokens_span(doc, pobj[0]))
        if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
            return _clean_source(doc, _noun_phrase(doc, tok.head))
        if tok is verb and tok.tag_ in ("VBD", "VBZ", "VBP"):
            prev = _previous_word(doc, tok)
            if prev is not None and prev.pos_ in ("NOUN", "PROPN", "PRON") and \
                    p_start <= prev.idx and prev.dep_ not in ("dobj", "pobj"):
                # "…, the air force\nsaid": a wrapped line can cost the parser the subject
                return _clean_source(doc, doc[prev.left_edge.i:prev.i + 1])
        if tok.dep_ == "conj" and tok.head.lemma_.lower() not in lexicon().cue_verbs and \
                not _agentive_subject(tok.head):
            break  # a conjoined verb shares its subject only with a speaking one
        if tok.dep_ in ("advcl", "xcomp", "conj", "pcomp", "prep", "dep", "ccomp") and \
                tok.head is not tok:
            tok = tok.head
            continue
        break
    return None


# --- content of a cue verb -------------------------------------------------------------------

def _in_quote(pos: int, quotes: list[tuple[int, int]]) -> bool:
    """Whether ``pos`` lies inside one of the (sorted, non-overlapping) quotations."""
    i = bisect.bisect_right(quotes, (pos, 1 << 62)) - 1
    return i >= 0 and quotes[i][0] <= pos < quotes[i][1]


def _title_like(text: str, q: tuple[int, int]) -> bool:
    """''Bridge of Spies,'' or “Access Hollywood”: a name in quotes, not a quotation."""
    words = [w.strip(".,!?;:'\"“”‘’") for w in text[q[0]:q[1]].split()]
    words = [w for w in words if w]
    small = {"of", "the", "a", "an", "and", "in", "on", "for", "to", "with", "at", "by", "or"}
    return 1 <= len(words) <= 6 and all(w[0].isupper() or w in small or not w[0].isalpha()
                                         for w in words) and words[0][0].isupper() and \
        not text[q[0]:q[1]].rstrip("”\"' ").endswith((".", "!", "?", ".'", "?'"))


def _adjacent_quote(doc: Doc, verb: Token, quotes: list[tuple[int, int]],
                    taken: set[tuple[int, int]]) -> tuple[int, int] | None:
    """A quotation in the verb's sentence (or after its colon) that no complement claimed."""
    text = _text(doc)
    sent = verb.sent
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    colon = (nxt is not None and nxt.text == ":") or sent.text.rstrip().endswith(":")
    if colon:
        after = (nxt.idx + 1) if nxt is not None and nxt.text == ":" else sent.end_char
        for q in quotes:
            if q[0] >= after - 1 and not text[after:q[0]].strip():
                return q
        if nxt is not None and nxt.text == ":":
            end = _paragraph(text, after)[1]
            return _trim(text, after, min(end, sent.end_char if sent.end_char > after else end))
    best = None
    for q in quotes:
        if q in taken:
            continue
        in_sentence = q[0] < sent.end_char and sent.start_char < q[1]
        gap = text[q[1]:verb.idx] if q[1] <= verb.idx else text[verb.idx + len(verb):q[0]]
        if not in_sentence and (any(ch in gap for ch in ".!?") or len(gap) > 80 or
                                breaks_between(text, min(q[1], verb.idx), max(q[0], verb.idx))):
            continue
        if q[0] <= verb.idx < q[1] or _title_like(text, q):
            continue
        dist = verb.idx - q[1] if q[1] <= verb.idx else q[0] - verb.idx
        if best is None or dist < best[0]:
            best = (dist, q)
    return best[1] if best else None


def _parenthetical(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """'The plan, she said, would fail.': the sentence around a cue set off by commas."""
    prev = doc[verb.i - 2] if verb.i >= 2 else None
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if verb.dep_ not in ("parataxis", "advcl", "conj", "dep") or nxt is None or prev is None:
        return None
    if nxt.text not in (",", "—") or not any(t.text in (",", "—") for t in
                                             doc[max(verb.sent.start, verb.i - 12):verb.i]):
        return None
    sent = verb.sent
    return sent.start_char, sent.end_char


def _ends_after_cue(doc: Doc, verb: Token) -> bool:
    """Nothing but punctuation or a participle ("…, adding …") follows the cue."""
    rest = [t for t in doc[verb.i + 1:verb.sent.end] if not (t.is_punct or t.is_space)]
    return not rest or rest[0].tag_ == "VBG"


def _has_that(tok: Token) -> bool:
    return any(g.dep_ == "mark" and g.lower_ == "that" for g in tok.children)


def _content_of(doc: Doc, verb: Token, tier: str,
                quotes: list[tuple[int, int]]) -> tuple[tuple[int, int], Token | None] | None:
    lemma = verb.lemma_.lower()
    p_start, p_end = _paragraph(_text(doc), verb.idx)
    # the parser may run a sentence over a paragraph break: keep to the cue's paragraph,
    # nearest dependents first
    kids = sorted((c for c in verb.children if p_start <= c.idx < p_end),
                  key=lambda c: abs(c.i - verb.i))
    if tier == "quote":
        return None
    for c in kids:
        if c.dep_ == "ccomp" or (c.dep_ == "parataxis" and any(
                q[0] <= c.idx < q[1] for q in quotes)):
            return _subtree(c), c
    for c in kids:  # "reported, citing X, that …": the parser may hang the clause on "citing"
        if c.dep_ == "advcl" and c.lemma_.lower() in ("cite", "quote") and c.tag_ == "VBG":
            for g in c.children:
                if g.dep_ == "ccomp":
                    return _subtree(g), g
    for c in kids:  # "told a meeting of X that …": the parser hangs the clause on the object
        if c.dep_ in ("dobj", "dative"):
            for g in c.subtree:
                if g is not c and g.dep_ in ("acl", "relcl", "ccomp") and _has_that(g) and \
                        g.head.pos_ in ("NOUN", "PROPN"):
                    return _subtree(g), g
    for c in kids:  # "said in a statement that …": the parser hangs the clause on the noun
        if c.dep_ == "prep" and c.lower_ in ("in", "on", "at", "during"):
            for g in c.children:
                for clause in g.children:
                    if clause.dep_ in ("acl", "relcl", "ccomp") and _has_that(clause):
                        return _subtree(clause), clause
    if tier == "belief":
        return None
    if tier == "intent":
        for c in kids:
            if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and any(
                    g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
                return _subtree(c), c
        return None
    for c in kids:
        if c.dep_ == "xcomp" and lemma in XCOMP_CONTENT:
            return _subtree(c), c
    if lemma == "call":
        obj = [c for c in kids if c.dep_ == "dobj"]
        oprd = [c for c in kids if c.dep_ in ("oprd", "xcomp", "acomp")]
        if obj and oprd:
            return (obj[0].left_edge.idx, _subtree(oprd[0])[1]), oprd[0]
    preps = PREP_CONTENT.get(lemma, set())
    for c in kids:
        if c.dep_ == "prep" and c.lower_ in preps:
            pobj = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            if pobj:
                return _subtree(pobj[0]), pobj[0]
    if lemma in DOBJ_CONTENT:
        for c in kids:
            if c.dep_ == "dobj" and not (c.pos_ == "PRON" and lemma in ("ask", "urge", "tell")):
                if c.lower_ in ("it", "this", "that") and lemma not in ("deny", "confirm"):
                    continue
                return _subtree(c), c
    return None


# --- the passes ------------------------------------------------------------------------------

AGENT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you", "who"})


def _agentive_subject(verb: Token) -> bool:
    """A subject that can hold a view: a person, organisation, country or a pronoun for one."""
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subj:
        return False
    head = subj[0]
    return head.lower_ in AGENT_PRONOUNS or head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") \
        or head.lemma_.lower() in lexicon().source_nouns


def _verb_pass(doc: Doc, quotes: list[tuple[int, int]]) -> list[_Cand]:
    lex = lexicon()
    out: list[_Cand] = []
    taken: set[tuple[int, int]] = set()
    for verb in doc:
        tier = lex.cue_verbs.get(verb.lemma_.lower())
        if tier is None and verb.pos_ == "VERB" and any(
                c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that"
                                          for g in c.children) for c in verb.children):
            tier = "belief" if _agentive_subject(verb) else None
            # any verb with a "that" clause and a speaking subject reports what it holds
        if tier is None or verb.pos_ not in ("VERB", "AUX") or verb.dep_ == "amod":
            continue
        lemma = verb.lemma_.lower()
        if lemma in ("cite", "quote") and verb.tag_ == "VBG":
            continue  # "citing X": nested sourcing, handled by _nested_pass
        if (verb.head.lower_ == "as" and verb.head.head.lemma_.lower() == "quote") or (
                lemma == "quote" and any(c.dep_ == "prep" and c.lower_ == "as"
                                         for c in verb.children)):
            continue  # "quoted X as saying": handled by _nested_pass
        if any(c.dep_ == "neg" for c in verb.children):
            continue  # "did not confirm", "did not say whether": no statement was made
        if _in_quote(verb.idx, quotes) and (tier != "speech" or any(
                c.dep_ == "nsubj" and c.lower_ in ("i", "we", "you") for c in verb.children)):
            continue  # "“I think …,” she said": a view inside a quotation is the quoted speaker's
        if verb.tag_ == "VBN" and verb.dep_ in ("advcl", "acl") and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue  # "Asked about …, X said": the one asked speaks in the main clause
        cue = (verb.idx, verb.idx + len(verb))
        parenthetical = False
        found = _content_of(doc, verb, tier, quotes)
        root = None
        if found is None:
            if tier in ("report", "belief", "intent"):
                continue
            q = _adjacent_quote(doc, verb, quotes, taken)
            if q is None:
                q = _parenthetical(doc, verb)
                parenthetical = q is not None
            if q is None:
                continue
            content = q
        else:
            content, root = found
            p_start, p_end = _paragraph(_text(doc), verb.idx)
            content = (max(content[0], p_start), min(content[1], p_end))
            if content[0] >= content[1]:
                continue
        content = _trim(_text(doc), *_expand_quotes(content, quotes, cue))
        if content[1] - content[0] < 2:
            continue
        source = None
        if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj", "xcomp"):
            # "…, X said, adding that …": the participle continues the nearest cue before it
            before = [c for c in out if c.cue_token is not None and c.cue_token.sent == verb.sent
                      and c.cue_token.i < verb.i]
            if before:
                source = before[-1].source
        source = source or _source_of(doc, verb, quotes)
        if source is None:
            continue
        if parenthetical and content[0] < source.start_char and _ends_after_cue(doc, verb):
            content = _trim(_text(doc), content[0], source.start_char)
        if source.start_char < content[1] and content[0] < source.end_char and \
                not parenthetical:
            continue  # a parse that tangles source and content is not trusted
        taken.update(q for q in quotes if content[0] <= q[0] and q[1] <= content[1])
        out.append(_Cand(content, cue, source, cue_token=verb, content_root=root))
    return out


def _according_pass(doc: Doc) -> list[_Cand]:
    text = _text(doc)
    out: list[_Cand] = []
    for tok in doc:
        if tok.lower_ != "according":
            continue
        to = [c for c in tok.children if c.lower_ == "to"]
        if not to:
            continue
        pobj = [c for c in to[0].children if c.dep_ == "pobj"]
        if not pobj:
            continue
        source = _clean_source(doc, _tokens_span(doc, pobj[0]))
        if source is None:
            continue
        sent = tok.sent
        phrase = (tok.idx, source.end_char)
        if tok.i == sent.start or text[sent.start_char:tok.idx].strip() in OPENING:
            content = _trim(text, phrase[1], sent.end_char)
        else:
            tail = text[phrase[1]:sent.end_char].strip(" .,;\n\"”")
            end = sent.end_char if phrase[1] < sent.end_char - 2 and tail else tok.idx
            content = _trim(text, sent.start_char, end)
        if content[1] - content[0] < 3:
            continue
        out.append(_Cand(content, (tok.idx, to[0].idx + len(to[0])), source,
                         style="according_to", cue_token=tok))
    return out


def _noun_pass(doc: Doc) -> list[_Cand]:
    lex = lexicon()
    out: list[_Cand] = []
    for tok in doc:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in lex.cue_nouns:
            continue
        if tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in lex.cue_verbs:
            continue  # "said in a statement that …" is the verb's claim
        clause = [c for c in tok.children if c.dep_ in ("acl", "relcl", "ccomp", "appos") and any(
            g.dep_ == "mark" and g.lower_ == "that" for g in c.children)]
        if not clause:
            continue
        source = None
        for c in tok.children:
            if c.dep_ == "poss":
                source = _clean_source(doc, doc[c.left_edge.i:c.i + 1])
                if source is not None and source[-1].lower_ in ("'s", "’s", "'"):
                    source = source[:-1]
            elif c.dep_ == "prep" and c.lower_ in ("by", "from", "of"):
                pobj = [g for g in c.children if g.dep_ == "pobj"]
                if pobj and source is None:
                    source = _clean_source(doc, _tokens_span(doc, pobj[0]))
            elif c.dep_ in ("compound", "amod") and c.ent_type_ in ("ORG", "NORP", "GPE",
                                                                   "PERSON"):
                source = source or doc[c.left_edge.i:c.i + 1]
        if source is None:
            continue
        content = _trim(_text(doc), *_subtree(clause[0]))
        out.append(_Cand(content, (tok.idx, tok.idx + len(tok)), source, cue_token=tok,
                         content_root=clause[0]))
    return out


def _headline_pass(doc: Doc, quotes: list[tuple[int, int]]) -> list[_Cand]:
    """'Warren: ‘You should resign’' — a source before a colon in a headline-like line."""
    text = _text(doc)
    out: list[_Cand] = []
    for start, end in paragraph_spans(text):
        line = text[start:end]
        if "\n" in line:
            continue  # a headline is one line
        colon = line.find(": ")
        stripped = line.rstrip()
        if colon < 2 or len(line.split()) > 30 or (stripped.endswith(".") and start > 0
                                                    and not stripped.endswith(".’")
                                                    and not stripped.endswith(".”")):
            continue
        src = doc.char_span(start, start + colon, alignment_mode="contract")
        if src is None or len(src) > 10 or not src.text[:1].isupper() or (
                start > 0 and not src.ents and src.root.pos_ != "PROPN"):
            continue
        if any(t.lemma_.lower() in lexicon().cue_verbs and t.pos_ == "VERB" for t in src[-1:]):
            continue  # "He said: …" is the verb pass's
        content = _trim(text, start + colon + 1, end)
        out.append(_Cand(content, (start + colon, start + colon + 1), src))
    return out


def _nested_pass(doc: Doc, quotes: list[tuple[int, int]], cands: list[_Cand]) -> list[_Cand]:
    """'… reported, citing X' and 'quoted X as saying …': an inner claim known via an outer."""
    out: list[_Cand] = []
    for tok in doc:
        lemma = tok.lemma_.lower()
        if lemma not in ("cite", "quote"):
            continue
        if tok.tag_ == "VBG":  # citing X / quoting X
            obj = [c for c in tok.children if c.dep_ in ("dobj", "pobj")]
            if not obj:
                continue
            sent = tok.sent
            outers = [c for c in cands if c.cue and sent.start_char <= c.cue[0] < sent.end_char
                      and c.cue_token is not tok]
            if not outers:
                continue
            outer = min(outers, key=lambda c: abs(c.cue[0] - tok.idx))
            source = _clean_source(doc, _tokens_span(doc, obj[0]))
            if source is None:
                continue
            s, e = _subtree(tok)
            if outer.content[0] <= s < outer.content[1]:  # a misparse put "citing X" inside
                if s - outer.content[0] < 3:
                    outer.content = _trim(_text(doc), e, outer.content[1])
                else:
                    outer.content = _trim(_text(doc), outer.content[0], s)
            out.append(_Cand(outer.content, (tok.idx, tok.idx + len(tok)), source,
                             cue_token=tok, content_root=outer.content_root, outer=outer))
            continue
        obj = [c for c in tok.children if c.dep_ == "dobj"]
        as_ = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"]
        saying = [g for a in as_ for g in a.children if g.lemma_.lower() in lexicon().cue_verbs]
        if not obj or not saying:
            continue
        found = _content_of(doc, saying[0], "speech", quotes)
        if found is None:
            q = _adjacent_quote(doc, saying[0], quotes, set())
            if q is None:
                continue
            found = (q, None)
        content = _trim(_text(doc), *_expand_quotes(found[0], quotes, None))
        outer_src = _source_of(doc, tok, quotes)
        inner_src = _clean_source(doc, _tokens_span(doc, obj[0]))
        if outer_src is None or inner_src is None:
            continue
        outer = _Cand(content, (tok.idx, tok.idx + len(tok)), outer_src, cue_token=tok,
                      content_root=found[1])
        s = saying[0]
        out += [outer, _Cand(content, (s.idx, s.idx + len(s)), inner_src, cue_token=s,
                             content_root=found[1], outer=outer)]
    return out


def _continue_quotes(doc: Doc, quotes: list[tuple[int, int]], cands: list[_Cand]) -> list[_Cand]:
    """Quotations no cue claimed: '“A,” he said. “B.”' extends A's claim to B; a paragraph that
    is a quotation continues the speaker of the quotation before it."""
    text = _text(doc)
    covered = [c.content for c in cands]
    extra: list[_Cand] = []
    for q in quotes:
        if any(a <= q[0] < b or a < q[1] <= b for a, b in covered):
            continue
        before = [c for c in cands + extra if c.content[1] <= q[0] and c.style != "according_to"
                  and text[c.content[0]] in OPENING]
        if not before:
            continue
        prev = max(before, key=lambda c: c.content[1])
        gap = text[prev.content[1]:q[0]]
        cue_in_gap = prev.cue is not None and prev.content[1] <= prev.cue[0] < q[0]
        others = [c for c in cands
                  if c is not prev and c.cue and prev.content[1] <= c.cue[0] < q[0]]
        if not breaks_between(text, prev.content[1], q[0]) and cue_in_gap and not others \
                and len(gap) < 120:
            prev.content = (prev.content[0], q[1])
            covered.append(prev.content)
            continue
        para_start = _paragraph(text, q[0])[0]
        if text[para_start:q[0]].strip() or others or \
                breaks_between(text, prev.content[1], q[0]) > 2:
            continue
        if q[1] - q[0] < 15:
            continue
        extra.append(_Cand(q, None, prev.source, speaker_of=prev))
        covered.append(q)
    return extra


# --- assembling ------------------------------------------------------------------------------

def _dedupe(cands: list[_Cand]) -> list[_Cand]:
    seen: dict[tuple, _Cand] = {}
    for c in cands:
        key = (c.cue, c.source.start_char if c.source is not None else None)
        if c.cue is None:
            key = ("q", c.content)
        if key not in seen:
            seen[key] = c
    return list(seen.values())


def _place(doc: Doc, cand: _Cand, found: Analysis) -> str | None:
    verb = cand.cue_token
    if verb is None or not found.places:
        return None
    heads = [verb] + [c for c in verb.children if c.dep_ == "advcl"]
    for h in heads:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "at"):
                for g in c.children:
                    if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC", "FAC"):
                        s, e = _subtree(g)
                        place = place_at(found, s, e)
                        if place is not None:
                            return place.id
    return None


def _hedge_ranges(cand: _Cand) -> list[tuple[int, int]]:
    ranges = [cand.content]
    if cand.cue:
        ranges.append(cand.cue)
    tok = cand.cue_token
    if tok is not None:
        for c in tok.children:
            if c.dep_ in ("advmod", "aux", "xcomp") and c.i < tok.i + 3:
                ranges.append((c.idx, c.idx + len(c)))
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ("seem", "appear"):
            ranges.append((tok.head.idx, tok.head.idx + len(tok.head)))
    return ranges


def _negative(cand: _Cand) -> bool:
    tok = cand.cue_token
    if tok is not None and is_denial(tok.lemma_.lower()):
        return True
    root = cand.content_root
    if root is not None and root.dep_ in ("ccomp", "acl") and not any(
            q in _text(root.doc)[cand.content[0]:cand.content[1]][:1] for q in OPENING):
        return self_negated(root)
    return False


def attributions(doc: Doc, found: Analysis) -> list[Attribution]:
    """Claims in text order with the name each source was resolved to."""
    text = _text(doc)
    quotes = find_quotes(text)
    cands = _verb_pass(doc, quotes)
    cands += _according_pass(doc)
    cands += _noun_pass(doc)
    cands += _headline_pass(doc, [q for q in quotes])
    cands = _dedupe(cands)
    for c in cands:
        c.style = c.style or _style(text, c.content, quotes)
    cands += _nested_pass(doc, quotes, cands)
    cands = _dedupe(cands)
    cands += _continue_quotes(doc, quotes, cands)
    cands.sort(key=lambda c: (c.start, c.content[0]))
    resolver = Resolver(doc, found)
    for i, c in enumerate(cands, 1):
        c.cid = f"C{i}"
        c.style = c.style if c.style == "according_to" else _style(text, c.content, quotes)
    for c in sorted(cands, key=lambda c: c.source.start_char if c.source is not None else 0):
        if c.speaker_of is None and c.source is not None:
            c.speaker = resolver.resolve(c.source)
    out: list[Attribution] = []
    for c in cands:
        if c.speaker_of is not None:
            c.speaker = c.speaker_of.speaker
        out.append(Attribution(_claim(doc, c, cands, found), c.speaker.name if c.speaker else None))
    return out


def _outer_of(c: _Cand, cands: list[_Cand]) -> _Cand | None:
    if c.outer is not None:
        return c.outer
    if c.cue is None:
        return None
    best = None
    for o in cands:
        if o is c or o.outer is c or o.content == c.content:
            continue
        s, e = o.content
        if s <= c.cue[0] and c.cue[1] <= e and s <= c.content[0] and c.content[1] <= e and (
                best is None or e - s < best.content[1] - best.content[0]):
            best = o
    return best


def _claim(doc: Doc, c: _Cand, cands: list[_Cand], found: Analysis) -> Claim:
    text = _text(doc)
    sp = c.speaker
    src = c.source
    source = ClaimSource(actor=sp.actor if sp else None, text=src.text if src is not None else "",
                         span=TextSpan.of(text, src.start_char, src.end_char) if src is not None
                         else None, kind=sp.kind if sp else "named")
    hedges = hedges_in(doc, _hedge_ranges(c))
    anchor = c.cue or c.content
    outer = _outer_of(c, cands)
    if outer is not None and not outer.cid:
        outer = None
    return Claim(
        id=c.cid, source=source,
        cue=TextSpan.of(text, *c.cue) if c.cue else None,
        content=TextSpan.of(text, *c.content),
        style=c.style or "indirect",
        hedged=bool(hedges), hedges=[TextSpan.of(text, s, e) for s, e in hedges],
        polarity="negative" if _negative(c) else "positive",
        date=date_for(doc, anchor[0], anchor[1], found),
        place=_place(doc, c, found),
        via=outer.cid if outer is not None else None)


def find_claims(doc: Doc, found: Analysis) -> list[Claim]:
    """Every attributed statement of ``doc``, ids ``C1``, ``C2``… in text order."""
    return [a.claim for a in attributions(doc, found)]
