//! The traditional sidereal solar Bangabda of West Bengal, Tripura and Assam.
//!
//! Month *n* is the Sun's stay in sidereal sign *n* (Boishakh = Mesha … Choitro = Meena). The
//! moment the Sun enters a sign is the *sankranti*, and by the **Bengal rule** (Sewell &
//! Dikshit, *The Indian Calendar*, 1896, Art. 28) the month begins on the civil date (IST,
//! UTC+05:30) after the civil date of the sankranti. Months therefore run 29 to 32 days and
//! change from year to year; each year's month starts are computed once and cached.
//!
//! | rule | name | Sun | near midnight | reproduces |
//! |---|---|---|---|---|
//! | [`Rule::WestBengalDrik`] | `wb-drik` | modern astronomy, Lahiri ayanamsa | drikpanchang's zone rule | drikpanchang.com (all 1,811 month starts 1900–2050 in dra8an/hindu-calendar's verified table); the drik (Bisuddha Siddhanta) panjikas |
//! | [`Rule::WestBengalDrikPlain`] | `wb-drik-plain` | same | plain Bengal rule | the rule as Sewell & Dikshit state it (1,769 of the 1,811; it differs on the 42 near-midnight cases) |
//! | [`Rule::WestBengalSuryaSiddhanta`] | `wb-ss` | Surya Siddhanta (Reingold & Dershowitz) | plain Bengal rule | Gupta Press / P. M. Bagchi panjikas, the Prokerala Kolkata calendar |
//!
//! **Near midnight.** A sankranti within about half an hour of midnight is where almanacs
//! disagree. `wb-drik` is the default drik rule because it reproduces drikpanchang exactly (the
//! largest verified table available), including the DOMAIN example below; `wb-drik-plain` is
//! there for almanacs and software that apply the Bengal rule literally. The drikpanchang
//! handling (a 24-minute zone after midnight, Karkata and Makara exceptions, a tithi test, and
//! small per-sign adjustments) is described in the private `midnight` module, with its source.
//!
//! The year is Gregorian year − 593 from 1 Boishakh on (− 594 before it).
//!
//! **Range.** Bangabda [`MIN_YEAR`]..=[`MAX_YEAR`] (1206–1607), which covers every day of
//! Gregorian 1800–2200 (from 14 April 1799 to mid-April 2201). Outside it the constructors
//! return [`ErrorKind::YearOutOfRange`] (or
//! [`ErrorKind::OutOfRange`] for a Gregorian date): ΔT, on which
//! the drik sankranti times depend by a second per second, is not known well enough further
//! out to print a date that an almanac of the time would agree with.
//!
//! **Accuracy.** Drik sankranti times agree with the Swiss Ephemeris 2.10 (Moshier,
//! `SIDM_LAHIRI`, same ayanamsa convention) within 18 s over all 2,412 sankrantis of 1900–2100
//! (`tests/west_bengal_sankranti.rs`; the table and the script that made it are committed). A
//! date can still differ from an almanac when a sankranti falls within a minute or so of the
//! rule's boundary, and almanacs themselves differ there. The Surya Siddhanta times are exact
//! for the Siddhanta's model (that is the definition); how a given almanac moves them from the
//! Siddhanta's meridian (Ujjain) to IST is not documented, and we use the plain difference in
//! longitude.
//!
//! ```
//! use bangla_date::{BanglaDate, Month, Rule};
//! use bangla_date::calendar::west_bengal;
//! use chrono::NaiveDate;
//!
//! // Poila Boishakh 1432 was 15 April 2025 in West Bengal (14 April in Bangladesh).
//! let d = NaiveDate::from_ymd_opt(2025, 4, 15).unwrap();
//! let b = BanglaDate::from_gregorian(d, Rule::WestBengalDrik)?;
//! assert_eq!((b.day(), b.month(), b.year()), (1, Month::Boishakh, 1432));
//!
//! // The Vrishabha sankranti fell 12 minutes after midnight on 15 May 2025 (IST) …
//! let s = west_bengal::sankranti_drik(1432, Month::Joishtho)?;
//! assert_eq!(s.format("%Y-%m-%d %H:%M").to_string(), "2025-05-15 00:11");
//! // … so the plain rule starts Joishtho on 16 May, drikpanchang on 15 May.
//! let plain = BanglaDate::new(1432, Month::Joishtho, 1, Rule::WestBengalDrikPlain)?;
//! assert_eq!(plain.to_gregorian(), NaiveDate::from_ymd_opt(2025, 5, 16).unwrap());
//! let drik = BanglaDate::new(1432, Month::Joishtho, 1, Rule::WestBengalDrik)?;
//! assert_eq!(drik.to_gregorian(), NaiveDate::from_ymd_opt(2025, 5, 15).unwrap());
//! # Ok::<(), bangla_date::Error>(())
//! ```

mod midnight;
mod moon;
mod sankranti;
mod sun;
mod surya_siddhanta;
mod table;

use chrono::{DateTime, FixedOffset, NaiveDate};

use super::{Month, Rule};
use crate::error::{Error, ErrorKind};

pub(crate) use table::YearTable;

/// The first supported Bangabda year under the West Bengal rules (1 Boishakh in April 1799).
pub const MIN_YEAR: i32 = 1206;
/// The last supported Bangabda year under the West Bengal rules (ends in April 2201).
pub const MAX_YEAR: i32 = 1607;

/// Which table a West Bengal rule reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Variant {
    /// [`Rule::WestBengalDrik`].
    Drik,
    /// [`Rule::WestBengalDrikPlain`].
    DrikPlain,
    /// [`Rule::WestBengalSuryaSiddhanta`].
    SuryaSiddhanta,
}

impl Variant {
    /// The table behind `rule`, or `None` for a Bangladesh rule.
    pub(crate) const fn of(rule: Rule) -> Option<Variant> {
        match rule {
            Rule::WestBengalDrik => Some(Variant::Drik),
            Rule::WestBengalDrikPlain => Some(Variant::DrikPlain),
            Rule::WestBengalSuryaSiddhanta => Some(Variant::SuryaSiddhanta),
            _ => None,
        }
    }
}

pub(crate) fn year_out_of_range(year: i64) -> Error {
    Error::new(ErrorKind::YearOutOfRange { year, min: MIN_YEAR.into(), max: MAX_YEAR.into() })
}

/// The cached table of `year`, or the range error.
pub(crate) fn year_table(variant: Variant, year: i64) -> Result<&'static YearTable, Error> {
    i32::try_from(year)
        .ok()
        .and_then(|y| table::year(variant, y))
        .ok_or_else(|| year_out_of_range(year))
}

/// The Bangabda year, month and day of `date`: one lookup in its Gregorian year's day table,
/// or the year tables for the months of 1799 and 2201 the day tables leave out.
#[inline]
pub(crate) fn locate_date(variant: Variant, date: NaiveDate) -> Option<(i32, Month, u8)> {
    use chrono::Datelike;
    match table::gregorian_year(variant, date.year()) {
        Some(days) => days.get(date.year(), date.ordinal0() as usize),
        None => locate(variant, date.num_days_from_ce()),
    }
}

/// The Bangabda year, month and day of chrono day number `day`, or `None` outside the supported
/// range.
///
/// Inline, and small enough to come back in a register: returned through memory, the caller
/// read the tuple back as one word right after it was written field by field (a
/// store-forwarding stall that was most of a warm conversion's time).
#[inline]
pub(crate) fn locate(variant: Variant, day: i32) -> Option<(i32, Month, u8)> {
    // The Bangabda year of `day` counted in mean Gregorian years from mid-April (day 104 of
    // the year; 1 Boishakh falls within a day or two of it over the supported years); then step
    // to the year that contains `day`. The estimate is exact but for a few days around the new
    // year (counting from the start of the Gregorian year instead missed for every day of
    // January to mid-April).
    let bangabda = (i64::from(day) - 104) * 400 / 146_097 + 1 - 593;
    let mut year = i32::try_from(bangabda.clamp(MIN_YEAR.into(), MAX_YEAR.into())).ok()?;
    for _ in 0..4 {
        let t = table::year(variant, year)?;
        if day < t.first() {
            year = year.checked_sub(1)?;
        } else if day >= t.end() {
            year = year.checked_add(1)?;
        } else {
            let (m, d) = t.month_and_day(day)?;
            return Some((year, m, d));
        }
    }
    None
}

/// The IST date and time of UT Julian day `jd_ut`, a sankranti of Bangabda `year` (always
/// representable for the supported years; the error, naming that year, only keeps this total).
fn ist_datetime(jd_ut: f64, year: i32) -> Result<DateTime<FixedOffset>, Error> {
    let seconds = (jd_ut - 2_440_587.5) * 86_400.0;
    let whole = seconds.floor();
    let nanos = ((seconds - whole) * 1e9).round().min(999_999_999.0) as u32;
    let ist = FixedOffset::east_opt(19_800);
    DateTime::from_timestamp(whole as i64, nanos)
        .zip(ist)
        .map(|(dt, tz)| dt.with_timezone(&tz))
        .ok_or_else(|| year_out_of_range(year.into()))
}

fn sankranti_of(
    reckoning: sankranti::Reckoning,
    year: i32,
    month: Month,
) -> Result<DateTime<FixedOffset>, Error> {
    if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
        return Err(year_out_of_range(year.into()));
    }
    let index = month.index();
    let april_14 = sankranti::days_from_ce(year + 593, 4, 14);
    // A rough date for this sankranti (within about four days over 1799–2201), which the
    // Newton iteration of `crossing` starts from.
    let guess = sankranti::jd_of_day(april_14) + 30.44 * index as f64;
    ist_datetime(sankranti::crossing(reckoning, index as u8, guess), year)
}

/// The moment (IST) the Sun entered the sidereal sign that begins `month` of Bangabda `year`,
/// by modern astronomy with the Lahiri ayanamsa (the `wb-drik` reckoning): the Sun's true
/// longitude from VSOP87 (Meeus ch. 25/32), ΔT, and the Lahiri ayanamsa.
///
/// # Errors
///
/// [`ErrorKind::YearOutOfRange`] outside [`MIN_YEAR`]..=[`MAX_YEAR`].
///
/// ```
/// use bangla_date::Month;
/// use bangla_date::calendar::west_bengal::sankranti_drik;
///
/// // Mesha sankranti 2025: 14 April 2025, 03:21 IST (Swiss Ephemeris: 03:21:22).
/// let t = sankranti_drik(1432, Month::Boishakh)?;
/// assert_eq!(t.format("%Y-%m-%d %H:%M").to_string(), "2025-04-14 03:21");
/// assert!(sankranti_drik(1700, Month::Boishakh).is_err());
/// # Ok::<(), bangla_date::Error>(())
/// ```
pub fn sankranti_drik(year: i32, month: Month) -> Result<DateTime<FixedOffset>, Error> {
    sankranti_of(sankranti::Reckoning::Drik, year, month)
}

/// The moment (IST) the Sun of the Surya Siddhanta entered the sign that begins `month` of
/// Bangabda `year` (the `wb-ss` reckoning; Reingold & Dershowitz's `hindu-solar-longitude`,
/// moved from Ujjain mean time to IST).
///
/// # Errors
///
/// [`ErrorKind::YearOutOfRange`] outside [`MIN_YEAR`]..=[`MAX_YEAR`].
///
/// ```
/// use bangla_date::Month;
/// use bangla_date::calendar::west_bengal::{sankranti_drik, sankranti_surya_siddhanta};
///
/// // The Siddhanta's year is longer than the sidereal year, so its Mesha sankranti now comes
/// // about a day after the astronomical one.
/// let ss = sankranti_surya_siddhanta(1432, Month::Boishakh)?;
/// let drik = sankranti_drik(1432, Month::Boishakh)?;
/// assert!(ss > drik);
/// # Ok::<(), bangla_date::Error>(())
/// ```
pub fn sankranti_surya_siddhanta(year: i32, month: Month) -> Result<DateTime<FixedOffset>, Error> {
    sankranti_of(sankranti::Reckoning::SuryaSiddhanta, year, month)
}

/// The moment of sunrise at Kolkata on `date` (IST), as weather services print it: the upper
/// limb on the horizon with standard refraction, by the low-accuracy Sun of Meeus ch. 25; within
/// seconds of the Swiss Ephemeris over 1900–2100 (tests/west_bengal.rs, against
/// tests/data/kolkata_sunrise_swisseph.tsv). `None` outside chrono's range.
///
/// ```
/// use bangla_date::calendar::west_bengal::sunrise_kolkata;
/// use chrono::NaiveDate;
///
/// let rise = sunrise_kolkata(NaiveDate::from_ymd_opt(2024, 1, 1).unwrap()).unwrap();
/// assert_eq!(rise.format("%H:%M").to_string(), "06:16");
/// ```
pub fn sunrise_kolkata(date: NaiveDate) -> Option<DateTime<FixedOffset>> {
    rise_at_kolkata(date, moon::ASTRONOMICAL_RISE)
}

/// The start of the almanacs' day at Kolkata on `date` (IST), from which they count times in
/// daṇḍa, pala and vipala (`দং ২২/১৫/৩০` is 22 daṇḍa 15 pala 30 vipala after it): the upper
/// limb on the true horizon, without refraction, about two and a half minutes after
/// [`sunrise_kolkata`]. Of the usual definitions it fits best the clock times that almanac pages
/// print beside their daṇḍa (tests/data/almanac_danda_times.tsv); within seconds of the Swiss
/// Ephemeris's (`BIT_NO_REFRACTION`). `None` outside chrono's range.
///
/// ```
/// use bangla_date::calendar::west_bengal::{almanac_sunrise_kolkata, sunrise_kolkata};
/// use chrono::NaiveDate;
///
/// let day = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
/// let rise = almanac_sunrise_kolkata(day).unwrap();
/// assert_eq!(rise.format("%H:%M").to_string(), "06:19");
/// assert!(rise > sunrise_kolkata(day).unwrap());
/// ```
pub fn almanac_sunrise_kolkata(date: NaiveDate) -> Option<DateTime<FixedOffset>> {
    rise_at_kolkata(date, moon::UNREFRACTED_RISE)
}

fn rise_at_kolkata(date: NaiveDate, altitude: f64) -> Option<DateTime<FixedOffset>> {
    let ist = FixedOffset::east_opt(IST_SECONDS)?;
    let midnight = date.and_hms_opt(0, 0, 0)?.and_local_timezone(ist).single()?;
    let midnight_ut = 2_440_587.5 + midnight.timestamp() as f64 / 86_400.0;
    let rise = moon::sunrise_at(midnight_ut, moon::KOLKATA, altitude);
    let seconds = ((rise - 2_440_587.5) * 86_400.0).round() as i64;
    DateTime::from_timestamp(seconds, 0).map(|t| t.with_timezone(&ist))
}

/// India Standard Time, UTC+05:30, in seconds.
const IST_SECONDS: i32 = 5 * 3600 + 1800;

/// chrono date of day number `day`. The tables hold only days of 1799–2201, well inside chrono's
/// range, so the conversion cannot fail; the debug assertion checks that in tests.
pub(crate) fn day_to_date(day: i32) -> NaiveDate {
    let date = NaiveDate::from_num_days_from_ce_opt(day);
    debug_assert!(date.is_some(), "West Bengal tables hold days of 1799-2201 only");
    date.unwrap_or(NaiveDate::MIN)
}

/// The first and last Gregorian days `variant` converts: 1 Boishakh [`MIN_YEAR`] to the last day
/// of Choitro [`MAX_YEAR`].
pub(crate) fn gregorian_range(variant: Variant) -> Result<(NaiveDate, NaiveDate), Error> {
    let first = year_table(variant, MIN_YEAR.into())?.first();
    let end = year_table(variant, MAX_YEAR.into())?.end();
    Ok((day_to_date(first), day_to_date(end - 1)))
}

#[cfg(test)]
mod day_table_tests {
    use super::*;
    use chrono::Datelike;

    /// The per-Gregorian-year day tables give, for every day they cover, what the Bangabda year
    /// tables give for its day number; the months of 1799 and 2201 they leave out fall back.
    #[test]
    fn day_tables_agree_with_the_year_tables() {
        let variants = [Variant::Drik, Variant::DrikPlain, Variant::SuryaSiddhanta];
        let first = NaiveDate::from_ymd_opt(1799, 4, 1).unwrap();
        let last = NaiveDate::from_ymd_opt(2201, 5, 1).unwrap();
        for variant in variants {
            let mut date = first;
            let mut covered = 0;
            while date <= last {
                let by_number = locate(variant, date.num_days_from_ce());
                assert_eq!(locate_date(variant, date), by_number, "{date}");
                covered += usize::from(by_number.is_some());
                date = date.succ_opt().unwrap();
            }
            // 14 April 1799 (or so) to mid-April 2201: 402 years of days.
            assert!((146_830..146_840).contains(&covered), "{covered}");
        }
    }
}
