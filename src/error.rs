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

use crate::types::{CalendarMonth, Missing, TimeField};

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

    /// The span, for converting it to the unit of another language's strings (the parser's
    /// offset maps do).
    pub(crate) fn span_mut(&mut self) -> Option<&mut Range<usize>> {
        self.inner.span.as_mut()
    }

    /// Byte offsets of the offending text in the input, when text was involved.
    ///
    /// A Bengali letter or digit is three bytes in UTF-8, so spans are not character counts.
    pub fn span(&self) -> Option<Range<usize>> {
        self.inner.span.clone()
    }

    /// Whether a value was out of its range: a year, month, day, time field, number or date
    /// that does not exist or cannot be converted.
    ///
    /// ```
    /// use bangla_date::parse::Parser;
    ///
    /// assert!(Parser::new().parse("৩২ জানুয়ারি").unwrap_err().is_range());
    /// assert!(Parser::new().parse("৩১ ফাল্গুন ১৪৩২").unwrap_err().is_range());
    /// assert!(!Parser::new().parse("কোনো তারিখ নেই").unwrap_err().is_range());
    /// ```
    pub fn is_range(&self) -> bool {
        matches!(
            self.inner.kind,
            ErrorKind::NumberTooLarge { .. }
                | ErrorKind::YearOutOfRange { .. }
                | ErrorKind::MonthOutOfRange { .. }
                | ErrorKind::DayOutOfRange { .. }
                | ErrorKind::OutOfRange { .. }
                | ErrorKind::TimeOutOfRange { .. }
        )
    }

    /// Whether a match lacked what was asked of it ([`ErrorKind::Incomplete`]).
    ///
    /// ```
    /// use bangla_date::parse::parse;
    ///
    /// let m = parse("২৮ ডিসেম্বর")?;
    /// assert!(m.to_date().unwrap_err().is_incomplete());
    /// # Ok::<(), bangla_date::Error>(())
    /// ```
    pub fn is_incomplete(&self) -> bool {
        matches!(self.inner.kind, ErrorKind::Incomplete { .. })
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

/// The serde form of an error (feature `serde`), the one wire shape of errors that the CLI and
/// both bindings print:
///
/// ```json
/// {"kind": "day-out-of-range", "message": "day 32 is out of range for January (expected 1..=31)", "span": {"start": 10, "end": 44}}
/// ```
///
/// - `kind` is [`ErrorKind::code`], the name to match on;
/// - `message` is the kind's message, without the place (`Display` of [`Error`] adds ` (at bytes
///   …)`; a front end says the place in its own units, from `span`);
/// - `span` is the byte span in the input, as [`Match::span`](crate::Match::span) is written, or
///   `null` when no text was involved.
///
/// The kind's fields (the day, the month and its calendar, the valid range) are in the message
/// and not repeated as data: they are Rust types whose wire form would be a second interface to
/// keep stable, and no front end needs more than the code to tell errors apart. An error is only
/// written, never read back (there is no `Deserialize`): errors are made by the crate.
///
/// ```
/// use bangla_date::parse::Parser;
/// use bangla_date::{BanglaDate, Month, Rule};
///
/// let text = "সভা ৩২ জানুয়ারি";
/// let err = Parser::new().extract(text).next().unwrap().unwrap_err();
/// let json = serde_json::to_value(&err)?;
/// assert_eq!(json["kind"], "day-out-of-range");
/// assert_eq!(json["message"], "day 32 is out of range for January (expected 1..=31)");
/// assert_eq!(json["span"], serde_json::json!({"start": 10, "end": text.len()}));
/// // No text involved, no span.
/// let err = BanglaDate::new(1432, Month::Falgun, 31, Rule::Bangladesh2019).unwrap_err();
/// assert_eq!(serde_json::to_value(&err)?["span"], serde_json::Value::Null);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[cfg(feature = "serde")]
impl serde::Serialize for Error {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut out = s.serialize_struct("Error", 3)?;
        out.serialize_field("kind", self.kind().code())?;
        out.serialize_field("message", &self.kind().to_string())?;
        out.serialize_field("span", &self.inner.span)?;
        out.end()
    }
}

impl From<ErrorKind> for Error {
    fn from(kind: ErrorKind) -> Error {
        Error::new(kind)
    }
}

/// What went wrong. Each variant carries the value that was rejected and, where there is one,
/// the range that would have been accepted.
///
/// To ask a broad question instead of matching a variant, use [`Error::is_range`] (a value out
/// of its range) or [`Error::is_incomplete`] (a match that lacks what was asked of it).
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

    /// A day past the end of its month, or zero, in any calendar.
    ///
    /// Raised by the constructors ([`BanglaDate::new`](crate::BanglaDate::new),
    /// [`SakaDate::new`](crate::SakaDate::new), [`HijriDate::new`](crate::HijriDate::new)) and
    /// by the parser, which checks every written date in one place after reading it: the span
    /// is then the whole written date (day, month and year), however it was written.
    #[error(
        "day {day} is out of range for {month}{}{} (expected 1..={max})",
        OptionalYear(*year),
        Limit { month: *month, year: *year, max: *max }
    )]
    DayOutOfRange {
        /// The day as given.
        day: i64,
        /// The month, with its calendar (and, for a Bangabda month, the rule it was checked by).
        month: CalendarMonth,
        /// The year, when one was given; without one the day is checked against the longest
        /// that month can be.
        year: Option<i64>,
        /// The length of the month (the longest it can be when the year or rule is unknown).
        max: u8,
    },

    /// A Gregorian date outside the range a calendar can convert: the first and last months of
    /// chrono's range (which fall in Bangabda or Śaka years chrono cannot hold whole), or, for a
    /// West Bengal rule, a date outside the years its tables are computed for.
    #[error("{date} is outside the range this calendar can convert (expected {min}..={max})")]
    OutOfRange {
        /// The date that could not be converted.
        date: chrono::NaiveDate,
        /// The first convertible date.
        min: chrono::NaiveDate,
        /// The last convertible date.
        max: chrono::NaiveDate,
    },

    /// A name that is not one of the documented names (a rule, a month, a preset).
    #[error("unknown {what} `{found}` (expected one of: {})", expected.join(", "))]
    UnknownName {
        /// What kind of name was expected: `"rule"`, `"month"`, `"preset"`.
        what: &'static str,
        /// The name as given.
        found: String,
        /// The names accepted.
        expected: &'static [&'static str],
    },

    /// A time zone that is neither an IANA name nor a UTC offset.
    #[error(
        "unknown time zone `{found}` (expected an IANA name such as Asia/Dhaka, or an offset such as +06:00)"
    )]
    UnknownTimeZone {
        /// The name as given.
        found: String,
    },

    /// A time of day out of range.
    #[error("{field} {value} is out of range (expected {min}..={max})")]
    TimeOutOfRange {
        /// Which part of the time.
        field: TimeField,
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

    /// A match lacks what was asked of it: [`Match::to_date`](crate::Match::to_date) on a date
    /// written without a year (and no reference date to infer it from), or
    /// [`Match::to_datetime`](crate::Match::to_datetime) on a match without a time. The span is
    /// the match's.
    #[error("incomplete: {missing}")]
    Incomplete {
        /// What is missing.
        missing: Missing,
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

impl ErrorKind {
    /// A short kebab-case name of the kind (the variant's), stable for machine use: what the
    /// Python and JavaScript packages report as an error's `kind`.
    ///
    /// ```
    /// use bangla_date::parse::Parser;
    ///
    /// let err = Parser::new().parse("৩২ জানুয়ারি").unwrap_err();
    /// assert_eq!(err.kind().code(), "day-out-of-range");
    /// ```
    pub const fn code(&self) -> &'static str {
        match self {
            ErrorKind::Empty => "empty",
            ErrorKind::NumberTooLarge { .. } => "number-too-large",
            ErrorKind::YearOutOfRange { .. } => "year-out-of-range",
            ErrorKind::MonthOutOfRange { .. } => "month-out-of-range",
            ErrorKind::DayOutOfRange { .. } => "day-out-of-range",
            ErrorKind::OutOfRange { .. } => "out-of-range",
            ErrorKind::UnknownName { .. } => "unknown-name",
            ErrorKind::UnknownTimeZone { .. } => "unknown-time-zone",
            ErrorKind::TimeOutOfRange { .. } => "time-out-of-range",
            ErrorKind::Unexpected { .. } => "unexpected",
            ErrorKind::TrailingInput { .. } => "trailing-input",
            ErrorKind::Incomplete { .. } => "incomplete",
            ErrorKind::UnknownDirective { .. } => "unknown-directive",
            ErrorKind::MissingTime { .. } => "missing-time",
            ErrorKind::WriteFailed => "write-failed",
            ErrorKind::InvalidUtf8 => "invalid-utf8",
            ErrorKind::Io { .. } => "io",
        }
    }
}

/// The item of `all` whose interface name (by `name`) is `s`, ASCII case-insensitively and
/// ignoring surrounding white space; otherwise [`ErrorKind::UnknownName`] listing `names`, with
/// the span of `s`. The one reader of named values (rules, presets).
pub(crate) fn by_name<T: Copy>(
    s: &str,
    all: &[T],
    name: fn(T) -> &'static str,
    what: &'static str,
    names: &'static [&'static str],
) -> Result<T, Error> {
    all.iter().copied().find(|t| name(*t).eq_ignore_ascii_case(s.trim())).ok_or_else(|| {
        Error::at(ErrorKind::UnknownName { what, found: s.to_owned(), expected: names }, 0..s.len())
    })
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

/// Shows why a Bangabda month has the length it has: `under rule bd2019, which has 29 days`.
struct Limit {
    month: CalendarMonth,
    year: Option<i64>,
    max: u8,
}

impl fmt::Display for Limit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.month, self.year) {
            (CalendarMonth::Bangabda { rule: Some(rule), .. }, _) => {
                write!(f, " under rule {rule}, which has {} days", self.max)
            }
            (CalendarMonth::Bangabda { rule: None, .. }, _) => {
                write!(f, ", which has at most {} days under any rule", self.max)
            }
            (CalendarMonth::Saka { .. } | CalendarMonth::Hijri { .. }, Some(_)) => {
                write!(f, ", which has {} days", self.max)
            }
            _ => Ok(()),
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
