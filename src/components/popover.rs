//! The note popover: shows the category, origin and note of each annotation under a highlight.
//!
//! Notes are rendered as text nodes, never as HTML, whatever they contain.

use yew::prelude::*;

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

/// Renders the popover when one is open.
#[component]
pub fn NotePopover(props: &NotePopoverProps) -> Html {
    let Some(popover) = &props.popover else {
        return html! {};
    };
    // `clamp` keeps the popover inside the widget's width without measuring the popover first.
    let style = format!(
        "left: clamp(8px, {}px, calc(100% - min(22rem, calc(100% - 16px)) - 8px)); top: {}px;",
        // Whole pixels: formatting floats would pull float printing into the bundle.
        popover.anchor.left.round() as i64,
        (popover.anchor.bottom + 8.0).round() as i64,
    );
    html! {
        <div class="aa-popover" role="tooltip" id={props.id.clone()} style={style}>
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
