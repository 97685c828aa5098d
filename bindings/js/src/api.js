// The JavaScript face of bangla-date. The WebAssembly core (pkg/, built from src/lib.rs) takes
// and returns JSON strings; this module turns them into Match objects, Dates and thrown
// BanglaDateErrors. The entry points (index.js for Node, browser.js for browsers) load the core
// before anything here is called. Types: index.d.ts.

import * as core from '../pkg/bangla_dateparser_wasm.js';

/** An invalid date, time, option or argument. `start`/`end` are UTF-16 indices into the text. */
export class BanglaDateError extends Error {
  constructor(kind, message, start = null, end = null) {
    super(message);
    this.name = 'BanglaDateError';
    this.kind = kind;
    this.start = start;
    this.end = end;
  }
}

function fail(raw) {
  return new BanglaDateError(raw.kind, raw.message, raw.start, raw.end);
}

function optionError(message) {
  return new BanglaDateError('invalid-options', message);
}

// A string with an explicit offset or Z names an instant; one without names local civil time.
const INSTANT = /T.*(Z|[+-]\d\d:?\d\d)$/i;

function optionsJson(opts) {
  if (opts === undefined || opts === null) return '';
  if (typeof opts !== 'object') throw optionError('options must be an object');
  const out = {};
  const { reference, prefer, rule, timeZone } = opts;
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
  return JSON.stringify(out);
}

function text(value) {
  if (typeof value !== 'string') throw new TypeError('text must be a string');
  return value;
}

function toMatch(raw) {
  const { instantMs, ...fields } = raw;
  return { ...fields, date: instantMs === null ? null : new Date(instantMs) };
}

/** Read `text` as one date/time expression; throws BanglaDateError when it is not one. */
export function parse(input, opts) {
  const res = JSON.parse(core.parse(text(input), optionsJson(opts)));
  if (res.error) throw fail(res.error);
  return toMatch(res.match);
}

/**
 * The moment `text` names as a Date (a date alone: the start of that day in the text's zone),
 * or null when it names no full date (`২৮ ডিসেম্বর` without a reference). Throws like parse.
 */
export function parseDate(input, opts) {
  return parse(input, opts).date;
}

/** Every expression in `text`, matches and invalid expressions (as errors) in text order. */
export function extractAll(input, opts) {
  const res = JSON.parse(core.extract(text(input), optionsJson(opts)));
  if (!Array.isArray(res)) throw fail(res.error);
  return res.map((item) => (item.error ? fail(item.error) : toMatch(item.match)));
}

/**
 * Every date/time expression in `text`. An expression that is clearly a date but invalid
 * (`৩২ জানুয়ারি`) throws, unless `skipInvalid` is set; extractAll returns both.
 */
export function extract(input, opts) {
  const items = extractAll(input, opts);
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

function toMention(raw) {
  const { instantMs, ...fields } = raw;
  return { ...fields, date: instantMs === null ? null : new Date(instantMs) };
}

/**
 * Read `text` as one document (an article, a notice): every temporal mention in order, each
 * anchored to the text's own dates, and the expressions that could not be read (as errors,
 * never thrown). Give the publication moment as `reference`. Throws only on invalid options.
 */
export function readDocument(input, opts) {
  const res = JSON.parse(core.readDocument(text(input), optionsJson(opts)));
  if (res.error) throw fail(res.error);
  return { mentions: res.mentions.map(toMention), errors: res.errors.map(fail) };
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
  constructor(raw) {
    Object.assign(this, raw);
  }

  /** `১৯ পৌষ ১৪৩২ বঙ্গাব্দ` */
  toString() {
    return this.text;
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
  });
}

/** The same through JSON: every case, with the error when there is one. */
function banglaJson(date, opts) {
  const [iso, ms] = dateArgs(date);
  const res = JSON.parse(core.toBangla(iso, ms, ruleOf(opts), zoneOf(opts)));
  if (res.error) throw fail(res.error);
  return new BanglaDay(res.bangla);
}

/**
 * The Bangabda date of a Gregorian day. A Date is read in `timeZone`, by default the rule's own
 * (Asia/Dhaka; Asia/Kolkata for the West Bengal rules); a `YYYY-MM-DD` string as written.
 */
export function toBangla(date, opts) {
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
