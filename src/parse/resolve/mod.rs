//! Turning what a chain collected into dates and times: the year of a yearless date, the hour of
//! a day-period time, the rule behind a Bangabda date, and the warnings about all of it.

use chrono::{
    Datelike, Days, Duration, FixedOffset, Months, NaiveDate, NaiveTime, TimeZone, Timelike,
    Weekday,
};

use crate::calendar::hijri::HijriDate;
use crate::calendar::saka::SakaDate;
use crate::calendar::{BanglaDate, Rule};
use crate::error::Error;

mod clock;
mod days;

use clock::resolve_time;
pub(crate) use days::century;
pub(crate) use days::infer_year;
use days::{
    century_near, hijri_paired_year, in_year_of, infer_bangla_year, latest_weekday_year, pick,
    resolution, weekday_from, weekday_near, weekday_of_week, weekday_year,
};

use super::days::saka_month;
use super::grammar::{Chain, RelParts, TimeParts};
use super::words::{DayPeriod, Era, Unit};
use super::zone::{Localized, Zone};
use super::{
    Evidence, Match, OtherCalendar, Parser, Relative, Role, Warning, WrittenBangla, WrittenDate,
    YearResolution,
};

/// India's offset from UTC, +05:30: the clock an `IST` after a time writes.
const IST: FixedOffset = match FixedOffset::east_opt(5 * 3600 + 1800) {
    Some(ist) => ist,
    None => panic!("+05:30 is an offset"),
};

/// Resolve one chain into a match, step by step (each step is a method of [`Resolver`]).
pub(crate) fn resolve(p: &Parser, chain: &Chain, role: Role) -> Result<Match, Error> {
    resolve_with(p, chain, role, None)
}

/// A day a document gives a chain that names none (a time alone, a back-reference), and the
/// zone of the mention that day came from (a West Bengal date's is Kolkata's).
#[derive(Debug, Clone, Copy)]
pub(crate) struct GivenDay {
    pub(crate) day: NaiveDate,
    pub(crate) zone: Option<Zone>,
}

/// [`resolve`], with the day a document gives a chain that names none.
pub(crate) fn resolve_on(
    p: &Parser,
    chain: &Chain,
    role: Role,
    given: GivenDay,
) -> Result<Match, Error> {
    resolve_with(p, chain, role, Some(given))
}

fn resolve_with(
    p: &Parser,
    chain: &Chain,
    role: Role,
    given: Option<GivenDay>,
) -> Result<Match, Error> {
    // A Vikram Samvat date names lunar months: no Bangabda or Śaka date is read beside it.
    if chain.lunisolar {
        if chain.bangla.is_some() || chain.saka.is_some() {
            let mut solar = chain.clone();
            (solar.bangla, solar.saka) = (None, None);
            return resolve_with(p, &solar, role, given);
        }
        let mut m = resolve_chain(p, chain, role, given)?;
        m.warnings.insert(0, Warning::LunisolarDate { span: chain.span.clone() });
        return Ok(m);
    }
    resolve_chain(p, chain, role, given)
}

fn resolve_chain(
    p: &Parser,
    chain: &Chain,
    role: Role,
    given: Option<GivenDay>,
) -> Result<Match, Error> {
    let mut r = Resolver::new(p, chain);
    r.given = given;
    r.written_gregorian();
    // Every written day against its month, in one place (the Gregorian year as resolved).
    super::days::check(chain, r.year)?;
    r.bangabda()?;
    r.relative();
    r.gregorian_year();
    r.day_only();
    r.other_calendars()?;
    r.bangabda_rule();
    r.weekday();
    r.date_from_reference();
    r.reference_day_unknown();
    r.time_of_day();
    let datetime = r.moment();
    Ok(r.into_match(role, datetime))
}

/// What resolving one chain has found so far.
struct Resolver<'a> {
    p: &'a Parser,
    chain: &'a Chain,
    ref_date: Option<NaiveDate>,
    warnings: Vec<Warning>,
    /// The Gregorian date, once known.
    date: Option<NaiveDate>,
    year: Option<i32>,
    month: Option<u8>,
    day: Option<u8>,
    /// Written with Assamese month names: the West Bengal calendar, whatever the parser says.
    assamese: bool,
    /// The time was counted from sunrise at Kolkata (an almanac's daṇḍa): Kolkata time, and
    /// approximate.
    after_sunrise: bool,
    /// The rule a Bangabda date is expected to follow.
    expected: Rule,
    bangla_date: Option<BanglaDate>,
    /// The rule evidence chose instead of the parser's, and what chose it.
    chosen: Option<(Rule, Evidence)>,
    bangla: Option<WrittenBangla>,
    relative: Option<Relative>,
    relative_date: Option<NaiveDate>,
    relative_datetime: Option<chrono::NaiveDateTime>,
    approximate_date: Option<NaiveDate>,
    weekday: Option<Weekday>,
    time: Option<NaiveTime>,
    /// The day a document gives a chain that names none.
    given: Option<GivenDay>,
}

impl<'a> Resolver<'a> {
    fn new(p: &'a Parser, chain: &'a Chain) -> Resolver<'a> {
        // Assamese month names are the West Bengal calendar whatever the parser expects of
        // Bangabda; so, when the parser reads by evidence, is a match that names an Indian
        // almanac's era.
        let assamese = chain.bangla.as_ref().is_some_and(|b| b.assamese);
        // (A place of West Bengal named before it in its paragraph is such evidence too:
        // `বীরভূম, … ২৫ বৈশাখ ছিল রবীন্দ্রনাথ ঠাকুরের … জন্মবার্ষিকী`.)
        let place = chain.indian_place && chain.bangla.is_some();
        // (… and India's clock, written beside it (`ভারতীয় সময় রাত ৮টায়, ১৫ কার্তিক ১৪৩২`,
        // `১৫:৩০ IST`) or set for the text: an Indian page's Bangabda date is its almanac's, not
        // Bangladesh's; probe 9 read the clock in India and the date in Bangladesh.)
        let india = |z: Zone| z == Zone::KOLKATA || z == Zone::Fixed(IST);
        let ist = chain.zone.is_some_and(india)
            || chain.time.as_ref().is_some_and(|t| t.offset == Some(IST.local_minus_utc()))
            || p.zone.is_some_and(india);
        let place = place || (ist && chain.bangla.is_some());
        let almanac = chain.almanac_named.filter(|_| chain.bangla.is_some());
        let cue = assamese || (p.by_evidence() && (chain.indian_cue || place || almanac.is_some()));
        let expected = match almanac {
            // (An almanac named says whose reckoning, whatever the parser expects.)
            Some(rule) if cue && !chain.indian_cue => rule,
            _ if cue && !p.base_rule().is_west_bengal() => Rule::WestBengalSuryaSiddhanta,
            _ => p.base_rule(),
        };
        let evidence = if chain.indian_cue {
            Evidence::IndianCue
        } else if almanac.is_some() {
            Evidence::Almanac
        } else {
            Evidence::IndianPlace
        };
        let chosen =
            (cue && !assamese && expected != p.base_rule()).then_some((expected, evidence));
        Resolver {
            p,
            chain,
            ref_date: p.reference.map(|r| r.date()),
            warnings: Vec::new(),
            date: None,
            year: None,
            month: None,
            day: None,
            assamese,
            after_sunrise: false,
            expected,
            bangla_date: None,
            chosen,
            bangla: None,
            relative: None,
            relative_date: None,
            relative_datetime: None,
            approximate_date: None,
            weekday: None,
            time: None,
            given: None,
        }
    }

    /// The fixed rule for a Bangabda date of `year`.
    fn rule_for(&self, year: i32) -> Rule {
        if self.p.infers_rule() && !self.assamese {
            Rule::BangladeshHistorical.in_year(year)
        } else {
            self.expected.in_year(year)
        }
    }

    /// Step 1: The Gregorian day as written (a two-digit year gets its century).
    fn written_gregorian(&mut self) {
        let Some(g) = &self.chain.greg else { return };
        self.month = Some(g.month);
        self.day = g.day;
        self.year = g.year;
        if g.short_year {
            let context = self.chain.text_year.as_ref().filter(|t| t.calendar == Era::Christian);
            // The century of a year written in full nearby (a letter of 1939 dated `৪/৯/৩৭` is of
            // 1937), else of the reference. With neither, 30–99 are of the 1900s (no text was
            // written in 2030–2099 yet: `তাং ২৭.৭.৭১` is 1971; to be revisited in 2030), and
            // below 30 the century cannot be known (a letter dated `০৮-০৩-২৮` may be of 1928):
            // month and day only.
            let mut guessed = false;
            self.year = match (self.year, context, self.ref_date, self.p.read_on) {
                (Some(yy), Some(t), _, _) => Some(century_near(yy, t.year)),
                (Some(yy), None, Some(r), _) => Some(century(yy, r)),
                // With the day of reading, a weekday written beside the date picks the century
                // it falls on (`১৮/২/২০ (মঙ্গলবার)`: 18 February 2020 was a Tuesday, 1920's a
                // Wednesday); with none, the latest century up to five years after the day of
                // reading, a guess that says so.
                (Some(yy), None, None, Some(today)) if yy < 30 => {
                    let weekday = self.chain.weekday.as_ref().map(|(w, _, _)| *w);
                    let fits = |y: i32| {
                        g.day
                            .and_then(|d| {
                                NaiveDate::from_ymd_opt(y, u32::from(g.month), u32::from(d))
                            })
                            .zip(weekday)
                            .is_some_and(|(date, w)| date.weekday() == w)
                    };
                    let recent = century(yy, today);
                    let found = [recent, recent - 100].into_iter().find(|&y| fits(y));
                    guessed = found.is_none();
                    Some(found.unwrap_or(recent))
                }
                (Some(yy), None, None, _) if yy >= 30 => Some(1900 + yy),
                _ => None,
            };
            if let Some(y) = self.year {
                self.warnings.push(Warning::CenturyInferred { year: y });
            }
            if guessed {
                self.warnings.push(Warning::DateFromReference);
            }
        }
        // `১৩ ফেব্রুয়ারি ১৪৪৪ হিজরী`: the Gregorian year in which the day falls within that
        // Hijri (or Bangabda, or Śaka) year, when it falls in it once.
        let within = match (g.other_era_year, g.day, self.year) {
            (Some((year, era)), Some(day), None) => year_within_era(era, year, g.month, day),
            _ => None,
        };
        match (within, &g.era_conflict) {
            (Some(year), _) => {
                self.year = Some(year);
                self.warnings.push(Warning::YearFromOtherEra { year });
            }
            (None, Some(span)) => self.warnings.push(Warning::EraMismatch { span: span.clone() }),
            (None, None) => {}
        }
        if let (true, Some(year)) = (g.year_inferred, self.year) {
            self.warnings.push(Warning::YearInferred { year });
        }
        if let (true, Some(year)) = (self.chain.event_year, self.year) {
            self.warnings.push(Warning::YearOfEvent { year });
        }
        if let (Some(d), Some(y)) = (g.day, self.year) {
            self.date = NaiveDate::from_ymd_opt(y, u32::from(g.month), u32::from(d));
        }
    }

    /// Step 2: The Bangabda date: by its written year, or the occurrence around the reference; a
    /// weekday written beside it (and no Gregorian date) chooses between the reckonings.
    fn bangabda(&mut self) -> Result<(), Error> {
        let (p, chain) = (self.p, self.chain);
        let Some(b) = &chain.bangla else { return Ok(()) };
        if let Some(y) = b.year {
            let rule = self.rule_for(y);
            match BanglaDate::from_parts(i64::from(y), b.month, i64::from(b.day), rule) {
                Ok(bd) => self.bangla_date = Some(bd),
                // The other rule may accept it (৩১ আশ্বিন): then it is a cross-check matter.
                Err(_) if chain.greg.as_ref().is_some_and(|g| g.year.is_some()) => {}
                // So may the reckoning the weekday points to.
                Err(_) if p.by_evidence() && chain.weekday.is_some() && chain.greg.is_none() => {}
                Err(e) => return Err(e.or_span(b.span.clone())),
            }
        } else if let (None, Some(rd)) = (&chain.greg, self.ref_date) {
            // পঁচিশে বৈশাখ alone: the occurrence around the reference date.
            let how = resolution(chain, p);
            self.bangla_date = infer_bangla_year(b, rd, how, |y| self.rule_for(y));
        }
        if let (true, None, Some((w, _, _))) = (p.by_evidence(), &chain.greg, &chain.weekday) {
            if self.bangla_date.is_none_or(|bd| bd.weekday() != *w) {
                let how = resolution(chain, p);
                let ref_date = self.ref_date;
                let fits = |rule: Rule| -> Option<BanglaDate> {
                    let bd = match (b.year, ref_date) {
                        (Some(y), _) => BanglaDate::from_parts(
                            i64::from(y),
                            b.month,
                            i64::from(b.day),
                            rule.in_year(y),
                        )
                        .ok(),
                        (None, Some(rd)) => infer_bangla_year(b, rd, how, |y| rule.in_year(y)),
                        (None, None) => None,
                    };
                    bd.filter(|bd| bd.weekday() == *w)
                };
                if let Some((i, bd)) = self
                    .evidence_order()
                    .into_iter()
                    .enumerate()
                    .find_map(|(i, r)| fits(r).map(|bd| (i, bd)))
                {
                    self.bangla_date = Some(bd);
                    if i > 0 {
                        self.chosen = Some((bd.rule(), Evidence::Weekday));
                    }
                }
            }
        }
        self.bangla_year_from_weekday_read_on();
        self.bangla_rule_from_day_told();
        if let (Some(bd), None) = (self.bangla_date, b.year) {
            self.warnings.push(Warning::YearInferred { year: bd.year() });
        }
        if let Some(span) = &b.era_conflict {
            self.warnings.push(Warning::EraMismatch { span: span.clone() });
        }
        if let (Some((rule, evidence)), None) = (self.chosen, &chain.greg) {
            self.warnings.push(Warning::BanglaRuleFromEvidence {
                rule,
                evidence,
                span: b.span.clone(),
            });
        }
        // Nothing in the text says whose reckoning it is (no Gregorian date, weekday, Indian
        // era or Assamese name), and the other region's almanac puts it on another day: say so.
        let unsupported = chain.greg.is_none()
            && chain.weekday.is_none()
            && self.chosen.is_none()
            && !self.assamese
            && p.by_evidence();
        if let (true, Some(bd)) = (unsupported, self.bangla_date) {
            let rule = bd.rule();
            let other = if rule.is_west_bengal() {
                Rule::BangladeshHistorical.in_year(bd.year())
            } else {
                Rule::WestBengalSuryaSiddhanta
            };
            let elsewhere = BanglaDate::from_parts(
                i64::from(bd.year()),
                bd.month(),
                i64::from(bd.day()),
                other,
            );
            if elsewhere.is_ok_and(|o| o.to_gregorian() != bd.to_gregorian()) {
                self.warnings.push(Warning::BanglaRuleAssumed {
                    rule,
                    other,
                    span: b.span.clone(),
                });
            }
        }
        Ok(())
    }

    /// The reckonings a weekday written beside a Bangabda date is tried against: the parser's
    /// own first, then West Bengal's printed almanac, drik, and the Bangladesh rules.
    fn evidence_order(&self) -> [Rule; 5] {
        [
            self.expected,
            Rule::WestBengalSuryaSiddhanta,
            Rule::WestBengalDrik,
            Rule::BanglaAcademy1987,
            Rule::Bangladesh2019,
        ]
    }

    /// A yearless Bangabda date with a weekday, no reference and no Gregorian date, read on a
    /// known day (`বাংলার– ৫ আষাঢ়, মঙ্গলবার`): the latest year, up to a notice's reach after the
    /// day of reading, in which a reckoning puts that day on that weekday (the parser's own
    /// first, then West Bengal's and Bangladesh's), as for a Gregorian date; a guess that says
    /// so.
    fn bangla_year_from_weekday_read_on(&mut self) {
        let (p, chain) = (self.p, self.chain);
        let Some(b) = &chain.bangla else { return };
        let (None, None, None, Some((w, _, _)), Some(today)) =
            (b.year, &chain.greg, self.ref_date, &chain.weekday, p.read_on)
        else {
            return;
        };
        if !p.by_evidence() || self.bangla_date.is_some_and(|bd| bd.weekday() == *w) {
            return;
        }
        let latest = today.checked_add_signed(Duration::days(days::READ_AHEAD_DAYS));
        let Some(this_year) =
            BanglaDate::from_gregorian(today, Rule::BangladeshHistorical).ok().map(|bd| bd.year())
        else {
            return;
        };
        let order = self.evidence_order();
        // (Weekdays and a day of a month repeat within 28 years or so in any reckoning.)
        let found = (this_year - 30..=this_year + 1).rev().find_map(|y| {
            order.iter().find_map(|rule| {
                let rule = if *rule == self.expected { self.rule_for(y) } else { *rule };
                BanglaDate::from_parts(i64::from(y), b.month, i64::from(b.day), rule.in_year(y))
                    .ok()
                    .filter(|bd| bd.weekday() == *w)
                    .filter(|bd| latest.is_some_and(|l| bd.to_gregorian() <= l))
            })
        });
        if let Some(bd) = found {
            self.bangla_date = Some(bd);
            self.warnings.push(Warning::DateFromReference);
        }
    }

    /// Step 2b: A Bangabda date with no Gregorian date or weekday beside it, whose day the text
    /// tells otherwise: the relative day written with it (`গতকাল ২৭ অগ্রহায়ণ`), or, written
    /// alone with its year, the reference's own day (a page's date bar, `২৬ অগ্রহায়ণ ১৪৩২`). When the
    /// parser's reckoning puts it on another day and one other rule on that day, that rule is
    /// the page's (as a weekday shows it in [`Resolver::bangabda`]).
    fn bangla_rule_from_day_told(&mut self) {
        let (p, chain) = (self.p, self.chain);
        let Some(b) = &chain.bangla else { return };
        let (true, None, None, None, Some(rd)) =
            (p.by_evidence(), &chain.greg, &chain.weekday, self.chosen, self.ref_date)
        else {
            return;
        };
        let (told, evidence) = match &chain.relative {
            Some((RelParts::Day(d), _)) => {
                (rd.checked_add_signed(Duration::days(i64::from(*d))), Evidence::Relative)
            }
            // (A date bar writes its year; a yearless day in running text may be any near day,
            // and one after গত or আগামী is not today: `আগামী ১ পৌষ ১৪৩২ থেকে`, probe 3.)
            None if p.reference_day_known()
                && chain.time.is_none()
                && chain.direction.is_none()
                && b.year.is_some()
                && b.era_conflict.is_none() =>
            {
                (Some(rd), Evidence::Reference)
            }
            _ => return,
        };
        let Some(told) = told else { return };
        if self.bangla_date.is_none_or(|bd| bd.to_gregorian() == told) {
            return;
        }
        let fits = |rule: Rule| {
            BanglaDate::from_gregorian(told, rule).ok().filter(|bd| {
                bd.day() == b.day && bd.month() == b.month && b.year.is_none_or(|y| y == bd.year())
            })
        };
        // Beside a relative day, an almanac's line (West Bengal's first, as for a weekday); a
        // date bar alone, Bangladesh's older rule first (pages kept it after 2019).
        let order = match evidence {
            Evidence::Reference => [
                Rule::BanglaAcademy1987,
                Rule::Bangladesh2019,
                Rule::WestBengalSuryaSiddhanta,
                Rule::WestBengalDrik,
            ],
            _ => [
                Rule::WestBengalSuryaSiddhanta,
                Rule::WestBengalDrik,
                Rule::BanglaAcademy1987,
                Rule::Bangladesh2019,
            ],
        };
        if let Some(bd) = order.into_iter().filter(|r| *r != self.expected).find_map(fits) {
            self.bangla_date = Some(bd);
            self.chosen = Some((bd.rule(), evidence));
        }
    }

    /// Step 3: Relative words against the reference.
    fn relative(&mut self) {
        // `১৯০৩ সালের আজকের এই দিনে`: not a day counted from the reference, but its day in the
        // year written.
        if let Some(year) = self.chain.anniversary {
            if let Some(rd) = self.ref_date {
                self.date = NaiveDate::from_ymd_opt(year, rd.month(), rd.day());
                // A reference known to its month only has no day to give "this day".
                if !self.p.reference_day_known() {
                    self.warnings.push(Warning::DateFromReference);
                }
            }
            return;
        }
        let Some((rel, _)) = &self.chain.relative else { return };
        self.relative = Some(match *rel {
            RelParts::Day(d) => Relative::Day { offset: d },
            RelParts::Weekday(dir, w) => Relative::Weekday { direction: dir, weekday: w },
            RelParts::WeekOf(weeks, w) => Relative::WeekdayOfWeek { weeks, weekday: w },
            RelParts::Offset(n, u) => Relative::Offset { amount: n, unit: u },
        });
        let (Some(r), Some(rd)) = (self.p.reference, self.ref_date) else { return };
        self.relative_date = match *rel {
            // (`গত বছরের আজকের দিনে`: today's day in the year counted; probe 7: today.)
            RelParts::Day(d) => match self.chain.year_offset.filter(|_| d == 0) {
                Some(off) => rd.with_year(rd.year() + i32::from(off)),
                None => rd.checked_add_signed(Duration::days(i64::from(d))),
            },
            // (The list's first weekday where this one goes on from it: the first such day
            // after that one's.)
            RelParts::Weekday(dir, w) => match self.chain.weekday_after {
                Some(head) => weekday_from(rd, head, dir).and_then(|h| weekday_from(h, w, 1)),
                None => weekday_from(rd, w, dir),
            },
            RelParts::WeekOf(weeks, w) => {
                let (date, sure) = weekday_of_week(rd, w, weeks);
                if !sure {
                    let span = self.chain.relative.as_ref().map_or(0..0, |(_, s)| s.clone());
                    self.warnings.push(Warning::WeekStart { span });
                }
                date
            }
            RelParts::Offset(n, u) => match u {
                Unit::Second | Unit::Minute | Unit::Hour => {
                    let secs = match u {
                        Unit::Second => 1,
                        Unit::Minute => 60,
                        _ => 3600,
                    };
                    self.relative_datetime = n
                        .checked_mul(secs)
                        .and_then(Duration::try_seconds)
                        .and_then(|d| r.checked_add_signed(d));
                    self.relative_datetime.map(|dt| dt.date())
                }
                Unit::Day | Unit::Week => {
                    let days = if u == Unit::Week { n.saturating_mul(7) } else { n };
                    Duration::try_days(days).and_then(|d| rd.checked_add_signed(d))
                }
                Unit::Month | Unit::Year => {
                    let months = if u == Unit::Year { n.saturating_mul(12) } else { n };
                    let m = Months::new(months.unsigned_abs().min(u64::from(u32::MAX)) as u32);
                    if months < 0 { rd.checked_sub_months(m) } else { rd.checked_add_months(m) }
                }
            },
        };
    }

    /// Step 4: The year of a yearless Gregorian date: from the Bangabda date beside it, a relative
    /// word, চলতি/গত/আগামী বছরের, or the reference (a written weekday as evidence).
    fn gregorian_year(&mut self) {
        let chain = self.chain;
        if self.date.is_some() {
            return;
        }
        let (Some(g), Some(d)) = (&chain.greg, self.day) else { return };
        // A day kept every year has no one year.
        if chain.yearly {
            return;
        }
        let mut inferred = true;
        if let Some(bd) = self.bangla_date {
            // The Bangabda date beside it decides the year.
            let bg = bd.to_gregorian();
            inferred = false;
            self.date = if bg.month() == u32::from(g.month) && bg.day() == u32::from(d) {
                Some(bg)
            } else {
                // Take the year from the Bangabda date's neighbourhood.
                infer_year(g.month, d, bg, YearResolution::Nearest)
            };
        } else if let Some(hg) = chain.hijri.as_ref().and_then(|h| {
            let date =
                crate::calendar::hijri::HijriDate::new(h.year?, h.month, h.day.min(29)).ok()?;
            date.to_gregorian_approx().ok().map(|a| a.estimate())
        }) {
            // `১২ ফেব্রুয়ারি ১৪৪২ হিজরির ২৯ জমাদিউল আখিরা`: a Hijri date with its year beside it
            // decides the year (the nearest such day to the Hijri date's estimate).
            inferred = false;
            self.date = infer_year(g.month, d, hg, YearResolution::Nearest);
        } else if let Some(rd) = self.relative_date {
            // গতকাল (২৮ ডিসেম্বর): the relative word fixes the year.
            self.date = infer_year(g.month, d, rd, YearResolution::Nearest);
        } else if let (Some(off), Some(rd)) = (chain.year_offset, self.ref_date) {
            let y = rd.year() + i32::from(off);
            self.date = NaiveDate::from_ymd_opt(y, u32::from(g.month), u32::from(d));
        } else if let Some(off) = chain.told_year_offset {
            // `২০১৯ সালে … পরের বছর ১৫ মার্চ`: the year after the one the text wrote (in a
            // string, the year written in its paragraph); with none, no year can be known.
            inferred = false;
            let year = chain.text_year.as_ref().map(|ty| ty.year + i32::from(off));
            self.date =
                year.and_then(|y| NaiveDate::from_ymd_opt(y, u32::from(g.month), u32::from(d)));
            if let Some(date) = self.date {
                self.warnings.push(Warning::YearFromText { year: date.year() });
            }
        } else if let Some(ty) = chain.text_year.as_ref().filter(|ty| match self.ref_date {
            None => true,
            // With a reference, a year of the date's sentence beats it only for what is told
            // of the past (`১৮৭৬ সালে … ১৫ সেপ্টেম্বর`, `সালতামামি ২০০৯ … জানুয়ারি ০৩`), not
            // for what is to come (`২০২২ সালে শুরু হওয়া প্রকল্প ৩০ জুন শেষ হবে`) or a date
            // গত/আগামী ties to the reference.
            // (Nor a year after the reference's: `১০ অক্টোবর … ২০২২ বিশ্বকাপের আয়োজক`, read
            // in 2019, names a tournament to come.)
            // (… unless the year is the next one, which nothing told of the past names: `২০২৬
            // সালের মাধ্যমিক পরীক্ষা শুরু হবে ২ ফেব্রুয়ারি` read in May 2025; probe 9.)
            Some(rd) => {
                let told = !ty.future && (ty.calendar != Era::Christian || ty.year <= rd.year());
                let to_come = ty.calendar == Era::Christian
                    && (ty.year == rd.year() + 1 || (ty.future && ty.year == rd.year()));
                ty.same_sentence && chain.direction.is_none() && (told || to_come)
            }
        }) {
            // A year written elsewhere in the paragraph.
            inferred = false;
            self.date = match ty.sibling_month {
                // (Another date's: the year that puts this one nearest it.)
                Some(m) => NaiveDate::from_ymd_opt(ty.year, u32::from(m), 15)
                    .and_then(|near| infer_year(g.month, d, near, YearResolution::Nearest)),
                None => in_year_of(ty, g.month, d),
            };
            if let Some(date) = self.date {
                self.warnings.push(Warning::YearFromText { year: date.year() });
            }
        } else if let Some(rd) = self.ref_date {
            let how = resolution(chain, self.p);
            // A reference known to its month only: `আগামী` counts from the month's first day,
            // `গত` from its last, so no day of that month is pushed a year away.
            let rd = match (self.p.reference_day_known(), how) {
                (false, YearResolution::Future) => rd.with_day(1).unwrap_or(rd),
                (false, YearResolution::Past) => {
                    let next = rd.with_day(1).and_then(|f| f.checked_add_months(Months::new(1)));
                    next.and_then(|n| n.pred_opt()).unwrap_or(rd)
                }
                _ => rd,
            };
            self.date = infer_year(g.month, d, rd, how);
            // Told in the future: not a day more than a month gone (a fortnight-old date in a
            // sentence about what goes on is still the recent one).
            if chain.told_future
                && how == YearResolution::Nearest
                && self.date.is_some_and(|d| (rd - d).num_days() > 30)
            {
                self.date = infer_year(g.month, d, rd, YearResolution::Future);
            }
            // A weekday written beside the date is evidence too: `শনিবার (৩ জানুয়ারি)`
            // written on 30 December means the coming Saturday, not last January's.
            if let (Some(pick), Some((w, _, _)), None) =
                (self.date, &chain.weekday, chain.direction)
            {
                if pick.weekday() != *w {
                    self.date = weekday_year(g.month, d, rd, *w).or(self.date);
                }
            }
        } else if let Some(date) = self.p.read_on.and_then(|today| {
            let h = chain.hijri.as_ref().filter(|h| h.year.is_none())?;
            hijri_paired_year(g.month, d, h.month, h.day, today)
        }) {
            // No reference: the Hijri day written beside it (`১০ জুলাই (১০ জিলহজ)`) falls on
            // that Gregorian day about once in 33 years; the latest such, up to the day of
            // reading, a guess that says so.
            inferred = false;
            self.date = Some(date);
            self.warnings.push(Warning::DateFromReference);
        } else if let (Some(today), Some((w, _, _))) = (self.p.read_on, &chain.weekday) {
            // No reference: the weekday picks the latest year it fits, up to the day of reading
            // (and a notice's reach after it), a guess that says so.
            inferred = false;
            self.date = latest_weekday_year(g.month, d, today, *w);
            if self.date.is_some() {
                self.warnings.push(Warning::DateFromReference);
            }
        } else {
            inferred = false;
        }
        if let (true, Some(d)) = (inferred, self.date) {
            self.warnings.push(Warning::YearInferred { year: d.year() });
        }
    }

    /// Step 4a: A day named alone (`গত ১২ তারিখ`, `চলতি মাসের ২০ তারিখ`): its month from the
    /// reference, the one the words name (চলতি/গত/আগামী মাসের) or the nearest such day in the
    /// direction they say (গত: before the reference day, আগামী: after it).
    fn day_only(&mut self) {
        let chain = self.chain;
        let Some(day) = chain.day_only else { return };
        self.day = Some(day);
        // A day kept every month has no one month.
        if chain.yearly {
            return;
        }
        let (None, Some(rd)) = (self.date, self.ref_date) else { return };
        // `জিলহজ মাস গণনা শুরু। এই মাসের ১০ তারিখ`: "this month" is the one just named, of
        // another calendar; the reference's month would be a guess.
        if chain.month_offset == Some(0) && chain.other_month_before {
            return;
        }
        let Some(first) = rd.with_day(1) else { return };
        let in_month = |offset: i32| {
            let month = if offset < 0 {
                first.checked_sub_months(Months::new(offset.unsigned_abs()))
            } else {
                first.checked_add_months(Months::new(offset.unsigned_abs()))
            };
            month.and_then(|m| m.with_day(u32::from(day)))
        };
        self.date = match (chain.month_offset, chain.direction) {
            (Some(offset), _) => in_month(i32::from(offset)),
            // Strictly before or after the reference day: `গত ১২ তারিখ` written on the 12th is
            // last month's.
            (None, Some(dir)) if dir < 0 => (-12..=0).rev().filter_map(in_month).find(|x| *x < rd),
            (None, Some(dir)) if dir > 0 => (0..=12).filter_map(in_month).find(|x| *x > rd),
            // (The way the sentence's verb tells, else the nearest.)
            (None, _) => {
                pick((-12..=12).filter_map(in_month), rd, resolution(chain, self.p), |x| *x)
            }
        };
        // "This month" of a year written before it (`১৯৭১ সালে এ মাসের ৭ তারিখে`) or counted
        // (`গত বছরের এই মাসের ১০ তারিখে`): the reference's month in that year (probe 7).
        let year = match (chain.month_offset, chain.month_year, chain.year_offset) {
            (Some(0), Some(y), _) => Some(y),
            (Some(0), None, Some(off)) => Some(rd.year() + i32::from(off)),
            _ => None,
        };
        if let Some(y) = year {
            self.date = self.date.and_then(|d| d.with_year(y));
        }
        if let Some(date) = self.date {
            // (A year written is no inference.)
            if chain.month_year.is_none() {
                self.warnings.push(Warning::YearInferred { year: date.year() });
            }
            self.warnings
                .push(Warning::MonthInferred { year: date.year(), month: date.month() as u8 });
        }
    }

    /// Step 4b: The Śaka and Hijri dates: a Śaka date read by its own arithmetic (and a date from
    /// it, from the Bangabda date or the relative word when no Gregorian one was written);
    /// both checked against the date; a Hijri date alone gets an estimate, not a date.
    fn other_calendars(&mut self) -> Result<(), Error> {
        let chain = self.chain;
        let mut saka_date = None;
        if let Some(sk) = &chain.saka {
            if let Some(y) = sk.year {
                match SakaDate::new(y, saka_month(sk.month), sk.day) {
                    Ok(d) => saka_date = Some(d),
                    Err(e) if self.date.is_none() => return Err(e.or_span(sk.span.clone())),
                    Err(_) => {}
                }
            }
            if sk.era != Some(super::words::Era::Saka) {
                self.warnings.push(Warning::SakaByYear { span: sk.span.clone() });
            }
        }
        if self.date.is_none() && chain.greg.is_none() {
            self.date = self
                .bangla_date
                .map(BanglaDate::to_gregorian)
                .or(saka_date.map(SakaDate::to_gregorian))
                .or(self.relative_date);
        }
        if let (Some(d), Some(sk)) = (self.date, &chain.saka) {
            let written = saka_date.map(|s| (s.year(), s.month(), s.day()));
            let actual = SakaDate::from_gregorian(d).ok();
            let agrees = actual.is_some_and(|a| {
                a.month() == saka_month(sk.month)
                    && a.day() == sk.day
                    && written.is_none_or(|(y, ..)| y == a.year())
            });
            if !agrees {
                self.warnings.push(Warning::CalendarMismatch {
                    calendar: OtherCalendar::Saka,
                    span: sk.span.clone(),
                });
            }
        }
        if let Some(h) = &chain.hijri {
            let on = |y: i32| {
                HijriDate::new(y, h.month, h.day)
                    .and_then(HijriDate::to_gregorian_approx)
                    .map(|a| a.estimate())
                    .ok()
            };
            // `১০ রমজানের সেহরি`, `মঙ্গলবার ১০ রমজান`: with no year written, the Hijri year
            // whose day lies nearest the date beside it or the reference (the way গত or আগামী
            // says, when one does).
            let inferred = match h.year {
                Some(_) => None,
                None => self.date.or(self.ref_date).and_then(|anchor| {
                    let direction = chain.direction.filter(|_| self.date.is_none());
                    hijri_year_near(anchor, direction, on)
                }),
            };
            let estimate = h.year.or(inferred).and_then(on);
            match (self.date, estimate) {
                // Beside a date: checked against the tabular calendar, allowing the two days by
                // which moon sighting in Bangladesh can differ from it.
                (Some(d), Some(e)) if (e - d).num_days().abs() > 2 => {
                    self.warnings.push(Warning::CalendarMismatch {
                        calendar: OtherCalendar::Hijri,
                        span: h.span.clone(),
                    });
                }
                // Alone: the tabular estimate, kept apart from `date`. Written with its year on
                // a page of the same days (within the two days sighting may move it), it is most
                // likely the page's own date (a date bar's Hijri line): the reference's day, a
                // guess that says so.
                (None, Some(e)) if chain.greg.is_none() => {
                    self.approximate_date = Some(e);
                    if inferred.is_some() {
                        self.warnings.push(Warning::YearInferred { year: e.year() });
                    }
                    // With its weekday (`মঙ্গলবার ১০ রমজান`): of the five days sighting can
                    // put it on, the one that is that weekday (five days hold no weekday twice).
                    let weekday = chain.weekday.as_ref().map(|(w, ..)| *w);
                    let by_weekday = weekday.filter(|_| chain.relative.is_none()).and_then(|w| {
                        (-2..=2).map(|k| e + chrono::TimeDelta::days(k)).find(|d| d.weekday() == w)
                    });
                    if let Some(d) = by_weekday {
                        self.date = Some(d);
                        self.warnings.push(Warning::HijriWeekday { estimate: e });
                        return Ok(());
                    }
                    self.warnings.push(Warning::HijriEstimate { estimate: e });
                    let near = self.ref_date.filter(|rd| (e - *rd).num_days().abs() <= 2);
                    if let (Some(rd), None, None) = (near, &chain.relative, &chain.weekday) {
                        self.date = Some(rd);
                        self.warnings.push(Warning::DateFromReference);
                    }
                }
                _ => {}
            }
        }
        if let (Some(d), Some(rd), Some((_, span))) =
            (self.date, self.relative_date, &chain.relative)
        {
            // (A Bangabda date with its year contradicts it too; by more days than its rules
            // differ by, since evidence picks the rule later.)
            let bangla_year = chain.bangla.as_ref().is_some_and(|b| b.year.is_some());
            // (A reference known to its month only says nothing of the day: a date that puts
            // the day of writing in that month does not contradict it.)
            let written_on = self.ref_date.and_then(|r| d.checked_add_signed(r - rd));
            let day_unknown = !self.p.reference_day_known()
                && written_on
                    .zip(self.ref_date)
                    .is_some_and(|(w, r)| (w.year(), w.month()) == (r.year(), r.month()));
            let apart = (d - rd).num_days().abs();
            if !day_unknown && ((d != rd && chain.greg.is_some()) || (bangla_year && apart > 2)) {
                self.warnings.push(Warning::RelativeMismatch { span: span.clone(), expected: rd });
            }
        }
        Ok(())
    }

    /// Step 5: The Bangabda half: which rule writes this date?
    fn bangabda_rule(&mut self) {
        let chain = self.chain;
        let Some(b) = &chain.bangla else { return };
        let mut matched = None;
        if let Some(d) = self.date {
            let configured = if self.p.infers_rule() && !self.assamese {
                None
            } else {
                // The Bangabda year of the day, as written or (yearless) as the day falls.
                let year = b.year.or_else(|| {
                    BanglaDate::from_gregorian(d, Rule::BangladeshHistorical).ok().map(|x| x.year())
                });
                year.map(|y| self.expected.in_year(y))
            };
            // West Bengal's printed almanac (`wb-ss`) before drik where both fit.
            const ORDER: [Rule; 5] = [
                Rule::BanglaAcademy1987,
                Rule::Bangladesh2019,
                Rule::WestBengalSuryaSiddhanta,
                Rule::WestBengalDrik,
                Rule::WestBengalDrikPlain,
            ];
            let candidates =
                configured.into_iter().chain(ORDER.into_iter().filter(|r| Some(*r) != configured));
            matched = candidates.into_iter().find(|rule| {
                BanglaDate::from_gregorian(d, *rule).is_ok_and(|bd| {
                    bd.day() == b.day
                        && bd.month() == b.month
                        && b.year.is_none_or(|y| y == bd.year())
                })
            });
            let evidence_chose = chain.greg.is_none() && self.chosen.is_some();
            match (matched, configured) {
                (Some(m), Some(c)) if m != c && !evidence_chose => {
                    self.warnings.push(Warning::BanglaOtherRule {
                        configured: c,
                        matched: m,
                        span: b.span.clone(),
                    });
                }
                (None, _) => self.warnings.push(Warning::BanglaMismatch { span: b.span.clone() }),
                _ => {}
            }
        }
        if chain.greg.is_none() {
            matched = matched.or(self.bangla_date.map(|bd| bd.rule().in_year(bd.year())));
        }
        self.bangla =
            Some(WrittenBangla { day: b.day, month: b.month, year: b.year, rule: matched });
    }

    /// Step 6: The weekday as written, checked against the date.
    fn weekday(&mut self) {
        let Some((w, span, typo)) = &self.chain.weekday else { return };
        if *typo {
            self.warnings.push(Warning::WeekdaySpelling { span: span.clone(), read_as: *w });
        }
        if let Some(d) = self.date.filter(|d| d.weekday() != *w) {
            self.warnings.push(Warning::WeekdayMismatch {
                written: *w,
                actual: d.weekday(),
                span: span.clone(),
            });
        }
        self.weekday = Some(*w);
    }

    /// Step 6b: Nothing but a time, or a weekday, written: the date comes from the reference. Not
    /// when the text points at another day (ওইদিন), nor when the hour itself is unsure.
    fn date_from_reference(&mut self) {
        let chain = self.chain;
        let nothing_dated = chain.greg.is_none()
            && chain.bangla.is_none()
            && chain.hijri.is_none()
            && chain.saka.is_none()
            && chain.relative.is_none();
        let sure_time = |t: &TimeParts| {
            (t.hour.is_some()
                && (t.period.is_some() || t.meridiem.is_some() || t.clock24 || t.hour > Some(12)))
                || t.after_sunrise.is_some()
        };
        if let (true, None, Some(given)) = (nothing_dated, self.date, self.given) {
            // A document gave the day (the day referred to, the day of the sentence): taken as
            // it is, without a warning (the mention's anchor says where it came from).
            if chain.weekday.is_none() {
                self.date = Some(given.day);
            } else if let (true, Some((w, span, _))) =
                (chain.anaphoric || chain.back.is_some(), &chain.weekday)
            {
                // `পরদিন শুক্রবার`: the day referred to, which its weekday checks.
                self.date = Some(given.day);
                if given.day.weekday() != *w {
                    self.warnings.push(Warning::WeekdayMismatch {
                        written: *w,
                        actual: given.day.weekday(),
                        span: span.clone(),
                    });
                }
            }
            return;
        }
        // `এদিন বেলা ১১টা`: "this day", in a report mostly the day it was written: a guess.
        let this_day = chain.this_day && chain.weekday.is_none() && chain.back.is_none();
        let (true, false, None, Some(rd)) = (
            nothing_dated && !chain.lunisolar,
            chain.anaphoric && !this_day,
            self.date,
            self.ref_date,
        ) else {
            return;
        };
        if this_day {
            self.date = Some(rd);
        } else if let Some((w, _, _)) = &chain.weekday {
            self.date = weekday_near(rd, *w, resolution(chain, self.p));
        } else if chain.time.as_ref().is_some_and(sure_time) {
            self.date = Some(rd);
        }
        if self.date.is_some() {
            self.warnings.push(Warning::DateFromReference);
        }
    }

    /// দিবা ("by day") in an almanac is the day from sunrise to sunset: its 5 and 6 o'clock
    /// (`time`, read in the afternoon) after the sunset at Kolkata are the morning's (probe 9:
    /// `দিবা ৬টা ৩৬` in November was 18:36, the sun down at 16:55), and unsure when both are in
    /// the day (summer). The sunset mirrors the sunrise about the solar noon, 11:37 IST at
    /// Kolkata's longitude (the equation of time is in the sunrise, and cancels).
    fn by_day(&mut self, t: &TimeParts, time: NaiveTime) -> NaiveTime {
        let by_day = t.period == Some(DayPeriod::Daytime)
            && t.meridiem.is_none()
            && (self.chain.almanac_text || t.almanac)
            && (17..=18).contains(&time.hour());
        // (The sunrise is computed only then: it costs more than the rest.)
        let sunrise = || self.date.and_then(crate::calendar::west_bengal::sunrise_kolkata);
        let Some(rise) = by_day.then(sunrise).flatten() else { return time };
        let noon_twice = NaiveTime::from_hms_opt(23, 14, 0).unwrap_or(NaiveTime::MIN);
        let sunset = noon_twice - (rise.time() - NaiveTime::MIN);
        let morning = time.overflowing_sub_signed(Duration::hours(12)).0;
        if time > sunset {
            return morning;
        }
        if morning >= rise.time() {
            self.warnings.push(Warning::MeridiemUnknown { span: t.span.clone() });
        }
        time
    }

    /// Step 6c: A reference known to its month only (see [`Parser::reference_month`]): a date
    /// counted from its day, with no day of the month written, is a guess.
    fn reference_day_unknown(&mut self) {
        let chain = self.chain;
        let day_written = chain.greg.as_ref().is_some_and(|g| g.day.is_some())
            || chain.bangla.is_some()
            || chain.hijri.is_some()
            || chain.saka.is_some();
        let counted = chain.relative.is_some() && chain.anniversary.is_none();
        if self.p.reference_day_known()
            || self.date.is_none()
            || day_written
            || !(counted || chain.day_only.is_some())
            || self.warnings.contains(&Warning::DateFromReference)
        {
            return;
        }
        self.warnings.push(Warning::DateFromReference);
    }

    /// Step 7: The time of day, and the day it moves the date to (দিবাগত রাত, an almanac's night,
    /// 24:00).
    fn time_of_day(&mut self) {
        let chain = self.chain;
        if let Some(ms) = chain.time.as_ref().and_then(|t| t.after_sunrise) {
            self.after_sunrise(ms);
            return;
        }
        // `৩ অক্টোবর মধ্যরাত থেকে`, `আজ মধ্যরাত থেকে`, `মঙ্গলবার মধ্যরাতে`: the night's middle
        // after a day named is the midnight that ends it (the night belongs to the day before,
        // as দিবাগত রাত says). Alone (`মধ্যরাতে বার্লিন প্রাচীর …`), a period of its day.
        if chain.time.as_ref().is_some_and(|t| t.midnight && t.hour.is_none()) {
            let day_named = chain.greg.as_ref().is_some_and(|g| g.day.is_some())
                || chain.weekday.is_some()
                || matches!(chain.relative, Some((RelParts::Day(_), _)));
            if day_named && self.date.is_some() {
                self.time = Some(NaiveTime::MIN);
                self.next_day();
                // After a date or weekday some writers mean the night of that day, and date
                // it so (`২০ মে মাঝরাত থেকে` for "from the night of 20 May"): say so. (After
                // আজ, আগামীকাল alone, the night ahead of the day named, as রাত ১২টা.)
                if chain.weekday.is_some() || chain.greg.is_some() {
                    if let Some(t) = &chain.time {
                        self.warnings.push(Warning::MidnightAmbiguous { span: t.span.clone() });
                    }
                }
                return;
            }
        }
        if let Some(t) = &chain.time {
            if let Some(rt) = resolve_time(t, &mut self.warnings) {
                let rt = clock::ResolvedTime { time: self.by_day(t, rt.time), ..rt };
                self.time = Some(rt.time);
                let period = t.period;
                // দিবাগত রাত: the small hours belong to the next calendar day.
                // Last night's small hours: the day of writing's (`গত রাত ২টায়`).
                let night_after = chain.dibagoto
                    || (chain.last_night
                        && matches!(period, Some(DayPeriod::Night | DayPeriod::Dawn)))
                    || (self.p.night_follows_day
                        && matches!(period, Some(DayPeriod::Night | DayPeriod::Dawn))
                        && (chain.weekday.is_some() || chain.greg.is_some()));
                // Almanacs count days sunrise to sunrise: `রাত্রি ঘ ২/৪৮`, or `ভোর ৪টে ২৫` listed
                // under a West Bengal date or in almanac text, is before the next civil day's
                // sunrise. A time stamp (`০৪:২৬ ভোরে, বুধবার, ১৭ মে`) is civil time.
                let first_date = [
                    chain.greg.as_ref().map(|g| g.span.start),
                    chain.bangla.as_ref().map(|b| b.span.start),
                ]
                .into_iter()
                .flatten()
                .min();
                let listed = !t.marker_after && first_date.is_some_and(|s| s < t.span.start);
                // Before the next day's sunrise at Kolkata, as the almanacs reckon it (`ভোর ৫টা
                // ২০` in May is after it: the day's own morning); before 6 with no year. (The
                // sunrise is computed only for such a time: it costs more than the rest.)
                let before_sunrise = || {
                    let next_sunrise = self
                        .date
                        .and_then(|d| d.succ_opt())
                        .and_then(crate::calendar::west_bengal::almanac_sunrise_kolkata);
                    match next_sunrise {
                        Some(rise) => rt.time < rise.time(),
                        None => rt.time.hour() < 6,
                    }
                };
                let almanac_day = (t.almanac
                    || (listed && (chain.almanac || self.read_in_west_bengal())))
                    && matches!(period, Some(DayPeriod::Night | DayPeriod::Dawn))
                    && rt.time.hour() < 7
                    && before_sunrise();
                if almanac_day {
                    self.warnings.push(Warning::AlmanacDay { span: t.span.clone() });
                }
                // `আজ রাত ১২টা থেকে কার্যকর`, `গতকাল রাত ১২টা থেকে`: "tonight at twelve", the
                // midnight that ends the day the word names (the one that began it has passed
                // when the day is today; the notices mean the night's).
                // So are tonight's small hours told of what is to come (`আজ রাত ১টায় ম্যাচটি
                // শুরু হবে`, a fixture list's `আগামীকাল রাত ২টায়`): the night after the day named.
                let small_hours_ahead = (1..4).contains(&rt.time.hour()) && chain.night_ahead;
                let tonight_at_twelve = period == Some(DayPeriod::Night)
                    && (rt.time.hour() == 0 || small_hours_ahead)
                    && matches!(chain.relative, Some((RelParts::Day(_), _)))
                    && chain.weekday.is_none()
                    && chain.greg.is_none();
                let after_midnight = (night_after || almanac_day || tonight_at_twelve)
                    && rt.time.hour() < 12
                    && period != Some(DayPeriod::Evening);
                // `শনিবার রাত ১২টা` is read on the calendar (Saturday 00:00), but many writers
                // mean the midnight that ends Saturday: say so.
                // So may `১৫ মার্চ রাত ১টায় খেলা শুরু হবে`, told of what is to come.
                // So may `বৃহস্পতিবার রাত ২টার দিকে আগুন লাগে`, `গতকাল রাত ১টা ৩০ মিনিটে` told of
                // the past: the small hours of that day, or of the night after it, which many
                // reports mean without দিবাগত (probe 12: read as the day's own, unflagged).
                let named_day = chain.weekday.is_some()
                    || chain.greg.is_some()
                    || matches!(chain.relative, Some((RelParts::Day(d), _)) if d < 0);
                // (Not a stamp's clock, with no verb: `… সময় - রাত ২:১৫` is that moment.)
                let told_past = !chain.night_ahead && !chain.night_untold;
                let small_hours_told = (1..4).contains(&rt.time.hour()) && told_past;
                if period == Some(DayPeriod::Night)
                    && (rt.time.hour() == 0 || small_hours_ahead || small_hours_told)
                    && !after_midnight
                    && named_day
                {
                    self.warnings.push(Warning::MidnightAmbiguous { span: t.span.clone() });
                }
                // Tonight's (or a coming day's) small hours with no verb to tell the tense
                // (`আজ রাত ২টায় খেলা শুরু`): the hours gone or the night ahead.
                if period == Some(DayPeriod::Night)
                    && (1..4).contains(&rt.time.hour())
                    && chain.night_untold
                    && !after_midnight
                    && matches!(chain.relative, Some((RelParts::Day(d), _)) if d >= 0)
                    && chain.weekday.is_none()
                    && chain.greg.is_none()
                {
                    self.warnings.push(Warning::MidnightAmbiguous { span: t.span.clone() });
                }
                if rt.next_day {
                    self.warnings.push(Warning::EndOfDay { span: t.span.clone() });
                }
                if rt.next_day || after_midnight {
                    self.next_day();
                }
            }
        }
        if let Some(dt) = self.relative_datetime {
            if self.time.is_none() && self.date == Some(dt.date()) {
                self.time = Some(dt.time());
            }
        }
    }

    /// An almanac's time counted from sunrise (`দং ৯/২৬/৩০`): the almanacs' sunrise at Kolkata
    /// on the date, plus the daṇḍa, pala and vipala; past midnight it is the next civil day's.
    /// An almanac's own sunrise may differ from ours by a minute or two (its place, its
    /// definition), so the time is approximate.
    fn after_sunrise(&mut self, ms: u32) {
        use crate::calendar::west_bengal::almanac_sunrise_kolkata;
        let Some(rise) = self.date.and_then(almanac_sunrise_kolkata) else {
            return;
        };
        let Some(moment) = rise.checked_add_signed(chrono::TimeDelta::milliseconds(i64::from(ms)))
        else {
            return;
        };
        // (To the second: the almanac gives no finer, and a vipala is 0.4 s.)
        let moment = moment.with_nanosecond(0).unwrap_or(moment);
        self.date = Some(moment.date_naive());
        self.time = Some(moment.time());
        self.after_sunrise = true;
    }

    /// Move the date (or, yearless, the month and day) to the next day.
    fn next_day(&mut self) {
        if let Some(d) = self.date {
            self.date = d.checked_add_days(Days::new(1));
        } else if let (Some(m), Some(d)) = (self.month, self.day) {
            // No year: step the day in a leap year, so 28 February goes to the 29th (the later
            // of the two possibilities is never skipped).
            let next = NaiveDate::from_ymd_opt(2000, u32::from(m), u32::from(d))
                .and_then(|d| d.checked_add_days(Days::new(1)));
            if let Some(n) = next {
                self.month = Some(n.month() as u8);
                self.day = Some(n.day() as u8);
            }
        }
    }

    /// Whether the date is read by a West Bengal rule (or Assamese month names).
    fn read_in_west_bengal(&self) -> bool {
        self.after_sunrise
            || self.assamese
            || self.bangla.and_then(|b| b.rule).is_some_and(Rule::is_west_bengal)
    }

    /// Step 8: The moment: the date and time in the zone (an offset written in the text wins; a
    /// date read in West Bengal is in Kolkata time), with what the zone's history decided.
    fn moment(&mut self) -> Option<chrono::DateTime<FixedOffset>> {
        let chain = self.chain;
        let written_offset =
            chain.time.as_ref().and_then(|t| t.offset).and_then(FixedOffset::east_opt);
        let (Some(d), Some(t)) = (self.date, self.time) else { return None };
        if chain.local_time.is_some() && written_offset.is_none() {
            return None;
        }
        let local = d.and_time(t);
        if let Some(offset) = written_offset {
            return offset.from_local_datetime(&local).single();
        }
        let zone = match self.given.and_then(|g| g.zone) {
            // The sunrise was Kolkata's.
            _ if self.after_sunrise => self.p.zone_for(Rule::WestBengalSuryaSiddhanta),
            _ if chain.zone.is_some() => chain.zone.unwrap_or(self.p.effective_zone()),
            // (Before the zone of the day a document gives it: the paragraph is the clock's.)
            _ if chain.indian_clock => self.p.zone_for(Rule::WestBengalSuryaSiddhanta),
            Some(zone) => zone,
            None if self.read_in_west_bengal() => self.p.zone_for(Rule::WestBengalSuryaSiddhanta),
            None => self.p.effective_zone(),
        };
        match zone.localize(local) {
            Localized::Exact(dt) => Some(dt),
            Localized::Repeated(dt) => {
                let offset_seconds = dt.offset().local_minus_utc();
                self.warnings.push(Warning::ZoneFold { offset_seconds });
                Some(dt)
            }
            Localized::Skipped(dt) => {
                let offset_seconds = dt.offset().local_minus_utc();
                self.warnings.push(Warning::ZoneGap { offset_seconds });
                Some(dt)
            }
            Localized::Unrepresentable => None,
        }
    }

    fn into_match(mut self, role: Role, datetime: Option<chrono::DateTime<FixedOffset>>) -> Match {
        let chain = self.chain;
        if let Some(span) = &chain.local_time {
            self.warnings.push(Warning::OtherTimeZone { span: span.clone() });
        }
        for span in &chain.mixed_digits {
            self.warnings.push(Warning::MixedDigits { span: span.clone() });
        }
        if let Some(d) = self.date {
            self.year = Some(d.year());
            self.month = Some(d.month() as u8);
            self.day = Some(d.day() as u8);
        }
        Match {
            span: chain.span.clone(),
            date: self.date,
            year: self.year,
            month: self.month,
            day: self.day,
            time: self.time,
            datetime,
            weekday: self.weekday,
            period: chain.time.as_ref().and_then(|t| t.period),
            bangla: self.bangla,
            hijri: chain.hijri.as_ref().map(|h| WrittenDate {
                day: h.day,
                month: h.month,
                year: h.year,
            }),
            saka: chain.saka.as_ref().map(|s| WrittenDate {
                day: s.day,
                month: saka_month(s.month),
                year: s.year,
            }),
            relative: self.relative,
            role,
            approximate: chain.approximate || self.after_sunrise,
            approximate_date: self.approximate_date,
            warnings: self.warnings,
        }
    }
}

/// The zone a match was read in: the parser's, or Kolkata for a date read by a West Bengal rule
/// (as [`Resolver::moment`] decides).
pub(crate) fn zone_of(p: &Parser, m: &Match) -> Zone {
    let west_bengal = m.bangla.and_then(|b| b.rule).is_some_and(Rule::is_west_bengal);
    let zone =
        if west_bengal { p.zone_for(Rule::WestBengalSuryaSiddhanta) } else { p.effective_zone() };
    // A clock read in a zone the text names (`ভারতীয় সময়`, `GMT+6`): that offset.
    match m.datetime {
        Some(dt)
            if zone.localize(dt.naive_local()).moment().map(|z| *z.offset())
                != Some(*dt.offset()) =>
        {
            Zone::Fixed(*dt.offset())
        }
        _ => zone,
    }
}

/// The Hijri year, of the three around `anchor`'s, whose day (`on` gives its tabular estimate)
/// lies nearest `anchor`: on or after it (within the two days sighting may move it) when
/// `direction` is +1, on or before it when −1.
fn hijri_year_near(
    anchor: NaiveDate,
    direction: Option<i8>,
    on: impl Fn(i32) -> Option<NaiveDate>,
) -> Option<i32> {
    let year = HijriDate::from_gregorian_approx(anchor).estimate().year();
    let apart = |d: NaiveDate| (d - anchor).num_days();
    [year - 1, year, year + 1]
        .into_iter()
        .filter_map(|y| on(y).map(|d| (y, apart(d))))
        .filter(|&(_, days)| match direction {
            Some(1..) => days >= -2,
            Some(..=-1) => days <= 2,
            _ => true,
        })
        .min_by_key(|&(_, days)| days.abs())
        .map(|(y, _)| y)
}

/// The Gregorian year in which day `day` of month `month` falls within `year` of `era`, when it
/// falls in it exactly once (a year of 354 days may hold a Gregorian day once or not at all).
/// The Hijri year is the tabular one; a day within two days of its ends, where sighting may
/// move them, is left alone.
fn year_within_era(era: Era, year: i32, month: u8, day: u8) -> Option<i32> {
    let (start, end, slack) = match era {
        Era::Hijri => {
            let first = |y| HijriDate::new(y, 1, 1).and_then(HijriDate::to_gregorian_approx).ok();
            (first(year)?.estimate(), first(year + 1)?.estimate().pred_opt()?, 2)
        }
        Era::Bangla => {
            let first =
                |y| BanglaDate::new(y, crate::Month::Boishakh, 1, Rule::Bangladesh2019).ok();
            (first(year)?.to_gregorian(), first(year + 1)?.to_gregorian().pred_opt()?, 1)
        }
        Era::Saka => {
            let first = |y| SakaDate::new(y, 1, 1).ok();
            (first(year)?.to_gregorian(), first(year + 1)?.to_gregorian().pred_opt()?, 1)
        }
        _ => return None,
    };
    let mut found = None;
    for y in start.year()..=end.year() {
        let Some(d) = NaiveDate::from_ymd_opt(y, u32::from(month), u32::from(day)) else {
            continue;
        };
        let inside = d >= start && d <= end;
        let near_end = (d - start).num_days().abs() <= slack || (d - end).num_days().abs() <= slack;
        if near_end {
            return None;
        }
        if inside {
            if found.is_some() {
                return None;
            }
            found = Some(y);
        }
    }
    found
}
