//! Recognisers for the parts of a date/time expression, and the chain that joins adjacent parts
//! describing one moment into one match.
//!
//! Grammar (tokens from the lexer; `?` optional, `|` choice, `~` glued with no space):
//!
//! ```text
//! day        = NUM(1-2 digits) (~ORDINAL | " " ORDINAL)? | DAY-WORD
//! year       = NUM(4 digits) | NUM(3 digits) ERA            (5+ digits: an error)
//! greg-date  = day "-"? G-MONTH (","? year ERA? ("-" CASE)?)?
//!            | G-MONTH NUM(1-2) ORDINAL? "," ? year          (month first: a year is required)
//!            | year ERA(সাল…) day G-MONTH  |  year ERA(সাল…) G-MONTH MONTH-UNIT?
//!            | NUM ~SEP~ NUM ~SEP~ NUM   (SEP one of / - . ; D-M-Y or Y-M-D)
//! bs-date    = day B-MONTH (","? year ERA?)?
//! hijri-date = day H-MONTH (","? year ERA?)?
//! time       = PERIOD? FILLER* FRACTION? ( NUM ~(":"|".")~ NUM(2) (~SEP~ NUM(2))? MERIDIEM? HOUR-UNIT?
//!                                      | NUM HOUR-UNIT (NUM MINUTE-UNIT (NUM SECOND-UNIT)?)?
//!                                      | HOUR-WORD HOUR-UNIT? ) MERIDIEM? APPROX?
//!            | PERIOD                                        (a period with no hour)
//! relative   = REL-DAY | DIRECTION WEEKDAY | DIRECTION YEAR-UNIT | COUNT UNIT AGO-LATER
//! chain      = (LABEL | FILLER | part) (SEP* (LABEL | FILLER | part))*
//! ```
//!
//! A part is *strong* when it can stand alone as a date expression (a day with its month, a
//! clock time, a full weekday name, `আজ` …) and *weak* otherwise (a label, a period word, `৩টা`,
//! which also counts objects). A chain is reported only when it holds a strong part.

use core::ops::Range;

use chrono::Weekday;

use crate::calendar::Month;
use crate::digits::DigitScript;
use crate::error::{Error, ErrorKind};

use super::lexer::{Kind, Num, Token};
use super::words::{DayPeriod, Era, Unit, Word};

/// A Gregorian date as written (day or year may be missing).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct GregParts {
    pub(crate) day: Option<u8>,
    pub(crate) month: u8,
    pub(crate) year: Option<i32>,
    pub(crate) span: Range<usize>,
    /// The month (and year) were taken from the date that follows (`৫ থেকে ৭ জানুয়ারি`).
    pub(crate) inherited: bool,
    /// The year was written with two digits (`২৭.৭.৭১`): `year` holds them, 0..=99, and the
    /// resolver picks the century.
    pub(crate) short_year: bool,
    /// A year written after the month with another calendar's era word (`৯ মার্চ ১৪৪৫ হিজরী`):
    /// its span. The year is not used.
    pub(crate) era_conflict: Option<Range<usize>>,
}

/// A Bangabda date as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct BanglaParts {
    pub(crate) day: u8,
    pub(crate) month: Month,
    pub(crate) year: Option<i32>,
    pub(crate) span: Range<usize>,
    pub(crate) era: Option<Era>,
    /// Written with an Assamese month name: read by the West Bengal calendar.
    pub(crate) assamese: bool,
    /// As for [`GregParts::era_conflict`] (`২ বৈশাখ ২০২৪ খ্রিস্টাব্দ`).
    pub(crate) era_conflict: Option<Range<usize>>,
}

/// A Hijri date as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct HijriParts {
    pub(crate) day: u8,
    pub(crate) month: u8,
    pub(crate) year: Option<i32>,
    pub(crate) span: Range<usize>,
}

/// A time of day as written, before the period/meridiem is applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TimeParts {
    /// Minutes after the written hour's start, fraction words applied (may be negative: পৌনে).
    pub(crate) hour: Option<u32>,
    pub(crate) minute: i32,
    pub(crate) second: u32,
    pub(crate) period: Option<DayPeriod>,
    pub(crate) meridiem: Option<bool>,
    /// An explicit UTC offset written after the time (`17:41:00+06:00`), in seconds.
    pub(crate) offset: Option<i32>,
    /// Written on a 24-hour clock (ISO 8601, the newsroom's `১৬৩৫ ঘণ্টা`): no meridiem needed.
    pub(crate) clock24: bool,
    /// Written with the almanacs' hour mark ঘ.
    pub(crate) almanac: bool,
    pub(crate) span: Range<usize>,
}

/// A clock time `H:MM[:SS][offset]` and the index after it.
struct Clock {
    hour: u32,
    minute: i32,
    second: u32,
    offset: Option<i32>,
    end: usize,
}

/// Relative expressions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RelParts {
    /// আজ 0, গতকাল −1, আগামীকাল +1, পরশু +2.
    Day(i8),
    /// গত/আগামী + weekday.
    Weekday(i8, Weekday),
    /// N units ago (−) or later (+).
    Offset(i64, Unit),
}

/// Everything one match collected.
#[derive(Debug, Clone, Default)]
pub(crate) struct Chain {
    pub(crate) span: Range<usize>,
    pub(crate) greg: Option<GregParts>,
    pub(crate) bangla: Option<BanglaParts>,
    pub(crate) hijri: Option<HijriParts>,
    pub(crate) saka: Option<BanglaParts>,
    pub(crate) weekday: Option<(Weekday, Range<usize>, bool)>,
    pub(crate) time: Option<TimeParts>,
    pub(crate) relative: Option<(RelParts, Range<usize>)>,
    /// গত (−1) / আগামী (+1) before a date: which way to look for its year.
    pub(crate) direction: Option<i8>,
    /// চলতি/এ (0), গত (−1), আগামী (+1) বছরের before a date.
    pub(crate) year_offset: Option<i8>,
    pub(crate) dibagoto: bool,
    pub(crate) approximate: bool,
    pub(crate) local_time: Option<Range<usize>>,
    pub(crate) mixed_digits: Vec<Range<usize>>,
    /// An Indian almanac's era (কলিযুগাব্দ, শকাব্দ …) or Assamese month in the match: evidence
    /// that its Bangabda date is West Bengal's.
    pub(crate) indian_cue: bool,
    /// The token where the match first crossed a table cell (`|`): if what follows contradicts
    /// what came before, the match ends there.
    pub(crate) cell_break: Option<usize>,
    /// ওইদিন, পরদিন …: the day is another mention's, not the reference's.
    pub(crate) anaphoric: bool,
    strong: bool,
    open_parens: u32,
}

impl Chain {
    pub(crate) fn is_strong(&self) -> bool {
        self.strong
    }

    /// The index of the token the match starts at.
    pub(crate) fn span_start_token(&self, tokens: &[Token]) -> usize {
        tokens.partition_point(|t| t.start < self.span.start)
    }
}

/// A recognised part.
enum Part {
    Greg(GregParts),
    Bangla(BanglaParts),
    Hijri(HijriParts),
    Saka(BanglaParts),
    Weekday(Weekday, Range<usize>, bool),
    Time(TimeParts, bool),
    Relative(RelParts, Range<usize>),
    /// গত/আগামী/চলতি before a date or weekday (applies to what follows).
    Direction(i8),
    /// চলতি/গত/আগামী বছরের.
    YearOffset(i8),
    Dibagoto,
    Approx,
    Local(Range<usize>),
    /// A year of an Indian almanac's era (`৫১২৫ কলিযুগাব্দ`, `১৯৪৬ শকাব্দ`), or the era word.
    IndianYear,
    /// ওইদিন, পরদিন …
    Anaphoric,
    /// Labels and other words that may sit inside a timestamp.
    Filler,
}

type Found<T> = Result<Option<(T, usize)>, Error>;

/// Years above this, written with a Bangabda month name and no বঙ্গাব্দ, are read as Śaka years
/// (Śaka 1600 was 1678 CE; Bangabda 1600 will be 2193 CE).
pub(crate) const SAKA_YEAR_THRESHOLD: i32 = 1600;

pub(crate) struct Grammar<'t> {
    pub(crate) toks: &'t [Token],
    pub(crate) text: &'t str,
}

fn is_sep(c: char) -> bool {
    matches!(c, ',' | '|' | '(' | ')' | ':' | '–' | '—' | '-' | ';' | '،' | '[' | ']' | '/')
        || is_danda(c)
}

/// The dari and the dandas (`।`, `॥`, and `৷` doubled on Tripura pages): they end sentences, and
/// almanac lines use them between the parts of one date.
fn is_danda(c: char) -> bool {
    matches!(c, '।' | '॥' | '৷')
}

impl<'t> Grammar<'t> {
    fn tok(&self, i: usize) -> Option<&'t Token> {
        self.toks.get(i)
    }

    fn word(&self, i: usize) -> Option<Word> {
        self.tok(i).and_then(Token::word)
    }

    fn num(&self, i: usize) -> Option<Num> {
        self.tok(i).and_then(Token::num)
    }

    fn glued(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| !t.space_before)
    }

    fn punct(&self, i: usize, c: char) -> bool {
        self.tok(i).is_some_and(|t| t.is_punct(c))
    }

    fn start(&self, i: usize) -> usize {
        self.tok(i).map_or(self.text.len(), |t| t.start)
    }

    fn end(&self, i: usize) -> usize {
        self.tok(i).map_or(self.text.len(), |t| t.end)
    }

    /// The span from token `a` to token `b` inclusive.
    fn span(&self, a: usize, b: usize) -> Range<usize> {
        self.start(a)..self.end(b)
    }

    /// `day = NUM(1-2) ORDINAL? | DAY-WORD`: the day's value and the next index.
    fn day(&self, i: usize) -> Option<(u64, usize)> {
        match self.tok(i)?.kind {
            Kind::Num(n) if n.digits <= 2 => {
                let mut j = i + 1;
                if self.word(j) == Some(Word::Ordinal) {
                    j += 1;
                }
                Some((n.value, j))
            }
            Kind::Word(Some(Word::DayWord(d))) => Some((u64::from(d), i + 1)),
            _ => None,
        }
    }

    /// A written year at `i`: 4 digits, or 3 digits followed by an era word. More than 4 digits
    /// next to a date is an error (`১২ জানুয়ারি ২০২৬০`).
    fn year(&self, i: usize) -> Found<i32> {
        let Some(n) = self.num(i) else {
            return Ok(None);
        };
        let era_follows = matches!(self.word(i + 1), Some(Word::Era(_)));
        match n.digits {
            4 | 3 if n.value == 0 => Err(Error::at(
                ErrorKind::YearOutOfRange { year: 0, min: 1, max: 9999 },
                self.span(i, i),
            )),
            4 => Ok(Some((n.value as i32, i + 1))),
            3 if era_follows => Ok(Some((n.value as i32, i + 1))),
            d if d >= 5 => Err(Error::at(
                ErrorKind::YearOutOfRange {
                    year: n.value.min(i64::MAX as u64) as i64,
                    min: 1,
                    max: 9999,
                },
                self.span(i, i),
            )),
            _ => Ok(None),
        }
    }

    /// Optional `,`? year ERA? ("-" CASE)? after a month; returns (year, era, next index).
    fn year_after_month(&self, i: usize) -> Result<(Option<i32>, Option<Era>, usize), Error> {
        let hyphen = self.punct(i, '-') && self.glued(i) && self.glued(i + 1);
        let j = if self.punct(i, ',') || hyphen { i + 1 } else { i };
        let Some((year, mut k)) = self.year(j)? else {
            return Ok((None, None, i));
        };
        let mut era = None;
        if let Some(Word::Era(e)) = self.word(k) {
            era = Some(e);
            k += 1;
        }
        // `২০২৫-এ`: a case ending after a hyphen.
        if (self.punct(k, '-') || self.punct(k, '–'))
            && self.glued(k)
            && self.glued(k + 1)
            && matches!(self.word(k + 1), Some(Word::CaseSuffix | Word::Direction(0)))
        {
            k += 2;
        }
        Ok((Some(year), era, k))
    }

    /// A day number as read: at most two digits, or a day word. Whether that day exists in its
    /// month is checked once the whole date is read (`super::days`), for every calendar alike.
    fn day_number(day: u64) -> u8 {
        debug_assert!(day <= 99, "days are read from at most two digits");
        day.min(99) as u8
    }

    /// `day MONTH (year)?` for the three calendars, and the Śaka reading of a Bangabda month
    /// name with a Śaka year or era word.
    fn day_month(&self, i: usize) -> Found<Part> {
        let Some((day, j)) = self.day(i) else {
            return Ok(None);
        };
        // `১০-জ্বিলহজ্জ-১৪৪৬`: a hyphen glued between day and month name (between two numbers
        // it starts a range, `৫-৯ জানুয়ারি`).
        let hyphenated = self.punct(j, '-') && self.glued(j) && self.glued(j + 1);
        let j = if hyphenated && self.word(j + 1).is_some() { j + 1 } else { j };
        let Some(month_word) = self.word(j) else {
            return Ok(None);
        };
        match month_word {
            Word::GregMonth(m) => {
                let day = Self::day_number(day);
                let (year, era, k) = self.year_after_month(j + 1)?;
                // `৯ মার্চ ১৪৪৫ হিজরী`: a Gregorian month with another calendar's year.
                let era_conflict = matches!(era, Some(Era::Hijri | Era::Bangla | Era::Saka))
                    .then(|| self.span(j + 1, k - 1));
                let year = if era_conflict.is_some() { None } else { year };
                // A month unit after the name (`ডিসেম্বর মাসে`) belongs to the date.
                let k = if self.word(k) == Some(Word::Unit(Unit::Month)) { k + 1 } else { k };
                let span = self.span(i, k - 1);
                Ok(Some((
                    Part::Greg(GregParts {
                        day: Some(day),
                        month: m,
                        year,
                        span,
                        inherited: false,
                        short_year: false,
                        era_conflict,
                    }),
                    k,
                )))
            }
            Word::BanglaMonth(month) | Word::AssameseMonth(month) => {
                let day = Self::day_number(day);
                let (year, era, k) = self.year_after_month(j + 1)?;
                let span = self.span(i, k - 1);
                let assamese = matches!(month_word, Word::AssameseMonth(_));
                let era_conflict = matches!(era, Some(Era::Christian | Era::Hijri))
                    .then(|| self.span(j + 1, k - 1));
                let year = if era_conflict.is_some() { None } else { year };
                let parts = BanglaParts { day, month, year, span, era, assamese, era_conflict };
                // শকাব্দ, or a year that only the Śaka era makes plausible: ICU prints 2 Jan 2026
                // as `১২ পৌষ, ১৯৪৭ সাল`, while Bangabda 1600 is still 170 years away. The
                // resolver flags the second case.
                if !assamese
                    && (era == Some(Era::Saka)
                        || (era != Some(Era::Bangla)
                            && year.is_some_and(|y| y > SAKA_YEAR_THRESHOLD)))
                {
                    return Ok(Some((Part::Saka(parts), k)));
                }
                Ok(Some((Part::Bangla(parts), k)))
            }
            Word::HijriMonth(m) => {
                let day = Self::day_number(day);
                let (year, _era, k) = self.year_after_month(j + 1)?;
                let span = self.span(i, k - 1);
                Ok(Some((Part::Hijri(HijriParts { day, month: m, year, span }), k)))
            }
            _ => Ok(None),
        }
    }

    /// `G-MONTH NUM ORDINAL? ","? year`: month first, as WordPress prints (`January 2, 2026`).
    fn month_first(&self, i: usize) -> Found<Part> {
        let Some(Word::GregMonth(m)) = self.word(i) else {
            return Ok(None);
        };
        // `জানুয়ারি ২০২৬`: a month and its year.
        if let Some(y) = self.num(i + 1).filter(|n| n.digits == 4 && n.value > 0) {
            let year = Some(y.value as i32);
            let span = self.span(i, i + 1);
            let parts = GregParts {
                day: None,
                month: m,
                year,
                span,
                inherited: false,
                short_year: false,
                era_conflict: None,
            };
            return Ok(Some((Part::Greg(parts), i + 2)));
        }
        let Some(n) = self.num(i + 1).filter(|n| n.digits <= 2) else {
            return Ok(None);
        };
        let mut j = i + 2;
        if self.word(j) == Some(Word::Ordinal) {
            j += 1;
        }
        let k = if self.punct(j, ',') { j + 1 } else { j };
        let Some((year, end)) = self.year(k)? else {
            return Ok(None);
        };
        let day = Self::day_number(n.value);
        let span = self.span(i, end - 1);
        Ok(Some((
            Part::Greg(GregParts {
                day: Some(day),
                month: m,
                year: Some(year),
                span,
                inherited: false,
                short_year: false,
                era_conflict: None,
            }),
            end,
        )))
    }

    /// `B-MONTH NUM ORDINAL? "," year ERA?` and the same with a Hijri month: month first, as
    /// some pages print them (`কার্তিক ৯, ১৪৩২ বঙ্গাব্দ`, `রবিউল আউয়াল ১৭, ১৪৪৭`). The comma
    /// and the year are required: a month name before a bare number is often something else.
    fn other_month_first(&self, i: usize) -> Found<Part> {
        let Some(word) = self.word(i) else { return Ok(None) };
        let Some(n) = self.num(i + 1).filter(|n| n.digits <= 2) else { return Ok(None) };
        let mut j = i + 2;
        if self.word(j) == Some(Word::Ordinal) {
            j += 1;
        }
        if !self.punct(j, ',') {
            return Ok(None);
        }
        let Some((year, mut k)) = self.year(j + 1)? else { return Ok(None) };
        let era = match self.word(k) {
            Some(Word::Era(e)) => {
                k += 1;
                Some(e)
            }
            _ => None,
        };
        let span = self.span(i, k - 1);
        match word {
            Word::BanglaMonth(month) | Word::AssameseMonth(month) => {
                if matches!(era, Some(Era::Christian | Era::Hijri)) {
                    return Ok(None);
                }
                let day = Self::day_number(n.value);
                let assamese = matches!(word, Word::AssameseMonth(_));
                let year = Some(year);
                let parts =
                    BanglaParts { day, month, year, span, era, assamese, era_conflict: None };
                let saka = !assamese
                    && (era == Some(Era::Saka)
                        || (era != Some(Era::Bangla)
                            && year.is_some_and(|y| y > SAKA_YEAR_THRESHOLD)));
                Ok(Some((if saka { Part::Saka(parts) } else { Part::Bangla(parts) }, k)))
            }
            Word::HijriMonth(m) => {
                if matches!(era, Some(Era::Christian | Era::Bangla | Era::Saka)) {
                    return Ok(None);
                }
                let day = Self::day_number(n.value);
                Ok(Some((Part::Hijri(HijriParts { day, month: m, year: Some(year), span }), k)))
            }
            _ => Ok(None),
        }
    }

    /// A year of an era only Indian almanacs count in, `NUM (বিক্রম)? ERA` (`৫১২৫
    /// কলিযুগাব্দ`, `২০৮১ বিক্রম সংবৎ`), or a Śaka year standing alone (`১৯৪৬ শকাব্দ`).
    fn era_year(&self, i: usize) -> Option<(Part, usize)> {
        self.num(i).filter(|n| (3..=4).contains(&n.digits))?;
        match self.word(i + 1) {
            Some(Word::IndianEra | Word::Era(Era::Saka)) => Some((Part::IndianYear, i + 2)),
            None if self.word(i + 2) == Some(Word::IndianEra)
                && matches!(self.tok(i + 1).map(|t| t.kind), Some(Kind::Word(None))) =>
            {
                Some((Part::IndianYear, i + 3))
            }
            _ => None,
        }
    }

    /// `year সালের day G-MONTH` and `year সালের G-MONTH মাসে?`.
    fn year_first(&self, i: usize) -> Found<Part> {
        let Some(n) = self.num(i).filter(|n| n.digits == 4) else { return Ok(None) };
        // `২০২৪ সালের`, `২০২৬ খ্রিস্টাব্দের`, `১৪৩২ বঙ্গাব্দের`; wiki markup may wrap the parts
        // in link brackets (`[[১৮৭৬]] সালের [[১৫ সেপ্টেম্বর]]`).
        let e = self.skip_brackets(i + 1);
        let Some(Word::Era(era @ (Era::Year | Era::Christian | Era::Bangla | Era::Hijri))) =
            self.word(e)
        else {
            return Ok(None);
        };
        let year = Some(n.value as i32);
        let j = self.skip_brackets(e + 1);
        if let Some((day, k)) = self.day(j) {
            match self.word(k) {
                Some(Word::GregMonth(m)) if matches!(era, Era::Year | Era::Christian) => {
                    let day = Self::day_number(day);
                    let span = self.span(i, k);
                    let parts = GregParts {
                        day: Some(day),
                        month: m,
                        year,
                        span,
                        inherited: false,
                        short_year: false,
                        era_conflict: None,
                    };
                    return Ok(Some((Part::Greg(parts), k + 1)));
                }
                // `১৪৪৬ হিজরির ১০ জিলহজ`.
                Some(Word::HijriMonth(m)) if matches!(era, Era::Year | Era::Hijri) => {
                    let day = Self::day_number(day);
                    let span = self.span(i, k);
                    let parts = HijriParts { day, month: m, year, span };
                    return Ok(Some((Part::Hijri(parts), k + 1)));
                }
                Some(Word::BanglaMonth(month)) if matches!(era, Era::Year | Era::Bangla) => {
                    let day = Self::day_number(day);
                    let span = self.span(i, k);
                    let parts = BanglaParts {
                        day,
                        month,
                        year,
                        span,
                        era: Some(era),
                        assamese: false,
                        era_conflict: None,
                    };
                    return Ok(Some((Part::Bangla(parts), k + 1)));
                }
                _ => {}
            }
        }
        if let (Some(Word::GregMonth(m)), true) =
            (self.word(j), matches!(era, Era::Year | Era::Christian))
        {
            let k = if self.word(j + 1) == Some(Word::Unit(Unit::Month)) { j + 2 } else { j + 1 };
            let span = self.span(i, k - 1);
            let parts = GregParts {
                day: None,
                month: m,
                year,
                span,
                inherited: false,
                short_year: false,
                era_conflict: None,
            };
            return Ok(Some((Part::Greg(parts), k)));
        }
        Ok(None)
    }

    /// The index after any wiki link brackets at `i`.
    fn skip_brackets(&self, mut i: usize) -> usize {
        while self.punct(i, '[') || self.punct(i, ']') {
            i += 1;
        }
        i
    }

    /// `NUM ~SEP~ NUM ~SEP~ NUM` with one separator of `/`, `-`, `.`: DD/MM/YYYY or YYYY-MM-DD.
    fn numeric(&self, i: usize) -> Found<Part> {
        let Some(a) = self.num(i) else {
            return Ok(None);
        };
        let Some(Kind::Punct(sep)) = self.tok(i + 1).map(|t| t.kind) else {
            return Ok(None);
        };
        if !matches!(sep, '/' | '-' | '.') || !self.glued(i + 1) || !self.glued(i + 2) {
            return Ok(None);
        }
        let Some(b) = self.num(i + 2) else {
            return Ok(None);
        };
        // `৭-১০ ২০২২`: day and month joined, the year after a space (notices).
        if !self.glued(i + 3) && a.digits <= 2 && b.digits <= 2 && (1..=12).contains(&b.value) {
            if let Some(c) = self.num(i + 3).filter(|c| c.digits == 4) {
                if !matches!(self.tok(i + 4).map(|t| t.kind), Some(Kind::Punct(_)))
                    || !self.glued(i + 4)
                {
                    let day = Self::day_number(a.value);
                    let parts = GregParts {
                        day: Some(day),
                        month: b.value as u8,
                        year: Some(c.value as i32),
                        span: self.span(i, i + 3),
                        inherited: false,
                        short_year: false,
                        era_conflict: None,
                    };
                    return Ok(Some((Part::Greg(parts), i + 4)));
                }
            }
        }
        if !self.punct(i + 3, sep) || !self.glued(i + 3) || !self.glued(i + 4) {
            return Ok(None);
        }
        let Some(c) = self.num(i + 4) else {
            return Ok(None);
        };
        // A fourth group (`1.2.3.4`) is not a date.
        if self.punct(i + 5, sep)
            && self.glued(i + 5)
            && self.num(i + 6).is_some()
            && self.glued(i + 6)
        {
            return Ok(None);
        }
        let span = self.span(i, i + 4);
        // A two-digit year only after a date word (`তাং ২৭.৭.৭১`): elsewhere `৮/১২/৩০` is as
        // likely an almanac's time or a fraction.
        let labelled = (1..=2).any(|back| {
            i.checked_sub(back).and_then(|b| self.word(b)) == Some(Word::DateWord)
                && (back == 1 || matches!(self.tok(i - 1).map(|t| t.kind), Some(Kind::Punct(_))))
        });
        let short_year = labelled && c.digits == 2 && a.digits <= 2 && b.digits <= 2;
        if short_year && (!(1..=12).contains(&b.value) || !(1..=31).contains(&a.value)) {
            return Ok(None);
        }
        let (year, month, day, month_i) = match (a.digits, b.digits, c.digits) {
            (1..=2, 1..=2, 4) => (c.value, b.value, a.value, i + 2),
            (1..=2, 1..=2, 2) if short_year => (c.value, b.value, a.value, i + 2),
            (4, 1..=2, 1..=2) => (a.value, b.value, c.value, i + 2),
            (1..=2, 1..=2, d) if d >= 5 => {
                return Err(Error::at(
                    ErrorKind::YearOutOfRange {
                        year: c.value.min(i64::MAX as u64) as i64,
                        min: 1,
                        max: 9999,
                    },
                    self.span(i + 4, i + 4),
                ));
            }
            _ => return Ok(None),
        };
        if year == 0 && !short_year {
            let year_i = if a.digits == 4 { i } else { i + 4 };
            return Err(Error::at(
                ErrorKind::YearOutOfRange { year: 0, min: 1, max: 9999 },
                self.span(year_i, year_i),
            ));
        }
        if !(1..=12).contains(&month) {
            return Err(Error::at(
                ErrorKind::MonthOutOfRange { month: month as i64 },
                self.span(month_i, month_i),
            ));
        }
        let day = Self::day_number(day);
        let parts = GregParts {
            day: Some(day),
            month: month as u8,
            year: Some(year as i32),
            span,
            inherited: false,
            short_year,
            era_conflict: None,
        };
        Ok(Some((Part::Greg(parts), i + 5)))
    }

    /// A day number standing before a connector and a full day-month (`৫ থেকে ৭ জানুয়ারি`,
    /// `৫-৯ জানুয়ারি`, `১ ও ২ জানুয়ারি`): it takes its month and year from that date.
    fn bare_day_before_range(&self, i: usize) -> Found<Part> {
        let Some((day, j)) = self.day(i) else {
            return Ok(None);
        };
        let mut k = j;
        let connector = matches!(
            self.tok(k).map(|t| t.kind),
            Some(Kind::Word(Some(Word::From | Word::And)) | Kind::Punct('-' | '–' | '—' | ','))
        );
        if !connector {
            return Ok(None);
        }
        k += 1;
        let next = match self.day_month(k) {
            Ok(Some((Part::Greg(g), _))) => g,
            _ => return Ok(None),
        };
        let day = Self::day_number(day);
        let span = self.span(i, j - 1);
        let parts = GregParts {
            day: Some(day),
            month: next.month,
            year: next.year,
            span,
            inherited: true,
            short_year: false,
            era_conflict: None,
        };
        Ok(Some((Part::Greg(parts), j)))
    }

    /// A unit word at `k`, also after a glued hyphen (`২-টা`, `৫-সেকেন্ডে`): the word and the
    /// index after it.
    fn unit_at(&self, k: usize) -> Option<(Word, usize)> {
        if self.punct(k, '-') && self.glued(k) && self.glued(k + 1) {
            return self.word(k + 1).map(|w| (w, k + 2));
        }
        self.word(k).map(|w| (w, k + 1))
    }

    /// A time of day; the flag says whether it is strong enough to stand alone.
    fn time(&self, i: usize, in_chain: bool) -> Found<(TimeParts, bool)> {
        let mut j = i;
        let mut period = None;
        let mut meridiem = None;
        if let Some(Word::Period(p)) = self.word(j) {
            period = Some(p);
            j += 1;
            // `ভোর বেলা`, `সকাল বেলা`: বেলা after another period only says "time of".
            if period != Some(DayPeriod::Daytime)
                && self.word(j) == Some(Word::Period(DayPeriod::Daytime))
            {
                j += 1;
            }
            while matches!(self.word(j), Some(Word::Approx | Word::Exactly | Word::Dibagoto)) {
                j += 1;
            }
        } else if let Some(Word::Meridiem(pm)) = self.word(j) {
            // Almanacs write the meridiem first: `অপরাহ্ন ৪টে ৩৫ মিনিট`.
            if matches!(self.tok(j + 1).map(|t| t.kind), Some(Kind::Num(_)))
                || matches!(self.word(j + 1), Some(Word::HourWord { .. } | Word::Fraction(_)))
            {
                meridiem = Some(pm);
                j += 1;
            }
        }
        let mut fraction = 0i32;
        if let Some(Word::Fraction(f)) = self.word(j) {
            fraction = i32::from(f);
            j += 1;
        }
        // Almanacs mark the hour with ঘ (ঘটিকা): `রাত্রি ঘ ২/৪৮ মিঃ`, `ঘ ০৩:২২`.
        let hour_mark = self.word(j) == Some(Word::HourMark);
        if hour_mark {
            j += 1;
        }
        let context = period.is_some() || meridiem.is_some() || fraction != 0 || hour_mark;
        let start = i;
        let mut offset = None;
        let mut clock24 = false;
        let (hour, minute, second, mut end, mut strong) = if let Some(h) = self.num(j) {
            if let Some(c) = self.clock(j, context, hour_mark, in_chain)? {
                offset = c.offset;
                (Some(c.hour), c.minute, c.second, c.end, true)
            } else if h.digits == 4
                && self.word(j + 1) == Some(Word::Unit(Unit::Hour))
                && h.value / 100 < 24
                && h.value % 100 < 60
            {
                // The newsroom's 24-hour clock: `১৬৩৫ ঘণ্টা` is 16:35.
                clock24 = true;
                (Some((h.value / 100) as u32), (h.value % 100) as i32, 0, j + 2, true)
            } else if let Some((Word::HourUnit { strong }, mut k)) =
                self.unit_at(j + 1).filter(|_| h.digits <= 2)
            {
                let mut minute = 0u64;
                let mut second = 0u64;
                let mut has_minutes = false;
                // `১০টা বেজে ৩০ মিনিট`
                if self.word(k) == Some(Word::Baje) && self.num(k + 1).is_some() {
                    k += 1;
                }
                if let (Some(m), Some((Word::Unit(Unit::Minute), after))) =
                    (self.num(k), self.unit_at(k + 1))
                {
                    minute = m.value;
                    has_minutes = true;
                    k = after;
                    if let (Some(s), Some((Word::Unit(Unit::Second), after))) =
                        (self.num(k), self.unit_at(k + 1))
                    {
                        second = s.value;
                        k = after;
                    }
                }
                self.check_time(h.value, minute, second, self.span(j, k - 1))?;
                (
                    Some(h.value as u32),
                    minute as i32,
                    second as u32,
                    k,
                    strong || has_minutes || context,
                )
            } else {
                return self.period_only(i, period);
            }
        } else if let Some(Word::HourWord { hour, minute, unit }) = self.word(j) {
            let mut k = j + 1;
            let unit = match unit {
                Some(strong) => Some(strong),
                None => match self.word(k) {
                    Some(Word::HourUnit { strong }) => {
                        k += 1;
                        Some(strong)
                    }
                    _ => None,
                },
            };
            match unit {
                // আড়াইটা, দেড়টা carry their minutes; আটটায় is a time by its suffix.
                Some(strong) => (
                    Some(u32::from(hour)),
                    i32::from(minute),
                    0,
                    k,
                    strong || context || minute != 0,
                ),
                None => return self.period_only(i, period),
            }
        } else {
            return self.period_only(i, period);
        };
        if let Some(Word::Meridiem(pm)) = self.word(end) {
            meridiem = Some(pm);
            end += 1;
            strong = true;
        }
        if matches!(self.word(end), Some(Word::HourUnit { .. })) {
            end += 1; // `৯:৫৫ টা`
        }
        if matches!(self.word(end), Some(Word::Baje)) {
            end += 1;
            strong = true;
        }
        // A zone written after the time (`৫:৪১ PM IST`, `11:41 GMT+6`).
        if hour.is_some() && offset.is_none() {
            if let Some((zone, after)) = self.zone_name(end) {
                offset = Some(zone);
                end = after;
            }
        }
        // `১০টার দিকে`, `৩টা নাগাদ`: "around" an hour confirms that it is one.
        if hour.is_some() && matches!(self.word(end), Some(Word::Approx)) {
            strong = true;
        }
        // ISO 8601 (`…T১০:০০`, or an explicit offset) is a 24-hour clock.
        clock24 |= offset.is_some()
            || (j > 0
                && self.glued(j)
                && self.tok(j - 1).is_some_and(|t| {
                    self.text.get(t.start..t.end).is_some_and(|w| w.eq_ignore_ascii_case("t"))
                }));
        let span = self.span(start, end - 1);
        let parts = TimeParts {
            hour,
            minute: minute + fraction,
            second,
            period,
            meridiem,
            offset,
            clock24,
            almanac: hour_mark,
            span,
        };
        Ok(Some(((parts, strong), end)))
    }

    /// A period word with no hour after it (`৩ সেপ্টেম্বর ভোরে`): weak.
    fn period_only(&self, i: usize, period: Option<DayPeriod>) -> Found<(TimeParts, bool)> {
        let Some(period) = period else {
            return Ok(None);
        };
        let span = self.span(i, i);
        let parts = TimeParts {
            hour: None,
            minute: 0,
            second: 0,
            period: Some(period),
            meridiem: None,
            offset: None,
            clock24: false,
            almanac: false,
            span,
        };
        Ok(Some(((parts, false), i + 1)))
    }

    /// `H ~SEP~ MM (~SEP~ SS)? (~(+|-)HH:MM | ~Z)?`. The separator is `:` (or the visarga the
    /// lexer turns into one); `.` and the dari `।` need context (a period or meridiem word
    /// before, or a meridiem or hour unit after), since `৪.৩০` is also a decimal and `।` ends a
    /// sentence; `-` needs both (`সকাল ৯-৪৫ টা`); `/` and a one-digit minute only come after the
    /// almanacs' hour mark ঘ (`ঘ ২/৪৮ মিঃ`, `ঘ ৭।৫`), or `/` with a period word and three
    /// groups (`রাত্রি ৮/১২/৩০`). An explicit UTC offset (ISO 8601 style) is kept and wins
    /// over the parser's zone. Inside a timestamp (`in_chain`), a stray space after the colon
    /// is tolerated (`০২ জানুয়ারি ২০২৬, ১৭: ৪১`).
    fn clock(
        &self,
        j: usize,
        context: bool,
        hour_mark: bool,
        in_chain: bool,
    ) -> Result<Option<Clock>, Error> {
        let Some(h) = self.num(j).filter(|n| n.digits <= 2) else { return Ok(None) };
        let Some(Kind::Punct(sep)) = self.tok(j + 1).map(|t| t.kind) else { return Ok(None) };
        let stray_space_ok = in_chain && sep == ':';
        if !matches!(sep, ':' | '.' | '।' | '-' | '/')
            || !self.glued(j + 1)
            || !(self.glued(j + 2) || stray_space_ok)
        {
            return Ok(None);
        }
        let short_minute_ok = hour_mark && sep != ':';
        let Some(m) =
            self.num(j + 2).filter(|n| n.digits == 2 || (short_minute_ok && n.digits == 1))
        else {
            return Ok(None);
        };
        let mut end = j + 3;
        let mut second = 0;
        let mut groups = 2;
        if self.punct(end, sep) && self.glued(end) && self.glued(end + 1) {
            if let Some(s) = self.num(end + 1).filter(|n| n.digits == 2) {
                second = s.value;
                end += 2;
                groups = 3;
            }
        }
        // `1.2.3`-like runs and dates (`০২.০১.২০২৬`) are not clock times; a trailing separator
        // with no number after it is punctuation (`বিকাল ৪:১০:`).
        let separator_follows = (self.punct(end, sep) || self.punct(end, '/')) && self.glued(end);
        if separator_follows && self.num(end + 1).is_some() && self.glued(end + 1) {
            return Ok(None);
        }
        let unit_after = |k: usize| match self.word(k) {
            Some(Word::Meridiem(_) | Word::HourUnit { .. }) => true,
            Some(Word::Unit(Unit::Minute)) => sep != ':',
            _ => false,
        };
        // `১২.৪৫ - ২.০০ ঘটিকা`: a range whose end is confirmed confirms its start.
        let range_end_confirmed = || {
            let k = end + usize::from(self.word(end) == Some(Word::HourUnit { strong: false }));
            let connects =
                matches!(self.tok(k).map(|t| t.kind), Some(Kind::Punct('-' | '–' | '—')))
                    || self.word(k) == Some(Word::From);
            connects
                && self.num(k + 1).is_some_and(|n| n.digits <= 2)
                && self.punct(k + 2, sep)
                && self.glued(k + 2)
                && self.num(k + 3).is_some_and(|n| n.digits == 2)
                && unit_after(k + 4)
        };
        let confirmed = unit_after(end) || (sep != ':' && range_end_confirmed());
        let allowed = match sep {
            ':' => true,
            '.' | '।' => context || confirmed,
            '-' => context && confirmed,
            _ => hour_mark || (context && groups == 3),
        };
        if !allowed {
            return Ok(None);
        }
        if sep != ':' && (h.value > 24 || m.value > 59) {
            return Ok(None);
        }
        self.check_time(h.value, m.value, second, self.span(j, end - 1))?;
        let (offset, mut end) = self.utc_offset(end);
        // `৬.৪৫ মিনিটে`, `ঘ ২/৪৮ মিঃ`: a minute unit after the clock belongs to it.
        if sep != ':' && self.word(end) == Some(Word::Unit(Unit::Minute)) {
            end += 1;
        }
        Ok(Some(Clock {
            hour: h.value as u32,
            minute: m.value as i32,
            second: second as u32,
            offset,
            end,
        }))
    }

    /// `IST` (+05:30), `UTC` or `GMT` (+00:00), optionally with a glued offset (`GMT+6`),
    /// after a time: seconds east of UTC and the index after it. `BST` is left alone: it is
    /// both Bangladesh Standard Time and British Summer Time.
    fn zone_name(&self, i: usize) -> Option<(i32, usize)> {
        let t = self.tok(i)?;
        let name = self.text.get(t.start..t.end)?;
        let base = match name.to_ascii_uppercase().as_str() {
            "IST" => 5 * 3600 + 1800,
            "UTC" | "GMT" => 0,
            _ => return None,
        };
        if base == 0 {
            if let (Some(o), after) = self.utc_offset_short(i + 1) {
                return Some((o, after));
            }
        }
        Some((base, i + 1))
    }

    /// `~+6`, `~+06`, `~+06:00` after GMT/UTC.
    fn utc_offset_short(&self, i: usize) -> (Option<i32>, usize) {
        let sign = match self.tok(i).map(|t| t.kind) {
            Some(Kind::Punct('+')) if self.glued(i) => 1,
            Some(Kind::Punct('-' | '−')) if self.glued(i) => -1,
            _ => return (None, i),
        };
        let Some(h) =
            self.num(i + 1).filter(|n| self.glued(i + 1) && n.digits <= 2 && n.value <= 14)
        else {
            return (None, i);
        };
        let mut minutes = 0;
        let mut end = i + 2;
        if self.punct(end, ':') && self.glued(end) {
            if let Some(m) = self.num(end + 1).filter(|n| n.digits == 2 && n.value < 60) {
                minutes = m.value as i32;
                end += 2;
            }
        }
        (Some(sign * (h.value as i32 * 3600 + minutes * 60)), end)
    }

    /// `~+HH:MM`, `~-HHMM` or `~Z` right after a clock time: seconds east of UTC.
    fn utc_offset(&self, i: usize) -> (Option<i32>, usize) {
        if !self.glued(i) {
            return (None, i);
        }
        if self.tok(i).is_some_and(|t| self.text.get(t.start..t.end) == Some("Z")) {
            return (Some(0), i + 1);
        }
        let sign = match self.tok(i).map(|t| t.kind) {
            Some(Kind::Punct('+')) => 1,
            Some(Kind::Punct('-' | '−')) => -1,
            _ => return (None, i),
        };
        let Some(hh) = self.num(i + 1).filter(|n| self.glued(i + 1) && matches!(n.digits, 2 | 4))
        else {
            return (None, i);
        };
        let (hours, mut minutes, mut end) = if hh.digits == 4 {
            (hh.value / 100, hh.value % 100, i + 2)
        } else {
            (hh.value, 0, i + 2)
        };
        if hh.digits == 2 && self.punct(end, ':') && self.glued(end) {
            if let Some(mm) = self.num(end + 1).filter(|n| n.digits == 2 && self.glued(end + 1)) {
                minutes = mm.value;
                end += 2;
            }
        }
        if hours > 23 || minutes > 59 {
            return (None, i);
        }
        (Some(sign * (hours as i32 * 3600 + minutes as i32 * 60)), end)
    }

    fn check_time(&self, h: u64, m: u64, s: u64, span: Range<usize>) -> Result<(), Error> {
        let clamp = |v: u64| v.min(i64::MAX as u64) as i64;
        // 24:00 is the end of the day (ISO 8601); 24:30 is not a time.
        if h == 24 && (m > 0 || s > 0) {
            let (field, value) = if m > 0 { ("minute", m) } else { ("second", s) };
            return Err(Error::at(
                ErrorKind::TimeOutOfRange { field, value: clamp(value), min: 0, max: 0 },
                span,
            ));
        }
        if h > 24 {
            return Err(Error::at(
                ErrorKind::TimeOutOfRange { field: "hour", value: clamp(h), min: 0, max: 23 },
                span,
            ));
        }
        if m > 59 {
            return Err(Error::at(
                ErrorKind::TimeOutOfRange { field: "minute", value: clamp(m), min: 0, max: 59 },
                span,
            ));
        }
        if s > 59 {
            return Err(Error::at(
                ErrorKind::TimeOutOfRange { field: "second", value: clamp(s), min: 0, max: 59 },
                span,
            ));
        }
        Ok(())
    }

    /// `COUNT UNIT AGO-LATER` (`১৮ মিনিট আগে`, `তিনদিন আগে`).
    fn offset(&self, i: usize) -> Option<(Part, usize)> {
        let (count, unit, j) = match self.tok(i)?.kind {
            Kind::Num(n) if n.digits <= 4 => match self.word(i + 1)? {
                Word::Unit(u) => (n.value as i64, u, i + 2),
                _ => return None,
            },
            Kind::Word(Some(Word::HourWord { hour, minute: 0, unit: None })) => {
                match self.word(i + 1)? {
                    Word::Unit(u) => (i64::from(hour), u, i + 2),
                    _ => return None,
                }
            }
            Kind::Word(Some(Word::Quantity(n, u))) => (i64::from(n), u, i + 1),
            _ => return None,
        };
        let Some(Word::AgoLater(sign)) = self.word(j) else {
            return None;
        };
        let span = self.span(i, j);
        Some((Part::Relative(RelParts::Offset(count * i64::from(sign), unit), span.clone()), j + 1))
    }

    /// One part at `i`, or `None`.
    fn part(&self, i: usize, in_chain: bool) -> Found<Part> {
        let Some(tok) = self.tok(i) else {
            return Ok(None);
        };
        match tok.kind {
            Kind::Num(_) => {
                // A glued colon can only start a clock time: skip the date recognisers.
                if self.punct(i + 1, ':') && self.glued(i + 1) {
                    return Ok(self
                        .time(i, in_chain)?
                        .map(|((t, strong), j)| (Part::Time(t, strong), j)));
                }
                // Direct calls, not a table of fn pointers, so that they inline.
                if let Some(found) = self.numeric(i)? {
                    return Ok(Some(found));
                }
                if let Some(found) = self.year_first(i)? {
                    return Ok(Some(found));
                }
                if let Some(found) = self.day_month(i)? {
                    return Ok(Some(found));
                }
                if let Some(found) = self.bare_day_before_range(i)? {
                    return Ok(Some(found));
                }
                if let Some(found) = self.offset(i) {
                    return Ok(Some(found));
                }
                if let Some(found) = self.era_year(i) {
                    return Ok(Some(found));
                }
                Ok(self.time(i, in_chain)?.map(|((t, strong), j)| (Part::Time(t, strong), j)))
            }
            Kind::Word(Some(w)) => match w {
                Word::BanglaMonth(_) | Word::AssameseMonth(_) | Word::HijriMonth(_) => {
                    self.other_month_first(i)
                }
                Word::IndianEra => Ok(Some((Part::IndianYear, i + 1))),
                Word::Anaphoric => Ok(Some((Part::Anaphoric, i + 1))),
                Word::DayWord(_) => {
                    if let Some(found) = self.day_month(i)? {
                        return Ok(Some(found));
                    }
                    self.bare_day_before_range(i)
                }
                Word::GregMonth(_) => self.month_first(i),
                Word::Weekday { day, short, typo } => {
                    let span = self.span(i, i);
                    // Short names (রবি, শনি) are also ordinary words: only inside a chain or
                    // right before a date.
                    if short && !in_chain && !self.date_follows(i + 1) {
                        return Ok(None);
                    }
                    Ok(Some((Part::Weekday(day, span, typo), i + 1)))
                }
                Word::Period(_)
                | Word::Fraction(_)
                | Word::HourWord { .. }
                | Word::Meridiem(_)
                | Word::HourMark => {
                    if let Some(found) = self.offset(i) {
                        return Ok(Some(found));
                    }
                    Ok(self.time(i, in_chain)?.map(|((t, strong), j)| (Part::Time(t, strong), j)))
                }
                Word::RelativeDay(d) => {
                    Ok(Some((Part::Relative(RelParts::Day(d), self.span(i, i)), i + 1)))
                }
                Word::Quantity(..) => Ok(self.offset(i)),
                Word::Direction(d) => match self.word(i + 1) {
                    Some(Word::Weekday { day, short: false, .. }) => Ok(Some((
                        Part::Relative(RelParts::Weekday(d, day), self.span(i, i + 1)),
                        i + 2,
                    ))),
                    Some(Word::Unit(Unit::Year)) => Ok(Some((Part::YearOffset(d), i + 2))),
                    _ if d != 0 => Ok(Some((Part::Direction(d), i + 1))),
                    _ => Ok(None),
                },
                Word::Dibagoto => Ok(Some((Part::Dibagoto, i + 1))),
                Word::Approx | Word::Exactly => Ok(Some((Part::Approx, i + 1))),
                Word::Local => Ok(Some((Part::Local(self.span(i, i)), i + 1))),
                Word::Label | Word::DateWord => Ok(Some((Part::Filler, i + 1))),
                // `(বাংলা- ৮ ফাল্গুন)`, `ইংরেজী: ২১ ফেব্রুয়ারি`: a calendar's name labels the
                // date that follows it inside a match.
                Word::Era(_) if in_chain => Ok(Some((Part::Filler, i + 1))),
                _ => Ok(None),
            },
            _ => Ok(None),
        }
    }

    /// Whether a date starts at `i` (after an optional comma or parenthesis).
    fn date_follows(&self, i: usize) -> bool {
        let i = if self.punct(i, ',') || self.punct(i, '(') { i + 1 } else { i };
        matches!(self.day_month(i), Ok(Some(_))) || matches!(self.numeric(i), Ok(Some(_)))
    }

    /// Build the chain that starts at token `i`. Returns the chain and the index after it, or an
    /// error with the index to resume from.
    pub(crate) fn chain(&self, i: usize) -> Result<Option<(Chain, usize)>, (Error, usize)> {
        let mut chain = Chain::default();
        Ok(self.chain_into(i, &mut chain)?.map(|next| (chain, next)))
    }

    /// [`Grammar::chain`] into a caller's fresh (`Default`) `Chain`, which saves moving a few
    /// hundred bytes on the hot path.
    pub(crate) fn chain_into(
        &self,
        i: usize,
        chain: &mut Chain,
    ) -> Result<Option<usize>, (Error, usize)> {
        let mut j = i;
        let mut last_end_tok: Option<usize> = None;
        let mut resume = i;
        let mut pending_direction = None;
        loop {
            // Separators between parts (none before the first).
            let mut k = j;
            let (mut danda, mut pipe, mut colon) = (false, false, false);
            if j > i {
                while let Some(Kind::Punct(c)) = self.tok(k).map(|t| t.kind) {
                    if !is_sep(c) || k - j >= 3 {
                        break;
                    }
                    danda |= is_danda(c);
                    pipe |= c == '|';
                    colon |= c == ':';
                    k += 1;
                }
            }
            // `২৪ মার্চ, মঙ্গলবার, ২০২০`: the year written after the weekday is the date's.
            if let Some(next) = self.year_after_weekday(k, chain, last_end_tok) {
                last_end_tok = Some(next - 1);
                resume = next;
                j = next;
                continue;
            }
            let part = match self.part(k, j > i) {
                Ok(Some(p)) => p,
                Ok(None) => break,
                Err(e) => {
                    // Resume after the offending token.
                    return Err((e, k + 1));
                }
            };
            let (part, next) = part;
            // Across a dari or danda only the parts of an almanac line go on (`৯ বৈশাখ, ১৪২৮।
            // শুক্রবার।`, `১৪৩১ বঙ্গাব্দ ।। ৫১২৫ কলিযুগাব্দ`); a dateline's colon does not
            // join a relative word to the date before it (`২৫ মার্চ : আগামীকাল`).
            let almanac_part = matches!(
                part,
                Part::Greg(_)
                    | Part::Bangla(_)
                    | Part::Hijri(_)
                    | Part::Saka(_)
                    | Part::Weekday(..)
                    | Part::IndianYear
            );
            if (danda && !almanac_part)
                || (colon
                    && chain.greg.is_some()
                    && matches!(part, Part::Relative(RelParts::Day(_), _)))
            {
                break;
            }
            if pipe && chain.cell_break.is_none() && chain.strong {
                chain.cell_break = Some(k);
            }
            // Labels, `তারিখে`, a pending গত/আগামী and the like belong to a match only when a
            // real part follows them.
            let extends_span = !matches!(
                part,
                Part::Filler
                    | Part::Anaphoric
                    | Part::Direction(_)
                    | Part::YearOffset(_)
                    | Part::Dibagoto
                    | Part::Local(_)
            );
            if !chain.accept(part, &mut pending_direction) {
                break;
            }
            if j == i {
                chain.span.start = self.start(k);
            }
            // Parentheses opened between parts.
            for t in self.toks.get(j..k).unwrap_or_default() {
                if t.is_punct('(') {
                    chain.open_parens += 1;
                } else if t.is_punct(')') {
                    chain.open_parens = chain.open_parens.saturating_sub(1);
                }
            }
            if extends_span {
                last_end_tok = Some(next - 1);
                resume = next;
            }
            j = next;
        }
        let Some(last) = last_end_tok else {
            return Ok(None);
        };
        let mut j = resume;
        let mut end_tok = last;
        // Trailing fillers (a label, `দিকে`) do not extend the span past the last real part, but
        // an unclosed parenthesis is closed.
        if chain.open_parens > 0 && self.punct(last + 1, ')') {
            end_tok = last + 1;
            j = j.max(last + 2);
        }
        chain.span.end = self.end(end_tok);
        for t in self.toks.get(i..=end_tok).unwrap_or_default() {
            if let Kind::Num(Num { script: DigitScript::Mixed, .. }) = t.kind {
                chain.mixed_digits.push(t.start..t.end);
            }
        }
        Ok(Some(j))
    }
}

impl Grammar<'_> {
    /// A four-digit year right after the weekday that followed a yearless date (`২৪ মার্চ,
    /// মঙ্গলবার, ২০২০`, `৭ মার্চ,শনিবার,২০২০`), put in the date: the index after it.
    fn year_after_weekday(
        &self,
        k: usize,
        chain: &mut Chain,
        last: Option<usize>,
    ) -> Option<usize> {
        let weekday_last =
            chain.weekday.as_ref().is_some_and(|w| Some(w.1.end) == last.map(|l| self.end(l)));
        let n = self.num(k).filter(|n| n.digits == 4 && weekday_last)?;
        // Not the start of a clock or numeric date (`২০২০-০৩-২৪`, `২০২০:`).
        if matches!(self.tok(k + 1).map(|t| t.kind), Some(Kind::Punct(_))) && self.glued(k + 1) {
            let c = self.tok(k + 1).and_then(|t| self.text.get(t.start..t.end));
            if !matches!(c, Some("," | "।" | ")")) {
                return None;
            }
        }
        let era = match self.word(k + 1) {
            Some(Word::Era(e)) => Some(e),
            _ => None,
        };
        let next = if era.is_some() { k + 2 } else { k + 1 };
        let year = n.value as i32;
        let greg_open = chain.greg.as_ref().is_some_and(|g| g.year.is_none() && g.day.is_some());
        let bangla_open = chain.bangla.as_ref().is_some_and(|b| b.year.is_none());
        let to_greg = match era {
            Some(Era::Christian) => greg_open,
            Some(Era::Bangla) => false,
            Some(Era::Year) | None => greg_open && (!bangla_open || year > SAKA_YEAR_THRESHOLD),
            _ => return None,
        };
        if to_greg {
            let g = chain.greg.as_mut()?;
            g.year = Some(year);
        } else if bangla_open && year <= SAKA_YEAR_THRESHOLD {
            let b = chain.bangla.as_mut()?;
            b.year = Some(year);
        } else {
            return None;
        }
        Some(next)
    }
}

impl Chain {
    /// Add a part; `false` when its slot is taken (the part then starts the next match).
    fn accept(&mut self, part: Part, pending: &mut Option<i8>) -> bool {
        match part {
            Part::Greg(p) => {
                if self.greg.is_some() {
                    return false;
                }
                self.direction = self.direction.or(pending.take());
                // A month with its year (`২০২২ সালের ডিসেম্বর মাসে`) is a date expression too.
                self.strong |= p.day.is_some() || p.year.is_some();
                self.greg = Some(p);
            }
            Part::Bangla(p) => {
                if self.bangla.is_some() {
                    return false;
                }
                self.direction = self.direction.or(pending.take());
                self.strong = true;
                self.bangla = Some(p);
            }
            Part::Saka(p) => {
                if self.saka.is_some() {
                    return false;
                }
                self.indian_cue |= p.era == Some(Era::Saka);
                self.strong = true;
                self.saka = Some(p);
            }
            Part::Hijri(p) => {
                if self.hijri.is_some() {
                    return false;
                }
                self.strong = true;
                self.hijri = Some(p);
            }
            Part::Weekday(d, span, typo) => {
                if self.weekday.is_some() {
                    return false;
                }
                if let Some(dir) = pending.take() {
                    if self.relative.is_some() {
                        return false;
                    }
                    self.relative = Some((RelParts::Weekday(dir, d), span.clone()));
                }
                self.strong = true;
                self.weekday = Some((d, span, typo));
            }
            Part::Time(t, strong) => {
                match &mut self.time {
                    // A period word alone, then the hour (`সকালে আটটায়`): complete it.
                    Some(prev) if prev.hour.is_none() && t.hour.is_some() && t.period.is_none() => {
                        let period = prev.period;
                        let span = prev.span.start..t.span.end;
                        *prev = TimeParts { period, span, ..t };
                        self.strong |= strong || period.is_some();
                        return true;
                    }
                    Some(_) => return false,
                    None => {}
                }
                self.strong |= strong;
                self.time = Some(t);
            }
            Part::Relative(r, span) => {
                if self.relative.is_some() {
                    return false;
                }
                if let RelParts::Weekday(_, d) = r {
                    if self.weekday.is_some() {
                        return false;
                    }
                    self.weekday = Some((d, span.clone(), false));
                }
                self.strong = true;
                self.relative = Some((r, span));
            }
            Part::Direction(d) => {
                if pending.is_some() || self.greg.is_some() || self.bangla.is_some() {
                    return false;
                }
                *pending = Some(d);
            }
            Part::YearOffset(d) => {
                if self.year_offset.is_some() || self.greg.is_some() {
                    return false;
                }
                self.year_offset = Some(d);
            }
            Part::IndianYear => self.indian_cue = true,
            Part::Anaphoric => self.anaphoric = true,
            Part::Dibagoto => self.dibagoto = true,
            Part::Approx => self.approximate = true,
            Part::Local(span) => self.local_time = Some(span),
            Part::Filler => {}
        }
        true
    }
}
