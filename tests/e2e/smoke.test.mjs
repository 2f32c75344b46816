// Smoke test of the release build in dist/ against the widget's DOM contract.
// Run by `scripts/test.sh` (stage e2e) after `trunk build --release`.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  DIST_DIR,
  launchBrowser,
  openWidget,
  readSeed,
  requireDist,
  screenshot,
  startServer,
} from './harness.mjs';

const SEED_TEXT = readSeed('000_bfbf250b9c86d46e.txt');
const CATEGORIES = ['claim', 'demand', 'question'];
const TEST_TIMEOUT = 90_000;

let server;
let browser;

before(async () => {
  requireDist(DIST_DIR);
  server = await startServer({ root: DIST_DIR });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh context (clean storage) and page with the widget mounted. */
async function open(viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const log = await openWidget(page, server.url);
  return { context, page, log };
}

function assertNoErrors(log) {
  assert.deepEqual(log.errors(), [], 'console errors or uncaught page errors');
}

/** textContent of every .aa-paragraph, joined with "\n". */
function paragraphsText(page) {
  return page.$$eval('.aa-article .aa-paragraph', (ps) => ps.map((p) => p.textContent).join('\n'));
}

/** [{category, ids}] for every mark.aa-mark in the article. */
function marks(page) {
  return page.$$eval('mark.aa-mark', (ms) =>
    ms.map((m) => ({
      category: m.getAttribute('data-category'),
      ids: m.getAttribute('data-annotation-ids'),
      start: m.getAttribute('data-start'),
    })),
  );
}

const hasCategory = (m, c) => (m.category || '').split(' ').includes(c);

describe('widget smoke test (dist/)', () => {
  test('article structure and text equal the seed exactly', { timeout: TEST_TIMEOUT }, async () => {
    const { context, page, log } = await open();
    try {
      assert.equal(await page.locator('#article-annotator .aa-root').count(), 1, 'one .aa-root inside #article-annotator');
      assert.equal(await page.locator('article.aa-article h1.aa-title').count(), 1, 'h1.aa-title inside article.aa-article');
      const paragraphs = page.locator('article.aa-article p.aa-paragraph');
      assert.ok((await paragraphs.count()) > 0, 'at least one p.aa-paragraph');
      const numbers = await paragraphs.evaluateAll((ps) => ps.map((p) => p.getAttribute('data-paragraph')));
      assert.ok(numbers.every((n) => /^\d+$/.test(n ?? '')), `every paragraph has numeric data-paragraph: ${numbers}`);

      const text = await paragraphsText(page);
      if (text !== SEED_TEXT) {
        let i = 0;
        while (i < text.length && text[i] === SEED_TEXT[i]) i += 1;
        assert.fail(
          `paragraph text differs from seeds/000_bfbf250b9c86d46e.txt at UTF-16 index ${i}:\n` +
            `  page: ${JSON.stringify(text.slice(Math.max(0, i - 30), i + 30))}\n` +
            `  seed: ${JSON.stringify(SEED_TEXT.slice(Math.max(0, i - 30), i + 30))}\n` +
            `  lengths: page ${text.length}, seed ${SEED_TEXT.length}`,
        );
      }
      await screenshot(page, 'smoke-wide-1280');
      assertNoErrors(log);
    } finally {
      await context.close();
    }
  });

  test('marks cover every category with well-formed attributes', { timeout: TEST_TIMEOUT }, async () => {
    const { context, page, log } = await open();
    try {
      const all = await marks(page);
      assert.ok(all.length > 0, 'at least one mark.aa-mark');
      for (const c of CATEGORIES) {
        assert.ok(all.some((m) => hasCategory(m, c)), `a mark whose data-category contains "${c}"`);
      }
      for (const m of all) {
        const tokens = (m.category ?? '').split(' ');
        assert.ok(
          tokens.length > 0 && tokens.every((t) => CATEGORIES.includes(t)),
          `data-category must be a space-separated list of ${CATEGORIES.join('|')}: ${JSON.stringify(m)}`,
        );
        assert.equal(new Set(tokens).size, tokens.length, `no repeated category: ${JSON.stringify(m)}`);
        const ids = (m.ids ?? '').split(' ');
        assert.ok(
          ids.length > 0 && ids.every((id) => /^urn:\S+$/.test(id)),
          `data-annotation-ids must be a space-separated list of urn: ids: ${JSON.stringify(m)}`,
        );
        assert.match(m.start ?? '', /^\d+$/, `mark has a numeric data-start: ${JSON.stringify(m)}`);
      }
      assertNoErrors(log);
    } finally {
      await context.close();
    }
  });

  test('legend toggle hides and restores demand marks', { timeout: TEST_TIMEOUT }, async () => {
    const { context, page, log } = await open();
    try {
      const button = page.locator('.aa-legend button[data-category="demand"]');
      assert.equal(await button.count(), 1, 'one legend button for demand');
      for (const c of CATEGORIES) {
        assert.equal(await page.locator(`.aa-legend button[data-category="${c}"] .aa-legend__count`).count(), 1, `legend count for ${c}`);
      }
      assert.equal(await button.getAttribute('aria-pressed'), 'true', 'demand starts shown');
      const demandCount = async () => (await marks(page)).filter((m) => hasCategory(m, 'demand')).length;
      const before = await demandCount();
      assert.ok(before > 0, 'some marks include demand before toggling');

      await button.click();
      await page.waitForFunction(
        () => document.querySelector('.aa-legend button[data-category="demand"]')?.getAttribute('aria-pressed') === 'false',
      );
      assert.equal(await demandCount(), 0, 'no mark includes demand after hiding it');
      assert.equal(await paragraphsText(page), SEED_TEXT, 'hiding a category does not change the text');
      await screenshot(page, 'smoke-demand-hidden');

      await button.click();
      await page.waitForFunction(
        () => document.querySelector('.aa-legend button[data-category="demand"]')?.getAttribute('aria-pressed') === 'true',
      );
      assert.equal(await demandCount(), before, 'demand marks are back after showing it again');
      assert.equal(await paragraphsText(page), SEED_TEXT, 'showing a category does not change the text');
      assertNoErrors(log);
    } finally {
      await context.close();
    }
  });

  test('Tab to a highlight shows its tooltip, Escape hides it', { timeout: TEST_TIMEOUT }, async () => {
    const { context, page, log } = await open();
    try {
      let focused = false;
      for (let i = 0; i < 100 && !focused; i += 1) {
        await page.keyboard.press('Tab');
        // Each highlight's tab stop is its start marker, just before the <mark>.
        focused = await page.evaluate(() => document.activeElement?.matches('.aa-edge[data-edge="start"]') ?? false);
      }
      assert.ok(focused, 'pressing Tab (up to 100 times) reaches a highlight start marker');
      const id = await page.evaluate(() => document.activeElement.dataset.annotationId);
      const describedBy = await page.evaluate(() => document.activeElement.getAttribute('aria-describedby'));
      assert.match(id, /^urn:/);

      const popover = page.locator('.aa-popover[role="tooltip"]');
      await popover.first().waitFor({ state: 'visible', timeout: 5_000 });
      const text = (await popover.first().innerText()).trim();
      assert.ok(text.length > 0, 'tooltip has text');
      assert.equal(await popover.first().getAttribute('id'), describedBy, 'the marker is described by the tooltip');
      await screenshot(page, 'smoke-tooltip');

      await page.keyboard.press('Escape');
      await popover.first().waitFor({ state: 'hidden', timeout: 5_000 });
      assertNoErrors(log);
    } finally {
      await context.close();
    }
  });

  test('no horizontal scroll at 320 px wide', { timeout: TEST_TIMEOUT }, async () => {
    const { context, page, log } = await open({ width: 320, height: 800 });
    try {
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.scrollingElement.scrollWidth,
        clientWidth: document.scrollingElement.clientWidth,
      }));
      await screenshot(page, 'smoke-narrow-320');
      assert.ok(scrollWidth <= 320, `document.scrollingElement.scrollWidth is ${scrollWidth} (client ${clientWidth}), want <= 320`);
      assertNoErrors(log);
    } finally {
      await context.close();
    }
  });
});
