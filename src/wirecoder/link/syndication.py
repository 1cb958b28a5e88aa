"""Syndicated copies: the same wire text under several mastheads counts as one source.

Bodies are cut into word 5-shingles; a MinHash signature with locality-sensitive banding finds
candidate pairs in near-linear time, and the exact shingle Jaccard confirms them. Copies are
grouped with union-find; a group is named by its smallest article id, so the grouping is the
same in whatever order the articles arrive.
"""

from __future__ import annotations

import re
import zlib
from collections import defaultdict
from collections.abc import Iterable

import numpy as np

from wirecoder.link.records import ArticleRef

SHINGLE = 5
PERMUTATIONS = 32
BANDS = 8  # 8 bands of 4 rows: pairs above ~0.6 Jaccard almost always share a band
COPY_JACCARD = 0.6
_rng = np.random.default_rng(20241120)  # fixed: signatures must not change between runs
_A = _rng.integers(1, 1 << 31, PERMUTATIONS, dtype=np.uint64)
_B = _rng.integers(0, 1 << 31, PERMUTATIONS, dtype=np.uint64)
_WORD = re.compile(r"\w+")


def shingles(text: str) -> frozenset[int]:
    words = _WORD.findall(text.casefold())
    if len(words) < SHINGLE:
        return frozenset([zlib.crc32(" ".join(words).encode())]) if words else frozenset()
    return frozenset(zlib.crc32(" ".join(words[i:i + SHINGLE]).encode())
                     for i in range(len(words) - SHINGLE + 1))


def signature(sh: frozenset[int]) -> np.ndarray:
    if not sh:
        return np.full(PERMUTATIONS, np.iinfo(np.uint64).max, dtype=np.uint64)
    x = np.fromiter(sh, dtype=np.uint64, count=len(sh))
    # (a*x + b) mod 2^32-ish: x < 2^32 and a < 2^31, so the product stays inside 64 bits.
    hashed = (_A[:, None] * x[None, :] + _B[:, None]) & np.uint64(0xFFFFFFFF)
    return hashed.min(axis=1)


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


class CopyIndex:
    """Syndicated copies found incrementally: each article probes the LSH bands of those
    already added, so the set of copy pairs does not depend on arrival order."""

    def __init__(self) -> None:
        self._shingles: dict[str, frozenset[int]] = {}
        self._bands: dict[str, list[tuple]] = {}
        self._buckets: dict[tuple, list[str]] = defaultdict(list)
        self.pairs: set[tuple[str, str]] = set()

    def add(self, article_id: str, text: str) -> None:
        if article_id in self._shingles:
            return
        sh = shingles(text)
        self._shingles[article_id] = sh
        if not sh:
            self._bands[article_id] = []
            return
        sig = signature(sh)
        rows = PERMUTATIONS // BANDS
        keys = [(band, sig[band * rows:(band + 1) * rows].tobytes()) for band in range(BANDS)]
        seen: set[str] = set()
        for key in keys:
            for other in self._buckets[key]:
                if other not in seen:
                    seen.add(other)
                    if jaccard(sh, self._shingles[other]) >= COPY_JACCARD:
                        self.pairs.add((min(article_id, other), max(article_id, other)))
            self._buckets[key].append(article_id)
        self._bands[article_id] = keys

    def remove(self, article_id: str) -> None:
        for key in self._bands.pop(article_id, []):
            self._buckets[key].remove(article_id)
        self._shingles.pop(article_id, None)
        self.pairs = {p for p in self.pairs if article_id not in p}

    def are_copies(self, a: str, b: str) -> bool:
        return (min(a, b), max(a, b)) in self.pairs

    def groups(self) -> dict[str, str]:
        """article id -> the smallest id of its group of copies (itself when unique)."""
        parent = {k: k for k in self._shingles}

        def find(k: str) -> str:
            while parent[k] != k:
                parent[k] = parent[parent[k]]
                k = parent[k]
            return k

        for x, y in sorted(self.pairs):
            rx, ry = find(x), find(y)
            if rx != ry:
                parent[max(rx, ry)] = min(rx, ry)
        return {k: find(k) for k in parent}


def copy_groups(articles: Iterable[ArticleRef]) -> dict[str, str]:
    """article id -> the id naming its group of syndicated copies (itself when unique)."""
    index = CopyIndex()
    for a in articles:
        index.add(a.id, a.text)
    return index.groups()
