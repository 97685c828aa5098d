//! # bangla-date
//!
//! Turn the dates Bengali text contains into exact Gregorian dates, and back: Bengali digits,
//! the Bangabda (বঙ্গাব্দ) calendar under every rule in real use, and chrono types in and out.
//!
//! ```
//! use bangla_date::{BanglaDate, Month, Rule};
//! use chrono::NaiveDate;
//!
//! // A 2026 news header printed "১৯ পৌষ ১৪৩২ বঙ্গাব্দ" beside 2 January 2026: that is the
//! // Bangla Academy rule of 1987, which many sites still print.
//! let date = BanglaDate::new(1432, Month::Poush, 19, Rule::BanglaAcademy1987)?;
//! assert_eq!(date.to_gregorian(), NaiveDate::from_ymd_opt(2026, 1, 2).unwrap());
//!
//! // The official 2019 rule gives 18 Poush for the same day.
//! let official = BanglaDate::from_gregorian(date.to_gregorian(), Rule::Bangladesh2019)?;
//! assert_eq!(official.to_string(), "১৮ পৌষ ১৪৩২ বঙ্গাব্দ");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## Overview
//!
//! - [`digits`]: Bengali digits ০–৯ ⇄ ASCII, scanning numbers in either set (or both mixed) with
//!   byte spans, and printing integers in Bengali digits.
//! - [`calendar`]: [`BanglaDate`], [`Month`], [`Season`] and the [`Rule`]s, converting both ways
//!   with [`chrono::NaiveDate`].
//! - [`Error`] and [`ErrorKind`]: one error type for everything, with the offending value, the
//!   valid range and a byte span into the input.
//!
//! ## Crate features
//!
//! - `serde` (off by default): `Serialize`/`Deserialize` for [`BanglaDate`] (as
//!   `{"year", "month", "day", "rule"}`, validated on the way in), [`Month`] (its number),
//!   [`Rule`] (its name, e.g. `"bd2019"`) and the other public value types; enables chrono's
//!   `serde` feature too.

#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(missing_debug_implementations, unreachable_pub)]
#![doc(test(attr(deny(warnings))))]
// Library code must not panic on any input: no unwrap, expect, indexing or explicit panics
// (tests may use them).
#![cfg_attr(
    not(test),
    warn(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)
)]

pub mod calendar;
pub mod digits;
mod error;
pub mod format;
pub mod parse;

pub use calendar::hijri::{Approximate, HijriDate};
pub use calendar::saka::SakaDate;
pub use calendar::{BanglaDate, Month, Rule, Season, weekday_bengali, weekday_bengali_short};
pub use error::{Error, ErrorKind};
pub use parse::{Match, Parser, extract, parse};

/// The README's examples, run as doctests so that they cannot go stale.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
