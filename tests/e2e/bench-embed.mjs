// Benchmark (prints figures, asserts nothing about time): the embed on the mock CMS page
// (examples/cms/index.html) under the strict CSP header, in headless Chromium.
//
//   node tests/e2e/bench-embed.mjs [dist]        (default: $E2E_DIST_DIR or dist/)
//   BENCH_N=15 (loads per mode); BENCH_WATERFALL=1 also prints the request waterfall and the
//   performance marks (medians: when each file's fetch starts and its response ends)
//
// Each load is measured inside the page (an init script, installed before any page script):
//  - FCP: the `first-contentful-paint` paint entry;
//  - script start: `responseEnd` of the loader article-annotator.js (resource timing; the loader
//    itself is not instrumented);
//  - highlights painted: a requestAnimationFrame loop sees CSS.highlights hold all the editorial
//    ranges of the in-place widget (aa-claim + aa-demand + aa-question = 42); the time is taken in
//    the next animation frame (that is, after the frame that first had them was produced); also
//    the time of the animation frame that saw them, and of a task posted from it (it runs once
//    that frame's rendering is done: that frame paints them; when the widget's first render runs
//    right after it, as it does in place, the next animation frame waits for that render);
//  - the `src` widget (instance "explainer"): its `.aa-root[data-ready]` and its rendered
//    paragraphs (first frame where they exist), and its `mark.aa-mark` count (it has no
//    editorial annotations, so 0 is expected).
// Modes: cold (a fresh browser context per load, HTTP cache disabled through CDP) and warm (one
// context; files cacheable for an hour; a priming load, then N loads in new pages).
// Also printed: the embed payload gzip -9 (zlib level 9), each file and total.

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

import { trunkLoader } from '../../scripts/standalone.mjs';
import { DIST_DIR, STRICT_CSP, launchBrowser, requireDist, startServer } from './harness.mjs';

const dist = requireDist(process.argv[2] ? path.resolve(process.argv[2]) : DIST_DIR);
const N = Number(process.env.BENCH_N || 15);
const PAGE = 'examples/cms/index.html';
const EDITORIAL = 42;

// ---------- payload ----------

function payload() {
  // The build's glue and wasm, as index.html names them (the loader itself is minified).
  const { jsName: glue, wasmName: wasm } = trunkLoader(fs.readFileSync(path.join(dist, 'index.html'), 'utf8'));
  const files = ['article-annotator.js', glue, wasm];
  // widget*.css and highlights*.css even if the loader names them differently.
  for (const f of fs.readdirSync(dist)) {
    if (/^(widget|highlights).*\.css$/.test(f) && !files.includes(f)) files.push(f);
  }
  return files.map((name) => {
    const raw = fs.readFileSync(path.join(dist, name));
    return { name, raw: raw.length, gz: zlib.gzipSync(raw, { level: 9 }).length };
  });
}

// ---------- in-page probe ----------

function probe(total) {
  const t = (window.__bench = {
    fcp: null, scriptStart: null, scriptFetchStart: null, wasmEnd: null, highlights: null, highlightsFrame: null, highlightsFrameDone: null,
    inplaceReady: null, srcReady: null, srcParagraphs: null, srcMarks: null, frames: 0,
  });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') t.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const file = e.name.split('/').pop().split('?')[0];
      if (file === 'article-annotator.js') {
        t.scriptStart = e.responseEnd;
        t.scriptFetchStart = e.fetchStart;
      } else if (file.endsWith('_bg.wasm')) t.wasmEnd = e.responseEnd;
    }
  }).observe({ type: 'resource', buffered: true });
  const size = (name) => (typeof CSS !== 'undefined' && CSS.highlights?.get(name)?.size) || 0;
  let highlightsSeen = false;
  let srcSeen = false;
  const frame = () => {
    t.frames += 1;
    const now = performance.now();
    if (!highlightsSeen && size('aa-claim') + size('aa-demand') + size('aa-question') >= total) {
      highlightsSeen = true;
      t.highlightsFrame = now;
      // A task posted from this frame's callbacks runs once the frame's rendering is done (and
      // before tasks the page posts from later callbacks of the same frame).
      setTimeout(() => { t.highlightsFrameDone = performance.now(); });
      requestAnimationFrame(() => { t.highlights = performance.now(); });
    }
    if (t.inplaceReady === null && document.querySelector('article-annotator[for] .aa-root[data-ready="true"]')) t.inplaceReady = now;
    const src = document.querySelector('article-annotator[src] .aa-root[data-ready="true"]');
    if (t.srcReady === null && src) t.srcReady = now;
    if (!srcSeen && src && src.querySelector('.aa-paragraph')) {
      srcSeen = true;
      requestAnimationFrame(() => {
        t.srcParagraphs = performance.now();
        t.srcMarks = src.querySelectorAll('mark.aa-mark').length;
      });
    }
    if (!(highlightsSeen && srcSeen && t.highlights !== null && t.srcParagraphs !== null)) requestAnimationFrame(frame);
    else {
      // The waterfall: every resource (fetch start, response end) and every performance mark.
      t.resources = performance.getEntriesByType('resource').map((e) => ({
        name: e.name.split('/').pop().split('?')[0], start: e.startTime, end: e.responseEnd,
      }));
      t.marks = performance.getEntriesByType('mark').map((e) => ({ name: e.name, at: e.startTime }));
      const nav = performance.getEntriesByType('navigation')[0];
      if (nav) t.marks.push({ name: 'DOMContentLoaded', at: nav.domContentLoadedEventStart }, { name: 'html responseEnd', at: nav.responseEnd });
    }
  };
  requestAnimationFrame(frame);
}

async function measure(page, url) {
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response?.ok()) throw new Error(`GET ${url}: ${response?.status()}`);
  try {
    await page.waitForFunction(
      () => window.__bench && window.__bench.highlights !== null && window.__bench.srcParagraphs !== null
        && window.__bench.fcp !== null && window.__bench.scriptStart !== null,
      null,
      { timeout: 30_000, polling: 50 },
    );
  } catch (err) {
    const state = await page.evaluate(() => ({ bench: window.__bench, hl: [...(CSS.highlights?.keys() ?? [])] })).catch(() => null);
    throw new Error(`the page did not reach the measured state: ${JSON.stringify(state)}`, { cause: err });
  }
  return page.evaluate(() => window.__bench);
}

// ---------- statistics ----------

function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const METRICS = [
  ['FCP (from navigation start)', (s) => s.fcp],
  ['script start (loader responseEnd)', (s) => s.scriptStart],
  ['wasm responseEnd', (s) => s.wasmEnd],
  ['in-place widget ready', (s) => s.inplaceReady],
  ['highlights painted (all 42 ranges, +1 frame)', (s) => s.highlights],
  ['highlights − FCP', (s) => s.highlights - s.fcp],
  ['highlights in a frame − FCP (rAF that saw them)', (s) => s.highlightsFrame - s.fcp],
  ['  … that frame rendered − FCP', (s) => s.highlightsFrameDone - s.fcp],
  ['highlights − script start', (s) => s.highlights - s.scriptStart],
  ['src widget ready − script start', (s) => s.srcReady - s.scriptStart],
  ['src widget text painted − script start', (s) => s.srcParagraphs - s.scriptStart],
  ['src widget text painted − FCP', (s) => s.srcParagraphs - s.fcp],
];

function table(mode, samples) {
  const f = (x) => (Number.isFinite(x) ? x.toFixed(1) : '–').padStart(8);
  const lines = [`\n${mode} (n=${samples.length}), ms`, `${'metric'.padEnd(46)}${'median'.padStart(8)}${'p95'.padStart(8)}${'min'.padStart(8)}${'max'.padStart(8)}`];
  for (const [name, get] of METRICS) {
    const v = samples.map(get).filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
    lines.push(`${name.padEnd(46)}${f(percentile(v, 50))}${f(percentile(v, 95))}${f(v[0])}${f(v[v.length - 1])}`);
  }
  const marks = [...new Set(samples.map((s) => s.srcMarks))];
  lines.push(`src widget mark.aa-mark count: ${marks.join(', ')} (explainer.md has no editorial annotations)`);
  return lines.join('\n');
}

/** The request waterfall and the performance marks, medians over the loads (ms from navigation). */
function waterfall(mode, samples) {
  const f = (x) => (Number.isFinite(x) ? x.toFixed(1) : '–').padStart(8);
  const med = (v) => percentile(v.filter(Number.isFinite).sort((a, b) => a - b), 50);
  const rows = new Map();
  const add = (name, start, end) => {
    if (!rows.has(name)) rows.set(name, { starts: [], ends: [] });
    rows.get(name).starts.push(start);
    rows.get(name).ends.push(end);
  };
  for (const s of samples) {
    for (const r of s.resources ?? []) add(r.name.replace(/-[0-9a-f]{16}/, '-#'), r.start, r.end);
    for (const m of s.marks ?? []) add(`mark ${m.name.replace(/^article-annotator:/, '')}`, m.at, NaN);
    add('FCP', s.fcp, NaN);
    add('all 42 highlights in a frame (rAF that saw them)', s.highlightsFrame, NaN);
    add('all 42 highlights painted (+1 frame)', s.highlights, NaN);
    add('src widget text painted (+1 frame)', s.srcParagraphs, NaN);
  }
  const lines = [`\n${mode}: waterfall, medians (ms from navigation start)`, `${'resource / mark'.padEnd(52)}${'start'.padStart(8)}${'end'.padStart(8)}`];
  const sorted = [...rows].map(([name, r]) => [name, med(r.starts), med(r.ends)]).sort((a, b) => a[1] - b[1]);
  for (const [name, start, end] of sorted) lines.push(`${name.slice(0, 51).padEnd(52)}${f(start)}${f(end)}`);
  return lines.join('\n');
}

// ---------- run ----------

const server = await startServer({
  root: dist,
  // Cacheable for the warm runs (the cold runs disable the cache through CDP).
  headers: { 'Content-Security-Policy': STRICT_CSP, 'Cache-Control': 'public, max-age=3600' },
});
const browser = await launchBrowser();
const url = server.url + PAGE;
const contextOptions = { viewport: { width: 1280, height: 900 } };

try {
  const cold = [];
  for (let i = 0; i < N; i++) {
    const context = await browser.newContext(contextOptions);
    await context.addInitScript(probe, EDITORIAL);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    cold.push(await measure(page, url));
    await context.close();
  }

  const warm = [];
  let warmRequestsFrom = 0;
  let warmRequests = [];
  {
    const context = await browser.newContext(contextOptions);
    await context.addInitScript(probe, EDITORIAL);
    const priming = await context.newPage();
    await measure(priming, url);
    await priming.close();
    warmRequestsFrom = server.requests.length;
    for (let i = 0; i < N; i++) {
      const page = await context.newPage();
      warm.push(await measure(page, url));
      await page.close();
    }
    warmRequests = server.requests.slice(warmRequestsFrom);
    await context.close();
  }

  const files = payload();
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(10);
  console.log(`embed benchmark: ${url} (dist ${dist}), CSP header: ${STRICT_CSP}`);
  console.log(`Chromium ${browser.version()}, headless, viewport 1280×900`);
  console.log(table('cold: fresh context per load, cache disabled', cold));
  console.log(table('warm: one context, cached files, new page per load', warm));
  if (process.env.BENCH_WATERFALL) {
    console.log(waterfall('cold', cold));
    console.log(waterfall('warm', warm));
  }
  const fromServer = (re) => warmRequests.filter((r) => re.test(r.path)).length;
  console.log(
    `warm loads asked the server for ${warmRequests.length} files in all ` +
      `(loader ${fromServer(/article-annotator\.js$/)}, wasm ${fromServer(/_bg\.wasm$/)}, page ${fromServer(/index\.html$/)})`,
  );
  console.log('\nembed payload (what a host page loads for the widget)');
  console.log(`${'file'.padEnd(46)}${'raw'.padStart(10)}${'gzip -9'.padStart(10)}`);
  for (const f of files) console.log(`${f.name.padEnd(46)}${kb(f.raw)}${kb(f.gz)}`);
  const sum = (k) => files.reduce((a, f) => a + f[k], 0);
  console.log(`${'total'.padEnd(46)}${kb(sum('raw'))}${kb(sum('gz'))}`);
} finally {
  await browser.close();
  await server.close();
}
