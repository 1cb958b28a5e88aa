"""Scoring against CASE 2021 task 2 (ACLED sub-event types, one label per snippet).

wirecoder's PLOVER events are mapped to ACLED sub-event types with the fixed table
``kb/events/acled.tsv`` (written from the ACLED definitions before scoring). For each snippet
the most confident event that maps to a label gives the snippet's label; a snippet with none is
``OTHER``. Scored as in the overview paper: weighted F1 per subtask on the rows whose gold label
is in that subtask's label set, plus macro F1 and accuracy. The file is a test set: never tune
on it.
"""

from __future__ import annotations

import csv
import functools
import re
import time
from collections import Counter
from pathlib import Path
from typing import Any

from wirecoder.eval.common import tally
from wirecoder.extract.eventcoding.lexicon import KB
from wirecoder.model import Event

SEEN = ("ABDUCT_DISSAP", "AGREEMENT", "AIR_STRIKE", "ARMED_CLASH", "ARREST", "ART_MISS_ATTACK",
        "ATTACK", "CHANGE_TO_GROUP_ACT", "CHEM_WEAP", "DISR_WEAP", "FORCE_AGAINST_PROTEST",
        "GOV_REGAINS_TERIT", "GRENADE", "HQ_ESTABLISHED", "MOB_VIOL",
        "NON_STATE_ACTOR_OVERTAKES_TER", "NON_VIOL_TERRIT_TRANSFER", "OTHER", "PEACE_PROTEST",
        "PROPERTY_DISTRUCT", "PROTEST_WITH_INTER", "REM_EXPLOS", "SEX_VIOL", "SUIC_BOMB",
        "VIOL_DEMONSTR")
SUBTASKS = {1: SEEN, 2: (*SEEN, "ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER"),
            3: (*SEEN, "ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "DIPLO", "ATTRIB")}
BEST_WEIGHTED_F1 = {1: 83.9, 2: 79.7, 3: 77.1}  # overview paper, best team per subtask
_WORD = re.compile(r"[a-z]+")


@functools.cache
def mapping() -> tuple[tuple[str, str, frozenset[str] | None, str], ...]:
    rows = []
    with (KB / "acled.tsv").open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip() or line.startswith("#"):
                continue
            typ, mode, cue, label = line.rstrip("\n").split("\t")
            rows.append((typ, mode, None if cue == "*" else frozenset(cue.split()), label))
    return tuple(rows)


def label_for(event: Event, words: set[str]) -> str | None:
    for typ, mode, cues, label in mapping():
        if typ == event.type and mode in {"*", event.mode} and (cues is None or cues & words):
            return label
    return None


def snippet_label(events: list[Event], text: str) -> str:
    words = set(_WORD.findall(text.lower()))
    best: tuple[bool, float, str] | None = None
    for ev in events:
        label = label_for(ev, words)
        if label is None:
            continue
        key = (label in SEEN, ev.confidence, label)  # ACLED's own types before DIPLO/ATTRIB
        if best is None or key[:2] > best[:2]:
            best = key
    return best[2] if best else "OTHER"


def _scores(pairs: list[tuple[str, str]], labels: tuple[str, ...]) -> dict[str, Any]:
    rows = [(g, p) for g, p in pairs if g in labels]
    cms = tally(rows, labels)
    support = Counter(g for g, _ in rows)
    n = len(rows) or 1
    weighted = sum(cms[c].f1 * support[c] for c in labels) / n
    present = [c for c in labels if support[c]]
    macro = sum(cms[c].f1 for c in present) / max(1, len(present))
    acc = sum(g == p for g, p in rows) / n
    return {"rows": len(rows), "weighted_f1": round(100 * weighted, 2),
            "macro_f1": round(100 * macro, 2), "micro_f1_accuracy": round(100 * acc, 2)}


def evaluate(gold: Path, limit: int | None = None) -> dict[str, Any]:
    from wirecoder import nlp as nlp_mod
    from wirecoder.model import Article, article_id
    from wirecoder.pipeline import analyze_doc

    gold = Path(gold)
    with gold.open(encoding="utf-8", newline="") as fh:
        rows = [(r["EventSnippet"], r["SubType"].strip())
                for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)]
    if limit:
        rows = rows[:limit]
    t0 = time.perf_counter()
    nlp = nlp_mod.load()
    preds = []
    # One nlp.pipe over the snippets, the stages via analyze_doc (no memory_zone: stages that
    # build matchers lazily would lose their strings).
    for doc, (text, _) in zip(nlp.pipe([t for t, _ in rows], batch_size=32), rows, strict=True):
        analysis = analyze_doc(doc, Article(id=article_id(text), text=text))
        preds.append(snippet_label(analysis.events, text))
    pairs = [(g, p) for (_, g), p in zip(rows, preds, strict=True)]
    out: dict[str, Any] = {"gold": str(gold), "snippets": len(rows)}
    for k, labels in SUBTASKS.items():
        out[f"subtask{k}"] = {**_scores(pairs, labels),
                              "best_published_weighted_f1": BEST_WEIGHTED_F1[k]}
    out["predicted"] = dict(Counter(preds).most_common())
    out["mapping"] = "kb/events/acled.tsv (PLOVER type+mode+cue -> ACLED sub-event type)"
    out["seconds"] = round(time.perf_counter() - t0, 2)
    return out
