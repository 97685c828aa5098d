//! Any bytes that are UTF-8, read as one expression and as free text, under every rule, with and
//! without a reference date: nothing may panic, and every span must cut the text at char
//! boundaries, in order and without overlap.
#![no_main]

use bangla_date::Rule;
use bangla_date::parse::Parser;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let reference =
        chrono::NaiveDate::from_ymd_opt(2025, 12, 30).and_then(|d| d.and_hms_opt(9, 0, 0));
    for rule in Rule::ALL {
        for parser in
            [Parser::new().rule(rule), Parser::new().rule(rule).reference(reference.unwrap())]
        {
            let _ = parser.parse(text);
            let mut last = 0;
            for item in parser.extract(text) {
                match item {
                    Ok(m) => {
                        assert!(m.span.start >= last && m.span.start < m.span.end);
                        assert!(text.get(m.span.clone()).is_some());
                        last = m.span.end;
                    }
                    Err(e) => {
                        if let Some(span) = e.span() {
                            assert!(text.get(span).is_some());
                        }
                    }
                }
            }
        }
    }
});
