//! West Bengal conversions: warm (cached year table) both ways, and the cold computation of the
//! 13 sankrantis behind one year's table, with the Bangladesh arithmetic rule and chrono as
//! baselines.
//!
//! Run with `cargo bench --bench west_bengal`; every iteration checks its result.

use std::hint::black_box;

use bangla_date::calendar::west_bengal::{sankranti_drik, sankranti_surya_siddhanta};
use bangla_date::{BanglaDate, Month, Rule};
use chrono::{DateTime, FixedOffset, NaiveDate};
use criterion::{Criterion, criterion_group, criterion_main};

fn convert(c: &mut Criterion) {
    let g = NaiveDate::from_ymd_opt(2025, 11, 20).unwrap();
    let mut group = c.benchmark_group("west_bengal");

    group.bench_function("baseline/chrono_from_ymd", |b| {
        b.iter(|| {
            let d = NaiveDate::from_ymd_opt(black_box(2025), black_box(11), black_box(20));
            assert_eq!(d, Some(g));
        })
    });
    group.bench_function("baseline/bd2019_from_gregorian", |b| {
        b.iter(|| {
            let d = BanglaDate::from_gregorian(black_box(g), Rule::Bangladesh2019).unwrap();
            assert_eq!((d.day(), d.month()), (5, Month::Agrahayan));
        })
    });

    for rule in [Rule::WestBengalDrik, Rule::WestBengalSuryaSiddhanta] {
        // Warm the cache for this year. 20 November 2025 is 4 Agrahayan 1432 by drikpanchang
        // (Agrahayan from 17 November) and 3 Agrahayan by the Surya Siddhanta.
        let date = BanglaDate::from_gregorian(g, rule).unwrap();
        let day = if rule == Rule::WestBengalDrik { 4 } else { 3 };
        assert_eq!((date.day(), date.month(), date.year()), (day, Month::Agrahayan, 1432));
        group.bench_function(format!("warm/from_gregorian/{rule}"), |b| {
            b.iter(|| {
                let d = BanglaDate::from_gregorian(black_box(g), rule).unwrap();
                assert_eq!(d.day(), day);
            })
        });
        group.bench_function(format!("warm/to_gregorian/{rule}"), |b| {
            b.iter(|| assert_eq!(black_box(date).to_gregorian(), g))
        });
        group.bench_function(format!("warm/new/{rule}"), |b| {
            b.iter(|| {
                let d = BanglaDate::new(black_box(1432), Month::Agrahayan, black_box(day), rule);
                assert_eq!(d.unwrap(), date);
            })
        });
    }

    // The cold path, through the public API (which does not cache sankrantis): the 13
    // sankrantis that make one year's table, Mesha 1432 to Mesha 1433. Turning them into month
    // starts adds a few comparisons each. Each iteration checks the first and last to the
    // minute (Mesha 1432 drik: 03:21 IST, Swiss Ephemeris 03:21:22).
    type Sankranti = fn(i32, Month) -> Result<DateTime<FixedOffset>, bangla_date::Error>;
    let reckonings: [(&str, Sankranti, &str, &str); 2] = [
        ("wb-drik", sankranti_drik, "2025-04-14 03:21", "2026-04-14 09:30"),
        ("wb-ss", sankranti_surya_siddhanta, "2025-04-14 05:37", "2026-04-14 11:50"),
    ];
    for (name, sankranti, first, last) in reckonings {
        group.bench_function(format!("cold/year_sankrantis/{name}"), |b| {
            b.iter(|| {
                let year = black_box(1432);
                let moments = Month::ALL.map(|m| sankranti(year, m).unwrap());
                let next = sankranti(year + 1, Month::Boishakh).unwrap();
                assert_eq!(moments[0].format("%Y-%m-%d %H:%M").to_string(), first);
                assert_eq!(next.format("%Y-%m-%d %H:%M").to_string(), last);
            })
        });
    }
    group.finish();
}

/// Per date over consecutive days; each figure reads against the bd2019 one.
fn consecutive(c: &mut Criterion) {
    let mut group = c.benchmark_group("west_bengal_consecutive");
    group.throughput(criterion::Throughput::Elements(1024));
    // Consecutive days (1024 from 1 January 2024), the way a caller converting a column of
    // dates meets them: month and year boundaries included, beside the Bangladesh rule over the
    // same days.
    let start = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
    let days: Vec<NaiveDate> = (0..1024).map(|i| start + chrono::Days::new(i)).collect();
    for rule in [Rule::Bangladesh2019, Rule::WestBengalDrik, Rule::WestBengalSuryaSiddhanta] {
        let expected: u32 = days
            .iter()
            .map(|&d| u32::from(BanglaDate::from_gregorian(d, rule).unwrap().day()))
            .sum();
        group.bench_function(format!("from_gregorian/{rule}"), |b| {
            b.iter(|| {
                let mut sum = 0u32;
                for &d in black_box(&days) {
                    sum += u32::from(BanglaDate::from_gregorian(d, rule).unwrap().day());
                }
                assert_eq!(sum, expected);
                sum
            })
        });
    }

    group.finish();
}

criterion_group!(benches, convert, consecutive);
criterion_main!(benches);
