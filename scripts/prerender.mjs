#!/usr/bin/env node
// Pre-renders a built page for an article with `article-annotator-cli render --template`: the
// widget's markup inside <div id="article-annotator"> (readable without JavaScript; the wasm
// hydrates it) and the article data island (#article-annotator-data, replaced) before </body>.
// As a post-build step (scripts/post-build.mjs) it pre-renders index.html for the seed and the
// CMS example's `src` explainer, in release builds only: debug builds (`trunk serve`) keep the
// seed's island (scripts/island.mjs) and render in the browser, with no cargo run per reload.
//
//   node scripts/prerender.mjs [--dist DIR] [--page FILE]
//                              [--article FILE [--meta FILE] [--annotations FILE]]
//
// --dist         the build (default: $TRUNK_STAGING_DIR as a trunk hook, else dist/)
// --page         the page to fill (default: DIST/index.html), rewritten in place
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
const SEED = path.join(ROOT, 'seeds', '000_bfbf250b9c86d46e');
export const SEED_ARTICLE = { article: `${SEED}.txt`, meta: `${SEED}.json`, annotations: `${SEED}.annotations.jsonld` };

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
  // A pre-rendered widget paints with the page: its stylesheet must be there for that first
  // paint, else it paints unstyled and the page is laid out again when the loader links it.
  if (!/<link rel="stylesheet" href="[^"]*article-annotator\.css"/.test(html.slice(0, html.indexOf('</head>')))) {
    throw new Error(`prerender: ${page} does not link article-annotator.css in its <head>, which a page with a pre-rendered widget needs (docs/CMS.md, section h)`);
  }
  const empty = new RegExp(`(<article-annotator\\b[^>]*\\binstance="${instance}"[^>]*)></article-annotator>`);
  if (!empty.test(html)) throw new Error(`prerender: ${page} has no empty <article-annotator instance="${instance}">`);
  // The fragment's language goes along unless the element names its own.
  const lang = /^<article-annotator [^>]*\blang="([^"]*)"/.exec(fragment)?.[1];
  fs.writeFileSync(page, html.replace(empty, (_, open) => {
    const withLang = lang && !/\blang="/.test(open) ? `${open} lang="${lang}"` : open;
    return `${withLang} data-aa-prerendered="${parts[1]}">${parts[2]}</article-annotator>`;
  }));
}

function main() {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string' },
      page: { type: 'string' },
      article: { type: 'string' },
      meta: { type: 'string' },
      annotations: { type: 'string' },
    },
  });
  const asHook = Boolean(process.env.TRUNK_STAGING_DIR) && !values.dist && !values.page;
  if (asHook && process.env.TRUNK_PROFILE !== 'release') {
    console.log('prerender: skipped (debug build: the widget renders the island\'s article in the browser)');
    return;
  }
  const dir = values.dist || process.env.TRUNK_STAGING_DIR || 'dist';
  const page = values.page || path.join(dir, 'index.html');
  const article = values.article ? { article: values.article, meta: values.meta, annotations: values.annotations } : SEED_ARTICLE;
  prerender(page, article);
  console.log(`prerender: pre-rendered ${values.page || 'index.html'} for ${path.basename(article.article)}`);
  const cms = path.join(dir, 'examples', 'cms', 'index.html');
  if (!values.page && fs.existsSync(cms)) {
    prerenderElement(cms, 'explainer', { article: path.join(ROOT, 'examples', 'cms', 'explainer.md') });
    console.log('prerender: pre-rendered the explainer in examples/cms/index.html');
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (err) {
    console.error(err.message);
    process.exit(1);
  }
}
