"""http(s) sources: fetched with httpx, with a timeout and the same size limit as files."""

from __future__ import annotations

from dataclasses import dataclass

from wirecoder.errors import Errors, IngestError

DEFAULT_TIMEOUT = 20.0
USER_AGENT = "wirecoder/0.1 (+offline news analysis)"


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    content: bytes
    content_type: str  # media type only, lower case
    encoding: str | None  # from the Content-Type charset, if any


def is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


def fetch(url: str, *, max_bytes: int, timeout: float = DEFAULT_TIMEOUT) -> Fetched:
    """GET ``url``; raise IngestError E009 (network, HTTP status) or E003 (too large)."""
    import httpx

    try:
        with httpx.stream("GET", url, timeout=timeout, follow_redirects=True,
                          headers={"User-Agent": USER_AGENT}) as resp:
            if resp.status_code >= 400:
                raise IngestError(Errors.E009.format(
                    source=url, detail=f"HTTP {resp.status_code} {resp.reason_phrase}"), url)
            declared = int(resp.headers.get("content-length") or 0)
            if declared > max_bytes:
                raise IngestError(Errors.E003.format(source=url, size=declared, limit=max_bytes),
                                  url)
            chunks: list[bytes] = []
            size = 0
            for chunk in resp.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise IngestError(Errors.E003.format(source=url, size=f"over {max_bytes}",
                                                         limit=max_bytes), url)
                chunks.append(chunk)
            ctype = resp.headers.get("content-type", "")
            media = ctype.split(";")[0].strip().lower()
            charset = resp.charset_encoding if "charset" in ctype.lower() else None
            return Fetched(str(resp.url), b"".join(chunks), media, charset)
    except httpx.HTTPError as exc:
        raise IngestError(Errors.E009.format(source=url, detail=f"{type(exc).__name__}: {exc}"),
                          url) from exc


def format_hint(content_type: str) -> str | None:
    """The wirecoder format a Content-Type suggests (content sniffing still has the last say)."""
    if "html" in content_type:
        return "html"
    if any(k in content_type for k in ("rss", "atom", "xml")):
        return "feed"
    if any(k in content_type for k in ("ndjson", "jsonl", "json")):
        return "jsonl"
    if content_type.startswith("text/"):
        return "text"
    return None
