"""An agentless passive after hosted talks ('a plan had been discussed') is no act of the host."""

TEXT = ("Ghana hosted two days of talks in Accra between delegations of Mali and Niger, the "
        "Ghanaian foreign ministry said on Tuesday.\n\n"
        "Officials in Accra said a plan for a border truce had been discussed but that the "
        "delegations had not been able to agree on it.\n")


def _event(result, trigger: str):
    return next(e for e in result.events if e.trigger.text == trigger)


def test_discourse_agentless_passive_does_not_take_the_host(analyze_text):
    result = analyze_text(TEXT)
    hosted = _event(result, "hosted")
    assert hosted.type == "CONSULT" and hosted.actor == ["GHA"]
    discussed = _event(result, "discussed")
    assert discussed.evidence.text.startswith("a plan for a border truce had been discussed")
    assert "GHA" not in discussed.actor


def test_discourse_agentless_passive_still_continues_an_attack(analyze_text):
    result = analyze_text("Mali's army shelled the rebel town of Kidal on Monday. Two depots "
                          "were shelled again on Tuesday.")
    again = [e for e in result.events if e.type == "ASSAULT" and e.trigger.start > 50]
    assert again and all(e.actor for e in again)
