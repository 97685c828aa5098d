// The compatibility layer: the shapes of date-bengali-revised and bangla-calendar, this
// library's rules behind them. Where the old packages are installed (devDependencies), the
// layer is compared with them day by day; the differences that remain are the documented ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { BanglaDateError, toBangla } from 'bangla-dateparser';
import Calendar, { getDate, getDay, getMonth, getWeekDay, getYear } from 'bangla-dateparser/compat';

const require = createRequire(import.meta.url);
function optional(name) {
  try {
    return require(name);
  } catch {
    return null;
  }
}
const revised = optional('date-bengali-revised');
const banglaCalendar = optional('bangla-calendar');

test('Calendar: construct, convert, print, in the shape of date-bengali-revised', () => {
  const cal = new Calendar(1432, 9, 19, { rule: 'bd1987' });
  assert.deepEqual([cal.year, cal.month, cal.day], [1432, 9, 19]);
  assert.deepEqual(cal.toGregorian(), { year: 2026, month: 1, day: 2 });
  assert.equal(cal.toDate().toISOString(), '2026-01-01T18:00:00.000Z');
  assert.equal(cal.format('dddd D MMMM, Y [Q]'), 'শুক্রবার ১৯ পৌষ, ১৪৩২ [শীত]');
  assert.equal(cal.format(), '১৯ ৯, ১৪৩২');
  // Bengali digits and month names, as the old package accepts them.
  assert.deepEqual(new Calendar('১৪২৫', 'বৈশাখ', '১').toGregorian(), { year: 2018, month: 4, day: 14 });
  // The default rule is the historical one: the 2019 revision from 1426 on.
  assert.deepEqual(new Calendar().fromGregorian(2026, 1, 2).day, 18);
  assert.equal(new Calendar().fromDate(new Date('2018-04-14T06:00:00Z')).toGregorian().day, 14);
});

test('Calendar refuses dates the old package kept silently', () => {
  assert.throws(() => new Calendar(1432, 13, 5), BanglaDateError);
  assert.throws(() => new Calendar(1432, 11, 30, { rule: 'bd2019' }), { kind: 'day-out-of-range' });
  assert.throws(() => new Calendar(1432, 'Pous', 1), { kind: 'unknown-name' });
  assert.throws(() => new Calendar().toGregorian(), BanglaDateError);
});

test('Calendar with rule bd1987 agrees with date-bengali-revised on every day of 1990-2040',
  { skip: revised ? false : 'date-bengali-revised not installed (npm install)' }, () => {
    const Old = revised.default;
    const differ = [];
    for (let t = Date.UTC(1990, 0, 1); t <= Date.UTC(2040, 11, 31); t += 86400000) {
      const d = new Date(t);
      const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
      const old = new Old().fromGregorian(y, m, day);
      const now = new Calendar({ rule: 'bd1987' }).fromGregorian(y, m, day);
      if (old.year !== now.year || old.month !== now.month || old.day !== now.day) differ.push(d.toISOString().slice(0, 10));
      if (t % (97 * 86400000) === 0) {
        // Back again, both ways.
        assert.deepEqual(new Calendar(now.year, now.month, now.day, { rule: 'bd1987' }).toGregorian(), { year: y, month: m, day });
      }
    }
    assert.deepEqual(differ, []);
  });

test('getDate and friends, in the shape of bangla-calendar', () => {
  const d = new Date('2019-08-16T06:22:03+06:00');
  assert.equal(getDate(d), 'শুক্রবার, ১ ভাদ্র, ১৪২৬');
  assert.equal(getDate(d, { format: 'DD/MM/YYYYb' }), '০১/০৫/১৪২৬ (বঙ্গাব্দ)');
  assert.equal(getDate(d, { format: 'D MMMM, YY' }), '১ ভাদ্র, ২৬');
  assert.equal(getDay(d, { format: 'DD' }), '০১');
  assert.equal(getWeekDay(d, { format: 'eee' }), 'শুক্র');
  assert.equal(getMonth(d), 'ভাদ্র');
  assert.equal(getYear(d, { format: 'YYYYb' }), '১৪২৬ (বঙ্গাব্দ)');
  // 'IN' is West Bengal: here the drik almanacs' calendar.
  const jan2 = new Date('2026-01-02T12:00:00+06:00');
  assert.equal(getDate(jan2, { calculationMethod: 'IN' }),
    `শুক্রবার, ${String(toBangla(jan2, { rule: 'wb-drik' }).text).split(' ').slice(0, 2).join(' ')}, ১৪৩২`);
});

test('getDate with rule bd2019 agrees with bangla-calendar "BD" on every day of 2020-2040',
  { skip: banglaCalendar ? false : 'bangla-calendar not installed (npm install)' }, () => {
    const differ = [];
    for (let t = Date.UTC(2020, 0, 1, 6); t <= Date.UTC(2040, 11, 31, 6); t += 86400000) {
      // Noon in Dhaka: the same day in the machine's zone for any zone within ±6 h of UTC.
      const d = new Date(t);
      const old = banglaCalendar.getDate(d, { format: 'D MM YYYY', calculationMethod: 'BD' });
      const now = getDate(d, { format: 'D MM YYYY', rule: 'bd2019' });
      if (old !== now) differ.push(`${d.toISOString().slice(0, 10)}: ${old} / ${now}`);
    }
    assert.deepEqual(differ, []);
  });
