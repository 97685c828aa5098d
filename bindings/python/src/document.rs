//! `Document` and `Mention`: a whole text read by `Parser::read_document`, as the library's serde
//! form with character spans.

use bangla_date::parse::{Document, Mention, OffsetMap, OffsetUnit};
use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

use crate::error::to_py_err;
use crate::matches::{PyMatch, PyWarning, warning_list};
use crate::wire::{self, WithText};

/// Every temporal mention of a text, in order, and the date-like expressions that are invalid.
#[pyclass(frozen, module = "bangla_dateparser", name = "Document")]
pub(crate) struct PyDocument {
    mentions: Vec<Py<PyMention>>,
    errors: Vec<PyObject>,
    /// The errors' serde forms, spans in characters (for `to_dict`).
    error_forms: Vec<PyObject>,
}

/// One temporal mention of a document: its text, its value, and what it was anchored to.
///
/// Its fields are those of the library's serde form (`to_dict()` gives that form whole, with
/// `text`); `start` and `end` are character indices into the string given, and so are the
/// spans inside `anchor`, `warnings` and `expression`.
#[pyclass(frozen, module = "bangla_dateparser", name = "Mention")]
pub(crate) struct PyMention {
    /// The mention with its spans in characters.
    inner: Mention,
    text: String,
    /// The text of the expression, when there is one.
    expression_text: Option<String>,
}

impl PyDocument {
    /// Wrap the document read from `text`, converting every byte span to characters.
    pub(crate) fn new(py: Python<'_>, doc: Document, text: &str) -> PyResult<PyDocument> {
        let mut chars = OffsetMap::new(text, OffsetUnit::Char);
        let mut mentions = Vec::with_capacity(doc.mentions.len());
        for m in doc.mentions {
            let written = m.text(text).to_owned();
            let expression_text = m.expression.as_ref().map(|e| e.text(text).to_owned());
            let inner = chars.convert(m);
            mentions.push(Py::new(py, PyMention { inner, text: written, expression_text })?);
        }
        let errors = doc
            .errors
            .iter()
            .map(|e| to_py_err(py, e, Some(text)).into_value(py).into_any())
            .collect();
        let error_forms = chars
            .convert(doc.errors)
            .iter()
            .map(|e| wire::to_py(py, e))
            .collect::<PyResult<_>>()?;
        Ok(PyDocument { mentions, errors, error_forms })
    }
}

#[pymethods]
impl PyDocument {
    /// The mentions, in text order, without overlap.
    #[getter]
    fn mentions(&self, py: Python<'_>) -> Vec<Py<PyMention>> {
        self.mentions.iter().map(|m| m.clone_ref(py)).collect()
    }

    /// Expressions that look like dates but are invalid (`৩২ জানুয়ারি`), as `ParseError`s with
    /// character spans (not raised).
    #[getter]
    fn errors(&self, py: Python<'_>) -> Vec<PyObject> {
        self.errors.iter().map(|e| e.clone_ref(py)).collect()
    }

    fn __len__(&self) -> usize {
        self.mentions.len()
    }

    /// A mention by index, or a list of them by slice (as the `mentions` list).
    fn __getitem__<'py>(
        &self,
        py: Python<'py>,
        index: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        PyList::new(py, self.mentions(py))?.as_any().get_item(index)
    }

    /// The library's serde form of the document: `{"mentions": [mention.to_dict(), ...],
    /// "errors": [{"kind", "message", "span"}, ...]}`, every span in characters.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        let mentions =
            self.mentions.iter().map(|m| m.get().to_dict(py)).collect::<PyResult<Vec<_>>>()?;
        d.set_item("mentions", mentions)?;
        let errors: Vec<PyObject> = self.error_forms.iter().map(|e| e.clone_ref(py)).collect();
        d.set_item("errors", errors)?;
        Ok(d)
    }

    fn __repr__(&self) -> String {
        format!("Document({} mentions, {} errors)", self.mentions.len(), self.errors.len())
    }
}

#[pymethods]
impl PyMention {
    /// Character index of the first character of the mention.
    #[getter]
    fn start(&self) -> usize {
        self.inner.span.start
    }

    /// Character index just past the mention.
    #[getter]
    fn end(&self) -> usize {
        self.inner.span.end
    }

    /// The mention as written.
    #[getter]
    fn text(&self) -> &str {
        &self.text
    }

    /// What it names: `{"type": "point"}` (a day or a moment), `month`, `year`, `week`,
    /// `decade`, `century`, `other-calendar` (a date of another calendar with no day),
    /// `{"type": "duration", "years": .., ..., "seconds": ..}`, or `{"type": "set", "weekday":
    /// "Fri", "nth_of_month": null}` (a recurrence).
    #[getter]
    fn kind(&self, py: Python<'_>) -> PyResult<PyObject> {
        wire::to_py(py, &self.inner.kind)
    }

    /// The value in TimeML (TIMEX3) form: `2024-06-13T19:00`, `2024-06-12TMO` (a day part),
    /// `T15:30` (a recurring time), `2024-05`, `2019`, `2024-W23`, `P3D`, `XXXX-WXX-5`; None
    /// when nothing is known.
    #[getter]
    fn value(&self) -> Option<&str> {
        self.inner.value.as_deref()
    }

    /// The Gregorian day, when known (written or anchored).
    #[getter]
    fn date(&self) -> Option<NaiveDate> {
        self.inner.date
    }

    /// The time of day, when written.
    #[getter]
    fn time(&self) -> Option<NaiveTime> {
        self.inner.time
    }

    /// The moment (an aware `datetime`, its offset to the second), when day and time are both
    /// known.
    #[getter]
    fn datetime(&self) -> Option<DateTime<FixedOffset>> {
        self.inner.datetime
    }

    /// The part of the day written (`morning`, `night` ...): reported instead of a clock time.
    #[getter]
    fn period(&self, py: Python<'_>) -> PyResult<PyObject> {
        wire::to_py(py, &self.inner.period)
    }

    #[getter]
    fn year(&self) -> Option<i32> {
        self.inner.year
    }

    #[getter]
    fn month(&self) -> Option<u8> {
        self.inner.month
    }

    /// The ISO week, for a `week` mention (with `year` its ISO year).
    #[getter]
    fn week(&self) -> Option<u32> {
        self.inner.week
    }

    /// The part the mention plays: `single`, `range-start`, `range-end`, `list-item`, `from`,
    /// `until`.
    #[getter]
    fn role(&self) -> &'static str {
        self.inner.role.code()
    }

    /// What an incomplete mention was anchored to: `{"to": "written"}` (complete as written,
    /// or not a point in time), `{"to": "reference"}`, `{"to": "recurring"}`, `{"to":
    /// "unanchored"}` (nothing completes it), `{"to": "story", "year": 1975, "from": {"start",
    /// "end"}}` (the year of the mention at those character indices), or `{"to": "mention",
    /// "rule": "back-reference", "from": {"start", "end"}, "days": 1}` (that mention's day plus
    /// `days`; rules: `sentence`, `range`, `paragraph`, `previous-sentence`, `list`,
    /// `back-reference`, `last-day`).
    #[getter]
    fn anchor(&self, py: Python<'_>) -> PyResult<PyObject> {
        wire::to_py(py, &self.inner.anchor)
    }

    /// What was assumed beyond the text: `working-hours` (a bare `৩টা` read as 15:00),
    /// `range-end-after-start`, `night-follows-day`, `tense` (a bare weekday taken in the
    /// direction its sentence's tense points), `named-event` (the month an event's name stands
    /// for: `জুলাই গণ-অভ্যুত্থান` is July 2024), `after-previous` (a bare clock after another
    /// moment of its sentence, read as the first such hour after it).
    #[getter]
    fn assumptions(&self) -> Vec<&'static str> {
        self.inner.assumptions.iter().map(|a| a.code()).collect()
    }

    /// A year written in another era (`১৯৪৭ শকাব্দ`, kind `other-calendar`): `{"era": "saka",
    /// "year": 1947, "gregorian": [2025, 2026]}` (`gregorian` is `None` when the era's epoch is
    /// not agreed); `None` otherwise.
    #[getter]
    fn era_year(&self, py: Python<'_>) -> PyResult<PyObject> {
        wire::to_py(py, &self.inner.era_year)
    }

    /// The single-expression reading (`Parser.extract`'s `Match`), when the mention is one: its
    /// weekday, Bangabda, Hijri and Śaka parts are there.
    #[getter]
    fn expression(&self, py: Python<'_>) -> PyResult<Option<Py<PyMatch>>> {
        match (&self.inner.expression, &self.expression_text) {
            (Some(m), Some(text)) => Ok(Some(Py::new(py, PyMatch::converted(m.clone(), text))?)),
            _ => Ok(None),
        }
    }

    /// What is worth knowing about the value as anchored: the expression's own warnings, and
    /// those of reading it on the day it was anchored to (a zone's gap or fold, an inferred
    /// year).
    #[getter]
    fn warnings(&self) -> Vec<PyWarning> {
        warning_list(&self.inner.warnings)
    }

    /// The library's serde form, with character spans and the `text`: the fields the CLI's
    /// `--document --json` prints, with the same names and values.
    fn to_dict(&self, py: Python<'_>) -> PyResult<PyObject> {
        wire::to_py(py, &WithText { value: &self.inner, text: &self.text })
    }

    fn __repr__(&self) -> String {
        format!(
            "Mention({}..{} '{}' -> {})",
            self.inner.span.start,
            self.inner.span.end,
            self.text,
            self.inner.value.as_deref().unwrap_or("?")
        )
    }
}
