// Benchmark (prints figures, asserts nothing about time): from pointer release to the new
// highlight painted, in headless Chromium, with real mouse input.
//
//   node tests/e2e/bench-create.mjs            (needs a release build in dist/)
//
// For each sample: drag-select a few words with the mouse, wait for the menu, then press and
// release the mouse on "Claim". Times are taken inside the page: from the `pointerup` of that
// click (capture phase, before the widget sees it) to the first frame after the new <mark>
// appeared (requestAnimationFrame, then a message posted from it, which runs after paint).
// Also reported: drag release to menu painted (includes the widget's 10 ms settle delay).

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { launchBrowser, openWidget, selectTextByMouse, startServer } from './harness.mjs';

const SAMPLES = Number(process.env.BENCH_SAMPLES || 30);

/** Fails loudly instead of hanging when the page never reaches the awaited state. */
function withTimeout(promise, what, ms = 15_000) {
  return Promise.race([
    promise,
    new Promise((_, reject) => setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms)),
  ]);
}

function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function summary(name, values) {
  const sorted = [...values].sort((a, b) => a - b);
  const f = (x) => x.toFixed(1).padStart(7);
  return `${name.padEnd(46)} n=${String(sorted.length).padStart(3)}  median ${f(percentile(sorted, 50))} ms  p95 ${f(percentile(sorted, 95))} ms  max ${f(sorted[sorted.length - 1])} ms`;
}

/**
 * Installs `window[name]`: a promise of the ms from the next `pointerup` (capture phase) to the
 * frame after `selector` matches a different number of elements than `before` (-1: any, once
 * present) while no menu is open for the highlight case, measured after paint.
 */
async function armPaintTimer(page, name, selector, before) {
  await page.evaluate(({ name, selector, before }) => {
    window[name] = new Promise((resolve) => {
      const t0 = { v: 0 };
      document.addEventListener('pointerup', () => { t0.v = performance.now(); }, { capture: true, once: true });
      const done = () => before < 0
        ? document.querySelector(selector) !== null
        : document.querySelectorAll(selector).length !== before && !document.querySelector('.aa-menu');
      const obs = new MutationObserver(() => {
        if (!done()) return;
        obs.disconnect();
        // rAF runs before the frame is painted; a message posted from it runs after.
        requestAnimationFrame(() => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => resolve(performance.now() - t0.v);
          ch.port2.postMessage(0);
        });
      });
      obs.observe(document.body, { childList: true, subtree: true });
    });
  }, { name, selector, before });
}

async function measure(page, label, paragraphCount) {
  const toMenu = [];
  const toHighlight = [];
  for (let i = 0; i < SAMPLES; i++) {
    const paragraph = page.locator(`.aa-paragraph[data-paragraph="${(i * 7) % paragraphCount}"]`);
    const text = await paragraph.evaluate((p) => p.textContent);
    // A few words starting at a word boundary somewhere in the paragraph.
    const words = [...text.matchAll(/\S+/g)];
    const w = words[(i * 5) % Math.max(1, words.length - 4)];
    const startCp = [...text.slice(0, w.index)].length;
    const endCp = startCp + [...text.slice(w.index, w.index + 18)].length;
    // The toast from the previous sample may cover the words to drag over.
    await page.evaluate(() => document.querySelector('.aa-toast__close')?.click());
    await armPaintTimer(page, '__menuShown', '.aa-menu', -1);
    const dragged = await selectTextByMouse(page, paragraph, startCp, endCp);
    if (process.env.BENCH_DEBUG) {
      console.log(i, JSON.stringify({ expected: dragged.expected, selected: dragged.selected, start: dragged.start, end: dragged.end }));
      if (!dragged.selected) {
        await page.screenshot({ path: 'tests/e2e/artifacts/bench-failed.png' });
        console.log(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.outerHTML.slice(0, 300), dragged.start));
      }
    }
    toMenu.push(await withTimeout(page.evaluate(() => window.__menuShown), `${label} sample ${i}: menu`));
    const before = await page.locator('.aa-edge[data-edge="start"]').count();
    await armPaintTimer(page, '__painted', '.aa-edge[data-edge="start"]', before);
    // Rotate categories: the same words twice in one category are (rightly) refused.
    const category = ['claim', 'demand', 'question'][i % 3];
    await page.locator(`.aa-menu button[data-category="${category}"]`).click();
    toHighlight.push(await withTimeout(page.evaluate(() => window.__painted), `${label} sample ${i}: highlight`));
  }
  console.log(summary(`${label}: drag release -> menu painted`, toMenu));
  console.log(summary(`${label}: click release -> highlight painted`, toHighlight));
}

/**
 * Writes dist/bench-synthetic.html: the release page with the 1 MB / 10,000-annotation article
 * in its data island, generated by the CLI (the generator is not in the reader's wasm).
 */
function writeSyntheticPage() {
  const bundle = path.join('target', 'bench-synthetic.json');
  execFileSync('cargo', ['run', '--quiet', '--bin', 'article-annotator-cli', '--', 'synthetic', '--out', bundle], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const json = fs.readFileSync(bundle, 'utf8').trim().replaceAll('<', '\\u003c');
  const html = fs
    .readFileSync(path.join('dist', 'index.html'), 'utf8')
    .replace(/<script type="application\/json" id="article-annotator-data">[\s\S]*?<\/script>/, '')
    .replace('</body>', `<script type="application/json" id="article-annotator-data">${json}</script></body>`);
  fs.writeFileSync(path.join('dist', 'bench-synthetic.html'), html);
}

writeSyntheticPage();
const server = await startServer();
const browser = await launchBrowser();
try {
  for (const [label, query] of [['seed article', ''], ['synthetic 1 MB / 10k annotations', 'bench-synthetic.html']]) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const started = Date.now();
    await openWidget(page, `${server.url}${query}`, { timeout: 120_000 });
    const paragraphs = await page.locator('.aa-paragraph').count();
    const marks = await page.locator('mark.aa-mark').count();
    console.log(`${label}: ready in ${Date.now() - started} ms (${paragraphs} paragraphs, ${marks} marks)`);
    await measure(page, label, Math.min(paragraphs, 60));
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
