// End-to-end: the in-place widget of examples/cms (`<article-annotator for="#story">`) over the
// host's own article, under the strict CSP header: the host's DOM is never touched, highlights
// are CSS Custom Highlight ranges that match the editorial annotations, clicking highlighted host
// text opens the notes, and the keyboard reaches the list. Real headless Chromium, real input.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
  EMBED_EVENTS,
  STRICT_CSP,
  codePointOffsets,
  embedRecorderInit,
  highlightSizes,
  launchBrowser,
  openEmbedPage,
  requireDist,
  selectTextByMouse,
  startServer,
} from './harness.mjs';

const CMS = 'examples/cms/index.html';
const EDITORIAL = { 'aa-claim': 29, 'aa-demand': 5, 'aa-question': 8 };
const NAMES = { claim: 'aa-claim', demand: 'aa-demand', question: 'aa-question' };

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

/** Counts every mutation of the host's #story from DOMContentLoaded on (window.__storyMutations). */
function storyMutationRecorder() {
  window.__storyMutations = [];
  document.addEventListener('DOMContentLoaded', () => {
    const story = document.getElementById('story');
    if (!story) return;
    new MutationObserver((records) => {
      for (const r of records) {
        window.__storyMutations.push(`${r.type} on <${r.target.nodeName.toLowerCase()}>${r.attributeName ? ` ${r.attributeName}` : ''}`);
      }
    }).observe(story, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

async function freshCms() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(embedRecorderInit, EMBED_EVENTS);
  await context.addInitScript(storyMutationRecorder);
  const page = await context.newPage();
  const log = await openEmbedPage(page, server.url + CMS, { widgets: 2 });
  await page.waitForFunction(() => CSS.highlights.get('aa-claim')?.size > 0);
  return { context, page, log };
}

const notes = (page) => page.locator('article-annotator[instance="story-notes"]');
const events = (page, type) => page.evaluate((type) => window.__aaEvents.filter((e) => e.type === type), type);

/** The text of every range of every highlight: `{'aa-claim': [...], …}`. */
async function highlightTexts(page) {
  return page.evaluate(() => {
    const out = {};
    for (const [name, h] of CSS.highlights) out[name] = [...h].map((r) => r.toString());
    return out;
  });
}

/** The list's quotes per category (the list shows at most 240 characters, then "…"). */
async function listQuotes(page) {
  return notes(page)
    .locator('.aa-item')
    .evaluateAll((items) =>
      items.map((i) => ({
        id: i.dataset.annotationId,
        category: i.dataset.category,
        origin: i.dataset.origin,
        quote: i.querySelector('.aa-item__exact').textContent,
      })),
    );
}

const sameQuote = (rangeText, listed) =>
  listed.endsWith('…') ? rangeText.startsWith(listed.slice(0, -1)) : rangeText === listed;

describe('in place over the host article (CMS page, CSP header)', () => {
  test('7. annotating leaves the host DOM byte-identical; host links, footnote toggle and likes still work', async () => {
    const { context, page, log } = await freshCms();
    try {
      const story = page.locator('#story');
      const innerBefore = await story.evaluate((e) => e.innerHTML);
      const outerBefore = await story.evaluate((e) => e.outerHTML);
      const hrefsBefore = await story.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      const claimsBefore = (await highlightSizes(page))['aa-claim'];
      assert.equal(claimsBefore, 29);

      // A drag across the host's link ("Vladimir Putin" is an <a> inside the first <p>), starting
      // and ending in plain text (a drag that starts on a link drags the link instead).
      const p = story.locator('> p').first();
      assert.equal(await p.locator('a').count() > 0, true, 'the paragraph holds a link');
      const needle = 'ever after Vladimir Putin rejected';
      const [start, end] = await codePointOffsets(p, needle);
      const drag = await selectTextByMouse(page, p, start + 1, end - 1);
      assert.equal(drag.selected, needle.slice(1, -1), 'the real drag selected across the link');
      const w = notes(page);
      await w.locator('.aa-menu').waitFor();
      assert.match(await w.locator('.aa-menu__preview').textContent(), new RegExp(needle), 'snapped to whole words');
      await w.locator('.aa-menu__choice[data-category="claim"]').click();
      await w.locator('.aa-menu').waitFor({ state: 'detached' });

      const mine = w.locator('.aa-item[data-origin="reader"]');
      await mine.waitFor();
      assert.equal(await mine.locator('.aa-item__exact').textContent(), needle);
      await page.waitForFunction((n) => CSS.highlights.get('aa-claim')?.size === n, claimsBefore + 1);
      assert.ok((await highlightTexts(page))['aa-claim'].includes(needle), 'a claim range over the words');

      // The host's article is exactly as the host wrote it: not one mutation, same markup.
      assert.deepEqual(await page.evaluate(() => window.__storyMutations), [], 'no mutation of #story at all');
      assert.equal(await story.evaluate((e) => e.innerHTML), innerBefore, '#story innerHTML byte-identical');
      assert.equal(await story.evaluate((e) => e.outerHTML), outerBefore, '#story outerHTML byte-identical');
      assert.deepEqual(await story.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))), hrefsBefore);

      // The host's footnote toggle (inside #story, cms.js) still works.
      const toggle = story.locator('.footnote-toggle');
      assert.equal(await page.locator('#footnote-1').isVisible(), false);
      await toggle.click();
      assert.equal(await page.locator('#footnote-1').isVisible(), true, 'footnote shown');
      assert.ok((await page.evaluate(() => window.__storyMutations)).length > 0, 'the mutation recorder is live (the host changed #story)');
      assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
      assert.equal(await toggle.textContent(), 'Hide note on sources');
      await toggle.click();
      assert.equal(await page.locator('#footnote-1').isVisible(), false, 'and hidden again');

      // Like buttons still count.
      const like = page.locator('button.like').first();
      await like.click();
      await like.click();
      assert.equal(await like.textContent(), 'Like (14)');

      // A host link in the annotated article still navigates (the widget does not swallow clicks).
      assert.deepEqual(log.errors(), []);
      assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
      await Promise.all([
        page.waitForURL(/[?&]topic=vladimir-putin/, { timeout: 10_000 }),
        p.locator('a', { hasText: 'Vladimir Putin' }).click(),
      ]);
    } finally {
      await context.close();
    }
  });

  test('8. highlights: one range per editorial annotation, matching its quote; legend toggles remove them', async () => {
    const { context, page, log } = await freshCms();
    try {
      assert.deepEqual(await highlightSizes(page), EDITORIAL);
      const legend = await notes(page)
        .locator('.aa-legend__toggle')
        .evaluateAll((bs) => Object.fromEntries(bs.map((b) => [b.dataset.category, Number(b.querySelector('.aa-legend__count').textContent)])));
      assert.deepEqual(legend, { claim: 29, demand: 5, question: 8 }, 'legend counts');
      for (const [category, name] of Object.entries(NAMES)) {
        assert.equal((await highlightSizes(page))[name], legend[category], `${name} size = legend count`);
      }

      // Every range's text is an annotation's quote (as a multiset, per category).
      const texts = await highlightTexts(page);
      const listed = await listQuotes(page);
      assert.equal(listed.length, 42);
      for (const [category, name] of Object.entries(NAMES)) {
        const remaining = [...texts[name]];
        for (const item of listed.filter((i) => i.category === category)) {
          const at = remaining.findIndex((t) => sameQuote(t, item.quote));
          assert.ok(at >= 0, `${category} "${item.quote}" has a range; unmatched ranges: ${JSON.stringify(remaining)}`);
          remaining.splice(at, 1);
        }
        assert.deepEqual(remaining, [], `every ${name} range is an annotation's quote`);
      }
      // Spot checks against the list items.
      for (const [n, expected] of [
        [0, 'Peace in Ukraine remains as elusive as ever'],
        [1, 'Vladimir Putin rejected an immediate ceasefire'],
      ]) {
        assert.equal(listed[n].quote, expected);
        assert.ok(texts[NAMES[listed[n].category]].includes(expected));
      }

      // Legend toggles: claims off removes their ranges only; on again restores them.
      const claims = notes(page).locator('.aa-legend__toggle[data-category="claim"]');
      await claims.click();
      assert.equal(await claims.getAttribute('aria-pressed'), 'false');
      await page.waitForFunction(() => (CSS.highlights.get('aa-claim')?.size ?? 0) === 0);
      const off = await highlightSizes(page);
      assert.deepEqual([off['aa-claim'] ?? 0, off['aa-demand'], off['aa-question']], [0, 5, 8], 'only the claims went');
      const questions = notes(page).locator('.aa-legend__toggle[data-category="question"]');
      await questions.click();
      await page.waitForFunction(() => (CSS.highlights.get('aa-question')?.size ?? 0) === 0);
      assert.equal((await highlightSizes(page))['aa-demand'], 5);
      await claims.click();
      await questions.click();
      assert.equal(await claims.getAttribute('aria-pressed'), 'true');
      await page.waitForFunction(() => CSS.highlights.get('aa-claim')?.size === 29 && CSS.highlights.get('aa-question')?.size === 8);
      assert.deepEqual(await highlightSizes(page), EDITORIAL);
      assert.deepEqual(log.errors(), []);
    } finally {
      await context.close();
    }
  });

  test('9. clicking highlighted host text opens that widget\'s note popover, selects the item, fires select', async () => {
    const { context, page, log } = await freshCms();
    try {
      // A question range that no other highlight overlaps, so the click has one annotation.
      const target = await page.evaluate(() => {
        const all = [];
        for (const [name, h] of CSS.highlights) for (const r of h) all.push({ name, r });
        const overlaps = (a, b) =>
          a.compareBoundaryPoints(Range.END_TO_START, b) < 0 && a.compareBoundaryPoints(Range.START_TO_END, b) > 0;
        const lone = all.find(({ name, r }) => name === 'aa-question' && all.every((o) => o.r === r || !overlaps(r, o.r)));
        if (!lone) return null;
        const text = lone.r.toString();
        lone.r.startContainer.parentElement.scrollIntoView({ block: 'center' });
        const rect = [...lone.r.getClientRects()].find((x) => x.width > 20) || lone.r.getBoundingClientRect();
        return { text, x: rect.left + Math.min(rect.width / 2, 40), y: rect.top + rect.height / 2 };
      });
      assert.ok(target, 'a question highlight without overlap exists');
      await page.mouse.click(target.x, target.y);

      const w = notes(page);
      const popover = w.locator('.aa-popover:not([hidden])');
      await popover.waitFor({ state: 'visible' });
      assert.equal(await page.locator('.aa-popover:not([hidden])').count(), 1, 'only the story-notes widget shows a popover');
      assert.equal(await popover.locator('.aa-popover__item').count(), 1);
      assert.equal(await popover.locator('.aa-popover__item').getAttribute('data-category'), 'question');

      const current = w.locator('.aa-item[aria-current="true"]');
      assert.equal(await current.count(), 1, 'the item is selected');
      assert.equal(await current.getAttribute('data-category'), 'question');
      assert.ok(sameQuote(target.text, await current.locator('.aa-item__exact').textContent()), 'the clicked annotation');
      const id = await current.getAttribute('data-annotation-id');
      const note = await current.locator('.aa-item__note').textContent().catch(() => null);
      if (note) assert.match(await popover.textContent(), new RegExp(note.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));

      await page.waitForFunction(() => window.__aaEvents.some((e) => e.type === 'select'));
      const selects = await events(page, 'select');
      assert.equal(selects.at(-1).instance, 'story-notes');
      assert.equal(selects.at(-1).detail.annotation.id, id);
      await page.waitForFunction(() => CSS.highlights.get('aa-selected')?.size === 1);
      assert.equal((await highlightTexts(page))['aa-selected'][0], target.text);

      // Esc closes the note.
      await page.keyboard.press('Escape');
      await popover.waitFor({ state: 'detached', timeout: 3_000 });
      assert.deepEqual(log.errors(), []);
    } finally {
      await context.close();
    }
  });

  test('10. keyboard: Tab into the list, Enter on an item\'s "Show in article" draws one aa-selected range', async () => {
    const { context, page, log } = await freshCms();
    try {
      assert.equal((await highlightSizes(page))['aa-selected'] ?? 0, 0);
      let reached = false;
      for (let i = 0; i < 150 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(
          () => !!document.activeElement?.matches('article-annotator[instance="story-notes"] .aa-item .aa-item__quote'),
        );
      }
      assert.ok(reached, 'Tab reaches an item of the in-place widget\'s list');
      // Two more items down, by Tab.
      for (let i = 0; i < 2; i++) {
        do await page.keyboard.press('Tab');
        while (!(await page.evaluate(() => document.activeElement?.matches('.aa-item__quote'))));
      }
      const focused = await page.evaluate(() => {
        const item = document.activeElement.closest('.aa-item');
        return { id: item.dataset.annotationId, quote: item.querySelector('.aa-item__exact').textContent };
      });
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => CSS.highlights.get('aa-selected')?.size === 1);
      const selected = (await highlightTexts(page))['aa-selected'];
      assert.equal(selected.length, 1);
      assert.ok(sameQuote(selected[0], focused.quote), `${selected[0]} is ${focused.quote}`);
      assert.equal(await notes(page).locator(`.aa-item[data-annotation-id="${focused.id}"]`).getAttribute('aria-current'), 'true');
      const selects = await events(page, 'select');
      assert.equal(selects.at(-1)?.detail.annotation.id, focused.id, 'select event for the item');
      // The category highlights are all still there.
      assert.deepEqual(
        Object.fromEntries(Object.entries(await highlightSizes(page)).filter(([k]) => k !== 'aa-selected')),
        EDITORIAL,
      );
      assert.deepEqual(log.errors(), []);
    } finally {
      await context.close();
    }
  });
  test('11. keyboard only: type words in the find field, Enter, 2 saves a demand over the host text', async () => {
    const { context, page, log } = await freshCms();
    try {
      const before = await page.evaluate(() => document.querySelector('#story').innerHTML);
      const field = notes(page).locator('.aa-find input');
      await field.focus();
      await page.keyboard.type('maritime ceasefire');
      await page.keyboard.press('Enter');
      // The menu opens with focus inside it; the found words are drawn like a selection.
      await page.waitForFunction(() => document.activeElement?.closest('article-annotator[instance="story-notes"] .aa-menu'));
      const pending = (await highlightTexts(page))['aa-pending'];
      assert.deepEqual(pending, ['maritime ceasefire']);
      await page.keyboard.press('2');
      const mine = notes(page).locator('.aa-item[data-origin="reader"]');
      await mine.first().waitFor();
      assert.equal(await mine.getAttribute('data-category'), 'demand');
      assert.equal(await mine.locator('.aa-item__exact').textContent(), 'maritime ceasefire');
      assert.equal((await highlightSizes(page))['aa-demand'], EDITORIAL['aa-demand'] + 1);
      // Focus is back in the find field, ready for the next phrase; the host is untouched.
      assert.ok(await page.evaluate(() => document.activeElement?.matches('.aa-find input')));
      assert.equal(await page.evaluate(() => document.querySelector('#story').innerHTML), before);
      // A phrase that is not there says so.
      await field.fill('no such words here');
      await page.keyboard.press('Enter');
      await notes(page).locator('.aa-find__status', { hasText: 'is not in the article' }).waitFor();
      assert.deepEqual(log.errors(), []);
    } finally {
      await context.close();
    }
  });
});
