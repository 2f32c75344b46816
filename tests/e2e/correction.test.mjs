// End-to-end, issue 10 item 1: a correction to the article. The single-file page is built for
// an article (scripts/standalone.mjs), the reader annotates it; the newsroom corrects the text
// (same article id); the reader opens the corrected page: every note is there, re-anchored, with
// its status (kept, moved, to confirm, not found), and the reader is told what happened. The one
// not found stays listed and exported; the one to confirm keeps the words the reader chose.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';

import { REPO_ROOT, launchBrowser, openWidget, readSeed, requireDist, selectTextByMouse } from './harness.mjs';

let browser;
let tmp;

before(async () => {
  requireDist();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-correction-'));
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

const ORIGINAL = readSeed('000_bfbf250b9c86d46e.txt');
const META = JSON.parse(readSeed('000_bfbf250b9c86d46e.json'));

/** The corrected text: a word changed early on (everything after it moves), one word of an
 *  annotated passage changed, one annotated paragraph removed. */
function corrected(text) {
  const lines = text.split('\n');
  const edit = (n, from, to) => {
    assert.ok(lines[n].includes(from), `${from} in paragraph ${n}`);
    lines[n] = lines[n].replace(from, to);
  };
  edit(2, 'Russia’s dictator', 'Russia’s authoritarian leader');
  edit(8, 'security guarantees were discussed for Ukraine', 'security guarantees were debated for Ukraine');
  lines.splice(13, 1);
  return lines.join('\n');
}

/** Builds the single-file page for `text` under the seed's metadata (so the same article id). */
function build(name, text) {
  const article = path.join(tmp, `${name}.txt`);
  const meta = path.join(tmp, 'meta.json');
  const out = path.join(tmp, `${name}.html`);
  fs.writeFileSync(article, text);
  fs.writeFileSync(meta, JSON.stringify({ id: META.id, title: META.title, standfirst: META.standfirst, source: META.source }));
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'standalone.mjs'), '--article', article, '--meta', meta, '--out', out]);
  return pathToFileURL(out).href;
}

const paragraph = (page, n) => page.locator(`.aa-paragraph[data-paragraph="${n}"]`);
const mine = (page) => page.locator('.aa-item[data-origin="reader"]');

async function annotate(page, n, needle, category) {
  const text = await paragraph(page, n).evaluate((p) => p.textContent);
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `${needle} in paragraph ${n}`);
  const start = [...text.slice(0, at)].length;
  const before = await mine(page).count();
  await selectTextByMouse(page, paragraph(page, n), start, start + [...needle].length);
  await page.locator('.aa-menu').waitFor();
  await page.locator('.aa-menu textarea').fill(`note on ${needle}`);
  await page.locator(`.aa-menu__choice[data-category="${category}"]`).click();
  await page.waitForFunction((n) => document.querySelectorAll('.aa-item[data-origin="reader"]').length > n, before);
}

const NOTES = [
  { n: 0, words: 'Vladimir Putin rejected an immediate ceasefire', category: 'claim', status: 'exact' },
  { n: 5, words: 'maritime ceasefire in the Black Sea', category: 'demand', status: 'moved' },
  { n: 8, words: 'security guarantees were discussed for Ukraine', category: 'question', status: 'fuzzy' },
  { n: 13, words: 'Trump will lose face if Putin keeps stringing him along', category: 'claim', status: 'orphaned' },
];

/** The reader's annotations as the list shows them: words, status. */
const listed = (page) =>
  mine(page).evaluateAll((items) => items.map((el) => ({ words: el.querySelector('.aa-item__exact').textContent, status: el.dataset.status })));

test('a corrected article keeps every note, re-anchored, and tells the reader', async () => {
  const before = build('before', ORIGINAL);
  const after = build('after', corrected(ORIGINAL));
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const log = await openWidget(page, before);
  for (const { n, words, category } of NOTES) await annotate(page, n, words, category);
  await page.waitForFunction(() => Object.values(localStorage).some((v) => v.includes('stringing him along')));

  // The corrected page: same article id, another text.
  await openWidget(page, after);
  await page.waitForFunction(() => document.querySelectorAll('.aa-item[data-origin="reader"]').length === 4);
  const message = await page.locator('.aa-toast__text').textContent();
  assert.equal(message, 'The article was updated since your last visit: 1 note kept, 1 moved, 1 to confirm, 1 not found (still listed).');
  assert.deepEqual(await listed(page), NOTES.map(({ words, status }) => ({ words, status })));
  // Orphans are listed and exported, unchanged; the note to confirm keeps its words.
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download/ }).click()]);
  const exported = fs.readFileSync(await download.path(), 'utf8');
  for (const { words } of NOTES) assert.ok(exported.includes(words), `${words} exported`);

  // Saved under the article's identity with the new text's hash: the next visit says nothing
  // more, and the statuses stand (the one to confirm is still to confirm).
  await page.waitForTimeout(300);
  await openWidget(page, after);
  await page.waitForFunction(() => document.querySelectorAll('.aa-item[data-origin="reader"]').length === 4);
  await page.waitForTimeout(300);
  assert.equal(await page.locator('.aa-toast__text').count(), 0, 'no message the second time');
  assert.deepEqual((await listed(page)).map((i) => i.status), ['exact', 'exact', 'fuzzy', 'orphaned']);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});
