//! The West Bengal rules against published month starts, and their internal consistency.
//!
//! Each data file under `tests/data/` names its source in its header and explains every row we
//! disagree with. Agreement counts are printed (`cargo test --test west_bengal -- --nocapture`).

use bangla_date::calendar::west_bengal::{
    MAX_YEAR, MIN_YEAR, almanac_sunrise_kolkata, sankranti_drik, sankranti_surya_siddhanta,
    sunrise_kolkata,
};
use bangla_date::{BanglaDate, ErrorKind, Month, Rule};
use chrono::{Datelike, Days, NaiveDate, Timelike, Weekday};

const WB: [Rule; 3] =
    [Rule::WestBengalDrik, Rule::WestBengalDrikPlain, Rule::WestBengalSuryaSiddhanta];

fn date(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn data_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty())
}

/// Source: dra8an/hindu-calendar `validation/se/solar/bengali_months_1900_2050.csv` (commit
/// bb84cb5), 1,811 Bengali month starts checked against drikpanchang.com.
#[test]
fn drikpanchang_month_starts_1900_2050() {
    let text = include_str!("data/wb_drikpanchang_months_1900_2050.csv");
    let mut results = Vec::new();
    for rule in [Rule::WestBengalDrik, Rule::WestBengalDrikPlain] {
        let (mut agree, mut total) = (0, 0);
        for line in data_lines(text).skip(1) {
            let f: Vec<&str> = line.split(',').collect();
            let month = Month::ALL[f[0].parse::<usize>().unwrap() - 1];
            let year: i32 = f[1].parse().unwrap();
            let length: u8 = f[2].parse().unwrap();
            let start = NaiveDate::from_ymd_opt(
                f[3].parse().unwrap(),
                f[4].parse().unwrap(),
                f[5].parse().unwrap(),
            )
            .unwrap();
            let first = BanglaDate::new(year, month, 1, rule).unwrap();
            let ok = first.to_gregorian() == start && first.days_in_month() == length;
            if rule == Rule::WestBengalDrik {
                assert!(
                    ok,
                    "{rule}: {line}: ours {} ({} days)",
                    first.to_gregorian(),
                    first.days_in_month()
                );
            }
            // The other direction too.
            let back = BanglaDate::from_gregorian(start, rule).unwrap();
            if rule == Rule::WestBengalDrik {
                assert_eq!((back.year(), back.month(), back.day()), (year, month, 1), "{line}");
            }
            agree += usize::from(ok);
            total += 1;
        }
        results.push((rule, agree, total));
    }
    println!("drikpanchang month starts: {results:?}");
    // wb-drik reproduces every row; the plain Bengal rule differs on the 42 month starts whose
    // sankranti falls in drikpanchang's near-midnight zone and is resolved the other way.
    assert_eq!(results[0].1, 1811);
    assert_eq!(results[1].1, 1811 - 42);
}

/// Source: hasancse91/bongabdo `IndianDrikSiddhantaBongabdoTest.kt` (credits ponjika.com
/// jsDrik), via /work/shared/corpus/wb-drik-bongabdo-kotlin-tests.txt. Three rows (Srabon
/// 1433) disagree with drikpanchang; see the data file.
#[test]
fn bongabdo_ponjika_table() {
    let text = include_str!("data/wb_bongabdo_ponjika_jsdrik.csv");
    let disputed = ["2026-07-17", "2026-07-18", "2026-08-17"];
    for rule in [Rule::WestBengalDrik, Rule::WestBengalDrikPlain] {
        let (mut agree, mut total) = (0, 0);
        for line in data_lines(text) {
            let f: Vec<&str> = line.split(',').collect();
            let g = date(f[0]);
            let expected: (u8, usize, i32) =
                (f[1].parse().unwrap(), f[2].parse().unwrap(), f[3].parse().unwrap());
            let b = BanglaDate::from_gregorian(g, rule).unwrap();
            let ours = (b.day(), b.month() as usize, b.year());
            total += 1;
            if ours == expected {
                agree += 1;
                assert_eq!(b.to_gregorian(), g);
            } else {
                assert!(disputed.contains(&f[0]), "{rule}: {line}: ours {ours:?}");
            }
        }
        println!("bongabdo/ponjika.com {rule}: {agree} of {total}");
        assert_eq!((agree, total), (93, 96));
    }
    // Our answer for the disputed rows: Srabon 1433 starts on 17 July 2026 (drikpanchang).
    let b = BanglaDate::from_gregorian(date("2026-07-17"), Rule::WestBengalDrik).unwrap();
    assert_eq!((b.day(), b.month()), (1, Month::Srabon));
}

/// Sources: see the header of `tests/data/wb_poila_boishakh.tsv`.
#[test]
fn poila_boishakh() {
    let text = include_str!("data/wb_poila_boishakh.tsv");
    let mut n = 0;
    for line in data_lines(text) {
        let f: Vec<&str> = line.split('\t').collect();
        let year: i32 = f[0].parse().unwrap();
        let rule: Rule = f[1].parse().unwrap();
        let expected = date(f[2]);
        let first = BanglaDate::new(year - 593, Month::Boishakh, 1, rule).unwrap();
        assert_eq!(first.to_gregorian(), expected, "{line}");
        let back = BanglaDate::from_gregorian(expected, rule).unwrap();
        assert_eq!((back.year(), back.month(), back.day()), (year - 593, Month::Boishakh, 1));
        n += 1;
    }
    println!("Poila Boishakh rows: {n} of {n}");
}

/// DOMAIN.md §1: in 2000–2040 the drik and Surya Siddhanta families differ on Poila Boishakh
/// only in 2001, 2028, 2032, 2036, 2040 — true of the plain drik rule; drikpanchang's
/// near-midnight rule adds 2005 (see `tests/data/wb_poila_boishakh.tsv`).
#[test]
fn drik_and_surya_siddhanta_poila_boishakh_differ_in_the_documented_years() {
    let differ = |rule: Rule| -> Vec<i32> {
        (2000..=2040)
            .filter(|&y| {
                let a = BanglaDate::new(y - 593, Month::Boishakh, 1, rule).unwrap();
                let b =
                    BanglaDate::new(y - 593, Month::Boishakh, 1, Rule::WestBengalSuryaSiddhanta)
                        .unwrap();
                a.to_gregorian() != b.to_gregorian()
            })
            .collect()
    };
    assert_eq!(differ(Rule::WestBengalDrikPlain), [2001, 2028, 2032, 2036, 2040]);
    assert_eq!(differ(Rule::WestBengalDrik), [2001, 2005, 2028, 2032, 2036, 2040]);
}

/// DOMAIN.md §1: "Vrishabha sankranti 15 May 2025 00:12 IST; the plain rule gives 1 Joishtho 1432
/// = 16 May, drikpanchang prints 15 May."
#[test]
fn domain_example_vrishabha_2025() {
    let s = sankranti_drik(1432, Month::Joishtho).unwrap();
    assert_eq!(s.date_naive(), date("2025-05-15"));
    let minutes = s.hour() * 60 + s.minute();
    assert!((11..=12).contains(&minutes), "{s}");
    let plain = BanglaDate::new(1432, Month::Joishtho, 1, Rule::WestBengalDrikPlain).unwrap();
    assert_eq!(plain.to_gregorian(), date("2025-05-16"));
    let drik = BanglaDate::new(1432, Month::Joishtho, 1, Rule::WestBengalDrik).unwrap();
    assert_eq!(drik.to_gregorian(), date("2025-05-15"));
    // So Boishakh 1432 has 30 days under wb-drik and 31 under the plain rule.
    assert_eq!(Rule::WestBengalDrik.days_in_month(1432, Month::Boishakh).unwrap(), 30);
    assert_eq!(Rule::WestBengalDrikPlain.days_in_month(1432, Month::Boishakh).unwrap(), 31);
}

/// Sewell & Dikshit, *The Indian Calendar* (1896), p. 88, Example x (and p. 95, Example xx),
/// worked by the Surya Siddhanta, "the authority in Bengal"
/// (wikisource: `Page:Sewell_Dikshit_The_Indian_Calendar_(1896)_proc.djvu/104` and `/111`):
///
/// - the Mesha sankranti of Saka 1777 current fell on Tuesday 11 April 1854, 17 h 13 m after
///   (mean) sunrise at Ujjain, i.e. 23:13 Ujjain mean time (Table I, col. 17a);
/// - the Kumbha sankranti fell "after midnight on Saturday, for 20 h 5 m after sunrise is 2.5
///   a.m. on the European Sunday morning" at Calcutta, whose difference of longitude from Ujjain
///   they take as +50 min: 01:15 Ujjain mean time on Sunday 11 February 1855;
/// - so "the month, therefore, begins civilly on Monday (Art. 28, Rule 1)": 1 Falgun 1261 =
///   Monday 12 February 1855, and 20 Falgun = Saturday 3 March 1855.
///
/// Our Siddhanta Sun (Reingold & Dershowitz's model) gives 23:14:36 and 01:16:08 Ujjain mean
/// time: 1.6 and 1.1 minutes after S&D's table, which is given to the minute and built by their
/// own tabulated durations. We accept 2 minutes; the civil dates agree exactly.
#[test]
fn sewell_dikshit_examples() {
    // Ujjain mean time = IST − (82°30′ − 75°46′6″) × 4 min/° = IST − 26 min 55.6 s.
    let ujjain = |s: chrono::DateTime<chrono::FixedOffset>| {
        s.naive_local() - chrono::Duration::milliseconds(1_615_600)
    };
    let mesha = ujjain(sankranti_surya_siddhanta(1261, Month::Boishakh).unwrap());
    let expected = date("1854-04-11").and_hms_opt(23, 13, 0).unwrap();
    let diff = (mesha - expected).num_seconds();
    assert!(diff.abs() <= 120, "Mesha 1854: {mesha} vs S&D {expected}");
    assert_eq!(date("1854-04-11").weekday(), Weekday::Tue);

    let s = sankranti_surya_siddhanta(1261, Month::Falgun).unwrap();
    let kumbha = ujjain(s);
    let expected = date("1855-02-11").and_hms_opt(1, 15, 0).unwrap();
    let diff2 = (kumbha - expected).num_seconds();
    assert!(diff2.abs() <= 120, "Kumbha 1855: {kumbha} vs S&D {expected}");
    assert_eq!(s.weekday(), Weekday::Sun);
    assert!(s.hour() < 6, "after midnight, before sunrise: {s}");
    println!("Sewell & Dikshit: Mesha 1854 {diff:+} s, Kumbha 1855 {diff2:+} s");

    let first = BanglaDate::new(1261, Month::Falgun, 1, Rule::WestBengalSuryaSiddhanta).unwrap();
    assert_eq!(first.to_gregorian(), date("1855-02-12"));
    assert_eq!(first.weekday(), Weekday::Mon);
    let d = BanglaDate::from_gregorian(date("1855-03-03"), Rule::WestBengalSuryaSiddhanta).unwrap();
    assert_eq!((d.day(), d.month(), d.year()), (20, Month::Falgun, 1261));
    assert_eq!(d.weekday(), Weekday::Sat);
}

/// Every day of the supported range, both directions, for every West Bengal rule: Gregorian →
/// BanglaDate → Gregorian is the identity, days advance one at a time, months are contiguous
/// with 29..=32 days, and years have 365 or 366.
#[test]
fn exhaustive_round_trip() {
    for rule in WB {
        let first = rule.month_starts(MIN_YEAR).unwrap()[0];
        let end = rule.month_starts(MAX_YEAR).unwrap()[12];
        assert!(first <= date("1800-01-01") && end > date("2200-12-31"));
        let mut prev: Option<BanglaDate> = None;
        let mut day = first;
        while day < end {
            let b = BanglaDate::from_gregorian(day, rule).unwrap();
            assert_eq!(b.to_gregorian(), day, "{rule} {day}");
            assert!((29..=32).contains(&b.days_in_month()));
            assert!(b.day() <= b.days_in_month());
            if let Some(p) = prev {
                let expected = if p.day() < p.days_in_month() {
                    (p.year(), p.month(), p.day() + 1)
                } else if p.month() != Month::Choitro {
                    (p.year(), Month::ALL[p.month() as usize], 1)
                } else {
                    (p.year() + 1, Month::Boishakh, 1)
                };
                assert_eq!((b.year(), b.month(), b.day()), expected, "{rule} {day}");
                assert_eq!(
                    b.ordinal(),
                    if expected.2 == 1 && expected.1 == Month::Boishakh {
                        1
                    } else {
                        p.ordinal() + 1
                    }
                );
            }
            prev = Some(b);
            day = day + Days::new(1);
        }
        for year in MIN_YEAR..=MAX_YEAR {
            let s = rule.month_starts(year).unwrap();
            let len = (s[12] - s[0]).num_days();
            assert!(len == 365 || len == 366, "{rule} {year}: {len}");
            // The year number: Gregorian year − 593 from 1 Boishakh on.
            assert_eq!(s[0].year() - 593, year);
            // Precession moves Poila Boishakh from 12 April (1799) to 17 April (2200).
            assert!(
                s[0].month() == 4 && (11..=18).contains(&s[0].day()),
                "{rule} {year}: {}",
                s[0]
            );
        }
    }
}

/// 32 Asharh exists only in the years whose Asharh has 32 days.
#[test]
fn day_32_only_where_it_exists() {
    let rule = Rule::WestBengalDrik;
    // Asharh 1433 (2026) has 31 days in drikpanchang (Srabon from 17 July); Asharh 1436 (2029)
    // has 31 too, but Srabon 1436 has 32 (bongabdo table: 2029-08-17 is 32 Srabon).
    assert_eq!(rule.days_in_month(1433, Month::Asharh).unwrap(), 31);
    let err = BanglaDate::new(1433, Month::Asharh, 32, rule).unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::DayOutOfRange { max: 31, day: 32, .. }));
    assert!(BanglaDate::new(1436, Month::Srabon, 32, rule).is_ok());
    let mut with_32 = 0;
    for year in MIN_YEAR..=MAX_YEAR {
        let len = rule.days_in_month(year, Month::Asharh).unwrap();
        assert_eq!(BanglaDate::new(year, Month::Asharh, 32, rule).is_ok(), len == 32);
        with_32 += usize::from(len == 32);
    }
    assert!(with_32 > 0);
}

/// Outside Bangabda 1206..=1607 every entry point returns an error naming the range.
#[test]
fn out_of_range_is_an_error() {
    for rule in WB {
        let err = BanglaDate::new(MIN_YEAR - 1, Month::Choitro, 1, rule).unwrap_err();
        assert!(
            matches!(err.kind(), ErrorKind::YearOutOfRange { year: 1205, min: 1206, max: 1607 }),
            "{err}"
        );
        assert!(BanglaDate::new(MAX_YEAR + 1, Month::Boishakh, 1, rule).is_err());
        assert!(BanglaDate::from_parts(i64::MAX, Month::Boishakh, 1, rule).is_err());
        assert!(rule.days_in_month(i32::MIN, Month::Boishakh).is_err());
        let before = rule.month_starts(MIN_YEAR).unwrap()[0] - Days::new(1);
        let err = BanglaDate::from_gregorian(before, rule).unwrap_err();
        assert!(matches!(err.kind(), ErrorKind::OutOfRange { .. }), "{err}");
        let after = rule.month_starts(MAX_YEAR).unwrap()[12];
        assert!(BanglaDate::from_gregorian(after, rule).is_err());
        assert!(BanglaDate::from_gregorian(NaiveDate::MIN, rule).is_err());
        assert!(BanglaDate::from_gregorian(NaiveDate::MAX, rule).is_err());
        assert!(sankranti_drik(MAX_YEAR + 1, Month::Boishakh).is_err());
    }
    let err = BanglaDate::from_gregorian(date("1700-01-01"), Rule::WestBengalDrik).unwrap_err();
    assert_eq!(
        err.to_string(),
        "1700-01-01 is outside the range this calendar can convert (expected 1799-04-12..=2201-04-17)"
    );
}

/// The rule names are part of the interface.
#[test]
fn rule_names() {
    assert_eq!("wb-drik".parse::<Rule>().unwrap(), Rule::WestBengalDrik);
    assert_eq!("wb-drik-plain".parse::<Rule>().unwrap(), Rule::WestBengalDrikPlain);
    assert_eq!("WB-SS".parse::<Rule>().unwrap(), Rule::WestBengalSuryaSiddhanta);
    assert!(WB.iter().all(|r| r.is_west_bengal()));
    assert_eq!(Rule::ALL.iter().filter(|r| r.is_west_bengal()).count(), 3);
}

/// `Rule::month_starts` agrees with `days_in_month` and `to_gregorian` under every rule.
#[test]
fn month_starts_agree_with_lengths() {
    for rule in Rule::ALL {
        for year in [1206, 1400, 1431, 1432, 1607] {
            let s = rule.month_starts(year).unwrap();
            for (i, month) in Month::ALL.into_iter().enumerate() {
                let len = (s[i + 1] - s[i]).num_days();
                assert_eq!(
                    len,
                    i64::from(rule.days_in_month(year, month).unwrap()),
                    "{rule} {year}"
                );
                assert_eq!(BanglaDate::new(year, month, 1, rule).unwrap().to_gregorian(), s[i]);
            }
        }
    }
    assert!(Rule::Bangladesh2019.month_starts(BanglaDate::MAX_YEAR).is_ok());
}

/// Source: Reingold & Dershowitz's sample values; see `tests/data/wb_ss_reingold_dershowitz_samples.tsv`.
#[test]
fn surya_siddhanta_sun_matches_reingold_dershowitz_samples() {
    let text = include_str!("data/wb_ss_reingold_dershowitz_samples.tsv");
    let mut n = 0;
    for line in data_lines(text) {
        let f: Vec<i32> = line.split('\t').map(|x| x.parse().unwrap()).collect();
        let (rd, saka, month, day) = (f[0], f[1], f[2], f[3]);
        let orissa_start = NaiveDate::from_num_days_from_ce_opt(rd - (day - 1)).unwrap();
        // Bangabda = Saka − 515 (Saka = Gregorian − 78, Bangabda = Gregorian − 593).
        let s = sankranti_surya_siddhanta(saka - 515, Month::ALL[(month - 1) as usize]).unwrap();
        // Ujjain mean time = UT + 75°46′6″ / 15 = UT + 5 h 3 min 4.4 s.
        let ujjain = s.naive_utc() + chrono::Duration::milliseconds(18_184_400);
        let earliest = orissa_start.and_hms_opt(5, 30, 0).unwrap();
        let latest = (orissa_start + Days::new(1)).and_hms_opt(7, 15, 0).unwrap();
        assert!(earliest <= ujjain && ujjain <= latest, "{line}: sankranti {ujjain} (Ujjain)");
        // And the Bengal rule puts the month one or two days after the Orissa rule.
        let bengal = BanglaDate::new(
            saka - 515,
            Month::ALL[(month - 1) as usize],
            1,
            Rule::WestBengalSuryaSiddhanta,
        )
        .unwrap()
        .to_gregorian();
        let lag = (bengal - orissa_start).num_days();
        assert!(lag == 1 || lag == 2, "{line}: Bengal start {bengal}");
        n += 1;
    }
    println!("Reingold & Dershowitz samples: {n} of {n}");
}

/// Source: the Swiss Ephemeris 2.10.03 (Moshier theory), sunrise at Kolkata on the 1st and 15th
/// of every month 1900–2100, with and without refraction, made by
/// tools/kolkata_sunrise_reference.py. The almanacs count daṇḍa and pala from sunrise, so a
/// minute off is a minute off in every such time.
#[test]
fn kolkata_sunrise_within_seconds_of_swiss_ephemeris() {
    let text = include_str!("data/kolkata_sunrise_swisseph.tsv");
    let (mut rows, mut worst) = (0, [0i64; 2]);
    for line in data_lines(text).skip(1) {
        let fields: Vec<&str> = line.split('\t').collect();
        let [day, rise, almanac] = fields[..] else { panic!("bad row: {line}") };
        let day = date(day);
        for (k, (ours, expected)) in
            [(sunrise_kolkata(day), rise), (almanac_sunrise_kolkata(day), almanac)]
                .into_iter()
                .enumerate()
        {
            let ours = ours.unwrap();
            let expected = day.and_time(expected.parse().unwrap());
            assert_eq!(ours.offset().local_minus_utc(), 5 * 3600 + 1800, "{day}");
            let error = (ours.naive_local() - expected).num_seconds().abs();
            assert!(error <= 15, "{day}: sunrise {ours}, Swiss Ephemeris {expected}");
            worst[k] = worst[k].max(error);
        }
        rows += 1;
    }
    assert_eq!(rows, 201 * 24);
    println!(
        "Kolkata sunrise: {rows} days, worst difference from the Swiss Ephemeris {} s \
         (refracted), {} s (almanac)",
        worst[0], worst[1]
    );
}

/// An almanac's time in daṇḍa, pala and vipala after sunrise (`দং ৯/২৬/৩০`) is read as the
/// almanacs' sunrise at Kolkata plus that much, and lands within two minutes of the clock time
/// the same page prints beside it (tests/data/almanac_danda_times.tsv, three pages of a Bengali
/// daily panjika, which is not quite consistent with itself: its clock and daṇḍa imply sunrises
/// a minute apart on one page), which is why the reading says `approximate`. With the
/// astronomical sunrise instead (refracted), the worst entry is 3 minutes off.
#[test]
fn danda_times_agree_with_the_almanacs_clock() {
    use bangla_date::parse::Parser;
    let text = include_str!("data/almanac_danda_times.tsv");
    let (mut rows, mut worst) = (0, 0i64);
    for line in data_lines(text) {
        let fields: Vec<&str> = line.split('\t').collect();
        let [_, day, danda, clock] = fields[..] else { panic!("bad row: {line}") };
        let day = date(day);
        let clock: chrono::NaiveDateTime = clock.parse().unwrap();
        // The page's date, then the entry, as a reader of the page would take it.
        let written = bangla_date::format::Format::parse("%d %B %Y").unwrap().format(day).unwrap();
        let text = format!("{written} {danda}");
        let m = Parser::new().parse(&text).unwrap_or_else(|e| panic!("{text}: {e}"));
        let dt = m.datetime.unwrap_or_else(|| panic!("{text}: no datetime"));
        assert_eq!(dt.offset().local_minus_utc(), 5 * 3600 + 1800, "{text}");
        assert!(m.approximate, "{text}");
        let off = (dt.naive_local() - clock).num_seconds().abs();
        assert!(off <= 120, "{text}: read {dt}, the page's clock {clock}");
        worst = worst.max(off);
        rows += 1;
    }
    assert_eq!(rows, 10);
    println!("daṇḍa times: {rows} entries, worst {worst} s from the page's clock");
}
