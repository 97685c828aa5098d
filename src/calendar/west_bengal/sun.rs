//! The Sun's sidereal longitude by modern astronomy, for the drik (Bisuddha Siddhanta) almanacs.
//!
//! The chain, each step from a published source:
//!
//! 1. **ΔT** (TT − UT) from [`delta_t`]: the Espenak–Meeus polynomials (NASA, *Five Millennium
//!    Canon of Solar Eclipses*, 2006, "Polynomial expressions for Delta T") up to 2005, observed
//!    yearly values (IERS Bulletins) 2005–2025, and beyond 2025 a parabola continuing the last
//!    observation (see [`delta_t`] for why).
//! 2. **Geometric longitude of the Sun** referred to the mean dynamical ecliptic and equinox of
//!    date, from VSOP87 (Bretagnon & Francou 1988) as truncated in Meeus, *Astronomical
//!    Algorithms*, 2nd ed. (1998), ch. 32 and Appendix III (Earth, L0–L5 and R0–R2), turned
//!    geocentric (+180°) and into the FK5 frame (−0.09033″, eq. 32.3), ch. 25 "higher accuracy".
//! 3. **Aberration** −20.4898″ / R (Meeus eq. 25.10).
//! 4. **Nutation in longitude** Δψ, Meeus ch. 22 (IAU 1980, the 18 largest terms of Table 22.A).
//! 5. **Lahiri (Chitrapaksha) ayanamsa**: 23°15′00.658″ on 21 March 1956 0h TT (Calendar Reform
//!    Committee, 1955; the value Swiss Ephemeris uses for `SE_SIDM_LAHIRI`), a *true* ayanamsa
//!    (it includes the nutation of that day), advanced by the IAU 1976 general precession in
//!    longitude (Lieske et al. 1977; Meeus eq. 21.5's p_A: 5029.0966″T + 1.11113″T² − 0.000006″T³).
//!
//! **Which ayanamsa is subtracted.** The sidereal longitude here is the *apparent* longitude
//! (with nutation) minus the *mean* Lahiri ayanamsa (without nutation). The Swiss Ephemeris'
//! own sidereal mode subtracts the true ayanamsa instead, so that nutation cancels; the two
//! differ by the nutation in longitude Δψ (up to ±17″, which moves a sankranti by up to ±7
//! minutes). We follow drikpanchang, whose published month starts need the first convention:
//! the Karkata sankranti of 16 July 1952 is 00:31 IST with it (month from 16 July, as
//! drikpanchang prints) but 00:36 with the true ayanamsa (which would put the month on 17
//! July), and the Kumbha sankranti of 13 February 2041 is 00:25 with it (month from 14
//! February, as printed) but 00:21 with the true ayanamsa. dra8an/hindu-calendar, which
//! matches drikpanchang's 1,811 Bengali month starts for 1900–2050, computes it this way too.
//!
//! Accuracy: the truncated VSOP87 is good to about 1″ over 1800–2200 (Meeus p. 219), the
//! precession model to well under 1″ within two centuries of 1956; the Sun moves about 2.5″ a
//! minute, so sankranti times are good to a few seconds *given ΔT*. ΔT itself is the limit:
//! known to about a second for 1800–2025 and a guess after. Against the Swiss Ephemeris
//! (`tests/data/wb_drik_sankranti_swisseph.tsv`) the largest difference over 1900–2100 is
//! reported by `tests/west_bengal_sankranti.rs`.

// The coefficient tables are written digit for digit as Meeus prints them, so they can be
// checked against the book; digit grouping would get in the way.
#![allow(clippy::unreadable_literal, clippy::inconsistent_digit_grouping, clippy::approx_constant)]

/// Julian day of J2000.0 (1 January 2000, 12h TT).
pub(crate) const J2000: f64 = 2_451_545.0;

/// Days per Julian century.
const CENTURY: f64 = 36_525.0;

/// Arcseconds per degree.
const ARCSEC: f64 = 3600.0;

/// One VSOP87 term: amplitude (1e-8 rad, or 1e-8 au for R), phase (rad), frequency (rad per
/// Julian millennium). Meeus, Appendix III, "Earth".
type Term = (f64, f64, f64);

#[rustfmt::skip]
const L0: [Term; 64] = [
    (175_347_046.0, 0.0, 0.0), (3_341_656.0, 4.669_256_8, 6_283.075_85),
    (34_894.0, 4.6261, 12_566.1517), (3497.0, 2.7441, 5753.3849), (3418.0, 2.8289, 3.5231),
    (3136.0, 3.6277, 77_713.7715), (2676.0, 4.4181, 7860.4194), (2343.0, 6.1352, 3930.2097),
    (1324.0, 0.7425, 11_506.7698), (1273.0, 2.0371, 529.691), (1199.0, 1.1096, 1577.3435),
    (990.0, 5.233, 5884.927), (902.0, 2.045, 26.298), (857.0, 3.508, 398.149),
    (780.0, 1.179, 5223.694), (753.0, 2.533, 5507.553), (505.0, 4.583, 18_849.228),
    (492.0, 4.205, 775.523), (357.0, 2.92, 0.067), (317.0, 5.849, 11_790.629),
    (284.0, 1.899, 796.298), (271.0, 0.315, 10_977.079), (243.0, 0.345, 5486.778),
    (206.0, 4.806, 2544.314), (205.0, 1.869, 5573.143), (202.0, 2.458, 6069.777),
    (156.0, 0.833, 213.299), (132.0, 3.411, 2942.463), (126.0, 1.083, 20.775),
    (115.0, 0.645, 0.98), (103.0, 0.636, 4694.003), (102.0, 0.976, 15_720.839),
    (102.0, 4.267, 7.114), (99.0, 6.21, 2146.17), (98.0, 0.68, 155.42),
    (86.0, 5.98, 161_000.69), (85.0, 1.3, 6275.96), (85.0, 3.67, 71_430.7),
    (80.0, 1.81, 17_260.15), (79.0, 3.04, 12_036.46), (75.0, 1.76, 5088.63),
    (74.0, 3.5, 3154.69), (74.0, 4.68, 801.82), (70.0, 0.83, 9437.76), (62.0, 3.98, 8827.39),
    (61.0, 1.82, 7084.9), (57.0, 2.78, 6286.6), (56.0, 4.39, 14_143.5), (56.0, 3.47, 6279.55),
    (52.0, 0.19, 12_139.55), (52.0, 1.33, 1748.02), (51.0, 0.28, 5856.48),
    (49.0, 0.49, 1194.45), (41.0, 5.37, 8429.24), (41.0, 2.4, 19_651.05),
    (39.0, 6.17, 10_447.39), (37.0, 6.04, 10_213.29), (37.0, 2.57, 1059.38),
    (36.0, 1.71, 2352.87), (36.0, 1.78, 6812.77), (33.0, 0.59, 17_789.85),
    (30.0, 0.44, 83_996.85), (30.0, 2.74, 1349.87), (25.0, 3.16, 4690.48),
];

#[rustfmt::skip]
const L1: [Term; 34] = [
    (628_331_966_747.0, 0.0, 0.0), (206_059.0, 2.678_235, 6283.075_85),
    (4303.0, 2.6351, 12_566.1517), (425.0, 1.59, 3.523), (119.0, 5.796, 26.298),
    (109.0, 2.966, 1577.344), (93.0, 2.59, 18_849.23), (72.0, 1.14, 529.69),
    (68.0, 1.87, 398.15), (67.0, 4.41, 5507.55), (59.0, 2.89, 5223.69), (56.0, 2.17, 155.42),
    (45.0, 0.4, 796.3), (36.0, 0.47, 775.52), (29.0, 2.65, 7.11), (21.0, 5.34, 0.98),
    (19.0, 1.85, 5486.78), (19.0, 4.97, 213.3), (17.0, 2.99, 6275.96), (16.0, 0.03, 2544.31),
    (16.0, 1.43, 2146.17), (15.0, 1.21, 10_977.08), (12.0, 2.83, 1748.02),
    (12.0, 3.26, 5088.63), (12.0, 5.27, 1194.45), (12.0, 2.08, 4694.0), (11.0, 0.77, 553.57),
    (10.0, 1.3, 6286.6), (10.0, 4.24, 1349.87), (9.0, 2.7, 242.73), (9.0, 5.64, 951.72),
    (8.0, 5.3, 2352.87), (6.0, 2.65, 9437.76), (6.0, 4.67, 4690.48),
];

#[rustfmt::skip]
const L2: [Term; 20] = [
    (52_919.0, 0.0, 0.0), (8720.0, 1.0721, 6283.0758), (309.0, 0.867, 12_566.152),
    (27.0, 0.05, 3.52), (16.0, 5.19, 26.3), (16.0, 3.68, 155.42), (10.0, 0.76, 18_849.23),
    (9.0, 2.06, 77_713.77), (7.0, 0.83, 775.52), (5.0, 4.66, 1577.34), (4.0, 1.03, 7.11),
    (4.0, 3.44, 5573.14), (3.0, 5.14, 796.3), (3.0, 6.05, 5507.55), (3.0, 1.19, 242.73),
    (3.0, 6.12, 529.69), (3.0, 0.31, 398.15), (3.0, 2.28, 553.57), (2.0, 4.38, 5223.69),
    (2.0, 3.75, 0.98),
];

#[rustfmt::skip]
const L3: [Term; 7] = [
    (289.0, 5.844, 6283.076), (35.0, 0.0, 0.0), (17.0, 5.49, 12_566.15), (3.0, 5.2, 155.42),
    (1.0, 4.72, 3.52), (1.0, 5.3, 18_849.23), (1.0, 5.97, 242.73),
];

#[rustfmt::skip]
const L4: [Term; 3] = [(114.0, 3.142, 0.0), (8.0, 4.13, 6283.08), (1.0, 3.84, 12_566.15)];

const L5: [Term; 1] = [(1.0, 3.14, 0.0)];

/// The radius vector only scales the aberration (20.5″ / R), so its leading terms suffice:
/// the ones kept here are good to 1e-5 au, i.e. 0.0002″ of aberration.
#[rustfmt::skip]
const R0: [Term; 6] = [
    (100_013_989.0, 0.0, 0.0), (1_670_700.0, 3.098_463_5, 6283.075_85),
    (13_956.0, 3.055_25, 12_566.1517), (3084.0, 5.1985, 77_713.7715),
    (1628.0, 1.1739, 5753.3849), (1576.0, 2.8469, 7860.4194),
];

#[rustfmt::skip]
const R1: [Term; 2] = [(103_019.0, 1.107_49, 6283.075_85), (1721.0, 1.0644, 12_566.1517)];

const R2: [Term; 1] = [(4359.0, 5.7846, 6283.0758)];

fn series(terms: &[Term], tau: f64) -> f64 {
    terms.iter().map(|&(a, b, c)| a * (b + c * tau).cos()).sum()
}

/// Earth's heliocentric longitude (radians, not reduced) and radius vector (au) at `tau`
/// Julian millennia TT from J2000 (Meeus eq. 32.2).
fn earth(tau: f64) -> (f64, f64) {
    let l = [&L0[..], &L1, &L2, &L3, &L4, &L5]
        .iter()
        .rev()
        .fold(0.0, |acc, terms| acc * tau + series(terms, tau));
    let r = [&R0[..], &R1, &R2].iter().rev().fold(0.0, |acc, terms| acc * tau + series(terms, tau));
    (l * 1e-8, r * 1e-8)
}

/// The largest terms of the IAU 1980 nutation series (Meeus Table 22.A): multiples of D, M,
/// M′, F, Ω and the coefficient of sin(argument) in Δψ, in 0.0001″, constant and per century.
/// The 18 terms kept are all those of 0.005″ or more; the rest add up to under 0.05″ (1 s of
/// a sankranti).
#[rustfmt::skip]
const NUTATION: [(i8, i8, i8, i8, i8, f64, f64); 18] = [
    (0, 0, 0, 0, 1, -171996.0, -174.2), (-2, 0, 0, 2, 2, -13187.0, -1.6),
    (0, 0, 0, 2, 2, -2274.0, -0.2), (0, 0, 0, 0, 2, 2062.0, 0.2), (0, 1, 0, 0, 0, 1426.0, -3.4),
    (0, 0, 1, 0, 0, 712.0, 0.1), (-2, 1, 0, 2, 2, -517.0, 1.2), (0, 0, 0, 2, 1, -386.0, -0.4),
    (0, 0, 1, 2, 2, -301.0, 0.0), (-2, -1, 0, 2, 2, 217.0, -0.5), (-2, 0, 1, 0, 0, -158.0, 0.0),
    (-2, 0, 0, 2, 1, 129.0, 0.1), (0, 0, -1, 2, 2, 123.0, 0.0), (2, 0, 0, 0, 0, 63.0, 0.0),
    (0, 0, 1, 0, 1, 63.0, 0.1), (2, 0, -1, 2, 2, -59.0, 0.0), (0, 0, -1, 0, 1, -58.0, -0.1),
    (0, 0, 1, 2, 1, -51.0, 0.0),
];

/// Nutation in longitude Δψ in degrees at `t` Julian centuries TT from J2000 (Meeus ch. 22,
/// IAU 1980 theory, the terms of [`NUTATION`]).
pub(crate) fn nutation_longitude(t: f64) -> f64 {
    let t2 = t * t;
    let t3 = t2 * t;
    // Meeus ch. 22: mean elongation of the Moon, anomalies of Sun and Moon, Moon's argument
    // of latitude, longitude of the ascending node.
    let d = 297.850_36 + 445_267.111_480 * t - 0.001_914_2 * t2 + t3 / 189_474.0;
    let m = 357.527_72 + 35_999.050_340 * t - 0.000_160_3 * t2 - t3 / 300_000.0;
    let mp = 134.962_98 + 477_198.867_398 * t + 0.008_697_2 * t2 + t3 / 56_250.0;
    let f = 93.271_91 + 483_202.017_538 * t - 0.003_682_5 * t2 + t3 / 327_270.0;
    let om = 125.044_52 - 1934.136_261 * t + 0.002_070_8 * t2 + t3 / 450_000.0;
    let sum: f64 = NUTATION
        .iter()
        .map(|&(cd, cm, cmp, cf, co, a, b)| {
            let arg = f64::from(cd) * d
                + f64::from(cm) * m
                + f64::from(cmp) * mp
                + f64::from(cf) * f
                + f64::from(co) * om;
            (a + b * t) * arg.to_radians().sin()
        })
        .sum();
    sum * 1e-4 / ARCSEC
}

/// The Sun's apparent geocentric longitude in degrees (true equinox of date, with aberration
/// and nutation) at Julian day `jde` in TT (Meeus ch. 25, "higher accuracy").
pub(crate) fn apparent_longitude(jde: f64) -> f64 {
    let t = (jde - J2000) / CENTURY;
    let (l, r) = earth(t / 10.0);
    let geometric = l.to_degrees() + 180.0 - 0.090_33 / ARCSEC;
    let aberration = -20.4898 / ARCSEC / r;
    (geometric + aberration + nutation_longitude(t)).rem_euclid(360.0)
}

/// Julian day (TT) of the Lahiri epoch, 21 March 1956 0h.
const LAHIRI_EPOCH: f64 = 2_435_553.5;

/// The true Lahiri ayanamsa at [`LAHIRI_EPOCH`]: 23°15′00.658″.
/// The code uses the mean value derived from it, [`LAHIRI_MEAN_AT_EPOCH`] (checked in tests).
#[cfg_attr(not(test), allow(dead_code))]
const LAHIRI_AT_EPOCH: f64 = 23.0 + 15.0 / 60.0 + 0.658 / ARCSEC;

/// IAU 1976 general precession in longitude p_A since J2000, in degrees, `t` Julian centuries
/// TT from J2000 (Lieske et al. 1977).
const fn precession(t: f64) -> f64 {
    ((5029.0966 + (1.111_13 - 0.000_006 * t) * t) * t) / ARCSEC
}

/// The mean Lahiri ayanamsa at the epoch: 23°15′00.658″ less that day's nutation in longitude
/// (16.770″ by [`nutation_longitude`]; the unit test `lahiri_epoch_value` recomputes it). Kept
/// as a constant because every evaluation needs it. The Swiss Ephemeris 2.10 source states
/// 23.250182778 − 0.004658035 = 23.245524743°, 0.0014″ from this.
const LAHIRI_MEAN_AT_EPOCH: f64 = 23.245_524_349_755_05;

/// Centuries from J2000 to the Lahiri epoch, and the precession accumulated by then.
const EPOCH_T: f64 = (LAHIRI_EPOCH - J2000) / CENTURY;
const PRECESSION_AT_EPOCH: f64 = precession(EPOCH_T);

/// The mean Lahiri ayanamsa (without nutation) in degrees at `t` Julian centuries TT from J2000.
fn mean_ayanamsa(t: f64) -> f64 {
    LAHIRI_MEAN_AT_EPOCH + precession(t) - PRECESSION_AT_EPOCH
}

/// The Lahiri ayanamsa including nutation, in degrees, at Julian day `jde` (TT). Only the
/// epoch check uses it: sankrantis subtract the mean ayanamsa (see the module docs).
#[cfg(test)]
fn true_ayanamsa(jde: f64) -> f64 {
    let t = (jde - J2000) / CENTURY;
    mean_ayanamsa(t) + nutation_longitude(t)
}

/// The Sun's sidereal (Lahiri) longitude in degrees, 0..360, at Julian day `jd_ut` (UT): the
/// apparent longitude minus the mean ayanamsa (see the module docs for why not the true one).
pub(crate) fn sidereal_longitude(jd_ut: f64) -> f64 {
    let jde = jd_ut + delta_t(jd_ut) / 86_400.0;
    let t = (jde - J2000) / CENTURY;
    (apparent_longitude(jde) - mean_ayanamsa(t)).rem_euclid(360.0)
}

/// A fast approximation of [`sidereal_longitude`] (about 0.01°) and its rate in degrees per
/// day, from the mean Sun and the equation of centre (Meeus ch. 25, "low accuracy", eqs.
/// 25.2–25.4). Used only to start the search, so that one full evaluation is usually enough.
pub(crate) fn approximate_sidereal_longitude(jd_ut: f64) -> (f64, f64) {
    let t = (jd_ut - J2000) / CENTURY;
    let l0 = 280.466_46 + (36_000.769_83 + 0.000_303_2 * t) * t;
    let m = (357.529_11 + (35_999.050_29 - 0.000_153_7 * t) * t).to_radians();
    let c = (1.914_602 - 0.004_817 * t) * m.sin()
        + (0.019_993 - 0.000_101 * t) * (2.0 * m).sin()
        + 0.000_289 * (3.0 * m).sin();
    // Aberration and the main nutation term (Meeus eq. 25.8's "apparent" correction).
    let omega = (125.04 - 1934.136 * t).to_radians();
    let longitude = l0 + c - 0.005_69 - 0.004_78 * omega.sin() - mean_ayanamsa(t);
    // d/dt of l0 + c, per day: 35999.05 °/cy of anomaly times dC/dM, plus the mean motion.
    let m_rate = 35_999.050_29 / CENTURY;
    let rate = 36_000.769_83 / CENTURY
        + m_rate.to_radians() * (1.914_602 * m.cos() + 2.0 * 0.019_993 * (2.0 * m).cos());
    (longitude.rem_euclid(360.0), rate)
}

/// ΔT = TT − UT in seconds at Julian day `jd` (UT; the difference from TT is irrelevant here).
///
/// - Before 2005: the Espenak–Meeus polynomials (NASA 2006), which fit the observed and
///   historical ΔT to about a second over 1800–2005.
/// - 2005–2025: the yearly observed values (IERS; Astronomical Almanac table K9),
///   linearly interpolated.
/// - After 2025: nobody knows (the Earth's rotation has sped up since 2020). The Espenak–Meeus
///   extrapolation (which assumed the 1990s slow-down would continue) gives 203 s in 2100,
///   while the Swiss Ephemeris 2.10 (which drikpanchang uses) continues the observed value
///   with a gentle parabola to 93 s. We follow the latter convention so that the dates agree
///   with the almanacs that publish them: 69.0 s + 0.1736 s·y + 0.001984 s·y², y = years after
///   2025.0 (fitted to the Swiss Ephemeris 2.10 values at 2050 and 2100; within 3 s of it up
///   to 2200). Any real ΔT in 2100 within ±60 s of this moves a sankranti by under a minute.
pub(crate) fn delta_t(jd: f64) -> f64 {
    let y = 2000.0 + (jd - J2000) / 365.2425;
    if y >= 2025.0 {
        let u = y - 2025.0;
        69.0 + 0.1736 * u + 0.001_984 * u * u
    } else if y >= 2005.0 {
        observed(y)
    } else if y >= 1986.0 {
        let t = y - 2000.0;
        63.86
            + t * (0.3345
                + t * (-0.060_374 + t * (0.001_727_5 + t * (0.000_651_814 + t * 0.000_023_735_99))))
    } else if y >= 1961.0 {
        let t = y - 1975.0;
        45.45 + t * (1.067 + t * (-1.0 / 260.0 - t / 718.0))
    } else if y >= 1941.0 {
        let t = y - 1950.0;
        29.07 + t * (0.407 + t * (-1.0 / 233.0 + t / 2547.0))
    } else if y >= 1920.0 {
        let t = y - 1920.0;
        21.20 + t * (0.844_93 + t * (-0.076_100 + t * 0.002_093_6))
    } else if y >= 1900.0 {
        let t = y - 1900.0;
        -2.79 + t * (1.494_119 + t * (-0.059_893_9 + t * (0.006_196_6 - t * 0.000_197)))
    } else if y >= 1860.0 {
        let t = y - 1860.0;
        7.62 + t
            * (0.5737
                + t * (-0.251_754 + t * (0.016_806_68 + t * (-0.000_447_362_4 + t / 233_174.0))))
    } else if y >= 1800.0 {
        let t = y - 1800.0;
        13.72
            + t * (-0.332_447
                + t * (0.006_861_2
                    + t * (0.004_111_6
                        + t * (-0.000_374_36
                            + t * (0.000_012_127_2
                                + t * (-0.000_000_169_9 + t * 0.000_000_000_875))))))
    } else {
        // 1700–1800 (used only for the first months of the supported range, from 1799).
        let t = y - 1700.0;
        8.83 + t * (0.1603 + t * (-0.005_928_5 + t * (0.000_133_36 - t / 1_174_000.0)))
    }
}

/// ΔT in seconds on 1 January of 2005, 2006, …, 2025 (IERS Bulletin A / USNO `deltat.data`, to 0.01 s).
const OBSERVED: [f64; 21] = [
    64.69, 64.85, 65.15, 65.46, 65.78, 66.07, 66.32, 66.60, 66.91, 67.28, 67.64, 68.10, 68.59,
    68.97, 69.22, 69.36, 69.36, 69.29, 69.20, 69.18, 69.0,
];

fn observed(y: f64) -> f64 {
    let x = (y - 2005.0).max(0.0);
    let i = x.floor();
    let frac = x - i;
    let i = i as usize;
    let a = OBSERVED.get(i).copied().unwrap_or(69.0);
    let b = OBSERVED.get(i + 1).copied().unwrap_or(a);
    a + (b - a) * frac
}

/// Angle difference `a − b` reduced to −180..180 degrees.
pub(crate) fn angle_diff(a: f64, b: f64) -> f64 {
    (a - b + 540.0).rem_euclid(360.0) - 180.0
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Meeus Example 25.b: 1992 October 13.0 TT, apparent longitude 199°54′21.818″ (VSOP87
    /// in full); the truncated series gives 199°54′21.56″ in the book's own check. We accept
    /// 1″.
    #[test]
    fn meeus_example_25b() {
        let lon = apparent_longitude(2_448_908.5);
        let expected = 199.0 + 54.0 / 60.0 + 21.818 / 3600.0;
        assert!((lon - expected).abs() * 3600.0 < 1.5, "{lon} vs {expected}");
    }

    #[test]
    fn lahiri_epoch_value() {
        let mean = LAHIRI_AT_EPOCH - nutation_longitude(EPOCH_T);
        assert!((mean - LAHIRI_MEAN_AT_EPOCH).abs() < 1e-12, "{mean:.15}");
        let a = true_ayanamsa(LAHIRI_EPOCH);
        assert!((a - LAHIRI_AT_EPOCH).abs() < 1e-9);
        // Swiss Ephemeris 2.10 gives 23.2502212 for its true Lahiri ayanamsa at this moment.
        assert!((a - 23.250_221).abs() * 3600.0 < 0.5);
    }

    #[test]
    fn delta_t_known_values() {
        // Espenak–Meeus / IERS: 1900 ≈ −2.8 s, 1950 ≈ 29.1 s, 2000 ≈ 63.8 s, 2025 = 69.0 s.
        let jd = |y: f64| J2000 + (y - 2000.0) * 365.2425;
        assert!((delta_t(jd(1900.0)) + 2.79).abs() < 0.1);
        assert!((delta_t(jd(1950.0)) - 29.07).abs() < 0.1);
        assert!((delta_t(jd(2000.0)) - 63.86).abs() < 0.1);
        assert!((delta_t(jd(2025.0)) - 69.0).abs() < 0.1);
        assert!((delta_t(jd(2100.0)) - 93.2).abs() < 1.0);
    }
}
