#!/usr/bin/env node
// Writes the seed article into the built index.html as its data island
// (<script type="application/json" id="article-annotator-data">{meta, text, annotations}</script>),
// so the reader's wasm carries no article: the page brings its own, as any host page does.
//
//   node scripts/island.mjs [--dist DIR]
//
// Trunk runs it first in the post-build hook (scripts/post-build.mjs), debug and release, so
// `trunk serve` shows the seed too. A page that already has an island keeps it.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

import { ISLAND_ID, readArticle, scriptSafeJson } from './standalone.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SEED = path.join(ROOT, 'seeds', '000_bfbf250b9c86d46e');

const { values } = parseArgs({ options: { dist: { type: 'string' } } });
const dir = values.dist || process.env.TRUNK_STAGING_DIR || 'dist';
const indexPath = path.join(dir, 'index.html');
let html = fs.readFileSync(indexPath, 'utf8');
if (html.includes(`id="${ISLAND_ID}"`)) {
  console.log('island: index.html already carries article data; left as it is');
} else {
  const island = readArticle({ article: `${SEED}.txt`, meta: `${SEED}.json`, annotations: `${SEED}.annotations.jsonld` });
  const tag = `<script type="application/json" id="${ISLAND_ID}">${scriptSafeJson(island)}</script>\n`;
  if (!html.includes('</body>')) throw new Error(`island: ${indexPath} has no </body>`);
  html = html.replace('</body>', () => `${tag}</body>`);
  fs.writeFileSync(indexPath, html);
  console.log(`island: the seed article written into index.html (${(tag.length / 1024).toFixed(1)} KB)`);
}
