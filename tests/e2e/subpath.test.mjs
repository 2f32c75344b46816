// End-to-end: dist/ served under a sub-path (/news/annotator/), as a CMS would host it, works
// like at "/": every file loads relative to the page (Trunk.toml public_url = "./").
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { launchBrowser, openWidget, readSeed, requireDist, startServer } from './harness.mjs';

const BASE = '/news/annotator/';
let server;
let browser;
before(async () => {
  requireDist();
  server = await startServer({ basePath: BASE });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

for (const entry of ['', 'index.html', 'article-annotator-standalone.html']) {
  test(`mounted at ${BASE}${entry}: highlights, no failed request, nothing fetched outside ${BASE}`, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const from = server.requests.length;
    try {
      const log = await openWidget(page, server.url + entry);
      assert.equal(await page.locator('#article-annotator .aa-root').count(), 1);
      const text = await page.$$eval('.aa-paragraph', (ps) => ps.map((p) => p.textContent).join('\n'));
      assert.equal(text, readSeed('000_bfbf250b9c86d46e.txt'));
      for (const c of ['claim', 'demand', 'question']) {
        assert.ok((await page.locator(`mark.aa-mark[data-category~="${c}"]`).count()) > 0, `a ${c} highlight`);
      }
      assert.deepEqual(log.failedRequests, []);
      assert.deepEqual(log.errors(), []);
      const requests = server.requests.slice(from);
      const outside = requests.filter((r) => !r.path.startsWith(BASE) && r.path !== '/favicon.ico');
      assert.deepEqual(outside, [], 'every request stays under the sub-path');
      assert.ok(requests.every((r) => r.status < 400), JSON.stringify(requests));
      if (entry !== 'article-annotator-standalone.html') {
        assert.ok(requests.some((r) => r.path.endsWith('_bg.wasm') && r.status === 200), 'the wasm loaded from the sub-path');
      }
    } finally {
      await context.close();
    }
  });
}
