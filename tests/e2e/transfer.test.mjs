// End-to-end: export as W3C JSON-LD (download and clipboard), clear storage, import the file back,
// and refuse hostile files with a clear message.
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { after, before, test } from 'node:test';

import { fileTransfer, launchBrowser, openWidget, readSeed, requireDist, selectTextByMouse, startServer } from './harness.mjs';

let server;
let browser;
before(async () => {
  requireDist();
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const mine = (page) => page.locator('.aa-item[data-origin="reader"]');

async function annotate(page, n, needle, category, note) {
  const p = page.locator(`.aa-paragraph[data-paragraph="${n}"]`);
  const text = await p.evaluate((e) => e.textContent);
  const start = [...text.slice(0, text.indexOf(needle))].length;
  await selectTextByMouse(page, p, start, start + [...needle].length);
  await page.locator('.aa-menu').waitFor();
  await page.locator('.aa-menu textarea').fill(note);
  await page.locator('.aa-menu').getByRole('button', { name: new RegExp(category) }).click();
  await page.locator('.aa-menu').waitFor({ state: 'detached' });
}

/** The W3C rules the widget promises, checked on one exported annotation (see tests/support/w3c_rules.rs). */
function checkAnnotation(item, seedText) {
  const cps = [...seedText];
  assert.match(item.id, /^urn:uuid:[0-9a-f-]{36}$/);
  assert.equal(item.type, 'Annotation');
  assert.equal(item.motivation, 'classifying');
  assert.ok(!Number.isNaN(Date.parse(item.created)));
  const category = item.body.find((b) => b.purpose === 'classifying');
  assert.equal(category.type, 'SpecificResource');
  assert.match(category.source, /^urn:article-annotator:category:(claim|demand|question)$/);
  assert.equal(category.value, undefined);
  const selectors = item.target.selector;
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
  const position = selectors.find((s) => s.type === 'TextPositionSelector');
  assert.ok(Number.isInteger(position.start) && position.start >= 0 && position.end > position.start);
  assert.equal(cps.slice(position.start, position.end).join(''), quote.exact, 'positions count code points');
  assert.equal(quote.prefix, cps.slice(Math.max(0, position.start - 32), position.start).join(''));
  assert.equal(quote.suffix, cps.slice(position.end, position.end + 32).join(''));
  const fragment = selectors.find((s) => s.type === 'FragmentSelector');
  assert.match(fragment.value, /^:~:text=/);
}

test('export (download and clipboard), clear storage, import back', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  const page = await context.newPage();
  const log = await openWidget(page, server.url);
  await annotate(page, 0, 'Donald Trump is so eager', 'Question', 'Eager <em>how</em>?');
  await annotate(page, 3, 'huge mountains to climb', 'Claim', 'Which mountains?');

  await page.locator('.aa-toolbar').getByRole('button', { name: /Export/ }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download/ }).click()]);
  assert.match(download.suggestedFilename(), /^putin-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.jsonld$/);
  const file = await download.path();
  const exported = JSON.parse(await fs.readFile(file, 'utf8'));
  assert.equal(exported['@context'], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(exported.type, 'AnnotationCollection');
  assert.equal(exported.total, 2, 'scope "mine" by default');
  const seedText = readSeed('000_bfbf250b9c86d46e.txt');
  for (const item of exported.first.items) checkAnnotation(item, seedText);
  assert.ok(exported.first.items.some((i) => i.body.some((b) => b.value === 'Eager <em>how</em>?')));

  await page.getByRole('button', { name: /Copy to clipboard/ }).click();
  await page.locator('.aa-toast', { hasText: 'Copied' }).waitFor();
  const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
  assert.deepEqual(copied, exported);

  // A fresh start: no storage. Then import the downloaded file.
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  assert.equal(await mine(page).count(), 0);
  // Nothing saved: the annotator waits for the reader, and the click on Import is that intent.
  await page.locator('.aa-toolbar').getByRole('button', { name: /Import/ }).click();
  await page.locator('.aa-import input[type="file"]').setInputFiles(file);
  await page.locator('.aa-import__summary').waitFor();
  assert.match(await page.locator('.aa-import__counts').textContent(), /2 imported/);
  assert.equal(await mine(page).count(), 2);
  assert.equal(await page.locator('mark.aa-mark', { hasText: 'huge mountains to climb' }).count() >= 1, true);
  assert.equal(await mine(page).locator('.aa-item__note', { hasText: 'Eager <em>how</em>?' }).count(), 1, 'notes stay text');
  assert.equal(await page.locator('.aa-item em').count(), 0, 'no HTML from imported notes');

  // Importing the same file again duplicates nothing; undo removes the import as one step.
  await page.locator('.aa-import input[type="file"]').setInputFiles(file);
  await page.locator('.aa-import__counts', { hasText: '2 already present' }).waitFor();
  assert.equal(await mine(page).count(), 2);
  await page.locator('.aa-toolbar').getByRole('button', { name: /Undo/ }).click();
  assert.equal(await mine(page).count(), 0);
  assert.deepEqual(log.errors(), []);
  await context.close();
});

test('hostile and malformed files get a clear message and change nothing', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await openWidget(page, server.url);
  const before = await page.locator('.aa-item').count();
  await page.locator('.aa-toolbar').getByRole('button', { name: /Import/ }).click();
  const input = page.locator('.aa-import input[type="file"]');

  await input.setInputFiles({ name: 'broken.jsonld', mimeType: 'application/json', buffer: Buffer.from('{\n  "id": "urn:x",\n  "type": <script>\n}') });
  const error = page.locator('.aa-import__error');
  await error.waitFor();
  assert.match(await error.textContent(), /line 3, column/);

  const evil = JSON.stringify([{
    id: 'urn:x:"]{}</style><img src=x onerror=alert(1)>', type: 'Annotation',
    body: { type: 'TextualBody', purpose: 'tagging', value: 'claim' },
    target: { source: 'urn:x', selector: { type: 'TextQuoteSelector', exact: 'Peace in Ukraine' } },
  }, {
    id: 'urn:x:ok', type: 'Annotation',
    body: [{ type: 'TextualBody', purpose: 'tagging', value: 'claim' }, { type: 'TextualBody', value: '<img src=x onerror="window.__pwned=1">' }],
    target: { source: 'urn:x', selector: [{ type: 'WordSelector' }, { type: 'TextPositionSelector', start: -4, end: 2 }, { type: 'TextQuoteSelector', exact: 'Peace in Ukraine' }] },
  }]);
  await input.setInputFiles({ name: 'evil.json', mimeType: 'application/json', buffer: Buffer.from(evil) });
  // The hostile id is re-minted (and reported); the second item repeats the first's words
  // and category, so it is a duplicate, not a second highlight.
  await page.locator('.aa-import__counts', { hasText: '1 imported' }).waitFor();
  assert.match(await page.locator('.aa-import__counts').textContent(), /1 duplicates in the file/);
  await page.locator('.aa-import__problems summary').click();
  const problems = await page.locator('.aa-import__problems').textContent();
  assert.match(problems, /\$\[0\]\.id/, 'the JSON path of the re-minted id');
  assert.match(problems, /WordSelector/, 'unknown selectors are named');
  assert.equal(await page.locator('.aa-item img, .aa-popover img').count(), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no script ran');
  assert.equal(await page.locator('.aa-item').count(), before + 1);

  // Too large: refused before reading.
  await input.setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(6 * 1024 * 1024, 0x20) });
  await page.locator('.aa-toast', { hasText: 'import limit' }).waitFor();
  assert.equal(await page.locator('.aa-item').count(), before + 1);
  await context.close();
});

test('a file dropped onto the article is imported', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await openWidget(page, server.url);
  const doc = JSON.stringify({
    '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'urn:uuid:33333333-3333-4333-8333-333333333333', type: 'Annotation',
    body: { type: 'SpecificResource', purpose: 'classifying', source: 'urn:article-annotator:category:demand' },
    target: { source: 'urn:x', selector: { type: 'TextQuoteSelector', exact: 'maritime ceasefire in the Black Sea' } },
  });
  const dataTransfer = await fileTransfer(page, doc);
  await page.locator('.aa-paragraph').first().dispatchEvent('dragover', { dataTransfer });
  await page.locator('.aa-paragraph').first().dispatchEvent('drop', { dataTransfer });
  await page.locator('.aa-import__counts', { hasText: '1 imported' }).waitFor();
  assert.equal(await page.locator('.aa-item[data-origin="reader"][data-category="demand"]').count(), 1);
  await context.close();
});
