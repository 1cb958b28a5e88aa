"""Claims: attributed statements with source, cue, content, certainty and nested sourcing.

A rule-based attribution finder in the line of Krestel, Bergler and Witte ("Minding the Source",
2008) and textacy's ``direct_quotations``, but one that never raises on unbalanced quote marks
and also finds indirect, mixed and "according to" attributions:

1. quote marks are scanned per paragraph (:mod:`.attribution.quotes`);
2. cue verbs of ``kb/claims/cue_verbs.txt`` and stance verbs of ``kb/claims/frames.txt`` give a
   claim with their subject as source and their clausal complement (``ccomp``), object, or an
   adjacent quotation as content;
3. "according to X", reporting and stance nouns ("the ministry's claim that …", "Lang's
   criticism of …"), findings told "in a poll" and headline "X: …" forms add theirs; a
   quotation left over continues the speaker of the quotation before it;
4. speakers are typed and resolved (:mod:`.attribution.speakers`), hedges and denials found
   (:mod:`.attribution.certainty`), and the claim dated and placed from earlier stages.

Nested sourcing: ``via`` holds the id of the claim of the *outer* source, the one through which
the inner claim is known. In "the BBC reported, citing an anonymous source, that …" the claim of
the anonymous source has ``via`` = the BBC's claim; in "Russian media quoted the ministry as
saying …" the ministry's claim has ``via`` = the claim of Russian media. A claim whose cue and
content lie inside another claim's content ("“X told me …,” he said") is likewise known via it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from wirecoder.extract.actors import actor_of
from wirecoder.extract.attribution.certainty import (
    WITHHELD,
    hedges_in,
    is_denial,
    self_negated,
)
from wirecoder.extract.attribution.learned import learned_cues
from wirecoder.extract.attribution.lexicon import lexicon
from wirecoder.extract.attribution.quotes import find_quotes
from wirecoder.extract.attribution.speakers import Resolver, Speaker
from wirecoder.extract.attribution.syntax import (
    OPENING,
    QUOTE_MARKS,
    adjacent_quote,
    agentive_subject,
    antecedent,
    asked_participle,
    clean_source,
    closing_comma,
    content_of,
    document_noun,
    ends_after_cue,
    expand_quotes,
    frame_content,
    has_that,
    has_to,
    in_quote,
    noun_complement,
    parenthetical_span,
    phrase_end,
    source_of,
    speaker_after_quote,
    style_of,
    subtree,
    tidy_source,
    tokens_span,
    trim,
)
from wirecoder.extract.eventcoding.clauses import threat_to
from wirecoder.extract.paragraphs import (
    breaks_between,
    paragraph_of,
    paragraph_spans,
)
from wirecoder.extract.spans import (
    after_dateline,
    doc_text,
    entities,
    ents_in,
    place_at,
    sentence_of,
)
from wirecoder.extract.time import date_for
from wirecoder.model import Analysis, Claim, ClaimSource, ClaimStyle
from wirecoder.model import Span as TextSpan

__all__ = ["Attribution", "attributions", "find_claims"]


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
    tier: str | None = None  # the cue verb's tier in kb/claims/cue_verbs.txt, or "frame"
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


REFLEXIVE = frozenset({"itself", "themselves", "himself", "herself", "ourselves", "myself",
                       "yourself", "yourselves"})
# "denied inspectors access", "was denied entry": a refusal to let in, not a denial of a claim
WITHHELD_ENTRY = frozenset({"access", "entry", "visa", "visas", "passage", "admission",
                            "permission", "bail", "clearance", "asylum"})
# "declined to comment / to say whether / to elaborate": the withheld act is speaking itself,
# so nothing is held; "declined to confirm that X" keeps its stance on X.
UNSAID = frozenset({"comment", "say", "elaborate", "speak", "respond", "answer", "discuss",
                    "specify", "disclose", "talk", "reply", "give"})


def _verb_pass(doc: Doc, quotes: list[tuple[int, int]]) -> list[_Cand]:
    lex = lexicon()
    out: list[_Cand] = []
    taken: set[tuple[int, int]] = set()
    for verb in doc:
        pos = verb.pos_
        if pos not in ("VERB", "AUX") or verb.dep_ == "amod":
            continue  # only a verb is a cue: tested first, as most tokens are none
        lemma = verb.lemma_.lower()
        frames = lex.frames.get(lemma)
        tier = lex.cue_verbs.get(lemma) or ("frame" if frames else None)
        if tier is None and pos == "VERB" and any(
                c.dep_ == "ccomp" and has_that(c) for c in verb.children):
            tier = "belief" if agentive_subject(verb) else None
            # any verb with a "that" clause and a speaking subject reports what it holds
        if tier is None:
            continue
        if lemma in ("cite", "quote") and verb.tag_ == "VBG" and _cites_source(verb):
            continue  # "citing X": nested sourcing, handled by _nested_pass
        if (verb.head.lower_ == "as" and verb.head.head.lemma_.lower() == "quote") or (
                lemma == "quote" and any(c.dep_ == "prep" and c.lower_ == "as"
                                         for c in verb.children)):
            continue  # "quoted X as saying": handled by _nested_pass
        if not _may_state(verb):
            continue  # "did not confirm", "declined to say whether", "was charged with"
        if in_quote(verb.idx, quotes) and (tier != "speech" or any(
                c.dep_ == "nsubj" and c.lower_ in ("i", "we", "you") for c in verb.children)):
            continue  # "“I think …,” she said": a view inside a quotation is the quoted speaker's
        if asked_participle(verb) and not _colon_after(doc, verb):
            continue  # "Asked about …, X said": the one asked speaks in the main clause
            # ("X, a senator, tweeted: “…”" read as a participle is still the cue)
        cue = (verb.idx, verb.idx + len(verb))
        parenthetical = False
        found = content_of(doc, verb, tier, quotes) if tier != "frame" else None
        if found is None and frames and tier != "speech":
            found = _framed(doc, verb, frames)
            if found is not None:
                cue = (verb.idx, found[2])
        root = None
        if found is None:
            q = None
            if tier in ("speech", "quote"):
                q = adjacent_quote(doc, verb, quotes, taken)
                if q is None:
                    q = parenthetical_span(doc, verb)
                    parenthetical = q is not None
                if q is None and frames and (found := _framed(doc, verb, frames)) is not None:
                    cue = (verb.idx, found[2])
            elif tier == "belief":  # "Such efforts, they believe, will fail."
                q = parenthetical_span(doc, verb)
                parenthetical = q is not None
            if q is None and found is None:
                continue
            content = q
        if found is not None:
            content, root = found[0], found[1]
            if _answers_act(verb, root) or _endangers(verb, root):
                continue
            if root is not None and root.lower_ in ("what", "which") and root.dep_ == "dobj":
                # "in what Kabul described as retaliation": the pronoun stands for the
                # sentence's event; what is said of it is the "as" phrase, else nothing
                as_obj = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                          for g in c.children if g.dep_ == "pobj"]
                if not as_obj:
                    continue
                root, content = as_obj[0], subtree(as_obj[0])
            content = _object_modifiers(doc, verb, root, content)
            if verb.dep_ == "relcl" and content[0] < verb.idx and root is not None and \
                    root.dep_ == "ccomp":
                # "measures that officials said would fail": the relative pronoun, which the
                # parser makes the clause's subject, stays outside with the speaker
                content = (verb.idx + len(verb), content[1])
            p_start, p_end = paragraph_of(doc_text(doc), verb.idx)
            content = (max(content[0], p_start), min(content[1], p_end))
            if content[0] >= content[1]:
                continue
        content = trim(doc_text(doc), *expand_quotes(content, quotes, cue))
        if content[1] - content[0] < 2 or \
                doc_text(doc)[content[0]:content[1]].lower() in REFLEXIVE:
            continue  # "entitled to defend itself": an act on oneself, nothing held
        source = None
        # "…, X said, adding that …" / "going on to say that …": the participle continues
        # the nearest cue before it
        part = verb.head if verb.dep_ == "xcomp" and verb.head.tag_ == "VBG" else verb
        if part.tag_ == "VBG" and part.dep_ in ("advcl", "conj", "xcomp"):
            sent = sentence_of(verb)
            before = [c for c in out if c.cue_token is not None and c.cue_token.i < part.i
                      and sentence_of(c.cue_token) == sent and not any(
                          o.content[0] <= c.cue[0] < o.content[1] for o in out)]
            # (a view told inside another's content, "… that Moscow regarded …", is not it)
            if before:
                source = before[-1].source
        source = source or source_of(doc, verb, quotes)
        if source is None:
            continue
        if parenthetical and content[0] < source.start_char and ends_after_cue(doc, verb):
            content = trim(doc_text(doc), content[0], source.start_char)
        if _overlaps(source, content) and not parenthetical:
            content = _quote_before_speaker(doc, verb, source, content, quotes) or \
                _clause_before_speaker(doc, verb, source, content)
            if content is None:
                continue  # a parse that tangles source and content is not trusted
        taken.update(q for q in quotes if content[0] <= q[0] and q[1] <= content[1])
        out.append(_Cand(content, cue, source, cue_token=verb, content_root=root, tier=tier))
    return out


def _quote_before_speaker(doc: Doc, verb: Token, source: Span, content: tuple[int, int],
                          quotes: list[tuple[int, int]]) -> tuple[int, int] | None:
    """'“…,” Lang, a senior adviser, said': when the parser hung the speaker inside the
    quotation's clause, the content is what runs up to the quotation's end before the speaker."""
    if not content[0] < source.start_char or source != speaker_after_quote(doc, verb, [
            q for q in quotes if not q[0] <= verb.idx < q[1]]):
        return None
    ends = [qe for _qs, qe in quotes if content[0] < qe <= source.start_char]
    return trim(doc_text(doc), content[0], ends[-1]) if ends else None


def _clause_before_speaker(doc: Doc, verb: Token, source: Span,
                           content: tuple[int, int]) -> tuple[int, int] | None:
    """'Tokyo lodged a protest in Beijing, the spokesman, Kenji Mori, said': when the parser
    hung the speaker's title on the fronted clause's last noun, the content is the clause up
    to the comma before the speaker (who stands right before the verb)."""
    text = doc_text(doc)
    if not content[0] < source.start_char or text[source.end_char:verb.idx].strip(" ,") or \
            not text[content[0]:source.start_char].rstrip().endswith(","):
        return None
    return trim(text, content[0], source.start_char)


# "answer / counter such moves": a reply verb whose object is a deed answers in kind, not in
# words; its object is said only when it is something said ("answered the charges")
REPLY_VERBS = frozenset({"answer", "reply", "respond", "counter", "react", "retaliate"})
SAID_THINGS = frozenset({"question", "query", "call", "criticism", "critic", "letter",
                         "request", "demand", "appeal", "challenge", "note", "summons",
                         "invitation", "offer", "ultimatum", "argument", "point", "objection"})


def _answers_act(verb: Token, root: Token | None) -> bool:
    """'Tehran answers such moves in kind': the reply verb's noun object is no speech; nor is
    the means of a reply ('responded by closing its airspace', 'reacted with sanctions'),
    unless that means is itself speech ('responded by saying', 'replied with a statement') or
    argues a 'that' clause."""
    if verb.lemma_.lower() not in REPLY_VERBS or root is None:
        return False
    lemma = root.lemma_.lower()
    lex = lexicon()
    if root.dep_ in ("pcomp", "pobj") and root.head.head == verb and \
            root.head.lower_ in ("by", "with"):
        if root.pos_ in ("VERB", "AUX"):
            # "responded by using the example of X to prove that …": an argument, said
            return lemma not in lex.cue_verbs and lemma not in lex.frames and not any(
                t.dep_ == "ccomp" and has_that(t) for t in root.subtree)
        return root.pos_ in ("NOUN", "PROPN") and _act_noun(lemma)
    if root.dep_ != "dobj" or root.head != verb or root.pos_ not in ("NOUN", "PROPN"):
        return False
    return _act_noun(lemma)


def _act_noun(lemma: str) -> bool:
    """A noun that names no statement: not a said thing, cue, stance or document noun."""
    lex = lexicon()
    return lemma not in SAID_THINGS and lemma not in lex.cue_nouns and \
        lemma not in lex.stance_nouns and lex.source_nouns.get(lemma) != "document"


def _endangers(verb: Token, root: Token | None) -> bool:
    """'the deployment threatened the region's security' means endanger
    (:func:`clauses.threat_to`): nobody says anything, and the object is no content."""
    return root is not None and root.dep_ == "dobj" and threat_to(verb) \
        and not agentive_subject(verb)


def _may_state(verb: Token) -> bool:
    """Whether a cue verb may state anything (the verb pass's test and the learned pass's):
    not a negated cue ("did not say"), a withheld statement ("declined to elaborate",
    "refused to say whether", "asked not to be named"), a refusal to let in ("denied his
    inspectors access to the site") nor an indictment ("was charged with inciting violence")."""
    lemma = verb.lemma_.lower()
    if _negated_cue(verb) or (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in WITHHELD):
        return False
    if any(c.dep_ == "xcomp" and (_unsaid(verb, c) or _unnamed(c)) for c in verb.children):
        return False
    if is_denial(lemma) and any(c.dep_ in ("dobj", "nsubjpass", "ccomp", "npadvmod") and
                                c.lower_ in WITHHELD_ENTRY for c in verb.children):
        return False
    if _reduced_relative(verb):
        return False
    return not (lemma == "charge" and any(c.dep_ == "auxpass" for c in verb.children))


SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"})


def _reduced_relative(verb: Token) -> bool:
    """'A ceasefire agreed in Geneva took effect': a past participle modifying its noun, which
    the parser made the finite verb with the real predicate as its clause. The tell is that
    clause: finite, with no subject or 'that' of its own, and only the participle's own
    modifiers between (no object that could be the clause's subject, 'hoped the vote would
    end', nor 'said about half of it was')."""
    if verb.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("aux", "auxpass", "neg")
                                              for c in verb.children):
        return False
    subj = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if not subj or subj[0].pos_ != "NOUN" or \
            lexicon().source_nouns.get(subj[0].lemma_.lower()) not in (None, "document"):
        # a name, person, body or outlet ('Lang agreed', 'the minister said', "China's coast
        # guard said") is a speaker; a document may be what was agreed ('the accord agreed in …')
        return False
    before = doc_text(verb.doc)[:subj[0].left_edge.idx].rstrip()[-3:]
    if any(q in before for q in "”\"’'"):
        return False  # '“…,” the spokesman said in May of X, whose …': a quotation's cue
    for comp in verb.children:
        if comp.dep_ != "ccomp" or comp.i < verb.i or comp.tag_ not in ("VBD", "VBZ", "VBP"):
            continue
        if any(c.dep_ in SUBJECTS or c.dep_ == "mark" for c in comp.children):
            continue
        between = [c for c in verb.children if verb.i < c.i < comp.i]
        if all(c.dep_ in ("prep", "agent", "advmod") and c.lower_ not in ("about", "of")
               for c in between):
            return True
    return False


def _colon_after(doc: Doc, verb: Token) -> bool:
    """The verb's own phrase ends with a colon that opens what follows ('tweeted in
    response: “…”'): a finite verb of saying, whatever the parser made of it."""
    end = max([verb.i] + [c.right_edge.i for c in verb.children
                          if c.i > verb.i and c.dep_ in ("prep", "advmod", "npadvmod")])
    return end + 1 < len(doc) and doc[end + 1].text == ":" and verb.i > sentence_of(verb).start


# where a view is put forward: "rejected the offer in an interview / on Twitter" (besides the
# lexicon's cue nouns, outlets, documents and media: "remark", "television", "website")
CHANNELS = frozenset({"interview", "speech", "tweet", "conference", "call", "appearance",
                      "remarks", "hearing", "address", "broadcast", "podcast", "rally",
                      "debate", "meeting", "session", "op-ed", "editorial", "column", "twitter",
                      "facebook", "instagram"})


def _channel(tok: Token) -> bool:
    """A noun for where or how a view is put forward ('an interview', 'a statement', 'the
    Times'): a phrase on it tells how something was said, not what."""
    lex = lexicon()
    lemma = tok.lemma_.lower()
    return lemma in CHANNELS or lemma in lex.cue_nouns or tok.lower_ in lex.media or \
        document_noun(tok)


def _object_modifiers(doc: Doc, verb: Token, root: Token | None,
                      content: tuple[int, int]) -> tuple[int, int]:
    """'announced a concert in support of X', 'praised Lang as a leader': the parser hangs a
    phrase that modifies the object on the verb; it belongs to what is held."""
    if root is None or root.dep_ != "dobj" or root.head.i != verb.i:
        return content
    text = doc_text(doc)
    end = content[1]
    for c in verb.children:
        if c.i <= root.i or c.dep_ != "prep" or text[end:c.idx].strip():
            continue
        pobj = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
        if pobj and (pobj[0].ent_type_ in ("DATE", "TIME") or _channel(pobj[0])):
            break  # "announced the plan on Tuesday / in a statement": when and how it was said
        end = subtree(c)[1]
    return content[0], end


NO_ONE = frozenset({"nobody", "none", "neither", "noone"})


def _no_one(tok: Token) -> bool:
    """'nobody', 'no one', 'none of them', 'no official': a subject that names no speaker."""
    return tok.lower_ in NO_ONE or (tok.lower_ == "one" and tok.i > 0 and
                                    tok.doc[tok.i - 1].lower_ == "no") or any(
        c.dep_ == "det" and c.lower_ == "no" for c in tok.children)


def _negated_cue(cue: Token) -> bool:
    """A cue that says nothing was said: 'did not say', 'never claimed', 'did not say or
    suggest' (the second verb shares the first's negation), 'neither confirmed nor denied',
    'has yet to say', 'stopped short of saying', 'without saying', 'nobody said', 'no
    statement that'."""
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in cue.children):
        return True
    first = cue.head if cue.dep_ == "conj" else cue
    if any(c.lower_ in ("neither", "nor") and c.dep_ in ("preconj", "cc", "det")
           for c in first.children):
        return True  # "neither confirmed nor denied it": both verbs are negated
    if any(c.dep_ in ("nsubj", "nsubjpass") and _no_one(c) for c in cue.children):
        return True
    head = cue.head
    if cue.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ in ("or", "nor")
                                  for c in head.children) and _negated_cue(head):
        return True  # "did not say or suggest"
    if cue.dep_ == "xcomp" and any(c.lower_ == "yet" for c in head.children):
        return True  # "has yet to say", "is yet to confirm"
    # "without saying that", "stopped short of saying that"
    return cue.dep_ == "pcomp" and (head.lower_ == "without" or (
        head.lower_ == "of" and "short" in (head.head.lower_,
                                            *(c.lower_ for c in head.head.children))))


def _framed(doc: Doc, verb: Token, frames: frozenset[str]
            ) -> tuple[tuple[int, int], Token, int] | None:
    """A stance frame's complement, unless the frame's adjective is negated ("is not eager
    to"): a negated stance holds nothing (as a negated cue verb)."""
    found = frame_content(doc, verb, frames)
    if found is None or any(c.dep_ == "neg" for c in found[1].head.children):
        return None
    if _unsaid(verb, found[1]):
        return None
    return found


def _unnamed(comp: Token) -> bool:
    """'who asked not to be named', 'spoke on condition they not be identified': the terms
    of a source's anonymity, not a statement."""
    return comp.lemma_.lower() in ("name", "identify", "quote") and any(
        c.dep_ == "auxpass" for c in comp.children)


def _unsaid(verb: Token, comp: Token) -> bool:
    """'declined to comment', 'refused to say whether …': a statement withheld holds nothing,
    unless a 'that' clause states what was withheld."""
    return (verb.lemma_.lower() in WITHHELD and comp.lemma_.lower() in UNSAID
            and not any(c.dep_ == "ccomp" and has_that(c) for c in comp.children))


def _swallowed_clause(pobj: Token, sent: Span) -> Token | None:
    """'According to Lang, the move reeks of fear': with no main verb found the parser may hang
    the sentence's clause on the source as an apposition running to the sentence's end. The
    last such apposition after a comma is what was said, not the source."""
    last = max((t.i for t in sent if not t.is_punct), default=sent.start)
    apps = [c for c in pobj.children if c.dep_ == "appos" and c.i > pobj.i]
    if not apps:
        return None
    app = apps[-1]
    if app.right_edge.i < last or app.left_edge.i < 1 or \
            pobj.doc[app.left_edge.i - 1].text != ",":
        return None
    return app


def _according_pass(doc: Doc) -> list[_Cand]:
    text = doc_text(doc)
    out: list[_Cand] = []
    for tok in doc:
        if tok.lower_ != "according":
            continue
        to = [c for c in tok.children if c.lower_ == "to"]
        if not to:
            continue
        pobj = [c for c in to[0].children if c.dep_ == "pobj"]
        if not pobj or pobj[0].lemma_.lower() in lexicon().norms:
            continue  # "handled according to law": a norm followed, no source
        sent = sentence_of(tok)
        opening = tok.i == sent.start or text[sent.start_char:tok.idx].strip() in OPENING
        told = _swallowed_clause(pobj[0], sent) if opening else None
        source = clean_source(doc, doc[pobj[0].left_edge.i:told.left_edge.i - 1] if told
                              else tokens_span(doc, pobj[0]))
        if source is None:
            continue
        if told is not None:
            content = trim(text, told.left_edge.idx, sent.end_char)
            out.append(_Cand(content, (tok.idx, to[0].idx + len(to[0])), source,
                             style="according_to", cue_token=tok))
            continue
        phrase = (tok.idx, source.end_char)
        if opening:
            content = trim(text, phrase[1], sent.end_char)
        else:
            tail = text[phrase[1]:sent.end_char].strip(" .,;\n\"”")
            end = sent.end_char if phrase[1] < sent.end_char - 2 and tail else tok.idx
            content = trim(text, sent.start_char, end)
        if content[1] - content[0] < 3:
            continue
        out.append(_Cand(content, (tok.idx, to[0].idx + len(to[0])), source,
                         style="according_to", cue_token=tok))
    return out


ESTIMATE_VERBS = frozenset({"put", "place"})


def _estimate_pass(doc: Doc, quotes: list[tuple[int, int]]) -> list[_Cand]:
    """'A local leader put the death toll at 52': an estimate told by putting a figure at a
    number; the content is the figure and its number, the subject the source."""
    out: list[_Cand] = []
    nouns = lexicon().estimate_nouns
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in ESTIMATE_VERBS:
            continue
        obj = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in nouns]
        at = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "at"
              for g in c.children if g.dep_ == "pobj" and any(
                  t.like_num or t.pos_ == "NUM" for t in g.subtree)]
        if not obj or not at or not _may_state(verb):
            continue
        source = source_of(doc, verb, quotes)
        if source is None:
            continue
        content = trim(doc_text(doc), obj[0].left_edge.idx,
                       at[0].right_edge.idx + len(at[0].right_edge))
        out.append(_Cand(content, (verb.idx, verb.idx + len(verb)), source, cue_token=verb,
                         content_root=obj[0], tier="report"))
    return out


POLL_NOUNS = frozenset({"poll", "survey", "average", "polling"})


def _poll_pass(doc: Doc, quotes: list[tuple[int, int]]) -> list[_Cand]:
    """'Clinton leads in the latest CBS poll', 'In a survey by X, most voters …': a finding
    told of a poll is the poll's claim; the content is the clause without the phrase."""
    text = doc_text(doc)
    out: list[_Cand] = []
    for tok in doc:
        if tok.lower_ != "in" or tok.dep_ != "prep" or tok.head.pos_ not in ("VERB", "AUX"):
            continue
        pobj = [c for c in tok.children if c.dep_ == "pobj"]
        if not pobj or pobj[0].lemma_.lower() not in POLL_NOUNS:
            continue
        source = clean_source(doc, tokens_span(doc, pobj[0]))
        if source is None:
            continue
        verb = tok.head
        pp_start, pp_end = subtree(tok)
        v_start, v_end = subtree(verb)
        sent = sentence_of(verb)
        if pp_start <= verb.idx:  # "In a poll by X, most voters …"
            content = trim(text, pp_end, min(v_end, sent.end_char))
        else:
            content = trim(text, max(v_start, sent.start_char), pp_start)
        if content[1] - content[0] < 3 or in_quote(tok.idx, quotes):
            continue
        out.append(_Cand(content, (tok.idx, tok.idx + len(tok)), source, style="indirect",
                         cue_token=tok, tier="report"))
    return out


# verbs of saying and believing whose passive raises the one spoken of to subject ("the bank
# is expected to act", "he is said to have fled", "it is reported that …"): what unnamed
# others say or expect
RAISING = frozenset({"expect", "say", "report", "believe", "think", "rumor", "rumour",
                     "allege", "estimate", "project", "predict", "forecast"})
# of which the verbs of saying: what they raise is a report, the others' a belief
SAYING_RAISED = frozenset({"say", "report", "rumor", "rumour", "allege"})
# adverbs that tell a clause as what unnamed others report ("the rebels reportedly fled")
HEARSAY = frozenset({"reportedly", "reputedly"})


def _raised_pass(doc: Doc, quotes: list[tuple[int, int]]) -> list[_Cand]:
    """'The central bank is expected to raise rates', 'Lang is said to have left', 'It is
    believed that …': a claim of an unnamed source, unless 'by X' names it. The content is
    the clause told, subject and all ("the bank … to raise rates")."""
    text = doc_text(doc)
    out: list[_Cand] = []
    for verb in doc:
        deps = {c.dep_ for c in verb.children}
        if verb.tag_ != "VBN" or verb.lemma_.lower() not in RAISING or "auxpass" not in deps \
                or verb.dep_ in ("amod", "acl") or in_quote(verb.idx, quotes):
            continue
        if "agent" in deps:
            continue  # "is expected by analysts to": the verb pass names the source
        subj = next((c for c in verb.children if c.dep_ in ("nsubjpass", "expl")), None)
        if subj is None:
            continue
        that = subj.lower_ == "it"  # "it is believed that …": the clause alone is told
        comp = next((c for c in verb.children if (c.dep_ == "xcomp" and has_to(c)) or
                     (that and c.dep_ == "ccomp" and has_that(c))), None)
        if comp is None:
            continue
        content = trim(text, *(subtree(comp) if that and comp.dep_ == "ccomp" else
                               (subj.left_edge.idx, subtree(comp)[1])))
        if content[1] - content[0] < 3:
            continue
        tier = "report" if verb.lemma_.lower() in SAYING_RAISED else "belief"
        out.append(_Cand(content, (verb.idx, verb.idx + len(verb)), None, cue_token=verb,
                         content_root=comp, tier=tier))
    for adv in doc:
        if adv.lower_ not in HEARSAY or adv.dep_ != "advmod" or in_quote(adv.idx, quotes):
            continue
        head = adv.head
        subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj or head.pos_ not in ("VERB", "AUX"):
            continue
        sent = sentence_of(head)
        content = trim(text, max(subj[0].left_edge.idx, sent.start_char),
                       min(subtree(head)[1], sent.end_char))
        out.append(_Cand(content, (adv.idx, adv.idx + len(adv)), None, cue_token=adv,
                         content_root=head, tier="report"))
    return out


QUESTION_MARKS = frozenset({"if", "whether"})


def _question(verb: Token) -> tuple[tuple[int, int], Token, int] | None:
    """What a participle of asking puts: "about X" (the cue running over "about"), or a clause
    of "if", "whether" or a wh-word (content, its root, and where the cue ends)."""
    end = verb.idx + len(verb)
    for c in verb.children:
        if c.i < verb.i:
            continue
        if c.dep_ == "prep" and c.lower_ == "about":
            obj = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            if obj:
                return subtree(obj[0]), obj[0], c.idx + len(c)
        if c.dep_ in ("ccomp", "advcl") and c.pos_ in ("VERB", "AUX") and any(
                (g.dep_ == "mark" and g.lower_ in QUESTION_MARKS) or
                g.tag_ in ("WP", "WRB", "WDT") for g in c.subtree if g.i < c.i):
            return subtree(c), c, end
    return None


def _asked_pass(doc: Doc, quotes: list[tuple[int, int]]) -> list[_Cand]:
    """'Asked whether she would run, Lang said no', 'when asked about the plan, …': the one
    asked answers in the main clause, and the question is itself told, by an unnamed asker
    (PolNeAR annotates it so, with no source, on 53 of 75 such participles on train)."""
    text = doc_text(doc)
    out: list[_Cand] = []
    for verb in doc:
        if verb.lemma_.lower() != "ask" or not asked_participle(verb) or \
                in_quote(verb.idx, quotes):
            continue
        found = _question(verb)
        if found is None:
            continue
        content = trim(text, *expand_quotes(found[0], quotes, None))
        if content[1] - content[0] < 3:
            continue
        out.append(_Cand(content, (verb.idx, found[2]), None, cue_token=verb,
                         content_root=found[1], tier="speech"))
    return out


def _noun_pass(doc: Doc) -> list[_Cand]:
    lex = lexicon()
    out: list[_Cand] = []
    for tok in doc:
        if tok.pos_ != "NOUN":
            continue
        lemma = tok.lemma_.lower()
        frames = lex.frames.get(lemma, frozenset())
        if lemma not in lex.cue_nouns and not any(f.startswith("noun:") for f in frames) and \
                not _held_clause(tok):
            continue
        if tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in lex.cue_verbs:
            continue  # "said in a statement that …" is the verb's claim
        if _negated_cue(tok):
            continue  # "there was no statement that …": nothing was said
        clause = [c for c in tok.children
                  if c.dep_ in ("acl", "relcl", "ccomp", "appos") and has_that(c)]
        # a noun outside the lexicon is judged a view, not a statement ("Lang's hunch that")
        tier = None if lemma in lex.cue_nouns else "frame"
        if not clause:
            clause = _noun_frame(tok, frames)
            tier = "frame"  # a stance: inside another claim's content it is that source's
        if not clause:
            continue
        source = None
        for c in tok.children:
            if c.dep_ == "poss":
                source = clean_source(doc, doc[c.left_edge.i:c.i + 1])
                if source is not None and source[-1].lower_ in ("'s", "’s", "'"):
                    source = source[:-1]
            elif c.dep_ == "prep" and c.lower_ in ("by", "from", "of"):
                pobj = [g for g in c.children if g.dep_ == "pobj"]
                if pobj and source is None:
                    source = clean_source(doc, tokens_span(doc, pobj[0]))
            elif c.dep_ in ("compound", "amod") and c.ent_type_ in ("ORG", "NORP", "GPE",
                                                                   "PERSON"):
                source = source or doc[c.left_edge.i:c.i + 1]
        if source is None:
            if tier is not None or not _unnamed_report(tok):
                continue
            # "amid reports that …", "dogged by charges that …": what unnamed others say
            # or fear, as "it is reported that …"
            tier = "belief" if lemma in UNNAMED_BELIEF_NOUNS else "report"
        content = trim(doc_text(doc), *subtree(clause[0]))
        out.append(_Cand(content, (tok.idx, tok.idx + len(tok)), source, cue_token=tok,
                         content_root=clause[0], tier=tier))
    return out


def _held_clause(noun: Token) -> bool:
    """'Lang's repeated emphasis that …', 'the mayor's bet that …': a noun with a holder and a
    'that' clause telling its content (a complement clause, not a relative one: there 'that'
    is the clause's subject or object) is a view or statement of the holder's, whatever the
    noun."""
    return any(c.dep_ == "poss" for c in noun.children) and any(
        c.dep_ in ("acl", "ccomp", "appos") and c.i > noun.i and has_that(c)
        for c in noun.children)


# cue nouns of a view, not a statement: an unnamed holder's is a stance
UNNAMED_BELIEF_NOUNS = frozenset({"fear", "hope", "belief", "concern", "suspicion", "view",
                                  "speculation", "prediction"})


def _unnamed_report(noun: Token) -> bool:
    """A cue noun with no holder told ('concerns that …', 'the allegation that …'), not one
    that names a particular statement someone made or will make ('this statement that …',
    'a proposal that …' is a relative clause's noun) nor a subject ('the claim that X is
    false': the writer's verdict on it)."""
    if noun.dep_ in ("nsubj", "nsubjpass") or noun.lemma_.lower() in ("proposal", "promise",
                                                                        "pledge", "vow"):
        return False
    return not any(c.dep_ == "det" and c.lower_ in ("this", "that", "these", "those")
                   for c in noun.children)  # ("no statement that": _negated_cue, earlier)


def _light_verb_pass(doc: Doc, quotes: list[tuple[int, int]]) -> list[_Cand]:
    """'She made the case that …', 'he voiced support for the bill', 'raised questions about
    X': a verb putting forward a stance noun; the subject holds the noun's complement, and the
    cue runs from the verb to the noun (or its preposition)."""
    lex = lexicon()
    out: list[_Cand] = []
    for noun in doc:
        if noun.dep_ != "dobj" or noun.pos_ != "NOUN" or \
                noun.lemma_.lower() not in lex.stance_nouns:
            continue
        verb = noun.head
        if verb.lemma_.lower() not in lex.light_verbs or not _puts_forward(verb, quotes):
            continue  # "did not raise concerns": nothing put forward
        found = noun_complement(noun)
        if found is None:
            continue  # nothing after the noun, or "made no mention of X"
        if any(c.dep_ == "nsubj" for c in verb.children) and not agentive_subject(verb):
            continue  # "the findings raise questions about X": no one puts them forward
        cand = _held(doc, verb, quotes, *found)
        if cand is not None:
            out.append(cand)
    return out


def _idiom_pass(doc: Doc, quotes: list[tuple[int, int]]) -> list[_Cand]:
    """'took issue with X', 'took a firm stance against X', 'came out against X': fixed
    phrases of ``kb/claims/stance_idioms.txt``; the preposition's object is what is held."""
    idioms = lexicon().idioms
    out: list[_Cand] = []
    for verb in doc:
        pairs = idioms.get(verb.lemma_.lower())
        if not pairs or not _puts_forward(verb, quotes):
            continue
        for obj, prep in pairs:
            head = next((c for c in verb.children if c.i > verb.i and (
                (c.dep_ == "dobj" and c.lemma_.lower() == obj) or
                (c.dep_ in ("prt", "advmod") and c.lower_ == obj))), None)
            if head is None:
                continue
            p = next((c for t in (head, verb) for c in t.children
                      if c.dep_ == "prep" and c.lower_ == prep and c.i > head.i), None)
            pobj = [g for g in p.children if g.dep_ in ("pobj", "pcomp")] if p is not None else []
            cand = _held(doc, verb, quotes, pobj[0], p.idx + len(p)) if pobj else None
            if cand is not None:
                out.append(cand)
                break
    return out


def _made_clear(doc: Doc, quotes: list[tuple[int, int]]) -> list[_Cand]:
    """'He made (it) clear that …' / 'made clear his opposition to X': what follows 'clear'
    is what the subject states (the parser hangs it on 'clear' or on the verb)."""
    text = doc_text(doc)
    out: list[_Cand] = []
    for clear in doc:
        verb = clear.head
        if clear.lower_ != "clear" or verb.lemma_.lower() != "make" or clear.i < verb.i or \
                not _puts_forward(verb, quotes):
            continue
        if any(t.lower_ in ("this", "that", "so") for t in doc[verb.i + 1:clear.i]) or (
                clear.i + 1 < len(doc) and doc[clear.i + 1].pos_ == "ADP"):
            continue  # "made this clear in a speech": the point was made before
        content = trim(text, clear.idx + len(clear), phrase_end(doc, verb))
        if content[1] - content[0] < 3:
            continue
        source = source_of(doc, verb, quotes)
        if source is None or source.start_char >= content[0]:
            continue
        out.append(_Cand(content, (verb.idx, clear.idx + len(clear)), source, cue_token=verb,
                         content_root=clear, tier="frame"))
    return out


def _puts_forward(verb: Token, quotes: list[tuple[int, int]]) -> bool:
    """A verb of the frame passes that can put a view forward: not negated ("did not raise
    concerns") and not inside a quotation (there it is the quoted speaker's)."""
    return verb.pos_ == "VERB" and not any(c.dep_ == "neg" for c in verb.children) and \
        not in_quote(verb.idx, quotes)


def _held(doc: Doc, verb: Token, quotes: list[tuple[int, int]], comp: Token,
          cue_end: int) -> _Cand | None:
    """The claim of a frame pass: ``verb``'s subject holds ``comp``'s phrase (within the
    paragraph), the cue running from the verb to ``cue_end``; none if the parse tangles the
    subject and the content."""
    text = doc_text(doc)
    p_start, p_end = paragraph_of(text, verb.idx)
    start, end = subtree(comp)
    content = trim(text, max(start, p_start), min(end, p_end))
    if content[1] - content[0] < 2:
        return None
    source = source_of(doc, verb, quotes)
    if source is None or _overlaps(source, content):
        return None
    return _Cand(content, (verb.idx, cue_end), source, cue_token=verb, content_root=comp,
                 tier="frame")


def _overlaps(source: Span, content: tuple[int, int]) -> bool:
    return source.start_char < content[1] and content[0] < source.end_char


def _noun_frame(noun: Token, frames: frozenset[str]) -> list[Token]:
    """'Lang's criticism [of the plan]', 'her promise [to run]': the complement a stance
    noun of ``kb/claims/frames.txt`` (frames 'noun:…') holds; its holder is the possessor."""
    if not any(c.dep_ == "poss" for c in noun.children):
        return []
    for c in noun.children:
        if c.i < noun.i:
            continue
        if c.dep_ == "prep" and f"noun:prep:{c.lower_}" in frames:
            return [g for g in c.children if g.dep_ in ("pobj", "pcomp")][:1]
        if c.dep_ in ("acl", "relcl") and "noun:to" in frames and has_to(c):
            return [c]
    return []


def _headline_pass(doc: Doc) -> list[_Cand]:
    """'Warren: ‘You should resign’' — a source before a colon in a headline-like line."""
    text = doc_text(doc)
    out: list[_Cand] = []
    for start, end in paragraph_spans(text):
        # a transcript quoted turn by turn opens each paragraph with a quotation mark
        # ('"LANG: Well, …'), as a quotation running over paragraphs does
        while start < end and text[start] in OPENING:
            start += 1
        line = text[start:end]
        if "\n" in line:
            continue  # a headline is one line
        colon = line.find(": ")
        stripped = line.rstrip()
        src = doc.char_span(start, start + colon, alignment_mode="contract") \
            if colon >= 2 else None
        # "MATTHEWS: Well, …" / "Jane Roe: …": a transcript's turn, any length
        label = src is not None and _speaker_label(src)
        if not label and (colon < 2 or len(line.split()) > 30 or (
                stripped.endswith(".") and start > 0)):
            continue  # a headline is short and, below the first line, ends with no full stop
        if src is None or len(src) > 10 or not src.text[:1].isupper() or (
                start > 0 and not label and not ents_in(src) and src.root.pos_ != "PROPN"):
            continue
        if any(t.lemma_.lower() in lexicon().cue_verbs and t.pos_ == "VERB" for t in src):
            continue  # "He said: …", "He said it failed for one reason: …": the verb pass's
        content = trim(text, start + colon + 1, end)
        if _kicker(src.text) or sum(w.isalpha() for w in
                                    text[content[0]:content[1]].split()) < 1:
            continue  # "BREAKING: …", "The Latest: …"; "Berg: 512" is a tally
        out.append(_Cand(content, (start + colon, start + colon + 1), src))
    return out


# '“…” ― Jane Roe': a line that is a quotation signed after a dash (reader quotes, epigraphs,
# pull quotes); the name runs to the line's end
_SIGNED = re.compile(r"^[ \t]*(?P<q>[“”\"«].*[”\"»])[ \t]*(?P<dash>―|—|--)[ \t]*"
                     r"(?P<name>[A-Z][^\n“”\"]{0,60}?)[ \t.]*$", re.MULTILINE)


def _signed_quote_pass(doc: Doc) -> list[_Cand]:
    """A quotation on a line of its own signed after a dash: the name is its source, the dash
    its cue. The signature is a name (at most six capitalised words), not a sentence."""
    text = doc_text(doc)
    out: list[_Cand] = []
    for m in _SIGNED.finditer(text):
        words = m.group("name").split()
        if not 1 <= len(words) <= 6 or not all(w[:1].isupper() or not w[:1].isalpha()
                                                 for w in words):
            continue
        src = doc.char_span(m.start("name"), m.end("name"), alignment_mode="contract")
        if src is None or any(t.pos_ in ("VERB", "AUX") for t in src):
            continue
        content = trim(text, m.start("q"), m.end("q"))
        out.append(_Cand(content, (m.start("dash"), m.end("dash")), src, style="direct"))
    return out


# labels a headline or paragraph opens with that name its kind, not a speaker
KICKERS = frozenset({"breaking", "breaking news", "exclusive", "update", "updated", "latest",
                     "the latest", "live", "watch", "video", "photos", "analysis", "opinion",
                     "editorial", "commentary", "explainer", "factbox", "fact check",
                     "timeline", "byline", "dateline", "correction", "editor's note",
                     "editor’s note", "review", "q&a", "interview"})
# ("Poll: …" and "Report: …" name a source: what the poll or report finds)


def _kicker(label: str) -> bool:
    return label.strip().lower() in KICKERS


def _speaker_label(src: Span) -> bool:
    """A paragraph opened by a speaker's name and a colon, as transcripts and round-ups
    write a turn: a person's name (or a surname in capitals) of at most four words."""
    words = [t for t in src if not t.is_punct]
    if not 1 <= len(words) <= 4:
        return False
    person = any(e.label_ == "PERSON" and e.start == src.start and e.end == src.end
                 for e in entities(src.doc)) or (bool(inner := ents_in(src))
                                                  and inner[0].label_ == "PERSON"
                                                  and len(inner[0]) == len(src))
    return person or all(t.text.isupper() and t.is_alpha and len(t) > 1 for t in words)


AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant")


def _cites_source(verb: Token) -> bool:
    """'citing an official', 'citing a report' name a source; 'citing the cost of the war'
    gives a reason, held by whoever cites it."""
    obj = [c for c in verb.children if c.dep_ in ("dobj", "pobj")]
    if not obj:
        return True
    head = obj[0]
    lemma = head.lemma_.lower()
    # the last two: people named by what they do or counted ("analysts", "two brokers")
    return head.pos_ == "PRON" or head.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or \
        lemma in lexicon().source_nouns or head.lower_ in lexicon().source_nouns or \
        lemma.endswith(AGENT_SUFFIXES) or any(c.dep_ == "nummod" for c in head.children)


def _nested_pass(doc: Doc, quotes: list[tuple[int, int]], cands: list[_Cand]) -> list[_Cand]:
    """'… reported, citing X' and 'quoted X as saying …': an inner claim known via an outer."""
    out: list[_Cand] = []
    for tok in doc:
        lemma = tok.lemma_.lower()
        if lemma not in ("cite", "quote"):
            continue
        if tok.tag_ == "VBG":  # citing X / quoting X
            obj = [c for c in tok.children if c.dep_ in ("dobj", "pobj")]
            if not obj or not _cites_source(tok):
                continue  # "citing the cost": a reason given, the verb pass's
            sent = sentence_of(tok)
            outers = [c for c in cands if c.cue and sent.start_char <= c.cue[0] < sent.end_char
                      and c.cue_token != tok]
            if not outers:
                continue
            outer = min(outers, key=lambda c: abs(c.cue[0] - tok.idx))
            source = clean_source(doc, tokens_span(doc, obj[0]))
            if source is None:
                continue
            s, e = subtree(tok)
            if outer.content[0] <= s < outer.content[1]:  # a misparse put "citing X" inside
                if s - outer.content[0] < 3:
                    outer.content = trim(doc_text(doc), e, outer.content[1])
                else:
                    outer.content = trim(doc_text(doc), outer.content[0], s)
            out.append(_Cand(outer.content, (tok.idx, tok.idx + len(tok)), source,
                             cue_token=tok, content_root=outer.content_root, outer=outer))
            continue
        obj = [c for c in tok.children if c.dep_ == "dobj"]
        as_ = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"]
        saying = [g for a in as_ for g in a.children if g.lemma_.lower() in lexicon().cue_verbs]
        # "X was quoted by TASS as saying": the passive's subject speaks, its agent relays
        agent = [g for c in tok.children if c.dep_ == "agent" for g in c.children
                 if g.dep_ == "pobj"]
        passive = not obj and bool(agent)
        if passive:
            obj = [c for c in tok.children if c.dep_ == "nsubjpass"]
        if not obj or not saying:
            continue
        found = content_of(doc, saying[0], "speech", quotes)
        if found is None:
            q = adjacent_quote(doc, saying[0], quotes, set())
            if q is None:
                continue
            found = (q, None)
        content = trim(doc_text(doc), *expand_quotes(found[0], quotes, None))
        outer_src = clean_source(doc, tokens_span(doc, agent[0])) if passive else \
            source_of(doc, tok, quotes)
        inner_src = clean_source(doc, tokens_span(doc, obj[0]))
        if outer_src is None or inner_src is None:
            continue
        outer = _Cand(content, (tok.idx, tok.idx + len(tok)), outer_src, cue_token=tok,
                      content_root=found[1])
        s = saying[0]
        out += [outer, _Cand(content, (s.idx, s.idx + len(s)), inner_src, cue_token=s,
                             content_root=found[1], outer=outer)]
    return out


def _cut_at_continuations(doc: Doc, cands: list[_Cand]) -> None:
    """'X said A, adding B': the parser may hang the participle under A's clause, so A's
    content would run on over B, which is a claim of its own (same speaker): end A before it."""
    text = doc_text(doc)
    for c in cands:
        if c.cue_token is None:
            continue
        for o in cands:
            tok = o.cue_token
            if o is c or tok is None or o.source is not c.source or tok.tag_ != "VBG" or \
                    o.tier != "speech" or not c.content[0] < tok.idx < c.content[1] or \
                    o.content[0] < tok.idx or not text[:tok.idx].rstrip().endswith(","):
                continue  # only a speech participle set off by a comma continues the cue
            cut = trim(text, c.content[0], tok.idx)
            if text[cut[1] - 4:cut[1]].lower() == " and":
                cut = trim(text, cut[0], cut[1] - 4)
            if cut[1] - cut[0] >= 3:
                c.content = cut


CONTRAST = ("while", "whereas")


def _cut_at_contrast(doc: Doc, cands: list[_Cand]) -> None:
    """'X said A, while Y said B': the parser may hang Y's clause under A, so A's content
    would swallow Y's claim (which then reads as told via X); A ends before ', while'."""
    text = doc_text(doc)
    for c in cands:
        for o in cands:
            if o is c or o.source is None or o.cue_token is None or \
                    not c.content[0] < o.source.start_char < c.content[1]:
                continue
            before = text[c.content[0]:o.source.start_char].rstrip()
            word = before.rsplit(None, 1)[-1].lower() if before.split() else ""
            head = before[:len(before) - len(word)].rstrip()
            if word in CONTRAST and head.endswith(","):
                cut = trim(text, c.content[0], len(head) + c.content[0] - 1)
                if cut[1] - cut[0] >= 3:
                    c.content = cut


def _cut_attribution_tails(doc: Doc, quotes: list[tuple[int, int]], cands: list[_Cand]) -> None:
    """'X said A, according to Y' / 'X said A, Y reported': the parser may hang the outer
    attribution inside A's clause, so X's content would end with Y's source and cue, which
    are not what X said: end A before the comma that sets them off. When the parse also gave
    Y only A ('A, Y reported' read as Y's own clause), Y reports X's whole statement."""
    text = doc_text(doc)
    for c in cands:
        for o in cands:
            if o is c or o.cue is None or o.source is None or c.cue is None or \
                    c.cue_token is None or in_quote(o.cue[0], quotes):
                continue  # a tail is told outside any quotation
            start = min(o.source.start_char, o.cue[0])
            end = max(o.source.end_char, o.cue[1])
            if not c.content[0] < start < c.content[1] <= _clause_end(text, o, end) or \
                    start <= c.cue[0] < end or \
                    not text[c.content[0]:start].rstrip().endswith((",", "—")):
                continue
            whole = o.content[0] <= c.cue[0] < o.content[1]  # Y's content is 'X said A'
            inner = c.content[0] <= o.content[0] and o.content[1] <= start  # Y's is only A
            cut = trim(text, c.content[0], start)
            if not (whole or inner) or cut[1] - cut[0] < 3:
                continue
            c.content = cut
            if inner:
                first = min(c.cue[0], c.source.start_char if c.source is not None else c.cue[0])
                o.content = trim(text, max(sentence_of(c.cue_token).start_char,
                                           paragraph_of(text, first)[0], first), start)
                o.content_root = c.cue_token


def _run_over_colon(doc: Doc, cands: list[_Cand]) -> None:
    """'X said it failed for one reason: the money ran out.': a content after its cue that
    stops at a colon goes on with what the colon introduces, to the end of that sentence
    (the parser may end the clause, or the sentence, at the colon)."""
    text = doc_text(doc)
    for c in cands:
        if c.cue is None or c.cue_token is None or c.content[0] < c.cue[1] or \
                not text.startswith(":", c.content[1]):
            continue
        after = c.content[1] + 1
        p_end = paragraph_of(text, c.content[0])[1]
        if after >= p_end or not text[after:p_end].strip() or "\n" in text[after:p_end]:
            continue
        span = doc.char_span(after, p_end, alignment_mode="expand")
        first = next((t for t in span or () if not t.is_space), None)
        if first is None:
            continue
        end = trim(text, after, min(sentence_of(first).end_char, p_end))[1]
        if end - after < 3 or any(o is not c and o.cue is not None and after <= o.cue[0] < end
                                  for o in cands):
            continue  # what follows is told by another cue
        c.content = (c.content[0], end)


RELATIVES = frozenset({"who", "which", "whom", "whose", "where"})


def _trailing_aside(doc: Doc, start: int, end: int) -> int | None:
    """Where a content ends without the aside that closes it, set off by a comma or a dash:
    a non-restrictive relative clause or an apposition on the last thing named ('Ben Carson,
    a surgeon who …'), or a participle for what the speaker did next (', drawing boos')."""
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None or len(span) < 4:
        return None
    best = None
    for tok in span:
        if tok.i == span.start or tok.right_edge.i < span.end - 1:
            continue
        prev = doc[tok.left_edge.i - 1]
        if prev.text not in (",", "—", "–", "-") or prev.i <= span.start:
            continue
        aside = (tok.dep_ == "relcl" and doc[tok.left_edge.i].lower_ in RELATIVES) or \
            tok.dep_ == "appos" or (tok.tag_ == "VBG" and tok.dep_ in ("advcl", "conj", "acl")
                                    and not any(c.dep_ in ("nsubj", "nsubjpass")
                                                for c in tok.children))
        if not aside:
            continue
        if any(c.dep_ in ("cc", "conj") for c in tok.children) or \
                tok.right_edge.i - tok.left_edge.i < 2 or any(
                t.lemma_.lower() in lexicon().cue_verbs for t in tok.subtree if t.pos_ == "VERB"):
            continue  # a list ('X, Y and Z'), a label ('Lang, D-Vt'), a view told of it
        best = prev.idx if best is None else min(best, prev.idx)
    return best


def _drop_trailing_asides(doc: Doc, quotes: list[tuple[int, int]], cands: list[_Cand]) -> None:
    """'backed Ben Carson, a surgeon who has never held office': what is held of a thing named
    after the cue is the thing, not the writer's aside on it (PolNeAR leaves it out); only for
    a noun phrase content, as a reported clause ('said that X, who …') keeps its words."""
    text = doc_text(doc)
    for c in cands:
        if c.cue is None or c.content[0] < c.cue[0] or c.content_root is None or \
                c.content_root.pos_ not in ("NOUN", "PROPN"):
            continue
        cut = _trailing_aside(doc, *c.content)
        if cut is None or in_quote(cut, quotes):
            continue
        new = trim(text, c.content[0], cut)
        if new[1] - new[0] >= 3:
            c.content = new


def _drop_verdict_asides(doc: Doc, quotes: list[tuple[int, int]], cands: list[_Cand]) -> None:
    """'accused the Taliban of sheltering fighters, a charge the Taliban deny': the writer's
    closing apposition on the claim itself (a reporting noun of ``cue_nouns.txt``: charge,
    allegation, claim) is no part of what the speaker said; its own verb is another's claim."""
    text = doc_text(doc)
    nouns = lexicon().cue_nouns
    for c in cands:
        if c.cue is None or c.content[0] < c.cue[0]:
            continue
        span = doc.char_span(*c.content, alignment_mode="contract")
        if span is None:
            continue
        for tok in span:
            prev = doc[tok.left_edge.i - 1] if tok.left_edge.i > 0 else None
            if tok.dep_ == "appos" and tok.lemma_.lower() in nouns and prev is not None and \
                    prev.text == "," and prev.i > span.start and \
                    tok.right_edge.i >= span.end - 1 and not in_quote(prev.idx, quotes):
                new = trim(text, c.content[0], prev.idx)
                if new[1] - new[0] >= 3:
                    c.content = new
                break


def _clause_end(text: str, o: _Cand, end: int) -> int:
    """Where an attribution tail ends: past its source and cue, the rest of the cue verb's
    phrase ('he told reporters on Monday') and closing punctuation."""
    tok = o.cue_token
    if tok is not None and tok.pos_ in ("VERB", "AUX"):
        right = tok.right_edge
        if not o.content[0] <= right.idx < o.content[1]:
            end = max(end, right.idx + len(right))
    while end < len(text) and text[end] in " .,;!?\"”’'":
        end += 1
    return end


def _resumed_after(text: str, q: tuple[int, int], cands: list[_Cand]) -> _Cand | None:
    """'“A,” Lang said, “and B.”': a quotation broken by its cue within one sentence is one
    statement; the cue took B, and A, just before it, opens the same content."""
    after = [c for c in cands if c.cue is not None and q[1] <= c.cue[0] < c.content[0]
             and text[c.content[0]] in OPENING and c.style != "according_to"]
    if not after:
        return None
    nxt = min(after, key=lambda c: c.content[0])
    gap = text[q[1]:nxt.content[0]]
    if text[q[0]:q[1]].rstrip(QUOTE_MARKS + " ").endswith((".", "!", "?")) or \
            not _only_attribution(nxt, q[1], nxt.content[0]):
        return None  # A ended its sentence, or the words between are not B's attribution
    if len(gap) >= 120 or any(ch in gap for ch in ".!?:;") or breaks_between(
            text, q[1], nxt.content[0]) or any(
            o is not nxt and o.cue is not None and q[1] <= o.cue[0] < nxt.content[0]
            for o in cands):
        return None
    return nxt


def _only_attribution(c: _Cand, start: int, end: int) -> bool:
    """Every word in ``[start, end)`` is the claim's source or in its cue verb's phrase
    ('he told the host', 'Lang said, referring to the plan')."""
    tok = c.cue_token
    if tok is None or c.source is None:
        return False
    lo, hi = subtree(tok)
    doc = tok.doc
    span = doc.char_span(start, end, alignment_mode="contract")
    return span is not None and all(
        t.is_punct or t.is_space or c.source.start_char <= t.idx < c.source.end_char
        or lo <= t.idx < hi for t in span)


def _quote_then_cue(text: str, cand: _Cand) -> bool:
    """'… because “most people don't know,” she said. “We have …”': a mixed quotation that
    ends in a quotation before its cue is continued by the next one as a full quotation is."""
    if cand.cue is None or not cand.content[1] <= cand.cue[0] or \
            text[cand.content[1] - 1] not in "”\"’":
        return False
    gap = text[cand.content[1]:cand.cue[0]]
    return "\n" not in gap and len(gap) < 60  # only the speaker between quotation and cue


def _continue_quotes(doc: Doc, quotes: list[tuple[int, int]], cands: list[_Cand]) -> list[_Cand]:
    """Quotations no cue claimed: '“A,” he said. “B.”' extends A's claim to B; a paragraph that
    is a quotation continues the speaker of the quotation before it."""
    text = doc_text(doc)
    covered = [c.content for c in cands]
    extra: list[_Cand] = []
    for q in quotes:
        if any(a <= q[0] < b or a < q[1] <= b for a, b in covered):
            continue
        if (nxt := _resumed_after(text, q, cands)) is not None:
            nxt.content = (q[0], nxt.content[1])
            covered.append(nxt.content)
            continue
        before = [c for c in cands + extra if c.content[1] <= q[0] and c.style != "according_to"
                  and (text[c.content[0]] in OPENING or _quote_then_cue(text, c))]
        if not before:
            continue
        prev = max(before, key=lambda c: c.content[1])
        gap = text[prev.content[1]:q[0]]
        if _embedded(text, q):
            continue  # 'she said on “Meet the Press.”': a title or scare quote, not a quotation
        cue_in_gap = prev.cue is not None and prev.content[1] <= prev.cue[0] < q[0]
        others = [c for c in cands if c is not prev and c.cue and
                  prev.content[1] <= c.cue[0] < q[0] and not _same_speaker(c, prev)]
        if not breaks_between(text, prev.content[1], q[0]) and cue_in_gap and not others \
                and (len(gap) < 120 or _one_sentence(prev, q[0])):
            prev.content = (prev.content[0], q[1])
            covered.append(prev.content)
            continue
        para_start = paragraph_of(text, q[0])[0]
        if text[para_start:q[0]].strip() or others or \
                breaks_between(text, prev.content[1], q[0]) > 2:
            continue
        if q[1] - q[0] < 15:
            continue
        extra.append(_Cand(q, None, prev.source, speaker_of=prev))
        covered.append(q)
    return extra


def _embedded(text: str, q: tuple[int, int]) -> bool:
    """A quotation inside the narrator's words ('wore a “Make America Great Again” hat'): a
    quotation that goes on from the one before starts a sentence or follows a comma or colon."""
    before = text[paragraph_of(text, q[0])[0]:q[0]].rstrip()
    return bool(before) and before[-1] not in ",.:;!?—–-" and before[-1] not in QUOTE_MARKS \
        and before.rsplit(None, 1)[-1].lower() not in ("and", "but")  # 'he said, but “B”'


def _same_speaker(c: _Cand, prev: _Cand) -> bool:
    """'“A,” she said, adding that B. “C.”': the participle goes on with the same speaker."""
    return c.source is not None and prev.source is not None and \
        c.source.start_char == prev.source.start_char and c.cue_token is not None and \
        c.cue_token.tag_ == "VBG"


def _one_sentence(c: _Cand, end: int) -> bool:
    """The text between a quotation and the next is the rest of the cue's sentence ('“A,”
    said X, a long description of X. “B.”'): however long the speaker's description, B
    continues A."""
    tok = c.cue_token
    if tok is None:
        return False
    sent = sentence_of(tok)
    text = doc_text(tok.doc)
    return sent.start_char <= c.content[1] and not text[sent.end_char:end].strip()


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


def _place(cand: _Cand, found: Analysis) -> str | None:
    verb = cand.cue_token
    if verb is None or not found.places:
        return None
    heads = [verb] + [c for c in verb.children if c.dep_ == "advcl"]
    for h in heads:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "at"):
                for g in c.children:
                    if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC", "FAC"):
                        s, e = subtree(g)
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
            q in doc_text(root.doc)[cand.content[0]:cand.content[1]][:1] for q in OPENING):
        return self_negated(root)
    return False


def attributions(doc: Doc, found: Analysis) -> list[Attribution]:
    """Claims in text order with the name each source was resolved to."""
    text = doc_text(doc)
    quotes = find_quotes(text)
    cands = _verb_pass(doc, quotes)
    cands += _according_pass(doc)
    cands += _noun_pass(doc)
    cands += _poll_pass(doc, quotes)
    cands += _headline_pass(doc)
    cands += _signed_quote_pass(doc)
    cands += _raised_pass(doc, quotes)
    cands += _asked_pass(doc, quotes)
    cands += _estimate_pass(doc, quotes)
    light = _light_verb_pass(doc, quotes) + _made_clear(doc, quotes) + _idiom_pass(doc, quotes)
    # a cue word inside a frame pass's cue is the same attribution: the verb pass may take the
    # noun phrase itself ("expressed [concern about X]") as content, the noun pass the noun
    # with its possessor ("stated [its] opposition to X")
    held = [c.cue for c in light]
    cands = [c for c in cands if c.cue_token is None or not any(
        s <= c.cue_token.idx < e for s, e in held)] + light
    cands = _dedupe(cands)
    cands += _nested_pass(doc, quotes, cands)
    cands = _dedupe(cands)
    cands += _learned_pass(doc, quotes, cands)
    _cut_at_continuations(doc, cands)
    _cut_at_contrast(doc, cands)
    _cut_attribution_tails(doc, quotes, cands)
    _run_over_colon(doc, cands)
    _drop_trailing_asides(doc, quotes, cands)
    _drop_verdict_asides(doc, quotes, cands)
    cands += _continue_quotes(doc, quotes, cands)
    cands = [c for c in cands if not _inner_stance(c, cands)]
    cands = [c for c in cands if not _only_time(doc, c, found) or any(
        o.speaker_of is c for o in cands)]
    for c in cands:
        if c.source is not None:
            c.source = tidy_source(doc, c.source)
    cands = [c for c in cands if _point_pronoun(doc, c, cands)]
    cands.sort(key=lambda c: (c.start, c.content[0]))
    resolver = Resolver(doc, found)
    for i, c in enumerate(cands, 1):
        c.cid = f"C{i}"
        c.style = c.style if c.style == "according_to" else style_of(text, c.content, quotes)
    for c in sorted(cands, key=lambda c: c.source.start_char if c.source is not None else 0):
        if c.speaker_of is None and c.source is not None:
            c.speaker = resolver.resolve(antecedent(doc, c.source))
    out: list[Attribution] = []
    for c in cands:
        if c.speaker_of is not None:
            c.speaker = c.speaker_of.speaker
        out.append(Attribution(_claim(doc, c, cands, found), c.speaker.name if c.speaker else None))
    return out


# what may stand before a date without saying anything of its own: "on Monday", "since May"
TIME_WORDS = frozenset({"on", "in", "at", "since", "until", "by", "from", "to", "during",
                        "before", "after", "late", "early", "last", "this", "next", "the"})


def _only_time(doc: Doc, c: _Cand, found: Analysis) -> bool:
    """The content is a time adjunct and nothing else ("agreed [on Monday]"): a date tells
    when a verb happened, never what a source said."""
    start, end = c.content
    covered = [(t.span.start, t.span.end) for t in found.timexes
               if t.span.start < end and t.span.end > start]
    if not covered:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.root.dep_ not in ("pobj", "npadvmod", "tmod", "advmod", "prep"):
        return False  # "understand [the past]": a time noun the verb's object is not adjunct
    return all(t.is_punct or t.lower_ in TIME_WORDS or any(
        s <= t.idx < e for s, e in covered) for t in span)


def _learned_pass(doc: Doc, quotes: list[tuple[int, int]], cands: list[_Cand]) -> list[_Cand]:
    """Cues of the learned detector (:mod:`.attribution.learned`) that no rule took: a stance
    or report told by a verb outside the lexicons ("reckons the toll will stay")."""
    found = learned_cues(doc, quotes, [c.cue for c in cands if c.cue is not None],
                         [c.content for c in cands])
    return [_Cand(f.content, f.cue, f.source, cue_token=f.verb, content_root=f.root, tier="frame")
            for f in found if _may_state(f.verb) and not _endangers(f.verb, f.root)]


# verbs of beginning, going on and ending, whose gerund is the act of saying itself
ASPECTUAL = frozenset({"begin", "start", "stop", "keep", "continue", "quit", "resume", "finish"})
GROUP_DEPS = frozenset({"aux", "auxpass", "advmod"})


def _verb_group(c: _Cand) -> tuple[int, int] | None:
    """The cue as its verb group: the auxiliaries and adverbs right before the verb ("has
    repeatedly said", "would argue": tense and modality belong to the act of saying) and a
    particle or preposition between the verb and its content ("called for X", "spoke out
    against X": the phrasal verb is the cue), and a verb the cue verb completes ("has
    continued to criticize", "seemed to suggest", "went on to say", "began writing", "began by
    saying": the aspect and hedge of the saying)."""
    verb = c.cue_token
    if c.cue is None or verb is None or verb.pos_ not in ("VERB", "AUX") or \
            c.cue[0] != verb.idx:
        return c.cue
    doc = verb.doc
    start, end = c.cue
    head, i = verb, verb.i - 1
    while i >= 0:
        tok = doc[i]
        if tok.head.i == head.i and tok.dep_ in GROUP_DEPS and tok.lower_ != "to" and \
                not tok.is_punct and tok.ent_type_ not in ("DATE", "TIME") and (
                    tok.dep_ != "advmod" or tok.pos_ == "ADV"):
            start = tok.idx
        elif tok.lower_ == "to" and tok.head.i == head.i and head.dep_ == "xcomp" and \
                i > 0 and head.head.i == i - 1 and head.head.pos_ == "VERB":
            # "continued to criticize", "seemed to suggest": the verb it completes
            head, i = head.head, i - 1
            start = head.idx
        elif tok.lower_ == "to" and tok.head.i == head.i and head.dep_ == "xcomp" and \
                i > 1 and doc[i - 1].dep_ == "prt" and head.head.i == i - 2 and \
                doc[i - 1].head.i == i - 2 and head.head.pos_ == "VERB":
            head, i = head.head, i - 2  # "went on to say": the particle verb it completes
            start = head.idx
        elif tok.i == head.i - 1 and head.tag_ == "VBG" and head.dep_ == "xcomp" and \
                tok.i == head.head.i and tok.lemma_.lower() in ASPECTUAL:
            start = tok.idx  # "began writing", "stopped insulting": when the saying ran
            head = tok
        elif tok.lower_ == "by" and tok.i == head.i - 1 and head.dep_ == "pcomp" and \
                i > 0 and tok.head.i == i - 1 and doc[i - 1].lemma_.lower() in ("begin", "start"):
            head, i = doc[i - 1], i - 1  # "began by saying"
            start = head.idx
        elif tok.lower_ == "to" and tok.head.i == head.i:
            start = tok.idx  # "took the stage to warn": the infinitive's 'to' is the cue's
            break
        else:
            break
        i -= 1
    text = doc_text(doc)
    k = verb.i + 1 if end == verb.idx + len(verb) else len(doc)  # a frame cue has its end
    while k < len(doc) and doc[k].head.i == verb.i and doc[k].idx < c.content[0] and (
                doc[k].dep_ == "prt" or (doc[k].dep_ == "prep" and
                                         not text[doc[k].idx + len(doc[k]):c.content[0]].strip())):
        end = doc[k].idx + len(doc[k])
        k += 1
    if text.startswith(":", end) and c.content[0] > end:
        end += 1  # "he said: “…”": the colon that introduces what was said is the cue's
    return start, end


PRONOUN_CONTENT = frozenset({"it", "this", "that", "them", "these", "those"})
# verbs that take a proposition as object: "denied it" holds what "it" stands for
AFFIRM_DENY = frozenset({"deny", "confirm", "reject", "dismiss", "refute", "acknowledge",
                         "admit", "dispute", "contest", "verify"})


def _point_pronoun(doc: Doc, c: _Cand, cands: list[_Cand]) -> bool:
    """'Russia denied it': the content is what the pronoun stands for, the content of a claim
    in the sentence before, else that sentence (same paragraph); kept only when found."""
    text = doc_text(doc)
    root = c.content_root
    if text[c.content[0]:c.content[1]].lower() not in PRONOUN_CONTENT or c.cue_token is None \
            or c.cue_token.lemma_.lower() not in AFFIRM_DENY or root is None \
            or root.dep_ != "dobj" or root.tag_ == "WDT":
        return True  # other verbs' pronoun objects stay as written (a view "of them")
    sent = sentence_of(c.cue_token) if c.cue_token is not None else None
    if sent is None or sent.start == 0:
        return False
    prev = sentence_of(doc[sent.start - 1])
    if breaks_between(text, prev.start_char, sent.start_char):
        return False
    earlier = [o for o in cands if o is not c and o.cue is not None
               and prev.start_char <= o.cue[0] < sent.start_char]
    if earlier:
        c.content, c.content_root = earlier[-1].content, earlier[-1].content_root
    else:
        c.content = trim(text, prev.start_char, prev.end_char)
        c.content_root = prev.root
    return True


STANCE_TIERS = frozenset({"belief", "intent", "frame", "report"})


def _kind(c: _Cand) -> str:
    """A belief, wish or intention ("believes", "wants", "expressed concern about", "backs")
    is a stance; speech, a finding ("found", "shows") and a frame verb of saying ("spoke of",
    "discussed") are statements. A cue phrase (a light verb and its noun, an idiom) is judged by
    its noun, not its verb: "made the claim that" states, "shared concerns about" and "spoke
    out against" hold a view."""
    if c.tier in ("belief", "intent"):
        return "stance"
    if c.tier != "frame" or c.cue_token is None:
        return "statement"
    lex = lexicon()
    verb = c.cue_token
    if c.cue is not None and (c.cue[0] < verb.idx or verb.idx + len(verb) < c.cue[1]):
        phrase = verb.doc.char_span(c.cue[0], c.cue[1], alignment_mode="expand")
        nouns = [t.lemma_.lower() for t in phrase or () if t.pos_ == "NOUN"]
        return "statement" if any(n in lex.saying_frames for n in nouns) else "stance"
    return "statement" if verb.lemma_.lower() in lex.saying_frames else "stance"


def _inner_stance(c: _Cand, cands: list[_Cand]) -> bool:
    """A view or finding told inside another claim's content ("the ministry said Petrov hopes
    to win") is what that source says, not a second attribution: as with "“I think …,” she
    said". Speech inside a content stays a claim, known via the outer one, and so does a
    withheld verdict ("the ministry declined to deny that X, a spokesman said"): it leaves X
    open, which the outer report alone would not tell."""
    if c.tier not in STANCE_TIERS or c.cue is None or _withheld_verdict(c) is not None:
        return False
    return any(o is not c and o.cue != c.cue and o.content[0] <= c.cue[0] and
               c.cue[1] <= o.content[1] and not _attribution_between(o, c) for o in cands)


# what a source may decline to give on a report: "declined to confirm that …" leaves it open
VERDICTS = frozenset({"confirm", "verify", "corroborate", "deny", "dispute"})


def _withheld_verdict(c: _Cand) -> tuple[int, int] | None:
    """'The ministry declined to confirm that troops were deployed': the source asserts
    nothing, so the content is unconfirmed; the withheld verdict ('declined to confirm') is
    the claim's hedge, and an event told in it is possible, not reported."""
    verb = c.cue_token
    if verb is None or verb.lemma_.lower() not in WITHHELD:
        return None
    for x in verb.children:
        if x.dep_ == "xcomp" and x.lemma_.lower() in VERDICTS and \
                c.content[0] <= x.idx < c.content[1]:
            return verb.idx, x.idx + len(x)
    return None


def _attribution_between(o: _Cand, c: _Cand) -> bool:
    """'“A,” she said, adding that B. “C.”': o's content runs over its own cue, and c is
    told in the attribution between the quotations, not inside them."""
    if o.cue is None or o.cue_token is None or c.cue_token is None or \
            not o.content[0] <= o.cue[0] < o.content[1]:
        return False
    text = doc_text(c.cue_token.doc)
    return text[o.content[0]] in OPENING and o.cue[1] <= c.cue[0] and \
        not any(m in OPENING for m in text[o.cue[1]:c.cue[0]]) and \
        sentence_of(c.cue_token) == sentence_of(o.cue_token)


def _outer_of(c: _Cand, cands: list[_Cand]) -> _Cand | None:
    if c.outer is not None:
        return c.outer
    if c.cue is None:
        return None
    best = None
    for o in cands:
        if o is c or o.outer is c or o.content == c.content:
            continue
        if c.cue_token is not None and c.cue_token.pos_ == "NOUN" and \
                o.content_root is not None and c.cue_token.i == o.content_root.i:
            continue  # "X's warning was echoed by Y": Y takes up the claim, does not report it
        if _attribution_between(o, c):
            continue
        s, e = o.content
        if s <= c.cue[0] and c.cue[1] <= e and s <= c.content[0] and c.content[1] <= e and (
                best is None or e - s < best.content[1] - best.content[0]):
            best = o
    return best


def _claim(doc: Doc, c: _Cand, cands: list[_Cand], found: Analysis) -> Claim:
    text = doc_text(doc)
    sp = c.speaker
    src = c.source
    cue = _verb_group(c)
    if src is not None:
        end = src.end_char
        if src.start == 0 or doc[src.start - 1].pos_ not in ("VERB", "AUX"):
            # (not "said Lang, a senator, adding …": there the comma is the sentence's)
            end = closing_comma(text, src.start_char, src.end_char, cue[0] if cue else None)
        name, span, kind = src.text, TextSpan.of(text, src.start_char, end), "named"
    else:  # an unnamed source ('is said to', 'reportedly') is named by its cue
        name = text[cue[0]:cue[1]] if cue and sp is None else ""
        span, kind = None, "anonymous"
    source = ClaimSource(actor=sp.actor if sp else None, also=list(sp.also) if sp else [],
                         text=name, span=span, kind=sp.kind if sp else kind)
    hedges = hedges_in(doc, _hedge_ranges(c))
    if (withheld := _withheld_verdict(c)) is not None:
        hedges = sorted({*hedges, withheld})
    anchor = c.cue or c.content
    outer = _outer_of(c, cands)
    if outer is not None and not outer.cid:
        outer = None
    return Claim(
        id=c.cid, source=source,
        cue=TextSpan.of(text, *cue) if cue else None,
        content=TextSpan.of(text, after_dateline(text, *c.content), c.content[1]),
        style=c.style or "indirect",
        kind=_kind(c),
        hedged=bool(hedges), hedges=[TextSpan.of(text, s, e) for s, e in hedges],
        polarity="negative" if _negative(c) else "positive",
        date=date_for(doc, anchor[0], anchor[1], found, claim=True, said=[
            o.content for o in cands if c.cue and not o.content[0] <= c.cue[0] < o.content[1]]),
        place=_place(c, found),
        via=outer.cid if outer is not None else None)


def find_claims(doc: Doc, found: Analysis) -> list[Claim]:
    """Every attributed statement of ``doc``, ids ``C1``, ``C2``… in text order.

    A source the actors stage did not list ("officials in Seoul" speak for KOR.GOV, "the
    regional governor" for the government of the place named) joins ``found.actors``, with the
    source's words as its mention, so that every actor id in the analysis resolves."""
    claims = [a.claim for a in attributions(doc, found)]
    listed = {a.id for a in found.actors}
    for c in claims:
        where = c.source.span
        for aid in [c.source.actor, *c.source.also]:
            if aid is not None and aid not in listed and where is not None:
                actor = actor_of(aid, [where])
                if actor is not None:
                    found.actors.append(actor)
                    listed.add(aid)
    return claims
