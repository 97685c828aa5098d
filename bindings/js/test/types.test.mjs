// The hand-written types (index.d.ts, compat.d.ts) compiled with TypeScript in strict mode
// against test/types-check.ts, which uses every export and expects the wrong uses to fail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('..', import.meta.url));
const tsc = fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url));

test('the types compile in strict mode and reject the wrong uses',
  { skip: existsSync(tsc) ? false : 'typescript not installed (npm install)' }, () => {
    const args = [tsc, '--strict', '--noEmit', '--module', 'nodenext', '--moduleResolution', 'nodenext',
      '--target', 'es2022', '--skipLibCheck', 'false', 'test/types-check.ts'];
    try {
      execFileSync(process.execPath, args, { cwd: here, encoding: 'utf8' });
    } catch (e) {
      assert.fail(`tsc failed:\n${e.stdout}${e.stderr}`);
    }
  });

test('the hand-written types have no `any`', () => {
  for (const file of ['index.d.ts', 'compat.d.ts']) {
    const src = readFileSync(new URL(`../${file}`, import.meta.url), 'utf8')
      .replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
    assert.doesNotMatch(src, /\bany\b/, file);
  }
});
