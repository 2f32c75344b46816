#!/usr/bin/env node
// Builds the editor's desk (issue 12) as a second wasm bundle beside the reader's, so readers
// never download it: cargo builds the `article-annotator-desk` bin for wasm32, wasm-bindgen
// writes its ES-module glue (--target web), and in release builds wasm-opt -Oz shrinks it with
// the same feature flags index.html gives Trunk for the reader (and terser and csso shrink its
// glue and stylesheet, as scripts/minify.mjs does the reader's). It writes, into the build dir:
//
//   desk/article-annotator-desk-<hash>.js, …_bg.wasm, desk-<hash>.css   the bundle (hashed names)
//   desk/page-<hash>.js                                                the desk page's script
//   desk/manifest.json                                                 those names, for the loader
//   desk.html                                                          the desk page (?src=, ?editor=)
//
// and writes dist/article-annotator.js again with the desk's names filled in, so
// <article-annotator mode="editor"> loads this bundle instead of the reader's.
//
//   node scripts/desk.mjs [--dist DIR] [--profile release|debug]
//
// Trunk runs it after every build (Trunk.toml [[hooks]] post_build), `trunk serve` included
// (debug: no wasm-opt). DESK=0 in the environment skips it.

import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

import { minify as minifyCss } from 'csso';
import { minify as minifyJs } from 'terser';

import { buildLoader, LOADER_NAME } from './embed.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = 'article-annotator-desk';
export const MANIFEST = path.join('desk', 'manifest.json');

const hash = (buf) => crypto.createHash('sha256').update(buf).digest('hex').slice(0, 16);

function run(command, args) {
  console.log(`desk: ${path.basename(command)} ${args.join(' ')}`);
  execFileSync(command, args, { cwd: ROOT, stdio: 'inherit' });
}

/** A tool from node_modules/.bin, else from PATH. */
export function tool(name) {
  const local = path.join(ROOT, 'node_modules', '.bin', name);
  return fs.existsSync(local) ? local : name;
}

/** The wasm-opt feature flags and level index.html gives Trunk (the reader's build). */
export function wasmOptArgs() {
  const html = fs.readFileSync(path.join(ROOT, 'index.html'), 'utf8');
  const link = html.match(/<link[^>]*data-trunk[^>]*rel="rust"[^>]*>/)?.[0] || '';
  const level = link.match(/data-wasm-opt="([^"]+)"/)?.[1] || 'z';
  const params = link.match(/data-wasm-opt-params="([^"]*)"/)?.[1] || '';
  return [`-O${level}`, ...params.split(/\s+/).filter(Boolean)];
}

/** Writes `buf` as `dir/desk/<stem>-<hash><ext>` and returns the name relative to dir/desk. */
function writeHashed(dir, stem, ext, buf) {
  const name = `${stem}-${hash(buf)}${ext}`;
  fs.writeFileSync(path.join(dir, 'desk', name), buf);
  return name;
}

/**
 * The wasm-bindgen step of a second bundle (the desk's, the Markdown reader's): the `bin` cargo
 * just built for wasm32 goes through wasm-bindgen (--target web) into target/<label>-bindgen
 * and, in release builds, through wasm-opt with the reader's flags. Returns the wasm and glue.
 */
export function bindgen(bin, label, release, run) {
  const targetDir = process.env.CARGO_TARGET_DIR ? path.resolve(ROOT, process.env.CARGO_TARGET_DIR) : path.join(ROOT, 'target');
  const built = path.join(targetDir, 'wasm32-unknown-unknown', release ? 'release' : 'debug', `${bin}.wasm`);
  const out = path.join(targetDir, `${label}-bindgen`);
  fs.rmSync(out, { recursive: true, force: true });
  run(tool('wasm-bindgen'), ['--target', 'web', '--no-typescript', '--out-dir', out, '--out-name', bin, built]);
  const wasmIn = path.join(out, `${bin}_bg.wasm`);
  if (release) {
    const optimised = path.join(out, `${bin}_opt.wasm`);
    run(tool('wasm-opt'), [...wasmOptArgs(), wasmIn, '-o', optimised]);
    fs.renameSync(optimised, wasmIn);
  }
  return { wasmIn, glueIn: path.join(out, `${bin}.js`) };
}

/** In release builds, the glue and stylesheet minified as scripts/minify.mjs does the reader's. */
export async function shrunk(release, kind, text) {
  if (!release) return text;
  if (kind === 'js') return (await minifyJs(text, { module: true, compress: { passes: 2 }, mangle: true })).code;
  return minifyCss(text, { restructure: false }).css;
}

export async function buildDesk(dir, profile) {
  const release = profile === 'release';
  // Without the reader's exports (Cargo.toml [features]): the desk mounts its own app. With the
  // grapheme tables: the suggester segments every paragraph at start-up, before the browser's
  // segmenter could be built off the critical path (src/model/graphemes.rs).
  const cargoArgs = [
    'build', '--target', 'wasm32-unknown-unknown', '--bin', BIN, '--no-default-features', '--features', 'grapheme-tables',
  ];
  if (release) cargoArgs.push('--release');
  run('cargo', cargoArgs);
  const { wasmIn, glueIn } = bindgen(BIN, 'desk', release, run);
  fs.rmSync(path.join(dir, 'desk'), { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'desk'), { recursive: true });
  const wasm = writeHashed(dir, `${BIN}`, '_bg.wasm', fs.readFileSync(wasmIn));
  const glueText = await shrunk(release, 'js', fs.readFileSync(glueIn, 'utf8'));
  const glue = writeHashed(dir, BIN, '.js', Buffer.from(glueText));
  const cssText = await shrunk(release, 'css', fs.readFileSync(path.join(ROOT, 'styles', 'desk.css'), 'utf8'));
  const css = writeHashed(dir, 'desk', '.css', Buffer.from(cssText));
  const page = writeHashed(dir, 'page', '.js', fs.readFileSync(path.join(ROOT, 'src', 'desk', 'page.js')));
  const manifest = { glue: `desk/${glue}`, wasm: `desk/${wasm}`, styles: [`desk/${css}`] };
  fs.writeFileSync(path.join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  // The desk page: the demo page's stylesheet (if the build has one) and the page script.
  const index = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const pageCss = index.match(/<link rel="stylesheet" href="\.\/(page[^"]*\.css)"/)?.[1];
  let html = fs.readFileSync(path.join(ROOT, 'src', 'desk', 'page.html'), 'utf8');
  html = html
    .replace('__PAGE_CSS__', () => (pageCss ? `<link rel="stylesheet" href="./${pageCss}">` : ''))
    .replace('__PAGE_JS__', () => `./desk/${page}`);
  fs.writeFileSync(path.join(dir, 'desk.html'), html);
  // The loader again, now naming the desk (scripts/embed.mjs may have run first, or not).
  fs.writeFileSync(path.join(dir, LOADER_NAME), await buildLoader(dir));
  const size = (name) => `${(fs.statSync(path.join(dir, name)).size / 1024).toFixed(1)} KB`;
  console.log(`desk: wrote desk.html and desk/ (wasm ${size(manifest.wasm)}, glue ${size(manifest.glue)}) and ${LOADER_NAME}`);
}

async function main() {
  if (process.env.DESK === '0') {
    console.log('desk: skipped (DESK=0)');
    return;
  }
  const { values } = parseArgs({ options: { dist: { type: 'string' }, profile: { type: 'string' } } });
  const dir = path.resolve(values.dist || process.env.TRUNK_STAGING_DIR || 'dist');
  await buildDesk(dir, values.profile || process.env.TRUNK_PROFILE || 'release');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(`desk: ${err.message}`);
    process.exit(1);
  });
}
