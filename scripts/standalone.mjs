#!/usr/bin/env node
// Writes ONE self-contained HTML file from a release build: CSS, the wasm-bindgen glue and the
// wasm (base64) inline, no external reference, so it opens by double-click from file:// with no
// server. The page is pre-rendered (article, highlights and numbered notes readable without
// JavaScript; the wasm hydrates them): for the seed, as the built index.html is; for another
// article, by `article-annotator-cli render --template` (scripts/prerender.mjs builds the CLI
// with cargo on first use), which also writes its data island (#article-annotator-data).
//
//   node scripts/standalone.mjs [--dist DIR] [--out FILE]
//                               [--article FILE [--meta meta.json] [--annotations ann.jsonld]]
//
// --dist  the built files to read (default: $TRUNK_STAGING_DIR when run as a trunk hook, else dist/)
// --out   where to write (default: DIST/article-annotator-standalone.html)
// --article, --meta, --annotations: the article's plain text (paragraphs separated by newlines)
//         or Markdown, its metadata ({id, title, standfirst?, source}; optional for Markdown with
//         front matter) and, optionally, its editorial layer as a W3C Web Annotation document.
//         Without them the page shows the seed article, as the built index.html does.
//
// Trunk runs it after every build (Trunk.toml, [[hooks]] stage "post_build"); it does nothing
// unless TRUNK_PROFILE is "release", so `trunk serve` stays fast.

import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { prerender } from './prerender.mjs';

export const STANDALONE_NAME = 'article-annotator-standalone.html';
export const ISLAND_ID = 'article-annotator-data';

const fail = (message) => {
  throw new Error(`standalone: ${message}`);
};

/** JSON that is safe inside a <script> element: no "<" (so no "</script>" or "<!--"), no U+2028/9. */
export function scriptSafeJson(value) {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Refuse content that would end or confuse the raw-text element it is inlined into. */
function assertInlineable(text, element, what) {
  const bad = [`</${element}`, '<!--'].find((s) => text.toLowerCase().includes(s));
  if (bad) fail(`${what} contains "${bad}", which cannot be inlined in a <${element}> element`);
}

/** The glue's ES module code without its export statements, and the names it exported. */
export function stripExports(glue) {
  const names = [];
  // An `export { … }` list: on its own line (wasm-bindgen) or after a `;`/`}` (minified by terser).
  let code = glue.replace(/(^|[;}])\s*export\s*\{([^}]*)\};?[ \t]*$/gm, (_, before, list) => {
    for (const item of list.split(',')) {
      const m = item.trim().match(/^([\w$]+)(?:\s+as\s+([\w$]+))?$/);
      if (m) names.push({ local: m[1], exported: m[2] || m[1] });
    }
    return before;
  });
  code = code.replace(/(^|[;}])\s*export\s+(?:default\s+)?((?:async\s+)?function\*?|class|const|let|var)\s+([\w$]+)/gm, (_, before, kind, name) => {
    names.push({ local: name, exported: name });
    return `${before}${kind} ${name}`;
  });
  if (/(^|[;}])\s*(export\b\s*[{\w*]|import\b\s*[{\w*])/m.test(code)) fail('the wasm-bindgen glue has an import or export this script cannot inline');
  if (!names.some((n) => n.exported === 'default')) fail('the wasm-bindgen glue exports no default init function');
  return { code, names };
}

/** Trunk's loader script in its index.html, and the hashed glue (.js) and .wasm names it loads.
 *  A release index.html carries the intent loader instead (scripts/lazy.mjs), which names them
 *  in its `data-aa-glue` and `data-aa-wasm` attributes. */
export function trunkLoader(html) {
  const lazy = html.match(/<script type="module" data-aa-glue="([^"]+\.js)" data-aa-wasm="([^"]+\.wasm)">[\s\S]*?<\/script>/);
  if (lazy) return { loader: lazy, jsName: lazy[1], wasmName: lazy[2] };
  // `import init, * as bindings from './x.js'; … init({ module_or_path: './x_bg.wasm' })`.
  const loader = html.match(/<script type="module">([\s\S]*?)<\/script>/);
  if (!loader) fail('no trunk loader <script type="module"> in index.html');
  const jsName = loader[1].match(/from\s+'\.\/([^']+\.js)'/)?.[1];
  const wasmName = loader[1].match(/module_or_path:\s*'\.\/([^']+\.wasm)'/)?.[1];
  if (!jsName || !wasmName) fail('cannot find the glue .js and .wasm names in the trunk loader');
  return { loader, jsName, wasmName };
}

/** Reads the build in `dir` (trunk's index.html and what it links) and returns the standalone HTML. */
export function buildStandalone(dir, island = null) {
  const indexPath = path.join(dir, 'index.html');
  if (!fs.existsSync(indexPath)) fail(`${indexPath} is missing: build first (trunk build --release)`);
  let html = fs.readFileSync(indexPath, 'utf8');
  if (html.includes('.well-known/trunk/ws')) fail(`${indexPath} is a trunk serve build; use a release build`);

  const { loader, jsName, wasmName } = trunkLoader(html);
  const glue = fs.readFileSync(path.join(dir, jsName), 'utf8');
  const wasm = fs.readFileSync(path.join(dir, wasmName));
  const { code, names } = stripExports(glue);
  const local = (exported) => names.find((n) => n.exported === exported).local;
  const bindings = names.map((n) => `${JSON.stringify(n.exported)}: ${n.local}`).join(', ');

  // Async instantiation from bytes: no fetch (blocked on file://) and no size limit on the main thread.
  const script = [
    code,
    `const __aa_b64 = "${wasm.toString('base64')}";`,
    'const __aa_bin = atob(__aa_b64);',
    'const __aa_bytes = new Uint8Array(__aa_bin.length);',
    'for (let i = 0; i < __aa_bin.length; i += 1) __aa_bytes[i] = __aa_bin.charCodeAt(i);',
    `const __aa_exports = await ${local('default')}({ module_or_path: __aa_bytes });`,
    `window.wasmBindings = { ${bindings} };`,
    'dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm: __aa_exports } }));',
  ].join('\n');
  assertInlineable(script, 'script', `${jsName}`);

  html = html.replace(loader[0], () => '');
  // Stylesheets in place and in order; preload hints for files that are now inline go.
  html = html.replace(/<link rel="stylesheet" href="\.\/([^"]+\.css)"[^>]*>/g, (_, name) => {
    const css = fs.readFileSync(path.join(dir, name), 'utf8');
    assertInlineable(css, 'style', name);
    return `<style>\n${css}\n</style>`;
  });
  html = html.replace(/<link rel="(?:modulepreload|preload)"[^>]*>/g, '');
  // Another article replaces the page's own data island (the seed's, in a built index.html).
  if (island) html = html.replace(new RegExp(`<script type="application/json" id="${ISLAND_ID}">[\\s\\S]*?</script>\\n?`), '');
  const data = island ? `<script type="application/json" id="${ISLAND_ID}">${scriptSafeJson(island)}</script>\n` : '';
  if (island) html = html.replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(island.meta?.title ?? 'article-annotator')}</title>`);
  const tail = `${data}<script type="module">\n${script}\n</script>\n</body>`;
  if (!html.includes('</body>')) fail('index.html has no </body>');
  html = html.replace('</body>', () => tail);

  const external = html.match(/<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)="(?!data:|#)[^"]*"/);
  if (external) fail(`an external reference is left: ${external[0]}`);
  return html;
}

function escapeHtml(text) {
  return String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
}

/** The data island for an article given as files, or null when none is given. */
export function readArticle({ article, meta, annotations }) {
  if (!article && !meta && !annotations) return null;
  if (!article || !meta) fail('--article and --meta go together (--annotations is optional)');
  const text = fs.readFileSync(article, 'utf8');
  let metaJson;
  try {
    metaJson = JSON.parse(fs.readFileSync(meta, 'utf8'));
  } catch (err) {
    fail(`${meta} is not JSON: ${err.message}`);
  }
  let annotationsJson = null;
  if (annotations) {
    try {
      annotationsJson = JSON.parse(fs.readFileSync(annotations, 'utf8'));
    } catch (err) {
      fail(`${annotations} is not JSON: ${err.message}`);
    }
  }
  return { meta: metaJson, text, annotations: annotationsJson };
}

function main() {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string' },
      out: { type: 'string' },
      article: { type: 'string' },
      meta: { type: 'string' },
      annotations: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log('usage: node scripts/standalone.mjs [--dist DIR] [--out FILE] [--article TXT|MD [--meta JSON] [--annotations JSONLD]]');
    return;
  }
  const asHook = Boolean(process.env.TRUNK_STAGING_DIR) && !values.dist;
  if (asHook && process.env.TRUNK_PROFILE !== 'release') {
    console.log(`standalone: skipped (TRUNK_PROFILE=${process.env.TRUNK_PROFILE}; only release builds get the standalone page)`);
    return;
  }
  const dir = values.dist || process.env.TRUNK_STAGING_DIR || 'dist';
  const out = values.out || path.join(dir, STANDALONE_NAME);
  if (!values.article && (values.meta || values.annotations)) fail('--meta and --annotations need --article');
  const html = buildStandalone(dir);
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  // Written under another name until the article is rendered in, so a failure leaves no page.
  const partial = `${out}.partial`;
  fs.writeFileSync(partial, html);
  try {
    if (values.article) prerender(partial, { article: values.article, meta: values.meta, annotations: values.annotations });
    fs.renameSync(partial, out);
  } finally {
    fs.rmSync(partial, { force: true });
  }
  const where = asHook ? path.join(process.env.TRUNK_DIST_DIR || 'dist', path.basename(out)) : out;
  console.log(`standalone: wrote ${where} (${(fs.statSync(out).size / 1024).toFixed(1)} KB)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  try {
    main();
  } catch (err) {
    console.error(err.message);
    process.exit(1);
  }
}
