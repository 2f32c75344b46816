// Framed side of the iframe embed: report the document's height to the parent page, which sizes
// the <iframe> (see host.js). Only the height is ever sent: no annotation, text or URL.

const TYPE = 'article-annotator:height';

// Send to the parent's origin only. document.referrer is the embedding page's URL when the
// parent's Referrer-Policy allows it (the default policy sends at least the origin). Without it
// we cannot know the parent's origin, so '*' is used: acceptable only because the message is a
// single number (the page height) that reveals nothing.
function parentOrigin() {
  try {
    const origin = document.referrer ? new URL(document.referrer).origin : 'null';
    return origin === 'null' ? '*' : origin; // 'null': no referrer, or an opaque origin
  } catch {
    return '*';
  }
}

if (window.parent !== window) {
  const target = parentOrigin();
  let last = -1;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: TYPE, height }, target);
  };
  new ResizeObserver(report).observe(document.documentElement);
  report();
}
