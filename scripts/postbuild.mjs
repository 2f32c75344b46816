#!/usr/bin/env node
// Trunk's one post-build hook (Trunk.toml). Trunk runs the hooks of a stage concurrently, and
// these steps depend on each other, so they run here, in order, on $TRUNK_STAGING_DIR:
//
//   1. index.html: release builds are pre-rendered for the seed article by the CLI (readable
//      without JavaScript, hydrated by the wasm), and so is the `src` explainer of the CMS example
//      (examples/cms/index.html: a pre-rendered <article-annotator> fragment); debug builds
//      (`trunk serve`) only get the seed's data island, and the widgets render in the browser
//      (no cargo run per reload).
//   2. article-annotator-standalone.html: the single-file page, from the pre-rendered index.html
//      (release builds only).
//   3. article-annotator.js and article-annotator.css: the embed loader and its stylesheet
//      under stable names (every build, so `trunk serve` serves the examples too).

import fs from 'node:fs';
import path from 'node:path';

import { ROOT, islandOnly, prerender, prerenderElement } from './prerender.mjs';
import { writeStandalone } from './standalone.mjs';
import { writeLoader } from './embed.mjs';

const dir = process.env.TRUNK_STAGING_DIR || 'dist';
const release = process.env.TRUNK_PROFILE === 'release';
const shown = process.env.TRUNK_DIST_DIR || 'dist';

try {
  const index = path.join(dir, 'index.html');
  if (release) {
    prerender(index);
    console.log(`postbuild: pre-rendered ${path.join(shown, 'index.html')} for the seed article`);
    const cms = path.join(dir, 'examples', 'cms', 'index.html');
    if (fs.existsSync(cms)) {
      prerenderElement(cms, 'explainer', { article: path.join(ROOT, 'examples', 'cms', 'explainer.md') });
      console.log(`postbuild: pre-rendered the explainer in ${path.join(shown, 'examples', 'cms', 'index.html')}`);
    }
    const bytes = writeStandalone(dir);
    console.log(`postbuild: wrote ${path.join(shown, 'article-annotator-standalone.html')} (${(bytes / 1024).toFixed(1)} KB)`);
  } else {
    islandOnly(index);
    console.log('postbuild: debug build: the seed in a data island, rendered in the browser (no pre-render, no single-file page)');
  }
  const loader = writeLoader(dir);
  console.log(`postbuild: wrote ${loader}`);
} catch (err) {
  console.error(err.message);
  process.exit(1);
}
