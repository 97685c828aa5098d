//! Every error the parser gives: its kind, its span (as the text it covers) and its exact message.
//! Then properties: no input makes the parser panic, and spans are always well formed.

use bangla_date::parse::Parser;
use bangla_date::parse::{extract, parse};
use bangla_date::{CalendarMonth, ErrorKind, Rule, TimeField};
use proptest::prelude::*;

/// (input, the error's kind as a predicate, the text the span covers, exact message)
type ErrorRow = (&'static str, fn(&ErrorKind) -> bool, &'static str, &'static str);

const ERRORS: &[ErrorRow] = &[
    (
        "২৪:৩০",
        |k| {
            matches!(
                k,
                ErrorKind::TimeOutOfRange { field: TimeField::Minute, value: 30, min: 0, max: 0 }
            )
        },
        "২৪:৩০",
        "minute 30 is out of range (expected 0..=0) (at bytes 0..13)",
    ),
    (
        "০০০০-০১-০১",
        |k| matches!(k, ErrorKind::YearOutOfRange { year: 0, min: 1, max: 9999 }),
        "০০০০",
        "year 0 is out of range (expected 1..=9999) (at bytes 0..12)",
    ),
    (
        "১২ মে ০০০০",
        |k| matches!(k, ErrorKind::YearOutOfRange { year: 0, .. }),
        "০০০০",
        "year 0 is out of range (expected 1..=9999) (at bytes 14..26)",
    ),
    (
        "",
        |k| matches!(k, ErrorKind::Empty),
        "",
        "empty input; expected a date such as `১৯ পৌষ ১৪৩২`",
    ),
    (
        "৩২ জানুয়ারি ২০২৬",
        |k| {
            matches!(
                k,
                ErrorKind::DayOutOfRange {
                    day: 32,
                    max: 31,
                    year: Some(2026),
                    month: CalendarMonth::Gregorian(chrono::Month::January),
                }
            )
        },
        "৩২ জানুয়ারি ২০২৬",
        "day 32 is out of range for January 2026 (expected 1..=31) (at bytes 0..47)",
    ),
    (
        "৩০ ফেব্রুয়ারি",
        |k| matches!(k, ErrorKind::DayOutOfRange { day: 30, max: 29, year: None, .. }),
        "৩০ ফেব্রুয়ারি",
        "day 30 is out of range for February (expected 1..=29) (at bytes 0..40)",
    ),
    (
        "২৯ ফেব্রুয়ারি ২০২৫",
        |k| matches!(k, ErrorKind::DayOutOfRange { day: 29, max: 28, year: Some(2025), .. }),
        "২৯ ফেব্রুয়ারি ২০২৫",
        "day 29 is out of range for February 2025 (expected 1..=28) (at bytes 0..53)",
    ),
    (
        "১২ জানুয়ারি ২০২৬০",
        |k| matches!(k, ErrorKind::YearOutOfRange { year: 20260, .. }),
        "২০২৬০",
        "year 20260 is out of range (expected 1..=9999) (at bytes 35..50)",
    ),
    (
        "৩১ ফাল্গুন ১৪৩২",
        |k| {
            matches!(
                k,
                ErrorKind::DayOutOfRange {
                    day: 31,
                    max: 29,
                    month: CalendarMonth::Bangabda { rule: Some(Rule::Bangladesh2019), .. },
                    ..
                }
            )
        },
        "৩১ ফাল্গুন ১৪৩২",
        "day 31 is out of range for ফাল্গুন (Falgun) 1432 under rule bd2019, which has 29 days (expected 1..=29) (at bytes 0..41)",
    ),
    (
        "৩৩ আষাঢ়",
        |k| {
            matches!(
                k,
                ErrorKind::DayOutOfRange {
                    day: 33,
                    max: 32,
                    year: None,
                    month: CalendarMonth::Bangabda { rule: None, .. },
                }
            )
        },
        "৩৩ আষাঢ়",
        "day 33 is out of range for আষাঢ় (Asharh), which has at most 32 days under any rule (expected 1..=32) (at bytes 0..22)",
    ),
    (
        "৩১/০৪/২০২৬",
        |k| matches!(k, ErrorKind::DayOutOfRange { day: 31, max: 30, year: Some(2026), .. }),
        "৩১/০৪/২০২৬",
        "day 31 is out of range for April 2026 (expected 1..=30) (at bytes 0..26)",
    ),
    (
        "২০২৬ সালের ০ জানুয়ারি",
        |k| matches!(k, ErrorKind::DayOutOfRange { day: 0, max: 31, .. }),
        "২০২৬ সালের ০ জানুয়ারি",
        "day 0 is out of range for January 2026 (expected 1..=31) (at bytes 0..60)",
    ),
    (
        "৩১ রজব ১৪৪৭ হিজরি",
        |k| matches!(k, ErrorKind::DayOutOfRange { day: 31, max: 30, .. }),
        "৩১ রজব ১৪৪৭ হিজরি",
        "day 31 is out of range for রজব (Hijri month 7) 1447, which has 30 days (expected 1..=30) (at bytes 0..45)",
    ),
    (
        "১৫/১৩/২০২৫",
        |k| matches!(k, ErrorKind::MonthOutOfRange { month: 13 }),
        "১৩",
        "month 13 is out of range (expected 1..=12) (at bytes 7..13)",
    ),
    (
        "২৫:১০",
        |k| matches!(k, ErrorKind::TimeOutOfRange { field: TimeField::Hour, value: 25, .. }),
        "২৫:১০",
        "hour 25 is out of range (expected 0..=23) (at bytes 0..13)",
    ),
    (
        "১০:৭৫ অপরাহ্ন",
        |k| matches!(k, ErrorKind::TimeOutOfRange { field: TimeField::Minute, value: 75, .. }),
        "১০:৭৫",
        "minute 75 is out of range (expected 0..=59) (at bytes 0..13)",
    ),
    (
        "নির্বাচন হবে",
        |k| matches!(k, ErrorKind::Unexpected { expected: "a date or a time", .. }),
        "নির্বাচন",
        "expected a date or a time, but found `নির্বাচন` (at bytes 0..24)",
    ),
    (
        "১৯ পৌষ ১৪৩২ xyz",
        |k| matches!(k, ErrorKind::TrailingInput { .. }),
        "xyz",
        "read a date expression, but unparsed input `xyz` remains (expected no more input) (at bytes 30..33)",
    ),
];

#[test]
fn error_table() {
    for &(input, kind, covered, message) in ERRORS {
        let err = parse(input).expect_err(input);
        assert!(kind(err.kind()), "{input}: kind was {:?}", err.kind());
        assert_eq!(
            err.is_range(),
            !matches!(
                err.kind(),
                ErrorKind::Empty | ErrorKind::Unexpected { .. } | ErrorKind::TrailingInput { .. }
            ),
            "{input}"
        );
        let span = err.span().unwrap_or(0..0);
        assert_eq!(&input[span], covered, "{input}");
        assert_eq!(err.to_string(), message, "{input}");
    }
}

#[test]
fn extract_reports_errors_and_goes_on() {
    let text = "৩২ ডিসেম্বর নয়, ৩১ ডিসেম্বর ২০২৫";
    let items: Vec<_> = extract(text).collect();
    assert_eq!(items.len(), 2);
    assert!(items[0].is_err());
    assert_eq!(items[1].as_ref().unwrap().date.unwrap().to_string(), "2025-12-31");
}

/// Words and separators real dates are made of, to steer random inputs into the grammar.
const PIECES: &[&str] = &[
    "১",
    "২৯",
    "৩১",
    "৩২",
    "০৫",
    "১২",
    "২০২৬",
    "১৪৩২",
    "২০২৬০",
    "9",
    "2026",
    ":",
    ".",
    "/",
    "-",
    ",",
    "(",
    ")",
    "|",
    " ",
    "\u{00A0}",
    "\u{200C}",
    "\u{200D}",
    "জানুয়ারি",
    "ফেব্রুয়ারি",
    "পৌষ",
    "ফাল্গুন",
    "আষাঢ়",
    "রজব",
    "রবিউল",
    "আউয়াল",
    "শুক্রবার",
    "রবি",
    "সকাল",
    "রাত",
    "দিবাগত",
    "সাড়ে",
    "পৌনে",
    "আড়াইটায়",
    "টা",
    "টায়",
    "মিনিট",
    "অপরাহ্ন",
    "এএম",
    "বঙ্গাব্দ",
    "সালের",
    "হিজরি",
    "শকাব্দ",
    "আজ",
    "গতকাল",
    "গত",
    "আগামী",
    "বছরের",
    "আগে",
    "থেকে",
    "ও",
    "লা",
    "শে",
    "ই",
    "এ",
    "র",
    "\u{09BC}",
    "\u{09C7}",
    "\u{09BE}",
    "ঃ",
    "'",
    "x",
    // The words whose rules read on past them or look back before them: কাল and its verbs,
    // অর্থাৎ, the almanac's দং and ঘ, the story's months and years, a line's dash, the history
    // cue, a font's æ, the dari ৷.
    "কাল",
    "যাচ্ছি",
    "হয়েছে",
    "দেব",
    "অর্থাৎ",
    "বাংলার",
    "দং",
    "ঘ",
    "নতুন",
    "পরের",
    "মাসে",
    "ইতিহাসের এই দিনে",
    "\n",
    " – ",
    "র\u{00E6}",
    "৷",
    "এদিন",
];

fn date_soup() -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::sample::select(PIECES), 0..24).prop_map(|v| v.concat())
}

fn check_spans(text: &str) -> Result<(), TestCaseError> {
    let reference = "2025-12-30T09:00:00".parse().unwrap();
    let day = chrono::NaiveDate::from_ymd_opt(2025, 12, 30).unwrap();
    for parser in [
        Parser::new(),
        Parser::new().reference(reference),
        Parser::new().read_on(day),
        Parser::new().reference_month(day),
    ] {
        let _ = parser.parse(text);
        // Document mode reads the same text, with its own rules over every token.
        for m in parser.read_document(text).mentions {
            prop_assert!(text.get(m.span.clone()).is_some(), "mention span not on char boundaries");
        }
        let mut last_end = 0;
        for item in parser.extract(text) {
            match item {
                Ok(m) => {
                    prop_assert!(m.span.start >= last_end && m.span.start < m.span.end);
                    prop_assert!(text.get(m.span.clone()).is_some(), "span not on char boundaries");
                    last_end = m.span.end;
                }
                Err(e) => {
                    if let Some(span) = e.span() {
                        prop_assert!(text.get(span).is_some(), "error span not on char boundaries");
                    }
                }
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn never_panics_on_arbitrary_text(text in "\\PC{0,64}") {
        check_spans(&text)?;
    }

    #[test]
    fn never_panics_on_date_like_text(text in date_soup()) {
        check_spans(&text)?;
    }
}
