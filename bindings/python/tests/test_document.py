"""`Parser.read_document`: whole texts, every mention anchored, agreeing with the Rust API.

The Rust side is the library's `convert` example in document mode (`cargo run --example convert
-- --document --json`), which prints the serde form of every mention with byte spans; here the
character spans of `Document.to_dict()` are turned into bytes independently (by encoding the
prefix) and the two must be equal, record for record, on the shared articles.
"""

from __future__ import annotations

import csv
import datetime
import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Dict, Optional

import pytest

import bangla_dateparser as bd
from bangla_dateparser import Parser, ParseError

from conftest import READ_ON, REPO, in_bytes, without

STORY = "বুধবার (১২ জুন) সকালে মিছিল হয়। পরদিন সন্ধ্যা ৭টায় সমাবেশ। গভীর রাতে তা শেষ হয়। তিন দিন ধরে প্রতি শুক্রবার এমন হবে।"
PUBLISHED = datetime.datetime(2024, 6, 14, 9, 0)


def test_a_story_is_read_in_order_and_anchored():
    doc = Parser(reference=PUBLISHED).read_document(STORY)
    assert [m.value for m in doc.mentions] == ["2024-06-12TMO", "2024-06-13T19:00", "2024-06-13TNI", "P3D", "XXXX-WXX-5"]
    # The kind is the serde form's: a type tag, with a duration's or a recurrence's fields.
    assert [m.kind["type"] for m in doc] == ["point", "point", "point", "duration", "set"]
    assert doc[3].kind == {"type": "duration", "years": 0, "months": 0, "weeks": 0, "days": 3, "hours": 0,
                           "minutes": 0, "seconds": 0}
    assert doc[4].kind == {"type": "set", "weekday": "Fri", "nth_of_month": None}
    for m in doc:
        assert STORY[m.start : m.end] == m.text
    first, next_day, night, days, fridays = doc.mentions
    assert first.text == "বুধবার (১২ জুন) সকালে" and first.date == datetime.date(2024, 6, 12)
    assert first.period == "morning" and first.time is None and first.datetime is None
    # পরদিন: the day after the first mention, which the anchor points at in characters.
    assert next_day.anchor == {
        "to": "mention", "rule": "back-reference", "from": {"start": first.start, "end": first.end}, "days": 1
    }
    assert next_day.datetime == datetime.datetime(2024, 6, 13, 19, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=6)))
    # A day part alone keeps the day of its paragraph and reports no invented clock time.
    assert night.date == datetime.date(2024, 6, 13) and night.time is None
    assert night.anchor["to"] == "mention"
    assert days.date is None and days.anchor == {"to": "written"}
    assert fridays.text == "প্রতি শুক্রবার"
    assert len(doc) == 5 and doc[-1].value == "XXXX-WXX-5" and doc.errors == []
    assert [m.value for m in doc[3:]] == ["P3D", "XXXX-WXX-5"]
    with pytest.raises(IndexError):
        doc[5]


def test_without_a_reference_a_relative_day_is_unanchored():
    doc = Parser().read_document("গতকাল বৈঠক হয়। ১৫ আগস্ট ১৯৭৫ সালে তিনি নিহত হন।")
    yesterday, written = doc
    assert yesterday.text == "গতকাল" and yesterday.value is None and yesterday.date is None
    # The library's name (it was "none" here, "unanchored" in JavaScript and the CLI).
    assert yesterday.anchor == {"to": "unanchored"}
    assert written.value == "1975-08-15" and written.date == datetime.date(1975, 8, 15)
    assert written.anchor == {"to": "written"}


def test_a_year_of_another_era_names_its_era():
    doc = Parser().read_document("পঞ্জিকা মতে এখন ১৯৪৭ শকাব্দ। ১৫ আগস্ট ২০২৬ সভা হবে। কলিযুগাব্দ ৫১২৭ চলছে।")
    eras = [(m.text, m.era_year) for m in doc if m.era_year is not None]
    # Śaka 1947 begins on 22 March 2025 (Gregorian year + 78 from then); Kali Yuga 5127 begins at
    # Mesha sankranti in April 2026 (CE + 3101 from mid-April): DOMAIN.md §2.
    assert eras == [
        ("১৯৪৭ শকাব্দ", {"era": "saka", "year": 1947, "gregorian": [2025, 2026]}),
        ("কলিযুগাব্দ ৫১২৭", {"era": "kali-yuga", "year": 5127, "gregorian": [2026, 2027]}),
    ]
    assert all(m.to_dict()["era_year"] == m.era_year for m in doc)
    assert all(m.era_year is None for m in doc if m.kind != {"type": "other-calendar"})


def test_assumptions_warnings_errors_and_to_dict():
    text = "৩২ জানুয়ারি ২০২৪ সভা হবে। ১০ জানুয়ারি ২০২৪, বুধবার বিকেল ৩টায় শুরু।"
    doc = Parser(reference=datetime.datetime(2024, 1, 5)).read_document(text)
    # The invalid date is reported, with its characters, not raised and not a mention.
    assert [(e.kind, text[e.start : e.end]) for e in doc.errors] == [("day-out-of-range", "৩২ জানুয়ারি ২০২৪")]
    assert all(isinstance(e, ParseError) for e in doc.errors)
    m = doc[0]
    assert m.value == "2024-01-10T15:00" and m.expression is not None and m.expression.weekday == "Wed"
    assert text[m.expression.start : m.expression.end] == m.expression.text
    # 10 January 2024 was a Wednesday: no weekday warning; the Match says so too.
    assert [w.kind for w in m.warnings] == [w.kind for w in m.expression.warnings] == []
    # to_dict() is the library's serde form, spans in characters, with the text.
    d = doc.to_dict()
    assert d["errors"] == [{
        "kind": "day-out-of-range",
        "message": "day 32 is out of range for January 2024 (expected 1..=31)",
        "span": {"start": 0, "end": len("৩২ জানুয়ারি ২০২৪")},
    }]
    md = d["mentions"][0]
    assert md["value"] == "2024-01-10T15:00" and md["text"] == m.text and md["anchor"] == {"to": "written"}
    assert md["date"] == "2024-01-10" and md["kind"] == {"type": "point"}
    assert md["datetime"] == "2024-01-10T15:00:00+06:00" and md["period"] == "afternoon"
    assert list(md) == ["start", "end", "kind", "date", "time", "datetime", "period", "year", "month", "week",
                        "role", "anchor", "assumptions", "value", "warnings", "expression", "era_year",
                        "text"]
    # The expression inside is a Match's serde form (without a text of its own).
    assert md["expression"] == {k: v for k, v in m.expression.to_dict().items() if k != "text"}
    # A bare hour is read in working hours, a range's end after its start, and both say so.
    text = "ক্লাস সকাল ৯টা থেকে সাড়ে ৩টা পর্যন্ত চলবে। দোকান ৩টা পর্যন্ত খোলা থাকবে।"
    by_text = {m.text: m for m in Parser().read_document(text)}
    assert by_text["সাড়ে ৩টা"].value == "T15:30"
    assert by_text["৩টা"].time == datetime.time(15, 0) and by_text["৩টা"].assumptions == ["working-hours"]


def test_module_level_read_document_takes_dateparser_settings():
    doc = bd.read_document(STORY, settings={"RELATIVE_BASE": PUBLISHED})
    assert [m.value for m in doc] == [m.value for m in Parser(reference=PUBLISHED).read_document(STORY)]
    with pytest.raises(ValueError, match="TO_TIMEZONE"):
        bd.read_document(STORY, settings={"TO_TIMEZONE": "UTC"})
    assert len(bd.read_document("")) == 0


# --- agreement with the Rust API on the shared articles ------------------------------------


def articles_dir() -> Path:
    root = Path(os.environ.get("BANGLA_CORPUS", REPO.parent / "shared" / "corpus"))
    return root / "articles"


def references(folder: Path) -> Dict[str, Optional[str]]:
    """Each article's publication moment from the gold file, as the Rust article test reads it."""
    out: Dict[str, Optional[str]] = {}
    with (folder / "annotations.tsv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            r = (row.get("reference") or "").strip()
            if len(r) == 7:  # `2018-12`: only the month is known; its first day stands in
                r += "-01"
            if len(r) == 10:
                r += "T12:00"
            out.setdefault(row["article"], r if len(r) == 16 else None)
    return out


def rust_document(text: str, reference: Optional[str]) -> dict:
    cargo = shutil.which("cargo")
    if cargo is None:
        pytest.skip("cargo not found: the Rust side of the comparison cannot run")
    args = [cargo, "run", "-q", "--example", "convert", "--", "--document", "--json"]
    args += ["--read-on", READ_ON.isoformat()]
    if reference:
        args += ["--reference", reference]
    done = subprocess.run(args, input=text, capture_output=True, text=True, cwd=REPO, check=True)
    return json.loads(done.stdout)


def test_python_agrees_with_rust_on_the_articles():
    """Every mention's whole record (the serde form, with its text) and every error, with the
    spans turned back into bytes, equals what the CLI prints."""
    folder = articles_dir()
    files = sorted(folder.glob("D*.txt"))
    if not files or not (folder / "annotations.tsv").exists():
        pytest.skip(f"shared articles not found in {folder} (set BANGLA_CORPUS to the corpus folder)")
    refs = references(folder)
    mentions = anchored = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        reference = refs.get(path.stem)
        ref = None if reference is None else datetime.datetime.fromisoformat(reference)
        doc = Parser(reference=ref, read_on=READ_ON).read_document(text)
        rust = rust_document(text, reference)
        ours = in_bytes(text, doc.to_dict())
        theirs = {"mentions": rust["mentions"], "errors": [without(e, "char_span") for e in rust["errors"]]}
        assert ours == theirs, path.name
        for m in doc:
            assert text[m.start : m.end] == m.text
        mentions += len(doc)
        anchored += sum(m.anchor["to"] == "mention" for m in doc)
    # The articles are real: many mentions, some anchored to other mentions.
    assert mentions >= 100 and anchored >= 5, (mentions, anchored)
