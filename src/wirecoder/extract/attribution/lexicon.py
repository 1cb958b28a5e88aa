"""The attribution lexicons in ``kb/claims/``, read once per process."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

KB = Path(__file__).resolve().parent.parent.parent / "kb" / "claims"


def _lines(name: str) -> list[str]:
    out = []
    for raw in (KB / name).read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return out


def _words(name: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _lines(name))


def _pairs(name: str) -> dict[str, str]:
    pairs: dict[str, str] = {}
    for line in _lines(name):
        key, _, value = line.partition("\t")
        pairs.setdefault(key.strip().lower(), value.strip())
    return pairs


@dataclass(frozen=True)
class Lexicon:
    cue_verbs: dict[str, str]  # lemma -> tier (speech | report | belief | intent | quote)
    cue_nouns: frozenset[str]
    hedges: tuple[str, ...]  # lower-case phrases
    hedge_kinds: dict[str, str]  # phrase -> approximate | evidential (else: epistemic)
    denials: frozenset[str]
    anonymous: tuple[str, ...]
    source_nouns: dict[str, str]  # head noun -> person | institution | media | document
    media: frozenset[str]  # lower-case outlet names
    frames: dict[str, frozenset[str]]  # lemma -> stance frames whose complement is the content
    saying_frames: frozenset[str]  # frame verbs and cue-phrase nouns of saying: statements
    light_verbs: frozenset[str]  # verbs that put a stance noun forward ("made the case for")
    stance_nouns: frozenset[str]  # nouns whose complement their holder holds ("support for")
    idioms: dict[str, tuple[tuple[str, str], ...]]  # verb -> (object or particle, preposition)
    gendered: dict[str, str]  # title or noun -> f | m (the person it names or stands beside)
    norms: frozenset[str]  # lemmas after "according to" that name a norm, not a source
    estimate_nouns: frozenset[str]  # figures a source "puts at" a number


@functools.cache
def lexicon() -> Lexicon:
    return Lexicon(
        cue_verbs=_pairs("cue_verbs.txt"),
        cue_nouns=_words("cue_nouns.txt"),
        hedges=tuple(_pairs("hedges.txt")),
        hedge_kinds={k: v for k, v in _pairs("hedges.txt").items() if v},
        denials=_words("denials.txt"),
        anonymous=tuple(w.lower() for w in _lines("anonymous.txt")),
        source_nouns=_pairs("source_nouns.txt"),
        media=_words("media.txt"),
        frames=_frames(),
        saying_frames=_words("saying_frames.txt"),
        light_verbs=_words("light_verbs.txt"),
        stance_nouns=_words("stance_nouns.txt"),
        idioms=_idioms(),
        gendered=_pairs("gendered.txt"),
        norms=_words("norms.txt"),
        estimate_nouns=_words("estimate_nouns.txt"),
    )


def _frames() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for line in _lines("frames.txt"):
        lemma, _, frame = line.partition("\t")
        out.setdefault(lemma.strip().lower(), set()).add(frame.strip())
    return {k: frozenset(v) for k, v in out.items()}


def _idioms() -> dict[str, tuple[tuple[str, str], ...]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for line in _lines("stance_idioms.txt"):
        verb, obj, prep = (w.strip().lower() for w in line.split("\t"))
        out.setdefault(verb, []).append((obj, prep))
    return {k: tuple(v) for k, v in out.items()}
