"""Time zones given in Python terms: handed to the library as a name or an offset (which reads
clock times in them, with their history), and made ``tzinfo`` objects for converting results."""

from __future__ import annotations

import datetime
import re
from typing import Optional, Union

Zone = Union[str, datetime.tzinfo, datetime.timedelta]

_OFFSET = re.compile(r"^(?:UTC|GMT)?([+-])(\d{1,2}):?(\d{2})?$")

#: The zones Bengali text is written in, for machines without the IANA database (zoneinfo
#: needs the system's or the `tzdata` package's). Neither has had daylight saving since 2009.
_FIXED = {
    "asia/dhaka": datetime.timedelta(hours=6),
    "asia/dacca": datetime.timedelta(hours=6),
    "asia/kolkata": datetime.timedelta(hours=5, minutes=30),
    "asia/calcutta": datetime.timedelta(hours=5, minutes=30),
    "utc": datetime.timedelta(0),
    "z": datetime.timedelta(0),
    "gmt": datetime.timedelta(0),
}


def _named(name: str) -> datetime.tzinfo:
    try:
        import zoneinfo

        return zoneinfo.ZoneInfo(name)
    except Exception:  # zoneinfo absent, no database, or unknown name
        fixed = _FIXED.get(name.lower())
        if fixed is None:
            raise ValueError(
                f"unknown time zone {name!r} (expected an IANA name such as Asia/Dhaka, or an offset such as +06:00)"
            ) from None
        return datetime.timezone(fixed, name)


def resolve_zone(zone: Zone) -> datetime.tzinfo:
    """A ``tzinfo`` for ``zone`` (a name, an offset, a tzinfo or a timedelta): for converting
    results to a zone the caller names (``TO_TIMEZONE``, :attr:`Parser.timezone`). The zone
    clock times are read in is the library's business."""
    if isinstance(zone, datetime.tzinfo):
        return zone
    if isinstance(zone, datetime.timedelta):
        return datetime.timezone(zone)
    if isinstance(zone, str):
        m = _OFFSET.match(zone.strip())
        if m:
            sign = -1 if m.group(1) == "-" else 1
            delta = datetime.timedelta(hours=int(m.group(2)), minutes=int(m.group(3) or 0))
            if delta >= datetime.timedelta(hours=24):
                raise ValueError(f"time zone offset {zone!r} is out of range")
            return datetime.timezone(sign * delta)
        return _named(zone.strip())
    raise TypeError(f"timezone must be a name, a tzinfo or a timedelta, got {type(zone).__name__}")


def zone_string(zone: Optional[Zone], at: Optional[datetime.datetime]) -> Optional[str]:
    """The zone as the parser takes it: an IANA name (its history is the parser's business) or
    a ``+HH:MM`` offset. A tzinfo without a name gives its offset at local time ``at`` (or now)."""
    if zone is None:
        return None
    if isinstance(zone, str):
        return zone.strip()
    if isinstance(zone, datetime.timedelta):
        return _offset_text(zone)
    key = getattr(zone, "key", None)
    if isinstance(key, str):
        return key
    if isinstance(zone, datetime.tzinfo):
        when = at if at is not None else datetime.datetime.now(zone).replace(tzinfo=None)
        offset = when.replace(tzinfo=zone).utcoffset()
        if offset is None:
            raise ValueError(f"time zone {zone!r} gives no UTC offset")
        return _offset_text(offset)
    raise TypeError(f"timezone must be a name, a tzinfo or a timedelta, got {type(zone).__name__}")


def _offset_text(offset: datetime.timedelta) -> str:
    seconds = int(offset.total_seconds())
    if seconds % 60:
        raise ValueError(f"time zone offset {offset} is not a whole number of minutes")
    sign = "-" if seconds < 0 else "+"
    h, m = divmod(abs(seconds) // 60, 60)
    return f"{sign}{h:02}:{m:02}"
