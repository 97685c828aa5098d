//! `bangla_dateparser._native`: the Python extension module around the bangla-date parser.
//!
//! This layer converts and nothing else: byte spans become character spans (Python strings index
//! code points), chrono values become `datetime` objects, errors become `ParseError`. Settings
//! given in Python terms (time zone names, aware references, dateparser's setting names) are
//! turned into the parser's plain values by the pure-Python package around this module
//! (`python/bangla_dateparser`), where they are easier to read and to test.

mod arrow;
mod chars;
mod convert;
mod error;
mod matches;

use pyo3::prelude::*;
use pyo3::types::{PyString, PyTuple};

use bangla_date::format::{Format, Preset};
use bangla_date::parse::{YearResolution, Zone};
use bangla_date::{BanglaDate, Month, Rule};
use chrono::NaiveDate;

use crate::error::{ParseError, to_py_err, value_error};
use crate::matches::{PyMatch, PyWarning};

/// A configured parser (the Rust `bangla_date::Parser`), built by `bangla_dateparser.Parser`.
#[pyclass(frozen, module = "bangla_dateparser._native", name = "NativeParser")]
struct NativeParser {
    parser: bangla_date::Parser,
}

#[pymethods]
impl NativeParser {
    /// `rule`: a rule name, `"infer"`, or None (chosen by the evidence in each match, the
    /// library's default); `zone`: an IANA name or an offset like `+06:00` (None: the rule's
    /// region); `reference`: local (year, month, day, hour, minute, second, microsecond);
    /// `prefer`: `nearest`, `past` or `future`.
    #[new]
    #[pyo3(signature = (rule, zone, reference, prefer, night_follows_day))]
    fn new(
        rule: Option<&str>,
        zone: Option<&str>,
        reference: Option<(i32, u32, u32, u32, u32, u32, u32)>,
        prefer: &str,
        night_follows_day: bool,
    ) -> PyResult<NativeParser> {
        let mut parser = bangla_date::Parser::new();
        parser = match rule {
            None => parser,
            Some(rule) if rule.eq_ignore_ascii_case("infer") => parser.infer_rule(),
            Some(rule) => parser.rule(parse_rule(rule)?),
        };
        if let Some(zone) = zone {
            parser = parser.zone(zone.parse::<Zone>().map_err(|e| value_error(e.to_string()))?);
        }
        if let Some((y, mo, d, h, mi, s, us)) = reference {
            let at = NaiveDate::from_ymd_opt(y, mo, d)
                .and_then(|date| date.and_hms_micro_opt(h, mi, s, us))
                .ok_or_else(|| {
                    value_error(format!("invalid reference {y}-{mo}-{d} {h}:{mi}:{s}"))
                })?;
            parser = parser.reference(at);
        }
        parser = parser.year_resolution(match prefer {
            "nearest" | "current_period" => YearResolution::Nearest,
            "past" => YearResolution::Past,
            "future" => YearResolution::Future,
            other => {
                return Err(value_error(format!(
                    "unknown preference `{other}` (expected nearest, past or future)"
                )));
            }
        });
        parser = parser.night_follows_day(night_follows_day);
        Ok(NativeParser { parser })
    }

    /// The zone in force (an IANA name or an offset), for dates of the default rule.
    #[getter]
    fn zone(&self) -> String {
        self.parser.effective_zone().to_string()
    }

    /// Read `text` as one expression; raises `ParseError`.
    fn parse(&self, py: Python<'_>, text: &str) -> PyResult<PyMatch> {
        match self.parser.parse(text) {
            Ok(m) => Ok(PyMatch::new(m, text, &mut chars::CharIndex::new(text))),
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
        let mut index = chars::CharIndex::new(text);
        let mut out = Vec::new();
        for item in self.parser.extract(text) {
            match item {
                Ok(m) => out.push(PyMatch::new(m, text, &mut index)),
                Err(e) if raise => return Err(to_py_err(py, &e, Some(text))),
                Err(_) => {}
            }
        }
        Ok(out)
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
    name.parse::<Rule>().map_err(|e| value_error(e.to_string()))
}

/// A Bangabda month from its number (1..=12) or its name (Bengali or romanised).
fn month_from(value: &Bound<'_, PyAny>) -> PyResult<Month> {
    if let Ok(n) = value.extract::<i64>() {
        return Month::from_number(n).map_err(|e| value_error(e.to_string()));
    }
    let name: String = value.extract()?;
    let name = name.trim();
    Month::ALL
        .into_iter()
        .find(|m| m.bengali() == name || m.roman().eq_ignore_ascii_case(name))
        .ok_or_else(|| {
            value_error(format!(
                "unknown Bangabda month `{name}` (expected 1..=12 or a name such as পৌষ or Poush)"
            ))
        })
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
            .map_err(|e| value_error(e.to_string()))
    }

    /// The Bangabda date of a Gregorian `datetime.date` (or the date of a `datetime`).
    #[staticmethod]
    #[pyo3(signature = (date, rule = "bd"))]
    fn from_gregorian(date: &Bound<'_, PyAny>, rule: &str) -> PyResult<PyBanglaDate> {
        let date = convert::moment_from_py(date)?.date();
        BanglaDate::from_gregorian(date, parse_rule(rule)?)
            .map(|inner| PyBanglaDate { inner })
            .map_err(|e| value_error(e.to_string()))
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
            .map_err(|e| value_error(e.to_string()))
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
    let format = match pattern.parse::<Preset>() {
        Ok(preset) => Format::preset(preset),
        Err(_) => Format::parse(pattern).map_err(|e| to_py_err(value.py(), &e, Some(pattern)))?,
    }
    .rule(rule);
    format.format(convert::moment_from_py(value)?).map_err(|e| value_error(e.to_string()))
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
    m.add_class::<PyBanglaDate>()?;
    m.add("ParseError", py.get_type::<ParseError>())?;
    m.add_function(wrap_pyfunction!(format, m)?)?;
    m.add_function(wrap_pyfunction!(to_bengali_digits, m)?)?;
    m.add_function(wrap_pyfunction!(rule_names, m)?)?;
    m.add_function(wrap_pyfunction!(preset_names, m)?)?;
    m.add("__version__", PyString::new(py, env!("CARGO_PKG_VERSION")))?;
    Ok(())
}
