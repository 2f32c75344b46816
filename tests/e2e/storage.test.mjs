// End-to-end, issue 10 item 2: storage faults injected in the browser (Storage methods replaced
// by an init script before the widget loads): blocked, throwing reads, garbage, a value partly
// unreadable, quota exceeded, a host's value under the storage-key, a value from a newer
// version, first-version keys; then the fault clears. Nothing the reader made is lost, and no
// stored value the widget could not read is written over without a copy or the reader's choice.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { DIST_DIR, REPO_ROOT, launchBrowser, openWidget, requireDist, selectTextByMouse, startServer, wake } from './harness.mjs';

let server;
let browser;
let tmpRoot;

before(async () => {
  requireDist();
  // A copy of the build with one embed page whose storage-key is a host's own key.
  tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-storage-e2e-'));
  fs.cpSync(DIST_DIR, tmpRoot, { recursive: true });
  for (const key of ['host-settings', 'legacy-notes']) {
    fs.writeFileSync(
      path.join(tmpRoot, `${key}.html`),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${key}</title>
<link rel="icon" href="data:,"><script type="module" src="article-annotator.js"></script></head>
<body><article-annotator src="story.txt" article-id="host-story" storage-key="${key}"></article-annotator></body></html>`,
    );
  }
  // A French page: the warnings come from the strings table, in the page's language.
  fs.writeFileSync(
    path.join(tmpRoot, 'fr-story.html'),
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>fr-story</title>
<link rel="icon" href="data:,"><script type="module" src="article-annotator.js"></script></head>
<body><article-annotator src="story.txt" article-id="fr-story"></article-annotator></body></html>`,
  );
  fs.writeFileSync(
    path.join(tmpRoot, 'story.txt'),
    'The harbour cranes stood still for the whole night shift.\nDockers said the tides decided everything else.\n',
  );
  server = await startServer({ root: tmpRoot });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (tmpRoot) fs.rmSync(tmpRoot, { recursive: true, force: true });
});

/** Runs before the page's scripts: localStorage's methods fail as `window.__fault` (or, across
 *  reloads, `window.name = 'fault:<mode>'`) says; `window.__real` reads the real storage. */
function faultsInit() {
  const mode = () => (window.__fault !== undefined ? window.__fault : window.name.startsWith('fault:') ? window.name.slice(6) : '');
  const local = window.localStorage;
  const proto = Storage.prototype;
  const real = { getItem: proto.getItem, setItem: proto.setItem };
  window.__real = {
    get: (k) => real.getItem.call(local, k),
    set: (k, v) => real.setItem.call(local, k, v),
    remove: (k) => local.removeItem(k),
    keys: () => Object.keys(local).sort(),
  };
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      if (mode() === 'blocked') throw new DOMException('The operation is insecure.', 'SecurityError');
      return local;
    },
  });
  proto.getItem = function getItem(key) {
    if (this === local && mode() === 'throw-reads') throw new DOMException('injected read failure', 'UnknownError');
    return real.getItem.call(this, key);
  };
  proto.setItem = function setItem(key, value) {
    if (this === local && mode() === 'quota') throw new DOMException('injected: quota exceeded', 'QuotaExceededError');
    return real.setItem.call(this, key, value);
  };
}

async function freshPage(url = server.url, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, ...options });
  await context.addInitScript(faultsInit);
  const page = await context.newPage();
  const dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(d.type());
    d.accept().catch(() => {});
  });
  const log = await openWidget(page, url);
  return { context, page, log, dialogs };
}

const mine = (page) => page.locator('.aa-item[data-origin="reader"]');
const paragraph = (page, n) => page.locator(`.aa-paragraph[data-paragraph="${n}"]`);
const warning = (page) => page.locator('.aa-warning[role="alert"]');
const real = {
  get: (page, key) => page.evaluate((k) => window.__real.get(k), key),
  set: (page, key, value) => page.evaluate(([k, v]) => window.__real.set(k, v), [key, value]),
  keys: (page) => page.evaluate(() => window.__real.keys()),
};
const fault = (page, mode) => page.evaluate((m) => { window.__fault = m; window.name = m ? `fault:${m}` : ''; }, mode);

async function annotate(page, n, needle, category) {
  const text = await paragraph(page, n).evaluate((p) => p.textContent);
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `${needle} in paragraph ${n}`);
  const start = [...text.slice(0, at)].length;
  const before = await mine(page).count();
  await selectTextByMouse(page, paragraph(page, n), start, start + [...needle].length);
  await page.locator('.aa-menu').waitFor();
  await page.locator(`.aa-menu__choice[data-category="${category}"]`).click();
  await page.locator('.aa-menu').waitFor({ state: 'detached' });
  await page.waitForFunction((n) => document.querySelectorAll('.aa-item[data-origin="reader"]').length > n, before);
}

async function reload(page) {
  await page.reload();
  // With saved annotations the annotator starts by itself; with storage blocked or empty it
  // waits for the reader's intent (lazy.test.mjs), which these tests are not about.
  await wake(page);
  await page.locator('.aa-root[data-ready="true"]').first().waitFor();
  // The restore runs in an effect after the first render.
  await page.waitForTimeout(100);
}

/** The widget's per-article key (the only key under `…:v2:`). */
async function articleKey(page) {
  const keys = (await real.keys(page)).filter((k) => k.startsWith('article-annotator:v2:') && !k.includes(':corrupt:'));
  assert.equal(keys.length, 1, `one per-article key: ${keys}`);
  return keys[0];
}

const stored = async (page, key) => (await real.get(page, key)) || '';
const waitStored = (page, key, needle) =>
  page.waitForFunction(([k, n]) => (window.__real.get(k) || '').includes(n), [key, needle]);

describe('storage faults', () => {
  test('throwing reads: nothing is written over the stored value; once reads work, it comes back and all is saved', async () => {
    const { context, page, log } = await freshPage();
    await annotate(page, 0, 'Donald Trump', 'claim');
    const key = await articleKey(page);
    await waitStored(page, key, 'Donald Trump');

    await fault(page, 'throw-reads');
    await reload(page);
    await warning(page).waitFor();
    assert.match(await warning(page).textContent(), /could not be read/);
    assert.equal(await page.locator('.aa-warning__force').count(), 1, 'Save anyway is offered');
    assert.equal(await mine(page).count(), 0);

    await annotate(page, 1, 'benefit of the doubt', 'demand');
    await page.waitForTimeout(200);
    const during = await stored(page, key);
    assert.match(during, /Donald Trump/, 'the stored value is intact');
    assert.doesNotMatch(during, /benefit of the doubt/, 'and was not written over');
    assert.match(await warning(page).textContent(), /kept only on this page|could not be read/);
    assert.equal(await page.locator('.aa-warning__export').count(), 1, 'an export is offered');

    await fault(page, '');
    await annotate(page, 2, 'key condition', 'question');
    await page.waitForFunction(() => document.querySelectorAll('.aa-item[data-origin="reader"]').length === 3);
    await waitStored(page, key, 'key condition');
    const after = await stored(page, key);
    for (const words of ['Donald Trump', 'benefit of the doubt', 'key condition']) assert.match(after, new RegExp(words));
    await page.locator('.aa-warning').waitFor({ state: 'detached' });

    await reload(page);
    await page.waitForFunction(() => document.querySelectorAll('.aa-item[data-origin="reader"]').length === 3);
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  });

  test('blocked storage: the widget works in memory, offers an export, and asks before the page is left', async () => {
    const { context, page, dialogs } = await freshPage();
    await fault(page, 'blocked');
    await reload(page);
    await warning(page).waitFor();
    await annotate(page, 0, 'Donald Trump', 'claim');
    assert.match(await warning(page).textContent(), /blocked|could not be read/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.aa-warning__export').click()]);
    const file = await download.path();
    assert.match(fs.readFileSync(file, 'utf8'), /Donald Trump/, 'the export holds the work');
    await page.close({ runBeforeUnload: true });
    await new Promise((r) => setTimeout(r, 500));
    assert.deepEqual(dialogs, ['beforeunload'], 'leaving asks first');
    await context.close();
  });

  test('garbage, and a value partly unreadable, are set aside and never overwritten', async () => {
    const { context, page } = await freshPage();
    await annotate(page, 0, 'Donald Trump', 'claim');
    const key = await articleKey(page);
    await waitStored(page, key, 'Donald Trump');
    await real.set(page, key, '{"this is": not json');
    await reload(page);
    assert.match(await warning(page).textContent(), /damaged/);
    const asides = async () => (await real.keys(page)).filter((k) => k.startsWith(`${key}:corrupt:`));
    assert.equal((await asides()).length, 1);
    assert.equal(await real.get(page, (await asides())[0]), '{"this is": not json');
    await annotate(page, 1, 'benefit of the doubt', 'demand');
    await waitStored(page, key, 'benefit of the doubt');

    // One item a newer version might write (a category this one does not know) beside a good one.
    await annotate(page, 2, 'key condition', 'question');
    await waitStored(page, key, 'key condition');
    const partly = (await stored(page, key)).replace('category:demand', 'category:rumour');
    await real.set(page, key, partly);
    await reload(page);
    assert.match(await warning(page).textContent(), /1 saved annotation could not be read/);
    assert.equal(await mine(page).count(), 1, 'the readable one is shown');
    const second = (await asides()).map((k) => k);
    assert.equal(second.length, 2);
    const copies = await Promise.all(second.map((k) => real.get(page, k)));
    assert.ok(copies.includes(partly), 'the partly unreadable value was copied aside verbatim');
    await annotate(page, 0, 'Donald Trump', 'claim');
    await waitStored(page, key, 'Donald Trump');
    assert.ok((await Promise.all(second.map((k) => real.get(page, k)))).includes(partly), 'the copy is never overwritten');
    await context.close();
  });

  test('quota exceeded: kept on the page and said so; saved once it fits again; leaving asks first', async () => {
    const { context, page, dialogs } = await freshPage();
    await annotate(page, 0, 'Donald Trump', 'claim');
    const key = await articleKey(page);
    await waitStored(page, key, 'Donald Trump');
    await fault(page, 'quota');
    await annotate(page, 1, 'benefit of the doubt', 'demand');
    await warning(page).waitFor();
    assert.match(await warning(page).textContent(), /do not fit/);
    assert.equal(await page.locator('.aa-warning__export').count(), 1);
    assert.match(await stored(page, key), /Donald Trump/, 'the copy saved earlier is unchanged');

    await fault(page, '');
    await annotate(page, 2, 'key condition', 'question');
    await waitStored(page, key, 'key condition');
    assert.match(await stored(page, key), /benefit of the doubt/, 'the work kept in memory is saved too');
    await page.locator('.aa-warning').waitFor({ state: 'detached' });

    await fault(page, 'quota');
    await annotate(page, 3, 'huge mountains to climb', 'claim');
    await warning(page).waitFor();
    // Leaving with unsaved work asks first (accepted here: the reader chose to go).
    await fault(page, '');
    await page.reload();
    await page.locator('.aa-root[data-ready="true"]').waitFor();
    assert.deepEqual(dialogs, ['beforeunload']);
    await page.waitForFunction(() => document.querySelectorAll('.aa-item[data-origin="reader"]').length === 3);
    await context.close();
  });

  test('a value from a newer version is shown as far as readable, and held until the reader chooses Save anyway', async () => {
    const { context, page } = await freshPage();
    await annotate(page, 0, 'Donald Trump', 'claim');
    await annotate(page, 1, 'benefit of the doubt', 'demand');
    const key = await articleKey(page);
    await waitStored(page, key, 'benefit of the doubt');
    const newer = (await stored(page, key)).replace('"format":2', '"format":3').replace('category:demand', 'category:rumour');
    await real.set(page, key, newer);
    await reload(page);
    assert.match(await warning(page).textContent(), /newer version/);
    assert.equal(await mine(page).count(), 1);
    await annotate(page, 2, 'key condition', 'question');
    await page.waitForTimeout(200);
    assert.equal(await stored(page, key), newer, 'not written over');
    await page.locator('.aa-warning__force').click();
    await waitStored(page, key, 'key condition');
    const asides = (await real.keys(page)).filter((k) => k.startsWith(`${key}:corrupt:`));
    assert.equal(asides.length, 1);
    assert.equal(await real.get(page, asides[0]), newer, 'a copy was kept aside first');
    assert.match(await stored(page, key), /"format":2/);
    await context.close();
  });

  test('first-version keys are moved over: written under the new key first, then removed', async () => {
    const { context, page } = await freshPage();
    await annotate(page, 0, 'Donald Trump', 'claim');
    await annotate(page, 1, 'benefit of the doubt', 'demand');
    const key = await articleKey(page);
    await waitStored(page, key, 'benefit of the doubt');
    const value = JSON.parse(await stored(page, key));
    const { textHash } = value.articleAnnotator;
    const id = key.split(':')[2];
    const v1 = (items) => {
      const copy = { ...value, total: items.length, first: { ...value.first, items } };
      delete copy.articleAnnotator;
      return JSON.stringify(copy);
    };
    const [a, b] = value.first.items;
    await page.evaluate(([k]) => window.__real.remove(k), [key]);
    await real.set(page, `article-annotator:v1:${id}:${textHash}`, v1([a]));
    await real.set(page, `article-annotator:v1:${id}:00000000deadbeef`, v1([b]));
    await reload(page);
    await page.waitForFunction(() => document.querySelectorAll('.aa-item[data-origin="reader"]').length === 2);
    await waitStored(page, key, 'benefit of the doubt');
    await page.waitForFunction(() => !window.__real.keys().some((k) => k.includes(':v1:')));
    assert.match(await stored(page, key), /Donald Trump/);
    await context.close();
  });

  test('on a French page the warnings are French: a damaged value set aside (with the reason and the side key), then a full storage', async () => {
    const fr = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'i18n', 'fr.json'), 'utf8'));
    const { context, page, log } = await freshPage(`${server.url}fr-story.html`);
    await annotate(page, 0, 'harbour cranes', 'claim');
    const key = await articleKey(page);
    await waitStored(page, key, 'harbour cranes');
    await real.set(page, key, '{"this is": not json');
    await reload(page);
    const [aside] = (await real.keys(page)).filter((k) => k.startsWith(`${key}:corrupt:`));
    assert.ok(aside, 'the damaged value was set aside');
    // The French file arrives after the first render: wait for its words.
    const text = page.locator('.aa-warning__text');
    await text.filter({ hasText: fr['storage.damaged_kept'].split('{reason}')[0] }).waitFor();
    const said = await text.textContent();
    assert.ok(said.includes(`«\u202f${aside}\u202f»`), said);
    assert.match(said, /JSON non valide à la ligne 1, colonne 13/, 'the reason is French too');
    assert.doesNotMatch(said, /Saved annotations|kept aside|[{}]/);

    await fault(page, 'quota');
    await annotate(page, 1, 'tides decided', 'demand');
    await text.filter({ hasText: fr['storage.full'] }).waitFor();
    assert.equal(await page.locator('.aa-warning__export').textContent(), fr['storage.export']);
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  });

  test("a host's own value under the storage-key is never read as annotations nor written over", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(faultsInit);
    await context.addInitScript(() => {
      if (!window.__real.get('host-settings')) window.__real.set('host-settings', '{"theme":"dark","fontSize":18}');
    });
    const page = await context.newPage();
    await page.goto(`${server.url}host-settings.html`);
    await page.locator('.aa-root[data-ready="true"]').waitFor();
    await page.waitForTimeout(100);
    assert.equal(await mine(page).count(), 0, 'the host value is not taken for annotations');
    await annotate(page, 0, 'harbour cranes', 'claim');
    await page.waitForFunction(() => (window.__real.get('article-annotator:key:host-settings') || '').includes('harbour cranes'));
    assert.equal(await real.get(page, 'host-settings'), '{"theme":"dark","fontSize":18}', 'the host value is untouched');
    assert.equal((await real.keys(page)).filter((k) => k.includes(':corrupt:')).length, 0, 'nor copied about');
    await reload(page);
    await page.waitForFunction(() => document.querySelectorAll('.aa-item[data-origin="reader"]').length === 1);

    // A bare key that holds the widget's own format (an earlier version's) is moved over.
    const ours = (await real.get(page, 'article-annotator:key:host-settings')).replace(/^\{"articleAnnotator":\{[^}]*\},/, '{');
    await real.set(page, 'legacy-notes', ours);
    await page.goto(`${server.url}legacy-notes.html`);
    await page.locator('.aa-root[data-ready="true"]').waitFor();
    await page.waitForFunction(() => document.querySelectorAll('.aa-item[data-origin="reader"]').length === 1);
    await page.waitForFunction(() => window.__real.get('legacy-notes') === null);
    assert.match(await real.get(page, 'article-annotator:key:legacy-notes'), /harbour cranes/);
    assert.equal(await real.get(page, 'host-settings'), '{"theme":"dark","fontSize":18}');
    await context.close();
  });

  test('two tabs on one article: each keeps its work, shows the other tab\'s at once, and a tab that missed the news merges before it saves', async () => {
    const { context, page: a } = await freshPage();
    const b = await context.newPage();
    await openWidget(b, server.url);
    await b.waitForTimeout(100);
    const count = (page, n) => page.waitForFunction((n) => document.querySelectorAll('.aa-item[data-origin="reader"]').length === n, n);

    await annotate(a, 0, 'Donald Trump', 'claim');
    await count(b, 1); // the storage event: B shows A's note without a reload
    await annotate(b, 1, 'benefit of the doubt', 'demand');
    await count(a, 2);
    const key = await articleKey(a);
    await waitStored(a, key, 'benefit of the doubt');
    assert.match(await stored(a, key), /Donald Trump/, 'B saved A\'s note with its own');

    // A tab that missed the event (frozen, or busy): its next save merges first.
    const c = await context.newPage();
    await c.addInitScript(() => window.addEventListener('storage', (e) => e.stopImmediatePropagation(), true));
    await openWidget(c, server.url);
    await c.waitForTimeout(100);
    await count(c, 2);
    // A deletes its note and adds another; C, deaf to the news, still shows both old ones.
    await mine(a).filter({ hasText: 'Donald Trump' }).locator('.aa-button--danger').click();
    await count(a, 1);
    await annotate(a, 2, 'extra', 'demand');
    await waitStored(a, key, '"exact":"extra"');
    assert.doesNotMatch(await stored(a, key), /Donald Trump/);
    await count(c, 2);
    await annotate(c, 0, 'elusive as ever', 'question');
    await waitStored(c, key, 'elusive as ever');
    const final = await stored(c, key);
    for (const words of ['"exact":"extra"', 'elusive as ever', 'benefit of the doubt']) assert.match(final, new RegExp(words), `${words} kept`);
    assert.doesNotMatch(final, /Donald Trump/, 'a deletion in another tab is not undone by a stale one');
    await count(c, 3);
    for (const page of [a, b, c]) {
      await reload(page);
      assert.equal(await mine(page).count(), 3, 'every tab shows what is stored');
    }
    await context.close();
  });
});

