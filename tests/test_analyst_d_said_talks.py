"""'said on Wednesday that talks with X had produced …': the talks came before the saying."""

from datetime import date

from wirecoder.link.records import reports_of

# published Wednesday 20 Nov 2024 (tests/conftest.py)
PERFECT = ("Rebel leaders in northern Mali said on Wednesday that talks with the government "
           "of Mali in Algiers had produced an agreement to release 50 prisoners.")
PRESENT = ("Rebel leaders in northern Mali said on Wednesday that talks with the government "
           "of Mali in Algiers are producing an agreement to release 50 prisoners.")


def _talks(result):
    ev = next(e for e in result.events if e.type == "CONSULT")
    return next(r for r in reports_of(result) if r.event_id == ev.id)


def test_records_talks_told_in_the_perfect_reach_back_before_the_saying(analyze_text):
    rep = _talks(analyze_text(PERFECT))
    assert rep.when is not None
    assert rep.when.end == date(2024, 11, 20)
    assert rep.when.start < date(2024, 11, 20)


def test_records_talks_told_in_the_present_keep_the_saying_day(analyze_text):
    rep = _talks(analyze_text(PRESENT))
    assert rep.when is not None and rep.when.start == date(2024, 11, 20)
