//! The WebAssembly core of the `bangla-dateparser` npm package.
//!
//! The exports take and return strings: options arrive as a JSON object, results leave as JSON,
//! and the hand-written JavaScript wrapper (`src/api.js`) turns them into `Match` objects, `Date`s
//! and thrown `BanglaDateError`s. Keeping the boundary to strings keeps the generated glue small
//! and the JS-facing shape in one place that a reader can see whole (`index.d.ts`). The one
//! exception is `toBanglaParts`, numbers in and out, because a calendar conversion is cheap
//! enough that strings and JSON would be most of its cost.
//!
//! Two things are done here rather than in JS because only Rust knows them: spans are turned from
//! UTF-8 byte offsets into UTF-16 indices (what `String.prototype.slice` takes), and a JS `Date`
//! (an instant, passed as epoch milliseconds) is turned into the civil date and time of the
//! text's time zone, which depends on the rule (West Bengal text is in Kolkata time).

use bangla_date::format::{Format, Preset};
use bangla_date::parse::{
    Anchor, Match, Mention, MentionKind, Parser, Relative, WrittenDate, YearResolution, Zone,
};
use bangla_date::{BanglaDate, Error, ErrorKind, Month, Rule, weekday_bengali};
use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, Offset, TimeZone, Timelike, Weekday};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use wasm_bindgen::prelude::wasm_bindgen;

mod utf16;

use utf16::Utf16;

/// The options every text call takes, as the JS wrapper sends them.
#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Options {
    /// The moment the text was written: local civil time (`2026-01-02` or `2026-01-02T17:41`)
    /// or, when `reference_ms` is set instead, an instant.
    reference: Option<String>,
    reference_ms: Option<f64>,
    prefer: Option<String>,
    rule: Option<String>,
    time_zone: Option<String>,
}

/// An error for the JS side: `kind` names the `ErrorKind` variant in kebab case.
fn error_json(e: &Error, map: &mut Utf16) -> Value {
    let (start, end) = match e.span() {
        Some(span) => (json!(map.index(span.start)), json!(map.index(span.end))),
        None => (Value::Null, Value::Null),
    };
    json!({"error": {"kind": kind_name(e), "message": e.kind().to_string(), "start": start, "end": end}})
}

/// A library error about an argument (a rule, zone, month or pattern) rather than about the
/// text: its span, if any, is into the argument, so none is passed on.
fn arg_error(e: &Error) -> Value {
    usage_error(&kind_name(e), e.kind().to_string())
}

/// An error about an argument rather than about text (no span).
fn usage_error(kind: &str, message: String) -> Value {
    json!({"error": {"kind": kind, "message": message, "start": null, "end": null}})
}

/// `ErrorKind::DayOutOfRange { .. }` → `day-out-of-range` (the library's `ErrorKind::code`).
fn kind_name(e: &Error) -> String {
    e.kind().code().to_owned()
}

fn parse_zone(s: &str) -> Result<Zone, Value> {
    s.parse::<Zone>().map_err(|e| match e.kind() {
        ErrorKind::UnknownTimeZone { found } => {
            let compiled: Vec<&str> = chrono_tz::TZ_VARIANTS.iter().map(|tz| tz.name()).collect();
            match zone_message(found, &compiled) {
                Some(message) => usage_error(&kind_name(&e), message),
                None => arg_error(&e),
            }
        }
        _ => arg_error(&e),
    })
}

/// How many zones the whole tz database has, roughly: a build with fewer was filtered.
const WHOLE_DATABASE: usize = 500;

/// The message for a zone name that is not in this build, when the build carries only some
/// zones (scripts/build.mjs keeps Dhaka's, Kolkata's and UTC unless BANGLA_DATE_ALL_ZONES=1);
/// None when every zone is compiled in, so the name is simply unknown.
fn zone_message(found: &str, compiled: &[&str]) -> Option<String> {
    if compiled.len() >= WHOLE_DATABASE {
        return None;
    }
    // The zones with a history of their own; the rest are UTC under other names (Etc/GMT+5 …).
    let mut names: Vec<&str> = compiled
        .iter()
        .copied()
        .filter(|n| *n == "UTC" || (n.contains('/') && !n.starts_with("Etc/")))
        .collect();
    names.sort_unstable();
    Some(format!(
        "time zone `{found}` is not in this build of bangla-dateparser, which carries only {} \
         (their histories, to keep the .wasm small): give the UTC offset the text's clock times \
         have instead, such as timeZone: '-05:00' (an offset has no daylight saving time), or \
         build the package with every zone: BANGLA_DATE_ALL_ZONES=1 npm run build (the .wasm \
         grows from about 0.5 MB to 1.4 MB)",
        names.join(", ")
    ))
}

/// A civil date or date-time written the ISO way, as the JS wrapper passes strings through.
fn parse_civil(s: &str) -> Option<NaiveDateTime> {
    if let Ok(d) = s.parse::<NaiveDate>() {
        return d.and_hms_opt(0, 0, 0);
    }
    ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M"]
        .into_iter()
        .find_map(|f| NaiveDateTime::parse_from_str(s, f).ok())
}

/// The civil date-time of the instant `ms` (epoch milliseconds) in `zone`.
fn civil_at(ms: f64, zone: Zone) -> Option<NaiveDateTime> {
    if !ms.is_finite() {
        return None;
    }
    let utc = DateTime::from_timestamp_millis(ms as i64)?;
    match zone {
        Zone::Fixed(offset) => Some(utc.with_timezone(&offset).naive_local()),
        Zone::Iana(tz) => Some(utc.with_timezone(&tz).naive_local()),
        _ => None,
    }
}

/// The instant `local` names in `zone` (the first, where the clocks went back), in epoch
/// milliseconds, and the offset in force then.
fn instant_of(local: NaiveDateTime, zone: Zone) -> Option<(i64, String)> {
    let fixed = match zone {
        Zone::Fixed(offset) => offset.from_local_datetime(&local).earliest()?.fixed_offset(),
        Zone::Iana(tz) => tz.from_local_datetime(&local).earliest()?.fixed_offset(),
        _ => return None,
    };
    Some((fixed.timestamp_millis(), fixed.offset().fix().to_string()))
}

fn rule_from(name: Option<&str>) -> Result<Option<Rule>, Value> {
    match name {
        None => Ok(None),
        Some(name) => name.parse::<Rule>().map(Some).map_err(|e| arg_error(&e)),
    }
}

/// The zone in which a JS `Date` is read as a civil date for calendar calls: the one asked for,
/// else the rule's own (Kolkata for West Bengal, Dhaka otherwise).
fn zone_for(rule: Rule, time_zone: Option<&str>) -> Result<Zone, Value> {
    match time_zone {
        Some(tz) => parse_zone(tz),
        None => Ok(Parser::new().rule(rule).effective_zone()),
    }
}

/// The parser the options describe, and whether they set its zone.
fn parser_from(options: &str) -> Result<(Parser, bool), Value> {
    let options: Options = if options.is_empty() {
        Options::default()
    } else {
        serde_json::from_str(options)
            .map_err(|e| usage_error("invalid-options", format!("invalid options: {e}")))?
    };
    let mut parser = Parser::new();
    match options.rule.as_deref() {
        Some("infer") => parser = parser.infer_rule(),
        name => {
            if let Some(rule) = rule_from(name)? {
                parser = parser.rule(rule);
            }
        }
    }
    if let Some(tz) = options.time_zone.as_deref() {
        parser = parser.zone(parse_zone(tz)?);
    }
    if let Some(prefer) = options.prefer.as_deref() {
        parser = parser.year_resolution(match prefer {
            "nearest" => YearResolution::Nearest,
            "past" => YearResolution::Past,
            "future" => YearResolution::Future,
            other => {
                return Err(usage_error(
                    "invalid-options",
                    format!("invalid prefer `{other}` (expected nearest, past or future)"),
                ));
            }
        });
    }
    let reference = match (options.reference_ms, options.reference.as_deref()) {
        (Some(ms), _) => Some(civil_at(ms, parser.effective_zone()).ok_or_else(|| {
            usage_error("invalid-options", "invalid reference: the Date is not valid".into())
        })?),
        (None, Some(s)) => Some(parse_civil(s).ok_or_else(|| {
            usage_error(
                "invalid-options",
                format!("invalid reference `{s}` (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS])"),
            )
        })?),
        (None, None) => None,
    };
    if let Some(reference) = reference {
        parser = parser.reference(reference);
    }
    Ok((parser, options.time_zone.is_some()))
}

fn weekday_index(w: Weekday) -> u32 {
    // JS counts like Date.prototype.getDay: Sunday is 0.
    w.num_days_from_sunday()
}

/// A Hijri or Śaka date as written.
#[derive(Serialize)]
struct Written {
    year: Option<i32>,
    month: u8,
    day: u8,
}

fn written(w: &WrittenDate) -> Written {
    Written { year: w.year, month: w.month, day: w.day }
}

fn relative_json(r: Relative) -> Value {
    match r {
        Relative::Day { offset } => json!({"kind": "day", "days": offset}),
        Relative::Weekday { direction, weekday } => {
            json!({"kind": "weekday", "direction": direction, "weekday": weekday_index(weekday)})
        }
        Relative::Offset { amount, unit } => {
            json!({"kind": "offset", "amount": amount, "unit": format!("{unit:?}").to_ascii_lowercase()})
        }
        _ => Value::Null,
    }
}

#[derive(Serialize)]
struct Time {
    hour: u32,
    minute: u32,
    second: u32,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Bangla {
    year: Option<i32>,
    month: u8,
    day: u8,
    month_name: &'static str,
    rule: Option<&'static str>,
}

#[derive(Serialize)]
struct WarningOut {
    code: &'static str,
    message: String,
    start: Option<usize>,
    end: Option<usize>,
}

/// A match as the JS wrapper receives it (see `Match` in index.d.ts; `instantMs` becomes
/// `date`).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct MatchOut<'t> {
    start: usize,
    end: usize,
    text: &'t str,
    iso: Option<String>,
    instant_ms: Option<i64>,
    offset: Option<String>,
    year: Option<i32>,
    month: Option<u8>,
    day: Option<u8>,
    time: Option<Time>,
    weekday: Option<u32>,
    weekday_name: Option<&'static str>,
    period: Option<&'static str>,
    bangla: Option<Bangla>,
    hijri: Option<Written>,
    saka: Option<Written>,
    relative: Option<Value>,
    role: &'static str,
    approximate: bool,
    approximate_date: Option<String>,
    warnings: Vec<WarningOut>,
}

#[derive(Serialize)]
struct MatchReply<'t> {
    #[serde(rename = "match")]
    found: MatchOut<'t>,
}

fn match_out<'t>(
    m: &Match,
    text: &'t str,
    parser: &Parser,
    zone_set: bool,
    map: &mut Utf16,
) -> MatchOut<'t> {
    let start = map.index(m.span.start);
    let end = map.index(m.span.end);
    // A date without a time is read as the start of that day in the text's zone: the one set,
    // else Kolkata for a date read by a West Bengal rule, else Dhaka.
    let zone = match m.bangla.and_then(|b| b.rule) {
        Some(rule) if rule.is_west_bengal() && !zone_set => Zone::KOLKATA,
        _ => parser.effective_zone(),
    };
    let (iso, instant_ms, offset) = match (m.datetime, m.date) {
        (Some(dt), _) => {
            (Some(dt.to_rfc3339()), Some(dt.timestamp_millis()), Some(dt.offset().to_string()))
        }
        (None, Some(d)) => match d.and_hms_opt(0, 0, 0).and_then(|t| instant_of(t, zone)) {
            Some((ms, offset)) => (Some(d.to_string()), Some(ms), Some(offset)),
            None => (Some(d.to_string()), None, None),
        },
        _ => (None, None, None),
    };
    let warnings = m
        .warnings
        .iter()
        .map(|w| {
            let span = w.span();
            WarningOut {
                code: w.code(),
                message: w.to_string(),
                start: span.as_ref().map(|s| map.index(s.start)),
                end: span.as_ref().map(|s| map.index(s.end)),
            }
        })
        .collect();
    MatchOut {
        start,
        end,
        text: m.text(text),
        iso,
        instant_ms,
        offset,
        year: m.year,
        month: m.month,
        day: m.day,
        time: m.time.map(|t| Time { hour: t.hour(), minute: t.minute(), second: t.second() }),
        weekday: m.weekday.map(weekday_index),
        weekday_name: m.weekday.map(weekday_bengali),
        period: m.period.map(|p| p.bengali()),
        bangla: m.bangla.map(|b| Bangla {
            year: b.year,
            month: b.month.number(),
            day: b.day,
            month_name: b.month.bengali(),
            rule: b.rule.map(Rule::name),
        }),
        hijri: m.hijri.as_ref().map(written),
        saka: m.saka.as_ref().map(written),
        relative: m.relative.map(relative_json),
        role: m.role.code(),
        approximate: m.approximate,
        approximate_date: m.approximate_date.map(|d| d.to_string()),
        warnings,
    }
}

/// One item of `extract`: `{"match": …}` or `{"error": …}`.
#[derive(Serialize)]
#[serde(untagged)]
enum Item<'t> {
    Found(Box<MatchReply<'t>>),
    Invalid(Value),
}

/// Read `text` as one date/time expression. Returns `{"match": …}` or `{"error": …}`.
#[wasm_bindgen]
pub fn parse(text: &str, options: &str) -> String {
    let (parser, zone_set) = match parser_from(options) {
        Ok(p) => p,
        Err(e) => return e.to_string(),
    };
    let mut map = Utf16::new(text);
    match parser.parse(text) {
        Ok(m) => {
            let reply = MatchReply { found: match_out(&m, text, &parser, zone_set, &mut map) };
            serde_json::to_string(&reply).unwrap_or_default()
        }
        Err(e) => error_json(&e, &mut map).to_string(),
    }
}

/// Every expression in `text`: a JSON array of `{"match": …}` and `{"error": …}` in text order,
/// or one `{"error": …}` object when the options are invalid.
#[wasm_bindgen]
pub fn extract(text: &str, options: &str) -> String {
    let (parser, zone_set) = match parser_from(options) {
        Ok(p) => p,
        Err(e) => return e.to_string(),
    };
    let mut map = Utf16::new(text);
    let items: Vec<Item<'_>> = parser
        .extract(text)
        .map(|item| match item {
            Ok(m) => Item::Found(Box::new(MatchReply {
                found: match_out(&m, text, &parser, zone_set, &mut map),
            })),
            Err(e) => Item::Invalid(error_json(&e, &mut map)),
        })
        .collect();
    serde_json::to_string(&items).unwrap_or_default()
}

/// A length of time, for a `duration` mention.
#[derive(Serialize)]
struct DurationOut {
    years: u32,
    months: u32,
    weeks: u32,
    days: u32,
    hours: u32,
    minutes: u32,
    seconds: u32,
}

/// A repeating day, for a `set` mention.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct RecurrenceOut {
    weekday: u32,
    nth_of_month: Option<i8>,
}

/// A document mention as the JS wrapper receives it (see `Mention` in index.d.ts; `instantMs`
/// becomes `date`).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct MentionOut<'t> {
    start: usize,
    end: usize,
    text: &'t str,
    kind: &'static str,
    value: Option<String>,
    iso: Option<String>,
    instant_ms: Option<i64>,
    offset: Option<String>,
    day: Option<String>,
    time: Option<Time>,
    period: Option<&'static str>,
    year: Option<i32>,
    month: Option<u8>,
    week: Option<u32>,
    duration: Option<DurationOut>,
    recurrence: Option<RecurrenceOut>,
    role: &'static str,
    anchor: Value,
    assumptions: Vec<&'static str>,
    warnings: Vec<WarningOut>,
}

/// The anchor, its spans in UTF-16. `map` is the anchors' own map: they point backwards, and a
/// map of their own keeps the mentions' map walking forward.
fn anchor_json(a: &Anchor, map: &mut Utf16) -> Value {
    match a {
        Anchor::Written => json!({"to": "written"}),
        Anchor::Reference => json!({"to": "reference"}),
        Anchor::Recurring => json!({"to": "recurring"}),
        Anchor::Story { year, from } => json!({
            "to": "story", "year": year, "start": map.index(from.start), "end": map.index(from.end),
        }),
        Anchor::Mention { rule, from, days } => json!({
            "to": "mention", "rule": rule.code(), "days": days,
            "start": map.index(from.start), "end": map.index(from.end),
        }),
        _ => json!({"to": "unanchored"}),
    }
}

fn mention_out<'t>(
    m: &Mention,
    text: &'t str,
    parser: &Parser,
    map: &mut Utf16,
    anchors: &mut Utf16,
) -> MentionOut<'t> {
    let start = map.index(m.span.start);
    let end = map.index(m.span.end);
    let (iso, instant_ms, offset) = match (m.datetime, m.date) {
        (Some(dt), _) => {
            (Some(dt.to_rfc3339()), Some(dt.timestamp_millis()), Some(dt.offset().to_string()))
        }
        (None, Some(d)) => {
            match d.and_hms_opt(0, 0, 0).and_then(|t| instant_of(t, parser.effective_zone())) {
                Some((ms, offset)) => (Some(d.to_string()), Some(ms), Some(offset)),
                None => (Some(d.to_string()), None, None),
            }
        }
        _ => (None, None, None),
    };
    let warnings = m
        .expression
        .iter()
        .flat_map(|e| e.warnings.iter())
        .map(|w| {
            let span = w.span();
            WarningOut {
                code: w.code(),
                message: w.to_string(),
                start: span.as_ref().map(|s| anchors.index(s.start)),
                end: span.as_ref().map(|s| anchors.index(s.end)),
            }
        })
        .collect();
    MentionOut {
        start,
        end,
        text: m.text(text),
        kind: m.kind.code(),
        value: m.timex(),
        iso,
        instant_ms,
        offset,
        day: m.date.map(|d| d.to_string()),
        time: m.time.map(|t| Time { hour: t.hour(), minute: t.minute(), second: t.second() }),
        period: m.period.map(|p| p.bengali()),
        year: m.year,
        month: m.month,
        week: m.week,
        duration: match m.kind {
            MentionKind::Duration(d) => Some(DurationOut {
                years: d.years,
                months: d.months,
                weeks: d.weeks,
                days: d.days,
                hours: d.hours,
                minutes: d.minutes,
                seconds: d.seconds,
            }),
            _ => None,
        },
        recurrence: match m.kind {
            MentionKind::Set(r) => Some(RecurrenceOut {
                weekday: weekday_index(r.weekday),
                nth_of_month: r.nth_of_month,
            }),
            _ => None,
        },
        role: m.role.code(),
        anchor: anchor_json(&m.anchor, anchors),
        assumptions: m.assumptions.iter().map(|a| a.code()).collect(),
        warnings,
    }
}

/// `text` read as one document (`Parser::read_document`): `{"mentions": […], "errors": […]}`,
/// or one `{"error": …}` object when the options are invalid.
#[wasm_bindgen(js_name = readDocument)]
pub fn read_document(text: &str, options: &str) -> String {
    let (parser, _) = match parser_from(options) {
        Ok(p) => p,
        Err(e) => return e.to_string(),
    };
    let doc = parser.read_document(text);
    let mut map = Utf16::new(text);
    let mut anchors = Utf16::new(text);
    let mentions: Vec<MentionOut<'_>> = doc
        .mentions
        .iter()
        .map(|m| mention_out(m, text, &parser, &mut map, &mut anchors))
        .collect();
    let errors: Vec<Value> = doc
        .errors
        .iter()
        .map(|e| {
            let mut reply = error_json(e, &mut anchors);
            reply["error"].take()
        })
        .collect();
    json!({"mentions": mentions, "errors": errors}).to_string()
}

/// A Bangabda day as `toBangla` returns it (see `BanglaDay` in index.d.ts).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct BanglaDay {
    year: i32,
    month: u8,
    day: u8,
    month_name: &'static str,
    month_name_latin: &'static str,
    weekday: u32,
    weekday_name: &'static str,
    season: &'static str,
    season_latin: &'static str,
    rule: &'static str,
    gregorian: String,
    text: String,
}

#[derive(Serialize)]
struct BanglaReply {
    bangla: BanglaDay,
}

fn bangla_json(date: BanglaDate) -> String {
    let reply = BanglaReply {
        bangla: BanglaDay {
            year: date.year(),
            month: date.month().number(),
            day: date.day(),
            month_name: date.month().bengali(),
            month_name_latin: date.month().roman(),
            weekday: weekday_index(date.weekday()),
            weekday_name: weekday_bengali(date.weekday()),
            season: date.season().bengali(),
            season_latin: date.season().roman(),
            rule: date.rule().name(),
            gregorian: date.to_gregorian().to_string(),
            text: date.to_string(),
        },
    };
    serde_json::to_string(&reply).unwrap_or_default()
}

/// The civil date a JS value names: an ISO date string as written, or an instant (`ms`) read in
/// the zone of `rule` (or `time_zone`).
fn civil_from(iso: &str, ms: f64, rule: Rule, time_zone: &str) -> Result<NaiveDateTime, Value> {
    if !iso.is_empty() {
        return parse_civil(iso.trim()).ok_or_else(|| {
            usage_error(
                "invalid-date",
                format!("invalid date `{iso}` (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS])"),
            )
        });
    }
    let tz = if time_zone.is_empty() { None } else { Some(time_zone) };
    let offset = zone_for(rule, tz)?;
    civil_at(ms, offset)
        .ok_or_else(|| usage_error("invalid-date", "the Date is not valid".to_owned()))
}

fn rule_or_default(rule: &str) -> Result<Rule, Value> {
    Ok(rule_from(if rule.is_empty() { None } else { Some(rule) })?.unwrap_or_default())
}

/// The Bangabda date of a Gregorian day: `iso` (`YYYY-MM-DD`), or when empty the instant `ms`
/// read in `time_zone` (empty: the rule's zone).
#[wasm_bindgen(js_name = toBangla)]
pub fn to_bangla(iso: &str, ms: f64, rule: &str, time_zone: &str) -> String {
    let run = || -> Result<String, Value> {
        let rule = rule_or_default(rule)?;
        let civil = civil_from(iso, ms, rule, time_zone)?;
        BanglaDate::from_gregorian(civil.date(), rule).map(bangla_json).map_err(|e| arg_error(&e))
    };
    run().unwrap_or_else(|e| e.to_string())
}

fn month_from(month: &str) -> Result<Month, Value> {
    month.parse::<Month>().map_err(|e| arg_error(&e))
}

/// The Gregorian day of a Bangabda date; `month` is a number or a month name.
#[wasm_bindgen(js_name = toGregorian)]
pub fn to_gregorian(year: f64, month: &str, day: f64, rule: &str) -> String {
    let run = || -> Result<Value, Value> {
        let rule = rule_or_default(rule)?;
        let month = month_from(month)?;
        if !(year.is_finite() && day.is_finite()) || year.fract() != 0.0 || day.fract() != 0.0 {
            return Err(usage_error("invalid-date", "year and day must be integers".to_owned()));
        }
        let date = BanglaDate::from_parts(year as i64, month, day as i64, rule)
            .map_err(|e| arg_error(&e))?;
        let g = date.to_gregorian();
        Ok(json!({"gregorian": {
            "year": g.year(), "month": g.month(), "day": g.day(),
            "weekday": weekday_index(g.weekday()), "iso": g.to_string(),
        }}))
    };
    run().unwrap_or_else(|e| e).to_string()
}

/// Print a date or date-time in Bengali with a preset (`header`, `byline`, `dateline`, `bangla`)
/// or a pattern. `iso` is a civil date or date-time; when empty, the instant `ms` is read in
/// `time_zone` (empty: the rule's zone) and printed with its time.
#[wasm_bindgen]
pub fn format(iso: &str, ms: f64, pattern: &str, rule: &str, time_zone: &str) -> String {
    let run = || -> Result<Value, Value> {
        let rule = rule_or_default(rule)?;
        let format = match pattern.parse::<Preset>() {
            Ok(preset) => Format::from(preset),
            Err(_) => Format::parse(pattern).map_err(|e| arg_error(&e))?,
        }
        .rule(rule);
        let civil = civil_from(iso, ms, rule, time_zone)?;
        let date_only = !iso.is_empty() && iso.trim().len() <= 10;
        let out = if date_only { format.format(civil.date()) } else { format.format(civil) };
        out.map(|s| json!({"text": s})).map_err(|e| arg_error(&e))
    };
    run().unwrap_or_else(|e| e).to_string()
}

/// The names the JS side needs to build results from numbers: rule names in `Rule::ALL` order
/// (the index `toBanglaParts` takes), the default rule, and per month (1..=12, index 0 unused)
/// the Bengali and Latin month and season names, and per weekday (0 = Sunday) the Bengali name.
#[wasm_bindgen]
pub fn tables() -> String {
    let months = Month::ALL;
    let weekdays = [
        Weekday::Sun,
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
    ];
    json!({
        "rules": Rule::ALL.map(Rule::name),
        "defaultRule": Rule::default().name(),
        "months": months.map(|m| m.bengali()),
        "monthsLatin": months.map(|m| m.roman()),
        "seasons": months.map(|m| m.season().bengali()),
        "seasonsLatin": months.map(|m| m.season().roman()),
        "weekdays": weekdays.map(weekday_bengali),
    })
    .to_string()
}

/// `toBangla` without strings or JSON, for speed: the Gregorian day `year-month-day`, or when
/// `ms` is a number the day of that instant in `time_zone` (empty: the rule's zone), under
/// `Rule::ALL[rule]`. Returns `[year, month, day, weekday, gregorian year, month, day]`, or an
/// empty array on any error (the JS side then calls `toBangla` for the error itself).
#[wasm_bindgen(js_name = toBanglaParts)]
pub fn to_bangla_parts(
    year: i32,
    month: u32,
    day: u32,
    ms: f64,
    rule: usize,
    time_zone: &str,
) -> Vec<i32> {
    let run = || -> Option<Vec<i32>> {
        let rule = *Rule::ALL.get(rule)?;
        let date = if ms.is_nan() {
            NaiveDate::from_ymd_opt(year, month, day)?
        } else {
            let tz = if time_zone.is_empty() { None } else { Some(time_zone) };
            civil_at(ms, zone_for(rule, tz).ok()?)?.date()
        };
        let b = BanglaDate::from_gregorian(date, rule).ok()?;
        let g = b.to_gregorian();
        Some(vec![
            b.year(),
            i32::from(b.month().number()),
            i32::from(b.day()),
            i32::try_from(weekday_index(b.weekday())).ok()?,
            g.year(),
            i32::try_from(g.month()).ok()?,
            i32::try_from(g.day()).ok()?,
        ])
    };
    run().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kind_names_are_kebab_case_variant_names() {
        let err = Parser::new().parse("৩০ ফেব্রুয়ারি ২০২৬").unwrap_err();
        assert_eq!(kind_name(&err), "day-out-of-range");
        let err = Parser::new().parse("").unwrap_err();
        assert_eq!(kind_name(&err), "empty");
    }

    #[test]
    fn a_document_crosses_with_utf16_spans_and_anchors() {
        // The README's example after an emoji (2 UTF-16 units, 4 bytes) and Bengali letters.
        let text = "😀 বুধবার (১২ জুন) সকালে মিছিল হয়। পরদিন সন্ধ্যা ৭টায় সমাবেশ। তিন দিন ধরে চলবে।";
        let out: Value =
            serde_json::from_str(&read_document(text, r#"{"reference":"2024-06-14T09:00"}"#))
                .unwrap();
        let units: Vec<u16> = text.encode_utf16().collect();
        let slice = |a: &Value, b: &Value| {
            let (a, b) = (a.as_u64().unwrap() as usize, b.as_u64().unwrap() as usize);
            String::from_utf16(&units[a..b]).unwrap()
        };
        let ms = out["mentions"].as_array().unwrap();
        let values: Vec<&str> = ms.iter().map(|m| m["value"].as_str().unwrap()).collect();
        assert_eq!(values, ["2024-06-12TMO", "2024-06-13T19:00", "P3D"]);
        for m in ms {
            assert_eq!(slice(&m["start"], &m["end"]), m["text"].as_str().unwrap());
        }
        let next = &ms[1];
        assert_eq!(next["text"], "পরদিন সন্ধ্যা ৭টায়");
        assert_eq!(next["anchor"]["rule"], "back-reference");
        assert_eq!(next["anchor"]["days"], 1);
        assert_eq!(slice(&next["anchor"]["start"], &next["anchor"]["end"]), ms[0]["text"]);
        assert_eq!(ms[2]["duration"]["days"], 3);
    }

    #[test]
    fn a_zone_left_out_of_the_build_is_named_with_the_way_to_get_it() {
        let kept = ["Asia/Dhaka", "UTC", "Etc/GMT+5", "GMT", "Asia/Kolkata"];
        let message = zone_message("America/New_York", &kept).unwrap();
        assert!(message.starts_with("time zone `America/New_York` is not in this build"));
        assert!(message.contains("carries only Asia/Dhaka, Asia/Kolkata, UTC (their histories"));
        assert!(
            message.contains("timeZone: '-05:00'") && message.contains("BANGLA_DATE_ALL_ZONES=1")
        );
        // With the whole database, an unknown name is just unknown (the library's message).
        let whole: Vec<&str> = chrono_tz::TZ_VARIANTS.iter().map(|tz| tz.name()).collect();
        assert!(whole.len() >= WHOLE_DATABASE, "{} zones", whole.len());
        assert_eq!(zone_message("Mars/Olympus", &whole), None);
    }

    #[test]
    fn an_instant_is_read_in_the_zone_with_its_history() {
        // 2009-07-15 04:00 UTC: 11:00 in Dhaka's daylight saving time, 09:30 in Kolkata.
        let ms = 1_247_630_400_000.0;
        let dhaka = civil_at(ms, Zone::DHAKA).unwrap();
        assert_eq!(dhaka.to_string(), "2009-07-15 11:00:00");
        assert_eq!(civil_at(ms, Zone::KOLKATA).unwrap().to_string(), "2009-07-15 09:30:00");
        assert_eq!(instant_of(dhaka, Zone::DHAKA), Some((1_247_630_400_000, "+07:00".to_owned())));
        assert_eq!(civil_at(f64::NAN, Zone::DHAKA), None);
    }
}
