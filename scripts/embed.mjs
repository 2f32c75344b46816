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
// Trunk runs it after every build, debug and release (Trunk.toml [[hooks]] post_build), so
// `trunk serve` serves the loader and the examples too. The desk's names (for mode="editor")
// come from dist/desk/manifest.json when scripts/desk.mjs has written it; that script, a hook
// running beside this one, writes the loader again once the desk is built. The Markdown
// bundle's come from dist/markdown/manifest.json (scripts/markdown.mjs runs first).

import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

import { trunkLoader } from './standalone.mjs';

export const LOADER_NAME = 'article-annotator.js';
export const STYLESHEET_NAME = 'article-annotator.css';
const TEMPLATE = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'src', 'embed', 'element.js');

/** The loader's source for the build in `dir`. */
export function buildLoader(dir) {
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
  for (const hole of ['__GLUE__', '__WASM__', '__STYLESHEETS__', '__DESK__', '__MARKDOWN__']) {
    if (!template.includes(hole)) throw new Error(`embed: ${TEMPLATE} has no ${hole}`);
  }
  return template
    .replaceAll('__GLUE__', () => jsName)
    .replace('__WASM__', () => wasmName)
    .replace('__STYLESHEETS__', () => JSON.stringify(styles))
    .replace('__DESK__', () => JSON.stringify(desk))
    .replace('__MARKDOWN__', () => JSON.stringify(markdown));
}

/** The widget's stylesheets of the build in `dir`, concatenated (widget, then highlights). */
export function buildStylesheet(dir) {
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const names = [...html.matchAll(/<link rel="stylesheet" href="\.\/((?:widget|highlights)[^"]*\.css)"/g)].map((m) => m[1]);
  return names.map((n) => fs.readFileSync(path.join(dir, n), 'utf8')).join('\n');
}

function main() {
  const { values } = parseArgs({ options: { dist: { type: 'string' } } });
  const dir = values.dist || process.env.TRUNK_STAGING_DIR || 'dist';
  const code = buildLoader(dir);
  fs.writeFileSync(path.join(dir, LOADER_NAME), code);
  const css = buildStylesheet(dir);
  fs.writeFileSync(path.join(dir, STYLESHEET_NAME), css);
  const kb = (text) => `${(Buffer.byteLength(text) / 1024).toFixed(1)} KB`;
  console.log(`embed: wrote ${LOADER_NAME} (${kb(code)}) and ${STYLESHEET_NAME} (${kb(css)})`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (err) {
    console.error(err.message);
    process.exit(1);
  }
}
