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
        // The month starts are ~30.4 days apart: estimate, then correct by at most one step.
        let offset = i64::from(day) - i64::from(self.first());
        let mut index = usize::try_from(offset * 12 / 366).unwrap_or(0).min(11);
        while index > 0 && self.starts.get(index).is_some_and(|&s| day < s) {
            index -= 1;
        }
        while index < 11 && self.starts.get(index + 1).is_some_and(|&s| day >= s) {
            index += 1;
        }
        // `index` is at most 11 here, so the month exists.
        let month = Month::ALL.get(index).copied()?;
        Some((month, (day - self.start_of(month) + 1) as u8))
    }
}

const YEARS: usize = (MAX_YEAR - MIN_YEAR + 1) as usize;

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
