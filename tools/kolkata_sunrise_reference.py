#!/usr/bin/env python3
"""Reference sunrise times at Kolkata, from the Swiss Ephemeris.

Writes tests/data/kolkata_sunrise_swisseph.tsv: the moment of sunrise at Kolkata (22.5726° N,
88.3639° E, the coordinates the crate uses) on the 1st and 15th of every month 1900-2100, in IST
(UTC+05:30), to the second, by two definitions:

- sunrise_ist: the upper limb's rise with standard refraction, the astronomical sunrise that
  newspapers and weather services print (swisseph's default rise_trans, CALC_RISE, with its
  refraction model at 1013.25 hPa and 15 °C);
- almanac_sunrise_ist: the upper limb's rise without refraction (BIT_NO_REFRACTION), the start
  of the day from which the almanacs' daṇḍa times fit best (tests/data/almanac_danda_times.tsv).

The crate never runs this; it is how the committed table was made:

    pip install pyswisseph
    python3 tools/kolkata_sunrise_reference.py > tests/data/kolkata_sunrise_swisseph.tsv

No ephemeris files are needed: without them swisseph uses its built-in Moshier theory
(FLG_MOSEPH, stated in the header).
"""

import datetime as dt

import swisseph as swe

LATITUDE = 22.5726
LONGITUDE = 88.3639
IST = dt.timedelta(hours=5, minutes=30)
JD_UNIX_EPOCH = 2440587.5


def sunrise_ist(day, flags=0):
    """The IST moment of sunrise on the IST civil date `day` (rise_trans flags `flags`)."""
    midnight_ut = swe.julday(day.year, day.month, day.day, 0.0) - 5.5 / 24.0
    geopos = (LONGITUDE, LATITUDE, 0.0)
    _, times = swe.rise_trans(
        midnight_ut, swe.SUN, swe.CALC_RISE | flags, geopos, 1013.25, 15.0, swe.FLG_MOSEPH
    )
    jd = times[0]
    seconds = round((jd - JD_UNIX_EPOCH) * 86400.0)
    return dt.datetime(1970, 1, 1) + dt.timedelta(seconds=seconds) + IST


def main():
    print(f"# sunrise at Kolkata ({LATITUDE} N, {LONGITUDE} E), IST; Swiss Ephemeris {swe.version}, FLG_MOSEPH")
    print("date\tsunrise_ist\talmanac_sunrise_ist")
    for year in range(1900, 2101):
        for month in range(1, 13):
            for d in (1, 15):
                day = dt.date(year, month, d)
                rise = sunrise_ist(day).strftime("%H:%M:%S")
                almanac = sunrise_ist(day, swe.BIT_NO_REFRACTION).strftime("%H:%M:%S")
                print(f"{day.isoformat()}\t{rise}\t{almanac}")


if __name__ == "__main__":
    main()
