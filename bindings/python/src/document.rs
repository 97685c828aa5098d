//! `Document` and `Mention`: a whole text read by `Parser::read_document`, with character spans.

use bangla_date::parse::{Anchor, Document, Mention};
use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

use crate::chars::CharIndex;
use crate::error::to_py_err;
use crate::matches::{PyMatch, PyWarning};

/// Every temporal mention of a text, in order, and the date-like expressions that are invalid.
#[pyclass(frozen, module = "bangla_dateparser", name = "Document")]
pub(crate) struct PyDocument {
    mentions: Vec<Py<PyMention>>,
    errors: Vec<PyObject>,
}

/// What a mention was anchored to, converted once: the kind and, for the anchors that point at
/// another mention, that mention's character span.
#[derive(Clone)]
enum AnchorData {
    Plain(&'static str),
    Story { year: i32, from: (usize, usize) },
    Mention { rule: &'static str, from: (usize, usize), days: i64 },
}

/// One temporal mention of a document: its text, its value, and what it was anchored to.
///
/// `start` and `end` are character indices into the string given.
#[pyclass(frozen, module = "bangla_dateparser", name = "Mention")]
pub(crate) struct PyMention {
    inner: Mention,
    start: usize,
    end: usize,
    text: String,
    value: Option<String>,
    anchor: AnchorData,
    expression: Option<Py<PyMatch>>,
}

impl PyDocument {
    /// Wrap the document read from `text`, converting every byte span to characters.
    pub(crate) fn new(py: Python<'_>, doc: Document, text: &str) -> PyResult<PyDocument> {
        // Mention spans come in text order; anchors and expressions point backwards or inside,
        // so each gets its own index (a `CharIndex` is cheap going forward).
        let mut spans = CharIndex::new(text);
        let mut anchors = CharIndex::new(text);
        let mut expressions = CharIndex::new(text);
        let mut mentions = Vec::with_capacity(doc.mentions.len());
        for m in doc.mentions {
            let start = spans.char_at(m.span.start);
            let end = spans.char_at(m.span.end);
            let mut from =
                |r: &core::ops::Range<usize>| (anchors.char_at(r.start), anchors.char_at(r.end));
            let anchor = match &m.anchor {
                Anchor::Written => AnchorData::Plain("written"),
                Anchor::Reference => AnchorData::Plain("reference"),
                Anchor::Recurring => AnchorData::Plain("recurring"),
                Anchor::Story { year, from: r } => AnchorData::Story { year: *year, from: from(r) },
                Anchor::Mention { rule, from: r, days } => {
                    AnchorData::Mention { rule: rule.code(), from: from(r), days: *days }
                }
                // Unanchored, and any anchor the library adds later.
                _ => AnchorData::Plain("none"),
            };
            let expression = match &m.expression {
                Some(e) => Some(Py::new(py, PyMatch::new(e.clone(), text, &mut expressions))?),
                None => None,
            };
            let mention = PyMention {
                start,
                end,
                text: m.text(text).to_owned(),
                value: m.timex(),
                anchor,
                expression,
                inner: m,
            };
            mentions.push(Py::new(py, mention)?);
        }
        let errors = doc
            .errors
            .iter()
            .map(|e| to_py_err(py, e, Some(text)).into_value(py).into_any())
            .collect();
        Ok(PyDocument { mentions, errors })
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

    /// `{"mentions": [mention.to_dict(), ...], "errors": [{"kind", "message", "start", "end"}]}`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        let mentions =
            self.mentions.iter().map(|m| m.get().to_dict(py)).collect::<PyResult<Vec<_>>>()?;
        d.set_item("mentions", mentions)?;
        let errors = self
            .errors
            .iter()
            .map(|e| {
                let e = e.bind(py);
                let ed = PyDict::new(py);
                ed.set_item("kind", e.getattr("kind")?)?;
                ed.set_item("message", e.str()?)?;
                ed.set_item("start", e.getattr("start")?)?;
                ed.set_item("end", e.getattr("end")?)?;
                Ok(ed)
            })
            .collect::<PyResult<Vec<_>>>()?;
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
        self.start
    }

    /// Character index just past the mention.
    #[getter]
    fn end(&self) -> usize {
        self.end
    }

    /// The mention as written.
    #[getter]
    fn text(&self) -> &str {
        &self.text
    }

    /// What it names: `point` (a day or a moment), `month`, `year`, `week`, `other-calendar`
    /// (a date of another calendar with no day), `duration` or `set` (a recurrence).
    #[getter]
    fn kind(&self) -> &'static str {
        self.inner.kind.code()
    }

    /// The value in TimeML (TIMEX3) form: `2024-06-13T19:00`, `2024-06-12TMO` (a day part),
    /// `T15:30` (a recurring time), `2024-05`, `2019`, `2024-W23`, `P3D`, `XXXX-WXX-5`; None
    /// when nothing is known.
    #[getter]
    fn value(&self) -> Option<&str> {
        self.value.as_deref()
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

    /// The moment (an aware `datetime` in the parser's zone), when day and time are both known.
    #[getter]
    fn datetime(&self) -> Option<DateTime<FixedOffset>> {
        self.inner.datetime
    }

    /// The part of the day written (সকাল, রাত ...), in Bengali: reported instead of a clock time.
    #[getter]
    fn period(&self) -> Option<&'static str> {
        self.inner.period.map(|p| p.bengali())
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

    /// What an incomplete mention was anchored to, as a dict: `{"to": "written"}` (complete as
    /// written, or not a point in time), `{"to": "reference"}`, `{"to": "recurring"}`,
    /// `{"to": "none"}` (nothing completes it), `{"to": "story", "year": 1975, "start": .., "end":
    /// ..}` (the year of the mention at those character indices), or `{"to": "mention", "rule":
    /// "back-reference", "start": .., "end": .., "days": 1}` (that mention's day plus `days`;
    /// rules: `sentence`, `range`, `paragraph`, `previous-sentence`, `list`, `back-reference`,
    /// `last-day`).
    #[getter]
    fn anchor<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        match &self.anchor {
            AnchorData::Plain(to) => d.set_item("to", *to)?,
            AnchorData::Story { year, from } => {
                d.set_item("to", "story")?;
                d.set_item("year", *year)?;
                d.set_item("start", from.0)?;
                d.set_item("end", from.1)?;
            }
            AnchorData::Mention { rule, from, days } => {
                d.set_item("to", "mention")?;
                d.set_item("rule", *rule)?;
                d.set_item("start", from.0)?;
                d.set_item("end", from.1)?;
                d.set_item("days", *days)?;
            }
        }
        Ok(d)
    }

    /// What was assumed beyond the text: `working-hours` (a bare `৩টা` read as 15:00),
    /// `range-end-after-start`, `night-follows-day`, `tense` (a bare weekday taken in the
    /// direction its sentence's tense points).
    #[getter]
    fn assumptions(&self) -> Vec<&'static str> {
        self.inner.assumptions.iter().map(|a| a.code()).collect()
    }

    /// The single-expression reading (`Parser.extract`'s `Match`), when the mention is one: its
    /// weekday, Bangabda, Hijri and Śaka parts are there.
    #[getter(r#match)]
    fn expression(&self, py: Python<'_>) -> Option<Py<PyMatch>> {
        self.expression.as_ref().map(|m| m.clone_ref(py))
    }

    /// The warnings of the single-expression reading (none for the mentions only a document
    /// has, such as পরদিন).
    #[getter]
    fn warnings(&self) -> Vec<PyWarning> {
        self.expression.as_ref().map(|m| m.get().warning_list()).unwrap_or_default()
    }

    /// Every field as a plain dict (`anchor` as above, warnings as dicts with code, message,
    /// start, end); without `match`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("start", self.start)?;
        d.set_item("end", self.end)?;
        d.set_item("text", &self.text)?;
        d.set_item("kind", self.kind())?;
        d.set_item("value", self.value())?;
        d.set_item("date", self.date())?;
        d.set_item("time", self.time())?;
        d.set_item("datetime", self.datetime())?;
        d.set_item("period", self.period())?;
        d.set_item("year", self.year())?;
        d.set_item("month", self.month())?;
        d.set_item("week", self.week())?;
        d.set_item("role", self.role())?;
        d.set_item("anchor", self.anchor(py)?)?;
        d.set_item("assumptions", self.assumptions())?;
        let warnings = match &self.expression {
            Some(m) => m.get().warning_dicts(py)?,
            None => Vec::new(),
        };
        d.set_item("warnings", warnings)?;
        Ok(d)
    }

    fn __repr__(&self) -> String {
        format!(
            "Mention({}..{} '{}' -> {})",
            self.start,
            self.end,
            self.text,
            self.value.as_deref().unwrap_or("?")
        )
    }
}
