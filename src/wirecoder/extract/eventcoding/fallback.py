"""A linear fallback typer for sentences the rules code no event in.

The model is a table of weights per PLV root over word features of the sentence (lemmas of
its content words, its verbs, the root verb, negation); it holds no sentence. Inference is a
dot product in plain Python, so nothing of scikit-learn is needed at run time.
``scripts/train_event_fallback.py`` trains it.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Span as SpacySpan

MODEL = Path(__file__).resolve().parents[2] / "wirecoder" / "kb" / "events" / "fallback.json"
# Names and numbers say who and how many, not what happened.
_SKIP_ENTS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "DATE", "TIME", "CARDINAL",
              "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}


@dataclass(frozen=True)
class Model:
    labels: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]
    threshold: float


def features(sent: SpacySpan) -> set[str]:
    """Word features of one sentence."""
    out: set[str] = set()
    for tok in sent:
        if tok.dep_ == "neg":
            out.add("neg")
        if not tok.is_alpha or tok.is_stop or tok.pos_ == "PROPN" or tok.ent_type_ in _SKIP_ENTS:
            continue
        lemma = tok.lemma_.lower()
        out.add("w:" + lemma)
        if tok.pos_ == "VERB":
            out.add("v:" + lemma)
        if tok.dep_ == "ROOT":
            out.add("root:" + lemma)
    return out


def load(path: Path = MODEL) -> Model | None:
    return _load(str(path))


@lru_cache(maxsize=4)
def _load(path: str) -> Model | None:
    p = Path(path)
    if not p.exists():
        return None
    data = json.loads(p.read_text(encoding="utf-8"))
    return Model(labels=tuple(data["labels"]), bias=tuple(data["bias"]),
                 weights={k: tuple(v) for k, v in data["weights"].items()},
                 threshold=float(data["threshold"]))


def classify(model: Model, feats: set[str]) -> tuple[str, float]:
    """The most probable root and its probability (softmax over the linear scores)."""
    scores = list(model.bias)
    for f in feats:
        w = model.weights.get(f)
        if w is not None:
            scores = [s + x for s, x in zip(scores, w, strict=True)]
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    i = max(range(len(scores)), key=scores.__getitem__)
    return model.labels[i], exps[i] / sum(exps)
