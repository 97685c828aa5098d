//! Per-year month-start tables, computed on first use and cached for the life of the process.
//!
//! A year's table is 13 chrono day numbers: the first day of each month, Boishakh to Choitro,
//! and the first day of the next year. Computing it takes 13 sankrantis (tens of
//! microseconds); afterwards every conversion is a table lookup. Each supported year of each
//! rule has its own [`OnceLock`], so a program that converts one date computes one year.

use std::sync::OnceLock;

use super::midnight;
use super::sankranti::{self, Reckoning};
use super::{MAX_YEAR, MIN_YEAR, Variant};
use crate::calendar::Month;

/// The month starts of one Bangabda year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct YearTable {
    /// chrono day numbers of 1 Boishakh … 1 Choitro, then 1 Boishakh of the next year.
    pub(crate) starts: [i32; 13],
}

impl YearTable {
    /// The chrono day numbers of the first day of `month` and of the month after it.
    fn bounds(&self, month: Month) -> (i32, i32) {
        let [bo, jo, ash, sr, bh, aw, ka, ag, po, ma, fa, ch, next] = self.starts;
        match month {
            Month::Boishakh => (bo, jo),
            Month::Joishtho => (jo, ash),
            Month::Asharh => (ash, sr),
            Month::Srabon => (sr, bh),
            Month::Bhadro => (bh, aw),
            Month::Ashwin => (aw, ka),
            Month::Kartik => (ka, ag),
            Month::Agrahayan => (ag, po),
            Month::Poush => (po, ma),
            Month::Magh => (ma, fa),
            Month::Falgun => (fa, ch),
            Month::Choitro => (ch, next),
        }
    }

    /// The number of days of `month` (29 to 32).
    pub(crate) fn days_in(&self, month: Month) -> u8 {
        let (start, next) = self.bounds(month);
        (next - start) as u8
    }

    /// The chrono day number of the first day of `month`.
    pub(crate) fn start_of(&self, month: Month) -> i32 {
        self.bounds(month).0
    }

    /// The chrono day number of 1 Boishakh.
    pub(crate) fn first(&self) -> i32 {
        self.starts[0]
    }

    /// The chrono day number of the next year's 1 Boishakh.
    pub(crate) fn end(&self) -> i32 {
        self.starts[12]
    }

    /// Month and day (1-based) of chrono day `day`, which must lie in `first()..end()`.
    pub(crate) fn month_and_day(&self, day: i32) -> Option<(Month, u8)> {
        // Count the month starts after Boishakh's that `day` has reached: eleven comparisons
        // with no branch to mispredict (the estimate-and-correct it replaces missed often over
        // consecutive days).
        let later = self.starts.get(1..12).unwrap_or_default();
        let index = later.iter().map(|&s| usize::from(day >= s)).sum::<usize>();
        // `index` is at most 11, so the month exists.
        let month = Month::ALL.get(index).copied()?;
        Some((month, (day - self.start_of(month) + 1) as u8))
    }
}

const YEARS: usize = (MAX_YEAR - MIN_YEAR + 1) as usize;

/// The Bangabda dates of every day of one Gregorian year, by day of the year: what a
/// conversion of consecutive days reads with one lookup, as the Bangladesh rules compute theirs
/// from the Gregorian year and day of the year (benches/west_bengal.rs,
/// `west_bengal_consecutive`).
///
/// Each entry packs the month index (0 = Boishakh) in bits 0–3, the day in bits 4–9, and in
/// bit 10 whether the day belongs to the Bangabda year that began in this Gregorian year's
/// April (year − 593) rather than the one before (year − 594).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct GregorianYear {
    days: [u16; 366],
}

impl GregorianYear {
    /// The Bangabda year, month and day of day `ordinal0` (0-based) of Gregorian `year`.
    #[inline]
    pub(crate) fn get(&self, year: i32, ordinal0: usize) -> Option<(i32, Month, u8)> {
        let e = *self.days.get(ordinal0)?;
        let bangabda = year - 594 + i32::from(e >> 10);
        let month = Month::ALL.get(usize::from(e & 0xF)).copied()?;
        Some((bangabda, month, ((e >> 4) & 0x3F) as u8))
    }
}

/// The Gregorian years whose every day has a Bangabda date in the tables: 1800..=2200.
const FIRST_GREGORIAN: i32 = MIN_YEAR + 594;
const GREGORIAN_YEARS: usize = (MAX_YEAR - MIN_YEAR) as usize;

static DRIK_BY_DAY: [OnceLock<GregorianYear>; GREGORIAN_YEARS] =
    [const { OnceLock::new() }; GREGORIAN_YEARS];
static DRIK_PLAIN_BY_DAY: [OnceLock<GregorianYear>; GREGORIAN_YEARS] =
    [const { OnceLock::new() }; GREGORIAN_YEARS];
static SURYA_BY_DAY: [OnceLock<GregorianYear>; GREGORIAN_YEARS] =
    [const { OnceLock::new() }; GREGORIAN_YEARS];

/// The day table of Gregorian `year` (`None` outside 1800..=2200), built on first use from
/// the two Bangabda years it overlaps.
#[inline]
pub(crate) fn gregorian_year(variant: Variant, year: i32) -> Option<&'static GregorianYear> {
    let cache = match variant {
        Variant::Drik => &DRIK_BY_DAY,
        Variant::DrikPlain => &DRIK_PLAIN_BY_DAY,
        Variant::SuryaSiddhanta => &SURYA_BY_DAY,
    };
    let slot = cache.get(usize::try_from(year.checked_sub(FIRST_GREGORIAN)?).ok()?)?;
    Some(slot.get_or_init(|| by_day(variant, year)))
}

/// Build the day table of Gregorian `year` from the Bangabda year tables.
#[cold]
fn by_day(variant: Variant, year: i32) -> GregorianYear {
    use chrono::Datelike;
    let mut days = [0u16; 366];
    let jan_1 = chrono::NaiveDate::from_yo_opt(year, 1).map(|d| d.num_days_from_ce());
    for (i, slot) in (0i32..).zip(days.iter_mut()) {
        let found = jan_1.and_then(|first| super::locate(variant, first + i));
        if let Some((bangabda, month, day)) = found {
            let this_year = u16::from(bangabda == year - 593);
            *slot = month.index() as u16 | u16::from(day) << 4 | this_year << 10;
        }
    }
    GregorianYear { days }
}

static DRIK: [OnceLock<YearTable>; YEARS] = [const { OnceLock::new() }; YEARS];
static DRIK_PLAIN: [OnceLock<YearTable>; YEARS] = [const { OnceLock::new() }; YEARS];
static SURYA: [OnceLock<YearTable>; YEARS] = [const { OnceLock::new() }; YEARS];

/// The table of `year` (must be in `MIN_YEAR..=MAX_YEAR`; `None` otherwise).
pub(crate) fn year(variant: Variant, year: i32) -> Option<&'static YearTable> {
    let cache = match variant {
        Variant::Drik => &DRIK,
        Variant::DrikPlain => &DRIK_PLAIN,
        Variant::SuryaSiddhanta => &SURYA,
    };
    let slot = cache.get(usize::try_from(year.checked_sub(MIN_YEAR)?).ok()?)?;
    Some(slot.get_or_init(|| compute(variant, year)))
}

/// Compute a year's table without the cache (what the cache stores).
pub(crate) fn compute(variant: Variant, year: i32) -> YearTable {
    let reckoning = match variant {
        Variant::Drik | Variant::DrikPlain => Reckoning::Drik,
        Variant::SuryaSiddhanta => Reckoning::SuryaSiddhanta,
    };
    let moments = sankranti::year_sankrantis(reckoning, year);
    let mut starts = [0; 13];
    for (i, (slot, &jd)) in starts.iter_mut().zip(moments.iter()).enumerate() {
        let rashi = (i % 12) as u8;
        *slot = match variant {
            Variant::Drik => midnight::drikpanchang_month_start(jd, rashi),
            Variant::DrikPlain | Variant::SuryaSiddhanta => plain_month_start(jd),
        };
    }
    YearTable { starts }
}

/// The Bengal rule: the month begins on the civil (IST) date after the civil date of the
/// sankranti (Sewell & Dikshit, *The Indian Calendar*, 1896, Art. 28).
pub(crate) fn plain_month_start(jd_ut: f64) -> i32 {
    sankranti::ist_day(jd_ut).0 + 1
}
