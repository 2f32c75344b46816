// Helpers for the accessibility suites (issue 13): axe-core runs, drags over words at the
// viewport's edges, and box-inside-viewport checks. Not a test file itself.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

import { REPO_ROOT } from './harness.mjs';

const AXE_SOURCE = fs.readFileSync(path.join(REPO_ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** Rules run: WCAG 2.0–2.2 A and AA, and best practice. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * axe-core over every widget root on the page (`.aa-root`); returns the violations as
 * `{id, impact, help, nodes}`. The page's context needs `bypassCSP` (axe is injected).
 */
export async function axe(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const result = await window.axe.run(
      { include: [...document.querySelectorAll('.aa-root')] },
      { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] },
    );
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')}: ${n.failureSummary}`),
    }));
  }, TAGS);
}

/** Fails with the details when axe finds anything critical or serious in `state`. */
export async function assertAxeClean(page, state) {
  const violations = await axe(page);
  const blocking = violations.filter((v) => v.impact === 'critical' || v.impact === 'serious');
  assert.deepEqual(blocking, [], `${state}: ${JSON.stringify(blocking, null, 2)}`);
  return violations;
}

/**
 * Scrolls and finds a word in the text under `container` that sits at `edge` of the viewport
 * (`top`, `bottom`, `left`, `right`), above any bar stuck to the bottom (`.aa-side` on phones).
 * Returns the viewport points to drag from and to, and the word.
 */
export async function wordAtEdge(page, container, edge) {
  return page.evaluate(
    ({ container, edge }) => {
      const root = document.querySelector(container);
      const words = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n.parentElement.closest('.aa-edge, .aa-sr, script, style, [data-annotator-skip], .related, aside')) continue;
        for (const m of n.data.matchAll(/[\p{L}\p{N}]{4,}/gu)) words.push({ node: n, start: m.index, end: m.index + m[0].length });
      }
      const rectOf = (w) => {
        const r = document.createRange();
        r.setStart(w.node, w.start);
        r.setEnd(w.node, w.end);
        const rects = [...r.getClientRects()].filter((x) => x.width > 0);
        return rects.length === 1 ? rects[0] : null;
      };
      // A tool bar stuck to the bottom of the screen (phones) hides what is under it.
      const stuck = [...document.querySelectorAll('.aa-side')].find(
        (s) => getComputedStyle(s).position === 'sticky' && s.getBoundingClientRect().top > innerHeight / 2,
      );
      const floor = () => (stuck ? Math.min(innerHeight, stuck.getBoundingClientRect().top) : innerHeight);
      const middle = words.slice(Math.floor(words.length / 4), Math.floor((words.length * 3) / 4));
      let pick;
      if (edge === 'left' || edge === 'right') {
        // Among words of one screenful in the middle, the leftmost or rightmost one.
        middle[Math.floor(middle.length / 2)].node.parentElement.scrollIntoView({ block: 'center' });
        const seen = middle.map((w) => ({ w, r: rectOf(w) })).filter((x) => x.r && x.r.top > 40 && x.r.bottom < floor() - 40);
        seen.sort((a, b) => (edge === 'left' ? a.r.left - b.r.left : b.r.right - a.r.right));
        pick = seen[0].w;
      } else {
        pick = middle[Math.floor(middle.length / 2)];
        const r = rectOf(pick) || pick.node.parentElement.getBoundingClientRect();
        // A few pixels in: a drag right at the edge makes the browser scroll the page.
        window.scrollBy(0, edge === 'top' ? r.top - 24 : r.bottom - floor() + 24);
      }
      const r = rectOf(pick);
      return {
        word: pick.node.data.slice(pick.start, pick.end),
        from: { x: r.left + 1, y: r.top + r.height / 2 },
        to: { x: r.right - 1, y: r.top + r.height / 2 },
      };
    },
    { container, edge },
  );
}

/** A real mouse drag between two viewport points. */
export async function drag(page, from, to) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
}

/** Asserts the element's box is wholly inside the viewport and the page did not grow sideways. */
export async function assertInViewport(locator, what) {
  const box = await locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const html = document.documentElement;
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, vw: html.clientWidth, vh: innerHeight, sw: html.scrollWidth };
  });
  const inside = box.left >= -0.5 && box.top >= -0.5 && box.right <= box.vw + 0.5 && box.bottom <= box.vh + 0.5;
  assert.ok(inside, `${what}: box ${JSON.stringify(box)} leaves the viewport`);
  assert.ok(box.sw <= box.vw, `${what}: the page grew sideways (${box.sw} > ${box.vw})`);
}

/** Waits until a floating box is placed (visible) and returns its locator. */
export async function placed(page, selector) {
  const locator = page.locator(`${selector}:not([hidden])`).first();
  await locator.waitFor({ state: 'visible' });
  await page.waitForFunction((s) => {
    const el = document.querySelector(`${s}:not([hidden])`);
    return el && getComputedStyle(el).visibility === 'visible';
  }, selector);
  return locator;
}

/** What has focus, as a short description. */
export async function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return null;
    const item = el.closest('.aa-item');
    return {
      tag: el.tagName.toLowerCase(),
      cls: el.className,
      item: item ? item.getAttribute('data-annotation-id') : null,
      text: (el.textContent || '').trim().slice(0, 60),
    };
  });
}
