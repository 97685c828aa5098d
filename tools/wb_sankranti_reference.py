#!/usr/bin/env python3
"""Reference sankranti times for the `wb-drik` rule, from the Swiss Ephemeris.

Writes tests/data/wb_drik_sankranti_swisseph.tsv: every moment in 1900-2100 at which the
Sun's sidereal longitude (Lahiri ayanamsa, swisseph SIDM_LAHIRI) crosses a multiple of 30
degrees, in UT (Julian day) and IST (UTC+05:30), under two conventions:

- `jd_ut` / `ist`: the Sun's apparent tropical longitude (with nutation) minus the *mean*
  Lahiri ayanamsa (swe_get_ayanamsa_ex_ut with FLG_NONUT). This is the convention whose
  sankranti times reproduce drikpanchang's month starts, and the one `wb-drik` uses.
- `jd_ut_true_ayanamsa`: swisseph's own sidereal longitude (FLG_SIDEREAL), i.e. apparent
  longitude minus the *true* ayanamsa, in which nutation cancels. It differs from the first
  by the nutation in longitude (up to about 17 arcseconds, i.e. 7 minutes of time).

The crate never runs this; it is how the committed table was made:

    pip install pyswisseph
    python3 tools/wb_sankranti_reference.py > tests/data/wb_drik_sankranti_swisseph.tsv

No ephemeris files are needed: without them swisseph uses its built-in Moshier theory
(FLG_MOSEPH, stated in the header). swisseph applies its own Delta T model, so the UT
times carry that model too.
"""

import datetime as dt

import swisseph as swe

EPHEMERIS = swe.FLG_MOSEPH
IST = dt.timedelta(hours=5, minutes=30)
JD_UNIX_EPOCH = 2440587.5


def apparent_minus_mean_ayanamsa(jd_ut):
    tropical = swe.calc_ut(jd_ut, swe.SUN, EPHEMERIS)[0][0]
    mean_ayanamsa = swe.get_ayanamsa_ex_ut(jd_ut, EPHEMERIS | swe.FLG_NONUT)[1]
    return (tropical - mean_ayanamsa) % 360.0


def swisseph_sidereal(jd_ut):
    return swe.calc_ut(jd_ut, swe.SUN, EPHEMERIS | swe.FLG_SIDEREAL)[0][0]


sidereal_longitude = apparent_minus_mean_ayanamsa


def crossing(lo, hi, target, longitude=apparent_minus_mean_ayanamsa):
    """Bisect for the UT moment in [lo, hi] where the longitude passes `target` degrees."""

    def past(jd):
        d = (longitude(jd) - target + 540.0) % 360.0 - 180.0
        return d >= 0.0

    while hi - lo > 1e-7:  # about 9 ms
        mid = 0.5 * (lo + hi)
        if past(mid):
            hi = mid
        else:
            lo = mid
    return 0.5 * (lo + hi)


def main():
    swe.set_sid_mode(swe.SIDM_LAHIRI, 0, 0)
    print(f"# Sankranti times (Sun's sidereal longitude crossing a multiple of 30 degrees), 1900-2100")
    print(f"# made by tools/wb_sankranti_reference.py with pyswisseph, swisseph version {swe.version}")
    print("# ephemeris: Moshier built-in (FLG_MOSEPH, no ephemeris files); sidereal mode SIDM_LAHIRI;")
    print("# swisseph's own Delta T; times are UT Julian days and IST (UTC+05:30) to 0.1 s")
    print("# jd_ut, ist: apparent longitude minus the mean ayanamsa (FLG_NONUT); the wb-drik convention")
    print("# jd_ut_true_ayanamsa: swisseph FLG_SIDEREAL (nutation cancels); for comparison only")
    print("# rashi: 1 = Mesha (starts Boishakh) ... 12 = Meena (starts Choitro)")
    print("rashi\tjd_ut\tist\tjd_ut_true_ayanamsa")
    start = swe.julday(1900, 1, 1, 0.0)
    end = swe.julday(2101, 1, 1, 0.0)
    step = 1.0
    jd = start
    prev = sidereal_longitude(jd)
    while jd < end:
        nxt = sidereal_longitude(jd + step)
        if int(nxt // 30) != int(prev // 30):
            target = (int(nxt // 30) * 30) % 360
            t = crossing(jd - step, jd + 2 * step, float(target))
            t_true = crossing(jd - step, jd + 2 * step, float(target), swisseph_sidereal)
            when = dt.datetime(1970, 1, 1) + dt.timedelta(days=t - JD_UNIX_EPOCH) + IST
            tenths = round(when.microsecond / 100000)
            when = when.replace(microsecond=0) + dt.timedelta(seconds=tenths / 10)
            stamp = when.strftime("%Y-%m-%dT%H:%M:%S") + f".{int(round(when.microsecond / 100000))}"
            print(f"{target // 30 + 1}\t{t:.6f}\t{stamp}\t{t_true:.6f}")
        prev = nxt
        jd += step


if __name__ == "__main__":
    main()
