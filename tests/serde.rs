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
