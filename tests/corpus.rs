//! Measures the parser on the shared corpus of real strings (`../shared/corpus/real-dev.tsv`,
//! which is not part of this repository). Run with
//! `cargo test --test corpus -- --ignored --nocapture`.

use std::path::Path;

use bangla_date::parse::Parser;

#[test]
#[ignore = "reads ../shared/corpus, outside the repository"]
fn real_dev_corpus() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/real-dev.tsv");
    let Ok(data) = std::fs::read_to_string(&path) else {
        eprintln!("corpus not found at {}", path.display());
        return;
    };
    let parser = Parser::new();
    let (mut rows, mut right, mut found_any) = (0, 0, 0);
    for line in data.lines().skip(1) {
        let cols: Vec<&str> = line.split('\t').collect();
        let [id, text, _source, _kind, expected, expected_bangla, notes] = cols[..] else {
            continue;
        };
        rows += 1;
        let matches: Vec<_> = parser.extract(text).collect();
        let first = matches.iter().find_map(|m| m.as_ref().ok());
        if first.is_some() {
            found_any += 1;
        }
        let got = match first {
            Some(m) if expected.contains('T') => {
                m.datetime.map(|d| d.naive_local().format("%Y-%m-%dT%H:%M").to_string())
            }
            Some(m) => m.date.map(|d| d.to_string()),
            None => None,
        };
        let want = (!expected.is_empty()).then(|| expected.to_owned());
        let mut ok = got == want;
        if !expected_bangla.is_empty() {
            let b = first.and_then(|m| m.bangla);
            let got_b =
                b.map(|b| format!("{:02}/{:02}/{}", b.day, b.month.number(), b.year.unwrap_or(0)));
            ok &= got_b.as_deref() == Some(expected_bangla);
        }
        if ok {
            right += 1;
        }
        let shown: Vec<String> = matches
            .iter()
            .map(|m| match m {
                Ok(m) => format!(
                    "[{}] {:?} {}-{}-{} {:?} {:?} {:?} w={:?}",
                    m.text(text),
                    m.role,
                    m.year.map_or("?".into(), |y| y.to_string()),
                    m.month.map_or("?".into(), |y| y.to_string()),
                    m.day.map_or("?".into(), |y| y.to_string()),
                    m.time.map(|t| t.to_string()),
                    m.bangla.map(|b| (b.day, b.month.number(), b.year, b.rule)),
                    m.relative,
                    m.warnings.iter().map(|w| w.code()).collect::<Vec<_>>()
                ),
                Err(e) => format!("ERROR {e}"),
            })
            .collect();
        println!(
            "{} {id} want={expected:?} got={got:?}\n    {text}\n    {}\n    notes: {notes}",
            if ok { "ok  " } else { "FAIL" },
            shown.join("\n    ")
        );
    }
    println!("\n{right}/{rows} rows right; {found_any}/{rows} with at least one match");
}
