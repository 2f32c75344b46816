#!/usr/bin/env node
// The payload gate: what a reader's browser downloads, gzipped (-9) and Brotli (q11), from a
// release build in dist/. Fails when the reader page's payload is over BUDGET_BYTES, or the
// annotator it loads on the reader's intent is over ANNOTATOR_BUDGET_BYTES.
//
//   node scripts/payload.mjs [--dist DIR]
//
// Reader page = what dist/index.html loads before the reader shows intent to annotate: its
// stylesheets and the inline intent loader (scripts/lazy.mjs, src/embed/intent.js). The page is
// pre-rendered, so reading needs nothing else. Annotator = what the loader fetches on intent
// (or at once, for a reader with saved annotations): the wasm-bindgen glue and the wasm. A page
// without the intent loader (a debug build) loads both at once, and both count as its payload.
// Embed payload = what a host page loads: the loader, the glue, the wasm, the widget's CSS.
// Also printed: the single-file page and index.html itself, and the editor's desk bundle
// (dist/desk/, issue 12), which only desk.html and mode="editor" load, and the Markdown bundle
// (dist/markdown/), which the loader fetches only for a `src` that is Markdown at run time. Fails
// when the reader's wasm carries any of the desk's or the suggester's strings, or the Markdown
// reader's (it must link none of them: data islands carry the article already read).
// Figures go to target/payload.txt.
//
// The budgets live here and only here. Lower them with every cut; never raise one without a
// measured reason in the commit message. The target (issue 9) is 150 KB for the reader page.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { parseArgs } from 'node:util';

export const BUDGET_BYTES = 7.5 * 1024;
/** The annotator's glue and wasm with the page's stylesheets: the reader page's whole payload
 *  once the reader shows intent (the intent loader's own bytes are printed beside it). */
export const ANNOTATOR_BUDGET_BYTES = 247 * 1024;

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const dist = values.dist;

const gz = (buf) => zlib.gzipSync(buf, { level: 9 }).length;
const br = (buf) =>
  zlib.brotliCompressSync(buf, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
  }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

function fail(message) {
  console.error(`payload: ${message}`);
  process.exit(1);
}

const indexPath = path.join(dist, 'index.html');
if (!fs.existsSync(indexPath)) fail(`${indexPath} is missing: run the 'build' stage first`);
const html = fs.readFileSync(indexPath, 'utf8');

/** Files in dist/ that index.html names (href, src, import paths), by kind. */
function linked(re) {
  const names = new Set();
  for (const m of html.matchAll(re)) names.add(m[1].replace(/^\.?\//, ''));
  return [...names].filter((n) => fs.existsSync(path.join(dist, n)));
}
const wasm = linked(/["'(]\.?\/?([^"'()\s]+\.wasm)["')]/g);
const js = linked(/["'(]\.?\/?([^"'()\s]+\.js)["')]/g).filter((n) => n !== 'article-annotator.js');
const css = linked(/href="\.?\/?([^"]+\.css)"/g);
// The intent loader, inline in index.html (release builds): it names the glue and the wasm it
// starts on intent, so those are not part of what the page loads first.
const intentScript = /<script type="module" data-aa-glue="[^"]+" data-aa-wasm="[^"]+">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? null;
if (wasm.length === 0 || js.length === 0) fail('index.html loads no .wasm or .js: trunk build produced no app');

function measure(names) {
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const n of names) {
    const buf = fs.readFileSync(path.join(dist, n));
    raw += buf.length;
    gzip += gz(buf);
    brotli += br(buf);
  }
  return { raw, gzip, brotli };
}

const parts = { wasm: measure(wasm), js: measure(js), css: measure(css) };
// The annotator with the page's stylesheets: what the page loads once the reader shows intent.
const total = {
  raw: parts.wasm.raw + parts.js.raw + parts.css.raw,
  gzip: parts.wasm.gzip + parts.js.gzip + parts.css.gzip,
  brotli: parts.wasm.brotli + parts.js.brotli + parts.css.brotli,
};
const inline = (text) => {
  const buf = Buffer.from(text ?? '');
  return text == null ? { raw: 0, gzip: 0, brotli: 0 } : { raw: buf.length, gzip: gz(buf), brotli: br(buf) };
};
const intent = inline(intentScript);
// What the page loads before any intent: everything, unless the intent loader defers the annotator.
const first = intentScript == null ? total : {
  raw: parts.css.raw + intent.raw,
  gzip: parts.css.gzip + intent.gzip,
  brotli: parts.css.brotli + intent.brotli,
};
const loader = measure(['article-annotator.js'].filter((n) => fs.existsSync(path.join(dist, n))));
const widgetCss = measure(css.filter((n) => /^(widget|highlights)-/.test(n)));
const embed = {
  gzip: parts.wasm.gzip + parts.js.gzip + loader.gzip + widgetCss.gzip,
  brotli: parts.wasm.brotli + parts.js.brotli + loader.brotli + widgetCss.brotli,
};
// The desk's own bundle, and proof that the reader's wasm has none of it.
const deskManifest = path.join(dist, 'desk', 'manifest.json');
const desk = fs.existsSync(deskManifest) ? JSON.parse(fs.readFileSync(deskManifest, 'utf8')) : null;
const deskParts = desk && {
  wasm: measure([desk.wasm]),
  js: measure([desk.glue]),
  css: measure(desk.styles),
};
const DESK_ONLY = ['urn:article-annotator:suggested:', 'article-annotator desk ', 'attributed statement'];
for (const n of wasm) {
  const bytes = fs.readFileSync(path.join(dist, n));
  const found = DESK_ONLY.filter((marker) => bytes.includes(Buffer.from(marker)));
  if (found.length) fail(`the reader's ${n} carries desk or suggester code (${found.join(', ')}): it must not link src/desk or model::suggest`);
}
if (desk) {
  const deskWasm = fs.readFileSync(path.join(dist, desk.wasm));
  if (!DESK_ONLY.every((marker) => deskWasm.includes(Buffer.from(marker)))) fail('the desk check looks for strings the desk no longer has: update DESK_ONLY');
}

// The Markdown bundle, and proof that the reader's wasm has no Markdown reader (HTML entity
// names only model::source::html decodes).
const markdownManifest = path.join(dist, 'markdown', 'manifest.json');
const markdown = fs.existsSync(markdownManifest) ? JSON.parse(fs.readFileSync(markdownManifest, 'utf8')) : null;
const MARKDOWN_ONLY = ['hellip', 'rdquo'];
for (const n of wasm) {
  const bytes = fs.readFileSync(path.join(dist, n));
  const found = MARKDOWN_ONLY.filter((marker) => bytes.includes(Buffer.from(marker)));
  if (found.length) fail(`the reader's ${n} carries the Markdown reader (${found.join(', ')}): it must not link model::source's Markdown code`);
}
const markdownParts = markdown && { wasm: measure([markdown.wasm]), js: measure([markdown.glue]) };
if (markdown) {
  const markdownWasm = fs.readFileSync(path.join(dist, markdown.wasm));
  if (!MARKDOWN_ONLY.every((marker) => markdownWasm.includes(Buffer.from(marker)))) fail('the Markdown check looks for strings the Markdown bundle no longer has: update MARKDOWN_ONLY');
}

const single = measure(['article-annotator-standalone.html'].filter((n) => fs.existsSync(path.join(dist, n))));
const page = measure(['index.html']);

const lines = [
  intentScript == null
    ? `payload: wasm ${kb(parts.wasm.gzip)}, js ${kb(parts.js.gzip)}, css ${kb(parts.css.gzip)} gzipped = ${kb(total.gzip)} ` +
      `(brotli ${kb(total.brotli)}; raw ${kb(total.raw)}); no intent loader: the annotator loads at once`
    : `payload before intent (reading; the page is pre-rendered): css ${kb(parts.css.gzip)}, intent loader ${kb(intent.gzip)} ` +
      `gzipped = ${kb(first.gzip)} (brotli ${kb(first.brotli)}; raw ${kb(first.raw)})`,
  `annotator (loaded on intent, or at once with saved annotations): wasm ${kb(parts.wasm.gzip)}, js ${kb(parts.js.gzip)}, ` +
    `with the css ${kb(parts.css.gzip)} gzipped = ${kb(total.gzip)} (brotli ${kb(total.brotli)}; raw ${kb(total.raw)})` +
    `${intentScript == null ? '' : `; after intent the page has loaded ${kb(total.gzip + intent.gzip)} in all`}`,
  `embed payload (host page): wasm ${kb(parts.wasm.gzip)}, glue ${kb(parts.js.gzip)}, loader ${kb(loader.gzip)}, ` +
    `css ${kb(widgetCss.gzip)} gzipped = ${kb(embed.gzip)} (brotli ${kb(embed.brotli)}); a page whose widgets are all ` +
    `pre-rendered loads the loader and css, ${kb(loader.gzip + widgetCss.gzip)}, until the reader's intent`,
  `single-file page: ${kb(single.gzip)} gzipped (brotli ${kb(single.brotli)}); index.html ${kb(page.gzip)} gzipped`,
  `budgets: ${kb(BUDGET_BYTES)} gzipped for the reader page before intent (target 150 KB), ` +
    `${kb(ANNOTATOR_BUDGET_BYTES)} for the annotator with the css`,
];
if (deskParts) {
  const total = deskParts.wasm.gzip + deskParts.js.gzip + deskParts.css.gzip;
  lines.push(
    `desk bundle (desk.html, mode="editor"; readers never load it): wasm ${kb(deskParts.wasm.gzip)}, glue ${kb(deskParts.js.gzip)}, ` +
      `css ${kb(deskParts.css.gzip)} gzipped = ${kb(total)} (raw wasm ${kb(deskParts.wasm.raw)}); the reader's wasm links none of it`,
  );
}
if (markdownParts) {
  lines.push(
    `Markdown bundle (only for a Markdown src at run time): wasm ${kb(markdownParts.wasm.gzip)}, glue ${kb(markdownParts.js.gzip)} gzipped ` +
      `(raw wasm ${kb(markdownParts.wasm.raw)}); the reader's wasm links no Markdown reader`,
  );
}
for (const l of lines) console.log(l);
fs.mkdirSync('target', { recursive: true });
fs.writeFileSync(
  path.join('target', 'payload.txt'),
  `${lines.join('\n')}\nbytes: first ${first.gzip} intent-loader ${intent.gzip} wasm ${parts.wasm.gzip} js ${parts.js.gzip} css ${parts.css.gzip} annotator ${total.gzip} ` +
    `brotli ${total.brotli} embed ${embed.gzip} single ${single.gzip}` +
    `${deskParts ? ` desk-wasm ${deskParts.wasm.gzip} desk-js ${deskParts.js.gzip} desk-css ${deskParts.css.gzip}` : ''}` +
    `${markdownParts ? ` markdown-wasm ${markdownParts.wasm.gzip} markdown-js ${markdownParts.js.gzip}` : ''}\n`,
);
if (first.gzip > BUDGET_BYTES) {
  fail(`the reader page's payload ${kb(first.gzip)} is over the budget of ${kb(BUDGET_BYTES)} (scripts/payload.mjs)`);
}
if (total.gzip > ANNOTATOR_BUDGET_BYTES) {
  fail(`the annotator with the css, ${kb(total.gzip)}, is over its budget of ${kb(ANNOTATOR_BUDGET_BYTES)} (scripts/payload.mjs)`);
}
console.log(`payload within budget (${kb(BUDGET_BYTES - first.gzip)} to spare; the annotator ${kb(ANNOTATOR_BUDGET_BYTES - total.gzip)})`);
