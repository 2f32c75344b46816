// End-to-end accessibility (issue 13), in real headless Chromium with real keys and pointer:
// axe-core over every state (initial, note open, menu open, list filtered, export and import
// panels, toast) in the widget's copy and in place; where focus goes after each list and toast
// action; the menu and the note inside the viewport for selections at each edge at 390 and
// 1280 px; the phone layout; caret-mode announcements; in place, the forgiving find field and
// drags that start on a link.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { assertAxeClean, assertInViewport, drag, focused, placed, wordAtEdge } from './a11y-support.mjs';
import { STRICT_CSP, launchBrowser, openEmbedPage, openWidget, requireDist, selectTextByMouse, startServer } from './harness.mjs';

const CMS = 'examples/cms/index.html';
const TIMEOUT = 180_000;

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

async function widgetPage(width = 1280, height = 900) {
  const context = await browser.newContext({ viewport: { width, height }, bypassCSP: true });
  const page = await context.newPage();
  const log = await openWidget(page, server.url);
  return { context, page, log };
}

async function cmsPage(width = 1280, height = 900) {
  const context = await browser.newContext({ viewport: { width, height }, bypassCSP: true });
  const page = await context.newPage();
  const log = await openEmbedPage(page, server.url + CMS, { widgets: 2 });
  await page.waitForFunction(() => CSS.highlights.get('aa-claim')?.size > 0);
  return { context, page, log };
}

const paragraph = (page, n) => page.locator(`.aa-paragraph[data-paragraph="${n}"]`);
const mine = (page) => page.locator('.aa-item[data-origin="reader"]');

/** Code-point offsets of `needle` in paragraph `n` of the widget's copy. */
async function offsetsOf(page, n, needle) {
  const text = await paragraph(page, n).evaluate((p) => p.textContent);
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `${needle} in paragraph ${n}`);
  const start = [...text.slice(0, at)].length;
  return [start, start + [...needle].length];
}

async function annotate(page, n, needle, key = '1') {
  const [start, end] = await offsetsOf(page, n, needle);
  await selectTextByMouse(page, paragraph(page, n), start, end);
  await page.locator('.aa-menu').waitFor();
  await page.keyboard.press(key);
  await page.locator('.aa-menu').waitFor({ state: 'detached' });
}

/** Clicks the middle of the first range of an in-place highlight (opens its notes). */
async function clickHighlight(page, name = 'aa-question') {
  const at = await page.evaluate((name) => {
    const range = [...CSS.highlights.get(name)][0];
    range.startContainer.parentElement.scrollIntoView({ block: 'center' });
    const r = [...range.getClientRects()].find((x) => x.width > 20) || range.getBoundingClientRect();
    return { x: r.left + Math.min(r.width / 2, 30), y: r.top + r.height / 2 };
  }, name);
  await page.mouse.click(at.x, at.y);
}

describe('axe: 0 critical and 0 serious violations inside the widget', () => {
  test('the widget copy: initial, note, menu, filtered list, export, import, toast', { timeout: TIMEOUT }, async () => {
    const { context, page, log } = await widgetPage();
    try {
      await assertAxeClean(page, 'initial');
      await page.locator('.aa-edge[data-edge="start"]').first().focus();
      await placed(page, '.aa-popover');
      await assertAxeClean(page, 'note open');
      await page.keyboard.press('Escape');
      const [start, end] = await offsetsOf(page, 0, 'Donald Trump');
      await selectTextByMouse(page, paragraph(page, 0), start, end);
      await placed(page, '.aa-menu');
      assert.equal(await page.locator('.aa-popover:not([hidden])').count(), 0, 'no note over the menu');
      await assertAxeClean(page, 'menu open');
      await page.keyboard.press('1');
      await page.locator('.aa-toast').waitFor();
      await assertAxeClean(page, 'toast');
      await page.locator('.aa-list__filter').first().locator('input').uncheck();
      await assertAxeClean(page, 'list filtered');
      await page.locator('.aa-toolbar').getByRole('button', { name: 'Export' }).click();
      await page.locator('.aa-export').waitFor();
      await assertAxeClean(page, 'export panel');
      await page.locator('.aa-toolbar').getByRole('button', { name: 'Export' }).click();
      await page.locator('.aa-toolbar').getByRole('button', { name: 'Import' }).click();
      await page.locator('.aa-import').waitFor();
      await assertAxeClean(page, 'import panel');
      assert.deepEqual(log.errors(), []);
    } finally {
      await context.close();
    }
  });

  test('in place on the CMS page: initial, note, menu, filtered list, export, import, toast', { timeout: TIMEOUT }, async () => {
    const { context, page, log } = await cmsPage();
    try {
      const notes = page.locator('article-annotator[instance="story-notes"]');
      await assertAxeClean(page, 'in place: initial');
      await clickHighlight(page);
      await placed(page, '.aa-popover');
      await assertAxeClean(page, 'in place: note open');
      await page.keyboard.press('Escape');
      const word = await wordAtEdge(page, '#story', 'left');
      await drag(page, word.from, word.to);
      await placed(page, '.aa-menu');
      await assertAxeClean(page, 'in place: menu open');
      await page.keyboard.press('3');
      await notes.locator('.aa-toast').waitFor();
      await assertAxeClean(page, 'in place: toast');
      await notes.locator('.aa-list__filter').first().locator('input').uncheck();
      await assertAxeClean(page, 'in place: list filtered');
      await notes.locator('.aa-toolbar').getByRole('button', { name: 'Export' }).click();
      await assertAxeClean(page, 'in place: export panel');
      await notes.locator('.aa-toolbar').getByRole('button', { name: 'Import' }).click();
      await assertAxeClean(page, 'in place: import panel');
      // Two widgets: no landmark name twice.
      const names = await page.evaluate(() =>
        [...document.querySelectorAll('.aa-root aside, .aa-root [role="region"]')].map((el) =>
          (el.getAttribute('aria-labelledby') || '').split(' ').map((id) => document.getElementById(id)?.textContent).join(' ') || el.getAttribute('aria-label')),
      );
      assert.equal(new Set(names).size, names.length, JSON.stringify(names));
      assert.deepEqual(log.errors(), []);
    } finally {
      await context.close();
    }
  });
});

describe('focus goes somewhere sensible, never to <body>', () => {
  test('Edit → field, Save → item, Delete → next item, toast Undo → restored item, skip buttons', { timeout: TIMEOUT }, async () => {
    const { context, page, log } = await widgetPage();
    try {
      await annotate(page, 0, 'Donald Trump');
      const item = mine(page).first();
      const id = await item.getAttribute('data-annotation-id');
      await item.getByRole('button', { name: /Edit/ }).click();
      let now = await focused(page);
      assert.equal(now.tag, 'textarea', JSON.stringify(now));
      assert.equal(now.item, id);
      await page.keyboard.type('A note');
      await item.getByRole('button', { name: 'Save' }).click();
      now = await focused(page);
      assert.equal(now.item, id, `after Save: ${JSON.stringify(now)}`);
      assert.match(now.text, /Edit/);

      const next = await item.evaluate((li) => li.nextElementSibling?.getAttribute('data-annotation-id'));
      await item.getByRole('button', { name: /Delete/ }).click();
      await page.waitForFunction((next) => document.activeElement?.closest('.aa-item')?.getAttribute('data-annotation-id') === next, next);

      await page.locator('.aa-toast').getByRole('button', { name: 'Undo' }).click();
      await page.waitForFunction((id) => document.activeElement?.closest('.aa-item')?.getAttribute('data-annotation-id') === id, id);
      assert.equal(await mine(page).count(), 1);

      // The toast says how to undo from the keyboard, and stays while it has focus.
      await mine(page).first().getByRole('button', { name: /Delete/ }).click();
      const toast = page.locator('.aa-toast');
      assert.match(await toast.textContent(), /Ctrl\+Z/);
      await toast.getByRole('button', { name: 'Undo' }).focus();
      await page.waitForTimeout(8_500);
      assert.equal(await toast.count(), 1, 'the focused toast stays');
      await page.keyboard.press('Enter');
      await page.waitForFunction((id) => document.activeElement?.closest('.aa-item')?.getAttribute('data-annotation-id') === id, id);

      // Skip buttons: from the top of the widget past the highlights to the tools, and back.
      await page.locator('.aa-skip').first().focus();
      await page.keyboard.press('Enter');
      assert.ok(await page.evaluate(() => document.activeElement.matches('.aa-side')));
      await page.locator('.aa-side > .aa-skip').focus();
      await page.keyboard.press('Enter');
      assert.ok(await page.evaluate(() => document.activeElement.matches('.aa-body')));
      assert.deepEqual(log.errors(), []);
    } finally {
      await context.close();
    }
  });

  test('the hover note can be hovered and stays; Esc dismisses it', { timeout: TIMEOUT }, async () => {
    const { context, page } = await widgetPage();
    try {
      const mark = page.locator('mark.aa-mark').nth(3);
      await mark.scrollIntoViewIfNeeded();
      await mark.hover();
      const note = await placed(page, '.aa-popover');
      const box = await note.boundingBox();
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 6 });
      await page.waitForTimeout(700);
      assert.ok(await note.isVisible(), 'still open with the pointer on it');
      await page.keyboard.press('Escape');
      await page.locator('.aa-popover:not([hidden])').waitFor({ state: 'detached' });
    } finally {
      await context.close();
    }
  });

  test('caret mode announces the selected words', { timeout: TIMEOUT }, async () => {
    const { context, page } = await widgetPage();
    try {
      await page.locator('.aa-body').focus();
      await page.keyboard.press('ArrowRight');
      const spoken = page.locator('.aa-article > [aria-live="polite"]');
      await page.waitForFunction(() => /Selected: \S/.test(document.querySelector('.aa-article > [aria-live="polite"]').textContent));
      const selection = await page.evaluate(() => String(getSelection()));
      assert.ok((await spoken.textContent()).includes(selection.trim()), selection);
      const colours = await page.evaluate(() => {
        const s = getComputedStyle(document.querySelector('.aa-paragraph .aa-text'), '::selection');
        return { bg: s.backgroundColor, fg: s.color };
      });
      assert.deepEqual(colours, { bg: 'rgb(11, 87, 208)', fg: 'rgb(255, 255, 255)' });
    } finally {
      await context.close();
    }
  });
});

describe('menu and note stay inside the viewport, at every edge', () => {
  for (const width of [390, 1280]) {
    test(`the widget copy at ${width} px`, { timeout: TIMEOUT }, async () => {
      const { context, page, log } = await widgetPage(width, width === 390 ? 844 : 900);
      try {
        for (const edge of ['top', 'bottom', 'left', 'right']) {
          const word = await wordAtEdge(page, '.aa-body', edge);
          await drag(page, word.from, word.to);
          await assertInViewport(await placed(page, '.aa-menu'), `${width} px, menu at the ${edge} (${word.word})`);
          await page.keyboard.press('Escape');
          await page.locator('.aa-menu').waitFor({ state: 'detached' });
        }
        for (const [n, block] of [[0, 'start'], [5, 'end'], [12, 'center']]) {
          const mark = page.locator('mark.aa-mark').nth(n);
          const at = await mark.evaluate((m, block) => {
            m.scrollIntoView({ block });
            const r = m.getClientRects()[0];
            return { x: r.left + Math.min(8, r.width / 2), y: r.top + r.height / 2 };
          }, block);
          await page.mouse.move(at.x, at.y);
          await assertInViewport(await placed(page, '.aa-popover'), `${width} px, note of mark ${n} (${block})`);
          await page.mouse.move(1, 1);
        }
        assert.deepEqual(log.errors(), []);
      } finally {
        await context.close();
      }
    });

    test(`in place on the CMS page at ${width} px`, { timeout: TIMEOUT }, async () => {
      const { context, page, log } = await cmsPage(width, width === 390 ? 844 : 900);
      try {
        for (const edge of ['top', 'bottom', 'left', 'right']) {
          const word = await wordAtEdge(page, '#story', edge);
          await drag(page, word.from, word.to);
          await assertInViewport(await placed(page, '.aa-menu'), `in place ${width} px, menu at the ${edge} (${word.word})`);
          await page.keyboard.press('Escape');
          await page.locator('.aa-menu').waitFor({ state: 'detached' });
        }
        for (const name of ['aa-claim', 'aa-question']) {
          await clickHighlight(page, name);
          await assertInViewport(await placed(page, '.aa-popover'), `in place ${width} px, note of ${name}`);
          await page.keyboard.press('Escape');
        }
        assert.deepEqual(log.errors(), []);
      } finally {
        await context.close();
      }
    });
  }
});

describe('phones and in place', () => {
  test('390 px: the story first, a compact bar, the list as a sheet that returns the reader', { timeout: TIMEOUT }, async () => {
    const { context, page } = await widgetPage(390, 844);
    try {
      const title = await page.locator('.aa-title').boundingBox();
      assert.ok(title.y < 120, `headline at ${title.y}`);
      const open = page.locator('.aa-sheet__open');
      assert.ok(await open.isVisible());
      const bar = await page.locator('.aa-side').boundingBox();
      assert.ok(bar.height < 90 && bar.y + bar.height <= 845, `bar ${JSON.stringify(bar)}`);
      await page.evaluate(() => window.scrollTo(0, 1500));
      const y = await page.evaluate(() => scrollY);
      await open.click();
      const sheet = await page.locator('.aa-side').boundingBox();
      assert.deepEqual([sheet.x, sheet.y, sheet.width], [0, 0, 390]);
      await page.getByRole('button', { name: 'Back to the article' }).click();
      assert.equal(await page.evaluate(() => scrollY), y, 'back where the reader was');
      // Tapping an item closes the sheet and shows its highlight.
      await open.click();
      await page.locator('.aa-item__quote').nth(20).click();
      await page.waitForFunction(() => document.activeElement?.matches('.aa-edge[data-edge="start"]'));
      const edge = await page.evaluate(() => document.activeElement.nextElementSibling.getBoundingClientRect().top);
      assert.ok(edge > 0 && edge < 844, `highlight at ${edge}`);
      assert.ok(await open.isVisible(), 'the sheet closed');
    } finally {
      await context.close();
    }
  });

  test('in place: the find field forgives quotes; a drag may start on a link; the selection cue', { timeout: TIMEOUT }, async () => {
    const { context, page, log } = await cmsPage();
    try {
      const before = await page.evaluate(() => document.querySelector('#story').innerHTML);
      const notes = page.locator('article-annotator[instance="story-notes"]');
      await notes.locator('.aa-find input').fill("russia's DICTATOR");
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => CSS.highlights.get('aa-pending')?.size === 1);
      assert.equal(await page.evaluate(() => [...CSS.highlights.get('aa-pending')][0].toString()), 'Russia’s dictator');
      await page.keyboard.press('Escape');
      // Let the find's smooth scroll settle before measuring.
      await page.waitForTimeout(1200);
      // A drag from inside the "Vladimir Putin" link selects words, it does not drag the link.
      const points = await page.evaluate(() => {
        const link = [...document.querySelectorAll('#story a')].find((a) => a.textContent === 'Vladimir Putin');
        link.scrollIntoView({ block: 'center' });
        const r = link.getClientRects()[0];
        const y = r.top + r.height / 2;
        return { from: { x: r.left + 3, y }, to: { x: r.left + 3, y: y + r.height * 1.6 } };
      });
      await drag(page, points.from, points.to);
      assert.match(await page.evaluate(() => String(getSelection())), /^V?ladimir Putin rejected/);
      // (A pressed link has focus, as in any page: the menu is used with the pointer here.)
      const menu = await placed(page, '.aa-menu');
      await menu.getByRole('button', { name: /Demand/ }).click();
      const item = notes.locator('.aa-item[data-origin="reader"]');
      await item.waitFor();
      // The new annotation is selected: its category's look stays, with the selection cue over it.
      await page.waitForFunction(() => CSS.highlights.get('aa-selected')?.size === 1);
      const selected = await page.evaluate(() => [...CSS.highlights.get('aa-selected')][0].toString());
      const demands = await page.evaluate(() => [...CSS.highlights.get('aa-demand')].map((r) => r.toString()));
      assert.ok(demands.includes(selected), `${selected} keeps its demand highlight`);
      assert.equal(await page.evaluate(() => document.querySelector('#story').innerHTML), before, 'host untouched');
      assert.deepEqual(log.errors(), []);
    } finally {
      await context.close();
    }
  });
});
