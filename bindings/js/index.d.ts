// Types of bangla-dateparser, written by hand. Every index is a UTF-16 index into the JS string
// that was read (what `text.slice(start, end)` takes), never a UTF-8 byte offset.
//
// A Match, a Mention and an error are the Rust library's serde form, the one wire shape its
// command-line tool prints too (`bangla-date --json`): the same field names and values, with
// spans in UTF-16 indices and the matched `text`. `JSON.stringify(match)` is that form.

/** A Bangabda rule: how the Bangabda calendar falls on the Gregorian one. */
export type Rule =
  /** Bangladesh, 2019 revision (official from 1426). */
  | 'bd2019'
  /** The Bangla Academy rule of 1987 (in force until 1425; still printed by many sites). */
  | 'bd1987'
  /** What a Bangladeshi date meant when written: bd1987 up to 1425, bd2019 from 1426. The default. */
  | 'bd'
  /** West Bengal, drik almanacs (drikpanchang). */
  | 'wb-drik'
  /** West Bengal, the same Sun with the Bengal rule applied literally at midnight. */
  | 'wb-drik-plain'
  /** West Bengal, Surya Siddhanta almanacs (Gupta Press, P. M. Bagchi). */
  | 'wb-ss';

/**
 * A time zone for clock times in the text: a zone with its history (Dhaka kept daylight saving
 * time in 2009), or a fixed offset such as `+06:00`. To stay small the package carries only
 * these zones' histories; other IANA names throw `unknown-time-zone`, whose message lists the
 * zones carried and the ways to the others: the text's UTC offset (`-05:00`), or a build with
 * every zone (`BANGLA_DATE_ALL_ZONES=1 npm run build`, whose .wasm is 1.4 MB instead of 0.5 MB).
 */
export type TimeZone =
  | 'Asia/Dhaka'
  | 'Asia/Kolkata'
  | 'UTC'
  | `+${string}`
  | `-${string}`
  | 'Asia/Calcutta'
  | 'Asia/Dacca'
  | 'Etc/UTC';

/** How a date written without a year takes its year from `reference`. */
export type Prefer = 'nearest' | 'past' | 'future';

export interface ParseOptions {
  /**
   * The moment the text was written: resolves আজ, গতকাল, গত শনিবার and dates without a year.
   * A Date (an instant), a local `YYYY-MM-DD[THH:MM[:SS]]` string, or an ISO string with an
   * offset. Without it, a yearless date keeps `date: null` (unless a weekday written beside it
   * fixes the year: see `readOn`).
   */
  reference?: Date | string;
  /** Default `nearest`; news reads best with `past`, notices with `future`. */
  prefer?: Prefer;
  /**
   * The rule for Bangabda dates. Without it the parser reads by evidence: the historical
   * Bangladesh rule (`bd`) unless the match says otherwise (a Gregorian date, a weekday, an
   * Indian era or Assamese month names beside it), with a `bangla-rule-from-evidence` warning.
   * A rule given here is kept (evidence then only warns); `infer` takes the rule from a
   * Gregorian date written beside the Bangabda one.
   */
  rule?: Rule | 'infer' | 'evidence';
  /** Time zone of the text's clock times. Default Asia/Dhaka (Asia/Kolkata for West Bengal rules). */
  timeZone?: TimeZone;
  /** Read `শনিবার রাত ২টা` as the night after Saturday (Sunday 02:00). Default false. */
  nightFollowsDay?: boolean;
  /**
   * The day the text is read, for text whose moment of writing is unknown (no `reference`): a
   * `YYYY-MM-DD` string, or a Date (its day in Bangladesh time, UTC+06:00). Default: today in
   * Bangladesh (UTC+06:00) by this machine's clock, as the command-line tool's `--read-on`.
   * Without a reference, a weekday written beside a yearless date (`শুক্রবার (৭ এপ্রিল)`) takes
   * the latest year in which that day falls on that weekday, up to 30 days after this day,
   * with a `date-from-reference` warning (a weekday fixes the year only within such a window:
   * an old page would be read into a later year). A `reference`, when given, decides instead;
   * `readDocument` dates such days by the document's story, not by this day.
   */
  readOn?: Date | string;
}

export interface ExtractOptions extends ParseOptions {
  /** Skip expressions that are clearly dates but invalid (`৩২ জানুয়ারি`) instead of throwing. */
  skipInvalid?: boolean;
}

/** A warning code: something worth a second look that does not make the match wrong. */
export type WarningCode =
  | 'weekday-mismatch'
  | 'weekday-spelling'
  | 'bangla-other-rule'
  | 'bangla-mismatch'
  | 'mixed-digits'
  | 'meridiem-unknown'
  | 'year-inferred'
  | 'relative-mismatch'
  | 'period-mismatch'
  | 'other-time-zone'
  | 'midnight-ambiguous'
  | 'saka-by-year'
  | 'calendar-mismatch'
  | 'bangla-rule-from-evidence'
  | 'era-mismatch'
  | 'century-inferred'
  | 'month-inferred'
  | 'lunisolar-date'
  | 'year-from-text'
  | 'year-from-other-era'
  | 'bangla-rule-assumed'
  | 'date-from-reference'
  | 'hijri-estimate'
  | 'hijri-weekday'
  | 'end-of-day'
  | 'almanac-day'
  | 'week-start'
  | 'year-of-event'
  | 'zone-gap'
  | 'zone-fold';

/** A span of the text read: UTF-16 indices, `text.slice(span.start, span.end)`. */
export interface Span {
  start: number;
  end: number;
}

/** A weekday as the library writes it. */
export type Weekday = 'Mon' | 'Tue' | 'Wed' | 'Thu' | 'Fri' | 'Sat' | 'Sun';

/** A day period as written (ভোর, সকাল, দুপুর, বিকাল, সন্ধ্যা, রাত, বেলা). */
export type Period = 'dawn' | 'morning' | 'noon' | 'afternoon' | 'evening' | 'night' | 'daytime';

/**
 * Something worth a second look that does not make the match wrong: `kind`, the kind's own
 * fields (`year` for `year-inferred`, `configured` and `matched` rules for `bangla-other-rule` …)
 * and `span`, the part warned about, when there is one.
 */
export interface Warning {
  kind: WarningCode;
  span?: Span;
  /** English explanation; Bengali quoted as written (from the library; not a field of the form). */
  readonly message: string;
  readonly [field: string]: unknown;
}

/** A Bangabda date as written, with the rule under which it is the Gregorian date beside it. */
export interface WrittenBangla {
  day: number;
  /** 1 (বৈশাখ) … 12 (চৈত্র). */
  month: number;
  year: number | null;
  /** null when no Gregorian date is beside it, or when no rule gives that date. */
  rule: Rule | null;
}

/** A Hijri or Śaka date as written (month numbers of that calendar; Śaka's 1 is Chaitra). */
export interface WrittenDate {
  day: number;
  month: number;
  year: number | null;
}

export type Relative =
  /** আজ (0), গতকাল (−1), আগামীকাল (+1), পরশু (+2). */
  | { kind: 'day'; offset: number }
  /** গত (−1) / এই (0) / আগামী (+1) + weekday. */
  | { kind: 'weekday'; direction: number; weekday: Weekday }
  /** `আগামী সপ্তাহের মঙ্গলবার` (+1), `গত সপ্তাহের শুক্রবার` (−1): a day of a week counted. */
  | { kind: 'weekday-of-week'; weeks: number; weekday: Weekday }
  /** `১৮ মিনিট আগে` (negative) / `পরে` (positive). */
  | {
      kind: 'offset';
      amount: number;
      unit: 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';
    };

export type Role = 'single' | 'range-start' | 'range-end' | 'list-item' | 'from' | 'until';

/** One date/time expression read from text: the library's serde form and `text`. */
export interface Match {
  /** Where the expression is: `text.slice(match.span.start, match.span.end)`. */
  span: Span;
  /** The Gregorian date (`2026-01-02`), when the year is known (written, or inferred with a warning). */
  date: string | null;
  /** The Gregorian year, month (1..12) and day, each when known. */
  year: number | null;
  month: number | null;
  day: number | null;
  /** The time of day, when written (`17:41:00`). */
  time: string | null;
  /**
   * The moment, RFC 3339 (`2026-01-02T17:41:00+06:00`), when date and time are known; an offset
   * with seconds keeps them (`1900-01-02T10:00:00+05:53:20`, Kolkata's history).
   */
  datetime: string | null;
  /** The weekday as written. */
  weekday: Weekday | null;
  /** The day period as written. */
  period: Period | null;
  bangla: WrittenBangla | null;
  hijri: WrittenDate | null;
  saka: WrittenDate | null;
  relative: Relative | null;
  role: Role;
  /** `দিকে`, `নাগাদ`, `আনুমানিক`. */
  approximate: boolean;
  /** An estimated day (`YYYY-MM-DD`) when only a Hijri date was written (`date` stays null). */
  approximate_date: string | null;
  warnings: Warning[];
  /** The expression as written. */
  text: string;
  /** `span.start` (not a field of the form). */
  readonly start: number;
  /** `span.end` (not a field of the form). */
  readonly end: number;
  /**
   * The moment as a Date: `datetime` when a time was written, else the start of the day in the
   * zone the text was read in (Asia/Dhaka, Asia/Kolkata for West Bengal dates, or `timeZone`);
   * null without a full date.
   */
  toDate(): Date | null;
}

/** What went wrong, matchable: the kebab-case name of the library's `ErrorKind`. */
export type ErrorKind =
  | 'empty'
  | 'number-too-large'
  | 'year-out-of-range'
  | 'month-out-of-range'
  | 'day-out-of-range'
  | 'out-of-range'
  | 'unknown-name'
  | 'unknown-time-zone'
  | 'time-out-of-range'
  | 'unexpected'
  | 'trailing-input'
  | 'incomplete'
  | 'unknown-directive'
  | 'missing-time'
  | 'write-failed'
  | 'invalid-utf8'
  | 'io'
  /** Raised by this package: an option or argument of the wrong shape. */
  | 'invalid-options'
  | 'invalid-date'
  /** Raised by this package: a result longer than the longest string the engine can make. */
  | 'result-too-large'
  /** A kind the library adds later. */
  | (string & { readonly __otherKind?: never });

/** The library's error form: `kind`, `message` (without the place) and `span`. */
export class BanglaDateError extends Error {
  readonly name: 'BanglaDateError';
  readonly kind: ErrorKind;
  /** UTF-16 span of the offending text, or null when the error is not about text. */
  readonly span: Span | null;
  /** `span.start`, or null. */
  readonly start: number | null;
  /** `span.end`, or null. */
  readonly end: number | null;
}

/** Read `text` as one date/time expression. Throws BanglaDateError when it is not one. */
export function parse(text: string, options?: ParseOptions): Match;

/** `parse(text, options).toDate()`: throws the same way, null when no full date is written. */
export function parseDate(text: string, options?: ParseOptions): Date | null;

/** Every expression in `text`. Throws the first invalid one unless `skipInvalid` is set. */
export function extract(text: string, options?: ExtractOptions): Match[];

/** Every expression in `text`, the invalid ones as BanglaDateError values, in text order. */
export function extractAll(text: string, options?: ParseOptions): Array<Match | BanglaDateError>;

/** A length of time, each unit as written (`৭২ ঘণ্টা` is 72 hours, not 3 days). */
export interface Duration {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

/** What a document mention names, tagged by `type`. */
export type MentionKind =
  /** A day or a moment (`date`, `time`, `period` say which parts are known). */
  | { type: 'point' }
  /** A whole month (`জানুয়ারি মাস`): `year` and `month`. */
  | { type: 'month' }
  /** A whole year (`২০১৯ সালের`): `year`. */
  | { type: 'year' }
  /** A whole ISO week (`গত সপ্তাহে`): `year` (the ISO year) and `week`. */
  | { type: 'week' }
  /** A decade (`১৯৮০-এর দশকে`): `year` is its first year. */
  | { type: 'decade' }
  /** A century (`বিংশ শতাব্দী`): `year` is its first year. */
  | { type: 'century' }
  /** A date of another calendar with no day (`১৪৪৩ হিজরির`): no Gregorian value. */
  | { type: 'other-calendar' }
  /** A length of time (`তিন দিন`, `৭২ ঘণ্টা`). */
  | ({ type: 'duration' } & Duration)
  /** A day that repeats (`প্রতি শুক্রবার`): every `weekday`, or the `nth_of_month` one (−1: the last). */
  | { type: 'set'; weekday: Weekday; nth_of_month: number | null };

/** Which rule anchored a mention to another mention's day. */
export type AnchorRule =
  /** A time or day part alone takes the last date of its sentence. */
  | 'sentence'
  /** The end of a range takes what it lacks from its start (`দুপুর ১২টা থেকে ১টা`). */
  | 'range'
  /** A day part alone takes the last date of its paragraph (`… গভীর রাতে`). */
  | 'paragraph'
  /** A time takes the date of the sentence just before, in the same paragraph. */
  | 'previous-sentence'
  /** The head of a list takes the list's month and year (`২` in `২, ৩ ও ৪ মার্চ`). */
  | 'list'
  /** A back-reference (`পরদিন`, `সেদিন`) takes the last day mentioned, plus `days`. */
  | 'back-reference'
  /** With no reference, a bare weekday or a time takes the last day mentioned in the text. */
  | 'last-day';

/** What an incomplete mention was resolved against. Spans are UTF-16 indices into the text. */
export type Anchor =
  /** Complete as written, or not a point in time (a duration, a recurrence). */
  | { to: 'written' }
  /** The `reference` option: relative words, bare weekdays, yearless dates, report-day times. */
  | { to: 'reference' }
  /** The year of another mention nearby (`১৫ আগস্ট` in a story about `১৫ আগস্ট ১৯৭৫`). */
  | { to: 'story'; year: number; from: Span }
  /** The day of the mention at `from`, plus `days` (1 for পরদিন, −1 for আগের দিন). */
  | { to: 'mention'; rule: AnchorRule; from: Span; days: number }
  /** A time that recurs in a schedule: deliberately no date. */
  | { to: 'recurring' }
  /** Incomplete, and nothing in the text or the options completes it. */
  | { to: 'unanchored' };

/** Something the document reader assumed beyond what the text says. */
export type Assumption =
  /** A bare hour (`৩টা`) was read in working hours: 1–6 as p.m., 7–11 as a.m. */
  | 'working-hours'
  /** A range's end was earlier than its start, so it was read 12 hours later. */
  | 'range-end-after-start'
  /** A small hour of the night after a named day is on the next calendar day. */
  | 'night-follows-day'
  /** A bare weekday was taken in the direction its sentence's tense points. */
  | 'tense'
  /** The month is the one an event's name stands for (`জুলাই গণ-অভ্যুত্থান`: July 2024). */
  | 'named-event'
  /** A bare clock after another moment of its sentence is the first such hour after it. */
  | 'after-previous';

/** An era other than the Gregorian that a year is counted in. */
export type CalendarEra =
  | 'bangabda'
  | 'saka'
  | 'hijri'
  | 'vikram-samvat'
  | 'kali-yuga'
  | 'gaurabda'
  | 'buddhist'
  | 'saraswata'
  | 'bhaktivinoda';

/** A year written in another era (`কলিযুগাব্দ ৫১২৬`), with the Gregorian years it overlaps. */
export interface EraYear {
  era: CalendarEra;
  /** The year as written. */
  year: number;
  /** The Gregorian years it begins and ends in; null when the era's epoch is not agreed. */
  gregorian: [number, number] | null;
}

/** One temporal mention of a document: the library's serde form and `text`. */
export interface Mention {
  /** UTF-16 index of the first character: `text.slice(mention.start, mention.end)`. */
  start: number;
  /** UTF-16 index one past the last character. */
  end: number;
  kind: MentionKind;
  /** The Gregorian day (`YYYY-MM-DD`), written or anchored. */
  date: string | null;
  /** The time of day, when written (`19:00:00`). */
  time: string | null;
  /** The moment (RFC 3339, an offset's seconds kept), when day and time are known. */
  datetime: string | null;
  /** The part of the day as written, reported instead of an invented time. */
  period: Period | null;
  year: number | null;
  month: number | null;
  /** The ISO week, for kind `week`. */
  week: number | null;
  role: Role;
  /** What an incomplete mention was anchored to. */
  anchor: Anchor;
  /** What was assumed beyond the text. */
  assumptions: Assumption[];
  /**
   * The value in TimeML (TIMEX3) form: `2023-11-07`, `2023-11-07T12:00`, `2023-11-07TMO` (a day
   * part: MO, MI, AF, EV, NI), `T15:30` (a recurring time), `2024-05`, `2019`, `2019-W45`,
   * `P3D`, `XXXX-WXX-5`; null when nothing is known.
   */
  value: string | null;
  /** What is worth knowing about the value as anchored (spans in UTF-16). */
  warnings: Warning[];
  /** The single-expression reading (`extract`'s Match, without a text of its own), when the mention is one. */
  expression: Omit<Match, 'text'> | null;
  /** For a year written in another era (kind `other-calendar`, `১৯৪৭ শকাব্দ`): that era and year. */
  era_year: EraYear | null;
  /** The mention as written. */
  text: string;
  /** The moment as a Date, as Match.toDate (not a field of the form). */
  toDate(): Date | null;
}

/** A whole text read by `readDocument`. */
export interface Document {
  /** Every mention, in text order, without overlap. */
  mentions: Mention[];
  /** Expressions that look like dates but are not valid (`৩২ জানুয়ারি`), not thrown. */
  errors: BanglaDateError[];
}

/**
 * Read a whole text (an article, a notice) as one document: every mention in order, each
 * anchored to the text's own dates (পরদিন is the day after the day before it). Give the
 * publication moment as `reference`. Throws BanglaDateError only for invalid options.
 */
export function readDocument(text: string, options?: ParseOptions): Document;

export interface RuleOptions {
  /** Default `bd`. */
  rule?: Rule;
  /** The zone in which a Date is read as a civil day/time; default the rule's zone. */
  timeZone?: TimeZone;
}

/** A day of the Bangabda calendar. `String(day)` is `১৯ পৌষ ১৪৩২ বঙ্গাব্দ`. */
export interface BanglaDay {
  year: number;
  /** 1 (বৈশাখ) … 12 (চৈত্র). */
  month: number;
  day: number;
  monthName: string;
  monthNameLatin: string;
  /** 0 = Sunday. */
  weekday: number;
  weekdayName: string;
  season: string;
  seasonLatin: string;
  rule: Rule;
  /** The Gregorian day, `YYYY-MM-DD`. */
  gregorian: string;
  text: string;
  toString(): string;
  /** The start of the day: its midnight in the zone it was read in, with the zone's history. */
  toDate(): Date;
}

/** A Gregorian calendar day. `String(day)` is its ISO date. */
export interface GregorianDay {
  year: number;
  month: number;
  day: number;
  /** 0 = Sunday. */
  weekday: number;
  iso: string;
  toString(): string;
}

/** The Bangabda date of a Gregorian day (a Date, read in the rule's zone, or `YYYY-MM-DD`). */
export function toBangla(date: Date | string, options?: RuleOptions): BanglaDay;

/** The Gregorian day of a Bangabda date; `month` is 1..12 or a name (`পৌষ`, `Poush`). */
export function toGregorian(
  year: number,
  month: number | string,
  day: number,
  options?: Pick<RuleOptions, 'rule'>,
): GregorianDay;

/** A format preset. */
export type Preset = 'header' | 'byline' | 'dateline' | 'bangla';

/** Print a moment in Bengali with a preset or a pattern (`%d %B %Y`, `%-Ed %EB %EY`, …). */
export function format(date: Date | string, presetOrPattern: Preset | string, options?: RuleOptions): string;

/** Every rule name. */
export function rules(): Rule[];

/** What `rule` takes in the text calls: `evidence` (the default), `infer`, and every rule name. */
export function ruleChoices(): Array<Rule | 'infer' | 'evidence'>;
