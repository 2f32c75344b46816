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

use crate::hooks::{use_i18n, use_ids, use_state_of};

use super::blocks::in_list;
use super::notes::{Notes, NotesList};
use super::paragraph::{HighlightKey, ParagraphView};
use crate::dom::markup::{self, selector};
use crate::model::article::BlockKind;
use crate::model::i18n::{Dir, Key, Msg};
use crate::model::segments::SegmentCache;
use crate::model::selection::{move_caret, Direction, Step};
use crate::model::{Article, Segment, Span};
use crate::state::{Action, Annotations, CategorySet, Input, Pending};

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
    /// The article's direction.
    #[prop_or_default]
    pub dir: Dir,
    /// The floating boxes (menu, note), kept inside the article's landmark.
    #[prop_or_default]
    pub children: Html,
    /// The editorial notes, numbered, listed after the text (none by default).
    #[prop_or_default]
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
    // The words the caret selected, announced politely.
    let spoken = use_state_of(String::new());
    let t = use_i18n();
    let ids = use_ids();
    let on_keydown = {
        let (article, on_action) = (props.article.clone(), props.on_action.clone());
        let (spoken, t) = (spoken.clone(), t.clone());
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
            let Some((span, root)) = next.zip(region.closest(selector::ROOT).ok().flatten()) else {
                return;
            };
            // The key acts on what it draws, at once: no settle delay decides which words the
            // menu (and 1/2/3, Enter) act on, however fast the keys come.
            if let Some(on_screen) = crate::dom::selection::select_by_keyboard(&root, span) {
                let quote: String = article
                    .text()
                    .slice(span)
                    .unwrap_or_default()
                    .chars()
                    .take(200)
                    .collect();
                spoken.set(t.text(&Msg::CaretSelected { quote }));
                on_action.emit(Action::Select {
                    pending: Pending {
                        span,
                        on_screen,
                        input: Input::Keyboard,
                        hint: None,
                    },
                });
            }
        })
    };
    // Pressing to start a selection closes a hover note (it would catch the drag).
    let on_pointerdown = props
        .on_action
        .reform(|_: PointerEvent| Action::HideNotes { trigger: None });
    html! {
        // A region landmark named by the headline, so two widgets never share a name and the
        // header, the text and the floating boxes are all inside a landmark.
        <article class="aa-article" role="region" aria-labelledby={ids.id("title")} data-size={size} dir={props.dir.as_str()}>
            <header class="aa-article__header">
                <h1 class="aa-title" id={ids.id("title")}>{ meta.title.clone() }</h1>
                if let Some(standfirst) = &meta.standfirst {
                    <p class="aa-standfirst">{ standfirst.clone() }</p>
                }
            </header>
            <p class="aa-sr" aria-live="polite">{ (*spoken).clone() }</p>
            <div class="aa-body" tabindex="0" role="region" onkeydown={on_keydown} onpointerdown={on_pointerdown}
                aria-label={t.text(&Key::ArticleHelp.into())}>
                { for groups(&props.article).into_iter().map(|(list, range)| {
                    let paragraphs = html! {
                        { for range.map(|idx| html! {
                            <ParagraphView key={idx} article={props.article.clone()} idx={idx}
                                segments={segments.get(idx).cloned().unwrap_or_default()}
                                on_action={props.on_action.clone()} popover_id={props.popover_id.clone()} />
                        }) }
                    };
                    match list {
                        Some(true) => html! { <ol class="aa-blocks">{ paragraphs }</ol> },
                        Some(false) => html! { <ul class="aa-blocks">{ paragraphs }</ul> },
                        None => paragraphs,
                    }
                }) }
            </div>
            <NotesList notes={props.notes.clone()} />
            { props.children.clone() }
        </article>
    }
}

/// The paragraphs in runs: consecutive list paragraphs form one list (`Some(ordered)`), the
/// others stand alone (`None`).
fn groups(article: &Article) -> Vec<(Option<bool>, std::ops::Range<usize>)> {
    let mut out: Vec<(Option<bool>, std::ops::Range<usize>)> = Vec::new();
    for (idx, block) in article.blocks().iter().enumerate() {
        let list = in_list(block).then_some(matches!(
            block.kind,
            BlockKind::ListItem { ordered: true, .. }
        ));
        match out.last_mut() {
            Some((Some(_), range)) if list.is_some() => range.end = idx + 1,
            _ => out.push((list, idx..idx + 1)),
        }
    }
    out
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
