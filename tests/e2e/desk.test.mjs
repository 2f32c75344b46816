// End-to-end: the editor's desk (issue 12) in Chromium with real mouse and keyboard input.
// An editor opens the desk on an article (?src=), accepts two suggestions, rejects one, changes
// one's category, adds one the suggester missed by selecting words, writes notes, reloads (the
// draft is kept), publishes, and the reader page loads the published file as `annotations=`
// and shows exactly those highlights, as editorial. Also: the reader's page never loads the
// desk's wasm, keyboard-only review with undo/redo and word-by-word span changes, and storage
// that refuses to save.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, test } from 'node:test';

import {
  embedRecorderInit, launchBrowser, openWidget, requireDist, screenshot, selectTextByMouse, startServer, STRICT_CSP,
} from './harness.mjs';

const ARTICLE = 'seeds/000_bfbf250b9c86d46e.txt';
let server;
let browser;

before(async () => {
  requireDist();
  assert.ok(fs.existsSync('dist/desk.html'), 'dist/desk.html is missing: the build has no desk (scripts/desk.mjs)');
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function openDesk(options = {}) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
  if (options.initScript) await context.addInitScript(options.initScript);
  const page = await context.newPage();
  const wasm = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(r.url()); });
  const log = await openWidget(page, `${server.url}desk.html?src=${ARTICLE}`);
  return { context, page, log, wasm };
}

/** The current item in the review panel: its category and status. */
const panel = (page) => page.locator('.aa-desk__panel');
async function current(page) {
  return panel(page).evaluate((p) => ({
    category: p.dataset.category,
    status: p.dataset.status,
    words: p.querySelector('.aa-desk__words').textContent,
  }));
}

/** Opens the list of every item (closed by default) without moving focus. */
async function openList(page) {
  await page.locator('details.aa-desk__list').evaluate((d) => { d.open = true; });
  await page.locator('.aa-desk__items').waitFor();
}

/** Every draft in the list: [category, words, note], in text order. */
async function drafts(page) {
  await openList(page);
  return page.locator('.aa-desk__item[data-status="accepted"]').evaluateAll((items) => items.map((li) => [
    li.dataset.category,
    li.querySelector('.aa-desk__quote').textContent,
    li.querySelector('.aa-desk__item-note')?.textContent || '',
  ]));
}

/** Types a note for the current item with the keyboard: E, the words, Enter. */
async function note(page, words) {
  await page.keyboard.press('e');
  await page.locator('.aa-desk__note textarea').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'TEXTAREA', 'E focuses the note');
  await page.keyboard.type(words);
  await page.keyboard.press('Enter');
  // Enter saves and gives focus back to the highlight, where the review keys work again.
  await page.waitForFunction(() => document.activeElement?.classList.contains('aa-edge'));
}

describe("the editor's desk", () => {
  test('review, add, notes, reload, publish; the reader shows exactly that as editorial', async () => {
    const { context, page, log, wasm } = await openDesk();
    assert.ok(await page.locator('mark.aa-mark[data-annotation-ids*="urn:article-annotator:suggested:"]').count() > 10, 'dashed suggestions');
    assert.match(await page.locator('details.aa-desk__list > summary').textContent(), /\d+ open, 0 in the draft, 0 rejected/);
    const style = await page.locator('mark.aa-mark[data-annotation-ids^="urn:article-annotator:suggested:"]').first()
      .evaluate((m) => getComputedStyle(m).outlineStyle);
    assert.equal(style, 'dashed', 'suggestions are drawn dashed, not by colour alone');

    // The editor's name, typed into the field.
    await page.locator('.aa-desk__publish input').fill('Ada Lovelace');
    await page.locator('.aa-desk__publish input').press('Tab');

    // Keyboard review: J to the first suggestion, a note, accept; accept the next as it is.
    await page.locator('.aa-body').focus();
    await page.keyboard.press('j');
    await page.waitForFunction(() => document.activeElement?.classList.contains('aa-edge'));
    const first = await current(page);
    await note(page, 'The opening verdict, attributed to nobody.');
    await page.keyboard.press('a');
    const second = await current(page);
    assert.notEqual(second.words, first.words, 'accepting moves on to the next suggestion');
    await page.keyboard.press('a');
    // Reject the third.
    const third = await current(page);
    await page.keyboard.press('r');
    // The fourth: a different category (1/2/3 accepts it as that category), with a note.
    const fourth = await current(page);
    const keys = { claim: '1', demand: '2', question: '3' };
    const other = fourth.category === 'demand' ? 'question' : 'demand';
    await note(page, 'Recategorised by the desk.');
    await page.keyboard.press(keys[other]);

    // The mouse: select words the suggester missed and add them from the menu, with a note.
    const p = page.locator('.aa-paragraph[data-paragraph="2"]');
    const text = await p.evaluate((el) => el.textContent);
    const needle = 'Russia’s dictator';
    const at = [...text.slice(0, text.indexOf(needle))].length;
    await selectTextByMouse(page, p, at + 1, at + [...needle].length - 1);
    await page.locator('.aa-menu').waitFor();
    await page.locator('.aa-menu textarea').fill('Who is doing the demanding.');
    await page.locator('.aa-menu').getByRole('button', { name: /Question/ }).click();
    await page.locator('.aa-menu').waitFor({ state: 'detached' });

    const want = await drafts(page);
    assert.equal(want.length, 4, `two accepted, one recategorised, one added: ${JSON.stringify(want)}`);
    assert.deepEqual(want.map((d) => d[2]).filter(Boolean).sort(), [
      'Recategorised by the desk.', 'The opening verdict, attributed to nobody.', 'Who is doing the demanding.',
    ]);
    assert.ok(want.some(([c, w]) => c === other && w === fourth.words), 'the recategorised one');
    assert.ok(want.some(([c, w]) => c === 'question' && w === needle), 'the added one, snapped to whole words');
    assert.equal(await page.locator('.aa-desk__item[data-status="rejected"]').count(), 1);
    assert.equal(await page.locator(`.aa-desk__item[data-status="rejected"] .aa-desk__quote`).textContent(), third.words);
    // Accepted drafts are drawn as editorial highlights: their own ids, not suggested ones.
    const solid = await page.locator('.aa-edge[data-edge="start"]:not([data-annotation-id^="urn:article-annotator:suggested:"])').count();
    assert.equal(solid, 4, 'drafts drawn solid');
    await screenshot(page, 'desk-review');

    // Reload: the draft is kept, the editor's name too.
    await page.reload();
    await page.locator('.aa-root[data-ready="true"]').waitFor();
    await page.locator('details.aa-desk__list > summary', { hasText: `${want.length} in the draft` }).waitFor();
    assert.deepEqual(await drafts(page), want, 'the same drafts after a reload');
    assert.equal(await page.locator('.aa-desk__publish input').inputValue(), 'Ada Lovelace');

    // Publish (the mouse): a download of the editorial layer.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('.aa-desk__publish-button').click(),
    ]);
    assert.match(download.suggestedFilename(), /\.editorial\.jsonld$/);
    const published = fs.readFileSync(await download.path(), 'utf8');
    const doc = JSON.parse(published);
    assert.equal(doc.type, 'AnnotationCollection');
    assert.equal(doc.first.items.length, 4);
    for (const a of doc.first.items) {
      assert.deepEqual(a.creator, { type: 'Person', name: 'Ada Lovelace' });
      assert.equal(a.generator.type, 'Software');
      assert.match(a.generator.name, /desk/);
    }
    fs.mkdirSync('tests/e2e/artifacts', { recursive: true });
    fs.writeFileSync('tests/e2e/artifacts/desk-published.jsonld', published);
    assert.deepEqual(log.errors(), []);
    assert.ok(wasm.length > 0 && wasm.every((u) => u.includes('/desk/')), `the desk loads only its own wasm: ${wasm}`);
    await context.close();

    // The reader: the published file as annotations=, on a page with the embed loader.
    const reader = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const rp = await reader.newPage();
    const readerWasm = [];
    rp.on('request', (r) => { if (r.url().endsWith('.wasm')) readerWasm.push(r.url()); });
    await rp.route('**/published.jsonld', (route) => route.fulfill({ body: published, contentType: 'application/ld+json' }));
    await rp.route('**/reader-check.html', (route) => route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>reader</title>
        <script type="module" src="article-annotator.js"></script></head><body>
        <article-annotator src="${ARTICLE}" annotations="published.jsonld" storage-key="none"></article-annotator>
        </body></html>`,
    }));
    const rlog = await openWidget(rp, `${server.url}reader-check.html`);
    const items = rp.locator('.aa-item');
    assert.equal(await items.count(), 4, 'exactly the published annotations');
    const seen = await items.evaluateAll((lis) => lis.map((li) => [
      li.dataset.category,
      li.querySelector('.aa-item__exact').textContent,
      li.querySelector('.aa-item__note')?.textContent || '',
      li.dataset.origin,
      li.querySelector('.aa-item__origin').textContent,
      li.dataset.status,
    ]));
    const sortKey = (r) => `${r[1]}|${r[0]}`;
    assert.deepEqual(
      seen.map((r) => r.slice(0, 3)).sort((a, b) => sortKey(a).localeCompare(sortKey(b))),
      want.map((r) => r.slice(0, 3)).sort((a, b) => sortKey(a).localeCompare(sortKey(b))),
    );
    assert.ok(seen.every((r) => r[3] === 'editorial' && r[4] === 'Editorial' && r[5] === 'exact'), JSON.stringify(seen));
    const ids = new Set(await rp.locator('.aa-edge[data-edge="start"]').evaluateAll((es) => es.map((e) => e.dataset.annotationId)));
    assert.deepEqual([...ids].sort(), doc.first.items.map((a) => a.id).sort(), 'exactly those highlights');
    assert.ok(readerWasm.every((u) => !u.includes('/desk/')), `the reader never loads the desk: ${readerWasm}`);
    assert.deepEqual(rlog.errors(), []);
    await reader.close();
  });

  test('keyboard only: next/previous, words by word, accept all of a category, undo, redo', async () => {
    const { context, page, log } = await openDesk();
    await page.locator('.aa-body').focus();
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    await page.waitForFunction(() => document.activeElement?.classList.contains('aa-edge'));
    const start = await current(page);
    // One word more at the end, then one fewer at the start: snapped to words.
    await page.keyboard.press(']');
    const longer = await current(page);
    assert.ok(longer.words.startsWith(start.words) && longer.words.length > start.words.length, JSON.stringify(longer));
    await page.keyboard.press('}');
    const shorter = await current(page);
    assert.ok(longer.words.endsWith(shorter.words) && /^\S/.test(shorter.words), JSON.stringify(shorter));
    // Undo both, redo one.
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    assert.equal((await current(page)).words, start.words);
    await page.keyboard.press('Control+Shift+z');
    assert.equal((await current(page)).words, longer.words);
    // Shift+A: every open suggestion of this category, in one step; undone in one.
    await openList(page);
    const category = start.category;
    const open = () => page.locator(`.aa-desk__item[data-status="open"][data-category="${category}"]`).count();
    const n = await open();
    assert.ok(n > 1);
    await page.keyboard.press('Shift+A');
    assert.equal(await open(), 0);
    assert.equal(await page.locator(`.aa-desk__item[data-status="accepted"][data-category="${category}"]`).count(), n);
    await page.keyboard.press('Control+z');
    assert.equal(await open(), n);
    assert.deepEqual(log.errors(), []);
    await context.close();
  });

  test('storage that refuses to save: the desk says so and keeps working', async () => {
    const { context, page, log } = await openDesk({
      initScript: () => {
        Storage.prototype.setItem = function setItem() { throw new DOMException('full', 'QuotaExceededError'); };
      },
    });
    await page.locator('.aa-body').focus();
    await page.keyboard.press('j');
    await page.keyboard.press('a');
    await page.locator('.aa-warning', { hasText: /could not be saved/ }).waitFor();
    await openList(page);
    assert.equal(await page.locator('.aa-desk__item[data-status="accepted"]').count(), 1);
    assert.deepEqual(log.errors(), []);
    await context.close();
  });

  test('under a strict CSP: hover, accept, publish by button and by the JS API, the publish event', async () => {
    const strict = await startServer({ headers: { 'Content-Security-Policy': STRICT_CSP } });
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
    await context.addInitScript(embedRecorderInit, ['ready', 'publish', 'error']);
    const page = await context.newPage();
    try {
      const log = await openWidget(page, `${strict.url}desk.html?editor=Grace%20Hopper`);
      // The seed as received: suggestions only, no editorial layer.
      assert.equal(await page.locator('.aa-edge[data-edge="start"]:not([data-annotation-id^="urn:article-annotator:suggested:"])').count(), 0);
      const mark = page.locator('mark.aa-mark[data-annotation-ids^="urn:article-annotator:suggested:"]').first();
      await mark.hover();
      await page.locator('.aa-desk__popover', { hasText: /Suggested, \d+% sure/ }).waitFor();
      assert.match(await page.locator('.aa-desk__popover').textContent(), /Why: /, 'the reason shows on hover');
      await mark.click();
      await page.locator('.aa-desk__panel .aa-button--primary').click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.aa-desk__publish-button').click()]);
      const published = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
      assert.equal(published.first.items.length, 1);
      assert.equal(published.first.items[0].creator.name, 'Grace Hopper');
      const events = await page.evaluate(() => window.__aaEvents.filter((e) => e.type === 'publish'));
      assert.equal(events.length, 1);
      assert.equal(events[0].detail.instance, 'desk');
      assert.deepEqual(events[0].detail.document.first.items.map((a) => a.id), published.first.items.map((a) => a.id));
      const viaApi = await page.evaluate(() => document.querySelector('article-annotator').publish());
      assert.deepEqual(viaApi.first.items.map((a) => a.id), published.first.items.map((a) => a.id));
      await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
      assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], 'no securitypolicyviolation');
      assert.deepEqual(log.errors(), []);
    } finally {
      await context.close();
      await strict.close();
    }
  });
});
