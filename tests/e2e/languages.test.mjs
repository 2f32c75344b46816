// End-to-end: other languages and Markdown structure (issue 13). A French page (the widget
// speaks the page's language), an Arabic page laid out right to left, each with a selection,
// an annotation and an export; and a Markdown article whose headings and lists keep their
// structure while positions still count the canonical text.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { assertInViewport, placed } from './a11y-support.mjs';
import { REPO_ROOT, STRICT_CSP, launchBrowser, openEmbedPage, requireDist, selectTextByMouse, startServer } from './harness.mjs';

const strings = (lang) => JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'i18n', `${lang}.json`), 'utf8'));
const TIMEOUT = 120_000;

let server;
let browser;

before(async () => {
  requireDist();
  server = await startServer({ headers: { 'Content-Security-Policy': STRICT_CSP } });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(url, width = 1280) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const log = await openEmbedPage(page, server.url + url);
  return { context, page, log };
}

/** Drags over `needle` in the widget's copy; returns the menu. */
async function select(page, needle) {
  const found = await page.evaluate((needle) => {
    for (const p of document.querySelectorAll('.aa-paragraph')) {
      const at = p.textContent.indexOf(needle);
      if (at >= 0) return { n: p.getAttribute('data-paragraph'), start: [...p.textContent.slice(0, at)].length };
    }
    return null;
  }, needle);
  assert.ok(found, needle);
  const p = page.locator(`.aa-paragraph[data-paragraph="${found.n}"]`);
  await selectTextByMouse(page, p, found.start, found.start + [...needle].length);
  return placed(page, '.aa-menu');
}

/** The exact quotes of the reader's exported annotations (the Download button's file). */
async function exportedQuotes(page) {
  await page.locator('.aa-toolbar button[aria-controls$="export-title"]').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.aa-export .aa-button--primary').click()]);
  const doc = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  return doc.first.items.map((a) => [a.target.selector].flat().find((s) => s.type === 'TextQuoteSelector').exact);
}

describe('languages', () => {
  test('a French page: French strings, a selection, an annotation and an export', { timeout: TIMEOUT }, async () => {
    const fr = strings('fr');
    const { context, page, log } = await open('examples/languages/fr.html');
    try {
      const root = page.locator('.aa-root');
      assert.equal(await root.getAttribute('lang'), 'fr');
      assert.equal(await root.getAttribute('dir'), 'ltr');
      await page.locator('.aa-toolbar', { hasText: fr['toolbar.undo'] }).waitFor();
      assert.equal(await page.locator('.aa-legend__title').textContent(), fr['legend.title']);
      const menu = await select(page, 'syndicat des dockers');
      assert.equal(await menu.getAttribute('aria-label'), fr['menu.label']);
      assert.match(await menu.textContent(), /Entrée enregistre comme affirmation/);
      await page.keyboard.press('1');
      const toast = page.locator('.aa-toast');
      assert.match(await toast.textContent(), /Annotation ajoutée\u00a0: affirmation\./);
      assert.equal(await page.locator('.aa-item[data-origin="reader"] .aa-item__category').textContent(), fr.claim);
      assert.deepEqual(await exportedQuotes(page), ['syndicat des dockers']);
      assert.match(await page.locator('.aa-export').textContent(), new RegExp(fr['export.title']));
      assert.deepEqual(log.errors(), []);
    } finally {
      await context.close();
    }
  });

  test('an Arabic page: right to left, Arabic strings, a selection, an annotation and an export', { timeout: TIMEOUT }, async () => {
    const ar = strings('ar');
    const { context, page, log } = await open('examples/languages/ar.html');
    try {
      const root = page.locator('.aa-root');
      assert.equal(await root.getAttribute('dir'), 'rtl');
      assert.equal(await root.getAttribute('lang'), 'ar');
      const layout = await page.evaluate(() => {
        const p = document.querySelector('.aa-paragraph');
        const body = document.querySelector('.aa-body').getBoundingClientRect();
        const r = document.createRange();
        r.selectNodeContents(p.querySelector('[data-start]'));
        const first = r.getClientRects()[0];
        return { direction: getComputedStyle(p).direction, gapRight: body.right - first.right, gapLeft: first.left - body.left };
      });
      assert.equal(layout.direction, 'rtl');
      assert.ok(layout.gapRight < layout.gapLeft, `the first line starts on the right: ${JSON.stringify(layout)}`);
      assert.equal(await page.locator('.aa-legend__title').textContent(), ar['legend.title']);
      const menu = await select(page, 'نقابة عمال الميناء');
      await assertInViewport(menu, 'the Arabic menu');
      await page.keyboard.press('2');
      const item = page.locator('.aa-item[data-origin="reader"]');
      await item.waitFor();
      assert.equal(await item.locator('.aa-item__category').textContent(), ar.demand);
      const border = await item.evaluate((li) => [getComputedStyle(li).borderRightWidth, getComputedStyle(li).borderLeftWidth]);
      assert.deepEqual(border, ['4px', '1px'], 'the category line is on the start (right) side');
      assert.deepEqual(await exportedQuotes(page), ['نقابة عمال الميناء']);
      assert.deepEqual(log.errors(), []);
    } finally {
      await context.close();
    }
  });
});

describe('Markdown structure', () => {
  test('headings, lists, emphasis and links keep their structure; positions count the text', { timeout: TIMEOUT }, async () => {
    const { context, page, log } = await open('examples/cms/index.html');
    try {
      await page.waitForFunction(() => document.querySelectorAll('.aa-root[data-ready="true"]').length >= 2);
      const ex = page.locator('article-annotator[instance="explainer"]');
      assert.deepEqual(await ex.locator('.aa-body h2.aa-paragraph').allTextContents(), [
        'From first contact to a signed text',
        'Why details matter',
      ]);
      assert.equal(await ex.locator('.aa-body ul.aa-blocks > li.aa-paragraph').count(), 3);
      assert.equal(await ex.locator('.aa-body em').count() >= 1, true);
      assert.deepEqual(await ex.locator('.aa-body strong').allTextContents(), ['indirect contacts', 'verification']);
      assert.equal(await ex.locator('.aa-body a').getAttribute('href'), 'index.html#story');
      // Every run still carries its offset in the canonical text.
      const consistent = await ex.evaluate((w) => {
        let end = -1;
        for (const p of w.querySelectorAll('.aa-paragraph')) {
          const runs = [...p.querySelectorAll('[data-start]')];
          let at = Number(runs[0].getAttribute('data-start'));
          if (!(at > end)) return false;
          for (const run of runs) {
            if (Number(run.getAttribute('data-start')) !== at || run.childNodes.length !== 1) return false;
            at += [...run.textContent].length;
          }
          if ([...p.textContent].length !== at - Number(runs[0].getAttribute('data-start'))) return false;
          end = at;
        }
        return end > 0;
      });
      assert.ok(consistent, 'data-start counts the canonical text');
      // A selection inside a list item becomes an annotation of exactly those words.
      const item = ex.locator('ul.aa-blocks > li.aa-paragraph').nth(1);
      const text = await item.textContent();
      const at = [...text.slice(0, text.indexOf('general halt'))].length;
      await selectTextByMouse(page, item, at, at + 'general halt'.length);
      await placed(page, 'article-annotator[instance="explainer"] .aa-menu');
      await page.keyboard.press('1');
      const mine = ex.locator('.aa-item[data-origin="reader"]');
      await mine.first().waitFor({ state: 'attached' });
      assert.equal(await mine.locator('.aa-item__exact').textContent(), 'general halt');
      assert.equal(await item.locator('mark.aa-mark').textContent(), 'general halt');
      assert.deepEqual(log.errors(), []);
    } finally {
      await context.close();
    }
  });
});
