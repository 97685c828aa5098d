// Types of bangla-dateparser/compat: date-bengali-revised's Calendar and bangla-calendar's
// functions, backed by this package's rules (see compat.js for the three differences).

import type { Rule } from 'bangla-dateparser';

export interface CompatOptions {
  /** Default `bd`: the almanac up to 1393, the 1987 rule to 1425, the 2019 revision from 1426. */
  rule?: Rule;
}

/** date-bengali-revised's `Calendar`. An invalid date throws BanglaDateError. */
export class Calendar {
  constructor(options?: CompatOptions);
  constructor(year: number | string, month: number | string, day: number | string, options?: CompatOptions);
  readonly rule: Rule;
  year: number;
  month: number;
  day: number;
  fromGregorian(year: number, month: number, day: number): this;
  /** The Date's day in the rule's zone (Asia/Dhaka; Asia/Kolkata for West Bengal rules). */
  fromDate(date: Date): this;
  toGregorian(): { year: number; month: number; day: number };
  /** Midnight at the start of the day in the rule's zone, with the zone's history. */
  toDate(): Date;
  /** Tokens `Y`, `Q`, `M`, `MMMM`, `D`, `dddd`; default `D M, Y`. */
  format(pattern?: string): string;
}
export default Calendar;

/** bangla-calendar's options; `calculationMethod: 'IN'` is West Bengal (wb-drik). */
export interface DateOptions extends CompatOptions {
  format?: string;
  calculationMethod?: 'BD' | 'IN';
}

/** `শুক্রবার, ১৮ পৌষ, ১৪৩২`; tokens D DD M MM MMMM YY YYYY YYYYb eee eeee. */
export function getDate(date?: Date, options?: DateOptions): string;
export function getDay(date?: Date, options?: DateOptions & { format?: 'D' | 'DD' }): string;
export function getWeekDay(date?: Date, options?: DateOptions & { format?: 'eee' | 'eeee' }): string;
export function getMonth(date?: Date, options?: DateOptions & { format?: 'M' | 'MM' | 'MMMM' }): string;
export function getYear(date?: Date, options?: DateOptions & { format?: 'YY' | 'YYYY' | 'YYYYb' }): string;
