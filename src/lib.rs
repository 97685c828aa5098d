//! # bangla-date
//!
//! Read the dates and times that Bengali text contains into exact chrono datetimes, and print
//! them back: Bengali digits, the Bangabda (বঙ্গাব্দ) calendar under every rule in real use
//! (Bangladesh 2019 and 1987, the historical mode between them, and West Bengal's astronomical
//! calendar in both almanac families), the Śaka and Hijri dates printed beside them, and a parser
//! that knows `০৫:৪১ অপরাহ্ন` is 17:41.
//!
//! ```
//! use bangla_date::parse::Parser;
//! use bangla_date::Rule;
//!
//! let header = "০৫:৪১ অপরাহ্ন, শুক্রবার, ০২ জানুয়ারী ২০২৬, ১৯ পৌষ ১৪৩২ বঙ্গাব্দ";
//! let m = Parser::new().parse(header)?;
//! assert_eq!(m.to_datetime()?.to_rfc3339(), "2026-01-02T17:41:00+06:00");
//! // The page prints the Bangabda date by the Bangla Academy rule of 1987, as many sites
//! // still do; the official 2019 rule gives ১৮ পৌষ for the same day.
//! let bangla = m.bangla.ok_or("no Bangabda date")?;
//! assert_eq!(bangla.rule, Some(Rule::BanglaAcademy1987));
//! // Read by the 2019 rule instead, the same written date is the next day.
//! assert_eq!(bangla.to_date(Rule::Bangladesh2019)?.to_gregorian().to_string(), "2026-01-03");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## Overview
//!
//! - [`parse`]: [`Parser::parse`] one expression or [`Parser::extract`] every expression from
//!   free text, with byte spans into the caller's string (rule, time zone,
//!   reference date, year resolution, day-period convention). What was written and what it
//!   resolves to come back in a [`Match`], with warnings for what deserves a second look.
//!   [`Parser::read_document`] reads a whole article: every mention in order, each anchored to
//!   the text's own dates (see [`parse::document`]).
//! - [`calendar`]: [`BanglaDate`], [`Month`], [`Season`] and the [`Rule`]s, converting both ways
//!   with [`chrono::NaiveDate`]; [`SakaDate`] (Indian national calendar) and [`HijriDate`]
//!   (as written, with an always-[`Approximate`] tabular conversion).
//! - [`format`](mod@format): Gregorian and Bangabda dates as Bengali text, by strftime-like patterns or the
//!   presets real pages use (`header`, `byline`, `dateline`, `bangla`).
//! - [`digits`]: Bengali digits ০–৯ ⇄ ASCII, scanning numbers in either set (or both mixed) with
//!   byte spans, and printing integers in Bengali digits.
//! - [`Error`] and [`ErrorKind`]: one error type for everything, with the offending value, the
//!   valid range and a byte span into the input.
//!
//! ```
//! use bangla_date::{BanglaDate, Month, Rule};
//! use chrono::NaiveDate;
//!
//! let date = BanglaDate::new(1432, Month::Poush, 19, Rule::BanglaAcademy1987)?;
//! assert_eq!(date.to_gregorian(), NaiveDate::from_ymd_opt(2026, 1, 2).unwrap());
//! let official = BanglaDate::from_gregorian(date.to_gregorian(), Rule::Bangladesh2019)?;
//! assert_eq!(official.to_string(), "১৮ পৌষ ১৪৩২ বঙ্গাব্দ");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## Crate features
//!
//! - `serde` (on by default): `Serialize`/`Deserialize` for [`BanglaDate`] (as
//!   `{"year", "month", "day", "rule"}`, validated on the way in), [`Month`] (its number),
//!   [`Rule`] (its name, e.g. `"bd2019"`), [`SakaDate`], [`HijriDate`], the parser's [`Match`]
//!   and its parts; enables chrono's `serde` feature too.

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
mod types;

pub use calendar::hijri::{Approximate, HijriDate};
pub use calendar::saka::SakaDate;
pub use calendar::{BanglaDate, Month, Rule, Season, weekday_bengali, weekday_bengali_short};
pub use error::{Error, ErrorKind};
pub use parse::{Match, Parser};
pub use types::{CalendarMonth, Missing, TimeField};

/// The README's examples, run as doctests so that they cannot go stale.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
