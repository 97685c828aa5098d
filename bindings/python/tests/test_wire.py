"""The package decides nothing the library decides: a match, a mention and an error are the
library's serde form (names, codes, values), and every name a setting takes is read by the
library. Each test here failed before the package was made to serialize the library's values
(issue 17, "the bindings are mechanical")."""

from __future__ import annotations

import datetime
import json
import shutil
import subprocess

import pytest

import bangla_dateparser as bd
from bangla_dateparser import BanglaDate, Parser, ParseError

from conftest import REPO, in_bytes


def test_an_unanchored_mention_is_unanchored():
    # It was {"to": "none"} here, {"to": "unanchored"} in the library and in JavaScript.
    doc = Parser().read_document("গতকাল সভা হয়।")
    assert doc[0].anchor == {"to": "unanchored"}
    assert doc.to_dict()["mentions"][0]["anchor"] == {"to": "unanchored"}


def test_day_periods_are_the_librarys_codes():
    # They were the Bengali words (সকাল, রাত); the serde form says morning, night.
    assert Parser().parse("সকাল ১০টা").period == "morning"
    assert Parser().parse("রাত ৯টা").period == "night"
    assert Parser().parse("ভোর ৫টা").period == "dawn"
    doc = Parser(reference=datetime.datetime(2024, 6, 14, 9)).read_document("গতকাল সন্ধ্যায় সভা হয়।")
    assert doc[0].period == "evening" and doc[0].to_dict()["period"] == "evening"


def test_a_month_is_read_by_the_library():
    # বোশেখ (a spelling of বৈশাখ the parser reads) was refused by a lookup of the package's own.
    assert BanglaDate(1432, "বোশেখ", 1) == BanglaDate(1432, "বৈশাখ", 1) == BanglaDate(1432, 1, 1)
    assert BanglaDate(1432, "boishakh", 1) == BanglaDate(1432, "1", 1)
    with pytest.raises(ValueError, match="unknown month `Smarch`"):
        BanglaDate(1432, "Smarch", 1)


def test_rule_names_come_from_the_library_and_include_infer():
    assert bd.RULE_CHOICES == ("evidence", "infer") + bd.RULES
    with pytest.raises(ValueError) as info:
        Parser(rule="bd2020")
    message = str(info.value)
    assert "evidence, infer, bd2019" in message and message.startswith("rule: unknown rule `bd2020`")
    # About an argument, not text: no place (it said "(at bytes 0..6)").
    assert "bytes" not in message and "at characters" not in message
    for bad in (lambda: BanglaDate(1432, 1, 1, rule="x"), lambda: bd.format(datetime.date(2026, 1, 2), "bangla", rule="x")):
        with pytest.raises(ValueError) as info:
            bad()
        assert "bytes" not in str(info.value) and "wb-ss" in str(info.value)
    assert Parser(rule="INFER").parse("০২ জানুয়ারী ২০২৬, ১৯ পৌষ ১৪৩২ বঙ্গাব্দ").warnings == []


def test_year_resolution_is_read_by_the_library():
    with pytest.raises(ValueError, match=r"^prefer: unknown year resolution `soon` \(expected one of: nearest, past, future\)$"):
        Parser(prefer="soon")  # type: ignore[arg-type]
    # dateparser's name is dateparser's interface's, not the Parser's.
    with pytest.raises(ValueError, match="current_period"):
        Parser(prefer="current_period")  # type: ignore[arg-type]
    base = {"RELATIVE_BASE": datetime.datetime(2025, 12, 30), "PREFER_DATES_FROM": "current_period"}
    assert bd.parse("৫ জানুয়ারি", settings=base) == datetime.datetime(2026, 1, 5)


def test_errors_say_their_place_in_characters():
    with pytest.raises(ParseError) as info:
        bd.format(datetime.date(2026, 1, 2), "তারিখ %Q")
    e = info.value
    assert (e.kind, e.start, e.end, e.span) == ("unknown-directive", 6, 8, {"start": 6, "end": 8})
    assert str(e).endswith("(at characters 6..8)") and "bytes" not in str(e)
    assert e.message == "unknown format directive `%Q` (see the directive table of bangla_date::format)"
    with pytest.raises(ParseError) as info:
        Parser().extract("😀 ৩২ জানুয়ারি", errors="raise")
    assert info.value.span == {"start": 2, "end": len("😀 ৩২ জানুয়ারি")}
    with pytest.raises(ParseError) as info:
        Parser().parse("")
    assert (info.value.kind, info.value.span, info.value.start) == ("empty", None, None)


@pytest.mark.parametrize(
    "call",
    [
        lambda: Parser(rule=5),  # type: ignore[arg-type]
        lambda: Parser(prefer=5),  # type: ignore[arg-type]
        lambda: Parser(timezone=5),  # type: ignore[arg-type]
        lambda: Parser(night_follows_day="yes"),  # type: ignore[arg-type]
        lambda: Parser(read_on="2026-12-07"),  # type: ignore[arg-type]
        lambda: bd.parse("আজ", settings=["x"]),  # type: ignore[arg-type]
        lambda: bd.parse("আজ", rule=5),  # type: ignore[arg-type]
        lambda: bd.search_dates("আজ", settings=["x"]),  # type: ignore[arg-type]
        lambda: bd.read_document("আজ", settings=["x"]),  # type: ignore[arg-type]
        lambda: BanglaDate(1432, 1, 1, rule=5),  # type: ignore[arg-type]
        lambda: BanglaDate(1432, 1.5, 1),  # type: ignore[arg-type]
        lambda: bd.parse_arrow(["আজ"], rule=5),  # type: ignore[arg-type]
    ],
)
def test_wrong_types_are_type_errors(call):
    # Parser(rule=5) and settings=['x'] raised AttributeError once; they must stay TypeErrors.
    with pytest.raises(TypeError):
        call()


def test_a_day_alone_starts_in_the_zone_the_library_read_it_in():
    aware = {"RETURN_AS_TIMEZONE_AWARE": True}
    # The weekday chose West Bengal's almanac, so the library reads the date in Kolkata time;
    # the package placed its midnight in Dhaka (+06:00) by a zone choice of its own.
    dt = bd.parse("১৭ আষাঢ়, ১৪৩১ মঙ্গলবার", settings=aware)
    assert dt == datetime.datetime(2024, 7, 2, tzinfo=datetime.timezone(datetime.timedelta(hours=5, minutes=30)))
    # Dhaka's daylight saving time of 2009, for a day and for a time alone.
    dt = bd.parse("১৫ জুলাই ২০০৯", settings=aware)
    assert dt is not None and dt.utcoffset() == datetime.timedelta(hours=7)
    dt = bd.parse("সকাল ১০টা", settings={**aware, "RELATIVE_BASE": datetime.datetime(2009, 7, 15, 12)})
    assert dt == datetime.datetime(2009, 7, 15, 10, tzinfo=datetime.timezone(datetime.timedelta(hours=7)))
    # The hour the clocks skipped (19 June 2009, 23:00 to 24:00) takes the offset before it.
    p = Parser()
    assert p.localize(datetime.datetime(2009, 6, 19, 23, 30)).utcoffset() == datetime.timedelta(hours=6)
    assert p.localize(datetime.datetime(1900, 1, 2, 10)).isoformat() == "1900-01-02T10:00:00+05:53:20"


def test_an_aware_reference_is_read_in_the_librarys_zone():
    utc = datetime.datetime(2025, 12, 31, 20, 0, tzinfo=datetime.timezone.utc)
    assert Parser(reference=utc).reference == datetime.datetime(2026, 1, 1, 2, 0)
    assert Parser(reference=utc, rule="wb-drik").reference == datetime.datetime(2026, 1, 1, 1, 30)
    assert Parser(reference=utc, timezone="+05:00").reference == datetime.datetime(2026, 1, 1, 1, 0)
    # With no RELATIVE_BASE, dateparser's interface takes now in the same zone.
    assert bd.parse("আজ", settings={"RETURN_AS_TIMEZONE_AWARE": True}).utcoffset() == datetime.timedelta(hours=6)


def test_a_historical_offset_keeps_its_seconds():
    m = Parser().parse("১৯০০ সালের ২ জানুয়ারি সকাল ১০টা")
    assert m.to_dict()["datetime"] == "1900-01-02T10:00:00+05:53:20"
    assert m.datetime.utcoffset() == datetime.timedelta(hours=5, minutes=53, seconds=20)
    assert "+05:53:20" in repr(m)


def test_records_are_the_clis_with_character_spans():
    """The same strings through the CLI (`--json`, `--document --json`) and through the package:
    the same records, once the package's character spans are made bytes again."""
    cargo = shutil.which("cargo")
    if cargo is None:
        pytest.skip("cargo not found")
    text = "😀 শনিবার, ২ জানুয়ারি ২০২৬ রাত ১০টা; ৩২ জুন; গতকাল ১৮ মিনিট আগে ৩টা\n"
    run = lambda *args, **kw: subprocess.run(  # noqa: E731
        [cargo, "run", "-q", "--example", "convert", "--", *args], input=text, capture_output=True,
        text=True, cwd=REPO, check=True, **kw
    ).stdout
    line = json.loads(run("--json", "--reference", "2026-01-03T09:00"))
    p = Parser(reference=datetime.datetime(2026, 1, 3, 9))
    raw = text.encode("utf-8")
    cli = [dict(m, text=raw[m["span"]["start"] : m["span"]["end"]].decode()) for m in line["matches"]]
    assert [in_bytes(text, m.to_dict()) for m in p.extract(text)] == cli
    assert len(cli) >= 2 and "error" in line
    document = json.loads(run("--document", "--json", "--reference", "2026-01-03T09:00"))
    for e in document["errors"]:
        del e["char_span"]
    assert in_bytes(text, p.read_document(text).to_dict()) == document
