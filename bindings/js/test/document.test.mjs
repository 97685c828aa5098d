// Document mode (readDocument) on known facts, and against the Rust library's own document mode
// (`convert --document --json`, byte spans) on the shared annotated articles
// (../shared/corpus/articles/D*.txt): the same records, mention by mention and error by error,
// once the package's UTF-16 spans are made bytes again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BanglaDateError, readDocument } from 'bangla-dateparser';
import { inBytes, READ_ON } from './records.mjs';

// The README's example (values stated there), after an emoji so that UTF-16 indices and UTF-8
// offsets differ.
const STORY = '😀 বুধবার (১২ জুন) সকালে মিছিল হয়। পরদিন সন্ধ্যা ৭টায় সমাবেশ। '
  + 'গভীর রাতে তা শেষ হয়। তিন দিন ধরে প্রতি শুক্রবার এমন হবে।';

test('a story: values, UTF-16 spans, back-references, day parts, durations, recurrences', () => {
  const doc = readDocument(STORY, { reference: '2024-06-14T09:00' });
  assert.deepEqual(doc.errors, []);
  const ms = doc.mentions;
  assert.deepEqual(ms.map((m) => m.value),
    ['2024-06-12TMO', '2024-06-13T19:00', '2024-06-13TNI', 'P3D', 'XXXX-WXX-5']);
  assert.deepEqual(ms.map((m) => m.kind.type), ['point', 'point', 'point', 'duration', 'set']);
  for (const m of ms) assert.equal(STORY.slice(m.start, m.end), m.text);
  assert.equal(ms[0].start, STORY.indexOf('বুধবার'));

  // বুধবার (১২ জুন) সকালে: a day with a day part, no invented clock time.
  assert.equal(ms[0].date, '2024-06-12');
  assert.equal(ms[0].time, null);
  assert.equal(ms[0].period, 'morning');
  // পরদিন সন্ধ্যা ৭টায়: the day after the mention before it, 19:00 in Dhaka (UTC+6).
  const next = ms[1];
  assert.equal(next.datetime, '2024-06-13T19:00:00+06:00');
  assert.equal(next.toDate().toISOString(), '2024-06-13T13:00:00.000Z');
  assert.equal(next.time, '19:00:00');
  assert.equal(next.anchor.to, 'mention');
  assert.equal(next.anchor.rule, 'back-reference');
  assert.equal(next.anchor.days, 1);
  assert.equal(STORY.slice(next.anchor.from.start, next.anchor.from.end), ms[0].text);
  // গভীর রাতে: a day part alone keeps its paragraph's last day.
  assert.equal(ms[2].date, '2024-06-13');
  assert.equal(ms[2].time, null);
  // তিন দিন and প্রতি শুক্রবার are not dates.
  assert.deepEqual(ms[3].kind, { type: 'duration', years: 0, months: 0, weeks: 0, days: 3, hours: 0, minutes: 0, seconds: 0 });
  assert.equal(ms[3].date, null);
  assert.equal(ms[3].toDate(), null);
  assert.deepEqual(ms[4].kind, { type: 'set', weekday: 'Fri', nth_of_month: null });
  assert.deepEqual(ms[4].anchor, { to: 'written' });
});

test('a bare hour after a time of its sentence is the next such hour, and says so; a full date anchors to itself', () => {
  const text = '১৫ আগস্ট ১৯৭৫ সালে ঘটনাটি ঘটে। ১২ জুন ২০২৪ বিকেল ৩টায় সভা, চলবে ৫টা পর্যন্ত।';
  const ms = readDocument(text).mentions;
  assert.equal(ms[0].value, '1975-08-15');
  assert.deepEqual(ms[0].anchor, { to: 'written' });
  assert.deepEqual(ms[0].assumptions, []);
  assert.equal(ms[1].value, '2024-06-12T15:00');
  // ৫টা alone: the day of its sentence, and 17:00 (the first 5 o'clock after 15:00) rather than
  // 05:00, flagged as assumed.
  const five = ms[2];
  assert.equal(five.text, '৫টা');
  assert.equal(five.value, '2024-06-12T17:00');
  assert.deepEqual(five.assumptions, ['after-previous']);
  assert.equal(five.anchor.rule, 'sentence');
  assert.equal(text.slice(five.anchor.from.start, five.anchor.from.end), ms[1].text);
});

test("a mention's warnings are the library's, worded by it", () => {
  const text = 'শনিবার, ২ জানুয়ারি ২০২৬ সভা হয়।'; // 2 January 2026 was a Friday
  const [m] = readDocument(text).mentions;
  assert.deepEqual(m.warnings.map((w) => w.kind), ['weekday-mismatch']);
  assert.equal(m.warnings[0].written, 'Sat');
  assert.match(m.warnings[0].message, /contradicts the date, which is a শুক্রবার \(Fri\)/);
  assert.equal(text.slice(m.warnings[0].span.start, m.warnings[0].span.end), 'শনিবার');
  assert.deepEqual(m.expression.warnings.map((w) => [w.kind, w.message]), m.warnings.map((w) => [w.kind, w.message]));
});

test('invalid expressions are errors of the document, not thrown; bad options throw', () => {
  const text = 'খবর 😀 ৩২ জানুয়ারি ২০২৪ তারিখে, পরে ১২ জুন ২০২৪।';
  const doc = readDocument(text);
  assert.equal(doc.errors.length, 1);
  const [e] = doc.errors;
  assert.ok(e instanceof BanglaDateError);
  assert.equal(e.kind, 'day-out-of-range');
  assert.ok(text.slice(e.start, e.end).includes('৩২'));
  assert.deepEqual(doc.mentions.map((m) => m.value), ['2024-06-12']);
  assert.throws(() => readDocument(text, { prefer: 'soon' }), { name: 'BanglaDateError', kind: 'invalid-options' });
  assert.throws(() => readDocument(42), TypeError);
});

// ---- the shared articles, against the Rust library ----

const root = fileURLToPath(new URL('../../../', import.meta.url));
const articlesDir = process.env.BANGLA_DATE_ARTICLES
  || join(root, '..', 'shared', 'corpus', 'articles');
const articles = existsSync(articlesDir)
  ? readdirSync(articlesDir).filter((f) => /^D\d+\.txt$/.test(f)).sort()
  : [];

// The publication moment of each article, from annotations.tsv, as tests/articles.rs reads it:
// a day alone stands at noon, a month alone at noon on its first day.
function references() {
  const out = new Map();
  const file = join(articlesDir, 'annotations.tsv');
  if (!existsSync(file)) return out;
  const [head, ...lines] = readFileSync(file, 'utf8').split('\n');
  const cols = head.split('\t');
  const id = cols.indexOf('article');
  const ref = cols.indexOf('reference');
  for (const line of lines) {
    const cells = line.split('\t');
    const r = cells[ref];
    if (!cells[id] || !r || out.has(cells[id])) continue;
    if (/^\d{4}-\d\d-\d\dT\d\d:\d\d$/.test(r)) out.set(cells[id], r);
    else if (/^\d{4}-\d\d-\d\d$/.test(r)) out.set(cells[id], `${r}T12:00`);
    else if (/^\d{4}-\d\d$/.test(r)) out.set(cells[id], `${r}-01T12:00`);
  }
  return out;
}

// The instant an RFC 3339 string names, in epoch ms. Not Date.parse: the offsets of old dates
// (local mean time, `+05:53:20`) carry seconds, which Date.parse does not read.
function instant(rfc3339) {
  const m = /^(.*?)([+-])(\d\d):(\d\d)(?::(\d\d))?$/.exec(rfc3339);
  const local = Date.parse(`${m[1]}Z`);
  const offset = (Number(m[3]) * 3600 + Number(m[4]) * 60 + Number(m[5] ?? 0)) * 1000;
  return m[2] === '+' ? local - offset : local + offset;
}

function hasCargo() {
  try {
    execFileSync('cargo', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const skip = articles.length === 0
  ? `no D*.txt in ${articlesDir} (the shared articles live outside the repository)`
  : !hasCargo() ? 'cargo not found: the Rust side of the comparison needs it' : false;

test('JS and Rust read the shared articles into the same mentions', { skip }, () => {
  execFileSync('cargo', ['build', '-q', '--example', 'convert'], { cwd: root, stdio: 'inherit' });
  const target = process.env.CARGO_TARGET_DIR || join(root, 'target');
  const bin = join(target, 'debug', 'examples', process.platform === 'win32' ? 'convert.exe' : 'convert');
  const refs = references();
  let total = 0;
  for (const file of articles) {
    const id = file.replace(/\.txt$/, '');
    const text = readFileSync(join(articlesDir, file), 'utf8');
    const reference = refs.get(id);
    const args = ['--document', '--json', '--read-on', READ_ON, ...(reference ? ['--reference', reference] : [])];
    const rust = JSON.parse(execFileSync(bin, args, { input: text, encoding: 'utf8' }));
    const doc = readDocument(text, reference ? { reference, readOn: READ_ON } : { readOn: READ_ON });
    // The whole records: the library's serde form and the text, spans made bytes again.
    assert.deepEqual(inBytes(text, JSON.parse(JSON.stringify(doc.mentions))), rust.mentions, id);
    for (const m of doc.mentions) assert.equal(text.slice(m.start, m.end), m.text, id);
    assert.deepEqual(
      inBytes(text, doc.errors.map((e) => ({ kind: e.kind, message: e.message, span: e.span }))),
      rust.errors.map(({ char_span: _, ...form }) => form),
      `${id}: errors`,
    );
    // Each mention's Date is its datetime's instant, offset seconds and all.
    for (const m of doc.mentions) {
      if (m.datetime !== null) assert.equal(m.toDate().getTime(), instant(m.datetime), `${id} ${m.text}`);
    }
    total += doc.mentions.length;
  }
  assert.ok(total > 100, `only ${total} mentions compared`);
});
