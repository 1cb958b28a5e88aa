"""Bad input: each bad document is one clear error naming its file, and the good documents of
the same batch still come through. Every bad file is generated here, in tmp_path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wirecoder.errors import IngestError
from wirecoder.ingest import MAX_CHARS, article_from_text, iter_sources, load_file
from wirecoder.model import Article

GOOD = ("KYIV, Nov 19 - Ukraine fired six missiles at a military facility in Russia's Bryansk "
        "region on Tuesday, the Russian Defence Ministry said, adding that five of them had been "
        "shot down and that there were no casualties.")
GERMAN = ("Nordkorea hat nach Angaben des südkoreanischen Geheimdienstes rund 11.000 Soldaten "
          "nach Russland geschickt. Die Zahl könnte in den kommenden Wochen noch steigen, sagte "
          "ein Sprecher des Ministeriums am Mittwoch in Seoul.")
FRENCH = ("La Corée du Nord a envoyé environ 11 000 soldats en Russie, selon les services de "
          "renseignement, et leur nombre pourrait encore augmenter dans les semaines à venir.")


def _write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def _big(path: Path, size: int) -> Path:
    line = (GOOD + "\n").encode()
    with path.open("wb") as f:
        for _ in range(size // len(line) + 1):
            f.write(line)
    return path


def _feed_with_broken_item() -> str:
    items = [
        f"<item><title>Good one</title><link>https://f.example/1</link>"
        f"<description>{GOOD}</description></item>",
        "<item><title>Broken: no content</title><link>https://f.example/2</link></item>",
        f"<item><title>French</title><description>{FRENCH}</description></item>",
        f"<item><title>Good two</title><pubDate>someday</pubDate>"
        f"<description>{GOOD} Officials expected more attacks.</description></item>",
    ]
    return ('<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>'
            + "".join(items) + "</channel></rss>")


# name, content (a callable of the folder for generated files), error code expected
BAD: list[tuple[str, object, str]] = [
    ("empty.txt", b"", "E001"),
    ("blank.txt", b"  \n\n \t\n", "E001"),
    ("nul.txt", b"Some text\x00\x00\x01\x02 with NUL bytes " * 20, "E002"),
    ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "E002"),
    ("report.html", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n", "E002"),
    ("huge.txt", lambda d: _big(d / "huge.txt", 20 * 1024 * 1024), "E003"),
    ("ebcdic.txt", (GOOD * 3).encode("cp500"), "E004"),
    ("german.txt", f"Title: Soldaten\n\n{GERMAN}\n", "E005"),
    ("broken.html", b"<html><head><title>Nothing</title><script>var x = 1;</script>"
                    b"<body><div><span></span><<<>>></div", "E006"),
    ("nofeed.xml", b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>',
     "E006"),
    ("toolong.txt", lambda d: _write(d, "toolong.txt", (GOOD + "\n\n") * (MAX_CHARS // 200)),
     "E012"),
]


def _make(folder: Path, name: str, content: object) -> Path:
    if callable(content):
        return content(folder)
    return _write(folder, name, content)


@pytest.mark.parametrize(("name", "content", "code"), BAD, ids=[b[0] for b in BAD])
def test_ingest_bad_input_is_one_error_naming_the_file(tmp_path, name, content, code):
    path = _make(tmp_path, name, content)
    items = list(iter_sources([str(path)]))
    assert len(items) == 1
    (err,) = items
    assert isinstance(err, IngestError)
    message = str(err)
    assert message.startswith(f"[{code}]")
    assert str(path) in message and err.source == str(path)
    assert "\n" not in message
    with pytest.raises(IngestError, match=rf"^\[{code}\]"):
        load_file(path)


def test_ingest_bad_inputs_in_a_batch_keep_the_good_ones(tmp_path):
    bad = {name: _make(tmp_path, name, content) for name, content, _ in BAD}
    _write(tmp_path, "good.txt", f"Good story\n\n{GOOD} A fire broke out, the governor said.")
    _write(tmp_path, "feed.rss", _feed_with_broken_item())
    _write(tmp_path, "lines.jsonl", "\n".join([
        json.dumps({"text": GOOD + " It was the first such strike."}),
        '{"text": "unterminated',
        json.dumps({"title": "no text field"}),
        json.dumps({"text": GERMAN}),
        json.dumps({"text": GOOD + " A second line that is fine."}),
    ]))
    items = list(iter_sources([str(tmp_path), str(tmp_path / "missing.txt")]))
    good = [i for i in items if isinstance(i, Article)]
    errors = [i for i in items if isinstance(i, IngestError)]
    assert [Path(a.source).name for a in good] == [
        "feed.rss#item-1", "feed.rss#item-4", "good.txt", "lines.jsonl:1", "lines.jsonl:5"]
    by_source = {e.source: str(e)[1:5] for e in errors}
    assert by_source == {
        **{str(bad[name]): code for name, _, code in BAD},
        f"{tmp_path / 'feed.rss'}#item-2": "E008",
        f"{tmp_path / 'feed.rss'}#item-3": "E005",
        f"{tmp_path / 'lines.jsonl'}:2": "E007",
        f"{tmp_path / 'lines.jsonl'}:3": "E007",
        f"{tmp_path / 'lines.jsonl'}:4": "E005",
        str(tmp_path / "missing.txt"): "E010",
    }
    feed_error = next(str(e) for e in errors if e.source.endswith("#item-2"))
    assert "item 2" in feed_error and "feed.rss" in feed_error
    assert next(a for a in good if a.source.endswith("#item-4")).published is None


@pytest.mark.parametrize(("name", "data"), [
    ("cp1252.txt", f"Strike\n\n{GOOD} \u201cWe will respond,\u201d he said \u2014 "
                   f"caf\u00e9.".encode("cp1252")),
    ("latin1.txt", f"Strike\n\n{GOOD} The caf\u00e9 in Zürich closed.".encode("latin-1")),
    ("utf8sig.txt", f"Strike\n\n{GOOD} \u201cWe will respond.\u201d".encode("utf-8-sig")),
    ("utf16.txt", f"Strike\n\n{GOOD} \u201cWe will respond.\u201d".encode("utf-16")),
    ("utf16le.txt", f"Strike\n\n{GOOD} \u201cWe will respond.\u201d".encode("utf-16-le")),
])
def test_ingest_other_encodings_are_decoded(tmp_path, name, data):
    a = load_file(_write(tmp_path, name, data))
    assert a.title == "Strike"
    assert a.text.startswith(GOOD)
    assert "\ufffd" not in a.text and "\x00" not in a.text


def test_ingest_broken_html_with_text_still_gives_text(tmp_path):
    html = (f"<html><head><title>Cut off</title></head><body><div class='story'><p>{GOOD}"
            f"<p>Officials said more <b>strikes could follow<p>The page ends here")
    a = load_file(_write(tmp_path, "cut.html", html))
    assert GOOD in a.text


def test_ingest_size_limit_is_configurable(tmp_path):
    path = _write(tmp_path, "a.txt", f"Strike\n\n{GOOD}")
    (err,) = list(iter_sources([str(path)], max_bytes=100))
    assert str(err).startswith("[E003]") and "100" in str(err)
    assert isinstance(load_file(path), Article)


def test_ingest_big_jsonl_is_streamed_with_a_per_line_limit(tmp_path):
    path = tmp_path / "big.jsonl"
    rows = [json.dumps({"text": f"{GOOD} Report number {n}."}) for n in range(40)]
    rows.insert(3, json.dumps({"text": "x " * 2000}))
    path.write_text("\n".join(rows) + "\n")
    items = list(iter_sources([str(path)], max_bytes=1000))
    errors = [i for i in items if isinstance(i, IngestError)]
    assert len(items) == 41 and len(errors) == 1
    assert str(errors[0]).startswith("[E003]") and errors[0].source == f"{path}:4"


def test_ingest_text_over_spacy_max_length_is_an_error():
    with pytest.raises(IngestError, match=r"^\[E012\].*<text>"):
        article_from_text("word " * (MAX_CHARS // 4))


def test_ingest_load_file_with_many_articles_is_an_error(tmp_path):
    path = _write(tmp_path, "two.jsonl", "\n".join(
        json.dumps({"text": f"{GOOD} Version {n}."}) for n in range(2)))
    with pytest.raises(IngestError, match=r"^\[E015\].*2 articles"):
        load_file(path)


def test_ingest_missing_file(tmp_path):
    with pytest.raises(IngestError, match=r"^\[E010\]"):
        load_file(tmp_path / "nope.txt")


def test_ingest_cli_reports_each_bad_file_on_one_line_and_exits_nonzero(tmp_path,
                                                                         monkeypatch):
    from typer.testing import CliRunner

    from wirecoder import cli
    from wirecoder.cli import app

    monkeypatch.setattr(cli.err, "width", 2000)  # rich wraps at 80 columns off a terminal
    paths = [_make(tmp_path, name, content) for name, content, _ in BAD
             if not callable(content)]
    result = CliRunner().invoke(app, ["analyze", "--format", "json", *map(str, paths)])
    assert result.exit_code == 1
    lines = [ln for ln in result.output.splitlines() if ln.startswith("error [E")]
    assert len(lines) == len(paths)
    for path in paths:
        assert any(path.name in ln for ln in lines), path


@pytest.mark.parametrize(("declared", "encoding"), [
    ("iso-8859-1", "utf-8"),  # a wrong declaration: the bytes are UTF-8
    ("windows-1251", "windows-1251"),  # a right one for a legacy code page
])
def test_ingest_html_charset_declaration(tmp_path, declared, encoding):
    text = f"{GOOD} \u201cWe will respond,\u201d he said." if encoding == "utf-8" else GOOD
    page = (f'<html><head><meta charset="{declared}"><title>T</title></head><body>'
            f"<article><p>{text}</p><p>Москва не комментирует.</p></article></body></html>")
    a = load_file(_write(tmp_path, "p.html", page.encode(encoding)))
    assert a.text.startswith(text) and "Москва" in a.text


def test_ingest_unreadable_path_is_an_error_not_a_crash():
    name = "x" * 5000  # longer than any file system allows
    (err,) = list(iter_sources([name]))
    assert isinstance(err, IngestError) and str(err)[:6] in ("[E010]", "[E014]")
