// The reader page's loader (dist/index.html, release builds): scripts/lazy.mjs inlines
// src/embed/intent.js and then this file, with the hashed glue and wasm names and the page
// language's failure message filled in, in place of Trunk's loader, which fetched both at once.
// The page is pre-rendered; the annotator starts on the reader's intent (intent.js), or at once
// for a reader with saved annotations for this article, or when the page's article data cannot be
// read (the widget then says what is wrong).

const FAILED = __FAILED__;

/** The article's id from the page's data island, or null when the island cannot be read. */
function articleId() {
  const island = document.getElementById('article-annotator-data');
  return island ? articleIdIn(island.textContent) : null;
}

/** Trunk's start: the glue, the wasm, and its events. */
async function begin() {
  const glue = await import('./__GLUE__');
  const wasm = await glue.default({ module_or_path: './__WASM__' });
  window.wasmBindings = glue;
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
}

const mount = document.getElementById('article-annotator');
if (mount) {
  let failed = null;
  const id = articleId();
  const isSaved = savedUnder(id, null);
  const { start } = watchIntent(mount, {
    begin: () => begin().finally(() => failed?.remove()),
    isSaved,
    onFailed(error) {
      // Beside the widget, not in it: the wasm hydrates the widget's markup as the server wrote
      // it. It stays until a try succeeds, so a retry never moves the controls under the pointer.
      failed?.remove();
      failed = document.createElement('div');
      failed.className = 'aa-root aa-load-failed';
      failed.setAttribute('role', 'alert');
      const text = failed.appendChild(document.createElement('p'));
      text.className = 'aa-warning';
      text.textContent = FAILED;
      mount.before(failed);
      console.error('article-annotator: the annotator could not be loaded:', error);
    },
  });
  if (id == null || anySaved(isSaved)) start();
}
