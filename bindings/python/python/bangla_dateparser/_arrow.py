"""parse_arrow's adapters: pyarrow, polars and pandas columns in, the same kind out.

The parsing itself happens in Rust on the Arrow buffers (the Arrow PyCapsule interface); this
module only finds the Arrow array behind each kind of column and wraps the result back.
"""

from __future__ import annotations

from typing import Any, Tuple

from . import _native


class _Capsules:
    """An object with ``__arrow_c_array__``, so ``pyarrow.array()`` imports the result."""

    __slots__ = ("_pair",)

    def __init__(self, pair: Tuple[Any, Any]) -> None:
        self._pair = pair

    def __arrow_c_array__(self, requested_schema: Any = None) -> Tuple[Any, Any]:
        return self._pair


def _pyarrow() -> Any:
    try:
        import pyarrow
    except ImportError:  # pragma: no cover - exercised only without the extra
        raise ImportError(
            "parse_arrow needs pyarrow: pip install 'bangla-dateparser[arrow]'"
        ) from None
    return pyarrow


def _parse_array(native: Any, array: Any, mode: str) -> Any:
    """One pyarrow.Array of strings to one pyarrow.StructArray."""
    pa = _pyarrow()
    t = array.type
    if pa.types.is_dictionary(t):
        array = array.dictionary_decode()
    elif pa.types.is_null(t):
        array = array.cast(pa.string())
    elif not (pa.types.is_string(t) or pa.types.is_large_string(t) or str(t) == "string_view"):
        raise TypeError(f"parse_arrow expects a column of strings, got {t}")
    schema, data = array.__arrow_c_array__()
    return pa.array(_Capsules(native.parse_arrow(schema, data, mode)))


def parse_column(native: Any, column: Any, mode: str) -> Any:
    """Dispatch on the kind of column; see :func:`bangla_dateparser.parse_arrow`."""
    pa = _pyarrow()
    module = type(column).__module__.split(".")[0]
    if module == "polars":
        import polars as pl

        out = _parse_array(native, column.to_arrow(), mode)
        return pl.Series(column.name, out)
    if module == "pandas":
        import pandas as pd

        out = _parse_array(native, pa.array(column, from_pandas=True), mode)
        table = pa.Table.from_arrays(out.flatten(), names=[f.name for f in out.type])
        frame = table.to_pandas(types_mapper=pd.ArrowDtype)
        frame.index = column.index
        return frame
    if isinstance(column, pa.ChunkedArray):
        chunks = [_parse_array(native, c, mode) for c in column.chunks]
        if not chunks:
            chunks = [_parse_array(native, pa.array([], pa.string()), mode)]
        return pa.chunked_array(chunks)
    if isinstance(column, pa.Array):
        return _parse_array(native, column, mode)
    if isinstance(column, str):
        raise TypeError("parse_arrow expects a column; use parse() or Parser.parse() for one string")
    return _parse_array(native, pa.array(list(column), pa.string()), mode)
