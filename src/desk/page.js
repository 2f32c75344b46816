// The desk page (dist/desk.html): one <article-annotator mode="editor"> whose attributes come
// from the page's query, so any article can be reviewed without writing a page for it:
//
//   desk.html                                   the seed article as received, no editorial layer
//   desk.html?src=stories/talks.md              an article: JSON bundle, Markdown or plain text
//   desk.html?src=…&annotations=layer.jsonld    revise a published editorial layer
//   desk.html?…&editor=Ada%20Lovelace           the name published as the creator
//
// Everything else is the embed loader's (article-annotator.js): fetching, mounting, the desk.

import '../article-annotator.js';

const params = new URLSearchParams(window.location.search);
const el = document.createElement('article-annotator');
el.setAttribute('mode', 'editor');
el.id = 'desk';
for (const name of ['src', 'annotations', 'editor', 'storage-key', 'article-id', 'headline', 'standfirst', 'canonical-url']) {
  const value = params.get(name);
  if (value !== null && value !== '') el.setAttribute(name, value);
}
document.getElementById('article-annotator-desk').replaceChildren(el);
