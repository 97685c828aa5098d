//! [`Parser`]: the settings a text is read with, and the entry points that read it.

use chrono::{FixedOffset, NaiveDate, NaiveDateTime};

use super::grammar::{Chain, Grammar};
use super::lexer::{self, Token};
use super::stream::{ExtractReader, Window};
use super::{Extract, Match, Role, Zone, resolve, words};
use crate::calendar::{BanglaDate, Rule};
use crate::error::{Error, ErrorKind};
use crate::types::Missing;

/// How to pick the year of a date written without one, against the [reference](Parser::reference).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum YearResolution {
    /// The occurrence nearest the reference date (ties go to the past). The default.
    #[default]
    Nearest,
    /// The most recent occurrence on or before the reference date: right for news, which reports
    /// what happened.
    Past,
    /// The next occurrence on or after the reference date: right for schedules and notices.
    Future,
}

impl YearResolution {
    /// Every resolution, in the order of [`YearResolution::NAMES`].
    pub const ALL: [YearResolution; 3] =
        [YearResolution::Nearest, YearResolution::Past, YearResolution::Future];

    /// The interface names, in the order of [`YearResolution::ALL`].
    pub const NAMES: [&'static str; 3] = ["nearest", "past", "future"];

    /// The interface name: `nearest`, `past` or `future` (the CLI's `--years`, the bindings'
    /// `prefer`).
    pub const fn code(self) -> &'static str {
        match self {
            YearResolution::Nearest => "nearest",
            YearResolution::Past => "past",
            YearResolution::Future => "future",
        }
    }
}

/// Reads `nearest`, `past` or `future` (ASCII case-insensitive).
///
/// ```
/// use bangla_date::parse::YearResolution;
/// assert_eq!("past".parse::<YearResolution>()?, YearResolution::Past);
/// assert!("later".parse::<YearResolution>().is_err());
/// # Ok::<(), bangla_date::Error>(())
/// ```
impl core::str::FromStr for YearResolution {
    type Err = Error;

    fn from_str(s: &str) -> Result<YearResolution, Error> {
        crate::error::by_name(
            s,
            &YearResolution::ALL,
            YearResolution::code,
            "year resolution",
            &YearResolution::NAMES,
        )
    }
}

/// How the parser chooses the reckoning of a Bangabda date (see [`Parser::rule`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum RuleChoice {
    /// By the evidence in each match (the default): a Gregorian date beside it, a written
    /// weekday, an Indian almanac's era or Assamese month names; with none, the historical
    /// Bangladesh rule.
    #[default]
    Evidence,
    /// Always this rule: evidence only produces warnings.
    Fixed(Rule),
    /// Whichever rule the Gregorian date written beside a Bangabda date fits, with no warning
    /// unless none does; a Bangabda date alone is read by the historical Bangladesh rule (and
    /// by evidence).
    Infer,
}

impl RuleChoice {
    /// The names accepted by `FromStr`: `evidence`, `infer`, or a rule's name.
    pub const NAMES: [&'static str; 8] =
        ["evidence", "infer", "bd2019", "bd1987", "bd", "wb-drik", "wb-drik-plain", "wb-ss"];

    /// The interface name: `evidence`, `infer`, or the rule's ([`Rule::name`]).
    pub const fn code(self) -> &'static str {
        match self {
            RuleChoice::Evidence => "evidence",
            RuleChoice::Infer => "infer",
            RuleChoice::Fixed(rule) => rule.name(),
        }
    }
}

/// Reads `evidence`, `infer` or a rule's name (`bd2019` …), ASCII case-insensitive: what the CLI's
/// `--rule` and the bindings' `rule` take.
///
/// ```
/// use bangla_date::parse::RuleChoice;
/// use bangla_date::Rule;
/// assert_eq!("infer".parse::<RuleChoice>()?, RuleChoice::Infer);
/// assert_eq!("BD2019".parse::<RuleChoice>()?, RuleChoice::Fixed(Rule::Bangladesh2019));
/// let err = "bd2020".parse::<RuleChoice>().unwrap_err();
/// assert!(err.to_string().contains("evidence, infer, bd2019"));
/// # Ok::<(), bangla_date::Error>(())
/// ```
impl core::str::FromStr for RuleChoice {
    type Err = Error;

    fn from_str(s: &str) -> Result<RuleChoice, Error> {
        let name = s.trim();
        if name.eq_ignore_ascii_case("evidence") {
            return Ok(RuleChoice::Evidence);
        }
        if name.eq_ignore_ascii_case("infer") {
            return Ok(RuleChoice::Infer);
        }
        name.parse::<Rule>().map(RuleChoice::Fixed).map_err(|_| {
            Error::at(
                ErrorKind::UnknownName {
                    what: "rule",
                    found: s.to_owned(),
                    expected: &RuleChoice::NAMES,
                },
                0..s.len(),
            )
        })
    }
}

/// Settings for reading text; build once, reuse for any number of texts.
///
/// ```
/// use bangla_date::parse::{Parser, YearResolution};
/// use chrono::NaiveDate;
///
/// let reference = NaiveDate::from_ymd_opt(2025, 12, 30).unwrap().and_hms_opt(9, 0, 0).unwrap();
/// let parser = Parser::new().reference(reference).year_resolution(YearResolution::Past);
/// let m = parser.parse("রোববার (২৮ ডিসেম্বর) রাত ১০টার দিকে")?;
/// assert_eq!(m.to_datetime()?.to_rfc3339(), "2025-12-28T22:00:00+06:00");
/// assert!(m.approximate);
/// # Ok::<(), bangla_date::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Parser {
    choice: RuleChoice,
    pub(super) zone: Option<Zone>,
    pub(super) reference: Option<NaiveDateTime>,
    pub(super) year_resolution: YearResolution,
    pub(super) night_follows_day: bool,
    pub(crate) read_on: Option<NaiveDate>,
    /// Whether the reference's day is known ([`Parser::reference_month`] knows only its month).
    pub(super) reference_day_known: bool,
}

impl Default for Parser {
    fn default() -> Parser {
        Parser::new()
    }
}

impl Parser {
    /// The defaults: the historical Bangladesh rule, Asia/Dhaka (+06:00), no reference date.
    pub const fn new() -> Parser {
        Parser {
            choice: RuleChoice::Evidence,
            zone: None,
            reference: None,
            year_resolution: YearResolution::Nearest,
            night_follows_day: false,
            read_on: None,
            reference_day_known: true,
        }
    }

    /// The rule that converts a Bangabda date written alone, and that a Bangabda date written
    /// beside a Gregorian one is expected to follow (another rule matching gives
    /// [`Warning::BanglaOtherRule`](super::Warning::BanglaOtherRule)).
    ///
    /// Without this call the parser reads by evidence: the historical Bangladesh rule unless
    /// the match says otherwise. A Gregorian date beside the Bangabda one decides which rule it
    /// follows; failing that, a written weekday picks the reckoning whose date falls on it
    /// (the rule's own first, then West Bengal's Surya Siddhanta almanac, drik, and the two
    /// Bangladesh rules); failing that, an Indian almanac's era in the match (শকাব্দ,
    /// কলিযুগাব্দ, বিক্রম সংবৎ) or Assamese month names choose West Bengal's almanac (`wb-ss`).
    /// [`Warning::BanglaRuleFromEvidence`](super::Warning::BanglaRuleFromEvidence) says when the evidence chose another rule. With a
    /// rule set here, evidence only produces warnings.
    ///
    /// ```
    /// use bangla_date::parse::Parser;
    /// use bangla_date::Rule;
    ///
    /// // A Kolkata almanac line: the weekday fits West Bengal's date, not Bangladesh's.
    /// let m = Parser::new().parse("১৭ আষাঢ়, ১৪৩১ মঙ্গলবার")?;
    /// assert_eq!(m.to_date()?.to_string(), "2024-07-02");
    /// assert_eq!(m.bangla.map(|b| b.rule), Some(Some(Rule::WestBengalSuryaSiddhanta)));
    /// assert_eq!(m.warnings[0].code(), "bangla-rule-from-evidence");
    /// // Told the rule, the parser keeps it and flags the weekday.
    /// let m = Parser::new().rule(Rule::Bangladesh2019).parse("১৭ আষাঢ়, ১৪৩১ মঙ্গলবার")?;
    /// assert_eq!(m.to_date()?.to_string(), "2024-07-01");
    /// assert_eq!(m.warnings[0].code(), "weekday-mismatch");
    /// # Ok::<(), bangla_date::Error>(())
    /// ```
    pub const fn rule(self, rule: Rule) -> Parser {
        self.rule_choice(RuleChoice::Fixed(rule))
    }

    /// Infer the rule from the Gregorian date written beside a Bangabda date instead of expecting
    /// one: the match reports whichever rule fits, with no warning unless none does. A Bangabda
    /// date written alone is read by the historical Bangladesh rule. The same as
    /// [`rule_choice`](Parser::rule_choice)`(RuleChoice::Infer)`.
    pub const fn infer_rule(self) -> Parser {
        self.rule_choice(RuleChoice::Infer)
    }

    /// How the reckoning of a Bangabda date is chosen: by evidence (the default), a fixed rule
    /// ([`Parser::rule`]) or inferred ([`Parser::infer_rule`]); `"infer".parse()` and the like
    /// read it from a name (see [`RuleChoice`]).
    ///
    /// ```
    /// use bangla_date::parse::{Parser, RuleChoice};
    /// use bangla_date::Rule;
    /// let parser = Parser::new().rule_choice("bd1987".parse()?);
    /// assert_eq!(parser.get_rule_choice(), RuleChoice::Fixed(Rule::BanglaAcademy1987));
    /// # Ok::<(), bangla_date::Error>(())
    /// ```
    pub const fn rule_choice(mut self, choice: RuleChoice) -> Parser {
        self.choice = choice;
        self
    }

    /// How the reckoning of a Bangabda date is chosen.
    pub const fn get_rule_choice(&self) -> RuleChoice {
        self.choice
    }

    /// The rule a Bangabda date is read by when nothing in its match says otherwise.
    pub(super) const fn base_rule(&self) -> Rule {
        match self.choice {
            RuleChoice::Fixed(rule) => rule,
            RuleChoice::Evidence | RuleChoice::Infer => Rule::BangladeshHistorical,
        }
    }

    /// Whether the evidence in a match may choose its reckoning.
    pub(super) const fn by_evidence(&self) -> bool {
        !matches!(self.choice, RuleChoice::Fixed(_))
    }

    /// Whether the rule is inferred from the Gregorian date beside a Bangabda date.
    pub(super) const fn infers_rule(&self) -> bool {
        matches!(self.choice, RuleChoice::Infer)
    }

    /// A fixed UTC offset for the text's clock times: the same as
    /// [`zone`](Parser::zone)`(Zone::Fixed(offset))`.
    pub const fn offset(mut self, offset: FixedOffset) -> Parser {
        self.zone = Some(Zone::Fixed(offset));
        self
    }

    /// The time zone of the text's clock times, with its history. Default: Asia/Dhaka, or
    /// Asia/Kolkata for a date read by a West Bengal rule or written with Assamese month names.
    /// A clock time in an hour the zone skipped or repeated (Dhaka's daylight saving time of
    /// 2009) comes back with [`Warning::ZoneGap`](super::Warning::ZoneGap) or [`Warning::ZoneFold`](super::Warning::ZoneFold). An offset written
    /// in the text (`১৭:৪১+০৬:০০`, `IST`) wins over the zone.
    pub const fn zone(mut self, zone: Zone) -> Parser {
        self.zone = Some(zone);
        self
    }

    /// The moment the text was written (local time in the parser's zone): relative expressions
    /// (`গতকাল`, `গত শনিবার`, `১৮ মিনিট আগে`) and yearless dates are resolved against it.
    pub const fn reference(mut self, reference: NaiveDateTime) -> Parser {
        self.reference = Some(reference);
        self.reference_day_known = true;
        self
    }

    /// A reference known only to its month (an archive's `2016/05/` address, a page dated by
    /// month): the month of `day` (any day of it). Yearless dates take their year as from a
    /// reference in the middle of that month. A date counted from the reference's own day (`আজ`
    /// alone, `গতকাল`, `গত শনিবার`, `৩ দিন আগে`, `চলতি মাসের ১১ তারিখ`, a time alone) is a
    /// guess within the month, so it comes back with
    /// [`Warning::DateFromReference`](super::Warning::DateFromReference); a date of that month
    /// written beside `আজ` is not contradicted by the reference's day.
    ///
    /// ```
    /// use bangla_date::parse::{Parser, Warning};
    /// use chrono::NaiveDate;
    ///
    /// let may = NaiveDate::from_ymd_opt(2016, 5, 1).unwrap();
    /// let parser = Parser::new().reference_month(may);
    /// let m = parser.parse("আজ ২৩ মে")?;
    /// assert_eq!(m.date, NaiveDate::from_ymd_opt(2016, 5, 23));
    /// assert!(m.warnings.iter().all(|w| w.code() != "relative-mismatch"));
    /// // `গতকাল` alone: some day of May 2016, a guess.
    /// let m = parser.parse("গতকাল বিকেলে")?;
    /// assert!(m.warnings.iter().any(|w| matches!(w, Warning::DateFromReference)));
    /// # Ok::<(), bangla_date::Error>(())
    /// ```
    pub fn reference_month(mut self, day: NaiveDate) -> Parser {
        // The 15th is in every month; noon is the middle of its day.
        let middle = chrono::Datelike::with_day(&day, 15).and_then(|d| d.and_hms_opt(12, 0, 0));
        self.reference = middle.or(self.reference);
        self.reference_day_known = middle.is_none() && self.reference_day_known;
        self
    }

    /// Whether the reference's day is known (false after [`Parser::reference_month`]).
    pub const fn reference_day_known(&self) -> bool {
        self.reference_day_known
    }

    /// The day the text is read, for text whose moment of writing is unknown (no
    /// [`reference`](Parser::reference)): it was written on or before this day. Only a weekday
    /// written beside a yearless date uses it: the date's year is the latest in which that day
    /// falls on that weekday, no later than 30 days after this day (a notice names a day a
    /// few weeks ahead; a page read later than that is older, and so are its days). The weekday fixes the year only within such a
    /// window (a day and month fall on the same weekday every 5, 6 or 11 years), so the date
    /// comes back with [`Warning::DateFromReference`](super::Warning::DateFromReference): an
    /// old page would be read into a later year. A reference, when given, decides instead; a
    /// document ([`Parser::read_document`]) dates such days by its story, not by this day.
    ///
    /// ```
    /// use bangla_date::parse::{Parser, Warning};
    /// use chrono::NaiveDate;
    ///
    /// let today = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
    /// let m = Parser::new().read_on(today).parse("শুক্রবার (৭ এপ্রিল) সকালে")?;
    /// // 7 April fell on a Friday in 2017 and 2023, and will in 2028.
    /// assert_eq!(m.date, NaiveDate::from_ymd_opt(2023, 4, 7));
    /// assert!(m.warnings.iter().any(|w| matches!(w, Warning::DateFromReference)));
    /// // Without the day of reading the year stays unknown.
    /// assert_eq!(Parser::new().parse("শুক্রবার (৭ এপ্রিল) সকালে")?.date, None);
    /// # Ok::<(), bangla_date::Error>(())
    /// ```
    pub const fn read_on(mut self, day: NaiveDate) -> Parser {
        self.read_on = Some(day);
        self
    }

    /// The reference set, if any (local time in the parser's zone).
    pub const fn get_reference(&self) -> Option<NaiveDateTime> {
        self.reference
    }

    /// How a yearless date gets its year from the reference. Default: [`YearResolution::Nearest`].
    /// `গত ২৬ ডিসেম্বর` always looks back and `আগামী ১২ ফেব্রুয়ারি` forward, whatever this says.
    pub const fn year_resolution(mut self, how: YearResolution) -> Parser {
        self.year_resolution = how;
        self
    }

    /// Day-period convention for the small hours: whether `রাত ২টা` written after a named day
    /// means the night that *follows* that day (the next calendar day's 02:00), as `দিবাগত রাত`
    /// says explicitly. Off by default: `শনিবার রাত ২টা` is Saturday 02:00, the calendar
    /// reading; `দিবাগত` always moves to the next day. Hours are read with the CLDR `bn` ranges
    /// either way (ভোর 04–06, সকাল 06–12, দুপুর 12–16, বিকাল 16–18, সন্ধ্যা 18–20, রাত 20–04).
    ///
    /// ```
    /// use bangla_date::parse::Parser;
    ///
    /// let text = "শনিবার, ৩ জানুয়ারি ২০২৬ রাত ২টায়";
    /// let calendar = Parser::new().parse(text)?;
    /// assert_eq!(calendar.to_datetime()?.to_rfc3339(), "2026-01-03T02:00:00+06:00");
    /// let following = Parser::new().night_follows_day(true).parse(text)?;
    /// assert_eq!(following.to_datetime()?.to_rfc3339(), "2026-01-04T02:00:00+06:00");
    /// # Ok::<(), bangla_date::Error>(())
    /// ```
    pub const fn night_follows_day(mut self, yes: bool) -> Parser {
        self.night_follows_day = yes;
        self
    }

    /// The zone in force: the one set, or the rule's region's.
    pub fn effective_zone(&self) -> Zone {
        self.zone_for(self.base_rule())
    }

    /// The zone the clock times of `m` were read in, and the one a day of it starts in: the zone
    /// set, else Kolkata for a date read by a West Bengal rule, else the parser's
    /// ([`Parser::effective_zone`]). An offset written in the text (`১৭:৪১+০৬:০০`) is in
    /// [`Match::datetime`] and wins over this. Front ends that need the moment a day starts
    /// (`localize` the midnight, [`Zone::localize`]) ask this rather than decide again.
    ///
    /// ```
    /// use bangla_date::parse::{Parser, Zone};
    ///
    /// let parser = Parser::new();
    /// let kolkata = parser.parse("১৭ আষাঢ়, ১৪৩১ মঙ্গলবার")?; // read by West Bengal's almanac
    /// assert_eq!(parser.zone_of(&kolkata), Zone::KOLKATA);
    /// assert_eq!(parser.zone_of(&parser.parse("২ জানুয়ারি ২০২৬")?), Zone::DHAKA);
    /// # Ok::<(), bangla_date::Error>(())
    /// ```
    pub fn zone_of(&self, m: &Match) -> Zone {
        resolve::zone_of(self, m)
    }

    /// [`Parser::zone_of`] for a document's mention: that of the expression it was read from,
    /// else the parser's.
    pub fn zone_of_mention(&self, m: &super::Mention) -> Zone {
        m.expression.as_ref().map_or_else(|| self.effective_zone(), |e| self.zone_of(e))
    }

    /// The zone set, or the region's of `rule` (Kolkata for West Bengal rules).
    pub(crate) fn zone_for(&self, rule: Rule) -> Zone {
        match self.zone {
            Some(z) => z,
            None if rule.is_west_bengal() => Zone::KOLKATA,
            None => Zone::DHAKA,
        }
    }

    /// Read `text` as one date/time expression.
    ///
    /// # Errors
    ///
    /// - [`ErrorKind::Empty`] for empty (or all white space) input;
    /// - [`ErrorKind::Unexpected`] when the text does not start with a date or time;
    /// - [`ErrorKind::TrailingInput`] when text remains after the expression (its span);
    /// - the errors of invalid values ([`Error::is_range`]): [`ErrorKind::DayOutOfRange`]
    ///   (`৩০ ফেব্রুয়ারি ২০২৬`, `৩২ জানুয়ারি`, `৩১ ফাল্গুন ১৪৩২`), with the span of the whole
    ///   written date; [`ErrorKind::YearOutOfRange`] (a five-digit year),
    ///   [`ErrorKind::TimeOutOfRange`], [`ErrorKind::MonthOutOfRange`].
    ///
    /// ```
    /// use bangla_date::{parse::Parser, ErrorKind};
    ///
    /// let m = Parser::new().parse("২০২৪ সালের পাঁচই অগাস্ট")?;
    /// assert_eq!(m.to_date()?.to_string(), "2024-08-05");
    ///
    /// let text = "৩০ ফেব্রুয়ারি ২০২৬";
    /// let err = Parser::new().parse(text).unwrap_err();
    /// assert!(matches!(err.kind(), ErrorKind::DayOutOfRange { day: 30, max: 28, .. }));
    /// assert_eq!(err.span(), Some(0..text.len()));
    /// assert_eq!(err.to_string(), format!("day 30 is out of range for February 2026 (expected 1..=28) (at bytes 0..{})", text.len()));
    /// # Ok::<(), bangla_date::Error>(())
    /// ```
    pub fn parse(&self, text: &str) -> Result<Match, Error> {
        // One token buffer per thread, reused: parsing short strings one by one is the common
        // use, and an allocation is a fair share of the cost of parsing one.
        thread_local! {
            static TOKENS: core::cell::RefCell<Vec<Token>> = const { core::cell::RefCell::new(Vec::new()) };
        }
        TOKENS.with(|cell| match cell.try_borrow_mut() {
            Ok(mut tokens) => {
                tokens.clear();
                self.parse_with(text, &mut tokens)
            }
            // Re-entered from inside a parse on this thread (not possible today): allocate.
            Err(_) => self.parse_with(text, &mut Vec::new()),
        })
    }

    fn parse_with(&self, text: &str, tokens: &mut Vec<Token>) -> Result<Match, Error> {
        let chain = read_chain(text, tokens)?;
        resolve::resolve(self, &chain, Role::Single)
    }

    /// [`BanglaDate::parse`]: `text` must be one Bangabda date with its year, read under this
    /// parser's rule.
    pub(crate) fn parse_bangla_date(&self, text: &str) -> Result<BanglaDate, Error> {
        // What `BanglaDate`'s Display writes for any year it holds reads back: a year of one to
        // three digits, or below zero, before বঙ্গাব্দ (`১৮ জ্যৈষ্ঠ -৫৯২ বঙ্গাব্দ`), which running text
        // never writes and the grammar does not read.
        if let Some((head, year)) = split_display_year(text) {
            let (day, month) = self.parse_day_month(head)?;
            return BanglaDate::from_parts(year, month, day.into(), self.base_rule())
                .map_err(|e| e.or_span(0..text.len()));
        }
        let chain = read_chain(text, &mut Vec::new())?;
        // A Bangabda month name with a year past 1600 reads as Śaka unless শকাব্দ says so; the
        // caller has said it is Bangabda.
        let written = match (&chain.bangla, &chain.saka) {
            (Some(b), None) => Some(b),
            (None, Some(s)) if s.era != Some(words::Era::Saka) => Some(s),
            _ => None,
        };
        let alone = chain.greg.is_none()
            && chain.hijri.is_none()
            && chain.time.is_none()
            && chain.relative.is_none()
            && chain.weekday.is_none();
        let Some(b) = written.filter(|_| alone) else {
            let found = text.get(chain.span.clone()).unwrap_or_default().to_owned();
            return Err(Error::at(
                ErrorKind::Unexpected { expected: "a Bangabda date alone", found },
                chain.span,
            ));
        };
        let Some(year) = b.year else {
            return Err(Error::at(
                ErrorKind::Incomplete { missing: Missing::Year },
                b.span.clone(),
            ));
        };
        BanglaDate::from_parts(year.into(), b.month, b.day.into(), self.base_rule())
            .map_err(|e| e.or_span(b.span.clone()))
    }

    /// The day and month of a Bangabda date written without its year (`১৮ জ্যৈষ্ঠ`).
    fn parse_day_month(&self, text: &str) -> Result<(u8, crate::Month), Error> {
        let chain = read_chain(text, &mut Vec::new())?;
        match (&chain.bangla, &chain.saka) {
            (Some(b), None) | (None, Some(b)) if b.year.is_none() => Ok((b.day, b.month)),
            _ => Err(Error::at(
                ErrorKind::Unexpected {
                    expected: "a Bangabda day and month",
                    found: text.to_owned(),
                },
                0..text.len(),
            )),
        }
    }

    /// Every date/time expression in `text`, leftmost first, non-overlapping.
    ///
    /// Items are `Err` where something that is clearly a date is invalid (`৩২ ডিসেম্বর`); the
    /// search goes on after it.
    ///
    /// ```
    /// use bangla_date::parse::{Parser, Role};
    ///
    /// let text = "২২শে জানুয়ারি থেকে ১০ই ফেব্রুয়ারি সকাল সাড়ে ৭টা পর্যন্ত";
    /// let matches: Vec<_> = Parser::new().extract(text).collect::<Result<_, _>>()?;
    /// assert_eq!(matches.len(), 2);
    /// assert_eq!((matches[0].role, matches[1].role), (Role::RangeStart, Role::RangeEnd));
    /// assert_eq!(&text[matches[0].span.clone()], "২২শে জানুয়ারি");
    /// assert_eq!((matches[1].month, matches[1].day), (Some(2), Some(10)));
    /// assert_eq!(matches[1].time.map(|t| t.to_string()).as_deref(), Some("07:30:00"));
    /// # Ok::<(), bangla_date::Error>(())
    /// ```
    pub fn extract<'t>(&self, text: &'t str) -> Extract<'t> {
        Extract { text, window: Window::new(*self) }
    }

    /// Every date/time expression in a stream, read as one text in constant memory: the
    /// matches of [`Parser::extract`] on the whole stream, with spans as byte offsets into it.
    /// See [`ExtractReader`] for the memory bound and how invalid UTF-8 and read errors are
    /// reported.
    pub fn extract_reader<R: std::io::Read>(&self, reader: R) -> ExtractReader<R> {
        ExtractReader::new(*self, reader)
    }
}

/// Lex `text` into `tokens` and read it as one chain of parts, with nothing left over.
fn read_chain(text: &str, tokens: &mut Vec<Token>) -> Result<Chain, Error> {
    lexer::lex(text, tokens);
    // One expression never crosses a paragraph break: what follows one is trailing input.
    let end =
        tokens.iter().skip(1).position(Token::starts_paragraph).map_or(tokens.len(), |k| k + 1);
    let all = &tokens[..];
    let tokens = all.get(..end).unwrap_or_default();
    let Some(first) = tokens.first() else {
        return Err(Error::new(ErrorKind::Empty));
    };
    let g = Grammar::new(tokens, text);
    let found = |t: &Token| text.get(t.start..t.end).unwrap_or_default().to_owned();
    let mut chain = Chain::default();
    let next = match g.chain_into(0, &mut chain) {
        Ok(Some(next)) => next,
        Ok(None) => {
            return Err(Error::at(
                ErrorKind::Unexpected { expected: "a date or a time", found: found(first) },
                first.start..first.end,
            ));
        }
        Err((e, _)) => return Err(e),
    };
    if let Some(rest) = all.get(next) {
        let end = text.trim_end().len().max(rest.end);
        let rest_text = text.get(rest.start..end).unwrap_or_default().to_owned();
        return Err(Error::at(ErrorKind::TrailingInput { rest: rest_text }, rest.start..end));
    }
    Ok(chain)
}

/// `text` without a year that the grammar does not read but `BanglaDate` displays (one to three
/// digits, or a minus sign, before বঙ্গাব্দ), and that year.
fn split_display_year(text: &str) -> Option<(&str, i64)> {
    let rest = text.trim_end().strip_suffix("বঙ্গাব্দ")?.trim_end();
    let head = rest.trim_end_matches(|c: char| c.is_ascii_digit() || ('০'..='৯').contains(&c));
    let digits = rest.get(head.len()..)?;
    let (head, negative) = match head.strip_suffix('-') {
        Some(h) => (h, true),
        None => (head, false),
    };
    let short = digits.chars().count() < 4;
    if digits.is_empty() || !(negative || short) || !head.ends_with(char::is_whitespace) {
        return None;
    }
    let year = i64::try_from(crate::digits::parse_number(digits).ok()?.value).ok()?;
    Some((head.trim_end(), if negative { -year } else { year }))
}
