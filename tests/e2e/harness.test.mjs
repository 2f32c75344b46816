// Self-test of harness.mjs on a small fixture page, so the helpers the widget
// tests rely on (static server, real mouse selection) are known to be right
// independently of the widget. Needs Chromium, not dist/.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launchBrowser, selectTextByMouse, startServer, textOffsetPoints } from './harness.mjs';

// Mixed inline elements, a curly quote and an astral character (two UTF-16 units)
// so code-point offsets and UTF-16 offsets differ.
const FIXTURE = `<!doctype html>
<html><head><meta charset="utf-8"><title>fixture</title>
<style>body { font: 18px/1.6 sans-serif; margin: 16px; width: 600px; } .a { background: #ff0; }</style>
</head><body>
<p id="p"><span>Peace in Ukraine remains </span><mark class="a">as elusive 🕊 as ever</mark><span> after Putin’s call, </span><mark class="a">he said.</mark></p>
<script>document.body.dataset.ok = 'yes'</script>
</body></html>`;

let dir;
let server;
let browser;

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-harness-'));
  fs.writeFileSync(path.join(dir, 'index.html'), FIXTURE);
  fs.writeFileSync(path.join(dir, 'm.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
  fs.writeFileSync(path.join(dir, 's.css'), 'p{}');
  fs.writeFileSync(path.join(dir, 'x.js'), '1');
  server = await startServer({
    root: dir,
    basePath: '/news/widget',
    headers: { 'Content-Security-Policy': "default-src 'self'" },
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('harness', () => {
  test('static server: base path, MIME types, extra headers, 404s', async () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/news\/widget\/$/);
    const get = (p) => fetch(server.origin + p, { redirect: 'manual' });

    const index = await get('/news/widget/');
    assert.equal(index.status, 200);
    assert.equal(index.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(index.headers.get('content-security-policy'), "default-src 'self'");

    for (const [file, type] of [
      ['m.wasm', 'application/wasm'],
      ['s.css', 'text/css; charset=utf-8'],
      ['x.js', 'text/javascript; charset=utf-8'],
    ]) {
      const res = await get(`/news/widget/${file}`);
      assert.equal(res.status, 200, file);
      assert.equal(res.headers.get('content-type'), type, file);
    }
    assert.equal((await get('/news/widget')).status, 301, 'base path without slash redirects');
    assert.equal((await get('/index.html')).status, 404, 'nothing outside the base path');
    assert.equal((await get('/news/widget/nope.js')).status, 404);
    assert.equal((await get('/news/widget/..%2f..%2fetc%2fpasswd')).status, 403, 'no path traversal');
  });

  test('selectTextByMouse selects exactly the requested code points by dragging', async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
    try {
      await page.goto(server.url);
      // The CSP header from startServer({headers}) is enforced: the inline script did not run.
      assert.equal(await page.evaluate(() => document.body.dataset.ok), undefined);
      const text = await page.locator('#p').evaluate((p) => p.textContent);
      const cps = [...text];
      const cases = [
        [0, 5], // "Peace"
        [9, 16], // "Ukraine"
        [17, 40], // across a span/mark boundary and the astral dove
        [26, cps.length], // to the very end, across several elements
        [cps.indexOf('’') - 5, cps.indexOf('’') + 2], // around a curly quote
      ];
      for (const [s, e] of cases) {
        await page.mouse.click(5, 590); // clear the previous selection
        const r = await selectTextByMouse(page, '#p', s, e);
        const want = cps.slice(s, e).join('');
        assert.equal(r.expected, want, `expected text for ${s}..${e}`);
        assert.equal(r.selected, want, `selection for ${s}..${e}`);
      }
      // UTF-16 offsets are available too.
      const u = await textOffsetPoints(page, page.locator('#p'), 0, 5, { unit: 'utf16' });
      assert.equal(u.expected, 'Peace');
    } finally {
      await page.close();
    }
  });
});
