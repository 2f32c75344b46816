//! In-place mode: highlights over the host page's own article (CSS Custom Highlight API), and a
//! click on highlighted host text opening its notes. Renders only a status line in the widget.
//!
//! The host's DOM is never changed: no wrapper, attribute or class is added to its article.
//! Where the browser lacks the Highlight API, the status line says so and the list still works.

use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{Element, MouseEvent};
use yew::prelude::*;

use crate::dom::highlights::{self, Layer};
use crate::dom::host::HostArticle;
use crate::dom::markup::{highlight_name, HIGHLIGHT_SELECTED};
use crate::model::{AnnotationId, Category, Span};
use crate::state::{Action, Annotations, CategorySet, ScreenBox, Trigger};

/// Properties of [`HostView`].
#[derive(Properties, Clone)]
pub struct HostViewProps {
    /// The host's article.
    pub host: Rc<HostArticle>,
    /// Every annotation, placed.
    pub annotations: Annotations,
    /// Categories the reader switched off.
    pub hidden: CategorySet,
    /// The annotation selected in the list, drawn with the `aa-selected` highlight.
    pub selected: Option<AnnotationId>,
    /// The words waiting for a category, drawn like the selected annotation (the keyboard's
    /// find field picks words without a browser selection to show them).
    pub pending: Option<Span>,
    /// The widget root, against which the popover is positioned.
    pub root: NodeRef,
    /// Receives `ShowNotes`, `HideNotes` and `SelectAnnotation`.
    pub on_action: Callback<Action>,
}

impl PartialEq for HostViewProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.host, &other.host)
            && Rc::ptr_eq(&self.annotations, &other.annotations)
            && self.hidden == other.hidden
            && self.selected == other.selected
            && self.pending == other.pending
            && self.on_action == other.on_action
    }
}

/// Draws the highlights and listens for clicks on the host's article.
#[component]
pub fn HostView(props: &HostViewProps) -> Html {
    let layer = use_mut_ref(Layer::default);
    {
        let host = props.host.clone();
        // Drawn while rendering, not in an effect: the ranges live in the page's highlight
        // registry, not in Yew's DOM, and Yew may defer effects to a later task when the first
        // render is long; measured, that put the highlights 70-180 ms after the widget itself.
        use_memo(
            (
                props.annotations.clone(),
                props.hidden,
                props.selected.clone(),
                props.pending,
            ),
            move |(annotations, hidden, selected, pending)| {
                let mut ranges = Vec::new();
                if let Some(range) = pending.and_then(|span| host.range(span)) {
                    ranges.push((HIGHLIGHT_SELECTED, range));
                }
                for placed in annotations.iter() {
                    let is_selected = selected.as_ref() == Some(&placed.annotation.id);
                    // The selected annotation is drawn even when its category is hidden.
                    let span = if is_selected {
                        placed.placement.span
                    } else {
                        hidden.visible_span(placed)
                    };
                    if let Some(range) = span.and_then(|span| host.range(span)) {
                        if is_selected {
                            ranges.push((HIGHLIGHT_SELECTED, range.clone_range()));
                        }
                        ranges.push((highlight_name(placed.annotation.category), range));
                    }
                }
                // Selected on top; then questions over demands over claims, the rarer on top.
                layer.borrow_mut().draw(ranges, |name| {
                    if name == HIGHLIGHT_SELECTED {
                        4
                    } else if name == highlight_name(Category::Question) {
                        3
                    } else if name == highlight_name(Category::Demand) {
                        2
                    } else {
                        1
                    }
                });
            },
        );
    }
    {
        let (host, root, on_action) = (
            props.host.clone(),
            props.root.clone(),
            props.on_action.clone(),
        );
        let annotations = props.annotations.clone();
        use_effect_with(annotations, move |annotations| {
            let annotations = annotations.clone();
            let target = host.element.clone();
            let listener = EventListener::new(&target, "click", move |event| {
                let Some(event) = event.dyn_ref::<MouseEvent>() else {
                    return;
                };
                if !crate::dom::selection::is_collapsed() {
                    return;
                }
                let Some(at) = host.offset_at(event.client_x().into(), event.client_y().into())
                else {
                    return;
                };
                let ids: Rc<[AnnotationId]> = annotations
                    .iter()
                    .filter(|p| {
                        p.placement
                            .span
                            .is_some_and(|s| s.start() <= at && at < s.end())
                    })
                    .map(|p| p.annotation.id.clone())
                    .collect();
                let Some(first) = ids.first().cloned() else {
                    on_action.emit(Action::HideNotes { trigger: None });
                    return;
                };
                let on_screen = root
                    .cast::<Element>()
                    .map(|root| {
                        let r = root.get_bounding_client_rect();
                        let (x, y) = (f64::from(event.client_x()), f64::from(event.client_y()));
                        ScreenBox {
                            left: x - r.left(),
                            top: y - r.top() - 10.0,
                            bottom: y - r.top() + 10.0,
                        }
                    })
                    .unwrap_or_default();
                on_action.emit(Action::SelectAnnotation { id: Some(first) });
                on_action.emit(Action::ShowNotes {
                    ids,
                    on_screen,
                    trigger: Trigger::Focus,
                });
            });
            move || drop(listener)
        });
    }
    let status = if highlights::supported() {
        "Highlights are drawn over the article. Click highlighted text for its notes."
    } else {
        "This browser cannot highlight the article in place (it lacks the CSS Custom Highlight API); the annotations are listed here."
    };
    html! {
        <p class="aa-inplace-status" data-highlights={highlights::supported().to_string()}>{ status }</p>
    }
}
