"""HTML pages: trafilatura finds the article body and the page metadata.

trafilatura drops navigation, comment sections and share widgets; what survives of site
chrome inside the article ("Log in to comment", counters, e-mail placeholders) goes through
the same line filter as plain text. trafilatura's own date is a day; the full datetime with
its offset is read from the page's metadata (``article:published_time``, JSON-LD
``datePublished``, ``<time datetime>``) when the page gives it.
"""

from __future__ import annotations

import re
from datetime import datetime

from wirecoder.errors import Errors, IngestError
from wirecoder.ingest.build import make_article
from wirecoder.ingest.clean import clean_body, normalize_whitespace, split_names
from wirecoder.ingest.dates import parse_datetime
from wirecoder.ingest.text import take_headline
from wirecoder.model import Article

_META_DATE_KEYS = (
    "article:published_time", "og:published_time", "og:article:published_time",
    "datepublished", "pubdate", "publishdate", "publish-date", "publish_date",
    "parsely-pub-date", "sailthru.date", "dc.date", "dc.date.issued", "dcterms.created",
    "date", "article.published", "article_date_original", "cxenseparse:recs:publishtime",
)
_META_URL_KEYS = ("og:url", "twitter:url")
_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')


def _meta(tree) -> dict[str, str]:
    out: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        value = (el.get("content") or "").strip()
        if key and value:
            out.setdefault(key, value)
    return out


def _parse_tree(html: str):
    import lxml.html

    try:
        return lxml.html.document_fromstring(html)
    except (ValueError, TypeError, lxml.etree.ParserError):
        return None


def _ld_dates(tree) -> list[str]:
    dates: list[str] = []
    for el in tree.iter("script"):
        if (el.get("type") or "").lower() == "application/ld+json" and el.text:
            dates += _LD_DATE.findall(el.text)
    return dates


def page_datetime(tree) -> datetime | None:
    """The most precise publication datetime the page's metadata gives."""
    if tree is None:
        return None
    meta = _meta(tree)
    values = [meta[k] for k in _META_DATE_KEYS if k in meta] + _ld_dates(tree)
    values += [el.get("datetime") for el in tree.iter("time") if el.get("datetime")][:1]
    parsed = [d for d in (parse_datetime(v) for v in values) if d is not None]
    # prefer a value with a time zone, then one with a time of day
    parsed.sort(key=lambda d: (d.tzinfo is None, (d.hour, d.minute, d.second) == (0, 0, 0)))
    return parsed[0] if parsed else None


_BOILERPLATE = re.compile(r"comment|share|social|newsletter|subscribe|related|login|sign-?in|"
                          r"promo|advert|cookie|footer|menu|nav|sidebar|widget", re.I)


def _fallback_text(tree) -> str:
    """Paragraph text of the page body when trafilatura finds no article (tiny or badly broken
    pages), without the usual boilerplate containers."""
    if tree is None:
        return ""
    body = tree.find("body")
    root = body if body is not None else tree
    for bad in root.xpath(".//script|.//style|.//nav|.//header|.//footer|.//form|.//aside|"
                          ".//noscript|.//head|.//title"):
        bad.drop_tree()
    for el in list(root.iter()):
        marks = f"{el.get('class') or ''} {el.get('id') or ''}"
        if el is not root and marks.strip() and _BOILERPLATE.search(marks):
            el.drop_tree()
    blocks = root.xpath(".//p|.//h1|.//h2|.//h3|.//li|.//blockquote|.//pre")
    text = "\n\n".join(" ".join(b.text_content().split()) for b in blocks)
    return text if text.strip() else " ".join(root.text_content().split())


def article_from_html(html: str, *, source: str, url: str | None = None) -> Article:
    """Build an Article from an HTML page. Raises IngestError (E006) if no text is found."""
    import trafilatura

    if not html.strip():
        raise IngestError(Errors.E001.format(source=source), source)
    tree = _parse_tree(html)
    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, favor_precision=True,
                                          include_comments=False, include_tables=False,
                                          include_images=False, deduplicate=False)
    except Exception as exc:  # trafilatura raises assorted lxml errors on broken markup
        doc = None
        detail = repr(exc)
    else:
        detail = "no article body"
    text = (doc.text if doc is not None else None) or _fallback_text(tree)
    if not text or not text.strip():
        raise IngestError(Errors.E006.format(source=source, detail=f"{detail} in the HTML"),
                          source)
    # trafilatura puts one paragraph a line; paragraphs are blank-line separated in wirecoder
    text = normalize_whitespace(text).replace("\n", "\n\n")
    meta = _meta(tree) if tree is not None else {}
    title = (doc.title if doc is not None else None) or meta.get("og:title")
    title, text = take_headline(text, title)
    cleaned = clean_body(text)
    authors = split_names(doc.author.replace(";", ",")) if doc is not None and doc.author else []
    page_url = url or next((meta[k] for k in _META_URL_KEYS if k in meta), None) or (
        doc.url if doc is not None else None)
    published = (page_datetime(tree) or cleaned.published
                 or (doc.date if doc is not None else None))
    return make_article(
        cleaned.text, source=source, title=title, published=published, url=page_url,
        outlet=(doc.sitename if doc is not None else None) or meta.get("og:site_name"),
        byline=authors or cleaned.byline,
        language=_html_lang(tree))


def _html_lang(tree) -> str | None:
    if tree is None:
        return None
    lang = tree.get("lang") or ""
    return lang[:2].lower() or None


_BLOCK_TAGS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
               "tr", "section", "article", "figcaption")


def fragment_to_text(fragment: str) -> str:
    """Text of an HTML fragment (a feed item's content), one paragraph per block element."""
    import lxml.html

    if "<" not in fragment:
        return fragment
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ValueError, TypeError, lxml.etree.ParserError):
        return re.sub(r"<[^>]+>", " ", fragment)
    for bad in root.xpath(".//script|.//style|.//form|.//nav|.//noscript"):
        bad.drop_tree()
    for el in root.iter(*_BLOCK_TAGS):
        el.tail = "\n\n" + (el.tail or "")
        if el.tag != "br":
            el.text = "\n\n" + (el.text or "")
    return root.text_content()
