//! The crate's one error type.
//!
//! Every fallible operation — scanning digits, building a [`BanglaDate`](crate::BanglaDate),
//! converting to or from chrono, parsing text — returns [`Error`], so `?` composes across them.
//! An [`Error`] carries a matchable [`ErrorKind`] that holds the offending value and the valid
//! range, and, when text was involved, the byte span of the offending part in the caller's
//! original string (so `&input[span]` is the text that failed).
//!
//! Messages follow one style: lower case, no trailing period, "expected X, but found Y". Bengali
//! text is quoted as written (never through `{:?}`, which escapes vowel signs); computed values
//! are printed in ASCII digits.

use core::fmt;
use core::ops::Range;

use crate::calendar::{Month, Rule};

/// The error type of every fallible operation in this crate.
///
/// Match on [`Error::kind`] to tell the cases apart, and use [`Error::span`] to find the
/// offending text.
///
/// # Example
///
/// ```
/// use bangla_date::{BanglaDate, ErrorKind, Month, Rule};
///
/// let err = BanglaDate::new(1432, Month::Falgun, 31, Rule::Bangladesh2019).unwrap_err();
/// assert!(matches!(err.kind(), ErrorKind::DayOutOfRange { day: 31, max: 29, .. }));
/// assert_eq!(
///     err.to_string(),
///     "day 31 is out of range for ফাল্গুন (Falgun) 1432 under rule bd2019, which has 29 days (expected 1..=29)",
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    // Boxed so that `Result<T, Error>` stays one word wider than `T`: the parser passes many
    // results between its recognisers, and errors are rare.
    inner: Box<Inner>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Inner {
    kind: ErrorKind,
    span: Option<Range<usize>>,
}

impl Error {
    /// An error of this kind with no span.
    #[cold]
    pub(crate) fn new(kind: ErrorKind) -> Error {
        Error { inner: Box::new(Inner { kind, span: None }) }
    }

    /// An error of this kind about the bytes `span` of the input.
    #[cold]
    pub(crate) fn at(kind: ErrorKind, span: Range<usize>) -> Error {
        Error { inner: Box::new(Inner { kind, span: Some(span) }) }
    }

    /// Attach a span if the error has none yet.
    pub(crate) fn or_span(mut self, span: Range<usize>) -> Error {
        if self.inner.span.is_none() {
            self.inner.span = Some(span);
        }
        self
    }

    /// The error with its span moved `by` bytes on (read from text that starts `by` bytes into
    /// a stream).
    pub(crate) fn shifted(mut self, by: usize) -> Error {
        if let Some(span) = &mut self.inner.span {
            *span = span.start + by..span.end + by;
        }
        self
    }

    /// What went wrong, with the offending value and the valid range.
    pub fn kind(&self) -> &ErrorKind {
        &self.inner.kind
    }

    /// Byte offsets of the offending text in the input, when text was involved.
    ///
    /// A Bengali letter or digit is three bytes in UTF-8, so spans are not character counts.
    pub fn span(&self) -> Option<Range<usize>> {
        self.inner.span.clone()
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.inner.kind, f)?;
        if let Some(span) = &self.inner.span {
            write!(f, " (at bytes {}..{})", span.start, span.end)?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {}

impl From<ErrorKind> for Error {
    fn from(kind: ErrorKind) -> Error {
        Error::new(kind)
    }
}

/// What went wrong. Each variant carries the value that was rejected and, where there is one,
/// the range that would have been accepted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input was empty or held only white space.
    #[error("empty input; expected a date such as `১৯ পৌষ ১৪৩২`")]
    Empty,

    /// A run of digits does not fit the integer type (more than 19 digits).
    #[error("number `{text}` is too large (expected at most {max_digits} digits)")]
    NumberTooLarge {
        /// The digits as written.
        text: String,
        /// The most digits accepted.
        max_digits: u8,
    },

    /// A year outside the supported range.
    #[error("year {year} is out of range (expected {min}..={max})")]
    YearOutOfRange {
        /// The year as given.
        year: i64,
        /// The smallest accepted year.
        min: i64,
        /// The largest accepted year.
        max: i64,
    },

    /// A month number outside 1..=12.
    #[error("month {month} is out of range (expected 1..=12)")]
    MonthOutOfRange {
        /// The month number as given.
        month: i64,
    },

    /// A Bangabda day past the end of its month (or zero) under the rule in use.
    #[error(
        "day {day} is out of range for {} ({}) {year} under rule {rule}, which has {max} days (expected 1..={max})",
        month.bengali(),
        month.roman()
    )]
    DayOutOfRange {
        /// The day as given.
        day: i64,
        /// The Bangabda month.
        month: Month,
        /// The Bangabda year.
        year: i32,
        /// The length of that month in that year under `rule`.
        max: u8,
        /// The rule the date was checked against.
        rule: Rule,
    },

    /// A Gregorian day past the end of its month (or zero); the year is `None` when none was
    /// written (then February allows 29).
    #[error(
        "day {day} is out of range for {}{} (expected 1..={max})",
        crate::parse::english_month_name(*month),
        OptionalYear(*year)
    )]
    InvalidGregorianDate {
        /// The year, when known.
        year: Option<i64>,
        /// The month, 1..=12.
        month: u8,
        /// The day as given.
        day: i64,
        /// The length of that month.
        max: u8,
    },

    /// A day number that no month written that way can have (`৩২ জানুয়ারি`, `৩৩ আষাঢ়`).
    #[error("day {day} is out of range for `{month}` (expected 1..={max})")]
    DayOfMonthOutOfRange {
        /// The day as given.
        day: i64,
        /// The month name as written.
        month: String,
        /// The most days that month can have under any rule.
        max: u8,
    },

    /// A date that exists in the calendar but that chrono's `NaiveDate` cannot represent (or the
    /// reverse: a chrono date before the first supported Bangabda year).
    #[error("{what} is outside the range this crate can convert ({min}..={max})")]
    OutOfRange {
        /// The date that could not be converted, written out.
        what: String,
        /// The first convertible value.
        min: String,
        /// The last convertible value.
        max: String,
    },

    /// A rule name that is not one of the documented names.
    #[error("unknown rule `{found}` (expected one of: {})", Rule::NAMES.join(", "))]
    UnknownRule {
        /// The name as given.
        found: String,
    },

    /// A time of day out of range.
    #[error("{field} {value} is out of range (expected {min}..={max})")]
    TimeOutOfRange {
        /// `"hour"`, `"minute"` or `"second"`.
        field: &'static str,
        /// The value as given.
        value: i64,
        /// The smallest accepted value.
        min: u8,
        /// The largest accepted value.
        max: u8,
    },

    /// The parser expected one thing and found another (or the end of the input, shown as an
    /// empty `found`).
    #[error("expected {expected}, but found {}", Found(found))]
    Unexpected {
        /// What the grammar allowed here.
        expected: &'static str,
        /// The text found, as written (empty at the end of the input).
        found: String,
    },

    /// A complete expression was read but text remains.
    #[error("read a date expression, but unparsed input `{rest}` remains (expected no more input)")]
    TrailingInput {
        /// The text left over, as written.
        rest: String,
    },

    /// A time zone offset that cannot be used.
    #[error("time zone offset {seconds} s is out of range (expected -86399..=86399)")]
    InvalidOffset {
        /// The offset in seconds east of UTC.
        seconds: i64,
    },

    /// A format description contains a `%` directive that is not in the table of
    /// [`format`](crate::format). The span covers the directive with its `%` and flags.
    #[error(
        "unknown format directive `{directive}` (see the directive table of bangla_date::format)"
    )]
    UnknownDirective {
        /// The directive as written, from `%` to its letter.
        directive: String,
    },

    /// A format description prints a time of day, but the value formatted has none (a date).
    #[error(
        "format directive `{directive}` needs a time of day, but the value is a date without one"
    )]
    MissingTime {
        /// The first directive that needs a time, as written.
        directive: String,
    },

    /// The `fmt::Write` sink given to a formatter reported an error.
    #[error("the output sink reported an error while formatting")]
    WriteFailed,

    /// A day past the end of its month (or zero) in a calendar other than the Bangabda and the
    /// Gregorian ones (the Śaka and Hijri calendars).
    #[error(
        "day {day} is out of range for {month_name} (month {month}) {year} of the {calendar} calendar, which has {max} days (expected 1..={max})"
    )]
    CalendarDayOutOfRange {
        /// The calendar: `"Saka"` or `"Hijri"`.
        calendar: &'static str,
        /// The year as given.
        year: i64,
        /// The month number, 1..=12.
        month: u8,
        /// The month's Bengali name.
        month_name: &'static str,
        /// The day as given.
        day: i64,
        /// The length of that month.
        max: u8,
    },

    /// Bytes of a stream that are not UTF-8 (the span says which); reading goes on after them.
    #[error("the input is not valid UTF-8")]
    InvalidUtf8,

    /// Reading a stream failed; nothing after the span's offset was read.
    #[error("reading the input failed: {message}")]
    Io {
        /// The kind of I/O error.
        kind: std::io::ErrorKind,
        /// The I/O error's message.
        message: String,
    },
}

/// Shows ` YEAR` or nothing.
struct OptionalYear(Option<i64>);

impl fmt::Display for OptionalYear {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(y) => write!(f, " {y}"),
            None => Ok(()),
        }
    }
}

/// Shows found text in backticks, or "end of input" for an empty string.
struct Found<'a>(&'a str);

impl fmt::Display for Found<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() { f.write_str("end of input") } else { write!(f, "`{}`", self.0) }
    }
}
