//! For every preset and any instant in 1900–2100, reading what the formatter printed gives back
//! the instant, to the precision the preset prints (issue: "parse(format(x)) gives back x").

use bangla_date::format::{Format, Preset};
use bangla_date::parse::Parser;
use bangla_date::{BanglaDate, Rule};
use chrono::{Days, NaiveDate, NaiveDateTime, Timelike};
use proptest::prelude::*;

fn instant() -> impl Strategy<Value = NaiveDateTime> {
    let first = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap();
    let days =
        NaiveDate::from_ymd_opt(2100, 12, 31).unwrap().signed_duration_since(first).num_days();
    (0..=days as u64, 0u32..24 * 60)
        .prop_map(move |(d, m)| (first + Days::new(d)).and_hms_opt(m / 60, m % 60, 0).unwrap())
}

fn rule() -> impl Strategy<Value = Rule> {
    proptest::sample::select(Rule::ALL.to_vec())
}

fn check(x: NaiveDateTime, rule: Rule) -> Result<(), TestCaseError> {
    let parser = Parser::new().rule(rule);
    let bangla = BanglaDate::from_gregorian(x.date(), rule).unwrap();
    for preset in Preset::ALL {
        let text = Format::preset(preset).rule(rule).format(x).unwrap();
        let m = match preset {
            // The dateline prints no year: read it against the instant itself.
            Preset::Dateline => parser.reference(x).extract(&text).next().unwrap(),
            _ => parser.parse(&text),
        }
        .map_err(|e| TestCaseError::fail(format!("{text}: {e}")))?;
        match preset {
            Preset::Header | Preset::Byline => {
                let got = m.datetime.map(|d| d.naive_local());
                prop_assert_eq!(got, Some(x.with_second(0).unwrap()), "{}", text);
            }
            _ => prop_assert_eq!(m.date, Some(x.date()), "{}", text),
        }
        if preset != Preset::Byline {
            let b = m.bangla.unwrap();
            prop_assert_eq!((b.day, b.month), (bangla.day(), bangla.month()), "{}", text);
            prop_assert_eq!(b.rule, Some(rule.in_year(bangla.year())), "{}", text);
        }
        // An hour Dhaka's clocks skipped or repeated in 2009 is flagged as such, rightly.
        let expected = ["year-inferred", "zone-gap", "zone-fold"];
        let unexpected: Vec<_> =
            m.warnings.iter().map(|w| w.code()).filter(|c| !expected.contains(c)).collect();
        prop_assert!(unexpected.is_empty(), "{}: {:?}", text, unexpected);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

    #[test]
    fn presets_read_back(x in instant(), rule in rule()) {
        check(x, rule)?;
    }
}

#[test]
fn presets_read_back_on_hard_days() {
    // Year ends, leap days, the first day of the 2019 revision, midnight and noon.
    for (date, time) in [
        ("2026-01-02", "17:41"),
        ("2024-02-29", "00:00"),
        ("2100-02-28", "12:00"),
        ("2019-10-16", "23:59"),
        ("2019-04-13", "00:30"),
        ("1900-01-01", "12:30"),
        ("2100-12-31", "11:59"),
    ] {
        let x: NaiveDateTime = format!("{date}T{time}:00").parse().unwrap();
        for rule in Rule::ALL {
            check(x, rule).unwrap();
        }
    }
}
