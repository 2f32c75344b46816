// article-annotator embed loader: defines <article-annotator> and mounts elements carrying
// data-article-annotator. One external ES module, no inline script and no inline style, so it
// runs under `script-src 'self' 'wasm-unsafe-eval'; style-src 'self'`.
//
// This file is a template: scripts/embed.mjs (a Trunk post-build hook) writes it into dist/ as
// article-annotator.js with the hashed names of the wasm-bindgen glue, the wasm and the widget
// stylesheet filled in. Everything else (reading the article, highlighting, storage, the events)
// happens in Rust (src/embed.rs); this file only reads attributes and fetches URLs.
//
// An element `article-annotator-cli render --fragment` wrote holds the widget's markup (readable
// before this script runs, or without it) and its article data in a
// <script type="application/json" data-article-annotator-data> child: that data is the article
// (no fetch of `src`), and the wasm hydrates the markup instead of replacing it.
//
// Such a pre-rendered element waits for the reader's intent before this script fetches the glue
// and the wasm (src/embed/intent.js), as the reader page does, unless the reader has saved
// annotations for it, the page loads the wasm anyway (an in-place widget, another widget already
// running), it keeps its annotations in the host (`storage-key="none"`), it says
// `load="eager"`, or the host asks for its API (`element.ready`).
//
// mode="editor" mounts the editor's desk instead (issue 12): a second wasm bundle whose names
// scripts/desk.mjs fills in below (null when the build has none), loaded only for such elements,
// so a reader's page never downloads it.
//
// Markdown is read by a third, small bundle (scripts/markdown.mjs fills in its names below), which
// readMarkdown loads on first use: only when the Rust side finds the article is Markdown at run
// time (a Markdown `src`; pre-rendered widgets and data islands carry the article already read).

// The shared intent watcher (src/embed/intent.js: watchIntent, savedUnder, anySaved, articleIdIn), written
// in by scripts/embed.mjs.
__INTENT__

const STYLESHEETS = __STYLESHEETS__;
const WASM = '__WASM__';
const DESK = __DESK__;
const MARKDOWN = __MARKDOWN__;
const NAME = 'article-annotator';
const ATTRIBUTES = [
  'src', 'for', 'annotations', 'article-id', 'canonical-url', 'headline', 'standfirst',
  'storage-key', 'labels', 'strings', 'colors', 'lang', 'dir', 'exclude', 'instance', 'mode', 'editor',
];
// Languages with a strings file in i18n/ beside this loader (English is built in).
const LANGUAGES = ['fr', 'de', 'es', 'ar'];

const STOPPED = 'The annotator stopped. Your saved annotations are safe; reload the page.';
const GLUE_URL = new URL('./__GLUE__', import.meta.url).href;
const WASM_URL = new URL(WASM, import.meta.url).href;

const INLINE_DATA = 'data-article-annotator-data';
// Set by `article-annotator-cli render` on a pre-rendered widget (removed once hydrated).
const PRERENDERED = 'data-aa-prerendered';
const STABLE_STYLESHEET = 'article-annotator.css';
let loading = null;
let glue = null;
let stopped = false;
/** Pre-rendered widgets waiting for the reader's intent (see Controller.begin). */
const waiting = new Set();
const controllers = new Set();

/** True for a WebAssembly trap (a Rust panic aborts as `unreachable`) or running out of memory. */
function isTrap(error) {
  if (!error || typeof error !== 'object') return false;
  if (typeof WebAssembly === 'object' && error instanceof WebAssembly.RuntimeError) return true;
  return error instanceof RangeError && /memory|allocation failed/i.test(String(error.message));
}

/** A trap reported to the page: ours when its stack passes through our glue or wasm, or names no
 *  script at all (a host script's own error names its file). */
function isOurs(error) {
  const stack = String(error.stack || '');
  return stack.includes(GLUE_URL) || stack.includes(WASM_URL) || !/(https?|file):\/\//.test(stack);
}

/** After a trap nothing in the wasm can be trusted: every widget says so and stops taking input. */
function stopAll(error) {
  if (stopped) return;
  stopped = true;
  for (const controller of controllers) controller.stop(error);
}

addEventListener('error', (event) => {
  if (isTrap(event.error) && isOurs(event.error)) stopAll(event.error);
});
addEventListener('unhandledrejection', (event) => {
  if (isTrap(event.reason) && isOurs(event.reason)) stopAll(event.reason);
});

/** Runs a call into the wasm; a trap there stops every widget (and is rethrown to the caller). */
function guarded(call) {
  try {
    return call();
  } catch (err) {
    if (isTrap(err)) stopAll(err);
    throw err;
  }
}
let deskLoading = null;
let markdownLoading = null;
// Performance marks for hosts (and bench-embed.mjs): loader start, wasm ready, each mount.
const mark = (name) => performance.mark && performance.mark(`article-annotator:${name}`);
mark('loader');

/** In-place widgets being mounted now: pre-rendered widgets hydrate after them (see mount). */
const painting = new Set();

/** Resolves once the next frame has been produced (at once-ish in a hidden page, which paints
 *  no frames). */
function afterFrame() {
  return new Promise((resolve) => {
    if (document.visibilityState === 'hidden') setTimeout(resolve);
    else requestAnimationFrame(() => setTimeout(resolve));
  });
}

/** Resolves when the in-place widgets mounting now have painted, or after IN_PLACE_WAIT ms
 *  (their fetches may be slow: a pre-rendered widget is not kept waiting for the network). */
const IN_PLACE_WAIT = 1000;
async function afterInPlace() {
  const limit = new Promise((resolve) => setTimeout(resolve, IN_PLACE_WAIT));
  while (painting.size) {
    if (await Promise.race([Promise.all(painting), limit.then(() => 'late')]) === 'late') return;
  }
}

/** Resolves once the widget under `el` has run its first render (its root has `data-ready`), or
 *  after RUNNING_WAIT ms whatever happened, so that `element.ready` never hangs. */
const RUNNING_WAIT = 5000;
function untilRunning(el) {
  const running = () => el.querySelector('.aa-root[data-ready]') != null;
  if (running()) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      watch.disconnect();
      clearTimeout(limit);
      resolve();
    };
    const watch = new MutationObserver(() => running() && done());
    const limit = setTimeout(done, RUNNING_WAIT);
    watch.observe(el, { attributes: true, attributeFilter: ['data-ready'], childList: true, subtree: true });
  });
}

/** Links each stylesheet once. */
function linkStyles(names) {
  for (const name of names) {
    const href = new URL(name, import.meta.url).href;
    if (![...document.querySelectorAll('link[rel="stylesheet"]')].some((l) => l.href === href)) {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      document.head.append(link);
    }
  }
}

/** Loads the stylesheet(s) and the wasm once per page, however many widgets there are. */
function start() {
  if (!loading) {
    // A page with pre-rendered widgets links the stable stylesheet itself (first paint needs it).
    const linked = [...document.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.href);
    if (!linked.some((href) => new URL(href).pathname.endsWith(`/${STABLE_STYLESHEET}`))) linkStyles(STYLESHEETS);
    loading = import(GLUE_URL)
      .then((module) => {
        glue = module;
        return module.default({ module_or_path: new URL(WASM, import.meta.url) });
      })
      .then((wasm) => {
        mark('wasm-ready');
        return wasm;
      });
    // The wasm is coming anyway: widgets waiting for intent need not wait any longer.
    for (const controller of [...waiting]) controller.watch.start();
  }
  return loading;
}

/** Loads the desk's bundle (its own glue, wasm and stylesheet) once per page. */
function startDesk() {
  if (!DESK) return Promise.reject(new Error("this build has no editor's desk (run scripts/desk.mjs)"));
  if (!deskLoading) {
    linkStyles([...STYLESHEETS, ...DESK.styles]);
    deskLoading = import(new URL(DESK.glue, import.meta.url).href).then(async (desk) => {
      await desk.default({ module_or_path: new URL(DESK.wasm, import.meta.url) });
      mark('desk-ready');
      return desk;
    });
  }
  return deskLoading;
}

/** Markdown `text` read by the Markdown bundle (loaded once per page, on first use): a promise of
 *  the JSON text src/model/article/json.rs describes. A rejection leaves the article as plain text,
 *  with a message saying why (src/embed/markdown.rs). */
function readMarkdown(text) {
  if (!MARKDOWN) return Promise.reject(new Error('this build has no Markdown bundle (run scripts/markdown.mjs)'));
  if (!markdownLoading) {
    markdownLoading = import(new URL(MARKDOWN.glue, import.meta.url).href).then(async (markdown) => {
      await markdown.default({ module_or_path: new URL(MARKDOWN.wasm, import.meta.url) });
      mark('markdown-ready');
      return markdown;
    });
    // The next widget tries again (the network may be back).
    markdownLoading.catch(() => { markdownLoading = null; });
  }
  return markdownLoading.then((markdown) => markdown.read_markdown(text));
}

const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());

/** The configuration: a JSON <script type="application/json"> child, overridden by attributes. */
function readConfig(el) {
  const prefix = el.localName === NAME ? '' : 'data-';
  const config = {};
  const script = el.querySelector(`:scope > script[type="application/json"]:not([${INLINE_DATA}])`);
  if (script) {
    try {
      Object.assign(config, JSON.parse(script.textContent));
    } catch (err) {
      config.configError = `the JSON configuration is not valid: ${err.message}`;
    }
  }
  for (const name of ATTRIBUTES) {
    const value = el.getAttribute(prefix + name);
    if (value !== null) config[camel(name)] = value;
  }
  const readonly = el.getAttribute(`${prefix}readonly`);
  if (readonly !== null) config.readonly = readonly !== 'false';
  if (!config.instance && el.id) config.instance = el.id;
  // Without its own `lang`, the widget speaks the language of the page around it.
  if (!config.lang) {
    const around = el.closest('[lang]');
    if (around && around.getAttribute('lang')) config.lang = around.getAttribute('lang');
  }
  return config;
}

async function fetchText(url, what) {
  let response;
  try {
    response = await fetch(new URL(url, document.baseURI), { credentials: 'same-origin' });
  } catch (err) {
    throw new Error(`${what} could not be fetched from ${url} (${err.message})`);
  }
  if (!response.ok) throw new Error(`${what} could not be fetched from ${url} (HTTP ${response.status})`);
  return { url: response.url, contentType: response.headers.get('content-type'), text: await response.text() };
}

function emit(el, type, detail) {
  el.dispatchEvent(new CustomEvent(`${NAME}:${type}`, { bubbles: true, composed: true, detail }));
}

/** One widget: its element, its Rust handle, and the element's JS API. */
class Controller {
  constructor(el) {
    this.el = el;
    this.handle = null;
    this.started = false;
    this.ready = new Promise((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
    // Nobody may be listening; an unhandled rejection would only add console noise.
    this.ready.catch(() => {});
  }

  /** Mounts now, or once the reader shows intent when the element is pre-rendered (and nothing
   *  says it must run at once: see the top of this file). */
  begin() {
    this.started = true;
    const config = readConfig(this.el);
    const prefix = this.el.localName === NAME ? '' : 'data-';
    const inline = this.el.querySelector(`:scope > script[${INLINE_DATA}]`);
    const deferrable = !loading && inline && this.el.hasAttribute(PRERENDERED) && !config.for
      && config.mode !== 'editor' && config.storageKey !== 'none' && this.el.getAttribute(`${prefix}load`) !== 'eager';
    if (!deferrable) return this.mount();
    const id = articleIdIn(inline.textContent);
    const isSaved = savedUnder(id, config.storageKey);
    if (id == null || anySaved(isSaved)) return this.mount();
    let mounting = null;
    this.watch = watchIntent(this.el, {
      begin: () => {
        waiting.delete(this);
        mounting ??= this.mount().then(() => this.ready);
        return mounting;
      },
      isSaved,
      // Said inside the widget by `fail` (the embed loader does not try the wasm twice).
      onFailed: () => {},
    });
    waiting.add(this);
    return Promise.resolve();
  }

  async mount() {
    this.started = true;
    const config = readConfig(this.el);
    const editor = config.mode === 'editor';
    let desk = null;
    const jobs = [editor ? startDesk().then((m) => { desk = m; }) : start()];
    // First things first: highlights over the host's own article (what the reader is looking
    // at, unmarked until then) before hydrating pre-rendered widgets, which are painted already
    // and only wait for their listeners. An in-place widget is in `painting` from now until the
    // frame after its mount (see afterInPlace).
    if (config.for && !editor) {
      let painted;
      const entry = new Promise((resolve) => { painted = resolve; });
      painting.add(entry);
      this.ready.catch(() => {}).finally(() => afterFrame().then(() => {
        painting.delete(entry);
        painted();
      }));
    }
    const inline = this.el.querySelector(`:scope > script[${INLINE_DATA}]`);
    if (inline) {
      const url = new URL(config.src || '', document.baseURI).href;
      config.source = { url, contentType: 'application/json', text: inline.textContent };
    } else if (config.src) {
      jobs.push(fetchText(config.src, 'The article').then(
        (source) => { config.source = source; },
        (err) => { config.sourceError = err.message; },
      ));
    }
    if (config.annotations) {
      jobs.push(fetchText(config.annotations, 'The editorial annotations').then(
        (source) => { config.annotationsText = source.text; },
        (err) => { config.annotationsError = err.message; },
      ));
    }
    const code = String(config.lang || '').trim().split(/[-_]/)[0].toLowerCase();
    if (LANGUAGES.includes(code)) {
      jobs.push(fetchText(new URL(`i18n/${code}.json`, import.meta.url).href, 'The strings').then(
        (source) => { config.langData = source.text; },
        // Without the file the widget speaks English; the console says why.
        (err) => console.warn(`article-annotator: ${err.message}`),
      ));
    }
    let target = null;
    try {
      await Promise.all(jobs);
      if (config.for) {
        target = document.querySelector(config.for);
        if (!target) config.forError = `no element matches for="${config.for}"`;
      }
      mark(`fetched:${config.instance || ''}`);
      if (this.el.hasAttribute(PRERENDERED) && !editor) await afterInPlace();
      if (stopped) throw new Error(STOPPED);
      // The reader's mount is async: it awaits readMarkdown when the article is Markdown.
      this.handle = editor
        ? guarded(() => desk.mount_desk(this.el, config, target))
        : await guarded(() => glue.mount_embed(this.el, config, target, readMarkdown, afterFrame));
      controllers.add(this);
      // The API answers once the widget's first render has wired it (the root's `data-ready`);
      // a hydrating widget renders after mount_embed returns.
      await untilRunning(this.el);
      mark(`mounted:${this.handle.instance}`);
    } catch (err) {
      this.fail(err);
      return;
    }
    this.resolve(this.el);
    emit(this.el, 'ready', { instance: this.handle.instance });
  }

  /** The wasm trapped (here or in another widget): say so inside the widget, tell the host. */
  stop(error) {
    const root = this.el.querySelector(':scope > .aa-root');
    if (root) root.setAttribute('inert', '');
    const note = document.createElement('p');
    note.className = 'aa-embed-error aa-stopped';
    note.setAttribute('role', 'alert');
    note.textContent = STOPPED;
    this.el.prepend(note);
    const instance = this.handle ? this.handle.instance : null;
    emit(this.el, 'error', { instance, message: STOPPED, reason: String(error && error.message || error) });
  }

  fail(err) {
    if (isTrap(err)) {
      stopAll(err);
      this.stop(err);
      this.reject(new Error(STOPPED));
      return;
    }
    const message = `The annotator could not start: ${err && err.message ? err.message : err}`;
    const note = document.createElement('p');
    note.className = 'aa-embed-error';
    note.setAttribute('role', 'alert');
    note.textContent = message;
    this.el.append(note);
    emit(this.el, 'error', { instance: this.el.getAttribute('instance') || this.el.id || null, message });
    this.reject(new Error(message));
  }

  destroy() {
    this.watch?.stop();
    waiting.delete(this);
    controllers.delete(this);
    if (this.handle && !stopped) guarded(() => this.handle.destroy());
    this.handle = null;
  }

  live() {
    if (stopped) throw new Error(`${NAME}: ${STOPPED}`);
    if (!this.handle) throw new Error(`${NAME}: not mounted yet (await element.ready)`);
    return this.handle;
  }
}

const API = {
  // A host asking for the widget wants it running: that is intent too.
  ready: { get() { this[CONTROLLER].watch?.start(); return this[CONTROLLER].ready; } },
  annotations: {
    get() { const h = this[CONTROLLER].live(); return guarded(() => h.annotations()); },
    // A value that is not an annotation document changes nothing: the widget reports it as an
    // `article-annotator:error` event ([] or an empty collection still clears).
    set(value) { const h = this[CONTROLLER].live(); guarded(() => h.set_annotations(value)); },
  },
  export: { value() { const h = this[CONTROLLER].live(); return guarded(() => h.export_collection()); } },
  import: { value(json) { const h = this[CONTROLLER].live(); return guarded(() => h.import_document(json)); } },
  // mode="editor" only: the editorial layer as a W3C collection, and the suggester timed.
  publish: { value() { const h = this[CONTROLLER].live(); return guarded(() => h.publish()); } },
  timeSuggest: { value(runs) { const h = this[CONTROLLER].live(); return [...guarded(() => h.time_suggest(runs || 20))]; } },
};
const CONTROLLER = Symbol('article-annotator');

/** Gives a data-article-annotator element the same API as the custom element, and mounts it. */
function wire(el) {
  if (el[CONTROLLER]) return;
  el[CONTROLLER] = new Controller(el);
  Object.defineProperties(el, API);
  el[CONTROLLER].begin();
}

class ArticleAnnotatorElement extends HTMLElement {
  constructor() {
    super();
    // Created before it is connected, so `element.ready` can be awaited right away.
    this[CONTROLLER] = new Controller(this);
  }

  connectedCallback() {
    clearTimeout(this.removal);
    if (!this[CONTROLLER].started) this[CONTROLLER].begin();
  }

  disconnectedCallback() {
    // Moving the element (disconnect + connect in one task) keeps the widget; removal destroys
    // it, and adding the element again mounts a fresh one.
    this.removal = setTimeout(() => {
      if (!this.isConnected) {
        this[CONTROLLER].destroy();
        this[CONTROLLER] = new Controller(this);
      }
    });
  }
}
for (const [name, descriptor] of Object.entries(API)) {
  Object.defineProperty(ArticleAnnotatorElement.prototype, name, descriptor);
}

/** Mounts every `[data-article-annotator]` element not mounted yet (call again after adding some). */
export function scan(root = document) {
  for (const el of root.querySelectorAll('[data-article-annotator]')) wire(el);
}

if (!customElements.get(NAME)) customElements.define(NAME, ArticleAnnotatorElement);
scan();
