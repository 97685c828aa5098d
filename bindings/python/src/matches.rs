//! `Match` and `Warning`: one expression found in text, with character spans.

use bangla_date::Match;
use bangla_date::parse::{Relative, Warning};
use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime};
use pyo3::prelude::*;
use pyo3::types::PyDict;

use crate::chars::CharIndex;

/// One date/time expression found in text: what was written and what it means.
///
/// `start` and `end` are character indices into the string given, so
/// `text[m.start:m.end] == m.text`.
#[pyclass(frozen, module = "bangla_dateparser", name = "Match")]
pub(crate) struct PyMatch {
    inner: Match,
    start: usize,
    end: usize,
    text: String,
    warnings: Vec<WarningData>,
}

/// A warning's fields, converted once when the match is made.
#[derive(Clone)]
struct WarningData {
    code: &'static str,
    message: String,
    span: Option<(usize, usize)>,
}

/// Something worth knowing about a match that does not make it wrong.
#[pyclass(frozen, module = "bangla_dateparser", name = "Warning")]
pub(crate) struct PyWarning {
    data: WarningData,
}

#[pymethods]
impl PyWarning {
    /// A stable kebab-case name: `year-inferred`, `bangla-other-rule`, `meridiem-unknown`, ...
    #[getter]
    fn code(&self) -> &'static str {
        self.data.code
    }

    /// A sentence for people.
    #[getter]
    fn message(&self) -> &str {
        &self.data.message
    }

    /// The character index where the text the warning is about starts (None if it is about
    /// the whole match).
    #[getter]
    fn start(&self) -> Option<usize> {
        self.data.span.map(|s| s.0)
    }

    /// The character index where that text ends.
    #[getter]
    fn end(&self) -> Option<usize> {
        self.data.span.map(|s| s.1)
    }

    fn __repr__(&self) -> String {
        format!("Warning(code='{}', message='{}')", self.data.code, self.data.message)
    }

    fn __str__(&self) -> String {
        format!("{}: {}", self.data.code, self.data.message)
    }
}

/// The warning codes of a match (the column form).
pub(crate) fn warning_codes(m: &Match) -> impl Iterator<Item = &'static str> + '_ {
    m.warnings.iter().map(Warning::code)
}

impl PyMatch {
    /// Wrap `m`, found in `text`; `index` converts its byte offsets.
    pub(crate) fn new(m: Match, text: &str, index: &mut CharIndex<'_>) -> PyMatch {
        let start = index.char_at(m.span.start);
        let end = index.char_at(m.span.end);
        let matched = m.text(text).to_owned();
        let warnings = m
            .warnings
            .iter()
            .map(|w| WarningData {
                code: w.code(),
                message: w.to_string(),
                span: w.span().map(|s| (s.start, s.end)),
            })
            .collect::<Vec<_>>();
        // Warning spans may point before the match's end: convert them after, from the start.
        let warnings = warnings
            .into_iter()
            .map(|mut w| {
                w.span = w.span.map(|(a, b)| (index.char_at(a), index.char_at(b)));
                w
            })
            .collect();
        PyMatch { inner: m, start, end, text: matched, warnings }
    }
}

impl PyMatch {
    /// The warnings, as Python objects.
    pub(crate) fn warning_list(&self) -> Vec<PyWarning> {
        self.warnings.iter().map(|w| PyWarning { data: w.clone() }).collect()
    }

    /// The warnings as dicts with code, message, start, end.
    pub(crate) fn warning_dicts<'py>(&self, py: Python<'py>) -> PyResult<Vec<Bound<'py, PyDict>>> {
        self.warnings
            .iter()
            .map(|w| {
                let wd = PyDict::new(py);
                wd.set_item("code", w.code)?;
                wd.set_item("message", &w.message)?;
                wd.set_item("start", w.span.map(|s| s.0))?;
                wd.set_item("end", w.span.map(|s| s.1))?;
                Ok(wd)
            })
            .collect()
    }
}

#[pymethods]
impl PyMatch {
    /// Character index of the first character of the expression.
    #[getter]
    fn start(&self) -> usize {
        self.start
    }

    /// Character index just past the expression.
    #[getter]
    fn end(&self) -> usize {
        self.end
    }

    /// The expression as written.
    #[getter]
    fn text(&self) -> &str {
        &self.text
    }

    /// The moment (an aware `datetime`), when date and time are both known.
    #[getter]
    fn datetime(&self) -> Option<DateTime<FixedOffset>> {
        self.inner.datetime
    }

    /// The Gregorian date, when the year is known (written, or inferred with a warning).
    #[getter]
    fn date(&self) -> Option<NaiveDate> {
        self.inner.date
    }

    /// The time of day, when one was written.
    #[getter]
    fn time(&self) -> Option<NaiveTime> {
        self.inner.time
    }

    #[getter]
    fn year(&self) -> Option<i32> {
        self.inner.year
    }

    #[getter]
    fn month(&self) -> Option<u8> {
        self.inner.month
    }

    #[getter]
    fn day(&self) -> Option<u8> {
        self.inner.day
    }

    /// The weekday written, Monday = 0 (as `datetime.date.weekday()`).
    #[getter]
    fn weekday(&self) -> Option<u32> {
        self.inner.weekday.map(|w| w.num_days_from_monday())
    }

    /// The day period written (সকাল, রাত ...), in Bengali.
    #[getter]
    fn period(&self) -> Option<&'static str> {
        self.inner.period.map(|p| p.bengali())
    }

    #[getter]
    fn bangla_year(&self) -> Option<i32> {
        self.inner.bangla.and_then(|b| b.year)
    }

    /// The Bangabda month number, 1 (বৈশাখ) to 12 (চৈত্র).
    #[getter]
    fn bangla_month(&self) -> Option<u8> {
        self.inner.bangla.map(|b| b.month.number())
    }

    #[getter]
    fn bangla_day(&self) -> Option<u8> {
        self.inner.bangla.map(|b| b.day)
    }

    /// The rule under which the Bangabda date written is the Gregorian date beside it.
    #[getter]
    fn bangla_rule(&self) -> Option<&'static str> {
        self.inner.bangla.and_then(|b| b.rule).map(|r| r.name())
    }

    #[getter]
    fn hijri_year(&self) -> Option<i32> {
        self.inner.hijri.and_then(|h| h.year)
    }

    #[getter]
    fn hijri_month(&self) -> Option<u8> {
        self.inner.hijri.map(|h| h.month)
    }

    #[getter]
    fn hijri_day(&self) -> Option<u8> {
        self.inner.hijri.map(|h| h.day)
    }

    #[getter]
    fn saka_year(&self) -> Option<i32> {
        self.inner.saka.and_then(|s| s.year)
    }

    /// The Śaka month number (1 = Chaitra).
    #[getter]
    fn saka_month(&self) -> Option<u8> {
        self.inner.saka.map(|s| s.month)
    }

    #[getter]
    fn saka_day(&self) -> Option<u8> {
        self.inner.saka.map(|s| s.day)
    }

    /// The relative expression, as a dict: `{"days": -1}` (গতকাল), `{"direction": -1,
    /// "weekday": 5}` (গত শনিবার), `{"amount": -18, "unit": "minute"}` (১৮ মিনিট আগে).
    #[getter]
    fn relative<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyDict>>> {
        let Some(relative) = self.inner.relative else { return Ok(None) };
        let d = PyDict::new(py);
        match relative {
            Relative::Day { offset } => d.set_item("days", offset)?,
            Relative::Weekday { direction, weekday } => {
                d.set_item("direction", direction)?;
                d.set_item("weekday", weekday.num_days_from_monday())?;
            }
            Relative::Offset { amount, unit } => {
                d.set_item("amount", amount)?;
                d.set_item("unit", format!("{unit:?}").to_lowercase())?;
            }
            _ => return Ok(None),
        }
        Ok(Some(d))
    }

    /// The part the match plays: `single`, `range-start`, `range-end`, `list-item`, `from`,
    /// `until`.
    #[getter]
    fn role(&self) -> &'static str {
        self.inner.role.code()
    }

    /// An approximate time (দিকে, নাগাদ, আনুমানিক).
    #[getter]
    fn approximate(&self) -> bool {
        self.inner.approximate
    }

    /// What is worth knowing about this match.
    #[getter]
    fn warnings(&self) -> Vec<PyWarning> {
        self.warning_list()
    }

    /// Every field as a plain dict (warnings as dicts with code, message, start, end).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("start", self.start)?;
        d.set_item("end", self.end)?;
        d.set_item("text", &self.text)?;
        d.set_item("datetime", self.datetime())?;
        d.set_item("date", self.date())?;
        d.set_item("time", self.time())?;
        d.set_item("year", self.year())?;
        d.set_item("month", self.month())?;
        d.set_item("day", self.day())?;
        d.set_item("weekday", self.weekday())?;
        d.set_item("period", self.period())?;
        d.set_item("bangla_year", self.bangla_year())?;
        d.set_item("bangla_month", self.bangla_month())?;
        d.set_item("bangla_day", self.bangla_day())?;
        d.set_item("bangla_rule", self.bangla_rule())?;
        d.set_item("hijri_year", self.hijri_year())?;
        d.set_item("hijri_month", self.hijri_month())?;
        d.set_item("hijri_day", self.hijri_day())?;
        d.set_item("saka_year", self.saka_year())?;
        d.set_item("saka_month", self.saka_month())?;
        d.set_item("saka_day", self.saka_day())?;
        d.set_item("relative", self.relative(py)?)?;
        d.set_item("role", self.role())?;
        d.set_item("approximate", self.approximate())?;
        d.set_item("warnings", self.warning_dicts(py)?)?;
        Ok(d)
    }

    fn __repr__(&self) -> String {
        let value = match (self.inner.datetime, self.inner.date, self.inner.time) {
            (Some(dt), _, _) => dt.to_rfc3339(),
            (None, Some(d), _) => d.to_string(),
            (None, None, Some(t)) => t.to_string(),
            (None, None, None) => match (self.inner.month, self.inner.day) {
                (Some(m), Some(d)) => format!("--{m:02}-{d:02}"),
                _ => "?".to_owned(),
            },
        };
        format!("Match({}..{} '{}' -> {value})", self.start, self.end, self.text)
    }
}
