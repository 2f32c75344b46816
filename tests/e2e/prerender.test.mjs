// End-to-end: pre-rendered pages (issue 11). With JavaScript off, index.html, the single-file page
// and a page `article-annotator-cli render` wrote show the article, every category's highlights
// and numbered notes reachable by keyboard and link; with it on, the wasm hydrates the same
// elements (held before the wasm may run), then a reader annotation, undo, reload and export work.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';

import {
  DIST_DIR, REPO_ROOT, STRICT_CSP, cliRenderedSite, launchBrowser, openWidget, requireDist, selectTextByMouse,
  startServer, wake,
} from './harness.mjs';

const SEED = path.join(REPO_ROOT, 'seeds', '000_bfbf250b9c86d46e');
const N_PARAGRAPHS = fs.readFileSync(`${SEED}.txt`, 'utf8').trim().split('\n').length;
const N_NOTES = 42;

let server;
let cmsServer;
let browser;
let cmsDir;

before(async () => {
  requireDist();
  server = await startServer();
  cmsDir = cliRenderedSite('aa-prerender-');
  cmsServer = await startServer({ root: cmsDir, headers: { 'Content-Security-Policy': STRICT_CSP } });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await cmsServer?.close();
  if (cmsDir) fs.rmSync(cmsDir, { recursive: true, force: true });
});

/** A page with JavaScript off: what crawlers, reader modes and some readers get. */
async function noScriptPage(url) {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const response = await page.goto(url, { waitUntil: 'load' });
  assert.ok(!response || response.ok(), `GET ${url}`);
  return { context, page };
}

describe('without JavaScript', () => {
  const pages = () => [
    ['index.html', server.url, 'aa'],
    ['the single-file page', pathToFileURL(path.join(DIST_DIR, 'article-annotator-standalone.html')).href, 'aa'],
    ['a page the CLI rendered', `${cmsServer.url}story.html`, 'story'],
  ];

  test('every paragraph, highlights of every category and every note are in the page', async () => {
    for (const [name, url] of pages()) {
      const { context, page } = await noScriptPage(url);
      assert.equal(await page.locator('.aa-paragraph').count(), N_PARAGRAPHS, name);
      for (const category of ['claim', 'demand', 'question']) {
        assert.ok(await page.locator(`mark.aa-mark[data-category~="${category}"]`).count() > 0, `${name}: ${category}`);
      }
      assert.equal(await page.locator('.aa-note').count(), N_NOTES, name);
      assert.ok(await page.locator('.aa-notes').isVisible(), `${name}: the notes show`);
      assert.equal(await page.locator('.aa-root[data-ready]').count(), 0, `${name}: nothing pretends to run`);
      assert.equal(await page.locator('.aa-legend__label').count(), 3, `${name}: the legend names the categories`);
      await context.close();
    }
  });

  test('a highlight leads to its note and back, by keyboard and by link', async () => {
    for (const [name, url, instance] of pages()) {
      const { context, page } = await noScriptPage(url);
      // Keyboard: Tab reaches the first highlight's marker, Enter follows it to note 1.
      const first = page.locator(`#${instance}-ref-1`);
      for (let i = 0; i < 40 && !(await first.evaluate((e) => e === document.activeElement)); i += 1) {
        await page.keyboard.press('Tab');
      }
      assert.ok(await first.evaluate((e) => e === document.activeElement), `${name}: Tab reaches the first highlight`);
      await page.keyboard.press('Enter');
      await page.waitForURL(new RegExp(`#${instance}-note-1$`));
      const note = page.locator(`#${instance}-note-1`);
      assert.ok(await note.evaluate((e) => e.matches(':target')), `${name}: note 1 is the target`);
      const id = await first.getAttribute('data-annotation-id');
      assert.equal(await note.getAttribute('data-annotation-id'), id, `${name}: the right note`);
      assert.ok((await note.textContent()).length > 20, `${name}: the note is readable`);
      // And back by its link.
      await note.locator('.aa-note__back').click();
      await page.waitForURL(new RegExp(`#${instance}-ref-1$`));
      // Every marker that links, links to a note that exists and links back.
      const pairs = await page.locator('a.aa-edge[href]').evaluateAll((edges) => edges.map((e) => {
        const target = document.querySelector(e.getAttribute('href'));
        const back = target && target.querySelector('.aa-note__back');
        return Boolean(back && document.querySelector(back.getAttribute('href')) === e);
      }));
      assert.equal(pairs.length, N_NOTES, name);
      assert.ok(pairs.every(Boolean), `${name}: every link pair closes`);
      await context.close();
    }
  });
});

describe('the server renders what the browser renders', () => {
  test('index.html: the pre-rendered markup equals a client render of the same data', async () => {
    const { context: off, page: still } = await noScriptPage(server.url);
    // Normalised: Yew's hydration markers (comments) out; `checked` is a property when the
    // browser renders (Yew sets it on the input, not as an attribute), an attribute in the HTML.
    const normal = (html) => html.replace(/<!--[\s\S]*?-->/g, '').replace(/ checked=""/g, '');
    const rendered = normal(await still.locator('#article-annotator').innerHTML());
    const checkedInHtml = await still.locator('#article-annotator input').evaluateAll((inputs) => inputs.map((i) => i.hasAttribute('checked')));
    await off.close();
    // The same page without its markup and mark: the wasm renders the island's article itself.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.route(/\/$/, async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      const open = html.indexOf('<div id="article-annotator"');
      const island = html.indexOf('<script type="application/json" id="article-annotator-data">');
      const body = `${html.slice(0, open)}<div id="article-annotator"></div>\n${html.slice(island)}`;
      await route.fulfill({ response, body });
    });
    const log = await openWidget(page, server.url);
    const client = normal(await page.locator('#article-annotator').innerHTML()).replace(' data-ready="true"', '');
    // The inputs the HTML checks are the ones the running widget checks.
    assert.deepEqual(
      await page.locator('#article-annotator input').evaluateAll((inputs) => inputs.map((i) => i.checked)),
      checkedInHtml,
    );
    assert.deepEqual(log.errors(), []);
    assert.ok(rendered.includes('aa-paragraph') && rendered.length > 50_000);
    if (rendered !== client) {
      let at = 0;
      while (rendered[at] === client[at]) at += 1;
      assert.fail(`they differ at ${at}:\nserver: ${rendered.slice(at - 80, at + 160)}\nclient: ${client.slice(at - 80, at + 160)}`);
    }
    await context.close();
  });
});

/** Opens `url`, holding the wasm until a handle on the first paragraph and a mark were taken. */
async function openHeld(page, url) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const before = await page.evaluate(() => {
    window.__held = { paragraph: document.querySelector('.aa-paragraph'), mark: document.querySelector('mark.aa-mark') };
    return { paragraphs: document.querySelectorAll('.aa-paragraph').length, marks: document.querySelectorAll('mark').length };
  });
  release();
  await wake(page);
  return before;
}

describe('with JavaScript: hydration', () => {
  for (const [name, url, instance] of [['index.html', () => server.url, 'aa'], ['a page the CLI rendered (strict CSP)', () => `${cmsServer.url}story.html`, 'story']]) {
    test(`${name}: the wasm takes over the server's elements instead of re-creating them`, async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => (m.type() === 'error' || /rendered again/.test(m.text())) && errors.push(m.text()));
      const before = await openHeld(page, url());
      assert.equal(before.paragraphs, N_PARAGRAPHS);
      await page.locator('.aa-root[data-ready="true"]').waitFor({ state: 'attached' });
      const after = await page.evaluate((instance) => ({
        paragraph: window.__held.paragraph === document.querySelector('.aa-paragraph') && window.__held.paragraph.isConnected,
        mark: window.__held.mark.isConnected && window.__held.mark.closest('.aa-root') !== null,
        marks: document.querySelectorAll('mark').length,
        ready: performance.getEntriesByName(`article-annotator:ready:${instance}`).length,
        // Yew's hydration markers (comments) are gone once hydrated.
        comments: document.evaluate('count(//*[contains(@class, "aa-root")]//comment())', document, null, XPathResult.NUMBER_TYPE, null).numberValue,
      }), instance);
      assert.deepEqual(after, { paragraph: true, mark: true, marks: before.marks, ready: 1, comments: 0 });
      assert.ok(!(await page.locator('.aa-notes').isVisible()), 'running, the notes live beside the text');
      assert.deepEqual(errors, [], 'hydrated, not rendered again, and no error');
      await context.close();
    });
  }

  test('after hydration: annotate, undo, redo, reload, export', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    await openHeld(page, server.url);
    await page.locator('.aa-root[data-ready="true"]').waitFor({ state: 'attached' });
    assert.ok(await page.evaluate(() => window.__held.paragraph.isConnected), 'hydrated');
    const paragraph = page.locator('.aa-paragraph[data-paragraph="0"]');
    const text = await paragraph.textContent();
    const needle = 'Donald Trump is so eager';
    const start = [...text.slice(0, text.indexOf(needle))].length;
    await selectTextByMouse(page, paragraph, start + 1, start + [...needle].length - 1);
    await page.locator('.aa-menu').getByRole('button', { name: /Question/ }).click();
    const mine = page.locator('.aa-item[data-origin="reader"]');
    await mine.waitFor();
    const mark = page.locator('mark.aa-mark', { hasText: needle });
    assert.match(await mark.getAttribute('data-category'), /question/);
    await page.keyboard.press('Control+z');
    await mine.waitFor({ state: 'detached' });
    await page.keyboard.press('Control+Shift+z');
    await mine.waitFor();
    await page.reload();
    await page.locator('.aa-root[data-ready="true"]').waitFor({ state: 'attached' });
    await mine.waitFor();
    assert.equal(await mine.count(), 1, 'restored after the reload, over the pre-rendered page');
    await page.locator('.aa-toolbar').getByRole('button', { name: /Export/ }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download/ }).click()]);
    const exported = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
    assert.equal(exported.total, 1);
    assert.equal(exported.first.items[0].target.selector.find((s) => s.type === 'TextQuoteSelector').exact, needle);
    await context.close();
  });

  test('a page built for another build is rendered afresh, not hydrated', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.route(/\/$|index\.html$/, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/data-aa-prerendered="[0-9a-f]+"/, 'data-aa-prerendered="0000000000000000"');
      await route.fulfill({ response, body });
    });
    const messages = [];
    page.on('console', (m) => messages.push(m.text()));
    const log = await openWidget(page, server.url);
    assert.deepEqual(log.errors(), []);
    assert.ok(messages.some((m) => /rendered again/.test(m)), 'the console says why');
    assert.equal(await page.locator('.aa-paragraph').count(), N_PARAGRAPHS);
    assert.equal(await page.locator('.aa-root').count(), 1, 'one widget, not two');
    await context.close();
  });
});
