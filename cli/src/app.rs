//! The command-line tool: read the dates and times in Bengali text, or convert one date between
//! the calendars.
//!
//! ```text
//! bangla-date "০৫:৪১ অপরাহ্ন, শুক্রবার, ০২ জানুয়ারী ২০২৬, ১৯ পৌষ ১৪৩২ বঙ্গাব্দ"
//! bangla-date --json < lines.txt            # JSON Lines, one object per input line
//! bangla-date --json --stream < dump.txt    # the whole input as one text, one object per match
//! bangla-date --to-bangla 2026-01-02 --rule=bd2019
//! bangla-date --to-gregorian "১৯ পৌষ ১৪৩২" --rule bd1987 --json
//! ```
//!
//! This file is the one implementation of the tool. Two programs include it and call [`main`]
//! with their own name: the `bangla-date` binary of the `bangla-date-cli` package
//! (`cli/src/main.rs`, what `cargo install` gives) and the library's `convert` example
//! (`examples/convert.rs`, `cargo run --features serde --example convert`), which needs nothing
//! but the library's checkout.
//!
//! JSON is written by serde_json from the library's own serde form of [`Match`] (the `serde`
//! feature), so the tool prints exactly what a Rust caller serializing a match gets.
//! Arguments are read by lexopt: it reads `--rule=bd2019` and `--rule bd2019` alike, hands out
//! arguments as `OsString` so a non-UTF-8 argument is an error message rather than a panic, and
//! adds no dependencies of its own (clap would add a dozen crates and its own help layout).

use std::cell::RefCell;
use std::ffi::OsString;
use std::io::{self, BufRead, BufWriter, IsTerminal, Write};
use std::ops::Range;
use std::process::ExitCode;
use std::rc::Rc;

// `#[path]`, so that the file is found from the example that includes this one too.
#[path = "document.rs"]
mod document;

use bangla_date::digits::to_ascii_digits;
use bangla_date::format::Format;
use bangla_date::parse::{Match, Parser, Relative, Role, RuleChoice, YearResolution, Zone};
use bangla_date::{BanglaDate, Error, Rule, weekday_bengali};
use chrono::{NaiveDate, NaiveDateTime};
use serde::Serialize;

/// The help, with `PROG` standing for the program's name.
const HELP: &str = "\
PROG: read the dates and times in Bengali text; convert Bangabda (বঙ্গাব্দ) ⇄ Gregorian

USAGE:
    PROG [OPTIONS] \"TEXT\"
        print every date/time expression in TEXT, with its position in characters
    PROG --json [OPTIONS] [\"TEXT\"]
        the same as one JSON object; with no TEXT, read standard input line by line and
        print one JSON object per line
    PROG --document [--json] [--stream] [OPTIONS] < article.txt
        read all of standard input as one document: every mention in order, each anchored
        (give --reference: the publication); with --stream, one JSON object per mention as
        soon as it is anchored, in constant memory
    PROG --json --stream [OPTIONS]
        read standard input as one text (not line by line), in constant memory, and print
        one JSON object per match
    PROG --to-bangla DATE [--rule RULE] [--json]
    PROG --to-gregorian \"D MONTH YYYY\" [--rule RULE] [--json]
    PROG --format PRESET_OR_PATTERN DATE_OR_DATETIME [--rule RULE]

OPTIONS (a value may follow as the next argument or after `=`: --rule=bd2019):
    --rule RULE        bd2019 (Bangladesh 2019 revision), bd1987 (Bangla Academy rule before it),
                       bd (historical: bd1987 up to 1425, bd2019 from 1426; the default),
                       wb-drik (West Bengal, drikpanchang), wb-drik-plain (the same Sun, Bengal
                       rule applied literally at midnight), wb-ss (West Bengal, Surya Siddhanta;
                       the West Bengal rules cover Bangabda 1206-1607 and read text in Kolkata
                       time), or infer (text only: take the rule from the Gregorian date written
                       beside a Bangabda date)
    --tz ZONE          time zone of clock times in the text: an IANA name with its history
                       (Asia/Dhaka, the default; Asia/Kolkata, the default for West Bengal
                       dates; any other, such as America/New_York or Europe/London), UTC, or
                       an offset such as +06:00
    --reference WHEN   the moment the text was written, YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS]
                       (local time): resolves আজ, গতকাল, গত শনিবার, ১৮ মিনিট আগে and dates
                       written without a year (the year chosen is flagged year-inferred);
                       without it they keep no date, and a hint says so on standard error.
                       YYYY-MM: only the month is known; a date counted from the day of
                       writing is then flagged date-from-reference
    --read-on DAY      the day the text is read, YYYY-MM-DD (default: today, by this machine's
                       clock): without --reference, a weekday written beside a yearless date
                       (`শুক্রবার (৭ এপ্রিল)`) takes the latest year that day falls on it, up to
                       30 days after DAY, flagged date-from-reference
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
                         --document:      {\"mentions\": [MENTION, …], \"errors\": [ERROR, …]}
                         --document --stream:
                                          MENTION for each mention, or {\"error\": ERROR}
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
                       not known are null. MENTION is the serde form of
                       bangla_date::parse::Mention (\"start\", \"end\", \"kind\", \"value\",
                       \"date\", \"datetime\", \"anchor\", \"assumptions\", \"warnings\" …) and
                       its \"text\". ERROR is the serde form of bangla_date::Error, {\"kind\":
                       \"day-out-of-range\", \"message\", \"span\": {\"start\", \"end\"}}, and
                       \"char_span\": {\"start\", \"end\"}: the same place in bytes and in
                       characters (Unicode code points, as Python and most editors count them),
                       both null when the error is not about a place in the text.
    --stream           with --json: read standard input as one text (see above)
    --line-buffered    flush the output after every line (see OUTPUT)
    --count            print only the number of matches (with or instead of --json; TEXT, lines
                       or --stream): bare extraction, to measure what the JSON costs
    -h, --help         print this help
    -V, --version      print the version

OUTPUT: without --json, each match is a block that starts with its place in the text in
columns (characters, counted from 1: `col 1-12`, or `line 2, col 5-9` in text of several
lines). Output is buffered and written in large blocks, flushed at the end; it is flushed after
every line when standard output is a terminal or --line-buffered is given (use it when another
program reads the output line by line as it comes, e.g. `tail -f log | PROG --json
--line-buffered`).

Invalid input exits with status 1 and the error on standard error, with its place in columns;
bad usage (including an argument that is not UTF-8) exits with 2 and a one-line message. In
batch and stream modes every line or match yields an object and the exit status is 0, unless
standard input cannot be read (1).
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
    /// Whether `--reference` was given (without it, relative and yearless text stays dateless).
    reference: bool,
    rule: Rule,
    output: Output,
    line_buffered: bool,
    /// `--stream`: standard input as one text (or document) read in constant memory.
    stream: bool,
}

/// What the command line asks for.
enum Command {
    Run(Args),
    Help,
    Version,
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

/// `--reference YYYY-MM`: a month, as its first day.
fn parse_month(s: &str) -> Option<NaiveDate> {
    let ascii = to_ascii_digits(s.trim());
    let (year, month) = ascii.split_once('-')?;
    if year.len() != 4 || month.len() != 2 {
        return None;
    }
    NaiveDate::from_ymd_opt(year.parse().ok()?, month.parse().ok()?, 1)
}

/// Today's date in Bangladesh (UTC+06:00) by this machine's clock: the default `--read-on`.
fn today() -> NaiveDate {
    let now = chrono::DateTime::<chrono::Utc>::from(std::time::SystemTime::now());
    (now.naive_utc() + chrono::Duration::hours(6)).date()
}

fn parse_args(args: impl IntoIterator<Item = OsString>) -> Result<Command, String> {
    use lexopt::prelude::*;

    let mut mode = None;
    let mut text = None;
    // A TEXT that starts with a dash and no option's letter (`- আপডেট সময় : …`, a page's bullet
    // or dash) is the text, not an option.
    let mut args: Vec<OsString> = args.into_iter().collect();
    let dashed = args.iter().position(|a| {
        let mut chars = a.to_str().unwrap_or_default().chars();
        chars.next() == Some('-')
            && chars.next().is_some_and(|c| !c.is_ascii_alphanumeric() && c != '-')
    });
    if let Some(k) = dashed {
        text = Some(text_of(args.remove(k))?);
    }
    let mut parser = Parser::new().read_on(today());
    let mut reference = false;
    let mut rule = Rule::default();
    let (mut json, mut stream, mut count, mut line_buffered) = (false, false, false, false);
    let mut args = lexopt::Parser::from_args(args);
    while let Some(arg) = args.next().map_err(|e| e.to_string())? {
        match arg {
            Short('h') | Long("help") => return Ok(Command::Help),
            Short('V') | Long("version") => return Ok(Command::Version),
            Long("to-bangla") => mode = Some(Mode::ToBangla(value(&mut args)?)),
            Long("to-gregorian") => mode = Some(Mode::ToGregorian(value(&mut args)?)),
            Long("format") => mode = Some(Mode::Format(value(&mut args)?, String::new())),
            Long("rule") => {
                let choice: RuleChoice = value(&mut args)?
                    .parse()
                    .map_err(|e: Error| format!("invalid --rule: {}", e.kind()))?;
                // Conversions (--to-bangla, --to-gregorian, --format) need one rule: a fixed
                // one, else the default.
                if let RuleChoice::Fixed(fixed) = choice {
                    rule = fixed;
                }
                parser = parser.rule_choice(choice);
            }
            Long("tz") => parser = parser.zone(parse_zone(&value(&mut args)?)?),
            Long("reference") => {
                let when = value(&mut args)?;
                parser = match parse_month(&when) {
                    Some(month) => parser.reference_month(month),
                    None => parser.reference(parse_reference(&when)?),
                };
                reference = true;
            }
            Long("read-on") => {
                let day = parse_reference(&value(&mut args)?)?.date();
                parser = parser.read_on(day);
            }
            Long("years") => {
                let how: YearResolution = value(&mut args)?
                    .parse()
                    .map_err(|e: Error| format!("invalid --years: {}", e.kind()))?;
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
    Ok(Command::Run(Args { mode, parser, reference, rule, output, line_buffered, stream }))
}

/// An argument as UTF-8 text (an error, not a panic, when it is not).
fn text_of(v: OsString) -> Result<String, String> {
    lexopt::ValueExt::string(v).map_err(|e| e.to_string())
}

/// The value of the option just read (`--rule bd2019` or `--rule=bd2019`).
fn value(args: &mut lexopt::Parser) -> Result<String, String> {
    args.value().map_err(|e| e.to_string()).and_then(text_of)
}

/// An error as JSON: the serde form of [`Error`] (`kind`, `message`, `span` in bytes) and the
/// same place in characters.
#[derive(Serialize)]
struct ErrorJson {
    #[serde(flatten)]
    error: Error,
    char_span: Option<Range<usize>>,
}

impl ErrorJson {
    /// The error about `input` (the bytes its span counts in).
    fn new(e: &Error, input: &[u8]) -> ErrorJson {
        let char_span = e.span().and_then(|s| char_span(input, &s));
        ErrorJson { error: e.clone(), char_span }
    }

    /// The error about the stream `log` has kept (no character span once its place is forgotten).
    fn in_log(e: &Error, log: &ByteLog) -> ErrorJson {
        let char_span = e.span().and_then(|s| Some(log.chars_at(s.start)?..log.chars_at(s.end)?));
        ErrorJson { error: e.clone(), char_span }
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

// --- Places in characters -----------------------------------------------------------------
//
// The library's spans are byte offsets (a Bengali letter is three bytes), which is what a
// program slicing the input needs and what no person can count. People get columns; JSON gets
// both.

/// The number of characters in `bytes` as the library reads them: a UTF-8 sequence is one
/// character, and so is each byte that is not part of one (the library reads such a byte as
/// U+001A).
fn count_chars(mut bytes: &[u8]) -> usize {
    let mut n = 0;
    loop {
        match std::str::from_utf8(bytes) {
            Ok(s) => return n + s.chars().count(),
            Err(e) => {
                let (valid, rest) = bytes.split_at(e.valid_up_to());
                n += std::str::from_utf8(valid).map_or(0, |s| s.chars().count());
                let bad = e.error_len().unwrap_or(rest.len());
                n += bad;
                bytes = rest.get(bad..).unwrap_or_default();
            }
        }
    }
}

/// The byte span `span` of `input` in characters, or None when it is not inside `input`.
fn char_span(input: &[u8], span: &Range<usize>) -> Option<Range<usize>> {
    let start = count_chars(input.get(..span.start)?);
    let end = start + count_chars(input.get(span.start..span.end)?);
    Some(start..end)
}

/// The byte span `span` of `text` for people: `col 1-12` (characters, counted from 1), or
/// `line 2, col 5-9` when the text has several lines.
fn columns(text: &str, span: &Range<usize>) -> String {
    let (Some(before), Some(part)) = (text.get(..span.start), text.get(span.clone())) else {
        return format!("bytes {}..{}", span.start, span.end);
    };
    let line_col = |upto: &str| {
        let line = upto.matches('\n').count() + 1;
        let col = upto.rsplit('\n').next().unwrap_or_default().chars().count() + 1;
        (line, col)
    };
    let (line, col) = line_col(before);
    // The last character of the span (the span itself when it is empty).
    let last = part.char_indices().last().map_or(span.start, |(i, _)| span.start + i);
    let (end_line, end_col) = line_col(text.get(..last).unwrap_or(before));
    let cols = if end_col == col { format!("col {col}") } else { format!("col {col}-{end_col}") };
    match (text.contains('\n'), end_line == line) {
        (false, _) => cols,
        (true, true) => format!("line {line}, {cols}"),
        (true, false) => format!("line {line}, col {col} to line {end_line}, col {end_col}"),
    }
}

/// An error about `text` for people: where (in columns) and what it points at, then the
/// message.
fn describe(e: &Error, text: &str) -> String {
    match e.span() {
        Some(span) if text.get(span.clone()).is_some() => {
            let part = text.get(span.clone()).unwrap_or_default();
            format!("{} `{part}`: {}", columns(text, &span), e.kind())
        }
        _ => e.to_string(),
    }
}

/// What `--stream` has read of standard input, from the last match or error on, so that an
/// error's byte span can be given in characters too. It keeps at most [`ByteLog::KEEP`] bytes
/// (the library's window is far shorter); an error further back gets no character span.
struct ByteLog {
    bytes: Vec<u8>,
    /// How many bytes at the front of `bytes` are already counted.
    head: usize,
    /// The stream offset of `bytes[head]`.
    offset: usize,
    /// The characters before `offset`.
    chars: usize,
}

impl ByteLog {
    const KEEP: usize = 4 << 20;

    fn new() -> ByteLog {
        ByteLog { bytes: Vec::new(), head: 0, offset: 0, chars: 0 }
    }

    fn push(&mut self, data: &[u8]) {
        self.bytes.extend_from_slice(data);
        let kept = self.bytes.len() - self.head;
        if kept > ByteLog::KEEP {
            self.advance_to(self.offset + kept - ByteLog::KEEP);
        }
    }

    /// Count the bytes up to stream offset `to` (moved on to a character's first byte) and
    /// forget them.
    fn advance_to(&mut self, to: usize) {
        let Some(mut cut) = to.checked_sub(self.offset).map(|n| self.head + n) else { return };
        // A byte 0b10xx_xxxx continues a character; any other byte starts one (a valid one or
        // a byte the library reads as a character of its own).
        while self.bytes.get(cut).is_some_and(|b| b & 0xC0 == 0x80) {
            cut += 1;
        }
        let cut = cut.min(self.bytes.len());
        self.chars += count_chars(&self.bytes[self.head..cut]);
        self.offset += cut - self.head;
        self.head = cut;
        if self.head > self.bytes.len() / 2 {
            self.bytes.drain(..self.head);
            self.head = 0;
        }
    }

    /// The bytes `span` of the stream as text (empty when they are no longer kept).
    fn text(&self, span: &Range<usize>) -> String {
        let bytes = span
            .start
            .checked_sub(self.offset)
            .and_then(|from| self.bytes.get(self.head + from..self.head + from + span.len()));
        String::from_utf8_lossy(bytes.unwrap_or_default()).into_owned()
    }

    /// The characters before stream offset `at`, if it is still known.
    fn chars_at(&self, at: usize) -> Option<usize> {
        let n = at.checked_sub(self.offset)?;
        Some(self.chars + count_chars(self.bytes.get(self.head..self.head + n)?))
    }
}

/// Standard input for `--stream`, copying what it reads into a [`ByteLog`].
struct Logged<R> {
    inner: R,
    log: Rc<RefCell<ByteLog>>,
}

impl<R: io::Read> io::Read for Logged<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.log.borrow_mut().push(buf.get(..n).unwrap_or_default());
        Ok(n)
    }
}

// --- Hints --------------------------------------------------------------------------------

/// Whether a match needs `--reference` to become a date: relative words (আজ, গতকাল, গত
/// শনিবার) or a day and month without a year.
fn needs_reference(m: &Match) -> bool {
    m.date.is_none()
        && (m.relative.is_some() || (m.month.is_some() && m.day.is_some() && m.year.is_none()))
}

/// Matches that needed `--reference` when none was given: how many, and the first one.
#[derive(Default)]
struct Hint {
    count: usize,
    first: Option<(String, bool)>,
}

impl Hint {
    /// Note `m` (whose text `matched` gives) if it needs a reference.
    fn note(&mut self, m: &Match, matched: impl FnOnce() -> String) {
        if needs_reference(m) {
            self.count += 1;
            self.first.get_or_insert_with(|| (matched(), m.relative.is_some()));
        }
    }

    /// The hint for standard error, if any match needed a reference.
    fn message(&self, prog: &str) -> Option<String> {
        let (text, relative) = self.first.as_ref()?;
        let (what, to) = if *relative {
            (format!("`{text}` is relative"), "to read it as a date")
        } else {
            (format!("`{text}` has no year"), "to choose its year")
        };
        let more = match self.count {
            1 => String::new(),
            n => format!(" ({} more like it)", n - 1),
        };
        Some(format!(
            "{prog}: hint: {what}{more}: give --reference YYYY-MM-DD[THH:MM], the moment the \
             text was written, {to}"
        ))
    }
}

// --- Output -------------------------------------------------------------------------------

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
fn json_lines(args: &Args, out: &mut Out, hint: &mut Hint) -> Result<(), String> {
    let parser = &args.parser;
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
        if !args.reference && args.output != Output::Count {
            for m in &matches {
                hint.note(m, || {
                    String::from_utf8_lossy(bytes.get(m.span.clone()).unwrap_or_default())
                        .into_owned()
                });
            }
        }
        match args.output {
            Output::Count => total += matches.len(),
            _ => out.json(&TextJson {
                input: line,
                matches: &matches,
                error: error.as_ref().map(|e| ErrorJson::new(e, bytes)),
            })?,
        }
    }
    if args.output == Output::Count {
        out.line(&total.to_string())?;
    }
    Ok(())
}

/// `--json --stream`: standard input as one text, one object per match, in constant memory.
fn json_stream(args: &Args, out: &mut Out, hint: &mut Hint) -> Result<(), String> {
    let stdin = io::stdin().lock();
    if args.output == Output::Count {
        // Bare extraction: no character spans to keep track of.
        let mut total = 0usize;
        for item in args.parser.extract_reader(stdin) {
            match item {
                Err(e) if matches!(e.kind(), bangla_date::ErrorKind::Io { .. }) => {
                    return Err(e.to_string());
                }
                Ok(_) => total += 1,
                Err(_) => {}
            }
        }
        return out.line(&total.to_string());
    }
    let log = Rc::new(RefCell::new(ByteLog::new()));
    for item in args.parser.extract_reader(Logged { inner: stdin, log: Rc::clone(&log) }) {
        match item {
            Err(e) if matches!(e.kind(), bangla_date::ErrorKind::Io { .. }) => {
                return Err(e.to_string());
            }
            Ok(m) => {
                if !args.reference {
                    // The library keeps no text; the log still has the match's bytes.
                    hint.note(&m, || log.borrow().text(&m.span));
                }
                log.borrow_mut().advance_to(m.span.start);
                out.json(&m)?;
            }
            Err(e) => stream_error(out, &log, &e)?,
        }
    }
    Ok(())
}

/// `{"error": ERROR}` for an error met in a stream, its place counted in what `log` still
/// holds; the log forgets what lies before it.
fn stream_error(out: &mut Out, log: &RefCell<ByteLog>, e: &Error) -> Result<(), String> {
    let error = ErrorJson::in_log(e, &log.borrow());
    if let Some(s) = e.span() {
        log.borrow_mut().advance_to(s.start);
    }
    out.json(&StreamErrorJson { error })
}

/// Relative words as a short phrase: `day -1`, `Sat -1`, `-18 minute`.
fn relative_text(r: &Relative) -> String {
    match r {
        Relative::Day { offset } => format!("day {offset:+}"),
        Relative::Weekday { direction, weekday } => format!("{weekday} {direction:+}"),
        Relative::WeekdayOfWeek { weeks, weekday } => format!("{weekday} of week {weeks:+}"),
        Relative::Offset { amount, unit } => {
            format!("{amount:+} {}", unit.code())
        }
        _ => "relative".to_owned(),
    }
}

fn print_text(prog: &str, args: &Args, text: &str, hint: &mut Hint) -> Result<String, String> {
    let mut out = String::new();
    let mut errors = Vec::new();
    for item in args.parser.extract(text) {
        let m = match item {
            Ok(m) => m,
            Err(e) => {
                errors.push(describe(&e, text));
                continue;
            }
        };
        if !args.reference {
            hint.note(&m, || m.text(text).to_owned());
        }
        out.push_str(&format!("{}  {}\n", columns(text, &m.span), m.text(text)));
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
        if let Some(r) = &m.relative {
            let unresolved = if m.date.is_none() { " (no --reference: not resolved)" } else { "" };
            out.push_str(&format!("    relative  {}{unresolved}\n", relative_text(r)));
        }
        if let (Some(p), None) = (m.period, m.time) {
            out.push_str(&format!("    period    {}\n", format!("{p:?}").to_lowercase()));
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
        return Err(errors.join(&format!("\n{prog}: ")));
    }
    if out.is_empty() {
        return Err("no date or time found".into());
    }
    Ok(out.trim_end().to_owned())
}

/// Print a date or datetime with a preset or a pattern.
fn format_value(pattern: &str, value: &str, rule: Rule) -> Result<String, String> {
    let format = Format::preset_or_pattern(pattern).map_err(|e| describe(&e, pattern))?.rule(rule);
    let ascii = to_ascii_digits(value.trim());
    let out = if let Ok(d) = ascii.parse::<NaiveDate>() {
        format.format(d)
    } else {
        let dt = parse_reference(value)?;
        format.format(dt)
    };
    out.map_err(|e| e.to_string())
}

fn run(prog: &str, args: &Args, out: &mut Out, hint: &mut Hint) -> Result<(), String> {
    let date = match &args.mode {
        Mode::Format(pattern, value) => return out.line(&format_value(pattern, value, args.rule)?),
        Mode::Text(None) => return json_lines(args, out, hint),
        Mode::Stream => return json_stream(args, out, hint),
        Mode::Document if args.stream => return document::stream(&args.parser, out),
        Mode::Document => {
            let mut bytes = Vec::new();
            io::Read::read_to_end(&mut io::stdin(), &mut bytes).map_err(|e| e.to_string())?;
            if !args.reference {
                let text = String::from_utf8_lossy(&bytes);
                for m in args.parser.extract(&text).flatten() {
                    hint.note(&m, || m.text(&text).to_owned());
                }
            }
            let json = args.output != Output::Human;
            let printed = document::document(&args.parser, &bytes, json)?;
            if printed.is_empty() {
                return Ok(());
            }
            return out.line(&printed);
        }
        Mode::Text(Some(text)) if args.output == Output::Human => {
            return out.line(&print_text(prog, args, text, hint)?);
        }
        Mode::Text(Some(text)) => {
            let mut matches = Vec::new();
            let error = extract_into(&args.parser, text, &mut matches);
            if args.output == Output::Count {
                return out.line(&matches.len().to_string());
            }
            if !args.reference {
                for m in &matches {
                    hint.note(m, || m.text(text).to_owned());
                }
            }
            let error = error.as_ref().map(|e| ErrorJson::new(e, text.as_bytes()));
            return out.json(&TextJson { input: text, matches: &matches, error });
        }
        Mode::ToBangla(iso) => {
            let iso = to_ascii_digits(iso);
            let g: NaiveDate =
                iso.trim().parse().map_err(|e| format!("invalid date `{iso}`: {e}"))?;
            BanglaDate::from_gregorian(g, args.rule).map_err(|e| e.to_string())?
        }
        Mode::ToGregorian(text) => {
            let m = args.parser.parse(text).map_err(|e| describe(&e, text))?;
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

/// Run the tool as `prog` (the name its messages and help use) on the process's arguments.
pub fn main(prog: &str) -> ExitCode {
    let args = match parse_args(std::env::args_os().skip(1)) {
        Ok(Command::Run(args)) => args,
        Ok(Command::Help) => {
            print!("{}", HELP.replace("PROG", prog));
            return ExitCode::SUCCESS;
        }
        Ok(Command::Version) => {
            println!("{prog} {}", env!("CARGO_PKG_VERSION"));
            return ExitCode::SUCCESS;
        }
        Err(msg) => {
            // One line, not the whole help: the mistake stays on the screen.
            eprintln!("{prog}: {msg} (see `{prog} --help`)");
            return ExitCode::from(2);
        }
    };
    let mut out = Out::new(args.line_buffered);
    let mut hint = Hint::default();
    let result = run(prog, &args, &mut out, &mut hint);
    // Whatever was written before a failure is still delivered.
    let flushed = out.flush();
    if let Some(message) = hint.message(prog) {
        eprintln!("{message}");
    }
    match result.and(flushed) {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("{prog}: {msg}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn characters_are_counted_as_the_library_reads_them() {
        assert_eq!(count_chars("৩২ জানুয়ারি".as_bytes()), 12);
        // A byte that is not UTF-8 is one character; so is each byte of a broken sequence.
        assert_eq!(count_chars(b"a\xffb"), 3);
        assert_eq!(count_chars(b"\xe0\xa6x"), 3);
        assert_eq!(count_chars(b"\xe0\xa6"), 2);
        let text = "সভা ৩২ জানুয়ারি হবে";
        let bytes = text.find('৩').unwrap()..text.find(" হবে").unwrap();
        assert_eq!(char_span(text.as_bytes(), &bytes), Some(4..16));
        assert_eq!(char_span(text.as_bytes(), &(0..1000)), None);
    }

    #[test]
    fn columns_count_characters_from_one() {
        let text = "সভা ৩২ জানুয়ারি হবে";
        let span = text.find('৩').unwrap()..text.find(" হবে").unwrap();
        assert_eq!(columns(text, &span), "col 5-16");
        assert_eq!(columns(text, &(0..3)), "col 1");
        let two = "প্রথম\nসভা ৩২ জানুয়ারি";
        let span = two.find('৩').unwrap()..two.len();
        assert_eq!(columns(two, &span), "line 2, col 5-16");
        assert_eq!(columns(two, &(0..two.len())), "line 1, col 1 to line 2, col 16");
        // Not on character boundaries: bytes, rather than a wrong column.
        assert_eq!(columns(text, &(1..2)), "bytes 1..2");
    }

    #[test]
    fn the_stream_log_keeps_counting_as_it_forgets() {
        let mut log = ByteLog::new();
        let filler = "ক ".repeat(ByteLog::KEEP / 4 + 1000); // 4 bytes, 2 characters each
        log.push(filler.as_bytes());
        log.push("৩২ জানুয়ারি".as_bytes());
        // More than KEEP bytes were read with no match: the front is forgotten, but counted.
        assert!(log.offset > 0 && log.bytes.len() - log.head <= ByteLog::KEEP);
        let start = filler.len();
        assert_eq!(log.chars_at(start), Some(filler.chars().count()));
        assert_eq!(log.chars_at(start + "৩২ জানুয়ারি".len()), Some(filler.chars().count() + 12));
        assert_eq!(log.text(&(start..start + 6)), "৩২");
        assert_eq!(log.chars_at(0), None);
        // Moving on to a byte inside a character moves to the character's end.
        log.advance_to(start + 1);
        assert_eq!(log.offset, start + 3);
        assert_eq!(log.chars_at(start + 3), Some(filler.chars().count() + 1));
    }

    #[test]
    fn a_text_that_starts_with_a_dash_is_the_text() {
        let args = |v: &[&str]| parse_args(v.iter().map(OsString::from));
        let text = "- আপডেট সময় : ০১:৫৬:৫২ পূর্বাহ্ন, রবিবার, ২২ ডিসেম্বর ২০২৪";
        match args(&[text, "--json"]) {
            Ok(Command::Run(a)) => {
                assert!(matches!(&a.mode, Mode::Text(Some(t)) if t == text));
                assert!(a.output == Output::Json);
            }
            _ => panic!("the dashed text was not read as TEXT"),
        }
        // An option's letter after the dash is still an option.
        assert!(args(&["-x"]).is_err());
        assert!(matches!(args(&["-h"]), Ok(Command::Help)));
    }

    #[test]
    fn hints_name_the_first_match_that_needs_a_reference() {
        let parser = Parser::new();
        let mut hint = Hint::default();
        let text = "গতকাল বিকেলে এবং ২৮ ডিসেম্বর ২০২৫। আগামী শুক্রবার সভা";
        for m in parser.extract(text).flatten() {
            hint.note(&m, || m.text(text).to_owned());
        }
        assert_eq!(hint.count, 2);
        let message = hint.message("bangla-date").unwrap();
        assert!(message.starts_with("bangla-date: hint: `গতকাল বিকেলে` is relative (1 more"));
        assert!(message.contains("--reference"));
        assert!(Hint::default().message("x").is_none());
    }
}
