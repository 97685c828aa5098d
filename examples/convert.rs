//! Read the dates and times in Bengali text, or convert one date between the calendars.
//!
//! ```text
//! convert "০৫:৪১ অপরাহ্ন, শুক্রবার, ০২ জানুয়ারী ২০২৬, ১৯ পৌষ ১৪৩২ বঙ্গাব্দ"
//! convert --json < lines.txt            # JSON Lines, one object per input line
//! convert --to-bangla 2026-01-02 --rule bd2019
//! convert --to-gregorian "১৯ পৌষ ১৪৩২" --rule bd1987 --json
//! ```
//!
//! The JSON is written by hand (a few escapes) so that the example needs no JSON crate.

use std::io::{self, BufRead, Write};
use std::process::ExitCode;

#[path = "support/document.rs"]
mod document;

use bangla_date::digits::to_ascii_digits;
use bangla_date::format::{Format, Preset};
use bangla_date::parse::{Match, Parser, Relative, Role, WrittenDate, YearResolution};
use bangla_date::{BanglaDate, Error, Rule, weekday_bengali};
use chrono::{FixedOffset, NaiveDate, NaiveDateTime};

const HELP: &str = "\
convert: read the dates and times in Bengali text; convert Bangabda (বঙ্গাব্দ) ⇄ Gregorian

USAGE:
    convert [OPTIONS] \"TEXT\"            print every date/time expression in TEXT
    convert --json [OPTIONS] [\"TEXT\"]   the same as one JSON object; with no TEXT, read standard
                                        input line by line and print one JSON object per line
    convert --document [--json] [OPTIONS] < article.txt
                                        read all of standard input as one text: every mention in
                                        order, each anchored (give --reference: the publication)
    convert --to-bangla DATE [--rule RULE] [--json]
    convert --to-gregorian \"D MONTH YYYY\" [--rule RULE] [--json]
    convert --format PRESET_OR_PATTERN DATE_OR_DATETIME [--rule RULE]

OPTIONS:
    --rule RULE        bd2019 (Bangladesh 2019 revision), bd1987 (Bangla Academy rule before it),
                       bd (historical: bd1987 up to 1425, bd2019 from 1426; the default),
                       wb-drik (West Bengal, drikpanchang), wb-drik-plain (the same Sun, Bengal
                       rule applied literally at midnight), wb-ss (West Bengal, Surya Siddhanta;
                       the West Bengal rules cover Bangabda 1206-1607 and read text in Kolkata
                       time), or infer (text only: take the rule from the Gregorian date written
                       beside a Bangabda date)
    --tz OFFSET        time zone of clock times in the text: +06:00 (default, Asia/Dhaka),
                       +05:30 (Asia/Kolkata), Asia/Dhaka, Asia/Kolkata, UTC, or any ±HH:MM
    --reference WHEN   the moment the text was written, YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS]
                       (local time): resolves আজ, গতকাল, গত শনিবার, ১৮ মিনিট আগে and dates
                       written without a year (the year chosen is flagged year-inferred)
    --years HOW        nearest (default), past (news), or future (notices): how a yearless date
                       takes its year from the reference
    --to-bangla DATE   print the Bangabda date of a Gregorian ISO date (either digit set)
    --to-gregorian T   print the Gregorian ISO date of a Bangabda date: `১৯ পৌষ ১৪৩২`,
                       `19 Poush 1432`, `১৯ পৌষ ১৪৩২ বঙ্গাব্দ`
    --format F         print DATE_OR_DATETIME (YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS], either digit
                       set) in Bengali: a preset (header, byline, dateline, bangla) or a pattern
                       of directives (%d %B %Y, %-Ed %EB %EY, %I:%M %p …; see the format module
                       docs). The Bangabda part follows --rule.
    --json             print JSON. For text: {\"input\": …, \"matches\": [{\"start\", \"end\",
                       \"text\", \"date\", \"year\", \"month\", \"day\", \"time\", \"datetime\",
                       \"bangla\", \"hijri\", \"saka\", \"weekday\", \"role\", \"relative\",
                       \"approximate\", \"warnings\"}, …]}
                       and \"error\" when part of the line is invalid. For --to-bangla and
                       --to-gregorian: {\"gregorian\": \"2026-01-02\", \"bangla\": {\"day\": 18,
                       \"month\": 9, \"year\": 1432, \"rule\": \"bd2019\"}, \"text\": \"১৮ পৌষ ১৪৩২ বঙ্গাব্দ\"}
    -h, --help         print this help

Invalid input exits with status 1 and the error on standard error; bad usage exits with 2.
In batch mode (--json with no TEXT) every line yields an object and the exit status is 0.
";

enum Mode {
    Text(Option<String>),
    Document,
    /// A preset or pattern, and the date or datetime to print (given as the positional TEXT).
    Format(String, String),
    ToBangla(String),
    ToGregorian(String),
}

struct Args {
    mode: Mode,
    parser: Parser,
    rule: Rule,
    json: bool,
}

fn parse_offset(s: &str) -> Result<FixedOffset, String> {
    let secs = match s {
        "Asia/Dhaka" => 6 * 3600,
        "Asia/Kolkata" | "Asia/Calcutta" => 5 * 3600 + 1800,
        "UTC" | "Z" => 0,
        _ => {
            let ascii = to_ascii_digits(s);
            let (sign, rest) = match ascii.as_bytes().first() {
                Some(b'+') => (1, &ascii[1..]),
                Some(b'-') => (-1, &ascii[1..]),
                _ => {
                    return Err(format!("invalid --tz `{s}` (expected ±HH:MM or a zone name)"));
                }
            };
            let (h, m) = rest.split_once(':').unwrap_or((rest, "0"));
            let (h, m): (i32, i32) = match (h.parse(), m.parse()) {
                (Ok(h), Ok(m)) if h <= 23 && m <= 59 => (h, m),
                _ => return Err(format!("invalid --tz `{s}` (expected ±HH:MM with HH ≤ 23)")),
            };
            sign * (h * 3600 + m * 60)
        }
    };
    FixedOffset::east_opt(secs).ok_or_else(|| format!("invalid --tz `{s}`"))
}

fn parse_reference(s: &str) -> Result<NaiveDateTime, String> {
    let ascii = to_ascii_digits(s.trim());
    if let Ok(d) = ascii.parse::<NaiveDate>() {
        return d.and_hms_opt(0, 0, 0).ok_or_else(|| format!("invalid --reference `{s}`"));
    }
    for format in ["%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M"] {
        if let Ok(dt) = NaiveDateTime::parse_from_str(&ascii, format) {
            return Ok(dt);
        }
    }
    Err(format!("invalid date or time `{s}` (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS])"))
}

fn parse_args() -> Result<Option<Args>, String> {
    let mut mode = None;
    let mut text = None;
    let mut parser = Parser::new();
    let mut rule = Rule::default();
    let mut json = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or_else(|| format!("{name} needs a value"));
        match arg.as_str() {
            "-h" | "--help" => return Ok(None),
            "--to-bangla" => mode = Some(Mode::ToBangla(value("--to-bangla")?)),
            "--to-gregorian" => mode = Some(Mode::ToGregorian(value("--to-gregorian")?)),
            "--format" => mode = Some(Mode::Format(value("--format")?, String::new())),
            "--rule" => match value("--rule")?.as_str() {
                "infer" => parser = parser.infer_rule(),
                name => {
                    rule = name.parse().map_err(|e: Error| e.to_string())?;
                    parser = parser.rule(rule);
                }
            },
            "--tz" => parser = parser.offset(parse_offset(&value("--tz")?)?),
            "--reference" => parser = parser.reference(parse_reference(&value("--reference")?)?),
            "--years" => {
                let how = match value("--years")?.as_str() {
                    "nearest" => YearResolution::Nearest,
                    "past" => YearResolution::Past,
                    "future" => YearResolution::Future,
                    other => {
                        return Err(format!(
                            "invalid --years `{other}` (expected nearest, past or future)"
                        ));
                    }
                };
                parser = parser.year_resolution(how);
            }
            "--json" => json = true,
            "--document" => mode = Some(Mode::Document),
            other if other.starts_with("--") => return Err(format!("unknown option `{other}`")),
            other if text.is_none() => text = Some(other.to_owned()),
            other => return Err(format!("unexpected argument `{other}` (quote the text)")),
        }
    }
    let mode = match (mode, text) {
        (Some(Mode::Format(f, _)), Some(t)) => Mode::Format(f, t),
        (Some(Mode::Format(..)), None) => return Err("--format needs a DATE_OR_DATETIME".into()),
        (Some(m), None) => m,
        (Some(_), Some(t)) => return Err(format!("unexpected argument `{t}`")),
        (None, Some(t)) => Mode::Text(Some(t)),
        (None, None) if json => Mode::Text(None),
        (None, None) => return Err("expected TEXT, --json, --to-bangla or --to-gregorian".into()),
    };
    Ok(Some(Args { mode, parser, rule, json }))
}

/// A JSON string literal.
fn js(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn opt<T>(v: Option<T>, f: impl FnOnce(T) -> String) -> String {
    v.map_or_else(|| "null".to_owned(), f)
}

fn bangla_json(date: BanglaDate) -> String {
    format!(
        "{{\"gregorian\": \"{}\", \"bangla\": {{\"day\": {}, \"month\": {}, \"year\": {}, \"rule\": \"{}\"}}, \"text\": {}}}",
        date.to_gregorian(),
        date.day(),
        date.month().number(),
        date.year(),
        date.rule(),
        js(&date.to_string())
    )
}

fn role_name(role: Role) -> &'static str {
    match role {
        Role::RangeStart => "range-start",
        Role::RangeEnd => "range-end",
        Role::ListItem => "list-item",
        Role::From => "from",
        Role::Until => "until",
        _ => "single",
    }
}

fn relative_json(r: Relative) -> String {
    match r {
        Relative::Day { offset } => format!("{{\"days\": {offset}}}"),
        Relative::Weekday { direction, weekday } => {
            format!("{{\"direction\": {direction}, \"weekday\": \"{weekday}\"}}")
        }
        Relative::Offset { amount, unit } => {
            format!("{{\"amount\": {amount}, \"unit\": \"{unit:?}\"}}")
        }
        _ => "null".to_owned(),
    }
}

fn written_json(w: WrittenDate) -> String {
    format!(
        "{{\"day\": {}, \"month\": {}, \"year\": {}}}",
        w.day,
        w.month,
        opt(w.year, |y| y.to_string())
    )
}

fn match_json(m: &Match, text: &str) -> String {
    let warnings: Vec<String> = m
        .warnings
        .iter()
        .map(|w| format!("{{\"code\": {}, \"message\": {}}}", js(w.code()), js(&w.to_string())))
        .collect();
    format!(
        "{{\"start\": {}, \"end\": {}, \"text\": {}, \"date\": {}, \"year\": {}, \"month\": {}, \"day\": {}, \"time\": {}, \"datetime\": {}, \"bangla\": {}, \"hijri\": {}, \"saka\": {}, \"weekday\": {}, \"role\": \"{}\", \"relative\": {}, \"approximate\": {}, \"warnings\": [{}]}}",
        m.span.start,
        m.span.end,
        js(m.text(text)),
        opt(m.date, |d| format!("\"{d}\"")),
        opt(m.year, |v| v.to_string()),
        opt(m.month, |v| v.to_string()),
        opt(m.day, |v| v.to_string()),
        opt(m.time, |t| format!("\"{}\"", t.format("%H:%M:%S"))),
        opt(m.datetime, |d| format!("\"{}\"", d.to_rfc3339())),
        opt(m.bangla, |b| format!(
            "{{\"day\": {}, \"month\": {}, \"year\": {}, \"rule\": {}}}",
            b.day,
            b.month.number(),
            opt(b.year, |y| y.to_string()),
            opt(b.rule, |r| format!("\"{r}\""))
        )),
        opt(m.hijri, written_json),
        opt(m.saka, written_json),
        opt(m.weekday, |w| format!("\"{w}\"")),
        role_name(m.role),
        opt(m.relative, relative_json),
        m.approximate,
        warnings.join(", ")
    )
}

fn error_json(e: &Error) -> String {
    let span = e.span();
    format!(
        "{{\"message\": {}, \"start\": {}, \"end\": {}}}",
        js(&e.to_string()),
        opt(span.clone(), |s| s.start.to_string()),
        opt(span, |s| s.end.to_string())
    )
}

/// One input line (or TEXT) as a JSON object; never fails.
fn line_json(parser: &Parser, line: &str) -> String {
    let mut matches = Vec::new();
    let mut error = None;
    for item in parser.extract(line) {
        match item {
            Ok(m) => matches.push(match_json(&m, line)),
            Err(e) => {
                error.get_or_insert(e);
            }
        }
    }
    let error = error.map_or(String::new(), |e| format!(", \"error\": {}", error_json(&e)));
    format!("{{\"input\": {}, \"matches\": [{}]{error}}}", js(line), matches.join(", "))
}

fn print_text(parser: &Parser, text: &str) -> Result<String, String> {
    let mut out = String::new();
    let mut errors = Vec::new();
    for item in parser.extract(text) {
        let m = match item {
            Ok(m) => m,
            Err(e) => {
                errors.push(e.to_string());
                continue;
            }
        };
        out.push_str(&format!("{}..{}  {}\n", m.span.start, m.span.end, m.text(text)));
        if let Some(dt) = m.datetime {
            out.push_str(&format!("    datetime  {}\n", dt.to_rfc3339()));
        } else {
            match (m.date, m.month, m.day) {
                (Some(d), ..) => out.push_str(&format!("    date      {d}\n")),
                (None, Some(mo), Some(d)) => {
                    out.push_str(&format!("    date      ????-{mo:02}-{d:02} (no year)\n"))
                }
                (None, Some(mo), None) => match m.year {
                    Some(y) => out.push_str(&format!("    month     {y}-{mo:02}\n")),
                    None => out.push_str(&format!("    month     ????-{mo:02} (no year)\n")),
                },
                _ => {}
            }
            if let Some(t) = m.time {
                out.push_str(&format!("    time      {t}\n"));
            }
        }
        if let Some(w) = m.weekday {
            out.push_str(&format!("    weekday   {} ({w})\n", weekday_bengali(w)));
        }
        if let Some(b) = m.bangla {
            let year = b.year.map_or(String::new(), |y| format!(" {y}"));
            let rule = match (b.rule, m.date) {
                (Some(r), _) => format!(" (rule {r})"),
                (None, Some(_)) => " (no rule gives this date)".to_owned(),
                (None, None) => String::new(),
            };
            out.push_str(&format!("    bangabda  {} {}{year}{rule}\n", b.day, b.month.roman()));
        }
        if let Some(h) = m.hijri {
            let year = h.year.map_or(String::new(), |y| format!("-{y}"));
            out.push_str(&format!(
                "    hijri     day {} month {}{year} (as written)\n",
                h.day, h.month
            ));
        }
        if let Some(s) = m.saka {
            let year = s.year.map_or(String::new(), |y| format!(" {y}"));
            out.push_str(&format!(
                "    saka      {} / {}{year} (Indian national calendar)\n",
                s.day, s.month
            ));
        }
        if m.role != Role::Single {
            out.push_str(&format!("    role      {}\n", role_name(m.role)));
        }
        for w in &m.warnings {
            out.push_str(&format!("    warning   {}: {w}\n", w.code()));
        }
    }
    if !errors.is_empty() {
        print!("{out}");
        return Err(errors.join("\n"));
    }
    if out.is_empty() {
        return Err("no date or time found".into());
    }
    Ok(out.trim_end().to_owned())
}

/// Print a date or datetime with a preset or a pattern.
fn format_value(pattern: &str, value: &str, rule: Rule) -> Result<String, String> {
    let format = match pattern.parse::<Preset>() {
        Ok(preset) => preset.format(),
        Err(_) => pattern.parse::<Format>().map_err(|e| e.to_string())?,
    }
    .rule(rule);
    let ascii = to_ascii_digits(value.trim());
    let out = if let Ok(d) = ascii.parse::<NaiveDate>() {
        format.format(d)
    } else {
        let dt = parse_reference(value)?;
        format.format(dt)
    };
    out.map_err(|e| e.to_string())
}

fn run(args: &Args) -> Result<String, String> {
    let date = match &args.mode {
        Mode::Format(pattern, value) => return format_value(pattern, value, args.rule),
        Mode::Text(Some(text)) if args.json => return Ok(line_json(&args.parser, text)),
        Mode::Text(Some(text)) => return print_text(&args.parser, text),
        Mode::Document => {
            let mut text = String::new();
            io::Read::read_to_string(&mut io::stdin(), &mut text).map_err(|e| e.to_string())?;
            return Ok(document::document(&args.parser, &text, args.json));
        }
        Mode::Text(None) => {
            let stdin = io::stdin();
            let mut input = stdin.lock();
            let stdout = io::stdout();
            let mut out = stdout.lock();
            // One reused buffer: constant memory whatever the input's length.
            let mut buf = Vec::new();
            loop {
                buf.clear();
                let n = input
                    .read_until(b'\n', &mut buf)
                    .map_err(|e| format!("reading standard input: {e}"))?;
                if n == 0 {
                    break;
                }
                let bytes = buf.strip_suffix(b"\n").unwrap_or(&buf);
                let bytes = bytes.strip_suffix(b"\r").unwrap_or(bytes);
                let json = match std::str::from_utf8(bytes) {
                    Ok(line) => line_json(&args.parser, line),
                    // A line that is not UTF-8 still gets its object.
                    Err(e) => format!(
                        "{{\"input\": {}, \"matches\": [], \"error\": {{\"message\": {}, \"start\": {}, \"end\": {}}}}}",
                        js(&String::from_utf8_lossy(bytes)),
                        js("line is not valid UTF-8"),
                        e.valid_up_to(),
                        e.valid_up_to() + e.error_len().unwrap_or(1)
                    ),
                };
                writeln!(out, "{json}").and_then(|()| out.flush()).map_err(|e| e.to_string())?;
            }
            return Ok(String::new());
        }
        Mode::ToBangla(iso) => {
            let iso = to_ascii_digits(iso);
            let g: NaiveDate =
                iso.trim().parse().map_err(|e| format!("invalid date `{iso}`: {e}"))?;
            BanglaDate::from_gregorian(g, args.rule).map_err(|e| e.to_string())?
        }
        Mode::ToGregorian(text) => {
            let m = args.parser.parse(text).map_err(|e| e.to_string())?;
            let b = m.bangla.ok_or_else(|| {
                format!("`{text}` is not a Bangabda date (expected D MONTH YYYY)")
            })?;
            let year =
                b.year.ok_or_else(|| format!("`{text}` has no year (expected D MONTH YYYY)"))?;
            BanglaDate::new(year, b.month, b.day, args.rule).map_err(|e| e.to_string())?
        }
    };
    Ok(match (&args.mode, args.json) {
        (_, true) => bangla_json(date),
        (Mode::ToBangla(_), false) => date.to_string(),
        _ => date.to_gregorian().to_string(),
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
        Ok(out) if out.is_empty() => ExitCode::SUCCESS,
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
