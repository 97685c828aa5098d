//! `ParseError`: the library's `Error` as a Python `ValueError` with character spans.

use bangla_date::{Error, ErrorKind};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

use crate::chars::CharIndex;

pyo3::create_exception!(
    bangla_dateparser,
    ParseError,
    PyValueError,
    "Text that is not a valid date or time.\n\n\
     `start` and `end` are character indices of the offending text in the string given (None \
     when no text was involved), `kind` a stable kebab-case name of what went wrong \
     (`empty`, `unexpected`, `trailing-input`, `day-out-of-range`, ...)."
);

/// A stable, matchable name for each kind of error (the library's `ErrorKind::code`).
pub(crate) fn kind_name(kind: &ErrorKind) -> &'static str {
    kind.code()
}

/// The error's span in characters of `text`.
pub(crate) fn char_span(error: &Error, text: Option<&str>) -> Option<(usize, usize)> {
    let span = error.span()?;
    let text = text?;
    let mut index = CharIndex::new(text);
    Some((index.char_at(span.start), index.char_at(span.end)))
}

/// The message of `error` speaking of characters of `text`, not bytes.
pub(crate) fn message(error: &Error, text: Option<&str>) -> String {
    match char_span(error, text) {
        Some((start, end)) => format!("{} (at characters {start}..{end})", error.kind()),
        None => error.kind().to_string(),
    }
}

/// A `ParseError` carrying `start`, `end` and `kind`.
pub(crate) fn to_py_err(py: Python<'_>, error: &Error, text: Option<&str>) -> PyErr {
    let err = ParseError::new_err(message(error, text));
    let span = char_span(error, text);
    let value = err.value(py);
    // Setting attributes on a fresh exception instance cannot fail short of memory exhaustion;
    // if it did, the error raised is still a ParseError with the right message.
    let _ = value.setattr("start", span.map(|s| s.0));
    let _ = value.setattr("end", span.map(|s| s.1));
    let _ = value.setattr("kind", kind_name(error.kind()));
    err
}

/// A plain `ValueError` (bad arguments rather than bad text).
pub(crate) fn value_error(message: String) -> PyErr {
    PyValueError::new_err(message)
}
