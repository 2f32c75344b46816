//! One paragraph: its segments rendered as plain runs and `<mark>` highlights with edge markers.
//!
//! The component is pure in its props, so Yew skips it when its segments did not change: an
//! edit touching one paragraph re-renders that paragraph only. Edge markers are empty elements
//! whose CSS generated content names the category for screen readers; they add no text nodes,
//! so the paragraph's `textContent` stays exactly the article text.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use super::blocks::{block_element, pieces, styled};
use crate::dom::markup::{class, selector};
use crate::hooks::{use_i18n, use_ids};
use crate::model::i18n::{Msg, Strings};
use crate::options::InstanceId;

use crate::model::{Annotation, AnnotationId, Article, Category, Segment, Span};
use crate::state::{Action, Trigger};

/// What a segment needs to know about each annotation covering it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct HighlightKey {
    /// The annotation's id (also the ordering key).
    pub id: AnnotationId,
    /// Its category.
    pub category: Category,
    /// Its whole placed span, so a segment can tell whether the annotation starts or ends in it.
    pub span: Span,
    /// The number of its note after the article (editorial annotations only).
    pub note: Option<u32>,
}

impl HighlightKey {
    /// The key of `annotation` placed at `span`, with its note's number if it has one.
    pub fn new(annotation: &Annotation, span: Span, note: Option<u32>) -> HighlightKey {
        HighlightKey {
            id: annotation.id.clone(),
            category: annotation.category,
            span,
            note,
        }
    }
}

impl crate::model::segments::SegmentKey for HighlightKey {
    fn category(&self) -> Category {
        self.category
    }
}

/// Properties of [`ParagraphView`].
#[derive(Properties, PartialEq)]
pub struct ParagraphProps {
    /// The article the paragraph belongs to.
    pub article: Rc<Article>,
    /// Paragraph index.
    pub idx: usize,
    /// The paragraph's segments.
    pub segments: Rc<Vec<Segment<HighlightKey>>>,
    /// Where highlight events go.
    pub on_action: Callback<Action>,
    /// Id of the note popover.
    pub popover_id: AttrValue,
}

/// Renders one paragraph, in the element its Markdown structure asks for.
#[component]
pub fn ParagraphView(props: &ParagraphProps) -> Html {
    let text = props.article.text();
    let labels = use_i18n();
    let instance = use_ids();
    let block = props
        .article
        .blocks()
        .get(props.idx)
        .cloned()
        .unwrap_or_default();
    let children = html! {
        { for props.segments.iter().map(|segment| {
            // Each piece holds one text node with its `data-start`, inside its inline styles.
            let runs = html! {
                { for pieces(segment.span, &block.inlines).into_iter().map(|piece| {
                    let run = text.slice(piece).unwrap_or_default().to_string();
                    let start = piece.start().to_string();
                    let run = if segment.covering().is_empty() {
                        html! { <span class="aa-text" data-start={start}>{ run }</span> }
                    } else {
                        render_mark(segment, start, run, &props.on_action)
                    };
                    styled(piece, &block.inlines, run)
                }) }
            };
            if segment.covering().is_empty() {
                return runs;
            }
            edges(segment, runs, &props.on_action, &props.popover_id, &labels, &instance)
        }) }
    };
    block_element(&block, props.idx, children)
}

/// The edge markers of the annotations starting and ending at `segment`, around its runs.
fn edges(
    segment: &Segment<HighlightKey>,
    runs: Html,
    on_action: &Callback<Action>,
    popover_id: &AttrValue,
    labels: &Strings,
    instance: &InstanceId,
) -> Html {
    let ids: Rc<[AnnotationId]> = segment.covering().iter().map(|k| k.id.clone()).collect();
    html! {
        <>
            { for segment.starting().iter().take(MAX_EDGES).map(|k| start_edge(k, &ids, on_action, popover_id, labels, instance)) }
            { more_edges(segment.starting().len(), "start") }
            { runs }
            { for segment.ending().iter().rev().take(MAX_EDGES).map(|k| end_edge(k, labels)) }
            { more_edges(segment.ending().len(), "end") }
        </>
    }
}

/// Edge markers drawn at one boundary; more are counted in one marker. A flood of thousands of
/// annotations starting at one word would otherwise add thousands of elements with generated
/// content (seconds of layout); those beyond stay listed, and reachable, in the list.
const MAX_EDGES: usize = 8;

/// The marker saying how many more annotations start (or end) here, if any.
fn more_edges(n: usize, edge: &'static str) -> Html {
    if n <= MAX_EDGES {
        return Html::default();
    }
    let label = format!("{} more {edge}", n - MAX_EDGES);
    html! { <span class="aa-edge" data-edge="more" data-label={label}></span> }
}

fn render_mark(
    segment: &Segment<HighlightKey>,
    start: String,
    run: String,
    on_action: &Callback<Action>,
) -> Html {
    // The model lists a few covering keys per run (the outermost) and counts the rest.
    let category_tokens = segment
        .categories()
        .iter()
        .map(|c| c.token())
        .collect::<Vec<_>>()
        .join(" ");
    let ids: Rc<[AnnotationId]> = segment.covering().iter().map(|k| k.id.clone()).collect();
    let id_list = ids
        .iter()
        .map(AnnotationId::as_str)
        .collect::<Vec<_>>()
        .join(" ");
    // No hover popover during a drag: it would cover the words being selected.
    let on_enter = {
        let ids = ids.clone();
        let on_action = on_action.clone();
        Callback::from(move |event: MouseEvent| {
            if event.buttons() == 0 {
                let (x, y) = (f64::from(event.client_x()), f64::from(event.client_y()));
                let on_screen = event
                    .target()
                    .and_then(|t| t.dyn_into::<Element>().ok())
                    .and_then(|el| el.closest(selector::MARK).ok().flatten())
                    .map(|mark| crate::dom::geometry::line_on_screen(&mark, x, y))
                    .unwrap_or_default();
                on_action.emit(Action::ShowNotes {
                    ids: ids.clone(),
                    on_screen,
                    trigger: Trigger::Hover,
                });
            }
        })
    };
    let on_leave = on_action.reform(|_: MouseEvent| Action::HideNotes {
        trigger: Some(Trigger::Hover),
    });
    // A click (not the end of a drag) on a highlight selects its annotation in the list.
    let on_click = {
        let (first, on_action) = (ids.first().cloned(), on_action.clone());
        Callback::from(move |_: MouseEvent| {
            if crate::dom::selection::is_collapsed() {
                on_action.emit(Action::SelectAnnotation { id: first.clone() });
            }
        })
    };
    html! {
            <mark
                class="aa-mark"
                data-start={start}
                data-category={category_tokens}
                data-annotation-ids={id_list}
                data-depth={segment.n_covering.min(3).to_string()}
                onmouseenter={on_enter}
                onmouseleave={on_leave}
                onclick={on_click}
            >{ run }</mark>
    }
}

/// Where an annotation starts: its glyph, its screen-reader words, and its single tab stop.
///
/// The tab stop is this marker rather than the `<mark>`: a focusable mark steals the mouse-down
/// that should start a text selection (Chrome then starts none), while the marker is
/// transparent to the pointer. An editorial annotation's marker is also the link to its
/// numbered note after the article, which is how a reader without JavaScript reaches the note;
/// with the widget running the note shows beside the text instead, so the link is not followed.
fn start_edge(
    key: &HighlightKey,
    ids: &Rc<[AnnotationId]>,
    on_action: &Callback<Action>,
    popover_id: &AttrValue,
    labels: &Strings,
    instance: &InstanceId,
) -> Html {
    // The focused annotation first, then whatever else covers the same words.
    let ordered: Rc<[AnnotationId]> = std::iter::once(key.id.clone())
        .chain(ids.iter().filter(|id| **id != key.id).cloned())
        .collect();
    let on_focus = on_action.reform(move |event: FocusEvent| {
        // Place the popover by the highlight the marker introduces, not by the small glyph.
        let mark = event
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|el| {
                let mut next = el.next_element_sibling();
                while let Some(candidate) =
                    next.clone().filter(|n| !n.class_list_contains(class::MARK))
                {
                    next = candidate.next_element_sibling();
                }
                next
            });
        let on_screen = mark
            .map(|m| crate::dom::geometry::on_screen(&m))
            .unwrap_or_default();
        Action::ShowNotes {
            ids: ordered.clone(),
            on_screen,
            trigger: Trigger::Focus,
        }
    });
    let on_blur = on_action.reform(|_: FocusEvent| Action::HideNotes {
        trigger: Some(Trigger::Focus),
    });
    let on_click = Callback::from(|event: MouseEvent| event.prevent_default());
    let label = labels.text(&Msg::EdgeStart {
        category: key.category,
    });
    // A link's name must be in the accessibility tree, not only in generated content.
    let (id, href, name) = match key.note {
        Some(n) => (
            Some(instance.id(&format!("ref-{n}"))),
            Some(format!("#{}", instance.id(&format!("note-{n}")))),
            Some(label.clone()),
        ),
        None => (None, None, None),
    };
    html! {
        <a class="aa-edge" data-edge="start" data-category={key.category.token()}
            data-label={label} data-annotation-id={key.id.to_string()}
            id={id} href={href} aria-label={name} data-note={key.note.map(|n| n.to_string())}
            tabindex="0" aria-describedby={popover_id.clone()} onfocus={on_focus} onblur={on_blur} onclick={on_click}></a>
    }
}

/// Where an annotation ends, for screen readers (text via CSS).
fn end_edge(key: &HighlightKey, labels: &Strings) -> Html {
    html! {
        <span class="aa-edge" data-edge="end" data-category={key.category.token()}
            data-label={labels.text(&Msg::EdgeEnd { category: key.category })}></span>
    }
}

/// `classList.contains` without enabling another web-sys feature.
trait ClassListContains {
    fn class_list_contains(&self, class: &str) -> bool;
}

impl ClassListContains for Element {
    fn class_list_contains(&self, class: &str) -> bool {
        self.get_attribute("class")
            .is_some_and(|c| c.split_whitespace().any(|x| x == class))
    }
}
