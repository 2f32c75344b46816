// End-to-end, issue 9: the reader page loads the annotator on the reader's intent
// (src/embed/intent.js, inlined by scripts/lazy.mjs). Before intent the page has fetched its
// stylesheets and nothing else, and reads as the pre-rendered page it is. With real mouse,
// keyboard and touch input: what the reader does while the wasm is on its way (a selection, the
// article's keys, a category key, a click on a control) is acted on once the widget runs; saved
// annotations load it at once; a wasm that cannot be fetched is said, and the next intent retries.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, test } from 'node:test';

import { assertAxeClean } from './a11y-support.mjs';
import {
  STRICT_CSP, cliRenderedSite, fileTransfer, launchBrowser, openWidget, requireDist, selectTextByMouse, startServer, wake,
} from './harness.mjs';

let server;
let cmsServer;
let cmsDir;
let browser;

before(async () => {
  requireDist();
  server = await startServer();
  cmsDir = cliRenderedSite('aa-lazy-');
  cmsServer = await startServer({ root: cmsDir, headers: { 'Content-Security-Policy': STRICT_CSP } });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await cmsServer?.close();
  if (cmsDir) fs.rmSync(cmsDir, { recursive: true, force: true });
});

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const WASM_DELAY_MS = 1500;

/** A page on index.html that records what it fetched; `delay` holds the wasm that many ms. */
async function openLazy({ delay = 0, context: given = null, touch = false, url = null } = {}) {
  const context = given ?? (await browser.newContext({ viewport: { width: 1280, height: 900 }, hasTouch: touch }));
  const page = await context.newPage();
  const fetched = [];
  const errors = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname.split('/').pop()));
  page.on('pageerror', (e) => errors.push(String(e)));
  if (delay) await page.route('**/*.wasm', async (route) => { await sleep(delay); await route.continue(); });
  await page.goto(url ?? server.url, { waitUntil: 'load' });
  const state = () => page.evaluate(() => document.querySelector('#article-annotator, article-annotator').dataset.aaLoad);
  const annotator = () => fetched.filter((n) => n.endsWith('.wasm') || /^article-annotator-[0-9a-f]+\.js$/.test(n));
  const ready = () => page.locator('.aa-root[data-ready="true"]').waitFor({ state: 'attached', timeout: 30_000 });
  return { context, page, fetched, errors, state, annotator, ready };
}

/** The reader's annotations as the list shows them. */
const readerItems = (page) => page.locator('.aa-item[data-origin="reader"]').evaluateAll((items) => items.map((el) => ({
  category: el.dataset.category,
  exact: el.querySelector('.aa-item__exact')?.textContent,
})));

describe('before intent', () => {
  test('the page fetches its stylesheets only, and reads as pre-rendered: highlights, legend, notes', async () => {
    const { context, page, fetched, state, annotator, errors } = await openLazy();
    // A reader moving the mouse over the headline and scrolling is reading, not annotating.
    const box = await page.locator('.aa-title').boundingBox();
    await page.mouse.move(box.x + 20, box.y + 10);
    await page.mouse.move(box.x + 300, box.y + 40, { steps: 5 });
    await page.mouse.wheel(0, 600);
    await sleep(800);
    assert.deepEqual(annotator(), [], `nothing of the annotator fetched: ${fetched.join(' ')}`);
    assert.equal(await state(), 'waiting');
    assert.ok(fetched.some((n) => n.endsWith('.css')), 'the stylesheets');
    assert.equal(await page.locator('mark.aa-mark').count(), 45, 'every highlight is there');
    assert.equal(await page.locator('.aa-root[data-ready]').count(), 0);
    assert.ok(await page.locator('.aa-notes').isVisible(), 'the notes are on the page');
    await assertAxeClean(page, 'before intent');
    assert.equal(await state(), 'waiting', 'the accessibility check is not intent either');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a touch reader tapping plain text loads nothing; a tap on a control does', async () => {
    const { context, page, state, annotator } = await openLazy({ touch: true });
    // A tap on words no highlight covers (a tap on a highlight asks for its note: below).
    const at = await page.locator('.aa-paragraph span.aa-text').first().evaluate((t) => {
      const r = t.getClientRects()[0];
      return { x: r.x + Math.min(10, r.width / 2), y: r.y + r.height / 2 };
    });
    await page.touchscreen.tap(at.x, at.y);
    await sleep(600);
    assert.deepEqual(annotator(), []);
    assert.equal(await state(), 'waiting');
    await page.locator('.aa-legend__toggle[data-category="claim"]').tap();
    await page.locator('.aa-root[data-ready="true"]').waitFor({ state: 'attached' });
    // The tap hid the claims, as it does on a running widget.
    await page.locator('.aa-legend__toggle[data-category="claim"][aria-pressed="false"]').waitFor();
    await context.close();
  });
});

describe('input while the annotator loads is acted on', () => {
  test('a mouse selection opens its menu and the 2 pressed meanwhile makes a demand of it', async () => {
    const { context, page, state, ready, errors } = await openLazy({ delay: WASM_DELAY_MS });
    const paragraph = page.locator('.aa-paragraph[data-paragraph="0"]');
    const text = await paragraph.textContent();
    const needle = 'Vladimir Putin rejected an immediate ceasefire';
    const start = [...text.slice(0, text.indexOf(needle))].length;
    const { selected } = await selectTextByMouse(page, paragraph, start + 1, start + [...needle].length - 1);
    assert.equal(await state(), 'loading', 'the selection started the annotator');
    await page.keyboard.press('2');
    await ready();
    await page.locator('.aa-item[data-origin="reader"]').first().waitFor();
    assert.deepEqual(await readerItems(page), [{ category: 'demand', exact: needle }], `selected: ${selected}`);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("the article's keys pressed while it loads make the annotation they make on a running widget", async () => {
    const steps = ['ArrowDown', 'ArrowRight', 'Shift+ArrowRight', '3'];
    const results = [];
    for (const running of [true, false]) {
      const { context, page, state, ready } = await openLazy({ delay: running ? 0 : WASM_DELAY_MS });
      if (running) {
        await wake(page);
        await ready();
      }
      await page.locator('.aa-body').focus();
      for (const key of steps) await page.keyboard.press(key);
      if (!running) assert.equal(await state(), 'loading', 'the keys came before the widget ran');
      await ready();
      await page.locator('.aa-item[data-origin="reader"]').first().waitFor();
      await sleep(300);
      results.push(await readerItems(page));
      await context.close();
    }
    assert.equal(results[0].length, 1);
    assert.equal(results[0][0].category, 'question');
    assert.deepEqual(results[1], results[0]);
  });

  test('a click on a control acts once; a checkbox does not change under the hand before', async () => {
    const { context, page, state, ready } = await openLazy({ delay: WASM_DELAY_MS });
    const claims = page.locator('.aa-list__filters input[type="checkbox"]').first();
    const all = await page.locator('.aa-item').count();
    await claims.click();
    assert.equal(await state(), 'loading');
    assert.equal(await claims.isChecked(), true, 'unchanged until the widget can hear it');
    assert.equal(await page.locator('#article-annotator').getAttribute('aria-busy'), 'true');
    assert.equal(await page.locator('.aa-root').evaluate((r) => getComputedStyle(r).cursor), 'progress', 'the pointer says it is on its way');
    await page.locator('.aa-toolbar').getByRole('button', { name: /Export/ }).click();
    await ready();
    await page.locator('.aa-toolbar button[aria-expanded="true"]', { hasText: 'Export' }).waitFor();
    assert.equal(await claims.isChecked(), false, 'then the click took effect, once');
    assert.equal(await page.locator('.aa-root').evaluate((r) => getComputedStyle(r).cursor), 'auto');
    assert.ok((await page.locator('.aa-item').count()) < all, 'and the list lost its claims');
    await context.close();
  });
});

describe('a file dropped while the annotator loads', () => {
  test('is imported once it runs, and the browser does not open it instead', async () => {
    const { context, page, state, ready } = await openLazy({ delay: WASM_DELAY_MS });
    const doc = JSON.stringify({
      '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'urn:uuid:44444444-4444-4444-8444-444444444444', type: 'Annotation',
      body: { type: 'SpecificResource', purpose: 'classifying', source: 'urn:article-annotator:category:question' },
      target: { source: 'urn:x', selector: { type: 'TextQuoteSelector', exact: 'maritime ceasefire in the Black Sea' } },
    });
    const dataTransfer = await fileTransfer(page, doc);
    const target = page.locator('.aa-paragraph').first();
    await target.dispatchEvent('dragenter', { dataTransfer });
    assert.equal(await state(), 'loading', 'a file dragged onto the widget started it');
    await target.dispatchEvent('dragover', { dataTransfer });
    const dropped = await target.evaluate((el, dt) => {
      const event = new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true });
      el.dispatchEvent(event);
      return event.defaultPrevented;
    }, dataTransfer);
    assert.equal(dropped, true, 'the drop was kept for the widget');
    await ready();
    await page.locator('.aa-import__counts', { hasText: '1 imported' }).waitFor();
    assert.equal(await page.locator('.aa-item[data-origin="reader"][data-category="question"]').count(), 1);
    await context.close();
  });
});

describe("a highlight's note, asked for before the annotator runs", () => {
  test('the mouse resting on a highlight, or Tab to its marker, shows the note once it runs', async () => {
    for (const how of ['mouse', 'keyboard']) {
      const { context, page, state, ready, errors } = await openLazy({ delay: WASM_DELAY_MS });
      const edge = page.locator('a.aa-edge[data-note="4"]');
      const id = await edge.getAttribute('data-annotation-id');
      const note = (await page.locator(`.aa-note[data-annotation-id="${id}"] .aa-note__text`).textContent()).trim();
      if (how === 'mouse') {
        // The middle of the highlight's first line (a box around two lines may be centred off it).
        const at = await page.locator(`mark.aa-mark[data-annotation-ids^="${id}"]`).first().evaluate((m) => {
          const r = m.getClientRects()[0];
          return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
        });
        await page.mouse.move(at.x, at.y, { steps: 3 });
      } else {
        await edge.focus();
      }
      await sleep(300);
      assert.equal(await state(), 'loading', `${how}: asking for a note started the annotator`);
      await ready();
      const popover = page.locator('.aa-popover:not([hidden])');
      await popover.waitFor();
      assert.ok((await popover.textContent()).includes(note), `${how}: the popover shows "${note}"`);
      assert.deepEqual(errors, []);
      await context.close();
    }
  });

  test('a tap on a highlight brings its annotation forward in the list once it runs', async () => {
    const { context, page, state, ready } = await openLazy({ delay: WASM_DELAY_MS, touch: true });
    const id = await page.locator('a.aa-edge[data-note="4"]').getAttribute('data-annotation-id');
    const at = await page.locator(`mark.aa-mark[data-annotation-ids^="${id}"]`).first().evaluate((m) => {
      const r = m.getClientRects()[0];
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    });
    await page.touchscreen.tap(at.x, at.y);
    assert.equal(await state(), 'loading');
    await ready();
    await page.locator(`.aa-item[aria-current="true"][data-annotation-id="${id}"]`).waitFor({ state: 'attached' });
    await context.close();
  });

  test('a mouse passing over highlights on its way does not start it', async () => {
    const { context, page, state, annotator } = await openLazy();
    const first = await page.locator('.aa-paragraph').nth(0).boundingBox();
    const last = await page.locator('.aa-paragraph').nth(3).boundingBox();
    await page.mouse.move(first.x + 10, first.y + 5);
    await page.mouse.move(last.x + last.width - 10, last.y + last.height - 5, { steps: 4 });
    await page.mouse.move(first.x + first.width + 40, first.y, { steps: 2 });
    await sleep(500);
    assert.equal(await state(), 'waiting');
    assert.deepEqual(annotator(), []);
    await context.close();
  });
});

describe('the annotator loads without input', () => {
  test("for a reader with saved annotations, and in a tab open when another tab saves one", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const other = await openLazy({ context });
    assert.equal(await other.state(), 'waiting');
    const page = await context.newPage();
    await openWidget(page, server.url);
    const paragraph = page.locator('.aa-paragraph[data-paragraph="1"]');
    await selectTextByMouse(page, paragraph, 0, 20);
    await page.locator('.aa-menu').waitFor();
    await page.keyboard.press('1');
    await page.locator('.aa-item[data-origin="reader"]').first().waitFor();
    // The tab that was only being read starts its annotator and shows the new note.
    await other.ready();
    await other.page.locator('.aa-item[data-origin="reader"]').first().waitFor();
    // A new visit with saved annotations: no input at all.
    const again = await openLazy({ context });
    await again.ready();
    assert.equal(await again.page.locator('.aa-item[data-origin="reader"]').count(), 1);
    assert.ok(again.annotator().some((n) => n.endsWith('.wasm')));
    await context.close();
  });
});

describe('a wasm that cannot be fetched', () => {
  test('is said in the page, the page stays readable, and the next intent tries again', async () => {
    const { context, page, state, ready } = await openLazy();
    await page.route('**/*.wasm', (route) => route.abort('internetdisconnected'));
    const exportButton = page.locator('.aa-toolbar').getByRole('button', { name: /Export/ });
    await exportButton.click();
    const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
    await alert.waitFor();
    assert.equal(await state(), 'failed');
    assert.equal(await page.locator('mark.aa-mark').count(), 45, 'still readable');
    await assertAxeClean(page, 'the annotator could not be loaded');
    await page.unroute('**/*.wasm');
    await exportButton.click();
    await ready();
    await page.locator('.aa-toolbar button[aria-expanded="true"]', { hasText: 'Export' }).waitFor();
    assert.equal(await alert.count(), 0, 'the message went with the retry');
    await context.close();
  });
});

describe('a pre-rendered widget embedded in a CMS page (the embed loader, strict CSP)', () => {
  test('waits for intent too: the loader and stylesheet only, then a selection and a key while it loads', async () => {
    const { context, page, fetched, state, annotator, ready, errors } = await openLazy({ url: `${cmsServer.url}story.html`, delay: WASM_DELAY_MS });
    await sleep(600);
    assert.deepEqual(annotator(), [], `nothing of the annotator fetched: ${fetched.join(' ')}`);
    assert.ok(fetched.includes('article-annotator.js'), 'the loader');
    assert.equal(await state(), 'waiting');
    const paragraph = page.locator('.aa-paragraph[data-paragraph="0"]');
    const text = await paragraph.textContent();
    const needle = 'Vladimir Putin rejected an immediate ceasefire';
    const start = [...text.slice(0, text.indexOf(needle))].length;
    await selectTextByMouse(page, paragraph, start + 1, start + [...needle].length - 1);
    assert.equal(await state(), 'loading');
    await page.keyboard.press('3');
    await ready();
    await page.locator('.aa-item[data-origin="reader"]').first().waitFor();
    assert.deepEqual(await readerItems(page), [{ category: 'question', exact: needle }]);
    assert.deepEqual(errors, []);
    // Saved now: the next visit starts it with no input at all.
    const again = await openLazy({ url: `${cmsServer.url}story.html`, context });
    await again.ready();
    assert.equal(await again.page.locator('.aa-item[data-origin="reader"]').count(), 1);
    await context.close();
  });

  test("a host asking for the element's API starts it", async () => {
    const { context, page, state } = await openLazy({ url: `${cmsServer.url}story.html` });
    assert.equal(await state(), 'waiting');
    const n = await page.evaluate(async () => {
      const el = document.querySelector('article-annotator');
      await el.ready;
      return el.annotations.length;
    });
    assert.equal(n, 0, 'no reader annotations yet, and the API answers');
    assert.equal(await state(), 'running');
    await context.close();
  });
});
