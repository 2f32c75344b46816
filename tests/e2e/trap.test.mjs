// End-to-end, issue 10 item 6: when the WebAssembly traps (`RuntimeError: unreachable`, what a
// panic or running out of memory ends in), the widget says "The annotator stopped. Your saved
// annotations are safe; reload the page." and stops taking input; an embedded widget's host
// gets an `article-annotator:error` event, and the JS API refuses further calls. The trap is a
// real one (a tiny module executing `unreachable`) reported to the page as an uncaught error,
// as a trap in the widget's own event handlers is. Also: `el.annotations = <an error body>`
// leaves the reader's annotations alone and fires an `error` event; `[]` still clears.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { DIST_DIR, launchBrowser, openWidget, requireDist, startServer } from './harness.mjs';

const STOPPED = 'The annotator stopped. Your saved annotations are safe; reload the page.';

let server;
let browser;
let tmpRoot;

before(async () => {
  requireDist();
  tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-trap-e2e-'));
  fs.cpSync(DIST_DIR, tmpRoot, { recursive: true });
  fs.writeFileSync(
    path.join(tmpRoot, 'embed.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>embed</title>
<link rel="icon" href="data:,"><script type="module" src="article-annotator.js"></script></head>
<body><article-annotator id="w" src="story.txt" article-id="trap-story" colors='{"claim": "url(//evil.example/x.png)", "claim-line": "#1d4ed8"}'></article-annotator></body></html>`,
  );
  fs.writeFileSync(path.join(tmpRoot, 'story.txt'), 'The harbour cranes stood still for the whole night shift.\nDockers said the tides decided everything else.\n');
  server = await startServer({ root: tmpRoot });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (tmpRoot) fs.rmSync(tmpRoot, { recursive: true, force: true });
});

/** Runs a real WebAssembly trap in a later task, uncaught, as a trap in an event handler is. */
const trap = (page) =>
  page.evaluate(() => {
    const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 7, 5, 1, 1, 102, 0, 0, 10, 5, 1, 3, 0, 0, 11]);
    const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes));
    setTimeout(() => instance.exports.f());
  });

test('the standalone page says it stopped after a trap', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openWidget(page, server.url);
  assert.equal(await page.locator('.aa-stopped').isVisible(), false);
  await trap(page);
  await page.locator('.aa-stopped').waitFor({ state: 'visible' });
  assert.equal(await page.locator('.aa-stopped').textContent(), STOPPED);
  assert.equal(await page.locator('#article-annotator').getAttribute('inert'), '', 'the widget takes no more input');
  await context.close();
});

test('an embedded widget says it stopped, the host hears it, the API refuses', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await context.addInitScript(() => {
    window.__errors = [];
    document.addEventListener('article-annotator:error', (e) => window.__errors.push(e.detail));
  });
  await openWidget(page, `${server.url}embed.html`);
  // colors: colours only (the url() is dropped, the hex kept).
  const props = await page.evaluate(() => {
    const root = document.querySelector('.aa-root');
    return [root.style.getPropertyValue('--aa-claim-bg'), root.style.getPropertyValue('--aa-claim-line')];
  });
  assert.deepEqual(props, ['', '#1d4ed8']);

  // An error body set as the annotations changes nothing and is reported; [] still clears.
  const api = await page.evaluate(async () => {
    const el = document.getElementById('w');
    await el.ready;
    el.import({ type: 'Annotation', body: 'urn:article-annotator:category:claim', target: { selector: { type: 'TextQuoteSelector', exact: 'harbour cranes' } } });
    const before = el.annotations.length;
    el.annotations = { error: 'Service Unavailable', status: 503 };
    const afterError = el.annotations.length;
    const errors = window.__errors.map((e) => e.message);
    el.annotations = [];
    return { before, afterError, errors, afterEmpty: el.annotations.length };
  });
  assert.equal(api.before, 1);
  assert.equal(api.afterError, 1, 'an error body leaves the annotations alone');
  assert.equal(api.errors.length, 1);
  assert.match(api.errors[0], /not replaced/);
  assert.equal(api.afterEmpty, 0, '[] still clears');

  await trap(page);
  await page.locator('article-annotator .aa-stopped').waitFor();
  assert.equal(await page.locator('article-annotator .aa-stopped').textContent(), STOPPED);
  const after = await page.evaluate(() => {
    const el = document.getElementById('w');
    let refused = null;
    try {
      el.annotations;
    } catch (err) {
      refused = err.message;
    }
    return { errors: window.__errors.map((e) => e.message), refused };
  });
  assert.equal(after.errors.at(-1), STOPPED);
  assert.match(after.refused, /stopped/);
  await context.close();
});
