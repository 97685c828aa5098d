//! The serde form of the library's values (the one wire shape), as Python objects.
//!
//! A serde `Serializer` whose output is Python objects: the library's own `Serialize` impls
//! write a value, and this turns each piece one for one into None, `bool`, `int`, `float`,
//! `str`, `list` or `dict` (fields in the serde form's order; a unit variant is its name, as in
//! JSON). Nothing here knows a field name: a match or a mention in Python is what serde writes,
//! with its spans converted to characters beforehand (`OffsetMap::convert`). Writing Python
//! objects directly, rather than JSON text or a `serde_json::Value` to convert again, keeps the
//! field order and costs one pass.

use core::fmt;

use pyo3::IntoPyObjectExt;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};
use serde::Serialize;
use serde::ser::{self, SerializeMap, SerializeSeq, SerializeStruct, Serializer};

/// The serde form of `value` as Python objects.
pub(crate) fn to_py<T: Serialize + ?Sized>(py: Python<'_>, value: &T) -> PyResult<PyObject> {
    value.serialize(PySerializer(py)).map_err(|e| PyValueError::new_err(e.0))
}

/// A value's serde form with `text` (the text it spans) after its fields: a match or a mention
/// as the CLI prints a mention.
#[derive(Serialize)]
pub(crate) struct WithText<'a, T: Serialize> {
    #[serde(flatten)]
    pub(crate) value: &'a T,
    pub(crate) text: &'a str,
}

/// An error while writing: a Python error or a message from a `Serialize` impl.
#[derive(Debug)]
pub(crate) struct WireError(String);

impl fmt::Display for WireError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for WireError {}

impl ser::Error for WireError {
    fn custom<T: fmt::Display>(msg: T) -> WireError {
        WireError(msg.to_string())
    }
}

impl From<PyErr> for WireError {
    fn from(e: PyErr) -> WireError {
        WireError(e.to_string())
    }
}

type Out = Result<PyObject, WireError>;

/// Writes a serde value as a Python object.
#[derive(Clone, Copy)]
struct PySerializer<'py>(Python<'py>);

impl PySerializer<'_> {
    fn obj<T: for<'a> IntoPyObject<'a>>(self, v: T) -> Out {
        Ok(v.into_py_any(self.0)?)
    }

    /// `{variant: value}`, serde's externally tagged form of a variant with data.
    fn tagged(self, variant: &str, value: PyObject) -> Out {
        let dict = PyDict::new(self.0);
        dict.set_item(variant, value)?;
        Ok(dict.into_any().unbind())
    }
}

/// `fn serialize_i32(self, v: i32) -> Out { self.obj(v) }` and the like: the values that are
/// Python objects as they are.
macro_rules! scalars {
    ($($method:ident: $ty:ty),* $(,)?) => {
        $(fn $method(self, v: $ty) -> Out {
            self.obj(v)
        })*
    };
}

impl<'py> Serializer for PySerializer<'py> {
    type Ok = PyObject;
    type Error = WireError;
    type SerializeSeq = Seq<'py>;
    type SerializeTuple = Seq<'py>;
    type SerializeTupleStruct = Seq<'py>;
    type SerializeTupleVariant = Seq<'py>;
    type SerializeMap = Map<'py>;
    type SerializeStruct = Map<'py>;
    type SerializeStructVariant = Map<'py>;

    scalars! {
        serialize_bool: bool,
        serialize_i8: i8,
        serialize_i16: i16,
        serialize_i32: i32,
        serialize_i64: i64,
        serialize_u8: u8,
        serialize_u16: u16,
        serialize_u32: u32,
        serialize_u64: u64,
    }
    fn serialize_f32(self, v: f32) -> Out {
        self.obj(f64::from(v))
    }
    fn serialize_f64(self, v: f64) -> Out {
        self.obj(v)
    }
    fn serialize_char(self, v: char) -> Out {
        self.obj(v.to_string())
    }
    fn serialize_str(self, v: &str) -> Out {
        self.obj(v)
    }
    fn serialize_bytes(self, v: &[u8]) -> Out {
        self.obj(v.to_vec())
    }
    fn serialize_none(self) -> Out {
        Ok(self.0.None())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Out {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Out {
        Ok(self.0.None())
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Out {
        Ok(self.0.None())
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Out {
        self.obj(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Out {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Out {
        let inner = value.serialize(self)?;
        self.tagged(variant, inner)
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<Seq<'py>, WireError> {
        Ok(Seq { py: self.0, items: Vec::with_capacity(len.unwrap_or(0)), variant: None })
    }
    fn serialize_tuple(self, len: usize) -> Result<Seq<'py>, WireError> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        len: usize,
    ) -> Result<Seq<'py>, WireError> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Seq<'py>, WireError> {
        Ok(Seq { py: self.0, items: Vec::with_capacity(len), variant: Some(variant) })
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Map<'py>, WireError> {
        Ok(Map { py: self.0, dict: PyDict::new(self.0), key: None, variant: None })
    }
    fn serialize_struct(self, _name: &'static str, len: usize) -> Result<Map<'py>, WireError> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Map<'py>, WireError> {
        Ok(Map { py: self.0, dict: PyDict::new(self.0), key: None, variant: Some(variant) })
    }
}

/// A list being written (a sequence, a tuple, or a tuple variant's fields).
struct Seq<'py> {
    py: Python<'py>,
    items: Vec<PyObject>,
    variant: Option<&'static str>,
}

impl SerializeSeq for Seq<'_> {
    type Ok = PyObject;
    type Error = WireError;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), WireError> {
        self.items.push(value.serialize(PySerializer(self.py))?);
        Ok(())
    }
    fn end(self) -> Out {
        let list = PyList::new(self.py, self.items)?.into_any().unbind();
        match self.variant {
            Some(variant) => PySerializer(self.py).tagged(variant, list),
            None => Ok(list),
        }
    }
}

impl ser::SerializeTuple for Seq<'_> {
    type Ok = PyObject;
    type Error = WireError;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), WireError> {
        SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Out {
        SerializeSeq::end(self)
    }
}

impl ser::SerializeTupleStruct for Seq<'_> {
    type Ok = PyObject;
    type Error = WireError;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), WireError> {
        SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Out {
        SerializeSeq::end(self)
    }
}

impl ser::SerializeTupleVariant for Seq<'_> {
    type Ok = PyObject;
    type Error = WireError;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), WireError> {
        SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Out {
        SerializeSeq::end(self)
    }
}

/// A dict being written (a map, a struct, or a struct variant's fields).
struct Map<'py> {
    py: Python<'py>,
    dict: Bound<'py, PyDict>,
    key: Option<PyObject>,
    variant: Option<&'static str>,
}

impl SerializeMap for Map<'_> {
    type Ok = PyObject;
    type Error = WireError;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), WireError> {
        self.key = Some(key.serialize(PySerializer(self.py))?);
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), WireError> {
        let key = self.key.take().ok_or_else(|| WireError("a map value without a key".into()))?;
        self.dict.set_item(key, value.serialize(PySerializer(self.py))?)?;
        Ok(())
    }
    fn end(self) -> Out {
        let dict = self.dict.into_any().unbind();
        match self.variant {
            Some(variant) => PySerializer(self.py).tagged(variant, dict),
            None => Ok(dict),
        }
    }
}

impl SerializeStruct for Map<'_> {
    type Ok = PyObject;
    type Error = WireError;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), WireError> {
        self.dict.set_item(key, value.serialize(PySerializer(self.py))?)?;
        Ok(())
    }
    fn end(self) -> Out {
        SerializeMap::end(self)
    }
}

impl ser::SerializeStructVariant for Map<'_> {
    type Ok = PyObject;
    type Error = WireError;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), WireError> {
        SerializeStruct::serialize_field(self, key, value)
    }
    fn end(self) -> Out {
        SerializeMap::end(self)
    }
}
