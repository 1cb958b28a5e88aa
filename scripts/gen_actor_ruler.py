"""Write src/wirecoder/kb/ruler/actors.jsonl, the entity-ruler patterns of the actor kb.

Run after editing src/wirecoder/kb/actors/*: ``python scripts/gen_actor_ruler.py``; the test
suite fails when the committed file is stale. The patterns fix the statistical NER on news:
weapon systems as PRODUCT (never PERSON), organisations of the kb as ORG, curated people as
PERSON, country acronyms ("DPRK") as GPE. Each pattern carries the actor id as ``id``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"
sys.path.insert(0, str(SRC))

from wirecoder.kb.actors import DIR, load  # noqa: E402

OUT = DIR.parent / "ruler" / "actors.jsonl"

# Country names the small English model types ORG or PERSON.
GPE_ALIASES = ("DPRK", "D.P.R.K.", "ROK", "R.O.K.", "UAE", "U.A.E.", "PRC", "KSA", "DRC",
               "BiH", "USA", "U.S.A.", "U.S.", "US", "UK", "U.K.", "DR Congo")
# Aliases too common as ordinary words, or places first, to be an ORG everywhere.
NOT_ORG = frozenset({"IS", "Westminster", "Whitehall", "Foggy Bottom", "Matignon",
                     "Chancellery", "State Council", "Security Council", "General Assembly",
                     "Rada", "Duma", "Fano", "Memorial", "Amnesty", "Economist", "Guardian",
                     "Spiegel", "Sputnik", "Wagner", "Bloomberg", "Congress", "Senate"})


def patterns() -> list[dict]:
    kb = load()
    out: list[dict] = []
    for line in (DIR / "weapons.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("re:"):
            out.append({"label": "PRODUCT", "pattern": [{"TEXT": {"REGEX": line[3:]}}]})
        else:
            out.append({"label": "PRODUCT", "pattern": line})
    for alias in GPE_ALIASES:
        actor_id = kb.resolve_alias(alias)
        if actor_id:
            out.append({"label": "GPE", "pattern": alias, "id": actor_id})
    for r in sorted(kb.records.values(), key=lambda r: r.id):
        if r.kind == "person":
            for a in r.aliases:
                if " " in a or (r.solo and len(a) >= 4 and kb.resolve_alias(a) == r.id):
                    out.append({"label": "PERSON", "pattern": a, "id": r.id})
            continue
        for a in r.aliases:
            if a in NOT_ORG or a[:1].islower() or a.startswith("the "):
                continue
            out.append({"label": "ORG", "pattern": a, "id": r.id})
    return out


def render() -> str:
    return "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in patterns())


if __name__ == "__main__":
    text = render()
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10))} patterns)")  # one line per pattern
