//! Gregorian ⇄ Bangabda conversion, per date, beside chrono building the same dates.
//!
//! Each iteration converts a block of 1024 consecutive days (so the branch predictor sees real
//! month boundaries, not one date over and over); divide the median by 1024 for the cost of one
//! conversion. Results are checked inside the loop.

use std::hint::black_box;

use bangla_date::{BanglaDate, Month, Rule};
use chrono::{Datelike, Days, NaiveDate};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

const N: usize = 1024;

fn dates() -> Vec<NaiveDate> {
    let start = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
    (0..N as u64).map(|i| start + Days::new(i)).collect()
}

fn convert(c: &mut Criterion) {
    let gregorian = dates();
    let mut group = c.benchmark_group("convert");
    group.throughput(Throughput::Elements(N as u64));

    // Baseline: chrono validating and building the same dates from (year, month, day).
    let ymd: Vec<(i32, u32, u32)> =
        gregorian.iter().map(|d| (d.year(), d.month(), d.day())).collect();
    let ordinals: u32 = gregorian.iter().map(|d| d.ordinal()).sum();
    group.bench_function("baseline/chrono_from_ymd", |b| {
        b.iter(|| {
            let mut sum = 0u32;
            for &(y, m, d) in black_box(&ymd) {
                sum += NaiveDate::from_ymd_opt(y, m, d).unwrap().ordinal();
            }
            assert_eq!(sum, ordinals);
            sum
        })
    });
    // The Gregorian days of the block, which every round trip must give back.
    let gregorian_days: u32 = gregorian.iter().map(|d| d.day()).sum();

    for rule in [Rule::Bangladesh2019, Rule::BanglaAcademy1987, Rule::BangladeshHistorical] {
        let bangla: Vec<BanglaDate> =
            gregorian.iter().map(|&d| BanglaDate::from_gregorian(d, rule).unwrap()).collect();
        // The Bangabda days of the block by another path: each day's distance from the start
        // of its month in the rule's table of month starts.
        let bangla_days: u32 = gregorian.iter().map(|&d| day_from_month_starts(d, rule)).sum();
        group.bench_function(format!("to_bangla/{rule}"), |b| {
            b.iter(|| {
                let mut sum = 0u32;
                for &d in black_box(&gregorian) {
                    sum += u32::from(BanglaDate::from_gregorian(d, rule).unwrap().day());
                }
                assert_eq!(sum, bangla_days);
                sum
            })
        });
        group.bench_function(format!("to_gregorian/{rule}"), |b| {
            b.iter(|| {
                let mut sum = 0u32;
                for &d in black_box(&bangla) {
                    sum += d.to_gregorian().day();
                }
                assert_eq!(sum, gregorian_days);
                sum
            })
        });
        group.bench_function(format!("new_validated/{rule}"), |b| {
            b.iter(|| {
                let mut ok = 0u32;
                for d in black_box(&bangla) {
                    ok += u32::from(BanglaDate::new(d.year(), d.month(), d.day(), rule).is_ok());
                }
                assert_eq!(ok, N as u32);
                ok
            })
        });
    }
    group.finish();
}

/// The Bangabda day of `date` under `rule`, from [`Rule::month_starts`] rather than
/// [`BanglaDate::from_gregorian`].
fn day_from_month_starts(date: NaiveDate, rule: Rule) -> u32 {
    let year = date.year() - 594;
    [year, year + 1]
        .into_iter()
        .flat_map(|y| {
            let starts = rule.month_starts(y).unwrap();
            (0..12).map(move |i| (starts[i], starts[i + 1]))
        })
        .find(|&(start, next)| start <= date && date < next)
        .map(|(start, _)| (date - start).num_days() as u32 + 1)
        .unwrap()
}

/// The checked path from plain numbers, as a caller reading (year, month, day) from a form or a
/// file takes it: `Month::from_number`, `BanglaDate::new`, `to_gregorian`, beside its parts
/// alone and chrono's checked `from_ymd_opt` over the same days (1024 consecutive days).
fn from_numbers(c: &mut Criterion) {
    let gregorian = dates();
    let mut group = c.benchmark_group("from_numbers");
    group.throughput(Throughput::Elements(N as u64));
    let ymd: Vec<(i32, u32, u32)> =
        gregorian.iter().map(|d| (d.year(), d.month(), d.day())).collect();
    let expected: u32 = gregorian.iter().map(|d| d.ordinal()).sum();
    group.bench_function("baseline/chrono_from_ymd", |b| {
        b.iter(|| {
            let mut sum = 0u32;
            for &(y, m, d) in black_box(&ymd) {
                sum += NaiveDate::from_ymd_opt(y, m, d).unwrap().ordinal();
            }
            assert_eq!(sum, expected);
            sum
        })
    });
    let rule = Rule::Bangladesh2019;
    let numbers: Vec<(i32, i64, u8)> = gregorian
        .iter()
        .map(|&g| {
            let b = BanglaDate::from_gregorian(g, rule).unwrap();
            (b.year(), i64::from(b.month().number()), b.day())
        })
        .collect();
    group.bench_function("composed/bd2019", |b| {
        b.iter(|| {
            let mut sum = 0u32;
            for &(y, m, d) in black_box(&numbers) {
                let month = Month::from_number(m).unwrap();
                sum += BanglaDate::new(y, month, d, rule).unwrap().to_gregorian().ordinal();
            }
            assert_eq!(sum, expected);
            sum
        })
    });
    let month_sum: u32 = numbers.iter().map(|&(_, m, _)| m as u32).sum();
    group.bench_function("part/month_from_number", |b| {
        b.iter(|| {
            let mut sum = 0u32;
            for &(_, m, _) in black_box(&numbers) {
                sum += u32::from(Month::from_number(m).unwrap().number());
            }
            assert_eq!(sum, month_sum);
            sum
        })
    });
    group.finish();
}

criterion_group!(benches, convert, from_numbers);
criterion_main!(benches);
