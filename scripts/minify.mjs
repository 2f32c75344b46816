#!/usr/bin/env node
// Minifies a release build in place: the wasm-bindgen glue with terser, the stylesheets with
// csso, then rewrites their Subresource Integrity hashes in index.html so the browser still
// accepts them. File names (Trunk's content hashes of the unminified files) stay as they are.
//
//   node scripts/minify.mjs [--dist DIR]
//
// Trunk runs it as the first post_build hook (Trunk.toml) on the staging directory, before the
// embed loader and the single-file page read the files. Debug builds are left alone, so
// `trunk serve` stays fast and readable. Trunk's own --minify cannot parse the glue.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { minify as minifyCss } from 'csso';
import { minify as minifyJs } from 'terser';

const { values } = parseArgs({ options: { dist: { type: 'string' } } });
const asHook = Boolean(process.env.TRUNK_STAGING_DIR) && !values.dist;
if (asHook && process.env.TRUNK_PROFILE !== 'release') {
  console.log(`minify: skipped (TRUNK_PROFILE=${process.env.TRUNK_PROFILE}; only release builds are minified)`);
  process.exit(0);
}
const dir = values.dist || process.env.TRUNK_STAGING_DIR || 'dist';
const indexPath = path.join(dir, 'index.html');
let html = fs.readFileSync(indexPath, 'utf8');

const sri = (buf) => `sha384-${crypto.createHash('sha384').update(buf).digest('base64')}`;
let before = 0;
let after = 0;

/** Minifies one file named in index.html and points its integrity attribute at the result. */
async function shrink(name, minify) {
  const file = path.join(dir, name);
  const source = fs.readFileSync(file, 'utf8');
  const out = await minify(source);
  if (!out || out.length >= source.length) return;
  fs.writeFileSync(file, out);
  before += source.length;
  after += out.length;
  const old = sri(Buffer.from(source));
  if (html.includes(old)) html = html.replaceAll(old, sri(Buffer.from(out)));
}

const glue = [...html.matchAll(/import init, \* as bindings from '\.\/([^']+\.js)'/g)].map((m) => m[1]);
const styles = [...html.matchAll(/<link rel="stylesheet" href="\.\/([^"]+\.css)"/g)].map((m) => m[1]);
if (glue.length === 0) throw new Error(`minify: no wasm-bindgen glue imported by ${indexPath}`);
for (const name of glue) {
  await shrink(name, async (code) => (await minifyJs(code, { module: true, compress: { passes: 2 }, mangle: true })).code);
}
for (const name of styles) {
  await shrink(name, async (css) => minifyCss(css, { restructure: false }).css);
}
fs.writeFileSync(indexPath, html);
console.log(`minify: ${glue.length} script(s) and ${styles.length} stylesheet(s), ${before} -> ${after} bytes`);
