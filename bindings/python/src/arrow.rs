//! `parse_arrow`: a whole text column parsed in Rust, through the Arrow C data interface.
//!
//! The column comes in as the two PyCapsules of the Arrow PyCapsule interface
//! (`__arrow_c_array__`), is read without copying the strings, and goes back out as capsules of
//! one struct array with one row per input row, so pyarrow, polars and pandas can take it
//! without a Python call per row. Errors are data: a row that does not parse has its `error`
//! and `error_kind` set and every other field null; a null input row is a null struct row.

use std::ffi::CString;
use std::sync::Arc;

use arrow_array::builder::{
    BooleanBuilder, Date32Builder, Int8Builder, Int32Builder, ListBuilder, StringBuilder,
    Time64MicrosecondBuilder, TimestampMicrosecondBuilder,
};
use arrow_array::ffi::{FFI_ArrowArray, FFI_ArrowSchema, from_ffi, to_ffi};
use arrow_array::{
    Array, ArrayRef, LargeStringArray, StringArray, StringViewArray, StructArray, make_array,
};
use arrow_buffer::NullBuffer;
use arrow_schema::{DataType, Field, Fields};
use bangla_date::{Error, Match, Parser};
use chrono::{NaiveDate, Timelike};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyCapsule, PyTuple};

use crate::error::message;
use crate::matches::warning_codes;

/// Read the capsules, parse every row with `parser`, and return the result's capsules
/// `(schema, array)`. `mode` is `parse` (each row is one expression) or `first` (the first
/// expression found in each row).
pub(crate) fn parse_capsules<'py>(
    py: Python<'py>,
    parser: Parser,
    schema: &Bound<'py, PyAny>,
    array: &Bound<'py, PyAny>,
    mode: &str,
    zone: &str,
) -> PyResult<Bound<'py, PyTuple>> {
    let first = match mode {
        "first" => true,
        "parse" => false,
        other => {
            return Err(PyValueError::new_err(format!(
                "unknown mode `{other}` (expected parse or first)"
            )));
        }
    };
    let input = import(schema, array)?;
    let output = py.allow_threads(|| parse_column(&parser, &input, first, zone))?;
    export(py, output)
}

/// The array behind an `arrow_schema` and an `arrow_array` capsule.
fn import(schema: &Bound<'_, PyAny>, array: &Bound<'_, PyAny>) -> PyResult<ArrayRef> {
    let schema = schema.downcast::<PyCapsule>()?;
    let array = array.downcast::<PyCapsule>()?;
    check_name(schema, "arrow_schema")?;
    check_name(array, "arrow_array")?;
    let schema_ptr = schema.pointer().cast::<FFI_ArrowSchema>();
    let array_ptr = array.pointer().cast::<FFI_ArrowArray>();
    if schema_ptr.is_null() || array_ptr.is_null() {
        return Err(PyValueError::new_err("empty Arrow capsule"));
    }
    // SAFETY: the capsules are named as the Arrow PyCapsule interface requires, so they hold an
    // ArrowSchema and an ArrowArray struct, which live as long as the capsules (borrowed here).
    // `from_raw` moves the array out and leaves a released struct behind, as the interface
    // prescribes for a consumer, so the producer's capsule destructor does not free it twice.
    let data = unsafe {
        let ffi_array = FFI_ArrowArray::from_raw(array_ptr);
        from_ffi(ffi_array, &*schema_ptr)
    }
    .map_err(|e| PyValueError::new_err(format!("cannot import the Arrow array: {e}")))?;
    Ok(make_array(data))
}

fn check_name(capsule: &Bound<'_, PyCapsule>, expected: &str) -> PyResult<()> {
    let name = capsule.name()?.map(|n| n.to_string_lossy().into_owned());
    if name.as_deref() == Some(expected) {
        Ok(())
    } else {
        Err(PyValueError::new_err(format!(
            "expected a capsule named {expected}, got {}",
            name.unwrap_or_else(|| "an unnamed one".to_owned())
        )))
    }
}

/// The result's capsules, for `pyarrow.array(...)` through `__arrow_c_array__`.
fn export(py: Python<'_>, output: StructArray) -> PyResult<Bound<'_, PyTuple>> {
    let (array, schema) = to_ffi(&output.into_data())
        .map_err(|e| PyValueError::new_err(format!("cannot export the Arrow array: {e}")))?;
    let name = |s: &str| CString::new(s).map_err(|e| PyValueError::new_err(e.to_string()));
    // Each capsule owns its struct; dropping it releases the data unless a consumer moved it.
    let schema = PyCapsule::new(py, schema, Some(name("arrow_schema")?))?;
    let array = PyCapsule::new(py, array, Some(name("arrow_array")?))?;
    PyTuple::new(py, [schema.into_any(), array.into_any()])
}

/// The input column's rows as optional strings.
fn rows(input: &ArrayRef) -> PyResult<Box<dyn Iterator<Item = Option<&str>> + '_>> {
    let any = input.as_any();
    if let Some(a) = any.downcast_ref::<StringArray>() {
        Ok(Box::new(a.iter()))
    } else if let Some(a) = any.downcast_ref::<LargeStringArray>() {
        Ok(Box::new(a.iter()))
    } else if let Some(a) = any.downcast_ref::<StringViewArray>() {
        Ok(Box::new(a.iter()))
    } else {
        Err(PyTypeError::new_err(format!(
            "expected a column of strings (utf8, large_utf8 or utf8_view), got {}",
            input.data_type()
        )))
    }
}

/// One builder per output field.
struct Columns {
    start: Int32Builder,
    end: Int32Builder,
    text: StringBuilder,
    datetime: TimestampMicrosecondBuilder,
    utc_offset: Int32Builder,
    date: Date32Builder,
    time: Time64MicrosecondBuilder,
    year: Int32Builder,
    month: Int8Builder,
    day: Int8Builder,
    weekday: Int8Builder,
    bangla_year: Int32Builder,
    bangla_month: Int8Builder,
    bangla_day: Int8Builder,
    bangla_rule: StringBuilder,
    hijri_year: Int32Builder,
    hijri_month: Int8Builder,
    hijri_day: Int8Builder,
    saka_year: Int32Builder,
    saka_month: Int8Builder,
    saka_day: Int8Builder,
    role: StringBuilder,
    approximate: BooleanBuilder,
    warnings: ListBuilder<StringBuilder>,
    error: StringBuilder,
    error_kind: StringBuilder,
    /// Whether each row is valid (input not null).
    valid: Vec<bool>,
}

/// 1970-01-01, day 0 of Arrow's date32.
fn epoch() -> NaiveDate {
    NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default()
}

fn small(v: Option<u8>) -> Option<i8> {
    v.and_then(|v| i8::try_from(v).ok())
}

impl Columns {
    fn new(n: usize, zone: &str) -> Columns {
        Columns {
            start: Int32Builder::with_capacity(n),
            end: Int32Builder::with_capacity(n),
            text: StringBuilder::with_capacity(n, n * 16),
            datetime: TimestampMicrosecondBuilder::with_capacity(n).with_timezone(zone),
            utc_offset: Int32Builder::with_capacity(n),
            date: Date32Builder::with_capacity(n),
            time: Time64MicrosecondBuilder::with_capacity(n),
            year: Int32Builder::with_capacity(n),
            month: Int8Builder::with_capacity(n),
            day: Int8Builder::with_capacity(n),
            weekday: Int8Builder::with_capacity(n),
            bangla_year: Int32Builder::with_capacity(n),
            bangla_month: Int8Builder::with_capacity(n),
            bangla_day: Int8Builder::with_capacity(n),
            bangla_rule: StringBuilder::new(),
            hijri_year: Int32Builder::with_capacity(n),
            hijri_month: Int8Builder::with_capacity(n),
            hijri_day: Int8Builder::with_capacity(n),
            saka_year: Int32Builder::with_capacity(n),
            saka_month: Int8Builder::with_capacity(n),
            saka_day: Int8Builder::with_capacity(n),
            role: StringBuilder::new(),
            approximate: BooleanBuilder::with_capacity(n),
            warnings: ListBuilder::new(StringBuilder::new()),
            error: StringBuilder::new(),
            error_kind: StringBuilder::new(),
            valid: Vec::with_capacity(n),
        }
    }

    /// A row: a match (with its character span), or an error (message, kind), or neither
    /// (a null input row).
    fn push(
        &mut self,
        found: Option<(&Match, usize, usize, &str)>,
        error: Option<(String, &str)>,
        valid: bool,
    ) {
        let m = found.map(|f| f.0);
        self.start.append_option(found.and_then(|f| i32::try_from(f.1).ok()));
        self.end.append_option(found.and_then(|f| i32::try_from(f.2).ok()));
        self.text.append_option(found.map(|f| f.3));
        self.datetime.append_option(m.and_then(|m| m.datetime).map(|d| d.timestamp_micros()));
        self.utc_offset
            .append_option(m.and_then(|m| m.datetime).map(|d| d.offset().local_minus_utc()));
        self.date.append_option(
            m.and_then(|m| m.date)
                .and_then(|d| i32::try_from(d.signed_duration_since(epoch()).num_days()).ok()),
        );
        self.time.append_option(m.and_then(|m| m.time).map(|t| {
            i64::from(t.num_seconds_from_midnight()) * 1_000_000 + i64::from(t.nanosecond() / 1000)
        }));
        self.year.append_option(m.and_then(|m| m.year));
        self.month.append_option(small(m.and_then(|m| m.month)));
        self.day.append_option(small(m.and_then(|m| m.day)));
        self.weekday.append_option(
            m.and_then(|m| m.weekday).and_then(|w| i8::try_from(w.num_days_from_monday()).ok()),
        );
        let bangla = m.and_then(|m| m.bangla);
        self.bangla_year.append_option(bangla.and_then(|b| b.year));
        self.bangla_month.append_option(small(bangla.map(|b| b.month.number())));
        self.bangla_day.append_option(small(bangla.map(|b| b.day)));
        self.bangla_rule.append_option(bangla.and_then(|b| b.rule).map(|r| r.name()));
        let hijri = m.and_then(|m| m.hijri);
        self.hijri_year.append_option(hijri.and_then(|h| h.year));
        self.hijri_month.append_option(small(hijri.map(|h| h.month)));
        self.hijri_day.append_option(small(hijri.map(|h| h.day)));
        let saka = m.and_then(|m| m.saka);
        self.saka_year.append_option(saka.and_then(|s| s.year));
        self.saka_month.append_option(small(saka.map(|s| s.month)));
        self.saka_day.append_option(small(saka.map(|s| s.day)));
        self.role.append_option(m.map(|m| m.role.code()));
        self.approximate.append_option(m.map(|m| m.approximate));
        match m {
            Some(m) => {
                for code in warning_codes(m) {
                    self.warnings.values().append_value(code);
                }
                self.warnings.append(true);
            }
            None => self.warnings.append(false),
        }
        self.error.append_option(error.as_ref().map(|e| e.0.as_str()));
        self.error_kind.append_option(error.map(|e| e.1));
        self.valid.push(valid);
    }

    fn finish(mut self, zone: &str) -> PyResult<StructArray> {
        let tz = Some(Arc::from(zone));
        let f = |name: &str, dt: DataType| Field::new(name, dt, true);
        let small = DataType::Int8;
        let fields: Vec<(Field, ArrayRef)> = vec![
            (f("start", DataType::Int32), Arc::new(self.start.finish())),
            (f("end", DataType::Int32), Arc::new(self.end.finish())),
            (f("text", DataType::Utf8), Arc::new(self.text.finish())),
            (
                f("datetime", DataType::Timestamp(arrow_schema::TimeUnit::Microsecond, tz)),
                Arc::new(self.datetime.finish()),
            ),
            (f("utc_offset", DataType::Int32), Arc::new(self.utc_offset.finish())),
            (f("date", DataType::Date32), Arc::new(self.date.finish())),
            (
                f("time", DataType::Time64(arrow_schema::TimeUnit::Microsecond)),
                Arc::new(self.time.finish()),
            ),
            (f("year", DataType::Int32), Arc::new(self.year.finish())),
            (f("month", small.clone()), Arc::new(self.month.finish())),
            (f("day", small.clone()), Arc::new(self.day.finish())),
            (f("weekday", small.clone()), Arc::new(self.weekday.finish())),
            (f("bangla_year", DataType::Int32), Arc::new(self.bangla_year.finish())),
            (f("bangla_month", small.clone()), Arc::new(self.bangla_month.finish())),
            (f("bangla_day", small.clone()), Arc::new(self.bangla_day.finish())),
            (f("bangla_rule", DataType::Utf8), Arc::new(self.bangla_rule.finish())),
            (f("hijri_year", DataType::Int32), Arc::new(self.hijri_year.finish())),
            (f("hijri_month", small.clone()), Arc::new(self.hijri_month.finish())),
            (f("hijri_day", small.clone()), Arc::new(self.hijri_day.finish())),
            (f("saka_year", DataType::Int32), Arc::new(self.saka_year.finish())),
            (f("saka_month", small.clone()), Arc::new(self.saka_month.finish())),
            (f("saka_day", small), Arc::new(self.saka_day.finish())),
            (f("role", DataType::Utf8), Arc::new(self.role.finish())),
            (f("approximate", DataType::Boolean), Arc::new(self.approximate.finish())),
            (
                f("warnings", DataType::List(Arc::new(Field::new("item", DataType::Utf8, true)))),
                Arc::new(self.warnings.finish()),
            ),
            (f("error", DataType::Utf8), Arc::new(self.error.finish())),
            (f("error_kind", DataType::Utf8), Arc::new(self.error_kind.finish())),
        ];
        let (fields, arrays): (Vec<Field>, Vec<ArrayRef>) = fields.into_iter().unzip();
        let nulls = NullBuffer::from(self.valid);
        let nulls = (nulls.null_count() > 0).then_some(nulls);
        StructArray::try_new(Fields::from(fields), arrays, nulls)
            .map_err(|e| PyValueError::new_err(format!("cannot build the result: {e}")))
    }
}

/// Parse every row. Runs without the GIL.
fn parse_column(
    parser: &Parser,
    input: &ArrayRef,
    first: bool,
    zone: &str,
) -> PyResult<StructArray> {
    let mut columns = Columns::new(input.len(), zone);
    for row in rows(input)? {
        let Some(text) = row else {
            columns.push(None, None, false);
            continue;
        };
        let result: Result<Match, Option<Error>> = if first {
            let mut error = None;
            let mut found = None;
            for item in parser.extract(text) {
                match item {
                    Ok(m) => {
                        found = Some(m);
                        break;
                    }
                    Err(e) => {
                        error.get_or_insert(e);
                    }
                }
            }
            found.ok_or(error)
        } else {
            parser.parse(text).map_err(Some)
        };
        match result {
            Ok(m) => {
                let mut index =
                    bangla_date::parse::OffsetMap::new(text, bangla_date::parse::OffsetUnit::Char);
                let (start, end) = (index.map(m.span.start), index.map(m.span.end));
                columns.push(Some((&m, start, end, m.text(text))), None, true);
            }
            Err(Some(e)) => {
                columns.push(None, Some((message(&e, Some(text)), e.kind().code())), true)
            }
            Err(None) => {
                columns.push(None, Some(("no date or time found".to_owned(), "not-found")), true)
            }
        }
    }
    columns.finish(zone)
}
