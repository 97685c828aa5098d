//! `bangla_dateparser._native`: the Python extension module around the bangla-date parser.
//!
//! This layer converts and nothing else: byte spans become character spans (Python strings index
//! code points), chrono values become `datetime` objects, errors become `ParseError`. Settings
//! given in Python terms (time zone names, aware references, dateparser's setting names) are
//! turned into the parser's plain values by the pure-Python package around this module
//! (`python/bangla_dateparser`), where they are easier to read and to test.

mod arrow;
mod convert;
mod document;
mod error;
mod matches;
mod wire;

use pyo3::prelude::*;
use pyo3::types::{PyString, PyTuple};

use bangla_date::format::{Format, Preset};
use bangla_date::parse::{OffsetMap, OffsetUnit, RuleChoice, YearResolution, Zone};
use bangla_date::{BanglaDate, Month, Rule};
use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime};

use crate::error::{ParseError, argument_error, named_argument_error, to_py_err, value_error};
use crate::matches::{PyMatch, PyWarning};

/// A configured parser (the Rust `bangla_date::Parser`), built by `bangla_dateparser.Parser`.
#[pyclass(frozen, module = "bangla_dateparser._native", name = "NativeParser")]
struct NativeParser {
    parser: bangla_date::Parser,
}

/// A local date and time as Python hands it over: (year, month, day, hour, minute, second,
/// microsecond).
type Civil = (i32, u32, u32, u32, u32, u32, u32);

fn civil(at: Civil) -> PyResult<NaiveDateTime> {
    let (y, mo, d, h, mi, s, us) = at;
    NaiveDate::from_ymd_opt(y, mo, d)
        .and_then(|date| date.and_hms_micro_opt(h, mi, s, us))
        .ok_or_else(|| value_error(format!("invalid date and time {y}-{mo}-{d} {h}:{mi}:{s}")))
}

#[pymethods]
impl NativeParser {
    /// `rule`: `evidence`, `infer` or a rule name (None: `evidence`, the library's default);
    /// `zone`: an IANA name or an offset like `+06:00` (None: the rule's region); `reference`:
    /// the local time the text was written, or `instant`: the moment (seconds since the epoch
    /// and microseconds), read in the parser's zone; `prefer`: `nearest`, `past` or `future`;
    /// `read_on`: the day the text is read, (year, month, day) (`Parser::read_on`; None: not
    /// set, as the library's default; the Python `Parser` always gives one, today in
    /// Bangladesh by default, as the CLI does). Every name is read by the library
    /// (`RuleChoice`, `Zone`, `YearResolution`).
    #[new]
    #[pyo3(signature = (rule, zone, reference, prefer, night_follows_day, instant = None, read_on = None))]
    fn new(
        rule: Option<&str>,
        zone: Option<&str>,
        reference: Option<Civil>,
        prefer: &str,
        night_follows_day: bool,
        instant: Option<(i64, u32)>,
        read_on: Option<(i32, u32, u32)>,
    ) -> PyResult<NativeParser> {
        let mut parser = bangla_date::Parser::new();
        if let Some((y, m, d)) = read_on {
            let day = NaiveDate::from_ymd_opt(y, m, d)
                .ok_or_else(|| value_error(format!("invalid read_on day {y}-{m}-{d}")))?;
            parser = parser.read_on(day);
        }
        if let Some(rule) = rule {
            let choice =
                rule.parse::<RuleChoice>().map_err(|e| named_argument_error("rule", &e))?;
            parser = parser.rule_choice(choice);
        }
        if let Some(zone) = zone {
            let zone = zone.parse::<Zone>().map_err(|e| named_argument_error("timezone", &e))?;
            parser = parser.zone(zone);
        }
        let how =
            prefer.parse::<YearResolution>().map_err(|e| named_argument_error("prefer", &e))?;
        parser = parser.year_resolution(how);
        parser = parser.night_follows_day(night_follows_day);
        match (reference, instant) {
            (Some(at), _) => parser = parser.reference(civil(at)?),
            (None, Some((secs, micros))) => {
                let at = DateTime::from_timestamp(secs, micros.saturating_mul(1000))
                    .ok_or_else(|| value_error(format!("invalid reference instant {secs}")))?;
                parser = parser.reference(parser.effective_zone().to_local(at));
            }
            (None, None) => {}
        }
        Ok(NativeParser { parser })
    }

    /// The zone in force (an IANA name or an offset), for dates of the default rule.
    #[getter]
    fn zone(&self) -> String {
        self.parser.effective_zone().to_string()
    }

    /// The reference as local time in the zone (None without one).
    #[getter]
    fn reference(&self) -> Option<NaiveDateTime> {
        self.parser.get_reference()
    }

    /// The moment of the local time `at` in the zone `m` was read in (the parser's, without a
    /// match), as the library decides it (`Parser::zone_of`, `Zone::localize`: a skipped clock
    /// time takes the offset before the change, a repeated one the first).
    #[pyo3(signature = (at, m = None))]
    fn localize(
        &self,
        at: Civil,
        m: Option<PyRef<'_, PyMatch>>,
    ) -> PyResult<DateTime<FixedOffset>> {
        let zone = match &m {
            Some(m) => self.parser.zone_of(&m.inner),
            None => self.parser.effective_zone(),
        };
        let local = civil(at)?;
        zone.localize(local)
            .moment()
            .ok_or_else(|| value_error(format!("{local} cannot be placed in {zone}")))
    }

    /// Read `text` as one expression; raises `ParseError`.
    fn parse(&self, py: Python<'_>, text: &str) -> PyResult<PyMatch> {
        match self.parser.parse(text) {
            Ok(m) => Ok(PyMatch::new(m, text, &mut OffsetMap::new(text, OffsetUnit::Char))),
            Err(e) => Err(to_py_err(py, &e, Some(text))),
        }
    }

    /// Every expression in `text`; `errors` is `skip` (drop invalid ones) or `raise`.
    #[pyo3(signature = (text, errors = "skip"))]
    fn extract(&self, py: Python<'_>, text: &str, errors: &str) -> PyResult<Vec<PyMatch>> {
        let raise = match errors {
            "skip" => false,
            "raise" => true,
            other => {
                return Err(value_error(format!(
                    "unknown errors mode `{other}` (expected skip or raise)"
                )));
            }
        };
        let mut chars = OffsetMap::new(text, OffsetUnit::Char);
        let mut out = Vec::new();
        for item in self.parser.extract(text) {
            match item {
                Ok(m) => out.push(PyMatch::new(m, text, &mut chars)),
                Err(e) if raise => return Err(to_py_err(py, &e, Some(text))),
                Err(_) => {}
            }
        }
        Ok(out)
    }

    /// Every temporal mention of `text` read as one document (`Parser::read_document`).
    fn read_document(&self, py: Python<'_>, text: &str) -> PyResult<document::PyDocument> {
        document::PyDocument::new(py, self.parser.read_document(text), text)
    }

    /// Parse a column given as Arrow C data interface capsules; see `arrow.rs`.
    #[pyo3(signature = (schema, array, mode))]
    fn parse_arrow<'py>(
        &self,
        py: Python<'py>,
        schema: &Bound<'py, PyAny>,
        array: &Bound<'py, PyAny>,
        mode: &str,
    ) -> PyResult<Bound<'py, PyTuple>> {
        let zone = self.parser.effective_zone().to_string();
        arrow::parse_capsules(py, self.parser, schema, array, mode, &zone)
    }
}

/// A rule from its name, as a Python `ValueError` naming the valid ones.
fn parse_rule(name: &str) -> PyResult<Rule> {
    name.parse::<Rule>().map_err(|e| argument_error(&e))
}

/// A Bangabda month from its number (1..=12) or its name, Bengali in any spelling the library
/// reads (`বৈশাখ`, `বোশেখ`) or romanised (`Boishakh`): the library's `Month` reads it.
fn month_from(value: &Bound<'_, PyAny>) -> PyResult<Month> {
    if let Ok(n) = value.extract::<i64>() {
        return Month::from_number(n).map_err(|e| argument_error(&e));
    }
    let name: String = value.extract()?;
    name.parse::<Month>().map_err(|e| argument_error(&e))
}

/// A day of the Bangabda calendar under a rule.
///
/// >>> from bangla_dateparser import BanglaDate
/// >>> d = BanglaDate(1432, 9, 19, rule="bd1987")
/// >>> d.to_gregorian()
/// datetime.date(2026, 1, 2)
/// >>> str(BanglaDate.from_gregorian(d.to_gregorian(), rule="bd2019"))
/// '১৮ পৌষ ১৪৩২ বঙ্গাব্দ'
#[pyclass(frozen, eq, ord, hash, module = "bangla_dateparser", name = "BanglaDate")]
#[derive(PartialEq, Eq, PartialOrd, Ord, Hash)]
struct PyBanglaDate {
    inner: BanglaDate,
}

#[pymethods]
impl PyBanglaDate {
    #[new]
    #[pyo3(signature = (year, month, day, rule = "bd"))]
    fn new(year: i64, month: &Bound<'_, PyAny>, day: i64, rule: &str) -> PyResult<PyBanglaDate> {
        let month = month_from(month)?;
        BanglaDate::from_parts(year, month, day, parse_rule(rule)?)
            .map(|inner| PyBanglaDate { inner })
            .map_err(|e| argument_error(&e))
    }

    /// The Bangabda date of a Gregorian `datetime.date` (or the date of a `datetime`).
    #[staticmethod]
    #[pyo3(signature = (date, rule = "bd"))]
    fn from_gregorian(date: &Bound<'_, PyAny>, rule: &str) -> PyResult<PyBanglaDate> {
        let date = convert::moment_from_py(date)?.date();
        BanglaDate::from_gregorian(date, parse_rule(rule)?)
            .map(|inner| PyBanglaDate { inner })
            .map_err(|e| argument_error(&e))
    }

    /// The Gregorian date, as a `datetime.date`.
    fn to_gregorian(&self) -> NaiveDate {
        self.inner.to_gregorian()
    }

    /// The same day under another rule (it may have another day and month number).
    fn with_rule(&self, rule: &str) -> PyResult<PyBanglaDate> {
        self.inner
            .with_rule(parse_rule(rule)?)
            .map(|inner| PyBanglaDate { inner })
            .map_err(|e| argument_error(&e))
    }

    #[getter]
    fn year(&self) -> i32 {
        self.inner.year()
    }

    /// The month number, 1 (বৈশাখ) to 12 (চৈত্র).
    #[getter]
    fn month(&self) -> u8 {
        self.inner.month().number()
    }

    /// The month's Bengali name.
    #[getter]
    fn month_name(&self) -> &'static str {
        self.inner.month().bengali()
    }

    #[getter]
    fn day(&self) -> u8 {
        self.inner.day()
    }

    /// The rule's name (`bd2019`, `bd1987`, `bd`, `wb-drik`, `wb-drik-plain`, `wb-ss`).
    #[getter]
    fn rule(&self) -> &'static str {
        self.inner.rule().name()
    }

    /// The season (ঋতু), in Bengali.
    #[getter]
    fn season(&self) -> &'static str {
        self.inner.season().bengali()
    }

    /// The weekday, Monday = 0 as in `datetime.date.weekday()`.
    fn weekday(&self) -> u32 {
        chrono::Datelike::weekday(&self.inner.to_gregorian()).num_days_from_monday()
    }

    /// The number of days in this date's month under its rule.
    fn days_in_month(&self) -> u8 {
        self.inner.days_in_month()
    }

    /// The date in romanised form: `18 Poush 1432`.
    fn roman(&self) -> String {
        self.inner.roman().to_string()
    }

    fn __str__(&self) -> String {
        self.inner.to_string()
    }

    fn __repr__(&self) -> String {
        format!(
            "BanglaDate({}, {}, {}, rule='{}')",
            self.inner.year(),
            self.inner.month().number(),
            self.inner.day(),
            self.inner.rule().name()
        )
    }
}

/// Format a date or datetime as Bengali text with a preset name or a pattern.
#[pyfunction]
#[pyo3(signature = (value, pattern, rule = "bd"))]
fn format(value: &Bound<'_, PyAny>, pattern: &str, rule: &str) -> PyResult<String> {
    let rule = parse_rule(rule)?;
    let format = Format::preset_or_pattern(pattern)
        .map_err(|e| to_py_err(value.py(), &e, Some(pattern)))?
        .rule(rule);
    format.format(convert::moment_from_py(value)?).map_err(|e| argument_error(&e))
}

/// Bengali digits ০–৯ for ASCII ones, leaving everything else as it is.
#[pyfunction]
fn to_bengali_digits(text: &str) -> String {
    text.chars()
        .map(|c| match c.to_digit(10) {
            Some(d) if c.is_ascii_digit() => char::from_u32(0x09E6 + d).unwrap_or(c),
            _ => c,
        })
        .collect()
}

/// The rule names, in the library's order.
#[pyfunction]
fn rule_names() -> Vec<&'static str> {
    Rule::NAMES.to_vec()
}

/// What a parser's `rule` takes: `evidence`, `infer` and the rule names.
#[pyfunction]
fn rule_choice_names() -> Vec<&'static str> {
    RuleChoice::NAMES.to_vec()
}

/// The preset names of `format`.
#[pyfunction]
fn preset_names() -> Vec<&'static str> {
    Preset::NAMES.to_vec()
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add_class::<NativeParser>()?;
    m.add_class::<PyMatch>()?;
    m.add_class::<PyWarning>()?;
    m.add_class::<document::PyDocument>()?;
    m.add_class::<document::PyMention>()?;
    m.add_class::<PyBanglaDate>()?;
    m.add("ParseError", py.get_type::<ParseError>())?;
    m.add_function(wrap_pyfunction!(format, m)?)?;
    m.add_function(wrap_pyfunction!(to_bengali_digits, m)?)?;
    m.add_function(wrap_pyfunction!(rule_names, m)?)?;
    m.add_function(wrap_pyfunction!(rule_choice_names, m)?)?;
    m.add_function(wrap_pyfunction!(preset_names, m)?)?;
    m.add("__version__", PyString::new(py, env!("CARGO_PKG_VERSION")))?;
    Ok(())
}
