// End-to-end, issue 10 item 7: a hostile-import corpus generated here (XSS strings in every
// field, deep nesting, huge arrays and strings, lone surrogates, odd numbers, UTF-16 and UTF-32
// files, floods of 50,000 overlapping annotations, mixed valid and invalid items, untagged
// Hypothesis rows) driven through the real import UI (the file input) in Chromium. Asserts: no
// script runs (a `window.__pwned` tripwire and a dialog listener), no page error, the reader's
// earlier annotation survives (also after reload), every valid item of a mixed file imports, and
// the floods finish within seconds with wasm memory under a stated bound (figures printed).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { launchBrowser, openWidget, readSeed, requireDist, selectTextByMouse, startServer } from './harness.mjs';

/** Flood imports must finish within this, and wasm memory stay under this. */
const FLOOD_MS = 10_000;
const WASM_BOUND_MB = 128;

let server;
let browser;
let tmp;

before(async () => {
  requireDist();
  server = await startServer();
  browser = await launchBrowser();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-hostile-'));
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

const TEXT = readSeed('000_bfbf250b9c86d46e.txt');
const CLAIM = 'urn:article-annotator:category:claim';
const category = (n) => `urn:article-annotator:category:${['claim', 'demand', 'question'][n % 3]}`;

const XSS = [
  `<img src=x onerror="window.__pwned='img'">`,
  `"><svg onload="window.__pwned='svg'"></svg>`,
  `</script><script>window.__pwned='script'</script>`,
  `javascript:window.__pwned='js'`,
  `data:text/html,<script>window.__pwned='data'</script>`,
  `{{constructor.constructor('window.__pwned="tpl"')()}}`,
  `\u2028\u2029<iframe srcdoc="<script>parent.__pwned='iframe'</script>"></iframe>`,
  `' onmouseover='window.__pwned="attr"' x='`,
];

/** Three-word phrases of the seed text, each found once in it, each handed out once. */
const PHRASES = (() => {
  const out = [];
  const words = TEXT.split(/\s+/);
  for (let i = 7; i + 3 < words.length; i += 4) {
    const phrase = words.slice(i, i + 3).join(' ');
    if (/^[\w’'-]+ [\w’'-]+ [\w’'-]+$/.test(phrase) && TEXT.indexOf(phrase) === TEXT.lastIndexOf(phrase) && !phrase.includes('Trump')) {
      out.push(phrase);
    }
  }
  return out;
})();
let nextPhrase = 0;
function phrases(n) {
  const out = PHRASES.slice(nextPhrase, nextPhrase + n);
  nextPhrase += n;
  assert.equal(out.length, n, 'enough distinct phrases in the seed');
  return out;
}

const w3c = (exact, n, extra = {}) => ({
  type: 'Annotation',
  body: [{ type: 'SpecificResource', purpose: 'classifying', source: category(n) }],
  target: { selector: { type: 'TextQuoteSelector', exact } },
  ...extra,
});

/** The corpus: file name → { bytes, valid (items that must import, or null: no count asserted) }. */
function corpus() {
  const files = {};
  const json = (name, value, valid = null) => { files[name] = { bytes: Buffer.from(JSON.stringify(value)), valid }; };

  // XSS in every string field, W3C and Hypothesis, each on its own words so each imports.
  const xssPhrases = phrases(XSS.length * 2);
  const w3cItems = XSS.map((x, i) => ({
    '@context': x,
    id: i % 2 ? x : `urn:uuid:00000000-0000-4000-8000-00000000000${i}`,
    type: 'Annotation',
    motivation: x,
    created: x,
    modified: x,
    via: x,
    creator: { id: x, name: x, type: x },
    generator: { id: x, name: x },
    body: [
      { type: 'SpecificResource', purpose: 'classifying', source: category(i) },
      { type: 'TextualBody', purpose: 'commenting', value: x, format: x, language: x },
    ],
    target: { id: x, source: x, selector: [{ type: 'TextQuoteSelector', exact: xssPhrases[i], prefix: x, suffix: x }, { type: 'FragmentSelector', value: x, conformsTo: x }] },
  }));
  json('xss-w3c.jsonld', { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', label: XSS[0], id: XSS[3], first: { type: 'AnnotationPage', id: XSS[1], items: w3cItems } }, XSS.length);
  json('xss-hypothesis.json', {
    total: XSS.length,
    rows: XSS.map((x, i) => ({
      id: x, uri: x, user: x, group: x, text: x, tags: ['question', x], created: x, updated: x,
      document: { title: [x] }, links: { html: x, incontext: x },
      target: [{ source: x, selector: [{ type: 'TextQuoteSelector', exact: xssPhrases[XSS.length + i], prefix: x, suffix: x }, { type: 'RangeSelector', startContainer: x }] }],
    })),
  }, XSS.length);

  // Deep nesting inside one item, and past any limit for a whole file.
  const deep = (n) => '['.repeat(n) + ']'.repeat(n);
  const [p1, p2] = phrases(2);
  files['deep-item.json'] = {
    bytes: Buffer.from(`[${JSON.stringify(w3c(p1, 0))},{"type":"Annotation","body":"${CLAIM}","x":${deep(500)},"target":{"selector":{"type":"TextQuoteSelector","exact":"Putin"}}},${JSON.stringify(w3c(p2, 1))}]`),
    valid: 2,
  };
  files['deep-file.json'] = { bytes: Buffer.from(deep(1_000_000)), valid: null };

  // Huge arrays and strings.
  const [p3, p4] = phrases(2);
  files['huge.json'] = {
    bytes: Buffer.from(JSON.stringify([
      w3c(p3, 2),
      { ...w3c('Putin', 0), target: { selector: Array.from({ length: 200_000 }, () => 1) } },
      w3c('the war', 1, { bodyValue: 'x'.repeat(3_000_000) }),
      w3c(p4, 0),
    ])),
    valid: 2,
  };
  files['many-junk-items.json'] = { bytes: Buffer.from(JSON.stringify(Array.from({ length: 400_000 }, (_, i) => i))), valid: 0 };

  // Lone surrogates (as JavaScript's slice() leaves them) and odd numbers.
  const [p5, p6] = phrases(2);
  files['surrogates.json'] = {
    bytes: Buffer.from(`[${JSON.stringify(w3c(p5, 0, { bodyValue: 'half an emoji: ' }))}`.replace('half an emoji: ', 'half an emoji: \\ud83d') +
      `,{"type":"Annotation","body":"${CLAIM}","target":{"selector":{"type":"TextQuoteSelector","exact":"\\udc00Putin\\ud800"}}},${JSON.stringify(w3c(p6, 1))}]`),
    valid: 3, // the note repaired (U+FFFD), the broken quote kept as not found
  };
  const position = (start, end) => ({ type: 'Annotation', body: CLAIM, target: { selector: { type: 'TextPositionSelector', start, end } } });
  files['numbers.json'] = {
    bytes: Buffer.from(`[${['1e400', '-0', '1.5', '9007199254740993', '"12"', '-1', '1e-400', '12e0'].map((n) => JSON.stringify(position(0, 5)).replace('"start":0', `"start":${n}`)).join(',')}]`),
    valid: null,
  };
  files['nan.json'] = { bytes: Buffer.from('[{"type":"Annotation","target":{"selector":{"type":"TextPositionSelector","start":NaN}}}]'), valid: null };

  // Mixed valid and invalid items: every valid one imports.
  const good = phrases(12);
  const mixed = [];
  good.forEach((p, i) => {
    mixed.push(w3c(p, i, i === 3 ? { id: 'javascript:alert(1)' } : i === 4 ? { id: '#9f0c1a52-recogito' } : {}));
    mixed.push([null, 7, 'text', {}, { type: 'Annotation' }, { type: 'Annotation', body: 'urn:x:other', target: 'x' }][i % 6]);
  });
  json('mixed.jsonld', mixed, good.length);

  // The mixed file again, as UTF-16 (with and without a byte-order mark) and UTF-32.
  const utf16le = Buffer.from(JSON.stringify(mixed.map((m, i) => (m && m.target ? w3c(good[Math.floor(i / 2)], Math.floor(i / 2) + 1) : m))), 'utf16le');
  files['mixed-utf16le-bom.json'] = { bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le]), valid: good.length };
  const be = Buffer.from(utf16le);
  be.swap16();
  files['mixed-utf16be.json'] = { bytes: be, valid: 0 }; // same items again: already present
  const text32 = JSON.stringify(w3c(phrases(1)[0], 2));
  const utf32 = Buffer.alloc(4 * [...text32].length);
  [...text32].forEach((c, i) => utf32.writeUInt32LE(c.codePointAt(0), 4 * i));
  files['utf32le.json'] = { bytes: utf32, valid: 1 };

  // Untagged Hypothesis rows: the panel asks which category they get.
  const untagged = phrases(3);
  json('untagged-hypothesis.json', { rows: untagged.map((p, i) => ({ id: `row${i}`, uri: 'https://example.org/story', text: 'no tag', tags: ['ukraine'], target: [{ selector: [{ type: 'TextQuoteSelector', exact: p }] }] })) }, null);
  return files;
}

/** 50,000 copies of one Hypothesis row over "the Black Sea" (4.8 MB). */
function floodOfCopies() {
  const row = '{"tags":["claim"],"target":[{"selector":[{"type":"TextQuoteSelector","exact":"the Black Sea"}]}]}';
  return Buffer.from(`[${Array(50_000).fill(row).join(',')}]`);
}

/** As many distinct annotations as fit in 5 MB, all overlapping one point of the text. */
function floodOfNested() {
  const centre = Math.floor([...TEXT].length / 2);
  const items = [];
  let bytes = 2;
  for (let half = 1; ; half += 1) {
    for (let left = 1; left <= half; left += 1) {
      const item = `{"type":"Annotation","body":"${category(half + left)}","target":{"selector":{"type":"TextPositionSelector","start":${centre - left},"end":${centre + half}}}}`;
      if (bytes + item.length + 1 > 5 * 1024 * 1024) return { bytes: Buffer.from(`[${items.join(',')}]`), n: items.length };
      items.push(item);
      bytes += item.length + 1;
    }
  }
}

/** Records the wasm instance's memory as the glue instantiates it. */
function wasmMemoryInit() {
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    WebAssembly[name] = async function (...args) {
      const result = await original.apply(this, args);
      const exports = (result.instance || result).exports;
      if (exports && exports.memory) window.__wasmMemory = exports.memory;
      return result;
    };
  }
}

const mine = (page) => page.locator('.aa-item[data-origin="reader"]');

async function openPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(wasmMemoryInit);
  const page = await context.newPage();
  const dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    d.accept().catch(() => {});
  });
  const log = await openWidget(page, server.url);
  // Earlier work of the reader: it must survive everything below.
  const p = page.locator('.aa-paragraph[data-paragraph="0"]');
  const text = await p.evaluate((e) => e.textContent);
  const start = [...text.slice(0, text.indexOf('Donald Trump'))].length;
  await selectTextByMouse(page, p, start, start + 12);
  await page.locator('.aa-menu__choice[data-category="claim"]').click();
  await mine(page).first().waitFor();
  await page.waitForFunction(() => Object.values(localStorage).some((v) => v.includes('Donald Trump')));
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  return { context, page, log, dialogs };
}

/** Picks `bytes` as `name` in the import panel's file input; returns the summary (or question). */
async function importFile(page, name, bytes) {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, bytes);
  const started = Date.now();
  await page.locator('.aa-import input[type="file"]').setInputFiles(file);
  await page.waitForFunction(
    (name) => [...document.querySelectorAll('.aa-import__summary h3, .aa-import__question p, .aa-toast__text')].some((e) => e.textContent.includes(name)),
    name,
    { timeout: 60_000 },
  );
  const ms = Date.now() - started;
  const summary = await page.evaluate(() => {
    const counts = [...document.querySelectorAll('.aa-import__counts li')].map((li) => li.textContent);
    const error = document.querySelector('.aa-import__error')?.textContent ?? null;
    const question = document.querySelector('.aa-import__question p')?.textContent ?? null;
    return { counts, error, question };
  });
  return { ...summary, imported: importedOf(summary.counts), ms };
}

async function assertUnharmed(page, log, dialogs, what) {
  assert.equal(await page.evaluate(() => window.__pwned), undefined, `${what}: no script ran`);
  assert.deepEqual(dialogs.filter((d) => !d.startsWith('beforeunload')), [], `${what}: no dialog`);
  assert.deepEqual(log.pageErrors, [], `${what}: no page error`);
  const live = await page.evaluate(() => document.querySelectorAll('.aa-root img, .aa-root iframe, .aa-root script, .aa-root [onerror], .aa-root [onload], .aa-root [onmouseover], .aa-root a[href^="javascript:"]').length);
  assert.equal(live, 0, `${what}: no markup from the file`);
  assert.ok((await page.locator('mark.aa-mark', { hasText: 'Donald Trump' }).count()) > 0 || (await mine(page).count()) > 0, `${what}: the widget still shows its annotations`);
  const earlier = await mine(page).evaluateAll((items) => items.some((el) => el.querySelector('.aa-item__exact').textContent === 'Donald Trump'));
  assert.ok(earlier, `${what}: the earlier annotation survives`);
}

/** The "N imported" line of the summary (it follows "N read"). */
function importedOf(counts) {
  const line = counts.find((c) => / imported$/.test(c));
  return line ? parseInt(line, 10) : 0;
}

describe('hostile imports through the import panel', () => {
  test('the corpus: no script runs, nothing lost, every valid item imports', async () => {
    const { context, page, log, dialogs } = await openPage();
    for (const [name, { bytes, valid }] of Object.entries(corpus())) {
      const result = await importFile(page, name, bytes);
      if (name === 'untagged-hypothesis.json') {
        assert.match(result.question, /3 Hypothesis rows? have no claim, demand or question tag/);
        await page.locator('.aa-import__question button[data-category="question"]').click();
        await page.waitForFunction(() => !document.querySelector('.aa-import__question'));
        const counts = await page.locator('.aa-import__counts li').allTextContents();
        assert.equal(importedOf(counts), 3, 'imported as questions');
      } else if (valid !== null) {
        assert.equal(result.error, null, `${name}: ${result.error}`);
        assert.equal(result.imported, valid, `${name}: ${JSON.stringify(result.counts)}`);
      }
      const said = result.question ?? result.error ?? result.counts.join('; ');
      console.log(`# ${name} (${bytes.length} B): ${said} in ${result.ms} ms`);
      await assertUnharmed(page, log, dialogs, name);
    }
    // XSS notes are shown as text.
    const notes = await page.locator('.aa-item__note').allTextContents();
    assert.ok(notes.some((n) => n.includes('<img src=x onerror=')), 'an XSS string is shown as text');
    await page.reload();
    await page.locator('.aa-root[data-ready="true"]').waitFor();
    await page.waitForFunction(() => document.querySelectorAll('.aa-item[data-origin="reader"]').length > 1);
    await assertUnharmed(page, log, dialogs, 'after reload');
    await context.close();
  });

  test('floods of 50,000 overlapping annotations finish within seconds in bounded memory', async () => {
    const { context, page, log, dialogs } = await openPage();
    const memory = () => page.evaluate(() => ({
      wasm: window.__wasmMemory ? window.__wasmMemory.buffer.byteLength : null,
      heap: performance.memory ? performance.memory.usedJSHeapSize : null,
    }));
    const mb = (n) => (n === null ? 'n/a' : `${(n / 1048576).toFixed(1)} MB`);
    const before = await memory();
    assert.ok(before.wasm, 'the wasm memory was found');

    const copies = floodOfCopies();
    const first = await importFile(page, 'flood-copies.json', copies);
    const afterCopies = await memory();
    console.log(`# flood of 50,000 copies (${mb(copies.length)}): ${first.counts.join('; ')} in ${first.ms} ms; wasm ${mb(before.wasm)} -> ${mb(afterCopies.wasm)}, JS heap ${mb(before.heap)} -> ${mb(afterCopies.heap)}`);
    assert.equal(first.error, null);
    assert.ok(first.imported <= 1, 'copies are duplicates');
    assert.ok(first.counts.some((c) => /^49999 duplicates/.test(c)) || first.imported === 0, 'and the summary says so');
    assert.ok(first.ms < FLOOD_MS, `within ${FLOOD_MS} ms`);

    const nested = floodOfNested();
    const second = await importFile(page, 'flood-nested.jsonld', nested.bytes);
    const afterNested = await memory();
    console.log(`# flood of ${nested.n} distinct nested annotations (${mb(nested.bytes.length)}): ${second.counts.join('; ')} in ${second.ms} ms; wasm ${mb(afterCopies.wasm)} -> ${mb(afterNested.wasm)}, JS heap ${mb(afterCopies.heap)} -> ${mb(afterNested.heap)}`);
    assert.equal(second.imported, nested.n);
    assert.ok(second.ms < FLOOD_MS, `within ${FLOOD_MS} ms`);
    assert.ok(afterNested.wasm < WASM_BOUND_MB * 1048576, `wasm memory under ${WASM_BOUND_MB} MB`);

    // Still alive: the legend toggles, and the earlier annotation is there after a reload.
    const toggle = page.locator('.aa-legend__toggle').first();
    const pressed = await toggle.getAttribute('aria-pressed');
    await toggle.click();
    await page.waitForFunction((was) => document.querySelector('.aa-legend__toggle').getAttribute('aria-pressed') !== was, pressed, { timeout: FLOOD_MS });
    await assertUnharmed(page, log, dialogs, 'flood');
    await page.reload();
    await page.locator('.aa-root[data-ready="true"]').waitFor();
    await page.waitForFunction(() => document.querySelectorAll('.aa-item[data-origin="reader"]').length >= 1);
    await assertUnharmed(page, log, dialogs, 'flood, after reload');
    await context.close();
  });
});
