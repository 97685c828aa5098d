// A small compatibility layer for code written against two popular packages, so that moving to
// bangla-dateparser is a change of import. The shapes follow those packages' documented APIs;
// the calendar behind them is this library's, which means three deliberate differences:
//
// - the rule is chosen (`{ rule }`), by default `bd`: what a Bangladeshi date meant when it was
//   written (the traditional almanac up to 1393, the Bangla Academy 1987 rule from 1394 to 1425,
//   the official 2019 revision from 1426); date-bengali-revised knows only 1987,
//   bangla-calendar's "BD" only 2019, and its "IN" (West Bengal) is wb-drik here;
// - an invalid date throws BanglaDateError instead of being kept or wrapped silently;
// - a Date is read as a day in the rule's own zone (Asia/Dhaka, or Asia/Kolkata for West Bengal),
//   not in whatever zone the machine running the code is set to, and a day starts at its
//   midnight there (the library decides both, with the zone's history).

import { BanglaDateError, toBangla, toGregorian } from 'bangla-dateparser';

const DIGITS = '০১২৩৪৫৬৭৮৯';

function bengaliDigits(value, width = 0) {
  return String(value).padStart(width, '0').replace(/[0-9]/g, (d) => DIGITS[d]);
}

function asciiNumber(value) {
  if (typeof value === 'number') return value;
  const ascii = String(value).trim().replace(/[০-৯]/g, (d) => String(DIGITS.indexOf(d)));
  return /^-?\d+$/.test(ascii) ? Number(ascii) : null;
}

/**
 * date-bengali-revised's `Calendar`: `new Calendar(1432, 9, 19)`, `fromGregorian`, `fromDate`,
 * `toGregorian`, `toDate`, `format('dddd D MMMM, Y [Q]')`. The last constructor argument may be
 * `{ rule }`.
 */
export class Calendar {
  constructor(year, month, day, options) {
    let opts = options;
    if (opts === undefined && typeof year === 'object' && year !== null) {
      opts = year;
      year = undefined;
    }
    this.rule = (opts && opts.rule) || 'bd';
    if (year !== undefined) {
      const y = asciiNumber(year);
      const m = asciiNumber(month);
      const d = asciiNumber(day);
      if (y === null || d === null) {
        throw new BanglaDateError('invalid-date', `invalid Bangabda date ${year}-${month}-${day}`);
      }
      // A month may be a number (either digit set) or a name; toGregorian validates all three.
      const g = toGregorian(y, m === null ? String(month) : m, d, { rule: this.rule });
      this.fromGregorian(g.year, g.month, g.day);
    }
  }

  #set(day) {
    this.year = day.year;
    this.month = day.month;
    this.day = day.day;
    this.#day = day;
    return this;
  }

  #day = null;

  fromGregorian(year, month, day) {
    const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return this.#set(toBangla(iso, { rule: this.rule }));
  }

  fromDate(date) {
    return this.#set(toBangla(date, { rule: this.rule }));
  }

  #checked() {
    if (this.#day === null) throw new BanglaDateError('invalid-date', 'no date set');
    return this.#day;
  }

  toGregorian() {
    const [year, month, day] = this.#checked().gregorian.split('-').map(Number);
    return { year, month, day };
  }

  /**
   * Midnight at the start of the day in the rule's zone, with the zone's history (Dhaka was
   * UTC+7 in the second half of 2009): the library's placing of the day, not a fixed offset.
   */
  toDate() {
    return this.#checked().toDate();
  }

  /** Tokens: `Y` year, `Q` season, `M` month number, `MMMM` month name, `D` day, `dddd` weekday. */
  format(pattern = 'D M, Y') {
    const d = this.#checked();
    const values = {
      Y: bengaliDigits(d.year),
      Q: d.season,
      MMMM: d.monthName,
      M: bengaliDigits(d.month),
      D: bengaliDigits(d.day),
      dddd: d.weekdayName,
    };
    return pattern.replace(/dddd|MMMM|Y|Q|M|D/g, (t) => values[t]);
  }
}

export default Calendar;

// bangla-calendar's functions: getDate(date, { format, calculationMethod }) and the parts.

function ruleFor(options) {
  if (options && options.rule) return options.rule;
  if (options && options.calculationMethod === 'IN') return 'wb-drik';
  return 'bd';
}

const WEEKDAY_SHORT = ['রবি', 'সোম', 'মঙ্গল', 'বুধ', 'বৃহস্পতি', 'শুক্র', 'শনি'];

function tokens(day) {
  return {
    DD: bengaliDigits(day.day, 2),
    D: bengaliDigits(day.day),
    MMMM: day.monthName,
    MM: bengaliDigits(day.month, 2),
    M: bengaliDigits(day.month),
    YYYYb: `${bengaliDigits(day.year)} (বঙ্গাব্দ)`,
    YYYY: bengaliDigits(day.year),
    YY: bengaliDigits(day.year % 100, 2),
    eeee: day.weekdayName,
    eee: WEEKDAY_SHORT[day.weekday],
  };
}

function render(date, options, fallback) {
  const day = toBangla(date === undefined ? new Date() : date, { rule: ruleFor(options) });
  const pattern = (options && options.format) || fallback;
  const values = tokens(day);
  return pattern.replace(/YYYYb|YYYY|YY|MMMM|MM|M|DD|D|eeee|eee/g, (t) => values[t]);
}

/** `শুক্রবার, ১৮ পৌষ, ১৪৩২`; `format` tokens D DD M MM MMMM YY YYYY YYYYb eee eeee. */
export function getDate(date, options) {
  return render(date, options, 'eeee, D MMMM, YYYY');
}

export function getDay(date, options) {
  return render(date, options, 'D');
}

export function getWeekDay(date, options) {
  return render(date, options, 'eeee');
}

export function getMonth(date, options) {
  return render(date, options, 'MMMM');
}

export function getYear(date, options) {
  return render(date, options, 'YYYY');
}
