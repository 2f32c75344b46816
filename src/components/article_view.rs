//! The article: headline, standfirst, and the text region with one memoised component per
//! paragraph; the annotations are segmented here (only paragraphs a change touched), so in-place
//! mode, which renders no copy of the article, never segments.
//!
//! The text region is focusable and has a keyboard caret mode: arrows move a word-sized
//! selection by word (left/right) or sentence (up/down), Shift extends it, 1/2/3 categorise it,
//! Enter goes to the note field and Esc backs out. The selection is the browser's own, so the
//! mouse, touch and keyboard paths all meet in the same menu.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use super::notes::{Notes, NotesList};
use super::paragraph::{HighlightKey, ParagraphView};
use crate::dom::markup::{self, class, selector};
use crate::model::segments::SegmentCache;
use crate::model::selection::{move_caret, Direction, Step};
use crate::model::{Article, Segment, Span};
use crate::state::{Action, Annotations, CategorySet};

/// Segments of every paragraph, each behind its own `Rc` so unchanged paragraphs compare equal.
type ParagraphSegments = Rc<Vec<Rc<Vec<Segment<HighlightKey>>>>>;

/// Properties of [`ArticleView`].
#[derive(Properties, PartialEq)]
pub struct ArticleViewProps {
    /// The article (immutable; compared by pointer first).
    pub article: Rc<Article>,
    /// Every annotation, placed; segmented here, so in-place mode (which renders no article
    /// text) never computes segments.
    pub annotations: Annotations,
    /// Categories the reader switched off.
    pub hidden: CategorySet,
    /// Where highlight events go.
    pub on_action: Callback<Action>,
    /// Id of the note popover that describes the focused highlight.
    pub popover_id: AttrValue,
    /// The editorial notes, numbered, listed after the text.
    pub notes: Rc<Notes>,
}

/// Renders the article text with its highlights.
#[component]
pub fn ArticleView(props: &ArticleViewProps) -> Html {
    let meta = &props.article.meta;
    // Beyond this, layout containment of off-screen paragraphs pays for itself (see widget.css).
    let size = if props.article.paragraphs().len() > 200 {
        "long"
    } else {
        "short"
    };
    // Only paragraphs touched by a change are segmented again; the others keep their `Rc`, so
    // Yew skips them after a pointer comparison.
    let cache = use_mut_ref(SegmentCache::<HighlightKey>::default);
    let segments: ParagraphSegments = {
        let (article, notes) = (props.article.clone(), props.notes.clone());
        use_memo(
            (props.annotations.clone(), props.hidden),
            move |(annotations, hidden)| {
                let keys: Vec<(Span, HighlightKey)> = annotations
                    .iter()
                    .filter_map(|placed| {
                        let span = hidden.visible_span(placed)?;
                        let note = notes.number(&placed.annotation.id, span.start());
                        Some((span, HighlightKey::new(&placed.annotation, span, note)))
                    })
                    .collect();
                cache.borrow_mut().update(&article, keys)
            },
        )
        .as_ref()
        .clone()
    };
    // The keyboard selection survives re-renders but is nobody else's business.
    let caret = use_mut_ref(|| Cell::new(None::<Span>));
    let on_keydown = {
        let article = props.article.clone();
        Callback::from(move |event: KeyboardEvent| {
            let Some(region) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
                return;
            };
            // Keys pressed on a highlight inside the region belong to the highlight.
            if !region.matches(selector::BODY).unwrap_or(false) {
                return;
            }
            let (step, direction) = match event.key().as_str() {
                "ArrowRight" => (Step::Word, Direction::Forward),
                "ArrowLeft" => (Step::Word, Direction::Backward),
                "ArrowDown" => (Step::Sentence, Direction::Forward),
                "ArrowUp" => (Step::Sentence, Direction::Backward),
                "Enter" => {
                    if let Some(root) = region.closest(selector::ROOT).ok().flatten() {
                        if crate::dom::focus::focus_selector(&root, markup::MENU_NOTE) {
                            event.prevent_default();
                        }
                    }
                    return;
                }
                _ => return,
            };
            event.prevent_default();
            let next = next_selection(
                &article,
                caret.borrow().get(),
                step,
                direction,
                event.shift_key(),
            );
            caret.borrow().set(next);
            if let (Some(span), Some(root)) = (next, region.closest(selector::ROOT).ok().flatten())
            {
                crate::dom::selection::select(&root, span);
            }
        })
    };
    html! {
        <article class={class::ARTICLE} lang="en" data-size={size}>
            <header class="aa-article__header">
                <h1 class="aa-title">{ meta.title.clone() }</h1>
                if let Some(standfirst) = &meta.standfirst {
                    <p class="aa-standfirst">{ standfirst.clone() }</p>
                }
            </header>
            <div class={class::BODY} tabindex="0" role="region" onkeydown={on_keydown}
                aria-label="Article text. To annotate with the keyboard: arrow keys select words and sentences, Shift extends, 1 Claim, 2 Demand, 3 Question, Enter adds a note, Escape cancels.">
                { for segments.iter().enumerate().map(|(idx, segments)| html! {
                    <ParagraphView key={idx} article={props.article.clone()} idx={idx} segments={segments.clone()}
                        on_action={props.on_action.clone()} popover_id={props.popover_id.clone()} />
                }) }
            </div>
            <NotesList notes={props.notes.clone()} />
        </article>
    }
}

/// The keyboard selection after one key press: a word or sentence, or the current one extended.
fn next_selection(
    article: &Article,
    current: Option<Span>,
    step: Step,
    direction: Direction,
    extend: bool,
) -> Option<Span> {
    let text = article.text();
    let whole = Span::new(0, text.n_chars())?;
    let first_word = || {
        let end = move_caret(text, whole, 0, step, Direction::Forward);
        let start = move_caret(text, whole, end, step, Direction::Backward);
        Span::new(start, end)
    };
    let Some(current) = current else {
        return first_word();
    };
    if extend {
        let end = match direction {
            Direction::Forward => move_caret(text, whole, current.end(), step, Direction::Forward),
            // Shrink by one unit from the end, but never below the first unit.
            Direction::Backward => {
                let last_start = move_caret(text, whole, current.end(), step, Direction::Backward);
                let previous_start = move_caret(text, whole, last_start, step, Direction::Backward);
                let previous_end =
                    move_caret(text, whole, previous_start, step, Direction::Forward);
                if previous_end <= current.start() || last_start <= current.start() {
                    current.end()
                } else {
                    previous_end
                }
            }
        };
        return Span::new(current.start(), end).or(Some(current));
    }
    let (start, end) = match direction {
        Direction::Forward => {
            let end = move_caret(text, whole, current.end(), step, Direction::Forward);
            (move_caret(text, whole, end, step, Direction::Backward), end)
        }
        Direction::Backward => {
            let start = move_caret(text, whole, current.start(), step, Direction::Backward);
            (
                start,
                move_caret(text, whole, start, step, Direction::Forward),
            )
        }
    };
    Span::new(start, end).or(Some(current))
}
