// The browser check of Paragraf's published pages (docs/publishing.md): each page opened from
// its file in Debian's chromium, headless, and
//   - axe-core at WCAG 2.1 A and AA: no violations, at a desk's width and at a phone's;
//   - no horizontal scrolling at 320 CSS pixels (WCAG 1.4.10);
//   - no request but the page itself (no script, style sheet, font or image from anywhere);
//   - the Nu HTML Checker (vnu.jar, on Java): no errors.
// node check-pages.mjs [--screenshots DIR NAME] PAGE.html ...
// Screenshots of the first page, 1280 and 375 wide, as DIR/NAME-1280.png and DIR/NAME-375.png.
import { AxePuppeteer } from '@axe-core/puppeteer';
import puppeteer from 'puppeteer-core';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
let screenshots = null;
if (args[0] === '--screenshots') {
  screenshots = { dir: args[1], name: args[2] };
  args.splice(0, 3);
}
const pages = args.map((p) => resolve(p));
if (pages.length === 0) {
  console.error('check-pages: no pages given');
  process.exit(2);
}

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const failures = [];
const fail = (page, what) => failures.push(`${page}: ${what}`);

const profile = mkdtempSync(join(tmpdir(), 'paragraf-chromium-'));
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  userDataDir: profile,
  args: [
    ...(process.getuid && process.getuid() === 0 ? ['--no-sandbox'] : []),
    '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
  ],
});

async function check(file, index) {
  const url = pathToFileURL(file).href;
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url() === url) request.continue();
    else {
      fail(file, `requested ${request.url()}`);
      request.abort();
    }
  });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  for (const width of [1280, 320]) {
    await page.setViewport({ width, height: 900 });
    await page.goto(url, { waitUntil: 'load' });
    const results = await new AxePuppeteer(page).withTags(tags).analyze();
    for (const v of results.violations)
      fail(file, `axe at ${width} px: ${v.id} (${v.impact}): ${v.help}; ` +
        v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | '));
    if (width === 320) {
      const wide = await page.evaluate(() => ({
        document: document.documentElement.scrollWidth,
        body: document.body.scrollWidth,
      }));
      if (wide.document > 320 || wide.body > 320)
        fail(file, `scrolls sideways at 320 px: scrollWidth ${wide.document} / ${wide.body}`);
    }
  }
  if (screenshots && index === 0) {
    for (const [width, height] of [[1280, 900], [375, 812]]) {
      await page.setViewport({ width, height });
      await page.goto(url, { waitUntil: 'load' });
      await page.screenshot({ path: join(screenshots.dir, `${screenshots.name}-${width}.png`) });
    }
  }
  for (const e of errors) fail(file, `script error: ${e}`);
  await page.close();
}

try {
  for (const [index, file] of pages.entries()) await check(file, index);
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}

// The Nu HTML Checker, errors only (warnings are advice).
const vnu = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
try {
  execFileSync('java', ['-jar', vnu, '--errors-only', '--format', 'gnu', ...pages],
    { stdio: ['ignore', 'pipe', 'pipe'] });
} catch (error) {
  const said = `${error.stdout || ''}${error.stderr || ''}`.trim();
  fail('vnu', said || error.message);
}

for (const f of failures) console.log(`FAIL ${f}`);
console.log(`check-pages: ${pages.length} pages, ${failures.length} problems`);
process.exit(failures.length === 0 ? 0 : 1);
