// The demo page in a real headless Chromium (the Debian package, driven by playwright-core),
// served from this folder by scripts/serve.mjs. Leaves test-output/demo.png for a reviewer.
//
// Runs when Chromium is installed (/usr/bin/chromium, or CHROMIUM_PATH); skipped with a message
// otherwise, since CI machines start without it. BANGLA_DATE_BROWSER=1 makes a missing
// Chromium a failure (`npm run test:browser`; .ci/run installs it first when that is set).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../scripts/serve.mjs';

const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const required = process.env.BANGLA_DATE_BROWSER === '1';
const skip = !existsSync(chromiumPath) && !required
  ? `no Chromium at ${chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH; BANGLA_DATE_BROWSER=1 to require it)`
  : false;

const HEADER = '০৫:৪১ অপরাহ্ন, শুক্রবার, ০২ জানুয়ারী ২০২৬, ১৯ পৌষ ১৪৩২ বঙ্গাব্দ';

test('the demo page highlights the seed header and shows a day in every rule', { skip, timeout: 120000 }, async () => {
  assert.ok(existsSync(chromiumPath), `Chromium required but not found at ${chromiumPath}`);
  const { chromium } = await import('playwright-core');
  const { server, url } = await serve(0);
  const profile = mkdtempSync(join(tmpdir(), 'bangla-demo-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run',
    ],
    viewport: { width: 1100, height: 900 },
  });
  const outside = [];
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    // No network at run time: anything not from the local server is refused and recorded.
    await page.route('**/*', (route) => {
      if (route.request().url().startsWith(url)) return route.continue();
      outside.push(route.request().url());
      return route.abort();
    });
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await page.goto(`${url}/demo/`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });

    const marks = await page.$$eval('#highlighted mark', (ms) =>
      ms.map((m) => ({ text: m.textContent, cls: m.className, iso: m.dataset.iso ?? null, kind: m.dataset.kind ?? null })));
    assert.equal(marks[0].text, HEADER);
    assert.equal(marks[0].iso, '2026-01-02T17:41:00+06:00');
    assert.match(marks[0].cls, /warned/); // bangla-other-rule
    const row = await page.$$eval('#matches tbody tr:first-child td', (tds) => tds.map((td) => td.textContent));
    assert.equal(row[1], '2026-01-02T17:41:00+06:00');
    assert.equal(row[2], 'bd1987');
    assert.match(row[3], /^bangla-other-rule: /);
    // The invalid date of the sample is marked as such, not dropped.
    const invalid = marks.find((m) => m.cls === 'invalid');
    assert.ok(invalid.text.startsWith('৩২'), invalid.text);
    assert.equal(invalid.kind, 'day-out-of-range');
    // দিবাগত রাত with the page's reference (29 Dec 2025): Monday 02:30.
    assert.ok(marks.some((m) => m.iso === '2025-12-29T02:30:00+06:00'), JSON.stringify(marks));

    const rules = await page.$$eval('#rules tbody tr', (trs) =>
      Object.fromEntries(trs.map((tr) => [tr.dataset.rule, tr.querySelector('.bangla')?.textContent])));
    assert.equal(Object.keys(rules).length, 6);
    assert.equal(rules.bd2019, '১৮ পৌষ ১৪৩২ বঙ্গাব্দ');
    assert.equal(rules.bd1987, '১৯ পৌষ ১৪৩২ বঙ্গাব্দ');
    // The page as a reviewer first sees it.
    const dir = fileURLToPath(new URL('../test-output/', import.meta.url));
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: join(dir, 'demo.png'), fullPage: true });
    console.log(`# screenshot: ${join(dir, 'demo.png')}`);

    // Picking another day updates the table: Poila Boishakh 1433 in West Bengal.
    await page.fill('#gregorian', '2026-04-15');
    await page.waitForFunction(() =>
      document.querySelector('#rules tr[data-rule="wb-drik"] .bangla')?.textContent === '১ বৈশাখ ১৪৩৩ বঙ্গাব্দ');

    // Typing new text re-highlights it.
    await page.fill('#text', `শিরোনাম ${HEADER}`);
    await page.waitForFunction((h) => document.querySelector('#highlighted mark')?.textContent === h, HEADER);

    assert.deepEqual(pageErrors, []);
    assert.deepEqual(outside, []);
  } finally {
    await context.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
