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
}

impl HighlightKey {
    /// The key of `annotation` placed at `span`.
    pub fn new(annotation: &Annotation, span: Span) -> HighlightKey {
        HighlightKey {
            id: annotation.id.clone(),
            category: annotation.category,
            span,
        }
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
    html! {
        <p class="aa-paragraph" data-paragraph={props.idx.to_string()}>
            { for props.segments.iter().map(|segment| {
                let run = text.slice(segment.span).unwrap_or_default().to_string();
                if segment.covering.is_empty() {
                    html! { <span class="aa-text" data-start={segment.span.start().to_string()}>{ run }</span> }
                } else {
                    render_mark(segment, run, &props.on_action, &props.popover_id)
                }
            }) }
        </p>
    }
}

fn render_mark(
    segment: &Segment<HighlightKey>,
    run: String,
    on_action: &Callback<Action>,
    popover_id: &AttrValue,
) -> Html {
    let mut categories: Vec<Category> = Vec::with_capacity(3);
    for key in &segment.covering {
        if !categories.contains(&key.category) {
            categories.push(key.category);
        }
    }
    let category_tokens = categories
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
    let starting: Vec<&HighlightKey> = segment
        .covering
        .iter()
        .filter(|k| k.span.start() == segment.span.start())
        .collect();
    let ending: Vec<&HighlightKey> = segment
        .covering
        .iter()
        .filter(|k| k.span.end() == segment.span.end())
        .collect();
    // One tab stop per annotation: the segment where it starts.
    let tabindex = if starting.is_empty() { "-1" } else { "0" };
    let show = |trigger: Trigger| {
        let ids = ids.clone();
        on_action.reform(move |event: Event| {
            // Yew delegates listeners to the root, so `current_target` is not the mark: use the target.
            let anchor = event
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .and_then(|el| el.closest(".aa-mark").ok().flatten())
                .map(|el| crate::dom::geometry::anchor_of(&el))
                .unwrap_or_default();
            Action::ShowNotes {
                ids: ids.clone(),
                anchor,
                trigger,
            }
        })
    };
    let on_focus = show(Trigger::Focus).reform(|e: FocusEvent| e.into());
    let on_enter = show(Trigger::Hover).reform(|e: MouseEvent| e.into());
    let on_blur = on_action.reform(|_: FocusEvent| Action::HideNotes {
        trigger: Some(Trigger::Focus),
    });
    let on_leave = on_action.reform(|_: MouseEvent| Action::HideNotes {
        trigger: Some(Trigger::Hover),
    });
    html! {
        <>
            { for starting.iter().map(|k| edge(k, "start")) }
            <mark
                class="aa-mark"
                data-start={segment.span.start().to_string()}
                data-category={category_tokens}
                data-annotation-ids={id_list}
                data-depth={segment.covering.len().min(3).to_string()}
                tabindex={tabindex}
                aria-describedby={popover_id.clone()}
                onfocus={on_focus}
                onblur={on_blur}
                onmouseenter={on_enter}
                onmouseleave={on_leave}
            >{ run }</mark>
            { for ending.iter().rev().map(|k| edge(k, "end")) }
        </>
    }
}

/// An empty marker telling screen readers where an annotation starts or ends (text via CSS).
fn edge(key: &HighlightKey, which: &'static str) -> Html {
    let label = format!("{} {which}", key.category.label());
    html! {
        <span class="aa-edge" data-edge={which} data-category={key.category.token()} data-label={label}></span>
    }
}
