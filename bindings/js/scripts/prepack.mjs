// `prepack`: run by `npm pack` and `npm publish` before the tarball is made, so that a package is
// never made without its WebAssembly. It builds (or brings up to date) pkg/ from the Rust sources,
// then checks that every file package.json's "files" names exists and is not empty; a missing one
// stops the packing with its name.

import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(dirname(fileURLToPath(import.meta.url)));

if (process.env.BANGLA_DATE_PREPACK_NO_BUILD !== '1') {
  // The build skips what is done already; cargo rebuilds only what changed. Its progress goes to
  // standard error: standard output is npm's (`npm pack --json` prints the file list there).
  execFileSync(process.execPath, [join(here, 'scripts', 'build.mjs'), '--no-install'], {
    stdio: ['ignore', 2, 2],
  });
}

const { files } = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'));
const missing = files.filter((f) => {
  try {
    return statSync(join(here, f)).size === 0;
  } catch {
    return true;
  }
});
if (missing.length > 0) {
  console.error(`prepack: the package would lack ${missing.join(', ')}; run \`npm run build\` (needs Rust) first`);
  process.exit(1);
}
