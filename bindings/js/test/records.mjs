// A helper of the agreement tests (corpus.test.mjs, document.test.mjs), not a test itself.

// The day of reading both sides are given (`readOn`, `--read-on`): one fixed day, so that
// neither reads on its own today (a run across midnight would differ).
export const READ_ON = '2026-12-07';

// A record with UTF-16 spans (every object with integer `start` and `end`) with UTF-8 byte
// spans instead, computed independently of the package.
export function inBytes(text, value) {
  if (Array.isArray(value)) return value.map((v) => inBytes(text, v));
  if (value === null || typeof value !== 'object') return value;
  const out = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inBytes(text, v)]));
  if (Number.isInteger(value.start) && Number.isInteger(value.end)) {
    out.start = Buffer.byteLength(text.slice(0, value.start), 'utf8');
    out.end = Buffer.byteLength(text.slice(0, value.end), 'utf8');
  }
  return out;
}
