// The JavaScript package's records of texts, for the agreement test of the three front ends
// (tools/agreement.py): it reads jobs as JSON on standard input and writes one JSON object per
// line, spans in UTF-16 indices, exactly as the package returns them.
//
//   {"mode": "lines", "reference": R | null, "read_on": D, "texts": [T, …]}
//       one {"input": T, "matches": [MATCH, …], "error"?: ERROR} per text: what `extractAll`
//       returns, the first error only (as the CLI's line mode prints it)
//   {"mode": "document", "reference": R | null, "read_on": D, "text": T}
//       one {"mentions": [MENTION, …], "errors": [ERROR, …]}: what `readDocument` returns
//
// D (`YYYY-MM-DD`, optional) is the day of reading, the `readOn` option (default: today).
// MATCH and MENTION are the package's objects as JSON (their enumerable fields: the library's
// serde form and `text`); ERROR is a BanglaDateError's `{kind, message, span}`.
import { readFileSync } from 'node:fs';
import { BanglaDateError, extractAll, readDocument } from '../index.js';

const error = (e) => ({ kind: e.kind, message: e.message, span: e.span });
const plain = (value) => JSON.parse(JSON.stringify(value));

const jobs = JSON.parse(readFileSync(0, 'utf8'));
const out = [];
for (const job of jobs) {
  const opts = {};
  if (job.reference) opts.reference = job.reference;
  if (job.read_on) opts.readOn = job.read_on;
  if (job.mode === 'lines') {
    for (const input of job.texts) {
      const items = extractAll(input, opts);
      const record = { input, matches: plain(items.filter((i) => !(i instanceof BanglaDateError))) };
      const first = items.find((i) => i instanceof BanglaDateError);
      if (first !== undefined) record.error = error(first);
      out.push(JSON.stringify(record));
    }
  } else {
    const doc = readDocument(job.text, opts);
    out.push(JSON.stringify({ mentions: plain(doc.mentions), errors: doc.errors.map(error) }));
  }
}
process.stdout.write(`${out.join('\n')}\n`);
