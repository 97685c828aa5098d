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

/// The wire form of an error, pinned as literal JSON text: its kind's code, the kind's message
/// without the place, and the byte span (null when no text was involved).
#[test]
fn error_wire_form() {
    let text = "প্রকাশ: ৩০ ফেব্রুয়ারি ২০২৬";
    let err = bangla_date::parse::parse(text).unwrap_err();
    let json = serde_json::to_string(&err).unwrap();
    let expected = format!(
        r#"{{"kind":"day-out-of-range","message":"day 30 is out of range for February 2026 (expected 1..=28)","span":{{"start":{},"end":{}}}}}"#,
        "প্রকাশ: ".len(),
        text.len()
    );
    // `parse` reads the label; the error is about the date alone.
    assert_eq!(json, expected);
    // `Display` says the place; the serde form keeps it in `span`.
    assert!(err.to_string().ends_with(&format!("(at bytes {}..{})", "প্রকাশ: ".len(), text.len())));

    let err = "bd2020".parse::<bangla_date::parse::RuleChoice>().unwrap_err();
    let json = serde_json::to_value(&err).unwrap();
    assert_eq!(json["kind"], "unknown-name");
    assert_eq!(
        json["message"],
        "unknown rule `bd2020` (expected one of: evidence, infer, bd2019, bd1987, bd, wb-drik, wb-drik-plain, wb-ss)"
    );
    let err = BanglaDate::new(1432, Month::Falgun, 31, Rule::Bangladesh2019).unwrap_err();
    assert_eq!(
        serde_json::to_string(&err).unwrap(),
        r#"{"kind":"day-out-of-range","message":"day 31 is out of range for ফাল্গুন (Falgun) 1432 under rule bd2019, which has 29 days (expected 1..=29)","span":null}"#
    );
}

/// A document's serde form carries its errors (the CLI's `{"mentions", "errors"}`); reading it
/// back keeps the mentions and leaves the errors out.
#[test]
fn a_document_writes_its_errors() {
    let text = "৩২ জানুয়ারি সভা হয়নি। ১২ জুন ২০২৪ সভা হয়।";
    let doc = bangla_date::parse::Parser::new().read_document(text);
    assert_eq!(doc.errors.len(), 1);
    let json = serde_json::to_value(&doc).unwrap();
    assert_eq!(json["errors"][0]["kind"], "day-out-of-range");
    assert_eq!(json["errors"][0]["span"]["start"], 0);
    let back: bangla_date::parse::Document = serde_json::from_value(json).unwrap();
    assert_eq!(back.mentions, doc.mentions);
    assert!(back.errors.is_empty());
}

/// `OffsetMap::convert` moves every span of a document (mentions, their anchors, warnings and
/// expressions, errors) into another unit: the serde form is then the wire form a binding
/// hands out, and each span names the same text in that unit.
#[test]
fn converted_spans_name_the_same_text() {
    use bangla_date::parse::{Anchor, OffsetMap, OffsetUnit, Parser};
    let text =
        "😀 বুধবার (১২ জুন) সকালে মিছিল হয়, শনিবার, ১২ জুন ২০২৪ নয়। পরদিন সন্ধ্যা ৭টায় সমাবেশ। ৩২ জুন নয়।";
    let reference = "2024-06-14T09:00:00".parse().unwrap();
    let doc = Parser::new().reference(reference).read_document(text);
    let units: Vec<u16> = text.encode_utf16().collect();
    let chars: Vec<char> = text.chars().collect();
    let by_bytes = |r: &core::ops::Range<usize>| text[r.clone()].to_owned();
    let by_utf16 = |r: &core::ops::Range<usize>| String::from_utf16(&units[r.clone()]).unwrap();
    let by_chars = |r: &core::ops::Range<usize>| chars[r.clone()].iter().collect::<String>();
    let spans = |d: &bangla_date::parse::Document| {
        let mut out = Vec::new();
        for m in &d.mentions {
            out.push(m.span.clone());
            if let Anchor::Story { from, .. } | Anchor::Mention { from, .. } = &m.anchor {
                out.push(from.clone());
            }
            out.extend(m.warnings.iter().filter_map(|w| w.span()));
            if let Some(e) = &m.expression {
                out.push(e.span.clone());
                out.extend(e.warnings.iter().filter_map(|w| w.span()));
            }
        }
        out.extend(d.errors.iter().filter_map(|e| e.span()));
        out
    };
    let want: Vec<String> = spans(&doc).iter().map(by_bytes).collect();
    assert!(want.len() >= 8, "{want:?}");
    let in_chars = OffsetMap::new(text, OffsetUnit::Char).convert(doc.clone());
    assert_eq!(spans(&in_chars).iter().map(by_chars).collect::<Vec<_>>(), want);
    let in_utf16 = OffsetMap::new(text, OffsetUnit::Utf16).convert(doc);
    assert_eq!(spans(&in_utf16).iter().map(by_utf16).collect::<Vec<_>>(), want);
}
