//! The document reader: the extraction engine in document mode ([`Window::document`]), each
//! chain it finds turned into mentions by what it holds ([`classify`]), held until its sentence
//! has ended, then anchored ([`super::anchor`]) and handed out in text order.

use std::collections::VecDeque;
use std::io::Read;
use std::sync::Arc;

use chrono::Datelike;

use super::anchor::{self, Context, Item, Need, SentenceSays, dated_from_reference};
use super::{Anchor, Assumption, Mention, MentionKind};
use crate::calendar::era::EraYear;
use crate::error::Error;
use crate::parse::grammar::{BanglaParts, Chain, DocPart, GregParts, HijriParts, RelParts};
use crate::parse::resolve;
use crate::parse::stream::{Found, ReadSource, Source, Window};
use crate::parse::words::is_locative;
use crate::parse::{Match, Parser, Relative, Role, Unit, Warning};

/// With no reference, mentions that need a year are held until the text's first year is read,
/// for at most this many mentions; past that they are read without it.
pub const HOLD_MENTIONS: usize = 256;

/// A mention, or an expression that could not be read, in text order.
#[derive(Debug)]
enum Entry {
    Item(Box<Item>),
    Error(Error),
}

/// The engine over any source.
#[derive(Debug)]
struct Engine<S> {
    parser: Parser,
    window: Window,
    src: S,
    ctx: Context,
    queue: VecDeque<Entry>,
    out: VecDeque<Result<Mention, Error>>,
    done: bool,
}

impl<S: Source> Engine<S> {
    fn new(mut parser: Parser, src: S) -> Engine<S> {
        // A document dates a yearless day by its story (the years it names, the days before),
        // not by the day it is read: `Parser::read_on` is for lines read alone.
        parser.read_on = None;
        Engine {
            parser,
            window: Window::document(parser),
            src,
            ctx: Context::default(),
            queue: VecDeque::new(),
            out: VecDeque::new(),
            done: false,
        }
    }

    fn next(&mut self) -> Option<Result<Mention, Error>> {
        loop {
            if let Some(x) = self.out.pop_front() {
                // Reading runs ahead of anchoring: an error in the bytes read comes out before
                // the first mention that starts after it.
                let at = match &x {
                    Ok(m) => Some(m.span.start),
                    Err(e) => e.span().map(|s| s.start),
                };
                if let Some(e) = self.src.error_before(at) {
                    self.out.push_front(x);
                    return Some(Err(e));
                }
                return Some(x);
            }
            if self.done && self.queue.is_empty() {
                return self.src.error_before(None).map(Err);
            }
            if !self.done {
                match self.window.next_found(&mut self.src) {
                    Some(found) => self.take(found),
                    None => self.done = true,
                }
            }
            self.flush();
        }
    }

    /// Turn what the engine found into queued mentions.
    fn take(&mut self, found: Found) {
        let read = match &found.read {
            Ok(m) => m.clone(),
            Err(e) => {
                self.queue.push_back(Entry::Error(e.clone()));
                return;
            }
        };
        let layout = self.window.layout_mut().and_then(|l| l.sentence_of(found.token));
        let (sentence, line, paragraph) = layout.map_or((0, 0, 0), |s| (s.id, s.line, s.paragraph));
        let opens_sentence = layout.is_some_and(|s| s.first_token == found.token);
        let dateline = is_dateline(&found.chain, self.src.text());
        let names_told_day = names_told_day(&found.chain, self.src.text());
        let items = classify(&self.parser, &found, read, self.src.text());
        if items.is_empty() {
            // Not a mention: look again one token on, so that nothing inside it is skipped.
            self.window.resume_at(found.token + 1);
            return;
        }
        for mut it in items {
            it.sentence = sentence;
            it.line = line;
            it.paragraph = paragraph;
            it.opens_sentence = opens_sentence;
            it.dateline = dateline && it.kind == MentionKind::Point;
            it.names_told_day = names_told_day;
            if self.ctx.first_year.is_none() {
                let year = match it.kind {
                    MentionKind::Year if it.need == Need::Nothing => it.year,
                    MentionKind::Point if it.written_day() => it.date.map(|d| d.year()),
                    _ => None,
                };
                if let Some(y) = year {
                    self.ctx.first_year = Some((y, it.span.clone()));
                }
            }
            self.queue.push_back(Entry::Item(Box::new(it)));
        }
    }

    /// Anchor and hand out the mentions that are ready: their sentence has ended (its tense is
    /// known), and the other end of their range or list has been read.
    fn flush(&mut self) {
        let layout_final =
            |s: u64, w: &mut Window| w.layout_mut().is_none_or(|l| l.has_ended(s)) || w.lexed_all();
        // With no reference, wait for the text's first year (a bounded while).
        if !self.done
            && self.parser.reference.is_none()
            && self.ctx.first_year.is_none()
            && self.queue.len() < HOLD_MENTIONS
        {
            return;
        }
        let mut ready = 0;
        for e in &self.queue {
            let ok = match e {
                Entry::Error(_) => true,
                Entry::Item(it) => self.done || layout_final(it.sentence, &mut self.window),
            };
            if !ok {
                break;
            }
            ready += 1;
        }
        // The first end of a range or list waits for its other end.
        while !self.done && ready > 0 {
            let waits = matches!(
                self.queue.get(ready - 1),
                Some(Entry::Item(it)) if matches!(it.role, Role::RangeStart | Role::ListItem)
            );
            if !waits {
                break;
            }
            ready -= 1;
        }
        if ready == 0 {
            return;
        }
        let batch: Vec<Entry> = self.queue.drain(..ready).collect();
        let mut items: Vec<Item> = Vec::new();
        let mut order: Vec<Result<usize, Error>> = Vec::new();
        for e in batch {
            match e {
                Entry::Item(it) => {
                    order.push(Ok(items.len()));
                    items.push(*it);
                }
                Entry::Error(e) => order.push(Err(e)),
            }
        }
        let window = &mut self.window;
        let mut says = |id: u64| {
            let s = window.layout_mut().and_then(|l| l.sentence(id));
            s.map_or(SentenceSays::default(), |s| SentenceSays {
                future: s.future,
                past: s.past,
                happened: s.happened,
                quoted: s.quoted,
                daily: s.daily,
                daily_before: false,
                narrative: s.narrative,
            })
        };
        let says_now: Vec<(u64, SentenceSays)> = {
            // (And the sentence before each: what it said of recurring hours.)
            let mut ids: Vec<u64> =
                items.iter().flat_map(|it| [it.sentence.saturating_sub(1), it.sentence]).collect();
            ids.sort_unstable();
            ids.dedup();
            ids.into_iter().map(|id| (id, says(id))).collect()
        };
        let lookup =
            |id: u64| says_now.iter().find(|(s, _)| *s == id).map(|(_, s)| *s).unwrap_or_default();
        anchor::anchor_all(&self.parser, &mut self.ctx, &mut items, lookup);
        let mut items: Vec<Option<Item>> = items.into_iter().map(Some).collect();
        for o in order {
            match o {
                Ok(k) => {
                    let Some(it) = items.get_mut(k).and_then(Option::take) else { continue };
                    // A back-reference with nothing before it to point at (`সে দিন আর নেই`) is
                    // no date; nor is the head of a list that never found its list.
                    let pointless = matches!(it.need, Need::BackReference(_) | Need::List)
                        && it.anchor == Anchor::Unanchored;
                    if !pointless {
                        self.out.push_back(Ok(it.into_mention()));
                    }
                }
                Err(e) => self.out.push_back(Err(e)),
            }
        }
        // The sentences before the first mention still held are done with.
        let keep = match self.queue.front() {
            Some(Entry::Item(it)) => Some(it.sentence),
            _ => None,
        };
        if let Some(layout) = self.window.layout_mut() {
            match keep {
                Some(s) => layout.release_before(s),
                // The last sentence flushed may go on with mentions not yet found.
                None => layout.release_before(says_now.last().map_or(0, |(s, _)| *s)),
            }
        }
    }
}

/// `পহেলা বৈশাখ`, `পয়লা বৈশাখে` written alone: the new year's festival by its name, as a
/// text names Eid or Ashura, not a day it tells (the articles' guideline 6). With its year, a
/// Gregorian date, a weekday or a time beside it (`পয়লা বৈশাখ ১৪২৩-এর`, `১লা বৈশাখ`), a date.
fn festival_name(chain: &Chain, text: &str) -> bool {
    let Some(b) = &chain.bangla else { return false };
    let alone = chain.greg.is_none()
        && chain.hijri.is_none()
        && chain.saka.is_none()
        && chain.weekday.is_none()
        && chain.time.is_none()
        && chain.relative.is_none();
    // (The first day in words, পয়লা / পহেলা, before the month: not the month's name first,
    // `ব'হাগ মাহৰ ১ তাৰিখে`; probe 11.)
    let in_words = text.get(chain.span.clone()).is_some_and(|t| t.starts_with('প'));
    alone
        && in_words
        && b.day == 1
        && b.month == crate::calendar::Month::Boishakh
        && b.year.is_none()
}

/// `আজকের পত্রিকা`, `আজকের কাগজ`: today's genitive alone before a newspaper's word, the paper's
/// name, no day (probe 13).
fn paper_name(chain: &Chain, text: &str) -> bool {
    let today_alone = matches!(chain.relative, Some((RelParts::Day(0), _)))
        && chain.greg.is_none()
        && chain.weekday.is_none()
        && chain.time.is_none();
    let genitive = text.get(chain.span.clone()).is_some_and(|t| t.ends_with('র'));
    let next = text.get(chain.span.end..).and_then(|t| t.split_whitespace().next());
    today_alone
        && genitive
        && next.is_some_and(|w| ["পত্রিকা", "কাগজ"].iter().any(|p| w.starts_with(p)))
}

/// The mentions a chain makes (none, one, or one per calendar of a date bar).
fn classify(p: &Parser, found: &Found, mut m: Match, text: &str) -> Vec<Item> {
    let chain = &found.chain;
    let start = chain.content_start.unwrap_or(chain.span.start).max(chain.span.start);
    let span = start + found.base..chain.span.end + found.base;
    if festival_name(chain, text) || paper_name(chain, text) {
        return Vec::new();
    }
    let mut items = Vec::with_capacity(1);
    let shared = Arc::new(chain.clone());
    let mut with_chain = |mut it: Item| {
        it.role = found.role;
        it.chain = Some(Arc::clone(&shared));
        it.base = found.base;
        items.push(it);
    };
    // `১৯৭১ সালে এ মাসের ৭ তারিখে`: the year heads a day of "this month", which the resolver
    // dated in it; the mention is that day, not the year (probe 7).
    let this_month_day = chain.day_only.is_some()
        && chain.month_offset == Some(0)
        && m.date.is_some()
        && (chain.month_year.is_some() || chain.year_offset.is_some());
    if let Some(doc) = chain.doc.as_ref().filter(|_| !this_month_day) {
        let mut it = Item::new(span.clone(), MentionKind::Point, Need::Nothing);
        match *doc {
            DocPart::Duration(d) => it.kind = MentionKind::Duration(d),
            DocPart::Set(r) => it.kind = MentionKind::Set(r),
            DocPart::NthWeekday(..) => return Vec::new(),
            DocPart::Year { other: Some(era), year, .. } => {
                it.kind = MentionKind::OtherCalendar;
                it.era_year = Some(EraYear::new(era, year));
            }
            DocPart::OtherMonth => it.kind = MentionKind::OtherCalendar,
            // A year written short that no full year before it completed (`-১০ আসনে`): no year.
            DocPart::Year { short: true, .. } => return Vec::new(),
            DocPart::Year { year, .. } => {
                it.kind = MentionKind::Year;
                it.year = Some(year);
            }
            DocPart::Counted { unit, offset, day } => {
                it.need = Need::Counted { unit, offset, month: None, day };
            }
            // `নতুন বছরের প্রথম টেস্টে`: in the year's first half, the year begun; after it, the
            // one to come.
            DocPart::NewYear => {
                it.kind = MentionKind::Year;
                match p.reference {
                    Some(r) => {
                        it.year = Some(r.year() + i32::from(r.month() > 6));
                        it.anchor = Anchor::Reference;
                    }
                    None => it.anchor = Anchor::Unanchored,
                }
            }
            DocPart::StoryMonth(offset) => {
                it.need = Need::StoryMonth(offset);
                it.kind = MentionKind::Month;
            }
            DocPart::StoryWeek(offset) => {
                it.need = Need::StoryWeek(offset);
                it.kind = MentionKind::Week;
            }
            DocPart::NamedMonth { year, month } => {
                it.kind = MentionKind::Month;
                (it.year, it.month) = (Some(year), Some(month));
                it.assumptions.push(Assumption::NamedEvent);
            }
            // `৭১ সালে`: the century from the reference (94 years before it to 5 after, as a
            // two-digit date's), else the 1900s for 30–99; said with `century-inferred`.
            DocPart::ShortYear(yy) => {
                let yy = i32::from(yy);
                let year = match p.reference {
                    Some(r) => resolve::century(yy, r.date()),
                    None if yy >= 30 => 1900 + yy,
                    None => return Vec::new(),
                };
                it.kind = MentionKind::Year;
                it.year = Some(year);
                m.warnings.push(Warning::CenturyInferred { year });
                it.reading = Some(m);
            }
            DocPart::NamedYear(year) => {
                it.kind = MentionKind::Year;
                it.year = Some(year);
                it.assumptions.push(Assumption::NamedEvent);
            }
            DocPart::YearlyMonth(month) => {
                it.kind = MentionKind::Month;
                it.month = Some(month);
                it.anchor = Anchor::Recurring;
            }
            DocPart::Decade(year) => {
                it.kind = MentionKind::Decade;
                it.year = Some(year);
            }
            DocPart::Century(year) => {
                it.kind = MentionKind::Century;
                it.year = Some(year);
            }
            DocPart::SpanYear { .. } => {
                it.kind = MentionKind::Year;
                it.anchor = Anchor::Reference;
            }
            DocPart::ListDay(d) => {
                if found.role != Role::ListItem {
                    return Vec::new();
                }
                it.need = Need::List;
                it.day = Some(d);
            }
        }
        with_chain(it);
        return items;
    }
    let has_date = chain.greg.as_ref().is_some_and(|g| g.day.is_some())
        || chain.bangla.is_some()
        || chain.hijri.is_some()
        || chain.saka.is_some();
    if let (Some(days), false) = (&chain.back, has_date) {
        // `নির্বাচনের আগের দিন`: a day counted from an event, not from a date; `ইতিহাসের
        // এইদিনে`: a rubric of anniversaries.
        if (found.genitive_before && *days != 0) || found.generic_before {
            return Vec::new();
        }
        with_chain(Item::of_expression(span, Need::BackReference(*days), m));
        return items;
    }
    // `সে বছর`, `পরের বছর`: the story's year; with a yearless date or a month after it (`একই
    // বছরের ১৫ই ফেব্রুয়ারি`), that year's.
    if let (Some(offset), false) = (chain.story_year, has_date && m.year.is_some() && !yearless(&m))
    {
        let need =
            if chain.greg.is_some() { Need::StoryDate(offset) } else { Need::StoryYear(offset) };
        let mut it = Item::of_expression(span, need, m);
        if chain.greg.is_none() {
            it.kind = MentionKind::Year;
            (it.date, it.year, it.month, it.day) = (None, None, None, None);
        } else if it.day.is_none() {
            it.kind = MentionKind::Month;
        }
        with_chain(it);
        return items;
    }
    // (`গত বছরের আজকের দিনে`: today's day in the year counted, a day.)
    let today_of_year = matches!(chain.relative, Some((RelParts::Day(0), _)));
    if let (Some(offset), false) = (chain.year_offset, has_date || this_month_day || today_of_year)
    {
        let month = chain.greg.as_ref().map(|g| g.month);
        let mut it = Item::of_expression(
            span,
            Need::Counted { unit: crate::parse::Unit::Year, offset, month, day: None },
            m,
        );
        (it.date, it.day) = (None, None);
        with_chain(it);
        return items;
    }
    if let Some(pieces) = calendar_pieces(p, chain, &m, found.base) {
        return pieces;
    }
    // A year of an Indian almanac's era alone (`৫১২৫ কলিযুগাব্দ`), or a Vikram Samvat date
    // (lunar months: no Gregorian day): another calendar's.
    // (An era word with no year is only a cue: `বিক্রম স্যাম্বৎ: ভাদ্র, ২০৮২`.)
    let lunisolar_date = chain.lunisolar && m.date.is_none();
    if (!chain.eras.is_empty() && !has_date || lunisolar_date)
        && chain.time.is_none()
        && chain.relative.is_none()
    {
        let mut it = Item::new(span, MentionKind::OtherCalendar, Need::Nothing);
        it.era_year = chain.eras.first().map(|(y, _)| *y);
        it.expression = Some(m);
        with_chain(it);
        return items;
    }
    // Written with গত/আগামী/চলতি (`গত ২০ ডিসেম্বর`, `চলতি বছরের ৭ জানুয়ারি`): counted from the
    // reference, whatever the story's year.
    let deictic = chain.direction.is_some() || chain.year_offset.is_some();
    // A Hijri date alone, on a page of its days: the reference's day, as the parser guesses it
    // (an other calendar's mention, not a day or time to anchor).
    let hijri_alone = m.hijri.is_some()
        && chain.greg.is_none()
        && m.relative.is_none()
        && m.time.is_none()
        && m.period.is_none();
    let from_reference = dated_from_reference(&m) && !hijri_alone;
    let inferred = yearless(&m);
    let need = if m.date.is_none() && m.day.is_none() && m.year.is_some() && m.relative.is_none() {
        // A month with its year, or a year (`২০২০ সালের মার্চে`): written.
        Need::Nothing
    } else if m.relative.is_some() {
        Need::Relative
    } else if let (Some(day), None, false) = (chain.day_only, chain.month_offset, deictic) {
        // `২৪ তারিখ`: the month of the story's day.
        Need::DayOfMonth(day)
    } else if let (true, Some(w)) = (from_reference, m.weekday) {
        Need::Week(w)
    } else if from_reference {
        Need::Day
    } else if m.month.is_some() && m.day.is_none() && m.year.is_none() {
        Need::MonthYear
    } else if m.date.is_some() && !inferred && !from_reference {
        Need::Nothing
    } else if m.month.is_some() && m.day.is_some() && deictic {
        Need::Relative
    } else if m.month.is_some() && m.day.is_some() {
        Need::Year
    } else if let (Some(w), true) = (m.weekday, m.date.is_none() || from_reference) {
        Need::Week(w)
    } else if (m.date.is_none() || hijri_alone) && (m.hijri.is_some() || m.saka.is_some()) {
        let mut it = Item::of_expression(span, Need::Nothing, m);
        it.kind = MentionKind::OtherCalendar;
        with_chain(it);
        return items;
    } else if (m.time.is_some() || m.period.is_some()) && (m.date.is_none() || from_reference) {
        Need::Day
    } else {
        Need::Nothing
    };
    // A weekday a service is closed on, or a weekly holiday (`কপোতাক্ষ বুধবার বন্ধ`, `শুক্রবার
    // সাপ্তাহিক ছুটি`, `সাপ্তাহিক ছুটি শুক্রবার`): every such weekday.
    if let (Need::Week(weekday), None) = (need, chain.direction) {
        let after = text.get(chain.span.end..).unwrap_or_default().trim_start();
        let before = text.get(..chain.span.start).unwrap_or_default().trim_end();
        // (`বন্ধ` as a table's note, or in the habitual `বন্ধ থাকে`; `বন্ধ থাকবে` is one
        // Wednesday's closing, told in the future.)
        let closed = after.strip_prefix("বন্ধ").is_some_and(|rest| {
            let rest = rest.trim_start();
            rest.is_empty()
                || rest.starts_with([',', '।', '|', ';', ')'])
                || rest.starts_with("থাকে ")
                || rest.starts_with("থাকে।")
        });
        let weekly = closed
            || after.starts_with("সাপ্তাহিক")
            || before.ends_with("সাপ্তাহিক ছুটি")
            || before.ends_with("সাপ্তাহিক বন্ধ");
        if weekly {
            let mut it = Item::new(span, MentionKind::Point, Need::Nothing);
            it.kind = MentionKind::Set(super::Recurrence { weekday, nth_of_month: None });
            it.anchor = Anchor::Recurring;
            with_chain(it);
            return items;
        }
    }
    // `১০০ বছর আগের`: years counted back name a year.
    let in_years = matches!(m.relative, Some(Relative::Offset { unit: Unit::Year, .. }));
    let mut it = Item::of_expression(span, need, m);
    if in_years && it.date.is_some() {
        it.kind = MentionKind::Year;
        (it.date, it.month, it.day) = (None, None, None);
        with_chain(it);
        return items;
    }
    match need {
        Need::Nothing | Need::Relative if it.year.is_some() && it.day.is_none() => {
            it.kind = if it.month.is_some() { MentionKind::Month } else { MentionKind::Year };
        }
        Need::MonthYear => it.kind = MentionKind::Month,
        Need::Week(_) | Need::Day if from_reference => {
            (it.date, it.year, it.month, it.day) = (None, None, None, None);
        }
        _ => {}
    }
    if need == Need::Day && !day_part_or_time_stands(found, &it, text) {
        return Vec::new();
    }
    if need == Need::Day {
        it.bare_hour = is_bare_hour(chain);
        let before = text.get(..chain.span.start).unwrap_or_default().trim_end();
        it.same_hour = it.bare_hour && (before.ends_with("সেই") || before.ends_with("একই"));
    }
    with_chain(it);
    items
}

/// Whether a reading's year was not written beside its date: inferred from the reference, or
/// taken from a year written elsewhere in the text (which the story's year, the document's own
/// reckoning, may overrule).
fn yearless(m: &Match) -> bool {
    m.warnings
        .iter()
        .any(|w| matches!(w, Warning::YearInferred { .. } | Warning::YearFromText { .. }))
}

/// Whether a time or day part alone stands as a mention: a day part in the locative or beside
/// থেকে / পর্যন্ত / দিকে, not generic (`প্রতিদিন সকালে`); a bare hour beside থেকে or পর্যন্ত; any
/// other time.
fn day_part_or_time_stands(found: &Found, it: &Item, text: &str) -> bool {
    let chain = &found.chain;
    let Some(t) = &chain.time else { return false };
    if t.hour.is_none() && t.after_sunrise.is_none() {
        if found.generic_before {
            return false;
        }
        let raw = text.get(t.span.clone()).unwrap_or_default();
        // A day part in the genitive names the time of what follows it (`রাতের বিস্ফোরণে`,
        // `গভীর রাতের অভিযানটিকে`, `রাতের আঁধারে`), unless that is the day part's meal (`রাতের
        // খাবার`, `দুপুরের স্বল্প খাবার`, a meal's name, no moment), or a session's of a timetable
        // (`সকালের পরীক্ষা ১০টা থেকে`, `বিকেলের শিফটে`: every day's; fresh article A04).
        let genitive = raw.ends_with('র') && {
            // (… or a newspaper's name: `ভোরের কাগজ`, `ভোরের ডাক`; probe 13.)
            const MEALS: &[&str] = &[
                "কাগজ",
                "ডাক",
                "পত্রিকা",
                "খাবার",
                "খাওয়া",
                "খাওয়া",
                "আহার",
                "নাস্তা",
                "ভোজ",
                "পরীক্ষা",
                "শিফট",
                "পালা",
                "সেশন",
                "অধিবেশন",
            ];
            let after = text.get(t.span.end..).unwrap_or_default();
            let mut next = after.split_whitespace().take(2);
            !next.any(|w| MEALS.iter().any(|m| w.starts_with(m)))
        };
        return is_locative(raw) || genitive || chain.signal_after || chain.approximate;
    }
    if is_bare_hour(chain) && !chain.is_strong() {
        return found.signal_before
            || chain.signal_after
            || matches!(it.role, Role::RangeStart | Role::RangeEnd);
    }
    true
}

/// Whether `chain`, a weekday alone, names the day of a date told just before it rather than a
/// day of its own: after the words that say so (`২৭ ও ২৮ মার্চ যথাক্রমে শুক্র ও শনিবার`,
/// `ভোট ২৯ মার্চ, সেদিন রবিবার`, `… দিনটি ছিল বুধবার`), or as the next of a list so begun. (A
/// weekday after other words tells its own day: `আগামী ১০ এপ্রিল পরীক্ষা শুরু হবে বলে রোববার
/// জানানো হয়`; probe 8.)
fn names_told_day(chain: &Chain, text: &str) -> bool {
    const SAYS_DAY: &[&str] =
        &["যথাক্রমে", "সেদিন", "সেদিনটি", "দিনটি", "দিনটা", "দিনটিও", "ছিল", "ছিলো", "অর্থাৎ"];
    let bare = chain.weekday.is_some() && chain.greg.is_none() && chain.relative.is_none();
    let Some(before) = text.get(..chain.span.start).filter(|_| bare) else { return false };
    let split = |c: char| c.is_whitespace() || matches!(c, ',' | '(');
    let mut words = before.rsplit(split).filter(|w| !w.is_empty());
    // (Over a list's earlier weekdays and its joining words: `যথাক্রমে শুক্র, শনি ও রবিবার`.)
    for word in words.by_ref().take(6) {
        if SAYS_DAY.contains(&word) {
            return true;
        }
        let listed = matches!(word, "ও" | "এবং")
            || matches!(
                crate::parse::words::lookup(word),
                Some(crate::parse::words::Word::Weekday { .. })
            );
        if !listed {
            return false;
        }
    }
    false
}

/// Whether `chain` is a dateline's date: a day and month after a place and its comma at the
/// start of a line, then a colon or a dash (`কলকাতা, ১২ মার্চ:`, `আগরতলা, ১৬ ফেব্রুয়ারি —`).
fn is_dateline(chain: &Chain, text: &str) -> bool {
    let dated = chain.greg.as_ref().is_some_and(|g| g.day.is_some())
        && chain.relative.is_none()
        && chain.time.is_none();
    if !dated {
        return false;
    }
    let (Some(before), Some(after)) = (text.get(..chain.span.start), text.get(chain.span.end..))
    else {
        return false;
    };
    let line = before.rsplit('\n').next().unwrap_or_default().trim();
    let closes = after.trim_start_matches(' ').starts_with([':', 'ঃ', '-', '–', '—']);
    let place = line.strip_suffix(',').is_some_and(|p| {
        let words = p.split_whitespace().count();
        (1..=3).contains(&words) && !p.chars().any(|c| c.is_numeric())
    });
    closes && place
}

/// A clock hour with no half of the day written (`৩টা`, `৩টা থেকে`); not an almanac's daṇḍa,
/// counted from the sunrise of its day (`দং ৫৬/৫৪/৩৫`), nor an hour of the 24-hour clock after
/// its zone's name (`গ্রিনিচ মান সময় ১৮টা`), which needs no half. (`(১৮টা)` alone counts
/// things: টা is the counting word too.)
fn is_bare_hour(chain: &Chain) -> bool {
    chain.time.as_ref().is_some_and(|t| {
        t.hour.is_some_and(|h| h <= 12 || chain.zone.is_none())
            && t.period.is_none()
            && (t.meridiem.is_none() || t.meridiem_inferred)
            && !t.clock24
            && t.after_sunrise.is_none()
    })
}

/// A date bar in several calendars (`১১ই এপ্রিল, ২০২৫ খ্রিস্টাব্দ , ২৮শে চৈত্র, ১৪৩১ বঙ্গাব্দ ,
/// ১২ই শাওয়াল, ১৪৪৬ হিজরি`) is one match for the parser, which checks the parts against each
/// other; in a document each calendar's date is a mention of its own, each read alone by the
/// resolver: a Bangabda date converted by its rule, a Hijri date the Gregorian day the page pairs
/// it with (Hijri months begin by moon sighting, so the page's pairing is the best evidence).
fn calendar_pieces(p: &Parser, chain: &Chain, whole: &Match, base: usize) -> Option<Vec<Item>> {
    enum Piece<'c> {
        Greg(&'c GregParts),
        Bangla(&'c BanglaParts),
        Hijri(&'c HijriParts),
        Saka(&'c BanglaParts),
    }
    let mut pieces: Vec<(core::ops::Range<usize>, Piece<'_>)> = Vec::new();
    if let Some(g) = chain.greg.as_ref().filter(|g| g.day.is_some()) {
        pieces.push((g.span.clone(), Piece::Greg(g)));
    }
    if let Some(b) = &chain.bangla {
        pieces.push((b.span.clone(), Piece::Bangla(b)));
    }
    if let Some(h) = &chain.hijri {
        pieces.push((h.span.clone(), Piece::Hijri(h)));
    }
    if let Some(s) = &chain.saka {
        pieces.push((s.span.clone(), Piece::Saka(s)));
    }
    if pieces.len() + chain.eras.len() < 2 {
        return None;
    }
    pieces.sort_by_key(|(s, _)| s.start);
    // A relative day before the first date is that date's (`আজকে ৭ অগাস্ট ২০২৫ (২১ শ্রাবণ
    // ১৪৩২)`); a time after the last, a mention of its own (`… ১৪৩২) সকালে`); anywhere else
    // they keep the bar one mention.
    let first_start = pieces.first().map_or(0, |(s, _)| s.start);
    let last_end = pieces.last().map_or(0, |(s, _)| s.end);
    if chain.relative.as_ref().is_some_and(|(_, s)| s.end > first_start)
        || chain.time.as_ref().is_some_and(|t| t.span.start < last_end)
    {
        return None;
    }
    // A weekday after the last date keeps the pieces from standing alone.
    let weekday_first = match &chain.weekday {
        Some((_, s, _)) if s.start >= last_end => return None,
        Some((w, s, typo)) => Some((*w, s.clone(), *typo)),
        None => None,
    };
    let content_start = chain.content_start.unwrap_or(chain.span.start);
    let mut items = Vec::with_capacity(pieces.len());
    for (k, (span, piece)) in pieces.iter().enumerate() {
        let mut sub = Chain::default();
        sub.span = span.clone();
        match piece {
            Piece::Greg(g) => sub.greg = Some((*g).clone()),
            Piece::Bangla(b) => sub.bangla = Some((*b).clone()),
            Piece::Hijri(h) => sub.hijri = Some((*h).clone()),
            Piece::Saka(s) => sub.saka = Some((*s).clone()),
        }
        if k == 0 {
            sub.span.start = content_start.min(span.start);
            sub.weekday = weekday_first.clone();
            sub.relative.clone_from(&chain.relative);
            sub.direction = chain.direction;
        }
        sub.indian_cue = chain.indian_cue;
        sub.indian_place = chain.indian_place;
        sub.almanac_named = chain.almanac_named;
        // A piece of a bar is not written alone: the reference's day is no evidence of its
        // rule (the bar's other dates are, and the bar's match has weighed them). (A relative
        // day needs it.)
        let mut alone = *p;
        alone.reference_day_known = sub.relative.is_some() && p.reference_day_known;
        // The Bangabda date is read by the rule its bar's Gregorian date showed when the text's
        // evidence expects that rule (a West Bengal place before `১০ অক্টোবর বাংলা ২৩ আশ্বিন`).
        // When it shows another (a Bangladeshi site's bar a day off the 2019 rule), or none
        // fits, the date is read as the evidence says and keeps the bar's doubt.
        let doubt = whole.warnings.iter().find(|w| {
            matches!(w, Warning::BanglaMismatch { .. } | Warning::BanglaOtherRule { .. })
        });
        let bar_rule = whole.bangla.and_then(|b| b.rule).filter(|_| p.by_evidence());
        if let (Piece::Bangla(_), Some(rule), None) = (piece, bar_rule, doubt) {
            alone = alone.rule(rule);
        }
        let mut m = resolve::resolve(&alone, &sub, Role::Single).ok()?.shifted(base);
        if matches!(piece, Piece::Bangla(_)) {
            m.warnings.extend(doubt.cloned());
        }
        // A yearless Gregorian day beside a Bangabda date with its year (`২৪ আশ্বিন ১৪২৮ / ১১
        // অক্টোবর`): the bar's day, which the Bangabda year dates, not the reference's year
        // (probe 9: a West Bengal pair, a day or two apart by Bangladesh's rule, was split and
        // its Gregorian half put in the year nearest the reference).
        if let (Piece::Greg(g), Some(day)) = (piece, whole.date) {
            let same_day =
                (day.month(), Some(day.day())) == (u32::from(g.month), g.day.map(u32::from));
            if g.year.is_none() && same_day && m.date != Some(day) {
                m.date = Some(day);
                m.year = Some(day.year());
                m.warnings.retain(|w| !matches!(w, Warning::YearInferred { .. }));
            }
        }
        // A Hijri date beside the bar's Gregorian date (`শনিবার (৮ মার্চ, ৭ রমজান)`) is the day
        // the page pairs it with, as moon sighting made it, not the tabular estimate around the
        // reference (probe 4: `৭ রমজান` was 7 March); unless the pair disagrees beyond sighting.
        let paired = whole.warnings.iter().all(|w| {
            !matches!(
                w,
                Warning::CalendarMismatch { calendar: crate::parse::OtherCalendar::Hijri, .. }
            )
        });
        if let (Piece::Hijri(_), Some(day), true, Some(Piece::Greg(_))) =
            (piece, whole.date, paired, pieces.first().map(|(_, p)| p))
        {
            m.date = Some(day);
            m.warnings.retain(|w| {
                !matches!(w, Warning::HijriEstimate { .. } | Warning::DateFromReference)
            });
        }
        // (When the pair disagrees beyond sighting, the Hijri date keeps its own reading and the
        // bar's doubt: `২৫ এপ্রিল ২০২৪ ।। … ।। ১৬ শাওয়াল ১৪৪৪`, a year off, was given the
        // Gregorian day with no warning; probe 11.)
        let hijri_doubt = whole.warnings.iter().find(|w| {
            matches!(
                w,
                Warning::CalendarMismatch { calendar: crate::parse::OtherCalendar::Hijri, .. }
            )
        });
        if let (Piece::Hijri(_), Some(w)) = (piece, hijri_doubt) {
            m.warnings.push(w.clone());
        }
        let mut it = Item::of_expression(m.span.clone(), Need::Nothing, m);
        let own_pairing = !(matches!(piece, Piece::Hijri(_)) && hijri_doubt.is_some());
        if it.date.is_none() && matches!(piece, Piece::Hijri(_) | Piece::Saka(_)) && own_pairing {
            // The page's own pairing.
            it.date = whole.date;
        }
        if it.date.is_none() {
            it.kind = MentionKind::OtherCalendar;
        }
        it.second_calendar = k > 0 && matches!(pieces.first(), Some((_, Piece::Greg(_))));
        it.chain = Some(Arc::new(sub));
        it.base = base;
        items.push(it);
    }
    // The time after the bar: a day part or clock of the day the bar names.
    if let Some(t) = &chain.time {
        let mut sub = Chain::default();
        (sub.span, sub.time) = (t.span.clone(), Some(t.clone()));
        let m = resolve::resolve(p, &sub, Role::Single).ok()?.shifted(base);
        let mut it = Item::of_expression(m.span.clone(), Need::Day, m);
        (it.date, it.year, it.month, it.day) = (None, None, None, None);
        it.bare_hour = is_bare_hour(&sub);
        it.chain = Some(Arc::new(sub));
        it.base = base;
        items.push(it);
    }
    // The eras' years written in the bar (`… ইংরেজী: ১৫ আগষ্ট ২০২৬, ৫৪০ চৈতনাব্দ, কলি: ৫১২৭`)
    // are mentions of their own too.
    for (era, span) in &chain.eras {
        let span = span.start + base..span.end + base;
        let mut it = Item::new(span, MentionKind::OtherCalendar, Need::Nothing);
        it.era_year = Some(*era);
        it.base = base;
        let at = items.partition_point(|i| i.span.start < it.span.start);
        items.insert(at, it);
    }
    Some(items)
}

/// Every mention of a document read from a [`Read`], as each is anchored; see
/// [`Parser::read_document_reader`].
#[derive(Debug)]
pub struct DocumentReader<R> {
    engine: Engine<ReadSource<R>>,
}

impl<R: Read> DocumentReader<R> {
    pub(crate) fn new(parser: Parser, reader: R) -> DocumentReader<R> {
        DocumentReader { engine: Engine::new(parser, ReadSource::new(reader)) }
    }
}

impl<R: Read> Iterator for DocumentReader<R> {
    type Item = Result<Mention, Error>;

    fn next(&mut self) -> Option<Result<Mention, Error>> {
        self.engine.next()
    }
}

/// The mentions of a text in memory: the engine over the string itself.
pub(super) fn read_str(
    parser: Parser,
    text: &str,
) -> impl Iterator<Item = Result<Mention, Error>> + '_ {
    let mut engine = Engine::new(parser, text);
    core::iter::from_fn(move || engine.next())
}
