// Per-call time in Node, bangla-dateparser against date-bengali-revised, bangla-calendar and
// moment's bn-bd locale on the same inputs, in one run (`npm run bench`). Each row also shows
// what each package returned for the first input, so that speed is read beside correctness.
// Also prints the .wasm size, raw and gzipped.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { format, parse, toBangla } from 'bangla-dateparser';

const require = createRequire(import.meta.url);
const Revised = require('date-bengali-revised').default;
const { getDate } = require('bangla-calendar');
const moment = require('moment');
require('moment/locale/bn-bd');

const wasm = readFileSync(new URL('../pkg/bangla_dateparser_wasm_bg.wasm', import.meta.url));
console.log(`wasm: ${wasm.length} bytes raw, ${gzipSync(wasm, { level: 9 }).length} bytes gzipped\n`);

// 4000 consecutive days from 2015-01-01, as ISO strings, {y, m, d} and Dates (noon in Dhaka).
const days = [];
for (let i = 0; i < 4000; i++) {
  const d = new Date(Date.UTC(2015, 0, 1 + i, 6));
  days.push({ iso: d.toISOString().slice(0, 10), y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), date: d });
}

function time(fn, inputs) {
  // Warm up, then time whole passes until at least 300 ms have gone by.
  for (let i = 0; i < 2; i++) for (const x of inputs) fn(x);
  let calls = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0n;
  while (elapsed < 300_000_000n) {
    for (const x of inputs) fn(x);
    calls += inputs.length;
    elapsed = process.hrtime.bigint() - start;
  }
  return Number(elapsed) / calls;
}

function row(task, name, fn, inputs) {
  const ns = time(fn, inputs);
  const shown = fn(inputs[0]);
  console.log(`${task.padEnd(34)} ${name.padEnd(44)} ${(ns / 1000).toFixed(2).padStart(8)} µs   ${shown}`);
}

console.log(`${'task'.padEnd(34)} ${'package / call'.padEnd(44)} ${'per call'.padStart(8)}      first result`);

const task1 = 'Gregorian → Bangabda (4000 days)';
row(task1, 'bangla-dateparser toBangla(iso, bd1987)', (x) => toBangla(x.iso, { rule: 'bd1987' }).text, days);
row(task1, 'bangla-dateparser toBangla(Date, bd2019)', (x) => toBangla(x.date, { rule: 'bd2019' }).text, days);
row(task1, 'bangla-dateparser toBangla(Date, wb-drik)', (x) => toBangla(x.date, { rule: 'wb-drik' }).text, days);
row(task1, 'date-bengali-revised fromGregorian+format', (x) => new Revised().fromGregorian(x.y, x.m, x.d).format('D MMMM Y'), days);
row(task1, 'bangla-calendar getDate(Date)', (x) => getDate(x.date, { format: 'D MMMM YYYY' }), days);

// Reading: the same Bengali datetime text for every package. moment needs the format spelt out.
const header = '০৫:৪১ অপরাহ্ন, শুক্রবার, ০২ জানুয়ারী ২০২৬';
const headers = days.slice(0, 500).map((x) => format(x.iso + 'T17:41', '%I:%M %p, %A, %d %B %Y'));
const task2 = 'parse "hh:mm অপরাহ্ন, weekday, d month y"';
row(task2, 'bangla-dateparser parse(text).datetime', (t) => parse(t).datetime, [header, ...headers]);
row(task2, "moment(text, 'hh:mm A, dddd, DD MMMM YYYY', 'bn-bd')",
  (t) => moment(t, 'hh:mm A, dddd, DD MMMM YYYY', 'bn-bd').format(), [header, ...headers]);

const task3 = 'format a Date in Bengali';
row(task3, "bangla-dateparser format(Date, '%d %B %Y')", (x) => format(x.date, '%d %B %Y'), days);
row(task3, "moment(Date).locale('bn-bd').format('DD MMMM YYYY')", (x) => moment(x.date).locale('bn-bd').format('DD MMMM YYYY'), days);
