// Benchmark (prints figures, asserts nothing about time): first paint and hydration of the
// pre-rendered pages in headless Chromium, cold and warm.
//
//   node tests/e2e/bench-paint.mjs [dist]        (default: $E2E_DIST_DIR or dist/)
//   BENCH_N=15 (loads per page and mode)
//
// Pages: index.html (the seed, pre-rendered, and hydrated once the annotator is asked for at the
// load event); the same page served without its
// markup (the wasm renders it, as every page did before pre-rendering: the comparison); and
// examples/cms/index.html (strict CSP; the in-place widget over the host's own article, and the
// `src` explainer, pre-rendered at build time). Measured inside each page from navigation start, by an init script:
//  - FCP: the `first-contentful-paint` paint entry; on a pre-rendered page the highlights are part
//    of that paint, so "FCP -> all editorial highlights visible" is 0 ms by construction;
//  - LCP: the last `largest-contentful-paint` entry once the widgets are ready;
//  - wasm responseEnd (resource timing);
//  - ready: the `article-annotator:ready:<instance>` mark each widget sets in its first effect, after
//    hydrating (or, in place, after mounting): from then on it is interactive.
// Also printed: each page's HTML, raw and gzip -9.

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

import { DIST_DIR, STRICT_CSP, launchBrowser, requireDist, startServer } from './harness.mjs';

const dist = requireDist(process.argv[2] ? path.resolve(process.argv[2]) : DIST_DIR);
const N = Number(process.env.BENCH_N || 15);
const PAGES = [
  { name: 'index.html (seed, hydrated)', path: '', widgets: ['aa'] },
  { name: 'index.html without its markup (rendered in the browser, as before issue 11)', path: '', widgets: ['aa'], strip: true },
  { name: 'CMS example (in place + src explainer)', path: 'examples/cms/index.html', widgets: ['story-notes', 'explainer'] },
];

function probe() {
  const t = (window.__paint = { fcp: null, lcp: null, wasmEnd: null });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') t.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) t.lcp = e.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name.endsWith('_bg.wasm')) t.wasmEnd = e.responseEnd;
  }).observe({ type: 'resource', buffered: true });
}

/** Serves index.html with an empty widget host: the wasm renders the island's article itself. */
async function stripMarkup(context) {
  await context.route(/\/$/, async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    const open = html.indexOf('<div id="article-annotator"');
    const island = html.indexOf('<script type="application/json" id="article-annotator-data">');
    await route.fulfill({ response, body: `${html.slice(0, open)}<div id="article-annotator"></div>\n${html.slice(island)}` });
  });
}

async function measure(page, url, widgets) {
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response?.ok()) throw new Error(`GET ${url}: ${response?.status()}`);
  // index.html loads the annotator on the reader's intent (src/embed/intent.js): measured as a
  // reader who acts at once (or has saved annotations, which start it at once too), with the
  // start a host page may send at the load event. Reading needs no wasm: FCP and LCP are the
  // page's own whatever the reader does.
  await page.evaluate(() => document.getElementById('article-annotator')?.dispatchEvent(new Event('article-annotator:start')));
  await page.waitForFunction(
    (names) => window.__paint?.fcp !== null
      && names.every((n) => performance.getEntriesByName(`article-annotator:ready:${n}`).length > 0),
    widgets,
    { timeout: 30_000, polling: 50 },
  );
  // One more frame, so that an LCP candidate painted with the last render is reported.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return page.evaluate((names) => {
    const ready = Object.fromEntries(names.map((n) => [n, performance.getEntriesByName(`article-annotator:ready:${n}`)[0].startTime]));
    return { ...window.__paint, ready };
  }, widgets);
}

function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function table(title, samples, widgets) {
  const metrics = [
    ['FCP', (s) => s.fcp],
    ['LCP', (s) => s.lcp],
    ['wasm responseEnd', (s) => s.wasmEnd],
    ...widgets.map((w) => [`ready: ${w}`, (s) => s.ready[w]]),
    ...widgets.map((w) => [`ready − FCP: ${w}`, (s) => s.ready[w] - s.fcp]),
  ];
  const f = (x) => (Number.isFinite(x) ? x.toFixed(1) : '–').padStart(8);
  const lines = [`\n${title} (n=${samples.length}), ms from navigation start`,
    `${'metric'.padEnd(34)}${'median'.padStart(8)}${'p95'.padStart(8)}${'min'.padStart(8)}${'max'.padStart(8)}`];
  for (const [name, get] of metrics) {
    const v = samples.map(get).filter(Number.isFinite).sort((a, b) => a - b);
    lines.push(`${name.padEnd(34)}${f(percentile(v, 50))}${f(percentile(v, 95))}${f(v[0])}${f(v[v.length - 1])}`);
  }
  return lines.join('\n');
}

// The strict CSP on the CMS example (the embed runs under it); index.html keeps Trunk's inline
// loader script, which that policy would block.
const server = await startServer({
  root: dist,
  headers: (req) => ({
    'Cache-Control': 'public, max-age=3600',
    ...(req.url.includes('/examples/') ? { 'Content-Security-Policy': STRICT_CSP } : {}),
  }),
});
const browser = await launchBrowser();
const contextOptions = { viewport: { width: 1280, height: 900 } };

try {
  console.log(`paint benchmark: ${server.url} (dist ${dist}); CMS example under CSP: ${STRICT_CSP}`);
  console.log(`Chromium ${browser.version()}, headless, viewport 1280×900, N=${N}`);
  for (const { name, path: rel, widgets, strip } of PAGES) {
    const url = server.url + rel;
    const cold = [];
    for (let i = 0; i < N; i++) {
      const context = await browser.newContext(contextOptions);
      await context.addInitScript(probe);
      if (strip) await stripMarkup(context);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      cold.push(await measure(page, url, widgets));
      await context.close();
    }
    const warm = [];
    const context = await browser.newContext(contextOptions);
    await context.addInitScript(probe);
    if (strip) await stripMarkup(context);
    const priming = await context.newPage();
    await measure(priming, url, widgets);
    await priming.close();
    for (let i = 0; i < N; i++) {
      const page = await context.newPage();
      warm.push(await measure(page, url, widgets));
      await page.close();
    }
    await context.close();
    const html = fs.readFileSync(path.join(dist, rel || 'index.html'));
    const size = strip ? '' : `: HTML ${(html.length / 1024).toFixed(1)} KB, gzip -9 ${(zlib.gzipSync(html, { level: 9 }).length / 1024).toFixed(1)} KB`;
    console.log(`\n=== ${name}${size}`);
    console.log(table('cold: fresh context per load, cache disabled', cold, widgets));
    console.log(table('warm: one context, cached files, new page per load', warm, widgets));
  }
} finally {
  await browser.close();
  await server.close();
}
