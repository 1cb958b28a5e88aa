"""Bytes to text, and text to a format: binary sniffing, encodings, content sniffing."""

from __future__ import annotations

import codecs
import re
from typing import Literal

from wirecoder.errors import Errors, IngestError

Format = Literal["text", "html", "feed", "jsonl"]

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
# spaCy's default nlp.max_length: a longer text would make the parser raise (E088).
MAX_CHARS = 1_000_000

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx/.epub)"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xfd7zXZ", "an xz archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\x7fELF", "an executable"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"SQLite format 3", "an SQLite database"),
    (b"PAR1", "a Parquet file"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w\-:]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]+encoding\s*=\s*["']([\w\-]+)""")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]")
_SNIFF = 4096


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 text saved without a BOM has a NUL in every other byte of ASCII text."""
    if len(head) < 16:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def check_binary(data: bytes, source: str) -> None:
    """Raise E002 for data that is not text: known magic numbers, or NUL bytes."""
    head = data[:_SNIFF]
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            raise IngestError(Errors.E002.format(source=source, kind=kind), source)
    if any(head.startswith(bom) for bom, _ in _BOMS) or _utf16_without_bom(head):
        return
    if b"\x00" in head:
        raise IngestError(Errors.E002.format(source=source, kind="binary data (NUL bytes)"),
                          source)


def _declared(data: bytes) -> str | None:
    head = data[:2048]
    m = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    if not m:
        return None
    name = m.group(1).decode("ascii", "ignore").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _plausible(text: str) -> bool:
    """Legacy-codec text should read as text: almost no control or replacement characters."""
    if not text:
        return True
    return len(_CONTROL.findall(text)) <= 0.001 * len(text) + 1


def decode(data: bytes, source: str, declared: str | None = None) -> str:
    """Decode text bytes: BOM, UTF-8, a declared charset, then cp1252 / Latin-1 when the
    result is plausible text; otherwise E004."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise IngestError(Errors.E004.format(source=source, detail=f"bad {codec}: {exc}"),
                                  source) from exc
    # UTF-8 before any declared charset: pages often declare Latin-1 and serve UTF-8, while
    # legacy-encoded text almost never happens to be valid UTF-8.
    bomless = _utf16_without_bom(data[:_SNIFF])
    candidates = [c for c in (bomless, "utf-8", declared, _declared(data)) if c]
    for codec in dict.fromkeys(candidates):
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
    for codec in ("cp1252", "latin-1"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _plausible(text):
            return text
    raise IngestError(Errors.E004.format(
        source=source, detail="not UTF-8, UTF-16 or Windows-1252/Latin-1 text"), source)


def sniff(text: str, hint: str | None = None) -> Format:
    """The format of decoded ``text``, from its content first, the file extension second."""
    head = text.lstrip("\ufeff \t\r\n")[:_SNIFF]
    low = head.lower()
    if head.startswith("<"):
        if re.search(r"<(?:rss|feed|rdf:rdf)[\s>]", low) and "<html" not in low:
            return "feed"
        if low.startswith("<?xml") and hint in ("feed", None) and "<html" not in low:
            return "feed"
        return "html"
    if head.startswith("{") or re.match(r"\[\s*\{", head):
        return "jsonl"
    if hint in ("html", "feed", "jsonl") and re.search(r"<(?:html|body|p|div|article)[\s>]",
                                                       low):
        return "html"
    return "text"


def check_length(text: str, source: str) -> None:
    if len(text) > MAX_CHARS:
        raise IngestError(Errors.E012.format(source=source, chars=len(text), limit=MAX_CHARS),
                          source)
