import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type Browser } from './support/browser.js';
import { startWebServer, type WebServer } from './support/web-server.js';

describe('the web application is served by the Safehold server', () => {
  let server: WebServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startWebServer();
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it('serves index.html for client-side routes, never cached, and hashed assets cached for a year', async () => {
    const page = await fetch(`${server.origin}/cases/some/client/route`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    const scripts = [...html.matchAll(/src="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) {
      expect(src).toMatch(/^\/assets\/[\w-]+-[\w-]{8}\.js$/);
      const asset = await fetch(`${server.origin}${src}`);
      expect(asset.status).toBe(200);
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    }
    expect(html).not.toMatch(/<script>|<style/);
  });

  it("keeps the first screen's JavaScript under 300 KB compressed", async () => {
    const html = await (await fetch(`${server.origin}/login`)).text();
    const scripts = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]);
    let compressed = 0;
    for (const src of scripts)
      compressed += gzipSync(Buffer.from(await (await fetch(`${server.origin}${src}`)).arrayBuffer())).length;
    console.log(`first screen JavaScript: ${(compressed / 1024).toFixed(1)} KB gzip`);
    expect(compressed).toBeLessThan(300 * 1024);
  });

  it('keeps /api to the API: an unknown API path is a 404, not the page', async () => {
    const res = await fetch(`${server.origin}/api/no-such-route`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).not.toMatch(/text\/html/);
    expect((await fetch(`${server.origin}/assets/missing-00000000.js`)).status).toBe(404);
  });

  it('loads in Chromium with no CSP violation or other console error', async () => {
    await browser.page.goto(`${server.origin}/`);
    await browser.page.getByRole('heading', { level: 1 }).waitFor();
    expect(new URL(browser.page.url()).pathname).toBe('/login');
    // The signed-out session check answers 401, which Chromium logs as a failed resource.
    expect(browser.problems.filter((p) => !/status of 401/.test(p))).toEqual([]);
  });
});
