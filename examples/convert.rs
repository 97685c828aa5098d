//! One-off Bangabda ⇄ Gregorian conversions.
//!
//! ```text
//! convert --to-bangla 2026-01-02 [--rule bd2019|bd1987|bd] [--json]
//! convert --to-gregorian "১৯ পৌষ ১৪৩২" [--rule …] [--json]
//! ```

use std::process::ExitCode;

use bangla_date::digits::to_ascii_digits;
use bangla_date::{BanglaDate, Error, Month, Rule};
use chrono::NaiveDate;

const HELP: &str = "\
convert: Bangabda (বঙ্গাব্দ) ⇄ Gregorian conversions

USAGE:
    convert --to-bangla YYYY-MM-DD [--rule RULE] [--json]
    convert --to-gregorian \"D MONTH YYYY\" [--rule RULE] [--json]

OPTIONS:
    --to-bangla DATE     print the Bangabda date of a Gregorian ISO date (either digit set)
    --to-gregorian TEXT  print the Gregorian ISO date of a Bangabda date written as
                         day, month, year: `১৯ পৌষ ১৪৩২`, `19 Poush 1432` or `১৯ ৯ ১৪৩২`
    --rule RULE          bd2019 (Bangladesh 2019 revision), bd1987 (Bangla Academy rule before
                         it), bd (historical: bd1987 up to 1425, bd2019 from 1426; the default)
    --json               print one JSON object:
                         {\"gregorian\": \"2026-01-02\", \"bangla\": {\"day\": 18, \"month\": 9,
                          \"year\": 1432, \"rule\": \"bd2019\"}, \"text\": \"১৮ পৌষ ১৪৩২ বঙ্গাব্দ\"}
    -h, --help           print this help

Invalid input exits with status 1 and the error on stderr; bad usage exits with status 2.
";

enum Mode {
    ToBangla(String),
    ToGregorian(String),
}

struct Args {
    mode: Mode,
    rule: Rule,
    json: bool,
}

fn parse_args() -> Result<Option<Args>, String> {
    let mut mode = None;
    let mut rule = Rule::default();
    let mut json = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or_else(|| format!("{name} needs a value"));
        match arg.as_str() {
            "-h" | "--help" => return Ok(None),
            "--to-bangla" => mode = Some(Mode::ToBangla(value("--to-bangla")?)),
            "--to-gregorian" => mode = Some(Mode::ToGregorian(value("--to-gregorian")?)),
            "--rule" => rule = value("--rule")?.parse().map_err(|e: Error| e.to_string())?,
            "--json" => json = true,
            other => return Err(format!("unexpected argument `{other}`")),
        }
    }
    let mode = mode.ok_or("expected --to-bangla or --to-gregorian")?;
    Ok(Some(Args { mode, rule, json }))
}

/// Read `D MONTH YYYY` (month as a Bengali or romanised name, or a number).
fn parse_bangla(text: &str, rule: Rule) -> Result<BanglaDate, String> {
    let ascii = to_ascii_digits(text);
    let words: Vec<&str> = ascii.split_whitespace().filter(|w| *w != "বঙ্গাব্দ").collect();
    let [day, month, year] = words.as_slice() else {
        return Err(format!("expected `DAY MONTH YEAR`, but found `{text}`"));
    };
    let number = |w: &str| {
        w.parse::<i64>()
            .map_err(|_| format!("expected a number, found `{w}`"))
    };
    // Accept both encodings of য় ড় ঢ় (precomposed or letter + nukta).
    let month_key = month
        .replace('\u{09DF}', "য়")
        .replace('\u{09DC}', "ড়")
        .replace('\u{09DD}', "ঢ়");
    let month = match Month::ALL
        .into_iter()
        .find(|m| m.bengali() == month_key || m.roman().eq_ignore_ascii_case(month))
    {
        Some(m) => m,
        None => Month::from_number(number(month)?).map_err(|e| e.to_string())?,
    };
    BanglaDate::from_parts(number(year)?, month, number(day)?, rule).map_err(|e| e.to_string())
}

fn json_line(date: BanglaDate) -> String {
    format!(
        "{{\"gregorian\": \"{}\", \"bangla\": {{\"day\": {}, \"month\": {}, \"year\": {}, \"rule\": \"{}\"}}, \"text\": \"{}\"}}",
        date.to_gregorian(),
        date.day(),
        date.month().number(),
        date.year(),
        date.rule(),
        date
    )
}

fn run(args: &Args) -> Result<String, String> {
    let date = match &args.mode {
        Mode::ToBangla(iso) => {
            let iso = to_ascii_digits(iso);
            let g: NaiveDate = iso
                .trim()
                .parse()
                .map_err(|e| format!("invalid date `{iso}`: {e}"))?;
            BanglaDate::from_gregorian(g, args.rule).map_err(|e| e.to_string())?
        }
        Mode::ToGregorian(text) => parse_bangla(text, args.rule)?,
    };
    Ok(match (&args.mode, args.json) {
        (_, true) => json_line(date),
        (Mode::ToBangla(_), false) => date.to_string(),
        (Mode::ToGregorian(_), false) => date.to_gregorian().to_string(),
    })
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(Some(args)) => args,
        Ok(None) => {
            print!("{HELP}");
            return ExitCode::SUCCESS;
        }
        Err(msg) => {
            eprintln!("convert: {msg}\n\n{HELP}");
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(out) => {
            println!("{out}");
            ExitCode::SUCCESS
        }
        Err(msg) => {
            eprintln!("convert: {msg}");
            ExitCode::FAILURE
        }
    }
}
