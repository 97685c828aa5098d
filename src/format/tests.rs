use super::*;
use chrono::{FixedOffset, NaiveDate};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn at(y: i32, m: u32, d: u32, h: u32, min: u32, s: u32) -> NaiveDateTime {
    date(y, m, d).and_hms_opt(h, min, s).unwrap()
}

/// (moment, rule, pattern, expected). Bangabda facts from DOMAIN §1: 2 Jan 2026 is 18 Poush
/// 1432 (bd2019) and 19 Poush (bd1987, the header a 2026 site printed); the 2019 rule fixes
/// 21 Feb = 8 Falgun, 16 Dec = 1 Poush, 26 Mar = 12 Choitro, 8 May = 25 Boishakh, 14 Apr =
/// 1 Boishakh, 14 Feb = 1 Falgun (bdnews24 17 Oct 2019; cni.news 14 Feb 2020); the 1987 rule
/// gives 21 Feb = 9 Falgun and 16 Dec = 2 Poush; 1 Kartik 1426 = 17 Oct 2019 under both the
/// 2019 and historical rules, and 16 Oct 2019 = 31 Ashwin 1426.
#[test]
fn pattern_table() {
    use Rule::{BanglaAcademy1987 as BD1987, Bangladesh2019 as BD2019, BangladeshHistorical as BD};
    let jan2 = at(2026, 1, 2, 17, 41, 9);
    let rows: &[(Moment, Rule, &str, &str)] = &[
        (jan2.into(), BD2019, "%-Ed %EB %EY", "১৮ পৌষ ১৪৩২"),
        (jan2.into(), BD1987, "%-Ed %EB %EY", "১৯ পৌষ ১৪৩২"),
        (jan2.into(), BD, "%-Ed %EB %EY", "১৮ পৌষ ১৪৩২"),
        (jan2.into(), BD2019, "%Y-%m-%d %H:%M:%S", "২০২৬-০১-০২ ১৭:৪১:০৯"),
        (jan2.into(), BD2019, "%#Y-%#m-%#d %#H:%#M:%#S", "2026-01-02 17:41:09"),
        (jan2.into(), BD2019, "%Ed/%Em/%EY", "১৮/০৯/১৪৩২"),
        (jan2.into(), BD2019, "%#Ed.%#Em.%#EY", "18.09.1432"),
        (jan2.into(), BD2019, "%A %a", "শুক্রবার শুক্র"),
        (jan2.into(), BD2019, "%Es", "শীত"),
        (jan2.into(), BD2019, "%EC %C", "বঙ্গাব্দ খ্রিস্টাব্দ"),
        (jan2.into(), BD2019, "%I %-I %p %P", "০৫ ৫ অপরাহ্ন বিকাল"),
        (jan2.into(), BD2019, "%o %Eo %0o %#o", "২রা ১৮ই ০২রা 2রা"),
        (jan2.into(), BD1987, "%Eo", "১৯শে"),
        (jan2.into(), BD2019, "100%% %d", "100% ০২"),
        (jan2.into(), BD2019, "%0Y %0EY %-Y", "২০২৬ ১৪৩২ ২০২৬"),
        (jan2.into(), BD2019, "no directives", "no directives"),
        (jan2.into(), BD2019, "", ""),
        (date(2026, 2, 21).into(), BD2019, "%-Ed %EB", "৮ ফাল্গুন"),
        (date(2026, 2, 21).into(), BD1987, "%-Ed %EB", "৯ ফাল্গুন"),
        (date(2026, 2, 21).into(), BD2019, "%A, %Es", "শনিবার, বসন্ত"),
        (date(2026, 2, 14).into(), BD2019, "%Eo %EB", "১লা ফাল্গুন"),
        (date(2025, 12, 16).into(), BD2019, "%-Ed %EB", "১ পৌষ"),
        (date(2025, 12, 16).into(), BD1987, "%-Ed %EB", "২ পৌষ"),
        (date(2026, 3, 26).into(), BD2019, "%-Ed %EB %EY", "১২ চৈত্র ১৪৩২"),
        (date(2026, 4, 13).into(), BD2019, "%-Ed %EB %EY", "৩০ চৈত্র ১৪৩২"),
        (date(2026, 4, 14).into(), BD2019, "%-Ed %EB %EY %Es", "১ বৈশাখ ১৪৩৩ গ্রীষ্ম"),
        (date(2026, 5, 8).into(), BD2019, "%Eo %EB", "২৫শে বৈশাখ"),
        (date(2026, 5, 25).into(), BD2019, "%-Ed %EB", "১১ জ্যৈষ্ঠ"),
        (date(2019, 10, 16).into(), BD, "%-Ed %EB %EY", "৩১ আশ্বিন ১৪২৬"),
        (date(2019, 10, 17).into(), BD, "%-Ed %EB %EY %Es", "১ কার্তিক ১৪২৬ হেমন্ত"),
        (date(2026, 6, 21).into(), BD2019, "%EB %Es", "আষা\u{09A2}\u{09BC} বর্ষা"),
        (date(2026, 8, 20).into(), BD2019, "%EB %Es", "ভাদ্র শরৎ"),
        (date(2026, 8, 20).into(), BD2019, "%-d %B", "২০ আগস্ট"),
        (date(2026, 12, 1).into(), BD2019, "%EB", "অগ্রহা\u{09AF}\u{09BC}ণ"),
        (date(-44, 3, 15).into(), BD2019, "%Y", "-০০৪৪"),
        (date(-44, 3, 15).into(), BD2019, "%-Y", "-৪৪"),
        (at(2026, 1, 2, 0, 5, 0).into(), BD2019, "%I:%M %p", "১২:০৫ পূর্বাহ্ন"),
        (at(2026, 1, 2, 12, 0, 0).into(), BD2019, "%I:%M %p %P", "১২:০০ অপরাহ্ন দুপুর"),
        (at(2026, 1, 2, 3, 0, 0).into(), BD2019, "%P %-I টা", "রাত ৩ টা"),
        (at(2026, 1, 2, 21, 0, 0).into(), BD2019, "%P %-I টা", "রাত ৯ টা"),
        (at(2026, 1, 2, 13, 0, 0).into(), BD2019, "%P %-Iটা", "দুপুর ১টা"),
    ];
    for (moment, rule, pattern, expected) in rows {
        let f = Format::parse(pattern).unwrap().rule(*rule);
        assert_eq!(f.format(*moment).unwrap(), *expected, "pattern `{pattern}` rule {rule}");
    }
}

/// Every Gregorian month name in each spelling (DOMAIN §2).
#[test]
fn gregorian_month_names() {
    let academy = [
        "জানুয়ারি",
        "ফেব্রুয়ারি",
        "মার্চ",
        "এপ্রিল",
        "মে",
        "জুন",
        "জুলাই",
        "আগস্ট",
        "সেপ্টেম্বর",
        "অক্টোবর",
        "নভেম্বর",
        "ডিসেম্বর",
    ];
    let f = Format::parse("%B").unwrap();
    for (i, name) in academy.iter().enumerate() {
        let d = date(2026, i as u32 + 1, 1);
        // The test table is typed with precomposed য়; output is NFC (য + nukta).
        let nfc = name.replace('\u{09DF}', "\u{09AF}\u{09BC}");
        assert_eq!(f.format(d).unwrap(), nfc);
    }
    let long_i = f.clone().gregorian_names(GregorianNames::new().long_i(true));
    assert_eq!(long_i.format(date(2026, 1, 1)).unwrap(), "জানু\u{09AF}\u{09BC}ারী");
    assert_eq!(long_i.format(date(2026, 2, 1)).unwrap(), "ফেব্রু\u{09AF}\u{09BC}ারী");
    assert_eq!(long_i.format(date(2026, 3, 1)).unwrap(), "মার্চ");
    for (august, name) in [
        (August::Agost, "আগস্ট"),
        (August::Ogast, "অগাস্ট"),
        (August::Ogost, "অগস্ট"),
        (August::Agoshto, "আগষ্ট"),
    ] {
        let g = f.clone().gregorian_names(GregorianNames::new().august(august));
        assert_eq!(g.format(date(2026, 8, 1)).unwrap(), name);
        assert_eq!(g.format(date(2026, 9, 1)).unwrap(), "সেপ্টেম্বর");
    }
}

/// DOMAIN §2: ১লা, ২রা, ৩রা, ৪ঠা, ৫ই…১৮ই, ১৯শে…৩১শে — for every day of a 31-day month, in
/// both calendars.
#[test]
fn ordinals_for_every_day() {
    let expected = [
        "১লা",
        "২রা",
        "৩রা",
        "৪ঠা",
        "৫ই",
        "৬ই",
        "৭ই",
        "৮ই",
        "৯ই",
        "১০ই",
        "১১ই",
        "১২ই",
        "১৩ই",
        "১৪ই",
        "১৫ই",
        "১৬ই",
        "১৭ই",
        "১৮ই",
        "১৯শে",
        "২০শে",
        "২১শে",
        "২২শে",
        "২৩শে",
        "২৪শে",
        "২৫শে",
        "২৬শে",
        "২৭শে",
        "২৮শে",
        "২৯শে",
        "৩০শে",
        "৩১শে",
    ];
    let greg = Format::parse("%o").unwrap();
    let bangla = Format::parse("%Eo").unwrap().rule(Rule::Bangladesh2019);
    for (i, want) in expected.iter().enumerate() {
        let day = i as u32 + 1;
        assert_eq!(greg.format(date(2026, 1, day)).unwrap(), *want);
        // 1 Boishakh 1433 = 14 April 2026; Boishakh has 31 days.
        let d = date(2026, 4, 14) + chrono::Days::new(u64::from(day - 1));
        assert_eq!(bangla.format(d).unwrap(), *want);
    }
    let padded = Format::parse("%0o|%#o|%0#o").unwrap();
    assert_eq!(padded.format(date(2026, 1, 4)).unwrap(), "০৪ঠা|4ঠা|04ঠা");
}

/// Each hour of the day: 12-hour clock, marker and CLDR bn day period.
#[test]
fn hours() {
    let f = Format::parse("%H %I %p %P").unwrap();
    let periods = [
        "রাত",
        "রাত",
        "রাত",
        "রাত",
        "ভোর",
        "ভোর",
        "সকাল",
        "সকাল",
        "সকাল",
        "সকাল",
        "সকাল",
        "সকাল",
        "দুপুর",
        "দুপুর",
        "দুপুর",
        "দুপুর",
        "বিকাল",
        "বিকাল",
        "সন্ধ্যা",
        "সন্ধ্যা",
        "রাত",
        "রাত",
        "রাত",
        "রাত",
    ];
    for h in 0..24u32 {
        let h12 = if h % 12 == 0 { 12 } else { h % 12 };
        let marker = if h < 12 { "পূর্বাহ্ন" } else { "অপরাহ্ন" };
        let want = format!(
            "{} {} {marker} {}",
            crate::digits::bengali(h).zero_padded(2),
            crate::digits::bengali(h12).zero_padded(2),
            periods[h as usize]
        );
        assert_eq!(f.format(at(2026, 1, 2, h, 30, 0)).unwrap(), want, "hour {h}");
    }
}

/// Weekdays, long and short, over one week (2026-01-04 was a Sunday).
#[test]
fn weekdays() {
    let f = Format::parse("%A/%a").unwrap();
    let want = [
        "রবিবার/রবি",
        "সোমবার/সোম",
        "মঙ্গলবার/মঙ্গল",
        "বুধবার/বুধ",
        "বৃহস্পতিবার/বৃহস্পতি",
        "শুক্রবার/শুক্র",
        "শনিবার/শনি",
    ];
    for (i, w) in want.iter().enumerate() {
        assert_eq!(f.format(date(2026, 1, 4 + i as u32)).unwrap(), *w);
    }
}

/// The presets print exactly the shapes of the brief for 2026-01-02T17:41.
#[test]
fn presets() {
    let jan2 = at(2026, 1, 2, 17, 41, 0);
    let rows = [
        (
            Preset::Header,
            Rule::Bangladesh2019,
            "০৫:৪১ অপরাহ্ন, শুক্রবার, ০২ জানুয়ারি ২০২৬, ১৮ পৌষ ১৪৩২ বঙ্গাব্দ",
        ),
        (
            Preset::Header,
            Rule::BanglaAcademy1987,
            "০৫:৪১ অপরাহ্ন, শুক্রবার, ০২ জানুয়ারি ২০২৬, ১৯ পৌষ ১৪৩২ বঙ্গাব্দ",
        ),
        (Preset::Byline, Rule::Bangladesh2019, "০২ জানুয়ারি ২০২৬, ০৫:৪১ অপরাহ্ন"),
        (Preset::Dateline, Rule::Bangladesh2019, "ঢাকা, ১৮ পৌষ (২ জানুয়ারি)"),
        (Preset::Dateline, Rule::BanglaAcademy1987, "ঢাকা, ১৯ পৌষ (২ জানুয়ারি)"),
        (Preset::Bangla, Rule::Bangladesh2019, "১৮ পৌষ ১৪৩২"),
    ];
    for (preset, rule, want) in rows {
        let want = want.replace('\u{09DF}', "\u{09AF}\u{09BC}");
        let f = Format::preset(preset).rule(rule);
        assert_eq!(f.format(jan2).unwrap(), want, "{preset} {rule}");
        let parsed = Format::parse(preset.pattern()).unwrap();
        assert_eq!(parsed, Format::preset(preset), "{preset}");
        assert_eq!(preset.name().parse::<Preset>().unwrap(), preset);
        assert_eq!(preset.name().to_uppercase().parse::<Preset>().unwrap(), preset);
    }
    // A DateTime formats in its own offset.
    let dhaka = FixedOffset::east_opt(6 * 3600).unwrap();
    let dt = jan2.and_local_timezone(dhaka).unwrap();
    assert_eq!(
        Format::preset(Preset::Byline).format(dt).unwrap(),
        "০২ জানু\u{09AF}\u{09BC}ারি ২০২৬, ০৫:৪১ অপরাহ্ন"
    );
    assert_eq!(
        Format::preset(Preset::Byline).format(dt.to_utc()).unwrap(),
        "০২ জানু\u{09AF}\u{09BC}ারি ২০২৬, ১১:৪১ পূর্বাহ্ন"
    );
    // Dates without time work for the date-only presets and fail for the others.
    assert!(Format::preset(Preset::Bangla).format(jan2.date()).is_ok());
    let err = Format::preset(Preset::Header).format(jan2.date()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "format directive `%I` needs a time of day, but the value is a date without one"
    );
    let err = "footer".parse::<Preset>().unwrap_err();
    assert_eq!(
        err.to_string(),
        "unknown preset `footer` (expected one of: header, byline, dateline, bangla) (at bytes 0..6)"
    );
    // A % in a place is not a directive.
    let f = Format::dateline("100%").rule(Rule::Bangladesh2019);
    assert_eq!(f.format(jan2).unwrap(), "100%, ১৮ পৌষ (২ জানু\u{09AF}\u{09BC}ারি)");
}

/// Writing into a reused buffer appends and keeps the buffer's allocation.
#[test]
fn reused_buffer() {
    let f = Format::preset(Preset::Header).rule(Rule::Bangladesh2019);
    let mut buf = String::with_capacity(256);
    let ptr = buf.as_ptr();
    let start = at(2026, 1, 1, 0, 0, 0);
    for i in 0..400u64 {
        buf.clear();
        let t = start + chrono::Duration::minutes(i as i64 * 397);
        f.write(t, &mut buf).unwrap();
        assert_eq!(buf, f.format(t).unwrap());
        assert!(buf.ends_with("বঙ্গাব্দ"));
    }
    assert_eq!(buf.as_ptr(), ptr);
    assert_eq!(buf.capacity(), 256);
}

/// A sink that fails is reported as WriteFailed.
#[test]
fn failing_sink() {
    struct Fails;
    impl fmt::Write for Fails {
        fn write_str(&mut self, _: &str) -> fmt::Result {
            Err(fmt::Error)
        }
    }
    let err = Format::preset(Preset::Bangla).write(date(2026, 1, 2), &mut Fails).unwrap_err();
    assert_eq!(err.kind(), &ErrorKind::WriteFailed);
    assert_eq!(err.to_string(), "the output sink reported an error while formatting");
}

/// The first days of chrono's range precede the first Bangabda year.
#[test]
fn out_of_range() {
    let f = Format::parse("%EY").unwrap();
    let err = f.format(NaiveDate::MIN).unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::OutOfRange { .. }));
    // Gregorian-only patterns work over the whole range.
    assert!(Format::parse("%Y %B").unwrap().format(NaiveDate::MIN).is_ok());
}

/// Bad patterns: (pattern, span, exact message).
#[test]
fn pattern_errors() {
    let rows: &[(&str, core::ops::Range<usize>, &str)] = &[
        (
            "%q",
            0..2,
            "unknown format directive `%q` (see the directive table of bangla_date::format) (at bytes 0..2)",
        ),
        (
            "%d %Eq",
            3..6,
            "unknown format directive `%Eq` (see the directive table of bangla_date::format) (at bytes 3..6)",
        ),
        (
            "%-#x",
            0..4,
            "unknown format directive `%-#x` (see the directive table of bangla_date::format) (at bytes 0..4)",
        ),
        (
            "ঢাকা %ক",
            13..17,
            "unknown format directive `%ক` (see the directive table of bangla_date::format) (at bytes 13..17)",
        ),
        (
            "%EH",
            0..3,
            "unknown format directive `%EH` (see the directive table of bangla_date::format) (at bytes 0..3)",
        ),
        (
            "%E-d",
            0..3,
            "unknown format directive `%E-` (see the directive table of bangla_date::format) (at bytes 0..3)",
        ),
        (
            "%-%",
            0..3,
            "unknown format directive `%-%` (see the directive table of bangla_date::format) (at bytes 0..3)",
        ),
        (
            "%",
            0..1,
            "expected a directive letter after `%`, but found end of input (at bytes 0..1)",
        ),
        (
            "%d %-0",
            3..6,
            "expected a directive letter after `%`, but found end of input (at bytes 3..6)",
        ),
        (
            "%Y %E",
            3..5,
            "expected a directive letter after `%`, but found end of input (at bytes 3..5)",
        ),
    ];
    for (pattern, span, message) in rows {
        let err = Format::parse(pattern).unwrap_err();
        assert_eq!(err.span(), Some(span.clone()), "{pattern}");
        assert_eq!(err.to_string(), *message, "{pattern}");
        assert!(pattern.get(span.clone()).is_some());
        assert!(matches!(
            err.kind(),
            ErrorKind::UnknownDirective { .. } | ErrorKind::Unexpected { .. }
        ));
    }
    // The kind carries the directive as written.
    let err = "x %ক".parse::<Format>().unwrap_err();
    assert_eq!(err.kind(), &ErrorKind::UnknownDirective { directive: "%ক".to_owned() });
}

/// Every word the formatter prints is NFC: no precomposed য় ড় ঢ় and no split ো/ৌ.
#[test]
fn output_is_nfc() {
    let f = Format::parse("%B %EB %A %a %p %P %Es %EC %C %o %Eo").unwrap();
    let start = at(2025, 1, 1, 0, 30, 0);
    let names = [
        GregorianNames::new(),
        GregorianNames::new().long_i(true).august(August::Ogast),
        GregorianNames::new().august(August::Ogost),
        GregorianNames::new().august(August::Agoshto),
    ];
    for names in names {
        let f = f.clone().gregorian_names(names);
        for i in 0..(366 * 2) {
            let t = start + chrono::Duration::hours(i * 13);
            let s = f.format(t).unwrap();
            assert!(!s.contains(['\u{09DC}', '\u{09DD}', '\u{09DF}']), "{s}");
            assert!(!s.contains("\u{09C7}\u{09BE}") && !s.contains("\u{09C7}\u{09D7}"), "{s}");
        }
    }
}

mod properties {
    use super::*;
    use crate::digits::to_ascii_digits;
    use proptest::prelude::*;

    fn moment() -> impl Strategy<Value = NaiveDateTime> {
        // 1800-01-01 .. 2200-12-31, any second of the day.
        (657_072i32..803_533, 0u32..86_400).prop_map(|(days, secs)| {
            NaiveDate::from_num_days_from_ce_opt(days)
                .unwrap()
                .and_time(NaiveTime::from_num_seconds_from_midnight_opt(secs, 0).unwrap())
        })
    }

    fn rule() -> impl Strategy<Value = Rule> {
        prop::sample::select(Rule::ALL.to_vec())
    }

    proptest! {
        /// Parsing never panics, and an error's span is a valid range of the pattern.
        #[test]
        fn parse_never_panics(pattern in "(%[-0#E]{0,2}.|[a-zঅ-হ০-৯ ,:%])*") {
            match Format::parse(&pattern) {
                Ok(f) => { let _ = f.format(NaiveDate::from_ymd_opt(2026, 1, 2).unwrap()); }
                Err(e) => prop_assert!(pattern.get(e.span().unwrap()).is_some()),
            }
        }

        /// Numeric fields agree with chrono and with the calendar module, and `#` is the same
        /// text with ASCII digits.
        #[test]
        fn numbers_agree(t in moment(), rule in rule()) {
            let pattern = "%Y-%m-%d %H:%M:%S %I|%EY-%Em-%Ed|%o %Eo";
            let ascii = "%#Y-%#m-%#d %#H:%#M:%#S %#I|%#EY-%#Em-%#Ed|%#o %#Eo";
            let bengali = Format::parse(pattern).unwrap().rule(rule).format(t).unwrap();
            let latin = Format::parse(ascii).unwrap().rule(rule).format(t).unwrap();
            prop_assert_eq!(to_ascii_digits(&bengali), latin.as_str());
            let b = BanglaDate::from_gregorian(t.date(), rule).unwrap();
            let want = format!(
                "{}|{:04}-{:02}-{:02}|",
                t.format("%Y-%m-%d %H:%M:%S %I"),
                b.year(),
                b.month().number(),
                b.day()
            );
            prop_assert!(latin.starts_with(&want), "{} vs {}", latin, want);
        }

        /// The presets' shapes hold for any instant and rule.
        #[test]
        fn preset_shapes(t in moment(), rule in rule()) {
            let b = BanglaDate::from_gregorian(t.date(), rule).unwrap();
            let bangla = Format::preset(Preset::Bangla).rule(rule).format(t).unwrap();
            prop_assert_eq!(&bangla, &format!("{} {} {}", crate::digits::bengali(b.day()), b.month().bengali(), crate::digits::bengali(b.year())));
            let header = Format::preset(Preset::Header).rule(rule).format(t).unwrap();
            let tail = format!("{bangla} বঙ্গাব্দ");
            prop_assert!(header.ends_with(&tail));
            let byline = Format::preset(Preset::Byline).rule(rule).format(t).unwrap();
            let (date_part, time_part) = byline.split_once(", ").unwrap();
            prop_assert!(header.contains(date_part));
            prop_assert!(header.starts_with(time_part));
            let dateline = Format::preset(Preset::Dateline).rule(rule).format(t).unwrap();
            prop_assert!(dateline.starts_with("ঢাকা, "));
            prop_assert!(dateline.ends_with(")"));
        }
    }
}
