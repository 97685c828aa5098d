//! The parser's vocabulary table against a std `HashMap` with a fast hasher (FxHash), in the
//! same run, over the words of real-looking text: mostly misses in prose, many hits in
//! date-dense text. Needs the `bench-internals` feature:
//! `cargo bench --features bench-internals --bench vocabulary`.
//!
//! Each iteration counts the hits and checks the count; before timing, both structures are
//! checked to give the same meaning for every word.

use std::hint::black_box;

use bangla_date::parse::vocabulary_bench::{StdVocabulary, keys_of, table_get};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

/// Prose without dates and date-dense sentences (written for the benches).
const PROSE: &str = "রাজধানীর বিভিন্ন এলাকায় যানজট কমাতে নতুন পরিকল্পনা নিয়েছে সিটি করপোরেশন। \
কর্মকর্তারা জানিয়েছেন, প্রধান সড়কগুলোতে গণপরিবহনের জন্য আলাদা লেন তৈরি করা হবে এবং \
ফুটপাত দখলমুক্ত করতে নিয়মিত অভিযান চালানো হবে। নগরবাসী এই উদ্যোগকে স্বাগত জানালেও \
বাস্তবায়ন নিয়ে সংশয় প্রকাশ করেছেন অনেকে।";
const DENSE: &str = "প্রকাশ: ২৮ ডিসেম্বর ২০২৫ | ২৩:২৯ সোমবার (২৯ ডিসেম্বর) সকাল ৬টা ৩২ মিনিটে \
২০২৪ সালের পাঁচই অগাস্ট আজ রোববার রাত ১০টার দিকে গতকাল দুপুর বারোটায় \
২২শে জানুয়ারি থেকে ১০ই ফেব্রুয়ারি সকাল সাড়ে ৭টা পর্যন্ত ১৮ পৌষ বঙ্গাব্দ শুক্রবার";

fn vocabulary(c: &mut Criterion) {
    let map = StdVocabulary::new();
    let mut group = c.benchmark_group("vocabulary");
    for (name, text) in [("prose", PROSE), ("dense", DENSE)] {
        let keys = keys_of(text);
        // The two structures agree on every word, hit or miss.
        for key in &keys {
            assert_eq!(table_get(key), map.get(key), "{}", String::from_utf8_lossy(key));
        }
        let hits = keys.iter().filter(|k| table_get(k).is_some()).count();
        group.throughput(Throughput::Elements(keys.len() as u64));
        group.bench_function(format!("table/{name}"), |b| {
            b.iter(|| {
                let n = black_box(&keys).iter().filter(|k| table_get(k).is_some()).count();
                assert_eq!(n, hits);
                n
            })
        });
        group.bench_function(format!("std_hashmap_fx/{name}"), |b| {
            b.iter(|| {
                let n = black_box(&keys).iter().filter(|k| map.get(k).is_some()).count();
                assert_eq!(n, hits);
                n
            })
        });
    }
    group.finish();
}

criterion_group!(benches, vocabulary);
criterion_main!(benches);
