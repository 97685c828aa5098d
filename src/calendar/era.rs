//! Year counts of the other eras almanac pages print beside the date, and the Gregorian years
//! each of their years overlaps.
//!
//! A Bengali almanac page dates its day in a run of eras (`৫৩৮ চৈতনাব্দ, শকাব্দ ১৯৪৬, সংবৎ
//! ২০৮১, কল্যব্দ ৫১২৫, ২৫৬৮ বুদ্ধাব্দাঃ`). Most of them begin their year in spring, some
//! months into the Gregorian one, so a year of theirs overlaps two Gregorian years: the one it
//! begins in and the next. [`CalendarEra::gregorian_years`] gives both where the era's offset
//! is fixed.
//!
//! Sources: DOMAIN.md §3 (Vikram Samvat, about CE + 57 from the spring; Kali Yuga, CE + 3101
//! from mid-April; চৈতন্যাব্দ, CE − 1486 from the full moon of Phalguna, which its own pages
//! confirm: `৫৩৮ চৈতনাব্দ` on a page of 16 July 2024); the Bangabda and Śaka years begin in
//! mid-April and on 22 March (the Indian national calendar) of CE + 593 and CE + 78; the
//! Buddhist era of South Asia counts from the Buddha's parinirvana, CE + 544 from Vesak in
//! April–May (`২৫৬৮ বুদ্ধাব্দাঃ` on the same page of July 2024; Thailand's count is one less);
//! Hijri years by the tabular calendar ([`HijriDate`]).

use chrono::Datelike;

use super::hijri::HijriDate;

/// An era whose years a text counts in, other than the Gregorian.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum CalendarEra {
    /// বঙ্গাব্দ, the Bengali year.
    Bangabda,
    /// শকাব্দ, the Śaka year (India's national calendar).
    Saka,
    /// হিজরি, the Islamic year.
    Hijri,
    /// বিক্রম সংবৎ: lunisolar, its months lunar (named like the Bangabda months).
    VikramSamvat,
    /// কলিযুগাব্দ, কল্যব্দ: the Kali Yuga.
    KaliYuga,
    /// চৈতন্যাব্দ (Gaurabda): the Gaudiya Vaishnava count from Chaitanya's birth.
    Gaurabda,
    /// বুদ্ধাব্দ: the Buddhist era.
    Buddhist,
    /// শ্রীসারস্বতাব্দ: a Gaudiya Vaishnava count whose epoch the pages do not agree on.
    Saraswata,
    /// শ্রীভক্তিবিনোদাব্দ: likewise.
    Bhaktivinoda,
}

impl CalendarEra {
    /// A short kebab-case name, stable for machine use (the serde form's).
    ///
    /// ```
    /// use bangla_date::calendar::era::CalendarEra;
    ///
    /// assert_eq!(CalendarEra::VikramSamvat.code(), "vikram-samvat");
    /// ```
    pub const fn code(self) -> &'static str {
        match self {
            CalendarEra::Bangabda => "bangabda",
            CalendarEra::Saka => "saka",
            CalendarEra::Hijri => "hijri",
            CalendarEra::VikramSamvat => "vikram-samvat",
            CalendarEra::KaliYuga => "kali-yuga",
            CalendarEra::Gaurabda => "gaurabda",
            CalendarEra::Buddhist => "buddhist",
            CalendarEra::Saraswata => "saraswata",
            CalendarEra::Bhaktivinoda => "bhaktivinoda",
        }
    }

    /// Whether its months are lunar (a day and month of it are no solar date).
    pub const fn is_lunisolar(self) -> bool {
        matches!(self, CalendarEra::VikramSamvat)
    }

    /// The Gregorian years in which `year` of the era begins and ends, where the era's offset is
    /// fixed; `None` for the counts whose epoch is uncertain, and for a year out of range.
    ///
    /// ```
    /// use bangla_date::calendar::era::CalendarEra;
    ///
    /// assert_eq!(CalendarEra::KaliYuga.gregorian_years(5126), Some((2025, 2026)));
    /// assert_eq!(CalendarEra::Bangabda.gregorian_years(1432), Some((2025, 2026)));
    /// assert_eq!(CalendarEra::Hijri.gregorian_years(1446), Some((2024, 2025)));
    /// assert_eq!(CalendarEra::Saraswata.gregorian_years(150), None);
    /// ```
    pub fn gregorian_years(self, year: i32) -> Option<(i32, i32)> {
        let begins = match self {
            CalendarEra::Bangabda => year.checked_add(593)?,
            CalendarEra::Saka => year.checked_add(78)?,
            CalendarEra::VikramSamvat => year.checked_sub(57)?,
            CalendarEra::KaliYuga => year.checked_sub(3101)?,
            CalendarEra::Gaurabda => year.checked_add(1486)?,
            CalendarEra::Buddhist => year.checked_sub(544)?,
            CalendarEra::Hijri => {
                let first = HijriDate::new(year, 1, 1).ok()?.to_gregorian_approx().ok()?;
                let next = HijriDate::new(year.checked_add(1)?, 1, 1).ok()?;
                let last = next.to_gregorian_approx().ok()?.estimate().pred_opt()?;
                return Some((first.estimate().year(), last.year()));
            }
            CalendarEra::Saraswata | CalendarEra::Bhaktivinoda => return None,
        };
        Some((begins, begins.checked_add(1)?))
    }
}

/// A year written in another era (`কলিযুগাব্দ ৫১২৬`), with the Gregorian years it overlaps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct EraYear {
    /// The era.
    pub era: CalendarEra,
    /// The year as written.
    pub year: i32,
    /// The Gregorian years it begins and ends in ([`CalendarEra::gregorian_years`]).
    pub gregorian: Option<(i32, i32)>,
}

impl EraYear {
    /// `year` of `era`, with its Gregorian years.
    ///
    /// ```
    /// use bangla_date::calendar::era::{CalendarEra, EraYear};
    ///
    /// let y = EraYear::new(CalendarEra::VikramSamvat, 2082);
    /// assert_eq!(y.gregorian, Some((2025, 2026)));
    /// ```
    pub fn new(era: CalendarEra, year: i32) -> EraYear {
        EraYear { era, year, gregorian: era.gregorian_years(year) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One almanac page (16 July 2024, thenewse.com: `২৪ বামন ৫৩৮ চৈতনাব্দ … শকাব্দ …, ১৯৪৬
    /// শকাব্দ /২০৮১ বিক্রম সাম্বৎ, ২৫৬৮ বুদ্ধাব্দাঃ … কলি: ৫১২৫ … ১৪৩১`) dates its day in each:
    /// every one of those years overlaps 2024.
    #[test]
    fn one_page_of_july_2024() {
        for (era, year) in [
            (CalendarEra::Gaurabda, 538),
            (CalendarEra::Saka, 1946),
            (CalendarEra::VikramSamvat, 2081),
            (CalendarEra::Buddhist, 2568),
            (CalendarEra::KaliYuga, 5125),
            (CalendarEra::Bangabda, 1431),
            (CalendarEra::Hijri, 1446),
        ] {
            let (begins, ends) = era.gregorian_years(year).unwrap();
            assert!(begins <= 2024 && 2024 <= ends, "{} {year}", era.code());
        }
    }

    #[test]
    fn out_of_range_is_none() {
        assert_eq!(CalendarEra::Bangabda.gregorian_years(i32::MAX), None);
        assert_eq!(CalendarEra::KaliYuga.gregorian_years(i32::MIN), None);
        assert_eq!(CalendarEra::Hijri.gregorian_years(i32::MAX), None);
    }
}
