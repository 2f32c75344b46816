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
use crate::dom::markup::{highlight_name, HIGHLIGHT_PENDING, HIGHLIGHT_SELECTED};
use crate::hooks::{use_effect_boxed, use_i18n, Cleanup};
use crate::model::i18n::Key;
use crate::model::{AnnotationId, Span};
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
                    ranges.push((HIGHLIGHT_PENDING, range));
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
                // The start-up paint's ranges (src/embed.rs) give way to this layer's, in the
                // same task: no frame shows neither.
                host.early.borrow_mut().clear();
                layer.borrow_mut().draw(ranges, highlights::priority);
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
        use_effect_boxed(
            annotations,
            Box::new(move |annotations: &Annotations| {
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
                Box::new(move || drop(listener))
            }),
        );
    }
    {
        // A drag that starts on a link would drag the link instead of selecting its words: link
        // drags inside the host's article are cancelled (a capturing listener on the document;
        // the host's DOM itself is never written) and the drag selects text instead.
        let host = props.host.clone();
        use_effect_boxed((), Box::new(move |_: &()| link_drags_select(host)));
    }
    let t = use_i18n();
    let status = t.get(if highlights::supported() {
        Key::InPlaceReady
    } else {
        Key::InPlaceUnsupported
    });
    html! {
        <p class="aa-inplace-status" data-highlights={highlights::supported().to_string()}>{ status }</p>
    }
}

/// Makes drags that start on a link of the host's article select text; returns the cleanup.
fn link_drags_select(host: Rc<HostArticle>) -> Cleanup {
    let document = gloo::utils::document();
    // Not passive: the link drag must be cancellable.
    let capture = gloo::events::EventListenerOptions {
        phase: gloo::events::EventListenerPhase::Capture,
        passive: false,
    };
    // Where the press was (a caret position), while a drag from a link is being turned into a
    // selection.
    let anchor: Rc<std::cell::RefCell<Option<(web_sys::Node, u32)>>> = Rc::default();
    let dragging = Rc::new(std::cell::Cell::new(false));
    let on_down = {
        let anchor = anchor.clone();
        EventListener::new_with_options(&document, "pointerdown", capture, move |event| {
            let Some(event) = event.dyn_ref::<web_sys::PointerEvent>() else {
                return;
            };
            let caret = gloo::utils::document()
                .caret_position_from_point(event.client_x() as f32, event.client_y() as f32);
            *anchor.borrow_mut() = caret.and_then(|c| Some((c.offset_node()?, c.offset())));
        })
    };
    let on_drag = {
        let dragging = dragging.clone();
        EventListener::new_with_options(&document, "dragstart", capture, move |event| {
            let link = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
                .and_then(|n| {
                    n.parent_element()
                        .filter(|_| n.node_type() != web_sys::Node::ELEMENT_NODE)
                        .or_else(|| n.dyn_into::<Element>().ok())
                })
                .and_then(|el| el.closest("a[href]").ok().flatten());
            if link.is_some_and(|a| host.element.contains(Some(&a))) {
                event.prevent_default();
                dragging.set(true);
            }
        })
    };
    let on_move = {
        let dragging = dragging.clone();
        EventListener::new(&document, "pointermove", move |event| {
            let (Some(event), Some((node, offset))) = (
                event
                    .dyn_ref::<web_sys::PointerEvent>()
                    .filter(|_| dragging.get()),
                anchor.borrow().clone(),
            ) else {
                return;
            };
            let document = gloo::utils::document();
            let caret = document
                .caret_position_from_point(event.client_x() as f32, event.client_y() as f32);
            let (Some(caret), Some(selection)) = (
                caret,
                web_sys::window().and_then(|w| w.get_selection().ok().flatten()),
            ) else {
                return;
            };
            if let Some(focus) = caret.offset_node() {
                let _ = selection.set_base_and_extent(&node, offset, &focus, caret.offset());
            }
        })
    };
    let on_up = EventListener::new(&document, "pointerup", move |_| dragging.set(false));
    Box::new(move || drop((on_down, on_drag, on_move, on_up)))
}
