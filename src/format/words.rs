//! The words the formatter prints: Gregorian month names in their spellings, ordinal suffixes,
//! 12-hour markers, day periods and era words.
//!
//! Every word is NFC: য় is written as য + nukta (U+09AF U+09BC), never the precomposed U+09DF
//! (a composition exclusion), as in [`crate::calendar`]'s month names.

/// How the Gregorian month name for August is spelled; see [`GregorianNames::august`].
///
/// All four spellings occur on real Bengali pages (see the crate's DOMAIN notes, §2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum August {
    /// আগস্ট — the Bangla Academy spelling (the default).
    #[default]
    Agost,
    /// অগাস্ট
    Ogast,
    /// অগস্ট
    Ogost,
    /// আগষ্ট
    Agoshto,
}

/// Which spelling of the Gregorian month names to print.
///
/// The default, [`GregorianNames::BANGLA_ACADEMY`], follows the Bangla Academy's standard
/// spelling rules (প্রমিত বাংলা বানানের নিয়ম): short ই-kar (ি) in words that are not tatsama,
/// and স rather than ষ in foreign words, giving জানুয়ারি, ফেব্রুয়ারি and আগস্ট. Pages also
/// print জানুয়ারী/ফেব্রুয়ারী (long ঈ-kar) and several spellings of August; choose them with
/// [`GregorianNames::long_i`] and [`GregorianNames::august`].
///
/// ```
/// use bangla_date::format::{August, GregorianNames};
/// use chrono::Month;
///
/// let academy = GregorianNames::BANGLA_ACADEMY;
/// assert_eq!(academy.name(Month::January), "জানুয়ারি");
/// let other = academy.long_i(true).august(August::Ogast);
/// assert_eq!(other.name(Month::January), "জানুয়ারী");
/// assert_eq!(other.name(Month::August), "অগাস্ট");
/// assert_eq!(other.name(Month::March), "মার্চ");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct GregorianNames {
    long_i: bool,
    august: August,
}

/// The Bangla Academy names, January to December (NFC).
const ACADEMY: [&str; 12] = [
    "জানু\u{09AF}\u{09BC}ারি",
    "ফেব্রু\u{09AF}\u{09BC}ারি",
    "মার্চ",
    "এপ্রিল",
    "মে",
    "জুন",
    "জুলাই",
    "আগস্ট",
    "সেপ্টেম্বর",
    "অক্টোবর",
    "নভেম্বর",
    "ডিসেম্বর",
];

const JANUARY_LONG_I: &str = "জানু\u{09AF}\u{09BC}ারী";
const FEBRUARY_LONG_I: &str = "ফেব্রু\u{09AF}\u{09BC}ারী";

impl GregorianNames {
    /// The Bangla Academy spelling: জানুয়ারি ফেব্রুয়ারি মার্চ এপ্রিল মে জুন জুলাই আগস্ট
    /// সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর.
    pub const BANGLA_ACADEMY: GregorianNames =
        GregorianNames { long_i: false, august: August::Agost };

    /// The same as [`GregorianNames::BANGLA_ACADEMY`].
    pub const fn new() -> GregorianNames {
        GregorianNames::BANGLA_ACADEMY
    }

    /// Spell January and February with long ঈ-kar (জানুয়ারী, ফেব্রুয়ারী) when `yes`.
    pub const fn long_i(self, yes: bool) -> GregorianNames {
        GregorianNames { long_i: yes, ..self }
    }

    /// Spell August this way.
    pub const fn august(self, august: August) -> GregorianNames {
        GregorianNames { august, ..self }
    }

    /// The Bengali name of `month` in this spelling.
    pub fn name(self, month: chrono::Month) -> &'static str {
        self.by_number(month.number_from_month())
    }

    /// The name of month `n` (1..=12); an empty string for anything else (never reached from
    /// a chrono date).
    pub(crate) fn by_number(self, n: u32) -> &'static str {
        debug_assert!((1..=12).contains(&n), "chrono's months are 1..=12, got {n}");
        match (n, self.long_i, self.august) {
            (1, true, _) => JANUARY_LONG_I,
            (2, true, _) => FEBRUARY_LONG_I,
            (8, _, August::Ogast) => "অগাস্ট",
            (8, _, August::Ogost) => "অগস্ট",
            (8, _, August::Agoshto) => "আগষ্ট",
            _ => usize::try_from(n)
                .ok()
                .and_then(|n| n.checked_sub(1))
                .and_then(|i| ACADEMY.get(i))
                .copied()
                .unwrap_or_default(),
        }
    }
}

/// The suffix of a day ordinal, as DOMAIN §2 gives it: ১লা, ২রা, ৩রা, ৪ঠা, ৫ই … ১৮ই,
/// ১৯শে … ৩১শে.
pub(crate) const fn ordinal_suffix(day: u32) -> &'static str {
    match day {
        1 => "লা",
        2 | 3 => "রা",
        4 => "ঠা",
        5..=18 => "ই",
        _ => "শে",
    }
}

/// পূর্বাহ্ন (before noon) or অপরাহ্ন (from noon).
pub(crate) const fn am_pm(hour: u32) -> &'static str {
    if hour < 12 { "পূর্বাহ্ন" } else { "অপরাহ্ন" }
}

/// The CLDR `bn` day period of an hour: ভোর 04–06, সকাল 06–12, দুপুর 12–16, বিকাল 16–18,
/// সন্ধ্যা 18–20, রাত 20–04.
pub(crate) const fn day_period(hour: u32) -> &'static str {
    match hour {
        4 | 5 => "ভোর",
        6..=11 => "সকাল",
        12..=15 => "দুপুর",
        16 | 17 => "বিকাল",
        18 | 19 => "সন্ধ্যা",
        _ => "রাত",
    }
}

/// The Bangabda era word.
pub(crate) const BANGABDA: &str = "বঙ্গাব্দ";
/// The Gregorian era word (Bangla Academy spelling).
pub(crate) const KHRISTABDA: &str = "খ্রিস্টাব্দ";
