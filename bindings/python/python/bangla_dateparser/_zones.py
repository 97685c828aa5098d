"""Time zones given in Python terms, turned into the fixed offset the parser applies."""

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


def resolve_zone(zone: Optional[Zone], rule: str = "bd") -> datetime.tzinfo:
    """A ``tzinfo`` for ``zone``; None means the rule's region (Dhaka, or Kolkata for West Bengal)."""
    if zone is None:
        return _named("Asia/Kolkata" if rule.lower().startswith("wb") else "Asia/Dhaka")
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


def offset_seconds(zone: datetime.tzinfo, at: Optional[datetime.datetime]) -> int:
    """The zone's offset from UTC in seconds at local time ``at`` (or now)."""
    when = at if at is not None else datetime.datetime.now(zone).replace(tzinfo=None)
    offset = when.replace(tzinfo=zone).utcoffset()
    if offset is None:
        raise ValueError(f"time zone {zone!r} gives no UTC offset")
    return int(offset.total_seconds())


def zone_name(zone: datetime.tzinfo, seconds: int) -> str:
    """The name to give Arrow timestamps: the IANA key when there is one, else ``+HH:MM``."""
    key = getattr(zone, "key", None)
    if isinstance(key, str):
        return key
    name = zone.tzname(None)
    if name is not None and name.lower() in _FIXED and "/" in name:
        return name
    sign = "-" if seconds < 0 else "+"
    h, m = divmod(abs(seconds) // 60, 60)
    return f"{sign}{h:02}:{m:02}"
