// Node entry point: load the WebAssembly core synchronously from the package's own files (no
// network, no fetch), then export the API.
import { readFileSync } from 'node:fs';
import { initSync } from './pkg/bangla_dateparser_wasm.js';

initSync({
  module: readFileSync(new URL('./pkg/bangla_dateparser_wasm_bg.wasm', import.meta.url)),
});

export {
  BanglaDateError, extract, extractAll, format, parse, parseDate,
  readDocument, ruleChoices, rules, toBangla, toGregorian,
} from './src/api.js';
