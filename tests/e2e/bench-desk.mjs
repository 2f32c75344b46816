// Benchmark of the editor's desk (prints figures, asserts nothing about time), in headless
// Chromium against the release build in dist/ (dist/desk.html, the seed article):
//
//   node tests/e2e/bench-desk.mjs
//
// 1. Suggest for the seed in the desk's wasm: the first run of each fresh page load (the
//    performance measure "article-annotator:desk:suggest" the desk records at start-up, which
//    includes compiling the suggester's code), and warm runs through the element's
//    `timeSuggest(n)` (the same wasm, performance.now() around each call). Target 10 ms.
// 2. Accepting a suggestion -> its highlight painted as a draft: from the keydown of A (real
//    keyboard input; capture phase, before the desk sees it), or the pointerup of a click on
//    the panel's Accept button (real mouse), to the frame after the draft's start marker
//    appeared (requestAnimationFrame, then a message posted from it, which runs after paint).
//    Target one frame (16.7 ms). Samples are half a second apart, so the smooth scroll to the
//    next suggestion that follows each decision has ended, as it has for an editor reading it.

import { launchBrowser, openWidget, requireDist, startServer } from './harness.mjs';

const LOADS = Number(process.env.BENCH_LOADS || 8);
const SAMPLES = Number(process.env.BENCH_SAMPLES || 20);
/** Pause between samples: the previous decision's smooth scroll to the next item ends first. */
const SETTLE_MS = 500;

function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function summary(name, values) {
  const sorted = [...values].sort((a, b) => a - b);
  const f = (x) => x.toFixed(1).padStart(7);
  return `${name.padEnd(52)} n=${String(sorted.length).padStart(3)}  median ${f(percentile(sorted, 50))} ms  p95 ${f(percentile(sorted, 95))} ms  max ${f(sorted[sorted.length - 1])} ms`;
}

function withTimeout(promise, what, ms = 15_000) {
  return Promise.race([
    promise,
    new Promise((_, reject) => setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms)),
  ]);
}

const DRAFT_EDGES = '.aa-edge[data-edge="start"]:not([data-annotation-id^="urn:article-annotator:suggested:"])';

/** `window.__painted`: ms from the next `event` (capture) to the frame after one more draft edge. */
async function armPaintTimer(page, event) {
  await page.evaluate(({ event, selector }) => {
    const before = document.querySelectorAll(selector).length;
    window.__painted = new Promise((resolve) => {
      let t0 = 0;
      document.addEventListener(event, () => { t0 = performance.now(); }, { capture: true, once: true });
      const obs = new MutationObserver(() => {
        if (document.querySelectorAll(selector).length <= before) return;
        obs.disconnect();
        requestAnimationFrame(() => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => resolve(performance.now() - t0);
          ch.port2.postMessage(0);
        });
      });
      obs.observe(document.body, { childList: true, subtree: true, attributes: true });
    });
  }, { event, selector: DRAFT_EDGES });
}

async function openDesk(browser, server) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  await openWidget(page, `${server.url}desk.html`, { timeout: 60_000 });
  await page.evaluate(() => document.querySelector('article-annotator').ready);
  return { context, page };
}

requireDist();
const server = await startServer();
const browser = await launchBrowser();
try {
  const first = [];
  let warm = [];
  let suggestions = 0;
  for (let i = 0; i < LOADS; i++) {
    const { context, page } = await openDesk(browser, server);
    first.push(await page.evaluate(() => performance.getEntriesByName('article-annotator:desk:suggest')[0]?.duration ?? NaN));
    if (i === 0) {
      suggestions = await page.locator('.aa-edge[data-edge="start"][data-annotation-id^="urn:article-annotator:suggested:"]').count();
      warm = await page.evaluate(() => document.querySelector('article-annotator').timeSuggest(100));
    }
    await context.close();
  }
  console.log(`seed article: ${suggestions} suggestions`);
  console.log(summary('suggest, seed, desk wasm: first run of a page load', first));
  console.log(summary('suggest, seed, desk wasm: warm runs', warm));

  // Keyboard: J to the first suggestion, then A repeatedly (the desk moves to the next one).
  {
    const { context, page } = await openDesk(browser, server);
    await page.locator('.aa-body').focus();
    await page.keyboard.press('j');
    const times = [];
    for (let i = 0; i < SAMPLES; i++) {
      await page.waitForFunction(() => document.activeElement?.classList.contains('aa-edge'));
      // The focus move scrolls smoothly to the next suggestion; let it settle, as an editor reading it would.
      await page.waitForTimeout(SETTLE_MS);
      await armPaintTimer(page, 'keydown');
      await page.keyboard.press('a');
      times.push(await withTimeout(page.evaluate(() => window.__painted), `keyboard sample ${i}`));
    }
    console.log(summary('accept (key A) -> draft highlight painted', times));
    await context.close();
  }
  // Mouse: the review panel's Accept button.
  {
    const { context, page } = await openDesk(browser, server);
    await page.locator('.aa-body').focus();
    await page.keyboard.press('j');
    const times = [];
    for (let i = 0; i < SAMPLES; i++) {
      const button = page.locator('.aa-desk__panel .aa-button--primary');
      await button.waitFor();
      await page.evaluate(() => document.querySelector('.aa-toast__close')?.click());
      await page.waitForTimeout(SETTLE_MS);
      await armPaintTimer(page, 'pointerup');
      await button.click();
      times.push(await withTimeout(page.evaluate(() => window.__painted), `mouse sample ${i}`));
    }
    console.log(summary('accept (click) -> draft highlight painted', times));
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
