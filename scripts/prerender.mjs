#!/usr/bin/env node
// Pre-renders a built page for an article with `article-annotator-cli render --template`: the
// widget's markup inside <div id="article-annotator"> (readable without JavaScript; the wasm
// hydrates it) and the article data island (#article-annotator-data) before </body>.
//
//   node scripts/prerender.mjs [--dist DIR] [--page FILE] [--island-only]
//                              [--article FILE --meta FILE [--annotations FILE]]
//
// --dist         the build (default: $TRUNK_STAGING_DIR as a trunk hook, else dist/)
// --page         the page to fill (default: DIST/index.html), rewritten in place
// --island-only  write only the data island (no cargo, no markup: the widget renders it in the
//                browser); what `trunk serve`'s debug builds get, to stay fast
// --article, --meta, --annotations: the article (plain text or Markdown); default the seed.
//
// The CLI is built on demand (`cargo build --bin article-annotator-cli`, dev profile: seconds
// when the library is already built, as after `cargo test`) and run from target/debug/.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ISLAND_ID = 'article-annotator-data';
const SEED = path.join(ROOT, 'seeds', '000_bfbf250b9c86d46e');
export const SEED_ARTICLE = { article: `${SEED}.txt`, meta: `${SEED}.json`, annotations: `${SEED}.annotations.jsonld` };

/** JSON that is safe inside a <script> element: no "<" (so no "</script>" or "<!--"), no U+2028/9. */
export function scriptSafeJson(value) {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Builds the CLI if needed and returns its path. */
export function cli() {
  const target = process.env.CARGO_TARGET_DIR ? path.resolve(ROOT, process.env.CARGO_TARGET_DIR) : path.join(ROOT, 'target');
  try {
    execFileSync('cargo', ['build', '--quiet', '--bin', 'article-annotator-cli'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  } catch (err) {
    throw new Error(`prerender: building article-annotator-cli failed (cargo build --bin article-annotator-cli): ${err.message}`);
  }
  return path.join(target, 'debug', process.platform === 'win32' ? 'article-annotator-cli.exe' : 'article-annotator-cli');
}

/** Runs `article-annotator-cli render --template page --out page` for `article`. */
export function prerender(page, article = SEED_ARTICLE) {
  const args = ['render', '--template', page, '--out', page, '--article', article.article];
  if (article.meta) args.push('--meta', article.meta);
  if (article.annotations) args.push('--annotations', article.annotations);
  try {
    execFileSync(cli(), args, { stdio: ['ignore', 'inherit', 'pipe'] });
  } catch (err) {
    const stderr = err.stderr ? String(err.stderr).trim() : err.message;
    throw new Error(`prerender: ${stderr}`);
  }
}

/**
 * Pre-renders, inside `page`, the empty `<article-annotator … instance="NAME"></article-annotator>`
 * element: the CLI's fragment for `article` (markup and inline article data) goes inside it, and
 * its fingerprint onto it; the element's own attributes (src, storage-key, …) stay.
 */
export function prerenderElement(page, instance, article) {
  const args = ['render', '--fragment', '--instance', instance, '--article', article.article];
  if (article.meta) args.push('--meta', article.meta);
  if (article.annotations) args.push('--annotations', article.annotations);
  let fragment;
  try {
    fragment = execFileSync(cli(), args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 });
  } catch (err) {
    throw new Error(`prerender: ${err.stderr ? String(err.stderr).trim() : err.message}`);
  }
  const parts = /^<article-annotator [^>]*data-aa-prerendered="([0-9a-f]+)">([\s\S]*)<\/article-annotator>\s*$/.exec(fragment);
  if (!parts) throw new Error('prerender: the CLI wrote no <article-annotator> fragment');
  const html = fs.readFileSync(page, 'utf8');
  const empty = new RegExp(`(<article-annotator\\b[^>]*\\binstance="${instance}"[^>]*)></article-annotator>`);
  if (!empty.test(html)) throw new Error(`prerender: ${page} has no empty <article-annotator instance="${instance}">`);
  fs.writeFileSync(page, html.replace(empty, (_, open) => `${open} data-aa-prerendered="${parts[1]}">${parts[2]}</article-annotator>`));
}

/** Writes only the data island (plain-text article with JSON metadata), replacing an earlier one. */
export function islandOnly(page, article = SEED_ARTICLE) {
  const data = {
    meta: JSON.parse(fs.readFileSync(article.meta, 'utf8')),
    text: fs.readFileSync(article.article, 'utf8'),
    annotations: article.annotations ? JSON.parse(fs.readFileSync(article.annotations, 'utf8')) : null,
  };
  const island = `<script type="application/json" id="${ISLAND_ID}">${scriptSafeJson(data)}</script>`;
  let html = fs.readFileSync(page, 'utf8');
  const earlier = new RegExp(`<script type="application/json" id="${ISLAND_ID}">[^<]*</script>`);
  if (earlier.test(html)) html = html.replace(earlier, () => island);
  else if (html.includes('</body>')) html = html.replace('</body>', () => `${island}\n</body>`);
  else throw new Error(`prerender: ${page} has no </body>`);
  fs.writeFileSync(page, html);
}

function main() {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string' },
      page: { type: 'string' },
      'island-only': { type: 'boolean' },
      article: { type: 'string' },
      meta: { type: 'string' },
      annotations: { type: 'string' },
    },
  });
  const dir = values.dist || process.env.TRUNK_STAGING_DIR || 'dist';
  const page = values.page || path.join(dir, 'index.html');
  const article = values.article ? { article: values.article, meta: values.meta, annotations: values.annotations } : SEED_ARTICLE;
  if (values['island-only']) islandOnly(page, article);
  else prerender(page, article);
  console.log(`prerender: ${values['island-only'] ? 'data island in' : 'pre-rendered'} ${page}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (err) {
    console.error(err.message);
    process.exit(1);
  }
}
