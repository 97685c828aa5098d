//! `ParseError`: the library's `Error` as a Python `ValueError`, with its serde form's fields
//! and its place in characters.

use bangla_date::Error;
use bangla_date::parse::{OffsetMap, OffsetUnit};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

use crate::wire;

pyo3::create_exception!(
    bangla_dateparser,
    ParseError,
    PyValueError,
    "Text that is not a valid date or time.\n\n\
     The attributes are the library's serde form of the error, with the place in characters: \
     `kind` (a stable kebab-case name: `empty`, `unexpected`, `trailing-input`, \
     `day-out-of-range`, ...), `message` (without the place), `span` (`{\"start\", \"end\"}`, \
     character indices of the offending text in the string given, or None when no text was \
     involved); `start` and `end` are the span's two ends (None without one). `str(e)` is the \
     message with the place: `... (at characters 0..12)`."
);

/// The error with its span in characters of `text` (unchanged without a text).
pub(crate) fn in_chars(error: &Error, text: Option<&str>) -> Error {
    match text {
        Some(text) => OffsetMap::new(text, OffsetUnit::Char).convert(error.clone()),
        None => error.clone(),
    }
}

/// The message of `error` (whose span counts characters) with its place: what `str()` of a
/// `ParseError` says.
fn message_in_chars(error: &Error) -> String {
    match error.span() {
        Some(span) => format!("{} (at characters {}..{})", error.kind(), span.start, span.end),
        None => error.kind().to_string(),
    }
}

/// The message of `error` about `text`, with the place in characters (the column form's).
pub(crate) fn message(error: &Error, text: Option<&str>) -> String {
    message_in_chars(&in_chars(error, text))
}

/// A `ParseError` for `error`, whose span (if any) is into `text`.
pub(crate) fn to_py_err(py: Python<'_>, error: &Error, text: Option<&str>) -> PyErr {
    let error = in_chars(error, text);
    let err = ParseError::new_err(message_in_chars(&error));
    let value = err.value(py);
    // Setting attributes on a fresh exception instance cannot fail short of memory exhaustion;
    // if it did, the error raised is still a ParseError with the right message.
    let span = error.span();
    let _ = value.setattr("kind", error.kind().code());
    let _ = value.setattr("message", error.kind().to_string());
    let _ = value.setattr("span", wire::to_py(py, &span).unwrap_or_else(|_| py.None()));
    let _ = value.setattr("start", span.as_ref().map(|s| s.start));
    let _ = value.setattr("end", span.as_ref().map(|s| s.end));
    err
}

/// A plain `ValueError` for a library error about an argument (a rule, a zone, a month name)
/// rather than about text: the kind's message, without a place (its span is into the argument).
pub(crate) fn argument_error(error: &Error) -> PyErr {
    PyValueError::new_err(error.kind().to_string())
}

/// [`argument_error`] naming the argument: `prefer: unknown year resolution ...`.
pub(crate) fn named_argument_error(name: &str, error: &Error) -> PyErr {
    PyValueError::new_err(format!("{name}: {}", error.kind()))
}

/// A plain `ValueError` (bad arguments rather than bad text).
pub(crate) fn value_error(message: String) -> PyErr {
    PyValueError::new_err(message)
}
