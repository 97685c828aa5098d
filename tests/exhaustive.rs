//! Every day from 0001-01-01 to 9999-12-31 under every Bangladesh rule, and the extremes of
//! chrono's range. (The historical rule reads 1206–1393 by the almanac, `wb-ss`: its years
//! there start when the almanac says, and the seams at 1206 and 1394 are checked too.) (The West Bengal rules, computed for 1799–2201, have their own exhaustive test
//! in `tests/west_bengal.rs`.)

use bangla_date::{BanglaDate, ErrorKind, Month, Rule};
use chrono::{Days, NaiveDate};

const BANGLADESH: [Rule; 3] =
    [Rule::Bangladesh2019, Rule::BanglaAcademy1987, Rule::BangladeshHistorical];

#[test]
fn every_day_round_trips_and_months_are_contiguous() {
    let first = NaiveDate::from_ymd_opt(1, 1, 1).unwrap();
    let last = NaiveDate::from_ymd_opt(9999, 12, 31).unwrap();
    for rule in BANGLADESH {
        let mut prev = BanglaDate::from_gregorian(first, rule).unwrap();
        assert_eq!(prev.to_gregorian(), first);
        let mut date = first;
        let mut year_days = 0u32;
        while date < last {
            date = date + Days::new(1);
            let b = BanglaDate::from_gregorian(date, rule).unwrap();
            assert_eq!(b.to_gregorian(), date, "{date} under {rule}");
            assert_eq!(BanglaDate::new(b.year(), b.month(), b.day(), rule), Ok(b));
            year_days += 1;
            if b.day() == 1 {
                // The previous day was the last of the previous month.
                assert_eq!(prev.day(), prev.days_in_month(), "{date} under {rule}");
                if b.month() == Month::Boishakh {
                    assert_eq!((prev.month(), prev.year() + 1), (Month::Choitro, b.year()));
                    let arithmetic = |y: i32| !rule.in_year(y).is_west_bengal();
                    if arithmetic(b.year()) {
                        assert_eq!(date.format("%m-%d").to_string(), "04-14", "{rule}");
                    } else {
                        let almanac = Rule::WestBengalSuryaSiddhanta;
                        let start = BanglaDate::new(b.year(), Month::Boishakh, 1, almanac);
                        assert_eq!(start.unwrap().to_gregorian(), date, "{rule}");
                    }
                    let leap = prev.year() + 594;
                    let leap = leap % 4 == 0 && (leap % 100 != 0 || leap % 400 == 0);
                    if prev.year() >= 1 && arithmetic(prev.year()) && arithmetic(b.year()) {
                        assert_eq!(year_days, 365 + u32::from(leap), "{} {rule}", prev.year());
                    }
                    year_days = 0;
                } else {
                    assert_eq!(prev.month().number() + 1, b.month().number(), "{date} {rule}");
                    assert_eq!(prev.year(), b.year());
                }
            } else {
                assert_eq!(
                    (prev.day() + 1, prev.month(), prev.year()),
                    (b.day(), b.month(), b.year())
                );
            }
            assert!(prev < b);
            prev = b;
        }
    }
}

#[test]
fn extremes_of_chrono_range_do_not_panic() {
    for rule in BANGLADESH {
        // The first days chrono has fall before the first supported Bangabda year.
        let err = BanglaDate::from_gregorian(NaiveDate::MIN, rule).unwrap_err();
        assert!(matches!(err.kind(), ErrorKind::OutOfRange { .. }));
        // The last months of chrono's range fall in a year that ends after it.
        let err = BanglaDate::from_gregorian(NaiveDate::MAX, rule).unwrap_err();
        assert!(matches!(err.kind(), ErrorKind::OutOfRange { .. }));
        let max = BanglaDate::MAX.with_rule(rule).unwrap();
        assert_eq!(max.year(), BanglaDate::MAX_YEAR);
        let after = max.to_gregorian().succ_opt().unwrap();
        assert!(BanglaDate::from_gregorian(after, rule).is_err());
        let first = BanglaDate::new(BanglaDate::MIN_YEAR, Month::Boishakh, 1, rule).unwrap();
        assert_eq!(BanglaDate::from_gregorian(first.to_gregorian(), rule), Ok(first));
        let prev = first.to_gregorian().pred_opt().unwrap();
        assert!(BanglaDate::from_gregorian(prev, rule).is_err());
        let last = BanglaDate::new(BanglaDate::MAX_YEAR, Month::Choitro, 30, rule).unwrap();
        assert_eq!(BanglaDate::from_gregorian(last.to_gregorian(), rule), Ok(last));
        for year in [i32::MIN, BanglaDate::MIN_YEAR - 1, BanglaDate::MAX_YEAR + 1, i32::MAX] {
            let err = BanglaDate::new(year, Month::Boishakh, 1, rule).unwrap_err();
            assert!(matches!(err.kind(), ErrorKind::YearOutOfRange { .. }), "{year}");
        }
    }
}

#[test]
fn west_bengal_rules_refuse_chrono_extremes_cleanly() {
    for rule in Rule::ALL.into_iter().filter(|r| r.is_west_bengal()) {
        for date in [NaiveDate::MIN, NaiveDate::MAX, NaiveDate::from_ymd_opt(1, 1, 1).unwrap()] {
            let err = BanglaDate::from_gregorian(date, rule).unwrap_err();
            assert!(matches!(err.kind(), ErrorKind::OutOfRange { .. }), "{rule} {date}");
        }
        for year in [i32::MIN, 0, 1205, 1608, i32::MAX] {
            let err = BanglaDate::new(year, Month::Boishakh, 1, rule).unwrap_err();
            assert!(matches!(err.kind(), ErrorKind::YearOutOfRange { .. }), "{rule} {year}");
        }
    }
}
