"""Speaker resolution, nested sourcing, hedging and style on wirecoder's own attribution set
(``tests/data/attributions/*.json``, format in its README).

Each expected claim is matched to the system claim whose content contains the expected content
and whose source text equals the expected source (ignoring case), else whose content alone
matches. Figures:

- ``found``: expected claims matched;
- ``speaker_accuracy``: the resolved speaker is right: by actor id when both the expectation and
  the system give one (ids come from the ACTORS stage; a finer id under the expected one, such as
  ``RUS.MIL.MOD`` for ``RUS.MIL``, counts), else by the name the source was resolved
  to (a containment match, ignoring case; an expected null name needs an anonymous or
  unresolved source);
- ``speaker_id_accuracy``: over expectations with an id only;
- ``speakers_accuracy``: over expectations that list ``also`` (the further speakers of a
  compound source, possibly none): the claim's speaker ids, first and further, are the expected
  ones in any order, each by the same id rule;
- ``kind_accuracy``, ``style_accuracy``, ``polarity_accuracy``, ``via_accuracy`` (the source
  text of the claim named by ``via``, or both null);
- ``hedge``: P/R/F1 of hedge cue strings per matched claim, and ``hedged_accuracy``.
Unmatched expectations count as wrong in every accuracy.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import datetime
from pathlib import Path

from wirecoder.errors import Errors, EvalError
from wirecoder.eval.common import ConfusionMatrix, rate

DEFAULT = Path(__file__).resolve().parents[3] / "tests" / "data" / "attributions"
FIELDS = ("speaker", "speaker_id", "kind", "style", "polarity", "via", "hedged")


def load(gold: Path) -> list[dict]:
    files = sorted(gold.glob("*.json")) if gold.is_dir() else [gold]
    if not files:
        raise EvalError(Errors.E401.format(path=gold))
    out = []
    for path in files:
        try:
            item = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise EvalError(Errors.E402.format(path=path, detail=exc)) from exc
        item["name"] = path.stem
        out.append(item)
    return out


def _norm(s: str | None) -> str:
    return (s or "").strip().lower()


def _match(expected: dict, attributions: list) -> object | None:
    hits = [a for a in attributions if expected["content"] in a.claim.content.text]
    exact = [a for a in hits if _norm(a.claim.source.text) == _norm(expected["source"])]
    if exact:
        return exact[0]
    return hits[0] if hits else None


def _same_id(expected: str, got: str) -> bool:
    """Equal ids, or a finer id under the expected one ('RUS.MIL.MOD' under 'RUS.MIL')."""
    return got == expected or got.startswith(expected + ".")


def _same_speaker(expected: dict, att) -> bool:
    exp_id, got_id = expected.get("speaker"), att.claim.source.actor
    if exp_id and got_id:
        return _same_id(exp_id, got_id)
    exp_name, got_name = _norm(expected.get("speaker_name")), _norm(att.speaker_name)
    if not exp_name:
        return not got_name or att.claim.source.kind == "anonymous"
    return bool(got_name) and (exp_name in got_name or got_name in exp_name)


def _same_speakers(expected: list[str], got: list[str]) -> bool:
    """The same speakers in any order, each expected id matched by one got id."""
    left = list(got)
    for exp in expected:
        hit = next((g for g in left if _same_id(exp, g)), None)
        if hit is None:
            return False
        left.remove(hit)
    return not left


def analyse(item: dict):
    """The attributions of one item's text, after the stages the claims stage reads (the
    speaker names are not in the Analysis, so the claims stage is called directly)."""
    from wirecoder import nlp as nlp_mod
    from wirecoder.extract.claims import attributions
    from wirecoder.model import Analysis, Article, article_id
    from wirecoder.pipeline import STAGES

    text = item["text"]
    published = datetime.fromisoformat(item["published"]) if item.get("published") else None
    article = Article(id=article_id(text), text=text, published=published, language="en")
    doc = nlp_mod.load()(text)
    found = Analysis(article=article)
    for stage in STAGES:
        if stage.name == "claims":
            break
        setattr(found, stage.field, stage.find(doc, found))
    return attributions(doc, found)


def evaluate(gold: Path | None = None) -> dict:
    """Figures over every expected claim of the attribution set at ``gold`` (a folder or file)."""
    items = load(Path(gold) if gold else DEFAULT)
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    hedge = ConfusionMatrix()
    found = 0
    n = 0
    for item in items:
        atts = analyse(item)
        by_id = {a.claim.id: a for a in atts}
        for exp in item["claims"]:
            n += 1
            att = _match(exp, atts)
            total.update(f for f in FIELDS if f != "speaker_id")
            if exp.get("speaker"):
                total["speaker_id"] += 1
            if "also" in exp:
                total["speakers"] += 1
            if att is None:
                hedge.add(fn=len(exp["hedges"]))
                continue
            found += 1
            c = att.claim
            right["speaker"] += _same_speaker(exp, att)
            if exp.get("speaker"):
                right["speaker_id"] += bool(c.source.actor) and _same_id(exp["speaker"],
                                                                         c.source.actor)
            if "also" in exp:
                right["speakers"] += _same_speakers(
                    [exp["speaker"], *exp["also"]] if exp.get("speaker") else exp["also"],
                    [c.source.actor, *c.source.also] if c.source.actor else [])
            right["kind"] += exp["kind"] == c.source.kind
            right["style"] += exp["style"] == c.style
            right["polarity"] += exp["polarity"] == c.polarity
            right["hedged"] += exp["hedged"] == c.hedged
            via = by_id[c.via].claim.source.text if c.via in by_id else None
            right["via"] += _norm(via) == _norm(exp.get("via"))
            got = Counter(_norm(h.text) for h in c.hedges)
            want = Counter(_norm(h) for h in exp["hedges"])
            tp = sum((got & want).values())
            hedge.add(tp=tp, fp=sum(got.values()) - tp, fn=sum(want.values()) - tp)
    out: dict = {"articles": len(items), "claims": n, "found": found,
                 "found_rate": rate(found, n)}
    for f in FIELDS:
        out[f"{f}_accuracy"] = rate(right[f], total[f])
    if total["speakers"]:
        out["speakers_accuracy"] = rate(right["speakers"], total["speakers"])
    out["hedge"] = hedge.scores()
    return out
