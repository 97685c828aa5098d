"""`Parser.read_document`: whole texts, every mention anchored, agreeing with the Rust API.

The Rust side is the library's `convert` example in document mode (`cargo run --features serde
--example convert -- --document --json`), which prints every mention with byte spans; here
those spans are turned into character indices independently (by decoding the UTF-8 prefix) and
compared with what `read_document` returns, mention by mention, on the shared articles.
"""

from __future__ import annotations

import csv
import datetime
import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Dict, List, Optional

import pytest

import bangla_dateparser as bd
from bangla_dateparser import Parser, ParseError

from conftest import REPO

STORY = "বুধবার (১২ জুন) সকালে মিছিল হয়। পরদিন সন্ধ্যা ৭টায় সমাবেশ। গভীর রাতে তা শেষ হয়। তিন দিন ধরে প্রতি শুক্রবার এমন হবে।"
PUBLISHED = datetime.datetime(2024, 6, 14, 9, 0)


def test_a_story_is_read_in_order_and_anchored():
    doc = Parser(reference=PUBLISHED).read_document(STORY)
    assert [m.value for m in doc.mentions] == ["2024-06-12TMO", "2024-06-13T19:00", "2024-06-13TNI", "P3D", "XXXX-WXX-5"]
    assert [m.kind for m in doc] == ["point", "point", "point", "duration", "set"]
    for m in doc:
        assert STORY[m.start : m.end] == m.text
    first, next_day, night, days, fridays = doc.mentions
    assert first.text == "বুধবার (১২ জুন) সকালে" and first.date == datetime.date(2024, 6, 12)
    assert first.period == "সকাল" and first.time is None and first.datetime is None
    # পরদিন: the day after the first mention, which the anchor points at in characters.
    assert next_day.anchor == {"to": "mention", "rule": "back-reference", "start": first.start, "end": first.end, "days": 1}
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
    assert yesterday.anchor == {"to": "none"}
    assert written.value == "1975-08-15" and written.date == datetime.date(1975, 8, 15)
    assert written.anchor == {"to": "written"}


def test_assumptions_warnings_errors_and_to_dict():
    text = "৩২ জানুয়ারি ২০২৪ সভা হবে। ১০ জানুয়ারি ২০২৪, বুধবার বিকেল ৩টায় শুরু।"
    doc = Parser(reference=datetime.datetime(2024, 1, 5)).read_document(text)
    # The invalid date is reported, with its characters, not raised and not a mention.
    assert [(e.kind, text[e.start : e.end]) for e in doc.errors] == [("day-out-of-range", "৩২ জানুয়ারি ২০২৪")]
    assert all(isinstance(e, ParseError) for e in doc.errors)
    m = doc[0]
    assert m.value == "2024-01-10T15:00" and m.match is not None and m.match.weekday == 2
    # 10 January 2024 was a Wednesday: no weekday warning; the Match says so too.
    assert [w.code for w in m.warnings] == [w.code for w in m.match.warnings]
    d = doc.to_dict()
    assert d["errors"][0]["kind"] == "day-out-of-range" and d["errors"][0]["start"] == 0
    md = d["mentions"][0]
    assert md["value"] == "2024-01-10T15:00" and md["text"] == m.text and md["anchor"] == {"to": "written"}
    assert md["date"] == datetime.date(2024, 1, 10) and md["kind"] == "point"
    assert set(md) >= {"start", "end", "assumptions", "warnings", "role", "datetime", "period"}
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


def chars(text: str, byte: int) -> int:
    return len(text.encode("utf-8")[:byte].decode("utf-8"))


def rust_document(text: str, reference: Optional[str]) -> dict:
    cargo = shutil.which("cargo")
    if cargo is None:
        pytest.skip("cargo not found: the Rust side of the comparison cannot run")
    args = [cargo, "run", "-q", "--features", "serde", "--example", "convert", "--", "--document", "--json"]
    if reference:
        args += ["--reference", reference]
    done = subprocess.run(args, input=text, capture_output=True, text=True, cwd=REPO, check=True)
    return json.loads(done.stdout)


def rust_view(text: str, j: dict) -> dict:
    anchor = dict(j["anchor"])
    for key in ("start", "end"):
        if key in anchor:
            anchor[key] = chars(text, anchor[key])
    return {
        "start": chars(text, j["start"]),
        "end": chars(text, j["end"]),
        "text": j["text"],
        "kind": j["kind"],
        "value": j["value"],
        "date": j["date"],
        "time": j["time"],
        "datetime": j["datetime"],
        "role": j["role"],
        "anchor": anchor,
        "assumptions": j["assumptions"],
    }


def rfc3339(dt: datetime.datetime) -> str:
    """As chrono's `to_rfc3339` prints it: an offset with seconds (local mean time before 1890,
    `+06:01:40`) rounded to the minute."""
    offset = dt.utcoffset()
    assert offset is not None
    minutes = round(offset.total_seconds() / 60)
    sign = "-" if minutes < 0 else "+"
    return dt.replace(tzinfo=None).isoformat() + f"{sign}{abs(minutes) // 60:02}:{abs(minutes) % 60:02}"


def python_view(m) -> dict:
    return {
        "start": m.start,
        "end": m.end,
        "text": m.text,
        "kind": m.kind,
        "value": m.value,
        "date": None if m.date is None else m.date.isoformat(),
        "time": None if m.time is None else m.time.strftime("%H:%M:%S"),
        "datetime": None if m.datetime is None else rfc3339(m.datetime),
        "role": m.role,
        "anchor": m.anchor,
        "assumptions": m.assumptions,
    }


def test_python_agrees_with_rust_on_the_articles():
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
        doc = Parser(reference=ref).read_document(text)
        rust = rust_document(text, reference)
        ours: List[dict] = [python_view(m) for m in doc]
        theirs = [rust_view(text, j) for j in rust["mentions"]]
        assert ours == theirs, path.name
        for m in doc:
            assert text[m.start : m.end] == m.text
        assert [(chars(text, e["start"]), chars(text, e["end"])) for e in rust["errors"]] == [
            (e.start, e.end) for e in doc.errors
        ], path.name
        mentions += len(ours)
        anchored += sum(m["anchor"]["to"] == "mention" for m in ours)
    # The articles are real: many mentions, some anchored to other mentions.
    assert mentions >= 100 and anchored >= 5, (mentions, anchored)
