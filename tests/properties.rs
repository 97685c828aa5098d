//! proptest properties for the calendar constructors and the digit layer.

use bangla_date::digits::{self, DigitScript};
use bangla_date::{BanglaDate, ErrorKind, Month, Rule};
use chrono::{Datelike, NaiveDate};
use proptest::prelude::*;

/// The Bangladesh rules, defined for every year chrono has.
fn rule() -> impl Strategy<Value = Rule> {
    proptest::sample::select(
        Rule::ALL.into_iter().filter(|r| !r.is_west_bengal()).collect::<Vec<_>>(),
    )
}

fn any_chrono_date() -> impl Strategy<Value = NaiveDate> {
    let min = NaiveDate::MIN.num_days_from_ce();
    let max = NaiveDate::MAX.num_days_from_ce();
    (min..=max).prop_map(|d| NaiveDate::from_num_days_from_ce_opt(d).unwrap())
}

/// The month lengths of the Bangladesh rules as published (bdnews24, 17 Oct 2019; Bangla
/// Academy 1987), written out here rather than taken from the crate: Boishakh to Bhadro have 31
/// days, Ashwin 31 by the 2019 rule and 30 by the 1987 rule, Kartik to Magh and Choitro 30, and
/// Falgun 29 (2019) or 30 (1987), one more when its February has 29 days. The historical rule
/// is the 1987 rule from 1394 to 1425 and the 2019 rule from 1426.
fn published_days(rule: Rule, year: i32, month: Month) -> u8 {
    let revised = match rule {
        Rule::Bangladesh2019 => true,
        Rule::BanglaAcademy1987 => false,
        Rule::BangladeshHistorical => year >= 1426,
        other => unreachable!("{other} is not a Bangladesh rule"),
    };
    // Falgun of Bangabda `year` holds February of Gregorian year + 594; chrono says if it is leap.
    let leap = u8::from(NaiveDate::from_ymd_opt(year + 594, 2, 29).is_some());
    match month.number() {
        1..=5 => 31,
        6 if revised => 31,
        6..=10 | 12 => 30,
        _ if revised => 29 + leap,
        _ => 30 + leap,
    }
}

proptest! {
    #[test]
    fn gregorian_round_trip_over_chrono_range(date in any_chrono_date(), rule in rule()) {
        match BanglaDate::from_gregorian(date, rule) {
            Ok(b) => {
                prop_assert_eq!(b.to_gregorian(), date);
                // Independently: every Bangladesh year begins on 14 April (the historical rule
                // follows the almanac before 1394 instead).
                if rule != Rule::BangladeshHistorical || b.year() >= 1394 {
                    let april_14 = NaiveDate::from_ymd_opt(b.year() + 593, 4, 14).unwrap();
                    prop_assert_eq!(i64::from(b.ordinal()), (date - april_14).num_days() + 1);
                }
            }
            // Only the first and last months of chrono's range have no Bangabda date.
            Err(e) => {
                let is_out_of_range = matches!(e.kind(), ErrorKind::OutOfRange { .. });
                prop_assert!(is_out_of_range);
                prop_assert!(date.year() == NaiveDate::MIN.year() || date.year() == NaiveDate::MAX.year());
            }
        }
    }

    #[test]
    fn constructor_accepts_exactly_the_days_of_the_month(
        year in 1394i32..3000, month in 1i64..=12, day in 0u8..=40, rule in rule()
    ) {
        let month = Month::from_number(month).unwrap();
        let max = published_days(rule, year, month);
        prop_assert_eq!(rule.days_in_month(year, month).unwrap(), max);
        let result = BanglaDate::new(year, month, day, rule);
        if (1..=max).contains(&day) {
            let b = result.unwrap();
            prop_assert_eq!(BanglaDate::from_gregorian(b.to_gregorian(), rule).unwrap(), b);
        } else {
            let err = result.unwrap_err();
            let is_day_out_of_range = matches!(err.kind(), ErrorKind::DayOutOfRange { .. });
            prop_assert!(is_day_out_of_range);
        }
    }

    #[test]
    fn digits_render_and_scan_back(n in any::<i64>()) {
        let text = digits::bengali(n).to_string();
        prop_assert_eq!(digits::to_ascii_digits(&text), n.to_string());
        let magnitude = text.trim_start_matches('-');
        let scanned = digits::parse_number(magnitude);
        if n.unsigned_abs() <= 9_999_999_999_999_999_999 {
            let scanned = scanned.unwrap();
            prop_assert_eq!(scanned.value, n.unsigned_abs());
            prop_assert_eq!(scanned.script, DigitScript::Bengali);
        } else {
            prop_assert!(scanned.is_err());
        }
    }

    #[test]
    fn digit_conversion_is_an_involution_on_digits(s in "\\PC*") {
        let ascii = digits::to_ascii_digits(&s);
        let bengali = digits::to_bengali_digits(&ascii);
        prop_assert_eq!(digits::to_ascii_digits(&bengali), ascii.clone());
        prop_assert!(!bengali.bytes().any(|b| b.is_ascii_digit()));
        // Same number of characters: one digit for one digit.
        prop_assert_eq!(bengali.chars().count(), s.chars().count());
    }

    #[test]
    fn mixed_digits_are_flagged(n in 10u64..1_000_000_000, mask in any::<u32>()) {
        // Write n with each digit in the set chosen by one bit of mask.
        let ascii = n.to_string();
        let text: String = ascii.chars().enumerate().map(|(i, c)| {
            if mask >> (i % 32) & 1 == 1 { digits::bengali_digit(c as u8 - b'0') } else { c }
        }).collect();
        let scanned = digits::scan_number(&text, 0).unwrap().unwrap();
        prop_assert_eq!(scanned.value, n);
        prop_assert_eq!(scanned.span, 0..text.len());
        let has_bengali = text.chars().any(|c| !c.is_ascii_digit());
        let has_ascii = text.chars().any(|c| c.is_ascii_digit());
        let expected = match (has_ascii, has_bengali) {
            (true, true) => DigitScript::Mixed,
            (false, true) => DigitScript::Bengali,
            _ => DigitScript::Ascii,
        };
        prop_assert_eq!(scanned.script, expected);
    }
}
