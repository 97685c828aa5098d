//! Python `datetime` values in, chrono values out (pyo3's `chrono` conversions do the reverse).

use bangla_date::format::Moment;
use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;

/// A `datetime.datetime` (naive, or aware in its own zone's local time) or a `datetime.date`.
pub(crate) fn moment_from_py(value: &Bound<'_, PyAny>) -> PyResult<Moment> {
    // A datetime is a date too: try the datetimes first.
    if let Ok(naive) = value.extract::<NaiveDateTime>() {
        return Ok(Moment::from(naive));
    }
    if let Ok(aware) = value.extract::<DateTime<FixedOffset>>() {
        return Ok(Moment::from(aware));
    }
    if let Ok(date) = value.extract::<NaiveDate>() {
        return Ok(Moment::from(date));
    }
    Err(PyTypeError::new_err(format!(
        "expected a datetime.date or datetime.datetime, got {}",
        value.get_type().name()?
    )))
}
