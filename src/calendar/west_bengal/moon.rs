//! The Moon's longitude, sunrise and the tithi, needed only by the drikpanchang near-midnight
//! rule ([`super::midnight`]).
//!
//! Moon: Meeus, *Astronomical Algorithms*, 2nd ed., ch. 47 (ELP-2000/82 truncated, Table 47.A
//! longitude terms and the additive terms A1, A2), good to about 10″, i.e. 20 s of a tithi
//! boundary. Sunrise: Meeus ch. 15 (upper limb with standard refraction, h0 = −0°50′),
//! iterated on the low-accuracy Sun of ch. 25, good to a few seconds.

// The coefficient tables are written digit for digit as Meeus prints them, so they can be
// checked against the book; digit grouping would get in the way.
#![allow(clippy::unreadable_literal, clippy::inconsistent_digit_grouping)]

use super::sun;

/// Table 47.A, longitude column: multiples of D, M, M′, F and the coefficient Σl in 1e-6°.
#[rustfmt::skip]
const TERMS: [(i8, i8, i8, i8, i32); 59] = [
    (0, 0, 1, 0, 6_288_774), (2, 0, -1, 0, 1_274_027), (2, 0, 0, 0, 658_314),
    (0, 0, 2, 0, 213_618), (0, 1, 0, 0, -185_116), (0, 0, 0, 2, -114_332),
    (2, 0, -2, 0, 58_793), (2, -1, -1, 0, 57_066), (2, 0, 1, 0, 53_322),
    (2, -1, 0, 0, 45_758), (0, 1, -1, 0, -40_923), (1, 0, 0, 0, -34_720),
    (0, 1, 1, 0, -30_383), (2, 0, 0, -2, 15_327), (0, 0, 1, 2, -12_528),
    (0, 0, 1, -2, 10_980), (4, 0, -1, 0, 10_675), (0, 0, 3, 0, 10_034),
    (4, 0, -2, 0, 8548), (2, 1, -1, 0, -7888), (2, 1, 0, 0, -6766), (1, 0, -1, 0, -5163),
    (1, 1, 0, 0, 4987), (2, -1, 1, 0, 4036), (2, 0, 2, 0, 3994), (4, 0, 0, 0, 3861),
    (2, 0, -3, 0, 3665), (0, 1, -2, 0, -2689), (2, 0, -1, 2, -2602), (2, -1, -2, 0, 2390),
    (1, 0, 1, 0, -2348), (2, -2, 0, 0, 2236), (0, 1, 2, 0, -2120), (0, 2, 0, 0, -2069),
    (2, -2, -1, 0, 2048), (2, 0, 1, -2, -1773), (2, 0, 0, 2, -1595), (4, -1, -1, 0, 1215),
    (0, 0, 2, 2, -1110), (3, 0, -1, 0, -892), (2, 1, 1, 0, -810), (4, -1, -2, 0, 759),
    (0, 2, -1, 0, -713), (2, 2, -1, 0, -700), (2, 1, -2, 0, 691), (2, -1, 0, -2, 596),
    (4, 0, 1, 0, 549), (0, 0, 4, 0, 537), (4, -1, 0, 0, 520), (1, 0, -2, 0, -487),
    (2, 1, 0, -2, -399), (0, 0, 2, -2, -381), (1, 1, 1, 0, 351), (3, 0, -2, 0, -340),
    (4, 0, -3, 0, 330), (2, -1, 2, 0, 327), (0, 2, 1, 0, -323), (1, 1, -1, 0, 299),
    (2, 0, 3, 0, 294),
];

/// The Moon's geocentric longitude (mean equinox of date) in degrees at `jde` (TT).
fn moon_longitude(jde: f64) -> f64 {
    let t = (jde - sun::J2000) / 36_525.0;
    let t2 = t * t;
    let t3 = t2 * t;
    let t4 = t3 * t;
    // Meeus eqs. 47.1–47.5.
    let lp = 218.316_447_7 + 481_267.881_234_21 * t - 0.001_578_6 * t2 + t3 / 538_841.0
        - t4 / 65_194_000.0;
    let d = 297.850_192_1 + 445_267.111_403_4 * t - 0.001_881_9 * t2 + t3 / 545_868.0
        - t4 / 113_065_000.0;
    let m = 357.529_109_2 + 35_999.050_290_9 * t - 0.000_153_6 * t2 + t3 / 24_490_000.0;
    let mp = 134.963_396_4 + 477_198.867_505_5 * t + 0.008_741_4 * t2 + t3 / 69_699.0
        - t4 / 14_712_000.0;
    let f = 93.272_095 + 483_202.017_523_3 * t - 0.003_653_9 * t2 - t3 / 3_526_000.0
        + t4 / 863_310_000.0;
    let a1 = 119.75 + 131.849 * t;
    let a2 = 53.09 + 479_264.29 * t;
    let e = 1.0 - 0.002_516 * t - 0.000_007_4 * t2;
    let sum: f64 = TERMS
        .iter()
        .map(|&(cd, cm, cmp, cf, coeff)| {
            let arg =
                f64::from(cd) * d + f64::from(cm) * m + f64::from(cmp) * mp + f64::from(cf) * f;
            let scale = match cm.unsigned_abs() {
                0 => 1.0,
                1 => e,
                _ => e * e,
            };
            f64::from(coeff) * scale * arg.to_radians().sin()
        })
        .sum();
    let additive = 3958.0 * a1.to_radians().sin()
        + 1962.0 * (lp - f).to_radians().sin()
        + 318.0 * a2.to_radians().sin();
    (lp + (sum + additive) / 1e6).rem_euclid(360.0)
}

/// The Moon's elongation from the Sun (both apparent, degrees 0..360) at UT Julian day `jd`.
/// The tithi in progress is `floor(elongation / 12) + 1`.
pub(crate) fn elongation(jd_ut: f64) -> f64 {
    let jde = jd_ut + sun::delta_t(jd_ut) / 86_400.0;
    let t = (jde - sun::J2000) / 36_525.0;
    let moon = moon_longitude(jde) + sun::nutation_longitude(t);
    (moon - sun::apparent_longitude(jde)).rem_euclid(360.0)
}

/// New Delhi (28.6139° N, 77.2090° E), where the reverse-engineered drikpanchang rule takes
/// its sunrise (dra8an/hindu-calendar, `Location::NEW_DELHI`).
pub(crate) const NEW_DELHI: (f64, f64) = (28.6139, 77.2090);

/// Kolkata (22.5726° N, 88.3639° E): the almanacs' sunrise for West Bengal.
pub(crate) const KOLKATA: (f64, f64) = (22.5726, 88.3639);

/// Sunrise (upper limb, standard refraction) at New Delhi on the IST civil date whose 0h IST
/// is UT Julian day `midnight_ut`; returns the UT Julian day.
pub(crate) fn sunrise(midnight_ut: f64) -> f64 {
    sunrise_at(midnight_ut, NEW_DELHI, ASTRONOMICAL_RISE)
}

/// The altitude of the Sun's centre, in arc minutes, at the sunrise weather services print: the
/// upper limb (16′ above the centre) on the horizon, lifted 34′ by standard refraction.
pub(crate) const ASTRONOMICAL_RISE: f64 = -50.0;

/// … at the sunrise from which the almanacs count daṇḍa: the upper limb on the true horizon,
/// without refraction (the best fit to their clock and daṇḍa pairs; tests/west_bengal.rs).
pub(crate) const UNREFRACTED_RISE: f64 = -16.0;

/// Sunrise, the Sun's centre at `altitude` arc minutes ([`ASTRONOMICAL_RISE`],
/// [`UNREFRACTED_RISE`]), at (latitude, longitude) in degrees on the civil date whose 0h local
/// time is UT Julian day `midnight_ut`; returns the UT Julian day. Within seconds of the Swiss
/// Ephemeris at Kolkata (tests/west_bengal.rs).
pub(crate) fn sunrise_at(
    midnight_ut: f64,
    (latitude, longitude): (f64, f64),
    altitude: f64,
) -> f64 {
    let h0 = (altitude / 60.0).to_radians();
    let phi = latitude.to_radians();
    let mut t = midnight_ut + 6.0 / 24.0;
    for _ in 0..4 {
        let tc = (t - sun::J2000) / 36_525.0;
        // Low-accuracy apparent Sun (Meeus ch. 25) and its equatorial position.
        let l0 = 280.466_46 + 36_000.769_83 * tc;
        let m = (357.529_11 + 35_999.050_29 * tc).to_radians();
        let lambda =
            (l0 + 1.914_602 * m.sin() + 0.019_993 * (2.0 * m).sin() - 0.005_69).to_radians();
        let eps = (23.439_291 - 0.013_004_2 * tc).to_radians();
        let dec = (eps.sin() * lambda.sin()).asin();
        let ra = (eps.cos() * lambda.sin()).atan2(lambda.cos()).to_degrees();
        let cos_h = (h0.sin() - phi.sin() * dec.sin()) / (phi.cos() * dec.cos());
        let rise_hour_angle = -cos_h.clamp(-1.0, 1.0).acos().to_degrees();
        // Greenwich mean sidereal time (Meeus eq. 12.4) and the local hour angle now.
        let gmst = 280.460_618_37 + 360.985_647_366_29 * (t - sun::J2000);
        let hour_angle = gmst + longitude - ra;
        let step = sun::angle_diff(rise_hour_angle, hour_angle) / 360.985_647;
        t += step;
        if step.abs() < 1e-6 {
            break;
        }
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Meeus Example 47.a: 1992 April 12.0 TD, λ = 133.162655° (before nutation).
    #[test]
    fn meeus_example_47a() {
        let lon = moon_longitude(2_448_724.5);
        assert!((lon - 133.162_655).abs() < 0.0001, "{lon}");
    }

    /// Sunrise in New Delhi on 2025-05-14 is 05:30 IST (timeanddate.com lists 05:30).
    #[test]
    fn delhi_sunrise() {
        let midnight =
            super::super::sankranti::jd_of_day(super::super::sankranti::days_from_ce(2025, 5, 14))
                - 5.5 / 24.0;
        let rise = sunrise(midnight);
        let minutes = (rise - midnight) * 24.0 * 60.0;
        assert!((minutes - 330.0).abs() < 3.0, "{minutes}");
    }
}
