import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { WEB_ROOT } from '../src/api/web-assets.js';
import { openBrowser } from '../test/web/support/browser.js';
import { message, signIn } from '../test/web/support/sign-in.js';
import { startWebServer } from '../test/web/support/web-server.js';
import { numberFlags } from './support/flags.js';
import { percentile } from './support/measure.js';
import { int, table, writeResults } from './support/report.js';

// The time to the first useful screen of the web application on localhost, in Debian's
// Chromium, against the built application (`npm run build` first) served by Safehold itself:
//   login       a new visitor: from navigation to the sign-in form ready to type in (cold cache,
//               a fresh browser profile each time)
//   home        a signed-in lawyer: from navigation to the home page with their open cases listed
//               (warm cache, as on every later visit)
//   floor       the same server answering a static file as the whole page: what any page costs
// It also reports the compressed size of the JavaScript the first screen loads.
// npx tsx bench/web-first-screen.ts [--cold 5] [--warm 15]
const flags = numberFlags({ cold: 5, warm: 15 });

if (!existsSync(`${WEB_ROOT}/index.html`)) throw new Error(`no built web application in ${WEB_ROOT}: npm run build`);

const server = await startWebServer();
const lawyer = await server.h.user('lawyer');
const opened = await server.app.inject({
  method: 'POST',
  url: '/api/cases',
  headers: lawyer.headers,
  payload: { client: { label: 'N. B.', identity: { names: [{ script: 'latin', full: 'Nasim Bahrami' }] } } },
});
if (opened.statusCode !== 201) throw new Error(`could not open the case: ${opened.body}`);

const html = await (await fetch(`${server.origin}/login`)).text();
const scripts = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]);
let firstScreenBytes = 0;
for (const src of scripts) {
  firstScreenBytes += gzipSync(Buffer.from(await (await fetch(`${server.origin}${src}`)).arrayBuffer())).length;
}
const staticAsset = html.match(/href="(\/assets\/[^"]+\.css)"/)?.[1];
if (!staticAsset) throw new Error('the page links no stylesheet to use as the floor');

async function timed(page: Page, url: string, ready: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await page.goto(url, { waitUntil: 'commit' });
  await ready();
  return performance.now() - t0;
}

const auth = (key: string) => message('en', 'auth', key);
const times: Record<'login' | 'home' | 'floor', number[]> = { login: [], home: [], floor: [] };

for (let i = 0; i < flags.cold; i += 1) {
  const browser = await openBrowser();
  times.login.push(
    await timed(browser.page, `${server.origin}/`, () => browser.page.getByLabel(auth('username')).waitFor()),
  );
  await browser.close();
}

const browser = await openBrowser();
await browser.page.goto(`${server.origin}/`);
await signIn(browser.page, server, lawyer);
const home = () =>
  browser.page
    .getByRole('link', { name: /N\. B\./ })
    .first()
    .waitFor();
await home();
// One visit to warm the cache, as a returning user's browser is.
await timed(browser.page, `${server.origin}/`, home);
for (let i = 0; i < flags.warm; i += 1) {
  times.home.push(await timed(browser.page, `${server.origin}/`, home));
  times.floor.push(
    await timed(browser.page, `${server.origin}${staticAsset}`, () => browser.page.waitForLoadState('load')),
  );
}
await browser.close();
await server.close();

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { runs: sorted.length, p50Ms: percentile(sorted, 0.5), p95Ms: percentile(sorted, 0.95) };
};
const summary = { login: stats(times.login), home: stats(times.home), floor: stats(times.floor) };
const load = loadavg();
console.log(
  table(
    ['screen', 'runs', 'p50 ms', 'p95 ms', 'p50 vs floor'],
    (['login', 'home', 'floor'] as const).map((k) => [
      k,
      int(summary[k].runs),
      summary[k].p50Ms.toFixed(0),
      summary[k].p95Ms.toFixed(0),
      `${(summary[k].p50Ms / summary.floor.p50Ms).toFixed(1)}x`,
    ]),
  ),
);
console.log(`first screen JavaScript ${(firstScreenBytes / 1024).toFixed(1)} KB gzip (budget 300 KB)`);
console.log(`load average ${load.map((l) => l.toFixed(1)).join(' ')}`);

await writeResults(fileURLToPath(new URL('results/web-first-screen.json', import.meta.url)), {
  benchmark: 'web-first-screen',
  measuredAt: new Date().toISOString(),
  flags,
  machine: { cpus: cpus().length, node: process.version, loadAverage: load },
  firstScreenJavaScriptGzipBytes: firstScreenBytes,
  screens: summary,
  ratios: {
    loginToFloor: summary.login.p50Ms / summary.floor.p50Ms,
    homeToFloor: summary.home.p50Ms / summary.floor.p50Ms,
  },
});
