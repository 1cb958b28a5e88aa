"""TempEval-3 task A (temporal expressions) on TimeML ``.tml`` files.

Extent is scored strict (same start and end) and relaxed (any overlap), over the TIMEX3s inside
``<TEXT>`` (the DCT is the anchor, not scored). As in the TempEval-3 toolkit, precision counts
system timexes that match a gold one and recall counts gold timexes matched by a system one;
type and value accuracy are taken over the relaxed-matched pairs, and the attribute F1 is the
relaxed F1 times that accuracy (UzZaman et al. 2013, "TempEval-3", section 4).
"""

from __future__ import annotations

import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from wirecoder.eval.common import ConfusionMatrix, percentages, select


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    type: str
    value: str
    text: str


@dataclass
class TmlDoc:
    name: str
    text: str
    dct: str | None
    timexes: list[GoldTimex] = field(default_factory=list)


def _walk(elem: ET.Element, parts: list[str], pos: int, out: list[GoldTimex]) -> int:
    """Append the element's text (with its children's) to ``parts``; record TIMEX3 offsets."""
    start = pos
    if elem.text:
        parts.append(elem.text)
        pos += len(elem.text)
    for child in elem:
        pos = _walk(child, parts, pos, out)
        if child.tail:
            parts.append(child.tail)
            pos += len(child.tail)
    if elem.tag == "TIMEX3":
        out.append(GoldTimex(start, pos, elem.get("type", ""), elem.get("value", ""), ""))
    return pos


def read_tml(path: Path) -> TmlDoc:
    root = ET.parse(path).getroot()
    text_el = root.find("TEXT")
    if text_el is None:
        raise ValueError(f"{path}: no <TEXT> element")
    parts: list[str] = []
    raw: list[GoldTimex] = []
    _walk(text_el, parts, 0, raw)
    text = "".join(parts)
    timexes = sorted((GoldTimex(t.start, t.end, t.type, t.value, text[t.start:t.end])
                      for t in raw), key=lambda t: t.start)
    dct_el = root.find("DCT/TIMEX3")
    dct = dct_el.get("value") if dct_el is not None else None
    return TmlDoc(path.stem, text, dct, timexes)


def parse_dct(value: str | None) -> datetime | None:
    if not value:
        return None
    for fmt, size in (("%Y-%m-%dT%H:%M:%S", 19), ("%Y-%m-%dT%H:%M", 16), ("%Y-%m-%d", 10)):
        try:
            return datetime.strptime(value[:size], fmt)
        except ValueError:
            continue
    return None


def tml_files(gold: Path) -> list[Path]:
    if gold.is_file():
        return [gold]
    return sorted(gold.glob("*.tml"))


@dataclass
class Scores:
    strict: ConfusionMatrix = field(default_factory=ConfusionMatrix)
    n_sys: int = 0
    n_gold: int = 0
    sys_hit: int = 0  # system timexes overlapping a gold one
    gold_hit: int = 0  # gold timexes overlapped by a system one
    value_sys_hit: int = 0  # ... with the same value
    value_gold_hit: int = 0
    pairs: int = 0
    type_ok: int = 0
    value_ok: int = 0
    errors: list[dict] = field(default_factory=list)


def _overlap(a: Any, b: Any) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def score_doc(gold: list[GoldTimex], system: list, scores: Scores, doc_name: str = "") -> None:
    """Add one document's counts. ``system`` items need start, end, type, value, text."""
    strict_gold = {(g.start, g.end) for g in gold}
    strict_sys = {(s.start, s.end) for s in system}
    st = len(strict_gold & strict_sys)
    scores.strict.add(tp=st, fp=len(system) - st, fn=len(gold) - st)
    sys_hit = sum(1 for s in system if any(_overlap(s, g) > 0 for g in gold))
    gold_hit = 0
    value_sys_hit = sum(1 for s in system if any(_overlap(s, g) > 0 and s.value == g.value
                                                 for g in gold))
    value_gold_hit = 0
    for g in gold:
        cands = [s for s in system if _overlap(s, g) > 0]
        if not cands:
            scores.errors.append({"doc": doc_name, "kind": "missed", "gold": g.text,
                                  "type": g.type, "value": g.value})
            continue
        gold_hit += 1
        best = max(cands, key=lambda s: (_overlap(s, g), -abs(s.start - g.start)))
        scores.pairs += 1
        scores.type_ok += best.type == g.type
        scores.value_ok += best.value == g.value
        value_gold_hit += any(s.value == g.value for s in cands)
        if best.value != g.value or best.type != g.type or (best.start, best.end) != (g.start,
                                                                                      g.end):
            scores.errors.append({"doc": doc_name, "kind": "mismatch", "gold": g.text,
                                  "type": g.type, "value": g.value, "sys": best.text,
                                  "sys_type": best.type, "sys_value": best.value})
    for s in system:
        if not any(_overlap(s, g) > 0 for g in gold):
            scores.errors.append({"doc": doc_name, "kind": "spurious", "sys": s.text,
                                  "sys_type": s.type, "sys_value": s.value})
    # precision counts system hits, recall gold hits, as the TempEval-3 toolkit does
    scores.n_sys += len(system)
    scores.n_gold += len(gold)
    scores.sys_hit += sys_hit
    scores.gold_hit += gold_hit
    scores.value_sys_hit += value_sys_hit
    scores.value_gold_hit += value_gold_hit


def _prf(sys_hit: int, n_sys: int, gold_hit: int, n_gold: int) -> dict[str, float]:
    p = sys_hit / n_sys if n_sys else 0.0
    r = gold_hit / n_gold if n_gold else 0.0
    return percentages(p, r)


def figures(scores: Scores) -> dict[str, Any]:
    n_sys, n_gold = scores.n_sys, scores.n_gold
    relaxed = _prf(scores.sys_hit, n_sys, scores.gold_hit, n_gold)
    strict = scores.strict.scores()
    type_acc = scores.type_ok / scores.pairs if scores.pairs else 0.0
    value_acc = scores.value_ok / scores.pairs if scores.pairs else 0.0
    hit = _prf(scores.value_sys_hit, n_sys, scores.value_gold_hit, n_gold)
    return {
        "strict": {k: strict[k] for k in ("precision", "recall", "f1")},
        "relaxed": relaxed,
        "type": {"accuracy": round(100 * type_acc, 2),
                 "f1": round(relaxed["f1"] * type_acc, 2)},
        "value": {"accuracy": round(100 * value_acc, 2),
                  "f1": round(relaxed["f1"] * value_acc, 2),
                  "f1_hit": hit["f1"]},
    }


def evaluate(gold: Path, limit: int | None = None, errors: bool = False,
             part: str | None = None) -> dict[str, Any]:
    """Run the pipeline's time stage on TimeML files and score it as TempEval-3 task A."""
    from wirecoder import nlp as nlp_mod
    from wirecoder.extract.time import find_timexes
    from wirecoder.model import Analysis, Article, article_id

    paths = select(tml_files(Path(gold)), part, limit)
    docs = [read_tml(p) for p in paths]
    nlp = nlp_mod.load()
    scores = Scores()
    began = time.perf_counter()
    for tml, doc in zip(docs, nlp.pipe(d.text for d in docs), strict=True):
        article = Article(id=article_id(tml.text), text=tml.text, published=parse_dct(tml.dct),
                          language="en", source=tml.name)
        found = find_timexes(doc, Analysis(article=article))
        system = [_Sys(t.span.start, t.span.end, t.type, t.value, t.span.text) for t in found]
        score_doc(tml.timexes, system, scores, tml.name)
    result: dict[str, Any] = {
        "part": part or "all",
        "documents": len(docs),
        "gold_timexes": scores.n_gold,
        "system_timexes": scores.n_sys,
        **figures(scores),
        "seconds": round(time.perf_counter() - began, 1),
    }
    if errors:
        result["errors"] = scores.errors
    return result


@dataclass(frozen=True)
class _Sys:
    start: int
    end: int
    type: str
    value: str
    text: str
