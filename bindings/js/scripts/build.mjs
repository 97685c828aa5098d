// `npm run build`: everything needed to turn the Rust crate into pkg/, on a machine with only
// Rust (rustup, cargo) and Node. Steps, each skipped when already done:
//   0. npm ci, for the devDependencies (tests, bench);
//   1. the wasm32-unknown-unknown target (rustup target add);
//   2. wasm-bindgen-cli at exactly the version of the wasm-bindgen crate in Cargo.lock (the CLI
//      and the crate must agree), installed with cargo into bindings/js/.tools/;
//   3. cargo build --release for wasm32, tuned for size (LTO, opt-level s) through the
//      environment, so the workspace's release profile stays the library's own;
//   4. wasm-bindgen --target web into pkg/ (one ES module that both Node and browsers load).
// No wasm-opt: it is a prebuilt download outside the package registries.
//
// The .wasm carries the tz histories of Asia/Dhaka, Asia/Kolkata and UTC only (0.5 MB instead of
// 1.4 MB); BANGLA_DATE_ALL_ZONES=1 builds it with every zone of the tz database.
// `--no-install` skips step 0 (used by `npm pack`'s prepack, which needs no devDependencies).

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(dirname(fileURLToPath(import.meta.url)));
const root = join(here, '..', '..');
const TARGET = 'wasm32-unknown-unknown';
const tools = join(here, '.tools');
const cli = join(tools, 'bin', process.platform === 'win32' ? 'wasm-bindgen.exe' : 'wasm-bindgen');

function run(cmd, args, opts = {}) {
  console.log(`> ${cmd} ${args.join(' ')}`);
  execFileSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts });
}

function output(cmd, args) {
  try {
    return execFileSync(cmd, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return null;
  }
}

// 0. The devDependencies the tests and the bench use (the package itself has no dependencies).
if (!process.argv.includes('--no-install') && !existsSync(join(here, 'node_modules'))) {
  run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['ci', '--no-audit', '--no-fund'], { cwd: here });
}

// 1. The target.
const installed = output('rustup', ['target', 'list', '--installed']);
if (installed === null) {
  console.log('rustup not found; assuming the wasm32-unknown-unknown target is installed');
} else if (!installed.split('\n').includes(TARGET)) {
  run('rustup', ['target', 'add', TARGET]);
}

// 2. The CLI, matching the crate. Cargo.lock may not name wasm-bindgen yet on a fresh clone
// whose lock file predates the bindings: resolve it first.
function lockedVersion() {
  const lock = readFileSync(join(root, 'Cargo.lock'), 'utf8');
  const m = lock.match(/\[\[package\]\]\nname = "wasm-bindgen"\nversion = "([^"]+)"/);
  return m ? m[1] : null;
}
if (lockedVersion() === null) run('cargo', ['generate-lockfile']);
const version = lockedVersion();
if (version === null) throw new Error('wasm-bindgen is not in Cargo.lock');
const have = existsSync(cli) ? output(cli, ['--version']) : null;
if (have === null || have.trim() !== `wasm-bindgen ${version}`) {
  // Not --locked: the CLI's own lock file names a webpki-roots release some registry mirrors
  // do not carry; any semver-compatible set of its dependencies builds the same CLI.
  // --no-default-features drops TLS (rustls, ring), which only its test runner's downloads use.
  run('cargo', ['install', 'wasm-bindgen-cli', '--version', `=${version}`, '--no-default-features',
    '--root', tools]);
}

// 3. The .wasm.
const allZones = process.env.BANGLA_DATE_ALL_ZONES === '1';
const zoneFilter = allZones
  ? {}
  : { CHRONO_TZ_TIMEZONE_FILTER: '^(Asia/Dhaka|Asia/Dacca|Asia/Kolkata|Asia/Calcutta|UTC|Etc/UTC)$' };
const { CHRONO_TZ_TIMEZONE_FILTER: _ignored, ...inherited } = process.env;
run('cargo', ['build', '-p', 'bangla-dateparser-wasm', '--release', '--target', TARGET], {
  env: {
    ...inherited,
    CARGO_PROFILE_RELEASE_LTO: 'true',
    CARGO_PROFILE_RELEASE_OPT_LEVEL: 's',
    CARGO_PROFILE_RELEASE_CODEGEN_UNITS: '1',
    CARGO_PROFILE_RELEASE_PANIC: 'abort',
    CARGO_PROFILE_RELEASE_DEBUG: 'false',
    // Only these zones' histories go into the .wasm (see chrono-tz in Cargo.toml), unless
    // BANGLA_DATE_ALL_ZONES=1.
    ...zoneFilter,
  },
});

// 4. The JS glue.
const targetDir = process.env.CARGO_TARGET_DIR || join(root, 'target');
const wasm = join(targetDir, TARGET, 'release', 'bangla_dateparser_wasm.wasm');
mkdirSync(join(here, 'pkg'), { recursive: true });
run(cli, ['--target', 'web', '--no-typescript', '--out-dir', join(here, 'pkg'), wasm]);

const out = join(here, 'pkg', 'bangla_dateparser_wasm_bg.wasm');
const raw = statSync(out).size;
const gz = gzipSync(readFileSync(out), { level: 9 }).length;
console.log(`pkg/bangla_dateparser_wasm_bg.wasm: ${raw} bytes raw, ${gz} bytes gzipped` +
  (allZones ? ' (every tz zone)' : ' (zones: Asia/Dhaka, Asia/Kolkata, UTC)'));
