//! Anchoring: what each mention still needs ([`Need`], a typed state), and one function per rule
//! of the module's table that gives it, against a [`Context`] of what the text has said so far.
//! A rule never reads text again: it chooses what to read the mention's chain against (another
//! reference, or a day) and the one resolver reads it.

use core::ops::Range;
use std::sync::Arc;

use chrono::{Datelike, Duration as Days, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Weekday};

use super::{Anchor, AnchorRule, Assumption, Mention, MentionKind};
use crate::calendar::era::EraYear;
use crate::parse::grammar::{Chain, DocPart, GregParts, RelParts};
use crate::parse::resolve::{self, GivenDay};
use crate::parse::{DayPeriod, Match, Parser, Role, Unit, Warning, YearResolution, Zone};

/// What a mention still needs before it names a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Need {
    /// Nothing: complete as written, or not a point in time.
    Nothing,
    /// The reference: a relative expression the parser resolved against it.
    Relative,
    /// A year, for a day and month written without one.
    Year,
    /// A year, for a month named alone.
    MonthYear,
    /// A week, for a weekday named alone.
    Week(Weekday),
    /// A day, for a time or a day part alone.
    Day,
    /// The day last mentioned, plus days.
    BackReference(i64),
    /// The month and year of the list it heads.
    List,
    /// A period counted from the reference; `month`, `day` narrow it.
    Counted { unit: Unit, offset: i8, month: Option<u8>, day: Option<u8> },
    /// The year last written, plus an offset (`সে বছর`, `পরের বছর`).
    StoryYear(i8),
    /// The month last told, plus an offset (`পরের মাসে`); the reference's without one.
    StoryMonth(i8),
    /// The week of the day last told, plus an offset (`পরের সপ্তাহে`); the reference's without
    /// one.
    StoryWeek(i8),
    /// A day of the month named alone (`২৪ তারিখ`): the month of the day last told, or the
    /// next one when the day is earlier than it.
    DayOfMonth(u8),
    /// A yearless date or month in the year last written, plus an offset (`একই বছরের ১৫ই
    /// ফেব্রুয়ারি`).
    StoryDate(i8),
}

/// A mention being read: what it is and needs, and, once anchored, its values.
#[derive(Debug, Clone)]
pub(super) struct Item {
    pub(super) span: Range<usize>,
    pub(super) kind: MentionKind,
    pub(super) need: Need,
    pub(super) role: Role,
    /// The chain, to read again against what it is anchored to (byte offsets from `base`).
    /// Shared: a date bar's mentions, and the moves of an item through the queues, copy a
    /// pointer, not the chain.
    pub(super) chain: Option<Arc<Chain>>,
    pub(super) base: usize,
    pub(super) sentence: u64,
    pub(super) line: u64,
    pub(super) paragraph: u64,
    /// The mention is the first words of its sentence (a year there heads what follows).
    pub(super) opens_sentence: bool,
    /// The mention is a dateline's date (`কলকাতা, ১২ মার্চ:`): the day the report was filed.
    pub(super) dateline: bool,
    /// A weekday alone that names the day of a date told before it (`… যথাক্রমে শুক্র ও শনিবার`).
    pub(super) names_told_day: bool,
    /// The reading of the expression alone.
    pub(super) expression: Option<Match>,
    /// The reading as anchored (the expression's, or the chain read again).
    pub(super) reading: Option<Match>,
    pub(super) date: Option<NaiveDate>,
    pub(super) time: Option<NaiveTime>,
    pub(super) period: Option<DayPeriod>,
    pub(super) year: Option<i32>,
    pub(super) month: Option<u8>,
    pub(super) day: Option<u8>,
    pub(super) week: Option<u32>,
    pub(super) anchor: Anchor,
    pub(super) assumptions: Vec<Assumption>,
    /// A bare hour (`৩টা`) whose half of the day is not written.
    pub(super) bare_hour: bool,
    /// … after সেই or একই ("that same": `ম্যাচটাও হবে সেই আটটাতেই`): the hour told before.
    pub(super) same_hour: bool,
    /// Another era's year, for an other-calendar mention of one.
    pub(super) era_year: Option<EraYear>,
    /// Another calendar's date of the day the mention before it names (a bar's `(২২ শ্রাবণ
    /// ১৪৩২)` after `৮ অগাস্ট ২০২৫`): the day told is that one's, whatever this one reads as.
    pub(super) second_calendar: bool,
}

impl Item {
    pub(super) fn new(span: Range<usize>, kind: MentionKind, need: Need) -> Item {
        Item {
            span,
            kind,
            need,
            role: Role::Single,
            chain: None,
            base: 0,
            sentence: 0,
            line: 0,
            paragraph: 0,
            opens_sentence: false,
            dateline: false,
            names_told_day: false,
            expression: None,
            reading: None,
            date: None,
            time: None,
            period: None,
            year: None,
            month: None,
            day: None,
            week: None,
            anchor: Anchor::Written,
            assumptions: Vec::new(),
            bare_hour: false,
            same_hour: false,
            era_year: None,
            second_calendar: false,
        }
    }

    /// A mention read from an expression (`m`, the chain resolved alone).
    pub(super) fn of_expression(span: Range<usize>, need: Need, m: Match) -> Item {
        let mut it = Item::new(span, MentionKind::Point, need);
        it.take_reading(&m);
        it.expression = Some(m);
        it
    }

    /// Take the values of a reading.
    fn take_reading(&mut self, m: &Match) {
        self.date = m.date;
        self.time = m.time;
        self.period = m.period;
        self.year = m.year;
        self.month = m.month;
        self.day = m.day;
        self.reading = Some(m.clone());
    }

    /// Whether a day is written in full (not inferred, not relative): the story's day.
    pub(super) fn written_day(&self) -> bool {
        self.need == Need::Nothing && self.kind == MentionKind::Point && self.date.is_some()
    }

    /// The finished mention.
    pub(super) fn into_mention(self) -> Mention {
        let reading = self.reading.as_ref();
        let datetime = reading
            .and_then(|m| m.datetime)
            .filter(|dt| Some(dt.date_naive()) == self.date && Some(dt.time()) == self.time);
        let (year, month) = match self.date {
            Some(d) => (Some(d.year()), Some(d.month() as u8)),
            None => (self.year, self.month),
        };
        let warnings = reading.map(|m| m.warnings.clone()).unwrap_or_default();
        let mut m = Mention {
            span: self.span,
            kind: self.kind,
            date: self.date,
            time: self.time,
            datetime,
            period: self.period,
            year,
            month,
            week: self.week,
            role: self.role,
            anchor: self.anchor,
            assumptions: self.assumptions,
            value: None,
            warnings,
            expression: self.expression,
            era_year: self.era_year,
        };
        m.value = m.compute_value();
        m
    }
}

/// A day the text has mentioned, to anchor later mentions to.
#[derive(Debug, Clone)]
struct Day {
    date: NaiveDate,
    /// The day named, when the moment is in the small hours of the night after it (`বৃহস্পতিবার
    /// দিবাগত রাত ২টা` is Friday 02:00, but `পরদিন` after it is Friday too).
    named: NaiveDate,
    span: Range<usize>,
    sentence: u64,
    line: u64,
    zone: Zone,
    /// A day the text told, not the reference's day taken by a mention that names none.
    told: bool,
    /// Read with a doubt (a contradiction, or the reference's day taken for a day the text
    /// names): what is anchored to it shares the doubt.
    doubt: bool,
    /// The day starts days to come, with থেকে and no end (`রোববার থেকে`): the clocks told of
    /// the future after it are those days' hours.
    opens: bool,
}

/// A moment a mention was anchored to, for a bare clock after it in its sentence.
#[derive(Debug, Clone)]
struct Moment {
    at: NaiveDateTime,
    span: Range<usize>,
    sentence: u64,
    line: u64,
    zone: Zone,
    /// Read with a doubt (see [`Day::doubt`]).
    doubt: bool,
}

/// The year a story is about: the last Gregorian year written.
#[derive(Debug, Clone)]
struct Story {
    year: i32,
    date: Option<NaiveDate>,
    from: Range<usize>,
    line: u64,
    sentence: Option<u64>,
    /// Written as a year alone (`২০২৩ :`, `২০২৫ সালের ছুটির তালিকা`): it heads the lines after
    /// it in its paragraph too (a year in review, a list of holidays).
    heading: Option<u64>,
    /// Written as a month of the year (`১৯৫৮ সালের আগস্ট মাসে`): a later month alone in the
    /// next sentence goes on in that year.
    month: Option<u8>,
}

impl Story {
    /// Whether the story's year dates a yearless mention on `line` of `paragraph`.
    fn covers(&self, line: u64, paragraph: u64) -> bool {
        self.line == line || self.heading == Some(paragraph)
    }
}

/// What the text has said so far that later mentions anchor to: bounded, whatever the length of
/// the text.
#[derive(Debug, Clone, Default)]
pub(super) struct Context {
    story: Option<Story>,
    last_day: Option<Day>,
    /// The last day mentioned other than today (`আজ`): "that day" (`সেদিন`, `ওইদিন`) is never
    /// the day of writing (`… ২০০৫ সালের ১১ এপ্রিল … আজ অবধি … সেদিন যদি বিচার হত` is 11 April).
    last_told_day: Option<Day>,
    /// The last moment (a day and a time) anchored.
    last_moment: Option<Moment>,
    /// The sentence and line of the last day part named alone (`রাতে`, `ভোরের আলো`), and the
    /// part: a bare hour after it in its sentence (or the next, on its line) is of that part.
    last_period: Option<(u64, u64, DayPeriod)>,
    /// The last month named alone with its year known (`আগামী জুনে`, `২০২৪ সালের জুলাইয়ে`),
    /// and where: `ওই মাসের ৫ তারিখ` after it is that month's day. (A month to come tells no
    /// story's year, but is the month talked about.)
    last_month: Option<(i32, u8, Range<usize>)>,
    /// The line and paragraph of the last date written with its clock (`বুধবার (২২শে জুলাই, ২০০৯) সকাল ০৬
    /// টা ৫৮ মিনিটে`): the hours told of the future after it are that day's, not a routine's.
    last_one_day_line: Option<(u64, u64)>,
    /// With no reference, the text's first year stands in for it.
    pub(super) first_year: Option<(i32, Range<usize>)>,
    /// Days from the reference to the day the text was written, when its own words say so: a
    /// print edition dated the day after it was written (`গতকাল সোমবার` in Wednesday's paper).
    written_shift: Option<i64>,
    /// The text has spoken of this year (`এ বছর`, `চলতি বছরে`, `বিদায়ী বছরে`): a month named
    /// alone after that is this year's (`মার্চে` in December's review of the year is last March;
    /// `ডিসেম্বরে` in January's plans the coming one).
    this_year: bool,
    /// The last [`TOLD_DATES`] Gregorian dates written with their years, and where: the same day
    /// and month written again without one is that date again (`২০০১ সালের ১১ই সেপ্টেম্বরে` …
    /// pages later `১১ সেপ্টেম্বরের হামলা`).
    told_dates: std::collections::VecDeque<(NaiveDate, Range<usize>)>,
    /// The dates written with their day in the sentence being read (at most
    /// [`SENTENCE_DATES`]): a weekday named alone after them is one of them when it is its
    /// weekday (`২৭ ও ২৮ মার্চ যথাক্রমে শুক্র ও শনিবার`).
    sentence_dates: Vec<(u64, NaiveDate, Range<usize>)>,
}

/// How many dates of one sentence a weekday named after them is looked for among.
const SENTENCE_DATES: usize = 8;

/// How many dates written with their years a document remembers (bounded, whatever its
/// length).
const TOLD_DATES: usize = 16;

/// What a sentence says, for the mentions in it.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct SentenceSays {
    pub(super) future: bool,
    pub(super) past: bool,
    /// A verb in the perfect or the simple past (`হয়েছে`, `গেলাম`): what has happened.
    pub(super) happened: bool,
    /// Quoted speech is open in the sentence.
    pub(super) quoted: bool,
    pub(super) daily: bool,
    /// … and the sentence before it did (`প্রতি শুক্রবার হাট বসে। সকাল ১০টা থেকে …`).
    pub(super) daily_before: bool,
    /// It ends on a verb that news tells the past in (`… তার মৃত্যু হয়।`).
    pub(super) narrative: bool,
}

/// Anchor `items` (consecutive mentions, in text order, their sentences complete), then the
/// pairs among them.
pub(super) fn anchor_all(
    p: &Parser,
    ctx: &mut Context,
    items: &mut [Item],
    says: impl Fn(u64) -> SentenceSays,
) {
    for k in 0..items.len() {
        let (before, rest) = items.split_at_mut(k);
        let Some(it) = rest.first_mut() else { break };
        let partner = before.last();
        let mut said = says(it.sentence);
        said.daily_before = it.sentence.checked_sub(1).is_some_and(|s| says(s).daily);
        anchor_one(p, ctx, it, partner, said);
        share_doubt(ctx, it);
        remember(p, ctx, it);
    }
    pairs(items);
}

/// Whether a reading carries a doubt about its day: a contradiction, or the reference's day
/// taken for a day the text names.
fn doubtful(m: &Match) -> bool {
    m.warnings.iter().any(|w| w.is_contradiction() || *w == Warning::DateFromReference)
}

/// A mention anchored to a day or moment read with a doubt shares it (probe 8: `মঙ্গলবার রাত
/// ৯টার দিকে তার মৃত্যু হয়। … রাত সাড়ে ৯টার দিকে …`, the weekday flagged, the clock after it on
/// the same guessed day with no warning).
fn share_doubt(ctx: &Context, it: &mut Item) {
    let Anchor::Mention { from, .. } = &it.anchor else { return };
    let days = [ctx.last_day.as_ref(), ctx.last_told_day.as_ref()];
    let doubt = days.into_iter().flatten().any(|d| &d.span == from && d.doubt)
        || ctx.last_moment.as_ref().is_some_and(|m| &m.span == from && m.doubt);
    if let (true, Some(m)) = (doubt, it.reading.as_mut()) {
        if !doubtful(m) {
            m.warnings.push(Warning::DateFromReference);
        }
    }
}

/// Anchor one mention by the rule for what it needs.
fn anchor_one(
    p: &Parser,
    ctx: &Context,
    it: &mut Item,
    partner: Option<&Item>,
    says: SentenceSays,
) {
    let reference = p.reference.map(|r| r.date());
    match it.need {
        Need::Nothing => this_day_in(p, ctx, it),
        Need::Relative => {
            // `দুই বছর পর তিনি দেশে ফেরেন`: years later, told of the story, are counted from its
            // year (`২০২০ সালে … দুই বছর পর`: 2022), not from today; not in the future tense
            // (`২০ বছর পরে দেশ বদলাবে`). Years ago are today's (`দুই বছর আগে তিনি মারা যান`).
            let later_years = match it.chain.as_ref().and_then(|c| c.relative.as_ref()) {
                Some((RelParts::Offset(n, Unit::Year), _)) if *n > 0 => i32::try_from(*n).ok(),
                _ => None,
            };
            // (Told in the past or the historic present, `ফেরেন`: anything but the future.)
            let told = !says.future;
            match (later_years, &ctx.story) {
                (Some(n), Some(s)) if told && it.kind == MentionKind::Year => {
                    it.year = Some(s.year + n);
                    it.anchor = Anchor::Story { year: s.year, from: s.from.clone() };
                }
                _ if says.quoted && speaker_day(p, ctx, it) => {}
                _ if written_the_day_before(p, ctx, it) => {}
                _ => {
                    let dated =
                        it.date.is_some() || (it.kind == MentionKind::Year && it.year.is_some());
                    it.anchor = if dated { Anchor::Reference } else { Anchor::Unanchored };
                }
            }
        }
        Need::Year => yearless_date(p, ctx, it, says),
        Need::MonthYear => month_alone(p, ctx, it, reference, says),
        Need::Week(_) => bare_weekday(p, ctx, it, says),
        Need::Day => dayless(p, ctx, it, partner, says),
        Need::BackReference(days) => back_reference(p, ctx, it, days),
        Need::DayOfMonth(day) => day_of_month(p, ctx, it, day),
        Need::List => {} // dated by its list, in `pairs`
        Need::Counted { unit, offset, month, day } => match reference {
            Some(r) => count_from(it, r, unit, offset, month, day),
            None => it.anchor = Anchor::Unanchored,
        },
        Need::StoryDate(offset) => match &ctx.story {
            Some(s) => {
                let year = s.year + i32::from(offset);
                it.anchor = Anchor::Story { year: s.year, from: s.from.clone() };
                if it.day.is_none() {
                    it.year = Some(year);
                } else if let Some(m) = mid_year(year)
                    .and_hms_opt(12, 0, 0)
                    .and_then(|at| read_against(p, it, at, YearResolution::Nearest))
                {
                    it.take_reading(&m);
                }
            }
            None => it.anchor = Anchor::Unanchored,
        },
        Need::StoryMonth(offset) => match (&ctx.story, reference) {
            (Some(s), _) if s.month.is_some() => {
                let months = s.year * 12 + i32::from(s.month.unwrap_or(1)) - 1 + i32::from(offset);
                it.year = Some(months.div_euclid(12));
                it.month = u8::try_from(months.rem_euclid(12) + 1).ok();
                it.anchor = Anchor::Story { year: s.year, from: s.from.clone() };
            }
            (_, Some(r)) => count_from(it, r, Unit::Month, offset, None, None),
            (None, None) | (Some(_), None) => it.anchor = Anchor::Unanchored,
        },
        Need::StoryWeek(offset) => story_week(ctx, it, reference, offset),
        Need::StoryYear(offset) => match &ctx.story {
            Some(s) => {
                it.year = Some(s.year + i32::from(offset));
                it.anchor = Anchor::Story { year: s.year, from: s.from.clone() };
            }
            None => it.anchor = Anchor::Unanchored,
        },
    }
}

/// What an anchored mention tells the mentions after it: the story's year, the last day.
fn remember(p: &Parser, ctx: &mut Context, it: &Item) {
    if ctx.written_shift.is_none() {
        ctx.written_shift = it.chain.as_ref().and_then(|c| written_before_by(p, c));
    }
    // (Not a day alone, a dateline's or one that starts a span of days, `২৫ ফেব্রুয়ারি থেকে …
    // ১৮ই মার্চ পর্যন্ত`, whose hours recur; nor a day named from today.)
    let written =
        it.chain.as_ref().is_some_and(|c| c.greg.as_ref().is_some_and(|g| g.day.is_some()));
    // (A day named from today with its hour is one day's too: `আজ শুক্রবার সকাল ১০টায় …
    // পরীক্ষায় বসছেন`; fresh article A03.)
    let today_at = it.role == Role::Single
        && it.chain.as_ref().is_some_and(|c| matches!(c.relative, Some((RelParts::Day(_), _))));
    if (written || today_at) && it.date.is_some() && it.time.is_some() {
        ctx.last_one_day_line = Some((it.line, it.paragraph));
    }
    if let (true, Some(d)) = (written, it.date) {
        if ctx.sentence_dates.first().is_some_and(|(s, ..)| *s != it.sentence)
            || ctx.sentence_dates.len() >= SENTENCE_DATES
        {
            ctx.sentence_dates.clear();
        }
        ctx.sentence_dates.push((it.sentence, d, it.span.clone()));
    }
    // A dateline a day or three before the reference (`কলকাতা, ১২ মার্চ: আজ সকাল ১০টায় …` in
    // the paper of 13 March): the report was filed that day, and its আজ, গতকাল and আগামীকাল
    // count from it.
    if let (None, true, Some(d), Some(r)) = (ctx.written_shift, it.dateline, it.date, p.reference) {
        let shift = (d - r.date()).num_days();
        if (-3..0).contains(&shift) {
            ctx.written_shift = Some(shift);
        }
    }
    if let (Some(d), Some(t), Some(m)) = (it.date, it.time, it.reading.as_ref()) {
        let (span, sentence, zone) = (it.span.clone(), it.sentence, resolve::zone_of(p, m));
        let line = it.line;
        let doubt = doubtful(m);
        ctx.last_moment = Some(Moment { at: d.and_time(t), span, sentence, line, zone, doubt });
    }
    if it.kind == MentionKind::Year && it.chain.as_ref().is_some_and(|c| c.year_offset == Some(0)) {
        ctx.this_year = true;
    }
    if let (Some(period), None) = (it.period, it.time) {
        ctx.last_period = Some((it.sentence, it.line, period));
    }
    if let (MentionKind::Month, Some(year), Some(month)) = (it.kind, it.year, it.month) {
        ctx.last_month = Some((year, month, it.span.clone()));
    }
    match it.kind {
        // `দুই বছর আগে`: a year counted back is no story's year.
        MentionKind::Year if it.need == Need::Relative => {}
        MentionKind::Year => {
            // The second year of a fiscal year (`২০২৪-২০২৫ অর্থবছরের`): its dates are told under
            // the first, which stays the story's year.
            let fiscal_end = it.role == Role::RangeEnd
                && it
                    .chain
                    .as_ref()
                    .is_some_and(|c| matches!(c.doc, Some(DocPart::Year { fiscal: true, .. })));
            // `চলতি অর্থবছরের`: the fiscal year (July to June, as Bangladesh counts it) that the
            // reference falls in, by its first year.
            let fiscal_start = match it.chain.as_ref().and_then(|c| c.doc) {
                Some(DocPart::SpanYear { offset, fiscal: true }) => p.reference.map(|r| {
                    let y = if r.month() >= 7 { r.year() } else { r.year() - 1 };
                    y + i32::from(offset)
                }),
                _ => None,
            };
            // A title's or a law's year (`(১৯৬২)`, `… আদেশ, ১৯৭২`) dates nothing else.
            let aside = it
                .chain
                .as_ref()
                .is_some_and(|c| matches!(c.doc, Some(DocPart::Year { story: false, .. })));
            if let (Some(y), false, false) = (it.year.or(fiscal_start), fiscal_end, aside) {
                let heading =
                    (it.need == Need::Nothing && it.opens_sentence).then_some(it.paragraph);
                let from = it.span.clone();
                let sentence = Some(it.sentence);
                ctx.story = Some(Story {
                    year: y,
                    date: None,
                    from,
                    line: it.line,
                    sentence,
                    heading,
                    month: None,
                });
            }
        }
        // A month written with its year (`১৯৫৮ সালের জুলাই মাসে`) moves the story on as a year
        // does (`একই বছর আগস্ট মাসে` after it is 1958's). Not a month an event names.
        // (So does a month in the story's year: `একই বছর জুন মাসে`.)
        // (So does a month of a year counted from the reference, or a past month: `চলতি
        // বছরের জানুয়ারি`, `গত জানুয়ারিতে`.)
        MentionKind::Month
            if (matches!(it.anchor, Anchor::Written | Anchor::Story { .. })
                || it.chain.as_ref().is_some_and(|c| {
                    c.year_offset.is_some() || c.direction.is_some_and(|d| d < 0)
                }))
                && !it.assumptions.contains(&Assumption::NamedEvent) =>
        {
            if let Some(year) = it.year {
                let (from, line, sentence) = (it.span.clone(), it.line, Some(it.sentence));
                let month = it.month;
                ctx.story =
                    Some(Story { year, date: None, from, line, sentence, heading: None, month });
            }
        }
        // (The bar's first date told the day.)
        MentionKind::Point if it.second_calendar => {}
        MentionKind::Point => {
            // A day and month of a year counted from the reference (`গত বছরের ৬ জুন`) is written
            // as fully as one with its year: the story goes on in that year.
            let counted_year = it.need == Need::Relative
                && it.chain.as_ref().is_some_and(|c| {
                    c.year_offset.is_some() && c.greg.as_ref().is_some_and(|g| g.day.is_some())
                });
            let full = it.written_day()
                && it
                    .chain
                    .as_ref()
                    .is_some_and(|c| c.greg.as_ref().is_some_and(|g| g.year.is_some()));
            if let (true, Some(d)) = (full, it.date) {
                if ctx.told_dates.len() == TOLD_DATES {
                    ctx.told_dates.pop_front();
                }
                ctx.told_dates.push_back((d, it.span.clone()));
            }
            if it.written_day() || counted_year {
                if let Some(d) = it.date {
                    ctx.story = Some(Story {
                        year: d.year(),
                        date: Some(d),
                        from: it.span.clone(),
                        line: it.line,
                        sentence: Some(it.sentence),
                        heading: None,
                        month: Some(d.month() as u8),
                    });
                }
            }
            let Some(d) = it.date else { return };
            // The last day of a span with no clock (`চলবে ৩০ মার্চ পর্যন্ত`, `শেষ হবে ২০ মার্চ`)
            // is not the day the story goes on with: the hours after it are the day's told
            // before (probe 3: `আজ থেকে বইমেলা শুরু, চলবে ৩০ মার্চ পর্যন্ত। উদ্বোধন করা হবে
            // বিকেল ৩টায়।`).
            let span_end = matches!(it.role, Role::Until | Role::RangeEnd) && it.time.is_none();
            if span_end && ctx.last_day.is_some() {
                return;
            }
            // The day before (`আগের দিন`, `আগের কার্যদিবসে`) is a point of comparison, not
            // where the story moves on: `পরদিন`, `সেদিন` are.
            // (Nor in an almanac's list, whose rows are all the heading day's: `চন্দ্রাস্ত: পরদিন
            // সকাল ১১টা ৩২ মিনিট` then `রাহুকাল: সকাল ৭টা …`; probe 9.)
            let listed = it.chain.as_ref().is_some_and(|c| c.almanac_text);
            if matches!(it.need, Need::BackReference(d) if d < 0)
                || matches!(it.need, Need::BackReference(_))
                    && (it.anchor == Anchor::Unanchored || listed)
            {
                return;
            }
            let night_after = it.chain.as_ref().is_some_and(|c| c.dibagoto);
            // (An almanac's small hours are its day's, read on the next civil day.)
            let almanac_day = it.reading.as_ref().is_some_and(read_on_almanac_day);
            // (… and a night's small hours moved past midnight: `চন্দ্রোদয়: রাত ১টা ১০ মিনিট`.)
            let moved = it.assumptions.contains(&Assumption::NightFollowsDay);
            let after_midnight =
                ((night_after || moved) && it.time.is_some_and(|t| t.hour() < 6)) || almanac_day;
            let named = if after_midnight { d.pred_opt().unwrap_or(d) } else { d };
            let zone = it.reading.as_ref().map_or(p.effective_zone(), |m| resolve::zone_of(p, m));
            let day = Day {
                date: d,
                named,
                span: it.span.clone(),
                sentence: it.sentence,
                line: it.line,
                zone,
                told: true,
                doubt: it.reading.as_ref().is_some_and(doubtful),
                // (Not today's, whose hours are its own: `আজ থেকে বইমেলা শুরু … উদ্বোধন করা হবে
                // বিকেল ৩টায়`.)
                opens: it.role == Role::From
                    && it.time.is_none()
                    && it.chain.as_ref().is_some_and(|c| c.relative.is_none()),
            };
            // (Today named by আজ alone, or a time alone that took the reference's day, or the
            // day of one: `আজ ২৫ ডিসেম্বর` writes its day, and is told.)
            let today = it.chain.as_ref().is_some_and(|c| {
                let written = c.greg.is_some() || c.bangla.is_some() || c.weekday.is_some();
                let from_today = match &it.anchor {
                    Anchor::Reference => c.relative.is_none(),
                    Anchor::Mention { from, .. } => {
                        ctx.last_day.as_ref().is_some_and(|d| &d.span == from && !d.told)
                    }
                    _ => false,
                };
                let bare_today = matches!(c.relative, Some((RelParts::Day(0), _))) || from_today;
                bare_today && !written
            });
            let day = Day { told: !today, ..day };
            if !today {
                ctx.last_told_day = Some(day.clone());
            }
            ctx.last_day = Some(day);
        }
        _ => {}
    }
}

/// Read the mention's chain again against `reference`, picking a yearless date's year by `how`.
fn read_against(
    p: &Parser,
    it: &Item,
    reference: NaiveDateTime,
    how: YearResolution,
) -> Option<Match> {
    let chain = it.chain.as_ref()?;
    let p = p.reference(reference).year_resolution(how);
    resolve::resolve(&p, chain, it.role).ok().map(|m| m.shifted(it.base))
}

/// Read the mention's chain again on `day` (a day the text gave it).
fn read_on(
    p: &Parser,
    chain: &Chain,
    it: &Item,
    day: NaiveDate,
    zone: Option<Zone>,
) -> Option<Match> {
    resolve::resolve_on(p, chain, it.role, GivenDay { day, zone }).ok().map(|m| m.shifted(it.base))
}

fn noon(d: NaiveDate) -> NaiveDateTime {
    d.and_time(NaiveTime::MIN) + Days::hours(12)
}

/// A yearless date: the story's year when one is fixed on the same line, else the reference's
/// (the coming date when its sentence speaks in the future), else the text's first year.
fn yearless_date(p: &Parser, ctx: &Context, it: &mut Item, says: SentenceSays) {
    let reference = p.reference;
    // The same day and month written before with its year: that date again, unless গত/আগামী
    // or a relative day counts it from the reference, or it is the reference's own day and
    // month (`আজ সেই রক্তঝরা ১৯শে মে` after `১৯শে মে ১৯৬১`: today, its anniversary).
    let written = it.chain.as_ref().and_then(|c| {
        let counted = c.direction.is_some() || c.year_offset.is_some() || c.relative.is_some();
        let g = c.greg.as_ref().filter(|_| !counted)?;
        let (m, d) = (u32::from(g.month), u32::from(g.day?));
        let today = reference.is_some_and(|r| (r.month(), r.day()) == (m, d));
        (!today).then_some((m, d))
    });
    let again = written.and_then(|(m, d)| {
        ctx.told_dates.iter().rev().find(|(date, _)| (date.month(), date.day()) == (m, d))
    });
    if let Some((date, from)) = again {
        if let Some(m) = read_against(p, it, noon(*date), YearResolution::Nearest) {
            if m.date == Some(*date) {
                it.take_reading(&m);
                it.anchor = Anchor::Story { year: date.year(), from: from.clone() };
                return;
            }
        }
    }
    // (গত/আগামী ties a date to the reference, not to the story's year: `গত ৩১ জুলাই লন্ডন
    // যাত্রা করি` in a report of 2012 after a line on the 2000 games.)
    let tied = reference.is_some() && it.chain.as_ref().is_some_and(|c| c.direction.is_some());
    let story = ctx
        .story
        .as_ref()
        .filter(|s| !tied && (s.covers(it.line, it.paragraph) || reference.is_none()))
        .filter(|s| !goes_on_from_last_day(ctx, it, s));
    // A weekday written beside the date that the reference's year contradicts and the story's
    // year keeps (a page of 2021 listing `2022 সালে 25 সেপ্টেম্বর রবিবার … ⏎ 30 সেপ্টেম্বর
    // শুক্রবার …`, fresh set Z): the story's year, on any line, as the weekday says.
    let contradicted = it
        .reading
        .as_ref()
        .is_some_and(|m| m.warnings.iter().any(|w| matches!(w, Warning::WeekdayMismatch { .. })));
    if let (true, false, Some(s)) = (contradicted, tied, ctx.story.as_ref()) {
        let near = s.date.unwrap_or_else(|| mid_year(s.year));
        if let Some(m) = read_against(p, it, noon(near), YearResolution::Nearest) {
            if m.date.is_some() && !m.warnings.iter().any(Warning::is_contradiction) {
                it.take_reading(&m);
                it.anchor = Anchor::Story { year: s.year, from: s.from.clone() };
                return;
            }
        }
    }
    let base = match (story, reference, &ctx.first_year) {
        (Some(s), _, _) => Some((s.date.unwrap_or_else(|| mid_year(s.year)), s.from.clone())),
        (None, None, Some((y, from))) => Some((mid_year(*y), from.clone())),
        _ => None,
    };
    if let Some((b, from)) = base {
        // Read again around the story's date, so that গত/আগামী and a written weekday still
        // choose among the years around it.
        let read = read_against(p, it, noon(b), YearResolution::Nearest);
        // … unless the sentence's tense puts the day on the other side of the reference: a
        // story's year to come for what has happened (`আগামী বছর ১৮ ফেব্রুয়ারি পরীক্ষা শুরু
        // হবে। ২১ মে ফলাফল প্রকাশিত হয়েছে।`), or one gone by for what is to come (`২০২৪ সালের
        // … গ্রেপ্তার হন। ২০ জুন মামলার শুনানি হবে।`): the reference's then (probe 4).
        let against_tense = |d: NaiveDate| {
            let Some(r) = reference.filter(|_| story.is_some()) else { return false };
            let days = (d - r.date()).num_days();
            let told_past = says.past || says.happened;
            (says.future && !told_past && days < -STORY_TENSE_DAYS)
                || (told_past && !says.future && days > STORY_TENSE_DAYS)
        };
        match read.as_ref().and_then(|m| m.date.map(|d| (m, d))) {
            Some((_, d)) if against_tense(d) => {}
            Some((m, d)) => {
                it.take_reading(m);
                it.anchor = Anchor::Story { year: d.year(), from };
                return;
            }
            None => return,
        }
    }
    it.anchor = if it.date.is_some() { Anchor::Reference } else { Anchor::Unanchored };
    // After the text spoke of this year (`চলতি বছরের আলোচিত ঘটনা`, a review of the year), a
    // yearless date not told of what is to come is of the reference's year: `৩ জানুয়ারি … শপথ
    // নেন` in late December's review is last January, not the coming one (probe 5).
    let counted = it
        .chain
        .as_ref()
        .is_some_and(|c| c.direction.is_some() || c.relative.is_some() || c.year_offset.is_some());
    if let (true, false, false, Some(r), Some(d)) =
        (ctx.this_year, counted, says.future, reference, it.date)
    {
        let this = d.with_year(r.year()).filter(|t| (*t - r.date()).num_days() <= 30);
        if let Some(this) = this.filter(|&t| t != d) {
            if let Some(m) = read_against(p, it, noon(this), YearResolution::Nearest) {
                if m.date == Some(this) {
                    it.take_reading(&m);
                    return;
                }
            }
        }
    }
    // A yearless date in a sentence told in the future is the coming one (`২, ৩ ও ৪ মার্চ
    // পরীক্ষা হবে`), in a report of what happened the last one (`১৪ নভেম্বর তিনি ফিরে
    // আসেন`), unless the caller chose a direction.
    // Only a date a month or more on the other side: a fortnight-old date in a sentence that
    // also speaks of what is to come is still the recent one.
    // (A sentence wholly of what is to come gives a week's slack only, for a stamp put on
    // later than the writing: `১০ ফেব্রুয়ারি ভোট হবে।` read on 10 March is next February's;
    // probe 10.)
    let wholly_future = says.future && !says.past && !says.happened && !says.narrative;
    let far = |d: NaiveDate, how| {
        let days = (d - r_date(reference)).num_days();
        match how {
            YearResolution::Future if wholly_future => days < -7,
            YearResolution::Future => days < -30,
            YearResolution::Past => days > 30,
            YearResolution::Nearest => false,
        }
    };
    if let (Some(r), Some(d), Some(how), YearResolution::Nearest) = (
        reference,
        it.date,
        tense(says).filter(|&how| it.date.is_some_and(|d| far(d, how))),
        p.year_resolution,
    ) {
        if let Some(m) = read_against(p, it, r, how).filter(|m| m.date != Some(d)) {
            it.take_reading(&m);
            it.assumptions.push(Assumption::Tense);
        }
    }
}

/// How many days on the other side of the reference a story's year must put a day for its
/// sentence's tense to overrule it (a fortnight's slack, as for the tense itself).
const STORY_TENSE_DAYS: i64 = 30;

/// Whether a yearless date is a few days after the day last told, in that day's year, while the
/// story's year was since set by a year alone, another (`গত ২৮ জুলাই … শুরু হয় … বারো বছর আগে
/// ২০০০ সনে … ব্যর্থ হয়েছিল … পরদিন … ৩১ জুলাই ফেল্পস আবার …`): the narration goes on from
/// that day, the year aside was a look back.
fn goes_on_from_last_day(ctx: &Context, it: &Item, story: &Story) -> bool {
    /// How many days after the day last told the narration is taken to go on.
    const DAYS_ON: i64 = 14;
    let Some(last) = ctx.last_told_day.as_ref() else { return false };
    let Some(g) = it.chain.as_ref().and_then(|c| c.greg.as_ref()) else { return false };
    if story.date.is_some() || story.year == last.named.year() {
        return false;
    }
    let day = g
        .day
        .and_then(|d| NaiveDate::from_ymd_opt(last.named.year(), u32::from(g.month), u32::from(d)));
    day.is_some_and(|d| (1..=DAYS_ON).contains(&(d - last.named).num_days()))
}

/// A month named alone: the story's year (same line), else the one the reference points to.
fn month_alone(
    p: &Parser,
    ctx: &Context,
    it: &mut Item,
    reference: Option<NaiveDate>,
    says: SentenceSays,
) {
    let month = it.month.unwrap_or(1);
    // `আগামী এপ্রিলে` is the coming April, `গত মার্চে` the last: counted from the reference.
    // With no such word, the month nearest the reference: a sentence's tense says little of a
    // month alone (`সেপ্টেম্বর শেষে` in a report whose sentence also speaks of next year).
    let direction = it.chain.as_ref().and_then(|c| c.direction);
    let how = match direction {
        Some(d) if d < 0 => YearResolution::Past,
        Some(d) if d > 0 => YearResolution::Future,
        // (A sentence wholly of what is to come: `ফেব্রুয়ারিতে … নির্বাচন অনুষ্ঠিত হবে` in
        // August is next February's; probe 3.)
        _ if says.future && !says.past && !says.happened => YearResolution::Future,
        // (… and one told in the past, when the month is as far either way: `গত ৬ মাসে
        // (জুলাই-ডিসেম্বর) … প্রবৃদ্ধি হয়েছে` read in January is last July's; fresh article
        // B05, where the coming one was taken. The perfect says no more than that: it reports
        // what is to come too, `মে মাসে বৃষ্টি হতে পারে বলে জানিয়েছেন`.)
        _ if (says.past || says.happened || says.narrative)
            && !says.future
            && reference.is_some_and(|r| (i64::from(month) - i64::from(r.month())).abs() == 6) =>
        {
            YearResolution::Past
        }
        _ => p.year_resolution,
    };
    // The story's year where a year was written in its sentence, or alone on its own line above
    // it (`২০১৯ সালের ছুটি ঘোষণা। ছুটি শুরু হচ্ছে জানুয়ারি মাস থেকে।`).
    // Or a month of a year written in the sentence before, when this month is it or comes
    // after it (`১৯৫৮ সালের আগস্ট মাসে … পাড়ি দেন। সেপ্টেম্বরে তিনি …`; `তারিখ টা ছিল
    // ২৩.১২.২০১৫। ডিসেম্বরের কনকনে ঠান্ডা রাত।`).
    let story = ctx.story.as_ref().filter(|s| {
        s.sentence == Some(it.sentence)
            || s.heading.is_some_and(|p| p == it.paragraph)
            || (s.sentence.is_some_and(|k| k + 1 == it.sentence)
                && s.line == it.line
                && s.month.is_some_and(|m| m <= month))
    });
    match story {
        Some(s) if direction.is_none() => {
            it.year = Some(s.year);
            it.anchor = Anchor::Story { year: s.year, from: s.from.clone() };
        }
        // (Not a month still to come this year in a sentence that tells what has happened: in
        // February, `নভেম্বরের শুরুতে … ক্ষতি হয়েছে` is last November.)
        _ if direction.is_none()
            && ctx.this_year
            && reference.is_some_and(|r| u32::from(month) <= r.month() || !says.happened) =>
        {
            it.year = reference.map(|r| r.year());
            it.anchor = Anchor::Reference;
        }
        _ => match reference {
            Some(r) => {
                it.year = Some(month_year(r, month, how));
                it.anchor = Anchor::Reference;
            }
            None => it.anchor = Anchor::Unanchored,
        },
    }
}

/// A bare weekday: the nearest such day to the reference (or to the last day mentioned), or the
/// next one when its sentence speaks in the future.
fn bare_weekday(p: &Parser, ctx: &Context, it: &mut Item, says: SentenceSays) {
    // A weekday after dates of its sentence, one of which falls on it (`এরপর ২৭ ও ২৮ মার্চ
    // যথাক্রমে শুক্র ও শনিবার`, `ভোট ২৯ মার্চ, সেদিন রবিবার`): that date. (Not a date of
    // another year than the reference's own: `১৯৭১ সালের ২৬ মার্চ … শুক্রবার আলোচনা সভা` is
    // this week's Friday, though 26 March 1971 was one too.)
    let weekday = it.chain.as_ref().and_then(|c| c.weekday.as_ref()).map(|(w, ..)| *w);
    // (… or of the year the story is told in: a page of 2021 on the 2022 Puja days.)
    // (… or of the year the story is told in, the next or the last: a page of 2021 on the 2022
    // Puja days.)
    let near = |d: NaiveDate| {
        let days = p.reference.map(|r| (d - r.date()).num_days().abs());
        let storied = ctx.story.as_ref().is_some_and(|s| s.year == d.year());
        days.is_none_or(|days| days <= 366 || (storied && days <= 731))
    };
    // (Only a weekday that the words before it say names that date: probe 8's `আগামী ১০ এপ্রিল
    // পরীক্ষা … বলে রোববার জানানো হয়` is the day the news was told.)
    let told = ctx
        .sentence_dates
        .iter()
        .rev()
        .filter(|_| it.names_told_day)
        .find(|(s, d, _)| *s == it.sentence && Some(d.weekday()) == weekday && near(*d));
    if let Some((_, date, from)) = told {
        // (Read as if written that day: the weekday is that day itself.)
        if let Some(m) = read_against(p, it, noon(*date), YearResolution::Nearest) {
            if m.date == Some(*date) {
                it.take_reading(&m);
                // (The day is the text's, not the reference's.)
                if let Some(r) = it.reading.as_mut() {
                    r.warnings.retain(|w| *w != Warning::DateFromReference);
                }
                it.anchor =
                    Anchor::Mention { rule: AnchorRule::LastDay, from: from.clone(), days: 0 };
                return;
            }
        }
    }
    let (base, anchor) = match (p.reference, &ctx.last_day) {
        (Some(r), _) => (Some(r), Anchor::Reference),
        (None, Some(d)) => (
            Some(noon(d.date)),
            Anchor::Mention { rule: AnchorRule::LastDay, from: d.span.clone(), days: 0 },
        ),
        (None, None) => (None, Anchor::Unanchored),
    };
    it.anchor = anchor;
    let Some(base) = base else { return };
    // (A report that ends on news's narrative present tells of the past: `মঙ্গলবার রাত ৯টার
    // দিকে তার মৃত্যু হয়`, read on a Saturday, is the Tuesday gone by; probe 8.)
    let narrated = says.narrative && !says.future && !says.quoted;
    let told = tense(says).or(narrated.then_some(YearResolution::Past));
    let how = match (p.year_resolution, told) {
        (YearResolution::Nearest, Some(how)) => {
            it.assumptions.push(Assumption::Tense);
            how
        }
        (how, _) => how,
    };
    if let Some(m) = read_against(p, it, base, how) {
        it.take_reading(&m);
    }
}

/// A back-reference: the last day mentioned, plus its offset.
fn back_reference(p: &Parser, ctx: &Context, it: &mut Item, days: i64) {
    let last = if days == 0 { ctx.last_told_day.as_ref() } else { ctx.last_day.as_ref() };
    let Some(day) = last else {
        it.anchor = Anchor::Unanchored;
        return;
    };
    let Some(date) = day.named.checked_add_signed(Days::days(days)) else {
        it.anchor = Anchor::Unanchored;
        return;
    };
    it.anchor = Anchor::Mention { rule: AnchorRule::BackReference, from: day.span.clone(), days };
    match it.chain.clone() {
        Some(chain) => match read_on(p, &chain, it, date, Some(day.zone)) {
            Some(m) => it.take_reading(&m),
            None => it.date = Some(date),
        },
        None => it.date = Some(date),
    }
}

/// The most lines a day told may stand above "on this day in …" and be its day.
const THIS_DAY_LINES: u64 = 3;

/// `১৮৪৩ সালের এই দিনে` ("on this day in 1843") under a history list's heading (`২ জানুঃ`), or
/// after the day the text says it is (`… মৃত্যুবার্ষিকী আজ ৯ মে। ২০০৯ সালের আজকের দিনে …`): the
/// day told just above, in the year written, rather than the reference's day.
fn this_day_in(p: &Parser, ctx: &Context, it: &mut Item) {
    if it.chain.as_ref().is_none_or(|c| c.anniversary.is_none()) {
        return;
    }
    let Some(last) = &ctx.last_told_day else { return };
    if it.line.saturating_sub(last.line) > THIS_DAY_LINES {
        return;
    }
    // (Read as if written that day: the phrase takes its reference's day.)
    let Some(m) = read_against(p, it, noon(last.named), YearResolution::Nearest) else { return };
    it.take_reading(&m);
    let from = last.span.clone();
    it.anchor = Anchor::Mention { rule: AnchorRule::BackReference, from, days: 0 };
}

/// `পরের সপ্তাহে` ("the week after"): the ISO week of the day last told, moved by `offset`
/// weeks; with no day told, counted from the reference as `আগামী সপ্তাহে` is.
fn story_week(ctx: &Context, it: &mut Item, reference: Option<NaiveDate>, offset: i8) {
    let Some(last) = &ctx.last_told_day else {
        match reference {
            Some(r) => count_from(it, r, Unit::Week, offset, None, None),
            None => it.anchor = Anchor::Unanchored,
        }
        return;
    };
    let days = 7 * i64::from(offset);
    let Some(day) = last.named.checked_add_signed(Days::days(days)) else {
        it.anchor = Anchor::Unanchored;
        return;
    };
    let week = day.iso_week();
    (it.year, it.week) = (Some(week.year()), Some(week.week()));
    it.anchor = Anchor::Mention { rule: AnchorRule::BackReference, from: last.span.clone(), days };
}

/// A day of the month named alone (`… ২৩.১২.২০১৫ … ২৪ তারিখ সকালে`): in the month of the day
/// last told, or the next month when it is earlier than that day; with no day told, the
/// reference's month, as the parser read it.
fn day_of_month(p: &Parser, ctx: &Context, it: &mut Item, day: u8) {
    // A month told with its year since the last day (`২০২৪ সালের জুলাইয়ে আন্দোলন শুরু হয়। ওই
    // মাসের ১৬ তারিখ …`): a day of that month (probe 10: the reference's month was taken).
    let told_month = ctx
        .last_month
        .as_ref()
        .filter(|(.., from)| ctx.last_told_day.as_ref().is_none_or(|d| d.span.start < from.start));
    if let Some((year, month, from)) = told_month {
        let Some(date) = NaiveDate::from_ymd_opt(*year, u32::from(*month), u32::from(day)) else {
            it.anchor = Anchor::Unanchored;
            return;
        };
        it.anchor = Anchor::Story { year: *year, from: from.clone() };
        read_day_of_month(p, it, day, date);
        return;
    }
    let Some(last) = &ctx.last_told_day else {
        it.anchor = if it.date.is_some() { Anchor::Reference } else { Anchor::Unanchored };
        return;
    };
    let from = last.named;
    let month_start = from.with_day(1).unwrap_or(from);
    let this = month_start.with_day(u32::from(day));
    let date = match this {
        Some(d) if d >= from => Some(d),
        _ => month_start
            .checked_add_months(chrono::Months::new(1))
            .and_then(|m| m.with_day(u32::from(day))),
    };
    let Some(date) = date else {
        it.anchor = Anchor::Unanchored;
        return;
    };
    let days = (date - from).num_days();
    it.anchor = Anchor::Mention { rule: AnchorRule::LastDay, from: last.span.clone(), days };
    read_day_of_month(p, it, day, date);
}

/// Read a day of the month named alone again as the full date it stands for (no month or year
/// taken from the reference).
fn read_day_of_month(p: &Parser, it: &mut Item, day: u8, date: NaiveDate) {
    let full = it.chain.as_deref().map(|c| {
        let mut c = c.clone();
        let span = c.relative.as_ref().map_or(c.span.clone(), |(_, s)| s.clone());
        c.greg = Some(GregParts::written(Some(day), date.month() as u8, Some(date.year()), span));
        c.day_only = None;
        c
    });
    match full.and_then(|c| resolve::resolve(p, &c, it.role).ok()) {
        Some(m) => it.take_reading(&m.shifted(it.base)),
        None => it.date = Some(date),
    }
}

/// A bare clock as the first such hour at or after `at` (the moment before it in its sentence,
/// or its range's start; across midnight too): the day, and how many days after `at`'s it is;
/// `chain`'s time gets its half of the day; the flag says whether that is 12 hours after the
/// clock as written.
///
/// With `back`, a clock up to two hours before `at` when the first one after it is ten hours
/// on or more: a time moved earlier (`সন্ধ্যা সাড়ে ৬টার পরিবর্তে শুরু হবে সাড়ে ৫টায়`, `বিকেল ৫টায়
/// সভা, তবে ৪টায় নিবন্ধন`), not the next morning's.
fn after_previous(
    at: NaiveDateTime,
    chain: &mut Option<Chain>,
    back: bool,
) -> Option<(NaiveDate, i64, bool)> {
    let t = chain.as_mut()?.time.as_mut()?;
    let hour = t.hour.filter(|h| (1..=12).contains(h))?;
    let (minute, second) = (u32::try_from(t.minute).ok()?, t.second);
    if back {
        let earlier = [false, true].into_iter().find_map(|pm| {
            let h = hour % 12 + if pm { 12 } else { 0 };
            let moment = at.date().and_hms_opt(h, minute, second)?;
            (moment < at && at - moment <= Days::hours(2)).then_some(pm)
        });
        if let Some(pm) = earlier {
            t.meridiem = Some(pm);
            t.period = None;
            t.meridiem_inferred = true;
            return Some((at.date(), 0, pm && hour < 12));
        }
    }
    for days in 0..=1 {
        let day = at.date().checked_add_signed(Days::days(days))?;
        for pm in [false, true] {
            let h = hour % 12 + if pm { 12 } else { 0 };
            if day.and_hms_opt(h, minute, second)? >= at {
                t.meridiem = Some(pm);
                t.period = None;
                t.meridiem_inferred = true;
                return Some((day, days, pm && hour < 12));
            }
        }
    }
    None
}

/// A time or a day part alone.
fn dayless(p: &Parser, ctx: &Context, it: &mut Item, partner: Option<&Item>, says: SentenceSays) {
    let reference = p.reference.map(|r| r.date());
    // The other end of its range.
    let partner = partner.filter(|b| it.role == Role::RangeEnd && b.role == Role::RangeStart);
    let mut chain: Option<Chain> = it.chain.as_deref().cloned();
    // A bare clock after another moment of its sentence: an almanac's windows one after
    // another (`রাত্রি ০৮:১৯ থেকে - ১০:৩৩ পর্যন্ত, তারপর ১২:০৩ থেকে - ০১:৩২ পর্যন্ত`).
    // (Or of the sentence before, when its own tells no day: `সন্ধ্যা ৭টায় শুরু হবে। শেষ হবে
    // ১০টা ২০ মিনিটে।`, probe 3.)
    let own_day = ctx.last_day.as_ref().is_some_and(|d| d.sentence == it.sentence);
    let previous = ctx.last_moment.as_ref().filter(|m| {
        m.sentence == it.sentence
            || (m.sentence + 1 == it.sentence && m.line == it.line && !own_day)
    });
    if let (None, true, Some(before)) = (partner, it.bare_hour, previous) {
        if let Some((day, days, _)) = after_previous(before.at, &mut chain, true) {
            it.anchor =
                Anchor::Mention { rule: AnchorRule::Sentence, from: before.span.clone(), days };
            it.assumptions.push(Assumption::AfterPrevious);
            it.bare_hour = false;
            set_day(p, it, &chain, day, Some(before.zone));
            return;
        }
    }
    // An end in its start's part of the day but earlier (`রাত ১০টা থেকে রাত ২টা`) is after
    // midnight.
    let earlier_same_period = partner.is_some_and(|start| {
        it.period.is_some()
            && it.period == start.period
            && it.time.zip(start.time).is_some_and(|(b, a)| b < a)
    });
    if let (Some(start), true) = (partner, it.bare_hour || earlier_same_period) {
        // A bare end is the first such hour after its start (`সকাল ৯টা থেকে সাড়ে ৩টা` ends at
        // 15:30; `রাত্রি ১২:০৩ থেকে ০১:৩২` at 01:32).
        let at = start.date.zip(start.time).map(|(d, t)| d.and_time(t));
        if let Some((day, days, later)) = at.and_then(|at| after_previous(at, &mut chain, false)) {
            if days > 0 || later {
                it.assumptions.push(Assumption::RangeEndAfterStart);
            }
            it.anchor = Anchor::Mention { rule: AnchorRule::Range, from: start.span.clone(), days };
            it.bare_hour = false;
            let zone = start.reading.as_ref().map(|m| resolve::zone_of(p, m));
            set_day(p, it, &chain, day, zone);
            return;
        }
    }
    if let (Some(start), Some(c)) = (partner, chain.as_mut()) {
        if let (Some(a), Some(b)) = (start.time, it.time) {
            if b < a && b.hour() < 12 && (it.bare_hour || it.period == start.period) {
                if let Some(t) = c.time.as_mut() {
                    t.meridiem = Some(true);
                    t.period = None;
                }
                it.assumptions.push(Assumption::RangeEndAfterStart);
            }
        }
        it.bare_hour = false;
    }
    // `রাত আটটায় …` then `সেই আটটাতেই`: the same hour, in the half of the day told before.
    let told_before = ctx.last_moment.as_ref().map(|m| m.at.hour());
    if let (true, true, Some(c), Some(before)) =
        (it.bare_hour, it.same_hour, chain.as_mut(), told_before)
    {
        if let Some(t) = c.time.as_mut().filter(|t| t.hour.is_some_and(|h| h % 12 == before % 12)) {
            t.meridiem = Some(before >= 12);
            t.meridiem_inferred = true;
            it.bare_hour = false;
        }
    }
    // A bare hour after a day part named alone in its sentence, or the one before on its line
    // (`রাতে খাওয়ার পর প্রায় দশটায়`, `ভোরের আলো ফুটেছে কি ফোটেনি। ঘড়িতে সাড়ে চারটে।`): the half
    // of the day that part's hours fall in (probe 11: read as working hours, flagged).
    let part_before = ctx.last_period.filter(|&(sentence, line, _)| {
        sentence == it.sentence || (sentence + 1 == it.sentence && line == it.line)
    });
    if let (true, Some(c), Some((.., period))) = (it.bare_hour, chain.as_mut(), part_before) {
        if let Some(t) = c.time.as_mut() {
            let (start, end) = period.hours();
            let fits = |h: u32| (start..=end).contains(&h) || (start..=end).contains(&(h + 24));
            let half = t.hour.and_then(|h| match (fits(h % 12), fits(h % 12 + 12)) {
                (true, false) => Some(false),
                (false, true) => Some(true),
                _ => None,
            });
            if let Some(pm) = half {
                t.meridiem = Some(pm);
                t.meridiem_inferred = true;
                it.bare_hour = false;
            }
        }
    }
    if let (true, Some(c)) = (it.bare_hour, chain.as_mut()) {
        // A shop's, an office's or an exam's hours: 1–6 are in the afternoon, 7–12 as written.
        if let Some(t) = c.time.as_mut() {
            t.meridiem = Some(t.hour.is_some_and(|h| (1..=6).contains(&h) || h == 12));
        }
        it.assumptions.push(Assumption::WorkingHours);
    }
    // Times that recur have no day: read them as written (with the assumptions above).
    let recurring = |it: &mut Item, chain: &Option<Chain>| {
        it.anchor = Anchor::Recurring;
        if let Some(m) = chain.as_ref().and_then(|c| resolve::resolve(p, c, it.role).ok()) {
            it.take_reading(&m.shifted(it.base));
        }
        (it.date, it.year, it.month, it.day) = (None, None, None, None);
    };
    // An almanac's time counts from its day's sunrise: after the small hours of a night, that
    // night's day (`… শেষ রাত্রি ঘ ০৫:০৩:০৬ দং ৫৬/৫৪/৩৫`: the daṇḍa is the almanac day's).
    let almanac_time = chain
        .as_ref()
        .and_then(|c| c.time.as_ref())
        .is_some_and(|t| t.almanac || t.after_sunrise.is_some());
    // (… and so does any time of an almanac's list: its rows are all the heading day's, the
    // small hours of a row before it read on the next civil day: `চন্দ্রোদয়: রাত ১টা ১০ মিনিট`
    // then `কুলিকবেলা: সকাল ৭টা ৫০ মিনিট`; probe 9.)
    let listed = chain.as_ref().is_some_and(|c| c.almanac_text);
    let on_day = |it: &mut Item, day: &Day, rule: AnchorRule| {
        it.anchor = Anchor::Mention { rule, from: day.span.clone(), days: 0 };
        let date = if almanac_time || listed { day.named } else { day.date };
        set_day(p, it, &chain, date, Some(day.zone));
    };
    if let Some(start) = partner {
        if let Some(d) = start.date {
            it.anchor =
                Anchor::Mention { rule: AnchorRule::Range, from: start.span.clone(), days: 0 };
            let zone = start.reading.as_ref().map(|m| resolve::zone_of(p, m));
            // An end earlier in the day than its start is on the next day (`রাত ১১টা থেকে ভোর
            // ৪টা`); one after it is on the start's day, even in the small hours (`রাত ১২টা
            // থেকে ২টা`).
            let read = start.time.zip(chain.as_ref()).and_then(|(a, c)| {
                let m = read_on(p, c, it, d, zone)?;
                if m.time? >= a {
                    return Some(m);
                }
                let next = read_on(p, c, it, d.succ_opt()?, zone)?;
                it.anchor =
                    Anchor::Mention { rule: AnchorRule::Range, from: start.span.clone(), days: 1 };
                it.assumptions.push(Assumption::NightFollowsDay);
                Some(next)
            });
            match read {
                Some(m) => it.take_reading(&m),
                None => set_day(p, it, &chain, d, zone),
            }
            return;
        }
        if start.anchor == Anchor::Recurring {
            recurring(it, &chain);
            return;
        }
    }
    // `রোববার থেকে সকাল ১০টা ৩০ মিনিটে … শুরু হবে। … ৪টা ১৫ মিনিট পর্যন্ত … চলবে।`: after a day
    // that starts days to come, the clocks told of the future in its sentence and the next
    // are those days' hours, recurring (fresh article C03: the first day's).
    let opened = ctx.last_day.as_ref().is_some_and(|d| {
        d.opens && d.line == it.line && d.sentence + 1 >= it.sentence && d.sentence <= it.sentence
    });
    if opened && says.future && it.time.is_some() && matches!(it.role, Role::Single | Role::Until) {
        recurring(it, &chain);
        return;
    }
    if let Some(day) = ctx.last_day.as_ref().filter(|d| d.sentence == it.sentence) {
        on_day(it, day, AnchorRule::Sentence);
        return;
    }
    // Every day's hours: `প্রতিদিন সকাল ১০টা থেকে দুপুর ১টা পর্যন্ত`; also in the sentence after
    // one that said so, with no day told since (`প্রতি শুক্রবার হাট বসে। সকাল ১০টা থেকে বিকেল
    // ৫টা পর্যন্ত কেনাবেচা চলে।`; probe 8).
    let no_day_since = ctx.last_day.as_ref().is_none_or(|d| d.sentence + 1 < it.sentence);
    // (A day part too: `প্রতি রোববার রাতে`, `রোজ ভোরে`; probe 13, the reference's.)
    let timed = it.time.is_some() || it.period.is_some();
    if timed && (says.daily || (says.daily_before && no_day_since)) {
        recurring(it, &chain);
        return;
    }
    // A time in the sentence right after a date, on the same line, is that day's (`আগামী ১৯
    // ডিসেম্বর ভোট। সকাল ৭টা থেকে বিকেল ৫টা পর্যন্ত ভোটগ্রহণ চলবে।`); so is one a sentence or two
    // later told of the past, the story of that day going on (`ঘটনার দিন (১৪ আগস্ট বুধবার) সন্ধ্যায় … খাওয়ায়।
    // কফি খেয়ে তার মা ঘুমিয়ে পরে। রাত ১১টার কিছু পরে …`).
    if it.time.is_some() {
        if let Some(day) = ctx.last_day.as_ref().filter(|d| {
            let next = d.sentence + 1 == it.sentence;
            // (Not the hours of what is to come: `দোকান পাট 3 টা পর্যন্ত খোলা থাকবে`.)
            let story = d.sentence + 3 >= it.sentence && !says.future;
            // (The first sentence of the next paragraph goes on with a day told at the end of
            // the one before: `আগামী ১৫ মার্চ … বইমেলা শুরু হবে।` then `উদ্বোধনী অনুষ্ঠান শুরু হবে
            // বিকেল ৪টায়।`, the probe of real pages.)
            let next_paragraph = next && d.told && d.line + 1 == it.line;
            (d.line == it.line && (next || story)) || next_paragraph
        }) {
            on_day(it, day, AnchorRule::PreviousSentence);
            // Told time runs forward: after that day's night (`রাত ১১টায় আগুন লাগে।`), the
            // morning told next is the next day's (`সকাল ৬টায় আগুন নেভে।`; probe 3).
            let night_before = ctx.last_moment.as_ref().filter(|m| {
                m.at.date() == day.date && m.at.hour() >= 18 && m.sentence < it.sentence
            });
            // (Not when the reading moved to the next day already: `দিবাগত রাত ১টায়`; nor in an
            // almanac's list, whose rows are all the heading day's, in no order of time:
            // `চন্দ্রোদয়: রাত ৯টা ৪৩ মিনিট` then `রাহুকাল: সকাল ৭টা ১২ মিনিট …`; probe 9.)
            let on_that_day = it.date == Some(day.date) && !listed;
            if let (Some(m), Some(t), Some(next)) = (night_before, it.time, day.date.succ_opt()) {
                if t < m.at.time() && t.hour() < 12 && !says.future && on_that_day {
                    it.anchor = Anchor::Mention {
                        rule: AnchorRule::PreviousSentence,
                        from: day.span.clone(),
                        days: 1,
                    };
                    set_day(p, it, &chain, next, Some(day.zone));
                    it.assumptions.push(Assumption::NightFollowsDay);
                }
            }
            return;
        }
    }
    // Hours of a schedule, told in the future with no day: they recur (`পরীক্ষা সকাল ১১টা থেকে
    // দুপুর ১২টা পর্যন্ত অনুষ্ঠিত হবে`).
    // (Not the hours of a day told in the paragraph or the one before: `বুধবার (২২শে জুলাই,
    // ২০০৯) সকাল ০৬ টা ৫৮ মিনিটে গ্রহণ শুরু হয়ে …` then `সকাল ৬টা ৫৫ মিনিট হতে সকাল ০৭টার
    // মধ্যে … গ্রহণ শুরু হবে`, fresh article T05.)
    let schedule = matches!(it.role, Role::RangeStart | Role::RangeEnd | Role::From | Role::Until)
        || it.assumptions.contains(&Assumption::WorkingHours);
    let day_told_near = ctx
        .last_one_day_line
        .is_some_and(|(line, paragraph)| line + 1 >= it.line || paragraph + 1 >= it.paragraph);
    if schedule && it.time.is_some() && says.future && !day_told_near {
        recurring(it, &chain);
        return;
    }
    if it.time.is_none() {
        if let Some(day) = ctx.last_day.as_ref().filter(|d| d.line == it.line) {
            on_day(it, day, AnchorRule::Paragraph);
            return;
        }
    }
    // A narrative of days long before the reference (a diary, a travelogue, a history): a time
    // alone in the paragraph of the day last told is that day's, not the reference's (`তারিখ টা
    // ছিল ২৩.১২.২০১৫। … হঠাত রাত ১০ টা নাগাদ ওর ফোন`).
    // So too in the paragraphs after it, while nothing newer was mentioned and the story is
    // still near (`… ২৩.১২.২০১৫ …` then, lines later, `সকাল ৬.৩০ নাগাদ বাড়ি থেকে বেরোলাম`).
    if let (Some(day), Some(r)) = (narrative_day(ctx, it), reference) {
        if (r - day.date).num_days() > 30 {
            let rule =
                if day.line == it.line { AnchorRule::Paragraph } else { AnchorRule::LastDay };
            // Told time runs forward: after a moment of that day (or a later one), an earlier
            // hour is the next day's (`রাত ১০ টা নাগাদ ফোন …` then `ভোরে উঠে`).
            let mut date = day.date;
            let before = ctx.last_moment.as_ref().filter(|m| {
                let days = (m.at.date() - day.date).num_days();
                (0..=3).contains(&days)
            });
            if let Some(m) = before.filter(|m| m.sentence < it.sentence) {
                date = m.at.date();
                let mut at = it.time.or_else(|| it.period.and_then(period_start));
                // (A bare hour read as working hours: 1–6 in the afternoon.)
                if it.assumptions.contains(&Assumption::WorkingHours) {
                    at = at
                        .map(|t| if (1..=6).contains(&t.hour()) { t + Days::hours(12) } else { t });
                }
                if at.is_some_and(|t| t < m.at.time()) {
                    date = date.succ_opt().unwrap_or(date);
                }
            }
            let days = (date - day.date).num_days();
            it.anchor = Anchor::Mention { rule, from: day.span.clone(), days };
            set_day(p, it, &chain, date, Some(day.zone));
            return;
        }
    }
    // A report of a day or three before the reference goes on in a later paragraph: a time that
    // on the day of writing would come after the writing, told of no future, is the story
    // day's (`মঙ্গলবার রাত সোয়া ১০টার দিকে … দুর্ঘটনা ঘটে।` ¶ `… রাত সোয়া ১০টার দিকে ট্রাকের
    // নিচে চাপা পড়ে`, published Wednesday morning; probe 3).
    if let (Some(day), Some(r), Some(t)) = (narrative_day(ctx, it), p.reference, it.time) {
        let recent = (1..=3).contains(&(r.date() - day.date).num_days());
        if recent && !says.future && t > r.time() {
            it.anchor =
                Anchor::Mention { rule: AnchorRule::LastDay, from: day.span.clone(), days: 0 };
            set_day(p, it, &chain, day.date, Some(day.zone));
            return;
        }
    }
    // So does a day a week or less ahead told of what is to come, for a time told so in a later
    // sentence (`শনিবার থেকে আবারও শুরু হচ্ছে … লিগ।` ¶ `বিকেল সাড়ে তিনটায় শুরু হবে ম্যাচটি।`,
    // published on the Friday; probe 5, sarabangla).
    if let (Some(day), Some(r), Some(_)) = (narrative_day(ctx, it), p.reference, it.time) {
        let ahead = (1..=7).contains(&(day.date - r.date()).num_days());
        if ahead && day.told && says.future {
            it.anchor =
                Anchor::Mention { rule: AnchorRule::LastDay, from: day.span.clone(), days: 0 };
            set_day(p, it, &chain, day.date, Some(day.zone));
            return;
        }
    }
    match (reference, &ctx.last_day) {
        (Some(r), _) => {
            it.anchor = Anchor::Reference;
            // With no day told, the small hours of a night are the ones just gone unless the
            // sentence tells what is to come: a report's `রাত ২টার দিকে আগুন লাগে`, `রাত ৩টায়
            // তিনি মারা যান` (its simple present is the story's past), as the parser reads them.
            // (An almanac's listing is of the day ahead: its small hours are the coming night's.)
            let almanac = chain.as_ref().is_some_and(|c| c.almanac || c.almanac_text);
            if !says.future && !almanac {
                if let Some(m) = chain.as_ref().and_then(|c| read_on(p, c, it, r, None)) {
                    it.take_reading(&m);
                    return;
                }
            }
            set_day(p, it, &chain, r, None);
        }
        (None, Some(day)) => on_day(it, day, AnchorRule::LastDay),
        (None, None) => {
            it.anchor = Anchor::Unanchored;
            if let Some(m) = chain.as_ref().and_then(|c| resolve::resolve(p, c, it.role).ok()) {
                it.take_reading(&m.shifted(it.base));
                it.date = None;
            }
        }
    }
}

/// When a part of the day begins (CLDR `bn`, as the parser reads them).
fn period_start(p: DayPeriod) -> Option<NaiveTime> {
    let hour = match p {
        DayPeriod::Dawn => 4,
        DayPeriod::Morning | DayPeriod::Daytime => 6,
        DayPeriod::Noon => 12,
        DayPeriod::Afternoon => 16,
        DayPeriod::Evening => 18,
        DayPeriod::Night => 20,
    };
    NaiveTime::from_hms_opt(hour, 0, 0)
}

/// Give a time or day part alone the day `day`: the chain read on it; the small hours of the
/// night are on the next calendar day (the night that follows the day it was anchored to).
fn set_day(p: &Parser, it: &mut Item, chain: &Option<Chain>, day: NaiveDate, zone: Option<Zone>) {
    let Some(chain) = chain else {
        it.date = Some(day);
        return;
    };
    let Some(m) = read_on(p, chain, it, day, zone) else {
        it.date = Some(day);
        return;
    };
    // (Not when the day was chosen with the hour: after the moment before it.)
    let chosen = chain.time.as_ref().is_some_and(|t| t.meridiem_inferred && t.period.is_none());
    // (In almanac text the dawn too: `পঞ্চমী শেষরাত ৩টে ১০ মিনিট পর্যন্ত` under a day is before
    // the next day's sunrise, the almanac day's end; probe 11.)
    let dawn = it.period == Some(DayPeriod::Dawn) && chain.almanac_text;
    let night = (it.period == Some(DayPeriod::Night) || dawn) && !chosen;
    let small_hours = |m: &Match| m.time.is_some_and(|t| t.hour() < 6);
    // (An almanac's small hours were read on the next civil day already, and so were
    // দিবাগত's: `রাত ১০টা ৪৫ মিনিট এবং দিবাগত রাত ১টায়` is one night.)
    let almanac_day = read_on_almanac_day(&m);
    if night && small_hours(&m) && !almanac_day && !chain.dibagoto {
        if let Some(next) = day.succ_opt().and_then(|n| read_on(p, chain, it, n, zone)) {
            it.take_reading(&next);
            it.assumptions.push(Assumption::NightFollowsDay);
            return;
        }
    }
    it.take_reading(&m);
}

/// A year, month, week or day counted from the reference `r`.
fn count_from(
    it: &mut Item,
    r: NaiveDate,
    unit: Unit,
    offset: i8,
    month: Option<u8>,
    day: Option<u8>,
) {
    let offset = i32::from(offset);
    it.anchor = Anchor::Reference;
    match unit {
        Unit::Year => {
            it.year = Some(r.year() + offset);
            it.kind = MentionKind::Year;
            if let Some(m) = month {
                it.kind = MentionKind::Month;
                it.month = Some(m);
            }
        }
        Unit::Month => {
            let months = r.year() * 12 + r.month0() as i32 + offset;
            let (year, month0) = (months.div_euclid(12), months.rem_euclid(12));
            it.year = Some(year);
            it.month = Some(month0 as u8 + 1);
            it.kind = MentionKind::Month;
            if let Some(d) = day {
                it.date = NaiveDate::from_ymd_opt(year, month0 as u32 + 1, u32::from(d));
                it.kind = MentionKind::Point;
                if it.date.is_none() {
                    it.anchor = Anchor::Unanchored;
                }
            }
        }
        _ => {
            let day = r.checked_add_signed(Days::weeks(i64::from(offset))).unwrap_or(r);
            let week = day.iso_week();
            it.year = Some(week.year());
            it.week = Some(week.week());
            it.kind = MentionKind::Week;
        }
    }
}

/// The pairs: the first end of a range or list takes the year its last end settled on (`১৭
/// থেকে ২০ আগস্ট`, `৩ ও ৪ মার্চ`), back to front; the head of a list takes its list's date.
fn pairs(items: &mut [Item]) {
    for k in (1..items.len()).rev() {
        let (head, tail) = items.split_at_mut(k);
        let (Some(a), Some(b)) = (head.last_mut(), tail.first()) else { continue };
        // (Roles do not say where one list ends and the next begins: `২৭ ও ২৮ মার্চ যথাক্রমে
        // শুক্র ও শনিবার` is two lists; so the two ends are of one sentence.)
        let joined = matches!(a.role, Role::RangeStart | Role::ListItem)
            && matches!(b.role, Role::RangeEnd | Role::ListItem)
            && a.sentence == b.sentence;
        if !joined {
            continue;
        }
        if a.need == Need::List {
            if let (Some(bd), Some(d)) = (b.date, a.day) {
                a.date = bd.with_day(u32::from(d));
                a.anchor =
                    Anchor::Mention { rule: AnchorRule::List, from: b.span.clone(), days: 0 };
            } else {
                a.anchor = Anchor::Unanchored;
            }
            continue;
        }
        // (Only from a date written with its month: a weekday after a date, `২৮ মার্চ এবং
        // শনিবার`, is no end whose year the date takes.)
        let b_written = b.chain.as_ref().is_some_and(|c| c.greg.is_some());
        if let (Some(ad), Some(bd), false, true) = (a.date, b.date, a.written_day(), b_written) {
            let year = if ad.month() > bd.month() { bd.year() - 1 } else { bd.year() };
            if ad.year() != year {
                a.date = ad.with_year(year);
                if let Some(m) = a.reading.as_mut() {
                    m.date = a.date;
                    m.datetime = m.datetime.and_then(|dt| dt.with_year(year));
                }
            }
        }
    }
}

/// The day of a reference (any day, when there is none: then nothing is far from it).
fn r_date(reference: Option<NaiveDateTime>) -> NaiveDate {
    reference.map_or(NaiveDate::MIN, |r| r.date())
}

/// The direction a sentence's tense points: the future, or the past when it speaks only of what
/// happened.
fn tense(says: SentenceSays) -> Option<YearResolution> {
    // (A sentence ending on a verb news tells the past in is a report of what happened: `১২ মে
    // তিনি মারা যান`; probe 10, read as the coming May.)
    match (says.future, says.past || says.narrative) {
        (true, _) => Some(YearResolution::Future),
        (false, true) => Some(YearResolution::Past),
        (false, false) => None,
    }
}

fn mid_year(y: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, 7, 2).unwrap_or(NaiveDate::MIN)
}

/// The year of month `m` seen from `r`.
fn month_year(r: NaiveDate, m: u8, how: YearResolution) -> i32 {
    let (ry, rm) = (r.year(), r.month() as i32);
    let m = i32::from(m);
    match how {
        YearResolution::Past if m <= rm => ry,
        YearResolution::Past => ry - 1,
        YearResolution::Future if m >= rm => ry,
        YearResolution::Future => ry + 1,
        YearResolution::Nearest if m - rm > 6 => ry - 1,
        YearResolution::Nearest if rm - m > 6 => ry + 1,
        YearResolution::Nearest => ry,
    }
}

/// The day a narrative last told, while it still tells of it: on the mention's line, or the
/// latest day mentioned within the sentences a narrative runs on for.
fn narrative_day<'c>(ctx: &'c Context, it: &Item) -> Option<&'c Day> {
    const NARRATIVE_SENTENCES: u64 = 100;
    ctx.last_told_day.as_ref().filter(|d| {
        let latest = ctx.last_day.as_ref().is_some_and(|l| l.span == d.span);
        d.line == it.line || (latest && it.sentence <= d.sentence + NARRATIVE_SENTENCES)
    })
}

/// A day named from today in quoted speech (`"কাল আমরা বাঁকুড়া যাচ্ছি"`) inside a narrative of
/// days long before the reference: the speaker's today is the day told, not the day of writing.
/// Whether it was so anchored.
fn speaker_day(p: &Parser, ctx: &Context, it: &mut Item) -> bool {
    let Some(Some((RelParts::Day(d), _))) = it.chain.as_ref().map(|c| c.relative.as_ref()) else {
        return false;
    };
    let d = i64::from(*d);
    let (Some(day), Some(r)) = (narrative_day(ctx, it), p.reference) else { return false };
    // (… or inside the sentence that tells the day it was said, whenever that was: `গতকাল
    // সংবাদ সম্মেলনে তিনি বলেন, "আজ রাতেই বৈঠক হবে"` is yesterday's night; probe 13.)
    let said_that_day = day.sentence == it.sentence && day.date != r.date();
    if (r.date() - day.date).num_days() <= 30 && !said_that_day {
        return false;
    }
    let Some(m) = read_against(p, it, noon(day.date), YearResolution::Nearest) else {
        return false;
    };
    it.take_reading(&m);
    it.anchor = Anchor::Mention { rule: AnchorRule::LastDay, from: day.span.clone(), days: d };
    true
}

/// A day named from today whose weekday is the day before's (`আজ মঙ্গলবার`, `গতকাল সোমবার` in
/// the paper dated Wednesday): the text was written the day before its reference, as a print
/// edition is; that day, and the days named from today after it ([`Context::written_shift`]),
/// are counted from the day of writing. Whether it was so read.
fn written_the_day_before(p: &Parser, ctx: &Context, it: &mut Item) -> bool {
    let Some(chain) = it.chain.clone() else { return false };
    let (Some((RelParts::Day(_), _)), Some(r)) = (&chain.relative, p.reference) else {
        return false;
    };
    // (A date written beside it says its own day.)
    if chain.greg.is_some() || chain.bangla.is_some() || chain.hijri.is_some() {
        return false;
    }
    let Some(shift) = ctx.written_shift.or(written_before_by(p, &chain)) else { return false };
    let Some(written) = r.checked_add_signed(Days::days(shift)) else { return false };
    let Some(m) = read_against(p, it, written, YearResolution::Nearest) else { return false };
    it.take_reading(&m);
    it.anchor = Anchor::Reference;
    true
}

/// −1 when `chain` names a day from today with the weekday of the day before it (the text
/// written the day before its reference), else `None`.
fn written_before_by(p: &Parser, chain: &Chain) -> Option<i64> {
    let (Some((RelParts::Day(d), _)), Some((w, _, _)), Some(r)) =
        (&chain.relative, &chain.weekday, p.reference)
    else {
        return None;
    };
    // (A date written beside them is what the weekday names: `আজ - বৃহস্পতিবার, ২রা মে, ২০২৪`,
    // a site's date bar of the day it was crawled; fresh article A03.)
    if chain.greg.as_ref().is_some_and(|g| g.day.is_some())
        || chain.bangla.is_some()
        || chain.hijri.is_some()
    {
        return None;
    }
    let day = r.date().checked_add_signed(Days::days(i64::from(*d)))?;
    (day.weekday() != *w && day.pred_opt()?.weekday() == *w).then_some(-1)
}

/// Whether a reading was dated by the parser from the reference alone (a time or a weekday with
/// no date written).
pub(super) fn dated_from_reference(m: &Match) -> bool {
    m.warnings.iter().any(|w| matches!(w, Warning::DateFromReference))
}

/// Whether a reading put an almanac's small hours on the next civil day ([`Warning::AlmanacDay`]).
fn read_on_almanac_day(m: &Match) -> bool {
    m.warnings.iter().any(|w| matches!(w, Warning::AlmanacDay { .. }))
}
