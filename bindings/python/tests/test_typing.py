"""The package is typed (py.typed, stubs): a strict mypy run over code that uses the public API
must find the types it promises. Skipped when mypy is not installed (dev.sh installs it)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("mypy")

USE = '''
import datetime
from typing import List, Optional, Tuple

import bangla_dateparser as bd

when: Optional[datetime.datetime] = bd.parse("২৮ ডিসেম্বর ২০২৫", languages=["bn"], date_formats=["%d-%m-%Y"])
found = bd.search_dates("সভা ২৮ ডিসেম্বর ২০২৫ তারিখে", languages=["bn"], settings={"PREFER_DATES_FROM": "past"})
parser = bd.Parser(rule="bd2019", timezone="Asia/Dhaka", reference=datetime.date(2025, 12, 30), prefer="past")
m: bd.Match = parser.parse("২৮ ডিসেম্বর ২০২৫")
day: Optional[datetime.date] = m.date
clock: Optional[datetime.time] = m.time
moment: Optional[datetime.datetime] = m.datetime
span: Tuple[int, int] = (m.start, m.end)
codes: List[str] = [w.code for w in m.warnings]
doc = parser.read_document("গতকাল সভা হয়।")
values: List[Optional[str]] = [x.value for x in doc.mentions]
gregorian: datetime.date = bd.BanglaDate.from_gregorian(datetime.date(2026, 1, 2), rule="bd2019").to_gregorian()
text: str = bd.format(datetime.datetime(2026, 1, 2, 17, 41), "header", rule="bd2019")
try:
    parser.parse("৩২ জানুয়ারি")
except bd.ParseError as e:
    where: Tuple[Optional[int], Optional[int], str] = (e.start, e.end, e.kind)
'''

WRONG = '''
import datetime
import bangla_dateparser as bd

m = bd.Parser().parse("২৮ ডিসেম্বর ২০২৫")
wrong: datetime.datetime = m.date
'''


def mypy(tmp_path: Path, source: str) -> subprocess.CompletedProcess:
    path = tmp_path / "use.py"
    path.write_text(source, encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--ignore-missing-imports", str(path)],
        capture_output=True, text=True, cwd=tmp_path,
    )


def test_the_public_api_type_checks(tmp_path: Path) -> None:
    done = mypy(tmp_path, USE)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_types_are_precise(tmp_path: Path) -> None:
    # Match.date is a date, not a datetime (the stub once read `datetime.date` as Match.datetime).
    done = mypy(tmp_path, WRONG)
    assert done.returncode == 1 and 'Incompatible types in assignment (expression has type "date | None"' in done.stdout, done.stdout
