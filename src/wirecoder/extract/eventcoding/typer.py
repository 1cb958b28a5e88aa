"""A trained re-typing stage over the rule coder's events.

The rules find the events (trigger, parties, status); a linear model over hashed features of
each event (its sentence's words, the trigger and its dependents, the rule's type, mode,
status and confidence) may replace the event's PLOVER type when it disagrees with the rules
and is sure enough. It never adds or removes an event, so it cannot invent one.

The model (``kb/events/typer.npz``) is trained by ``scripts/train_event_typer.py``; features
are hashed, so it holds no text. Inference is numpy only.
"""

from __future__ import annotations

import functools
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from spacy.tokens import Doc, Token

from wirecoder.extract.eventcoding.lexicon import KB, load
from wirecoder.extract.spans import sentence_of, token_at
from wirecoder.model import Analysis, Event

if TYPE_CHECKING:
    from wirecoder.extract.events import CodedEvent

MODEL_PATH = KB / "typer.npz"
DIM = 1 << 15  # hashed feature space; a power of two
# PLV's one label for both yielding types; the model predicts PLV roots.
YIELDING = {"CONCEDE", "RETREAT"}
# A conflict act a named actor plans is THREATEN for PLV; the coder keeps the act itself
# with status "planned" (see kb/events/README.md), so such a prediction changes nothing.
PLANNED_AS_THREAT = {"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
# The codebook's mode tables (../shared/gold/PLOVER.md); the lexicon's own modes are added.
CODEBOOK_MODES: dict[str, frozenset[str]] = {k: frozenset(v.split()) for k, v in {
    "CONSULT": "visit third-party multilateral phone",
    "RETREAT": "withdraw release disarm ceasefire access resign",
    "REQUEST": "assist change yield meet",
    "REJECT": "assist change yield meet",
    "ACCUSE": "disapprove investigate allege",
    "THREATEN": "restrict arrest relations expel territory violence",
    "PROTEST": "demo riot strike hunger boycott obstruct vandalize",
    "SANCTION": "convict expel withdraw discontinue",
    "MOBILIZE": "troops weapons police militia",
    "COERCE": "seize restrict censor curfew martial-law arrest deport withhold misinformation "
              "cyber",
    "ASSAULT": "abduct beat torture sexual targeted destroy primitive firearms explosives "
               "suicide-attack aerial drone heavy-weapons crowd-control unconventional sideAB",
}.items()}


@dataclass(frozen=True)
class TypeModel:
    weights: np.ndarray  # (DIM, classes), float32
    bias: np.ndarray  # (classes,)
    classes: tuple[str, ...]  # PLV roots
    threshold: float  # least probability of a prediction that replaces the rule's type
    rule: bool = True  # whether the features include the rule's reading (type, mode, status)

    def probabilities(self, rows: Sequence[np.ndarray]) -> np.ndarray:
        """Class probabilities of events given as arrays of feature indices (one gather and
        one segmented sum for all of them)."""
        if not rows:
            return np.zeros((0, len(self.classes)), dtype=np.float32)
        lengths = np.fromiter((len(r) for r in rows), dtype=np.int64, count=len(rows))
        filled = lengths > 0
        scores = np.zeros((len(rows), len(self.classes)), dtype=np.float32)
        if filled.any():
            starts = (np.cumsum(lengths) - lengths)[filled]
            scores[filled] = np.add.reduceat(self.weights[np.concatenate(rows)], starts, axis=0)
        scores += self.bias
        scores -= scores.max(axis=1, keepdims=True)
        np.exp(scores, out=scores)
        return scores / scores.sum(axis=1, keepdims=True)


def save_model(path: Path, model: TypeModel) -> None:
    np.savez_compressed(path, weights=model.weights.astype(np.float16),
                        bias=model.bias.astype(np.float32), classes=np.array(model.classes),
                        threshold=np.float32(model.threshold), rule=np.bool_(model.rule),
                        dim=np.int64(DIM))


def read_model(path: Path) -> TypeModel:
    with np.load(path, allow_pickle=False) as data:
        if int(data["dim"]) != DIM:
            raise ValueError(f"{path}: model of {int(data['dim'])} features, code hashes {DIM}")
        return TypeModel(data["weights"].astype(np.float32), data["bias"].astype(np.float32),
                         tuple(str(c) for c in data["classes"]), float(data["threshold"]),
                         bool(data["rule"]))


@functools.cache
def load_model() -> TypeModel | None:
    """The shipped model, read once per process; None when the package has none."""
    return read_model(MODEL_PATH) if MODEL_PATH.exists() else None


def plv(typ: str) -> str:
    return "YIELD" if typ in YIELDING else typ


@functools.cache
def _modes() -> dict[str, frozenset[str]]:
    lex = load()
    out = {t: set(m) for t, m in CODEBOOK_MODES.items()}
    for rows in (*lex.verbs.values(), *lex.nouns.values()):
        for row in rows:
            if row.mode:
                out.setdefault(row.type, set()).add(row.mode)
    for typ, cues in lex.modes.items():
        out.setdefault(typ, set()).update(mode for mode, _ in cues)
    return {t: frozenset(m) for t, m in out.items()}


def mode_for(typ: str, mode: str | None) -> str | None:
    """The mode kept when an event becomes ``typ``: only one of that type's own modes."""
    return mode if mode is not None and mode in _modes().get(typ, ()) else None


def _yield_type(lemma: str) -> str:
    """PLV's YIELD as a PLOVER type: RETREAT for a trigger the lexicon knows as a material
    retreat ("withdraw", "release"), else CONCEDE."""
    lex = load()
    rows = lex.verbs.get(lemma, ()) + lex.nouns.get(lemma, ())
    return "RETREAT" if any(r.type == "RETREAT" for r in rows) else "CONCEDE"


# ---------------------------------------------------------------- features

def _word(tok: Token) -> str:
    """A token as a feature word: names become their entity label, so the model learns the
    construction rather than who was in last year's news."""
    if tok.ent_type_ and tok.pos_ == "PROPN":
        return "#" + tok.ent_type_
    if tok.like_num:
        return "#NUM"
    return tok.lemma_.lower()


def _sentence_features(sent) -> list[str]:
    words = [_word(t) for t in sent if not (t.is_punct or t.is_space)]
    return ([f"u:{w}" for w in words]
            + [f"b:{a}_{b}" for a, b in pairwise(words)])


def _trigger(doc: Doc, event: Event) -> Token:
    return token_at(doc, event.trigger.start)


def event_features(doc: Doc, event: Event, sentence: list[str] | None = None,
                   rule: bool = True) -> list[str]:
    """The feature strings of one event (``sentence``: its sentence's, if already built);
    ``rule`` adds the rule coder's reading of it (type, mode, status, confidence, parties)."""
    tok = _trigger(doc, event)
    lemma = tok.lemma_.lower()
    head = tok.head.lemma_.lower()
    out = [f"l:{lemma}", f"p:{tok.pos_}", f"d:{tok.dep_}", f"ld:{lemma}/{tok.dep_}", f"h:{head}",
           f"hd:{tok.dep_}/{head}"]
    if rule:
        t = plv(event.type)
        conf = min(9, int(event.confidence * 10))
        out += [f"t:{t}", f"tm:{t}/{event.mode}", f"s:{event.status}", f"ts:{t}/{event.status}",
                f"c:{conf}", f"tc:{t}/{conf}", f"a:{bool(event.actor)}/{bool(event.recipient)}",
                f"ta:{t}/{bool(event.actor)}/{bool(event.recipient)}",
                f"q:{bool(event.quantities)}", f"cl:{event.claim is not None}",
                f"lt:{lemma}/{t}", f"ht:{head}/{t}"]
    for c in tok.children:
        if c.is_punct:
            continue
        out.append(f"k:{c.dep_}/{_word(c)}")
        if c.dep_ == "neg":
            out.append("neg")
        elif c.dep_ == "prep":
            out += [f"pp:{c.lower_}/{_word(g)}" for g in c.children if g.dep_ == "pobj"]
    for c in tok.head.children:  # the frame's own auxiliaries and negation ("did not agree to")
        if c.dep_ in {"aux", "neg"} and c.head != tok:
            out.append(f"hx:{c.dep_}/{c.lower_}")
    if sentence is None:
        sentence = _sentence_features(sentence_of(tok))
    return out + sentence


_INDEX: dict[str, int] = {}  # feature string -> hashed slot, bounded


def _index(feature: str) -> int:
    i = _INDEX.get(feature)
    if i is None:
        if len(_INDEX) > 500_000:
            _INDEX.clear()
        i = _INDEX[feature] = zlib.crc32(feature.encode("utf-8")) & (DIM - 1)
    return i


def hashed(features: list[str]) -> np.ndarray:
    """The distinct hashed indices of a feature list, sorted (binary features)."""
    return np.unique(np.fromiter(map(_index, features), dtype=np.int64, count=len(features)))


def feature_rows(doc: Doc, events: Sequence[Event], rule: bool = True) -> list[np.ndarray]:
    """Hashed features of each event; events of one sentence share its word features."""
    by_sentence: dict[int, list[str]] = {}
    rows = []
    for ev in events:
        sent = sentence_of(_trigger(doc, ev))
        words = by_sentence.get(sent.start)
        if words is None:
            words = by_sentence[sent.start] = _sentence_features(sent)
        rows.append(hashed(event_features(doc, ev, words, rule)))
    return rows


# ---------------------------------------------------------------- re-typing

def retyped(doc: Doc, events: Sequence[Event], model: TypeModel | None = None,
            threshold: float | None = None) -> list[Event]:
    """The events, each with the model's type where it differs from the rule's and its
    probability reaches the threshold (the model's own unless given); same events, same
    order."""
    model = model or load_model()
    if model is None or not events:
        return list(events)
    threshold = model.threshold if threshold is None else threshold
    probs = model.probabilities(feature_rows(doc, events, model.rule))
    best = probs.argmax(axis=1)
    out = []
    for ev, k, p in zip(events, best, probs, strict=True):
        new = _new_type(doc, ev, model.classes[k])
        if new is None or float(p[k]) < threshold:
            out.append(ev)
            continue
        out.append(replace_type(ev, new, float(p[k])))
    return out


def _new_type(doc: Doc, ev: Event, label: str) -> str | None:
    """The PLOVER type a predicted PLV root gives the event, or None for no change."""
    if label == plv(ev.type):
        return None
    if label == "THREATEN" and ev.type in PLANNED_AS_THREAT and ev.status == "planned":
        return None
    if label == "YIELD":
        return _yield_type(_trigger(doc, ev).lemma_.lower())
    return label


def replace_type(ev: Event, typ: str, probability: float) -> Event:
    """``ev`` as a ``typ`` event: a mode of the old type is dropped, and the confidence is no
    higher than the model's probability."""
    return ev.model_copy(update={"type": typ, "mode": mode_for(typ, ev.mode),
                                 "confidence": round(min(ev.confidence, probability), 3)})


def retype(doc: Doc, found: Analysis) -> list[Event]:
    """Pipeline stage: the events of the EVENTS stage, re-typed where the model is sure."""
    return retyped(doc, found.events)


def retype_coded(doc: Doc, coded: Sequence[CodedEvent], model: TypeModel | None = None,
                 threshold: float | None = None) -> list[CodedEvent]:
    """:func:`retyped` over coded events (for the scorer, which needs their phrases)."""
    events = retyped(doc, [c.event for c in coded], model, threshold)
    return [c if c.event is e else replace(c, event=e) for c, e in zip(coded, events,
                                                                       strict=True)]
