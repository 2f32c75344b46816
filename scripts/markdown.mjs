#!/usr/bin/env node
// Builds the Markdown bundle: a small third wasm that reads Markdown, so the reader's wasm links
// no Markdown reader. Pre-rendered pages and data islands carry their article already read
// (`blocks`); only a widget whose `src` is Markdown at run time (or whose inline data an older
// CLI wrote as Markdown) loads this, through the embed loader's readMarkdown. cargo builds the
// `article-annotator-markdown` bin for wasm32, wasm-bindgen writes its ES-module glue
// (--target web), and in release builds wasm-opt shrinks it with index.html's flags and terser
// its glue, as scripts/desk.mjs does the desk's. It writes, into the build dir:
//
//   markdown/article-annotator-markdown-<hash>.js, …_bg.wasm   the bundle (hashed names)
//   markdown/manifest.json                                      those names, for the loader
//
// and the loader (dist/article-annotator.js) reads the manifest when scripts/embed.mjs and
// scripts/desk.mjs write it, so this step runs before them (scripts/post-build.mjs).
//
//   node scripts/markdown.mjs [--dist DIR] [--profile release|debug]
//
// Trunk runs it after every build, `trunk serve` included (debug: no wasm-opt, no terser).

import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

import { ROOT, bindgen, shrunk } from './desk.mjs';

const BIN = 'article-annotator-markdown';
export const MARKDOWN_MANIFEST = path.join('markdown', 'manifest.json');

function run(command, args) {
  console.log(`markdown: ${path.basename(command)} ${args.join(' ')}`);
  execFileSync(command, args, { cwd: ROOT, stdio: 'inherit' });
}

/** Writes `buf` as `dir/markdown/<stem>-<hash><ext>` and returns its path relative to dir. */
function writeHashed(dir, ext, buf) {
  const name = `${BIN}-${crypto.createHash('sha256').update(buf).digest('hex').slice(0, 16)}${ext}`;
  fs.writeFileSync(path.join(dir, 'markdown', name), buf);
  return `markdown/${name}`;
}

export async function buildMarkdown(dir, profile) {
  const release = profile === 'release';
  const cargoArgs = ['build', '--target', 'wasm32-unknown-unknown', '--bin', BIN];
  if (release) cargoArgs.push('--release');
  run('cargo', cargoArgs);
  const { wasmIn, glueIn } = bindgen(BIN, 'markdown', release, run);
  fs.rmSync(path.join(dir, 'markdown'), { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'markdown'), { recursive: true });
  const wasm = writeHashed(dir, '_bg.wasm', fs.readFileSync(wasmIn));
  const glueText = await shrunk(release, 'js', fs.readFileSync(glueIn, 'utf8'));
  const glue = writeHashed(dir, '.js', Buffer.from(glueText));
  fs.writeFileSync(path.join(dir, MARKDOWN_MANIFEST), `${JSON.stringify({ glue, wasm }, null, 2)}\n`);
  const size = (name) => `${(fs.statSync(path.join(dir, name)).size / 1024).toFixed(1)} KB`;
  console.log(`markdown: wrote markdown/ (wasm ${size(wasm)}, glue ${size(glue)})`);
}

async function main() {
  const { values } = parseArgs({ options: { dist: { type: 'string' }, profile: { type: 'string' } } });
  const dir = path.resolve(values.dist || process.env.TRUNK_STAGING_DIR || 'dist');
  await buildMarkdown(dir, values.profile || process.env.TRUNK_PROFILE || 'release');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(`markdown: ${err.message}`);
    process.exit(1);
  });
}
