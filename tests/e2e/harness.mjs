// Reusable end-to-end harness for the article-annotator widget.
//
// - startServer({ root, basePath, headers }): static HTTP server on 127.0.0.1,
//   ephemeral port, correct MIME types (application/wasm included).
// - launchBrowser(): Debian's Chromium through playwright-core (no browser download).
// - openWidget(page, url): navigates, wakes the reader page's annotator (wake) and waits for
//   `.aa-root[data-ready="true"]`,
//   collecting console errors, page errors and failed requests.
// - selectTextByMouse(page, target, start, end): a real mouse drag over text offsets.
// - screenshot(page, name): PNG into tests/e2e/artifacts/ (gitignored).
//
// Used by node:test files in this folder; `scripts/test.sh e2e` runs them.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

import { cli, SEED_ARTICLE } from '../../scripts/prerender.mjs';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The release build to test; E2E_DIST_DIR overrides it (e.g. a build under another name). */
export const DIST_DIR = process.env.E2E_DIST_DIR
  ? path.resolve(process.env.E2E_DIST_DIR)
  : path.join(REPO_ROOT, 'dist');
export const SEEDS_DIR = path.join(REPO_ROOT, 'seeds');
export const ARTIFACTS_DIR = path.join(REPO_ROOT, 'tests', 'e2e', 'artifacts');

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** How long to wait for the widget to mount (ms). A cold wasm compile can be slow on CI. */
export const READY_TIMEOUT_MS = Number(process.env.E2E_READY_TIMEOUT_MS || 30_000);

export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml',
};

/**
 * Fail with a clear message when the release build is missing.
 * @param {string} [dir]
 */
export function requireDist(dir = DIST_DIR) {
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    throw new Error(
      `${path.relative(REPO_ROOT, dir).startsWith('..') ? dir : path.relative(REPO_ROOT, dir)}/index.html is missing: build the widget first ` +
        `with \`scripts/test.sh build\` (or \`trunk build --release\` with node_modules/.bin on PATH).`,
    );
  }
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  if (html.includes('__trunk_address__') || html.includes('.well-known/trunk/ws')) {
    throw new Error(
      `${dir}/index.html is a \`trunk serve\` development build (it has the live-reload client); ` +
        'rebuild the release with `scripts/test.sh build` before running the e2e tests.',
    );
  }
  return dir;
}

/** Read a seed file (relative to seeds/) as UTF-8 text. */
export function readSeed(name) {
  return fs.readFileSync(path.join(SEEDS_DIR, name), 'utf8');
}

function normaliseBasePath(basePath) {
  let p = basePath || '/';
  if (!p.startsWith('/')) p = `/${p}`;
  if (!p.endsWith('/')) p = `${p}/`;
  return p;
}

/**
 * Start a static file server for `root`, mounted at `basePath`.
 *
 * @param {object} opts
 * @param {string} [opts.root]      directory to serve (default: dist/)
 * @param {string} [opts.basePath]  URL prefix the files live under, e.g. '/news/widget/'
 * @param {Record<string,string> | ((req: http.IncomingMessage, filePath: string) => Record<string,string>)} [opts.headers]
 *        extra response headers (e.g. a Content-Security-Policy), or a function returning them
 * @returns {Promise<{url: string, origin: string, port: number, basePath: string,
 *          requests: {method: string, path: string, status: number}[], close: () => Promise<void>}>}
 */
export async function startServer({ root = DIST_DIR, basePath = '/', headers = {} } = {}) {
  const rootDir = path.resolve(root);
  const base = normaliseBasePath(basePath);
  const requests = [];

  const server = http.createServer(async (req, res) => {
    const record = (status) => requests.push({ method: req.method, path: req.url, status });
    const extra = (filePath) => (typeof headers === 'function' ? headers(req, filePath) || {} : headers);
    const send = (status, body, type, filePath = null) => {
      record(status);
      res.writeHead(status, {
        'Content-Type': type,
        'Content-Length': Buffer.byteLength(body),
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
        ...extra(filePath),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    };

    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        send(405, 'method not allowed\n', 'text/plain; charset=utf-8');
        return;
      }
      const url = new URL(req.url, 'http://127.0.0.1');
      let pathname;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        send(400, 'bad request\n', 'text/plain; charset=utf-8');
        return;
      }
      if (`${pathname}/` === base) {
        record(301);
        res.writeHead(301, { Location: base + url.search });
        res.end();
        return;
      }
      // Browsers ask for /favicon.ico on their own; a 404 there would show up as a
      // console error that has nothing to do with the widget.
      if (pathname === '/favicon.ico' && !fs.existsSync(path.join(rootDir, 'favicon.ico'))) {
        record(204);
        res.writeHead(204, { 'Cache-Control': 'no-store' });
        res.end();
        return;
      }
      if (!pathname.startsWith(base)) {
        send(404, `not found (this server serves only under ${base})\n`, 'text/plain; charset=utf-8');
        return;
      }
      let rel = pathname.slice(base.length);
      if (rel === '' || rel.endsWith('/')) rel += 'index.html';
      const filePath = path.resolve(rootDir, rel);
      if (filePath !== rootDir && !filePath.startsWith(rootDir + path.sep)) {
        send(403, 'forbidden\n', 'text/plain; charset=utf-8');
        return;
      }
      let stat;
      try {
        stat = await fsp.stat(filePath);
      } catch {
        send(404, 'not found\n', 'text/plain; charset=utf-8');
        return;
      }
      if (stat.isDirectory()) {
        record(301);
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
        res.end();
        return;
      }
      const body = await fsp.readFile(filePath);
      const type = MIME_TYPES[path.extname(filePath).toLowerCase()] || 'application/octet-stream';
      send(200, body, type, filePath);
    } catch (err) {
      if (!res.headersSent) send(500, `server error: ${err && err.message}\n`, 'text/plain; charset=utf-8');
      else res.destroy(err);
    }
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: origin + base,
    origin,
    port,
    basePath: base,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

/** Chromium flags for a quiet, reproducible headless run on a container as root. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Launch Debian's Chromium via playwright-core. Playwright gives every launch a
 * fresh temporary --user-data-dir and removes it on close.
 * Set E2E_HEADED=1 to watch the run (needs a display).
 * @param {import('playwright-core').LaunchOptions} [options]
 */
export async function launchBrowser(options = {}) {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `${CHROMIUM_PATH} not found: run \`scripts/setup.sh test\` (apt-get install chromium), ` +
        'or point CHROMIUM_PATH at a Chromium binary.',
    );
  }
  const headed = process.env.E2E_HEADED === '1';
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: !headed,
    args: CHROMIUM_ARGS.filter((a) => !(headed && a === '--headless')),
    timeout: 60_000,
    ...options,
  });
}

/**
 * Open the widget page and wait until it has mounted.
 * Listeners are attached before navigation, so errors during start-up are kept.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} url
 * @param {{timeout?: number}} [opts]
 * @returns {Promise<{consoleErrors: string[], pageErrors: string[], failedRequests: string[],
 *          consoleMessages: string[], errors: () => string[]}>}
 */
export async function openWidget(page, url, { timeout = READY_TIMEOUT_MS } = {}) {
  const consoleErrors = [];
  const consoleMessages = [];
  const pageErrors = [];
  const failedRequests = [];

  page.on('console', (msg) => {
    const loc = msg.location();
    const where = loc && loc.url ? ` (${loc.url}:${loc.lineNumber})` : '';
    const text = `[${msg.type()}] ${msg.text()}${where}`;
    consoleMessages.push(text);
    if (msg.type() === 'error') consoleErrors.push(text);
  });
  page.on('pageerror', (err) => pageErrors.push(String(err && err.stack ? err.stack : err)));
  page.on('requestfailed', (req) =>
    failedRequests.push(`${req.method()} ${req.url()}: ${req.failure()?.errorText}`),
  );
  page.on('response', (res) => {
    if (res.status() >= 400) failedRequests.push(`${res.request().method()} ${res.url()}: HTTP ${res.status()}`);
  });

  const collected = {
    consoleErrors,
    consoleMessages,
    pageErrors,
    failedRequests,
    errors: () => [...consoleErrors, ...pageErrors.map((e) => `[pageerror] ${e}`)],
  };

  const response = await page.goto(url, { waitUntil: 'load', timeout });
  if (!response || !response.ok()) {
    throw new Error(`GET ${url} answered ${response ? response.status() : 'nothing'}`);
  }
  // The reader page loads the annotator on the reader's intent (src/embed/intent.js); a test
  // that is not about that intent asks for it the way a host page may. lazy.test.mjs drives the
  // intents themselves with real input.
  await wake(page);
  try {
    await page.locator('.aa-root[data-ready="true"]').first().waitFor({ state: 'attached', timeout });
  } catch (err) {
    const detail = [
      `widget did not become ready (.aa-root[data-ready="true"]) within ${timeout} ms at ${url}`,
      `console errors: ${JSON.stringify(consoleErrors)}`,
      `page errors: ${JSON.stringify(pageErrors)}`,
      `failed requests: ${JSON.stringify(failedRequests)}`,
      `#article-annotator: ${await page
        .locator('#article-annotator')
        .evaluate((e) => e.outerHTML.slice(0, 400))
        .catch(() => '(missing)')}`,
    ].join('\n  ');
    throw new Error(detail, { cause: err });
  }
  await slowDown(page);
  return collected;
}

/** A temporary directory serving dist/ plus story.html: a whole page `article-annotator-cli
 *  render` wrote for the seed, whose pre-rendered widget (instance "story") the embed loader runs.
 *  The caller removes it. */
export function cliRenderedSite(prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const name of fs.readdirSync(DIST_DIR)) fs.symlinkSync(path.join(DIST_DIR, name), path.join(dir, name));
  const { article, meta, annotations } = SEED_ARTICLE;
  execFileSync(cli(), ['render', '--article', article, '--meta', meta, '--annotations', annotations,
    '--instance', 'story', '--out', path.join(dir, 'story.html')], { stdio: 'pipe' });
  return dir;
}

/** A DataTransfer in `page` (a handle) holding one file, `name`, with `text` in it: what a
 *  reader drops onto the widget. */
export function fileTransfer(page, text, name = 'dropped.jsonld', type = 'application/ld+json') {
  return page.evaluateHandle(({ text, name, type }) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], name, { type }));
    return dt;
  }, { text, name, type });
}

/** Starts the annotator of the reader page and of pre-rendered embedded widgets without reader
 *  input (the `article-annotator:start` event a host page may send); nothing where it runs already. */
export async function wake(page) {
  await page.evaluate(() => {
    for (const el of document.querySelectorAll('#article-annotator, article-annotator, [data-article-annotator]')) {
      el.dispatchEvent(new Event('article-annotator:start'));
    }
  });
}

/** `E2E_CPU_SLOWDOWN=4 node --test tests/e2e/` runs every test on a CPU that many times slower
 *  once the widget is ready (Chromium's CPU throttling): it brings out races between key
 *  presses, clicks and Yew's deferred effects that a fast machine hides. */
export async function slowDown(page, rate = Number(process.env.E2E_CPU_SLOWDOWN || 1)) {
  if (rate > 1) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  }
}

/**
 * Compute viewport coordinates of text offsets inside an element.
 * Offsets count Unicode code points of the element's textContent (the same unit
 * as the widget's data-start), unless `unit: 'utf16'` is given.
 * The start point is just inside the left edge of the character at `start`;
 * the end point is just inside the right edge of the character at `end - 1`.
 *
 * @param {import('playwright-core').Page} page
 * @param {string | import('playwright-core').Locator} target
 * @param {number} start
 * @param {number} end  exclusive
 * @param {{unit?: 'codepoint' | 'utf16'}} [opts]
 */
export async function textOffsetPoints(page, target, start, end, { unit = 'codepoint' } = {}) {
  const locator = typeof target === 'string' ? page.locator(target).first() : target;
  await locator.scrollIntoViewIfNeeded();
  // Let layout settle (e.g. paragraphs rendered for the first time after scrolling) before
  // measuring, or the drag lands on stale coordinates.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return locator.evaluate(
    (root, { start, end, unit }) => {
      if (!(end > start)) throw new Error(`empty or reversed range ${start}..${end}`);
      // Text nodes in document order, with their UTF-16 start offsets.
      const nodes = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let total = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push({ node: n, at: total });
        total += n.data.length;
      }
      const text = nodes.map((n) => n.node.data).join('');
      // Convert code-point offsets to UTF-16 offsets.
      const toUtf16 = (cp) => {
        if (unit === 'utf16') return cp;
        let u = 0;
        let i = 0;
        for (const ch of text) {
          if (i === cp) return u;
          u += ch.length;
          i += 1;
        }
        if (i === cp) return u;
        throw new Error(`offset ${cp} is past the end (${i} code points)`);
      };
      const s = toUtf16(start);
      const e = toUtf16(end);
      if (e > total) throw new Error(`offset ${end} is past the end of the text`);
      const locate = (u) => {
        for (const { node, at } of nodes) {
          if (u >= at && u < at + node.data.length) return { node, offset: u - at };
        }
        throw new Error(`no text node at UTF-16 offset ${u}`);
      };
      const charRect = (u) => {
        const { node, offset } = locate(u);
        const len = text.codePointAt(u) > 0xffff ? 2 : 1;
        const range = document.createRange();
        range.setStart(node, offset);
        range.setEnd(node, Math.min(offset + len, node.data.length));
        const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
        const r = rects[0] || range.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height };
      };
      const first = charRect(s);
      // The last character of the range (step back over a surrogate pair).
      let lastU = e - 1;
      if (lastU > s && /[\uDC00-\uDFFF]/.test(text[lastU])) lastU -= 1;
      const last = charRect(lastU);
      const inset = (r) => Math.min(1, r.width / 4);
      return {
        start: { x: first.left + inset(first), y: first.top + first.height / 2 },
        end: { x: last.right - inset(last), y: last.top + last.height / 2 },
        expected: text.slice(s, e),
        firstRect: first,
        lastRect: last,
      };
    },
    { start, end, unit },
  );
}

/**
 * Select text with a REAL mouse drag (move, down, move in steps, up) from the
 * character at `startCharOffset` to the end of the character at `endCharOffset - 1`,
 * offsets counted in code points of the target element's textContent.
 * Returns the points used, the text expected, and what the page's selection holds.
 *
 * @param {import('playwright-core').Page} page
 * @param {string | import('playwright-core').Locator} locatorOrSelector
 * @param {number} startCharOffset
 * @param {number} endCharOffset  exclusive
 * @param {{steps?: number, unit?: 'codepoint' | 'utf16'}} [opts]
 */
export async function selectTextByMouse(page, locatorOrSelector, startCharOffset, endCharOffset, opts = {}) {
  const { steps = 12, unit = 'codepoint' } = opts;
  const pts = await textOffsetPoints(page, locatorOrSelector, startCharOffset, endCharOffset, { unit });
  await page.mouse.move(pts.start.x, pts.start.y);
  await page.mouse.down();
  await page.mouse.move(pts.end.x, pts.end.y, { steps });
  await page.mouse.up();
  const selected = await page.evaluate(() => String(window.getSelection()));
  return { ...pts, selected };
}

/**
 * Save a screenshot to tests/e2e/artifacts/NAME.png and return its path.
 * @param {import('playwright-core').Page} page
 * @param {string} name
 * @param {import('playwright-core').PageScreenshotOptions} [options]
 */
export async function screenshot(page, name, options = {}) {
  await fsp.mkdir(ARTIFACTS_DIR, { recursive: true });
  const safe = name.replace(/[^A-Za-z0-9._-]+/g, '_');
  const file = path.join(ARTIFACTS_DIR, safe.endsWith('.png') ? safe : `${safe}.png`);
  await page.screenshot({ path: file, fullPage: true, ...options });
  return file;
}

// ---------------------------------------------------------------------------------------------
// Embed helpers (the <article-annotator> element on host pages: examples/cms, examples/iframe).
// ---------------------------------------------------------------------------------------------

/** The strict policy the embed must work under (docs/CMS.md), for `startServer({headers})`. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";

/** The host events the embed sends (`article-annotator:<name>`, bubbling to `document`). */
export const EMBED_EVENTS = ['ready', 'create', 'update', 'delete', 'change', 'select', 'export', 'error'];

/**
 * An init script (for `context.addInitScript`) recording, from before the page's own scripts run:
 * every `article-annotator:*` event into `window.__aaEvents` as
 * `{type, instance, detail}` (detail deep-copied through JSON), and every
 * `securitypolicyviolation` into `window.__cspViolations` as strings.
 */
export function embedRecorderInit(events) {
  window.__aaEvents = [];
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(`${e.effectiveDirective || e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample || ''}`);
  });
  for (const name of events) {
    document.addEventListener(`article-annotator:${name}`, (e) => {
      let detail = null;
      try {
        detail = JSON.parse(JSON.stringify(e.detail ?? null));
      } catch (err) {
        detail = { unserialisable: String(err) };
      }
      window.__aaEvents.push({ type: name, instance: detail && detail.instance, detail });
    });
  }
}

/**
 * Open a host page and wait until `widgets` widgets have mounted (`.aa-root[data-ready="true"]`),
 * collecting errors like `openWidget`.
 * @param {import('playwright-core').Page} page
 * @param {string} url
 * @param {{widgets?: number, timeout?: number}} [opts]
 */
export async function openEmbedPage(page, url, { widgets = 1, timeout = READY_TIMEOUT_MS } = {}) {
  const log = await openWidget(page, url, { timeout });
  try {
    await page.waitForFunction(
      (n) => document.querySelectorAll('.aa-root[data-ready="true"]').length >= n,
      widgets,
      { timeout },
    );
  } catch (err) {
    throw new Error(`${widgets} widgets did not become ready at ${url}; errors: ${JSON.stringify(log.errors())}`, { cause: err });
  }
  return log;
}

/** Code-point offsets `[start, end)` of the first `needle` in the element's textContent. */
export async function codePointOffsets(locator, needle) {
  const text = await locator.evaluate((e) => e.textContent);
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" is not in ${JSON.stringify(text.slice(0, 120))}…`);
  const start = [...text.slice(0, at)].length;
  return [start, start + [...needle].length];
}

/** Sizes of the page's CSS Custom Highlights, by name (`{'aa-claim': 29, …}`). */
export async function highlightSizes(page) {
  return page.evaluate(() => {
    const out = {};
    if (typeof CSS === 'undefined' || !CSS.highlights) return out;
    for (const [name, highlight] of CSS.highlights) out[name] = highlight.size;
    return out;
  });
}
