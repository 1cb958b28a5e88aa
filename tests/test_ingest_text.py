"""Plain text ingest: header lines, dates with zones, headline rule, printed bylines, site
chrome, identity. Texts are written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from wirecoder.errors import IngestError
from wirecoder.ingest import article_from_text, parse_datetime, with_metadata
from wirecoder.ingest.clean import is_chrome, parse_byline, strip_chrome, unwrap
from wirecoder.ingest.language import detect_language
from wirecoder.model import article_id

BODY = ("SEOUL, Nov 20 (Northern Wire) - North Korea has sent about 11,000 troops to Russia, "
        "South Korea's spy agency said on Wednesday, and the number could grow.\n\n"
        "\"The deployment is continuing,\" an official told reporters in Seoul.")


def tz(hours: float) -> timezone:
    return timezone(timedelta(hours=hours))


@pytest.mark.parametrize(("value", "expected"), [
    ("20 Nov. 2024, 15:57", datetime(2024, 11, 20, 15, 57)),
    ("2024-11-20T15:57:00+09:00", datetime(2024, 11, 20, 15, 57, tzinfo=tz(9))),
    ("2024-11-20T06:57:00Z", datetime(2024, 11, 20, 6, 57, tzinfo=tz(0))),
    ("November 20, 2024", datetime(2024, 11, 20)),
    ("Wed, 20 Nov 2024 06:57:00 GMT", datetime(2024, 11, 20, 6, 57, tzinfo=tz(0))),
    ("Wed, 20 Nov 2024 10:00:00 +0300", datetime(2024, 11, 20, 10, 0, tzinfo=tz(3))),
    ("20.11.2024 15:57 KST", datetime(2024, 11, 20, 15, 57, tzinfo=tz(9))),
    ("05.11.2024", datetime(2024, 11, 5)),
    ("Nov. 14, 2024 8:30 a.m. EST", datetime(2024, 11, 14, 8, 30, tzinfo=tz(-5))),
    ("19 Nov. 2024, 18:42 EET", datetime(2024, 11, 19, 18, 42, tzinfo=tz(2))),
    ("Tuesday, 19 November 2024 21:05 (MSK)", datetime(2024, 11, 19, 21, 5, tzinfo=tz(3))),
    ("Published: 20 Nov 2024 | 15:57 UTC", datetime(2024, 11, 20, 15, 57, tzinfo=tz(0))),
    ("11/20/2024 3:57 PM PST", datetime(2024, 11, 20, 15, 57, tzinfo=tz(-8))),
    ("2024-11-20", datetime(2024, 11, 20)),
    ("20 listopada 2024", datetime(2024, 11, 20)),
])
def test_dates_parse_newsroom_forms(value, expected):
    got = parse_datetime(value)
    assert got == expected
    assert (got.utcoffset() is None) == (expected.tzinfo is None)


@pytest.mark.parametrize("value", ["", "   ", "yesterday", "2 hours ago", "November 2024",
                                   "not a date at all", "2024"])
def test_dates_reject_relative_or_incomplete(value):
    assert parse_datetime(value) is None


def test_text_header_lines_in_any_order():
    text = ("Outlet: Northern Wire\nByline: Jane Doe and John Roe\nPublished: 20 Nov. 2024, "
            "15:57 KST\nURL: https://northernwire.example/a\nTitle: Troops reach the front\n\n"
            + BODY)
    a = article_from_text(text, source="t.txt")
    assert a.title == "Troops reach the front"
    assert a.outlet == "Northern Wire"
    assert a.url == "https://northernwire.example/a"
    assert a.byline == ["Jane Doe", "John Roe"]
    assert a.published == datetime(2024, 11, 20, 15, 57, tzinfo=tz(9))
    assert a.published.utcoffset() == timedelta(hours=9)
    assert a.text == BODY
    assert a.language == "en"
    assert a.source == "t.txt"


def test_text_first_line_is_headline_without_title():
    a = article_from_text("Troops reach the front\n\n" + BODY)
    assert a.title == "Troops reach the front"
    assert a.text == BODY


def test_text_header_without_title_takes_headline_from_body():
    a = article_from_text("Published: 2024-11-20\n\nTroops reach the front\n\n" + BODY)
    assert a.title == "Troops reach the front"
    assert a.published == datetime(2024, 11, 20)
    assert a.text == BODY


@pytest.mark.parametrize("text", [
    BODY.split("\n\n")[0],  # one paragraph: all body
    BODY,  # first line ends a sentence: not a headline
])
def test_text_sentence_first_line_is_body(text):
    a = article_from_text(text)
    assert a.title is None
    assert a.text == text


def test_text_keywords_override_header():
    a = article_from_text("Title: Old\nOutlet: A\n\n" + BODY, title="New", outlet="B",
                          published="2024-11-21T08:00:00+02:00")
    assert (a.title, a.outlet) == ("New", "B")
    assert a.published.utcoffset() == timedelta(hours=2)
    assert a.text == BODY


def test_text_hard_wrapped_lines_are_joined():
    wrapped = ("KYIV - Ukraine said on Tuesday that about 11,000 North Korean\nsoldiers were "
               "in the Kursk region.\n\nA second paragraph follows here.")
    a = article_from_text(wrapped)
    assert a.text == ("KYIV - Ukraine said on Tuesday that about 11,000 North Korean soldiers "
                      "were in the Kursk region.\n\nA second paragraph follows here.")


@pytest.mark.parametrize(("line", "names"), [
    ("BY JANE DOE [jane@example.com]", ["Jane Doe"]),
    ("By Jane Doe, Reuters", ["Jane Doe"]),
    ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
    ("By Jane Doe, John Roe and Ann Poe", ["Jane Doe", "John Roe", "Ann Poe"]),
    ("By Jane Doe | Northern Wire", ["Jane Doe"]),
    ("By Jane Doe in Kyiv", ["Jane Doe"]),
    ("BY OLENA KOVAL AND MARK STEIN", ["Olena Koval", "Mark Stein"]),
    ("By Russian estimates, more than 500 soldiers died.", None),
    ("By Tuesday, the troops had left the village.", None),
    ("By then, Kyiv had", None),
])
def test_clean_parse_byline(line, names):
    assert parse_byline(line) == names


def test_text_body_byline_and_chrome_are_stripped():
    text = ("Title: Troops reach the front\n\nBY JANE DOE [[email protected]]\n" + BODY
            + "\n\nShare this article\nFacebook Twitter Email\nTo write comments, please log "
              "in\n0/1000\nSubscribe to our newsletter\n"
              "Copyright © 2024 Baltic Herald. All rights reserved.\n")
    a = article_from_text(text)
    assert a.byline == ["Jane Doe"]
    assert a.text == BODY
    assert a.id == article_id(BODY)


def test_text_wire_credit_line_is_stripped():
    a = article_from_text(BODY + "\n\n(Reporting by Jane Doe; Editing by John Roe)")
    assert a.text == BODY
    assert a.byline == ["Jane Doe"]


@pytest.mark.parametrize(("line", "chrome"), [
    ("To write comments, please log in", True),
    ("Log in to comment", True),
    ("Please log in to comment.", True),
    ("0/1000", True),
    ("Characters remaining: 1000", True),
    ("Share this article", True),
    ("Facebook Twitter LinkedIn Email", True),
    ("Subscribe to our newsletter", True),
    ("Copyright © 2024 Northern Wire. All rights reserved.", True),
    ("© 2024 Baltic Herald", True),
    ("Comments (3)", True),
    ("The post Missiles hit Bryansk appeared first on Test Feed.", True),
    ("Continue reading →", True),
    ("[…]", True),
    ("Russia's share of the grain market rose in 2024.", False),
    ("Officials said they would log in to the system.", False),
    ("The copyright dispute went to court on Tuesday, lawyers said.", False),
])
def test_clean_is_chrome(line, chrome):
    assert is_chrome(line) is chrome


def test_clean_email_placeholder_removed_inline():
    assert strip_chrome("Write to Jane Doe [email protected] for details.") == \
        "Write to Jane Doe for details."


def test_clean_unwrap_keeps_paragraphs():
    assert unwrap("one two\nthree.\nFour\n\nfive") == "one two three.\nFour\n\nfive"


def test_identity_ignores_case_and_whitespace():
    a = article_from_text(BODY)
    b = article_from_text(BODY.replace(" ", "  ").upper().lower())
    assert a.id == b.id == article_id(BODY)
    assert article_from_text(BODY + " More.").id != a.id


def test_with_metadata_overrides_and_parses():
    a = article_from_text(BODY, source="x")
    b = with_metadata(a, published="20 Nov 2024 15:57 KST", url="https://e.example/x",
                      title="T", outlet="O")
    assert b.published == datetime(2024, 11, 20, 6, 57, tzinfo=UTC)
    assert (b.url, b.title, b.outlet, b.text, b.id) == ("https://e.example/x", "T", "O",
                                                       a.text, a.id)
    assert with_metadata(a) == a
    assert with_metadata(b, title=None).title == "T"
    with pytest.raises(IngestError, match=r"\[E013\].*'next week'"):
        with_metadata(a, published="next week")


def test_text_unreadable_header_date_keeps_article(caplog):
    a = article_from_text("Published: sometime soon\n\n" + BODY, source="d.txt")
    assert a.published is None
    assert "E011" in caplog.text and "d.txt" in caplog.text


@pytest.mark.parametrize(("text", "language"), [
    (BODY, "en"),
    ("Nordkorea hat nach Angaben des südkoreanischen Geheimdienstes rund 11.000 Soldaten nach "
     "Russland geschickt, und die Zahl könnte noch steigen, sagte ein Sprecher am Mittwoch.",
     "de"),
    ("La Corée du Nord a envoyé environ 11 000 soldats en Russie, selon les services de "
     "renseignement sud-coréens, et leur nombre pourrait encore augmenter dans les semaines.",
     "fr"),
    ("Северная Корея направила в Россию около 11 тысяч военнослужащих, заявили в разведке.",
     "ru"),
    ("Північна Корея направила до Росії близько 11 тисяч військових, заявили в розвідці.",
     "uk"),
    ("북한은 러시아에 약 1만1천 명의 병력을 보낸 것으로 알려졌다고 정보당국이 밝혔다.", "ko"),
])
def test_language_detect(text, language):
    assert detect_language(text).language == language


def test_text_non_english_is_an_error():
    with pytest.raises(IngestError, match=r"\[E005\].*'de'") as info:
        article_from_text("Nordkorea hat nach Angaben des Geheimdienstes rund 11.000 Soldaten "
                          "nach Russland geschickt, und die Zahl könnte noch steigen.",
                          source="de.txt")
    assert info.value.source == "de.txt"


def test_text_unknown_header_keys_before_blank_line_are_header():
    a = article_from_text("Title: T\nSection: World\nUpdated: 21 Nov 2024\nPublished: "
                          "2024-11-20\n\n" + BODY)
    assert (a.title, a.published, a.text) == ("T", datetime(2024, 11, 20), BODY)


def test_text_body_opening_with_a_colon_is_not_header():
    text = ("Moscow: Russia said on Tuesday that it had shot down five of six missiles fired "
            "at the Bryansk region.\nOfficials in Kyiv declined to comment on the attack.")
    a = article_from_text(text)
    assert a.title is None and a.text == text


@pytest.mark.parametrize(("text", "title", "byline"), [
    ("Troops reach the front\nBY JANE DOE\n\n" + BODY, "Troops reach the front", ["Jane Doe"]),
    ("Troops reach the front\n" + BODY, "Troops reach the front", []),
    ("Troops reach the front\n\nBy Jane Doe, Northern Wire\n" + BODY, "Troops reach the front",
     ["Jane Doe"]),
])
def test_text_headline_without_blank_line(text, title, byline):
    a = article_from_text(text)
    assert (a.title, a.byline, a.text) == (title, byline, BODY)


def test_clean_reading_aids_are_chrome():
    text = "Listen to this article\n4 min read\n" + BODY + "\nUpdated 3 hours ago"
    assert article_from_text(text).text == BODY


@pytest.mark.parametrize(("head", "published"), [
    ("Troops reach the front\nBy Jane Doe\nPublished 20 Nov 2024, 15:57 KST\n\n",
     datetime(2024, 11, 20, 15, 57, tzinfo=tz(9))),
    ("November 20, 2024\n\n", datetime(2024, 11, 20)),
    ("Troops reach the front\nUpdated: Nov. 21, 2024 9:00 a.m. EST\n\n", None),
])
def test_text_printed_date_lines_are_taken_out(head, published):
    a = article_from_text(head + BODY)
    assert a.text == BODY
    assert a.published == published
