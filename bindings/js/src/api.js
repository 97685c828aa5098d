// The JavaScript face of bangla-date. The WebAssembly core (pkg/, built from src/lib.rs) takes
// and returns JSON strings; this module turns them into Match objects, Dates and thrown
// BanglaDateErrors. The entry points (index.js for Node, browser.js for browsers) load the core
// before anything here is called. Types: index.d.ts.
//
// A Match, a Mention and an error are the Rust library's serde form (what its CLI prints), with
// spans in UTF-16 indices and the matched `text`: the core serializes the library's values, and
// nothing here names or computes a field of them. What JavaScript adds is behaviour on top:
// `toDate()` (from the instant the core sends beside the form), the `start`/`end` of a match's
// span, and a warning's `message`.

import * as core from '../pkg/bangla_dateparser_wasm.js';

/**
 * An invalid date, time, option or argument: the library's error form (`kind`, `message`,
 * `span` in UTF-16 indices, or null when no text was involved); `start`/`end` are the span's ends.
 */
export class BanglaDateError extends Error {
  constructor(kind, message, span = null) {
    super(message);
    this.name = 'BanglaDateError';
    this.kind = kind;
    this.span = span;
    this.start = span === null ? null : span.start;
    this.end = span === null ? null : span.end;
  }
}

function fail(raw) {
  return new BanglaDateError(raw.kind, raw.message, raw.span);
}

function optionError(message) {
  return new BanglaDateError('invalid-options', message);
}

// The options each kind of call takes. Anything else is a mistake (`timezone` for `timeZone`)
// that would otherwise change nothing, silently.
const TEXT_OPTIONS = ['reference', 'prefer', 'rule', 'timeZone', 'nightFollowsDay', 'readOn'];
const EXTRACT_OPTIONS = [...TEXT_OPTIONS, 'skipInvalid'];
const CALENDAR_OPTIONS = ['rule', 'timeZone'];
const GREGORIAN_OPTIONS = ['rule'];

function checkOptions(opts, known) {
  if (opts === undefined || opts === null) return;
  if (typeof opts !== 'object') throw optionError('options must be an object');
  for (const name of Object.keys(opts)) {
    if (known.includes(name)) continue;
    const near = known.find((k) => k.toLowerCase() === name.toLowerCase());
    const hint = near ? `; did you mean \`${near}\`?` : '';
    throw optionError(`unknown option \`${name}\` (expected one of: ${known.join(', ')})${hint}`);
  }
}

// A string with an explicit offset or Z names an instant; one without names local civil time.
const INSTANT = /T.*(Z|[+-]\d\d:?\d\d)$/i;

// Bangladesh Standard Time, UTC+06:00: the clock the day of reading is taken by.
const BANGLADESH_MS = 6 * 3600 * 1000;

// The day of an instant (epoch milliseconds) in Bangladesh, `YYYY-MM-DD`.
function bangladeshDay(ms) {
  return new Date(ms + BANGLADESH_MS).toISOString().slice(0, 10);
}

// The day the text is read, as the core takes it (`YYYY-MM-DD`): the one given (a Date: its day
// in Bangladesh), else today in Bangladesh by this machine's clock, as the CLI's `--read-on`
// defaults. WebAssembly has no clock of its own, so today is taken here.
function readOnDay(readOn) {
  if (readOn === undefined || readOn === null) return bangladeshDay(Date.now());
  if (readOn instanceof Date) {
    const ms = readOn.getTime();
    if (Number.isNaN(ms)) throw optionError('invalid readOn: the Date is not valid');
    return bangladeshDay(ms);
  }
  if (typeof readOn === 'string') return readOn;
  throw optionError('readOn must be a Date or a YYYY-MM-DD string');
}

function optionsJson(opts, known = TEXT_OPTIONS) {
  checkOptions(opts, known);
  if (opts === undefined || opts === null) return JSON.stringify({ readOn: readOnDay() });
  const out = {};
  const { reference, prefer, rule, timeZone, nightFollowsDay, readOn } = opts;
  if (reference !== undefined && reference !== null) {
    let ms;
    if (reference instanceof Date) ms = reference.getTime();
    else if (typeof reference === 'string' && INSTANT.test(reference)) ms = Date.parse(reference);
    else if (typeof reference === 'string') out.reference = reference;
    else throw optionError('reference must be a Date or a string');
    if (ms !== undefined) {
      if (Number.isNaN(ms)) throw optionError(`invalid reference \`${String(reference)}\``);
      out.referenceMs = ms;
    }
  }
  if (prefer !== undefined) out.prefer = prefer;
  if (rule !== undefined) out.rule = rule;
  if (timeZone !== undefined) out.timeZone = timeZone;
  if (nightFollowsDay !== undefined) {
    if (typeof nightFollowsDay !== 'boolean') throw optionError('nightFollowsDay must be a boolean');
    out.nightFollowsDay = nightFollowsDay;
  }
  out.readOn = readOnDay(readOn);
  return JSON.stringify(out);
}

function text(value) {
  if (typeof value !== 'string') throw new TypeError('text must be a string');
  return value;
}

// A core call whose result is one JSON string. A result longer than the longest string the
// engine can make (2^29 - 24 UTF-16 units in V8) fails in the glue that decodes it: Node says
// ERR_STRING_TOO_LONG, browsers a RangeError. It is this package's error, with what to do.
export function callCore(fn, ...args) {
  let out;
  try {
    out = fn(...args);
  } catch (e) {
    if (e instanceof RangeError || (e && e.code === 'ERR_STRING_TOO_LONG')) {
      throw new BanglaDateError(
        'result-too-large',
        'the result is too large for one JavaScript string; read the text in parts (by '
          + `paragraph or line) and add each part's offset to its spans (${e.message})`,
      );
    }
    throw e;
  }
  return JSON.parse(out);
}

/** Something worth knowing about a match: the library's form, and a `message` for people. */
export class Warning {
  #message;

  constructor(form, message) {
    Object.assign(this, form);
    this.#message = message;
  }

  /** The warning in English (Bengali quoted as written), as the library words it. */
  get message() {
    return this.#message;
  }
}

const warnings = (list, messages) => list.map((w, k) => new Warning(w, messages[k]));

/** One date/time expression: the library's serde form, spans in UTF-16 indices, and `text`. */
export class Match {
  #ms;

  constructor(form, ms, messages) {
    Object.assign(this, form);
    this.warnings = warnings(form.warnings, messages);
    this.#ms = ms;
  }

  /** `span.start`: `text.slice(m.start, m.end)` is the expression. */
  get start() {
    return this.span.start;
  }

  /** `span.end`. */
  get end() {
    return this.span.end;
  }

  /**
   * The moment as a Date: `datetime` when a time was written, else the start of the day in the
   * zone the library read it in (Asia/Dhaka, Asia/Kolkata for West Bengal dates, or the one
   * given); null without a full date.
   */
  toDate() {
    return this.#ms === null ? null : new Date(this.#ms);
  }
}

/** One temporal mention of a document: the library's serde form, spans in UTF-16, and `text`. */
export class Mention {
  #ms;

  constructor(reply) {
    const form = reply.mention;
    Object.assign(this, form);
    this.warnings = warnings(form.warnings, reply.messages);
    // The single-expression reading, a Match (its form has no text of its own).
    if (form.expression !== null) {
      this.expression = new Match(form.expression, reply.expressionMs, reply.expressionMessages);
    }
    this.#ms = reply.ms;
  }

  /** The moment as a Date, as Match.toDate. */
  toDate() {
    return this.#ms === null ? null : new Date(this.#ms);
  }
}

/** Read `text` as one date/time expression; throws BanglaDateError when it is not one. */
export function parse(input, opts) {
  const res = callCore(core.parse, text(input), optionsJson(opts));
  if (res.error) throw fail(res.error);
  return new Match(res.match, res.ms, res.messages);
}

/**
 * The moment `text` names as a Date (a date alone: the start of that day in the text's zone),
 * or null when it names no full date (`২৮ ডিসেম্বর` without a reference). Throws like parse.
 */
export function parseDate(input, opts) {
  return parse(input, opts).toDate();
}

/** Every expression in `text`, matches and invalid expressions (as errors) in text order. */
export function extractAll(input, opts) {
  return extractItems(input, opts, TEXT_OPTIONS);
}

function extractItems(input, opts, known) {
  const res = callCore(core.extract, text(input), optionsJson(opts, known));
  if (!Array.isArray(res)) throw fail(res.error);
  return res.map((item) => (item.error ? fail(item.error) : new Match(item.match, item.ms, item.messages)));
}

/**
 * Every date/time expression in `text`. An expression that is clearly a date but invalid
 * (`৩২ জানুয়ারি`) throws, unless `skipInvalid` is set; extractAll returns both.
 */
export function extract(input, opts) {
  const items = extractItems(input, opts, EXTRACT_OPTIONS);
  const skip = opts !== undefined && opts !== null && opts.skipInvalid === true;
  const matches = [];
  for (const item of items) {
    if (item instanceof BanglaDateError) {
      if (!skip) throw item;
    } else {
      matches.push(item);
    }
  }
  return matches;
}

/**
 * Read `text` as one document (an article, a notice): every temporal mention in order, each
 * anchored to the text's own dates, and the expressions that could not be read (as errors,
 * never thrown). Give the publication moment as `reference`. Throws only on invalid options.
 */
export function readDocument(input, opts) {
  const res = callCore(core.readDocument, text(input), optionsJson(opts));
  if (res.error) throw fail(res.error);
  return {
    mentions: res.mentions.map((m) => new Mention(m)),
    errors: res.errors.map(fail),
  };
}

// A Date is passed as epoch milliseconds, a string as written (`YYYY-MM-DD[THH:MM[:SS]]`).
function dateArgs(date) {
  if (date instanceof Date) {
    const ms = date.getTime();
    if (Number.isNaN(ms)) throw new BanglaDateError('invalid-date', 'the Date is not valid');
    return ['', ms];
  }
  if (typeof date === 'string') return [date, 0];
  throw new TypeError('date must be a Date or a YYYY-MM-DD string');
}

function ruleOf(opts) {
  return opts && opts.rule !== undefined ? String(opts.rule) : '';
}

function zoneOf(opts) {
  return opts && opts.timeZone !== undefined ? String(opts.timeZone) : '';
}

class BanglaDay {
  #zone;

  constructor(raw, zone) {
    Object.assign(this, raw);
    this.#zone = zone;
  }

  /** `১৯ পৌষ ১৪৩২ বঙ্গাব্দ` */
  toString() {
    return this.text;
  }

  /**
   * The start of the day as a Date: the midnight beginning its Gregorian day in the zone it
   * was read in (the one given, else the rule's: Asia/Dhaka, or Asia/Kolkata for West Bengal),
   * with that zone's history (Dhaka's clocks were an hour ahead in the second half of 2009).
   */
  toDate() {
    return new Date(core.dayStart(this.gregorian, this.rule, this.#zone));
  }
}

let tablesCache = null;
function tables() {
  if (tablesCache === null) tablesCache = JSON.parse(core.tables());
  return tablesCache;
}

const DIGITS = '০১২৩৪৫৬৭৮৯';
const bengaliDigits = (n) => String(n).replace(/[0-9]/g, (d) => DIGITS[d]);
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

// The fast path: numbers in, numbers out, names from the tables. Anything unusual (an error, a
// year before 1 Bangabda) goes through the JSON path, which also words the errors.
function banglaFast(date, opts) {
  const t = tables();
  const rule = t.rules.indexOf(opts && opts.rule !== undefined ? String(opts.rule) : t.defaultRule);
  if (rule < 0) return null;
  let parts;
  if (date instanceof Date) {
    parts = core.toBanglaParts(0, 0, 0, date.getTime(), rule, zoneOf(opts));
  } else {
    const m = typeof date === 'string' ? ISO_DAY.exec(date) : null;
    if (m === null) return null;
    parts = core.toBanglaParts(Number(m[1]), Number(m[2]), Number(m[3]), NaN, rule, zoneOf(opts));
  }
  if (parts.length === 0 || parts[0] < 1) return null;
  const [year, month, day, weekday, gy, gm, gd] = parts;
  const monthName = t.months[month - 1];
  const pad = (n, w) => String(n).padStart(w, '0');
  return new BanglaDay({
    year,
    month,
    day,
    monthName,
    monthNameLatin: t.monthsLatin[month - 1],
    weekday,
    weekdayName: t.weekdays[weekday],
    season: t.seasons[month - 1],
    seasonLatin: t.seasonsLatin[month - 1],
    rule: t.rules[rule],
    gregorian: `${pad(gy, 4)}-${pad(gm, 2)}-${pad(gd, 2)}`,
    text: `${bengaliDigits(day)} ${monthName} ${bengaliDigits(year)} বঙ্গাব্দ`,
  }, zoneOf(opts));
}

/** The same through JSON: every case, with the error when there is one. */
function banglaJson(date, opts) {
  const [iso, ms] = dateArgs(date);
  const res = JSON.parse(core.toBangla(iso, ms, ruleOf(opts), zoneOf(opts)));
  if (res.error) throw fail(res.error);
  return new BanglaDay(res.bangla, zoneOf(opts));
}

/**
 * The Bangabda date of a Gregorian day. A Date is read in `timeZone`, by default the rule's own
 * (Asia/Dhaka; Asia/Kolkata for the West Bengal rules); a `YYYY-MM-DD` string as written.
 */
export function toBangla(date, opts) {
  checkOptions(opts, CALENDAR_OPTIONS);
  return banglaFast(date, opts) ?? banglaJson(date, opts);
}

/** toBangla by the slower JSON path only; for tests that check the two paths agree. */
export function toBanglaViaJson(date, opts) {
  return banglaJson(date, opts);
}

class GregorianDay {
  constructor(raw) {
    Object.assign(this, raw);
  }

  /** `2026-01-02` */
  toString() {
    return this.iso;
  }
}

/** The Gregorian day of a Bangabda date; `month` is 1..12 or a name (`পৌষ`, `Poush`). */
export function toGregorian(year, month, day, opts) {
  checkOptions(opts, GREGORIAN_OPTIONS);
  if (typeof year !== 'number' || typeof day !== 'number') {
    throw new TypeError('year and day must be numbers');
  }
  if (typeof month !== 'number' && typeof month !== 'string') {
    throw new TypeError('month must be a number or a month name');
  }
  const res = JSON.parse(core.toGregorian(year, String(month), day, ruleOf(opts)));
  if (res.error) throw fail(res.error);
  return new GregorianDay(res.gregorian);
}

/**
 * Print a moment in Bengali: a preset (`header`, `byline`, `dateline`, `bangla`) or a pattern
 * (`%d %B %Y`, `%-Ed %EB %EY` …). A Date is printed in `timeZone` (default: the rule's zone), a
 * string (`YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`) as written.
 */
export function format(date, presetOrPattern, opts) {
  checkOptions(opts, CALENDAR_OPTIONS);
  const [iso, ms] = dateArgs(date);
  if (typeof presetOrPattern !== 'string') throw new TypeError('pattern must be a string');
  const res = JSON.parse(core.format(iso, ms, presetOrPattern, ruleOf(opts), zoneOf(opts)));
  if (res.error) throw fail(res.error);
  return res.text;
}

/** Every rule name (`bd2019`, `bd1987`, `bd`, `wb-drik`, `wb-drik-plain`, `wb-ss`). */
export function rules() {
  return [...tables().rules];
}

/** What `rule` takes in the text calls: `evidence` (the default), `infer`, and every rule name. */
export function ruleChoices() {
  return [...tables().ruleChoices];
}
