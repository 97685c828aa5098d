//! Read the dates and times in Bengali text, or convert one date between the calendars.
//!
//! ```text
//! convert "০৫:৪১ অপরাহ্ন, শুক্রবার, ০২ জানুয়ারী ২০২৬, ১৯ পৌষ ১৪৩২ বঙ্গাব্দ"
//! convert --json < lines.txt            # JSON Lines, one object per input line
//! convert --json --stream < dump.txt    # the whole input as one text, one object per match
//! convert --to-bangla 2026-01-02 --rule=bd2019
//! convert --to-gregorian "১৯ পৌষ ১৪৩২" --rule bd1987 --json
//! ```
//!
//! JSON is written by serde_json from the library's own serde form of [`Match`] (the `serde`
//! feature), so the example prints exactly what a Rust caller serializing a match gets.
//! Arguments are read by lexopt: it reads `--rule=bd2019` and `--rule bd2019` alike, hands out
//! arguments as `OsString` so a non-UTF-8 argument is an error message rather than a panic, and
//! adds no dependencies of its own (clap would add a dozen crates and its own help layout).

use std::ffi::OsString;
use std::io::{self, BufRead, BufWriter, IsTerminal, Write};
use std::process::ExitCode;

#[path = "support/document.rs"]
mod document;

use bangla_date::digits::to_ascii_digits;
use bangla_date::format::{Format, Preset};
use bangla_date::parse::{Match, Parser, Role, YearResolution, Zone};
use bangla_date::{BanglaDate, Error, Rule, weekday_bengali};
use chrono::{NaiveDate, NaiveDateTime};
use serde::Serialize;

const HELP: &str = "\
convert: read the dates and times in Bengali text; convert Bangabda (বঙ্গাব্দ) ⇄ Gregorian

USAGE:
    convert [OPTIONS] \"TEXT\"            print every date/time expression in TEXT
    convert --json [OPTIONS] [\"TEXT\"]   the same as one JSON object; with no TEXT, read standard
                                        input line by line and print one JSON object per line
    convert --document [--json [--stream]] [OPTIONS] < article.txt
                                        read all of standard input as one document: every mention
                                        in order, each anchored (give --reference: the publication);
                                        with --stream, one JSON object per mention as it is read,
                                        in constant memory
    convert --json --stream [OPTIONS]   read standard input as one text (not line by line), in
                                        constant memory, and print one JSON object per match
    convert --to-bangla DATE [--rule RULE] [--json]
    convert --to-gregorian \"D MONTH YYYY\" [--rule RULE] [--json]
    convert --format PRESET_OR_PATTERN DATE_OR_DATETIME [--rule RULE]

OPTIONS (a value may follow as the next argument or after `=`: --rule=bd2019):
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
    --json             print JSON (UTF-8, Bengali unescaped), one object per line:
                         TEXT or a line:  {\"input\": TEXT, \"matches\": [MATCH, …]} and, when part
                                          of it is invalid, \"error\": ERROR (the first one)
                         --stream:        MATCH for each match, or {\"error\": ERROR}
                         --to-bangla, --to-gregorian:
                                          {\"gregorian\": \"2026-01-02\", \"bangla\": {\"year\": 1432,
                                          \"month\": 9, \"day\": 18, \"rule\": \"bd2019\"},
                                          \"text\": \"১৮ পৌষ ১৪৩২ বঙ্গাব্দ\"}
                       MATCH is the serde form of bangla_date::parse::Match: {\"span\": {\"start\",
                       \"end\"} (byte offsets into the input, or into the whole stream),
                       \"date\": \"2026-01-02\", \"year\", \"month\", \"day\", \"time\": \"17:41:00\",
                       \"datetime\": \"2026-01-02T17:41:00+06:00\", \"weekday\": \"Fri\", \"period\",
                       \"bangla\": {\"day\", \"month\", \"year\", \"rule\"}, \"hijri\", \"saka\",
                       \"relative\": {\"kind\": \"day\", \"offset\": -1} …, \"role\": \"single\",
                       \"approximate\", \"warnings\": [{\"kind\": \"weekday-mismatch\", …}]}; fields
                       not known are null. ERROR is {\"message\", \"span\": {\"start\", \"end\"} or
                       null}.
    --stream           with --json: read standard input as one text (see above)
    --line-buffered    flush the output after every line (see OUTPUT)
    --count            print only the number of matches (with or instead of --json; TEXT, lines
                       or --stream): bare extraction, to measure what the JSON costs
    -h, --help         print this help

OUTPUT: output is buffered and written in large blocks, flushed at the end; it is flushed after
every line when standard output is a terminal or --line-buffered is given (use it when another
program reads the output line by line as it comes, e.g. `tail -f log | convert --json
--line-buffered`).

Invalid input exits with status 1 and the error on standard error; bad usage (including an
argument that is not UTF-8) exits with 2. In batch and stream modes every line or match yields an
object and the exit status is 0, unless standard input cannot be read (1).
";

enum Mode {
    Text(Option<String>),
    /// Standard input as one text.
    Stream,
    /// `--document`: standard input as one document, read by `Parser::read_document`.
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
    output: Output,
    line_buffered: bool,
    /// `--stream`: standard input as one text read in constant memory.
    stream: bool,
}

/// What to print for text.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Output {
    /// One block per match, for people.
    Human,
    /// `--json`.
    Json,
    /// `--count`: the number of matches only (measures extraction without printing).
    Count,
}

/// `--tz`: an IANA name (with its history) or an offset, in either digit set.
fn parse_zone(s: &str) -> Result<Zone, String> {
    to_ascii_digits(s).parse::<Zone>().map_err(|e| format!("invalid --tz: {e}"))
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

fn parse_args(args: impl IntoIterator<Item = OsString>) -> Result<Option<Args>, String> {
    use lexopt::prelude::*;

    let mut mode = None;
    let mut text = None;
    let mut parser = Parser::new();
    let mut rule = Rule::default();
    let (mut json, mut stream, mut count, mut line_buffered) = (false, false, false, false);
    let mut args = lexopt::Parser::from_args(args);
    while let Some(arg) = args.next().map_err(|e| e.to_string())? {
        match arg {
            Short('h') | Long("help") => return Ok(None),
            Long("to-bangla") => mode = Some(Mode::ToBangla(value(&mut args)?)),
            Long("to-gregorian") => mode = Some(Mode::ToGregorian(value(&mut args)?)),
            Long("format") => mode = Some(Mode::Format(value(&mut args)?, String::new())),
            Long("rule") => match value(&mut args)?.as_str() {
                "infer" => parser = parser.infer_rule(),
                name => {
                    rule = name.parse().map_err(|e: Error| e.to_string())?;
                    parser = parser.rule(rule);
                }
            },
            Long("tz") => parser = parser.zone(parse_zone(&value(&mut args)?)?),
            Long("reference") => parser = parser.reference(parse_reference(&value(&mut args)?)?),
            Long("years") => {
                let how = match value(&mut args)?.as_str() {
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
            Long("json") => json = true,
            Long("stream") => stream = true,
            Long("document") => mode = Some(Mode::Document),
            Long("count") => count = true,
            Long("line-buffered") => line_buffered = true,
            Value(v) if text.is_none() => text = Some(text_of(v)?),
            Value(v) => {
                let v = v.to_string_lossy().into_owned();
                return Err(format!("unexpected argument `{v}` (quote the text)"));
            }
            other => return Err(other.unexpected().to_string()),
        }
    }
    let mode = match (mode, text) {
        (Some(Mode::Format(f, _)), Some(t)) => Mode::Format(f, t),
        (Some(Mode::Format(..)), None) => return Err("--format needs a DATE_OR_DATETIME".into()),
        (Some(m), None) => m,
        (Some(_), Some(t)) => return Err(format!("unexpected argument `{t}`")),
        (None, Some(_)) if stream => return Err("--stream reads standard input, not TEXT".into()),
        (None, Some(t)) => Mode::Text(Some(t)),
        (None, None) if stream && (json || count) => Mode::Stream,
        (None, None) if stream => return Err("--stream needs --json".into()),
        (None, None) if json || count => Mode::Text(None),
        (None, None) => return Err("expected TEXT, --json, --to-bangla or --to-gregorian".into()),
    };
    let output = if count {
        Output::Count
    } else if json {
        Output::Json
    } else {
        Output::Human
    };
    Ok(Some(Args { mode, parser, rule, output, line_buffered, stream }))
}

/// An argument as UTF-8 text (an error, not a panic, when it is not).
fn text_of(v: OsString) -> Result<String, String> {
    lexopt::ValueExt::string(v).map_err(|e| e.to_string())
}

/// The value of the option just read (`--rule bd2019` or `--rule=bd2019`).
fn value(args: &mut lexopt::Parser) -> Result<String, String> {
    args.value().map_err(|e| e.to_string()).and_then(text_of)
}

/// An error as JSON: its message and the span it points at.
#[derive(Serialize)]
struct ErrorJson {
    message: String,
    span: Option<std::ops::Range<usize>>,
}

impl From<&Error> for ErrorJson {
    fn from(e: &Error) -> ErrorJson {
        ErrorJson { message: e.to_string(), span: e.span() }
    }
}

/// One TEXT or input line: what was read and the matches in it.
#[derive(Serialize)]
struct TextJson<'a> {
    input: &'a str,
    matches: &'a [Match],
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<ErrorJson>,
}

/// `--stream`: an error in place of a match.
#[derive(Serialize)]
struct StreamErrorJson {
    error: ErrorJson,
}

/// `--to-bangla` and `--to-gregorian`.
#[derive(Serialize)]
struct ConvertedJson {
    gregorian: NaiveDate,
    bangla: BanglaDate,
    text: String,
}

/// Where results go: a buffer over standard output, flushed per line only when asked.
struct Out {
    inner: BufWriter<io::StdoutLock<'static>>,
    line_buffered: bool,
}

impl Out {
    fn new(line_buffered: bool) -> Out {
        let stdout = io::stdout();
        let line_buffered = line_buffered || stdout.is_terminal();
        Out { inner: BufWriter::with_capacity(64 * 1024, stdout.lock()), line_buffered }
    }

    /// One JSON value and a newline.
    fn json(&mut self, value: &impl Serialize) -> Result<(), String> {
        serde_json::to_writer(&mut self.inner, value).map_err(|e| e.to_string())?;
        self.end_line()
    }

    fn line(&mut self, text: &str) -> Result<(), String> {
        self.inner.write_all(text.as_bytes()).map_err(|e| e.to_string())?;
        self.end_line()
    }

    fn end_line(&mut self) -> Result<(), String> {
        self.inner.write_all(b"\n").map_err(|e| e.to_string())?;
        if self.line_buffered { self.flush() } else { Ok(()) }
    }

    fn flush(&mut self) -> Result<(), String> {
        self.inner.flush().map_err(|e| format!("writing standard output: {e}"))
    }
}

/// The matches of one text into `matches` (cleared first), and the first error.
fn extract_into(parser: &Parser, text: &str, matches: &mut Vec<Match>) -> Option<Error> {
    matches.clear();
    let mut error = None;
    for item in parser.extract(text) {
        match item {
            Ok(m) => matches.push(m),
            Err(e) => {
                error.get_or_insert(e);
            }
        }
    }
    error
}

/// `--json` with no TEXT: one object per line of standard input, in constant memory.
fn json_lines(parser: &Parser, output: Output, out: &mut Out) -> Result<(), String> {
    let stdin = io::stdin();
    let mut input = stdin.lock();
    // Buffers reused from line to line.
    let mut buf = Vec::new();
    let mut matches = Vec::new();
    let mut total = 0usize;
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
        let (lossy, error);
        let line = match std::str::from_utf8(bytes) {
            Ok(line) => {
                error = extract_into(parser, line, &mut matches);
                line
            }
            // A line that is not UTF-8 still gets its object: the library reports the bad bytes
            // (spans count the raw bytes; the input is shown with U+FFFD in their place).
            Err(_) => {
                matches.clear();
                let mut first_error = None;
                for item in parser.extract_reader(bytes) {
                    match item {
                        Ok(m) => matches.push(m),
                        Err(e) => {
                            first_error.get_or_insert(e);
                        }
                    }
                }
                error = first_error;
                lossy = String::from_utf8_lossy(bytes);
                &lossy
            }
        };
        match output {
            Output::Count => total += matches.len(),
            _ => out.json(&TextJson {
                input: line,
                matches: &matches,
                error: error.as_ref().map(ErrorJson::from),
            })?,
        }
    }
    if output == Output::Count {
        out.line(&total.to_string())?;
    }
    Ok(())
}

/// `--json --stream`: standard input as one text, one object per match, in constant memory.
fn json_stream(parser: &Parser, output: Output, out: &mut Out) -> Result<(), String> {
    let mut total = 0usize;
    for item in parser.extract_reader(io::stdin().lock()) {
        match (item, output) {
            (Err(e), _) if matches!(e.kind(), bangla_date::ErrorKind::Io { .. }) => {
                return Err(e.to_string());
            }
            (Ok(_), Output::Count) => total += 1,
            (Err(_), Output::Count) => {}
            (Ok(m), _) => out.json(&m)?,
            (Err(e), _) => out.json(&StreamErrorJson { error: ErrorJson::from(&e) })?,
        }
    }
    if output == Output::Count {
        out.line(&total.to_string())?;
    }
    Ok(())
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
            out.push_str(&format!("    role      {}\n", m.role.code()));
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
        Ok(preset) => Format::preset(preset),
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

fn run(args: &Args, out: &mut Out) -> Result<(), String> {
    let date = match &args.mode {
        Mode::Format(pattern, value) => return out.line(&format_value(pattern, value, args.rule)?),
        Mode::Text(None) => return json_lines(&args.parser, args.output, out),
        Mode::Stream => return json_stream(&args.parser, args.output, out),
        Mode::Document => {
            let json = args.output != Output::Human;
            let printed = document::document(&args.parser, json, args.stream)?;
            if printed.is_empty() {
                return Ok(());
            }
            return out.line(&printed);
        }
        Mode::Text(Some(text)) if args.output == Output::Human => {
            return out.line(&print_text(&args.parser, text)?);
        }
        Mode::Text(Some(text)) => {
            let mut matches = Vec::new();
            let error = extract_into(&args.parser, text, &mut matches);
            if args.output == Output::Count {
                return out.line(&matches.len().to_string());
            }
            let error = error.as_ref().map(ErrorJson::from);
            return out.json(&TextJson { input: text, matches: &matches, error });
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
    match (&args.mode, args.output) {
        (_, Output::Json) => out.json(&ConvertedJson {
            gregorian: date.to_gregorian(),
            bangla: date,
            text: date.to_string(),
        }),
        (Mode::ToBangla(_), _) => out.line(&date.to_string()),
        _ => out.line(&date.to_gregorian().to_string()),
    }
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args_os().skip(1)) {
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
    let mut out = Out::new(args.line_buffered);
    let result = run(&args, &mut out);
    // Whatever was written before a failure is still delivered.
    let flushed = out.flush();
    match result.and(flushed) {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("convert: {msg}");
            ExitCode::FAILURE
        }
    }
}
