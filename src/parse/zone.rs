//! The time zone a text's clock times are read in: a fixed UTC offset, or an IANA zone with its
//! history (Asia/Dhaka kept daylight saving time, UTC+7, from 19 June to 31 December 2009, and
//! was UTC+6:30 in 1941–51; Asia/Kolkata was UTC+6:30 in 1942–45).
//!
//! The zone history comes from the tz database through chrono-tz, not a hand-kept table.

use core::fmt;
use core::str::FromStr;

use chrono::{DateTime, Duration, FixedOffset, LocalResult, NaiveDateTime, Offset, TimeZone};
use chrono_tz::Tz;

use crate::error::{Error, ErrorKind};

/// The zone clock times are read in.
///
/// ```
/// use bangla_date::parse::{Parser, Zone};
///
/// // Bangladesh kept daylight saving time in the second half of 2009.
/// let m = Parser::new().parse("১৫ জুলাই ২০০৯ সকাল ১০টা")?;
/// assert_eq!(m.to_datetime()?.to_rfc3339(), "2009-07-15T10:00:00+07:00");
/// let kolkata: Zone = "Asia/Kolkata".parse()?;
/// let m = Parser::new().zone(kolkata).parse("১৫ জুলাই ২০০৯ সকাল ১০টা")?;
/// assert_eq!(m.to_datetime()?.to_rfc3339(), "2009-07-15T10:00:00+05:30");
/// let fixed: Zone = "+06:00".parse()?;
/// assert_eq!(fixed.to_string(), "+06:00");
/// # Ok::<(), bangla_date::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Zone {
    /// A fixed offset from UTC.
    Fixed(FixedOffset),
    /// An IANA zone, with its history of offsets.
    Iana(Tz),
}

impl Zone {
    /// Asia/Dhaka: the default for Bangladesh rules.
    pub const DHAKA: Zone = Zone::Iana(Tz::Asia__Dhaka);
    /// Asia/Kolkata: the default for West Bengal rules and Assamese month names.
    pub const KOLKATA: Zone = Zone::Iana(Tz::Asia__Kolkata);

    /// The moment of `local` in this zone, with what had to be decided about it: a clock time
    /// the zone skipped (the clocks went forward) is read with the offset before the change, one
    /// it repeated (they went back) as the first of the two. The parser decides this way, and
    /// front ends that place a date and time in a zone call this rather than decide again.
    ///
    /// ```
    /// use bangla_date::parse::{Localized, Zone};
    /// use chrono::NaiveDate;
    ///
    /// let at = |h, m| NaiveDate::from_ymd_opt(2009, 6, 19).unwrap().and_hms_opt(h, m, 0).unwrap();
    /// // Dhaka's clocks went from 23:00 to 24:00 on 19 June 2009.
    /// assert!(matches!(Zone::DHAKA.localize(at(23, 30)), Localized::Skipped(_)));
    /// let Localized::Exact(dt) = Zone::DHAKA.localize(at(12, 0)) else { panic!() };
    /// assert_eq!(dt.to_rfc3339(), "2009-06-19T12:00:00+06:00");
    /// ```
    pub fn localize(self, local: NaiveDateTime) -> Localized {
        match self {
            Zone::Fixed(offset) => match offset.from_local_datetime(&local) {
                LocalResult::Single(dt) => Localized::Exact(dt),
                _ => Localized::Unrepresentable,
            },
            Zone::Iana(tz) => match tz.from_local_datetime(&local) {
                LocalResult::Single(dt) => Localized::Exact(dt.fixed_offset()),
                // Repeated when the clocks went back: the first of the two moments.
                LocalResult::Ambiguous(first, _) => Localized::Repeated(first.fixed_offset()),
                // Skipped when the clocks went forward: the offset before the change.
                LocalResult::None => {
                    let before = local
                        .checked_sub_signed(Duration::days(1))
                        .map(|d| tz.offset_from_utc_datetime(&d).fix());
                    match before.and_then(|o| o.from_local_datetime(&local).single()) {
                        Some(dt) => Localized::Skipped(dt),
                        None => Localized::Unrepresentable,
                    }
                }
            },
        }
    }
}

/// Places whose time pages name before `সময়` ("time"): `ভারতীয় সময় রাত ৮টায়`, `বাংলাদেশ
/// সময় সন্ধ্যা ৬টা`, `লন্ডন সময় বিকেল ৪টা`. Each with the IANA zone of its clocks; a country
/// of several zones (the United States, Australia) is not here, as its time names none.
const NAMED: &[(&str, &str)] = &[
    ("ভারতীয়", "Asia/Kolkata"),
    ("ভারতের", "Asia/Kolkata"),
    ("ভারত", "Asia/Kolkata"),
    ("কলকাতা", "Asia/Kolkata"),
    ("কলকাতার", "Asia/Kolkata"),
    ("বাংলাদেশ", "Asia/Dhaka"),
    ("বাংলাদেশের", "Asia/Dhaka"),
    ("বাংলাদেশি", "Asia/Dhaka"),
    ("বাংলাদেশী", "Asia/Dhaka"),
    ("ঢাকা", "Asia/Dhaka"),
    ("ঢাকার", "Asia/Dhaka"),
    ("পাকিস্তান", "Asia/Karachi"),
    ("পাকিস্তানের", "Asia/Karachi"),
    ("পাকিস্তানি", "Asia/Karachi"),
    ("নেপাল", "Asia/Kathmandu"),
    ("নেপালের", "Asia/Kathmandu"),
    ("নেপালি", "Asia/Kathmandu"),
    ("মিয়ানমার", "Asia/Yangon"),
    ("মিয়ানমারের", "Asia/Yangon"),
    ("লন্ডন", "Europe/London"),
    ("ইংল্যান্ড", "Europe/London"),
    ("ইংল্যান্ডের", "Europe/London"),
    ("লন্ডনের", "Europe/London"),
    ("ব্রিটিশ", "Europe/London"),
    ("যুক্তরাজ্যের", "Europe/London"),
    ("সৌদি", "Asia/Riyadh"),
    ("মক্কা", "Asia/Riyadh"),
    ("মক্কার", "Asia/Riyadh"),
    ("দুবাই", "Asia/Dubai"),
    ("দুবাইয়ের", "Asia/Dubai"),
    ("আমিরাত", "Asia/Dubai"),
    ("আমিরাতের", "Asia/Dubai"),
    // `সৌদি আরবের সময়`.
    ("আরবের", "Asia/Riyadh"),
    ("কাতার", "Asia/Qatar"),
    ("কাতারের", "Asia/Qatar"),
    ("মালয়েশিয়া", "Asia/Kuala_Lumpur"),
    ("মালয়েশিয়ার", "Asia/Kuala_Lumpur"),
    ("সিঙ্গাপুর", "Asia/Singapore"),
    ("জাপান", "Asia/Tokyo"),
    ("জাপানের", "Asia/Tokyo"),
    ("টোকিও", "Asia/Tokyo"),
    ("চীন", "Asia/Shanghai"),
    ("চীনের", "Asia/Shanghai"),
    ("নিউইয়র্ক", "America/New_York"),
    ("নিউইয়র্কের", "America/New_York"),
    ("ওয়াশিংটন", "America/New_York"),
    ("ওয়াশিংটনের", "America/New_York"),
];

/// Countries whose time names no one zone (`মার্কিন সময়`, `অস্ট্রেলিয়ার সময়`): a clock in
/// their time is some place's local time, which the text does not say.
const SEVERAL_ZONES: &[&str] = &[
    "মার্কিন",
    "আমেরিকার",
    "আমেরিকা",
    "যুক্তরাষ্ট্রের",
    "অস্ট্রেলিয়ার",
    "অস্ট্রেলিয়া",
    "কানাডার",
    "কানাডা",
    "রাশিয়ার",
    "ব্রাজিলের",
    "ইন্দোনেশিয়ার",
];

/// What a place named before সময় ("time") says of the clock after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PlaceTime {
    /// Its zone.
    Zone(Zone),
    /// Some place's local time, but not one zone this build can read it in: a country of
    /// several zones, or a zone the build left out (no datetime, as after `স্থানীয় সময়`).
    Unsaid,
}

/// What the place `word` (before সময়) says of the clock's zone, if it is a place this module
/// knows ([`NAMED`], [`SEVERAL_ZONES`]).
pub(crate) fn place_time(word: &str) -> Option<PlaceTime> {
    use super::words::{MAX_KEY, word_key};
    use std::collections::HashMap;
    use std::sync::OnceLock;
    // Every unknown word after a match is asked about: one look-up of its folded key, not a
    // comparison with each name (which made extraction several times slower).
    static PLACES: OnceLock<HashMap<Vec<u8>, PlaceTime>> = OnceLock::new();
    let places = PLACES.get_or_init(|| {
        let key = |w: &str| {
            let mut buf = [0u8; MAX_KEY];
            word_key(w, &mut buf).map(<[u8]>::to_vec)
        };
        // (By its IANA name: a build that keeps only some zones' histories, as the WebAssembly
        // package keeps Dhaka's and Kolkata's, still compiles, and reads a zone it left out as
        // some place's local time, not as Dhaka's.)
        let named = NAMED.iter().filter_map(|&(name, iana)| {
            let place =
                iana.parse::<Tz>().map_or(PlaceTime::Unsaid, |tz| PlaceTime::Zone(Zone::Iana(tz)));
            key(name).map(|k| (k, place))
        });
        let several =
            SEVERAL_ZONES.iter().filter_map(|name| key(name).map(|k| (k, PlaceTime::Unsaid)));
        named.chain(several).collect()
    });
    // (No place's name is longer than a few letters: a long word is none, unfolded.)
    if word.len() > 40 {
        return None;
    }
    let mut buf = [0u8; MAX_KEY];
    places.get(word_key(word, &mut buf)?).copied()
}

impl Zone {
    /// The local time of `instant` in this zone (the inverse of [`Zone::localize`]): what a
    /// front end given an instant (a JavaScript `Date`, an aware Python `datetime`) hands the
    /// parser as its [reference](super::Parser::reference).
    ///
    /// ```
    /// use bangla_date::parse::Zone;
    /// use chrono::DateTime;
    ///
    /// let instant = DateTime::from_timestamp(1_247_630_400, 0).unwrap(); // 2009-07-15 04:00 UTC
    /// assert_eq!(Zone::DHAKA.to_local(instant).to_string(), "2009-07-15 11:00:00"); // DST, +07:00
    /// assert_eq!(Zone::KOLKATA.to_local(instant).to_string(), "2009-07-15 09:30:00");
    /// ```
    pub fn to_local(self, instant: DateTime<chrono::Utc>) -> NaiveDateTime {
        match self {
            Zone::Fixed(offset) => instant.with_timezone(&offset).naive_local(),
            Zone::Iana(tz) => instant.with_timezone(&tz).naive_local(),
        }
    }
}

/// A local datetime placed in a zone ([`Zone::localize`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Localized {
    /// The clock time happened once: this moment.
    Exact(DateTime<FixedOffset>),
    /// The clock time occurred twice: the first.
    Repeated(DateTime<FixedOffset>),
    /// The clock time never occurred: read with the offset before the change.
    Skipped(DateTime<FixedOffset>),
    /// Outside chrono's range.
    Unrepresentable,
}

impl Localized {
    /// The moment, whatever had to be decided (`None` outside chrono's range).
    pub fn moment(self) -> Option<DateTime<FixedOffset>> {
        match self {
            Localized::Exact(dt) | Localized::Repeated(dt) | Localized::Skipped(dt) => Some(dt),
            Localized::Unrepresentable => None,
        }
    }
}

impl fmt::Display for Zone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Zone::Fixed(o) => write!(f, "{o}"),
            Zone::Iana(tz) => f.write_str(tz.name()),
        }
    }
}

impl FromStr for Zone {
    type Err = Error;

    /// An IANA name (`Asia/Dhaka`), `UTC`/`Z`, or an offset: `+06:00`, `+0600`, `+6`,
    /// `-03:30`.
    fn from_str(s: &str) -> Result<Zone, Error> {
        let s = s.trim();
        let unknown = || Error::new(ErrorKind::UnknownTimeZone { found: s.to_owned() });
        if s.eq_ignore_ascii_case("utc") || s == "Z" {
            return FixedOffset::east_opt(0).map(Zone::Fixed).ok_or_else(unknown);
        }
        if let Some(rest) =
            s.strip_prefix('+').map(|r| (1, r)).or(s.strip_prefix('-').map(|r| (-1, r)))
        {
            let (sign, digits) = rest;
            let (h, m) = match digits.split_once(':') {
                Some((h, m)) => (h, m),
                None if digits.len() == 4 => digits.split_at(2),
                None => (digits, "0"),
            };
            let (Ok(h), Ok(m)) = (h.parse::<i32>(), m.parse::<i32>()) else {
                return Err(unknown());
            };
            if !(0..=14).contains(&h) || !(0..60).contains(&m) {
                return Err(unknown());
            }
            return FixedOffset::east_opt(sign * (h * 3600 + m * 60))
                .map(Zone::Fixed)
                .ok_or_else(unknown);
        }
        s.parse::<Tz>().map(Zone::Iana).map_err(|_| unknown())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, mo, d).unwrap().and_hms_opt(h, mi, 0).unwrap()
    }

    /// Offsets of Asia/Dhaka and Asia/Kolkata from the tz database's `asia` file (its
    /// comments cite the sources: Bangladesh's 2009 daylight saving time from 19 June 23:00
    /// to 31 December 24:00; +06:30 in Dhaka 1941–51; Indian war time +06:30 1942–45).
    #[test]
    fn zone_history() {
        let cases = [
            (Zone::DHAKA, at(2009, 7, 15, 10, 0), "2009-07-15T10:00:00+07:00"),
            (Zone::DHAKA, at(2009, 6, 19, 22, 59), "2009-06-19T22:59:00+06:00"),
            (Zone::DHAKA, at(2010, 1, 1, 0, 0), "2010-01-01T00:00:00+06:00"),
            (Zone::DHAKA, at(1947, 8, 15, 9, 0), "1947-08-15T09:00:00+06:30"),
            (Zone::DHAKA, at(2026, 1, 2, 17, 41), "2026-01-02T17:41:00+06:00"),
            (Zone::KOLKATA, at(1944, 1, 1, 12, 0), "1944-01-01T12:00:00+06:30"),
            (Zone::KOLKATA, at(2024, 9, 17, 12, 0), "2024-09-17T12:00:00+05:30"),
        ];
        for (zone, local, want) in cases {
            let Localized::Exact(dt) = zone.localize(local) else { panic!("{local}") };
            assert_eq!(dt.to_rfc3339(), want);
        }
        // The hour skipped when the clocks went forward, and the one repeated when they went
        // back.
        let skipped = Zone::DHAKA.localize(at(2009, 6, 19, 23, 30));
        assert!(
            matches!(skipped, Localized::Skipped(dt) if dt.to_rfc3339() == "2009-06-19T23:30:00+06:00")
        );
        let repeated = Zone::DHAKA.localize(at(2009, 12, 31, 23, 30));
        assert!(
            matches!(repeated, Localized::Repeated(dt) if dt.to_rfc3339() == "2009-12-31T23:30:00+07:00")
        );
    }

    #[test]
    fn zone_names() {
        assert_eq!("Asia/Dhaka".parse::<Zone>(), Ok(Zone::DHAKA));
        assert_eq!("+0530".parse::<Zone>().unwrap().to_string(), "+05:30");
        assert_eq!("+6".parse::<Zone>().unwrap().to_string(), "+06:00");
        assert_eq!("UTC".parse::<Zone>().unwrap().to_string(), "+00:00");
        let err = "Asia/Dacca2".parse::<Zone>().unwrap_err();
        assert!(err.to_string().starts_with("unknown time zone `Asia/Dacca2`"));
        assert!("+25:00".parse::<Zone>().is_err());
    }
}
