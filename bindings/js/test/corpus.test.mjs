// The JS API against the Rust API on the shared corpus of real strings: every line of
// ../shared/corpus/real-dev*.tsv is read by the WebAssembly package and by the library's own
// `convert` example (`--json`: the serde form of the Rust `Match`, with byte spans), and the two
// must agree on every match's span (converted here from UTF-8 bytes to UTF-16), date, time,
// datetime, Bangabda date and rule, role, warnings with their spans, and on the first error,
// its message and its span.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BanglaDateError, extractAll } from 'bangla-dateparser';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const corpusDir = process.env.BANGLA_DATE_CORPUS || join(root, '..', 'shared', 'corpus');
const files = existsSync(corpusDir)
  ? readdirSync(corpusDir).filter((f) => /^real-dev.*\.tsv$/.test(f)).sort()
  : [];

function rows() {
  const out = [];
  for (const file of files) {
    const [head, ...lines] = readFileSync(join(corpusDir, file), 'utf8').split('\n');
    const cols = head.split('\t');
    const textCol = cols.indexOf('text');
    const refCol = cols.indexOf('reference');
    for (const line of lines) {
      if (!line.trim()) continue;
      const cells = line.split('\t');
      out.push({
        id: `${file}:${cells[0]}`,
        text: cells[textCol],
        reference: refCol >= 0 && cells[refCol] ? cells[refCol] : null,
      });
    }
  }
  // The corpus is valid text; these invalid lines (after emoji and Bengali, so that UTF-16 and
  // UTF-8 offsets differ) make the error half of the comparison run too.
  for (const text of [
    '😀 ৩২ জানুয়ারি',
    'খবর: ৩০ ফেব্রুয়ারি ২০২৬ সকাল ১০টা',
    '🇧🇩 ৩১ ফাল্গুন ১৪৩২ বঙ্গাব্দ, এবং ২৮ ডিসেম্বর ২০২৫',
    'সময় ২৫:১০',
  ]) {
    out.push({ id: 'invalid', text, reference: null });
  }
  return out;
}

// UTF-8 byte offset in `text` → UTF-16 index, computed independently of the package.
function utf16(text, byte) {
  return Buffer.from(text, 'utf8').subarray(0, byte).toString('utf8').length;
}

function convertBinary() {
  execFileSync('cargo', ['build', '-q', '--features', 'serde', '--example', 'convert'], { cwd: root, stdio: 'inherit' });
  const target = process.env.CARGO_TARGET_DIR || join(root, 'target');
  return join(target, 'debug', 'examples', process.platform === 'win32' ? 'convert.exe' : 'convert');
}

function hasCargo() {
  try {
    execFileSync('cargo', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const skip = files.length === 0
  ? `no real-dev*.tsv in ${corpusDir} (the shared corpus lives outside the repository)`
  : !hasCargo() ? 'cargo not found: the Rust side of the comparison needs it' : false;

test('JS and Rust agree on every line of the real-dev corpus', { skip }, () => {
  const all = rows();
  const bin = convertBinary();
  // One convert process per distinct reference (batch mode takes one for all its lines).
  const groups = new Map();
  for (const row of all) {
    const key = row.reference ?? '';
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(row);
  }
  let matches = 0;
  let errors = 0;
  for (const [reference, group] of groups) {
    const args = ['--json', ...(reference ? ['--reference', reference] : [])];
    const input = group.map((r) => r.text).join('\n') + '\n';
    const lines = execFileSync(bin, args, { input, encoding: 'utf8' }).trimEnd().split('\n');
    assert.equal(lines.length, group.length);
    group.forEach((row, i) => {
      const rust = JSON.parse(lines[i]);
      const js = extractAll(row.text, reference ? { reference } : undefined);
      const jsMatches = js.filter((x) => !(x instanceof BanglaDateError));
      const jsErrors = js.filter((x) => x instanceof BanglaDateError);
      const where = `${row.id} ${row.text}`;
      assert.equal(jsMatches.length, rust.matches.length, where);
      rust.matches.forEach((r, k) => {
        const m = jsMatches[k];
        assert.equal(m.start, utf16(row.text, r.span.start), where);
        assert.equal(m.end, utf16(row.text, r.span.end), where);
        assert.equal(row.text.slice(m.start, m.end), m.text, where);
        const date = m.year !== null && m.month !== null && m.day !== null && m.iso !== null
          ? m.iso.slice(0, 10) : null;
        assert.equal(date, r.date, where);
        assert.deepEqual([m.year, m.month, m.day], [r.year, r.month, r.day], where);
        const pad = (n) => String(n).padStart(2, '0');
        const time = m.time ? `${pad(m.time.hour)}:${pad(m.time.minute)}:${pad(m.time.second)}` : null;
        assert.equal(time, r.time, where);
        if (r.datetime !== null) {
          assert.equal(m.iso, r.datetime, where);
          assert.equal(m.date.getTime(), Date.parse(r.datetime), where);
        }
        assert.deepEqual(
          m.bangla ? [m.bangla.year, m.bangla.month, m.bangla.day, m.bangla.rule] : null,
          r.bangla ? [r.bangla.year, r.bangla.month, r.bangla.day, r.bangla.rule] : null,
          where,
        );
        assert.equal(m.approximateDate, r.approximate_date, where);
        assert.equal(m.role, r.role, where);
        assert.equal(m.approximate, r.approximate, where);
        assert.deepEqual(
          m.warnings.map((w) => [w.code, w.start, w.end]),
          r.warnings.map((w) => [
            w.kind,
            w.span ? utf16(row.text, w.span.start) : null,
            w.span ? utf16(row.text, w.span.end) : null,
          ]),
          where,
        );
        matches += 1;
      });
      if (rust.error) {
        const e = jsErrors[0];
        assert.ok(e, `${where}: Rust reports ${rust.error.message}`);
        const span = rust.error.span;
        assert.equal(e.start, span ? utf16(row.text, span.start) : null, where);
        assert.equal(e.end, span ? utf16(row.text, span.end) : null, where);
        const at = span ? ` (at bytes ${span.start}..${span.end})` : '';
        assert.equal(`${e.message}${at}`, rust.error.message, where);
        errors += 1;
      } else {
        assert.equal(jsErrors.length, 0, where);
      }
    });
  }
  // The corpus is real text full of dates: an empty comparison would prove nothing.
  assert.ok(matches > all.length / 2, `only ${matches} matches in ${all.length} lines`);
  assert.ok(errors >= 3, `only ${errors} errors compared`);
  console.log(`# corpus: ${all.length} lines, ${matches} matches and ${errors} errors agree`);
});
