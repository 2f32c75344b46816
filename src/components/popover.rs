//! The note popover: shows the category, origin and note of each annotation under a highlight.
//!
//! Notes are rendered as text nodes, never as HTML, whatever they contain. The popover has no
//! `style` attribute (a strict Content-Security-Policy blocks those): an effect places it through
//! CSSOM with [`geometry::place`], and it stays hidden until then.

use yew::prelude::*;

use crate::dom::geometry;
use crate::model::Origin;
use crate::state::{Annotations, Popover};

/// Properties of [`NotePopover`].
#[derive(Properties, PartialEq)]
pub struct NotePopoverProps {
    /// Element id, referenced by every highlight's `aria-describedby`.
    pub id: AttrValue,
    /// What to show, if anything.
    pub popover: Option<Popover>,
    /// All annotations, to look the ids up in.
    pub annotations: Annotations,
}

/// A ref for a floating box (this popover, the selection menu), placed at `at` (pixels from the
/// widget's corner) by [`geometry::place`] once it is in the DOM, and again when `at` changes.
///
/// One hook for both boxes, so the effect machinery is compiled once. Yew runs effects in the
/// scheduler pass that rendered the box, normally in the same task, before the browser paints;
/// after 16 ms of work it may yield between the two, which is why widget.css hides the box until
/// it is placed.
#[hook]
pub(super) fn use_placement(at: Option<(f64, f64)>) -> NodeRef {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(at, move |at| {
            if let (Some((x, y)), Some(element)) = (*at, node.cast::<web_sys::Element>()) {
                geometry::place(&element, x, y);
            }
        });
    }
    node
}

/// Renders the popover when one is open.
#[component]
pub fn NotePopover(props: &NotePopoverProps) -> Html {
    // Below the highlight's first line; widget.css clamps it inside the widget's width.
    let node = use_placement(
        props
            .popover
            .as_ref()
            .map(|p| (p.on_screen.left, p.on_screen.bottom + 8.0)),
    );
    let Some(popover) = &props.popover else {
        return html! {};
    };
    html! {
        <div class="aa-popover" role="tooltip" id={props.id.clone()} ref={node}>
            { for popover.ids.iter().filter_map(|id| props.annotations.iter().find(|p| &p.annotation.id == id)).map(|placed| {
                let annotation = &placed.annotation;
                let origin = match annotation.origin {
                    Origin::Editorial => "Editorial note",
                    Origin::Reader => "Your note",
                };
                html! {
                    <div class="aa-popover__item" key={annotation.id.as_str()} data-category={annotation.category.token()}>
                        <p class="aa-popover__head">
                            <span class="aa-swatch" data-category={annotation.category.token()} aria-hidden="true">{ annotation.category.glyph() }</span>
                            <strong class="aa-popover__category">{ annotation.category.label() }</strong>
                            <span class="aa-popover__origin">{ origin }</span>
                        </p>
                        if annotation.note.is_empty() {
                            <p class="aa-popover__note aa-popover__note--empty">{ "No note." }</p>
                        } else {
                            <p class="aa-popover__note">{ annotation.note.clone() }</p>
                        }
                    </div>
                }
            }) }
        </div>
    }
}
