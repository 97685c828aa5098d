//! serde forms of the public value types (feature `serde`).
#![cfg(feature = "serde")]

use bangla_date::{BanglaDate, Month, Rule};

#[test]
fn bangla_date_round_trips_and_validates() {
    let d = BanglaDate::new(1432, Month::Poush, 18, Rule::Bangladesh2019).unwrap();
    let json = serde_json::to_string(&d).unwrap();
    assert_eq!(json, r#"{"year":1432,"month":9,"day":18,"rule":"bd2019"}"#);
    assert_eq!(serde_json::from_str::<BanglaDate>(&json).unwrap(), d);

    // Deserializing checks the day like BanglaDate::new does.
    let bad = r#"{"year":1432,"month":11,"day":31,"rule":"bd2019"}"#;
    let err = serde_json::from_str::<BanglaDate>(bad).unwrap_err().to_string();
    assert!(err.contains("day 31 is out of range for ফাল্গুন (Falgun) 1432"), "{err}");
    let bad_rule = r#"{"year":1432,"month":9,"day":1,"rule":"bd2020"}"#;
    assert!(serde_json::from_str::<BanglaDate>(bad_rule).is_err());
    assert!(serde_json::from_str::<Month>("13").is_err());
}

#[test]
fn rules_serialize_as_their_names() {
    for rule in Rule::ALL {
        let json = serde_json::to_string(&rule).unwrap();
        assert_eq!(json, format!("\"{}\"", rule.name()));
        assert_eq!(serde_json::from_str::<Rule>(&json).unwrap(), rule);
    }
}

/// The wire form of a match, pinned as literal JSON text: field names, the kebab-case tags of
/// roles and warnings, months as numbers, rules by name, spans as `{"start", "end"}`.
#[test]
fn match_wire_form() {
    let text = "০৫:৪১ অপরাহ্ন, শুক্রবার, ০২ জানুয়ারী ২০২৬, ১৯ পৌষ ১৪৩২ বঙ্গাব্দ";
    let m = bangla_date::parse::parse(text).unwrap();
    let json = serde_json::to_string_pretty(&m).unwrap();
    assert_eq!(json, EXPECTED_MATCH);
    let back: bangla_date::Match = serde_json::from_str(EXPECTED_MATCH).unwrap();
    assert_eq!(back, m);

    // A relative expression is tagged by its kind.
    let reference = "2025-12-30T09:00:00".parse().unwrap();
    let m = bangla_date::parse::Parser::new().reference(reference).parse("গতকাল").unwrap();
    let relative = serde_json::to_string(&m.relative).unwrap();
    assert_eq!(relative, r#"{"kind":"day","offset":-1}"#);
}

const EXPECTED_MATCH: &str = r#"{
  "span": {
    "start": 0,
    "end": 166
  },
  "date": "2026-01-02",
  "year": 2026,
  "month": 1,
  "day": 2,
  "time": "17:41:00",
  "datetime": "2026-01-02T17:41:00+06:00",
  "weekday": "Fri",
  "period": null,
  "bangla": {
    "day": 19,
    "month": 9,
    "year": 1432,
    "rule": "bd1987"
  },
  "hijri": null,
  "saka": null,
  "relative": null,
  "role": "single",
  "approximate": false,
  "approximate_date": null,
  "warnings": [
    {
      "kind": "bangla-other-rule",
      "configured": "bd2019",
      "matched": "bd1987",
      "span": {
        "start": 112,
        "end": 166
      }
    }
  ]
}"#;

/// A moment whose offset has seconds (Dhaka in 1900 kept Howrah mean time, +05:53:20 in the tz
/// database) keeps them in the serde form, and reads back the same instant.
#[test]
fn an_offset_with_seconds_is_not_rounded() {
    let m = bangla_date::parse::parse("১৯০০ সালের ২ জানুয়ারি সকাল ১০টা").unwrap();
    let json = serde_json::to_value(&m).unwrap();
    assert_eq!(json["datetime"], "1900-01-02T10:00:00+05:53:20");
    let back: bangla_date::parse::Match = serde_json::from_value(json).unwrap();
    assert_eq!(back.datetime, m.datetime);
}
