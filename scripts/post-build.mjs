#!/usr/bin/env node
// Trunk's one post_build hook: the steps that read and rewrite the build, in order.
//
//   1. scripts/island.mjs      every build: the seed article as index.html's data island
//   2. scripts/minify.mjs      release only: minify the glue and CSS, rewrite their SRI hashes
//   3. scripts/prerender.mjs   release only: article-annotator-cli pre-renders index.html for the
//                              seed (markup inside #article-annotator, the island replaced) and
//                              the CMS example's explainer; debug builds render in the browser
//   4. scripts/markdown.mjs    every build: the Markdown bundle (dist/markdown/), which the
//                              loader fetches only for a `src` that is Markdown at run time
//   5. scripts/embed.mjs       every build: dist/article-annotator.js, the embed loader (with
//                              the Markdown bundle's names), and dist/article-annotator.css
//   6. scripts/standalone.mjs  release only: the single-file page (inlines the minified files,
//                              from the pre-rendered index.html; its article is already read)
//   7. scripts/desk.mjs        every build: the editor's desk bundle (dist/desk/, dist/desk.html)
//   8. scripts/lazy.mjs        release only: index.html loads the annotator's glue and wasm on the
//                              reader's intent (src/embed/intent.js), not at once: the page is
//                              pre-rendered and readable without them. Last, since the steps
//                              above read Trunk's loader
//
// Trunk starts the hooks of one stage side by side, so separate hooks would race: the
// single-file page could inline the glue while it is being minified. Each step is still a
// command of its own (see its header) and gets the same environment (TRUNK_STAGING_DIR, …).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
for (const step of ['island.mjs', 'minify.mjs', 'prerender.mjs', 'markdown.mjs', 'embed.mjs', 'standalone.mjs', 'desk.mjs', 'lazy.mjs']) {
  execFileSync(process.execPath, [path.join(here, step)], { stdio: 'inherit' });
}
