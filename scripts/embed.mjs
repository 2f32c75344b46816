#!/usr/bin/env node
// Writes dist/article-annotator.js, the embed loader a host page includes with ONE external
// <script type="module" src=".../article-annotator.js">: src/embed/element.js with the hashed
// names of this build's wasm-bindgen glue, wasm and widget stylesheet filled in. Unlike Trunk's
// own loader (an inline script in index.html) it runs under a strict Content-Security-Policy.
//
//   node scripts/embed.mjs [--dist DIR]
//
// Also dist/article-annotator.css: the widget's stylesheets under a stable name, for pages that
// carry pre-rendered widgets (`article-annotator-cli render`) and must style them at first paint;
// the loader adds no stylesheet of its own to a page that links it.
//
// Example pages under dist/examples/ get preload hints for this build's glue and wasm where they
// carry the marker `<!-- article-annotator:preload -->` (docs/CMS.md, "Loading fast").
//
// Trunk runs it after every build, debug and release (Trunk.toml [[hooks]] post_build), so
// `trunk serve` serves the loader and the examples too. The desk's names (for mode="editor")
// come from dist/desk/manifest.json when scripts/desk.mjs has written it; that script, a hook
// running beside this one, writes the loader again once the desk is built. The Markdown
// bundle's come from dist/markdown/manifest.json (scripts/markdown.mjs runs first).

import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

import { minify } from 'terser';

import { trunkLoader } from './standalone.mjs';

export const LOADER_NAME = 'article-annotator.js';
export const STYLESHEET_NAME = 'article-annotator.css';
const TEMPLATE = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'src', 'embed', 'element.js');
const INTENT = path.join(path.dirname(TEMPLATE), 'intent.js');

/** The loader's source for the build in `dir`, minified (its readable source is src/embed/). */
export async function buildLoader(dir) {
  const code = loaderSource(dir);
  return (await minify(code, { module: true, compress: { passes: 2 }, mangle: true })).code;
}

function loaderSource(dir) {
  const indexPath = path.join(dir, 'index.html');
  if (!fs.existsSync(indexPath)) throw new Error(`embed: ${indexPath} is missing: build first`);
  const html = fs.readFileSync(indexPath, 'utf8');
  const { jsName, wasmName } = trunkLoader(html);
  // Only the widget's own stylesheets: page.css styles the demo page, not a host's.
  const styles = [...html.matchAll(/<link rel="stylesheet" href="\.\/((?:widget|highlights)[^"]*\.css)"/g)].map((m) => m[1]);
  if (styles.length === 0) throw new Error('embed: no widget stylesheet (widget-*.css) linked in index.html');
  const template = fs.readFileSync(TEMPLATE, 'utf8');
  // The editor's desk bundle, when scripts/desk.mjs built one (dist/desk/manifest.json).
  const deskPath = path.join(dir, 'desk', 'manifest.json');
  const desk = fs.existsSync(deskPath) ? JSON.parse(fs.readFileSync(deskPath, 'utf8')) : null;
  // The Markdown bundle, when scripts/markdown.mjs built one (dist/markdown/manifest.json).
  const markdownPath = path.join(dir, 'markdown', 'manifest.json');
  const markdown = fs.existsSync(markdownPath) ? JSON.parse(fs.readFileSync(markdownPath, 'utf8')) : null;
  for (const hole of ['__GLUE__', '__WASM__', '__STYLESHEETS__', '__DESK__', '__MARKDOWN__', '__INTENT__']) {
    if (!template.includes(hole)) throw new Error(`embed: ${TEMPLATE} has no ${hole}`);
  }
  return template
    .replaceAll('__GLUE__', () => jsName)
    .replace('__WASM__', () => wasmName)
    .replace('__STYLESHEETS__', () => JSON.stringify(styles))
    .replace('__DESK__', () => JSON.stringify(desk))
    .replace('__MARKDOWN__', () => JSON.stringify(markdown))
    .replace('__INTENT__', () => fs.readFileSync(INTENT, 'utf8'));
}

/** The marker a page under dist/examples/ carries where the build writes its preload hints. */
export const HINTS_MARKER = '<!-- article-annotator:preload -->';

/** Preload hints for the loader's static import (the glue) and the wasm of the build in `dir`,
 *  with `base` (a URL path ending in `/`, relative or absolute) before each name. Without them
 *  the glue is asked for once the loader has arrived, and the wasm once the loader has run; with
 *  them both are asked for as soon as the browser reads the page's <head>. The attributes make
 *  the preloaded requests the very ones the loader and the glue make (module scripts and
 *  `fetch` are both CORS requests with same-origin credentials). */
export function preloadHints(dir, base) {
  const { jsName, wasmName } = trunkLoader(fs.readFileSync(path.join(dir, 'index.html'), 'utf8'));
  return (
    `<link rel="modulepreload" href="${base}${jsName}" />` +
    `<link rel="preload" href="${base}${wasmName}" as="fetch" type="application/wasm" crossorigin />`
  );
}

/** Replaces the hints marker in the example pages under `dir`/examples/ (their paths to dist's
 *  root are relative). Returns how many pages had the marker. */
function writeExampleHints(dir) {
  const examples = path.join(dir, 'examples');
  if (!fs.existsSync(examples)) return 0;
  let written = 0;
  for (const entry of fs.readdirSync(examples, { recursive: true })) {
    if (!entry.endsWith('.html')) continue;
    const file = path.join(examples, entry);
    const html = fs.readFileSync(file, 'utf8');
    if (!html.includes(HINTS_MARKER)) continue;
    const base = `${path.relative(path.dirname(file), dir).split(path.sep).join('/')}/`;
    fs.writeFileSync(file, html.replace(HINTS_MARKER, () => preloadHints(dir, base)));
    written += 1;
  }
  return written;
}

/** The widget's stylesheets of the build in `dir`, concatenated (widget, then highlights). */
export function buildStylesheet(dir) {
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const names = [...html.matchAll(/<link rel="stylesheet" href="\.\/((?:widget|highlights)[^"]*\.css)"/g)].map((m) => m[1]);
  return names.map((n) => fs.readFileSync(path.join(dir, n), 'utf8')).join('\n');
}

async function main() {
  const { values } = parseArgs({ options: { dist: { type: 'string' } } });
  const dir = values.dist || process.env.TRUNK_STAGING_DIR || 'dist';
  const code = await buildLoader(dir);
  fs.writeFileSync(path.join(dir, LOADER_NAME), code);
  const css = buildStylesheet(dir);
  fs.writeFileSync(path.join(dir, STYLESHEET_NAME), css);
  const hinted = writeExampleHints(dir);
  const kb = (text) => `${(Buffer.byteLength(text) / 1024).toFixed(1)} KB`;
  console.log(`embed: wrote ${LOADER_NAME} (${kb(code)}) and ${STYLESHEET_NAME} (${kb(css)}); preload hints in ${hinted} example page(s)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await main();
  } catch (err) {
    console.error(err.message);
    process.exit(1);
  }
}
