//! Months, seasons and weekdays, with their Bengali names and one romanisation.
//!
//! Romanisation: the spelling used by Bangladeshi English-language newspapers and the
//! project's DOMAIN notes (Boishakh, Joishtho, Asharh, Srabon, Bhadro, Ashwin, Kartik, Agrahayan,
//! Poush, Magh, Falgun, Choitro; seasons Grishmo, Borsha, Shorot, Hemonto, Sheet, Boshonto).
//!
//! Bengali output is in Unicode NFC: য় ড় ঢ় are written as letter + nukta (U+09BC), because the
//! precomposed U+09DF/U+09DC/U+09DD are composition exclusions that normalisation never produces.
//! The parser accepts both encodings.

use core::fmt;
use core::str::FromStr;

use chrono::Weekday;

use crate::error::{Error, ErrorKind};

/// A Bangabda month, Boishakh (1) to Choitro (12).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Month {
    /// বৈশাখ (1)
    Boishakh = 1,
    /// জ্যৈষ্ঠ (2)
    Joishtho,
    /// আষাঢ় (3)
    Asharh,
    /// শ্রাবণ (4)
    Srabon,
    /// ভাদ্র (5)
    Bhadro,
    /// আশ্বিন (6)
    Ashwin,
    /// কার্তিক (7)
    Kartik,
    /// অগ্রহায়ণ (8)
    Agrahayan,
    /// পৌষ (9)
    Poush,
    /// মাঘ (10)
    Magh,
    /// ফাল্গুন (11)
    Falgun,
    /// চৈত্র (12)
    Choitro,
}

impl Month {
    /// All months in order.
    pub const ALL: [Month; 12] = [
        Month::Boishakh,
        Month::Joishtho,
        Month::Asharh,
        Month::Srabon,
        Month::Bhadro,
        Month::Ashwin,
        Month::Kartik,
        Month::Agrahayan,
        Month::Poush,
        Month::Magh,
        Month::Falgun,
        Month::Choitro,
    ];

    /// The month numbered `n` (1 = Boishakh).
    ///
    /// # Errors
    ///
    /// [`ErrorKind::MonthOutOfRange`] unless `1 <= n <= 12`.
    ///
    /// ```
    /// use bangla_date::Month;
    /// assert_eq!(Month::from_number(9)?, Month::Poush);
    /// assert!(Month::from_number(13).is_err());
    /// # Ok::<(), bangla_date::Error>(())
    /// ```
    #[inline]
    pub fn from_number(n: i64) -> Result<Month, Error> {
        usize::try_from(n - 1)
            .ok()
            .and_then(|i| Month::ALL.get(i).copied())
            .ok_or_else(|| Error::new(ErrorKind::MonthOutOfRange { month: n }))
    }

    /// The month number, 1..=12.
    pub const fn number(self) -> u8 {
        self as u8
    }

    /// Index 0..=11, for table look-ups.
    pub(crate) const fn index(self) -> usize {
        self as usize - 1
    }

    /// The Bengali name, Bangla Academy spelling: `পৌষ`.
    pub const fn bengali(self) -> &'static str {
        match self {
            Month::Boishakh => "বৈশাখ",
            Month::Joishtho => "জ্যৈষ্ঠ",
            Month::Asharh => "আষা\u{09A2}\u{09BC}",
            Month::Srabon => "শ্রাবণ",
            Month::Bhadro => "ভাদ্র",
            Month::Ashwin => "আশ্বিন",
            Month::Kartik => "কার্তিক",
            Month::Agrahayan => "অগ্রহা\u{09AF}\u{09BC}ণ",
            Month::Poush => "পৌষ",
            Month::Magh => "মাঘ",
            Month::Falgun => "ফাল্গুন",
            Month::Choitro => "চৈত্র",
        }
    }

    /// The romanised name: `Poush`.
    pub const fn roman(self) -> &'static str {
        match self {
            Month::Boishakh => "Boishakh",
            Month::Joishtho => "Joishtho",
            Month::Asharh => "Asharh",
            Month::Srabon => "Srabon",
            Month::Bhadro => "Bhadro",
            Month::Ashwin => "Ashwin",
            Month::Kartik => "Kartik",
            Month::Agrahayan => "Agrahayan",
            Month::Poush => "Poush",
            Month::Magh => "Magh",
            Month::Falgun => "Falgun",
            Month::Choitro => "Choitro",
        }
    }

    /// The season this month belongs to.
    pub const fn season(self) -> Season {
        match self {
            Month::Boishakh | Month::Joishtho => Season::Grishmo,
            Month::Asharh | Month::Srabon => Season::Borsha,
            Month::Bhadro | Month::Ashwin => Season::Shorot,
            Month::Kartik | Month::Agrahayan => Season::Hemonto,
            Month::Poush | Month::Magh => Season::Sheet,
            Month::Falgun | Month::Choitro => Season::Boshonto,
        }
    }
}

/// Reads a month by number (`9`), romanised name (`Poush`, ASCII case-insensitive) or Bengali
/// name (`পৌষ`, either encoding of য় ড় ঢ়, and the other spellings the parser knows).
///
/// ```
/// use bangla_date::Month;
///
/// assert_eq!("9".parse::<Month>()?, Month::Poush);
/// assert_eq!("poush".parse::<Month>()?, Month::Poush);
/// assert_eq!("আষাঢ়".parse::<Month>()?, Month::Asharh);
/// assert_eq!(Month::try_from(12u8)?, Month::Choitro);
/// assert!("Pous".parse::<Month>().is_err());
/// # Ok::<(), bangla_date::Error>(())
/// ```
impl FromStr for Month {
    type Err = Error;

    fn from_str(s: &str) -> Result<Month, Error> {
        let word = s.trim();
        if let Ok(n) = word.parse::<u8>() {
            return Month::try_from(n);
        }
        Month::ALL
            .into_iter()
            .find(|m| m.roman().eq_ignore_ascii_case(word))
            .or_else(|| crate::parse::bangla_month_named(word))
            .ok_or_else(|| {
                Error::at(
                    ErrorKind::UnknownName {
                        what: "month",
                        found: s.to_owned(),
                        expected: &["1..=12", "Boishakh … Choitro", "বৈশাখ … চৈত্র"],
                    },
                    0..s.len(),
                )
            })
    }
}

/// The month numbered `n` (1 = Boishakh); see [`Month::from_number`].
impl TryFrom<u8> for Month {
    type Error = Error;

    fn try_from(n: u8) -> Result<Month, Error> {
        Month::from_number(n.into())
    }
}

/// The Bengali name.
impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.bengali())
    }
}

/// A season (ঋতু); the Bangabda year has six, of two months each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum Season {
    /// গ্রীষ্ম, summer: Boishakh, Joishtho.
    Grishmo,
    /// বর্ষা, the rains: Asharh, Srabon.
    Borsha,
    /// শরৎ, autumn: Bhadro, Ashwin.
    Shorot,
    /// হেমন্ত, late autumn: Kartik, Agrahayan.
    Hemonto,
    /// শীত, winter: Poush, Magh.
    Sheet,
    /// বসন্ত, spring: Falgun, Choitro.
    Boshonto,
}

impl Season {
    /// The Bengali name: `শীত`.
    pub const fn bengali(self) -> &'static str {
        match self {
            Season::Grishmo => "গ্রীষ্ম",
            Season::Borsha => "বর্ষা",
            Season::Shorot => "শরৎ",
            Season::Hemonto => "হেমন্ত",
            Season::Sheet => "শীত",
            Season::Boshonto => "বসন্ত",
        }
    }

    /// The romanised name: `Sheet`.
    pub const fn roman(self) -> &'static str {
        match self {
            Season::Grishmo => "Grishmo",
            Season::Borsha => "Borsha",
            Season::Shorot => "Shorot",
            Season::Hemonto => "Hemonto",
            Season::Sheet => "Sheet",
            Season::Boshonto => "Boshonto",
        }
    }
}

/// The Bengali name.
impl fmt::Display for Season {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.bengali())
    }
}

/// The Bengali name of a weekday, as Bangladeshi pages print it: `শুক্রবার`.
///
/// ```
/// use bangla_date::weekday_bengali;
/// assert_eq!(weekday_bengali(chrono::Weekday::Sun), "রবিবার");
/// ```
pub const fn weekday_bengali(day: Weekday) -> &'static str {
    match day {
        Weekday::Sun => "রবিবার",
        Weekday::Mon => "সোমবার",
        Weekday::Tue => "মঙ্গলবার",
        Weekday::Wed => "বুধবার",
        Weekday::Thu => "বৃহস্পতিবার",
        Weekday::Fri => "শুক্রবার",
        Weekday::Sat => "শনিবার",
    }
}

/// The short Bengali name of a weekday: `শুক্র`.
pub const fn weekday_bengali_short(day: Weekday) -> &'static str {
    match day {
        Weekday::Sun => "রবি",
        Weekday::Mon => "সোম",
        Weekday::Tue => "মঙ্গল",
        Weekday::Wed => "বুধ",
        Weekday::Thu => "বৃহস্পতি",
        Weekday::Fri => "শুক্র",
        Weekday::Sat => "শনি",
    }
}

#[cfg(feature = "serde")]
mod serde_impls {
    use super::Month;
    use serde::{Deserialize, Deserializer, Serialize, Serializer, de};

    /// A month is serialized as its number, 1..=12.
    impl Serialize for Month {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.serialize_u8(self.number())
        }
    }

    impl<'de> Deserialize<'de> for Month {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Month, D::Error> {
            let n = i64::deserialize(d)?;
            Month::from_number(n).map_err(de::Error::custom)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_nfc_with_nukta() {
        // The precomposed forms must not appear in output (composition exclusions).
        for m in Month::ALL {
            assert!(!m.bengali().contains(['\u{09DC}', '\u{09DD}', '\u{09DF}']), "{}", m.roman());
            assert_eq!(Month::from_number(i64::from(m.number())).ok(), Some(m));
        }
        assert_eq!(Month::Asharh.bengali(), "\u{0986}\u{09B7}\u{09BE}\u{09A2}\u{09BC}");
    }
}
