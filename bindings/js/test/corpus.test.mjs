// The JS API against the Rust API on the shared corpus of real strings: every line of
// ../shared/corpus/real-dev*.tsv is read by the WebAssembly package and by the library's own
// `convert` example (`--json`: the serde form of the Rust `Match`, with byte spans), and the two
// must give the same records: each match whole (the serde form and its text) and the first
// error (kind, message, span), once the package's UTF-16 spans are made bytes again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BanglaDateError, extractAll } from 'bangla-dateparser';
import { inBytes, READ_ON } from './records.mjs';

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

function convertBinary() {
  execFileSync('cargo', ['build', '-q', '--example', 'convert'], { cwd: root, stdio: 'inherit' });
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
    const args = ['--json', '--read-on', READ_ON, ...(reference ? ['--reference', reference] : [])];
    const input = group.map((r) => r.text).join('\n') + '\n';
    const lines = execFileSync(bin, args, { input, encoding: 'utf8' }).trimEnd().split('\n');
    assert.equal(lines.length, group.length);
    group.forEach((row, i) => {
      const rust = JSON.parse(lines[i]);
      const js = extractAll(row.text, reference ? { reference, readOn: READ_ON } : { readOn: READ_ON });
      const jsMatches = js.filter((x) => !(x instanceof BanglaDateError));
      const jsErrors = js.filter((x) => x instanceof BanglaDateError);
      const where = `${row.id} ${row.text}`;
      // The whole record: the library's serde form and the text, spans made bytes again.
      const bytes = Buffer.from(row.text, 'utf8');
      const theirs = rust.matches.map((r) => ({ ...r, text: bytes.subarray(r.span.start, r.span.end).toString('utf8') }));
      assert.deepEqual(inBytes(row.text, JSON.parse(JSON.stringify(jsMatches))), theirs, where);
      for (const m of jsMatches) assert.equal(row.text.slice(m.start, m.end), m.text, where);
      matches += jsMatches.length;
      if (rust.error) {
        const e = jsErrors[0];
        assert.ok(e, `${where}: Rust reports ${rust.error.message}`);
        const { char_span: _, ...form } = rust.error;
        assert.deepEqual(inBytes(row.text, { kind: e.kind, message: e.message, span: e.span }), form, where);
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
