// Starts a pre-rendered widget's annotator when the reader shows intent to use it.
//
// A pre-rendered widget (issue 11) is readable without any script: the article, its highlights,
// the legend and the numbered notes. Most readers only read, so the wasm (the bulk of the bytes)
// is fetched only when one of these happens, the way Hypothesis defers its sidebar:
//   - the reader has saved annotations (the caller checks at once; another tab saving some is
//     watched here, through the `storage` event);
//   - a mouse or pen is pressed inside the widget (touch is left to scroll: a touch reader's
//     intent is a text selection or a tap on a control or a highlight);
//   - text inside the widget is selected (mouse, touch handles, keyboard);
//   - a control of the widget is clicked, tapped or focused, or the article's keyboard region is
//     focused (its only job is annotating by keyboard), or a file is dragged onto the widget;
//   - a highlight's note is asked for: the mouse rests on a highlight, a highlight is clicked, or
//     its start marker is focused (the note shows once the widget runs; until then Enter on the
//     marker follows its link to the numbered note, as without JavaScript);
//   - the host page asks: `element.dispatchEvent(new Event('article-annotator:start'))`.
// What the reader does while the wasm loads is not lost: clicks on controls and highlights, the
// article's keys, typed values, a dropped file and the selection are replayed, in order, once the
// widget runs (it marks its root `data-ready`).
//
// Shared by the reader page's inline loader (src/embed/reader_page.js; scripts/lazy.mjs puts the
// two together into dist/index.html) and the embed loader (src/embed/element.js, for pre-rendered
// <article-annotator> elements; scripts/embed.mjs writes this file into it). No imports, no
// exports: it is pasted into both.

const START = 'article-annotator:start';
const CONTROLS = 'button, input, select, textarea, summary, [role="button"]';
// The keys the article's keyboard region acts on (components/article_view.rs, the document keys).
const REGION_KEYS = new Set(['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp', 'Enter', 'Escape', '1', '2', '3']);
const SELECTION_KEYS = new Set(['Escape', '1', '2', '3']);
// Longest wait for the selection's menu before the other replayed input goes ahead anyway: the
// widget reads a settled selection after 180 ms (hooks/use_selection.rs).
const MENU_WAIT_MS = 1000;
// A focus this soon after a finger went down on the text came from that finger.
const TAP_FOCUS_MS = 1000;
// A mouse resting this long on a highlight asks for its note (a pointer passing over does not).
const HOVER_MS = 100;
const MARK = 'mark.aa-mark';

/**
 * Watches `mount` (the element holding the widget's pre-rendered markup) for the reader's intent.
 * `begin()` loads and starts the widget and returns a promise that settles once its code runs;
 * `isSaved(key)` says whether a localStorage key holds this widget's saved annotations; on a
 * failure `onFailed(error)` is told (the next intent calls `begin` again). Returns `{ start,
 * stop }`: start now, as an intent would; stop watching.
 */
function watchIntent(mount, { begin, isSaved, onFailed }) {
  let loading = null;
  let ready = false;
  const replay = [];
  let pointer = { down: null, up: null, at: 0 };
  let selectedAt = -1;
  let step = 0;
  let touchedAt = -Infinity;
  let hover = null; // the highlight under the mouse: { mark, clientX, clientY }
  let resting = null; // the timer that turns a hover into intent

  const within = (node) => node != null && mount.contains(node);
  const selectionInside = () => {
    const selection = document.getSelection();
    return selection != null && !selection.isCollapsed && within(selection.anchorNode) && within(selection.focusNode);
  };

  function start() {
    if (loading || ready) return loading;
    mount.setAttribute('data-aa-load', 'loading');
    mount.setAttribute('aria-busy', 'true');
    loading = Promise.resolve().then(begin);
    loading.then(whenRunning, (error) => {
      // Nothing is lost: the page stays as it was, and the next intent tries again.
      loading = null;
      replay.length = 0;
      mount.setAttribute('data-aa-load', 'failed');
      mount.removeAttribute('aria-busy');
      onFailed(error);
    });
    return loading;
  }

  /** Once the widget marks itself ready, hands it what the reader did meanwhile. */
  function whenRunning() {
    const isReady = () => mount.querySelector('.aa-root[data-ready]') != null;
    const go = () => {
      ready = true;
      mount.setAttribute('data-aa-load', 'running');
      mount.removeAttribute('aria-busy');
      for (const [type, listener] of listeners) document.removeEventListener(type, listener, true);
      // One task per event, as the reader's own input came: the widget renders between them.
      const rest = () => {
        const act = replay.shift();
        if (act) act(), setTimeout(rest, 0);
      };
      if (!selectionInside()) {
        // The note the reader was reaching for: under the resting mouse, or at the focused marker.
        const focused = document.activeElement;
        if (within(focused) && focused.matches('a.aa-edge')) focused.dispatchEvent(new FocusEvent('focus'));
        else if (hover?.mark.isConnected && hover.mark.matches(':hover')) {
          const { mark, clientX, clientY } = hover;
          mark.dispatchEvent(new MouseEvent('mouseenter', { clientX, clientY, buttons: 0 }));
        }
        return rest();
      }
      // The selection first: the widget reads it after a short pause, and the menu it opens is
      // what 1/2/3 and Enter then act on. The rest waits for that menu (or gives up waiting).
      if (pointer.up && pointer.at > selectedAt) {
        document.dispatchEvent(new PointerEvent('pointerdown', pointer.down ?? pointer.up));
        document.dispatchEvent(new PointerEvent('pointerup', pointer.up));
      } else {
        document.dispatchEvent(new Event('selectionchange'));
      }
      const menu = () => mount.querySelector('.aa-menu') != null;
      if (menu()) return rest();
      const give = setTimeout(() => (opened.disconnect(), rest()), MENU_WAIT_MS);
      const opened = new MutationObserver(() => menu() && (opened.disconnect(), clearTimeout(give), rest()));
      opened.observe(mount, { childList: true, subtree: true });
    };
    if (isReady()) return go();
    const watch = new MutationObserver(() => isReady() && (watch.disconnect(), go()));
    watch.observe(mount, { attributes: true, attributeFilter: ['data-ready'], subtree: true });
  }

  const later = (target, act) => replay.push(() => target.isConnected && act());

  const listeners = [
    ['pointerdown', (e) => {
      if (!within(e.target)) return;
      pointer = { down: { pointerType: e.pointerType, bubbles: true }, up: null, at: ++step };
      touchedAt = performance.now();
      if (e.pointerType !== 'touch') start();
    }],
    ['pointerup', (e) => {
      if (pointer.down) pointer = { ...pointer, up: { pointerType: e.pointerType, altKey: e.altKey, bubbles: true }, at: ++step };
    }],
    ['selectionchange', () => {
      if (!selectionInside()) return;
      selectedAt = ++step;
      start();
    }],
    ['pointermove', (e) => {
      // A mouse the reader moves: not a finger's tap, nor the page scrolling under a still mouse.
      if (e.pointerType !== 'mouse') return;
      const mark = within(e.target) && e.buttons === 0 ? e.target.closest?.(MARK) : null;
      if (mark === hover?.mark) return;
      clearTimeout(resting);
      hover = mark && { mark, clientX: e.clientX, clientY: e.clientY };
      if (mark) resting = setTimeout(start, HOVER_MS);
    }],
    ['focusin', (e) => {
      if (!within(e.target)) return;
      if (e.target.matches?.('a.aa-edge')) return start();
      // A finger that taps the text to scroll focuses the article's region too: that is reading.
      const tapped = pointer.down?.pointerType === 'touch' && performance.now() - touchedAt < TAP_FOCUS_MS;
      if (e.target.matches?.(CONTROLS) || (e.target.matches?.('.aa-body') && !tapped)) start();
    }],
    ['click', (e) => {
      const mark = within(e.target) ? e.target.closest?.(MARK) : null;
      if (mark && document.getSelection()?.isCollapsed !== false) {
        // A click on a highlight (not the end of a selection) shows its annotation in the list.
        start();
        return later(mark, () => mark.click());
      }
      const control = within(e.target) ? e.target.closest?.(CONTROLS) : null;
      if (!control || !within(control)) return;
      start();
      const field = control.matches('select, textarea, input:not([type="checkbox"], [type="radio"], [type="button"], [type="submit"])');
      if (field) return; // its typed value is replayed (below), not the click that focused it
      // A checkbox must not change under the reader's hand before the widget can hear it.
      e.preventDefault();
      later(control, () => control.click());
    }],
    ['keydown', (e) => {
      if (!within(document.activeElement) && !selectionInside()) return;
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const region = e.target.closest?.('.aa-body') === e.target && within(e.target);
      const acts = region ? REGION_KEYS.has(e.key) : SELECTION_KEYS.has(e.key) && selectionInside() && !e.target.matches?.(CONTROLS);
      if (!acts) return;
      start();
      e.preventDefault();
      const init = { key: e.key, code: e.code, shiftKey: e.shiftKey, bubbles: true, cancelable: true };
      const target = e.target;
      later(target, () => target.dispatchEvent(new KeyboardEvent('keydown', init)));
    }],
    ['input', (e) => fieldValue(e)],
    ['change', (e) => fieldValue(e)],
    ['dragenter', (e) => within(e.target) && e.dataTransfer?.types.includes('Files') && start()],
    ['dragover', (e) => within(e.target) && loading && e.preventDefault()],
    ['drop', (e) => {
      if (!within(e.target) || !loading) return;
      // Not yet running: keep the files (the browser empties the transfer after this event).
      e.preventDefault();
      const files = [...(e.dataTransfer?.files ?? [])];
      const target = e.target;
      later(target, () => {
        const transfer = new DataTransfer();
        for (const file of files) transfer.items.add(file);
        target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      });
    }],
  ];

  function fieldValue(e) {
    if (!within(e.target) || !e.target.matches?.('input, select, textarea')) return;
    start();
    const { target, type } = e;
    later(target, () => target.dispatchEvent(new Event(type, { bubbles: true })));
  }

  const onStorage = (e) => e.key != null && isSaved(e.key) && start();
  /** Stops watching (the widget's element went away). */
  const stop = () => {
    for (const [type, listener] of listeners) document.removeEventListener(type, listener, true);
    mount.removeEventListener(START, start);
    removeEventListener('storage', onStorage);
  };
  for (const [type, listener] of listeners) document.addEventListener(type, listener, true);
  mount.addEventListener(START, start);
  addEventListener('storage', onStorage);
  mount.setAttribute('data-aa-load', 'waiting');
  if (selectionInside()) start();
  return { start, stop };
}

/** Whether a localStorage key holds the reader's saved annotations for the article `id` (state/
 *  saved.rs: `…:v2:<id>:<url hash>`, the first version's `…:v1:<id>:<text hash>`), or, when the
 *  host names a `storageKey`, under that name (`article-annotator:key:<name>`, and the bare name
 *  earlier versions wrote); copies set aside (`…:corrupt:<time>`) count too. */
function savedUnder(id, storageKey) {
  if (storageKey) {
    const own = storageKey.startsWith('article-annotator:') ? storageKey : `article-annotator:key:${storageKey}`;
    return (key) => key === storageKey || key === own || key.startsWith(`${own}:`);
  }
  return (key) => key.startsWith(`article-annotator:v2:${id}:`) || key.startsWith(`article-annotator:v1:${id}:`);
}

/** Whether any key in localStorage passes `isSaved` (false when storage is blocked: then nothing
 *  can have been saved, and the widget would keep the reader's work in memory). */
function anySaved(isSaved) {
  try {
    for (let i = 0; i < localStorage.length; i += 1) if (isSaved(localStorage.key(i) ?? '')) return true;
  } catch {
    // Storage blocked.
  }
  return false;
}

/** The article's id in a widget's article data (JSON text: `{meta: {id}, …}`), or null when it
 *  cannot be read (the widget then starts at once and says what is wrong). */
function articleIdIn(json) {
  try {
    return JSON.parse(json).meta.id;
  } catch {
    return null;
  }
}
