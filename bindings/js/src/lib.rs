//! The WebAssembly core of the `bangla-dateparser` npm package.
//!
//! The exports take and return strings: options arrive as a JSON object, results leave as JSON,
//! and the hand-written JavaScript wrapper (`src/api.js`) turns them into `Match` objects,
//! `Date`s and thrown `BanglaDateError`s. Keeping the boundary to strings keeps the generated
//! glue small and the JS-facing shape in one place that a reader can see whole (`index.d.ts`).
//! The one exception is `toBanglaParts`, numbers in and out, because a calendar conversion is
//! cheap enough that strings and JSON would be most of its cost.
//!
//! A match, a mention and an error are the library's serde form (the one wire shape: the CLI
//! prints the same), with every span turned from UTF-8 bytes into UTF-16 indices (what
//! `String.prototype.slice` takes) by the library's `OffsetMap::convert`, and `text` beside a
//! match or mention. Nothing here names a field of them. Beside each form goes the one thing a
//! JS `Date` needs that the form does not say: the instant, in epoch milliseconds (a day alone
//! starts at its midnight in the zone the library read it in, `Parser::zone_of`).

use bangla_date::format::Format;
use bangla_date::parse::{
    Match, Mention, OffsetMap, OffsetUnit, Offsets, Parser, RuleChoice, Warning, YearResolution,
    Zone,
};
use bangla_date::{BanglaDate, Error, ErrorKind, Month, Rule, weekday_bengali};
use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use wasm_bindgen::prelude::wasm_bindgen;

/// The options every text call takes, as the JS wrapper sends them (it refuses names it does
/// not know before they get here).
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
    night_follows_day: Option<bool>,
    /// The day the text is read (`YYYY-MM-DD`; `Parser::read_on`). The JS wrapper always sends
    /// one, today in Bangladesh by default (WebAssembly has no clock), as the CLI does.
    read_on: Option<String>,
}

/// A library error about an option or argument (a rule, zone, month or pattern) rather than
/// about the text: its span, if any, is into the argument, so none is passed on. `name` is the
/// option's name, said before the message.
fn arg_error(name: &str, e: &Error) -> Value {
    usage_error(e.kind().code(), format!("{name}: {}", e.kind()))
}

/// A library error about a value given (a date that does not exist, a month name, a pattern)
/// rather than about the text: no span, as [`arg_error`].
fn value_error(e: &Error) -> Value {
    usage_error(e.kind().code(), e.kind().to_string())
}

/// An error about an argument rather than about text (no span), in the error form.
fn usage_error(kind: &str, message: String) -> Value {
    json!({"error": {"kind": kind, "message": message, "span": null}})
}

fn parse_zone(name: &str, s: &str) -> Result<Zone, Value> {
    s.parse::<Zone>().map_err(|e| match e.kind() {
        ErrorKind::UnknownTimeZone { found } => {
            let compiled: Vec<&str> = chrono_tz::TZ_VARIANTS.iter().map(|tz| tz.name()).collect();
            match zone_message(found, &compiled) {
                Some(message) => usage_error(e.kind().code(), message),
                None => arg_error(name, &e),
            }
        }
        _ => arg_error(name, &e),
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
    Some(zone.to_local(DateTime::from_timestamp_millis(ms as i64)?))
}

/// The instant a day starts at in `zone` (its midnight, placed as the library places any
/// local time: `Zone::localize`), in epoch milliseconds.
fn day_start(day: NaiveDate, zone: Zone) -> Option<i64> {
    zone.localize(day.and_time(NaiveTime::MIN)).moment().map(|dt| dt.timestamp_millis())
}

/// The instant a JS `Date` of a match or mention stands for: its moment, else the start of its
/// day in `zone` (the zone the library read it in), else none.
fn instant(
    datetime: Option<DateTime<FixedOffset>>,
    day: Option<NaiveDate>,
    zone: Zone,
) -> Option<i64> {
    match (datetime, day) {
        (Some(dt), _) => Some(dt.timestamp_millis()),
        (None, Some(d)) => day_start(d, zone),
        (None, None) => None,
    }
}

fn rule_from(name: Option<&str>) -> Result<Option<Rule>, Value> {
    match name {
        None => Ok(None),
        Some(name) => name.parse::<Rule>().map(Some).map_err(|e| arg_error("rule", &e)),
    }
}

/// The zone in which a JS `Date` is read as a civil date for calendar calls: the one asked for,
/// else the rule's own (Kolkata for West Bengal, Dhaka otherwise).
fn zone_for(rule: Rule, time_zone: Option<&str>) -> Result<Zone, Value> {
    match time_zone {
        Some(tz) => parse_zone("timeZone", tz),
        None => Ok(Parser::new().rule(rule).effective_zone()),
    }
}

/// The parser the options describe. Every name is read by the library (`RuleChoice`, `Zone`,
/// `YearResolution`).
fn parser_from(options: &str) -> Result<Parser, Value> {
    let options: Options = if options.is_empty() {
        Options::default()
    } else {
        serde_json::from_str(options)
            .map_err(|e| usage_error("invalid-options", format!("invalid options: {e}")))?
    };
    let mut parser = Parser::new();
    if let Some(rule) = options.rule.as_deref() {
        parser = parser.rule_choice(rule.parse::<RuleChoice>().map_err(|e| arg_error("rule", &e))?);
    }
    if let Some(tz) = options.time_zone.as_deref() {
        parser = parser.zone(parse_zone("timeZone", tz)?);
    }
    if let Some(prefer) = options.prefer.as_deref() {
        let how = prefer
            .parse::<YearResolution>()
            .map_err(|e| usage_error("invalid-options", format!("prefer: {}", e.kind())))?;
        parser = parser.year_resolution(how);
    }
    if let Some(yes) = options.night_follows_day {
        parser = parser.night_follows_day(yes);
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
    if let Some(s) = options.read_on.as_deref() {
        // Read as the CLI reads `--read-on`: a day, or the day of a date and time.
        let day = parse_civil(s).ok_or_else(|| {
            usage_error("invalid-options", format!("invalid readOn `{s}` (expected YYYY-MM-DD)"))
        })?;
        parser = parser.read_on(day.date());
    }
    Ok(parser)
}

fn weekday_index(w: Weekday) -> u32 {
    // JS counts like Date.prototype.getDay: Sunday is 0.
    w.num_days_from_sunday()
}

/// A value's serde form with `text` after its fields: a match or a mention as the CLI prints a
/// mention.
#[derive(Serialize)]
struct WithText<'a, T: Serialize> {
    #[serde(flatten)]
    value: &'a T,
    text: &'a str,
}

/// A match for the JS wrapper: `{"match": FORM, "ms": instant, "messages": [its warnings'
/// messages]}` (a warning's message is not in the form; sent beside it, it costs the .wasm
/// nothing, where reading a warning back to word it would add 150 kB of deserializers).
#[derive(Serialize)]
struct MatchReply<'t> {
    #[serde(rename = "match")]
    found: WithText<'t, Match>,
    ms: Option<i64>,
    messages: Vec<String>,
}

/// The messages of `warnings`, for people.
fn messages(warnings: &[Warning]) -> Vec<String> {
    warnings.iter().map(ToString::to_string).collect()
}

/// An error for the JS wrapper: `{"error": FORM}`.
#[derive(Serialize)]
struct ErrorReply {
    error: Error,
}

/// One item of `extract`.
#[derive(Serialize)]
#[serde(untagged)]
enum Item<'t> {
    Found(MatchReply<'t>),
    Invalid(ErrorReply),
}

/// Serialize a reply (plain data: serialization cannot fail).
fn to_string<T: Serialize>(reply: &T) -> String {
    serde_json::to_string(reply).unwrap_or_default()
}

/// `m`, found in `text`, as an item: its spans in the UTF-16 units of `map`, its text, and the
/// instant of its Date.
fn found<'a>(
    m: &'a mut Match,
    text: &'a str,
    parser: &Parser,
    map: &mut OffsetMap<'_>,
) -> Item<'a> {
    let ms = instant(m.datetime, m.date, parser.zone_of(m));
    let written = m.text(text);
    m.map_offsets(&mut |byte| map.map(byte));
    let messages = messages(&m.warnings);
    Item::Found(MatchReply { found: WithText { value: m, text: written }, ms, messages })
}

/// Read `text` as one date/time expression. Returns `{"match": …, "ms": …}` or `{"error": …}`.
#[wasm_bindgen]
pub fn parse(text: &str, options: &str) -> String {
    let parser = match parser_from(options) {
        Ok(p) => p,
        Err(e) => return e.to_string(),
    };
    let mut map = OffsetMap::new(text, OffsetUnit::Utf16);
    match parser.parse(text) {
        Ok(mut m) => to_string(&found(&mut m, text, &parser, &mut map)),
        Err(e) => to_string(&ErrorReply { error: map.convert(e) }),
    }
}

/// Every expression in `text`: a JSON array of `{"match": …, "ms": …}` and `{"error": …}` in
/// text order, or one `{"error": …}` object when the options are invalid.
#[wasm_bindgen]
pub fn extract(text: &str, options: &str) -> String {
    let parser = match parser_from(options) {
        Ok(p) => p,
        Err(e) => return e.to_string(),
    };
    let mut map = OffsetMap::new(text, OffsetUnit::Utf16);
    let mut read: Vec<Result<Match, Error>> = parser.extract(text).collect();
    let items: Vec<Item<'_>> = read
        .iter_mut()
        .map(|item| match item {
            Ok(m) => found(m, text, &parser, &mut map),
            Err(e) => Item::Invalid(ErrorReply { error: map.convert(e.clone()) }),
        })
        .collect();
    to_string(&items)
}

/// A mention for the JS wrapper: `{"mention": FORM, "ms": instant, "expressionMs": instant of
/// its expression, "messages": [its warnings' messages], "expressionMessages": [its
/// expression's]}`.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct MentionReply<'t> {
    mention: WithText<'t, Mention>,
    ms: Option<i64>,
    expression_ms: Option<i64>,
    messages: Vec<String>,
    expression_messages: Vec<String>,
}

/// A document for the JS wrapper: its mentions and its errors (the error form).
#[derive(Serialize)]
struct DocumentReply<'t> {
    mentions: Vec<MentionReply<'t>>,
    errors: Vec<Error>,
}

/// `text` read as one document (`Parser::read_document`): `{"mentions": [{"mention": …, "ms":
/// …, "expressionMs": …}, …], "errors": [ERROR, …]}`, or one `{"error": …}` object when the
/// options are invalid.
#[wasm_bindgen(js_name = readDocument)]
pub fn read_document(text: &str, options: &str) -> String {
    let parser = match parser_from(options) {
        Ok(p) => p,
        Err(e) => return e.to_string(),
    };
    let doc = parser.read_document(text);
    let mut map = OffsetMap::new(text, OffsetUnit::Utf16);
    let mut mentions = Vec::with_capacity(doc.mentions.len());
    let mut times = Vec::with_capacity(doc.mentions.len());
    for m in doc.mentions {
        let ms = instant(m.datetime, m.date, parser.zone_of_mention(&m));
        let expression_ms =
            m.expression.as_ref().and_then(|e| instant(e.datetime, e.date, parser.zone_of(e)));
        let span = m.span.clone();
        times.push((ms, expression_ms, span));
        mentions.push(map.convert(m));
    }
    let errors = map.convert(doc.errors);
    let replies = mentions
        .iter()
        .zip(&times)
        .map(|(m, (ms, expression_ms, span))| MentionReply {
            mention: WithText { value: m, text: text.get(span.clone()).unwrap_or_default() },
            ms: *ms,
            expression_ms: *expression_ms,
            messages: messages(&m.warnings),
            expression_messages: m
                .expression
                .as_ref()
                .map_or_else(Vec::new, |e| messages(&e.warnings)),
        })
        .collect();
    to_string(&DocumentReply { mentions: replies, errors })
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
        BanglaDate::from_gregorian(civil.date(), rule).map(bangla_json).map_err(|e| value_error(&e))
    };
    run().unwrap_or_else(|e| e.to_string())
}

/// The instant (epoch milliseconds) the Gregorian day `iso` (`YYYY-MM-DD`) starts at in
/// `time_zone` (empty: the zone of `rule`), as the library places a local time; NaN when any
/// argument is invalid (the JS side asks only for days it got from `toBangla`).
#[wasm_bindgen(js_name = dayStart)]
pub fn day_start_ms(iso: &str, rule: &str, time_zone: &str) -> f64 {
    let run = || -> Option<i64> {
        let rule = rule_or_default(rule).ok()?;
        let tz = if time_zone.is_empty() { None } else { Some(time_zone) };
        day_start(iso.trim().parse().ok()?, zone_for(rule, tz).ok()?)
    };
    run().map_or(f64::NAN, |ms| ms as f64)
}

fn month_from(month: &str) -> Result<Month, Value> {
    month.parse::<Month>().map_err(|e| value_error(&e))
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
            .map_err(|e| value_error(&e))?;
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
        let format = Format::preset_or_pattern(pattern).map_err(|e| value_error(&e))?.rule(rule);
        let civil = civil_from(iso, ms, rule, time_zone)?;
        let date_only = !iso.is_empty() && iso.trim().len() <= 10;
        let out = if date_only { format.format(civil.date()) } else { format.format(civil) };
        out.map(|s| json!({"text": s})).map_err(|e| value_error(&e))
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
        "ruleChoices": RuleChoice::NAMES,
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
    fn errors_are_the_librarys_form() {
        let out: Value = serde_json::from_str(&parse("৩০ ফেব্রুয়ারি ২০২৬", "")).unwrap();
        assert_eq!(out["error"]["kind"], "day-out-of-range");
        assert_eq!(
            out["error"]["message"],
            "day 30 is out of range for February 2026 (expected 1..=28)"
        );
        let text = "৩০ ফেব্রুয়ারি ২০২৬";
        assert_eq!(out["error"]["span"], json!({"start": 0, "end": text.encode_utf16().count()}));
        let out: Value = serde_json::from_str(&parse("", "")).unwrap();
        assert_eq!(
            out["error"],
            json!({"kind": "empty", "message": out["error"]["message"], "span": null})
        );
        // An option names itself, and the library's names are the valid ones (infer included).
        let out: Value = serde_json::from_str(&parse("আজ", r#"{"rule":"bd2020"}"#)).unwrap();
        assert_eq!(
            out["error"]["message"],
            "rule: unknown rule `bd2020` (expected one of: evidence, infer, bd2019, bd1987, bd, wb-drik, wb-drik-plain, wb-ss)"
        );
    }

    #[test]
    fn read_on_reaches_the_parser() {
        let text = "শুক্রবার (৭ এপ্রিল) সকালে";
        let out: Value = serde_json::from_str(&parse(text, r#"{"readOn":"2026-12-07"}"#)).unwrap();
        assert_eq!(out["match"]["date"], "2023-04-07");
        assert_eq!(out["match"]["warnings"][0]["kind"], "date-from-reference");
        let out: Value = serde_json::from_str(&parse(text, "")).unwrap();
        assert_eq!(out["match"]["date"], Value::Null);
        let out: Value = serde_json::from_str(&parse(text, r#"{"readOn":"7 Dec"}"#)).unwrap();
        assert_eq!(out["error"]["message"], "invalid readOn `7 Dec` (expected YYYY-MM-DD)");
    }

    #[test]
    fn a_match_is_the_serde_form_with_utf16_spans_and_text() {
        let text = "😀 শনিবার, ২ জানুয়ারি ২০২৬ সকাল ১০টা";
        let found: Value = serde_json::from_str(&extract(text, "")).unwrap();
        let m = &found[0]["match"];
        let units: Vec<u16> = text.encode_utf16().collect();
        let (start, end) =
            (m["span"]["start"].as_u64().unwrap(), m["span"]["end"].as_u64().unwrap());
        assert_eq!(String::from_utf16(&units[start as usize..end as usize]).unwrap(), m["text"]);
        // The library's own form, spans moved to UTF-16.
        let core = Parser::new().extract(text).next().unwrap().unwrap();
        let mut expected =
            serde_json::to_value(OffsetMap::new(text, OffsetUnit::Utf16).convert(core.clone()))
                .unwrap();
        expected["text"] = json!(core.text(text));
        assert_eq!(m, &expected);
        assert_eq!(m["period"], "morning");
        assert_eq!(found[0]["ms"], json!(core.datetime.unwrap().timestamp_millis()));
    }

    #[test]
    fn a_document_crosses_with_utf16_spans_and_anchors() {
        // The README's example after an emoji (2 UTF-16 units, 4 bytes) and Bengali letters.
        let text = "😀 বুধবার (১২ জুন) সকালে মিছিল হয়। পরদিন সন্ধ্যা ৭টায় সমাবেশ। তিন দিন ধরে চলবে।";
        let out: Value =
            serde_json::from_str(&read_document(text, r#"{"reference":"2024-06-14T09:00"}"#))
                .unwrap();
        let units: Vec<u16> = text.encode_utf16().collect();
        let slice = |span: &Value| {
            let (a, b) =
                (span["start"].as_u64().unwrap() as usize, span["end"].as_u64().unwrap() as usize);
            String::from_utf16(&units[a..b]).unwrap()
        };
        let ms: Vec<&Value> =
            out["mentions"].as_array().unwrap().iter().map(|m| &m["mention"]).collect();
        let values: Vec<&str> = ms.iter().map(|m| m["value"].as_str().unwrap()).collect();
        assert_eq!(values, ["2024-06-12TMO", "2024-06-13T19:00", "P3D"]);
        for m in &ms {
            assert_eq!(slice(m), m["text"].as_str().unwrap());
        }
        let next = ms[1];
        assert_eq!(next["text"], "পরদিন সন্ধ্যা ৭টায়");
        assert_eq!(next["anchor"]["rule"], "back-reference");
        assert_eq!(next["anchor"]["days"], 1);
        assert_eq!(slice(&next["anchor"]["from"]), ms[0]["text"]);
        assert_eq!(ms[2]["kind"]["type"], "duration");
        assert_eq!(ms[2]["kind"]["days"], 3);
        // A day part alone has no clock time; its Date is the start of its day in Dhaka.
        assert_eq!(
            out["mentions"][0]["ms"],
            json!(day_start(NaiveDate::from_ymd_opt(2024, 6, 12).unwrap(), Zone::DHAKA))
        );
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
        assert_eq!(civil_at(f64::NAN, Zone::DHAKA), None);
        // The day starts at midnight +07:00 that summer.
        assert_eq!(day_start_ms("2009-07-15", "bd2019", ""), 1_247_590_800_000.0);
        assert_eq!(day_start_ms("2009-07-15", "wb-drik", ""), 1_247_596_200_000.0);
        assert!(day_start_ms("2009-07-32", "bd2019", "").is_nan());
    }
}
