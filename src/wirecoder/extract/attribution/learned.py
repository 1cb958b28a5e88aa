"""A learned attribution-cue detector: a linear model over the syntax around a verb.

The rule passes of :mod:`wirecoder.extract.claims` know verbs of saying, believing and wanting
by lexicon; an attribution told by any other verb ("defended the plan", "seemed to suggest",
"was named as") is a long tail no list covers. This scorer reads what makes a verb a cue in
general (a clause or infinitive complement, a speaking subject, a quotation or colon beside it,
passive voice, negation, the verb's own lemma and class) and gives a probability that the verb
heads an attribution cue.

The weights (``kb/claims/cue_model.json``: feature name -> weight, a bias and the threshold)
are trained by ``scripts/train_claim_cues.py`` on PolNeAR train/; no text of it is kept, only
the weights of general features. ``features`` is the one feature function of both the
training script and this scorer.
"""

from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from wirecoder.extract.attribution.lexicon import KB, lexicon
from wirecoder.extract.attribution.syntax import (
    AGENT_PRONOUNS,
    DOBJ_CONTENT,
    asked_participle,
    content_of,
    document_noun,
    expand_quotes,
    frame_content,
    has_that,
    has_to,
    in_quote,
    noun_complement,
    source_of,
    subtree,
    trim,
)
from wirecoder.extract.spans import doc_text, sentence_of

WEIGHTS = KB / "cue_model.json"
NEIGHBOURS = KB / "cue_neighbours.tsv"
# dependents that tell how a verb takes what it holds
CHILD_DEPS = frozenset({"ccomp", "xcomp", "dobj", "prep", "nsubj", "nsubjpass", "agent",
                        "auxpass", "neg", "advcl", "parataxis", "dative", "oprd", "acomp",
                        "attr", "csubj", "mark", "advmod", "prt", "conj", "aux"})
PREPS = frozenset({"for", "of", "about", "against", "on", "as", "to", "with", "at", "in",
                   "over", "by", "from"})
FIRST_PERSON = frozenset({"i", "we", "me", "us"})


@functools.cache
def neighbours() -> dict[str, tuple[str, float]]:
    """lemma -> (tier of the nearest cue-lexicon verb, cosine) from ``cue_neighbours.tsv``
    (built from GloVe by ``scripts/build_claim_neighbours.py``); empty when not shipped."""
    if not NEIGHBOURS.exists():
        return {}
    out: dict[str, tuple[str, float]] = {}
    for line in NEIGHBOURS.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            lemma, tier, sim, _ = line.split("\t")
            out[lemma] = (tier, float(sim))
    return out


def _neighbour_features(lemma: str) -> list[str]:
    """'quip' near 'joke', 'surmise' near 'conclude': an unlisted verb near a cue verb in
    GloVe space, by the tier of that verb and how near it is."""
    near = neighbours().get(lemma)
    if near is None:
        return []
    tier, sim = near
    band = "0.8" if sim >= 0.8 else "0.7" if sim >= 0.7 else "0.6"
    return [f"near={tier}", f"near={tier}|{band}"]


def is_candidate(tok: Token) -> bool:
    """Only a verb is scored: the claims stage builds a claim around a verb's complements."""
    return tok.pos_ == "VERB" and tok.dep_ != "amod"


def _subject(tok: Token) -> Token | None:
    """The verb's subject, or the subject of the verb an infinitive or participle hangs on."""
    for _ in range(3):
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
        if subj:
            return subj[0]
        if tok.dep_ in ("xcomp", "conj", "advcl") and tok.head.i != tok.i:
            tok = tok.head
            continue
        break
    return None


def _subject_features(tok: Token) -> list[str]:
    subj = _subject(tok)
    if subj is None:
        return ["subj=none"]
    lex = lexicon()
    low, lemma = subj.lower_, subj.lemma_.lower()
    out = [f"subj_dep={subj.dep_}", f"subj_pos={subj.pos_}",
           f"subj_ent={subj.ent_type_ or '-'}"]
    if low in AGENT_PRONOUNS or low in FIRST_PERSON:
        out.append(f"subj_pron={low}")
    elif subj.pos_ == "PRON":
        out.append("subj_pron=other")  # "it", "this", "there": not a speaker
    kind = lex.source_nouns.get(lemma)
    if kind:
        out.append(f"subj_kind={kind}")
    if low in lex.media:
        out.append("subj_kind=media")
    if any(t.ent_type_ == "PERSON" for t in subj.subtree):
        out.append("subj_has_person")
    return out


def _quote_features(tok: Token, quotes: list[tuple[int, int]]) -> list[str]:
    doc = tok.doc
    text = doc_text(doc)
    sent = sentence_of(tok)
    out = []
    if in_quote(tok.idx, quotes):
        out.append("in_quote")
    before = [q for q in quotes if sent.start_char <= q[1] <= tok.idx]
    after = [q for q in quotes if tok.idx < q[0] < sent.end_char]
    if before:
        out.append("quote_before")
        if not text[max(q[1] for q in before):tok.idx].strip(" ,\n"):
            out.append("quote_adjacent_before")  # '“…,” said'
    if after:
        out.append("quote_after")
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and nxt.text == ":":
        out.append("colon_after")
    if any(t.text == ":" for t in doc[sent.start:tok.i]):
        out.append("colon_before")
    return out


def features(tok: Token, quotes: list[tuple[int, int]]) -> list[str]:
    """The names of the binary features of a candidate verb (general syntax, no sentence)."""
    lex = lexicon()
    lemma = tok.lemma_.lower()
    head = tok.head
    out = [f"lemma={lemma}", f"tag={tok.tag_}", f"dep={tok.dep_}",
           f"head_pos={head.pos_}", f"head_dep={head.dep_}", f"head_lemma={head.lemma_.lower()}",
           f"tier={lex.cue_verbs.get(lemma, '-')}"]
    out.extend(_neighbour_features(lemma))
    if lemma in lex.frames:
        out.append("in_frames")
        out.extend(f"frame={f}" for f in sorted(lex.frames[lemma]))
    if head.i == tok.i:
        out.append("root")
    deps: set[str] = set()
    for c in tok.children:
        d = c.dep_
        if d not in CHILD_DEPS:
            continue
        if d == "prep" and c.lower_ in PREPS:
            d = f"prep:{c.lower_}"
        elif d == "ccomp" and has_that(c):
            deps.add("ccomp_that")
        elif d == "xcomp" and has_to(c):
            deps.add("xcomp_to")
        elif d == "advmod" and c.lower_ in ("not", "never"):
            d = "neg"
        elif d == "mark":
            d = f"mark:{c.lower_}"
        deps.add(d)
        if d in ("ccomp", "xcomp", "dobj") and c.lemma_.lower() in lex.cue_nouns:
            deps.add(f"{d}_cue_noun")
    for d in sorted(deps):
        out.append(f"ch={d}")
        if d in ("ccomp", "xcomp", "dobj", "ccomp_that", "xcomp_to"):
            out.append(f"lemma|ch={lemma}|{d}")
    if not deps & {"ccomp", "xcomp", "dobj", "parataxis"} and not any(
            d.startswith("prep") for d in deps):
        out.append("no_complement")
    out.extend(_subject_features(tok))
    out.extend(_quote_features(tok, quotes))
    if head.i != tok.i and head.lemma_.lower() in lex.cue_verbs:
        out.append(f"head_tier={lex.cue_verbs[head.lemma_.lower()]}")
    return out


@dataclass(frozen=True)
class CueModel:
    weights: dict[str, float]
    bias: float
    threshold: float

    def score(self, feats: list[str]) -> float:
        """The probability that the verb heads an attribution cue."""
        w = self.weights
        z = self.bias + sum(w.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-z))


def read_model(path: Path) -> CueModel:
    data = json.loads(path.read_text(encoding="utf-8"))
    return CueModel({k: float(v) for k, v in data["weights"].items()}, float(data["bias"]),
                    float(data["threshold"]))


@functools.cache
def model() -> CueModel | None:
    """The shipped model, read once; None when no weights are shipped."""
    return read_model(WEIGHTS) if WEIGHTS.exists() else None


# the complements a cue of any verb may hold, in the names of kb/claims/frames.txt (a place,
# time or channel, "on Twitter", "at an event", is where it was said, not what)
ANY_FRAME = frozenset({"ccomp", "xcomp", "dobj", "prep:for", "prep:of", "prep:about",
                       "prep:against", "prep:as",
                       *(f"participle:{f}" for f in ("ccomp", "xcomp", "dobj"))})
# subjects that cannot hold a view ("it seems", "this shows")
NON_HOLDERS = frozenset({"it", "this", "that", "there", "which", "what"})
CHANNELS = frozenset({"speech", "tweet", "interview", "remark", "address", "video", "letter",
                      "ad", "post", "op-ed", "message", "blame", "sight", "question"})


def _held(root: Token | None) -> bool:
    """A complement that can be what is held: not a pronoun ("attacked me") nor a channel of
    saying, whose content is told elsewhere ("released a statement", "delivered a speech")."""
    if root is None:
        return True
    lex = lexicon()
    lemma = root.lemma_.lower()
    return root.pos_ != "PRON" and lemma not in CHANNELS and lemma not in lex.cue_nouns \
        and lemma not in lex.stance_nouns and not document_noun(root)


def _judged(verb: Token) -> bool:
    """'attacked her rival as a fraud', 'derided the deal as toothless', 'lauded Lang for
    helping': an object with what it is judged to be, or a deed it is judged for, is a view
    told of it (an act on a thing has neither: "attacked the base")."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if not objs:
        return False
    for c in verb.children:
        if c.dep_ != "prep" or c.i < objs[0].i:
            continue
        if c.lower_ == "as" and any(g.dep_ in ("pobj", "amod", "acomp") for g in c.children):
            return True
        if c.lower_ == "for" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children):
            return True
    return False


@dataclass(frozen=True)
class LearnedCue:
    verb: Token
    cue: tuple[int, int]  # the verb, or past a noun it puts forward ("unveiled a proposal for")
    content: tuple[int, int]
    root: Token | None
    source: Span | None  # None: an agentless passive, held by unnamed others


def _agentless(verb: Token) -> bool:
    """'He is accused of lying', 'the plan was criticized as too costly': a passive cue with no
    'by' phrase is held by unnamed others (PolNeAR's relation without a source)."""
    return any(c.dep_ == "auxpass" for c in verb.children) and not any(
        c.dep_ == "agent" for c in verb.children)


def _judged_passive(verb: Token) -> tuple[tuple[int, int], Token] | None:
    """'The plan is widely seen as a threat', 'Berg is best known as the founder of X': an
    agentless passive telling what its subject is taken to be (an 'as' phrase after the verb)
    is the view unnamed others hold of the subject; the content runs from the subject to the
    end of the 'as' phrase (PolNeAR's content is the two pieces), its root the 'as' (what the
    subject is taken to be may be a view noun itself, "seen as a threat", which is no channel)."""
    if verb.tag_ != "VBN" or not _agentless(verb):
        return None
    subj = [c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i]
    if not subj:
        return None
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i and any(
                g.dep_ in ("pobj", "pcomp", "amod", "acomp") for g in c.children):
            return (subj[0].left_edge.idx, subtree(c)[1]), c
    return None


def _put_forward(root: Token | None) -> tuple[Token, int] | None:
    """'unveiled a proposal for X', 'embraced the idea of X', 'propounded views that X': an
    object that is itself a view or statement noun, with the complement that tells it (the
    complement and where the cue ends, past the noun or its preposition)."""
    if root is None or root.dep_ != "dobj" or root.pos_ != "NOUN":
        return None
    lex = lexicon()
    lemma = root.lemma_.lower()
    if lemma not in lex.cue_nouns and lemma not in lex.stance_nouns:
        return None
    return noun_complement(root)


def _unheld(verb: Token, quotes: list[tuple[int, int]]) -> bool:
    """Where the verb pass also makes no claim: a view inside a quotation is the quoted
    speaker's, and "Asked about X, Lang smiled" has the one asked speak in the main clause."""
    return in_quote(verb.idx, quotes) or asked_participle(verb)


def _completed(verb: Token) -> bool:
    """'went on to say', 'has continued to criticize', 'stopped short of saying': a verb whose
    complement is a verb of the lexicons tells the aspect of that cue, which the rules take."""
    lex = lexicon()
    comps = [c for c in verb.children if c.dep_ in ("xcomp", "pcomp")]
    comps += [g for c in verb.children if c.dep_ in ("prep", "advmod", "acomp")
              for g in c.subtree if g.dep_ in ("pcomp", "xcomp")]
    return any(g.lemma_.lower() in lex.cue_verbs or g.lemma_.lower() in lex.frames
               for g in comps)


def learned_cues(doc: Doc, quotes: list[tuple[int, int]], cues: list[tuple[int, int]],
                 contents: list[tuple[int, int]]) -> list[LearnedCue]:
    """Verbs outside the rule claims' ``cues`` that the model scores as cues, with the content
    and source the claims stage's builders find for them: a clause, quote or object of the verb
    (``content_of``), else its nearest complement (``frame_content``); a bare object only of a verb
    whose object is what it holds (``DOBJ_CONTENT``: "defended the plan"); the
    source is its subject (``source_of``). A verb with no content or source gives nothing, and
    neither does one whose content a rule claim (``contents``) already holds from outside it."""
    m = model()
    if m is None:
        return []
    text = doc_text(doc)
    out: list[LearnedCue] = []
    for verb in doc:
        if not is_candidate(verb) or any(s <= verb.idx < e for s, e in cues) or \
                _unheld(verb, quotes) or _completed(verb):
            continue
        if m.score(features(verb, quotes)) < m.threshold:
            continue
        found = content_of(doc, verb, "speech", quotes)
        if found is None:
            framed = frame_content(doc, verb, ANY_FRAME)
            found = (framed[0], framed[1]) if framed is not None else _judged_passive(verb)
        cue_end = None
        if found is not None and (put := _put_forward(found[1])) is not None:
            found, cue_end = (subtree(put[0]), put[0]), put[1]
        if found is None or not _held(found[1]) or (
                found[1] is not None and found[1].dep_ == "dobj" and
                verb.lemma_.lower() not in DOBJ_CONTENT and not _judged(verb)):
            continue  # "attacked the base", "signed the bill": an act on a thing, not a view
        cue = (verb.idx, cue_end or verb.idx + len(verb))
        content = trim(text, *expand_quotes(found[0], quotes, cue))
        source = source_of(doc, verb, quotes)
        if content[1] - content[0] < 2 or (source is None and not _agentless(verb)) or (
                source is not None and (source.root.lower_ in NON_HOLDERS or (
                    source.start_char < content[1] and content[0] < source.end_char))):
            continue
        if any(s < content[1] and content[0] < e and not s <= verb.idx < e
               for s, e in contents):
            continue  # another cue's content: "“…,” the choir sings before asking her, “…?”"
        out.append(LearnedCue(verb, cue, content, found[1], source))
    return out
