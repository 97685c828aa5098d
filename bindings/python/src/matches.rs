//! `Match` and `Warning`: one expression found in text, as the library's serde form with
//! character spans.

use bangla_date::Match;
use bangla_date::parse::{OffsetMap, Warning};
use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime};
use pyo3::prelude::*;

use crate::wire::{self, WithText};

/// One date/time expression found in text: what was written and what it means.
///
/// Its fields are those of the library's serde form (`to_dict()` gives that form whole, with
/// `text`); `span` is in characters, so `text[m.start:m.end] == m.text`. `date`, `time`,
/// `datetime` and `approximate_date` are `datetime` objects here (strings in `to_dict()`).
#[pyclass(frozen, module = "bangla_dateparser", name = "Match")]
pub(crate) struct PyMatch {
    /// The match with its spans in characters.
    pub(crate) inner: Match,
    text: String,
}

/// Something worth knowing about a match that does not make it wrong: the library's serde form
/// (`kind` and the kind's fields, `span` in characters) and a message for people.
#[pyclass(frozen, module = "bangla_dateparser", name = "Warning")]
pub(crate) struct PyWarning {
    inner: Warning,
}

#[pymethods]
impl PyWarning {
    /// A stable kebab-case name: `year-inferred`, `bangla-other-rule`, `meridiem-unknown`, ...
    /// (the serde form's `kind`).
    #[getter]
    fn kind(&self) -> &'static str {
        self.inner.code()
    }

    /// The same as `kind`.
    #[getter]
    fn code(&self) -> &'static str {
        self.inner.code()
    }

    /// A sentence for people.
    #[getter]
    fn message(&self) -> String {
        self.inner.to_string()
    }

    /// `{"start", "end"}`: the characters the warning is about, or None when it is about the
    /// whole match.
    #[getter]
    fn span(&self, py: Python<'_>) -> PyResult<PyObject> {
        wire::to_py(py, &self.inner.span())
    }

    /// Where the span starts (None without one).
    #[getter]
    fn start(&self) -> Option<usize> {
        self.inner.span().map(|s| s.start)
    }

    /// Where the span ends (None without one).
    #[getter]
    fn end(&self) -> Option<usize> {
        self.inner.span().map(|s| s.end)
    }

    /// The serde form: `{"kind": "bangla-other-rule", "configured": "bd2019", "matched":
    /// "bd1987", "span": {"start": .., "end": ..}}`.
    fn to_dict(&self, py: Python<'_>) -> PyResult<PyObject> {
        wire::to_py(py, &self.inner)
    }

    fn __repr__(&self) -> String {
        format!("Warning(kind='{}', message='{}')", self.inner.code(), self.inner)
    }

    fn __str__(&self) -> String {
        format!("{}: {}", self.inner.code(), self.inner)
    }
}

/// The warnings as Python objects.
pub(crate) fn warning_list(warnings: &[Warning]) -> Vec<PyWarning> {
    warnings.iter().map(|w| PyWarning { inner: w.clone() }).collect()
}

/// The warning codes of a match (the column form).
pub(crate) fn warning_codes(m: &Match) -> impl Iterator<Item = &'static str> + '_ {
    m.warnings.iter().map(Warning::code)
}

impl PyMatch {
    /// Wrap `m`, found in `text`; `chars` converts its byte offsets to characters.
    pub(crate) fn new(m: Match, text: &str, chars: &mut OffsetMap<'_>) -> PyMatch {
        let matched = m.text(text).to_owned();
        PyMatch { inner: chars.convert(m), text: matched }
    }

    /// Wrap `m`, whose spans are already characters, and its text.
    pub(crate) fn converted(m: Match, text: &str) -> PyMatch {
        PyMatch { inner: m, text: text.to_owned() }
    }
}

#[pymethods]
impl PyMatch {
    /// `{"start", "end"}`: character indices of the expression.
    #[getter]
    fn span(&self, py: Python<'_>) -> PyResult<PyObject> {
        wire::to_py(py, &self.inner.span)
    }

    /// Character index of the first character of the expression.
    #[getter]
    fn start(&self) -> usize {
        self.inner.span.start
    }

    /// Character index just past the expression.
    #[getter]
    fn end(&self) -> usize {
        self.inner.span.end
    }

    /// The expression as written.
    #[getter]
    fn text(&self) -> &str {
        &self.text
    }

    /// The moment (an aware `datetime`, its offset to the second), when date and time are both
    /// known.
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

    /// The weekday written: `Mon` ... `Sun`.
    #[getter]
    fn weekday(&self, py: Python<'_>) -> PyResult<PyObject> {
        wire::to_py(py, &self.inner.weekday)
    }

    /// The day period written: `dawn`, `morning`, `noon`, `afternoon`, `evening`, `night`,
    /// `daytime`.
    #[getter]
    fn period(&self, py: Python<'_>) -> PyResult<PyObject> {
        wire::to_py(py, &self.inner.period)
    }

    /// The Bangabda date written: `{"day", "month" (1 = বৈশাখ), "year", "rule"}` (the rule
    /// under which it is the Gregorian date beside it).
    #[getter]
    fn bangla(&self, py: Python<'_>) -> PyResult<PyObject> {
        wire::to_py(py, &self.inner.bangla)
    }

    /// The Hijri date written: `{"day", "month", "year"}`.
    #[getter]
    fn hijri(&self, py: Python<'_>) -> PyResult<PyObject> {
        wire::to_py(py, &self.inner.hijri)
    }

    /// The Śaka date written: `{"day", "month" (1 = Chaitra), "year"}`.
    #[getter]
    fn saka(&self, py: Python<'_>) -> PyResult<PyObject> {
        wire::to_py(py, &self.inner.saka)
    }

    /// The relative expression: `{"kind": "day", "offset": -1}` (গতকাল), `{"kind": "weekday",
    /// "direction": -1, "weekday": "Sat"}` (গত শনিবার), `{"kind": "offset", "amount": -18,
    /// "unit": "minute"}` (১৮ মিনিট আগে).
    #[getter]
    fn relative(&self, py: Python<'_>) -> PyResult<PyObject> {
        wire::to_py(py, &self.inner.relative)
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

    /// When only a Hijri date is written: the tabular calendar's estimate of its day (`date`
    /// stays None).
    #[getter]
    fn approximate_date(&self) -> Option<NaiveDate> {
        self.inner.approximate_date
    }

    /// What is worth knowing about this match.
    #[getter]
    fn warnings(&self) -> Vec<PyWarning> {
        warning_list(&self.inner.warnings)
    }

    /// The library's serde form, with character spans and the `text`: the fields the CLI
    /// prints, with the same names and values.
    fn to_dict(&self, py: Python<'_>) -> PyResult<PyObject> {
        wire::to_py(py, &WithText { value: &self.inner, text: &self.text })
    }

    fn __repr__(&self) -> String {
        let m = &self.inner;
        let value = match (m.datetime, m.date, m.time) {
            // The offset to the second (+05:53:20): to the minute it would name another instant.
            (Some(dt), _, _) if dt.offset().local_minus_utc() % 60 != 0 => {
                dt.format("%Y-%m-%dT%H:%M:%S%.f%::z").to_string()
            }
            (Some(dt), _, _) => dt.to_rfc3339(),
            (None, Some(d), _) => d.to_string(),
            (None, None, Some(t)) => t.to_string(),
            (None, None, None) => match (m.month, m.day) {
                (Some(mo), Some(d)) => format!("--{mo:02}-{d:02}"),
                _ => "?".to_owned(),
            },
        };
        format!("Match({}..{} '{}' -> {value})", m.span.start, m.span.end, self.text)
    }
}
