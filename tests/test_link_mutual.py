"""Acts two sides do together (an agreement, a meeting): either side may be told as actor."""

from __future__ import annotations

from datetime import UTC, date, datetime

from wirecoder.link import link_analyses
from wirecoder.link.compat import MERGE_THRESHOLD, pair_score
from wirecoder.link.records import reports_of
from wirecoder.link.synthetic import analysis_of

DAY = datetime(2024, 11, 20, 9, 0, tzinfo=UTC)


def _deal(text: str, evidence: str, outlet: str, actor=(), recipient=(), kind="AGREE"):
    return analysis_of(text, [{"type": kind, "actor": list(actor), "recipient": list(recipient),
                               "date": "2024-11-19", "evidence": evidence}],
                       outlet=outlet, published=DAY)


BOTH = _deal("Ethiopia and Eritrea agreed on Tuesday to reopen the border crossing at "
             "Zalambessa to trade.", "Ethiopia and Eritrea agreed on Tuesday to reopen the "
             "border crossing at Zalambessa to trade", "Horn Wire", actor=("ETH", "ERI"))
ONE_SIDE = _deal("Asmara said the talks with Ethiopia produced a deal to let traders through the "
                 "Zalambessa crossing again.", "a deal to let traders through the Zalambessa "
                 "crossing again", "Red Sea Post", recipient=("ETH",))
OTHER_PAIR = _deal("Sudan agreed with Eritrea on Tuesday to reopen the border crossing at "
                   "Karora to trade.", "Sudan agreed with Eritrea on Tuesday to reopen the "
                   "border crossing at Karora to trade", "Nile Daily", actor=("SDN",),
                   recipient=("ERI",))


def _report(analysis):
    return reports_of(analysis)[0]


def test_link_mutual_agreement_sides_told_as_actor_or_recipient_merge():
    score = pair_score(_report(BOTH), _report(ONE_SIDE))
    assert score is not None and score >= MERGE_THRESHOLD
    assert [s["n_reports"] for s in link_analyses([BOTH, ONE_SIDE]).stories] == [2]


def test_link_mutual_sides_do_not_make_a_one_sided_act_mutual():
    # The same wording as an aid delivery: who gives and who receives is no matter of wording.
    both = _deal(BOTH.article.text, "Ethiopia and Eritrea agreed on Tuesday to reopen the "
                 "border crossing at Zalambessa to trade", "Horn Wire", actor=("ETH", "ERI"),
                 kind="AID")
    one = _deal(ONE_SIDE.article.text, "a deal to let traders through the Zalambessa "
                "crossing again", "Red Sea Post", recipient=("ETH",), kind="AID")
    score = pair_score(_report(both), _report(one))
    assert score is None or score < MERGE_THRESHOLD


def test_link_mutual_sides_still_tell_two_agreements_apart():
    assert pair_score(_report(BOTH), _report(OTHER_PAIR)) is None


def test_records_agreement_object_of_a_perfect_reaches_back_before_the_saying(analyze_text):
    text = ("The rebels' chief negotiator said on Wednesday that talks with the Chadian "
            "government in Geneva had produced an agreement to free 40 detainees.")
    result = analyze_text(text)
    deal = next(e for e in result.events if e.type == "AGREE")
    rep = next(r for r in reports_of(result) if r.event_id == deal.id)
    assert rep.when is not None
    assert rep.when.end == date(2024, 11, 20) and rep.when.start < date(2024, 11, 20)


def test_records_agreement_signed_today_keeps_the_saying_day(analyze_text):
    text = ("The rebels' chief negotiator said on Wednesday that talks with the Chadian "
            "government in Geneva were producing an agreement to free 40 detainees.")
    result = analyze_text(text)
    deal = next(e for e in result.events if e.type == "AGREE")
    rep = next(r for r in reports_of(result) if r.event_id == deal.id)
    assert rep.when is not None and rep.when.start == date(2024, 11, 20)


def test_link_mutual_one_side_each_is_no_veto():
    # "Ethiopia agreed …" and "talks with Eritrea produced an agreement …": each names one
    # side of what may be one deal; neither vetoes the other.
    one = _deal("Ethiopia agreed on Tuesday to reopen the border crossing at Zalambessa to "
                "trade.", "Ethiopia agreed on Tuesday to reopen the border crossing at "
                "Zalambessa to trade", "Horn Wire", actor=("ETH",))
    other = _deal("Addis Ababa said the talks with Eritrea produced a deal to let traders "
                  "through the Zalambessa crossing again.", "a deal to let traders through "
                  "the Zalambessa crossing again", "Red Sea Post", recipient=("ERI",))
    assert pair_score(_report(one), _report(other)) is not None
