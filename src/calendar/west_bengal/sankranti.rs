//! Sankrantis (the Sun's entries into the sidereal signs) under each reckoning, and the civil
//! (IST) dates they fall on.

use super::sun;
use super::surya_siddhanta;

/// Julian day of 1 January 1 CE (Gregorian) at 0h: chrono's `num_days_from_ce` day 1 begins
/// here, so `floor(jd − RD_EPOCH_JD) + 1` is that day number.
const RD_EPOCH_JD: f64 = 1_721_425.5;

/// IST is UTC+05:30.
pub(crate) const IST_OFFSET_DAYS: f64 = 5.5 / 24.0;

/// Which Sun a table is computed with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reckoning {
    /// Modern astronomy with the Lahiri ayanamsa ([`sun`]).
    Drik,
    /// The Surya Siddhanta ([`surya_siddhanta`]).
    SuryaSiddhanta,
}

/// Julian day (UT) of 0h on chrono day number `day` (days from CE, 1 January 1 = 1).
pub(crate) fn jd_of_day(day: i32) -> f64 {
    f64::from(day) - 1.0 + RD_EPOCH_JD
}

/// The chrono day number of the IST civil date that contains the UT moment `jd_ut`, and the
/// IST time of day as a fraction of a day.
pub(crate) fn ist_day(jd_ut: f64) -> (i32, f64) {
    let local = jd_ut + IST_OFFSET_DAYS - RD_EPOCH_JD;
    let day = local.floor();
    (day as i32 + 1, local - day)
}

/// The UT moment the Sun reaches sidereal longitude `rashi` × 30° (rashi 0 = Mesha), searched
/// near `guess` (within a few days).
pub(crate) fn crossing(reckoning: Reckoning, rashi: u8, guess: f64) -> f64 {
    let target = f64::from(rashi) * 30.0;
    match reckoning {
        Reckoning::Drik => drik_crossing(target, guess),
        Reckoning::SuryaSiddhanta => surya_siddhanta::crossing(target, guess),
    }
}

/// Newton's method, first on the cheap solar theory (good to 0.01°, a quarter of an hour over
/// 1800–2200), then on the full one with the cheap theory's rate as slope. That rate is right
/// to better than 0.1 % (it lacks only the small periodic perturbations, the largest the Moon's
/// at 1.4″ a day against the Sun's 3548″), so a full step of under 0.02 day leaves under a
/// second of error and needs no second evaluation. A cold year thus costs about 13 full
/// evaluations.
fn drik_crossing(target: f64, guess: f64) -> f64 {
    let mut t = guess;
    for _ in 0..8 {
        let (lon, rate) = sun::approximate_sidereal_longitude(t);
        let step = sun::angle_diff(lon, target) / rate;
        t -= step;
        if step.abs() < 1e-4 {
            break;
        }
    }
    for _ in 0..6 {
        let (_, rate) = sun::approximate_sidereal_longitude(t);
        let step = sun::angle_diff(sun::sidereal_longitude(t), target) / rate;
        t -= step;
        if step.abs() < 0.02 {
            break;
        }
    }
    t
}

/// The 13 sankrantis that bound Bangabda `year`: Mesha of `year` (rashi 0) to Meena (11), and
/// Mesha of the next year, as UT Julian days.
pub(crate) fn year_sankrantis(reckoning: Reckoning, year: i32) -> [f64; 13] {
    // Mesha sankranti falls on 11–17 April of Gregorian year Bangabda + 593 in 1799–2201;
    // 14 April is close enough for the cheap theory's Newton steps.
    let april_14 = days_from_ce(year + 593, 4, 14);
    let mut guess = jd_of_day(april_14);
    let mut out = [0.0; 13];
    for (i, slot) in out.iter_mut().enumerate() {
        let rashi = (i % 12) as u8;
        let t = crossing(reckoning, rashi, guess);
        *slot = t;
        // The Sun takes 29.3 to 31.5 days per sign; the mean is a good enough next guess
        // for the cheap theory's Newton steps.
        guess = t + 30.44;
    }
    out
}

/// chrono's day number of a proleptic Gregorian date (no chrono call, so it is total).
pub(crate) fn days_from_ce(year: i32, month: u32, day: u32) -> i32 {
    // Days before March 1 of the year counted from March (Fliegel & Van Flandern style).
    let (y, m) = if month <= 2 {
        (i64::from(year) - 1, i64::from(month) + 12)
    } else {
        (i64::from(year), i64::from(month))
    };
    let days = 365 * y + y.div_euclid(4) - y.div_euclid(100)
        + y.div_euclid(400)
        + (153 * (m - 3) + 2) / 5
        + i64::from(day)
        - 306;
    days as i32
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Datelike, NaiveDate};

    #[test]
    fn day_numbers_match_chrono() {
        for (y, m, d) in [(1, 1, 1), (1800, 1, 1), (2000, 2, 29), (2025, 4, 14), (2200, 12, 31)] {
            let c = NaiveDate::from_ymd_opt(y, m, d).unwrap().num_days_from_ce();
            assert_eq!(days_from_ce(y, m, d), c, "{y}-{m}-{d}");
        }
    }

    #[test]
    fn ist_day_of_domain_example() {
        // Vrishabha sankranti 2025-05-15 00:12 IST = 2025-05-14 18:42 UT.
        let jd = jd_of_day(days_from_ce(2025, 5, 14)) + (18.0 + 42.0 / 60.0) / 24.0;
        let (day, frac) = ist_day(jd);
        assert_eq!(day, days_from_ce(2025, 5, 15));
        assert!((frac * 24.0 * 60.0 - 12.0).abs() < 1e-6);
    }
}
