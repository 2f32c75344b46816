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

use crate::dom::markup::{class, selector};
use crate::options::{InstanceId, Labels};

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

/// Renders one paragraph.
#[component]
pub fn ParagraphView(props: &ParagraphProps) -> Html {
    let text = props.article.text();
    let labels = use_context::<Labels>().unwrap_or_default();
    let instance = use_context::<InstanceId>().unwrap_or_default();
    let edges = Edges {
        on_action: &props.on_action,
        popover_id: &props.popover_id,
        labels: &labels,
        instance: &instance,
    };
    html! {
        <p class={class::PARAGRAPH} data-paragraph={props.idx.to_string()}>
            { for props.segments.iter().map(|segment| {
                let run = text.slice(segment.span).unwrap_or_default().to_string();
                if segment.covering.is_empty() {
                    html! { <span class="aa-text" data-start={segment.span.start().to_string()}>{ run }</span> }
                } else {
                    render_mark(segment, run, &edges)
                }
            }) }
        </p>
    }
}

/// What the edge markers of a paragraph share.
struct Edges<'a> {
    on_action: &'a Callback<Action>,
    popover_id: &'a AttrValue,
    labels: &'a Labels,
    instance: &'a InstanceId,
}

fn render_mark(segment: &Segment<HighlightKey>, run: String, edges: &Edges<'_>) -> Html {
    let on_action = edges.on_action;
    // The model lists a few covering keys per run (the outermost) and counts the rest.
    let category_tokens = segment
        .categories()
        .iter()
        .map(|c| c.token())
        .collect::<Vec<_>>()
        .join(" ");
    let ids: Rc<[AnnotationId]> = segment.covering.iter().map(|k| k.id.clone()).collect();
    let id_list = ids
        .iter()
        .map(AnnotationId::as_str)
        .collect::<Vec<_>>()
        .join(" ");
    let (starting, ending) = (&segment.starting, &segment.ending);
    // No hover popover during a drag: it would cover the words being selected.
    let on_enter = {
        let ids = ids.clone();
        let on_action = on_action.clone();
        Callback::from(move |event: MouseEvent| {
            if event.buttons() == 0 {
                let on_screen = on_screen_of(event.target(), selector::MARK);
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
        <>
            { for starting.iter().map(|k| start_edge(k, &ids, edges)) }
            <mark
                class={class::MARK}
                data-start={segment.span.start().to_string()}
                data-category={category_tokens}
                data-annotation-ids={id_list}
                data-depth={segment.n_covering.min(3).to_string()}
                onmouseenter={on_enter}
                onmouseleave={on_leave}
                onclick={on_click}
            >{ run }</mark>
            { for ending.iter().rev().map(|k| end_edge(k, edges.labels)) }
        </>
    }
}

/// Where the element an event came from (or the nearest `selector` around it) is on screen.
fn on_screen_of(target: Option<web_sys::EventTarget>, selector: &str) -> crate::state::ScreenBox {
    target
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|el| el.closest(selector).ok().flatten())
        .map(|el| crate::dom::geometry::on_screen(&el))
        .unwrap_or_default()
}

/// Where an annotation starts: its glyph, its screen-reader words, and its single tab stop.
///
/// The tab stop is this marker rather than the `<mark>`: a focusable mark steals the mouse-down
/// that should start a text selection (Chrome then starts none), while the marker is
/// transparent to the pointer. An editorial annotation's marker is also the link to its
/// numbered note after the article, which is how a reader without JavaScript reaches the note;
/// with the widget running the note shows beside the text instead, so the link is not followed.
fn start_edge(key: &HighlightKey, ids: &Rc<[AnnotationId]>, edges: &Edges<'_>) -> Html {
    let (on_action, labels) = (edges.on_action, edges.labels);
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
    let (id, href) = match key.note {
        Some(n) => (
            Some(edges.instance.id(&format!("ref-{n}"))),
            Some(format!("#{}", edges.instance.id(&format!("note-{n}")))),
        ),
        None => (None, None),
    };
    html! {
        <a class={class::EDGE} data-edge="start" data-category={key.category.token()}
            data-label={format!("{} start", labels.of(key.category))} data-annotation-id={key.id.to_string()}
            id={id} href={href} data-note={key.note.map(|n| n.to_string())}
            tabindex="0" aria-describedby={edges.popover_id.clone()} onfocus={on_focus} onblur={on_blur} onclick={on_click}></a>
    }
}

/// Where an annotation ends, for screen readers (text via CSS).
fn end_edge(key: &HighlightKey, labels: &Labels) -> Html {
    html! {
        <span class={class::EDGE} data-edge="end" data-category={key.category.token()}
            data-label={format!("{} end", labels.of(key.category))}></span>
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
