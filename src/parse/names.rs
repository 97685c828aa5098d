//! Calendar values read from their written names: `FromStr` for [`Month`] and [`BanglaDate`],
//! and [`BanglaDate::parse`]. They live with the parser because they read text with its
//! vocabulary and grammar; the calendar itself never imports the parser.

use core::str::FromStr;

use crate::calendar::{BanglaDate, Month, Rule};
use crate::error::{Error, ErrorKind};

use super::Parser;
use super::words::{self, Word};

impl BanglaDate {
    /// Read a Bangabda date written in Bengali (`১৯ পৌষ ১৪৩২`, `১৯শে পৌষ ১৪৩২ বঙ্গাব্দ`,
    /// `পঁচিশে বৈশাখ ১৪৩৩`) under `rule`. `FromStr` does the same under the default rule.
    ///
    /// The text must be one Bangabda date with its year, and nothing else (a year above 1600,
    /// which the parser would read as Śaka in running text, is taken as Bangabda here).
    ///
    /// # Errors
    ///
    /// The parser's errors ([`Parser::parse`]), with spans into `text`;
    /// [`ErrorKind::Incomplete`] when the year is missing; [`ErrorKind::Unexpected`] when the
    /// text is a date or time of another kind; [`ErrorKind::DayOutOfRange`] when the day does
    /// not exist under `rule`.
    ///
    /// ```
    /// use bangla_date::{BanglaDate, Rule};
    ///
    /// let d = BanglaDate::parse("১৯ পৌষ ১৪৩২", Rule::BanglaAcademy1987)?;
    /// assert_eq!(d.to_gregorian().to_string(), "2026-01-02");
    /// let default: BanglaDate = "১৮ পৌষ ১৪৩২ বঙ্গাব্দ".parse()?;
    /// assert_eq!((default.day(), default.rule()), (18, Rule::BangladeshHistorical));
    /// assert!(BanglaDate::parse("৩১ ফাল্গুন ১৪৩২", Rule::Bangladesh2019).unwrap_err().is_range());
    /// assert!("১৯ পৌষ".parse::<BanglaDate>().unwrap_err().is_incomplete());
    /// assert_eq!("১ বৈশাখ ১৬০৭".parse::<BanglaDate>()?.year(), 1607);
    /// # Ok::<(), bangla_date::Error>(())
    /// ```
    pub fn parse(text: &str, rule: Rule) -> Result<BanglaDate, Error> {
        Parser::new().rule(rule).parse_bangla_date(text)
    }
}

impl FromStr for BanglaDate {
    type Err = Error;

    /// [`BanglaDate::parse`] under the default rule, [`Rule::BangladeshHistorical`].
    fn from_str(s: &str) -> Result<BanglaDate, Error> {
        BanglaDate::parse(s, Rule::default())
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
            .or_else(|| bangla_month_named(word))
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

/// The Bangabda month a single word names (`পৌষ`, `আষাঢ়` in either encoding).
fn bangla_month_named(word: &str) -> Option<Month> {
    match words::lookup(word)? {
        Word::BanglaMonth(month) => Some(month),
        _ => None,
    }
}
