//! The chain: the parts of one match as they are joined, and the rules of which part may join
//! which (a slot taken ends the match).

use core::ops::Range;

use chrono::Weekday;

use crate::calendar::era::EraYear;

use super::super::lexer::Token;
use super::super::words::{Era, Unit};
use super::{BanglaParts, DocPart, GregParts, HijriParts, Part, RelParts, TextYear, TimeParts};

/// Everything one match collected.
#[derive(Debug, Clone, Default)]
pub(crate) struct Chain {
    pub(crate) span: Range<usize>,
    pub(crate) greg: Option<GregParts>,
    pub(crate) bangla: Option<BanglaParts>,
    pub(crate) hijri: Option<HijriParts>,
    pub(crate) saka: Option<BanglaParts>,
    pub(crate) weekday: Option<(Weekday, Range<usize>, bool)>,
    /// The weekdays written after a list's last date, one per date (`২৫, ২৬ ও ২৭ ফেব্রুয়ারি রোজ
    /// রবি, সোম ও মঙ্গলবার`): the stream gives each date its own; span of the list.
    pub(crate) weekday_list: Option<(Vec<Weekday>, Range<usize>)>,
    pub(crate) time: Option<TimeParts>,
    pub(crate) relative: Option<(RelParts, Range<usize>)>,
    /// The first weekday of a list or range this weekday ends or goes on (`আগামী রবিবার থেকে
    /// বৃহস্পতিবার`, `আগামী সোম ও মঙ্গলবার`): its day is the first such weekday after that one's,
    /// not the one the reference gives (probe 7: the range ran backwards).
    pub(crate) weekday_after: Option<Weekday>,
    /// A day and month after "every year" (`প্রতি বছর ১৬ ডিসেম্বর`): a day kept every year,
    /// no one year's; a day of the month alone after "every month" (`প্রতি মাসের ১৫ তারিখ`):
    /// no one month's.
    pub(crate) yearly: bool,
    /// `১৯০৩ সালের আজকের এই দিনে`: the reference's day in this year.
    pub(crate) anniversary: Option<i32>,
    /// গত (−1) / আগামী (+1) before a date: which way to look for its year.
    pub(crate) direction: Option<i8>,
    /// চলতি/এ (0), গত (−1), আগামী (+1) বছরের before a date.
    pub(crate) year_offset: Option<i8>,
    /// পরের (+1) / আগের (−1) বছর right before a date in a string (set by the stream): the year
    /// after (before) the one its paragraph wrote; none when it wrote none.
    pub(crate) told_year_offset: Option<i8>,
    /// A day of the month named by its number alone (`গত ১২ তারিখ`, `চলতি মাসের ২০
    /// তারিখে`): the month and year come from the reference.
    pub(crate) day_only: Option<u8>,
    /// চলতি/এ (0), গত (−1), আগামী (+1) মাসের before a day (`গত মাসের ১৫ তারিখে`).
    pub(crate) month_offset: Option<i8>,
    /// The year written right before "this month" (`১৯৭১ সালে এ মাসের`).
    pub(crate) month_year: Option<i32>,
    pub(crate) dibagoto: bool,
    pub(crate) approximate: bool,
    pub(crate) local_time: Option<Range<usize>>,
    /// `গত রাতে`, `গতরাতে`: last night, whose small hours fall on the day of writing.
    pub(crate) last_night: bool,
    /// A night's time whose sentence tells what is to come (`আজ রাত ১টায় ম্যাচটি শুরু হবে`):
    /// its small hours are the night ahead.
    pub(crate) night_ahead: bool,
    /// A night's time whose sentence has no verb that tells its tense (`আজ রাত ২টায় খেলা শুরু`):
    /// tonight's small hours may be the ones gone or the night ahead.
    pub(crate) night_untold: bool,
    /// A yearless date opening its sentence, which is told in the past (`২০ এপ্রিল তিনি মারা
    /// গেছেন`): the last such day before the reference. (Not a date inside its sentence, which
    /// is as often what was decided: `নতুন তারিখ ৪ নভেম্বর করা হয়েছে`.)
    pub(crate) told_past: bool,
    /// A weekday alone whose sentence speaks of what is to come (`বৃহস্পতিবার সভা হবে`).
    pub(crate) told_future: bool,
    /// The date names a historical event by the words after it (`৭ই মার্চের ভাষণ`): its year
    /// was the event's ([`crate::parse::words::event_year`]).
    pub(crate) event_year: bool,
    /// The zone a place's time names (`ভারতীয় সময়`).
    pub(crate) zone: Option<crate::parse::zone::Zone>,
    pub(crate) mixed_digits: Vec<Range<usize>>,
    /// An Indian almanac's era (কলিযুগাব্দ, শকাব্দ …) or Assamese month in the match: evidence
    /// that its Bangabda date is West Bengal's.
    pub(crate) indian_cue: bool,
    /// The token where the match first crossed a table cell (`|`): if what follows contradicts
    /// what came before, the match ends there.
    pub(crate) cell_break: Option<usize>,
    /// The tokens where the parts after the first cell start (from [`Chain::cell_break`] on):
    /// where the match may end instead, when it contradicts itself.
    pub(crate) cell_parts: Vec<usize>,
    /// ওইদিন, পরদিন …: the day is another mention's, not the reference's.
    pub(crate) anaphoric: bool,
    /// এদিন, এইদিনে ("this day"): in a news report, mostly the day it was written.
    pub(crate) this_day: bool,
    /// Document mode: a back-reference to the day last mentioned, plus these days (`পরদিন`
    /// +1, `তার দুই দিন পর` +2).
    pub(crate) back: Option<i64>,
    /// Document mode: what the chain names besides an expression.
    pub(crate) doc: Option<DocPart>,
    /// Document mode: a year counted from the story's (`সে বছর`, `ওই বছর` 0, `পরের বছর` +1),
    /// alone or as a yearless date's year (`একই বছরের ১৫ই ফেব্রুয়ারি`).
    pub(crate) story_year: Option<i8>,
    /// Where the match's content starts, after the labels before it (`প্রকাশিত :`).
    pub(crate) content_start: Option<usize>,
    /// The token after the chain is থেকে or পর্যন্ত (a bare hour beside one is a schedule's).
    pub(crate) signal_after: bool,
    /// A year of an Indian almanac's era (`৫১২৫ কলিযুগাব্দ`): in a document, a mention of its
    /// own when nothing else is dated.
    pub(crate) era_year: bool,
    /// Every such year read (not an era word alone), with its era and its bytes.
    pub(crate) eras: Vec<(EraYear, Range<usize>)>,
    /// The one year written elsewhere in the date's paragraph (set by the stream for a date
    /// written without one).
    pub(crate) text_year: Option<TextYear>,
    /// A Bangabda or Hijri month was named earlier in the paragraph (set by the stream): `এই
    /// মাসের ১০ তারিখ` may be that month's day.
    pub(crate) other_month_before: bool,
    /// A place of West Bengal, Tripura or Assam is named before the match in its paragraph,
    /// and no place of Bangladesh is: evidence that a Bangabda date is West Bengal's.
    pub(crate) indian_place: bool,
    /// A clock time whose paragraph names a place of West Bengal, Tripura or Assam and none of
    /// Bangladesh (`শিলচর, … সন্ধ্যা সাড়ে ছয়টায়`, a dateline `আগরতলা, ১৬ ফেব্রুয়ারি:`): read in
    /// India's time.
    pub(crate) indian_clock: bool,
    /// An almanac is named before the match in its paragraph (`গুপ্তপ্রেস পঞ্জিকা অনুযায়ী`):
    /// the rule its Bangabda date follows.
    pub(crate) almanac_named: Option<crate::calendar::Rule>,
    /// Read in a paragraph of almanac text (set by the stream): the small hours belong to the
    /// Hindu day that began at the sunrise before them.
    pub(crate) almanac: bool,
    /// Its paragraph uses almanac words (তিথি, নক্ষত্র …), whatever the chain holds.
    pub(crate) almanac_text: bool,
    /// A Vikram Samvat date or year in the match: months are lunar there, so no Bangabda or
    /// Śaka date is read.
    pub(crate) lunisolar: bool,
    pub(super) strong: bool,
    pub(super) open_parens: u32,
}

impl Chain {
    /// A match of a Gregorian date alone, made by the stream from what it read beside another
    /// (the last day of `মার্চ ১২-১৪, ২০২৪`).
    pub(crate) fn of_date(greg: GregParts) -> Chain {
        let strong = greg.day.is_some() || greg.year.is_some();
        Chain { span: greg.span.clone(), greg: Some(greg), strong, ..Chain::default() }
    }

    pub(crate) fn is_strong(&self) -> bool {
        self.strong
    }

    /// Whether a document reads this chain as a mention (strong, or holding what only a
    /// document reads); the document reader judges the weaker cases (a day part or a bare hour
    /// alone) with the context around them.
    pub(crate) fn is_document_candidate(&self) -> bool {
        self.strong
            || self.doc.is_some()
            || self.back.is_some()
            || self.year_offset.is_some()
            || self.greg.is_some()
            || self.time.is_some()
            || !self.eras.is_empty()
            || self.story_year.is_some()
    }

    /// Whether the chain is a Gregorian day and month with no year (or a two-digit one), and
    /// nothing in it gives one (a Bangabda date with its year, a relative word, চলতি বছরের): a
    /// year written elsewhere may.
    pub(crate) fn wants_year(&self) -> bool {
        self.greg.as_ref().is_some_and(|g| (g.year.is_none() || g.short_year) && g.day.is_some())
            && self.bangla.as_ref().is_none_or(|b| b.year.is_none())
            && self.relative.is_none()
            && self.year_offset.is_none()
    }

    /// Whether the chain names a day: a date of any calendar, a weekday or a relative day.
    pub(super) fn dated(&self) -> bool {
        self.greg.as_ref().is_some_and(|g| g.day.is_some())
            || self.bangla.is_some()
            || self.hijri.is_some()
            || self.weekday.is_some()
            || self.relative.is_some()
    }

    /// Whether the chain names no day at all, of any calendar or by any word (a clock or a day
    /// part alone): what joins another chain takes its day from it.
    pub(crate) fn names_no_day(&self) -> bool {
        self.greg.is_none()
            && self.bangla.is_none()
            && self.hijri.is_none()
            && self.saka.is_none()
            && self.relative.is_none()
            && self.weekday.is_none()
            && self.day_only.is_none()
            && self.back.is_none()
            && !self.anaphoric
    }

    /// Whether a date with its day, month and year has been read (of any calendar).
    pub(crate) fn has_full_date(&self) -> bool {
        self.greg.as_ref().is_some_and(|g| g.day.is_some() && g.year.is_some())
            || self.bangla.as_ref().is_some_and(|b| b.year.is_some())
            || self.hijri.as_ref().is_some_and(|h| h.year.is_some())
            || self.saka.as_ref().is_some_and(|s| s.year.is_some())
    }

    /// The index of the token the match starts at.
    pub(crate) fn span_start_token(&self, tokens: &[Token]) -> usize {
        tokens.partition_point(|t| t.start < self.span.start)
    }
}

impl Chain {
    /// Add a part; `false` when its slot is taken (the part then starts the next match).
    pub(super) fn accept(&mut self, part: Part, pending: &mut Option<i8>) -> bool {
        // What only a document reads stands alone: nothing dated joins it, and it joins nothing
        // dated (a back-reference takes a time, and a date wins over it).
        let dated = |c: &Chain| {
            c.greg.is_some()
                || c.bangla.is_some()
                || c.hijri.is_some()
                || c.saka.is_some()
                || c.weekday.is_some()
                || c.time.is_some()
                || c.relative.is_some()
                || c.year_offset.is_some()
        };
        let dating = matches!(
            part,
            Part::Greg(_)
                | Part::Bangla(_)
                | Part::Hijri(_)
                | Part::Saka(_)
                | Part::Weekday(..)
                | Part::Time(..)
                | Part::Relative(..)
                | Part::Anniversary(..)
                | Part::Back(_)
                | Part::Doc(_)
        );
        if dating && self.doc.is_some() {
            return false;
        }
        match part {
            Part::Greg(p) => {
                // Years or months counted, then a date of its own (`এক বছর আগে, ২০২৪ সালের
                // অক্টোবরে`): two things said, not one.
                let counted_long = matches!(
                    self.relative,
                    Some((RelParts::Offset(_, Unit::Year | Unit::Month | Unit::Week), _))
                );
                if self.greg.is_some() || self.day_only.is_some() || counted_long {
                    return false;
                }
                self.direction = self.direction.or(pending.take());
                // A month with its year (`২০২২ সালের ডিসেম্বর মাসে`) is a date expression too.
                self.strong |= p.day.is_some() || p.year.is_some();
                self.greg = Some(p);
            }
            Part::Bangla(p) => {
                if self.bangla.is_some() {
                    return false;
                }
                self.direction = self.direction.or(pending.take());
                self.strong = true;
                self.bangla = Some(p);
            }
            Part::Saka(p) => {
                if self.saka.is_some() {
                    return false;
                }
                self.indian_cue |= p.era == Some(Era::Saka);
                self.strong = true;
                self.saka = Some(p);
            }
            Part::Hijri(p) => {
                if self.hijri.is_some() {
                    return false;
                }
                self.direction = self.direction.or(pending.take());
                self.strong = true;
                self.hijri = Some(p);
            }
            Part::Weekday(d, span, typo) => {
                // The same weekday again (`বাংলা- ১৮ কার্তিক, বৃহস্পতিবার। ইংরেজি– ৪ নভেম্বর,
                // বৃহস্পতিবার।`): one day, written beside each calendar's date.
                if let Some((day, ..)) = self.weekday {
                    return day == d && pending.is_none() && self.relative.is_none();
                }
                if let Some(dir) = pending.take() {
                    if self.relative.is_some() {
                        return false;
                    }
                    self.relative = Some((RelParts::Weekday(dir, d), span.clone()));
                }
                self.strong = true;
                self.weekday = Some((d, span, typo));
            }
            Part::WeekdayList(days, span) => {
                if self.weekday.is_some() || self.weekday_list.is_some() {
                    return false;
                }
                self.strong = true;
                self.weekday_list = Some((days, span));
            }
            Part::Time(t, strong) => {
                // After an era's year with no date (`কলিযুগাব্দ ৫১২৬, দং ২২/১৫/৩০`), a time is
                // the almanac day's, not the year's: each is its own.
                let undated = self.greg.is_none() && self.bangla.is_none() && self.saka.is_none();
                if (self.era_year || self.lunisolar) && undated && self.hijri.is_none() {
                    return false;
                }
                match &mut self.time {
                    // A period word alone, then the hour (`সকালে আটটায়`): complete it.
                    Some(prev) if prev.hour.is_none() && t.hour.is_some() && t.period.is_none() => {
                        let period = prev.period;
                        let span = prev.span.start..t.span.end;
                        *prev = TimeParts { period, span, ..t };
                        self.strong |= strong || period.is_some();
                        return true;
                    }
                    Some(_) => return false,
                    None => {}
                }
                self.strong |= strong;
                self.time = Some(t);
            }
            Part::Anniversary(year, span) => {
                if self.relative.is_some() || self.greg.is_some() || self.anniversary.is_some() {
                    return false;
                }
                self.strong = true;
                self.anniversary = Some(year);
                self.relative = Some((RelParts::Day(0), span));
            }
            Part::Relative(r, span) => {
                // After a stamp's full date and time (`২১ ডিসেম্বর, ২০১৬ ০০:০০ গতকাল আইসিসিবিতে`),
                // a day named from today starts the story: its own match.
                let stamped = self.time.is_some()
                    && self.greg.as_ref().is_some_and(|g| g.day.is_some() && g.year.is_some());
                if self.relative.is_some() || (stamped && matches!(r, RelParts::Day(_))) {
                    return false;
                }
                if let RelParts::Weekday(_, d) | RelParts::WeekOf(_, d) = r {
                    if self.weekday.is_some() {
                        return false;
                    }
                    self.weekday = Some((d, span.clone(), false));
                }
                self.strong = true;
                self.relative = Some((r, span));
            }
            Part::Direction(d) => {
                if pending.is_some() || self.greg.is_some() || self.bangla.is_some() {
                    return false;
                }
                *pending = Some(d);
            }
            Part::YearOffset(d) => {
                // (Not after a day named: `বৃহস্পতিবার এ বছর স্বাধীনতা পদক …` is a Thursday,
                // then this year's award.)
                let day_named =
                    self.weekday.is_some() || matches!(self.relative, Some((RelParts::Day(_), _)));
                if self.year_offset.is_some() || self.greg.is_some() || day_named {
                    return false;
                }
                self.year_offset = Some(d);
            }
            Part::MonthOffset(d, year) => {
                if self.month_offset.is_some() || self.greg.is_some() || self.day_only.is_some() {
                    return false;
                }
                self.month_offset = Some(d);
                self.month_year = year;
            }
            Part::DayOnly(p) => {
                let dated = self.greg.is_some() || self.bangla.is_some() || self.hijri.is_some();
                if self.day_only.is_some() || dated {
                    return false;
                }
                self.direction = self.direction.or(pending.take());
                self.strong = true;
                self.day_only = Some(p);
            }
            Part::IndianYear(_) => {
                // A run of era years with no date (an almanac's `১৯৪৬ শকাব্দ /২০৮১ বিক্রম
                // সাম্বৎ`): each is its own; beside a date they are cues of one match.
                let undated = self.greg.is_none() && self.bangla.is_none() && self.saka.is_none();
                if ((self.era_year || self.lunisolar) && undated && self.hijri.is_none())
                    || self.doc.is_some()
                {
                    return false;
                }
                // After a relative day or a time with no date (`আজ কলিযুগাব্দ ৫১২৬`), it is the
                // era's year, not a cue of theirs.
                if undated
                    && self.hijri.is_none()
                    && (self.relative.is_some() || self.time.is_some())
                {
                    return false;
                }
                self.indian_cue = true;
                self.era_year = true;
            }
            Part::Lunisolar(_) => {
                // After another year (`১৯৪৪, সংবৎ ২০৭৮`, `কল্যব্দ ৫১২২, সংবৎ ২০৭৮`), its own.
                let undated = self.greg.is_none() && self.bangla.is_none() && self.saka.is_none();
                if self.lunisolar || self.doc.is_some() || (self.era_year && undated) {
                    return false;
                }
                self.indian_cue = true;
                self.strong = true;
                self.lunisolar = true;
                self.era_year = true;
            }
            Part::Anaphoric { this_day } => {
                self.anaphoric = true;
                self.this_day |= this_day;
            }
            Part::Back(days) => {
                if self.back.is_some() || dated(self) {
                    return false;
                }
                self.back = Some(days);
                self.anaphoric = true;
            }
            Part::Doc(d) => {
                // An era's year after another's (`বুদ্ধাব্দ ২৫৬৯, শকাব্দ ১৯৪৭`) is its own.
                let era_after_era =
                    (self.era_year || self.lunisolar) && matches!(d, DocPart::Year { .. });
                if dated(self) || self.back.is_some() || era_after_era {
                    return false;
                }
                self.doc = Some(d);
            }
            Part::Deep => {}
            Part::StoryYear(d) => {
                if self.story_year.is_some() || self.year_offset.is_some() || dated(self) {
                    return false;
                }
                self.story_year = Some(d);
            }
            Part::Dibagoto => self.dibagoto = true,
            Part::Approx => self.approximate = true,
            Part::Local(span) => self.local_time = Some(span),
            Part::Zone(zone) => {
                if self.zone.is_some() {
                    return false;
                }
                self.zone = Some(zone);
            }
            Part::Filler => {}
        }
        true
    }
}
