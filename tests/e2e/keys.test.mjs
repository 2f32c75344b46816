// End-to-end, issue 10 item 7: keys act on what the reader sees. The same keys with 0 ms and
// with 400 ms between them save the same annotation: the keyboard caret's selection is acted on
// when the key is pressed, not after a settle delay. On a CPU four times slower (a cheap phone),
// where Yew's renders outlast its 16 ms slice and it runs effects in a later task, a key pressed
// right after the selection still acts on it.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { launchBrowser, openWidget, requireDist, slowDown, startServer } from './harness.mjs';

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

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Presses `steps` on the article text (`{type}` steps type text) with `gap` ms between them,
 *  on a CPU `slowdown` times slower, and returns the reader's one annotation as the list shows it. */
async function keyboardAnnotation(steps, gap, slowdown = 1) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const log = await openWidget(page, server.url);
  try {
    await slowDown(page, slowdown);
    await page.locator('.aa-body').focus();
    for (const step of steps) {
      if (typeof step === 'string') await page.keyboard.press(step);
      else await page.keyboard.type(step.type);
      if (gap) await sleep(gap);
    }
    const item = page.locator('.aa-item[data-origin="reader"]');
    await item.first().waitFor({ timeout: 5000 * slowdown });
    await sleep(300); // anything late (a settle timer) would show up by now
    assert.equal(await item.count(), 1, 'one annotation');
    const got = await item.evaluate((el) => ({
      category: el.dataset.category,
      exact: el.querySelector('.aa-item__exact')?.textContent,
      note: el.querySelector('.aa-item__note')?.textContent ?? '',
    }));
    assert.deepEqual(log.pageErrors, []);
    return got;
  } finally {
    await context.close();
  }
}

const SEQUENCES = {
  'sentence, next word, extend, Enter, a note, Enter': ['ArrowDown', 'ArrowRight', 'Shift+ArrowRight', 'Enter', { type: 'why now?' }, 'Enter'],
  'sentence, then 3': ['ArrowDown', '3'],
  'two sentences down, extend by a sentence, 2': ['ArrowDown', 'ArrowDown', 'Shift+ArrowDown', '2'],
};

for (const [name, steps] of Object.entries(SEQUENCES)) {
  test(`keys at 0 ms and at 400 ms, and at 0 ms on a 4x slower CPU, give the same annotation: ${name}`, async () => {
    const slow = await keyboardAnnotation(steps, 400);
    const fast = await keyboardAnnotation(steps, 0);
    const slowCpu = await keyboardAnnotation(steps, 0, 4);
    assert.ok(slow.exact && slow.exact.length > 0, 'something was annotated');
    assert.deepEqual(fast, slow, 'at 0 ms');
    assert.deepEqual(slowCpu, slow, 'at 0 ms on a 4x slower CPU');
  });
}
