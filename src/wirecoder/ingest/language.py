"""A light, offline language guess: is this article English?

Why not a model: ingest needs one yes/no per article, fast and deterministic. Writing systems
settle non-Latin text at once (Cyrillic, Hangul, Arabic, …); Latin-script text is scored by
the share of its words that are function words of each language. An English news article
has 35–45% English function words; a French or German one has almost none. (langdetect
would add a dependency, 50 ms a document and non-deterministic output unless seeded.)
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

_STOPWORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split()) for lang, words in {
        "en": "the of and to in a is that for on was with as by at from he it his said are "
              "be has have had were an this which not but or they their its been who would "
              "will after also than more about over into we our i you there what when",
        "de": "der die das und ist nicht mit dem den des ein eine einer zu von sich auf für "
              "im auch es sie wie bei aus nach wird werden hat haben war wurde sind oder "
              "über dass noch nur einem",
        "fr": "le la les et est des du une un dans pour pas que qui sur au aux avec ce cette "
              "sont par plus ont été il elle ses leur mais comme nous vous où selon",
        "es": "el la los las y es del en un una que por con para se su al lo como más pero "
              "sus fue ha han este esta entre sobre también según desde",
        "it": "il lo la gli le di che è e un una per con non sono del della dei nel alla "
              "anche come più ha hanno questo questa stato secondo",
        "pt": "o a os as e é do da dos das em um uma que para com não por se no na mais "
              "como foi são ao seu sua também pelo pela",
        "nl": "de het een en van is dat op te zijn niet met voor die er aan ook als bij "
              "door maar om wordt werd naar heeft hebben",
        "pl": "i w na z się nie do to że jest jak po o przez za od dla ale są był była "
              "oraz także tym który która",
        "tr": "ve bir bu da de için ile olarak çok daha gibi olan ama sonra kadar ancak "
              "değil",
        "sv": "och att det som en är på för med den till av inte har de om ett var men "
              "eller från sig också",
    }.items()
}

# Scripts by code-point range; the first letter of each range decides the language guess.
_SCRIPTS: tuple[tuple[str, str, str], ...] = (
    ("\u0400", "\u04ff", "ru"),  # Cyrillic; Ukrainian is told apart below
    ("\u0370", "\u03ff", "el"),
    ("\u0590", "\u05ff", "he"),
    ("\u0600", "\u06ff", "ar"),
    ("\u0900", "\u097f", "hi"),
    ("\u0e00", "\u0e7f", "th"),
    ("\u3040", "\u30ff", "ja"),
    ("\u4e00", "\u9fff", "zh"),
    ("\uac00", "\ud7af", "ko"),
)
_UKRAINIAN_LETTERS = set("іїєґІЇЄҐ")
_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE_CHARS = 4000


@dataclass(frozen=True)
class Guess:
    language: str | None  # ISO 639-1, None when the text is too short to tell
    score: float  # share of evidence for that language, 0..1


def _script_language(text: str) -> str | None:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return None
    counts: Counter[str] = Counter()
    for c in letters:
        if c.isascii():
            continue
        for lo, hi, lang in _SCRIPTS:
            if lo <= c <= hi:
                counts[lang] += 1
                break
    if not counts:
        return None
    lang, n = counts.most_common(1)[0]
    if n < 0.3 * len(letters):
        return None  # a few foreign names in Latin-script text
    if lang == "ru" and any(c in _UKRAINIAN_LETTERS for c in text):
        return "uk"
    if lang == "zh" and counts.get("ja"):
        return "ja"  # kanji with kana is Japanese
    return lang


def detect_language(text: str) -> Guess:
    """Guess the language of ``text`` from its writing system and function words."""
    sample = text[:_SAMPLE_CHARS]
    script = _script_language(sample)
    if script:
        return Guess(script, 1.0)
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < 8:
        return Guess(None, 0.0)
    hits = {lang: sum(w in stop for w in words) for lang, stop in _STOPWORDS.items()}
    best = max(hits, key=hits.__getitem__)
    if hits[best] < 0.05 * len(words):
        return Guess(None, 0.0)
    total = sum(hits.values())
    return Guess(best, hits[best] / total)
