"""PolNeAR attribution scoring: source, cue and content spans, exact and overlap, and
relation-level F1 (see ``shared/gold/polnear/README.md``).

One annotator per article: the first by annotator id. Gold items are the relations' spans
(a span shared by two relations counts twice; "Attribution-no-source" relations have no
source). Matching is one-to-one (greedy, largest overlap first), so a system span can earn at
most one gold span:

- *exact*: same start and end; a discontinuous gold span is compared by its hull;
- *overlap*: at least one shared character with any of the gold span's pieces;
- *relation*: gold content and system content overlap, and so do the sources (a gold relation
  without a source needs only its content).

Scored claims follow PolNeAR's convention (``scored``): a statement reported inside a direct
quotation ("“The general told me …,” Lang said"), which the claims stage keeps as a claim known
via the quoted one, is not scored, as PolNeAR leaves it unannotated.

``speech_cues`` adds overlap recall on the relations whose cue is reported speech ("said",
"told", "according to", a headline colon, …): PolNeAR also annotates stances and beliefs
("supports", "wants", "seemed"), which make up most of what a claim finder misses.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from wirecoder.errors import Errors, EvalError
from wirecoder.eval.common import ConfusionMatrix, rate, select
from wirecoder.model import Article, article_id

Pieces = tuple[tuple[int, int], ...]
LABELS = ("source", "cue", "content")


@dataclass(frozen=True)
class Relation:
    source: Pieces | None
    cue: Pieces | None
    content: Pieces | None


def _pieces(field: str) -> Pieces:
    out = []
    for part in field.split(";"):
        a, b = part.split()
        out.append((int(a), int(b)))
    return tuple(out)


def read_ann(path: Path) -> list[Relation]:
    """The relations of one BRAT .ann file."""
    spans: dict[str, tuple[str, Pieces]] = {}
    events: list[dict[str, str]] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise EvalError(Errors.E402.format(path=path, detail=exc)) from exc
    for line in lines:
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, _, offsets = parts[1].partition(" ")
            spans[parts[0]] = (label, _pieces(offsets))
        elif line.startswith("E") and len(parts) >= 2:
            roles = {}
            for arg in parts[1].split():
                role, _, ref = arg.partition(":")
                roles[role.rstrip("0123456789")] = ref
            events.append(roles)
    rels = []
    for roles in events:
        found = {role: spans[ref][1] for role, ref in roles.items() if ref in spans}
        rels.append(Relation(found.get("Source"), found.get("Cue"), found.get("Content")))
    return rels


def articles(gold: Path, limit: int | None = None) -> Iterator[tuple[str, str, list[Relation]]]:
    """(name, text, relations) per article, one annotator each (the first by id)."""
    if not (gold / "text").is_dir():
        raise EvalError(Errors.E401.format(path=gold))
    by_article: dict[str, list[Path]] = {}
    for ann in sorted((gold / "attributions").glob("*.ann")):
        name, _, _annotator = ann.stem.rpartition("_")
        by_article.setdefault(name, []).append(ann)
    for n, name in enumerate(sorted(by_article)):
        if limit is not None and n >= limit:
            break
        text_path = gold / "text" / f"{name}.txt"
        if not text_path.exists():
            continue
        yield name, text_path.read_text(encoding="utf-8"), read_ann(by_article[name][0])


def _hull(p: Pieces) -> tuple[int, int]:
    return min(a for a, _ in p), max(b for _, b in p)


def _overlap(g: Pieces, s: tuple[int, int]) -> int:
    return sum(max(0, min(b, s[1]) - max(a, s[0])) for a, b in g)


def match(gold: list[Pieces], system: list[tuple[int, int]], exact: bool) -> int:
    """Number of one-to-one matches between gold pieces and system spans."""
    pairs = []
    for i, g in enumerate(gold):
        for j, s in enumerate(system):
            if exact:
                if _hull(g) == s:
                    pairs.append((1, i, j))
            else:
                size = _overlap(g, s)
                if size > 0:
                    pairs.append((size, i, j))
    return _one_to_one(pairs)


def _one_to_one(pairs: list[tuple[int, int, int]]) -> int:
    """Greedy one-to-one matching, largest overlap first: how many gold items found a partner."""
    pairs.sort(reverse=True)
    used_g: set[int] = set()
    used_s: set[int] = set()
    for _, i, j in pairs:
        if i not in used_g and j not in used_s:
            used_g.add(i)
            used_s.add(j)
    return len(used_g)


def _relations_matched(gold: list[Relation], system: list[tuple[tuple[int, int] | None,
                                                               tuple[int, int]]]) -> int:
    pairs = []
    for i, g in enumerate(gold):
        if g.content is None:
            continue
        for j, (src, content) in enumerate(system):
            size = _overlap(g.content, content)
            if size <= 0:
                continue
            if g.source is not None and (src is None or _overlap(g.source, src) <= 0):
                continue
            pairs.append((size, i, j))
    return _one_to_one(pairs)


# Cues of reported speech proper; PolNeAR also annotates stances and beliefs ("supports",
# "wants", "seemed"), which a claim finder for news need not take as statements.
SPEECH_CUES = frozenset({"said", "says", "say", "saying", "told", "tell", "tells", "telling",
                         "according", ":", "added", "adding", "wrote", "writes", "write",
                         "asked", "asks", "noted", "notes", "tweeted", "reported", "reports",
                         "stated", "declared", "announced", "explained", "insisted", "claimed"})


def is_speech_cue(text: str) -> bool:
    words = text.lower().replace(":", " : ").split()
    return any(w in SPEECH_CUES for w in words)


def speech_recall(text: str, gold: list[Relation], claims, counts: dict[str, int]) -> None:
    """Recall (overlap) of content and source on the relations whose cue is reported speech."""
    for r in gold:
        if r.content is None or r.cue is None:
            continue
        if not is_speech_cue(" ".join(text[a:b] for a, b in r.cue)):
            continue
        counts["relations"] += 1
        hits = [c for c in claims if _overlap(r.content, (c.content.start, c.content.end)) > 0]
        counts["content"] += bool(hits)
        counts["source"] += bool(hits) and (r.source is None or any(
            c.source.span and _overlap(r.source, (c.source.span.start, c.source.span.end)) > 0
            for c in hits))


def scored(text: str, claims: list) -> list:
    """The claims PolNeAR's convention annotates: not a statement reported inside a direct
    quotation ("“The general told me …,” Lang said"), which wirecoder keeps as a claim known
    via the quoted one but PolNeAR leaves unannotated (on train/, 2 of 152 such cues are
    gold cues)."""
    from wirecoder.extract.attribution.quotes import find_quotes
    from wirecoder.extract.attribution.syntax import in_quote

    quotes = find_quotes(text)
    return [c for c in claims if c.via is None or c.cue is None or not in_quote(c.cue.start,
                                                                              quotes)]


def score_article(gold: list[Relation], claims, cms: dict[str, ConfusionMatrix]) -> None:
    """Add one article's counts to the confusion matrices in ``cms``."""
    sys_spans = {
        "source": [(c.source.span.start, c.source.span.end) for c in claims if c.source.span],
        "cue": [(c.cue.start, c.cue.end) for c in claims if c.cue],
        "content": [(c.content.start, c.content.end) for c in claims],
    }
    for label in LABELS:
        g = [getattr(r, label) for r in gold if getattr(r, label)]
        s = sys_spans[label]
        for how in ("exact", "overlap"):
            tp = match(g, s, exact=how == "exact")
            cms[f"{label}_{how}"].add(tp=tp, fp=len(s) - tp, fn=len(g) - tp)
    system = [((c.source.span.start, c.source.span.end) if c.source.span else None,
               (c.content.start, c.content.end)) for c in claims]
    golds = [r for r in gold if r.content]
    tp = _relations_matched(golds, system)
    cms["relation"].add(tp=tp, fp=len(system) - tp, fn=len(golds) - tp)


def evaluate(gold: Path, limit: int | None = None, part: str | None = None) -> dict:
    """P/R/F1 of the claims stage on a PolNeAR split folder (``text/`` + ``attributions/``)."""
    from wirecoder import nlp as nlp_mod
    from wirecoder.pipeline import analyze_articles

    gold = Path(gold)
    items = select(list(articles(gold)), part, limit)
    nlp = nlp_mod.load()
    cms = {f"{label}_{how}": ConfusionMatrix() for label in LABELS
           for how in ("exact", "overlap")}
    cms["relation"] = ConfusionMatrix()
    arts = [Article(id=article_id(text), text=text, source=name, language="en")
            for name, text, _ in items]
    started = time.perf_counter()
    n_rel = 0
    speech = {"relations": 0, "content": 0, "source": 0}
    for (name, text, rels), result in zip(items, analyze_articles(arts, nlp), strict=True):
        if isinstance(result, Exception):
            raise EvalError(Errors.E402.format(path=name, detail=result))
        claims = scored(text, result.claims)
        score_article(rels, claims, cms)
        speech_recall(text, rels, claims, speech)
        n_rel += len(rels)
    out: dict = {"gold": str(gold), "part": part or "all", "articles": len(items),
                 "relations": n_rel}
    out.update({key: cm.scores() for key, cm in cms.items()})
    n = speech["relations"]
    out["speech_cues"] = {"relations": n, "content_recall": rate(speech["content"], n),
                          "source_recall": rate(speech["source"], n)}
    out["seconds"] = round(time.perf_counter() - started, 1)
    return out
