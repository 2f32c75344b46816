//! The note popover: shows the category, origin and note of each annotation under a highlight.
//!
//! Notes are rendered as text nodes, never as HTML, whatever they contain. The popover has no
//! `style` attribute (a strict Content-Security-Policy blocks those): an effect places it through
//! CSSOM with [`geometry::place`], and it stays hidden until then.

use yew::prelude::*;

use crate::dom::geometry::{self, Side};
use crate::model::i18n::{CategoryForm, Key};
use crate::model::Origin;
use crate::options::I18n;
use crate::state::{Annotations, Popover, ScreenBox};

/// What [`note_popover`] shows.
pub struct NotePopoverProps {
    /// Element id, referenced by every highlight's `aria-describedby`.
    pub id: AttrValue,
    /// What to show, if anything.
    pub popover: Option<Popover>,
    /// All annotations, to look the ids up in.
    pub annotations: Annotations,
    /// The pointer entered the note (a hover note then stays: WCAG 1.4.13).
    pub on_enter: Callback<MouseEvent>,
    /// The pointer left the note.
    pub on_leave: Callback<MouseEvent>,
}

/// A ref for a floating box (this popover, the selection menu), placed beside `at` by
/// [`geometry::place`] once it is in the DOM, and again when `at` or `key` (what it shows)
/// changes: inside the viewport, flipped above or below, clamped sideways.
///
/// One hook for both boxes, so the effect machinery is compiled once. Yew runs effects in the
/// scheduler pass that rendered the box, normally in the same task, before the browser paints;
/// after 16 ms of work it may yield between the two, which is why widget.css hides the box until
/// it is placed.
#[hook]
pub(super) fn use_placement(at: Option<(ScreenBox, Side)>, key: usize) -> NodeRef {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with((at, key), move |(at, _)| {
            if let (Some((anchor, side)), Some(element)) = (*at, node.cast::<web_sys::Element>()) {
                geometry::place(&element, anchor, side);
            }
        });
    }
    node
}

/// The placement of the popover `popover`: below the highlight, else above it; always inside
/// the viewport. The app calls it among its hooks and hands the ref to [`note_popover`].
#[hook]
pub(super) fn use_popover_placement(popover: Option<&Popover>) -> NodeRef {
    use_placement(
        popover.map(|p| (p.on_screen, Side::Below)),
        popover.map_or(0, |p| p.ids.len()),
    )
}

/// Renders the popover, placed through `node` (from [`use_popover_placement`]), in the strings
/// `t`. A function, not a component: it has no state of its own and a few nodes to compare, and
/// a component of its own compiled Yew's component machinery once more into the reader's wasm
/// (issue 9); the app's render builds it, with the same markup.
pub(super) fn note_popover(props: &NotePopoverProps, node: NodeRef, t: &I18n) -> Html {
    // Always in the page, empty while closed, so the highlights' `aria-describedby` never
    // points at an id that does not exist.
    let Some(popover) = &props.popover else {
        return html! { <div class="aa-popover" role="tooltip" id={props.id.clone()} hidden=true></div> };
    };
    html! {
        <div class="aa-popover" role="tooltip" id={props.id.clone()} ref={node}
            onmouseenter={props.on_enter.clone()} onmouseleave={props.on_leave.clone()}>
            { for popover.ids.iter().filter_map(|id| props.annotations.iter().find(|p| &p.annotation.id == id)).map(|placed| {
                let annotation = &placed.annotation;
                let origin = t.get(match annotation.origin {
                    Origin::Editorial => Key::PopoverEditorial,
                    Origin::Reader => Key::PopoverYours,
                });
                html! {
                    <div class="aa-popover__item" key={annotation.id.as_str()} data-category={annotation.category.token()}>
                        <p class="aa-popover__head">
                            <span class="aa-swatch" data-category={annotation.category.token()} aria-hidden="true">{ annotation.category.glyph() }</span>
                            <strong class="aa-popover__category">{ t.category(annotation.category, CategoryForm::Label) }</strong>
                            <span class="aa-popover__origin">{ origin }</span>
                        </p>
                        if annotation.note.is_empty() {
                            <p class="aa-popover__note aa-popover__note--empty">{ t.get(Key::PopoverNoNote) }</p>
                        } else {
                            <p class="aa-popover__note">{ annotation.note.clone() }</p>
                        }
                    </div>
                }
            }) }
        </div>
    }
}
