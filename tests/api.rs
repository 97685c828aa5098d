//! The one-line jobs of the public surface: reading a match into chrono with `?`, reading
//! calendar values from text, and ordering dates of different rules.

use bangla_date::parse::{Parser, parse};
use bangla_date::{BanglaDate, CalendarMonth, ErrorKind, Missing, Month, Rule};
use chrono::{Datelike, NaiveDate};

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Dates of every rule around the seams where rules disagree, sorted with `Ord`, come out in
/// Gregorian order, and two rules' names for one day come out in the order of `Rule::ALL`.
#[test]
fn sorting_dates_of_mixed_rules_is_chronological() {
    let mut dates = Vec::new();
    for day in [ymd(2026, 1, 2), ymd(2026, 1, 3), ymd(2019, 10, 16), ymd(1990, 4, 14)] {
        for offset in 0..3 {
            let g = day + chrono::Days::new(offset);
            for rule in Rule::ALL {
                dates.push(BanglaDate::from_gregorian(g, rule).unwrap());
            }
        }
    }
    // Same date written by different rules sorts apart: 19 Poush 1432 (bd1987) is 2 January,
    // 19 Poush 1432 (bd2019) is 3 January.
    let a = BanglaDate::new(1432, Month::Poush, 19, Rule::Bangladesh2019).unwrap();
    let b = BanglaDate::new(1432, Month::Poush, 19, Rule::BanglaAcademy1987).unwrap();
    assert!(b < a);
    dates.reverse();
    dates.sort();
    // The independent formulation: the Gregorian day, then the rule's place in `Rule::ALL`.
    let position = |r: Rule| Rule::ALL.iter().position(|x| *x == r).unwrap();
    for pair in dates.windows(2) {
        let (x, y) = (pair[0], pair[1]);
        let key = |d: BanglaDate| (d.to_gregorian(), position(d.rule()));
        assert!(
            key(x) <= key(y),
            "{} ({}) before {} ({})",
            x.roman(),
            x.rule(),
            y.roman(),
            y.rule()
        );
    }
}

#[test]
fn months_and_rules_read_from_their_names() {
    for m in Month::ALL {
        assert_eq!(m.roman().parse::<Month>().unwrap(), m);
        assert_eq!(m.roman().to_uppercase().parse::<Month>().unwrap(), m);
        assert_eq!(m.bengali().parse::<Month>().unwrap(), m);
        assert_eq!(m.number().to_string().parse::<Month>().unwrap(), m);
        assert_eq!(Month::try_from(m.number()).unwrap(), m);
    }
    // The precomposed য় (U+09DF) reads as the letter + nukta the names are printed with.
    assert_eq!("অগ্রহা\u{09DF}ণ".parse::<Month>().unwrap(), Month::Agrahayan);
    for bad in ["0", "13", "Pous", "জানুয়ারি", ""] {
        let err = bad.parse::<Month>().unwrap_err();
        assert!(
            matches!(err.kind(), ErrorKind::UnknownName { what: "month", .. })
                || matches!(err.kind(), ErrorKind::MonthOutOfRange { .. }),
            "{bad}: {err}"
        );
    }
    assert!(Month::try_from(0u8).is_err());
    for rule in Rule::ALL {
        assert_eq!(rule.name().parse::<Rule>().unwrap(), rule);
    }
    let err = "bd2020".parse::<Rule>().unwrap_err();
    assert_eq!(
        err.to_string(),
        "unknown rule `bd2020` (expected one of: bd2019, bd1987, bd, wb-drik, wb-drik-plain, wb-ss) (at bytes 0..6)"
    );
}

#[test]
fn bangla_dates_read_from_text() {
    let cases = [
        ("১৯ পৌষ ১৪৩২", Rule::BanglaAcademy1987, ymd(2026, 1, 2)),
        ("১৯শে পৌষ ১৪৩২ বঙ্গাব্দ", Rule::Bangladesh2019, ymd(2026, 1, 3)),
        ("পঁচিশে বৈশাখ ১৪৩৩", Rule::WestBengalDrik, ymd(2026, 5, 9)),
        ("১ বৈশাখ ১৪৩৩", Rule::WestBengalDrik, ymd(2026, 4, 15)),
    ];
    for (text, rule, gregorian) in cases {
        let d = BanglaDate::parse(text, rule).unwrap();
        assert_eq!((d.to_gregorian(), d.rule()), (gregorian, rule), "{text}");
    }
    let d: BanglaDate = "১৮ পৌষ ১৪৩২".parse().unwrap();
    assert_eq!((d.day(), d.month(), d.year(), d.rule()), (18, Month::Poush, 1432, Rule::default()));

    // Nothing but a Bangabda date: a time, a Gregorian date or a weekday is refused.
    for text in ["১৯ পৌষ ১৪৩২, ০২ জানুয়ারি ২০২৬", "১০টা", "শুক্রবার ১৯ পৌষ ১৪৩২", "২ জানুয়ারি ২০২৬"]
    {
        let err = text.parse::<BanglaDate>().unwrap_err();
        assert!(matches!(err.kind(), ErrorKind::Unexpected { .. }), "{text}: {err}");
    }
    let err = "৩১ ফাল্গুন ১৪৩২".parse::<BanglaDate>().unwrap_err();
    assert!(err.is_range());
    assert!(matches!(
        err.kind(),
        ErrorKind::DayOutOfRange { month: CalendarMonth::Bangabda { rule: Some(_), .. }, .. }
    ));
    assert_eq!(err.span(), Some(0.."৩১ ফাল্গুন ১৪৩২".len()));
    let err = "১৯ পৌষ".parse::<BanglaDate>().unwrap_err();
    assert_eq!(err.kind(), &ErrorKind::Incomplete { missing: Missing::Year });
}

/// A text, what `to_date` gives, and what `to_datetime` gives.
type Lacks = (&'static str, Result<&'static str, Missing>, Result<&'static str, Missing>);

#[test]
fn matches_say_what_they_lack() {
    let cases: [Lacks; 5] = [
        ("০৫:৪১ অপরাহ্ন, ০২ জানুয়ারী ২০২৬", Ok("2026-01-02"), Ok("2026-01-02T17:41:00+06:00")),
        ("০২ জানুয়ারী ২০২৬", Ok("2026-01-02"), Err(Missing::Time)),
        ("২৮ ডিসেম্বর রাত ১০টায়", Err(Missing::Year), Err(Missing::Year)),
        ("রাত ১০টায়", Err(Missing::Date), Err(Missing::Date)),
        ("স্থানীয় সময় ২ জানুয়ারি ২০২৬ রাত ১০টায়", Ok("2026-01-02"), Err(Missing::Offset)),
    ];
    for (text, date, datetime) in cases {
        let m = parse(text).unwrap();
        let got = m.to_date().map(|d| d.to_string()).map_err(|e| e.kind().clone());
        assert_eq!(
            got,
            date.map(str::to_owned).map_err(|missing| ErrorKind::Incomplete { missing }),
            "{text}"
        );
        let got = m.to_datetime().map(|d| d.to_rfc3339()).map_err(|e| e.kind().clone());
        let expected =
            datetime.map(str::to_owned).map_err(|missing| ErrorKind::Incomplete { missing });
        assert_eq!(got, expected, "{text}");
        if let Err(e) = m.to_datetime() {
            assert!(e.is_incomplete() && !e.is_range());
            assert_eq!(e.span(), Some(m.span.clone()));
        }
    }
    // With a reference date the year is inferred, and the match is complete.
    let reference = ymd(2025, 12, 30).and_hms_opt(9, 0, 0).unwrap();
    let m = Parser::new().reference(reference).parse("২৮ ডিসেম্বর রাত ১০টায়").unwrap();
    assert_eq!(m.to_datetime().unwrap().to_rfc3339(), "2025-12-28T22:00:00+06:00");
}

#[test]
fn a_written_bangla_date_converts_under_any_rule() {
    let m = parse("০২ জানুয়ারী ২০২৬, ১৯ পৌষ ১৪৩২ বঙ্গাব্দ").unwrap();
    let written = m.bangla.unwrap();
    assert_eq!(written.rule, Some(Rule::BanglaAcademy1987));
    assert_eq!(written.to_date(Rule::BanglaAcademy1987).unwrap().to_gregorian(), ymd(2026, 1, 2));
    assert_eq!(written.to_date(Rule::Bangladesh2019).unwrap().to_gregorian(), ymd(2026, 1, 3));
    let yearless = parse("১৯ পৌষ").unwrap().bangla.unwrap();
    let err = yearless.to_date(Rule::Bangladesh2019).unwrap_err();
    assert_eq!(err.kind(), &ErrorKind::Incomplete { missing: Missing::Year });
}

/// What a corpus job hands to a worker thread: the parser, a document, its mentions and the
/// streaming readers are Send and Sync (a reader holds no shared state that is not thread-safe).
#[test]
fn the_readers_can_move_to_another_thread() {
    fn send_sync<T: Send + Sync>() {}
    send_sync::<Parser>();
    send_sync::<bangla_date::parse::Document>();
    send_sync::<bangla_date::parse::Mention>();
    send_sync::<bangla_date::parse::DocumentReader<std::fs::File>>();
    send_sync::<bangla_date::parse::ExtractReader<std::fs::File>>();
}

/// "On this day in 1863" takes the reference's day; a reference known to its month only has
/// none to give, so the date says it was taken from the reference (fresh S-104, a post dated
/// January 2013 whose day is not shown: Vivekananda was born on 12 January 1863).
#[test]
fn this_day_against_a_month_only_reference_is_flagged() {
    let text = "১৮৬৩ খ্রিস্টাব্দের এই দিনে বিবেকানন্দ জন্মগ্রহণ করেন।";
    let codes = |p: Parser| {
        let m = p.extract(text).next().unwrap().unwrap();
        (m.date, m.warnings.iter().map(|w| w.code()).collect::<Vec<_>>())
    };
    let day = ymd(2013, 1, 12);
    let known = codes(Parser::new().reference(day.and_hms_opt(10, 0, 0).unwrap()));
    assert_eq!(known, (Some(ymd(1863, 1, 12)), vec![]));
    let (date, warnings) = codes(Parser::new().reference_month(day));
    assert_eq!(date.map(|d| (d.year(), d.month())), Some((1863, 1)));
    assert_eq!(warnings, vec!["date-from-reference"]);
}
