"""Generated rows in the shapes real Bengali pages print, for the recipes and benchmarks.

The shapes are those of the shared corpus (news headers and bylines, datelines, relative times,
day periods, numeric dates, Bangabda dates, ranges), filled with random moments of 2015-2026,
plus a share of rows with no date, invalid dates and nulls, as real columns have.
"""

from __future__ import annotations

import datetime
import random
from typing import List, Optional

import bangla_dateparser as bd

MONTHS = ["জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর"]
WEEKDAYS = ["সোমবার", "মঙ্গলবার", "বুধবার", "বৃহস্পতিবার", "শুক্রবার", "শনিবার", "রোববার"]
PERIODS = [("ভোর", 4, 6), ("সকাল", 6, 12), ("দুপুর", 12, 13), ("বিকাল", 16, 18), ("সন্ধ্যা", 18, 20), ("রাত", 20, 24)]


def digits(n: int, width: int = 1) -> str:
    return bd.to_bengali_digits(str(n).zfill(width))


def one(rnd: random.Random) -> Optional[str]:
    start = datetime.datetime(2015, 1, 1)
    at = start + datetime.timedelta(minutes=rnd.randrange(0, 12 * 365 * 24 * 60))
    kind = rnd.randrange(16)
    if kind == 0:
        return bd.format(at, "header", rule=rnd.choice(["bd2019", "bd1987"]))
    if kind == 1:
        return f"প্রকাশ: {digits(at.day, 2)} {MONTHS[at.month - 1]} {digits(at.year)} | {digits(at.hour, 2)}:{digits(at.minute, 2)}"
    if kind == 2:
        return "আপডেট: " + bd.format(at, "byline")
    if kind == 3:
        return bd.format(at.date(), "dateline", rule="bd2019")
    if kind == 4:
        name, lo, hi = rnd.choice(PERIODS)
        hour = rnd.randrange(lo, hi) % 12 or 12
        return f"{WEEKDAYS[at.weekday()]} ({digits(at.day)} {MONTHS[at.month - 1]}) {name} {digits(hour)}টার দিকে"
    if kind == 5:
        name, lo, hi = rnd.choice(PERIODS)
        return f"{name} {digits(rnd.randrange(lo, hi) % 12 or 12)}টা"
    if kind == 6:
        return f"{digits(at.day, 2)}/{digits(at.month, 2)}/{digits(at.year)}"
    if kind == 7:
        return at.strftime("%d %B %Y, %I:%M %p")
    if kind == 8:
        return str(bd.BanglaDate.from_gregorian(at.date(), rule="bd2019"))
    if kind == 9:
        first = at.day % 24 + 1
        return f"{digits(first)}-{digits(first + 4)} {MONTHS[at.month - 1]}"
    if kind == 10:
        return f"গত {WEEKDAYS[at.weekday()]} {digits(rnd.randrange(1, 60))} মিনিট আগে"
    if kind == 11:
        return "ঢাকা সোমবার, " + f"{digits(at.day, 2)} {MONTHS[at.month - 1]} {digits(at.year)}"
    if kind == 12:
        return f"{digits(rnd.choice([30, 31, 32]))} {MONTHS[1]} {digits(at.year)}"  # often invalid
    if kind == 13:
        return "সংবাদ সম্মেলনে তিনি এসব কথা বলেন।"
    if kind == 14:
        return None
    return at.isoformat(timespec="minutes") + "+06:00"


def generate(n: int, seed: int = 11) -> List[Optional[str]]:
    """``n`` rows; the same seed gives the same rows."""
    rnd = random.Random(seed)
    base = [one(rnd) for _ in range(min(n, 5000))]
    # Repeat a few thousand distinct rows rather than format a million: the parser sees every
    # row anyway, and generating stays cheap next to what is measured.
    return [base[i % len(base)] for i in range(n)]
