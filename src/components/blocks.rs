//! Markdown structure in the article copy: the element a paragraph is drawn in (heading, list
//! item, quote, code line) and the inline styles (strong, emphasis, struck, code, links) around
//! its text runs. Structure never adds text: list markers are the browser's, so each
//! paragraph's `textContent` stays exactly its canonical text and every run keeps its
//! `data-start` (what `dom::selection` maps boundaries with).

use yew::prelude::*;

use crate::model::article::{safe_href, Block, BlockKind, Inline, InlineStyle};
use crate::model::order::sort_values;
use crate::model::Span;

/// True when the block sits in a list (an item, or a further paragraph of one).
pub fn in_list(block: &Block) -> bool {
    matches!(block.kind, BlockKind::ListItem { .. }) || block.list_depth > 0
}

/// The paragraph's element around `children`: `<p>`, `<h2>`–`<h6>` (the title is the `<h1>`),
/// `<li>` (inside the `<ul>`/`<ol>` the article groups list items in), `<blockquote>`, `<pre>`.
pub fn block_element(block: &Block, idx: usize, children: Html) -> Html {
    let paragraph = idx.to_string();
    let depth = block.list_depth.max(block.quote_depth).to_string();
    match block.kind {
        BlockKind::Heading(level) => {
            let tag = ["h2", "h2", "h2", "h3", "h4", "h5", "h6"][usize::from(level.min(6))];
            html! { <@{tag} class="aa-paragraph" data-paragraph={paragraph} data-kind="heading">{ children }</@> }
        }
        BlockKind::ListItem { number, .. } => html! {
            <li class="aa-paragraph" data-paragraph={paragraph} data-depth={depth} value={number.to_string()}>{ children }</li>
        },
        _ if block.list_depth > 0 => html! {
            <li class="aa-paragraph" data-paragraph={paragraph} data-depth={depth} data-kind="more">{ children }</li>
        },
        BlockKind::Quote => html! {
            <blockquote class="aa-paragraph" data-paragraph={paragraph} data-depth={depth}>{ children }</blockquote>
        },
        BlockKind::Code => html! {
            <pre class="aa-paragraph" data-paragraph={paragraph} data-kind="code">{ children }</pre>
        },
        BlockKind::Paragraph => html! {
            <p class="aa-paragraph" data-paragraph={paragraph}>{ children }</p>
        },
    }
}

/// `span` cut at every edge of an inline style inside it, in order.
pub fn pieces(span: Span, inlines: &[Inline]) -> Vec<Span> {
    let mut cuts: Vec<usize> = inlines
        .iter()
        .flat_map(|i| [i.span.start(), i.span.end()])
        .filter(|&at| span.start() < at && at < span.end())
        .collect();
    sort_values(&mut cuts);
    cuts.dedup();
    let mut out = Vec::with_capacity(cuts.len() + 1);
    let mut start = span.start();
    for at in cuts.into_iter().chain([span.end()]) {
        out.extend(Span::new(start, at));
        start = at;
    }
    out
}

/// `run` (a text run or a mark) inside the inline styles covering `piece`, outermost first.
pub fn styled(piece: Span, inlines: &[Inline], run: Html) -> Html {
    inlines
        .iter()
        .filter(|i| i.span.start() <= piece.start() && piece.end() <= i.span.end())
        .rev()
        .fold(run, |inner, inline| match &inline.style {
            InlineStyle::Strong => html! { <strong>{ inner }</strong> },
            InlineStyle::Emphasis => html! { <em>{ inner }</em> },
            InlineStyle::Strikethrough => html! { <s>{ inner }</s> },
            InlineStyle::Code => html! { <code>{ inner }</code> },
            InlineStyle::Link { href } => match href.as_deref().and_then(safe_href) {
                Some(href) => {
                    html! { <a href={href.to_string()} rel="noopener noreferrer">{ inner }</a> }
                }
                None => inner,
            },
        })
}
