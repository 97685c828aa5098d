// Browser and bundler entry point: fetch and instantiate the WebAssembly core next to this file
// (top-level await), then export the API.
import init from './pkg/bangla_dateparser_wasm.js';

await init({ module_or_path: new URL('./pkg/bangla_dateparser_wasm_bg.wasm', import.meta.url) });

export {
  BanglaDateError, extract, extractAll, format, parse, parseDate,
  readDocument, ruleChoices, rules, toBangla, toGregorian,
} from './src/api.js';
