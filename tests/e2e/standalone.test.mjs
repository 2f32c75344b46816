// End-to-end: the single-file build (dist/article-annotator-standalone.html) opened from disk
// (file://, no server) works like dist/: highlights, a new annotation by mouse, export by
// download; and scripts/standalone.mjs builds the same page for any article given as files.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';

import { DIST_DIR, REPO_ROOT, launchBrowser, openWidget, readSeed, requireDist, screenshot, selectTextByMouse } from './harness.mjs';

const STANDALONE = path.join(DIST_DIR, 'article-annotator-standalone.html');
const SEED_TEXT = readSeed('000_bfbf250b9c86d46e.txt');

let browser;
let tmp;
before(async () => {
  requireDist();
  assert.ok(fs.existsSync(STANDALONE), `${STANDALONE} is missing: trunk build --release writes it (Trunk.toml hook)`);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-standalone-'));
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

/** Opens a file:// page, recording every request it makes. */
async function openFile(file, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const log = await openWidget(page, pathToFileURL(file).href);
  return { context, page, log, requests };
}

const paragraphsText = (page) => page.$$eval('.aa-article .aa-paragraph', (ps) => ps.map((p) => p.textContent).join('\n'));

test('the standalone file has no external reference', () => {
  const html = fs.readFileSync(STANDALONE, 'utf8');
  const external = html.match(/<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)="(?!data:)[^"]*"/);
  assert.equal(external, null, 'no src or href but data: URLs');
  assert.ok(!/<link[^>]+stylesheet/.test(html), 'no stylesheet link');
  assert.ok(/<style>[\s\S]*\.aa-root/.test(html), 'the widget CSS is inline');
  assert.equal(fs.readdirSync(DIST_DIR).filter((f) => f.endsWith('.wasm')).length, 1, 'dist/ still has the usual files');
});

test('opened from file://: seed text, highlights, annotate by mouse, export by download', async () => {
  const { context, page, log, requests } = await openFile(STANDALONE, { acceptDownloads: true });
  try {
    assert.equal(await paragraphsText(page), SEED_TEXT, 'the article is the seed');
    for (const c of ['claim', 'demand', 'question']) {
      assert.ok((await page.locator(`mark.aa-mark[data-category~="${c}"]`).count()) > 0, `a ${c} highlight`);
    }
    const p = page.locator('.aa-paragraph[data-paragraph="3"]');
    const text = await p.evaluate((e) => e.textContent);
    const needle = 'huge mountains to climb';
    const start = [...text.slice(0, text.indexOf(needle))].length;
    await selectTextByMouse(page, p, start, start + [...needle].length);
    await page.locator('.aa-menu').waitFor();
    await page.locator('.aa-menu').getByRole('button', { name: /Claim/ }).click();
    await page.locator('.aa-menu').waitFor({ state: 'detached' });
    const mine = page.locator('.aa-item[data-origin="reader"]');
    assert.equal(await mine.count(), 1, 'one reader annotation');
    assert.equal(await mine.getAttribute('data-category'), 'claim');
    await screenshot(page, 'standalone-file-annotated');

    await page.locator('.aa-toolbar').getByRole('button', { name: /Export/ }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download/ }).click()]);
    assert.match(download.suggestedFilename(), /\.jsonld$/);
    const exported = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
    assert.equal(exported.total, 1);
    const [item] = exported.first.items;
    assert.ok(item.body.some((b) => b.source === 'urn:article-annotator:category:claim'));
    assert.equal(item.target.selector.find((s) => s.type === 'TextQuoteSelector').exact, needle);

    assert.deepEqual(log.errors(), []);
    assert.deepEqual(log.failedRequests, []);
    const others = requests.filter((u) => u !== pathToFileURL(STANDALONE).href && !u.startsWith('data:') && !u.startsWith('blob:'));
    assert.deepEqual(others, [], 'the page loads nothing but itself');
  } finally {
    await context.close();
  }
});

test('scripts/standalone.mjs builds the page for another article (emoji, </script> in the text)', async () => {
  const text = 'First 🦀 paragraph, with </script><script>alert(1)</script> and <!-- in it.\n\nSecond: “quotes” & é.';
  const meta = { id: 'custom-1', title: 'A custom </title> article', standfirst: 'Given to the build.', source: 'urn:example:custom-1' };
  const annotations = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    first: {
      type: 'AnnotationPage',
      items: [
        {
          id: 'urn:example:a1',
          type: 'Annotation',
          motivation: 'classifying',
          body: [{ type: 'SpecificResource', purpose: 'classifying', source: 'urn:article-annotator:category:question' }],
          target: { source: 'urn:example:custom-1', selector: [{ type: 'TextQuoteSelector', exact: 'Second' }] },
        },
      ],
    },
  };
  const files = { article: 'a.txt', meta: 'a.json', annotations: 'a.jsonld' };
  fs.writeFileSync(path.join(tmp, files.article), text);
  fs.writeFileSync(path.join(tmp, files.meta), JSON.stringify(meta));
  fs.writeFileSync(path.join(tmp, files.annotations), JSON.stringify(annotations));
  const out = path.join(tmp, 'custom.html');
  const args = ['--dist', DIST_DIR, '--out', out, ...Object.entries(files).flatMap(([k, f]) => [`--${k}`, path.join(tmp, f)])];
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'standalone.mjs'), ...args], { stdio: 'pipe' });

  const island = fs.readFileSync(out, 'utf8').match(/<script type="application\/json" id="article-annotator-data">([\s\S]*?)<\/script>/);
  assert.ok(island, 'the article is in a JSON data island');
  assert.ok(!island[1].includes('<'), 'no "<" inside the island: "</script>" in the text cannot end it');
  assert.equal(JSON.parse(island[1]).text, text);

  const { context, page, log } = await openFile(out);
  try {
    assert.equal(await page.locator('h1.aa-title').textContent(), meta.title);
    assert.equal(await page.title(), meta.title);
    // Paragraphs are the text's non-blank lines; each is rendered exactly.
    assert.equal(await paragraphsText(page), text.split(/\n+/).join('\n'), 'the given article, exactly');
    assert.equal(await page.locator('.aa-root script, body > script:not([type])').count(), 0, 'no injected script element');
    const marks = page.locator('mark.aa-mark');
    assert.equal(await marks.count(), 1, 'the one editorial annotation');
    assert.equal(await marks.getAttribute('data-category'), 'question');
    assert.equal(await marks.textContent(), 'Second');
    await screenshot(page, 'standalone-custom-article');
    assert.deepEqual(log.errors(), []);
  } finally {
    await context.close();
  }
});

test('the embed API (window.wasmBindings): mount a second article, refuse bad calls, destroy', async () => {
  const { context, page, log } = await openFile(STANDALONE);
  try {
    const instance = await page.evaluate(() => {
      const host = Object.assign(document.createElement('div'), { id: 'second' });
      document.body.append(host);
      const meta = { id: 'second-1', title: 'Second article', source: 'urn:example:second-1' };
      window.second = window.wasmBindings.mount(host, { meta, text: 'Only </script> 🦀 here.', annotations: null });
      return window.second.instance;
    });
    assert.equal(instance, 'aa-2', 'ids get a prefix of their own');
    await page.locator('#second .aa-root[data-ready="true"]').waitFor();
    assert.equal(await page.locator('#second h1.aa-title').textContent(), 'Second article');
    assert.equal(await page.locator('#second .aa-paragraph').textContent(), 'Only </script> 🦀 here.');
    assert.ok((await page.locator('#article-annotator mark.aa-mark').count()) > 0, 'the first widget is untouched');

    const refusals = await page.evaluate(() => {
      const attempt = (...args) => {
        try {
          window.wasmBindings.mount(...args);
          return 'mounted';
        } catch (e) {
          return String(e.message);
        }
      };
      return [
        attempt(null, undefined),
        attempt(document.getElementById('second'), undefined),
        attempt(document.createElement('div'), { instance: 'bad id"' }),
        attempt(document.createElement('div'), 'options'),
      ];
    });
    assert.match(refusals[0], /host must be an Element/);
    assert.match(refusals[1], /already holds a widget/);
    assert.match(refusals[2], /instance/);
    assert.match(refusals[3], /options must be an object/);

    await page.evaluate(() => window.second.destroy());
    assert.equal(await page.locator('#second .aa-root').count(), 0, 'destroy() removes the widget');
    await page.evaluate(() => window.second.destroy());
    assert.deepEqual(log.errors(), []);
  } finally {
    await context.close();
  }
});
