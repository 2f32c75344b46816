// Host side of the iframe embed: size the frame from the height it reports.
// Only messages from that frame's window and from the expected origin are accepted, and only
// a finite, bounded number is used.

const iframe = document.getElementById('article-frame');
// The origin the frame is loaded from (here the same as this page's; if the widget is hosted on
// another origin, this is that origin, e.g. "https://annotator.example").
const FRAME_ORIGIN = new URL(iframe.getAttribute('src'), document.baseURI).origin;
const MAX_HEIGHT = 100_000;

window.addEventListener('message', (event) => {
  if (event.source !== iframe.contentWindow) return;
  if (event.origin !== FRAME_ORIGIN) return;
  const data = event.data;
  if (!data || typeof data !== 'object' || data.type !== 'article-annotator:height') return;
  const height = Number(data.height);
  if (!Number.isFinite(height) || height <= 0) return;
  iframe.style.height = `${Math.ceil(Math.min(height, MAX_HEIGHT))}px`;
});
