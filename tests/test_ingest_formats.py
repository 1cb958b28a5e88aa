"""Every source format: files of each kind, directories, stdin, URLs (a local server), and the
bundled samples. Documents are written for these tests."""

from __future__ import annotations

import http.server
import io
import json
import sys
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import ClassVar

import pytest

from wirecoder.errors import IngestError
from wirecoder.ingest import iter_sources, load_file
from wirecoder.model import Article, article_id

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

P1 = ("KYIV, Nov 19 - Ukraine fired six missiles at a military facility in Russia's Bryansk "
      "region on Tuesday, the Russian Defence Ministry said, adding that five were shot down.")
P2 = ("\"We will respond,\" a Kremlin spokesman told reporters, and officials said the attack "
      "could mark a new phase of the war.")
BODY = f"{P1}\n\n{P2}"

PAGE = f"""<!DOCTYPE html><html lang="en"><head>
<title>Missiles hit Bryansk | Test Courier</title>
<meta property="og:title" content="Missiles hit Bryansk">
<meta property="og:site_name" content="Test Courier">
<meta property="og:url" content="https://courier.example/bryansk">
<meta property="article:published_time" content="2024-11-19T21:40:00+03:00">
<meta name="author" content="Dana Petrova">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news section</a></li></ul></nav>
<article><h1>Missiles hit Bryansk</h1>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
<p>By Dana Petrova <a href="/cdn-cgi/l/email-protection">[email&#160;protected]</a></p>
<p>{P1}</p>
<p>{P2}</p>
<p>Log in to comment</p>
</article>
<section id="comments"><h3>Comments (1)</h3><form><textarea></textarea><span>0/1000</span></form>
<div class="comment"><p>A reader wrote that nobody should believe either side.</p></div></section>
<footer>Copyright © 2024 Test Courier. All rights reserved.</footer>
</body></html>"""

RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Test Feed</title><link>https://feed.example/</link>
<item><title>Missiles hit Bryansk</title><link>https://feed.example/1</link>
<pubDate>Tue, 19 Nov 2024 18:00:00 +0200</pubDate><author>jd@feed.example (Jane Doe)</author>
<description><![CDATA[<p>{P1}</p><p>{P2}</p>]]></description></item>
<item><title>Second story</title><link>https://feed.example/2</link>
<pubDate>Wed, 20 Nov 2024 08:00:00 GMT</pubDate>
<description>{P2} Officials in Kyiv said they expected more strikes soon.</description>
</item></channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Test</title>
<id>urn:test</id><updated>2024-11-20T08:00:00Z</updated>
<entry><title>Missiles hit Bryansk</title><id>urn:1</id>
<link href="https://atom.example/1"/><published>2024-11-19T18:00:00+02:00</published>
<updated>2024-11-19T18:30:00+02:00</updated>
<author><name>Jane Doe</name></author><author><name>John Roe</name></author>
<content type="html">&lt;p&gt;{P1}&lt;/p&gt;&lt;p&gt;{P2}&lt;/p&gt;</content></entry>
</feed>"""


def one(items: list) -> Article:
    assert len(items) == 1, items
    assert isinstance(items[0], Article), items[0]
    return items[0]


def test_ingest_txt_with_header(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(f"Title: Missiles hit Bryansk\nPublished: 2024-11-19T18:00:00+02:00\n\n{BODY}\n")
    a = one(list(iter_sources([str(f)])))
    assert (a.title, a.text, a.source) == ("Missiles hit Bryansk", BODY, str(f))
    assert a.published.utcoffset() == timedelta(hours=2)
    assert load_file(f) == a


def test_ingest_txt_without_header(tmp_path):
    f = tmp_path / "b.txt"
    f.write_text(f"Missiles hit Bryansk\n\n{BODY}")
    a = load_file(f)
    assert (a.title, a.text, a.published) == ("Missiles hit Bryansk", BODY, None)


def test_ingest_html_page(tmp_path):
    f = tmp_path / "page.html"
    f.write_text(PAGE)
    a = load_file(f)
    assert a.text == BODY
    assert a.title == "Missiles hit Bryansk"
    assert a.outlet == "Test Courier"
    assert a.byline == ["Dana Petrova"]
    assert a.url == "https://courier.example/bryansk"
    assert a.published == datetime(2024, 11, 19, 21, 40, tzinfo=timezone(timedelta(hours=3)))
    for chrome in ("Home", "Share", "comment", "0/1000", "Copyright", "protected", "reader"):
        assert chrome not in a.text


def test_ingest_html_sniffed_despite_extension(tmp_path):
    f = tmp_path / "page.txt"
    f.write_text(PAGE)
    assert load_file(f).text == BODY


def test_ingest_jsonl(tmp_path):
    f = tmp_path / "a.jsonl"
    rows = [
        {"text": BODY, "title": "One", "published": "Tue, 19 Nov 2024 18:00:00 +0200",
         "byline": ["Jane Doe"], "outlet": "Wire", "url": "https://w.example/1", "id": "bogus"},
        {"article": {"text": P2 + " It was the second such attack this month.",
                     "byline": "Ann Poe and Bob Loe"}},
    ]
    f.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n")
    a, b = list(iter_sources([str(f)]))
    assert (a.text, a.title, a.byline, a.outlet, a.url) == (BODY, "One", ["Jane Doe"], "Wire",
                                                            "https://w.example/1")
    assert a.id == article_id(BODY)  # the id given in the line is ignored
    assert a.published.utcoffset() == timedelta(hours=2)
    assert a.source == f"{f}:1"
    assert b.byline == ["Ann Poe", "Bob Loe"] and b.title is None and b.source == f"{f}:2"


def test_ingest_json_array(tmp_path):
    f = tmp_path / "a.json"
    f.write_text(json.dumps([{"text": BODY}, {"text": P2 + " More was expected."}], indent=2))
    assert [a.text for a in iter_sources([str(f)])] == [BODY, P2 + " More was expected."]


def test_ingest_rss(tmp_path):
    f = tmp_path / "feed.rss"
    f.write_text(RSS)
    a, b = list(iter_sources([str(f)]))
    assert (a.title, a.text, a.url, a.outlet) == ("Missiles hit Bryansk", BODY,
                                                  "https://feed.example/1", "Test Feed")
    assert a.byline == ["Jane Doe"]
    assert a.published == datetime(2024, 11, 19, 18, 0, tzinfo=timezone(timedelta(hours=2)))
    assert a.source == f"{f}#item-1" and b.source == f"{f}#item-2"
    assert b.published.utcoffset() == timedelta(0)


def test_ingest_atom(tmp_path):
    f = tmp_path / "feed.xml"
    f.write_text(ATOM)
    a = one(list(iter_sources([str(f)])))
    assert (a.title, a.text, a.url, a.outlet) == ("Missiles hit Bryansk", BODY,
                                                  "https://atom.example/1", "Atom Test")
    assert a.byline == ["Jane Doe", "John Roe"]
    assert a.published.utcoffset() == timedelta(hours=2)


def test_ingest_directory_recursive_sorted_skips_hidden(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text(f"Story A\n\n{P1}")
    (tmp_path / "b" / "c.html").write_text(PAGE)
    (tmp_path / "b" / "d.rss").write_text(RSS)
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text(f"Hidden\n\n{P2} Not to be read.")
    (tmp_path / ".y.txt").write_text(f"Hidden\n\n{P2} Not to be read either.")
    (tmp_path / "notes.md").write_text("# Not an article format")
    items = list(iter_sources([str(tmp_path)]))
    assert all(isinstance(i, Article) for i in items)
    # c.html and the feed's first item share a body: one article
    assert [Path(i.source.split("#")[0]).name for i in items] == ["a.txt", "c.html", "d.rss"]
    assert len({i.id for i in items}) == 3


def test_ingest_dedup_same_body_twice(tmp_path):
    (tmp_path / "x.txt").write_text(f"Headline one\n\n{BODY}")
    (tmp_path / "y.txt").write_text(f"Title: Another headline\nOutlet: Other\n\n{BODY}\n")
    items = list(iter_sources([str(tmp_path), str(tmp_path / "x.txt")]))
    assert len(items) == 1 and items[0].source.endswith("x.txt")


def test_ingest_stdin_text(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"Title: From stdin\n\n{BODY}\n"))
    a = one(list(iter_sources(["-"])))
    assert (a.title, a.text, a.source) == ("From stdin", BODY, "<stdin>")


@pytest.mark.parametrize(("payload", "expect_title"), [
    (RSS, "Missiles hit Bryansk"),
    (PAGE, "Missiles hit Bryansk"),
    (json.dumps({"text": BODY, "title": "J"}) + "\n", "J"),
])
def test_ingest_stdin_sniffs_format(monkeypatch, payload, expect_title):
    stdin = io.TextIOWrapper(io.BytesIO(payload.encode("utf-8")), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    items = [i for i in iter_sources(["-"]) if isinstance(i, Article)]
    assert items[0].title == expect_title and items[0].text == BODY


class _Handler(http.server.BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, tuple[int, str, bytes]]] = {
        "/article": (200, "text/html; charset=utf-8", PAGE.encode()),
        "/feed": (200, "application/rss+xml", RSS.encode()),
        "/plain": (200, "text/plain; charset=windows-1252",
                   f"Plain story\n\n{P1} \u201cIt is over,\u201d he said.".encode("cp1252")),
        "/missing": (404, "text/plain", b"not found"),
    }

    def do_GET(self):
        status, ctype, body = self.routes.get(self.path, (404, "text/plain", b"no"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_ingest_url_html_feed_text_and_errors(server):
    items = list(iter_sources([f"{server}/article", f"{server}/feed", f"{server}/plain",
                               f"{server}/missing"]))
    page, item2, plain, missing = items  # feed item 1 repeats the page body: deduplicated
    assert page.source == f"{server}/article" and page.text == BODY
    assert page.outlet == "Test Courier"
    assert item2.source == f"{server}/feed#item-2"
    assert plain.text.endswith("\u201cIt is over,\u201d he said.")
    assert plain.url == f"{server}/plain"
    assert isinstance(missing, IngestError) and "[E009]" in str(missing)
    assert "404" in str(missing) and missing.source == f"{server}/missing"


def test_ingest_url_unreachable_is_an_error():
    (err,) = list(iter_sources(["http://127.0.0.1:9/nothing"], timeout=2))
    assert isinstance(err, IngestError) and "[E009]" in str(err) and "127.0.0.1:9" in str(err)


def test_ingest_samples_all_load():
    items = list(iter_sources([str(EXAMPLES)]))
    errors = [i for i in items if not isinstance(i, Article)]
    assert not errors
    assert len(items) >= 13
    assert len({a.id for a in items}) == len(items)
    assert {a.outlet for a in items} >= {"Northern Wire", "Baltic Herald", "Pacific Ledger",
                                         "Steppe Times", "Meridian Post", "Atlas News Service"}
    for a in items:
        assert a.language == "en"
        assert 150 <= len(a.text.split()) <= 450, a.source
        for junk in ("log in", "0/1000", "Copyright", "protected]", "Share this", "Reporting by"):
            assert junk not in a.text, (a.source, junk)


def test_ingest_samples_baltic_herald_byline_and_chrome():
    a = load_file(EXAMPLES / "2024-11-05-baltic-herald-nk-troops.txt")
    assert a.byline == ["Marta Liepa"]
    assert a.text.startswith("RIGA —")
    assert a.text.endswith("but the claim could not be verified.")
    assert a.published == datetime(2024, 11, 5)


def test_ingest_samples_syndicated_copy_is_near_duplicate():
    wire = load_file(EXAMPLES / "2024-11-19-northern-wire-atacms-bryansk.txt")
    copy = load_file(EXAMPLES / "2024-11-20-pacific-ledger-atacms-syndicated.txt")
    assert copy.title == "Kyiv hits Russian arsenal with American long-range missiles"
    assert copy.outlet == "Pacific Ledger" and wire.outlet == "Northern Wire"
    assert copy.id != wire.id
    assert copy.text.split("\n\n")[:5] == wire.text.split("\n\n")[:5]
    assert copy.published.utcoffset() == timedelta(hours=9)
    assert copy.published == wire.published  # 01:42 KST on the 20th is 18:42 EET on the 19th


def test_ingest_prose_opening_with_brace_is_text(tmp_path):
    text = "{Updated with the ministry's statement} " + BODY
    f = tmp_path / "note.txt"
    f.write_text(text)
    assert load_file(f).text == text


def test_ingest_html_short_page_without_nav_or_comments(tmp_path):
    page = ("<html><head><title>Short</title></head><body><nav><a href='/'>Home</a> "
            "<a href='/w'>World</a></nav><div class='content'><p>" + P1 + "</p></div>"
            "<div class='comments'><p>Log in to comment</p><p>Reader: nobody believes "
            "this.</p></div><footer>Copyright © 2024 X. All rights reserved.</footer>"
            "</body></html>")
    f = tmp_path / "s.html"
    f.write_text(page)
    assert load_file(f).text == P1
