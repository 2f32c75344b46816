#!/usr/bin/env node
// Makes the pre-rendered reader page load the annotator on intent (issue 9): replaces Trunk's
// loader in dist/index.html, which fetches the glue and the wasm at once (and its preload hints,
// which would fetch them too), with src/embed/intent.js and src/embed/reader_page.js: an inline module of a few KB that
// starts the same glue and wasm when the reader shows intent to annotate, or has saved
// annotations for this article, and replays what the reader did meanwhile. Reading needs no
// wasm: the page is pre-rendered.
//
//   node scripts/lazy.mjs [--dist DIR]
//
// The last post-build step (scripts/post-build.mjs), release builds only: a debug build
// (`trunk serve`) renders in the browser, so it has nothing to show before the wasm runs, and
// the steps before this one (the embed loader, the single-file page, the desk) read Trunk's
// loader. The inline module names the glue and wasm in `data-aa-glue` and `data-aa-wasm`, where
// scripts/standalone.mjs (trunkLoader) finds them when run again on the build.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

import { minify } from 'terser';

import { trunkLoader } from './standalone.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The shared intent watcher, then the page's own part (the template with the holes).
const INTENT = path.join(ROOT, 'src', 'embed', 'intent.js');
const TEMPLATE = path.join(ROOT, 'src', 'embed', 'reader_page.js');
const FAILED_ID = 'page.load-failed';

/** The page language's message for a wasm that could not be loaded (i18n/, English built in). */
function failedMessage(html) {
  const lang = (/<html[^>]*\blang="([A-Za-z]{2,3})/.exec(html)?.[1] ?? 'en').toLowerCase();
  for (const tag of [lang, 'en']) {
    const file = path.join(ROOT, 'i18n', `${tag}.json`);
    if (!fs.existsSync(file)) continue;
    const message = JSON.parse(fs.readFileSync(file, 'utf8'))[FAILED_ID];
    if (typeof message === 'string') return message;
  }
  throw new Error(`lazy: i18n/en.json has no "${FAILED_ID}"`);
}

/** index.html's source with Trunk's eager loader replaced by the intent loader. */
export async function lazyPage(html) {
  if (!html.includes('data-aa-prerendered=')) throw new Error('lazy: index.html is not pre-rendered; it needs the wasm to show anything');
  const { loader, jsName, wasmName } = trunkLoader(html);
  let code = fs.readFileSync(TEMPLATE, 'utf8');
  for (const hole of ['__GLUE__', '__WASM__', '__FAILED__']) {
    if (!code.includes(hole)) throw new Error(`lazy: ${TEMPLATE} has no ${hole}`);
  }
  code = `${fs.readFileSync(INTENT, 'utf8')}\n${code}`
    .replaceAll('__GLUE__', () => jsName)
    .replaceAll('__WASM__', () => wasmName)
    .replace('__FAILED__', () => JSON.stringify(failedMessage(html)));
  const small = (await minify(code, { module: true, compress: { passes: 2 }, mangle: true })).code;
  if (/<\/script/i.test(small)) throw new Error('lazy: the loader would close its own <script>');
  const tag = `<script type="module" data-aa-glue="${jsName}" data-aa-wasm="${wasmName}">${small}</script>`;
  const escaped = (name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const hint = (name) => new RegExp(`\\s*<link rel="(?:modulepreload|preload)" href="\\./${escaped(name)}"[^>]*>`, 'g');
  return html
    .replace(loader[0], () => tag)
    .replace(hint(jsName), '')
    .replace(hint(wasmName), '');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { dist: { type: 'string' } } });
  const asHook = Boolean(process.env.TRUNK_STAGING_DIR) && !values.dist;
  if (asHook && process.env.TRUNK_PROFILE !== 'release') {
    console.log(`lazy: skipped (TRUNK_PROFILE=${process.env.TRUNK_PROFILE}; a debug build renders in the browser)`);
    process.exit(0);
  }
  const dir = values.dist || process.env.TRUNK_STAGING_DIR || 'dist';
  const indexPath = path.join(dir, 'index.html');
  const html = await lazyPage(fs.readFileSync(indexPath, 'utf8'));
  fs.writeFileSync(indexPath, html);
  const script = /<script type="module" data-aa-glue[^>]*>([\s\S]*?)<\/script>/.exec(html)[1];
  console.log(`lazy: index.html loads the annotator on intent (inline loader ${(script.length / 1024).toFixed(1)} KB)`);
}
