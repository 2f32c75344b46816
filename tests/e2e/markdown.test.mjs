// End-to-end: Markdown outside the reader's bundle. The reader's wasm links no Markdown reader:
// pre-rendered pages and data islands carry the article already read, and a widget whose `src`
// is Markdown at run time (or whose inline data an older CLI wrote with "format": "markdown")
// loads the small Markdown bundle (dist/markdown/) through the loader. Checked here: such a
// widget shows its headings, lists, emphasis and highlights; an old island still loads; without
// the Markdown bundle the article is shown as plain text with a problem, and nothing breaks;
// pages whose article is already read never fetch the Markdown bundle.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { DIST_DIR, STRICT_CSP, launchBrowser, openEmbedPage, requireDist, startServer } from './harness.mjs';

const TIMEOUT = 120_000;
const MARKDOWN = `---
title: Harbour night
standfirst: Cranes after dark.
---

## The night shift

Dockers say the **cranes never stop** at night.

- first crane
- second *crane*
`;
const ANNOTATIONS = {
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  type: 'AnnotationCollection',
  first: {
    type: 'AnnotationPage',
    items: [
      ['urn:t:claim', 'claim', 'cranes never stop'],
      ['urn:t:question', 'question', 'second crane'],
    ].map(([id, category, exact]) => ({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id,
      type: 'Annotation',
      motivation: 'classifying',
      body: [{ type: 'SpecificResource', purpose: 'classifying', source: `urn:article-annotator:category:${category}` }],
      target: { source: 'urn:t:harbour', selector: [{ type: 'TextQuoteSelector', exact }] },
    })),
  },
};
// What an older `article-annotator-cli render` wrote inside the element: the Markdown as text.
const OLD_ISLAND = {
  meta: { id: 'harbour', title: 'Harbour night', source: 'urn:t:harbour' },
  text: MARKDOWN,
  format: 'markdown',
  annotations: ANNOTATIONS,
};

const page = (body) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Markdown</title>
    <link rel="icon" href="data:," />
    <script type="module" src="article-annotator.js"></script>
  </head>
  <body>
    ${body}
  </body>
</html>
`;

let server;
let plainServer;
let browser;
let tmpRoot;

before(async () => {
  requireDist();
  if (!fs.existsSync(path.join(DIST_DIR, 'markdown', 'manifest.json'))) {
    throw new Error(`${DIST_DIR}/markdown/manifest.json is missing: the build has no Markdown bundle`);
  }
  tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-markdown-e2e-'));
  fs.cpSync(DIST_DIR, tmpRoot, { recursive: true });
  fs.writeFileSync(path.join(tmpRoot, 'harbour.md'), MARKDOWN);
  fs.writeFileSync(path.join(tmpRoot, 'harbour.jsonld'), JSON.stringify(ANNOTATIONS));
  fs.writeFileSync(
    path.join(tmpRoot, 'md-src.html'),
    page('<article-annotator src="harbour.md" annotations="harbour.jsonld" storage-key="none" instance="md"></article-annotator>'),
  );
  const island = JSON.stringify(OLD_ISLAND).replace(/</g, '\\u003c');
  fs.writeFileSync(
    path.join(tmpRoot, 'old-island.html'),
    page(`<article-annotator storage-key="none" instance="old"><script type="application/json" data-article-annotator-data>${island}</script></article-annotator>`),
  );
  server = await startServer({ root: tmpRoot, headers: { 'Content-Security-Policy': STRICT_CSP } });
  // index.html starts with Trunk's inline script, which the strict policy refuses.
  plainServer = await startServer({ root: tmpRoot });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await plainServer?.close();
  if (tmpRoot) fs.rmSync(tmpRoot, { recursive: true, force: true });
});

/** Opens `url` in a fresh context; `block` aborts the Markdown bundle's requests. */
async function open(url, { block = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const tab = await context.newPage();
  const markdownRequests = [];
  tab.on('request', (req) => {
    if (new URL(req.url()).pathname.includes('/markdown/')) markdownRequests.push(req.url());
  });
  if (block) await tab.route('**/markdown/**', (route) => route.abort());
  const log = await openEmbedPage(tab, server.url + url);
  return { context, tab, log, markdownRequests };
}

/** The widget's structure and highlights, for the Markdown above. */
async function assertStructured(tab, instance) {
  const w = tab.locator(`article-annotator[instance="${instance}"]`);
  assert.equal(await w.locator('.aa-title').textContent(), 'Harbour night');
  assert.deepEqual(await w.locator('.aa-body h2.aa-paragraph').allTextContents(), ['The night shift']);
  assert.deepEqual(await w.locator('.aa-body ul.aa-blocks > li.aa-paragraph').allTextContents(), ['first crane', 'second crane']);
  assert.deepEqual(await w.locator('.aa-body strong').allTextContents(), ['cranes never stop']);
  assert.deepEqual(await w.locator('.aa-body em').allTextContents(), ['crane']);
  const quotes = async (category) => (await w.locator(`.aa-body mark[data-category="${category}"]`).allTextContents()).join('');
  assert.equal(await quotes('claim'), 'cranes never stop');
  assert.equal(await quotes('question'), 'second crane');
}

describe('Markdown outside the reader bundle', () => {
  test('a Markdown src is read by the Markdown bundle: headings, lists, emphasis, highlights', { timeout: TIMEOUT }, async () => {
    const { context, tab, log, markdownRequests } = await open('md-src.html');
    try {
      await assertStructured(tab, 'md');
      assert.ok(markdownRequests.some((u) => u.endsWith('.wasm')), 'the Markdown bundle was loaded');
      assert.deepEqual(log.errors(), []);
    } finally {
      await context.close();
    }
  });

  test('an old "format": "markdown" island (an older CLI\'s page) still loads with its structure', { timeout: TIMEOUT }, async () => {
    const { context, tab, log } = await open('old-island.html');
    try {
      await assertStructured(tab, 'old');
      assert.deepEqual(log.errors(), []);
    } finally {
      await context.close();
    }
  });

  test('without the Markdown bundle the text is shown as plain text, with a problem', { timeout: TIMEOUT }, async () => {
    const { context, tab, log } = await open('md-src.html', { block: true });
    try {
      const w = tab.locator('article-annotator[instance="md"]');
      const paragraphs = await w.locator('.aa-body .aa-paragraph').allTextContents();
      // Nothing lost: every line of the source, markup and all.
      assert.ok(paragraphs.includes('## The night shift'), JSON.stringify(paragraphs));
      assert.ok(paragraphs.includes('Dockers say the **cranes never stop** at night.'), JSON.stringify(paragraphs));
      assert.equal(await w.locator('.aa-body h2').count(), 0);
      assert.equal(await w.locator('.aa-legend__problems').count(), 1);
      const warned = log.consoleMessages.filter((m) => /is Markdown and the Markdown reader could not be loaded/.test(m));
      assert.equal(warned.length, 1, JSON.stringify(log.consoleMessages));
      assert.match(warned[0], /shown as plain text/);
      assert.deepEqual(log.pageErrors, []);
      // The editorial highlight on words the plain text still has is placed.
      assert.equal((await w.locator('.aa-body mark[data-category="claim"]').allTextContents()).join(''), 'cranes never stop');
    } finally {
      await context.close();
    }
  });

  test('pages whose article is already read never fetch the Markdown bundle', { timeout: TIMEOUT }, async () => {
    for (const [url, widgets] of [[plainServer.url + 'index.html', 1], [server.url + 'examples/cms/index.html', 2]]) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const tab = await context.newPage();
      const requests = [];
      tab.on('request', (req) => requests.push(new URL(req.url()).pathname));
      try {
        const log = await openEmbedPage(tab, url, { widgets });
        // The CMS page's explainer is a Markdown file, pre-rendered with its article data read.
        if (widgets === 2) {
          assert.equal(await tab.locator('article-annotator[instance="explainer"] .aa-body h2').count() >= 1, true);
        }
        assert.deepEqual(requests.filter((p) => p.includes('/markdown/')), [], url);
        assert.deepEqual(log.errors(), [], url);
      } finally {
        await context.close();
      }
    }
  });
});
