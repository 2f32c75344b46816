#!/usr/bin/env node
// Checks the example pages (no dependencies):
//  1. the text of the <p> elements in #story of examples/cms/index.html, with tags stripped,
//     entities decoded and skipped parts left out (<aside>, [data-annotator-skip], .related),
//     equals the seed article seeds/000_bfbf250b9c86d46e.txt line by line;
//  2. no page under examples/ has inline script code, <style> blocks, style="" or on*="" attributes.
//
//   node examples/check-story.mjs
//
// The tokenizer below only understands the plain markup these pages use (no comments or CDATA
// inside #story, attribute values quoted with ").

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const EXAMPLES = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.dirname(EXAMPLES);
const SEED = path.join(ROOT, 'seeds', '000_bfbf250b9c86d46e.txt');
const PAGE = path.join(EXAMPLES, 'cms', 'index.html');
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

let failures = 0;
const fail = (message) => {
  failures += 1;
  console.error(`FAIL ${message}`);
};

function decode(text) {
  const named = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return String.fromCodePoint(code);
    }
    return named[ref.toLowerCase()] ?? whole;
  });
}

/** [{type: 'open'|'close'|'text', name, attrs, text}] */
function tokenize(html) {
  const tokens = [];
  const re = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*(\/?)>|([^<]+)/g;
  let m;
  let at = 0;
  while ((m = re.exec(html))) {
    if (m.index !== at) throw new Error(`cannot tokenize near: ${html.slice(at, at + 60)}`);
    at = re.lastIndex;
    if (m[5] !== undefined) {
      tokens.push({ type: 'text', text: m[5] });
      continue;
    }
    const attrs = {};
    for (const a of m[3].matchAll(/([^\s=>/]+)(?:="([^"]*)")?/g)) attrs[a[1].toLowerCase()] = a[2] ?? '';
    tokens.push({ type: m[1] ? 'close' : 'open', name: m[2].toLowerCase(), attrs, selfClosing: !!m[4] });
  }
  if (at !== html.length) throw new Error(`cannot tokenize near: ${html.slice(at, at + 60)}`);
  return tokens;
}

function storyParagraphs(html) {
  const start = html.indexOf('<div id="story"');
  if (start < 0) throw new Error('no <div id="story"> in the page');
  const tokens = tokenize(html.slice(start, html.indexOf('</body>')));
  const stack = [];
  const paragraphs = [];
  let current = null;
  for (const t of tokens) {
    if (t.type === 'open') {
      const skipped =
        t.name === 'aside' ||
        'data-annotator-skip' in t.attrs ||
        (t.attrs.class ?? '').split(/\s+/).includes('related');
      const parentSkipped = stack.length > 0 && stack[stack.length - 1].skipped;
      if (VOID.has(t.name) || t.selfClosing) continue;
      stack.push({ name: t.name, skipped: skipped || parentSkipped });
      if (t.name === 'p' && !(skipped || parentSkipped)) {
        if (current !== null) throw new Error('nested <p>');
        current = '';
      }
    } else if (t.type === 'close') {
      const top = stack.pop();
      if (!top || top.name !== t.name) throw new Error(`</${t.name}> closes <${top?.name}>`);
      if (t.name === 'p' && !top.skipped) {
        paragraphs.push(decode(current));
        current = null;
      }
      if (stack.length === 0) break; // the end of #story
    } else if (current !== null && !stack[stack.length - 1].skipped) {
      current += t.text;
    } else if (t.text.trim() && !stack[stack.length - 1]?.skipped) {
      fail(`text outside a <p> in #story: ${JSON.stringify(t.text.trim().slice(0, 60))}`);
    }
  }
  return paragraphs;
}

// 1. The story text.
const seed = fs.readFileSync(SEED, 'utf8').replace(/\n$/, '').split('\n');
const got = storyParagraphs(fs.readFileSync(PAGE, 'utf8'));
if (got.length !== seed.length) fail(`#story has ${got.length} paragraphs, the seed ${seed.length}`);
for (let i = 0; i < Math.min(got.length, seed.length); i++) {
  if (got[i] !== seed[i]) {
    let k = 0;
    while (got[i][k] === seed[i][k]) k++;
    fail(`paragraph ${i} differs at character ${k}:\n  page: ${JSON.stringify(got[i].slice(k, k + 40))}\n  seed: ${JSON.stringify(seed[i].slice(k, k + 40))}`);
  }
}
if (got.join('\n') === seed.join('\n')) console.log(`ok   #story text equals the seed (${seed.length} paragraphs)`);

// 2. Nothing inline that a strict CSP would block.
function* htmlFiles(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(full);
    else if (entry.name.endsWith('.html')) yield full;
  }
}
for (const file of htmlFiles(EXAMPLES)) {
  const name = path.relative(ROOT, file);
  const tokens = tokenize(fs.readFileSync(file, 'utf8').replace(/<!doctype html>/i, '').replace(/<!--[\s\S]*?-->/g, ''));
  let problems = 0;
  const open = [];
  tokens.forEach((t, i) => {
    if (t.type === 'close') {
      const top = open.pop();
      if (top !== t.name) {
        fail(`${name}: </${t.name}> closes <${top}>`);
        problems += 1;
      }
      return;
    }
    if (t.type !== 'open') return;
    if (!VOID.has(t.name) && !t.selfClosing) open.push(t.name);
    for (const attr of Object.keys(t.attrs)) {
      if (attr === 'style' || /^on[a-z]+$/.test(attr)) {
        fail(`${name}: <${t.name} ${attr}=…>`);
        problems += 1;
      }
    }
    if (t.name === 'style') {
      fail(`${name}: <style> block`);
      problems += 1;
    }
    if (t.name === 'script') {
      const type = t.attrs.type ?? '';
      const inlineCode = tokens[i + 1]?.type === 'text' && tokens[i + 1].text.trim() !== '';
      if (!('src' in t.attrs) && type !== 'application/json' && type !== 'application/ld+json') {
        fail(`${name}: <script> without src`);
        problems += 1;
      } else if ('src' in t.attrs && inlineCode) {
        fail(`${name}: <script src> with inline code`);
        problems += 1;
      }
    }
    for (const attr of ['src', 'href', 'action']) {
      const value = t.attrs[attr];
      if (value && /^(https?:)?\/\//i.test(value) && !(t.name === 'link' && t.attrs.rel === 'canonical')) {
        fail(`${name}: <${t.name} ${attr}="${value}"> loads from another origin`);
        problems += 1;
      }
    }
  });
  if (open.length > 0) {
    fail(`${name}: unclosed <${open.join('>, <')}>`);
    problems += 1;
  }
  if (problems === 0) console.log(`ok   ${name}: well-formed, no inline script/style, no handler attributes, nothing external`);
}

if (failures > 0) {
  console.error(`${failures} problem(s)`);
  process.exit(1);
}
