"""Body cleaning shared by every format: whitespace, pasted site chrome, printed bylines.

Chrome is removed only as whole lines that match a known pattern (short lines, anchored), so
a sentence that merely mentions "share" or "copyright" is never touched. Obfuscated e-mail
placeholders ("[email protected]") are removed inline.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime

from wirecoder.ingest.dates import parse_datetime

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_BLANKS = re.compile(r"\n{3,}")

# "[email protected]" is what Cloudflare's e-mail obfuscation leaves in copied text.
_EMAIL_PLACEHOLDER = re.compile(r"[ \t]?[\[(]?\[e-?mail(?:&#160;|\s)*protected\][\])]?", re.I)

_CHROME_LINE_MAX = 120
_CHROME_PATTERNS = [
    # comment boxes and log-in prompts
    r"(?:to (?:write|post|leave|add) (?:a )?comments?,? )?(?:please )?(?:log|sign) ?in"
    r"(?: or (?:register|sign up|subscribe))?(?: to (?:(?:write|post|leave|add|join|view|read)"
    r"(?: (?:a|the))? )?(?:comments?|discussion|conversation))?[.!]?",
    r"(?:you must be|please be) logged in to (?:post|write|leave) (?:a )?comments?[.!]?",
    r"(?:leave|write|post|add|submit) (?:a |your )?(?:comment|reply)s?(?: below)?[.!:]?",
    r"comments?(?: \(\d+\))?|\d+ comments?|no comments(?: yet)?[.!]?|show comments|"
    r"view comments|comments are closed[.!]?|reply|cancel reply|submit|post",
    r"(?:be the first to comment|join the (?:discussion|conversation))[.!]?",
    # character counters
    r"\d+\s*/\s*\d+(?:\s*(?:characters?|chars?))?",
    r"(?:characters? (?:remaining|left)|remaining characters?):?\s*\d+",
    r"\d+ characters? (?:remaining|left)",
    # share / follow / subscribe
    r"share(?: (?:this|the) (?:article|story|page|post))?(?: on \w+)?:?",
    r"(?:(?:facebook|twitter|x|linkedin|whatsapp|telegram|reddit|email|e-mail|print|"
    r"copy link|share|tweet|pinterest|messenger)[\s|·•/,]*){1,10}",
    r"(?:link copied|copied to clipboard|copy (?:the )?link)[.!]?",
    r"(?:subscribe|sign up|register)(?: now| today| here)?(?: (?:to|for) (?:our|the) "
    r"[\w ]{0,40}(?:newsletter|updates|alerts|digest)s?)?[.!]?",
    r"(?:get|receive) (?:our|the) [\w ]{0,40}(?:newsletter|alerts|updates)[\w ]{0,40}[.!]?",
    r"follow us(?: on [\w ,&]+)?[.!]?",
    r"(?:click|tap) here to [\w ]{1,40}[.!]?",
    r"(?:advertisement|sponsored(?: content)?|ad|skip to (?:main )?content|back to top|"
    r"read more|related(?: articles| stories| coverage)?|most read|trending|"
    r"recommended(?: for you)?|more from [\w ]{1,30}):?",
    # reading aids
    r"\d+[ -]min(?:ute)?s?(?: read)?|listen to (?:this )?(?:article|story)(?: \d+ min)?|"
    r"(?:updated|published|posted) \d+ (?:seconds?|minutes?|mins?|hours?|days?) ago|"
    r"(?:photo|image|video) ?gallery|print (?:this )?(?:article|page)|font size:?[\w ]{0,10}",
    # feed trailers (WordPress and friends)
    r"the post [^\n]{1,200} appeared first on [^\n]{1,80}|(?:continue|keep) reading[^\n]{0,60}|"
    r"read (?:the )?(?:full|whole|rest of the) (?:story|article)[^\n]{0,40}|\[(?:…|\.\.\.)\]",
    # copyright footers
    r"(?:copyright|\(c\)|©)[^\n]{0,100}",
    r"[^\n]{0,80}all rights reserved[^\n]{0,60}",
    r"this (?:material|article) may not be (?:published|reproduced)[^\n]{0,120}",
]
_CHROME = re.compile(r"(?:" + r"|".join(_CHROME_PATTERNS) + r")", re.I)

# A printed byline: "By Jane Doe", "BY JANE DOE [jane@example.com]", "By Jane Doe, Reuters",
# "By Jane Doe and John Roe", "By Jane Doe | Northern Wire".
# Case-sensitive on purpose: names are capitalised, "By Russian estimates, …" is not a byline.
_NAME_WORD = r"(?:[A-Z][\w'’\-]*\.?|de|da|di|du|van|von|der|den|al|bin|ibn|le|la)"
_NAME = rf"(?:{_NAME_WORD}\s+){{0,3}}(?:al-|el-)?[A-Z][\w'’\-]*"
_BYLINE = re.compile(
    rf"^(?:By|BY|by):?\s+(?P<names>{_NAME}(?:\s*(?:,|and|AND|&)\s*{_NAME})*)"
    r"(?:\s+in\s+[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?)?"
    r"(?:\s*(?:,|\||—|–|-|/)\s*[A-Z][\w.&'’\- ]{1,60})?"
    r"(?:\s*[\[(<]\s*[\w.+\-]+@[\w\-]+\.[\w.\-]+\s*[\])>])?\s*$")


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


_NOT_NAMES = _wordset(
    "the a an then now late early mid monday tuesday wednesday thursday friday saturday "
    "sunday january february march april may june july august september october november "
    "december noon midnight dawn nightfall contrast comparison far all")
# Words that mark the part after a comma as an affiliation, not a second author.
_AFFILIATION = _wordset(
    "press reuters agency news staff reporter reporters correspondent correspondents writer "
    "writers editor editors wire herald times post service bureau desk contributor afp ap "
    "yonhap tass xinhua interfax ukrinform bloomberg kyodo dispatch ledger journal daily "
    "tribune gazette chronicle telegraph network media")
_CREDIT = re.compile(r"^\(?(?:reporting|writing|additional reporting) by ([^;)]+)"
                     r"(?:;[^)]*)?\)?\.?$", re.I)
_SPLIT_NAMES = re.compile(r"\s*(?:,|;|\band\b|&)\s*", re.I)
_SENTENCE_END = re.compile(r"[.!?:;…\"”’')\]]$")


def normalize_whitespace(text: str) -> str:
    """NFC, unified line ends, no zero-width characters, single spaces, <= one blank line."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(_ZERO_WIDTH)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


def is_chrome(line: str) -> bool:
    line = line.strip()
    return bool(line) and len(line) <= _CHROME_LINE_MAX and bool(_CHROME.fullmatch(line))


def strip_chrome(text: str) -> str:
    """Remove site chrome lines and e-mail placeholders from normalized text."""
    text = _EMAIL_PLACEHOLDER.sub("", text)
    kept = [line for line in text.split("\n") if not is_chrome(line)]
    return _BLANKS.sub("\n\n", "\n".join(kept)).strip()


def split_names(value: str) -> list[str]:
    """ "Jane Doe and John Roe" -> ["Jane Doe", "John Roe"]."""
    return [n.strip(" .") for n in _SPLIT_NAMES.split(value) if n.strip(" .")]


def _title_case(name: str) -> str:
    return name.title() if name.isupper() else name


def parse_byline(line: str) -> list[str] | None:
    """The names in a printed byline line, or ``None`` if the line is not a byline."""
    line = line.strip()
    if len(line) > 160:
        return None
    m = _BYLINE.match(line)
    if not m:
        return None
    names = split_names(m.group("names"))
    if not names or any(n.split()[0].lower() in _NOT_NAMES for n in names):
        return None
    names = [n for n in names if not _is_affiliation(n)]
    return [_title_case(n) for n in names] or None


def _is_affiliation(name: str) -> bool:
    words = name.split()
    return (len(words) > 4 or any(w.lower().strip(".") in _AFFILIATION for w in words)
            or (len(words) == 1 and len(name) > 1 and name.isupper() and len(name) <= 5))


_DATE_LINE = re.compile(
    r"^(?:(?P<prefix>published|updated|posted|last updated|first published|modified)\b:?\s*)?"
    r"(?:on\s+)?[\w ,.:/+\-()|]{6,70}$", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def parse_date_line(line: str) -> tuple[bool, datetime | None]:
    """Is ``line`` a printed date line ("Published 20 Nov 2024, 15:57 KST")? And the
    publication datetime it gives (not for "Updated …" lines)."""
    line = line.strip()
    m = _DATE_LINE.match(line)
    if not m or not _YEAR.search(line):
        return False, None
    value = parse_datetime(line)
    if value is None:
        return False, None
    prefix = (m.group("prefix") or "").lower()
    return True, (None if prefix in ("updated", "last updated", "modified") else value)


def take_bylines(body: str, head_lines: int = 4) -> tuple[str, list[str], datetime | None]:
    """Remove printed bylines and date lines from the first lines of ``body`` and wire credit
    lines at its end ("(Reporting by Jane Doe; Editing by John Roe)"); return the body, the
    names and the printed publication datetime, if any."""
    lines = body.split("\n")
    names: list[str] = []
    printed: datetime | None = None
    seen = 0
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        if seen >= head_lines:
            break
        seen += 1
        found = parse_byline(line)
        if found:
            names += found
            lines[i] = ""
            continue
        is_date, value = parse_date_line(line)
        if is_date:
            printed = printed or value
            lines[i] = ""
    for i in range(len(lines) - 1, -1, -1):
        if not lines[i].strip():
            continue
        m = _CREDIT.match(lines[i].strip())
        if m:
            if not names:
                names = [_title_case(n) for n in split_names(m.group(1))]
            lines[i] = ""
        break
    text = _BLANKS.sub("\n\n", "\n".join(lines)).strip()
    return text, list(dict.fromkeys(names)), printed


def unwrap(text: str) -> str:
    """Join hard-wrapped lines inside a paragraph: a line that does not end a sentence runs on
    into the next one. Paragraphs (blank lines) and sentence-final line ends are kept."""
    out: list[str] = []
    for para in text.split("\n\n"):
        lines = [ln for ln in para.split("\n") if ln]
        joined = ""
        for line in lines:
            if not joined:
                joined = line
            elif _SENTENCE_END.search(joined) or line[:1] in "-•*–—":
                joined += "\n" + line
            else:
                joined += " " + line
        out.append(joined)
    return "\n\n".join(p for p in out if p)


@dataclass(frozen=True)
class Cleaned:
    text: str  # the body that is analysed
    byline: list[str]  # names printed in the body
    published: datetime | None  # a date line printed in the body


def clean_body(text: str) -> Cleaned:
    """The analysed body of a text, with the bylines and date printed in it."""
    text = strip_chrome(normalize_whitespace(text))
    text, names, published = take_bylines(text)
    return Cleaned(unwrap(text), names, published)
