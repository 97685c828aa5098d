//! The Sun of the Surya Siddhanta, for the Gupta Press / P. M. Bagchi family of almanacs.
//!
//! As coded by Reingold & Dershowitz, *Calendrical Calculations* (3rd ed. 2008, ch. 20 "Modern
//! Hindu Calendars"; functions `hindu-sine-table`, `hindu-sine`, `hindu-arcsin`,
//! `hindu-mean-position`, `hindu-true-position`, `hindu-solar-longitude`):
//!
//! - mean sidereal year 365 + 279457/1080000 days, counted from the Kali Yuga epoch, midnight
//!   at the start of 18 February 3102 BCE (Julian), R.D. −1132959;
//! - anomalistic year 1577917828000 / (4320000000 − 387) days, counted from the creation,
//!   1955880000 sidereal years before the epoch;
//! - the equation of centre from an epicycle of 14° (contracting by 1/42 of itself in
//!   proportion to the sine of the anomaly), with the Siddhanta's sine table of 24 entries
//!   (R sin θ for θ = 3°45′ steps, R = 3438′) and linear interpolation.
//!
//! Their moments are local mean time of Ujjain (longitude 75°46′6″ E), the Siddhanta's prime
//! meridian; we convert to Indian Standard Time (82°30′ E) by the difference in longitude,
//! 26 min 55.6 s.
//!
//! Check against Sewell & Dikshit, *The Indian Calendar* (1896), who tabulate Surya Siddhanta
//! sankrantis "for Bengali dates" (Table I, col. 17a; Examples x and xx, pp. 88 and 95): their
//! Mesha sankranti of 1854 is 23:13 and their Kumbha sankranti of February 1855 is 01:15, Ujjain
//! mean time; this model gives 23:14:36 and 01:16:08, 1–1.6 minutes later (their table is to the
//! minute, and their Kumbha time is built from tabulated mean durations). The civil dates they
//! derive (Falgun 1261 beginning on Monday 12 February 1855) agree; see `tests/west_bengal.rs`.

/// R.D. of the Kali Yuga epoch (Julian 18 February 3102 BCE).
const EPOCH_RD: f64 = -1_132_959.0;

/// Julian day of R.D. 0 at midnight (R.D. 1 = 1 January 1 CE, Gregorian).
const RD_TO_JD: f64 = 1_721_424.5;

/// Mean sidereal year, days.
pub(crate) const SIDEREAL_YEAR: f64 = 365.0 + 279_457.0 / 1_080_000.0;

/// Anomalistic year, days.
const ANOMALISTIC_YEAR: f64 = 1_577_917_828_000.0 / (4_320_000_000.0 - 387.0);

/// The anomaly's revolutions between creation and the Kali Yuga epoch, fractional part:
/// 1955880000 × sidereal year / anomalistic year, computed exactly in integers because the
/// whole product (about 2e9 revolutions) would lose the fraction in `f64`.
const ANOMALY_AT_EPOCH: f64 = {
    // 1955880000 × (394479457 / 1080000) × ((4320000000 − 387) / 1577917828000)
    let num: u128 = 1_955_880_000 * 394_479_457 * 4_319_999_613;
    let den: u128 = 1_080_000 * 1_577_917_828_000;
    (num % den) as f64 / den as f64
};

/// Ujjain's longitude east, degrees (75°46′6″).
const UJJAIN_LONGITUDE: f64 = 75.0 + 46.0 / 60.0 + 6.0 / 3600.0;

/// Longitude of the IST meridian, degrees.
const IST_LONGITUDE: f64 = 82.5;

/// The Siddhanta's sine table at `entry` × 3°45′, as a fraction of the radius (R&D's
/// `hindu-sine-table`: the exact sine, nudged by 0.215′ the way the Siddhanta's table was
/// rounded, and rounded to whole minutes of arc).
fn sine_table(entry: i32) -> f64 {
    let exact = 3438.0 * (f64::from(entry) * 3.75).to_radians().sin();
    let error = 0.215 * signum(exact) * signum(exact.abs() - 1716.0);
    (exact + error).round_ties_even() / 3438.0
}

fn signum(x: f64) -> f64 {
    if x > 0.0 {
        1.0
    } else if x < 0.0 {
        -1.0
    } else {
        0.0
    }
}

/// Sine of `theta` degrees by linear interpolation in the table (`hindu-sine`).
fn sine(theta: f64) -> f64 {
    let entry = theta / 3.75;
    let fraction = entry.rem_euclid(1.0);
    let below = entry.floor() as i32;
    fraction * sine_table(below + i32::from(fraction > 0.0)) + (1.0 - fraction) * sine_table(below)
}

/// Inverse of [`sine`] for the small amplitudes of the equation of centre (`hindu-arcsin`).
fn arcsin(amp: f64) -> f64 {
    if amp < 0.0 {
        return -arcsin(-amp);
    }
    // The first table entry at or above `amp` (at most 24 steps; amplitudes here are < 0.04).
    let mut pos = 0;
    while pos < 24 && amp > sine_table(pos) {
        pos += 1;
    }
    let below = sine_table(pos - 1);
    3.75 * (f64::from(pos - 1) + (amp - below) / (sine_table(pos) - below))
}

/// The Sun's sidereal longitude in degrees at `days` after the Kali Yuga epoch (Ujjain time).
pub(crate) fn solar_longitude(days: f64) -> f64 {
    let mean = 360.0 * (days / SIDEREAL_YEAR).rem_euclid(1.0);
    let anomaly = 360.0 * (days / ANOMALISTIC_YEAR + ANOMALY_AT_EPOCH).rem_euclid(1.0);
    let offset = sine(anomaly);
    let size = 14.0 / 360.0;
    let contraction = offset.abs() * size / 42.0;
    let equation = arcsin(offset * (size - contraction));
    (mean - equation).rem_euclid(360.0)
}

/// Julian day (UT) of the moment `days` after the epoch in Ujjain mean time.
pub(crate) fn jd_ut_from_days(days: f64) -> f64 {
    days + EPOCH_RD + RD_TO_JD - UJJAIN_LONGITUDE / 360.0
}

/// Days after the epoch (Ujjain mean time) of Julian day `jd_ut`.
pub(crate) fn days_from_jd_ut(jd_ut: f64) -> f64 {
    jd_ut - EPOCH_RD - RD_TO_JD + UJJAIN_LONGITUDE / 360.0
}

/// The offset of IST from Ujjain mean time, in days (for documentation and tests).
#[allow(dead_code)]
pub(crate) const IST_MINUS_UJJAIN: f64 = (IST_LONGITUDE - UJJAIN_LONGITUDE) / 360.0;

/// The UT moment (Julian day) when the Siddhanta Sun reaches `target` degrees, searched from
/// `guess_jd`. Newton's method with the mean motion as slope: the true motion differs from it
/// by at most 4 %, so each step shrinks the error 25-fold.
pub(crate) fn crossing(target: f64, guess_jd: f64) -> f64 {
    let rate = 360.0 / SIDEREAL_YEAR;
    let mut days = days_from_jd_ut(guess_jd);
    for _ in 0..30 {
        let step = super::sun::angle_diff(solar_longitude(days), target) / rate;
        days -= step;
        if step.abs() < 1e-7 {
            break;
        }
    }
    jd_ut_from_days(days)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sine_table_matches_the_siddhanta() {
        // Surya Siddhanta II.15–22 (Burgess 1860): 225, 449, 671, 890, …, 3438.
        let expected = [0.0, 225.0, 449.0, 671.0, 890.0, 1105.0, 1315.0, 1520.0, 1719.0];
        for (i, e) in expected.iter().enumerate() {
            assert!((sine_table(i as i32) * 3438.0 - e).abs() < 1e-9, "entry {i}");
        }
        assert_eq!(sine_table(24), 1.0);
    }

    #[test]
    fn arcsin_inverts_sine() {
        for deg in [0.0, 0.5, 1.0, 2.2, 7.5, 20.0] {
            let back = arcsin(sine(deg));
            assert!((back - deg).abs() < 1e-9, "{deg} -> {back}");
        }
    }

    #[test]
    fn anomaly_fraction_in_unit_interval() {
        assert!((0.0..1.0).contains(&ANOMALY_AT_EPOCH));
    }
}
