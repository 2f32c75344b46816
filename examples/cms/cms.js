// The mock CMS's own page script ("The Daily Ledger"). It knows nothing about the widget's
// internals: it only uses the documented events on `document` and plain DOM. Loaded with
// <script type="module" src="cms.js"> (no inline code: the page runs under a strict CSP).

// ---------- Host features that must keep working next to (and inside) the annotated story ----------

// Like buttons: count clicks in data-likes and in the label.
for (const button of document.querySelectorAll('button.like')) {
  button.addEventListener('click', () => {
    const likes = (Number.parseInt(button.dataset.likes ?? '0', 10) || 0) + 1;
    button.dataset.likes = String(likes);
    button.textContent = `Like (${likes})`;
  });
}

// Share button: copy the page address, report in the status element.
const shareButton = document.getElementById('share-button');
const shareStatus = document.getElementById('share-status');
shareButton?.addEventListener('click', async () => {
  const url = document.querySelector('link[rel="canonical"]')?.href ?? location.href;
  try {
    await navigator.clipboard.writeText(url);
    shareStatus.textContent = 'Link copied';
  } catch {
    // Clipboard refused (no permission, insecure context, ...): show the link instead.
    shareStatus.textContent = `Copy this link: ${url}`;
  }
});

// Footnote toggle inside #story: reveals and hides the footnote.
for (const toggle of document.querySelectorAll('.footnote-toggle')) {
  const note = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
  if (!note) continue;
  toggle.addEventListener('click', () => {
    const open = note.hidden;
    note.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    toggle.textContent = open ? 'Hide note on sources' : 'Note on sources';
  });
}

// Reading-progress bar over the story (width set through the CSSOM, which CSP allows).
const progressBar = document.getElementById('read-progress');
const storyBody = document.getElementById('story');
function updateProgress() {
  if (!progressBar || !storyBody) return;
  const rect = storyBody.getBoundingClientRect();
  const total = rect.height - window.innerHeight;
  const done = total > 0 ? Math.min(Math.max(-rect.top / total, 0), 1) : rect.top < 0 ? 1 : 0;
  progressBar.style.width = `${(done * 100).toFixed(1)}%`;
}
let progressQueued = false;
function queueProgress() {
  if (progressQueued) return;
  progressQueued = true;
  requestAnimationFrame(() => {
    progressQueued = false;
    updateProgress();
  });
}
window.addEventListener('scroll', queueProgress, { passive: true });
window.addEventListener('resize', queueProgress);
updateProgress();

// ---------- The "CMS backend": log the widget's events and keep the latest save ----------

const EVENTS = ['ready', 'create', 'update', 'delete', 'change', 'select', 'export', 'error'].map(
  (name) => `article-annotator:${name}`,
);
const LOG_LIMIT = 200;
const log = document.getElementById('cms-log');

/** The latest `change` document (a W3C AnnotationCollection), as a CMS would save it. */
window.cmsSaved = null;
/** The same, per widget instance. */
window.cmsSavedByInstance = {};

function annotationCount(collection) {
  if (!collection || typeof collection !== 'object') return 0;
  if (typeof collection.total === 'number') return collection.total;
  return Array.isArray(collection.first?.items) ? collection.first.items.length : 0;
}

function describe(type, detail) {
  const name = type.slice('article-annotator:'.length);
  const parts = [name, detail?.instance ?? '?'];
  switch (name) {
    case 'create':
    case 'update':
    case 'delete':
      parts.push(detail?.annotation?.id ?? '(no id)');
      break;
    case 'select':
      parts.push(detail?.annotation ? detail.annotation.id : 'none');
      break;
    case 'change':
      parts.push(`${annotationCount(detail?.annotations)} annotation(s) saved`);
      break;
    case 'export':
      parts.push(`${annotationCount(detail?.document)} annotation(s) exported`);
      break;
    case 'error':
      parts.push(String(detail?.message ?? ''));
      break;
    default:
      break;
  }
  return parts.join(' · ');
}

function appendLog(type, detail) {
  if (!log) return;
  const item = document.createElement('li');
  item.dataset.event = type;
  if (detail?.instance) item.dataset.instance = detail.instance;
  const id = detail?.annotation?.id;
  if (id) item.dataset.annotationId = id;
  item.textContent = describe(type, detail);
  log.append(item);
  while (log.childElementCount > LOG_LIMIT) log.firstElementChild?.remove();
  log.scrollTop = log.scrollHeight;
}

for (const type of EVENTS) {
  document.addEventListener(type, (event) => {
    const detail = event.detail ?? {};
    if (type === 'article-annotator:change') {
      window.cmsSaved = detail.annotations ?? null;
      if (detail.instance) window.cmsSavedByInstance[detail.instance] = detail.annotations ?? null;
      // A real CMS would POST here, e.g.
      // fetch('/api/annotations/' + articleId, { method: 'PUT', body: JSON.stringify(detail.annotations), ... })
    }
    appendLog(type, detail);
  });
}
