// End-to-end: the embed (dist/article-annotator.js) on host pages, under a strict
// Content-Security-Policy sent as a header: examples/cms (an in-place widget over the host's
// article and a `src` widget side by side), the data-attribute form, and examples/iframe.
// Real headless Chromium, real mouse and keyboard; a fresh browser context (clean storage) per test.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import {
  DIST_DIR,
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

let server;
let browser;
let tmpRoot;

before(async () => {
  requireDist();
  if (!fs.existsSync(path.join(DIST_DIR, 'article-annotator.js'))) {
    throw new Error(`${DIST_DIR}/article-annotator.js is missing: the build has no embed loader`);
  }
  // A copy of the build with one extra page: the data-attribute form (test 5).
  tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-embed-e2e-'));
  fs.cpSync(DIST_DIR, tmpRoot, { recursive: true });
  fs.writeFileSync(
    path.join(tmpRoot, 'data-form.html'),
    `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>data-article-annotator</title>
    <link rel="icon" href="data:," />
    <script type="module" src="article-annotator.js"></script>
  </head>
  <body>
    <h1>A CMS that strips unknown tags</h1>
    <div id="data-widget" data-article-annotator data-src="data-article.txt" data-storage-key="x" data-instance="data-form" data-article-id="data-form-article"></div>
  </body>
</html>
`,
  );
  fs.writeFileSync(
    path.join(tmpRoot, 'data-article.txt'),
    'First paragraph of the data-attribute article, about harbour cranes.\nSecond paragraph, on the night shift and its tides.\n',
  );
  server = await startServer({ root: tmpRoot, headers: { 'Content-Security-Policy': STRICT_CSP } });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (tmpRoot) fs.rmSync(tmpRoot, { recursive: true, force: true });
});

/** A fresh context (clean storage) with event and CSP-violation recorders, the CMS page open. */
async function freshCms({ url = server.url + CMS, widgets = 2 } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(embedRecorderInit, EMBED_EVENTS);
  const page = await context.newPage();
  const log = await openEmbedPage(page, url, { widgets });
  return { context, page, log };
}

const widget = (page, instance) => page.locator(`article-annotator[instance="${instance}"]`);
const story = (page) => widget(page, 'story-notes');
const explainer = (page) => widget(page, 'explainer');
const readerItems = (w) => w.locator('.aa-item[data-origin="reader"]');
const events = (page) => page.evaluate(() => window.__aaEvents);
const eventsOf = async (page, type, instance) =>
  (await events(page)).filter((e) => e.type === type && (!instance || e.instance === instance));

/** Legend counts of one widget: `{claim, demand, question}`. */
async function legendCounts(w) {
  return w.locator('.aa-legend__toggle').evaluateAll((buttons) =>
    Object.fromEntries(buttons.map((b) => [b.dataset.category, Number(b.querySelector('.aa-legend__count').textContent)])),
  );
}

/** Drag over `needle` inside `target` (second to second-to-last character: snapping widens). */
async function dragOver(page, target, needle) {
  const [start, end] = await codePointOffsets(target, needle);
  return selectTextByMouse(page, target, start + 1, end - 1);
}

/** Annotate `needle` in the explainer's own rendered article (paragraph `n`). */
async function annotateExplainer(page, n, needle, category = 'claim') {
  const w = explainer(page);
  const before = await readerItems(w).count();
  await dragOver(page, w.locator(`.aa-paragraph[data-paragraph="${n}"]`), needle);
  await w.locator('.aa-menu').waitFor();
  await w.locator(`.aa-menu__choice[data-category="${category}"]`).click();
  await w.locator('.aa-menu').waitFor({ state: 'detached' });
  await page.waitForFunction(
    ([sel, n]) => document.querySelectorAll(sel).length === n,
    ['article-annotator[instance="explainer"] .aa-item[data-origin="reader"]', before + 1],
  );
}

/** Annotate `needle` in the host's own article (`#story p` number `n`), in place. */
async function annotateInPlace(page, n, needle, category = 'claim') {
  const w = story(page);
  const before = await readerItems(w).count();
  await dragOver(page, page.locator('#story > p').nth(n), needle);
  await w.locator('.aa-menu').waitFor();
  await w.locator(`.aa-menu__choice[data-category="${category}"]`).click();
  await w.locator('.aa-menu').waitFor({ state: 'detached' });
  await page.waitForFunction(
    ([sel, n]) => document.querySelectorAll(sel).length === n,
    ['article-annotator[instance="story-notes"] .aa-item[data-origin="reader"]', before + 1],
  );
}

describe('embed on the CMS page, CSP header', () => {
  test('1. both widgets mount under the strict CSP: no violation, no console or page error', async () => {
    const { context, page, log } = await freshCms();
    try {
      const response = await page.request.get(server.url + CMS);
      assert.equal(response.headers()['content-security-policy'], STRICT_CSP, 'the policy is sent as a header');
      assert.equal(await story(page).locator('.aa-root[data-ready="true"]').count(), 1, 'in-place widget mounted');
      assert.equal(await explainer(page).locator('.aa-root[data-ready="true"]').count(), 1, 'src widget mounted');
      assert.ok((await explainer(page).locator('.aa-paragraph').count()) > 5, 'the src widget rendered its article');
      assert.deepEqual(await highlightSizes(page), EDITORIAL, 'in-place highlights drawn');
      // Let late work (deferred effects, fonts, lazy styles) run before counting.
      await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
      assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], 'no securitypolicyviolation');
      assert.deepEqual(log.errors(), [], 'no console error, no page error');
      assert.deepEqual(log.failedRequests, [], 'no failed request');
      const ready = (await eventsOf(page, 'ready')).map((e) => e.instance).sort();
      assert.deepEqual(ready, ['explainer', 'story-notes'], 'one ready event per widget');
      // The recorder does see violations (so zero above means zero): a style attribute set by
      // markup is blocked by this policy.
      await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p style="color: red">x</p>'));
      await page.waitForFunction(() => window.__cspViolations.length > 0);
    } finally {
      await context.close();
    }
  });

  test('2. two instances are independent: storage keys, lists, reload', async () => {
    const { context, page, log } = await freshCms();
    try {
      const storyLegend = await legendCounts(story(page));
      assert.deepEqual(storyLegend, { claim: 29, demand: 5, question: 8 });
      const storyItems = await story(page).locator('.aa-item').count();
      assert.equal(storyItems, 42);

      await annotateExplainer(page, 2, 'indirect contacts', 'question');
      assert.equal(await readerItems(explainer(page)).count(), 1);
      assert.equal(await readerItems(explainer(page)).locator('.aa-item__exact').textContent(), 'indirect contacts');
      assert.equal(
        await explainer(page).locator('mark.aa-mark[data-category~="question"]').evaluateAll((m) => m.map((x) => x.textContent).join('')),
        'indirect contacts',
        'highlighted in the explainer',
      );
      // The in-place widget saw nothing.
      assert.equal(await story(page).locator('.aa-item').count(), storyItems);
      assert.equal(await readerItems(story(page)).count(), 0);
      assert.deepEqual(await legendCounts(story(page)), storyLegend);
      assert.deepEqual(await highlightSizes(page), EDITORIAL);

      const stored = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
      // A host's storage-key names a key in the widget's namespace (a host value under the bare
      // name is never read as annotations nor written over).
      const key = 'article-annotator:key:cms-demo:explainer';
      assert.deepEqual(Object.keys(stored), [key], 'only the explainer wrote, under its storage-key');
      assert.match(stored[key], /indirect contacts/);

      await page.reload();
      await page.waitForFunction(() => document.querySelectorAll('.aa-root[data-ready="true"]').length === 2);
      assert.equal(await readerItems(explainer(page)).count(), 1, 'back after reload');
      assert.equal(await readerItems(explainer(page)).locator('.aa-item__exact').textContent(), 'indirect contacts');
      assert.equal(await readerItems(story(page)).count(), 0, 'not in the other widget');
      assert.equal(await story(page).locator('.aa-item').count(), storyItems);
      assert.deepEqual(await highlightSizes(page), EDITORIAL);
      assert.deepEqual(log.errors(), []);
    } finally {
      await context.close();
    }
  });

  test('2b. two instances: no duplicate element id, and each widget\'s id references stay inside it', async () => {
    const { context, page } = await freshCms();
    try {
      const report = await page.evaluate(() => {
        const counts = {};
        for (const e of document.querySelectorAll('[id]')) counts[e.id] = (counts[e.id] || 0) + 1;
        const duplicates = Object.entries(counts).filter(([, n]) => n > 1).map(([id, n]) => `${id} ×${n}`);
        // aria-labelledby / aria-controls / aria-describedby / for inside one widget must not
        // resolve to an element of another widget.
        const crossed = [];
        for (const w of document.querySelectorAll('article-annotator')) {
          for (const el of w.querySelectorAll('[aria-labelledby], [aria-controls], [aria-describedby], label[for]')) {
            for (const attr of ['aria-labelledby', 'aria-controls', 'aria-describedby', 'for']) {
              for (const id of (el.getAttribute(attr) || '').split(/\s+/).filter(Boolean)) {
                const target = document.getElementById(id);
                if (target && !w.contains(target)) crossed.push(`${w.getAttribute('instance')}: ${attr}="${id}"`);
              }
            }
          }
        }
        return { duplicates, crossed };
      });
      assert.deepEqual(report.duplicates, [], 'duplicate id attributes in the document');
      assert.deepEqual(report.crossed, [], 'id references resolving into the other widget');
    } finally {
      await context.close();
    }
  });

  test('3. the host receives create/change/update/delete events with W3C JSON-LD', async () => {
    const { context, page, log } = await freshCms();
    try {
      const w = story(page);
      const needle = 'incremental steps';
      await annotateInPlace(page, 0, needle, 'claim');
      const item = readerItems(w);
      const id = await item.getAttribute('data-annotation-id');

      // The host's own log (cms.js) shows create + change for the right instance.
      const logged = await page.locator('#cms-log li').evaluateAll((lis) =>
        lis.map((li) => ({ event: li.dataset.event, instance: li.dataset.instance, id: li.dataset.annotationId })),
      );
      assert.ok(logged.some((l) => l.event === 'article-annotator:create' && l.instance === 'story-notes' && l.id === id), JSON.stringify(logged));
      assert.ok(logged.some((l) => l.event === 'article-annotator:change' && l.instance === 'story-notes'), JSON.stringify(logged));
      assert.ok(!logged.some((l) => l.instance === 'explainer' && l.event !== 'article-annotator:ready'), 'nothing from the other widget');

      const [created] = await eventsOf(page, 'create');
      assert.equal((await eventsOf(page, 'create')).length, 1);
      assert.equal(created.instance, 'story-notes');
      const a = created.detail.annotation;
      assert.equal(a.type, 'Annotation');
      assert.equal(a.id, id);
      assert.match(a.id, /^[a-z][a-z0-9+.-]*:\S+$/i, 'id is an absolute IRI');
      assert.ok(typeof a.motivation === 'string' && a.motivation.length > 0, 'motivation');
      assert.equal(a.target.source, 'urn:article-annotator:article:000_bfbf250b9c86d46e', 'target.source is the canonical-url attribute');
      const selectors = [a.target.selector].flat();
      const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
      const position = selectors.find((s) => s.type === 'TextPositionSelector');
      assert.equal(quote?.exact, needle);
      assert.ok(Number.isInteger(position?.start) && Number.isInteger(position?.end), JSON.stringify(position));
      assert.equal(position.end - position.start, [...needle].length, 'positions count code points');
      // The positions index the host article's canonical text, which is the seed text.
      const seedText = await (await page.request.get(server.url + 'seeds/000_bfbf250b9c86d46e.txt')).text();
      assert.equal([...seedText].slice(position.start, position.end).join(''), needle, 'position selects the quote in the article text');

      // `change` carries the reader's collection, which includes it; cms.js saved the same.
      const changes = await eventsOf(page, 'change', 'story-notes');
      assert.equal(changes.length, 1);
      const collection = changes[0].detail.annotations;
      assert.equal(collection.type, 'AnnotationCollection');
      assert.deepEqual(collection.first.items.map((x) => x.id), [id]);
      assert.deepEqual(await page.evaluate(() => window.cmsSaved), collection);

      // Edit the note: an update event.
      await item.getByRole('button', { name: /Edit/ }).click();
      await item.locator('textarea').fill('Incremental according to whom?');
      await item.getByRole('button', { name: 'Save' }).click();
      await page.waitForFunction(() => window.__aaEvents.some((e) => e.type === 'update'));
      const [updated] = await eventsOf(page, 'update');
      assert.equal(updated.instance, 'story-notes');
      assert.equal(updated.detail.annotation.id, id);
      const note = [updated.detail.annotation.body].flat().find((b) => b && b.type === 'TextualBody');
      assert.equal(note?.value, 'Incremental according to whom?', 'the note is in the updated annotation');

      // Delete: a delete event, and a change with an empty collection.
      await item.getByRole('button', { name: /Delete/ }).click();
      await page.waitForFunction(() => window.__aaEvents.some((e) => e.type === 'delete'));
      const [deleted] = await eventsOf(page, 'delete');
      assert.equal(deleted.instance, 'story-notes');
      assert.equal(deleted.detail.annotation.id, id);
      assert.equal(await readerItems(w).count(), 0);
      const afterDelete = (await eventsOf(page, 'change', 'story-notes')).at(-1).detail.annotations;
      assert.equal((afterDelete.first?.items ?? []).length, 0);

      // Undo with Ctrl+Z while focus is in the widget: create again, same id.
      await w.locator('.aa-toolbar button').first().focus();
      await page.keyboard.press('Control+z');
      await page.waitForFunction(() => window.__aaEvents.filter((e) => e.type === 'create').length === 2);
      const recreated = (await eventsOf(page, 'create')).at(-1);
      assert.equal(recreated.instance, 'story-notes');
      assert.equal(recreated.detail.annotation.id, id);
      assert.equal(await readerItems(w).count(), 1);
      assert.equal(await readerItems(explainer(page)).count(), 0, 'the undo did not touch the other widget');
      const lastChange = (await eventsOf(page, 'change', 'story-notes')).at(-1).detail.annotations;
      assert.deepEqual(lastChange.first.items.map((x) => x.id), [id]);
      assert.equal((await eventsOf(page, 'change', 'explainer')).length, 0);
      assert.deepEqual(log.errors(), []);

      // Each single annotation handed to the host is a stand-alone JSON-LD document, so it names
      // its context (W3C Web Annotation Data Model 3.1: an Annotation MUST have @context
      // http://www.w3.org/ns/anno.jsonld); only items inside a collection inherit it.
      const contexts = (await events(page))
        .filter((e) => ['create', 'update', 'delete'].includes(e.type))
        .map((e) => `${e.type}: ${JSON.stringify(e.detail.annotation['@context'] ?? null)}`);
      assert.deepEqual(contexts, [
        'create: "http://www.w3.org/ns/anno.jsonld"',
        'update: "http://www.w3.org/ns/anno.jsonld"',
        'delete: "http://www.w3.org/ns/anno.jsonld"',
        'create: "http://www.w3.org/ns/anno.jsonld"',
      ], 'the @context of each event annotation');
    } finally {
      await context.close();
    }
  });

  test('4. JS API: ready, annotations, import, export, replace, hostile import', async () => {
    const { context, page, log } = await freshCms();
    try {
      const source = new URL('examples/cms/explainer.md', server.url).href;
      const doc = {
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        id: 'https://cms.example/annotations/imported-1',
        type: 'Annotation',
        motivation: 'classifying',
        body: [
          { type: 'SpecificResource', purpose: 'classifying', source: 'urn:article-annotator:category:demand' },
          { type: 'TextualBody', purpose: 'commenting', value: 'Imported by the host script' },
        ],
        target: {
          source,
          selector: [
            { type: 'TextQuoteSelector', exact: 'verification', prefix: 'is only as strong as its ', suffix: '. Agreements usually' },
          ],
        },
      };
      const first = await page.evaluate(async (doc) => {
        await customElements.whenDefined('article-annotator');
        const el = document.querySelector('article-annotator[instance="explainer"]');
        const readyValue = await el.ready;
        const initial = el.annotations;
        const summary = el.import(doc);
        return { sameElement: readyValue === el, initial, isArray: Array.isArray(initial), summary };
      }, doc);
      assert.equal(first.sameElement, true, 'el.ready resolves to the element');
      assert.equal(first.isArray, true, 'el.annotations is an array');
      assert.deepEqual(first.initial, []);
      assert.equal(first.summary.imported, 1, JSON.stringify(first.summary));
      assert.equal(first.summary.rejected, 0);
      assert.equal(first.summary.error ?? null, null);

      const ex = explainer(page);
      // In its 820 px column the widget lays out narrow (it follows its own width, not the
      // viewport's), where the list is a sheet opened from the tool bar: open it like a reader would.
      const drawer = ex.locator('.aa-sheet__open');
      if (await drawer.isVisible() && (await drawer.getAttribute('aria-expanded')) === 'false') await drawer.click();
      await readerItems(ex).first().waitFor();
      assert.equal(await readerItems(ex).count(), 1);
      assert.equal(await readerItems(ex).getAttribute('data-category'), 'demand');
      assert.equal(await readerItems(ex).locator('.aa-item__exact').textContent(), 'verification');
      assert.equal(await readerItems(ex).locator('.aa-item__note').textContent(), 'Imported by the host script');

      const second = await page.evaluate(() => {
        const el = document.querySelector('article-annotator[instance="explainer"]');
        return { exported: el.export(), annotations: el.annotations };
      });
      assert.equal(second.exported.type, 'AnnotationCollection');
      const exportedQuotes = second.exported.first.items.map(
        (x) => [x.target.selector].flat().find((s) => s.type === 'TextQuoteSelector').exact,
      );
      assert.deepEqual(exportedQuotes, ['verification']);
      assert.equal(second.annotations.length, 1);
      assert.ok((await eventsOf(page, 'export', 'explainer')).length >= 1, 'export() announces an export event');

      // A hostile import loses nothing.
      const hostile = await page.evaluate(() => {
        const el = document.querySelector('article-annotator[instance="explainer"]');
        let summary;
        let threw = null;
        try {
          summary = el.import('{not json');
        } catch (err) {
          threw = String(err);
        }
        return { summary, threw, count: el.annotations.length };
      });
      assert.equal(hostile.threw, null, 'import does not throw on bad JSON');
      assert.ok(typeof hostile.summary?.error === 'string' && hostile.summary.error.length > 0, JSON.stringify(hostile.summary));
      assert.equal(hostile.summary.imported, 0);
      assert.equal(hostile.count, 1);
      assert.equal(await readerItems(ex).count(), 1, 'the list still has the imported annotation');

      // The setter replaces the reader's annotations (one undoable change).
      const replacement = {
        ...doc,
        id: 'https://cms.example/annotations/replacement',
        body: [{ type: 'SpecificResource', purpose: 'classifying', source: 'urn:article-annotator:category:claim' }],
        target: { source, selector: [{ type: 'TextQuoteSelector', exact: 'Sequencing', suffix: ' is often the hardest part' }] },
      };
      await page.evaluate((replacement) => {
        document.querySelector('article-annotator[instance="explainer"]').annotations = [replacement];
      }, replacement);
      await page.waitForFunction(() => document.querySelector('article-annotator[instance="explainer"] .aa-item[data-origin="reader"] .aa-item__exact')?.textContent === 'Sequencing');
      assert.equal(await readerItems(ex).count(), 1, 'the imported one was replaced');
      const replaced = await page.evaluate(() =>
        document.querySelector('article-annotator[instance="explainer"]').annotations.map((a) => a.id),
      );
      assert.deepEqual(replaced, ['https://cms.example/annotations/replacement']);
      assert.deepEqual(log.errors(), []);
    } finally {
      await context.close();
    }
  });

  test('4b. JS API: `el.annotations = []` removes the reader\'s annotations, the editorial remain', async () => {
    const { context, page, log } = await freshCms();
    try {
      const storyDoc = {
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        id: 'https://cms.example/annotations/imported-2',
        type: 'Annotation',
        motivation: 'classifying',
        body: [{ type: 'SpecificResource', purpose: 'classifying', source: 'urn:article-annotator:category:question' }],
        target: {
          source: 'urn:article-annotator:article:000_bfbf250b9c86d46e',
          selector: [{ type: 'TextQuoteSelector', exact: 'incremental steps', prefix: 'promised only ', suffix: ' towards the peace' }],
        },
      };
      const storySummary = await page.evaluate(async (doc) => {
        const el = document.querySelector('article-annotator[instance="story-notes"]');
        await el.ready;
        return el.import(JSON.stringify(doc));
      }, storyDoc);
      assert.equal(storySummary.imported, 1, JSON.stringify(storySummary));
      await readerItems(story(page)).first().waitFor();
      await page.waitForFunction(() => CSS.highlights.get('aa-question')?.size === 9);

      const after = await page.evaluate(async () => {
        const el = document.querySelector('article-annotator[instance="story-notes"]');
        el.annotations = [];
        await new Promise((r) => setTimeout(r, 300));
        return {
          annotations: el.annotations.length,
          reader: el.querySelectorAll('.aa-item[data-origin="reader"]').length,
          editorial: el.querySelectorAll('.aa-item[data-origin="editorial"]').length,
          question: CSS.highlights.get('aa-question')?.size,
          toast: el.querySelector('.aa-toast')?.textContent ?? null,
        };
      });
      assert.deepEqual(
        after,
        { annotations: 0, reader: 0, editorial: 42, question: 8, toast: after.toast },
        'after el.annotations = []',
      );
      assert.deepEqual(await highlightSizes(page), EDITORIAL);
      assert.deepEqual(log.errors(), []);
    } finally {
      await context.close();
    }
  });

  test('4c. JS API: reads reflect writes at once, and a repeated import is reported as already present', async () => {
    const { context, page, log } = await freshCms();
    try {
      const mk = (id, exact) => ({
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        id,
        type: 'Annotation',
        motivation: 'classifying',
        body: [{ type: 'SpecificResource', purpose: 'classifying', source: 'urn:article-annotator:category:question' }],
        target: { source: 'urn:article-annotator:article:000_bfbf250b9c86d46e', selector: [{ type: 'TextQuoteSelector', exact }] },
      });
      const seen = await page.evaluate(async ([a, b]) => {
        const el = document.querySelector('article-annotator[instance="story-notes"]');
        await el.ready;
        const first = el.import(a);
        const afterImport = { annotations: el.annotations.map((x) => x.id), exported: el.export().total ?? 0 };
        const again = el.import(a); // same task: the first is already there
        el.annotations = [b];
        const afterSet = el.annotations.map((x) => x.id);
        await new Promise((r) => setTimeout(r, 200));
        return { first, afterImport, again, afterSet, settled: el.annotations.map((x) => x.id) };
      }, [mk('https://cms.example/a/1', 'incremental steps'), mk('https://cms.example/a/2', 'Black Sea')]);
      assert.equal(seen.first.imported, 1, JSON.stringify(seen.first));
      assert.deepEqual(seen.settled, ['https://cms.example/a/2'], 'in the end the setter won');
      assert.deepEqual(
        { afterImport: seen.afterImport, again: { imported: seen.again.imported, alreadyPresent: seen.again.alreadyPresent }, afterSet: seen.afterSet },
        {
          afterImport: { annotations: ['https://cms.example/a/1'], exported: 1 },
          again: { imported: 0, alreadyPresent: 1 },
          afterSet: ['https://cms.example/a/2'],
        },
        'el.annotations / el.export() / el.import() right after a write in the same task',
      );
      assert.deepEqual(log.errors(), []);
    } finally {
      await context.close();
    }
  });
});

describe('other embed forms', () => {
  test('5. the data-attribute form (<div data-article-annotator data-src=…>) mounts a widget', async () => {
    const { context, page, log } = await freshCms({ url: `${server.url}data-form.html`, widgets: 1 });
    try {
      const host = page.locator('#data-widget');
      assert.equal(await host.locator('.aa-root[data-ready="true"]').count(), 1);
      const paragraphs = await host.locator('.aa-paragraph').evaluateAll((ps) => ps.map((p) => p.textContent));
      assert.deepEqual(paragraphs, [
        'First paragraph of the data-attribute article, about harbour cranes.',
        'Second paragraph, on the night shift and its tides.',
      ]);
      const api = await page.evaluate(async () => {
        const el = document.getElementById('data-widget');
        const readyValue = await el.ready;
        return { same: readyValue === el, annotations: el.annotations };
      });
      assert.equal(api.same, true);
      assert.deepEqual(api.annotations, []);
      const ready = await eventsOf(page, 'ready');
      assert.deepEqual(ready.map((e) => e.instance), ['data-form']);

      // It annotates, and saves under data-storage-key.
      const p = host.locator('.aa-paragraph[data-paragraph="1"]');
      await dragOver(page, p, 'night shift');
      await host.locator('.aa-menu').waitFor();
      await host.locator('.aa-menu__choice[data-category="claim"]').click();
      await readerItems(host).first().waitFor();
      const stored = await page.evaluate(() => Object.keys(localStorage));
      assert.deepEqual(stored, ['article-annotator:key:x']);
      assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
      assert.deepEqual(log.errors(), []);
    } finally {
      await context.close();
    }
  });

  test('6. iframe example: the frame reports its height, the host sizes the iframe', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(embedRecorderInit, EMBED_EVENTS);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    try {
      const response = await page.goto(`${server.url}examples/iframe/host.html`, { waitUntil: 'load' });
      assert.ok(response.ok());
      const frame = page.frameLocator('#article-frame');
      await frame.locator('.aa-root[data-ready="true"]').waitFor({ state: 'attached', timeout: 30_000 });
      assert.ok((await frame.locator('.aa-item').count()) > 0, 'the framed widget shows its list');
      // The host sets the height (CSSOM) to the frame document's height, once it is stable.
      await page.waitForFunction(
        () => {
          const iframe = document.getElementById('article-frame');
          const doc = iframe.contentDocument;
          if (!doc || !iframe.style.height) return false;
          const want = Math.ceil(doc.documentElement.getBoundingClientRect().height);
          return iframe.style.height === `${want}px`;
        },
        null,
        { timeout: 10_000 },
      );
      const sizes = await page.evaluate(() => {
        const iframe = document.getElementById('article-frame');
        return {
          style: iframe.style.height,
          client: iframe.getBoundingClientRect().height,
          inner: iframe.contentDocument.documentElement.scrollHeight,
          viewport: iframe.contentWindow.innerHeight,
        };
      });
      assert.ok(sizes.client > 150, `taller than the default 150px: ${JSON.stringify(sizes)}`);
      assert.ok(sizes.client > 640, `taller than host.css's 40rem placeholder: ${JSON.stringify(sizes)}`);
      assert.ok(sizes.inner <= sizes.viewport + 1, `no inner scroll bar: ${JSON.stringify(sizes)}`);
      assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
